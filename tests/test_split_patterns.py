"""Patterns kept as lists of branches searched one by one (``teasers._CODE``, ``teasers._AUTHOR_CARD``)
say whether a line matches exactly as their alternation would: anchors, lookbehinds and case flags
hold in each branch alone."""

from __future__ import annotations

import random

import pytest
import regex

from pagecleaner import clean
from pagecleaner.alternation import AUTOMATON_MAX_CHARS, Pieces, split_branches
from pagecleaner.features import make_blocks
from pagecleaner.segment import segment_text
from pagecleaner.teasers import (
    _AUTHOR_CARD,
    _CODE,
    _CONTROL,
    _CONTROL_HINTS,
    _CONTROL_SEARCHES,
    _SHOP,
    _SHOP_HINTS,
    _SHOP_SEARCHES,
    _STOCK_CREDIT,
    _author_card,
    _code_like,
    _not_a_story,
    _Screened,
    _shop,
    _stock_credit,
    is_control,
)

PIECES = (
    "if err ", "!= nil", " {", "}", "x = 1", "d=3", "a == b", "super()", " called twice", "// note", "http://x.org",
    ":/", "//", "Marcus De Guzman", "View More Articles", "see all posts", "READ MORE STORIES", " follow", "Follow",
    "by ", "By ", "BY ", "Lewis White", " 0", " 12", "Ölçer", "the storm", " ", "\n", "—", "=", "(", ")", "_", "Slow_Query",
)  # fmt: skip


def test_branches_one_by_one_agree_with_their_alternation() -> None:
    rng = random.Random(14)
    for parts in (_CODE, _AUTHOR_CARD):
        whole = regex.compile("|".join(p.pattern for p in parts))
        hits = 0
        for _ in range(20000):
            text = "".join(rng.choices(PIECES, k=rng.randint(0, 6)))
            one_by_one = any(p.search(text) is not None for p in parts)
            assert one_by_one == (whole.search(text) is not None), text
            hits += one_by_one
        assert hits > 500  # both answers were put to the test


def test_code_and_author_cards_are_not_stories() -> None:
    lines = ["if err != nil { return err }", "Marcus De GuzmanView More Articles", "by Lewis White 0"]
    story = "Ferry service resumes after winter storm damage"
    blocks = make_blocks(segment_text("\n\n".join([*lines, story])))
    assert [_not_a_story(b, b.text) for b in blocks] == [True, True, True, False]


CONTROL_PIECES = (
    "See all", "view more", "Show our", " rulings", ":", "Click here", "continue reading", "Read more", "download",
    "Log in", "Tap to", "Contact us", "follow us", "email us", "Written by", "Edited by", "enable JavaScript",
    "Sign up", "subscribe", "newsletters", "inbox", "Skip ad", "Jump to", "Topics", "Share this", "in this story",
    "https://x.org", "www.", "Expand the sub menu", "Back to top", "move to sidebar", "Upvote", "on this page",
    "Toggle theme", "Press ? to", "View full profile", "Search all", "Remember me", "Continue shopping",
    "Ask a question", "care about your privacy", "Learn More ❯", "Opens in New Window", "opens in a new tab",
    "mailing list", "The storm", " closes", " the road", " us", " by", " ", "İ",
)  # fmt: skip


def test_control_searches_agree_with_the_whole_pattern() -> None:
    assert split_branches(r"a(b|c)|[|x]|\||d") == ["a(b|c)", "[|x]", r"\|", "d"]
    rng = random.Random(14)
    hits = 0
    for _ in range(20000):
        text = "".join(rng.choices(CONTROL_PIECES, k=rng.randint(1, 5)))
        whole = _CONTROL.search(text) is not None
        assert any(p.search(text) is not None for p in _CONTROL_SEARCHES) == whole, text
        assert is_control(text) == whole, text  # the screen by hints lets every match through
        hits += whole
    assert hits > 5000
    assert is_control("Show more sharing options") and not is_control("The storm closes the road")
    # A line that is only the label, with no space before "in" for the screen to see.
    assert is_control("In this article") and is_control("In This Section") and is_control("in the story")
    assert not is_control("In this article we look at the budget")


SHOP_PIECES = (
    "4.6 out of 5", " stars", "Star ratings", "STAR REVIEW", "List Price:", "sale price", "Add to cart", "add to Wish list",
    "In den Warenkorb", "ajouter au panier", "Añadir al carrito", "aggiungi al carrello", "in stock", "Out of Stock",
    "auf Lager", "Free express shipping on", "free delivery over", "Kostenloser Versand", "livraison gratuite",
    "Envío gratis", "spedizione gratuita", "discount code", "Promo Codes", "code promo", "Gutscheincode",
    "código de descuento", "codici promozionali", "SAVE $250", "Save up to €5", "$12.99", "£5 off", "€3 -",
    "out", " of ", "5", "ſtar rating", "\u212aostenloser versand", "İn stock", "add\u00a0to\tcart", "save ", "prİce", "Sale prİce", "lİst price", "ſale", "İ",
    "The storm", " closes", " the road", " ", "\n", ",", "-", "|", "e", "s",
)  # fmt: skip


def test_shop_screen_and_searches_agree_with_the_whole_pattern() -> None:
    rng = random.Random(14)
    hits = 0
    for _ in range(20000):
        text = "".join(rng.choices(SHOP_PIECES, k=rng.randint(1, 5)))
        whole = _SHOP.search(text) is not None
        assert _shop(text) == whole, text
        hits += whole
    assert hits > 5000
    assert _shop("4.6 out of 5 stars") and not _shop("The storm closes the road out of town")


