#!/usr/bin/env python3
"""Does a speed change keep the output the same? Dump ``CleanedPage`` JSON for every page, or diff two dumps.

    python bench/same_output.py dump OUT_DIR [--data ../shared/eval] [--limit N] [--only SET ...]
    python bench/same_output.py diff REF_DIR NEW_DIR

``dump`` cleans every page of scrapinghub (html, text-innertext, text-bs4) and wcxb-dev (html,
text-innertext) with the default rules (no plugins) and writes one JSON line per page to
``OUT_DIR/<corpus>-<rendering>.jsonl``. ``diff`` compares two dumps page by page and prints the
pages whose JSON differs (and the first differing field); it exits 1 if any page differs.

Made for refactors that must not change results: dump once on the commit before, once after,
and diff. Any difference is a bug of the refactor.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from common import EVAL
from pagecleaner import Cleaner
from pagecleaner.decode import InputFormatArg

SETS = (
    ("scrapinghub", "html"),
    ("scrapinghub", "text-innertext"),
    ("scrapinghub", "text-bs4"),
    ("wcxb-dev", "html"),
    ("wcxb-dev", "text-innertext"),
)


def pages(folder: Path, limit: int | None) -> Iterator[tuple[str, bytes | str]]:
    """(page id, raw input) of one rendering's folder, in name order."""
    if folder.name == "html":
        for f in sorted(folder.glob("*.html.gz"))[:limit]:
            yield f.name.removesuffix(".html.gz"), gzip.decompress(f.read_bytes())
    else:
        for f in sorted(folder.glob("*.txt"))[:limit]:
            yield f.stem, f.read_text(encoding="utf-8")


def dump(out: Path, data: Path, limit: int | None, only: list[str] | None = None) -> None:
    """Write every page's CleanedPage JSON; exit with a message when no page is found, since two empty
    dumps would compare as identical."""
    if not any((data / corpus / rendering).is_dir() for corpus, rendering in SETS):
        sys.exit(f"no evaluation data under {data}; pass --data")
    out.mkdir(parents=True, exist_ok=True)
    cleaner = Cleaner(plugins=False)
    for corpus, rendering in SETS:
        if only and f"{corpus}-{rendering}" not in only:
            continue
        fmt: InputFormatArg = "html" if rendering == "html" else "text"
        start, n = time.perf_counter(), 0
        with (out / f"{corpus}-{rendering}.jsonl").open("w", encoding="utf-8") as sink:
            for page_id, raw in pages(data / corpus / rendering, limit):
                page = cleaner.clean(raw, input_format=fmt)
                sink.write(json.dumps({"id": page_id, "page": json.loads(page.model_dump_json())}, ensure_ascii=False))
                sink.write("\n")
                n += 1
        print(f"{corpus}-{rendering}: {n} pages in {time.perf_counter() - start:.1f} s", file=sys.stderr)


def _first_difference(a: object, b: object, path: str = "") -> str:
    if type(a) is not type(b):
        return path or "/"
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(a.keys() | b.keys()):
            if a.get(key) != b.get(key):
                return _first_difference(a.get(key), b.get(key), f"{path}/{key}")
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path} (length {len(a)} != {len(b)})"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _first_difference(x, y, f"{path}/{i}")
    return path or "/"


def diff(ref: Path, new: Path) -> int:
    compared = differing = 0
    for ref_file in sorted(ref.glob("*.jsonl")):
        new_file = new / ref_file.name
        if not new_file.exists():
            print(f"{ref_file.name}: missing in {new}")
            differing += 1
            continue
        old_pages = {r["id"]: r["page"] for r in map(json.loads, ref_file.read_text(encoding="utf-8").splitlines())}
        new_pages = {r["id"]: r["page"] for r in map(json.loads, new_file.read_text(encoding="utf-8").splitlines())}
        for page_id in sorted(old_pages.keys() | new_pages.keys()):
            compared += 1
            if old_pages.get(page_id) != new_pages.get(page_id):
                differing += 1
                where = _first_difference(old_pages.get(page_id), new_pages.get(page_id))
                print(f"{ref_file.stem} {page_id}: differs at {where}")
    print(f"{compared} pages compared, {differing} differ")
    if not compared:
        print("no pages in the dumps: nothing was compared")
        return 1
    return 1 if differing else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="write the CleanedPage JSON of every page")
    d.add_argument("out", type=Path)
    d.add_argument("--data", type=Path, default=EVAL)
    d.add_argument("--limit", type=int, help="only the first N pages of each rendering")
    d.add_argument("--only", nargs="+", metavar="SET", help="only these sets, e.g. wcxb-dev-html scrapinghub-text-bs4")
    c = sub.add_parser("diff", help="compare two dumps page by page")
    c.add_argument("ref", type=Path)
    c.add_argument("new", type=Path)
    args = ap.parse_args(argv)
    if args.command == "dump":
        dump(args.out, args.data, args.limit, args.only)
        return 0
    return diff(args.ref, args.new)


if __name__ == "__main__":
    sys.exit(main())
