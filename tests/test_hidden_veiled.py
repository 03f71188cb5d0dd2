"""``aria-hidden="true"`` alone hides from screen readers, not from the eye: on a page cleaned as a
product or a collection it is read as shown (``cleaner._VEILS_SHOWN``); elsewhere ``dom.hidden``
removes it as before, and ``hidden`` or ``display:none`` hide on every kind of page."""

from __future__ import annotations

from pagecleaner import Cleaner, clean
from pagecleaner.cleaner import judged_blocks
from pagecleaner.dom import html_segments, parse_html
from pagecleaner.settings import Settings

PROSE = (
    "<p>This stoneware mug is thrown by hand on the wheel and glazed in a warm speckled brown that shows the clay"
    " underneath where the glaze breaks over the rim.</p>"
    "<p>It holds about twelve ounces, is safe in the dishwasher and the microwave, and every piece differs a"
    " little in shape and colour from the one in the photographs.</p>"
)


def _page(hidden_part: str) -> str:
    return f"<html><body><main><h1>Speckled stoneware mug</h1>{PROSE}{hidden_part}</main></body></html>"


VEILED = '<div aria-hidden="true"><p>Price: $34.00 for the mug in speckled brown, one of a kind</p></div>'
BOTH = (
    '<div aria-hidden="true"><div style="display:none">'
    "<p>Price: $34.00 for the mug in speckled brown, one of a kind</p></div></div>"
)
UNDER_HIDDEN = '<div hidden><p aria-hidden="true">Price: $34.00 for the mug in speckled brown, one of a kind</p></div>'


def _segment(html: str, *, veils: bool = True, closed: bool = False) -> tuple[bool, bool]:
    segments = html_segments(parse_html(html).root, veils=veils, closed=closed)
    seg = next(s for s in segments if "Price" in s.text)
    assert seg.dom is not None
    return seg.dom.hidden, seg.dom.veiled


def test_aria_hidden_alone_is_hidden_and_veiled() -> None:
    assert _segment(_page(VEILED)) == (True, True)


def test_display_none_inside_or_hidden_outside_is_not_veiled() -> None:
    assert _segment(_page(BOTH)) == (True, False)
    assert _segment(_page(UNDER_HIDDEN)) == (True, False)


def test_cut_with_veils_off_reads_aria_hidden_as_shown() -> None:
    assert _segment(_page(VEILED), veils=False) == (False, False)
    assert _segment(_page(BOTH), veils=False) == (True, False)


def test_product_page_keeps_aria_hidden_text() -> None:
    for kind in ("product", "collection"):
        page = clean(_page(VEILED), input_format="html", page_type=kind)
        assert "Price: $34.00" in page.article.text, kind


def test_article_page_still_drops_aria_hidden_text() -> None:
    page = clean(_page(VEILED), input_format="html", page_type="article")
    assert "Price: $34.00" not in page.article.text
    assert any(r.rule == "dom.hidden" and "Price" in r.text for r in page.removed)


def test_product_page_still_drops_display_none_text() -> None:
    for hidden in (BOTH, UNDER_HIDDEN):
        page = clean(_page(hidden), input_format="html", page_type="product")
        assert "Price: $34.00" not in page.article.text


def test_judged_blocks_is_the_cut_clean_judged() -> None:
    html = _page(VEILED).replace("</main>", '</main><footer aria-hidden="true"><p>x</p></footer>')
    cleaner = Cleaner()
    for kind, shown in (("product", True), ("article", False)):
        page = cleaner.clean(html, input_format="html", page_type=kind)
        blocks = judged_blocks(html, Settings(), page)
        price = next(b for b in blocks if "Price" in b.text)
        assert price.dom is not None
        assert price.dom.hidden is not shown, kind


# A veiled element the eye does not see either stays hidden in a product's re-cut (``dom._closed``),
# not in a collection's (html75: on collections it lost held out).
READ_MORE = (
    '<div aria-hidden="true" class="expand hide">'
    "<p>Price: $34.00 for the mug in speckled brown, one of a kind</p></div>"
)
FOLDED = (
    '<button aria-controls="seller">Meet your seller</button>'
    '<div id="seller" aria-hidden="true"><p>Price: $34.00 for the mug in speckled brown, one of a kind</p></div>'
)
SLIDE = (
    '<a role="tab" aria-controls="slide-2">2</a>'
    '<div id="slide-2" role="tabpanel" aria-hidden="true">'
    "<p>Price: $34.00 for the mug in speckled brown, one of a kind</p></div>"
)


def test_product_recut_still_hides_a_veil_with_a_hiding_class() -> None:
    assert _segment(_page(READ_MORE), veils=False, closed=True) == (True, True)
    page = clean(_page(READ_MORE), input_format="html", page_type="product")
    assert "Price: $34.00" not in page.article.text


def test_product_recut_still_hides_a_closed_disclosure_panel() -> None:
    assert _segment(_page(FOLDED), veils=False, closed=True) == (True, True)
    page = clean(_page(FOLDED), input_format="html", page_type="product")
    assert "Price: $34.00" not in page.article.text


def test_product_recut_shows_a_carousel_tab_panel_and_an_unnamed_veil() -> None:
    assert _segment(_page(SLIDE), veils=False, closed=True) == (False, False)
    uncontrolled = FOLDED.replace('aria-controls="seller"', 'aria-controls="other"')
    assert _segment(_page(uncontrolled), veils=False, closed=True) == (False, False)
    page = clean(_page(SLIDE), input_format="html", page_type="product")
    assert "Price: $34.00" in page.article.text


def test_collection_recut_shows_a_closed_veil() -> None:
    # The cut shows both; ``dom.hidden`` still removes the one whose class hides it.
    for hidden in (READ_MORE, FOLDED):
        assert _segment(_page(hidden), veils=False) == (False, False)
    page = clean(_page(FOLDED), input_format="html", page_type="collection")
    assert "Price: $34.00" in page.article.text


def test_judged_blocks_takes_the_recut_of_the_kind_cleaned_as() -> None:
    html = _page(FOLDED)
    cleaner = Cleaner()
    for kind, hidden in (("product", True), ("collection", False), ("article", True)):
        page = cleaner.clean(html, input_format="html", page_type=kind)
        blocks = judged_blocks(html, Settings(), page)
        price = next(b for b in blocks if "Price" in b.text)
        assert price.dom is not None
        assert price.dom.hidden is hidden, kind
