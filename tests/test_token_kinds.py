"""``pagetype._token_kinds`` reads an ASCII class or id token by its parts between "-" and "_" (a
part's opening up to its first digit looked up in a dict) instead of searching it with the three
patterns; every other token is still searched. It answers as the patterns did (written out here as
they were), on random tokens mixing the words, digits (ASCII and not), separators, line breaks and
NUL, and on hand-picked edges."""

from __future__ import annotations

import random

import regex

from pagecleaner.pagetype import _TOKEN_WORDS, _token_kinds

_PATTERNS = (
    regex.compile(
        r"(?:^|[-_])(?:post|posts|message|messages|reply|replies|comment|comments|thread|topic|answer|answers|question)(?:$|[-_\d])"
    ),
    regex.compile(
        r"(?:^|[-_])(?:product|products|card|cards|item|items|tile|tiles|grid|listing|result|results|teaser|price)(?:$|[-_\d])"
    ),
    regex.compile(
        r"(?:^|[-_])(?:docs?|documentation|toc|sidebar|highlight|language|api|reference|markdown|md|prose|rst)(?:$|[-_\d])"
    ),
)
_ATOMS = (
    *(word for words in _TOKEN_WORDS for word in words),
    *"-_-_0123456789abs:. S\n\r\t\x0b\x0c\x1c\x00",
    "\u0663",  # ARABIC-INDIC DIGIT THREE: \d, not ASCII
    "\uff11",  # FULLWIDTH DIGIT ONE
    "\u00b2",  # SUPERSCRIPT TWO: a digit to str.isdigit, not to \d
    "\u2028",
    "\x85",
    "é",
    "\u0130",
)


def _searched(tokens: frozenset[str]) -> tuple[bool, bool, bool]:
    short = [t for t in tokens if len(t) <= 60]
    post, item, doc = (any(p.search(t) for t in short) for p in _PATTERNS)
    return post, item, doc


def test_token_kinds_answer_as_the_patterns_on_random_tokens() -> None:
    rng = random.Random(20)
    kinds = [0, 0, 0]
    for _ in range(20000):
        tokens = frozenset(
            "".join(rng.choice(_ATOMS) for _ in range(rng.randint(0, 6))) for _ in range(rng.randint(1, 3))
        )
        expected = _searched(tokens)
        assert _token_kinds.__wrapped__(tokens) == expected, tokens
        for k, found in enumerate(expected):
            kinds[k] += found
    assert min(kinds) > 2000


def test_a_word_counts_as_a_whole_part_or_before_a_digit() -> None:
    for token, expected in (
        ("post", (True, False, False)),
        ("post-item_doc", (True, True, True)),
        ("product-card2", (False, True, False)),
        ("col-md-6", (False, False, True)),
        ("posts3x", (True, False, False)),
        ("postal", (False, False, False)),
        ("3post", (False, False, False)),
        ("role:post", (False, False, False)),
        ("a post", (False, False, False)),
        ("post\n", (True, False, False)),  # the patterns' $ before a final line break
        ("post\x00", (False, False, False)),
        ("card\u0663", (False, True, False)),  # a digit that is not ASCII follows
        ("item\u00b2", (False, False, False)),
        ("post-" + "x" * 55, (True, False, False)),
        ("post-" + "x" * 56, (False, False, False)),  # over 60 characters: not read
    ):
        tokens = frozenset({token})
        assert _searched(tokens) == expected, token
        assert _token_kinds.__wrapped__(tokens) == expected, token
