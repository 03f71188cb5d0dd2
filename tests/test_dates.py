"""Dates and ages as pages print them; how ambiguity is resolved."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from pagecleaner import Settings, clean
from pagecleaner.dates import age_to_datetime, find_age, find_date

NOW = datetime(2025, 8, 20, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yahoo30-06-2025", date(2025, 6, 30)),  # day first: 30 cannot be a month
        ("06/30/2025", date(2025, 6, 30)),  # month first: 30 cannot be a month
        ("June 30, 2025", date(2025, 6, 30)),
        ("30 June 2025", date(2025, 6, 30)),
        ("Nov 19, 2019, 10:31 pm CST", date(2019, 11, 19)),
        ("2019-11-19T10:31:00", datetime(2019, 11, 19, 10, 31)),
    ],
)
def test_unambiguous_dates_are_read_as_written(text: str, expected: date) -> None:
    found = find_date(text)
    assert found is not None and found.value == expected and not found.ambiguous


def test_ambiguous_numeric_date_follows_date_order() -> None:
    dmy, mdy = find_date("03-04-2025", "DMY"), find_date("03-04-2025", "MDY")
    assert dmy is not None and dmy.value == date(2025, 4, 3) and dmy.ambiguous
    assert mdy is not None and mdy.value == date(2025, 3, 4)


def test_ambiguous_date_line_adds_a_warning() -> None:
    page = clean("Yahoo03-04-2025\n" + "The council approved the new budget on Tuesday after a long debate. " * 3)
    assert page.article.source == "Yahoo" and page.article.published == date(2025, 4, 3)
    assert any("ambiguous date" in w for w in page.warnings)


def test_impossible_dates_are_not_dates() -> None:
    assert find_date("31-02-2025") is None
    assert find_date("13-13-2025") is None


@pytest.mark.parametrize(
    "text", ["time22 minutes ago", "2 hours ago", "vor 3 Stunden", "há 2 horas", "3시간 전", "2時間前", "5 минут назад"]
)
def test_ages_are_found_in_many_languages(text: str) -> None:
    assert find_age(text) is not None


def test_a_plain_number_is_not_an_age() -> None:
    assert find_age("22 minutes of football") is None


def test_english_age_resolves_against_now() -> None:
    assert age_to_datetime("22 minutes ago", NOW) == datetime(2025, 8, 20, 11, 38, tzinfo=timezone.utc)
    assert age_to_datetime("yesterday", NOW) == datetime(2025, 8, 19, 12, 0, tzinfo=timezone.utc)


def test_teaser_published_comes_from_age_and_reference_time(seed_text: str) -> None:
    page = clean(seed_text, settings=Settings(reference_time=NOW))
    assert page.related[0].published == datetime(2025, 8, 20, 11, 38, tzinfo=timezone.utc)
    assert clean(seed_text).related[0].published is None
