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

from .blocks import Role, Segment, Shape

# The characters on which ``normalise``'s white space and ``str.split``'s differ (see below).
_ODD_SPACE = regex.compile("[\x1c-\x1f\u200b\u2060\ufeff]")
_WS = regex.compile(r"[\s\u200b\u2060\ufeff]+")  # ZWNJ/ZWJ join letters and emoji: keep them
_CONTINUES = regex.compile(r"^(?:\p{Ll}|[,.;:!?)\]}»”’%])")
_OPEN_END = regex.compile(r"(?:[\p{L}\p{N},;:(\[«“‘'\"/&+-]|\p{Pd})$")
_TERMINAL_END = regex.compile(r"[.!?…。！？]$")
_NO_SPACE_BEFORE = regex.compile(r"^[,.;:!?)\]}»”’%]")
_BRIDGE_MAX_WORDS = 8
_ORDERED = regex.compile(r"^(?:\d{1,3}|[a-zA-Z])[.)]\s+\S")
"""A numbered or lettered list item's start: "1. ", "2) ", "a) "."""


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
    if not _OPEN_END.search(prev[-2:]) or _ORDERED.match(line):  # "b) the second case" starts an item
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


def segment_text(text: str) -> list[Segment]:
    """Cut text into paragraphs, each with the role its text shows (see :func:`shape_segments`).
    Every non-blank input line lands in exactly one segment."""
    return shape_segments(list(_segments(text)))


def _segments(text: str) -> Iterator[Segment]:
    raw_lines = text.splitlines()
    tables = table_runs(raw_lines) if "\t" in text or "   " in text else {}
    # One look at the whole text instead of one per line: without the characters on which
    # ``normalise`` differs from ``str.split``, every line takes the fast path.
    plain = not _ODD_SPACE.search(text)
    cleaned = [" ".join(line.split()) if plain else normalise(line) for line in raw_lines]
    lines: list[str] = []
    norm: list[str] = []
    start = 0
    blank_before = False
    skip_to = 0
    for k, (line, clean) in enumerate(zip(raw_lines, cleaned, strict=True)):
        number = k + 1
        if k < skip_to:
            continue
        if k in tables:
            if lines:
                yield Segment(_glue(norm), "\n".join(lines), start, number - 1, blank_before)
                lines, norm = [], []
                blank_before = False
            skip_to, rows = tables[k]
            flat = " ".join(c for c in cleaned[k:skip_to] if c)
            yield Segment(flat, "\n".join(raw_lines[k:skip_to]), number, skip_to, blank_before, None, Shape(Role.TABLE, rows=rows))
            blank_before = False
            continue
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


# -- roles the text shows ---------------------------------------------------------------------
_TAB_SPLIT = regex.compile(r"\t+")
_SPACE_SPLIT = regex.compile(r"(?<=\S) {3,}(?=\S)")
_MIN_SPACE_ROWS = 3


def _cells(line: str) -> tuple[str, ...]:
    splitter = _TAB_SPLIT if "\t" in line else _SPACE_SPLIT
    return tuple(" ".join(c.split()) for c in splitter.split(line.strip()))


def _starts(line: str) -> tuple[int, ...]:
    return (0, *(m.end() for m in _SPACE_SPLIT.finditer(line)))


def table_runs(lines: list[str]) -> dict[int, tuple[int, tuple[tuple[str, ...], ...]]]:
    """Runs of lines that read as a table: two or more lines whose cells are cut by tabs, or
    three or more cut by runs of three spaces at the same columns, with the same number of
    cells (at least two) in every line. Returns {first index: (end index, rows)}."""
    found: dict[int, tuple[int, tuple[tuple[str, ...], ...]]] = {}
    k, n = 0, len(lines)
    while k < n:
        line = lines[k]
        tabbed = "\t" in line.strip()
        if not (tabbed or "   " in line.strip()):
            k += 1
            continue
        first = _cells(line)
        if len(first) < 2 or not all(first):
            k += 1
            continue
        rows, end = [first], k + 1
        starts = None if tabbed else _starts(line.strip())
        while end < n:
            nxt = lines[end]
            if ("\t" in nxt.strip()) != tabbed:
                break
            cells = _cells(nxt)
            if len(cells) != len(first) or not all(cells):
                break
            if starts is not None and _starts(nxt.strip()) != starts:
                break
            rows.append(cells)
            end += 1
        if len(rows) >= (2 if tabbed else _MIN_SPACE_ROWS):
            found[k] = (end, tuple(rows))
            k = end
        else:
            k += 1
    return found


