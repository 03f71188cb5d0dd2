"""Judged blocks → the public models: article, teasers, metadata and the removal account."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

import regex

from .blocks import Block, Role
from .dates import age_to_datetime, find_age, find_date
from .markup import first_field, strip_count
from .models import CleanedPage, InputFormat, Kind, PageType, Teaser
from .rules.base import HEAD, Label, MetaValue, Page, Verdict
from .rules.metadata import Age
from .teasers import headline_variant, headline_words, same_headline

_META_FIELDS = ("title", "source", "published", "byline", "credit")
_STATED_TITLE_TYPES = frozenset((PageType.SERVICE,))
"""Page types whose title is the one the page states (og:title, ``<title>``) rather than its
``<h1>``: a service page's ``<h1>`` is often a slogan ("The complete customer service solution")
while its stated title names the service. Chosen on half A of ``bench/titles.py`` (wcxb-dev, by
domain): service 51 -> 56 of 80; on articles, documentation, listings, collections and products
the ``<h1>`` stays better."""
_APART_TITLE_TYPES = frozenset((PageType.PRODUCT,))
"""Page types called by their stated title where it was written apart from the ``<title>``
(``Markup.stated_apart``): a shop names the product in its og:title ("Moon Silver") and stuffs its
``<title>`` and ``<h1>`` with the line and the options ("Classic II Moon Silver | 44MM"). Chosen on
half A of ``bench/titles.py``: products 46 -> 49 of 58 right (four gained, one lost)."""
_FIELD_TITLE_TYPES = frozenset((PageType.PRODUCT, PageType.DOCUMENTATION))
"""Page types whose markup title, where it still holds a separator between fields, is called by its
first field (``markup.first_field``): a product's name before its variant, edition or contents
("Moray Driver Kit - 32 Precision Bits", "Hifiman Sundara Headphones | 2020 Edition"), a manual's
page before its section ("IAM overview | Identity and Access Management (IAM)"). Chosen on half A
of ``bench/titles.py``: products +2 −0, documentation +1 −0 (a first field of two words or more;
on services the same cut was +3 −2, on articles +4 −6, on listings and collections +0 −1)."""


DESCRIBED_WORDS = 50
"""Words a page's stated description (``Markup.description``) must hold to stand for a body of
which nothing was kept. A page that is a shell for its script (a forum whose posts the script
loads: the HTML holds no post and no ``<noscript>`` copy of them) has no text of its own, while
its og:description repeats the opening post or the article's first paragraph. Chosen on wcxb-dev
fold 0/2 (every kind): stated descriptions of 50 words or more share on average 0.83 (articles),
0.97 (forums) and 1.00 (documentation) of their 4-grams with the page's truth; shorter ones are
a shop's or a service's slogan (collections' of 30–49 words share none)."""
_DESCRIBED = regex.compile(r"\w+")


def described(body: list[dict[str, Any]], description: str | None) -> list[dict[str, Any]] | None:
    """The body to print in place of ``body`` when none of its paragraphs holds a word and the page
    states a description of :data:`DESCRIBED_WORDS` words or more: that description, as one
    paragraph; else None (``body`` stands)."""
    if not description or any(_DESCRIBED.search(row["text"]) for row in body):
        return None
    if len(_DESCRIBED.findall(description)) < DESCRIBED_WORDS:
        return None
    return [{"text": description}]


_DATE_REACH = (3, 6)
"""Blocks before and after the headline where the article's own date lines are printed."""


_REPLIED_TYPES = frozenset((PageType.FORUM, PageType.PRODUCT))
"""Page types whose comments widget heads what dates the page: a forum's replies ("12 replies")
head its posts, the first of which dates the thread; a product's reviews ("Customer reviews")
come before its own dates ("Date First Available May 12, 2024", "Listed on Nov 29, 2025").
Chosen on wcxb-dev fold 0/2 (the text's date against the HTML page's): on forums the screen lost
a first post's date, on products the HTML pages' own dates."""


def _commented(page: Page, body: int | None) -> int | None:
    """The first block of the comments section: a comments widget or heading ("2 comments",
    "Leave a Reply") after the body has started; None where there is none. A count printed
    by the headline, before the body ("By Jane Doe | 12 comments"), opens no section; nor
    does one on the page types of :data:`_REPLIED_TYPES`."""
    if body is None or page.page_type in _REPLIED_TYPES:
        return None
    return next((i for i in range(body + 1, len(page.verdicts)) if page.kind(i) is Kind.COMMENTS), None)


_LETTER = regex.compile(r"\p{L}")


def _signed(page: Page, i: int) -> bool:
    """Whether block ``i`` prints words before its date, as a comment's header does: the
    commenter's name ("Stephanie September 17, 2014 - 1:01 pm"), "This page was last edited on
    …". A bare date or a post's number ("- November 20, 2019, 10:54 am", "#2 · Mar 21, 2025")
    in the comments section is not screened: on wcxb-dev fold 0/2 and half a of the 181 news
    pages the only dates so lost were of that shape and on the HTML page's day."""
    text = page.blocks[i].text
    found = find_date(text, page.settings.date_order)
    return found is not None and _LETTER.search(text[: found.start]) is not None


def _metadata(page: Page) -> dict[str, MetaValue]:
    """The first value of each field in page order; the date is the one printed nearest the
    headline (or the body's start): dates higher up or further down belong to teasers,
    comments or the site's own "today". A date inside the comments section (past a comments
    widget after the body's start, :func:`_commented`), out of the headline's reach and signed
    (:func:`_signed`) is a comment's, never the article's: where it is the only one, the article
    has no date (issue 11: a wrongly read date is worse than none)."""
    found: dict[str, MetaValue] = {}
    dated: list[tuple[int, MetaValue]] = []
    titled = body = None
    for i, v in enumerate(page.verdicts):
        if v is None:
            continue
        if titled is None and "title" in v.data:
            titled = i
        if body is None and v.label is Label.CONTENT:
            body = i
        for key, value in v.data.items():
            if key in _META_FIELDS:
                found.setdefault(key, value)
                if key == "published":
                    dated.append((i, value))
    anchor = titled if titled is not None else body
    if dated and (comments := _commented(page, body)) is not None:
        reach = anchor + _DATE_REACH[1] if anchor is not None else comments
        dated = [d for d in dated if d[0] < comments or d[0] <= reach or not _signed(page, d[0])]
        if not dated:
            del found["published"]
        else:
            found["published"] = dated[0][1]  # several: the choice below
    if len(dated) > 1 and anchor is not None:
        # By the headline, the first ("Posted …" before "Updated …"); else the nearest.
        near = [d for d in dated if anchor - _DATE_REACH[0] <= d[0] <= anchor + _DATE_REACH[1]]
        found["published"] = near[0][1] if near else min(dated, key=lambda d: abs(d[0] - anchor))[1]
    return found


def _age_published(page: Page) -> datetime | None:
    """The article's date from an age printed by its headline ("vor 2 Stunden", "3시간 전"),
    resolved against ``Settings.reference_time``: the first age line from the headline (or
    three blocks before the body) to three blocks into the body. Ages elsewhere belong to
    teasers and comments."""
    now = page.settings.reference_time
    if now is None:
        return None
    body = next((i for i, v in enumerate(page.verdicts) if v is not None and v.label is Label.CONTENT), None)
    if body is None:
        return None
    titled = [i for i, v in enumerate(page.verdicts[: body + 4]) if v is not None and "title" in v.data]
    start = titled[0] if titled else max(0, body - 3)
    for i in range(start, min(len(page.blocks), body + 4)):
        v = page.verdicts[i]
        if v is not None and v.rule == Age.id and (m := find_age(page.blocks[i].text)) is not None:
            return age_to_datetime(m.group(0), now)
    return None


def _published(age: str | None, text: str, page: Page) -> date | datetime | None:
    found = find_date(text, page.settings.date_order)
    if found is not None:
        return found.value
    if age and page.settings.reference_time is not None:
        return age_to_datetime(age, page.settings.reference_time)
    return None


def _field(data: Mapping[str, MetaValue], key: str) -> str | None:
    value = data.get(f"teaser.{key}")
    return str(value) if value is not None else None


def teasers(page: Page, own_title: str | None = None) -> list[Teaser]:
    """Teaser models, in page order: the fields the teaser-list rule read onto each teaser's headline block."""
    return [Teaser.model_validate(row) for row in teaser_rows(page, own_title)]


def _own_headline(title: str, own: list[str] | None) -> bool:
    """Whether a teaser's headline is the page's own (``own``: its words), printed again in a list."""
    if not own:
        return False
    return same_headline(title, own) or headline_variant(headline_words(title), own)


def teaser_rows(page: Page, own_title: str | None = None) -> list[dict[str, Any]]:
    """The fields of each :class:`Teaser` of the page (validated with the whole page in one call,
    as :func:`removed_rows` are: a page holds dozens of teasers). A list that prints the page's
    own headline (``own_title``: "Most viewed" holding the story being read), in its words or in a
    shorter wording of them (:func:`teasers.headline_variant`), does not make it a teaser: the
    page's title is known only here, once the markup's is weighed with the text's."""
    out: list[dict[str, Any]] = []
    own = headline_words(own_title) if own_title else None
    for v in page.verdicts:
        if v is None or "teaser.title" not in v.data:
            continue
        data = v.data
        # A paragraph may hold several teasers ("teaser.title", then "teaser.title.1", "teaser.url.1",
        # ...): one row each, their fields under the same suffix, the block shared.
        m, key = 0, "teaser.title"
        while key in data:
            suffix = f".{m}" if m else ""
            title = str(data[key])
            if not _own_headline(title, own):
                age = _field(data, "age" + suffix)
                out.append(
                    {
                        "title": title,
                        "source": _field(data, "source" + suffix),
                        "age": age,
                        "published": _published(age, age or "", page),
                        "summary": _field(data, "summary" + suffix),
                        "url": _field(data, "url" + suffix),
                        "block": _field(data, "block"),
                        "sponsored": "teaser.sponsored" + suffix in data,
                    }
                )
            m += 1
            key = f"teaser.title.{m}"
    return out


def removed_rows(page: Page) -> list[dict[str, Any]]:
    """One entry per block that left the article, with its original lines: the fields of a
    :class:`Removed`, validated with the whole page in one call (a page removes a hundred blocks,
    and one validation of them all costs half of a hundred model constructions)."""
    return [
        {
            "rule": v.rule,
            "kind": v.kind,
            "text": block.raw,
            "start_line": block.start_line,
            "end_line": block.end_line,
            "reason": v.reason,
        }
        for block, v in zip(page.blocks, page.verdicts, strict=True)
        if v is not None and v.label is Label.BOILERPLATE
    ]


def paragraph_text(block: Block) -> str:
    """A kept block's text in the article: code keeps its white space, a table gives a line per
    row (from HTML its cells joined by " | ", from text its cells joined by a space: the row's
    line with white space normalised, or the row's cells that held a ``<p>`` each), everything
    else is the block's normalised text."""
    shape = block.shape
    if shape is None:
        return block.text
    if shape.role is Role.CODE:
        return block.raw.strip("\n")
    if shape.role is Role.TABLE and block.dom is None and shape.rows:  # text: each row as written
        return "\n".join(" ".join(row) for row in shape.rows)
    if shape.role is Role.TABLE and shape.rows:
        return "\n".join(" | ".join(row) for row in shape.rows)
    return block.text


def paragraph_row(block: Block) -> dict[str, Any]:
    """The fields of the block's :class:`~pagecleaner.models.Paragraph` (validated with the page)."""
    row: dict[str, Any] = {"text": paragraph_text(block), "start_line": block.start_line, "end_line": block.end_line}
    shape = block.shape
    if shape is not None:
        row["role"] = shape.role
        if shape.role is Role.HEADING:
            row["level"] = shape.level
        elif shape.role is Role.LIST_ITEM:
            row["ordered"], row["depth"] = shape.ordered, shape.level
        elif shape.role is Role.TABLE:
            row["rows"] = shape.rows
    dom = block.dom
    if dom is not None:
        if dom.links:
            row["links"] = [{"text": text, "url": url} for text, url in dom.links]
        if dom.images:
            row["images"] = [{"url": url, "alt": alt} for url, alt in dom.images]
    return row


_WORD_RUN = regex.compile(r"\S+")


def _headed(row: dict[str, Any], verdict: Verdict | None) -> dict[str, Any]:
    """A kept block's paragraph, cut after its first words where its verdict keeps the head only
    (``data[HEAD]``, a count of words: ``quality.log-head``'s pasted log); the white space kept
    up to the cut (a log's lines stay lines)."""
    if verdict is None or HEAD not in verdict.data:
        return row
    keep = int(str(verdict.data[HEAD]))
    text: str = row["text"]
    for n, m in enumerate(_WORD_RUN.finditer(text), start=1):
        if n == keep:
            return {**row, "text": text[: m.end()]}
    return row


def kept(page: Page) -> Sequence[Block]:
    """The article's blocks: every block no rule removed."""
    return [b for b, v in zip(page.blocks, page.verdicts, strict=True) if v is None or v.label is not Label.BOILERPLATE]


def assemble(
    page: Page,
    input_format: InputFormat,
    encoding: str | None,
    url: str | None,
    warnings: list[str],
    markup: Mapping[str, MetaValue] | None = None,
    stated_title: str | None = None,
    reported: tuple[PageType, float] | None = None,
    stated_apart: bool = False,
    description: str | None = None,
) -> CleanedPage:
    """Build the ``CleanedPage`` from a judged page. ``markup`` is metadata read from HTML
    markup (title, published, byline, source); where present it wins over the text's.
    ``stated_title`` (``Markup.stated_title``) replaces the markup's title on the page types that
    call a page by its stated title, and on those that do where it was written apart from the
    ``<title>`` (``stated_apart``, ``Markup.stated_apart``). ``reported`` is the page type and
    confidence to report (``pagetype.Detection.reported``) when they differ from the type the page
    was cleaned as. ``description`` (``Markup.description``) stands for a body of which nothing
    was kept, when it is long enough (:func:`described`), with a warning saying so."""
    meta = {**_metadata(page), **{k: v for k, v in (markup or {}).items() if k in _META_FIELDS}}
    if stated_title and (
        page.page_type in _STATED_TITLE_TYPES or (stated_apart and page.page_type in _APART_TITLE_TYPES)
    ):
        meta["title"] = stated_title
    if (
        markup
        and "title" in markup
        and page.page_type in _FIELD_TITLE_TYPES
        and isinstance(named := meta["title"], str)
    ):
        meta["title"] = first_field(named) or named
    if page.lists_items and isinstance(title := meta.get("title"), str):  # "Best Books Ever (77141 books)"
        meta["title"] = strip_count(title) or title
    if "published" not in meta and (aged := _age_published(page)) is not None:
        meta["published"] = aged
    body = [
        _headed(paragraph_row(b), v)
        for b, v in zip(page.blocks, page.verdicts, strict=True)
        if v is None or v.label is not Label.BOILERPLATE
    ]
    if (stand_in := described(body, description)) is not None:
        body = stand_in
        warnings = [*warnings, "no text of the page's body was kept: its stated description stands for it"]
    article = {"body": body, "url": url, **meta}
    return CleanedPage.model_validate(
        {
            "article": article,
            "related": teaser_rows(page, str(meta["title"]) if meta.get("title") else None),
            "removed": removed_rows(page),
            "input_format": input_format,
            "encoding": encoding,
            "warnings": [*warnings, *page.warnings],
            "page_type": page.page_type if reported is None else reported[0],
            "page_type_confidence": page.page_type_confidence if reported is None else reported[1],
        }
    )
