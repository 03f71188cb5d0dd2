"""related.lists reads the kept headlines between removed lines only from after an open line: the
same runs as a scan from the page top (the scan it replaced, kept here as the reference)."""

from __future__ import annotations

import random

from pagecleaner.features import make_blocks
from pagecleaner.models import Kind, PageType
from pagecleaner.rules.base import Label, Page, Verdict
from pagecleaner.rules.related import TeaserLists
from pagecleaner.segment import segment_text
from pagecleaner.settings import Settings

RULE = TeaserLists()
SHORT = "Storm closes the coast road for a week"
LONG = " ".join(["The council met on Tuesday and talked about the budget for the coming year"] * 3)


def _top_down(page: Page, is_open: list[bool], title: str | None) -> list[bool]:
    """The scan from the page top that ``_open_kept_runs`` replaced."""
    out = list(is_open)
    n = len(out)
    k = 1
    while k < n:
        end = k
        while end < n and end - k < RULE.max_kept_run and RULE._kept_headline(page, end, title):
            end += 1
        if end > k and out[k - 1] and end < n and out[end]:
            out[k:end] = [True] * (end - k)
        k = end + 1 if end == k else end
    return out


def _page(rng: random.Random, n: int) -> Page:
    lines = [f"{SHORT} {i}" if rng.random() < 0.9 else f"{LONG} {i}" for i in range(n)]
    blocks = make_blocks(segment_text("\n\n".join(lines)))
    choices = (
        None,
        Verdict("test.kept", Kind.OTHER, "kept", label=Label.CONTENT),
        Verdict("test.menu", Kind.NAVIGATION, "removed"),
        Verdict("test.ad", Kind.AD, "removed, closed"),
    )
    verdicts = [rng.choices(choices, weights=(1, 12, 3, 1))[0] for _ in blocks]
    return Page(blocks, Settings(), verdicts)


def test_kept_runs_match_a_scan_from_the_top() -> None:
    rng = random.Random(14)
    opened = 0
    for _ in range(400):
        page = _page(rng, rng.randint(1, 40))
        assert len(page.blocks) == len(page.verdicts)
        title = page.blocks[0].text if rng.random() < 0.3 else None
        is_open = [RULE._open(page, k, title, False) for k in range(len(page.blocks))]
        want = _top_down(page, is_open, title)
        got = list(is_open)
        RULE._open_kept_runs(page, got, title)
        assert got == want
        opened += got != is_open
    assert opened > 50  # the pages do hold runs that open


def test_a_kept_run_longer_than_max_kept_run_stays_kept() -> None:
    n = RULE.max_kept_run + 6
    blocks = make_blocks(segment_text("\n\n".join(f"{SHORT} {i}" for i in range(n))))
    menu = Verdict("test.menu", Kind.NAVIGATION, "removed")
    kept = Verdict("test.kept", Kind.OTHER, "kept", label=Label.CONTENT)
    short: list[Verdict | None] = [menu, kept, kept, menu, *[kept] * (n - 5), menu]
    page = Page(blocks, Settings(), short)
    is_open = [RULE._open(page, k, None, False) for k in range(n)]
    RULE._open_kept_runs(page, is_open, None)
    assert is_open[:4] == [True] * 4
    assert not any(is_open[4 : n - 1])  # more kept lines in a row than max_kept_run: the article's own


# A text thread's short posts between their removed header and buttons are not a teaser list (text69)

REPLIES = (
    "Sounds like a great plan for the new tank",
    "Can't wait to see the next update on this build",
    "Running the same lights here and they are fine",
    "Which grout are you going to use for the rock",
)
KEPT = Verdict("test.kept", Kind.OTHER, "kept", label=Label.CONTENT)


def _thread(page_type: PageType, reported: PageType | None) -> tuple[Page, list[Verdict | None]]:
    """Four one-line replies, each between its poster's removed date line and its removed buttons."""
    lines: list[str] = []
    verdicts: list[Verdict | None] = []
    for i, reply in enumerate(REPLIES):
        lines += [f"reefer{i} · Mar {i + 3}, 2024", reply, "Reply Quote"]
        verdicts += [
            Verdict("test.date", Kind.METADATA, "a date line"),
            KEPT,
            Verdict("test.buttons", Kind.NAVIGATION, "buttons"),
        ]
    blocks = make_blocks(segment_text("\n\n".join(lines)))
    assert len(blocks) == len(lines)
    return Page(blocks, Settings(), list(verdicts), page_type=page_type, reported_type=reported), verdicts


def _posts_taken(page: Page, verdicts: list[Verdict | None]) -> list[str]:
    return sorted(page.blocks[k].text for k, _ in RULE.judge(page) if verdicts[k] is KEPT)


def test_short_posts_between_removed_lines_stay_on_a_text_thread() -> None:
    page, verdicts = _thread(PageType.FORUM, PageType.FORUM)
    assert _posts_taken(page, verdicts) == []
    page, verdicts = _thread(PageType.FORUM, None)
    assert _posts_taken(page, verdicts) == []


def test_kept_lines_between_removed_ones_are_still_read_off_threads() -> None:
    # An article's (or a page cleaned as a forum but reported as an article) kept headlines between
    # dates are a teaser list, as before.
    for page_type, reported in ((PageType.ARTICLE, PageType.ARTICLE), (PageType.FORUM, PageType.ARTICLE)):
        page, verdicts = _thread(page_type, reported)
        assert _posts_taken(page, verdicts) == sorted(REPLIES)


def test_a_thread_list_of_removed_lines_is_still_read_on_a_text_thread() -> None:
    menu = Verdict("test.menu", Kind.NAVIGATION, "removed")
    lines = ["Related Threads", *(f"{reply}?" for reply in REPLIES)]
    blocks = make_blocks(segment_text("\n\n".join(lines)))
    page = Page(blocks, Settings(), [menu] * len(blocks), page_type=PageType.FORUM, reported_type=PageType.FORUM)
    found = dict(RULE.judge(page))
    assert sum("teaser.title" in v.data for v in found.values()) >= 3
