"""'once' and 'twice' after a word of bound count times (nineteenth round): 'stirring at least once', 'not more than
once per hour', as '至少搅拌一次' and '每秒不超过一次' do in Chinese; 'twice the rated voltage' stays a multiple."""

from compare.indicators.verdicts import compare_clauses
from tests.compare.indicators.readings import read as _read


def test_once_and_twice_after_a_bound_are_counts_of_times():
    assert _read("Stir the dough at least twice during proofing.") == [("min", 2.0, "times")]
    assert ("max", 1.0, "times per hour") in _read("The hatch shall be opened not more than once per hour.")
    # with no bound, 'once' is a word; 'twice the' a multiple
    assert _read("Once the test is complete, cool to 25 °C.") == [("equal", 25.0, "°C")]
    assert [(v, u) for _, v, u in _read("The voltage is twice the rated voltage.")] == [(2.0, "× rated voltage")]


def test_once_in_english_meets_yici_in_chinese():
    result = compare_clauses("浸泡期间至少翻动一次。", "Turn the specimens at least once during soaking.")
    pairs = [(p.domestic.value, p.international.value, str(p.verdict)) for p in result.pairs]
    assert pairs == [(1.0, 1.0, "consistent")]
