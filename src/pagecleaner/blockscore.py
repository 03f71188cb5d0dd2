"""The learned block scorer's arithmetic (``rules/learned``): each page's facts (main run, main
container, repeated structures, page figures) and each block's linear sum, computed by parts.

A module of the features stage: it reads blocks only, and is compiled with mypyc (setup.py), since it
is the per-block loop of a rule that runs on every page of 30 blocks or more. The rule, its model
file and the feature list stay in ``rules/learned``. Sums run in a fixed order with plain ``+``, so
the pure and compiled builds give the same scores to the last bit.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import mul

from . import classnames
from .blocks import HEADING_LEVELS, Block, DomInfo

Span = Callable[[Iterable[float]], "tuple[int, int] | None"]
"""The best-scoring span of a sequence (``rules.quality.best_span``), passed in by the rule."""

# DOM vocabularies, all lower case. A block's tag falls into one group; its ancestors and its
# class/id tokens each raise the flags of the families they name.
TAG_GROUPS: tuple[tuple[str, frozenset[str]], ...] = (
    ("tag.p", frozenset({"p"})),
    ("tag.li", frozenset({"li", "dd", "dt"})),
    ("tag.h", frozenset(HEADING_LEVELS)),
    ("tag.cell", frozenset({"td", "th", "caption"})),
    ("tag.pre", frozenset({"pre", "code"})),
    ("tag.quote", frozenset({"blockquote"})),
    ("tag.control", frozenset({"button", "option", "summary", "legend", "label"})),
    ("tag.figure", frozenset({"figcaption", "figure"})),
)
ANCESTOR_FLAGS: tuple[tuple[str, frozenset[str]], ...] = (
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
_POST = classnames.NAMES.index("cls.post")
_COMMENT = classnames.NAMES.index("cls.comment")
_ITEM = classnames.NAMES.index("cls.item")

OWN_NUMERIC: tuple[str, ...] = (
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

_PROSE_WORDS = 8
_RUN_WORD_CAP = 60
_RUN_COST = 8
_AROUND = 3
_CONTAINER_SHARE = 0.6


_bits_of = classnames.bits_of


@lru_cache(maxsize=1024)
def flags_of(bits: int) -> tuple[float, ...]:
    return tuple(1.0 if bits >> k & 1 else 0.0 for k in range(len(_TOKEN_FAMILIES)))


@lru_cache(maxsize=1024)
def ancestor_flags(tag: str, ancestors: tuple[str, ...]) -> tuple[float, ...]:
    found = set(ancestors)
    groups = tuple(1.0 if tag in tags else 0.0 for _, tags in TAG_GROUPS)
    return groups + tuple(1.0 if not found.isdisjoint(tags) else 0.0 for _, tags in ANCESTOR_FLAGS)


_NO_DOM = (0.0,) * (len(TAG_GROUPS) + len(ANCESTOR_FLAGS) + len(_TOKEN_FAMILIES))


def _main_run(weights: list[int], prose: list[bool], span: Span) -> tuple[int, int]:
    """The span of blocks with the most prose words net of what the blocks between cost."""
    scores = (min(w, _RUN_WORD_CAP) if p else -(min(w, 40) + _RUN_COST) for w, p in zip(weights, prose, strict=True))
    return span(scores) or (0, -1)


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
class Facts:
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
    """For each block, the token families its element and ancestors name (bits of :data:`classnames.FAMILIES`)."""


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


def facts(blocks: Sequence[Block], span: Span) -> Facts:
    n = len(blocks)
    weights = [b.weight for b in blocks]
    density = [b.link_density for b in blocks]
    prose = [
        w >= _PROSE_WORDS and (b.terminal or b.sentences >= 1) and d <= 0.5
        for b, w, d in zip(blocks, weights, density, strict=True)
    ]
    lo, hi = _main_run(weights, prose, span)
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
    return Facts(
        weights,
        density,
        prose,
        (lo, hi),
        container,
        parents,
        Counter(parents),
        same_class,
        inside,
        total_chars,
        page,
        token_bits,
    )


def own_row(b: Block, i: int, n: int, chars_before: int, f: Facts) -> list[float]:
    """The block's own numeric features (:data:`OWN_NUMERIC`)."""
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


class OwnWeights:
    """The weights of :data:`OWN_NUMERIC` by name, and a block's weighted sum of those features:
    what ``sum(map(mul, weights, _own(...)))`` gives, without building the row."""

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
        if len(weights) != len(OWN_NUMERIC):
            raise ValueError("one weight per own feature")
        self.log_weight = weights[0]
        self.log_chars = weights[1]
        self.terminal = weights[2]
        self.log_sentences = weights[3]
        self.short = weights[4]
        self.prose = weights[5]
        self.link_density = weights[6]
        self.link_heavy = weights[7]
        self.upper_ratio = weights[8]
        self.capital_ratio = weights[9]
        self.digit_ratio = weights[10]
        self.bullet = weights[11]
        self.repeated = weights[12]
        self.position = weights[13]
        self.position_chars = weights[14]
        self.blank_before = weights[15]
        self.ends_colon = weights[16]
        self.separators = weights[17]
        self.cjk = weights[18]
        self.hidden = weights[19]
        self.log_links = weights[20]
        self.log_siblings = weights[21]
        self.log_same_class = weights[22]
        self.in_container = weights[23]

    def sum(self, b: Block, i: int, n: int, chars_before: int, f: Facts, log_weight: float) -> float:
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


