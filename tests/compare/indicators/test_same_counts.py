"""Counts and unitless values in running clauses, read alike on both sides (`compare.indicators.same_counts`): a
count one clause reads ('振实60次', 'three horizontal compartments') pairs with the same count the other clause left
unread before the things it counts ('with 60 jolts', '由三个水平的模槽组成'); '取' before a bare number that ends its
clause states the value taken ('幂律指数α取0.2。'). Sentences written for these tests; no encoder."""

from __future__ import annotations

import pytest

from compare.core.vocabulary import Verdict
from compare.indicators.extract import extract
from compare.indicators.guided import unread_counts, unread_numbers
from compare.indicators.same_counts import counted_after, same_count, taken_as_values
from compare.indicators.verdicts import compare_clauses


@pytest.mark.parametrize("after, thing", [
    (" jolts.", "jolts"), (" horizontal compartments so that", "compartments"), ("个水平的模槽组成", "个"),
    ("次。", "次"), (" sizes); there", "sizes"), ("种；长方形", "种"), (" further strokes", "strokes"),
])
def test_the_things_a_number_counts(after: str, thing: str) -> None:
    assert counted_after(after) == thing


@pytest.mark.parametrize("after", [" seconds", " mm", " to 5 jolts", " of the specimens", " times rated voltage",
                                   "次方根", "次谐波", " hours.", " kg", ""])
def test_no_things_counted(after: str) -> None:
    assert counted_after(after) == ""


def _pairs(domestic: str, international: str):
    return compare_clauses(domestic, international).pairs


# (the English clause reads a mass, and leaves the count of jolts unread on its own)
_JOLTS = "Put about 300 g of mortar into each compartment. Then compact the layer with {} jolts."
_MOULD = "The mould shall consist of {0} horizontal compartments so that {0} prismatic specimens 40 mm in cross-section " \
         "can be prepared."


@pytest.mark.parametrize("domestic, international, value", [
    ("每个槽里约放300 g胶砂，接着振实60次。", _JOLTS.format(60), 60.0),
    ("每个槽里约放300 g胶砂，接着振实45次。", _JOLTS.format(45), 45.0),
    ("试模由三个水平的模槽组成，可同时成型三条截面为40 mm的棱形试体。", _MOULD.format("three"), 3.0),
])
def test_the_same_count_pairs_across_the_clauses(domestic: str, international: str, value: float) -> None:
    pairs = [p for p in _pairs(domestic, international) if p.domestic is not None and p.international is not None
             and p.domestic.value == value]
    assert pairs, _pairs(domestic, international)
    assert pairs[0].international.value == value
    assert pairs[0].verdict == Verdict.CONSISTENT


@pytest.mark.parametrize("domestic, international, value", [
    ("每个槽里约放300 g胶砂，接着振实60次。", _JOLTS.format(45), 60.0),
    ("试模由三个水平的模槽组成，可同时成型三条截面为40 mm的棱形试体。", _MOULD.format("four"), 4.0),
])
def test_another_count_is_not_taken(domestic: str, international: str, value: float) -> None:
    # (60 against 45, three against four: not the same count; the reading stays one-sided)
    pairs = _pairs(domestic, international)
    assert not any(p.domestic is not None and p.international is not None and value in (
        p.domestic.value, p.international.value) for p in pairs)


def test_a_quantity_is_no_count() -> None:
    # ('60 seconds' is a time, not things counted: never the partner of a count of 60)
    domestic = extract("接着振实60次。").indicators[0]
    numbers = unread_numbers(extract("Wait for 60 seconds, then compact it."))
    assert not any(same_count(domestic, n) for n in numbers)


def test_one_thing_is_no_count() -> None:
    domestic = extract("接着振实1次。")
    numbers = unread_numbers(extract("compact it with 1 jolt and 1 stroke."))
    assert not any(same_count(ind, n) for ind in domestic.indicators for n in numbers)


def test_counts_in_words_left_unread() -> None:
    found = unread_counts(extract("试模由三个水平的模槽组成。"))
    assert [(n.value, n.written, n.unit) for n in found] == [(3.0, "三", "")]
    assert unread_counts(extract("试模由3个水平的模槽组成。")) == []  # (digits: `unread_numbers`'s)


@pytest.mark.parametrize("text, value", [
    ("正常风廓线按幂律计算，幂律指数α取0.2。", 0.2),
    ("如果去除因子未经测定，取0.1。", 0.1),
    ("安全系数取1.5；", 1.5),
])
def test_a_value_taken(text: str, value: float) -> None:
    assert "取" not in taken_as_values(text)
    assert len(taken_as_values(text)) == len(text)
    readings = extract(text).indicators
    assert [(r.value, r.unit) for r in readings] == [(value, "")]


@pytest.mark.parametrize("text", ["用吸管吸取0.1。", "取10 mL试液。", "取2次测定的平均值。", "取1～2接种环。", "提取3。"])
def test_no_value_taken(text: str) -> None:
    assert taken_as_values(text) == text


def test_a_value_taken_pairs_with_its_counterpart() -> None:
    pairs = _pairs("幂律指数α取0.2。", "The power law exponent α is assumed to be 0,2.")
    assert any(p.verdict == Verdict.CONSISTENT and p.domestic.value == 0.2 and p.international.value == 0.2
               for p in pairs)


def test_a_count_inside_a_readings_words() -> None:
    # ('14 threads per 25,4 mm': the reading of 25,4 mm spans the words before it, the 14 is unread there)
    pairs = _pairs("尺寸代号5/8：每25.4 mm内的牙数14，螺距1.814 mm。", "Size 5/8: 14 threads per 25,4 mm, pitch 1,814 mm.")
    assert any(p.verdict == Verdict.CONSISTENT and p.domestic.value == 14 and p.international.value == 14
               for p in pairs)


def test_counts_offered_only_once() -> None:
    # (a count `unread_numbers` offers is not offered again: digits outside every reading's words)
    extraction = extract("Put about 300 g of mortar into each compartment. Then compact the layer with 60 jolts.")
    assert [n.value for n in unread_numbers(extraction)] == [60.0]
    assert unread_counts(extraction) == []
