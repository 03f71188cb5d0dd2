"""A headline line's last tests in ``teasers._shape``, and ``page_words``, answer as main's did with less work (speed46).

- ``_not_a_story`` folds the line once (``_folded``) and hands it to every screen that reads it (``_author_card``,
  ``_shop``, ``_stock_credit``, through ``not_a_story``); main folded the line, or its last nine characters, in each.
- ``_DATED_ENTRY``, ``_STAMP`` and ``_SITE_PAGE`` are searched only when the folded line opens as one of their matches
  can (``_MONTH_FIRST``, ``_STAMP_FIRST``; ``_STAMP``'s other branch holds a colon; ``_SITE_PAGE_FIRST``).
- ``_author_card`` looks for its three words in the whole folded line, not in the folded last nine characters (the
  folded tail is the folded line's end: a line that passed main's screen passes this one; the pattern decides).
- ``_menu_line`` reads an ASCII line's words with one search of the line (``_ASCII_MENU_LINE``).
- ``page_words`` walks each line's words with the word before (no index), and keeps the small words less the
  capitalised ones printed as often or more.

Main's forms are copied here and every answer is compared with theirs.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Sequence

import pytest
import regex

from pagecleaner import teasers as t
from pagecleaner.blocks import Block
from pagecleaner.features import make_blocks
from pagecleaner.segment import segment_text
from pagecleaner.teasers import Part

_PURE = t.__file__ is not None and t.__file__.endswith(".py")

# --- main's forms, copied ------------------------------------------------------------------------


def _main_author_card(text: str) -> bool:
    tail = t._folded(text[-9:])
    if ("articles" in tail or "posts" in tail or "stories" in tail) and t._AUTHOR_CARD[0].search(text) is not None:
        return True
    if "follow" in text[-7:] and t._AUTHOR_CARD[1].search(text) is not None:
        return True
    return text[:2] in ("By", "by", "BY") and t._AUTHOR_CARD[2].search(text) is not None


def _main_shop(text: str) -> bool:
    if not t._SHOP_PIECES.any_in(t._folded(text)):
        return False
    return t._SHOP_SCREENED.matches(text)


def _main_stock_credit(text: str) -> bool:
    folded = t._folded(text)
    if not ("getty" in folded or "shutterstock" in folded or "istock" in folded):
        return False
    return t._STOCK_CREDIT.search(text) is not None


def _main_not_a_story_text(text: str) -> bool:
    if t.is_control(text) or t._SITE_PAGE.match(text) is not None:
        return True
    if t._code_like(text):
        return True
    if _main_author_card(text):
        return True
    if _main_shop(text):
        return True
    if (text[:1].isdigit() or text[:1] in "½¼¾⅓⅔⅛") and t._INGREDIENT.match(text) is not None:
        return True
    if "(" in text and t._CREDIT.search(text) is not None:
        return True
    return _main_stock_credit(text)


def _main_not_a_story(block: Block, text: str) -> bool:
    if block.digit_ratio > 0 and (t._DATED_ENTRY.match(text) or t._reference_entry(text) or t._STAMP.search(text)):
        return True
    if t._keywords(text):
        return True
    return _main_not_a_story_text(text)


def _main_menu_line(text: str) -> bool:
    words = text.split()
    if not all(map(t._MENU_WORD.fullmatch, words)):
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
    lines: list[str] = []
    for b in blocks:
        words = b.text.split()
        lines.append(" ".join(words).casefold())
        for k, raw in enumerate(words):
            w = raw.strip(t._WORD_EDGES)
            if not w:
                continue
            if w.islower():
                small_words.append(w)
            elif k and w[0].isupper() and words[k - 1][-1] not in t._SENTENCE_ENDS:
                inside_words.append(w.lower())
    small, inside = Counter(small_words), Counter(inside_words)
    return frozenset(lines), frozenset(w for w, n in small.items() if n > inside[w])


# --- random lines --------------------------------------------------------------------------------

_WORDS = (
    "The", "council", "approves", "budget", "for", "Storm", "closes", "schools", "Home", "News", "Sport", "Apple",
    "TV", "iPad", "&", "R+D", "2", "14", "2021", "Aug.", "30", "--", "Sept", "Nov", "18,", "—", "|", "/", "•",
    "Published", "Updated", "updated:", "Last", "posted", "on", "10:30", "am", "PM", "EST", "UTC", "Privacy",
    "Policy", "privacy", "policy", "Terms", "of", "Use", "Do", "Not", "Sell", "My", "ſite", "map", "Site", "Map",
    "About", "us", "Our", "Your", "Advertise", "with", "Careers", "at", "Getty", "Images", "/ Getty", "via",
    "Shutterstock", "iStock", "View", "All", "Articles", "posts", "Stories", "Follow", "follow", "By", "by", "Jane",
    "Smith", "Add", "to", "cart", "out", "5", "stars", "$5", "off", "€20", "Save", "2 cups", "flour", "250", "g",
    "(Photo:", "AP)", "(Image:", "GETTY)", "x", "=", "x=1", "foo()", "snake_case", "//", "{", "Show", "more",
    "Sign", "up", "read", "See", "Click", "here", "Tags:", "Kategorie:", "Tax", "Foundation,", "May", "31,", "2019",
    "SEP", "ſep", "İstanbul", "Kelvin", "\u212a", "Straße", "ΣΊΣΥΦΟΣ", "新闻", "Ünited", "\u0307dot", "?", "…",
)  # fmt: skip
"""Words of headlines and of every kind of line ``_not_a_story`` names: tour dates, cited sources, stamps, the
site's pages, credits, author cards, shop furniture, ingredients, code; letters whose folding is not themselves."""


