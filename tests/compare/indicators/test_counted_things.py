"""Things counted in digits in English ('25 strokes', '20 units', '3 tablets', '60 double strokes'): a plain number
of items, as '20粒' and '25次' are on the Chinese side (units._COUNT), never a unit pint knows by that name ('units'
read as nits, cd/m²). Sentences written for these tests; no encoder."""

from __future__ import annotations

import pytest

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.extract import extract, extract_indicators
from compare.indicators.units import normalise
from compare.indicators.verdicts import compare_clauses


@pytest.mark.parametrize("unit", ["units", "strokes", "double strokes", "tablets", "capsules", "doses", "layers",
                                  "plates", "discs", "plies", "hammers", "breakdowns"])
def test_things_counted_are_a_number(unit: str) -> None:
    assert normalise(20, unit).dimension == normalise(20, "粒").dimension == "number"


def test_a_count_of_units_pairs_with_the_chinese_count() -> None:
    (ind,) = extract("Weigh 10 units taken at random.").indicators
    assert (ind.value, ind.normalized.dimension) == (10.0, "number")
    result = compare_clauses("每层用捣棒插捣40次。", "Rod each layer with 40 strokes.")
    assert [(p.domestic.value, p.international.value, str(p.verdict)) for p in result.pairs] == [(40.0, 40.0, "consistent")]


def test_counters_of_people_and_portions_before_a_bound_read_as_pieces():
    from compare.indicators.constructions import counters_as_pieces
    assert counters_as_pieces("品评小组由8名以上品评员组成") == "品评小组由8个以上品评员组成"
    assert counters_as_pieces("每批抽取5份及以下样品") == "每批抽取5个及以下样品"
    assert counters_as_pieces("每班4 人以上") == "每班4 个以上"
    assert counters_as_pieces("品评员8名，每人品尝3份") == "品评员8名，每人品尝3份"  # no bound after the counter
    assert counters_as_pieces("名以上") == "名以上"  # no number before it


def test_a_count_of_people_bounded_by_yishang_is_a_minimum():
    (ind,) = extract_indicators("品评小组由8名以上品评员组成。")
    assert (ind.comparator, ind.value) == (Comparator.MIN, 8.0)
    assert ind.normalized.dimension == "number"
    (ind,) = extract_indicators("每个检测点位抽取的平行样品应在2份以上。")
    assert (ind.comparator, ind.value) == (Comparator.MIN, 2.0)
    result = compare_clauses("品评小组由8名以上品评员组成。", "The sensory panel shall consist of at least six assessors.")
    (pair,) = result.pairs
    assert pair.verdict == Verdict.STRICTER


# A count named by its noun in 数 and written with no classifier ('电机极数4', '齿数32'): the count is read, and the
# next value is not named by it; nouns in 数 that name no count ('参数', '读数') leave the number alone.
@pytest.mark.parametrize("text, first, second", [
    ("电机极数4，额定频率50 Hz。", ("电机极数", 4.0), ("额定频率", 50.0)),
    ("齿轮齿数32；模数2 mm。", ("齿轮齿数", 32.0), ("模数", 2.0)),
    ("风机叶片数6，转速1 450 r/min。", ("风机叶片数", 6.0), ("转速", 1450.0)),
])
def test_a_count_named_by_its_noun_is_read(text: str, first: tuple, second: tuple) -> None:
    read = [(i.parameter, i.value) for i in extract(text).indicators]
    assert read == [first, second]


def test_nouns_that_count_nothing_leave_the_number_alone() -> None:
    assert extract("见表中参数3和读数5。").indicators == ()


def test_a_count_in_its_noun_pairs_with_the_number_of_things() -> None:
    result = compare_clauses("电机极数4，额定频率50 Hz。", "Number of poles 4; rated frequency 50 Hz.")
    assert sorted(str(p.verdict) for p in result.pairs) == [str(Verdict.CONSISTENT)] * 2
