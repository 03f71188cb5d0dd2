"""``quality.headed-description``: on a text page cleaned or reported as a product, the paragraphs a shop prints
under its description's heading ("About this item", "Description") that the main run or the neighbour pass
took out come back (text106)."""

from __future__ import annotations

from pagecleaner import CleanedPage, Cleaner
from pagecleaner.rules.quality import HeadedDescription

RULE = "quality.headed-description"
MENU = "\n".join(["Home", "Shop", "Men", "Women", "Kids", "Sale", "Gifts", "Stores", "Help", "Account", "Cart"])
DESC1 = (
    "The Trail Tee is cut from a recycled polyester knit that dries fast, keeps its shape after many washes "
    "and sits close without clinging on long runs in warm weather."
)
DESC2 = (
    "Flat seams at the shoulders and sides stop chafing under a pack, and a reflective tab at the back of "
    "the neck shows up in headlights when the light goes in the evening."
)
REVIEWS = "\n".join(
    f"Review {k}: I bought this tee for my morning runs and it has held up really well through months of washing, "
    "the fabric still feels soft, the fit stays the same and I would happily buy another colour of it next season."
    for k in range(8)
)


def _page(heading: str = "About this item", between: str = "", first: str = DESC1) -> str:
    """A shop's product page as innerText: its description under a heading, then the buy box's links,
    other products and a long run of shoppers' reviews that outweighs the description."""
    gap = f"{between}\n" if between else ""
    return f"""{MENU}
Trail Tee
$35.00
Add to cart
{heading}
{gap}{first}
{DESC2}
Size guide
Delivery
Returns
Share
Facebook
Twitter
Pinterest
You may also like
Trail Shorts
$40.00
Trail Cap
$20.00
Trail Socks
$12.00
Customer reviews
{REVIEWS}
Privacy
Terms
"""


def _clean(text: str, page_type: str = "product", *, rule: bool = True, fmt: str = "text") -> CleanedPage:
    cleaner = Cleaner() if rule else Cleaner().disable(RULE)
    return cleaner.clean(text, input_format="text" if fmt == "text" else "html", page_type=page_type)


def _rule_of(page: CleanedPage, words: str) -> str | None:
    return next((r.rule for r in page.removed if words in r.text), None)


def test_a_text_products_description_under_its_heading_comes_back() -> None:
    for heading in ("About this item", "Description", "Product description:", "Overview"):
        page = _clean(_page(heading))
        assert DESC1 in page.article.text and DESC2 in page.article.text, heading
        assert "Review 3" in page.article.text
        assert "Trail Socks" not in page.article.text


def test_without_the_rule_the_main_run_drops_the_description() -> None:
    page = _clean(_page(), rule=False)
    assert DESC1 not in page.article.text and DESC2 not in page.article.text
    assert _rule_of(page, "The Trail Tee is cut") == "quality.main-run"
    cleaner = Cleaner()
    cleaner.clean(_page(), input_format="text", page_type="product")
    assert cleaner.fired[RULE] == 2


def test_a_short_line_under_the_heading_ends_the_description() -> None:
    # "Description" over a tab strip's label: what follows is not read as the description.
    page = _clean(_page("Description", between="Nutritional Information"))
    assert DESC1 not in page.article.text and DESC2 not in page.article.text
    assert _rule_of(page, "The Trail Tee is cut") == "quality.main-run"


def test_a_paragraph_another_rule_removed_stays_removed() -> None:
    cookie = (
        "We use cookies and similar technologies to improve your experience on our site, to analyse traffic "
        "and to show you personalised advertising. Accept all cookies or manage your preferences."
    )
    page = _clean(_page(first=cookie))
    assert cookie not in page.article.text
    assert _rule_of(page, "We use cookies") not in (None, RULE)
    assert DESC2 not in page.article.text


def test_other_headings_and_other_kinds_give_nothing_back() -> None:
    page = _clean(_page("Customer questions"))
    assert DESC1 not in page.article.text
    page = _clean(_page(), page_type="article")
    assert DESC1 not in page.article.text
    assert _rule_of(page, "The Trail Tee is cut") == "quality.main-run"


def test_html_is_not_this_rules() -> None:
    body = "".join(f"<p>{line}</p>" for line in _page().splitlines() if line)
    html = f"<html><head><title>Trail Tee</title></head><body>{body}</body></html>"
    assert _clean(html, fmt="html") == _clean(html, fmt="html", rule=False)


def test_the_heading_pattern() -> None:
    rule = HeadedDescription()
    assert rule.id == RULE
    from pagecleaner.rules.quality import _DESCRIPTION_HEADING

    for line in ("Description", "About this item", "About the product", "Product Description", "Produktbeschreibung"):
        assert _DESCRIPTION_HEADING.fullmatch(line), line
    for line in ("Descriptions of our stores", "About us", "Reviews", "Item specifics"):
        assert not _DESCRIPTION_HEADING.fullmatch(line), line
