"""Raw text → paragraphs (segments) with their line spans.

A non-blank line is a paragraph, except that a line which continues an
unfinished sentence (it starts in lower case or with closing punctuation, the
previous line has no sentence end and no blank line stands between) is joined
back: renderers such as BeautifulSoup's ``get_text("\\n")`` break lines at
every inline tag.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import regex

from .blocks import Role, Segment, Shape
from .textcase import lower

# The characters on which ``normalise``'s white space and ``str.split``'s differ (see below).
_ODD_SPACE = regex.compile("[\x1c-\x1f\u200b\u2060\ufeff]")
_WS = regex.compile(r"[\s\u200b\u2060\ufeff]+")  # ZWNJ/ZWJ join letters and emoji: keep them
_CONTINUES = regex.compile(r"^(?:\p{Ll}|[,.;:!?)\]}»”’%])")
_OPEN_END = regex.compile(r"(?:[\p{L}\p{N},;:(\[«“‘'\"/&+-]|\p{Pd})$")
_OPEN_END_ASCII = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789,;:([/&+-'\"")
"""The ASCII characters ``_OPEN_END`` matches: letters, digits, its signs ("-" the one ASCII dash)."""
_TERMINAL_END = regex.compile(r"[.!?…。！？]$")
_CONTINUES_ASCII = frozenset("abcdefghijklmnopqrstuvwxyz,.;:!?)]}%")
"""The ASCII characters ``_CONTINUES`` matches at a line's start: lower-case letters and its signs."""
_NO_SPACE_BEFORE = regex.compile(r"^[,.;:!?)\]}»”’%]")
_BRIDGE_MAX_WORDS = 8
_COLONS = (":", "：")
"""What a lead-in line ends with ("Key factors include:"), ASCII and full-width."""
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


def _continues(text: str) -> bool:
    """Whether ``_CONTINUES`` matches at the start of ``text``, read without the regex where the first
    character is ASCII (the regex tells Unicode's lower-case letters)."""
    first = text[:1]
    if first.isascii():
        return first in _CONTINUES_ASCII
    return _CONTINUES.match(text) is not None


def _terminal_end(text: str) -> bool:
    """Whether ``_TERMINAL_END`` matches at the end of ``text``: its last character is a stop, or
    the one before a final newline is (where ``$`` also matches)."""
    if text[-1:] == "\n":
        return _TERMINAL_END.search(text[-2:]) is not None
    return text != "" and text[-1] in ".!?…。！？"


def _open_end(text: str) -> bool:
    """Whether ``_OPEN_END`` matches at the end of ``text``, read without the regex where the last
    character is ASCII and no newline (lines mostly end in ASCII; before a final newline ``$``
    matches too, and Unicode's letters, digits and dashes are the regex's to tell)."""
    last = text[-1:]
    if last.isascii() and last != "\n":
        return last in _OPEN_END_ASCII
    return _OPEN_END.search(text[-2:]) is not None


# ``$`` matches at the end or before a final newline: the last two characters decide.
def _carries_on(prev: str, line: str, following: str) -> bool:
    """Whether ``line`` belongs to the paragraph that ``prev`` leaves open: it continues the
    unfinished sentence, or it is a bridge (below). Both need ``prev`` open, tested once."""
    if not _open_end(prev):
        return False
    if not (_continues(line) or _bridges(line, following)):
        return False
    # "b) the second case" starts a list item, though it starts in lower case.
    return not (("." in line[1:4] or ")" in line[1:4]) and _ORDERED.match(line))


def _bridges(line: str, following: str) -> bool:
    """A short line that starts a capital but sits inside a sentence: the text of a link
    ("told" / "Business Insider" / ", adding ..."), which BeautifulSoup puts on its own line."""
    return bool(
        following
        and line.count(" ") < _BRIDGE_MAX_WORDS
        and not _terminal_end(line)
        and _continues(following)
    )


def _glue(parts: list[str]) -> str:
    out = parts[0]
    for part in parts[1:]:
        out += part if _NO_SPACE_BEFORE.match(part) else " " + part
    return out


class _Piece:
    """A segment while its role is being worked out: a light object, so that the (frozen)
    :class:`Segment` is built once, with its shape, not once more for every shaped one. A plain
    class (not a ``NamedTuple``, whose constructor is a Python function): compiled, its ``__init__`` is native."""

    __slots__ = ("blank_before", "end_line", "raw", "shape", "start_line", "text")

    def __init__(
        self, text: str, raw: str, start_line: int, end_line: int, blank_before: bool, shape: Shape | None = None
    ) -> None:
        self.text = text
        self.raw = raw
        self.start_line = start_line
        self.end_line = end_line
        self.blank_before = blank_before
        self.shape = shape


def segment_text(text: str) -> list[Segment]:
    """Cut text into paragraphs, each with the role its text shows (see :func:`shape_segments`).
    Every non-blank input line lands in exactly one segment."""
    return shape_segments(list(_segments(text)))


def _segments(text: str) -> Iterator[_Piece]:
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
        if tables and (k < skip_to or k in tables):
            if k < skip_to:
                continue
            if lines:
                yield _Piece(_glue(norm), "\n".join(lines), start, number - 1, blank_before)
                lines, norm = [], []
                blank_before = False
            skip_to, rows = tables[k]
            flat = " ".join(c for c in cleaned[k:skip_to] if c)
            yield _Piece(flat, "\n".join(raw_lines[k:skip_to]), number, skip_to, blank_before, Shape(Role.TABLE, rows=rows))
            blank_before = False
            continue
        if not clean:
            if lines:
                yield _Piece(_glue(norm), "\n".join(lines), start, number - 1, blank_before)
                lines, norm = [], []
            blank_before = True
            continue
        following = cleaned[k + 1] if k + 1 < len(cleaned) else ""
        if lines and not _carries_on(norm[-1], clean, following):
            yield _Piece(_glue(norm), "\n".join(lines), start, number - 1, blank_before)
            lines, norm = [], []
            blank_before = False
        if not lines:
            start = number
        lines.append(line)
        norm.append(clean)
    if lines:
        yield _Piece(_glue(norm), "\n".join(lines), start, start + len(lines) - 1, blank_before)


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
    cells (at least two) in every line; or rows of cells that each hold a ``<p>`` (see
    :func:`_paragraph_tables`). A tabbed header row may open with an empty corner cell, and a
    tabbed row whose first cell ends with a line break prints over two lines (see
    :func:`_tab_row`). Returns {first index: (end index, rows)}."""
    found: dict[int, tuple[int, tuple[tuple[str, ...], ...]]] = {}
    n = len(lines)
    candidates = [i for i, line in enumerate(lines) if "\t" in line or "   " in line]
    at = 0
    for k in candidates:
        if k < at or k + 1 >= n or not ("\t" in lines[k + 1] or "   " in lines[k + 1] or (k + 2 < n and "\t" in lines[k + 2])):
            continue  # a table needs the next line cut too (or the one after, a row printed on two lines)
        line = lines[k].strip()
        tabbed = "\t" in line
        if not (tabbed or "   " in line):
            continue
        first = _cells(line)
        if tabbed and _opens_empty(lines[k]):
            under = _tab_row(lines, k + 1)
            if under is not None and len(under[0]) == len(first) + 1:
                first = ("", *first)  # the empty corner cell of a header row
        if len(first) < 2 or not all(first[1:]) or not (first[0] or tabbed):
            continue
        rows, end = [first], k + 1
        starts = None if tabbed else _starts(line)
        while end < n:
            if tabbed:
                row = _tab_row(lines, end)
                if row is None:
                    break
                cells, after = row
            else:
                nxt = lines[end].strip()
                if "\t" in nxt:
                    break
                cells, after = _cells(nxt), end + 1
            if len(cells) != len(first) or not all(cells):
                break
            if starts is not None and _starts(lines[end].strip()) != starts:
                break
            rows.append(cells)
            end = after
        if len(rows) >= (2 if tabbed else _MIN_SPACE_ROWS):
            found[k] = (end, tuple(rows))
            at = end
    if any(_lone_tab(lines[k]) for k in candidates):  # cells that each hold a <p>
        _paragraph_tables(lines, found)
    return found


def _tab_row(lines: list[str], k: int) -> tuple[tuple[str, ...], int] | None:
    """The cells of a tabbed row from line ``k`` and the index after it: a line cut by tabs, or a
    line without a tab over a line opening with an empty cell (the row's first cell ended with a
    line break: "Result of an educational process" / "\xa0\tResult of an assessment process")."""
    line = lines[k].strip()
    if "\t" in line:
        return _cells(line), k + 1
    if line and k + 1 < len(lines) and _opens_empty(lines[k + 1]):
        return (" ".join(line.split()), *_cells(lines[k + 1])), k + 2
    return None


def _opens_empty(line: str) -> bool:
    """A tabbed line whose first cell is empty (a tab after nothing but spaces): the corner of a
    header row ("\xa0\tLabor-Only\tFull Service"), or the rest of a row whose first cell ended
    with a line break and printed on the line above."""
    head = line.lstrip(" \xa0\u3000")
    return head.startswith("\t") and head.strip() != ""


def _blank(line: str) -> bool:
    """A line with nothing on it, not even a tab."""
    return not line.strip() and "\t" not in line


def _lone_tab(line: str) -> bool:
    """A line holding only tabs (and spaces): the cut between two cells that each hold a ``<p>``."""
    return "\t" in line and not line.strip()


_PARAGRAPH_ROW_GAP = 2
"""Blank lines between two rows of a table whose cells hold ``<p>``s (``innerText`` prints four)."""


def _paragraph_row(lines: list[str], k: int) -> tuple[tuple[str, ...], int] | None:
    """The cells of a row from line ``k``: a line, then (at most one blank line, a lone tab line,
    at most one blank line, a line) once or more. Returns the cells and the index after the last."""
    n = len(lines)
    cells: list[str] = []
    while True:
        line = lines[k]
        cell = " ".join(line.split())
        if "\t" in line or not cell:
            return None
        cells.append(cell)
        g = k + 1
        if g < n and _blank(lines[g]):
            g += 1
        if g >= n or not _lone_tab(lines[g]):
            return (tuple(cells), k + 1) if len(cells) >= 2 else None
        g += 1
        if g < n and _blank(lines[g]):
            g += 1
        if g >= n:
            return None
        k = g


def _paragraph_tables(lines: list[str], found: dict[int, tuple[int, tuple[tuple[str, ...], ...]]]) -> None:
    """Tables whose cells each hold a ``<p>``: ``innerText`` prints each cell on a line of its
    own between blank lines, a lone tab line between two cells of a row and four blank lines
    between rows ("Trend" / "" / "\t" / "" / "Impact" / "" / "" / "" / "" / "Zero Trust" / ...).
    Two or more rows of one line a cell, two or more cells each, the same number in every row,
    rows two blank lines apart or more; added to ``found`` where no table was found."""
    n = len(lines)
    taken = [False] * n
    for first, (end, _) in found.items():
        for x in range(first, end):
            taken[x] = True
    at = 0
    for t in range(n):
        if t < at or not _lone_tab(lines[t]):
            continue
        k = t - 1
        if k >= 0 and _blank(lines[k]):
            k -= 1
        if k < at or k < 0 or taken[k]:
            continue
        start = k
        rows: list[tuple[str, ...]] = []
        end = k
        while k < n and not taken[k]:
            row = _paragraph_row(lines, k)
            if row is None or (rows and len(row[0]) != len(rows[0])):
                break
            cells, after = row
            if any(taken[after - 1 : after]):
                break
            rows.append(cells)
            end = after
            g = after
            while g < n and _blank(lines[g]):
                g += 1
            if g - after < _PARAGRAPH_ROW_GAP:
                break
            k = g
        if len(rows) >= 2 and not any(taken[start:end]):
            found[start] = (end, tuple(rows))
            at = end
        else:
            at = t + 1


_UNORDERED = regex.compile(r"^[•·▪►▸‣◦●■*–—-]\s+\S")
_BULLETS = "•·▪►▸‣◦●■*–—-"
_LONE_MARKS = "•▪►▸‣◦●■"
"""Marks that start a list item on their own; "-", "*" and numbers need a run of two."""
_CLOSERS = "'\"”’»)]"
_CLAUSE_END = ".,;:!…。！，；："
"""What a heading does not end with (after closing quotes and brackets); "?" it may."""
_SENTENCE_END_CHARS = ".!?…。！？:："
_HEADING_START = "\"'“‘«¿¡"
_HEADING_MAX_WORDS = 15
_HEADING_MAX_CHARS = 120
_PROSE_MIN_WORDS = 6
_ITEM_MAX_WORDS = 20


_ITEM = Shape(Role.LIST_ITEM, 1, False)
_H2 = Shape(Role.HEADING, 2)
_H3 = Shape(Role.HEADING, 3)
"""Shared: a page's unmarked items and headings all take the same (frozen) shape."""


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip())


