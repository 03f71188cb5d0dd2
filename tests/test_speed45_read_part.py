"""``teasers.read_part`` and ``page_words`` answer as main's did, with less work a line (speed45).

- ``_wordy_age`` (asked of every line of six words or fewer without a digit) first asks whether the line holds
  any of ``AGE_WORDS`` (one automaton pass): every token and phrase it then looks for is one of them.
- ``_shape`` answers a text line of fewer than four words, not CJK and not terminal, ``Part.SHORT`` right after
  its category-line test: every test between the two answers otherwise only for heavier or terminal lines.
- ``_menu_line`` tests its words with ``all(map(...))`` instead of a generator.
- ``page_words`` folds each line's joined words instead of splitting the line a second time.

Main's forms are copied here and every answer is compared with theirs.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Sequence
from itertools import repeat

import pytest

from pagecleaner import teasers as t
from pagecleaner.blocks import Block
from pagecleaner.dates import AGE_WORDS
from pagecleaner.features import make_blocks
from pagecleaner.segment import segment_text
from pagecleaner.teasers import Part

# --- main's forms, copied ------------------------------------------------------------------------


def _main_wordy_age(text: str) -> bool:
    low = text.lower()
    if any(map(low.__contains__, t._AGE_PHRASES)):
        return True
    return not t._AGE_TOKENS.isdisjoint(map(str.strip, low.split(), repeat(t._WORD_EDGES)))


def _main_shape(block: Block, text: str, html: bool, min_words: int) -> Part:
    if text[:1].isalpha() and block.words <= 12 and (":" in text or "：" in text) and t._FILED.match(text) is not None:
        return Part.COUNTER
    weight = block.weight
    if html and (dated := t.dated_lead(block)) is not None and t._dated_headline(t.headline_text(dated[0])):
        return Part.TITLE
    if html and weight > 12 and block.link_density < 0.5 and t.lead_link(block) is not None:
        return Part.TITLE
    if html and block.dom is not None and block.dom.link_lead and t.card_lead(block) is not None:
        return Part.TITLE
    if not html and weight > 12 and "  " in block.raw and t.spaced_lead(block) is not None:
        return Part.TITLE
    headline_stop = text.endswith(("..", "…", "?")) and block.sentences <= 1 and weight <= t._TITLE_MAX_WORDS
    if (block.terminal and not headline_stop and (block.sentences >= 2 or weight >= 12)) or weight > 30:
        return Part.SUMMARY
    if block.words < 4 and not block.cjk:
        return Part.OTHER if block.terminal else Part.SHORT
    if text.endswith(".") and not text.endswith("..") and block.words >= 6:
        return Part.SUMMARY
    if text.endswith((":", "：")) or text.count(" | ") >= 2 or text.count(" / ") >= 2:
        return Part.SHORT if block.words <= 6 else Part.OTHER
    if text[0] in "([{":
        return Part.OTHER
    head = t.headline_text(text)
    words = len(head.split())
    size = len(head) // 2 if block.cjk else words
    if size < (min_words or (t._TITLE_MIN_LINKED if html else t._TITLE_MIN_WORDS)) or block.digit_ratio >= 0.3:
        return Part.SHORT if size <= 6 and not block.terminal else Part.OTHER
    if (len(head) > t._TITLE_MAX_CJK_CHARS) if block.cjk else (words > t._TITLE_MAX_WORDS):
        return Part.OTHER
    if not block.cjk and words <= 5 and (t._title_case_words(head) or block.upper_ratio > 0.9):
        return Part.SHORT
    if html and (block.link_density < 0.5 or t._link_row(block)):
        return Part.OTHER
    if not html and words >= t._TITLE_MIN_WORDS and _main_menu_line(head):
        return Part.OTHER
    return Part.OTHER if t._not_a_story(block, text) else Part.TITLE


def _main_read_part(block: Block, html: bool, min_words: int = 0) -> tuple[Part, t.AgeSplit | None]:
    text = t.strip_bullet(block.text)
    if not text:
        return Part.OTHER, None
    if block.words <= 10 and block.digit_ratio > 0:
        if t._RANK.match(text):
            return Part.RANK, None
        if t.COUNTER.search(text):
            return Part.COUNTER, None
        if (split := t._age_split(text)) is not None:
            return Part.AGE, split
        if t._is_date_line(block):
            return Part.AGE, (None, t._without_media(text))
    elif block.words <= 6 and _main_wordy_age(text) and (split := t._age_split(text)) is not None:
        return Part.AGE, split
    return _main_shape(block, text, html, min_words), None


def _main_menu_line(text: str) -> bool:
    words = text.split()
    if any(t._MENU_WORD.fullmatch(w) is None for w in words):
        return False
    if not all(
        w[:1].isupper() or w[:1].isdigit() or w == "&" or (w[:1].islower() and w[1:] != w[1:].lower()) for w in words
    ):
        return False
    seen: set[str] = set()
    for w in words:
        key = w.casefold()
        if len(key) >= 2 and not key.isdigit():
            if key in seen:
                return True
            seen.add(key)
    return False


def _main_page_words(blocks: Sequence[Block]) -> tuple[frozenset[str], frozenset[str]]:
    small_words: list[str] = []
    inside_words: list[str] = []
    for b in blocks:
        words = b.text.split()
        for k, raw in enumerate(words):
            w = raw.strip(t._WORD_EDGES)
            if not w:
                continue
            if w.islower():
                small_words.append(w)
            elif k and w[0].isupper() and words[k - 1][-1] not in t._SENTENCE_ENDS:
                inside_words.append(w.lower())
    small, inside = Counter(small_words), Counter(inside_words)
    return frozenset(t._norm(b.text) for b in blocks), frozenset(w for w, n in small.items() if n > inside[w])


# --- random lines --------------------------------------------------------------------------------

_WORDS = (
    "The", "council", "approves", "budget", "Home", "News", "Sport", "Contact", "us", "Tags:", "Posted", "in:",
    "Music", "Features", "yesterday", "Yesterday", "ago", "hours", "2", "14", "2021", "March", "3,", "vor", "einer",
    "Stunde", "hace", "una", "hora", "il", "y", "a", "jours", "вчера", "назад", "just", "now", "end.", "Yes,", "—",
    "|", "/", "•", "(Photo:", "AP)", "Apple", "TV", "iPad", "&", "x=1", "By", "Jane", "Smith", "read", "more", "?",
    "…", "..", "新闻", "中国经济增长", "Ago.", "AGO", "“ago”", "(yesterday)", "Kategorie:", "Politik", "Prev", "Next",
)  # fmt: skip
"""Words of menus, headlines, ages in several languages (in and out of quotes and brackets), dates,
category lines, bullets, code, CJK."""


def _random_lines(rng: random.Random, count: int) -> list[str]:
    lines = []
    for _ in range(count):
        n = rng.choice((1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 9, 12, 16, 25, 35))
        line = " ".join(rng.choice(_WORDS) for _ in range(n))
        if rng.random() < 0.2:
            line += rng.choice((".", "?", ":", "!", " 1", "…"))
        if rng.random() < 0.1:
            line = rng.choice(("• ", "- ", "* ")) + line
        lines.append(line)
    return lines


def _random_blocks(seed: int, pages: int) -> list[Block]:
    rng = random.Random(seed)
    blocks: list[Block] = []
    for _ in range(pages):
        blocks.extend(make_blocks(segment_text("\n\n".join(_random_lines(rng, 30)))))
    return blocks


# --- the tests -----------------------------------------------------------------------------------


def test_wordy_age_answers_as_main() -> None:
    rng = random.Random(45)
    lines = _random_lines(rng, 20_000)
    lines += [f"{a} {w}{b}" for w in AGE_WORDS for a in ("", "The", "vor") for b in ("", ".", "”", " News")]
    lines += [w.upper() for w in AGE_WORDS] + [w.title() for w in AGE_WORDS] + [w[:-1] for w in AGE_WORDS]
    held = sum(_main_wordy_age(line) for line in lines)
    assert held > 1_000  # the lines hold ages and others
    for line in lines:
        assert t._wordy_age(line) is _main_wordy_age(line), line


def test_wordy_age_screen_holds_every_word_it_looks_up() -> None:
    # The screen's reason: every token and phrase asked is one of AGE_WORDS, so a line with none of them is no age.
    assert t._AGE_TOKENS.issubset(AGE_WORDS)
    assert set(AGE_WORDS).issuperset(t._AGE_PHRASES)
    assert t._AGE_WORD_PIECES.pieces == tuple(AGE_WORDS)
    assert not t._wordy_age("Contact Customer Support")
    assert t._wordy_age("Yesterday")
    assert t._wordy_age("il y a un jour")


def test_menu_line_answers_as_main() -> None:
    rng = random.Random(451)
    for line in _random_lines(rng, 20_000):
        assert t._menu_line(line) is _main_menu_line(line), line
    assert t._menu_line("Apple TV Apple Watch iMac iPad")
    assert not t._menu_line("Apple TV, Apple Watch")


@pytest.mark.parametrize("html", [False, True])
def test_read_part_answers_as_main(html: bool) -> None:
    blocks = _random_blocks(4545, 300)
    answers: Counter[Part] = Counter()
    fast = 0
    for b in blocks:
        for min_words in (0, t._TITLE_MIN_LINKED):
            got = t.read_part(b, html, min_words)
            assert got == _main_read_part(b, html, min_words), b.text
            answers[got[0]] += 1
        fast += b.words < 4 and not b.cjk and not b.terminal
    assert fast > 1_000  # many lines take the new early answer
    # Blocks of text carry no links: read as HTML, no line is a linked headline.
    expected = {Part.SHORT, Part.OTHER, Part.SUMMARY, Part.AGE, Part.COUNTER}
    assert expected | ({Part.TITLE} if not html else set()) <= set(answers)


def test_short_text_lines_answered_early() -> None:
    blocks = make_blocks(segment_text("Home\n\nTags: budget\n\nOK. Fine.\n\n新闻\n\nContact us\n\nEnd here."))
    got = [t.part(b, False) for b in blocks]
    assert got == [_main_shape(b, t.strip_bullet(b.text), False, 0) for b in blocks]
    assert got[0] is Part.SHORT and got[1] is Part.COUNTER and got[4] is Part.SHORT


def test_page_words_answers_as_main() -> None:
    for seed in range(40):
        blocks = _random_blocks(seed, 1)
        words = t.page_words(blocks)
        assert (words.lines, words.small) == _main_page_words(blocks)


def test_folding_after_the_join_is_norm() -> None:
    # Case folding maps each character alone, and no character that is not a space folds to one.
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        folded = c.casefold()
        if c.isspace():
            assert folded == c, hex(code)
        else:
            assert not any(x.isspace() for x in folded), hex(code)
    rng = random.Random(4500)
    alphabet = "aAßẞΣσςİıKkＫ\u0307 \t\u00a0\u2003\u3000\x1c.,ǅǄΐﬃ新"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        assert " ".join(text.split()).casefold() == t._norm(text), repr(text)
