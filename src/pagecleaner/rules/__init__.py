"""The built-in rules, grouped by family, and the default order they run in."""

from __future__ import annotations

from . import boilerplate, dom, learned, metadata, quality, related
from .base import FunctionRule, Label, Page, PatternRule, Rule, Stage, Verdict, rule


def default_rules() -> list[Rule]:
    """The built-in rules in their default order: block rules, then context rules."""
    return [
        *metadata.RULES,
        *boilerplate.RULES,
        *related.RULES,
        *dom.CONTEXT_RULES,
        *related.CONTEXT_RULES,
        *quality.CONTEXT_RULES,
        *dom.LATE_CONTEXT_RULES,
        *related.LATE_CONTEXT_RULES,
        *learned.RULES,
        *quality.LATE_RULES,
        *metadata.CONTEXT_RULES,
        *related.FINAL_RULES,
        *dom.FINAL_RULES,
    ]


__all__ = [
    "FunctionRule",
    "Label",
    "Page",
    "PatternRule",
    "Rule",
    "Stage",
    "Verdict",
    "default_rules",
    "rule",
]
