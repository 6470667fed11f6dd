"""A quantity's minimum and maximum written as two bounds, read as one range: in a grid whose heading gives a minimum
column and a maximum column (constructions.bound_columns, extract._bound_column_ranges), and inline as 'V min., V
max.' (constructions.minimum_then_maximum, the bound word after the first value kept as its own). Sentences
written for these tests, other fields than the evaluation sets'; no encoder."""

from __future__ import annotations

from compare.core.vocabulary import Comparator
from compare.indicators.constructions import bound_columns, minimum_then_maximum
from compare.indicators.extract import extract


def _ranges(text: str) -> list[tuple[str, float | None, float | None, str]]:
    return [(i.parameter, i.low, i.high, i.unit) for i in extract(text).indicators if i.comparator == Comparator.RANGE]


def test_bound_columns_pairs_a_minimum_head_with_the_maximum_head_after_it() -> None:
    assert bound_columns(["规格", "最小值/mm", "最大值/mm"]) == [1]
    assert bound_columns(["Grade", "Minimum (MPa)", "Maximum (MPa)"]) == [1]
    assert bound_columns(["级别", "标称值/V", "下限值/V", "上限值/V"]) == [2]
    assert bound_columns(["型号", "粘度/(mPa·s) 最小", "最大"]) == [1]
    # two quantities, or the bounds the other way round, or no bounds at all: no range
    assert bound_columns(["Grade", "Minimum tensile strength (MPa)", "Maximum elongation (%)"]) == []
    assert bound_columns(["规格", "最大值/mm", "最小值/mm"]) == []
    assert bound_columns(["规格", "长度/mm", "宽度/mm"]) == []
    # the first column keys the rows: a bound word there heads no column of values
    assert bound_columns(["最小值", "最大值"]) == []


def test_a_grid_of_minimum_and_maximum_columns_reads_one_range_a_row() -> None:
    text = "规格 | 最小值/N | 最大值/N\nA型 | 120 | 180\nB型 | 200 | 260"
    assert _ranges(text) == [("A型", 120.0, 180.0, "N"), ("B型", 200.0, 260.0, "N")]
    english = "Size | Minimum (mm) | Maximum (mm)\nS (small) | 8,5 | 9,5\nL (large) | 12 | 13"
    assert [(low, high, unit) for _, low, high, unit in _ranges(english)] == [(8.5, 9.5, "mm"), (12.0, 13.0, "mm")]


def test_columns_of_two_limits_stay_two_limits() -> None:
    # Grades in two columns are two limits of one quantity, never a range
    text = "项目 | 一级 | 二级：灰分/% ≤ 0.5 | 1.0；水分/% ≤ 12 | 14。"
    read = extract(text).indicators
    assert [i.comparator for i in read] == [Comparator.MAX] * 4
    assert _ranges(text) == []


def test_minimum_then_maximum_after_a_value() -> None:
    assert minimum_then_maximum(", 8.5 max.")
    assert minimum_then_maximum("., 60 kN max.")
    assert minimum_then_maximum("; 12 maximum")
    assert not minimum_then_maximum(", 10 min")  # a list of durations
    assert not minimum_then_maximum(". Hold for 5 min.")


def test_a_minimum_and_a_maximum_written_after_their_values_are_one_range() -> None:
    text = "Breaking load 40 kN min., 60 kN max.; elongation at break 8 % min., 14 % max."
    assert _ranges(text) == [("Breaking load", 40.0, 60.0, "kN"), ("elongation at break", 8.0, 14.0, "%")]
    # 'min' with no dot, its maximum after it: a minimum, not minutes; the capital after 'max.' starts the next item
    text = "Saponification number 188 min, 196 max. Iodine number, g/100 g, max 10."
    read = extract(text).indicators
    assert (read[0].parameter, read[0].comparator, read[0].low, read[0].high, read[0].unit) == \
        ("Saponification number", Comparator.RANGE, 188.0, 196.0, "")
    assert (read[1].parameter, read[1].comparator, read[1].value) == ("Iodine number", Comparator.MAX, 10.0)


