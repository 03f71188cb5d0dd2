"""Segments → blocks: the cheap, language-independent features every rule reads."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import regex

from .blocks import Block, Segment

_TERMINAL = regex.compile(r"[.!?…。！？](?:[\"'”’»)\]]{0,2})$")
_CLOSING = "\"'”’»)]"
"""What ``_TERMINAL`` lets follow the stop, two at most."""
_SENTENCE_END = regex.compile(r"[.!?…。！？](?:[\"'”’»)\]]{0,2})(?=\s|$)")
_BULLET_MARKS = "•·▪►▸‣◦●■*–—-"
_BULLET = regex.compile(rf"^[{_BULLET_MARKS}]\s")
_STOPS = ".!?…。！？"
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_CJK_FIRST = "\u1100"
"""No character before this one (Hangul Jamo) is in ``_CJK``; tests/test_engine_speed_paths.py checks it."""
_CJK_FIRST_OR_LATER = regex.compile(f"[^\\x00-\\u{ord(_CJK_FIRST) - 1:04x}]")
"""A character at ``_CJK_FIRST`` or after it: one scan in C (``max()`` of a text made an object of
every character, about 9 us for 200 characters; this, under 1 us)."""
_UPPER = regex.compile(r"\p{Lu}")
_LOWER = regex.compile(r"\p{Ll}")
_DIGIT = regex.compile(r"\d")
_CAPITAL_START = regex.compile(r"(?<!\S)\p{Lu}")
_SPACE = regex.compile(r"\s")
_ASCII_ALL = bytes(range(128))


def _shape(b: int) -> int:
    if 65 <= b <= 90:
        return ord("U")
    if 97 <= b <= 122:
        return ord("L")
    if 48 <= b <= 57:
        return ord("D")
    return ord(" ") if b in b"\t\n\x0b\x0c\r " else ord("x")


# Every byte as its class: "U" (A-Z), "L" (a-z), "D" (0-9), " " (what ``\s`` matches in
# ASCII, not \x1c-\x1f) or "x" (anything else, every byte of a multi-byte character too).
# One translation, then C-speed counts; a capitalised word is a " U" pair or a leading "U".
_SHAPES = bytes(_shape(b) for b in range(256))


def _counts(text: str) -> tuple[int, int, int, int]:
    """Upper-case letters, lower-case letters, digits and capitalised words.

    ASCII is counted from the byte classes above. Text with a few non-ASCII characters
    (curly quotes, dashes) counts its ASCII bytes the same way and runs the Unicode
    classes only over the non-ASCII characters, cut out of the UTF-8 bytes.
    """
    if text.isascii():
        shapes = text.encode().translate(_SHAPES)
        return (
            shapes.count(b"U"),
            shapes.count(b"L"),
            shapes.count(b"D"),
            shapes.count(b" U") + (shapes[:1] == b"U"),
        )
    raw = text.encode("utf-8", "surrogatepass")  # lone surrogates survive scraping; keep them
    shapes = raw.translate(_SHAPES)
    # UTF-8 keeps every byte of a multi-byte character at 0x80 or above: dropping the ASCII
    # bytes leaves the non-ASCII characters whole.
    rest = raw.translate(None, _ASCII_ALL).decode("utf-8", "surrogatepass")
    m = len(rest)
    upper = m - len(_UPPER.sub("", rest))
    # With no upper-case letter or white space among the non-ASCII characters, capitalised
    # words are ASCII letters after ASCII space (a multi-byte character's bytes read as "x").
    plain = not upper and _SPACE.search(rest) is None
    return (
        shapes.count(b"U") + upper,
        shapes.count(b"L") + m - len(_LOWER.sub("", rest)),
        shapes.count(b"D") + m - len(_DIGIT.sub("", rest)),
        shapes.count(b" U") + (shapes[:1] == b"U") if plain else len(text) - len(_CAPITAL_START.sub("", text)),
    )


def _sentences(text: str) -> int:
    for stop in _STOPS:
        if stop in text:
            return len(_SENTENCE_END.findall(text))
    return 0  # no sentence-ending mark at all (menus, headings): no regex needed


def _is_cjk(text: str) -> bool:
    if text.isascii():
        return False
    head = text[:200]
    if _CJK_FIRST_OR_LATER.search(head) is None:  # curly quotes and accents, no CJK: no counting
        return False
    return (len(head) - len(_CJK.sub("", head))) * 3 > len(head)


def _terminal(text: str) -> bool:
    """Whether ``_TERMINAL`` matches at the end of ``text`` (a match spans at most its last 3
    characters, or 4 with a final newline): the last character that is no closing quote or bracket
    is a stop, with at most two of them after it. Read without the regex where the tail holds no
    newline (before which ``$`` also matches); the stops and the closers have no character in common."""
    tail = text[-4:]
    if "\n" in tail:
        return _TERMINAL.search(tail) is not None
    stripped = tail.rstrip(_CLOSING)
    return len(tail) - len(stripped) <= 2 and stripped != "" and stripped[-1] in _STOPS


def make_block(index: int, seg: Segment, repeats: int) -> Block:
    """Compute one block's features."""
    text = seg.text
    words = text.count(" ") + 1 if text else 0
    upper, lower, digits, capitals = _counts(text)
    cased = upper + lower
    # Positional, in the order of ``Block``'s fields (a call with 18 keywords costs a third more).
    return Block(
        index,
        text,
        seg.raw,
        seg.start_line,
        seg.end_line,
        seg.blank_before,
        len(text),  # chars
        words,
        _terminal(text),
        _sentences(text),
        upper / cased if cased else 0.0,  # upper_ratio
        min(1.0, capitals / words) if words else 0.0,  # capital_ratio
        digits / len(text) if text else 0.0,  # digit_ratio
        bool(text[:1] and text[0] in _BULLET_MARKS and _BULLET.match(text)),  # bullet
        repeats,
        _is_cjk(text),
        seg.dom,
        seg.shape,
    )


def make_blocks(segments: Iterable[Segment]) -> list[Block]:
    """Turn segments into blocks, counting how often each text repeats on the page."""
    segs = list(segments)
    counts = Counter(s.text for s in segs)
    return [make_block(i, s, counts[s.text]) for i, s in enumerate(segs)]
