"""The jusText-style passes: classify what no phrase rule claimed, keep lists a sentence
announces with a colon, settle doubtful blocks from their neighbours, keep the one main run
of article text, then drop the standfirst above the byline."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import accumulate, chain, pairwise
from unicodedata import normalize
from urllib.parse import unquote, urlsplit

import regex

from ..alternation import Pieces
from ..blocks import HEADING_LEVELS, Block, DomNode, Role
from ..dates import find_date
from ..models import Kind, PageType
from ..settings import Settings
from ..teasers import CURRENCY_CODES, ENGLISH_MONTH
from . import wordings as W
from .base import FOLD_TRAPS, Label, MetaValue, Page, Rule, Stage, Verdict
from .boilerplate import COPYRIGHT_MARK, RIGHTS_CLAUSE
from .dom import SOURCES_LABEL
from .related import HEADING_RULE, OFFER_PRICE


def _is_prose(block: Block, s: Settings) -> bool:
    if block.weight < s.min_prose_words:
        return False
    # Prose has sentences. A long line with no sentence end at all is a run of headlines,
    # a glued menu or a list; CJK text is exempt, where the weight is a guess anyway.
    return block.terminal or block.sentences >= 1 or (block.cjk and block.weight >= 2 * s.min_prose_words)


# How the precision / recall preset scales what boilerplate costs the main run (and how
# large a lead-in may be dropped): precision trims harder, recall keeps more.
_FAVOR_SCALE = {"precision": 1.6, "balanced": 1.0, "recall": 0.7}


_PRODUCT = frozenset((PageType.PRODUCT,))
"""The text-only product rules' kind (``Page.text_of_kind``)."""
_CARD_HEADING_TYPES = frozenset((PageType.PRODUCT, PageType.FORUM))
"""Kinds whose linked headings are other pages' cards: a shop's other products, a forum's other threads."""


_LINKED_CARD_WORDS = 10
"""Words a block inside a link needs, on a service page, to be a card's text rather than a menu entry."""


def _linked_card_text(block: Block, page: Page) -> bool:
    """On an HTML service page, a block of ``_LINKED_CARD_WORDS`` or more inside an ``<a>`` element:
    a card the page makes one link to the service it describes ("Providing cloud-based HR solutions
    for people tracking, employee services …", the towns a branch serves). A menu entry or a
    button is shorter; a linked heading is judged as a heading."""
    dom = block.dom
    return (
        dom is not None
        and page.page_type is PageType.SERVICE
        and block.weight >= _LINKED_CARD_WORDS
        and "a" in dom.ancestors
    )


def _section_heading(block: Block) -> bool:
    """An HTML heading element outside any list item: a list's linked headings are cards (an
    embedded "more stories" list, a shop's tiles), a section's heading stands on its own."""
    dom = block.dom
    return dom is not None and dom.tag in HEADING_LEVELS and "li" not in dom.ancestors


_INLINE_LINK_TAGS = frozenset(("p", "li"))
"""Elements a linked line may be the article's own in: a paragraph or a list entry."""
_LINKED_LINE_MAX_LINKS = 2
"""Links a paragraph may hold to be a linked line of the text ("Website: https://…", "From The Wall
Street Journal"), and some of its text must stand outside them (the label "Website:", "From"); a
paragraph of more links is a run of them, a menu glued into the text, and a paragraph that is one
link is a link to another story ("Read this other story"). A list entry has neither condition: an
entry naming one or several linked tools stands among plain entries."""


def _plain_beside(page: Page, i: int) -> bool:
    """Whether block ``i`` of an HTML page has a block on each side in document order that no
    rule has taken for furniture and that is not mostly links: read by its own features it will
    be content or doubtful, a plain paragraph, entry or subheading."""
    for j in (i - 1, i + 1):
        if j < 0 or j >= len(page.blocks):
            return False
        v, other = page.verdicts[j], page.blocks[j]
        if v is not None and v.label is not Label.CONTENT:
            return False
        if other.dom is None or other.link_density > page.settings.max_link_density:
            return False
    return True


def _linked_line_in_text(block: Block, page: Page, i: int) -> bool:
    """On an HTML page cleaned as an article, a paragraph or list entry that is mostly links,
    with a plain block right before and right after it: a source named inline ("From The Wall
    Street Journal" under each quotation), a contact line ("Website: https://…") between
    paragraphs, one entry of a list whose others are plain text. A menu or a run of links stands
    among other links or furniture, not between two plain blocks of the text."""
    dom = block.dom
    return (
        dom is not None
        and page.is_article
        and dom.tag in _INLINE_LINK_TAGS
        and (dom.tag != "p" or (len(dom.hrefs) <= _LINKED_LINE_MAX_LINKS and dom.link_chars < len(block.text)))
        and _plain_beside(page, i)
    )


class Classify(Rule):
    """Labels each unclaimed block by its own features: prose is content, link lists are
    navigation, everything else is doubtful ("Sign up today", "Chris Davies - Nov 19").

    In HTML a heading element that is all link is doubtful, not navigation: sections' headings
    link to their own anchor or to what they name ("Step 1 - Backing up your data", "3. Blue
    Moving"), and the neighbour pass keeps them between the page's paragraphs. Not inside a list
    item (an embedded list of other stories, a shop's tiles), nor on products and forums, where a
    linked heading is another product's or thread's card.

    On an HTML article a paragraph or list entry that is mostly links, with a plain block right
    before and right after it, is doubtful too, not navigation: "Website: https://…" between a
    resource's description and the next, "From The Wall Street Journal" under each quotation, the
    one linked entry of a list of tools ("Bottle brush"). A paragraph that is one link ("Read this
    other story") or holds more than two, and a run of links beside other links or beside a block
    a rule took for furniture, is still navigation."""

    id = "quality.classify"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        unique_prose = self._has_unique_prose(page)
        # A page with no prose at all may still be one short paragraph ("The council approved the
        # budget on Tuesday night."): its sentences are the article, not doubtful lines.
        no_prose = not unique_prose and not any(
            v is None and _is_prose(b, page.settings) for b, v in zip(page.blocks, page.verdicts, strict=True)
        )
        for i in range(len(page.blocks)):
            v = self._classify(page, i, unique_prose)
            if v is not None and no_prose and v.label is Label.DOUBTFUL and self._sentence(page.blocks[i], page):
                v = self.verdict("a sentence on a page without longer prose", label=Label.CONTENT)
            if v is not None:
                yield i, v

    @staticmethod
    def _sentence(block: Block, page: Page) -> bool:
        return (
            block.terminal
            and block.weight >= page.settings.short_block_words
            and block.capital_ratio < 0.8
            and block.link_density <= page.settings.max_link_density
        )

    def match(self, page: Page, i: int) -> Verdict | None:
        return self._classify(page, i, self._has_unique_prose(page))

    @staticmethod
    def _has_unique_prose(page: Page) -> bool:
        # Prose printed twice is judged by its neighbours only where the page has prose printed
        # once to be its neighbours; otherwise (a page of one repeated paragraph) it is the article.
        return any(
            v is None and b.repeats == 1 and _is_prose(b, page.settings)
            for b, v in zip(page.blocks, page.verdicts, strict=True)
        )

    def _classify(self, page: Page, i: int, unique_prose: bool) -> Verdict | None:
        if page.verdicts[i] is not None:
            return None
        block, s = page.blocks[i], page.settings
        if block.dom is not None and block.link_density > s.max_link_density:
            if _is_linked_data(block):
                # Names linked in one column, figures beside them: a table of data, not a menu.
                return self.shared_verdict("a table of data with linked names", label=Label.DOUBTFUL)
            if page.lists_items and block.weight >= s.item_title_words:
                # A linked title of several words on a listing is an item, not a menu entry.
                return self.shared_verdict("a linked item title", label=Label.DOUBTFUL)
            if _section_heading(block) and page.page_type not in _CARD_HEADING_TYPES:
                # A section's heading may link (to its own anchor, to the product or place it
                # names): between the page's paragraphs it is the page's.
                return self.shared_verdict("a linked heading", label=Label.DOUBTFUL)
            if _linked_line_in_text(block, page, i):
                # A linked line between two plain blocks of the text: its neighbours decide.
                return self.shared_verdict("a linked line between plain blocks", label=Label.DOUBTFUL)
            if _linked_card_text(block, page):
                # A service's card wholly inside one link: its text says what the service is.
                return self.shared_verdict("a service card inside a link", label=Label.CONTENT)
            return self.shared_verdict(f"{block.link_density:.0%} of the text is links", kind=Kind.NAVIGATION)
        if _is_prose(block, s):
            if block.repeats > 1 and unique_prose:
                # An article paragraph is printed once; prose printed twice is usually a caption or
                # teaser, but may be a paragraph quoted again: its neighbours decide.
                return self.shared_verdict(f"prose printed {block.repeats} times", label=Label.DOUBTFUL)
            return self.shared_verdict("reads as prose", label=Label.CONTENT)
        return self.shared_verdict(f"short ({block.weight} words)", label=Label.DOUBTFUL)


class ColonList(Rule):
    """Keeps the list a sentence announces with a colon: "Final standings after 36 races:"
    followed by its rows ("1 Kyle Busch 5040 5 1 17 27", ...). The rows are short lines
    that would otherwise be judged like a menu."""

    id = "quality.colon-list"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    min_intro_words = 5
    max_rows = 60

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        n = len(page.blocks)
        i = 0
        while i < n:
            block = page.blocks[i]
            if (
                block.text.endswith(":")
                and page.label(i) in (Label.CONTENT, Label.DOUBTFUL)
                and block.weight >= self.min_intro_words
            ):
                end = i + 1
                while end < n and end - i <= self.max_rows and page.label(end) is Label.DOUBTFUL:
                    end += 1
                if end - i >= 3:
                    yield i, self.verdict("a list announced with a colon", label=Label.CONTENT, through=end - 1)
                    i = end
                    continue
            i += 1


class Items(Rule):
    """Keeps the items of a listing or a catalogue: on a page read as a listing or collection,
    doubtful blocks printed in the same markup as several others (every card's linked title,
    "Soundcore Q20i Hybrid Active Noise Cancelling Headphones, Wireless Over-Ear") are its items,
    though no prose stands beside them.

    The type alone is not enough: the page itself must repeat the structure (``min_items`` blocks
    of one element path, most of them of ``item_title_words`` or more), so an article misread as a
    listing keeps its doubtful lines to be judged by their neighbours as before.
    """

    id = "quality.items"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    min_items = 4

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.lists_items:
            return
        groups: dict[tuple[str, tuple[str, ...]], list[int]] = {}
        for i, (block, v) in enumerate(zip(page.blocks, page.verdicts, strict=True)):
            if block.dom is not None and v is not None and v.label is Label.DOUBTFUL:
                groups.setdefault((block.dom.tag, block.dom.ancestors), []).append(i)
        words = page.settings.item_title_words
        for members in groups.values():
            titled = [i for i in members if page.blocks[i].weight >= words]
            if len(members) < self.min_items or 2 * len(titled) < len(members):
                continue
            reason = f"one of {len(members)} items printed in the same markup"
            for i in titled:
                yield i, self.verdict(reason, label=Label.CONTENT)


_SHOUTED_MIN_WORDS = 6
_GRID_MAX_LINK_DENSITY = 0.2
"""A table whose text is more links than this is a menu or a list of links laid out in cells."""
_DIALOG_TOKENS = frozenset(("role:dialog", "role:alertdialog", "modal", "modal-dialog", "popup"))
"""Names of a pop-up (``role="dialog"``, a ``modal`` class) around a table: not the page's own data."""


def _is_data_grid(block: Block) -> bool:
    """An HTML data table of at least two rows of two or more cells, mostly not links: a
    specification table ("Handle Material | Polymer Core"), a schedule, a price comparison. Its
    cells are short and end no sentence, so it reads as short text; its markup says it is data."""
    shape = block.shape
    if block.dom is None or shape is None or shape.role is not Role.TABLE:
        return False
    if block.dom.tokens & _DIALOG_TOKENS:
        return False  # a comparison or size chart in a pop-up: the page's furniture, judged as short text
    if block.link_density > _GRID_MAX_LINK_DENSITY:
        return _is_linked_data(block)
    return sum(1 for row in shape.rows if len(row) >= 2) >= 2


_LINKED_DATA_MIN_ROWS = 2


def _is_linked_data(block: Block) -> bool:
    """A table whose rows name things by links but also hold cells outside any link: companies
    linked to their sites beside their revenue ("Quanta Services Inc. | $7.7B"), stories beside
    their rank. At least ``_LINKED_DATA_MIN_ROWS`` rows of two cells or more hold such a cell.
    A menu or a list of links laid out in cells links every cell."""
    shape, dom = block.shape, block.dom
    if dom is None or shape is None or shape.role is not Role.TABLE:
        return False
    linked = frozenset(text for text, _ in dom.links if text)
    rows = 0
    for row in shape.rows:
        cells = [cell for cell in row if cell]
        if len(cells) >= 2 and not all(_opens_with_link(cell, linked) for cell in cells):
            rows += 1
            if rows >= _LINKED_DATA_MIN_ROWS:
                return True
    return False


_LINK_PREFIX_WORDS = 40
"""How many of a cell's first words :func:`_opens_with_link` tries as a link's text: a linked name
or title is shorter, and the bound keeps the cost linear in the table's text."""


def _opens_with_link(cell: str, linked: frozenset[str]) -> bool:
    """Whether the cell's text is, or opens with, the text of one of the table's links (a linked
    title followed by its source, "What happened … ( cnn.com )"). Read word by word through a set:
    the cost does not grow with the number of links."""
    if cell in linked:
        return True
    at = cell.find(" ")
    for _ in range(_LINK_PREFIX_WORDS):
        if at <= 0:
            break
        if cell[:at] in linked:
            return True
        at = cell.find(" ", at + 1)
    return False


def _over_content(page: Page, i: int) -> bool:
    """Whether block ``i`` stands right over a block the rules kept as content (a photo's credit
    between a section's heading and its first paragraph: "Firn | Getty Images")."""
    below = page.verdicts[i + 1] if i + 1 < len(page.blocks) else None
    return below is not None and below.label is Label.CONTENT


HEADING_REASON = "a heading over the prose under it"
"""The reason :class:`Neighbours` gives a short line it keeps as the heading of the paragraph under it."""


def _settle_between(page: Page, i: int, before: bool, after: bool) -> tuple[str, Label]:
    """How the neighbour pass settles the doubtful block ``i`` given whether the block before and
    the block after it are content: the reason and the label. :class:`Neighbours` decides each
    doubtful block so; :class:`BesideRestored` decides again so, once the learned scorer has given
    a neighbour back.

    A whole headline in capitals goes (a link to another story); a data table stays (but with the
    precision preset). Otherwise a short line stays between two content blocks; one content
    neighbour is enough with the recall preset, on HTML pages and text listings not cleaned as
    articles (balanced), and for a line that ends a sentence and is long enough (balanced).
    """
    block, favor = page.blocks[i], page.settings.favor
    if block.words >= _SHOUTED_MIN_WORDS and block.upper_ratio > 0.9 and not block.terminal:
        # A whole headline in capitals inside an article is a link to another story.
        return "a headline in capitals: a link to another story", Label.BOILERPLATE
    if favor != "precision" and _is_data_grid(block):
        return "a table of data", Label.CONTENT
    near_good = block.terminal and block.weight >= page.settings.short_block_words
    if not page.is_article and favor == "balanced" and (page.is_html or page.lists_items):
        # Other kinds of page are made of short pieces (a post's one line, an item's price, a
        # specification row, a feature's heading): one article neighbour is enough. Not on text
        # other than a listing's: without the markup that cut the furniture, the short line
        # beside a paragraph is as often a menu entry or a button as a piece of the page.
        favor = "recall"
    keep = (before and after) if favor != "recall" else (before or after)
    if favor == "balanced" and near_good and (before or after):
        keep = True
    if favor == "precision" and not near_good and block.weight < page.settings.short_block_words:
        keep = False
    if keep:
        return "between article paragraphs", Label.CONTENT
    return "short text away from the article", Label.BOILERPLATE


_INTERRUPTIONS = frozenset((Kind.CAPTION, Kind.RELATED))
"""The kinds of a removed line that interrupts a text article rather than ends it (a photo's caption or
credit, a "Read more: …" link, an excerpt cut with an ellipsis): :class:`Neighbours` looks past it."""


def _interrupts(v: Verdict) -> bool:
    """Whether a removed line of this verdict interrupts a text article's prose rather than ends it:
    one of the ``_INTERRUPTIONS`` kinds, or a photo's credit read as metadata ("Image credit: …").
    Not a date line or a byline, which open an item or an author's box (a post's, a card's or an
    event's title, a columnist's role follow them), nor the headline; not a "Subscribe" or "Sign up"
    call, whose form's fine print follows it; nor a "Related articles" heading, whose teasers follow it."""
    if v.label is not Label.BOILERPLATE or v.rule == HEADING_RULE:
        return False
    return v.kind in _INTERRUPTIONS or (v.kind is Kind.METADATA and "credit" in v.data)


class Neighbours(Rule):
    """Settles doubtful blocks from the nearest decided blocks either side: a short line between
    article paragraphs stays (a subheading), a short line beside boilerplate goes (a menu item).

    On HTML pages of other kinds than an article, and on text listings and collections, one
    article neighbour is enough to keep a short line; elsewhere it takes two.

    On a text product page a short line must also lie within ``product_reach`` blocks of a block
    that reads as prose on one side: a chain of short lines kept one by one from the description
    ("Rings" / "Necklaces" / … / "Designers" / "Abacus Row" …, "Sort by" / "Price, low to high")
    is the shop's menu, filters and other products, with no markup left to cut them. A price or a
    specification row right beside the description stays.

    On a text collection (balanced preset) a short line above the page's first content must lie within
    ``lead_reach`` blocks of it: one content neighbour keeps a short line there, so the chain reached
    from the category's intro up through the shop's whole menu ("Barbecue" / "Plancha" / … /
    "Charcoal grills" over "Our charcoal grills are built …"); the category's name right over the
    intro stays, and the cards after it chain from the intro as before. Not on listings, whose items
    may all stand above their first prose (a news front page, a link aggregator's list).

    On text (but with the precision preset) a photo's credit right over a paragraph the rules kept
    ("Firn | Getty Images" between a plant's heading and its description) is no neighbour: the short
    lines above it look past it to the paragraph, so a round-up's "Light: …" / "Water: …" lines
    between one item's prose and the next item's heading and picture stay. A credit over anything
    else ends them as before.

    A data table of an HTML page (two rows or more of two cells or more, few links; see
    :func:`_is_data_grid`) is kept whatever its neighbours, except with the precision preset: a
    table the markup rules left in the page is its data (a specification table under a "Specifications"
    button, a training schedule between headings), not a menu. On an article or a documentation
    page the main run still drops a table far from the article text.

    On a text service, documentation or product page a short line (at most ``heading_max_words``, printed
    once) right over a paragraph of prose (``heading_prose_words`` or more) is that paragraph's
    heading and stays whatever stands above it ("Course outcome", "Security and governance",
    "Quick Search"): a section opens under a row of buttons or links ("Learn more", "Sign up"),
    which the neighbour pass reads as boilerplate, so one article neighbour must do. A line printed
    more than once is a card's or a tab's title, and a teaser card's one-sentence summary is
    shorter than a section's opening paragraph.

    On a text article (but with the precision preset) one or two lines that a rule removed for what
    they say right after a paragraph — a photo's caption or credit, a "Read more: …" link, an
    excerpt cut with an ellipsis (:func:`_interrupts`) — interrupt the text rather than end it: a
    doubtful line right between them and a kept paragraph looks past them to the paragraph above.
    So a section's heading under a photo's credit ("Source: G2" / "Steps to Utilize Serverless
    Architecture" / its prose) or under a writer's pause ("… the next skill every embedded beginner
    needs to build…" / "3. Learn to Read Datasheets" / its prose) stays. A run of short lines there
    (a card's name, type, address and link), a line after a date line or a byline (an item's or an
    author box's fields follow those), after a "Sign up" call (its form's fine print), after a
    "Related articles" heading (its teasers) or after a menu's, footer's or promotion's line are
    settled as before.
    """

    id = "quality.neighbours"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    product_reach = 3
    lead_reach = 2
    heading_types = frozenset((PageType.SERVICE, PageType.DOCUMENTATION, PageType.PRODUCT))
    heading_max_words = 12
    heading_prose_words = 25
    interruption_reach = 2

    def _heads_prose(self, page: Page, i: int) -> bool:
        """Whether the doubtful block ``i`` is a section's heading: a short line printed once, right
        over a block the rules kept that reads as prose of ``heading_prose_words`` or more."""
        if i + 1 >= len(page.blocks):
            return False
        block, below, v = page.blocks[i], page.blocks[i + 1], page.verdicts[i + 1]
        return (
            block.weight <= self.heading_max_words
            and block.repeats == 1
            and v is not None
            and v.label is Label.CONTENT
            and below.weight >= self.heading_prose_words
            and _is_prose(below, page.settings)
        )

    def _leads(self, page: Page) -> bool:
        """Whether the short lines above the page's first content must lie within ``lead_reach`` of it:
        on a text page cleaned as a collection with the balanced preset, where one content neighbour
        keeps a short line (the recall preset asks for everything near the page's text)."""
        return page.page_type is PageType.COLLECTION and not page.is_html and page.settings.favor == "balanced"

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        # One pass each way instead of a search per block: the nearest decided label to the
        # right is fixed in advance; to the left it is the previous block, settled just before.
        n, verdicts = len(page.blocks), page.verdicts
        # On a text product page a short line must stand near the prose itself, not only at the end
        # of a chain of short lines leading to it: that chain is the shop's menu, filters and cards.
        reach = self.product_reach if page.page_type is PageType.PRODUCT and not page.is_html else 0
        # On a text collection one article neighbour keeps a short line, so a chain of them runs from
        # the category's intro up through the shop's whole menu: above the page's first content only
        # the lines right over it (the category's name) may lean on it.
        lead = self.lead_reach if self._leads(page) else 0
        to_right = [n] * n  # blocks from each block to the nearest content block after it
        far = n
        for j in range(n - 1, -1, -1) if reach or lead else ():
            to_right[j] = far
            v = verdicts[j]
            far = 1 if v is not None and v.label is Label.CONTENT else far + 1
        to_left = n  # blocks back to the nearest content block before it
        opened = False  # whether a content block came before this one
        # On a forum or a listing each post or item carries its own date line: a title and its
        # summary are neighbours across it.
        see_through = _itemised(page)
        # On text a photo's credit right over a kept paragraph sits between the section's heading and
        # its prose: the lines above it look past it to the paragraph.
        captions = not page.is_html and page.settings.favor != "precision"
        right: list[Label | None] = [None] * n
        nearest: Label | None = None
        for j in range(n - 1, -1, -1):
            right[j] = nearest
            v = verdicts[j]
            label = v.label if v is not None else None
            if v is None:
                nearest = None
            elif not (
                label is Label.DOUBTFUL
                or (see_through and v.kind is Kind.METADATA)
                or (captions and v.kind is Kind.CAPTION and _over_content(page, j))
            ):
                nearest = label
        # On a text service, documentation or product page a section's heading needs only the prose under it.
        heads_prose = not page.is_html and page.page_type in self.heading_types and page.settings.favor != "precision"
        doubtful = Label.DOUBTFUL
        # On a text article a credit, a "Read more:" link or a cut excerpt removed right after a
        # paragraph interrupts the text: a line between it and the next paragraph looks past it.
        interrupt = (
            self.interruption_reach
            if page.is_article and not page.is_html and page.settings.favor != "precision"
            else 0
        )
        passed = 0  # interruptions since the last other block settled
        behind: Label | None = None  # the label of the last block before them
        last: Label | None = None  # the label of the last block before this one, as settled
        for i in range(n):
            v = verdicts[i]  # read live: the block before was settled just now
            to_left += 1
            if v is None or v.label is not doubtful:
                if v is not None and v.label is Label.CONTENT:
                    to_left, opened = 0, True
                if not (see_through and v is not None and v.kind is Kind.METADATA):
                    if interrupt and v is not None and _interrupts(v):
                        behind, passed = (last, 1) if not passed else (behind, passed + 1)
                    else:
                        passed = 0
                    last = v.label if v is not None else None
                continue
            if reach and min(to_left, to_right[i]) > reach:
                yield i, self.verdict(f"short text more than {reach} blocks from the product's prose")
                last, passed = Label.BOILERPLATE, 0
                continue
            if lead and not opened and to_right[i] > lead:
                yield i, self.verdict(f"short text more than {lead} blocks above the page's first content")
                last, passed = Label.BOILERPLATE, 0
                continue
            if heads_prose and self._heads_prose(page, i):
                yield i, self.shared_verdict(HEADING_REASON, label=Label.CONTENT)
                last, passed = Label.CONTENT, 0
                continue
            before = last is Label.CONTENT or (
                0 < passed <= interrupt and behind is Label.CONTENT and _over_content(page, i)
            )
            reason, label = _settle_between(page, i, before, right[i] is Label.CONTENT)
            yield i, self.shared_verdict(reason, label=label)
            settled = verdicts[i]
            last, passed = (settled.label if settled is not None else None), 0


_POST_NUMBER = regex.compile(r"#\d{1,6}(?:\s?[·|•-]\s?.{0,40})?$")
"""A post's number alone on its line, or before its date ("#2", "#3 · Jan 3, 2024")."""


_GREETING = regex.compile(W.alternation(W.GREETINGS, bounded=True), regex.IGNORECASE)
"""A greeting opening a line ("Hi @ann", "Hey again!", "Hello!"): a post's first line, not a poster's name."""


class PostBody(Rule):
    """Keeps the short lines of forum posts read as text. On a thread, what stands between a post's
    date line ("Jan 11, 2024", "2 days ago") and its action line ("Reply", "Reply Quote Like") is
    the post, however short ("Polaroid, baby, Polaroid.", "Next stop Paris!"); beside the forum
    software's user names, ranks and reaction lines such a line has no prose for a neighbour, and the
    neighbour pass removed it. Where the posts print no action line but each opens with its number
    ("#2", "#3 · Jan 3, 2024"), the lines after the number are the post, up to the first line of
    fewer than ``numbered_min_words`` words (the next poster's name; a short line that opens with a
    greeting, "Hi @ann", "Hey again!", is the post's first line instead) or boilerplate. Where they print
    neither, a post whose text follows its date line ("Post by ann » 11. Sep 2024, 18:36" / "You can
    download the release here." / "Top") is read the same way from its date line, when that text holds
    a sentence (a date line under a post, before the poster's card, opens none).

    Text input only, pages cleaned as a forum only (on an article a post is a comment), and only
    where the page prints at least ``min_posts`` posts so marked, each of at most
    ``max_post_blocks`` blocks; only doubtful lines of ``min_words`` words or more (a lone "0" is a
    vote count). The main run reads the same posts (:meth:`posts`): the poster's lines between two
    of them cost it nothing.
    """

    id = "quality.post-body"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    headers = ("metadata.dateline", "metadata.age")
    """A post's date line opens it."""
    enders = ("comments.actions",)
    """Its action links close it."""
    max_post_blocks = 40
    min_posts = 2
    min_words = 2
    numbered_min_words = 3
    poster_blocks = 12

    def _acted(self, page: Page) -> list[tuple[int, int]]:
        """(date line, action line) of each post: the nearest date line before each action line."""
        spans: list[tuple[int, int]] = []
        start = -1
        for i, v in enumerate(page.verdicts):
            if v is None:
                continue
            if v.rule in self.headers:
                start = i
            elif v.rule in self.enders and start >= 0:
                if i - start <= self.max_post_blocks:
                    spans.append((start, i))
                start = -1
        return spans

    def _text_end(self, page: Page, i: int) -> int:
        """The first block after the text that follows opening line ``i``: a doubtful line of fewer
        than ``numbered_min_words`` words (the next poster's name) or boilerplate. A short line that
        opens with a greeting ("Hi @ann", "Hey again!") is a post's first line, not a name."""
        j, n = i + 1, len(page.blocks)
        while j < n and j - i <= self.max_post_blocks:
            label = page.label(j)
            block = page.blocks[j]
            if label is Label.DOUBTFUL and block.words < self.numbered_min_words and not _GREETING.match(block.text):
                break
            if label is not Label.DOUBTFUL and label is not Label.CONTENT:
                break
            j += 1
        return j

    def _numbered(self, page: Page) -> list[tuple[int, int]]:
        """(post number, first block after its text) of each post that opens with its number."""
        return [(i, self._text_end(page, i)) for i, block in enumerate(page.blocks) if _POST_NUMBER.match(block.text)]

    def _dated(self, page: Page) -> list[tuple[int, int]]:
        """(date line, first block after its text) of each post whose text follows its date line
        ("Post by ann » 11. Sep 2024, 18:36", "Posted March 5, 2024", "bob Apr 26, 2024, 7:23am 2").
        The text must hold a sentence: a date line followed only by the poster's card ("answered
        Feb 21, 2020" / "Vivian De Smedt" / "1,136 bronze badges") closes a post rather than opens
        one."""
        spans: list[tuple[int, int]] = []
        for i, v in enumerate(page.verdicts):
            if v is None or v.rule not in self.headers:
                continue
            end = self._text_end(page, i)
            if any(self._sentence(page.blocks[j]) for j in range(i + 1, end)):
                spans.append((i, end))
        return spans

    def _sentence(self, block: Block) -> bool:
        return block.terminal and block.words >= self.numbered_min_words

    def posts(self, page: Page) -> list[tuple[int, int]]:
        """Each post's opening line and the block that ends it (both outside its text), in order;
        empty when the page is not a thread read as text or marks fewer than ``min_posts`` posts."""
        if not page.is_thread or page.is_html:
            return []
        spans = self._acted(page)
        if len(spans) < self.min_posts:
            spans = self._numbered(page)
        if len(spans) < self.min_posts:
            spans = self._dated(page)
        return spans if len(spans) >= self.min_posts else []

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        posts = self.posts(page)
        for first, last in posts:
            for j in range(first + 1, last):
                if page.label(j) is Label.DOUBTFUL and page.blocks[j].words >= self.min_words:
                    yield (
                        j,
                        self.shared_verdict("a post's text, between its opening line and its end", label=Label.CONTENT),
                    )
        for between in self.between(posts):
            for j in between:
                if page.label(j) is Label.DOUBTFUL:
                    yield j, self.shared_verdict("the poster's lines between two posts")

    def between(self, posts: list[tuple[int, int]]) -> Iterator[range]:
        """The blocks from each post's end to the next post's opening line (the poster's name, rank,
        join date and post count), where they are at most ``poster_blocks`` blocks."""
        for (_, end), (start, _) in pairwise(posts):
            if start - end <= self.poster_blocks:
                yield range(end, start + 1)


_POST_BODY = PostBody()


_POSTER_COUNT = r"(?:\d{1,3}(?:[,.\u00a0\u202f]\d{3})+|\d{1,3}(?:[.,]\d)?\s?[km])"
_POSTER_LABEL = W.alternation(W.POSTER_STATS, bounded=True)
_POSTER_STAT = regex.compile(
    rf"{_POSTER_COUNT}|{_POSTER_LABEL}\s?:?(?:\s?\d[\d,.]{{0,9}}k?)?|\d[\d,.]{{0,9}}k?\s{_POSTER_LABEL}",
    regex.IGNORECASE,
)
"""A poster's count or the label of one, alone on its line: "12,094", "10.2k", "Posts: 1725", "Joined",
"Reaction score", "7,537 posts"."""

_POSTER_SINCE = regex.compile(
    rf"(?:\d[\d,.]{{0,9}}k?\s{_POSTER_LABEL}\s?[·|•]\s?)?{_POSTER_LABEL}\s?:?\s?"
    r"(?:[^\W\d_]{3,9}\.?\s(?:\d{1,2},?\s)?|\d{1,2}\.?\s[^\W\d_]{3,9}\.?\s|\d{1,2}[./-]\d{1,2}[./-]|\d{1,2}[./-]?\s?)?"
    r"(?:19|20)\d\d",
    regex.IGNORECASE,
)
"""A poster's join date alone on its line, after a count or not: "Joined: Aug 2006", "1,316 posts · Joined 2013",
"Registriert: 12.03.2019"."""

_POSTER_RANK = regex.compile(
    rf"(?:[^\W\d_][\w-]{{0,20}}\s){{0,2}}{W.alternation(W.POSTER_RANKS, bounded=True)}"
    r"|(?:thread\s?starter|themenstarter|topicstarter)\s[\w.-]{1,30}",
    regex.IGNORECASE,
)
"""A poster's rank or role alone on its line ("Senior Member", "Neues Mitglied", "Moderator", "Original poster",
"Thread starter slow-poke"): :data:`wordings.POSTER_RANKS`."""

