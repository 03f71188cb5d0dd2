"""A learned block scorer in the style of boilerpipe and dragnet: shallow, language-independent
features of each block and its neighbours, weighed by a logistic model trained on pages of many
sites (``bench/train.py`` rebuilds the shipped ``learned.json`` from the shared data).

The features describe the block, never the verdicts of other rules, so the model predicts whether a
block's text is the page's content from what the block looks like; the rule then uses that score to
overrule the positional rules where the model is confident.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import mul
from typing import Any

from ..blocks import Block, DomInfo
from ..models import Kind
from .base import Label, Page, Rule, Stage, Verdict

MODEL_FILE = "learned.json"
MODEL_VERSION = 1

# DOM vocabularies, all lower case. A block's tag falls into one group; its ancestors and its
# class/id tokens each raise the flags of the families they name.
_TAG_GROUPS: tuple[tuple[str, frozenset[str]], ...] = (
    ("tag.p", frozenset({"p"})),
    ("tag.li", frozenset({"li", "dd", "dt"})),
    ("tag.h", frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})),
    ("tag.cell", frozenset({"td", "th", "caption"})),
    ("tag.pre", frozenset({"pre", "code"})),
    ("tag.quote", frozenset({"blockquote"})),
    ("tag.control", frozenset({"button", "option", "summary", "legend", "label"})),
    ("tag.figure", frozenset({"figcaption", "figure"})),
)
_ANCESTOR_FLAGS: tuple[tuple[str, frozenset[str]], ...] = (
    ("in.nav", frozenset({"nav", "menu"})),
    ("in.footer", frozenset({"footer"})),
    ("in.header", frozenset({"header"})),
    ("in.aside", frozenset({"aside"})),
    ("in.form", frozenset({"form", "fieldset"})),
    ("in.article", frozenset({"article"})),
    ("in.main", frozenset({"main"})),
    ("in.table", frozenset({"table"})),
    ("in.list", frozenset({"ul", "ol", "dl"})),
    ("in.section", frozenset({"section"})),
)
_TOKEN_FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("cls.nav", ("nav", "menu", "breadcrumb", "pagination", "pager")),
    ("cls.footer", ("footer", "copyright", "bottom")),
    ("cls.header", ("header", "masthead", "topbar", "toolbar")),
    ("cls.sidebar", ("sidebar", "widget", "aside", "rail")),
    ("cls.comment", ("comment", "respond", "disqus", "discussion")),
    ("cls.share", ("share", "social", "follow")),
    ("cls.related", ("related", "recommend", "popular", "trending", "more")),
    ("cls.ad", ("advert", "sponsor", "promo", "banner", "ad-", "ads")),
    ("cls.consent", ("cookie", "consent", "gdpr", "newsletter", "subscribe", "signup", "modal", "popup")),
    ("cls.content", ("content", "article", "entry", "story", "body", "main", "text", "prose")),
    ("cls.post", ("post", "message", "thread", "topic", "forum", "reply", "answer", "question")),
    ("cls.item", ("product", "item", "card", "grid", "listing", "catalog", "tile", "result")),
    ("cls.price", ("price", "spec", "feature", "description", "detail")),
    ("cls.meta", ("author", "byline", "meta", "date", "time", "tag", "categor")),
    ("cls.title", ("title", "heading", "headline")),
    ("cls.doc", ("doc", "markdown", "highlight", "syntax", "api")),
)
_SEPARATORS = ("|", "»", "›", "·", "/")
_FAMILY = [name for name, _ in _TOKEN_FAMILIES]
_POST, _COMMENT, _ITEM = _FAMILY.index("cls.post"), _FAMILY.index("cls.comment"), _FAMILY.index("cls.item")

_OWN = (
    "log_weight",
    "log_chars",
    "terminal",
    "log_sentences",
    "short",
    "prose",
    "link_density",
    "link_heavy",
    "upper_ratio",
    "capital_ratio",
    "digit_ratio",
    "bullet",
    "repeated",
    "position",
    "position_chars",
    "blank_before",
    "ends_colon",
    "separators",
    "cjk",
    "hidden",
    "log_links",
    "log_siblings",
    "log_same_class",
    "in_container",
    *(name for name, _ in _TAG_GROUPS),
    *(name for name, _ in _ANCESTOR_FLAGS),
    *(name for name, _ in _TOKEN_FAMILIES),
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
_CROSS = ("link_density*page_link_share", "tag.li*page_li_share", "in_run*run_share", "prose*run_share")

FEATURES: tuple[str, ...] = (
    *_OWN,
    *(f"prev.{n}" for n in _NEIGHBOUR),
    *(f"next.{n}" for n in _NEIGHBOUR),
    *_CONTEXT,
    *_PAGE,
    *_CROSS,
)
"""The names of the model's inputs, in order (the model file lists them too, and must agree)."""

