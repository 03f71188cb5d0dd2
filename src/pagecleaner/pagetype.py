"""Blocks (+ markup, URL) → the page's type: article, forum, product, listing, collection,
documentation or service.

Runs after the features and before the rules, which read the type off :class:`~pagecleaner.rules.
base.Page`. The signals are ones that hold on sites never seen: the schema.org types and
``og:type`` the markup declares, the shape of the URL's path, the element structures the page
repeats (post containers, product cards) and the shape of its text (many short items with prices,
post headers with dates and "Reply", code). They feed a small multinomial logistic regression whose
weights ship in ``pagetype_model.json`` (rebuilt by ``bench/train_pagetype.py`` from the shared data,
its accuracy measured on domains held out of the fit); inference is a few dot products in plain Python.
"""

from __future__ import annotations

import importlib
import json
import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib.resources import files
from itertools import accumulate
from typing import Any
from urllib.parse import urlsplit

import regex

from .alternation import AUTOMATON_MAX_CHARS
from .blocks import Block
from .models import PageType
from .textcase import lower

MODEL_FILE = "pagetype_model.json"
MIN_CONFIDENCE = 0.5
"""Another kind than article is chosen only when the model gives it at least this probability (both
the kind the page is cleaned as and the kind reported: :class:`Detection`). Reporting the most
probable kind whatever its probability reads more wcxb-dev pages right (text, held out: 0.819 ->
0.845) but takes news pages for listings (scrapinghub innertext: 14 of 181 against 4)."""
REPORT_FLOORS: dict[PageType, float] = {PageType.LISTING: 0.5, PageType.DOCUMENTATION: 0.4}
"""The floors of the reporting model (``text_report``), per kind; a kind not named has none (its
most probable kind is reported). The news pages the words misread are read as listings (12 of the 14
innertexts that argmax takes for another kind), so only listings need the floor that keeps news
pages articles: held out by domain, text reported right 0.819 -> 0.840 against :data:`MIN_CONFIDENCE`
on every kind (0.805 -> 0.829 on the half the floors were not chosen on), 176 of the 181 news
innertexts still reported as articles against 177 (``bench/train_pagetype.py --formats text --news``).
HTML's reporting model (``html_report``, fourteenth round) is read under the same floors: of the 181 news
pages' HTML it reports 179 as articles, as many as the cleaning model with :data:`MIN_CONFIDENCE`.
A format with no reporting model reports its cleaning kind, floored by :data:`MIN_CONFIDENCE`."""
MAX_BLOCKS = 3000
"""Only the first this many blocks are read (no page of the fitting data had more)."""
MIN_BLOCKS = 5
"""A page of fewer blocks (and no declared schema.org type) is read as an article: the model was
fitted on whole pages, and a paragraph or two has no shape to judge."""


# -- what the markup declares -------------------------------------------------------------
_LD_GROUPS: dict[str, frozenset[str]] = {
    "ld_forum": frozenset({"discussionforumposting", "qapage", "comment", "socialmediaposting"}),
    "ld_question": frozenset({"question", "answer"}),
    "ld_faq": frozenset({"faqpage"}),
    "ld_product": frozenset(
        {"product", "productgroup", "offer", "aggregateoffer", "productmodel", "individualproduct"}
    ),
    "ld_list": frozenset({"itemlist", "collectionpage", "searchresultspage", "offercatalog"}),
    "ld_news": frozenset(
        {"newsarticle", "blogposting", "reportagenewsarticle", "opinionnewsarticle", "analysisnewsarticle", "article"}
    ),
    "ld_tech": frozenset({"techarticle", "apireference", "softwaresourcecode", "howto"}),
    "ld_service": frozenset(
        {"service", "localbusiness", "softwareapplication", "webapplication", "professionalservice", "course"}
    ),
    "ld_person": frozenset({"person"}),
    "ld_review": frozenset({"review", "aggregaterating", "rating"}),
}
_OG_GROUPS: dict[str, tuple[str, ...]] = {
    "og_article": ("article", "blog", "news"),
    "og_product": ("product", "ebay-objects:item", "og:product"),
    "og_website": ("website",),
}


