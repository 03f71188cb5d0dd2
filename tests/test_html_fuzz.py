"""Hostile HTML: whatever the markup, ``clean`` returns a page or raises a ``PageCleanerError``."""

from __future__ import annotations

import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st

from pagecleaner import CleanedPage, PageCleanerError, clean

_TAGS = ["div", "p", "a", "span", "li", "ul", "nav", "article", "script", "style", "br", "table", "td", "h1", "form"]
_TAGS += ["meta", "link", "base", "time", "title", "head", "body", "figure"]
_ATTRS = [
    "",
    " hidden",
    " class='comments'",
    " style='display:none'",
    " role='main'",
    " href='/x'",
    " id='article-body'",
]
_PIECE = st.one_of(
    st.builds(lambda t, a: f"<{t}{a}>", st.sampled_from(_TAGS), st.sampled_from(_ATTRS)),
    st.builds(lambda t: f"</{t}>", st.sampled_from(_TAGS)),
    st.text(min_size=0, max_size=40),
    st.sampled_from(["<", ">", "&", "&amp;", "&#0;", "<!--", "-->", "<![CDATA[", "\x00", "<?xml ?>", "<html/>"]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECE, max_size=60))
def test_any_markup_gives_a_page_or_a_clear_error(pieces: list[str]) -> None:
    source = "".join(pieces)
    for data in (source, source.encode("utf-8", "surrogatepass")):
        try:
            page = clean(data, input_format="html")
        except PageCleanerError:
            continue
        assert isinstance(page, CleanedPage)
        assert "\x00" not in page.article.text


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_under_auto_give_a_page_or_a_clear_error(data: bytes) -> None:
    with contextlib.suppress(PageCleanerError):
        assert isinstance(clean(data), CleanedPage)
