"""The helpers of the one-space headline split answer as their plain versions did.

``one_space_points`` counts the sentence case of the words after each point in one pass from the
end (``_lettered_tails``) instead of once per point; ``page_words`` lists the page's words and
counts them in one call each instead of one ``Counter`` increment a word. The references are the
functions as they were; random lines mix capitalised and small words, words with no letter
(counts, dashes), stops and commas at word ends, and lengths around the rule's bounds.
"""

from __future__ import annotations

import random
from collections import Counter

from pagecleaner import teasers
from pagecleaner.blocks import Block
from pagecleaner.features import make_blocks
from pagecleaner.segment import segment_text
from pagecleaner.teasers import PageWords, one_space_points, page_words

_WORDS = (
    "The", "Senate", "Vote", "Apple's", "iPhone", "eBay", "the", "said", "after", "of", "in", "a", "and",
    "witnesses", "14", "4.5", "—", "-", "|", "2024", "(AP)", "“Quote”", "Even", "É", "été", "über", "ſ", "Ὰ",
    "ǅ", "?", "Why?", "end.", "Yes,", "it's", "O’Neil", "…", "x", "AT&T", "42%",
)


def _reference(text: str) -> list[int]:
    words = text.split()
    if len(words) < teasers._TITLE_MIN_LINKED + teasers._SPACED_ONE_MIN_TAIL:
        return []
    found: list[int] = []
    for k in range(teasers._TITLE_MIN_LINKED, min(len(words) - teasers._SPACED_ONE_MIN_TAIL, teasers._TITLE_MAX_WORDS) + 1):
        w, prev = words[k], words[k - 1]
        if not w[0].isupper() or prev[-1] in teasers._HEAD_STOPS:
            continue
        last = prev.strip(teasers._WORD_EDGES)
        if last.islower() and len(last) <= teasers._SHORT_SMALL_WORD and prev[-1] != "?":
            continue
        rest = [x for x in words[k + 1 :] if any(c.isalpha() for c in x)]
        if sum(1 for x in rest if x[0].islower()) * 2 <= len(rest):
            continue
        found.append(k)
    return found


def test_one_space_points_answer_as_before() -> None:
    rng = random.Random(17)
    hits = 0
    for _ in range(20000):
        small = rng.random()  # how much of the line is in small letters
        words = [
            rng.choice(_WORDS) if rng.random() > small else rng.choice(("the", "said", "of", "witnesses", "été", "x"))
            for _ in range(rng.randint(0, 40))
        ]
        text = " ".join(words)
        expected = _reference(text)
        assert one_space_points(text) == expected, text
        hits += bool(expected)
    assert hits > 1000  # the lines reach the sentence-case count, not only the early checks


def test_a_headline_and_its_summary_meet_once() -> None:
    text = "Impeachment hearings were a disaster for Republicans Even their own witnesses said the case was weak"
    assert one_space_points(text) == [7]  # "Even"
    assert one_space_points("Short line of Words") == []


def _reference_page_words(blocks: list[Block]) -> PageWords:
    small: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for b in blocks:
        words = b.text.split()
        for k, raw in enumerate(words):
            w = raw.strip(teasers._WORD_EDGES)
            if not w:
                continue
            if w.islower():
                small[w] += 1
            elif k and w[0].isupper() and words[k - 1][-1] not in teasers._SENTENCE_ENDS:
                inside[w.lower()] += 1
    return PageWords(
        frozenset(teasers._norm(b.text) for b in blocks), frozenset(w for w, n in small.items() if n > inside[w])
    )


def test_page_words_answer_as_before() -> None:
    rng = random.Random(17)
    smalls = 0
    for _ in range(300):
        lines = [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 12))) for _ in range(rng.randint(1, 12))]
        blocks = make_blocks(segment_text("\n\n".join(lines)))
        expected = _reference_page_words(blocks)
        assert page_words(blocks) == expected
        smalls += len(expected.small)
    assert smalls > 300


def test_title_case_words_answer_as_before() -> None:
    # ``_title_case_words`` screens a word by its first character before the generator (speed27).
    def reference(text: str) -> bool:
        words = [w for w in text.split() if any(c.isalpha() for c in w)]
        return bool(words) and all(next(c for c in w if c.isalpha()).isupper() for w in words)

    rng = random.Random(27)
    titled = 0
    for _ in range(5_000):
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 6)))
        want = reference(text)
        assert teasers._title_case_words(text) is want, text
        titled += want
    assert titled > 500
