"""Related-article sections: the teaser list that follows a "Related Articles" heading."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from urllib.parse import SplitResult, urlsplit

import regex

from ..blocks import HEADING_LEVELS, Block
from ..models import Kind, PageType
from ..teasers import (
    CURRENCY_CODES,
    ListItem,
    PageWordsOnce,
    dated_lead,
    glued_lead,
    headline_text,
    headline_words,
    is_control,
    is_counter,
    read_items,
    read_list,
    strip_bullet,
)
from . import wordings as W
from .base import Label, MetaValue, Page, PageText, Rule, Stage, Verdict

HEADING_RULE = "related.heading"
LINK_RULE = "related.link"


class Excerpt(Rule):
    """A teaser excerpt cut off with an ellipsis: "I want to tell you about another change in Last Man, […]"."""

    id = "related.excerpt"
    kind = Kind.RELATED
    examples = (
        "I want to tell you about another important change in Last Man, […]",
        "Windows 10 1909 is now available via Windows 10 Update Ass...",
    )
    counter_examples = (
        "Wait… what? She laughed and closed the door behind her.",
        "Not to get too Albert Einstein on you, but …",
    )
    brackets = ("[…]", "[...]")
    cuts = ("...", "…")
    min_words = 6
    max_words = 45
    on_listings = False  # on a listing the excerpts are the items

    def match(self, page: Page, i: int) -> Verdict | None:
        block = page.blocks[i]
        text = block.text
        if block.words > self.max_words:
            return None
        if text.endswith(self.brackets):
            return self.verdict("excerpt cut off with a bracketed ellipsis")
        # A cut-off excerpt glues its ellipsis to the last word; a writer's pause ("So frustrating …") does not.
        for cut in self.cuts:
            if text.endswith(cut) and block.words >= self.min_words and not text[: -len(cut)].endswith(" "):
                return self.verdict("excerpt cut off with an ellipsis")
        return None

    def _candidates(self, text: PageText) -> set[int] | None:
        ends = (*self.brackets, *self.cuts)
        return {i for i, b in enumerate(text.blocks) if b.words <= self.max_words and b.text.endswith(ends)}


_CARD_BUTTON = regex.compile(r"(?i)read more\W{0,3}")
"""A card's bare "Read more" button ("Read More", "Read more »"): on a service page no section's heading."""


class TeaserSection(Rule):
    """The teasers under a related-articles heading: headlines (often twice), sources, ages, summaries.

    The section runs from the heading while blocks keep the shape of teasers,
    and ends at the first block another rule has claimed or at prose that has
    no teaser structure around it (so an inline "Related" box inside an
    article does not swallow the paragraphs after it).

    On a text page cleaned as a service a bare "Read more" opens no section: it is the button that
    closes one of the page's feature cards ("1-click payroll compliance" / "Automatically calculate
    …" / "Read more"), and the cards after it are the page's own text. "Read more about …" and the
    other headings still open one.
    """

    id = "related.teasers"
    kind = Kind.RELATED
    stage = Stage.CONTEXT
    # Inside a teaser list a bare agency name is the teaser's source, not a photo credit.
    passes_through = (Kind.CAPTION,)
    # A teaser's age ("22 minutes ago") is part of the teaser.
    passes_through_rules = ("metadata.age",)
    on_listings = False  # under "Latest articles" a listing's items are its content
    button_types = frozenset({PageType.SERVICE})
    """Kinds of text page on which a bare "Read more" is a card's button, not a heading."""

    def _button(self, page: Page, i: int) -> bool:
        """Whether heading ``i`` is a card's "Read more" button on a text page of ``button_types``."""
        return (
            not page.is_html
            and page.page_type in self.button_types
            and _CARD_BUTTON.fullmatch(page.blocks[i].text.strip()) is not None
        )

    def _open(self, v: Verdict | None) -> bool:
        return v is None or v.kind in self.passes_through or v.rule in self.passes_through_rules

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        n = len(page.blocks)
        for i in range(n):
            v = page.verdicts[i]
            if v is None or v.rule != HEADING_RULE or self._button(page, i):
                continue
            end = i + 1
            while end < n and self._open(page.verdicts[end]):
                end += 1
            items, used = read_items(page.blocks[i + 1 : end])
            if used:
                yield i + 1, self.verdict(f"{len(items)} teaser(s) under {page.blocks[i].text!r}", through=i + used)


_CODE_MARKS = regex.compile(r"[{}]|\(\)|=>|::|/>|</|>>>|;\s*$")
"""Marks of a line of code ("<MyButton />", "if err != nil {", ">>> stack.pop()"): no headline has them."""


class InlineTeaser(Rule):
    """A teaser dropped into the article: a headline printed twice (image link and text link)
    and the one-paragraph summary right after it.

    "Column: A vulture firm's bid for Gannett …" / "Column: A vulture firm's bid …" /
    "Among those who believe that the press provides value …". Only after the article has
    begun, so the page's own headline (also often printed twice) is left to the title rule.
    A line of code is no headline: a code sample repeats its lines ("<MyButton />" twice).
    """

    id = "related.inline-teaser"
    kind = Kind.RELATED
    stage = Stage.CONTEXT
    max_title_words = 20
    max_summary_words = 60
    window = 2
    on_listings = False  # a listing's items are headlines with their summaries

    def _copy(self, page: Page, i: int) -> int | None:
        text = page.blocks[i].text
        for j in range(i + 1, min(len(page.blocks), i + 1 + self.window)):
            if page.blocks[j].text == text:
                return j
            if page.blocks[j].weight >= page.settings.min_prose_words:
                return None  # a paragraph between two copies: an image's alt text around the article's text
        return None

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        begun = False
        for i, block in enumerate(page.blocks):
            if not begun:
                begun = page.label(i) is Label.CONTENT and block.weight >= page.settings.min_prose_words
                continue
            if block.repeats < 2 or block.weight > self.max_title_words or block.terminal:
                continue
            if page.kind(i) not in (None, Kind.LOW_CONTENT):
                continue  # already claimed by a named rule (a teaser section, a menu)
            if _CODE_MARKS.search(block.text) is not None:
                continue  # a code sample's repeated line
            j = self._copy(page, i)
            if j is None:
                continue
            k = j + 1
            summary = (
                k < len(page.blocks)
                and page.label(k) is Label.CONTENT
                and page.blocks[k].repeats == 1
                and page.blocks[k].weight <= self.max_summary_words
            )
            yield i, self.verdict("headline printed twice inside the article", through=k if summary else j)


