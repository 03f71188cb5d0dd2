"""The fast paths give the same answers as the plain ones."""

from __future__ import annotations

import regex

from pagecleaner import Settings
from pagecleaner.blocks import Segment
from pagecleaner.dom import html_segments, parse_html
from pagecleaner.engine import judge, plan_block_stage
from pagecleaner.features import _counts, make_block, make_blocks
from pagecleaner.rules import default_rules
from pagecleaner.rules.base import Page, PatternRule, Stage
from pagecleaner.segment import segment_text


def _naive_counts(text: str) -> tuple[int, int, int, int]:
    return (
        sum(c.isupper() for c in text),
        sum(c.islower() for c in text),
        sum(c.isdigit() for c in text),
        sum(1 for w in text.split() if w[:1].isupper()),
    )


def test_counts_match_a_character_loop() -> None:
    for text in ("Kim Jong-un wept in 2025.", "Classificação da NASCAR 2019", "Москва Сегодня 12", "ABC def 123"):
        assert _counts(text) == _naive_counts(text), text


def test_prefilter_gives_the_same_verdicts_as_asking_every_rule(seed_text: str) -> None:
    rules = [r for r in default_rules() if r.stage is Stage.BLOCK]
    extra = [e for r in rules for e in (*r.examples, *r.counter_examples)]
    blocks = make_blocks(segment_text(seed_text + "\n\n" + "\n\n".join(extra)))
    fast, _ = judge(blocks, rules, Settings())
    slow = Page(blocks, Settings(), [None] * len(blocks))
    for i in range(len(blocks)):
        slow.verdicts[i] = next((v for r in rules if (v := r.match(slow, i)) is not None), None)
    assert [v.rule if v else None for v in fast.verdicts] == [v.rule if v else None for v in slow.verdicts]


def test_prefilter_screens_only_pattern_rules_with_a_word_limit() -> None:
    limited = PatternRule("user.limited", "promo", "buy now", max_words=3)
    unlimited = PatternRule("user.unlimited", "promo", "buy later")
    plan = plan_block_stage((limited, unlimited))
    assert plan.screened == frozenset({0})
    assert plan.anchored is not None and isinstance(plan.anchored.pattern, regex.Pattern)


def test_built_in_phrase_rules_screen_the_whole_page_at_once() -> None:
    rules = tuple(r for r in default_rules() if isinstance(r, PatternRule))
    plan = plan_block_stage(rules)
    assert plan.paged == tuple(range(len(rules)))


def test_keyword_guard_never_hides_a_match() -> None:
    from pagecleaner.rules.base import PatternRule
    from pagecleaner.rules.boilerplate import KeywordPatternRule

    rules = [r for r in default_rules() if isinstance(r, KeywordPatternRule)]
    assert rules
    texts = [e for r in default_rules() for e in (*r.examples, *r.counter_examples)]
    blocks = make_blocks(segment_text("\n\n".join(texts)))
    page = Page(blocks, Settings(), [None] * len(blocks))
    for rule in rules:
        for i in range(len(blocks)):
            # The guard itself (``KeywordPatternRule.match``), not a subclass's gate on the input
            # (an HTML-only rule passes over every line of this text page).
            guarded = KeywordPatternRule.match(rule, page, i)
            assert (guarded is None) == (PatternRule.match(rule, page, i) is None), (rule.id, i)


def test_no_cjk_character_comes_before_the_cjk_shortcut() -> None:
    import sys

    from pagecleaner.features import _CJK, _CJK_FIRST

    first = next(c for c in range(sys.maxunicode + 1) if _CJK.match(chr(c)))
    assert chr(first) == _CJK_FIRST


