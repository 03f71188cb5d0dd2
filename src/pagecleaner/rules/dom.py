"""HTML-only rules: what the markup says about a block (its elements, roles, class and id names).

They run at the start of the context stage, before the jusText-style passes, and judge
only blocks that carry a :class:`~pagecleaner.blocks.DomInfo`; text input is untouched.

One guard is shared by every rule that reads an enclosing element: an element that holds
most of the page's prose is the article, whatever it is called (``<body class="has-comments">``,
an ASP.NET page wrapped in one ``<form>``), so it never condemns its content.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

import regex

from ..blocks import Block, DomNode, Role
from ..dom import climb, climb_block
from ..models import Kind, PageType
from ..settings import Settings
from .base import Label, Page, Rule, Stage, Verdict
from .related import offer_rows


def _is_prose(block: Block, settings: Settings) -> bool:
    """A visible paragraph that reads as text; the ``Settings.dom_*`` shares are shares of these."""
    return (
        block.dom is not None
        and not block.dom.hidden
        and block.link_density <= settings.dom_prose_max_link_density
        and (block.weight >= 20 or (block.weight >= 8 and block.terminal))
    )


@dataclass(slots=True)
class Layout:
    """How the page's prose (by weight) is spread over its elements."""

    prose: dict[int, int] = field(default_factory=dict)
    """Prose weight inside each element, by element id."""
    total: int = 0
    main: DomNode | None = None
    """The main content container, when the markup names one that holds most of the prose."""
    main_ids: frozenset[int] = frozenset()
    """The main container and its twins: siblings or cousins of the same tag and classes that hold
    prose (an article body split into several ``<div class="article__body">`` around ads)."""
    holders: frozenset[int] = frozenset()
    """Elements that hold the article (``Settings.dom_article_share`` of the prose or more)."""
    stops: frozenset[int] = frozenset()
    """Elements no rule looks past: those that hold the article, and the main container's family."""
    inside: dict[int, bool] = field(default_factory=dict, init=False, repr=False, compare=False)
    """:meth:`in_main`'s answer for each element met so far, by element id (filled as blocks ask)."""

    def holds_article(self, node: DomNode) -> bool:
        return node.id in self.holders

    def in_main(self, block: Block) -> bool:
        """Whether an element around the block is the main container or one of its twins.

        Asked of every block by two rules: each element's answer is kept, so a block climbs only to
        the first element already answered (its blocks share the elements above it), not to the root.
        """
        if block.dom is None or not self.main_ids:
            return False
        main_ids, inside = self.main_ids, self.inside
        climbed: list[int] = []
        found = False
        for node in block.dom.nodes:
            ident = node.id
            if ident in main_ids:
                found = True
                break
            known = inside.get(ident)
            if known is not None:
                found = known
                break
            climbed.append(ident)
        for ident in climbed:
            inside[ident] = found
        return found

    def enclosing(self, block: Block) -> Iterator[DomNode]:
        """The block's elements, innermost first, up to (not including) the first that holds the
        article or belongs to the main container."""
        assert block.dom is not None
        stops = self.stops
        for node in block.dom.nodes:
            if node.id in stops:
                return
            yield node


# Names of article containers. Strong: the markup says "this is the article body"
# (itemprop="articleBody", class="article-body", "entry-content", "story_text"). Weak: a region
# that usually holds it among other things (<article>, <main>, class="content").
_STRONG_WHAT = frozenset({"article", "entry", "post", "story", "blog", "news"})
_STRONG_PART = frozenset({"body", "content", "text", "inner", "detail", "details"})
_STRONG_WORDS = frozenset(
    {
        "itemprop:articlebody",
        "articlebody",
        "articletext",
        "articlecontent",
        "postbody",
        "postcontent",
        "storybody",
        "storycontent",
        "storytext",
        "entrycontent",
        "entrybody",
        "bodytext",
    }
)
_WEAK_WORDS = frozenset(
    {"role:main", "role:article", "content", "main", "maincontent", "main-content", "article", "story"}
)
_PARTS = regex.compile(r"[-_:]+")


def container_strength(node: DomNode) -> int:
    """2 when the element is named as the article body, 1 for a region that usually holds it, else 0."""
    named = _named_strength(node.tokens) if node.tokens else 0
    return 1 if named == 0 and node.tag in ("article", "main") else named


# A pure function of the tokens, asked of the page's elements each time its layout is measured;
# class lists recur across pages (sized as :func:`named_kind`).
@lru_cache(maxsize=4096)
def _named_strength(tokens: frozenset[str]) -> int:
    """:func:`container_strength` by the element's class and id tokens alone."""
    weak = False
    for token in tokens:
        if token in _STRONG_WORDS:
            return 2
        parts = set(_PARTS.split(token))
        if (parts & _STRONG_WHAT and parts & _STRONG_PART) or parts & _STRONG_WORDS:
            return 2
        weak = weak or token in _WEAK_WORDS
    return 1 if weak else 0


@dataclass(slots=True)
class _Seen:
    """An element met while measuring: how deep it sits, how many prose blocks it holds, what is above it."""

    node: DomNode
    depth: int
    blocks: int = 0
    ups: tuple[DomNode, ...] = ()
    """Its parent and grandparent."""
    weight: int = 0
    """Prose weight inside it."""


def _measure(page: Page, prose: tuple[int, ...], out: Layout) -> dict[int, _Seen]:
    seen: dict[int, _Seen] = {}
    blocks, verdicts = page.blocks, page.verdicts
    for i in prose:
        v = verdicts[i]
        if v is not None and v.label is Label.BOILERPLATE:
            continue
        block = blocks[i]
        assert block.dom is not None
        weight = block.weight
        out.total += weight
        chain = block.dom.nodes
        if not chain:
            continue
        depth = len(chain)
        # Each element met once: those above one met already were met with it.
        for k, node in enumerate(chain):
            if node.id in seen:
                break
            seen[node.id] = _Seen(node, depth - k, 0, chain[k + 1 : k + 3])
        own = seen[chain[0].id]
        own.blocks += 1
        own.weight += weight
    # Each element's counts added to its parent's, the deepest first: each then holds those of
    # every prose block inside it.
    for s in sorted(seen.values(), key=attrgetter("depth"), reverse=True):
        if s.ups:
            up = seen[s.ups[0].id]
            up.blocks += s.blocks
            up.weight += s.weight
    # Built once from the counts above, in the first-met order.
    out.prose = {ident: s.weight for ident, s in seen.items()}
    return seen


def _choose_main(seen: dict[int, _Seen], out: Layout, settings: Settings) -> None:
    strong, weak = [], []
    for i, s in seen.items():
        # A container holds paragraphs: one paragraph named "post-text" is not the article.
        strength = container_strength(s.node) if s.blocks >= 2 else 0
        if strength == 2 and out.prose[i] >= settings.dom_strong_share * out.total:
            strong.append(s)
        elif strength and out.prose[i] >= settings.dom_container_share * out.total:
            weak.append(s)
    candidates = strong or weak
    if not candidates:
        return
    best = max(out.prose[s.node.id] for s in candidates)
    main = max(
        (s for s in candidates if out.prose[s.node.id] >= settings.dom_inner_share * best), key=lambda s: s.depth
    )
    out.main = main.node
    ups = {n.id for n in main.ups}
    out.main_ids = frozenset(
        i
        for i, s in seen.items()
        if i == main.node.id
        or (s.node.tag == main.node.tag and s.node.tokens == main.node.tokens and any(n.id in ups for n in s.ups))
    )


def layout(page: Page) -> Layout:
    """Measure where the prose is and pick the main content container (if the markup has one).

    Every DOM rule asks, and the answer only changes when a rule removes a prose block, so it is
    kept per page (see :class:`_PageLayouts`) and measured again only then.
    """
    memo = _PageLayouts.of(page)
    verdicts = page.verdicts  # :meth:`Page.label` written out: asked of every prose block by every DOM rule
    removed = tuple(i for i in memo.prose if (v := verdicts[i]) is not None and v.label is Label.BOILERPLATE)
    found = memo.layouts.get(removed)
    if found is None:
        found = memo.layouts[removed] = _layout(page, memo.prose)
    return found


def _layout(page: Page, prose: tuple[int, ...]) -> Layout:
    out = Layout()
    _choose_main(_measure(page, prose, out), out, page.settings)
    share = page.settings.dom_article_share * out.total
    out.holders = frozenset(i for i, w in out.prose.items() if w >= share) if out.total > 0 else frozenset()
    out.stops = out.main_ids | out.holders
    return out


class _PageLayouts:
    """The layouts of the page being judged, by the prose blocks removed so far.

    One per thread, for the last page only: another page replaces it. The page is recognised by
    its verdict list (made afresh for every page, and held here so that its identity cannot be
    reused); the blocks are not held, so a finished page's text is freed. A layout is a function
    of the blocks and their labels alone: keeping it never makes a result depend on history.
    """

    __slots__ = ("layouts", "names", "prose", "settings", "size", "verdicts")
    _local = threading.local()

    def __init__(self, page: Page) -> None:
        self.verdicts = page.verdicts
        self.size = len(page.blocks)
        self.settings = page.settings
        # A text page's blocks carry no DOM features, so none is prose (:func:`_is_prose` asks for
        # them first): not asked block by block there.
        self.prose = tuple(i for i, b in enumerate(page.blocks) if _is_prose(b, page.settings)) if page.is_html else ()
        self.layouts: dict[tuple[int, ...], Layout] = {}
        self.names: PageNames | None = None
        """The page's element names, once read (:func:`page_names`)."""

    @classmethod
    def of(cls, page: Page) -> _PageLayouts:
        memo: _PageLayouts | None = getattr(cls._local, "memo", None)
        if (
            memo is None
            or memo.verdicts is not page.verdicts
            or memo.size != len(page.blocks)
            or memo.settings is not page.settings
        ):
            memo = cls._local.memo = cls(page)
        return memo


@dataclass(frozen=True, slots=True)
class PageNames:
    """What the elements of a page are called: every tag and class or id token, and the ids of its
    ``<main>`` elements (``role="main"`` too); and whether an attribute hides any block. A rule
    screens the whole page by them before it climbs any block's elements
    (:meth:`DomRule.marks_nothing`)."""

    tags: frozenset[str]
    tokens: frozenset[str]
    mains: frozenset[int]
    hidden: bool
    """Whether some block lies in an element its attributes hide (``DomInfo.hidden``)."""


def page_names(page: Page) -> PageNames:
    """The names of the page's elements, read once per page (kept with its layouts)."""
    memo = _PageLayouts.of(page)
    if memo.names is None:
        # A text page's blocks carry no DOM features: no names, as :func:`_read_names` finds them.
        memo.names = _read_names(page.blocks) if page.is_html else _NO_NAMES
    return memo.names


def _read_names(blocks: Sequence[Block]) -> PageNames:
    tags: set[str] = set()
    tokens: set[str] = set()
    mains: set[int] = set()
    seen: set[int] = set()
    hidden = False
    for block in blocks:
        if block.dom is None:
            continue
        hidden = hidden or block.dom.hidden
        # Each element once: those above an element already met were met with it.
        for node in block.dom.nodes:
            if node.id in seen:
                break
            seen.add(node.id)
            tags.add(node.tag)
            if node.tokens:
                tokens.update(node.tokens)
            if node.tag == "main" or "role:main" in node.tokens:  # :func:`_is_main` written out
                mains.add(node.id)
    return PageNames(frozenset(tags), frozenset(tokens), frozenset(mains), hidden)


_NO_NAMES = PageNames(frozenset(), frozenset(), frozenset(), False)
"""The names of a page without elements (a text page's): what :func:`_read_names` gives for it."""

Culprit = tuple[DomNode, Kind]
"""An element that marks the blocks inside it as boilerplate, and the kind it marks."""
Memo = dict[int, Culprit | None]


