"""Declarative rules: pattern rules read from a dict, a JSON file (``.json``) or a TOML file (``.toml``).

The file is parsed as data only (``json`` / ``tomllib``): nothing in it is
executed. Other suffixes are refused by name (no YAML: its safe subset needs a
parser we do not depend on, and JSON and TOML say the same). Shape::

    {"rules": [{"id": "mysite.promo", "kind": "promo", "pattern": "Sponsored by .+",
                "scope": "full", "max_words": 12, "description": "..."}]}
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import regex

from ..errors import RuleError, RuleFileError
from .base import PatternRule

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

_KEYS = {
    "id",
    "kind",
    "pattern",
    "scope",
    "max_words",
    "ignore_case",
    "description",
    "examples",
    "counter_examples",
}


_TYPES: dict[str, type | tuple[type, ...]] = {
    "id": str,
    "kind": str,
    "pattern": str,
    "scope": str,
    "max_words": (int, type(None)),
    "ignore_case": bool,
    "description": str,
    "examples": list,
    "counter_examples": list,
}


def _check_types(spec: Mapping[str, Any]) -> None:
    # Data from a file is checked, never coerced: a wrong type is the author's mistake to hear about.
    for key, value in spec.items():
        if not isinstance(value, _TYPES[key]) or (key == "max_words" and isinstance(value, bool)):
            raise RuleFileError(f"rule {spec.get('id', '?')}: {key} must not be {type(value).__name__}")
    for key in ("examples", "counter_examples"):
        if not all(isinstance(e, str) for e in spec.get(key, ())):
            raise RuleFileError(f"rule {spec.get('id', '?')}: {key} must be a list of strings")
    if not spec["id"]:
        raise RuleFileError("a rule's id must not be empty")
    _check_pattern(spec)


def _check_pattern(spec: Mapping[str, Any]) -> None:
    """The pattern on its own: not empty (it would match every block), and compiled alone so that an
    error's position counts in the pattern as written, not in the anchored form the rule builds."""
    pattern = spec["pattern"]
    if not pattern.strip():
        raise RuleFileError(f"rule {spec['id']}: the pattern is empty (it would match every block)")
    try:
        regex.compile(pattern, regex.VERSION0)
    except regex.error as exc:
        raise RuleFileError(f"rule {spec['id']}: bad pattern {pattern!r}: {exc}") from exc


def rule_from_dict(spec: Mapping[str, Any]) -> PatternRule:
    """One pattern rule from its declarative form; any problem raises ``RuleFileError``."""
    if not isinstance(spec, Mapping):
        raise RuleFileError(f"a rule must be a table/object, not {type(spec).__name__}")
    unknown = set(spec) - _KEYS
    missing = {"id", "kind", "pattern"} - set(spec)
    if unknown or missing:
        problems = [f"{what} keys {sorted(keys)}" for what, keys in (("unknown", unknown), ("missing", missing)) if keys]
        raise RuleFileError(f"rule {spec.get('id', '?')}: " + ", ".join(problems))
    _check_types(spec)
    try:
        return PatternRule(
            spec["id"],
            spec["kind"],
            spec["pattern"],
            scope=spec.get("scope", "full"),
            max_words=spec.get("max_words"),
            ignore_case=spec.get("ignore_case", True),
            description=spec.get("description", ""),
            examples=tuple(spec.get("examples", ())),
            counter_examples=tuple(spec.get("counter_examples", ())),
        )
    except RuleError as exc:
        raise RuleFileError(str(exc)) from exc


def rules_from_data(data: Mapping[str, Any] | list[Any]) -> list[PatternRule]:
    """Pattern rules from ``{"rules": [...]}`` or a bare list of rule dicts."""
    items = data.get("rules") if isinstance(data, Mapping) else data
    if not isinstance(items, list):
        raise RuleFileError('expected {"rules": [ ... ]} or a list of rules')
    return [rule_from_dict(item) for item in items]


SUFFIXES = (".json", ".toml")
"""The rule-file suffixes read (case does not matter)."""


def load_rules(path: str | Path) -> list[PatternRule]:
    """Pattern rules from a ``.json`` or ``.toml`` file; any other suffix raises ``RuleFileError``."""
    p = Path(path)
    if p.suffix.lower() not in SUFFIXES:
        raise RuleFileError(
            f"rule file {p}: the suffix {p.suffix or '(none)'!r} is not read; rule files are "
            + " or ".join(SUFFIXES)
            + " (convert YAML to either)"
        )
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise RuleFileError(f"cannot read rule file {p}: {exc}") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8")) if p.suffix.lower() == ".toml" else json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise RuleFileError(f"rule file {p} is not valid {p.suffix.lstrip('.').upper()}: {exc}") from exc
    return rules_from_data(data)
