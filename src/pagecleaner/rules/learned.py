"""A learned block scorer in the style of boilerpipe and dragnet: shallow, language-independent
features of each block and its neighbours, weighed by a logistic model trained on pages of many
sites (``bench/train.py`` rebuilds the shipped ``learned.json`` from the shared data).

The features describe the block, never the verdicts of other rules, so the model predicts whether a
block's text is the page's content from what the block looks like; the rule then uses that score to
overrule the positional rules where the model is confident.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import mul
from typing import Any

import regex

from .. import blockscore, classnames
from ..blocks import Block
from ..dates import MONTHS
from ..models import Kind, PageType
from .base import Label, Page, Rule, Stage, Verdict
from .quality import Classify, best_span

MODEL_FILE = "learned.json"
MODEL_VERSION = 2

_OWN_NUMERIC = blockscore.OWN_NUMERIC
_OWN = (
    *_OWN_NUMERIC,
    *(name for name, _ in blockscore.TAG_GROUPS),
    *(name for name, _ in blockscore.ANCESTOR_FLAGS),
    *(name for name, _ in classnames.FAMILIES),
)
_NEIGHBOUR = ("log_weight", "link_density", "terminal", "prose", "short", "same_parent")
_CONTEXT = ("in_run", "log_run_distance", "prose_around")
_PAGE = (
    "log_blocks",
    "page_link_share",
    "page_li_share",
    "run_share",
    "container_share",
    "page_post_share",
    "page_comment_share",
    "page_item_share",
    "page_class_repeat",
    "page_short_share",
    "page_repeat_share",
)
_CROSS = (
    ("link_density", "page_link_share"),
    ("tag.li", "page_li_share"),
    ("in_run", "run_share"),
    ("prose", "run_share"),
)
"""A block's feature times a page figure."""
_TYPES = tuple(t for t in PageType if t is not PageType.ARTICLE)
"""The page's kind (article is the reference) as a feature: what is content differs by kind."""
_TYPE_CROSSED = (
    "prose",
    "short",
    "link_density",
    "log_same_class",
    "in_container",
    "tag.li",
    "tag.h",
    "in.article",
    "cls.post",
    "cls.comment",
    "cls.item",
    "cls.related",
    "in_run",
    "log_run_distance",
)
"""Features whose weight depends on the page's kind (a post's class name means content on a forum
and comments on an article)."""

FEATURES: tuple[str, ...] = (
    *_OWN,
    *(f"prev.{n}" for n in _NEIGHBOUR),
    *(f"next.{n}" for n in _NEIGHBOUR),
    *_CONTEXT,
    *_PAGE,
    *(f"{a}*{b}" for a, b in _CROSS),
    *(f"type.{t.value}" for t in _TYPES),
    *(f"type.{t.value}*{n}" for t in _TYPES for n in _TYPE_CROSSED),
)
"""The names of the model's inputs, in order (the model file lists them too, and must agree)."""

_AT = {name: k for k, name in enumerate(FEATURES)}
_N_NEIGHBOUR = len(_NEIGHBOUR)
assert len(_OWN) == blockscore.N_OWN, "the own features are blockscore's, in its order"
_PREV, _NEXT = _AT["prev.log_weight"], _AT["next.log_weight"]
_RUN, _PAGE_AT, _TYPE_AT = _AT["in_run"], _AT["log_blocks"], _AT[f"type.{_TYPES[0].value}"]
_PICKS = tuple(_AT[n] for n in _NEIGHBOUR[:-1])  # prev.* / next.* read these own features
"""Where the neighbour features (but the last, same_parent) sit among the own ones."""


def _type_part(page_type: PageType) -> list[float]:
    """The one-hot type features (article: all zero)."""
    return [1.0 if t is page_type else 0.0 for t in _TYPES]


def feature_rows(blocks: Sequence[Block], page_type: PageType = PageType.ARTICLE) -> list[list[float]]:
    """One row of :data:`FEATURES` per block (what training reads; :meth:`Weights.scores` computes
    the same scores without building the rows)."""
    n = len(blocks)
    if not n:
        return []
    f = blockscore.facts(blocks, best_span)
    own, chars_before = [], 0
    for i, b in enumerate(blocks):
        own.append([*blockscore.own_row(b, i, n, chars_before, f), *blockscore.flags(b.dom, f.token_bits[i])])
        chars_before += b.chars
    window, page = blockscore.prose_window(f), f.page
    types = _type_part(page_type)
    rows = []
    none = [0.0] * _N_NEIGHBOUR
    for i, row in enumerate(own):
        parent = f.parents[i]
        prev = [*(own[i - 1][k] for k in _PICKS), 1.0 if f.parents[i - 1] == parent >= 0 else 0.0] if i else none
        nxt = [*(own[i + 1][k] for k in _PICKS), 1.0 if f.parents[i + 1] == parent >= 0 else 0.0] if i + 1 < n else none
        full = [*row, *prev, *nxt, *blockscore.context(i, f, window, n), *page]
        full += [full[_AT[a]] * full[_AT[b]] for a, b in _CROSS]
        full += types
        full += [t * full[_AT[name]] for t in types for name in _TYPE_CROSSED]
        rows.append(full)
    return rows


