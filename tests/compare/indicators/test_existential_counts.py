"""'至少一只…', '至少1根…': that a thing of the kind exists, no minimum of one (existential_counts)."""

from compare.indicators.extract import extract
from compare.indicators.verdicts import compare_clauses


def test_at_least_one_thing_is_no_value_nor_unread():
    found = extract("视力要求：至少一只眼睛（矫正或未矫正）应能在不小于40 cm的距离上读出小号字体。")
    assert [(i.comparator.value, i.value, i.unit) for i in found.indicators] == [("min", 40.0, "cm")]
    assert found.unread == ()
    found = extract("不具有至少1根与外部相连的电缆的设备，不适用本部分。")
    assert found.indicators == () and found.unread == ()


def test_a_count_of_occasions_stays_a_value():
    (once,) = extract("设备应每年至少校准一次。").indicators
    assert once.value == 1.0 and "次" in once.unit


def test_the_pair_no_longer_holds_a_one_sided_minimum_of_one():
    result = compare_clauses("试验后，至少1只试验动物出现红斑，且在14天观察期内未恢复。",
                             "After the test, erythema in at least one test animal that has not reversed within an "
                             "observation period of 14 days.")
    rows = result.to_dict()["indicators"]
    assert [(r["domestic"]["value"], r["verdict"]) for r in rows] == [(14.0, "consistent")]
