"""Metadata the markup states outright: title, date, author, publisher, canonical URL and description.

Read from JSON-LD, OpenGraph / article meta tags, ``<time datetime>``, ``<h1>`` and
``<title>``. Where the markup says something, it wins over what the text rules guessed.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from difflib import SequenceMatcher
from itertools import chain
from typing import Any
from urllib.parse import urljoin

import lxml.etree as etree
import regex

from .dates import find_date
from .segment import normalise
from .textcase import lower

_ARTICLE_TYPES = frozenset(
    "article newsarticle blogposting reportagenewsarticle analysisnewsarticle opinionnewsarticle "  # noqa: SIM905 (a word list reads better as words)
    "reviewnewsarticle backgroundnewsarticle scholarlyarticle techarticle report webpage "
    "liveblogposting socialmediaposting posting".split()
)
# " | Site", " - Site", " — Site" at the end of a title; the site part is short.
_SITE_SUFFIX = regex.compile(r"(?<!\s)\s+[|\-–—:·•»]{1,2}\s+(?P<site>(?:(?!\s[|\-–—:·•»])[^|–—·•»]){1,40})$")
_MAX_JSON_CHARS = 1_000_000
_MAX_JSON_NODES = 5_000

MetaValue = str | date | datetime


@dataclass(slots=True)
class Markup:
    """What the markup said: metadata fields for the article, and the canonical URL."""

    fields: dict[str, MetaValue] = field(default_factory=dict)
    url: str | None = None
    base: str | None = None
    """What relative links resolve against: ``<base href>``, else the page's own URL."""
    types: frozenset[str] = frozenset()
    """Lower-cased schema.org types the page declares: JSON-LD ``@type`` and microdata ``itemtype``
    (``product``, ``discussionforumposting``); the page-type detection reads them."""
    og_type: str | None = None
    """The ``og:type`` meta value, lower-cased (``article``, ``product``, ``website``)."""
    stated_title: str | None = None
    """The title the page states (og:title, JSON-LD headline, twitter:title, else ``<title>``)
    without its site suffix, when ``fields["title"]`` took another (an ``<h1>``): assembly, which
    knows the page type, may prefer it (``pagecleaner.assemble``)."""
    stated_apart: bool = False
    """The title stated for sharing (og:title, JSON-LD headline, twitter:title) is not the ``<title>``
    (each without its site suffix): written apart, for the thing the page shows (a shop names the
    product there, "Moon Silver", and stuffs its ``<title>``); see :func:`stated_apart`."""
    description: str | None = None
    """The description the page states for sharing and search (og:description, else the
    ``description`` meta, else twitter:description), as plain text. Not a field of the article:
    assembly reads it only where no text of the body was kept (:data:`assemble.DESCRIBED_WORDS`)."""
    product_description: str | None = None
    """The description the page's JSON-LD ``Product`` (or ``ProductGroup``) object states, as plain
    text (its tags dropped), the longest where there are several: a shop writes the product's own
    description there, the text its page shows under the product. Read by
    ``quality.stated-description`` on pages cleaned as a product."""


def resolve_url(base: str | None, href: str) -> str | None:
    """``href`` made absolute against ``base``; None for a URL that cannot be parsed ("http://[bad")."""
    href = href.strip()
    try:
        return str(urljoin(base, href)) if base else href
    except ValueError:
        return None


def _text(el: etree._Element) -> str:
    return normalise(" ".join(el.itertext()))


_READ_TAGS = ("meta", "script", "link", "base", "title", "h1", "time")


def _gather(root: etree._Element) -> dict[str, list[etree._Element]]:
    """The ``meta``, ``script``, ``link``, ``base``, ``title``, ``h1`` and ``time`` elements, by tag, in
    document order: one walk of the tree for all of them (each walk, or XPath query, costs as much
    as the page has nodes)."""
    found: dict[str, list[etree._Element]] = {tag: [] for tag in _READ_TAGS}
    for el in root.iter(*_READ_TAGS):
        found[el.tag].append(el)
    return found


def _meta(metas: list[etree._Element]) -> dict[str, str]:
    """``<meta property|name|itemprop=... content=...>``, first value per lower-cased key read here."""
    found: dict[str, str] = {}
    for el in metas:
        content = el.get("content")
        if not content or not content.strip():
            continue
        # One tag may carry several keys: property="article:published" itemprop="datePublished dateCreated".
        keys = [el.get("property") or "", el.get("name") or "", *(el.get("itemprop") or "").split()]
        for key in keys:
            key = lower(key.strip())
            # Only the keys read below: pages carry dozens of others (viewport, fb:app_id ...).
            if key in _META_KEYS and key not in found:
                found[key] = normalise(content)
    return found


