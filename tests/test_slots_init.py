"""``_slots.quick_init``: frozen slotted dataclasses built through their slot descriptors, the same objects."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from dataclasses import dataclass, field

import pytest

from pagecleaner._slots import quick_init
from pagecleaner.blocks import Block, DomInfo, DomNode, Role, Segment, Shape
from pagecleaner.rules.base import Verdict


@dataclass(frozen=True, slots=True)
class _Plain:
    a: int
    b: str
    c: tuple[int, ...] = ()
    d: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Quick:
    a: int
    b: str
    c: tuple[int, ...] = ()
    d: list[int] = field(default_factory=list)


quick_init(_Quick)


def _same(q: _Quick, p: _Plain) -> bool:
    return dataclasses.astuple(q) == dataclasses.astuple(p)


def test_quick_init_replaces_the_generated_init() -> None:
    quick: object = _Quick.__init__
    assert quick is not _Plain.__init__
    assert getattr(_Quick.__init__, "__wrapped__", None) is not None
    assert inspect.signature(_Quick) == inspect.signature(_Plain)


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((1, "x"), {}), ((1, "x", (2,)), {}), ((1, "x", (2,), [3]), {}), ((), {"b": "y", "a": 2, "d": [4]})],
)
def test_quick_init_builds_what_the_dataclass_builds(args: tuple[object, ...], kwargs: dict[str, object]) -> None:
    q, p = _Quick(*args, **kwargs), _Plain(*args, **kwargs)  # type: ignore[arg-type]
    assert _same(q, p)
    assert q == _Quick(*args, **kwargs)  # type: ignore[arg-type]
    assert pickle.loads(pickle.dumps(q)) == q
    assert dataclasses.replace(q, a=9).a == 9


def test_quick_init_keeps_default_factories_fresh_and_the_class_frozen() -> None:
    first, second = _Quick(1, "x"), _Quick(1, "x")
    assert first.d == [] and first.d is not second.d
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.a = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        _Quick(1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Quick(1, "x", e=3)  # type: ignore[call-arg]


def test_quick_init_leaves_other_classes_alone() -> None:
    @dataclass(frozen=True)
    class NoSlots:
        a: int

    @dataclass(slots=True)
    class NotFrozen:
        a: int

    @dataclass(frozen=True, slots=True)
    class Posted:
        a: int

        def __post_init__(self) -> None:
            pass

    for cls in (NoSlots, NotFrozen, Posted):
        init = vars(cls).get("__init__")
        assert quick_init(cls) is cls and vars(cls).get("__init__") is init


@pytest.mark.parametrize("cls", [Segment, Shape, DomNode, DomInfo, Block, Verdict])
def test_the_pipeline_classes_build_through_their_slots(cls: type) -> None:
    # Compiled, the block classes are native classes: built through their getset descriptors.
    assert getattr(vars(cls)["__init__"], "__wrapped__", None) is not None


def test_a_block_built_through_its_slots_is_the_dataclass_block() -> None:
    node = DomNode(3, "p", frozenset({"story"}))
    dom = DomInfo("p", ("div",), frozenset({"story"}), 4, ("/a",), False, (node,), (("a b", "/a"),))
    values = (7, "a b", "a b", 1, 2, True, 3, 2, False, 0, 0.5, 1.0, 0.0, False, 1, False, dom, Shape(Role.HEADING, 2))
    generated = Block.__new__(Block)
    Block.__init__.__wrapped__(generated, *values)  # type: ignore[attr-defined]
    quick = Block(*values)
    assert quick == generated and hash(quick) == hash(generated)
    assert dataclasses.astuple(quick) == dataclasses.astuple(generated)
    assert pickle.loads(pickle.dumps(quick)) == generated