_PROSE_WORDS = 8
_RUN_WORD_CAP = 60
_RUN_COST = 8
_AROUND = 3
_CONTAINER_SHARE = 0.6


def _is_prose(b: Block) -> bool:
    return b.weight >= _PROSE_WORDS and (b.terminal or b.sentences >= 1) and b.link_density <= 0.5


_FAMILY_PATTERNS = tuple(re.compile("|".join(re.escape(w) for w in words)) for _, words in _TOKEN_FAMILIES)


@lru_cache(maxsize=1 << 15)
def _token_bits(token: str) -> int:
    """Bit ``k`` set when the token holds a word of family ``k`` of :data:`_TOKEN_FAMILIES`."""
    return sum(1 << k for k, p in enumerate(_FAMILY_PATTERNS) if p.search(token))


def _token_flags(tokens: frozenset[str]) -> tuple[float, ...]:
    """For each family of :data:`_TOKEN_FAMILIES`, whether a token holds one of its words (no word
    holds a space, so it is found in one token or not at all; tokens repeat, so each is read once)."""
    bits = 0
    for token in tokens:
        bits |= _token_bits(token)
    return _flags_of(bits)


@lru_cache(maxsize=1024)
def _flags_of(bits: int) -> tuple[float, ...]:
    return tuple(1.0 if bits >> k & 1 else 0.0 for k in range(len(_TOKEN_FAMILIES)))


@lru_cache(maxsize=1024)
def _ancestor_flags(tag: str, ancestors: tuple[str, ...]) -> tuple[float, ...]:
    found = set(ancestors)
    groups = tuple(1.0 if tag in tags else 0.0 for _, tags in _TAG_GROUPS)
    return groups + tuple(1.0 if not found.isdisjoint(tags) else 0.0 for _, tags in _ANCESTOR_FLAGS)


_NO_DOM = (0.0,) * (len(_TAG_GROUPS) + len(_ANCESTOR_FLAGS) + len(_TOKEN_FAMILIES))


def _main_run(blocks: Sequence[Block], prose: list[bool]) -> tuple[int, int]:
    """The span of blocks with the most prose words net of what the blocks between cost."""
    best, span, run, start = 0.0, (0, -1), 0.0, 0
    for i, b in enumerate(blocks):
        if run <= 0:
            run, start = 0.0, i
        run += min(b.weight, _RUN_WORD_CAP) if prose[i] else -(min(b.weight, 40) + _RUN_COST)
        if run > best:
            best, span = run, (start, i)
    return span


def _container(blocks: Sequence[Block], prose: list[bool], lo: int, hi: int) -> tuple[int, int] | None:
    """The innermost element holding most of the main run's prose words (HTML only): its id and
    its depth from the root."""
    words: Counter[int] = Counter()
    depth: dict[int, int] = {}
    total = 0
    for i in range(lo, hi + 1):
        dom = blocks[i].dom
        if not prose[i] or dom is None:
            continue
        total += blocks[i].weight
        for k, node in enumerate(dom.nodes):
            words[node.id] += blocks[i].weight
            depth[node.id] = len(dom.nodes) - k
    if not total:
        return None
    held = [n for n, w in words.items() if w >= _CONTAINER_SHARE * total]
    if not held:
        return None
    best = max(held, key=lambda n: depth[n])
    return best, depth[best]


