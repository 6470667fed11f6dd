"""A value that says where a tolerance holds is not the tolerance's nominal (twenty-sixth round, tol26): '在…X时，误差为±T',
'at X, ± T', 'up to X, ± T', a list of points closed by 时 with tolerances given out 'respectively'. The open sets' keys
write each such '± T' as a maximum of T with the basis '±'. Sentences written for these tests, of other fields than any
open case; no encoder."""

from __future__ import annotations

import pytest

from compare.indicators.extract import extract
from compare.indicators.tolerance_points import closed_by_shi, stated_point, tolerance_point


def _read(text: str) -> list[tuple[str, float | None, float | None, str]]:
    return [(str(i.comparator), i.value, i.tolerance, i.unit) for i in extract(text).indicators]


def _tolerances(text: str) -> list[tuple[str, float | None, float | None, str]]:
    return [r for r in _read(text) if r[0] == "tolerance"]


def _maxima(text: str) -> list[float | None]:
    return [r[1] for r in _read(text) if r[0] == "max"]


@pytest.mark.parametrize("text, maxima", [
    # a point closed by 时, the error named after it
    ("在额定电压的10 %时，电压误差为±2 %。", [2.0]),
    ("在额定电压的20 %时，电压误差±0.5 %。", [0.5]),
    # a list of points closed by 时, the errors given out one by one
    ("在额定电压的10 %、50 %和100 %时，电压误差分别为±2 %、±1 %和±0.5 %。", [2.0, 1.0, 0.5]),
    # a band's end closed by 时, the tolerance named after it
    ("试验压力不超过10 MPa时，压力允差为±0.2 MPa。", [0.2]),
    # English: a point or a band's end, a comma, the deviation
    ("Flow meters: at 10 % of full flow, ± 2 %; at 50 %, ± 1 %.", [2.0, 1.0]),
    ("Class 2: at 10 %, ± 2 %.", [2.0]),
    ("Wall thickness up to 2 mm, ± 0,1 mm; over 2 mm, ± 0,2 mm.", [0.1, 0.2]),
])
def test_a_point_takes_no_tolerance(text, maxima):
    assert _tolerances(text) == []
    for value in maxima:
        assert value in _maxima(text)


@pytest.mark.parametrize("text, expected", [
    # a nominal value with its tolerance stays one
    ("The specimens are conditioned at 23 °C ± 2 °C.", ("tolerance", 23.0, 2.0, "°C")),
    ("试验在温度为20 ℃，允差±2 ℃的条件下进行。", ("tolerance", 20.0, 2.0, "℃")),
    ("The bath is held at 40 °C, tolerance ± 1 °C.", ("tolerance", 40.0, 1.0, "°C")),
    ("保温时间为2 h，允差为±5 min。", ("tolerance", 2.0, 5.0 / 60, "h")),
])
def test_a_nominal_keeps_its_tolerance(text, expected):
    got = _tolerances(text)
    assert len(got) == 1
    kind, value, tolerance, unit = got[0]
    assert (kind, value, unit) == (expected[0], expected[1], expected[3])
    assert tolerance == pytest.approx(expected[2])


def test_closed_by_shi():
    assert closed_by_shi("时，电流误差为")
    assert closed_by_shi("、20 %和120 %时为")
    assert closed_by_shi("～120 %时")
    assert not closed_by_shi("时间为")  # a time, no condition
    assert not closed_by_shi("，允差为")
    assert not closed_by_shi("额定负载时")  # words of a name between: not closed by the value


def test_tolerance_point():
    assert tolerance_point("Class A: at", ", ")
    assert tolerance_point("centre thickness up to", ", ")
    assert not tolerance_point("conditioned at", " ")  # '23 °C ± 2 °C': the nominal
    assert not tolerance_point("the temperature is", ", ")
    assert tolerance_point("在额定电流的", "时，误差为")


def test_stated_point():
    assert stated_point("在额定电流的1 %时", "，电流误差为±0.75 %")
    assert stated_point("额定电流 5 %", "、20 %和120 %时")
    assert not stated_point("温度为40 ℃", "，允差为±2 ℃")
    assert not stated_point("持续2小时", "，允差为±5 min")
