#!/usr/bin/env python3
"""What cleaning a page as each kind costs: per page, the F1 of the body cleaned as every candidate kind.

For each wcxb-dev page of a fold it cleans the page once per candidate kind (``--kinds``), forcing only
the kind the rules clean by (the kind reported stays the detection's), scores each body with the
benchmark's scorer, and records the cleaning model's probabilities of every kind for the page (from
``--pagetype-model``, as ``bench/quality.py --pagetype-model`` applies it; fit it on the *other* fold
with ``bench/train_pagetype.py --fit-fold``). It then prints the cost table F1(cleaned as k | labelled
kind j), the mean per-page F1 over the pages of kind j, and the fold's F1 under three decisions: the
detection's own kind (the model's argmax, article under 0.5), the expected-F1 choice
argmax_k sum_j P(j | page) F1(k | j) over the candidate kinds, and the labelled kind (an oracle).

    python3 bench/cleaning_cost.py --fold 0/2 --pagetype-model /tmp/pagetype-fold1.json --save /tmp/cost0.json
    python3 bench/cleaning_cost.py --load /tmp/cost0.json           # the table and decisions again, no cleaning
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from common import EVAL, load_module
from pagecleaner import Cleaner, PageType
from pagecleaner.blocks import Block
from pagecleaner.decode import InputFormatArg
from pagecleaner.markup import Markup
from pagecleaner.pagetype import (
    MAX_BLOCKS,
    NOT_AN_ARTICLE,
    Detection,
    Models,
    default_models,
    load_models,
    page_features,
)
from quality import fold_ids, page_ids, parse_fold, read_pages

CANDIDATES = ("article", "listing", "service", "documentation", "collection")


class ForcedCleaner(Cleaner):
    """A cleaner whose rules clean by ``force`` (when set), reporting the detected kind as ever, and which
    keeps the cleaning model's probabilities of the last page it detected (``last_probabilities``)."""

    force: PageType | None = None
    last_probabilities: dict[str, float] = {}  # noqa: RUF012 (set anew per page, never mutated)
    last_kind: str = "article"

    def _detect(self, blocks: list[Block], url: str | None, markup: Markup, html: bool) -> Detection:
        found = super()._detect(blocks, url, markup, html)
        models: Models = self.page_type_models if self.page_type_models is not None else default_models()
        model = models.get("html" if html else "text")
        self.last_kind = found.kind.value
        if model is not None and blocks:
            title = markup.fields.get("title")
            values = page_features(
                blocks[:MAX_BLOCKS],
                url or markup.url,
                markup.types,
                markup.og_type,
                title if isinstance(title, str) else None,
                model.words,
            )
            self.last_probabilities = {k.value: p for k, p in model.probabilities(values).items()}
        else:
            self.last_probabilities = {"article": 1.0}
        if self.force is None:
            return found
        return Detection(self.force, found.confidence, found.reported, found.reported_confidence)


