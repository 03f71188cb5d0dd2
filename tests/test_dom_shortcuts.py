"""The HTML rules' shortcuts give the answers of the plain readings they replace (speed28).

Each shortcut is checked against the reading it replaced, written out here, on random pages of
nested elements (cards, figures, forms, dialogs, hidden parts, main elements) with random verdicts.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from pagecleaner.blocks import DomNode
from pagecleaner.dom import html_segments, parse_html
from pagecleaner.features import make_blocks
from pagecleaner.models import Kind, PageType
from pagecleaner.rules import dom as dom_rules
from pagecleaner.rules import quality
from pagecleaner.rules.base import Label, Page, Verdict
from pagecleaner.rules.dom import (
    _PARTS,
    _STRONG_PART,
    _STRONG_WHAT,
    _STRONG_WORDS,
    _WEAK_WORDS,
    CallToAction,
    Caption,
    Dialog,
    DomRule,
    Form,
    Hidden,
    Landmark,
    Layout,
    NestedArticles,
    _Controls,
    _hidden_page,
    _is_main,
    _measure,
    _nested_pair,
    _PageLayouts,
    container_strength,
    layout,
    page_names,
)
from pagecleaner.rules.quality import SiblingCards, _card_class, _card_rows
from pagecleaner.settings import Settings

_TAGS = ("div", "section", "figure", "figcaption", "form", "button", "label", "article", "main", "ul", "li", "span")
_CLASSES = (
    "card", "card", "card", "item", "post-cta", "elementor-cta", "cta", "calltoactionbox_text", "call-to-action",
    "modal", "article-body", "entry-content",
    "content", "main", "story", "grid", "meta", "date", "sr-only", "d-none", "d-none d-md-block", "hidden lg:flex", "",
)  # fmt: skip
_ATTRS = ("", "", "", " hidden", " role='dialog'", " role='main'", " style='display:none'", " aria-hidden='true'")
_WORDS = ["the", "council", "voted", "on", "tuesday", "to", "close", "old", "library", "citing", "repair", "costs", "that", "have", "risen", "every", "year"]


_SHOWN = tuple(c for c in _CLASSES if "hidden" not in c and "none" not in c and "sr-" not in c)


def _element(rng: random.Random, depth: int, shown: bool) -> str:
    """A random element; ``shown``: nothing in it hidden by attribute or class."""
    tag = rng.choice(_TAGS)
    cls = rng.choice(_SHOWN if shown else _CLASSES)
    attrs = (f" class='{cls}'" if cls else "") + ("" if shown else rng.choice(_ATTRS))
    if depth >= 4 or rng.random() < 0.3:
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.choice((2, 5, 12, 25))))
        inner = f"<p>{text}.</p>" if rng.random() < 0.7 else text
    else:
        inner = "".join(_element(rng, depth + 1, shown) for _ in range(rng.randint(1, 4)))
    return f"<{tag}{attrs}>{inner}</{tag}>"


def _pages(count: int, seed: int) -> Iterator[Page]:
    rng = random.Random(seed)
    for _ in range(count):
        shown = rng.random() < 0.3
        body = "".join(_element(rng, 0, shown) for _ in range(rng.randint(2, 6)))
        if rng.random() < 0.6:  # a grid of cards alike, some of them missing a line
            cards = "".join(
                f"<div class='card'><h3><a href='/s{k}'>Story {k} about the vote</a></h3>"
                + ("" if rng.random() < 0.2 else f"<p class='date'>{k} March 2026 by Ann Lee</p>")
                + f"<p>{' '.join(rng.choice(_WORDS) for _ in range(rng.choice((4, 20))))}.</p></div>"
                for k in range(rng.randint(2, 7))
            )
            body = f"{body}<div class='grid'>{cards}</div>" if rng.random() < 0.5 else f"<div class='grid'>{cards}</div>{body}"
        blocks = make_blocks(html_segments(parse_html(f"<html><body>{body}</body></html>").root))
        verdicts: list[Verdict | None] = [
            None
            if rng.random() < 0.6
            else Verdict(rule=rng.choice(("metadata.dateline", "dom.form", "quality.main-run")), kind=Kind.METADATA, reason="test")
            for _ in blocks
        ]
        kind = rng.choice((PageType.ARTICLE, PageType.LISTING, PageType.COLLECTION))
        yield Page(blocks, Settings(), verdicts, page_type=kind)


Row = tuple[int, str, frozenset[str]]
Item = tuple[int, tuple[DomNode, ...], int]


def _old_sibling_rows(page: Page, wanted: set[Row]) -> dict[Row, dict[int, list[Item]]]:
    """``SiblingCards``' rows as every block's every element read them before (speed28)."""
    parents = {row[0] for row in wanted}
    rows: dict[Row, dict[int, list[Item]]] = {}
    for i, block in enumerate(page.blocks):
        dom = block.dom
        if dom is None:
            continue
        nodes = dom.nodes
        for k in range(len(nodes) - 1):
            if nodes[k + 1].id not in parents:
                continue
            child = nodes[k]
            row = (nodes[k + 1].id, child.tag, _card_class(child.tokens))
            if row in wanted:
                rows.setdefault(row, {}).setdefault(child.id, []).append((i, nodes, k))
    return rows


def _old_sibling_cards(rule: SiblingCards, page: Page) -> list[tuple[int, str]]:
    """``SiblingCards.judge`` as it read the rows before (speed28), its other steps the same."""
    if not page.is_html or page.page_type not in rule.kinds:
        return []
    wanted: set[tuple[int, str, frozenset[str]]] = set()
    for block, v in zip(page.blocks, page.verdicts, strict=True):
        if block.dom is not None and rule._given_back(v):
            nodes = block.dom.nodes
            wanted.update((nodes[k + 1].id, nodes[k].tag, _card_class(nodes[k].tokens)) for k in range(len(nodes) - 1))
    if not wanted:
        return []
    given: set[int] = set()
    for cards in _old_sibling_rows(page, wanted).values():
        if len(cards) < rule.min_cards:
            continue
        real = sum(1 for items in cards.values() if rule._real_card(page, items))
        if page.is_article and real < rule.kept_share * len(cards):
            continue
        places: dict[tuple[tuple[str, frozenset[str]], ...], list[tuple[int, int]]] = {}
        for items in cards.values():
            for i, nodes, k in items:
                places.setdefault(tuple((node.tag, _card_class(node.tokens)) for node in nodes[:k]), []).append((i, k))
        for found in places.values():
            if len(found) < rule.min_cards:
                continue
            if sum(1 for i, _ in found if page.label(i) is not Label.BOILERPLATE) < rule.kept_share * len(found):
                continue
            verdicts = page.verdicts
            given.update(
                i
                for i, k in found
                if rule._given_back(verdicts[i]) and (not page.is_article or rule._article_given_back(verdicts[i], k))
            )
    return [(i, "the same line of most sibling cards stayed") for i in sorted(given)]


def test_sibling_cards_reads_the_rows_it_read_before() -> None:
    rule = SiblingCards()
    gave = 0
    for page in _pages(400, 1):
        new = [(i, v.reason) for i, v in rule.judge(page)]
        assert new == _old_sibling_cards(rule, page)
        gave += bool(new)
    assert gave >= 10  # the pages hold rows of cards the rule gives lines back from


def _old_card_rows(page: Page, paths: list[tuple[DomNode, ...]]) -> dict[Row, list[int]]:
    """``SiblingCards``' rows and their cards as it read them before speed34: every element of every
    removed block's path, then every element of the page."""
    wanted = {(nodes[k + 1].id, nodes[k].tag, _card_class(nodes[k].tokens)) for nodes in paths for k in range(len(nodes) - 1)}
    cards_of: dict[Row, list[int]] = {}
    if not wanted:
        return cards_of
    seen: set[int] = set()
    for block in page.blocks:
        if block.dom is None:
            continue
        nodes = block.dom.nodes
        for k in range(len(nodes) - 1):
            child = nodes[k]
            if child.id in seen:
                break
            seen.add(child.id)
            row = (nodes[k + 1].id, child.tag, _card_class(child.tokens))
            if row in wanted:
                cards_of.setdefault(row, []).append(child.id)
    return cards_of


