"""The adversarial text corpus, generated at test time (nothing large is committed).

Each ``Case`` builds its input and says what the result must be; ``test_text_cases.py`` runs
them all with the line accounting and a time bound proportional to the input's size.
Run ``python tests/adversarial/corpus.py OUTDIR`` to write the inputs to files for a look.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pagecleaner import CleanedPage, Settings
from pagecleaner.errors import BinaryInput

PROSE = (
    "The council approved the new budget on Tuesday after a debate that lasted well into the night.",
    "Officials said the plan would fund schools, roads and a new library in the eastern district.",
    "Critics argued that the spending was rushed and that residents had too little time to comment.",
    "The mayor promised a public review of every contract before the end of the financial year.",
)


WORDS = [
    "the",
    "of",
    "and",
    "a",
    "to",
    "in",
    "is",
    "was",
    "for",
    "on",
    "that",
    "with",
    "as",
    "by",
    "at",
    "from",
    "his",
    "her",
    "it",
    "an",
    "were",
    "which",
    "are",
    "this",
    "be",
    "has",
    "had",
    "not",
    "but",
    "their",
    "they",
    "been",
    "new",
    "after",
    "first",
    "two",
    "more",
    "said",
    "one",
    "also",
    "its",
    "who",
    "all",
    "up",
    "would",
    "over",
    "out",
    "when",
    "into",
    "than",
    "most",
    "some",
    "only",
    "time",
    "other",
    "council",
    "budget",
    "plan",
    "city",
    "school",
    "river",
    "market",
    "report",
    "minister",
    "court",
    "vote",
    "bridge",
    "hospital",
]


def prose_paragraph(rng: random.Random, sentences: int = 4) -> str:
    """Sentences of random words: every paragraph distinct, as an article's paragraphs are."""
    out = []
    for _ in range(sentences):
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 20))]
        out.append(" ".join(words).capitalize() + ".")
    return " ".join(out)


