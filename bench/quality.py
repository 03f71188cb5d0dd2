#!/usr/bin/env python3
"""Quality and speed of ``clean()`` on the 181-page article-extraction benchmark.

For each rendering of the pages (``text-innertext``, ``text-bs4``, ``text-htmltext``,
``text-alttext``, and ``html``) it cleans every page, writes the predictions to
``bench/out/<rendering>.json``, scores them with the benchmark's own scorer (imported,
not copied) and prints one table beside the keep-everything baseline of the same run.

    python3 dev.py bench                                  # every rendering
    python3 dev.py bench --renderings text-innertext --per-page 5
    python3 dev.py bench --favor precision --half even    # tune on even ids, check odd
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from pagecleaner import CleanedPage, Settings, clean

ROOT = Path(__file__).resolve().parent.parent
RENDERINGS = ("text-innertext", "text-bs4", "text-htmltext", "text-alttext", "html")
OUT = ROOT / "bench" / "out"


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot import the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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


def run_cleaner(pages: dict[str, str | bytes], fmt: str, settings: Settings) -> tuple[dict[str, CleanedPage], float]:
    results: dict[str, CleanedPage] = {}
    start = time.perf_counter()
    for pid, source in pages.items():
        results[pid] = clean(source, input_format=fmt, settings=settings)  # type: ignore[arg-type]
    elapsed = time.perf_counter() - start
    return results, len(pages) / elapsed if elapsed else float("inf")


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
        print(f"\n== {pid[:16]}  F1 {f1:.3f}  fp {fp:.2f}  fn {fn:.2f}  {truth[pid].get('url', '')}")
        kept = [p for p in page.article.paragraphs if _norm(p) not in body]
        dropped = [r for r in page.removed if len(_norm(r.text)) > 3 and _norm(r.text) in body]
        for p in kept[:12]:
            print(f"   + kept     {p[:110]!r}")
        for r in dropped[:12]:
            print(f"   - dropped  [{r.rule}] {' '.join(r.text.split())[:100]!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "scrapinghub")
    ap.add_argument("--score", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--renderings", nargs="+", choices=RENDERINGS, default=list(RENDERINGS))
    ap.add_argument("--per-page", type=int, default=0, metavar="N", help="list the N worst pages")
    ap.add_argument("--favor", choices=("precision", "balanced", "recall"), default="balanced")
    ap.add_argument("--half", choices=("all", "even", "odd"), default="all", help="pages by sorted-id position")
    args = ap.parse_args(argv)

    if not (args.data / "ground-truth.json").exists():
        print(f"no evaluation data at {args.data} (expected ground-truth.json there); pass --data", file=sys.stderr)
        return 2
    if not args.score.exists():
        print(f"no scorer at {args.score}; pass --score", file=sys.stderr)
        return 2
    scorer = load_scorer(args.score)
    truth_all = json.loads((args.data / "ground-truth.json").read_text(encoding="utf-8"))
    ids = page_ids(truth_all, args.half)
    truth = {pid: truth_all[pid] for pid in ids}
    settings = Settings(favor=args.favor)
    OUT.mkdir(parents=True, exist_ok=True)

    print(f"{len(ids)} pages ({args.half}), favor={args.favor}")
    header = f"{'rendering':<16} {'F1':>6} {'P':>6} {'R':>6} {'pages/s':>8}   keep-everything {'F1':>6} {'P':>6} {'R':>6} {'pages/s':>8}"
    print(header)
    for rendering in args.renderings:
        pages = read_pages(args.data, rendering, ids)
        fmt = "html" if rendering == "html" else "text"
        try:
            results, speed = run_cleaner(pages, fmt, settings)
        except NotImplementedError:
            print(f"{rendering}: not supported yet")
            continue
        preds = {pid: {"articleBody": page.article.text} for pid, page in results.items()}
        (OUT / f"{rendering}.json").write_text(json.dumps(preds, ensure_ascii=False), encoding="utf-8")
        base_preds, base_speed = timed(pages, keep_everything)
        ours, base = scorer.score(truth, preds), scorer.score(truth, base_preds)
        print(
            f"{rendering:<16} {ours['f1']:6.3f} {ours['precision']:6.3f} {ours['recall']:6.3f} {speed:8.0f}"
            f"   {'':<15} {base['f1']:6.3f} {base['precision']:6.3f} {base['recall']:6.3f} {base_speed:8.0f}"
        )
        if args.per_page:
            explain(scorer, truth, results, args.per_page)
    return 0


if __name__ == "__main__":
    sys.exit(main())
