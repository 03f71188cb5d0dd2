"""``quality.main-run`` on text carries the run across a short gap a phrase rule made ("View all",
"Add to bag" between a product's description and its specification rows), and not across a
section break, a long removed region or text the run's score judged not worth the gap."""

from __future__ import annotations

import pytest

from pagecleaner import clean
from pagecleaner.rules.base import Page
from pagecleaner.rules.quality import MainRun
from test_type_rules import SHELF_DESCRIPTION, SHELF_ROWS

BUY_BOX = ["Find in store", "Delivery", "Assembly", "Returns", "Measurements"]


def _shelf(control: str, between: list[str] = BUY_BOX) -> str:
    return "\n\n".join([
        "Products", "Rooms", "Offers", "Kallax Shelf", SHELF_DESCRIPTION, control, *between, *SHELF_ROWS,
        "Help", "Stores", "Careers", "Privacy",
    ]) + "\n"  # fmt: skip


def _rows_kept(text: str) -> bool:
    return all(row.replace("\u00a0", " ") in text for row in SHELF_ROWS)


@pytest.mark.parametrize("control", ["View all", "Learn more"])
def test_a_removed_control_between_description_and_rows_does_not_end_the_run(control: str) -> None:
    # A phrase rule takes the control; the neighbour pass takes the buy box's short lines with it;
    # the four "Width: …" rows past that gap are the product's data and stay with the description.
    page = clean(_shelf(control), input_format="text", page_type="product")
    assert any(r.text == control and r.rule == "navigation.controls" for r in page.removed)
    assert SHELF_DESCRIPTION in page.article.paragraphs
    assert _rows_kept(page.article.text)
    assert "Find in store" not in page.article.paragraphs  # the gap's lines stay removed
    assert "Careers" not in page.article.paragraphs


def test_a_section_break_still_ends_the_run() -> None:
    # "Read more" heads a teaser list (related.heading): what follows is not the product's.
    page = clean(_shelf("Read more"), input_format="text", page_type="product")
    assert not _rows_kept(page.article.text)


def test_a_long_removed_region_still_ends_the_run() -> None:
    between = [*BUY_BOX, "Gift cards", "Kitchen", "Bedroom", "Outdoor"]  # ten removed lines with the control
    page = clean(_shelf("View all", between), input_format="text", page_type="product")
    assert not _rows_kept(page.article.text)


def test_html_runs_are_not_bridged(monkeypatch: pytest.MonkeyPatch) -> None:
    html = "<html><body><main>" + "".join(
        f"<p>{line}</p>" for line in ["Kallax Shelf", SHELF_DESCRIPTION, "View all", *BUY_BOX, *SHELF_ROWS]
    ) + "</main></body></html>"
    with_bridge = clean(html, input_format="html", page_type="product")

    def unbridged(self: MainRun, page: Page, lo: int, hi: int) -> tuple[int, int]:
        raise AssertionError("the bridge read an HTML page")

    monkeypatch.setattr(MainRun, "_bridged", unbridged)
    assert clean(html, input_format="html", page_type="product") == with_bridge
