"""Counts of things a procedure's step takes, parts or repeats ('Cut four specimens', 'tear four plies together', '剪取4块
试样', '分三层装入', '共进行6次击穿'): a value the step requires, read on both sides, never a bare number left unread
(`constructions.counted_thing`, `extract._counts_of_things`). Sentences written for these tests; no encoder."""

from __future__ import annotations

import pytest

from compare.indicators.constructions import counted_thing
from compare.indicators.extract import extract
from compare.indicators.verdicts import compare_clauses


@pytest.mark.parametrize("text, thing", [
    ("Stack 3 sheets", "sheets"), ("Use 6 test pieces", "test pieces"), ("with 8 glass rods", "rods"),
    ("Place 2 clean bottles", "bottles"), ("称取2份试样", "份"), ("放入3只烧杯", "只"), ("分4层", "层"),
])
def test_the_things_after_a_number(text: str, thing: str) -> None:
    end = next(k for k in range(len(text), 0, -1) if text[k - 1].isdigit())
    assert counted_thing(text, end) == thing


@pytest.mark.parametrize("text", ["3次谐波", "1个方便值", "相邻2次冲击的间隔", "2 of the bottles", "5 mm", "3 times"])
def test_no_count_of_things(text: str) -> None:
    end = next(k for k in range(len(text), 0, -1) if text[k - 1].isdigit())
    assert counted_thing(text, end) == ""


@pytest.mark.parametrize("text, value", [
    ("Prepare six test pieces from the sheet.", 6.0),
    ("Stack five sheets of the paper and punch them together.", 5.0),
    ("Fill the cylinder in four layers.", 4.0),
    ("Eight determinations shall be made on each lot.", 8.0),
    ("Apply three blows to each point of the enclosure.", 3.0),
    ("从每批中剪取6块试样。", 6.0),
    ("将试样分四层装入量筒。", 4.0),
    ("每批应进行五次测定。", 5.0),
    ("向烧杯中放入3只搅拌子，盖好。", 3.0),
    ("称取试样两份，分别放入烧杯中。", 2.0),  # the count after the things, ending its clause
    ("用滴定管滴加15滴指示剂。", 15.0),
])
def test_a_count_a_step_takes_is_read(text: str, value: float) -> None:
    counts = [i for i in extract(text).indicators if i.normalized.dimension == "number"]
    assert [(i.value, i.comparator, i.setting) for i in counts] == [(value, "equal", True)]


def test_a_count_pairs_across_the_languages() -> None:
    result = compare_clauses("从样品上裁取5块试样，每块100 mm×50 mm。", "Cut five specimens, each 100 mm × 50 mm, from the sample.")
    assert (5.0, 5.0, "consistent") in [(p.domestic.value, p.international.value, str(p.verdict)) for p in result.pairs
                                        if p.domestic and p.international]


@pytest.mark.parametrize("text", [
    "Not more than three specimens shall fail.",  # a limit on a count: a maximum, not a setting
    "The third harmonic, 3次谐波, shall not exceed 2 A.",
    "第4次测量的结果为准。",  # an ordinal
    "Place one specimen in the oven.",  # a count of one names a thing
    "相邻两次冲击的时间间隔为(50±5)ms。",  # the things name what the next value is of
    "试验装置：两个钢制圆盘，厚度为5 mm。",  # the parts a heading lists, no step
])
def test_no_step_count(text: str) -> None:
    assert not [i for i in extract(text).indicators if i.setting and i.normalized.dimension == "number"]


def test_a_chinese_count_needs_a_step_in_its_clause() -> None:
    text = "传动轴：公称直径40 mm，8个矩形花键，额定转速1 000 r/min。"  # features of a part, no step
    assert counted_thing(text, text.index("个"), text.index("8个")) == ""
    assert [i.value for i in extract(text).indicators if i.normalized.dimension == "number"] == []
    text = "从每卷中裁取8个圆形试样。"
    assert counted_thing(text, text.index("个"), text.index("8个")) == "个"


def test_a_word_that_starts_with_a_numeral_is_no_count() -> None:
    assert [i.value for i in extract("外露的零件，其圆角半径应不小于2 mm。").indicators] == [2.0]


