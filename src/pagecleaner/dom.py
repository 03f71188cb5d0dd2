"""HTML → segments: parse once with lxml, walk the tree without recursion, cut it into blocks.

Each block-level element (``p``, ``li``, ``h2``, ``td``, ``div`` text ...) becomes one
:class:`~pagecleaner.blocks.Segment` carrying a :class:`~pagecleaner.blocks.DomInfo`: its tag,
the elements around it, their class/id tokens, how much of its text is link text and where the
links point. From there on HTML is judged by the same rules as text. Script, style and the like
never become text; hidden elements do, flagged, so a rule removes them with an account.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import TypeVar

import lxml.etree as etree

from .blocks import HEADING_LEVELS, Block, DomInfo, DomNode, Role, Rows, Segment, Shape
from .markup import resolve_url
from .segment import normalise
from .textcase import lower

# Elements whose start and end cut the text into blocks. Everything else (a, span, em ...) is inline.
BLOCK_TAGS = frozenset(
    "address article aside blockquote body button caption center dd details dialog dir div dl dt "  # noqa: SIM905 (a word list reads better as words)
    "fieldset figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html "
    "legend li main menu nav ol option p pre section summary table tbody td tfoot th thead tr ul".split()
)
# Elements whose content is never text of the page.
SKIP_TAGS = frozenset(
    "script style noscript template head title svg math iframe object embed canvas video audio "  # noqa: SIM905 (a word list reads better as words)
    "select textarea input datalist map area source track param".split()
)
_DEPTH_ERROR = "Excessive depth"
_NO_TOKENS: frozenset[str] = frozenset()
_MENU_ITEM_WORDS = 4
_MAX_MERGED_CHARS = 4000
_LISTS = frozenset(("ul", "ol", "menu", "dir"))
_HEADINGS = {tag: Shape(Role.HEADING, n) for tag, n in HEADING_LEVELS.items()}
_ROLE_TAGS = {
    **_HEADINGS,
    "blockquote": Shape(Role.QUOTE),
    "pre": Shape(Role.CODE),
    "figcaption": Shape(Role.CAPTION),
    "caption": Shape(Role.CAPTION),
}
# A table holding one of these, or another table, lays out a page rather than giving data.
_LAYOUT_INSIDE = frozenset("table form article section nav header footer aside main h1 h2 iframe".split())  # noqa: SIM905
_MAX_TABLE_CELLS = 2000
_MAX_CELL_CHARS = 1000
_MAX_IMAGES = 8
_SPECIAL = frozenset(("img", "pre", "table"))


_HIDE_OR_NAME = frozenset(("class", "id", "role", "itemprop", "hidden", "aria-hidden", "style"))
"""The attributes :func:`_is_hidden` and :func:`_tokens` read."""


# The only characters on which str.split's white space and normalise()'s differ: without them,
# " ".join(text.split()) is exactly normalise(text), and many times faster than its regex.
_ODD_SPACE = re.compile("[\x1c-\x1f\u200b\u2060\ufeff]")


def _collapse(text: str) -> str:
    """:func:`~pagecleaner.segment.normalise`, fast for the usual text."""
    if _ODD_SPACE.search(text) is not None:
        return normalise(text)
    return " ".join(text.split())


@dataclass(slots=True)
class Parsed:
    """A parsed document and what went wrong on the way."""

    root: etree._Element | None
    warnings: list[str] = field(default_factory=list)


def parse_html(text: str) -> Parsed:
    """Parse ``text`` once; libxml2 repairs malformed markup. Never raises on bad input."""
    # The plain etree parser, not lxml.html's: no Python class look-up for every element proxy.
    parser = etree.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, huge_tree=False, default_doctype=False
    )
    try:
        root = etree.fromstring(text, parser=parser) if text.strip() else None
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    if root is None:
        return Parsed(None, ["no HTML content could be parsed"])
    warnings = []
    if any(_DEPTH_ERROR in e.message for e in parser.error_log):
        warnings.append("HTML nested deeper than 256 elements: the parser cut the content below that depth")
    return Parsed(root, warnings)


def _streamed_segment(ident: str | None) -> bool:
    """React's streamed segment: server rendering sends a part of the page late in a ``<div hidden
    id="S:3">`` that its inline script moves into the page at once; its text is the page's."""
    return ident is not None and len(ident) > 2 and ident.startswith("S:") and ident[2:].isdigit()