class DomRule(Rule):
    """Base of the rules that condemn a block for an element around it."""

    stage = Stage.CONTEXT

    def node_kind(self, node: DomNode) -> Kind | None:
        """The kind of boilerplate this element marks, judged from the element alone."""
        return None

    def kind_at(self, nodes: tuple[DomNode, ...], k: int) -> Kind | None:
        """The kind of boilerplate ``nodes[k]`` marks; ``nodes[k + 1:]`` are the elements around it."""
        return self.node_kind(nodes[k])

    def culprit(self, block: Block, lay: Layout, memo: Memo) -> Culprit | None:
        """The enclosing element that marks the block as boilerplate, and its kind.

        ``memo`` holds, per element of this page, the culprit at or above it: blocks share their
        enclosing elements, so each element is judged once and each block climbs only to the
        first element already judged.
        """
        assert block.dom is not None
        # :meth:`Layout.enclosing` walked in the compiled module: this runs for every block under a
        # DOM rule with a ``culprit`` of its own.
        return climb_block(block.dom.nodes, lay.stops, memo, None, self.kind_at)

    def marks_nothing(self, names: PageNames) -> bool:
        """Whether no element of a page so named can mark a block, so that :meth:`culprits` need
        not climb any block's elements: a screen for a rule whose marks are rare (a ``<figure>``, a
        dialog's role). False unless the rule knows better: True only where neither
        :meth:`node_kind` nor :meth:`kind_at` could answer for any element with these tags and
        tokens, nor a rule's own :meth:`culprit` find anything else."""
        return False

    def culprits(self, page: Page, lay: Layout | None = None) -> Iterator[tuple[int, DomNode, Kind]]:
        """Each block not yet judged that an element around it condemns, that element and its kind
        (``lay``: the page's layout, or one with other stops)."""
        if self.marks_nothing(page_names(page)):
            return
        lay = lay or layout(page)
        rule = type(self)
        if rule.culprit is not DomRule.culprit:
            memo: Memo = {}
            verdicts = page.verdicts
            for i, block in enumerate(page.blocks):
                if block.dom is None or verdicts[i] is not None:
                    continue
                asked = self.culprit(block, lay, memo)
                if asked is not None:
                    yield i, asked[0], asked[1]
            return
        # :meth:`culprit`'s climb for every block, in a module the build compiles (:func:`dom.climb`);
        # ``node_kind`` asked directly when ``kind_at`` is not overridden, one Python call fewer an element.
        node_kind = self.node_kind if rule.kind_at is DomRule.kind_at else None
        yield from climb(page.blocks, page.verdicts, lay.stops, node_kind, self.kind_at)

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        reasons: dict[int, str] = {}  # by culprit element: many blocks share one
        for i, node, kind in self.culprits(page):
            yield i, self.verdict(_reason(node, reasons), kind=kind)


def _reason(node: DomNode, reasons: dict[int, str]) -> str:
    reason = reasons.get(node.id)
    if reason is None:
        reason = reasons[node.id] = f"inside <{node.tag}> {_describe(node)}".rstrip()
    return reason


def _describe(node: DomNode) -> str:
    return " ".join(sorted(node.tokens))[:60]


def _enclosing(block: Block, lay: Layout) -> Iterator[DomNode]:
    """The block's elements, innermost first, up to (not including) the first that holds the article."""
    return lay.enclosing(block)


_HIDDEN_TOKENS = frozenset(
    {"hidden", "sr-only", "visually-hidden", "screen-reader-text", "visuallyhidden", "hide", "is-hidden", "print-only"}
)
# Bootstrap's "d-none" hides an element unless a breakpoint class ("d-md-block") shows it again;
# so do Tailwind's "hidden" and a breakpoint variant ("hidden lg:flex": a desktop menu, shown).
_SHOWN_AGAIN = regex.compile(r"^d-(?:sm|md|lg|xl|xxl)-(?!none)")
_TAILWIND_SHOWN = regex.compile(
    r"^(?:sm|md|lg|xl|2xl):(?:block|flex|grid|inline|inline-block|inline-flex|inline-grid|table|contents|flow-root)$"
)


def _hidden_by_class(node: DomNode) -> bool:
    tokens = node.tokens
    if not tokens & _HIDDEN_TOKENS:
        return "d-none" in tokens and not any(_SHOWN_AGAIN.match(t) for t in tokens)
    if "hidden" in tokens and len(tokens & _HIDDEN_TOKENS) == 1:
        return not any(_TAILWIND_SHOWN.match(t) for t in tokens)
    return True


class Hidden(DomRule):
    """Text in an element the page hides: ``hidden``, ``aria-hidden="true"``, inline ``display:none``,
    or a hiding class (``<div class="sr-only">Opens in a new window</div>``, Bootstrap's ``d-none``).
    A documentation page's hidden tabs (``role="tabpanel"``) stay: :func:`_tab_panel`. On a service
    page a hidden copy of text the page shows goes, however its lines are cut: :class:`_ShownCopies`."""

    id = "dom.hidden"
    kind = Kind.OTHER

    def node_kind(self, node: DomNode) -> Kind | None:
        return self.kind if _hidden_by_class(node) else None

    def culprit(self, block: Block, lay: Layout, memo: Memo) -> Culprit | None:
        assert block.dom is not None
        if block.dom.hidden:
            return next(((node, self.kind) for node in _enclosing(block, lay)), None)
        return super().culprit(block, lay, memo)

    def culprits(self, page: Page, lay: Layout | None = None) -> Iterator[tuple[int, DomNode, Kind]]:
        rule = type(self)
        if rule.culprit is not Hidden.culprit or rule.kind_at is not DomRule.kind_at:
            yield from super().culprits(page, lay)
            return
        if self.marks_nothing(page_names(page)):
            return
        # :meth:`culprit` for every block, compiled (:func:`dom.climb`, told the kind of a hidden block).
        lay = lay or layout(page)
        yield from climb(page.blocks, page.verdicts, lay.stops, self.node_kind, self.kind_at, self.kind)

    def marks_nothing(self, names: PageNames) -> bool:
        # No block hidden by attribute and no hiding class (:func:`_hidden_by_class`): about half the pages.
        return not names.hidden and names.tokens.isdisjoint(_HIDDEN_TOKENS) and "d-none" not in names.tokens

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        reasons: dict[int, str] = {}
        settings = page.settings
        panels = page.page_type is PageType.SERVICE
        tabs = page.page_type is PageType.DOCUMENTATION
        found = list(self.culprits(page))
        # Whether a script shows the page whole matters only for a block hidden by attribute: most
        # pages have none among those found, and need not count every element's words.
        shown = any((d := page.blocks[i].dom) is not None and d.hidden for i, _, _ in found) and _hidden_page(page)
        cards = page.page_type in _CARD_PAGES
        spared = _panel_runs(page, [i for i, _, _ in found]) if panels else frozenset()
        copies = _ShownCopies(page, {i for i, _, _ in found}) if page.page_type in _SHOWN_COPY_PAGES else None
        for i, node, kind in found:
            if i in spared and not (copies is not None and copies.holds(page.blocks[i])):
                continue
            block = page.blocks[i]
            if shown and block.dom is not None and block.dom.hidden:
                continue
            if cards and _card_label(block):
                continue
            if tabs and _tab_panel(block):
                continue
            if not _disclosed(block, settings) or (copies is not None and copies.holds(block)):
                yield i, self.verdict(_reason(node, reasons), kind=kind)


_CARD_PAGES = frozenset((PageType.COLLECTION, PageType.LISTING))
# Kinds on which a hidden block is asked whether the page shows its words already (:class:`_ShownCopies`).
_SHOWN_COPY_PAGES = frozenset((PageType.SERVICE,))
_SHOWN_COPY_MIN_WORDS = 6
_SHOWN_COPY_SHARE = 0.6
_SHOWN_COPY_GRAM = 4


class _ShownCopies:
    """The word 4-grams of the text a page shows (its blocks that ``dom.hidden`` does not find
    hidden, by attribute or by class), read once and only when asked. A hidden block of six words or
    more, 60 % or more of whose 4-grams the page shows, is a copy of shown text however its lines are
    cut: the layout for another screen size (a card's title and summary in one hidden ``<h3>`` of
    the mobile grid, two blocks in the desktop one), the second set of a looping marquee's cards.
    ``Block.repeats`` finds a copy only when the blocks are cut alike. On service pages, where
    ``dom.hidden`` spares hidden panels and disclosed prose as printed once, such a copy is not
    spared (services only: on fold 0 it moved one product page, by +0.009, in a simulation)."""

    __slots__ = ("_grams", "_hidden", "_page")

    def __init__(self, page: Page, hidden: set[int]) -> None:
        self._page = page
        self._hidden = hidden
        self._grams: frozenset[tuple[str, ...]] | None = None

    def holds(self, block: Block) -> bool:
        if block.words < _SHOWN_COPY_MIN_WORDS:
            return False
        words = _WORD.findall(block.text.lower())
        own = {tuple(words[k : k + _SHOWN_COPY_GRAM]) for k in range(len(words) - _SHOWN_COPY_GRAM + 1)}
        if not own:
            return False
        if self._grams is None:
            blocks = self._page.blocks
            shown = [b.text.lower() for k, b in enumerate(blocks) if k not in self._hidden and b.dom is not None]
            every = _WORD.findall("\n".join(shown))
            self._grams = frozenset(tuple(every[k : k + _SHOWN_COPY_GRAM]) for k in range(len(every) - _SHOWN_COPY_GRAM + 1))
        return sum(gram in self._grams for gram in own) >= _SHOWN_COPY_SHARE * len(own)


_CARD_LABEL_WORDS = 12
# What an item's card says to screen readers only in place of its star icons: "4.4 out of 5 stars",
# "Rated 4.50 out of 5", "4,5 von 5 Sternen", "4.6/5". (No nested quantifiers: linear on any input.)
_CARD_LABEL = regex.compile(
    r"\d(?:[.,]\d{1,2})?\s*(?:out\s+of|of|von|sur|de|su|van|av|z|из|/)\s*5(?:[.,]0)?\b",
    regex.IGNORECASE,
)


def _card_label(block: Block) -> bool:
    """A short hidden label of an item on a collection or listing page that gives its rating out of
    five: the truths keep it, being for the reader the stars the icons show. (Hidden prices were
    tried too: fold 0 collection pages moved as much down as up; products hide other variants.)"""
    return block.words <= _CARD_LABEL_WORDS and _CARD_LABEL.search(block.text) is not None


_HIDDEN_PAGE_SHARE = 0.8
_HIDDEN_PAGE_MIN_WORDS = 200


def _hidden_page(page: Page) -> bool:
    """One element hides (nearly) all the page's text by attribute: a script shows it once the page
    has loaded (an app's root in ``display:none`` until hydrated, an anti-flicker snippet's hidden
    body). A reader sees that text; hiding then tells nothing about what is the page's. Many hidden
    pieces (menus, tabs, a pop-up) are not that: the element holding them all holds shown text too."""
    total = 0
    hidden: dict[int, int] = {}
    for block in page.blocks:
        dom = block.dom
        if dom is not None:
            total += block.words
            if dom.hidden:
                for node in dom.nodes:
                    hidden[node.id] = hidden.get(node.id, 0) + block.words
    if total < _HIDDEN_PAGE_MIN_WORDS:
        return False
    least = _HIDDEN_PAGE_SHARE * total
    # Only an element whose hidden words reach the share is asked whether they are all its words.
    large = {ident for ident, n in hidden.items() if n >= least}
    if not large:
        return False
    words = dict.fromkeys(large, 0)
    for block in page.blocks:
        if block.dom is not None:
            for node in block.dom.nodes:
                if node.id in words:
                    words[node.id] += block.words
    return any(hidden[ident] == words[ident] for ident in large)


_DISCLOSED_WEIGHT = 20
# Hidden layers that open over the page rather than inside it: what they hold is not the page's text.
_OVERLAY = regex.compile(
    r"modal|popup|popover|dialog|tooltip|drawer|offcanvas|flyout|dropdown|megamenu|mega-menu|toast|snackbar|lightbox"
)


def _disclosed(block: Block, settings: Settings) -> bool:
    """Hidden prose that a click shows in place: a tab's panel, an accordion's answer, a "Read
    more" rest. Menus, sign-in boxes and screen-reader labels do not read as sentences of 20 words
    or more; a hidden copy of text the page shows (a post quoted for a reply box) is printed once;
    a modal, a pop-up or a drawer opens over the page and holds no text of it."""
    return _disclosed_prose(block, settings) and block.repeats == 1 and not _in_overlay(block)


def _in_overlay(block: Block) -> bool:
    """Whether an element around ``block`` is named as a layer over the page (:data:`_OVERLAY`)."""
    assert block.dom is not None
    return any(_OVERLAY.search(token) for token in block.dom.tokens)


_PANEL_WEIGHT = 25


def _panel_runs(page: Page, hidden: list[int]) -> frozenset[int]:
    """On a service page, the hidden blocks of a tab's panel: a run of consecutive hidden blocks,
    none of them a link list, printed twice or in an overlay, that together weigh 25 words or more,
    even when they end on a label ("Learn more") rather than a sentence. A service page shows its
    offers and features in tabs, one at a time: one block of prose, or a feature list ("We help you
    anticipate future outcomes …" / "Predict future sales trends …" / "Forecast customer behavior
    …"). (On product pages the hidden tabs as often hold other products and variants: not there.)"""
    runs: list[list[int]] = []
    for i in hidden:
        if not _panel_piece(page.blocks[i], page.settings):
            runs.append([])  # a link list, a copy or an overlay ends the run
        elif runs and runs[-1] and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return frozenset(
        i for run in runs if sum(page.blocks[k].weight for k in run) >= _PANEL_WEIGHT for i in run
    )