def _parent(dom: DomInfo | None) -> int:
    return dom.nodes[1].id if dom is not None and len(dom.nodes) > 1 else -1


_SEPARATOR = re.compile("[" + re.escape("".join(_SEPARATORS)) + "]")
_LI_TAGS = ("li", "dd", "dt")


@dataclass(frozen=True, slots=True)
class _Facts:
    """What the features of every block of a page read: the page's main run and container, its
    repeated structures and its page-level figures."""

    prose: list[bool]
    run: tuple[int, int]
    container: tuple[int, int] | None
    """The container element's id and its depth from the root."""
    parents: list[int]
    siblings: Counter[int]
    classes: Counter[tuple[str, frozenset[str]]]
    total_chars: int
    page: list[float]
    token_flags: dict[frozenset[str], tuple[float, ...]]
    """:func:`_token_flags` of each distinct token set of the page."""


def _class_key(dom: DomInfo) -> tuple[str, frozenset[str]]:
    return dom.tag, dom.nodes[0].tokens if dom.nodes else dom.tokens


def _inside(dom: DomInfo | None, container: tuple[int, int] | None) -> bool:
    if dom is None or container is None:
        return False
    cid, depth = container
    k = len(dom.nodes) - depth
    return k >= 0 and dom.nodes[k].id == cid


def _facts(blocks: Sequence[Block]) -> _Facts:
    n = len(blocks)
    prose = [_is_prose(b) for b in blocks]
    lo, hi = _main_run(blocks, prose)
    container = _container(blocks, prose, lo, hi)
    total_words = sum(b.weight for b in blocks) or 1
    run_words = sum(blocks[i].weight for i in range(lo, hi + 1))
    parents = [_parent(b.dom) for b in blocks]
    link_words = sum(b.weight * b.link_density for b in blocks)
    li = sum(1 for b in blocks if b.dom is not None and b.dom.tag in _LI_TAGS)
    container_words = sum(b.weight for b in blocks if _inside(b.dom, container))
    page = [
        math.log1p(n),
        link_words / total_words,
        li / n,
        run_words / total_words,
        container_words / total_words,
    ]
    classes = Counter(_class_key(b.dom) for b in blocks if b.dom is not None)
    # Words under elements named as posts, comments or items: a thread, a listing or a grid.
    families = [0.0, 0.0, 0.0]
    token_flags: dict[frozenset[str], tuple[float, ...]] = {}
    for b in blocks:
        if b.dom is not None and b.dom.tokens:
            flags = token_flags.get(b.dom.tokens)
            if flags is None:
                flags = token_flags[b.dom.tokens] = _token_flags(b.dom.tokens)
            families[0] += b.weight * flags[_POST]
            families[1] += b.weight * flags[_COMMENT]
            families[2] += b.weight * flags[_ITEM]
    page += [x / total_words for x in families]
    page += [
        max(classes.values()) / n if classes else 0.0,
        sum(1 for b in blocks if b.weight < 4) / n,
        sum(1 for b in blocks if b.repeats > 1) / n,
    ]
    total_chars = sum(b.chars for b in blocks) or 1
    return _Facts(prose, (lo, hi), container, parents, Counter(parents), classes, total_chars, page, token_flags)