def test_pieces_automaton_and_plain_search_agree() -> None:
    rng = random.Random(16)
    letters = "".join(sorted(set("".join(_CONTROL_HINTS + _SHOP_HINTS)))) + "İſ"
    for hints in (_CONTROL_HINTS, _SHOP_HINTS, ("ab", "b", "abc", "€")):
        fast, plain = Pieces(hints), Pieces(hints, automaton=False)
        found = 0
        for _ in range(5000):
            text = "".join(rng.choices([*hints, *letters], k=rng.randint(0, 8)))
            expected = any(h in text for h in hints)
            assert fast.any_in(text) == plain.any_in(text) == expected, text
            found += expected
        assert 500 < found < 5000
    with pytest.raises(ValueError):
        Pieces(("a", ""))


def test_pieces_found_lists_every_piece_held() -> None:
    """``Pieces.found``: the indexes of the pieces a text holds, overlapping ones ("ab" in "abc") and
    pieces inside pieces too, with the automaton, without it, and past a lone surrogate."""
    rng = random.Random(18)
    hints = ("ab", "b", "abc", "bc", "€", "sign", "ign up")
    fast, plain = Pieces(hints), Pieces(hints, automaton=False)
    for _ in range(5000):
        text = "".join(rng.choices([*hints, "a", "c", " ", "x", "ſ"], k=rng.randint(0, 8)))
        expected = {k for k, h in enumerate(hints) if h in text}
        assert set(fast.found(text)) == set(plain.found(text)) == expected, text
    assert set(fast.found("abc\ud800")) == {0, 1, 2, 3}
    long = "x" * AUTOMATON_MAX_CHARS + "sign up"  # past the automaton's limit: looked for with ``in``
    assert set(fast.found(long)) == {5, 6}


# Letters a case-blind search matches to an ASCII letter that ``str.lower`` keeps apart ("ſ", the
# Kelvin sign, "İ"), and one whose folding is longer ("ß"): the screens must not lose their matches.
FOLD_PIECES = ("ſign up", "\u212aostenloser versand", "İnbox", "fİnd us", "ſkip ad", "STRAßE", "ß", "ſ", "İ", "\u212a")


def test_screened_searches_answer_as_every_search() -> None:
    """``_Screened.matches`` searches a line only with the branches whose strings it holds: on
    random lines (the patterns' wordings, their parts, case and folding traps) it answers as the
    searches all made do, with and without a hint screen before it."""
    rng = random.Random(19)
    for pattern, searches, pieces in ((_CONTROL, _CONTROL_SEARCHES, CONTROL_PIECES), (_SHOP, _SHOP_SEARCHES, SHOP_PIECES)):
        screened = _Screened(pattern, searches)
        hits = 0
        for _ in range(20000):
            text = "".join(rng.choices((*pieces, *FOLD_PIECES), k=rng.randint(1, 5)))
            expected = any(p.search(text) is not None for p in searches)
            assert screened.matches(text) == expected, text
            hits += expected
        assert hits > 3000
    # A folded letter still opens its search: "ſign up" is a case-blind "sign up".
    assert _Screened(_CONTROL, _CONTROL_SEARCHES).matches("ſign up today")


def test_pieces_read_a_lone_surrogate() -> None:
    """Scraped text keeps lone surrogates, which the automaton cannot encode: the screen falls back
    to ``in`` rather than failing, and a page holding one cleans."""
    for pieces in (Pieces(("see ", "more")), Pieces(("see ", "more"), automaton=False)):
        assert pieces.any_in("see \ud800 all")
        assert not pieces.any_in("\ud800 nothing here")
    page = clean("Show more \ud800 sharing options\n\nThe council approved the budget on Tuesday night after a long debate.")
    assert page.article.paragraphs == ["The council approved the budget on Tuesday night after a long debate."]


def test_author_card_screen_agrees_with_its_patterns() -> None:
    rng = random.Random(17)
    pieces = (*PIECES, "see all ", "view more ", "READ ALL ", "articles", "POSTS", "storİes", "ſtories", "artİcles", "\n", "x")  # fmt: skip
    hits = 0
    for _ in range(20000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 6)))
        whole = any(p.search(text) is not None for p in _AUTHOR_CARD)
        assert _author_card(text) == whole, text
        hits += whole
    assert hits > 1000


def test_code_screen_agrees_with_its_patterns() -> None:
    rng = random.Random(18)
    hits = 0
    for _ in range(20000):
        text = "".join(rng.choices(PIECES, k=rng.randint(0, 6)))
        whole = any(p.search(text) is not None for p in _CODE)
        assert _code_like(text) == whole, text
        hits += whole
    assert hits > 5000
    assert _code_like("x = 1") and not _code_like("Ferry service resumes (again)")


def test_stock_credit_screen_agrees_with_its_pattern() -> None:
    rng = random.Random(19)
    pieces = (
        "Getty Images", "GETTY\u00a0IMAGES", "getty", " images", "Shutterstock", "ſhutterſtock", "iStock", "İSTOCK",
        "iStockphoto", "/", " / ", "via ", " via", "Kevin Mohatt", "The storm", " ", "\n", "x", "ImagesX", "sues",
    )  # fmt: skip
    hits = 0
    for _ in range(20000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 5)))
        whole = _STOCK_CREDIT.search(text) is not None
        assert _stock_credit(text) == whole, text
        hits += whole
    assert hits > 2000
    assert _stock_credit("lacaosa / Getty Images") and not _stock_credit("Getty Images sues over AI art")
