#!/usr/bin/env python3
"""Fit the page-type model on wcxb-dev and measure it on domains held out of the fit.

For every page (HTML, and its innertext rendering) it computes the features of
``pagecleaner.pagetype`` through the same pipeline ``clean()`` runs, then fits one multinomial
logistic regression per input format (numpy, full-batch gradient descent with L2; numpy comes
with the ``dask`` extra and is needed here only, never at run time). It reports accuracy by
domain fold — each fold scored by a model fitted on the other folds — and writes the model
fitted on every page to ``src/pagecleaner/pagetype_model.json`` (``--write``), or one fitted on
a single fold (``--fit-fold K/N --out PATH``) for reporting cleaning figures on the other folds.

    .venv/bin/python bench/train_pagetype.py                     # 5 folds and halves; nothing written
    .venv/bin/python bench/train_pagetype.py --write             # + the shipped model
    .venv/bin/python bench/train_pagetype.py --fit-fold 0/2 --out bench/out/pagetype-fold0.json
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # tiny matrices: threads only contend on a shared machine
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np

from pagecleaner.decode import decode, detect_format
from pagecleaner.dom import html_segments, parse_html
from pagecleaner.features import make_blocks
from pagecleaner.markup import read_markup
from pagecleaner.models import PageType
from pagecleaner.pagetype import WORD_PREFIX, page_features
from pagecleaner.segment import segment_text
from pagecleaner.settings import Settings
from quality import EVAL, ROOT, domain_fold, parse_fold

MODEL = ROOT / "src" / "pagecleaner" / "pagetype_model.json"
CACHE = ROOT / "bench" / "out" / "pagetype-features.json"
CLASSES = [t.value for t in PageType]
FORMATS = {"html": "html", "text": "text-innertext"}
WORDS = 600
"""Words the HTML model reads as features (chosen per fit by :func:`vocabulary`)."""
TEXT_WORDS = 0
"""Words the text model reads: none. With 600, text held-out accuracy on wcxb-dev rose 0.801 ->
0.850 (5 folds), but on the 181 scrapinghub news pages (never fitted on) it read 12 innertext
articles as listings or a collection (178 -> 168 of 181 read as articles) and their body F1 fell
0.947 -> 0.941: the words of wcxb's few text listings do not hold on news text. The HTML model,
which has the markup beside the words, does not do so (HTML body F1 0.978 -> 0.980)."""
MIN_PAGES = 15
"""A word is a candidate when at least this many of the fitted pages hold it."""


def features_of(source: bytes | str, url: str | None) -> dict[str, float]:
    s = Settings()
    decoded = decode(source, s.max_input_bytes, "auto")
    if detect_format(decoded.text, "auto") == "html":
        parsed = parse_html(decoded.text)
        markup = read_markup(parsed.root, url)
        blocks = make_blocks(html_segments(parsed.root, markup.base))
        title = markup.fields.get("title")
        title_text = title if isinstance(title, str) else None
        return page_features(blocks, url, markup.types, markup.og_type, title_text, words=None)
    return page_features(make_blocks(segment_text(decoded.text)), url, words=None)


def compute(data: Path, truth: dict[str, Any]) -> dict[str, dict[str, dict[str, float]]]:
    """Features of every page, per format (cached in bench/out; delete the cache after a feature change)."""
    if CACHE.exists():
        cached: dict[str, dict[str, dict[str, float]]] = json.loads(CACHE.read_text())
        return cached
    out: dict[str, dict[str, dict[str, float]]] = {"html": {}, "text": {}}
    for n, pid in enumerate(sorted(truth)):
        url = truth[pid].get("url")
        html = gzip.decompress((data / "html" / f"{pid}.html.gz").read_bytes())
        out["html"][pid] = features_of(html, url)
        text = (data / FORMATS["text"] / f"{pid}.txt").read_text(encoding="utf-8")
        out["text"][pid] = features_of(text, url) if text.strip() else {}
        if n % 200 == 0:
            print(f"  features: {n} pages", file=sys.stderr)
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    CACHE.write_text(json.dumps(out))
    return out


Params = dict[str, np.ndarray]


def fit(x: np.ndarray, y: np.ndarray, l2: float, hidden: int, steps: int = 1500, lr: float = 0.02) -> Params:
    """Softmax regression, or a one-hidden-layer tanh network, by full-batch Adam with L2.

    Deterministic: the hidden layer starts from a fixed seed.
    """
    n, d = x.shape
    k = len(CLASSES)
    rng = np.random.default_rng(0)
    params: Params = {"w": np.zeros((k, hidden or d)), "b": np.zeros(k)}
    if hidden:
        params["hw"] = rng.normal(0, 1 / np.sqrt(d), (hidden, d))
        params["hb"] = np.zeros(hidden)
        params["w"] = rng.normal(0, 1 / np.sqrt(hidden), (k, hidden))
    onehot = np.eye(k)[y]
    m = {key: np.zeros_like(v) for key, v in params.items()}
    v2 = {key: np.zeros_like(v) for key, v in params.items()}
    for t in range(1, steps + 1):
        h = np.tanh(x @ params["hw"].T + params["hb"]) if hidden else x
        p = _softmax(h @ params["w"].T + params["b"])
        g = (p - onehot) / n
        grads = {"w": g.T @ h + l2 * params["w"], "b": g.sum(axis=0)}
        if hidden:
            gh = (g @ params["w"]) * (1 - h * h)
            grads["hw"] = gh.T @ x + l2 * params["hw"]
            grads["hb"] = gh.sum(axis=0)
        for key, grad in grads.items():
            m[key] = 0.9 * m[key] + 0.1 * grad
            v2[key] = 0.999 * v2[key] + 0.001 * grad * grad
            step = lr * (m[key] / (1 - 0.9**t)) / (np.sqrt(v2[key] / (1 - 0.999**t)) + 1e-8)
            params[key] = params[key] - step
    return params


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return np.asarray(e / e.sum(axis=1, keepdims=True))


def predict(x: np.ndarray, params: Params) -> np.ndarray:
    h = np.tanh(x @ params["hw"].T + params["hb"]) if "hw" in params else x
    return np.asarray((h @ params["w"].T + params["b"]).argmax(axis=1))


def matrix(feats: dict[str, dict[str, float]], ids: list[str], names: list[str]) -> np.ndarray:
    return np.array([[feats[pid].get(f, 0.0) for f in names] for pid in ids], dtype=float)


def without_url(x: np.ndarray, names: list[str]) -> np.ndarray:
    """The same pages as if no URL had been given (``clean()`` without ``url=``)."""
    out = x.copy()
    out[:, [k for k, f in enumerate(names) if f.startswith(("url_", "host_"))]] = 0.0
    return out


def fit_both(x: np.ndarray, y: np.ndarray, names: list[str], l2: float, hidden: int) -> Params:
    """Fit on every page twice, with and without its URL, so that a missing URL reads as no evidence."""
    return fit(np.vstack([x, without_url(x, names)]), np.concatenate([y, y]), l2, hidden)


def _rounded(a: np.ndarray) -> Any:
    return np.round(a, 5).tolist()


def as_json(names: list[str], params: Params) -> dict[str, Any]:
    out: dict[str, Any] = {"features": names, "classes": CLASSES}
    if "hw" in params:
        out["hidden"] = {"weights": _rounded(params["hw"]), "bias": _rounded(params["hb"])}
    out["weights"], out["bias"] = _rounded(params["w"]), _rounded(params["b"])
    return out


def vocabulary(feats: dict[str, dict[str, float]], ids: list[str], y: np.ndarray, size: int, min_pages: int) -> list[str]:
    """The ``size`` words (as feature names) whose presence tells the kinds apart best on these pages:
    highest mutual information with the label, among words found on at least ``min_pages`` pages."""
    df: Counter[str] = Counter(f for pid in ids for f in feats[pid] if f.startswith(WORD_PREFIX))
    keys = sorted(w for w, c in df.items() if c >= min_pages)
    if not keys or size <= 0:
        return []
    present = np.array([[w in feats[pid] for w in keys] for pid in ids], dtype=float)
    onehot = np.eye(len(CLASSES))[y]
    p_word = present.mean(axis=0)
    p_class = onehot.mean(axis=0)[:, None]
    both = onehot.T @ present / len(ids)  # P(class, word present)
    info = np.zeros(len(keys))
    with np.errstate(divide="ignore", invalid="ignore"):
        for joint, marginal in ((both, p_word[None, :]), (p_class - both, 1 - p_word[None, :])):
            info += np.where(joint > 0, joint * np.log(joint / (marginal * p_class)), 0.0).sum(axis=0)
    order = np.argsort(-info, kind="stable")[:size]
    return [keys[k] for k in order]


def feature_names(
    feats: dict[str, dict[str, float]], ids: list[str], y: np.ndarray, words: int, min_pages: int
) -> list[str]:
    """The page-shape features every page has, then the chosen words."""
    shape = sorted({f for pid in ids for f in feats[pid] if not f.startswith(WORD_PREFIX)})
    return shape + vocabulary(feats, ids, y, words, min_pages)


def report(
    fmt: str,
    feats: dict[str, dict[str, float]],
    meta: dict[str, Any],
    folds: int,
    l2: float,
    hidden: int,
    words: int,
    min_pages: int,
) -> tuple[float, dict[str, str]]:
    """Accuracy of each held-out fold (model and its words fitted on the others); returns overall and the predictions."""
    ids = [pid for pid in sorted(feats) if feats[pid]]
    fold = {pid: domain_fold(meta[pid]["domain"], folds) for pid in ids}
    y = np.array([CLASSES.index(meta[pid]["page_type"]) for pid in ids])
    guessed: dict[str, str] = {}
    per_fold: list[float] = []
    no_url: list[float] = []
    for k in range(folds):
        train = np.array([fold[pid] != k for pid in ids])
        train_ids = [pid for pid in ids if fold[pid] != k]
        names = feature_names(feats, train_ids, y[train], words, min_pages)
        x = matrix(feats, ids, names)
        params = fit_both(x[train], y[train], names, l2, hidden)
        pred = predict(x[~train], params)
        bare = predict(without_url(x[~train], names), params)
        no_url.append(float((bare == y[~train]).mean()))
        test_ids = [pid for pid in ids if fold[pid] == k]
        for pid, c in zip(test_ids, pred, strict=True):
            guessed[pid] = CLASSES[c]
        per_fold.append(float((pred == y[~train]).mean()))
        by_class = " ".join(
            f"{c[:4]} {float((pred[y[~train] == j] == j).mean()):.2f}" if (y[~train] == j).any() else f"{c[:4]} -"
            for j, c in enumerate(CLASSES)
        )
        print(f"    fold {k}/{folds}: {per_fold[-1]:.3f} ({int((~train).sum())} pages; {by_class})")
    # Pages with no text (JavaScript-only) count as wrong unless their label is the fallback.
    every = [pid for pid in sorted(feats)]
    right = sum(guessed.get(pid, "article") == meta[pid]["page_type"] for pid in every)
    overall = right / len(every)
    print(
        f"{fmt}: held-out accuracy {overall:.3f} over {len(every)} pages; by fold "
        f"{' '.join(f'{a:.3f}' for a in per_fold)}; without the URL {' '.join(f'{a:.3f}' for a in no_url)}"
    )
    return overall, guessed


def confusion(guessed: dict[str, str], meta: dict[str, Any]) -> None:
    print(f"    {'label':<14} {'pages':>5} {'right':>6}  most often taken for")
    for c in CLASSES:
        ids = [pid for pid in meta if meta[pid]["page_type"] == c]
        got = Counter(guessed.get(pid, "article") for pid in ids)
        wrong = ", ".join(f"{k} {v}" for k, v in got.most_common() if k != c)[:60]
        print(f"    {c:<14} {len(ids):5d} {got[c] / len(ids):6.3f}  {wrong}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=EVAL / "wcxb-dev")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=0.001)
    ap.add_argument("--hidden", type=int, default=0, help="hidden units (0: plain softmax regression)")
    ap.add_argument("--words", type=int, default=WORDS, help="words the HTML model reads as features (0: none)")
    ap.add_argument(
        "--text-words", type=int, default=TEXT_WORDS, help="words the text model reads as features (0: none)"
    )
    ap.add_argument("--min-pages", type=int, default=MIN_PAGES, help="a word is a candidate when this many pages hold it")
    ap.add_argument("--write", action="store_true", help="write the model fitted on every page")
    ap.add_argument("--fit-fold", type=parse_fold, metavar="K/N", help="fit on fold K of N only")
    ap.add_argument("--out", type=Path, default=MODEL)
    ap.add_argument("--fresh", action="store_true", help="recompute the features (after changing them)")
    args = ap.parse_args(argv)
    if not (args.data / "meta.json").exists():
        print(f"no wcxb-dev data at {args.data}; pass --data", file=sys.stderr)
        return 2
    truth = json.loads((args.data / "ground-truth.json").read_text(encoding="utf-8"))
    meta = json.loads((args.data / "meta.json").read_text(encoding="utf-8"))
    if args.fresh and CACHE.exists():
        CACHE.unlink()
    feats = compute(args.data, truth)
    shipped: dict[str, Any] = {
        "version": 1,
        "data": "wcxb-dev",
        "l2": args.l2,
        "hidden": args.hidden,
        "words": args.words,
        "text_words": args.text_words,
        "min_pages": args.min_pages,
    }
    for fmt in ("html", "text"):
        words = args.words if fmt == "html" else args.text_words
        for folds in (args.folds, 2):
            _, guessed = report(
                f"{fmt} ({folds} folds)", feats[fmt], meta, folds, args.l2, args.hidden, words, args.min_pages
            )
        confusion(guessed, meta)
        ids = [pid for pid in sorted(feats[fmt]) if feats[fmt][pid]]
        if args.fit_fold is not None:
            k, n = args.fit_fold
            ids = [pid for pid in ids if domain_fold(meta[pid]["domain"], n) == k]
        y = np.array([CLASSES.index(meta[pid]["page_type"]) for pid in ids])
        names = feature_names(feats[fmt], ids, y, words, args.min_pages)
        shipped[fmt] = as_json(names, fit_both(matrix(feats[fmt], ids, names), y, names, args.l2, args.hidden))
    if args.write or args.fit_fold is not None:
        args.out.write_text(json.dumps(shipped, indent=None, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
