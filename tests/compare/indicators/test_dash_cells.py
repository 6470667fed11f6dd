"""An item of a row given a dash for its value (a limit the table does not set) closes there: the next value is named
by the words after the dash alone. Texts written for these tests."""

from __future__ import annotations

from compare.indicators.extract import extract
from compare.indicators.verdicts import compare_clauses


def names(text):
    return [(x.parameter, x.value) for x in extract(text).indicators]


def test_a_dash_cell_is_no_part_of_the_next_name():
    assert names("Class P3 roads: average illuminance 7.5 lx, minimum illuminance —, colour rendering 60.")[-1] \
        == ("colour rendering", 60.0)
    assert names("检测项目：铅 ≤ 0.1 mg/kg，甲醛 —，苯 ≤ 0.05 mg/kg。")[-1] == ("苯", 0.05)


def test_the_value_after_a_dash_cell_pairs_by_its_own_name():
    # The glare limit the domestic row leaves unset is missing there; the colour rendering pairs with its namesake.
    result = compare_clauses("阅览室：照度 300 lx，UGR 19，Ra 80。库房：照度 50 lx，UGR —，Ra 60。",
                             "Reading rooms: Em 500 lx, UGRL 19, Ra 80. Stores: Em 100 lx, UGRL 25, Ra 60.")
    by_value = {(p.domestic and p.domestic.value, p.international and p.international.value): p.verdict
                for p in result.pairs}
    assert by_value[(60.0, 60.0)] == "consistent"
    assert (None, 25.0) in by_value


def test_a_range_or_a_hyphenated_word_is_no_dash_cell():
    from compare.indicators.extract import dash_cell_end

    assert dash_cell_end("温度 10-，") == 0
    assert dash_cell_end("UGR —，Ra") == len("UGR —，")
    assert dash_cell_end("non-metallic parts") == 0
