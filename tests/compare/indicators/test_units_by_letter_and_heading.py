"""Units a letter's case or a heading decides (readW): 'a' is the year, a class letter is no unit, a rate named per
hour in its heading. Texts written for these tests."""

from compare.indicators.units import normalise


def test_lower_case_a_is_the_year():
    # A calibration interval written '2 a' (annum), as Chinese standards and ISO 80000-3 write it.
    assert normalise(2.0, "a").dimension == normalise(2.0, "years").dimension == "[time]"
    assert normalise(2.0, "a").value == normalise(24.0, "months").value


def test_capital_a_stays_the_ampere():
    assert normalise(16.0, "A").dimension == "[current]"


from compare.indicators.extract import extract_indicators  # noqa: E402


def _units(text):
    return [(i.value, normalise(1.0, i.unit).unit if i.unit else "") for i in extract_indicators(text)]


def test_class_letter_after_its_number_is_no_unit_english():
    # The letter in brackets names the class again: F is no farad, B no unit at all; the heading's kelvins hold.
    text = "Limits of surface temperature rise, in kelvins: handles of class 1 (F): 30; class 2 (B): 40."
    assert _units(text) == [(30.0, "K"), (40.0, "K")]


def test_class_letter_after_its_number_is_no_unit_chinese():
    text = "表面温升限值，单位为开尔文：手柄，耐热等级为1级（A）：30；2级（B）：40。"
    assert _units(text) == [(30.0, "K"), (40.0, "K")]


def test_unit_in_brackets_after_a_name_still_heads_the_value():
    assert _units("额定电流（A）：16") == [(16.0, "A")]
    assert _units("Rated current (A): 16") == [(16.0, "A")]


def test_kelvins_named_before_the_colon():
    assert _units("Maximum temperature rises in kelvins: terminals 45; enclosure 30.") == [(45.0, "K"), (30.0, "K")]


def test_rate_unit_written_per_period_in_words():
    # '单位为每小时' names a rate's unit: per hour, as '1/h' or 'h⁻¹' write it.
    assert normalise(2e-6, "每小时") == normalise(2e-6, "1/h")
    assert normalise(3.0, "每年").dimension == "1 / [time]"


def test_closing_note_with_the_quantity_name_and_per_hour_unit():
    text = "泵的启动次数上限：A型 6；B型 10（允许启动频率，单位为每小时）。"
    assert {u for _, u in _units(text)} == {"Hz"}


def test_reciprocal_unit_in_square_brackets_is_the_unit_not_a_value():
    # '[min⁻¹]' is folded to '[min-1]': the 1 is the unit's power, never a value of its own.
    read = _units("Creep rate of the adhesive joint [h⁻¹]: 0,002")
    assert read == [(0.002, "Hz")]
    read = _units("Linear expansion coefficient [K⁻¹]: 0,000 012")
    assert [v for v, _ in read] == [0.000012]


def test_heading_naming_a_rate_per_hour():
    text = "Table B.2 - Class 2: mean frequency of nuisance trips per hour (MFNT) ≥ 10⁻⁵ to < 10⁻⁴; class 1: ≥ 10⁻⁴ to < 10⁻³."
    assert {u for _, u in _units(text)} == {"Hz"}
    text = "表B.2 误脱扣等级与每小时平均误脱扣频率（MFNT）：2级，≥10⁻⁵～＜10⁻⁴；1级，≥10⁻⁴～＜10⁻³。"
    assert {u for _, u in _units(text)} == {"Hz"}


def test_per_hour_inside_a_name_with_its_own_unit_keeps_that_unit():
    assert [(i.value, i.unit) for i in extract_indicators("Flow per hour: 5 m³")] == [(5.0, "m³")]


def test_reference_value_symbols_make_multiples():
    # A multiple of a reference value named by its subscript: no unit of its own.
    read = [(i.value, i.unit) for i in extract_indicators("The design gust shall be taken as 1,3 Vref at hub height.")]
    assert read == [(1.3, "× Vref")]
    assert normalise(1.3, "× Vref").dimension == "multiple of Vref"
    read = [(i.value, i.unit) for i in extract_indicators("局部放电试验电压为1.73 U0。")]
    assert read == [(1.73, "× U0")]


def test_unit_named_before_the_colon_with_how_it_is_taken():
    # 'in kV r.m.s.:' heads the list as 'in kV:' does; the r.m.s. is how the voltage is taken, no part of the unit.
    text = "Insulation test voltage in kV r.m.s.: 2,5 for basic insulation; 5 for double insulation."
    assert [(i.value, i.unit) for i in extract_indicators(text)] == [(2.5, "kV"), (5.0, "kV")]
    text = "Ripple current in A peak: 2,5 for type 1; 4 for type 2."
    assert [(i.value, i.unit) for i in extract_indicators(text)] == [(2.5, "A"), (4.0, "A")]


def test_a_starred_symbol_is_no_unit():
    # 's*' is a robust standard deviation (ISO 13528), not seconds; the value is its multiple, written with no unit.
    read = [(i.value, i.unit) for i in extract_indicators("The outlier limit is δ = 2 s* from the robust mean.")]
    assert read == [(2.0, "")]


def test_cycles_of_the_mains_are_no_weeks():
    # '周波' counts cycles of the supply frequency; '周' alone is a week.
    read = [(i.value, i.unit) for i in extract_indicators("闪变测量的基本时间间隔为 12 周波（60 Hz 系统）。")]
    assert (12.0, "") in read and all(u != "周" for _, u in read)
    assert [(i.value, i.unit) for i in extract_indicators("检定周期为2周。")] == [(2.0, "周")]
