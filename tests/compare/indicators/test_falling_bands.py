"""Two values written from the higher down to the lower are no range (twenty-ninth round, ranges29)."""

from __future__ import annotations

from compare.indicators.extract import _VALUE, extract
from compare.indicators.falling_bands import falling_ends, falls, signed, slopes_over_a_band
from compare.indicators.units import value_in_unit


def _shape(text: str) -> list[tuple]:
    return [(str(i.comparator), i.value, i.low, i.high, i.unit) for i in extract(text).indicators]


def _match(text: str):
    return _VALUE.search(text)


# ---------------------------------------------------------------------------------------------- the construction

def test_falls_compares_in_one_unit():
    assert falls(6.0, 3.0, "°", "°")
    assert falls(900.0, 300.0, "", "m")
    assert not falls(5.0, 40.0, "°C", "°C")
    assert not falls(150.0, 80.0, "kHz", "MHz")  # 0.15 MHz to 80 MHz rises
    assert falls(2.0, 800.0, "MHz", "kHz")
    assert not falls(None, 3.0)
    assert not falls(5.0, 3.0, "mg", "mm")  # no order between two dimensions


def test_value_in_unit():
    assert value_in_unit(400.0, "kHz", "MHz") == 0.4
    assert value_in_unit(3.0, "", "m") == 3.0
    assert value_in_unit(3.0, "kg", "m") is None


def test_signed_ends():
    assert signed("+3") and signed("-5") and signed("−40,5")
    assert not signed("12") and not signed(None)


def test_falling_ends_of_a_band_written_down():
    assert falling_ends(_match("from 6° to 3°")) == ("bl", "bu1", "bh")
    assert falling_ends(_match("thermal shock 400 °C to 20 °C")) == ("rl", "ru1", "rh")
    assert falling_ends(_match("距跑道末端900 m至300 m范围内")) == ("rl", "ru1", "rh")


def test_no_falling_ends_where_the_band_rises_or_is_said_to_be_one():
    assert falling_ends(_match("from 3° to 6°")) is None
    assert falling_ends(_match("between 12 °C and 0 °C")) is None  # 'between': one band either way
    assert falling_ends(_match("frequency +3 % ~ -5 %")) is None  # a deviation band, upper deviation first
    assert falling_ends(_match("-40 V ~ -57 V")) is None  # negative values written by their size
    assert falling_ends(_match("26.2 mm~    24.9 mm")) is None  # the band minmax's rewrite writes, ceiling first
    assert falling_ends(_match("Ri = 100 - 4.6 x")) is None  # a dash: a minus sign, not a range's joint


def test_a_limit_sloping_over_a_band_of_its_condition_stays_one_range():
    text = "0,15 MHz to 0,50 MHz: quasi-peak 66 dB(µV) to 56 dB(µV)"
    m = _VALUE.search(text, text.index("66"))
    assert slopes_over_a_band(m, "dB(µV)", True)
    assert falling_ends(m, True) is None
    # a band of the same quantity before it is no condition of it
    same = "Cr 17.00～19.00；Ti 5～0.70"
    m = _VALUE.search(same, same.index("5～"))
    assert not slopes_over_a_band(m, "")


# ---------------------------------------------------------------------------------------------- the reader

def test_reader_reads_a_falling_band_as_two_values():
    assert _shape("König pendulum: the time for the amplitude to decrease from 6° to 3° is recorded.") == [
        ("equal", 6.0, None, None, "°"), ("equal", 3.0, None, None, "°")]
    values = sorted(v for c, v, *_ in _shape("Thermal shock 400 °C to 20 °C.") if c == "equal")
    assert values == [20.0, 400.0]
    values = sorted(v for c, v, *_ in _shape("距跑道末端900 m至300 m范围内为红白相间。") if c == "equal")
    assert values == [300.0, 900.0]


def test_reader_keeps_the_bands_the_keys_hold_as_ranges():
    assert _shape("温度为5 ℃～40 ℃。") == [("range", None, 5.0, 40.0, "℃")]
    assert _shape("频率偏差为+3 %～-5 %。")[0][:4] == ("range", None, -5.0, 3.0)
    assert _shape("通信设备受电端子上的电压允许变动范围为-40 V～-57 V。")[0][:4] == ("range", None, -57.0, -40.0)
    assert _shape("Class B: between +12 °C and 0 °C inclusive.")[0][:4] == ("range", None, 0.0, 12.0)
    assert _shape("LR14: diameter 26,2 mm max., 24,9 mm min.")[0][:4] == ("range", None, 24.9, 26.2)
    shapes = _shape("0,15 MHz to 0,50 MHz: quasi-peak 66 dB(µV) to 56 dB(µV), decreasing linearly.")
    assert ("range", None, 56.0, 66.0, "dB(µV)") in shapes


def test_a_limit_sloping_in_a_table_row_stays_one_range():
    text = "频率范围 MHz | 准峰值 dB(µV)；0.15～0.50 | 66～56；0.50～5 | 56。"
    m = _VALUE.search(text, text.index("66"))
    assert slopes_over_a_band(m, "")
    found = extract(text).indicators
    assert [(i.low, i.high) for i in found if str(i.comparator) == "range" and i.unit.startswith("dB")] == [(56.0, 66.0)]
