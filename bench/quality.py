#!/usr/bin/env python3
"""Quality and speed of ``clean()`` on the 181-page article-extraction benchmark, or on wcxb-dev.

For each rendering of the pages (``text-innertext``, ``text-bs4``, ``text-htmltext``,
``text-alttext``, and ``html``) it cleans every page, writes the predictions to
``bench/out/<rendering>.json``, scores them with the benchmark's own scorer (imported,
not copied) and prints one table beside the keep-everything baseline of the same run.

With ``--set wcxb`` it reads ``../shared/eval/wcxb-dev`` (1,330 pages of seven kinds), passes
each page's URL to ``clean(url=...)`` (``--no-url``: none), and also prints F1 / P / R per page type and how often
``page.page_type`` matched the label. ``--fold K/N`` keeps the pages whose domain hashes to fold
K of N (a stable hash, so every run and every script splits alike): tune on one fold, report the
other. On the 181 pages no URL is passed unless ``--with-url`` (each page's from its ground truth, as a
user who has the address passes it; the figures quoted in the README are without).

    python3 dev.py bench                                  # every rendering
    python3 dev.py bench --renderings text-innertext --per-page 5
    python3 dev.py bench --favor precision --half even    # tune on even ids, check odd
    python3 dev.py bench --set wcxb --renderings html text-innertext --fold 1/2
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

from common import load_module
from pagecleaner import CleanedPage, Cleaner, Settings
from pagecleaner.decode import InputFormatArg
from pagecleaner.pagetype import Models, load_models

ROOT = Path(__file__).resolve().parent.parent
RENDERINGS = ("text-innertext", "text-bs4", "text-htmltext", "text-alttext", "html")
OUT = ROOT / "bench" / "out"
SETS = {"scrapinghub": "scrapinghub", "wcxb": "wcxb-dev"}
WCXB_RENDERINGS = ("html", "text-innertext", "text-alttext")
# ../shared/eval beside the checkout (or beside the folder of worktrees).
EVAL = next(
    (p for p in (ROOT.parent / "shared" / "eval", ROOT.parent.parent / "shared" / "eval") if p.exists()),
    ROOT.parent / "shared" / "eval",
)


def domain_fold(domain: str, folds: int) -> int:
    """The fold (0 .. folds - 1) of a site: a stable hash of its domain, the same in every run."""
    name = domain.lower().removeprefix("www.")
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big") % folds


def parse_fold(value: str) -> tuple[int, int]:
    """``K/N`` → (K, N): fold K of N."""
    try:
        k, n = (int(x) for x in value.split("/"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"--fold wants K/N, such as 0/2, not {value!r}") from None
    if not 0 <= k < n:
        raise argparse.ArgumentTypeError(f"--fold {value}: K must be in 0..N-1")
    return k, n


def page_domain(pid: str, truth: dict[str, Any], meta: dict[str, Any]) -> str:
    """The page's domain: from meta.json, else from the ground truth's URL, else the id itself."""
    if pid in meta and meta[pid].get("domain"):
        return str(meta[pid]["domain"])
    return urlsplit(str(truth[pid].get("url") or "")).hostname or pid


def fold_ids(ids: list[str], truth: dict[str, Any], meta: dict[str, Any], fold: tuple[int, int] | None) -> list[str]:
    if fold is None:
        return ids
    k, n = fold
    return [pid for pid in ids if domain_fold(page_domain(pid, truth, meta), n) == k]


def page_ids(truth: dict[str, Any], half: str) -> list[str]:
    """All ids, or the even / odd positions of the sorted ids (a tuning / held-out split)."""
    ids = sorted(truth)
    if half == "even":
        return ids[0::2]
    if half == "odd":
        return ids[1::2]
    return ids


def read_pages(data: Path, rendering: str, ids: list[str]) -> dict[str, str | bytes]:
    pages: dict[str, str | bytes] = {}
    for pid in ids:
        if rendering == "html":
            path = data / "html" / f"{pid}.html.gz"
            if path.exists():
                pages[pid] = gzip.decompress(path.read_bytes())
        else:
            path = data / rendering / f"{pid}.txt"
            if path.exists():
                pages[pid] = path.read_text(encoding="utf-8")
    return pages


def page_urls(
    truth: dict[str, Any], wcxb: bool, *, with_url: bool = False, no_url: bool = False
) -> dict[str, str | None]:
    """The url ``clean()`` is given for each page: its ground truth's on wcxb-dev (unless ``no_url``),
    on the 181 pages only with ``with_url``."""
    if no_url or not (wcxb or with_url):
        return {}
    return {pid: truth[pid].get("url") or None for pid in truth}


def keep_everything(source: str | bytes) -> str:
    text = source.decode("utf-8", "replace") if isinstance(source, bytes) else source
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def timed(
    pages: dict[str, str | bytes], extract: Callable[[str | bytes], str]
) -> tuple[dict[str, dict[str, str]], float]:
    preds: dict[str, dict[str, str]] = {}
    start = time.perf_counter()
    for pid, source in pages.items():
        preds[pid] = {"articleBody": extract(source)}
    elapsed = time.perf_counter() - start
    return preds, len(pages) / elapsed if elapsed else float("inf")


def run_cleaner(
    pages: dict[str, str | bytes],
    fmt: InputFormatArg,
    settings: Settings,
    urls: dict[str, str | None] | None = None,
    models: Models | None = None,
    given: dict[str, str] | None = None,
    disable: tuple[str, ...] = (),
) -> tuple[dict[str, CleanedPage], float]:
    cleaner = Cleaner(settings=settings, page_type_models=models).disable(*disable)
    results: dict[str, CleanedPage] = {}
    urls, given = urls or {}, given or {}
    start = time.perf_counter()
    for pid, source in pages.items():
        results[pid] = cleaner.clean(source, input_format=fmt, url=urls.get(pid), page_type=given.get(pid))
    elapsed = time.perf_counter() - start
    return results, len(pages) / elapsed if elapsed else float("inf")


def by_type(
    scorer: ModuleType,
    truth: dict[str, Any],
    meta: dict[str, Any],
    preds: dict[str, dict[str, str]],
    base_preds: dict[str, dict[str, str]],
    results: dict[str, CleanedPage],
) -> None:
    """F1 / P / R per page type beside keep-everything, and how often the detected type was right."""
    types = sorted({str(m["page_type"]) for pid, m in meta.items() if pid in truth})
    print(f"  {'page type':<14} {'pages':>5} {'F1':>6} {'P':>6} {'R':>6}   keep-all {'F1':>6}   type found")
    hits_all = 0
    for name in [*types, "all"]:
        keys = [pid for pid in truth if name == "all" or meta.get(pid, {}).get("page_type") == name]
        if not keys:
            continue
        sub = {pid: truth[pid] for pid in keys}
        ours, base = scorer.score(sub, preds), scorer.score(sub, base_preds)
        hits = sum(1 for pid in keys if pid in results and _type_of(results[pid]) == meta[pid]["page_type"])
        if name != "all":
            hits_all += hits
        else:
            hits = hits_all
        print(
            f"  {name:<14} {len(keys):5d} {ours['f1']:6.3f} {ours['precision']:6.3f} {ours['recall']:6.3f}"
            f"   {'':<8} {base['f1']:6.3f}   {hits / len(keys):6.3f}"
        )


def _type_of(page: CleanedPage) -> str | None:
    found = getattr(page, "page_type", None)
    return None if found is None else str(getattr(found, "value", found))


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def explain(scorer: ModuleType, truth: dict[str, Any], results: dict[str, CleanedPage], worst: int) -> None:
    """The pages with the lowest F1, with sample lines wrongly kept and wrongly dropped."""
    rows = []
    for pid, page in results.items():
        tp, fp, fn = scorer.page_counts(truth[pid]["articleBody"], page.article.text)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
        rows.append((f1, tp, fp, fn, pid))
    rows.sort()
    for f1, _tp, fp, fn, pid in rows[:worst]:
        page, body = results[pid], _norm(truth[pid]["articleBody"])
        kind = f"  [{_type_of(page)}]" if _type_of(page) else ""
        print(f"\n== {pid[:16]}  F1 {f1:.3f}  fp {fp:.2f}  fn {fn:.2f}{kind}  {truth[pid].get('url', '')}")
        kept = [p for p in page.article.paragraphs if _norm(p) not in body]
        dropped = [r for r in page.removed if len(_norm(r.text)) > 3 and _norm(r.text) in body]
        for p in kept[:12]:
            print(f"   + kept     {p[:110]!r}")
        for r in dropped[:12]:
            print(f"   - dropped  [{r.rule}] {' '.join(r.text.split())[:100]!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument(
        "--set", choices=tuple(SETS), default="scrapinghub", help="which shared data set (default 181 pages)"
    )
    ap.add_argument("--data", type=Path, help="the data folder (default ../shared/eval/<set>)")
    ap.add_argument("--score", type=Path, default=EVAL / "score.py")
    ap.add_argument("--renderings", nargs="+", choices=RENDERINGS, help="default: all the set has")
    ap.add_argument("--per-page", type=int, default=0, metavar="N", help="list the N worst pages")
    ap.add_argument("--favor", choices=("precision", "balanced", "recall"), default="balanced")
    ap.add_argument("--half", choices=("all", "even", "odd"), default="all", help="pages by sorted-id position")
    ap.add_argument("--fold", type=parse_fold, metavar="K/N", help="only the pages whose domain hashes to fold K of N")
    ap.add_argument(
        "--folds", type=int, default=0, metavar="N", help="also print the per-type table of each of N folds"
    )
    ap.add_argument(
        "--pagetype-model",
        type=Path,
        metavar="JSON",
        help="page-type models to use (bench/train_pagetype.py --fit-fold)",
    )
    ap.add_argument(
        "--labelled-types", action="store_true", help="pass the labelled page type (wcxb) instead of detecting it"
    )
    ap.add_argument("--disable", nargs="+", default=[], metavar="RULE", help="switch these rules off (ablation)")
    ap.add_argument("--types", nargs="+", metavar="TYPE", help="only pages of these labelled types (wcxb)")
    given_url = ap.add_mutually_exclusive_group()
    given_url.add_argument(
        "--with-url", action="store_true", help="pass each page's url from its ground truth on the 181 pages too"
    )
    given_url.add_argument("--no-url", action="store_true", help="pass no url, on wcxb-dev too")
    args = ap.parse_args(argv)
    if args.data is None:
        args.data = EVAL / SETS[args.set]
    if args.renderings is None:
        args.renderings = list(WCXB_RENDERINGS if args.set == "wcxb" else RENDERINGS)

    if not (args.data / "ground-truth.json").exists():
        print(f"no evaluation data at {args.data} (expected ground-truth.json there); pass --data", file=sys.stderr)
        return 2
    if not args.score.exists():
        print(f"no scorer at {args.score}; pass --score", file=sys.stderr)
        return 2
    scorer = load_module(args.score, "score")
    truth_all = json.loads((args.data / "ground-truth.json").read_text(encoding="utf-8"))
    meta_path = args.data / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    ids = fold_ids(page_ids(truth_all, args.half), truth_all, meta, args.fold)
    if args.types:
        ids = [pid for pid in ids if meta.get(pid, {}).get("page_type") in args.types]
    truth = {pid: truth_all[pid] for pid in ids}
    urls = page_urls(truth, bool(meta), with_url=args.with_url, no_url=args.no_url)
    settings = Settings(favor=args.favor)
    models = load_models(json.loads(args.pagetype_model.read_text())) if args.pagetype_model else None
    OUT.mkdir(parents=True, exist_ok=True)

    fold = f", fold {args.fold[0]}/{args.fold[1]} by domain" if args.fold else ""
    url_note = "given the url" if urls else "no url"
    print(f"{len(ids)} pages of {args.data.name} ({args.half}{fold}), favor={args.favor}, {url_note}")
    header = f"{'rendering':<16} {'F1':>6} {'P':>6} {'R':>6} {'pages/s':>8}   keep-everything {'F1':>6} {'P':>6} {'R':>6} {'pages/s':>8}"
    print(header)
    for rendering in args.renderings:
        pages = read_pages(args.data, rendering, ids)
        fmt: InputFormatArg = "html" if rendering == "html" else "text"
        try:
            given = {pid: meta[pid]["page_type"] for pid in ids} if args.labelled_types else None
            results, speed = run_cleaner(pages, fmt, settings, urls, models, given, tuple(args.disable))
        except NotImplementedError:
            print(f"{rendering}: not supported yet")
            continue
        preds = {pid: {"articleBody": page.article.text} for pid, page in results.items()}
        out = OUT / (f"{args.set}-{rendering}.json" if meta else f"{rendering}.json")
        out.write_text(json.dumps(preds, ensure_ascii=False), encoding="utf-8")
        base_preds, base_speed = timed(pages, keep_everything)
        ours, base = scorer.score(truth, preds), scorer.score(truth, base_preds)
        print(
            f"{rendering:<16} {ours['f1']:6.3f} {ours['precision']:6.3f} {ours['recall']:6.3f} {speed:8.0f}"
            f"   {'':<15} {base['f1']:6.3f} {base['precision']:6.3f} {base['recall']:6.3f} {base_speed:8.0f}"
        )
        if meta:
            by_type(scorer, truth, meta, preds, base_preds, results)
            for k in range(args.folds):
                part = {pid: truth[pid] for pid in fold_ids(list(truth), truth, meta, (k, args.folds))}
                print(f"  -- fold {k}/{args.folds} by domain: {len(part)} pages")
                by_type(scorer, part, meta, preds, base_preds, results)
        if args.per_page:
            explain(scorer, truth, results, args.per_page)
    return 0


if __name__ == "__main__":
    sys.exit(main())