def _json_objects(scripts: list[etree._Element]) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD scripts, walked without recursion."""
    for script in scripts:
        if lower((script.get("type") or "").strip()) != "application/ld+json" or not script.text:
            continue
        if len(script.text) > _MAX_JSON_CHARS:
            continue
        try:
            stack: list[Any] = [json.loads(script.text)]
        except (ValueError, RecursionError):  # the json module recurses: a hostile nest must not crash us
            continue
        seen = 0
        while stack and seen < _MAX_JSON_NODES:
            item = stack.pop()
            seen += 1
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                stack.extend(v for k, v in item.items() if k in ("@graph", "mainEntity", "itemListElement"))


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    names = t if isinstance(t, list) else [t]
    return {lower(n) for n in names if isinstance(n, str)}


def _names(value: Any) -> list[str]:
    """Names from a JSON-LD person/organisation value: a string, an object or a list of either."""
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items[:10]:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and normalise(name):
            out.append(normalise(name))
    return out


_PRODUCT_TYPES = frozenset(("product", "productgroup"))
PRODUCT_DESCRIPTION = "productDescription"
"""The key :func:`_json_ld` gives the longest description of the page's product objects under."""
_TAG = regex.compile(r"<[^<>]{0,1000}>")
"""A tag inside a JSON-LD description ("<p>", "<br/>"); bounded, linear."""


def _json_ld(scripts: list[etree._Element], types: set[str] | None = None) -> dict[str, str]:
    """headline, datePublished, author and publisher of the page's article object, and the longest
    ``description`` of its product objects as plain text (:data:`PRODUCT_DESCRIPTION`); every
    object's ``@type`` is added to ``types`` when given."""
    found: dict[str, str] = {}
    for obj in _json_objects(scripts):
        obj_types = _types(obj)
        if types is not None:
            types |= obj_types
        if obj_types & _PRODUCT_TYPES and isinstance(stated := obj.get("description"), str):
            text = normalise(_TAG.sub(" ", _plain(stated)))
            if len(text) > len(found.get(PRODUCT_DESCRIPTION, "")):
                found[PRODUCT_DESCRIPTION] = text
        if not obj_types & _ARTICLE_TYPES and "headline" not in obj:
            continue
        for key in ("headline", "datePublished", "dateCreated"):
            if isinstance(obj.get(key), str) and obj[key].strip():
                found.setdefault(key, normalise(obj[key]))
        if authors := _names(obj.get("author")):
            found.setdefault("author", ", ".join(dict.fromkeys(authors)))
        if publisher := _names(obj.get("publisher")):
            found.setdefault("publisher", publisher[0])
    return found


def parse_when(value: str) -> date | datetime | None:
    """An ISO 8601 timestamp or date as markup writes it, else the first date in the text."""
    text = value.strip()
    iso = text.replace("Z", "+00:00") if text.endswith("Z") else text
    if regex.search(r"[+-]\d{4}$", iso) and "T" in iso:
        iso = iso[:-2] + ":" + iso[-2:]
    try:
        parsed = datetime.fromisoformat(iso)
    except ValueError:
        found = find_date(text)
        return found.value if found is not None else None
    if len(text) <= 10:
        return parsed.date()
    return parsed


def strip_site(title: str, site: str | None = None) -> str:
    """Drop a trailing " | Site" from a title (only a short tail, and only when some title remains)."""
    m = _SITE_SUFFIX.search(title)
    if m is None:
        return title
    rest = title[: m.start()].strip()
    tail = m["site"].strip()
    named = site is not None and lower(tail) == lower(site)
    # One word may be the whole title ("tokio::runtime - Rust") when the tail is short as a name is.
    if (len(rest.split()) >= 2 or len(tail.split()) <= 2) and (named or len(tail.split()) <= 4):
        return rest
    return title


def _first_text(root: etree._Element, path: str) -> str | None:
    for el in root.xpath(path):
        if text := _text(el):
            return text
    return None


