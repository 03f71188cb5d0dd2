"""Context rules judge blocks from their neighbours; each gets a positive and a negative case here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pagecleaner import Cleaner, Role, Settings, clean
from pagecleaner.blocks import Role as BlockRole
from pagecleaner.engine import judge
from pagecleaner.rules import default_rules
from pagecleaner.rules.base import Page, Stage

PROSE = [
    "The council approved the new budget on Tuesday after a debate that lasted well into the night.",
    "Officials said the plan would fund schools, roads and a new library in the town centre next year.",
    "Opposition members argued that the tax rise would hurt small businesses already struggling with costs.",
    "The mayor promised a review of spending in the spring, once the first figures are in from the auditors.",
]


def rules_of(text: str) -> dict[str, str]:
    return {r.text: r.rule for r in clean(text).removed}


def test_every_context_rule_has_a_test_naming_it() -> None:
    source = "".join(p.read_text(encoding="utf-8") for p in Path(__file__).parent.rglob("test_*.py"))
    for r in default_rules():
        if r.stage is Stage.CONTEXT:
            assert f'"{r.id}"' in source or f"# {r.id}" in source, f"context rule {r.id} has no test"


# related.teasers
def test_teasers_after_a_related_heading_are_removed_as_related() -> None:
    page = "\n".join(
        [
            *PROSE,
            "Related Articles",
            "Dam bursts after storm",
            "Dam bursts after storm",
            "Reuters",
            "2 hours ago",
            "A dam burst in the north after days of heavy rain, flooding three villages.",
        ]
    )
    removed = rules_of(page)
    assert removed["Dam bursts after storm"] == "related.teasers"
    assert clean(page).related[0].source == "Reuters"


def test_prose_after_an_inline_related_box_stays_in_the_article() -> None:
    long = [f"{p} {p}" for p in PROSE]  # paragraphs of a realistic length
    page = "\n".join([long[0], long[1], "Related Articles", "Budget talks stall again", long[2], long[3]])
    result = clean(page)
    assert result.article.paragraphs == long
    assert rules_of(page)["Budget talks stall again"] == "related.teasers"


FEATURE_CARDS = [
    (
        "1-click payroll compliance",
        "Automatically calculate complex pay rates, including differentials and overtime, before processing payroll"
        " for each team, so every paycheck matches the hours your people actually worked this week.",
    ),
    (
        "All-in-one HRIS",
        "Eliminate double entry for good. Sync hiring, onboarding, and payroll with a single login for every"
        " location, and keep every employee record in one place that your managers can search.",
    ),
    (
        "Forecasting and shift swapping",
        "Stop being short-staffed and do more with less. Forecast your labor needs and quickly fill open shifts"
        " with the people who already know the work, without a single phone call on a Sunday night.",
    ),
]
CARDS_PAGE = "\n".join(
    [
        "Our platform plans every shift, tracks hours and pays your hourly team on time, from a single login"
        " that your managers already know.",
        "Read more",
        *(line for card in FEATURE_CARDS for line in (*card, "Read more")),
    ]
)


def test_a_read_more_button_opens_no_teaser_section_on_a_text_service() -> None:
    # related.teasers: on a service the bare "Read more" closes a feature card; the cards after it
    # are the page's own text. The button itself still goes.
    page = clean(CARDS_PAGE + "\n", input_format="text", page_type="service")
    assert page.article.paragraphs == [line for card in FEATURE_CARDS for line in card]
    assert {r.rule for r in page.removed if r.text == "Read more"} == {"related.heading"}


def test_a_read_more_heading_still_opens_a_teaser_section_on_an_article() -> None:
    page = clean(CARDS_PAGE + "\n", input_format="text", page_type="article")
    assert rules_of_page(page)["All-in-one HRIS"] == "related.teasers"
    about = CARDS_PAGE.replace("Read more", "Read more about payroll", 1).replace("\nRead more\n", "\nContact us\n")
    service = clean(about + "\n", input_format="text", page_type="service")
    assert rules_of_page(service)["1-click payroll compliance"] == "related.teasers"


def rules_of_page(page: Any) -> dict[str, str]:
    return {r.text: r.rule for r in page.removed}


# quality.classify
def test_prose_is_classified_as_content() -> None:
    assert clean("\n".join(PROSE)).article.paragraphs == PROSE


def test_isolated_short_line_far_from_prose_is_not_content() -> None:
    page = "\n".join(["Weather", "Sport", "Culture", *PROSE])
    assert rules_of(page)["Culture"] in {"quality.neighbours", "quality.classify"}


# quality.neighbours
def test_short_subheading_between_paragraphs_stays() -> None:
    page = "\n".join([PROSE[0], PROSE[1], "What happens next", PROSE[2], PROSE[3]])
    assert "What happens next" in clean(page).article.paragraphs


def test_short_line_after_the_article_goes() -> None:
    page = "\n".join([*PROSE, "Weather", "Sport"])
    assert rules_of(page)["Weather"] == "quality.neighbours"


# A data table under a furniture heading (an accordion's button) and above a link: both its
# decided neighbours are boilerplate, but the markup says the table is data.
_SPEC_ROWS = "<tr><td>Handle material</td><td>Polymer core</td></tr><tr><td>Blade</td><td>Stainless steel</td></tr>"
_LINKED_ROWS = (
    "<tr><td><a href='/x'>Handle material</a></td><td><a href='/y'>Polymer core</a></td></tr>"
    "<tr><td><a href='/z'>Blade</a></td><td><a href='/w'>Stainless steel</a></td></tr>"
)
# Every cell opens with its link ("Handle material (3)"): a menu of counts, not data beside names.
_OPENING_ROWS = (
    "<tr><td><a href='/x'>Handle material</a> (3)</td><td><a href='/y'>Polymer core</a> (5)</td></tr>"
    "<tr><td><a href='/z'>Blade</a> (2)</td><td><a href='/w'>Stainless steel</a> (7)</td></tr>"
)
_ONE_ROW = "<tr><td>Handle material</td><td>Polymer core</td><td>Blade</td><td>Stainless steel</td></tr>"


def _spec_page(rows: str, around: str = "div") -> str:
    return (
        f"<html><body><div><p>{PROSE[0]}</p><p>{PROSE[1]}</p><button>Specifications</button>"
        f"<{around}><table>{rows}</table></div><a href='/guarantee'>Lifetime Guarantee</a></div>"
        "<div><a href='/a'>Shop</a> <a href='/b'>Help</a></div></body></html>"
    )


def test_a_data_table_between_furniture_is_kept_as_a_table() -> None:
    page = clean(_spec_page(_SPEC_ROWS))
    tables = [p.rows for p in page.article.body if p.role is Role.TABLE]
    assert tables == [[["Handle material", "Polymer core"], ["Blade", "Stainless steel"]]]


# Names linked to their pages beside unlinked figures: more than half the text is links, yet a table of data.
_NAMED_ROWS = (
    "<tr><td><a href='/quanta'>Quanta Services Inc.</a></td><td>$7.7B</td></tr>"
    "<tr><td><a href='/myr'>MYR Group Inc.</a></td><td>$2.5B</td></tr>"
    "<tr><td><a href='/mastec'>MasTec Inc.</a></td><td>$2.4B</td></tr>"
)


def test_a_table_of_linked_names_beside_figures_is_kept_as_a_table() -> None:
    # quality.classify reads it as data despite its links; quality.neighbours keeps it as a table.
    page = clean(_spec_page(_NAMED_ROWS))
    tables = [p.rows for p in page.article.body if p.role is Role.TABLE]
    assert tables == [[["Quanta Services Inc.", "$7.7B"], ["MYR Group Inc.", "$2.5B"], ["MasTec Inc.", "$2.4B"]]]


@pytest.mark.parametrize(
    ("rows", "favor", "around"),
    [
        (_SPEC_ROWS, "precision", "div"),
        (_LINKED_ROWS, "balanced", "div"),
        (_OPENING_ROWS, "balanced", "div"),
        (_ONE_ROW, "balanced", "div"),
        (_SPEC_ROWS, "balanced", "div class='modal' role='dialog'"),
    ],
)
def test_a_table_of_links_a_single_row_a_pop_up_or_the_precision_preset_still_goes(
    rows: str, favor: str, around: str
) -> None:
    page = clean(_spec_page(rows, around), settings=Settings(favor=favor))
    assert not any(p.role is Role.TABLE for p in page.article.body)
    # In a pop-up (role="dialog") the dialog rule takes it first.
    assert any(
        r.text.startswith("Handle material") and r.rule in {"quality.neighbours", "quality.classify", "dom.dialog"}
        for r in page.removed
    )


def test_the_main_run_weighs_a_kept_data_table_by_its_words(monkeypatch: pytest.MonkeyPatch) -> None:
    # A subheading kept for its neighbours weighs nothing in the main run; a data table kept as
    # data weighs its words, so a schedule past an ad label can pull the run to it.
    from pagecleaner import cleaner as cleaner_module
    from pagecleaner.rules.quality import MainRun

    judged: list[Page] = []

    def keep_page(*args: Any, **kwargs: Any) -> Any:
        result = judge(*args, **kwargs)
        judged.append(result[0])
        return result

    monkeypatch.setattr(cleaner_module, "judge", keep_page)
    Cleaner(plugins=False).clean(_spec_page(_SPEC_ROWS))
    (page,) = judged
    (table,) = [i for i, b in enumerate(page.blocks) if b.role is BlockRole.TABLE]
    verdict = page.verdicts[table]
    assert verdict is not None and verdict.rule == "quality.neighbours"
    assert MainRun()._scores(page)[table] == page.blocks[table].weight > 0


# quality.main-run
def test_prose_far_from_the_main_run_is_removed() -> None:
    footer = ["Privacy Policy", "Terms of Use", "Contact us", "© 2025 Example Media. All rights reserved."]
    stray = "A reader wrote in to say that the previous article on parking was quite unfair to drivers."
    page = "\n".join([*PROSE, *footer, stray])
    # After the footer's copyright line, footer.past-copyright takes it first; without that rule (or
    # without the copyright line) the main run's reach across the footer does.
    assert rules_of(page)[stray] == "footer.past-copyright"
    off = Cleaner().disable("footer.past-copyright").clean(page)
    assert rules_of_page(off)[stray] == "quality.main-run"
    assert rules_of("\n".join([*PROSE, *footer[:3], stray]))[stray] == "quality.main-run"


def test_main_run_spans_a_short_gap() -> None:
    page = "\n".join([PROSE[0], PROSE[1], "Advertisement", PROSE[2], PROSE[3]])
    assert clean(page).article.paragraphs == PROSE


# metadata.title
def test_headline_before_the_body_becomes_the_title() -> None:
    page = "\n".join(["Budget passes after late-night debate", *PROSE])
    result = clean(page)
    assert result.article.title == "Budget passes after late-night debate"
    assert rules_of(page)["Budget passes after late-night debate"] == "metadata.title"


def test_the_headline_sharing_words_with_the_body_beats_lines_nearer_to_it() -> None:
    # Between the headline and the body: a section name and a line of share links.
    lines = ["Council approves new budget after debate", "Local Politics", "Share this story with friends"]
    result = clean("\n".join([*lines, *PROSE]))
    assert result.article.title == lines[0]


def test_a_line_with_a_clock_time_is_not_taken_for_the_headline() -> None:
    lines = ["Council budget approved", "Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM"]
    assert clean("\n".join([*lines, *PROSE])).article.title == lines[0]


def test_a_sentence_sharing_no_word_with_the_body_is_not_the_title() -> None:
    other = "Google launches its streaming service tomorrow, and the first reviews are mixed."
    assert clean("\n".join([other, "Subscribe", *PROSE])).article.title is None


def test_no_title_when_the_page_starts_with_prose() -> None:
    assert clean("\n".join(PROSE)).article.title is None


def test_a_context_rule_can_be_disabled() -> None:
    c = Cleaner(plugins=False).disable("metadata.title")
    assert c.clean("\n".join(["Budget passes after late-night debate", *PROSE])).article.title is None


# comments.thread
COMMENTS = [
    "Jane Doe on November 19, 2019 at 4:36 pm said:",
    "I have lived in the town for twenty years and I have never seen the council spend this carefully on anything.",
    "The library alone is worth the tax rise, and the roads have needed work since the floods of last winter.",
    "Reply",
    "Sam on November 19, 2019 at 5:02 pm said:",
    "Small businesses on the high street will pay for this while the council's own offices get a new roof again.",
    "Reply",
    "Ann Lee on November 20, 2019 at 9:15 am said:",
    "Has anyone seen the auditors' figures from last spring? They suggest the costs were badly underestimated then.",
]


def test_a_comment_thread_after_the_article_is_removed_however_long_its_posts() -> None:
    # Posts as long as these would outweigh what their headers cost the main run.
    posts = [f"{line} {line} {line}" if line.endswith(".") or line.endswith("?") else line for line in COMMENTS]
    page = "\n".join([*PROSE, "Comments", *posts])
    assert clean(page).article.paragraphs == PROSE
    assert rules_of(page)[posts[1]] == "comments.thread"
    assert rules_of(page)[posts[-1]] == "comments.thread"


def test_a_thread_whose_widget_stands_above_avatars_and_sort_controls_is_found() -> None:
    posts = [f"{line} {line} {line}" if line.endswith((".", "?")) else line for line in COMMENTS]
    furniture = ["[ 167 comments ]", "Top Rated Comments", "(View all)", "Avatar", "Sort by", "Avatar"]
    page = "\n".join([*PROSE, *furniture, *posts])
    assert clean(page).article.paragraphs == PROSE


def test_dated_sections_without_any_comments_widget_are_not_a_thread() -> None:
    # A timeline: date lines between paragraphs, but nothing says these are comments.
    dated = [line for line in COMMENTS if line != "Reply"]
    page = "\n".join([*PROSE, *dated])
    assert "comments.thread" not in rules_of(page).values()


def test_a_page_that_is_only_a_thread_is_not_emptied_by_the_thread_rule() -> None:
    page = "\n".join(["Comments", *COMMENTS])
    assert "comments.thread" not in rules_of(page).values()


# related.cut-ending
CUT = "The mayor said the review would start in spring, and that the auditors who had first flagged the..."


def test_an_article_cut_off_by_a_paywall_keeps_its_last_paragraph() -> None:
    page = "\n".join([*PROSE, CUT, "Subscribe", "Sign in"])
    assert clean(page).article.paragraphs == [*PROSE, CUT]


def test_a_lone_excerpt_between_two_paragraphs_is_the_writers_pause() -> None:
    # text109: with the paragraphs right before and right after it kept, the ellipsis is the
    # writer's (on fold 0, fold 1 and the news pages); excerpts in a list stay teasers (below).
    page = "\n".join([*PROSE[:2], CUT, *PROSE[2:]])
    assert CUT in clean(page).article.paragraphs


def test_excerpts_in_a_list_stay_teasers() -> None:
    second = "Officials in the next county said their own budget would be cut again, and that schools would..."
    page = "\n".join([*PROSE, CUT, second])
    assert CUT not in clean(page).article.paragraphs


# embed.post-signature
def test_an_embedded_post_stays_when_its_signature_date_is_on_a_line_of_its_own() -> None:
    # bs4's get_text breaks the signature at the date link.
    post = ["Senate resolves to:", "Observe a minute silence in honour of the departed souls."]
    signature = ["— The Nigerian Senate (@NGRSenate)", "October 9, 2018"]
    page = "\n".join([*PROSE[:2], *post, *signature, *PROSE[2:]])
    kept = clean(page).article.paragraphs
    assert all(line in kept for line in post + signature)


def test_a_date_line_without_a_signature_above_it_is_still_a_date_line() -> None:
    page = "\n".join([*PROSE[:2], "October 9, 2018", *PROSE[2:]])
    assert rules_of(page)["October 9, 2018"] == "metadata.dateline"


@pytest.mark.parametrize(
    "line",
    [
        "BOOK: By Dec 31, 2025",
        "TRAVEL: Through May 31, 2026",
        "Dead\u00adline to apply: March 1st, 2026",
        "Offer ends before 12/31/2025",
    ],
)
def test_a_deadline_is_not_a_date_line(line: str) -> None:
    page = "\n".join([*PROSE[:2], line, *PROSE[2:]])
    assert rules_of(page).get(line) != "metadata.dateline"
    dated = "\n".join([*PROSE[:2], "Published June 30, 2025", *PROSE[2:]])
    assert rules_of(dated)["Published June 30, 2025"] == "metadata.dateline"


# related.lists
def test_a_headline_list_in_a_menu_gives_teasers_and_leaves_the_section_names() -> None:
    page = "\n".join(
        [
            *PROSE,
            "News",
            "World",
            "Politics",
            "Ferry service resumes after winter storm damage",
            "School board votes to extend the academic year",
            "Local bakery wins national award for sourdough",
            "Sports",
            "Golf",
        ]
    )
    result = clean(page)
    assert [t.title for t in result.related] == [
        "Ferry service resumes after winter storm damage",
        "School board votes to extend the academic year",
        "Local bakery wins national award for sourdough",
    ]
    assert result.related[0].block == "News"
    assert rules_of(page)["Ferry service resumes after winter storm damage"] == "related.lists"
