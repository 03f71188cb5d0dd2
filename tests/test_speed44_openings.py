"""metadata.title counts each opening's terms once (speed44): an opening that ends where the next
one down the page ends is that one's counts plus the blocks between the two starts, and every
opening is what the per-block count it replaced gave, on random kept blocks and on random pages;
a line that is ASCII but for curly quotes and dashes has the terms ``regex`` read in it."""

from __future__ import annotations

import random
import unicodedata
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise

from pagecleaner.features import make_blocks
from pagecleaner.models import Kind
from pagecleaner.rules.base import Label, Page, Verdict
from pagecleaner.rules.metadata import (
    _ASCII_TITLE_WORD,
    _CJK_CHAR,
    _QUOTES_AND_DASHES,
    _TITLE_WORD,
    Title,
    _kept_lines,
    _restored,
    _terms,
)
from pagecleaner.segment import segment_text
from pagecleaner.settings import Settings

RULE = Title()
Kept = list[tuple[int, set[str], int]]


def _opening_by_updates(kept: Kept, start: int, opening_words: int = RULE.opening_words) -> Counter[str]:
    """An opening as main counted it before speed44: one ``Counter.update`` a kept block."""
    counts: Counter[str] = Counter()
    words = 0
    for _i, terms, weight in kept[start:]:
        counts.update(terms)
        words += weight
        if words >= opening_words:
            break
    return counts


def _openings_by_updates(kept: Kept, candidates: list[int]) -> list[Counter[str]]:
    """``Title._openings`` as main read it: each candidate's opening from the first kept block after it."""
    out = []
    for j in candidates:
        start = next((n for n, (i, _terms, _weight) in enumerate(kept) if i > j), len(kept))
        out.append(_opening_by_updates(kept, start))
    return out


WORDS = ("council", "budget", "debate", "night", "city", "plan", "2024", "spending", "members", "votes")


def _kept(rng: random.Random) -> Kept:
    i, out = -1, []
    for _ in range(rng.randint(0, 40)):
        i += rng.randint(1, 3)
        terms = set(rng.sample(WORDS, rng.randint(0, 6)))
        weight = rng.choice((0, 1, 3, 8, 20, 45, 120, 290, 400))
        out.append((i, terms, weight))
    return out


def _same(got: list[Counter[str]], want: list[Counter[str]]) -> None:
    assert got == want
    # No term kept with a count of 0 (a term in an opening is one a block of it holds).
    assert all(dict(g) == dict(w) and all(g.values()) for g, w in zip(got, want, strict=True))


def test_openings_are_those_counted_block_by_block() -> None:
    rng = random.Random(44)
    shared = 0
    for _ in range(3000):
        kept = _kept(rng)
        top = kept[-1][0] + 3 if kept else 5
        candidates = [rng.randint(-1, top) for _ in range(rng.randint(1, 12))]
        got = RULE._openings(kept, candidates)
        _same(got, _openings_by_updates(kept, candidates))
        # Each start alone: the candidate right on the kept block before it (before the first: -1).
        for start in range(len(kept) + 1):
            j = kept[start - 1][0] if start else -1
            assert RULE._openings(kept, [j]) == [_opening_by_updates(kept, start)]
        ends = [RULE._opening_end(kept, s) for s in range(len(kept) + 1)]
        shared += len(ends) - len(set(ends))
    assert shared > 1000  # openings that end together, read from one another


def test_openings_ending_together_count_their_shared_blocks_once() -> None:
    """Three openings over short lines end at the same long paragraph: each block's terms are read
    once (main read the shared ones once per opening: three times)."""
    reads: Counter[int] = Counter()

    class Terms(set[str]):
        def __init__(self, i: int, terms: set[str]) -> None:
            super().__init__(terms)
            self.i = i

        def __iter__(self) -> Iterator[str]:
            reads[self.i] += 1
            return super().__iter__()

    def block(i: int, terms: set[str], weight: int) -> tuple[int, set[str], int]:
        return i, Terms(i, terms), weight

    kept: Kept = [
        block(3, {"council"}, 4),
        block(4, {"budget"}, 4),
        block(5, {"debate", "night"}, 60),
        block(6, {"council", "plan"}, 400),  # every opening ends here
        block(7, {"spending"}, 30),
    ]
    openings = RULE._openings(kept, [0, 3, 4])
    assert openings[0] == Counter({"council": 2, "budget": 1, "debate": 1, "night": 1, "plan": 1})
    assert openings[1] == Counter({"budget": 1, "debate": 1, "night": 1, "council": 1, "plan": 1})
    assert openings[2] == Counter({"debate": 1, "night": 1, "council": 1, "plan": 1})
    assert reads == {3: 1, 4: 1, 5: 1, 6: 1}  # block 7 is past every opening
    _same(openings, _openings_by_updates(kept, [0, 3, 4]))