def neighbour_part(
    w: Sequence[float], columns: tuple[list[float], list[float], list[float], list[bool], list[float]]
) -> list[float]:
    """What each block adds to a neighbour's sum: its features at the neighbour picks, by columns,
    weighted by ``w`` (the weights of ``prev.*`` or of ``next.*``)."""
    a0, a1, a2, a3, a4 = w
    return [a0 * p + a1 * q + a2 * r + (a3 if s else 0.0) + a4 * t for p, q, r, s, t in zip(*columns, strict=True)]


def flags(dom: DomInfo | None, bits: int) -> tuple[float, ...]:
    if dom is None:
        return _NO_DOM
    return ancestor_flags(dom.tag, dom.ancestors) + flags_of(bits)


def context(i: int, f: Facts, window: list[int], n: int) -> tuple[float, float, float]:
    lo, hi = f.run
    in_run = lo <= i <= hi
    distance = 0 if in_run else (lo - i if i < lo else i - hi)
    a, z = max(0, i - _AROUND), min(n, i + _AROUND + 1)
    return 1.0 if in_run else 0.0, math.log1p(distance), (window[z] - window[a] - f.prose[i]) / (z - a)


def prose_window(f: Facts) -> list[int]:
    window = [0]
    for p in f.prose:
        window.append(window[-1] + p)
    return window


def logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


N_TAGS = len(TAG_GROUPS) + len(ANCESTOR_FLAGS)
N_OWN = len(OWN_NUMERIC) + N_TAGS + len(_TOKEN_FAMILIES)


def linear_scores(
    blocks: Sequence[Block],
    wanted: Sequence[bool] | None,
    f: Facts,
    base: float,
    eff: Sequence[float],
    at: tuple[int, int, int],
    n_neighbour: int,
) -> list[float | None]:
    """Each wanted block's probability under a logistic model: ``base`` (the page's constant share)
    plus the block's own features weighed by ``eff`` (laid out as the rule's feature list: own
    numeric, tags, token families, then ``prev.*`` at ``at[0]``, ``next.*`` at ``at[1]`` and the
    three context features at ``at[2]``; ``n_neighbour`` features each, the last ``same_parent``)."""
    n = len(blocks)
    prev_at, next_at, run_at = at
    n_numeric = len(OWN_NUMERIC)
    w_tags, w_tokens = eff[n_numeric : n_numeric + N_TAGS], eff[n_numeric + N_TAGS : N_OWN]
    w_prev, w_next = eff[prev_at : prev_at + n_neighbour - 1], eff[next_at : next_at + n_neighbour - 1]
    same_prev, same_next = eff[prev_at + n_neighbour - 1], eff[next_at + n_neighbour - 1]
    w_run, w_distance, w_around = eff[run_at], eff[run_at + 1], eff[run_at + 2]
    # The tag and ancestor flags' share, per tag and parent element (every block under one element
    # has the same ancestors; an int key hashes without walking the ancestors' tuple).
    tag_part: dict[tuple[str, int], float] = {}
    parents = f.parents
    token_part: dict[int, float] = {}
    own_part: list[float] = [0.0] * n
    chars_before = 0
    token_bits = f.token_bits
    # What each block adds to its neighbours' sums (the own features at the neighbour picks), by columns.
    log_weight = [math.log1p(x) for x in f.weights]
    terminal = [1.0 if b.terminal else 0.0 for b in blocks]
    short = [1.0 if x < 4 else 0.0 for x in f.weights]
    columns = (log_weight, f.link_density, terminal, f.prose, short)
    as_prev, as_next = neighbour_part(w_prev, columns), neighbour_part(w_next, columns)
    own = OwnWeights(eff[:n_numeric])
    for i, b in enumerate(blocks):
        if wanted is None or wanted[i]:
            part = own.sum(b, i, n, chars_before, f, log_weight[i])
            dom = b.dom
            if dom is not None:
                parent = parents[i]
                t = tag_part.get((dom.tag, parent)) if parent >= 0 else None
                if t is None:
                    t = sum(map(mul, w_tags, ancestor_flags(dom.tag, dom.ancestors)))
                    if parent >= 0:
                        tag_part[(dom.tag, parent)] = t
                bits = token_bits[i]
                u = token_part.get(bits)
                if u is None:
                    u = sum(map(mul, w_tokens, flags_of(bits)))
                    token_part[bits] = u
                part += t + u
            own_part[i] = part
        chars_before += b.chars
    window = prose_window(f)
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
        in_run, distance, around = context(i, f, window, n)
        out.append(logistic(z + w_run * in_run + w_distance * distance + w_around * around))
    return out