def _panel_piece(block: Block, settings: Settings) -> bool:
    """A hidden block that may belong to a panel: printed once, not a link list, not in an overlay."""
    return (
        block.repeats == 1 and block.link_density <= settings.dom_prose_max_link_density and not _in_overlay(block)
    )


_TAB_PANEL = "role:tabpanel"


def _tab_panel(block: Block) -> bool:
    """On a documentation page, a hidden tab of a tab switcher (``role="tabpanel"``): the same step
    for another language, package manager or system ("npm install …" / "yarn add …", the setup
    for Windows and for macOS). A reader picks the tab; each is the document's text, code lines and
    one-line steps too, so neither length nor sentences are asked. Not in an overlay."""
    assert block.dom is not None
    return _TAB_PANEL in block.dom.tokens and not _in_overlay(block)


_LANDMARK_TAGS = {"nav": Kind.NAVIGATION, "footer": Kind.FOOTER, "aside": Kind.OTHER}
_LANDMARK_ROLES = {
    "role:navigation": Kind.NAVIGATION,
    "role:menu": Kind.NAVIGATION,
    "role:menubar": Kind.NAVIGATION,
    "role:banner": Kind.NAVIGATION,
    "role:contentinfo": Kind.FOOTER,
    "role:complementary": Kind.OTHER,
    # Not a landmark, but never the article either: text shown while the pointer rests on a control
    # ("Your order should arrive by this date if you buy today…").
    "role:tooltip": Kind.OTHER,
}


class Landmark(DomRule):
    """A block inside a page landmark that is never the article: ``<nav>``, ``<footer>``, ``<aside>``,
    a ``<header>`` outside ``<article>``/``<main>``, or the ARIA roles navigation, banner (outside
    ``<article>``/``<main>`` too), contentinfo, complementary, and tooltip (``<nav><a>Home</a> <a>World</a></nav>``, ``<footer>© 2024 Example
    Media</footer>``, ``<div role="tooltip">Ships in 2-3 days from our warehouse</div>``)."""

    id = "dom.landmark"
    kind = Kind.NAVIGATION

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        reasons: dict[int, str] = {}
        for i, node, kind in self.culprits(page, _past_footers(page, layout(page))):
            yield i, self.verdict(_reason(node, reasons), kind=kind)

    def kind_at(self, nodes: tuple[DomNode, ...], k: int) -> Kind | None:
        node = nodes[k]
        if kind := _LANDMARK_TAGS.get(node.tag):
            return _named_related(node) or kind
        if node.tag == "header" and not _in_content(nodes, k):
            return Kind.NAVIGATION
        # Most elements name no role: screened before the cache, which their many class lists would churn.
        if node.tokens.isdisjoint(_LANDMARK_ROLES):
            return None
        kind = _landmark_role(node.tokens)
        if kind is Kind.NAVIGATION and _BANNER in node.tokens and _in_content(nodes, k):
            return None  # a section of the page's own content marked as a banner: no site header
        return kind


_BANNER = "role:banner"


def _in_content(nodes: tuple[DomNode, ...], k: int) -> bool:
    """Whether ``nodes[k]`` lies inside an ``<article>`` or ``<main>``: a header there (a ``<header>``,
    or a hero section a shop marks ``role="banner"``, "Built with an integrated array of magnets …")
    is the content's, not the site's banner."""
    return any(n.tag in ("article", "main") for n in nodes[k + 1 :])


def _named_related(node: DomNode) -> Kind | None:
    """A ``<nav>`` or ``<aside>`` whose own name says it holds other stories is a related box, not a
    menu or a sidebar: WordPress prints its post navigation as ``<nav class="navigation
    post-navigation">``, themes their related posts as ``<aside class="related-posts">``. Not a
    ``role`` landmark: Sphinx's bar of previous / next / index links is ``<div class="related"
    role="navigation">``."""
    return Kind.RELATED if node.tokens and _widget_kind(node.tokens) is Kind.RELATED else None


def _past_footers(page: Page, lay: Layout) -> Layout:
    """``lay`` with the page footers (``<footer>``, ``role="contentinfo"``) that hold most of the
    prose taken out of its stops, when the page's ``<h1>`` is outside them: on a page whose own
    prose is scant (a product's, once its hidden panels are gone) the footer's fine print
    ("Testing conducted by … in January 2026 using preproduction systems") can outweigh it, yet a
    footer that does not hold the headline is not the article. A footer that holds all the prose
    keeps its guard."""
    return _past_layers(page, lay, _is_footer)


def _is_footer(node: DomNode) -> bool:
    return node.tag == "footer" or "role:contentinfo" in node.tokens


def _past_layers(page: Page, lay: Layout, is_layer: Callable[[DomNode], bool]) -> Layout:
    """``lay`` with the elements ``is_layer`` picks (footers, dialogs) that hold most of the prose
    taken out of its stops, with the holders inside them, when the page's ``<h1>`` is outside
    them and some prose is left outside."""
    if not lay.holders:
        return lay
    holders = lay.holders
    blocks = page.blocks
    inside: dict[int, set[int]] = {}  # layer id -> it and the holders inside it
    # A holder holds prose: the prose blocks lead to every layer among them.
    for i in _PageLayouts.of(page).prose:
        dom = blocks[i].dom
        assert dom is not None
        for k, node in enumerate(dom.nodes):
            if node.id not in holders:
                continue
            if is_layer(node):
                inside.setdefault(node.id, set()).update(n.id for n in dom.nodes[: k + 1] if n.id in holders)
                break
    if not inside:
        return lay
    heads = _holding_h1(page)
    # Prose must remain outside the layer: were the layer all the page's prose, removing it would
    # leave no element holding the article, and no guard for the rules that follow.
    released = {
        i
        for layer, ids in inside.items()
        if layer not in heads and lay.total - lay.prose.get(layer, 0) >= _MIN_PROSE_LEFT
        for i in ids
    }
    if not heads or not released:
        return lay
    return dataclasses.replace(lay, stops=lay.stops - released)


def _holding_h1(page: Page) -> set[int]:
    """The ids of the page's ``<h1>`` elements and of every element around one: an element that
    holds the headline wraps the article (or the product), whatever its class names say."""
    return {n.id for b in page.blocks if b.dom is not None and b.dom.tag == "h1" for n in b.dom.nodes}


_MIN_PROSE_LEFT = 20
"""Prose weight (a paragraph) that must lie outside a footer or a dialog that :func:`_past_layers` releases."""


@lru_cache(maxsize=256)
def _landmark_role(tokens: frozenset[str]) -> Kind | None:
    return next((kind for token in sorted(tokens) if (kind := _LANDMARK_ROLES.get(token))), None)


# Class/id names of boilerplate widgets, matched against whole words of a token ("post-comments",
# "social_share", "related-articles"); word lists are English because markup names are.
_WORD_SPLIT = regex.compile(r"[-_:\s]+")
_NAMED: tuple[tuple[Kind, regex.Pattern[str]], ...] = (
    # Also a thread named in one word ("doccomments", "usercomments", "postcomments"); the plural
    # only: "nocomment" or "commentator" name no thread.
    (
        Kind.COMMENTS,
        regex.compile(r"^(?:comments?|commentlist|disqus|discussion|replies|respond|reply|(?!no)[a-z]{2,10}comments)$"),
    ),
    (
        Kind.RELATED,
        regex.compile(
            r"^(?:related\w{0,10}|recommend\w{0,10}|readmore|popular|trending|outbrain|taboola|recirc\w{0,10})$"
        ),
    ),
    (Kind.SHARE, regex.compile(r"^(?:share(?!d)\w{0,10}|sharing|social\w{0,10}|sharedaddy|addthis|follow)$")),
    (Kind.NEWSLETTER, regex.compile(r"^(?:newsletters?|subscribe|subscription|signup|optin)$")),
    (Kind.COOKIE_NOTICE, regex.compile(r"^(?:cookies?|consent|gdpr|cmp)$")),
    (
        Kind.AD,
        regex.compile(r"^(?:ads?|adv|advert\w{0,12}|adslot|adunit|dfp|gpt|sponsor\w{0,10}|promo\w{0,10}|banner)$"),
    ),
    (
        Kind.NAVIGATION,
        # "navheader" / "navfooter": DocBook's Prev | Up | Next rows; "sitenotice": MediaWiki's banner
        regex.compile(
            r"^(?:nav|navbar|navheader|navfooter|navigation|menu|breadcrumbs?|pagination|pager|sidebar|widget|toolbar"
            r"|sitenotice)$"
        ),
    ),
    # "printfooter": MediaWiki's "Retrieved from …" line under the text
    (Kind.FOOTER, regex.compile(r"^(?:footer|printfooter|copyright|colophon|legal|disclaimer)$")),
    (
        Kind.CAPTION,
        regex.compile(r"^(?:\w{0,20}caption\w{0,10}|credits?|photos?|image|img|picture|gallery|slideshow|carousel)$"),
    ),
    # "catlinks": MediaWiki's category box under the text ("Categories: …", "Hidden categories: …")
    (Kind.TAGS, regex.compile(r"^(?:tags?|tagcloud|taglist|keywords|categories|catlinks|topics)$")),
    # The author box in one word too ("authorbox", "authorbio", "_authordescription_15srf_27").
    (
        Kind.METADATA,
        regex.compile(
            r"^(?:byline|author|authors|dateline|timestamp|meta|posted|published|date"
            r"|author(?:box|bio|info|details?|description|card|profile))$"
        ),
    ),
)


# Teaser boxes named in two or three words, joined or not ("most-read", "mostpopular", "read-next",
# "c-editors-picks", "latest-news-box", "recent_entries"): no one of their words names the box alone
# ("most", "next", "latest" and "news" are everywhere), so the words are matched together, at a word's
# start and end within the token.
_RELATED_COMPOUND = regex.compile(
    r"(?:^|[-_])(?:most[-_]?(?:read|viewed|popular|shared|commented|emailed|watched)"
    r"|read[-_]?(?:next|also)|also[-_]?read|up[-_]?next|what(?:s)?[-_]?next"
    r"|more[-_]?(?:stories|articles|news|posts|headlines|from|like[-_]?this)"
    r"|you[-_]?may[-_]?(?:also[-_]?)?like|editors?[-_]?(?:picks?|choice)"
    r"|top[-_]?(?:stories|headlines)|latest[-_]?(?:news|stories|articles|posts|headlines)"
    r"|recent[-_]?(?:posts|articles|stories|entries|news|headlines)|dont[-_]?miss"
    r"|post[-_]?nav(?:igation)?|nav[-_]?(?:previous|prev|next)|(?:previous|prev|next)[-_]?(?:post|article|story))"
    r"(?=$|[-_])"
)


# All of ``_NAMED`` in one pattern, tried in order: the first alternative that matches the whole
# word wins, as in a loop over ``_NAMED``, and group ``k<n>`` names it; one match per word, not eleven.
_NAMED_ANY = regex.compile("|".join(f"(?P<k{n}>{pattern.pattern})" for n, (_, pattern) in enumerate(_NAMED)))


# Layout names of page builders and component libraries, whatever words follow: Elementor's
# "elementor-widget-container" wraps every block of a page, Adobe's "cmp-container" every component.
_LAYOUT_PREFIXES = ("elementor-", "cmp-", "wp-block-", "et_pb_", "vc_")
# Widgets that those builders name after what they are, whatever prefix: Elementor's author box
# ("elementor-widget-author-box", "elementor-author-box__bio") and share bar ("elementor-share-buttons").
_BUILDER_WIDGETS = regex.compile(r"^(?:elementor|et_pb|vc)[-_](?:widget-)?(author-box|share-buttons|post-navigation)")
_BUILDER_WIDGET_KINDS = {"author-box": Kind.METADATA, "share-buttons": Kind.SHARE, "post-navigation": Kind.RELATED}
# The parts of a card or panel ("card-footer", "panel-header") belong to the card.
_PART_SUFFIXES = ("card-footer", "card-header", "card-meta", "panel-footer", "panel-header")

_FOLLOW_UP = regex.compile(r"follow[-_]up")

# Embedded posts and media ("social-media-embed", "twitter-tweet") are quoted content.
_EMBED = regex.compile(r"embed|tweet|instagram-media")


