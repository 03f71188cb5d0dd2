"""Recognising and parsing the dates and ages that pages print.

Numeric dates are read as written when unambiguous (a part above 12 fixes the
order); an ambiguous one (03-04-2025) follows ``Settings.date_order`` and is
reported as ambiguous so the caller can warn. All patterns are anchored on
digits or closed word lists, so matching stays linear.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

import regex

_MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))

NUMERIC_DATE = regex.compile(r"(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)")
ISO_DATE = regex.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(?!\d)")
MONTH_FIRST = regex.compile(rf"(?i)\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)")
DAY_FIRST = regex.compile(rf"(?i)(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\.?\s+({_MONTH_ALT})\.?,?\s+(\d{{4}})(?!\d)")

_UNIT_SECONDS = {
    "s": 1,
    "sec": 1,
    "second": 1,
    "m": 60,
    "min": 60,
    "minute": 60,
    "h": 3600,
    "hr": 3600,
    "hour": 3600,
    "d": 86400,
    "day": 86400,
    "w": 604800,
    "week": 604800,
    "month": 2592000,
    "mo": 2592000,
    "y": 31536000,
    "yr": 31536000,
    "year": 31536000,
}
_AGE_EN = (
    r"(?P<n>\d{1,3}|an?|one)\s*(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?"
    r"|months?|years?|yrs?|[smhdw])\s+ago"
)
# Other languages: German, French, Spanish, Portuguese, Italian, Indonesian, Russian, Korean, Japanese.
_AGE_OTHER = (
    r"vor\s+\d{1,3}\s+(?:Sekunden|Minuten|Stunden|Tagen|Wochen|Monaten|Jahren)"
    r"|il y a\s+\d{1,3}\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)"
    r"|hace\s+\d{1,3}\s+(?:segundos?|minutos?|horas?|días?|semanas?|meses|mes|años?)"
    r"|há\s+\d{1,3}\s+(?:segundos?|minutos?|horas?|dias?|semanas?|meses|mês|anos?)"
    r"|\d{1,3}\s+(?:secondi|minuti|ore|giorni|settimane|mesi|anni)\s+fa"
    r"|\d{1,3}\s+(?:detik|menit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu"
    r"|\d{1,3}\s+(?:секунд\w{0,2}|минут\w{0,2}|час\w{0,2}|дн\w{1,2}|день|недел\w{1,2}|месяц\w{0,2}"
    r"|год\w{0,2}|лет)\s+назад"
    r"|\d{1,3}\s*(?:초|분|시간|일|주|개월|년)\s*전"
    r"|\d{1,3}\s*(?:秒|分|時間|日|週間|か月|ヶ月|年)前"
)
AGE = regex.compile(rf"(?i)(?:{_AGE_EN}|{_AGE_OTHER}|\byesterday\b|\bjust now\b)")

DateOrder = Literal["DMY", "MDY"]


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in text: the value, where it stood, and whether its order was a guess."""

    value: date | datetime
    start: int
    end: int
    ambiguous: bool = False


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _numeric(match: regex.Match[str], order: DateOrder) -> FoundDate | None:
    a, b, y = int(match[1]), int(match[3]), int(match[4])
    ambiguous = a <= 12 and b <= 12 and a != b
    d = _safe_date(y, b, a) if a > 12 or (ambiguous and order == "DMY") or a == b else _safe_date(y, a, b)
    return FoundDate(d, match.start(), match.end(), ambiguous) if d else None


def find_date(text: str, order: DateOrder = "DMY") -> FoundDate | None:
    """The first date written in ``text``, or None."""
    found: list[FoundDate] = []
    if m := ISO_DATE.search(text):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        day = _safe_date(y, mo, d)
        if day is not None:
            value: date | datetime = day
            if m[4] is not None and int(m[4]) < 24 and int(m[5]) < 60:
                value = datetime(y, mo, d, int(m[4]), int(m[5]), min(int(m[6] or 0), 59))
            found.append(FoundDate(value, m.start(), m.end()))
    if (m := NUMERIC_DATE.search(text)) and (nd := _numeric(m, order)):
        found.append(nd)
    if m := MONTH_FIRST.search(text):
        d2 = _safe_date(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
        if d2:
            found.append(FoundDate(d2, m.start(), m.end()))
    if m := DAY_FIRST.search(text):
        d3 = _safe_date(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
        if d3:
            found.append(FoundDate(d3, m.start(), m.end()))
    return min(found, key=lambda f: f.start) if found else None


def find_age(text: str) -> regex.Match[str] | None:
    """The first relative age ("22 minutes ago", "vor 2 Stunden", "3시간 전") in ``text``."""
    return AGE.search(text)


def age_to_datetime(age: str, now: datetime) -> datetime | None:
    """Resolve an English age such as "22 minutes ago" or "yesterday" against ``now``."""
    low = age.lower().strip()
    if low == "just now":
        return now
    if low == "yesterday":
        return now - timedelta(days=1)
    m = regex.fullmatch(_AGE_EN, low)
    if m is None:
        return None
    n = 1 if m["n"] in ("a", "an", "one") else int(m["n"])
    unit = m["unit"].rstrip("s") or "s"
    seconds = _UNIT_SECONDS.get(unit)
    return now - timedelta(seconds=n * seconds) if seconds else None
