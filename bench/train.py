#!/usr/bin/env python3
"""Rebuild the learned block scorer (``src/pagecleaner/rules/learned.json``), cross-validated by domain.

Every page of the shared data (wcxb-dev and the 181 scrapinghub pages, as HTML and as innertext)
is cleaned once with the learned rule replaced by a recorder, which keeps each block's features
and what the earlier rules decided; each block is labelled by the share of its word 4-grams found
in the page's ground truth. Pages are split into folds by a stable hash of their domain (the same
folds as ``bench/quality.py --fold``). For each fold a model is fitted on the other folds (logistic
regression, numpy only, deterministic), its thresholds are chosen on those same training pages, and
the whole pipeline with that model cleans the held-out fold, scored by the shared scorer beside the
pipeline without the rule.

The page's type is one of the model's inputs. So that no figure rests on a page type detected by a
model that saw the page's site, every page (in training and in the held-out figures alike) is
cleaned with the page-type model fitted on the wcxb pages of the *other* folds (the features of
``bench/train_pagetype.py``; ``--pagetype-cache`` reuses its cache). The shipped model is fitted on
rows whose page types were detected that way, so it learns how far a detected type can be trusted.

    pip install '.[train]'                        # numpy (training only, never at runtime)
    python bench/train.py                         # 2 folds (halves of the domains): figures only
    python bench/train.py --folds 5
    python bench/train.py --write                 # then fit on all pages and write the model file
    python bench/train.py --cache bench/out/train.pkl   # keep / reuse the extracted features
    python bench/train.py --pagetype-cache bench/out/pagetype-features.json --workers 2
    python bench/train.py --without-types               # ablation: the page-type features zeroed
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import numpy as np

import train_pagetype
from common import load_module
from pagecleaner import Cleaner
from pagecleaner.decode import InputFormatArg
from pagecleaner.models import PageType
from pagecleaner.pagetype import Models, load_models
from pagecleaner.rules.base import Label, Page, Rule, Verdict
from pagecleaner.rules.learned import FEATURES, MODEL_FILE, Learned, Model, Weights, feature_rows
from quality import domain_fold

ROOT = Path(__file__).resolve().parent.parent
# ../shared/eval beside the repository (or beside the folder of worktrees holding it).
EVAL = next((p / "shared" / "eval" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared" / "eval").exists()), ROOT.parent / "shared" / "eval")
MODEL_PATH = ROOT / "src" / "pagecleaner" / "rules" / MODEL_FILE
WORD = re.compile(r"\w+", re.UNICODE)
SEED = 20251202
L2 = 1.0
ANCHOR = "related.cut-ending"
"""The learned rule runs right after this one (the last of the positional context rules)."""

RESTORABLE = frozenset(
    {
        "quality.classify",
        "quality.neighbours",
        "quality.main-run",
        "quality.lead-in",
        "comments.thread",
        "related.teasers",
        "related.inline-teaser",
        "related.cut-ending",
        "dom.outside-main",
        "dom.inside-main",
        "dom.main-over-run",
        "dom.nested-articles",
    }
)
"""Rules that remove a block for where it stands (outside the main run or container, inside a list of
posts or teasers, beside boilerplate), not for a phrase it holds or a named element around it."""

REMOVE_GRID = (0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4)
RESTORE_GRID = (1.01, 0.97, 0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5, 0.4)


# -- data --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """One page of one rendering, before cleaning."""

    dataset: str
    pid: str
    rendering: str  # "html" or "innertext"
    page_type: str
    domain: str
    truth: str
    body: str | bytes
    url: str | None = None


@dataclass
class Sample:
    """One cleaned page: its blocks' features, labels and what the rules before the learned one decided."""

    dataset: str
    pid: str
    rendering: str
    page_type: str
    domain: str
    rows: np.ndarray
    """Features, one row per block."""
    label: np.ndarray
    """Share of the block's word 4-grams found in the truth."""
    grams: np.ndarray
    """The block's word 4-grams (or words, for a block of fewer than four)."""
    kept: np.ndarray
    """Whether the block was in the article before the learned rule."""
    restorable: np.ndarray
    """Whether a rule of :data:`RESTORABLE` removed it."""
    rule: np.ndarray
    """The id of the rule that removed it ("" when kept)."""
    truth_grams: int
    baseline: str
    """The article text without the learned rule."""
    extra: dict[str, Any] = field(default_factory=dict)