_POSTER_STATUS = regex.compile(
    rf"(?:[^\W\d_]{{1,2}}\s)?{W.alternation(W.POSTER_STATUS, bounded=True)}|{W.alternation(W.POST_TOP_LINKS, bounded=True)}",
    regex.IGNORECASE,
)
"""A poster's online status alone on its line, after the avatar's initial or not ("Offline", "J Offline"), or the
link back to the page's top under a post ("Top"): :data:`wordings.POSTER_STATUS`, :data:`wordings.POST_TOP_LINKS`."""

_POST_NUMBER_ALONE = regex.compile(r"#\d{1,6}")
"""A post's number alone on its line ("#8"), printed over or under the poster's name or date."""


_TEXT_OPEN = (Label.DOUBTFUL,)
_HTML_OPEN = (Label.DOUBTFUL, Label.CONTENT)
"""The labels of the blocks :class:`PosterStats` reads: a text line still doubtful; an HTML block not removed."""


class PosterStats(Rule):
    """Removes the poster's counts a forum prints beside every post, read as text: a message count,
    reaction score or points alone on its line ("12,094", "10.2k", "Posts: 1725", "7,537 posts") and
    the labels of such details ("Messages", "Reaction score", "Joined", "Location"), the post's
    number alone on its line ("#8", over or under its date), the poster's rank, join date and online
    status ("Senior Member", "Joined: Aug 2006", "J Offline") and the link back to the page's top under
    each post ("Top"). A count of four figures or more is
    written with a thousands separator or a "k"; a post's own short lines (a version, a year, a vote
    count) are not, and a bare small number stays. Between two posts the neighbour pass kept these
    lines; on wcxb-dev's fold-0 forums none is in the truth (a truth that numbers its posts prints the
    number in a line of its own words, "Project Bidding is likely #2.").

    Pages cleaned as a forum only (an article's figures may stand alone on a line, as a table's
    cells). Text lines are read while still doubtful (a post's own lines are kept by then). HTML
    blocks are read whether doubtful or kept so far: a board prints these details as elements of
    their own beside each post (FluxBB's "Posts: 710" and "Offline", XenForo's "Thread starter …"
    badge, a Mumsnet "Original poster" label), which the DOM rules keep with the posts around them;
    a post's own text is a block of its own words, not one of these lines. Read as metadata, like
    a post's date line: the posts on either side stay neighbours across them.
    """

    id = "quality.poster-stats"
    kind = Kind.METADATA
    stage = Stage.CONTEXT
    max_words = 4
    max_detail_words = 6
    """A post's number, a join date or a rank: "1,316 posts · Joined 2013" is five words."""
    min_status_repeats = 2
    """A poster's status and a top link are printed under every post: a line printed once ("Online", "Top")
    may be a heading of the page's own."""

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.is_thread:
            return
        open_labels = _HTML_OPEN if page.is_html else _TEXT_OPEN
        labels = page.labels()
        for j, block in enumerate(page.blocks):
            if (
                labels[j] in open_labels
                and block.words <= self.max_words
                and _POSTER_STAT.fullmatch(block.text.strip())
            ):
                yield j, self.shared_verdict("a poster's count beside a post")
            elif labels[j] in open_labels and block.words <= self.max_detail_words:
                line = block.text.strip()
                if _POST_NUMBER_ALONE.fullmatch(line):
                    yield j, self.shared_verdict("a post's number beside a post")
                elif _POSTER_SINCE.fullmatch(line):
                    yield j, self.shared_verdict("a poster's join date beside a post")
                elif _POSTER_RANK.fullmatch(line):
                    yield j, self.shared_verdict("a poster's rank beside a post")
                elif block.repeats >= self.min_status_repeats and _POSTER_STATUS.fullmatch(line):
                    yield j, self.shared_verdict("a poster's status or a post's top link beside a post")


def _kept_weight(page: Page) -> int:
    """The words (``Block.weight``) of every block the page keeps so far."""
    return sum(
        b.weight for b, v in zip(page.blocks, page.verdicts, strict=True) if v is not None and v.label is Label.CONTENT
    )


def _kept_weights(page: Page) -> list[int]:
    """Each block's words (``Block.weight``) if the page keeps it so far, else 0: what the rules that
    weigh the text above a cut against the text below it sum."""
    return [b.weight if label is Label.CONTENT else 0 for b, label in zip(page.blocks, page.labels(), strict=True)]


def _cut_kept(
    weights: list[int], start: int, verdict: Verdict, stop: int | None = None
) -> Iterator[tuple[int, Verdict]]:
    """``verdict`` for each block from ``start`` up to ``stop`` (the page's end when ``None``) that the page
    still keeps (``weights``: :func:`_kept_weights`): the tail a break ends the page's text at."""
    for j in range(start, len(weights) if stop is None else stop):
        if weights[j]:
            yield j, verdict


class ItemRun(Rule):
    """Keeps a run of item titles read as text: a page's own list (a category's recipes, a
    catalogue's entries, "Compilers by programming language (12 C, 1 P)") prints many lines of one
    shape in a row, each a few words that end no sentence, right beside the page's prose. With no
    prose on either side of most of them, the neighbour pass removed them with the menus.

    A run counts when it holds ``min_items`` doubtful lines or more in a row, at least
    ``min_title_share`` of them of ``min_words`` to ``max_words`` words ending no sentence (a menu's
    entries are one to three words), at least ``min_distinct`` of those different from each other (a
    list names most items once; a menu printed over and over repeats its few entries), it starts or
    ends beside a kept block that ends a sentence (the page's intro; a headline kept as prose ends
    none), and its words outweigh the prose the page kept (``min_share``): on an article the story
    outweighs a list of other headlines under it. The page type is not read (text listings are typed
    right a third of the time). Text input only.
    """

    id = "quality.item-run"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    min_items = 6
    min_words = 4
    max_words = 20
    min_title_share = 0.6
    min_distinct = 0.5
    min_share = 1.0

    def _title(self, block: Block) -> bool:
        return self.min_words <= block.weight <= self.max_words and not block.terminal

    @staticmethod
    def _intro(page: Page, i: int) -> bool:
        # The page's own text beside its list ends like a sentence; a headline kept as prose
        # ("Why do some couples have similar drinking habits? It could be genetic") does not.
        return page.label(i) is Label.CONTENT and page.blocks[i].terminal

    def _runs(self, page: Page) -> Iterator[tuple[int, int]]:
        # Read once: the caller's verdicts, yielded between runs, judge only the blocks of a run
        # already passed (each run ends before a block not doubtful, where the next one is sought).
        labels = page.labels()
        n, i = len(labels), 0
        while i < n:
            if labels[i] is not Label.DOUBTFUL:
                i += 1
                continue
            end = i
            while end < n and labels[end] is Label.DOUBTFUL:
                end += 1
            yield i, end
            i = end

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html:
            return
        n = len(page.blocks)
        kept = _kept_weight(page)
        for start, end in self._runs(page):
            if end - start < self.min_items:
                continue
            titles = [j for j in range(start, end) if self._title(page.blocks[j])]
            if len(titles) < self.min_title_share * (end - start):
                continue
            if len({page.blocks[j].text for j in titles}) < self.min_distinct * len(titles):
                continue
            beside = (start > 0 and self._intro(page, start - 1)) or (end < n and self._intro(page, end))
            words = sum(page.blocks[j].weight for j in titles)
            if not beside or words < self.min_share * kept:
                continue
            reason = f"one of {len(titles)} item titles in a row"
            for j in titles:
                yield j, self.shared_verdict(reason, label=Label.CONTENT)


_SPEC_ROW = regex.compile(
    r"([^\W\d_][^\t:：\n]{0,39}?)[\s\u200e\u200f]{0,4}(?:\t|[:：])[\s\u200e\u200f]{0,4}[^\s\u200e\u200f]"
)
"""A specification row's opening: a label of at most 40 characters that opens with a letter (the group), then a
tab or a colon and a value ("Width: 30 1/8 \"", "Marque<tab>Martinsen", "Publisher : Avery"); tried at the
line's start only."""


class SpecRows(Rule):
    """Keeps a product's specification table read as text: innerText prints each row of it as its
    label and value on one line, apart by a tab or a colon ("Width: 30 1/8 \"" / "Depth: 15 3/8 \"" /
    "Height: 57 5/8 \"", "Marque<tab>Martinsen" / "Matière<tab>Inox", "Publisher : Avery" / "Language :
    English"). Each row is short and ends no sentence, and the table stands apart from the description
    under its own heading, so the neighbour pass took the rows for a menu. A menu's entries name no
    value, and a basket's summary prints prices ("Total<tab>EUR 27.43"): a run of ``min_rows`` rows or
    more in a row, none with a price, is the product's data.

    Text input only, on a page cleaned or reported as a product (``Page.reported_type``); only lines
    of at most ``max_words`` words with a label of at most ``max_label_words`` words, and only doubtful
    ones (a row a phrase rule removed stays removed, and still counts in the run)."""

    id = "quality.spec-rows"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    min_rows = 4
    max_words = 16
    max_label_words = 5
    examples = ('Width: 30 1/8 "', "Marque\tMartinsen", "Publisher : Avery", "Bit Metal\tS2 Steel")
    counter_examples = ("Total\tEUR 27.43", "List: $17.50", "Men", "https://example.com/a", "Read more about it")

    def row(self, line: str) -> bool:
        """Whether the line reads as one specification row: a short label, a tab or colon, a value, no price."""
        found = _SPEC_ROW.match(line)
        if found is None or len(line.split()) > self.max_words:
            return False
        label = found.group(1)
        if len(label.split()) > self.max_label_words or label.lower().startswith(("http", "www")):
            return False
        return OFFER_PRICE.search(line) is None and _CURRENCY_CODES.search(line) is None

    def rows(self, block: Block) -> int:
        """How many specification rows the block holds: its lines (innerText prints a table's rows as one
        block of lines) when every one of them is a row, otherwise none."""
        lines = [line.strip() for line in block.raw.splitlines() if line.strip()]
        return len(lines) if lines and all(self.row(line) for line in lines) else 0

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.text_of_kind(_PRODUCT):
            return
        n, i = len(page.blocks), 0
        while i < n:
            end, rows = i, 0
            while end < n and (found := self.rows(page.blocks[end])):
                end, rows = end + 1, rows + found
            if rows >= self.min_rows:
                reason = f"one of {rows} specification rows in a row"
                for j in range(i, end):
                    if page.label(j) is Label.DOUBTFUL:
                        yield j, self.shared_verdict(reason, label=Label.CONTENT)
            i = max(end, i + 1)


class Thread(Rule):
    """Removes a comment thread after the article: posts that each open with a header (a name
    with a date or age, "Jane on May 2, 2019 at 4:47 pm said:", "2 days ago") and may close with
    "Reply", however long their text.

    A thread is at least ``list_min_items`` such markers, each within ``thread_max_gap`` blocks of
    the next, with a comments widget, heading or action among them or just before them, and
    article prose before it. From its first marker to the end of the last post, what reads as
    prose is a comment. (The main-run pass alone keeps a thread whose comments are long.)
    """

    id = "comments.thread"
    kind = Kind.COMMENTS
    stage = Stage.CONTEXT
    markers = ("metadata.age", "metadata.dateline", "metadata.byline", "comments.header")
    """Post headers. (Actions such as "Reply" or "Report" also follow embedded posts in an article.)"""
    lead = 8
    """How far before the first header the thread's comments heading may stand (across boilerplate only)."""
    join = 3
    """A run of headers this many gaps after a thread continues it."""
    within = (Kind.LOW_CONTENT, Kind.METADATA, Kind.COMMENTS)
    """Kinds of boilerplate a post may hold ("Hi Milan," read as a title, "Reply")."""

    def _clusters(self, page: Page) -> list[list[int]]:
        """Runs of post headers, each within ``thread_max_gap`` blocks of the next."""
        gap = page.settings.thread_max_gap
        clusters: list[list[int]] = []
        for i, v in enumerate(page.verdicts):
            if v is not None and v.rule in self.markers:
                if clusters and i - clusters[-1][-1] <= gap:
                    clusters[-1].append(i)
                else:
                    clusters.append([i])
        return clusters

    def _start(self, page: Page, marks: list[int]) -> int | None:
        """The first header at or after the thread's first comments widget, heading or action:
        headers before it (the article's own byline and date) are not posts."""
        # Back from the first header across the furniture above it (avatars, "Top comments",
        # sort controls), never across article text.
        first = marks[0]
        while first > 0 and marks[0] - first < self.lead and page.label(first - 1) is not Label.CONTENT:
            first -= 1
        for i in range(first, marks[-1] + 1):
            if page.kind(i) is Kind.COMMENTS:
                return next(m for m in marks if m >= i)
        return None

    def _threads(self, page: Page) -> list[tuple[int, int]]:
        """(first header, last header) of each thread."""
        s = page.settings
        threads: list[tuple[int, int]] = []
        for marks in self._clusters(page):
            if threads and marks[0] - threads[-1][1] <= self.join * s.thread_max_gap:
                # One long post (a list, a quote) split the thread: this run continues it.
                threads[-1] = (threads[-1][0], marks[-1])
                continue
            start = self._start(page, marks)
            posts = [m for m in marks if start is not None and m >= start]
            if len(posts) >= s.list_min_items:
                threads.append((posts[0], posts[-1]))
        return threads

    def _ends(self, page: Page, i: int) -> bool:
        """Whether block ``i`` ends the last post: boilerplate of a named kind (a footer, a share bar)."""
        v = page.verdicts[i]
        return v is not None and v.label is Label.BOILERPLATE and v.kind not in self.within

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_thread:
            return  # on a forum the thread is the content
        s, n = page.settings, len(page.blocks)
        for first, last in self._threads(page):
            if not any(page.label(i) is Label.CONTENT and _is_prose(page.blocks[i], s) for i in range(first)):
                continue  # nothing before it to be the article: the page is the thread
            end = last + 1  # the last post's text
            while end < n and end - last <= s.thread_max_gap and not self._ends(page, end):
                end += 1
            for i in range(first, end):
                if page.label(i) is Label.CONTENT:
                    yield i, self.verdict("a post in a comment thread")


# Headings that open a new section of the page (comments, related articles): the article
# runs on past one only when much more article text follows.
_SECTION_BREAK_RULES = ("related.heading", "comments.", "author.", "newsletter.", "tags.", "footer.")


def _itemised(page: Page) -> bool:
    return page.is_thread or page.lists_items


def best_span(scores: Iterable[float]) -> tuple[int, int] | None:
    """The span of consecutive blocks with the highest sum of scores (first and last index), or
    None when no score is positive: the main run of text, blocks between paying their cost."""
    best, span, run, start = 0.0, None, 0.0, 0
    for i, score in enumerate(scores):
        if run <= 0:
            run, start = 0.0, i
        run += score
        if run > best:
            best, span = run, (start, i)
    return span


_REVIEW_MARK = regex.compile(W.alternation(W.REVIEW_MARKS), regex.IGNORECASE)
_REVIEW_VOTE = regex.compile(W.alternation(W.REVIEW_VOTES), regex.IGNORECASE)


def _kept_run(page: Page, start: int, step: int, reach: int) -> list[int]:
    """The kept blocks met first from ``start`` going ``step`` (1 or -1), past at most ``reach`` others."""
    out: list[int] = []
    j, n = start + step, len(page.blocks)
    while 0 <= j < n and abs(j - start) <= reach and page.label(j) is not Label.CONTENT:
        j += step
    while 0 <= j < n and page.label(j) is Label.CONTENT:
        out.append(j)
        j += step
    return out


def _review_bodies(page: Page, reach: int, max_words: int) -> set[int]:
    """The kept blocks that are shoppers' reviews: the kept run after a review's mark ("Verified Buyer"),
    and the one before its vote ("12 people found this helpful"), each past at most ``reach`` other blocks
    (the reviewer's name, stars, date and title). A mark or vote is a line of at most ``max_words``."""
    out: set[int] = set()
    for i, block in enumerate(page.blocks):
        if block.words > max_words:
            continue
        if _REVIEW_MARK.search(block.text):
            out.update(_kept_run(page, i, 1, reach))
        elif _REVIEW_VOTE.search(block.text):
            out.update(_kept_run(page, i, -1, reach))
    return out


_COPYRIGHT = regex.compile(f"{COPYRIGHT_MARK}|{RIGHTS_CLAUSE}", regex.IGNORECASE)
"""A copyright notice, as ``footer.legal`` reads one ("© 2025 Example Shoes, Inc. All Rights Reserved",
"Copyright 1995 - 2025. …", "Tous droits réservés")."""
_RESERVED = regex.compile(rf"\ball rights reserved\b|{RIGHTS_CLAUSE}", regex.IGNORECASE)
"""The rights clause of a footer's copyright notice ("All rights reserved", "Alle Rechte vorbehalten")."""


class PastCopyright(Rule):
    """Ends a text page at its closing copyright line: what the page still keeps after the last
    copyright notice ``footer.legal`` removed is what the browser printed after the footer — dialogs,
    drawers and pop-ups that ``innerText`` appends at the body's end, and legal small print.

    In HTML these are ``<dialog>`` elements, hidden modals and ``aria-hidden`` drawers that the markup
    rules cut; innerText prints each as lines of its own after the footer: a shop's "Refund policy" /
    "Close" / the whole returns, privacy and terms text (thousands of words, which then outweigh the
    product's description in the main run); a maker's feature pop-ups ("Extreme performance by
    design." …) after "Copyright © 2026 … All rights reserved." and its legal links; a nutrition
    shop's, an insurer's and an identity-protection firm's footnotes ("*Based on a survey of 3,019 …",
    "ΔAverage savings based on …"); a "Help Us Keep … Free" box, a sign-up dialog ("Ready to dive
    deeper?" / "Sign up free for deeper insights …"), a documentation site's closing credit.

    Only the page's last copyright notice counts, and only a footer's: one that reserves the rights
    ("All rights reserved") or stands within ``footer_reach`` blocks of a legal link ``footer.legal``
    removed ("Privacy Policy"); a photo's credit inside an article ("Photo https://… ©Example Robotics
    2025") is neither. And only when the page keeps at least ``min_before`` words above the notice: a
    page whose innerText prints its footer first and its article after ("© Example Science Pty Ltd.
    All rights reserved." / the headline / the date / the story) keeps next to nothing above it. Run
    before ``quality.main-run``, so the run is chosen among the text above the footer. Text input only
    (every kind of page).
    """

    id = "footer.past-copyright"
    kind = Kind.FOOTER
    stage = Stage.CONTEXT
    notice_rule = "footer.legal"
    min_before = 50
    """Words the page must keep above its closing copyright line (its body is above the footer)."""
    footer_reach = 6
    """A footer's legal links stand this many blocks or fewer from its copyright notice."""
    examples = (
        "© 2025 Example Shoes, Inc. All Rights Reserved / Refund policy / Close / Gift with confidence; …",
        "Copyright © 2026 Example Inc. All rights reserved. / Privacy Policy / Extreme performance by design.",
    )
    counter_examples = (
        "© Example Science Pty Ltd. All rights reserved. / NASA Confirms … / 18 NOV 2019 / A team led by …",
        "Photo https://example.com/media/photos ©Example Robotics 2025 / the article going on below it",
    )

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html:
            return
        notice = next(
            (
                i
                for i in range(len(page.blocks) - 1, -1, -1)
                if (v := page.verdicts[i]) is not None
                and v.rule == self.notice_rule
                and _COPYRIGHT.search(page.blocks[i].text)
            ),
            None,
        )
        if notice is None or not self._in_footer(page, notice):
            return
        weights = _kept_weights(page)
        if sum(weights[:notice]) < self.min_before:
            return
        yield from _cut_kept(weights, notice + 1, self.shared_verdict("kept after the page's closing copyright line"))

    def _in_footer(self, page: Page, notice: int) -> bool:
        """Whether the copyright notice ``notice`` is a footer's, not a photo's credit ("Photo … ©Example
        Robotics 2025"): it reserves the rights ("All rights reserved"), or a legal link the footer rule
        removed ("Privacy Policy", "Terms of Use") stands within ``footer_reach`` blocks of it."""
        if _RESERVED.search(page.blocks[notice].text):
            return True
        lo, hi = max(0, notice - self.footer_reach), min(len(page.blocks), notice + self.footer_reach + 1)
        return any(
            (v := page.verdicts[j]) is not None
            and v.rule == self.notice_rule
            and not _COPYRIGHT.search(page.blocks[j].text)
            for j in range(lo, hi)
        )


class MainRun(Rule):
    """Keeps the one main run of article text: content blocks far from it, across long
    stretches of boilerplate (a comment thread, a footer blurb), are removed.

    The run is the span of blocks with the largest score: content counts its words,
    boilerplate costs its words (capped) plus a fixed amount. Within one gap only the
    first few boilerplate blocks cost in full, so a long box inside an article costs
    little more than a short one, while lists whose items each sit between their own
    byline and date (teasers, comment threads) pay for every gap.

    On a text page cleaned or reported as a product (``Page.reported_type``), a shopper's
    review weighs nothing in the run's score: the kept lines right after a review's mark
    ("Verified Buyer", "Format: HardcoverVerified Purchase", ``wordings.REVIEW_MARKS``) and
    right before its vote ("130 people found this helpful", ``wordings.REVIEW_VOTES``), past at
    most ``review_reach`` other lines (the reviewer's name, stars, date and title). Otherwise one
    long review printed under the product's short description wins the run and the description
    goes ("Verified buyer" / "8 days ago" / "Wrong product" / "I bought this two weeks ago …"
    below "The Arrival T-Shirt is your admission to …" / "- Slim fit"). A review with no such
    mark ("Jane from Leeds" over it), and the runs of articles and the other kinds, are scored
    as before.
    """

    id = "quality.main-run"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    review_reach = 6
    """Text products: a review's text stands this many blocks or fewer from its mark or vote."""
    review_mark_words = 12
    """Text products: a review's mark or vote is a line of this many words or fewer."""
    bridge_blocks = 8
    """Text: a gap a phrase rule made inside the run is this many removed blocks or fewer."""
    bridge_words = 40
    """Text: ... and holds this many words or fewer."""
    bridge_line_words = 16
    """Text: the phrase rule's removed line is this many words or fewer (a control, a menu's entry)."""

    def _cost(self, page: Page, i: int, rule_counts: Counter[str], gap: int) -> int:
        v, s = page.verdicts[i], page.settings
        scale = _FAVOR_SCALE[s.favor]
        if v is None or v.label is not Label.BOILERPLATE:
            return 0
        if v.kind is Kind.METADATA:
            # One byline or date sits beside the article; many of them make a list (teasers, comments),
            # except on a forum or a listing, whose posts and items each carry theirs.
            many = rule_counts[v.rule] >= s.list_min_items and (page.is_article or not _itemised(page))
            return round(scale * s.run_break_penalty) if many else 0
        if v.rule.startswith(_SECTION_BREAK_RULES) and not (page.is_thread and v.kind is Kind.COMMENTS):
            return round(scale * s.run_break_penalty)
        if gap >= s.run_gap_blocks:
            return s.run_gap_tail_cost
        return round(scale * (min(page.blocks[i].weight, s.run_word_cap) + s.run_block_penalty))

    def _scores(self, page: Page) -> list[int]:
        rule_counts = Counter(v.rule for v in page.verdicts if v is not None)
        scores, gap = [], 0
        for i, block in enumerate(page.blocks):
            v = page.verdicts[i]
            if v is not None and v.label is Label.CONTENT:
                # Short lines kept for their neighbours (subheadings, or headlines in a teaser
                # list, a text product's specification rows) neither pull the run towards them nor break it; a data
                # table weighs its words.
                scores.append(0 if self._weightless(page, i) else block.weight)
                gap = 0
            else:
                scores.append(-self._cost(page, i, rule_counts, gap))
                gap += 1
        if page.is_thread:
            self._free_post_headers(page, scores)
        if page.text_of_kind(_PRODUCT):
            for i in _review_bodies(page, self.review_reach, self.review_mark_words):
                scores[i] = min(scores[i], 0)
        return scores

    def _free_post_headers(self, page: Page, scores: list[int]) -> None:
        """On a thread read as text, what stands between one post's actions and the next post's date
        line (the poster's name, rank, join date and post count) costs the run nothing: each post
        carries it, as a listing's items carry their date lines."""
        for between in _POST_BODY.between(_POST_BODY.posts(page)):
            for j in between:
                scores[j] = max(scores[j], 0)

    def _best_run(self, page: Page) -> tuple[int, int] | None:
        return best_span(self._scores(page))

    @staticmethod
    def _weightless(page: Page, i: int) -> bool:
        """Whether the kept block ``i`` is a short line kept for its neighbours (a subheading, a
        headline in a teaser list, a text product's specification rows): it neither pulls the run
        towards it nor breaks it. A data table weighs its words."""
        v = page.verdicts[i]
        return (
            v is not None and v.rule in (Neighbours.id, ColonList.id, SpecRows.id) and not _is_data_grid(page.blocks[i])
        )

    def _furniture(self, page: Page, i: int) -> bool:
        """Whether block ``i`` is a line a phrase rule took out as a control or a menu's entry
        (kind navigation, not one of the position passes'), short enough to sit inside a run."""
        v = page.verdicts[i]
        return (
            v is not None
            and v.label is Label.BOILERPLATE
            and v.kind is Kind.NAVIGATION
            and not v.rule.startswith(("quality.", "dom."))
            and page.blocks[i].weight <= self.bridge_line_words
        )

    def _gap(self, page: Page, start: int, step: int) -> int | None:
        """The block past a gap a phrase rule made, from ``start`` (the first removed block next to
        the run) going ``step``: the gap must open with a phrase rule's short control (the run ended
        there because that line went), hold only such lines and the short lines the neighbour pass
        took with them, and be at most ``bridge_blocks`` blocks and ``bridge_words`` words. A
        section break (a footer's, a "Related" heading's, a comment thread's), a longer block or a
        longer removed region is the content's end. ``None`` when there is no such gap."""
        n = len(page.blocks)
        if not (0 <= start < n) or not self._furniture(page, start):
            return None
        words, j = 0, start
        while 0 <= j < n and page.label(j) is not Label.CONTENT:
            v = page.verdicts[j]
            if abs(j - start) >= self.bridge_blocks or v is None:
                return None
            if not (self._furniture(page, j) or (v.rule == Neighbours.id and v.label is Label.BOILERPLATE)):
                return None
            words += page.blocks[j].weight
            if words > self.bridge_words:
                return None
            j += step
        if not 0 <= j < n:
            return None
        # Past the gap, only lines that weigh nothing in the run: text the run's score judged not
        # worth the gap's cost (a teaser's summary under a "Learn more") stays outside it.
        past = j
        while 0 <= past < n and page.label(past) is Label.CONTENT:
            if not self._weightless(page, past):
                return None
            past += step
        return j

    def _bridged(self, page: Page, lo: int, hi: int) -> tuple[int, int]:
        """Text only: the run carried across the gaps a phrase rule made at its ends (see
        :meth:`_gap`), and on through the content lines after each."""
        n = len(page.blocks)
        while (j := self._gap(page, hi + 1, 1)) is not None:
            hi = j
            while hi + 1 < n and page.label(hi + 1) is Label.CONTENT:
                hi += 1
        while (j := self._gap(page, lo - 1, -1)) is not None:
            lo = j
            while lo > 0 and page.label(lo - 1) is Label.CONTENT:
                lo -= 1
        return lo, hi

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.is_article and page.page_type is not PageType.DOCUMENTATION and page.is_html:
            return  # posts and items are spread over the page; the markup rules have cut the furniture
        span = self._best_run(page)
        if span is None:
            return
        lo, hi = span
        # Lines kept for their neighbours weigh nothing, so the run may stop short of the ones at
        # its edges (a short opening sentence): they belong to it.
        while lo > 0 and page.label(lo - 1) is Label.CONTENT:
            lo -= 1
        while hi + 1 < len(page.blocks) and page.label(hi + 1) is Label.CONTENT:
            hi += 1
        if not page.is_html:
            lo, hi = self._bridged(page, lo, hi)
        labels = page.labels()  # each verdict below judges its own block only, one already read
        for i in chain(range(lo), range(hi + 1, len(page.blocks))):
            if labels[i] is Label.CONTENT:
                yield i, self.shared_verdict("outside the main run of article text")


class LeadIn(Rule):
    """Drops the standfirst and captions printed above the byline or date line: the article
    body starts after them ("Here's how to figure out what's worth it" / By Jane Doe / Nov 19).

    Only a small lead-in is dropped (at most ``lead_in_share`` of the text after it), so an
    article whose date line sits lower down keeps its opening paragraphs.
    """

    id = "quality.lead-in"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    anchors = ("metadata.byline", "metadata.dateline", "metadata.source-date")
    max_standfirst_blocks = 2
    """A headline and its standfirst."""

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.is_article:
            return  # a forum's question, a product's name, a listing's intro sit above the first byline
        content = [i for i, label in enumerate(page.labels()) if label is Label.CONTENT]
        if len(content) < 2:
            return
        weights = {i: page.blocks[i].weight for i in content}
        total, before = sum(weights.values()), 0
        for i in range(content[0], content[-1]):
            v = page.verdicts[i]
            if i in weights:
                before += weights[i]
            elif v is not None and v.rule in self.anchors:
                share = page.settings.lead_in_share * _FAVOR_SCALE[page.settings.favor]
                # A short headline and standfirst right on top of the byline are the lead-in whatever
                # the article's length (a paywalled page may show only two paragraphs).
                above = [j for j in content if j < i]
                standfirst = (
                    len(above) <= self.max_standfirst_blocks
                    and above[0] >= i - 2 * len(above)  # they sit right on top of it
                    and before <= page.settings.standfirst_max_words
                    and total - before > before
                )
                if 0 < before <= share * (total - before) or standfirst:
                    for j in content:
                        if j < i:
                            yield j, self.verdict("standfirst or caption above the byline")
                return


class TooLittle(Rule):
    """Keeps the doubtful text of a page of another kind than an article when the rules left it
    almost nothing: a catalogue printed as innerText ("Nike Pegasus 41" / "Men's Road Running
    Shoes" / "7 Colors" / "$155", card after card) has no prose to anchor its items, so the
    neighbour pass removes every one of them, and the page's text is better kept than emptied.

    Only blocks removed by rules that judge by position (``restorable``): phrase rules' removals
    (cookie notices, share bars, footers) stay removed. The page must have kept less than
    ``max_share`` of its words. In HTML the markup rules have told the furniture apart, so only a
    page left with next to nothing (``html_max_share``) is restored: a list of links laid out in
    one table (a job board, a link aggregator's front page) is a link list to the neighbour pass,
    and an empty article is the one answer that is surely wrong.

    On text, the shop's menus are not given back with the items: a run of ``min_menu_run`` or more
    restorable lines in a row, each a menu's entry (``menu_entry_words`` words or fewer, no digit,
    not a label ending in a colon), stays removed ("Men" / "Women" / "Kids" / "Sale" / "New In" …,
    a category menu printed as innerText). An item's card breaks such a run with its price or its
    count ("$155", "7 Colors"), and a specification's "Collar:" / "Turn-down collar" pairs with its
    labels, so the items and their details come back. A short line a phrase rule took out (a footer's
    "Privacy Policy", "Terms of Service", "About" among its link column's "Security" / "Company" /
    "Careers and culture") is an entry of the same menu: it does not break the run, and counts in it.
    """

    id = "quality.too-little"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    max_share = 0.1
    html_max_share = 0.01
    restorable = frozenset({Neighbours.id, MainRun.id, "quality.learned", "related.teasers", "related.inline-teaser"})
    min_menu_run = 6
    """Text only: this many restorable menu entries in a row are a menu, and stay removed."""
    menu_entry_words = 3

    def _menu_entry(self, block: Block) -> bool:
        """A line that may be a menu's entry: a few words, no digit (a price, a count), no label's colon."""
        return (
            block.words <= self.menu_entry_words
            and not block.cjk
            and block.digit_ratio == 0
            and not block.text.rstrip().endswith(":")
        )

    def _menus(self, page: Page, restore: list[bool]) -> set[int]:
        """The restorable blocks that stand in a run of at least ``min_menu_run`` menu entries.

        A menu entry a phrase rule already removed (``footer.legal``'s "Privacy Policy" in a footer's
        link column) stands in the run too, and counts: the run is the menu, whoever named its entries."""
        menus: set[int] = set()
        start = 0
        for i in range(len(restore) + 1):
            if i < len(restore) and self._menu_entry(page.blocks[i]):
                v = page.verdicts[i]
                if restore[i] or (v is not None and v.label is Label.BOILERPLATE):
                    continue
            if i - start >= self.min_menu_run:
                menus.update(j for j in range(start, i) if restore[j])
            start = i + 1
        return menus

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_article:
            return
        total = kept = 0
        for block, v in zip(page.blocks, page.verdicts, strict=True):
            total += block.weight
            if v is None or v.label is not Label.BOILERPLATE:
                kept += block.weight
        if not total or kept >= (self.html_max_share if page.is_html else self.max_share) * total:
            return
        reason = f"the page kept {kept} of {total} words: its items have no prose beside them"
        restore = [page.removed_by(i, self.restorable) for i in range(len(page.verdicts))]
        menus = set() if page.is_html else self._menus(page, restore)
        for i, again in enumerate(restore):
            if i in menus:
                yield i, self.verdict(f"{reason}, but this line stands in a run of short lines with no digit: a menu")
            elif again:
                yield i, self.verdict(reason, label=Label.CONTENT)