def has_letter(text: str) -> bool:
    """Whether ``text`` holds a letter (``str.isalpha``), its first character asked first: most lines
    open with one, and the test of one character costs a fraction of the generator's set-up."""
    return text[:1].isalpha() or any(c.isalpha() for c in text)


def _last(text: str) -> str:
    """The last character before closing quotes and brackets."""
    return text.rstrip(_CLOSERS)[-1:]


def _marker(text: str) -> str | None:
    """"u" for a bulleted line, "o" for a numbered or lettered one."""
    head = text[:1]
    if head in _BULLETS:
        return "u" if head and _UNORDERED.match(text) else None
    if ("." in text[1:4] or ")" in text[1:4]) and head.isalnum() and _ORDERED.match(text):
        return "o"
    return None


_MARKED_PARAGRAPH_MIN_WORDS = 10


def _marked_paragraphs(segs: list[_Piece], k: int, end: int) -> bool:
    """Whether the marked lines ``k`` to ``end - 1`` are each set apart by blank lines and run
    ten words or more ("1. First up we need to install the add-on. This can be done in a couple
    of clicks ..."): paragraphs that carry their own number or bullet. ``innerText`` prints no
    marker of an ``<ol>`` or ``<ul>`` and sets no ``<li>`` apart, so typed markers on long lines
    each set apart are the writer's numbered paragraphs (steps), not list items."""
    n = len(segs)
    return all(
        (i == 0 or segs[i].blank_before)
        and (i + 1 == n or segs[i + 1].blank_before)
        and segs[i].text.count(" ") + 1 >= _MARKED_PARAGRAPH_MIN_WORDS
        for i in range(k, end)
    )


def _outline_opens(segs: list[_Piece], k: int, end: int) -> bool:
    """Whether the marked lines ``k`` and ``k + 1`` are a numbered section's heading and its first
    lettered subsection's, each set apart, the subsection over prose ("3. VR, AR, and Mixed
    Reality" / "a. Overview of the Technologies" / "Virtual Reality (VR) … are redefining …"):
    a document numbered as an outline, not a list of two (``innerText`` sets no ``<li>`` apart).
    :func:`_numbered_sections` makes them headings."""
    if end - k != 2 or _NUMBER.match(segs[k].text) is None or not _outline_letter(segs, k + 1):
        return False
    return (k == 0 or segs[k].blank_before) and segs[k + 1].blank_before


def _outline_letter(segs: list[_Piece], x: int) -> bool:
    """Line ``x`` is lettered "a." (or "a)"), set apart over a line of prose."""
    m = _LETTERED.match(segs[x].text)
    if m is None or lower(str(m.group(1))) != "a" or x + 1 >= len(segs):
        return False
    after = segs[x + 1]
    text = after.text
    return after.blank_before and text[-1:] in _SENTENCE_END_CHARS and text.count(" ") + 1 >= _PROSE_MIN_WORDS


def _marked_lists(segs: list[_Piece], shapes: list[Shape | None]) -> None:
    marks: dict[int, str] = {}
    for i, seg in enumerate(segs):
        text = seg.text
        if text[:1] in _BULLETS or "." in text[1:4] or ")" in text[1:4]:  # cheap screen first
            kind = _marker(text)
            if kind is not None:
                marks[i] = kind
    k_iter = sorted(marks)
    done = -1
    for k in k_iter:
        if k <= done:
            continue
        kind = marks[k]
        end = k + 1
        while marks.get(end) == kind:
            end += 1
        done = end - 1
        if _marked_paragraphs(segs, k, end) or _outline_opens(segs, k, end):
            continue
        if end - k >= 2 or segs[k].text[0] in _LONE_MARKS:
            indents = sorted({_indent(s.raw) for s in segs[k:end]})
            for i in range(k, end):
                depth = min(6, indents.index(_indent(segs[i].raw)) + 1)
                shapes[i] = Shape(Role.LIST_ITEM, depth, kind == "o")


def _item(seg: _Piece) -> bool:
    """A one-line block of a few words that does not end like a sentence."""
    text = seg.text
    return seg.start_line == seg.end_line and text.count(" ") < _ITEM_MAX_WORDS and _last(text) not in _SENTENCE_END_CHARS


def _plain_lists(segs: list[_Piece], shapes: list[Shape | None], prose: list[bool]) -> None:
    """Short lines with no mark stacked one under another (no blank line between them), set
    apart by a blank line after them, under a line that announces them (ends with ":"; two or
    more lines) or under prose (three or more)."""
    k, n = 1, len(segs)
    while k < n - 1:
        # Cheap screen: a run starts where the next line is stacked under this one.
        if segs[k + 1].blank_before or shapes[k] is not None:
            k += 1
            continue
        announced = segs[k - 1].text.endswith(":")
        if not (announced or prose[k - 1]):
            k += 1
            continue
        end = k
        while end < n and shapes[end] is None and (end == k or not segs[end].blank_before) and _item(segs[end]):
            end += 1
        if end - k >= (2 if announced else 3) and (end == n or segs[end].blank_before):
            for i in range(k, end):
                shapes[i] = _ITEM
        k = max(end, k + 1)


def _announced_lists(segs: list[_Piece], shapes: list[Shape | None], ends: list[bool]) -> None:
    """Two or more one-line blocks stacked under a line ending with ":" that is stacked on them
    ("Discover how to get it delivered quickly with these simple steps:" / "Filter by in-stock
    items." / "Small decor ships in 3-5 days." / ...), all ending like sentences or none of them:
    the items it announces, sentences or not (:func:`_plain_lists` takes the short ones set
    apart after them). The run stops at a blank line, at a line already given a role and at
    another line ending with ":"; a heading-like last line under items that end like sentences
    is a heading stacked under the list, not one of its items."""
    n = len(segs)
    for k in range(n - 2):
        text = segs[k].text
        if not text.endswith(_COLONS) or shapes[k] is not None or segs[k + 1].blank_before:
            continue
        end = k + 1
        while (
            end < n
            and (end == k + 1 or not segs[end].blank_before)
            and shapes[end] is None
            and segs[end].start_line == segs[end].end_line
            and not segs[end].text.endswith(_COLONS)
        ):
            end += 1
        if end - k - 1 >= 3 and not ends[end - 1] and all(ends[k + 1 : end - 1]) and _heading_like(segs[end - 1]):
            end -= 1  # a heading stacked under the list
        if end - k - 1 < 2:
            continue
        run = ends[k + 1 : end]
        if all(run) or not any(run):
            for x in range(k + 1, end):
                shapes[x] = _ITEM


_SPACED_MIN_PROSE = 4
_TITLED_RUN = 4
_SPACED_SHARE = 0.4
"""Of the prose lines, the share set apart for the page to be spaced (was 0.75: see docs/HISTORY.md, #13)."""


def _spaced(segs: list[_Piece], prose: list[bool]) -> bool:
    """Whether the text sets its prose paragraphs apart with blank lines, as a browser's
    ``innerText`` does for ``<p>`` (and not for headings, list items or ``<div>``s): four or
    more lines of prose, two in five of them or more with a blank line on both sides. Not
    most of them: list items written as sentences count as prose too, stacked, and a page
    with many of them is just the page whose stacked lines are lists."""
    n = apart = 0
    last = len(segs) - 1
    for i, is_prose in enumerate(prose):
        if is_prose:
            n += 1
            apart += (i == 0 or segs[i].blank_before) and (i == last or segs[i + 1].blank_before)
    return n >= _SPACED_MIN_PROSE and apart >= _SPACED_SHARE * n


_BLANKS_MIN = 2


def _blank_lines(segs: list[_Piece]) -> bool:
    """Whether the text sets two lines or more apart with a blank line, as ``innerText`` does
    around every ``<p>``. A text with no blank line (a plain text stacking its paragraphs one per
    line, another renderer's) shows nothing of how its lines were marked up."""
    return sum(seg.blank_before for seg in segs) >= _BLANKS_MIN


def _shouts(text: str) -> bool:
    """All in capitals ("TERROR LEVEL 100"): a label over the items below it."""
    return text.isupper() and sum(c.isalpha() for c in text) >= 3


_QA_MIN_PAIRS = 2


def _asks(text: str) -> bool:
    return _last(text) in "?？"


def _questions(segs: list[_Piece], shapes: list[Shape | None], prose: list[bool], asks: list[bool]) -> None:
    """Questions stacked each over a line of prose, two pairs or more in a row ("How can I
    retire early?" / "Think about your retirement needs early in life ..." / "How long will my
    money last?" / ...): questions and answers, each question the heading of the answer under
    it, which stays a paragraph. Questions stacked among other titles (a table of contents)
    or with no answers between them are left to the list rules."""
    n = len(segs)
    k = 0
    while k < n - 3:
        if shapes[k] is not None or not asks[k]:  # cheap screen: a question
            k += 1
            continue
        end = k
        while (
            end + 1 < n
            and shapes[end] is None
            and shapes[end + 1] is None
            and (end == k or not segs[end].blank_before)
            and not segs[end + 1].blank_before
            and (_heading_like(segs[end]) or _long_question(segs[end]))
            and asks[end]
            and prose[end + 1]
            and not asks[end + 1]
        ):
            end += 2
        if end - k >= 2 * _QA_MIN_PAIRS:
            for x in range(k, end, 2):
                shapes[x] = _H3
        k = max(end, k + 1)


def _stacked_lists(segs: list[_Piece], shapes: list[Shape | None], prose: list[bool], ends: list[bool], spaced: bool, blanks: bool) -> set[int]:
    """Where paragraphs are set apart with blank lines (the whole page, or the paragraphs on
    both sides: one standing alone above, one set apart below, which may itself lead into a
    list stacked under it; or a lead-in line ending with ":" just above), lines stacked one under
    another with no blank line between them are a list: that is how ``innerText`` prints
    ``<li>`` (and a heading next to a list), while ``<p>`` gets blank lines. So are four or
    more stacked lines headed by a title-case line ("Apple iPad Pro (11-inch, 64GB)" over its
    features) anywhere but at the top of the text, and three or more stacked sentences, under a
    heading-like line stacked on them or not, in any text with two blank lines or more (see
    :func:`_stacked_sentences` and :func:`_blank_lines`), and there three or more stacked
    sentences inside a longer run, whatever the other rules gave its other lines (see
    :func:`_sentence_runs`; in a run another rule gave a role, only mostly short ones, see
    :func:`_short_sentences`). See
    :func:`_stacked_run` for which lines of such a run are items and which headings.

    Returns the first lines of the runs read as lists for their stacked sentences alone (whole
    runs and runs inside runs): a
    heading-like line set apart over one of those is still a heading (see :func:`_headings`),
    as over the lines of a ``<p>`` broken with ``<br>`` ("Software must survive reality" /
    "Applications should not stop working when …" / "They should not lose data …" / …)."""
    n = len(segs)

    def alone(k: int) -> bool:
        return segs[k].blank_before and (k + 1 == n or segs[k + 1].blank_before)

    loose: set[int] = set()  # first lines of runs read as lists for their stacked sentences alone
    i = 0
    while i < n:
        j = i + 1
        while j < n and not segs[j].blank_before:
            j += 1
        if j - i >= 2:
            before = shapes[i:j]
            if (
                spaced
                or (i > 0 and alone(i - 1) and (segs[i - 1].text.endswith(_COLONS) or (prose[i - 1] and j < n and prose[j] and segs[j].blank_before)))
                or (j - i >= _TITLED_RUN and i > 0 and _heading_like(segs[i]) and _title_case(segs[i].text))
            ):
                _stacked_run(segs, shapes, prose, ends, spaced, i, j)
            elif blanks and _stacked_sentences(segs, shapes, i + _heading_like(segs[i]), j):
                loose.add(i)
                _stacked_run(segs, shapes, prose, ends, spaced, i, j)
            if blanks and j - i > _STACKED_SENTENCES_MIN:
                touched = shapes[i:j] != before  # another rule gave some line of the run a role
                for lo, hi in _sentence_runs(segs, shapes, i, j):
                    if touched and not _short_sentences(segs, lo, hi):
                        continue
                    loose.add(lo)
                    _stacked_run(segs, shapes, prose, ends, spaced, lo, hi)
        i = j
    return loose