# -- the URL's path, by whole segment (or a segment's hyphen-separated words) -----------------
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_URL_WORDS: dict[str, frozenset[str]] = {
    "url_forum": _words(
        "forum forums thread threads topic topics t questions question discussion discussions community "
        "communities viewtopic showthread board boards answers r comments posts"
    ),
    "url_product": _words("product products p dp item items itm sku buy gp"),
    "url_collection": _words(
        "collection collections category categories c shop store catalog catalogue department departments browse b s"
    ),
    "url_docs": _words(
        "docs doc documentation api reference manual manuals guide guides wiki learn tutorial tutorials "
        "developer developers dev help kb library userguide usersguide handbook sdk"
    ),
    "url_article": _words("blog blogs news article articles post story stories insights press magazine"),
    "url_listing": _words(
        "tag tags archive archives list lists search events courses directory page index reviews best top"
    ),
    "url_service": _words(
        "services service solutions solution pricing plans features platform about contact pages why "
        "enterprise business company for"
    ),
}
MAX_NAMING_WORDS = 2
"""Words (bare numbers aside) a path segment may have for its words to name the kinds in
:data:`_NAMED_BY_SEGMENT`: forum software names a thread's place by a segment of its own ("/threads/",
"/t/", "/questions/", "/forum-rules/"), while a longer segment is a headline's slug whose words say
the topic, not the kind ("/2018/09/10/september-2018-open-thread/", "/7-key-questions-heading-into-…")."""
_NAMED_BY_SEGMENT = frozenset({"url_forum"})
"""The address features read from whole segments and short ones only (:data:`MAX_NAMING_WORDS`): a
news article whose slug says "thread" or "questions" was cleaned as a forum when given its url (the 181
news innertexts' body F1 0.9506 without url, 0.9482 with it). The other vocabularies read every word,
as the models were trained (narrowing them all cost wcxb-dev's text collections 0.657 → 0.642, fold 0)."""
# The title's words (the markup's title, its " | Site" suffix already cut): an index page is titled
# for what it lists ("Blog", "Category: Boots", "Page 2"), a thread for its question.
_TITLE_WORDS: dict[str, frozenset[str]] = {
    "title_forum": _words("forum forums thread topic discussion community question questions help solved re"),
    "title_listing": _words(
        "blog news archive archives articles posts stories latest all category categories tag tags page events "
        "search results index list lists directory resources insights updates"
    ),
    "title_collection": _words("shop buy sale collection collections products online store men women kids accessories"),
    "title_docs": _words(
        "documentation docs doc api reference guide manual tutorial getting started install installation configuration "
        "function method class module package library sdk"
    ),
    "title_service": _words(
        "services service solutions solution pricing plans agency company consulting contact about us we your"
    ),
    "title_howto": _words("how what why when best top review vs guide"),
}
_TITLE_TOKEN = regex.compile(r"\w+")
_YEAR = regex.compile(r"^(?:19|20)\d\d$")
_NUMERIC = regex.compile(r"\d{3,}")
_SLUG_SPLIT = regex.compile(r"[-_.+]+")

# -- the text -------------------------------------------------------------------------------
# The text's shape, from cheap string tests on the lower-cased short blocks (a regular expression
# per block would cost more than the rest of the pipeline): phrases by ``str.find`` over the joined
# text, line shapes by ``startswith`` / set look-ups, and a date pattern only on short lines with digits.
_CURRENCY = ("$", "€", "£", "¥", "₹")
_CURRENCY_CODES = (" usd", " eur", " gbp", " kr", " zł", "руб", "₽")
_AGE_WORDS = (" ago", "yesterday", "today at", "just now")
_DATE = regex.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?,? \d{4}\b|"
    r"\b\d{4}-\d\d-\d\d\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
)
_DATE_MAX_WORDS = 15
_FORUM_LINES = frozenset(
    (
        "reply", "quote", "report", "like", "likes", "share", "upvote", "downvote", "vote", "votes", "permalink",
        "flag", "edit", "edited", "thread starter", "start date", "joined", "posts", "messages", "reaction score",
        "member", "moderator", "administrator", "registered user", "new member", "well-known member",
        "senior member", "active member", "#1", "solution", "solved", "accepted answer", "answers", "replies",
        "views", "multiquote", "reply with quote", "quick reply", "helpful", "thanks",
    )
)  # fmt: skip
_FORUM_HEADS = (
    "joined", "posts:", "messages:", "reaction score", "thread starter", "start date", "originally posted by",
    "quote from", "re:", "asked ", "answered ", "modified ", "viewed ", "posted by", "posted on", "registered:",
    "member since", "last edited", "level ",
)  # fmt: skip
_FORUM_TAILS = (" wrote:", " said:", " says:")
_SHOP_PHRASES = (
    "add to cart", "add to bag", "add to basket", "add to wishlist", "add to wish list", "buy now", "buy it now",
    "in stock", "out of stock", "sold out", "quick view", "quick shop", "quick add", "free shipping",
    "free delivery", "free returns", "size guide", "select size", "select a size", "choose a size", "sku",
    "quantity", "qty", "sale price", "regular price", "review", "rating", " items", " products", " results",
    "sort by", "filter", "load more", "show more", "view all", "compare",
)  # fmt: skip
_SERVICE_PHRASES = (
    "get started", "contact us", "book a demo", "book a call", "book a consultation", "request a quote",
    "request a demo", "free trial", "get a quote", "schedule a", "sign up", "start free", "start now",
    "start your", "our services", "our team", "our clients", "our mission", "our approach", "we help",
    "we offer", "we provide", "we speciali", "learn more", "pricing", "per month", "/mo", "testimonial",
    "why choose", "how it works", "trusted by", "case stud",
)  # fmt: skip
_READ_MORE = ("read more", "continue reading", "learn more", "view more", "view details", "more info", "see more")
_BYLINE_STARTS = ("by ", "written by ", "posted by ", "author:")
_CODE_ENDS = (";", "{", "}")
_CODE_STARTS = (
    "def ", "class ", "import ", "from ", "function ", "const ", "let ", "var ", "return ", "public ",
    "private ", "#include", "$ ", ">>> ",
)  # fmt: skip
_MIN_READ = (" min read", " mins read", " minute read")
_PHRASE_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("prices", _CURRENCY + _CURRENCY_CODES),
    ("ages", _AGE_WORDS),
    ("shop_words", _SHOP_PHRASES),
    ("service_words", _SERVICE_PHRASES),
    ("bylines", _MIN_READ),
)
"""The phrases looked for in the short blocks, by the count they feed (none holds a line break)."""
_PHRASES = tuple(phrase for _, group in _PHRASE_GROUPS for phrase in group)
_PHRASE_GROUP = tuple(k for k, (_, group) in enumerate(_PHRASE_GROUPS) for _ in group)
"""Each of :data:`_PHRASES`'s group, by position."""