_OPENINGS = (
    "Aug. 30 -- ", "Sept 3 – ", "nov 18th, @ ", "ſep 2 - ", "May 31 — ", "Dec. 1st -- ", "Published on: 4 ",
    "Last updated 3 ", "first posted 12 ", "UPDATED : 9 ", "Privacy Policy ", "Your privacy choices ",
    "our ad choices ", "Terms of Use ", "Cookie settings ", "do not sell ", "Public File for ", "EEO ",
    "FCC applications ", "Closed Captioning ", "Advertise with ", "Accessibility statement ", "Sitemap ",
    "Careers at ", "Jobs with ", "Work for us ", "About us ", "Why you can trust ", "Editorial Policy ",
    "Code of Conduct ", "Community guidelines ",
)  # fmt: skip
"""Openings of the lines ``_DATED_ENTRY``, ``_STAMP`` and ``_SITE_PAGE`` match, and of near misses."""


def _random_lines(rng: random.Random, count: int) -> list[str]:
    lines = []
    for _ in range(count):
        n = rng.choice((1, 2, 3, 4, 5, 5, 6, 7, 8, 9, 10, 12, 16, 22))
        words = [rng.choice(_WORDS) for _ in range(n)]
        if rng.random() < 0.15:
            words[0] = rng.choice(_OPENINGS) + words[0]
        if rng.random() < 0.3:
            words = [w.capitalize() for w in words]
        sep = rng.choice((" ", " ", " ", "  ", "\t", "\x1c", " \u00a0"))
        line = sep.join(words)
        if rng.random() < 0.2:
            line += rng.choice((".", "?", ":", "!", " 1", "…", "\n", " follow"))
        lines.append(line)
    return lines


_WITH_DIGITS, _WITHOUT_DIGITS = make_blocks(segment_text("Route 66 reopens\n\nRoute reopens"))


def _block(text: str) -> Block:
    """A block whose ``digit_ratio`` (the one field ``_not_a_story`` reads besides the text it is given) is above 0
    when ``text`` holds a digit (the compiled build takes real blocks only)."""
    return _WITH_DIGITS if any(c.isdigit() for c in text) else _WITHOUT_DIGITS


# --- the tests -----------------------------------------------------------------------------------


