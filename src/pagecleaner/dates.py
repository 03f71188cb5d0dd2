"""Recognising and parsing the dates and ages that pages print, in the fifteen languages of the
phrase tables (English, Spanish, French, German, Portuguese, Italian, Russian, Indonesian, Dutch,
Polish, Turkish, Vietnamese, Japanese, Korean, Chinese).

Numeric dates are read as written when unambiguous (a part above 12 fixes the order); an
ambiguous one (03-04-2025) follows ``Settings.date_order`` and is reported as ambiguous so the
caller can warn. A date that cannot exist (31 February) is no date: a wrongly read date is worse
than none. All patterns are anchored on digits or closed word lists, so matching stays linear.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Literal

import regex

from .alternation import Pieces
from .textcase import lower


def fold(word: str) -> str:
    """The key a month name or unit is looked up by: case-folded, Turkish dotted and dotless i
    made plain ("KASIM", "Kasım" → "kasim"), a final full stop dropped."""
    return word.casefold().replace("i\u0307", "i").replace("ı", "i").rstrip(".")


def _table(rows: Iterable[tuple[int, str]]) -> dict[str, int]:
    table: dict[str, int] = {}
    for value, names in rows:
        for name in names.split():
            key = fold(name)
            if table.setdefault(key, value) != value:  # pragma: no cover - a mistake in the tables below
                raise ValueError(f"{name!r} means two things")
    return table


# Each row: a month, then its names in every language, full, genitive (Russian, Polish) and short.
_MONTH_ROWS = (
    (1, "january jan enero ene janvier janv januar jänner jän janeiro gennaio gen январь января янв "
        "januari styczeń stycznia sty ocak"),
    (2, "february feb febrero février févr fév februar februari fevereiro fev febbraio февраль февраля фев "
        "luty lutego lut şubat"),
    (3, "march mar marzo mars märz maerz mär mrz março marca maart mrt maret март марта marzec mart"),
    (4, "april apr abril abr avril avr aprile апрель апреля апр kwiecień kwietnia kwi nisan"),
    (5, "may mayo mai maio maggio mag май мая mei maj maja mayıs"),
    (6, "june jun junio juin juni junho giugno giu июнь июня czerwiec czerwca cze haziran"),
    (7, "july jul julio juillet juil juli julho luglio lug июль июля lipiec lipca lip temmuz"),
    (8, "august aug agosto ago août augustus agustus agu agt август августа авг sierpień sierpnia sie ağustos"),
    (9, "september sep sept septiembre setiembre septembre setembro set settembre сентябрь сентября сен сент "
        "wrzesień września wrz eylül"),
    (10, "october oct octubre octobre oktober okt outubro out ottobre ott октябрь октября окт październik "
         "października paź ekim"),
    (11, "november nov noviembre novembre novembro ноябрь ноября ноя нояб listopad listopada lis kasım"),
    (12, "december dec diciembre dic décembre déc dezember dez dezembro dicembre декабрь декабря дек desember "
         "des grudzień grudnia gru aralık"),
)  # fmt: skip
MONTHS = _table(_MONTH_ROWS)
"""Month names of the fifteen languages (folded) → month number."""
_ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                   "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                   "sept", "oct", "nov", "dec")  # fmt: skip


def _alternation(words: Iterable[str]) -> str:
    # Longest first, so that "marzo" is tried before "mar".
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


# Turkish capitals fold onto dotless i; the patterns are case-insensitive, so both spellings match.
_MONTH_ALT = _alternation([*MONTHS, *(n.replace("i", "ı") for n in MONTHS if "i" in n)])
_EN_MONTH_ALT = _alternation(_ENGLISH_MONTHS)
_YEAR = r"(\d{4}(?!\d)|(?:19|20)\d{2}(?=\d{1,2}:\d{2}(?!\d)))"
"""A year, also with a clock time glued on where text ran two elements together ("NOV 15, 20195:45 AM")."""

NUMERIC_DATE = regex.compile(r"(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)")
ISO_DATE = regex.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(?!\d)")
# Year first with slashes ("2025/3/12", Japan) or full stops ("2025.03.12", "2025. 3. 12.", Korea);
# "2024.1.2" is a software version, so a full-stop form needs two-digit parts or spaces.
YEAR_FIRST = regex.compile(
    r"(?<!\d)(\d{4})(?:/(\d{1,2})/(\d{1,2})|\.(\d{2})\.(\d{2})|\.\s(\d{1,2})\.\s(\d{1,2}))(?!\d)"
)
MONTH_FIRST = regex.compile(rf"(?i)\b({_EN_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}")
# The English order with another language's month ("Posted on Maret 30, 2015", "Oktober 27, 2015":
# a site template written in English, its month names translated): only with the comma of that order.
MONTH_FIRST_ANY = regex.compile(rf"(?i)(?<!\p{{L}})({_MONTH_ALT})\.?\s+(\d{{1,2}}),\s+{_YEAR}")
# "30 June 2025", "4 de febrero de 2025", "1er janvier 2025", "12. März 2025", "12 марта 2025 г.".
DAY_FIRST = regex.compile(
    rf"(?i)(?<!\d)(\d{{1,2}})(?:st|nd|rd|th|er|º|°)?\.?\s+(?:de\s+)?({_MONTH_ALT})(?!\p{{L}})\.?,?\s+(?:del?\s+)?{_YEAR}"
)
# "12 tháng 3 năm 2025", "ngày 12 tháng 3, 2025" (Vietnamese names months by number).
VIETNAMESE_DATE = regex.compile(rf"(?i)(?<!\d)(\d{{1,2}})\s+tháng\s+(\d{{1,2}}),?\s+(?:năm\s+)?{_YEAR}")
# "2025年3月12日" (Japanese, Chinese), "2025년 3월 12일" (Korean).
CJK_DATE = regex.compile(r"(?<!\d)(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일号號]")

# A numeric date with a two-digit year ("11/19/24", "19.11.24"): read only where the line says it
# is a date (a byline, a labelled or timed date line): elsewhere it may be a version or a score.
SHORT_YEAR_DATE = regex.compile(
    r"(?<![\p{L}\d./-])(?:(\d{1,2})(/)(\d{1,2})/|(\d{2})([.-])(\d{2})\5)(\d{2})(?!\d|[./-]\d)"
)
"""Slashes, or full stops and hyphens between two-digit parts ("1.2.24" is a software version)."""
# A day and month without a year ("Updated Nov 19, 6:55 AM", "19 mars, 06:55", "11月19日"): the
# year is known only from ``Settings.reference_time`` (``month_day``).
MONTH_DAY = regex.compile(
    rf"(?i)\b({_EN_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?!,?\s*\d{{4}}|,?\s*\d{{2}}(?!\d|[:.]\d))"
)
DAY_MONTH = regex.compile(
    rf"(?i)(?<![\d.]\s?)(?<![\d.])(\d{{1,2}})(?:st|nd|rd|th|er|º|°)?\.?\s+(?:de\s+)?({_MONTH_ALT})(?!\p{{L}})"
    r"(?!\.?,?\s+(?:del?\s+)?\d{4})"
)
CJK_MONTH_DAY = regex.compile(r"(?<![\d年년]\s?)(?<![\d年년])(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일号號]")

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


def _iso(m: regex.Match[str]) -> date | datetime | None:
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    day = _safe_date(y, mo, d)
    if day is not None and m[4] is not None and int(m[4]) < 24 and int(m[5]) < 60:
        return datetime(y, mo, d, int(m[4]), int(m[5]), min(int(m[6] or 0), 59))
    return day


def _year_first(m: regex.Match[str]) -> date | None:
    parts = [int(p) for p in m.groups() if p is not None]
    return _safe_date(*parts)


def _ymd(y: str, mo: int, d: str) -> date | None:
    return _safe_date(int(y), mo, int(d))


_WORDLIKE_MONTHS = frozenset(("out", "set", "ago", "mar", "sie", "des", "mag", "gen", "lis", "lip"))
"""Short month names that are everyday words of one of the fifteen languages ("out", "set",
"des", "sie", "mag", "ago"...)."""


def _month_first_any(m: regex.Match[str]) -> date | None:
    # "3 out 5, 2015": a short month name that is a word of another language needs its full stop.
    if m[1].casefold() in _WORDLIKE_MONTHS and not m[0][len(m[1]) :].startswith("."):
        return None
    return _ymd(m[3], MONTHS[fold(m[1])], m[2])


Reader = Callable[[regex.Match[str]], date | datetime | None]
_READERS: tuple[tuple[regex.Pattern[str], Reader], ...] = (
    (ISO_DATE, _iso),
    (YEAR_FIRST, _year_first),
    (MONTH_FIRST, lambda m: _ymd(m[3], MONTHS[fold(m[1])], m[2])),
    (MONTH_FIRST_ANY, lambda m: _month_first_any(m)),
    (DAY_FIRST, lambda m: _ymd(m[3], MONTHS[fold(m[2])], m[1])),
    (VIETNAMESE_DATE, lambda m: _ymd(m[3], int(m[2]), m[1])),
    (CJK_DATE, lambda m: _ymd(m[1], int(m[2]), m[3])),
)


def _in_address(text: str, start: int) -> bool:
    """Whether ``start`` falls inside a web address: the path of
    "http://example.wordpress.com/2011/09/07/story/" is where a post was filed, not a date the
    text states (a line quoting a link is no date line)."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start), text.rfind("\t", 0, start)) + 1
    word = text[left:start]
    return "://" in word or word.startswith("www.")