_SHOWN = 0
_VEILED = 1
"""Hidden from screen readers only (``aria-hidden="true"``): the eye still sees it."""
_HIDES = 2
"""Hidden from the eye: ``hidden``, inline ``display:none`` or ``visibility:hidden``."""


def _is_hidden(attrs: dict[str, str]) -> int:
    """How an element's attributes hide it: :data:`_HIDES`, :data:`_VEILED` or :data:`_SHOWN` (0)."""
    if "hidden" in attrs and not _streamed_segment(attrs.get("id")):
        return _HIDES
    style = attrs.get("style")
    if style:
        style = lower(style).replace(" ", "")
        if "display:none" in style or "visibility:hidden" in style:
            return _HIDES
    if lower(attrs.get("aria-hidden", "").strip()) == "true":
        return _VEILED
    return _SHOWN


def _tokens(attrs: dict[str, str]) -> frozenset[str]:
    found = lower(attrs.get("class") or "").split()
    if ident := attrs.get("id"):
        found.append(lower(ident))
    if role := attrs.get("role"):
        found.append("role:" + lower(role.strip()))
    if prop := attrs.get("itemprop"):
        found.extend("itemprop:" + p for p in lower(prop).split())
    return frozenset(found) if found else _NO_TOKENS


class _Chain:
    """An element and those enclosing it, innermost first: what every block inside it shares. A plain
    class (not a ``NamedTuple``, whose constructor is a Python function): compiled, its ``__init__`` is native."""

    __slots__ = ("lists", "nodes", "ordered", "shape", "tags", "tokens")

    def __init__(
        self,
        nodes: tuple[DomNode, ...],
        tags: tuple[str, ...],
        tokens: frozenset[str],
        shape: Shape | None = None,
        lists: int = 0,
        ordered: bool = False,
    ) -> None:
        self.nodes = nodes
        self.tags = tags
        self.tokens = tokens
        """The tokens of all of them, united."""
        self.shape = shape
        """The role the innermost heading, list item, quote, pre or caption among them gives."""
        self.lists = lists
        """How many lists enclose (the depth of a list item)."""
        self.ordered = ordered
        """Whether the innermost enclosing list is numbered."""


_NO_CHAIN = _Chain((), (), _NO_TOKENS)


class _Frame:
    """An open element. A plain class, not a dataclass: the compiled build then makes its
    ``__init__`` native (a dataclass's is generated in Python at import), and one is built per element."""

    __slots__ = ("_chain", "block", "hidden", "ident", "in_link", "parent", "tag", "tokens", "veiled")

    def __init__(
        self,
        ident: int,
        tag: str,
        tokens: frozenset[str],
        block: bool,
        hidden: int,
        in_link: bool,
        parent: _Frame | None,
        veiled: bool = False,
    ) -> None:
        self.ident = ident
        self.tag = tag
        self.tokens = tokens
        self.block = block
        self.hidden = hidden
        """Id of the element that hides this one (0 when visible)."""
        self.veiled = veiled
        """Hidden, and only by ``aria-hidden="true"`` (no element around it hides it from the eye)."""
        self.in_link = in_link
        self.parent = parent
        self._chain: _Chain | None = None
        """Made on first use: most inline elements never enclose a block."""

    def chain(self) -> _Chain:
        if self._chain is not None:
            return self._chain
        # Iterative: collect the frames without a chain yet, then build theirs from the outside in.
        pending: list[_Frame] = []
        frame: _Frame | None = self
        while frame is not None and frame._chain is None:
            pending.append(frame)
            frame = frame.parent
        chain = _NO_CHAIN if frame is None or frame._chain is None else frame._chain
        for f in reversed(pending):
            # Inline (a chain per element that holds text): the tokens united, and the role.
            tag, tokens = f.tag, f.tokens
            united = chain.tokens | tokens if tokens else chain.tokens
            lists, ordered, shape = chain.lists, chain.ordered, _ROLE_TAGS.get(tag)
            if shape is None:
                if tag in _LISTS:
                    lists, ordered = lists + 1, tag == "ol"
                shape = Shape(Role.LIST_ITEM, max(1, lists), ordered) if tag == "li" else chain.shape
            chain = f._chain = _Chain((DomNode(f.ident, tag, tokens), *chain.nodes), (tag, *chain.tags), united, shape, lists, ordered)
        return chain


