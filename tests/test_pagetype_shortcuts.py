"""The page-type detection's shortcuts give exactly what the plain computations give: the word split
without ``lower()``, the phrase automaton against ``str.find``, the scores by position against the
dense look-up of every feature."""

from __future__ import annotations

import sys
from bisect import bisect_right
from itertools import accumulate

import pytest

from pagecleaner import pagetype
from pagecleaner.alternation import AUTOMATON_MAX_CHARS
from pagecleaner.features import make_blocks
from pagecleaner.pagetype import Model, default_models, page_features
from pagecleaner.segment import segment_text

TEXTS = [
    "Plain ASCII Words, MIXED case and-hyphens: a b cd",
    "Curly “quotes” — dashes, café, naïve, Straße, ÉCOLE élève",
    "İstanbul İSTANBUL: the dotted capital lower-cases to i + a combining dot",
    "A 5 \u212a thermometer (Kelvin sign), 3 \u212aB of data",
    "Cyrillic Москва ДОМ, Greek ΣΟΦΙΑ, CJK 東京 and ﬁ ligature, ǅ title case",
    "a lone surrogate \udc80 between words and \ud800 another",
    "",
]


def _reference_words(text: str) -> list[str]:
    """What the word split was: lower-case, then the a-z table."""
    return text.lower().encode("ascii", "replace").translate(pagetype._LETTERS).decode("ascii").split()


@pytest.mark.parametrize("text", TEXTS)
def test_the_word_split_needs_no_lower_case_pass(text: str) -> None:
    assert pagetype._words_of(text) == _reference_words(text)


def test_only_two_non_ascii_characters_lower_case_to_ascii() -> None:
    # The folding table is exact only if no other character's lower case holds an ASCII character.
    found = [c for c in range(128, sys.maxunicode + 1) if any(ord(x) < 128 for x in chr(c).lower())]
    assert found == [0x130, 0x212A]
    assert pagetype._words_of("\u212aelvin \u0130I") == ["kelvin", "i", "i"]


def _reference_blocks(lows: list[str]) -> list[set[int]]:
    """Each phrase group's blocks, phrase by phrase with ``in``."""
    return [
        {k for k, low in enumerate(lows) if any(phrase in low for phrase in group)}
        for _, group in pagetype._PHRASE_GROUPS
    ]


LOWS = [
    "add to cart $19.99 in stock",
    "",
    "posted 3 days ago · 5 min read",
    "our services: we help you get started. learn more",
    "from 1 200 руб or 12 zł",
    "sku: 123 qty 2 free shipping free returns",
    "nothing here",
    "get a quote — request a demo, case studies",
    "",
    "sort by price, filter, load more, view all results",
    "just now",
]


@pytest.mark.parametrize("automaton", [True, False])
def test_the_phrase_automaton_finds_the_blocks_str_find_finds(automaton: bool) -> None:
    if automaton and pagetype._AUTOMATON is None:
        pytest.skip("ahocorasick-rs (the fast extra) is not installed")
    joined = "\n".join(LOWS)
    starts = list(accumulate([len(t) + 1 for t in LOWS], initial=0))
    found = pagetype._phrase_blocks(joined, starts, pagetype._AUTOMATON if automaton else None)
    assert found == _reference_blocks(LOWS)
    assert found[0] == {0, 4} and found[1] == {2, 10} and 9 in found[2] and 7 in found[3] and found[4] == {2}


def test_a_text_the_automaton_cannot_encode_falls_back_to_find() -> None:
    lows = ["add to cart \udc80", "we help", "5 min read"]
    joined = "\n".join(lows)
    starts = list(accumulate([len(t) + 1 for t in lows], initial=0))
    assert pagetype._phrase_blocks(joined, starts, pagetype._AUTOMATON) == _reference_blocks(lows)
    # Every match lies in the block where it starts.
    assert all(bisect_right(starts, starts[k]) - 1 == k for k in range(len(lows)))


class _NeverCalled:
    def find_matches_as_indexes(self, text: str, overlapping: bool = False) -> list[tuple[int, int, int]]:
        raise AssertionError("a text over AUTOMATON_MAX_CHARS went to the automaton")


def test_a_text_over_the_automaton_bound_is_searched_with_find() -> None:
    # The automaton lists every overlapping match: a hostile page of currency signs would make a
    # list of millions; over the bound the phrases are found with str.find, the same blocks.
    lows = ["$" * 1000] * (AUTOMATON_MAX_CHARS // 1000 + 1) + ["5 min read"]
    joined = "\n".join(lows)
    starts = list(accumulate([len(t) + 1 for t in lows], initial=0))
    assert len(joined) > AUTOMATON_MAX_CHARS
    found = pagetype._phrase_blocks(joined, starts, _NeverCalled())
    assert found[0] == set(range(len(lows) - 1)) and found[4] == {len(lows) - 1}


def test_scores_by_position_are_the_dense_scores_bit_for_bit() -> None:
    models = default_models()
    text = "\n".join(["Add to cart. Free shipping on orders over $50.", "Reply", "Joined: 2019"] + LOWS * 3)
    blocks = make_blocks(segment_text(text))
    for name, model in models.items():
        values = page_features(blocks, "https://shop.example.com/products/a", words=model.words)
        values["not a feature"] = 0.7  # ignored by both paths
        assert model.positions and len(model.positions) == len(model.features)
        dense = Model(model.features, model.classes, model.weights, model.bias, words=model.words)
        assert not dense.positions
        assert model.probabilities(values) == dense.probabilities(values), name