class InlineLink(Rule):
    """A story's headline linked on a line of its own inside the article (HTML), with no "Read more:"
    label: ``<p><strong><a href=…>MAYOR WITHDRAWS FROM SENATE RACE AFTER PRIMARY DEFEAT</a></strong></p>``
    or an embedded ``<h3><a href=…>Driver Hurt in Crash at Downtown Intersection Dies at Hospital</a></h3>`` between
    two paragraphs.

    The line is one link and nothing else, to the site's own pages (the host most of the page's
    links go to: a shop's product, a short link or a "Click To Tweet" box is not a story), shaped
    as a headline (``min_words`` to ``max_words`` words, no closing full stop or colon, not a
    control such as "Click here to subscribe"), with the article's prose before and after it.
    Only a line the quality pass already took out of the article is named a teaser, so the
    article's text is never changed; lines of prose that hold a link among other words are never
    touched. More than ``max_run`` such lines in a row are the article's own list of links, left
    alone; so are listings, whose items are linked headlines. Chosen on half a of the teaser
    benchmark (HTML F1 .904 -> .910); half b, held out, .804 -> .803.
    """

    id = "related.inline-link"
    kind = Kind.RELATED
    stage = Stage.CONTEXT
    min_words = 4
    max_words = 22
    max_run = 3
    min_link_share = 0.95
    on_listings = False
    open_kinds = frozenset({Kind.LOW_CONTENT, Kind.NAVIGATION, Kind.OTHER})
    """What the quality pass calls a lone linked line it took out of the article."""

    def _linked_line(self, page: Page, i: int) -> bool:
        block = page.blocks[i]
        dom = block.dom
        if dom is None or dom.tag == "h1" or len(set(dom.hrefs)) != 1 or "#" in dom.hrefs[0]:
            return False
        v = page.verdicts[i]
        if (
            v is None
            or v.label is not Label.BOILERPLATE
            or v.kind not in self.open_kinds
            or not v.rule.startswith("quality.")
        ):
            return False
        if block.link_density < self.min_link_share:
            return False
        if not self.min_words <= block.words <= self.max_words or block.terminal or block.text.rstrip()[-1:] in ".:;,":
            return False
        return not is_control(block.text) and not is_counter(block)

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.is_html:
            return
        prose = [
            j
            for j, label in enumerate(page.labels())
            if label is Label.CONTENT
            and page.blocks[j].weight >= page.settings.min_prose_words
            and page.blocks[j].link_density < 0.5
        ]
        if len(prose) < 2:
            return
        first, last = prose[0], prose[-1]
        site: str | None = None
        i = first + 1
        while i < last:
            if not self._linked_line(page, i):
                i += 1
                continue
            end = i
            while end < last and self._linked_line(page, end):
                end += 1
            if site is None:
                site = _site(page)
            if end - i <= self.max_run and all(_host(page.blocks[k].dom.hrefs[0]) == site for k in range(i, end)):  # type: ignore[union-attr]
                for k in range(i, end):
                    yield k, self.verdict("a linked headline on its own line inside the article")
            i = end


_SLUG = regex.compile(r"[\d_-]")
_PAGE_SUFFIXES = (".html", ".htm", ".php", ".aspx", ".asp", ".shtml")
_SECTION_MAX_CHARS = 24


def _split(url: str) -> SplitResult | None:
    """``url`` split into its parts, or ``None`` for an address that does not parse ("http://[bad": a
    page's markup may hold any text as a link), on which the link tests below pass no judgement."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


def section_link(url: str) -> bool:
    """A link to a site's home page or to one of its sections ("https://example.com/",
    "/sport/", "/privacy"), not to a story: no query, at most one part of path, and that part a
    short word with no digit, hyphen or underscore, as a story's slug or number has
    ("/2019/11/18/…", "/lyon-fan-cube-….html", "/news/world-50459417", "/video/?vid=565167712")."""
    parts = _split(url)
    if parts is None or parts.query:
        return False
    segments = [seg for seg in parts.path.split("/") if seg]
    if len(segments) > 1:
        return False
    if not segments:
        return True
    seg = _without_page_suffix(segments[0])
    return len(seg) <= _SECTION_MAX_CHARS and _SLUG.search(seg) is None


def _without_page_suffix(segment: str) -> str:
    """A part of path without its page's file suffix ("lyon-fan-cube.html" → "lyon-fan-cube")."""
    for suffix in _PAGE_SUFFIXES:
        if segment.lower().endswith(suffix):
            return segment[: -len(suffix)]
    return segment


_HUBS = frozenset(
    {
        "tag",
        "tags",
        "topic",
        "topics",
        "category",
        "categories",
        "author",
        "authors",
        "podcast",
        "podcasts",
        "show",
        "shows",
        "people",
        "profile",
        "profiles",
        "series",
        "thema",
        "themen",
        "tema",
        "temas",
        "sujet",
        "sujets",
        "rubrique",
        "kategorie",
        "categoria",
        "autor",
        "autore",
        "auteur",
        "schlagwort",
    }
)
"""First parts of a path whose pages list stories rather than tell one: a tag's, a topic's, an author's,
a podcast's or a series' page (also in German, Spanish, Italian, French and Portuguese)."""


def hub_link(url: str) -> bool:
    """A link to a tag's, an author's, a topic's or a show's page ("/tag/impeachment/", "/author/jane-doe",
    "/podcasts/state-of-combat/"): two parts of path, the first naming the kind of hub, no query."""
    parts = _split(url)
    if parts is None or parts.query:
        return False
    segments = [seg for seg in parts.path.split("/") if seg]
    return len(segments) == 2 and segments[0].lower() in _HUBS


_STORY_SLUG_WORDS = 4
_STORY_NUMBER = regex.compile(r"\d{3,}")
_DIGIT = regex.compile(r"\d")
_SLUG_WORD = regex.compile(r"[^\W_]+")


def story_link(url: str) -> bool:
    """A link whose address names a story: its last part of path a slug of four words or more
    ("/watch-jeff-goldblum-play-jazz-song-kimmel-912345/") or a number of three digits or more in
    its path ("/news/world-50459417", "/2019/11/18/"). An author's, a policy's or a section's page
    ("/author/jane-doe/", "/editorial-policy/") has neither."""
    parts = _split(url)
    if parts is None:
        return False
    if _STORY_NUMBER.search(parts.path) is not None:
        return True
    segments = [seg for seg in parts.path.split("/") if seg]
    if not segments:
        return False
    return len(_SLUG_WORD.findall(_without_page_suffix(segments[-1]))) >= _STORY_SLUG_WORDS


def page_link(url: str) -> bool:
    """A link whose address names a page of the site by a short name, not a story: no query (which
    may carry a story's number: "/video/?vid=565167712"), no digit in its path (a story's number or
    date, however short) and no story's slug (:func:`story_link`): "/roundup/ipad-pro/", "/sites/ishares/",
    "/tv-profile/wwj-tv", "/guide/health/"."""
    parts = _split(url)
    return parts is not None and not parts.query and _DIGIT.search(parts.path) is None and not story_link(url)


_RETAILERS = regex.compile(
    r"(?:^|\.)(?:amazon\.(?:com?\.)?[a-z]{2,3}|amzn\.(?:to|com)|ebay\.(?:com?\.)?[a-z]{2,3}|walmart\.com|bestbuy\.com"
    r"|target\.com|etsy\.com|aliexpress\.com|homedepot\.com|lowes\.com|newegg\.com|bhphotovideo\.com)$"
)


def shop_link(url: str) -> bool:
    """A link to a product at a large retailer ("https://www.amazon.com/dp/B01N1UWJAW?tag=…",
    "https://amzn.to/3w6OI1m"): a buying guide's or a deals box's product, never a story."""
    return _RETAILERS.search(_host(url)) is not None


_AWAY_HOSTS = regex.compile(
    r"(?:^|\.)(?:facebook\.com|fb\.com|fb\.me|twitter\.com|x\.com|instagram\.com|linkedin\.com|pinterest\.[a-z.]{2,6}"
    r"|tiktok\.com|snapchat\.com|whatsapp\.com|wa\.me|t\.me|telegram\.me|vk\.com|flipboard\.com"
    r"|apps\.apple\.com|itunes\.apple\.com|play\.google\.com)$"
)
_AWAY_SCHEMES = frozenset({"mailto", "tel", "sms", "javascript", "whatsapp", "fb-messenger", "data"})


def away_link(url: str) -> bool:
    """A link that leaves for no story: a social network's page or share box ("https://twitter.com/intent/tweet?…",
    "https://www.facebook.com/examplenews"), an app store's page, or a mail, phone or script address
    ("mailto:tips@example.org"). A menu's "Follow us" row or an app promo, never a teaser (a video site's
    links may be stories: not in the list)."""
    parts = _split(url)
    if parts is None:
        return False
    return parts.scheme.lower() in _AWAY_SCHEMES or _AWAY_HOSTS.search(_hostname(parts)) is not None


def _page_links(members: dict[int, list[ListItem]], blocks: Sequence[Block], list_id: int, counts: dict[int, int]) -> int:
    """How many items of list ``list_id`` (``members``: each list's items) link a page of the site
    (:func:`page_link` of a headline's first link), counted once per list into ``counts``."""
    found = counts.get(list_id)
    if found is None:
        found = counts[list_id] = sum(
            1
            for item in members.get(list_id, ())
            if (d := blocks[item.title_block].dom) is not None
            and d.hrefs
            and page_link(d.hrefs[0])
        )
    return found