class _NamePatterns(NamedTuple):
    """The four patterns :func:`named_kind` asks of a token, in one engine."""

    embed: re.Pattern[str] | regex.Pattern[str]
    compound: re.Pattern[str] | regex.Pattern[str]
    word_split: re.Pattern[str] | regex.Pattern[str]
    named: re.Pattern[str] | regex.Pattern[str]


_NAME_PATTERNS = _NamePatterns(_EMBED, _RELATED_COMPOUND, _WORD_SPLIT, _NAMED_ANY)
_ASCII_NAME_PATTERNS = _NamePatterns(
    re.compile(_EMBED.pattern),
    re.compile(_RELATED_COMPOUND.pattern),
    # ``\s`` written out: on ASCII text ``re`` also counts U+001C-U+001F as white space, ``regex`` does not.
    re.compile(r"[-_:\t\n\v\f\r ]+"),
    re.compile(_NAMED_ANY.pattern),
)
"""The same four on an ASCII token (nearly every class name): the same matches there (no case folding;
a word character and ``[a-z]`` are the same ASCII characters in both engines; white space written
out), found by the standard library's engine in about 40 % of the time on these short words, where
``named_kind``'s misses (every new class name of a page) spent most of it. Other tokens keep ``regex``
(``tests/test_name_patterns.py`` holds the two to the same answers)."""


# A pure function of the token; pages share most class names. Sized for the class names of a few
# hundred pages: at 256 the 181 benchmark pages missed 6,400 of 12,183 calls, at 4,096 4,182.
@lru_cache(maxsize=4096)
def named_kind(token: str) -> Kind | None:
    """The boilerplate kind a class or id token names, if any ("post-comments" → comments)."""
    if token.startswith(("role:", "itemprop:")) or len(token) > 60:
        return None
    if ":" in token or "[" in token:  # a utility class ("lg:pt-[var(--banner-height)]"), not a name
        return None
    if "caption" in token:  # "imageembedcaption", "wp-caption-text"
        return Kind.CAPTION
    if token.startswith(_LAYOUT_PREFIXES):
        widget = _BUILDER_WIDGETS.match(token)
        return _BUILDER_WIDGET_KINDS[widget.group(1)] if widget is not None else None
    patterns = _ASCII_NAME_PATTERNS if token.isascii() else _NAME_PATTERNS
    if patterns.embed.search(token) or token.endswith(_PART_SUFFIXES):
        return None
    if patterns.compound.search(token) is not None:
        return Kind.RELATED
    if "follow" in token:  # a "follow-up" (a reply, a question after an answer) is no "follow" button
        token = _FOLLOW_UP.sub("followup", token)
    words = patterns.word_split.split(token)
    for k, word in enumerate(words):
        if (m := patterns.named.match(word)) and not _states_a_setting(words, k):
            kind = _NAMED[int(str(m.lastgroup)[1:])][0]
            if kind is Kind.TAGS and "price" in words:
                continue  # a price tag ("price-tag-sm") is the item's price, not a list of tags
            return kind
    return None


# A page's settings for a widget are no widget: "sidebar-enabled--false" and "has-sidebar" on a
# theme's content wrapper say whether the layout has a sidebar, not that the element is one.
_SETTING_BEFORE = frozenset({"has", "no", "without"})
_SETTING_AFTER = frozenset({"enabled", "disabled", "true", "false", "off", "none"})


def _states_a_setting(words: list[str], k: int) -> bool:
    return (k > 0 and words[k - 1] in _SETTING_BEFORE) or (k + 1 < len(words) and words[k + 1] in _SETTING_AFTER)


_INDEX_TYPES = frozenset({PageType.LISTING, PageType.COLLECTION})


class Named(DomRule):
    """A block inside an element whose class or id names a widget: comments, related or recommended
    stories, share buttons, newsletter sign-up, cookie notice, ads, promos, menus, tag lists, bylines
    (``<div class="social-share">Share on Facebook</div>``, ``<section id="comments">``)."""

    id = "dom.named"
    kind = Kind.OTHER

    def node_kind(self, node: DomNode) -> Kind | None:
        return _widget_kind(node.tokens) if node.tokens else None

    spared_off_articles = (Kind.CAPTION, Kind.METADATA)
    """Kinds not condemned by name on pages other than articles: a product's gallery, a listing's
    item meta (date, author) and a service page's image blocks are part of what the page shows."""

    spared_on_indexes = (Kind.RELATED, Kind.COMMENTS)
    """Kinds not condemned by name on a listing or a collection whose markup names no article
    container: its "popular", "trending" and "recirculation" modules are more of the items it
    lists, and a card's "12 comments" link is part of the card. Where a container holds the page's
    prose (an article the page-type detection took for a listing), they are still its sidebar."""

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        # On a forum the posts live in elements named "comment", "reply" or "discussion": content.
        lay = layout(page)
        index = page.page_type in _INDEX_TYPES and lay.main is None
        found = [
            (i, node, kind)
            for i, node, kind in self.culprits(page, _below_main(page, lay))
            if not (page.is_thread and kind is Kind.COMMENTS)
            and (page.is_article or kind not in self.spared_off_articles)
            and not (index and kind in self.spared_on_indexes)
        ]
        spared = (
            _named_for_topic(page, found)
            | _builder_parts(page, found)
            | _panels_named_as_menus(page, found)
            | _modules_in_main(page, found)
            | _heroes(page, found)
        )
        rows = _around_offer_rows(page) if found else {}
        questions = _faq_questions(page, found)
        reasons: dict[int, str] = {}
        for i, node, kind in found:
            if node.id not in spared and node.id not in rows.get(i, ()) and i not in questions:
                yield i, self.verdict(_reason(node, reasons), kind=kind)


def _around_offer_rows(page: Page) -> dict[int, set[int]]:
    """On a collection or listing, the blocks of each row of sibling cards with a link and a price
    (:func:`related.offer_rows`), each with the ids of the row's element and of the elements around
    it. The row is what the page lists, whatever the wrapper around it is named: a grid inside a
    ``<div class="pagination">`` that also holds the pager, a "featured items" banner. An element
    named inside a card (a "-15%" promo badge) is not around the row and still goes."""
    if page.page_type not in _INDEX_TYPES:
        return {}
    around: dict[int, set[int]] = {}
    for parent, cards in offer_rows(page.blocks):
        for card in cards:
            for i in card:
                dom = page.blocks[i].dom
                assert dom is not None
                ids = [node.id for node in dom.nodes]
                around.setdefault(i, set()).update(ids[ids.index(parent) :])
    return around


_HERO = "hero"
# Pages whose hero introduces what they offer or list; a product page's is its gallery and offers.
_HERO_PAGES = frozenset((PageType.COLLECTION, PageType.LISTING, PageType.SERVICE))


def _heroes(page: Page, found: list[tuple[int, DomNode, Kind]]) -> set[int]:
    """Elements named as the page's hero, its opening banner (``<div class="landing-hero--nav">``,
    ``<div class="collection-banner-hero">``): the page's name and the lines introducing what it
    offers or lists, which the truths keep. The other words of such a name say how the hero is laid
    out (with the menu over it, as a banner), not that it is a widget. On collections, listings
    and services only: an article's hero holds the headline over its picture, which the truths
    take as the title (spared there, three held-out articles fell), and a product's its gallery."""
    if page.page_type not in _HERO_PAGES:
        return set()
    return {node.id for _, node, _ in found if _names_hero(node.tokens)}


def _names_hero(tokens: frozenset[str]) -> bool:
    return any(_HERO in _WORD_SPLIT.split(token) for token in tokens if _HERO in token)


def _is_main(node: DomNode) -> bool:
    return node.tag == "main" or "role:main" in node.tokens


def _below_main(page: Page, lay: Layout) -> Layout:
    """``lay`` with the page's ``<main>`` elements (and ``role="main"``) among its stops: the markup
    says the page's own content is inside, so no name of an element around it condemns it. A
    theme's wrapper of the content and its sidebar (Genesis's ``<div class="content-sidebar-wrap">
    <main class="content">``) is named for the sidebar too; the sidebar, outside ``<main>``, still
    goes by that name."""
    mains = page_names(page).mains
    if not mains or mains <= lay.stops:
        return lay
    return dataclasses.replace(lay, stops=lay.stops | mains)


_WORD = regex.compile(r"\w+")
"""A word: what an anchor's slug joins and what :func:`_same_words` compares."""
_MIN_SLUG = 5


def _named_for_topic(page: Page, found: list[tuple[int, DomNode, Kind]]) -> set[int]:
    """Elements whose name is the slug of the heading they open: a document's section
    ``<section id="respond-to-review-comments"><h2>Respond to review comments</h2>`` is about
    comments, it is not the comment thread."""
    named: set[int] = set()
    seen: set[int] = set()
    for i, node, _ in found:
        if node.id in seen:
            continue
        seen.add(node.id)
        block = page.blocks[i]
        if block.role is not Role.HEADING:
            continue
        slug = "-".join(_WORD.findall(block.text.lower()))
        if len(slug) >= _MIN_SLUG and any(slug in t for t in node.tokens if named_kind(t) is not None):
            named.add(node.id)
    return named


# Kinds a page builder's class names fall into by accident ("so-panel widget", "hs_cos_wrapper_widget",
# "hero-banner", "quote-carousel", "footer-module"); comments, teasers and notices are prose of their own.
_BUILDER_KINDS = frozenset({Kind.NAVIGATION, Kind.AD, Kind.CAPTION, Kind.FOOTER})
_MIN_PART_PROSE = 50
"""Prose weight of a module of the article (a paragraph or two); a carousel's one-line promos hold less."""


def _builder_parts(page: Page, found: list[tuple[int, DomNode, Kind]]) -> set[int]:
    """Named elements that hold the article: when elements of the kinds page builders name by
    accident that hold a paragraph or more of prose each would take at least
    ``Settings.dom_article_share`` of the page's prose, they and the others holding prose are the
    article's modules, not widgets (a whole article in ``<div class="so-panel widget">`` modules);
    the menus among them, which hold no prose, still go. A carousel of one-line promos holds no
    module big enough to count."""
    settings = page.settings
    prose: dict[int, int] = {}
    for i, node, kind in found:
        block = page.blocks[i]
        if kind in _BUILDER_KINDS and _is_prose(block, settings):
            prose[node.id] = prose.get(node.id, 0) + block.weight
    big = sum(weight for weight in prose.values() if weight >= _MIN_PART_PROSE)
    if not big or big < settings.dom_article_share * layout(page).total:
        return set()
    return set(prose)


_WIDGET_WORD = "widget"
_SHOP_TYPES = frozenset({PageType.PRODUCT, PageType.COLLECTION})
# Class names page builders give each module of a page they lay out: SiteOrigin's panels and
# widgets, HubSpot's module wrappers.
_BUILDER_MODULES = ("so-panel", "so-widget", "siteorigin-", "hs_cos_wrapper")


def _named_widget_only(tokens: frozenset[str]) -> bool:
    """The element is named for boilerplate by the word "widget" and by no other word."""
    words = [
        next((word for word in _WORD_SPLIT.split(token) if _NAMED_ANY.match(word)), "")
        for token in sorted(tokens)
        if named_kind(token) is not None
    ]
    return bool(words) and all(word == _WIDGET_WORD for word in words)


def _modules_in_main(page: Page, found: list[tuple[int, DomNode, Kind]]) -> set[int]:
    """Elements named "widget" inside the page's ``<main>`` that a page builder laid out: its
    modules (SiteOrigin's ``<div class="so-panel widget">`` around a ``custom-html-widget``,
    HubSpot's ``hs_cos_wrapper_widget``) hold the page's own text, which ``<main>`` says it is. A
    widget no builder named is a box of the site's (a fundraising letter in a "content-after"
    zone), and a sidebar's widgets sit outside ``<main>``, or inside an ``<aside>`` or an element
    named for what it is (a sidebar, a newsletter box): they still go. Not on a shop's pages: a
    product's or a category's widgets are carousels of other products."""
    if page.page_type in _SHOP_TYPES:
        return set()
    spared: set[int] = set()
    refused: set[int] = set()
    for i, node, kind in found:
        if kind is not Kind.NAVIGATION or node.id in spared or node.id in refused:
            continue
        dom = page.blocks[i].dom
        if dom is None or not _named_widget_only(node.tokens):
            refused.add(node.id)
            continue
        at = next(k for k, n in enumerate(dom.nodes) if n.id == node.id)
        built, ok = False, False
        for n in dom.nodes[at:]:
            if _is_main(n):
                ok = built
                break
            if n is not node and (
                n.tag == "aside" or (n.tokens and _widget_kind(n.tokens) is not None and not _named_widget_only(n.tokens))
            ):
                break
            built = built or any(token.startswith(_BUILDER_MODULES) for token in n.tokens)
        (spared if ok else refused).add(node.id)
    return spared


