"""The one currency of the pipeline: a block of input text with its line span and features.

Text input and HTML input both become a sequence of :class:`Block`; rules judge
blocks and never see the raw input. HTML adds a :class:`DomInfo` to each block.

The compiled build compiles this module too (mypyc): the classes below are then native classes,
built and read by the compiled walk, features and engine without Python's attribute protocol.
They stay frozen dataclasses to every reader (``dataclasses.fields``, ``replace``, equality,
hashing, pickling), but a class defined in Python cannot subclass them there.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import Enum
from typing import Any

from ._slots import quick_init


class Role(str, Enum):
    """What a block is in the article's structure: the markup says it for HTML, the text's own
    marks (bullets, numbers, aligned columns, short lines between prose) for text."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    CODE = "code"
    """Preformatted: the block's ``raw`` keeps its white space exactly."""
    TABLE = "table"
    """One block for the whole table; its cells are in ``rows``."""
    CAPTION = "caption"


HEADING_LEVELS: dict[str, int] = {f"h{n}": n for n in range(1, 7)}
"""The HTML heading elements and their levels (``h1`` … ``h6``): the DOM walk's heading shapes, the
block scorer's ``tag.h`` group and the rules that read a heading's element all take them from here."""

Rows = tuple[tuple[str, ...], ...]
Anchors = tuple[tuple[str, str], ...]


def _reduce(obj: Any) -> tuple[Any, ...]:
    """Pickle by the fields: a compiled frozen class cannot be restored attribute by attribute."""
    return (type(obj), tuple(getattr(obj, f.name) for f in fields(obj)))


@dataclass(frozen=True, slots=True)
class Segment:
    """A paragraph cut from the input, before features are computed."""

    text: str
    """Whitespace-normalised text."""
    raw: str
    """The original input lines, joined by newlines."""
    start_line: int
    end_line: int
    blank_before: bool = False
    """Whether a blank line (or a block-level boundary in HTML) precedes it."""
    dom: DomInfo | None = None
    shape: Shape | None = None
    """Its role in the article's structure, when it is not a plain paragraph."""

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduce(self)


@dataclass(frozen=True, slots=True)
class Shape:
    """A block's structural role, and what goes with it."""

    role: Role
    level: int = 0
    """Heading level (1-6), or a list item's nesting depth (1 = top level)."""
    ordered: bool = False
    """A list item of a numbered list."""
    rows: Rows = ()
    """A table's cells, row by row."""

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduce(self)


@dataclass(frozen=True, slots=True)
class DomNode:
    """One element enclosing a block (HTML input only); shared by every block inside it."""

    id: int
    """The element's position in document order: the same id means the same element."""
    tag: str
    tokens: frozenset[str] = frozenset()
    """Lower-cased class and id tokens, plus ``role:<value>`` and ``itemprop:<value>``."""

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduce(self)


@dataclass(frozen=True, slots=True)
class DomInfo:
    """What the markup says about a block (HTML input only)."""

    tag: str
    """The block element's tag (``p``, ``li``, ``h2``, ``figcaption`` ...)."""
    ancestors: tuple[str, ...] = ()
    """Tags of the enclosing elements, innermost first."""
    tokens: frozenset[str] = frozenset()
    """Lower-cased class and id tokens of the element and its ancestors."""
    link_chars: int = 0
    """Characters of the block's text inside ``<a>`` elements."""
    hrefs: tuple[str, ...] = ()
    """Link targets inside the block, in order."""
    hidden: bool = False
    """Inside an element hidden by ``hidden``, ``aria-hidden`` or inline ``display:none``."""
    nodes: tuple[DomNode, ...] = ()
    """The block element and the elements enclosing it, innermost first (``nodes[0].tag == tag``)."""
    links: Anchors = ()
    """``(text, url)`` of each link with text, in order: for Markdown and HTML output."""
    images: Anchors = ()
    """``(url, alt)`` of the images inside or just before the block, in order."""
    link_lead: str = ""
    """When one link holds the block as elements side by side (a card's ``<a><span>Headline</span>
    <span>Summary</span></a>``), the text of the first of them; else empty. Teaser lists read the
    headline apart from its summary with it."""
    veiled: bool = False
    """``hidden``, and only by ``aria-hidden="true"``: hidden from screen readers, not from the eye
    (no element around it hides it by ``hidden`` or inline style)."""

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduce(self)


@dataclass(frozen=True, slots=True)
class Block:
    """A segment with the cheap features every rule may read."""

    index: int
    text: str
    raw: str
    start_line: int
    end_line: int
    blank_before: bool
    chars: int
    words: int
    terminal: bool
    """Ends like a sentence (. ! ? … and their CJK forms, optionally followed by a quote)."""
    sentences: int
    """Number of sentence-ending punctuation marks followed by a space or the end."""
    upper_ratio: float
    """Share of cased letters that are upper case."""
    capital_ratio: float
    """Share of words that start with a capital letter."""
    digit_ratio: float
    bullet: bool
    """Starts with a bullet mark (•, ·, ▪, ►, -, *)."""
    repeats: int
    """How many blocks of the page have exactly this text (1 when unique)."""
    cjk: bool
    """Written mostly in Chinese, Japanese or Korean script, where word counts mean little."""
    dom: DomInfo | None = None
    shape: Shape | None = None
    """Heading, list item, quote, code, table or caption; ``None`` for a plain paragraph."""

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduce(self)

    @property
    def role(self) -> Role:
        return Role.PARAGRAPH if self.shape is None else self.shape.role

    @property
    def link_density(self) -> float:
        """Share of the text inside links (0.0 for text input)."""
        if self.dom is None or not self.chars:
            return 0.0
        return min(1.0, self.dom.link_chars / self.chars)

    @property
    def weight(self) -> int:
        """Words, with CJK text counted as one word per two characters."""
        return max(self.words, self.chars // 2) if self.cjk else self.words


# Built through the slots in pure Python, through the native attributes compiled (see ``_slots``).
quick_init(Segment)
quick_init(Shape)
quick_init(DomNode)
quick_init(DomInfo)
quick_init(Block)