def test_an_opening_that_ends_before_the_next_is_counted_afresh() -> None:
    kept: Kept = [(2, {"council"}, 300), (3, {"budget"}, 5), (4, {"council", "debate"}, 400)]
    openings = RULE._openings(kept, [0, 2, 3])
    # From line 0 the first block's 300 words make the opening; lines 2 and 3 read to the end.
    assert openings == [
        Counter({"council": 1}),
        Counter({"budget": 1, "council": 1, "debate": 1}),
        Counter({"council": 1, "debate": 1}),
    ]
    _same(openings, _openings_by_updates(kept, [0, 2, 3]))


LINES = (
    "Council approves budget after late-night debate",
    "Local Politics",
    "By Jane Smith",
    "March 3, 2024",
    "The city council approved the new budget on Tuesday after a debate that lasted well into the night.",
    "Opposition members said the plan raised spending too quickly and promised to keep fighting. " * 3,
    "Share this",
    "学校の予算が承認されました",
)
VERDICTS = (
    None,
    Verdict("test.kept", Kind.OTHER, "kept", label=Label.CONTENT),
    Verdict("test.menu", Kind.NAVIGATION, "removed"),
)


def test_openings_of_random_pages_are_those_counted_block_by_block() -> None:
    rng = random.Random(4400)
    asked = 0
    for _ in range(300):
        lines = [rng.choice(LINES) for _ in range(rng.randint(1, 60))]
        blocks = make_blocks(segment_text("\n\n".join(lines)))
        page = Page(blocks, Settings(), [rng.choices(VERDICTS, weights=(2, 6, 3))[0] for _ in blocks])
        restored = _restored(page)
        is_kept = _kept_lines(page, restored)
        if True not in is_kept:
            continue
        candidates = [j for j, _ in RULE._choices(page, is_kept.index(True), {}, restored, is_kept)]
        if not candidates:
            continue
        kept = RULE._kept_terms(page, min(candidates), max(candidates), restored, is_kept)
        _same(RULE._openings(kept, candidates), _openings_by_updates(kept, candidates))
        asked += 1
    assert asked > 100


def _terms_before(text: str) -> set[str]:
    """``metadata._terms`` as main read it before speed44 (every line past ASCII through ``regex``)."""
    low = text.lower()
    if low.isascii():
        return set(_ASCII_TITLE_WORD.findall(low))
    if _CJK_CHAR.search(low):
        chars = _CJK_CHAR.findall(low)
        return {a + b for a, b in pairwise(chars)}
    return set(_TITLE_WORD.findall(low))


ALPHABET = "abcdeXYZ019 '-.,\u00a0" + "".join(_QUOTES_AND_DASHES) + "éÉßİ\u212a×®·→£\u200dтеД学校のカ한"


def test_terms_of_lines_with_quotes_and_dashes_are_those_read_through_regex() -> None:
    rng = random.Random(4401)
    read_as_ascii = 0
    for _ in range(20000):
        # Mostly ASCII with a few quotes and dashes, sometimes a letter past ASCII or a CJK character.
        pool = ALPHABET[:17] * 6 + "".join(_QUOTES_AND_DASHES) + (ALPHABET[17:] if rng.random() < 0.3 else "")
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 60)))
        assert _terms(text) == _terms_before(text), text
        low = text.lower()
        read_as_ascii += not low.isascii() and all(c.isascii() or c in _QUOTES_AND_DASHES for c in low)
    assert read_as_ascii > 1500  # the others hold a no-break space, a letter past ASCII or CJK
    for text in (
        "Council’s budget — “approved” after a late–night debate…",
        "don’t stop — won’t stop",
        "Café owners’ “résumé” day",  # a letter past ASCII: read through regex
        "学校の予算が承認されました — “council”",
        "\u212aelvin’s scale",  # the Kelvin sign lowers to ASCII "k"
    ):
        assert _terms(text) == _terms_before(text)
    assert _terms("Council’s budget — “approved” after a late–night debate…") == {
        "council",
        "budget",
        "approved",
        "after",
        "late",
        "night",
        "debate",
    }


def test_every_quote_and_dash_is_punctuation() -> None:
    assert all(unicodedata.category(mark).startswith("P") for mark in _QUOTES_AND_DASHES)
    assert not any(_CJK_CHAR.search(mark) or _TITLE_WORD.search(mark * 4) for mark in _QUOTES_AND_DASHES)
