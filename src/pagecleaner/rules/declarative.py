"""Declarative rules: pattern rules read from a dict, a JSON file or a TOML file.

The file is parsed as data only (``json`` / ``tomllib``): nothing in it is
executed. Shape::

    {"rules": [{"id": "mysite.promo", "kind": "promo", "pattern": "Sponsored by .+",
                "scope": "full", "max_words": 12, "description": "..."}]}
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import RuleFileError
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


def rule_from_dict(spec: Mapping[str, Any]) -> PatternRule:
    """One pattern rule from its declarative form."""
    if not isinstance(spec, Mapping):
        raise RuleFileError(f"a rule must be a table/object, not {type(spec).__name__}")
    unknown = set(spec) - _KEYS
    missing = {"id", "kind", "pattern"} - set(spec)
    if unknown or missing:
        raise RuleFileError(
            f"rule {spec.get('id', '?')}: unknown keys {sorted(unknown)}, missing keys {sorted(missing)}"
        )
    return PatternRule(
        str(spec["id"]),
        str(spec["kind"]),
        str(spec["pattern"]),
        scope=str(spec.get("scope", "full")),
        max_words=int(spec["max_words"]) if spec.get("max_words") is not None else None,
        ignore_case=bool(spec.get("ignore_case", True)),
        description=str(spec.get("description", "")),
        examples=tuple(str(e) for e in spec.get("examples", ())),
        counter_examples=tuple(str(e) for e in spec.get("counter_examples", ())),
    )


def rules_from_data(data: Mapping[str, Any] | list[Any]) -> list[PatternRule]:
    """Pattern rules from ``{"rules": [...]}`` or a bare list of rule dicts."""
    items = data.get("rules") if isinstance(data, Mapping) else data
    if not isinstance(items, list):
        raise RuleFileError('expected {"rules": [ ... ]} or a list of rules')
    return [rule_from_dict(item) for item in items]


def load_rules(path: str | Path) -> list[PatternRule]:
    """Pattern rules from a ``.json`` or ``.toml`` file."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise RuleFileError(f"cannot read rule file {p}: {exc}") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8")) if p.suffix.lower() == ".toml" else json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise RuleFileError(f"rule file {p} is not valid {p.suffix.lstrip('.') or 'JSON'}: {exc}") from exc
    return rules_from_data(data)
