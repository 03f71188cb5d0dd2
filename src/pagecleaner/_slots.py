"""A quicker ``__init__`` for the frozen slotted dataclasses the pipeline builds by the thousand.

A frozen dataclass's ``__init__`` stores each field with ``object.__setattr__(self, name, value)``,
the generic path that looks the name up on the class on every store. :func:`quick_init` gives the
class an ``__init__`` that calls each field's slot descriptor directly (``Block.text.__set__``):
the same stores into the same slots, in the same order, with the same parameters, defaults and
default factories, so every object built is the one the dataclass would build (equality,
hashing, ``replace``, pickling and the frozen check are untouched). It is about half the cost
(a page of text builds some 400 blocks and as many segments).

A class the compiled build made a native class (mypyc) keeps its fields in native attributes,
not slots, but mypyc leaves a dataclass's ``__init__`` to the ``dataclasses`` module: compiled code
builds a ``Block`` through that Python function too, one ``object.__setattr__`` a field. There the
stores go through the native attributes' getset descriptors instead (about 40 % less time to build
a ``Block``). A class with ``__post_init__``, init-only or keyword-only fields, or fields left out
of ``__init__`` is left as it is, as is a frozen dataclass with neither slots nor native fields.
"""

from __future__ import annotations

import dataclasses
import inspect
from types import FunctionType, GetSetDescriptorType
from typing import Any, TypeVar

T = TypeVar("T", bound=type)

_MISSING: Any = dataclasses.MISSING
_UNSET = object()
"""A default-factory field not passed (the dataclass has a sentinel of its own)."""


def quick_init(cls: T) -> T:
    """Give the frozen slotted (or compiled native) dataclass ``cls`` an ``__init__`` that stores
    through the fields' descriptors (see the module's docstring); any other class is returned unchanged."""
    init = cls.__dict__.get("__init__")
    params = cls.__dict__.get("__dataclass_params__")
    slots = cls.__dict__.get("__slots__")
    if not isinstance(init, FunctionType) or params is None or not params.frozen:
        return cls  # no frozen dataclass
    if hasattr(cls, "__post_init__"):
        return cls
    fields = dataclasses.fields(cls)
    if len(fields) != len(cls.__dict__.get("__dataclass_fields__", ())):
        return cls  # init-only (InitVar) or class-variable pseudo-fields
    names = [f.name for f in fields]
    if any(not f.init or f.kw_only for f in fields):
        return cls
    if slots is None:
        # A native class of the compiled build: its fields are the native attributes' getset
        # descriptors, which the dataclass's ``object.__setattr__`` reaches by a look-up per store.
        if not all(isinstance(cls.__dict__.get(name), GetSetDescriptorType) for name in names):
            return cls  # a plain frozen dataclass without slots
    elif len(fields) != len(slots) or names != list(slots):
        return cls  # slots of another kind
    scope: dict[str, Any] = {"_UNSET": _UNSET}
    args, body = [], []
    for f in fields:
        setter = f"_set_{f.name}"
        scope[setter] = cls.__dict__[f.name].__set__  # the slot's member (or native getset) descriptor
        if f.default is not _MISSING:
            scope[f"_default_{f.name}"] = f.default
            args.append(f"{f.name}=_default_{f.name}")
            body.append(f"    {setter}(self, {f.name})")
        elif f.default_factory is not _MISSING:
            scope[f"_factory_{f.name}"] = f.default_factory
            args.append(f"{f.name}=_UNSET")
            body.append(f"    {setter}(self, _factory_{f.name}() if {f.name} is _UNSET else {f.name})")
        else:
            args.append(f.name)
            body.append(f"    {setter}(self, {f.name})")
    source = f"def __init__(self, {', '.join(args)}):\n" + "\n".join(body) + "\n"
    exec(source, scope)  # built from the class's own field names, as dataclasses builds its own
    quick = scope["__init__"]
    quick.__qualname__ = f"{cls.__qualname__}.__init__"
    quick.__module__ = cls.__module__
    quick.__doc__ = init.__doc__
    quick.__signature__ = inspect.signature(init)
    quick.__wrapped__ = init
    type.__setattr__(cls, "__init__", quick)
    return cls
