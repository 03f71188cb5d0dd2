"""Every block rule carries its own positive and negative examples; each one is a test case."""

from __future__ import annotations

import pytest

from pagecleaner import Settings
from pagecleaner.dom import html_segments, parse_html
from pagecleaner.features import make_blocks
from pagecleaner.models import PageType
from pagecleaner.rules import default_rules
from pagecleaner.rules.base import Page, Rule, Stage
from pagecleaner.segment import segment_text

BLOCK_RULES = [r for r in default_rules() if r.stage is Stage.BLOCK]


def fires(rule: Rule, text: str) -> bool:
    """Whether ``rule`` removes ``text`` as a block of its own: a text line, or for a rule that reads
    HTML only, a paragraph of an HTML page; on a page of the first kind the rule asks, where it asks
    only some (``page_types``)."""
    if getattr(rule, "html_only", False):
        blocks = make_blocks(html_segments(parse_html(f"<html><body><p>{text}</p></body></html>").root, None))
    else:
        blocks = make_blocks(segment_text(text))
    assert len(blocks) == 1, f"example must be one block: {text!r}"
    kinds = sorted(getattr(rule, "page_types", ()), key=lambda k: k.value)
    page = Page(blocks, Settings(), [None], page_type=kinds[0]) if kinds else Page(blocks, Settings(), [None])
    return rule.match(page, 0) is not None


def test_an_html_only_rule_leaves_its_example_in_text() -> None:
    html_only = [r for r in BLOCK_RULES if getattr(r, "html_only", False)]
    assert html_only
    for rule in html_only:
        blocks = make_blocks(segment_text(rule.examples[0]))
        assert rule.match(Page(blocks, Settings(), [None]), 0) is None, rule.id


def test_a_text_only_rule_leaves_its_example_in_html() -> None:
    text_only = [r for r in BLOCK_RULES if getattr(r, "text_only", False)]
    assert text_only
    for rule in text_only:
        blocks = make_blocks(html_segments(parse_html(f"<html><body><p>{rule.examples[0]}</p></body></html>").root, None))
        assert len(blocks) == 1, rule.id
        assert rule.match(Page(blocks, Settings(), [None]), 0) is None, rule.id


def test_a_rule_for_some_page_types_leaves_its_example_on_others() -> None:
    none: frozenset[PageType] = frozenset()
    typed = [(r, kinds) for r in BLOCK_RULES if (kinds := getattr(r, "page_types", none))]
    assert typed
    for rule, kinds in typed:
        blocks = make_blocks(segment_text(rule.examples[0]))
        for kind in PageType:
            if kind not in kinds:
                assert rule.match(Page(blocks, Settings(), [None], page_type=kind), 0) is None, (rule.id, kind)
        # Cleaned as an article but reported as documentation (text reads the page's words): asked.
        on_report = Page(blocks, Settings(), [None], reported_type=min(kinds, key=lambda k: k.value))
        assert rule.match(on_report, 0) is not None, rule.id


@pytest.mark.parametrize("rule", BLOCK_RULES, ids=lambda r: r.id)
def test_block_rule_has_examples_both_ways(rule: Rule) -> None:
    assert rule.examples, f"{rule.id} has no positive example"
    assert rule.counter_examples, f"{rule.id} has no negative example"


@pytest.mark.parametrize(
    ("rule", "text"), [(r, e) for r in BLOCK_RULES for e in r.examples], ids=lambda x: getattr(x, "id", x)
)
def test_rule_removes_its_example(rule: Rule, text: str) -> None:
    assert fires(rule, text)


@pytest.mark.parametrize(
    ("rule", "text"),
    [(r, e) for r in BLOCK_RULES for e in r.counter_examples],
    ids=lambda x: getattr(x, "id", x),
)
def test_rule_leaves_its_counter_example(rule: Rule, text: str) -> None:
    assert not fires(rule, text)


def test_every_rule_has_id_kind_and_docstring() -> None:
    ids = [r.id for r in default_rules()]
    assert len(ids) == len(set(ids))
    for r in default_rules():
        assert r.id and r.description, r