def prose(size: int, seed: int = 1) -> str:
    """About ``size`` characters of article-like paragraphs separated by blank lines."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        p = prose_paragraph(rng, rng.randint(2, 6))
        parts.append(p)
        total += len(p) + 2
    return "\n\n".join(parts)


Check = Callable[[CleanedPage, "str | bytes"], None]


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[], str | bytes]
    expect: Check
    slow: bool = False
    raises: type[Exception] | None = None
    """The documented error the input gives instead of a page."""


# -- expectations -----------------------------------------------------------


def empty(page: CleanedPage, _: str | bytes) -> None:
    assert page.article.paragraphs == [] and page.removed == [] and page.related == []


def warns(fragment: str) -> Check:
    def check(page: CleanedPage, _: str | bytes) -> None:
        assert any(fragment in w for w in page.warnings), page.warnings

    return check


def keeps(*fragments: str, encoding: str | None = None) -> Check:
    def check(page: CleanedPage, _: str | bytes) -> None:
        for fragment in fragments:
            assert fragment in page.article.text, (fragment, page.article.text[:300])
        if encoding is not None:
            assert page.encoding == encoding

    return check


def both(*checks: Check) -> Check:
    def check(page: CleanedPage, source: str | bytes) -> None:
        for c in checks:
            c(page, source)

    return check


def past_max_lines(page: CleanedPage, source: str | bytes) -> None:
    limit = Settings().max_lines
    tail = [r for r in page.removed if r.rule == "limit.max-lines"]
    assert len(tail) == 1 and tail[0].start_line == limit + 1
    assert any("max_lines" in w for w in page.warnings)


# -- inputs -----------------------------------------------------------------

MIXED_SCRIPTS = "\n\n".join(
    [
        PROSE[0] + " " + PROSE[1],
        "Городской совет во вторник утвердил бюджет после долгих и жарких дебатов, длившихся до поздней ночи в зале.",
        "وافق مجلس المدينة على الميزانية الجديدة يوم الثلاثاء بعد نقاش طويل استمر حتى وقت متأخر من الليل في القاعة.",
        "\u202bמועצת העיר אישרה את התקציב החדש ביום שלישי לאחר דיון ארוך שנמשך עד שעות הלילה המאוחרות.\u202c",
        "市议会周二在一场持续到深夜的辩论后批准了新的预算，官员表示该计划将为学校、道路和新图书馆提供资金。",
        "Le conseil 🏛️ a voté 👍🏽 le budget mardi 👨\u200d👩\u200d👧 après un long débat qui a duré toute la nuit au final.",
    ]
)
ZERO_WIDTH = (
    "\u200b\u200c\u200d\n"  # a line of nothing but zero-width characters is blank
    "\ufeff" + PROSE[0] + "\u200b\n\n"
    "Officials\u200b said\u2060 the plan would fund schools, roads and a new library in the district.\n\n"
    "\u200b\u200b\u200b\n" + PROSE[2]
)


def _one_million_short_lines() -> str:
    return "".join(f"Item {k}\n" for k in range(1_000_000))


def _ten_mb_single_line() -> str:
    line = " ".join(PROSE)
    return (line + " ") * (10_000_000 // (len(line) + 1))


CASES: list[Case] = [
    Case("empty str", lambda: "", empty),
    Case("empty bytes", lambda: b"", empty),
    Case("whitespace", lambda: " \t\r\n\u3000\u00a0\n\x0b\x0c \n", empty),
    Case("1 MB of one character", lambda: "x" * 1_000_000, warns("max_block_chars")),
    Case("1 MB of one character, bytes", lambda: b"\xe9" * 1_000_000, warns("max_block_chars")),
    Case("10 MB single line", _ten_mb_single_line, both(keeps(PROSE[0][:40]), warns("max_block_chars")), slow=True),
    Case("1,000,000 short lines", _one_million_short_lines, past_max_lines, slow=True),
    Case("1 MB of blank lines", lambda: "\n" * 1_000_000, empty),
    # A teaser list's line whose first word alternates case for 80,000 letters: every capital in it
    # is a place a headline may run into its summary ("…SteakhouseA party…"); reading the rest of
    # the word from each of them again took minutes.
    Case(
        "a camel-case word of 80,000 letters in a teaser list",
        lambda: "Latest news\n\n" + "aA" * 40_000 + " word" * 13 + " end.\n\nAnother headline of some length here\n",
        lambda page, _: None,
    ),
    Case("NUL bytes in str", lambda: PROSE[0].replace(" ", "\x00 ") + "\n\x00\x00\n", warns("NUL")),
    Case("NUL bytes in bytes", lambda: PROSE[1].encode().replace(b" ", b" \x00"), warns("NUL")),
    Case(
        "invalid UTF-8",
        lambda: PROSE[0].encode() + b" \xc3\x28 \xa0\xa1 \xe2\x82 \xf0\x28\x8c\xbc " + PROSE[1].encode(),
        keeps("council approved"),
    ),
    Case("truncated UTF-8", lambda: (PROSE[0] + " café").encode()[:-1], keeps("council approved")),
    Case("UTF-16 with BOM", lambda: ("Le débat " + PROSE[0]).encode("utf-16"), keeps("Le débat", encoding="utf-16")),
    Case(
        "UTF-16-LE without BOM",
        lambda: ("Городской совет " + PROSE[0]).encode("utf-16-le"),
        keeps("Городской совет", encoding="utf-16-le"),
    ),
    Case(
        "UTF-16-BE without BOM",
        lambda: ("Le débat " + PROSE[0]).encode("utf-16-be"),
        keeps("Le débat", encoding="utf-16-be"),
    ),
    Case("UTF-32 with BOM", lambda: ("Le débat " + PROSE[0]).encode("utf-32"), keeps("Le débat", encoding="utf-32")),
    Case(
        "cp1252 served as UTF-8",
        lambda: (
            "The café’s “naïve” owner said — in a long interview — that the council’s plan was rushed and unfair."
        ).encode("cp1252"),
        keeps("café’s “naïve” owner", encoding="cp1252"),
    ),
    Case(
        "GB18030 served as UTF-8",
        lambda: (
            "市议会周二在一场持续到深夜的辩论后批准了新的预算，官员表示该计划将为学校、道路和新图书馆提供资金。" * 2
        ).encode("gb18030"),
        keeps("市议会周二", encoding="gb18030"),
    ),
    Case("mixed scripts, RTL and emoji", lambda: MIXED_SCRIPTS, keeps("Городской", "الميزانية", "市议会", "👍🏽")),
    Case(
        "mixed scripts as UTF-8 bytes",
        lambda: MIXED_SCRIPTS.encode(),
        keeps("Городской", "الميزانية", encoding="utf-8"),
    ),
    Case("zero-width characters", lambda: ZERO_WIDTH, keeps("council approved", "Officials said")),
    Case("lone surrogates", lambda: PROSE[0] + " \ud800 \udfff " + PROSE[1], keeps("council approved")),
    Case(
        "every line separator",
        lambda: "\r".join(PROSE[:2]) + "\x85" + "\u2028".join(PROSE[2:]) + "\x1c\x1d\x1e\x0b\x0c",
        keeps("council approved"),
    ),
    Case(
        "control characters",
        lambda: "".join(chr(c) for c in range(32)) * 100 + "\n\n" + PROSE[0],
        keeps("council approved"),
    ),
    Case("binary noise", lambda: random.Random(3).randbytes(200_000), lambda page, source: None, raises=BinaryInput),
    Case("one 100 kB word", lambda: "https://example.com/" + "a/" * 50_000, lambda page, source: None),
    Case(
        "deeply repeated boilerplate",
        lambda: "Share this article\n\nRelated Articles\n\n" * 5_000,
        lambda page, source: None,
    ),
    Case("short lines between blank lines", lambda: "ab cd\n\n" * 20_000, lambda page, source: None),
]


def write_corpus(out: Path) -> None:
    """Write every case's input to ``out`` (for inspection; the tests build them in memory)."""
    out.mkdir(parents=True, exist_ok=True)
    for k, case in enumerate(CASES):
        data = case.make()
        raw = data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
        (out / f"{k:02d}.bin").write_bytes(raw)
        print(f"{k:02d}.bin  {len(raw):>11,} bytes  {case.name}")


if __name__ == "__main__":
    write_corpus(Path(sys.argv[1] if len(sys.argv) > 1 else "adversarial-corpus"))
