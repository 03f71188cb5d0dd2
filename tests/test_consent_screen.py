"""quality.consent-dialog reads a page's chains first and returns at once on a page where no cookie rule
removed a block (speed33): the same removals as the reading it replaced (kept here as the reference),
on random text pages with random verdicts, and no paragraph read on a page without a removed notice."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from pagecleaner.blocks import Block
from pagecleaner.features import make_blocks
from pagecleaner.models import Kind
from pagecleaner.rules.base import Label, Page, Verdict
from pagecleaner.rules.quality import ConsentDialog, _removed_notice
from pagecleaner.segment import segment_text
from pagecleaner.settings import Settings

RULE = ConsentDialog()

LINES = (
    "We use Necessary cookies to make our website work and optional analytics cookies to improve it.",
    "Required Cookies & Technologies",
    "Cookies Settings",
    "Manage cookie preferences",
    "Necessary",
    "Functional",
    "Off",
    "On",
    "3 partners",
    "Bake the cookies for twelve minutes, then let them cool on a rack before you ice them.",
    "Council approves a new footbridge",
    " ".join(["The council met on Tuesday and talked about the budget for the coming year and the bridge."] * 2),
    "Paragraph of the report on the footbridge over the river, rebuilt on its old piers from the spring on.",
    "Share this story",
)

NOTICE = Verdict("cookie.notice", Kind.COOKIE_NOTICE, "a cookie notice")
CHOICES: tuple[Verdict | None, ...] = (
    None,
    Verdict("test.kept", Kind.OTHER, "kept", label=Label.CONTENT),
    Verdict("test.menu", Kind.NAVIGATION, "removed"),
    NOTICE,
    Verdict("test.cookie-kept", Kind.COOKIE_NOTICE, "a notice given back", label=Label.CONTENT),
    Verdict("test.cookie-doubt", Kind.COOKIE_NOTICE, "doubtful", label=Label.DOUBTFUL),
)


def _old_chains(page: Page) -> list[list[int]]:
    """``_chains`` as it was before the page screen: every block read."""
    chains: list[list[int]] = []
    chain: list[int] = []
    removed = False
    for i, block in enumerate(page.blocks):
        notice = page.kind(i) is Kind.COOKIE_NOTICE and page.label(i) is not Label.CONTENT
        if not (notice or RULE._names_cookies(page, i)):
            continue
        if chain and block.start_line - page.blocks[chain[-1]].end_line > RULE.max_gap:
            if removed:
                chains.append(chain)
            chain, removed = [], False
        chain.append(i)
        removed = removed or notice
    if removed:
        chains.append(chain)
    return chains


def _old_prose(page: Page, j: int) -> bool:
    """``_prose`` as it was: block ``j``'s label asked of the page as it stands."""
    return page.label(j) is Label.CONTENT and page.blocks[j].words >= RULE.min_prose_words


def _old_judge(page: Page) -> Iterator[tuple[int, Verdict]]:
    """``judge`` as it was: the last paragraph found before the chains are read."""
    if page.is_html:
        return
    last_prose = max((j for j in range(len(page.blocks)) if _old_prose(page, j)), default=-1)
    read = prose_above = 0
    for anchors in _old_chains(page):
        first, last = anchors[0], anchors[-1]
        prose_above += sum(_old_prose(page, j) for j in range(read, first))
        read = first
        if not prose_above or last_prose <= last:
            yield from RULE._dialog(page, anchors)


def _page(rng: random.Random, n: int, notices: float) -> Page:
    lines = [rng.choice(LINES) for _ in range(n)]
    blanks = ["\n" if rng.random() < 0.7 else "\n\n" for _ in lines]
    blocks = make_blocks(segment_text("".join(line + gap for line, gap in zip(lines, blanks, strict=True))))
    weights = (3, 8, 3, notices, 1, 1)
    return Page(blocks, Settings(), [rng.choices(CHOICES, weights=weights)[0] for _ in blocks])


def _run(page: Page, judge: Iterator[tuple[int, Verdict]]) -> list[tuple[int, str]]:
    """The removals in order, each applied before the next is asked for (as the engine does)."""
    out = []
    for i, v in judge:
        page.verdicts[i] = v
        out.append((i, v.reason))
    return out


def test_the_same_removals_as_the_reading_it_replaced() -> None:
    rng = random.Random(33)
    fired = screened = 0
    for _ in range(1500):
        notices = rng.choice((0.0, 0.3, 1.0, 3.0))
        page = _page(rng, rng.randint(1, 60), notices)
        again = Page(page.blocks, page.settings, list(page.verdicts))
        assert RULE._chains(page) == _old_chains(page)
        got, want = _run(page, RULE.judge(page)), _run(again, _old_judge(again))
        assert got == want
        assert page.verdicts == again.verdicts
        fired += bool(got)
        screened += not any(_removed_notice(v) for v in page.verdicts)
    assert fired > 100 and screened > 100


def test_removed_notice_reads_the_verdict_as_kind_and_label_do() -> None:
    blocks = make_blocks(segment_text("One line\n"))
    for v in CHOICES:
        page = Page(blocks, Settings(), [v])
        assert _removed_notice(v) == (page.kind(0) is Kind.COOKIE_NOTICE and page.label(0) is not Label.CONTENT)


def test_no_paragraph_is_read_on_a_page_without_a_removed_notice(monkeypatch: pytest.MonkeyPatch) -> None:
    # Cookie words and a notice given back (kept) make no chain: the page's paragraphs are not counted.
    text = "\n".join(LINES) + "\n"
    blocks = make_blocks(segment_text(text))
    kept = Verdict("test.cookie-kept", Kind.COOKIE_NOTICE, "given back", label=Label.CONTENT)
    page = Page(blocks, Settings(), [kept if i == 0 else None for i in range(len(blocks))])

    def counted(self: ConsentDialog, label: Label | None, block: Block) -> bool:
        raise AssertionError("a paragraph was read")

    monkeypatch.setattr(ConsentDialog, "_prose", counted)
    assert list(RULE.judge(page)) == []


def test_a_removed_notice_still_makes_its_dialog_go() -> None:
    # The negative side of the screen: with the notice removed, the kept dialog lines around it go.
    lines = ["Cookies Settings", "Necessary", "Functional", "We use cookies to improve your experience.", "Off"]
    blocks = make_blocks(segment_text("\n\n".join(lines) + "\n"))
    assert [b.text for b in blocks] == lines
    verdicts: list[Verdict | None] = [CHOICES[1]] * len(blocks)
    verdicts[3] = NOTICE
    page = Page(blocks, Settings(), verdicts)
    gone = [i for i, _ in RULE.judge(page)]
    assert gone == [0, 1, 2]  # the labels from the first anchor to the last; "Off" under the notice stays