_INVISIBLE = regex.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
"""Soft hyphens and zero-width characters: a headline set for line breaking carries them."""
_WORD = regex.compile(r"\w+")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _agrees(heading: str, stated: str, site: str | None) -> bool:
    """Whether a heading says what a stated title says: most of its words are in the title, and
    it covers a good part of the title without its site suffix (a site name in an ``<h1>``
    shares only the suffix, "The Rust Programming Language" of "What is Ownership? - The Rust
    Programming Language")."""
    words, core = _words(heading), _words(strip_site(stated, site))
    shared = words & _words(stated)
    return bool(words) and len(shared) >= 0.5 * len(words) and len(words & core) >= 0.2 * len(core)


def _plain(text: str) -> str:
    """The text without invisible characters, and with the character references that survived a
    second escaping decoded ("SQL &amp;#x26; AI" in the source reads "SQL &#x26; AI" once parsed)."""
    text = _INVISIBLE.sub("", text)
    return html.unescape(text) if "&" in text else text


def _references(stated: list[str], page_title: str | None) -> list[str]:
    """The titles the page states for itself, then its ``<title>``, as plain text."""
    return [_plain(t) for t in [*stated, *([page_title] if page_title else [])] if t]


def stated_title(stated: list[str], page_title: str | None, site: str | None) -> str | None:
    """The title the page states for itself: the first stated title, else the ``<title>``, without
    a site suffix."""
    refs = _references(stated, page_title)
    return strip_site(refs[0], site) if refs else None


def stated_apart(stated: list[str], page_title: str | None, site: str | None) -> bool:
    """Whether the page states a title for sharing that is not its ``<title>``, each without its site
    suffix and compared letter by letter (:func:`_same_letters`): "Moon Silver" against "Classic II by
    MVMT — Clean Men's Watches in Moon Silver | MVMT". ``False`` when either is missing."""
    if not stated or not page_title:
        return False
    return not _same_letters(strip_site(_plain(stated[0]), site), strip_site(_plain(page_title), site))


def _in_capitals(text: str) -> bool:
    """Set in capitals only, two words or more ("SUPPORTING GAAP COMPLIANCE")."""
    return len(text.split()) >= 2 and sum(c.isalpha() for c in text) >= 4 and text.upper() == text


_SOURCE_HOST = regex.compile(r"\s\((?:[\w-]++\.)++\p{L}{2,}+\)(?:\s\d++)?$")
"""The story's source printed after a headline by a site of links, with its score: " (latimes.com) 87"."""


def strip_source(headline: str) -> str:
    """``headline`` without the host name of the story's source and its score printed after it by a
    site of links ("… No Longer Guarantee Jobs (latimes.com) 87" → "… No Longer Guarantee Jobs")."""
    if not headline.endswith(")") and not headline[-1:].isdigit():
        return headline
    m = _SOURCE_HOST.search(headline)
    return headline[: m.start()].rstrip() if m is not None and m.start() > 0 else headline


def _bare_headline(heading: str, refs: list[str], site: str | None) -> str | None:
    """The stated title, where the heading prints it whole with a date before it ("Dec 18 2025
    Preparing a transition in Debusine": a blog's date set in the heading) or with the host name
    of the story's source after it ("… No Longer Guarantee Jobs (latimes.com) 87": a site of
    links); else None. A headline's own words around the stated title (a subtitle, "… Guide 2025")
    are the heading's, and stay."""
    for ref in refs:
        core = strip_site(ref, site)
        at = heading.find(core) if len(core.split()) >= 3 else -1
        if at < 0 or core == heading:
            continue
        before, after = heading[:at].strip(), heading[at + len(core) :]
        if before and not after.strip():
            found = find_date(before)
            if found is not None and found.start == 0 and not _WORD.search(before, found.end):
                return core
        if not before and _SOURCE_HOST.fullmatch(after) is not None:
            return core
    return None


