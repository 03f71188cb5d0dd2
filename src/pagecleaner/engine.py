"""Blocks + rules → verdicts: the block stage, then the context stage, counting what fired."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .blocks import Block
from .errors import RuleError
from .rules.base import Page, Rule, Stage, Verdict
from .settings import Settings


def _failed(rule: Rule, exc: Exception) -> RuleError:
    return RuleError(f"rule {rule.id} failed: {type(exc).__name__}: {exc}")


def _block_stage(page: Page, rules: Sequence[Rule], fired: Counter[str]) -> None:
    verdicts = page.verdicts
    for i in range(len(page.blocks)):
        if verdicts[i] is not None:
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


def _context_stage(page: Page, rules: Sequence[Rule], fired: Counter[str]) -> None:
    for rule in rules:
        try:
            for i, v in rule.judge(page):
                _apply(page, i, v)
                fired[rule.id] += 1
        except RuleError:
            raise
        except Exception as exc:
            raise _failed(rule, exc) from exc


def judge(blocks: Sequence[Block], rules: Sequence[Rule], settings: Settings) -> tuple[Page, Counter[str]]:
    """Run ``rules`` over ``blocks``; returns the judged page and how often each rule fired."""
    page = Page(blocks, settings, [None] * len(blocks))
    fired: Counter[str] = Counter()
    _block_stage(page, [r for r in rules if r.stage is Stage.BLOCK], fired)
    _context_stage(page, [r for r in rules if r.stage is Stage.CONTEXT], fired)
    return page, fired
