#!/usr/bin/env python3
"""Which rule removed the text the truth keeps, and which kept text it drops: losses per rule.

For every page it cleans, the truth's word 4-grams that the prediction misses are credited to the
rule whose removed lines hold them (``CleanedPage.removed`` carries the rule id), as shares of the
page's 4-gram total, the unit of ``score.py``; the kept 4-grams the truth lacks are counted per
page type. Summed over pages, a rule's share is about what the page type's recall would gain
(times pages) if that rule kept its truth text, so the biggest rows are the ones to go after.

    python bench/losses.py --set wcxb --fold 0/2 --rendering html
    python bench/losses.py --set wcxb --fold 0/2 --types product --pages 10 --rule dom.hidden

``--pages N`` lists, per rule shown, the N pages where it removed the most truth text, with a
sample; ``--save`` writes the per-page figures (JSON) for a later ``--compare``, which prints
the pages whose F1 moved most between two runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from common import load_module
from pagecleaner import CleanedPage, Settings
from pagecleaner.cleaner import judged_blocks
from pagecleaner.decode import InputFormatArg, decode
from quality import EVAL, SETS, fold_ids, page_ids, parse_fold, read_pages, run_cleaner

Shingle = tuple[str, ...]


def doc_order(page: CleanedPage, source: str | bytes, fmt: str) -> list[tuple[str, str | None]]:
    """The page's blocks (HTML) or lines (text) in document order, each with the rule that removed it."""
    if fmt == "html":
        s = Settings()
        blocks = judged_blocks(decode(source, s.max_input_bytes, "html").text, s, page)
        removed = list(page.removed)
        out: list[tuple[str, str | None]] = []
        for block in blocks:
            r = removed[0] if removed else None
            if r is not None and (r.start_line, r.end_line, r.text) == (block.start_line, block.end_line, block.raw):
                removed.pop(0)
                out.append((block.text, r.rule))
            else:
                out.append((block.text, None))
        return out
    by_line = {n: r.rule for r in page.removed for n in range(r.start_line, r.end_line + 1)}
    text = source.decode("utf-8", "replace") if isinstance(source, bytes) else source
    return [(line, by_line.get(n)) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]


def attribute(
    scorer: Any, truth: str, page: CleanedPage, order: list[tuple[str, str | None]]
) -> tuple[dict[str, float], float, float, float]:
    """The page's missed truth 4-grams by removing rule (shares of the page's total), and its tp/fp/fn.

    A missed 4-gram is looked up in the page's text in document order; it goes to the rule that
    removed its first removed word, to "(joins)" when all its words were kept (the kept text
    joins differently), and to "(not in blocks)" when the page's blocks never hold it (text in
    scripts or attributes, or worded otherwise in the truth)."""
    t, p = scorer.shingles(truth), scorer.shingles(page.article.text)
    missing: Counter[Shingle] = t - p
    total = sum((t & p).values()) + sum((p - t).values()) + sum(missing.values())
    if not total:
        return {}, 0.0, 0.0, 0.0
    words: list[str] = []
    owners: list[str | None] = []
    for text, rule in order:
        found = scorer.words(text)
        words += found
        owners += [rule] * len(found)
    where: dict[Shingle, list[str]] = defaultdict(list)
    for i in range(len(words) - 3):
        gram = tuple(words[i : i + 4])
        if gram in missing:
            where[gram].append(next((o for o in owners[i : i + 4] if o is not None), "(joins)"))
    by_rule: dict[str, float] = defaultdict(float)
    for gram, n in missing.items():
        places = sorted(where.get(gram, []), key=lambda o: o == "(joins)")
        for k in range(n):
            owner = places[k] if k < len(places) else "(not in blocks)"
            by_rule[owner] += 1 / total
    tp, fp = sum((t & p).values()) / total, sum((p - t).values()) / total
    return dict(by_rule), tp, fp, 1.0 - tp - fp


