"""Units the reader missed or misread (fortieth round, fixunit40): a heading's unit written as a decimal part of a
unit, the tenth of a millimetre of a penetration test ('针入度/(0.1 mm) 80～100', 'cone penetration, 0,1 mm: 220 to
250', scaled_headings)."""

from __future__ import annotations

import pytest

from compare.indicators.extract import extract


def _read(text: str) -> list[tuple]:
    return [(i.low if i.low is not None else i.value, i.high, i.unit,
             i.normalized.low if i.normalized.low is not None else i.normalized.value)
            for i in sorted(extract(text).indicators, key=lambda i: i.span)]


@pytest.mark.parametrize("text, unit", [
    ("针入度（25 ℃，100 g，5 s）/(0.1 mm) 80～100；延度（15 ℃）/cm 不小于100。", "0.1 mm"),
    ("Cone penetration of the grease, 0,1 mm: 220 to 250; dropping point, °C: min. 180.", "0,1 mm"),
    ("Unworked penetration of the sample (0,1 mm): 220 to 250; dropping point, °C: min. 180.", "0,1 mm"),
])
def test_a_heading_in_tenths_of_a_millimetre_gives_its_unit_and_no_value_of_its_own(text, unit):
    found = _read(text)
    assert found[0][:3] in ((80.0, 100.0, unit), (220.0, 250.0, unit))
    assert found[0][3] == pytest.approx(found[0][0] / 10)  # (counted in tenths: 80 is 8 mm)
    assert all(value != 0.1 for value, *_ in found)  # (the heading's number is the unit's)
    assert found[1][2] in ("cm", "°C")  # (the next heading's unit ends the rows of the scaled one)


def test_every_row_under_a_scaled_heading_takes_its_unit():
    found = _read("锥入度等级 | 锥入度/0.1 mm；000 | 445～475；00 | 400～430；0 | 355～385。")
    assert [(low, high, unit) for low, high, unit, _ in found] == [
        (445.0, 475.0, "0.1 mm"), (400.0, 430.0, "0.1 mm"), (355.0, 385.0, "0.1 mm")]
    found = _read("Worked penetration (0,1 mm): 0 — 355 to 385; 1 — 310 to 340; 2 — 265 to 295.")
    assert [unit for *_, unit, _n in found] == ["0,1 mm"] * 3


def test_a_tenth_written_as_a_value_stays_a_value():
    assert [(v, unit) for v, _h, unit, _n in _read("The gap, 0,1 mm, is kept; the overlap is 2 mm.")] == [
        (0.1, "mm"), (2.0, "mm")]
    assert [(v, unit) for v, _h, unit, _n in _read("Lead, maximum levels: canned vegetables, 0,1 mg/kg; "
                                                    "preserved tomatoes, 0,05 mg/kg.")] == [
        (0.1, "mg/kg"), (0.05, "mg/kg")]
    assert [(v, unit) for v, _h, unit, _n in _read("铅 ≤0.1 mg/kg；镉 ≤0.05 mg/kg。")] == [
        (0.1, "mg/kg"), (0.05, "mg/kg")]


def test_minutes_beside_a_percentage_error_are_minutes_of_arc():
    # (an accuracy class's ratio error and phase displacement given as a pair, no angle named: arc_minutes)
    found = _read("Class 0,2S: at 5 % of rated current, ± 0,35 % and ± 15 minutes; at 20 % of rated current, "
                  "± 0,2 % and ± 10 minutes.")
    assert [(value, unit) for value, _h, unit, _n in found if unit not in ("%",)] == [(15.0, "′"), (10.0, "′")]


def test_a_duration_with_its_tolerance_stays_in_minutes():
    found = _read("Keep the specimens at 40 °C for 60 min ± 2 min; the humidity may vary by ± 5 %.")
    assert all(unit != "′" for *_, unit, _n in found)
    assert any(unit == "min" for *_, unit, _n in found)


def test_a_log_reduction_in_logs_has_no_unit_as_in_log():
    # ('log' was already no unit; its plural was read as one)
    found = _read("The mean log reduction of the bacteria shall be not less than 3,0 logs, and the mean log "
                  "reduction of the fungi shall be not less than 1,0 log.")
    assert [(value, unit) for value, _h, unit, _n in found] == [(3.0, ""), (1.0, "")]