def _panels_named_as_menus(page: Page, found: list[tuple[int, DomNode, Kind]]) -> set[int]:
    """On a service page, elements named as a menu that hold prose: a tab switcher's panels
    (``<div class="faq_tabs-menu-link">``, ``<div class="filter-menu-item-container-…">``) hold
    the offers and answers the page shows one at a time, in sentences no menu has. A sidebar is
    not one (it holds other texts, in sentences too). Not on other page types: articles', forums'
    and products' menus hold a line of prose (a mega menu's blurb) as often as a panel."""
    if page.page_type is not PageType.SERVICE:
        return set()
    settings = page.settings
    return {
        node.id
        for i, node, kind in found
        if kind is Kind.NAVIGATION
        and any("menu" in token for token in node.tokens)
        and _disclosed_prose(page.blocks[i], settings)
    }


_QUESTION_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_FAQ_NAMES = ("faq", "accordion")
_MIN_QUESTION_WORDS = 4
_QUESTION_MARKS = ("?", "\uff1f")


def _faq_questions(page: Page, found: list[tuple[int, DomNode, Kind]]) -> set[int]:
    """On a service page, the blocks that are an FAQ's questions: a heading (``<h2>``–``<h6>``) of
    ``_MIN_QUESTION_WORDS`` words or more that ends with a question mark, inside an element whose
    class or id names an FAQ or an accordion, whatever else around it is named. An accordion's
    title is often named for how it opens (``<h3 class="accordion-button ask-ads collapsed">``) or
    sits in a switcher named as a menu (``<div class="faq_tabs-menu-mobile"><h3>Is identity theft
    protection worth it?</h3>``), and went as a widget; the truths keep a service's FAQ, questions
    and answers (:func:`_panels_named_as_menus` already keeps the answers of such a switcher). Not
    a button's question (``dom.form`` reads those), nor a line that is no heading, nor a heading
    that asks nothing ("Related services"). Services only: no other kind's page in the benchmark
    has the shape, so nothing says what its truths keep (an article's FAQ box beside the story may
    be the publisher's)."""
    if page.page_type is not PageType.SERVICE:
        return set()
    questions: set[int] = set()
    for i, _, _ in found:
        block = page.blocks[i]
        dom = block.dom
        if dom is None or dom.tag not in _QUESTION_TAGS or block.words < _MIN_QUESTION_WORDS:
            continue
        if block.text.rstrip().endswith(_QUESTION_MARKS) and any(
            name in token for token in dom.tokens for name in _FAQ_NAMES
        ):
            questions.add(i)
    return questions


def _disclosed_prose(block: Block, settings: Settings) -> bool:
    """A sentence of ``_DISCLOSED_WEIGHT`` words or more, not a link list (what a panel holds, shown
    or hidden: :func:`_panels_named_as_menus`, :func:`_disclosed`)."""
    return (
        block.weight >= _DISCLOSED_WEIGHT
        and block.terminal
        and block.link_density <= settings.dom_prose_max_link_density
    )


# WordPress's post_class(): each post's element ("post-123 type-post status-publish format-standard
# hentry category-gaming tag-arcades") carries the slugs of its tags, which name no tag list.
_POST_CLASS = frozenset({"hentry", "type-post", "status-publish", "format-standard"})
_TAG_SLUG = "tag-"


@lru_cache(maxsize=4096)  # a pure function of the tokens; class lists recur across pages (sized as named_kind)
def _widget_kind(tokens: frozenset[str]) -> Kind | None:
    post = not tokens.isdisjoint(_POST_CLASS)
    # Sorted: a frozenset's order varies between runs, and the result must not.
    kinds = [
        kind
        for token in sorted(tokens)
        if not (post and token.startswith(_TAG_SLUG)) and (kind := named_kind(token)) is not None
    ]
    if not kinds or (Kind.CAPTION not in kinds and any(_EMBED.search(t) for t in tokens)):
        return None  # an embedded post ("sdc-article-tweet sdc-article-widget") is quoted content
    if kinds[0] is Kind.NAVIGATION and Kind.RELATED in kinds:
        return Kind.RELATED  # "navigation post-navigation", "widget most-read": the box's own name says what it holds
    return kinds[0]


_SIGNATURE = regex.compile(r"^(?:signatures?|usersig|sig)$")
_NOTICE = regex.compile(r"^(?:notices?|announcements?|alerts?)$")


@lru_cache(maxsize=512)  # a pure function of the tokens and the word pattern
def _names_word(tokens: frozenset[str], words: regex.Pattern[str]) -> bool:
    return any(
        words.match(word)
        for token in sorted(tokens)
        if ":" not in token and len(token) <= 60
        for word in _WORD_SPLIT.split(token)
    )


class Signature(DomRule):
    """On a forum thread, the signature under each post: an element whose class or id has the word
    "signature" (``<div class="ipsEntry__signature">``, ``<aside class="message-signature">``),
    the poster's slogan, links and gear list printed under every post they write, which is not the
    post. Only on forums: on documentation a "signature" is a function's, and on a shop's page a
    "signature collection" is an item. An element that holds the article is never one."""

    id = "dom.signature"
    kind = Kind.OTHER
    words = _SIGNATURE

    def node_kind(self, node: DomNode) -> Kind | None:
        return self.kind if node.tokens and _names_word(node.tokens, self.words) else None

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_thread and page.is_html:
            yield from super().judge(page)


class ForumNotice(Signature):
    """On a forum thread, the board's notices: an element whose class or id has the word "notice",
    "announcement" or "alert" (``<ul class="notices"><li class="notice">Scam alert: never send
    money…</li></ul>``, ``<div class="alert">Getting fed up of scrolling through the same posts?
    Register…</div>``), which the board prints above every thread and which no post is. Only on
    forums: an article's "notice" may be its correction or its editor's note."""

    id = "dom.forum-notice"
    words = _NOTICE


_CTA = regex.compile(r"^ctas?$")
# The same box named in the words spelled out, joined or not ("call-to-action", "calltoactionbox_text",
# "call_to_action_banner"): a name, not a word of one, so read across the word breaks.
_CTA_SPELLED = regex.compile(r"call[-_]?to[-_]?action")


class CallToAction(DomRule):
    """On an article, a call-to-action box: an element whose class or id has the word "cta" or
    "ctas", or spells it out ("call-to-action", "calltoactionbox_text") (``<div class="post-cta">
    <h3>Want to win more jobs with less effort?</h3><p>Grow your business with our software.</p>
    </div>``, ``<div class="inline-cta">Thinking of Selling Your Business?</div>``), the publisher's pitch set into or under the text ("Sign up and try … for 14
    days free!"), which is not the article. An element that holds the article is never one (a
    theme's ``<div class="above-cta">`` around the whole text), nor is a page builder's widget
    (Elementor's ``elementor-cta``, a card the author fills). Only on articles: a service page's
    calls to action are its own pitch."""

    id = "dom.call-to-action"
    kind = Kind.AD

    def node_kind(self, node: DomNode) -> Kind | None:
        # A page builder's widget names say how a block is laid out, not what it is: Elementor's
        # "elementor-cta" box holds whatever the author puts in it (a trail club's trail cards).
        if not any("cta" in token or "action" in token for token in node.tokens):  # most: screened cheaply
            return None
        tokens = frozenset(token for token in node.tokens if not token.startswith(_LAYOUT_PREFIXES))
        if not tokens:
            return None
        spelled = any(_CTA_SPELLED.search(token) for token in tokens if ":" not in token and len(token) <= 60)
        return self.kind if spelled or _names_word(tokens, _CTA) else None

    def marks_nothing(self, names: PageNames) -> bool:
        # The same screen as :meth:`node_kind`'s first line: a spelled-out name has "action", not "cta".
        return not any("cta" in token or "action" in token for token in names.tokens)

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_article and page.is_html:
            yield from super().judge(page)


# XenForo's "message-userDetails" / "userTitle" / "message-userExtras", vBulletin's "userinfo" and
# "userstats", phpBB's "postprofile", IP.Board's "userbanner" (written in one word once lower-cased).
_POSTER = regex.compile(r"^(?:(?:message|extra)?user(?:title|details|extras?|info|banner|stats|block)|postprofile)$")


class Poster(Signature):
    """On a forum thread, the poster's details beside each post: an element whose class or id names
    them (``<div class="message-userDetails"><h5 class="userTitle">Well-known member</h5></div>``,
    ``<dl class="postprofile">Posts: 120 Joined: Mar 2019</dl>``): the rank, join date, post count
    and badges the board prints by every post its author writes, which no post says. Only on
    forums: elsewhere a "user info" element may be a profile page's own text."""

    id = "dom.poster"
    kind = Kind.METADATA
    words = _POSTER


# MyBB's "post_author" / "author_information" / "author_statistics", XenForo-like "threadview-author-group",
# "author-details-info-name" (the words of a class or id, split at "-" and "_", lower-cased).
_AUTHOR = regex.compile(r"^(?:post)?authors?(?:info|information|details?|stats|statistics)?$")
_AUTHOR_LINE = 12
"""Words of the longest block an author's element may hold: a poster's rank or counts, not a post."""


class PostAuthor(Signature):
    """On a forum thread, the poster's box beside each post where the board names it after the
    author (``<div class="post_author"><div class="author_information">Big Board Owner</div><div
    class="author_statistics">Posts: 116 Threads: 23 Joined: Feb 2019</div></div>``): the rank,
    counts and join date printed by every post. An element whose blocks are all short lines (twelve
    words at most); one that holds a longer block holds a post (WordPress prints
    ``comment-author-admin`` on the reply itself) and stays. Only on forums: an article's author
    box is ``dom.named``'s."""

    id = "dom.post-author"
    kind = Kind.METADATA
    words = _AUTHOR

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not (page.is_thread and page.is_html):
            return
        found = list(self.culprits(page))
        posts = {node.id for i, node, _ in found if page.blocks[i].words > _AUTHOR_LINE}
        reasons: dict[int, str] = {}
        for i, node, kind in found:
            if node.id not in posts:
                yield i, self.verdict(_reason(node, reasons), kind=kind)


# A board's list of other topics (Discourse's "topic-list", NodeBB's "topics-list", Warrior Forum's
# "topiclist", vBulletin's "threadlist"): the whole class or id token, joined or not, read across the
# word break, as "list" alone is every post list's word too.
_TOPIC_LIST = regex.compile(r"^(?:topics?|threads?|discussions?)[-_]?list(?:$|[-_])")
_TOPIC_LIST_SHARE = 0.5
"""Share of the page's words above which an element named as a list of topics holds the thread."""


class TopicList(Signature):
    """On a forum thread, the board's list of other topics printed under or beside the thread (``<ul
    class="topiclist"><li class="topiclist-item"><a>Will SEO still sell?</a><p>Hi everyone, so I
    run an agency…</p></li></ul>``, NodeBB's ``<ul class="topics-list">`` with each topic's latest
    reply): each entry's title and the opening lines of another thread, which the thread is not.
    An element that holds half the page's words or more holds the thread itself and stays. Only on
    forums: a blog's or a shop's "topic list" may be the page's own index."""

    id = "dom.topic-list"
    kind = Kind.RELATED

    def node_kind(self, node: DomNode) -> Kind | None:
        tokens = node.tokens
        if not tokens or not any("list" in token for token in tokens):  # most: screened cheaply
            return None
        named = any(_TOPIC_LIST.match(token) for token in tokens if ":" not in token and len(token) <= 60)
        return self.kind if named else None

    def marks_nothing(self, names: PageNames) -> bool:
        return not any("list" in token for token in names.tokens)

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not (page.is_thread and page.is_html):
            return
        found = list(self.culprits(page))
        words: dict[int, int] = {}
        for i, node, _ in found:
            words[node.id] = words.get(node.id, 0) + page.blocks[i].words
        total = sum(block.words for block in page.blocks)
        reasons: dict[int, str] = {}
        for i, node, kind in found:
            if words[node.id] < _TOPIC_LIST_SHARE * total:
                yield i, self.verdict(_reason(node, reasons), kind=kind)


# Stack Exchange's "js-vote-count" in its "votecell", Lemmy's "post-score" in its "vote-bar",
# IP.Board's "ipsReact_reactCount" (the words of a class or id, split at "-" and "_", lower-cased).
_VOTE = regex.compile(r"^(?:(?:up|down)?votes?(?:cell|count|bar)?|(?:post)?score|(?:react(?:ion)?s?|likes?)count)$")
_COUNT = regex.compile(r"[+\-\u2212]?\d[\d,.]{0,9}\s?[km]?", regex.IGNORECASE)
"""A count alone: "131", "-2", "1,204", "3.2k"."""


