"""Thirty-third round, fixrest33: texts of the helper's own writing (not the open sets'), each failing without its
rule: a degree word inside a comparison (degree_words), the year written 'a' (annum), two counts sharing the
things counted, a quantity named in capitals before its value (capital_names)."""

from compare.core.vocabulary import Comparator
from compare.indicators.annum import year_symbol
from compare.indicators.capital_names import capital_name_before
from compare.indicators.degree_words import degree_words_blanked
from compare.indicators.extract import extract


def _read(text):
    return [(i.comparator, i.value, i.low, i.high, i.unit) for i in extract(text).indicators]


def test_a_band_graded_with_a_degree_word_is_one_range():
    # (read before as a floor and a ceiling apart in English, two floors in Chinese: '不能明显大于' lost its 不)
    assert _read("Grade 3: the blistered area is appreciably greater than 10 %, but not appreciably greater than "
                 "25 %.") == [(Comparator.RANGE, None, 10.0, 25.0, "%")]
    assert _read("3级：起泡面积明显大于10 %，但不能明显大于25 %。") == [(Comparator.RANGE, None, 10.0, 25.0, "%")]


def test_a_denied_comparison_through_a_degree_word_is_a_ceiling():
    assert _read("1级：起泡面积不能明显大于10 %。") == [(Comparator.MAX, 10.0, None, None, "%")]
    assert _read("Grade 1: a blistered area not significantly greater than 10 %.") == [
        (Comparator.MAX, 10.0, None, None, "%")]


def test_degree_words_elsewhere_stay():
    text = "The means shall not differ significantly at the 5 % level; 显著性水平为0.05。"
    assert degree_words_blanked(text) == text
    text = "面积明显大于10 %"
    assert len(degree_words_blanked(text)) == len(text) and degree_words_blanked(text).index("10") == text.index("10")


def test_the_year_written_a_after_a_number():
    # (the letter was taken for the English article and dropped: the half-life had no unit)
    read = extract("Caesium-137: half-life 30,05 a; photon energy 662 keV.").indicators
    assert [(i.value, i.unit) for i in read] == [(30.05, "a"), (662.0, "keV")]
    assert read[0].normalized.unit == "s"
    assert [(i.value, i.unit) for i in extract("铯-137源：半衰期30.05 a，光子能量662 keV。").indicators] == [
        (30.05, "a"), (662.0, "keV")]
    assert _read("仪器的检定周期为1 a。") == [(Comparator.EQUAL, 1.0, None, None, "a")]


def test_the_letter_a_that_is_no_year():
    # glued to the number, a designation; followed by its noun, the article; an item's label
    assert not year_symbol("Pulse 2a, 5 ms", 7, 8)
    assert not year_symbol("twice 3 a day", 8, 9)
    assert not year_symbol("see 5.2.1 a) below", 10, 11)
    assert not year_symbol("ivermectin B1 a,", 14, 15)
    assert year_symbol("half-life 432 a,", 14, 15)
    assert _read("The lamp is switched on 4 a day.") == [(Comparator.EQUAL, 4.0, None, None, "")]


def test_two_counts_that_share_the_things_counted():
    # (the first count, its own word between it and the 'and', was left in words, then unread: no noun after it)
    read = extract("Cut 4 notched and 4 unnotched test specimens from the sheet.").indicators
    assert [(i.value, i.setting) for i in read] == [(4.0, True), (4.0, True)]
    read = extract("From each lot, take two aged and three unaged test pieces.").indicators
    assert [i.value for i in read] == [2.0, 3.0]


def test_the_burners_a_fire_test_applies_are_counted():
    read = extract("The cable is mounted on the ladder and two burners are used at the same time.").indicators
    assert [i.value for i in read] == [2.0]


def test_a_quantity_named_in_capitals_right_before_its_value():
    # (a bare number with no unit nor word of kind was read as nothing)
    read = extract("Concrete reference set: BUFSIZE 4096; ENTLVL 64; TAGDEPTH 16.").indicators
    assert [(i.comparator, i.value) for i in read] == [(Comparator.EQUAL, 4096.0), (Comparator.EQUAL, 64.0),
                                                       (Comparator.EQUAL, 16.0)]
    read = extract("具体参考集：BUFSIZE（缓冲区大小）4096；ENTLVL（实体层数）64。").indicators
    assert [i.value for i in read] == [4096.0, 64.0]


def test_capitals_that_name_no_quantity():
    assert not capital_name_before("Limits of disturbance: CISPR", "CISPR 11; CENELEC", 8)
    assert not capital_name_before("see ABCDEFG", "see ABCDEFG 12 for more", 14)  # (no list mark before the name)
    assert not capital_name_before("Models: PS1", "Models: PS1 40;", 14)  # (a code with a digit)
    assert capital_name_before("Set: ENTLVL", "Set: ENTLVL 64;", 14)