@dataclass(slots=True)
class _Merge:
    texts: list[str]
    chars: int
    """Length of the texts joined by spaces."""
    link_chars: int
    hrefs: list[str]
    end: int
    links: list[tuple[str, str]]
    images: list[tuple[str, str]]


@dataclass(slots=True)
class _Table:
    """A data table being read: its cells become the rows of one block."""

    depth: int
    """Its place in the stack of open elements."""
    rows: list[tuple[str, ...]] = field(default_factory=list)
    row: list[str] = field(default_factory=list)
    cell: int | None = None
    """Where the open cell's text starts among the gathered pieces."""
    caption: bool = False


def _in_caption(el: etree._Element, table: etree._Element) -> bool:
    """Whether ``el`` lies in the table's ``<caption>``: a heading there titles the data
    ("<caption><h2>Compare Aura With Other Services</h2></caption>"), it lays out no page."""
    for up in el.iterancestors():
        if up is table:
            return False
        if up.tag == "caption":
            return True
    return False


def _is_data_table(table: etree._Element) -> bool:
    """A table of cells (data), not one that lays out a page: not marked ``role="presentation"``,
    no nested table or page furniture, at least two cells, none long enough to hold an article."""
    if lower((table.get("role") or "").strip()) in ("presentation", "none"):
        return False
    cells: list[etree._Element] = []
    for el in table.iterdescendants():
        tag = el.tag
        if tag in _LAYOUT_INSIDE and not _in_caption(el, table):
            return False
        if tag == "td" or tag == "th":
            cells.append(el)
            if len(cells) > _MAX_TABLE_CELLS:
                return False
    if len(cells) < 2:
        return False
    for cell in cells:
        chars = 0
        for piece in cell.itertext():
            chars += len(piece)
            if chars > _MAX_CELL_CHARS:
                return False
    return True