class VoteCount(Signature):
    """On a forum thread, each post's vote or reaction count: a block that is only a number, inside
    an element whose class or id names votes, a score or a reaction count (``<div class="votecell">
    <div class="js-vote-count">131</div>``, ``<span class="post-score">22</span>``). The board prints
    it beside every post and no post says it; left in, it splits the question from its first line.
    Only a bare count goes: a sentence inside an element named "score" is left to the other rules.
    Only on forums: a match report's or a review's score is the page's own."""

    id = "dom.vote-count"
    kind = Kind.METADATA
    words = _VOTE

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not (page.is_thread and page.is_html):
            return
        for i, node, kind in self.culprits(page):
            if _COUNT.fullmatch(page.blocks[i].text.strip()):
                yield i, self.verdict(f"a post's vote count inside <{node.tag}> {_describe(node)}".rstrip(), kind=kind)


# XenForo's "bbCodeBlock--unfurl" with its "js-unfurl-title" / "js-unfurl-desc", Discourse's "onebox" and
# "onebox-body" (the words of a class or id, split at "-" and "_", lower-cased).
_PREVIEW = regex.compile(r"^(?:unfurl|onebox)$")


class LinkPreview(Signature):
    """On a forum thread, the preview card a board draws under a link pasted into a post: an element
    whose class or id has the word "unfurl" or "onebox" (``<div class="bbCodeBlock bbCodeBlock--unfurl">
    <h3 class="js-unfurl-title">XFX Radeon RX 7900 XTX Magnetic Air Review</h3><div class="js-unfurl-desc">
    The XFX Radeon RX 7900 XTX … comes with user-replaceable fans …</div><div>www.techpowerup.com</div>
    </div>``). The card holds the linked page's title, its description and its site's name, fetched by the
    board, not written by the poster. Only on forums: elsewhere such a card is the author's own embed."""

    id = "dom.link-preview"
    words = _PREVIEW


_QA_ANSWERS = frozenset({"itemprop:suggestedanswer", "itemprop:acceptedanswer"})
"""schema.org's marks of a question's answers (``QAPage`` microdata): a page carrying them is a Q&A page."""
_QA_COMMENT = "itemprop:comment"


class QaComments(DomRule):
    """On a Q&A thread marked up as schema.org's ``QAPage`` (its answers marked
    ``itemprop="suggestedAnswer"`` or ``"acceptedAnswer"``, as Stack Exchange's sites print them),
    the comments under the question and under each answer: an element marked ``itemprop="comment"``
    (``<li class="comment" itemprop="comment"><span class="comment-copy">Works fine on Windows 10
    too.</span> – <a>ann</a> <span>May 2, 2009 at 0:53</span></li>``). In that markup the question
    and its answers are marked otherwise, so a ``comment`` is the short remark a reader leaves under
    a post, its signature and its date, which is not the post. On a board without the ``QAPage``
    marks (Discourse marks every reply ``itemprop="comment"``) nothing goes. Only on forums; an
    element that holds the article is never one."""

    id = "dom.qa-comments"
    kind = Kind.COMMENTS

    def node_kind(self, node: DomNode) -> Kind | None:
        return self.kind if _QA_COMMENT in node.tokens else None

    def marks_nothing(self, names: PageNames) -> bool:
        return _QA_COMMENT not in names.tokens or not (_QA_ANSWERS & names.tokens)

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not (page.is_thread and page.is_html) or self.marks_nothing(page_names(page)):
            return
        lay = layout(page)
        memo: Memo = {}
        reasons: dict[int, str] = {}  # by culprit element: many blocks share one
        for i, block in enumerate(page.blocks):
            v = page.verdicts[i]
            # A comment the container guess already took out is named for what it is: the learned
            # scorer may give back a block removed as outside the main container, not a comment.
            if block.dom is None or (v is not None and v.rule != OutsideMain.id):
                continue
            if (found := self.culprit(block, lay, memo)) is not None:
                yield i, self.verdict(_reason(found[0], reasons), kind=found[1])


SOURCES_LABEL = regex.compile(
    r"^(?:\d{1,2}\.?\s*)?(?:(?:view |show )?(?:article |cited |external )?(?:references|sources|citations|footnotes|endnotes|bibliography)"
    r"|works cited|reference list|sources and references|references and (?:notes|further reading)|further reading"
    r"|referencias|fuentes|quellen|einzelnachweise|literaturverzeichnis|r[ée]f[ée]rences|bibliographie|bibliograf[ií]a"
    r"|fonti|bronnen|referências)\s?:?$",
    regex.IGNORECASE,
)
"""A sources section's label alone on its line: "References", "Article Sources:", "Footnotes",
"Further reading", "Einzelnachweise", or the button that opens it ("View Article Sources")
(``dom.sources``; on text, ``quality.section-end``)."""
_SOURCES_MAX_BLOCKS = 80
_SOURCES_MAX_SHARE = 0.5
"""Share of the page's prose a sources section may hold: a page that is mostly a bibliography is one."""


class Sources(DomRule):
    """The list of sources under an article: a heading or a label alone on its line ("References",
    "Article Sources:", "Citations", "Footnotes", "Bibliography", "Further reading") and the entries
    after it, up to the next heading of the same or a higher level (any heading, after a label that
    is not one) and inside the label's parent element. The entries name the documents the article
    drew on ("Haff G, Triplett NT. (2016). Essentials of strength training …"); the article's text
    ends above them. Not on forums, where a post may well list its sources, nor where the section
    would hold half the page's prose or more (a bibliography page)."""

    id = "dom.sources"
    kind = Kind.OTHER

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_thread or not page.is_html:
            return
        blocks, verdicts = page.blocks, page.verdicts
        settings = page.settings
        total = 0
        i, n = 0, len(blocks)
        while i < n:
            block = blocks[i]
            dom = block.dom
            if (
                dom is None
                or block.words > 5
                or block.role not in (Role.HEADING, Role.PARAGRAPH)
                or len(dom.nodes) < 2
                or not SOURCES_LABEL.match(block.text)
            ):
                i += 1
                continue
            level = block.shape.level if block.shape is not None and block.role is Role.HEADING else 7
            parent = _label_parent(blocks, i)
            section = [i]
            k = i + 1
            while k < n and k - i <= _SOURCES_MAX_BLOCKS:
                entry = blocks[k]
                if entry.dom is None or all(node.id != parent for node in entry.dom.nodes):
                    break
                if entry.role is Role.HEADING and (entry.shape is None or entry.shape.level <= level):
                    break
                section.append(k)
                k += 1
            if len(section) > 1:
                if not total:
                    total = sum(b.weight for b in blocks if b.dom is not None and _is_prose(b, settings))
                weight = sum(blocks[j].weight for j in section if verdicts[j] is None)
                if weight < _SOURCES_MAX_SHARE * total:
                    reason = f"the sources under {block.text.strip()!r}"
                    for j in section:
                        if verdicts[j] is None:
                            yield j, self.verdict(reason)
            i = k


def _label_parent(blocks: Sequence[Block], i: int) -> int:
    """Id of the element a sources label's entries sit in: the label's parent, or, when that parent
    only wraps the label (MediaWiki's ``<div class="mw-heading"><h2>References</h2><span>[edit]</span>
    </div>``, a theme's ``<div class="heading-wrap"><h2>…</h2></div>``), the element around it, up to
    two wrappers up. A wrapper holds the label first and after it nothing longer than
    ``_WRAPPER_MAX_WORDS`` words (an "[edit]" link, an anchor's mark)."""
    dom = blocks[i].dom
    assert dom is not None
    at = 1
    while at <= 2 and at + 1 < len(dom.nodes) and _wraps_label(blocks, i, dom.nodes[at].id):
        at += 1
    return dom.nodes[at].id


_WRAPPER_MAX_WORDS = 3


def _wraps_label(blocks: Sequence[Block], i: int, node: int) -> bool:
    """Whether element ``node`` holds block ``i`` first and, after it, only short blocks."""
    if _inside(blocks, i - 1, node):
        return False
    k = i + 1
    while _inside(blocks, k, node):
        if blocks[k].words > _WRAPPER_MAX_WORDS:
            return False
        k += 1
    return True


class NestedArticles(DomRule):
    """The items of a feed: ``<article>`` elements nested in an ``<article>`` that holds several of
    them. In HTML an article inside an article is a comment or a related post ("You may also like"
    cards), never the body of its parent."""

    id = "dom.nested-articles"
    kind = Kind.RELATED

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_thread or page.lists_items:
            return  # the nested articles are the posts or the items
        if "article" not in page_names(page).tags:
            return  # no <article> at all: no block's chain need be read
        lay = layout(page)
        items: dict[int, set[int]] = {}  # outer article id -> ids of the articles nested in it
        for block in page.blocks:
            if block.dom is not None and (pair := _nested_pair(block)) is not None:
                items.setdefault(pair[1].id, set()).add(pair[0].id)
        if not any(len(inner) >= 2 for inner in items.values()):
            return
        for i, block in enumerate(page.blocks):
            if block.dom is None or page.verdicts[i] is not None or (pair := _nested_pair(block)) is None:
                continue
            inner, outer = pair
            if len(items[outer.id]) >= 2 and any(n.id == inner.id for n in _enclosing(block, lay)):
                yield i, self.verdict(f"one of {len(items[outer.id])} articles nested in an <article>")


def _nested_pair(block: Block) -> tuple[DomNode, DomNode] | None:
    """The innermost ``<article>`` around the block and the ``<article>`` around that, if both exist."""
    assert block.dom is not None
    articles = [n for n in block.dom.nodes if n.tag == "article"]
    return (articles[0], articles[1]) if len(articles) >= 2 else None


class Caption(DomRule):
    """A figure caption: ``<figcaption>`` or any text inside ``<figure>``
    (``<figcaption>The harbour at dawn. Photo: J. Doe</figcaption>``), unless the figure holds a
    quotation, a code listing or a table (``<figure class="wp-block-table"><table>…``)."""

    id = "dom.caption"
    kind = Kind.CAPTION

    tags = frozenset(("figcaption", "figure", "caption"))

    def node_kind(self, node: DomNode) -> Kind | None:
        return self.kind if node.tag in self.tags else None

    def marks_nothing(self, names: PageNames) -> bool:
        return names.tags.isdisjoint(self.tags)

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        quoting = _quoting_figures(page.blocks)
        reasons: dict[int, str] = {}
        for i, node, kind in self.culprits(page):
            dom = page.blocks[i].dom
            if quoting and dom is not None and any(n.id in quoting for n in dom.nodes):
                continue
            yield i, self.verdict(_reason(node, reasons), kind=kind)


def _quoting_figures(blocks: Sequence[Block]) -> set[int]:
    """Ids of the ``<figure>`` elements that hold a quotation, a code listing or a table rather
    than a picture (``<figure><blockquote>…</blockquote><figcaption>— Jane Doe</figcaption></figure>``;
    WordPress wraps every table of a post in ``<figure class="wp-block-table">``): the quote, the
    listing, the table and their attribution or title are the page's text."""
    found: set[int] = set()
    for block in blocks:
        dom = block.dom
        if dom is None or "figure" not in dom.ancestors:
            continue
        nodes = dom.nodes
        for k, node in enumerate(nodes):
            if node.tag in ("blockquote", "pre", "table"):
                figure = next((n for n in nodes[k + 1 :] if n.tag == "figure"), None)
                if figure is not None:
                    found.add(figure.id)
                break
    return found


class Headline(DomRule):
    """The page's ``<h1>``: the headline, which belongs in ``title``, not in the body
    (``<h1>Storm closes the harbour</h1>``). Not on a product page: there the ``<h1>`` is the
    product's name, which its description and specifications are about, and the page's main
    content opens with it (``<h1>Arrival T-Shirt</h1>``) as a listed item's does with its name.

    On a service page only an ``<h1>`` that says what the page's stated title says goes: a service
    page is called by its stated title (``assemble``), and an ``<h1>`` that says something else is
    the page's slogan, the first line of its own text (``<h1>Build fast. Run any code
    fearlessly.</h1>`` under the stated title "Deploy app servers close to your users"), not its
    headline."""

    id = "dom.headline"
    kind = Kind.METADATA

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.page_type is PageType.PRODUCT:
            return
        stated = page.stated_title if page.page_type is PageType.SERVICE else None
        for i, verdict in super().judge(page):
            if stated is None or _same_words(page.blocks[i].text, stated):
                yield i, verdict

    def culprit(self, block: Block, lay: Layout, memo: Memo) -> Culprit | None:
        assert block.dom is not None
        return (block.dom.nodes[0], self.kind) if block.dom.tag == "h1" and block.dom.nodes else None