def _numbered_pages(count: int, seed: int) -> Iterator[Page]:
    """Pages whose cards are numbered by their software (``post-12``, ``item_3-0``), nested in
    random elements, some cards of another class among them."""
    rng = random.Random(seed)
    for _ in range(count):
        cards = "".join(
            f"<article id='post-{k}' class='{rng.choice(('post', 'post type-post', 'card'))} post-{rng.randint(1, 999)}'>"
            f"<h2 class='title-{k % 3}'><a href='/p{k}'>Post {k} on the vote</a></h2>"
            + ("" if rng.random() < 0.3 else f"<p class='meta'>{k} March 2026</p>")
            + "</article>"
            for k in range(rng.randint(1, 8))
        )
        body = "".join(_element(rng, 0, True) for _ in range(rng.randint(1, 3)))
        html = f"<html><body>{body}<main class='items_{rng.randint(1, 9)}-0'>{cards}</main>{body}</body></html>"
        blocks = make_blocks(html_segments(parse_html(html).root))
        verdicts: list[Verdict | None] = [
            None if rng.random() < 0.5 else Verdict(rule="metadata.dateline", kind=Kind.METADATA, reason="test")
            for _ in blocks
        ]
        yield Page(blocks, Settings(), verdicts, page_type=PageType.LISTING)


