"""The shape of a teaser list: which role each block plays, and how blocks group into items.

A teaser is a headline (often printed twice), a source ("The Hill", "• The
Hill"), an age ("time22 minutes ago": an icon's alt text glued to "22 minutes
ago") and a summary paragraph. Both the related-section rule (to find where a
list ends) and assembly (to build ``Teaser`` models) read blocks through here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from itertools import islice, repeat

import regex

from .alternation import Pieces, split_branches
from .blocks import Block, DomNode
from .dates import AGE_WORDS, find_age, find_date
from .rules.branches import branch_screen
from .segment import has_letter
from .textcase import lower

_BULLET_PREFIX = regex.compile(r"^[•·▪►▸‣◦●■*–—|-]\s*")


class Role(str, Enum):
    TITLE = "title"
    SOURCE = "source"
    AGE = "age"
    SUMMARY = "summary"


_BULLETS = frozenset("•·▪►▸‣◦●■*–—|-")


def strip_bullet(text: str) -> str:
    if text[:1] not in _BULLETS:
        return text.strip()
    return str(_BULLET_PREFIX.sub("", text)).strip()


def role(block: Block) -> Role:
    """What part of a teaser this block would be."""
    if (
        block.words <= 6
        and (m := find_age(block.text)) is not None
        and len(m.group(0)) * 2 >= len(block.text.strip("• ")) - 8
    ):
        return Role.AGE
    text = strip_bullet(block.text)
    words = len(text.split())
    if (block.bullet or words <= 3) and not block.terminal and block.digit_ratio < 0.2 and words <= 4:
        return Role.SOURCE
    # A sentence of a dozen words is prose, not a headline (headlines rarely end in a full stop).
    if (block.terminal and (block.sentences >= 2 or block.weight >= 12)) or block.weight >= 40:
        return Role.SUMMARY
    return Role.TITLE


@dataclass
class Item:
    """A teaser being read: the blocks it spans and the fields found so far."""

    title: str
    blocks: list[int] = field(default_factory=list)
    source: str | None = None
    age: str | None = None
    summary: list[str] = field(default_factory=list)
    title_seen: int = 1

    def accepts_summary(self) -> bool:
        """Prose belongs to a teaser only once the item shows teaser structure."""
        return bool(self.source or self.age or self.title_seen > 1 or self.summary)


def read_items(blocks: Sequence[Block]) -> tuple[list[Item], int]:
    """Group blocks into teaser items; returns the items and how many blocks they used.

    Reading stops at the first block that does not fit (prose with no teaser
    around it), so the caller can end the section there.
    """
    items: list[Item] = []
    cur: Item | None = None
    used = 0
    for pos, block in enumerate(blocks):
        r = role(block)
        if r is Role.TITLE:
            if cur is not None and block.text == cur.title:
                cur.title_seen += 1
            elif cur is not None and not cur.title:
                cur.title = block.text
            else:
                cur = Item(block.text)
                items.append(cur)
        elif cur is None:
            if r is Role.SUMMARY:
                break
            # A source or age before the first headline: the item's title comes later.
            cur = Item("")
            items.append(cur)
        if r is Role.SOURCE and cur.source is None:
            cur.source = strip_bullet(block.text)
        elif r is Role.AGE and cur.age is None:
            m = find_age(block.text)
            cur.age = m.group(0) if m else block.text
        elif r is Role.SUMMARY:
            if not cur.accepts_summary():
                break
            if cur.summary and cur.blocks and cur.blocks[-1] == pos - 1 and role(blocks[pos - 1]) is Role.SUMMARY:
                # Two paragraphs in a row: the article has resumed after a teaser box; give back the first.
                cur.summary.pop()
                cur.blocks.pop()
                used = pos - 1
                break
            cur.summary.append(block.text)
        elif r is Role.SOURCE and cur.source is not None and strip_bullet(block.text) != cur.source:
            # A second, different source line opens the next item's metadata.
            cur = Item("")
            cur.source = strip_bullet(block.text)
            items.append(cur)
        cur.blocks.append(pos)
        used = pos + 1
    return [it for it in items if it.blocks], used


# --- Teaser lists anywhere on the page ---------------------------------------------------------
#
# ``read_list`` reads a run of blocks that left the article (menus, sidebars, "Most read" boxes,
# card grids) into teaser items. A headline is a line of 4–30 words that does not read as prose;
# section names, rank numbers, share counters and controls are not headlines, and a teaser takes
# a source, an age or a summary only from the blocks next to its own headline.

_RANK = regex.compile(r"^(?:#|[Nn][Oo]\.\s?)?\d{1,3}[.)]?$")
"""A rank number on its own line ("1", "10.", "#3")."""
_LEAD_RANK = regex.compile(r"^\d{1,2}[.)]\s+(?=\S)")
"""A rank glued to its headline with a stop or bracket ("1. Headline"); "10 Places to …" keeps its number."""
COUNTER = regex.compile(
    r"(?i)\b(?:shared|viewed|read|liked)\s+\d[\d.,\s]{0,12}[km]?\s*times\b"
    r"|^\d[\d.,]{0,12}\s*[km]?\s+(?:shares?|comments?|views?|likes?|reads?|reactions?|replies)$"
)
"""Share and view counters: "This story has been shared 44,976 times.", "120 comments" (never a
teaser's headline, nor a page's title: ``rules/metadata.py`` reads titles with it too)."""
_MEDIA_COUNT = regex.compile(r"(?i)^\d{1,4}\s+(?:photos?|images?|videos?|pictures?|slides?)$")
"""What a gallery teaser prints after its age: "17H ago 50 photos"."""
_SEPARATORS = " \t•·|-–—/,:"
_SPONSORED = regex.compile(
    r"(?i)\b(?:sponsored|promoted|paid (?:content|post|partner)|partner content|around the web|from the web"
    r"|advertisement|patrocinado|sponsoris[ée]|gesponsert|anzeige|publicidad)\b"
)
"""Headings and labels of promoted lists (Outbrain/Taboola-style boxes)."""


class Part(str, Enum):
    """What a block is inside a teaser list."""

    TITLE = "title"
    SOURCE = "source"
    AGE = "age"
    SUMMARY = "summary"
    RANK = "rank"
    COUNTER = "counter"
    SHORT = "short"
    """A short line that is not a headline: a section name, a list heading, or a teaser's source."""
    OTHER = "other"


_PREV_NEXT = regex.compile(
    r"^(?:Prev(?:ious)?|Next)(?:\s?(?:Prev(?:ious)?|Next))?"
    r"(?:\s?(?:[Pp]ost|[Aa]rticle|[Ss]tory|[Ee]ntry|POST|ARTICLE|STORY|ENTRY))?\s?:?\s?(?=[\p{Lu}\p{N}])"
)
"""The label of a previous/next link glued to its headline ("Previous Post:Free scooter …", "PrevIs Your …",
"Previous article Kidnapped girl …", and a screen reader's label before the shown one: "PrevPreviousNative …")."""


_GLUED_NEXT = regex.compile(r"(?<=[\p{Ll}\p{N}.!?'’\"”)])(?:Next|Prev(?:ious)?)(?:\s?(?:Post|Article|Story))?$")
"""The label of a next/previous link glued after its headline ("… Success MindsetNext"): a word in camel
case ends in a lower-case letter, never in "Next" right after one."""


def is_counter(block: Block) -> bool:
    """A share, comment or view counter ("15 comments", "This story has been shared 44,976 times.")."""
    return block.words <= 10 and block.digit_ratio > 0 and COUNTER.search(block.text) is not None


def headline_text(text: str) -> str:
    """The headline of a block: bullet, glued rank number ("1. ") and previous/next label left out."""
    text = strip_bullet(text)
    if text[:1].isdigit():
        return str(_LEAD_RANK.sub("", text))
    if text[:1] in "PN" and (m := _PREV_NEXT.match(text)) and len(text[m.end() :].split()) >= 4:
        return text[m.end() :]
    if (
        text[-4:] in ("Next", "ious", "Prev", "Post", "icle", "tory")
        and (m := _GLUED_NEXT.search(text))
        and len(text[: m.start()].split()) >= 4
    ):
        return text[: m.start()]
    return text


def _age_split(text: str) -> tuple[str | None, str] | None:
    """(source, age) of a line that is an age, or a source followed by its age
    ("France Bleu il y a 20 minutes", "The Hill • 22 minutes ago", "time22 minutes ago")."""
    m = find_age(text)
    if m is None:
        return None
    before, after = text[: m.start()].strip(_SEPARATORS), text[m.end() :].strip(_SEPARATORS)
    if not before and _AGE_ON.match(after):
        return None, m.group(0)  # "16 hours ago on iOS Blog": the site's section, not the teaser's source
    if (after and not _MEDIA_COUNT.match(after)) or len(before.split()) > 5:
        return None
    if not before or lower(before) in ("time", "updated", "posted", "published"):
        return None, m.group(0)
    return before, m.group(0)


