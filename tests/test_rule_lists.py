"""The rule lists a call runs, worked out once per rule tuple, and the time budget's cheap test:
the same rules in the same order, the same warnings (speed31 in docs/HISTORY.md)."""

from __future__ import annotations

import time

from pagecleaner import Cleaner, Settings
from pagecleaner.engine import _split, _split_kept, _stages, judge, plan_block_stage
from pagecleaner.features import make_blocks
from pagecleaner.limits import Budget
from pagecleaner.models import Kind
from pagecleaner.rules import default_rules
from pagecleaner.rules.base import Page, PatternRule, Rule, Stage, Verdict
from pagecleaner.segment import segment_text


def _plain_split(rules: tuple[Rule, ...], listing: bool) -> tuple[list[Rule], list[Rule]]:
    """The lists ``judge`` made on every call before: the rules on listings, then by stage."""
    kept = [r for r in rules if r.on_listings] if listing else list(rules)
    return [r for r in kept if r.stage is Stage.BLOCK], [r for r in kept if r.stage is Stage.CONTEXT]


def test_the_split_is_the_plain_one_on_both_kinds_of_page() -> None:
    rules = tuple(default_rules())
    for listing in (False, True):
        block, context = _plain_split(rules, listing)
        plan, kept = _stages(rules, listing)
        assert list(plan.rules) == block and list(kept) == context
        assert plan is plan_block_stage(tuple(block))
    assert any(not r.on_listings for r in rules)  # a listing does leave rules out
    assert len(_stages(rules, True)[1]) < len(_stages(rules, False)[1])


def test_the_split_is_kept_per_rule_tuple() -> None:
    rules = tuple(default_rules())
    first = _split_kept(rules, False)
    assert _split_kept(tuple(rules), False) is first  # an equal tuple of the same rules
    other = (*rules, PatternRule("user.mugs", "promo", r"^Buy our mugs"))  # a rule more: another split
    assert _split_kept(other, False) is not first and _split_kept(other, False) == _split(other, False)
    assert _split(other, False)[0][-1].id == "user.mugs"


class _Unhashable(Rule):
    id = "user.unhashable"
    kind = Kind.PROMO
    stage = Stage.CONTEXT

    def __eq__(self, other: object) -> bool:  # no __hash__: instances cannot be hashed
        return isinstance(other, _Unhashable)

    def judge(self, page: Page):  # type: ignore[no-untyped-def]
        for i, b in enumerate(page.blocks):
            if b.text == "Buy our mugs":
                yield i, Verdict(self.id, self.kind, "a mug")


def test_a_rule_that_cannot_be_hashed_still_runs() -> None:
    rules = (*default_rules(), _Unhashable())
    blocks = make_blocks(segment_text("A paragraph of prose that runs on for a while, as prose does.\n\nBuy our mugs"))
    page, fired = judge(blocks, rules, Settings())
    assert fired["user.unhashable"] == 1
    assert page.verdicts[1] is not None and page.verdicts[1].rule == "user.unhashable"


def test_a_rule_changed_by_the_cleaner_is_run_at_once() -> None:
    text = "A paragraph of prose that runs on for a while, as prose does.\n\nBuy our mugs"
    cleaner = Cleaner(plugins=False)
    assert cleaner.active_rules == tuple(cleaner.rules)
    cleaner.add(PatternRule("user.mugs", "promo", r"^Buy our mugs"))
    assert "user.mugs" in {r.rule for r in cleaner.clean(text).removed}
    cleaner.disable("user.mugs")
    assert "user.mugs" not in {r.id for r in cleaner.active_rules}
    assert "user.mugs" not in {r.rule for r in cleaner.clean(text).removed}
    cleaner.enable("user.mugs")
    assert "user.mugs" in {r.rule for r in cleaner.clean(text).removed}


def test_due_says_what_exhausted_would() -> None:
    warnings: list[str] = []
    assert not Budget(Settings(time_budget=None)).due()
    fresh = Budget(Settings(time_budget=60.0))
    assert not fresh.due() and not fresh.exhausted("here", warnings) and warnings == []
    spent = Budget(Settings(time_budget=1e-9))
    time.sleep(0.001)
    assert spent.due() and not spent.spent  # due warns of nothing
    assert spent.exhausted("at block 3", warnings) and spent.due()
    assert warnings == ["time_budget=1e-09s spent at block 3; the remaining rules did not run and blocks not yet judged were kept unjudged"]


def test_a_spent_budget_still_names_the_block_and_the_rule() -> None:
    blocks = make_blocks(segment_text("First line of the page.\n\nSecond line of the page."))
    for budget_at, said in ((1e-9, "in the block rules at block 0"),):
        budget = Budget(Settings(time_budget=budget_at))
        time.sleep(0.001)
        page, _ = judge(blocks, tuple(default_rules()), Settings(time_budget=budget_at), budget)
        assert len(page.warnings) == 1 and said in page.warnings[0]
    # Spent during the context stage: the rule running, or the next one, is named.
    for yields, said in ((True, "in context rule user.spender"), (False, "before context rule user.after")):
        budget = Budget(Settings(time_budget=60.0))
        rules = (_Spender(budget, yields), _After())
        page, _ = judge(blocks, rules, Settings(time_budget=60.0), budget)
        assert len(page.warnings) == 1 and said in page.warnings[0], page.warnings


class _Spender(Rule):
    """Spends the budget while it judges, then yields a verdict or not."""

    id = "user.spender"
    kind = Kind.PROMO
    stage = Stage.CONTEXT

    def __init__(self, budget: Budget, yields: bool) -> None:
        self.budget, self.yields = budget, yields

    def judge(self, page: Page):  # type: ignore[no-untyped-def]
        self.budget.deadline = time.monotonic() - 1.0
        if self.yields:
            yield 0, Verdict(self.id, self.kind, "spent")


class _After(Rule):
    id = "user.after"
    kind = Kind.PROMO
    stage = Stage.CONTEXT

    def judge(self, page: Page):  # type: ignore[no-untyped-def]
        yield 0, Verdict(self.id, self.kind, "never reached")
