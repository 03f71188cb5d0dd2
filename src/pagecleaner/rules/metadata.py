"""Metadata rules: lines that carry the article's source, date, byline, credit and title.

They take the line out of the body (kind ``metadata``) and hand the value to
assembly through the verdict's ``data``; glued tokens such as
"Yahoo30-06-2025" are split here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime
from itertools import chain, pairwise
from typing import ClassVar

import regex

from ..blocks import Block
from ..dates import AGE_WORDS, MONTHS, DateOrder, find_age, find_date, fold, month_day
from ..markup import strip_site, strip_source
from ..models import Kind, PageType
from ..teasers import COUNTER, is_control
from . import wordings as W
from .base import Label, MetaValue, Page, PageText, Rule, Stage, Verdict, linear
from .boilerplate import POST_FURNITURE
from .quality import TooLittle, line_words, slug_words

_SOURCE_DATE = regex.compile(
    r"^(?P<source>\p{L}[\p{L}\p{N} .&'’-]{0,40}?)\s*[-|·•,]?\s*(?P<date>\d{1,2}([./-])\d{1,2}\3\d{4})$"
)
_CREDIT = regex.compile(
    r"^(?i:(?:image |photo |picture )?credits?|photo(?:graph)?s?|image|picture|illustration|foto|fonte"
    # The photo-credit labels of other languages: "Bild: dpa", "Crédit photo : AFP", "Фото: ТАСС".
    r"|fotos|bild|crédits?(?: photo)?|imagen|immagine|фото|zdjęcie|fot\.|fotoğraf|ảnh|写真|图片|圖片)"
    r"\s*[:：]\s*(?P<credit>\S.{0,100})$"
)
# What opens an author line: "By", or the role the name played ("Written by", "Reviewed by",
# "Escrito por", "Geschrieben von"), or a label ("Autor:"); a colon may follow ("By: Jane Doe").
# Not "Medically reviewed by": health sites print it on every card of their related lists, and
# there it ends the teaser reading (teasers on the 181 pages: 5 right lost, 5 wrong dropped).
_BYLINE_OPENING = (
    r"(?:(?:article\s+|expertly\s+)?"
    r"(?:written|reviewed|edited|posted|authored|fact[- ]?checked|researched|reported|compiled|curated)\s+by"
    r"|(?:words|story|article|text)\s+by"
    r"|geschrieben\s+von|verfasst\s+von|escrito\s+por|publicado\s+por|revisado\s+por|redactado\s+por"
    r"|écrit\s+par|rédigé\s+par|publié\s+par|scritto\s+da|pubblicato\s+da|a\s+cura\s+di"
    r"|geschreven\s+door|geplaatst\s+door|napisane\s+przez|ditulis\s+oleh"
    r"|by|por|di|oleh|von|par|door|autor|автор)"
)
_BYLINE_NAME = (
    r"(?P<byline>\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*"
    r"|and|&|de|da|del|van|von|der|di|la|le|bin|al-\p{L}+),?)*)"
)
_BYLINE = regex.compile(
    rf"^(?i:{_BYLINE_OPENING})(?:\s*[:：]\s*|\s+){_BYLINE_NAME}"
    r"(?:\s*(?:[|,–—-]|\bfor\b|\bin\b|\bon\b|(?i:updated|published|posted)\b)\s*.{0,80})?$"
)
_BYLINE_LABEL = regex.compile(rf"^(?i:{_BYLINE_OPENING})\s*[:：]?$")
"""The opening alone, its name printed on the next line ("Written by" / "Jane Doe")."""
_NAME_LINE = regex.compile(rf"^{_BYLINE_NAME}(?:\s*[|,–—-]\s*.{{0,60}})?$")
"""The name under a byline's label, with a title or a date after it ("Jane Doe, Ph.D.")."""
_NOT_AUTHORS = ("review", "edit", "check", "revisad")
"""Roles beside the author's ("Reviewed by", "Edited by", "Fact checked by"): the line is metadata,
its name not the article's byline."""
_DATED_BYLINE = regex.compile(
    rf"^(?:\s+(?:\p{{Lu}}{{2,4}}|\(\p{{L}}{{3,9}}\.?\)))*\s*(?:[|·•,–—-]\s*)?(?i:by)\s*[:：]?\s*"
    rf"(?:{_BYLINE_NAME}|(?P<handle>@?[\p{{L}}\p{{N}}_][\p{{L}}\p{{N}}_.-]{{1,30}}))"
    r"(?:\s*(?:[|,–—-]|\b(?i:in)\b)\s*.{0,80})?$"
)
"""A date line's author after its date ("Posted on July 1, 2024 by infuy", "Mar 5, 2026 15:47 UTC (Thu)
by corbet", "11/19/2025 | By Jane Doe"), matched on the line after the date with its clock times blanked."""
_NOT_DATED_AUTHORS = (*_NOT_AUTHORS, "modif")
"""Who changed a page ("Edited October 30, 2025 by …", "last modified on … by MDN contributors") did not write it."""
_AUTHOR_AFTER = regex.compile(rf"[|•·–—-]\s*(?i:written\s+by|by)\s*[:：]?\s*{_BYLINE_NAME}")
"""The author's name printed after a reviewer's on one line ("Reviewed by Kim Doe — Written by Jane Doe")."""
_BIO_MIN_WORDS = 12
"""A paragraph this long opening with the byline's name is the author's biography."""
_CLOCK_END = ("a.m.", "p.m.")
_WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
"""A weekday the byline's pattern (capitalised words) reads as a name before the date it opens."""


# Cheap necessary conditions checked before the patterns above: each is implied by a match,
# so they change no verdict and turn most blocks away without a regex.
_YEAR = regex.compile(r"\d{4}")
_BYLINE_FIRST = ("b", "p", "d", "o", "v", "a", "а", "w", "r", "e", "f", "c", "m", "s", "ſ", "t", "g", "é", "n")
"""What ``_BYLINE`` can start with, lower-cased (no other character folds to these)."""
_BYLINE_WORDS = (
    "article", "expertly", "written", "reviewed", "edited", "posted", "authored", "fact", "researched",
    "reported", "compiled", "curated", "words", "story", "text", "geschrieben", "verfasst", "escrito",
    "publicado", "revisado", "redactado", "écrit", "rédigé", "publié", "scritto", "pubblicato", "geschreven",
    "geplaatst", "napisane", "ditulis", "by", "por", "di", "oleh", "von", "par", "door", "autor", "автор",
)  # fmt: skip
"""The first word of each of ``_BYLINE_OPENING``'s wordings but "a cura di", lower-cased: what a
block's lower-cased text opens with where ``_BYLINE`` or ``_BYLINE_LABEL`` matches (unless it holds
one of ``FOLD_TRAPS``, "ſtory by")."""
_AGENCY_NAMES = (
    "Getty", "AP", "AFP", "Reuters", "PA", "Bloomberg", "Shutterstock", "iStock", "Alamy", "Corbis", "NurPhoto",
    "Xinhua", "Contributor",
)  # fmt: skip
"""Every ``_AGENCY_CREDIT`` match holds one of these ("EPA" holds "PA")."""
_AGENCY_NEEDLES = tuple(name.lower() for name in _AGENCY_NAMES)


def _may_end_in_digit(text: str) -> bool:
    # ``$`` also matches before a final newline; a non-ASCII last character may be a digit.
    last = text[-2:-1] if text.endswith("\n") else text[-1:]
    return not last.isascii() or last.isdigit()


class SourceDate(Rule):
    """A publisher name with a date, often glued by an image alt text: "Yahoo30-06-2025"."""

    id = "metadata.source-date"
    examples = ("Yahoo30-06-2025", "Reuters 12/03/2024")
    counter_examples = ("The deadline is 30-06-2025 for all applications to the fund.",)
    kind = Kind.METADATA

    def match(self, page: Page, i: int) -> Verdict | None:
        block = page.blocks[i]
        if block.words > 6 or not _may_end_in_digit(block.text):
            return None
        m = page.search(_SOURCE_DATE, block.text, self.id)
        if m is None:
            return None
        found = find_date(m["date"], page.settings.date_order)
        if found is None:
            return None
        if found.ambiguous:
            page.warnings.append(
                f"line {block.start_line}: ambiguous date {m['date']!r} read as {page.settings.date_order}"
            )
        data = {"source": m["source"].strip(), "published": found.value}
        return self.verdict(f"source {m['source'].strip()!r} and date {m['date']!r}", data=data)

    def _candidates(self, text: PageText) -> set[int] | None:
        return {i for i, b in enumerate(text.blocks) if b.words <= 6 and _may_end_in_digit(b.text)}


_GALLERY_LABELS = ("photos", "fotos")
_NAME_JOINS = frozenset(("and", "und", "y", "et", "e", "via", "by", "de", "van", "von", "for", "/", "|", "&"))


def _gallery_title(text: str, credit: str) -> bool:
    """A gallery's headline under the label of its photos ("Photos: Crossgates Mall through the
    years"), not a credit: a credit names people and agencies, a headline runs on in lower case."""
    if not text[:6].lower().startswith(_GALLERY_LABELS):
        return False
    words = credit.split()
    return len(words) >= 4 and any(w[:1].islower() and w not in _NAME_JOINS for w in words)


class Credit(Rule):
    """An image credit line: "Credit: Reuters", "Photo: Jane Doe / AP"."""

    id = "metadata.credit"
    examples = (
        "Credit: Reuters",
        "Photo: Jane Doe / AP",
        "Bild: dpa",
        "Crédit photo : AFP",
        "Фото: ТАСС",
        "图片：新华社",
    )
    counter_examples = (
        "The credit: a story of debt and the people who lend it to us all, reviewed.",
        "Photos: Crossgates Mall through the years",
        "Bilder aus dem Archiv zeigen: Die Brücke stand schon 1890.",
    )
    kind = Kind.METADATA
    phrases = (":", "：")

    def match(self, page: Page, i: int) -> Verdict | None:
        block = page.blocks[i]
        if block.words > 16 or (":" not in block.text and "：" not in block.text):
            return None
        m = page.search(_CREDIT, block.text, self.id)
        if m is None or _gallery_title(block.text, m["credit"]):
            return None
        return self.verdict("image credit", data={"credit": m["credit"].strip()})

    def _candidates(self, text: PageText) -> set[int] | None:
        return text.containing(self.phrases, 16)


# A caption's credit closes it: "(Image: GETTY )", "…a rabbitCredit: Getty", "(AP Photo/Hau Dinh)".
_CAPTION_TAIL = regex.compile(
    r"(?:\((?i:image|photo|picture|foto|credit|source)s?\s?:[^()]{1,60}\)"
    r"|(?:Credit|Photo|Image|Picture|Foto|Fonte|Source)s?\s?:\s?[^.:]{1,60}"
    r"|\((?:[^()]{0,40}[/,|]\s?)?(?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg|Shutterstock|iStock)(?: Photo)?[^()]{0,40}\))"
    r"\W{0,2}$"
)
# News-agency captions open with their own label: "FILE - In this Oct. 13, 2017, file photo, …".
# Getty Images captions open with place and date in capitals: "WASHINGTON, DC - NOVEMBER 19: …".
_CAPTION_HEAD = regex.compile(
    r"^(?:FILE\s?[-–—]\s|In this (?:[\w.,]+\s){0,6}(?:file )?photo\b"
    r"|\p{Lu}[\p{Lu} .,'’]{1,50} - (?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER"
    r"|NOVEMBER|DECEMBER) \d{1,2}(?:, \d{4})?: )"
)


def _opens_like_caption(text: str) -> bool:
    """A cheap necessary condition for ``_CAPTION_HEAD``."""
    return text.startswith(("FILE", "In this")) or (text[:2].isupper() and " - " in text[:60])


# A bare credit line under a photo: "Kathrin Ziegler/Getty", "Natalie Naccache | Bloomberg | Getty Images".
_AGENCY_CREDIT = regex.compile(
    r"(?:^|[/|,]\s?|\bvia\s)(?:Getty(?: Images)?|AP(?: Photo)?|AFP|Reuters|EPA(?:-EFE)?|Bloomberg|Shutterstock"
    r"|iStock(?:photo)?|Alamy|PA (?:Images|Wire|Media)|Corbis|NurPhoto|Xinhua|Contributor)\s?$"
    # A bare "PA" only after a slash or bar: after a comma it is the state ("Allentown, PA").
    r"|(?:^|[/|]\s?|\bvia\s)PA\s?$"
)


class AgencyCredit(Rule):
    """A bare photo credit naming an agency: "Kathrin Ziegler/Getty", "Natalie Naccache | Bloomberg | Getty Images"."""

    id = "caption.agency-credit"
    kind = Kind.CAPTION
    examples = ("Kathrin Ziegler/Getty", "Natalie Naccache | Bloomberg | Getty Images", "Hau Dinh, AP")
    counter_examples = ("The pictures were sold to Getty.", "June 26 -- PPL Center, Allentown, PA")
    max_words = 8
    phrases = _AGENCY_NEEDLES

    def match(self, page: Page, i: int) -> Verdict | None:
        block = page.blocks[i]
        if block.words > self.max_words or block.terminal:
            return None
        text = block.text
        for name in _AGENCY_NAMES:
            if name in text:
                break
        else:
            return None
        if page.search(_AGENCY_CREDIT, block.text, self.id) is None:
            return None
        return self.verdict("photo credit")

    def _candidates(self, text: PageText) -> set[int] | None:
        # Lower-cased names find more blocks than the names do ("ap" in "apple"): ``match`` decides.
        found = text.containing(self.phrases, self.max_words)
        return None if found is None else {i for i in found if not text.blocks[i].terminal}


class CaptionAboveCredit(Rule):
    """The caption printed just above a photo credit ("Sheikh Mohammed … at the Dubai Airshow." /
    "Natalie Naccache | Bloomberg | Getty Images"): short prose right before a credit line.

    Text only: in HTML the markup names the captions (``<figcaption>``, "caption" classes) and the
    markup rules have cut them, so what is still kept above a credit is the article's own paragraph
    ("His first match in charge will be away to West Ham on Saturday." above an embedded photo)."""

    id = "caption.above-credit"
    kind = Kind.CAPTION
    stage = Stage.CONTEXT
    credit_rules = ("caption.agency-credit", "metadata.credit")
    max_words = 60

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.is_html:
            return
        for i in range(1, len(page.blocks)):
            v = page.verdicts[i]
            if v is None or v.rule not in self.credit_rules:
                continue
            prev = page.blocks[i - 1]
            if page.label(i - 1) is Label.CONTENT and prev.weight <= self.max_words:
                yield i - 1, self.verdict("caption above a photo credit")