def host(url: str) -> str:
    name = (urlsplit(url).hostname or "").lower()
    return name[4:] if name.startswith("www.") else name


def read_sources(eval_dir: Path, limit: int | None = None) -> list[Source]:
    """The wcxb-dev and scrapinghub pages, as HTML and as innertext."""
    out: list[Source] = []
    wcxb = eval_dir / "wcxb-dev"
    if (wcxb / "ground-truth.json").exists():
        truth = json.loads((wcxb / "ground-truth.json").read_text(encoding="utf-8"))
        meta = json.loads((wcxb / "meta.json").read_text(encoding="utf-8"))
        for pid in sorted(truth)[:limit]:
            m, t = meta[pid], truth[pid]
            out += _renderings(wcxb, "wcxb", pid, m["page_type"], m["domain"] or host(t.get("url", "")), t)
    sh = eval_dir / "scrapinghub"
    if (sh / "ground-truth.json").exists():
        truth = json.loads((sh / "ground-truth.json").read_text(encoding="utf-8"))
        for pid in sorted(truth)[:limit]:
            t = truth[pid]
            # Without the URL, as bench/quality.py cleans the 181 pages.
            out += _renderings(sh, "scrapinghub", pid, "news", host(t.get("url", "")) or pid, {**t, "url": None})
    return out


def _renderings(root: Path, dataset: str, pid: str, page_type: str, domain: str, t: dict[str, Any]) -> list[Source]:
    found = []
    html = root / "html" / f"{pid}.html.gz"
    if html.exists():
        body: str | bytes = gzip.decompress(html.read_bytes())
        found.append(Source(dataset, pid, "html", page_type, domain, t["articleBody"], body, t.get("url")))
    text = root / "text-innertext" / f"{pid}.txt"
    if text.exists():
        body = text.read_text(encoding="utf-8")
        found.append(Source(dataset, pid, "innertext", page_type, domain, t["articleBody"], body, t.get("url")))
    return found


def fold_of(domain: str, folds: int) -> int:
    """A stable fold for a domain: the same domain always lands in the same fold, and in the same
    fold as ``bench/quality.py --fold`` and ``bench/train_pagetype.py`` put it."""
    return domain_fold(domain, folds)


# -- labels and feature extraction -------------------------------------------------------------


def shingles(tokens: Sequence[str]) -> list[tuple[str, ...]]:
    return [tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)]


def block_labels(texts: Sequence[str], truth: str) -> tuple[np.ndarray, np.ndarray, int]:
    """For each block, the share of its word 4-grams in the truth and how many it has; and the
    truth's 4-gram count. A block of fewer than four words counts its words, found when the
    truth holds them in that order."""
    t_tokens = [w.lower() for w in WORD.findall(truth)]
    t_grams = set(shingles(t_tokens))
    t_joined = f" {' '.join(t_tokens)} "
    share, grams = np.zeros(len(texts)), np.zeros(len(texts))
    for i, text in enumerate(texts):
        tokens = [w.lower() for w in WORD.findall(text)]
        if len(tokens) >= 4:
            g = shingles(tokens)
            share[i] = sum(1 for x in g if x in t_grams) / len(g)
            grams[i] = len(g)
        elif tokens:
            share[i] = 1.0 if f" {' '.join(tokens)} " in t_joined else 0.0
            grams[i] = len(tokens)
    return share, grams, max(len(t_grams), 1 if t_tokens else 0)