@dataclass(slots=True)
class _Cutter:
    """The walk's state: the open elements and the text gathered for the current block."""

    base_url: str | None
    stack: list[_Frame] = field(default_factory=list)
    pieces: list[str] = field(default_factory=list)
    link_chars: int = 0
    hrefs: list[str] = field(default_factory=list)
    start_line: int = 0
    line: int = 1
    segments: list[Segment] = field(default_factory=list)
    run: tuple[str, int] | None = None
    """What the last segment can be merged with: a hidden region, or a list of menu links."""
    merge: _Merge | None = None
    """Items merged into the last segment and not yet written into it: a menu of a hundred links
    becomes one segment once, not a hundred times."""
    read: dict[tuple[tuple[str, str], ...], tuple[int, frozenset[str]]] = field(default_factory=dict)
    """What each distinct attribute list of this page says: hidden or not, and its tokens."""
    pre: int = 0
    """How many ``<pre>`` elements are open: inside one, white space is text."""
    table: _Table | None = None
    """The data table being read, if any: its inner elements do not cut blocks."""
    anchor: tuple[str, list[str]] | None = None
    """The open link's target and the text gathered for it in the current block."""
    links: list[tuple[str, str]] = field(default_factory=list)
    images: list[tuple[str, str]] = field(default_factory=list)
    parts: list[tuple[int, int, bool]] | None = None
    """Inside the open link: each element's (depth, place among the link's pieces, opens) as it opens
    or closes, to find where its first element with text ends (see :meth:`link_lead`)."""
    lead: str = ""
    """The current block's ``DomInfo.link_lead``."""

    def text(self, piece: str) -> None:
        """Gather a non-empty text or tail."""
        newlines = piece.count("\n")
        if piece.isspace() and not self.pre:
            self.line += newlines
            return
        if not self.pieces:
            self.start_line = self.line + (piece[: len(piece) - len(piece.lstrip())].count("\n") if newlines else 0)
        table = self.table
        if table is not None and table.cell is None and not table.caption:
            table.cell = len(self.pieces)  # text outside any cell: a cell of its own
        self.pieces.append(piece)
        if self.stack and self.stack[-1].in_link:
            self.link_chars += len(" ".join(piece.split()))
            if self.anchor is not None:
                self.anchor[1].append(piece)
        self.line += newlines

    def link(self, href: str | None) -> None:
        resolved = self.target(href)
        if resolved is not None:
            self.hrefs.append(resolved)
            self.close_anchor()
            self.anchor = (resolved, [])

    def target(self, href: str | None) -> str | None:
        """Where a link leads, absolute; ``None`` for none, an in-page anchor, script or mail link."""
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            return None
        href = href.strip()
        return href if href.startswith(("http://", "https://")) else resolve_url(self.base_url, href)

    def close_anchor(self, reopen: bool = False) -> None:
        """Record the open link's text (in this block); ``reopen`` keeps it open for the next block."""
        anchor = self.anchor
        if anchor is None:
            return
        # str.split's white space, not normalise's: a link whose text then differs from the block's
        # is not found in it and renders as plain text, which is all it costs.
        if anchor[1] and (text := " ".join(" ".join(anchor[1]).split())):
            self.links.append((text, anchor[0]))
            if self.parts:
                self.lead = self.link_lead(anchor[1], self.parts)
        self.anchor = (anchor[0], []) if reopen else None
        self.parts = None

    def part(self, depth: int, opens: bool) -> None:
        """An element opens or closes inside the open link."""
        anchor = self.anchor
        if anchor is None:
            return
        if self.parts is None:
            self.parts = []
        self.parts.append((depth, len(anchor[1]), opens))

    @staticmethod
    def link_lead(pieces: list[str], parts: list[tuple[int, int, bool]]) -> str:
        """The text of a link's first element when a sibling element starts right where it ends and
        holds the rest ("<a><span>Headline</span><span>Summary</span></a>"); else empty."""
        ends = [(d, at) for d, at, opens in parts if not opens and 0 < at < len(pieces)]
        if not ends:
            return ""
        top = min(d for d, _ in ends)
        at = next(at for d, at in ends if d == top)
        if (top, at, True) not in parts or not any(p.strip() for p in pieces[:at]):
            return ""
        return " ".join(" ".join(pieces[:at]).split())

    def image(self, el: etree._Element) -> None:
        """An image goes with the block it is in, or the next one (a figure's caption, a lead paragraph)."""
        src = el.get("src") or el.get("data-src")
        if not src or src.startswith("data:") or len(self.images) >= _MAX_IMAGES:
            return
        src = src.strip()
        resolved = src if src.startswith(("http://", "https://")) else resolve_url(self.base_url, src)
        if resolved is not None:
            self.images.append((resolved, _collapse(el.get("alt") or "")))

    def _clear(self) -> None:
        self.pieces, self.hrefs, self.link_chars, self.lead = [], [], 0, ""
        if self.links:
            self.links = []

    def flush(self) -> None:
        if not self.pieces:
            # A link opened around block elements (``<a href><h4>Title</h4></a>``, a card) belongs
            # to the first block inside it; one that closed without text belongs to nothing.
            if self.hrefs and not (self.stack and self.stack[-1].in_link):
                self.hrefs.clear()
            return
        anchor = self.anchor
        if anchor is not None and not anchor[1] and self.hrefs and self.hrefs[-1] == anchor[0]:
            # The same around block elements after a text of the block (a card's kicker, then the
            # linked headline: ``<label>AUTO NEWS</label><a href><h5>Title</h5></a>``): the link
            # holds none of this block's text, so it goes with the first block inside it.
            carried = self.hrefs.pop()
            self._flush()
            self.hrefs.append(carried)
            return
        self._flush()

    def _flush(self) -> None:
        """:meth:`flush` of a block with text."""
        if self.anchor is not None:
            self.close_anchor(reopen=True)
        text = _collapse(" ".join(self.pieces))
        if not text:  # only zero-width characters
            self._clear()
            return
        owner = len(self.stack) - 1
        while owner > 0 and not self.stack[owner].block:
            owner -= 1
        frame = self.stack[owner] if self.stack else None
        end = max(self.start_line, self.line - (1 if self.pieces[-1].endswith("\n") else 0))
        run = self._run(frame, text)
        # Bounded so that a hostile page of one endless menu cannot make merging quadratic.
        merged = self.merge.chars if self.merge is not None else len(self.segments[-1].text) if self.segments else 0
        if run is not None and run == self.run and merged < _MAX_MERGED_CHARS:
            self._extend(text, end)
            return
        # Only now the chain: the items merged into a menu never need theirs.
        chain = frame.chain() if frame is not None else None
        shape = chain.shape if chain is not None else None
        raw = text
        if shape is not None and shape.role is Role.CODE:
            raw = "".join(self.pieces).strip("\n")  # preformatted: white space as written
        self._emit(frame, chain, text, raw, shape, end, run)

    def _emit(
        self,
        frame: _Frame | None,
        chain: _Chain | None,
        text: str,
        raw: str,
        shape: Shape | None,
        end: int,
        run: tuple[str, int] | None,
    ) -> None:
        self.run = run
        links, images = tuple(self.links), tuple(self.images)
        if images:
            self.images = []
        if frame is None or chain is None:
            dom = DomInfo("", (), _NO_TOKENS, min(self.link_chars, len(text)), tuple(self.hrefs), False, (), links, images, self.lead)
        else:
            dom = DomInfo(
                frame.tag,
                chain.tags[1:],
                chain.tokens,
                min(self.link_chars, len(text)),
                tuple(self.hrefs),
                frame.hidden > 0,
                chain.nodes,
                links,
                images,
                self.lead,
                frame.veiled,
            )
        self.seal()
        self.segments.append(Segment(text, raw, self.start_line, end, True, dom, shape))
        self._clear()

    # -- data tables: one block, its cells in rows --------------------------------------
    def table_open(self, tag: str) -> None:
        """An element opens inside a data table: cells and rows start, nothing else cuts."""
        table = self.table
        assert table is not None
        if tag == "td" or tag == "th":
            self._end_cell()
            table.cell = len(self.pieces)
        elif tag == "tr":
            self._end_cell()
            self._end_row()
        elif tag == "caption":
            table.caption = True

    def table_close(self, frame: _Frame) -> None:
        """An element inside a data table (or the table itself) ends."""
        table = self.table
        assert table is not None
        tag = frame.tag
        if tag == "td" or tag == "th":
            self._end_cell()
        elif tag == "tr":
            self._end_cell()
            self._end_row()
        elif tag == "caption" and len(self.stack) - 1 > table.depth:
            table.caption = False
            if not table.rows and not table.row and table.cell is None:
                self.flush()  # a caption ahead of the cells is a block of its own
        elif len(self.stack) - 1 == table.depth:
            self._end_cell()
            self._end_row()
            self.table = None
            self._flush_table(frame, tuple(table.rows))

    def _end_cell(self) -> None:
        table = self.table
        if table is not None and table.cell is not None:
            table.row.append(_collapse(" ".join(self.pieces[table.cell :])))
            table.cell = None

    def _end_row(self) -> None:
        table = self.table
        if table is not None and table.row:
            if any(table.row):
                table.rows.append(tuple(table.row))
            table.row = []

    def _flush_table(self, frame: _Frame, rows: Rows) -> None:
        if not self.pieces:
            self.hrefs.clear()
            return
        self.close_anchor()
        cells = [cell for row in rows for cell in row if cell]
        if not cells:
            self._clear()
            return
        flat = " | ".join(cells)
        end = max(self.start_line, self.line - (1 if self.pieces[-1].endswith("\n") else 0))
        raw = "\n".join(" | ".join(row) for row in rows)
        self._emit(frame, frame.chain(), flat, raw, Shape(Role.TABLE, rows=rows), end, None)

    def _run(self, frame: _Frame | None, text: str) -> tuple[str, int] | None:
        """Blocks that read as one: all text of one hidden element, or the short link-only items of
        one list (a menu's ``<li><a>World</a></li>`` siblings). Merging them keeps menus from
        becoming hundreds of one-word blocks; the text and line span stay accounted for."""
        if frame is None:
            return None
        if frame.hidden:
            return ("hidden", frame.hidden)
        if frame.parent is not None and self.link_chars >= len(text) - 1 and text.count(" ") < _MENU_ITEM_WORDS:
            return ("menu", frame.parent.ident)
        return None

    def _extend(self, text: str, end: int) -> None:
        if self.merge is None:
            last = self.segments[-1]
            d = last.dom
            assert d is not None
            self.merge = _Merge([last.text], len(last.text), d.link_chars, list(d.hrefs), end, list(d.links), list(d.images))
        m = self.merge
        m.texts.append(text)
        m.chars += len(text) + 1
        m.link_chars += min(self.link_chars, len(text)) + 1
        m.hrefs.extend(self.hrefs)
        m.links.extend(self.links)
        if self.images:
            m.images.extend(self.images)
            self.images = []
        m.end = end
        self._clear()

    def seal(self) -> None:
        """Write the items merged into the last segment into it."""
        if self.merge is None:
            return
        last, m = self.segments[-1], self.merge
        was = last.dom
        assert was is not None
        joined = " ".join(m.texts)
        dom = DomInfo(
            was.tag,
            was.ancestors,
            was.tokens,
            m.link_chars,
            tuple(m.hrefs),
            was.hidden,
            was.nodes,
            tuple(m.links),
            tuple(m.images),
            veiled=was.veiled,
        )
        self.segments[-1] = Segment(joined, joined, last.start_line, m.end, last.blank_before, dom, last.shape)
        self.merge = None

    def _read(self, el: etree._Element, names: list[str]) -> tuple[int, frozenset[str]]:
        """Whether an element's attributes hide it, and its tokens. A page repeats the same
        lists (``class="nav-item"``) hundreds of times: each distinct one is read once."""
        # Keyed by the attributes read here alone: a unique src, href or data-id would make every
        # key distinct, and most elements (images, links) carry none of these names at all. Only
        # those values are fetched: an image's srcset or a link's title is never decoded.
        key: tuple[tuple[str, str], ...]
        if len(names) == 1:  # the usual case, one class or id: no filtering loop
            key = ((names[0], el.get(names[0]) or ""),) if names[0] in _HIDE_OR_NAME else ()
        else:
            key = tuple([(name, el.get(name) or "") for name in names if name in _HIDE_OR_NAME])
        if not key:
            return _SHOWN, _NO_TOKENS
        found = self.read.get(key)
        if found is None:
            attrs = dict(key)
            found = self.read[key] = (_is_hidden(attrs), _tokens(attrs))
        return found

    def special(self, el: etree._Element, tag: str) -> None:
        """An image, a ``<pre>`` or a table opens."""
        if tag == "img":
            self.image(el)
        elif tag == "pre":
            self.pre += 1
        elif self.table is None and _is_data_table(el):
            self.table = _Table(len(self.stack))

    def close(self) -> None:
        """The innermost open element ends."""
        frame = self.stack[-1]
        if self.table is not None:
            self.table_close(frame)
        elif frame.block and (self.pieces or self.hrefs):
            self.flush()  # the block ends with its element: flush it while the element is still open
        tag = frame.tag
        if tag == "a":
            self.close_anchor()
        elif tag == "pre":
            self.pre -= 1
        self.stack.pop()


