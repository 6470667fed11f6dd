"""Parts of a whole stated as a clause's value (thirty-seventh round, fixfrac37): a fraction in digits where the words
would stand ('approximately equal to 1/3 of the …'), after a requirement's own verb ('shall occupy approximately
one-quarter of the …'), and the Chinese forms that write the part before the quantity ('不超过一半的额定电压'), before
a further 的 ('之和的1/4的质量'), after '的约' ('的约五分之一。') or after 的 with a bound earlier in the clause
('不小于总长的四分之一方为合格'); and the fractions that stay words."""

import math

from compare.core.vocabulary import Comparator
from compare.indicators.clausetext import _cn_whole, fold, fractions_to_digits
from compare.indicators.extract import extract
from compare.indicators.parts_of_a_whole import names_its_whole, parts_of_a_whole


def _read(text: str) -> list[tuple[str, float | None, str]]:
    return [(str(i.comparator), i.value, i.unit) for i in extract(text).indicators]


def _only(text: str) -> tuple[str, float]:
    [(comparator, value, unit)] = _read(text)
    assert unit == ""
    return comparator, value


def test_a_fraction_in_digits_after_a_verb_of_being_is_its_decimal():
    comparator, value = _only("The preload shall be approximately equal to 1/4 of the rated load of the hoist.")
    assert comparator == Comparator.EQUAL and math.isclose(value, 0.25)
    comparator, value = _only("The overhang shall not exceed 2/3 of the length of the support.")
    assert comparator == Comparator.MAX and math.isclose(value, 2 / 3)


def test_a_fraction_after_a_requirements_own_verb_is_its_decimal():
    comparator, value = _only("The label shall occupy approximately one-quarter of the front panel.")
    assert comparator == Comparator.EQUAL and math.isclose(value, 0.25)
    # what it is a part of stays in the words after the number
    [indicator] = extract("The label shall occupy approximately one-quarter of the front panel.").indicators
    assert "front panel" in indicator.qualifier or "front panel" in indicator.parameter


def test_chinese_parts_written_before_what_they_are_parts_of():
    comparator, value = _only("试验时，先施加不超过一半的额定电压。")
    assert comparator == Comparator.MAX and math.isclose(value, 0.5)
    comparator, value = _only("应在托盘上放置约为额定载荷与托盘质量之和的1/4的砝码。")
    assert comparator == Comparator.EQUAL and math.isclose(value, 0.25)
    comparator, value = _only("标签应占前面板面积的约五分之一。")
    assert comparator == Comparator.EQUAL and math.isclose(value, 0.2)
    comparator, value = _only("焊缝的长度不小于接缝总长的四分之一方为合格。")
    assert comparator == Comparator.MIN and math.isclose(value, 0.25)


def test_fractions_that_are_no_value_stay_words():
    for text in ("至少2/3的受试动物出现反应",                 # a share of the animals: a count, no bound of a quantity
                 "当活荷载不超过恒荷载的三分之一时，可不考虑组合。",  # a condition
                 "但跑道两端各四分之一长度内的纵坡不应大于0.8 %。",    # a part of a length, a scope
                 "测量在1/3倍频程频带内进行。",                   # a band's name
                 "The cell shall be discharged at a constant current of 1/3 C.",  # no 'of the' whole
                 "which cover approximately three quarters of the tread width.",  # no requirement
                 "Bands shall have a width of approximately 1/7 of the largest dimension.",  # 'of', no bound or verb
                 "Designation of thread 1/8: 28 threads per 25,4 mm."):
        assert fractions_to_digits(*fold(text))[0] == fold(text)[0], text
    assert parts_of_a_whole("尺寸代号3/4的右旋圆柱内螺纹", _cn_whole) == []


def test_a_part_of_a_whole_is_a_value_only_beside_its_whole_in_a_requirement():
    text = "润湿面积超出受淋表面的0.5；"  # a grade's description: no requirement word
    assert not names_its_whole(0.5, text[:text.index("0.5")], text, text.index("0.5") + 3)
    text = "试样应覆盖表面的约0.1。"
    assert names_its_whole(0.1, text[:text.index("0.1")], text, text.index("0.1") + 3)
    text = "It shall cover 0.1 of the surface."
    assert names_its_whole(0.1, text[:15], text, 18)
    assert not names_its_whole(2.0, text[:15], text, 18)  # '10 of the 12 samples' counts things
    assert _read("沾水等级：2级：润湿面积超出受淋表面的一半；3级：仅喷淋点处润湿。") == []


def test_a_sentence_opening_on_a_thing_having_a_bounded_count_says_what_the_requirement_is_for():
    # 'On a … having n ≤ 4 …,' is read as 'For a … having n ≤ 4 …,' is: the bound is the requirement's case, no limit
    text = "On a platform having n ≤ 3 wheels, a load approximately equal to 1/2 of the rated load shall be applied."
    [indicator] = extract(text).indicators
    assert math.isclose(indicator.value, 0.5) and [c.high if c.high is not None else c.value
                                                   for c in indicator.conditions] == [3.0]
    # not a phrase inside the sentence: 'stored for 24 h in an atmosphere having a temperature between …' keeps its band
    text = ("Before the test, the samples shall be kept for 48 h in an atmosphere having a temperature between 18 °C "
            "and 28 °C.")
    assert any(i.unit == "°C" and i.low == 18.0 for i in extract(text).indicators)
