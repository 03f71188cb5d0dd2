"""Bad or odd input gives a clean empty result, a warning or a typed error: never a crash."""

from __future__ import annotations

import pytest

from pagecleaner import InputTooLarge, PageCleanerError, Settings, clean


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n", b"", b"  \r\n"])
def test_empty_input_gives_an_empty_article(text: str | bytes) -> None:
    page = clean(text)
    assert page.article.paragraphs == [] and page.removed == [] and page.related == []


@pytest.mark.parametrize("value", [None, 42, ["a"], {"text": "x"}])
def test_non_text_input_raises_type_error_naming_the_type(value: object) -> None:
    with pytest.raises(TypeError, match=type(value).__name__):
        clean(value)  # type: ignore[arg-type]


def test_utf8_bytes_are_decoded() -> None:
    page = clean("Ein schöner Tag in München, sagte die Bürgermeisterin am Montag vor vielen Leuten.".encode())
    assert page.encoding == "utf-8"
    assert "München" in page.article.text


def test_bom_decides_the_encoding() -> None:
    data = "Le conseil municipal a voté le budget mardi soir après un long débat public.".encode("utf-16")
    page = clean(data)
    assert page.encoding == "utf-16"
    assert "débat" in page.article.text


def test_undecodable_bytes_are_reported_not_raised() -> None:
    data = b"The mayor said the \xff\xfe\xfa budget would pass on Tuesday after a long and bitter debate."
    page = clean(data)
    assert page.article.text
    assert page.encoding


def test_str_input_has_no_encoding() -> None:
    assert clean("x").encoding is None


def test_input_over_the_limit_raises_a_page_cleaner_error() -> None:
    with pytest.raises(InputTooLarge) as info:
        clean("x" * 200, settings=Settings(max_input_bytes=100))
    assert isinstance(info.value, PageCleanerError)


def test_plain_text_that_merely_contains_angle_brackets_stays_text() -> None:
    text = "If a < b and c > d, the council said, the vote on the new budget would be held again on Friday."
    assert clean(text).input_format == "text"


def test_markup_is_read_as_html_under_auto() -> None:
    page = clean("<html><body><p>A sentence that is a paragraph of prose for the reader to enjoy.</p></body></html>")
    assert page.input_format == "html"
