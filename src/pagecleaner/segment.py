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

_WS = regex.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")
_CONTINUES = regex.compile(r"^(?:\p{Ll}|[,.;:!?)\]}»”’%])")
_OPEN_END = regex.compile(r"(?:[\p{L}\p{N},;:(\[«“‘'\"/&+-]|\p{Pd})$")


def normalise(text: str) -> str:
    """Collapse runs of white space (and zero-width characters) to one space; strip the ends."""
    return str(_WS.sub(" ", text)).strip()


def _joins(prev: str, line: str) -> bool:
    return bool(_OPEN_END.search(prev) and _CONTINUES.match(line))


def segment_text(text: str) -> Iterator[Segment]:
    """Cut text into paragraphs. Every non-blank input line lands in exactly one segment."""
    lines: list[str] = []
    norm: list[str] = []
    start = 0
    blank_before = False
    for number, line in enumerate(text.splitlines(), start=1):
        clean = normalise(line)
        if not clean:
            if lines:
                yield Segment(" ".join(norm), "\n".join(lines), start, number - 1, blank_before)
                lines, norm = [], []
            blank_before = True
            continue
        if lines and not _joins(norm[-1], clean):
            yield Segment(" ".join(norm), "\n".join(lines), start, number - 1, blank_before)
            lines, norm = [], []
            blank_before = False
        if not lines:
            start = number
        lines.append(line)
        norm.append(clean)
    if lines:
        yield Segment(" ".join(norm), "\n".join(lines), start, start + len(lines) - 1, blank_before)
