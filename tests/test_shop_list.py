"""A shop's mailing-list call ("Sign up for … Special Offers", "Join our mailing list") goes from text input
(``newsletter.shop-list``); prose about signing up stays, and an HTML page's same line is judged as before,
by the markup rules that weigh its form or footer whole (text75 and text77 in docs/HISTORY.md)."""

from __future__ import annotations

import pytest

from helpers import prose_around, removed_by
from pagecleaner import Cleaner, clean

SHOP_LINES = [
    # Seen on fold 0 of wcxb-dev innertext (a camera shop, a wallet maker, a wholefoods shop, a lock maker, a
    # furniture maker, a shoe shop, a training site …), none in a truth.
    "Sign up for B&H News & Special Offers",
    "Sign up and we will send you our latest offers and product news.",
    "Sign up for new releases, sales, and exclusive email only deals.",
    "Sign up and get 10% discount on your first purchase.",
    "Join our mailing list",
    "SUBSCRIBE TO OUR MAILING LIST",
]


@pytest.mark.parametrize("line", SHOP_LINES)
def test_a_shops_mailing_list_call_goes_in_text(line: str) -> None:
    result = clean(prose_around(line), input_format="text")
    assert line not in result.article.text
    assert removed_by(result, line) == "newsletter.shop-list"


@pytest.mark.parametrize("line", SHOP_LINES)
def test_the_same_line_in_html_is_left_to_the_markup_rules(line: str) -> None:
    html = prose_around(line, kind="html")
    result = clean(html, input_format="html")
    assert removed_by(result, line) != "newsletter.shop-list"
    without = Cleaner().disable("newsletter.shop-list").clean(html, input_format="html")
    assert result.model_dump() == without.model_dump()


def test_a_mailing_list_call_in_an_html_article_stays() -> None:
    line = "Join our mailing list"
    html = prose_around(line, kind="html")
    assert line in clean(html, input_format="html").article.text


@pytest.mark.parametrize(
    "line",
    [
        "Shoppers who sign up early see better deals on the same goods, the survey of retailers found last week.",
        "Sign up for the class before the offer ends, the school told parents, or the places go to the next town.",
        "She asked every reader to join the mailing list of the campaign, which has grown to forty thousand names.",
    ],
)
def test_prose_about_signing_up_stays(line: str) -> None:
    result = clean(prose_around(line), input_format="text")
    assert line in result.article.text
