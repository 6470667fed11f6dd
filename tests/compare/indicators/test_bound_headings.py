"""Values listed under a heading that says they are bounds, and rates counted per second (thirty-second round,
fixcodes32): bound_headings, units."""

from __future__ import annotations

from compare.indicators.bound_headings import values_under_a_bound_heading
from compare.indicators.extract import extract
from compare.indicators.units import normalise


def _shape(text: str) -> list[tuple]:
    return [(str(i.comparator), i.value, i.unit) for i in sorted(extract(text).indicators, key=lambda i: i.span)]


def test_every_value_of_an_english_list_takes_the_upper_bound_of_its_heading():
    assert _shape("Simple profile, Medium level, upper bounds: pixels per row 640; rows per picture 480; "
                  "pictures per second 25; bit rate 6 Mbit/s; buffer size 917 504 bits.") == [
        ("max", 640.0, ""), ("max", 480.0, ""), ("max", 25.0, "pictures per second"), ("max", 6.0, "Mbit/s"),
        ("max", 917504.0, "bits")]


def test_every_value_of_a_chinese_list_takes_the_upper_bound_of_its_heading():
    assert _shape("简单类中级的上限：每行像素数640，每幅行数480，帧频25 帧/s，比特率6 Mbit/s，缓冲器大小917 504 bit。") == [
        ("max", 640.0, ""), ("max", 480.0, ""), ("max", 25.0, "帧/s"), ("max", 6.0, "Mbit/s"),
        ("max", 917504.0, "bit")]


def test_lower_bounds_heading_gives_minima():
    assert [k for k, _, _ in _shape("Lower bounds: clear width 0,9 m; clear height 2,1 m; door leaf 45 mm.")] == [
        "min", "min", "min"]


def test_the_limits_below_are_no_heading_of_lower_bounds():
    # ('以下限值' is 'the following limits', no '下限')
    shape = _shape("处理装置出水应不超过以下限值：五日生化需氧量（BOD₅）20 mg/L；悬浮物（SS）30 mg/L；化学需氧量（CODCr）100 mg/L；"
                   "pH 6～9。")
    assert [k for k, _, u in shape if u == "mg/L"] == ["max", "max", "max"]


def test_the_list_ends_with_its_sentence():
    # (the sentence after the list states a value of its own, no bound)
    assert _shape("图像尺寸的上限：宽度640，高度480。额定频率为50 Hz，允许偏差0.5 Hz。")[-2:] == [
        ("equal", 50.0, "Hz"), ("equal", 0.5, "Hz")]


def test_a_single_value_after_the_heading_is_left_to_the_reader():
    indicators = extract("The rated voltage shall be 230 V.").indicators
    assert values_under_a_bound_heading(indicators, "The rated voltage shall be 230 V.") == indicators


def test_pictures_frames_and_samples_per_second_are_rates():
    for unit in ("帧/s", "frames/s", "frames per second", "pictures per second", "samples/s"):
        assert normalise(30.0, unit).unit == "Hz", unit
    assert normalise(30.0, "帧/s").value == normalise(30.0, "pictures per second").value
    # (a count per a line is no rate)
    assert not normalise(720.0, "samples per line").dimension.startswith("1 / [time]")


def test_a_picture_rate_in_chinese_is_read_with_its_unit():
    assert _shape("图像速率不大于25帧/s。") == [("max", 25.0, "帧/s")]