class SiblingCards(Rule):
    """Gives back a line of a listed item that the line rules took out while the same line of most
    of its sibling items stayed: a grid of cards (three or more children of one element, of one tag
    and class) prints each item in the same elements, so the same place in each card holds the same
    field (the title, the date, the summary, the credit). When two thirds of the cards keep that
    field or more, the cards where it went are the rules' misreading of one card's words (a story's
    date line read as the page's, a credit or a short summary read as a caption, one entry of a
    long list of names scored as a menu), not a field the page prints for another purpose.

    Only on pages cleaned as listings or collections (HTML), whose main content is those cards;
    only a place printed in three cards or more; only blocks removed by rules that read a block's
    words or its neighbours: what the markup rules (``dom.*``) took out stays out (a hidden card,
    a card's form, a copy of its title, a wrapper named as an ad). It runs before the late rules
    that take single lines out of cards (``quality.shop-figure``, ``quality.sort-menu``), which
    still judge what it gives back.

    On a page cleaned as an article the body's paragraphs are siblings of one tag too, and the line
    a rule took from among them (a related story's excerpt, a disclaimer, a date line) is no card's
    field. There only a row of real cards counts: two thirds of its cards or more each hold
    ``article_card_blocks`` blocks or more, one of them a link (an entry of a changelog, a list of
    linked titles with their notes); only a line nested below its card's own element, not the card
    itself; and not a reader's prompt (a share, subscription or newsletter call) nor a line the
    article's main run left out (``quality.main-run``).
    """

    id = "quality.sibling-cards"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    kinds = frozenset((PageType.LISTING, PageType.COLLECTION, PageType.ARTICLE))
    min_cards = 3
    """Cards printing the same place, fewer are no grid."""
    kept_share = 2 / 3
    """Share of those cards that must keep the place."""
    markup_rules = "dom."
    article_card_blocks = 2
    """On an article: blocks a real card holds (one of them a link)."""
    article_kept_kinds = frozenset((Kind.SHARE, Kind.SUBSCRIPTION, Kind.NEWSLETTER))
    """On an article: what these kinds of rule took out stays out (a reader's prompt)."""
    examples = (
        "a story's 'Allocating on the Stack , 27 February 2026' taken as the page's dateline, under a "
        "title whose siblings' date lines stayed",
        "one language's name in a long list of names, scored as a menu entry while its siblings stayed",
        "on an article, one entry's 'Sync from rust 2025/11/13' line in a changelog whose entries each "
        "print a linked title and a list of changes",
    )
    counter_examples = (
        "a card's 'Add to cart' form (dom.form)",
        "a line most cards lost too",
        "an article's captions",
        "on an article, a related story's excerpt between the body's paragraphs",
        "on an article, 'Like this story? Share it with a friend!' in a box of the article's column",
    )

    def _given_back(self, v: Verdict | None) -> bool:
        """Removed by a rule that reads the block's words or its neighbours, not by the markup's."""
        return v is not None and v.label is Label.BOILERPLATE and not v.rule.startswith(self.markup_rules)

    def _real_card(self, page: Page, items: list[tuple[int, tuple[DomNode, ...], int]]) -> bool:
        """A card of ``article_card_blocks`` blocks or more, one of them holding a link."""
        blocks = {i for i, _, _ in items}
        return len(blocks) >= self.article_card_blocks and any(
            (dom := page.blocks[i].dom) is not None and dom.link_chars > 0 for i in blocks
        )

    def _article_given_back(self, v: Verdict | None, depth: int) -> bool:
        """On an article: a line below its card's element, not a reader's prompt nor outside the main run."""
        return depth > 0 and v is not None and v.kind not in self.article_kept_kinds and v.rule != MainRun.id

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.is_html or page.page_type not in self.kinds:
            return
        verdicts = page.verdicts
        cards_of = _card_rows(
            page,
            (
                block.dom.nodes
                for block, v in zip(page.blocks, verdicts, strict=True)
                if block.dom is not None and self._given_back(v)
            ),
        )
        card_rows = {card: row for row, cards in cards_of.items() if len(cards) >= self.min_cards for card in cards}
        if not card_rows:
            return
        # In each card its blocks, with the depth of the card among their elements.
        rows: dict[tuple[int, str, frozenset[str]], dict[int, list[tuple[int, tuple[DomNode, ...], int]]]] = {}
        for i, block in enumerate(page.blocks):
            if block.dom is None:
                continue
            nodes = block.dom.nodes
            for k, node in enumerate(nodes):
                if (card_row := card_rows.get(node.id)) is not None:
                    rows.setdefault(card_row, {}).setdefault(node.id, []).append((i, nodes, k))
        article = page.is_article
        given: set[int] = set()
        for cards in rows.values():
            if len(cards) < self.min_cards:
                continue
            if article and sum(1 for items in cards.values() if self._real_card(page, items)) < self.kept_share * len(
                cards
            ):
                continue  # an article's sibling paragraphs, not a row of cards
            places: dict[tuple[tuple[str, frozenset[str]], ...], list[tuple[int, int]]] = {}
            for items in cards.values():
                for i, nodes, k in items:
                    places.setdefault(tuple((node.tag, _card_class(node.tokens)) for node in nodes[:k]), []).append(
                        (i, k)
                    )
            for found in places.values():
                if len(found) < self.min_cards:
                    continue
                kept = sum(1 for i, _ in found if page.label(i) is not Label.BOILERPLATE)
                if kept < self.kept_share * len(found):
                    continue
                given.update(
                    i
                    for i, k in found
                    if self._given_back(verdicts[i]) and (not article or self._article_given_back(verdicts[i], k))
                )
        for i in sorted(given):
            # What the rule read off the line (a date, a byline) stays the page's reading of it.
            old = verdicts[i]
            data = old.data if old is not None else None
            yield i, self.verdict("the same line of most sibling cards stayed", label=Label.CONTENT, data=data)


_GRAM_WORD = regex.compile(r"\w{1,64}")
"""A word of a block's text, for its word 4-grams (letters, figures and "_")."""


def _gram_words(text: str) -> list[str]:
    """The words of ``text``, case folded, that its word ``n``-grams are made of."""
    words: list[str] = _GRAM_WORD.findall(text.casefold())
    return words


def _word_grams(words: list[str], n: int = 4) -> Counter[tuple[str, ...]]:
    """The word ``n``-grams of ``words`` (:func:`_gram_words`), with their counts."""
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


class StatedDescription(Rule):
    """Gives back, on a page cleaned as a product, a removed block that says what the page's
    structured data states as the product's description: a shop writes the description of what it
    sells into its JSON-LD ``Product`` object (``"description": "…"``, schema.org's markup for search
    engines) and prints the same words on the page, where a markup rule may take them out for
    where they stand (a drawer in an ``<aside>``, a panel hidden until a tab opens it).

    Only a block of ``min_words`` words or more, at least ``min_share`` of whose word 4-grams the
    stated description holds, and never a copy ``dom.kept-twice`` took out (the page prints the
    words once already). The description must be ``min_stated_words`` words or more. HTML only (a
    text page has no markup); only pages cleaned as a product.
    """

    id = "quality.stated-description"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    min_words = 8
    min_share = 0.5
    min_stated_words = 20
    copies = "dom.kept-twice"
    examples = (
        "in a drawer <aside>, 'The Arrival T-Shirt is your admission to a new, purposeful approach to "
        "training …', the words of the page's JSON-LD Product description",
    )
    counter_examples = (
        "a second copy of the description (dom.kept-twice)",
        "'Bershka Faux leather jacket - black', six words of the description",
        "a cookie notice on a product page whose JSON-LD states a description",
    )

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        stated = page.stated_description
        if not stated or page.page_type is not PageType.PRODUCT or not page.is_html:
            return
        stated_words = _gram_words(stated)
        if len(stated_words) < self.min_stated_words:
            return
        said = _word_grams(stated_words)
        for i, (block, v) in enumerate(zip(page.blocks, page.verdicts, strict=True)):
            if v is None or v.label is not Label.BOILERPLATE or v.rule == self.copies or block.words < self.min_words:
                continue
            grams = _word_grams(_gram_words(block.text))
            total = sum(grams.values())
            if total and sum((grams & said).values()) >= self.min_share * total:
                yield (
                    i,
                    self.verdict("says the product description its markup states", label=Label.CONTENT, data=v.data),
                )


_DESCRIPTION_HEADING = regex.compile(
    r"(?:(?:product|item)\s)?description|about\s(?:this|the)\s(?:item|product)|(?:product\s)?overview"
    r"|(?:produkt)?beschreibung|descripci[oó]n(?:\sdel\sproducto)?|descrizione(?:\sdel\sprodotto)?"
    r"|description\sdu\sproduit|descriptif|omschrijving|productomschrijving|descri[cç][aã]o",
    regex.IGNORECASE,
)
"""The whole of a line that heads a product's description ("Description", "About this item", "Product
description", "Overview"; German, Spanish, Italian, French, Dutch, Portuguese), a colon after it allowed."""


class HeadedDescription(Rule):
    """Gives back, on a text page cleaned or reported as a product, the paragraphs a shop prints under
    the heading of its product description ("Description", "About this item", "Product description",
    "Overview") that a positional rule took out: the text path's reading of what
    ``quality.stated-description`` reads from an HTML page's JSON-LD. innerText prints the description
    as it prints every other part of the page; where the page holds more text than the description
    (reviews, other products' blurbs, a printed copy of the buy box), the main run or the neighbour
    pass may choose that text and drop the description's paragraphs as far from it.

    From a block that is wholly a description heading (:data:`_DESCRIPTION_HEADING`), the blocks after
    it are read while each is a paragraph of ``min_words`` words or more, up to ``max_blocks`` blocks;
    such a block that ``quality.main-run`` or ``quality.neighbours`` removed comes back. The first
    shorter block ends the description (a tab strip's labels, "See more product details", a
    specification row); so does a block any other rule removed (a phrase rule's verdict stands). Text
    input only (an HTML page states its description in its markup); pages cleaned or reported as a
    product only.
    """

    id = "quality.headed-description"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    min_words = 15
    max_blocks = 20
    heading_words = 4
    positional = frozenset({"quality.main-run", "quality.neighbours"})
    examples = (
        "'About this item' over '【Bluetooth 5.3, Effortless Pairing】: The wireless earbuds employ …', "
        "a paragraph the main run left out",
        "'Description' over 'Get started in electronics repair with all the bits and precision tools …'",
    )
    counter_examples = (
        "'Description' over 'Nutritional Information' / 'Reviews' / 'Storage', a tab strip's labels",
        "a paragraph under 'Customer reviews'",
        "a paragraph under 'Description' that a cookie or promotion rule removed",
    )

    reason = "a paragraph under the product description's heading"

    def heads(self, block: Block) -> bool:
        """Whether ``block`` is wholly a description's heading (a colon after it allowed)."""
        return block.words <= self.heading_words and bool(
            _DESCRIPTION_HEADING.fullmatch(block.text.strip().rstrip(":").rstrip())
        )

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.text_of_kind(_PRODUCT):
            return
        blocks, verdicts = page.blocks, page.verdicts
        n = len(blocks)
        for i, block in enumerate(blocks):
            if not self.heads(block):
                continue
            for j in range(i + 1, min(n, i + 1 + self.max_blocks)):
                v = verdicts[j]
                if blocks[j].words < self.min_words:
                    break
                if v is None or v.label is Label.CONTENT:
                    continue
                if v.rule not in self.positional:
                    break
                yield j, self.verdict(self.reason, label=Label.CONTENT, data=v.data)


class ServiceSections(Rule):
    """Gives back, on a text page cleaned as a service, the short lines the neighbour pass took out
    between the page's first and last kept paragraph: a service page's own sections, which innerText
    prints as runs of short lines with no prose beside them — an offering's heading and its one-line
    summary, a list of its features or integrations, a comparison table's rows, a customer's name and
    role under a quote, a case study's figures ("95% Less Time", "60,000+" / "Deliveroo riders").
    Each line of such a run has only short lines for neighbours, so the neighbour pass reads the run
    as a menu; the HTML path keeps it, its markup having left it inside the page's main content.

    A line comes back when ``quality.neighbours`` removed it and it stands after the page's first kept
    block of ``prose_words`` words or more and before its last one: what stands above the first
    paragraph (the site's menu) or under the last (its footer, its closing links) stays out, and so
    does a line any other rule removed (a call to action, a cookie notice, a phrase rule's verdict). A
    late rule, after the main run: the later late and final rules (``quality.service-call``,
    ``quality.lone-line`` …) judge what it gives back. Text only (the HTML path's neighbour pass keeps
    such lines already on a service); pages cleaned as services only, and not where the reporting model
    (``Page.reported_type``, words and shape) reads the page as another kind: a car-care article cleaned
    as a service keeps its site's mega-menu blurbs as paragraphs, and the lines between them are the
    menu's (wcxb-dev fold 0/2: −0.064 on it without this guard; every fold-0 service the rule gains on
    is reported as a service).

    A text listing (cleaned and reported as one) is read the same way (text111): between its first and
    last kept excerpt stand its entries' titles, authors, dates and tags, short lines with no prose
    beside them that the neighbour pass reads as a menu (wcxb-dev fold 0/2: a developer site's post
    feed +0.316, no page down; held out two listings up, none down). Not articles, documentation,
    forums, products or collections, where the lines between two kept paragraphs are as often a
    sidebar's menu, a thread's vote and share buttons or a shop's rows (each lost on fold 0/2).
    """

    id = "quality.service-sections"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    prose_words = 15
    removers = frozenset(("quality.neighbours",))
    kinds = frozenset((PageType.SERVICE, PageType.LISTING))
    examples = (
        "'Shipley Do-Nuts' / '95% Less Time' / 'Products Used' / 'Scheduling' between two kept paragraphs "
        "of a workforce platform's home",
        "'Rank Tracking' / 'Geo Rankings' / 'Citation Monitoring', a comparison table's rows between paragraphs",
        "a listing's entries between its first and last kept excerpt: a post's title, its author's name, its "
        "date and its tags",
    )
    counter_examples = (
        "'Services' / 'Pricing' / 'About', a menu above the page's first paragraph",
        "'Careers' / 'Locations' under the page's last paragraph",
        "a short line between paragraphs that a cookie or call-to-action rule removed",
    )
    reason = "a short line of a service's section or a listing's entry between its paragraphs"

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html or page.page_type not in self.kinds or page.reported_type not in (None, page.page_type):
            return
        labels = page.labels()
        blocks = page.blocks
        prose = [i for i, block in enumerate(blocks) if labels[i] is Label.CONTENT and block.words >= self.prose_words]
        if len(prose) < 2:
            return
        for i in range(prose[0] + 1, prose[-1]):
            if page.removed_by(i, self.removers):
                yield i, self.shared_verdict(self.reason, label=Label.CONTENT)


_DIGITS = regex.compile(r"\d{1,40}")
_ASCII_DIGIT = regex.compile(r"[0-9]")
_Row = tuple[int, str, frozenset[str]]
"""A row of cards: the parent element's id, and its children's tag and class (``_card_class``)."""


def _card_rows(page: Page, paths: Iterable[tuple[DomNode, ...]]) -> dict[_Row, list[int]]:
    """The rows the blocks of ``paths`` (each a block's elements, innermost first, so each names its
    parent) may be a card of, each with its cards: the ids of the parent's children of that tag and
    class that hold a block of ``page``, in the order the page's blocks reach them.

    Each element's class is read once: the blocks inside one element share its parents (``dom``'s
    chains: an element's list of elements is the element and then its parent's), so a block's climb
    stops at the first element already read, whose parents were read with it; and a child whose
    parent no row names is no card, its class not read."""
    rows_of: dict[int, _Row] = {}
    for nodes in paths:
        for k in range(len(nodes) - 1):
            child = nodes[k]
            if child.id in rows_of:
                break
            rows_of[child.id] = (nodes[k + 1].id, child.tag, _card_class(child.tokens))
    cards_of: dict[_Row, list[int]] = {}
    if not rows_of:
        return cards_of
    wanted = set(rows_of.values())
    parents = {row[0] for row in wanted}
    seen: set[int] = set()
    for block in page.blocks:
        if block.dom is None:
            continue
        nodes = block.dom.nodes
        for k in range(len(nodes) - 1):
            child = nodes[k]
            if child.id in seen:
                break
            seen.add(child.id)
            parent = nodes[k + 1].id
            if parent in parents:
                row = rows_of.get(child.id) or (parent, child.tag, _card_class(child.tokens))
                if row in wanted:
                    cards_of.setdefault(row, []).append(child.id)
    return cards_of


@lru_cache(maxsize=4096)
def _card_class(tokens: frozenset[str]) -> frozenset[str]:
    """A card's class and id tokens with each run of digits read as one: the cards of a grid are
    numbered by the software that prints them (WordPress's ``id="post-123"`` and ``post-123`` class,
    a CMS's ``card-list-items_11-0``), and are still of one class."""
    joined = "".join(tokens)
    # An ASCII text's digits are 0-9, ``str.isdigit``'s digits (which ``\d`` need not all be: the
    # ``regex`` module knows newer scripts' digits than ``unicodedata``).
    if not (_ASCII_DIGIT.search(joined) if joined.isascii() else any(c.isdigit() for c in joined)):
        return tokens
    return frozenset(_DIGITS.sub("0", token) for token in tokens)


class PrintedTwice(Rule):
    """Keeps a paragraph once when a page read as text prints it twice: innerText holds every copy
    the markup carries (a desktop and a mobile layout, a carousel's cloned slides, a product
    description repeated in a tab, a forum's post repeated in its preview), and each kept copy
    counts as text the page does not have. The first copy stays, the later ones go.

    Text input only (in HTML the markup rules tell the copies apart), blocks of ``min_words`` words
    or more only (short lines such as an item's "Black" or "slim fit" repeat legitimately). On an
    article, where a paragraph printed twice may be meant (a recipe's meal plan repeated for two
    days, an interviewer's question asked again), only a copy of the article itself goes: a run of
    ``min_copied_run`` or more kept paragraphs, each repeating the one the same number of blocks
    back. Not on documentation, whose pages repeat a note or a command on purpose.
    """

    id = "quality.printed-twice"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    min_words = 10
    min_copied_run = 5

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.page_type is PageType.DOCUMENTATION or page.is_html:
            return
        # Each kept paragraph and its first copy, in order.
        kept = page.first_copies(lambda block: block.words >= self.min_words)
        if not page.is_article:
            for i, first in kept:
                if first != i:
                    yield i, self.verdict(f"the same paragraph is kept once already (block {first})")
            return
        # On an article only a copy of the whole text goes: a run of paragraphs each repeating the
        # paragraph the same distance back.
        k = 0
        while k < len(kept):
            offset = kept[k][0] - kept[k][1]
            end = k
            while end < len(kept) and offset and kept[end][0] - kept[end][1] == offset:
                end += 1
            if end - k >= self.min_copied_run:
                for i, first in kept[k:end]:
                    yield i, self.verdict(f"the article is printed again: a copy of block {first} and its neighbours")
            k = max(end, k + 1)


_CONTENTS_HEADINGS = frozenset(W.phrases(W.CONTENTS_HEADINGS))
_ENTRY_NUMBER = regex.compile(r"^\d{1,3}(?:\.\d{1,3}){0,3}[.)]?\s+")
"""A table-of-contents entry's number ("2. ", "3.1 "), which the heading it points to may lack."""


def _contents_label(text: str) -> str:
    """A line read as a contents label: its colon and spaces aside, case folded ("Table of Contents:")."""
    return text.strip().rstrip(":：").strip().casefold()


def _is_contents_heading(text: str, words: int) -> bool:
    """Whether a line is only a table of contents' label ("Table of contents", "In this guide:")."""
    return words <= 4 and _contents_label(text) in _CONTENTS_HEADINGS


_CONTENTS_NAMES = frozenset(W.phrases(W.CONTENTS_NAMES))


def _names_contents(text: str) -> bool:
    """Whether a contents heading names the list itself ("Table of contents"), not the reader's place."""
    return _contents_label(text) in _CONTENTS_NAMES


def _entry_key(text: str) -> str:
    unnumbered: str = _ENTRY_NUMBER.sub("", text, count=1)
    return unnumbered.strip().casefold()


class ContentsList(Rule):
    """Drops a table of contents that a page read as text kept: a line that is only a contents
    heading ("Table of contents", "In this article", "Inhaltsverzeichnis") followed by at least
    ``min_entries`` short lines each printed again further down the page (the headings they point
    to, numbered or not). The entries would count the article's headings twice and the heading
    is furniture. In HTML the entries are links and the link rules judge them.

    Only lines the page kept go, from the heading to the last entry that reappears below. An entry
    that is not printed again (a list's "Quick Comparison" or "Frequently Asked Questions" over a
    section headed otherwise, or not at all) is part of the list when entries printed again follow
    it, up to ``max_misses`` such entries in a row, and so long as two thirds of the list's entries
    or more are printed again; more of them in a row end the list. A kept contents heading with
    fewer than ``min_entries`` entries printed again goes alone when the line after it is removed or
    is prose (the list was removed, or is collapsed and prints none): it labels nothing the page keeps. Over a kept short line it stays, as the heading of a
    list of the page's own ("In this guide" / "Step 1 - Backing up your data").

    In HTML the entries are links, which the link and markup rules judge; on an article a kept label
    goes alone: a contents widget prints its label in a heading or a toggle of its own and its list in
    a ``<nav>`` the markup rules removed, or a script fills it ("Table of Contents" over the removed
    entries, over the article's first section heading). Over a kept short line the
    guard above still holds for a label that says where the reader is ("In this guide" / "Step 1 -
    Backing up your data", the page's own list, which its truth keeps), not for one that names the
    contents (:data:`_CONTENTS_NAMES`: "Table of Contents" over the first section's heading is the
    widget's). A documentation page's "In this article" stays (an MDN truth holds one).
    """

    id = "quality.contents-list"
    kind = Kind.NAVIGATION
    stage = Stage.CONTEXT
    min_entries = 2
    max_entry_words = 14
    max_entries = 60
    max_misses = 2

    def _heads_a_list(self, page: Page, head: int) -> bool:
        """Whether the line after ``head`` is a kept short line: the heading then names a list of the
        page's own ("In this guide" / "Step 1 - Backing up your data" / its summary …)."""
        nxt = head + 1
        return (
            nxt < len(page.blocks)
            and page.label(nxt) is Label.CONTENT
            and page.blocks[nxt].words <= self.max_entry_words
        )

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        blocks, n = page.blocks, len(page.blocks)
        heads = [i for i, block in enumerate(blocks) if _is_contents_heading(block.text, block.words)]
        if page.is_html:
            if page.is_article:
                for head in heads:
                    if page.label(head) is Label.CONTENT and (
                        _names_contents(blocks[head].text) or not self._heads_a_list(page, head)
                    ):
                        yield head, self.verdict("a table of contents' label on an HTML article: its entries are links")
            return
        if not heads:
            return
        last_at: dict[str, int] = {}
        for i, block in enumerate(blocks):
            last_at[_entry_key(block.text)] = i
        for head in heads:
            end, hits, misses = head + 1, 0, 0
            last_hit = head
            while end < n and end - head <= self.max_entries and blocks[end].words <= self.max_entry_words:
                if last_at.get(_entry_key(blocks[end].text), -1) > end:
                    hits, misses, last_hit = hits + 1, 0, end
                else:
                    misses += 1
                    if misses > self.max_misses:
                        break
                end += 1
            end = last_hit + 1
            if hits < self.min_entries or 3 * hits < 2 * (end - head - 1):
                if page.label(head) is Label.CONTENT and not self._heads_a_list(page, head):
                    yield head, self.verdict("a contents heading over no list the page kept")
                continue
            reason = f"a table of contents of {end - head - 1} entries, {hits} of them printed again below"
            for i in range(head, end):
                if page.label(i) is Label.CONTENT:
                    yield i, self.verdict(reason)


_TREE_ENTRY = regex.compile(r"(?P<top>\d{1,2})(?P<sub>(?:\.\d{1,2}){0,3})\.?[ \t\u00a0]+(?!\p{Ll})\S.{0,150}")
"""A numbered entry of a book's or a page's contents: "4.1. What is Ownership?", "12.11.5 Operator norm",
"2 Usage"; its chapter number (``top``) and its section numbers (``sub``, empty for a chapter). A title
does not open with a lower-case letter: "4 mm", "4.3 out of 5 stars" are a figure and its unit."""


class ContentsTree(Rule):
    """Drops a documentation book's tree of chapters that a page read as text kept: a generated book
    (mdBook's "1. Getting Started" / "1.1. Installation" / "1.2. Hello, World!" …, bookdown's "12.11.5
    Operator norm") prints the whole book's contents in a sidebar before the chapter's text, and innerText
    prints it as short lines of their own; the lines next to the chapter's first paragraph reach the main
    run and stay, one entry per chapter and section of the book, text the page does not have (a page's own
    numbered contents, MediaWiki's "2.4.1 …", goes the same way where it was kept).

    A tree is a run of at least ``min_entries`` numbered entries (each of at most ``max_entry_words``
    words and ending no sentence with a full stop: a procedure's numbered steps do), with at most
    ``max_gap`` other short lines between two of them (the current chapter's unnumbered sections in the
    tree), numbering at least ``min_chapters`` chapters and at least ``min_sections`` sections ("5.2"):
    a flat numbered list (a listicle's "1. Facebook", a tutorial's "1. Hello World" … "12. Thinking in
    React") is no tree. Its kept lines go when the page keeps at least as many words outside it: a book's
    or a chapter's index page, whose text is its contents, keeps them as judged. The page type is not read:
    a book's chapter is as often cleaned and reported as an article on text (its shape and words are
    prose), and the tree's shape (chapters and their sections, numbered) is no article's listicle nor a
    shop's rating histogram ("4.3 out of 5 stars"). Text input only (in HTML the entries are links, which
    the link rules judge, and ``dom.inside-main`` keeps a document's contents inside its main container).
    """

    id = "quality.contents-tree"
    kind = Kind.NAVIGATION
    stage = Stage.CONTEXT
    examples = ("4.1. What is Ownership?", "12.11.5 Operator norm", "2 Usage")
    counter_examples = ("1. Open the Edit menu and click Join.", "Chapter 4", "2024 was a good year for sales")
    min_entries = 8
    max_entry_words = 15
    max_gap = 3
    max_gap_words = 8
    min_chapters = 3
    min_sections = 3

    def entry(self, block: Block) -> regex.Match[str] | None:
        """The block's numbered entry, or None: a line of at most ``max_entry_words`` words that is
        a number ("5.2.", "12.11.5") and a title, ending no sentence with a full stop."""
        text = block.text.strip()
        if not 2 <= block.words <= self.max_entry_words or text.endswith("."):
            return None
        return _TREE_ENTRY.fullmatch(text)

    def _trees(self, page: Page) -> Iterator[tuple[int, int]]:
        """Each tree's first and last entry."""
        blocks, n, i = page.blocks, len(page.blocks), 0
        while i < n:
            first = self.entry(blocks[i])
            if first is None:
                i += 1
                continue
            chapters, sections, entries, last, gap, k = {first["top"]}, int(bool(first["sub"])), 1, i, 0, i + 1
            while k < n:
                found = self.entry(blocks[k])
                if found is not None:
                    chapters.add(found["top"])
                    sections += bool(found["sub"])
                    entries, last, gap = entries + 1, k, 0
                elif gap < self.max_gap and blocks[k].words <= self.max_gap_words:
                    gap += 1
                else:
                    break
                k += 1
            if entries >= self.min_entries and len(chapters) >= self.min_chapters and sections >= self.min_sections:
                yield i, last
            i = last + 1

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html:
            return
        for first, last in self._trees(page):
            kept = [k for k in range(first, last + 1) if page.label(k) is Label.CONTENT]
            inside = sum(page.blocks[k].weight for k in kept)
            if not kept or _kept_weight(page) - inside < inside:
                continue
            reason = f"a book's contents of {last - first + 1} numbered lines over {len(kept)} kept"
            for k in kept:
                yield k, self.verdict(reason)


_NAME_WORD = r"\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}'’.-]*"
_PERSON = (
    rf"(?P<name>{_NAME_WORD}(?:\s+(?:(?:van|von|der|den|de|da|del|di|du|la|le|al|bin)\s+)*{_NAME_WORD}){{1,3}})"
    r"(?:\s*,\s*[^,]{1,24})?\s*"
)
"""A person's name (two to four capitalised words, "van der" between them), with a credential after a
comma ("Brian Stormont, CFP®") and the spaces after it: the name part of ``_AUTHOR_NAME`` and ``_BYLINE``."""
_AUTHOR_NAME = regex.compile(r"(?:(?i:written by|reviewed by|by)\s+)?" + _PERSON)
"""A line that is only a person's name, after "By" / "Written by" / "Reviewed by" or not."""

_BYLINE = regex.compile(r"(?i:written by|reviewed by|by|author)\s*:?\s+" + _PERSON)
"""A byline alone on its line that names one person: "By Chris Radich", "Written by: Sean Peek, Senior
Analyst", "Author: Jane Doe" (not "By Tomson Highway and From Masculindians")."""
_BYLINE_OPENINGS = "wWrRbBaA"
"""What every match of ``_BYLINE`` opens with: the first letter of "written", "reviewed", "by" or "author" in
either case (no other character matches one of them case-blind: tests/test_section_end_screens.py). A
line that opens with anything else is not matched at all (most short lines of a page)."""

_ABOUT_AUTHOR = regex.compile(
    r"(?i:about the author|über den autor|über die autorin|à propos de l['’]auteur|sobre el autor|sobre o autor)"
    r"\s*:?\s*"
)
"""An "About the author" label glued to the bio under it, as innerText prints a box's heading and text
on one line when they are no separate blocks ("About the Author Jorge Jimenez is a writer …")."""

_CITES = regex.compile(r"\b(?:19|20)\d\d\b|https?://|\bdoi\b", regex.IGNORECASE)
"""What an entry of a reference list holds: a year of publication or a link."""

_FIRST_PERSON_BIO = regex.compile(
    r"(?:(?i:hi|hello|hey|hallo|bonjour|salut|hola|ciao|olá|oi)(?:[,!.]\s*|\s+))?"
    r"(?:I['’]m|I am|Ich bin|Je suis|Soy|Sono|Eu sou|Ik ben)\s"
)
"""A bio its subject writes ("I'm the founder of …", "Hi, I'm Randy!"): under a line with their name alone."""

