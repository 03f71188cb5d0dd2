"""``find_date``'s four-digit screen and ``find_age``'s word loop answer as the plain searches do.

The references below are the functions as they were before the screens: every pattern tried on
every text. Random lines mix the pieces dates and ages are made of (digits of several scripts,
month names, separators, CJK date marks, age words), so that many hold a date, an age, or
nearly one.
"""

from __future__ import annotations

import random
from datetime import date

import pytest
import regex

from pagecleaner import dates
from pagecleaner.dates import NUMERIC_DATE, SHORT_YEAR_DATE, DateOrder, FoundDate, find_age, find_date


def _reference_date(text: str, order: DateOrder = "DMY", short_years: bool = False) -> FoundDate | None:
    found = [f for pattern, read in dates._READERS if (f := dates._first(pattern, read, text)) is not None]
    for m in NUMERIC_DATE.finditer(text):
        if dates._in_address(text, m.start()):
            continue
        if (nd := dates._numeric(m, order)) is not None:
            found.append(nd)
            break
    if short_years:
        for m in SHORT_YEAR_DATE.finditer(text):
            if not dates._in_address(text, m.start()) and (sd := dates._short_year(m, order)) is not None:
                found.append(sd)
                break
    return min(found, key=lambda f: f.start) if found else None


def _reference_age(text: str) -> regex.Match[str] | None:
    low = text.lower()
    found = None
    for words, pattern in dates._AGE_BY_WORD:
        m = pattern.search(text) if any(w in low for w in words) else None
        if m is not None and (found is None or m.start() < found.start()):
            found = m
    return found


_DIGITS = "0123456789" * 8 + "٠١٢٣٤٥٦٧٨٩" + "１２３４５" + "۱۲۳"
_PIECES = (
    "Nov", "november", "MARS", "März", "marca", "Kasım", "KASIM", "out", "sept.", "ene", "декабря", "tháng", "năm",
    "de", "del", "1er", "12th", "st", ",", ".", "/", "-", " ", " ", " ", "年", "月", "日", "년", "월", "일", "号",
    "T", ":", "http://x.com/", "www.", "ago", "minutes", "vor", "Stunden", "hace", "horas", "il y a", "назад",
    "yesterday", "gestern", "hôm qua", "just now", "前", "전", "시간", "時間", "lalu", "geleden", "önce", "trước", "Posted",
)  # fmt: skip


def _number(rng: random.Random) -> str:
    if rng.random() < 0.8:
        return rng.choice(("1", "3", "07", "12", "19", "24", "31", "2019", "1999", "2024", "2024", "٢٠٢٤", "２０２４"))
    return "".join(rng.choice(_DIGITS) for _ in range(rng.choice((1, 2, 2, 3, 4, 4, 5))))


_MONTHS = ("Nov", "november", "MARS", "März", "marca", "Kasım", "out", "sept.", "ene", "декабря", "Maret")
_SEPARATORS = ("/", "-", ".", ". ", " ", " ", ", ", "年", "月", "", " tháng ", " de ")

_SHAPES = (
    "{d} {m} {y}", "{m} {d}, {y}", "{d}. {m} {y}", "{d} de {m} de {y}", "{d}/{n}/{y}", "{n}.{d}.{y}", "{y}-{n}-{d}",
    "{y}/{n}/{d}", "{y}. {n}. {d}.", "{y}年{n}月{d}日", "{y}년 {n}월 {d}일", "{d} tháng {n} năm {y}", "{y}-{n}-{d}T{d}:{n}",
    "{d}/{n}/{d}", "{n}-{d}-{n}", "http://x.com/{y}/{n}/{d}/", "{m} {d}", "{d}st {m}, {y}",
)  # fmt: skip


def _date_like(rng: random.Random) -> str:
    """A day, a month (a name or a number) and a year in one of the orders pages print, joined by
    separators: often a date, often nearly one."""
    day, year = _number(rng), _number(rng)
    month = rng.choice(_MONTHS) if rng.random() < 0.5 else _number(rng)
    if rng.random() < 0.6:  # the shapes dates are printed in, each part still random
        shape = rng.choice(_SHAPES)
        return shape.format(d=day, m=month, y=year, n=_number(rng))
    a, b = rng.choice(_SEPARATORS), rng.choice(_SEPARATORS)
    return rng.choice((day + a + month + b + year, month + a + day + b + year, year + a + month + b + day))


def _line(rng: random.Random) -> str:
    parts = [
        _date_like(rng) if r < 0.3 else _number(rng) if r < 0.6 else rng.choice(_PIECES)
        for r in (rng.random() for _ in range(rng.randint(1, 8)))
    ]
    return "".join(p if rng.random() < 0.3 else p + " " for p in parts).strip()


def test_find_date_answers_as_every_pattern_tried_on_every_line() -> None:
    rng = random.Random(14)
    dated = 0
    for _ in range(20_000):
        line = _line(rng)
        for order in ("DMY", "MDY"):
            for short in (False, True):
                got = find_date(line, order, short)
                assert got == _reference_date(line, order, short), line
                dated += got is not None
    assert dated > 3_000  # the lines do hold dates: the screen is put to the test


def test_read_date_asked_without_short_years_reads_every_line_as_the_patterns_do() -> None:
    # ``_read_date`` leaves the four-digit screen to ``find_date`` when asked without ``short_years``
    # (speed27): asked so directly, a line that fails the screen must still read as every pattern reads
    # it (no date), and one that passes it as before.
    rng = random.Random(27)
    unscreened = dated = 0
    for _ in range(10_000):
        line = _line(rng)
        for order in ("DMY", "MDY"):
            got = dates._read_date(line, order, False)
            assert got == _reference_date(line, order, False), line
            unscreened += dates._FOUR_DIGITS.search(line) is None
            dated += got is not None
    assert unscreened > 1_000 and dated > 1_000


def test_find_age_answers_as_every_language_screened_with_any() -> None:
    rng = random.Random(15)
    aged = 0
    for _ in range(20_000):
        line = _line(rng)
        got, want = find_age(line), _reference_age(line)
        assert (got and (got.span(), got[0])) == (want and (want.span(), want[0])), line
        aged += got is not None
    assert aged > 1_000


def test_every_month_first_date_in_any_language_holds_a_day_comma_and_space() -> None:
    # ``find_date`` searches with ``MONTH_FIRST_ANY`` only a line that holds ``_DAY_COMMA``.
    rng = random.Random(16)
    matched = 0
    for _ in range(20_000):
        line = _line(rng)
        for m in dates.MONTH_FIRST_ANY.finditer(line):
            assert dates._DAY_COMMA.search(m[0]) is not None, line
            matched += 1
    assert matched > 50  # the lines do hold such dates: the screen is put to the test
    assert find_date("Posted on Maret 30,\u20032015") == FoundDate(date(2015, 3, 30), 10, 24)  # any white space
    assert find_date("Posted on Maret 30 2015") is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Updated 2 hours ago", "2 hours ago"),
        ("\ud800 vor 3 Stunden", "vor 3 Stunden"),  # a lone surrogate: the screen reads it with ``in``
        ("Chicago Tribune", None),  # a word of the tables inside another word: searched, no age
        ("Fashion week in Milan", None),
        ("Posted by Jane Doe", None),  # no word of the tables: not searched
    ],
)
def test_find_age_screens_by_every_languages_words_at_once(text: str, age: str | None) -> None:
    found = find_age(text)
    assert (found and found[0]) == age
    want = _reference_age(text)
    assert (found and found.span()) == (want and want.span())