def choose_title(stated: list[str], headings: list[str], page_title: str | None, site: str | None) -> str | None:
    """The page's title from what the markup offers.

    ``stated``: the titles the page states for sharing (og:title, JSON-LD headline, twitter:title);
    ``headings``: its ``<h1>`` texts; ``page_title``: its ``<title>``. The visible headline is what
    readers (and the benchmarks' truths) call the title, but an ``<h1>`` is also used for a logo
    or a section name: a heading is taken when it agrees with a stated title or the ``<title>``
    (of several, the one sharing most words with it) and is not the site's name
    (:func:`_site_names`), else the stated title (without a site suffix), else the ``<title>``.
    A stated title that prints the heading's words with cleaner text (not in capitals, no stray
    space) is preferred. A heading set in capitals only that words the title otherwise is a label
    or a kicker above it ("SUPPORTING GAAP COMPLIANCE" over "GAAP Compliance: Applying Accounting
    Best Practices …"), not taken; one that prints the stated title with a date before it or the
    story's source after it gives the stated title (:func:`_bare_headline`).
    """
    refs = _references(stated, page_title)
    names = _site_names(refs, site)
    best: tuple[float, str] | None = None
    for heading in headings:
        heading = normalise(_plain(heading))
        if not heading or len(heading.split()) > 40 or heading.casefold() in names:
            continue
        agreeing = [ref for ref in refs if _agrees(heading, ref, site)]
        if not agreeing or (_in_capitals(heading) and not any(_same_letters(r, heading) for r in refs)):
            continue
        heading = _bare_headline(heading, refs, site) or heading
        # Of several agreeing headings, the one closest to what the page states (a page may
        # print its section's name in an earlier ``<h1>`` that shares a word with the title).
        words = _words(heading)
        overlap = max(_overlap(words, _words(strip_site(ref, site))) for ref in agreeing)
        if best is None or overlap > best[0]:
            best = (overlap, next((r for r in refs if r != heading and _same_letters(r, heading)), heading))
    if best is not None:
        return best[1]
    if refs:
        return strip_site(refs[0], site)
    return normalise(_plain(headings[0])) if headings else None


_SITE_PREFIX = regex.compile(r"^(?P<site>(?:(?!\s[|•·»]\s).){1,40}?)\s[|•·»]\s(?=\S)")
"""A short field before a bar or a dot at the start of a title ("The Agency | …")."""


def strip_site_prefix(title: str | None, headings: list[str]) -> str | None:
    """Drop a site's name printed before the title ("The Agency | ML (Machine Learning) at Georgia
    Tech"): a field of one to three words before a bar, a bullet or a guillemet, followed by at
    least three words and twice as many as it has, that no ``<h1>`` opens with (a heading that
    may name the page by that field: "IAM overview | …" under "IAM overview …"). A colon or a dash does not
    count ("Vercel: Build and deploy …", "Discord - Group Chat …" name the product in the title)."""
    m = _SITE_PREFIX.match(title) if title else None
    if title is None or m is None:
        return title
    rest = title[m.end() :].strip()
    head, words = _WORD.findall(m["site"].casefold()), len(_WORD.findall(rest))
    if not 0 < len(head) <= 3 or words < max(3, 2 * len(head)):
        return title
    if any(_WORD.findall(normalise(_plain(h)).casefold())[: len(head)] == head for h in headings):
        return title
    return rest


_COUNT_SUFFIX = regex.compile(r"\s\(\d[\d,.]*\s\p{Ll}+\)$")
"""How many items a listing holds, printed after its name: "Best Books Ever (77141 books)". One
white-space character before the bracket, not a run of them: a search for a run before the bracket
retries the whole run of spaces from each of its positions (a title of 40,000 spaces took 10 s); the white space before it
is walked back one character at a time (:func:`strip_count`)."""
_SPACE = regex.compile(r"\s")


def strip_count(title: str | None) -> str | None:
    """Drop a count of items after a listing's name ("Best Books Ever (77141 books)" → "Best Books
    Ever"): a number and a word in lower case in brackets at the end, where words remain before it.
    A year or an edition ("(2025)", "(2013, Hardcover)") stays. Assembly calls it on listings and
    collections only: on an article the same shape is part of the headline ("Keto Diet (14 days)")."""
    m = _COUNT_SUFFIX.search(title) if title else None
    if title is None or m is None or not _WORD.search(title[: m.start()]):
        return title
    end = m.start()
    while end > 0 and _SPACE.match(title, end - 1):
        end -= 1
    return title[:end]


def _site_names(refs: list[str], site: str | None) -> frozenset[str]:
    """The site's names, case-folded: ``og:site_name`` (or the JSON-LD publisher) and the site
    suffix of each stated title ("The Herald" of "Library to close | The Herald"). An ``<h1>``
    that prints one of them is the site's logo or masthead, not the page's headline."""
    names = {_plain(site).casefold().strip()} if site else set()
    for ref in refs:
        if (m := _SITE_SUFFIX.search(ref)) is not None:
            names.add(m["site"].strip().casefold())
    return frozenset(names)


