"""Blocks + rules → verdicts: the block stage, then the context stage, counting what fired."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .blocks import Block
from .errors import LimitExceeded, RuleError
from .limits import Budget, too_long
from .rules.base import Page, Rule, Stage, Verdict
from .settings import Settings


def _failed(rule: Rule, exc: Exception) -> RuleError:
    return RuleError(f"rule {rule.id} failed: {type(exc).__name__}: {exc}")


def _block_stage(page: Page, rules: Sequence[Rule], fired: Counter[str], budget: Budget) -> None:
    verdicts = page.verdicts
    for i, block in enumerate(page.blocks):
        if verdicts[i] is not None:
            continue
        if budget.exhausted(f"in the block rules at block {i}", page.warnings):
            break
        if too_long(block.chars, block.start_line, page.settings, page.warnings):
            continue
        for rule in rules:
            try:
                v = rule.match(page, i)
            except Exception as exc:
                raise _failed(rule, exc) from exc
            if v is None:
                continue
            fired[rule.id] += 1
            for j in range(i, min(len(verdicts), max(i, v.through or i) + 1)):
                if verdicts[j] is None:
                    verdicts[j] = v
            break


def _apply(page: Page, i: int, v: Verdict) -> None:
    for j in range(i, min(len(page.verdicts), max(i, v.through or i) + 1)):
        page.verdicts[j] = v


def _context_stage(page: Page, rules: Sequence[Rule], fired: Counter[str], budget: Budget) -> None:
    for rule in rules:
        where = f"before context rule {rule.id}"
        if budget.exhausted(where, page.warnings):
            return
        try:
            for i, v in rule.judge(page):
                if budget.exhausted(f"in context rule {rule.id}", page.warnings):
                    return
                _apply(page, i, v)
                fired[rule.id] += 1
        except (RuleError, LimitExceeded):
            raise
        except Exception as exc:
            raise _failed(rule, exc) from exc


def judge(
    blocks: Sequence[Block], rules: Sequence[Rule], settings: Settings, budget: Budget | None = None
) -> tuple[Page, Counter[str]]:
    """Run ``rules`` over ``blocks``; returns the judged page and how often each rule fired.

    ``budget`` is the call's time budget (started here when not given): once spent, rules stop and
    the blocks not yet judged stay unjudged (kept), with a warning.
    """
    page = Page(blocks, settings, [None] * len(blocks))
    fired: Counter[str] = Counter()
    budget = budget or Budget(settings)
    _block_stage(page, [r for r in rules if r.stage is Stage.BLOCK], fired, budget)
    _context_stage(page, [r for r in rules if r.stage is Stage.CONTEXT], fired, budget)
    return page, fired
