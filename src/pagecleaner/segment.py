"""Raw text → paragraphs (segments) with their line spans.

A non-blank line is a paragraph, except that a line which continues an
unfinished sentence (it starts in lower case or with closing punctuation, the
previous line has no sentence end and no blank line stands between) is joined
back: renderers such as BeautifulSoup's ``get_text("\\n")`` break lines at
every inline tag.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .blocks import Segment

# The characters on which ``normalise``'s white space and ``str.split``'s differ (see below).
_ODD_SPACE = regex.compile("[\x1c-\x1f\u200b\u2060\ufeff]")
_WS = regex.compile(r"[\s\u200b\u2060\ufeff]+")  # ZWNJ/ZWJ join letters and emoji: keep them
_CONTINUES = regex.compile(r"^(?:\p{Ll}|[,.;:!?)\]}»”’%])")
_OPEN_END = regex.compile(r"(?:[\p{L}\p{N},;:(\[«“‘'\"/&+-]|\p{Pd})$")
_TERMINAL_END = regex.compile(r"[.!?…。！？]$")
_NO_SPACE_BEFORE = regex.compile(r"^[,.;:!?)\]}»”’%]")
_BRIDGE_MAX_WORDS = 8


def normalise(text: str) -> str:
    """Collapse runs of white space (and zero-width characters) to one space; strip the ends."""
    # ``str.split`` splits at exactly what ``\s`` matches, and also at \x1c-\x1f; ``_WS`` adds
    # the zero-width characters. Without any of these in a line, splitting gives the same result.
    if not ("\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text) and (
        text.isascii() or not ("\u200b" in text or "\u2060" in text or "\ufeff" in text)
    ):
        return " ".join(text.split())  # the same, without a regex
    return str(_WS.sub(" ", text)).strip()


# ``$`` matches at the end or before a final newline: the last two characters decide.
def _carries_on(prev: str, line: str, following: str) -> bool:
    """Whether ``line`` belongs to the paragraph that ``prev`` leaves open: it continues the
    unfinished sentence, or it is a bridge (below). Both need ``prev`` open, tested once."""
    if not _OPEN_END.search(prev[-2:]):
        return False
    return bool(_CONTINUES.match(line)) or _bridges(line, following)


def _bridges(line: str, following: str) -> bool:
    """A short line that starts a capital but sits inside a sentence: the text of a link
    ("told" / "Business Insider" / ", adding ..."), which BeautifulSoup puts on its own line."""
    return bool(
        following
        and line.count(" ") < _BRIDGE_MAX_WORDS
        and not _TERMINAL_END.search(line[-2:])
        and _CONTINUES.match(following)
    )


def _glue(parts: list[str]) -> str:
    out = parts[0]
    for part in parts[1:]:
        out += part if _NO_SPACE_BEFORE.match(part) else " " + part
    return out


def segment_text(text: str) -> Iterator[Segment]:
    """Cut text into paragraphs. Every non-blank input line lands in exactly one segment."""
    raw_lines = text.splitlines()
    # One look at the whole text instead of one per line: without the characters on which
    # ``normalise`` differs from ``str.split``, every line takes the fast path.
    plain = not _ODD_SPACE.search(text)
    cleaned = [" ".join(line.split()) if plain else normalise(line) for line in raw_lines]
    lines: list[str] = []
    norm: list[str] = []
    start = 0
    blank_before = False
    for k, (line, clean) in enumerate(zip(raw_lines, cleaned, strict=True)):
        number = k + 1
        if not clean:
            if lines:
                yield Segment(_glue(norm), "\n".join(lines), start, number - 1, blank_before)
                lines, norm = [], []
            blank_before = True
            continue
        following = cleaned[k + 1] if k + 1 < len(cleaned) else ""
        if lines and not _carries_on(norm[-1], clean, following):
            yield Segment(_glue(norm), "\n".join(lines), start, number - 1, blank_before)
            lines, norm = [], []
            blank_before = False
        if not lines:
            start = number
        lines.append(line)
        norm.append(clean)
    if lines:
        yield Segment(_glue(norm), "\n".join(lines), start, start + len(lines) - 1, blank_before)