_CONTROL = regex.compile(
    r"(?i)^(?:see|view|show|browse)\s(?:all|more|our)\b(?!\s?[:：])|^click\s(?:here|to)\b"
    r"|^(?:continue\sreading|read\smore|load\smore)\b(?!\s?[:：])|^(?:hide|download|log\s?in)\b|^tap\s(?:to|here)\b"
    r"|\b(?:contact|follow|join|e-?mail|find|send|tell|write\sto|let)\sus\b"
    r"|^(?:(?:additional\s)?reporting|researched|edited|written|compiled|produced)\sby\b"
    r"|\benable\sjavascript\b|\bplayback\sis\sunsupported\b|\bwill\sopen\sin\sa\snew\swindow\b"
    r"|\b(?:sign|log)\s(?:up|in)\b|\bsubscribe\b|\bnewsletters?\b|\binbox\b|\bskip\sad\b|\bredirected\b"
    r"|^(?:jump|skip)\s(?:directly\s)?to\b|^write\sto\b|^(?:topics|tags|filed\sunder|categories)\b"
    r"|^share\s(?:on|this|via)\b|\bin\s(?:this|the)\s(?:story|article|section)$|https?://|\bwww\."
    r"|\b(?:expand|collapse|close|open)\s(?:the\s)?(?:sub\s?)?menu\b|\b(?:return|back)\sto\stop\b"
    r"|\bmove\sto\ssidebar\b|^(?:up|down)vote\b|^on\sthis\spage$|^toggle\s(?:theme|navigation|menu|search|sidebar|dark|light|the)\b"
    r"|^press\s(?:\S{1,3}|enter|esc|escape|tab|space)\s(?:to|for)\s"
    r"|^view\s(?:full\s)?profile\b|^search\s(?:all|this\ssite|our\ssite|the\ssite)\b|\bremember\sme\b"
    r"|^continue\sshopping\b|^ask\s(?:a\squestion|about\sthis)\b|\bcare\sabout\syour\sprivacy\b"
    r"|\blearn\smore\b|\bopens?\sin\s(?:a\s)?new\s(?:window|tab)\b|\bmailing\slist\b"
)
"""Controls, calls to the reader and credits that look like headlines (and titles: ``rules/metadata.py``
reads them with :func:`is_control`): "See all … rulings", "Continue reading the main story", "Show more sharing options",
"Find us on Facebook", "Edited by: …", "Please enable JavaScript to view the comments", "Sign up for
… news!", "Receive the latest local updates in your inbox", "Jump directly to the content", a line of
tags ("Topics Government and politics, …"), "Places in this Story", a line with a web address, "Music Expand the sub menu", "Return to Top",
and the controls of sites' frames: "Main menu move to sidebar hide", "Upvote 0 Downvote", "On this page", "Toggle theme",
"Press ? to show this help", "View Full Profile", "Search all … Health", "User Name Remember Me?", "Continue Shopping >",
"Ask a Question", "We Care About Your Privacy", "PRICE MATCH GUARANTEE | Learn More ❯", "Career Opportunities Opens
in New Window", "Join our mailing list Donate Today"."""
_CONTROL_HINTS = (
    " us",
    "see ",
    "view ",
    "show ",
    "browse ",
    "click ",
    "continue reading",
    "read more",
    "load more",
    "hide",
    "download",
    "login",
    "tap ",
    " by",
    "javascript",
    "playback",
    "new window",
    "sign ",
    "log ",
    "subscri",
    "newsletter",
    "inbox",
    "skip",
    "redirected",
    "jump",
    "write to",
    "topics",
    "tags",
    "filed",
    "categories",
    "share ",
    "in th",
    "http",
    "www.",
    "menu",
    "to top",
    "sidebar",
    "vote",
    "on this page",
    "toggle",
    "press ",
    "profile",
    "search ",
    "remember me",
    "continue shopping",
    "ask ",
    "your privacy",
    "learn more",
    "new tab",
    "mailing list",
)
"""What every match of ``_CONTROL`` holds (lower case): most lines are let go without the search."""


def _branch_searches(pattern: regex.Pattern[str]) -> tuple[regex.Pattern[str], ...]:
    """A case-blind ``(?i)`` pattern as the searches its screened test makes: its branches anchored
    at the line's start in one alternation (which fails at once past the start), then each other
    branch on its own. A line matches one of them exactly when it matches ``pattern``; ``regex``
    tries every branch of one alternation at every position of the line, several times slower."""
    flags = "(?i)"
    assert pattern.pattern.startswith(flags)
    branches = split_branches(pattern.pattern.removeprefix(flags))
    assert branches is not None  # balanced, no POSIX class: tests/test_split_patterns.py
    start = [b for b in branches if b.startswith("^")]
    anywhere = [b for b in branches if not b.startswith("^")]
    return (regex.compile(flags + "|".join(start)), *(regex.compile(flags + b) for b in anywhere))


_CONTROL_SEARCHES = _branch_searches(_CONTROL)
_CONTROL_PIECES = Pieces(_CONTROL_HINTS)


class _Screened:
    """:func:`_branch_searches` of a case-blind pattern (``searches``, built once with the module's
    own), each made only on a line that may match it: the strings one of which every match of a
    search holds are read off its branches (:func:`~pagecleaner.rules.branches.branch_screen`; the
    anchored branches, searched as one, by all their strings), and a line is searched with the searches whose strings its
    :func:`_folded` text holds, and with those that have none. A case-blind match of a string's
    letters folds to them (see :func:`_folded`), so a search left out matches nowhere in the line,
    and :meth:`matches` answers as the whole pattern does."""

    __slots__ = ("_always", "_opens", "_searches", "_strings")

    def __init__(self, pattern: regex.Pattern[str], searches: tuple[regex.Pattern[str], ...]) -> None:
        self._searches = searches
        branches = split_branches(pattern.pattern.removeprefix("(?i)"))
        assert branches is not None  # as in _branch_searches
        start = [branch_screen(b) for b in branches if b.startswith("^")]
        joined = None if any(s is None for s in start) else frozenset(x for s in start if s is not None for x in s)
        screens = [joined, *(branch_screen(b) for b in branches if not b.startswith("^"))]
        # A string that folds to something else ("ß") could be missed in the folded line: never screened by.
        screens = [None if s is not None and any(x != x.casefold() for x in s) else s for s in screens]
        self._always = sum(1 << k for k, screen in enumerate(screens) if screen is None)
        """The searches made on every line, as bits (search ``k`` is bit ``k``)."""
        opens: dict[str, int] = {}
        for k, screen in enumerate(screens):
            for x in screen or ():
                opens[x] = opens.get(x, 0) | 1 << k
        self._strings = Pieces(opens)
        self._opens = tuple(opens.values())
        """For each of the strings, the searches it opens."""

    def matches(self, text: str, folded: str | None = None) -> bool:
        """Whether the pattern matches ``text``: a line that holds a hint (" us", " by", "sign ") is
        searched with the few branches it may match, not all of them (``folded``: ``_folded(text)``, when the
        caller has it)."""
        bits = self._always
        opens = self._opens
        for k in self._strings.found(_folded(text) if folded is None else folded):
            bits |= opens[k]
        searches = self._searches
        k = 0
        while bits:
            if bits & 1 and searches[k].search(text) is not None:
                return True
            bits >>= 1
            k += 1
        return False


_CONTROL_SCREENED = _Screened(_CONTROL, _CONTROL_SEARCHES)


def is_control(text: str, folded: str | None = None) -> bool:
    """A control, a call to the reader or a credit ("Show more sharing options", "Sign up for … news!");
    ``folded``: ``_folded(text)``, when the caller has it."""
    if not _CONTROL_PIECES.any_in(lower(text)):
        return False
    return _CONTROL_SCREENED.matches(text, folded)


_AGE_ON = regex.compile(r"(?i)^(?:on|in)\s+\S+(?:\s\S+){0,3}$")
"""Where an age line names its source after it ("… ago on iOS Blog", "… ago in Politics")."""
ENGLISH_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
"""An English month, whole or cut short ("Aug.", "Sept", "November"): a piece of pattern, to be searched with
IGNORECASE (the teaser lines' dates here, a shop's delivery estimate in ``quality.delivery-date``)."""
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATED_ENTRY = regex.compile(rf"(?i)^{ENGLISH_MONTH}\s{_DAY},?\s?(?:--?|–|—|@)\s")
"""A line of a schedule: a day and month, a dash, then a place ("Aug. 30 -- Pepsi Center, Denver, CO")."""
_CREDIT = regex.compile(r"(?i)\((?:image|photo|picture|pic|credit|foto|bild)s?\s?:")
"""A caption's credit in brackets: "(Image: GETTY)", "(Photo: AP)"."""
_STOCK_CREDIT = regex.compile(
    r"(?i)(?:/|\bvia)\s?(?:Getty\sImages|Shutterstock|iStock(?:photo)?)\b|\b(?:Getty\sImages|Shutterstock|iStock(?:photo)?)$"
)
"""A photo's credit printed as a card's line: "Kevin Mohatt / The Washington Post via Getty Images", "lacaosa /
Getty Images" (a story about the agency names it first: "Getty Images sues …")."""
_TRAILING_YEAR = regex.compile(r"(?:19|20)\d\d\.?$")
_STAMP = regex.compile(
    r"(?i)\b\d{1,2}:\d\d\s?(?:[ap]\.?m\b|[A-Z]{2,4}T\b|UTC\b)"
    r"|^(?:last\s|first\s)?(?:published|updated|posted)(?:\son)?\s?:?\s?\d"
)
"""A page's own time stamp: "Published Nov 18, 2019 at 4:07 PM | Updated …", "Last Updated : Nov 20, 2019"."""


def _reference_entry(text: str) -> bool:
    """A line of a list of sources: a publisher or a title, a comma, then the full date it ends with
    ('Tax Foundation, "Tracking the Economic Impact …," May 31, 2019'). Headlines do not end in a dated citation."""
    if _TRAILING_YEAR.search(text[-5:]) is None:
        return False
    found = find_date(text[-24:])
    if found is None:
        return False
    start = len(text) - len(text[-24:]) + found.start
    return found.end >= len(text[-24:].rstrip(".")) - 1 and text[:start].rstrip().rstrip("\"”'’").endswith(",")


_SHORT_DATE = regex.compile(rf"(?i)^{ENGLISH_MONTH}\s{_DAY}$|^{_DAY}\s{ENGLISH_MONTH}$")
"""A day and month without the year ("Nov 18", "18 November"), as lists print recent dates."""


_MEDIA_TAIL = regex.compile(r"(?i)\s\d{1,4}\s(?:photos?|images?|videos?|pictures?|slides?)$")
"""A gallery's count after its date ("Nov 18 52 photos"), as after an age."""


_MEDIA_ENDS = ("photo", "photos", "image", "images", "video", "videos", "picture", "pictures", "slide", "slides")


def _without_media(text: str) -> str:
    if not text[-1:].isalpha() or not lower(text[-8:]).endswith(_MEDIA_ENDS):
        return text  # the cheap test first: most date lines end in a digit
    tail = _MEDIA_TAIL.search(text)
    return text if tail is None else text[: tail.start()].strip(_SEPARATORS)


def _is_date_line(block: Block) -> bool:
    if block.words > 7:
        return False
    text = _without_media(block.text.strip(_SEPARATORS))
    if _SHORT_DATE.match(text):
        return True
    found = find_date(text)
    return found is not None and (found.end - found.start) * 2 >= len(text)


_MAX_GAP = 3
"""Blocks of no teaser part in a row that still leave two items in one list."""
_TITLE_MAX_WORDS = 22
_TITLE_MIN_WORDS = 5
"""A headline in text runs to five words (ten CJK characters): four-word lines are mostly menu entries and features
("Best of the Decade", "Jobs at the TU"). Chosen on half a of the teaser benchmark (4: F1 .841,
5: .846, 6: .844); half b, not looked at, went .729 → .779."""
_TITLE_MIN_LINKED = 4
"""In HTML a headline is a link, which tells it from a menu entry: four words suffice there (half a
.865 at 4, .858 at 5)."""
_SUMMARY_MIN_WORDS = 14
_TITLE_MAX_CJK_CHARS = 80


def _title_case_words(text: str) -> bool:
    """Every word with a letter starts with a capital: "Local Business Directory", "Truck & Bus Home"."""
    words = [w for w in text.split() if has_letter(w)]
    return bool(words) and all(next(c for c in w if c.isalpha()).isupper() for w in words)