_STACKED_SENTENCES_MIN = 3
_STACKED_SENTENCE_MAX_WORDS = 40
_SENTENCE_STOPS = ".!…。！"


def _stacked_sentences(segs: list[_Piece], shapes: list[Shape | None], lo: int, hi: int) -> bool:
    """Whether lines ``lo`` to ``hi - 1`` are three or more sentences stacked one under another,
    each one line of under forty words ending with "." or "!" and opening with no label of
    its own ("Cut the cost of every trip." / "Keep your team on one calendar." / "Pay only for
    what you book."): ``innerText`` prints a ``<ul>`` of sentences so, and a ``<p>`` never
    (it gets a blank line on each side), so they are a list wherever they stand, on a page not
    spaced throughout too. Labelled lines ("Selenium: Open-source web automation …") are left to
    :func:`_labelled_lists`, lines already shaped (bulleted, numbered) to theirs; two sentences
    ("© 2025 The University of Texas" / "All rights reserved."), a line ending with ":", a
    question (questions stacked over their answers are an FAQ's, see :func:`_questions`) or a
    line of forty words or more leave the run as it was."""
    return hi - lo >= _STACKED_SENTENCES_MIN and all(_one_sentence(segs, shapes, k) for k in range(lo, hi))


def _sentence_runs(segs: list[_Piece], shapes: list[Shape | None], i: int, j: int) -> Iterator[tuple[int, int]]:
    """The runs of three or more stacked sentences (each read as :func:`_stacked_sentences`
    reads its lines) inside the stacked lines ``i`` to ``j - 1``, a run that is not all such
    sentences, whatever the other rules gave its other lines (a heading over them, as
    :func:`_stacked_run` gives a title-case first line over mixed lines): under two heading-like lines ("Paper
    Organizing eBook" / "Where To Store Office Supplies" / "Choose your grouping style." / "List
    your categories." / "Assign each category a spot." / "Label if it helps!" / "Quick weekly
    reset: …"), over a line of forty words or more, or between lines of another kind, they are a
    ``<ul>`` of sentences all the same (``innerText`` gives a ``<p>`` a blank line on each side,
    so stacked sentences are no ``<p>``). Each comes as ``(lo, hi)``, with the heading-like line or ":" lead-in stacked
    right above it (no role yet) as its first line, which :func:`_stacked_run` reads as its
    heading; the lines around are left to the other rules. Two sentences, or three broken by a
    question or a labelled line, are none."""
    k = i
    while k < j:
        m = k
        while m < j and _one_sentence(segs, shapes, m):
            m += 1
        if m - k >= _STACKED_SENTENCES_MIN:
            lead = k > i and (_heading_like(segs[k - 1]) or _lead_label(segs[k - 1])) and shapes[k - 1] is None
            yield (k - 1 if lead else k), m
            k = m
        else:
            k = m + 1  # past the line that broke the run (m == k: the line itself)


