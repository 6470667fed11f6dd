"""Counts written in words, in both languages, read as the limits they are ('not less than three exposure
temperatures', 'at least sixteen subjects', 'shall be six.', '最少应有两根', '不少于三对'), and number words that
state no count left alone."""

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.clausetext import fold, numerals_to_digits, substitute
from compare.indicators.extract import extract, extract_indicators
from compare.indicators.verdicts import compare_clauses


def _read(text: str) -> list[tuple[str, float | None, str]]:
    return [(str(i.comparator), i.value, i.unit) for i in extract(text).indicators]


def _digits(text: str) -> str:
    return numerals_to_digits(*fold(text))[0]


def test_a_count_in_words_after_a_lower_bound_is_a_minimum():
    assert _read("Not less than three exposure temperatures shall be used.") == [("min", 3.0, "")]
    assert _read("Take measurements at not less than five pressure differences.") == [("min", 5.0, "")]
    assert _read("The panel shall consist of no fewer than ten assessors.") == [("min", 10.0, "")]
    # beyond twelve, and the tens written with their ones
    assert _read("At least sixteen subjects shall be used.") == [("min", 16.0, "")]
    assert _digits("at least twenty-four samples") == "at least 24 samples"


def test_both_bounds_of_a_sentence_in_words_are_read():
    text = ("For axes up to 2 000 mm, at least five target positions per metre, and not fewer than five target "
            "positions over the whole travel, shall be chosen.")
    mins = [i for i in extract(text).indicators if i.comparator == Comparator.MIN]
    assert [i.value for i in mins] == [5.0, 5.0]
    assert extract(text).unread == ()


def test_a_count_in_words_that_ends_the_sentence_stating_it():
    assert _read("The number of cuts in each direction of the lattice pattern shall be six.") == [("equal", 6.0, "")]


def test_time_in_words_takes_every_cardinal():
    assert _digits("stored for forty-eight hours, then seventeen days") == "stored for 48 hours, then 17 days"


def test_number_words_that_state_no_count_stay_words():
    for text in ("at least one of the following conditions applies", "the result is the mean of the six values.",
                 "vehicles comprising not more than nine seats in addition to the driver's seat",
                 "at least two of the samples", "It shall be one of the types listed."):
        assert _digits(text) == text, text
        assert extract(text).indicators == (), text
    # a word that only begins like a number is no number ('tension', 'seventy-fifth' aside)
    assert _digits("at least tension springs") == "at least tension springs"


def test_a_chinese_count_of_things_after_a_word_of_limit():
    assert _read("钢丝绳或链条最少应有两根，每根独立。") == [("min", 2.0, "根")]
    assert [(str(i.comparator), i.value) for i in extract("在长度和宽度方向上各作至少三对标记").indicators] == [("min", 3.0)]
    # counted things named without a limit are no count to check
    assert _digits("对于用三根或三根以上钢丝绳的曳引驱动电梯") == "对于用三根或三根以上钢丝绳的曳引驱动电梯"
    assert _digits("用两根钢丝绳的曳引驱动电梯") == "用两根钢丝绳的曳引驱动电梯"


def test_most_and_fewest_are_bounds():
    assert _read("每组试样最多5个") == [("max", 5.0, "个")]
    assert _read("钢丝绳最少应有2根")[0][:2] == ("min", 2.0)
    assert _read("Use 4 specimens or fewer.")[0][:2] == ("max", 4.0)


def test_substitute_keeps_the_offsets():
    text, where = substitute("at least six rows", list(range(17)), [(9, 12, "6")])
    assert text == "at least 6 rows"
    assert where == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 14, 15, 16]
    assert substitute("abc", [0, 1, 2], []) == ("abc", [0, 1, 2])


def test_a_range_in_words_takes_both_ends():
    assert _digits("changed between three and ten times per hour") == "changed between 3 and 10 times per hour"
    assert _digits("two to four weeks") == "2 to 4 weeks"
    assert _digits("储存期为两至三年") == "储存期为2至3年"
    assert _read("储存期为两至三年。")[0][:1] == ("range",)
    # words between the two ends: no range
    assert _digits("three and a half days") == "3.5 days"  # (a half, `halves_to_digits`: one number, no range)


def test_half_a_unit_of_time_in_words_is_a_number_of_that_unit():
    read = [(i.comparator, i.value, i.unit) for text in (
        "Each panel session shall last no more than half an hour.",
        "The samples are conditioned for one and a half hours.",
        "The sealant cures within 3 and a half days.",
        "每次试验时间不应超过半小时。",
        "样品在试验箱中放置一个半小时。",
        "产品的保质期为一年半。",
    ) for i in extract_indicators(text)]
    assert [(v, u) for _, v, u in read] == [(0.5, "hour"), (1.5, "hours"), (3.5, "days"), (0.5, "小时"), (1.5, "小时"),
                                            (1.5, "年")]
    assert read[0][0] == read[3][0] == "max"
    # the unit is read where it is written, so the span of the value covers the words
    (storage,) = extract_indicators("Keep the dough at rest for half an hour.")
    assert storage.text.endswith("half an hour")
    # a period per half a unit is a frequency, left in words; thirty minutes and half an hour are one duration
    assert extract_indicators("Stir the bath every half hour.") == ()
    (pair,) = compare_clauses("每次评价的时间不宜超过30 min。", "A session should last up to half an hour.").pairs
    assert pair.verdict == Verdict.CONSISTENT


def test_a_count_in_words_after_a_bound_that_ends_the_sentence():
    # the subject names the count; the bound and its number word close the sentence
    assert _read("The number of earth electrodes shall be not less than three.") == [("min", 3.0, "")]
    assert _read("The number of retests on one lot shall not exceed two.") == [("max", 2.0, "")]
    assert _read("The number of layers shall be no more than four; each layer is tamped.")[0] == ("max", 4.0, "")
    # a bound before the things it counts still needs its noun: a description, no requirement
    assert _digits("a bus having not more than eight seats") == "a bus having not more than eight seats"


def test_a_count_in_words_pairs_with_the_count_in_chinese():
    result = compare_clauses("接地极不应少于3根。", "The number of earth electrodes shall be not less than three.")
    assert [str(p.verdict) for p in result.pairs] == [str(Verdict.CONSISTENT)]


def test_a_chinese_count_after_a_unit_is_no_power_of_it():
    # '两个等级' after 'MPa': the count of the grades, written after the values; the second value keeps its unit
    read = _read("阀门的公称压力为16 MPa和25 MPa两个等级。")
    assert [(c, v, u) for c, v, u in read] == [("equal", 16.0, "MPa"), ("equal", 25.0, "MPa")]
    assert _digits("规格为16 MPa两个等级") == "规格为16 MPa 2个等级"
