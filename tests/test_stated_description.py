"""``quality.stated-description``: on a page cleaned as a product, a removed block that says what the
page's JSON-LD ``Product`` description states comes back (html82)."""

from __future__ import annotations

import json
from typing import Any

import lxml.html

from pagecleaner import Cleaner, clean
from pagecleaner.markup import read_markup

DESC = (
    "The Trail Tee is your admission to a new, purposeful approach to training. Created to help you "
    "aspire to more, it has a slim fit, a lightweight fabric and seams laid flat for comfort on long runs."
)


def _ld(obj: Any) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


PRODUCT = _ld(
    {"@context": "https://schema.org", "@type": "Product", "name": "Trail Tee", "description": f"<p>{DESC}</p>"}
)


def _page(ld: str = PRODUCT, main_copy: bool = False) -> str:
    """A shop's product page whose description stands in a drawer (a dialog's ``<aside>``)."""
    copy = f"<p>{DESC}</p>" if main_copy else ""
    return f"""<html><head><title>Trail Tee</title>{ld}</head><body>
<header><nav><a href="/">Home</a> <a href="/men">Men</a> <a href="/women">Women</a></nav></header>
<main><h1>Trail Tee</h1><p>$35.00</p>
<p>Free delivery on orders over $50 and free returns within thirty days of your purchase date.</p>
<p>Made of recycled polyester, the tee dries fast and keeps its shape wash after wash after wash.</p>
{copy}
<section class="accordion"><button>Description</button><div role="dialog" class="sheet">
<aside class="sheet-aside"><div class="accordion-content"><p>{DESC}</p></div></aside></div></section>
</main><footer><p>Copyright 2026 Trail Shop. All rights reserved.</p></footer></body></html>"""


def _markup(head: str) -> str | None:
    root = lxml.html.fromstring(f"<html><head>{head}</head><body><p>Text.</p></body></html>")
    return read_markup(root).product_description


def test_markup_reads_the_product_description_as_plain_text() -> None:
    assert _markup(PRODUCT) == DESC
    graph = {
        "@graph": [
            {"@type": "WebPage", "description": "A page, not the product, whose words are longer than any."},
            {"@type": ["Product"], "description": "Short."},
            {"@type": "ProductGroup", "description": "A longer &lt;b&gt;one&lt;/b&gt; here."},
        ]
    }
    assert _markup(_ld(graph)) == "A longer one here."


def test_markup_reads_no_description_of_another_type() -> None:
    assert _markup(_ld({"@type": "Article", "description": DESC})) is None
    assert _markup(_ld({"@type": "Product", "name": "Trail Tee"})) is None
    assert _markup(f'<meta property="og:description" content="{DESC}">') is None


def test_product_keeps_the_drawer_its_markup_states() -> None:
    cleaner = Cleaner()
    page = cleaner.clean(_page(), input_format="html", page_type="product")
    assert "your admission to a new, purposeful approach" in page.article.text
    assert not any("admission" in r.text for r in page.removed)
    assert cleaner.fired["quality.stated-description"] == 1


def test_drawer_stays_removed_without_the_markup_or_on_an_article() -> None:
    bare = clean(_page(ld=""), input_format="html", page_type="product")
    assert "admission" not in bare.article.text
    article = _ld({"@type": "Article", "headline": "Trail Tee", "description": DESC})
    for html, kind in ((_page(), "article"), (_page(ld=article), "product")):
        page = clean(html, input_format="html", page_type=kind)
        assert "admission" not in page.article.text, kind


def test_a_second_copy_stays_removed() -> None:
    page = clean(_page(main_copy=True), input_format="html", page_type="product")
    assert page.article.text.count("your admission to a new") == 1