def test_card_rows_read_each_element_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """``_card_rows`` gives the rows and cards (in the same order) of the reading of every path, and
    reads each element's class at most once a page where that reading read the shared parents again."""
    rule = SiblingCards()
    reads: list[frozenset[str]] = []
    counted = quality._card_class

    def counting(tokens: frozenset[str]) -> frozenset[str]:
        reads.append(tokens)
        return counted(tokens)

    rows = fewer = 0
    for page in [*_pages(300, 6), *_numbered_pages(300, 7)]:
        paths = [b.dom.nodes for b, v in zip(page.blocks, page.verdicts, strict=True) if b.dom is not None and rule._given_back(v)]
        elements = {n.id for b in page.blocks if b.dom is not None for n in b.dom.nodes}
        reads.clear()
        monkeypatch.setattr(quality, "_card_class", counting)
        found = _card_rows(page, iter(paths))
        monkeypatch.setattr(quality, "_card_class", counted)
        new_reads = len(reads)
        assert new_reads <= len(elements)
        expected = _old_card_rows(page, paths)
        assert found == expected
        assert list(found) == list(expected)
        rows += sum(len(cards) >= rule.min_cards for cards in found.values())
        old_reads = sum(len(nodes) - 1 for nodes in paths) + len(elements) - 1
        fewer += new_reads < old_reads
    assert rows >= 100 and fewer >= 300  # rows of cards were found, and fewer classes read


def _old_card_class(tokens: frozenset[str]) -> frozenset[str]:
    """``_card_class`` before speed34: every character of every token asked ``str.isdigit``."""
    if not any(c.isdigit() for token in tokens for c in token):
        return tokens
    return frozenset(quality._DIGITS.sub("0", token) for token in tokens)


def test_card_class_screen_is_str_isdigit() -> None:
    """The ASCII screen (one search for 0-9) and the character loop beyond ASCII give the classes
    the loop over every character gave, digits of any script or none, and a digit ``\\d`` knows
    but ``str.isdigit`` may not (the ``regex`` module's Unicode is newer than ``unicodedata``'s)."""
    rng = random.Random(8)
    pieces = ("post", "card", "-", "_", "item", "0", "7", "123", "\u0663", "\u00b2", "\U00010d40", "\u0e51", "\u00e9", "x")
    changed = 0
    for _ in range(20_000):
        tokens = frozenset("".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(0, 4)))
        old = _old_card_class(tokens)
        assert _card_class.__wrapped__(tokens) == old
        changed += old != tokens
    assert changed > 1000
    assert _card_class.__wrapped__(frozenset({"post-\U00010d40"})) == _old_card_class(frozenset({"post-\U00010d40"}))


def _old_hidden_page(page: Page) -> bool:
    """``_hidden_page`` counting every element's words (before speed28)."""
    total = 0
    words: dict[int, int] = {}
    hidden: dict[int, int] = {}
    for block in page.blocks:
        dom = block.dom
        if dom is not None:
            total += block.words
            for node in dom.nodes:
                words[node.id] = words.get(node.id, 0) + block.words
                if dom.hidden:
                    hidden[node.id] = hidden.get(node.id, 0) + block.words
    if total < 200:
        return False
    return any(n >= 0.8 * total and n == words[ident] for ident, n in hidden.items())


