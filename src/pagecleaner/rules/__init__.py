"""The built-in rules, grouped by family, and the default order they run in."""

from __future__ import annotations

from . import boilerplate, dom, learned, metadata, quality, related
from .base import FunctionRule, Label, Page, PatternRule, Rule, Stage, Verdict, linear, rule


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
        *quality.FINAL_RULES,
        *dom.FINAL_RULES,
    ]


def _declare_linear() -> None:
    """The built-in pattern rules' patterns and their branches are proven linear by
    tests/adversarial: their searches run without the regex timeout (see ``base.LINEAR``)."""
    for r in default_rules():
        if isinstance(r, PatternRule):
            linear(r.pattern, *(r.branches.patterns() if r.branches is not None else ()))


_declare_linear()

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
