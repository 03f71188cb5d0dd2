"""``named_kind`` asks an ASCII class or id token its four patterns with the standard library's
engine (``_ASCII_NAME_PATTERNS``) and any other token with ``regex`` (``_NAME_PATTERNS``): on ASCII
text the two give the same matches, the same split and the same kind, on random tokens made of the
patterns' own words, separators, white space of both engines' kinds and stray characters."""

from __future__ import annotations

import random
import re

import pytest
import regex

from pagecleaner.models import Kind
from pagecleaner.rules import dom
from pagecleaner.rules.dom import _ASCII_NAME_PATTERNS, _NAME_PATTERNS, named_kind

# Words the patterns name, near misses of them, and the settings and parts named_kind reads.
_WORDS = (
    "comments", "comment", "commentlist", "usercomments", "nocomments", "reply", "related", "relatedposts",
    "recommended", "readmore", "share", "shared", "sharing", "socialicons", "follow", "follow-up", "newsletter",
    "subscribe", "cookie", "consent", "ad", "ads", "advert", "advertisement12", "sponsored", "promo", "banner",
    "nav", "navbar", "menu", "sidebar", "widget", "footer", "copyright", "caption", "photo", "gallery", "tag",
    "tags", "price", "topics", "byline", "author", "authorbox", "date", "most", "read", "mostread", "next",
    "read-next", "up", "more", "stories", "you", "may", "like", "editors", "picks", "latest", "news", "recent",
    "posts", "dont", "miss", "post", "previous", "embed", "tweet", "instagram-media", "has", "no", "enabled",
    "false", "card", "header", "body", "x", "a1", "main", "content", "_", "__", "9",
)  # fmt: skip
_SEPARATORS = ("-", "_", "--", " ", "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1f", "", ".", "/", "-_")


def _token(rng: random.Random) -> str:
    parts = [rng.choice(_WORDS)]
    for _ in range(rng.randint(0, 3)):
        parts += [rng.choice(_SEPARATORS), rng.choice(_WORDS)]
    if rng.random() < 0.1:
        parts.append(rng.choice(_SEPARATORS))
    return "".join(parts)


def _answers(pattern: re.Pattern[str] | regex.Pattern[str], text: str) -> tuple[object, ...]:
    """What each of the four patterns tells ``named_kind`` about ``text``."""
    found = pattern.search(text)
    whole = pattern.match(text)
    return (
        found and (found.span(), found.lastgroup),
        whole and (whole.span(), whole.lastgroup),
        pattern.split(text),
    )


def test_the_ascii_patterns_answer_as_regex_does() -> None:
    rng = random.Random(37)
    for _ in range(20_000):
        text = _token(rng)
        assert text.isascii()
        for ascii_pattern, pattern in zip(_ASCII_NAME_PATTERNS, _NAME_PATTERNS, strict=True):
            assert _answers(ascii_pattern, text) == _answers(pattern, text), (text, pattern.pattern)


def test_named_kind_answers_as_with_regex_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(38)
    tokens = list(dict.fromkeys(_token(rng) for _ in range(20_000)))
    ours = [named_kind.__wrapped__(t) for t in tokens]
    monkeypatch.setattr(dom, "_ASCII_NAME_PATTERNS", _NAME_PATTERNS)
    theirs = [named_kind.__wrapped__(t) for t in tokens]
    assert ours == theirs
    assert sum(k is not None for k in ours) > 2000  # the tokens name widgets often enough to mean something
    assert len({k for k in ours if k is not None}) >= 10


def test_white_space_the_two_engines_read_apart_splits_no_word() -> None:
    # U+001C is white space to ``str.split`` and ``re`` but not to ``regex``: it stays inside the word.
    assert named_kind.__wrapped__("menu\x1cbar") is None
    assert named_kind.__wrapped__("menu\tbar") is Kind.NAVIGATION
    assert named_kind.__wrapped__("site\x1fcomments") is None


def test_a_token_that_is_not_ascii_is_read_by_regex() -> None:
    # Not ASCII: "ſ" (long s) is a word character for both, and the kind comes from ``regex``.
    assert named_kind.__wrapped__("ſidebar-menu") is Kind.NAVIGATION
    assert named_kind.__wrapped__("ſidebar") is None
    assert named_kind.__wrapped__("menü") is None