class CaptionCredit(Rule):
    """A photo caption that ends in its credit: "China has warned … (Image: GETTY )"."""

    id = "caption.credit"
    kind = Kind.CAPTION
    examples = (
        "China has warned they will cease control of Hong Kong (Image: GETTY )",
        "The latest case of bubonic plague was reported after a hunter killed and ate a rabbitCredit: Getty - Contributor",
        "Protesters gather outside the court in Hanoi. (AP Photo/Hau Dinh)",
        "The front headlights of the new Ford Mustang Mach-E SUV. (Carlos Osorio / AP)",
        "FILE - In this Oct. 13, 2017, file photo, Julia Roberts attends the 2017 amfAR Inspiration Gala.",
        "In this photo issued by ITV, Jeremy Corbyn reacts during the election head-to-head debate live on TV "
        "from Media City in Salford, England, Tuesday Nov. 19, 2019, ahead of the General Election on Dec. 12. "
        "The two men are vying to lead the country after the vote, and both were questioned about Brexit, "
        "the health service and trust in politics by a studio audience. (Jonathan Hordle/ITV via AP)",
        "WASHINGTON, DC - NOVEMBER 19: Jennifer Williams, adviser to Vice President Mike Pence, testifies before "
        "the House Intelligence Committee in the Longworth House Office Building on Capitol Hill",
    )
    counter_examples = ("The company said it would publish the source code, according to Reuters.",)

    def match(self, page: Page, i: int) -> Verdict | None:
        block = page.blocks[i]
        # Only the tail can hold the credit; searching just it keeps the rule cheap on long blocks.
        if block.words > 90:
            return None
        head = page.search(_CAPTION_HEAD, block.text[:80], self.id) if _opens_like_caption(block.text) else None
        if block.words > 60:
            return self.verdict("agency photo caption") if head else None
        tail = (block.text.endswith(")") or ":" in block.text[-70:]) and page.search(
            _CAPTION_TAIL, block.text[-90:], self.id
        )
        if head is None and not tail:
            return None
        if head is None and _gallery_title(block.text, block.text.partition(":")[2]):
            return None  # "Photos: Crossgates Mall through the years": a gallery's headline
        return self.verdict("caption ending in its credit")

    def _candidates(self, text: PageText) -> set[int] | None:
        # ``match``'s own early exits, page-wide: the head opens the block, or the tail may hold a credit.
        return {
            i
            for i, b in enumerate(text.blocks)
            if b.words <= 90
            and (_opens_like_caption(b.text) or (b.words <= 60 and (b.text.endswith(")") or ":" in b.text[-70:])))
        }


class Byline(Rule):
    """An author line: "By Jane Doe", "By JANE DOE | Special to the Post", "By Jane Doe on Monday, …",
    "Written by: Jane Doe", "Escrito por María López"; or its label over the name ("Written by" /
    "Jane Doe"), both lines. A reviewer's or editor's line leaves the body without naming the author."""

    id = "metadata.byline"
    examples = (
        "By Jane Doe",
        "By: Jane Doe",
        "Written by Jane Doe",
        "Reviewed by Kim Doe, RDN — Written by Jane Doe — Updated on March 7, 2025",
        "Fact Checked by: Hilary Snow",
        "Posted by Peter Bell on August 21, 2019",
        "Written by: Jane Doe, Senior Analyst",
        "Escrito por María López",
        "Geschrieben von Hans Müller",
        "By JANE DOE | Special to the Post",
        "By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.",
        "Door Jan de Vries",
        "Autor: Jan Kowalski",
        "By Al Root Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET",
    )
    counter_examples = (
        "By the end of the year, prices had doubled across the region.",
        "Door de regen werd de wedstrijd afgelast.",
        "Reviewed by our team every year.",
        "Written by hand",
    )
    kind = Kind.METADATA

    def match(self, page: Page, i: int) -> Verdict | None:
        found = self._read(page, i)
        if found is None:
            return None
        reason, m, after, opening = found
        if _heads_a_bio(page, after, m["byline"]):
            return None
        if page.page_type is PageType.LISTING and self._another_near(page, i):
            return None  # one of the listed items' bylines: the items are the listing's content
        return self.verdict(reason, data=None if opening is None else _byline_data(page, opening, m))

    def _another_near(self, page: Page, i: int) -> bool:
        """Whether a block within :data:`_ITEM_BYLINES_NEAR` blocks of ``i`` reads as another byline,
        worded otherwise ("By Clare Duffy, CNN" / "By Chris Isidore, CNN" under two listed stories): a
        listing's items each print their own, where a page's own byline is one, printed once or twice
        the same. The window keeps the search linear in the page's length."""
        blocks, text = page.blocks, page.blocks[i].text
        for j in range(max(0, i - _ITEM_BYLINES_NEAR), min(len(blocks), i + _ITEM_BYLINES_NEAR + 1)):
            other = blocks[j]
            if j == i or other.text == text or not _byline_shaped(other):
                continue
            if other.text[:1].lower() in _BYLINE_FIRST and page.search(_BYLINE, other.text, self.id) is not None:
                return True
        return False

    def _read(self, page: Page, i: int) -> tuple[str, regex.Match[str], int, str | None] | None:
        """How block ``i`` reads as a byline: the reason, the name's match, the index of the block
        after the name (an author box's biography would open there) and the opening before the
        name that ``_byline_data`` reads its role and date from (None for the name under a label,
        whose label block carries the data)."""
        block = page.blocks[i]
        if not _byline_shaped(block):
            return None
        if block.text[:1].lower() in _BYLINE_FIRST:
            m = page.search(_BYLINE, block.text, self.id)
            if m is not None:
                return "byline", m, i + 1, block.text[: m.start("byline")]
            if _bare_label(page, i) and (m := _name_below(page, i)) is not None:
                return "byline's label over its name", m, i + 2, block.text
        if i > 0 and _bare_label(page, i - 1) and (m := _name_below(page, i - 1)) is not None:
            return "name under a byline's label", m, i + 1, None
        return None

    def _candidates(self, text: PageText) -> set[int] | None:
        # Every verdict needs an opening on block i or on the block above (its bare label): a
        # block that opens with none of its wordings' first words is never asked. On a page
        # holding a fold trap the lower-cased texts may hide one: the first letter screens alone.
        blocks = text.blocks
        if text.folds_oddly:
            found = {i for i, b in enumerate(blocks) if _byline_shaped(b) and b.text[:1].lower() in _BYLINE_FIRST}
        else:
            found = {i for i, low in enumerate(text.pieces) if _opens_byline(low) and _byline_shaped(blocks[i])}
        return found | {i + 1 for i in found if i + 1 < len(blocks)}


_ITEM_BYLINES_NEAR = 60
"""How many blocks either side of a listing's byline ``Byline._another_near`` looks for another."""


def _opens_byline(low: str) -> bool:
    """Whether a lower-cased text may open with ``_BYLINE_OPENING`` (a necessary condition: "a\\s+cura di" opens with "a" and a space)."""
    return low.startswith(_BYLINE_WORDS) or (low[:1] == "a" and low[1:2].isspace())


def _heads_a_bio(page: Page, j: int, name: str) -> bool:
    """The author box's heading at the article's end, not its byline: the author's biography
    follows, opening with the name ("Written by Jane Doe" / "Jane Doe is the managing editor …")."""
    if j >= len(page.blocks) or page.blocks[j].words < _BIO_MIN_WORDS:
        return False
    first = name.split(maxsplit=1)[0]
    return page.blocks[j].text.split(maxsplit=1)[0].lower() == first.lower()


def _bare_label(page: Page, i: int) -> bool:
    """A byline's opening alone on its line, printed once or twice (an author box may repeat it):
    a label repeated down the page heads a list's items ("Reported by:" / "Research Team")."""
    block = page.blocks[i]
    return (
        block.words <= 4
        and block.repeats <= 2
        and block.text[:1].lower() in _BYLINE_FIRST
        and page.search(_BYLINE_LABEL, block.text, Byline.id) is not None
    )


def _name_below(page: Page, i: int) -> regex.Match[str] | None:
    """The name printed on the line after block ``i`` ("Jane Doe", "Jane Doe, Ph.D.")."""
    if i + 1 >= len(page.blocks):
        return None
    below = page.blocks[i + 1]
    if below.words > 8 or not _byline_shaped(below):
        return None
    return page.search(_NAME_LINE, below.text, Byline.id)


def _byline_data(page: Page, opening: str, m: regex.Match[str]) -> dict[str, MetaValue]:
    """The name and the date a byline prints; the name of a reviewer or an editor is not the byline."""
    text = m.string
    name = _without_title(m["byline"].strip().rstrip(","))
    data: dict[str, MetaValue] = {}
    # "By Jane Doe, Wednesday, 20 November 2019 08:05 GMT", "By Jane Doe - 2019-04-10": the
    # article's date printed on its byline (every date form holds a four-digit year).
    tail = text[m.end("byline") :]
    if page.search(_YEAR, tail, Byline.id):
        found = find_date(tail, page.settings.date_order)
    else:  # "By Jane Doe | 11/19/24", "By Jane Doe, Updated Nov 19, 6:55 AM" (with a reference time)
        found = find_date(tail, page.settings.date_order, short_years=True)
        now = page.settings.reference_time
        if found is None and now is not None:
            found = month_day(tail, now)
    if found is not None:
        data["published"] = found.value
        head, _, last = name.rpartition(" ")
        if head and last.lower() in _WEEKDAYS:  # "Jane Doe, Wednesday": the date's weekday
            name = head.rstrip(",")
    if not any(role in opening.lower() for role in _NOT_AUTHORS):
        data["byline"] = name
    elif (author := page.search(_AUTHOR_AFTER, tail, Byline.id)) is not None:
        # "Reviewed by Kim Doe, RDN — Written by Jane Doe — Updated on …": the author after the reviewer.
        data["byline"] = _without_title(author["byline"].strip().rstrip(","))
    return data


_TITLE_WORDS = frozenset((
    "analyst", "editor", "writer", "reporter", "contributor", "correspondent", "columnist", "officer",
    "director", "manager", "attorney", "author", "producer", "staff", "senior", "chief", "head", "founder",
    "president", "specialist", "expert", "journalist", "ceo", "cto", "cfo", "cpa", "ea", "md", "rd", "rdn",
    "phd", "ph.d.", "ph.d", "mba", "jd", "msc", "ms", "ma", "rn", "np", "dds", "cfp", "cfa", "lcsw", "psyd",
))  # fmt: skip
"""Words of a title or a degree printed after an author's name and a comma ("Sean Peek, Senior Analyst")."""


def _without_title(name: str) -> str:
    """The name without the title or degree after its comma: "Jane Doe, Ph.D." → "Jane Doe",
    "Sean Peek, Senior Analyst" → "Sean Peek"; "Jane Doe, John Roe" (two authors) is kept."""
    head, comma, tail = name.partition(",")
    if comma and head.strip() and any(w.lower() in _TITLE_WORDS for w in tail.split()):
        return head.strip()
    return name


def _byline_shaped(block: Block) -> bool:
    """Short, and not a sentence ("… at 11:08 a.m." ends in a full stop without being one)."""
    sentence = block.terminal and not block.text.endswith(_CLOCK_END)
    return block.words <= 18 and not (sentence and block.words > 8)


_SIGNER = r"[—–-]\s?[^()\n]{1,80}\(@\w{1,30}\)"
_POST_DATE = r"(?:\p{L}{3,9}\.?\s\d{1,2},\s\d{4}|\d{1,2}\s\p{L}{3,9}\s\d{4})"
# The signer with its date, or alone (a renderer that breaks at every link puts the date on the
# next line); or Instagram's form.
_TWEET_SIGNATURE = regex.compile(
    rf"^{_SIGNER}(?:\s(?:on\s)?{_POST_DATE})?$|^A post shared by [^()\n]{{1,80}}\(@[\w.]{{1,30}}\) on [^\n]{{5,40}}$"
)
_BARE_SIGNATURE = regex.compile(rf"^{_SIGNER}$")
_BARE_DATE = regex.compile(rf"^{_POST_DATE}$")


class TweetSignature(Rule):
    """The signature line of a post embedded in an article, "— The Nigerian Senate (@NGRSenate)
    October 9, 2018", "A post shared by Jane Doe (@jane.doe) on Nov 19, 2019 at 4:36pm PST" (or
    the signature and, on the next line, its date): the embed is quoted as part of the story, so
    the line and the post above it stay (a date line would otherwise take it for the page's
    metadata and cut the article there)."""

    id = "embed.post-signature"
    examples = (
        "— The Nigerian Senate (@NGRSenate) October 9, 2018",
        "— Jane Doe (@janedoe) 9 October 2018",
        "A post shared by Jane Doe (@jane.doe) on Nov 19, 2019 at 4:36pm PST",
        "— The Nigerian Senate (@NGRSenate)",
    )
    counter_examples = ("Published October 9, 2018",)
    kind = Kind.OTHER
    phrases = ("(@",)

    def match(self, page: Page, i: int) -> Verdict | None:
        block = page.blocks[i]
        if block.words > 20:
            return None
        if "(@" in block.text:
            if page.search(_TWEET_SIGNATURE, block.text, self.id):
                return self.verdict("signature of an embedded post", label=Label.CONTENT)
            return None
        before = page.blocks[i - 1].text if i > 0 else ""
        if (
            "(@" in before
            and page.search(_BARE_DATE, block.text, self.id)
            and page.search(_BARE_SIGNATURE, before, self.id)
        ):
            return self.verdict("date of an embedded post's signature", label=Label.CONTENT)
        return None

    def _candidates(self, text: PageText) -> set[int] | None:
        found = text.containing(self.phrases, None)
        if found is None:
            return None
        # A signature's own line, or the date line right after it.
        return {j for i in found for j in (i, i + 1) if j < len(text.blocks) and text.blocks[j].words <= 20}


_FIELD_SEPARATORS = frozenset(("|", "·", "•", "-", "–", "—", "/"))
_RANGE_JOINS = frozenset(("-", "–", "—", "to", "until", "till", "bis", "au", "al", "a", "hasta", "до", "~", "〜"))
_CLOCK = regex.compile(r"(?i)(?:\bat\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?")


_TIME_OF_DAY = regex.compile(r"(?i)(?<![\d.,])\d{1,2}(?::\d{2}|[.h]\d{2}\s?[ap]\.?m\b|h\d{2})(?!\d|[.,]\d)")
"""A clock time as date lines print it ("6:55 AM", "06h55", "8.21 a.m."), not the "2.24" of a version."""
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
"""Characters a headline carries without showing them: soft hyphens ("Assis\u00adtance"), zero-width spaces and joiners."""
_CRUMB_STEPS = (" / ", " > ", " » ", " › ")


_SERIES_TERMS = 2
"""A tail after a headline that repeats this many of its words (of four letters or more) is the name
of the series or guide the page belongs to, kept in the title (:func:`_title_text`)."""


def _dated_tail(tail: list[str]) -> bool:
    """The words after a headline's dash are a month and a year, or a year alone ("- March 2026",
    "| Jan. 2025", "– 2026"): the edition of a guide or a ranking, which a site's name never is, so
    the tail stays in the title (:func:`_title_text`). "- Best of 2026" or "| Acme 2026" hold other
    words and are read as before."""
    words = [w.strip(".,()[]") for w in tail[1:]]  # tail[0] is the separator
    if not words or len(words) > 2 or not _closing_year(words[-1]):
        return False
    return all(fold(w) in MONTHS for w in words[:-1])


