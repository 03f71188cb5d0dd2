"""Blocks + rules → verdicts: the block stage, then the context stage, counting what fired.

Speed: the block stage would ask every rule about every block. Instead, a rule
whose ``_candidates`` speaks for its ``match`` names, once per page, the only
blocks it could fire on (one ``str.find`` per keyword over the page's joined,
lower-cased text, or its own cheap early exits); it is asked about those alone,
still in rule order, so the first matching rule wins as before and verdicts,
reasons and warnings are unchanged. A subclass that overrides ``match`` is asked
about every block. Plain pattern rules with a word limit (users' declarative
rules) are screened together by one alternation of their patterns per short
block; when it finds nothing, none of them can fire. The keywords the rules
declare (``Rule.phrases``) are found for all of them in one pass of an
Aho-Corasick automaton when ``ahocorasick-rs`` is installed (the same hits).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from .blocks import Block
from .errors import LimitExceeded, RuleError
from .limits import Budget, too_long
from .models import PageType
from .rules.base import NO_PHRASES, Page, PageText, PatternRule, Phrases, Rule, Stage, Verdict
from .settings import Settings

# A back-reference would change meaning inside a combined alternation.
_BACKREF = regex.compile(r"\\[1-9]|\(\?P=|\\g<")


@dataclass(frozen=True, slots=True)
class BlockPlan:
    """The block-stage rules, in order, with the pre-filters that screen their pattern rules."""

    rules: tuple[Rule, ...]
    screened: frozenset[int]
    """Positions in ``rules`` of the pattern rules the anchored pre-filter speaks for."""
    anchored: Screen | None
    """Rules whose match starts the block (scope ``full`` or ``start``): tried at position 0 only."""
    floating: Screen | None
    """Rules that search anywhere in the block."""
    paged: tuple[int, ...] = ()
    """Positions of the rules that name their candidate blocks for the whole page at once."""
    plain: tuple[int, ...] = ()
    """Positions asked about every block (neither screened nor paged)."""
    always: tuple[int, ...] = ()
    """Positions asked about a block the anchored pre-filter passes: ``plain`` and ``screened``."""
    phrases: Phrases = NO_PHRASES
    """The phrases the paged rules declare, found for the whole page in one pass."""


@dataclass(frozen=True, slots=True)
class Screen:
    """One compiled alternation of several rules' patterns and the largest word limit among them."""

    pattern: regex.Pattern[str]
    max_words: int
    anchored: bool

    def may_match(self, page: Page, block: Block) -> bool:
        if block.words > self.max_words:
            return False
        if not self.anchored:
            return page.search(self.pattern, block.text, "engine.prefilter") is not None
        try:
            return self.pattern.match(block.text, timeout=page.settings.regex_timeout) is not None
        except TimeoutError:
            return True  # let the rules themselves run (and warn) under their own timeouts


def _screen(rules: list[PatternRule], anchored: bool) -> Screen | None:
    if not rules:
        return None
    body = "|".join(_piece(r) for r in rules)
    pattern = regex.compile(rf"^(?:{body})" if anchored else body, regex.VERSION0)
    return Screen(pattern, max(r.max_words or 0 for r in rules), anchored)


def _piece(rule: PatternRule) -> str:
    flags = "i" if rule.pattern.flags & regex.IGNORECASE else "-i"
    return f"(?{flags}:{rule.pattern.pattern})"


def _owner(cls: type, name: str) -> type | None:
    return next((c for c in cls.__mro__ if name in c.__dict__), None)


def _pages_at_once(rule: Rule) -> bool:
    """Whether the rule's ``_candidates`` speaks for its ``match``: defined with it or below it."""
    screen, match = _owner(type(rule), "_candidates"), _owner(type(rule), "match")
    if screen in (None, Rule, PatternRule) or match is None:
        return False
    return issubclass(screen, match)


@lru_cache(maxsize=16)
def plan_block_stage(rules: tuple[Rule, ...]) -> BlockPlan:
    """Group the pattern rules with a word limit under one pre-filter (cached per rule tuple)."""
    paged = tuple(k for k, r in enumerate(rules) if _pages_at_once(r))
    # Only rules anchored at the block's start are screened: an alternation of unanchored
    # patterns is slower in ``regex`` than running each one alone (it loses their literal
    # prefix scans), so those rules keep running one by one behind their word limits.
    screened = {
        k: r
        for k, r in enumerate(rules)
        if isinstance(r, PatternRule)
        and k not in paged
        and type(r).match is PatternRule.match
        and r.max_words is not None
        and r.scope != "search"
        and not _BACKREF.search(r.pattern.pattern)
    }
    try:
        anchored = _screen(list(screened.values()), anchored=True)
    except regex.error:
        screened, anchored = {}, None
    plain = tuple(k for k in range(len(rules)) if k not in screened and k not in paged)
    always = tuple(sorted((*plain, *screened)))
    phrases = Phrases(p for k in paged for p in rules[k].phrases)
    return BlockPlan(rules, frozenset(screened), anchored, None, paged, plain, always, phrases)


def _failed(rule: Rule, exc: Exception) -> RuleError:
    return RuleError(f"rule {rule.id} failed: {type(exc).__name__}: {exc}")


def _may_match(page: Page, plan: BlockPlan, block: Block) -> bool:
    return bool(
        (plan.anchored is not None and plan.anchored.may_match(page, block))
        or (plan.floating is not None and plan.floating.may_match(page, block))
    )


