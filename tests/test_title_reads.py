"""metadata.title reads each line's kept state once per page (speed32): the same candidates, the
same opening, the same prose above each candidate and the same list numbers as the per-line
reading it replaced, on random pages with random verdicts and lines given back."""

from __future__ import annotations

import random
from collections import Counter

from pagecleaner.features import make_blocks
from pagecleaner.models import Kind
from pagecleaner.rules.base import Label, Page, Verdict
from pagecleaner.rules.metadata import (
    Title,
    _kept,
    _kept_lines,
    _kept_words,
    _list_number,
    _list_numbers,
    _restored,
)
from pagecleaner.rules.quality import TooLittle
from pagecleaner.segment import segment_text
from pagecleaner.settings import Settings

RULE = Title()
LINES = (
    "Council approves budget after late-night debate",
    "Local Politics",
    "By Jane Smith",
    "March 3, 2024",
    "The city council approved the new budget on Tuesday after a debate that lasted well into the night.",
    "Opposition members said the plan raised spending too quickly and promised to keep fighting.",
    "Share this",
    "Contents",
    "2. Conduct Smarter Keyword Research",
    "3.5. Control Flow",
    "12.2 How far apart are two quantum states?",
    "7 weight loss tips",
    "2024.4.4 → 2024.5.0 issue",
    "Models¶",
    "学校の予算が承認されました",
)
VERDICTS = (
    None,
    Verdict("test.kept", Kind.OTHER, "kept", label=Label.CONTENT),
    Verdict(TooLittle.id, Kind.LOW_CONTENT, "given back", label=Label.CONTENT),
    Verdict("test.menu", Kind.NAVIGATION, "removed"),
    Verdict("test.short", Kind.LOW_CONTENT, "doubtful", label=Label.DOUBTFUL),
)


def _page(rng: random.Random) -> Page:
    lines = [rng.choice(LINES) for _ in range(rng.randint(1, 40))]
    blocks = make_blocks(segment_text("\n\n".join(lines)))
    verdicts = [rng.choices(VERDICTS, weights=(2, 6, 2, 3, 1))[0] for _ in blocks]
    return Page(blocks, Settings(), verdicts)


def _pages(seed: int, count: int) -> list[Page]:
    rng = random.Random(seed)
    return [_page(rng) for _ in range(count)]


def test_kept_lines_are_kept_line_by_line() -> None:
    restored_seen = 0
    for page in _pages(32, 400):
        for restored in (frozenset(), _restored(page)):
            restored_seen += bool(restored)
            assert _kept_lines(page, restored) == [_kept(page, i, restored) for i in range(len(page.blocks))]
    assert restored_seen > 20  # pages with lines given back beside lines kept on their own


def test_prose_above_a_candidate_from_running_sums_is_the_sum() -> None:
    nonzero = 0
    for page in _pages(33, 400):
        restored = _restored(page)
        kept = _kept_lines(page, restored)
        for upto in range(len(page.blocks)):
            words = _kept_words(page, kept, upto)
            assert len(words) == upto + 1
            for j in range(upto + 1):
                want = RULE._prose(page, range(max(0, j - 6), j), restored)
                got = min(words[j] - words[max(0, j - 6)], 150) / 150
                assert got == want
                nonzero += want > 0
    assert nonzero > 1000


def test_candidates_and_opening_with_the_lines_read_once() -> None:
    asked = 0
    for page in _pages(34, 300):
        restored = _restored(page)
        kept = _kept_lines(page, restored)
        if True not in kept:
            continue
        body = kept.index(True)
        glued_old: dict[int, tuple[str, object]] = {}
        glued_new: dict[int, tuple[str, object]] = {}
        old = RULE._choices(page, body, glued_old, restored)  # type: ignore[arg-type]
        new = RULE._choices(page, body, glued_new, restored, kept)  # type: ignore[arg-type]
        assert new == old and glued_new == glued_old
        if old:
            lines = [j for j, _ in old]
            assert RULE._kept_terms(page, min(lines), max(lines), restored, kept) == RULE._kept_terms(
                page, min(lines), max(lines), restored
            )
            asked += 1
    assert asked > 50


def test_the_judge_gives_the_title_a_per_line_reading_gives() -> None:
    """The judge with its running sums against the features read the old way (``prose_before``
    left to :meth:`Title._prose`)."""
    titled = 0
    for page in _pages(35, 300):
        restored = _restored(page)
        kept = _kept_lines(page, restored)
        if True not in kept:
            continue
        body = kept.index(True)
        candidates = RULE._choices(page, body, {}, restored)
        words = _kept_words(page, kept, max((j for j, _ in candidates), default=0))
        for r, (j, where) in enumerate(candidates):
            read = RULE.features(page, body, j, where, r, Counter(), restored=restored)
            given = RULE.features(
                page,
                body,
                j,
                where,
                r,
                Counter(),
                restored=restored,
                prose_before=min(words[j] - words[max(0, j - 6)], 150) / 150,
            )
            assert given == read
        titled += any("title" in v.data for _, v in RULE.judge(page))
    assert titled > 20


def test_list_numbers_read_only_lines_opening_with_a_digit() -> None:
    rng = random.Random(36)
    pieces = ("2. ", "3.5. ", "12.2 ", "7 ", "1) ", "١. ", "x", "²2. ", " 2. ", "", "Models", "99.99 ", "a) ")
    found = 0
    for _ in range(3000):
        lines = [
            "".join(rng.choice(pieces) for _ in range(rng.randint(0, 3))) + rng.choice(("Step", "", "and more"))
            for _ in range(rng.randint(0, 8))
        ]
        want = frozenset(n for n in map(_list_number, lines) if n is not None)
        assert _list_numbers(lines) == want
        assert _list_numbers(iter(lines)) == want
        found += bool(want)
    assert found > 500


def test_a_page_with_no_kept_line_gives_no_title() -> None:
    blocks = make_blocks(segment_text("\n\n".join(LINES)))
    removed = Verdict("test.menu", Kind.NAVIGATION, "removed")
    page = Page(blocks, Settings(), [removed] * len(blocks))
    assert _kept_lines(page, frozenset()) == [False] * len(blocks)
    assert list(RULE.judge(page)) == []