def _title_text(line: str) -> str:
    """The title as readers see it: without the invisible characters of the line, where the
    line is a trail of links ("Home / Outdoor Gear"), its last step, the page's own name (a trail
    is weighed as noise, but it can still be the best line a page has), and without a site or
    section suffix printed after it ("Retirement income calculator | Vanguard", "Hybrid Quantum
    And Classical Computing - Programming - Nairaland"), cut as the HTML's ``<title>`` is
    (``markup.strip_site``) where the tail is set as a name; a heading's permalink mark at its end
    ("Quickstart¶", as documentation generators print it) is no part of it."""
    line = line.translate(_INVISIBLE)
    if line.endswith("¶"):
        # A heading the page marks as one (:func:`_marked`) is printed as the page names itself, with
        # no site's name after it: "Tutorial - User Guide¶" keeps its tail.
        return line[:-1].rstrip()
    for step in _CRUMB_STEPS:
        if step in line:
            *above, last = (part.strip() for part in line.split(step))
            # A trail's steps above the page are a word or two each ("Home", "Outdoor Gear");
            # "21+ Best Movers / Moving Companies in San Francisco" is a headline with a slash.
            if any(c.isalpha() for c in last) and all(0 < len(part.split()) <= 2 for part in above):
                line = last
            break
    line = strip_source(line)  # "… Guarantee Jobs (latimes.com) 87": a site of links' source and score
    head = strip_site(line)
    # Printed on the page (not in a ``<title>``), a tail is cut only when it reads as a name: each
    # of its words capitalised ("Bubonic plague: … as panic begins – ‘The plague is coming’" keeps it).
    tail = line[len(head) :].split()
    if len(_terms(head) & _terms(" ".join(tail))) >= _SERIES_TERMS:
        return line  # "Real Estate Investing for Beginners - Real Estate 101": a series' name, not the site's
    if _dated_tail(tail):
        return line  # "The Best Cheap Wireless Earbuds under $50 - March 2026": the guide's edition, not a site
    return head if all(w[:1].isupper() or not any(c.isalpha() for c in w) for w in tail[1:]) else line


_DATE_LABEL_WORDS = (
    "by", "published", "updated", "posted", "modified", "reviewed", "publié", "publicado", "pubblicato",
    "veröffentlicht", "aktualisiert", "mis à jour", "actualizado", "atualizado", "aggiornato",
)  # fmt: skip
"""What every ``_DATE_LABEL`` match holds, lower-cased."""
_DATE_LABEL = regex.compile(
    r"(?:^|\s|\)|(?<=\p{Ll})(?=\p{Lu}))(?i:by|published|updated|posted|modified|reviewed|publié|publicado|pubblicato|veröffentlicht|aktualisiert"
    r"|mis à jour|actualizado|atualizado|aggiornato)(?:\s|:|$)"
)


_DEADLINE_WORDS = frozenset(
    ("by", "through", "thru", "until", "till", "before", "bis", "avant", "jusqu'au", "hasta", "até", "entro")
)
"""A word right before a date that makes it a deadline or the end of a term ("BOOK: By Dec 31, 2025",
"TRAVEL: Through May 31, 2026"), which a publication date never follows."""
_DEADLINE_LABEL = regex.compile(r"(?i)\b(?:deadline|frist|date limite|fecha l[ií]mite|prazo)\b")
"""A label that makes the date on its line a deadline ("Deadline to apply: March 1st, 2026")."""


def _deadline(text: str, start: int) -> bool:
    """The date at ``start`` of ``text`` is a deadline, not the day the page was published: the word
    right before it is "by", "through", "until" or one of their kind (``_DEADLINE_WORDS``), or the
    line names a deadline (``_DEADLINE_LABEL``). A service's offers print their terms so; a story's
    date line reads "Published June 30, 2025" or "Posted on July 1, 2024 by Jane Doe"."""
    before = text[:start].split()
    if before and before[-1].strip(":,").lower() in _DEADLINE_WORDS:
        return True
    return _DEADLINE_LABEL.search(text.translate(_INVISIBLE)) is not None


class Dateline(Rule):
    """A short line that is mostly a date: "Published June 30, 2025", "Nov 19, 2019, 10:31 pm CST".

    Clock times and a second date beside the date are not words of the line ("PUBLISHED: 10:48, Tue, Nov 19, 2019 |
    UPDATED: 11:05, …" is a date line); a line asking a question is a headline that names a date
    ("How to request the longer chain after 08/02/2024?"), never a date line. An author printed after
    the date ("Posted on July 1, 2024 by Jane Doe in News") is no word of the line and gives the
    byline (an editor's does not: "Edited October 30, 2025 by …").
    """

    id = "metadata.dateline"
    examples = (
        "Published June 30, 2025",
        "Nov 19, 2019, 10:31 pm CST",
        "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019",
        "Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.",
        "Updated 11/19/24 6:55 AM",
        "Veröffentlicht am 19.11.24",
        "Posted on July 1, 2024 by infuy",
        "Published March 3, 2024 by Jane Doe in Technology, Business, Science, Health News",
    )
    counter_examples = (
        "On June 30, 2025 the council voted to close the library, citing costs that had risen for a decade.",
        "How to request the longer chain after 08/02/2024?",
        "It opened on June 30, 2025. It closed a week later.",
        "Offer valid Dec. 17, 2025 - Jan. 7, 2026",
        "BOOK: By Dec 31, 2025",  # a deadline: the end of an offer's term, not a publication date
        "TRAVEL: Through May 31, 2026",
        "Deadline to apply: March 1st, 2026",
        "Updated to version 1.2.24 at 10:30",
        "Updated Nov 19, 6:55 AM",  # no year, and no reference time to infer it from
        "Final score 3/4/24",
        # A day read two ways ("03/01/2017") does not bring a long line in by the author after it.
        "03/01/2017 by Jane Doe, Candidate Representative to the Candidate Liaison Committee",
    )
    kind = Kind.METADATA

    def match(self, page: Page, i: int) -> Verdict | None:
        block = page.blocks[i]
        if block.words > 14 or block.text.endswith("?"):
            return None
        if page.search(_YEAR, block.text, self.id) is None:
            return self._short_form(page, block)  # every full date form has a four-digit year
        found = find_date(block.text, page.settings.date_order)
        if found is None or _deadline(block.text, found.start):
            return None
        rest = block.text[: found.start] + " " + block.text[found.end :]
        again = find_date(rest, page.settings.date_order)  # "Published …, Updated …" the same day
        if again is not None:
            if rest[found.start + 1 : again.start].strip().lower() in _RANGE_JOINS:
                return None  # "Offer valid Dec. 17, 2025 - Jan. 7, 2026": a span of days, not a date
            if again.value == found.value:  # the same day again; two days are an offer's or an event's
                rest = rest[: again.start] + " " + rest[again.end :]
        rest = _CLOCK.sub(" ", rest)
        data: dict[str, MetaValue] = {"published": found.value}
        # "Posted on July 1, 2024 by Jane Doe in News": the author after the date is no word of the line.
        # A day read one of two ways ("03/01/2017") is taken on such a line only where it was before.
        if again is None and (author := _dated_author(page, block.text, found.end)) is not None:
            name, written = author
            if not found.ambiguous or _words_beside(rest) <= 8:
                rest = block.text[: found.start]
            if written:
                data["byline"] = name
        # Words beside the date; clock times and the bars and dots between a date line's fields are not words.
        if _words_beside(rest) > 8:
            return None
        # The full stops of "Nov." and "a.m." count as sentence ends; a sentence beside the date does not go.
        if block.sentences > 1 and any(c in rest for c in ".!?"):
            return None
        return self.verdict("date line", data=data)

    def _short_form(self, page: Page, block: Block) -> Verdict | None:
        """A date line without a four-digit year: "Updated 11/19/24 6:55 AM" (a two-digit year)
        or, given ``Settings.reference_time``, "Updated Nov 19, 6:55 AM" (no year: the latest
        such day not after the reference time). Only a line that says it is a date line, by a
        label ("Updated", "Published", "Posted") or a clock time, and has little else: "May 5"
        or "3/4/24" elsewhere may be anything. Without a reference time a date without a year
        is not read (a wrong year is worse than none)."""
        text = block.text
        labelled = page.search(_DATE_LABEL, text, self.id) or page.search(_TIME_OF_DAY, text, self.id)
        if block.words > 10 or not labelled:
            return None
        found = find_date(text, page.settings.date_order, short_years=True)
        now = page.settings.reference_time
        if found is None and now is not None:
            found = month_day(text, now)
        if found is None or _deadline(text, found.start):
            return None
        rest = _CLOCK.sub(" ", text[: found.start] + " " + text[found.end :])
        words = sum(1 for w in rest.split() if w not in _FIELD_SEPARATORS)
        if words > 6 or (block.sentences > 1 and any(c in rest for c in ".!?")):
            return None
        if found.ambiguous:
            page.warnings.append(
                f"line {block.start_line}: ambiguous date {text[found.start : found.end]!r} read as "
                f"{page.settings.date_order}"
            )
        return self.verdict("date line", data={"published": found.value})

    def _candidates(self, text: PageText) -> set[int] | None:
        # Four digits in a row never span two blocks, and lower-casing leaves digits alone; a
        # date line without a year has a clock time or a label (``_short_form``).
        found: set[int] = set()
        for pattern in (_YEAR, _TIME_OF_DAY):
            hits = text.matching(pattern, 14)
            if hits is None:
                return None
            found |= hits
        labelled = text.containing(_DATE_LABEL_WORDS, 10)
        if labelled is None:
            return None
        pieces = text.pieces  # a date without a year still has its day's digits
        labelled = {i for i in labelled if any(c.isdigit() for c in pieces[i])}
        return {i for i in found | labelled if text.blocks[i].words <= 14}


def _words_beside(rest: str) -> int:
    return sum(1 for w in rest.split() if w not in _FIELD_SEPARATORS)


def _dated_author(page: Page, text: str, end: int) -> tuple[str, bool] | None:
    """The name printed after a line's date ("… July 1, 2024 by Jane Doe") and whether it names the
    author: not an editor's or a reviewer's ("Edited October 30, 2025 by …")."""
    after = _CLOCK.sub(" ", text[end:])
    if "by" not in after.lower():
        return None
    m = page.search(_DATED_BYLINE, after, Dateline.id)
    if m is None:
        return None
    name = (m["byline"] or m["handle"]).strip().rstrip(",")
    name = name.removesuffix(" In")  # "May 18, 2023 By Jane Doe In" (its category on the next line)
    return name, not any(role in text[:end].lower() for role in _NOT_DATED_AUTHORS)


class Age(Rule):
    """A short line that is only a relative age, as comment threads and teaser lists print under
    every name or headline: "2 days ago at 07:52 am", "Posted 3 hours ago", "5시간 전".

    One such line beside an article is harmless; many of them mark a list of posts (see
    ``quality.main-run``), so the line is claimed as metadata and costs the run that crosses it.
    """

    id = "metadata.age"
    examples = (
        "2 days ago at 07:52 am",
        "Posted 3 hours ago",
        "5시간 전",
        "vor 2 Stunden",
        "il y a 20 minutes",
        "hace 2 horas",
        "há 3 dias",
        "2 ore fa",
        "2 часа назад",
        "3 jam yang lalu",
        "2 uur geleden",
        "2 godziny temu",
        "2 saat önce",
        "2 giờ trước",
        "2時間前",
        "2小时前",
    )
    counter_examples = (
        "Two days ago the council voted to close the library.",
        "I moved here 3 years ago and never looked back.",
    )
    kind = Kind.METADATA
    max_words = 8
    phrases = AGE_WORDS
    max_other_words = 2
    """Words beside the age and a clock time ("Posted", "Updated", "|")."""

    def match(self, page: Page, i: int) -> Verdict | None:
        block = page.blocks[i]
        if block.words > self.max_words or block.terminal:
            return None
        found = find_age(block.text)
        if found is None:
            return None
        rest = block.text[: found.start()] + " " + block.text[found.end() :]
        rest = _CLOCK.sub(" ", rest)
        if sum(1 for w in rest.split() if any(c.isalnum() for c in w)) > self.max_other_words:
            return None
        return self.verdict("relative age line")

    def _candidates(self, text: PageText) -> set[int] | None:
        # Every age holds one of these words (its "ago"), found for the whole page at once.
        found = text.containing(self.phrases, self.max_words)
        return None if found is None else {i for i in found if not text.blocks[i].terminal}


_READ_TIME = regex.compile(
    r"^[·•|]?\s?(?:"
    r"(?:estimated\s)?reading\stime\s?[:≈~-]?\s?(?:about\s|approx\.?\s|ca\.\s)?\d{1,3}\s?min(?:ute)?s?\.?"
    r"|\d{1,3}\s?min(?:ute)?s?\.?\s(?:read|reading|to\sread)"
    r"|lesezeit\s?:?\s?(?:ca\.\s)?\d{1,3}\s?min(?:uten)?\.?|\d{1,3}\s?min(?:uten)?\.?\slesezeit"
    r"|temps\sde\slecture\s?:?\s?\d{1,3}\s?min(?:utes)?\.?|\d{1,3}\s?min(?:utes)?\.?\sde\slecture"
    r"|(?:tiempo\sde\s)?lectura\s?(?::|de)?\s?\d{1,3}\s?min(?:utos)?\.?|\d{1,3}\s?min(?:utos)?\.?\sde\slectura"
    r"|tempo\sde\sleitura\s?:?\s?\d{1,3}\s?min(?:utos)?\.?|\d{1,3}\s?min(?:utos)?\.?\sde\sleitura"
    r"|tempo\sdi\slettura\s?:?\s?\d{1,3}\s?min(?:uti)?\.?|\d{1,3}\s?min(?:uti)?\.?\sdi\slettura"
    r"|leestijd\s?:?\s?\d{1,3}\s?min(?:uten)?\.?|\d{1,3}\s?min(?:uten)?\.?\sleestijd"
    r")\s?$",
    regex.IGNORECASE,
)
"""A line that is only a reading time, in English and six other languages ("7 min read", "Reading
time: 2 minutes", "Lesezeit: 3 Min.", "5 min de lecture", "4 minuti di lettura")."""


