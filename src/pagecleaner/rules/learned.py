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

from .. import classnames
from ..blocks import Block, DomInfo
from ..models import Kind, PageType
from .base import Label, Page, Rule, Stage, Verdict
from .quality import best_span

MODEL_FILE = "learned.json"
MODEL_VERSION = 2

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
_TOKEN_FAMILIES = classnames.FAMILIES
_SEPARATORS = ("|", "»", "›", "·", "/")
_POST, _COMMENT, _ITEM = (classnames.NAMES.index(n) for n in ("cls.post", "cls.comment", "cls.item"))

_OWN_NUMERIC = (
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
)
_OWN = (
    *_OWN_NUMERIC,
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
_N_OWN, _N_NUMERIC, _N_NEIGHBOUR = len(_OWN), len(_OWN_NUMERIC), len(_NEIGHBOUR)
_N_TAGS = len(_TAG_GROUPS) + len(_ANCESTOR_FLAGS)
_PREV, _NEXT = _AT["prev.log_weight"], _AT["next.log_weight"]
_RUN, _PAGE_AT, _TYPE_AT = _AT["in_run"], _AT["log_blocks"], _AT[f"type.{_TYPES[0].value}"]
_PICKS = tuple(_AT[n] for n in _NEIGHBOUR[:-1])
"""Where the neighbour features (but the last, same_parent) sit among the own ones."""

_PROSE_WORDS = 8
_RUN_WORD_CAP = 60
_RUN_COST = 8
_AROUND = 3
_CONTAINER_SHARE = 0.6


_bits_of = classnames.bits_of


@lru_cache(maxsize=1024)
def _flags_of(bits: int) -> tuple[float, ...]:
    return tuple(1.0 if bits >> k & 1 else 0.0 for k in range(len(_TOKEN_FAMILIES)))


@lru_cache(maxsize=1024)
def _ancestor_flags(tag: str, ancestors: tuple[str, ...]) -> tuple[float, ...]:
    found = set(ancestors)
    groups = tuple(1.0 if tag in tags else 0.0 for _, tags in _TAG_GROUPS)
    return groups + tuple(1.0 if not found.isdisjoint(tags) else 0.0 for _, tags in _ANCESTOR_FLAGS)


_NO_DOM = (0.0,) * (len(_TAG_GROUPS) + len(_ANCESTOR_FLAGS) + len(_TOKEN_FAMILIES))


def _main_run(weights: list[int], prose: list[bool]) -> tuple[int, int]:
    """The span of blocks with the most prose words net of what the blocks between cost."""
    scores = (min(w, _RUN_WORD_CAP) if p else -(min(w, 40) + _RUN_COST) for w, p in zip(weights, prose, strict=True))
    return best_span(scores) or (0, -1)


def _container(
    blocks: Sequence[Block], weights: list[int], prose: list[bool], lo: int, hi: int, tree: _Tree
) -> tuple[int, int] | None:
    """The innermost element holding most of the main run's prose words (HTML only): its id and
    its depth from the root. Words are counted at each block's element, then carried up the tree
    once per element (not once per block and ancestor)."""
    words: dict[int, int] = {}
    total = 0
    for i in range(lo, hi + 1):
        dom = blocks[i].dom
        if not prose[i] or dom is None or not dom.nodes:
            continue
        w = weights[i]
        total += w
        node = dom.nodes[0].id
        words[node] = words.get(node, 0) + w
    if not total:
        return None
    # Every element above the counted ones, deepest first, adds its words to its parent's.
    parent, depth = tree.parent, tree.depth
    touched = set(words)
    for node in list(words):
        up = parent.get(node, -1)
        while up >= 0 and up not in touched:
            touched.add(up)
            up = parent.get(up, -1)
    best, best_depth, floor = -1, -1, _CONTAINER_SHARE * total
    for node in sorted(touched, key=lambda x: -depth[x]):
        held = words.get(node, 0)
        if held >= floor and depth[node] > best_depth:
            best, best_depth = node, depth[node]
        up = parent.get(node, -1)
        if up >= 0:
            words[up] = words.get(up, 0) + held
    return (best, best_depth) if best >= 0 else None


def _parent(dom: DomInfo | None) -> int:
    return dom.nodes[1].id if dom is not None and len(dom.nodes) > 1 else -1


_SEPARATOR = re.compile("[" + re.escape("".join(_SEPARATORS)) + "]")
_LI_TAGS = ("li", "dd", "dt")


@dataclass(frozen=True, slots=True)
class _Facts:
    """What the features of every block of a page read: the page's main run and container, its
    repeated structures and its page-level figures."""

    weights: list[int]
    link_density: list[float]
    prose: list[bool]
    run: tuple[int, int]
    container: tuple[int, int] | None
    """The container element's id and its depth from the root."""
    parents: list[int]
    siblings: Counter[int]
    same_class: list[int]
    """How many blocks of the page share the block's tag and element tokens (0 for text)."""
    inside: list[bool]
    """Whether the block is inside the container."""
    total_chars: int
    page: list[float]
    token_bits: list[int]
    """For each block, the token families its element and ancestors name (bits of :data:`_TOKEN_FAMILIES`)."""


def _class_key(dom: DomInfo) -> tuple[str, frozenset[str]]:
    return dom.tag, dom.nodes[0].tokens if dom.nodes else dom.tokens


def _inside(dom: DomInfo | None, container: tuple[int, int] | None) -> bool:
    if dom is None or container is None:
        return False
    cid, depth = container
    k = len(dom.nodes) - depth
    return k >= 0 and dom.nodes[k].id == cid


@dataclass(frozen=True, slots=True)
class _Tree:
    """The page's elements as the blocks' chains name them: each one's parent, depth from the root
    and token families (its own and its ancestors'), read once per element."""

    parent: dict[int, int]
    depth: dict[int, int]
    bits: dict[int, int]
    block_bits: list[int]
    """For each block, the token families its element and ancestors name."""


def _tree(blocks: Sequence[Block]) -> _Tree:
    """Walks each block's element chain up to the first element already read (usually the parent),
    so every element is read once."""
    parent: dict[int, int] = {}
    depth: dict[int, int] = {}
    bits_at: dict[int, int] = {}
    out = []
    for b in blocks:
        dom = b.dom
        if dom is None:
            out.append(0)
            continue
        nodes = dom.nodes
        if not nodes:  # no element chain: the united tokens
            out.append(_bits_of(dom.tokens))
            continue
        k = 0
        while k < len(nodes) and nodes[k].id not in bits_at:
            k += 1
        bits = bits_at[nodes[k].id] if k < len(nodes) else 0
        size = len(nodes)
        for j in range(k - 1, -1, -1):
            node = nodes[j]
            if node.tokens:
                bits |= _bits_of(node.tokens)
            bits_at[node.id] = bits
            depth[node.id] = size - j
            parent[node.id] = nodes[j + 1].id if j + 1 < size else -1
        out.append(bits_at[nodes[0].id])
    return _Tree(parent, depth, bits_at, out)


def _facts(blocks: Sequence[Block]) -> _Facts:
    n = len(blocks)
    weights = [b.weight for b in blocks]
    density = [b.link_density for b in blocks]
    prose = [
        w >= _PROSE_WORDS and (b.terminal or b.sentences >= 1) and d <= 0.5
        for b, w, d in zip(blocks, weights, density, strict=True)
    ]
    lo, hi = _main_run(weights, prose)
    tree = _tree(blocks)
    container = _container(blocks, weights, prose, lo, hi, tree)
    total_words = sum(weights) or 1
    run_words = sum(weights[lo : hi + 1])
    doms = [b.dom for b in blocks]
    parents = [_parent(d) for d in doms]
    link_words = sum(map(mul, weights, density))
    li = sum(1 for d in doms if d is not None and d.tag in _LI_TAGS)
    inside = [_inside(d, container) for d in doms] if container else [False] * n
    container_words = sum(w for w, x in zip(weights, inside, strict=True) if x)
    page = [
        math.log1p(n),
        link_words / total_words,
        li / n,
        run_words / total_words,
        container_words / total_words,
    ]
    keys = [_class_key(d) if d is not None else None for d in doms]
    classes = Counter(k for k in keys if k is not None)
    # Words under elements named as posts, comments or items: a thread, a listing or a grid.
    token_bits = tree.block_bits
    families = [0.0, 0.0, 0.0]
    for w, bits in zip(weights, token_bits, strict=True):
        if bits:
            families[0] += w * (bits >> _POST & 1)
            families[1] += w * (bits >> _COMMENT & 1)
            families[2] += w * (bits >> _ITEM & 1)
    page += [x / total_words for x in families]
    page += [
        max(classes.values()) / n if classes else 0.0,
        sum(1 for w in weights if w < 4) / n,
        sum(1 for b in blocks if b.repeats > 1) / n,
    ]
    total_chars = sum(b.chars for b in blocks) or 1
    same_class = [classes[k] if k is not None else 0 for k in keys]
    return _Facts(
        weights, density, prose, (lo, hi), container, parents, Counter(parents), same_class, inside, total_chars, page, token_bits
    )


def _own(b: Block, i: int, n: int, chars_before: int, f: _Facts) -> list[float]:
    """The block's own numeric features (:data:`_OWN_NUMERIC`)."""
    dom, ld, text, weight = b.dom, f.link_density[i], b.text, f.weights[i]
    if dom is not None:
        parent = f.parents[i]
        structure = [
            1.0 if dom.hidden else 0.0,
            math.log1p(len(dom.hrefs)),
            math.log1p(f.siblings[parent] - 1) if parent >= 0 else 0.0,
            math.log1p(f.same_class[i] - 1),
            1.0 if f.inside[i] else 0.0,
        ]
    else:
        structure = [0.0] * 5
    return [
        math.log1p(weight),
        math.log1p(b.chars),
        1.0 if b.terminal else 0.0,
        math.log1p(b.sentences),
        1.0 if weight < 4 else 0.0,
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


class _OwnWeights:
    """The weights of :data:`_OWN_NUMERIC` by name, and a block's weighted sum of those features:
    what ``sum(map(mul, weights, _own(...)))`` gives, without building the row."""

    __slots__ = _OWN_NUMERIC
    log_weight: float
    log_chars: float
    terminal: float
    log_sentences: float
    short: float
    prose: float
    link_density: float
    link_heavy: float
    upper_ratio: float
    capital_ratio: float
    digit_ratio: float
    bullet: float
    repeated: float
    position: float
    position_chars: float
    blank_before: float
    ends_colon: float
    separators: float
    cjk: float
    hidden: float
    log_links: float
    log_siblings: float
    log_same_class: float
    in_container: float

    def __init__(self, weights: Sequence[float]) -> None:
        for name, w in zip(_OWN_NUMERIC, weights, strict=True):
            setattr(self, name, w)

    def sum(self, b: Block, i: int, n: int, chars_before: int, f: _Facts, log_weight: float) -> float:
        weight, ld, text = f.weights[i], f.link_density[i], b.text
        z = (
            self.log_weight * log_weight
            + self.log_chars * math.log1p(b.chars)
            + self.log_sentences * math.log1p(b.sentences)
            + self.link_density * ld
            + self.upper_ratio * b.upper_ratio
            + self.capital_ratio * b.capital_ratio
            + self.digit_ratio * b.digit_ratio
            + (self.position * (i / (n - 1)) if n > 1 else 0.0)
            + self.position_chars * (chars_before / f.total_chars)
        )
        if b.terminal:
            z += self.terminal
        if weight < 4:
            z += self.short
        if f.prose[i]:
            z += self.prose
        if ld > 0.5:
            z += self.link_heavy
        if b.bullet:
            z += self.bullet
        if b.repeats > 1:
            z += self.repeated
        if b.blank_before:
            z += self.blank_before
        if text.endswith(":"):
            z += self.ends_colon
        if _SEPARATOR.search(text):
            z += self.separators
        if b.cjk:
            z += self.cjk
        dom = b.dom
        if dom is not None:
            parent = f.parents[i]
            if dom.hidden:
                z += self.hidden
            if dom.hrefs:
                z += self.log_links * math.log1p(len(dom.hrefs))
            if parent >= 0:
                z += self.log_siblings * math.log1p(f.siblings[parent] - 1)
            z += self.log_same_class * math.log1p(f.same_class[i] - 1)
            if f.inside[i]:
                z += self.in_container
        return z


assert tuple(_OwnWeights.__annotations__) == _OWN_NUMERIC, "one weight attribute per own feature, in order"


def _neighbour_part(
    w: Sequence[float], columns: tuple[list[float], list[float], list[float], list[bool], list[float]]
) -> list[float]:
    """What each block adds to a neighbour's sum: its features at :data:`_PICKS`, by columns,
    weighted by ``w`` (the weights of ``prev.*`` or of ``next.*``)."""
    a0, a1, a2, a3, a4 = w
    return [a0 * p + a1 * q + a2 * r + (a3 if s else 0.0) + a4 * t for p, q, r, s, t in zip(*columns, strict=True)]


def _flags(dom: DomInfo | None, bits: int) -> tuple[float, ...]:
    if dom is None:
        return _NO_DOM
    return _ancestor_flags(dom.tag, dom.ancestors) + _flags_of(bits)


def _context(i: int, f: _Facts, window: list[int], n: int) -> tuple[float, float, float]:
    lo, hi = f.run
    in_run = lo <= i <= hi
    distance = 0 if in_run else (lo - i if i < lo else i - hi)
    a, z = max(0, i - _AROUND), min(n, i + _AROUND + 1)
    return 1.0 if in_run else 0.0, math.log1p(distance), (window[z] - window[a] - f.prose[i]) / (z - a)


def _prose_window(f: _Facts) -> list[int]:
    window = [0]
    for p in f.prose:
        window.append(window[-1] + p)
    return window


def _type_part(page_type: PageType) -> list[float]:
    """The one-hot type features (article: all zero)."""
    return [1.0 if t is page_type else 0.0 for t in _TYPES]


def feature_rows(blocks: Sequence[Block], page_type: PageType = PageType.ARTICLE) -> list[list[float]]:
    """One row of :data:`FEATURES` per block (what training reads; :meth:`Weights.scores` computes
    the same scores without building the rows)."""
    n = len(blocks)
    if not n:
        return []
    f = _facts(blocks)
    own, chars_before = [], 0
    for i, b in enumerate(blocks):
        own.append([*_own(b, i, n, chars_before, f), *_flags(b.dom, f.token_bits[i])])
        chars_before += b.chars
    window, page = _prose_window(f), f.page
    types = _type_part(page_type)
    rows = []
    none = [0.0] * _N_NEIGHBOUR
    for i, row in enumerate(own):
        parent = f.parents[i]
        prev = [*(own[i - 1][k] for k in _PICKS), 1.0 if f.parents[i - 1] == parent >= 0 else 0.0] if i else none
        nxt = [*(own[i + 1][k] for k in _PICKS), 1.0 if f.parents[i + 1] == parent >= 0 else 0.0] if i + 1 < n else none
        full = [*row, *prev, *nxt, *_context(i, f, window, n), *page]
        full += [full[_AT[a]] * full[_AT[b]] for a, b in _CROSS]
        full += types
        full += [t * full[_AT[name]] for t in types for name in _TYPE_CROSSED]
        rows.append(full)
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
        n = len(blocks)
        if not n:
            return []
        f = _facts(blocks)
        base, eff = self._folded(f.page, page_type)
        w_own = eff[:_N_NUMERIC]
        w_tags, w_tokens = eff[_N_NUMERIC : _N_NUMERIC + _N_TAGS], eff[_N_NUMERIC + _N_TAGS : _N_OWN]
        w_prev, w_next = eff[_PREV : _PREV + _N_NEIGHBOUR - 1], eff[_NEXT : _NEXT + _N_NEIGHBOUR - 1]
        same_prev, same_next = eff[_PREV + _N_NEIGHBOUR - 1], eff[_NEXT + _N_NEIGHBOUR - 1]
        w_run, w_distance, w_around = eff[_RUN : _RUN + 3]
        tag_part: dict[tuple[str, tuple[str, ...]], float] = {}
        token_part: dict[int, float] = {}
        own_part: list[float] = [0.0] * n
        chars_before = 0
        token_bits = f.token_bits
        # What each block adds to its neighbours' sums (the own features at _PICKS), by columns.
        log_weight = [math.log1p(x) for x in f.weights]
        terminal = [1.0 if b.terminal else 0.0 for b in blocks]
        short = [1.0 if x < 4 else 0.0 for x in f.weights]
        columns = (log_weight, f.link_density, terminal, f.prose, short)
        as_prev, as_next = _neighbour_part(w_prev, columns), _neighbour_part(w_next, columns)
        own = _OwnWeights(w_own)
        for i, b in enumerate(blocks):
            if wanted is None or wanted[i]:
                part = own.sum(b, i, n, chars_before, f, log_weight[i])
                dom = b.dom
                if dom is not None:
                    key = (dom.tag, dom.ancestors)
                    t = tag_part.get(key)
                    if t is None:
                        t = tag_part[key] = sum(map(mul, w_tags, _ancestor_flags(*key)))
                    bits = token_bits[i]
                    u = token_part.get(bits)
                    if u is None:
                        u = token_part[bits] = sum(map(mul, w_tokens, _flags_of(bits)))
                    part += t + u
                own_part[i] = part
            chars_before += b.chars
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
            in_run, distance, around = _context(i, f, window, n)
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