def test_hidden_page_counts_only_the_elements_it_asks() -> None:
    answers = {True: 0, False: 0}
    for page in _pages(400, 2):
        answers[_hidden_page(page)] += 1
        assert _hidden_page(page) == _old_hidden_page(page)
    # One hidden element around a whole page; and the same page with a shown paragraph beside it.
    text = " ".join(["word"] * 60) + "."
    hidden = "".join(f"<p>{text}</p>" for _ in range(5))
    for body, expected in ((f"<div hidden>{hidden}</div>", True), (f"<div hidden>{hidden}</div><p>{text}</p><p>{text}</p>", False)):
        blocks = make_blocks(html_segments(parse_html(f"<html><body>{body}</body></html>").root))
        page = Page(blocks, Settings(), [None] * len(blocks))
        assert _hidden_page(page) is expected is _old_hidden_page(page)
    assert answers[False]


def _old_strength(node: DomNode) -> int:
    weak = node.tag in ("article", "main")
    for token in node.tokens:
        if token in _STRONG_WORDS:
            return 2
        parts = set(_PARTS.split(token))
        if (parts & _STRONG_WHAT and parts & _STRONG_PART) or parts & _STRONG_WORDS:
            return 2
        weak = weak or token in _WEAK_WORDS
    return 1 if weak else 0


def test_container_strength_by_tokens_is_the_elements() -> None:
    rng = random.Random(3)
    words = ("article", "body", "entry", "content", "main", "story", "text", "x", "itemprop:articlebody", "role:main")
    seen = set()
    for _ in range(3000):
        tokens = frozenset(
            rng.choice(("-", "_", ":", "")).join(rng.choice(words) for _ in range(rng.randint(1, 3)))
            for _ in range(rng.randint(0, 3))
        )
        node = DomNode(1, rng.choice(("div", "article", "main", "section")), tokens)
        assert container_strength(node) == _old_strength(node)
        seen.add(_old_strength(node))
    assert seen == {0, 1, 2}


def _unscreened(rule: DomRule, page: Page) -> list[tuple[int, int, Kind]]:
    """The rule's culprits with the page screen switched off (the plain climb of every block)."""
    original = type(rule).marks_nothing
    type(rule).marks_nothing = DomRule.marks_nothing  # type: ignore[method-assign]
    try:
        return [(i, node.id, kind) for i, node, kind in rule.culprits(page)]
    finally:
        type(rule).marks_nothing = original  # type: ignore[method-assign]


@pytest.mark.parametrize(
    "rule", [CallToAction(), Caption(), Dialog(), Form(), _Controls(), Hidden()], ids=lambda r: type(r).__name__
)
def test_a_page_screened_out_has_no_culprit(rule: DomRule) -> None:
    screened = kept = 0
    for page in _pages(300, 4):
        found = _unscreened(rule, page)
        assert [(i, node.id, kind) for i, node, kind in rule.culprits(page)] == found
        if rule.marks_nothing(page_names(page)):
            screened += 1
            assert not found
        elif found:
            kept += 1
    assert screened and kept  # both kinds of page were met


_CONTEXT_RULES = (*dom_rules.CONTEXT_RULES, *dom_rules.LATE_CONTEXT_RULES, *dom_rules.FINAL_RULES)
_DOM_RULES = [r for r in _CONTEXT_RULES if isinstance(r, DomRule)]


def _climbed(rule: DomRule, page: Page) -> list[tuple[int, int, Kind]]:
    """``DomRule.culprits`` as before speed37: every block asks ``culprit`` (and it ``kind_at``)."""
    if rule.marks_nothing(page_names(page)):
        return []
    lay, memo = layout(page), {}  # type: ignore[var-annotated]
    found = []
    for i, block in enumerate(page.blocks):
        if block.dom is not None and page.verdicts[i] is None and (hit := rule.culprit(block, lay, memo)) is not None:
            found.append((i, hit[0].id, hit[1]))
    return found


def test_culprits_written_out_are_the_climb_of_culprit() -> None:
    """The climb ``culprits`` writes out for a rule that keeps ``DomRule``'s ``culprit`` and ``kind_at`` finds
    what asking ``culprit`` of each block found, for every DOM rule (since speed47 the climb is
    ``dom.climb``, compiled, for ``dom.landmark``'s ``kind_at`` and ``dom.hidden``'s ``culprit`` too; a rule
    with another ``culprit``, such as ``dom.headline``, still asks it)."""
    plain = [r for r in _DOM_RULES if type(r).culprit is DomRule.culprit and type(r).kind_at is DomRule.kind_at]
    assert len(plain) >= 10 and len(plain) < len(_DOM_RULES)
    found = dict.fromkeys((r.id for r in _DOM_RULES), 0)
    for page in _pages(200, 11):
        for rule in _DOM_RULES:
            new = [(i, node.id, kind) for i, node, kind in rule.culprits(page)]
            assert new == _climbed(rule, page), rule.id
            found[rule.id] += len(new)
    assert sum(found[r.id] > 0 for r in plain) >= 5  # several of them condemned blocks on these pages