@dataclass(frozen=True, slots=True)
class Weights:
    """One logistic model, ``p = 1 / (1 + exp(-(bias + weights · row)))``, and where the rule acts on it
    (thresholds chosen on the training folds by ``bench/train.py``)."""

    bias: float
    weights: tuple[float, ...]
    remove_below: float
    """A kept block whose score is below this is removed."""
    restore_above: float
    """A block removed by a restorable rule whose score is above this is kept."""
    restorable: frozenset[str] = frozenset()
    """Rules whose removals rest on position or neighbours only (not on a phrase or a named element),
    which a confident score may undo."""

    def score(self, row: Sequence[float]) -> float:
        """The probability for one row of :func:`feature_rows`."""
        return blockscore.logistic(self.bias + sum(map(mul, self.weights, row)))

    def _folded(self, page: list[float], page_type: PageType) -> tuple[float, list[float]]:
        """The page's constant share of the sum, and the weights of the block features with the
        crosses folded in: a feature times a page figure (or the page's kind) weighs the feature
        more or less on this page."""
        w = self.weights
        eff = list(w[:_PAGE_AT])
        values = dict(zip(_PAGE, page, strict=True))
        for k, (a, b) in enumerate(_CROSS):
            eff[_AT[a]] += w[_PAGE_AT + len(_PAGE) + k] * values[b]
        base = self.bias + sum(map(mul, w[_PAGE_AT : _PAGE_AT + len(_PAGE)], page))
        if page_type is not PageType.ARTICLE:
            t = _TYPES.index(page_type)
            base += w[_TYPE_AT + t]
            crossed = _TYPE_AT + len(_TYPES) + t * len(_TYPE_CROSSED)
            for k, name in enumerate(_TYPE_CROSSED):
                eff[_AT[name]] += w[crossed + k]
        return base, eff

    def scores(
        self,
        blocks: Sequence[Block],
        wanted: Sequence[bool] | None = None,
        page_type: PageType = PageType.ARTICLE,
    ) -> list[float | None]:
        """Each block's probability of being content (None where ``wanted`` says it is not needed).

        The same figures as :meth:`score` over :func:`feature_rows`, computed by parts: a linear
        model's sum splits into the page's share, each block's own share and what each block adds
        to its neighbours' scores, so no row is built and unwanted blocks cost only their neighbour
        features.
        """
        if not blocks:
            return []
        f = blockscore.facts(blocks, best_span)
        base, eff = self._folded(f.page, page_type)
        return blockscore.linear_scores(blocks, wanted, f, base, eff, (_PREV, _NEXT, _RUN), _N_NEIGHBOUR)

    @classmethod
    def from_dict(cls, part: dict[str, Any]) -> Weights:
        w = tuple(float(x) for x in part["weights"])
        if len(w) != len(FEATURES):
            raise ValueError(f"the model has {len(w)} weights for {len(FEATURES)} features")
        return cls(
            float(part["bias"]),
            w,
            float(part["remove_below"]),
            float(part["restore_above"]),
            frozenset(str(r) for r in part["restorable"]),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "bias": self.bias,
            "remove_below": self.remove_below,
            "restore_above": self.restore_above,
            "restorable": sorted(self.restorable),
            "weights": list(self.weights),
        }


@dataclass(frozen=True, slots=True)
class Model:
    """The shipped model: one logistic model for HTML pages and one for text pages."""

    html: Weights
    text: Weights
    version: int = MODEL_VERSION

    def weights_for(self, blocks: Sequence[Block]) -> Weights:
        return self.html if any(b.dom is not None for b in blocks) else self.text

    def scores(
        self,
        blocks: Sequence[Block],
        wanted: Sequence[bool] | None = None,
        page_type: PageType = PageType.ARTICLE,
    ) -> list[float | None]:
        """Each block's probability of being content (see :meth:`Weights.scores`)."""
        return self.weights_for(blocks).scores(blocks, wanted, page_type) if blocks else []

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Model:
        if data.get("version") != MODEL_VERSION:
            raise ValueError(f"model version {data.get('version')!r}, expected {MODEL_VERSION}")
        if tuple(data["features"]) != FEATURES:
            raise ValueError("the model's features differ from this version's feature list")
        return cls(Weights.from_dict(data["html"]), Weights.from_dict(data["text"]))

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "features": list(FEATURES),
            "html": self.html.to_dict(),
            "text": self.text.to_dict(),
        }


_MONTH = "|".join(regex.escape(m) for m in sorted(MONTHS, key=len, reverse=True))
_BARE_DATE = regex.compile(
    rf"(?i)(?:(?:{_MONTH})\.?\s{{1,3}}\d{{1,2}}(?:\s{{0,2}}[-–]\s{{0,2}}\d{{1,2}})?|\d{{1,2}}\.?\s{{1,3}}(?:{_MONTH})\.?)"
    rf"(?:,?\s{{1,3}}\d{{2}}(?:\d{{2}})?)?"
)
"""A block that is only a day of a month, in any of :data:`~pagecleaner.dates.MONTHS`' languages
("Mar 14 26", "Mar 16-20", "6 Mar", "Sept. 3, 2024"), read whole (``fullmatch``)."""
_BARE_MAX_CHARS = 24
"""Longer blocks are never read as bare dates (a day range with a year is 16 characters)."""