_NAMED_BIO = regex.compile(rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\s*:\s+")
"""A person's name glued to their bio by a colon ("Will Judd: Will was formerly deputy tech editor …")."""

_BIO_VERBS = frozenset(("is", "was", "has", "covers", "writes", "leads", "ist", "est", "es", "è", "är", "jest"))
"""What a bio says right after its subject's first name ("Sam is the VP of Marketing …")."""


def _opens_with(text: str, name: str) -> bool:
    """``text`` opens with the full ``name`` ("Elaine Chen covers biotech …"), or with its first
    word then a bio's verb ("Megan is a communicator …"), perhaps after an "About the author" label
    glued on."""
    if (about := _ABOUT_AUTHOR.match(text)) is not None:
        text = text[about.end() :]
    if text.startswith(name) and not text[len(name) : len(name) + 1].isalpha():
        return True
    first, _, rest = text.partition(" ")
    return first == name.split()[0] and rest.split(" ", 1)[0] in _BIO_VERBS


def _names_subject(text: str, name: str) -> bool:
    """``text`` is a bio of ``name``: it opens with the name (:func:`_opens_with`) or its first
    sentence names them after an opening clause (:func:`_introduces`)."""
    return _opens_with(text, name) or _introduces(text, name)


def _introduces(text: str, name: str) -> bool:
    """``text``'s first sentence names ``name``'s first word with a bio's verb after an opening
    clause ("With over seven years at FreightWaves, a leading …, Mike has played a pivotal role …")."""
    first = name.split()[0]
    lead = text.split(". ", 1)[0]
    at = lead.find(f", {first} ")
    return at > 0 and lead[at + len(first) + 3 :].split(" ", 1)[0] in _BIO_VERBS


_ANNOUNCES = regex.compile(
    r"(?i)\b(?:related|interesting|more|other|recent|similar|popular|latest|further)\b[^.!?\n]{0,30}?"
    r"\b(?:articles|posts|reads|stories|guides|blogs?)\b"
    r"|\byou might (?:also )?(?:like|enjoy)\b|\bkeep (?:reading|exploring)\b|\bread (?:this|these) next\b"
)
"""A line that announces other articles in words the related headings do not hold whole ("On a related note,
here are some interesting articles.", "Keep Exploring This Topic.", "Recent posts on blogs I like:", "Read more
of our articles..."); read on lines of at most ``SectionEnd.max_announce_words`` words."""
_ANNOUNCE_PIECES = Pieces(("article", "post", "read", "stories", "guide", "blog", "you might", "keep"))
"""What every match of ``_ANNOUNCES`` holds one of, in lower case: its first branch one of the closing words
("articles" … "blogs"), the others "you might", "keep" and "read" (:func:`_announces`)."""


_SOURCES_PIECES = Pieces(
    (
        "refer", "rences", "source", "citation", "footnote", "endnote", "bibliogr", "cited", "further",
        "fuentes", "quellen", "einzelnachweise", "literaturverzeichnis", "fonti", "bronnen",
    )
)  # fmt: skip
"""What every match of ``dom.SOURCES_LABEL`` holds one of, in lower case ("references", "réferences" and
"referências" hold "refer" or "rences", "works cited" "cited", "further reading" "further", ...)."""


def _screened(pieces: Pieces, text: str) -> bool:
    """Whether a case-blind search for words made of ``pieces``' ASCII letters may match in ``text``: its
    lower-cased text holds a piece, or it holds one of ``FOLD_TRAPS`` (characters the case-blind search
    matches to an ASCII letter that ``str.lower`` maps elsewhere, "ſ" to "s"). A case-blind match of an
    ASCII letter is that letter in either case, a character ``str.lower`` maps to it (the Kelvin sign) or a
    trap, so where this is False no such search matches (tests/test_context_screens.py)."""
    return pieces.any_in(text.lower()) or (not text.isascii() and any(c in text for c in FOLD_TRAPS))


def _sources_label(text: str) -> bool:
    """``SOURCES_LABEL.match(text) is not None``, matched only where :func:`_screened` lets the line through."""
    return _screened(_SOURCES_PIECES, text) and SOURCES_LABEL.match(text) is not None


def _announces(text: str) -> bool:
    """``_ANNOUNCES.search(text) is not None``, searched only where :func:`_screened` lets the line through:
    most short lines ("Share", "Advertisement", a date) hold no piece, and a screen costs less than a search."""
    return _screened(_ANNOUNCE_PIECES, text) and _ANNOUNCES.search(text) is not None


class SectionEnd(Rule):
    """Ends an article read as text at the first section heading or block that opens what follows
    it (a related-articles heading, a comments widget, an author's bio, a newsletter sign-up, a tag
    line, a footer; the main run's ``_SECTION_BREAK_RULES``) when the text kept after it is at most
    ``max_tail_share`` of the text kept before it: "About the author" / "Sara is a writer who …",
    "Related Posts" / a teaser's summary, "Comments" / a comment, each kept because it reads as prose.

    A sources section's label alone on its line ("References", "Article Sources:", "Footnotes"; the
    pattern of ``dom.sources``) is such a break too, whatever verdict it has: on text no rule removes
    it, and the entries under it (a list of cited papers, or of bare URLs, often with the author's
    bio after them) read as prose or sit between prose.

    So is a short line that announces other articles in words no related heading holds whole
    (``_ANNOUNCES``: "On a related note, here are some interesting articles.", "Keep Exploring This
    Topic.", "Recent posts on blogs I like:"), whatever verdict it has: the teasers under it read as
    prose. When a later break ends the page below such a line (the teasers are followed by "Comments"
    and the comments, or by a sign-up box), the line's tail is measured down to that later cut, the
    whole of what then goes staying within ``chain_share`` of what is kept above the line: the
    comments under the teasers do not keep the teasers in.

    So is the one line on the page that is a person's name over a paragraph opening with that name,
    when next to nothing is kept after the paragraph: an author box that no heading and no role noun
    announces ("Elaine Chen" / "National Biotech Reporter" / "Elaine Chen covers biotech, co-writes
    …"; a first sentence of eight words is enough, the bio going on below it). The name may be glued
    to the paragraph by a colon ("Will Judd: Will was formerly …"), and the paragraph may name them
    after an opening clause ("Since its founding in 1998, David has grown …"). Two or more such pairs
    are a round-up's entries and stay. Failing a pair, the one name line over a bio in the first
    person ("Amanda Brooks" / "I am a running coach …", "Hi, I'm Randy! …") is such a box too;
    counted apart, so that a heading over a paragraph opening "I'm" cancels no third-person box. With no such pair, a kept paragraph
    opening with the name of the page's first byline ("By Chris Radich" at the top, "Chris Radich is
    the public sector CTO …", or "About the Author Chris Radich is …", at the end), with as little kept
    after it, is the author's bio, and the break is that paragraph.

    The main run charges such a break a fixed cost only, so a tail of a few paragraphs outweighs it;
    here the article's own length decides, and a break halfway down a long page (a "Related" box
    between two halves of a story) keeps the half after it. Text input only (in HTML the markup rules
    cut these sections), and only on a page cleaned as an article: a forum's posts and a listing's
    items come after their page's headings on purpose.

    On a text page cleaned as documentation or a listing (``sources_kinds``), only the sources label
    ends the page, under the same guard (``text83``): a wiki's list or manual page closes with its notes
    and references ("References" / "^ "The Nobel Prize". Nobel Foundation. Archived …", "Footnotes"),
    which no positional rule reads as a break there. Its headings, bios and related lists are not
    breaks on those pages: a listing's items and a manual's sections come after them on purpose.
    """

    id = "quality.section-end"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    max_tail_share = 0.25
    max_sources_tail_share = 0.5
    """Under a sources label whose entries cite works, the list may be longer: a paper's references."""
    min_citations = 3
    citation_share = 0.6
    bio_window = 3
    """How many blocks under a name line its bio may open (a job title may come between)."""
    min_bio_words = 12
    min_pair_bio_words = 8
    sources_kinds = frozenset((PageType.DOCUMENTATION, PageType.LISTING))
    """The other kinds of page a sources label alone ends (read as text)."""
    max_after_bio_words = 120
    """Kept words a bio may have after it: it closes the article, bar a link or two."""
    max_announce_words = 12
    chain_share = 0.35
    """Under a line announcing other articles that a later break's cut follows, what goes in all (the teasers
    and what the later cut takes) against what is kept above the line."""
    min_announced = 2
    """Kept blocks a line announcing other articles must have under it: a list of them, not a closing line
    ("Looking for more gift recommendations? Stay tuned for more … Gift Guides!")."""

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html:
            return
        sources_only = not page.is_article
        if sources_only and page.page_type not in self.sources_kinds:
            return
        weights = _kept_weights(page)
        bio = None if sources_only else self._author_bio(page, weights)
        citing: list[list[tuple[int, int]]] = []  # read once, when a sources label or an announcing line first asks
        end = len(page.blocks)
        reasons: list[tuple[int, str]] = []
        # A later break's cut is settled first; then a line announcing other articles above it is asked with
        # its tail measured to that cut (teasers under "On a related note, here are some interesting
        # articles.", then "Comments" and the comments), the whole tail it ends within ``chain_share``.
        while found := self._first_break(page, weights, bio, sources_only, citing, end, bool(reasons)):
            start, reason = found
            reasons.append((start, reason))
            if sources_only or start == 0:
                break
            end = start
        for k, (start, reason) in enumerate(reasons):
            yield from _cut_kept(weights, start, self.verdict(reason), reasons[k - 1][0] if k else None)

    def _first_break(
        self,
        page: Page,
        weights: list[int],
        bio: int | None,
        sources_only: bool,
        citing: list[list[tuple[int, int]]],
        end: int,
        chained: bool = False,
    ) -> tuple[int, str] | None:
        """The first break above block ``end`` whose tail up to ``end`` is short enough, as the block its cut
        starts at and the reason; None if there is none. ``chained``: a later break's cut starts at ``end``;
        only a line announcing other articles is then asked, and the whole tail it would end (to the page's
        end) stays within ``chain_share`` of what is kept above it."""
        total, below = sum(weights), sum(weights[end:])
        before = 0
        # No break ends the article where nothing is kept above, or nothing or more than the widest share
        # (a sources label's) is kept below: there a line is not asked whether it is a break at all.
        widest = max(self.max_tail_share, self.max_sources_tail_share)
        if chained:
            widest = self.chain_share
        for i in range(end):
            v = page.verdicts[i]
            tail = total - before - (weights[i] if i != bio else 0)
            after = tail - below
            if not (before and after > 0 and tail <= widest * before):
                before += weights[i]
                continue
            block = page.blocks[i]
            sources = block.words <= 5 and _sources_label(block.text)
            announces = (
                not sources_only and not sources and block.words <= self.max_announce_words and _announces(block.text)
            )
            if announces:
                if not citing:
                    citing.append(self._citing(page, weights))
                announces = citing[0][i + 1][0] >= self.min_announced  # kept blocks under it: a list, not a last line
            reach = self.max_tail_share * before
            if sources and reach < after <= self.max_sources_tail_share * before:
                if not citing:
                    citing.append(self._citing(page, weights))
                kept, cited = citing[0][i + 1]
                if kept >= self.min_citations and cited >= self.citation_share * kept:
                    reach = self.max_sources_tail_share * before
            if not (before and 0 < after <= reach):
                # Nothing kept above, or nothing or too much kept below: no break here ends the article.
                before += weights[i]
                continue
            if chained and not announces:
                before += weights[i]
                continue
            if sources or announces or i == bio:
                if sources:
                    name = "a sources label"
                elif announces:
                    name = "a line announcing other articles"
                elif block.words >= self.min_bio_words:
                    name = "a bio of the byline's author"
                else:
                    name = "an author's name over their bio"
            elif (
                not sources_only
                and v is not None
                and v.label is Label.BOILERPLATE
                and v.rule.startswith(_SECTION_BREAK_RULES)
            ):
                name = v.rule
            else:
                name = ""
            if name:
                reason = f"after a section break ({name}): {after} words against {before} before it"
                return (i if sources or announces or i == bio else i + 1), reason
            before += weights[i]
        return None

    def _citing(self, page: Page, weights: list[int]) -> list[tuple[int, int]]:
        """For each block, how many kept blocks stand from it to the page's end, and how many of those
        cite a work, a year or a link in each ("Aleksandrowicz L, et al. (2016). The impacts of dietary
        change …", "https://pmc…"): under a sources label, most of them citing make it a list of
        references. One pass from the end, so that any number of labels is answered at once."""
        counts = [(0, 0)] * (len(page.blocks) + 1)
        kept = cited = 0
        for j in range(len(page.blocks) - 1, -1, -1):
            if weights[j]:
                kept += 1
                cited += _CITES.search(page.blocks[j].text) is not None
            counts[j] = (kept, cited)
        return counts

    def _author_bio(self, page: Page, weights: list[int]) -> int | None:
        """The one line of the page that is a person's name over a kept paragraph opening with
        that name, with next to nothing kept after the paragraph: an author box closing the article
        ("Elaine Chen" / "National Biotech Reporter" / "Elaine Chen covers biotech, …"). A page with
        two such pairs or more is a round-up of people or products, each under its name. Failing one
        pair, the one name line over a bio in the first person; failing that, the bio of the byline's
        author (:meth:`_byline_bio`), whose index is the paragraph's."""
        found: list[tuple[int, int]] = []
        own: list[tuple[int, int]] = []  # a name over a bio in the first person ("I'm the founder of …")
        blocks = page.blocks
        # The lines a bio may stand under, read first: only a short line among them is asked whether
        # it is a name (most short lines are a menu's, far from any paragraph of eight words).
        near = {
            i
            for j, b in enumerate(blocks)
            if b.words >= self.min_pair_bio_words
            for i in range(max(0, j - self.bio_window), j)
        }
        for i, block in enumerate(blocks):
            if block.words >= self.min_pair_bio_words and ":" in block.text[:60]:
                glued = _NAMED_BIO.match(block.text.strip())
                if glued is not None and _names_subject(block.text.strip()[glued.end() :], glued["name"]):
                    found.append((i, i))
            if i not in near or block.words > 8 or len(block.text) > 60:
                continue
            match = _AUTHOR_NAME.fullmatch(block.text.strip())
            if match is None:
                continue
            for j in range(i + 1, min(i + 1 + self.bio_window, len(blocks))):
                if blocks[j].words < self.min_pair_bio_words:
                    continue
                text = blocks[j].text.strip()
                if _names_subject(text, match["name"]):
                    found.append((i, j))
                    break
                if _FIRST_PERSON_BIO.match(text) is not None:
                    own.append((i, j))
                    break
        for pairs in (found, own):
            if len(pairs) == 1:
                name, paragraph = pairs[0]
                if weights[paragraph] and sum(weights[paragraph + 1 :]) <= self.max_after_bio_words:
                    return name
        return self._byline_bio(page, weights)

    def _byline_bio(self, page: Page, weights: list[int]) -> int | None:
        """The kept paragraph that opens with the name of the page's first byline, with next to nothing
        kept after it: the author's bio closing the article, far from any line with their name alone
        ("By Chris Radich" at the top, "Chris Radich is the public sector CTO …" at the end; "Written
        by: Sean Peek, Senior Analyst", "Sean Peek co-founded …"). The first byline is the article's:
        the ones under it are its teasers' ("By Adam Feuerstein" under a related headline). A byline
        of two people ("By Jane Doe and John Roe") names no one author."""
        blocks = page.blocks
        bylines = (
            (i, match["name"])
            for i, block in enumerate(blocks)
            if block.words <= 8
            and len(block.text) <= 60
            and (line := block.text.strip())[:1] in _BYLINE_OPENINGS
            and (match := _BYLINE.fullmatch(line)) is not None
        )
        first, name = next(bylines, (len(blocks), ""))
        after = sum(weights)
        for j in range(len(blocks)):
            after -= weights[j]
            if after > self.max_after_bio_words or j <= first or not weights[j]:
                continue
            if blocks[j].words >= self.min_bio_words and _opens_with(blocks[j].text.strip(), name):
                return j
        return None


class BesideRestored(Rule):
    """Settles again the short lines the neighbour pass removed beside a block that the learned
    scorer then gave back. The neighbour pass ran first and judged such a line against a neighbour
    it took for boilerplate: a card's price under its title ("SitOnIt Wit High Back Mesh Task
    Chair" / "$655.00 $403.00"), a chart's rank beside its entry ("#1"), where only the learned
    scorer, later, read the title as content. With that neighbour now content, the line is decided
    as the neighbour pass decides it (:func:`_settle_between`): one content neighbour is enough
    on pages not cleaned as articles; on an article a short line needs both, or a sentence's end.

    HTML only (the measured case); a line that is mostly links, a heading or a button is left
    removed (a menu's entry, another section's heading, "Brand").
    """

    id = "quality.beside-restored"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    restorer = "quality.learned"
    max_link_density = 0.5

    def _restored(self, v: Verdict | None) -> bool:
        return v is not None and v.rule == self.restorer and v.label is Label.CONTENT

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.is_html:
            return
        verdicts = page.verdicts
        restored = [self._restored(v) for v in verdicts]
        if not any(restored):
            return
        content = [v is None or v.label is Label.CONTENT for v in verdicts]
        for i, v in enumerate(verdicts):
            if v is None or v.rule != Neighbours.id or v.label is not Label.BOILERPLATE:
                continue
            before, after = i > 0 and restored[i - 1], i + 1 < len(verdicts) and restored[i + 1]
            if not (before or after):
                continue
            block = page.blocks[i]
            if block.link_density > self.max_link_density or block.role is Role.HEADING:
                continue
            if block.dom is not None and block.dom.tag == "button":
                continue
            above, below = i > 0 and content[i - 1], i + 1 < len(verdicts) and content[i + 1]
            if _settle_between(page, i, above, below)[1] is Label.CONTENT:
                yield i, self.shared_verdict("beside a block the learned scorer gave back", label=Label.CONTENT)


class PostText(Rule):
    """Gives back, on an HTML page cleaned as a forum, a block of a post's own text that a scoring
    pass removed: a short reply ("Probably, companies are always trying to save money", "thanks for
    marking the issues bro") between the poster's details and the post's reactions, which the
    neighbour pass reads as short text away from the page's prose, or a post's list item that is
    mostly a link ("Download and install latest https://github.com/…"), which the link-density
    classifier and the learned scorer read as a menu's entry.

    The markup says which text is a post's: forum and Q&A software marks the body of each post,
    reply, answer or comment with schema.org's ``itemprop="text"`` (XenForo, Discourse, Stack
    Exchange, NodeBB), so a block inside such an element that ``quality.neighbours``,
    ``quality.classify`` or ``quality.learned`` removed, of ``min_words`` words or more, is content.
    A shorter line ("thank you", "NIH - 7/18") is left as judged, and the furniture rules' removals
    (a signature, a link preview card, a quoted post kept twice) are not this rule's.

    HTML only (text carries no markup); forums only: an article's comments carry the same mark.
    Runs after the learned scorer, once every positional rule has spoken.
    """

    id = "quality.post-text"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    min_words = 4
    mark = "itemprop:text"
    """The class-and-id token the block collector gives ``itemprop="text"``."""
    removers = frozenset(("quality.neighbours", "quality.classify", "quality.learned"))

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.is_html or not page.is_thread:
            return
        for i, block in enumerate(page.blocks):
            if not page.removed_by(i, self.removers) or block.words < self.min_words or block.dom is None:
                continue
            if any(self.mark in node.tokens for node in block.dom.nodes):
                yield i, self.shared_verdict("a post's own text, marked as such", label=Label.CONTENT)


_NOT_LETTERS = regex.compile(r"[\W_]+")


def _squeezed(text: str) -> str:
    """``text`` folded to lower case with every space and sign taken out, so that controls run
    together ("Quick ViewCompare") and spaced apart read alike."""
    squeezed: str = _NOT_LETTERS.sub("", text.casefold())
    return squeezed


_CARD_CONTROLS = frozenset(_squeezed(p) for p in W.phrases(W.CARD_CONTROLS))
_CARD_CONTROL_LENGTHS = tuple(sorted({len(p) for p in _CARD_CONTROLS}))
_CARD_BACK_TO = tuple(p.split() for p in W.phrases(W.CARD_BACK_TO))
_CARD_CONTROL_OPENINGS = frozenset(p[:3] for p in (*_CARD_CONTROLS, *map(_squeezed, W.phrases(W.CARD_BACK_TO))))
"""The first three letters of every control: most lines fail on them at once."""


def _card_controls(text: str) -> bool:
    """Whether ``text`` is only one card control or several run together ("Add to cart", "Quick view
    View options", "Comparer Ne plus comparer"), or a menu's "Back to <one word>"."""
    squeezed = _squeezed(text)
    if squeezed[:3] not in _CARD_CONTROL_OPENINGS:
        return False
    words = text.casefold().split()
    if any(len(words) == len(opening) + 1 and words[:-1] == opening for opening in _CARD_BACK_TO):
        return True
    return _run_together(squeezed, _CARD_CONTROLS, _CARD_CONTROL_LENGTHS)


def _run_together(squeezed: str, phrases: frozenset[str], lengths: tuple[int, ...]) -> bool:
    """Whether a squeezed line (:func:`_squeezed`) is one of ``phrases`` or several run together
    ("quickviewcompare"), ``lengths`` being theirs: a walk from the line's start through whole
    phrases only, the line qualifying if a walk ends at its end. An empty line is none."""
    reached, ends = {0}, len(squeezed)
    for start in range(ends):
        if start in reached:
            reached.update(start + n for n in lengths if squeezed[start : start + n] in phrases)
    return ends > 0 and ends in reached


class _KeptCopies(Rule):
    """A short kept line that :meth:`copy_of` reads as a button or control, dropped when the text page
    keeps it ``min_copies`` times or more: the control a grid prints under every card. The subclasses
    say which lines count (``copy_of`` gives the line's key, the empty string for any other line),
    on which kinds of page, and how they name it in ``reason``."""

    min_copies = 3
    max_words = 6
    kinds: frozenset[PageType] = frozenset()
    named = "a control"

    def copy_of(self, text: str) -> str:
        """The key under which ``text`` counts as a copy, or the empty string if it is not one."""
        raise NotImplementedError

    def key_of(self, text: str) -> str:
        """``text``'s key before :meth:`is_copy` is asked of it: :meth:`copy_of` unless a subclass reads
        its lines in two steps (a cheap key, then a dearer test of the key alone, asked only of a key
        kept ``min_copies`` times), so that ``copy_of(text)`` is ``key_of(text)`` when ``is_copy`` of
        that key, else the empty string."""
        return self.copy_of(text)

    def is_copy(self, key: str) -> bool:
        """Whether a key :meth:`key_of` gave is a button's or control's (always, when ``key_of`` is
        ``copy_of``)."""
        return True

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html or page.page_type not in self.kinds:
            return
        copies_of = {
            i: key
            for i, (block, label) in enumerate(zip(page.blocks, page.labels(), strict=True))
            if block.words <= self.max_words and label is Label.CONTENT and (key := self.key_of(block.text))
        }
        copies = Counter(copies_of.values())
        # Each key kept often enough asked once, the others never.
        often = {key for key, count in copies.items() if count >= self.min_copies and self.is_copy(key)}
        for i, key in copies_of.items():
            if key in often:
                yield i, self.shared_verdict(f"{self.named} kept {self.min_copies} times or more")


class CardControls(_KeptCopies):
    """Drops the controls a grid of cards prints under every item, which a page read as text kept with
    the items: "Add to cart", "Quick view", "Add to compare", "In stock", "View details", "Read full
    story", a mega-menu's "Back to Women" (:data:`wordings.CARD_CONTROLS`, whole lines, one or several
    run together as innerText glues them: "Quick ViewCompare"). Each copy repeats the same words under
    a different item, so the kept copies count as text the page does not have, and they break the
    items' own text apart.

    Text input only, on pages cleaned as collections, listings or products (a product page's grid of
    other products), and only a control the page keeps at least ``min_copies`` times: a product's own
    buy box ("Add to cart" once, or twice in a desktop and a mobile layout) is left to the annotator's
    taste, as are an item's attributes that repeat ("Hardcover", "Men's Road Running Shoes", "Black"),
    which are not controls.
    """

    id = "quality.card-controls"
    kind = Kind.NAVIGATION
    stage = Stage.CONTEXT
    kinds = frozenset((PageType.COLLECTION, PageType.LISTING, PageType.PRODUCT))
    named = "a card's control"

    def copy_of(self, text: str) -> str:
        return _squeezed(text) if _card_controls(text) else ""


_NOT_LETTERS_OR_DIGITS = regex.compile(r"[\W\d_]+")
_PICK_BUTTONS = frozenset(_NOT_LETTERS_OR_DIGITS.sub("", p.casefold()) for p in W.phrases(W.PICK_BUTTONS))
_PICK_BUTTON_LENGTHS = tuple(sorted({len(p) for p in _PICK_BUTTONS}))


def _pick_button(text: str) -> str:
    """``text`` folded to its letters alone if it is only a pick's button or several run together
    ("Check Price", "See on AmazonRead full review", "Get a Quote (212) 555-0199": the phone number
    the button dials goes with the digits), else the empty string."""
    letters = _pick_letters(text)
    return letters if _run_together(letters, _PICK_BUTTONS, _PICK_BUTTON_LENGTHS) else ""


def _pick_letters(text: str) -> str:
    """``text`` folded to its letters alone (:func:`_pick_button`'s key)."""
    letters: str = _NOT_LETTERS_OR_DIGITS.sub("", text.casefold())
    return letters


class PickButtons(_KeptCopies):
    """Drops the buttons a round-up or a review site prints under every pick of an article's list,
    which a page read as text kept with the picks: "Check Price", "See on Amazon", "Read Full Review",
    "Track price", "Get a Quote (212) 555-0199", "More Details", "Learn more"
    (:data:`wordings.PICK_BUTTONS`, whole lines, one or several run together, a phone number after
    them read as part of the button). The markup renders them as links or buttons, which HTML's rules
    take; innerText prints each as a line of its own beside the pick's prose, and the neighbour pass
    keeps it there. Each copy repeats the same words under a different pick, text the truths leave out.

    Text input only, on pages cleaned as articles (:class:`CardControls` reads a shop's cards on
    collections, listings and products), and only a button the page keeps at least ``min_copies``
    times (its letters alone, so the copies that dial different numbers are one button): a closing
    "Learn more" or an article's one "Check price" link is left as judged. A shop's "Buy Now" is not
    read: a deals post's truth may keep it beside each deal.
    """

    id = "quality.pick-buttons"
    kind = Kind.PROMO
    stage = Stage.CONTEXT
    examples = ("Check Price", "SEE ON AMAZON", "Read Full Review", "Get a Quote (212) 555-0199", "Track price ")
    counter_examples = ("Check the price before you buy.", "Buy Now", "Price: $49", "Learn more about the study")
    kinds = frozenset((PageType.ARTICLE,))
    named = "a pick's button"

    def copy_of(self, text: str) -> str:
        return _pick_button(text)

    def key_of(self, text: str) -> str:
        # :func:`_pick_button` in two steps: the line's letters, then whether they are buttons run
        # together, asked only of letters kept ``min_copies`` times (most short lines are kept once).
        return _pick_letters(text)

    def is_copy(self, key: str) -> bool:
        return _run_together(key, _PICK_BUTTONS, _PICK_BUTTON_LENGTHS)


_SORT_HEADINGS = frozenset(_squeezed(p) for p in W.phrases(W.SORT_HEADINGS))
_SORT_OPTIONS = frozenset(_squeezed(p) for p in W.phrases(W.SORT_OPTIONS))
_SORT_OPTION_LENGTHS = tuple(sorted({len(p) for p in _SORT_OPTIONS}))
_SORT_HEADING_OPENINGS = tuple(sorted(_SORT_HEADINGS))
"""The menu names as a tuple for one ``str.startswith``: most lines open with none of them."""


def _sort_heading(text: str) -> bool:
    """Whether ``text`` is only a sort menu's name ("Sort by:", "Sorted by") or its name followed by the
    option chosen ("Sorted by: Highest score", "Sort by Oldest first")."""
    squeezed = _squeezed(text)
    if squeezed in _SORT_HEADINGS:
        return True
    if not squeezed.startswith(_SORT_HEADING_OPENINGS):
        return False
    return any(
        squeezed.startswith(name) and _run_together(squeezed[len(name) :], _SORT_OPTIONS, _SORT_OPTION_LENGTHS)
        for name in _SORT_HEADINGS
    )


def _sort_options(text: str) -> bool:
    """Whether ``text`` is only one sort option or several run together ("Featured", "Price: Low to
    High", "Price: Low to HighPrice: High to Low", "De A à Z")."""
    return _run_together(_squeezed(text), _SORT_OPTIONS, _SORT_OPTION_LENGTHS)


class SortMenu(Rule):
    """Drops a sort menu that a page read as text kept: a line that is only the menu's name ("Sort
    by:", "Sort", "Trier par", :data:`wordings.SORT_HEADINGS`), or its name and the option chosen
    ("Sorted by: Highest score"), and the kept lines right after it that are only its options
    ("Featured", "Best Selling", "Price: Low to High", "A to Z", "Prix croissant", a thread's "Highest
    score (default)" and "Date created (oldest first)", :data:`wordings.SORT_OPTIONS`, one or several
    run together), at least ``min_options`` of them. innerText prints a shop's, a list's or a thread's
    sort drop-down as lines of their own above the items or the answers, and the neighbour pass keeps
    them beside the first item's name or the first answer.

    Text input only, on a page of any kind: a category page is often cleaned as an article, and
    an article prints no sort menu. The name alone, or an option alone ("Featured", "Best Sellers",
    "Newest", an item's badge or a section's heading), stays.
    """

    id = "quality.sort-menu"
    kind = Kind.NAVIGATION
    stage = Stage.CONTEXT
    min_options = 2
    max_words = 8
    max_gap = 3
    """Blocks the rules removed may stand between the options (a sort menu's empty lines read as images)."""

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html:
            return
        n = len(page.blocks)
        labels = page.labels()
        for i, block in enumerate(page.blocks):
            if block.words > self.max_words or labels[i] is not Label.CONTENT:
                continue
            if not _sort_heading(block.text):
                continue
            options: list[int] = []
            j = i + 1
            while j < n and j - (options[-1] if options else i) <= self.max_gap:
                if labels[j] is Label.CONTENT:
                    if page.blocks[j].words > self.max_words or not _sort_options(page.blocks[j].text):
                        break
                    options.append(j)
                j += 1
            if len(options) >= self.min_options:
                for k in (i, *options):
                    verdict = self.shared_verdict(f"a sort menu: its name over {len(options)} options")
                    yield k, verdict
                    labels[k] = verdict.label  # as the engine has just applied it


_FILTER_CONTROLS = frozenset(_squeezed(p) for p in W.phrases(W.FILTER_CONTROLS, W.SORT_HEADINGS))
_FILTER_CONTROL_LENGTHS = tuple(sorted({len(p) for p in _FILTER_CONTROLS}))


def _filter_controls(text: str) -> bool:
    """Whether ``text`` is only a filter drawer's buttons or a sort menu's name, one or several run
    together ("Filters", "Filter & Sort", "FilterFilter & Sort", "Clear All Sort By", "Filtrer par")."""
    return _run_together(_squeezed(text), _FILTER_CONTROLS, _FILTER_CONTROL_LENGTHS)


class FilterControls(Rule):
    """Drops a kept line that is only a shop's filter drawer's buttons ("Filters", "Filter & Sort",
    "All Filters", "Clear all", "Filter by:", "Tous les filtres", :data:`wordings.FILTER_CONTROLS`) or a
    sort menu's name alone ("Sort by:", :data:`wordings.SORT_HEADINGS`), one or several run together
    as innerText glues them ("FilterFilter & Sort"). innerText prints a category page's filter and
    sort buttons as lines of their own above the grid, and the neighbour pass keeps them beside the
    first item's name; the truths keep the items, never the buttons.

    On text, on a page cleaned or reported as a collection (``Page.reported_type``: many category
    pages are cleaned as articles), a listing or a product (its grid of other products). A line that
    says more ("Filter by in-stock items to see what ships today", "Air filters") is no button, and an
    article's "Filters" heading stays (a page about coffee or water filters).

    HTML too on a page cleaned as a collection (html68), the kind it is cleaned as only, as
    ``quality.card-badges`` reads it: a theme prints its filter drawer's toggle and its sort menu's
    label in a ``<div>`` or a ``<span>`` named for its layout ("filter_ijsxtxbeqr", "filter-tree-button"),
    which no markup rule names, so the neighbour pass or the learned scorer keeps it beside the grid.
    On fold 0's HTML collections the lines it takes were lacked by the truths on six sites (a camera
    shop's "Filter by:" / "Sort by:", a wallet maker's "Filter", a candle shop's "Filter & Sort" /
    "Sort:", an outdoor-gear shop's, a suit shop's, a shoe shop's "Sort By") and held on one (a
    marketplace's "Sort by:"). Not on HTML listings and products, where it took nothing on fold 0.
    """

    id = "quality.filter-controls"
    kind = Kind.NAVIGATION
    stage = Stage.CONTEXT
    max_words = 8
    kinds = frozenset((PageType.COLLECTION, PageType.LISTING, PageType.PRODUCT))
    examples = ("Filters", "Filter & Sort", "FilterFilter & Sort", "All Filters", "Sort by:", "Filtrer par")
    counter_examples = ("Air filters", "Filter style: Cone", "Sort by date Sort by votes", "Price range")

    html_kinds = frozenset((PageType.COLLECTION,))
    """Kinds read on HTML, the kind the page is cleaned as."""

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not (page.text_of_kind(self.kinds) or (page.is_html and page.page_type in self.html_kinds)):
            return
        labels = page.labels()
        for i, block in enumerate(page.blocks):
            if block.words <= self.max_words and labels[i] is Label.CONTENT and _filter_controls(block.text):
                yield i, self.shared_verdict("a filter drawer's button or a sort menu's name alone")


_FACET_NAMES = frozenset(_squeezed(p) for p in W.phrases(W.FACET_NAMES))


def _facet_name(block: Block, max_words: int) -> str | None:
    """The facet a line names, squeezed ("Brand", "Product Type:", "Prix "), or None: a line of at most
    ``max_words`` words that is only a name of :data:`wordings.FACET_NAMES` (a figure makes it no name:
    "3 colors", "Gender (1)")."""
    if block.words > max_words:
        return None
    name = _squeezed(block.text)
    return name if name in _FACET_NAMES else None


class FacetPanel(Rule):
    """Drops a shop's filter panel that a page read as text kept: the names of three facets or more
    ("Product Type" / "Size" / "Color" / "Price", "Marques" / "Prix", :data:`wordings.FACET_NAMES`),
    each printed once on the page, a few lines apart, and the short lines between the first name and
    the last (each facet's values: "Shoes" / "Socks", "XSSMLXLXXL3XL", "$10 - $20$20 - $30"). innerText
    prints the filter drawer's facets as lines of their own beside the grid, and the neighbour pass keeps
    them beside the first item's name; the truths keep the items, rarely the facets.

    Text input only, on a page cleaned or reported as a collection (``Page.reported_type``). The values
    after the last name stay: where they end is not told by their shape (a run of short lines under a
    filter button is the page's own items as often, text47). A name printed more than once on the page
    is a card's field ("Color" / "Black" / "Price" / "$99" under every item), not a facet, and a kept
    line of more than ``max_value_words`` words between two names (a paragraph, an item's description)
    ends the panel.
    """

    id = "quality.facet-panel"
    kind = Kind.NAVIGATION
    stage = Stage.CONTEXT
    kinds = frozenset((PageType.COLLECTION,))
    max_name_words = 4
    min_names = 3
    max_gap = 25
    """Blocks from one facet's name to the next (the first facet's values between)."""
    max_value_words = 12
    copy_reach = 2
    """A name printed again within this many blocks counts once."""
    examples = ("Product Type", "Brand", "Price:", "Marques", "Farbe")
    counter_examples = ("3 colors", "Gender (1)", "Shop by brand", "Price: $24.00")

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.text_of_kind(self.kinds):
            return
        names: list[tuple[int, str]] = []
        printed: Counter[str] = Counter()
        last: dict[str, int] = {}
        for i, block in enumerate(page.blocks):
            name = _facet_name(block, self.max_name_words)
            if name is not None:
                names.append((i, name))
                # a copy right under the name (its key printed again: "Fit" / "fit") is the same name
                printed[name] += i - last.get(name, -self.copy_reach - 1) > self.copy_reach
                last[name] = i
        runs: list[list[int]] = []
        for i, name in names:
            if printed[name] > 1 or page.label(i) is not Label.CONTENT:
                continue
            run = runs[-1] if runs else None
            if run is None or i - run[-1] > self.max_gap or self._breaks(page, run[-1], i):
                runs.append([i])
            else:
                run.append(i)
        for run in runs:
            if len(run) < self.min_names:
                continue
            verdict = self.shared_verdict(f"a filter panel: {len(run)} facets' names and their values")
            for k in range(run[0], run[-1] + 1):
                if page.label(k) is Label.CONTENT and page.blocks[k].words <= self.max_value_words:
                    yield k, verdict

    def _breaks(self, page: Page, start: int, end: int) -> bool:
        """Whether a kept line longer than a facet's value stands between two names."""
        return any(
            page.label(k) is Label.CONTENT and page.blocks[k].words > self.max_value_words
            for k in range(start + 1, end)
        )


_COUNTED = regex.compile(
    r"(?P<name>[^()\n]{1,60}?)\s{0,3}\((?P<count>\d{1,3}(?:[,.]\d{3}){1,3}|\d{1,7})\)"
    r"|[^\n]{0,60}\p{Ll}\d{1,7}"
)
"""A category's or a facet value's name with its count of items, the whole line: in brackets ("Awnings &
Accessories (16)", "Mirrorless Cameras (897)", "CapRax (0)") or glued to a name ending in a lower-case
letter, as innerText runs the name and the count's badge together ("Accessories1385", "Mirrorless
Cameras1022"). Both parts are bounded."""
_YEAR = regex.compile(r"(?:19|20)\d\d")


def _counted_entry(line: str, max_words: int) -> bool:
    """Whether ``line`` is only a name and its count of items (:data:`_COUNTED`), of at most ``max_words``
    words: a name of no letter ("2 (3)") or a year in brackets ("Top 10 lists (2025)", "Dune (2021)")
    is none."""
    text = line.strip()
    if not text or len(text.split()) > max_words:
        return False
    m = _COUNTED.fullmatch(text)
    if m is None:
        return False
    name = m.group("name")
    if name is None:
        return True
    return _LETTER.search(name) is not None and not _YEAR.fullmatch(m.group("count"))


class CountedList(Rule):
    """Drops a shop's category list, each entry printed with its count of items, that a page read as
    text kept: four lines or more in a row, each only a name and its count, in brackets or glued on
    ("Awnings & Accessories (16)" / "Awning Brackets (8)" / "Awnings (3)", "Accessories1385" /
    "Actuators168" / "Adhesive Pads158", "Mirrorless Cameras1022" / "Mirrorless Lenses2103"). A
    storefront's sidebar prints its departments, brands or facet values so, each with how many
    products it holds; innerText sets them as lines of their own beside the grid, and the neighbour
    pass keeps them with the first item's name. A category's truth keeps its items, not the counts of
    the site's other categories.

    Text input only, on a page cleaned or reported as a collection (``Page.reported_type``): an
    article's "Categories" widget ("Gardening (149)") and its archive ("February 2026 (2)") are mostly
    cut by the neighbour pass already, and a documentation page's "pacman(8)" is a manual's section, so
    other kinds are not asked. A run is read over the page's blocks whatever their verdicts (a removed
    entry still stands in the list), and only its kept blocks go; a run of fewer than ``min_run``
    entries ("Gender (1)" over a facet's values, a card's "(32)" reviews) is left to the other rules. A
    year in brackets is no count ("Top 10 lists (2025)").
    """

    id = "quality.counted-list"
    kind = Kind.NAVIGATION
    stage = Stage.CONTEXT
    kinds = frozenset((PageType.COLLECTION,))
    min_run = 4
    """Entries in a row, at least: a list, not one facet's count."""
    max_words = 8
    """Words an entry holds at most: a category's name, not an item's description."""
    examples = ("Awnings & Accessories (16)", "Accessories1385", "Mirrorless Cameras (1,022)", "CapRax (0)")
    counter_examples = ("Top 10 lists (2025)", "Canon R5", "Size 10", "$24.00", "Reviews (3 of 12)")

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.text_of_kind(self.kinds):
            return
        run: list[int] = []
        for i in [*range(len(page.blocks)), -1]:
            if i >= 0 and self._entry(page, i):
                run.append(i)
                continue
            if len(run) >= self.min_run:
                verdict = self.shared_verdict(f"a category list of {len(run)} entries, each with its count of items")
                for k in run:
                    if page.label(k) is Label.CONTENT:
                        yield k, verdict
            run = []

    def _entry(self, page: Page, i: int) -> bool:
        """Whether block ``i`` holds only list entries, each a name with its count."""
        lines = [line for line in page.blocks[i].raw.splitlines() if line.strip()]
        return bool(lines) and all(_counted_entry(line, self.max_words) for line in lines)


_DIGIT = regex.compile(r"\d")


_LABEL_WORD = regex.compile(r"\p{L}{1,40}")
"""A word of a card's label, its letters only ("Posts" of "Posts 2"); its length is bounded."""


class CardLabels(Rule):
    """Drops a short line a listing prints at the same place in every item's card, which a page read
    as text kept with the items: the card's buttons in whatever wording ("Rate" / "Mark as watched"
    under every film of a chart, "Visit map" under every trail, "View"), its flags ("On Now" on every
    clip of a video hub), its field labels ("Reported by:" in every estimate of a cost report; "Brand
    Name" / "Rating" read aloud to screen readers). Each copy repeats the same words under a different
    item, so the kept copies count as text the page does not have and break the items' own text apart.
    :class:`CardControls` knows controls by their words; this rule knows them by their place.

    Text input only, on a page cleaned or reported as a listing (``Page.reported_type``: many listings
    are cleaned as articles). Not on collections: a shop's grid prints the attributes its items share
    alike at the same place in every card ("Women's", "Solid wood", a brand), which the truths keep, and
    on the held-out half the collections fell (``text55`` in docs/HISTORY.md). A line of at most
    ``max_words`` words with no figure, that the page keeps ``min_copies`` times or more, goes when its
    copies (kept or removed) stand at even intervals in the page's lines: every gap from one copy to the
    next is within ``max_spread`` times the middle gap either way, and that gap is ``min_gap`` lines or
    more (a card holds more than the line). An item's value that repeats ("Winner" / "Honoree", "Black",
    "Hardcover", a designer's name) stands in some cards and not in others, at uneven gaps, and stays:
    text29 found the truths keep those (any short line kept three times or more cost an awards list
    0.383). A line with a figure ("$15", "-30%", "Mar 14") is an item's price, discount or date, and stays.

    A card here and there prints the label otherwise or not at all (a comment count's "Posts 2" for
    "Posts", a trail without a map): its copies then stand a card apart, or two. So copies also stand at
    even gaps when, reading the shortest gap as the card's length (``min_gap`` lines or more), every gap
    is one or two cards' lengths, within a quarter of a card either way, the copies stand in
    ``min_fill`` of the cards from the first copy to the last or more, and each card skipped prints, at
    the label's place, a line that shares a word with it (its variant). An item's value stands in fewer
    cards, or further apart ("Difficulty Beginner" in five of nine trails, one gap four cards long), and
    the cards between its copies print another value there ("Honoree" between two "Winner"s).
    """

    id = "quality.card-labels"
    kind = Kind.NAVIGATION
    stage = Stage.CONTEXT
    kinds = frozenset((PageType.LISTING,))
    max_words = 3
    min_copies = 4
    min_gap = 2
    max_spread = 1.5
    max_skip = 2
    min_fill = 0.6
    examples = ("Rate", "Mark as watched", "On Now", "Reported by:", "Brand Name")
    counter_examples = ("$15", "-30%", "Mar 14", "Add to favorites. 0 people have favorited this")

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.text_of_kind(self.kinds):
            return
        # Places are counted in the page's lines, not its blocks: the segmenter joins a label to a value
        # that opens in lower case ("Brand Name" / "adidas"), and that copy still marks its card's place.
        places: dict[str, list[int]] = {}
        alone: dict[str, list[int]] = {}
        lines: list[str] = []
        line = 0
        for i, block in enumerate(page.blocks):
            for text in block.raw.splitlines():
                if not text.strip():
                    continue
                line += 1
                lines.append(text)
                if len(text.split()) <= self.max_words and not _DIGIT.search(text) and (key := _squeezed(text)):
                    places.setdefault(key, []).append(line)
            if 1 <= block.words <= self.max_words and page.label(i) is Label.CONTENT and not _DIGIT.search(block.text):
                alone.setdefault(_squeezed(block.text), []).append(i)
        for key, kept in alone.items():
            where = places.get(key, [])
            if len(kept) < self.min_copies or len(where) < self.min_copies or not self._regular(where, lines):
                continue
            verdict = self.shared_verdict(f"a short line printed in every card, {len(where)} times at even gaps")
            for i in kept:
                yield i, verdict

    def _regular(self, where: list[int], lines: list[str]) -> bool:
        """Whether the copies at lines ``where`` (1-based numbers into ``lines``, the page's lines) stand at
        even gaps: none further from the middle gap than ``max_spread`` times, either way, and that gap
        ``min_gap`` lines or more; or in most cards of a grid, a card here and there printing a variant."""
        gaps = sorted(b - a for a, b in pairwise(where))
        middle = gaps[len(gaps) // 2]
        if middle >= self.min_gap and gaps[-1] <= self.max_spread * middle and gaps[0] * self.max_spread >= middle:
            return True
        return self._cards_skipped(where, gaps[0], lines)

    def _cards_skipped(self, where: list[int], card: int, lines: list[str]) -> bool:
        """Whether the copies at lines ``where`` stand in most cards of a grid whose card is ``card`` lines
        long (the shortest gap): every gap one to ``max_skip`` cards long, within a quarter of a card; the
        copies in ``min_fill`` of the cards they span or more; and the line half way across each longer gap
        (where the card in between prints the label) shares a word with the label: its variant ("Posts 2"
        for "Posts", "Visit Trailforks Map" for "View Trailforks Map"), not another item's value."""
        if card < self.min_gap:
            return False
        label = set(_LABEL_WORD.findall(lines[where[0] - 1].casefold()))
        cards = 0
        for a, b in pairwise(where):
            count = round((b - a) / card)
            if not 1 <= count <= self.max_skip or abs(b - a - count * card) * 4 > card:
                return False
            if count > 1 and not label & set(_LABEL_WORD.findall(lines[(a + b) // 2 - 1].casefold())):
                return False
            cards += count
        return len(where) >= self.min_fill * (cards + 1)


_BARE_FIGURE = regex.compile(r"\(?\+?\d[\d,.]{0,12}\+?\)?")
"""A figure alone: "339", "(104)", "1,204", "4.5", "12+"; its length is bounded."""
_RUNNING_TIME = regex.compile(r"\d{1,2}:\d\d(?::\d\d)?")
"""A clip's running time alone: "1:07", "12:45", "1:02:33"; its length is bounded."""
_LETTER = regex.compile(r"\p{L}")
_CURRENCY_CODES = regex.compile(rf"\b(?:{CURRENCY_CODES})\b", regex.IGNORECASE)
"""The currency codes :data:`related.OFFER_PRICE` reads after a figure, the only letters a price alone has."""


def _price_alone(text: str) -> bool:
    """Whether ``text`` is only prices: "$98.00 $130.00", "1 399,00 € 1 488,00 €", "€ 49,99", with no
    word beside them ("Save $5", "From $599", "Total price: $00" are not)."""
    return OFFER_PRICE.search(text) is not None and _LETTER.search(_CURRENCY_CODES.sub("", text)) is None


class ShopFigures(Rule):
    """On a shop's pages, a figure the page still keeps alone on its line, whose label was
    taken out or printed apart: an item's review count ("(104)", "339"), a specification's value in
    a comparison grid ("48"), a rating ("4.5"); and on a product page, a line that is only prices (the
    product's own "$98.00 $130.00", a bundle's "$16.53"). The truths keep a product's description and
    specifications and a collection's items by their names, and a figure alone says nothing of
    either: kept, it counts as text the page does not have. The product's own price goes with the
    rest: the truths keep what the product is, not what it costs today.

    On a page cleaned as a listing, a video's running time alone on its line ("1:07", printed on the
    item's thumbnail) goes: the truths keep the items' titles and summaries, not the clips' lengths.
    A figure alone stays there (a listing's figure may be a rank the page prints apart from its item).

    On HTML, only on pages cleaned as products, collections or listings (an article's figure may be a
    score the page is about), only a line that is nothing but the figure, the prices or the running time,
    and as a late rule, so that no positional rule reads the gap it leaves. Prices alone stay on
    collections and listings, where the truths print an item's price with its name about as often
    as not.

    On text, only a figure alone, on a page cleaned or reported as a product (``Page.reported_type``:
    the words of a shop's page read it as a product where its shape read an article): innerText
    prints a review count, a picker's options ("1" … "31", "1900" … "2017" of a birthday field) and
    a grid's values each on a line of its own. A text product's prices alone stay (one of fold 0's
    truths prints the product's price on its own line), and so do a text collection's figures (its
    truths keep an item's count beside the item more often than HTML's): ``text38`` in
    docs/HISTORY.md.
    """

    id = "quality.shop-figure"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    kinds = frozenset((PageType.PRODUCT, PageType.COLLECTION, PageType.LISTING))
    examples = ("(104)", "339", "1,204", "$98.00 $130.00", "1 399,00 € 1 488,00 €", "$19.95", "1:07")
    counter_examples = ("Save $1.94", "From $599", "Bit count: 48", "3 colors", "Page 1 of 2", "1:07 pm")

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.is_html:
            if page.text_of_kind(_PRODUCT):
                yield from self._figures(page)
            return
        if page.page_type not in self.kinds:
            return
        prices = page.page_type is PageType.PRODUCT
        listing = page.page_type is PageType.LISTING
        labels = page.labels()
        for i, block in enumerate(page.blocks):
            if labels[i] is not Label.CONTENT:
                continue
            text = block.text.strip()
            if listing:
                if _RUNNING_TIME.fullmatch(text):
                    yield i, self.shared_verdict("a clip's running time alone on its line")
                continue
            if _BARE_FIGURE.fullmatch(text):
                yield i, self.shared_verdict("a figure alone on its line")
            elif prices and _price_alone(text):
                yield i, self.shared_verdict("a line that is only prices")

    def _figures(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        """A text page's figures alone on their lines."""
        labels = page.labels()
        for i, block in enumerate(page.blocks):
            if labels[i] is Label.CONTENT and _BARE_FIGURE.fullmatch(block.text.strip()):
                yield i, self.shared_verdict("a figure alone on its line")


_PRICE_LABEL = regex.compile(
    r"\b(?:(?:sale|regular|current|original|previous|list|our)\s{1,3}price|price|prices|was|now|from|starting"
    r"|at|is|only|delivery|shipping|prix|dès|à\s{1,3}partir\s{1,3}de|preis|ab|statt|precio|desde|prezzo|prijs|vanaf"
    r"|preço|a\s{1,3}partir\s{1,3}de)\b",
    regex.IGNORECASE,
)
"""The words that label a price in a shop's buy box or card: "Sale price", "current price … is", "Price", "was",
"now", "From", "Starting from", "+ … delivery", "Prix", "ab", "statt", "Precio", "desde", "Prezzo", "vanaf"; a line
with any other word ("Save $1.94", "Total price: $00", "Free shipping on orders over $75") is not only a price."""
_PRICE_LABEL_WORDS = 8
"""A longer line that names a price says something about it."""
_PRICE_MARKS = regex.compile(r"[\d.,\s:+\-–|/()*]+")
"""What a labelled price holds besides its words and currency signs: figures, separators, a "+", a colon."""


def _labelled_price(text: str) -> bool:
    """Whether ``text`` is a price and its label, nothing more: "Sale price $24.95", "current price $129.00",
    "Price $ 79.99", "Starting from $178.99", "+ $34.85 delivery"; "previous price $87.07 17% off" is not."""
    if len(text.split()) > _PRICE_LABEL_WORDS or OFFER_PRICE.search(text) is None or _price_alone(text):
        return False
    rest = _PRICE_MARKS.sub(" ", _PRICE_LABEL.sub(" ", _CURRENCY_CODES.sub(" ", text)))
    return _LETTER.search(rest) is None


class PriceLabels(Rule):
    """On a page cleaned as a product (HTML), a line the page still keeps that is only a price and the
    words that label it: "Sale price $24.95", "current price $129.00", "Price $ 79.99", "Starting from
    $178.99", "From $899.99", a card's "+ $34.85 delivery" or "previous price $157.40". The buy box and
    the cards print the price under a label the markup sets apart for screen readers or styles; the
    truths keep what the product is, not what it costs today, as ``quality.shop-figure`` reads a line of
    prices alone (which this rule leaves to it).

    Only a line of eight words at most, whose every word once the prices are read is a price's label
    (:data:`_PRICE_LABEL`, in English and six other languages): "Save $1.94", "Total price: $00",
    "Free shipping on orders over $75" and "From $1099 or $91.58/mo. for 12 mo." stay. Products only:
    a collection's and a listing's truths print an item's price with its name as often as not. A late
    rule, so that no positional rule reads the gap. HTML only: on text, a product's prices stay (one of
    fold 0's text truths prints the product's price on its own line, ``text38`` in docs/HISTORY.md).
    """

    id = "quality.price-label"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    kinds = frozenset((PageType.PRODUCT,))
    examples = (
        "Sale price $24.95",
        "current price $129.00",
        "Price $ 79.99",
        "Starting from $178.99",
        "+ $34.85 delivery",
    )
    counter_examples = ("Save $1.94", "Total price: $00", "Free shipping on orders over $75", "$98.00 $130.00", "Price")

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.is_html or page.page_type not in self.kinds:
            return
        for i, block in enumerate(page.blocks):
            if page.label(i) is Label.CONTENT and _labelled_price(block.text.strip()):
                yield i, self.shared_verdict("a price and its label")


_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]{0,5}\.?"
_DELIVERY_WHEN = regex.compile(
    rf"\b{ENGLISH_MONTH}\s{{1,3}}\d{{1,2}}\b|\b\d{{1,2}}\s{{1,3}}{ENGLISH_MONTH}(?!\w)|\b{_WEEKDAY}(?!\w)|\btoday\b|\btomorrow\b"
    r"|\b\d{1,2}\s{0,2}[-–]\s{0,2}\d{1,2}\s{1,3}(?:working\s{1,3}|business\s{1,3})?days?\b|\b\d{1,2}\s{0,2}(?:hrs?|hours?)\b",
    regex.IGNORECASE,
)
"""A date or a span of time a delivery is promised for: "Mar 23", "23 March", "Monday", "Wed,", "today", "tomorrow",
"4-7 working days", "3 hr"."""
_DELIVERY_WORD = regex.compile(
    r"\barriv\w{0,4}|\bget\s{1,3}it\b|\bdeliver\w{0,4}|\bships?\b|\bshipping\b|\bdispatch\w{0,4}"
    r"|\border\s{1,3}(?:today|within|now|by|before)\b|\bpick\s{0,2}up\b",
    regex.IGNORECASE,
)
"""The words that promise a delivery: "Arrives", "Get it", "delivery", "Ships", "Dispatched", "Order within", "Pickup"."""
_DELIVERY_DATE_WORDS = 12
"""A longer line that names a delivery and a day says more (a policy, a product's own text)."""


def _delivery_date(text: str) -> bool:
    """Whether ``text`` is a shop's delivery estimate: a short line naming a delivery and when it comes, "Get it as
    soon as Monday, Mar 23", "Order today to get by Mar 17-27", "Arrives by Today", "Estimated delivery Wed, Apr 22 -
    Fri, May 15", "Standard Delivery (4-7 Working Days)"; "Same day shipping if ordered by 4PM Eastern" names no day."""
    return (
        len(text.split()) <= _DELIVERY_DATE_WORDS
        and _DELIVERY_WORD.search(text) is not None
        and _DELIVERY_WHEN.search(text) is not None
    )


class DeliveryDates(Rule):
    """On a page cleaned as a product, a line the page still keeps that is only the shop's delivery
    estimate: "Get it as soon as Monday, Mar 23", "Order today to get by Mar 17-27", "Arrives by Today",
    "Order within 3 hr 52 min", "Estimated delivery Wed, Apr 22 - Fri, May 15", "Standard Delivery (4-7
    Working Days)". The buy box computes it for the day and place of the visit (a marketplace, a
    supermarket, a craft marketplace and an auction site on fold 0 print it); the truths keep what the
    product is, not when this visit's order would come, as ``quality.price-label`` reads a price.

    Only a line of twelve words at most that names a delivery (arrives, get it, delivery, ships, dispatch,
    order today / within, pickup) and a day or a span of time (a month and day, a weekday, "today",
    "tomorrow", "4-7 working days", "3 hr"): a shop's policy line with no day ("Same day shipping if
    ordered by 4PM Eastern", "Free shipping on orders over $75", "30-day returns"), which some truths
    keep, stays. English wordings only (fold 0's products that print an estimate are in English).
    Products only, a late rule, as ``quality.price-label``: a collection's or listing's cards are left
    alone (a marketplace's category grid prints "EUR 9.72 delivery Wed, Mar 25" under every card, and
    its truths keep it). On text, a page cleaned or reported as a product (``Page.text_of_kind``: text
    shop pages are often cleaned as articles), as innerText prints the estimate as a line of its own
    (text85: fold 0 innertext 3 products up on 2 shops, none down; fold 1 1 up, none down).
    """

    id = "quality.delivery-date"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    kinds = frozenset((PageType.PRODUCT,))
    examples = (
        "Get it as soon as Monday, Mar 23",
        "Order today to get by Mar 17-27",
        "Arrives by Today",
        "Estimated delivery Wed, Apr 22 - Fri, May 15",
        "Standard Delivery (4-7 Working Days)",
    )
    counter_examples = (
        "Same day shipping if ordered by 4PM Eastern.",
        "Free shipping on orders over $75",
        "30-day returns",
        "Released on Monday, March 3",
        "Ships in a protective box made from recycled card, so your order arrives on the same day it was dispatched from the warehouse",
    )

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.of_kind(self.kinds):
            return
        labels = page.labels()
        for i, block in enumerate(page.blocks):
            if labels[i] is Label.CONTENT and _delivery_date(block.text.strip()):
                yield i, self.shared_verdict("a shop's delivery estimate")


_OFFER_TERMS = regex.compile(
    r"\b(?:while (?:supplies|stocks) last|subject to credit approval|(?:not|never) (?:valid|combinable) with"
    r"|cannot be combined with|(?:exclusions|restrictions) apply"
    r"|(?:use|enter|apply) (?:the )?(?:coupon|promo|discount) code"
    r"|(?:sale|offer|promotion|deal)s? (?:ends|expires|valid (?:through|thru|until)))\b"
    rf"|{W.alternation(W.OFFER_TERMS, bounded=True)}",
    regex.IGNORECASE,
)
"""The terms of a shop's offer, inside a line: "While supplies last", "Subject to credit approval", "Not combinable
with other offers", "Use coupon code SPRING", "Sale ends 03/31" (beyond English :data:`wordings.OFFER_TERMS`)."""
_OFFER_NEEDLES = W.needles(
    W.OFFER_TERMS, also=("last", "credit", "combin", "valid", "apply", "code", "ends", "expires")
)
"""Lower-case strings one of which every match of :data:`_OFFER_TERMS` holds: a block with none is not searched."""


class OfferTerms(Rule):
    """On a page cleaned as a collection, a line the page still keeps that states the terms of
    the shop's offer ("Sale ends 03/31/2026. While supplies last. Use coupon code SPRING at checkout.",
    "‡* Subject to credit approval. Minimum monthly payments required.", "^° Not combinable with other
    offers and discounts. …", "Offer ends Mar 09 at 5:59 AM"): the fine print of a sale, a coupon or a
    financing plan, printed under the grid, in a banner or on a card. The truths keep a category's
    items and its own words about them, not the conditions of today's promotion; kept, a paragraph of
    fine print outweighs several items.

    Collections only: on a listing the items may be deals whose codes and deadlines are what it lists,
    and an article or a product page is other helpers' ground (a product's own offer may be what the
    page is about). A late rule, so that no positional rule reads the gap; the line goes whole, as the
    terms are its point wherever they stand in it.

    Text and HTML alike: innerText prints the same fine print as lines of its own, and the neighbour
    pass keeps it beside the cards. On text, a page cleaned or reported (``Page.reported_type``) as a
    collection, since many text category pages are cleaned as articles or services; HTML reads the
    kind the page is cleaned as only.
    """

    id = "quality.offer-terms"
    kind = Kind.PROMO
    stage = Stage.CONTEXT
    kinds = frozenset((PageType.COLLECTION,))
    examples = (
        "Sale ends 03/31/2026. While supplies last. Use coupon code SPRING at checkout.",
        "‡* Subject to credit approval. Minimum monthly payments required. See the store for details.",
        "Offer ends Mar 09 at 5:59 AM GMT+2",
        "Offre non cumulable, dans la limite des stocks disponibles.",
    )
    counter_examples = (
        "Sofas in every size, from loveseats to sectionals.",
        "Our offers change every week.",
        "A supply chain built to last.",
    )

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.of_kind(self.kinds):
            return
        for i, block in enumerate(page.blocks):
            if page.label(i) is not Label.CONTENT:
                continue
            lower = block.text.lower()
            if any(needle in lower for needle in _OFFER_NEEDLES) and _OFFER_TERMS.search(block.text):
                yield i, self.shared_verdict("the terms of a shop's offer")


_FOOTNOTE_MARK = regex.compile(
    r"(?:footnote\s{1,3})?[\u2020\u2021\u00a7\u25ca\u2206\u00b1\u203b]",
    regex.IGNORECASE,
)
"""A footnote's mark opening a line: a dagger, a double dagger, a section sign, a lozenge, a delta, a plus-minus
or a reference mark ("†", "‡", "§", "◊", "∆", "±", "※"), also after a screen reader's "Footnote". Not an asterisk:
a line opening with "*" is a page's own note as often as a shop's fine print (a survey's source, "*All price
ranges in this guide are based on …", a sale's "*Offer valid …", a list's bullet)."""


class FootnoteTerms(Rule):
    """On a text page cleaned or reported as a collection, a kept line of at least ``min_words`` words
    that opens with a footnote's mark (:data:`_FOOTNOTE_MARK`: "† To use iCloud you need …", "∆ Trade-in
    values will vary …", "Footnote ± New and qualified returning subscribers only …", "‡^“$1 to start” is
    available for applications online …"): the fine print a shop prints under its grid or its buy boxes,
    each note keyed by a mark to a claim above it (a price, a plan, a trade-in offer). A category's truth
    keeps its items and its own words about them, not the small print of its prices and plans;
    ``quality.offer-terms`` takes the notes worded as an offer's terms, this one the notes whatever their
    wording, by the typographic mark a shop's footnote opens with.

    Collections only: on an article, a service or a product page a marked note may be the text's own.
    Dagger-like marks only: lines opening with an asterisk are the page's own notes on other kinds (a
    survey's source, a price guide's basis, an affiliate's disclosure) and, on collections, a shop's own
    words as well, so they stay (``quality.offer-terms`` still reads their wording). A line of fewer
    than ``min_words`` words ("† Sold out", "§ 3") is a card's flag or a reference, left to the other
    rules.

    Text only: innerText prints each note as a line of its own, and the neighbour pass keeps it as
    prose beside the cards; HTML is not measured for it and keeps its markup rules.
    """

    id = "quality.footnote-terms"
    kind = Kind.PROMO
    stage = Stage.CONTEXT
    kinds = frozenset((PageType.COLLECTION,))
    min_words = 8
    """Words a marked line holds at least: a note's sentence, not a card's flag."""
    examples = (
        "† To use iCloud you need at least iOS 10 on iPhone 5 and a supported device.",
        "± New and qualified returning subscribers only. Plan renews at $12.99/month.",
        "‡^“$1 to start” is available for applications online and in select stores.",
        "Footnote ∆ Trade-in values will vary based on the condition, year, and configuration of your device.",
    )
    counter_examples = (
        "* Solid oak frame with a natural oil finish and brass feet",
        "Sofas in every size, from loveseats to sectionals, built to last.",
        "*Offer valid through Sunday on every sofa and sectional in store.",
        "† Sold out",
        "Free delivery on orders over $500* in the continental US.",
    )

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.text_of_kind(self.kinds):
            return
        for i, block in enumerate(page.blocks):
            if page.label(i) is Label.CONTENT and block.words >= self.min_words and _FOOTNOTE_MARK.match(block.text):
                yield i, self.shared_verdict("a shop's footnote under its grid")


_CARD_BADGES = frozenset(_squeezed(p) for p in W.phrases(W.CARD_BADGES))
_CARD_BADGE_LENGTHS = tuple(sorted({len(p) for p in _CARD_BADGES}))
_DISCOUNT_BADGE = regex.compile(r"(?:up\s{1,3}to\s{1,3})?\d{1,2}\s{0,2}%\s{0,2}off\s{0,2}!?", regex.IGNORECASE)
"""A card's discount badge, the whole line: "20% off", "Up to 61% OFF". Not a bare "-30%" (a shop's truth keeps
it beside the price it cuts) nor "Save $50" (a price's own line)."""


def _card_badge(text: str) -> bool:
    """Whether ``text`` is only a shop's merchandising badge (:data:`wordings.CARD_BADGES`, one or several run
    together: "New", "BRAND NEW", "Best Seller", "Nouveau", "Offre Exclusive") or a discount badge
    (:data:`_DISCOUNT_BADGE`)."""
    stripped = text.strip()
    return _run_together(_squeezed(stripped), _CARD_BADGES, _CARD_BADGE_LENGTHS) or bool(
        _DISCOUNT_BADGE.fullmatch(stripped)
    )


class CardBadges(Rule):
    """On a text page cleaned or reported as a collection, and on an HTML page cleaned as one, a kept line
    of at most ``max_words`` words that is only a shop's merchandising badge goes: "New", "BRAND NEW", "Best Seller", "Sale", "Top Rated",
    "Online Only", "Up to 61% off", "Nouveau", "Offre exclusive" (:func:`_card_badge`). A shop stamps
    them on a grid's cards (and on a menu's entries: "Sale", "New"); innerText prints each as a line of
    its own between the card's name and its price, and the neighbour pass keeps it with them. The truths
    keep a category's items, their names, prices and fields, and their own words about them; a badge says
    only how the shop is promoting the item today, and as a line of its own it also breaks the item's
    name and price apart. On fold 0's text collections the lines lacked by the truths stood on nine
    sites, held on two.

    Kept whatever its count: a card's badge is printed on one card as often as on every one.
    ``quality.card-controls`` takes a card's buttons and stock states printed three times or more; this
    rule reads only merchandising words. Plurals ("New Arrivals", "Best Sellers") name a section or a
    menu entry and are not read; nor a bare discount ("-30%", which a truth keeps beside the price it
    cuts), a saving in money ("Save $50") or a line with other words ("New colours for spring").

    Collections only: a listing's "New" or "Popular" may be its items' flag that its truth keeps
    (``quality.card-labels`` weighs those), and an article, a product or a service page may name its own
    novelty.

    HTML too (html62): the markup rules read a card's badge element only by a name they know
    (``dom.named``'s "promo"), and a theme's ``product-card__badge`` or ``plp-commercial-message`` is
    kept by ``dom.inside-main`` or the neighbour pass as a block of its own. ``dom.kept-twice``
    already takes the later copies of one badge; this rule takes the first (every copy goes, as it
    runs before ``dom.kept-twice``). On fold 0's HTML collections the lines taken were lacked by the
    truths on six sites (a solar shop's "Up to 61% off", a furniture maker's "New" and "Best seller", a
    camera shop's, a shoe maker's, a candle shop's, a desk maker's) and held on three. HTML reads the
    kind the page is cleaned as only, as ``quality.offer-terms`` does.
    """

    id = "quality.card-badges"
    kind = Kind.PROMO
    stage = Stage.CONTEXT
    kinds = frozenset((PageType.COLLECTION,))
    max_words = 4
    """Words a badge line holds at most: "Limited Edition", "Up to 61% off"."""
    examples = ("New", "BRAND NEW", "Best Seller", "Up to 61% off", "Offre Exclusive", "NewBest Seller")
    counter_examples = (
        "New Arrivals",
        "Best Sellers",
        "-30%",
        "Save $50",
        "New colours for spring",
        "Newport Sofa",
        "The sale ends Sunday.",
    )

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.of_kind(self.kinds):
            return
        for i, block in enumerate(page.blocks):
            if block.words <= self.max_words and page.label(i) is Label.CONTENT and _card_badge(block.text):
                yield i, self.shared_verdict("a shop's badge on a card")


_N = r"\d[\d,.]{0,9}"
"""A count in a pager's line: "24", "1,204"; its length is bounded."""
_PAGER = regex.compile(
    r"(?i)(?:"
    # Buttons that load the next items, or name the next page.
    r"(?:load|show|view|see)\s+more(?:\s+(?:results|articles|stories|posts|news|items|products|events))?"
    r"|more\s+(?:results|articles|stories|posts|news|items|products)|next\s+page|pagination"
    r"|voir\s+plus|afficher\s+plus|charger\s+plus|page\s+suivante|plus\s+de\s+r[ée]sultats"
    r"|mehr\s+(?:laden|anzeigen)|weitere\s+(?:laden|anzeigen)|n[äa]chste\s+seite"
    r"|(?:ver|cargar|mostrar|carregar)\s+m[áa]i?s|p[áa]gina\s+(?:siguiente|successiva)|pr[óo]xima\s+p[áa]gina"
    r"|(?:carica|mostra|vedi)\s+altr[io]|meer\s+(?:laden|tonen|bekijken)|toon\s+meer|volgende\s+pagina"
    # Where the reader is: "Page 1", "Page 2 of 9", "Seite 3".
    rf"|(?:page|seite|p[áa]gina|pagina)\s+{_N}(?:\s+(?:of|sur|von|de|di|van)\s+{_N})?"
    # The count of what is shown: "Viewing 1 - 60 of 400 products", "showing 30 out of 438 conferences",
    # "1-24 items of 33".
    rf"|(?:viewing|showing)\s+{_N}(?:\s*(?:-|–|to)\s*{_N})?\s+(?:out\s+)?of\s+{_N}(?:\s+\p{{L}}{{1,20}})?"
    rf"|{_N}\s*(?:-|–)\s*{_N}\s+(?:items|products|results)\s+of\s+{_N}"
    r")\s*(?:\.{2,3}|…|→|›|»|>)?"
)
"""A pager's line, the whole line: a button that loads or shows more items ("Load more", "Show More",
"More articles...", "Next page→", "Voir plus", "Mehr laden"), the page's place in the pager ("Page 1",
"Page 2 of 9") or the count of the items shown ("Viewing 1 - 60 of 400 products")."""
_GLUED_PAGER = regex.compile(r"\p{Ll}(?=\p{Lu})")
"""Where innerText glues a pager's button to a label before it: a hidden "Click here to show more
content" and the shown "Show more" read as "… contentShow more"."""
_PAGE_NUMBER = regex.compile(r"\d{1,3}|\.{2,3}|…")
"""A numbered pager's entry alone on its line: a page's number, or the ellipsis between two numbers."""


class PagerEnd(Rule):
    """Ends a listing read as text at its pager: the last line that loads more items, names the next
    page or counts the items shown ("Load more", "Show more", "More articles...", "Next page", "Page 1",
    "showing 30 out of 438 conferences"), when the page keeps text after it and that text weighs no
    more than what it keeps before it (``max_tail_share``). A list's items stop at its pager; what
    innerText prints under it is the site's furniture, kept because it reads as prose or sits beside
    it: the site's "about" paragraph, the footer's link rows and sign-up, a poll, a news office's
    credits. The pager line goes too; one glued under the last item's line ("… United States" / "Show
    more", one block) leaves that block and ends the list under it. A numbered pager is a pager too
    (``text72``): a run of lines each only a page's number or an ellipsis, from "1" with the first three
    pages in a row (``min_pages``), then rising ("1" / "2" / "3" / "…" / "14"), goes from its first
    number, with a button right under it ("Next page"); so does a button whose hidden label innerText
    glues to its shown one ("Click here to show more contentShow more": a lower-case letter, then a
    pager's whole line).

    Text input only (in HTML the markup rules cut a pager and a footer by their elements), on a page
    cleaned or reported as a listing (``Page.reported_type``: many text listings are cleaned as
    articles). The last pager line is read, whatever its verdict (most are removed as controls, and
    still mark where the list ends); a pager above the list (a count of the results at its head, a
    filter's "Show more") has the list under it, which outweighs what is kept above, and ends nothing.
    Not on collections: a shop's category prints its own copy under the grid's pager (a buying guide,
    "about our sofas"), which some truths keep and others drop (``text55``, ``html47`` in
    docs/HISTORY.md), and on the held-out half a collection fell (``text62``).
    """

    id = "quality.pager-end"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    kinds = frozenset((PageType.LISTING,))
    max_words = 8
    max_tail_share = 1.0
    """Kept words after the pager, against those before it: at most as many."""
    min_pages = 3
    """A numbered pager's first pages in a row ("1" / "2" / "3"): fewer may be a list's own numbers."""
    examples = (
        "Load more",
        "More articles...",
        "Next page→",
        "Page 2 of 9",
        "showing 30 out of 438 conferences",
        "1-24 items of 33",
        "Mehr laden",
    )
    counter_examples = (
        "Show more sharing options",
        "More articles on climate policy",
        "Page Six",
        "Load more trucks onto the ferry",
        "Showing off his new car",
    )

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.text_of_kind(self.kinds):
            return
        weights = _kept_weights(page)
        total = sum(weights)
        sum_before = list(accumulate(weights, initial=0))
        end: tuple[int, int, int] | None = None
        run: list[int] = []
        # Where the pager read last began, and the block after it: a numbered pager and its "Next page"
        # button are one pager.
        last: tuple[int, int] | None = None
        for i, block in enumerate(page.blocks):
            text = block.text.strip()
            whole = block.words <= self.max_words and (_PAGER.fullmatch(text) is not None or self._glued(text))
            if _PAGE_NUMBER.fullmatch(text):
                run.append(i)
            else:
                run = []
            numbered = (
                bool(run)
                and not (i + 1 < len(page.blocks) and _PAGE_NUMBER.fullmatch(page.blocks[i + 1].text.strip()))
                and self._numbered(page, run)
            )
            if whole or numbered:
                # A numbered pager goes from its first number; a button right under a pager, with it.
                first = run[0] if numbered else i
                if last is not None and last[1] == first:
                    first = last[0]
                last = (first, i + 1)
            elif self._holds_pager(block):
                # A pager glued under an item's line goes no further up than the block after it.
                first = i + 1
            else:
                first = -1
            if first >= 0:
                after = total - sum_before[i + 1]
                if after > 0:
                    end = (first, after, sum_before[first])
        if end is None:
            return
        start, after, before = end
        if after > self.max_tail_share * before:
            return
        yield from _cut_kept(
            weights, start, self.verdict(f"after the list's pager: {after} words against {before} before it")
        )

    def _glued(self, text: str) -> bool:
        """Whether the line ends with a pager's line glued to a label before it ("Click here to show
        more contentShow more"): innerText prints a button's hidden label and its shown one as one word. The pattern is matched from
        each place (``pos``), not on a copy of the rest: a long word of many case changes stays linear."""
        return any(_PAGER.fullmatch(text, m.end()) for m in _GLUED_PAGER.finditer(text))

    def _numbered(self, page: Page, run: list[int]) -> bool:
        """Whether the blocks of ``run`` are a numbered pager: "1" / "2" / "3" / "…" / "14", each alone on
        its line, from the first page up, the first three pages in a row, then rising."""
        numbers = [int(t) for t in (page.blocks[j].text.strip() for j in run) if t.isdigit()]
        return (
            len(numbers) >= self.min_pages
            and numbers[: self.min_pages] == list(range(1, self.min_pages + 1))
            and all(a < b for a, b in pairwise(numbers))
        )

    def _holds_pager(self, block: Block) -> bool:
        """Whether one of the block's lines, not the first, is a pager's: innerText glues a pager's
        buttons to the last item's line when they open in lower case ("… United States" / "Show more" /
        "showing 30 out of 438 conferences")."""
        lines = block.raw.splitlines()
        return len(lines) > 1 and any(
            len(line.split()) <= self.max_words and _PAGER.fullmatch(line.strip()) for line in lines[1:]
        )


_SHOP_HELP = frozenset(_squeezed(p) for p in W.phrases(W.SHOP_HELP))
_SHOP_HELP_LENGTHS = tuple(sorted({len(p) for p in _SHOP_HELP}))


def _shop_help(text: str) -> bool:
    """Whether ``text`` is only entries of a shop's help column, one or several run together
    ("Customer Service", "Track Your Order", "Shipping & Returns", "Gift CardsFind a Store")."""
    return _run_together(_squeezed(text), _SHOP_HELP, _SHOP_HELP_LENGTHS)


class HelpFooter(Rule):
    """Ends a shop's page read as text at its footer's help column: the first line of two or more,
    within ``window`` lines, that are only a shop's help links ("Customer Service", "Track Your Order",
    "Shipping & Returns", "Returns & Replacements", "Gift Cards", "Find a Store", "Help Center",
    "Service client", :data:`wordings.SHOP_HELP`), when the page keeps text from there on and that
    text weighs no more than what it keeps above it (``max_tail_share``). A category's grid and a
    product's description stop where the shop's footer starts; innerText prints the footer's columns
    below them as short lines and blurbs ("Give Us A Call" / "Questions? We're happy to help!", "Get
    to Know Us" / "Make Money with Us", "Sign up for News & Special Offers", a reassurance band's "Pay
    in 3 instalments"), which the neighbour pass keeps beside the last items or the category's copy.

    Text input only (in HTML the markup rules cut a footer by its element), on a page cleaned or
    reported as a collection or a product (``Page.reported_type``: many text shop pages are cleaned
    as articles). The help lines are read whatever their verdicts (``footer.legal`` and the neighbour
    pass remove most of them, and they still mark where the footer starts); a help line alone (a
    product's "Returns" heading, a "Contact us" button in a hero) starts nothing, and a help row in
    the page's header, over the grid, has more kept text under it than above and ends nothing. A
    category's copy under the grid stays: it stands above the footer. Neither a listing (whose
    pager ends it: ``quality.pager-end``) nor an article, a service or documentation (whose "Returns"
    or "Contact us" is the text's own word as often).
    """

    id = "quality.help-footer"
    kind = Kind.FOOTER
    stage = Stage.CONTEXT
    kinds = frozenset((PageType.COLLECTION, PageType.PRODUCT))
    window = 10
    """Blocks, from one help line, within which the next must stand: a footer's column, not two
    help words a page apart."""
    min_entries = 2
    max_words = 8
    """Words a help line holds at most: a link's name, or a few glued together."""
    max_tail_share = 0.5
    """Kept words from the footer on, against those above it: at most half as many. A footer is short
    beside the grid or the description above it (on fold 0 a tenth of it or less, at most three
    tenths); a help row with as much text under it as half the page is a section of the page."""
    examples = (
        "Customer Service",
        "Track Your Order",
        "Returns & Replacements",
        "Gift CardsFind a Store",
        "Service client",
    )
    counter_examples = ("Returns are free within 30 days.", "return", "Shipping", "Customer service is our priority")

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.text_of_kind(self.kinds):
            return
        help_lines = [i for i, block in enumerate(page.blocks) if self._entry(block)]
        if len(help_lines) < self.min_entries:
            return
        weights = _kept_weights(page)
        total, before, done = sum(weights), 0, 0
        for n, i in enumerate(help_lines[: len(help_lines) - self.min_entries + 1]):
            if help_lines[n + self.min_entries - 1] - i >= self.window:
                continue
            before += sum(weights[done:i])
            done = i
            after = total - before
            if 0 < after <= self.max_tail_share * before:
                yield from _cut_kept(
                    weights, i, self.verdict(f"from the shop's help column on: {after} words against {before} above it")
                )
                return

    def _entry(self, block: Block) -> bool:
        """Whether the block holds only help links, each line one or several run together."""
        lines = [line for line in block.raw.splitlines() if line.strip()]
        return bool(lines) and all(len(line.split()) <= self.max_words and _shop_help(line) for line in lines)


_FOOTER_LABEL = regex.compile(
    r"(?:[^\W\d_][\w&'’.-]{0,30} ){0,2}footer(?: (?:start|navigation|nav|menu|links|legal(?: menu)?))?",
    regex.IGNORECASE,
)
"""A footer landmark's name printed as a line: "Footer", "Footer navigation", "Footer Legal Menu", "Footer
Start", or the site's name before it ("Apple Footer", "Board footer"); whole lines only (``fullmatch``)."""
_FOOTER_LABEL_NOT = frozenset(("to", "skip", "go", "jump", "back", "scroll", "the", "of", "in", "and", "or"))
"""Words before "footer" that make the line a skip link ("Skip to footer", "Go to footer") or a phrase
("Headers and Footer"), not a landmark's name."""


def _footer_label(text: str) -> bool:
    """Whether ``text`` is only the name of a page's footer landmark ("Footer", "Apple Footer")."""
    line = " ".join(text.split())
    if len(line) > 60 or not _FOOTER_LABEL.fullmatch(line):
        return False
    return not any(word.casefold() in _FOOTER_LABEL_NOT for word in line.split()[:-1])


class FooterLabel(Rule):
    """Ends a page read as text at its footer's name: a line that is only the name of the page's
    footer landmark ("Footer", "Footer navigation", "Footer menu", "Footer Start", "Footer Legal Menu",
    or the site's name before it, "Apple Footer", "Board footer"), which innerText prints where the
    footer starts (a screen reader's heading, a region's label). What the page keeps from there on is
    the footer: its link columns, a newsletter box, a shop's reassurance band, a maker's legal
    footnotes ("Apple Card Monthly Installments (ACMI) is a 0% APR payment option …"), which the
    neighbour pass keeps when they read as prose. On wcxb-dev's fold 0 the label stands on 21 domains
    of every kind, and no truth keeps a line after it.

    Text input only (in HTML the markup rules cut a footer by its element), any kind of page. The
    label is read whatever its verdict (the neighbour pass removes most), on the first line of a block.
    It ends the page only when the text kept from there on weighs no more than ``max_tail_share`` of
    what the page keeps above it: a footer is short beside the page, and a label over the page's own
    text (a tab's "Tab Content Footer" over a whole guide, a menu's "Footer" above the article) cuts
    nothing. Not a skip link ("Skip to footer", "Go to footer note"), nor a phrase that names footers
    ("Headers and Footers in Web Design").
    """

    id = "quality.footer-label"
    kind = Kind.FOOTER
    stage = Stage.CONTEXT
    max_tail_share = 1.0
    """Kept words from the label on, against those above it: at most as many."""
    examples = ("Footer", "Footer navigation", "Footer Legal Menu", "Footer Start", "Apple Footer", "Board footer")
    counter_examples = (
        "Skip to footer",
        "Go to footer note",
        "Headers and Footers in Web Design",
        "The footer holds the links",
        "Footer height",
    )

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html:
            return
        weights: list[int] | None = None
        total = before = done = 0  # kept words in all, and above block ``done``: summed as the labels come
        for i, block in enumerate(page.blocks):
            if "ooter" not in block.raw:  # nor then in its first line: no label (most blocks)
                continue
            first = next((line for line in block.raw.splitlines() if line.strip()), "")
            if "ooter" not in first or not _footer_label(first):
                continue
            if weights is None:
                weights = _kept_weights(page)
                total = sum(weights)
            before += sum(weights[done:i])
            done = i
            after = total - before
            if 0 < after <= self.max_tail_share * before:
                yield from _cut_kept(
                    weights, i, self.verdict(f"from the footer's name on: {after} words against {before} above it")
                )
                return


_COOKIE_WORD = regex.compile(r"\bcookies?\b", regex.IGNORECASE)
"""The word a consent dialog names on most of its lines."""
_CONSENT_WORD = regex.compile(
    r"\b(?:necessary|essential|functional|performance|analytics?|statistics?|advertising|marketing|targeting"
    r"|preferences?|settings|consent|privacy|technolog(?:y|ies)|third[- ]part(?:y|ies)|partners|tracking"
    r"|personali[sz]ed?|accept|reject|decline|manage)\b",
    regex.IGNORECASE,
)
"""What a consent dialog says of its cookies: their purposes and the choices it offers. A line naming
cookies without one of these is a recipe's or a manual's."""


def _removed_notice(v: Verdict | None) -> bool:
    """Whether a block so judged is a cookie notice a rule took out: ``page.kind(i) is
    Kind.COOKIE_NOTICE and page.label(i) is not Label.CONTENT`` of its verdict ``v``."""
    return v is not None and v.kind is Kind.COOKIE_NOTICE and v.label is not Label.CONTENT


class ConsentDialog(Rule):
    """Drops the rest of a cookie consent dialog that innerText printed with the page, around the lines
    the cookie rules took out: its notice in a wording they do not know ("We use Necessary cookies to
    make our website work …") or longer than they read (``cookie.notice`` stops at 80 words), its
    preference centre's explanations ("These cookies are necessary for the website to function …",
    "Required Cookies & Technologies") and its category names and switches ("Necessary",
    "Functional", "Off"). They read as prose or as short labels, and the neighbour pass keeps them when
    the dialog sits beside prose or when the page's own lines were removed around it.

    Text input only (on HTML ``dom.consent`` removes the dialog by its element), any kind of page. The
    dialog is a chain of anchors, each at most ``max_gap`` lines below the one before, holding at least
    one block a cookie rule removed (kind cookie notice): the others are kept blocks of at most
    ``max_words`` words that name cookies together with what a dialog says of them (their purposes,
    "necessary", "advertising", "analytics", or its choices, "settings", "accept", "manage"). From the
    chain's first anchor to its last, the kept anchors go, and the kept lines of at most
    ``max_label_words`` words with no figure between them (the dialog's category names and switches).
    A page that speaks of cookies otherwise (a recipe, a web framework's manual on HTTP cookies) has no
    removed notice within a few lines of its mention, or no purpose beside the word; a kept line between
    the anchors that names no cookies and is longer than a label (a service's own copy between a banner
    and its settings button) stays.
    """

    id = "quality.consent-dialog"
    kind = Kind.COOKIE_NOTICE
    stage = Stage.CONTEXT
    max_gap = 12
    """Lines from one anchor of the dialog to the next, at most."""
    max_words = 150
    max_label_words = 3
    min_prose_words = 20
    """A kept paragraph this long above and below the dialog puts it inside the page's text: it stays."""
    examples = (
        "We use Necessary cookies to make our website work. We'd also like to set optional Functional cookies.",
        "Required Cookies & Technologies",
        "Cookies Settings",
    )
    counter_examples = (
        "Bake the cookies for twelve minutes, then let them cool on a rack.",
        "To access cookies you can use the cookies attribute.",
    )

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html:
            return
        # The chains first: most pages have no block a cookie rule removed, hence no chain, and their
        # paragraphs are not read. Both are read before the rule removes anything, as before.
        chains = self._chains(page)
        if not chains:
            return
        # Below a chain the page is as it was when the rule began (the rule removes only inside the
        # chains it has read), so the last paragraph is found once; above one, paragraphs are counted
        # as the chains go down, on the labels the dialogs above left (``labels`` follows the rule's own
        # verdicts): each block is read once.
        labels, blocks = page.labels(), page.blocks
        last_prose = max((j for j in range(len(blocks)) if self._prose(labels[j], blocks[j])), default=-1)
        read = prose_above = 0
        for anchors in chains:
            first, last = anchors[0], anchors[-1]
            prose_above += sum(self._prose(labels[j], blocks[j]) for j in range(read, first))
            read = first
            # At the page's edge: no paragraph kept above the dialog, or none below it.
            if not prose_above or last_prose <= last:
                for j, verdict in self._dialog(page, anchors):
                    yield j, verdict
                    labels[j] = verdict.label  # as the engine has just applied it

    def _chains(self, page: Page) -> list[list[int]]:
        """The chains of anchors, each holding a block a cookie rule removed, in page order: read before
        any block goes, as a removal only touches lines inside a chain, above the next one's anchors."""
        # Every chain holds a removed notice: a page without one (most pages) has none.
        if not any(_removed_notice(v) for v in page.verdicts):
            return []
        chains: list[list[int]] = []
        chain: list[int] = []
        removed = False
        for i, block in enumerate(page.blocks):
            notice = _removed_notice(page.verdicts[i])
            if not (notice or self._names_cookies(page, i)):
                continue
            if chain and block.start_line - page.blocks[chain[-1]].end_line > self.max_gap:
                if removed:
                    chains.append(chain)
                chain, removed = [], False
            chain.append(i)
            removed = removed or notice
        if removed:
            chains.append(chain)
        return chains

    def _names_cookies(self, page: Page, i: int) -> bool:
        """Whether block ``i`` is kept and names cookies and what a dialog says of them."""
        block = page.blocks[i]
        return (
            page.label(i) is Label.CONTENT
            and block.words <= self.max_words
            and _COOKIE_WORD.search(block.text) is not None
            and _CONSENT_WORD.search(block.text) is not None
        )

    def _prose(self, label: Label | None, block: Block) -> bool:
        """Whether a block labelled ``label`` is a kept paragraph of ``min_prose_words`` words or more: a
        consent tool prints its dialog as the first or the last element of the page's body, so innerText
        reads it above the page's text or under it, never inside."""
        return label is Label.CONTENT and block.words >= self.min_prose_words

    def _dialog(self, page: Page, chain: list[int]) -> Iterator[tuple[int, Verdict]]:
        """The chain's kept anchors and the kept labels between them."""
        verdict = self.verdict(f"inside a cookie consent dialog: {len(chain)} lines naming cookies")
        for j in range(chain[0], chain[-1] + 1):
            if page.label(j) is not Label.CONTENT:
                continue
            block = page.blocks[j]
            label = block.words <= self.max_label_words and _DIGIT.search(block.text) is None
            if label or self._names_cookies(page, j):
                yield j, verdict


_SERVICE_CALL = regex.compile(
    r"(?:get started|get in touch|contact sales|talk to (?:sales|an expert)|(?:see|view) pricing"
    r"|read (?:the )?case study|(?:book|request|get|schedule) an? (?:free )?(?:demo|quote|call|consultation)"
    r"|try (?:it )?(?:for )?free|start (?:for )?free|start (?:your |a )?free trial|request (?:more )?information"
    r"|(?:see|view|browse|explore) all (?:our )?(?:(?:customer |success |client )?(?:stories|case studies)|work)"
    r"|schedule (?:a |an |your )?(?:free )?(?:strategy |discovery )?(?:call|consultation)"
    rf"|apply now|{W.alternation(W.SERVICE_CALLS)})"
    r"(?: (?:now|today))?(?: ?[!.→›>])?",
    regex.IGNORECASE,
)
"""A service's call to action, the whole line: a button's label ("Contact sales", "Book a demo"; beyond
English :data:`wordings.SERVICE_CALLS`); the link that closes a row of a service's proof with the index of its kind
("See all case studies", "View all customer stories", "View all work"), and a booking button without its article
("Schedule Consultation", "Schedule a strategy call"). Only those objects of "see all": a "See all plan features" or
"See all New York movers" line names what the page itself lists, and truths keep it."""


class ServiceCalls(Rule):
    """On a text page cleaned as a service, a call to action the page still keeps alone on its line
    ("Contact sales", "See pricing", "Read case study", "Book a free consultation", "Start your free
    trial →", "Demo anfragen", "See all case studies", "Schedule a strategy call"): a button under a
    section, which innerText prints as a line of its own. The truths keep a service's sections, not the
    buttons that close them.

    Text only (HTML leaves buttons to the markup rules), only a line that is nothing but the call,
    and as a late rule: taken out earlier, the button reads as boilerplate to the neighbour pass and
    the main run, and the headings and short lines beside it went with it (a branch of ``text37``
    measured that: fold 0 service 0.797 → 0.795, a cloud host's home page −0.27).
    """

    id = "quality.service-call"
    kind = Kind.NAVIGATION
    stage = Stage.CONTEXT
    examples = (
        "Contact sales",
        "See pricing",
        "Read case study",
        "Book a free consultation",
        "Demo anfragen",
        "See all case studies",
        "Schedule a strategy call",
    )
    counter_examples = (
        "Get started with Python by installing the interpreter.",
        "Pricing",
        "Learn more about us",
        "See all plan features",
    )

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html or page.page_type is not PageType.SERVICE:
            return
        for i, block in enumerate(page.blocks):
            if page.label(i) is Label.CONTENT and _SERVICE_CALL.fullmatch(block.text.strip()):
                yield i, self.shared_verdict("a call to action alone on its line")


_REPEAT_WORD = regex.compile(r"\w{1,64}")
"""A word, as the repeated-words rule counts them (a run of letters, figures or ``_``, cut at 64)."""


def _distinct_share(text: str, n: int = 4) -> float:
    """The share of ``text``'s word ``n``-grams (case folded) that are distinct: 1.0 when no run of
    ``n`` words comes twice, near 0 when the same few words are printed over and over."""
    words = [w.casefold() for w in _REPEAT_WORD.findall(text)]
    grams = len(words) - n + 1
    if grams <= 0:
        return 1.0
    return len({tuple(words[k : k + n]) for k in range(grams)}) / grams


class RepeatedWords(Rule):
    """A kept block whose words are the same few printed over and over: a marquee's "Book Now *
    Book Now * Book Now * …" (a ticker's text set five or fifty times in one element so that it
    scrolls without a gap), a pasted log that prints one traceback again and again. Read by its
    word 4-grams: in a block of ``min_words`` words or more, fewer than ``max_distinct_share`` of
    them distinct, which means each run of four words comes five times or more. Prose, a list, a
    table of figures or a program's source repeat a phrase now and then, never at that rate: on
    wcxb-dev's fold 0 the most repetitive block a truth holds (a running plan's "1 mile at 10k race
    pace, 3.5 minutes easy walking" sets) has 39 % of its 4-grams distinct, and each block under
    20 % (a packaging studio's marquee, a smart-home forum's repeated error log, a shop's
    "PREORDER NOW" ticker) is text its truth lacks.

    Not on documentation, whose printed outputs and reference tables are the page's own, however
    they repeat. A page that keeps nothing else is that text, and keeps it. A late rule, before
    ``quality.too-little``: it judges what the page still keeps.
    """

    id = "quality.repeated-words"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    examples = ("Book Now * " * 20, "PREORDER NOW " * 13)
    counter_examples = (
        "Main Set. 1 mile at 10k race pace, 3.5 minutes easy walking, 1 mile at 10k race pace, "
        "3.5 minutes easy walking, 1 mile at 10k race pace.",
        "Ha ha ha ha ha.",
    )
    min_words = 20
    max_distinct_share = 0.2

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.page_type is PageType.DOCUMENTATION:
            return
        found: list[int] = []
        labels = page.labels()
        for i, block in enumerate(page.blocks):
            if block.words < self.min_words or labels[i] is Label.BOILERPLATE:
                continue
            # Screened by its space-separated tokens, half of them distinct or more: a block whose
            # 4-grams are under a fifth distinct has fewer distinct words than a fifth of its words
            # and three, so prose (about two in three distinct) is never read word by word.
            tokens = block.text.split()
            if 2 * len(set(tokens)) < len(tokens) and _distinct_share(block.text) < self.max_distinct_share:
                found.append(i)
        if not found:
            return
        # A page that keeps nothing else is that text: it stays.
        taken = set(found)
        if not any(
            page.label(i) is not Label.BOILERPLATE and i not in taken and block.words
            for i, block in enumerate(page.blocks)
        ):
            return
        for i in found:
            yield i, self.shared_verdict("the same words printed over and over")


_BARE_COUNTS = regex.compile(r"[-+\u2212]?\d{1,6}(?:\s[-+\u2212]?\d{1,6})?")
"""One or two small numbers and nothing else ("13", "-2", "887 114")."""

_FIGURE_MARKS = frozenset(" .,:;+-\u2212\u2026")
"""What may stand between figures in a line of a program's printed output ("2 3...")."""


def _figures_only(text: str) -> bool:
    """Whether ``text`` is figures and their punctuation only ("0", "2 3..."), at least one figure.

    The test of every character comes first: a line of words fails it at its first letter, where the
    search for a figure would read a long paragraph to its end."""
    return all(c.isdigit() or c in _FIGURE_MARKS or c.isspace() for c in text) and any(c.isdigit() for c in text)


class BareCounts(Rule):
    """On a page cleaned as a forum, a block the page still keeps that is only one or two small
    numbers: an answer's vote count over its text ("13"), a poster's message count and reaction
    score printed without their labels under the poster's name ("887" / "114"). ``quality.poster-stats`` leaves bare small numbers (a count of four figures or more it
    reads by its separator), and the neighbour pass keeps them between two posts. No forum truth of
    wcxb-dev's fold 0 holds such a block: a number a truth keeps alone on its line stands in a
    program's printed output, a run of three lines or more ("0" / "1" / "2" / "3"), which stays.

    In HTML too (since ``html70``): ``dom.vote-count`` takes a count by its element's name ("votecell",
    "post-score"), and a count printed in an element named otherwise (Stack Exchange's answer score
    when its block is the ``post-layout`` element, a board's bare post number) is the same count; on
    wcxb-dev's fold 0 HTML forums four boards keep one (a Q&A network's two sites, an Invision
    board, a webmasters' board), no truth holds one.

    As a late rule: read as metadata early, the numbers let the main run reach across a Q&A site's
    sidebars, which the neighbour pass had cut off at them (a branch of ``text50`` measured that on
    text: fold 0 forum 0.749 → 0.748, a Q&A page −0.13).
    """

    id = "quality.bare-count"
    kind = Kind.METADATA
    stage = Stage.CONTEXT
    examples = ("13", "-2", "887 114")
    counter_examples = ("0 1 2 3", "2024 was a good year.", "#8")
    max_run = 2
    """Blocks of figures only in a row, at most: a poster's two counts, not a program's output."""

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.is_thread:
            return
        figures = [_figures_only(b.text) for b in page.blocks]
        i, n = 0, len(figures)
        while i < n:
            if not figures[i]:
                i += 1
                continue
            end = i
            while end < n and figures[end]:
                end += 1
            if end - i <= self.max_run:
                for j in range(i, end):
                    if page.label(j) is Label.CONTENT and _BARE_COUNTS.fullmatch(page.blocks[j].text.strip()):
                        yield j, self.shared_verdict("a bare count beside a post")
            i = end


class PosterField(Rule):
    """On a text page cleaned as a forum, a short line the page still keeps inside a poster's card,
    the card's lines around it already removed: the poster's location, title or field printed
    under the poster's counts and over the post's date ("Vancouver, Canada", "Pre-Medical",
    "The Evil Wiki Admin", "San Francisco, CA"). Forum software (XenForo, vBulletin, FluxBB) prints
    a poster's card as name, rank, counts, then a free-text field the poster fills in;
    ``quality.poster-stats`` takes the labels and counts, ``quality.bare-count`` the bare ones,
    ``metadata.dateline`` the join and post dates, and the free text between them stays alone.

    A block goes when it is one to ``max_words`` words, does not end as a question or a call ("!",
    "?"), the block right under it was removed by one of ``below`` (the post's date line, the
    poster's next detail), and the **two** blocks right above it were removed by ``above`` (the
    poster's counts, dates, rank). A poster's name stands under the last post's end ("Top", a
    kept line), not under two of the card's removed lines, and stays (on fold 0 of wcxb-dev, the
    names the truths keep there stand so; a one-line form gave two of them up).

    Text only (HTML has the card's markup, ``dom.poster``), and as a late rule after
    ``quality.bare-count``, whose removals it reads.
    """

    id = "quality.poster-field"
    kind = Kind.METADATA
    stage = Stage.CONTEXT
    examples = ("Vancouver, Canada", "Pre-Medical", "The Evil Wiki Admin")
    counter_examples = ("Why not?", "Thanks a lot for the help!", "I think this is the best way to do it")
    max_words = 4
    """Words of a poster's field, at most: a place, a title, a rank."""
    above = frozenset(("quality.poster-stats", "quality.bare-count", "metadata.dateline"))
    """Rules whose removals make a poster's card above the line: counts, ranks, dates."""
    below = frozenset(("quality.poster-stats", "metadata.dateline"))
    """Rules whose removals close the card under the line: the post's date, the poster's next detail."""

    def field(self, text: str) -> bool:
        """Whether ``text`` is short enough, and not a question or a call, to be a poster's field."""
        line = text.strip()
        return 0 < len(line.split()) <= self.max_words and not line.endswith(("!", "?"))

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html or not page.is_thread:
            return
        labels = page.labels()  # read for block i before its verdict; its neighbours' removals are asked as they stand
        for i in range(2, len(page.blocks) - 1):
            if (
                labels[i] is not Label.BOILERPLATE
                and page.removed_by(i + 1, self.below)
                and page.removed_by(i - 1, self.above)
                and page.removed_by(i - 2, self.above)
                and self.field(page.blocks[i].text)
            ):
                yield i, self.shared_verdict("a poster's field inside the poster's card")


_SIGNED_BY = regex.compile(r"[\u2013\u2014-]\s*(\S.*)")
"""A comment's author line, a dash and then the name ("\u2013 ann", "\u2013\u00a0ann Mar 3, 2021 at 14:02")."""

_COMMENTED = regex.compile(r"(\S+(?: \S+){0,3}) commented\b.*")
"""A comment's author line by its verb ("ann commented 2 days ago", "Ann Lee commented on Mar 3, 2021")."""


def _signer(text: str) -> str | None:
    """The name an author line signs with, or None when ``text`` is no such line: a dash, then a
    name of at most 4 words (no sentence in it) and at most a date after it; or a name and
    "commented" with at most a date or an age after it."""
    line = " ".join(text.split())
    if len(line) > 80:
        return None
    if (m := _COMMENTED.fullmatch(line)) is not None:
        rest = line[m.end(1) + len(" commented") :].split()
        return m.group(1) if not rest or (len(rest) <= 6 and any(c.isdigit() for c in line[m.end(1) :])) else None
    if (m := _SIGNED_BY.fullmatch(line)) is None:
        return None
    name = str(m.group(1))
    if (found := find_date(name)) is not None:
        name = name[: found.start].strip()
    if not name or len(name.split()) > 4 or any(c in name for c in ",;!?") or (" " in name and name.endswith(".")):
        return None
    return name


class SignedComments(Rule):
    """On a text page cleaned as a forum, the short comments Q&A software prints under a question
    and under each answer: the comment's text, then its author line — "\u2013 ann" (often right
    under the name printed once more as a link, and over a date line "Commented Mar 3, 2021"),
    "\u2013 ann Mar 3, 2021 at 14:02", "ann commented 2 days ago". The truths keep the posts, not
    the comments under them; the neighbour pass keeps them between two posts.

    An author line is a dash and a name of at most 4 words with at most a date after it, or a name
    and "commented"; a dash line counts only beside a sign that it signs a comment — the same name
    printed right above it, a date in it, or a date line right under it (so a post's list item
    "- good support" is none). A page needs ``min_signed`` of them. Each goes, with the name above
    it and the comment's text above that: at most ``max_blocks`` block the page still keeps, of
    ``max_words`` words at most, right under a block already removed (the post's own furniture,
    "Share" / "Follow" / "edited …", the comment before's date line) or the author line before. A
    comment longer than that, or not set off from what is above it (a short post with nothing
    between it and the line under it), loses only its author line.

    Text only (HTML leaves comments to the markup rules), and as a late rule: it reads what the
    neighbour pass and the main run kept, and takes nothing from them to decide by.
    """

    id = "comments.signed"
    kind = Kind.COMMENTS
    stage = Stage.CONTEXT
    examples = ("\u2013 ann", "\u2013 ann Mar 3, 2021 at 14:02", "Ann Lee commented 2 days ago")
    counter_examples = ("- good support for mobile devices", "\u2014 Mark Twain, on the weather.", "Commented")
    min_signed = 3
    """Author lines on the page, at least: comments under several posts."""
    max_blocks = 1
    """Kept blocks over an author line (and the name printed again) that may be its comment: Q&A
    software prints a comment on one line. With 3, fold 0 of wcxb-dev moved the same; a short post
    right over a comment, with no furniture between, would go as a comment's second block."""
    max_words = 120
    """Words of a comment, at most: a comment is short; a post is not."""

    def _signs(self, page: Page, i: int, name: str) -> bool:
        """Whether the author line ``i`` signs a comment: the name above it, a date in it or under it."""
        text = page.blocks[i].text
        if not _SIGNED_BY.fullmatch(" ".join(text.split())):
            return True  # "ann commented ...": the verb says it
        if i > 0 and " ".join(page.blocks[i - 1].text.split()) == name:
            return True
        if find_date(text) is not None:
            return True
        if i + 1 < len(page.blocks):
            v = page.verdicts[i + 1]
            below = page.blocks[i + 1]
            return (v is not None and v.rule == "metadata.dateline") or (
                below.words <= 8 and find_date(below.text) is not None
            )
        return False

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html or not page.is_thread:
            return
        signed = [
            (i, name)
            for i, block in enumerate(page.blocks)
            if (name := _signer(block.text)) is not None and self._signs(page, i, name)
        ]
        if len(signed) < self.min_signed:
            return
        lines = {i for i, _ in signed}
        for i, name in signed:
            above = i - 1
            if above >= 0 and " ".join(page.blocks[above].text.split()) == name:
                if page.label(above) is Label.CONTENT:
                    yield above, self.shared_verdict("a comment's author under a post")
                above -= 1
            comment: list[int] = []
            words = 0
            k = above
            while k >= 0 and page.label(k) is Label.CONTENT and k not in lines and len(comment) < self.max_blocks:
                words += page.blocks[k].words
                comment.append(k)
                k -= 1
            set_off = k < 0 or page.label(k) is not Label.CONTENT or k in lines
            if comment and set_off and words <= self.max_words:
                for j in comment:
                    yield j, self.shared_verdict("a short comment under a post")
            if page.label(i) is Label.CONTENT:
                yield i, self.shared_verdict("a comment's author under a post")


_ACTION_WORDS = frozenset(
    (
        "reply",
        "quote",
        "like",
        "report",
        "permalink",
        "embed",
        "save",
        "share",
        "parent",
        "upvote",
        "downvote",
        "multi-quote",
        "multiquote",
    )
)
"""The buttons forum software prints under each post, each a word of its own ("Reply", "Quote", "Like")."""

_ACTION_PHRASES = (("add", "to", "quote"), ("last", "reply"), ("see", "less"), ("see", "more"))
"""The same buttons in more than one word ("Add to quote", "Last reply", "See less", "See more")."""

_ACTION_SEPARATORS = str.maketrans({"\u00b7": " ", "|": " ", "\u2022": " "})


def _action_row(text: str) -> str:
    """``text``'s key if it is a post's row of buttons and nothing else, its counts taken out (to
    find it printed under another post), else the empty string: "Reply", "Reply Quote Like", "Add to
    quote", "1 Reply Last reply", "Upvote 0 Downvote", "permalink"; a count of up to five figures may
    stand between them, and one word at least is a button (at most 8 pieces)."""
    words = text.translate(_ACTION_SEPARATORS).lower().split()
    if not words or len(words) > 8:
        return ""
    i, buttons = 0, 0
    while i < len(words):
        word = words[i]
        if word.isdigit() and len(word) <= 5:
            i += 1
            continue
        if word in _ACTION_WORDS:
            i, buttons = i + 1, buttons + 1
            continue
        phrase = next((p for p in _ACTION_PHRASES if tuple(words[i : i + len(p)]) == p), None)
        if phrase is None:
            return ""
        i, buttons = i + len(phrase), buttons + 1
    return " ".join(w for w in words if not w.isdigit()) if buttons > 0 else ""


class PostButtons(Rule):
    """On a text page cleaned as a forum, a post's **row of buttons** the page still keeps once the
    positional rules have spoken: "Reply Quote Like", "Add to quote", "1 Reply Last reply",
    "Upvote 0 Downvote", "See less See more", "Save Share", an old board's "permalink" / "embed" /
    "save" / "report" / "reply", each alone on its line, when the same row (its counts aside) is
    printed twice or more on the page, under every post. ``comments.actions`` reads most such
    rows, but the neighbour pass keeps them between two posts, and its wordings lack "Add to
    quote", "embed", "save", "parent", "Last reply".

    Text only (on HTML the markup rules read the buttons), and as a final rule, after the related
    lists' and the title's rules: it reads what the positional rules kept and takes nothing from
    them to decide by (run among the late rules, before ``related.lists`` and ``metadata.title``,
    its removals moved those rules' verdicts on a board's page, −0.031 there). English buttons only.
    """

    id = "quality.post-buttons"
    kind = Kind.METADATA
    stage = Stage.CONTEXT
    examples = ("Reply  Quote  Like", "Add to quote", "1 Reply Last reply", "Upvote 0 Downvote", "permalink")
    counter_examples = ("Reply to the letter within ten days.", "Like it or not", "13", "Save money on tyres")
    min_rows = 2
    """Times a row of buttons is printed on the page, at least: under each post, not a post's word."""

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html or not page.is_thread:
            return
        rows = [_action_row(block.text) for block in page.blocks]
        printed = Counter(row for row in rows if row)
        labels = page.labels()
        for i, row in enumerate(rows):
            if labels[i] is not Label.CONTENT:
                continue
            if row and printed[row] >= self.min_rows:
                yield i, self.shared_verdict("a post's row of buttons")


def _short_open_line(text: str, max_words: int) -> bool:
    """Whether ``text`` holds one to ``max_words`` words, a letter, and does not end as a sentence or a
    label (".", "!", "?", ":"): a poster's name, rank or status line. The words are split ``max_words``
    times at most: a longer line has one piece more, its rest unsplit."""
    line = text.strip()
    return (
        0 < len(line.split(None, max_words)) <= max_words
        and _LETTER.search(line) is not None
        and not line.endswith((".", "!", "?", ":"))
    )


def _post_line_key(text: str) -> str:
    """A line compared with the lines printed beside other posts: ``_line_key`` with each figure
    (``_FIGURES``, its separators inside it) read as one ("[ 3 ] Thanks" and "[ 1 ] Thanks", "7+ Year
    Member" and "10+ Year Member")."""
    return str(_FIGURES.sub("0", _line_key(text)))


class PerPostLine(Rule):
    """On a text page cleaned as a forum, a short line the page still keeps that the board **prints
    beside every post**, its own furniture removed around it: what is left of a poster's card or a
    post's footer once ``metadata.post-furniture``, ``metadata.dateline``, ``quality.poster-stats``
    and their kin have spoken — a rank ("MacRumors 6502a", "7+ Year Member", "Big Board Owner",
    "Discussion starter"), a thanks counter ("[ 3 ] Thanks"), a one-line signature printed under each
    of a poster's posts ("owns 2024 Toyota Highlander LE AWD"), a status ("K Offline"), NodeBB's
    "wrote on last edited by", phpBB's profile fields and attachment sizes ("(95.79 KiB) Downloaded
    478 times"), a button the button rules do not read ("Website", "Find", "Reply" joined to a
    count). Each is one platform's or one site's wording; what they share is the shape: the same
    short line, figures aside, printed ``min_prints`` times or more on the page, each of those times
    within ``reach`` blocks of a block one of ``furniture`` removed.

    A block goes when it is one to ``max_words`` words, holds a letter (a bare number or a
    program's output is ``quality.bare-count``'s to judge), does not end as a sentence, a question,
    a call or a label (".", "?", "!", ":"), and at least ``min_prints`` of the page's blocks print
    its line (``_post_line_key``: case, spaces and figures aside), ``min_prints`` of them beside a
    removed furniture block. A post's own short line printed so often stands among the post's text,
    not beside a removed date or count; a poster's name is printed beside its card too and goes
    when printed so (the truths of wcxb-dev keep some such names and drop others).

    Text only (HTML has the card's markup, ``dom.poster``), and as a final rule after
    ``quality.post-buttons`` and ``quality.thread-start``: it reads what every other rule removed and gives them nothing to read.
    """

    id = "quality.per-post-line"
    kind = Kind.METADATA
    stage = Stage.CONTEXT
    examples = ("MacRumors 6502a", "7+ Year Member", "[ 3 ] Thanks", "owns 2024 Toyota Highlander LE AWD", "K Offline")
    counter_examples = ("Thanks a lot, that fixed it.", "Why not?", "13", "See below:", "Any ideas?")
    max_words = 8
    """Words of a per-post line, at most: a rank, a counter, a one-line signature."""
    max_lines = 8
    """Lines of a block read, at most: a card's name, rank and counts joined into one block."""
    min_prints = 3
    """Times the line is printed beside removed furniture on the page, at least: once per post."""
    reach = 2
    """Blocks above or below a printing of the line within which the removed furniture stands."""
    furniture = frozenset(
        (
            "metadata.post-furniture",
            "metadata.dateline",
            "metadata.age",
            "quality.poster-stats",
            "quality.bare-count",
            "quality.poster-field",
            "quality.post-buttons",
            "comments.actions",
        )
    )
    """Rules whose removals are a post's furniture: its date, the poster's counts and rank, its buttons."""

    def shaped(self, text: str) -> bool:
        """Whether ``text`` is short, has a letter and does not end as a sentence or a label
        (:func:`_short_open_line` with ``max_words``)."""
        return _short_open_line(text, self.max_words)

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html or not page.is_thread:
            return
        n = len(page.blocks)
        # Whether each block is furniture or stands within reach of a removed one: the blocks around
        # each removal marked once (a page with no such removal prints no line beside one: done).
        furniture = self.furniture  # page.removed_by, read off the verdicts in one pass
        removed = [
            j
            for j, v in enumerate(page.verdicts)
            if v is not None and v.label is Label.BOILERPLATE and v.rule in furniture
        ]
        if not removed:
            return
        beside = [False] * n
        for j in removed:
            for i in range(max(0, j - self.reach), min(n, j + self.reach + 1)):
                beside[i] = True
        # Each block's lines (the text segmenter joins a card's short lines into one block: "F felixen
        # macrumors 6502a"); each line's key read once, None when the line is not ``shaped``.
        lines = [[line for line in block.raw.splitlines() if line.strip()] for block in page.blocks]
        keys: dict[str, str | None] = {}

        def key(line: str) -> str | None:
            if line not in keys:
                keys[line] = _post_line_key(line) if self.shaped(line) else None
            return keys[line]

        printed: Counter[str] = Counter()
        for i in range(n):
            if beside[i] and len(lines[i]) <= self.max_lines:
                found: set[str] = set()  # each key once a block
                for line in lines[i]:
                    k = key(line)
                    if k is not None:
                        found.add(k)
                for k in found:
                    printed[k] += 1
        often = {k for k, count in printed.items() if count >= self.min_prints}
        if not often:
            return  # no line is printed often enough: none goes
        for i, v in enumerate(page.verdicts):
            if (
                (v is None or v.label is not Label.BOILERPLATE)
                and 0 < len(lines[i]) <= self.max_lines
                and all(key(line) in often for line in lines[i])
            ):
                yield i, self.shared_verdict("a line printed beside every post")


class FurnitureTwin(Rule):
    """On a text page cleaned as a forum, a block the page still keeps whose every line is a line the
    page **removed as a post's furniture elsewhere**: a post's buttons ("Reply", "Reply  Quote  Like",
    "Save  Share", "Add to quote"), a thanks counter ("[ 2 ] Thanks"), a poster's rank ("macrumors
    regular"), a status ("K Offline"), a phpBB post's "Top", an attachment's size line. The furniture
    rules read each line where it stands; the neighbour pass keeps one printing of such a line where two
    posts' text stand close around it, or the text segmenter glues it to a post's last line, and the
    same words stay there that the page lost under every other post.

    A block goes when it has ``max_lines`` lines or fewer and each of them, read as
    ``quality.per-post-line`` reads a line (``_post_line_key``: case, spaces and figures aside, one to
    ``max_words`` words with a letter, not ending as a sentence or a label), is the whole text of a
    one-line block one of ``furniture`` removed on the same page; the block's last line may instead be
    the next poster's name, one to ``name_words`` words, which innerText prints right under the buttons
    and the segmenter glues to them ("Save  Share" / "Reply  Quote  Like" / "ann"): the buttons over
    it say where it stands. Date lines are not read (``metadata.dateline``, ``metadata.age``: with
    figures aside one poster's two dates are the same line, and the truths keep some), nor a removed
    block of several lines (a card glued into one block carries the poster's name). What stays: a post's
    own line, a name under no removed buttons, a line no furniture rule removed alone anywhere on the
    page, a block of buttons glued to a line of four words or more.

    Text only (HTML reads the markup), only a page cleaned as a forum and reported as one or not
    reported, and as a final rule after ``quality.per-post-line``: it reads the verdicts every other rule
    gave and gives them nothing to read.
    """

    id = "quality.furniture-twin"
    kind = Kind.METADATA
    stage = Stage.CONTEXT
    examples = (
        "'Reply  Quote  Like' kept once where every other post's copy was removed",
        "'[ 1 ] Thanks' kept once where '[ 3 ] Thanks' was removed under other posts",
    )
    counter_examples = (
        "'Thanks a lot, that fixed it.' (a sentence)",
        "'Jan 3, 2024' kept where other date lines were removed (dates are not read)",
        "'Reply' on a page where no rule removed a 'Reply'",
    )
    max_words = 8
    """Words of a line read, at most: a button row, a rank, a counter."""
    max_lines = 4
    """Lines of a kept block read, at most: a few buttons glued into one block."""
    name_words = 3
    """Words of the poster's name the text segmenter glues under a post's buttons, at most."""
    furniture = frozenset(
        (
            "metadata.post-furniture",
            "quality.poster-stats",
            "quality.poster-field",
            "quality.bare-count",
            "quality.post-buttons",
            "comments.actions",
            "quality.per-post-line",
        )
    )
    """Rules whose one-line removals are a post's furniture (not its date lines)."""

    def _key(self, line: str) -> str | None:
        text = line.strip()
        if not (
            0 < len(text.split(None, self.max_words)) <= self.max_words
            and _LETTER.search(text) is not None
            and not text.endswith((".", "!", "?", ":"))
        ):
            return None
        return _post_line_key(text)

    def _name(self, line: str) -> bool:
        """Whether ``line`` may be a poster's name: one to ``name_words`` words with a letter, not ending
        as a sentence or a label (:func:`_short_open_line`)."""
        return _short_open_line(line, self.name_words)

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html or not page.is_thread or page.reported_type not in (None, PageType.FORUM):
            return
        removed: set[str] = set()
        for block, v in zip(page.blocks, page.verdicts, strict=True):
            if v is not None and v.label is Label.BOILERPLATE and v.rule in self.furniture:
                lines = [line for line in block.raw.splitlines() if line.strip()]
                key = self._key(lines[0]) if len(lines) == 1 else None
                if key is not None:
                    removed.add(key)
        if not removed:
            return
        for i, (block, v) in enumerate(zip(page.blocks, page.verdicts, strict=True)):
            if v is not None and v.label is Label.BOILERPLATE:
                continue
            lines = [line for line in block.raw.splitlines() if line.strip()]
            if not 0 < len(lines) <= self.max_lines:
                continue
            twins = [self._key(line) in removed for line in lines]
            if len(lines) > 1 and all(twins[:-1]) and self._name(lines[-1]):
                twins[-1] = True  # the next poster's name, glued under the buttons
            if all(twins):
                yield i, self.shared_verdict("a line the page removed as a post's furniture elsewhere")


class ThreadEnd(Rule):
    """On a text page cleaned as a forum, what the page still keeps **after the last post's footer**:
    the board's closing — a Q&A network's "Your Answer" box and its tips ("Thanks for contributing
    an answer …", "Asking for help, clarification, or responding to other answers."), a board
    network's "Related Threads" and its stats ("posts" / "35M" / "members" / "A forum community
    dedicated to …"), a list of other threads, the site's blurb. Forum software prints each post
    as a header (the poster's date line) over the post's text and a footer under it (its buttons,
    "Reply Quote Like", "1 Like", "Add a comment", its reactions); once the last post's footer is
    printed, the thread is over and the rest is the board's, printed under every thread and said by
    none. The wordings are each one platform's; the shape is every thread's.

    The last post opens at the page's last block removed by one of ``headers`` (its date line); the
    page needs ``min_posts`` such blocks (a thread, not an article's byline and a comment). Its
    footer is the last block after it removed by one of ``footers``; every block kept after that
    footer goes. Stands down when the footer may close a quote inside the last post rather than the
    post ("ann said:" … "Click to expand..." and the reply's text under it): when a block removed by
    one of ``quote_openers`` stands after the last header and no footer stands between it and the
    last footer. Also stands down when what would go weighs more words than the page keeps above
    the footer. Final, so it reads every other rule's removals; text only (on HTML the DOM rules
    read the board's landmarks).
    """

    id = "quality.thread-end"
    kind = Kind.OTHER
    stage = Stage.CONTEXT
    examples = ("Your Answer", "Thanks for contributing an answer to Seasoned Advice!", "Related Threads")
    """Lines kept after the last post's footer (the rule reads positions, not these words)."""
    counter_examples = ("Thanks, that fixed it.", "I have the same problem.")
    """A post's own lines: above the last post's footer, they stay."""
    min_posts = 3
    """Post headers (date lines) the page needs, at least."""
    headers = frozenset(("metadata.dateline", "metadata.age"))
    """Rules whose removals open a post: its date line."""
    footers = frozenset(("comments.actions", "quality.post-buttons", "metadata.post-furniture"))
    """Rules whose removals close a post: its buttons, reactions and action links."""
    quote_openers = frozenset(("comments.header",))
    """Rules whose removals open a quoted post inside a post ("ann said:")."""

    def end(self, page: Page) -> int | None:
        """The last post's footer: the last footer block after the last header, or None when there is
        none, when it is the first footer after a quote opener (it closes the quote), or when a quote
        opener stands after it (a reply follows)."""
        last_header, headers, footer = -1, 0, -1
        opened = closes_quote = False  # a quote opener with no footer after it yet; the footer closes one
        for i, v in enumerate(page.verdicts):
            if v is None or v.label is not Label.BOILERPLATE:
                continue
            if v.rule in self.headers:
                last_header, headers, footer, opened, closes_quote = i, headers + 1, -1, False, False
            elif last_header < 0:
                continue
            elif v.rule in self.footers:
                footer, closes_quote, opened = i, opened, False
            elif v.rule in self.quote_openers:
                opened = True
        if headers < self.min_posts or footer < 0 or opened or closes_quote:
            return None
        return footer

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html or not page.is_thread or (footer := self.end(page)) is None:
            return
        labels = page.labels()  # read before any verdict below
        after = [i for i in range(footer + 1, len(labels)) if labels[i] is not Label.BOILERPLATE]
        if not after:
            return
        kept_above = sum(
            b.words
            for b, label in zip(page.blocks[:footer], labels[:footer], strict=True)
            if label is not Label.BOILERPLATE
        )
        if sum(page.blocks[i].words for i in after) > kept_above:
            return
        for i in after:
            yield i, self.shared_verdict("kept after the last post's footer")


_SLUG_END = regex.compile(r"(?:\.[0-9]{1,12}|\.(?:html?|php|aspx?))+$")
"""What a forum's address glues after a thread's slug: XenForo's ".3859106", an ".html" or ".php"."""

_SLUG_SPLIT = regex.compile(r"[-_+.]")
"""What separates a slug's words ("want-to-know-the-comparison", "fully_functional_hair")."""

_SLUG_WORD = regex.compile(r"[^\W_]{1,64}")
"""A word of a line, as its slug spells it: letters and figures."""


def line_words(text: str) -> list[str]:
    """The words of a line's first 400 characters as a slug spells them (:data:`_SLUG_WORD`), case
    folded: what is compared with :func:`slug_words` (``quality.thread-start``, ``metadata.title``)."""
    return [w.casefold() for w in _SLUG_WORD.findall(text[:400])]


def slug_words(url: str | None, *, last: bool = False) -> list[str]:
    """The words of the longest slug in ``url``'s path, in lower case, its bare numbers left out
    ("/threads/want-to-know-the-comparison-between-these-gpu.3859106/" → want, to, know, the,
    comparison, between, these, gpu); ``[]`` when the address has none. Of two slugs as long, the
    first, or with ``last`` the later one: the page's own name under its section's
    ("/computer-basics-for-beginners/what-is-a-smartphone" → what, is, a, smartphone). An address
    that does not parse ("http://[::1") has none: the caller's ``url`` is a hint, not a promise."""
    if not url:
        return []
    try:
        path = urlsplit(url).path
    except ValueError:
        return []
    best: list[str] = []
    for segment in unquote(path).split("/")[:32]:
        words = [w for w in _SLUG_SPLIT.split(_SLUG_END.sub("", segment[:300]).casefold()) if w and not w.isdigit()]
        if len(words) > len(best) or (last and words and len(words) == len(best)):
            best = words
    return best


class ThreadStart(Rule):
    """On a text page cleaned as a forum, what the page still keeps above the thread's title: the
    board's notices ("Scam Alert. Members are reminded …"), its welcome ("For over 25 years, …
    has connected …"), a sponsor's box, a Q&A network's promotion of its paid product — printed
    over every thread of the board, said by none. A thread's address names it: forum software
    (XenForo, Discourse, vBulletin, Invision, Stack Exchange) builds it from the title's words
    ("/threads/proxmox-or-ubuntu-or-debian-for-windows-virtualization.18571"), so the title is the
    first line that says what the slug says — ``min_coverage`` of the slug's words or more, and
    those words ``min_share`` of the line's or more. The thread opens there.

    A kept block above the title goes unless the page prints it again below (the board that
    prints the first post over its title too, as a preview, and again under it: the copy above
    stays, ``quality.printed-twice`` has taken the one below), and only while what goes weighs no
    more words than the page keeps under the title. A slug of fewer than ``min_slug`` distinct
    words says too little to find a line by ("/t/plugin-recommendations/88771", "viewtopic.php",
    numbers only): nothing goes. Final, so that the positional rules and the title's choice read
    the page as before. Text only: on HTML the DOM rules read the board's header and banners.
    """

    id = "quality.thread-start"
    kind = Kind.OTHER
    stage = Stage.CONTEXT
    examples = (
        "https://forums.example.com/threads/proxmox-or-ubuntu-or-debian-for-windows-virtualization.18571",
        "https://superuser.example/questions/442960/windows-7-explorer-keyboard-shortcut",
    )
    """Addresses that name their thread (the rule reads the address, then the lines; the examples
    are read by ``slug_words``)."""
    counter_examples = (
        "https://forum.example.org/t/plugin-recommendations/88771",
        "https://bbs.example.org/viewtopic.php?id=309936",
    )
    min_slug = 3
    """Distinct words a slug needs to name a thread by."""
    min_coverage = 0.8
    """Share of the slug's distinct words the title line says, at least."""
    min_share = 0.6
    """Share of the title line's distinct words that are the slug's, at least."""

    def title(self, page: Page, slug: set[str]) -> int | None:
        """The first block that says what the slug says: the thread's title."""
        for i, block in enumerate(page.blocks):
            words = set(line_words(block.text))
            if not words or len(words) > 2 * len(slug) + 2:
                continue
            common = len(words & slug)
            if common >= self.min_coverage * len(slug) and common >= self.min_share * len(words):
                return i
        return None

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html or not page.is_thread:
            return
        slug = set(slug_words(page.url))
        if len(slug) < self.min_slug or (top := self.title(page, slug)) is None or top == 0:
            return
        below = {_line_key(block.text) for block in page.blocks[top + 1 :]}
        labels = page.labels()
        above = [i for i in range(top) if labels[i] is Label.CONTENT and _line_key(page.blocks[i].text) not in below]
        kept_below = sum(b.words for i, b in enumerate(page.blocks[top:], start=top) if labels[i] is Label.CONTENT)
        if sum(page.blocks[i].words for i in above) > kept_below:
            return
        for i in above:
            yield i, self.shared_verdict("kept above the thread's title")


def _line_key(text: str) -> str:
    """A kept line compared with its copies: its words, spaces squeezed and case folded (innerText prints
    one layout's copy with a trailing space or in capitals, "Men " / " Men", "Free shipping $65+")."""
    return " ".join(text.split()).casefold()


def _later_copies(page: Page) -> Iterator[tuple[int, int]]:
    """Each kept block whose line (``_line_key``) a kept block above it already holds, with the first
    such block: the copies ``quality.kept-twice`` and ``quality.service-copies`` read."""
    seen: dict[str, int] = {}
    for i, block in enumerate(page.blocks):
        if page.label(i) is not Label.CONTENT or not (key := _line_key(block.text)):
            continue
        first = seen.setdefault(key, i)
        if first != i:
            yield i, first


class KeptTwice(Rule):
    """On a text page cleaned or reported as a product (``Page.text_of_kind``), a later copy of a line
    the page already kept goes, whatever its length: innerText holds every copy the markup prints once
    per layout or per slide (a desktop and a mobile copy of the product's name, sizes and fabric, an
    announcement bar's slides cloned for a looping marquee, "Free shipping $65+" / "Subscribe and save
    20%" three times over, a seller's box printed in two places, a legal notice repeated for each
    state), and each kept copy counts as text the page does not have. The first copy stays. The text
    counterpart of ``dom.kept-twice``, which reads HTML only; ``quality.printed-twice`` keeps once only
    paragraphs of ten words or more, and on a product page cleaned as an article only a copy of the whole
    text.

    Text input only, products only: an article repeats on purpose (a course's dates, a recipe's plan for
    two days), and a listing's or a collection's items share their attributes ("Black", "In stock") that
    the truths keep under each item. A final rule, after the card, controls and related-products rules
    have removed what they read (``quality.card-controls`` takes every copy of a control printed three
    times or more; run before it, this rule would leave it the first copy alone to judge). A copy the
    title rule kept as the headline goes with its title carried over (as ``related.offer-section``).
    """

    id = "quality.kept-twice"
    kind = Kind.DUPLICATE
    stage = Stage.CONTEXT
    examples = ("Free shipping $65+", "Free shipping  $65+ ", "Men's Loke Jacket", "MEN'S LOKE JACKET")
    """Two by two, lines the rule reads as one: the second of each pair goes when the first was kept."""
    counter_examples = ("Size S", "Size M", "US $18.00", "US $19.00")
    """Two by two, lines the rule reads as two: both stay."""

    @staticmethod
    def same(first: str, later: str) -> bool:
        """Whether ``later`` is a copy of ``first`` as the rule reads lines."""
        return bool(_line_key(first)) and _line_key(first) == _line_key(later)

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.text_of_kind(_PRODUCT):
            return
        for i, first in _later_copies(page):
            # A copy the title rule kept as the headline carries the page's title: the line goes, the title stays.
            yield i, self.verdict(f"the same line is kept once already (block {first})", data=page.carried_title(i))


_CODE_LINE_STARTS = ("//", "/*", "#", "*", "<", "$ ", ">>>")
_CODE_LINE_ENDS = ("{", "}", ";", "(", "[", ",", "=>")
"""How a line of code opens or closes: a sample printed once per language tab repeats its comments and braces."""


class ServiceCopies(Rule):
    """On a text page cleaned as a service, a later copy of a line of five words or more the page already
    kept goes: innerText prints every layout the markup holds, and a service's site builder prints its
    feature menu, its testimonials' names and roles, its slogan and its calls once per screen size or per
    slide ("Publish API docs and SDKs", "Head of R&D, Cyprus, Tango", "Read the full case study",
    "Request a demo Live demo + Q&A"). ``dom.kept-twice`` takes such copies on HTML services;
    ``quality.kept-twice`` does on text products only. The first copy stays.

    Five words or more: a shorter line printed twice is as often the truth's own twice (a comparison
    table's "Yes!", a plan's "Monthly Reporting + Analysis", a tab's "Select tab"). Not a line of code
    (one that opens with a comment or tag mark or closes with a brace, a semicolon or a comma): a code
    sample printed once per language repeats its comments on purpose. Text only (HTML is
    ``dom.kept-twice``'s), pages cleaned as services only (a page cleaned as an article and reported as
    a service, a course's or a fee page's, repeats its dates and fees on purpose). A final rule, after
    ``quality.kept-twice``.
    """

    id = "quality.service-copies"
    kind = Kind.DUPLICATE
    stage = Stage.CONTEXT
    min_words = 5
    examples = (
        "Publish API docs and SDKs",
        "Publish API docs and  SDKs ",
        "Read the full case study",
        "READ THE FULL CASE STUDY",
    )
    """Two by two, lines the rule reads as one: the second of each pair goes when the first was kept."""
    counter_examples = (
        "Monthly Reporting + Analysis",
        "Monthly Reporting + Analysis",
        "// Find your Account SID at twilio.com/console",
        "// Find your Account SID at twilio.com/console",
    )
    """Two by two, lines the rule leaves: shorter than five words, or code."""

    @classmethod
    def copies(cls, first: str, later: str) -> bool:
        """Whether ``later`` goes as a copy of ``first`` when both are kept."""
        return cls.counts(later) and _line_key(first) == _line_key(later)

    @classmethod
    def counts(cls, text: str) -> bool:
        """Whether a copy of ``text`` is read at all: five words or more, with letters, not code."""
        line = text.strip()
        return (
            len(line.split()) >= cls.min_words
            and any(c.isalpha() for c in line)
            and not line.startswith(_CODE_LINE_STARTS)
            and not line.endswith(_CODE_LINE_ENDS)
        )

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html or page.page_type is not PageType.SERVICE:
            return
        for i, first in _later_copies(page):
            if self.counts(page.blocks[i].text):
                yield i, self.verdict(f"the same line is kept once already (block {first})", data=page.carried_title(i))


_FIGURES = regex.compile(r"\d+(?:[.,:]\d+)*")
"""A figure, its separators inside it: records' repeated lines compared with their figures taken out."""


class RecordItems(Rule):
    """Gives back the items of a list of records on a text page cleaned as an article: a page whose
    own content is a run of stacked records, each closed (or opened) by the same short line — a news
    digest's "Read more" under every story, a cost report's "Reported by:" under every estimate —
    prints that line again and again a few lines apart. Cleaned as an article, the page keeps only the
    prose beside its first item: the neighbour pass wants prose on both sides of each title and price
    line, the teaser rules read each "Read more" as the heading of a related-stories box, and the main
    run leaves the rest outside.

    A separator is a line of at most ``max_separator_words`` words printed ``min_records`` times or
    more, each copy within ``max_record_blocks`` blocks of the next (and at least 2 apart, so a record
    holds a line); not a byline or date line, nor a line the teaser lists took as a teaser's source
    ("By Reuters" under every story of a feed). Between the first and the last copy of such a chain,
    each line printed once, of ``min_item_words`` words or more, that the neighbour pass or the main
    run removed, or that ``related.teasers`` removed under a copy of the separator read as a heading,
    is an item. They come back when the page kept some text (an article that kept nothing is not
    refilled) and their words are at least ``min_share`` times all of it: on an article the story
    outweighs a box of related headlines with a "Read more" under each. The separators themselves stay as judged. Text input only; runs last, after the teaser
    lists, whose teasers (headlines with a source or an age) it leaves alone.

    Failing that, **records the page kept as its body** bring back their lost fellows: a section page whose
    stories are title / summary / "Published On 6 Mar 2026" keeps the run of them from its first summary on,
    and loses the titles whose own summary went (a caption's credit, no summary at all) as short text away
    from the body. A line of at most ``max_record_line_words`` words, compared with its figures taken out
    (so the dates and running times of each record read as one line), printed ``min_records`` times or more
    in a chain as above, not a teaser's field; most of its copies (``min_regular_share``) stand the chain's
    usual distance apart, give or take one block (a label set at uneven places in a story, "Video" over each
    clip, is no record); at least ``min_kept_records`` of its copies are kept with a kept line of
    ``min_item_words`` words or more between each and the copy before; and the words kept within the chain
    are at least ``min_kept_share`` of all the page kept (the records are the page's body, not a box beside
    a story). Then each line of the chain that the neighbour pass or the main run removed, of
    ``min_item_words`` words or more, whose text (figures aside) the page prints once, is content.
    """

    id = "quality.record-items"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    min_records = 4
    max_record_blocks = 12
    max_separator_words = 4
    min_item_words = 2
    min_share = 2.0
    """The items' words against all the words the page kept: twice, where ``quality.item-run`` asks once."""
    removers = frozenset(("quality.neighbours", "quality.main-run"))
    """Rules whose removals an item may undo (and ``related.teasers``, under a copy of the separator only)."""
    max_record_line_words = 8
    """A line repeated in every record, its figures aside (a date line "Published On 6 Mar 2026"), when the page
    kept some of the records."""
    min_kept_records = 3
    """Records the page kept as content: a kept copy of the repeated line with a kept line between it and the copy
    before."""
    min_regular_share = 0.75
    """Records of one layout: most copies of their repeated line stand the usual number of blocks apart, give or
    take one."""
    min_kept_share = 0.5
    """The words kept within the chain against all the words the page kept: the records are the page's body."""

    def _chains(self, at: list[int]) -> Iterator[tuple[int, int]]:
        """The spans from the first to the last copy of each chain of copies close together."""
        first = prev = at[0]
        count = 1
        for i in at[1:]:
            if 2 <= i - prev <= self.max_record_blocks:
                count += 1
            else:
                if count >= self.min_records:
                    yield first, prev
                first, count = i, 1
            prev = i
        if count >= self.min_records:
            yield first, prev

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html or page.page_type is not PageType.ARTICLE:
            return
        texts = [block.text.strip() for block in page.blocks]
        at: dict[str, list[int]] = {}
        for i, block in enumerate(page.blocks):
            if block.repeats >= self.min_records and 1 <= block.words <= self.max_separator_words:
                v = page.verdicts[i]
                if v is not None and (v.kind is Kind.METADATA or v.rule == "related.lists"):
                    # each story's byline or source ("By Reuters"), read as such or as a field of a
                    # teaser the teaser lists found: a feed of other stories
                    continue
                at.setdefault(texts[i], []).append(i)
        items: set[int] = set()
        for separator, places in at.items():
            for first, last in self._chains(places):
                heading: str | None = None  # the last related-stories heading seen in the span
                for k in range(first, last):
                    v = page.verdicts[k]
                    if v is None:
                        continue
                    if v.rule == "related.heading":
                        heading = texts[k]
                    if v.label is not Label.BOILERPLATE or page.blocks[k].repeats != 1:
                        continue
                    if page.blocks[k].words < self.min_item_words:
                        continue
                    if v.rule in self.removers or (v.rule == "related.teasers" and heading == separator):
                        items.add(k)
        kept = _kept_weight(page)
        if not kept:
            return  # an article that kept nothing is not refilled (``quality.too-little`` spares articles too)
        if items and sum(page.blocks[k].weight for k in items) >= self.min_share * kept:
            reason = "an item between copies of its records' separator"
            for k in sorted(items):
                yield k, self.shared_verdict(reason, label=Label.CONTENT)
            return
        reason = "a record like the records the page kept"
        for k in sorted(self._kept_records(page, texts, kept)):
            yield k, self.shared_verdict(reason, label=Label.CONTENT)

    def _kept_records(self, page: Page, texts: list[str], kept: int) -> set[int]:
        """The removed items of a chain of records whose other records the page kept as its body."""
        keys = [_FIGURES.sub("#", text) for text in texts]
        counts = Counter(keys)
        at: dict[str, list[int]] = {}
        for i, block in enumerate(page.blocks):
            if counts[keys[i]] >= self.min_records and 1 <= block.words <= self.max_record_line_words:
                v = page.verdicts[i]
                if v is None or v.rule != "related.lists":
                    at.setdefault(keys[i], []).append(i)
        items: set[int] = set()
        for key, places in at.items():
            for first, last in self._chains(places):
                copies = places[bisect_left(places, first) : bisect_right(places, last)]
                gaps = [b - a for a, b in pairwise(copies)]
                if not gaps:
                    continue  # one copy is no chain (a ``min_records`` of 1)
                usual = Counter(gaps).most_common(1)[0][0]
                if sum(1 for g in gaps if abs(g - usual) <= 1) < self.min_regular_share * len(gaps):
                    continue  # prose between the copies of a label ("Video" over each clip of a story)
                held = sum(
                    1
                    for a, b in pairwise(copies)
                    if page.label(b) is Label.CONTENT
                    and any(
                        page.label(k) is Label.CONTENT
                        and page.blocks[k].words >= self.min_item_words
                        and keys[k] != key
                        for k in range(a + 1, b)
                    )
                )
                inside = sum(page.blocks[k].weight for k in range(first, last + 1) if page.label(k) is Label.CONTENT)
                if held < self.min_kept_records or inside < self.min_kept_share * kept:
                    continue
                for k in range(first, last + 1):
                    if (
                        page.removed_by(k, self.removers)
                        and page.blocks[k].words >= self.min_item_words
                        and counts[keys[k]] == 1
                    ):
                        items.add(k)
        return items


def _initial(text: str) -> str:
    """The first character of a line, its accent and case aside ("Écrit" and "ecrit" read E): what an
    A-to-Z index sorts its entries by."""
    line = text.strip()
    return normalize("NFKD", line[:1])[:1].upper() if line else ""


class LetterIndex(Rule):
    """Gives back the entries of a page's A-to-Z index read as text: an encyclopedia's list of programming
    languages, a category's pages, a glossary or a directory prints one letter alone on its line ("A", "B",
    "C" …) over the entries that start with it, each a name of a few words ("ABAP", "Ada", "Agda"). With no
    prose beside them, the neighbour pass removes the entries with the menus; the page's own text is then
    its intro line alone.

    A section is a line that is one letter, then the lines of 1 to ``max_entry_words`` words down to the
    next such line; it counts when at least ``min_letter_share`` of those lines, down to the last that
    starts with its letter (what follows the last section is the page's footer), start with its letter
    (accents and case aside). A chain is ``min_sections`` counted sections or more among letter lines in a
    row whose letters rise (a section that does not count is passed over; a letter printed twice, "F" /
    "[edit]" / "F", is one), and at most ``max_empty_share`` of its letters have no entry at all: a site's
    A-to-Z widget prints every letter, "I" / "J" / "K" over nothing, where a list prints the letters its
    entries start with.
    The entries of a chain (the lines of its sections that start with their letter) that
    ``quality.neighbours`` or ``quality.main-run`` removed come back when their words are at least
    ``min_share`` times all the words the page kept, as ``quality.item-run`` asks of its titles: a shop's
    menu of designers from A to Z beside a product's description, or a beauty brand's A-to-Z of products
    in its footer, weighs less than the page's own text and stays out. The page type is not read (text
    listings are typed right a third of the time). Text input only; runs last, once every block is judged.
    """

    id = "quality.letter-index"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    min_sections = 4
    max_entry_words = 8
    min_letter_share = 0.75
    min_share = 1.0
    max_empty_share = 0.25
    """Letters with no entry, against the letters of the run: a site's A-to-Z widget prints every letter."""
    removers = frozenset(("quality.neighbours", "quality.main-run"))

    def _sections(self, page: Page) -> list[tuple[str, list[int] | None]]:
        """Each letter line's letter and, when its section counts, the blocks in it that start with that
        letter; an empty list for a letter with no entry (a widget's greyed-out "Q"), ``None`` for a
        section that does not count. A letter printed again right under itself is one letter."""
        blocks = page.blocks
        heads = [i for i, b in enumerate(blocks) if len(t := b.text.strip()) == 1 and t.isalpha()]
        sections: list[tuple[str, list[int] | None]] = []
        for a, b in pairwise([*heads, len(blocks)]):
            letter = _initial(blocks[a].text)
            lines = [k for k in range(a + 1, b) if 1 <= blocks[k].words <= self.max_entry_words]
            own = [k for k in lines if _initial(blocks[k].text) == letter]
            if not own:
                if b < len(blocks) and _initial(blocks[b].text) == letter:
                    continue  # "F" / "[edit]" / "F": the same heading twice
                sections.append((letter, []))
            # the lines after the section's last own entry are what follows the index (the footer's links)
            elif len(own) >= self.min_letter_share * bisect_right(lines, own[-1]):
                sections.append((letter, own))
            else:
                sections.append((letter, None))
        return sections

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html:
            return
        items: list[int] = []
        run: list[tuple[str, list[int] | None]] = []  # letter lines whose letters rise
        for letter, own in [*self._sections(page), ("", None)]:  # the empty letter closes the last run
            if run and letter > run[-1][0]:
                run.append((letter, own))
                continue
            counted = [entries for _, entries in run if entries]
            empty = sum(1 for _, entries in run if entries == [])
            if len(counted) >= self.min_sections and empty <= self.max_empty_share * (len(counted) + empty):
                items += [k for entries in counted for k in entries if page.removed_by(k, self.removers)]
            run = [(letter, own)]
        kept = _kept_weight(page)
        if not items or sum(page.blocks[k].weight for k in items) < self.min_share * kept:
            return
        reason = "an entry under its letter in an A-to-Z index"
        for k in items:
            yield k, self.shared_verdict(reason, label=Label.CONTENT)


_FIGURE_CARD = regex.compile(r"[~<>]?[$€£]?\d[\d.,]{0,8} ?(?:%|[xX+]|[kKMB]\+?|million|billion)\+?(?: [^\W\d]{1,20})?")
"""A stat card's figure, the whole line: a number with its unit of scale ("10x", "67%", "$6M", "60,000+",
"99.95%+") and at most one word ("80% Gain", "450% ROI"); a bare number ("2024", "110") is not one."""


class FigureCards(Rule):
    """Gives back a service page's stat cards read as text: a band of figures, each over the short line
    that says what it counts ("80% Gain" / "in scheduling efficiency", "10x" / "In cost savings annually",
    "60,000+" / "Therapy hours" / "Hours of therapy taken on the app since inception"). innerText prints
    each figure and its label as lines of their own, too short for the neighbour pass to keep beside the
    page's prose; the truths keep them (wcxb-dev fold 0, ``text70``: on the text pages cleaned as services
    such bands hold 221 words the truths keep, on 6 sites, against 20 they lack, on one).

    A card is a figure line (:data:`_FIGURE_CARD`: a number with "%", "x", "+", "k", "M", "B",
    "million" or "billion", and at most one word) over a line of 1 to ``max_label_words`` words with a
    word of three letters or more that is no figure line; a band is ``min_cards`` cards or more, each
    figure at most ``max_gap`` blocks below the last. The figure, its label and the line under the label
    (when it is at most ``max_note_words`` words and no figure: the card's note, or its "Read story"
    link) come back when ``quality.neighbours`` removed them. A bare number ("110" / "Countries") is no
    figure: years, ranks and prices stand over labels as often on the same pages. On text pages cleaned
    as services only: on fold 0's pages cleaned as articles the bands the neighbour pass removed are a
    forum's counts ("26K subscribers" / "433 Posts") and a running site's menu ("5K Training" / "10K
    Training"), which the truths drop. Runs last, once every block is judged.
    """

    id = "quality.figure-cards"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    examples = ("80% Gain", "10x", "$6M", "60,000+", "99.95%+")
    counter_examples = ("2024", "110", "Save 20% on your first order today", "$49.99 per month")
    min_cards = 2
    max_gap = 4
    max_label_words = 12
    max_note_words = 25
    removers = frozenset(("quality.neighbours",))

    def _figure(self, text: str) -> bool:
        return _FIGURE_CARD.fullmatch(text.strip()) is not None

    def _label(self, block: Block) -> bool:
        return (
            1 <= block.words <= self.max_label_words
            and regex.search(r"[^\W\d]{3}", block.text) is not None
            and not self._figure(block.text)
        )

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html or page.page_type is not PageType.SERVICE:
            return
        blocks = page.blocks
        cards = [i for i in range(len(blocks) - 1) if self._figure(blocks[i].text) and self._label(blocks[i + 1])]
        bands: list[list[int]] = []
        for i in cards:
            if bands and i - bands[-1][-1] <= self.max_gap:
                bands[-1].append(i)
            else:
                bands.append([i])
        back: list[int] = []
        for band in bands:
            if len(band) < self.min_cards:
                continue
            for i in band:
                lines = [i, i + 1]
                note = i + 2
                if (
                    note < len(blocks)
                    and blocks[note].words <= self.max_note_words
                    and not self._figure(blocks[note].text)
                ):
                    lines.append(note)
                back += [k for k in lines if page.removed_by(k, self.removers)]
        for k in sorted(set(back)):
            yield k, self.shared_verdict("a stat card's figure, label or note", label=Label.CONTENT)


_CARD_BUTTON = regex.compile(
    r"(?:view|see|explore|read|learn|find out|discover|know|watch|select|compare|get|reveal|expand|show|visit"
    r"|check out|browse|shop|book|request|download|try|start|more|details)"
    r"(?: [^\W\d][\w'’&-]{0,20}){0,3}(?: ?[›→>»])?",
    regex.IGNORECASE,
)
"""A card's button, the whole line: a verb that leads on to another page or panel and at most three more
words, no figure ("Find out more", "Read Success Story", "View Discount", "Learn more ›", "Expand")."""


class CardButtons(_KeptCopies):
    """On a text page cleaned as an article, a button the page still keeps three times or more, alone on
    its line and word for word the same ("Read full review", "See on Amazon", "Start course", "View
    Discount", "Find out more", "Learn more ›"): the link that closes every card of a grid (a round-up's
    reviewed products, a course's lessons, a service's case studies when its page is read as an article),
    which innerText prints as a line of its own under each card. The truths keep the cards, not the button
    printed under each of them.

    Text only (HTML leaves buttons to the markup rules), only a line that is nothing but a verb leading on
    and at most three words more (:data:`_CARD_BUTTON`), and as a final rule, once every other rule has
    spoken: taken out earlier the copies would read as boilerplate beside the cards to the positional
    rules, and ``quality.record-items`` reads a line repeated in every record as its separator. A
    button kept once or twice (a section's own call) stays. Not on pages cleaned as services: on the
    held-out sites their truths kept such buttons as often as not (``text61``: fold 1 service 0.7643 →
    0.7638, 5 pages up and 4 down); ``quality.card-controls`` does the same for a shop's controls on
    collections, listings and products. A round-up's buttons that ``quality.pick-buttons`` names
    (:data:`wordings.PICK_BUTTONS`, "Read full review") are gone before this rule runs; this one takes
    any other verb's button the grid repeats word for word.
    """

    id = "quality.card-button"
    kind = Kind.NAVIGATION
    stage = Stage.CONTEXT
    kinds = frozenset((PageType.ARTICLE,))
    examples = ("Read full review", "Find out more", "View Discount", "Learn more ›", "Expand")
    counter_examples = ("Read the documentation before you start.", "Pricing", "Get 3 months free", "Customer stories")
    max_words = 4
    named = "a card's button"

    def copy_of(self, text: str) -> str:
        line = text.strip()
        return line.casefold() if _CARD_BUTTON.fullmatch(line) else ""


RULES: list[Rule] = []
CONTEXT_RULES: list[Rule] = [
    Classify(),
    ColonList(),
    Items(),
    _POST_BODY,
    PosterStats(),
    ItemRun(),
    SpecRows(),
    Neighbours(),
    Thread(),
    PastCopyright(),
    MainRun(),
    LeadIn(),
]
LATE_RULES: list[Rule] = [
    BesideRestored(),
    PostText(),
    RepeatedWords(),
    TooLittle(),
    ConsentDialog(),
    SiblingCards(),
    StatedDescription(),
    HeadedDescription(),
    ServiceSections(),
    PrintedTwice(),
    ContentsList(),
    ContentsTree(),
    CardControls(),
    PickButtons(),
    SortMenu(),
    FilterControls(),
    FacetPanel(),
    CountedList(),
    CardLabels(),
    ShopFigures(),
    PriceLabels(),
    DeliveryDates(),
    OfferTerms(),
    FootnoteTerms(),
    CardBadges(),
    ServiceCalls(),
    BareCounts(),
    SignedComments(),
    PosterField(),
    PagerEnd(),
    HelpFooter(),
    FooterLabel(),
    SectionEnd(),
]
"""Run after the learned scorer, once every positional rule has spoken."""


class ListInArticle(Rule):
    """Gives back a text article's own list that ``related.lists`` read as teasers: a run of lines it took
    in the middle of the article, with the article going on after it.

    innerText prints an article's lists as bare lines: a round-up's "Pros and Cons of Alamo" / "Cheaper
    than average rental rates" / "Cons:", an agency guide's "Community management: The agency can engage
    with your audience …", an event list's "Date: June 2026" / "Focus: Bridging industry leaders …". Short
    headline-shaped lines over a sentence read as a title and its summary, and ``related.lists`` takes
    them for other stories. Other stories stand at the article's end or beside it; a list the article
    announces with a colon ("… a five-step approach to marketing:", "Pros:", "Cons:") and with a good part
    of the article still to come after it is the article's. So a run of lines the rule took as teasers
    ("part of a teaser") comes back when the kept line right above it ends in a colon, the page keeps at
    least ``min_before`` words above it and, below it, at least ``min_after`` words and ``after_share`` of
    what is kept above.

    Without the colon a run of headlines between kept paragraphs is as often a news page's inline box of
    other stories ("… lung infections." / "Bible bombshell: Scientists claim …"), and stays removed.

    Not given back: a teaser list at the article's end ("Related posts" / "How to Build a Wood Window
    Cornice" / "2 Hour DIY Wood Planter Box", nothing of the article after it), nor a run that opens on an
    entry of a table of contents (``related.lists``' other reason; an entry inside a run of teasers goes
    with the run). Text input only (in HTML a teaser's headline is a
    link and the markup names its box), and only on a page cleaned as an article. A final rule, after
    ``related.lists``.
    """

    id = "quality.list-in-article"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    min_before = 150
    min_after = 50
    after_share = 0.25
    teaser_rule = "related.lists"
    teaser_reason = "part of a teaser"

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html or not page.is_article:
            return
        weights = _kept_weights(page)
        total, before, n = sum(weights), 0, len(page.blocks)
        i = 0
        while i < n:
            v = page.verdicts[i]
            if v is None or v.rule != self.teaser_rule or not v.reason.startswith(self.teaser_reason):
                before += weights[i]
                i += 1
                continue
            end = i + 1
            while end < n and (w := page.verdicts[end]) is not None and w.rule == self.teaser_rule:
                end += 1
            after = total - before  # the run itself keeps nothing
            lead = next((k for k in range(i - 1, -1, -1) if weights[k]), None)
            if (
                lead is not None
                and page.blocks[lead].text.rstrip().endswith(":")
                and before >= self.min_before
                and after >= max(self.min_after, self.after_share * before)
            ):
                reason = f"a list inside the article: {before} words kept above it, {after} below"
                for k in range(i, end):
                    yield k, self.verdict(reason, label=Label.CONTENT)
            i = end


_SENTENCE_END = (".", "?", "!", ":", ";", "\u2026", ")", '"', "\u201d")
"""How a line that says something ends: a sentence's stop, a question, a label's colon, a closing quote."""


class HeadMenu(Rule):
    """On a text article, a run of ``min_run`` or more kept menu entries in a row above the article's first
    paragraph of prose goes: innerText prints a site's header and mega-menu as bare lines ("Wireless" /
    "Switches" / "Gateways" / "Accessories", "College of Chiropractic" / "Admissions" / "Apply Now" /
    "Request Info", "Electrical Safety" / "Fire Prevention" / "Home Safety Devices"), which the HTML path
    drops by its ``<nav>`` and ``<header>``. The neighbour pass takes most of such a menu; what stays is a
    menu's runs between its blurbs, which the main run then reads as the article's opening.

    A menu entry is a line of ``entry_words`` words or fewer, not in a script written without spaces (a
    Japanese paragraph counts as one word), with no digit (a list's "2 cups flour", a stat's "98%") and
    no closing stop, question mark, colon or quote (a heading asks "What is Mesh WiFi?",
    a label ends in a colon). Lines the rules removed between entries do not break a run. Only above the
    first kept paragraph of prose (``prose_words`` words or more ending like a sentence): below it, short
    lines in a row are the article's own list (pros and cons, a recipe's steps). A run of fewer than
    ``min_run`` entries (a kicker over a breadcrumb) is no menu; a byline has its date's digits and stays.
    A title of five words or fewer right under the menu, with no question mark, counts as one more entry
    and goes with it (the truths seldom hold the page's title); a headline the title rule kept carries
    the page's title over, as ``quality.kept-twice`` does.

    Text input only (HTML is the markup rules'), only a page cleaned as an article. A final rule, once
    every line is judged.
    """

    id = "quality.head-menu"
    kind = Kind.NAVIGATION
    stage = Stage.CONTEXT
    min_run = 8
    """Kept menu entries in a row: a shorter run is a title's kicker and breadcrumb, or a short list."""
    entry_words = 5
    prose_words = 15
    examples = (
        "kasa / tapo / omada / Wireless / Switches / Gateways / Accessories / Where to Buy, above 'Mesh WiFi "
        "covers a whole home with one network, so every room gets the same fast and steady signal today.'",
    )
    counter_examples = (
        "the same eight lines below the article's first paragraph (the article's own list)",
        "'2 cups flour' / '1 egg' … (lines with digits)",
        "seven menu entries in a row",
    )

    def _entry(self, block: Block) -> bool:
        text = block.text.rstrip()
        return (
            0 < block.words <= self.entry_words
            and not block.cjk
            and block.digit_ratio == 0
            and not text.endswith(_SENTENCE_END)
        )

    def _prose(self, block: Block) -> bool:
        return block.words >= self.prose_words and block.text.rstrip().endswith(_SENTENCE_END)

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html or not page.is_article:
            return
        run: list[int] = []
        labels = page.labels()  # the menus below judge lines above the one read
        for i, block in enumerate(page.blocks):
            if labels[i] is not Label.CONTENT:
                continue
            if self._entry(block):
                run.append(i)
                continue
            if len(run) >= self.min_run:
                yield from self._menu(page, run)
            if self._prose(block):
                return
            run = []
        if len(run) >= self.min_run:
            yield from self._menu(page, run)

    def _menu(self, page: Page, run: list[int]) -> Iterator[tuple[int, Verdict]]:
        reason = f"one of {len(run)} menu entries in a row above the article's first paragraph"
        for i in run:
            # A line the title rule kept as the headline carries the page's title: the line goes, the title stays.
            yield i, self.verdict(reason, data=page.carried_title(i))


class TailCards(Rule):
    """On a text article, a run of three or more cards that closes the kept text goes when every card
    prints the same short line in the same place: innerText prints a site's cards of other stories with
    no heading over them, each a category label, a title and an excerpt ("Sustainability" / "What is
    sustainable mobility?" / "The term sustainable mobility goes far beyond …"), a title, a filing line
    and an excerpt ("Understanding Tire Wear Patterns" / "Posted under Car Tires" / "We get it…"), or a
    label and a title ("Tech stack" / "See which app Clay Imports uses …"). The HTML path drops them by
    their containers; in text the label printed again and again at one step is the card's mark.

    A card is ``min_period`` to ``max_period`` lines (the rules' removed lines count: a related rule may
    have taken the first card). Counted back from the last kept line, the line at one place of each card
    is the same text (``label_words`` words or fewer, with a letter: a site builder's zero-width joiner
    is no label; with no closing stop: a FAQ's "Yes!" over each answer is no label) for ``min_cards``
    cards or more; another line of each card is a title (``title_words`` words or fewer) and no line is
    over ``excerpt_words`` words (an article's own sections under a repeated "Directions" link run to a
    hundred words and more). The article must keep at least
    ``min_above`` words above the run and ``above_share`` times the run's words: a page that is mostly
    cards (a course catalogue's "Course" / "Learn CSS" / …) is a listing of its own. The card's title and
    excerpt are reported as a teaser.

    Not taken: cards of four lines or more (a webcam page's "Webcam" / place / sentence / "View Webcam",
    the page's own list), a run that does not reach the last kept line, title and excerpt pairs with no
    repeated line (an article's last section of headings and paragraphs reads the same). Text input only,
    only a page cleaned as an article or a service (a service's page closes on the same cards of its
    insights or resources). A final rule, once every line is judged.
    """

    id = "quality.tail-cards"
    kind = Kind.RELATED
    stage = Stage.CONTEXT
    min_cards = 3
    min_period = 2
    max_period = 3
    label_words = 5
    title_words = 14
    excerpt_words = 70
    min_above = 100
    above_share = 2.0
    page_types = frozenset({PageType.ARTICLE, PageType.SERVICE})
    examples = (
        "… / 'Sustainability' / 'What is sustainable mobility?' / 'The term sustainable mobility goes far beyond "
        "reducing emissions.' / 'Sustainability' / 'The top 5 sustainability trends of 2025' / 'As the urgency to "
        "tackle climate change …' / 'Sustainability' / … at the end of a long article",
    )
    counter_examples = (
        "title and excerpt pairs with no repeated line (the article's own last sections)",
        "'Memorial Park' / a 200-word section / 'Directions' / … (sections too long for an excerpt)",
        "'Course' / 'Learn CSS' / 'A guide to CSS …' / … under 58 words of text (the page is the cards)",
    )

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html or page.page_type not in self.page_types:
            return
        # Kept: any line no rule removed (a line no rule judged is kept too). Read once: each verdict
        # below judges its own line, read before it.
        labels = page.labels()
        kept = [i for i, label in enumerate(labels) if label is not Label.BOILERPLATE]
        if len(kept) < self.min_cards * self.min_period:
            return
        last = kept[-1]
        best: tuple[int, int, int] | None = None  # (lines, period, label's place from the card's end)
        for period in range(self.min_period, self.max_period + 1):
            for place in range(period):
                cards = self._cards(page, last, period, place)
                if cards >= self.min_cards and (best is None or cards * period > best[0]):
                    best = (cards * period, period, place)
        if best is None:
            return
        span, period, place = best
        start = last - span + 1
        weights = [page.blocks[i].weight for i in kept]
        cut = bisect_left(kept, start)
        above, run = sum(weights[:cut]), sum(weights[cut:])
        if above < max(self.min_above, self.above_share * run):
            return
        label = page.blocks[last - place].text.strip()
        reason = f"one of {span // period} cards closing the article, each printing {label!r}"
        for card in range(start, last + 1, period):
            lines = [k for k in range(card, card + period) if k != card + period - 1 - place]
            title = next(k for k in lines if page.blocks[k].words <= self.title_words)
            summary = next((k for k in lines if k != title), None)
            for k in range(card, card + period):
                if labels[k] is Label.BOILERPLATE:
                    continue
                data: dict[str, MetaValue] = {}
                if k == title:
                    data["teaser.title"] = page.blocks[k].text.strip()
                    if summary is not None:
                        data["teaser.summary"] = page.blocks[summary].text.strip()
                yield k, self.verdict(reason, data=data)

    def _label(self, block: Block) -> bool:
        return (
            0 < block.words <= self.label_words
            and any(c.isalpha() for c in block.text)
            and not block.text.rstrip().endswith(_SENTENCE_END)
        )

    def _cards(self, page: Page, last: int, period: int, place: int) -> int:
        """How many cards of ``period`` lines, counted back from ``last``, print the same label ``place``
        lines from their end (and a title and no line too long for an excerpt)."""
        blocks = page.blocks
        if last - place < 0 or not self._label(blocks[last - place]):
            return 0
        label = blocks[last - place].text.strip()
        cards = 0
        while True:
            start = last - (cards + 1) * period + 1
            if start < 0 or blocks[last - cards * period - place].text.strip() != label:
                return cards
            others = [blocks[k] for k in range(start, start + period) if k != last - cards * period - place]
            if any(b.words == 0 or b.words > self.excerpt_words for b in others):
                return cards
            if not any(b.words <= self.title_words and b.text.strip() != label for b in others):
                return cards
            cards += 1


class LoneLine(Rule):
    """On a text page cleaned as a service, a short line the page still keeps alone between two removed
    ones goes: a heading whose section the rules took out ("Latest Insights", "Explore Options", "Security &
    Compliance"), a card's button or label left from a grid the neighbour pass removed ("Customer story",
    "Get to know us"), a phone number or an address line out of a contact band ("415-263-9024"), a legal
    link out of the footer ("Website Terms of Use"). innerText prints a service's sections, bands and footer
    columns as runs of short lines; the rules remove most of such a run and keep the one line that looked
    like a heading or a sentence's start. What is left alone there says nothing the page keeps: the HTML
    path drops the same lines with their element (on wcxb-dev's fold 0 most by ``quality.classify`` and
    ``dom.landmark``).

    A line of ``max_words`` words or fewer, with a letter or a figure, that does not end like a sentence
    (a stop, a question, a colon, a closing quote: a question or a label says something of what follows
    and is read by other rules), with the blocks right above and right below it both removed. Text input
    only (HTML is the markup rules'), only a page cleaned as a service (on products and listings a lone
    short line is as often a price or a field the truths keep). A final rule, once every line is judged;
    a line the title rule kept as the headline goes and the title stays.
    """

    id = "quality.lone-line"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    max_words = 6
    examples = (
        "'Latest Insights' between a removed feed and a removed footer",
        "'415-263-9024' between two removed lines",
    )
    counter_examples = (
        "'Latest Insights' with a kept paragraph under it",
        "'Why should I file my taxes?' between two removed lines (a question)",
        "a line of seven words or more between two removed lines",
    )

    def _short(self, block: Block) -> bool:
        text = block.text.strip()
        return 0 < block.words <= self.max_words and any(c.isalnum() for c in text) and not text.endswith(_SENTENCE_END)

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html or page.page_type is not PageType.SERVICE:
            return
        for i in range(1, len(page.blocks) - 1):
            if (
                page.label(i) is Label.CONTENT
                and page.label(i - 1) is not Label.CONTENT
                and page.label(i + 1) is not Label.CONTENT
                and self._short(page.blocks[i])
            ):
                yield i, self.verdict("a short line kept alone between removed ones", data=page.carried_title(i))


FINAL_RULES: list[Rule] = [
    RecordItems(),
    LetterIndex(),
    FigureCards(),
    CardButtons(),
    PostButtons(),
    ThreadStart(),
    PerPostLine(),
    FurnitureTwin(),
    ThreadEnd(),
    KeptTwice(),
    ServiceCopies(),
    ListInArticle(),
    HeadMenu(),
    TailCards(),
    LoneLine(),
]
"""Run after the teaser lists, once every block is judged."""
