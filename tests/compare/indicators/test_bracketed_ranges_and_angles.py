"""Number forms read this round: a range in brackets with its unit after the bracket ('(19 to 21) °C', '（20～25）℃'),
minutes and seconds of arc ('±90′', '30″'), a textile's linear density and tenacity ('20 tex', 'cN/tex', 'dtex'),
and a grid column headed by a unit after '±' ('电压误差 ±%', 'phase error ±′'). Sentences written for these tests;
no encoder."""

from __future__ import annotations

import math

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract, spaced_head_unit
from compare.indicators.units import normalise


def _read(text: str) -> list[tuple[str, float | None, float | None, float | None, str]]:
    return [(i.comparator, i.value, i.low, i.high, i.unit) for i in extract(text).indicators]


def test_a_range_in_brackets_takes_the_unit_after_the_bracket() -> None:
    assert _read("储存温度应保持在（2～8）℃，相对湿度（35～65）%。") == [
        (Comparator.RANGE, None, 2.0, 8.0, "℃"), (Comparator.RANGE, None, 35.0, 65.0, "%")]
    assert _read("Store the reagents at (2 to 8) °C.") == [(Comparator.RANGE, None, 2.0, 8.0, "°C")]
    # a range in brackets with no unit after it stays as it was
    assert _read("pH (6.5 to 8.5) at 25 °C")[0][:4] == (Comparator.RANGE, None, 6.5, 8.5)
    # words in the bracket before the range: not a bracketed range
    assert all(r[4] != "mm" for r in _read("(see sizes 3 to 5) mm"))


def test_minutes_and_seconds_of_arc() -> None:
    assert _read("经纬仪的竖盘指标差不应超过±30″，横轴误差±1′。") == [
        (Comparator.MAX, 30.0, None, None, "″"), (Comparator.MAX, 1.0, None, None, "′")]
    a, b = normalise(90.0, "′"), normalise(1.5, "°")
    assert a.known and a.dimension == b.dimension and math.isclose(a.value, b.value)
    assert math.isclose(normalise(3600.0, "″").value, normalise(1.0, "°").value)
    assert normalise(1.0, "′").dimension != normalise(1.0, "%").dimension


def test_tex_and_its_multiples() -> None:
    assert _read("纱线线密度为 20 tex，断裂强度不小于 25 cN/tex。") == [
        (Comparator.EQUAL, 20.0, None, None, "tex"), (Comparator.MIN, 25.0, None, None, "cN/tex")]
    tex, dtex = normalise(2.0, "tex"), normalise(20.0, "dtex")
    assert tex.known and tex.dimension == dtex.dimension and math.isclose(tex.value, dtex.value)


def test_a_column_headed_by_a_plus_minus_unit_holds_largest_deviations() -> None:
    assert spaced_head_unit("频率误差 ±%") == "%"
    assert spaced_head_unit("phase error ±′") == "′"
    text = "各档的误差限值：档位 | 频率误差 ±% | 相位误差 ±′；A | 0.1 | 5；B | 0.3 | 15。"
    assert _read(text) == [(Comparator.MAX, 0.1, None, None, "%"), (Comparator.MAX, 5.0, None, None, "′"),
                           (Comparator.MAX, 0.3, None, None, "%"), (Comparator.MAX, 15.0, None, None, "′")]
    # a column headed by its unit alone keeps its values as stated values
    assert [r[0] for r in _read("各档的频率：档位 | 频率 kHz；A | 10；B | 20。")] == [Comparator.EQUAL] * 2


def test_a_zero_written_on_a_temperature_scale_is_a_nominal() -> None:
    # 0 °C is a point of the scale: '(0±1.5)℃' keeps its nominal, like '(−18±1.5)℃' after it
    assert _read("冰浴温度为(0±0.5)℃，冷冻温度为(−20±1)℃。") == [
        (Comparator.TOLERANCE, 0.0, None, None, "℃"), (Comparator.TOLERANCE, -20.0, None, None, "℃")]
    assert _read("Keep the ice bath at 0 °C ± 0,5 °C.")[0][:2] == (Comparator.TOLERANCE, 0.0)
    # a '± T' with no value of its own stays a largest deviation, and so does a zero nominal of a length
    assert _read("水温偏差应在±1 ℃以内。") == [(Comparator.MAX, 1.0, None, None, "℃")]
    assert _read("偏差为(0±0.5) mm。") == [(Comparator.MAX, 0.5, None, None, "mm")]


def test_an_angle_in_degrees_and_minutes_reads_in_degrees() -> None:
    # '1°30′' is one and a half degrees, not 1 in a unit '°30' followed by a stray prime.
    (slope,) = extract("斜面倾角为12°30′，允差±0°15′。").indicators
    assert (slope.comparator, slope.value, slope.tolerance, slope.unit) == (Comparator.TOLERANCE, 12.5, 0.25, "°")
    assert _read("The cone angle shall not exceed 1°45′.") == [(Comparator.MAX, 1.75, None, None, "°")]
    (tolerance,) = extract("The bevel is 37°30' ± 0°30'.").indicators
    assert math.isclose(tolerance.value, 37.5) and math.isclose(tolerance.tolerance, 0.5) and tolerance.unit == "°"
    # a bare prime stays minutes
    assert _read("横轴误差±1′。") == [(Comparator.MAX, 1.0, None, None, "′")]
