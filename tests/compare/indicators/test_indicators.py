"""Indicator extraction: every phrase of the issue's point 1, the non-indicators, and bad input."""

import time

import pytest

from compare.indicators.extract import describe, extract, extract_indicators


def one(text):
    found = extract_indicators(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, comparator, value", [
    ("铅不大于0.2 mg/kg", "max", 0.2),
    ("铅不超过0.2 mg/kg", "max", 0.2),
    ("铅含量不得超过0.2 mg/kg", "max", 0.2),
    ("铅≤0.2 mg/kg", "max", 0.2),
    ("铅 0.2 mg/kg以下", "max", 0.2),
    ("镉的最大限量为0.2 mg/kg", "max", 0.2),
    ("含量不小于2.9 %", "min", 2.9),
    ("含量不低于2.9 %", "min", 2.9),
    ("含量≥2.9 %", "min", 2.9),
    ("含量 2.9 %以上", "min", 2.9),
    ("The content shall not exceed 0.2 mg/kg", "max", 0.2),
    ("Lead: maximum 0.2 mg/kg", "max", 0.2),
    ("Lead: max. 0.2 mg/kg", "max", 0.2),
    ("Lead: not more than 0.2 mg/kg", "max", 0.2),
    ("Lead: 0.2 mg/kg max.", "max", 0.2),
    ("Lead: 0.2 mg/kg or less", "max", 0.2),
    ("The clearance shall be at least 1.5 mm", "min", 1.5),
    ("The clearance shall be not less than 1.5 mm", "min", 1.5),
    ("Clearance: minimum 1.5 mm", "min", 1.5),
    ("Clearance: 1.5 mm or more", "min", 1.5),
    ("The test voltage is 1 250 V", "equal", 1250.0),
])
def test_comparator_phrases(text, comparator, value):
    ind = one(text)
    assert ind.comparator == comparator
    assert ind.value == pytest.approx(value)
    # 'is' states a value, not which kind of limit: that is left to the clause it is compared with.
    assert ind.explicit == (comparator != "equal")


@pytest.mark.parametrize("text, low, high, unit", [
    ("pH应在6.5～8.5范围内", 6.5, 8.5, ""),
    ("水分含量介于12%与14%之间", 12, 14, "%"),
    ("温度15℃～35℃", 15, 35, "℃"),
    ("The length shall be between 5 mm and 10 mm.", 5, 10, "mm"),
    ("Length: 5 mm to 10 mm", 5, 10, "mm"),
    ("Length: 5 to 10 mm", 5, 10, "mm"),
    ("pH: not less than 6.5 and not greater than 8.5", 6.5, 8.5, ""),
    ("pH 不小于6.5且不大于8.5", 6.5, 8.5, ""),
])
def test_ranges(text, low, high, unit):
    ind = one(text)
    assert ind.comparator == "range"
    assert (ind.low, ind.high) == (low, high)
    assert ind.unit == unit


@pytest.mark.parametrize("text, nominal, tolerance, unit", [
    ("试验温度为(23±2)℃", 23, 2, "℃"),
    ("ambient temperature of 20 °C ± 5 °C", 20, 5, "°C"),
    ("temperature (23 ± 2) °C", 23, 2, "°C"),
    ("尺寸为(10±0.1)mm", 10, 0.1, "mm"),
    ("supply voltage 220 V ± 10 %", 220, 22, "V"),   # a relative tolerance becomes absolute
])
def test_tolerances(text, nominal, tolerance, unit):
    ind = one(text)
    assert ind.comparator == "tolerance"
    assert ind.value == pytest.approx(nominal)
    assert ind.tolerance == pytest.approx(tolerance)
    assert ind.unit == unit


def test_a_lone_tolerance_bounds_the_deviation():
    # '±T' with no value of its own is a bound on a deviation: a maximum of T.
    ind = one("公差为±0.025 mm")
    assert (ind.comparator, ind.value, ind.unit) == ("max", 0.025, "mm")


def test_decimal_comma_and_thousands():
    assert one("Lead: maximum level 0,3 mg/kg").value == 0.3
    assert one("Deoxynivalenol: maximum 1,000 μg/kg").value == 1000
    assert one("Deoxynivalenol: maximum 1 000 μg/kg").value == 1000
    assert one("Lead: maximum level 0,300 mg/kg").value == 0.3   # a leading 0 is never a thousands group


def test_full_width_digits_and_signs_keep_original_span():
    text = "大米中镉（以Ｃｄ计）≤０．２ ｍｇ／ｋｇ"
    ind = one(text)
    assert ind.value == 0.2 and ind.comparator == "max"
    assert ind.normalized.unit == "mg/kg" and ind.basis == "as Cd"
    assert text[ind.span[0]:ind.span[1]] == ind.text
    assert ind.text.endswith("ｍｇ／ｋｇ")


@pytest.mark.parametrize("text, value, unit", [
    ("试验持续时间不少于三十分钟", 30, "分钟"),
    ("浓度不超过百分之五", 5, "%"),
    ("保持两小时", 2, "小时"),
])
def test_chinese_numerals(text, value, unit):
    ind = one(text)
    assert ind.value == value and ind.unit == unit


def test_several_indicators_in_one_clause():
    found = extract_indicators("谷物中铅（以Pb计）≤0.2 mg/kg，镉（以Cd计）≤0.1 mg/kg，总汞（以Hg计）≤0.02 mg/kg")
    assert [(i.concept, i.value, i.basis) for i in found] == [
        ("lead", 0.2, "as Pb"), ("cadmium", 0.1, "as Cd"), ("mercury", 0.02, "as Hg")]