def _wordy_age(text: str) -> bool:
    """Whether a line without digits may hold an age, in any language the age tables cover
    ("yesterday", "an hour ago", "vor einer Stunde", "hace una hora", "il y a un jour", "вчера")."""
    low = lower(text)
    # Every token and phrase below is one of ``AGE_WORDS``, and a word of the line is a piece of it: a line that
    # holds none of them (one automaton pass; most lines asked are menu entries) holds no age word.
    if not _AGE_WORD_PIECES.any_in(low):
        return False
    if any(map(low.__contains__, _AGE_PHRASES)):
        return True
    return not _AGE_TOKENS.isdisjoint(map(str.strip, low.split(), repeat(_WORD_EDGES)))


_AGE_TOKENS = frozenset(w for w in AGE_WORDS if " " not in w)
"""The words an age holds ("ago", "vor", "hace", "назад", "yesterday" …), looked up as words of the line."""
_AGE_PHRASES = tuple(w for w in AGE_WORDS if " " in w)
"""… and its phrases ("il y a", "just now"), looked up as text."""
_AGE_WORD_PIECES = Pieces(AGE_WORDS)
"""``AGE_WORDS`` looked for at once: :func:`_wordy_age`'s screen (what ``dates.find_age`` screens by)."""
_WORD_EDGES = ".,;:!?()[]\"'“”‘’«»•·…"


AgeSplit = tuple[str | None, str]
"""A teaser's (source, age) read from its age line ("The Hill • 22 minutes ago")."""


def part(block: Block, html: bool, min_words: int = 0) -> Part:
    """What part of a teaser this block would be (``html``: the block carries link features;
    ``min_words``: the fewest words of a headline, when not the default)."""
    return read_part(block, html, min_words)[0]


def read_part(block: Block, html: bool, min_words: int = 0) -> tuple[Part, AgeSplit | None]:
    """:func:`part`, with the (source, age) of an age line, read once."""
    text = strip_bullet(block.text)
    if not text:
        return Part.OTHER, None
    # Ranks, counters, dates and ages all hold a digit, but for ages in words ("yesterday",
    # "an hour ago", "hace una hora").
    if block.words <= 10 and block.digit_ratio > 0:
        if _RANK.match(text):
            return Part.RANK, None
        if COUNTER.search(text):
            return Part.COUNTER, None
        if (split := _age_split(text)) is not None:
            return Part.AGE, split
        if _is_date_line(block):
            return Part.AGE, (None, _without_media(text))
    elif block.words <= 6 and _wordy_age(text) and (split := _age_split(text)) is not None:
        return Part.AGE, split
    return _shape(block, text, html, min_words), None


def _shape(block: Block, text: str, html: bool, min_words: int) -> Part:
    """:func:`part` for a block that is no rank, counter or age."""
    # Every match of ``_FILED`` holds its colon: a line without one is asked no more.
    if text[:1].isalpha() and block.words <= 12 and (":" in text or "：" in text) and _FILED.match(text) is not None:
        return Part.COUNTER  # a card's category line ("Posted in: Music Features"): a field of its teaser
    if not html and block.words < 4 and not block.cjk and not block.terminal:
        # Most lines of a text menu, answered as below: weighing their words (under 4), such a line is no lead set
        # beside its summary (over 12) and no summary (neither terminal nor over 30).
        return Part.SHORT
    weight = block.weight  # a property (words, or CJK characters / 2), read once
    if html and (dated := dated_lead(block)) is not None and _dated_headline(headline_text(dated[0])):
        return Part.TITLE  # a linked headline with its date after it, in one block
    if html and weight > 12 and block.link_density < 0.5 and lead_link(block) is not None:
        return Part.TITLE  # a card's linked headline with its summary after it, in one block
    if html and block.dom is not None and block.dom.link_lead and card_lead(block) is not None:
        return Part.TITLE  # one link around the headline and the summary, side by side
    if not html and weight > 12 and "  " in block.raw and spaced_lead(block) is not None:
        return Part.TITLE  # a headline and its summary set side by side on one line of text
    # A headline the page cut short, or one that asks a question, is not prose for its stop.
    headline_stop = text.endswith(("..", "…", "?")) and block.sentences <= 1 and weight <= _TITLE_MAX_WORDS
    if (block.terminal and not headline_stop and (block.sentences >= 2 or weight >= 12)) or weight > 30:
        return Part.SUMMARY
    if block.words < 4 and not block.cjk:
        return Part.OTHER if block.terminal else Part.SHORT  # most lines of a menu
    # A line ending in a full stop reads as a sentence (a summary, a notice), one ending in a colon
    # introduces what follows; headlines end in neither.
    if text.endswith(".") and not text.endswith("..") and block.words >= 6:
        return Part.SUMMARY
    if text.endswith((":", "：")) or text.count(" | ") >= 2 or text.count(" / ") >= 2:
        return Part.SHORT if block.words <= 6 else Part.OTHER
    if text[0] in "([{":
        return Part.OTHER  # an aside in brackets: "(Graphic: … - here)", "(Image credit: …)"
    head = headline_text(text)
    words = len(head.split())
    size = len(head) // 2 if block.cjk else words
    if size < (min_words or (_TITLE_MIN_LINKED if html else _TITLE_MIN_WORDS)) or block.digit_ratio >= 0.3:
        return Part.SHORT if size <= 6 and not block.terminal else Part.OTHER
    if (len(head) > _TITLE_MAX_CJK_CHARS) if block.cjk else (words > _TITLE_MAX_WORDS):
        return Part.OTHER
    # A short line with every word capitalised is a menu entry ("Contact Customer Support"), an
    # all-caps one a heading; headlines of five words or fewer hold a lower-case word.
    if not block.cjk and words <= 5 and (_title_case_words(head) or block.upper_ratio > 0.9):
        return Part.SHORT
    if html and (block.link_density < 0.5 or _link_row(block)):
        return Part.OTHER  # a headline is one link; a line of several links is a menu
    if not html and words >= _TITLE_MIN_WORDS and _menu_line(head):
        return Part.OTHER
    return Part.OTHER if _not_a_story(block, text) else Part.TITLE


def _dated_headline(head: str) -> bool:
    """Whether the linked text of :func:`dated_lead` reads as a headline on its own."""
    words = len(head.split())
    if not _TITLE_MIN_LINKED <= words <= _TITLE_MAX_WORDS or head.endswith((".", ":")):
        return False
    if words <= 5 and _title_case_words(head):
        return False
    return not (_keywords(head) or not_a_story(head))


_MENU_WORD = regex.compile(r"[\p{L}\p{N}&+]+")
_ASCII_MENU_LINE = re.compile(r"[A-Za-z0-9&+ \t\n\r\x0b\x0c\x1c-\x1f]*")
"""An ASCII line every word of which ``_MENU_WORD`` matches whole: the ASCII letters and digits (all that its
letters and numbers are in ASCII), "&" and "+", and the ASCII characters ``str.split`` splits at; one search of
the line by the standard library's engine instead of one a word."""


def _menu_line(text: str) -> bool:
    """A menu printed as one line: entries in title case with no mark of a sentence between them,
    one word named twice ("Apple TV Apple Watch iMac iPad iPhone XS MacBook Pro", "New posts New
    media New media comments", "Front Page Mac Blog iOS Blog"). A headline in title case names a
    word twice rarely, and then with its punctuation (":", ",", "?", quote marks) around it."""
    if text.isascii():
        if _ASCII_MENU_LINE.fullmatch(text) is None:
            return False  # punctuation: a colon, a comma, a quote mark, a question
        words = text.split()
    else:
        words = text.split()
        if not all(map(_MENU_WORD.fullmatch, words)):
            return False
    if not all(
        w[:1].isupper() or w[:1].isdigit() or w == "&" or (w[:1].islower() and w[1:] != lower(w[1:])) for w in words
    ):
        return False
    seen: set[str] = set()
    for w in words:
        key = w.casefold()
        if len(key) >= 2 and not key.isdigit():
            if key in seen:
                return True
            seen.add(key)
    return False


# Each of the next two is a list of patterns searched one by one (whether any matches): as one
# alternation, ``regex`` tries every branch at every position of the line, several times slower.
_CODE = (
    regex.compile(r"[{}]"),
    regex.compile(r"\s[!=:+<>-]?=\s"),
    regex.compile(r"\w=\w"),
    regex.compile(r"\(\)"),
    regex.compile(r"(?<![:/])//"),
    regex.compile(r"[\p{L}\p{N}]_[\p{L}\p{N}]"),
)
"""Marks of a line of code or a template, never of a headline: braces, an assignment or comparison
("if err != nil {", "x = 1", "d=3"), empty brackets of a call ("super() called twice"), a comment's
"//" (not a web address's), a name in snake case ("Slow_Query_Questions", an icon font's
"arrow_forward_ios" printed as text). Forums and documentation print such lines in headline shape."""


_AUTHOR_CARD = (
    regex.compile(r"(?i:view|see|read)\s(?i:all|more)\s(?i:articles|posts|stories)$"),
    regex.compile(r"^\p{Lu}\S*(?:\s\p{Lu}\S*)+\sfollow$"),
    regex.compile(r"^(?:[Bb]y|BY)\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}(?:\s\d{1,5})?$"),
)
"""An author's card or byline, not a story: a name with the link to the author's page glued or set after
it ("Marcus De GuzmanView More Articles", "Roger Gonzalez CBS Sports Writer follow": a lower-case button
after a name in capitals, where a headline in title case writes "Follow") or a bare byline with a comment
count ("by Lewis White 0")."""


def _author_card(text: str, folded: str | None = None) -> bool:
    """Whether a pattern of ``_AUTHOR_CARD`` matches ``text``; the first ends in one of three words
    (before the end or a last newline), looked for in the folded line first (``folded``: ``_folded(text)``,
    when the caller has it)."""
    if folded is None:
        folded = _folded(text)
    if ("articles" in folded or "posts" in folded or "stories" in folded) and _AUTHOR_CARD[0].search(text) is not None:
        return True
    # The second ends in "follow" (before the end or a last newline), the third opens with "by" (case-sensitive both).
    if "follow" in text[-7:] and _AUTHOR_CARD[1].search(text) is not None:
        return True
    return text[:2] in ("By", "by", "BY") and _AUTHOR_CARD[2].search(text) is not None


