"""Constructions of the thirty-first round for clauses stating several values (fixmulti31), with sentences of their
own: a temperature with its tolerance at which another value is measured (`measured_at`)."""

from __future__ import annotations

from compare.indicators.extract import extract


def _read(text: str) -> list[tuple]:
    out = []
    for i in extract(text).indicators:
        if i.comparator == "range":
            out.append(("range", i.low, i.high, i.unit))
        elif i.comparator == "tolerance":
            out.append(("tolerance", i.value, i.tolerance, i.unit))
        else:
            out.append((str(i.comparator), i.value, i.unit))
    return out


def _conditions(text: str) -> list[list[str]]:
    return [[c.text for c in i.conditions] for i in extract(text).indicators]


# ---------------------------------------------------------------- measured_at: a temperature a value is measured at

def test_temperature_after_a_value_opened_by_at_is_left_as_read():
    # (the probes' keys split on this wording: left a tolerance of its own)
    text = "The viscosity of the oil shall be 32 mPa·s ± 3 mPa·s at 40 °C ± 0,5 °C."
    assert _read(text) == [("tolerance", 32.0, 3.0, "mPa·s"), ("tolerance", 40.0, 0.5, "°C")]


def test_duration_at_a_temperature_keeps_both_settings():
    text = "Heat ageing: 240 h ± 4 h at 100 °C ± 2 °C."
    assert _read(text) == [("tolerance", 240.0, 4.0, "h"), ("tolerance", 100.0, 2.0, "°C")]


def test_chinese_zai_shi_before_the_value_measured():
    text = "缓冲溶液在20 ℃±1 ℃时电导率为1.41 mS/cm±0.02 mS/cm。"
    assert _read(text) == [("tolerance", 1.41, 0.02, "mS/cm")]
    assert any("20" in c for c in _conditions(text)[0])


def test_chinese_name_before_zai_goes_to_the_value_after():
    text = "浸出液密度在(20±0.5) ℃时为1.02 g/mL～1.05 g/mL。"
    readings = extract(text).indicators
    assert [(r.low, r.high) for r in readings] == [(1.02, 1.05)]
    assert "密度" in readings[0].parameter


def test_chinese_xia_celiang_shi():
    text = "溶液在(25±1) ℃下测量时折光率应为1.330～1.335。"
    assert _read(text) == [("range", 1.33, 1.335, "")]


def test_chinese_storage_at_a_temperature_is_a_setting():
    text = "样品在(40±2) ℃下存放不少于72 h。"
    assert ("tolerance", 40.0, 2.0, "℃") in _read(text)


def test_bracketed_temperature_after_a_name():
    text = "灰分（550 ℃±25 ℃）≤0.5 %，水分≤8 %。"
    assert _read(text) == [("max", 0.5, "%"), ("max", 8.0, "%")]


def test_bracketed_english_condition_with_at():
    text = "Density (at 15 °C ± 0,1 °C), 0,820 g/ml to 0,845 g/ml."
    assert _read(text) == [("range", 0.82, 0.845, "g/ml")]


def test_bracketed_temperature_after_a_temperature_name_is_kept():
    text = "Store the cells at room temperature (23 ± 2 °C) for 48 h."
    assert ("tolerance", 23.0, 2.0, "°C") in _read(text)


def test_temperature_alone_in_a_sentence_is_kept():
    text = "The bath shall be held at 37 °C ± 1 °C. The sample mass is 5 g."
    assert ("tolerance", 37.0, 1.0, "°C") in _read(text)


def test_amount_of_a_liquid_at_a_temperature_keeps_the_temperature():
    text = "Fill the beaker with 500 ml of deionized water at 30 °C ± 1 °C before the test."
    assert ("tolerance", 30.0, 1.0, "°C") in _read(text)


def test_words_between_the_value_and_at_keep_the_temperature():
    text = "Add 10 g of the sample to 90 ml of broth and incubate at 30 °C ± 1 °C for 72 h ± 3 h."
    assert ("tolerance", 30.0, 1.0, "°C") in _read(text)


def test_condition_is_shown_as_written():
    text = "溶液在(25±1) ℃下测量时折光率应为1.330～1.335。"
    assert _conditions(text) == [["(25±1) ℃"]]


# ---------------------------------------------------------------- reference_lists: a reference amount heading a list

def test_reference_before_a_colon_holds_for_every_item_after_semicolons():
    text = "Follow-up formula shall provide per 100 kcal the following minimum amounts: calcium, 50 mg; iron, 1 mg."
    assert _read(text) == [("min", 50.0, "mg/100 kcal"), ("min", 1.0, "mg/100 kcal")]


def test_chinese_reference_heading_a_list():
    text = "每100 kJ产品中应含有下列最低量：钙，12 mg；铁，0.25 mg。"
    assert _read(text) == [("min", 12.0, "mg/100 kJ"), ("min", 0.25, "mg/100 kJ")]


def test_reference_ends_with_the_list():
    text = "Per 100 ml: energy 60 kcal. Sodium, 20 mg; potassium 60 mg."
    assert _read(text) == [("equal", 60.0, "kcal/100 ml"), ("equal", 20.0, "mg"), ("equal", 60.0, "mg")]


def test_reference_without_a_colon_stays_in_its_sentence():
    text = "Per 100 kcal the product contains 2 g of protein; the pack holds 400 g."
    read = _read(text)
    assert ("equal", 400.0, "g") in read


# ---------------------------------------------------------------- excepted_values: an exception's value

def test_exception_value_takes_the_kind_of_the_listed_value():
    text = "Arsenic: 10 µg/l, except that the value of 20 µg/l applies until 2030."
    read = _read(text)
    assert read[:2] == [("max", 10.0, "µg/l"), ("max", 20.0, "µg/l")]


def test_exception_of_a_plain_value_stays_plain():
    text = "The test lasts 48 h except that glass containers are tested for 7 days."
    assert [r[0] for r in _read(text)] == ["equal", "equal"]


def test_exception_in_another_unit_is_left_alone():
    text = "Nitrate: 50 mg/l, except that 3 µS/cm applies."
    assert _read(text)[1][0] == "equal"


# ---------------------------------------------------------------- natures: the pollution load of a waste water

def test_bare_pollution_load_values_are_maxima():
    text = "二级标准：悬浮物150 mg/L、化学需氧量150 mg/L、五日生化需氧量30 mg/L。"
    assert _read(text) == [("max", 150.0, "mg/L"), ("max", 150.0, "mg/L"), ("max", 30.0, "mg/L")]


def test_bare_dissolved_oxygen_is_not_made_a_maximum():
    text = "Ⅱ类：溶解氧 6 mg/L。"
    assert all(r[0] != "max" for r in _read(text))