# A page showing fewer words than this may be an app whose content is only in <noscript>.
_NOSCRIPT_PAGE_WORDS = 100
_NOSCRIPT_MIN_GAIN = 50
_SKIP_BUT_NOSCRIPT = SKIP_TAGS - {"noscript"}


def _words(segments: list[Segment], enough: int) -> int:
    """Words in ``segments``, counted only up to ``enough`` (most pages pass it in a few blocks)."""
    total = 0
    for s in segments:
        total += s.text.count(" ") + 1
        if total >= enough:
            break
    return total


def html_segments(root: etree._Element | None, base_url: str | None = None, *, veils: bool = True) -> list[Segment]:
    """Cut the parsed document into segments, in document order. Iterative: no recursion limit.

    ``veils``: whether ``aria-hidden="true"`` alone hides an element (it hides it from screen
    readers, not from the eye). Off, such an element is read as shown, and cut as shown text is:
    the second cut a page cleaned as a product or a collection is judged on (``cleaner._cut``).

    ``<noscript>`` is skipped, except on a page that shows almost nothing without it: a JavaScript
    app that prints its content there for readers without scripts (a forum's crawler view: every
    post inside ``<noscript>``, nothing outside). Then the page is read with it, as a browser
    without JavaScript shows it.
    """
    if root is None:
        return []
    segments = _walk(root, base_url, SKIP_TAGS, veils)
    shown = _words(segments, _NOSCRIPT_PAGE_WORDS)
    if shown < _NOSCRIPT_PAGE_WORDS and root.find(".//noscript") is not None:
        fallback = _walk(root, base_url, _SKIP_BUT_NOSCRIPT, veils)
        if _words(fallback, 2 * shown + _NOSCRIPT_MIN_GAIN) >= 2 * shown + _NOSCRIPT_MIN_GAIN:
            return fallback
    return segments


