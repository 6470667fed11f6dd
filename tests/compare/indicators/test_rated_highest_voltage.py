"""A bound word that is part of a quantity's name: the highest voltage for equipment (Um, '设备最高电压') is a rating
the equipment is designed for, not a maximum on the value given. Sentences written for these tests (switchgear,
cable accessories, instrument transformers)."""

from __future__ import annotations

import pytest

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import RATINGS_BY_NATURE, compare_clauses
from compare.terms.termbase import load_termbase


def readings(text):
    return [(i.parameter, i.comparator, i.value) for i in extract_indicators(text)]


@pytest.mark.parametrize("text, value", [
    ("金属封闭开关设备的设备最高电压为40.5 kV。", 40.5),
    ("电缆附件：设备最高电压 24 kV。", 24.0),
    ("Cable terminations: maximum voltage for equipment 52 kV.", 52.0),
])
def test_the_rated_highest_voltage_is_no_maximum(text, value):
    (reading,) = readings(text)
    assert reading[1:] == (Comparator.EQUAL, value)


def test_the_bound_word_stays_in_the_name():
    (reading,) = readings("互感器的设备最高电压为126 kV。")
    assert "设备最高电压" in reading[0]


@pytest.mark.parametrize("text", [
    "液压软管的最高工作压力为16 MPa。",
    "设备表面最高温度为60 ℃。",
    "The maximum system voltage of the module is 1 500 V.",
    "The maximum voltage across the capacitor is 400 V.",
])
def test_other_highest_values_stay_maxima(text):
    assert readings(text)[-1][1] == Comparator.MAX


def test_two_ratings_apart_are_different_not_looser():
    comparison = compare_clauses(
        "互感器：系统标称电压35 kV，设备最高电压40.5 kV。",
        "Instrument transformers: nominal system voltage 35 kV, highest voltage for equipment 36 kV.")
    verdicts = {p.domestic.value: p.verdict for p in comparison.pairs if p.domestic is not None}
    assert verdicts[40.5] == Verdict.DIFFERENT


@pytest.mark.parametrize("name", ["设备最高电压", "highest voltage for equipment", "maximum voltage for the equipment"])
def test_the_termbase_names_the_rating(name):
    # The rating is the termbase's knowledge, a voltage like the others, so it pairs with a voltage on the other side.
    termbase = load_termbase()
    concept = termbase.concept_of(name)
    assert concept in RATINGS_BY_NATURE
    assert "voltage" in termbase.lineage(concept)


def test_a_rating_with_a_qualifier_after_its_name_is_still_a_rating():
    # The rating is asked of the indicator's concept, not of a pattern in the name's last part: a qualifier after the
    # name ('，户内', ', indoor') no longer hides it.
    comparison = compare_clauses("套管：设备最高电压，户内 24 kV。", "Bushings: highest voltage for equipment, indoor 36 kV.")
    verdicts = {p.domestic.value: p.verdict for p in comparison.pairs if p.domestic is not None}
    assert verdicts[24.0] == Verdict.DIFFERENT