_SHOP = regex.compile(
    r"(?i)\bout\sof\s5\b|\bstar\s(?:ratings?|reviews?)\b|\b(?:original|list|regular|current|sale)\sprice\b"
    r"|\badd\sto\s(?:cart|basket|bag|wish\s?list)\b|\bin\sden\s(?:warenkorb|einkaufswagen)\b|\bajouter\sau\spanier\b"
    r"|\ba[ñn]adir\sal\scarrito\b|\baggiungi\sal\scarrello\b|\b(?:in|out\sof)\sstock\b|\bauf\slager\b"
    r"|\bfree\s(?:express\s|standard\s)?(?:shipping|delivery)\s(?:on|over|for)\b|\bkostenlose[rn]?\sversand\b"
    r"|\blivraison\sgratuite\b|\benv[íi]o\sgratis\b|\bspedizione\sgratuita\b"
    r"|\b(?:discount|voucher|promo|coupon)\scodes?\b|\bcodes?\spromo\b|\bgutscheincodes?\b"
    r"|\bc[óo]digos?\s(?:de\s)?(?:descuento|promocional)\b|\bcodic[ei]\s(?:sconto|promozional[ei])\b"
    r"|^save\s(?:up\sto\s)?[$€£]\s?\d|^[$€£]\s?\d[\d.,]*\s?(?:off\b|[-–—|]|$)"
)
"""A shop's furniture, never a story: a product's stars and prices ("4.6 out of 5 stars", "List Price:
EUR 14.62", "Original price was: $275.00"), a basket button, stock and shipping terms ("Free express
shipping on orders over €255"), voucher and discount codes ("Sports Direct discount code", "code promo"),
a deal that opens with its saving or its price ("SAVE $250.00 - Save up to $438 on …"). A story about a
price names it inside its headline ("Deal Alert: Save $50 on …", "Alibaba raises $11 billion …")."""
_SHOP_HINTS = (
    "5", "star", "price", "add", "warenkorb", "einkaufswagen", "panier", "carrito", "carrello", "stock", "lager",
    "free", "versand", "gratuit", "gratis", "code", "digo", "codic", "save", "$", "€", "£",
)  # fmt: skip
"""What every match of ``_SHOP`` holds (case folded), one piece for each branch: most lines are let go
without the search."""


_SHOP_SEARCHES = _branch_searches(_SHOP)
_SHOP_PIECES = Pieces(_SHOP_HINTS)
_SHOP_SCREENED = _Screened(_SHOP, _SHOP_SEARCHES)


def _folded(text: str) -> str:
    """``text`` case folded for a screen of a case-blind pattern's pieces: the one letter ``regex``
    matches to an ASCII letter whose folding is not that letter is "İ" (folded "i" and a combining
    dot, which is dropped; dropping it can only let more lines through)."""
    return text.casefold().replace("\u0307", "")


def _shop(text: str, folded: str | None = None) -> bool:
    """Whether ``_SHOP`` matches ``text``: screened by its hints (in ``folded``, ``_folded(text)`` when the caller
    has it), then searched branch by branch."""
    if folded is None:
        folded = _folded(text)
    if not _SHOP_PIECES.any_in(folded):
        return False
    return _SHOP_SCREENED.matches(text, folded)


_INGREDIENT = regex.compile(
    r"^(?:\d{1,4}(?:[.,/]\d{1,3})?(?:\s?[-–]\s?\d{1,4}(?:[.,/]\d{1,3})?)?|[½¼¾⅓⅔⅛])\s?"
    r"(?:[Cc]ups?|[Tt]bsps?|[Tt]sps?|[Tt]ablespoons?|[Tt]easpoons?|g|kg|mg|ml|cl|dl|oz|lbs?|[Pp]ounds?|[Oo]unces?"
    r"|[Gg]rams?|[Pp]inch(?:es)?|[Cc]loves?|EL|TL|[Ee]ssl[öo]ffel|[Tt]eel[öo]ffel|[Cc]uill[èe]res?|[Cc]ucchiai[oi]?"
    r"|[Cc]ucharad(?:as?|itas?)|[Tt]azas?|gr)\.?\s\S"
)
"""A recipe's ingredient: a quantity and a measure before the food ("6 tbsp fruit pectin powder", "250 g
Mehl", "2 cucharadas de aceite"). Short units are matched in lower case only ("5G network" is no 5 g)."""
_FILED = regex.compile(
    r"(?i)^(?:posted|filed|published|listed)\s(?:in|under)\s?:|^(?:tags?|categor(?:y|ies)|topics?|kategorien?|schlagw[öo]rter"
    r"|cat[ée]gories?|[ée]tiquettes|mots-cl[ée]s|categor[íi]as?|etiquetas|categori[ae]|argomenti|rubrieken?|trefwoorden)\s?[:：]"
)
"""A post's category or tag line ("Posted in: Music Features", "Tags: budget, council", "Kategorie: Politik"):
the names of sections, not a story."""


_SITE_PAGE = regex.compile(
    r"(?i)^(?:(?:your|our)\s)?(?:privacy\s(?:policy|notice|statement|rights|settings|cent(?:er|re)|choices)"
    r"|(?:terms|conditions)\s(?:of\s(?:use|service|sale)|and\sconditions|&\sconditions)|cookies?\s(?:policy|settings|preferences|notice)"
    r"|do\snot\ssell\b|public\s(?:inspection\s)?files?\b|eeo\b|fcc\sapplications|closed\scaption|ad\s?choices\b"
    r"|advertise\s(?:with|on)\b|accessibility\s(?:statement|help|policy)|site\s?map\b|(?:careers|jobs)\s(?:at|with)\b"
    r"|work\s(?:with|for)\sus\b|about\sus\b|why\syou\scan\strust\b|why\strust\sus\b"
    r"|(?:editorial|ethics|corrections?)\s(?:policy|policies|guidelines|standards)|code\sof\s(?:conduct|ethics)|community\sguidelines)"
)
"""A page of the site's own, named at the line's start: its legal and corporate pages ("Privacy Policy and Your
California Privacy Rights", "Terms of Use", "Do Not Sell My Personal Information", "Advertise with us", "Why
you can trust BBC News", "Editorial Policy", "Code of Conduct"), and a broadcaster's public file ("Public File
for WWJ-TV", "EEO Report"), printed in its menus and footers. A story about a policy names who changed it first
("Facebook changes its privacy policy")."""


def _not_a_story(block: Block, text: str) -> bool:
    """A headline-shaped line that is a list entry of another kind: a tour date or a cited source,
    a control or a call to the reader, a line of code, an author's card, a shop's furniture, a recipe's
    ingredient, a category line, a photo's caption with its credit (tried last: few lines get here)."""
    folded = _folded(text)  # once for every screen below
    if block.digit_ratio > 0 and (
        (folded[:1] in _MONTH_FIRST and _DATED_ENTRY.match(text) is not None)
        or _reference_entry(text)
        or ((":" in text or folded[:1] in _STAMP_FIRST) and _STAMP.search(text) is not None)
    ):
        return True
    if _keywords(text):
        return True
    return not_a_story(text, folded)


_MONTH_FIRST = frozenset("jfmasond")
"""How ``_DATED_ENTRY`` can open (case folded: an English month's first letter); ``_folded`` makes "s" of "ſ",
which ``regex`` matches to "s" when it ignores case (tests/test_speed46_title_path.py)."""
_STAMP_FIRST = frozenset("lfpu")
"""How ``_STAMP``'s second branch opens ("last", "first", "published", "updated", "posted"); its first holds a colon."""
_SITE_PAGE_FIRST = frozenset("yoptcdefasjw")
"""How ``_SITE_PAGE`` can open (case folded): "your", "our", "privacy", "terms", "conditions", "cookie", "do not
sell", "public", "eeo", "fcc", "closed caption", "ad choices", "advertise", "accessibility", "site map", "careers",
"jobs", "work", "about", "why", "editorial", "ethics", "corrections", "code", "community"."""


def _keywords(text: str) -> bool:
    """An image's alt text stuffed with search words ("munich police Marienplatz incident germany security
    terror level", "black hole news gravitational waves harnessed science latest"): a line of five words or more
    whose first word is all in small letters. A headline opens with a capital in every script that has them
    (a brand set in small letters then a capital, "iPhone", "eBay", is not all small letters)."""
    first = text.split(maxsplit=1)[0] if text else ""
    return first.isalpha() and first.islower() and len(text.split()) >= _TITLE_MIN_WORDS


def not_a_story(text: str, folded: str | None = None) -> bool:
    """:func:`_not_a_story` for a line's text alone (a headline :func:`glued_lead` cut from a line); also
    a stock photo's credit. ``folded``: ``_folded(text)``, when the caller has it (folded once for every screen)."""
    if folded is None:
        folded = _folded(text)
    if is_control(text, folded) or (folded[:1] in _SITE_PAGE_FIRST and _SITE_PAGE.match(text) is not None):
        return True
    if _code_like(text):
        return True
    if _author_card(text, folded):
        return True
    if _shop(text, folded):
        return True
    if (text[:1].isdigit() or text[:1] in "½¼¾⅓⅔⅛") and _INGREDIENT.match(text) is not None:
        return True
    if "(" in text and _CREDIT.search(text) is not None:
        return True
    return _stock_credit(text, folded)


def _code_like(text: str) -> bool:
    """Whether a pattern of ``_CODE`` matches ``text``; each needs one of its marks, looked for first."""
    if not ("{" in text or "}" in text or "=" in text or "()" in text or "//" in text or "_" in text):
        return False
    return any(p.search(text) is not None for p in _CODE)


def _stock_credit(text: str, folded: str | None = None) -> bool:
    """Whether ``_STOCK_CREDIT`` matches ``text``; every match names one of the three agencies, looked for first
    (in ``folded``, ``_folded(text)`` when the caller has it)."""
    if folded is None:
        folded = _folded(text)
    if not ("getty" in folded or "shutterstock" in folded or "istock" in folded):
        return False
    return _STOCK_CREDIT.search(text) is not None


def lead_link(block: Block) -> str | None:
    """The linked headline a block opens with when the rest of the block is its summary, in one
    element ("<li><a>Indian-origin man pleads guilty …</a> NEW YORK: An Indian-origin man has …")."""
    dom = block.dom
    if dom is None or len(set(dom.hrefs)) != 1 or not dom.links:
        return None
    head = dom.links[0][0].strip()
    words = len(head.split())
    if not 4 <= words <= _TITLE_MAX_WORDS or not block.text.startswith(head) or block.words - words < 6:
        return None
    return None if head.endswith((".", ":")) else head


_DATED_TAIL_WORDS = 7


def dated_lead(block: Block) -> tuple[str, str] | None:
    """(headline, date) of a block that is one linked headline with its date or age printed after it as
    text, in one element ("<li><a>Yudichak leaves Democratic Party</a> Nov. 20, 2019 12:00 AM EST</li>"):
    the stamp is the teaser's, not the page's own."""
    dom = block.dom
    if dom is None or block.digit_ratio == 0 or len(set(dom.hrefs)) != 1 or not dom.links:
        return None
    head = dom.links[0][0].strip()
    if not head or not block.text.startswith(head):
        return None
    tail = block.text[len(head) :].strip(_SEPARATORS)
    if not tail or len(tail.split()) > _DATED_TAIL_WORDS:
        return None
    if _SHORT_DATE.match(tail) is None and _age_split(tail) is None:
        found = find_date(tail)
        if found is None or found.start > 0 or (found.end - found.start) * 2 < len(tail):
            return None
    return head, tail


