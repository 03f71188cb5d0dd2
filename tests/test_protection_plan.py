"""`dom.protection-plan`: a shop's protection plan or warranty offer goes from a product page."""

from __future__ import annotations

from helpers import MORE, PROSE, removed_by
from pagecleaner import Cleaner, clean
from pagecleaner.rules.dom import _names_protection_plan

PLAN = "Add a protection plan from $79.99 and cover accidental damage for three years"
GUARANTEE = "We stand behind our tools: if something breaks, we replace it for as long as you own it"
SPEC = "Two-year limited manufacturer warranty on parts and labour"
FEATURE = "Hearing protection lowers loud sounds around you while you keep listening"


def shop(h1_wrapper: str = "div class='product-info'") -> str:
    tag = h1_wrapper.split()[0]
    return (
        f"<html><body><main><{h1_wrapper}><h1>Cordless drill driver</h1>"
        f"<div class='product-description'><p>{PROSE}</p><p>{MORE}</p>"
        f"<p class='hearing-protection-text'>{FEATURE}</p></div>"
        f"<ul class='specs'><li class='warranty'>{SPEC}</li></ul></{tag}>"
        f"<section class='protection-plan-section'><p>{PLAN}</p><p>3-Year Plan - $24.00</p></section>"
        f"<div class='componentSectionLifetimeWarranty-6'><p>{GUARANTEE}</p></div>"
        "</main></body></html>"
    )


def test_the_names_of_a_protection_plan() -> None:
    for name in (
        "protection-plan-section",
        "warranties_giovbedpxg",
        "componentsectionlifetimewarranty-6",
        "listing-buyer-protections__item",
        "purchase_protection",
        "protectionplan",
    ):
        assert _names_protection_plan(frozenset({name})), name
    for name in ("hearing-protection-text", "data-protection", "warrant", "product-info", "role:warranty"):
        assert not _names_protection_plan(frozenset({name})), name


def test_a_product_page_drops_its_protection_plan_and_keeps_its_description_and_warranty_spec() -> None:
    product = clean(shop(), input_format="html", page_type="product")
    assert removed_by(product, "Add a protection plan") == "dom.protection-plan"
    assert removed_by(product, "We stand behind our tools") == "dom.protection-plan"
    text = product.article.text
    assert "The council voted" in text
    assert FEATURE in text  # "protection" alone names a feature
    assert SPEC in text  # a row of the specifications is the product's own fact
    # Without the rule nothing else takes the offers out.
    kept = Cleaner().disable("dom.protection-plan").clean(shop(), input_format="html", page_type="product")
    assert "Add a protection plan" in kept.article.text
    assert "We stand behind our tools" in kept.article.text


def test_other_page_types_and_a_product_that_is_a_warranty_keep_it() -> None:
    for kind in ("article", "service", "collection"):
        other = clean(shop(), input_format="html", page_type=kind)
        assert not any(r.rule == "dom.protection-plan" for r in other.removed), kind
    # The product's own name sits inside the "warranty" element: it is the product.
    own = clean(shop("div class='extended-warranty'"), input_format="html", page_type="product")
    assert "The council voted" in own.article.text
    assert SPEC in own.article.text
    assert removed_by(own, "Add a protection plan") == "dom.protection-plan"