def samples(scorer: Any, truth: str, page: CleanedPage, rule: str, n: int = 3) -> list[str]:
    """Removed lines of ``rule`` that the truth keeps."""
    t = scorer.shingles(truth)
    out = []
    for r in page.removed:
        if r.rule == rule and (scorer.shingles(r.text) & t):
            out.append(" ".join(r.text.split())[:140])
            if len(out) >= n:
                break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--set", choices=tuple(SETS), default="wcxb")
    ap.add_argument("--data", type=Path)
    ap.add_argument("--score", type=Path, default=EVAL / "score.py")
    ap.add_argument("--rendering", default="html")
    ap.add_argument("--fold", type=parse_fold, metavar="K/N", help="only the pages whose domain hashes to fold K of N")
    ap.add_argument("--types", nargs="+", metavar="TYPE", help="only pages of these labelled types")
    ap.add_argument("--disable", nargs="+", default=[], metavar="RULE")
    ap.add_argument("--top", type=int, default=15, help="rules shown per page type")
    ap.add_argument("--pages", type=int, default=0, metavar="N", help="worst pages per rule shown")
    ap.add_argument("--rule", nargs="+", default=[], help="only list pages for these rules")
    ap.add_argument("--save", type=Path, help="write per-page figures as JSON")
    ap.add_argument("--compare", type=Path, help="a --save file of an earlier run: print the pages that moved")
    args = ap.parse_args(argv)
    data = args.data or EVAL / SETS[args.set]
    scorer = load_module(args.score, "score")
    truth_all = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    meta_path = data / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    ids = fold_ids(page_ids(truth_all, "all"), truth_all, meta, args.fold)
    if args.types:
        ids = [pid for pid in ids if meta.get(pid, {}).get("page_type") in args.types]
    pages = read_pages(data, args.rendering, ids)
    urls = {pid: truth_all[pid].get("url") for pid in ids}
    fmt: InputFormatArg = "html" if args.rendering == "html" else "text"
    results, _ = run_cleaner(pages, fmt, Settings(), urls, disable=tuple(args.disable))

    per_type: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    fp_type: dict[str, float] = defaultdict(float)
    count: Counter[str] = Counter()
    per_page: dict[str, dict[str, Any]] = {}
    for pid, page in results.items():
        kind = str(meta.get(pid, {}).get("page_type", "all"))
        order = doc_order(page, pages[pid], fmt)
        by_rule, tp, fp, fn = attribute(scorer, truth_all[pid]["articleBody"], page, order)
        count[kind] += 1
        fp_type[kind] += fp
        for rule, share in by_rule.items():
            per_type[kind][rule] += share
        f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
        per_page[pid] = {"type": kind, "f1": f1, "tp": tp, "fp": fp, "fn": fn, "rules": by_rule}

    print(f"{'page type':<14} {'pages':>5} {'F1':>6} {'P':>6} {'R':>6}")
    for kind in [*sorted(count, key=lambda k: -count[k]), "all"]:
        sub = {pid: truth_all[pid] for pid, row in per_page.items() if kind in ("all", row["type"])}
        got = scorer.score(sub, {pid: {"articleBody": results[pid].article.text} for pid in sub})
        print(f"{kind:<14} {len(sub):5d} {got['f1']:6.3f} {got['precision']:6.3f} {got['recall']:6.3f}")
    for kind in sorted(per_type, key=lambda k: -count[k]):
        rules = sorted(per_type[kind].items(), key=lambda kv: -kv[1])
        n = count[kind]
        print(f"\n{kind}: {n} pages, kept text the truth lacks {fp_type[kind]:.1f} pages' worth ({fp_type[kind] / n:.3f}/page)")
        for rule, share in rules[: args.top]:
            print(f"  {rule:<28} {share:7.2f} pages' worth   {share / n:.4f}/page")

    if args.pages:
        shown = set(args.rule) or {r for kind in per_type for r, _ in sorted(per_type[kind].items(), key=lambda kv: -kv[1])[:5]}
        for rule in sorted(shown):
            worst = sorted(per_page.items(), key=lambda kv: -kv[1]["rules"].get(rule, 0.0))[: args.pages]
            print(f"\n== {rule}")
            for pid, row in worst:
                if row["rules"].get(rule, 0.0) <= 0:
                    break
                print(f"  {pid} [{row['type']}] lost {row['rules'][rule]:.3f}  F1 {row['f1']:.3f}  {truth_all[pid].get('url', '')}")
                for line in samples(scorer, truth_all[pid]["articleBody"], results[pid], rule):
                    print(f"      {line!r}")

    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        moved = sorted(
            ((per_page[pid]["f1"] - before[pid]["f1"], pid) for pid in per_page if pid in before), key=lambda x: x[0]
        )
        print("\npages that moved most (after - before F1):")
        for delta, pid in [*moved[:15], *moved[-15:]]:
            if abs(delta) > 1e-9:
                print(f"  {delta:+.3f}  {pid} [{per_page[pid]['type']}] {truth_all[pid].get('url', '')}")
    if args.save:
        args.save.write_text(json.dumps(per_page), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
