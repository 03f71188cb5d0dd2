#!/usr/bin/env python3
"""Fit the text title rule's weights (``metadata.title``) jointly, as a conditional logit over each page's candidates.

``dump`` cleans one half of wcxb-dev's sites from their innertext (half A: the half the weights are
fitted on) and writes, for every page, each candidate line of :class:`~pagecleaner.rules.metadata.Title`
with its feature vector (as the rule computed it), the title it would give, whether it may stand
alone, and whether that title agrees with the truth (``teaser_score.same_title``). It reproduces the
bench's count (``bench/titles.py --sets wcxb --inputs innertext --half A``) from the rule's own weights.

``fit`` reads a dump and fits the weights: a softmax over each page's candidates (the candidates whose
title agrees with the truth are the label: the log of their summed probability is maximised), with an L2
penalty pulling the weights towards 0 or towards the hand weights (``--towards``, ``--scale``), by
gradient descent (Adam) with numpy. The penalty is chosen by cross-validation by domain inside the
dump (``--folds``, a hash of the domain; the right titles counted on each held-out fold by the rule's
own choice, the best-scored candidate); ``min_score`` is set on the training folds so that no more
pages go without a title than the rule's own weights leave there. It prints the hand weights' count,
each penalty's held-out count beside the hand weights' on the same pages, and the table fitted on all
the dump with the chosen penalty.

    python3 bench/title_weights.py dump --half A --out /tmp/title-a.json
    python3 bench/title_weights.py fit /tmp/title-a.json
    python3 bench/title_weights.py fit /tmp/title-a.json --towards hand --scale 0.7 --l2 0.01 0.1 1 --steps 800

Thirty-fourth round (title30): no penalty beat the hand weights held out (431 of 705 on half A); the rule
keeps them. Dump about a minute, fit a few minutes per penalty on a loaded machine.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from common import EVAL, load_module
from pagecleaner import clean
from pagecleaner.rules import metadata
from pagecleaner.rules.metadata import Title


def domain_half(domain: str) -> str:
    """As ``bench/titles.py``: "A" or "B", fixed for a domain."""
    return "AB"[hashlib.sha1(domain.encode("utf-8")).digest()[0] % 2]


def dump(args: argparse.Namespace) -> None:
    teaser_score = load_module(args.scorer, "teaser_score")
    data: Path = args.wcxb
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    meta = json.loads((data / "meta.json").read_text(encoding="utf-8"))
    ids = sorted(pid for pid in truth if domain_half(meta[pid]["domain"]) == args.half)
    calls: list[dict[str, Any]] = []
    judge, choices, openings, score = Title.judge, Title._choices, Title._openings, Title.score
    state: dict[str, Any] = {}

    def spy_choices(self: Title, page: Any, body: int, glued: Any, *rest: Any, **kw: Any) -> Any:
        out = choices(self, page, body, glued, *rest, **kw)
        state.update(page=page, glued=glued, candidates=out)
        return out

    def spy_openings(self: Title, kept: Any, candidates: Any) -> Any:
        out = openings(self, kept, candidates)
        state["openings"] = out
        return out

    def spy_score(self: Title, features: dict[str, float]) -> float:
        state.setdefault("features", []).append(dict(features))
        return score(self, features)

    def spy_judge(self: Title, page: Any) -> Iterator[Any]:
        state.clear()
        yield from judge(self, page)
        if "features" not in state:
            return
        glued, rows = state["glued"], []
        for r, ((j, where), feats) in enumerate(zip(state["candidates"], state["features"], strict=True)):
            head = metadata._head(glued, j)
            line = glued[j][0] if j in glued else metadata._headline_line(page.blocks[j], page.settings.date_order)
            alone = bool(feats["echoed"]) or self._may_stand_alone(page, j, state["openings"][r], head)
            rows.append({"j": j, "where": where, "title": metadata._title_text(line), "alone": alone, "f": feats})
        calls.append({"rows": rows})

    Title._choices = spy_choices  # type: ignore[method-assign]
    Title._openings = spy_openings  # type: ignore[method-assign]
    Title.score = spy_score  # type: ignore[method-assign]
    Title.judge = spy_judge  # type: ignore[method-assign]
    pages, right = [], 0
    for n, pid in enumerate(ids):
        calls.clear()
        text = (data / "text-innertext" / f"{pid}.txt").read_text(encoding="utf-8")
        got = clean(text, input_format="text").article.title
        want = truth[pid]["title"] or ""
        right += bool(got) and teaser_score.same_title(got or "", want)
        rows = calls[-1]["rows"] if calls else []
        for row in rows:
            row["ok"] = bool(row["title"]) and teaser_score.same_title(row["title"], want)
        pages.append(
            {
                "id": pid,
                "domain": meta[pid]["domain"],
                "type": meta[pid]["page_type"],
                "got": got,
                "got_ok": bool(got) and teaser_score.same_title(got or "", want),
                "calls": len(calls),
                "rows": rows,
            }
        )
        if n % 100 == 0:
            print(f"  {n} pages, {right} right", flush=True)
    args.out.write_text(json.dumps({"weights": Title.weights, "min_score": Title.min_score, "pages": pages}))
    print(f"half {args.half}: {right} of {len(ids)} titles right (clean()); dump in {args.out}", flush=True)


# --- fitting ---------------------------------------------------------------------------------------


class Data:
    """The dump as arrays: one row per candidate, a page's rows together in page order."""

    def __init__(self, dumped: dict[str, Any]) -> None:
        self.names = list(dumped["weights"])
        self.pages = dumped["pages"]
        rows = [(p, r) for p, page in enumerate(self.pages) for r in page["rows"]]
        self.x = np.array([[r["f"][k] for k in self.names] for _, r in rows], dtype=float).reshape(-1, len(self.names))
        self.page = np.array([p for p, _ in rows], dtype=int)
        self.ok = np.array([r["ok"] for _, r in rows], dtype=bool)
        self.alone = np.array([r["alone"] for _, r in rows], dtype=bool)
        self.n = len(self.pages)
        self.has = np.bincount(self.page, minlength=self.n) > 0
        self.reach = np.bincount(self.page, self.ok, self.n) > 0

    def subset(self, pages: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The rows of ``pages`` that have candidates, the start of each page's rows among them, and its group."""
        rows = np.flatnonzero(np.isin(self.page, pages))
        group = np.unique(self.page[rows], return_inverse=True)[1]
        starts = np.flatnonzero(np.r_[True, np.diff(group) != 0])
        return rows, starts, group


def choose(d: Data, w: np.ndarray, pages: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each page of ``pages`` with candidates: the best candidate's row under ``w`` (the first, the
    nearest, on a tie) and its score."""
    rows, starts, group = d.subset(pages)
    s = d.x[rows] @ w
    top = np.maximum.reduceat(s, starts)
    at = np.flatnonzero(s == top[group])
    firsts = at[np.unique(group[at], return_index=True)[1]]  # the first row reaching its page's top
    return rows[firsts], top


def right_count(d: Data, w: np.ndarray, pages: np.ndarray, min_score: float) -> tuple[int, int]:
    """Titles right and pages left without one among ``pages``, the rule's choice under weights ``w``:
    the best-scored candidate, none if under ``min_score`` or not standing alone (or no candidate)."""
    best, top = choose(d, w, pages)
    titled = (top >= min_score) & d.alone[best]
    return int((titled & d.ok[best]).sum()), len(pages) - int(titled.sum())


def fit(d: Data, pages: np.ndarray, l2: float, prior: np.ndarray, steps: int) -> np.ndarray:
    """Conditional logit on ``pages`` (those with a candidate that agrees with the truth; the log of the
    right candidates' summed probability), L2-penalised towards ``prior``, by gradient descent (Adam)
    started at ``prior``."""
    rows, starts, group = d.subset(pages[d.reach[pages]])
    x, ok, g = d.x[rows], d.ok[rows], len(starts)
    w: np.ndarray = prior.copy()
    m, v = np.zeros_like(prior), np.zeros_like(prior)
    for t in range(1, steps + 1):
        s = x @ w
        e = np.exp(s - np.maximum.reduceat(s, starts)[group])
        z = np.add.reduceat(e, starts)[group]
        zp = np.add.reduceat(e * ok, starts)[group]
        grad = x.T @ (e / z - np.where(ok, e / zp, 0.0)) / g + 2 * l2 * (w - prior)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= 0.02 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


def loglik(d: Data, w: np.ndarray, pages: np.ndarray) -> float:
    """The conditional logit's log-likelihood of ``w`` on ``pages`` (those with a right candidate)."""
    rows, starts, group = d.subset(pages[d.reach[pages]])
    s = d.x[rows] @ w
    top = np.maximum.reduceat(s, starts)
    e = np.exp(s - top[group])
    return float(np.sum(np.log(np.add.reduceat(e * d.ok[rows], starts)) - np.log(np.add.reduceat(e, starts))))


def min_score_for(d: Data, w: np.ndarray, pages: np.ndarray, most_none: int) -> float:
    """The highest ``min_score`` that leaves no more pages of ``pages`` untitled than ``most_none``
    (the hand weights' count there: the fitted rule is no less ready to give no title)."""
    best, top = choose(d, w, pages)
    free = most_none - (len(pages) - len(best)) - int((~d.alone[best]).sum())
    tops = np.sort(top[d.alone[best]])
    if free <= 0 or not len(tops):
        return -np.inf
    return float((tops[free - 1] + tops[free]) / 2) if free < len(tops) else float(tops[-1] + 1e-6)


def main_fit(args: argparse.Namespace) -> None:
    dumped = json.loads(args.dump.read_text(encoding="utf-8"))
    d = Data(dumped)
    hand = np.array([dumped["weights"][k] for k in d.names], dtype=float)
    hand_min = float(dumped["min_score"])
    everyone = np.arange(d.n)
    right, none = right_count(d, hand, everyone, hand_min)
    print(
        f"{d.n} pages, {len(d.x)} candidates, {len(d.names)} features; a candidate right on {int(d.reach.sum())}",
        flush=True,
    )
    print(
        f"hand weights: {right} right, {none} untitled (clean() gave {sum(p['got_ok'] for p in d.pages)})", flush=True
    )
    # The scale of the hand weights as a softmax's: the one factor that fits the right candidates best.
    for c in (0.25, 0.5, 1.0, 2.0):
        print(f"  hand weights × {c:g}: log-likelihood {loglik(d, hand * c, everyone):.1f}", flush=True)
    fold = np.array([hashlib.sha1(("fold" + p["domain"]).encode()).digest()[0] % args.folds for p in d.pages])
    results: dict[tuple[str, float], int] = {}
    for towards in args.towards:
        prior = hand * args.scale if towards == "hand" else np.zeros_like(hand)
        for l2 in args.l2:
            total = untitled = hand_total = 0
            for k in range(args.folds):
                train, test = everyone[fold != k], everyone[fold == k]
                w = fit(d, train, l2, prior, args.steps)
                threshold = min_score_for(d, w, train, right_count(d, hand, train, hand_min)[1])
                r, nn = right_count(d, w, test, threshold)
                total += r
                untitled += nn
                hand_total += right_count(d, hand, test, hand_min)[0]
            results[towards, l2] = total
            print(
                f"  towards {towards:<5} l2 {l2:<8g} held out by domain ({args.folds} folds): {total} right,"
                f" {untitled} untitled   (hand weights {hand_total})",
                flush=True,
            )
    towards, l2 = max(results, key=lambda k: (results[k], k[1]))
    prior = hand * args.scale if towards == "hand" else np.zeros_like(hand)
    w = fit(d, everyone, l2, prior, args.steps)
    threshold = min_score_for(d, w, everyone, none)
    r, nn = right_count(d, w, everyone, threshold)
    print(f"chosen: towards {towards}, l2 {l2}; fitted on all {d.n} pages: {r} right, {nn} untitled", flush=True)
    print(f"weights (÷ {args.scale:g}, the hand weights' scale; min_score {threshold / args.scale:.2f}):", flush=True)
    for name, value, h in zip(d.names, w, hand, strict=True):
        print(f"  {name:<18} {value / args.scale:7.2f}   (hand {h:g})", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    sub = ap.add_subparsers(dest="command", required=True)
    a = sub.add_parser("dump", help="clean a half of wcxb-dev's sites and write each page's candidates")
    a.add_argument("--wcxb", type=Path, default=EVAL / "wcxb-dev")
    a.add_argument("--scorer", type=Path, default=EVAL / "teaser_score.py", help="provides same_title")
    a.add_argument("--half", choices=("A",), default="A", help="the fitting half only: half B is held out")
    a.add_argument("--out", type=Path, required=True)
    b = sub.add_parser("fit", help="fit the weights on a dump, the penalty chosen by cross-validation by domain")
    b.add_argument("dump", type=Path)
    b.add_argument("--folds", type=int, default=5)
    b.add_argument("--l2", type=float, nargs="+", default=[0.0001, 0.001, 0.01, 0.1])
    b.add_argument(
        "--towards",
        nargs="+",
        choices=("zero", "hand"),
        default=["zero", "hand"],
        help="the L2 penalty pulls the weights towards 0 or towards the hand weights (× --scale)",
    )
    b.add_argument("--scale", type=float, default=1.0, help="the hand weights as a softmax's (points × scale)")
    b.add_argument("--steps", type=int, default=2000)
    args = ap.parse_args(argv)
    if args.command == "dump":
        dump(args)
    else:
        main_fit(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