def test_a_bound_word_between_a_condition_and_its_value_stays_the_values() -> None:
    # 'at 40 °C min. 2,0': the bound word after the condition is the next value's, which writes none of its own
    read = extract("Viscosity at 40 °C min. 2,0 mm²/s").indicators
    assert [(i.comparator, i.value) for i in read] == [(Comparator.MIN, 2.0)]
    # minutes stay minutes where time is spoken of
    read = extract("Hold the specimen for 5 min, then 10 min max. at 70 °C.").indicators
    assert read[0].unit == "min" and read[0].value == 5.0


def test_pairs_under_a_minimum_maximum_heading_are_limits():
    """'limits (min. / max.)': each 'a / b' after it is a lower and an upper limit, a dash a limit not set."""
    text = ("Table 2 — Characteristic, unit, limits (minimum / maximum): Moisture, g/kg, — / 140; Falling number, "
            "seconds, 250 / —; Test weight, kg/hl, 72,0 / 84,5.")
    found = [(i.comparator, i.value, i.low, i.high, i.unit) for i in extract(text).indicators]
    assert found == [(Comparator.MAX, 140.0, None, None, "g/kg"), (Comparator.MIN, 250.0, None, None, "seconds"),
                     (Comparator.RANGE, None, 72.0, 84.5, "kg/hl")]
    (ash,) = extract("Limits (min. / max.): ash, % (m/m), 0,45 / 0,60.").indicators
    assert (ash.comparator, ash.low, ash.high, ash.unit) == (Comparator.RANGE, 0.45, 0.6, "%")


def test_slash_pairs_without_the_heading_or_with_a_unit_after_them_are_no_limits():
    from compare.indicators.extract import slash_bound_pairs

    assert slash_bound_pairs("Moisture, g/kg, — / 140; ash, 0,45 / 0,60.", True) == []  # no heading
    # under the heading, a rating written with its unit ('300/500 V') is no pair of limits
    text = "Limits (min. / max.): rated voltage 300/500 V; ash, % (m/m), 0,45 / 0,60."
    assert [(text[a:b], kind, low, high) for a, b, kind, low, high in slash_bound_pairs(text, True)] \
        == [("0,45 / 0,60", Comparator.RANGE, 0.45, 0.6)]


def test_a_minimum_above_the_maximum_is_two_limits_not_a_band():
    # two cases' limits of one quantity, the lower bound above the upper: no range between them
    found = extract("Reflectance: ≤ 0,05 in the visible band and ≥ 0,8 in the infrared band.").indicators
    assert sorted((str(i.comparator), i.value) for i in found) == [("max", 0.05), ("min", 0.8)]
    (band,) = extract("pH: not less than 6,5 and not more than 8,5.").indicators
    assert (band.comparator, band.low, band.high) == ("range", 6.5, 8.5)


def test_a_bound_word_alone_after_the_other_bound_closes_a_range() -> None:
    # The name said once, then '最小值 …，最大值 …' or the other way round (extract._other_end_named)
    assert _ranges("表2 脂肪/(g/100 kJ)：最小值 1.05，最大值 1.40。") == [("脂肪: 值", 1.05, 1.4, "g/100 kJ")]
    read = [(low, high, unit) for _, low, high, unit in
            _ranges("M6螺栓：长度最大值30.5 mm，最小值29.5 mm；头部厚度最大值4.2 mm，最小值3.9 mm。")]
    assert read == [(29.5, 30.5, "mm"), (3.9, 4.2, "mm")]
    english = "Grade A tube: outside diameter maximum 12.2 mm, minimum 11.8 mm."
    assert [(low, high) for _, low, high, _ in _ranges(english)] == [(11.8, 12.2)]
    # another name before the second bound word: two limits, not one range
    assert _ranges("软管的最小爆破压力为6 MPa，最大工作压力为2 MPa。") == []


def test_the_same_name_said_again_with_the_other_bound_word_closes_a_range() -> None:
    text = "Transmitter, channel 2: output level MIN -3 dBm; output level MAX +2 dBm; receiver overload -1 dBm."
    assert [(low, high, unit) for _, low, high, unit in _ranges(text)] == [(-3.0, 2.0, "dBm")]
    # another quantity's name with the other bound word: two limits
    other = "Transmitter, channel 2: output level MIN -3 dBm; overload level MAX +2 dBm."
    assert _ranges(other) == []
