"""Hostile HTML: deep and wide trees, broken markup, huge attributes, entity bombs, XXE, scripts.

These run as soon as HTML input lands: until then ``clean(..., input_format="html")`` raises
``NotImplementedError`` and the module is skipped with that reason.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pagecleaner import CleanedPage, PageCleanerError, clean

from .checks import time_bound


def _html_supported() -> bool:
    try:
        clean(b"<p>x</p>", input_format="html")
    except NotImplementedError:
        return False
    return True


pytestmark = pytest.mark.skipif(
    not _html_supported(),
    reason="HTML input is not implemented yet: clean(b'<p>x</p>', input_format='html') raises NotImplementedError",
)

PROSE = "The council approved the new budget on Tuesday after a debate that lasted well into the night."
SECRET = "TOP-SECRET-MARKER-7f3a"


def everything(page: CleanedPage) -> str:
    """All text the result carries, wherever it went."""
    return page.model_dump_json()


def timed(source: str | bytes) -> tuple[CleanedPage, float]:
    started = time.process_time()
    page = clean(source, input_format="html")
    return page, time.process_time() - started


def within_bound(source: str | bytes, elapsed: float) -> None:
    size = len(source) if isinstance(source, bytes) else len(source.encode())
    paragraphs = source.count("<p") if isinstance(source, str) else source.count(b"<p")
    assert elapsed < time_bound(size, paragraphs + 1), elapsed


def _nested(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + f"<p>{PROSE}</p>" + "</div>" * depth + "</body></html>"


@pytest.mark.slow
def test_a_hundred_thousand_nested_divs_neither_recurse_nor_lose_the_text() -> None:
    source = _nested(100_000)
    page, elapsed = timed(source)
    assert PROSE in everything(page) or page.warnings
    within_bound(source, elapsed)


@pytest.mark.slow
def test_a_hundred_thousand_sibling_paragraphs_stay_linear() -> None:
    body = "".join(f"<p>{PROSE} Item {k}.</p>" for k in range(100_000))
    source = f"<html><body><article>{body}</article></body></html>"
    page, elapsed = timed(source)
    assert len(page.article.paragraphs) + len(page.removed) > 0
    within_bound(source, elapsed)


def test_unclosed_tags_keep_their_text() -> None:
    source = (
        f"<html><body><div><p>{PROSE}<p>Officials said the plan <b>would fund <i>schools and roads for the district"
    )
    page, _ = timed(source)
    text = everything(page)
    assert "council approved the new budget" in text and "schools and roads" in text


def test_a_huge_colspan_does_not_allocate_a_huge_table() -> None:
    source = (
        '<html><body><table><tr><td colspan="9007199254740991" rowspan="9007199254740991">cell</td>'
        f'<td colspan="-1">x</td></tr></table><p>{PROSE}</p></body></html>'
    )
    page, elapsed = timed(source)
    assert PROSE in page.article.text
    assert elapsed < 10


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<html><body><p>&lol9;</p><p>PROSE</p></body></html>
""".replace("PROSE", PROSE)


def test_billion_laughs_is_not_expanded() -> None:
    page, elapsed = timed(BILLION_LAUGHS)
    assert len(everything(page)) < 100_000
    assert elapsed < 10


def test_an_external_entity_does_not_read_a_local_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    source = (
        f'<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        f"<html><body><p>&xxe;</p><p>{PROSE}</p></body></html>"
    )
    for data in (source, source.encode()):
        page, _ = timed(data)
        assert SECRET not in everything(page)


def test_script_and_style_prose_is_not_article_text() -> None:
    hidden = "Investigators found that the reservoir had been leaking for a decade before anyone noticed it."
    source = (
        f"<html><head><style>/* {hidden} */ p {{ color: red }}</style></head><body>"
        f"<script>var s = '{hidden}';</script><p>{PROSE}</p><noscript>{hidden}</noscript>"
        f"<template>{hidden}</template></body></html>"
    )
    page, _ = timed(source)
    assert PROSE in page.article.text
    assert "reservoir had been leaking" not in page.article.text.replace("<noscript>", "")


REMOTE = f"""<html><head>
<link rel="stylesheet" href="http://127.0.0.1:9/style.css"><script src="http://127.0.0.1:9/app.js"></script>
<base href="http://127.0.0.1:9/"><meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/">
</head><body><img src="http://127.0.0.1:9/a.png" srcset="http://127.0.0.1:9/b.png 2x">
<iframe src="http://127.0.0.1:9/embed"></iframe><object data="http://127.0.0.1:9/x.swf"></object>
<svg><image href="http://127.0.0.1:9/c.svg"/></svg><p style="background:url(http://127.0.0.1:9/d.png)">{PROSE}</p>
</body></html>"""


def test_cleaning_html_with_remote_resources_opens_no_socket(no_network: list[str]) -> None:
    for source in (REMOTE, REMOTE.encode()):
        page, _ = timed(source)
        assert PROSE in page.article.text
    assert no_network == []


BROKEN: dict[str, Callable[[], str | bytes]] = {
    "only a doctype": lambda: "<!DOCTYPE html>",
    "comment bomb": lambda: "<!--" * 50_000,
    "attribute bomb": lambda: "<p " + " ".join(f"a{k}=x" for k in range(50_000)) + f">{PROSE}</p>",
    "a 5 MB attribute": lambda: '<p title="' + "x" * 5_000_000 + f'">{PROSE}</p>',
    "numeric entity overflow": lambda: f"<p>&#99999999999999; &#x110000; &#0; {PROSE}</p>",
    "NUL in markup": lambda: f"<p>\x00{PROSE}\x00</p>".encode(),
    "CDATA and PI": lambda: f"<p><![CDATA[{PROSE}]]><?php system('id'); ?>{PROSE}</p>",
    "mislabelled charset": lambda: f'<meta charset="utf-8"><p>{PROSE} café</p>'.encode("cp1252"),
    "UTF-16 markup": lambda: f"<html><body><p>{PROSE}</p></body></html>".encode("utf-16"),
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_broken_markup_gives_a_page_or_a_documented_error(name: str) -> None:
    source = BROKEN[name]()
    try:
        page, elapsed = timed(source)
    except PageCleanerError:
        return
    assert isinstance(page, CleanedPage)
    within_bound(source, elapsed)


TAGS = [
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<br>",
    "<a href='x'>",
    "</a>",
    "<script>",
    "</script>",
    "<table>",
    "<td colspan='99999999999'>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "&amp;",
    "&#0;",
    "&lol;",
    "<h1>",
    "</h1>",
    "<li>",
    "<ul>",
    "<noscript>",
    "<style>",
    "</style>",
    "<!DOCTYPE html>",
    "<html>",
    "<body>",
    PROSE,
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TAGS), st.text(max_size=30)), max_size=60).map("".join))
def test_any_tag_soup_gives_a_page_or_a_documented_error(source: str) -> None:
    for data in (source, source.encode("utf-8", "surrogatepass")):
        try:
            page = clean(data, input_format="html")
        except PageCleanerError:
            continue
        assert isinstance(page, CleanedPage)
