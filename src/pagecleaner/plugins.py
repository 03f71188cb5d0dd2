"""Rule packs: rules from installed packages, found through the ``pagecleaner.rules`` entry-point group.

A pack that fails to load (its module raises on import, it names something that is not rules, a
rule is malformed or takes an id already in use) is skipped whole with a ``PluginWarning`` naming
its entry point, or raises ``PluginError`` when ``strict``: one broken package never breaks cleaning.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Any

from .errors import PluginError, PluginWarning
from .rules.base import Rule, check_rule

ENTRY_POINT_GROUP = "pagecleaner.rules"


@dataclass(frozen=True, slots=True)
class PackFailure:
    """A rule pack that could not be loaded, and why."""

    name: str
    """The entry point's name (``mypack``)."""
    value: str
    """What it points at (``mypack.rules:RULES``)."""
    error: str
    """The failure, as ``ExceptionType: message``."""

    def __str__(self) -> str:
        return f"rule pack {self.name!r} (entry point {self.value} in group {ENTRY_POINT_GROUP}) failed to load: {self.error}"


@dataclass(frozen=True, slots=True)
class Packs:
    """What the installed packs gave: their rules, in entry-point order, and the packs skipped."""

    rules: tuple[Rule, ...] = ()
    failures: tuple[PackFailure, ...] = ()


def _pack_rules(obj: Any) -> list[Rule]:
    """The rules an entry point names: a rule, a list of rules, or a callable returning either."""
    if callable(obj) and not isinstance(obj, Rule):
        obj = obj()
    if isinstance(obj, Rule):
        return [check_rule(obj)]
    if not isinstance(obj, (list, tuple)):
        raise TypeError(f"a pack must name a rule, a list of rules or a callable returning them, not {type(obj).__name__}")
    return [check_rule(r) for r in obj]


def _clashes(rules: list[Rule], taken: set[str]) -> list[str]:
    seen, clashes = set(taken), []
    for r in rules:
        if r.id in seen:
            clashes.append(r.id)
        seen.add(r.id)
    return clashes


def load_packs(taken: Iterable[str] = (), *, strict: bool = False) -> Packs:
    """Load every installed pack; ``taken`` are the rule ids already in use (the built-in rules)."""
    ids = set(taken)
    found: list[Rule] = []
    failures: list[PackFailure] = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            rules = _pack_rules(ep.load())
            if clashes := _clashes(rules, ids):
                raise PluginError(f"rule ids already in use: {', '.join(clashes)}")
        except Exception as exc:  # any failure of third-party code: name the pack, go on
            failure = PackFailure(ep.name, ep.value, f"{type(exc).__name__}: {exc}")
            if strict:
                raise PluginError(str(failure)) from exc
            warnings.warn(f"{failure}; skipped", PluginWarning, stacklevel=3)
            failures.append(failure)
            continue
        ids.update(r.id for r in rules)
        found.extend(rules)
    return Packs(tuple(found), tuple(failures))
