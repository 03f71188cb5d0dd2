"""Cheaper paths through the context rules give the same answers as the plain ones (speed30)."""

from __future__ import annotations

import random

from pagecleaner.rules.base import FOLD_TRAPS
from pagecleaner.rules.dom import SOURCES_LABEL
from pagecleaner.rules.quality import _ANNOUNCES, _announces, _sources_label

_WORDS = (
    "related",
    "interesting",
    "more",
    "other",
    "recent",
    "similar",
    "popular",
    "latest",
    "further",
    "articles",
    "posts",
    "reads",
    "stories",
    "guides",
    "blog",
    "blogs",
    "you",
    "might",
    "also",
    "like",
    "enjoy",
    "keep",
    "reading",
    "exploring",
    "read",
    "this",
    "these",
    "next",
    "on",
    "a",
    "note",
    "here",
    "are",
    "some",
    "of",
    "our",
    "share",
    "advertisement",
    "Ξένα",
    "über",
    "статьи",
    ".",
    "!",
    "\n",
)
_TRAPS = ("\u017f", "\u0130", "\u212a", "\u1c80", "\u00df", "\ud800")


def _random_line(rng: random.Random) -> str:
    words = []
    for _ in range(rng.randint(0, 12)):
        word = rng.choice(_WORDS)
        word = rng.choice((word, word.upper(), word.title(), word.swapcase()))
        if rng.random() < 0.1:  # a folding trap inside a word: "ſtories", "İnteresting", "\u212aeep"
            at = rng.randint(0, len(word))
            word = word[:at] + rng.choice(_TRAPS) + word[at + 1 :]
        words.append(word)
    return " ".join(words)


def test_announces_screen_agrees_with_the_search() -> None:
    rng = random.Random(30)
    lines = [_random_line(rng) for _ in range(20000)]
    lines += ["ſtories from other blogs", "more ſtories", "\u212aeep reading", "read thİs next", "İnteresting articles"]
    matched = 0
    for line in lines:
        expected = _ANNOUNCES.search(line) is not None
        assert _announces(line) is expected, line
        matched += expected
    assert matched > 1000  # the random lines reach the pattern's matches, not only its misses
    assert _announces("Keep Exploring This Topic.") and _announces("more ſtories")  # a trap is searched
    assert not _announces("Share this story") and not _announces("Advertisement")


_SOURCE_WORDS = (
    "1.",
    "12",
    "view",
    "show",
    "article",
    "cited",
    "external",
    "references",
    "sources",
    "citations",
    "footnotes",
    "endnotes",
    "bibliography",
    "works",
    "reference",
    "list",
    "and",
    "notes",
    "further",
    "reading",
    "referencias",
    "fuentes",
    "quellen",
    "einzelnachweise",
    "literaturverzeichnis",
    "références",
    "réferences",
    "refèrences",
    "bibliographie",
    "bibliografía",
    "bibliografia",
    "fonti",
    "bronnen",
    "referências",
    ":",
    "share",
    "über",
)


def _random_label(rng: random.Random) -> str:
    words = []
    for _ in range(rng.randint(0, 4)):
        word = rng.choice(_SOURCE_WORDS)
        word = rng.choice((word, word.upper(), word.title(), word.swapcase()))
        if rng.random() < 0.1:
            at = rng.randint(0, len(word))
            word = word[:at] + rng.choice(_TRAPS) + word[at + 1 :]
        words.append(word)
    return rng.choice((" ", "  ", "")).join(words) if rng.random() < 0.1 else " ".join(words)


def test_sources_label_screen_agrees_with_the_match() -> None:
    rng = random.Random(32)
    labels = [_random_label(rng) for _ in range(20000)]
    labels += ["ſources", "Article ſources:", "RÉFÉRENCES", "Referências", "3. Works Cited", "Bibliografía"]
    matched = 0
    for label in labels:
        expected = SOURCES_LABEL.match(label) is not None
        assert _sources_label(label) is expected, label
        matched += expected
    assert matched > 1000
    assert _sources_label("Article ſources:") and not _sources_label("Share")


def test_announces_screen_traps_are_the_engines() -> None:
    # The screen relies on FOLD_TRAPS: "ſ" matches "s" case-blind but lowers to itself.
    assert "\u017f" in FOLD_TRAPS
    assert _ANNOUNCES.search("related \u017ftories") is not None and "stories" not in "related \u017ftories".lower()


_GLUED_PARTS = (
    "Couple",
    "Finds",
    "Old",
    "Newspapers",
    "A",
    "party",
    "of",
    "six",
    "left",
    "Student-Athlete",
    "Is",
    "Rise?",
    "Violence",
    "MacBook",
    "iPhone",
    "3D",
    "Ölçü",
    "ÉTÉ",
    "l'Été",
    "’Twas",
    "said",
    ",",
    ".",
    "!",
    "\u017f",
    "\u212a",
    "\u0130",
    "Ξ",
    "ξ",
    "Σ",
    "”",
    ")",
    "\u00a0",
    "\t",
)


def test_glued_lead_screen_holds_every_glued_point() -> None:
    # ``glued_lead`` returns early where ``_GLUED_CAP`` finds nothing in the whole line: every point
    # ``_glued_points`` yields, over any end, is such a match's start.
    from pagecleaner.teasers import _GLUED_CAP, _glued_points

    rng = random.Random(33)
    pointed = 0
    for _ in range(20000):
        text = "".join(rng.choice((" ", "", "", ", ")) + rng.choice(_GLUED_PARTS) for _ in range(rng.randint(1, 14)))
        end = rng.randint(0, len(text))
        points = list(_glued_points(text, end))
        caps = {m.start() for m in _GLUED_CAP.finditer(text)}
        assert set(points) <= caps, text
        pointed += bool(points)
    assert pointed > 1000


def test_glued_lead_still_splits_a_glued_headline() -> None:
    from pagecleaner.blocks import Segment
    from pagecleaner.features import make_block
    from pagecleaner.teasers import glued_lead

    line = (
        "Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left the restaurant without paying."
    )
    assert (
        glued_lead(make_block(0, Segment(line, line, 1, 1, True), 1))
        == "Customers Leave Without Paying $690 Bill At Troy Steakhouse"
    )
    flat = "Customers left without paying the bill at a steakhouse and a party of six left the restaurant too."
    assert glued_lead(make_block(0, Segment(flat, flat, 1, 1, True), 1)) is None
