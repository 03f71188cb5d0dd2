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

Each page is cleaned with its address (``clean(url=...)``, from the ground truth), as users and
``bench/quality.py`` call it; ``--no-url`` cleans it without (the figures before the fortieth round).

    python3 bench/titles.py                          # both sets, both inputs
    python3 bench/titles.py --half A --misses 30     # the tuning half, with wrong titles listed
    python3 bench/titles.py --sets scrapinghub
    python3 bench/titles.py --sets wcxb --inputs html --half A --sources   # HTML misses by markup field

``--sources`` sorts the wrong HTML titles of wcxb-dev by page kind and by the markup fields the
page's HTML holds (``markup_fields``): where the truth is printed (an ``<h1>``, og:title,
twitter:title, the JSON-LD headline or a JSON-LD name, the breadcrumb's last step, the ``<title>``
whole, without its site suffix or one of its fields; else nowhere) and which field the title given
agrees with instead (or none: a title the rules cut or joined). A page counts under each field that
holds it. On innertext it sorts them by where the text's lines print the truth and the title given
(``sort_text_miss``: a line whole, a line's first field before its site's name, inside a longer line, or
nowhere), read apart from the library's candidates.

    python3 bench/titles.py --sets wcxb --inputs innertext --half A --sources   # text misses by line
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import lxml.etree as etree
import lxml.html

from common import EVAL, load_module
from pagecleaner import CleanedPage, clean
from pagecleaner.markup import strip_site
from pagecleaner.segment import normalise

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


def run(
    data: Path, ids: list[str], which: str, urls: dict[str, str | None] | None = None
) -> tuple[dict[str, CleanedPage], float]:
    """``clean()`` on each page, given the page's address where ``urls`` has it (as a user calls it;
    the address's slug is one of the title's cues)."""
    out: dict[str, CleanedPage] = {}
    urls = urls or {}
    started = time.perf_counter()
    for pid in ids:
        source = read_source(data, pid, which)
        if source is not None:
            out[pid] = clean(source, input_format="html" if which == "html" else "text", url=urls.get(pid))
    return out, time.perf_counter() - started


FIELDS = (
    "<h1>",
    "later <h1>",
    "og:title",
    "twitter:title",
    "JSON-LD headline",
    "JSON-LD name",
    "breadcrumb",
    "<title>",
    "<title> without suffix",
    "<title> field",
)
"""The markup fields ``--sources`` looks in, in the order it prints them."""
_TITLE_FIELDS = (" | ", " - ", " – ", " — ", " · ", " • ", " :: ", " » ")
_MAX_LD_NODES = 5_000


def _ld_objects(root: etree._Element) -> list[dict[str, Any]]:
    """Every JSON object of the page's JSON-LD scripts, walked without recursion (at most
    ``_MAX_LD_NODES`` values a page)."""
    found: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            stack: list[Any] = [json.loads(script.text)]
        except (ValueError, RecursionError):
            continue
        seen = 0
        while stack and seen < _MAX_LD_NODES:
            item = stack.pop()
            seen += 1
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                found.append(item)
                stack.extend(v for v in item.values() if isinstance(v, dict | list))
    return found


def _ld_types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    return {t.lower() for t in (kind if isinstance(kind, list) else [kind]) if isinstance(t, str)}


