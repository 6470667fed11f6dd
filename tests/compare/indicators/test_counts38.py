"""Counts of the thirty-eighth round (fixcount38). Sentences written for these tests; no encoder."""

from __future__ import annotations

import pytest

from compare.indicators.extract import extract
from compare.indicators.one_of_them import one_of_them


def _values(text: str) -> list[tuple[float | None, str]]:
    return [(i.value, i.unit) for i in extract(text).indicators]


# ------------------------------------------------------------------ '一个…，另一个…': one of them, no count of one

@pytest.mark.parametrize("text", [
    "夹具由两块压板构成：一个是带凹槽的钢板，另一个是平整的铜板。",
    "每组准备两个容器，一个是装蒸馏水的烧杯，另一个是装试验溶液的烧杯。",
    "检查时从一个端子测量到另一个端子。",
])
def test_one_of_them_counts_nothing(text: str) -> None:
    assert (1.0, "") not in _values(text) and (1.0, "个") not in _values(text)


def test_the_values_beside_them_are_still_read() -> None:
    found = _values("试验用两个圆盘，一个厚度为2 mm，另一个厚度为5 mm。")
    assert (2.0, "mm") in found and (5.0, "mm") in found
    assert all(value != 1.0 for value, _ in found)


def test_a_count_of_one_is_still_a_count() -> None:
    # (no '另一个' in the sentence: '至少一个' counts)
    assert one_of_them("每批至少抽取一个样品。", 6) is False
    assert (1.0, "个") in _values("每批至少应抽取一个样品。")


def test_where_the_rule_looks() -> None:
    text = "两个电极：一个接地，另一个接电源。"
    assert one_of_them(text, text.index("一个接地"))
    assert one_of_them(text, text.index("一个接电源"))
    assert not one_of_them("一个接地。另一个接电源。", 0)  # (the other one is named in the next sentence only)


# ------------------------------------------------------------------ lots counted: '5批', 'reaches five'

def test_lots_are_counted() -> None:
    # (批, the lots of a sampling scheme, counts as 个 and 件 do: no unit of its own, the number a count)
    found = extract("在放宽检验中，若被拒收的批数累计达到3批，应恢复正常检验。").indicators
    assert [(i.value, i.normalized.dimension) for i in found] == [(3.0, "number")]


@pytest.mark.parametrize("text", ["该批产品的批号为2023。", "产品经批准后方可出厂。"])
def test_a_batch_number_is_no_count(text: str) -> None:
    assert all(i.unit != "批" for i in extract(text).indicators)


def test_the_count_a_total_reaches_in_words() -> None:
    found = extract("If the total number of rejected lots reaches three, inspection shall revert to normal.").indicators
    assert [(i.value, i.normalized.dimension) for i in found] == [(3.0, "number")]


def test_lots_pair_across_languages() -> None:
    from compare.core.vocabulary import Verdict
    from compare.indicators.verdicts import compare_clauses
    result = compare_clauses("在放宽检验中，若被拒收的批数累计达到3批，应恢复正常检验。",
                             "If the total number of rejected lots reaches three, inspection shall revert to normal.")
    assert [(p.verdict, p.domestic.value, p.international.value) for p in result.pairs] == [
        (Verdict.CONSISTENT, 3.0, 3.0)]


# ------------------------------------------------------------------ rounds counted: '采用16轮', 'uses 16 rounds'

def test_a_count_after_caiyong_is_no_clause_reference() -> None:
    # ('采用' before a bare number refers to a clause, '采用5.2'; a counter after the number makes it a count)
    found = extract("该分组密码算法采用16轮迭代运算。").indicators
    assert [(i.value, i.normalized.dimension) for i in found] == [(16.0, "number")]
    assert extract("检验方法采用5.2规定的方法。").indicators == ()


def test_rounds_of_an_algorithm_pair() -> None:
    from compare.core.vocabulary import Verdict
    from compare.indicators.verdicts import compare_clauses
    result = compare_clauses("该分组密码算法采用16轮迭代运算。", "The block cipher uses 16 rounds of iteration.")
    assert [(p.verdict, p.domestic.value, p.international.value) for p in result.pairs] == [
        (Verdict.CONSISTENT, 16.0, 16.0)]


@pytest.mark.parametrize("text", ["车辆应装有4个轮胎。", "Openings: square ≥ 15, round ≥ 5."])
def test_wheels_and_round_shapes_are_no_rounds(text: str) -> None:
    assert all(i.unit not in ("轮", "round", "rounds") for i in extract(text).indicators)


# ------------------------------------------------------------------ a count for each polarity

def _named(text: str) -> list[tuple[str, str, float]]:
    return [(i.parameter, i.comparator, i.value) for i in extract(text).indicators]


def test_each_polarity_in_chinese_is_two_counts() -> None:
    found = _named("对每条线路施加正、负极性的脉冲群各3次。")
    assert [(kind, value) for _, kind, value in found] == [("equal", 3.0), ("equal", 3.0)]
    assert found[0][0].endswith("正极性") and found[1][0].endswith("负极性")


def test_each_polarity_in_english_words_is_two_counts() -> None:
    found = _named("The number of bursts shall be three positive and three negative on each line.")
    assert [(name.split()[-1], kind, value) for name, kind, value in found] == [
        ("positive", "equal", 3.0), ("negative", "equal", 3.0)]


def test_each_polarity_in_digits_with_a_bound() -> None:
    text = "Apply at least 20 positive and 10 negative discharges to each point."
    found = _named(text)
    assert [(name.split()[-1], kind, value) for name, kind, value in found] == [
        ("positive", "min", 20.0), ("negative", "min", 10.0)]
    assert extract(text).unread == ()


def test_polarity_counts_pair_across_languages() -> None:
    from compare.core.vocabulary import Verdict
    from compare.indicators.verdicts import compare_clauses
    result = compare_clauses("对每条线路施加正、负极性的脉冲群各3次。",
                             "The number of bursts shall be three positive and three negative on each line.")
    assert [(p.verdict, p.domestic.value, p.international.value) for p in result.pairs] == [
        (Verdict.CONSISTENT, 3.0, 3.0), (Verdict.CONSISTENT, 3.0, 3.0)]


def test_positive_and_negative_terminals_are_no_counts() -> None:
    assert _named("Connect the positive and negative terminals with a resistance of 80 mΩ.") == [
        (p, k, v) for p, k, v in _named("Connect the positive and negative terminals with a resistance of 80 mΩ.")
        if v == 80.0]
