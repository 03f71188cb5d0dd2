"""Dates and ages as pages print them; how ambiguity is resolved."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from pagecleaner import Settings, clean
from pagecleaner.dates import (
    FOUND_DATE_MAX_CHARS,
    DateOrder,
    _kept_date,
    _read_date,
    age_to_datetime,
    find_age,
    find_date,
)

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
        ("NOV 15, 20195:45 AM", date(2019, 11, 15)),  # the clock time glued to the year
        ("12 March 202512:30", date(2025, 3, 12)),
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


@pytest.mark.parametrize("text", ["Nov 15, 201955", "Nov 15, 12345:45", "Order 15 May 20251234"])
def test_digits_glued_to_a_year_make_no_date_unless_they_are_a_clock_time(text: str) -> None:
    assert find_date(text) is None


def test_impossible_dates_are_not_dates() -> None:
    assert find_date("31-02-2025") is None
    assert find_date("13-13-2025") is None


@pytest.mark.parametrize(
    "link",
    ["http://example.wordpress.com/2011/09/07/council-votes/", "www.example.com/2011-09-07/council-votes"],
)
def test_a_date_in_a_web_address_is_not_read(link: str) -> None:
    assert find_date(link) is None
    # A date written beside the address is still read, and so is one written like a path.
    found = find_date(f"{link} Posted on June 30, 2025")
    assert found is not None and found.value == date(2025, 6, 30)
    found = find_date("Posted 2011/09/07")
    assert found is not None and found.value == date(2011, 9, 7)


def test_a_quoted_link_is_not_the_articles_date_line() -> None:
    body = "The council approved the new budget on Tuesday after a long debate in the town hall. " * 3
    page = clean(f"Council approves budget\n\n{body}\n\nhttp://example.wordpress.com/2011/09/07/budget/\n")
    assert page.article.published is None


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


# Dates as pages in the fifteen languages of the phrase tables print them.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published June 30, 2025", date(2025, 6, 30)),  # English
        ("Updated 3 Sept. 2025", date(2025, 9, 3)),
        ("Madrid, 4 de febrero de 2025", date(2025, 2, 4)),  # Spanish
        ("Actualizado: 4 ene. 2025", date(2025, 1, 4)),
        ("Publié le 21 mai 2025 à 14h30", date(2025, 5, 21)),  # French
        ("1er janvier 2025", date(2025, 1, 1)),
        ("12 févr. 2025", date(2025, 2, 12)),
        ("Stand: 12. März 2025, 14:30 Uhr", date(2025, 3, 12)),  # German
        ("1. Jänner 2025", date(2025, 1, 1)),
        ("Publicado em 1º de março de 2025", date(2025, 3, 1)),  # Portuguese
        ("12 marzo 2025 alle 10:15", date(2025, 3, 12)),  # Italian
        ("12 марта 2025 г., 10:30", date(2025, 3, 12)),  # Russian (genitive)
        ("Опубликовано 5 окт. 2025", date(2025, 10, 5)),
        ("Rabu, 12 Maret 2025 10:30 WIB", date(2025, 3, 12)),  # Indonesian
        ("Dipublikasikan 3 Agu 2025", date(2025, 8, 3)),
        ("Gepubliceerd op 12 maart 2025", date(2025, 3, 12)),  # Dutch
        ("12 marca 2025 r.", date(2025, 3, 12)),  # Polish (genitive)
        ("5 października 2025", date(2025, 10, 5)),
        ("12 Mart 2025 Çarşamba", date(2025, 3, 12)),  # Turkish
        ("5 KASIM 2025", date(2025, 11, 5)),
        ("Thứ tư, ngày 12 tháng 3 năm 2025", date(2025, 3, 12)),  # Vietnamese
        ("12/3/2025 10:30 (GMT+7)", date(2025, 3, 12)),
        ("2025年3月12日 10時30分", date(2025, 3, 12)),  # Japanese
        ("2025/3/12 10:30", date(2025, 3, 12)),
        ("입력 2025년 3월 12일 오전 10:30", date(2025, 3, 12)),  # Korean
        ("2025.03.12 10:30", date(2025, 3, 12)),
        ("2025. 3. 12. 10:30", date(2025, 3, 12)),
        ("发布时间：2025年3月12日", date(2025, 3, 12)),  # Chinese
        ("2025年03月12日 10:30 来源：新华社", date(2025, 3, 12)),
    ],
)
def test_dates_are_read_in_every_language(text: str, expected: date) -> None:
    found = find_date(text)
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    "text",
    [
        "31 février 2025",
        "30 февраля 2025",
        "2025年2月30日",
        "2025년 13월 1일",
        "2025.13.01",
        "PyCharm 2024.1.2 is out",  # a version, not a date
        "Page 12 of 2025 results",
        "ngày 32 tháng 1 năm 2025",
    ],
)
def test_what_is_no_real_date_is_not_read(text: str) -> None:
    assert find_date(text) is None


def test_an_impossible_date_does_not_hide_a_real_one_after_it() -> None:
    found = find_date("31 février 2025 puis 21 mai 2025")
    assert found is not None and found.value == date(2025, 5, 21)


# Ages: each language's wording, resolved against the reference time.
def _assert_age(line: str, text: str, seconds: int) -> None:
    """``find_age`` finds ``text`` in ``line`` whole, and it resolves to ``seconds`` before ``NOW``."""
    found = find_age(line)
    assert found is not None and found.group(0) == text
    assert age_to_datetime(text, NOW) == NOW - timedelta(seconds=seconds)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("22 minutes ago", 22 * 60),  # English
        ("an hour ago", 3600),
        ("5h ago", 5 * 3600),
        ("hace 2 horas", 2 * 3600),  # Spanish
        ("hace un día", 86400),
        ("il y a 2 heures", 2 * 3600),  # French
        ("il y a 20 minutes", 20 * 60),
        ("vor 1 Stunde", 3600),  # German
        ("vor 12 Minuten", 12 * 60),
        ("vor einer Stunde", 3600),
        ("vor 3 Tagen", 3 * 86400),
        ("há 2 horas", 2 * 3600),  # Portuguese
        ("3 dias atrás", 3 * 86400),
        ("2 ore fa", 2 * 3600),  # Italian
        ("un'ora fa", 3600),
        ("2 часа назад", 2 * 3600),  # Russian
        ("5 минут назад", 5 * 60),
        ("неделю назад", 7 * 86400),
        ("2 jam yang lalu", 2 * 3600),  # Indonesian
        ("15 menit lalu", 15 * 60),
        ("2 uur geleden", 2 * 3600),  # Dutch
        ("5 minuten geleden", 5 * 60),
        ("2 godziny temu", 2 * 3600),  # Polish
        ("godzinę temu", 3600),
        ("2 saat önce", 2 * 3600),  # Turkish
        ("10 dk önce", 10 * 60),
        ("2 giờ trước", 2 * 3600),  # Vietnamese
        ("30 phút trước", 30 * 60),
        ("2時間前", 2 * 3600),  # Japanese
        ("3日前", 3 * 86400),
        ("3시간 전", 3 * 3600),  # Korean
        ("5분 전", 5 * 60),
        ("2小时前", 2 * 3600),  # Chinese
        ("5分钟前", 5 * 60),
    ],
)
def test_ages_resolve_in_every_language(text: str, seconds: int) -> None:
    _assert_age(f"Posted {text}", text, seconds)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("il y a 5 min", 5 * 60),  # French, units cut short as news sites print them
        ("Il y a 2 h", 2 * 3600),
        ("hace 5 min", 5 * 60),  # Spanish
        ("hace 2 h", 2 * 3600),
        ("há 10 min", 10 * 60),  # Portuguese
        ("há 3 h", 3 * 3600),
        ("5 min fa", 5 * 60),  # Italian
        ("5 min geleden", 5 * 60),  # Dutch
        ("2 u geleden", 2 * 3600),
        ("2个小时前", 2 * 3600),  # Chinese, with the measure word
        ("3個星期前", 3 * 7 * 86400),
    ],
)
def test_short_units_and_measure_words_resolve(text: str, seconds: int) -> None:
    _assert_age(f"Publié {text}", text, seconds)


@pytest.mark.parametrize(("text", "days"), [("yesterday", 1), ("gestern", 1), ("ayer", 1), ("вчера", 1)])
def test_yesterday_resolves_to_a_day_before(text: str, days: int) -> None:
    assert age_to_datetime(text, NOW) == NOW - timedelta(days=days)


@pytest.mark.parametrize(
    "text",
    [
        "1000 лет назад",  # a thousand years, not "years ago" alone
        "지난 12일 전국에서",  # "on the 12th, nationwide": no age
        "il y a 2 habitants",
        "il y a 2 hommes",
        "hace 2 hombres",
        "há 2 hotéis",
        "Favor 2 días",
        "2 ore fatte",
        "a banana day ago",
    ],
)
def test_look_alikes_are_not_ages(text: str) -> None:
    assert find_age(text) is None


BODY_DE = [
    "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen, der mehr Geld für Schulen vorsieht.",
    "Die Opposition kritisierte die Pläne als zu teuer und kündigte an, weiter gegen den Haushalt zu stimmen.",
    "Der Bürgermeister sagte, die Stadt müsse in ihre Zukunft investieren, auch wenn die Kosten hoch seien.",
]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("vor 1 Stunde", NOW - timedelta(hours=1)),
        ("Aktualisiert vor 12 Minuten", NOW - timedelta(minutes=12)),
        ("3시간 전", NOW - timedelta(hours=3)),
        ("il y a 2 heures", NOW - timedelta(hours=2)),
        ("hace 2 horas", NOW - timedelta(hours=2)),
    ],
)
def test_an_age_by_the_headline_dates_the_article_with_reference_time(line: str, expected: datetime) -> None:
    text = "\n\n".join(["Stadtrat beschließt neuen Haushalt", line, *BODY_DE])
    assert clean(text, settings=Settings(reference_time=NOW)).article.published == expected
    assert clean(text).article.published is None  # no reference time, no guess


def test_an_age_far_below_the_headline_does_not_date_the_article() -> None:
    text = "\n\n".join(["Stadtrat beschließt neuen Haushalt", *BODY_DE, *BODY_DE[::-1], "Leserbrief", "vor 2 Stunden"])
    assert clean(text, settings=Settings(reference_time=NOW)).article.published is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("4 de febrero de 2025", date(2025, 2, 4)),
        ("Publié le 21 mai 2025", date(2025, 5, 21)),
        ("12. März 2025", date(2025, 3, 12)),
        ("2025年3月12日", date(2025, 3, 12)),
        ("2025년 3월 12일", date(2025, 3, 12)),
    ],
)
def test_a_date_line_in_any_language_dates_the_article(line: str, expected: date) -> None:
    text = "\n\n".join(["Stadtrat beschließt neuen Haushalt", line, *BODY_DE])
    assert clean(text).article.published == expected


def test_a_stated_date_in_words_is_read_from_html_meta() -> None:
    html = (
        '<html><head><meta name="date" content="12. März 2025"></head><body><article>'
        + "".join(f"<p>{p}</p>" for p in BODY_DE)
        + "</article></body></html>"
    )
    assert clean(html, input_format="html").article.published == date(2025, 3, 12)


# --- Dates without a four-digit year: two-digit years on date lines and bylines; no year at all
# with a reference time (the latest such day not after it), never without one ----------------

HEADLINE_EN = "Doobie Brothers to reunite with Michael McDonald for a tour"
BODY_EN = [
    "The Doobie Brothers will reunite with Michael McDonald for a fiftieth anniversary tour next year, the band "
    "said on Tuesday morning.",
    "The tour starts in Florida in June and runs through the summer, with stops in forty cities across the "
    "United States and Canada.",
]
THEN = datetime(2019, 11, 20, 12, 0, tzinfo=timezone.utc)


def _published(line: str, settings: Settings | None = None, headline: str = HEADLINE_EN) -> object:
    text = "\n\n".join([headline, line, *(BODY_EN if headline == HEADLINE_EN else BODY_DE)])
    return clean(text, input_format="text", settings=settings or Settings()).article.published


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Doe | 11/19/24", date(2024, 11, 19)),
        ("Updated 11/19/24 6:55 AM", date(2024, 11, 19)),
        ("Posted 19/11/24 at 18:05", date(2024, 11, 19)),
        ("Veröffentlicht am 19.11.24", date(2024, 11, 19)),
        ("Publicado 19-11-24 10:30", date(2024, 11, 19)),
        ("By Jane Doe, 11/19/98", date(1998, 11, 19)),  # 70-99: the last century, as strptime's %y
    ],
)
def test_a_two_digit_year_is_read_on_a_byline_or_a_labelled_date_line(line: str, expected: date) -> None:
    assert _published(line) == expected


@pytest.mark.parametrize(
    "line",
    ["Version 1.2.24", "Updated to version 1.2.24 at 10:30", "Final score 3/4/24", "Release 10.12.24", "11/19/24"],
)
def test_a_two_digit_year_elsewhere_is_no_date(line: str) -> None:
    assert _published(line) is None


@pytest.mark.parametrize(
    ("line", "published", "byline"),
    [
        ("Posted on July 1, 2024 by infuy", date(2024, 7, 1), "infuy"),
        ("Published March 3, 2024 by Jane Doe", date(2024, 3, 3), "Jane Doe"),
        ("Posted on July 1, 2024 by Jane Doe in Technology, Business, Science, Health News", date(2024, 7, 1), "Jane Doe"),
        ("Posted Mar 5, 2026 15:47 UTC (Thu) by corbet", date(2026, 3, 5), "corbet"),
        ("May 18, 2023 By Jane Doe In", date(2023, 5, 18), "Jane Doe"),
        ("Edited October 30, 2025 by Jane Doe", date(2025, 10, 30), None),  # an editor, not the author
    ],
)
def test_the_author_after_a_date_lines_date_is_the_byline(line: str, published: date, byline: str | None) -> None:
    text = "\n\n".join([HEADLINE_EN, line, *BODY_EN])
    article = clean(text, input_format="text").article
    assert (article.published, article.byline) == (published, byline)


def test_a_day_read_two_ways_is_not_taken_for_the_author_after_it() -> None:
    # "03/01/2017" may be March 1 or January 3: a line that was no date line before stays none.
    line = "03/01/2017 by Jane Doe, Candidate Representative to the Candidate Liaison Committee"
    assert _published(line) is None


def test_an_ambiguous_two_digit_year_follows_date_order_and_warns() -> None:
    text = "\n\n".join([HEADLINE_EN, "Updated 05/06/24 6:55 AM", *BODY_EN])
    page = clean(text, input_format="text", settings=Settings(date_order="MDY"))
    assert page.article.published == date(2024, 5, 6)
    assert any("ambiguous date" in w for w in page.warnings)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM", date(2019, 11, 19)),
        ("By Jane Doe, Updated Nov 19, 6:55 AM", date(2019, 11, 19)),
        ("Posted Dec 24, 10:00 PM", date(2018, 12, 24)),  # after the reference time: last year's
        ("Nov 21, 00:30", date(2019, 11, 21)),  # a day ahead: the page's time zone, still this year
        ("Publié le 19 nov. à 06h55", date(2019, 11, 19)),
        ("Publicado el 19 de noviembre, 10:30", date(2019, 11, 19)),
        ("Aktualisiert am 19. November, 06:55 Uhr", date(2019, 11, 19)),
        ("Pubblicato il 19 novembre alle 10:30", date(2019, 11, 19)),
        ("Publicado 19 nov. 10:30", date(2019, 11, 19)),
        ("19 ноября, 06:55", date(2019, 11, 19)),
        ("19 listopada, 06:55", date(2019, 11, 19)),
        ("19 Kasım, 06:55", date(2019, 11, 19)),
        ("19 november, 06:55", date(2019, 11, 19)),
        ("11月19日 06:55", date(2019, 11, 19)),
        ("11월 19일 06:55", date(2019, 11, 19)),
    ],
)
def test_a_date_without_a_year_is_dated_by_the_reference_time(line: str, expected: date) -> None:
    assert _published(line, Settings(reference_time=THEN)) == expected
    assert _published(line) is None  # no reference time: no year, no date


@pytest.mark.parametrize("line", ["Posted 10:30 · 3 out of 5", "Posted Feb 29, 10:00 AM", "Updated 4 des 10:30"])
def test_what_is_no_day_without_a_year_is_not_read(line: str) -> None:
    # "3 out of 5" is no October; 29 February exists in neither 2019 nor 2018.
    assert _published(line, Settings(reference_time=THEN)) is None


def test_a_date_without_a_year_in_a_sentence_is_not_the_articles() -> None:
    line = "The council met on Nov 19 and again at 6:55 PM, when it voted to close the library for good."
    assert _published(line, Settings(reference_time=THEN)) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Posted on Maret 30, 2015 by Admin", date(2015, 3, 30)),  # Indonesian month, English order
        ("Oktober 27, 2015", date(2015, 10, 27)),
        ("Publicado em outubro 5, 2018", date(2018, 10, 5)),
        ("Veröffentlicht: März 12, 2025", date(2025, 3, 12)),
    ],
)
def test_another_languages_month_in_the_english_order_is_read(line: str, expected: date) -> None:
    assert _published(line) == expected


def test_a_short_month_that_is_a_word_is_no_date_in_the_english_order() -> None:
    assert find_date("Ranked 3 out 5, 2015 edition") is None


_ASKED_TWICE = [
    "Published June 30, 2025",
    "Updated 11/19/24 6:55 AM",
    "2019-11-19T10:31:00",
    "03/04/2025",
    "NOV 15, 20195:45 AM",
    "http://example.com/2011/09/07/story/ June 30, 2025",
    "No date here",
    "Version 2024.1.2",
    "",
]


@pytest.mark.parametrize("text", _ASKED_TWICE)
@pytest.mark.parametrize("order", ["DMY", "MDY"])
@pytest.mark.parametrize("short_years", [False, True])
def test_a_date_asked_again_is_the_same_as_read_afresh(text: str, order: DateOrder, short_years: bool) -> None:
    # Several rules ask about the same line: the kept answer is the reading's, for each order and mode.
    fresh = _read_date(text, order, short_years)
    assert find_date(text, order, short_years) == fresh
    assert find_date(text, order, short_years) == fresh


def test_a_dated_line_is_read_once_and_other_lines_are_not_kept() -> None:
    _kept_date.cache_clear()
    find_date("Posted on July 1, 2024 by Jane Doe")
    find_date("Posted on July 1, 2024 by Jane Doe")
    find_date("Posted on July 1, 2024 by Jane Doe", "MDY")  # another order is another answer
    info = _kept_date.cache_info()
    assert (info.hits, info.misses) == (1, 2)
    find_date("No year in this line at all")  # no four digits: nothing to read, nothing kept
    find_date("In 2024 " + "x" * FOUND_DATE_MAX_CHARS)  # too long to keep
    assert _kept_date.cache_info().currsize == 2
    find_date("Updated 11/19/24", short_years=True)  # a two-digit year is read, and kept
    assert _kept_date.cache_info().currsize == 3