def test_not_a_story_answers_as_main() -> None:
    rng = random.Random(46)
    lines = _random_lines(rng, 30_000)
    said = 0
    for line in lines:
        want = _main_not_a_story(_block(line), line)
        assert t._not_a_story(_block(line), line) is bool(want), line
        assert t.not_a_story(line) is _main_not_a_story_text(line), line
        said += bool(want)
    assert 3_000 < said < 27_000  # both answers, many times


def test_screens_answer_as_main_given_the_folded_line() -> None:
    rng = random.Random(4646)
    for line in _random_lines(rng, 20_000):
        folded = t._folded(line)
        assert t._author_card(line, folded) is _main_author_card(line), line
        assert t._author_card(line) is _main_author_card(line), line
        assert t._shop(line, folded) is _main_shop(line), line
        assert t._stock_credit(line, folded) is _main_stock_credit(line), line
        assert t.is_control(line, folded) is t.is_control(line), line
        assert t._CONTROL_SCREENED.matches(line, folded) is (t._CONTROL.search(line) is not None), line
        assert t._SHOP_SCREENED.matches(line, folded) is (t._SHOP.search(line) is not None), line


def test_each_pattern_answers_on_the_lines_its_screen_lets_through() -> None:
    # Every line a pattern matches opens with a letter of its screen (case folded), or (``_STAMP``) holds a colon.
    rng = random.Random(464)
    matched = Counter[str]()
    for line in _random_lines(rng, 30_000):
        first = t._folded(line)[:1]
        if t._DATED_ENTRY.match(line):
            matched["dated"] += 1
            assert first in t._MONTH_FIRST, line
        if t._STAMP.search(line):
            matched["stamp"] += 1
            assert ":" in line or first in t._STAMP_FIRST, line
        if t._SITE_PAGE.match(line):
            matched["site"] += 1
            assert first in t._SITE_PAGE_FIRST, line
    assert min(matched.values()) > 20 and len(matched) == 3
    assert t._DATED_ENTRY.match("ſept. 3 - Denver") and t._not_a_story(_block("ſept. 3 - Denver"), "ſept. 3 - Denver")
    assert t._SITE_PAGE.match("ſite map") and t.not_a_story("ſite map")