_UNORDERED = regex.compile(r"^([•·▪►▸‣◦●■*–—-])\s+\S")
_LONE_MARKS = "•▪►▸‣◦●■"
"""Marks that start a list item on their own; "-", "*" and numbers need a run of two."""
_END_PUNCT = regex.compile(r"[.,;:!…。！，；：]['\"”’»)\]]{0,2}$")
_HEADING_MAX_WORDS = 15
_HEADING_MAX_CHARS = 120
_PROSE_MIN_WORDS = 6
_SENTENCE_END = regex.compile(r"[.!?…。！？:：]['\"”’»)\]]{0,2}$")
_ITEM_MAX_WORDS = 20


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip())


def _marker(seg: Segment) -> str | None:
    """"u" for a bulleted line, "o" for a numbered or lettered one."""
    head = seg.text[:1]
    if not head:
        return None
    if head in _LONE_MARKS or head in "·*–—-":
        return "u" if _UNORDERED.match(seg.text) else None
    if head.isalnum() and _ORDERED.match(seg.text):
        return "o"
    return None


def _prose(seg: Segment) -> bool:
    """A paragraph of a few words or more that ends like a sentence (or announces what follows)."""
    return seg.shape is None and seg.text.count(" ") + 1 >= _PROSE_MIN_WORDS and bool(_SENTENCE_END.search(seg.text[-4:]))


def _short_open(seg: Segment, max_words: int) -> bool:
    """A one-line block of a few words that does not end like a sentence or a clause."""
    text = seg.text
    return (
        seg.start_line == seg.end_line
        and len(text) <= _HEADING_MAX_CHARS * 2
        and text.count(" ") < max_words
        and not _END_PUNCT.search(text[-3:])
    )


def _marked_lists(segs: list[Segment], shapes: list[Shape | None]) -> None:
    k, n = 0, len(segs)
    while k < n:
        kind = _marker(segs[k])
        if kind is None:
            k += 1
            continue
        end = k + 1
        while end < n and _marker(segs[end]) == kind:
            end += 1
        lone = segs[k].text[0] in _LONE_MARKS
        if end - k >= 2 or lone:
            indents = sorted({_indent(s.raw) for s in segs[k:end]})
            for s_i in range(k, end):
                depth = min(6, indents.index(_indent(segs[s_i].raw)) + 1)
                shapes[s_i] = Shape(Role.LIST_ITEM, depth, kind == "o")
        k = end


def _plain_lists(segs: list[Segment], shapes: list[Shape | None]) -> None:
    """Short lines with no mark stacked one under another (no blank line between them), set
    apart by a blank line after them, under a line that announces them (ends with ":"; two or
    more lines) or under prose (three or more)."""
    k, n = 1, len(segs)
    while k < n:
        lead = segs[k - 1]
        if not (lead.text.endswith(":") or _prose(lead)) or shapes[k] is not None:
            k += 1
            continue
        end = k
        while (
            end < n
            and shapes[end] is None
            and (end == k or not segs[end].blank_before)
            and segs[end].start_line == segs[end].end_line
            and segs[end].text.count(" ") < _ITEM_MAX_WORDS
            and not _TERMINAL_END.search(segs[end].text[-2:])
        ):
            end += 1
        if end - k >= (2 if lead.text.endswith(":") else 3) and (end == n or segs[end].blank_before):
            for s_i in range(k, end):
                shapes[s_i] = Shape(Role.LIST_ITEM, 1, False)
        k = max(end, k + 1)


def _headings(segs: list[Segment], shapes: list[Shape | None]) -> None:
    """A short line that does not end like a sentence, with prose (or a list) after it and no
    prose of its own before it on the same paragraph: a subheading."""
    for k in range(len(segs) - 2, -1, -1):  # backwards: a heading may stand over a subheading
        seg = segs[k]
        if shapes[k] is not None or not _short_open(seg, _HEADING_MAX_WORDS) or len(seg.text) > _HEADING_MAX_CHARS:
            continue
        if not seg.text[:1].isupper() and not seg.text[:1].isdigit() and seg.text[:1] not in "\"'“‘«¿¡":
            continue
        after = segs[k + 1]
        if _prose(after) or shapes[k + 1] is not None:
            shapes[k] = Shape(Role.HEADING, 2)


def shape_segments(segs: list[Segment]) -> list[Segment]:
    """Give text segments the roles their text shows, and no more: lines marked "•", "-", "*",
    "1." or "a)" are list items, short unmarked lines stacked under a line ending with ":" or
    under prose are list items, a short line without end punctuation with prose after it is a
    heading; tables were cut by :func:`table_runs`. Everything else stays a paragraph."""
    shapes: list[Shape | None] = [s.shape for s in segs]
    _marked_lists(segs, shapes)
    _plain_lists(segs, shapes)
    _headings(segs, shapes)
    return [
        s if shape is s.shape else Segment(s.text, s.raw, s.start_line, s.end_line, s.blank_before, s.dom, shape)
        for s, shape in zip(segs, shapes, strict=True)
    ]
