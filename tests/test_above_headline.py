"""quality.above-headline: what a text page keeps above the line its address names goes when the
chosen title says little of what the address says (text107)."""

from __future__ import annotations

from helpers import para
from pagecleaner import Settings
from pagecleaner.features import make_blocks
from pagecleaner.models import PageType
from pagecleaner.rules.base import Label, Page, Verdict
from pagecleaner.rules.metadata import Title
from pagecleaner.rules.quality import AboveHeadline, MainRun
from pagecleaner.segment import segment_text

_URL = "https://school.example.edu/blog/an-introduction-to-professional-software-development/"
_HEADLINE = "An Introduction to Professional Software Development"
_MENU = [
    "Tuition & Financing",
    "We have many flexible options for advancing your career.",
    "Join an Info Session",
    "Check out our bootcamp info sessions and see what you will learn.",
    "Software Engineering",
    "Become a software engineer and build the products people use.",
]


def _judged(
    lines: list[str],
    title: str | None = "AI & Machine Learning",
    url: str | None = _URL,
    page_type: PageType = PageType.ARTICLE,
) -> list[str]:
    """The lines the rule takes from a text page of ``lines`` (one block each, all kept; the first
    line ``title`` names, if any, carries it as the title rule's choice)."""
    blocks = make_blocks(segment_text("\n\n".join(lines)))
    assert len(blocks) == len(lines)
    kept = MainRun().verdict("kept", label=Label.CONTENT)
    verdicts: list[Verdict | None] = [kept] * len(blocks)
    if title is not None:
        verdicts = [Title().verdict("headline", data={"title": title}), *verdicts[1:]]
    page = Page(blocks, Settings(), verdicts, page_type=page_type, url=url)
    judged = list(AboveHeadline().judge(page))
    assert all(v.rule == "quality.above-headline" and v.label is Label.BOILERPLATE for _, v in judged)
    return [lines[i] for i, _ in judged]


def test_a_menu_above_the_headline_the_address_names_goes() -> None:
    lines = ["AI & Machine Learning", *_MENU, _HEADLINE, para("code"), para("team")]
    assert _judged(lines) == _MENU


def test_a_title_that_says_what_the_address_says_keeps_the_opening() -> None:
    # The title names the article; the line the slug names is a later heading and the text above it the opening.
    url = "https://food.example.com/blog/what-is-kitchen-sink-in-cloud-computing"
    lines = [
        "Understanding the Kitchen Sink in Cloud Computing",
        "Have you heard of it?",
        "Know About Cloud Computing",
        "What is the Kitchen Sink in Cloud Computing?",
        para("sink"),
    ]
    assert _judged(lines, title=lines[0], url=url) == []


def test_opening_paragraphs_above_a_later_heading_stay() -> None:
    # Lines that average more than twenty words are an opening, not a menu.
    lines = ["AI & Machine Learning", para("intro"), para("more"), _HEADLINE, para("code")]
    assert _judged(lines) == []


def test_no_slug_no_line_no_thread() -> None:
    lines = ["AI & Machine Learning", *_MENU, _HEADLINE, para("code")]
    assert _judged(lines, url="https://forum.example.org/t/plugin-recommendations/88771") == []
    assert _judged(lines, url=None) == []
    assert _judged(["AI & Machine Learning", *_MENU, "Welcome", para("code")]) == []
    assert _judged(lines, page_type=PageType.FORUM) == []


def test_more_above_than_below_stays_and_a_copy_printed_below_stays() -> None:
    long_menu = [f"{entry} {k}" for k in range(8) for entry in ("Courses", "Short blurb about the course here.")]
    assert _judged(["AI & Machine Learning", *long_menu, _HEADLINE, "Short."]) == []
    lines = ["AI & Machine Learning", *_MENU, _HEADLINE, para("code"), "Join an Info Session"]
    assert "Join an Info Session" not in _judged(lines)