def _same_words(a: str, b: str) -> bool:
    """The same words in the same order, but for case and punctuation ("Local SEO Tools" and "Local
    SEO tools")."""
    return bool(_WORD.findall(a.casefold()) == _WORD.findall(b.casefold()))


class Form(DomRule):
    """Form controls and the text of forms: search boxes, sign-in, comment forms
    (``<form><label>Email</label><button>Subscribe</button></form>``)."""

    id = "dom.form"
    kind = Kind.OTHER
    tags: tuple[str, ...] = ("form", "button", "label", "option", "fieldset", "legend", "dialog")

    def node_kind(self, node: DomNode) -> Kind | None:
        return self.kind if node.tag in self.tags else None

    def marks_nothing(self, names: PageNames) -> bool:
        return names.tags.isdisjoint(self.tags)

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        # A forum prints its posts inside a <form> (moderation checkboxes, inline reply, vote
        # buttons around each post): there only the controls themselves are furniture.
        if page.is_thread:
            yield from _CONTROLS.judge(page)
            return
        reasons: dict[int, str] = {}
        for i, node, kind in self.culprits(page):
            if not (node.tag == "button" and _disclosure_title(page.blocks, i, node)):
                yield i, self.verdict(_reason(node, reasons), kind=kind)


_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_QUESTION_WORDS = 5


def _disclosure_title(blocks: Sequence[Block], i: int, button: DomNode) -> bool:
    """The title of an accordion's panel, printed in the button that opens it, with the panel shown
    after it: a heading element inside the button (``<button><h3>How long can I rent equipment
    for?</h3></button>``), the button inside a heading as the WAI-ARIA accordion pattern and
    Bootstrap's accordion print it (``<h2 class="accordion-header"><button
    class="accordion-button">Specifications</button></h2>``), or a question of five words or more
    (an FAQ's ``<button>Which bits does the kit include?</button>``). Its answer is the page's
    text, and so is the question; "Sign in", "Load more" and "Need help?" are neither. A question
    whose answer the page hides (a collapsed panel, which ``dom.hidden`` removes) goes with it."""
    block = blocks[i]
    assert block.dom is not None
    following = blocks[i + 1].dom if i + 1 < len(blocks) else None
    if following is not None and following.hidden:
        return False
    if block.dom.tag in _HEADING_TAGS or _in_heading(block.dom.nodes, button):
        return True
    text = block.text.rstrip()
    return text.endswith(("?", "？")) and len(text.split()) >= _QUESTION_WORDS


def _in_heading(nodes: tuple[DomNode, ...], button: DomNode) -> bool:
    """Whether ``button``, one of a block's elements (innermost first), sits directly inside an
    ``<h2>``–``<h6>``: the heading is the panel's title and the button only opens it."""
    k = next((k for k, node in enumerate(nodes) if node.id == button.id), None)
    return k is not None and k + 1 < len(nodes) and nodes[k + 1].tag in _HEADING_TAGS


class _Controls(Form):
    """``dom.form`` on a forum: the controls of a form, not the posts it holds."""

    tags = ("button", "label", "option", "fieldset", "legend", "dialog")

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        return DomRule.judge(self, page)


_CONTROLS = _Controls()


class OutsideMain(DomRule):
    """Everything outside the page's main content container, when the markup names one
    (``<article>``, ``<main>``, ``itemprop="articleBody"``, ``class="article-body"``) and it holds
    most of the page's prose: the strongest signal HTML gives."""

    id = "dom.outside-main"
    kind = Kind.LOW_CONTENT

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        lay = layout(page)
        if lay.main is None:
            return
        main = lay.main
        for i, block in enumerate(page.blocks):
            if block.dom is None or page.verdicts[i] is not None:
                continue
            if not lay.in_main(block):
                yield i, self.verdict(f"outside the main container <{main.tag}> {_describe(main)}".rstrip())


class InsideMain(DomRule):
    """Keeps the text inside the main content container that no rule removed and that is not a
    link list: short lines, table cells and list items of the article ("Pos. Piloto Pontos").
    On a documentation page the link lists inside it are kept too: a document's table of contents
    and the list of the pages under it ("11.1. Introduction", "11.2. Index Types") are its text;
    where the markup names no main container, those inside an element holding the article's
    prose (``Settings.dom_article_share`` of it) other than ``<body>``."""

    id = "dom.inside-main"
    kind = Kind.LOW_CONTENT

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        lay = layout(page)
        # A document's own contents (the sections it holds, the pages under it) are links.
        contents = page.page_type is PageType.DOCUMENTATION
        if lay.main is None:
            if contents:
                yield from self._contents_in_holder(page, lay)
            return
        main, limit = lay.main, page.settings.max_link_density
        for i, block in enumerate(page.blocks):
            if block.dom is None or page.verdicts[i] is not None:
                continue
            # A linked sentence is still a sentence; a linked headline is a teaser.
            if block.link_density > limit and not (contents or (block.terminal and block.weight >= 8)):
                continue
            if lay.in_main(block):
                yield i, self.verdict(f"inside the main container <{main.tag}>", label=Label.CONTENT)

    def _contents_in_holder(self, page: Page, lay: Layout) -> Iterator[tuple[int, Verdict]]:
        """A documentation page whose markup names no main container: the link lists inside an
        element that holds the article's prose (its table of contents), other than ``<body>``."""
        holders, limit = lay.holders, page.settings.max_link_density
        for i, block in enumerate(page.blocks):
            if block.dom is None or page.verdicts[i] is not None or block.link_density <= limit:
                continue
            holder = next((n for n in block.dom.nodes if n.id in holders), None)
            if holder is not None and holder.tag not in ("body", "html"):
                yield i, self.verdict(f"a link list inside <{holder.tag}>, which holds the document", label=Label.CONTENT)


def _parent(block: Block) -> int | None:
    nodes = block.dom.nodes if block.dom is not None else ()
    return nodes[1].id if len(nodes) > 1 else None


class MainOverRun(DomRule):
    """Gives back the paragraphs that the main-run pass cut off from their siblings: an opening
    paragraph separated from the rest by an inline promo or a share bar still shares its parent
    element with the article's paragraphs (a teaser box inside the same container does not)."""

    id = "dom.main-over-run"
    kind = Kind.LOW_CONTENT
    cut_by = "quality.main-run"
    min_siblings = 2
    """Kept paragraphs that must share the block's parent."""

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        kept: dict[int, int] = {}
        for block, label in zip(page.blocks, page.labels(), strict=True):
            if label is Label.CONTENT and (parent := _parent(block)) is not None:
                kept[parent] = kept.get(parent, 0) + 1
        for i, block in enumerate(page.blocks):
            v = page.verdicts[i]
            if v is None or v.rule != self.cut_by or not _is_prose(block, page.settings):
                continue
            parent = _parent(block)
            if parent is not None and kept.get(parent, 0) >= self.min_siblings:
                yield i, self.verdict("a paragraph beside the article's own", label=Label.CONTENT)


# Words of a class or id that name the shoppers' reviews of a product ("customer-reviews",
# "okereviews-review", "pipf-seo-reviews__review", "reviewtext"), never its description; a
# "preview" (of an image, of the text) is not a review, and "editorial reviews" are the
# publisher's description of a book or a record.
_REVIEW_WORD = regex.compile(r"^(?!preview)\w{0,16}reviews?(?:text|list|body|content|card|item)?$")
_REVIEW_NOT_IN = frozenset({"body", "html", "main", "form"})


@lru_cache(maxsize=256)  # a pure function of the tokens; an element's class list recurs across pages
def _names_reviews(tokens: frozenset[str]) -> bool:
    for token in tokens:
        if len(token) > 60 or ":" in token or "editorial" in token:
            continue
        if any(_REVIEW_WORD.match(word) for word in _WORD_SPLIT.split(token)):
            return True
    return False


class Reviews(DomRule):
    """On a product page, the shoppers' reviews: blocks inside an element whose class or id names
    reviews (``<div class="customer-reviews"><p>Love it, fits perfectly.</p></div>``). A product
    page's main content is its description and specifications; the reviews are others' comments
    on it, as a comment thread is on an article. An element that holds the page's ``<h1>`` (the
    product's name) wraps the product, whatever it is called, so it never condemns; nor do
    ``<body>``, ``<main>`` and ``<form>``. Other page types are left alone: an article may be a
    review (``<div class="review-body">``)."""

    id = "dom.reviews"
    kind = Kind.COMMENTS

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.page_type is not PageType.PRODUCT:
            return
        lay = layout(page)
        wrappers = _holding_h1(page)
        memo: dict[int, DomNode | None] = {}
        reasons: dict[int, str] = {}
        for i, block in enumerate(page.blocks):
            if block.dom is None or page.verdicts[i] is not None:
                continue
            found = self._culprit(block.dom.nodes, lay.main_ids, wrappers, memo)
            if found is not None:
                yield i, self.verdict(_reason(found, reasons))

    @staticmethod
    def _culprit(
        nodes: tuple[DomNode, ...], stops: frozenset[int], wrappers: set[int], memo: dict[int, DomNode | None]
    ) -> DomNode | None:
        climbed: list[int] = []
        found: DomNode | None = None
        for node in nodes:
            ident = node.id
            if ident in stops or ident in wrappers or node.tag in _REVIEW_NOT_IN:
                break
            if ident in memo:
                found = memo[ident]
                break
            climbed.append(ident)
            if node.tokens and _names_reviews(node.tokens):
                found = node
                break
        for ident in climbed:
            memo[ident] = found
        return found


_DIALOG_ROLES = frozenset({"role:dialog", "role:alertdialog"})
_DIALOG_WORDS = frozenset({"modal", "popup", "overlay", "dialog", "drawer"})


@lru_cache(maxsize=256)  # a pure function of the tokens
def _consent_box(tag: str, tokens: frozenset[str]) -> tuple[bool, bool]:
    """Whether an element is a dialog, and whether its class or id names a cookie notice."""
    dialog = tag == "dialog" or bool(tokens & _DIALOG_ROLES)
    named = False
    for token in sorted(tokens):
        if ":" in token or len(token) > 60:
            continue
        words = _WORD_SPLIT.split(token)
        dialog = dialog or any(w in _DIALOG_WORDS for w in words)
        named = named or named_kind(token) is Kind.COOKIE_NOTICE
    return dialog, named


class Consent(DomRule):
    """The whole of a cookie-consent box: a dialog (``role="dialog"``, ``<dialog>``, a "modal" or
    "popup") that holds a line another rule read as a cookie notice ("Accept all cookies"), or a
    small element named as one that speaks of cookies (``<section class="gdpr-banner"><p>We use
    cookies and other technologies…</p></section>``). Its explanations of each kind of cookie read
    as prose, and on a page with little prose of its own (a product, a short service page) the
    notice can hold most of it, which stops the rules that look for named widgets. The box never
    holds the page's ``<h1>``; ``<body>``, ``<main>`` and ``<form>`` are never one, nor is a named
    element with more than ``_CONSENT_MAX_PROSE`` paragraphs (``<article class="cookies-recipe">``)
    or none about cookies, unless a line about cookies sits in a dialog inside it: a consent
    manager's element (``<div id="onetrust-consent-sdk">``) holds its banner and its preference
    centre, a dialog that explains each kind of cookie at length. A dialog with no cookie notice in
    it (a size guide) is left alone."""

    id = "dom.consent"
    kind = Kind.COOKIE_NOTICE

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        blocks, verdicts = page.blocks, page.verdicts
        # Only the blocks that speak of cookies (or that a rule read as a notice) lead to a box.
        seeds = [
            i
            for i, b in enumerate(blocks)
            if b.dom is not None
            and (_mentions_cookies(b.text) or ((v := verdicts[i]) is not None and v.kind is Kind.COOKIE_NOTICE))
        ]
        if not seeds:
            return
        wrappers = _holding_h1(page)
        dialogs: dict[int, DomNode] = {}
        named: dict[int, DomNode] = {}
        modal: set[int] = set()  # named boxes the seed reached through a dialog
        for i in seeds:
            dom = blocks[i].dom
            assert dom is not None
            v = verdicts[i]
            notice = v is not None and v.kind is Kind.COOKIE_NOTICE
            through_dialog = False
            for node in dom.nodes:
                if node.id in wrappers or node.tag in _REVIEW_NOT_IN:
                    break
                dialog, by_name = _consent_box(node.tag, node.tokens)
                if dialog and notice:
                    dialogs[node.id] = node
                    break
                if by_name:
                    named[node.id] = node
                    if through_dialog:
                        modal.add(node.id)
                    break
                through_dialog = through_dialog or dialog
        if not dialogs and not named:
            return
        inside: dict[int, list[int]] = {}  # box id -> the blocks in it
        prose: dict[int, int] = {}  # named box id -> its paragraphs
        for i, block in enumerate(blocks):
            if block.dom is None:
                continue
            box = next((n.id for n in block.dom.nodes if n.id in dialogs or n.id in named), None)
            if box is None:
                continue
            inside.setdefault(box, []).append(i)
            prose[box] = prose.get(box, 0) + (block.weight >= 20)
        found: list[tuple[int, DomNode]] = []
        for box, members in inside.items():
            if box in dialogs or box in modal or prose[box] <= _CONSENT_MAX_PROSE:
                node = dialogs.get(box) or named[box]
                found += [(i, node) for i in members if verdicts[i] is None]
        reasons: dict[int, str] = {}
        for i, node in sorted(found, key=lambda pair: pair[0]):
            yield i, self.verdict(_reason(node, reasons))