def _first(pattern: regex.Pattern[str], read: Reader, text: str) -> FoundDate | None:
    """The first match of ``pattern`` in ``text`` that ``read`` turns into a real date."""
    for m in pattern.finditer(text):
        if (value := read(m)) is not None and not _in_address(text, m.start()):
            return FoundDate(value, m.start(), m.end())
    return None


_FOUR_DIGITS = regex.compile(r"\d{4}")
"""Four digits in a row: every match of the ``_READERS`` patterns and of ``NUMERIC_DATE`` holds a
year written so (``_YEAR``'s form glued to a clock too), so a text without them holds none of
their dates (tests/test_date_screens.py)."""


_DAY_COMMA = regex.compile(r"\d,\s")
"""A digit, a comma and a space: every match of ``MONTH_FIRST_ANY`` holds its day so ("Maret 30, 2015"). That
pattern tries the month names of every language at every position of a line (about 20 us a dated line,
several times the other date patterns together), so a line without this is not searched with it; most dated
lines ("30.06.2025", "June 30 2025 | 10:31") have none (tests/test_date_screens.py)."""


def _short_year(m: regex.Match[str], order: DateOrder) -> FoundDate | None:
    """``SHORT_YEAR_DATE`` read like a numeric date, the year in this century below 70
    (as ``strptime``'s ``%y``)."""
    a, b, yy = int(m[1] or m[4]), int(m[3] or m[6]), int(m[7])
    y = 2000 + yy if yy < 70 else 1900 + yy
    ambiguous = a <= 12 and b <= 12 and a != b
    d = _safe_date(y, b, a) if a > 12 or (ambiguous and order == "DMY") or a == b else _safe_date(y, a, b)
    return FoundDate(d, m.start(), m.end(), ambiguous) if d else None


