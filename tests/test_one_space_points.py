"""``one_space_points`` counts the sentence case of the words after each point in one pass from the
end (``_lettered_tails``) instead of once per point: it answers as the plain version did.

The reference is the function as it was; random lines mix capitalised and small words, words with
no letter (counts, dashes), stops and commas at word ends, and lengths around the rule's bounds.
"""

from __future__ import annotations

import random

from pagecleaner import teasers
from pagecleaner.teasers import one_space_points

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
