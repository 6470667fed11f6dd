"""A band of rates per a time with the time written at each end, '≥10⁻⁸/h～＜10⁻⁷/h' (compare/indicators/per_time_bands.py,
fortieth round, fixshape40): one range in 1/h, as 'PFH ≥ 10⁻⁸/h to < 10⁻⁷/h' is read; bands of other units and ends
per different times are left."""

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract_indicators
from compare.indicators.per_time_bands import per_time_band_ends


def test_first_end_per_time_is_blanked_in_place():
    text = "失效频率为≥10⁻⁸/h～＜10⁻⁷/h。"
    out = per_time_band_ends(text)
    assert out == "失效频率为≥10⁻⁸  ～＜10⁻⁷/h。"
    assert len(out) == len(text)
    assert per_time_band_ends("失效率0.5 /min至5 /min") == "失效率0.5" + " " * 5 + "至5 /min"


def test_bands_of_other_units_and_mixed_times_are_left():
    for text in ("车速40 km/h～100 km/h之间", "失效率2/h～3/min", "比例1/2～3/4", "频率≥10⁻⁸/h。", "300/500 V"):
        assert per_time_band_ends(text) == text


def test_a_band_of_rates_per_hour_is_one_range():
    def _read(text):
        return [(i.comparator, i.value, i.low, i.high, i.unit) for i in extract_indicators(text)]

    read = _read("表4中连续操作模式：SIL 3的目标危险失效频率为≥10⁻⁸/h～＜10⁻⁷/h；SIL 2为≥10⁻⁷/h～＜10⁻⁶/h。")
    assert (Comparator.RANGE, None, 1e-08, 1e-07, "1/h") in read
    assert (Comparator.RANGE, None, 1e-07, 1e-06, "1/h") in read
    assert all(c == Comparator.RANGE for c, *_ in read)
    assert (Comparator.RANGE, None, 0.5, 5.0, "1/h") in _read("失效频率为0.5/h～5/h。")
    assert (Comparator.RANGE, None, 1e-06, 1e-05, "1/a") in _read("个人风险10⁻⁶/年～10⁻⁵/年。")
