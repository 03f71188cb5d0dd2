"""Search patterns screened branch by branch give the whole pattern's first match."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable

import pytest
import regex

from pagecleaner import Settings
from pagecleaner.features import make_blocks
from pagecleaner.rules import default_rules
from pagecleaner.rules.base import FOLD_TRAPS, Page, PatternRule
from pagecleaner.rules.branches import Branches, branch_screen, split_branches
from pagecleaner.segment import segment_text


def _branched() -> list[PatternRule]:
    return [r for r in default_rules() if isinstance(r, PatternRule) and r.branches is not None]


def _texts() -> list[str]:
    return [e for r in default_rules() for e in (*r.examples, *r.counter_examples)]


def test_split_keeps_groups_sets_and_escapes_whole() -> None:
    assert split_branches(r"a|b(?:c|d)|[|]x|\|y|[]|]z|[^]|]w") == ["a", "b(?:c|d)", "[|]x", r"\|y", "[]|]z", "[^]|]w"]
    assert split_branches("single") == ["single"]
    assert split_branches("[[:alpha:]]|x") is None  # a POSIX class: not read
    assert split_branches("(a|b") is None


def test_screens_are_strings_every_match_holds() -> None:
    assert branch_screen(r"\bwe use cookies\b") == frozenset({"we use cookies"})
    assert branch_screen(r"\b(?:accept|reject) cookies\b") == frozenset({"accept cookies", "reject cookies"})
    assert branch_screen(r"\bcookie (?:settings|policy)\b") == frozenset({"cookie settings", "cookie policy"})
    assert branch_screen(r"\w+ly") == frozenset({"ly"})
    assert branch_screen(r"\w+") is None
    assert branch_screen(r"(?:foo)?bar|baz") == frozenset({"bar", "baz"})
    assert branch_screen(r"\p{L}+ing") is None  # ``regex`` syntax ``re`` cannot read: always searched
    assert branch_screen(r"(?:ab){e<=1}") is None  # fuzzy matching, which ``re`` would read as text


def test_a_pattern_tied_together_is_not_split() -> None:
    for pattern in (r"(a)x|\1y", r"(?i)abc|def", r"(?P<n>a)|(?P=n)b", r"only"):
        assert Branches.of(regex.compile(pattern, regex.VERSION0)) is None, pattern


def test_every_branch_match_holds_a_screen_string() -> None:
    texts = _texts()
    for rule in _branched():
        assert rule.branches is not None
        for piece, screen in zip(rule.branches._pieces, rule.branches.screens, strict=True):
            if screen is None:
                continue
            compiled = regex.compile(piece, rule.pattern.flags)
            for text in texts:
                for m in compiled.finditer(text, overlapped=True):
                    assert any(s in m.group(0).lower() for s in screen), (rule.id, piece, m.group(0))


def test_branch_search_gives_the_whole_patterns_first_match() -> None:
    rules = _branched()
    texts = _texts()
    rng = random.Random(14)
    # Examples glued together (several branches' wordings in one block, in both orders) and cut short.
    mixed = [" ".join(rng.sample(texts, 3)) for _ in range(400)] + [t[: rng.randrange(1, len(t) + 1)] for t in texts]
    blocks = make_blocks(segment_text("\n\n".join(texts + mixed)))
    page = Page(blocks, Settings(), [None] * len(blocks))
    for rule in rules:
        for block in blocks:
            whole = rule.pattern.search(block.text)
            found = rule._search(page, block.text, None)
            assert (whole and (whole.start(), whole.group(0))) == (found and (found.start(), found.group(0))), (
                rule.id,
                block.text,
            )


def test_fold_traps_cover_the_screen_strings(folding_differently: Callable[[Iterable[str]], set[str]]) -> None:
    chars = {c for r in _branched() if r.branches for s in r.branches.screens if s for text in s for c in text}
    traps = folding_differently(chars)
    assert traps <= set(FOLD_TRAPS)


def test_branch_sets_are_remembered_within_a_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = regex.compile(r"alpha one|beta two|gamma three", regex.IGNORECASE)
    made = Branches.of(whole)
    assert made is not None
    monkeypatch.setattr(Branches, "_MAX_LISTS", 2)
    seen = [made.chosen(low) for low in ("alpha one", "beta two", "gamma three", "alpha one beta two")]
    assert len(made._lists) <= 2
    # Each branch is compiled once, whichever sets it is searched in.
    assert seen[0][0] is seen[3][0]
    assert [p.pattern for p in seen[3]] == ["alpha one", "beta two"]
    assert made.chosen("alpha one beta two gamma three") == [whole]