def _mentions_cookies(text: str) -> bool:
    return "ookie" in text or "OOKIE" in text


_CONSENT_MAX_PROSE = 3
"""Paragraphs a cookie banner named as one may hold (a notice, a line on each kind of cookie)."""


class Dialog(DomRule):
    """A dialog shown over the page: an element with ``role="dialog"`` or ``role="alertdialog"``
    (``<div role="dialog" class="modal-privacy-policy"><h2>Privacy policy</h2><p>We process
    personal information …</p></div>``: a policy, a size picker, a filter drawer, "Why am I seeing
    this ad?"). The page's text lies beneath it; a shop prints its policies in such layers on every
    page, where they can outweigh its own text. A hidden dialog is ``dom.hidden``'s, a cookie
    dialog ``dom.consent``'s and ``<dialog>`` ``dom.form``'s; a dialog that holds the article
    (a product's quick view opened as a page of its own) is never condemned."""

    id = "dom.dialog"
    kind = Kind.OTHER

    def node_kind(self, node: DomNode) -> Kind | None:
        return self.kind if _is_dialog(node) else None

    def marks_nothing(self, names: PageNames) -> bool:
        return names.tokens.isdisjoint(_DIALOG_ROLES)

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if self.marks_nothing(page_names(page)):
            return  # most pages have no dialog: their footers and holders need not be read
        # A long policy can hold most of the page's prose: a dialog that does not hold the <h1>
        # loses the guard of an element that holds the article, as a footer does.
        reasons: dict[int, str] = {}
        for i, node, kind in self.culprits(page, _past_layers(page, layout(page), _is_dialog)):
            yield i, self.verdict(_reason(node, reasons), kind=kind)


def _is_dialog(node: DomNode) -> bool:
    return not node.tokens.isdisjoint(_DIALOG_ROLES)


class PrintedOnce(DomRule):
    """Keeps one copy of the prose a product, service or documentation page prints several times
    (its description in a gallery panel, a tab and a mobile drawer) when the main-run and neighbour
    passes cut every copy: prose printed twice is a teaser on an article, but the page's own text
    on a shop's page. The first visible copy is kept. Articles, forum threads, listings and
    collections are left to the other rules."""

    id = "dom.printed-once"
    kind = Kind.DUPLICATE
    cut_by = frozenset({"quality.neighbours", "quality.main-run"})

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_article or page.is_thread or page.lists_items:
            return
        settings = page.settings
        kept: set[str] = set()
        first: dict[str, int] = {}
        for i, block in enumerate(page.blocks):
            if block.repeats < 2 or block.dom is None:
                continue
            if page.label(i) is Label.CONTENT:
                kept.add(block.text)
                continue
            v = page.verdicts[i]
            if v is not None and v.rule in self.cut_by and _is_prose(block, settings):
                first.setdefault(block.text, i)
        for text, i in first.items():
            if text not in kept:
                yield i, self.verdict(f"prose printed {page.blocks[i].repeats} times, kept once", label=Label.CONTENT)


class KeptTwice(DomRule):
    """A later copy of a line a product, service, forum, listing or collection page already kept:
    the markup prints some things once per layout (a desktop and a mobile copy of a product's name,
    sizes and price, a call to sign up under each section, a post quoted in the reply below it),
    and each kept copy counts as text the page does not have. The first copy stays. Not on
    documentation, whose pages repeat a note or a command on purpose, nor on articles, which
    repeat on purpose too (a recipe's meal plan for two days, an interviewer's question asked
    again, the signature of each embedded post). On a collection or listing, an item's rating out
    of five ("4.6 out of 5 stars") is the item's, not a copy: two items may share it (as
    :func:`_card_label` spares it from ``dom.hidden``).
    """

    id = "dom.kept-twice"
    kind = Kind.DUPLICATE

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_article or page.page_type is PageType.DOCUMENTATION or not page.is_html:
            return
        cards = page.page_type in _CARD_PAGES
        for i, first in page.first_copies(lambda block: block.repeats >= 2):
            if first != i and not (cards and _card_label(page.blocks[i])):
                yield i, self.verdict(f"the same text is kept once already (block {first})")


_COPY_MIN_BLOCKS = 3
_COPY_MIN_WORDS = 40
_COPY_LINE_WORDS = 10
"""A page that prints no block of this many words twice has no section copy."""


def _inside(blocks: Sequence[Block], i: int, ident: int) -> bool:
    """Whether block ``i`` (if any) lies inside the element ``ident``."""
    if not 0 <= i < len(blocks):
        return False
    dom = blocks[i].dom
    return dom is not None and any(node.id == ident for node in dom.nodes)


class SectionCopy(DomRule):
    """A second copy of a whole section of an article: an element whose blocks, in order, are word
    for word those of an earlier element. Site builders print a section once per screen size and
    let the style sheet show one (a desktop and a mobile variant, a "conditionally invisible"
    twin, an FAQ printed as a list and again as an accordion); every copy kept counts as text the
    page does not have. Only an element of at least three blocks and forty words counts, so a pull
    quote, a repeated note or a short card printed again on purpose stays, and only on a page that
    prints some block of ten words or more twice (not only short lines: menus, feature lists). A block of the copy is
    dropped only when its twin in the first copy is kept. Not on documentation, which repeats a
    parameter's description or a sample response for each call on purpose; other page types are
    left to ``dom.kept-twice``."""

    id = "dom.section-copy"
    kind = Kind.DUPLICATE

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.is_article:
            return
        blocks = page.blocks
        printed_twice = [(i, block.dom.nodes) for i, block in enumerate(blocks) if block.repeats >= 2 and block.dom is not None]
        if len(printed_twice) < 2 * _COPY_MIN_BLOCKS or all(blocks[i].weight < _COPY_LINE_WORDS for i, _ in printed_twice):
            return  # only short lines printed twice (menus, labels, lists of features): no section
        # The elements around the blocks printed twice, each with those blocks in page order (a
        # block's elements are listed innermost first). An element's blocks are consecutive.
        members: dict[int, list[int]] = {}
        for i, nodes in printed_twice:
            for node in nodes:
                members.setdefault(node.id, []).append(i)
        first: dict[tuple[str, ...], list[int]] = {}
        copied: dict[int, int] = {}
        for ident in sorted(members, key=lambda e: members[e][0]):
            found = members[ident]
            if len(found) < _COPY_MIN_BLOCKS or found[0] in copied:
                continue
            # Nothing printed once inside: no gap among its blocks, no other block of it either side.
            if found[-1] - found[0] + 1 != len(found):
                continue
            if _inside(blocks, found[0] - 1, ident) or _inside(blocks, found[-1] + 1, ident):
                continue
            texts = tuple(blocks[i].text for i in found)
            earlier = first.setdefault(texts, found)
            if earlier is found or earlier[-1] >= found[0]:
                continue
            if sum(blocks[i].weight for i in found) < _COPY_MIN_WORDS:
                continue
            for i, twin in zip(found, earlier, strict=True):
                copied[i] = twin
        kept = (Label.CONTENT, None)
        for i, twin in copied.items():
            if page.label(i) in kept and page.label(twin) in kept:
                yield i, self.verdict(f"a copy of the section at block {twin}")


_ABOVE_SHARE = 3
"""The kept text above the headline goes only when the page keeps this many times as much below it."""


class AboveHeadline(Rule):
    """On a page that is no article nor service (HTML), what it still keeps above its ``<h1>``: the
    page's own text starts at the heading that names it (a category, a product, a
    manual's page, a thread), and the lines over it are the site's header, which no rule named:
    an announcement bar ("Free shipping on all orders above $100"), a help line ("Need help
    shopping? Call …"), search suggestions, the site's welcome ("DEV Community is a community of
    …"). The ``<h1>`` is the first one shown that the page keeps or took out as its title (a
    metadata verdict: ``dom.headline``, ``metadata.title``), not one inside a menu or a dialog.
    Only when the page keeps at least three times as many words below it as above it, so an
    ``<h1>`` printed low on the page (under a featured story, or in the footer) cuts nothing. Not
    on articles, whose kicker, standfirst or lead picture's caption may come before the headline,
    nor on services, whose pitch may open over its ``<h1>`` ("A new Postman is here" over "The
    AI-native API Platform"): there the ``<h1>`` is often the slogan in the middle of the hero
    (``dom.headline``)."""

    id = "dom.above-headline"
    kind = Kind.OTHER
    stage = Stage.CONTEXT

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_article or page.page_type is PageType.SERVICE or not page.is_html:
            return
        head = _headline_at(page)
        if head is None:
            return
        kept = (Label.CONTENT, None)
        above = [i for i in range(head) if page.label(i) in kept]
        if not above:
            return
        before = sum(page.blocks[i].weight for i in above)
        after = sum(page.blocks[i].weight for i in range(head + 1, len(page.blocks)) if page.label(i) in kept)
        if before * _ABOVE_SHARE >= after:
            return
        for i in above:
            yield i, self.verdict(f"above the page's headline (block {head})")


def _headline_at(page: Page) -> int | None:
    """The page's first shown ``<h1>`` that it keeps or took out as its title, if any."""
    for i, block in enumerate(page.blocks):
        dom = block.dom
        if dom is None or dom.tag != "h1" or dom.hidden:
            continue
        verdict = page.verdicts[i]
        if verdict is None or verdict.label is Label.CONTENT or verdict.kind is Kind.METADATA:
            return i
    return None


class ClosingHeading(Rule):
    """On a product page (HTML), the headings the page still keeps after the last line it keeps that
    is no heading: the titles of the sections that close a shop's page ("Recently viewed", "More to
    explore", "Featured Products", "Shipping & Returns") whose cards, links or panels the other rules
    took out, or the script fills in later. A heading over nothing heads nothing the page keeps:
    kept, its words count as text the page does not have. Only ``<h2>`` to ``<h6>`` elements (the
    ``<h1>`` names the product), only at the end of what the page keeps, and as a final rule, once
    every rule that takes out a section's cards has spoken. Not on services, whose pitch may close on
    a slogan printed as a heading ("The world's APIs are built and shipped on Postman."), which the
    truths keep, nor on other kinds (not measured)."""

    id = "dom.closing-heading"
    kind = Kind.OTHER
    stage = Stage.CONTEXT

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.is_html or page.page_type is not PageType.PRODUCT:
            return
        kept = (Label.CONTENT, None)
        for i in range(len(page.blocks) - 1, -1, -1):
            if page.label(i) not in kept:
                continue
            dom = page.blocks[i].dom
            if dom is None or dom.tag not in _HEADING_TAGS:
                return
            yield i, self.verdict("a heading after the last line the page keeps")


RULES: list[Rule] = []
CONTEXT_RULES: list[Rule] = [
    Hidden(),
    Landmark(),
    Named(),
    CallToAction(),
    Signature(),
    ForumNotice(),
    Poster(),
    PostAuthor(),
    TopicList(),
    VoteCount(),
    LinkPreview(),
    Sources(),
    NestedArticles(),
    Caption(),
    Headline(),
    Form(),
    Reviews(),
    Consent(),
    Dialog(),
    OutsideMain(),
    QaComments(),
    InsideMain(),
]
LATE_CONTEXT_RULES: list[Rule] = [MainOverRun(), PrintedOnce()]
"""Run after the quality pass."""
FINAL_RULES: list[Rule] = [KeptTwice(), SectionCopy(), AboveHeadline(), ClosingHeading()]
"""Run after every other rule: they judge what the page kept."""
