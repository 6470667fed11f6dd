"""Records the reader makes for every clause, made cheaper to build: speed only, never another value.

A frozen dataclass's own __init__ stores each field by `object.__setattr__`, one call a field (the class's
__setattr__ refuses); an Indicator has 22 fields and the reader builds one or two a clause. `stored_at_once` gives
such a class an __init__ that takes the same arguments, with the same defaults, and writes them into the new
instance's __dict__ in one update: the same instance (fields, order, equality, hash, repr), built in half the time.
"""

from __future__ import annotations

import dataclasses


def stored_at_once(cls: type) -> type:
    """`cls`, a frozen dataclass, with an __init__ that stores its fields in one `__dict__.update`. Only for the plain
    case the dataclass's own __init__ does nothing more in: every field in __init__, positional or keyword, with no
    default factory; no __post_init__; no slots (anything else raises TypeError, at the class's making)."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" in cls.__dict__ or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: not a plain frozen dataclass")
    fields = dataclasses.fields(cls)
    if any(not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING for f in fields):
        raise TypeError(f"{cls.__name__}: a field the plain __init__ does not take as it stands")
    names = [f.name for f in fields]
    defaults = {f"_default_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING}
    args = ", ".join(name if f"_default_{name}" not in defaults else f"{name}=_default_{name}" for name in names)
    stores = ", ".join(f"{name}={name}" for name in names)
    source = f"def __init__(self, {args}):\n    self.__dict__.update({stores})\n"
    scope = dict(defaults)
    exec(source, scope)  # noqa: S102 - the source is made above from the class's own field names
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    init.__annotations__ = dict(cls.__init__.__annotations__)
    cls.__init__ = init
    return cls