class ReadTime(Rule):
    """A short line that is only the time a story takes to read: "7 min read", "5 minute read",
    "Reading time: 2 minutes", "Lesezeit: 3 Min.", as blogs (Medium, Ghost, dev.to's Forem, WordPress
    plugins) print under a headline and under every card of a list of posts.

    It says nothing the story says; no truth of the benchmarks keeps one, on articles or on the
    listings whose cards print it (a blog's front page keeps each card's title and tags, not its
    "3 min read"). A line that goes on after the reading time ("Reading time: 3 minutes Discover how
    …", a card's summary glued to it) is not matched, nor a recipe's "Prep time: 10 minutes".

    HTML and text alike: innerText prints the reading time as a line of its own as well (text85: fold
    0 innertext 3 articles up, none down; fold 1 3 pages up, 2 down, all 0.82391 → 0.82417).
    """

    id = "metadata.read-time"
    examples = (
        "7 min read",
        "10 Min Read",
        "5 minute read",
        "9 mins read",
        "Reading time: 2 minutes",
        "Reading Time ≈ 12 min.",
        "Lesezeit: 3 Min.",
        "5 min de lecture",
        "4 minuti di lettura",
        "Leestijd 4 minuten",
    )
    counter_examples = (
        "Prep time: 10 minutes",
        "Reading time: 3 minutes Discover how grants fund the schools' new laptops.",
        "Read the 7 minute guide to better sleep",
        "Ready in 30 min",
    )
    kind = Kind.METADATA
    max_words = 6
    phrases = ("min",)

    def match(self, page: Page, i: int) -> Verdict | None:
        block = page.blocks[i]
        if (
            block.words > self.max_words
            or page.search(_READ_TIME, block.text.strip(), self.id) is None
        ):
            return None
        return self.verdict("reading time line")

    def _candidates(self, text: PageText) -> set[int] | None:
        # Every reading time names its minutes ("min", "Min.", "minutes", "minuti").
        return text.containing(self.phrases, self.max_words)


def _unstopped(block: Block) -> bool:
    """Not ended like a sentence; a question is still a headline ("What is Cloud Computing?")."""
    return not block.terminal or (block.text.endswith("?") and block.sentences <= 1)


def _titled_sentence(block: Block) -> bool:
    """One sentence in title case, ended by a full stop or an exclamation mark: a headline still
    ("The Hottest Real Estate Markets in the U.S.", "Cheap Fixes Are the Best!"), where a
    sentence in the body's case ("I have been teaching myself to vibe code.") opens the article."""
    return block.sentences <= 1 and 3 <= block.words <= 15 and block.capital_ratio >= 0.6


def _exclaimed(block: Block) -> bool:
    """Ended by an exclamation or a question mark, in one or two sentences and none ended by a full
    stop: a headline that calls out ("7 most popular self-filing tax services, reviewed and ready for
    use!") or asks twice ("Would you ever consider a career in childcare? Why or why not?"), where a
    body's prose ends in full stops ("We tested them all. Here is our guide!")."""
    text = block.text.rstrip()
    return text.endswith(("!", "?")) and block.sentences <= 2 and ". " not in text


def _headline_like(page: Page, i: int) -> bool:
    b = page.blocks[i]
    if b.dom is not None and b.dom.tag in ("h1", "h2"):
        return True
    return 2 <= b.weight <= 30 and not (b.text.endswith(".") and b.sentences > 1) and b.chars <= 250


_TITLE_WORD = regex.compile(r"[\p{L}\p{N}]{4,}")
_ASCII_TITLE_WORD = re.compile(r"[A-Za-z0-9]{4,}")
"""``_TITLE_WORD`` on ASCII text, where a letter or number is one of these: the same matches, and the
standard library's engine finds them in about half the time (most lines are ASCII)."""
_CJK_CHAR = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# What a headline is not: a figure ("0 shares", "4.6 on 9,100+ reviews"), a counter or a control
# (``teasers.COUNTER`` and ``teasers.is_control``, the patterns that keep them out of teaser lists),
# a trail of links ("Home / Blog / Oklahoma", "| Resources | Blog"), a label ending in a colon, a byline,
# a category's link with its count of items ("Mirrorless Cameras (897)").
_FIGURE = regex.compile(r"^\W{0,3}\d[\d.,]*[kKmM+]?(?:\s+\S+){0,3}$")
_TRAIL = regex.compile(r"(?:\s[/|>»›]\s|^[|>»›]\s).{0,200}(?:\s[/|>»›]\s)|^[|>»›]\s")
_LABEL = regex.compile(r"^(?i:by|por|par|von|di|door|oleh|written by|fact checked by|reviewed by|posted by)\s|[:：]$")
_ITEM_COUNT = regex.compile(r"\s\((?!(?:1[89]|20)\d\d\))\d[\d,.]*\)$")
"""A category's link with its count of items after it ("Mirrorless Cameras (897)", "Digital SLR
Cameras (56)", "Fiction (1,204)"): a shop's or a listing's filter or menu entry, which the page's own
name is printed apart from. A year in brackets ("Best Moving Companies (2025)") is a guide's edition,
and a count with its word ("Best Books Ever (77141 books)", which assembly cuts) is not this shape."""


_TRAIL_STEPS = (" / ", " > ", " » ", " › ", " | ", " · ")
_NOT_A_WORD = re.compile(r"[^\w\s]+")


def _closing_year(text: str) -> bool:
    """The line closes with a year, in its last two words ("Best Portable Projectors For 2026",
    "Best EVs of 2026", "Project Discovery July 2024", "… as of 07/2024", "… Guide (2025)"): a guide,
    a review or a list is headed by the year it is for, where section names and menus print none.
    A year inside the line names a model or an event, as teasers' headlines do ("Boosted 2017
    Nissan Sentra SR Turbo launched", "Black Friday 2019: Grab …"), and does not count."""
    tail = _NOT_A_WORD.sub(" ", text).split()[-2:]
    return any(len(w) == 4 and w.isdecimal() and w[:2] in ("19", "20") for w in tail)


# Cheap necessary conditions of the patterns above, checked before them (a headline candidate is
# searched with up to five): a line that fails one cannot match its pattern, so no score changes.
_DIGIT = regex.compile(r"\d")
"""Every match of ``_FIGURE`` (within its first four characters), ``COUNTER`` and ``_CLOCK`` holds a digit."""
_TRAIL_MARKS = ("/", "|", ">", "»", "›")
"""Every ``_TRAIL`` match holds one of these."""
_LABEL_FIRST = "bpdvowfr"
"""What a ``_LABEL`` match at the line's start begins with, lower-cased (no other character folds to these)."""
_LABEL_ENDS = (":", "：", ":\n", "：\n")
"""How a line ``_LABEL`` matches at its end ends (``$`` also matches before a final newline)."""


def _may_be_label(text: str) -> bool:
    return text[:1].lower() in _LABEL_FIRST or text.endswith(_LABEL_ENDS)


def _marked(block: Block) -> bool:
    """A heading marked with its permalink ("Quickstart¶", "Working with forms¶"), as Sphinx and
    other documentation generators print every heading of a page."""
    return block.text.endswith("¶")


def _first_marked(page: Page, upto: int) -> int | None:
    """The page's first heading marked with its permalink (:func:`_marked`) at or above ``upto``
    (the body's start): the page's own heading, above the marked headings of its sections."""
    return next((i for i in range(min(upto + 1, len(page.blocks))) if _marked(page.blocks[i])), None)


def _printed_twice(blocks: Sequence[Block], j: int) -> bool:
    """The line is printed again right above or below it, a heading's permalink mark ("¶") aside:
    a page's name as the last step of its trail and as its heading ("Promise" / "Promise",
    "Personal Training" / "Personal Training"), where a section's name or a menu entry is printed once."""
    text = blocks[j].text.replace("¶", "").strip()
    if not text:
        return False
    return any(0 <= k < len(blocks) and blocks[k].text.replace("¶", "").strip() == text for k in (j - 1, j + 1))


def _trail_ends(blocks: Sequence[Block]) -> frozenset[str]:
    """The last step of each trail of links ("Home / Guides / Vegetable Gardening for Beginners"):
    a breadcrumb ends in the page's own headline, which a candidate line matching it is."""
    ends = set()
    for block in blocks:
        text = block.text
        for step in _TRAIL_STEPS:
            if step in text:
                ends.add(text.rsplit(step, 1)[1].strip())
    return frozenset(ends)


_CONTENTS_LABELS = frozenset(W.phrases(W.CONTENTS_HEADINGS))
"""The label of a table of contents, in several languages: the lines under it (to the next kept
line) are the article's section headings listed ahead of it, not its headline."""


def _under_contents(page: Page, upto: int) -> list[bool]:
    """For each block before ``upto``: whether a table of contents' label (:data:`_CONTENTS_LABELS`)
    stands above it with no kept line between. Text only: in HTML the markup rules have cut the
    contents' list with its ``<nav>`` or its links, and what is left under such a label is not one."""
    if page.is_html:
        return [False] * min(upto, len(page.blocks))
    out, under = [], False
    blocks, verdicts = page.blocks, page.verdicts
    for i in range(min(upto, len(blocks))):
        out.append(under)
        block = blocks[i]
        if (v := verdicts[i]) is not None and v.label is Label.CONTENT:
            under = False
        elif block.words <= 4 and block.text.rstrip(" :：").lower() in _CONTENTS_LABELS:
            under = True
    return out


_QUOTES_AND_DASHES = ("\u2019", "\u2018", "\u201c", "\u201d", "\u2014", "\u2013", "\u2026")
"""Curly quotes and apostrophes, dashes and the ellipsis (’ ‘ “ ” — – …): most English lines that
are not ASCII are so for these alone. None is a letter, a number or CJK, so a line whose other
characters are ASCII has the same terms with each of them read as a space (:func:`_terms`)."""


def _terms(text: str) -> set[str]:
    """What a headline shares with its article: words of four letters or more, or, in CJK
    text (no spaces between words), pairs of adjacent characters. A line that is ASCII but for
    :data:`_QUOTES_AND_DASHES` is read as ASCII with each of them a space (the same words: none
    is a letter or a number, so each ends a word as a space does); about a fifth of a text page's
    kept lines, which :data:`_TITLE_WORD` reads in about twice the time."""
    low = text.lower()
    if low.isascii():
        return set(_ASCII_TITLE_WORD.findall(low))
    plain = low
    for mark in _QUOTES_AND_DASHES:
        plain = plain.replace(mark, " ")
    if plain.isascii():
        return set(_ASCII_TITLE_WORD.findall(plain))
    if _CJK_CHAR.search(low):
        chars = _CJK_CHAR.findall(low)
        return {a + b for a, b in pairwise(chars)}
    return set(_TITLE_WORD.findall(low))


def _headline_line(block: Block, order: DateOrder) -> str:
    """The headline of a block read from text, where lines printed without a blank between them
    were glued into one block: "Web Design Trends to Expect in 2026" / "Jane Doe" / "Nov 20, 2025"
    is the headline, its byline and its date, and "Contact" / "Guide to Landscape Photography"
    a control and the headline. Of several lines, the one of most words is the headline (a tie
    goes to the first), leaving out a byline or a dated line with its label or clock time, which
    may run longer than the headline ("The Best Board Games of 2025" / "by Matt Miller on Dec 16,
    2025 at 11:00 AM"); a block of one line, or from HTML (one element), is taken whole."""
    if block.dom is not None or "\n" not in block.raw:
        return block.text
    lines = [line for line in (" ".join(line.split()) for line in block.raw.splitlines()) if line]
    heads = [line for line in lines if not _header_field(line, order)] or lines
    return max(heads, key=lambda line: len(line.split()), default=block.text)


def _header_field(line: str, order: DateOrder) -> bool:
    """A byline ("by Matt Miller on Dec 16, 2025") or a date line with its label or clock time
    ("Updated March 3, 2024", "Dec 16, 2025 at 11:00 AM"): printed under a headline, not one."""
    if line[:1].lower() in _BYLINE_FIRST and _BYLINE.match(line) is not None:
        return True
    if not _YEAR.search(line) or find_date(line, order) is None:
        return False
    return _DATE_LABEL.search(line) is not None or _CLOCK.search(line) is not None



def _names_a_date(page: Page, j: int) -> bool:
    """A headline that names a date, taken for a date line (or a source and its date): "Lemmy
    Development Update 2024-10-04",
    "Metasploit Wrap-Up 12/19/2025". Two or more words beside the date, and none of what a date
    line carries: a clock time, a weekday, a label ("Published", "Updated", "By"), a comma or bar
    before the date ("Allocating on the Stack, 27 February 2026" is a headline and its date)."""
    v = page.verdicts[j]
    if v is None or v.rule not in (Dateline.id, SourceDate.id):
        return False
    text = page.blocks[j].text
    found = find_date(text, page.settings.date_order)
    if found is None or _CLOCK.search(text) or _DATE_LABEL.search(text):
        return False
    if text[: found.start].rstrip().endswith((",", "|", "·", "•", "-", "–", "—", "/")):
        return False  # "Allocating on the Stack, 27 February 2026": a headline's own date line
    beside = [w for w in (text[: found.start] + " " + text[found.end :]).split() if any(c.isalpha() for c in w)]
    return len(beside) >= 2 and not any(w.strip(",.").lower() in _WEEKDAYS for w in beside)


_GLUED_BY = regex.compile(r"\s(?:by|By|BY)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*$|\s+[|·•]\s)")
"""A byline glued after its headline: "… by Jane Doe" at the line's end or before a field ("| SEO")."""
_GLUED_LABEL = regex.compile(r"(?i)\s(?:last\s+)?(?:updated|published|posted|modified)(?:\s+(?:on|at|am))?\s*$")
"""A date's label at the end of the headline printed before it ("… Last updated on")."""
_BY_NAME = regex.compile(r"(?:^|\s)(?:by|By|BY)\s+\p{Lu}")
"""A byline still inside what is left of the line: not a headline."""
_GLUED_FIELDS = regex.compile(r"(?i)^[\s|·•:–—-]*(?:by|von|par|por|door|di|oleh)\b|\s[|·•,]\s|\s,")
"""What a line after a date holds when it is not a headline: a byline's label, fields between bars or commas."""


def _head(glued: dict[int, tuple[str, date | datetime | None]], j: int) -> str | None:
    found = glued.get(j)
    return found[0] if found is not None else None


def _shape(block: Block, head: str | None) -> tuple[int, float, int]:
    """Words, share of capitalised words and weight of ``block``, or of the headline ``head`` read
    off it (:func:`_glued_headline`)."""
    if head is None:
        return block.words, block.capital_ratio, block.weight
    words = head.split()
    capitals = sum(1 for w in words if w[:1].isupper())
    return len(words), min(1.0, capitals / len(words)) if words else 0.0, len(words)


_SHOUTED = 0.9
"""The share of a line's cased letters in capitals above which it is set in capitals throughout
(``quality``'s shouted headline reads the same share)."""


def _shouted(block: Block, head: str | None) -> bool:
    """Set in capitals throughout (:data:`_SHOUTED`), ``block`` or the headline ``head`` read off it
    (:func:`_glued_headline`): not title case, though each word opens with a capital. A text rendering
    prints a style's capitals (CSS ``text-transform: uppercase``) as capitals, and sites set so their
    eyebrows, categories, labels and promotions, not their headlines ("MOBILE APP DEVELOPMENT" over "App
    Project Ideas for Beginners To Improve Mobile App Coding Skills", "FREE SHIPPING OVER $75 USD & EASY
    RETURNS", "ZENDESK FOR CUSTOMER SERVICE"); a headline printed in capitals and again in title case is
    the title-case copy ("GET FREE TAX HELP" / "Get Free Tax Help")."""
    if head is None:
        return block.upper_ratio > _SHOUTED
    cased = [c for c in head if c.lower() != c.upper()]
    return bool(cased) and sum(1 for c in cased if c.isupper()) / len(cased) > _SHOUTED