def _own(b: Block, i: int, n: int, chars_before: int, f: _Facts) -> list[float]:
    """The block's own numeric features (the first :data:`_OWN_NUMERIC` of :data:`FEATURES`)."""
    dom, ld, text = b.dom, b.link_density, b.text
    if dom is not None:
        parent = f.parents[i]
        structure = [
            1.0 if dom.hidden else 0.0,
            math.log1p(len(dom.hrefs)),
            math.log1p(f.siblings[parent] - 1) if parent >= 0 else 0.0,
            math.log1p(f.classes[_class_key(dom)] - 1),
            1.0 if _inside(dom, f.container) else 0.0,
        ]
    else:
        structure = [0.0] * 5
    return [
        math.log1p(b.weight),
        math.log1p(b.chars),
        1.0 if b.terminal else 0.0,
        math.log1p(b.sentences),
        1.0 if b.weight < 4 else 0.0,
        1.0 if f.prose[i] else 0.0,
        ld,
        1.0 if ld > 0.5 else 0.0,
        b.upper_ratio,
        b.capital_ratio,
        b.digit_ratio,
        1.0 if b.bullet else 0.0,
        1.0 if b.repeats > 1 else 0.0,
        i / (n - 1) if n > 1 else 0.0,
        chars_before / f.total_chars,
        1.0 if b.blank_before else 0.0,
        1.0 if text.endswith(":") else 0.0,
        1.0 if _SEPARATOR.search(text) else 0.0,
        1.0 if b.cjk else 0.0,
        *structure,
    ]


_OWN_NUMERIC = 24
_N_TAGS = len(_TAG_GROUPS) + len(_ANCESTOR_FLAGS)
_PICKS = (0, 6, 2, 5, 4)
"""Where the neighbour features (but the last, same_parent) sit among the own ones."""


def _flags(dom: DomInfo | None, f: _Facts) -> tuple[float, ...]:
    if dom is None:
        return _NO_DOM
    tokens = f.token_flags.get(dom.tokens) or _token_flags(dom.tokens)
    return _ancestor_flags(dom.tag, dom.ancestors) + tokens


def _context(i: int, n: int, f: _Facts, window: list[int]) -> list[float]:
    lo, hi = f.run
    in_run = lo <= i <= hi
    distance = 0 if in_run else (lo - i if i < lo else i - hi)
    a, z = max(0, i - _AROUND), min(n, i + _AROUND + 1)
    return [1.0 if in_run else 0.0, math.log1p(distance), (window[z] - window[a] - f.prose[i]) / (z - a)]


def _prose_window(f: _Facts) -> list[int]:
    window = [0]
    for p in f.prose:
        window.append(window[-1] + p)
    return window


def feature_rows(blocks: Sequence[Block]) -> list[list[float]]:
    """One row of :data:`FEATURES` per block (what training reads; :meth:`Weights.scores` computes
    the same scores without building the rows)."""
    n = len(blocks)
    if not n:
        return []
    f = _facts(blocks)
    own, chars_before = [], 0
    for i, b in enumerate(blocks):
        own.append([*_own(b, i, n, chars_before, f), *_flags(b.dom, f)])
        chars_before += b.chars
    window, page = _prose_window(f), f.page
    li_index, ld_index = _OWN.index("tag.li"), _OWN.index("link_density")
    rows = []
    none = [0.0] * len(_NEIGHBOUR)
    for i, row in enumerate(own):
        parent = f.parents[i]
        prev = [*(own[i - 1][k] for k in _PICKS), 1.0 if f.parents[i - 1] == parent >= 0 else 0.0] if i else none
        nxt = [*(own[i + 1][k] for k in _PICKS), 1.0 if f.parents[i + 1] == parent >= 0 else 0.0] if i + 1 < n else none
        context = _context(i, n, f, window)
        cross = [row[ld_index] * page[1], row[li_index] * page[2], context[0] * page[3], row[5] * page[3]]
        rows.append([*row, *prev, *nxt, *context, *page, *cross])
    return rows