def _walk(root: etree._Element, base_url: str | None, skip: frozenset[str], veils: bool = True) -> list[Segment]:
    cut = _Cutter(base_url)
    stack = cut.stack
    walker = etree.iterwalk(root, events=("start", "end"))
    ident = 0
    skipping = 0  # > 0 between the start and end of a skipped element
    for event, el in walker:
        if event == "start":
            tag = el.tag
            if skipping or not isinstance(tag, str) or tag in skip:
                skipping += 1
                walker.skip_subtree()
                continue
            ident += 1
            if line := el.sourceline:
                cut.line = line
            # The element opens (written out here: this runs for every element). libxml2's HTML
            # parser lower-cases tag names. The names, then the values of those read: ``items()``
            # decodes every value and is quadratic in lxml (each value is looked up by name),
            # ``keys()`` is linear.
            parent = stack[-1] if stack else None
            names = el.keys()
            if not names or (len(names) == 1 and names[0] not in _HIDE_OR_NAME):  # none read (a link's href alone)
                hides, tokens = _SHOWN, _NO_TOKENS
            else:
                hides, tokens = cut._read(el, names)
                if hides == _VEILED and not veils:
                    hides = _SHOWN
            inherited = parent.hidden if parent is not None else 0
            hidden = inherited or (ident if hides else 0)
            # Hidden only by aria-hidden: no element from the hiding one down hides it from the eye.
            veiled = hidden > 0 and hides != _HIDES and (not inherited or (parent is not None and parent.veiled))
            block = tag in BLOCK_TAGS or "-" in tag or (hidden > 0 and not inherited)
            if cut.table is not None:
                cut.table_open(tag)
            elif block and (cut.pieces or cut.hrefs):
                cut.flush()
            if tag == "a":
                in_link = True
                cut.link(el.get("href") if names else None)  # after the flush: the link belongs to the block it opens
            else:
                in_link = parent is not None and parent.in_link
                if in_link and not block:
                    cut.part(len(stack), True)
                if tag in _SPECIAL:
                    cut.special(el, tag)
            stack.append(_Frame(ident, tag, tokens, block, hidden, in_link, parent, veiled))
            if piece := el.text:
                if piece.isspace() and not cut.pre:  # indentation between tags: only the line count moves
                    cut.line += piece.count("\n")
                else:
                    cut.text(piece)
        else:
            if skipping:
                skipping -= 1
                if skipping == 0 and (piece := el.tail):
                    cut.text(piece)
                continue
            frame = stack[-1]
            if cut.table is not None or cut.pre:
                cut.close()
            else:  # the common case, inline: the block ends with its element, flush it while it is open
                if frame.block and (cut.pieces or cut.hrefs):
                    cut.flush()
                if cut.anchor is not None:
                    if frame.tag == "a":
                        cut.close_anchor()
                    elif frame.in_link and not frame.block:
                        cut.part(len(stack) - 1, False)
                stack.pop()
            if piece := el.tail:
                if piece.isspace() and not cut.pre:
                    cut.line += piece.count("\n")
                else:
                    cut.text(piece)
    cut.flush()
    cut.seal()
    return cut.segments