def _overlap(a: set[str], b: set[str]) -> float:
    """Shared words over all words of the two (0 when both are empty)."""
    return len(a & b) / len(a | b) if a or b else 0.0


def _same_letters(a: str, b: str) -> bool:
    """The same text but for case, spacing and a character or two ("C ycle", "Beginner? Guide")."""
    x, y = "".join(_WORD.findall(a.casefold())), "".join(_WORD.findall(b.casefold()))
    if x == y:
        return True
    return abs(len(x) - len(y)) <= 2 and SequenceMatcher(None, x, y).ratio() >= 0.95


_FIELD_SEPARATOR = regex.compile(r"\s[|\-–—·•»]\s")
"""A separator between a title's fields ("Local SEO Software | Local SEO Tools | Try for Free")."""


def named_by_heading(title: str | None, headings: list[str]) -> str | None:
    """The page's name where its title is stuffed with keywords: a title that still holds a
    separator between fields once its site suffix is gone ("Local SEO Software | Local SEO Tools |
    Try for Free", "Hire Local Movers – Moving Help in Jackson, NJ") is called by its ``<h1>``
    when the heading opens with the title's first word and says part of it, in fewer words
    ("Local SEO Tools", "Hire Movers in Jackson, NJ"). A heading set in capitals only is passed
    over (the title prints those words in their case), and so is one that starts elsewhere in the
    title ("The open source AI code editor" of "Visual Studio Code - The open source AI code
    editor", the product's slogan)."""
    if not title or _FIELD_SEPARATOR.search(title) is None:
        return title
    order = _WORD.findall(title.casefold())
    words = set(order)
    for heading in headings:
        heading = normalise(_plain(heading)).rstrip(" ¶")
        found = _WORD.findall(heading.casefold())
        if found and found[0] == order[0] and set(found) < words and heading.upper() != heading:
            return heading
    return title


def first_field(title: str | None) -> str | None:
    """A title's first field where it still holds a separator between fields once its site suffix
    is gone: "Moray Driver Kit - 32 Precision Bits" → "Moray Driver Kit", "IAM overview | Identity
    and Access Management (IAM)" → "IAM overview". Assembly calls it on products, whose title
    names the product before its variant, edition or contents, and on documentation, whose title
    names the page before its section or manual. A first field of one word stays whole ("Jimmy
    - Blue" may name a colour's page as much as a product)."""
    m = _FIELD_SEPARATOR.search(title) if title else None
    if title is None or m is None:
        return title
    head = title[: m.start()].strip()
    return head if len(head.split()) >= 2 else title


def _titles(
    meta: dict[str, str], ld: dict[str, str], tags: dict[str, list[etree._Element]], site: str | None
) -> tuple[str | None, str | None, bool]:
    """The chosen title (``choose_title``) and the stated one (``stated_title``), each called by
    the page's ``<h1>`` where it is stuffed with keywords (``named_by_heading``), without a site's
    name printed before it (``strip_site_prefix``); and whether the stated one was written apart
    from the ``<title>`` (``stated_apart``)."""
    stated = [t for t in (meta.get("og:title"), ld.get("headline"), meta.get("twitter:title")) if t]
    # What //body//h1 and //head/title select, from the gathered elements.
    headings = [t for el in [el for el in tags["h1"] if _in_body(el)][:5] if (t := _text(el))]
    titles = (el for el in tags["title"] if (up := el.getparent()) is not None and up.tag == "head")
    page_title = next((t for el in titles if (t := _text(el))), None)
    chosen = strip_site_prefix(named_by_heading(choose_title(stated, headings, page_title, site), headings), headings)
    called = strip_site_prefix(named_by_heading(stated_title(stated, page_title, site), headings), headings)
    return chosen, called, stated_apart(stated, page_title, site)


_DATE_KEYS = (
    "article:published_time",
    "article:published",
    "datepublished",
    "og:published_time",
    "published_time",
    "pubdate",
    "publishdate",
    "date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
)


_DESCRIPTION_KEYS = ("og:description", "description", "twitter:description")
_META_KEYS = frozenset(
    (
        *("og:title", "og:type", "twitter:title", "author", "article:author", "og:url", "og:site_name"),
        *_DATE_KEYS,
        *_DESCRIPTION_KEYS,
    )
)


def _description(meta: dict[str, str]) -> str | None:
    """The page's stated description, the first of og:description, ``description`` and
    twitter:description, as plain text (a description escaped twice reads "&hellip;" once parsed)."""
    found = next((meta[k] for k in _DESCRIPTION_KEYS if meta.get(k)), None)
    return normalise(_plain(found)) if found else None


