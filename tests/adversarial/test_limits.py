"""The limits in Settings: each one is reported in warnings (or raised on request), never silent,
and nothing past a limit is lost from the line accounting."""

from __future__ import annotations

import pytest

from pagecleaner import Cleaner, LimitExceeded, Page, Settings, TimeBudgetExceeded, clean
from pagecleaner.features import make_blocks
from pagecleaner.rules.base import Label, Verdict
from pagecleaner.rules.quality import Classify, Neighbours
from pagecleaner.segment import segment_text

from .checks import check_accounting

PROSE = "The council approved the new budget on Tuesday after a debate that lasted well into the night."


def test_lines_past_max_lines_are_one_removal_with_their_original_lines() -> None:
    text = f"{PROSE}\n\nMenu\n{PROSE}\n\n\nLast line\n\n"
    page = clean(text, settings=Settings(max_lines=2))
    tail = page.removed[-1]
    assert (tail.rule, tail.kind.value, tail.start_line, tail.end_line) == ("limit.max-lines", "other", 4, 7)
    assert tail.text == f"{PROSE}\n\n\nLast line"
    assert any("max_lines=2" in w for w in page.warnings)
    check_accounting(text, page)


def test_input_within_max_lines_has_no_limit_warning() -> None:
    page = clean(f"{PROSE}\n\n{PROSE}\n\n\n\n", settings=Settings(max_lines=2))
    assert page.warnings == [] and all(r.rule != "limit.max-lines" for r in page.removed)


def test_blank_lines_do_not_count_towards_max_lines() -> None:
    page = clean("\n" * 50 + PROSE + "\n" * 50, settings=Settings(max_lines=1))
    assert page.article.paragraphs == [PROSE] and page.warnings == []


def test_max_lines_raises_when_asked() -> None:
    with pytest.raises(LimitExceeded):
        clean("a\nb\nc\n", settings=Settings(max_lines=2, on_limit="raise"))


def test_a_block_past_max_block_chars_skips_block_rules_but_stays_judged() -> None:
    long_prose = " ".join([PROSE] * 20)
    page = clean(f"Share this article\n\n{long_prose}", settings=Settings(max_block_chars=500))
    assert page.article.paragraphs == [long_prose]
    assert any("max_block_chars=500" in w and "line 3" in w for w in page.warnings)
    with pytest.raises(LimitExceeded):
        clean(long_prose, settings=Settings(max_block_chars=500, on_limit="raise"))


def test_a_spent_time_budget_keeps_unjudged_blocks_and_warns() -> None:
    text = "\n\n".join(["Share this article", PROSE] * 200)
    page = clean(text, settings=Settings(time_budget=1e-9))
    assert any("time_budget" in w for w in page.warnings)
    assert len(page.article.paragraphs) == 400  # nothing judged, so nothing removed
    check_accounting(text, page)


def test_a_spent_time_budget_raises_when_asked() -> None:
    with pytest.raises(TimeBudgetExceeded):
        clean(PROSE, settings=Settings(time_budget=1e-9, on_limit="raise"))


def test_no_time_budget_means_no_budget_warning() -> None:
    assert clean(PROSE, settings=Settings(time_budget=None)).warnings == []


def test_the_limit_errors_are_page_cleaner_errors() -> None:
    from pagecleaner import PageCleanerError

    assert issubclass(TimeBudgetExceeded, LimitExceeded) and issubclass(LimitExceeded, PageCleanerError)


def _doubtful_page(text: str) -> Page:
    blocks = make_blocks(segment_text(text))
    page = Page(blocks, Settings(), [None] * len(blocks))
    for i, v in Classify().judge(page):
        page.verdicts[i] = v
    return page


@pytest.mark.parametrize(
    "text",
    [
        f"{PROSE}\n\nShort line\n\nAnother\n\n{PROSE}",
        "Menu\n\nHome\n\nNews\n\n" + PROSE,
        f"{PROSE}\n\nOne\n\nTwo\n\nThree",
        "ab cd\n\n" * 50,
    ],
)
def test_neighbours_judges_a_page_as_its_per_block_match_would(text: str) -> None:
    """The linear ``judge`` gives the same verdicts as calling ``match`` block by block."""
    rule = Neighbours()
    fast, slow = _doubtful_page(text), _doubtful_page(text)
    for i, v in rule.judge(fast):
        fast.verdicts[i] = v
    for i in range(len(slow.blocks)):
        verdict: Verdict | None = rule.match(slow, i)
        if verdict is not None:
            slow.verdicts[i] = verdict
    assert fast.verdicts == slow.verdicts
    assert all(v is not None and v.label is not Label.DOUBTFUL for v in fast.verdicts)


def test_a_cleaner_keeps_its_limits_from_its_settings() -> None:
    cleaner = Cleaner(plugins=False, settings=Settings(max_lines=1))
    assert any("max_lines=1" in w for w in cleaner.clean("a\nb").warnings)
