"""bench/bench_growth.py's second figure: a first counterpart restating the key's requirement in another document
(`restates`) counts as right there, and only by its written rule."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[3] / "bench" / "bench_growth.py"
spec = importlib.util.spec_from_file_location("bench_growth_rule", SCRIPT)
bg = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = bg  # its dataclasses look their module up
spec.loader.exec_module(bg)


def pair(text, *indicators):
    return {"international": text,
            "indicators": [{"parameter": p, "international": {"comparator": c, "value": v, "unit": u}}
                           for p, c, v, u in indicators]}


KEY = pair("Maximum level of lead in meat of cattle, pigs and sheep: 0.1 mg/kg.", ("lead", "max", 0.1, "mg/kg"))
TWO = pair("Tin: canned foods 250 mg/kg; canned beverages 150 mg/kg.",
           ("tin, canned foods", "max", 250, "mg/kg"), ("tin, canned beverages", "max", 150, "mg/kg"))
RESTATED = "Lead, meat of cattle, pigs and sheep, ML 0.1 mg/kg"
OTHER_FOOD = "Lead in brassica vegetables, ML 0.1 mg/kg"
ONE_ROW = "Tin in canned foods 250 mg/kg"
BOTH_ROWS = "Tin, canned foods (other than beverages) 250 mg/kg; canned beverages 150 mg/kg; both maxima."


@pytest.fixture
def stated(monkeypatch):
    found = {bg._folded(RESTATED): [bg._statement(pair(RESTATED, ("lead", "max", 0.1, "mg/kg")))],
             bg._folded(OTHER_FOOD): [bg._statement(pair(OTHER_FOOD, ("lead", "max", 0.1, "mg/kg")))],
             bg._folded(ONE_ROW): [bg._statement(pair(ONE_ROW, ("tin, canned foods", "max", 250, "mg/kg")))],
             bg._folded(BOTH_ROWS): [bg._statement(pair(BOTH_ROWS, ("tin, canned foods", "max", 250, "mg/kg"),
                                                        ("tin, canned beverages", "max", 150, "mg/kg")))]}
    monkeypatch.setattr(bg, "_statements_by_text", lambda files: found)


def test_one_value_restated_in_much_the_same_words_counts(stated):
    assert bg.restates([bg._statement(KEY)], RESTATED, ("dev",))


def test_one_value_alike_with_other_words_does_not(stated):
    assert not bg.restates([bg._statement(KEY)], OTHER_FOOD, ("dev",))


def test_a_clause_stating_one_row_of_a_two_row_key_does_not(stated):
    assert not bg.restates([bg._statement(TWO)], ONE_ROW, ("dev",))


def test_a_clause_stating_every_row_of_the_key_counts_whatever_its_words(stated):
    assert bg.restates([bg._statement(TWO)], BOTH_ROWS, ("dev",))


def test_text_of_no_indicator_pair_and_a_key_recording_nothing_never_count(stated):
    assert not bg.restates([bg._statement(KEY)], "Populate the structure tree with 0.1 mg/kg.", ("dev",))
    assert not bg.restates([bg._statement(pair(KEY["international"]))], RESTATED, ("dev",))