def _candidates(page: Page, plan: BlockPlan) -> tuple[list[list[int]], tuple[int, ...]]:
    """For each block, the paged rules that may fire on it; and the paged rules that could not say."""
    text = PageText(page.blocks, page.settings.regex_timeout, plan.phrases)
    hits: list[list[int]] = [[] for _ in page.blocks]
    unsure: list[int] = []
    for k in plan.paged:
        rule = plan.rules[k]
        try:
            found = rule._candidates(text)
        except Exception as exc:
            raise _failed(rule, exc) from exc
        if found is None:
            unsure.append(k)
            continue
        for i in found:
            hits[i].append(k)
    return hits, tuple(unsure)


def _block_stage(page: Page, plan: BlockPlan, fired: Counter[str], budget: Budget) -> None:
    verdicts = page.verdicts
    hits, unsure = _candidates(page, plan)
    plain, always = plan.plain, plan.always
    screens = plan.anchored is not None or plan.floating is not None
    if unsure:
        plain, always = tuple(sorted((*plain, *unsure))), tuple(sorted((*always, *unsure)))
    for i, block in enumerate(page.blocks):
        if verdicts[i] is not None:
            continue
        # ``due`` first: the warning's text is made only once the budget is spent, not for every block.
        if budget.due() and budget.exhausted(f"in the block rules at block {i}", page.warnings):
            break
        if too_long(block.chars, block.start_line, page.settings, page.warnings):
            continue
        base = always if screens and _may_match(page, plan, block) else plain
        for k in sorted((*base, *hits[i])) if hits[i] else base:
            rule = plan.rules[k]
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
    if v.through is None or v.through <= i:
        if i < len(page.verdicts):
            page.verdicts[i] = v
        return
    for j in range(i, min(len(page.verdicts), v.through + 1)):
        page.verdicts[j] = v


def _context_stage(page: Page, rules: Sequence[Rule], fired: Counter[str], budget: Budget) -> None:
    for rule in rules:
        # ``due`` first: the warnings' texts are made only once the budget is spent.
        if budget.due() and budget.exhausted(f"before context rule {rule.id}", page.warnings):
            return
        count = 0
        try:
            for i, v in rule.judge(page):
                if budget.due() and budget.exhausted(f"in context rule {rule.id}", page.warnings):
                    return
                _apply(page, i, v)
                count += 1
        except (RuleError, LimitExceeded):
            raise
        except Exception as exc:
            raise _failed(rule, exc) from exc
        finally:
            if count:
                fired[rule.id] += count


def judge(
    blocks: Sequence[Block],
    rules: Sequence[Rule],
    settings: Settings,
    budget: Budget | None = None,
    page_type: tuple[PageType, float] = (PageType.ARTICLE, 1.0),
    reported: PageType | None = None,
    stated_title: str | None = None,
    url: str | None = None,
    stated_description: str | None = None,
) -> tuple[Page, Counter[str]]:
    """Run ``rules`` over ``blocks``; returns the judged page and how often each rule fired.

    ``budget`` is the call's time budget (started here when not given): once spent, rules stop and
    the blocks not yet judged stay unjudged (kept), with a warning. ``page_type`` is the page's
    type and its confidence, which the rules read off the page; ``reported`` the kind it will be
    reported as (``Page.reported_type``); ``stated_title`` the title the markup states
    (``Page.stated_title``); ``url`` the page's address (``Page.url``); ``stated_description`` the
    product's description its JSON-LD states (``Page.stated_description``).
    """
    page = Page(
        blocks,
        settings,
        [None] * len(blocks),
        page_type=page_type[0],
        page_type_confidence=page_type[1],
        reported_type=reported,
        stated_title=stated_title,
        url=url,
        stated_description=stated_description,
    )
    fired: Counter[str] = Counter()
    budget = budget or Budget(settings)
    plan, context = _stages(tuple(rules), page.lists_items)
    _block_stage(page, plan, fired, budget)
    _context_stage(page, context, fired, budget)
    return page, fired


def _stages(rules: tuple[Rule, ...], listing: bool) -> tuple[BlockPlan, tuple[Rule, ...]]:
    """The block stage's plan and the context rules, in order, of ``rules`` on a page that lists
    items (``listing``: only the rules ``on_listings``) or not. The rules split by stage once per
    rule tuple (the same rules run on every page of a :class:`~pagecleaner.Cleaner`), the plan
    taken from :func:`plan_block_stage`'s own cache: a rule's ``stage`` and ``on_listings`` are
    read when its tuple is first met, as the plan reads its other attributes."""
    try:
        block, context = _split_kept(rules, listing)
    except TypeError:  # a rule that cannot be hashed (it defines ``__eq__`` alone): split on every call
        block, context = _split(rules, listing)
    return plan_block_stage(block), context


def _split(rules: tuple[Rule, ...], listing: bool) -> tuple[tuple[Rule, ...], tuple[Rule, ...]]:
    """The block rules and the context rules, in order (on a listing only those ``on_listings``)."""
    if listing:
        rules = tuple(r for r in rules if r.on_listings)
    return tuple(r for r in rules if r.stage is Stage.BLOCK), tuple(r for r in rules if r.stage is Stage.CONTEXT)


_split_kept = lru_cache(maxsize=16)(_split)
""":func:`_split` kept per rule tuple."""
