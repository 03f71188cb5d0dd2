"""A shop's buy-box controls the page still keeps as lines of their own ("Choose your size", "Add to bag",
"Decrease Quantity:", "Find my size", "More ways to pay", "Shop all") go from a text product, late, so the
product's main run is read with them (``quality.buy-box-controls``); the buttons some truths keep beside the
price ("Add to cart", "Size Guide"), prose naming the same words, another kind of page and an HTML page are
judged as before (text81 and text84 in docs/HISTORY.md)."""

from __future__ import annotations

import pytest

from pagecleaner import Cleaner, clean
from test_html_rules import MORE, PROSE, removed_by
from test_type_rules import SHELF_DESCRIPTION, SHELF_ROWS, _measured_shelf

CONTROL_LINES = [
    # Seen kept on fold 0 of wcxb-dev innertext's products: a gym-wear shop, a fashion marketplace, an
    # outdoor-clothing maker, a craft marketplace, a T-shirt maker, a furniture chain, a wallet maker, a
    # computer maker.
    "Choose your size",
    "Add to bag",
    "Add to Favorites",
    "Find my size",
    "Decrease Quantity:",
    "More ways to pay",
    "Shop All",
]


def _product(line: str) -> str:
    return f"Classic Tee\n\n{PROSE}\n\n{line}\n\n{MORE}\n\n{PROSE} Again."


@pytest.mark.parametrize("line", CONTROL_LINES)
def test_a_kept_buy_box_control_goes_from_a_text_product(line: str) -> None:
    result = clean(_product(line), input_format="text", page_type="product")
    assert line not in result.article.text
    assert removed_by(result, line) == "quality.buy-box-controls"


def test_the_control_goes_and_the_specification_rows_stay() -> None:
    # text81's block-stage rule split the main run at "Add to bag" and dropped the rows after it; late,
    # only the control goes.
    page = clean(_measured_shelf(SHELF_ROWS), input_format="text", page_type="product")
    assert "Add to bag" not in page.article.paragraphs
    assert removed_by(page, "Add to bag") == "quality.buy-box-controls"
    assert SHELF_DESCRIPTION in page.article.paragraphs
    assert all(row.replace("\u00a0", " ") in page.article.text for row in SHELF_ROWS)


@pytest.mark.parametrize(
    "line",
    [
        # Buttons a product truth may keep beside the price, and a heading over a size table.
        "Add to cart",
        "Size Guide",
        "Buy it now",
        # Prose naming the same words.
        "Choose your size carefully: the jacket runs small, so most buyers go one size up, the maker says.",
        "Shop all you like before Sunday, the owner said, because the sale ends when the stock runs out.",
    ],
)
def test_buttons_a_truth_keeps_and_prose_are_not_this_rules(line: str) -> None:
    result = clean(_product(line), input_format="text", page_type="product")
    assert removed_by(result, line) != "quality.buy-box-controls"
    assert line in result.article.text


@pytest.mark.parametrize("line", CONTROL_LINES)
def test_an_article_and_html_are_judged_as_before(line: str) -> None:
    text = _product(line)
    article = clean(text, input_format="text", page_type="article")
    assert removed_by(article, line) != "quality.buy-box-controls"
    html = f"<html><body><article><p>{PROSE}</p><p>{MORE}</p><p>{line}</p><p>{PROSE} Again.</p></article></body></html>"
    result = clean(html, input_format="html", page_type="product")
    without = Cleaner().disable("quality.buy-box-controls").clean(html, input_format="html", page_type="product")
    assert result.model_dump() == without.model_dump()
