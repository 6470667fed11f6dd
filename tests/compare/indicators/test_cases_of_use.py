"""'适用于…的情况' names the cases a method or a formula holds for ('该公式适用于雷诺数2 300≤Re≤4 000的情况'): its bounds
are values, as 'valid for 2 300 ≤ Re ≤ 4 000' is; a sentence saying what a document applies to stays no requirement."""

from __future__ import annotations

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract


def test_the_bounds_of_the_cases_a_method_holds_for_are_values():
    read = extract("该经验公式适用于雷诺数2 300≤Re≤4 000的情况。")
    assert [(i.comparator, i.low, i.high) for i in read.indicators] == [(Comparator.RANGE, 2300.0, 4000.0)]
    read = extract("本方法适用于试样质量为0.5 g～2.0 g的情形。")
    assert [(i.comparator, i.low, i.high, i.unit) for i in read.indicators] == [(Comparator.RANGE, 0.5, 2.0, "g")]
    # the scope of a document stays unread, and so does a case named after another sentence
    # (a count or a length; an electrical quantity a scope bounds is read since the thirty-third round: scope_quantities)
    assert extract("本文件适用于座位数≤16个的客车。").indicators == ()
    # (a rated voltage of a scope is read since the thirty-second round, scope_ratings: another quantity here)
    assert extract("本文件适用于总长度≤12 m的车辆；对于户外使用的情况另行规定。").indicators == ()