class Recorder(Learned):
    """Stands in the learned rule's place: records what it would see and changes nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[list[list[float]], list[str], list[bool], list[str], PageType]] = []

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        kept = [v is None or v.label is not Label.BOILERPLATE for v in page.verdicts]
        rules = ["" if k or v is None else v.rule for v, k in zip(page.verdicts, kept, strict=True)]
        rows = feature_rows(page.blocks, page.page_type)
        self.seen.append((rows, [b.text for b in page.blocks], kept, rules, page.page_type))
        return iter(())


def cleaner_with(rule: Rule, page_types: Models | None = None) -> Cleaner:
    cleaner = Cleaner(plugins=False, page_type_models=page_types)
    if any(r.id == rule.id for r in cleaner.rules):
        return cleaner.replace(rule.id, rule)
    return cleaner.add(rule, after=ANCHOR)


def _fmt(src: Source) -> InputFormatArg:
    return "html" if src.rendering == "html" else "text"


def _extract_one(src: Source, recorder: Recorder, cleaner: Cleaner) -> Sample:
    recorder.seen.clear()
    page = cleaner.clean(src.body, input_format=_fmt(src), url=src.url)
    if recorder.seen:
        rows, texts, kept, rules, detected = recorder.seen[0]
    else:  # the time budget ran out before the rule, or the page has no blocks
        rows, texts, kept, rules, detected = [], [], [], [], page.page_type
    share, grams, total = block_labels(texts, src.truth)
    return Sample(
        src.dataset,
        src.pid,
        src.rendering,
        src.page_type,
        src.domain,
        np.asarray(rows, dtype=np.float64).reshape(len(rows), len(FEATURES)),
        share,
        grams,
        np.asarray(kept, dtype=bool),
        np.asarray([r in RESTORABLE for r in rules], dtype=bool),
        np.asarray(rules, dtype=object),
        total,
        page.article.text,
        {"page_type": detected.value},
    )


def _extract_chunk(job: tuple[Sequence[Source], Models | None]) -> list[Sample]:
    sources, page_types = job
    recorder = Recorder()
    cleaner = cleaner_with(recorder, page_types)
    return [_extract_one(src, recorder, cleaner) for src in sources]


def _clean_chunk(job: tuple[Sequence[Source], Model, Models | None]) -> list[str]:
    sources, model, page_types = job
    cleaner = cleaner_with(Learned(model), page_types)
    return [cleaner.clean(s.body, input_format=_fmt(s), url=s.url).article.text for s in sources]


def _chunks(items: Sequence[Any], size: int = 50) -> list[Sequence[Any]]:
    return [items[k : k + size] for k in range(0, len(items), size)]


def _map(func: Callable[[Any], list[Any]], jobs: list[Any], workers: int, what: str) -> list[Any]:
    """``func`` over ``jobs`` in order, in ``workers`` processes, flattened; with progress on stderr."""
    out: list[Any] = []
    started = time.perf_counter()
    if workers <= 1:
        results: Iterable[list[Any]] = map(func, jobs)
    else:
        pool = ProcessPoolExecutor(workers, mp_context=get_context("fork"))
        results = pool.map(func, jobs)
    for part in results:
        out += part
        print(f"  {what}: {len(out)} pages ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    if workers > 1:
        pool.shutdown()
    return out


def _by_fold(
    sources: Sequence[Source], page_types: Sequence[Models | None], folds: int
) -> tuple[list[tuple[Sequence[Source], Models | None]], list[int]]:
    """Chunks of pages of one fold each, with that fold's page-type models; and the order that puts
    the chunks' pages back in the order of ``sources``."""
    fold = [fold_of(s.domain, folds) for s in sources]
    jobs, order = [], []
    for k in range(folds):
        index = [i for i, f in enumerate(fold) if f == k]
        order += index
        jobs += [(chunk, page_types[k]) for chunk in _chunks([sources[i] for i in index])]
    return jobs, order


def _unsort(items: list[Any], order: list[int]) -> list[Any]:
    out: list[Any] = [None] * len(items)
    for item, i in zip(items, order, strict=True):
        out[i] = item
    return out


def extract(
    sources: Sequence[Source], workers: int = 1, page_types: Sequence[Models | None] = (None,), folds: int = 1
) -> list[Sample]:
    """Clean every page with the recorder in the learned rule's place, each page's type detected by
    the page-type models of its fold (fitted without its domain)."""
    jobs, order = _by_fold(sources, page_types, folds)
    return _unsort(_map(_extract_chunk, jobs, workers, "extracted"), order)


# -- page types held out -----------------------------------------------------------------------