def test_a_rule_that_judges_an_element_alone_asks_no_culprit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Such a rule's ``culprits`` asks ``node_kind`` directly (fails where each block asks ``culprit``)."""
    rules = [r for r in _DOM_RULES if type(r).culprit is DomRule.culprit and type(r).kind_at is DomRule.kind_at]
    found = [[(i, node.id, kind) for i, node, kind in rule.culprits(page)] for page in _pages(50, 12) for rule in rules]

    def asked(self: DomRule, block: object, lay: object, memo: object) -> None:
        raise AssertionError(f"{self.id} asked culprit")

    monkeypatch.setattr(DomRule, "culprit", asked)
    again = [[(i, node.id, kind) for i, node, kind in rule.culprits(page)] for page in _pages(50, 12) for rule in rules]
    assert again == found and any(found)


def test_page_names_are_every_elements() -> None:
    for page in _pages(200, 5):
        nodes = [n for b in page.blocks if b.dom is not None for n in b.dom.nodes]
        names = page_names(page)
        assert names.tags == {n.tag for n in nodes}
        assert names.tokens == {t for n in nodes for t in n.tokens}
        assert names.mains == {n.id for n in nodes if _is_main(n)}
        assert names.hidden == any(b.dom is not None and b.dom.hidden for b in page.blocks)



def _old_measure(page: Page, prose: tuple[int, ...]) -> tuple[int, list[tuple[int, int, int, int, tuple[int, ...]]]]:
    """``_measure`` adding each prose block to every element of its chain (before speed28): the total,
    and each element met (id, depth, blocks, weight, ids above it) in the order first met."""
    total = 0
    seen: dict[int, list[int]] = {}
    ups: dict[int, tuple[int, ...]] = {}
    for i in prose:
        v = page.verdicts[i]
        if v is not None and v.label is Label.BOILERPLATE:
            continue
        block = page.blocks[i]
        assert block.dom is not None
        total += block.weight
        chain = block.dom.nodes
        for k, node in enumerate(chain):
            if node.id not in seen:
                seen[node.id] = [len(chain) - k, 0, 0]
                ups[node.id] = tuple(n.id for n in chain[k + 1 : k + 3])
            seen[node.id][1] += 1
            seen[node.id][2] += block.weight
    return total, [(ident, d, b, w, ups[ident]) for ident, (d, b, w) in seen.items()]


def test_measure_adds_each_block_to_every_element_around_it() -> None:
    for page in _pages(300, 6):
        prose = _PageLayouts(page).prose
        out = Layout()
        seen = _measure(page, prose, out)
        total, elements = _old_measure(page, prose)
        assert out.total == total
        assert [(i, s.depth, s.blocks, s.weight, tuple(n.id for n in s.ups)) for i, s in seen.items()] == elements
        assert list(out.prose.items()) == [(ident, w) for ident, _, _, w, _ in elements]


def test_nested_articles_are_read_only_on_a_page_with_an_article() -> None:
    rule = NestedArticles()
    found = screened = 0
    for page in _pages(300, 7):
        expected = [
            i
            for i, block in enumerate(page.blocks)
            if block.dom is not None and page.verdicts[i] is None and _nested_pair(block) is not None
        ]
        verdicts = [i for i, _ in rule.judge(page)]
        assert set(verdicts) <= set(expected)
        if "article" not in page_names(page).tags:
            screened += 1
            assert not expected  # no block has two articles around it
        found += bool(verdicts)
    assert found and screened


def test_in_main_keeps_each_elements_answer() -> None:
    """``Layout.in_main`` (each element's answer kept a layout, speed41) against the climb to the root of
    every block's elements (before it), the blocks asked in a random order, twice each."""
    rng = random.Random(7)
    asked = inside = 0
    for page in _pages(300, 7):
        lay = layout(page)
        if not lay.main_ids:  # the page's own main container, when its markup names none: a random family
            ids = sorted({n.id for b in page.blocks if b.dom is not None for n in b.dom.nodes})
            lay = Layout(main_ids=frozenset(rng.sample(ids, min(len(ids), rng.randint(1, 3)))))
        order = [*range(len(page.blocks))] * 2
        rng.shuffle(order)
        for i in order:
            block = page.blocks[i]
            old = block.dom is not None and any(n.id in lay.main_ids for n in block.dom.nodes)
            assert lay.in_main(block) is old
            asked += 1
            inside += old
        assert set(lay.inside) <= {n.id for b in page.blocks if b.dom is not None for n in b.dom.nodes}
    assert 0.1 * asked < inside < 0.9 * asked  # both answers met often
    assert Layout().in_main(page.blocks[0]) is False  # no main container: nothing is in it