FOUND_DATES_KEPT = 2048
"""How many answers :func:`find_date` keeps (texts of up to :data:`FOUND_DATE_MAX_CHARS`)."""
FOUND_DATE_MAX_CHARS = 500
"""Longer texts are read every time: the kept answers hold their texts."""


def find_date(text: str, order: DateOrder = "DMY", short_years: bool = False) -> FoundDate | None:
    """The first date written in ``text`` (never one inside a web address), or None. With
    ``short_years`` a numeric date with a two-digit year ("11/19/24") counts too: only where the
    caller knows the text is a date line or a byline.

    Several rules ask about the same line (the date line, the teaser lists' date test, the title's
    dating, the published date), so the answers for short texts are kept (a :class:`FoundDate` is
    frozen): a page's dated lines are read once."""
    if not short_years and _FOUR_DIGITS.search(text) is None:
        return None  # most lines asked hold no year: no date to read, nothing worth keeping
    if len(text) > FOUND_DATE_MAX_CHARS:
        return _read_date(text, order, short_years)
    return _kept_date(text, order, short_years)


def _read_date(text: str, order: DateOrder, short_years: bool) -> FoundDate | None:
    """:func:`find_date`'s reading, every time. Asked without ``short_years``, the text has passed
    :func:`find_date`'s four-digit screen already, so it is not searched again (asked so directly with
    a text that fails it, the eight patterns find nothing all the same: each match holds four digits)."""
    found: list[FoundDate] = []
    # Most lines asked hold no year: eight searches saved.
    if not short_years or _FOUR_DIGITS.search(text) is not None:
        comma = _DAY_COMMA.search(text) is not None
        found = [
            f
            for pattern, read in _READERS
            if (comma or pattern is not MONTH_FIRST_ANY) and (f := _first(pattern, read, text)) is not None
        ]
        for m in NUMERIC_DATE.finditer(text):
            if _in_address(text, m.start()):
                continue
            if (nd := _numeric(m, order)) is not None:
                found.append(nd)
                break
    if short_years:
        for m in SHORT_YEAR_DATE.finditer(text):
            if not _in_address(text, m.start()) and (sd := _short_year(m, order)) is not None:
                found.append(sd)
                break
    return min(found, key=lambda f: f.start) if found else None