def _phrase_automaton() -> Any:
    """One Aho-Corasick automaton of every phrase (``ahocorasick-rs``, the ``fast`` extra), or None
    without it: then each phrase is looked for with ``str.find``, with the same answer."""
    try:
        module: Any = importlib.import_module("ahocorasick_rs")
    except ImportError:
        return None
    return module.AhoCorasick(list(_PHRASES), matchkind=module.MatchKind.Standard)


_AUTOMATON: Any = _phrase_automaton()


def _phrase_blocks(joined: str, starts: list[int], automaton: Any) -> list[set[int]]:
    """For each of :data:`_PHRASE_GROUPS`, the blocks holding one of its phrases: ``joined`` is the
    blocks' texts joined by line breaks, ``starts`` where each begins (and where the text ends).
    A phrase holds no line break, so a match lies in the block where it starts. The automaton reads
    the text once and reports every match, overlapping ones too; without it (or on a text it cannot
    encode: a lone surrogate, or longer than :data:`~pagecleaner.alternation.AUTOMATON_MAX_CHARS`)
    each phrase is found block by block with ``str.find``."""
    found: list[set[int]] = [set() for _ in _PHRASE_GROUPS]
    if automaton is not None and len(joined) <= AUTOMATON_MAX_CHARS:
        try:
            hits: list[tuple[int, int, int]] = automaton.find_matches_as_indexes(joined, overlapping=True)
        except UnicodeEncodeError:
            pass
        else:
            for index, at, _end in hits:
                found[_PHRASE_GROUP[index]].add(bisect_right(starts, at) - 1)
            return found
    last = len(starts) - 1
    for index, phrase in enumerate(_PHRASES):
        into = found[_PHRASE_GROUP[index]]
        at = joined.find(phrase)
        while at != -1:
            k = bisect_right(starts, at) - 1
            into.add(k)
            at = joined.find(phrase, starts[k + 1]) if k < last else -1
    return found


_SHORT_WORDS = 60
"""Text shapes are read on blocks up to this long; longer ones are prose."""

_TOKEN_WORDS: tuple[tuple[str, ...], ...] = (
    ("post", "posts", "message", "messages", "reply", "replies", "comment", "comments", "thread", "topic", "answer",
     "answers", "question"),
    ("product", "products", "card", "cards", "item", "items", "tile", "tiles", "grid", "listing", "result", "results",
     "teaser", "price"),
    ("doc", "docs", "documentation", "toc", "sidebar", "highlight", "language", "api", "reference", "markdown", "md",
     "prose", "rst"),
)  # fmt: skip
"""The words by which a class or id token speaks of posts, of items (cards, products), of documentation:
a part of the token between its ends, "-" and "_", or a part's opening when a digit follows it."""
_TOKEN_PATTERNS = tuple(regex.compile(rf"(?:^|[-_])(?:{'|'.join(words)})(?:$|[-_\d])") for words in _TOKEN_WORDS)
_TOKEN_KIND = {word: kind for kind, words in enumerate(_TOKEN_WORDS) for word in words}
_TOKEN_PARTS = str.maketrans("_0123456789", "-" + "\0" * 10)
"""An ASCII token's "_" as "-" (both cut parts), its digits as NUL (a part's word ends at its first digit)."""


# A pure function of an element's class list, which recurs within and across pages. At 1,024 the
# 181 benchmark pages missed 8,409 of 17,629 calls, at 4,096 6,395 (5,982 lists are distinct);
# full, the cache holds about 3 MB.
@lru_cache(maxsize=4096)
def _token_kinds(tokens: frozenset[str]) -> tuple[bool, bool, bool]:
    """Whether the class / id names speak of posts, of items (cards, products), of documentation
    (:data:`_TOKEN_PATTERNS`' matches, in a token of at most 60 characters)."""
    found = [False, False, False]
    for token in tokens:
        if len(token) > 60:
            continue
        if token.isascii() and "\n" not in token and "\0" not in token:
            # Where the patterns' \d is 0-9 and their $ the token's end: a part's opening up to its
            # first digit is a word of theirs, or no match starts there (a search costs ~15 times more).
            for part in token.translate(_TOKEN_PARTS).split("-"):
                kind = _TOKEN_KIND.get(part.partition("\0")[0])
                if kind is not None:
                    found[kind] = True
        else:
            for kind, pattern in enumerate(_TOKEN_PATTERNS):
                if not found[kind] and pattern.search(token):
                    found[kind] = True
    return found[0], found[1], found[2]


def _log(x: float) -> float:
    return math.log1p(max(0.0, x))


def _url_features(url: str | None, out: dict[str, float]) -> None:
    try:
        parts = urlsplit(url or "")
    except ValueError:
        parts = urlsplit("")
    path = lower(parts.path)
    segments = [s for s in path.split("/") if s]
    words: set[str] = set()
    named: set[str] = set()
    for seg in segments:
        split = [w for w in _SLUG_SPLIT.split(seg) if w]
        words.add(seg)
        words.update(split)
        named.add(seg)
        if sum(not w.isdigit() for w in split) <= MAX_NAMING_WORDS:
            named.update(split)
    host = lower(parts.hostname or "")
    host_words = set(host.split("."))
    for name, vocab in _URL_WORDS.items():
        out[name] = float(bool((named if name in _NAMED_BY_SEGMENT else words) & vocab))
    out["host_forum"] = float(bool(host_words & {"forum", "forums", "community", "discuss", "discourse", "answers"}))
    out["host_docs"] = float(
        bool(host_words & {"docs", "doc", "developer", "developers", "learn", "wiki", "help", "support", "api"})
    )
    out["host_shop"] = float(bool(host_words & {"shop", "store"}))
    out["url_known"] = float(bool(url))
    out["url_depth"] = min(len(segments), 6) / 6
    out["url_root"] = float(bool(url) and not segments)
    last = segments[-1] if segments else ""
    slug = [w for w in _SLUG_SPLIT.split(last) if w and not w.isdigit()]
    out["url_slug_words"] = min(len(slug), 12) / 12
    out["url_year"] = float(any(_YEAR.match(s) for s in segments))
    out["url_numeric"] = float(any(_NUMERIC.search(s) for s in segments))
    out["url_query"] = float(bool(parts.query))
    out["url_html"] = float(last.endswith((".html", ".htm", ".php", ".aspx")))