_LONE_LINK_SHARE = 0.9
"""Share of a block's characters, at least, that its one link holds for the block to be only that
link (a price's currency sign or a count's brackets may stand outside the ``<a>``)."""

_CARD_PAGES = frozenset({PageType.COLLECTION, PageType.LISTING})
"""Kinds of page on which the classifier's navigation verdict on a :func:`bare_link` stands."""


def bare_link(block: Block) -> bool:
    """Whether the HTML block ``block`` is one link and nothing else, and that link says no word:
    a price ("$11.99"), a count ("(104)") or a page number ("2") that links somewhere. A text
    block (no markup) never is, nor is a link with a letter in it ("Scream 7", "80 Reviews")."""
    d = block.dom
    text = block.text
    return (
        d is not None
        and len(d.hrefs) == 1
        and bool(text)
        and d.link_chars >= _LONE_LINK_SHARE * len(text)
        and not any(c.isalpha() for c in text)
    )


def bare_date(text: str) -> bool:
    """Whether ``text`` is only a day of a month (a trailing "·", "•" or "|" aside): a card's date.

    >>> bare_date("Mar 16-20 26"), bare_date("Mar 7 ·"), bare_date("6 Mar")
    (True, True, True)
    >>> bare_date("Mar 7: talks open"), bare_date("March"), bare_date("7"), bare_date("$39")
    (False, False, False, False)
    """
    if len(text) > 2 * _BARE_MAX_CHARS:
        return False
    t = text.strip().rstrip("\u00b7\u2022|").strip()
    return len(t) <= _BARE_MAX_CHARS and _BARE_DATE.fullmatch(t) is not None


@lru_cache(maxsize=1)
def shipped_model() -> Model:
    """The model file shipped in the package (read once)."""
    text = resources.files(__package__).joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return Model.from_dict(json.loads(text))


class Learned(Rule):
    """Scores every block with the learned model and acts where it is confident: removes a kept
    block that reads as boilerplate ("Home | Products | Contact", a footer blurb) and keeps a block
    that a positional rule (main run, neighbours, comment thread, teaser list, main container)
    removed but that reads as content (a forum post, a listing's item). Phrase rules' removals
    (cookie notices, share bars, bylines) are never undone, nor is a removed block that is only a
    day of a month (:func:`bare_date`: a card's "Mar 14 26", "Mar 7"): such a block has no word of
    its own, so its score is its neighbours' and its place's, which among a listing's kept cards
    reads as content whatever the line says. (A whole number alone is not spared this way: it is a
    card's rank on some pages and a how-to's step number, which the truths keep, on others.)

    On a page cleaned as a collection or a listing, a block that is one link saying no word
    (:func:`bare_link`: a card's linked price "$11.99", a pager's "2") that the classifier took for
    navigation stays removed whatever its score: such a block, like a bare date, has no word of its
    own, and among the cards it reads as content from its neighbours alone."""

    id = "quality.learned"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT
    min_blocks = 30
    """Pages of fewer blocks are left to the other rules: the page-level features the model weighs
    (the main run's share, list and repeat shares) are measured on pages of many blocks and say
    little about a handful."""

    def __init__(self, model: Model | None = None) -> None:
        self._model = model

    @property
    def model(self) -> Model:
        return self._model if self._model is not None else shipped_model()

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if len(page.blocks) < self.min_blocks:
            return
        model = self.model
        w = model.weights_for(page.blocks)
        verdicts = page.verdicts
        # Only blocks the rule may act on are scored: kept ones, and ones a restorable rule removed.
        keep = [v is None or v.label is not Label.BOILERPLATE for v in verdicts]
        removes, restores = w.remove_below > 0.0, w.restore_above < 1.0 and bool(w.restorable)
        if not removes and not restores:
            return
        cards = page.page_type in _CARD_PAGES
        wanted = [
            (k and removes)
            or (
                restores
                and not k
                and v is not None
                and v.rule in w.restorable
                and not bare_date(b.text)
                and not (cards and v.rule == Classify.id and bare_link(b))
            )
            for k, v, b in zip(keep, verdicts, page.blocks, strict=True)
        ]
        for i, p in enumerate(w.scores(page.blocks, wanted, page.page_type)):
            if p is None:
                continue
            if keep[i]:
                if p < w.remove_below:
                    yield i, self.verdict(f"learned content score {p:.2f} (below {w.remove_below:.2f})")
            elif p > w.restore_above:
                v = verdicts[i]
                rule = v.rule if v is not None else ""
                reason = f"learned content score {p:.2f} (above {w.restore_above:.2f}) overrules {rule}"
                yield i, self.verdict(reason, label=Label.CONTENT)


RULES: list[Rule] = [Learned()]
