"""A band written with two bounds, closed by 的 and the thing it selects (thirty-second round, fixprobe32):
selecting_bands."""

from __future__ import annotations

from compare.indicators.extract import extract


def _shape(text: str) -> list[tuple]:
    return [(str(i.comparator), i.value, i.unit) for i in sorted(extract(text).indicators, key=lambda i: i.span)]


def _conditions(text: str) -> list[tuple]:
    return [tuple((c.low, c.high, c.unit) for c in i.conditions)
            for i in sorted(extract(text).indicators, key=lambda i: i.span)]


def test_band_selecting_the_appliances_is_the_condition_of_the_limit():
    text = "额定输入功率大于100 W且不大于500 W的电动器具，泄漏电流不应大于0.75 mA。"
    assert _shape(text) == [("max", 0.75, "mA")]
    assert _conditions(text) == [((100.0, 500.0, "W"),)]


def test_band_with_symbols_and_but():
    assert _shape("公称直径＞20 mm且≤50 mm的阀门，试验压力为2.4 MPa。") == [("equal", 2.4, "MPa")]
    assert _shape("跨度超过6 m但不超过12 m的梁，挠度不应大于跨度的1/250。")[0][0] != "range"


def test_band_with_the_thing_understood():
    assert _shape("输出电流大于2 A且不大于6 A的，导线截面积不应小于0.75 mm²。") == [("min", 0.75, "mm²")]


def test_band_with_no_value_after_it_in_its_sentence_stays_a_range():
    shape = _shape("额定电压大于50 V且不大于1 000 V的设备，应有接地端子；其接地电阻不应大于4 Ω。")
    assert shape == [("range", None, "V"), ("max", 4.0, "Ω")]


def test_a_band_of_its_own_value_stays():
    # (no 的 after the band: the band is the limit itself)
    assert _shape("工作温度应大于5 ℃且不大于40 ℃。") == [("range", None, "℃")]
