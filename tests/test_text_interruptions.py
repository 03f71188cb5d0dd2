"""A text article's interruptions (text109): a writer's pause ending in an ellipsis between two
paragraphs stays (``related.cut-ending`` on text), and the neighbour pass looks past a removed
photo credit, "Read more:" link or cut excerpt to the paragraph above a section's heading
(``quality.neighbours``)."""

from __future__ import annotations

from helpers import MORE as MORE
from helpers import PROSE as PROSE
from helpers import prose_around as prose_around
from helpers import removed_by as removed_by
from pagecleaner import clean

PAUSE = "But maybe you have a wife or husband, three kids, a dog, two jobs, and no robot butler…"
OPENING = (
    "Datasheets are how hardware speaks to you, and reading them well is the skill that separates a"
    " working board from a week of guessing at registers and timing diagrams."
)


def _text(*lines: str) -> str:
    return "\n\n".join(lines)


def test_a_writers_pause_between_two_paragraphs_of_a_text_article_stays() -> None:
    # Kept paragraphs right before and right after it: the ellipsis is the writer's pause.
    result = clean(prose_around(PAUSE), input_format="text", page_type="article")
    assert removed_by(result, "no robot butler") is None
    assert removed_by(result, "The council voted") is None


def test_a_section_heading_under_a_writers_pause_stays_with_it() -> None:
    # The pause interrupts the text: the heading under it looks past it to the paragraph above, and
    # with the heading kept the pause has kept blocks either side.
    page = _text(PROSE, MORE, PAUSE, "3. Learn to Read Datasheets", OPENING, f"{PROSE} Again.")
    result = clean(page, input_format="text", page_type="article")
    assert removed_by(result, "3. Learn to Read Datasheets") is None
    assert removed_by(result, "no robot butler") is None


def test_a_section_heading_under_a_photo_credit_stays() -> None:
    page = _text(
        PROSE, MORE, "Photo credit: Jane Doe/Getty Images", "Steps to Utilize Serverless Architecture", OPENING
    )
    result = clean(page, input_format="text", page_type="article")
    assert removed_by(result, "Photo credit") is not None
    assert removed_by(result, "Steps to Utilize Serverless Architecture") is None


def test_cut_teasers_between_the_paragraphs_of_a_text_article_still_go() -> None:
    # Under a "Related articles" heading, a cut headline and another headline: teasers, not a pause.
    page = _text(
        PROSE,
        MORE,
        "Related articles",
        "UK weather alert: Plague of mosquitos to devastate Britain as Hurri...",
        "Bible bombshell: Scientists claim discovery of root of all evil",
        OPENING,
        f"{PROSE} Again.",
    )
    result = clean(page, input_format="text", page_type="article")
    assert removed_by(result, "Plague of mosquitos") is not None
    assert removed_by(result, "Bible bombshell") is not None


def test_lines_after_a_byline_or_a_sign_up_call_are_settled_as_before() -> None:
    # A byline opens an author's box and a "Sign up" button its form's fine print: no interruption.
    page = _text(PROSE, "By Phil Helsel", "Trending Editor", MORE, f"{PROSE} Again.")
    result = clean(page, input_format="text", page_type="article")
    assert removed_by(result, "Trending Editor") is not None
    page = _text(PROSE, MORE, "Sign Up", "Protected by a captcha, see the privacy terms", OPENING)
    result = clean(page, input_format="text", page_type="article")
    assert removed_by(result, "Protected by a captcha") is not None


def test_a_run_of_short_lines_after_a_photo_credit_still_goes() -> None:
    # A card's name, kind and link under a credit: only a single line right over a paragraph looks past it.
    page = _text(PROSE, MORE, "Image: Brittany Garley", "Eculent Restaurant", "Kemah", "eculent.com", OPENING)
    result = clean(page, input_format="text", page_type="article")
    assert removed_by(result, "Eculent Restaurant") is not None
    assert removed_by(result, "eculent.com") is not None
