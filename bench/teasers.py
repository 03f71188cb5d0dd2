#!/usr/bin/env python3
"""Related-article teasers on the 181-page benchmark, scored against the hand-made labels.

Cleans every page of each rendering (the text renderings and the HTML), writes the teasers in
the scorer's format to ``bench/out/teasers-<rendering>.json``, scores them with the labels'
own scorer (``teaser_score.py``, imported, not copied) and prints precision, recall, F1 and the
agreement of summary, source and age on matched teasers: on all pages and on each half.

The halves are by domain: each page's host (from ``ground-truth.json``'s URL, ``www.`` dropped)
is hashed, so pages of one site never fall on both sides. Rules were written looking at half
``a`` only; half ``b`` shows how they hold on sites not looked at.

    python3 bench/teasers.py                               # innertext and HTML, all / a / b
    python3 bench/teasers.py --renderings text-innertext text-bs4 text-htmltext text-alttext html
    python3 bench/teasers.py --half a --worst 10           # the pages of half a with most errors
    python3 bench/teasers.py --half a --show fp            # half a's false teasers (or: fn, the misses)
    python3 bench/teasers.py --set wcxb --fold 0/2         # teasers found on wcxb-dev, per page type

wcxb-dev has no teaser labels. Its pages of other kinds than ``article`` (forum, product,
documentation, service, listing, collection) rarely print related-article teasers, and a
listing's or collection's items are the page's content, not teasers around it. ``--set wcxb``
counts, per labelled page type, the pages with teasers, the teasers, and how many of those
have a title inside the truth's text (the page's own content read as a teaser).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

from common import EVAL, load_module
from pagecleaner import CleanedPage, clean
from pagecleaner.decode import InputFormatArg
from quality import fold_ids, parse_fold

ROOT = Path(__file__).resolve().parent.parent
RENDERINGS = ("text-innertext", "text-bs4", "text-htmltext", "text-alttext", "html")
OUT = ROOT / "bench" / "out"



def host(url: str) -> str:
    name = (urlsplit(url).hostname or "").lower()
    return name[4:] if name.startswith("www.") else name


def half_of(url: str) -> str:
    """``a`` or ``b``: a stable hash of the page's host, so one site is on one side only."""
    return "ab"[hashlib.sha256(host(url).encode()).digest()[0] % 2]


def read_page(data: Path, rendering: str, pid: str) -> str | bytes | None:
    if rendering == "html":
        path = data / "html" / f"{pid}.html.gz"
        return gzip.decompress(path.read_bytes()) if path.exists() else None
    path = data / rendering / f"{pid}.txt"
    return path.read_text(encoding="utf-8") if path.exists() else None


def prediction(page: CleanedPage) -> dict[str, Any]:
    return {
        "teasers": [
            {
                "title": t.title,
                "summary": t.summary,
                "source": t.source,
                "age": t.age,
                "block": t.block,
                "sponsored": t.sponsored,
                "url": t.url,
            }
            for t in page.related
        ]
    }


def line(name: str, m: dict[str, Any]) -> str:
    return (
        f"{name:<22} {m['pages']:5d} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} "
        f"{m['tp']:5d} {m['fp']:5d} {m['fn']:5d}   {m['summary_ok']:.3f}  {m['source_ok']:.3f}  {m['age_ok']:.3f}"
    )


def worst(scorer: ModuleType, labels: dict[str, Any], preds: dict[str, Any], n: int, truth: dict[str, Any]) -> None:
    per = scorer.score(labels, preds)["per_page"]
    rows = sorted(per.items(), key=lambda kv: -(kv[1]["fp"] + kv[1]["fn"]))
    for pid, r in rows[:n]:
        print(f"   {pid[:16]} tp {r['tp']:3d} fp {r['fp']:3d} fn {r['fn']:3d}  {host(truth[pid].get('url', ''))}")


def show(scorer: ModuleType, labels: dict[str, Any], preds: dict[str, Any], what: str, truth: dict[str, Any]) -> None:
    """Print each page's false teasers (``fp``) or missed labels (``fn``), with the labeller's notes."""
    for pid in sorted(labels):
        lab = labels[pid]["teasers"]
        used: set[int] = set()
        wrong: list[dict[str, Any]] = []
        for p in (preds.get(pid) or {}).get("teasers") or []:
            hit = next(
                (k for k, t in enumerate(lab) if k not in used and scorer.same_title(p.get("title") or "", t["title"])),
                None,
            )
            if hit is None:
                wrong.append(p)
            else:
                used.add(hit)
        if what == "fn":
            wrong = [t for k, t in enumerate(lab) if k not in used and not t.get("sponsored")]
        if wrong:
            print(f"== {pid[:16]} {host(truth[pid].get('url', ''))}  notes: {labels[pid].get('notes', '')[:160]}")
            for t in wrong:
                summary = (t.get("summary") or "")[:40]
                print(f"   [{t.get('block')}] {t['title']!r}  s={summary!r} src={t.get('source')!r} age={t.get('age')!r}")


