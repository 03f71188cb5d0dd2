"""What an element's class and id names speak of: families of tokens (nav, footer, comment, post,
item, doc …), as bits of one integer per element.

One vocabulary, read by both readers of class names after the features: the page-type detection
(``pagetype``: elements named as posts, items, documentation) and the learned block scorer
(``rules/learned``: every family, as a feature of each block). Each token is matched once (cached);
a family's word is found inside a token ("post" in ``post-body``, ``forumPost``), since no word
holds a space.
"""

from __future__ import annotations

import re
from functools import lru_cache

FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("cls.nav", ("nav", "menu", "breadcrumb", "pagination", "pager")),
    ("cls.footer", ("footer", "copyright", "bottom")),
    ("cls.header", ("header", "masthead", "topbar", "toolbar")),
    ("cls.sidebar", ("sidebar", "widget", "aside", "rail")),
    ("cls.comment", ("comment", "respond", "disqus", "discussion")),
    ("cls.share", ("share", "social", "follow")),
    ("cls.related", ("related", "recommend", "popular", "trending", "more")),
    ("cls.ad", ("advert", "sponsor", "promo", "banner", "ad-", "ads")),
    ("cls.consent", ("cookie", "consent", "gdpr", "newsletter", "subscribe", "signup", "modal", "popup")),
    ("cls.content", ("content", "article", "entry", "story", "body", "main", "text", "prose")),
    ("cls.post", ("post", "message", "thread", "topic", "forum", "reply", "answer", "question")),
    ("cls.item", ("product", "item", "card", "grid", "listing", "catalog", "tile", "result")),
    ("cls.price", ("price", "spec", "feature", "description", "detail")),
    ("cls.meta", ("author", "byline", "meta", "date", "time", "tag", "categor")),
    ("cls.title", ("title", "heading", "headline")),
    ("cls.doc", ("doc", "markdown", "highlight", "syntax", "api")),
)
"""Each family's name and the words that raise it, all lower case."""

NAMES = tuple(name for name, _ in FAMILIES)
_PATTERNS = tuple(re.compile("|".join(re.escape(w) for w in words)) for _, words in FAMILIES)


def bit(name: str) -> int:
    """The bit of family ``name`` (``"cls.post"``) in the integers :func:`bits_of` returns."""
    return 1 << NAMES.index(name)


@lru_cache(maxsize=1 << 15)
def _token_bits(token: str) -> int:
    return sum(1 << k for k, p in enumerate(_PATTERNS) if p.search(token))


@lru_cache(maxsize=1 << 12)  # one element's own class / id tokens: a few short strings
def bits_of(tokens: frozenset[str]) -> int:
    """Bit ``k`` set when one of the tokens holds a word of family ``k`` of :data:`FAMILIES`."""
    bits = 0
    for token in tokens:
        bits |= _token_bits(token)
    return bits