def card_lead(block: Block) -> str | None:
    """The headline of a card whose one link holds the headline and the summary as elements side by
    side (``<a><span>Steelers' Mike Tomlin admits …</span><span>Longtime Pittsburgh head coach …</span></a>``),
    which print as one line."""
    dom = block.dom
    if dom is None or not dom.link_lead or len(set(dom.hrefs)) != 1:
        return None
    head = dom.link_lead
    words = len(head.split())
    if not 4 <= words <= _TITLE_MAX_WORDS or not block.text.startswith(head) or block.words - words < 3:
        return None
    return None if head.endswith((":", "|")) else head


_SPACED = regex.compile(r"(?<=\S) {2,}(?=\S)")


def spaced_lead(block: Block) -> str | None:
    """The headline of a line of text that prints a headline and its summary side by side, two
    spaces apart ("Armenia named most popular spot for Russian travelers in 2019  Armenia has been
    named …"), as a renderer leaves two inline elements of a card; a table's row (tabs, or several
    such gaps) is not one."""
    raw = block.raw.strip()
    if "\n" in raw or "\t" in raw:
        return None
    gaps = list(_SPACED.finditer(raw))
    if len(gaps) != 1:
        return None
    head = raw[: gaps[0].start()]
    words = len(head.split())
    if not _TITLE_MIN_LINKED <= words <= _TITLE_MAX_WORDS or head.endswith((".", ":", "|")):
        return None
    return head if len(raw[gaps[0].end() :].split()) >= 6 else None


_GLUED_RUN = regex.compile(r"(?<![\p{L}'’-])[\p{L}'’-]++(?=[\s,])")
"""A whole run of letters (quote marks and hyphens within) that a space or a comma ends: where the
summary's first word may start inside a headline's last one. Matched from the run's start only,
so each run is read once."""
_GLUED_CAP = regex.compile(r"(?<=[\p{Ll}\p{N}?!)’'\"”])\p{Lu}")
"""A capital right after a small letter, a digit or a closing mark: the summary's first letter."""
_GLUED_MIN_TAIL = 6
_WORD_START = regex.compile(r"(?<![^\s\x1c-\x1f])[^\s\x1c-\x1f]")
"""The first character of each word as ``str.split`` cuts words (its white space is ``\\s`` and the
separators U+001C-U+001F)."""


def _glued_points(text: str, end: int) -> Iterator[int]:
    """Where a headline's last word runs into its summary's first with no space ("… Student-AthleteA
    24-year-old woman …", "… Is Violence In Sports On The Rise?Violence is part …"): a capital after
    a small letter, a digit or a closing mark, whose run of letters goes on to a space or a comma.
    In page order; linear in the text (a lookahead from every capital would read a long run of
    "aAaA…" once for each of its capitals). Only the runs that end before ``end`` are read."""
    for run in _GLUED_RUN.finditer(text, 0, end):
        for cap in _GLUED_CAP.finditer(text, run.start(), run.end()):
            yield cap.start()


def glued_lead(block: Block) -> str | None:
    """The headline of a line of text that prints a headline and its summary with nothing between
    them ("Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left …"), as a
    renderer leaves a card's two inline elements: a headline-sized head, then a sentence of at least
    ``_GLUED_MIN_TAIL`` words that ends with its stop. A word set in camel case ("MacBook") splits the
    same way, so :func:`read_list` takes the split only when more than one line of a list shows it."""
    text = block.text
    if block.weight <= 12 or "\t" in block.raw:
        return None
    half = len(text) // 2
    if len(text) % 2 == 0 and text[:half] == text[half:] and not text[half - 1 : half + 1].isspace():
        # The summary repeats the headline: "Couple Finds Old NewspapersCouple Finds Old Newspapers".
        return text[:half]
    if text[-1:] not in ".!?…":
        return None
    if _GLUED_CAP.search(text) is None:
        # Every point :func:`_glued_points` yields is the start of a match of ``_GLUED_CAP`` in the
        # whole text (its lookbehind reads one character, which the whole text holds too): a paragraph
        # with no capital right after a small letter, a digit or a closing mark has none, and its words'
        # starts are not read (about five in six of the long lines asked).
        return None
    # The first words' starts: a point past word _TITLE_MAX_WORDS gives no headline, so the text
    # after that word's start is never read (a long paragraph is most of the lines asked).
    starts = [m.start() for m in islice(_WORD_START.finditer(text), _TITLE_MAX_WORDS + 1)]
    end = starts[_TITLE_MAX_WORDS] if len(starts) > _TITLE_MAX_WORDS else len(text)
    for point in _glued_points(text, end):
        words = bisect_left(starts, point)  # len(text[:point].split()), without splitting again
        if words < _TITLE_MIN_LINKED:
            continue
        if words > _TITLE_MAX_WORDS:
            return None
        head = text[:point]
        if head.endswith((".", ":", "|", ",")) or len(text[point:].split()) < _GLUED_MIN_TAIL:
            return None
        return head
    return None


_SPACED_ONE_MIN_TAIL = 7
_SENTENCE_ENDS = ".!?:;\"”’'»…|"
"""Words of the summary that :func:`one_space_lead` splits off a line: a sentence, not a name's rest."""
_HEAD_STOPS = ",;:|–-—(/&.!"
"""A headline does not end in these: the words after them go on the same sentence or name."""
_SHORT_SMALL_WORD = 4
"""A headline does not end in a short word in small letters ("for", "the", "on", "with"): a function
word, which the words after it complete."""


@dataclass(frozen=True)
class PageWords:
    """What a page prints that tells a headline's end from its summary's start on one line:
    its lines (casefolded, whitespace collapsed) and the words it prints in small letters."""

    lines: frozenset[str]
    small: frozenset[str]


def page_words(blocks: Sequence[Block]) -> PageWords:
    """The page's lines, and the words it prints in small letters more often than capitalised
    inside a line (after a word that ends no sentence: "ATP Finals" makes "Finals" a name; the lines
    to split count their own summaries' first words there)."""
    # The words are listed, then counted in one call each (a whole page's words: ``Counter[w] += 1``
    # costs more than the list).
    small_words: list[str] = []
    inside_words: list[str] = []
    lines: list[str] = []
    for b in blocks:
        words = b.text.split()
        # ``_norm(b.text)`` from the words split already: case folding maps each character alone and makes no
        # space of a character that is none (tests/test_speed45_read_part.py), so folding after the join is the same.
        lines.append(" ".join(words).casefold())
        prev = _LINE_START  # the word before: a line's first word follows none, read as the end of a sentence
        for raw in words:
            w = raw.strip(_WORD_EDGES)
            if w:
                if w.islower():
                    small_words.append(w)
                elif w[0].isupper() and prev[-1] not in _SENTENCE_ENDS:
                    inside_words.append(lower(w))
            prev = raw
    small, inside = Counter(small_words), Counter(inside_words)
    # The words in small letters, less those printed capitalised inside a line as often or more: the capitalised
    # words are the fewer, so they are the ones walked (a word ``small`` lacks counts 0 there, and is in no case kept).
    return PageWords(frozenset(lines), frozenset(small.keys() - {w for w, n in inside.items() if n >= small[w]}))


_LINE_START = "."
"""What :func:`page_words` reads as the word before a line's first: it ends a sentence."""


