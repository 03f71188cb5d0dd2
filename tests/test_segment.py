"""Cutting text into paragraphs, and joining back lines a renderer broke at inline tags."""

from __future__ import annotations

import random

from pagecleaner.features import _TERMINAL, _terminal
from pagecleaner.segment import (
    _CONTINUES,
    _OPEN_END,
    _TERMINAL_END,
    _continues,
    _open_end,
    _terminal_end,
    has_letter,
    segment_text,
)

BS4 = """Lynn said the team
Los Angeles Chargers
, which lost on Monday, would
regroup
before the next game.
Home
World News
Sports"""


def texts(text: str) -> list[str]:
    return [s.text for s in segment_text(text)]


def test_link_text_on_its_own_line_joins_its_sentence() -> None:
    assert (
        texts(BS4)[0]
        == "Lynn said the team Los Angeles Chargers, which lost on Monday, would regroup before the next game."
    )


def test_menu_lines_stay_apart() -> None:
    assert texts(BS4)[1:] == ["Home", "World News", "Sports"]


def test_every_non_blank_line_lands_in_exactly_one_segment() -> None:
    text = BS4 + "\n\n  \nA last paragraph.\n"
    raw = [line for s in segment_text(text) for line in s.raw.split("\n")]
    assert raw == [line for line in text.splitlines() if line.strip()]


def test_line_spans_follow_the_input() -> None:
    segs = list(segment_text("One.\n\nTwo\nthree.\nFour."))
    assert [(s.start_line, s.end_line) for s in segs] == [(1, 1), (3, 4), (5, 5)]


def test_a_line_holds_a_letter_as_any_of_its_characters_says() -> None:
    # ``has_letter`` asks the first character before the generator (speed27): a line whose letter
    # comes later ("14 Reviews", "→ Next", "(AP)"), none at all ("4.5", "→", "") or only
    # non-ASCII ones ("été", "Ὰ", "日本") answers as ``any(c.isalpha() for c in text)``.
    pieces = ("14", "4.5", "→", "★", " ", "(", "—", "A", "x", "été", "Ὰ", "日本", "٣", "²", "_", "ǅ", "")
    rng = random.Random(27)
    lettered = 0
    for _ in range(5_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
        want = any(c.isalpha() for c in text)
        assert has_letter(text) is want, text
        lettered += want
    assert 1_000 < lettered < 4_000


# Ends of lines: stops, closers, the signs and dashes that leave a line open, letters and digits
# (ASCII and not), newlines and other white space, a lone surrogate.
_END_CHARS = "ñÉǅ.!?…。！？\"'”’»)]}([«“‘/&+-–—_,;:%#aZ09éßЖ中٣Ⅳ²\n\r\t \u2028\ud800"


def test_line_end_tests_answer_as_their_patterns() -> None:
    """``_open_end``, ``_terminal_end``, ``_continues`` (``segment``) and ``_terminal`` (``features``) read a
    line's end (or start) without the regex
    where they can: on random ends they answer as ``_OPEN_END`` on the last two characters and
    ``_TERMINAL`` on the last four do (an answer read as "the last character is a letter or a stop"
    fails this)."""
    rng = random.Random(29)
    opened = terminal = 0
    for _ in range(30000):
        text = "".join(rng.choices(_END_CHARS, k=rng.randint(0, 6)))
        expected_open = _OPEN_END.search(text[-2:]) is not None
        expected_terminal = _TERMINAL.search(text[-4:]) is not None
        assert _open_end(text) == expected_open, repr(text)
        assert _terminal(text) == expected_terminal, repr(text)
        assert _terminal_end(text) == (_TERMINAL_END.search(text[-2:]) is not None), repr(text)
        assert _continues(text) == (_CONTINUES.match(text) is not None), repr(text)
        assert _continues(text[::-1]) == (_CONTINUES.match(text[::-1]) is not None), repr(text)
        opened += expected_open
        terminal += expected_terminal
    assert opened > 3000 and terminal > 3000
    assert _terminal("He left.”)") and not _terminal("He left.”))") and _terminal("Done.\n")
    assert _open_end("and the-") and _open_end("see «") and not _open_end("ends.") and _open_end("Band\n")