def _title_features(title: str | None, out: dict[str, float]) -> None:
    words = [lower(w) for w in _TITLE_TOKEN.findall(title[:300])] if title else []
    found = set(words)
    for name, vocab in _TITLE_WORDS.items():
        out[name] = float(bool(found & vocab))
    out["title_known"] = float(bool(words))
    out["title_words"] = min(len(words), 20) / 20
    out["title_short"] = float(0 < len(words) <= 3)
    out["title_digits"] = float(any(w.isdigit() for w in words))
    out["title_question"] = float(title is not None and title.rstrip().endswith("?"))


def _markup_features(types: frozenset[str], og_type: str | None, out: dict[str, float]) -> None:
    for name, group in _LD_GROUPS.items():
        out[name] = float(bool(types & group))
    og = lower(og_type or "")
    for name, values in _OG_GROUPS.items():
        out[name] = float(og.startswith(values))
    out["og_none"] = float(not og)
    out["og_group"] = float(og.startswith("product.group"))


def _text_features(blocks: Sequence[Block], out: dict[str, float]) -> None:
    n = len(blocks)
    words = sum(b.words for b in blocks) or 1
    prose = [b for b in blocks if b.weight >= 12 and (b.terminal or b.sentences >= 1)]
    short = [b for b in blocks if b.weight <= 4]
    out["blocks"] = _log(n) / 8
    out["words"] = _log(words) / 10
    out["prose_share"] = sum(b.words for b in prose) / words
    out["prose_blocks"] = _log(len(prose)) / 5
    out["short_share"] = len(short) / n if n else 0.0
    out["long_max"] = _log(max((b.weight for b in blocks), default=0)) / 7
    out["repeat_share"] = sum(1 for b in blocks if b.repeats > 1) / n if n else 0.0
    out["prose_top_share"] = max((b.words for b in prose), default=0) / words
    _prose_runs(blocks, out)
    lows = [lower(b.text) if b.words <= _SHORT_WORDS else "" for b in blocks]
    joined = "\n".join(lows)
    starts = list(accumulate([len(t) + 1 for t in lows], initial=0))
    prices, ages, shop_words, service_words, bylines = _phrase_blocks(joined, starts, _AUTOMATON)
    found = {
        "prices": {k for k in prices if any(c.isdigit() for c in lows[k])},
        "ages": ages,
        "shop_words": shop_words,
        "service_words": service_words,
        "dates": set(),
        "forum_lines": set(),
        "forum_heads": set(),
        "code_lines": set(),
        "read_more": set(),
        "bylines": bylines,
    }
    for k, (b, low) in enumerate(zip(blocks, lows, strict=True)):
        if not low:
            if b.chars < 400 and b.text.rstrip().endswith(_CODE_ENDS):
                found["code_lines"].add(k)
            continue
        if b.words <= _DATE_MAX_WORDS and b.digit_ratio > 0 and _DATE.search(low):
            found["dates"].add(k)
        if b.words <= 4 and low.rstrip(":") in _FORUM_LINES:
            found["forum_lines"].add(k)
        if low.startswith(_FORUM_HEADS) or low.endswith(_FORUM_TAILS):
            found["forum_heads"].add(k)
        if low.endswith(_CODE_ENDS) or low.startswith(_CODE_STARTS) or "()" in low or "=>" in low or "::" in low:
            found["code_lines"].add(k)
        if low.startswith(_READ_MORE):
            found["read_more"].add(k)
        if low.startswith(_BYLINE_STARTS):
            found["bylines"].add(k)
    top = max(3, n // 4)
    dated_top = any(k < top for name in ("ages", "dates", "bylines") for k in found[name])
    counts = {name: len(ids) for name, ids in found.items()}
    counts["digit_lines"] = sum(1 for b in blocks if b.words <= _SHORT_WORDS and b.digit_ratio > 0.3)
    for name, count in counts.items():
        out[name] = _log(count) / 4
        out[name + "_share"] = count / n if n else 0.0
    out["dated_top"] = float(dated_top)


_PRONOUNS = (" we ", " our ", " us ", " you ", " your ")
_FIRST_PERSON = (" i ", " i'm ", " i've ", " my ", " me ", " i'd ", " i'll ")
_PRONOUN_SAMPLE = 20000
"""Characters of prose read for pronouns (enough to tell, bounded on long pages)."""


def _prose_runs(blocks: Sequence[Block], out: dict[str, float]) -> None:
    """How the prose lies: one long run (an article, a thread's posts run together too) or short
    excerpts between titles and dates (a listing); and whether it speaks to the reader ("we", "your":
    a service page) or about a subject."""
    longest = run = runs = excerpts = 0
    gap = 0
    prose = [b.weight >= 12 and (b.terminal or b.sentences >= 1) for b in blocks]
    for k, p in enumerate(prose):
        if p:
            if run == 0 or gap > 1:
                runs += 1
                run = 0
            run += 1
            gap = 0
            longest = max(longest, run)
            alone = (k == 0 or not prose[k - 1]) and (k + 1 == len(prose) or not prose[k + 1])
            excerpts += alone and blocks[k].weight <= 60
        else:
            gap += 1
            if gap > 1:
                run = 0
    out["prose_run_max"] = _log(longest) / 4
    out["prose_runs"] = _log(runs) / 5
    out["excerpts"] = _log(excerpts) / 4
    out["excerpt_share"] = excerpts / (sum(prose) or 1)
    sample = " " + lower(" ".join(b.text for b, p in zip(blocks, prose, strict=True) if p)[:_PRONOUN_SAMPLE]) + " "
    spoken = sum(sample.count(w) for w in _PRONOUNS)
    out["pronoun_rate"] = min(1.0, 20 * spoken / (sample.count(" ") or 1))
    # "I", "my", "me": someone telling (a post, a first-person article), where a listing's excerpts and a
    # shop's copy say "we" and "you" or no one (wcxb-dev innertext, fold 0/2's pages, mean: article 0.088,
    # forum 0.490, service 0.064, listing 0.028, collection 0.013; pagetype26). A comma or full stop ends a word.
    told = sample.replace(",", " ").replace(".", " ")
    out["first_person_rate"] = min(1.0, 20 * sum(told.count(w) for w in _FIRST_PERSON) / (told.count(" ") or 1))


def _dom_features(blocks: Sequence[Block], out: dict[str, float]) -> None:
    """Repeated sibling structures (cards, posts), post / item / docs class names, code, links."""
    dom = [b for b in blocks if b.dom is not None]
    out["html"] = float(bool(dom))
    # Plain dicts counted by ``get`` (a Counter's missing key is a Python call, compiled or not).
    groups: dict[tuple[int, str, frozenset[str]], int] = {}
    seen: set[int] = set()
    post_nodes: set[int] = set()
    item_nodes: set[int] = set()
    doc_nodes: set[int] = set()
    articles: set[int] = set()
    pre = links = headings = linked_heads = 0
    group_words: dict[tuple[int, str, frozenset[str]], int] = {}
    words = sum(b.words for b in dom) or 1
    for b in dom:
        info = b.dom
        assert info is not None
        nodes = info.nodes
        pre += info.tag == "pre" or "pre" in info.ancestors[:3] or "code" in info.tokens
        links += b.link_density > 0.6
        headings += info.tag in ("h2", "h3", "h4")
        linked_heads += info.tag in ("h2", "h3", "h4") and b.link_density > 0.5
        if len(nodes) > 2:
            key = (nodes[2].id, nodes[1].tag, nodes[1].tokens)
            group_words[key] = group_words.get(key, 0) + b.words
        for k in range(1, min(5, len(nodes) - 1)):  # the enclosing nodes 1-4 that have a parent among the nodes
            node = nodes[k]
            if node.id in seen:
                continue
            seen.add(node.id)
            key = (nodes[k + 1].id, node.tag, node.tokens)
            groups[key] = groups.get(key, 0) + 1
            if node.tag == "article":
                articles.add(node.id)
            if node.tokens:
                post, item, doc = _token_kinds(node.tokens)
                if post:
                    post_nodes.add(node.id)
                if item:
                    item_nodes.add(node.id)
                if doc:
                    doc_nodes.add(node.id)
    n = len(dom) or 1
    ranked = Counter(groups).most_common(2)  # the same order of ties: a Counter of a dict keeps its order
    out["repeat_max"] = _log(ranked[0][1]) / 5 if ranked else 0.0
    out["repeat_second"] = _log(ranked[1][1]) / 5 if len(ranked) > 1 else 0.0
    out["repeat_groups"] = _log(sum(1 for c in groups.values() if c >= 4)) / 4
    out["post_nodes"] = _log(len(post_nodes)) / 5
    out["item_nodes"] = _log(len(item_nodes)) / 5
    out["doc_nodes"] = _log(len(doc_nodes)) / 5
    out["article_tags"] = _log(len(articles)) / 4
    out["pre_share"] = pre / n
    out["link_share"] = links / n
    out["heading_share"] = headings / n
    out["linked_heading_share"] = linked_heads / (headings or 1)
    out["linked_headings"] = _log(linked_heads) / 4
    # The words inside the most repeated structure: a grid of cards, a thread of posts.
    top_groups = [key for key, count in ranked if count >= 3]
    out["repeat_words_share"] = min(1.0, sum(group_words.get(key, 0) for key in top_groups) / words)


# -- the words ------------------------------------------------------------------------------
# What a page is for shows in the words it uses, whatever the site: "reply", "joined" and "posts"
# on a thread, "cart", "shipping" and "reviews" in a shop, "returns", "parameter" and "example" in
# documentation, "our", "we", "contact" and "quote" on a service page, month names and "read" on an
# index. The fitting script picks the few hundred words (of those on at least a dozen sites' pages)
# that tell the kinds apart best; each counts as ``log(1 + count) / 3``, capped at 1.
WORD_PREFIX = "w:"
WORD_CHARS = 12000
"""Only the page's first this many characters of text are read for words (bounds the cost)."""
_LETTERS = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
"""A byte table keeping ASCII a-z and turning every other byte into a space: a word is a run of two or
more of those letters (what ``[a-z]{2,}`` finds in the lower-cased text; every other character,
encoded as one ``?``, ends a word), found by C-level translate and split, cheaper than a pattern."""
_LETTERS_FOLDED = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))
""":data:`_LETTERS` that also folds A-Z to a-z: what ``lower()`` then :data:`_LETTERS` gives, without
``lower()`` (which costs more than the rest of the word count on text with any non-ASCII character)."""


