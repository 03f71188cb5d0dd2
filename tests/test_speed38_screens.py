"""Three text rules answer as they did with a cheaper first test (speed38).

- ``quality.bare-count``'s ``_figures_only`` tests every character before it looks for a figure: a line
  of words fails at its first letter instead of being read to its end for a digit.
- ``quality.sort-menu``'s ``_sort_heading`` asks one ``str.startswith`` of all the menu names before it
  tries each name with the options after it.
- ``quality.footer-label`` passes over a block whose text holds no "ooter" before it splits the block
  into lines.

The references below are the functions as they were (main 1af4dba); the new ones must give the same
answers on random lines and pages.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from pagecleaner import Cleaner
from pagecleaner.models import PageType
from pagecleaner.rules import quality
from pagecleaner.rules.base import Page, Verdict
from pagecleaner.rules.quality import (
    _FIGURE_MARKS,
    _SORT_HEADINGS,
    _SORT_OPTION_LENGTHS,
    _SORT_OPTIONS,
    FooterLabel,
    _cut_kept,
    _figures_only,
    _footer_label,
    _kept_weights,
    _run_together,
    _sort_heading,
    _squeezed,
)


def _reference_figures_only(text: str) -> bool:
    return any(c.isdigit() for c in text) and all(c.isdigit() or c in _FIGURE_MARKS or c.isspace() for c in text)


def _reference_sort_heading(text: str) -> bool:
    squeezed = _squeezed(text)
    if squeezed in _SORT_HEADINGS:
        return True
    return any(
        squeezed.startswith(name) and _run_together(squeezed[len(name) :], _SORT_OPTIONS, _SORT_OPTION_LENGTHS)
        for name in _SORT_HEADINGS
    )


def _reference_footer_judge(rule: FooterLabel, page: Page) -> Iterator[tuple[int, Verdict]]:
    if page.is_html:
        return
    weights: list[int] | None = None
    total = before = done = 0
    for i, block in enumerate(page.blocks):
        first = next((line for line in block.raw.splitlines() if line.strip()), "")
        if "ooter" not in first or not _footer_label(first):
            continue
        if weights is None:
            weights = _kept_weights(page)
            total = sum(weights)
        before += sum(weights[done:i])
        done = i
        after = total - before
        if 0 < after <= rule.max_tail_share * before:
            yield from _cut_kept(
                weights, i, rule.verdict(f"from the footer's name on: {after} words against {before} above it")
            )
            return


_CHARACTERS = "0123456789 .,:;+-\u2212\u2026\t\u00a0\u00b2\u0663\u2168abcXYZ#%$/\n"


def test_figures_only_answers_as_it_did() -> None:
    rng = random.Random(38)
    lines = ["", " ", "0", "2 3...", "887 114", "13", "-2", "2024 was a good year.", "#8", "\u00b2", "\u0663 4"]
    lines += ["".join(rng.choice(_CHARACTERS) for _ in range(rng.randint(0, 12))) for _ in range(20_000)]
    lines += ["".join(rng.choice(_CHARACTERS[:16]) for _ in range(rng.randint(0, 12))) for _ in range(5_000)]
    figures = 0
    for line in lines:
        got = _figures_only(line)
        assert got == _reference_figures_only(line), repr(line)
        figures += got
    assert figures >= 1_000  # the positives are reached, not only the lines of words
    assert not _figures_only("The vote was 13 to 2") and _figures_only("13 2")


def test_sort_heading_answers_as_it_did() -> None:
    rng = random.Random(38)
    names = sorted(_SORT_HEADINGS)
    options = sorted(_SORT_OPTIONS)
    junk = ["", "by", "the", "Sorted", "hat", ":", " ", "Price", "zzz", "Sort", "colour"]
    lines: list[str] = []
    for _ in range(20_000):
        parts = [rng.choice((rng.choice(names), rng.choice(junk)))]
        parts += [rng.choice((rng.choice(options), rng.choice(junk))) for _ in range(rng.randint(0, 3))]
        lines.append(rng.choice((" ", ": ", "")).join(parts))
    headings = 0
    for line in lines:
        got = _sort_heading(line)
        assert got == _reference_sort_heading(line), repr(line)
        headings += got
    assert headings >= 1_000
    assert _sort_heading("Sorted by: Highest score") and not _sort_heading("Sorting hat sorted by colour")


_FOOTER_LINES = (
    "Footer",
    "Footer navigation",
    "Apple Footer",
    "Skip to footer",
    "The footer holds the links",
    "FOOTER",
    "About us\nFooter",
    "Footer\nContact us",
    "Privacy Policy",
    "Terms of Use",
    "Contact us",
)


def _random_page(rng: random.Random) -> str:
    blocks: list[str] = []
    for _ in range(rng.randint(2, 25)):
        if rng.random() < 0.5:
            n = rng.randint(6, 50)
            blocks.append("The council said that " + " ".join(f"word{k}" for k in range(n)) + " today.")
        else:
            blocks.append(rng.choice(_FOOTER_LINES))
    return "\n\n".join(blocks)


def test_footer_label_answers_as_it_did_on_random_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    judged = {"pages": 0, "cut": 0}
    new_judge = FooterLabel.judge

    def both(self: FooterLabel, page: Page) -> Iterator[tuple[int, Verdict]]:
        expected = list(_reference_footer_judge(self, page))
        got = list(new_judge(self, page))
        assert got == expected
        judged["pages"] += 1
        judged["cut"] += bool(got)
        yield from got

    monkeypatch.setattr(FooterLabel, "judge", both)
    cleaner = Cleaner(plugins=False)
    rng = random.Random(38)
    for k in range(400):
        kind = (PageType.ARTICLE, PageType.COLLECTION, PageType.SERVICE, PageType.FORUM)[k % 4]
        cleaner.clean(_random_page(rng), input_format="text", page_type=kind.value)
    assert judged["pages"] >= 300
    assert judged["cut"] >= 30  # the labels are reached and end pages, not only the screen


def test_footer_label_splits_no_block_without_its_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """A block with no "ooter" in its text is not split into lines; fails on main, which split every block."""
    asked: list[str] = []

    class Raw(str):
        def splitlines(self, keepends: bool = False) -> list[str]:
            asked.append(str(self))
            return super().splitlines(keepends)

    text = "\n\n".join(
        ("The council said that the new bridge will open in the spring of next year.", "Footer", "Contact us")
    )
    page_seen: list[Page] = []
    new_judge = FooterLabel.judge

    def spy(self: FooterLabel, page: Page) -> Iterator[tuple[int, Verdict]]:
        for block in page.blocks:
            object.__setattr__(block, "raw", Raw(block.raw))
        page_seen.append(page)
        yield from new_judge(self, page)

    monkeypatch.setattr(FooterLabel, "judge", spy)
    Cleaner(plugins=False).clean(text, input_format="text")
    assert page_seen
    assert asked == ["Footer"]


def test_the_screens_live_in_the_module() -> None:
    assert quality._SORT_HEADING_OPENINGS and all(name in _SORT_HEADINGS for name in quality._SORT_HEADING_OPENINGS)