class PageWordsOnce:
    """A page's :func:`page_words`, read when the first of its lists asks and kept for the others:
    ``related.lists`` reads each run of removed lines of a text page as a list, and every run that
    holds two or more lines :func:`one_space_points` splits asks for the same page's words."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.blocks = blocks
        self._words: PageWords | None = None

    def get(self) -> PageWords:
        if self._words is None:
            self._words = page_words(self.blocks)
        return self._words


def one_space_points(text: str) -> list[int]:
    """Where a headline and its summary printed on one line with one space between them may meet:
    the word counts ``k`` (``_TITLE_MIN_LINKED`` to ``_TITLE_MAX_WORDS``) before a capitalised word
    that starts at least ``_SPACED_ONE_MIN_TAIL`` words in sentence case (most words after its first
    in small letters: a title-case headline never splits), the word before it neither ending in a
    stop, a comma or a dash nor a short word in small letters."""
    words = text.split()
    if len(words) < _TITLE_MIN_LINKED + _SPACED_ONE_MIN_TAIL:
        return []
    found: list[int] = []
    tails: list[tuple[int, int]] = []  # per word: the words with a letter after it, and those in small letters
    for k in range(_TITLE_MIN_LINKED, min(len(words) - _SPACED_ONE_MIN_TAIL, _TITLE_MAX_WORDS) + 1):
        w, prev = words[k], words[k - 1]
        if not w[0].isupper() or prev[-1] in _HEAD_STOPS:
            continue
        last = prev.strip(_WORD_EDGES)
        if last.islower() and len(last) <= _SHORT_SMALL_WORD and prev[-1] != "?":
            continue
        if not tails:
            tails = _lettered_tails(words)  # counted once, from the end, for every point asked
        lettered, small = tails[k]
        if small * 2 <= lettered:
            continue
        found.append(k)
    return found


def _lettered_tails(words: list[str]) -> list[tuple[int, int]]:
    """For each word of ``words``, how many of the words after it hold a letter, and how many of
    those start in small letters (:func:`one_space_points`' sentence case, counted in one pass)."""
    out = [(0, 0)] * len(words)
    lettered = small = 0
    for k in range(len(words) - 1, 0, -1):
        x = words[k]
        if has_letter(x):
            lettered += 1
            if x[0].islower():
                small += 1
        out[k - 1] = (lettered, small)
    return out


def one_space_lead(block: Block, seen: PageWords) -> str | None:
    """The headline of a line of text that prints a headline and its summary with one space between
    them ("Tuesday's impeachment hearings were a disaster for Republicans Even their own witnesses
    said …"), as a renderer leaves a card's two inline elements: the first of
    :func:`one_space_points` where the page shows the split, either because it prints the head as a
    line of its own (the headline in another list), or because the headline ends in a word of small
    letters and the summary's first word is one the page prints in small letters elsewhere (a common
    word, not a name that goes on the headline)."""
    text = block.text
    if "\t" in block.raw:
        return None
    words = text.split()
    for k in one_space_points(text):
        head = " ".join(words[:k])
        if not text.startswith(head):
            return None
        if _norm(head) in seen.lines:
            return head
        # Otherwise the headline ends in a word of small letters or digits (a capitalised one may
        # be a name's first word: "… Our Own Brand is …"), with no question mark (a headline asks
        # and answers on one line: "Can apes play pretend? Scientists use …"), and the summary
        # starts with a word the page prints in small letters.
        last = words[k - 1]
        if last.endswith("?") or any(c.isupper() for c in last):
            continue
        if lower(words[k].strip(_WORD_EDGES)) in seen.small:
            return head
    return None


def _camel_word(blocks: Sequence[Block], i: int, head: str) -> bool:
    """Whether the word :func:`glued_lead` split at reads as one word: its first part is one or two
    letters ("iPhone", "eBay", "McLaren"), or another line of the list prints it whole ("MacBook")."""
    text = blocks[i].text
    cut = len(head)
    if cut >= len(text) or text[cut - 1 : cut + 1] != text[cut - 1 : cut + 1].strip():
        return False  # a headline printed twice over: no word to split
    start = text.rfind(" ", 0, cut) + 1
    end = text.find(" ", cut)
    word = text[start : end if end != -1 else len(text)].strip(_WORD_EDGES)
    if cut - start <= 2:
        return True
    return any(word in b.text for k, b in enumerate(blocks) if k != i)


def _links(block: Block) -> int:
    return len(set(block.dom.hrefs)) if block.dom is not None else 0


def _link_row(block: Block) -> bool:
    """A line of several links, none of them most of the line: a menu row ("Best Travel Credit Cards
    Best Business Credit Cards"), where a headline with a section link beside it is one long link."""
    n = _links(block)
    if n <= 1 or block.dom is None:
        return False
    if n > 2:
        return True
    longest = max((len(text.split()) for text, _ in block.dom.links), default=0)
    return longest * 10 < block.words * 6


def split_title_age(title: str) -> tuple[str, str | None]:
    """A headline with its age printed after it on the same line ("Apple spent … ~9 hours ago")."""
    tail = title[-24:]
    m = find_age(title) if any(c.isdigit() for c in tail) or _wordy_age(tail) else None
    if m is None or title[m.end() :].strip(_SEPARATORS + "~"):
        return title, None
    head = title[: m.start()].rstrip(_SEPARATORS + "~")
    return (head, m.group(0)) if len(head.split()) >= 4 else (title, None)


@dataclass
class ListItem:
    """A teaser read from a list: its fields, the blocks it spans and the list it belongs to."""

    title: str
    title_block: int
    list_id: int
    heading: str | None
    blocks: list[int] = field(default_factory=list)
    source: str | None = None
    age: str | None = None
    summary: str | None = None
    sponsored: bool = False
    whole: str | None = None
    """The headline as printed, when an age at its end was cut off as the teaser's own (``age``)."""


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


_HEADLINE_WORD = regex.compile(r"[\p{L}\p{N}]+")
_SAME_SHARE = 0.8


_ASCII_HEADLINE_WORD = re.compile(r"[A-Za-z0-9]+")
"""``_HEADLINE_WORD`` on ASCII text: the same matches, found by the standard library's engine in about
half the time."""


def headline_words(text: str) -> list[str]:
    """The words :func:`same_headline` compares (case, punctuation and quote marks aside)."""
    folded = text.casefold()
    # A pattern without groups: its matches' texts. Folding may turn a non-ASCII letter into ASCII
    # ("ſ" → "s"), so the folded text is the one tested.
    if folded.isascii():
        return _ASCII_HEADLINE_WORD.findall(folded)
    words: list[str] = _HEADLINE_WORD.findall(folded)
    return words


def same_headline(a: str | list[str], b: str | list[str]) -> bool:
    """Whether two lines print one headline: the same words (case, punctuation and quote marks
    aside), or one cut short from the other ("… Eastern Equine En…") keeping most of its words.
    Either may be given as its :func:`headline_words`, read once for many comparisons."""
    x = headline_words(a) if isinstance(a, str) else a
    y = headline_words(b) if isinstance(b, str) else b
    if not x or not y:
        return False
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return long[: len(short)] == short and len(short) >= _SAME_SHARE * len(long)


_VARIANT_SHARE = 0.6
_VARIANT_MIN_WORDS = 4


def headline_variant(teaser: list[str], own: list[str]) -> bool:
    """Whether a teaser's headline is the page's own headline in another wording of the same words:
    every word of the shorter is in the longer, and it holds most of them ("Key moments from Kurt
    Volker's and Tim Morrison's testimony" in a "More in Politics" box of "Key moments from Kurt
    Volker's and Tim Morrison's impeachment hearing testimony"; "… at a stable 60fps by Lewis White").
    Both as :func:`headline_words`. A story on the same subject shares some words, not nearly all."""
    short, long = (teaser, own) if len(teaser) <= len(own) else (own, teaser)
    if len(short) < _VARIANT_MIN_WORDS or len(short) < _VARIANT_SHARE * len(long):
        return False
    pool = list(long)
    for word in short:
        if word not in pool:
            return False
        pool.remove(word)
    return True


def read_list(
    blocks: Sequence[Block],
    html: bool,
    headings: frozenset[int] = frozenset(),
    no_titles: frozenset[int] = frozenset(),
    unlinked: frozenset[int] = frozenset(),
    page: Sequence[Block] | PageWordsOnce | None = None,
) -> list[ListItem]:
    """Read teaser items from consecutive blocks that left the article.

    ``headings`` are positions another rule named as list headings ("Related Articles");
    ``no_titles`` positions that may be a teaser's source or age but never its headline or
    summary (captions, bylines); ``unlinked`` positions (HTML) that may be a headline without
    being a link (the markup names their box as related items); ``page`` the page's blocks (text:
    where a headline and its summary printed on one line meet), or a :class:`PageWordsOnce` of them
    that the page's other lists share. Each item gets the heading of its
    list: the named heading, or the first of the short lines before it ("Most Read", "News"). A list ends at a heading, a
    run of short lines (a menu) or a block that is no part of a teaser; a rank number or a
    single short line between items (a kicker such as "AUTO NEWS") does not end it.
    """
    read = [_part_at(b, i, html and i not in unlinked, headings, no_titles) for i, b in enumerate(blocks)]
    parts = [p for p, _ in read]
    glued: dict[int, str] = {}
    if not html:
        glued = {
            i: head
            for i, b in enumerate(blocks)
            if parts[i] in (Part.SUMMARY, Part.OTHER, Part.TITLE)
            and i not in no_titles
            and (head := glued_lead(b))
            and not not_a_story(head)
        }
        # A word in camel case ("MacBook", "YouTube") splits like a glued line; it is a name the
        # list prints again, where the join of a headline and its summary is printed once.
        glued = {i: head for i, head in glued.items() if not _camel_word(blocks, i, head)}
        if len(glued) < 2:
            glued = {}  # one such line is as likely a sentence with a word in camel case
        if page is not None:
            glued.update(_one_space_leads(blocks, parts, no_titles, glued, page))
        for i in glued:
            parts[i] = Part.TITLE
    _headlines_among_headlines(blocks, parts, headings, html)
    _dated_short_headlines(blocks, parts, headings, html)
    _split_bylines(blocks, parts, headings)
    brief = _short_headlines(blocks, parts, headings) if not html else []
    if Part.TITLE not in parts:
        # No pass below makes a headline of a line that is none, and an item starts only at a
        # headline: such a run holds no teaser (about half the runs of a text page).
        return []
    _pair_summaries(blocks, parts)
    _products(blocks, parts, html)
    for i in brief:
        if parts[i + 1] is not Part.SUMMARY:
            parts[i] = Part.SHORT  # no summary under it after all
    age_first = _ages_first(parts)
    _stopped_headlines(blocks, parts, age_first)
    kickers = _kickers(blocks, parts, headings)
    if not html:
        kickers = _card_summaries(blocks, parts, kickers)
    items: list[ListItem] = []
    cur: ListItem | None = None
    last: Part | None = None  # the part of ``cur`` seen last
    list_id, heading, in_list, gap = 0, None, 0, 0
    pending: tuple[int, str | None, str] | None = None  # an age line printed before its headline
    prev = Part.OTHER
    for i, (block, p) in enumerate(zip(blocks, parts, strict=True)):
        nxt = parts[i + 1] if i + 1 < len(parts) else Part.OTHER
        if p is Part.TITLE:
            dated = dated_lead(block) if html else None
            lead: str | None = None
            if html:
                if dated is None:
                    lead = lead_link(block) if block.link_density < 0.5 else card_lead(block)
            else:
                lead = spaced_lead(block) if block.weight > 12 and "  " in block.raw else None
                lead = lead or glued.get(i)
            glued_age: str | None
            whole: str | None = None
            if dated is not None:
                title, glued_age = headline_text(dated[0]), dated[1]
            else:
                whole = headline_text(lead or block.text)
                title, glued_age = split_title_age(whole)
            if cur is not None and _norm(title) == _norm(cur.title) and last is not Part.SUMMARY:
                cur.blocks.append(i)  # printed twice (image link and text link)
            elif (
                cur is not None
                and cur.summary is None
                and last is Part.TITLE
                and (_summary_of(blocks[cur.title_block], block) or (nxt is Part.AGE and not age_first))
                and not _another_link(blocks[cur.title_block], block)
            ):
                # A second headline-like line with the age under it: the first one's summary.
                cur.summary = block.text
                cur.blocks.append(i)
                last = Part.SUMMARY
                continue
            else:
                cur = ListItem(title, i, list_id, heading, [i], age=glued_age, whole=whole if glued_age else None)
                items.append(cur)
                in_list += 1
                if pending is not None:
                    cur.blocks.insert(0, pending[0])
                    cur.source, cur.age = pending[1], pending[2]
                if lead is not None:
                    cur.summary = block.text[len(lead) :].strip()
            pending, last = None, Part.TITLE
        elif p is Part.AGE:
            source, age = read[i][1] or (None, strip_bullet(block.text))
            if cur is not None and (cur.age is None or cur.whole is not None) and not (age_first and nxt is Part.TITLE):
                if cur.whole is not None:
                    # The item prints its age on a line of its own: the age at the headline's end was
                    # the headline's words ("The town that time forgot: a visit 50 years ago").
                    cur.title, cur.whole = cur.whole, None
                cur.age, cur.source = age, cur.source or source
                cur.blocks.append(i)
                last = Part.AGE
            elif nxt is Part.TITLE:
                pending, cur = (i, source, age), None
        elif p is Part.SHORT and i not in headings and cur is not None and _takes_source(cur, block, last, nxt):
            text = strip_bullet(block.text)
            if _SPONSORED.fullmatch(text):
                cur.sponsored = True
            elif cur.source is None:
                cur.source = _without_label(text)
            cur.blocks.append(i)
            last = Part.SOURCE
        elif (
            cur is not None
            and cur.summary is None
            and (
                (p is Part.SUMMARY and last in (Part.TITLE, Part.SOURCE, Part.AGE))
                or (html and p is Part.OTHER and last is Part.TITLE and _unlinked_summary(blocks[cur.title_block], block))
            )
        ):
            cur.summary = block.text
            cur.blocks.append(i)
            last = Part.SUMMARY
        elif p is Part.COUNTER and cur is not None:
            cur.blocks.append(i)
        elif p is Part.RANK:
            cur, pending = None, None
        elif (
            i not in headings
            and in_list
            and not (
                p is Part.SHORT
                and i not in kickers
                and (prev is Part.SHORT or (nxt is Part.SHORT and i + 1 not in kickers))
            )
        ):
            # A kicker, a byline or an image's text between the items of one list; a list
            # ends after a few such blocks in a row.
            cur, pending = None, None
            gap += 1
            if gap > _MAX_GAP:
                list_id, in_list = list_id + 1, 0
        else:
            if p is Part.SHORT and (prev is not Part.SHORT or i in headings):
                heading = strip_bullet(block.text)
            cur, pending = None, None
            list_id, in_list = list_id + 1, 0
        if p is Part.TITLE or (cur is not None and i in cur.blocks):
            gap = 0
        prev = p
    for item in items:
        item.sponsored = item.sponsored or bool(item.heading and _SPONSORED.search(item.heading))
    return _without_controls(items)


def _one_space_leads(
    blocks: Sequence[Block],
    parts: Sequence[Part],
    no_titles: frozenset[int],
    glued: dict[int, str],
    page: Sequence[Block] | PageWordsOnce,
) -> dict[int, str]:
    """The lines of the list that :func:`one_space_lead` splits, when two or more do: one such line is
    as likely a sentence that runs on past a name."""
    candidates = [
        i
        for i, b in enumerate(blocks)
        if parts[i] in (Part.SUMMARY, Part.OTHER, Part.TITLE)
        and i not in no_titles
        and i not in glued
        and "  " not in b.raw.strip()
        and one_space_points(b.text)
    ]
    if len(candidates) < 2:
        return {}
    seen = page.get() if isinstance(page, PageWordsOnce) else page_words(page)
    found = {i: head for i in candidates if (head := one_space_lead(blocks[i], seen)) and not not_a_story(head)}
    return found if len(found) >= 2 else {}


def _kickers(blocks: Sequence[Block], parts: Sequence[Part], headings: frozenset[int]) -> frozenset[int]:
    """Short lines printed right above a headline, each the same as another such line of the run: a
    card's category kicker ("AUTO NEWS" / headline / summary / byline / "AUTO NEWS" / headline …).
    With a byline before it, it makes two short lines in a row between two items, which would
    otherwise read as a menu and end the list; a list's heading is not printed again and again.
    In text the same cards' summaries, without their full stop and their link, read as headlines, and
    joining the items made lists of them (half a of the teaser benchmark, innertext, 13 false teasers
    more): there only the kickers of cards whose summary :func:`_card_summaries` reads count."""
    above = [i for i in range(len(parts) - 1) if parts[i] is Part.SHORT and parts[i + 1] is Part.TITLE and i not in headings]
    seen: dict[str, int] = {}
    for i in above:
        key = _norm(blocks[i].text)
        seen[key] = seen.get(key, 0) + 1
    return frozenset(i for i in above if seen[_norm(blocks[i].text)] >= 2)


_CARD_MAX_LINES = 4


def _card_summaries(blocks: Sequence[Block], parts: list[Part], kickers: frozenset[int]) -> frozenset[int]:
    """Text: cards under a repeated kicker ("AUTO NEWS" / headline / summary / byline / "AUTO NEWS" …).
    A card's second headline-shaped line, longer than the first and not in headline case, is its
    summary printed without a full stop. Returns the kickers of the cards so read."""
    out = []
    ordered = sorted(kickers)
    for n, k in enumerate(ordered):
        end = ordered[n + 1] if n + 1 < len(ordered) else min(len(parts), k + 1 + _CARD_MAX_LINES)
        if end - k - 1 > _CARD_MAX_LINES or end < k + 3:
            continue
        title, second = blocks[k + 1], blocks[k + 2]
        if parts[k + 2] is Part.TITLE and second.weight >= title.weight and not _headline_case(second.text):
            parts[k + 2] = Part.SUMMARY
            out.append(k)
        elif parts[k + 2] is Part.SUMMARY:
            out.append(k)
    return frozenset(out)


def _unlinked_summary(title: Block, block: Block) -> bool:
    """In HTML, a line of no link right under a linked headline, longer than it and not set as one,
    is the card's summary even without its full stop ("2020 Mini JCW GP is a 300HP monster hatch" /
    "The most powerful Mini hot hatch to come out of Oxford has 306 HP and a huge rear wing"): a
    headline is a link, so such a line is not the next item's."""
    if block.dom is None or block.dom.hrefs or block.words <= title.words or block.words < _TITLE_MIN_WORDS:
        return False
    if title.dom is None or not _same_card(title.dom.nodes, block.dom.nodes):
        return False
    text = block.text
    return not text.endswith((":", "：")) and not _headline_case(text) and not not_a_story(text)


_CARD_DEPTH = 3


def _same_card(a: Sequence[DomNode], b: Sequence[DomNode]) -> bool:
    """Whether two blocks lie in one small element: an element encloses both within ``_CARD_DEPTH``
    levels of each (a card's headline and summary), not only the list or the page around them."""
    near = {node.id for node in a[: _CARD_DEPTH + 1]}
    return any(node.id in near for node in b[: _CARD_DEPTH + 1])


def _short_headlines(blocks: Sequence[Block], parts: list[Part], headings: frozenset[int]) -> list[int]:
    """Four-word lines of text that are headlines by what surrounds them: printed twice in a row,
    or with an age under them ("Dam bursts after storm" / "Dam bursts after storm" / "Reuters" /
    "2 hours ago"). Those followed by a line that may be their summary ("Bakery wins national
    award" / "The judges praised …") are taken for now and returned: they stay headlines only if
    the pairing pass reads that line as their summary. Alone such a line is more often a menu
    entry or a feature's name."""
    n = len(parts)
    brief = []
    for i in range(n):
        if parts[i] is not Part.SHORT or i in headings:
            continue
        text = blocks[i].text
        twice = (i + 1 < n and blocks[i + 1].text == text) or (i > 0 and blocks[i - 1].text == text)
        nxt = parts[i + 1] if i + 1 < n else Part.OTHER
        if not (twice or nxt in (Part.AGE, Part.SUMMARY, Part.TITLE)):
            continue
        if part(blocks[i], False, _TITLE_MIN_LINKED) is not Part.TITLE:
            continue
        parts[i] = Part.TITLE
        if not (twice or nxt is Part.AGE):
            brief.append(i)
    return brief


_BY_LABELS = frozenset(("by", "par", "por", "von", "di", "door", "oleh", "автор", "autor"))


def _split_bylines(blocks: Sequence[Block], parts: list[Part], headings: frozenset[int]) -> None:
    """A byline printed over two lines under a headline ("By" / "Lisa Kubota"): neither line is a
    list heading (a run of short lines would otherwise end the list after every item) nor a source."""
    for i in range(len(parts) - 1):
        if blocks[i].words != 1 or i in headings or parts[i] not in (Part.SHORT, Part.OTHER):
            continue
        if strip_bullet(blocks[i].text).rstrip(":").casefold() in _BY_LABELS and parts[i + 1] is Part.SHORT:
            parts[i] = parts[i + 1] = Part.OTHER


def _set_as_headline(block: Block, html: bool) -> bool:
    """A short line set as a headline could be one in a list of headlines: no sentence's end, not in
    capitals (a section label), and in HTML a link of its own rather than a row of links."""
    if block.terminal or block.upper_ratio > 0.9:
        return False
    return not (html and (block.link_density < 0.5 or _link_row(block)))


def _headlines_among_headlines(blocks: Sequence[Block], parts: list[Part], headings: frozenset[int], html: bool) -> None:
    """A short title-case line between two headlines is a headline too ("Cloth Diapers for Older
    Kids, Teens, and Adults" / "Easy Tres Leches Cake Recipe" / "A New Twist On Homemade Laundry
    Detergent"): alone such a line is a menu entry, inside a list of headlines it is one of them."""
    between = [
        i
        for i in range(1, len(parts) - 1)
        if parts[i] is Part.SHORT
        and _next_part(parts, i, -1) is Part.TITLE
        and _next_part(parts, i, 1) is Part.TITLE
        and i not in headings
        and _TITLE_MIN_LINKED <= blocks[i].words <= _TITLE_MIN_WORDS
        and _set_as_headline(blocks[i], html)
        and blocks[i].digit_ratio < 0.3
        and not is_control(blocks[i].text)
    ]
    for i in between:
        parts[i] = Part.TITLE


_MIN_DATED = 2
_DATED_MIN_WORDS = 3


def _dated_short_headlines(blocks: Sequence[Block], parts: list[Part], headings: frozenset[int], html: bool) -> None:
    """A short line with a date or an age right under it, in a list whose headlines print theirs so,
    is one of those headlines ("The Nissan Northern Xperience" / "June 15, 2010", "2017 Lexus LC 500" /
    "January 22, 2018"): alone a title-case line of a few words is a menu entry, but menus print no
    dates, and a list of dated headlines holds short ones too."""
    n = len(parts)
    dated = sum(1 for i in range(n - 1) if parts[i] is Part.TITLE and parts[i + 1] is Part.AGE)
    if dated < _MIN_DATED:
        return
    for i in range(n - 1):
        b = blocks[i]
        if parts[i] is not Part.SHORT or parts[i + 1] is not Part.AGE or i in headings:
            continue
        if not _DATED_MIN_WORDS <= b.words <= _TITLE_MIN_WORDS or not _set_as_headline(b, html):
            continue
        text = strip_bullet(b.text)
        if is_control(text) or not_a_story(text):
            continue
        parts[i] = Part.TITLE


CURRENCY_CODES = r"eur|usd|gbp|chf|z[łl]|k[čc]|kr|sek|nok|dkk"
"""The currency codes a price may print after its figure ("19,99 EUR", "1 299 Kč"), as a regular
expression's alternatives (lower case: read with ``IGNORECASE``); one list for every price pattern."""

_PRICE = regex.compile(
    r"(?i)^(?:(?:from|now|was|only|ab|d[èe]s|desde|da|vanaf|od)\s)?"
    rf"(?:[$€£¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£¥₹]|{CURRENCY_CODES}|rs\.?))"
    r"(?:\s?(?:usd|eur|gbp|cad|aud))?\*?$"
)
"""A line that is a price and nothing else ("$249.00", "From £12.99", "19,99 €", "1 299 Kč")."""


def _products(blocks: Sequence[Block], parts: list[Part], html: bool) -> None:
    """A headline with a price line right by it is a product's name in a shop's carousel or grid
    ("Apple AirPods Pro with Wireless Charging Case" / "$249.00"), not a story: a story's card
    prints no price of its own. In HTML the price may follow the linked name in the same block
    (``<li><a>Name</a><span>$249.00</span></li>``); a story that names a price does so inside its link."""
    if html:
        for i, b in enumerate(blocks):
            if parts[i] is Part.TITLE and b.dom is not None and b.dom.links and b.digit_ratio > 0:
                head = b.dom.links[0][0].strip()
                rest = b.text[len(head) :].strip() if head and b.text.startswith(head) else ""
                if rest and len(rest.split()) <= 4 and _PRICE.match(rest) is not None:
                    parts[i] = Part.OTHER
    prices = [
        i
        for i, b in enumerate(blocks)
        if b.words <= 4 and b.digit_ratio > 0 and parts[i] is not Part.TITLE and _PRICE.match(strip_bullet(b.text))
    ]
    for i in prices:
        # The name above its price, one line (a rating, a note) between them at most; or the name under it.
        for j in (i - 1, i - 2, i + 1):
            if j == i - 2 and parts[i - 1] is Part.SHORT:
                continue  # a heading between: the line above it is the last item of another list
            if 0 <= j < len(parts) and parts[j] is Part.TITLE:
                parts[j] = Part.OTHER


def _next_part(parts: Sequence[Part], i: int, step: int) -> Part:
    """The part of the next block from ``i`` in direction ``step`` that is not a counter or a card's
    category line (the fields printed under a headline)."""
    j = i + step
    while 0 <= j < len(parts) and parts[j] is Part.COUNTER:
        j += step
    return parts[j] if 0 <= j < len(parts) else Part.OTHER


def _ages_first(parts: Sequence[Part]) -> bool:
    """Whether the list prints each age above its headline (a date, then the headline) rather
    than under it (headline, summary, age): whichever way more headlines have an age next to them."""
    titles = [i for i, p in enumerate(parts) if p is Part.TITLE]
    if not titles:
        return False
    before = sum(1 for i in titles if i > 0 and parts[i - 1] is Part.AGE)
    after = sum(
        1
        for i in titles
        if Part.AGE in parts[i + 1 : i + 2]
        or (parts[i + 1 : i + 2] in ([Part.SUMMARY], [Part.SHORT]) and Part.AGE in parts[i + 2 : i + 3])
    )
    return before > after or (before == after and before > 0 and titles[0] > 0 and parts[titles[0] - 1] is Part.AGE)


def _stopped_headlines(blocks: Sequence[Block], parts: list[Part], age_first: bool) -> None:
    """A headline that ends with a stop ("… set for parts of Calif.") reads as a summary, and its
    summary without one reads as the headline: in a list printed headline, summary, age, where two
    or more items show that order, a line read as a summary right after an age (so at an item's
    start) with a headline-shaped line and an age after it is that item's headline, and the line
    after it, longer, its summary."""
    if age_first:
        return
    n = len(parts)
    regular = sum(
        1
        for i in range(n - 2)
        if parts[i] is Part.TITLE and parts[i + 1] in (Part.TITLE, Part.SUMMARY) and parts[i + 2] is Part.AGE
    )
    if regular < 2:
        return
    for i in range(1, n - 2):
        if (
            parts[i - 1] is Part.AGE
            and parts[i] is Part.SUMMARY
            and parts[i + 1] is Part.TITLE
            and parts[i + 2] is Part.AGE
            and blocks[i].words <= _TITLE_MAX_WORDS
            and blocks[i].words < blocks[i + 1].words
        ):
            parts[i], parts[i + 1] = Part.TITLE, Part.SUMMARY


_MIN_PAIRS = 3


def _pair_summaries(blocks: Sequence[Block], parts: list[Part]) -> None:
    """A list printed as headline, summary, headline, summary … where the summaries lack their
    full stop ("Pochettino fired by Tottenham" / "Pochettino took the club to the Champions League
    final in June"): in a run of headline-shaped lines, the second of every pair is the longer one,
    and at least one of them reads as a summary by itself. The second lines become summaries."""
    i, n = 0, len(parts)
    while i < n:
        if parts[i] is not Part.TITLE:
            i += 1
            continue
        end = i
        while end < n and parts[end] in (Part.TITLE, Part.SUMMARY):
            end += 1
        pairs = [(k, k + 1) for k in range(i, end - 1, 2)]
        if len(pairs) >= _MIN_PAIRS and _paired(blocks, parts, pairs):
            for _, second in pairs:
                parts[second] = Part.SUMMARY
        i = end


def _paired(blocks: Sequence[Block], parts: Sequence[Part], pairs: list[tuple[int, int]]) -> bool:
    if any(parts[first] is not Part.TITLE for first, _ in pairs):
        return False
    longer = sum(1 for first, second in pairs if blocks[second].weight > blocks[first].weight)
    clear = any(parts[second] is Part.SUMMARY or _summary_of(blocks[first], blocks[second]) for first, second in pairs)
    return clear and longer * 5 >= len(pairs) * 4


def _headline_case(text: str) -> bool:
    """Set in headline case: every word of four letters or more starts with a capital ("Golden Globes
    2020 Predictions: Best Actor and Actress in a Limited Series"), as summaries, sentences, are not."""
    long = [w for w in text.split() if len(w) >= 4 and w[:1].isalpha()]
    return len(long) >= 4 and all(w[:1].isupper() for w in long)


def _another_link(title: Block, block: Block) -> bool:
    """HTML: a line that is a link of its own to another page than the headline above it is the next
    headline, never that one's summary, however long it runs ("Miss Moscow 2018 picked from 49 top
    beauties (PHOTOS)" / "There's a galaxy hurtling towards our Milky Way that could wipe out life on Earth")."""
    a, b = title.dom, block.dom
    if a is None or b is None or not a.hrefs or not b.hrefs or block.link_density < 0.5:
        return False
    return set(a.hrefs).isdisjoint(b.hrefs)


def _summary_of(title: Block, block: Block) -> bool:
    """A headline-sized line right under a headline is its summary when it reads as a sentence
    (headlines rarely end in a full stop) or sits in the same link (a card's ``<a>`` around both)."""
    if block.text.endswith(".") and not title.text.endswith("."):
        return True
    if block.words >= max(_SUMMARY_MIN_WORDS, 1.5 * title.words) and not _headline_case(block.text):
        return True  # a summary cut off by the page ("… but say the cause of the"); not a title-case headline
    return (
        title.dom is not None and block.dom is not None and bool(title.dom.hrefs) and title.dom.hrefs == block.dom.hrefs
    )


def _part_at(
    block: Block, i: int, html: bool, headings: frozenset[int], no_titles: frozenset[int]
) -> tuple[Part, AgeSplit | None]:
    if i in headings:
        return Part.SHORT, None
    p, split = read_part(block, html)
    return (Part.OTHER if i in no_titles and p in (Part.TITLE, Part.SUMMARY) else p), split


_SECTION_NUMBER = regex.compile(r"^\d{1,3}(?:\.\d{1,3})+\.?\s")
"""A section's number in a manual's or a report's table of contents: "9.12.3 What use are positive maps?",
"5.4 Enable installed units by default"."""


def _without_controls(items: list[ListItem]) -> list[ListItem]:
    """Drops short "headlines" that open with the same three words as another in their list:
    a row of controls ("Share this with Facebook", "Share this with Email"), not stories; and
    entries numbered as sections ("3.4 Unitaries as rotations") when another in their list is too:
    a table of contents, not stories (one such line alone may be a headline: "7.1 quake hits …");
    and rows printed from one template (``_MIN_TEMPLATE``)."""
    heads: dict[tuple[int, str], int] = {}
    numbered: dict[int, int] = {}
    for item in items:
        key = (item.list_id, " ".join(item.title.casefold().split()[:3]))
        heads[key] = heads.get(key, 0) + 1
        if item.title[:1].isdigit() and _SECTION_NUMBER.match(item.title) is not None:
            numbered[item.list_id] = numbered.get(item.list_id, 0) + 1
    skeletons = [_skeleton(item.title) for item in items]
    shapes: dict[tuple[int, str], int] = {}
    for item, skeleton in zip(items, skeletons, strict=True):
        shapes[(item.list_id, skeleton)] = shapes.get((item.list_id, skeleton), 0) + 1
    return [
        it
        for it, skeleton in zip(items, skeletons, strict=True)
        if (len(it.title.split()) > 5 or heads[(it.list_id, " ".join(it.title.casefold().split()[:3]))] < 2)
        and not (numbered.get(it.list_id, 0) >= 2 and _SECTION_NUMBER.match(it.title) is not None)
        and not (shapes[(it.list_id, skeleton)] >= _MIN_TEMPLATE and _MARKS.search(skeleton) is not None)
    ]


_WORDS = regex.compile(r"[\p{L}\p{N}'’]+")
_MARKS = regex.compile(r"[^\sw]")
_MIN_TEMPLATE = 4
"""Entries of one list printed from one template ("England (Group A): 10th appearance", "Spain (Group F): 11th
appearance", "Leeds 2-1 Hull"): this many with the same words-and-marks skeleton, marks included, are rows
of a table, not stories (headlines vary in length and marks)."""


def _skeleton(title: str) -> str:
    """A line's skeleton: each word a "w", its marks kept ("w (w w): w w")."""
    return str(_WORDS.sub("w", title))


def _without_label(text: str) -> str:
    """A source without its label: "Posted on: WWD" → "WWD"."""
    head, colon, rest = text.partition(":")
    return rest.strip() if colon and rest.strip() and len(head.split()) <= 3 else text


def _takes_source(item: ListItem, block: Block, last: Part | None, nxt: Part) -> bool:
    """A short line is the teaser's source when it sits right by the teaser's own fields and
    is not one of a run of short lines (a menu): bulleted, next to an age, or the same as the
    source already read ("• The Hill" after "The Hill")."""
    text = strip_bullet(block.text)
    if item.source is not None:
        return text == item.source or bool(_SPONSORED.fullmatch(text))
    if last not in (Part.TITLE, Part.AGE) or nxt is Part.SHORT:
        return False
    if nxt is Part.TITLE and not block.bullet and last is Part.AGE:
        return False  # the next teaser's kicker ("AUTO NEWS"), not this one's source
    return block.bullet or last is Part.AGE or nxt is Part.AGE or bool(_SPONSORED.fullmatch(text))
