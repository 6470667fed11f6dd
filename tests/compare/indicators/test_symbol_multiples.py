"""Values tied to a symbol: a length written as a multiple of another length's symbol ('0.005D', '3d', '4t'). The
texts are written for these tests."""

from __future__ import annotations

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.constructions import (defined_symbols, symbol_fractions, symbol_multiple,
                                              upper_end_after_symbol)
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses


def test_symbol_multiple_needs_a_length_name_a_letter_and_another_dimension():
    assert symbol_multiple("d", "螺栓孔中心距 距离", "[time]") == "× d"
    assert symbol_multiple("D", "wall thickness", "[optical_power]") == "× D"
    assert symbol_multiple("D", "顶焦度偏差", "[optical_power]") == ""  # no length named: a dioptre
    assert symbol_multiple("m", "spacing", "[length]") == ""  # a length in metres
    assert symbol_multiple("s", "stopping distance within", "[time]") == ""  # a time the name was given to
    assert symbol_multiple("mm", "spacing", "[length]") == ""


def test_a_glued_letter_after_a_length_is_the_symbol_it_multiplies():
    (ind,) = extract_indicators("焊脚尺寸的间距应不小于3d（d为螺栓直径）。")
    assert (ind.comparator, ind.value, ind.unit) == (Comparator.MIN, 3.0, "× d")
    (ind,) = extract_indicators("The width of the gasket shall be between 0,1 D and 0,3 D.")
    assert (ind.comparator, ind.low, ind.high, ind.unit) == (Comparator.RANGE, 0.1, 0.3, "× D")
    assert ind.normalized.dimension == "multiple of D"
    # a unit's letter stays a unit where no length is named, where it is written apart, or where it is a length
    (ind,) = extract_indicators("镜片柱镜顶焦度的允差为±0.12D。")
    assert ind.unit == "D"  # a dioptre: no length is named
    (ind,) = extract_indicators("吊车的额定起重量为16t。")
    assert ind.unit == "t"
    (ind,) = extract_indicators("The depth of the trench shall be at least 2 m.")
    assert ind.unit == "m"
    (ind,) = extract_indicators("The tolerance on the power of the lens is 0,25 D.")
    assert ind.unit == "D"
    *_, volume = extract_indicators("宽度大于56.0 mm时，爆破体积不小于22.0 L。")
    assert volume.unit == "L"  # the width is the condition's; the limit is a volume in litres


def test_two_multiples_of_one_symbol_compare():
    result = compare_clauses("垫片宽度应在0.1D与0.3D之间。", "The width of the gasket shall be between 0,1D and 0,3D.")
    (pair,) = result.pairs
    assert pair.verdict == Verdict.CONSISTENT
    assert pair.domestic.unit == pair.international.unit == "× D"


def test_symbol_fractions_after_a_word_that_states_a_value():
    text = "管径D≤50 mm时，支架间距为D/4。"
    (start, end, symbol, fraction), = symbol_fractions(text)
    assert (text[start:end], symbol, fraction) == ("D/4", "D", 0.25)
    assert symbol_fractions("试样在L/2处切断，长度L为200 mm。") == []  # a place, not a value
    assert symbol_fractions("The drawing shall be on sheet A/3.") == []  # A stands nowhere else: a code
    assert symbol_fractions("Where d ≤ 20 mm, the overlap shall be at least d/2.")[0][2:] == ("d", 0.5)


def test_a_fraction_of_a_symbol_is_a_multiple_of_it():
    *_, ind = extract_indicators("导线截面积S＞25 mm²时，屏蔽层截面积应不小于S/3。")
    assert (ind.comparator, ind.unit) == (Comparator.MIN, "× S") and abs(ind.value - 1 / 3) < 1e-9
    result = compare_clauses("当钢管外径D大于100 mm时，管托宽度为D/2。",
                             "Where the outside diameter D exceeds 100 mm, the width of the support shall be D/2.")
    pair = next(p for p in result.pairs if p.domestic is not None and p.domestic.unit == "× D")
    assert pair.verdict == Verdict.CONSISTENT and pair.international.value == 0.5


def test_upper_end_after_symbol_needs_a_symbol_for_the_lower_end():
    assert upper_end_after_symbol("The gap shall be between g and ", "")
    assert upper_end_after_symbol("垫圈外径应在d与", "之间。")
    assert not upper_end_after_symbol("垫圈外径应在d与", "。")  # no band closed
    assert not upper_end_after_symbol("The load shall be between 5 kN and ", "")
    assert not upper_end_after_symbol("The gap shall be ", "")