def _published(meta: dict[str, str], ld: dict[str, str], times: list[etree._Element]) -> date | datetime | None:
    stated = [ld.get("datePublished"), *(meta.get(k) for k in _DATE_KEYS), ld.get("dateCreated")]
    # The <time> elements come last: a generator, so they are read only when nothing above gives a date.
    for value in chain(stated, _time_stamps(times)):
        if value and (when := parse_when(value)) is not None and _plausible(when):
            return when
    return None


def _time_stamps(times: list[etree._Element]) -> Iterator[str | None]:
    """The ``datetime`` of the body's ``<time>`` elements (the first of each parent), in document order:
    what //body//time[@datetime][1] selects, from the page's ``<time>`` elements."""
    for el in times:
        if (stamp := el.get("datetime")) is None or not _in_body(el):
            continue
        if not any(s.get("datetime") is not None for s in el.itersiblings("time", preceding=True)):
            yield stamp


def _in_body(el: etree._Element) -> bool:
    """Whether a ``<body>`` element encloses ``el`` (what //body//... asks)."""
    return next(el.iterancestors("body"), None) is not None


def _plausible(when: date | datetime) -> bool:
    # Templates print placeholders such as 0001-01-01 or 1970-01-01; no article on the web is older
    # than the web.
    return when.year >= 1991


def _byline(meta: dict[str, str], ld: dict[str, str], root: etree._Element) -> str | None:
    for value in (ld.get("author"), meta.get("author"), meta.get("article:author")):
        if value and not value.startswith(("http://", "https://")):
            return _strip_by(value)
    found = _first_text(root, '//body//a[@rel="author"]')
    return _strip_by(found) if found else None


_BY = regex.compile(r"^(?i:by|por|di|oleh|von|par)\s+(?=\S)")


def _strip_by(name: str) -> str:
    """The byline without a leading "By" ("By MEG KINNARD and ERRIN HAINES" → "MEG KINNARD and ...")."""
    return str(_BY.sub("", name.strip(), count=1))


def _canonical(meta: dict[str, str], links: list[etree._Element], url: str | None) -> str | None:
    # What //link[@rel="canonical"][@href] selects: the attribute exactly "canonical", an href present.
    hrefs: list[str | None] = [
        el.get("href") for el in links if el.get("rel") == "canonical" and el.get("href") is not None
    ]
    for href in [*hrefs, meta.get("og:url")]:
        if href and href.strip() and (resolved := resolve_url(url, href)) is not None:
            return resolved
    return None


def read_markup(root: etree._Element | None, url: str | None = None) -> Markup:
    """Metadata from the parsed document; empty fields are left out."""
    if root is None:
        return Markup(url=None, base=url)
    tags = _gather(root)
    types: set[str] = set()
    meta, ld = _meta(tags["meta"]), _json_ld(tags["script"], types)
    source = meta.get("og:site_name") or ld.get("publisher")
    title, stated, apart = _titles(meta, ld, tags, source)
    fields: dict[str, MetaValue | None] = {
        "title": title,
        "published": _published(meta, ld, tags["time"]),
        "byline": _byline(meta, ld, root),
        "source": source,
    }
    return Markup(
        {k: v for k, v in fields.items() if v},
        _canonical(meta, tags["link"], url),
        _base(tags["base"], url),
        frozenset(types | _microdata_types(root)),
        lower(meta.get("og:type") or "") or None,
        stated if stated and stated != title else None,
        apart,
        _description(meta),
        ld.get(PRODUCT_DESCRIPTION),
    )


_MAX_ITEMTYPES = 200


def _microdata_types(root: etree._Element) -> set[str]:
    """The last path part of each microdata ``itemtype`` ("https://schema.org/Product" → "product")."""
    found: set[str] = set()
    for value in root.xpath("//@itemtype")[:_MAX_ITEMTYPES]:
        for url in str(value).split()[:5]:
            name = lower(url.rstrip("/").rsplit("/", 1)[-1])
            if 0 < len(name) <= 60:
                found.add(name)
    return found


def _base(bases: list[etree._Element], url: str | None) -> str | None:
    for el in bases:
        if (href := (el.get("href") or "").strip()) and (resolved := resolve_url(url, href)) is not None:
            return resolved
    return url