def _glued_headline(page: Page, j: int) -> tuple[str, date | datetime | None] | None:
    """The headline of a line that prints it together with its byline or date, as text renderings
    glue an article's header ("For Hire Livery Insurance June 26, 2018 by Alex Haley", "State of SEO
    in 2026: Trends and Predictions 16 December 2025 by Sam O'Brien", "… Stay Ahead by Jane Doe |
    SEO | 8 min Read", "… Last updated on March 12, 2026 comments 36", "Dec 18 2025 Preparing a
    transition in Debusine"); None where the line is not so glued. A headline that only names a
    date ("Lemmy Development Update 2024-10-04") keeps it: the date must follow a label, precede a
    byline, or open the line (and be followed by no byline nor fields); a byline without a date
    must be followed by another field ("Funded by Google Ventures" is a headline). The headline
    keeps four words or more (three may be a name); the date printed with it, if any, is returned
    beside it."""
    block = page.blocks[j]
    text = block.text
    # In HTML an element holds the headline alone: text renderings glue the header's lines.
    if block.dom is not None or block.words < 5 or block.words > 40 or "\n" in text:
        return None
    head: str | None = None
    found = find_date(text, page.settings.date_order) if _YEAR.search(text) else None
    if found is not None:
        before, after = text[: found.start], text[found.end :]
        if find_date(after, page.settings.date_order) is not None:
            return None  # two dates: a span, or a list of them
        if not before.strip():
            head = after  # "Dec 18 2025 Preparing a transition in Debusine"
            # Not a byline or a list of sections after the date ("February 1, 2019 | BY: Jane Doe",
            # "13/06/2014 Jane Doe All , Books , Reviews"): a headline, without fields.
            if _GLUED_FIELDS.search(after) is not None:
                return None
        else:
            label = _GLUED_LABEL.search(before)  # "… in Japan Last updated on March 12, 2026"
            rest = (before[: label.start()] if label is not None else before).rstrip(" ,|·•–—-")
            by = _GLUED_BY.search(rest)
            if by is not None and by.end() == len(rest):  # "… Debate by Jane Doe, March 12, 2026"
                head = rest[: by.start()]
            elif label is not None or _GLUED_BY.match(" " + after.lstrip(" ,|·•–—-")) is not None:
                head = rest  # "… Predictions 16 December 2025 by Sam O'Brien"
    elif " by " in text.lower():
        m = _GLUED_BY.search(text)
        if m is not None and m.end() < len(text):  # "… Stay Ahead by Jane Doe | SEO | 8 min Read"
            head = text[: m.start()]
    if head is None:
        return None
    head = head.strip(" |·•–—-,:")
    if len(head.split()) < 4 or not any(c.isalpha() for c in head) or _CLOCK.search(head):
        return None
    if _BY_NAME.search(head) is not None:  # "Medically reviewed by Kim Doe — Written by …": bylines all along
        return None
    return head, found.value if found is not None else None


_SAID_WORDS = 3
"""A line's title as it would be printed (:func:`_said`) is what agrees with the text when it keeps
this many words: "All Parts" of a glued "All Parts" / "Store" / "iPhone Parts" is too little to stand
for the line."""


_CUT_MARKS = frozenset("|-–—:·•»/>›¶\u00ad\u200b\u200c\u200d\u2060\ufeff")
"""What :func:`_title_text` cuts at or drops: a site's or a trail's separators, a permalink's mark and
the invisible characters; with a line ending in a bracket or a digit (a source's host and score), and a
block glued of several lines, the lines it may change (the others are their own title)."""


def _may_cut(block: Block) -> bool:
    """Whether the title the block gives may differ from its text (:data:`_CUT_MARKS`): most lines
    hold none of these, and skip the cut (read on every candidate of every page)."""
    text = block.text
    return "\n" in block.raw or text[-1:] in ")0123456789" or not _CUT_MARKS.isdisjoint(text)


def _said(block: Block, text: str, head: str | None, order: DateOrder) -> str:
    """The words of a candidate that are weighed against the text: the title the line would give
    (:func:`_title_text` of :func:`_headline_line`), not a site's name printed after it ("The Ultimate
    Car Maintenance Checklist | Bridgestone Tires": the site's words are not the article's, and thinned
    its agreement) nor the other lines of a block glued of several; the whole line where the title
    would keep fewer than ``_SAID_WORDS`` words, and a headline read off a byline or date line as it is."""
    if head is not None or not _may_cut(block):
        return text
    said = _title_text(_headline_line(block, order))
    return said if len(said.split()) >= _SAID_WORDS else text


def _agreement(terms: set[str], opening: Counter[str]) -> tuple[int, float]:
    """How many of a candidate's ``terms`` the ``opening`` (:meth:`Title._openings`) holds, and how often:
    the mean of each term's count there, capped at 3, over 3 (0 to 1; a term it lacks counts 0). One
    pass, each count read with ``Counter.get``: a term the opening lacks is not looked up through
    ``Counter.__missing__`` (a Python call), and every count it holds is 1 or more (``Counter.update``
    of sets), so the terms with a count are those it holds."""
    held = [min(count, 3) for t in terms if (count := opening.get(t, 0))]
    return len(held), sum(held) / (3 * len(terms)) if terms else 0.0


_DATING_RULES = frozenset((Byline.id, Dateline.id, Age.id, SourceDate.id))
"""The rules whose lines date a headline above them (:meth:`Title._dated`)."""


_NAMED_TYPES = (PageType.PRODUCT, PageType.COLLECTION)
"""Pages reported as these are called by a thing's name, not a headline: the title rule weighs no
length there (neither the headline's "length" nor the label's "short")."""


_LIST_NUMBER = re.compile(r"^(\d{1,2})(?:\.(\d{1,2}))?[.)]\s+\S|^(\d{1,2})\.(\d{1,2})\s+\S")
"""A line opening with an item's or a section's number: "2. Conduct Smarter Keyword Research",
"3.5. Control Flow", "12.2 How far apart are two quantum states?" (not "7 weight loss tips", a
headline's count, nor "2024.4.4 → 2024.5.0 issue", a version)."""


def _list_number(text: str) -> tuple[int, int] | None:
    """The number ``text`` opens with (:data:`_LIST_NUMBER`) as (item, sub-item; 0 for none)."""
    if not text[:1].isdigit():
        return None
    m = _LIST_NUMBER.match(text)
    if m is None:
        return None
    item, sub = m.group(1) or m.group(3), m.group(2) or m.group(4)
    return int(item), int(sub) if sub else 0


def _list_numbers(lines: Iterable[str]) -> frozenset[tuple[int, int]]:
    """The numbers the page's lines open with (:func:`_list_number`), kept or not: only a line
    opening with a digit is read (:func:`_list_number` gives None for any other)."""
    return frozenset(n for n in map(_list_number, [t for t in lines if t[:1].isdigit()]) if n is not None)


def _numbered_item(text: str, numbers: frozenset[tuple[int, int]]) -> bool:
    """The line opens with a number whose neighbour opens another line of the page ("2. Conduct
    Smarter Keyword Research" where "1. Understand Search Intent" or "3. Prioritize Technical SEO"
    is printed, "12.2 How far apart …" beside "12.1 …"): an item or section of a numbered list,
    which a list article's or a manual's table of contents prints above its own headline."""
    n = _list_number(text)
    if n is None:
        return False
    item, sub = n
    near = ((item - 1, 0), (item + 1, 0)) if sub == 0 else ((item, sub - 1), (item, sub + 1))
    return any(k in numbers for k in near)


_SECTION_WORDS = 4
"""A section's or category's name is this short at most (:func:`_mark_sections`)."""


def _mark_sections(
    page: Page, glued: dict[int, tuple[str, date | datetime | None]], lines: list[int], features: list[dict[str, float]]
) -> None:
    """Set "section" on a dated candidate of four words at most printed elsewhere on the page (not
    twice in a row) that has, within three blocks, a dated candidate of as many words or more printed
    only there: a section's or category's name, which its menu prints too, set beside the headline over
    their byline or date ("Camera & Gear Reviews" / "Beginner's Guide to Types of Cameras …" / "May 3,
    2024"). A longer line printed elsewhere is a headline that a list of stories repeats, over its
    summary ("Nelson's OT goal lifts Isles" / "N.Y. completes frantic comeback to …")."""
    for r, f in enumerate(features):
        if not (f["dated"] and f["repeat"]) or f["twice"]:
            continue
        words = _shape(page.blocks[lines[r]], _head(glued, lines[r]))[0]
        if words > _SECTION_WORDS:
            continue
        for o, g in enumerate(features):
            if (
                o != r
                and abs(lines[o] - lines[r]) <= 3
                and g["dated"]
                and not g["repeat"]
                and _shape(page.blocks[lines[o]], _head(glued, lines[o]))[0] >= words
            ):
                f["section"] = 1.0
                break


_ECHO_SPAN = 3
"""How far above the body's start the page's name printed again higher up may stand (:func:`_echoed`):
a headline's byline and date may stand between it and the text, a section's name over the headline not."""


_ECHO_COPIES = 3
"""A page's name is printed this many times at most above its heading (a menu, a sidebar, a trail);
a line printed more often is a menu's entry printed over and over."""


_ECHO_GROUP = 4
"""A line whose copy above has this many of its neighbours printed the same around it too is one of
a group printed twice (:func:`_copied_group`), not a page's name echoed (:func:`_echoed`)."""


def _copied_group(blocks: Sequence[Block], k: int, j: int) -> bool:
    """The lines around ``j`` (above it, and below it down to ``k``'s own position) are printed the
    same around its copy ``k`` above, four of them or more: a menu or a table of contents printed
    twice (for small and for large screens), whose entries are all "echoed", where a page's name in
    its menu stands among other entries and over the text stands among its own lines. A trail
    printed in the sidebar and again over the heading ("FastAPI" / "Learn" / "Tutorial - User
    Guide") shares two or three lines at most."""
    same = 0
    while k - same - 1 >= 0 and blocks[k - same - 1].text == blocks[j - same - 1].text:
        same += 1
        if same >= _ECHO_GROUP:
            return True
    below = 0
    while (
        k + below + 1 < j and j + below + 1 < len(blocks) and blocks[k + below + 1].text == blocks[j + below + 1].text
    ):
        below += 1
        if same + below >= _ECHO_GROUP:
            return True
    return False


def _echoed(page: Page, body: int, j: int) -> bool:
    """The line stands within three blocks above the body's start, or is its first line, and is
    printed one to three times higher up on the page (not right above it: that is
    :func:`_printed_twice`), with no byline or date line just above it: the page's own name, which
    its menu, sidebar or trail prints as the current entry and its heading over the text ("SMS
    developer quickstart" in a manual's sidebar and over its first paragraph, "News" in a site's menu
    and over its list of stories). A tag printed under the byline ("29th August, 2023" / "ML Tools")
    follows its date; a headline over a related story's summary ("Two patients diagnosed with plague
    …" / "Two people in China have been diagnosed with the plague,..."), printed in the list of related
    stories above as well, is the list's last teaser, not the page's name."""
    if not 0 <= body - j <= _ECHO_SPAN:
        return False
    blocks = page.blocks
    text = blocks[j].text.replace("¶", "").strip()
    copies = [k for k in range(max(0, j - 1)) if blocks[k].text.replace("¶", "").strip() == text]
    if not 1 <= len(copies) <= _ECHO_COPIES or any(_copied_group(blocks, k, j) for k in copies):
        return False
    if any(page.kind(k) is Kind.RELATED for k in range(j + 1, body)):
        return False
    return not any((v := page.verdicts[k]) is not None and v.rule in _DATING_RULES for k in range(max(0, j - 3), j))


_LEDE_SPAN = 3
"""How far above the body's start a line that names its opening paragraph may stand (:func:`_lede`)."""

_LEDE_WORDS = 12
"""How many words the body's first line holds at least to be an opening paragraph (:func:`_lede`)."""


def _lede(
    page: Page, body: int, candidates: list[tuple[int, str]], glued: dict[int, tuple[str, date | datetime | None]]
) -> int | None:
    """The candidate nearest above the body's start, within three blocks of it, when the body opens
    with a paragraph (twelve words or more) that shares a word with it: the line that names what the
    paragraph goes on to say ("AI Development Company UAE" over "LeewayHertz is a leading AI
    development company …", "Using promises" over "A Promise is an object …"), not a menu's entry
    further up nor a caption's or a deck's line printed elsewhere."""
    above = [j for j, where in candidates if where == "before"]
    if not above:
        return None
    j = max(above)
    if body - j > _LEDE_SPAN or page.blocks[body].words < _LEDE_WORDS:
        return None
    text = glued[j][0] if j in glued else page.blocks[j].text
    return j if _terms(text) & _terms(page.blocks[body].text) else None


_PROSE_WORDS = 25
"""A paragraph of this many words or more is prose: the first such kept paragraph is where the article's
text begins (:func:`_first_prose`)."""
_ANCHOR_SPAN = 2
"""The lines this far over the first paragraph of prose are weighed as a headline over it (:func:`_first_prose`)."""


def _first_prose(page: Page, body: int, kept: Sequence[bool], lookahead: int) -> int | None:
    """The page's first kept paragraph of prose (:data:`_PROSE_WORDS` words or more), when it stands
    past the title's window under the body's start (``lookahead`` blocks): a body taken to start at
    a shop's menu or a site's links, its text and its own headline further down ("Back" / "Joco Cup
    4oz" / "The 4oz reusable Joco cup is meticulously hand-crafted …", 46 blocks under the first
    menu line kept). The lines just over it are candidates too (:meth:`Title._choices`). ``None``
    when the first such paragraph is within the window, or there is none."""
    for i in range(body, len(page.blocks)):
        if kept[i] and page.blocks[i].words >= _PROSE_WORDS:
            return i if i > body + lookahead + 1 else None
    return None


_TEASER_WORDS = 4
"""A related story's line taken for the article's headline (:meth:`Title._last_teaser`) holds this
many words at least: a headline's length, where a forum's poster and count ("Payam Montie 9") are shorter."""


def _read_as_thread(page: Page) -> bool:
    """A thread by the kind cleaned as or the kind reported: on text the reporting model, which reads
    the page's words too, names threads the cleaning kind (its shape alone) calls articles."""
    return page.is_thread or page.reported_type is PageType.FORUM


def _mark_leads(lines: list[int], features: list[dict[str, float]]) -> None:
    """On a thread, set "lead" on a dated candidate right above another dated candidate, unless it
    is the page's first line: a forum prints the thread's title over its category's line, both over
    the first post's byline ("Best budget headphones" / "Headphones Headphone Discussion / Help" /
    "Noah_B August 31, 2023"), and its own name first of all ("HifiGuides Forums")."""
    dated = {j for j, f in zip(lines, features, strict=True) if f["dated"]}
    for j, f in zip(lines, features, strict=True):
        if j > 0 and j in dated and j + 1 in dated:
            f["lead"] = 1.0