_kept_date = lru_cache(maxsize=FOUND_DATES_KEPT)(_read_date)


_GRACE = timedelta(days=1)
"""How far after ``now`` a day without a year may fall and still be this year's: the page prints
its local day, which may be a day ahead of the reference time's."""


def month_day(text: str, now: datetime) -> FoundDate | None:
    """The first day and month printed without a year ("Updated Nov 19, 6:55 AM", "19 mars",
    "11月19日"), dated in the year that makes it the latest such day not after ``now`` (a day's
    grace for time zones): "Nov 19" read on 2019-11-20 is 2019-11-19, read on 2020-03-01 it is
    2019-11-19 too. A day that exists in neither year (29 February) is no date. Only for a line
    known to be the article's date line: "May 5" in prose is no date."""
    hits: list[tuple[int, int, int, int]] = []  # start, end, month, day
    if (m := MONTH_DAY.search(text)) is not None:
        hits.append((m.start(), m.end(), MONTHS[fold(m[1])], int(m[2])))
    for m in DAY_MONTH.finditer(text):
        # "3 out of 5", "2 set", "4 des": a month's short name that is a word of another language
        # is read without a year only with its full stop ("3 out." for outubro).
        if m[2].casefold() not in _WORDLIKE_MONTHS or text[m.end() : m.end() + 1] == ".":
            hits.append((m.start(), m.end(), MONTHS[fold(m[2])], int(m[1])))
            break
    if (m := CJK_MONTH_DAY.search(text)) is not None:
        hits.append((m.start(), m.end(), int(m[1]), int(m[2])))
    if not hits:
        return None
    start, end, mo, d = min(hits)
    latest = (now + _GRACE).date()
    for year in (latest.year, latest.year - 1):
        day = _safe_date(year, mo, d)
        if day is not None and day <= latest:
            return FoundDate(day, start, end)
    return None


