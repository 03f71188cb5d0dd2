"""Every regular expression the library compiles stays linear on strings built to make it backtrack,
and a rule whose pattern does time out degrades to a warning instead of failing the page."""

from __future__ import annotations

import time

import pytest
import regex

from pagecleaner import Cleaner, Page, PatternRule, Settings, clean
from pagecleaner.markup import strip_count
from pagecleaner.rules.base import LINEAR
from pagecleaner.rules.metadata import _YEAR
from pagecleaner.rules.related import _FEED_HEADING, _SECTION_HEADING

from .patterns import Found, all_patterns, hostile_strings, search

SIZE = 20_000
"""Characters per hostile string: a quadratic pattern needs seconds here, a linear one milliseconds."""
BOUND = 1.0
"""Seconds one search may take on a string of SIZE characters (generous: the machine is shared)."""

PATTERNS = all_patterns()


def test_the_pattern_inventory_covers_rules_and_modules() -> None:
    names = {f.name for f in PATTERNS}
    assert any(n.startswith("rule ") for n in names)
    for module in ("dates", "segment", "features", "rules.metadata", "teasers"):
        assert any(n.startswith(f"pagecleaner.{module}.") for n in names), module


def test_every_pattern_searched_without_a_timeout_is_proven_linear_here() -> None:
    """``Page.search`` skips the timeout only for patterns in ``LINEAR``: each must be one this
    module searches on its hostile strings."""
    Cleaner(plugins=False)
    proven = {(f.pattern.pattern, f.pattern.flags) for f in PATTERNS if isinstance(f.pattern, regex.Pattern)}
    assert len(LINEAR) > 50
    assert not LINEAR - proven, sorted(LINEAR - proven)[:5]


def test_a_proven_pattern_runs_without_the_timeout_and_any_other_keeps_it() -> None:
    text = "no figure here " * 100_000
    page = Page([], Settings(regex_timeout=1e-6), [])
    assert page.search(_YEAR, text, "test.linear") is None
    assert page.warnings == []
    other = regex.compile(_YEAR.pattern + "(?#not built in)", _YEAR.flags)
    assert page.search(other, text, "test.other") is None
    assert page.warnings and "test.other" in page.warnings[0]


@pytest.mark.parametrize("found", PATTERNS, ids=[f.name for f in PATTERNS])
def test_pattern_is_linear_on_hostile_strings(found: Found) -> None:
    worst, which = 0.0, ""
    for text in hostile_strings(found.pattern.pattern, SIZE):
        started = time.process_time()
        search(found, text)
        elapsed = time.process_time() - started
        if elapsed > worst:
            worst, which = elapsed, text[:40]
    assert worst < BOUND, f"{found.name}: {worst:.2f}s on {which!r}..."


@pytest.mark.parametrize(
    "rule",
    [r for r in Cleaner(plugins=False).rules if isinstance(r, PatternRule)],
    ids=lambda r: r.id,
)
def test_rule_survives_its_hostile_strings_inside_a_page(rule: PatternRule) -> None:
    blocks = list(hostile_strings(rule.pattern.pattern, 2_000))
    page = clean("\n\n".join(blocks))
    assert page.article.paragraphs or page.removed


EVIL = PatternRule("test.evil", "ad", r"(?:a+)+$", scope="search", description="Catastrophic on purpose.")


def test_a_pattern_that_times_out_skips_its_rule_with_a_warning() -> None:
    settings = Settings(regex_timeout=0.05)
    cleaner = Cleaner(plugins=False, settings=settings).add(EVIL, before=Cleaner(plugins=False).rules[0].id)
    prose = "The council approved the new budget on Tuesday after a debate that lasted well into the night."
    page = cleaner.clean(prose + "\n\n" + "a" * 5_000 + "!")
    assert any("test.evil" in w and "timed out" in w for w in page.warnings)
    assert prose in page.article.paragraphs


def test_page_search_turns_a_timeout_into_a_warning() -> None:
    page = Page([], Settings(regex_timeout=0.01), [])
    assert page.search(regex.compile(r"(?:a+)+$"), "a" * 50_000 + "!", "test.evil") is None
    assert page.warnings and "test.evil" in page.warnings[0]


@pytest.mark.parametrize("pattern", [r"(?:\w+\s?)+$", r"^(?:a|aa)+$", r"(?:[a-z]+,?)+\d"])
def test_the_hostile_strings_do_expose_a_backtracking_pattern(pattern: str) -> None:
    compiled = regex.compile(pattern)
    timed_out = False
    for text in hostile_strings(pattern, 2_000):
        try:
            compiled.search(text, timeout=0.2)
        except TimeoutError:
            timed_out = True
            break
    assert timed_out, "the generator no longer finds the catastrophic case"


@pytest.mark.parametrize("tail", ["(1", "(1 a)x", "(1 a"])
def test_a_listings_count_after_a_run_of_white_space_is_searched_once(tail: str) -> None:
    # "\s+\(" retried the whole run of spaces from each of its positions: 40,000 spaces took 10 s.
    title = "Books" + " " * SIZE + tail
    started = time.process_time()
    assert strip_count(title) == title
    assert time.process_time() - started < BOUND
    assert strip_count("Books" + " \u00a0 " * 100 + "(77141 books)") == "Books"


@pytest.mark.parametrize("heading", ["More a" + "'" * SIZE + "x", "Related a" + "-" * SIZE + "!x", "Similar " + "-" * SIZE])
def test_a_related_sections_heading_of_one_long_word_is_matched_once(heading: str) -> None:
    # "[\w'-]+" then "\W*" both take an apostrophe or a hyphen: a heading's fullmatch split such a run
    # at every position, and 20,000 of them took seconds. ``related.section`` reads blocks of four words
    # or fewer, and one word may be that long.
    started = time.process_time()
    assert _FEED_HEADING.fullmatch(heading) is None
    assert _SECTION_HEADING.fullmatch(heading) is None
    assert time.process_time() - started < BOUND
    assert _FEED_HEADING.fullmatch("Latest Insights") and _SECTION_HEADING.fullmatch("Related products:")
