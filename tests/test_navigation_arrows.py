"""A page control with the arrow or chevron a theme draws after it ("Learn more ›", "Next page→") goes as
``navigation.controls`` does the bare control; an arrow between words is no control (text95 in
docs/HISTORY.md)."""

from __future__ import annotations

import pytest

from helpers import prose_around, removed_by
from pagecleaner import clean
from pagecleaner.rules.boilerplate import NAVIGATION

ARROWED = [
    # Seen kept on fold 0 of wcxb-dev innertext: an IT reseller's service page (four times), a developer
    # blog's article, a marketplace's category page.
    "Learn more ›",
    "Learn more →",
    "Next page→",
    "Load more »",
    "Back to top ❯",
]


@pytest.mark.parametrize("line", ARROWED)
def test_a_control_with_its_arrow_goes(line: str) -> None:
    for kind in ("text", "html"):
        result = clean(prose_around(line, kind=kind), input_format=kind)
        assert removed_by(result, line) == "navigation.controls", kind


@pytest.mark.parametrize("line", ["Home > News > World", "More → Less", "Learn more › about our plans", "›"])
def test_an_arrow_alone_or_between_words_is_no_control(line: str) -> None:
    assert NAVIGATION.pattern.match(line) is None


def test_the_arrow_comes_once_at_the_end() -> None:
    assert NAVIGATION.pattern.match("Learn more ››") is None
    assert NAVIGATION.pattern.match("› Learn more") is None