_S, _MIN, _H, _D, _W, _MO, _Y = 1, 60, 3600, 86400, 604800, 2592000, 31536000
# Each language: the words every age of it holds (lower case), how its ages read (``{n}`` the
# number, ``{u}`` the unit), its number words meaning one, and its units by length.
_AGE_LANGUAGES: tuple[tuple[tuple[str, ...], str, str, dict[int, str]], ...] = (
    (("ago",), r"{n}\s*{u}\.?\s+ago{end}", "a an one", {
        _S: "seconds second secs sec s", _MIN: "minutes minute mins min m", _H: "hours hour hrs hr h",
        _D: "days day d", _W: "weeks week w", _MO: "months month mo", _Y: "years year yrs yr y"}),
    (("vor",), r"(?<!\p{{L}})vor\s+{n}\s*{u}(?!\p{{L}})", "ein eine einer einem", {
        _S: "sekunden sekunde sek", _MIN: "minuten minute min", _H: "stunden stunde std",
        _D: "tagen tag", _W: "wochen woche", _MO: "monaten monat", _Y: "jahren jahr"}),
    (("il y a",), r"(?<!\p{{L}})il y a\s+{n}\s*{u}(?!\p{{L}})", "un une", {
        _S: "secondes seconde s", _MIN: "minutes minute min mn", _H: "heures heure h",
        _D: "jours jour j", _W: "semaines semaine", _MO: "mois", _Y: "années année ans an"}),
    (("hace",), r"(?<!\p{{L}})hace\s+{n}\s*{u}(?!\p{{L}})", "un una", {
        _S: "segundos segundo seg", _MIN: "minutos minuto min", _H: "horas hora hs h",
        _D: "días día dias dia", _W: "semanas semana", _MO: "meses mes", _Y: "años año"}),
    (("há", "atrás"), r"(?<!\p{{L}})há\s+{n}\s*{u}(?!\p{{L}})|{n}\s*{u}\s+atrás{end}", "um uma", {
        _S: "segundos segundo seg", _MIN: "minutos minuto min", _H: "horas hora hs h",
        _D: "dias dia", _W: "semanas semana", _MO: "meses mês", _Y: "anos ano"}),
    (("fa",), r"{n}\s*{u}\s+fa{end}", "un una un' un’", {
        _S: "secondi secondo sec", _MIN: "minuti minuto min", _H: "ore ora h",
        _D: "giorni giorno", _W: "settimane settimana", _MO: "mesi mese", _Y: "anni anno"}),
    (("назад",), r"(?:{n}\s*|{lone}){u}\.?\s+назад{end}", "", {
        _S: "секунду секунды секунд сек", _MIN: "минуту минуты минут мин", _H: "часов часа час ч",
        _D: "дней дня день", _W: "недель недели неделю", _MO: "месяцев месяца месяц мес",
        _Y: "года год лет"}),
    (("lalu",), r"{n}\s*{u}\s+(?:yang\s+)?lalu{end}", "", {
        _S: "detik", _MIN: "menit", _H: "jam", _D: "hari", _W: "minggu", _MO: "bulan", _Y: "tahun"}),
    (("geleden",), r"{n}\s*{u}\s+geleden{end}", "een", {
        _S: "seconden seconde sec", _MIN: "minuten minuut min", _H: "uur u", _D: "dagen dag",
        _W: "weken week", _MO: "maanden maand", _Y: "jaar"}),
    (("temu",), r"(?:{n}\s*|{lone}){u}\.?\s+temu{end}", "", {
        _S: "sekundy sekund sekundę", _MIN: "minuty minut minutę", _H: "godziny godzin godzinę godz",
        _D: "dzień dni", _W: "tygodnie tygodni tydzień", _MO: "miesiące miesięcy miesiąc",
        _Y: "lata lat rok"}),
    (("önce",), r"{n}\s*{u}\.?\s+önce{end}", "bir", {
        _S: "saniye sn", _MIN: "dakika dk", _H: "saat sa", _D: "gün", _W: "hafta", _MO: "ay", _Y: "yıl"}),
    (("trước",), r"{n}\s*{u}\s+trước{end}", "", {
        _S: "giây", _MIN: "phút", _H: "giờ tiếng", _D: "ngày", _W: "tuần", _MO: "tháng", _Y: "năm"}),
    (("前",), r"{n}\s*{u}前", "", {
        _S: "秒鐘 秒钟 秒", _MIN: "分鐘 分钟 分", _H: "時間 個小時 个小时 小時 小时", _D: "日 天",
        _W: "週間 個星期 个星期 星期 週 周",
        _MO: "か月 ヶ月 ヵ月 カ月 个月 個月", _Y: "年"}),
    (("전",), r"{n}\s*{u}\s*전{end}", "", {
        _S: "초", _MIN: "분", _H: "시간", _D: "일", _W: "주", _MO: "개월 달", _Y: "년"}),
)  # fmt: skip


_LONE_UNIT = r"(?<![\p{L}\p{N}])(?<!\d\s)"
"""Where a unit may stand without its number ("неделю назад", "rok temu"): not after a word or a number."""


