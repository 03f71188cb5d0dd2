"""HTML input: detection, decoding, one block stream with the text path, markup metadata, bad input."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import MORE, PROSE
from pagecleaner import Kind, PageCleanerError, clean
from pagecleaner.decode import detect_format
from pagecleaner.dom import _collapse
from pagecleaner.errors import UnsupportedInput
from pagecleaner.segment import normalise

ARTICLE = f"<article><p>{PROSE}</p><p>{MORE}</p></article>"


def doc(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html>\n<html>\n<head>{head}</head>\n<body>\n{body}\n</body>\n</html>\n"


# -- detection and decoding --------------------------------------------------


def test_auto_reads_a_document_as_html() -> None:
    assert clean(doc(ARTICLE)).input_format == "html"


def test_auto_keeps_text_with_angle_brackets_as_text() -> None:
    assert detect_format("If a < b and b > c then a < c.\n\nUse the <br> tag sparingly.", "auto") == "text"


def test_auto_reads_a_fragment_with_real_markup_as_html() -> None:
    assert detect_format(f"<div><p>{PROSE}</p><p>{MORE}</p></div>", "auto") == "html"


def test_html_article_text_matches_the_paragraphs() -> None:
    page = clean(doc(ARTICLE), input_format="html")
    assert page.article.paragraphs == [PROSE, MORE]


def test_bytes_use_the_declared_meta_charset() -> None:
    html = doc(f"<article><p>{PROSE} Café crème.</p><p>{MORE}</p></article>", '<meta charset="windows-1252">')
    page = clean(html.encode("cp1252"), input_format="html")
    assert page.encoding == "cp1252"
    assert "Café crème." in page.article.text


def test_http_equiv_charset_is_read() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
    page = clean(doc(f"<article><p>{PROSE} Noël.</p><p>{MORE}</p></article>", head).encode("latin-1"))
    assert page.encoding == "cp1252"
    assert "Noël." in page.article.text


def test_utf8_wins_over_a_wrong_single_byte_label() -> None:
    html = doc(f"<article><p>{PROSE} Ünïcödé.</p><p>{MORE}</p></article>", '<meta charset="iso-8859-1">')
    page = clean(html.encode("utf-8"), input_format="html")
    assert page.encoding == "utf-8"
    assert "Ünïcödé." in page.article.text


def test_a_bom_wins() -> None:
    page = clean(b"\xef\xbb\xbf" + doc(ARTICLE).encode("utf-8"))
    assert page.encoding == "utf-8-sig"
    assert page.input_format == "html"


def test_undeclared_bytes_are_detected() -> None:
    page = clean(doc(f"<article><p>{PROSE} Señor.</p><p>{MORE}</p></article>").encode("cp1252"), input_format="html")
    assert "Señor." in page.article.text
    assert page.encoding is not None


def test_str_input_reports_no_encoding() -> None:
    assert clean(doc(ARTICLE), input_format="html").encoding is None


# -- the block stream --------------------------------------------------------


def test_script_style_and_noscript_never_become_text() -> None:
    body = f"<script>var x = 'SCRIPTTEXT';</script><style>p {{}} STYLETEXT</style><noscript>NOSCRIPTTEXT</noscript>{ARTICLE}"
    page = clean(doc(body), input_format="html")
    everything = page.article.text + " ".join(r.text for r in page.removed)
    for word in ("SCRIPTTEXT", "STYLETEXT", "NOSCRIPTTEXT"):
        assert word not in everything


def test_removed_blocks_carry_their_source_lines() -> None:
    body = f"<nav>\n<a href='/'>Front page</a>\n</nav>\n{ARTICLE}"
    page = clean(doc(body), input_format="html")
    nav = next(r for r in page.removed if "Front page" in r.text)
    assert nav.start_line == 6
    assert nav.end_line >= nav.start_line


def test_inline_markup_stays_inside_its_paragraph() -> None:
    page = clean(
        doc(f"<article><p>The <b>council</b> <a href='/v'>voted</a> on it. {PROSE}</p><p>{MORE}</p></article>")
    )
    assert page.article.paragraphs[0].startswith("The council voted on it.")


def test_link_heavy_blocks_are_navigation() -> None:
    links = " ".join(f"<a href='/s{i}'>Section {i}</a>" for i in range(8))
    page = clean(doc(f"<div><p>{PROSE}</p><p>{links}</p><p>{MORE}</p></div>"), input_format="html")
    nav = next(r for r in page.removed if "Section 3" in r.text)
    assert nav.kind is Kind.NAVIGATION


def test_teasers_of_a_related_list_keep_their_absolute_url() -> None:
    teasers = "".join(
        f"<li><a href='/news/story-{i}'>Second headline number {i} about the town</a></li><li>The Herald</li>"
        for i in range(3)
    )
    body = f"{ARTICLE}<div class='related-stories'><ul>{teasers}</ul></div>"
    page = clean(doc(body), input_format="html", url="https://example.org/a/b.html")
    assert page.related
    assert page.related[0].url == "https://example.org/news/story-0"


def test_teaser_urls_resolve_against_the_base_element() -> None:
    teasers = "".join(f"<li><a href='story-{i}'>Second headline number {i} about the town</a></li>" for i in range(2))
    html = doc(
        f"{ARTICLE}<div class='related-stories'><ul>{teasers}</ul></div>", "<base href='https://cdn.example.org/news/'>"
    )
    page = clean(html, input_format="html", url="https://example.org/a/b.html")
    assert page.related[0].url == "https://cdn.example.org/news/story-0"


# -- markup metadata ---------------------------------------------------------


def test_title_from_og_title_without_site_suffix() -> None:
    head = '<meta property="og:title" content="Library to close | The Herald">'
    assert clean(doc(ARTICLE, head)).article.title == "Library to close"


def test_title_from_title_tag_when_nothing_else() -> None:
    assert clean(doc(ARTICLE, "<title>Library to close - The Herald</title>")).article.title == "Library to close"


def test_json_ld_gives_title_date_byline_and_source() -> None:
    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Library to close",'
        ' "datePublished": "2024-03-05T10:30:00Z", "author": [{"@type": "Person", "name": "Jane Doe"}],'
        ' "publisher": {"@type": "Organization", "name": "The Herald"}}'
    )
    a = clean(doc(ARTICLE, f'<script type="application/ld+json">{ld}</script>')).article
    assert a.title == "Library to close"
    assert a.published == dt.datetime(2024, 3, 5, 10, 30, tzinfo=dt.timezone.utc)
    assert a.byline == "Jane Doe"
    assert a.source == "The Herald"


def test_published_from_article_meta_and_time_element() -> None:
    head = '<meta property="article:published_time" content="2023-11-19">'
    assert clean(doc(ARTICLE, head)).article.published == dt.date(2023, 11, 19)
    timed = f"<article><time datetime='2022-01-02T08:00:00+01:00'>2 Jan</time><p>{PROSE}</p><p>{MORE}</p></article>"
    assert clean(doc(timed)).article.published == dt.datetime(2022, 1, 2, 8, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_byline_from_meta_author_and_source_from_site_name() -> None:
    head = '<meta name="author" content="Jane Doe"><meta property="og:site_name" content="The Herald">'
    a = clean(doc(ARTICLE, head)).article
    assert (a.byline, a.source) == ("Jane Doe", "The Herald")


def test_canonical_url_is_resolved_against_the_page_url() -> None:
    head = '<link rel="canonical" href="/story/library">'
    page = clean(doc(ARTICLE, head), url="https://example.org/amp/story?x=1")
    assert page.article.url == "https://example.org/story/library"


def test_markup_metadata_wins_over_the_text() -> None:
    head = '<meta name="author" content="Jane Doe">'
    body = f"<article><p>By John Smith</p><p>{PROSE}</p><p>{MORE}</p></article>"
    assert clean(doc(body, head)).article.byline == "Jane Doe"


SHELL = "<div id='app'><div class='dots'></div></div><script>start()</script>"
"""A page its script fills: no text of its own in the HTML (a forum whose posts load later)."""


def test_a_shell_page_gives_its_stated_description() -> None:
    said = f"{PROSE} {MORE}"  # 65 words: a post or a first paragraph, not a slogan
    head = f'<meta name="description" content="Short and cut&amp;hellip;"><meta property="og:description" content="{said}">'
    page = clean(doc(SHELL, head), input_format="html")
    assert page.article.paragraphs == [said]
    assert any("stated description" in w for w in page.warnings)


def test_a_short_description_does_not_stand_for_the_body() -> None:
    head = '<meta property="og:description" content="Shop the latest running shoes for men and women at low prices.">'
    page = clean(doc(SHELL, head), input_format="html")
    assert page.article.text == ""
    assert page.warnings == []


def test_a_description_stays_out_of_a_page_with_a_body() -> None:
    head = f'<meta property="og:description" content="{PROSE} {MORE} Shared words only the summary says.">'
    page = clean(doc(ARTICLE, head), input_format="html")
    assert page.article.paragraphs == [PROSE, MORE]


def test_a_doubly_escaped_description_is_read_as_text() -> None:
    said = f"{PROSE} {MORE} It was &amp;hellip;"
    page = clean(doc(SHELL, f'<meta name="description" content="{said}">'), input_format="html")
    assert page.article.text.endswith("It was …")


@pytest.mark.parametrize("href", ["//[bad", "http://[bad", "ftp://x]"])
def test_unparseable_urls_are_dropped_not_raised(href: str) -> None:
    head = f'<link rel="canonical" href="{href}"><base href="{href}">'
    body = f"{ARTICLE}<div class='related'><ul><li><a href='{href}'>Second headline about the town</a></li></ul></div>"
    page = clean(doc(body, head), input_format="html", url="https://example.org/a")
    assert page.article.url == "https://example.org/a"


def test_a_deeply_nested_json_ld_is_ignored() -> None:
    ld = '{"a":' * 50_000 + "1" + "}" * 50_000
    a = clean(doc(ARTICLE, f'<script type="application/ld+json">{ld}</script><title>Fine</title>')).article
    assert a.title == "Fine"


def test_broken_json_ld_is_ignored() -> None:
    a = clean(doc(ARTICLE, '<script type="application/ld+json">{"headline": </script><title>Fine</title>')).article
    assert a.title == "Fine"


# -- bad input ---------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<html/>",
        "<p>unclosed <b>tags <div>everywhere",
        "<<<>>>",
        "<html><body></body></html>",
        "\x00\x00<p>x",
    ],
)
def test_malformed_html_gives_a_result(html: str) -> None:
    page = clean(html, input_format="html")
    assert page.input_format == "html"


def test_nul_bytes_are_removed() -> None:
    page = clean(doc(f"<article><p>{PROSE}\x00</p><p>{MORE}</p></article>").encode(), input_format="html")
    assert "\x00" not in page.article.text
    assert any("NUL" in w for w in page.warnings)


def test_a_deep_nest_does_not_recurse_and_is_reported() -> None:
    html = "<div>" * 100_000 + PROSE + "</div>" * 100_000
    page = clean(html, input_format="html")
    assert any("deeper than" in w for w in page.warnings)


def test_json_passed_as_html_is_cleaned_as_text_in_a_page() -> None:
    page = clean('{"headline": "x", "body": "y"}', input_format="html")
    assert page.input_format == "html"


def test_a_pdf_is_refused_with_a_clear_error() -> None:
    with pytest.raises(UnsupportedInput):
        clean(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", input_format="html")
    assert issubclass(UnsupportedInput, PageCleanerError)


def test_a_menu_of_short_links_is_one_block() -> None:
    menu = "<ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>\n" for i in range(6)) + "</ul>"
    page = clean(doc(f"<div>{menu}</div>{ARTICLE}"), input_format="html")
    menus = [r for r in page.removed if "Section 0" in r.text]
    assert len(menus) == 1
    assert "Section 5" in menus[0].text
    assert menus[0].end_line > menus[0].start_line


def test_a_hidden_region_is_one_removed_block() -> None:
    hidden = "<div hidden><p>First hidden paragraph here.</p><p>Second hidden paragraph here.</p></div>"
    page = clean(doc(hidden + ARTICLE), input_format="html")
    gone = [r for r in page.removed if "hidden paragraph" in r.text]
    assert len(gone) == 1
    assert gone[0].rule == "dom.hidden"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Spiced Pear Jam Recipe | The Anti-June Cleaver", "Spiced Pear Jam Recipe"),
        ("Kim Jong-un weeps over soldiers", "Kim Jong-un weeps over soldiers"),
        ("Storm: what comes next", "Storm: what comes next"),
    ],
)
def test_site_suffix_is_stripped_from_titles_only_when_it_is_one(title: str, expected: str) -> None:
    from pagecleaner.markup import strip_site

    assert strip_site(title) == expected


def test_a_str_document_is_not_re_decoded_by_its_meta_charset() -> None:
    html = doc(f"<article><p>{PROSE} Café 東京.</p><p>{MORE}</p></article>", '<meta charset="iso-8859-1">')
    assert "Café 東京." in clean(html, input_format="html").article.text


def test_a_multi_line_paragraph_spans_its_source_lines() -> None:
    body = f"<div><p>{PROSE}</p><p>{MORE}</p></div>\n<div class='cookie-banner'><p>We use\ncookies\nhere</p></div>"
    page = clean(doc(body), input_format="html")
    cookie = next(r for r in page.removed if "cookies" in r.text)
    assert (cookie.start_line, cookie.end_line) == (6, 8)


def test_a_meta_tag_with_both_property_and_itemprop_is_read_under_each() -> None:
    head = '<meta property="article:published" itemprop="datePublished dateCreated" content="2019-11-19T11:00:09.000Z">'
    assert clean(doc(ARTICLE, head)).article.published == dt.datetime(2019, 11, 19, 11, 0, 9, tzinfo=dt.timezone.utc)


@given(st.text(alphabet=st.sampled_from("ab \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u2003\u200b\u200c\u2060\ufeff")))
def test_the_walks_white_space_collapse_is_normalise(text: str) -> None:
    assert _collapse(text) == normalise(text)


def test_a_placeholder_date_in_markup_is_not_a_publication_date() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="0001-01-01T00:00:00Z">'
        '<meta name="date" content="2019-11-19"></head><body><p>'
        + "Some prose for the body. " * 5
        + "</p></body></html>"
    )
    assert clean(html, input_format="html").article.published == dt.date(2019, 11, 19)


def test_markup_byline_loses_its_leading_by() -> None:
    html = (
        '<html><head><meta name="author" content="By MEG KINNARD and ERRIN HAINES, Associated Press"></head>'
        "<body><p>" + "Some prose for the body. " * 5 + "</p></body></html>"
    )
    assert clean(html, input_format="html").article.byline == "MEG KINNARD and ERRIN HAINES, Associated Press"
