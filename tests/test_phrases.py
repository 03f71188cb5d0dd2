"""The phrases of all rules found in one pass (an Aho-Corasick automaton, when ``ahocorasick-rs``
is installed) give the same candidate blocks as one ``str.find`` per phrase."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pagecleaner import Cleaner
from pagecleaner.blocks import Segment
from pagecleaner.engine import plan_block_stage
from pagecleaner.features import make_blocks
from pagecleaner.rules.base import PageText, Phrases, Stage
from pagecleaner.rules.boilerplate import KeywordPatternRule, LiteralPatternRule

# A small alphabet, so that phrases overlap, repeat and nest; with letters that lower-case to
# other lengths ("İ") or fold oddly, CJK and a space.
_ALPHABET = "abcé İ日\u017f"
_words = st.text(_ALPHABET, min_size=0, max_size=12)


def _both(texts: list[str], declared: list[str]) -> tuple[PageText, PageText]:
    blocks = make_blocks([Segment(t, t, k + 1, k + 1, False) for k, t in enumerate(texts)])
    return PageText(blocks), PageText(blocks, phrases=Phrases(declared))


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(_words, min_size=1, max_size=8),
    declared=st.lists(st.text(_ALPHABET, min_size=1, max_size=4), max_size=6),
    asked=st.lists(st.text(_ALPHABET, min_size=0, max_size=4), min_size=1, max_size=6),
    max_words=st.one_of(st.none(), st.integers(0, 4)),
)
def test_one_pass_finds_the_blocks_one_find_per_phrase_does(
    texts: list[str], declared: list[str], asked: list[str], max_words: int | None
) -> None:
    # Phrases asked and not declared (and the empty one) are found one by one: same result.
    plain, fast = _both(texts, declared)
    assert fast.containing(asked, max_words) == plain.containing(asked, max_words)


def test_a_phrase_with_a_newline_leaves_the_blocks_to_be_asked_one_by_one() -> None:
    plain, fast = _both(["ab", "cd"], ["b\nc"])
    assert fast.containing(["b\nc"], None) is None and plain.containing(["b\nc"], None) is None


def test_overlapping_phrases_are_each_found() -> None:
    plain, fast = _both(["xsign up now", "sign", "gnu", "nothing here"], ["sign up", "sign", "gn", "n up"])
    for asked in (["sign up"], ["gn"], ["n up"], ["sign", "gn"]):
        assert fast.containing(asked, None) == plain.containing(asked, None)
    assert fast.containing(["gn"], None) == {0, 1, 2}


def test_the_automaton_is_used_when_installed() -> None:
    pytest.importorskip("ahocorasick_rs")
    assert Phrases(["sign up"]).active
    assert not Phrases(["sign up"], automaton=False).active
    assert not Phrases([]).active


def test_the_built_in_phrase_rules_declare_the_needles_they_look_up() -> None:
    # Undeclared needles would still be found (one by one); declared, they share the page's one pass.
    for r in Cleaner(plugins=False).active_rules:
        if isinstance(r, KeywordPatternRule):
            assert r.phrases == r.keywords
        elif isinstance(r, LiteralPatternRule):
            assert r.phrases == r.literals
    rules = tuple(r for r in Cleaner(plugins=False).active_rules if r.stage is Stage.BLOCK)
    assert len(plan_block_stage(rules).phrases.ids) > 200


def test_pages_clean_the_same_with_and_without_the_automaton() -> None:
    pytest.importorskip("ahocorasick_rs")
    text = (
        "Sign up for our newsletter\nThe council approved the budget on Tuesday night after a long debate.\n"
        "Photo: Jane Doe / AP\n© 2024 Example News. All rights reserved.\nPosted 3 hours ago\n"
        "Privacy Policy | Terms of Use\nDownload our app on the App Store"
    )
    cleaner = Cleaner(plugins=False)
    fast = cleaner.clean(text)
    rules = tuple(r for r in cleaner.active_rules if r.stage is Stage.BLOCK)
    plan = plan_block_stage(rules)
    object.__setattr__(plan, "phrases", Phrases((), automaton=False))
    try:
        slow = cleaner.clean(text)
    finally:
        plan_block_stage.cache_clear()
    assert fast.model_dump_json() == slow.model_dump_json()
    assert [r.rule for r in fast.removed] != []


def test_a_page_with_lone_surrogates_is_screened_by_find() -> None:
    # Scraped text keeps lone surrogates; the automaton reads UTF-8 and cannot take them.
    plain, fast = _both(["sign up \ud800 now", "sign", "nothing"], ["sign up", "sign"])
    assert fast.containing(["sign up", "sign"], None) == plain.containing(["sign up", "sign"], None) == {0, 1}
