"""speed30's savings read exactly as before: records built with one store, a cache on `caseless`."""

from __future__ import annotations

import dataclasses
import inspect
import pickle

import pytest

from compare.indicators import quick
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