def test_the_cjk_shortcut_finds_a_character_where_max_does() -> None:
    """``_is_cjk``'s screen says "a character at ``_CJK_FIRST`` or later" exactly when ``max`` does,
    lone surrogates and characters beyond the Basic Multilingual Plane included."""
    import random

    from pagecleaner.features import _CJK_FIRST, _CJK_FIRST_OR_LATER

    edges = [0, 0x7F, 0x80, 0x10FE, 0x10FF, 0x1100, 0x1101, 0x4E00, 0xD800, 0xDFFF, 0xFFFF, 0x10000, 0x10FFFF]
    rng = random.Random(22)
    for _ in range(20_000):
        text = "".join(chr(rng.choice(edges) if rng.random() < 0.5 else rng.randrange(0x1200)) for _ in range(rng.randrange(1, 12)))
        assert (_CJK_FIRST_OR_LATER.search(text) is not None) == (max(text) >= _CJK_FIRST), repr(text)


def test_widget_names_in_one_pattern_name_the_same_kind_as_the_list() -> None:
    from pagecleaner.rules.dom import _NAMED, named_kind

    def one_by_one(word: str) -> object:
        return next((kind for kind, pattern in _NAMED if pattern.match(word)), None)

    words = ["comments", "relatedposts", "share", "socialicons", "ads", "advertisement", "nav", "menu", "footer"]
    words += ["tags", "byline", "photo", "recommended", "newsletter", "cookie", "content", "article", "sidebar"]
    for word in words:
        assert named_kind(word) == one_by_one(word), word


def test_segments_are_the_same_with_odd_white_space_anywhere_in_the_text() -> None:
    plain = "Breaking news\nthe council met\n\nIt voted. \u00a0 Then\tit left."
    odd = plain + "\n\nA zero\u200bwidth space"
    assert [s.text for s in segment_text(odd)][: len(list(segment_text(plain)))] == [
        s.text for s in segment_text(plain)
    ]


def test_each_feature_lands_in_its_own_field() -> None:
    """``make_block`` passes the features by position: each must reach the field named for it."""
    seg = Segment("• ABC said 12 things. Then left!", "• ABC said\n12 things. Then left!", 3, 4, True)
    b = make_block(7, seg, 2)
    assert (b.index, b.text, b.raw, b.start_line, b.end_line, b.blank_before) == (7, seg.text, seg.raw, 3, 4, True)
    assert (b.chars, b.words, b.repeats, b.dom, b.shape) == (len(seg.text), 7, 2, None, None)
    assert (b.terminal, b.sentences, b.bullet, b.cjk) == (True, 2, True, False)
    upper, lower, digits, capitals = _naive_counts(seg.text)
    assert b.upper_ratio == upper / (upper + lower)
    assert b.capital_ratio == capitals / 7
    assert b.digit_ratio == digits / len(seg.text)
    assert len({b.upper_ratio, b.capital_ratio, b.digit_ratio}) == 3  # the test tells them apart


def test_one_attribute_hides_or_names_an_element_as_several_do() -> None:
    """The walk passes by an element whose only attribute is one it never reads (``href``,
    ``title``); one read attribute alone hides or names it as it does among others."""
    page = (
        "<html><body>"
        '<p hidden>one</p><p title="x" hidden>two</p>'
        '<p style="display:none">three</p><p aria-hidden="true">four</p>'
        '<p title="hidden">five</p><p data-x="1">six</p>'
        '<p class="Note">seven</p><p lang="en" class="Note">eight</p>'
        '<p><a href="https://example.com/a">nine</a></p>'
        "</body></html>"
    )
    segments = html_segments(parse_html(page).root)
    dom = {s.text: s.dom for s in segments}
    assert all(d is not None for d in dom.values())
    hidden = {text for text, d in dom.items() if d is not None and d.hidden}
    assert hidden == {"one", "two", "three", "four"}
    assert dom["seven"] is not None and "note" in dom["seven"].tokens
    assert dom["eight"] is not None and "note" in dom["eight"].tokens
    assert dom["nine"] is not None and dom["nine"].hrefs == ("https://example.com/a",)