def _mark_posted(page: Page, body: int, lines: list[int], features: list[dict[str, float]], span: int) -> None:
    """On a thread, set "posted" on the candidates below the first byline, date or age line within
    ``span`` blocks over the body's start, when a candidate stands above that line: forum software
    prints the thread's title over its first post's byline or date ("Why you should not book flights
    with …" / "Thread starter latawiec" / "Start date Oct 28, 2023"), and what follows it, over the
    posts, is the forum's trail ("Home" / "Forums" / "Opinions and Experiences"), a page's controls
    or the first post's own heading ("Things I have tried"), not the thread's title."""
    first = next(
        (
            k
            for k in range(max(0, body - span), body + 1)
            if (v := page.verdicts[k]) is not None and v.rule in _DATING_RULES
        ),
        None,
    )
    if first is None or not any(j < first for j in lines):
        return
    for j, f in zip(lines, features, strict=True):
        if j > first:
            f["posted"] = 1.0


_REPRINTED_RUN = 3
"""How many lines in a row over the text a contents' run holds at least (:func:`_reprinted`)."""


def _reprinted(page: Page, body: int) -> frozenset[int]:
    """The lines above the body's start that stand in a run of three or more, each printed again in
    the kept text past its first line: a table of contents, an "On this page" list or a grid's cards
    printed over the text whose entries come back below as its sections' headings or its items
    ("Is SEO dead in 2026?" / "Will companies invest more or less in SEO in 2026?" / "5 key SEO trends
    …" under "State of SEO in 2026: Trends and Predictions", each heading a section further down).
    Such an entry names one part of the page, not the page; the headline over them is printed once
    above them, or once in the text, not in a run of lines that all come back below."""
    blocks = page.blocks
    labels = page.labels()
    later = {blocks[k].text for k in range(body + 1, len(blocks)) if labels[k] is Label.CONTENT}
    out: set[int] = set()
    start = None
    for i in range(body + 1):
        if i < body and blocks[i].text in later:
            start = i if start is None else start
            continue
        if start is not None and i - start >= _REPRINTED_RUN:
            out.update(range(start, i))
        start = None
    return frozenset(out)


_LABEL_PREFIX = regex.compile(r"^\w+:\s")
"""A one-word label and its colon opening a line ("PROJECT: ", "Overview: ", "Re: ")."""


def _mark_labelled(page: Page, lines: list[int], features: list[dict[str, float]]) -> None:
    """Set "labelled" on a candidate that is another candidate's whole line after a one-word label
    ("PROJECT: Weekend Coding Agent" over "Weekend Coding Agent", "Overview: Asynchronous JavaScript"
    beside "Asynchronous JavaScript"): a card's, a menu's or a trail's labelled copy of a name the page
    prints plain too, which the plain line is."""
    texts = {page.blocks[j].text for j in lines}
    for j, f in zip(lines, features, strict=True):
        text = page.blocks[j].text
        m = _LABEL_PREFIX.match(text)
        if m is not None and text[m.end() :] in texts:
            f["labelled"] = 1.0


_DECK_WORDS = 15
"""A line this long under a headline, not in title case, reads as its standfirst (:func:`_mark_decks`)
even without a full stop ("“We have to make some necessary job eliminations,” WeWork chairman … said in
an email to employees Monday")."""
_DECK_HEADLINE_WORDS = 4
"""A headline a standfirst stands under runs to this many words at least (a label or a section's name
over a sentence is no headline with its standfirst)."""
_DECK_RATIO = 1.5
"""A standfirst runs to this many times its headline's words at least."""


def _mark_decks(
    page: Page,
    lines: list[int],
    features: list[dict[str, float]],
    glued: dict[int, tuple[str, date | datetime | None]],
) -> None:
    """Set "deck" on a candidate that is the standfirst of the candidate right above it, and give that
    headline the standfirst's "dated": a sentence (it ends in a full stop, or runs to
    :data:`_DECK_WORDS` words) not in title case, :data:`_DECK_RATIO` times the words of the line over it
    at least, under a headline of :data:`_DECK_HEADLINE_WORDS` words or more that does not end in a full
    stop ("Jose Mourinho agrees deal to replace Mauricio Pochettino as Tottenham manager" / "The
    Portuguese boss had been out of work since being sacked by Manchester United in December 2018." /
    the byline and date). A news page prints its standfirst between the headline and the byline, so
    the standfirst stands nearer the date and, longer, shares more words with the text, and it outscored
    the headline; a headline is dated by its byline under its standfirst. A teaser's summary under its
    headline is marked the same way (a teaser is no title either way). Not a line glued to its byline or
    date (:func:`_glued_headline`): it is the headline itself, dated."""
    at = {j: r for r, j in enumerate(lines)}
    for r, j in enumerate(lines):
        above = at.get(j - 1)
        if above is None or j in glued or j - 1 in glued:
            continue
        deck, head = features[r], features[above]
        words, headline_words = page.blocks[j].words, page.blocks[j - 1].words
        if head["stop"] or headline_words < _DECK_HEADLINE_WORDS or words < _DECK_RATIO * headline_words:
            continue
        if deck["titlecase"] or deck["thread_titlecase"] or not (deck["stop"] or words >= _DECK_WORDS):
            continue
        deck["deck"] = 1.0
        if deck["dated"]:
            head["dated"] = 1.0


def _restored(page: Page) -> frozenset[int]:
    """The kept lines only ``quality.too-little`` gave back, when the page keeps other lines on their
    own merits: on a text page left with too little, that rule gives back what the positional rules
    removed (a shop's promotions, menus and cards, from the page's first line on), so the kept text
    starts at the page's top. The title is sought around the first line kept on its own merits, and
    a given-back line counts as not kept there (a candidate before that line, not a line inside the
    body, nor part of the text a candidate is compared with): the product's name over its
    description ("Slim Travel Wallet" over "The Slim Travel Wallet holds your passport …", past the
    look-ahead from the page's top), not the announcement bar given back as the page's first line
    ("Free shipping on every travel wallet order this week"). Where every kept line was given back,
    none is set apart: the page is read as kept."""
    out, own = [], False
    for i, v in enumerate(page.verdicts):
        if v is not None and v.label is Label.CONTENT:
            if v is not None and v.rule == TooLittle.id:
                out.append(i)
            else:
                own = True
    return frozenset(out) if own else frozenset()


def _kept(page: Page, i: int, restored: frozenset[int]) -> bool:
    """Kept, and not one of the lines only given back (:func:`_restored`)."""
    return page.label(i) is Label.CONTENT and i not in restored


def _kept_lines(page: Page, restored: frozenset[int]) -> list[bool]:
    """:func:`_kept` of every block, read once: the title's judge asks it of the same lines many
    times (each candidate's six lines above it, the lines it looks through, the opening's), and no
    verdict changes before it yields."""
    return [v is not None and v.label is Label.CONTENT and i not in restored for i, v in enumerate(page.verdicts)]


def _kept_words(page: Page, kept: Sequence[bool], upto: int) -> list[int]:
    """The words (:attr:`Block.weight`) of the kept lines before each block up to ``upto``: the kept
    prose over a span is a difference of two of these (weights are whole numbers: the same sum)."""
    out, words = [0], 0
    blocks = page.blocks
    for i in range(min(upto, len(blocks))):
        if kept[i]:
            words += blocks[i].weight
        out.append(words)
    return out