def wcxb(args: argparse.Namespace, scorer: ModuleType) -> int:
    """Teasers ``clean()`` finds on wcxb-dev pages, counted per labelled page type."""
    data = EVAL / "wcxb-dev" if args.data == EVAL / "scrapinghub" else args.data
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    meta = json.loads((data / "meta.json").read_text(encoding="utf-8"))
    ids = fold_ids(sorted(truth), truth, meta, args.fold)
    fold = f", fold {args.fold[0]}/{args.fold[1]} by domain" if args.fold else ""
    print(f"{len(ids)} pages of {data.name}{fold}: teasers found per labelled page type")
    print(f"{'rendering / type':<28} pages  w/teas  teasers  in-truth  per-page")
    for rendering in args.renderings:
        fmt: InputFormatArg = "html" if rendering == "html" else "text"
        counts: dict[str, list[int]] = {}
        for pid in ids:
            source = read_page(data, rendering, pid)
            if source is None:
                continue
            url = truth[pid].get("url") if fmt == "html" else None
            page = clean(source, input_format=fmt, url=url)
            body = f" {scorer.norm(truth[pid].get('articleBody'))} "
            inside = sum(1 for t in page.related if f" {scorer.norm(t.title)} " in body)
            row = counts.setdefault(str(meta.get(pid, {}).get("page_type", "?")), [0, 0, 0, 0])
            row[0] += 1
            row[1] += bool(page.related)
            row[2] += len(page.related)
            row[3] += inside
        total = [sum(r[k] for r in counts.values()) for k in range(4)]
        for name, r in [*sorted(counts.items()), ("all", total)]:
            per = r[2] / r[0] if r[0] else 0.0
            print(f"{rendering + ' ' + name:<28} {r[0]:5d} {r[1]:7d} {r[2]:8d} {r[3]:9d} {per:9.2f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=EVAL / "scrapinghub")
    ap.add_argument("--labels", type=Path, default=EVAL / "teasers-scrapinghub.json")
    ap.add_argument("--score", type=Path, default=EVAL / "teaser_score.py")
    ap.add_argument("--renderings", nargs="+", choices=RENDERINGS, default=["text-innertext", "html"])
    ap.add_argument("--half", choices=("all", "a", "b"), default="all", help="clean only one half (by domain)")
    ap.add_argument("--show", choices=("fp", "fn"), help="print the false teasers (fp) or the misses (fn) of each page")
    ap.add_argument("--set", choices=("scrapinghub", "wcxb"), default="scrapinghub", help="wcxb: counts per page type")
    ap.add_argument("--fold", type=parse_fold, metavar="K/N", help="wcxb: only the pages whose domain hashes to fold K")
    ap.add_argument("--worst", type=int, default=0, metavar="N", help="list the N pages with most errors")
    args = ap.parse_args(argv)

    for path in (args.data / "ground-truth.json", args.labels, args.score):
        if not path.exists():
            print(f"missing {path}; pass --data / --labels / --score", file=sys.stderr)
            return 2
    scorer = load_module(args.score, "teaser_score")
    if args.set == "wcxb":
        return wcxb(args, scorer)
    truth = json.loads((args.data / "ground-truth.json").read_text(encoding="utf-8"))
    labels_all = json.loads(args.labels.read_text(encoding="utf-8"))
    halves = {pid: half_of(truth.get(pid, {}).get("url", "")) for pid in labels_all}
    ids = sorted(pid for pid in labels_all if args.half == "all" or halves[pid] == args.half)
    OUT.mkdir(parents=True, exist_ok=True)

    print(f"{len(ids)} pages, {sum(len(labels_all[p]['teasers']) for p in ids)} labelled teasers")
    print(f"{'rendering / half':<22} pages      P      R     F1    tp    fp    fn   summary source age")
    for rendering in args.renderings:
        preds: dict[str, Any] = {}
        start = time.perf_counter()
        for pid in ids:
            source = read_page(args.data, rendering, pid)
            if source is None:
                continue
            fmt: InputFormatArg = "html" if rendering == "html" else "text"
            url = truth.get(pid, {}).get("url") if fmt == "html" else None
            preds[pid] = prediction(clean(source, input_format=fmt, url=url))
        elapsed = time.perf_counter() - start
        (OUT / f"teasers-{rendering}.json").write_text(json.dumps(preds, ensure_ascii=False), encoding="utf-8")
        for name in ("all", "a", "b"):
            keys = [p for p in ids if name == "all" or halves[p] == name]
            if keys and (name == "all" or args.half == "all"):
                m = scorer.score({k: labels_all[k] for k in keys}, preds)
                print(line(f"{rendering} {name}", m))
        print(f"{'':<22} ({len(preds) / elapsed:.0f} pages/s)")
        if args.worst:
            worst(scorer, {k: labels_all[k] for k in ids}, preds, args.worst, truth)
        if args.show:
            show(scorer, {k: labels_all[k] for k in ids}, preds, args.show, truth)
    return 0


if __name__ == "__main__":
    sys.exit(main())