def _pagetype_chunk(sources: Sequence[Source]) -> list[dict[str, float]]:
    return [train_pagetype.features_of(s.body, s.url) for s in sources]


def pagetype_features(sources: Sequence[Source], workers: int, cache: Path | None) -> dict[str, dict[str, dict[str, float]]]:
    """The page-type features of every wcxb page, per format (as ``bench/train_pagetype.py`` caches them)."""
    if cache is not None and cache.exists():
        cached: dict[str, dict[str, dict[str, float]]] = json.loads(cache.read_text(encoding="utf-8"))
        return cached
    wcxb = [s for s in sources if s.dataset == "wcxb"]
    found = _map(_pagetype_chunk, _chunks(wcxb), workers, "page-type features")
    out: dict[str, dict[str, dict[str, float]]] = {"html": {}, "text": {}}
    for src, feats in zip(wcxb, found, strict=True):
        out["html" if src.rendering == "html" else "text"][src.pid] = feats
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps(out), encoding="utf-8")
    return out


def pagetype_models(sources: Sequence[Source], feats: dict[str, dict[str, dict[str, float]]], folds: int) -> list[Models]:
    """For each fold, page-type models fitted on the wcxb pages of the other folds (so that no page's
    type, in training or in the held-out figures, comes from a model that saw its domain)."""
    labels = {s.pid: s.page_type for s in sources if s.dataset == "wcxb"}
    domains = {s.pid: s.domain for s in sources if s.dataset == "wcxb"}
    out = []
    for k in range(folds):
        data: dict[str, Any] = {"version": 1}
        for fmt in ("html", "text"):
            ids = [pid for pid in sorted(feats[fmt]) if feats[fmt][pid] and pid in labels and fold_of(domains[pid], folds) != k]
            if not ids:
                continue
            y = np.array([train_pagetype.CLASSES.index(labels[pid]) for pid in ids])
            names = train_pagetype.feature_names(feats[fmt], ids, y, train_pagetype.WORDS, train_pagetype.MIN_PAGES)
            x = train_pagetype.matrix(feats[fmt], ids, names)
            data[fmt] = train_pagetype.as_json(names, train_pagetype.fit_both(x, y, names, PAGETYPE_L2, 0))
        out.append(load_models(data))
    return out


# -- fitting -----------------------------------------------------------------------------------