class Title(Rule):
    """The headline: of the heading-like lines around the start of the article body, the one that
    agrees best with the article that follows it, kept once as ``title``.

    A headline shares its words with the article (a section name, a byline, "Share this" do
    not), runs to several words, is often printed twice (a common artefact of aggregators), is
    followed by its byline or date and rarely ends in a full stop; it is never a counter
    ("0 shares"), a control ("Show more sharing options"), a trail of links, a label or a category's
    link with its count of items ("Mirrorless Cameras (897)").
    Candidates are the unkept lines just before the body, the body's first line itself (a page
    that opens with its headline: it stays in the body) and the unkept lines shortly after the
    body starts (when a menu line was taken for the start), and further on those followed by their
    byline, date or a question's age (a Q&A page's question); a related list's dated last line right
    over the text (:meth:`_last_teaser`) and a one-word name printed in the menu too (:meth:`_named`)
    are candidates as well, as is, on text, a one-word line that is the page's one-word slug (:meth:`_is_slug`:
    "WALLETS" under "/collections/wallets"; not where a longer candidate that says the word stands between it
    and the body, :meth:`_without_bare_slug`), and so are the one or two lines right over the first paragraph of prose where it
    stands past the window (:func:`_first_prose`: a body taken to start at a shop's menu), if the text below
    says each of their words; on text, past the windows, a line that says the address's slug where no line
    inside them does (:meth:`_slug_lines`); on text, a line that glues the headline
    to its byline or date is weighed as that headline (:func:`_glued_headline`). The lines only
    ``quality.too-little`` gave back count as not kept (:func:`_restored`): the body starts at the
    first line kept on its own merits. On a thread, a line under the first post's byline or date weighs
    less while a candidate stands above that line (:func:`_mark_posted`); a sentence right under a headline is
    its standfirst, which weighs less, and dates the headline (:func:`_mark_decks`). The nearest line
    wins a tie; the headline's other copies are removed as duplicates. A headline the rules kept in
    the body stays there, but on a text thread (a page cleaned as a forum), where it goes: forum truths
    leave the thread's title out (6 of wcxb-dev's 53 fold-0 forums print it).
    """

    id = "metadata.title"
    kind = Kind.METADATA
    stage = Stage.CONTEXT
    on_listings = True
    """On a listing or collection (``Page.lists_items``) the title is found the same way, but the
    line keeps its verdict (and the rule and reason of it), which only carries the title: the
    heading above a listing's first summary may be the first item's title, content there."""
    lookback = 40
    lookahead = 25
    far_lookahead = 80
    """Past ``lookahead``, as far as this, a line followed by its byline, date or age is a candidate
    too (a Q&A site prints its question's title under some thirty lines of menus and promotions)."""
    slug_reach = 200
    """Below the body's start, as far as this, a line that says the address's slug is a candidate
    (:meth:`_slug_lines`), where no line inside the windows says it."""
    top_blocks = 40
    """Candidates also come from this many blocks at the top of the page (those the lookback misses)."""
    opening_words = 300
    """How much of the article after a candidate it is compared with."""
    min_score = 0.5
    """Below this, no candidate is a headline: one with no word in common with the body that is a
    sentence (ends in a full stop), a label of one to three words, or carries a clock time."""
    weights: ClassVar[dict[str, float]] = {
        "cover": 4.0,
        "support": 2.0,
        "freq": 3.0,
        "titlecase": 2.0,
        "length": 1.0,
        "repeat": 1.0,
        "dated": 3.0,
        "first": 1.0,
        "short": -2.0,
        "long": -1.0,
        "stop": -2.0,
        "clock": -1.5,
        "noise": -4.0,
        "after": -2.0,
        "inside": -1.0,
        "prose_before": -4.0,
        "rank": -0.1,
        "distance": -0.5,
        "top": -3.5,
        "top_rank": 0.0,
        "pos": -0.5,
        "crumb": 3.0,
        "contents": -2.0,
        "asked": 5.0,
        "thread_titlecase": -0.5,
        "twice": 2.0,
        "year": 1.0,
        "marked": 2.0,
        "section": -2.0,
        "numbered": -3.0,
        "lead": 2.0,
        "echoed": 3.5,
        "lede": 0.5,
        "short_lede": 1.0,
        "labelled": -1.0,
        "reprinted": -3.0,
        "posted": -1.0,
        "over_prose": 1.0,
        "deck": -3.0,
        "slug": 6.0,
        "short_slug": 8.0,
    }
    """How much each feature counts: fitted by coordinate search on one half of wcxb-dev's sites
    (innertext; ``bench/titles.py --half A``), checked on the other; "top", "pos" and the
    heavier "short", "noise" and "prose_before" refitted the same way with the top-of-page
    candidates; "crumb" added and "short" / "inside" refitted with it (half A 309 → 314 right
    of 705, half B, not fitted on, 289 → 296 of 625); "contents" (text only: lines under a table
    of contents' label) set to −2, the best of −1 to −6 on half A (350 → 355; half B 318 → 321);
    "asked" (a Q&A question's age under the line, :meth:`_asked`) set to 5, the best of 0 to 6 on
    half A with the look-ahead to ``far_lookahead`` (356 → 361; half B 321 → 324); title case on a
    forum thread ("thread_titlecase"), where the forum's and its categories' names are set in title
    case and the thread's title, written by a user, mostly is not, set to −0.5 instead of "titlecase"'s
    2 (the mildest of the best on half A, −3 to 0: 361 → 365); since the fourteenth round on a page
    reported as a forum too (``Page.reported_type``: half A 365 → 369, B 325 → 326); "twice" (the
    line printed again right above or below it, :func:`_printed_twice`: a page's name as its trail's
    last step and as its heading) set to 2, the best of 1 to 3 with no page lost on half A (369 → 375);
    "year" (the line closes with a year, :func:`_closing_year`) set to 1, the best of 0.5 to 2 on
    half A (378 → 381; half B 329 → 333); "marked" (the page's first heading marked with its
    permalink, :func:`_first_marked`) set to 2, the mildest of the best on half A (1 → 382, 2 to 6 →
    384; half B 333 → 333). "length" and "short" weigh nothing on a page reported as a product or a
    collection (``_NAMED_TYPES``: a thing's name, not a headline; half A 384 → 388, B 333 → 335); "section"
    (a section's name of four words at most printed in the menu too, beside the headline over their
    byline or date, :func:`_mark_sections`) set to −2, the mildest of the best on half A (−2 and −3:
    390 → 394; half B 335 → 336); "numbered" (the line opens with an item's number whose neighbour
    opens another line of the page, :func:`_numbered_item`: a numbered list's item or section) set to
    −3, the mildest of the best on half A (−3 to −10 alike); "lead" (on a thread, a dated line right
    above another, not the page's first: the thread's title over its category's line,
    :func:`_mark_leads`) set to 2, the mildest of the best on half A (2 and 3); "echoed" (a line
    right over the text printed higher up too, the page's name in its menu, :func:`_echoed`) set to
    3.5, the mildest of the best on half A (3.5 and 4: no page lost; 4.5 loses three); "lede" (the
    candidate nearest above the body's start, within three blocks, sharing a word with its opening
    paragraph, :func:`_lede`) set to 0.5, the best of 0.5 to 1 on half A (406 → 409; half B 338 → 338),
    and "short_lede" (a lede of one or two words: a page's short name, not a label) to 1, half of
    "short" spared (409 → 411; half B 338 → 338); "labelled" (another candidate's whole line after a one-word
    label, :func:`_mark_labelled`: "PROJECT: Weekend Coding Agent" beside "Weekend Coding Agent") set to
    −1, the mildest of the best on half A (−1 to −4 alike: 416 → 418; half B 345 → 345); "reprinted" (a line
    over the text in a run of three or more printed again in the kept text below, :func:`_reprinted`: a
    table of contents' entry) set to −3, the mildest of the best on half A (−3 to −10 alike: 423 → 427); "posted" (on a
    thread, a line under the first post's byline or date while a candidate stands above it, :func:`_mark_posted`: the
    forum's trail or the first post's own heading) set to −1, the mildest of the best on half A (−1: 429 → 431
    of 705 on the thirty-first round's main, no page lost; −2 loses one; half B 349 → 350); "over_prose"
    (a line right over the first paragraph of prose past the window, :func:`_first_prose`, each of its
    words in the text below) set to 1, the mildest of the best on half A (0.5: 431, 1 and 1.5: 432, 2 to
    4: 431, of 705 from 430 on the thirty-sixth round's main; half B 349 → 350). A line in capitals throughout
    (:func:`_shouted`) has no "titlecase" nor "thread_titlecase" since the thirty-seventh round (half A 429 → 430,
    the same at a share of capitals over 0.8 to 0.99; half B 352 → 353). "deck" (a headline's standfirst right
    under it, :func:`_mark_decks`, which also gives the headline the standfirst's "dated") set to −3, the
    mildest of the best on the 181 news pages' half a (−2: 66 → 67, −3 to −6: 68 of 80 text titles agreeing
    with the HTML title; half b 79 → 79), no title of wcxb-dev's half A changed (430) at any of them; half B
    354 → 355. "slug" (text only: the line says ``slug_share`` of the distinct words of the page's address's
    slug, of ``min_slug`` words or more, :meth:`_says_slug`; the article the menu's "AI & Machine Learning"
    stood over; of two slugs as long, the later) set to 6 in the fortieth round, the best of 4 to 7 on half A
    cleaned with its url at a share of 0.6 (424 of 705 → 444, 447, 450, 448; shares 0.5, 0.67 and 0.7 → 449
    at 6); half B, held out, 354 → 377 of 625. "short_slug" (text only: the line is a slug of one or two
    distinct words and at most ``short_extra`` more, :meth:`_says_short_slug`; "Travel Insurance" under
    "/travel-insurance/") set to 8 in the fortieth round with one word more, the best on half A of 4, 6, 8,
    10 with one (451, 451, 452, 452 of 705, from 450) and 4, 8, 12 with two (451, 450, 444); half B, held
    out, 377 → 384 of 625. Since the forty-second round a line at the top printed twice in a row that says a
    word of the slug (text only) has no "top": the page's name as its trail's last step and its heading over a
    page of cards, not a menu's entry (half A 464 → 467 of 705, no page lost; half B, held out, 399 → 399; the
    penalty lifted from every line at the top printed twice lost a product on half B, 399 → 398)."""

    min_slug = 3
    """Distinct words a page's slug needs (:func:`quality.slug_words`) for "slug" to be read."""
    slug_share = 0.6
    """Share of the slug's distinct words a candidate says, at least, to get "slug"."""

    def _says_slug(self, text: str, slug: frozenset[str]) -> bool:
        """The line says most of what the page's address names ("/blog/an-introduction-to-professional-
        software-development" and "An Introduction to Professional Software Development", not the menu's
        "AI & Machine Learning" above it): ``slug_share`` of the slug's distinct words or more."""
        if len(slug) < self.min_slug:
            return False
        return len(set(line_words(text)) & slug) >= self.slug_share * len(slug)

    short_extra = 1
    """Words a line may say besides a short slug's (:meth:`_says_short_slug`)."""

    def _says_short_slug(self, text: str, slug: frozenset[str]) -> bool:
        """The line is, nearly whole, what a short address names ("/services/plumbing" and "Plumbing",
        "/travel-insurance/" and "Travel Insurance", "/news" and "Industry News"; not "Plumbing tips
        for the winter", nor "Apple Watch and iPhone" under "/watch/"): a slug of fewer than
        ``min_slug`` distinct words, each said by the line, and the line no more than ``short_extra``
        words longer."""
        if not slug or len(slug) >= self.min_slug:
            return False
        words = line_words(text)
        return len(words) <= len(slug) + self.short_extra and slug <= set(words)

    def _eligible(
        self,
        page: Page,
        body: int,
        j: int,
        glued: dict[int, tuple[str, date | datetime | None]],
        kept: Sequence[bool],
        slug: frozenset[str] = frozenset(),
    ) -> bool:
        """Not kept (``kept``: :func:`_kept_lines`; a line only given back counts as not kept: :func:`_restored`),
        and a heading-like line, or a date line or byline that prints the headline
        before it (:func:`_glued_headline`, noted in ``glued``), or the headline a list of related
        stories took for its last item (:meth:`_last_teaser`)."""
        if kept[j]:
            return False
        plain = page.kind(j) in (None, Kind.LOW_CONTENT) or _names_a_date(page, j) or self._last_teaser(page, body, j)
        # A one-word line printed twice in a row is a page's name ("Flexbox" / "Flexbox": a
        # manual's trail ends in it above its heading), too short to be heading-like otherwise; so
        # is one marked as a heading ("Models¶").
        block = page.blocks[j]
        if plain and not (
            _headline_like(page, j)
            or (
                block.words == 1
                and (
                    _marked(block)
                    or _printed_twice(page.blocks, j)
                    or self._named(page, body, j)
                    or self._is_slug(block, slug)
                )
            )
        ):
            return False
        v = page.verdicts[j]
        if plain or (v is not None and v.rule in (Byline.id, Dateline.id)):
            head = _glued_headline(page, j)
            if head is not None:
                glued[j] = head
                return True
        return plain

    def _is_slug(self, block: Block, slug: frozenset[str]) -> bool:
        """A line of one word that is the page's one-word slug ("WALLETS" under "/collections/wallets",
        "Cloud" under "/topic/cloud/"): the page's name, too short to be heading-like otherwise."""
        return len(slug) == 1 and block.words == 1 and frozenset(line_words(block.text)) == slug

    def _named(self, page: Page, body: int, j: int) -> bool:
        """A one-word line echoed over an opening paragraph: the page's name as its menu prints it
        (:func:`_echoed`), over a paragraph of twelve words or more ("Hakutsuru" in the menu and over
        "Since 1743, Hakutsuru has been crafting fine saké …"), not a section's heading over a line
        ("Attributes" / "This element includes the global attributes."), nor a section's name over a
        story's headline and its byline or date ("Business" / "Why My Friend Became …" / "By …"),
        printed below it down to three blocks into the text."""
        if page.blocks[body].words < _LEDE_WORDS or not _echoed(page, body, j):
            return False
        below = range(j + 1, min(len(page.blocks), body + 4))
        return not any((v := page.verdicts[k]) is not None and v.rule in _DATING_RULES for k in below)

    def _last_teaser(self, page: Page, body: int, j: int) -> bool:
        """A related story's line of four words or more above the body's start, with no other related
        line between it and the text, and dated by a byline or date line under it: the article's own
        headline, which the related-list rules took for the list's last item where a page prints its
        headline and date right under a list of recent articles ("Recent Articles" / … / "Healthy aging
        and longevity" / "What meditation can do for your mind, mood, and health" / "July 16, 2014" /
        the text). A related story's line further up has another between it and the text; a poster's
        name and count ("Payam Montie 9") are too short."""
        if page.kind(j) is not Kind.RELATED or not j < body or page.blocks[j].words < _TEASER_WORDS:
            return False
        return not any(page.kind(k) is Kind.RELATED for k in range(j + 1, body)) and self._dated_line(page, j)

    def _choices(
        self,
        page: Page,
        body: int,
        glued: dict[int, tuple[str, date | datetime | None]],
        restored: frozenset[int] = frozenset(),
        kept: Sequence[bool] | None = None,
        slug: frozenset[str] = frozenset(),
    ) -> list[tuple[int, str]]:
        """Candidates with where they stand: "before" the body, its "first" line, "after" its start
        (or kept "inside" it), at the "top" of the page, or "over prose" (kept: "over prose inside"),
        right over the first paragraph of prose past the window (:func:`_first_prose`); the headlines
        read off lines glued to their byline or date go to ``glued``; the lines in
        ``restored`` count as not kept (:func:`_restored`; ``kept``: :func:`_kept_lines`, when read already)."""
        n = len(page.blocks)
        if kept is None:
            kept = _kept_lines(page, restored)
        out = [
            (j, "before")
            for j in range(body - 1, max(-1, body - 1 - self.lookback), -1)
            if self._eligible(page, body, j, glued, kept, slug)
        ]
        first = page.blocks[body]
        headline = _unstopped(first) or _titled_sentence(first) or _exclaimed(first)
        if headline and first.weight <= 25 and (_headline_like(page, body) or self._is_slug(first, slug)):
            out.append((body, "first"))
        for j in range(body + 1, min(n, body + 1 + self.far_lookahead)):
            far = j >= body + 1 + self.lookahead
            if far and not self._dated(page, j):
                continue
            if self._eligible(page, body, j, glued, kept, slug):
                out.append((j, "after"))
            elif (
                kept[j]
                and _unstopped(page.blocks[j])
                and (_headline_like(page, j) or self._is_slug(page.blocks[j], slug))
            ):
                out.append((j, "inside"))
        # The lines right over the first paragraph of prose, where it stands past the window: a body
        # taken to start at a menu, the article's headline further down (:func:`_first_prose`).
        prose = _first_prose(page, body, kept, self.lookahead)
        if prose is not None:
            seen = {j for j, _ in out}
            for j in range(prose - 1, prose - 1 - _ANCHOR_SPAN, -1):
                if j in seen or j <= body + self.lookahead:
                    continue
                if self._eligible(page, body, j, glued, kept, slug):
                    out.append((j, "over prose"))
                elif kept[j] and _unstopped(page.blocks[j]) and _headline_like(page, j):
                    out.append((j, "over prose inside"))
        # The top of the page, when the body starts far below it (a page of cards, a forum thread
        # under its menus): the headline is often printed there, above everything else.
        seen = {j for j, _ in out}
        top = min(self.top_blocks, max(0, body - self.lookback))
        out.extend((j, "top") for j in range(top) if j not in seen and self._eligible(page, body, j, glued, kept, slug))
        if slug and not any(slug <= set(line_words(page.blocks[j].text)) for j, _ in out):
            out.extend(self._slug_lines(page, body, glued, kept, slug, {j for j, _ in out}))
        if len(slug) == 1:
            out = self._without_bare_slug(page, body, out, kept, slug)
        return out

    def _slug_lines(
        self,
        page: Page,
        body: int,
        glued: dict[int, tuple[str, date | datetime | None]],
        kept: Sequence[bool],
        slug: frozenset[str],
        seen: set[int],
    ) -> list[tuple[int, str]]:
        """Lines past the windows that say what the page's address names (:meth:`_says_slug`,
        :meth:`_says_short_slug`): between the top blocks and the look-back (a shop's name of the page under
        a long menu and over another: "Studio Headphones" under "/studio_headphones.html"), and past the
        look-ahead down to ``slug_reach`` ("Car Maintenance Schedule" under "/vehicle-maintenance-schedule"
        past a body taken to start at a menu). Unkept, they are weighed as lines at the "top" (no rank, no
        distance); kept below the start, "inside". Not a menu's "Studio outlet" nor a card's line that says
        another name; sought only where no candidate inside the windows says every word of the slug
        (:meth:`_choices`), where the page's name stands near its text already."""
        n = len(page.blocks)
        above = range(min(self.top_blocks, max(0, body - self.lookback)), max(0, body - self.lookback))
        below = range(min(n, body + 1 + self.lookahead), min(n, body + 1 + self.slug_reach))
        out: list[tuple[int, str]] = []
        for j in [*above, *below]:
            if j in seen:
                continue
            text = page.blocks[j].text
            if not (self._says_slug(text, slug) or self._says_short_slug(text, slug)):
                continue
            if self._eligible(page, body, j, glued, kept, slug):
                out.append((j, "top"))
            elif j > body and kept[j] and _unstopped(page.blocks[j]) and _headline_like(page, j):
                out.append((j, "inside"))
        return out

    def _without_bare_slug(
        self, page: Page, body: int, out: list[tuple[int, str]], kept: Sequence[bool], slug: frozenset[str]
    ) -> list[tuple[int, str]]:
        """The candidates less each one-word line only the slug made one (:meth:`_is_slug`) with an unkept
        candidate of two words or more between it and the body's start that says the slug's word too: the
        page's name, nearer its text, extends it ("Services" / … / "Our services" over the text under
        "/services", "Sparks" at the top and "Sparks, NV homes for sale" over the listings under ".../Sparks"),
        and the bare word is the menu's or the trail's."""
        bare = [
            j
            for j, _ in out
            if self._is_slug(page.blocks[j], slug)
            and not (_headline_like(page, j) if kept[j] else self._eligible(page, body, j, {}, kept))
        ]
        if not bare:
            return out
        longer = [
            k
            for k, _ in out
            if k not in bare
            and not kept[k]
            and page.blocks[k].words >= 2
            and slug <= set(line_words(page.blocks[k].text))
        ]
        drop = {j for j in bare if any(min(j, body) < k < max(j, body) for k in longer)}
        return [c for c in out if c[0] not in drop]

    def _kept_terms(
        self,
        page: Page,
        first: int,
        last: int,
        restored: frozenset[int] = frozenset(),
        kept: Sequence[bool] | None = None,
    ) -> list[tuple[int, set[str], int]]:
        """Index, terms and weight of the kept blocks after ``first`` (not those in ``restored``) as
        far as an opening after ``last`` reaches, in page order (read once per page; ``kept``:
        :func:`_kept_lines`, when read already)."""
        if kept is None:
            kept = _kept_lines(page, restored)
        out, words = [], 0
        for i in range(first + 1, len(page.blocks)):
            if kept[i]:
                block = page.blocks[i]
                out.append((i, _terms(block.text), block.weight))
                words += block.weight if i > last else 0
                if words >= self.opening_words:
                    break
        return out

    def _openings(self, kept: list[tuple[int, set[str], int]], candidates: list[int]) -> list[Counter[str]]:
        """The opening after each candidate: the terms of the article from the first kept block after
        it to :meth:`_opening_end`, with how many of those blocks hold each. Candidates with no kept
        block between them (all those before the body) share one, counted once. The openings are read
        from the last start back: one that ends where the next one down the page ends is that one's
        counts copied, plus the kept blocks between the two starts (the blocks both hold are not
        counted again; about half the openings of a text page); any other is counted afresh, in one
        count over the blocks' terms."""
        lines = [i for i, _terms, _weight in kept]
        starts = [bisect_right(lines, j) for j in candidates]
        by_start: dict[int, Counter[str]] = {}
        later: Counter[str] = Counter()
        later_start = later_end = -1
        for start in sorted(set(starts), reverse=True):
            end = self._opening_end(kept, start)
            if end == later_end:
                counts = later.copy()
                counts.update(chain.from_iterable(terms for _i, terms, _weight in kept[start:later_start]))
            else:
                counts = Counter(chain.from_iterable(terms for _i, terms, _weight in kept[start:end]))
            by_start[start] = later = counts
            later_start, later_end = start, end
        return [by_start[start] for start in starts]

    def _opening_end(self, kept: list[tuple[int, set[str], int]], start: int) -> int:
        """Where the opening from ``kept[start]`` stops (past its last block): at the block that
        brings its words to :attr:`opening_words`, or at the end of ``kept``."""
        words = 0
        for end in range(start, len(kept)):
            words += kept[end][2]
            if words >= self.opening_words:
                return end + 1
        return len(kept)

    def _dated(self, page: Page, j: int) -> bool:
        """A byline, date or age line follows within three blocks, as under a headline (or a
        question's age, :meth:`_asked`)."""
        return self._dated_line(page, j) or self._asked(page, j)

    def _dated_line(self, page: Page, j: int) -> bool:
        """:meth:`_dated` without the question's age."""
        for k in range(j + 1, min(len(page.blocks), j + 4)):
            v = page.verdicts[k]
            if v is not None and v.rule in _DATING_RULES:
                return True
        return False

    def _asked(self, page: Page, j: int) -> bool:
        """A question's age follows within three blocks, as Q&A software prints it under the
        question's title ("Asked 16 years, 10 months ago", "Modified 4 years ago"; read by
        ``metadata.post-furniture``): the line is the question the page is about."""
        for k in range(j + 1, min(len(page.blocks), j + 4)):
            v = page.verdicts[k]
            if v is not None and v.rule == POST_FURNITURE.id and find_age(page.blocks[k].text) is not None:
                return True
        return False

    def _prose(self, page: Page, span: range, restored: frozenset[int] = frozenset()) -> float:
        """How much kept prose ``span`` holds (not counting the lines in ``restored``), 0 to 1 (150
        words or more)."""
        words = sum(page.blocks[i].weight for i in span if _kept(page, i, restored))
        return min(words, 150) / 150

    def features(
        self,
        page: Page,
        body: int,
        j: int,
        where: str,
        rank: int,
        opening: Counter[str],
        trail_ends: frozenset[str] = frozenset(),
        head: str | None = None,
        contents: bool = False,
        marked: bool = False,
        numbers: frozenset[tuple[int, int]] = frozenset(),
        echoed: bool = False,
        lede: bool = False,
        reprinted: bool = False,
        restored: frozenset[int] = frozenset(),
        prose_before: float | None = None,
        prose: int | None = None,
        slug: frozenset[str] = frozenset(),
    ) -> dict[str, float]:
        """What the score weighs, each a number (most 0 or 1); ``opening`` is the article after ``j``,
        ``trail_ends`` the last steps of the trails of links above it (:func:`_trail_ends`), ``head``
        the headline of a line glued to its byline or date (weighed as that headline, and dated),
        ``contents`` whether it is listed under a table of contents' label (:func:`_under_contents`),
        ``marked`` whether it is the page's first heading marked with its permalink (:func:`_first_marked`),
        ``numbers`` those the page's lines open with (:func:`_list_numbers`), ``echoed`` whether it is
        the page's name printed higher up too (:func:`_echoed`), ``reprinted`` whether it stands in a run of
        lines printed again in the text below (:func:`_reprinted`), ``restored`` the lines that count as not
        kept (:func:`_restored`), ``prose_before`` the kept prose of the six lines above it when read
        already (:meth:`_prose`), ``prose`` the first paragraph of prose past the window (:func:`_first_prose`),
        which a line "over prose" is weighed against. The agreement with ``opening``
        ("cover", "support", "freq") is weighed on the title the line would give (:func:`_said`)."""
        block = page.blocks[j]
        text = block.text if head is None else head
        over_prose = where in ("over prose", "over prose inside")
        words, capitals, weight = _shape(block, head)
        # Title case: on a forum thread it counts against. A line in capitals throughout is not title case.
        titled = words >= 3 and capitals >= 0.6 and not _shouted(block, head)
        thread = _read_as_thread(page)
        # A shop's page (a product, or a collection of them) is called by the thing's name, often of
        # one to three words ("Moon Silver", "Standing desks"); a story's length says nothing there.
        named = page.reported_type in _NAMED_TYPES
        terms = _terms(_said(block, text, head, page.settings.date_order))
        shared, freq = _agreement(terms, opening)
        digit = _DIGIT.search(text) is not None
        asked = self._asked(page, j)  # read once: it also dates the line
        twice = _printed_twice(page.blocks, j)
        # A line at the top printed twice in a row that says a word of the address's slug is the page's
        # name (its trail's last step and its heading over a page of cards: "Sofas & sectionals" twice
        # under "/cat/sofas-fu003/"), not a menu's entry; the top's penalty is lifted (text only: the
        # slug is empty on HTML).
        named_twice = where == "top" and twice and bool(slug) and not slug.isdisjoint(line_words(text))
        noisy = bool(
            is_control(text)
            or (digit and _DIGIT.search(text, 0, 4) and page.search(_FIGURE, text, self.id))
            or (digit and page.search(COUNTER, text, self.id))
            or (digit and text.endswith(")") and page.search(_ITEM_COUNT, text, self.id))
            or (any(mark in text for mark in _TRAIL_MARKS) and page.search(_TRAIL, text, self.id))
            or (_may_be_label(text) and page.search(_LABEL, text, self.id))
        )
        return {
            "prose_before": self._prose(page, range(max(0, j - 6), j), restored) if prose_before is None else prose_before,
            "dated": 1.0 if head is not None or asked or self._dated_line(page, j) else 0.0,
            "cover": shared / len(terms) if terms else 0.0,
            "support": min(shared, 4) / 4,
            "freq": freq,
            "titlecase": 1.0 if titled and not thread else 0.0,
            "thread_titlecase": 1.0 if titled and thread else 0.0,
            "length": 1.0 if (4 <= words <= 25 or block.cjk) and not named else 0.0,
            "short": 1.0 if words <= 2 and not block.cjk and not named else 0.0,
            "long": 1.0 if weight > 30 else 0.0,
            "repeat": 1.0 if block.repeats > 1 else 0.0,
            "stop": 1.0 if text.endswith(".") else 0.0,
            "clock": 1.0 if digit and page.search(_CLOCK, text, self.id) else 0.0,  # "Updated Nov 19, 9:41 AM"
            "noise": 1.0 if noisy else 0.0,
            "first": 1.0 if where == "first" else 0.0,
            "after": 1.0 if where in ("after", "over prose") else 0.0,
            "inside": 1.0 if where in ("inside", "over prose inside") else 0.0,
            # A line over the first paragraph of prose stands as near its text as one over the body's
            # start: its distance is read from that paragraph (one or two blocks), not from the body.
            "rank": 0.0 if where == "top" or over_prose else float(rank),
            "distance": 0.0 if where == "top" else abs(j - (body if prose is None or not over_prose else prose)) / 10,
            "top": 1.0 if where == "top" and not named_twice else 0.0,
            "top_rank": j / 10 if where == "top" else 0.0,
            "pos": min(j, 100) / 100,
            "crumb": 1.0 if text in trail_ends else 0.0,
            "contents": 1.0 if contents else 0.0,
            "asked": 1.0 if asked else 0.0,
            "twice": 1.0 if twice else 0.0,
            "year": 1.0 if digit and _closing_year(text) else 0.0,
            "marked": 1.0 if marked else 0.0,
            "section": 0.0,  # set by :func:`_mark_sections`, which compares the candidates
            "numbered": 1.0 if digit and _numbered_item(text, numbers) else 0.0,
            "lead": 0.0,  # set by :func:`_mark_leads` on a thread, which compares the candidates
            "echoed": 1.0 if echoed and where in ("before", "first") else 0.0,
            "lede": 1.0 if lede else 0.0,
            # A page's short name over the paragraph it names ("Using promises" over "A Promise is
            # …"): a name, which the "short" penalty for a label's one or two words half spares.
            "short_lede": 1.0 if lede and words <= 2 and not block.cjk and not named else 0.0,
            "labelled": 0.0,  # set by :func:`_mark_labelled`, which compares the candidates
            # A table of contents' entry over the text, printed again below as its section's heading.
            "reprinted": 1.0 if reprinted and where in ("before", "top") else 0.0,
            "posted": 0.0,  # set by :func:`_mark_posted` on a thread, which compares the candidates
            "over_prose": 1.0 if over_prose else 0.0,
            "deck": 0.0,  # set by :func:`_mark_decks`, which compares the candidates
            "slug": 1.0 if slug and self._says_slug(text, slug) else 0.0,
            "short_slug": 1.0 if slug and self._says_short_slug(text, slug) else 0.0,
        }

    def _may_stand_alone(self, page: Page, j: int, opening: Counter[str], head: str | None = None) -> bool:
        """A headline shares a word with its article, in the singular or the plural ("Choosing a Web
        framework" over "… a big year for web frameworks"); one that shares none (a paywalled page
        shows little) must at least be set like a headline and not be a control ("Show more sharing
        options", "Continue reading the main story")."""
        block = page.blocks[j]
        text = block.text if head is None else head
        if any(t in opening or t + "s" in opening or (t[-1] == "s" and t[:-1] in opening) for t in _terms(text)):
            return True
        words, capitals, _ = _shape(block, head)
        return words >= 3 and capitals >= 0.6 and not is_control(text)

    def score(self, features: dict[str, float]) -> float:
        # Most of a candidate's features are 0 (four to eight of 39 are not): a term of 0 adds nothing
        # to the sum (``x + 0.0 == x``), so only the others are weighed.
        return sum(self.weights[k] * v for k, v in features.items() if v)

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        restored = _restored(page)
        is_kept = _kept_lines(page, restored)
        if True not in is_kept:
            return
        body = is_kept.index(True)
        glued: dict[int, tuple[str, date | datetime | None]] = {}
        slug = frozenset(slug_words(page.url, last=True)) if not page.is_html else frozenset()
        candidates = self._choices(page, body, glued, restored, is_kept, slug)
        if not candidates:
            return
        lines = [j for j, _ in candidates]
        kept = self._kept_terms(page, min(lines), max(lines), restored, is_kept)
        words = _kept_words(page, is_kept, max(lines))
        openings = self._openings(kept, lines)
        ends = _trail_ends(page.blocks[: max(lines) + 6])
        contents = _under_contents(page, max(lines) + 1)
        marked = _first_marked(page, body)
        numbers = _list_numbers(b.text for b in page.blocks)
        lede = _lede(page, body, candidates, glued)
        reprinted = _reprinted(page, body)
        prose = _first_prose(page, body, is_kept, self.lookahead)
        features = [
            self.features(
                page,
                body,
                j,
                where,
                r,
                openings[r],
                ends,
                _head(glued, j),
                contents[j],
                j == marked,
                numbers,
                _echoed(page, body, j),
                j == lede,
                j in reprinted,
                restored,
                min(words[j] - words[max(0, j - 6)], 150) / 150,
                prose,
                slug,
            )
            for r, (j, where) in enumerate(candidates)
        ]
        # A line over the first paragraph of prose past the window stands only if each of its words
        # is in the text that follows it ("Joco Cup 4oz" over "The 4oz reusable Joco cup …"), not a
        # slogan or a control over it ("CRUSH THE NOISE WITH MIND-BENDING BASS", "More Results").
        if prose is not None:
            keep = [r for r, f in enumerate(features) if not f["over_prose"] or f["cover"] >= 1.0]
            if len(keep) < len(candidates):
                candidates = [candidates[r] for r in keep]
                features = [features[r] for r in keep]
                openings = [openings[r] for r in keep]
                lines = [j for j, _ in candidates]
                if not candidates:
                    return
        _mark_sections(page, glued, lines, features)
        _mark_labelled(page, lines, features)
        _mark_decks(page, lines, features, glued)
        if _read_as_thread(page):
            _mark_leads(lines, features)
            _mark_posted(page, body, lines, features, self.lookback)
        scores = [self.score(f) for f in features]
        best = max(range(len(candidates)), key=scores.__getitem__)
        j = candidates[best][0]
        # The page's name printed in its menu too stands alone without a word of the text ("News"
        # over a list of stories, :func:`_echoed`); so does the one word the page's address names
        # ("Quickstart" under "/quickstart/", over a page of code).
        alone = (
            features[best]["echoed"]
            or self._is_slug(page.blocks[j], slug)
            or self._may_stand_alone(page, j, openings[best], _head(glued, j))
        )
        if scores[best] < self.min_score or not alone:
            return  # nothing reads like this article's headline (a sentence about something else)
        text = page.blocks[j].text
        title = _title_text(glued[j][0] if j in glued else _headline_line(page.blocks[j], page.settings.date_order))
        if page.lists_items:  # the title only: the line stays as the rules left it
            v = page.verdicts[j]
            if v is None:
                yield j, self.verdict("title of a listing", label=Label.CONTENT, data={"title": title})
            else:  # the verdict that removed or kept it stands, with its reason; it carries the title
                yield j, replace(v, data={**v.data, "title": title})
            return
        if page.label(j) is Label.CONTENT:  # the body's first line, or a line kept inside it
            if page.is_thread and not page.is_html:
                yield j, self.verdict("a thread's title over its posts", data={"title": title})
                return
            yield j, self.verdict("headline kept in the body", label=Label.CONTENT, data={"title": title})
            return
        copies = [
            k for k in range(max(body, j) + 1) if page.blocks[k].text == text and page.label(k) is not Label.CONTENT
        ]
        if j in glued:  # the byline's or date line's fields stay beside the headline; so does its date
            v = page.verdicts[j]
            data: dict[str, MetaValue] = {**(v.data if v is not None else {}), "title": title}
            printed = glued[j][1]
            if printed is not None:
                data.setdefault("published", printed)
            yield j, self.verdict("headline glued to its byline or date", data=data)
            return
        yield copies[0], self.verdict("headline near the body", data={"title": title})
        for k in copies[1:]:
            yield k, self.verdict("headline printed again", kind=Kind.DUPLICATE)


RULES: list[Rule] = [
    SourceDate(),
    Credit(),
    CaptionCredit(),
    AgencyCredit(),
    Byline(),
    TweetSignature(),
    Dateline(),
    Age(),
    ReadTime(),
]
CONTEXT_RULES: list[Rule] = [CaptionAboveCredit(), Title()]

# The patterns these rules search with ``page.search``: module-level, so tests/adversarial proves
# each linear, and they run without the regex timeout's set-up (see ``base.LINEAR``).
linear(
    _SOURCE_DATE, _CREDIT, _AGENCY_CREDIT, _CAPTION_HEAD, _CAPTION_TAIL, _BYLINE, _BYLINE_LABEL, _NAME_LINE, _YEAR,
    _DATED_BYLINE, _AUTHOR_AFTER, _LABEL_PREFIX, _ITEM_COUNT,
    _TWEET_SIGNATURE, _BARE_DATE, _BARE_SIGNATURE, _DATE_LABEL, _TIME_OF_DAY, _FIGURE, COUNTER, _TRAIL, _LABEL, _CLOCK,
    _DEADLINE_LABEL, _READ_TIME,
)