def _landmark_pages(count: int, seed: int) -> Iterator[Page]:
    """Pages of random elements with landmarks among them: ``<nav>``, ``<footer>``, ``<aside>``, ``<header>``,
    landmark roles, some inside an ``<article>`` or ``<main>``."""
    rng = random.Random(seed)
    opens = ("<nav>", "<footer>", "<aside class='related-posts'>", "<header>", "<div role='banner'>",
             "<div role='contentinfo'>", "<div role='tooltip'>", "<article>", "<main>", "<div>")  # fmt: skip
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(2, 6)):
            tag = rng.choice(opens)
            name = tag[1:].split(">")[0].split()[0]
            parts.append(f"{tag}{_element(rng, 1, rng.random() < 0.5)}</{name}>")
        blocks = make_blocks(html_segments(parse_html(f"<html><body>{''.join(parts)}</body></html>").root))
        verdicts: list[Verdict | None] = [
            None if rng.random() < 0.7 else Verdict(rule="dom.form", kind=Kind.OTHER, reason="test") for _ in blocks
        ]
        yield Page(blocks, Settings(), verdicts, page_type=rng.choice((PageType.ARTICLE, PageType.LISTING)))


def test_hidden_and_landmark_climb_without_asking_culprit(monkeypatch: pytest.MonkeyPatch) -> None:
    """``dom.hidden`` (its own ``culprit``: a block hidden by attribute condemned by its innermost element)
    and ``dom.landmark`` (its own ``kind_at``) go through ``dom.climb`` and find what asking ``culprit`` of
    each block found (speed47); fails where either asks ``culprit`` again."""
    hidden, landmark = Hidden(), Landmark()
    pages = list(_pages(200, 13))
    marked = list(_landmark_pages(200, 13))
    old_hidden = [_climbed(hidden, page) for page in pages]
    old_landmark = [_climbed(landmark, page) for page in marked]

    def asked(self: DomRule, block: object, lay: object, memo: object) -> None:
        raise AssertionError(f"{self.id} asked culprit")

    monkeypatch.setattr(DomRule, "culprit", asked)
    monkeypatch.setattr(Hidden, "culprit", asked)
    new_hidden = [[(i, node.id, kind) for i, node, kind in hidden.culprits(page)] for page in pages]
    new_landmark = [[(i, node.id, kind) for i, node, kind in landmark.culprits(page)] for page in marked]
    assert new_hidden == old_hidden
    assert new_landmark == old_landmark
    # Blocks hidden by attribute (their innermost element) and by class (an element above them) both met.
    by_attribute = sum(
        1
        for page, found in zip(pages, new_hidden, strict=True)
        for i, node_id, _ in found
        if (dom := page.blocks[i].dom) is not None and dom.hidden and dom.nodes[0].id == node_id
    )
    assert by_attribute and sum(map(len, new_hidden)) > by_attribute
    kinds = {kind for found in new_landmark for _, _, kind in found}
    assert {Kind.NAVIGATION, Kind.FOOTER, Kind.RELATED} <= kinds  # landmarks of several kinds met


def test_climb_reads_each_verdict_when_it_reaches_the_block() -> None:
    """``dom.climb`` is as lazy as the loop it replaced: the engine applies each verdict as it is yielded,
    and a block judged meanwhile (here: every block after the first culprit) is not climbed."""
    rule = Form()
    met = 0
    for page in _pages(100, 14):
        found = [(i, node.id, kind) for i, node, kind in rule.culprits(page)]
        if len(found) < 2:
            continue
        met += 1
        verdicts = page.verdicts
        seen = []
        for i, node, kind in rule.culprits(page):
            seen.append((i, node.id, kind))
            for j in range(i + 1, len(verdicts)):
                if verdicts[j] is None:
                    verdicts[j] = Verdict(rule="test.later", kind=Kind.OTHER, reason="test")
        assert seen == found[:1]
    assert met >= 10
