"""An accessibility overlay's hidden buttons ("Press Enter for Keyboard Navigation") and the link to a site's
accessibility statement go from text input (``navigation.accessibility-widget``); prose about them stays, and an
HTML page is judged as before (text77 in docs/HISTORY.md)."""

from __future__ import annotations

import pytest

from helpers import prose_around, removed_by
from pagecleaner import Cleaner, clean

WIDGET_LINES = [
    # Seen on fold 0 of wcxb-dev innertext: a camera shop's and a computer maker's overlay, a supplements shop's link.
    "Press \u200e\u21b5 Enter\u200e for Accessibility for blind people who use screen readers",
    "Press enter for Keyboard Navigation",
    "Press Enter for Accessibility menu",
    "Click to view our Accessibility Statement",
]


@pytest.mark.parametrize("line", WIDGET_LINES)
def test_an_accessibility_overlays_line_goes_in_text(line: str) -> None:
    result = clean(prose_around(line), input_format="text")
    assert line not in result.article.text
    assert removed_by(result, line) == "navigation.accessibility-widget"


@pytest.mark.parametrize("line", WIDGET_LINES)
def test_the_same_line_in_html_is_judged_as_before(line: str) -> None:
    html = prose_around(line, kind="html")
    result = clean(html, input_format="html")
    without = Cleaner().disable("navigation.accessibility-widget").clean(html, input_format="html")
    assert result.model_dump() == without.model_dump()


@pytest.mark.parametrize(
    "line",
    [
        "Press Enter for a new line, the manual says, and the editor keeps the indent of the line above it.",
        "The accessibility statement was revised after the audit in March, the council said on Tuesday.",
    ],
)
def test_prose_about_accessibility_stays(line: str) -> None:
    result = clean(prose_around(line), input_format="text")
    assert line in result.article.text
