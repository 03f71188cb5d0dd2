"""quality.footer-label: a text page ends at a line that is only its footer landmark's name."""

from __future__ import annotations

import pytest

from pagecleaner import Cleaner, clean
from pagecleaner.rules.quality import FooterLabel, _footer_label

_INTRO = (
    "Our mesh office chairs keep you cool through the longest working day, with breathable backs, adjustable"
    " lumbar support and arms that move with you."
)
_CHAIRS = [
    ("Ergonomic Mesh Task Chair", "$189.00"),
    ("High Back Mesh Executive Chair", "$249.00"),
    ("Mid Back Mesh Conference Chair", "$159.00"),
    ("Heavy Duty Mesh Big and Tall Chair", "$329.00"),
    ("Mesh Drafting Stool with Foot Ring", "$219.00"),
]
_MORE = (
    "Every chair in this range ships free within two business days and comes with a ten-year warranty on its"
    " frame, its mechanism and its mesh, so you can order with confidence."
)
_FOOTNOTES = (
    "Monthly installments are a 0% APR payment option available only when you select it at checkout and pay"
    " with the store card, under the terms shown in your account.",
    "Trade-in values will vary based on the condition, year and configuration of your eligible trade-in device,"
    " and you must be at least 18 years old to trade in a device at one of our stores.",
)


def _page(label: str) -> str:
    grid = "\n".join(f"{name}\n{price}" for name, price in _CHAIRS)
    return "\n".join(("Mesh Office Chairs", _INTRO, grid, _MORE, label, *_FOOTNOTES)) + "\n"


@pytest.mark.parametrize("label", ["Footer", "Apple Footer", "Footer navigation", "Footer Start"])
def test_a_text_page_ends_at_its_footers_name(label: str) -> None:
    # innerText prints the footer landmark's name where the footer starts; the maker's legal footnotes
    # under it read as prose and the neighbour pass keeps them beside the category's last paragraph.
    text = _page(label)
    page = clean(text, input_format="text", page_type="collection")
    gone = [r.text for r in page.removed if r.rule == "quality.footer-label"]
    assert gone[-2:] == list(_FOOTNOTES) and set(gone[:-2]) <= {label}
    body = page.article.paragraphs
    assert _INTRO in body and _MORE in body and all(name in body for name, _ in _CHAIRS)
    kept = Cleaner().disable("quality.footer-label").clean(text, input_format="text", page_type="collection")
    assert all(note in kept.article.paragraphs for note in _FOOTNOTES)


@pytest.mark.parametrize("page_type", ["article", "service", "listing"])
def test_any_text_kind_ends_at_its_footers_name(page_type: str) -> None:
    page = clean(_page("Footer"), input_format="text", page_type=page_type)
    assert not any(note in page.article.text for note in _FOOTNOTES)
    assert _MORE in page.article.paragraphs


def test_a_footers_name_over_more_text_than_above_it_ends_nothing() -> None:
    # A tab's "Tab Content Footer" over a whole guide, or a menu's "Footer" above the article: the text
    # kept under the label outweighs what is kept above it, so it is the page's own.
    guide = "\n".join((_MORE, *_FOOTNOTES, _INTRO, _MORE.replace("Every", "Each")))
    for label in ("Footer", "Tab Content Footer"):
        text = "\n".join(("Mesh Office Chairs", _INTRO, label, guide)) + "\n"
        page = clean(text, input_format="text", page_type="article")
        assert not any(r.rule == "quality.footer-label" for r in page.removed)
        assert _FOOTNOTES[0] in page.article.paragraphs


def test_a_skip_link_or_a_phrase_naming_footers_ends_nothing() -> None:
    for label in ("Skip to footer", "Headers and Footers in Web Design", "The footer of the page"):
        page = clean(_page(label), input_format="text", page_type="collection")
        assert not any(r.rule == "quality.footer-label" for r in page.removed)


def test_html_input_is_not_read() -> None:
    notes = "".join(f"<p>{note}</p>" for note in _FOOTNOTES)
    html = f"<html><body><main><h1>Mesh Office Chairs</h1><p>{_INTRO}</p><p>{_MORE}</p><h2>Footer</h2>{notes}</main></body></html>"
    page = clean(html, input_format="html")
    assert not any(r.rule == "quality.footer-label" for r in page.removed)


def test_footer_labels_are_whole_lines_naming_the_footer() -> None:
    assert all(_footer_label(line) for line in FooterLabel.examples)
    assert not any(_footer_label(line) for line in FooterLabel.counter_examples)
    assert _footer_label("  Footer Legal Menu ") and not _footer_label("Footer " * 30)
