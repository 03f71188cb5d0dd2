"""The seed page (an aggregator's copy of a Telegraph story) must come out exactly as specified."""

from __future__ import annotations

from datetime import date

import pytest

from pagecleaner import CleanedPage, Kind, clean

TITLE = "Watch: Kim Jong-un weeps over soldiers killed fighting for Putin"


@pytest.fixture(scope="module")
def page(seed_text: str) -> CleanedPage:
    return clean(seed_text)


def _body_lines(seed_text: str) -> list[str]:
    lines = seed_text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("Kim Jong-un appeared to weep"))
    last = next(i for i, line in enumerate(lines) if line.endswith("missile guidance systems."))
    return lines[first : last + 1]


def test_metadata(page: CleanedPage) -> None:
    a = page.article
    assert (a.title, a.source, a.published, a.credit) == (TITLE, "Yahoo", date(2025, 6, 30), "Reuters")


def test_paragraphs_are_the_17_body_lines_unchanged(page: CleanedPage, seed_text: str) -> None:
    expected = _body_lines(seed_text)
    assert len(expected) == 17
    assert page.article.paragraphs == expected
    assert page.article.text == "\n\n".join(expected)


def test_three_teasers_in_page_order(page: CleanedPage) -> None:
    got = [(t.title, t.source, t.age) for t in page.related]
    assert got == [
        ("Trump's hidden goal in Alaska was to break the China-Russia axis", "The Hill", "22 minutes ago"),
        ("Live updates: Redistricting efforts take stage in California, Texas", "The Hill", "22 minutes ago"),
        (
            "Chipmakers' Stocks Drop As Trump Administration Reportedly Seeks Equity For Grants",
            "Forbes",
            "23 minutes ago",
        ),
    ]


def test_teasers_carry_their_full_summaries(page: CleanedPage, seed_text: str) -> None:
    starts = ("The Alaska summit between", "Redistricting takes center stage", "Key semiconductor stocks slid")
    for teaser, start in zip(page.related, starts, strict=True):
        line = next(x for x in seed_text.splitlines() if x.startswith(start))
        assert teaser.summary == line


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("logo", Kind.IMAGE_RESIDUE),
        (TITLE, Kind.DUPLICATE),
        ("Broaden your horizons with award-winning British journalism.", Kind.SUBSCRIPTION),
        ("Orange background", Kind.IMAGE_RESIDUE),
        ("Try Our AI Features", Kind.PROMO),
        ("Explore what Daily8 AI can do for you:", Kind.PROMO),
        ("Comments", Kind.COMMENTS),
        ("No comments yet...", Kind.COMMENTS),
        ("Related Articles", Kind.RELATED),
        ("DOWNLOAD THE APP", Kind.APP_PROMO),
        ("Get Started Now: Download the App", Kind.APP_PROMO),
        ("Ready to dive into a world of global content", Kind.APP_PROMO),
        ("app-storeplay-store", Kind.APP_PROMO),
    ],
)
def test_boilerplate_is_removed_with_a_rule(page: CleanedPage, text: str, kind: Kind) -> None:
    hits = [r for r in page.removed if r.text.strip().startswith(text) and r.kind is kind]
    assert hits, f"{text!r} not removed as {kind.value}"
    assert all(r.rule for r in hits)


def test_metadata_lines_are_accounted_as_metadata(page: CleanedPage) -> None:
    meta = {r.text for r in page.removed if r.kind is Kind.METADATA}
    assert {TITLE, "Yahoo30-06-2025", "Credit: Reuters"} <= meta


def test_every_non_blank_line_lands_in_exactly_one_place(page: CleanedPage, seed_text: str) -> None:
    lines = seed_text.splitlines()
    removed_lines = [n for r in page.removed for n in range(r.start_line, r.end_line + 1)]
    assert len(removed_lines) == len(set(removed_lines))
    kept = [n for n in range(1, len(lines) + 1) if lines[n - 1].strip() and n not in set(removed_lines)]
    assert [lines[n - 1] for n in kept] == page.article.paragraphs
    for r in page.removed:
        assert r.text == "\n".join(lines[r.start_line - 1 : r.end_line])
