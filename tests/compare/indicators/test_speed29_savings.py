"""Speed29's exact savings: the same readings, less work (docs/indicators.md, 'Twenty-ninth round: extraction speed')."""

from __future__ import annotations

import itertools

import pytest

import compare.indicators.extract as extract_module
import compare.indicators.units as units_module
from compare.indicators.phrases import clean_parameter
from compare.terms.termbase import load_termbase

_UNITS = ["mg/kg", "mg/L", "μg/kg", "°C", "℃", "K", "mm", "mm2", "mm²", "m/s", "kPa", "MPa", "N", "kN", "J", "kJ/kg",
          "V", "kV", "A", "mA", "W", "kW", "Hz", "kHz", "ohm", "MΩ", "Ω/km", "s", "min", "h", "d", "%", "ppm", "g/m2",
          "L/min", "mL", "Bq/kg", "mSv", "CFU/g", "NTU", "dB", "dB(A)", "dBm", "lx", "cd", "nm", "µm", "kg", "t",
          "mmol/L", "mg/km", "V/m", "W/kg", "bit/s", "°", "zorks", "", "× In"]


def test_the_first_conversion_of_each_unit_reads_as_with_names_parsed_each_time(monkeypatch):
    cached = []
    for unit in _UNITS:
        cached.append(units_module._conversion.__wrapped__(unit))
    # the names of `_CANONICAL` and `_LABELS` parsed again at every use, as before the cache
    monkeypatch.setattr(units_module, "_named_units", units_module._named_units.__wrapped__)
    fresh = [units_module._conversion.__wrapped__(unit) for unit in _UNITS]
    assert cached == fresh
    assert sum(c is not None and c.dimension not in ("number",) for c in cached) > 30  # (pint read most of them)


def test_named_units_are_those_the_registry_parses():
    ureg = units_module.registry()
    for name in units_module._CANONICAL + tuple(units_module._LABELS):
        units, dimensionality = units_module._named_units(ureg, name)
        assert units == ureg.parse_units(name)
        assert dimensionality == ureg.Quantity(1, ureg.parse_units(name)).dimensionality
        assert units_module._named_units(ureg, name)[0] is units  # (parsed once)


def test_a_name_pint_cannot_parse_still_raises():
    with pytest.raises(Exception):
        units_module._named_units(units_module.registry(), "no_such_unit_zz")


def _narrower_form_possible(termbase, named: str) -> bool:
    """The condition `_concept` asks of the words around a value, over every concept they could name."""
    return any(around != named and named in termbase.lineage(around) and termbase.form_of(around)
               for around in set(termbase.concepts) | set(termbase.parents))


def test_broader_than_a_form_holds_every_concept_a_form_may_narrow():
    termbase = load_termbase()
    broader = extract_module.broader_than_a_form(termbase)
    assert {"arsenic", "mercury", "chromium"} <= broader
    everything = set(termbase.concepts) | set(termbase.parents) | set(termbase.parents.values())
    for named in everything:
        assert (named in broader) == _narrower_form_possible(termbase, named), named


_WORDS = ["Arsenic", "inorganic arsenic", "无机砷", "总砷", "Mercury", "methylmercury", "甲基汞", "铬", "铬（六价）",
          "Chromium (hexavalent)", "Lead", "铅", "镉", "Cadmium", "aflatoxin B1", "黄曲霉毒素B1", "aflatoxins", "temperature",
          "ambient temperature", "rice", "大米", ""]


def test_concept_reads_the_same_with_and_without_the_guard(monkeypatch):
    termbase = load_termbase()
    triples = [(p, left, after) for p, left, after in itertools.product(_WORDS[:-1], _WORDS, _WORDS)]
    guarded = [extract_module._concept.__wrapped__(termbase, *t) for t in triples]
    everything = frozenset(termbase.concepts) | frozenset(termbase.parents.values())
    monkeypatch.setattr(extract_module, "broader_than_a_form", lambda _: everything)
    unguarded = [extract_module._concept.__wrapped__(termbase, *t) for t in triples]
    assert guarded == unguarded
    assert "inorganic_arsenic" in guarded  # (a narrower form read from the words around still)


_FILLER_CASES = ["the maximum level of lead shall not exceed", "铅的限量应不超过", "content of fat is not less than",
                 "milk solids-not-fat", "class a", "a级", "an amount", "试验应在温度为", "THE VALUE SHALL BE",
                 "İS the value", "ſhall", "苯并[a]芘", "并且", "Class A limits"]


def test_filler_gated_removes_what_the_plain_pattern_removes():
    import re

    from compare.indicators import phrases, quick

    plain = [re.compile(source, flags) for fast, source, flags in quick.REGISTERED if fast is phrases._FILLER]
    assert len(plain) == 1
    for text in _FILLER_CASES:
        assert phrases._FILLER.sub(" ", text) == plain[0].sub(" ", text), text
    assert clean_parameter.__wrapped__("the maximum level of lead shall not exceed") == "lead"  # (the same before the gate)
