"""The cheap checks metadata.title makes before its noise patterns are necessary conditions: a line
that fails one never matches the pattern it screens, so no candidate's score changes."""

from __future__ import annotations

import random
import sys
from itertools import pairwise

import regex

from pagecleaner.rules.metadata import (
    _CJK_CHAR,
    _CLOCK,
    _DIGIT,
    _FIGURE,
    _LABEL,
    _LABEL_FIRST,
    _TITLE_WORD,
    _TRAIL,
    _TRAIL_MARKS,
    _may_be_label,
    _terms,
)
from pagecleaner.teasers import COUNTER

PIECES = (
    "by ", "By ", "BY ", "por ", "Written by ", "posted by ", "Fact checked by ", "Reviewed by ", "par ", "di ", "door ", "oleh ", "von ",
    "12", "3", "٣", "\U00010d40", "1,200", "4.6", "k", "K", " ", "\n", ":", "：", "/", " / ", " | ", " » ",
    " › ", "> ", "| ", "shares", "comments", "times", "shared ", "read ", "at ", "9:41", "10.30", " a.m.",
    "pm", "Home", "Guides", "news", "ſ", "İ", "ß", "-", "—", "(", "x", "The", "Ünïcödé", "漢字", "viewed 3 timeſ",
    "shared 44,976 times", "120 comments", "1.2k views",
)  # fmt: skip


def _lines(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(PIECES, k=rng.randint(0, 8))) for _ in range(count)]


def test_every_screened_pattern_needs_what_its_screen_checks() -> None:
    matched = {"figure": 0, "counter": 0, "clock": 0, "trail": 0, "label": 0}
    for text in _lines(14, 30000):
        digit = _DIGIT.search(text) is not None
        if _FIGURE.search(text):
            matched["figure"] += 1
            assert digit and _DIGIT.search(text, 0, 4), text
        if COUNTER.search(text):
            matched["counter"] += 1
            assert digit, text
        if _CLOCK.search(text):
            matched["clock"] += 1
            assert digit, text
        if _TRAIL.search(text):
            matched["trail"] += 1
            assert any(mark in text for mark in _TRAIL_MARKS), text
        if _LABEL.search(text):
            matched["label"] += 1
            assert _may_be_label(text), text
    assert all(n >= 20 for n in matched.values()), matched  # every pattern was put to the test


def test_no_other_character_folds_to_a_label_opening() -> None:
    first = regex.compile(rf"(?i:[{_LABEL_FIRST}])")
    odd = [c for c in map(chr, range(sys.maxunicode + 1)) if first.match(c) and c.lower() not in _LABEL_FIRST]
    assert odd == []


def test_screens_turn_ordinary_headlines_away() -> None:
    headline = "Storm closes the coast road for a week"
    assert _DIGIT.search(headline) is None
    assert not any(mark in headline for mark in _TRAIL_MARKS)
    assert not _may_be_label(headline)
    assert _may_be_label("By Jane Doe") and _may_be_label("Related stories:")


def _reference_terms(text: str) -> set[str]:
    """``metadata._terms`` as it was, with the Unicode pattern on every line."""
    low = text.lower()
    if not low.isascii() and _CJK_CHAR.search(low):
        chars = _CJK_CHAR.findall(low)
        return {a + b for a, b in pairwise(chars)}
    return set(_TITLE_WORD.findall(low))


def test_terms_of_ascii_lines_are_the_unicode_patterns_terms() -> None:
    lines = [*_lines(15, 20000), "Snake_case words_here and 2024", "x" * 3 + "y", "İstanbul", "KELVIN \u212a"]
    ascii_lines = 0
    for text in lines:
        ascii_lines += text.lower().isascii()
        assert _terms(text) == _reference_terms(text), text
    assert ascii_lines > 1000
