"""Issue 12, failure class 'one limit with several conditions': points of one quantity that cannot all hold at once
(several test temperatures after one limit; a rating before each of two limits; a measuring time after each of two
limits) are each one limit's own, not conditions of every limit in the sentence."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.constructions import alternative_points
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses


def _kept(readings):
    return [[sorted(r) for r in per_limit] for per_limit in readings]


def test_one_limit_with_points_after_it_is_read_once_per_point():
    assert _kept(alternative_points([0], [(10, "T"), (20, "T"), (30, "T")])) == [[[0], [1], [2]]]


def test_points_before_a_single_limit_are_steps_of_one_test_and_all_stay():
    assert _kept(alternative_points([50], [(10, "T"), (20, "T")])) == [[[0, 1]]]


def test_as_many_points_as_limits_interleaved_go_in_order():
    # limit, point, limit, point: the first point after the first limit is still the first limit's
    assert _kept(alternative_points([0, 50], [(40, "t"), (90, "t")])) == [[[0]], [[1]]]
    # point, limit, point, limit
    assert _kept(alternative_points([10, 30], [(5, "P"), (20, "P")])) == [[[0]], [[1]]]


def test_uneven_counts_keep_the_last_point_before_each_limit():
    assert _kept(alternative_points([10, 30, 50], [(5, "P"), (20, "P")])) == [[[0]], [[1]], [[1]]]


def test_points_standing_together_or_of_other_quantities_qualify_every_limit():
    assert _kept(alternative_points([10, 30], [(5, "P"), (6, "P")])) == [[[0, 1]], [[0, 1]]]
    assert _kept(alternative_points([10, 30], [(5, "P"), (20, "T")])) == [[[0, 1]], [[0, 1]]]


def _conditions(text):
    return [(i.value, [c.text for c in i.conditions]) for i in extract_indicators(text)]


def test_a_limit_required_at_three_temperatures_is_three_limits():
    found = _conditions("Notched bar energy 40 J minimum at 0 °C for grade A, at −20 °C for grade B and at −40 °C "
                        "for grade C.")
    assert found == [(40.0, ["0 °C"]), (40.0, ["−20 °C"]), (40.0, ["−40 °C"])]


def test_each_rating_goes_with_the_efficiency_after_it():
    found = _conditions("6极电动机：额定功率30 kW时效率为92.9 %，37 kW时为93.3 %。")
    assert found == [(92.9, ["30 kW"]), (93.3, ["37 kW"])]


def test_each_measuring_time_goes_with_the_limit_before_it_and_the_pairs_agree():
    english = "2 W is the limit for class A (measured after 10 s) and 8 W is the limit for class B (measured after 60 s)."
    assert _conditions(english) == [(2.0, ["10 s"]), (8.0, ["60 s"])]
    chinese = "A类：在10 s后测得的功率不超过2 W；B类：在60 s内测得的功率不超过8 W。"
    result = compare_clauses(chinese, english)
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT, Verdict.CONSISTENT]


def test_points_written_as_one_list_after_a_limit_stay_together():
    # 'at 50 °C and pH 4, 7 and 9': the quantity named once, its points joined by commas and 'and' alone
    assert _kept(alternative_points([0], [(10, "n"), (20, "n"), (30, "n")], frozenset({0, 1}))) == [[[0, 1, 2]]]
    # a point joined to a point of another quantity is no list of this one
    assert _kept(alternative_points([0], [(10, "t"), (20, "p"), (30, "t")], frozenset({0}))) == [[[0, 1], [1, 2]]]


def test_a_list_of_points_reads_alike_before_and_after_the_limit():
    english = _conditions("The hydrolysis test is carried out at 25 ± 1 °C and pH 4.0, 7.0 and 9.0, in the dark. The "
                          "recovery shall be at least 90 %.")
    chinese = _conditions("水解试验在pH 4.0、7.0和9.0的缓冲溶液中，于(25±1)℃下避光进行。回收率应不低于90 %。")
    assert english[0] == chinese[0] == (25.0, ["4.0", "7.0", "9.0"])