def _short_sentences(segs: list[_Piece], lo: int, hi: int) -> bool:
    """Whether the stacked sentences among lines ``lo`` to ``hi - 1`` are mostly short, the
    middle one (by words) of twenty words or fewer, as a list's items are ("Requires
    third-party software to stream." / "No built-in monetization tools." / …). A stretch of
    longer ones stacked in a run that another rule gave a role (a news story printed one
    paragraph a line, under its "Credit: Reuters" line made a heading) is prose."""
    words = sorted(segs[k].text.count(" ") + 1 for k in range(lo, hi) if _last(segs[k].text) in _SENTENCE_STOPS)
    return bool(words) and words[len(words) // 2] <= _ITEM_MAX_WORDS


def _one_sentence(segs: list[_Piece], shapes: list[Shape | None], k: int) -> bool:
    """Whether line ``k`` is one of the sentences :func:`_stacked_sentences` stacks into a list."""
    seg = segs[k]
    text = seg.text
    return (
        shapes[k] is None
        and seg.start_line == seg.end_line
        and _last(text) in _SENTENCE_STOPS
        and text.count(" ") < _STACKED_SENTENCE_MAX_WORDS
        and _label(text) is None
    )


def _stacked_run(segs: list[_Piece], shapes: list[Shape | None], prose: list[bool], ends: list[bool], spaced: bool, i: int, j: int) -> None:
    """Lines ``i`` to ``j - 1``, stacked with no blank line between them:

    - a heading-like last line with prose after it is a heading (``<h2>`` after ``<ul>``),
      unless it is just like the lines above it (none ends like a sentence, the same case
      style, no shorter than the shortest, or one word shorter under a lead-in ending with
      ":"; a question over them left aside) and does not name the prose (see
      :func:`_names`): then it is the last item; a question is never just like lines that ask
      nothing ("How should they be used?" under a list of drugs, over the prose that answers
      it), but under two or more questions it is one more of them (see :func:`_asked_list`);
      a heading-like line stacked on that heading, under two or more items that all end like sentences, is a
      heading too, the section's over its first subheading ("Who I Work With" / "Business
      owners" under a list of sentences);
    - a heading-like first line not announced by a ":" is a heading when it is shorter than
      every line below it, when some line below ends like a sentence, when it asks a question
      that no line below asks ("Which platforms are best?" over names), or when only one line
      is below it; so is a first line that labels two or more lines below it, a word to
      three and a colon ("Pros:") or a title-case label with a colon ("Tips for Keyboard and
      Mouse Setup:", see :func:`_titled_label`);
    - what is left is a list when it has two or more lines that all end like a sentence or
      none does, or (on a page spaced throughout) three or more lines of any kind; a line in
      capitals among them is a heading over the items after it (the first line too, when two or
      more lines are, each over two or more that are not: see :func:`_shouting_labels`), and so
      is a line that is no sentence between items that are (see :func:`_between_sentences`),
      and so is a short line ending with ":" between items (see :func:`_inner_label`),
      and so are titles each over a line of prose that they name, two or more (see
      :func:`_titles`), and so is a word or two over longer lines (see :func:`_label_over`), save
      an announced list's first line with no colon of its own and no other such label beside it
      ("Main features to look for:" / "Built-in microphone" / "Comfortable fit (...)");
    - a heading and one heading-like line under it are a heading and a subheading;
    - where the last-line rule above does not apply, a title-case last line set apart from what
      follows, under lines none in title case, is a heading (see :func:`_titled_last`); the
      lines above it are read as if it were still there (no first-line heading, a list of three
      on a spaced page).

    Neither the first nor the last line is a heading when every line opens with its own label
    and a colon, none in title case and none asking (see :func:`_fields_of_one`): the fields
    of one thing ("Download: 62.21 Mbps" / "Upload: 18.62 Mbps"), a list even when only two.

    The headings stand even when what is under them is not a list ("Initializing a
    Repository" stacked over a code line, "Price" over "$28 per month").
    """
    if any(shapes[i:j]):
        return
    heads: list[int] = []
    lo, hi = i, j
    first = segs[lo].text
    asks = _last(first) in "?？" and not any(_last(segs[k].text) in "?？" for k in range(i + 1, j))
    cries = sum(_last(segs[k].text) == "!" for k in range(i, j)) == 1  # one line ending with "!"
    announced = i > 0 and segs[i - 1].text.endswith(_COLONS)
    last = segs[hi - 1].text
    titled = False  # the last line a title-case heading set apart (see _titled_last): the lines above keep their roles
    fields = _fields_of_one(segs, i, j)
    if (
        not fields
        and j < len(segs)
        and prose[j]
        and (_heading_like(segs[hi - 1]) or (cries and _exclaims(segs[hi - 1])) or _long_question(segs[hi - 1]))
        and (_asks(last) or not _alike(segs, ends, prose, lo + asks, hi - 1, announced))
        and not _asked_list(segs, lo, hi)
    ):
        heads.append(hi - 1)
        hi -= 1
        if hi - lo >= 3 and _heading_like(segs[hi - 1]) and all(ends[lo : hi - 1]) and not ends[hi - 1]:
            heads.append(hi - 1)
            hi -= 1
    elif not fields and _titled_last(segs, prose, lo, hi):
        heads.append(hi - 1)
        hi -= 1
        titled = True
    if hi - lo >= 2 and not announced and not titled and not fields:
        if (_heading_like(segs[lo]) or (cries and _exclaims(segs[lo]))) and not _shouts(segs[lo + 1].text):
            rest = any(ends[lo + 1 : hi])
            shorter = len(first) < min(len(segs[k].text) for k in range(lo + 1, hi))
            if j - i == 2 or shorter or rest or asks or (_shouts(first) and not rest):
                heads.append(lo)
                lo += 1
        elif hi - lo >= 3 and (_lead_label(segs[lo]) or (segs[lo].start_line == segs[lo].end_line and _titled_label(segs[lo].text))):
            heads.append(lo)
            lo += 1
    if hi - lo == 1 and heads and _heading_like(segs[lo]) and not titled:
        heads.append(lo)
        lo = hi
    run = ends[lo:hi]
    items = hi - lo >= 2 and (all(run) or not any(run) or (spaced and hi - lo + titled >= 3))
    for k in heads:
        shapes[k] = _H2
    if items:
        label = not _shouts(segs[lo].text) or _shouting_labels(segs, lo, hi)
        titles = _titles(segs, prose, ends, lo, hi) if label else set()
        # An announced list's first line labels the items under it only beside another label,
        # or with its own colon ("Upcoming Trends:").
        alone = announced and lo == i and not segs[lo].text.endswith(_COLONS) and not any(_label_over(segs, x, hi) for x in range(lo + 1, hi))
        for k in range(lo, hi):
            shapes[k] = _H3 if label and (_shouts(segs[k].text) or (_label_over(segs, k, hi) and not (alone and k == lo)) or _between_sentences(segs, ends, k, lo, hi) or _inner_label(segs, k, lo, hi) or k in titles) else _ITEM


def _fields_of_one(segs: list[_Piece], lo: int, hi: int) -> bool:
    """Whether every one of the stacked lines ``lo`` to ``hi - 1`` (two or more) opens with its
    own short label and a colon, no label twice ("Download: 62.21 Mbps (37% slower)" /
    "Upload: 18.62 Mbps (65% slower)", "Best for: ecommerce brands" / "Tradeoffs: not built for
    B2B"): the fields of one thing, of which the first is one more, no heading over the others
    (a heading over such lines has no label of its own: "Features and Components")."""
    if hi - lo < _LABEL_PAIR or any(_title_case(segs[k].text) for k in range(lo, hi)):
        return False  # a title with a label ("Fast Facts: Beginner Telescopes") heads the fields or ends them
    labels = [_label(segs[k].text) for k in range(lo, hi)]
    return None not in labels and len(set(labels)) == len(labels) and not any(_asks(segs[k].text) for k in range(lo, hi))


def _titled_last(segs: list[_Piece], prose: list[bool], lo: int, hi: int) -> bool:
    """Whether the last of the stacked lines ``lo`` to ``hi - 1``, three or more, is a heading
    though no prose follows it (over prose the last-line rule of :func:`_stacked_run` decides):
    heading-like and in title case, with a blank line under it, under lines none of which is in
    title case ("Contact us today" / "Or call (602) 900-0807" / "What Our Customers Are Saying"
    over a review set apart: a section's heading stacked on the last lines of the section
    before). A last line in sentence case, or under a line in title case (a menu of names), is
    left to the other rules; the lines above keep the roles they had with it (see
    :func:`_stacked_run`)."""
    if hi - lo < 3 or hi >= len(segs) or not segs[hi].blank_before or prose[hi]:
        return False  # over prose, the last-line rule has decided (a quoted line under quoted lines is one more)
    last = segs[hi - 1]
    return _heading_like(last) and _title_case(last.text) and not any(_title_case(segs[k].text) for k in range(lo, hi - 1))


_QUESTION_MAX_WORDS = 30


def _long_question(seg: _Piece) -> bool:
    """One line of fifteen to thirty words that starts with a capital and asks ("I'm thinking of
    sleep training my child. Is it okay to let my child cry themselves to sleep?"): too long for
    a heading-like line, but stacked as a list's last line over prose it is the question the prose
    answers, as a shorter one is. A line that opens with its own label and a colon ("Map out your
    first offer: Decide what you'll deliver. Will they be products, services, or both?") is a
    labelled item that ends by asking."""
    text = seg.text
    return (
        seg.start_line == seg.end_line
        and _asks(text)
        and text[:1].isupper()
        and text.count(" ") < _QUESTION_MAX_WORDS
        and "://" not in text
        and _label(text) is None
    )


def _asked_list(segs: list[_Piece], lo: int, hi: int) -> bool:
    """Whether the stacked lines ``lo`` to ``hi - 1``, three or more, all ask a question ("Do you
    move more than a handful of employees each year?" / "Do you need a single point of
    accountability?" / "Is risk or employee retention a strategic concern?" over "If your
    answer is yes to most of them, ..."): a checklist of questions, whose last line over the
    prose that sums them up is one more of them, not the prose's heading."""
    return hi - lo >= 3 and all(_asks(segs[k].text) for k in range(lo, hi))


_WORD = regex.compile(r"\p{L}{4,}")
_STEM = 5
"""Words are compared by their first five letters: "costs" meets "cost", "taxes" meets "taxed"."""
_LEAD_WORDS = 30
_NAME_MAX_WORDS = 10
_COMMON = frozenset(
    {
        "this", "that", "with", "from", "your", "their", "have", "what", "when", "which", "will", "about", "into",
        "more", "than", "they", "them", "these", "those", "there", "been", "were", "also", "some", "such", "each",
        "only", "other", "most", "best", "make", "like", "just", "over", "very", "does", "doing",
    }
)
"""Words of four letters or more that name no topic: sharing one says nothing."""
_COMMON_STEMS = frozenset(w[:_STEM] for w in _COMMON)


def _topic_words(text: str) -> set[str]:
    return {w.casefold()[:_STEM] for w in _WORD.findall(text)} - _COMMON_STEMS


def _names(line: str, prose: str, items: list[str] | None = None) -> bool:
    """Whether a short line (under ten words) shares a word of four letters or more with the
    first thirty words of the prose under it ("Inheritance tax" over "An inheritance tax is a
    state tax that ..."): a heading names the topic of the paragraph it heads, where a list's
    last item and the paragraph after the list ("Re-testing, if required" over "Renewal of
    certifications makes sure ...") seldom share one. A word that every one of the ``items``
    above the line holds too is the list's own topic, which the prose after it is about
    ("DSLR Cameras" / "Mirrorless Cameras" / "Traditional Film Cameras" over "... one of the
    camera types should fit you"), and names nothing."""
    if line.count(" ") >= _NAME_MAX_WORDS:
        return False
    shared = _topic_words(line) & _topic_words(" ".join(prose.split()[:_LEAD_WORDS]))
    if items:
        common = _topic_words(items[0])
        for item in items[1:]:
            common &= _topic_words(item)
        shared -= common
    return bool(shared)


def _titles(segs: list[_Piece], prose: list[bool], ends: list[bool], lo: int, hi: int) -> set[int]:
    """The lines of the list ``lo`` to ``hi - 1`` that are each a heading-like line over a line of
    prose that it names, when two or more are ("Boost application performance" / "Leverage
    operational excellence ... high performance ..." / "Help strengthen overall security
    posture" / "Reduce security operations burden ..."): a grid of cards, each a title over its
    description, which ``innerText`` prints as one run of lines. One such pair is left an item."""
    titles = {
        k
        for k in range(lo, hi - 1)
        if not ends[k] and prose[k + 1] and _heading_like(segs[k]) and _names(segs[k].text, segs[k + 1].text)
    }
    return titles if len(titles) >= 2 else set()


def _shouting_labels(segs: list[_Piece], lo: int, hi: int) -> bool:
    """Whether the lines ``lo`` to ``hi - 1`` of a list whose first line is in capitals hold two
    or more such lines, each over two or more lines that are not ("NOT SCARY" / "Writing a blog
    post" / "Speaking on the phone" / "KIND OF SCARY" / ...): the lines in capitals label the
    items under each, as they do when the first line is not in capitals. A list all in capitals
    (a menu) has none under its lines."""
    shouting = [_shouts(segs[k].text) for k in range(lo, hi)]
    at = [x for x, shout in enumerate(shouting) if shout]
    gaps = [b - a for a, b in zip(at, [*at[1:], len(shouting)], strict=True)]
    return len(at) >= 2 and min(gaps) >= 3


def _between_sentences(segs: list[_Piece], ends: list[bool], k: int, lo: int, hi: int) -> bool:
    """Whether line ``k`` of the list ``lo`` to ``hi - 1`` is a heading-like line (or a
    title-case label with a colon) with a line ending like a sentence above it and two or more
    under it ("... you don't need to pay out of pocket." / "Cons of Buying Travel Insurance" /
    "It can be expensive upfront." / ...): ``innerText`` stacks a heading between two lists on
    their items, and among items written as sentences a line that is none is the heading of
    the items after it."""
    return (
        lo < k < hi - 2
        and ends[k - 1]
        and ends[k + 1]
        and ends[k + 2]
        and ((not ends[k] and _heading_like(segs[k])) or _titled_label(segs[k].text))
    )


_INNER_LABEL_MAX_WORDS = 6


def _inner_label(segs: list[_Piece], k: int, lo: int, hi: int) -> bool:
    """Whether line ``k`` of the list ``lo`` to ``hi - 1``, with a line above it and two or more
    under it, is a short line (under seven words) ending with a colon that holds no other
    sentence mark, colon or bracket ("Cons:", "Meditation is not:", "Key cleaning statistics:"):
    ``innerText`` stacks the heading between two lists on their items, and the line announces
    the items after it. A parent item over its nested list that carries its own label, number
    or bracket ("Tuesday. Intense Run (40-60mins):") stays an item."""
    text = segs[k].text
    body = text[:-1]
    return (
        lo < k < hi - 2
        and text.endswith(_COLONS)
        and text[:1].isupper()
        and text.count(" ") < _INNER_LABEL_MAX_WORDS
        and not any(c in body for c in ".?!:：()[]")
    )


_EXCLAIM_MAX_WORDS = 8


def _exclaims(seg: _Piece) -> bool:
    """One short line that starts with a capital and ends with one "!" ("Watch out for tax
    scams!"): stacked on a list as its first line, or as its last line over prose, it is the
    heading a heading-like line would be there (``innerText`` stacks a heading on the list it
    stands over or under), when no other line of the list ends with "!"; set apart it stays
    what it reads as, a paragraph."""
    text = seg.text
    return (
        seg.start_line == seg.end_line
        and text.endswith("!")
        and not text.endswith("!!")
        and text.count(" ") < _EXCLAIM_MAX_WORDS
        and text[:1].isupper()
        and "://" not in text
    )


def _label_over(segs: list[_Piece], k: int, hi: int) -> bool:
    """A word or two in a list ("Pros", "Cons", "Cons:") over two or more lines of several words
    each: the heading of the items after it."""
    text = segs[k].text
    return (
        k + 2 < hi
        and text.count(" ") <= 1
        and text[:1].isupper()
        and (_last(text) not in _SENTENCE_END_CHARS or text.endswith(_COLONS))
        and segs[k + 1].text.count(" ") + 1 >= _PROSE_MIN_WORDS
        and segs[k + 2].text.count(" ") + 1 >= _PROSE_MIN_WORDS
    )


def _alike(segs: list[_Piece], ends: list[bool], prose: list[bool], lo: int, hi: int, announced: bool = False) -> bool:
    """Whether line ``hi`` reads as one more of the lines ``lo`` to ``hi - 1`` (two or more):
    none of them ends like a sentence, all share its case style (where their case shows one),
    and it has no fewer words (one fewer will do when a lead-in ending with ":" ``announced``
    the lines: "Key factors include:" / ... / "Experience level and business overhead" /
    "Emergency or after-hours availability" over prose is one list, and a heading stacked
    under an announced list is mostly much shorter than its items);
    and it does not name the prose under it (see :func:`_names`), as a heading does."""
    if hi - lo < 2 or any(ends[lo:hi]):
        return False
    last = segs[hi].text
    others = [segs[k].text for k in range(lo, hi)]
    if _own_labels([*others, last]) or all(_quoted(t) for t in [*others, last]):
        return True
    if hi + 1 < len(segs) and prose[hi + 1] and _names(last, segs[hi + 1].text, others):
        return False
    cased = _case_style(last)
    styles = {_case_style(t) for t in others} - {None}
    return (cased is None or styles <= {cased}) and last.count(" ") + announced >= min(t.count(" ") for t in others)


def _own_labels(lines: list[str]) -> bool:
    """Whether every line opens with a short label of its own and a colon ("Case: E-coated
    aluminum" / "PCB: Hot-swappable" / "Hardware: Includes screws and gummy O-rings"): the
    fields of one thing, whose last one over prose is one more of them, whatever it shares
    with the prose (see :func:`_labelled_lists`). The first line may be the heading stacked on
    them ("Features and Components"), when three or more lines are left."""
    labels = [_label(line) or _dashed_label(line) for line in lines]
    if labels[0] is None:
        labels = labels[1:]
    return len(labels) >= _LABEL_RUN and None not in labels and len(set(labels)) == len(labels)


_DASHED = regex.compile(r"^(\S+(?: \S+){0,3}) [–—] \S")
"""A word to four, a spaced dash and more ("Android – native app available", "1 Year – saves 23%")."""


def _dashed_label(text: str) -> str | None:
    m = _DASHED.match(text)
    return str(m.group(1)) if m else None


def _quoted(text: str) -> bool:
    """A line wrapped whole in quotation marks ("“Therapists near me”"): quoted phrases, one per
    line, are a list's items, whatever their case style."""
    return len(text) > 2 and text[0] in "“\"‘„«" and text[-1] in "”\"’“»"


def _case_style(text: str) -> bool | None:
    """Whether a line is in title case, or ``None`` when its case shows no style: no word of
    four letters or more but its first ("Tenderness", "Sales tax", "Management of the LLC" read
    alike in title case and in sentence case), so a list of such items can end with one in
    sentence case ("Tenderness" / "Pain in the upper extremities" / "Disruptions in sleep")."""
    long = [w for w in text.split() if len(w) >= 4 and w[0].isalpha()]
    if not long or (len(long) == 1 and text.startswith(long[0])):
        return None
    return _title_case(text)


_SPACED_ITEM_MAX_WORDS = 12


def _spaced_items(segs: list[_Piece], shapes: list[Shape | None], ends: list[bool]) -> None:
    """Three or more one-line blocks in a row, each set apart by blank lines, each up to a dozen
    words without end punctuation and none in title case: items of one list ("Recruiting
    pipelines" / "Payroll runs" / "Benefits renewals", "How they fund payroll in local
    currency"), how ``innerText`` prints list items that hold a ``<p>``. Title-case lines
    standing alone are left to :func:`_headings`; a line holding a web address ("You can buy
    one for £21.99 https://...") is a paragraph's note more often than an item."""
    n = len(segs)
    # Cheap screen: three blocks in a row set apart, none ending like a sentence.
    maybe = [segs[x].blank_before and not ends[x] for x in range(n)]
    k = 0
    while k < n - 2:
        if not (maybe[k] and maybe[k + 1] and maybe[k + 2]):
            k += 1
            continue
        end = k
        while end < n and _spaced_item(segs, shapes, ends, end):
            end += 1
        if end - k >= 3:
            for x in range(k, end):
                shapes[x] = _ITEM
        k = end + 1


def _spaced_item(segs: list[_Piece], shapes: list[Shape | None], ends: list[bool], x: int) -> bool:
    seg = segs[x]
    if ends[x] or shapes[x] is not None or not seg.blank_before or seg.start_line != seg.end_line:
        return False
    if x + 1 < len(segs) and not segs[x + 1].blank_before:
        return False
    t = seg.text
    return (
        t.count(" ") < _SPACED_ITEM_MAX_WORDS
        and t[:1].isalnum()
        and not _shouts(t)
        and not _title_case(t)
        and "://" not in t
    )


_LABEL = regex.compile(r"^(\p{Lu}[^:]{0,40}?): \S")
"""A line that opens with a short capitalised label and a colon: "Pricing and estimates: Get ...",
"New York vs. New Jersey: The cost to file ..."."""
_LABEL_RUN = 3
_LABEL_PAIR = 2
_LABEL_MAX_LABEL_WORDS = 6
"""Up to six words ("Freebird TKL Full Kit ($249.99): ..."); a cap of four left such lists paragraphs."""


def _label(text: str) -> str | None:
    if ": " not in text[:44]:  # cheap screen first
        return None
    m = _LABEL.match(text)
    if m is None:
        return None
    label = str(m.group(1))
    return label if label.count(" ") < _LABEL_MAX_LABEL_WORDS else None


def _labelled_lists(segs: list[_Piece], shapes: list[Shape | None], prose: list[bool], ends: list[bool]) -> None:
    """Three or more lines stacked one under another (no blank line between them), each
    opening with its own short label and a colon ("Licensing and credentials: Make sure ..."
    / "Pricing and estimates: Get ..."): the items of a list, however long they run. Two such
    lines are a list too when both end like sentences and no prose is stacked on them: under
    a heading stacked on them ("1. Desktop Organizers" / "Pens, Pencils & Markers: A divided cup
    …" / "Sticky Notes & Notepads: Stack these flat …" / "2. Drawer Dividers"), not a page of
    ``<div>``s stacking its prose, and not two short titles ("Facebook Live: Best for
    businesses"). Set apart by blank lines, such lines are as often ``<p>``s; the same label on
    every line is a run of records (see :func:`_fields`)."""
    n = len(segs)
    k = 0
    while k < n - 1:
        if segs[k + 1].blank_before or shapes[k] is not None or _label(segs[k].text) is None:
            k += 1
            continue
        labels: set[str] = set()
        end = k
        while end < n and shapes[end] is None and (end == k or not segs[end].blank_before):
            label = _label(segs[end].text)
            if label is None or label in labels:
                break
            labels.add(label)
            end += 1
        if end - k >= _LABEL_RUN or (end - k == _LABEL_PAIR and all(ends[k:end]) and not _stacked_on_prose(segs, prose, k, end)):
            for x in range(k, end):
                shapes[x] = _ITEM
        k = max(end, k + 1)


def _stacked_on_prose(segs: list[_Piece], prose: list[bool], k: int, end: int) -> bool:
    """Whether a line of prose is stacked on the lines ``k`` to ``end - 1``, above or below."""
    return (k > 0 and not segs[k].blank_before and prose[k - 1]) or (end < len(segs) and not segs[end].blank_before and prose[end])


def _heading_like(seg: _Piece) -> bool:
    """One short line that starts like a title and does not end like a sentence or a clause; a
    line holding a web address ("Amazon UK skipping rope £8.99: https://amzn.to/...") is none."""
    text = seg.text
    head = text[:1]
    return (
        len(text) <= _HEADING_MAX_CHARS
        and seg.start_line == seg.end_line
        and text.count(" ") < _HEADING_MAX_WORDS
        and (head.isupper() or head.isdigit() or (head != "" and head in _HEADING_START))
        and _last(text) not in _CLAUSE_END
        and "://" not in text
        and "www." not in text
    )


def _lead_label(seg: _Piece) -> bool:
    """A short line (under fifteen words) ending with a colon on a line of its own ("Pros:",
    "Key features:", "These are the top trends in the cleaning industry for 2025:"), stacked on
    the lines it announces: a heading over them (``innerText`` sets a lead-in ``<p>`` apart
    with a blank line; what it stacks on a list is a heading or a list's own label)."""
    text = seg.text
    return (
        seg.start_line == seg.end_line
        and text.endswith(_COLONS)
        and text.count(" ") < _HEADING_MAX_WORDS
        and len(text) <= _HEADING_MAX_CHARS
        and text[:1].isupper()
        and "://" not in text
    )


def _title_case(text: str) -> bool:
    """Every word of four letters or more starts with a capital ("Meal Prep Menu for Plan C"),
    not all of it in capitals."""
    long = [w for w in text.split() if len(w) >= 4 and w[0].isalpha()]
    return bool(long) and all(w[0].isupper() for w in long) and not text.isupper()


_LABEL_MAX_WORDS = 10


def _titled_label(text: str) -> bool:
    """A title-case line of two or more capitalised words ending with a colon ("Instructions
    for Replacing Fuses:"): set apart over prose, a heading; a lead-in sentence ("Here is what
    we found:") is not in title case."""
    if not text.endswith(_COLONS) or text.count(" ") >= _LABEL_MAX_WORDS:
        return False
    if text.count(" ") < 2 and text[:1].isupper():
        return True
    if not _title_case(text):
        return False
    return sum(len(w) >= 4 and w[0].isupper() for w in text.split()) >= 2


def _numbered(text: str) -> bool:
    """A numbered or lettered line ("3. Blue Moving", "b) Services"): standing alone, a section's heading."""
    return ("." in text[1:4] or ")" in text[1:4]) and _ORDERED.match(text) is not None


_NUMBER = regex.compile(r"^(\d{1,3})[.)]\s")


_LETTERED = regex.compile(r"^([a-zA-Z])[.)]\s+\p{Lu}")
_HASHED = regex.compile(r"^#(\d{1,3})\s+\p{Lu}")
_LETTER_BASE = 10_000
_HASH_BASE = 20_000
"""Letters and "#" numbers are counted apart from plain numbers: "a." does not number on from "1."."""


def _section_number(text: str) -> int | None:
    """The number a section's heading gives itself: "3. " or "3) " (3), "#3 " (3, counted apart)
    or a letter and a capital, "b. Their role" or "c) The others" (the letter, counted apart)."""
    m = _NUMBER.match(text)
    if m is not None:
        return int(m.group(1))
    m = _LETTERED.match(text)
    if m is not None:
        return _LETTER_BASE + ord(lower(str(m.group(1))))
    m = _HASHED.match(text)
    if m is not None:
        return _HASH_BASE + int(m.group(1))
    return None


def _numbered_sections(segs: list[_Piece], shapes: list[Shape | None], prose: list[bool]) -> None:
    """Numbered lines each standing alone between blank lines over prose, numbered on from one
    another ("1. Streamline what you bring into your home." ... "2. Shop at bulk food stores
    ..."), two or more: the headings of the sections they number, even written as sentences.
    So are lines lettered on ("b. Their role in production" ... "c. Future prospects", third
    level) or numbered with "#" ("#1 Descriptive analysis" ... "#2 Diagnostic analysis"): see
    :func:`_section_number`. Numbered lines stacked in a run are a list (see
    :func:`_marked_lists`)."""
    n = len(segs)
    found: list[tuple[int, int]] = []
    for k in range(n - 1):
        seg = segs[k]
        text = seg.text
        if shapes[k] is not None or not ("." in text[1:4] or ")" in text[1:4] or text[:1] == "#"):  # cheap screen first
            continue
        number = _section_number(text)
        if (
            number is None
            or not (prose[k + 1] or (number < _LETTER_BASE and _outline_letter(segs, k + 1)) or _titles_prose(segs, prose, k + 1))
            or not (k == 0 or seg.blank_before or _set_apart_title(segs, shapes, k - 1))
            or not segs[k + 1].blank_before
            or seg.start_line != seg.end_line
            or text.count(" ") >= _HEADING_MAX_WORDS
        ):
            continue
        found.append((k, number))
    numbers = {number for _, number in found}
    for k, number in found:
        if number + 1 in numbers or number - 1 in numbers:
            shapes[k] = _H2 if number < _LETTER_BASE else _H3


def _set_apart_title(segs: list[_Piece], shapes: list[Shape | None], k: int) -> bool:
    """Whether line ``k`` is a heading-like line given no role but a heading's, set apart above
    (or the text's first line), that a numbered line is stacked under: a section's heading over
    its first numbered subsection ("Market 1: Data center GPUs" / "a) Market overview")."""
    shape = shapes[k]
    return (shape is None or shape.role is Role.HEADING) and (k == 0 or segs[k].blank_before) and _heading_like(segs[k]) and not _numbered(segs[k].text)


def _titles_prose(segs: list[_Piece], prose: list[bool], k: int) -> bool:
    """Whether line ``k`` is a heading-like line set apart over prose (a numbered section's own
    subheading: "c) Emerging players" / "New challengers are reshaping the market" / prose)."""
    return k + 1 < len(segs) and segs[k].blank_before and segs[k + 1].blank_before and prose[k + 1] and _heading_like(segs[k])


def _numbered_titles(segs: list[_Piece], shapes: list[Shape | None]) -> None:
    """Numbered lines with no numbered line next to them, each a short line over what it numbers,
    numbered on from one another: "1. Project sponsor" over three lines of duties, then "2.
    Project manager" over its own, or "2. ADP Workforce Now" after the list of the product before
    it. ``innerText`` prints no numbers of its own (an ``<ol>`` shows none), so a number in the
    text was written by the author, who numbers sections, and a list's items stand next to one
    another (see :func:`_marked_lists`). Lines that :func:`_stacked_lists` or the rules before
    read as unmarked items become headings; a marked list stays one."""
    n = len(segs)
    found: list[tuple[int, int]] = []
    for k in range(n - 1):
        seg = segs[k]
        text = seg.text
        if not ("." in text[1:4] or ")" in text[1:4]):  # cheap screen first
            continue
        shape = shapes[k]
        if shape is not None and not (shape.role is Role.HEADING or (shape.role is Role.LIST_ITEM and not shape.ordered)):
            continue
        m = _NUMBER.match(text)
        if (
            m is None
            or seg.start_line != seg.end_line
            or text.count(" ") >= _HEADING_MAX_WORDS
            or len(text) > _HEADING_MAX_CHARS
            or _last(text) in ",;"
            or (k > 0 and _NUMBER.match(segs[k - 1].text) is not None)
            or _NUMBER.match(segs[k + 1].text) is not None
        ):
            continue
        found.append((k, int(m.group(1))))
    numbers = {number for _, number in found}
    for k, number in found:
        shape = shapes[k]
        if (number + 1 in numbers or number - 1 in numbers) and (shape is None or shape.role is not Role.HEADING):
            shapes[k] = _H2


_OUTLINE = regex.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.? \p{Lu}")
"""A section number of two levels or more and a capital: "3.2. Security", "2.5.1 Notes"."""


def _outline_number(seg: _Piece) -> tuple[int, ...] | None:
    """The outline number ("3.2." → (3, 2)) of a short line of one line opening with one, else ``None``."""
    text = seg.text
    if not text[:1].isdigit() or seg.start_line != seg.end_line or text.count(" ") >= _HEADING_MAX_WORDS or len(text) > _HEADING_MAX_CHARS:
        return None
    m = _OUTLINE.match(text)
    return tuple(int(d) for d in str(m.group(1)).split(".")) if m is not None else None


def _outline_sections(segs: list[_Piece], shapes: list[Shape | None]) -> None:
    """Lines standing alone between blank lines that open with a section number of two levels or
    more ("3.1. Raw Request/Response Capture" … "3.2. Security-First with Auto-Redaction" … "3.3.
    Flexible Configuration", "2.2. Special handling of CROSS JOIN."), each next to a sibling
    numbered on from it (the same number but the last, one apart) standing alone too: the
    headings of a numbered document's subsections, even written as sentences or set apart among
    items, as :func:`_numbered_sections` reads "1." lines. A contents list prints its numbers
    stacked (its lines stay items), a decimal ("3.5 Million users") has no sibling, and a line
    numbered in a marked list keeps its shape."""
    n = len(segs)
    found: dict[int, tuple[int, ...]] = {}
    for k, seg in enumerate(segs):
        shape = shapes[k]
        if shape is not None and shape.role is not Role.HEADING and not (shape.role is Role.LIST_ITEM and not shape.ordered):
            continue
        if not (k == 0 or seg.blank_before) or not (k + 1 == n or segs[k + 1].blank_before):
            continue
        number = _outline_number(seg)
        if number is not None:
            found[k] = number
    numbers = set(found.values())
    for k, number in found.items():
        shape = shapes[k]
        if (shape is None or shape.role is not Role.HEADING) and ((*number[:-1], number[-1] + 1) in numbers or (*number[:-1], number[-1] - 1) in numbers):
            shapes[k] = _H3


_STEP = regex.compile(r"^(\p{Lu}\p{L}{1,15}) #?(\d{1,3})(?::|\.|\)| [-–—])\s+\S")
"""A section's label and number: "Step 4: ", "Lesson 3. ", "Prompt #2: ", "Week 5 – "."""
_STEP_STARTS = frozenset("#0123456789")


def _step(text: str) -> tuple[str, int] | None:
    """The label (case folded) and number of a line that opens like "Step 4: "."""
    m = _STEP.match(text)
    if m is None:
        return None
    return str(m.group(1)).casefold(), int(m.group(2))


def _labelled_steps(segs: list[_Piece], shapes: list[Shape | None]) -> None:
    """Lines opening with a word and a number ("Step 4: Get your wood on!", "Lesson 3. Always be
    closing", "Prompt #2: Learning from obstacles.", "Schritt 2: ..."), numbered on from another
    line of the same word, with no such line next to them, one short line each: the headings of
    the sections they number, even written as sentences or stacked on a list (as
    :func:`_numbered_titles` for "2. "). A line with lines indented under it ("Week 2: ..." over
    its days) is the item of a nested list and stays one; a marked list stays one."""
    n = len(segs)
    steps: dict[int, tuple[str, int]] = {}
    for k in range(n):
        text = segs[k].text
        space = text.find(" ", 2, 17)  # cheap screen first: a word, a space, then "#" or a digit
        if space < 0 or text[space + 1 : space + 2] not in _STEP_STARTS:
            continue
        found = _step(text)
        if found is not None:
            steps[k] = found
    if len(steps) < 2:
        return
    have = set(steps.values())
    for k, (word, number) in steps.items():
        seg = segs[k]
        shape = shapes[k]
        if (
            (k - 1 in steps)
            or (k + 1 in steps)
            or seg.start_line != seg.end_line
            or seg.text.count(" ") >= _HEADING_MAX_WORDS
            or len(seg.text) > _HEADING_MAX_CHARS
            or not ((word, number + 1) in have or (word, number - 1) in have)
            or (k + 1 < n and _indent(segs[k + 1].raw) > _indent(seg.raw))
        ):
            continue
        if shape is None or (shape.role is Role.LIST_ITEM and not shape.ordered):
            shapes[k] = _H2


_FIELD_MIN = 3
"""How many lines a label must start for it to be a field of the page's records."""


def _fields(segs: list[_Piece]) -> set[str]:
    """The labels before ": " that each start three or more lines of the page, when two or more
    labels do ("Year Founded: 2018", "Team Size: 11 – 50", "Year Founded: 2005", ...): the
    fields of a run of records, which a list of agencies or plans prints one per line. One
    label alone ("Example: Creating a bucket" over each section) is not enough."""
    counts: dict[str, int] = {}
    for seg in segs:
        text = seg.text
        at = text.find(": ")
        if at > 0:
            label = text[:at]
            counts[label] = counts.get(label, 0) + 1
    labels = {label for label, c in counts.items() if c >= _FIELD_MIN}
    return labels if len(labels) >= 2 else set()


def _field(text: str, fields: set[str]) -> bool:
    """A line giving one of the page's fields ("Year Founded: 2018"): a record's value, not a
    heading. A question ("Q: Which apps do you use?") is no field's value."""
    at = text.find(": ")
    return at > 0 and text[:at] in fields and _last(text) not in "?？"


_CHAIN_MAX = 2
_SHORT_PROSE_WORDS = 3
"""A heading over a subheading, stacked, is a chain of two; three or more is a list."""


def _headings(segs: list[_Piece], shapes: list[Shape | None], prose: list[bool], ends: list[bool], loose: set[int]) -> None:
    """A short line that does not end like a sentence or a clause, with prose (or a list, a
    table or another heading, or a longer sentence of three words or more: "Wyzant pricing"
    over "Tutors set their hourly rates.") right after it: a subheading. So is such a line in title case
    standing alone between blank lines over a line that is not. A line giving a field of the
    page's records ("Year Founded: 2018", see :func:`_fields`) is none, and nor is a line set
    apart by a blank line over a list whose lines are stacked: ``innerText`` prints a heading
    stacked on the list under it, and a ``<p>`` ("Here are the features I want") with a blank
    line (over a list whose items are each set apart, a ``<li>`` holding a ``<p>``, a heading
    stays one; over a run of stacked sentences that only :func:`_stacked_sentences` makes a list,
    ``loose``, a heading stays one too). Three or more such lines
    stacked one on another are no chain of headings but a list (a table of contents, features
    over a paragraph): items, the last one too when it reads as one more of them (see
    :func:`_alike`), else the heading after the list."""
    n = len(segs)
    chain = [0] * n  # how many headings this rule made stand stacked under line k
    made = [False] * n
    fields = _fields(segs)
    for k in range(n - 2, -1, -1):  # backwards: a heading may stand over a subheading
        if shapes[k] is not None or (fields and _field(segs[k].text, fields)):
            continue
        after = segs[k + 1]
        shape = shapes[k + 1]
        if after.blank_before and shape is not None and shape.role is Role.LIST_ITEM and k + 2 < n and not segs[k + 2].blank_before and k + 1 not in loose:
            continue  # set apart over a stacked list: a heading would be stacked on it (not over stacked sentences)
        # Over a heading only when stacked on it: a blank line stands between a heading and
        # the paragraph it ends, not between it and its subheading.
        followed = (
            prose[k + 1]
            or (shape is not None and not (shape.role is Role.HEADING and after.blank_before))
            or (shape is None and ends[k + 1] and after.text.count(" ") + 1 >= _SHORT_PROSE_WORDS and len(after.text) > len(segs[k].text))
        )
        alone = not followed and segs[k].blank_before and after.blank_before and len(segs[k].text) <= _HEADING_MAX_CHARS
        if (
            (followed or alone)
            and _heading_like(segs[k])
            and (followed or _numbered(segs[k].text) or (_title_case(segs[k].text) and not (_heading_like(after) and _title_case(after.text))))
        ) or (prose[k + 1] and segs[k].blank_before and after.blank_before and _titled_label(segs[k].text)):
            if shape is _H2 and made[k + 1] and not after.blank_before:
                chain[k] = chain[k + 1] + 1
            made[k] = True
            shapes[k] = _H2
    k = 0
    while k < n:
        depth = chain[k]
        if depth < _CHAIN_MAX:
            k += 1
            continue
        last = k + depth
        # A title-case line over lines that are not stays their heading ("Meal Prep Menu" over
        # "Slow cooker chili").
        lo = k + 1 if _title_case(segs[k].text) and not _title_case(segs[k + 1].text) else k
        if last - lo >= 2:
            for x in range(lo, last):
                shapes[x] = _ITEM
            if _alike(segs, ends, prose, lo, last):
                shapes[last] = _ITEM
        k = last + 1


_LOWER_TITLE_CODE = frozenset("(){}[]=;<>/\\@#`|$%*+~^&")
"""Characters of code, markup, paths, addresses and sums: a lower-case line holding one is a
command, a path or an address ("ollama pull llama3.2" aside, these are the lines a page prints in
lower case over prose that are no heading: "if ( user.suffix.len() ) {", "support@example.com")."""
_BYLINE_WORDS = frozenset(("by", "von", "par", "di", "de", "door", "av", "por"))
"""A byline's first word in the languages of the phrase tables ("by Stanford News"): no heading."""
_LEAD_IN_ENDS = frozenset(":：,")
"""How a line ends that announces or runs on into the line under it ("Use the following command:")."""
_COMMENT_OPENERS = ("#", "//", "--")
"""How a code comment opens: the line under one is the code it comments ("# Create a new Git repository" / "git init my-project")."""


def _lower_case_titles(segs: list[_Piece], shapes: list[Shape | None], prose: list[bool]) -> None:
    """A line opening in lower case, standing alone between blank lines over prose, is the heading
    of that prose when it names something the web spells in lower case: a command or a package
    ("dispatch-conf", "glsa-check", "pacman crashes during an upgrade"), a brand ("iOS App",
    "tlogs vs Certificate Transparency vs Key Transparency") or a slogan a product page sets in
    lower case ("always have something to do together"). ``innerText`` prints an ``<h2>`` and a
    ``<p>`` alike, each set apart, so the case of the first letter is what kept
    :func:`_headings` (which asks a title's capital) from them.

    Guards: the same shape as a heading otherwise (one line, under fifteen words and 120
    characters, no end of a sentence or a clause, no question), two words or more or a hyphenated
    word (a lone lower-case word over prose is a poster's name over a review or an option's value
    over its description: "randomconformity", "verbatim"), no character of code, a path, an address
    or a sum (:data:`_LOWER_TITLE_CODE`, whose "/" every "://" holds, and "www."), not a byline ("by
    Stanford News"), no list marker ("b. their role in production": an outline's letter, left to :func:`_numbered_sections`), and
    prose right under it with no role yet, one blank line between them. A line under a lead-in
    ending with ":" or "," ("Use the following command to encrypt the settings:" / "func settings
    encrypt") is what that line announces, and a line with two blank lines or more under it is
    the end of a ``<pre>`` (``innerText`` prints its last newline as one more blank line) and a
    line under a code comment ("# Create a new Git repository") is code: not a heading ("git init")."""
    n = len(segs)
    for k in range(n - 1):
        seg = segs[k]
        text = seg.text
        if not text[:1].islower() or shapes[k] is not None or shapes[k + 1] is not None or not prose[k + 1]:
            continue  # cheap screen first
        words = text.split()
        if (
            not (seg.blank_before and segs[k + 1].blank_before)
            or seg.start_line != seg.end_line
            or segs[k + 1].start_line != seg.end_line + 2
            or (k > 0 and (_last(segs[k - 1].text) in _LEAD_IN_ENDS or segs[k - 1].text.startswith(_COMMENT_OPENERS)))
            or len(text) > _HEADING_MAX_CHARS
            or len(words) >= _HEADING_MAX_WORDS
            or _last(text) in _CLAUSE_END
            or _last(text) == "?"
            or (len(words) == 1 and "-" not in text)
            or words[0] in _BYLINE_WORDS
            or _marker(text) is not None
            or any(c in _LOWER_TITLE_CODE for c in text)  # "/" among them: every address with "://" too
            or "www." in text
        ):
            continue
        shapes[k] = _H2


_ABBREVIATED_END = regex.compile(r"(?:(?<![\p{L}\p{N}.])(?:\p{Lu}\.){2,4}|(?<=[ ,])(?:Co|Corp|Inc|Ltd|LLC|Plc|Bros)\.)$")
"""A line's last word when its stop closes an abbreviation, not a sentence: a dotted initialism of
two to four capitals ("U.S.", "U.S.A.", "D.C.") or a company's legal form ("Co.", "Inc.", "Ltd.")."""


def _abbreviated_titles(segs: list[_Piece], shapes: list[Shape | None], prose: list[bool]) -> None:
    """A title-case line standing alone between blank lines whose final "." closes an
    abbreviation ("HunnyBunny Biscuit Co.", "Top 10 Household Appliance Manufacturers in the
    U.S.A.", "20th-21st Centuries: Growing the Coffee Community in the U.S."), over prose or a
    block given a role, is a heading: the stop belongs to the name, so the line does not end like a
    sentence, which is all that kept :func:`_headings` from it. Otherwise the shape of a heading
    (one line, under fifteen words and 120 characters, a capital, a digit or a quote first, no web
    address) once that stop is set aside. A line in sentence case ("We moved to the U.S.") is a
    sentence and stays a paragraph; so does a line stacked on its neighbours (a footer's "© 2025
    Etsy, Inc.", an address block), a personal suffix or an initial ("Jr.", "Lora D.": a
    reviewer's signature) and an address ("7173 S. Havana St.")."""
    n = len(segs)
    for k in range(n - 1):
        seg = segs[k]
        text = seg.text
        if text[-1:] != "." or shapes[k] is not None or not (prose[k + 1] or shapes[k + 1] is not None):
            continue  # cheap screen first
        if (
            seg.blank_before
            and segs[k + 1].blank_before
            and _ABBREVIATED_END.search(text) is not None
            and _title_case(text)
            and _heading_like(_Piece(text[:-1], seg.raw, seg.start_line, seg.end_line, True))
        ):
            shapes[k] = _H2


_RECORDS_MIN = 4
"""Copies of a record's separator, each with a title after it, that make a run of records."""
_RECORD_GAP = (2, 40)
"""How many lines apart two copies of a separator stand in one run of records (a record holds a
title and at least one more line; a record listing its regions one per line runs long)."""
_SEPARATOR_MAX_WORDS = 4
_RECORD_TITLES_DISTINCT = 0.75
"""The share of a run's titles that differ from one another: titles name their records, a field
that follows the separator in every record ("Remote" / "Featured") repeats."""
_RECORD_APART_LINES = 3
"""The fewest lines from a copy of the separator to the next where the title may stand apart
under it: the separator, the title and one line more (a price, a teaser, a brand). A label and
its value printed in turn ("Construction" / "Rubber" / "Construction" / "Silicone") are fields
of a spec sheet, not records."""


def _record_titles(segs: list[_Piece], shapes: list[Shape | None], texts: list[str]) -> None:
    """The titles of a run of records: a short line (up to four words) printed four times or more,
    each copy 2 to 40 lines after the one before (a job board's "View Company Profile" over each
    posting), with a heading-like line stacked right under each copy, given no role yet, that
    differs from the others ("View Company Profile" / "Software Engineer" / "" / "18d" / "" /
    "Remote" / … / "View Company Profile" / "Senior Software Engineer" / …). ``innerText`` prints
    a card's link stacked on the ``<h3>`` under it: that line is the record's title, not a
    paragraph. A line after the separator that repeats (a field every record gives next,
    "Featured") makes no run; nor does a separator that is a sentence, or a line already read as a
    list's item (the first line under each "Pros" / "Cons").

    ``innerText`` sets a card's ``<h3>`` apart too, with a blank line above and below it, when the
    card's label or link over it is a block of its own ("Read more" / "" / "AmeriCorps delivers
    large grant to Poughkeepsie" / "" / its teaser / "" / "Read more" / …; "Quick view View
    Options" / "" / a chair's name / "" / its price; a category "Sustainability" over each story).
    A title set apart under a copy of the separator is taken only where that copy stands apart
    too (a blank line above it), opens with a capital letter (a label or a link's words, where a
    field of the record opens with a figure or a lower-case word: a product's colour set apart
    under each card's "oversized fit", a bit's name under "4 mm", a company under "30d", a
    comment under "1 year ago" are the next field, not a title), and is followed by at least
    two more lines before the next copy (`_RECORD_APART_LINES`: a spec sheet's label and value
    in turn are no record); a repository's description set apart under its card's "Pull
    requests" tab, stacked under "Issues", is no title either."""
    n = len(segs)
    at: dict[str, list[int]] = {}
    for k, text in enumerate(texts[:-1]):
        if text.count(" ") < _SEPARATOR_MAX_WORDS and _last(text) not in _SENTENCE_END_CHARS and has_letter(text):
            at.setdefault(text, []).append(k)
    lo_gap, hi_gap = _RECORD_GAP
    for separator, places in at.items():
        if len(places) < _RECORDS_MIN:
            continue
        labelled = separator[:1].isupper()  # a label or a link's words, not a field's value
        run: list[int] = []
        for k in [*places, n + hi_gap + 1]:
            if run and not lo_gap <= k - run[-1] <= hi_gap:
                # the copies under which a title may stand apart (see the docstring)
                apart = {x for x, nxt in zip(run, [*run[1:], n + hi_gap], strict=True) if labelled and segs[x].blank_before and nxt - x >= _RECORD_APART_LINES}
                titles = [
                    x + 1
                    for x in run
                    if x + 1 < n and texts[x + 1] != separator and (x in apart or not segs[x + 1].blank_before) and _heading_like(segs[x + 1]) and shapes[x + 1] is None
                ]
                if len(titles) >= _RECORDS_MIN and len({texts[t] for t in titles}) >= _RECORD_TITLES_DISTINCT * len(titles):
                    for t in titles:
                        shapes[t] = _H3
                run = []
            run.append(k)


_ASKED_TITLES_MIN = 3


def _asked_titles(segs: list[_Piece], shapes: list[Shape | None], texts: list[str], asks: list[bool]) -> None:
    """Three or more questions stacked one under another, each a heading-like line, stacked
    right under a heading-like line that asks nothing and ends with no colon ("Frequently Asked
    Questions" / "Are trendy home renovations a bad investment?" / "How can I tell if my windows
    need to be replaced?" / ...): an FAQ whose answers are folded away, each question the
    heading of its hidden answer. A question that the page prints again (a contents list of the
    questions, the questions asked once more over their answers) leaves the run a list, and so
    does a checklist of questions with no heading stacked on it (see :func:`_asked_list`); a
    numbered list stays one."""
    n = len(segs)
    times: Counter[str] | None = None  # how often the page prints each line, counted at the first run
    k = 1
    while k < n:
        if segs[k].blank_before or not asks[k] or asks[k - 1] or texts[k - 1].endswith(_COLONS) or not _heading_like(segs[k - 1]):
            k += 1
            continue
        end = k
        while end < n and (end == k or not segs[end].blank_before) and asks[end] and _heading_like(segs[end]):
            end += 1
        if end - k >= _ASKED_TITLES_MIN:
            if times is None:
                times = Counter(texts)
            if all(times[texts[x]] == 1 for x in range(k, end)) and not any(s is not None and s.ordered for s in shapes[k:end]):
                for x in range(k, end):
                    shapes[x] = _H3
        k = max(end, k + 1)


_FAQ_NAMES = (
    "faq", "faqs", "faq's", "f.a.q", "f.a.q.s", "frequently asked questions", "frequently-asked questions", "common questions",
    "häufig gestellte fragen", "häufige fragen", "preguntas frecuentes", "questions fréquentes", "foire aux questions",
    "domande frequenti", "perguntas frequentes", "veelgestelde vragen", "vaak gestelde vragen", "często zadawane pytania",
    "vanliga frågor", "ofte stillede spørgsmål", "ofte stilte spørsmål", "usein kysytyt kysymykset",
)
"""The names of a page's questions and answers, as a line opens with them ("FAQs", "Frequently Asked
Questions about kayaks", "Preguntas frecuentes")."""
_FAQ_MAX_WORDS = 8


def _names_faq(text: str) -> bool:
    """Whether a line of up to eight words opens with the name of an FAQ (see :data:`_FAQ_NAMES`)
    that ends where a word ends ("FAQs about moving", "Frequently Asked Questions (FAQs)"; "FAQtory"
    names none)."""
    if text.count(" ") >= _FAQ_MAX_WORDS:
        return False
    low = text.casefold()
    return any(low.startswith(name) and (len(low) == len(name) or not low[len(name)].isalnum()) for name in _FAQ_NAMES)


def _faq_titles(segs: list[_Piece], shapes: list[Shape | None], texts: list[str], asks: list[bool]) -> None:
    """A heading-like line that names an FAQ ("Frequently Asked Questions", "FAQs", "Frequently
    asked questions about kayaks", see :func:`_names_faq`) stacked right on a line that asks ("What
    is local SEO?") heads the questions under it: ``innerText`` stacks the section's ``<h2>`` on
    its first question's heading, and the list rules read the name as the last item of the lines
    above it (a menu, a list of links) or as an item over the question. Set apart from the
    question (a contents list's "FAQs" over "Conclusion") it is left to the other rules, and so is
    a numbered line."""
    for k in range(len(segs) - 1):
        shape = shapes[k]
        if (
            (shape is None or (shape.role is Role.LIST_ITEM and not shape.ordered))
            and not segs[k + 1].blank_before
            and asks[k + 1]
            and _names_faq(texts[k])
            and _heading_like(segs[k])
        ):
            shapes[k] = _H2


def _asked_headings(segs: list[_Piece], shapes: list[Shape | None], ends: list[bool], asks: list[bool]) -> None:
    """A heading-like question read as an item of a list the text does not mark, under a line
    that does not end like a sentence, with a blank line under it or a sentence stacked under
    it that asks nothing ("Cyber Industry" / "Is your cyber resilience fit for your industry?" /
    "Cyber resilience must be customized to fit your industry's unique needs. ..."), is the
    heading of what follows: ``innerText`` stacks a section's heading on the lines above it,
    which the list rules then read as one run. A question among questions (a checklist, a
    contents list of questions) or among sentences, with more short lines stacked under it (a
    menu's "Need help getting started?" / "Contact sales"), or with nothing under it, stays an
    item."""
    for k in range(1, len(segs) - 1):
        shape = shapes[k]
        if shape is None or shape.role is not Role.LIST_ITEM or segs[k].shape is not None or ends[k - 1] or not asks[k]:
            continue
        below = segs[k + 1].blank_before or (ends[k + 1] and segs[k + 1].text.count(" ") + 1 >= _PROSE_MIN_WORDS and not asks[k + 1])
        if below and _heading_like(segs[k]):
            shapes[k] = _H3


_VERDICT_LABELS = frozenset(
    {
        "pros", "cons", "pros & cons", "pros and cons", "advantages", "disadvantages", "pluses", "minuses",
        "vorteile", "nachteile", "vor- und nachteile", "avantages", "inconvénients", "points forts", "points faibles",
        "ventajas", "desventajas", "contras", "contro", "vantaggi", "svantaggi", "voordelen", "nadelen",
        "vantagens", "desvantagens", "prós", "zalety", "wady", "plussen", "minnen",
    }
)
"""The labels of a review's verdict lists, as a whole line ("Pros", "Cons", "Vorteile"); "Pro"
alone is left out, the name of a plan as often."""
_VERDICT_LABEL_MAX_CHARS = 20


def _verdict_labels(segs: list[_Piece], shapes: list[Shape | None]) -> None:
    """A line that is only a verdict label ("Pros", "Cons", "Nachteile", without a colon: see
    :data:`_VERDICT_LABELS`) with lines stacked under it heads them, even inside a stacked list
    ("Pros" / "Long battery life" / "Great webcam" / "Cons" / "Glossy screen"): a review's
    pros and cons are ``<h3>``/``<h4>`` labels over ``<ul>``s, which ``innerText`` prints as
    one run of lines. With a colon ("Pros:") it is as often a lead-in ``<p>``, and the rules
    for labels ending with ":" decide. So do a pair of labels that name what they judge ("Pros
    About Allianz" / ... / "Cons About Allianz", see :func:`_named_verdicts`)."""
    named = _named_verdicts(segs)
    for k in range(len(segs) - 1):
        if segs[k + 1].blank_before or not (k in named or (len(segs[k].text) <= _VERDICT_LABEL_MAX_CHARS and segs[k].text.casefold() in _VERDICT_LABELS)):
            continue
        shape = shapes[k]
        if shape is None or shape.role is Role.LIST_ITEM:
            shapes[k] = shape = _H3
        if shape.role is Role.HEADING:  # given here or by the rules before
            _verdict_items(segs, shapes, k + 1)


_VERDICT_NAMED_MAX_WORDS = 6


def _named_verdicts(segs: list[_Piece]) -> set[int]:
    """The lines that open with a verdict label and name what it judges, with no colon ("Pros
    About Allianz" / ... / "Cons About Allianz", "Vorteile des Tarifs" / "Nachteile des
    Tarifs"), where another line names the same thing under another label: a review's pair of
    labels for one product, up to six words each and heading-like. One such line alone ("Advantages
    of remote work") is as often an item of a list; a line that opens with the label and a
    colon ("Cons: Big and bulky") is a labelled item (see :func:`_labelled_lists`)."""
    found: dict[str, dict[str, int]] = {}
    for k, seg in enumerate(segs):
        text = seg.text
        space = text.find(" ")
        if space <= 0 or text.count(" ") >= _VERDICT_NAMED_MAX_WORDS or ":" in text or "：" in text:
            continue
        label = text[:space].casefold()
        if label in _VERDICT_LABELS and _heading_like(seg):
            found.setdefault(text[space + 1 :].casefold(), {}).setdefault(label, k)
    return {k for labels in found.values() if len(labels) >= 2 for k in labels.values()}


def _verdict_items(segs: list[_Piece], shapes: list[Shape | None], k: int) -> None:
    """The lines under a verdict label from line ``k`` on, the first stacked on it and the
    others each set apart by blank lines, one short line each (under a dozen words), up to the
    next label ("Pros" / "Fast, intuitive payroll." / "" / "A library of videos." / ...): the
    label's items, which ``innerText`` prints as paragraphs when each ``<li>`` holds a ``<p>``
    (two or more; a line of prose after them ends the run by its length). Where the second line
    is stacked on the first too, the label's lines run on while stacked, under the same limits
    ("Cons" / "Few mobile features." / "Limited integrations." / ""): a ``<ul>`` under an
    ``<h4>`` on a page not spaced throughout, which the stacked-list rules leave alone once the
    label is a heading."""
    n = len(segs)
    end = k
    stacked = k + 1 < n and not segs[k + 1].blank_before
    while (
        end < n
        and shapes[end] is None
        and segs[end].start_line == segs[end].end_line
        and segs[end].text.count(" ") < _SPACED_ITEM_MAX_WORDS
        and segs[end].text.casefold() not in _VERDICT_LABELS
        and (end == k or (segs[end].blank_before and (end + 1 == n or segs[end + 1].blank_before)) or (stacked and not segs[end].blank_before))
    ):
        end += 1
    if end - k >= 2:
        for x in range(k, end):
            shapes[x] = _ITEM


_CONTENTS_MIN = 3


def _contents_repeated(segs: list[_Piece], shapes: list[Shape | None], texts: list[str]) -> None:
    """A heading-like line that repeats an item of a contents list above it is the heading of
    the section the list points to ("Jump to:" / "A Focus on Storytelling" / ... and later "A
    Focus on Storytelling" stacked on a photo credit, or on the list's last item), a heading
    even where ``innerText`` stacks it among other lines. A contents list is a list three of
    whose items or more come back later, each once and in the list's order; a line next to
    another such line is left alone (a list printed twice, a menu at the top and the bottom,
    repeats line for line), and so are items that come back more than once (a training plan's
    "Rest Day" every week). A line ending like a sentence is no contents entry: two lists of the
    same sentences ("Thorough analysis of the student's transcript." in two packages' lists of
    deliverables) are no contents list and its sections, and do not break the order of one."""
    items = [k for k, shape in enumerate(shapes) if shape is not None and shape.role is Role.LIST_ITEM]
    if len(items) < _CONTENTS_MIN:
        return
    first: dict[str, int] = {}
    run: dict[int, int] = {}  # which list (a run of items) line k is an item of
    runs, prev = 0, -2
    for k in items:
        if k != prev + 1:
            runs += 1
        run[k], prev = runs, k
        first.setdefault(texts[k], k)
    if len(first) < _CONTENTS_MIN:
        return
    later = [k for k, text in enumerate(texts) if first.get(text, k) < k and _last(text) not in _SENTENCE_STOPS]
    if len(later) < _CONTENTS_MIN:
        return
    # A contents list: three of its items or more come back later, each once, in its order.
    times = Counter(texts[k] for k in later)
    later = [k for k in later if times[texts[k]] == 1]
    later = [k for x, k in enumerate(later) if x == 0 or first[texts[later[x - 1]]] < first[texts[k]]]
    per_list = Counter(run[first[texts[k]]] for k in later)
    later = [k for k in later if per_list[run[first[texts[k]]]] >= _CONTENTS_MIN]
    repeated = set(later)
    for k in later:
        shape = shapes[k]
        if (k - 1 in repeated) or (k + 1 in repeated) or not _heading_like(segs[k]):
            continue
        if shape is None or (shape.role is Role.LIST_ITEM and not shape.ordered):
            shapes[k] = _H2


_FOOTNOTED = regex.compile(r"(?:(?:\p{L}[\p{L}'’]{2}|[\"”’»)])[.!?:]|[.!?][\"”’»)])(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})$|[.!?:]\[\d{1,3}\]$")
"""A sentence end with a footnote's number glued to it: "... is refundable.2", "... if you don't:14",
"... in 1820.[3]", "... the consumer.¹"."""
_FOOTNOTED_MIN_WORDS = 6
_FOOTNOTE_MARKS = frozenset("0123456789]¹²³⁴⁵⁶⁷⁸⁹⁰")


def _footnoted(text: str) -> bool:
    """Whether a line of six words or more ends like a sentence followed by a footnote's number
    ("Up to $1,700 is refundable.2", "... including if you don't:14", "... in 1820.[3]"): a
    reference to a note, which ``innerText`` prints glued to the sentence it marks (a ``<sup>``
    gets no space), so the line ends like a sentence all the same. A number after a letter
    and a stop after a word of two letters ("Chanel No.5") is no sentence's end."""
    return text[-1:] in _FOOTNOTE_MARKS and text.count(" ") + 1 >= _FOOTNOTED_MIN_WORDS and _FOOTNOTED.search(text) is not None


def shape_segments(segs: list[_Piece]) -> list[Segment]:
    """Give text segments the roles their text shows, and no more: lines marked "•", "-", "*",
    "1." or "a)" are list items, short unmarked lines stacked under a line ending with ":" or
    under prose are list items, a short line without end punctuation with prose after it is a
    heading; tables were cut by :func:`table_runs`. Everything else stays a paragraph."""
    # Lines with no letter (icons, counts, ratings) are read as if they were not there.
    signs = [k for k, p in enumerate(segs) if p.shape is None and not has_letter(p.text)]
    if signs:
        return _without_signs(segs, signs)
    shapes: list[Shape | None] = [s.shape for s in segs]
    _marked_lists(segs, shapes)
    # Prose: a few words or more, ending like a sentence (or announcing what follows). Inline:
    # this runs over every line of every text page.
    texts = [s.text for s in segs]
    ends = [t[-1:] in _SENTENCE_END_CHARS or (t[-1:] in _CLOSERS and _last(t) in _SENTENCE_END_CHARS) or _footnoted(t) for t in texts]
    prose = [e and t.count(" ") + 1 >= _PROSE_MIN_WORDS for e, t in zip(ends, texts, strict=True)]
    # Whether each line asks (ends with "?"): read once here for the four passes that test it.
    asks = [_asks(t) for t in texts]
    shaped = [i for i, shape in enumerate(shapes) if shape is not None]
    for i in shaped:
        prose[i] = False
    _questions(segs, shapes, prose, asks)
    loose = _stacked_lists(segs, shapes, prose, ends, _spaced(segs, prose), _blank_lines(segs))
    _spaced_items(segs, shapes, ends)
    _plain_lists(segs, shapes, prose)
    _announced_lists(segs, shapes, ends)
    _labelled_lists(segs, shapes, prose, ends)
    _numbered_sections(segs, shapes, prose)
    _headings(segs, shapes, prose, ends, loose)
    _lower_case_titles(segs, shapes, prose)
    _abbreviated_titles(segs, shapes, prose)
    _asked_titles(segs, shapes, texts, asks)
    _faq_titles(segs, shapes, texts, asks)
    _asked_headings(segs, shapes, ends, asks)
    _verdict_labels(segs, shapes)
    _numbered_titles(segs, shapes)
    _outline_sections(segs, shapes)
    _labelled_steps(segs, shapes)
    _record_titles(segs, shapes, texts)
    _contents_repeated(segs, shapes, texts)
    return [Segment(p.text, p.raw, p.start_line, p.end_line, p.blank_before, None, shape) for p, shape in zip(segs, shapes, strict=True)]


_SIGNED_NAMES_MIN = 2
"""Cards' names between lines of signs: two or more on the page (see :func:`_without_signs`)."""


def _without_signs(segs: list[_Piece], signs: list[int]) -> list[Segment]:
    """Lines with no letter ("→", "↗", "►": a card's icons; "14", "4.5", "02": its counts, stars
    and step numbers, each printed as a line of its own) are no text of the structure: a headline
    stacked under "Jane Smith 2 days ago" / "14" is no item of a list of two, a title under "→" /
    "↗" none of a list of signs. The other lines are given their roles as if those were not there (a
    blank line before or among them counts as one before the next line), and they stay
    paragraphs. One call back into :func:`shape_segments`, whose lines then hold no such line.

    A heading-like line read as a list item there, stacked between two lines of signs
    ("$34.99" / "Nintendo Switch Console Battery" / "389", "+" / "Workforce Management" / "+"), is
    a card's or a folded section's name, not an item, where the page holds two such lines or more:
    a card prints its counts and prices, a folded section its "+", as lines of their own around
    its ``<h3>``. One such line, or a line under a sign and over a line with letters ("Flour from
    the mill" / "→" / "Sugar from the shop" / "Eggs from the farm"), stays an item."""
    skip = set(signs)
    kept: list[_Piece] = []
    gap = False
    for k, p in enumerate(segs):
        if k in skip:
            gap = gap or p.blank_before
            continue
        kept.append(_Piece(p.text, p.raw, p.start_line, p.end_line, True, p.shape) if gap and not p.blank_before else p)
        gap = False
    shaped = iter(shape_segments(kept)) if kept else iter(())
    out: list[Segment] = []
    names: list[int] = []  # items stacked between two lines of signs
    for k, p in enumerate(segs):
        if k in skip:
            out.append(Segment(p.text, p.raw, p.start_line, p.end_line, p.blank_before, None, None))
        else:
            s = next(shaped)
            out.append(Segment(p.text, p.raw, p.start_line, p.end_line, p.blank_before, None, s.shape))
            if s.shape is not None and s.shape.role is Role.LIST_ITEM and k - 1 in skip and k + 1 in skip and not p.blank_before and not segs[k + 1].blank_before and _heading_like(p):
                names.append(k)
    if len(names) >= _SIGNED_NAMES_MIN:
        for k in names:
            p = segs[k]
            out[k] = Segment(p.text, p.raw, p.start_line, p.end_line, p.blank_before, None, _H3)
    return out