def _last_step(obj: dict[str, Any]) -> str | None:
    """The name of a ``BreadcrumbList``'s last step (by ``position``, else by order)."""
    items = obj.get("itemListElement")
    steps = [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []

    def position(step: dict[str, Any]) -> float:
        try:
            return float(step.get("position") or 0)
        except (TypeError, ValueError):
            return 0.0

    if not steps:
        return None
    last = max(reversed(steps), key=position)
    name = last.get("name")
    if not isinstance(name, str) and isinstance(last.get("item"), dict):
        name = last["item"].get("name")
    return name if isinstance(name, str) else None


def markup_fields(source: str | bytes) -> dict[str, list[str]]:
    """The title-bearing fields of an HTML page, by the names of :data:`FIELDS` (read here with lxml,
    apart from the library's own reading, so that the sorting does not take its choices for
    granted), and ``site``: og:site_name."""
    fields: dict[str, list[str]] = {name: [] for name in (*FIELDS, "site")}
    try:
        root = lxml.html.fromstring(source)
    except (etree.ParserError, ValueError):
        return fields
    h1s = [t for el in root.iter("h1") if (t := normalise(" ".join(el.itertext())))][:10]
    fields["<h1>"], fields["later <h1>"] = h1s[:1], h1s[1:]
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        content = normalise(el.get("content") or "")
        for name, wanted in (("og:title", "og:title"), ("twitter:title", "twitter:title"), ("site", "og:site_name")):
            if key == wanted and content and not fields[name]:
                fields[name].append(content)
    for obj in _ld_objects(root):
        for key, name in (("headline", "JSON-LD headline"), ("name", "JSON-LD name")):
            if isinstance(value := obj.get(key), str) and normalise(value):
                fields[name].append(normalise(value))
        if "breadcrumblist" in _ld_types(obj) and not fields["breadcrumb"] and (step := _last_step(obj)):
            fields["breadcrumb"].append(normalise(step))
    title = next((t for el in root.iter("title") if (t := normalise(" ".join(el.itertext())))), None)
    if title:
        site = fields["site"][0] if fields["site"] else None
        fields["<title>"] = [title]
        fields["<title> without suffix"] = [strip_site(title, site)]
        parts = [title]
        for sep in _TITLE_FIELDS:
            parts = [piece.strip() for part in parts for piece in part.split(sep)]
        fields["<title> field"] = [part for part in parts if part] if len(parts) > 1 else []
    return fields


def sort_miss(
    fields: dict[str, list[str]], truth: str, got: str | None, same_title: Callable[[str, str], bool]
) -> tuple[list[str], list[str]]:
    """Where the markup prints the truth, and which fields the title given agrees with (each a
    list of :data:`FIELDS` names; ``["nowhere"]`` and ``["none"]`` where none does). A stated
    field (og:title, twitter:title, JSON-LD) holds a title with or without its site suffix; of the
    ``<title>``'s three readings only the first that holds it counts (whole, without its suffix, a
    field). A title given that agrees with og:site_name is marked ``site name``."""
    site = fields["site"][0] if fields["site"] else None

    def holding(text: str) -> list[str]:
        names = [
            name
            for name in FIELDS[:7]
            if any(same_title(v, text) or same_title(strip_site(v, site), text) for v in fields[name])
        ]
        whole = next((name for name in FIELDS[7:] if any(same_title(v, text) for v in fields[name])), None)
        return [*names, *([whole] if whole else [])]

    where = holding(truth) or ["nowhere"]
    if got is None:
        return where, ["no title"]
    given = holding(got)
    if any(same_title(v, got) for v in fields["site"]):
        given.append("site name")
    return where, given or ["none"]


_WORDS = re.compile(r"\w+")
TEXT_PLACES = ("a line", "a line's first field", "inside a longer line", "nowhere")
"""Where ``--sources`` finds a text page's title truth: a line of the text whole, the first field of a
line that adds its site or section (" | ", " – ", …: "Travel Insurance | Allianz"), the truth's
words whole and in order inside a longer line, or nowhere."""


def _first_field(line: str) -> str | None:
    cuts = [i for sep in _TITLE_FIELDS if (i := line.find(sep)) > 0]
    return line[: min(cuts)].strip() if cuts else None


def _place(lines: list[str], text: str, same_title: Callable[[str, str], bool]) -> str:
    """The first of :data:`TEXT_PLACES` that holds ``text`` among the text's ``lines``."""
    if any(same_title(line, text) for line in lines):
        return TEXT_PLACES[0]
    if any((head := _first_field(line)) and same_title(head, text) for line in lines):
        return TEXT_PLACES[1]
    words = " ".join(_WORDS.findall(text.casefold()))
    if words and any(f" {words} " in f" {' '.join(_WORDS.findall(line.casefold()))} " for line in lines):
        return TEXT_PLACES[2]
    return TEXT_PLACES[3]


def sort_text_miss(
    source: str, truth: str, got: str | None, same_title: Callable[[str, str], bool]
) -> tuple[list[str], list[str]]:
    """Where a text page prints its title truth and the title given (:func:`_place`; ``["no title"]``
    where none was given), read off the text's lines apart from the library. A truth printed as a line
    is within the rules' reach; the library's candidates and their weights are not read here (a line
    printed may be weighed under another, or stand where no candidate is taken)."""
    lines = [line.strip() for line in source.splitlines() if line.strip()]
    where = _place(lines, truth, same_title)
    return [where], ["no title"] if got is None else [_place(lines, got, same_title)]


def print_sources(rows: list[tuple[str, list[str], list[str]]]) -> None:
    """Counts of the misses by where the truth is and by what was given instead, each by page kind."""
    for label, column in (("truth in", 1), ("given from", 2)):
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for row in rows:
            for name in row[column]:
                counts[name][row[0]] += 1
        print(f"    misses by {label} (a page counts under each field that holds it):")
        for name, kinds in sorted(counts.items(), key=lambda item: -sum(item[1].values())):
            detail = ", ".join(f"{kind} {n}" for kind, n in kinds.most_common())
            print(f"      {name:<24} {sum(kinds.values()):>4}  ({detail})")


def page_urls(truth: dict[str, Any], args: argparse.Namespace) -> dict[str, str | None]:
    """Each page's address from the ground truth (``clean(url=...)``), none with ``--no-url``."""
    return {} if args.no_url else {pid: truth[pid].get("url") or None for pid in truth}


def url_note(args: argparse.Namespace) -> str:
    return "; clean() not given the page's url" if args.no_url else "; clean() given the page's url"


def share(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "-"


def wcxb(args: argparse.Namespace, same_title: Callable[[str, str], bool]) -> None:
    data = args.wcxb
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    meta = json.loads((data / "meta.json").read_text(encoding="utf-8"))
    ids = sorted(pid for pid in truth if args.half == "all" or domain_half(meta[pid]["domain"]) == args.half)
    urls = page_urls(truth, args)
    print(f"wcxb-dev: {len(ids)} pages (half {args.half}; halves by a hash of the domain){url_note(args)}")
    for which in args.inputs:
        results, seconds = run(data, ids, which, urls)
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
        sorted_misses: dict[str, tuple[list[str], list[str]]] = {}
        if args.sources and which == "html":
            for pid, _kind, want, got in misses:
                source = read_source(data, pid, which)
                fields = markup_fields(source) if source is not None else {n: [] for n in (*FIELDS, "site")}
                sorted_misses[pid] = sort_miss(fields, want or "", got, same_title)
            print_sources([(kind, *sorted_misses[pid]) for pid, kind, _want, _got in misses])
        elif args.sources:
            for pid, _kind, want, got in misses:
                text = read_source(data, pid, which)
                sorted_misses[pid] = sort_text_miss(str(text or ""), want or "", got, same_title)
            print_sources([(kind, *sorted_misses[pid]) for pid, kind, _want, _got in misses])
        for pid, kind, want, got in misses[: args.misses]:
            print(f"    miss {pid} {kind:<13} truth {want!r:.90}\n{'':<28}got   {got!r:.90}")
            if pid in sorted_misses:
                where, given = sorted_misses[pid]
                print(f"{'':<28}truth in {', '.join(where)}; given from {', '.join(given)}")


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
    urls = page_urls(truth, args)
    html, _ = run(data, ids, "html", urls)
    print(f"scrapinghub: {len(ids)} pages; the text's title and date against the HTML page's{url_note(args)}")
    print(
        f"  html       title found {sum(1 for p in html.values() if p.article.title)}"
        f"   date found {sum(1 for p in html.values() if p.article.published)}"
    )
    for which in [w for w in args.inputs if w != "html"]:
        text, _ = run(data, ids, which, urls)
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
    ap.add_argument(
        "--sources",
        action="store_true",
        help="wcxb-dev: count the wrong titles by where the markup (HTML) or the text's lines (innertext) "
        "print the truth and what was given",
    )
    ap.add_argument(
        "--no-url",
        action="store_true",
        help="call clean() without the page's address (by default it is given, as users call it)",
    )
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