def page_f1(scorer: Any, truth: str, pred: str) -> float:
    tp, fp, fn = scorer.page_counts(truth, pred)
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def measure(args: argparse.Namespace) -> dict[str, Any]:
    scorer = load_module(args.score, "score")
    truth = json.loads((args.data / "ground-truth.json").read_text(encoding="utf-8"))
    meta = json.loads((args.data / "meta.json").read_text(encoding="utf-8"))
    ids = fold_ids(page_ids(truth, "all"), truth, meta, args.fold)
    if args.types:
        ids = [pid for pid in ids if meta[pid]["page_type"] in args.types]
    if args.limit:
        ids = ids[: args.limit]
    models = load_models(json.loads(args.pagetype_model.read_text())) if args.pagetype_model else None
    cleaner = ForcedCleaner(page_type_models=models)
    pages = read_pages(args.data, args.rendering, ids)
    fmt: InputFormatArg = "html" if args.rendering == "html" else "text"
    rows: dict[str, Any] = {}
    start = time.perf_counter()
    for n, (pid, source) in enumerate(pages.items()):
        url, body = truth[pid].get("url"), truth[pid]["articleBody"]
        cleaner.force = None
        page = cleaner.clean(source, input_format=fmt, url=url)
        row: dict[str, Any] = {
            "label": meta[pid]["page_type"],
            "kind": cleaner.last_kind,
            "reported": page.page_type.value,
            "p": cleaner.last_probabilities,
            "detected": page_f1(scorer, body, page.article.text),
            "f1": {},
        }
        for kind in args.kinds:
            if kind == row["kind"]:
                row["f1"][kind] = row["detected"]
                continue
            cleaner.force = PageType(kind)
            row["f1"][kind] = page_f1(scorer, body, cleaner.clean(source, input_format=fmt, url=url).article.text)
        rows[pid] = row
        if (n + 1) % 100 == 0:
            print(f"  {n + 1} pages, {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return {"rendering": args.rendering, "fold": args.fold, "kinds": list(args.kinds), "pages": rows}


def cost_table(rows: dict[str, Any], kinds: list[str]) -> dict[str, dict[str, float]]:
    """F1(cleaned as k | labelled j): the mean per-page F1, over the pages labelled j, of each k."""
    table: dict[str, dict[str, float]] = {}
    for j in kinds:
        mine = [r for r in rows.values() if r["label"] == j]
        if mine:
            table[j] = {k: sum(r["f1"][k] for r in mine) / len(mine) for k in kinds}
    return table


def choose(
    row: dict[str, Any], table: dict[str, dict[str, float]], kinds: list[str], margin: float, guard: bool = True
) -> str:
    """The kind of greatest expected F1 over the candidate kinds (P renormalised over the kinds in the
    table); the detected kind stays unless the best beats it by ``margin``, or when it is no candidate,
    or (``guard``, as ``pagetype.cleaned_as``) when an article's best is a listing and its probability of
    an article is not under ``pagetype.NOT_AN_ARTICLE``."""
    if row["kind"] not in kinds:
        return str(row["kind"])
    p = {j: row["p"].get(j, 0.0) for j in table}
    total = sum(p.values()) or 1.0
    expected = {k: sum(p[j] / total * table[j][k] for j in table) for k in kinds}
    best = max(kinds, key=lambda k: expected[k])
    if guard and row["kind"] == "article" and best == "listing" and row["p"].get("article", 0.0) >= NOT_AN_ARTICLE:
        return "article"
    return best if expected[best] > expected[row["kind"]] + margin else str(row["kind"])


def report(data: dict[str, Any], table: dict[str, dict[str, float]], margin: float, guard: bool = True) -> None:
    rows, kinds = data["pages"], data["kinds"]
    labels = sorted({r["label"] for r in rows.values()})
    print(f"{len(rows)} pages; cost table F1(cleaned as column | labelled row), mean per-page F1:")
    print(f"  {'labelled':<14} {'pages':>5} " + " ".join(f"{k[:10]:>10}" for k in kinds))
    for j, line in table.items():
        count = sum(1 for r in rows.values() if r["label"] == j)
        print(f"  {j:<14} {count:5d} " + " ".join(f"{line[k]:10.3f}" for k in kinds))
    moved = [(pid, r, choose(r, table, kinds, margin, guard)) for pid, r in rows.items()]
    print(f"decision (margin {margin}): {sum(1 for _, r, c in moved if c != r['kind'])} pages change kind")
    print(f"  {'labelled':<14} {'pages':>5} {'detected':>9} {'expected':>9} {'oracle':>9}   up  down")
    for name in [*labels, "all"]:
        mine = [(r, c) for _, r, c in moved if name in ("all", r["label"])]
        det = sum(r["detected"] for r, _ in mine) / len(mine)
        new = sum(r["f1"].get(c, r["detected"]) for r, c in mine) / len(mine)
        oracle = sum(r["f1"].get(r["label"], r["detected"]) for r, _ in mine) / len(mine)
        up = sum(1 for r, c in mine if r["f1"].get(c, r["detected"]) > r["detected"] + 1e-9)
        down = sum(1 for r, c in mine if r["f1"].get(c, r["detected"]) < r["detected"] - 1e-9)
        print(f"  {name:<14} {len(mine):5d} {det:9.4f} {new:9.4f} {oracle:9.4f} {up:5d} {down:5d}")
    for pid, r, c in moved:
        if c != r["kind"]:
            ps = " ".join(f"{k[:3]} {r['p'].get(k, 0.0):.2f}" for k in kinds)
            print(
                f"    {pid[:10]} {r['label']:<13} {r['kind']:>13} -> {c:<13} {r['detected']:.3f} -> {r['f1'][c]:.3f}  [{ps}]"
            )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=EVAL / "wcxb-dev")
    ap.add_argument("--score", type=Path, default=EVAL / "score.py")
    ap.add_argument("--rendering", default="html", choices=("html", "text-innertext", "text-alttext"))
    ap.add_argument("--fold", type=parse_fold, default=(0, 2), metavar="K/N")
    ap.add_argument("--types", nargs="+", metavar="TYPE", help="only pages of these labelled kinds")
    ap.add_argument("--kinds", nargs="+", default=list(CANDIDATES), help="the candidate kinds to clean as")
    ap.add_argument("--pagetype-model", type=Path, metavar="JSON", help="the page-type models (default shipped)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages (a smoke test)")
    ap.add_argument("--save", type=Path, help="write the per-page figures as JSON")
    ap.add_argument("--load", type=Path, help="read a --save file instead of cleaning")
    ap.add_argument("--table", type=Path, help="decide by this cost table (JSON) instead of the pages' own")
    ap.add_argument("--margin", type=float, default=0.03, help="expected F1 the choice must gain to move")
    ap.add_argument("--unguarded", action="store_true", help="let an article's choice be a listing")
    args = ap.parse_args(argv)
    if args.load:
        data = json.loads(args.load.read_text(encoding="utf-8"))
    else:
        data = measure(args)
        if args.save:
            args.save.write_text(json.dumps(data), encoding="utf-8")
    table = json.loads(args.table.read_text()) if args.table else cost_table(data["pages"], data["kinds"])
    report(data, table, args.margin, not args.unguarded)
    return 0


if __name__ == "__main__":
    sys.exit(main())
