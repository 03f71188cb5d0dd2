#!/usr/bin/env python3
"""HTML extraction quality on the 181-page benchmark, split into the even- and odd-indexed halves.

    python bench/html_quality.py [--data ../shared/eval/scrapinghub] [--worst 10] [--save PRED.json]

Rules are tuned on the even half (page ids sorted); the odd half shows over-fitting. Also
prints how often the markup gave a title and a publication date.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

from common import EVAL
from pagecleaner import clean


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=EVAL / "scrapinghub")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages with the lowest F1")
    ap.add_argument("--save", type=Path, help="write predictions as JSON")
    args = ap.parse_args(argv)
    truth_path = args.data / "ground-truth.json"
    if not truth_path.exists():
        sys.exit(f"no benchmark data at {args.data} (expected ground-truth.json and html/); pass --data")
    sys.path.insert(0, str(args.data.parent))
    import score  # the shared scorer, next to the data

    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    ids = sorted(truth)
    pred, titles, dates = {}, 0, 0
    start = time.perf_counter()
    for key in ids:
        html = gzip.decompress((args.data / "html" / f"{key}.html.gz").read_bytes())
        page = clean(html, input_format="html", url=truth[key].get("url"))
        pred[key] = {"articleBody": page.article.text}
        titles += page.article.title is not None
        dates += page.article.published is not None
    elapsed = time.perf_counter() - start
    for name, keys in (("all", ids), ("even", ids[0::2]), ("odd", ids[1::2])):
        r = score.score({k: truth[k] for k in keys}, pred)
        print(f"{name:>4} ({len(keys):3} pages)  F1 {r['f1']:.4f}  P {r['precision']:.4f}  R {r['recall']:.4f}")
    print(f"title found on {titles}/{len(ids)} pages, published date on {dates}/{len(ids)}; {elapsed:.1f}s")
    if args.worst:
        per = score.score(truth, pred)["per_page"]
        f1 = {k: (2 * tp / (2 * tp + fp + fn) if tp else 0.0) for k, (tp, fp, fn) in per.items()}
        for k in sorted(f1, key=lambda k: f1[k])[: args.worst]:
            _, fp, fn = per[k]
            print(f"  {k} {'even' if ids.index(k) % 2 == 0 else 'odd '} F1 {f1[k]:.3f} fp {fp:.3f} fn {fn:.3f}")
    if args.save:
        args.save.write_text(json.dumps(pred, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
