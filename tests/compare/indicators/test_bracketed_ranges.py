"""A range whose two ends each carry a symbol's value in brackets (`compare/indicators/bracketed_ranges.py`;
thirty-sixth round, fixlist36). Sentences written for these tests; no encoder."""

from __future__ import annotations

from compare.indicators.bracketed_ranges import bracketed_ends
from compare.indicators.extract import extract


def _read(text: str) -> list[tuple[str, str, float | None, float | None, float | None, str]]:
    return [(i.parameter, str(i.comparator), i.value, i.low, i.high, i.unit) for i in extract(text).indicators]


def _spans(text: str, *numbers: str) -> list[tuple[int, int]]:
    spans, at = [], 0
    for number in numbers:
        start = text.index(number, at)
        at = start + len(number)
        spans.append((start, at))
    return spans


def test_the_form_is_read_only_as_written_whole() -> None:
    text = "6 kV（U0=3.6 kV）至10 kV（U0=6 kV）"
    assert bracketed_ends(text, _spans(text, "6 kV", "3.6 kV", "10 kV", "6 kV")) == ("U0", len(text))
    text = "6 kV (Um = 7,2 kV) up to and including 20 kV (Um = 24 kV)"
    assert bracketed_ends(text, _spans(text, "6 kV", "7,2 kV", "20 kV", "24 kV")) == ("Um", len(text))
    text = "6 kV（Um=7.2 kV）至10 kV（U0=6 kV）"  # two symbols: no one band of either
    assert bracketed_ends(text, _spans(text, "6 kV", "7.2 kV", "10 kV", "6 kV")) is None
    text = "6 kV（Um=7.2 kV）和10 kV（Um=12 kV）"  # two values listed, no band
    assert bracketed_ends(text, _spans(text, "6 kV", "7.2 kV", "10 kV", "12 kV")) is None


def test_a_band_of_rated_voltages_with_the_highest_voltage_beside_each_end() -> None:
    read = _read("额定电压6 kV（Um=7.2 kV）至20 kV（Um=24 kV）的电缆，其绝缘厚度应符合表2的规定。")
    assert any(r[1:] == ("range", None, 6.0, 20.0, "kV") for r in read)
    assert ("Um", "range", None, 7.2, 24.0, "kV") in read
    read = _read("The cables for rated voltages from 6 kV (Um = 7,2 kV) up to 20 kV (Um = 24 kV) shall have an "
                 "insulation thickness as given in Table 2.")
    assert any(r[1:] == ("range", None, 6.0, 20.0, "kV") for r in read)
    assert ("Um", "range", None, 7.2, 24.0, "kV") in read


def test_a_scope_reads_the_band_and_its_bracketed_values() -> None:
    # a scope hides its numbers but a rated voltage's; the bracketed highest voltage goes with it
    read = _read("本部分适用于额定电压6 kV（Um=7.2 kV）到20 kV（Um=24 kV）的挤包绝缘电力电缆。")
    assert any(r[1:] == ("range", None, 6.0, 20.0, "kV") for r in read)
    assert ("Um", "range", None, 7.2, 24.0, "kV") in read
    read = _read("本部分适用于额定电压10 kV（Um=12 kV）的挤包绝缘电力电缆。")
    assert ("Um", "equal", 12.0, None, None, "kV") in read