K = TypeVar("K")


def climb(
    blocks: Sequence[Block],
    verdicts: Sequence[object],
    stops: AbstractSet[int],
    node_kind: Callable[[DomNode], K | None] | None,
    kind_at: Callable[[tuple[DomNode, ...], int], K | None],
    hidden: K | None = None,
) -> Iterator[tuple[int, DomNode, K]]:
    """The climb of :meth:`pagecleaner.rules.dom.DomRule.culprits`, here so that the build compiles its
    loops (it runs for every block under every DOM rule): each block not yet judged (its entry of
    ``verdicts`` None) with an element, the element around it that condemns it and that element's
    kind, in block order and as lazily as the rule's own loop (the engine applies each verdict as it
    is yielded).

    Each block's elements are asked innermost first, up to the first element in ``stops`` or already
    asked for an earlier block (whose answer it shares): ``node_kind(node)`` when given, else
    ``kind_at(nodes, k)``. ``hidden``: a block its attributes hide (``DomInfo.hidden``) is condemned
    by its innermost element, with this kind, unless that element is a stop (``dom.hidden``'s
    ``culprit``); such a block neither reads nor fills the answers kept for the others.
    """
    memo: dict[int, tuple[DomNode, K] | None] = {}
    for i in range(len(blocks)):
        dom = blocks[i].dom
        if dom is None or verdicts[i] is not None:
            continue
        nodes = dom.nodes
        if hidden is not None and dom.hidden:
            if nodes and nodes[0].id not in stops:
                yield i, nodes[0], hidden
            continue
        found = climb_block(nodes, stops, memo, node_kind, kind_at)
        if found is not None:
            yield i, found[0], found[1]


def climb_block(
    nodes: tuple[DomNode, ...],
    stops: AbstractSet[int],
    memo: dict[int, tuple[DomNode, K] | None],
    node_kind: Callable[[DomNode], K | None] | None,
    kind_at: Callable[[tuple[DomNode, ...], int], K | None],
) -> tuple[DomNode, K] | None:
    """One block's climb (:func:`climb`, :meth:`pagecleaner.rules.dom.DomRule.culprit`): its elements
    ``nodes`` asked innermost first, up to the first in ``stops`` or already in ``memo`` (whose answer
    it shares); the first that marks the block and its kind, or None. Every element asked is entered
    in ``memo`` with that answer, so each element of a page is asked once."""
    found: tuple[DomNode, K] | None = None
    climbed: list[int] = []
    for k in range(len(nodes)):
        node = nodes[k]
        ident = node.id
        if ident in stops:
            break
        if ident in memo:
            found = memo[ident]
            break
        climbed.append(ident)
        kind = node_kind(node) if node_kind is not None else kind_at(nodes, k)
        if kind is not None:
            found = (node, kind)
            break
    for ident in climbed:
        memo[ident] = found
    return found
