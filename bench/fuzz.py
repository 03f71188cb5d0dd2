#!/usr/bin/env python3
"""Fuzz ``clean()`` by hand (not in CI): many short random inputs, each checked for a crash, a hang
and the line accounting. Prints the executions, the seconds and every failure found.

    .venv/bin/python bench/fuzz.py                      # 100,000 executions, mutation engine
    .venv/bin/python bench/fuzz.py -n 20000 --engine hypothesis
    .venv/bin/python bench/fuzz.py --seconds 60         # as many as fit in a minute
    .venv/bin/python bench/fuzz.py --format html        # the same inputs read as HTML (markup atoms included)

Engines: ``mutate`` (default; fast) splices and mutates a seed corpus of page lines, hostile
characters and encodings; ``hypothesis`` draws from Hypothesis strategies (slower per input,
shrinks failures). A failure is an exception other than ``PageCleanerError`` (or ``TypeError``
for non-text), a call slower than ``--hang`` seconds, or a line not accounted for exactly once.
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

from pagecleaner import CleanedPage, Cleaner, PageCleanerError
from pagecleaner.decode import InputFormatArg, decode
from pagecleaner.segment import normalise

ROOT = Path(__file__).resolve().parent.parent
SEED_PAGE = ROOT / "fixtures" / "seed.txt"

ATOMS = [
    "",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\x00",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x85",
    "\u2028",
    "\u2029",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u202e",
    "\ud800",
    "\udfff",
    "�",
    "👍🏽",
    "👨\u200d👩\u200d👧",
    "中文",
    "العربية",
    "עברית",
    "Ελληνικά",
    "•",
    "©",
    "By ",
    "Credit: ",
    "Related Articles",
    "Share",
    "Comments",
    "22 minutes ago",
    "30-06-2025",
    "June 30, 2025",
    "Yahoo",
    "http://127.0.0.1:9/x",
    "<p>",
    "</div>",
    "<div>",
    "<script>",
    "</script>",
    "<!--",
    "<![CDATA[",
    "<table><td colspan=9007199254740991>",
    "<title>",
    '<meta charset="gb18030">',
    "&amp;",
    "&#0;",
    ".",
    "!",
    "?",
    "…",
    "a",
    "A",
    "1",
]


def _seed_lines() -> list[str]:
    lines = SEED_PAGE.read_text(encoding="utf-8").splitlines() if SEED_PAGE.exists() else []
    return [line for line in lines if line.strip()] or ["The council approved the budget on Tuesday."]


def mutate_inputs(rng: random.Random) -> Iterator[str | bytes]:
    """Endless short inputs: seed lines spliced with hostile atoms, sometimes encoded and corrupted."""
    lines = _seed_lines()
    encodings = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "gb18030", "latin-1", "utf-32"]
    while True:
        parts: list[str] = []
        for _ in range(rng.randint(0, 12)):
            roll = rng.random()
            if roll < 0.45:
                line = rng.choice(lines)
                if rng.random() < 0.3:
                    cut = rng.randrange(len(line) + 1)
                    line = line[:cut] + rng.choice(ATOMS) + line[cut:]
                parts.append(line)
            elif roll < 0.8:
                parts.append(rng.choice(ATOMS) * rng.choice((1, 1, 2, 5, 40)))
            else:
                parts.append("".join(chr(rng.randrange(0x110000)) for _ in range(rng.randint(1, 8))))
            parts.append(rng.choice(("\n", "\n\n", "", " ")))
        text = "".join(parts)
        if rng.random() < 0.35:
            data = text.encode(rng.choice(encodings), errors="replace")
            if data and rng.random() < 0.5:
                pos = rng.randrange(len(data))
                data = data[:pos] + bytes([rng.randrange(256)]) + data[pos + 1 :]
            yield data
        else:
            yield text


def check(source: str | bytes, page: CleanedPage, cleaner: Cleaner) -> None:
    """The line accounting (see tests/test_properties.py)."""
    text = decode(source, cleaner.settings.max_input_bytes).text if isinstance(source, bytes) else source
    lines = text.replace("\x00", "").splitlines()
    taken: set[int] = set()
    for r in page.removed:
        span = set(range(r.start_line, r.end_line + 1))
        if span & taken:
            raise AssertionError("a line was removed twice")
        taken |= span
        if r.text != "\n".join(lines[r.start_line - 1 : r.end_line]):
            raise AssertionError(f"removed text differs from lines {r.start_line}-{r.end_line}")
    kept = " ".join(k for n, line in enumerate(lines, 1) if n not in taken and (k := normalise(line)))
    # A line broken before punctuation is joined without the space: compare without white space.
    if "".join(kept.split()) != "".join(" ".join(page.article.paragraphs).split()):
        raise AssertionError("kept lines and article paragraphs differ")


def run(inputs: Iterator[str | bytes], limit: int, seconds: float, hang: float, fmt: InputFormatArg = "text") -> int:
    cleaner = Cleaner(plugins=False)
    failures: list[tuple[str, str | bytes]] = []
    done, slowest = 0, 0.0
    slowest_source: str | bytes = b""
    started = time.perf_counter()
    for source in inputs:
        if done >= limit or time.perf_counter() - started > seconds:
            break
        t0 = time.perf_counter()
        try:
            page = cleaner.clean(source, input_format=fmt)
            if fmt == "text":  # line accounting is defined for text input
                check(source, page, cleaner)
        except PageCleanerError:
            pass
        except Exception:
            failures.append((traceback.format_exc(limit=4), source))
        elapsed = time.perf_counter() - t0
        if elapsed > slowest:
            slowest, slowest_source = elapsed, source
        if elapsed > hang:
            failures.append((f"hang: {elapsed:.2f}s", source))
        done += 1
    total = time.perf_counter() - started
    print(f"executions: {done:,}  seconds: {total:.1f}  ({done / total:,.0f}/s)  slowest: {slowest * 1000:.1f} ms")
    print(f"slowest input: {repr(slowest_source)[:200]}")
    print(f"failures: {len(failures)}")
    for message, source in failures[:10]:
        print("-" * 60, "\n", repr(source)[:300], "\n", message)
    return 1 if failures else 0


def hypothesis_inputs(limit: int) -> Callable[[], int]:
    """Run through Hypothesis instead: it shrinks any failure to a small example."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    cleaner = Cleaner(plugins=False)
    count = [0]
    source_st = st.one_of(
        st.text(st.characters(codec=None), max_size=200),
        st.lists(st.sampled_from(ATOMS + _seed_lines()), max_size=20).map("\n".join),
        st.binary(max_size=200),
    )

    @settings(max_examples=limit, deadline=2000, database=None, suppress_health_check=list(HealthCheck))
    @given(source_st)
    def one(source: str | bytes) -> None:
        count[0] += 1
        try:
            page = cleaner.clean(source, input_format="text")
        except PageCleanerError:
            return
        check(source, page, cleaner)

    def go() -> int:
        started = time.perf_counter()
        one()
        total = time.perf_counter() - started
        print(f"executions: {count[0]:,}  seconds: {total:.1f}  ({count[0] / total:,.0f}/s)  failures: 0")
        return 0

    return go


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", "--executions", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=float("inf"), help="stop after this long")
    parser.add_argument("--engine", choices=("mutate", "hypothesis"), default="mutate")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--hang", type=float, default=2.0, help="seconds one short input may take")
    parser.add_argument("--format", choices=("text", "html"), default="text", help="input_format passed to clean()")
    args = parser.parse_args(argv)
    # bs4's detector logs every replaced character; the result's warnings already say so.
    logging.getLogger("bs4").setLevel(logging.ERROR)
    if args.engine == "hypothesis":
        return hypothesis_inputs(args.executions)()
    if args.format == "html":
        try:
            Cleaner(plugins=False).clean(b"<p>x</p>", input_format="html")
        except NotImplementedError:
            print("HTML input is not implemented yet; nothing to fuzz")
            return 0
    return run(mutate_inputs(random.Random(args.seed)), args.executions, args.seconds, args.hang, args.format)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
