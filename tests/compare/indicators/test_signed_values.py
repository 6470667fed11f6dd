"""Signs written apart from or glued to a value: a band around a symbol whose top end carries a plus sign parted by a
space ('−5 < t < + 40 °C'), and a negative value right after a value of another kind ('1 000 Hz −3,5 dB')."""

from __future__ import annotations

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract_indicators


def _read(text):
    return [(i.comparator, i.value, i.low, i.high, i.unit) for i in extract_indicators(text)]


def test_a_band_whose_top_end_has_a_plus_sign_parted_by_a_space():
    assert _read("The operating temperature shall be −5 < t < + 40 °C.") == [(Comparator.RANGE, None, -5.0, 40.0, "°C")]
    assert _read("Index of agreement: −0,3 < K < + 0,3.") == [(Comparator.RANGE, None, -0.3, 0.3, "")]
    # glued, as before
    assert _read("Index of agreement: −0,3 < K < +0,3.") == [(Comparator.RANGE, None, -0.3, 0.3, "")]


def test_a_negative_value_after_a_value_of_another_kind_keeps_its_sign():
    found = _read("Insertion gain: 500 Hz 2,5 dB; 1 000 Hz −3,5 dB; 8 000 Hz −12 dB.")
    assert [(v, u) for _, v, _, _, u in found if u == "dB"] == [(2.5, "dB"), (-3.5, "dB"), (-12.0, "dB")]
    found = _read("声衰减：1 000 Hz −3.5 dB，8 000 Hz −12 dB。")
    assert [v for _, v, _, _, u in found if u == "dB"] == [-3.5, -12.0]
    # a dash parted from the number by spaces on both sides is no sign
    assert [v for _, v, _, _, u in _read("at 2 000 Hz - 1,5 dB") if u == "dB"] == [1.5]