def _logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


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
        return _logistic(self.bias + sum(map(mul, self.weights, row)))

    def scores(self, blocks: Sequence[Block], wanted: Sequence[bool] | None = None) -> list[float | None]:
        """Each block's probability of being content (None where ``wanted`` says it is not needed).

        The same figures as :meth:`score` over :func:`feature_rows`, computed by parts: a linear
        model's sum splits into the page's share, each block's own share and what each block adds
        to its neighbours' scores, so no row is built and unwanted blocks cost only their neighbour
        features.
        """
        n = len(blocks)
        if not n:
            return []
        f, w = _facts(blocks), self.weights
        page = f.page
        o = len(_OWN)
        w_own = list(w[:_OWN_NUMERIC])
        w_tags, w_tokens = w[_OWN_NUMERIC : _OWN_NUMERIC + _N_TAGS], w[_OWN_NUMERIC + _N_TAGS : o]
        k = len(_NEIGHBOUR)
        w_prev, w_next = w[o : o + k - 1], w[o + k : o + 2 * k - 1]
        same_prev, same_next = w[o + k - 1], w[o + 2 * k - 1]
        c = o + 2 * k
        w_run, w_distance, w_around = w[c : c + 3]
        w_page, w_cross = w[c + 3 : c + 3 + len(_PAGE)], w[c + 3 + len(_PAGE) :]
        # The cross features multiply a block's feature by a page figure: fold them into its weight.
        w_own[6] += w_cross[0] * page[1]
        w_own[5] += w_cross[3] * page[3]
        w_li = w_cross[1] * page[2]
        w_run += w_cross[2] * page[3]
        base = self.bias + sum(map(mul, w_page, page))
        tag_part: dict[tuple[str, tuple[str, ...]], float] = {}
        token_part: dict[frozenset[str], float] = {}
        as_prev, as_next = [0.0] * n, [0.0] * n
        own_part: list[float] = [0.0] * n
        chars_before = 0
        prose = f.prose
        for i, b in enumerate(blocks):
            if wanted is not None and not wanted[i]:
                # Only what the neighbours read (the features at _PICKS).
                weight = b.weight
                picks = [
                    math.log1p(weight),
                    b.link_density,
                    1.0 if b.terminal else 0.0,
                    1.0 if prose[i] else 0.0,
                    1.0 if weight < 4 else 0.0,
                ]
                as_prev[i] = sum(map(mul, w_prev, picks))
                as_next[i] = sum(map(mul, w_next, picks))
                chars_before += b.chars
                continue
            row = _own(b, i, n, chars_before, f)
            chars_before += b.chars
            picks = [row[0], row[6], row[2], row[5], row[4]]
            as_prev[i] = sum(map(mul, w_prev, picks))
            as_next[i] = sum(map(mul, w_next, picks))
            part = sum(map(mul, w_own, row))
            dom = b.dom
            if dom is not None:
                key = (dom.tag, dom.ancestors)
                t = tag_part.get(key)
                if t is None:
                    flags = _ancestor_flags(*key)
                    t = tag_part[key] = sum(map(mul, w_tags, flags)) + w_li * flags[1]
                u = token_part.get(dom.tokens)
                if u is None:
                    flags = f.token_flags.get(dom.tokens) or _token_flags(dom.tokens)
                    u = token_part[dom.tokens] = sum(map(mul, w_tokens, flags))
                part += t + u
            own_part[i] = part
        window, parents = _prose_window(f), f.parents
        out: list[float | None] = []
        for i in range(n):
            if wanted is not None and not wanted[i]:
                out.append(None)
                continue
            z = base + own_part[i]
            parent = parents[i]
            if i:
                z += as_prev[i - 1] + (same_prev if parents[i - 1] == parent >= 0 else 0.0)
            if i + 1 < n:
                z += as_next[i + 1] + (same_next if parents[i + 1] == parent >= 0 else 0.0)
            in_run, distance, around = _context(i, n, f, window)
            out.append(_logistic(z + w_run * in_run + w_distance * distance + w_around * around))
        return out

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

    def scores(self, blocks: Sequence[Block], wanted: Sequence[bool] | None = None) -> list[float | None]:
        """Each block's probability of being content (see :meth:`Weights.scores`)."""
        return self.weights_for(blocks).scores(blocks, wanted) if blocks else []

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
    (cookie notices, share bars, bylines) are never undone."""

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
        wanted = [
            (k and removes) or (restores and not k and v is not None and v.rule in w.restorable)
            for k, v in zip(keep, verdicts, strict=True)
        ]
        for i, p in enumerate(w.scores(page.blocks, wanted)):
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