def _age_branch(form: str, ones: str, units: dict[int, str]) -> str:
    """One language's age pattern from its row of ``_AGE_LANGUAGES``."""
    # A number word stands alone ("a day", not the "a" of "banana day"); Italian "un'" is glued.
    words = [
        regex.escape(w) if w.endswith(("'", "’")) else rf"(?<!\p{{L}}){regex.escape(w)}(?=\s)" for w in ones.split()
    ]
    number = "|".join([r"(?<!\d)\d{1,3}", *words])
    unit = _alternation(w for names in units.values() for w in names.split())
    return form.format(n=f"(?P<n>{number})", u=f"(?P<u>{unit})", lone=_LONE_UNIT, end=r"(?!\p{L})")


AGE_UNITS = _table((seconds, names) for *_, units in _AGE_LANGUAGES for seconds, names in units.items())
"""Every language's age units (folded) → seconds (a month is 30 days, a year 365)."""
# "Yesterday" in the languages that write it as a word of its own (CJK runs words together).
# French "hier" is left out: in Dutch it means "here".
YESTERDAY = ("yesterday", "gestern", "ayer", "ontem", "ieri", "вчера", "kemarin", "gisteren", "wczoraj", "dün", "어제")
_YESTERDAY = rf"(?<!\p{{L}})(?P<y>{_alternation(YESTERDAY)}|hôm qua)(?!\p{{L}})|\bjust now\b"
AGE = regex.compile("(?i)^(?:" + "|".join(_age_branch(*row[1:]) for row in _AGE_LANGUAGES) + "|" + _YESTERDAY + ")$")
"""A text that is one age, in any of the languages (what ``age_to_datetime`` reads). Anchored:
tried at every position of a long text, fifteen languages cost too much; ``find_age`` searches."""
_AGE_BY_WORD: tuple[tuple[tuple[str, ...], regex.Pattern[str]], ...] = (
    *((row[0], regex.compile("(?i)" + _age_branch(*row[1:]))) for row in _AGE_LANGUAGES),
    ((*YESTERDAY, "hôm qua", "just now"), regex.compile("(?i)" + _YESTERDAY)),
)
"""``AGE`` by language, each with the words its matches hold: searching only the languages whose
word a text holds is many times faster than trying every language at every position."""
(AGE_EN, AGE_DE, AGE_FR, AGE_ES, AGE_PT, AGE_IT, AGE_RU, AGE_ID, AGE_NL, AGE_PL, AGE_TR, AGE_VI, AGE_JA_ZH, AGE_KO,
 AGE_YESTERDAY) = (pattern for _, pattern in _AGE_BY_WORD)  # fmt: skip
# Named at module level so that the adversarial tests find and try each of them.
AGE_WORDS = tuple(dict.fromkeys(w for words, _ in _AGE_BY_WORD for w in words))
"""What every match of ``AGE`` holds, lower-cased (one at least)."""
_AGE_PIECES = Pieces(AGE_WORDS)
"""``AGE_WORDS`` looked for at once (one automaton pass with ``ahocorasick-rs``): most texts asked hold none."""


def find_age(text: str) -> regex.Match[str] | None:
    """The first relative age ("22 minutes ago", "vor 2 Stunden", "3시간 전") in ``text``."""
    low = lower(text)
    if not _AGE_PIECES.any_in(low):
        return None  # no language's word: the loop below would find none either
    found = None
    for words, pattern in _AGE_BY_WORD:
        for w in words:  # a loop, not ``any()``: no generator made for each of the fifteen languages
            if w in low:
                m = pattern.search(text)
                if m is not None and (found is None or m.start() < found.start()):
                    found = m
                break
    return found


def age_to_datetime(age: str, now: datetime) -> datetime | None:
    """Resolve an age such as "22 minutes ago", "vor 1 Stunde", "2時間前" or "yesterday" against
    ``now``; None for anything else."""
    m = AGE.fullmatch(age.strip())
    if m is None:
        return None
    if m["y"] is not None:
        return now - timedelta(days=1)
    if m["u"] is None:
        return now  # "just now"
    seconds = AGE_UNITS.get(fold(m["u"]))
    if seconds is None:
        return None
    n = int(m["n"]) if m["n"] is not None and m["n"].isdigit() else 1
    return now - timedelta(seconds=n * seconds)
