"""speed30's savings read exactly as before: records built with one store, a cache on `caseless`."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
import re

import pytest

from compare.indicators import quick
from compare.indicators.clausetext import fold
from compare.indicators.extract import Condition, Extraction, Indicator, extract
from compare.indicators.records import stored_at_once
from compare.indicators.units import normalise


def _record(name: str) -> type:
    """A frozen dataclass of positional fields and defaults, one of them left out of comparison."""
    cls = dataclasses.make_dataclass(name, [("a", int), ("b", str), ("c", tuple, dataclasses.field(default=())),
                                            ("d", float | None, dataclasses.field(default=None, compare=False)),
                                            ("e", bool, dataclasses.field(default=True))], frozen=True)
    cls.__module__ = __name__  # (found again by pickle)
    return cls


_Plain = _record("_Plain")
_Stored = stored_at_once(_record("_Stored"))


def _as_plain(stored: _Stored) -> _Plain:
    return _Plain(**stored.__dict__)


@pytest.mark.parametrize("args, kwargs", [((1, "x"), {}), ((1,), {"b": "y", "e": False}), ((), {"b": "z", "a": 3, "d": 2.5}),
                                          ((4, "w", (1, 2), 0.5, False), {})])
def test_stored_at_once_builds_what_the_dataclass_builds(args, kwargs):
    plain, stored = _Plain(*args, **kwargs), _Stored(*args, **kwargs)
    assert dataclasses.astuple(plain) == dataclasses.astuple(stored)
    assert list(plain.__dict__.items()) == list(stored.__dict__.items())  # (the same fields, in the same order)
    assert repr(plain).replace("_Plain", "_Stored") == repr(stored)
    assert hash(plain) == hash(_as_plain(stored)) and stored == _Stored(*args, **kwargs)
    assert hash(stored) == hash(_Stored(*args, **kwargs))
    assert pickle.loads(pickle.dumps(stored)) == stored
    assert dataclasses.replace(stored, a=9) == _Stored(9, *dataclasses.astuple(stored)[1:])


def test_stored_at_once_keeps_the_signature_and_the_errors():
    assert str(inspect.signature(_Plain)) == str(inspect.signature(_Stored))
    with pytest.raises(TypeError):
        _Stored(1)  # (b is required)
    with pytest.raises(TypeError):
        _Stored(1, "x", f=2)  # (no such field)
    with pytest.raises(TypeError):
        _Stored(1, "x", (), None, True, 6)  # (too many)
    with pytest.raises(dataclasses.FrozenInstanceError):
        _Stored(1, "x").a = 2  # (still frozen)


def test_stored_at_once_refuses_what_it_does_not_build_alike():
    @dataclasses.dataclass
    class NotFrozen:
        a: int

    @dataclasses.dataclass(frozen=True)
    class Factory:
        a: list = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(frozen=True)
    class PostInit:
        a: int

        def __post_init__(self):
            pass

    @dataclasses.dataclass(frozen=True)
    class NoInitField:
        a: int
        b: int = dataclasses.field(default=0, init=False)

    @dataclasses.dataclass(frozen=True, slots=True)
    class Slotted:
        a: int

    for cls in (NotFrozen, Factory, PostInit, NoInitField, Slotted, int):
        with pytest.raises(TypeError):
            stored_at_once(cls)


@pytest.mark.parametrize("cls", [Indicator, Condition, Extraction])
def test_the_readers_records_take_their_fields_as_the_dataclass_does(cls):
    """Each record's __init__ takes every field, in order, with the field's own default."""
    parameters = list(inspect.signature(cls).parameters.values())
    fields = dataclasses.fields(cls)
    assert [p.name for p in parameters] == [f.name for f in fields]
    for p, f in zip(parameters, fields):
        assert (p.default is inspect.Parameter.empty) == (f.default is dataclasses.MISSING)
        if f.default is not dataclasses.MISSING:
            assert p.default is f.default


def test_an_indicator_built_either_way_is_the_same():
    norm = normalise(0.2, "mg/kg")
    values = dict(parameter="铅", comparator="max", value=0.2, unit="mg/kg", span=(0, 12), text="铅≤0.2 mg/kg",
                  normalized=norm, basis="as Pb", concept="lead", confidence=0.9)
    built = Indicator(**values)
    plain = dataclasses.make_dataclass("Plain", [(f.name, f.type, f) for f in dataclasses.fields(Indicator)],
                                       frozen=True)(**values)
    assert list(built.__dict__.items()) == list(plain.__dict__.items())
    ind = extract("铅（以Pb计）≤0.2 mg/kg").indicators[0]
    assert ind == dataclasses.replace(ind) and hash(ind) == hash(dataclasses.replace(ind))
    assert ind.value == 0.2 and ind.comparator == "max"


@pytest.mark.parametrize("text", ["Maximum Level", "İSTANBUL ſoft ıi", "铅含量 Max", "", "ABC", "ＡＢＣ mg", "K K"])
def test_caseless_cached_answers_as_computed(text):
    computed = quick.caseless.__wrapped__(text)
    assert quick.caseless(text) == computed and quick.caseless(text) == computed  # (a miss, then a hit)
    expected = text.lower() if text.isascii() else text.replace("İ", "i").lower().replace("ſ", "s").replace("ı", "i")
    assert computed == expected


# _VALUE's look-aheads, as they were written before they scanned possessively.
_PLAIN_GATES = {"_NEEDS_PLUS_MINUS": r"(?=[^±]*±)", "_NEEDS_TWO_BOUNDS": r"(?=[^<≤>≥]*[<≤>≥][^<≤>≥]*[<≤>≥])",
                "_NEEDS_RANGE_WORD": r"(?=[^~\-至到t]*[~\-至到t])"}
_GATE_TEXTS = ["", "±", "a ± b", "5 < x ≤ 9", "≥", "x>y", "<", "1 to 2", "t", "至", "5~6", "no sign here at all",
               "2000 ≥ C > 300 and ± 2", "tolerance ±0,5 mm; 3 mm < t ≤ 40 mm", "≤≤", "a≥b≥", "—", "到-"]


def _project_texts() -> list[str]:
    import json
    from pathlib import Path

    data = Path(__file__).resolve().parents[3] / "data" / "indicator_eval"
    texts = []
    for name in ("dev.jsonl", "dev25.jsonl"):
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                texts += [case["domestic"], case["international"]]
    return texts


@pytest.mark.parametrize("name", sorted(_PLAIN_GATES))
def test_each_possessive_look_ahead_passes_where_the_plain_one_does(name):
    from compare.indicators import extract as reader

    quick_gate, plain_gate = re.compile(getattr(reader, name)), re.compile(_PLAIN_GATES[name])
    assert getattr(reader, name) != _PLAIN_GATES[name]  # (the possessive form is the one read)
    for text in _GATE_TEXTS + _project_texts():
        for at in range(len(text) + 1):
            assert bool(quick_gate.match(text, at)) == bool(plain_gate.match(text, at)), (name, text, at)


def test_the_value_pattern_reads_as_with_the_plain_look_aheads():
    from compare.indicators import extract as reader

    plain = reader._VALUE.pattern
    for name, gate in _PLAIN_GATES.items():
        assert getattr(reader, name) in plain
        plain = plain.replace(getattr(reader, name), gate)
    plain = re.compile(plain)
    for text in _GATE_TEXTS + _project_texts():
        folded = fold(text)[0]
        assert [(m.span(), m.groupdict()) for m in reader._VALUE.finditer(folded)] == \
            [(m.span(), m.groupdict()) for m in plain.finditer(folded)], folded


def test_the_digits_hint_of_non_values_finds_what_it_found_before():
    from compare.indicators import clausetext

    plain = re.compile(r"\d{4}[-/.]|\d\.\d+\.\d")
    texts = _GATE_TEXTS + _project_texts() + ["GB 2763-2021", "2021/3", "5.2.1", "1.2.", "12345.6", "a 1999.", "3.14",
                                              "第5.3.2条", "１２３４-5", "1.2.3.4", "0.5 mg", "2.0.", ".1.2"]
    for text in texts:
        for at in range(len(text) + 1):
            quick_hit, plain_hit = clausetext._NOT_VALUE_DIGITS.search(text, at), plain.search(text, at)
            assert (quick_hit and quick_hit.span()) == (plain_hit and plain_hit.span()), (text, at)
