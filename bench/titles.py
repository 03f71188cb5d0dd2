#!/usr/bin/env python3
"""Titles and dates: how often ``clean()`` finds the page's title, from HTML and from text.

On wcxb-dev (1,330 pages of seven kinds; its ground truth has each page's title) a title counts
as right when ``teaser_score.same_title`` agrees with the truth's (same words after
normalisation, or one contains the other with at least 80 % of its words). Figures are given
overall, per page type, and on two halves of the sites (a stable hash of the domain: tune on
one half, check the other). On the 181 scrapinghub pages, which have no title truth, the text
title is compared with the HTML page's title, and so are the dates; the title agreement is also
given on the two halves of ``bench/teasers.py`` (a hash of the site). Dates are compared as days;
"same day somewhere" also counts the text's day when the HTML gives a moment (often in UTC) that
falls on that day in some time zone: the text prints the local day. "wrong" counts the text dates
that are not the HTML's day anywhere (a wrongly read date is worse than none; ``--misses`` lists them).

    python3 bench/titles.py                          # both sets, both inputs
    python3 bench/titles.py --half A --misses 30     # the tuning half, with wrong titles listed
    python3 bench/titles.py --sets scrapinghub
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from common import EVAL, load_module
from pagecleaner import CleanedPage, clean

INPUTS = ("html", "innertext")



def domain_half(domain: str) -> str:
    """ "A" or "B", fixed for a domain (a hash that does not change between runs)."""
    return "AB"[hashlib.sha1(domain.encode("utf-8")).digest()[0] % 2]


def page_language(meta: dict[str, Any]) -> str:
    """The page's language as its ``<html lang>`` gives it, the primary subtag only ("fr-FR" → "fr");
    "?" where the page names none. wcxb-dev is nearly all English: the others are listed apart so
    that a change that helps English and hurts them shows."""
    lang = str(meta.get("lang") or "").split("-")[0].split("_")[0].strip().lower()
    return lang or "?"


def read_source(data: Path, pid: str, which: str) -> str | bytes | None:
    if which == "html":
        path = data / "html" / f"{pid}.html.gz"
        return gzip.decompress(path.read_bytes()) if path.exists() else None
    path = data / f"text-{which}" / f"{pid}.txt"
    return path.read_text(encoding="utf-8") if path.exists() else None


def run(data: Path, ids: list[str], which: str) -> tuple[dict[str, CleanedPage], float]:
    out: dict[str, CleanedPage] = {}
    started = time.perf_counter()
    for pid in ids:
        source = read_source(data, pid, which)
        if source is not None:
            out[pid] = clean(source, input_format="html" if which == "html" else "text")
    return out, time.perf_counter() - started


def share(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "-"


def wcxb(args: argparse.Namespace, same_title: Callable[[str, str], bool]) -> None:
    data = args.wcxb
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    meta = json.loads((data / "meta.json").read_text(encoding="utf-8"))
    ids = sorted(pid for pid in truth if args.half == "all" or domain_half(meta[pid]["domain"]) == args.half)
    print(f"wcxb-dev: {len(ids)} pages (half {args.half}; halves by a hash of the domain)")
    for which in args.inputs:
        results, seconds = run(data, ids, which)
        right: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        misses = []
        for pid in ids:
            page = results.get(pid)
            got = page.article.title if page is not None else None
            ok = bool(got) and same_title(got or "", truth[pid]["title"] or "")
            groups = (
                "all",
                f"type {meta[pid]['page_type']}",
                f"half {domain_half(meta[pid]['domain'])}",
                f"lang {page_language(meta[pid])}",
            )
            for g in groups:
                right[g][0] += ok
                right[g][1] += 1
            if not ok:
                misses.append((pid, meta[pid]["page_type"], truth[pid]["title"], got))
        found = sum(1 for p in results.values() if p.article.title)
        print(
            f"  {which:<10} title right {share(*right['all'])}   title found {found}   {len(ids) / seconds:.0f} pages/s"
        )
        for g in sorted(k for k in right if k != "all"):
            print(f"    {g:<22} {share(*right[g])}")
        for pid, kind, want, got in misses[: args.misses]:
            print(f"    miss {pid} {kind:<13} truth {want!r:.90}\n{'':<28}got   {got!r:.90}")


def _day(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def _local_days(value: date | datetime) -> set[date]:
    """The days ``value`` may be printed as: its own, and where it is a moment in time (a clock
    time, with or without an offset; sites often give UTC) the day it is somewhere on Earth
    (offsets -12 h to +14 h). The text prints the local day ("Nov 19, 2019, 10:31 pm CST")
    of the moment the HTML gives in UTC ("2019-11-20T04:31Z")."""
    if not isinstance(value, datetime):
        return {value}
    moment = value.replace(tzinfo=None) - (value.utcoffset() or timedelta(0))
    return {value.date(), (moment - timedelta(hours=12)).date(), (moment + timedelta(hours=14)).date()}


def site_half(url: str) -> str:
    """``a`` or ``b`` for a scrapinghub page, by its host: the halves of ``bench/teasers.py``."""
    name = (urlsplit(url).hostname or "").lower()
    name = name[4:] if name.startswith("www.") else name
    return "ab"[hashlib.sha256(name.encode()).digest()[0] % 2]


def scrapinghub(args: argparse.Namespace, same_title: Callable[[str, str], bool]) -> None:
    data = args.scrapinghub
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)
    halves = {pid: site_half(truth[pid].get("url") or "") for pid in ids}
    html, _ = run(data, ids, "html")
    print(f"scrapinghub: {len(ids)} pages; the text's title and date against the HTML page's")
    print(
        f"  html       title found {sum(1 for p in html.values() if p.article.title)}"
        f"   date found {sum(1 for p in html.values() if p.article.published)}"
    )
    for which in [w for w in args.inputs if w != "html"]:
        text, _ = run(data, ids, which)
        titles = dates = local = both = 0
        by_half: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        dates_by_half: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # found, both, same day, local
        misses = []
        wrong_dates = []
        for pid in ids:
            h, t = html.get(pid), text.get(pid)
            if h is None or t is None:
                continue
            by_half[halves[pid]][1] += 1
            if h.article.title and t.article.title and same_title(h.article.title, t.article.title):
                titles += 1
                by_half[halves[pid]][0] += 1
            elif h.article.title:
                misses.append((pid, h.article.title, t.article.title))
            hd, td = _day(h.article.published), _day(t.article.published)
            counts = dates_by_half[halves[pid]]
            counts[0] += td is not None
            if h.article.published and hd and td:
                both += 1
                dates += hd == td
                local += td in _local_days(h.article.published)
                counts[1] += 1
                counts[2] += hd == td
                counts[3] += td in _local_days(h.article.published)
                if td not in _local_days(h.article.published):
                    wrong_dates.append((pid, h.article.published, t.article.published))
        print(
            f"  {which:<10} title found {sum(1 for p in text.values() if p.article.title)}"
            f"   title agrees with HTML {share(titles, len(ids))}"
            f"   date found {sum(1 for p in text.values() if p.article.published)}"
            f"   date agrees with HTML where both have one {share(dates, both)}"
            f" (same day somewhere {share(local, both)})   wrong {both - local}"
        )
        for half in sorted(by_half):
            found, pairs, same, near = dates_by_half[half]
            print(
                f"    half {half} (by site)       title agrees with HTML {share(*by_half[half])}"
                f"   date found {found}   agrees {share(same, pairs)} (same day somewhere {share(near, pairs)})"
                f"   wrong {pairs - near}"
            )
        for pid, want, got in misses[: args.misses]:
            print(f"    miss {pid[:10]} ({halves[pid]}) html {want!r:.90}\n{'':<23}text {got!r:.90}")
        for pid, want_day, got_day in wrong_dates[: args.misses]:
            print(f"    wrong date {pid[:10]} ({halves[pid]}) html {want_day}   text {got_day}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--wcxb", type=Path, default=EVAL / "wcxb-dev")
    ap.add_argument("--scrapinghub", type=Path, default=EVAL / "scrapinghub")
    ap.add_argument("--scorer", type=Path, default=EVAL / "teaser_score.py", help="provides same_title")
    ap.add_argument("--sets", nargs="+", choices=("wcxb", "scrapinghub"), default=["wcxb", "scrapinghub"])
    ap.add_argument("--inputs", nargs="+", choices=INPUTS, default=list(INPUTS))
    ap.add_argument("--half", choices=("all", "A", "B"), default="all", help="wcxb-dev sites by domain hash")
    ap.add_argument("--misses", type=int, default=0, metavar="N", help="list N wrong titles per input")
    args = ap.parse_args(argv)
    needed: list[Any] = [args.scorer]
    needed += [args.wcxb / "ground-truth.json"] if "wcxb" in args.sets else []
    needed += [args.scrapinghub / "ground-truth.json"] if "scrapinghub" in args.sets else []
    for path in needed:
        if not path.exists():
            print(f"no evaluation data at {path}; see --help", file=sys.stderr)
            return 2
    same_title = load_module(args.scorer, "teaser_score").same_title
    if "wcxb" in args.sets:
        wcxb(args, same_title)
    if "scrapinghub" in args.sets:
        scrapinghub(args, same_title)
    return 0


if __name__ == "__main__":
    sys.exit(main())