def _words_of(text: str) -> list[str]:
    """The runs of ASCII letters a-z in lower-cased ``text``, one letter or more (callers drop single letters)."""
    # U+0130 (lower case "i" + a combining dot) and the Kelvin sign (lower case "k") are the only
    # non-ASCII characters whose lower case holds an ASCII letter; every other one stays non-ASCII
    # lower-cased and ends a word either way, so without those two the folding table gives the same words.
    if "\u0130" in text or "\u212a" in text:
        return lower(text).encode("ascii", "replace").translate(_LETTERS).decode("ascii").split()
    return text.encode("ascii", "replace").translate(_LETTERS_FOLDED).decode("ascii").split()


def _word_features(blocks: Sequence[Block], vocabulary: frozenset[str] | None, out: dict[str, float]) -> None:
    """Counts of the vocabulary's words (every word when ``vocabulary`` is None: for fitting)."""
    if vocabulary is not None and not vocabulary:
        return
    parts: list[str] = []
    size = 0
    for b in blocks:
        parts.append(b.text)
        size += len(b.text) + 1
        if size >= WORD_CHARS:
            break
    found = _words_of("\n".join(parts)[:WORD_CHARS])
    # Count only the vocabulary's words (none has a single letter): cheaper than counting every word.
    counts = Counter(found) if vocabulary is None else Counter(filter(vocabulary.__contains__, found))
    for word, count in counts.items():
        if len(word) > 1:
            out[WORD_PREFIX + word] = min(1.0, math.log1p(count) / 3)