def test_a_value_between_a_symbol_and_it_is_a_maximum():
    (ind,) = extract_indicators("垫圈厚度h应在t与0.2D之间。")
    assert (ind.comparator, ind.value, ind.unit) == (Comparator.MAX, 0.2, "× D")
    (ind,) = extract_indicators("The width b of the groove shall be between a and 12 mm.")
    assert (ind.comparator, ind.value, ind.unit) == (Comparator.MAX, 12.0, "mm")


def test_defined_symbols_are_the_letters_a_clause_defines():
    assert defined_symbols("链轮齿宽bf = 0.93b（b为内链节内宽）") == {"b"}
    assert defined_symbols("式中：d——螺栓公称直径") == {"d"}
    assert defined_symbols("The bead width shall be 1,5 t, where t is the wall thickness.") == {"t"}
    assert defined_symbols("温度T为20 ℃。The length is 5 m.") == frozenset()  # a value, no definition
    assert defined_symbols("烘干至两次称量差不超过0.002 g为止。") == frozenset()  # a unit after a number
    assert defined_symbols("其中D为管道外径。") == {"D"}
    assert defined_symbols("垫块厚度t 6 mm，宽度为30 mm。") == {"t"}
    assert defined_symbols("Bar: diameter d 12 mm; length of the bar 200 mm.") == {"d"}
    assert defined_symbols("The specimen thickness shall be 4 mm, the width 10 mm.") == frozenset()


def test_a_value_in_a_defined_symbol_is_a_multiple_of_it():
    (ind,) = extract_indicators("The root radius rf shall be 0,2 m, where m is the module.")
    assert (ind.value, ind.unit) == (0.2, "× m")
    (ind,) = extract_indicators("齿根圆角半径rf = 0.2m（m为模数）。")
    assert (ind.value, ind.unit) == (0.2, "× m")
    (ind,) = extract_indicators("The root radius shall be 0,2 m.")  # no symbol defined: metres
    assert ind.unit == "m"
    _, overhang = extract_indicators("试件厚度t 6 mm±0.5 mm，悬臂长度应为（10±1）t。")
    assert (overhang.value, overhang.tolerance, overhang.unit) == (10.0, 1.0, "× t")


def test_glued_length_symbol_needs_one_capital_standing_alone_after_a_length_name():
    from compare.indicators.constructions import glued_length_symbol
    text = "标签边距的宽度不应小于4Y。"
    start = text.index("4Y")
    assert glued_length_symbol(text, start, start + 2)
    text = "The clearance height above the label shall be 3Y."
    start = text.index("3Y")
    assert glued_length_symbol(text, start, start + 2)
    text = "该网络支持5G。"  # no length named
    assert not glued_length_symbol(text, text.index("5G"), text.index("5G") + 2)
    text = "导线宽度应符合要求。型号为3K。"  # the length's name is in another sentence
    assert not glued_length_symbol(text, text.index("3K"), text.index("3K") + 2)
    text = "The width class is 2Bc."  # more letters: a name
    assert not glued_length_symbol(text, text.index("2B"), text.index("2B") + 2)
    text = "印刷区长度为5Y型"  # a letter glued to the word after it: a model
    assert not glued_length_symbol(text, text.index("5Y"), text.index("5Y") + 2)


def test_a_length_written_as_a_multiple_of_a_glued_capital_is_read():
    (ind,) = extract_indicators("标签边距的宽度不应小于4Y。")
    assert (ind.comparator, ind.value, ind.unit) == (Comparator.MIN, 4.0, "× Y")
    (ind,) = extract_indicators("The clearance height above the label shall be at least 3Y.")
    assert (ind.comparator, ind.value, ind.unit) == (Comparator.MIN, 3.0, "× Y")
    assert ind.normalized.dimension == "multiple of Y"
    # a number glued to a capital after no length's name stays a name
    assert extract_indicators("The labels for zone 4Y shall be printed in black.") == ()
    result = compare_clauses("印刷标签上下边距的宽度均不小于6Y。", "The width of the top and bottom margins of the label "
                             "shall be at least 6Y.")
    (pair,) = result.pairs
    assert pair.verdict == Verdict.CONSISTENT
    assert pair.domestic.unit == pair.international.unit == "× Y"