def _host(url: str) -> str:
    """The host ``url`` names, in small letters and without "www."; "" for an address that does not
    parse (:func:`_split`)."""
    parts = _split(url)
    return "" if parts is None else _hostname(parts)


def _hostname(parts: SplitResult) -> str:
    host = (parts.hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def _site(page: Page) -> str:
    """The host most of the page's links point to: the site's own (its menus, its teasers)."""
    hosts = Counter(_host(h) for b in page.blocks if b.dom is not None for h in b.dom.hrefs)
    return hosts.most_common(1)[0][0] if hosts else ""


class CutEnding(Rule):
    """Keeps the article's last paragraph when the page cut it off ("… who was the first pick of…"):
    a paywall or a "read more" fold ends the visible article with an excerpt-like paragraph; and a
    writer's pause inside the article that ends in an ellipsis.

    An excerpt right after the article's last kept paragraph, reading as prose, with no other
    excerpt near it (teaser lists print one per item) is the article's own ending.

    On an article the same lone excerpt also stays when the article goes on after it: with kept
    blocks right before and right after it (and, on HTML, not one of its words in a link), it is
    the writer's own pause ("… for months and months, you might get bored, and start slacking…",
    "Here are three tools I've used…", "Here's what he had to say…"), not a teaser. A teaser's
    cut summary stands among its headline, source and date, or under a "Related articles"
    heading, which other rules removed; on HTML the page also links its headline or summary.
    """

    id = "related.cut-ending"
    kind = Kind.RELATED
    stage = Stage.CONTEXT
    window = 3
    """No other excerpt this many blocks either side."""
    min_words = 12

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        n = len(page.blocks)
        excerpts = [i for i in range(n) if (v := page.verdicts[i]) is not None and v.rule == Excerpt.id]
        last_kept = max((j for j, label in enumerate(page.labels()) if label is Label.CONTENT), default=-1)
        for k, i in enumerate(excerpts):
            lonely = (k == 0 or i - excerpts[k - 1] > self.window) and (
                k + 1 == len(excerpts) or excerpts[k + 1] - i > self.window
            )
            block = page.blocks[i]
            if not lonely or i == 0 or page.label(i - 1) is not Label.CONTENT:
                continue
            if last_kept <= i:
                if block.weight >= self.min_words:
                    yield i, self.verdict("the article's last paragraph, cut off by the page", label=Label.CONTENT)
            elif self._pause(page, i):
                yield i, self.verdict("a pause inside the article, linked nowhere", label=Label.CONTENT)
            # else the article goes on: this is a teaser inside it

    @staticmethod
    def _pause(page: Page, i: int) -> bool:
        """Whether lone excerpt ``i`` is the writer's pause inside an article: a kept block right
        after it (the one before is asked by the caller) and, on HTML, no link in it. Text prints
        no links: its neighbours, kept as the article's, are the evidence."""
        dom = page.blocks[i].dom
        return (
            page.is_article
            and (not dom.link_chars if dom is not None else not page.is_html)
            and i + 1 < len(page.blocks)
            and page.label(i + 1) is Label.CONTENT
        )


class TeaserLists(Rule):
    """Teaser lists wherever they are: headlines in menus, sidebars, "Most read" boxes, card grids
    and "Read more: <headline>" lines, each with its own source, age, summary and link.

    Reads every run of blocks that left the article as navigation, related items or low content
    (``teasers.read_list``). A list of two or more headlines counts; a single headline only
    under a related-articles heading, on a line another related rule removed, or, in HTML, linked
    to a dated post (:func:`_lone_story`). The page's own
    title is never a teaser. Each block of a teaser is labelled ``related``; the teaser's first
    headline block carries its fields (``teaser.*`` in the verdict's data) for assembly.
    """

    id = "related.lists"
    kind = Kind.RELATED
    stage = Stage.CONTEXT
    open_kinds = frozenset(
        {
            Kind.RELATED,
            Kind.NAVIGATION,
            Kind.LOW_CONTENT,
            Kind.OTHER,
            Kind.DUPLICATE,
            Kind.CAPTION,
            Kind.METADATA,
            Kind.IMAGE_RESIDUE,
        }
    )
    """Removed blocks of these kinds may be teasers; promos, ads, comments and the like are not."""
    fields_only = frozenset({Kind.CAPTION, Kind.METADATA, Kind.IMAGE_RESIDUE})
    """Blocks that may be a teaser's source or age (an agency name, a date, a gallery's "Nov 18 52 photos"),
    never its headline: an image's alt text between two cards does not end their list."""
    open_rules = frozenset({"footer.past-copyright"})
    """Removed blocks of these rules may be teasers whatever their kind: on text, what the page printed after its
    footer's copyright line (a news site's "Recent Content" box under its footer), which the main run used to
    remove as low content."""
    closed_rules = frozenset({"metadata.title"})
    never_rules = frozenset({"references.citation"})
    """Entries of a list of sources ('Customs and Border Protection, "U.S. Border Patrol …," accessed
    Nov. 13, 2019'): a cited document, not a story the site points to, linked or not."""
    max_kept_title_words = 22
    """Kept lines between removed ones are read with them when each is no longer than a headline ..."""
    max_kept_run = 6
    """... and there are no more than this many in a row."""
    min_bare_items = 3
    """In text, a list of fewer headlines than this counts only when it shows more of a teaser list's
    structure (:meth:`_structured`): two headline-shaped lines alone are as often a menu's entries, two
    podcasts' names or a form's labels. (In HTML each headline is a link, which is evidence enough.)
    Chosen on half a of the teaser benchmark (innertext F1 .881 -> .879, 42 false teasers fewer, 28
    right ones lost, mostly headline / summary pairs read as two headlines); half b .786 -> .798."""
    named_only = frozenset({PageType.FORUM, PageType.PRODUCT, PageType.DOCUMENTATION, PageType.SERVICE})
    """Pages of these kinds rarely point to other stories: their lists of headline-shaped lines are a
    manual's table of contents, a shop's products and offers, a forum's threads and posts, a service's
    features. There a teaser counts only under a related-articles heading or in a box another related
    rule named ("Related posts", "More from our blog"). Listings and collections are not in the set: their
    items are the page's content and stay in the article, whatever this rule reads around them.
    In text only ``text_named_only``: the page type read from text is right less often (held out .80,
    HTML .89), and a news page typed as a forum would lose every teaser it has (on the 181 pages one
    text page is so typed; in HTML none). wcxb-dev fold 0, HTML teasers found: documentation 1230 -> 19,
    service 464 -> 73, product 348 -> 172, forum 552 -> 364."""
    text_named_only = frozenset({PageType.SERVICE})
    """In text, ``named_only`` holds for a page cleaned as a service: its runs of headline-shaped lines
    between removed ones are its feature cards ("Predict, prevent and respond to modern threats", a
    partner's name over its blurb) and its own research and case studies, which the truths keep; a news
    page is seldom cleaned as a service (none of the 181). Measured in the thirty-eighth round (text98)
    with :attr:`button_repeats`: wcxb-dev innertext services fold 0 .80913 -> .81443 (4 up, 0 down),
    held out .77529 -> .77568 (4 up, 3 down); the 181 news pages and their teasers unmoved."""
    button_repeats = 3
    """In text, on a page cleaned as a service, a related heading printed this many times or more
    ("Read More" under every card of a research feed) is each card's button, not a heading over a list
    of teasers: it heads no list (a list there needs what a list without a heading needs)."""
    page_list_share = (2, 3)
    """In HTML, a list at least this share of whose headlines link to pages, not stories (:func:`page_link`),
    is a list of the site's pages unless a related heading or box names it (set before measuring)."""
    label_prefix = regex.compile(r"^[^\W\d_][^:|>»：]{0,30}?\s?[:|>»：]\s*(?=\S)")
    """"Read more: ", "RELATED: " before a headline on a related-link line."""

    @staticmethod
    def _posts_between(page: Page) -> bool:
        """Text: whether the page is a thread, cleaned and reported as a forum, whose kept lines between
        removed ones are its short posts, not headlines: a reply of one or two lines ("Running on Windows
        11 here.", "Can't wait to see the next update.") stands between its poster's removed lines (name,
        counts, date) and its removed buttons, as a teaser's headline stands between removed lines, and
        ``_open_kept_runs`` would read it into a list with them. There the kept lines stay as the quality
        rules left them; the removed lines are still read (a thread list under the thread, "Related
        Threads"). A page cleaned as a forum but reported as another kind (a news page whose comments
        made it look like a thread) keeps the reading. Measured on wcxb-dev innertext forums (31st round,
        text69): fold 0 0.76012 -> 0.76234 (12 up, 6 down), held out 0.77588 -> 0.77832 (9 up, 11 down)."""
        return page.is_thread and page.reported_type in (None, PageType.FORUM)

    def _kept_headline(self, page: Page, i: int, title: str | None) -> bool:
        b = page.blocks[i]
        return (
            page.label(i) is Label.CONTENT
            and (b.weight <= self.max_kept_title_words or glued_lead(b) is not None)
            and b.text != title
        )

    def _open(self, page: Page, i: int, title: str | None, html: bool) -> bool:
        v = page.verdicts[i]
        if v is None or v.label is not Label.BOILERPLATE:
            return False
        if is_counter(page.blocks[i]):
            return True  # "15 comments" under a teaser, whatever rule removed it
        # In HTML a footer's headline is a link (the rest of a footer is not); in text it is not told apart.
        # A box the markup names a promo ("core-promo") that holds linked headlines is the site's
        # own teasers (or a sponsored list, marked so); an ad's other lines stay closed.
        promo = html and v.kind is Kind.AD and _linked_headline(page.blocks[i])
        if (
            v.kind not in self.open_kinds
            and not (html and v.kind is Kind.FOOTER)
            and not promo
            and v.rule not in self.open_rules
        ):
            return False
        if v.rule in self.closed_rules and not (html and _linked_headline(page.blocks[i])):
            return False
        if v.rule in self.never_rules:
            return False
        return page.blocks[i].text != title

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        n = len(page.blocks)
        html = page.is_html
        at = next((k for k, v in enumerate(page.verdicts) if v is not None and "title" in v.data), None)
        title = None if at is None else str(page.verdicts[at].data["title"])  # type: ignore[union-attr]
        if html and at is not None and _linked_headline(page.blocks[at]):
            # The text's headline guess is a link to another page: a teaser the guess took for the
            # headline (the page's own title comes from its markup in HTML, not from this guess).
            title = None
        is_open = [self._open(page, k, title, html) for k in range(n)]
        buttons = frozenset() if html or page.page_type not in self.text_named_only else self._buttons(page)
        # In HTML the markup already told the article's lines apart; on a listing or a catalogue the
        # kept lines between dates and prices are its items, not teasers around an article; on a text
        # thread they are its short posts between their posters' lines (:meth:`_posts_between`).
        if not (html or page.lists_items or self._posts_between(page)):
            self._open_kept_runs(page, is_open, title)
        elif html and not page.lists_items:
            self._open_headed_links(page, is_open, title)
        found: list[tuple[int, Verdict]] = []
        kept = _KeptLines(page)
        words = None if html else PageWordsOnce(page.blocks)  # read once a page, when a list first asks
        i = 0
        while i < n:
            if not is_open[i]:
                i += 1
                continue
            end = i
            while end < n and is_open[end]:
                end += 1
            found.extend(self._run(page, i, end, html, kept, buttons, words))
            i = end
        heads = [(j, str(v.data["teaser.title"])) for j, v in found if "teaser.title" in v.data]
        repeats = _repeated_runs(page, heads)
        k = 0
        for j, v in found:
            if "teaser.title" in v.data:
                if k in repeats:
                    # The block printed again (a layout for phones beside one for desktops): its
                    # lines leave the article, its teasers were read the first time.
                    data = {key: value for key, value in v.data.items() if not key.startswith("teaser.")}
                    v = dataclasses.replace(v, data=data)
                k += 1
            yield j, v
        if html and not page.lists_items:
            read = {j for j, v in found if "teaser.title" in v.data}
            yield from self._headed_link_rows(page, title, read)

    def _buttons(self, page: Page) -> frozenset[int]:
        """The blocks removed as a related heading whose words the page prints so ``button_repeats`` times
        or more: a card's button printed under every card ("Read More"), not a heading."""
        at = [k for k, v in enumerate(page.verdicts) if v is not None and v.rule == HEADING_RULE]
        if len(at) < self.button_repeats:
            return frozenset()
        keys = {k: " ".join(page.blocks[k].text.split()).casefold() for k in at}
        counts = Counter(keys.values())
        return frozenset(k for k, key in keys.items() if counts[key] >= self.button_repeats)

    def _headed_link_rows(self, page: Page, title: str | None, read: set[int]) -> Iterator[tuple[int, Verdict]]:
        """HTML: a paragraph the article kept right under a related-articles heading that is two to six
        links to stories, one after another with only their tags between them ("DON'T MISS" /
        ``<p><a>China furious at Macron …</a> [INSIGHT]<br><a>Lakers vs Nets: …</a> [VIDEO]</p>``), is a
        list of teasers printed in one paragraph: each link is a teaser, and the paragraph leaves the
        article (or, if a related rule took it out already, gives its teasers). Each link must be of headline
        length and name a story (:func:`story_link`), and the links must hold most of the paragraph's text,
        so that prose that links a few words is never read."""
        n = len(page.blocks)
        for k in range(n - 1):
            v = page.verdicts[k]
            if v is None or v.rule != HEADING_RULE or k + 1 in read:
                continue
            after = page.verdicts[k + 1]
            taken = after is not None and after.kind is Kind.RELATED and after.label is Label.BOILERPLATE
            if page.label(k + 1) is not Label.CONTENT and not taken:
                continue
            block = page.blocks[k + 1]
            dom = block.dom
            if dom is None or not 2 <= len(dom.links) <= self.max_kept_run or block.link_density < _ROW_LINK_SHARE:
                continue
            urls = [url for _, url in dom.links]
            if len(set(urls)) != len(urls) or not all(story_link(url) for url in urls):
                continue
            texts = [" ".join(text.split()) for text, _ in dom.links]
            if not all(4 <= len(t.split()) <= self.max_kept_title_words and t != title for t in texts):
                continue
            data: dict[str, MetaValue] = {"teaser.block": page.blocks[k].text}
            for m, (text, url) in enumerate(zip(texts, urls, strict=True)):
                suffix = "" if m == 0 else f".{m}"
                data[f"teaser.title{suffix}"] = text
                data[f"teaser.url{suffix}"] = url
            yield k + 1, self.verdict(f"{len(texts)} teasers in one paragraph: {texts[0][:60]!r}", data=data)

    def _open_kept_runs(self, page: Page, is_open: list[bool], title: str | None) -> None:
        """Opens the headlines the article kept between removed lines ("The Latest" lists often hold
        one the quality pass could not tell from prose): each run of at most ``max_kept_run`` kept
        headline-length lines with an open line on both sides is read with them, and leaves the
        article if it turns out to be a teaser.

        A run can only be read after an open line, so runs are read from there, not from the page
        top. An open line was removed, so it is never a kept one: each run found so is the run a
        scan from the top would find (kept lines cut into runs of ``max_kept_run``, each starting
        after an open line or after the run before it), and a run once opened starts no other. A
        run starts only at a line that was not open (an open line was removed, so it is no kept
        headline): the lines right after an open one that are open too are not asked."""
        n = len(is_open)
        for k in [j + 1 for j in range(n - 1) if is_open[j] and not is_open[j + 1]]:
            end = k
            while end < n and end - k < self.max_kept_run and self._kept_headline(page, end, title):
                end += 1
            if end > k and end < n and is_open[end]:
                is_open[k:end] = [True] * (end - k)

    def _open_headed_links(self, page: Page, is_open: list[bool], title: str | None) -> None:
        """HTML: the linked headlines the article kept right under a related-articles heading (a "Related"
        box inside the article, ``<h4>Related</h4><h5><a>…</a></h5><h5><a>…</a></h5>``) are read with the
        heading, up to ``max_kept_run`` of them: each one link and nothing else, of headline length."""
        n = len(is_open)
        for k in range(n - 1):
            v = page.verdicts[k]
            if v is None or v.rule != HEADING_RULE or not is_open[k]:
                continue
            end = k + 1
            while (
                end < n
                and end - k <= self.max_kept_run
                and page.label(end) is Label.CONTENT
                and _linked_headline(page.blocks[end])
                and page.blocks[end].link_density >= _HEADED_LINK_SHARE
                and 4 <= page.blocks[end].words <= self.max_kept_title_words
                and page.blocks[end].text != title
            ):
                end += 1
            is_open[k + 1 : end] = [True] * (end - k - 1)

    def _run(
        self,
        page: Page,
        start: int,
        end: int,
        html: bool,
        kept: _KeptLines,
        buttons: frozenset[int],
        words: PageWordsOnce | None,
    ) -> Iterator[tuple[int, Verdict]]:
        blocks = page.blocks[start:end]
        if not any(b.words >= 4 or b.cjk for b in blocks):
            return  # a menu of short entries holds no headline
        headings = frozenset(
            k
            for k in range(end - start)
            if (v := page.verdicts[start + k]) is not None and v.rule == HEADING_RULE and start + k not in buttons
        )
        # A caption in HTML is a link when it is a card's headline; in text it is only a caption.
        fields_only = self.fields_only - {Kind.CAPTION} if html else self.fields_only
        # In HTML a linked headline with its date after it is a teaser's, not the page's dateline; and a
        # linked headline in a box the markup names for a byline or an author ("c-author__post": the
        # author's recent stories) is a story, not the page's metadata.
        no_titles = frozenset(
            k
            for k in range(end - start)
            if (v := page.verdicts[start + k]) is not None
            and v.kind in fields_only
            and not (html and dated_lead(blocks[k]) is not None)
            and not (html and v.kind is Kind.METADATA and _linked_story(blocks[k]))
        )
        # In HTML a headline is a link, unless the markup names the box as related items
        # ("most-read", "related") and its headlines are plain text (the card's link is its image). A
        # line cut off with an ellipsis is named related by its shape alone, not by its box: an excerpt.
        unlinked = frozenset(
            k
            for k, b in enumerate(blocks)
            if html
            and (v := page.verdicts[start + k]) is not None
            and v.kind is Kind.RELATED
            and v.rule != Excerpt.id
            and b.dom is not None
            and not b.dom.hrefs
        )
        items = read_list(blocks, html, headings, no_titles, unlinked, words)
        members: dict[int, list[ListItem]] = {}
        for item in items:
            members.setdefault(item.list_id, []).append(item)
        sizes = {list_id: len(listed) for list_id, listed in members.items()}
        shaped = set() if html else self._structured(items, blocks)
        headed = self._headed(items, headings)
        # In HTML, a list most of whose links name pages rather than stories (a shop's offers, a brand's
        # channels, a site's guides and roundups, a regulator's files) is a list of the site's pages:
        # counted per list when an item first asks (most leave at an earlier test).
        pages: dict[int, int] = {}
        for item in items:
            k = start + item.title_block
            v = page.verdicts[k]
            named = v is not None and v.kind is Kind.RELATED and v.rule != self.id
            if (
                sizes[item.list_id] < 2
                and not named
                and not (item.heading and item.list_id in headed)
                and not (html and page.is_article and _lone_story(blocks[item.title_block]))
            ):
                continue  # one headline alone is a teaser only where a box, a heading or its address says so
            if (
                page.page_type in (self.named_only if html else self.text_named_only)
                and not named
                and item.list_id not in headed
            ):
                continue  # a forum's, a shop's or a manual's lists are its menus, threads, products and pages
            if (
                not html
                and sizes[item.list_id] < self.min_bare_items
                and not named
                and item.list_id not in headed
                and item.list_id not in shaped
            ):
                continue  # two headline-shaped lines of text and nothing else: no list shows here
            dom = blocks[item.title_block].dom
            if (
                dom is not None
                and dom.hrefs
                and (section_link(dom.hrefs[0]) or hub_link(dom.hrefs[0]))
                and not (named or item.list_id in headed)
            ):
                continue  # a link to the site's home page, a section or a hub, not to a story (unless a related heading says so)
            if (
                html
                and sizes[item.list_id] >= 2
                and not (named or item.list_id in headed)
                and _page_links(members, blocks, item.list_id, pages) * self.page_list_share[1]
                >= sizes[item.list_id] * self.page_list_share[0]
            ):
                continue  # a list of the site's pages (offers, channels, guides), not of stories
            if dom is not None and dom.hrefs and (shop_link(dom.hrefs[0]) or away_link(dom.hrefs[0])):
                continue  # a product at a retailer (an affiliate link), a social network's page: not a story
            if dom is not None and dom.hrefs and kept.into_sections(dom.hrefs[0]):
                continue  # a section of a page (a table of contents), not a story
            if html and dom is not None and dom.hidden and dom.hrefs and dom.hrefs[0] in kept.shown_hrefs:
                # A hidden link to a page the page also links where it shows: a card's second link, laid
                # over it for the mouse and hidden from screen readers ("Full article <headline>").
                continue
            if self._in_article(page, start, item, kept):
                # The article's own heading or line listed again: a table of contents, not a teaser. A kept
                # line read into the list leaves the article all the same (the heading it repeats stays).
                if page.label(k) is Label.CONTENT:
                    yield k, self.verdict("an entry of the article's table of contents", kind=Kind.NAVIGATION)
                continue
            title = item.title
            if v is not None and v.rule == LINK_RULE:
                title = str(self.label_prefix.sub("", title, count=1))
            data = self._data(page, item, title, start)
            for b in sorted(item.blocks):
                j = start + b
                if page.label(j) is Label.CONTENT and b != item.title_block:
                    continue  # a kept line leaves the article as a headline only, never as a summary
                old = page.verdicts[j]
                extra = data if b == item.title_block else {}
                if (
                    old is not None
                    and old.kind is Kind.RELATED
                    and old.rule != self.id
                    and old.label is Label.BOILERPLATE
                ):
                    yield j, dataclasses.replace(old, through=None, data={**old.data, **extra})
                else:
                    yield j, self.verdict(f"part of a teaser: {title[:60]!r}", data=extra)

    @staticmethod
    def _in_article(page: Page, start: int, item: ListItem, kept: _KeptLines) -> bool:
        """Whether the item's headline is also a line the article keeps (other than the item's own
        line, when a kept line was read into the list): an entry of the article's table of contents
        ("How we picked and tested", "Step 2: Build a static version") or its own list printed again."""
        key = _line_key(item.title)
        if not key:
            return False
        times = kept.count(key)
        if times == 0:
            return False
        own = sum(
            1
            for b in item.blocks
            if page.label(start + b) is Label.CONTENT and _line_key(page.blocks[start + b].text) == key
        )
        return times > own

    @staticmethod
    def _structured(items: list[ListItem], blocks: Sequence[Block]) -> set[int]:
        """Lists of text that show a teaser list's structure beyond headline-shaped lines: an item
        with a source, an age or a summary, or a headline printed twice (image and text link), or
        a heading line of the list's own right above its first item ("Post navigation", "Most Read")."""
        out: set[int] = set()
        first: dict[int, ListItem] = {}
        for it in items:
            first.setdefault(it.list_id, it)
            if it.source or it.age or it.summary or len(it.blocks) > 1:
                out.add(it.list_id)
        for list_id, it in first.items():
            above = min(it.blocks) - 1
            if it.heading and above >= 0 and strip_bullet(blocks[above].text) == it.heading:
                out.add(list_id)
        return out

    @staticmethod
    def _headed(items: list[ListItem], headings: frozenset[int]) -> set[int]:
        """Lists that follow a named related heading (a single teaser there is still a teaser)."""
        return {it.list_id for it in items if any(h < it.title_block for h in headings)}

    @staticmethod
    def _data(page: Page, item: ListItem, title: str, start: int) -> dict[str, MetaValue]:
        data: dict[str, MetaValue] = {"teaser.title": title}
        for key, value in (
            ("source", item.source),
            ("age", item.age),
            ("summary", item.summary),
            ("block", item.heading),
        ):
            if value:
                data[f"teaser.{key}"] = value
        dom = page.blocks[start + item.title_block].dom
        if dom is not None and dom.hrefs:
            data["teaser.url"] = dom.hrefs[0]
        if item.sponsored:
            data["teaser.sponsored"] = "yes"
        return data


_HEADED_LINK_SHARE = 0.95
"""A kept line under a related heading is read as a teaser only when it is all link (a sentence with a link in it is the article's)."""
_ROW_LINK_SHARE = 0.8
"""A paragraph of several links is a row of teasers when its links hold this share of its text or more."""


_MIN_REPEAT = 3
"""Teasers in a row that, printed again in the same order, make a repeated block rather than one story
listed in two boxes ("Most Read" and "Latest" may share a headline)."""
_REPEAT_GAP = 2
"""Other teasers that may stand between a box and its second printing."""
_REPEAT_LOOKS = 16
"""Earlier printings of a headline tried as the start of the box it repeats (bounds the work on a
page printing one headline hundreds of times)."""


def _repeated_runs(page: Page, heads: list[tuple[int, str]]) -> set[int]:
    """Positions (in ``heads``: each teaser's headline block and title) of teasers that repeat, in
    the same order, a run of at least ``_MIN_REPEAT`` teasers just before them: a whole box printed
    twice in a row ("LATEST NEWS" for phones and again for desktops), at most ``_REPEAT_GAP``
    other teasers and no line of the article between the two. Boxes apart that share headlines (a
    menu's and a sidebar's, one before the article and one after it) are each read, as is a
    headline two boxes share."""
    keys = [" ".join(headline_words(t)) for _, t in heads]
    seen: dict[str, list[int]] = {}
    out: set[int] = set()
    i, n = 0, len(keys)
    while i < n:
        best = 0
        # Only a run that starts with this headline can repeat here: look at its earlier printings.
        for p in seen.get(keys[i], [])[-_REPEAT_LOOKS:]:
            for gap in range(_REPEAT_GAP + 1):
                size = i - p - gap
                if size < _MIN_REPEAT or size <= best or i + size > n:
                    continue
                if keys[p : p + size] == keys[i : i + size] and not any(
                    page.label(j) is Label.CONTENT for j in range(heads[i - gap - 1][0] + 1, heads[i][0])
                ):
                    best = size
        step = best or 1
        for k in range(i, i + step):
            seen.setdefault(keys[k], []).append(k)
        if best:
            out.update(range(i, i + best))
        i += step
    return out


_KEY_MAX_WORDS = 24
"""Kept blocks longer than this are never a list entry's headline printed again (headlines have at most 22 words)."""


class _KeptLines:
    """The article's kept lines of headline length by :func:`_line_key`, read on first use (most pages
    ask for none: their lists hold no line the article keeps); and, read on first use too, the links of
    the page's shown (not hidden) blocks."""

    __slots__ = ("_anchored", "_counts", "_page", "_shown")

    def __init__(self, page: Page) -> None:
        self._page = page
        self._counts: Counter[str] | None = None
        self._shown: frozenset[str] | None = None
        self._anchored: frozenset[str] | None = None

    def into_sections(self, url: str) -> bool:
        """Whether ``url`` leads to a named place in a page the page links at two places or more
        ("…/n8n-guide#connecting-with-n8n", "…/n8n-guide#using-templates"): a table of contents' entry,
        a section of one page, not another story. A tracking code after the ``#`` ("#4db241f23623",
        hexadecimal) names no place."""
        base, anchor = _anchor(url)
        if not anchor:
            return False
        if self._anchored is None:
            places: dict[str, set[str]] = {}
            for b in self._page.blocks:
                if b.dom is not None:
                    for h in b.dom.hrefs:
                        if (split := _anchor(h))[1]:
                            places.setdefault(split[0], set()).add(split[1])
            self._anchored = frozenset(base for base, names in places.items() if len(names) >= 2)
        return base in self._anchored

    @property
    def shown_hrefs(self) -> frozenset[str]:
        """Where the blocks not inside a hidden element link to."""
        if self._shown is None:
            self._shown = frozenset(
                h for b in self._page.blocks if b.dom is not None and not b.dom.hidden for h in b.dom.hrefs
            )
        return self._shown

    def count(self, key: str) -> int:
        if self._counts is None:
            page = self._page
            self._counts = Counter(
                k
                for b, label in zip(page.blocks, page.labels(), strict=True)
                if b.words <= _KEY_MAX_WORDS and label is Label.CONTENT and (k := _line_key(b.text))
            )
        return self._counts[key]


_TRACKING_ANCHOR = regex.compile(r"[0-9a-f]{6,}")


def _anchor(url: str) -> tuple[str, str]:
    """``url`` without its fragment, and the fragment when it names a place (not a tracking code)."""
    base, _, fragment = url.partition("#")
    return base, "" if _TRACKING_ANCHOR.fullmatch(fragment) else fragment


def _line_key(text: str) -> str:
    """A line's words, case-folded, without a bullet or a rank number before them: a heading of the
    article ("2. How we picked") and its entry in a table of contents ("How we picked") agree."""
    return " ".join(headline_words(headline_text(text)))  # case-folded already (folding twice changes nothing)


_DATED_PATH = regex.compile(r"/(?:19|20)\d\d/\d{1,2}/")
_LONE_STORY_WORDS = 5


def _lone_story(block: Block) -> bool:
    """In HTML, a headline that is a teaser on its own, with no list, heading or box name around it:
    one link of five words or more to a dated post ("/2019/11/18/ferry-service-resumes-after-storm/",
    :func:`story_link` with a year and a month in its path), the address blogs and news sites give
    their stories and no menu entry, section or product has. (A number alone, "/news/world-50459417",
    is also a product's or a page's id: not enough.)"""
    dom = block.dom
    if dom is None or block.words < _LONE_STORY_WORDS or not _linked_headline(block):
        return False
    url = dom.hrefs[0]
    parts = _split(url)
    return parts is not None and _DATED_PATH.search(parts.path) is not None and story_link(url)


def _linked_story(block: Block) -> bool:
    """A :func:`_linked_headline` whose link names a story (:func:`story_link`)."""
    return _linked_headline(block) and block.dom is not None and story_link(block.dom.hrefs[0])


def _linked_headline(block: Block) -> bool:
    """A line that is one link and not the page's ``<h1>``: a teaser's headline, not the page's."""
    dom = block.dom
    return dom is not None and dom.tag != "h1" and len(set(dom.hrefs)) == 1 and block.link_density >= 0.5


_SECTION_HEADING = regex.compile(r"(?:related|similar) [\w-]{1,40}(?: [\w-]{1,40})?\W{0,8}", regex.IGNORECASE)
"""A heading that names other pages of the site: "Similar items", "Related products", "Similar seminars"."""
_FEED_HEADING = regex.compile(
    r"(?:related|similar|latest|recent|more) [\w'’-]{1,40}(?: [\w'’-]{1,40})?\W{0,8}", regex.IGNORECASE
)
"""On a service page, also a heading over the firm's feed of its other pages: "Latest Insights",
"Recent posts", "More resources"."""
_SECTION_HEADING_WORDS = 4
_KEPT = (Label.CONTENT, None)
"""Labels of a block the page still keeps (content, or not judged yet)."""
_SECTION_HEADINGS = {PageType.PRODUCT: _SECTION_HEADING, PageType.SERVICE: _FEED_HEADING}
_NOT_A_HEADING = 7
"""The level of a heading line that is no ``<h1>``-``<h6>``: any of those ends its section."""


def _level(block: Block, default: int) -> int:
    return HEADING_LEVELS.get(block.dom.tag, default) if block.dom is not None else default


class RelatedSection(Rule):
    """On a product page, a section under a heading that names other pages of the site ("Similar
    items", "Related products") up to the next kept heading of its level or above: other products'
    cards (a title, a condition, a price, a delivery line each), not the page's own product (the
    truths leave them out). A kept block under it goes, whatever its shape. A heading the rules
    removed does not end the section: a card's hidden "Why you're seeing this ad" pop-up carries
    one per card. On a service page (HTML), the same under a heading over the firm's feed of its
    other pages: "Related Insights", "Similar seminars", and also "Latest Insights", "Recent
    posts", "More resources" (at most four words; a service's own sections are named for what it
    does, "Our process", "Why choose us"). Not on articles or listings, whose "Related" sections
    are read by the teaser rules (`html23`, `html24`, `html59` in docs/HISTORY.md)."""

    id = "related.section"
    kind = Kind.RELATED
    stage = Stage.CONTEXT

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        heading = _SECTION_HEADINGS.get(page.page_type)
        if heading is None or not page.is_html:
            return
        blocks = page.blocks
        i = 0
        while i < len(blocks):
            head = blocks[i]
            if not (
                page.label(i) in _KEPT
                and head.words <= _SECTION_HEADING_WORDS
                and head.dom is not None
                and head.dom.tag != "li"
                and heading.fullmatch(head.text.strip()) is not None
            ):
                i += 1
                continue
            level = _level(head, _NOT_A_HEADING)
            end = i + 1
            while end < len(blocks) and (
                page.label(end) not in _KEPT or _level(blocks[end], _NOT_A_HEADING + 1) > level
            ):
                end += 1
            reason = f"under {head.text.strip()!r}"
            for j in range(i, end):
                if page.label(j) in _KEPT:
                    yield j, self.verdict(reason)
            i = end


OFFER_PRICE = regex.compile(
    rf"(?<![\d.,])(?:[$€£¥₹]\s?\d|\d[\d.,]{{0,15}}\s?(?:[$€£¥₹]|(?:{CURRENCY_CODES})\b))",
    regex.IGNORECASE,
)
"""A price in a short line ("$19.95", "Save $1.94", "22,91 € 26,95 €", "Sale price 19,99 EUR"); the
figure's length is bounded, so the search stays linear on a line of digits."""
_OFFER_PRICE_WORDS = 8
"""A line longer than this that names a price is a sentence about it, not a card's price line."""
_OFFER_CARDS = 3
"""Sibling cards of one shape, each with a link and a price, that make a row of other products."""
_OFFER_TYPES = frozenset({PageType.PRODUCT})


class OfferCards(Rule):
    """On a product page (HTML), what it still keeps of a row of other products' cards: three or
    more sibling elements of one tag and class (``<li class="item">``, ``<article class="c-pdt-mini
    col-6">``), each holding two blocks or more, a link and a short line with a price. The page's own
    product has one price and one buy box, not a row of priced cards; a row is a "Customers also
    bought" carousel, a shop's accessories, a seller's other items, whose titles the link rules
    mostly took out already and whose prices, stock lines and delivery costs stayed behind ("$5.00",
    "En stock", "+ $17.87 delivery"). The truths keep the product's description and specifications.
    Whatever heading the row has or lacks (``related.section`` reads the headings). Only when the
    page keeps more words outside the rows than inside them: a page that is mostly the cards is a
    shop's grid taken for a product page. Not on collections and listings, whose rows of priced
    cards are what they list."""

    id = "related.offer-cards"
    kind = Kind.RELATED
    stage = Stage.CONTEXT

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.page_type not in _OFFER_TYPES or not page.is_html:
            return
        found: dict[int, str] = {}
        for _, cards in offer_rows(page.blocks):
            reason = f"one of {len(cards)} sibling cards, each with a link and a price"
            for card in cards:
                for i in card:
                    if page.label(i) in _KEPT:
                        found.setdefault(i, reason)
        inside, outside = _kept_weights(page, found)
        if inside > outside:
            return  # the cards are most of what the page keeps: a shop's grid taken for a product page
        for i, reason in found.items():
            yield i, self.verdict(reason)


def offer_rows(blocks: Sequence[Block]) -> list[tuple[int, list[list[int]]]]:
    """The rows of priced, linked cards: for each element with at least ``_OFFER_CARDS`` children of
    one tag and class that each hold two blocks or more, a link and a price line, the element's id
    and those children's blocks. A block's elements are listed innermost first, so each names its
    parent."""
    children: dict[tuple[int, str, frozenset[str]], dict[int, list[int]]] = {}
    for i, block in enumerate(blocks):
        dom = block.dom
        if dom is None:
            continue
        nodes = dom.nodes
        for k in range(len(nodes) - 1):
            child, parent = nodes[k], nodes[k + 1]
            children.setdefault((parent.id, child.tag, child.tokens), {}).setdefault(child.id, []).append(i)
    rows = []
    for (row, _, _), cards in children.items():
        if len(cards) < _OFFER_CARDS:
            continue
        offers = [card for card in cards.values() if len(card) >= 2 and _is_offer(blocks, card)]
        if len(offers) >= _OFFER_CARDS:
            rows.append((row, offers))
    return rows


def _is_offer(blocks: Sequence[Block], card: list[int]) -> bool:
    """Whether a card holds a link and a short line with a price."""
    linked = priced = False
    for i in card:
        block = blocks[i]
        dom = block.dom
        linked = linked or block.link_density > 0 or (dom is not None and any(node.tag == "a" for node in dom.nodes))
        priced = priced or (block.words <= _OFFER_PRICE_WORDS and OFFER_PRICE.search(block.text) is not None)
        if linked and priced:
            return True
    return False


_OTHER_PRODUCTS_HEADING = regex.compile(
    rf"{W.alternation(W.OTHER_PRODUCTS_HEADINGS)}(?:\s?\(\d{{1,4}}\))?\W{{0,3}}", regex.IGNORECASE
)
"""A whole line naming other products' cards: "People who viewed this item also viewed", "Related products",
"Recommended Accessories", "Seller's other items", "You may also like", "Produits similaires (12)"."""


def _headed_sections(
    page: Page, opens: Callable[[int], bool], section: Callable[[Sequence[Block], int], int | None], what: str
) -> tuple[dict[int, str], int, int]:
    """The kept lines of every section a heading opens, from the heading (a block ``opens`` accepts)
    down to the block ``section`` ends it at, each with its reason ("under 'Related products', …"
    and ``what``), and the words the page keeps inside those sections and outside them: the reading
    ``related.offer-section`` and ``related.card-section`` share. A section is read from its
    heading's block on; the next heading is sought after its end."""
    blocks, labels = page.blocks, page.labels()
    found: dict[int, str] = {}
    i = 0
    while i < len(blocks):
        end = section(blocks, i) if opens(i) else None
        if end is None:
            i += 1
            continue
        reason = f"under {blocks[i].text.strip()!r}, {what}"
        for j in range(i, end + 1):
            if labels[j] in _KEPT:
                found[j] = reason
        i = end + 1
    if not found:
        return found, 0, 0
    inside, outside = _kept_weights(page, found)
    return found, inside, outside


def _kept_weights(page: Page, found: dict[int, str]) -> tuple[int, int]:
    """The words the page keeps inside ``found`` (blocks a rule picked out, all kept) and outside it: the
    test ``related.offer-cards``, ``related.offer-section`` and ``related.card-section`` share, so a
    section that is most of what a page keeps is read as the page's own items, not another's."""
    inside = sum(page.blocks[i].weight for i in found)
    outside = sum(
        b.weight
        for i, (b, label) in enumerate(zip(page.blocks, page.labels(), strict=True))
        if label in _KEPT and i not in found
    )
    return inside, outside


class OfferSection(Rule):
    """On a text product page, a heading naming other products ("People who viewed this item also viewed",
    "Related products", "Recommended Accessories", "You may also like": :data:`wordings.OTHER_PRODUCTS_HEADINGS`)
    and the cards under it, each a short title and a short line with a price ("VALEO Kupplungssatz …" /
    "Business" / "$289.39" / "+ $37.75 delivery"): every kept line from the heading to the last price line of
    the run goes. innerText prints a carousel of other products as lines of its own after the product's text,
    and the neighbour pass keeps them beside the price and the buy box; the truths keep the product's
    description and specifications, not the shop's other offers.

    The section is read by the cards' shape, not by the heading alone: it needs ``min_prices`` short price
    lines (at most :data:`_OFFER_PRICE_WORDS` words, :data:`OFFER_PRICE`), the first at most ``max_gap`` lines
    under the heading and each next one at most ``max_gap`` lines after the last, and every line up to there
    at most ``max_card_words`` words long; it ends at its last price line. A heading over a menu ("Recently
    viewed" / "Bids/Offers" / "Watchlist"), over a paragraph, or over a section of the product's own text
    without prices cuts nothing (a heading alone over cards was tried and cut an auction page's whole text,
    `text38` in docs/HISTORY.md; a row of priced cards without a heading cut a held-out page's own lines).
    A heading the rules removed already still opens the section (its cards may have stayed). Only when the
    page keeps more words outside the sections than inside them, as ``related.offer-cards``.

    Text only, on a page cleaned or reported as a product (``Page.reported_type``: a shop's page its shape
    read as an article); HTML has ``related.section`` and ``related.offer-cards``, which read the markup. A
    final rule, after ``quality.too-little`` has given a page back (its cards come back with it)."""

    id = "related.offer-section"
    kind = Kind.RELATED
    stage = Stage.CONTEXT
    min_prices = 2
    max_gap = 6
    max_card_words = 20
    max_heading_words = 10
    examples = (
        "People who viewed this item also viewed",
        "Related products",
        "Recommended Accessories",
        "Seller's other items",
        "Customers also bought",
        "Produits similaires (12)",
    )
    counter_examples = ("Product details", "Related to this topic", "Customer reviews", "Shipping and returns")

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if not page.text_of_kind((PageType.PRODUCT,)):
            return
        found, inside, outside = _headed_sections(
            page, lambda i: self.heading(page.blocks[i]), self._section, "other products' cards with their prices"
        )
        if not found or inside > outside:
            return  # the cards are most of what the page keeps: a shop's grid taken for a product page
        for j, reason in found.items():
            # A card's name the title rule (run before) took as the page's title keeps it: the line
            # goes, the product's name printed on it stays the title.
            yield j, self.verdict(reason, data=page.carried_title(j))

    def heading(self, block: Block) -> bool:
        """Whether ``block`` is a heading naming other products, a line of its own."""
        return (
            block.words <= self.max_heading_words and _OTHER_PRODUCTS_HEADING.fullmatch(block.text.strip()) is not None
        )

    def _section(self, blocks: Sequence[Block], head: int) -> int | None:
        """The last price line of the cards under the heading at ``head``, or ``None`` when fewer than
        ``min_prices`` short price lines follow it at most ``max_gap`` lines apart among short lines. The
        walk stops at a long line or a gap, so a heading whose section fails costs a few lines' reading."""
        last, since, prices = None, 0, 0
        for j in range(head + 1, len(blocks)):
            block = blocks[j]
            if block.words > self.max_card_words:
                break
            if block.words <= _OFFER_PRICE_WORDS and OFFER_PRICE.search(block.text) is not None:
                last, since, prices = j, 0, prices + 1
                continue
            since += 1
            if since > self.max_gap:
                break
        return last if prices >= self.min_prices else None


_CARD_LETTER = regex.compile(r"\p{L}")
_SECTION_CARD_TYPES = frozenset({PageType.SERVICE, PageType.ARTICLE})


class CardSection(Rule):
    """On a text page cleaned as a service or an article, a heading that names other pages of the site
    ("Related Services", "Related Insights", "Related Offerings", "Similar seminars": the heading of
    ``related.section``, at most four words) over a row of cards, each closed by the same button ("Learn
    More", "Explore Now", "More Information"): every kept line from the heading to the last copy of the
    button goes. innerText prints the site's cards of its other services, posts or courses as lines of
    their own after the page's text (a title, a one-sentence summary, the button), and the neighbour pass
    keeps them as prose; the truths keep the page's own text, not its cards of other pages.

    The section is read by the cards' shape, not by the heading alone: a short line (at most
    ``max_button_words`` words, with a letter) printed word for word twice or more, its first copy at
    most ``max_gap`` lines under the heading and each next one at most ``max_gap`` lines after the last;
    the section ends at its last copy, so what the page prints after the row (its FAQ, a closing call)
    stays. A heading over cards with no repeated button, or over prose, cuts nothing: on HTML services the
    heading alone, run to the next heading of its level, fell held out (``html23`` in docs/HISTORY.md), and
    wider headings ("More …", "Featured …", "Explore …") cut a podcast index's own items on fold 0. Only
    when the page keeps more words outside the sections than inside them. Text only (HTML services were
    measured by ``html23``); a final rule, once the positional rules have kept the cards."""

    id = "related.card-section"
    kind = Kind.RELATED
    stage = Stage.CONTEXT
    max_gap = 6
    max_button_words = 4
    examples = ("Related Services", "Related Insights", "Similar seminars")
    counter_examples = ("Related to this topic", "Our services", "Frequently Asked Questions")

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html or page.page_type not in _SECTION_CARD_TYPES:
            return
        labels = page.labels()  # read before the rule removes anything, as ``_headed_sections`` reads
        found, inside, outside = _headed_sections(
            page,
            lambda i: labels[i] in _KEPT and self.heading(page.blocks[i]),
            self._section,
            "cards of other pages each closed by one button",
        )
        if not found or inside >= outside:
            return  # the cards are most of what the page keeps: its own items
        for j, reason in found.items():
            yield j, self.verdict(reason, data=page.carried_title(j))

    def heading(self, block: Block) -> bool:
        """Whether ``block`` is a heading naming other pages, a line of its own."""
        return block.words <= _SECTION_HEADING_WORDS and _SECTION_HEADING.fullmatch(block.text.strip()) is not None

    def _button(self, block: Block) -> str:
        """The key of a line that may be a card's button (short, with a letter), or the empty string."""
        text = block.text.strip()
        if not 1 <= block.words <= self.max_button_words or _CARD_LETTER.search(text) is None:
            return ""
        return " ".join(text.casefold().split())

    def _section(self, blocks: Sequence[Block], head: int) -> int | None:
        """The last copy of the first line under the heading at ``head`` that is printed again at most
        ``max_gap`` lines apart, the first copy at most ``max_gap`` lines under the heading; ``None`` when
        no such line is found. Each candidate is read for at most ``max_gap`` lines past its last copy."""
        n = len(blocks)
        for j in range(head + 1, min(n, head + 1 + self.max_gap)):
            key = self._button(blocks[j])
            if not key:
                continue
            last, copies, k = j, 1, j + 1
            while k < n and k <= last + self.max_gap:
                if self._button(blocks[k]) == key:
                    last, copies = k, copies + 1
                k += 1
            if copies >= 2:
                return last
        return None


RULES: list[Rule] = [Excerpt()]
CONTEXT_RULES: list[Rule] = [TeaserSection()]
LATE_CONTEXT_RULES: list[Rule] = [InlineTeaser(), InlineLink(), CutEnding()]
"""Run after the quality pass, once the article's blocks are known."""
FINAL_RULES: list[Rule] = [RelatedSection(), OfferCards(), OfferSection(), CardSection(), TeaserLists()]
"""Run last, once every block is judged and the page's title is known."""
