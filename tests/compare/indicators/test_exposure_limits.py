"""Occupational exposure limits as the two kinds of text write them: the period a concentration is averaged over
named by words ('PC-TWA', 'PC-STEL', 'MAC') or by a duration heading the value ('8 hours: 1 mg/m³', 'short-term
(15 min): 1,5 mg/m³'), and the dust fraction a limit is on ('总尘', 'inhalable fraction'):
each is the basis of a limit, never a value of its own."""

from __future__ import annotations

import re

from compare.core.vocabulary import Verdict
from compare.indicators.constructions import averaging_periods, period_keys
from compare.indicators.extract import extract
from compare.indicators.phrases import BEFORE, basis_in, bound_words, state_before, states_named, unit_of_hidden_number
from compare.indicators.verdicts import compare_clauses


def _read(text):
    return [(i.value, i.unit) for i in extract(text).indicators]


def test_a_duration_heading_a_concentration_is_its_averaging_period():
    for text, period in [("Toluene: 8 hours 192 mg/m³ (50 ppm)", "8 hours"),
                         ("Ammonia — 8 hours: 14 mg/m³ — Short-term: 36 mg/m³", "8 hours"),
                         ("Chlorine — Short-term (15 min): 1,5 mg/m³", "15 min"),
                         ("Hydrogen chloride — CAS 7647-01-0 — 8 hours: 8 mg/m³, 5 ppm", "8 hours"),
                         ("asbestos, 8 h: 0,1 f/cm³", "8 h"),
                         ("carbon monoxide 8 hours 20 ppm", "8 hours")]:
        assert [text[a:b] for a, b in averaging_periods(text)] == [period], text
    # a duration that is a value of its own: a test time, a time after which something is measured
    for text in ("Heat for 8 hours at 100 °C.", "dioxins, average over a sampling period of 6 to 8 hours: 0,1 ng/m³",
                 "After 24 h, the mass shall not exceed 5 mg.", "加热2 h，称量10 mg"):
        assert averaging_periods(text) == [], text
    assert period_keys("Toluene: 8 hours") == {"period 8h"}


def test_the_period_is_no_value_and_the_minutes_of_a_hidden_period_are_no_minimum():
    assert _read("Xylene: 8 hours 221 mg/m³; short-term 442 mg/m³.") == [(221.0, "mg/m³"), (442.0, "mg/m³")]
    short = extract("Chlorine — Short-term (15 min): 1,5 mg/m³.").indicators
    assert [(i.value, i.unit, i.comparator) for i in short] == [(1.5, "mg/m³", "equal")]
    # 'min' after a hidden number is its unit; after a unit's power or a symbol's subscript it stays a bound
    left = "Short-term (¹⁵ min"
    assert [unit_of_hidden_number(w, left) for w in BEFORE.finditer(left)] == [True]
    assert bound_words(left) == ()
    for text in ("conductor 2,5 mm² min", "yield strength Rt⁰,⁵ min"):
        assert [unit_of_hidden_number(w, text) for w in BEFORE.finditer(text)] == [False], text
    assert [(i.value, i.comparator) for i in extract("yield strength Rt0,5 min. 360 MPa").indicators] == [(360.0, "min")]


def test_dust_fractions_are_bases_and_hold_from_where_they_are_named():
    assert basis_in("木粉尘 PC-TWA：总尘") == "total dust"
    assert basis_in("呼尘") == basis_in("respirable dust") == "respirable fraction"
    assert basis_in("dusts: 8 hours 2 mg/m³ (inhalable fraction)") == "inhalable fraction"
    # 'total dust' in English names a pollutant of an emission (particulate matter), no fraction of it
    assert basis_in("total dust 10 mg/Nm³") is None
    text = "矽尘 PC-TWA：总尘 含游离SiO2粉尘 1 mg/m³；粉尘 0.7 mg/m³。呼尘 含游离SiO2粉尘 0.3 mg/m³；粉尘 0.2 mg/m³。"
    states = states_named(text)
    assert [name for _, name in states] == ["total dust", "respirable fraction"]
    assert state_before(states, text.index("0.7")) == "total dust" and state_before(states, 0) is None
    assert state_before(states, text.index("0.2")) == "respirable fraction"
    read = [(i.value, i.basis) for i in extract(text).indicators]
    assert read == [(1.0, "total dust"), (0.7, "total dust"), (0.3, "respirable fraction"), (0.2, "respirable fraction")]


def test_exposure_limits_pair_by_period_and_dust_fraction():
    pairs = compare_clauses("二氧化氮：PC-TWA 5 mg/m³；PC-STEL 10 mg/m³。",
                            "Nitrogen dioxide — CAS 10102-44-0 — 8 hours: 0,96 mg/m³ — Short-term: 1,91 mg/m³.").pairs
    assert {(p.domestic.value, p.international.value, p.verdict) for p in pairs} == {
        (5.0, 0.96, Verdict.LOOSER), (10.0, 1.91, Verdict.LOOSER)}
    ceiling = compare_clauses("氯化氢：MAC 7.5 mg/m³。", "Hydrogen chloride: 8 hours 8 mg/m³; short-term 15 mg/m³.").pairs
    paired = [p for p in ceiling if p.domestic and p.international]
    assert [(p.domestic.value, p.international.value, p.verdict) for p in paired] == [(7.5, 15.0, Verdict.DIFFERENT)]
    dust = compare_clauses("木粉尘 PC-TWA：总尘 3 mg/m³。", "Hardwood dusts: limit value 8 hours 2 mg/m³ (inhalable fraction).")
    assert [(p.verdict, bool(re.search("basis", p.reason))) for p in dust.pairs] == [(Verdict.DIFFERENT, True)]
