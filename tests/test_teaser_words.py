"""Speed rewrites of the teaser word helpers answer as the plain versions did.

``headline_words`` no longer copies each match, ``_line_key`` no longer folds the words a second time
(``str.casefold`` folds each character on its own and is idempotent on every code point, checked
here), and ``_wordy_age`` strips the words with ``map``. The references are the functions as they
were; random lines mix age words, punctuation at word edges, cased and folding letters.
"""

from __future__ import annotations

import random
import sys

from pagecleaner import teasers
from pagecleaner.rules.related import _line_key
from pagecleaner.teasers import _AGE_PHRASES, _AGE_TOKENS, _WORD_EDGES, headline_text, headline_words

_PIECES = (
    *_AGE_TOKENS, *_AGE_PHRASES, "AGO", "Vor", "Ago.", "(ago)", "«вчера»", "Hace", "fast", "ſ", "ß", "İ", "Σ",
    "ς", "K", "\u212a", "ﬁ", "Straße", "Ὰͅ", "ǅ", "1.", "#2", "•", "—", "…", "it's", "O’Neil", "news", "A", "",
)


def _line(rng: random.Random) -> str:
    words = []
    for _ in range(rng.randint(0, 8)):
        word = rng.choice(_PIECES)
        if rng.random() < 0.3:
            word = rng.choice(_WORD_EDGES) + word
        if rng.random() < 0.3:
            word += rng.choice(_WORD_EDGES)
        words.append(word)
    return rng.choice((" ", "  ", " \t")).join(words)


def _reference_words(text: str) -> list[str]:
    return [str(w) for w in teasers._HEADLINE_WORD.findall(text.casefold())]


def _reference_key(text: str) -> str:
    return " ".join(w.casefold() for w in _reference_words(headline_text(text)))


def _reference_wordy_age(text: str) -> bool:
    low = text.lower()
    if any(p in low for p in _AGE_PHRASES):
        return True
    return not _AGE_TOKENS.isdisjoint(w.strip(_WORD_EDGES) for w in low.split())


def test_casefold_is_idempotent_on_every_code_point() -> None:
    bad = [c for c in map(chr, range(sys.maxunicode + 1)) if c.casefold().casefold() != c.casefold()]
    assert bad == []


def test_word_helpers_answer_as_before() -> None:
    rng = random.Random(14)
    ages = 0
    for _ in range(20000):
        text = _line(rng)
        assert headline_words(text) == _reference_words(text)
        assert _line_key(text) == _reference_key(text)
        assert teasers._wordy_age(text) is _reference_wordy_age(text)
        ages += _reference_wordy_age(text)
    assert 2000 < ages < 18000  # both answers are met often