def page_features(
    blocks: Sequence[Block],
    url: str | None = None,
    types: frozenset[str] = frozenset(),
    og_type: str | None = None,
    title: str | None = None,
    words: frozenset[str] | None = frozenset(),
) -> dict[str, float]:
    """The detection's inputs, each scaled to about 0..1; ``words``: the vocabulary whose counts to
    add (``w:<word>``; None adds every word, as the fitting script needs)."""
    out: dict[str, float] = {}
    _markup_features(types, og_type, out)
    _title_features(title, out)
    _url_features(url, out)
    _text_features(blocks, out)
    _dom_features(blocks, out)
    _word_features(blocks, words, out)
    return out


@dataclass(frozen=True, slots=True)
class Model:
    """A small classifier: an optional hidden layer (tanh), then one softmax row and bias per page type."""

    features: tuple[str, ...]
    classes: tuple[PageType, ...]
    weights: tuple[tuple[float, ...], ...]
    bias: tuple[float, ...]
    hidden_weights: tuple[tuple[float, ...], ...] = ()
    hidden_bias: tuple[float, ...] = ()
    words: frozenset[str] = frozenset()
    """The words among the features (without their ``w:`` prefix): the ones :func:`page_features` counts."""
    positions: dict[str, int] = field(default_factory=dict, compare=False)
    """Each feature's position in ``features`` (:meth:`from_dict` fills it; empty, every feature is looked up)."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickle by the fields, as ``blocks`` does: compiled, a frozen class cannot be restored attribute by attribute.
        return (type(self), tuple(getattr(self, f.name) for f in fields(self)))

    def probabilities(self, values: dict[str, float]) -> dict[PageType, float]:
        positions = self.positions
        if not self.hidden_weights and len(positions) == len(self.features):
            # Most of the features are absent (0.0): find the page's own among its few values rather
            # than look every feature up, and sum them in the features' order, as the dense path does.
            x = [0.0] * len(self.features)
            present: list[int] = []
            for name, v in values.items():
                k = positions.get(name)
                if k is not None and v != 0.0:
                    x[k] = v
                    present.append(k)
            present.sort()  # a list of ints sorts by a fast path; (position, value) pairs would not
            return self._softmax(
                [b + _sparse_dot(row, x, present) for row, b in zip(self.weights, self.bias, strict=True)]
            )
        x = [values.get(name, 0.0) for name in self.features]
        if self.hidden_weights:
            x = [math.tanh(b + _dot(row, x)) for row, b in zip(self.hidden_weights, self.hidden_bias, strict=True)]
            scores = [b + _dot(row, x) for row, b in zip(self.weights, self.bias, strict=True)]
        else:
            # Most of a page's words are absent (0.0): sum only the features the page has.
            present = [k for k, v in enumerate(x) if v != 0.0]
            scores = [b + _sparse_dot(row, x, present) for row, b in zip(self.weights, self.bias, strict=True)]
        return self._softmax(scores)

    def _softmax(self, scores: list[float]) -> dict[PageType, float]:
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Model:
        features = tuple(str(f) for f in data["features"])
        classes = tuple(PageType(str(c)) for c in data["classes"])
        weights = _matrix(data["weights"])
        bias = tuple(float(b) for b in data["bias"])
        hidden = data.get("hidden") or {}
        hidden_weights = _matrix(hidden.get("weights", []))
        hidden_bias = tuple(float(b) for b in hidden.get("bias", []))
        width = len(hidden_weights) if hidden_weights else len(features)
        if (
            len(weights) != len(classes)
            or len(bias) != len(classes)
            or any(len(r) != width for r in weights)
            or len(hidden_bias) != len(hidden_weights)
            or any(len(r) != len(features) for r in hidden_weights)
        ):
            raise ValueError("page-type model: weights do not match features and classes")
        words = frozenset(f.removeprefix(WORD_PREFIX) for f in features if f.startswith(WORD_PREFIX))
        positions = {name: k for k, name in enumerate(features)}
        return cls(features, classes, weights, bias, hidden_weights, hidden_bias, words, positions)


def _dot(row: tuple[float, ...], x: list[float]) -> float:
    # The builtin sum of a list, not of a generator: mypyc compiles ``sum(<generator>)`` to a plain
    # loop of ``+``, while Python 3.12's builtin sums floats with compensation; on a list both paths
    # call the same builtin and give the same bits (the compiled and pure paths' JSON must agree).
    return sum([w * v for w, v in zip(row, x, strict=True)])


def _sparse_dot(row: tuple[float, ...], x: list[float], present: list[int]) -> float:
    """:func:`_dot` over the entries ``present`` lists (the others are 0.0), as a builtin sum of a list too."""
    return sum([row[k] * x[k] for k in present])


def _matrix(rows: Any) -> tuple[tuple[float, ...], ...]:
    return tuple(tuple(float(w) for w in row) for row in rows)


Models = dict[str, Model]
"""A model per input format: ``html`` (markup, URL, DOM and text) and ``text`` (URL and text), which
decide how the page is cleaned; and optionally one per format that decides only the kind reported
(``html_report``, ``text_report``; without it the format's model reports too)."""
REPORT_SUFFIX = "_report"
_MODEL_KEYS = ("html", "text", "html" + REPORT_SUFFIX, "text" + REPORT_SUFFIX)


def load_models(data: dict[str, Any]) -> Models:
    """The models of a model file's JSON (``{"version": 1, "html": {...}, "text": {...}}``, and
    optionally ``"html_report": {...}`` and ``"text_report": {...}``)."""
    return {key: Model.from_dict(data[key]) for key in _MODEL_KEYS if isinstance(data.get(key), dict)}


@lru_cache(maxsize=1)
def default_models() -> Models:
    """The shipped models (read once; a constant file, so no result depends on history)."""
    try:
        text = files("pagecleaner").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return {}
    return load_models(json.loads(text))


@dataclass(frozen=True, slots=True)
class Detection:
    """What the detection found: the kind the rules clean the page as, and the kind reported.

    ``kind`` (``Page.page_type``, what the rules act on) is the format's model's reading, and
    ``reported`` (``CleanedPage.page_type``) the reporting model's (``text_report`` in the model
    file, and ``html_report``; without one, the format's model reports too, so the two agree). Each is
    that model's most probable kind when it is article or reaches its floor (:data:`MIN_CONFIDENCE` for
    ``kind``, :data:`REPORT_FLOORS` for ``reported``), otherwise article. On HTML the reporter blends
    the cleaning model's worded fit with a shape-only one, which reads more pages right held out. On text
    they differ: the reported kind reads the page's words blended with its shape, which reads more
    pages right, while the page is cleaned by its shape alone, since the other kinds' rules cost
    the news pages the words take for listings more than they gain on the rest, except that a text
    page reported as a forum is cleaned as one (:data:`TEXT_FORUM_CLEANING`); on HTML the cleaning kind
    may move to the kind whose cleaning costs least (:func:`cleaned_as`)."""

    kind: PageType
    confidence: float
    reported: PageType
    reported_confidence: float


def _decide(probs: dict[PageType, float], floors: dict[PageType, float] | None = None) -> tuple[PageType, float]:
    """The most probable kind (article on a tie), or article when another kind is under its floor
    (``floors``, a kind not named has none; by default :data:`MIN_CONFIDENCE` for every kind); with
    its probability, rounded."""
    best = max(probs, key=lambda c: (probs[c], c is PageType.ARTICLE))
    floor = MIN_CONFIDENCE if floors is None else floors.get(best, 0.0)
    if best is not PageType.ARTICLE and probs[best] < floor:
        # Unsure: read it as an article, the kind whose rules were written first and cut least wrongly.
        best = PageType.ARTICLE
    return best, round(probs[best], 4)


_A, _L, _S, _D, _C = (
    PageType.ARTICLE,
    PageType.LISTING,
    PageType.SERVICE,
    PageType.DOCUMENTATION,
    PageType.COLLECTION,
)
CLEANING_F1: dict[PageType, dict[PageType, float]] = {
    _A: {_A: 0.958, _L: 0.943, _S: 0.947, _D: 0.939, _C: 0.938},
    _L: {_A: 0.520, _L: 0.806, _S: 0.673, _D: 0.737, _C: 0.793},
    _S: {_A: 0.794, _L: 0.845, _S: 0.871, _D: 0.842, _C: 0.842},
    _D: {_A: 0.897, _L: 0.916, _S: 0.890, _D: 0.931, _C: 0.915},
    _C: {_A: 0.505, _L: 0.652, _S: 0.624, _D: 0.591, _C: 0.672},
}
"""What cleaning an HTML page costs: ``CLEANING_F1[j][k]`` is the mean word-4-gram F1 of the pages labelled
``j`` when the rules clean them as ``k`` (the kinds the detection confuses). Measured on wcxb-dev's domain fold
0/2 HTML pages (343 articles, 41 listings, 70 services, 62 documentation, 47 collections; main e70ffbf) by
``bench/cleaning_cost.py --fold 0/2 --pagetype-model <fitted on fold 1/2>``, which reproduces it. Cleaning a
listing as an article loses far more (0.806 -> 0.520) than cleaning an article as a listing (0.958 -> 0.943)."""
CLEANING_MARGIN = 0.03
"""The expected F1 another kind must gain over the detected one before the page is cleaned as it (chosen on
fold 0/2, the table's own pages)."""

NOT_AN_ARTICLE = 0.1
"""Under this probability of an article, a page :func:`cleaned_as` would move from article to a listing is
moved. The guard that keeps a page detected as an article from being cleaned as a listing is for news pages
whose menus of headlines read as a listing's, and the model gives each of those an article's odds (of the 181
news pages' HTML cleaned as articles, 0.112 at the lowest, the next 0.216). A page detected as an article only
because no other kind reaches :data:`MIN_CONFIDENCE` while the model gives an article almost nothing (listing
0.47, service 0.27, article 0.05: a club's grid of trail cards, each a title and a "Difficulty: … Length: …"
line, which the article rules removed: word-4-gram F1 0.201 cleaned as an article, 0.997 as a listing) is
cleaned as the listing the cost table says it most likely is (thirty-eighth round, html74)."""

TEXT_FORUM_CLEANING = True
"""On text, a page the reporting model (words and shape) reads as a forum is cleaned as a forum, whatever
kind the shape-only cleaning model found (thirty-sixth round, text91). The cleaning model reads a thread
whose posts carry no dates, counts or buttons it knows (a link aggregator's thread, a finance board's) as
an article at 0.2, under :data:`MIN_CONFIDENCE`, and the article rules then cut the thread to its longest
run of posts (wcxb-dev fold 0/2: a finance board's thread 0.368 cleaned as an article, 0.959 as a forum; a
federated link board's 0.627 and 0.796). The reporter has no floor for forums and reads none of the 181
news innertexts as a forum that the cleaning model does not already clean as one."""
MIN_THREAD_BLOCKS = 20
"""The blocks a text page needs before :data:`TEXT_FORUM_CLEANING` moves it: a short article (a headline,
a standfirst, a byline and two paragraphs) can read as a forum to the reporter; every fold-0 forum with a
post in its innertext has 32 blocks or more."""


def cleaned_as(probs: dict[PageType, float], kind: PageType) -> PageType:
    """The kind to clean an HTML page as: of the kinds in :data:`CLEANING_F1`, the one of greatest expected
    F1, sum_j P(j) * CLEANING_F1[j][k] (P renormalised over those kinds), when it beats the detected
    ``kind`` by :data:`CLEANING_MARGIN`; otherwise ``kind`` (also when ``kind`` is not in the table). A page
    detected as an article is not moved to a listing unless its article probability is under
    :data:`NOT_AN_ARTICLE`."""
    if kind not in CLEANING_F1:
        return kind
    total = sum(probs.get(j, 0.0) for j in CLEANING_F1)
    if total <= 0.0:
        return kind
    expected = {k: sum(probs.get(j, 0.0) * row[k] for j, row in CLEANING_F1.items()) / total for k in CLEANING_F1}
    best = max(CLEANING_F1, key=lambda k: (expected[k], k is kind))
    if kind is PageType.ARTICLE and best is PageType.LISTING and probs.get(PageType.ARTICLE, 0.0) >= NOT_AN_ARTICLE:
        # A news page's menus of headlines read as a listing's: cleaned as one it keeps them.
        return kind
    return best if expected[best] > expected[kind] + CLEANING_MARGIN else kind


def detect_page(
    blocks: Sequence[Block],
    url: str | None = None,
    types: frozenset[str] = frozenset(),
    og_type: str | None = None,
    *,
    html: bool = False,
    models: Models | None = None,
    title: str | None = None,
) -> Detection:
    """The kind to clean the page as and the kind to report, each with its model's probability
    (article, 1.0 without a model or text; article, 0.5 on a page too short to judge)."""
    found = default_models() if models is None else models
    fmt = "html" if html else "text"
    model = found.get(fmt)
    if model is None or not blocks:
        return Detection(PageType.ARTICLE, 1.0, PageType.ARTICLE, 1.0)
    if len(blocks) < MIN_BLOCKS and not types:
        # too little to tell a kind of page by its shape
        return Detection(PageType.ARTICLE, 0.5, PageType.ARTICLE, 0.5)
    reporter = found.get(fmt + REPORT_SUFFIX, model)
    # The words either model counts (the text model counts none: then the reporter's own set, not a copy).
    if reporter is model or not reporter.words:
        words = model.words
    elif not model.words:
        words = reporter.words
    else:
        words = model.words | reporter.words
    # The opening blocks show the page's kind; reading only them bounds the cost on huge inputs.
    values = page_features(blocks[:MAX_BLOCKS], url, types, og_type, title, words)
    probs = model.probabilities(values)
    kind, confidence = _decide(probs)
    if reporter is model:
        reported, reported_confidence = kind, confidence
    else:
        reported, reported_confidence = _decide(reporter.probabilities(values), REPORT_FLOORS)
    if html:  # the kind cleaned by may differ from the kind reported: the one the cleaning costs least
        cleaned = cleaned_as(probs, kind)
        if cleaned is not kind:
            kind, confidence = cleaned, round(probs[cleaned], 4)
    elif (
        TEXT_FORUM_CLEANING
        and reported is PageType.FORUM
        and kind is not PageType.FORUM
        and len(blocks) >= MIN_THREAD_BLOCKS
    ):
        # A text thread the reporter reads by its words as a forum: cleaned as one (see TEXT_FORUM_CLEANING).
        kind, confidence = PageType.FORUM, round(probs[PageType.FORUM], 4)
    return Detection(kind, confidence, reported, reported_confidence)


def detect(
    blocks: Sequence[Block],
    url: str | None = None,
    types: frozenset[str] = frozenset(),
    og_type: str | None = None,
    *,
    html: bool = False,
    models: Models | None = None,
    title: str | None = None,
) -> tuple[PageType, float]:
    """The kind the rules clean the page as and its probability (:attr:`Detection.kind`)."""
    found = detect_page(blocks, url, types, og_type, html=html, models=models, title=title)
    return found.kind, found.confidence
