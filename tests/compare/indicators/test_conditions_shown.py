"""How an indicator's conditions are shown (`compare --json`, the CLI table, the workbook): the two ends of a band the
English clause writes 'above X up to and including Y' are one band, 'X–Y mm', as the Chinese band '大于X至Y' is shown;
two points of a condition that are no band stay two."""

from compare.indicators.extract import conditions_shown, describe, extract
from compare.indicators.verdicts import compare_extractions


def _only(text: str):
    found = [i for i in extract(text).indicators if i.conditions]
    assert len(found) == 1, found
    return found[0]


def test_an_english_size_band_is_shown_as_one_band():
    ind = _only("For nominal sizes above 50 mm up to and including 80 mm, the standard tolerance IT7 is 30 µm.")
    assert [c.text for c in ind.conditions] == ["50 mm", "80 mm"]  # two ends read, each a condition
    assert conditions_shown(ind) == ["50–80 mm"]
    assert describe(ind).endswith("at 50–80 mm")


def test_the_band_is_shown_alike_on_both_sides_of_a_comparison():
    result = compare_extractions(
        extract("公称尺寸大于120 mm至180 mm，孔H8的极限偏差为+63 μm/0"),
        extract("Nominal sizes above 120 mm up to and including 180 mm: hole H8, limit deviations +63 µm / 0."))
    (pair,) = result.to_dict()["indicators"]
    assert pair["domestic"]["conditions"] == ["120～180 mm"]
    assert pair["international"]["conditions"] == ["120–180 mm"]


def test_two_test_points_are_not_a_band():
    ind = _only("绝缘电阻在20 ℃和70 ℃下均不小于5 MΩ。")
    assert len(ind.conditions) == 2  # two temperatures of one unit, the lower first, joined by 和: no band
    assert conditions_shown(ind) == ["20 ℃", "70 ℃"]  # as written, without the 下 that closes 在…下


def test_the_end_of_a_chinese_condition_frame_is_not_shown():
    loss = [i for i in extract("在140 ℃下保持1 h后，试样的质量损失不大于0.5%。").indicators if i.value == 0.5]
    (ind,) = loss
    assert [c.text for c in ind.conditions] == ["140 ℃下"]  # read with the 下 of 在…下
    assert conditions_shown(ind) == ["140 ℃"]
    assert describe(ind) == "≤ 0.5 % at 140 ℃"


def test_the_de_before_a_condition_noun_is_not_shown():
    (kept,) = [i for i in extract("在环境温度为32 ℃、相对湿度为75%的条件下，箱内温度不应高于5 ℃。").indicators
               if i.value == 5]
    assert "75%" in conditions_shown(kept) or "75 %" in conditions_shown(kept)
    assert not any(s.endswith("的") for s in conditions_shown(kept))


def test_or_below_stays_part_of_the_condition():
    (rated,) = [i for i in extract("海拔2 000 m及以下时，额定电压为220 V。").indicators if i.value == 220]
    assert conditions_shown(rated) == ["2 000 m及以下"]