def test_table_like_rows_with_the_unit_in_the_heading():
    zh = one("铅（以Pb计）/(mg/kg) | 谷物及其制品 | 0.2")
    assert (zh.concept, zh.value, zh.unit, zh.basis) == ("lead", 0.2, "mg/kg", "as Pb")
    en = one("Lead\tCereal grains\t0.2\tmg/kg")
    assert (en.concept, en.value, en.unit) == ("lead", 0.2, "mg/kg")


def test_basis_and_conditions():
    n = one("Nitrate: 50 mg/l (as NO3-)")
    assert n.basis == "as NO3"
    assert one("硝酸盐（以N计）10 mg/L").basis == "as N"
    assert one("水分（干基）≤14 %").basis == "dry basis"
    assert one("Lead in infant formula: 0.01 mg/kg (as consumed)").basis == "as consumed"
    strength = one("Tensile strength at 23 °C shall be at least 30 MPa.")
    assert strength.parameter == "Tensile strength"
    assert [c.normalized.value for c in strength.conditions] == [23.0]
    zh = one("在23℃下，拉伸强度不小于30 MPa")
    assert zh.parameter == "拉伸强度" and zh.conditions[0].normalized.unit == "°C"


def test_test_conditions_alone_are_the_indicators():
    found = extract_indicators("试验应在温度(23±2)℃、相对湿度(50±10)%的条件下进行。")
    assert [(i.concept, i.value, i.tolerance) for i in found] == [
        ("temperature", 23, 2), ("relative_humidity", 50, 10)]


@pytest.mark.parametrize("text", [
    "见5.2", "按5.2.1的规定", "符合GB 2762-2022的规定", "按ISO 712测定", "见表1", "见图2", "附录A",
    "2022年1月1日实施", "This standard was published on 12 July 2022.", "see 5.2 and Table 1",
    "in accordance with 7.3", "ISO 286-1:2010", "IEC 60335-1:2020", "GB/T 1800.1-2020", "CXS 193-1995",
    "第4章", "5.2.1 通用要求", "class 0I appliances", "Aflatoxin B1", "2,4-D",
])
def test_references_dates_and_numbers_are_not_indicators(text):
    assert extract_indicators(text) == ()


def test_references_do_not_hide_the_limit_beside_them():
    ind = one("铅（以Pb计）按GB 5009.12测定，应不超过0.2 mg/kg（见表1）")
    assert (ind.concept, ind.value, ind.comparator) == ("lead", 0.2, "max")


def test_describe_reads_back_the_indicator():
    assert describe(one("铅（以Pb计）≤0.2 mg/kg")) == "≤ 0.2 mg/kg (as Pb)"
    assert describe(one("pH应在6.5～8.5范围内")) == "6.5–8.5"
    assert describe(one("温度(23±2)℃")) == "(23 ± 2) ℃"


# --------------------------------------------------------------------------------------------- bad input

def test_no_indicators_is_an_empty_result():
    assert extract("本标准规定了食品中污染物的限量指标。").indicators == ()
    assert extract("").indicators == () and extract("   ").indicators == ()


def test_value_without_unit_is_kept_with_no_unit():
    ind = one("pH 不小于 6.5")
    assert ind.unit == "" and ind.normalized.dimension == "number"


def test_a_bare_number_without_unit_or_comparator_is_not_an_indicator():
    assert extract_indicators("共有3个样品，编号12") == ()


def test_unknown_unit_is_kept_and_reported():
    result = extract("Colour: maximum 11 FU")
    assert result.indicators[0].unit == "FU"
    assert not result.indicators[0].normalized.known
    assert any("FU" in note for note in result.notes)
    # (°Bx, degrees Brix, is known since units_vocab: per cent by mass of soluble solids)
    assert extract("Sugar content: minimum 11 °Bx").indicators[0].normalized.unit == "%"


def test_malformed_number_is_reported_not_read():
    result = extract("镉 ≤ 0..2 mg/kg")
    assert result.indicators == ()
    assert result.notes == ("malformed number '0..2' ignored",)


def test_very_long_text_is_read_with_a_note_and_does_not_run_away():
    clause = "谷物中铅（以Pb计）≤0.2 mg/kg，镉≤0.1 mg/kg。"
    text = clause * (100_000 // len(clause) + 1)
    # A guard against runaway pattern matching (minutes of CPU), not a speed target: CPU seconds of this process,
    # which hardly depend on what else the machine runs (about 1.5 here); speed is bench/bench_indicators.py's.
    started = time.process_time()
    result = extract(text)
    assert time.process_time() - started < 30
    assert any(note.startswith("long text (") for note in result.notes)
    assert len(result.indicators) > 1000
    assert all(i.value in (0.2, 0.1) for i in result.indicators)


def test_non_string_input_gives_nothing():
    assert extract(None).indicators == ()


@pytest.mark.parametrize("text, unit, canonical, value", [
    ("铅≤0.2 mg·kg⁻¹", "mg·kg⁻¹", "mg/kg", 0.2),
    ("铅≤0.2 mg·kg-1", "mg·kg-1", "mg/kg", 0.2),
    ("Lead: 0.2 mg kg-1 max.", "mg kg-1", "mg/kg", 0.2),
    ("Lead: maximum 10 μg·L⁻¹", "μg·L⁻¹", "mg/L", 0.01),
])
def test_units_with_a_power_of_minus_one_are_not_ranges(text, unit, canonical, value):
    ind = one(text)
    assert ind.comparator == "max" and ind.unit == unit
    assert (ind.normalized.unit, ind.normalized.value) == (canonical, value)


def test_hyphen_ranges_need_a_decimal_or_a_unit():
    assert (one("pH 6.5-8.5").low, one("pH 6.5-8.5").high) == (6.5, 8.5)
    assert one("Length 5-10 mm").comparator == "range"
    assert extract_indicators("see items 6-8") == ()