@pytest.mark.parametrize(
    ("letters", "pattern"),
    [
        (t._MONTH_FIRST, r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"),
        (t._STAMP_FIRST, r"(?i)(?:last|first|published|updated|posted)"),
        (t._SITE_PAGE_FIRST, r"(?i)[yoptcdefasjw]"),
    ],
)
def test_first_letter_screens_hold_every_character_the_pattern_opens_with(
    letters: frozenset[str], pattern: str
) -> None:
    # ``regex`` ignoring case matches an ASCII letter to a few other characters ("ſ" to "s", the Kelvin sign to
    # "k"): every character that can open a match folds to a letter of the screen.
    opening = regex.compile(rf"(?i)[{''.join(sorted(letters))}]")
    assert {w[0] for w in regex.findall(r"\b\w", pattern.replace("(?i)", ""))} <= letters
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        c = chr(code)
        if opening.match(c):
            assert t._folded(c)[:1] in letters, hex(code)


def _top_branches(alternation: str) -> list[str]:
    """The branches of ``alternation`` split at its own "|" (not those inside its groups)."""
    branches, depth, start = [], 0, 0
    for k, c in enumerate(alternation):
        if c == "(" and alternation[k - 1 : k] != "\\":
            depth += 1
        elif c == ")" and alternation[k - 1 : k] != "\\":
            depth -= 1
        elif c == "|" and depth == 0:
            branches.append(alternation[start:k])
            start = k + 1
    return [*branches, alternation[start:]]


def _first_letters(alternation: str) -> set[str]:
    """The characters a match of ``alternation`` can open with, for a pattern whose branches open with a letter or
    with a group (not optional) of such branches."""
    firsts: set[str] = set()
    for branch in _top_branches(alternation):
        if branch.startswith("(?:"):
            depth, k = 1, 0
            while depth:  # ``k``: where the opening group closes
                k += 1
                depth += (branch[k] == "(") - (branch[k] == ")")
            assert branch[k + 1 : k + 2] not in ("?", "*"), branch
            firsts |= _first_letters(branch[3:k])
        else:
            assert branch[:1].isalpha(), branch
            firsts.add(branch[:1])
    return firsts


def test_the_site_page_pattern_opens_only_with_its_letters() -> None:
    # Each branch of ``_SITE_PAGE``, after its optional "your " or "our ", opens with a letter of ``_SITE_PAGE_FIRST``.
    prefix = "(?i)^(?:(?:your|our)\\s)?(?:"
    assert t._SITE_PAGE.pattern.startswith(prefix) and t._SITE_PAGE.pattern.endswith(")")
    firsts = _first_letters(t._SITE_PAGE.pattern[len(prefix) : -1])
    assert firsts | {"y", "o"} == set(t._SITE_PAGE_FIRST), firsts
    assert _first_letters("(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)") == set(t._MONTH_FIRST)
    assert t._DATED_ENTRY.pattern.startswith("(?i)^" + t.ENGLISH_MONTH)
    assert t.ENGLISH_MONTH.startswith("(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)")


def test_menu_line_answers_as_main() -> None:
    rng = random.Random(4601)
    lines = _random_lines(rng, 20_000)
    lines += ["Apple TV Apple Watch iMac iPad", "New posts New media", "R+D R+D Lab", "A & B & C", "Tom\x1fTom"]
    said = 0
    for line in lines:
        want = _main_menu_line(line)
        assert t._menu_line(line) is want, repr(line)
        said += want
    assert said > 100


def test_ascii_menu_line_is_every_word_matched() -> None:
    # Over ASCII, a character is in the line pattern's class exactly when ``str.split`` splits at it or
    # ``_MENU_WORD`` matches it.
    for code in range(128):
        c = chr(code)
        want = c.isspace() or t._MENU_WORD.fullmatch(c) is not None
        assert (t._ASCII_MENU_LINE.fullmatch(c) is not None) is want, hex(code)
    assert t._ASCII_MENU_LINE.fullmatch("") is not None and t._menu_line("") is _main_menu_line("")


def test_page_words_answers_as_main() -> None:
    # Without the capital sigma: the compiled build lowers "ΣΊΣΥΦΟΣ" without the final "ς" that Python's ``str.lower``
    # gives (main's build as this one; the pure and compiled builds of ``page_words`` differ there, on main too).
    rng = random.Random(4602)
    for _ in range(40):
        text = "\n\n".join(line.replace("ΣΊΣΥΦΟΣ", "ΣΊΣΥΦΟΙ") for line in _random_lines(rng, 40))
        blocks = make_blocks(segment_text(text))
        words = t.page_words(blocks)
        assert (words.lines, words.small) == _main_page_words(blocks)
    # A word printed capitalised inside a line as often as in small letters is no small word; more often small, it is.
    blocks = make_blocks(segment_text("the finals start\n\nATP Finals today\n\nthe finals end\n\nWorld Finals now"))
    assert "finals" not in t.page_words(blocks).small
    blocks = make_blocks(segment_text("the finals start\n\nATP Finals today\n\nthe finals end"))
    assert "finals" in t.page_words(blocks).small


def test_capital_first_letter_is_never_small() -> None:
    # ``page_words`` reads a word as capitalised without asking ``islower`` again: a first letter ``isupper`` makes
    # the word not ``islower``.
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        if c.isupper():
            assert not (c + "a").islower() and not c.islower(), hex(code)


@pytest.mark.skipif(not _PURE, reason="compiled teasers: its calls to _folded are not seen from Python")
def test_a_headline_line_is_folded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Main folded this headline line four times in ``_not_a_story``: the last nine characters, then the line for the
    # control search (it holds "in th", a hint of ``_CONTROL``), the shop screen and the stock credit's.
    calls: list[str] = []
    real = t._folded

    def counted(text: str) -> str:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(t, "_folded", counted)
    blocks = make_blocks(segment_text("Council approves the budget for three new schools in the county"))
    assert t.part(blocks[0], False) is Part.TITLE
    assert calls == ["Council approves the budget for three new schools in the county"]
