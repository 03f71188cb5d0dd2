"""`quality.section-end` on text documentation and listings: a sources label ends the page (text83)."""

from __future__ import annotations

from helpers import para
from pagecleaner import clean

_NOTES = [
    '^ "The Nobel Prize Award Ceremonies". Nobel Foundation. Archived from the original on 2008-08-22. '
    "Retrieved 2008-11-27.",
    '^ a b Lundestad, Geir (2001-03-15). "The Nobel Peace Prize 1901-2000". Nobel Foundation. Archived '
    "from the original on 2004-06-04.",
]


def _page(label: str, tail: list[str], body: int = 5) -> str:
    paragraphs = [para(f"topic{k}x") for k in range(body)]
    return "\n\n".join(["List of laureates", *paragraphs, label, *tail])


def test_a_sources_label_ends_a_text_listing_with_its_references() -> None:
    page = clean(_page("References", _NOTES), input_format="text", page_type="listing")
    assert not {"References", *_NOTES} & set(page.article.paragraphs)
    assert {r.rule for r in page.removed if r.text in _NOTES} == {"quality.section-end"}
    assert para("topic4x") in page.article.paragraphs


def test_a_sources_label_ends_a_text_manual_page_with_its_footnotes() -> None:
    page = clean(_page("Footnotes", _NOTES), input_format="text", page_type="documentation")
    assert not set(_NOTES) & set(page.article.paragraphs)
    assert para("topic0x") in page.article.paragraphs


def test_a_sources_label_halfway_down_a_manual_page_keeps_the_text_after_it() -> None:
    rest = [para("zeta"), para("eta"), para("theta")]
    page = clean(_page("References", rest), input_format="text", page_type="documentation")
    assert set(rest) <= set(page.article.paragraphs)
    assert not any(r.rule == "quality.section-end" for r in page.removed)


def test_other_breaks_do_not_end_a_text_listing() -> None:
    # A related heading, a line announcing other articles or an author-bio heading is no break on a
    # listing: its items follow. (On an article each would end the page here: the tail is short enough.)
    tail = [para("zeta0y"), para("zeta1y")]
    for label in ("Related articles", "Keep Exploring This Topic.", "About the Author"):
        page = clean(_page(label, tail, body=12), input_format="text", page_type="listing")
        assert set(tail) <= set(page.article.paragraphs), label
        assert not any(r.rule == "quality.section-end" for r in page.removed), label


def test_a_sources_label_ends_no_forum_thread() -> None:
    page = clean(_page("References", _NOTES), input_format="text", page_type="forum")
    assert not any(r.rule == "quality.section-end" for r in page.removed)
