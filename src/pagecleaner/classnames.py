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


def _prefix_bits() -> dict[str, int]:
    """Each word's families and those of every word it starts with: where a word is found, so are its prefixes."""
    own: dict[str, int] = {}
    for k, (_, words) in enumerate(FAMILIES):
        for w in words:
            own[w] = own.get(w, 0) | 1 << k
    found: dict[str, int] = {}
    for w in own:
        bits = 0
        for v, b in own.items():
            if w.startswith(v):
                bits |= b
        found[w] = bits
    return found


_BITS = _prefix_bits()
_ANY_WORD = re.compile("(?=(" + "|".join(re.escape(w) for w in sorted(_BITS, key=lambda w: (-len(w), w))) + "))")
"""At each position the longest family word starting there (one pass over a token for all families):
every other word found at that position is one of its prefixes, whose families ``_BITS`` adds."""


def bit(name: str) -> int:
    """The bit of family ``name`` (``"cls.post"``) in the integers :func:`bits_of` returns."""
    return 1 << NAMES.index(name)


@lru_cache(maxsize=1 << 15)
def _token_bits(token: str) -> int:
    bits = 0
    for word in _ANY_WORD.findall(token):
        bits |= _BITS[word]
    return bits


# One element's own class / id tokens (a few short strings); class lists recur across a site's
# pages, and 4,096 entries thrashed on the 181 news pages.
@lru_cache(maxsize=1 << 15)
def bits_of(tokens: frozenset[str]) -> int:
    """Bit ``k`` set when one of the tokens holds a word of family ``k`` of :data:`FAMILIES`."""
    bits = 0
    for token in tokens:
        bits |= _token_bits(token)
    return bits