def fit_logistic(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = L2, iterations: int = 15) -> tuple[float, np.ndarray]:
    """Weighted, L2-regularised logistic regression by Newton's method on standardised features;
    returns the bias and weights for the raw features. Deterministic: no sampling, no seeds needed."""
    mean = np.average(x, axis=0, weights=w)
    std = np.sqrt(np.average((x - mean) ** 2, axis=0, weights=w))
    std[std < 1e-9] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / std])
    beta = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    w = w / w.sum() * len(w)
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ beta, -50, 50)))
        grad = z.T @ (w * (p - y)) + penalty * beta
        hess = (z * (w * p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.max(np.abs(step)) < 1e-6:
            break
    weights = beta[1:] / std
    bias = beta[0] - float(weights @ mean)
    return float(bias), weights


def training_set(samples: Sequence[Sample]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows, labels (share ≥ 0.5) and weights: a block weighs its share of its page's 4-grams,
    so every page counts the same, as in the scorer."""
    xs, ys, ws = [], [], []
    for s in samples:
        if not len(s.rows) or not s.grams.sum():
            continue
        xs.append(s.rows)
        ys.append((s.label >= 0.5).astype(np.float64))
        ws.append(s.grams / s.grams.sum())
    if not xs:
        return np.zeros((0, len(FEATURES))), np.zeros(0), np.zeros(0)
    return np.vstack(xs), np.concatenate(ys), np.concatenate(ws)


def probabilities(s: Sample, bias: float, weights: np.ndarray) -> np.ndarray:
    p: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(bias + s.rows @ weights, -50, 50)))
    return p


def approx_f1(samples: Sequence[Sample], kept: Sequence[np.ndarray]) -> float:
    """The scorer's F1 (mean precision and mean recall over pages) from per-block 4-gram counts."""
    precisions, recalls = [], []
    for s, k in zip(samples, kept, strict=True):
        tp = float((s.label * s.grams)[k].sum())
        fp = float(((1 - s.label) * s.grams)[k].sum())
        fn = max(0.0, s.truth_grams - tp)
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
    p = float(np.mean(precisions)) if precisions else 0.0
    r = float(np.mean(recalls)) if recalls else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def decide(s: Sample, p: np.ndarray, remove_below: float, restore_above: float, restorable: np.ndarray) -> np.ndarray:
    """What the rule keeps: the kept blocks it does not remove, and the removed blocks it restores."""
    return (s.kept & (p >= remove_below)) | (restorable & (p > restore_above))


PAGETYPE_L2 = 0.001
"""As ``bench/train_pagetype.py`` fits the shipped page-type model."""
NEWS_TOLERANCE = 0.003
"""How much approximate F1 the news pages of the training folds may lose to a choice of thresholds."""


class Objective:
    """What the thresholds are chosen for on the training pages: F1 on the pages of many kinds, as long
    as the news pages (the project's first benchmark) lose at most :data:`NEWS_TOLERANCE`."""

    def __init__(self, samples: Sequence[Sample], bias: float, weights: np.ndarray, tolerance: float) -> None:
        self.news = [k for k, s in enumerate(samples) if s.dataset == "scrapinghub"]
        self.other = [k for k, s in enumerate(samples) if s.dataset != "scrapinghub"] or self.news
        self.samples, self.probs = samples, [probabilities(s, bias, weights) for s in samples]
        self.news_floor = self._part(self.news, [s.kept for s in samples]) - tolerance

    def _part(self, index: list[int], kept: Sequence[np.ndarray]) -> float:
        return approx_f1([self.samples[k] for k in index], [kept[k] for k in index]) if index else 0.0

    def __call__(self, remove: float, restore: float, rules: frozenset[str]) -> float:
        chosen = sorted(rules)
        kept = [
            decide(s, p, remove, restore, s.restorable & np.isin(s.rule, chosen))
            for s, p in zip(self.samples, self.probs, strict=True)
        ]
        if self.news and self._part(self.news, kept) < self.news_floor:
            return -1.0
        return self._part(self.other, kept)


def tune(
    samples: Sequence[Sample], bias: float, weights: np.ndarray, tolerance: float = NEWS_TOLERANCE
) -> tuple[float, float, frozenset[str], float]:
    """Thresholds and restorable rules with the best objective on these (training) pages: a grid of
    thresholds, then each rule of :data:`RESTORABLE` dropped while that helps, then the grid again."""
    objective = Objective(samples, bias, weights, tolerance)

    def grid(rules: frozenset[str]) -> tuple[float, float, float]:
        best = (objective(0.0, 1.01, rules), 0.0, 1.01)
        for remove in REMOVE_GRID:
            for restore in RESTORE_GRID:
                f1 = objective(remove, restore, rules)
                if f1 > best[0] + 1e-9:
                    best = (f1, remove, restore)
        return best

    rules = RESTORABLE
    f1, remove, restore = grid(rules)
    for rule in sorted(RESTORABLE):
        fewer = rules - {rule}
        score = objective(remove, restore, fewer)
        if score > f1 + 1e-9:
            rules, f1 = fewer, score
    f1, remove, restore = grid(rules)
    return remove, restore, rules if restore < 1.0 else frozenset(), f1


def _round(x: float) -> float:
    return float(f"{x:.6g}")


def fit_part(samples: Sequence[Sample], tolerance: float = NEWS_TOLERANCE) -> Weights:
    x, y, w = training_set(samples)
    if not len(x):
        return Weights(0.0, (0.0,) * len(FEATURES), 0.0, 1.01)
    bias, weights = fit_logistic(x, y, w)
    bias, weights = _round(bias), np.array([_round(v) for v in weights])
    remove, restore, rules, _ = tune(samples, bias, weights, tolerance)
    return Weights(bias, tuple(float(v) for v in weights), remove, restore, rules)


TEXT_NEVER_RESTORES = frozenset({"related.teasers"})
"""In text a teaser's headline has no link to tell it from a subheading: whether a list is teasers
is the teaser rules' call (the seed page's teasers stay removed)."""


def fit_model(samples: Sequence[Sample], tolerance: float = NEWS_TOLERANCE) -> Model:
    """One model for HTML pages and one for text pages, each with its thresholds."""
    html = fit_part([s for s in samples if s.rendering == "html"], tolerance)
    text = fit_part([s for s in samples if s.rendering != "html"], tolerance)
    text = Weights(text.bias, text.weights, text.remove_below, text.restore_above, text.restorable - TEXT_NEVER_RESTORES)
    return Model(html, text)


# -- evaluation --------------------------------------------------------------------------------


def groups(s: Source | Sample) -> list[str]:
    """The report rows a page counts in."""
    name = "news181" if s.dataset == "scrapinghub" else "wcxb"
    return [f"{name} {s.rendering}", *([f"wcxb {s.rendering} {s.page_type}"] if s.dataset == "wcxb" else [])]


def clean_all(
    sources: Sequence[Source], model: Model, workers: int = 1, page_types: Models | None = None
) -> dict[tuple[str, str, str], str]:
    texts = _map(_clean_chunk, [(c, model, page_types) for c in _chunks(sources)], workers, "cleaned")
    return {(s.dataset, s.pid, s.rendering): t for s, t in zip(sources, texts, strict=True)}


def score_groups(
    scorer: ModuleType, sources: Sequence[Source], preds: dict[tuple[str, str, str], str]
) -> dict[str, tuple[int, float]]:
    by: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    for src in sources:
        key = f"{src.dataset}/{src.pid}"
        for g in groups(src):
            truth, pred = by.setdefault(g, ({}, {}))
            truth[key] = {"articleBody": src.truth}
            pred[key] = {"articleBody": preds.get((src.dataset, src.pid, src.rendering), "")}
    return {g: (len(t), scorer.score(t, p)["f1"]) for g, (t, p) in sorted(by.items())}



def report(title: str, before: dict[str, tuple[int, float]], after: dict[str, tuple[int, float]]) -> None:
    print(f"\n{title}")
    print(f"  {'pages':<28} {'n':>5} {'before':>7} {'after':>7} {'delta':>7}")
    for g, (n, f1) in before.items():
        a = after[g][1]
        print(f"  {g:<28} {n:5d} {f1:7.3f} {a:7.3f} {a - f1:+7.3f}")


def cross_validate(
    sources: Sequence[Source],
    samples: Sequence[Sample],
    folds: int,
    scorer: ModuleType,
    workers: int = 1,
    tolerance: float = NEWS_TOLERANCE,
    page_types: Sequence[Models | None] | None = None,
) -> tuple[dict[str, tuple[int, float]], dict[str, tuple[int, float]]]:
    """Per fold: fit on the other folds, clean this one; print each fold, the mean of the folds and
    all held-out pages pooled. Returns the pooled before / after figures."""
    fold = [fold_of(s.domain, folds) for s in sources]
    baseline = {(s.dataset, s.pid, s.rendering): s.baseline for s in samples}
    pooled: dict[tuple[str, str, str], str] = {}
    per_fold: list[tuple[dict[str, tuple[int, float]], dict[str, tuple[int, float]]]] = []
    for k in range(folds):
        train = [s for s, f in zip(samples, fold, strict=True) if f != k]
        test = [src for src, f in zip(sources, fold, strict=True) if f == k]
        started = time.perf_counter()
        model = fit_model(train, tolerance)
        preds = clean_all(test, model, workers, page_types[k] if page_types else None)
        pooled.update(preds)
        before, after = score_groups(scorer, test, baseline), score_groups(scorer, test, preds)
        per_fold.append((before, after))
        domains = len({s.domain for s in test})
        thresholds = f"html: {describe(model.html)}; text: {describe(model.text)}"
        report(
            f"fold {k + 1}/{folds}: fitted on {len(train)} pages of the other folds, held out {len(test)} pages "
            f"of {domains} domains ({thresholds}; {time.perf_counter() - started:.0f} s)",
            before,
            after,
        )
    names = sorted(set.intersection(*(set(b) for b, _ in per_fold)))
    mean_before = {g: (sum(b[g][0] for b, _ in per_fold), float(np.mean([b[g][1] for b, _ in per_fold]))) for g in names}
    mean_after = {g: (sum(a[g][0] for _, a in per_fold), float(np.mean([a[g][1] for _, a in per_fold]))) for g in names}
    report(f"mean of the {folds} folds' F1", mean_before, mean_after)
    before, after = score_groups(scorer, sources, baseline), score_groups(scorer, sources, pooled)
    report(f"all held-out pages pooled ({folds} folds by domain)", before, after)
    return before, after


def describe(w: Weights) -> str:
    rules = ", ".join(sorted(w.restorable)) or "none"
    return f"remove below {w.remove_below}, restore above {w.restore_above} from {rules}"


def write_model(model: Model, path: Path) -> None:
    path.write_text(json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=EVAL, help="the folder holding wcxb-dev/ and scrapinghub/")
    ap.add_argument("--score", type=Path, default=EVAL / "score.py")
    ap.add_argument("--folds", type=int, default=2, help="folds by domain (2: halves)")
    ap.add_argument("--limit", type=int, default=None, help="the first N pages of each data set (a quick run)")
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the extracted features: read if present, else written")
    ap.add_argument("--no-cv", action="store_true", help="skip cross-validation")
    ap.add_argument("--write", action="store_true", help=f"fit on all pages and write {MODEL_PATH.name}")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--workers", type=int, default=1, help="processes for cleaning the pages")
    ap.add_argument("--news-tolerance", type=float, default=NEWS_TOLERANCE, help="approximate F1 the news pages may lose")
    ap.add_argument(
        "--pagetype-cache",
        type=Path,
        default=None,
        help="JSON of the page-type features (bench/train_pagetype.py writes bench/out/pagetype-features.json): read if present, else written",
    )
    ap.add_argument(
        "--shipped-page-types",
        action="store_true",
        help="detect page types with the shipped model (fitted on every wcxb page) instead of held-out fold models",
    )
    ap.add_argument(
        "--without-types", action="store_true", help="ablation: fit with the page-type features zeroed (the model before them)"
    )
    args = ap.parse_args(argv)
    np.random.seed(SEED)  # nothing here samples; fixed all the same

    if not args.score.exists():
        print(f"no scorer at {args.score}; pass --score", file=sys.stderr)
        return 2
    sources = read_sources(args.data, args.limit)
    if not sources:
        print(f"no evaluation data under {args.data} (expected wcxb-dev/ or scrapinghub/); pass --data", file=sys.stderr)
        return 2
    scorer = load_module(args.score, "score")
    page_types: list[Models | None] = [None] * args.folds
    if not args.shipped_page_types and any(s.dataset == "wcxb" for s in sources):
        feats = pagetype_features(sources, args.workers, args.pagetype_cache)
        page_types = list(pagetype_models(sources, feats, args.folds))
    samples: list[Sample]
    if args.cache is not None and args.cache.exists():
        samples = pickle.loads(args.cache.read_bytes())
    else:
        samples = extract(sources, args.workers, page_types, args.folds)
        if args.cache is not None:
            args.cache.parent.mkdir(parents=True, exist_ok=True)
            args.cache.write_bytes(pickle.dumps(samples))
    if [(s.dataset, s.pid, s.rendering) for s in samples] != [(s.dataset, s.pid, s.rendering) for s in sources]:
        print("the cache does not match the data; delete it", file=sys.stderr)
        return 2
    if args.without_types:
        typed = [k for k, name in enumerate(FEATURES) if name.startswith("type.")]
        for s in samples:
            s.rows[:, typed] = 0.0
    print(f"{len(sources)} pages ({len({s.domain for s in sources})} domains), {sum(len(s.rows) for s in samples)} blocks")
    if not args.no_cv:
        cross_validate(sources, samples, args.folds, scorer, args.workers, args.news_tolerance, page_types)
    if args.write:
        model = fit_model(samples, args.news_tolerance)
        write_model(model, args.out)
        print(f"\nwrote {args.out} (html: {describe(model.html)}; text: {describe(model.text)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
