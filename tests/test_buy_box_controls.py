"""A shop's buy-box controls printed as lines of their own ("Choose your size", "Add to bag", "Decrease
Quantity:", "Find my size", "More ways to pay", "Shop all") go from text input
(``navigation.buy-box-controls``); the buttons some truths keep beside the price ("Add to cart", "Size
Guide"), prose naming the same words and an HTML page are judged as before (text81 in docs/HISTORY.md)."""

from __future__ import annotations

import pytest

from pagecleaner import Cleaner, clean
from test_html_rules import MORE, PROSE, removed_by

CONTROL_LINES = [
    # Seen on fold 0 of wcxb-dev innertext: a gym-wear shop, a fashion marketplace, an outdoor-clothing maker,
    # a craft marketplace, a T-shirt maker, a furniture chain, a wallet maker, a computer maker.
    "Choose your size",
    "Add to bag",
    "Add to Favorites",
    "Find my size",
    "Decrease Quantity:",
    "More ways to pay",
    "Shop All",
]


@pytest.mark.parametrize("line", CONTROL_LINES)
def test_a_buy_box_control_goes_in_text(line: str) -> None:
    result = clean(f"{PROSE}\n\n{MORE}\n\n{line}\n\n{PROSE} Again.", input_format="text")
    assert line not in result.article.text
    assert removed_by(result, line) == "navigation.buy-box-controls"


@pytest.mark.parametrize("line", CONTROL_LINES)
def test_the_same_line_in_html_is_judged_as_before(line: str) -> None:
    html = f"<html><body><article><p>{PROSE}</p><p>{MORE}</p><p>{line}</p><p>{PROSE} Again.</p></article></body></html>"
    result = clean(html, input_format="html")
    without = Cleaner().disable("navigation.buy-box-controls").clean(html, input_format="html")
    assert result.model_dump() == without.model_dump()


@pytest.mark.parametrize(
    "line",
    [
        # Buttons a product truth may keep beside the price, and a heading over a size table: not this rule's.
        "Add to cart",
        "Size Guide",
        # Prose naming the same words.
        "Choose your size carefully: the jacket runs small, so most buyers go one size up, the maker says.",
        "Shop all you like before Sunday, the owner said, because the sale ends when the stock runs out.",
    ],
)
def test_buttons_a_truth_keeps_and_prose_are_not_this_rules(line: str) -> None:
    result = clean(f"{PROSE}\n\n{MORE}\n\n{line}\n\n{PROSE} Again.", input_format="text")
    assert removed_by(result, line) != "navigation.buy-box-controls"


@pytest.mark.parametrize(
    "line",
    [
        "Choose your size carefully: the jacket runs small, so most buyers go one size up, the maker says.",
        "Shop all you like before Sunday, the owner said, because the sale ends when the stock runs out.",
    ],
)
def test_prose_naming_the_controls_stays(line: str) -> None:
    result = clean(f"{PROSE}\n\n{line}\n\n{MORE}", input_format="text")
    assert line in result.article.text