@pytest.mark.parametrize("text, values", [
    # the groups of a test design and the organisms in each, the count after 'each of'
    ("Four replicate test groups, each of twenty daphnids, are exposed to each concentration.", [4.0, 20.0]),
    ("Two dose groups, each of 12 rats, are dosed by gavage.", [2.0, 12.0]),
    ("Place five earthworms in each vessel.", [5.0]),
    ("每个试验容器放入10条蚯蚓。", [10.0]),  # '条', the counter of worms, fish and strips
])
def test_groups_and_test_organisms_are_counted(text: str, values: list[float]) -> None:
    counts = [i for i in extract(text).indicators if i.normalized.dimension == "number"]
    assert [(i.value, i.setting) for i in counts] == [(v, True) for v in values]


def test_replicates_and_organisms_pair_across_the_languages() -> None:
    result = compare_clauses("每个浓度设4个重复，每个重复20只溞。",
                             "Four replicate test groups, each of twenty daphnids, are exposed to each concentration.")
    assert sorted((p.domestic.value, p.international.value, str(p.verdict)) for p in result.pairs
                  if p.domestic and p.international) == [(4.0, 4.0, "consistent"), (20.0, 20.0, "consistent")]
    assert result.overall == "consistent"


def test_turns_of_a_drum_or_mill_are_a_count_not_an_angle():
    # '500 revolutions', '共转500转', '(120±1) r': how many turns, a number, the same in both languages
    chinese = compare_clauses("球磨机以30 r/min的转速共转500转。", "Run the ball mill at 30 r/min for 500 revolutions.")
    turns = [p for p in chinese.pairs if p.domestic is not None and p.domestic.value == 500.0]
    assert len(turns) == 1 and turns[0].international is not None and str(turns[0].verdict) == "consistent"
    assert turns[0].international.normalized.dimension == "number"
    (ind,) = extract("耐磨试验机转动(120±1) r后取下试样。").indicators
    assert (ind.value, ind.tolerance, ind.normalized.dimension) == (120.0, 1.0, "number")
    # a speed stays a speed
    (speed,) = extract("主轴转速为1 500 r/min。").indicators
    assert speed.normalized.dimension != "number"


@pytest.mark.parametrize("text, values", [
    # the things a rule counts in a run in a row, and the things counted out of a run (its length no value)
    ("Rule A: seven readings in a row rising steadily.", [7.0]),
    ("Alarm: three out of four samples in a row outside the band.", [3.0]),
    ("Release: when ten consecutive batches have passed.", [10.0]),
    ("报警条件：连续7个读数逐个上升。", [7.0]),
    ("判定：连续4批中有3批合格，转为正常检验。", [3.0]),
    ("连续12根中相邻两根交替偏高。", [12.0]),
])
def test_a_count_of_things_in_a_row_is_read(text: str, values: list[float]) -> None:
    counts = [i for i in extract(text).indicators if i.normalized.dimension == "number"]
    assert [(i.value, i.comparator) for i in counts] == [(v, "equal") for v in values]


@pytest.mark.parametrize("text", [
    "Weigh until two successive weighings differ by not more than 0,5 mg.",  # a pair, what a difference is between
    "烘干至连续两次称量之差不大于0.2 mg。",
    "The mean over six consecutive months shall not exceed 40 µg/m³.",  # a run of time: a period named
    "连续6 min内的平均值不应超过2 W/kg。",
])
def test_a_pair_or_a_period_in_a_row_is_no_count(text: str) -> None:
    # (a run of things in the sentence after it is counted)
    counts = [i for i in extract(text + " Release after five consecutive lots pass.").indicators
              if i.normalized.dimension == "number"]
    assert [i.value for i in counts] == [5.0]


def test_a_run_in_a_row_pairs_across_the_languages() -> None:
    result = compare_clauses("规则1：连续8个读数落在均值同侧。", "Rule 1: eight readings in a row on one side of the mean.")
    assert [(p.domestic.value, p.international.value, str(p.verdict)) for p in result.pairs] == [(8.0, 8.0, "consistent")]
