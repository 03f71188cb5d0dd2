"""Titles, from text and from HTML: the defects issue 11 lists, one test each."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

import pytest

from pagecleaner import Cleaner, clean
from pagecleaner.features import make_blocks
from pagecleaner.markup import (
    choose_title,
    first_field,
    named_by_heading,
    stated_apart,
    strip_count,
    strip_site,
    strip_site_prefix,
)
from pagecleaner.models import Kind, PageType
from pagecleaner.rules.base import Label, Page, Verdict
from pagecleaner.rules.metadata import (
    Dateline,
    Title,
    _closing_year,
    _copied_group,
    _dated_tail,
    _echoed,
    _first_prose,
    _lede,
    _list_numbers,
    _mark_decks,
    _mark_labelled,
    _mark_leads,
    _mark_posted,
    _may_cut,
    _numbered_item,
    _reprinted,
    _restored,
    _said,
    _shouted,
)
from pagecleaner.rules.quality import TooLittle, slug_words
from pagecleaner.segment import segment_text
from pagecleaner.settings import Settings

HEADLINE = "Council approves budget after late-night debate"
BODY = [
    "The city council approved the new budget on Tuesday after a debate that lasted well into the night.",
    "Opposition members said the plan raised spending too quickly and promised to keep fighting the budget.",
    "The mayor said the city had to invest in its schools and roads even though the costs were high.",
    "Residents who spoke at the council meeting were divided, some praising the plan and others calling it reckless.",
]


def title_of(lines: list[str], sep: str = "\n") -> str | None:
    return clean(sep.join(lines), input_format="text").article.title


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_the_headline_on_line_one_is_found(sep: str) -> None:
    assert title_of([HEADLINE, *BODY], sep) == HEADLINE


def test_a_headline_that_asks_a_question_is_found() -> None:
    question = "Why did the council approve the budget so late?"
    assert title_of([question, *BODY]) == question
    assert title_of(["Local Politics", question, *BODY]) == question


def test_the_headline_at_the_top_of_the_page_above_a_long_menu_is_found() -> None:
    menu = [f"{w} guides and reviews" for w in ("Camera", "Phone", "Laptop", "Audio", "Watch")] * 10
    assert title_of([HEADLINE, *menu, *BODY]) == HEADLINE


@pytest.mark.parametrize("headline", ["Council Budget Vote Passes in the U.S.", "Council Approves the Budget at Last!"])
def test_a_title_case_headline_ending_in_a_stop_is_found(headline: str) -> None:
    assert title_of([headline, *BODY]) == headline


def test_a_first_sentence_in_the_bodys_case_is_not_taken_for_a_headline() -> None:
    opening = "I have been following the council budget for a while."
    assert title_of([opening, *BODY]) != opening


def test_a_two_sentence_first_line_is_not_taken_for_a_question_headline() -> None:
    opening = "The council met again. Would the budget pass?"
    assert title_of([opening, *BODY]) != opening


@pytest.mark.parametrize("counter", ["0 shares", "44 Comments", "1.2k views"])
def test_a_counter_is_never_the_title(counter: str) -> None:
    assert title_of([counter, HEADLINE, *BODY]) == HEADLINE
    assert title_of([HEADLINE, counter, *BODY]) == HEADLINE
    assert title_of([counter, *BODY]) != counter


@pytest.mark.parametrize(
    "control",
    [
        "Continue reading the main story",
        "Show more sharing options",
        "Main menu move to sidebar hide",
        "Upvote 0 Downvote",
        "View Full Profile",
        "Search all Example Health",
    ],
)
def test_a_control_is_never_the_title(control: str) -> None:
    assert title_of([HEADLINE, control, *BODY]) == HEADLINE
    assert title_of([control, *BODY]) != control


def test_an_image_caption_is_not_the_title() -> None:
    caption = "Council members debate the budget in the chamber on Tuesday night."
    assert title_of([HEADLINE, caption, *BODY]) == HEADLINE


def test_a_link_trail_is_not_the_title() -> None:
    trail = "Home / News / Local / Council approves budget after late-night debate"
    assert title_of([trail, HEADLINE, "By Jane Doe", *BODY]) == HEADLINE


def test_the_headline_agreeing_with_the_article_beats_menu_lines_nearer_to_it() -> None:
    menu = ["Local Politics", "Budget", "City Council", "Schools"]
    assert title_of([HEADLINE, *menu, *BODY]) == HEADLINE


# HTML: the markup's sources, and the <h1> that readers see.
def test_an_h1_that_agrees_with_og_title_is_the_title() -> None:
    got = choose_title(["Budget vote: council approves plan after debate | The Herald"], [HEADLINE], None, None)
    assert got == HEADLINE


def test_an_h1_holding_the_site_name_is_not_the_title() -> None:
    page_title = "What is Ownership? - The Rust Programming Language"
    assert choose_title([], ["The Rust Programming Language"], page_title, None) == "What is Ownership?"


def test_an_h1_printing_the_site_name_is_passed_over_for_the_headline() -> None:
    # The masthead shares "Yoga" with the stated title, so it "agrees" with it by words alone.
    stated = ["Yoga retreats for beginners | Yoga Daily"]
    headings = ["Yoga Daily", "Yoga retreats for beginners"]
    assert choose_title(stated, headings, None, "Yoga Daily") == "Yoga retreats for beginners"
    # The name may come from the title's own suffix when og:site_name is missing.
    assert choose_title(stated, headings, None, None) == "Yoga retreats for beginners"


def test_of_several_agreeing_h1s_the_closest_to_the_stated_title_wins() -> None:
    stated = ["Yoga retreats: travel insurance explained"]
    headings = ["Yoga Studio", "Yoga retreats: travel insurance explained", "Menu"]
    assert choose_title(stated, headings, None, None) == "Yoga retreats: travel insurance explained"
    # A lone agreeing heading is still taken over the stated title.
    lone = "Travel insurance for yoga retreats"
    assert choose_title(stated, [lone], None, None) == lone


def test_a_headline_glued_to_its_byline_in_text_is_the_headline_line() -> None:
    # "Jane Doe" above a line that opens in lower case reads as a link inside a sentence, so
    # the three lines make one block; the headline is its own line of it.
    lines = ["Login", "", HEADLINE, "Jane Doe", "in Local Politics", "Nov 20, 2025", "", *BODY]
    assert title_of(lines) == HEADLINE


def test_a_byline_glued_under_a_shorter_headline_is_not_the_title() -> None:
    # The byline with its date and clock time runs to more words than the headline it is printed
    # under in one block; the headline is the block's longest line that is not a byline.
    headline = "Council approves budget"
    lines = ["Login", "", "Close", "local news", headline, "by Jane Doe on Nov 20, 2025 at 11:00 AM", "", *BODY]
    assert title_of(lines) == headline


def test_without_a_stated_title_the_title_tag_loses_its_site_suffix() -> None:
    assert choose_title([], [], "Library to close :: The Herald", None) == "Library to close"
    assert choose_title([], [], "tokio::runtime - Rust", None) == "tokio::runtime"


def test_soft_hyphens_leave_the_title() -> None:
    assert choose_title([], ["Home Repair Assis\u00adtance Program"], None, None) == "Home Repair Assistance Program"


def test_a_stated_title_printing_the_headline_more_cleanly_wins() -> None:
    got = choose_title(
        ["Best Drip Coffee Maker 2026: Buying Tips"], ["BEST DRIP COFFEE MAKER 2026: BUYING TIPS"], None, None
    )
    assert got == "Best Drip Coffee Maker 2026: Buying Tips"


def test_a_heading_in_capitals_that_rewords_the_stated_title_is_a_label_not_the_title() -> None:
    stated = ["Council Budget: What the Late-Night Vote Means for Schools | The Herald"]
    assert choose_title(stated, ["COUNCIL BUDGET EXPLAINED"], None, None) == (
        "Council Budget: What the Late-Night Vote Means for Schools"
    )
    # A heading in the body's case that says the same is still the title.
    assert choose_title(stated, ["Council Budget Explained"], None, None) == "Council Budget Explained"


@pytest.mark.parametrize(
    "heading",
    [
        f"Dec 18 2025 {HEADLINE}",
        f"2025-12-18 {HEADLINE}",
        f"{HEADLINE} (example.com) 87",
        f"{HEADLINE} (news.example.co.uk)",
    ],
)
def test_a_heading_printing_the_stated_title_with_a_date_before_or_its_source_after_gives_the_title(
    heading: str,
) -> None:
    assert choose_title([f"{HEADLINE} | The Herald"], [heading], None, None) == HEADLINE


@pytest.mark.parametrize(
    "heading",
    [
        f"{HEADLINE} - March 2026",  # a date after: the heading's own words
        f"{HEADLINE}: What It Means for Schools",  # a subtitle
        f"Breaking: {HEADLINE}",  # a kicker is not a date
        f"{HEADLINE} (2025)",  # a year in brackets is no host name
    ],
)
def test_a_heading_keeps_its_own_words_around_the_stated_title(heading: str) -> None:
    assert choose_title([f"{HEADLINE} | The Herald"], [heading], None, None) == heading


@pytest.mark.parametrize(
    ("title", "first"),
    [
        ("Moray Driver Kit - 32 Precision Bits", "Moray Driver Kit"),
        ("Hifiman Sundara Headphones | 2020 Edition", "Hifiman Sundara Headphones"),
        ("IAM overview | Identity and Access Management (IAM)", "IAM overview"),
        ("Jimmy - Blue", "Jimmy - Blue"),  # a first field of one word stays whole
        ("Wi-Fi Smart Plug", "Wi-Fi Smart Plug"),  # no separator between fields
    ],
)
def test_the_first_field_of_a_title(title: str, first: str) -> None:
    assert first_field(title) == first


def test_a_product_and_a_manual_page_are_called_by_their_titles_first_field_an_article_is_not() -> None:
    html = (
        "<html><head><title>Moray Driver Kit - 32 Precision Bits | Acme Tools</title></head><body>"
        "<main>" + "".join(f"<p>{p}</p>" for p in BODY) + "</main></body></html>"
    )
    for kind in ("product", "documentation"):
        assert clean(html, input_format="html", page_type=kind).article.title == "Moray Driver Kit"
    for kind in ("article", "service"):
        assert clean(html, input_format="html", page_type=kind).article.title == "Moray Driver Kit - 32 Precision Bits"


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("Local SEO Software | Local SEO Tools | Try for Free", "Local SEO Tools"),
        ("Hire Local Movers – Moving Help in Jackson, NJ", "Hire Movers in Jackson, NJ"),
        ("Quickstart — Flask Documentation (3.1.x)", "Quickstart ¶"),
    ],
)
def test_a_title_stuffed_with_keywords_is_called_by_its_h1(title: str, heading: str) -> None:
    assert named_by_heading(title, ["", heading]) == heading.rstrip(" ¶")


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("Visual Studio Code - The open source AI code editor", "The open source AI code editor"),  # a slogan
        ("Creative Agency Portfolio | Denver Web Design", "CREATIVE AGENCY PORTFOLIO"),  # in capitals
        ("Managed Data Analytics Services", "Managed Analytics Services"),  # one field: the title stands
        ("Library to close | Budget", "Library closing plans revealed"),  # not a part of the title
    ],
)
def test_a_title_keeps_its_words_unless_the_h1_names_part_of_it(title: str, heading: str) -> None:
    assert named_by_heading(title, [heading]) == title


def test_html_service_page_stuffed_title_is_called_by_its_h1() -> None:
    html = (
        '<html><head><meta property="og:title" content="Human Resources Services | HR Services | BPM">'
        "<title>Human Resources Services | HR Services | BPM</title></head><body><h1>Human Resources</h1>"
        "<article>" + "".join(f"<p>{p}</p>" for p in BODY) + "</article></body></html>"
    )
    for kind in ("service", "article"):
        assert clean(html, input_format="html", page_type=kind).article.title == "Human Resources"


@pytest.mark.parametrize("sep", [" | ", " - ", " – ", " :: ", " — "])
def test_site_suffixes_after_every_separator_are_stripped(sep: str) -> None:
    assert strip_site(f"Library to close{sep}The Herald") == "Library to close"


def test_html_page_title_comes_from_its_h1_when_og_title_is_an_seo_variant() -> None:
    html = (
        '<html><head><meta property="og:title" content="Council approves 2025 budget after debate | The Herald">'
        f"<title>Budget 2025 | The Herald</title></head><body><h1>{HEADLINE}</h1><article>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "</article></body></html>"
    )
    assert clean(html, input_format="html").article.title == HEADLINE


@pytest.mark.parametrize(
    "line", ["This story has been shared 44,976 times.", "Download the app for the latest updates", "Log in to comment"]
)
def test_the_teaser_lists_counters_and_controls_are_not_titles_either(line: str) -> None:
    # One set of patterns (teasers.COUNTER, teasers.is_control) keeps them out of both.
    assert title_of([line, *BODY]) != line
    assert title_of([line, HEADLINE, *BODY]) == HEADLINE


def test_the_line_a_breadcrumb_ends_in_is_the_title() -> None:
    # The trail's last step names the page; the section label nearer the body does not.
    trail = "Home / Guides / Council approves budget after late-night debate"
    got = title_of([trail, "Local News Roundup", HEADLINE, "City Council Budget Office", *BODY])
    assert got == HEADLINE


def test_a_character_reference_escaped_twice_in_a_title_is_decoded() -> None:
    # The source says "SQL &amp;#x26; AI": parsed once it still reads "&#x26;".
    html = (
        "<html><head><title>Tools for 2026 | Python, SQL &amp;#x26; AI</title></head><body>"
        "<h1>Tools for 2026 | Python, SQL &amp;#x26; AI</h1><article>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "</article></body></html>"
    )
    assert clean(html, input_format="html").article.title == "Tools for 2026 | Python, SQL & AI"
    assert choose_title(["Fish &#38; Chips"], [], None, None) == "Fish & Chips"
    # A plain ampersand is left as it is.
    assert choose_title(["Fish & Chips"], [], None, None) == "Fish & Chips"


SLOGAN_PAGE = (
    '<html><head><meta property="og:title" content="Managed Data Analytics Services | Acme">'
    "<title>Managed Data Analytics Services | Acme</title></head><body>"
    "<h1>Managed Analytics Services</h1><article>" + "".join(f"<p>{p}</p>" for p in BODY) + "</article></body></html>"
)


def test_a_service_page_is_called_by_its_stated_title_and_an_article_by_its_h1() -> None:
    # The <h1> agrees with the stated title, so markup chooses it; the page type decides in assembly.
    assert clean(SLOGAN_PAGE, input_format="html", page_type="service").article.title == (
        "Managed Data Analytics Services"
    )
    assert clean(SLOGAN_PAGE, input_format="html", page_type="article").article.title == "Managed Analytics Services"
    assert clean(SLOGAN_PAGE, input_format="html", page_type="product").article.title == "Managed Analytics Services"


# --- The article's date from text: the byline's date, and the date printed by the headline ----


def page_of(lines: list[str]) -> tuple[str | None, object, object]:
    article = clean("\n\n".join(lines), input_format="text").article
    return article.byline, article.published, article.title


@pytest.mark.parametrize(
    ("byline", "name", "day"),
    [
        ("By Jane Doe, Wednesday, 20 November 2019 08:05 GMT", "Jane Doe", date(2019, 11, 20)),
        ("By Jane Doe - 2019-04-10", "Jane Doe", date(2019, 4, 10)),
        ("Von Hans Müller, 12. März 2025", "Hans Müller", date(2025, 3, 12)),
    ],
)
def test_the_date_on_the_byline_is_the_articles(byline: str, name: str, day: date) -> None:
    got_byline, published, _ = page_of([HEADLINE, byline, *BODY])
    assert got_byline == name
    assert published is not None and (published.date() if isinstance(published, datetime) else published) == day


def test_a_byline_without_a_date_gives_none() -> None:
    assert page_of([HEADLINE, "By Jane Doe", *BODY])[:2] == ("Jane Doe", None)


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (["Written by Jane Doe"], "Jane Doe"),
        (["By: Jane Doe"], "Jane Doe"),
        (["Escrito por María López"], "María López"),
        (["Written by:", "Jane Doe, Ph.D."], "Jane Doe"),  # the label over its name, without the degree
        (["Written by: Jane Doe, Senior Analyst"], "Jane Doe"),  # the name without its title
        (["Written by Jane Doe, John Roe and Kim Poe"], "Jane Doe, John Roe and Kim Poe"),  # three authors
        (["Reviewed by Kim Doe"], None),  # a reviewer is not the author
        (["Fact checked by: Kim Doe", "Written by Jane Doe"], "Jane Doe"),
        (["Reviewed by Kim Doe, RDN — Written by Jane Doe, MS — Updated on March 7, 2025"], "Jane Doe"),
        (["Edited by Kim Doe | Updated by Jane Doe"], None),  # who updated it did not write it
    ],
)
def test_an_author_line_by_its_role_is_the_byline(lines: list[str], name: str | None) -> None:
    article = clean("\n\n".join([HEADLINE, *lines, *BODY]), input_format="text").article
    assert article.byline == name
    assert not any(line in article.text for line in lines)


def test_an_author_box_under_the_article_is_no_byline() -> None:
    bio = "Jane Doe is the managing editor of the Herald and has covered the city council for ten years."
    article = clean("\n\n".join([HEADLINE, *BODY, "Written by Jane Doe", bio]), input_format="text").article
    assert article.byline is None


def test_a_label_repeated_over_a_lists_items_is_no_byline() -> None:
    items = [
        line
        for k in range(4)
        for line in (f"Home charging station estimate number {k} for the region", "Reported by:", "Research Team")
    ]
    article = clean("\n\n".join([HEADLINE, *BODY[:2], *items]), input_format="text").article
    assert article.byline is None


def test_a_date_line_with_separators_beside_a_long_label_is_read() -> None:
    line = "Last Updated : Nov 20, 2019 01:41 PM IST | Source: Moneycontrol.com"
    assert page_of([HEADLINE, line, *BODY])[1] == date(2019, 11, 20)


def test_the_date_by_the_headline_wins_over_a_teasers_date_above_it() -> None:
    teasers = ["Mayor opens the new bridge across the river", "June 15, 2010", "Storm damages the harbour walls again",
               "July 30, 2010"]  # fmt: skip
    lines = [*teasers, HEADLINE, "Published November 19, 2019", *BODY]
    assert page_of(lines)[1] == date(2019, 11, 19)


def test_the_first_date_by_the_headline_is_taken_posted_before_updated() -> None:
    lines = [HEADLINE, "Posted: Feb 16, 2018", "Updated: Feb 17, 2018", *BODY]
    assert page_of(lines)[1] == date(2018, 2, 16)


MORE_BODY = [
    "The budget adds money for road repairs, two new school buildings and a larger fire department next year.",
    "Council members will meet again next month to vote on the tax rate that pays for the new spending plan.",
]
COMMENTS = [
    "2 comments",
    "Stephanie September 17, 2014 - 1:01 pm",
    "We went to that meeting too and the debate really did go on past midnight, it was exhausting.",
    "Reply",
    "Regan September 19, 2014 - 5:48 pm",
    "Thanks for reading, Stephanie! It was a long night for everyone.",
    "Reply",
]


def test_a_comments_date_under_the_article_is_not_the_articles_date() -> None:
    # A page that prints no date of its own: the first comment's is no date for it (issue 11:
    # a wrongly read date is worse than none).
    assert page_of([HEADLINE, *BODY, *MORE_BODY, *COMMENTS])[1] is None


def test_the_articles_own_date_stands_beside_its_comments() -> None:
    assert page_of([HEADLINE, "Published November 19, 2019", *BODY, *MORE_BODY, *COMMENTS])[1] == date(2019, 11, 19)
    # A date line at the foot of the article, above its comments, is still the article's.
    foot = [HEADLINE, *BODY, *MORE_BODY, "Posted November 19, 2019", *COMMENTS]
    assert page_of(foot)[1] == date(2019, 11, 19)


@pytest.mark.parametrize(
    ("kind", "line", "day"),
    [
        (PageType.ARTICLE, "Stephanie September 17, 2014 - 1:01 pm", None),  # a comment's header
        (PageType.ARTICLE, "September 17, 2014 - 1:01 pm", date(2014, 9, 17)),  # a bare date: not screened
        (PageType.FORUM, "Stephanie September 17, 2014 - 1:01 pm", date(2014, 9, 17)),  # the first post's
        (PageType.PRODUCT, "Listed by Stephanie on September 17, 2014", date(2014, 9, 17)),  # under its reviews
    ],
)
def test_the_comments_section_screens_signed_dates_on_articles(kind: PageType, line: str, day: date | None) -> None:
    from pagecleaner.assemble import _metadata
    from pagecleaner.settings import Settings

    lines = [HEADLINE, *BODY, *MORE_BODY, "2 replies", line, "Reply"]
    blocks = make_blocks(segment_text("\n\n".join(lines)))
    kept = Verdict("test.kept", Kind.LOW_CONTENT, "kept", Label.CONTENT)
    widget = Verdict("comments.widget", Kind.COMMENTS, "comments", Label.BOILERPLATE)
    dated = Verdict(
        "metadata.dateline", Kind.METADATA, "date", Label.BOILERPLATE, data={"published": date(2014, 9, 17)}
    )
    title = Verdict("metadata.title", Kind.METADATA, "title", Label.BOILERPLATE, data={"title": HEADLINE})
    verdicts: list[Verdict | None] = [title, *[kept] * 6, widget, dated, widget]
    assert len(blocks) == len(verdicts)
    assert _metadata(Page(blocks, Settings(), verdicts, page_type=kind)).get("published") == day


def test_a_published_and_updated_line_with_clock_times_is_the_articles_date() -> None:
    line = "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"
    lines = [HEADLINE, "By Jane Doe", line, *BODY, "Wednesday, 20th November 2019"]  # the site's "today" below
    assert page_of(lines)[1] == date(2019, 11, 19)


def test_a_headline_asking_about_a_date_stays_the_title_and_gives_no_date() -> None:
    question = "How to request the longer chain after 08/02/2024?"
    assert page_of([question, *BODY])[1:] == (None, question)


@pytest.mark.parametrize("headline", ["Council Budget Update 2024-10-04", "City Council Budget Wrap-Up 12/19/2025"])
def test_a_headline_naming_a_date_is_still_the_title(headline: str) -> None:
    assert page_of(["Home", "News", headline, *BODY])[2] == headline


@pytest.mark.parametrize("line", ["Jane Doe, Tuesday November 19, 2019", "Council budget, 19 November 2019"])
def test_a_date_line_after_a_comma_is_not_taken_for_a_headline_naming_a_date(line: str) -> None:
    assert page_of([HEADLINE, line, *BODY])[1:] == (date(2019, 11, 19), HEADLINE)


LISTING_ITEMS = [
    (
        "Acme Robotics is hiring engineers",
        "Acme builds robots that move shelves in warehouses and is hiring in Berlin.",
    ),
    ("Stardex is hiring customer success engineers", "Stardex makes software for recruiting firms in New York."),
    ("Roboflow is hiring a security engineer", "Roboflow helps developers train vision models for factories."),
]
LISTING = (
    "Home\nJobs\nAbout\n\nStartup jobs this week\n\n"
    + "\n\n".join(f"{title}\n{summary}" for title, summary in LISTING_ITEMS)
    + "\n\nMore\n"
)


def test_a_listing_gets_a_title_and_keeps_every_line_of_its_body() -> None:
    page = clean(LISTING, input_format="text", page_type="listing")
    assert page.article.title is not None
    # The title is found without taking its line out: on a listing it may be an item's headline.
    without = Cleaner()
    without.disable("metadata.title")
    assert (
        page.article.paragraphs == without.clean(LISTING, input_format="text", page_type="listing").article.paragraphs
    )


def test_a_soft_hyphen_in_the_headline_is_not_part_of_the_title() -> None:
    # Pages hyphenate long words with U+00AD, which readers never see: "Assis\xadtance".
    assert title_of(["Home Repair Assis\u00adtance Program", *BODY]) == "Home Repair Assistance Program"


def test_a_trail_of_links_chosen_as_the_title_gives_its_last_step() -> None:
    from pagecleaner.rules.metadata import _title_text

    assert _title_text("Home / Outdoor Gear") == "Outdoor Gear"
    assert _title_text("News › Local Politics › Council approves budget") == "Council approves budget"
    # A headline with a slash in it is no trail: the words before the slash run to more than two.
    assert _title_text("21+ Best Movers / Moving Companies in San Francisco") == (
        "21+ Best Movers / Moving Companies in San Francisco"
    )


@pytest.mark.parametrize("sep", [" | ", " - ", " – "])
def test_a_text_headline_printed_with_its_site_name_loses_the_suffix(sep: str) -> None:
    assert title_of([f"{HEADLINE}{sep}The Herald", *BODY]) == HEADLINE


def test_a_text_headline_keeps_a_long_tail_after_a_dash() -> None:
    # The tail runs to more words than a site's name: it is the headline's own subtitle.
    headline = f"{HEADLINE} - what the new spending plan means for schools"
    assert title_of([headline, *BODY]) == headline


def test_a_text_headline_keeps_a_tail_that_repeats_its_words() -> None:
    """A guide's or series' name after the headline repeats its topic ("… - Real Estate 101"); a
    site's name does not, and is cut ("… | The Herald")."""
    from pagecleaner.rules.metadata import _title_text

    line = "Real Estate Investing for Beginners - Real Estate 101"
    assert _title_text(line) == line
    assert _title_text("Real Estate Investing for Beginners - Realty Weekly") == "Real Estate Investing for Beginners"
    # One word in common (the brand in the headline) is not a series: the site's name is cut.
    assert _title_text("Acme Payments Pricing | Acme") == "Acme Payments Pricing"


@pytest.mark.parametrize("tail", ["- March 2026", "| Jan. 2025", "– 2026", "- (2025)", "· Mars 2026"])
def test_a_text_headline_keeps_a_tail_that_is_its_edition(tail: str) -> None:
    """A month and a year, or a year alone, after a guide's dash is its edition, which no site's name is."""
    from pagecleaner.rules.metadata import _title_text

    line = f"The Best Cheap Wireless Earbuds under $50 {tail}"
    assert _title_text(line) == line


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("The Best Cheap Wireless Earbuds | Acme 2026", "The Best Cheap Wireless Earbuds"),  # a name beside the year
        ("The Best Cheap Wireless Earbuds - March", "The Best Cheap Wireless Earbuds"),  # no year
        ("The Best Cheap Wireless Earbuds | Gadget News", "The Best Cheap Wireless Earbuds"),
    ],
)
def test_a_text_headline_loses_a_tail_that_is_no_edition(line: str, cut: str) -> None:
    from pagecleaner.rules.metadata import _title_text

    assert _title_text(line) == cut


def test_dated_tail_reads_a_month_and_year_or_a_year() -> None:
    assert _dated_tail(["-", "March", "2026"]) and _dated_tail(["|", "2025"]) and _dated_tail(["-", "Dez.", "2024"])
    assert not _dated_tail(["-", "Acme", "2026"]) and not _dated_tail(["-", "March"])
    assert not _dated_tail(["-", "1", "March", "2026"]) and not _dated_tail(["-", "2026", "Edition"])


def test_a_text_headline_loses_its_sources_host_and_score() -> None:
    """A site of links prints the story's source and its score after the headline."""
    from pagecleaner.rules.metadata import _title_text

    line = "Stanford Computer Science Grads Find Their Degrees No Longer Guarantee Jobs"
    assert _title_text(f"{line} (latimes.com) 87") == line
    assert _title_text(f"{line} (latimes.com)") == line
    # A bracket without a host name, or a host name inside the headline, stays.
    assert _title_text("Best Audiobook Subscriptions (2025)") == "Best Audiobook Subscriptions (2025)"
    assert _title_text("Why example.com (and its sisters) still work") == "Why example.com (and its sisters) still work"


def test_a_text_headline_keeps_a_quoted_tail_in_the_bodys_case() -> None:
    headline = f"{HEADLINE} – ‘We have to do it now’"
    assert title_of([headline, *BODY]) == headline


def test_a_site_name_printed_before_the_title_leaves_it() -> None:
    title = "The Agency | ML (Machine Learning) at Georgia Tech"
    assert strip_site_prefix(title, ["Georgia Institute of Technology"]) == "ML (Machine Learning) at Georgia Tech"
    assert strip_site_prefix("Herald • Library to close next year", []) == "Library to close next year"


@pytest.mark.parametrize(
    ("title", "headings"),
    [
        ("Vercel: Build and deploy the best web experiences", []),  # a colon names the product
        ("Discord - Group Chat That's All Fun & Games", []),  # so does a dash
        ("Local SEO Software | Local SEO Tools", []),  # the rest is too short for a site's name before it
        ("IAM overview | Identity and Access Management", ["IAM overview Save and categorize"]),  # an <h1> opens it
        ("Getting Started With Your Account | Settings", []),  # four words: a field of the title, not a name
        ("Home | About | Contact", []),  # bars are not words: too little after the first field
    ],
)
def test_a_title_keeps_a_first_field_that_is_not_a_site_name(title: str, headings: list[str]) -> None:
    assert strip_site_prefix(title, headings) == title


def test_html_title_loses_the_site_name_printed_before_it() -> None:
    html = (
        "<html><head><title>The Agency | Machine learning research at the institute</title></head><body>"
        "<h1>Institute of Technology</h1><article>" + "".join(f"<p>{p}</p>" for p in BODY) + "</article></body></html>"
    )
    assert clean(html, input_format="html").article.title == "Machine learning research at the institute"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        (f"{HEADLINE} June 26, 2018 by Alex Haley", date(2018, 6, 26)),
        (f"{HEADLINE} Last updated on March 12, 2026 comments 36", date(2026, 3, 12)),
        (f"Dec 18 2025 {HEADLINE}", date(2025, 12, 18)),
        (f"{HEADLINE} by Alex Haley, March 3, 2024", date(2024, 3, 3)),
        (f"{HEADLINE} By Alex Haley Published March 3, 2024", date(2024, 3, 3)),
        (f"{HEADLINE} by Alex Haley | Politics | 8 min Read", None),
    ],
)
def test_a_headline_glued_to_its_byline_or_date_is_read_off_the_line(line: str, published: date | None) -> None:
    page = clean("\n".join(["Local Politics", line, *BODY]), input_format="text")
    assert page.article.title == HEADLINE
    if published is not None:  # the date line's own date stays the article's
        assert page.article.published is not None and page.article.published == published


@pytest.mark.parametrize(
    "line",
    [
        "Lemmy Development Update 2024-10-04",  # a headline that names a date keeps it
        "Startup Council Funded by Google Ventures",  # "by" a name with no field after it: a headline
        "February 1, 2019 | BY: Jane Doe, MS, RDN",  # a byline after the date, not a headline
        "Medically reviewed by Kim Doe, RDN — Written by Jane Doe, MS — Updated on March 15, 2023",
    ],
)
def test_a_headline_with_a_date_or_by_in_it_is_not_cut(line: str) -> None:
    from pagecleaner.features import make_blocks
    from pagecleaner.rules.base import Page
    from pagecleaner.rules.metadata import _glued_headline
    from pagecleaner.segment import segment_text
    from pagecleaner.settings import Settings

    blocks = make_blocks(segment_text(line))
    assert _glued_headline(Page(blocks, Settings(), [None]), 0) is None


def test_the_section_headings_under_a_table_of_contents_are_not_the_headline() -> None:
    headline = "Council Approves Budget After Late-Night Debate"
    sections = ["Residents React", "What Comes Next for the Council"]

    def page(label: str) -> list[str]:  # the headline, the contents, the article, the headline again at its foot
        return [headline, label, *sections, *BODY[:2], sections[0], *BODY[2:], sections[1], *BODY, headline]

    assert title_of(page("Table of contents")) == headline
    assert title_of(page("Inhaltsverzeichnis:")) == headline
    # Under another line the section, which shares more words with the article, wins.
    assert title_of(page("Share this article")) == sections[1]


def test_a_questions_title_under_thirty_lines_of_promotions_is_found_by_its_age() -> None:
    """Q&A software prints "Asked … ago" under the question's title; a page whose body was taken
    to start at the network's blurb prints the title some thirty blocks further down."""
    from pagecleaner.features import make_blocks
    from pagecleaner.models import Kind
    from pagecleaner.rules.base import Label, Page, Verdict
    from pagecleaner.rules.metadata import Title
    from pagecleaner.segment import segment_text
    from pagecleaner.settings import Settings

    question = "Why is RAID not a backup?"
    blurb = "The Answers network consists of many communities where people who know share what they know."
    promos = [f"Answers for Teams is now called Answers Internal, offer {n}." for n in range(28)]
    post = ["Asked 16 years, 10 months ago", "Modified 4 years, 2 months ago", "Viewed 69k times"]
    answers = [
        "When someone mentions RAID in a conversation about backups, someone declares that RAID is not a backup.",
        "RAID protects you against a disk that dies; a backup protects you against a file deleted by mistake.",
    ]
    lines = ["Answers Network", blurb, *promos, question, *post, *answers]
    blocks = make_blocks(segment_text("\n\n".join(lines)))
    kept = Verdict("test.kept", Kind.LOW_CONTENT, "kept", Label.CONTENT)
    furniture = Verdict("metadata.post-furniture", Kind.METADATA, "post", Label.BOILERPLATE)
    verdicts: list[Verdict | None] = [None, kept, *[kept] * len(promos), kept, *[furniture] * 3, kept, kept]
    at = lines.index(question)
    assert len(blocks) == len(verdicts) and at - 1 > Title.lookahead
    found = {j: v.data.get("title") for j, v in Title().judge(Page(blocks, Settings(), verdicts))}
    assert found.get(at) == question
    # Without the question's age under it, the line that far down is no candidate.
    verdicts[at + 1 : at + 3] = [kept, kept]
    found = {j: v.data.get("title") for j, v in Title().judge(Page(blocks, Settings(), verdicts))}
    assert at not in found


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Best Books Ever (77141 books)", "Best Books Ever"),
        ("Men's Socks (1,204 products)", "Men's Socks"),
        ("Once and Future World by J. B. MacKinnon (2013, Hardcover)", None),  # an edition stays
        ("Best Moving Companies in New York (2025)", None),  # a year stays
        ("DIY (Do it yourself) (4)", None),
        ("(12 items)", None),  # nothing but the count: kept
    ],
)
def test_a_listings_count_of_items_leaves_its_title(title: str, name: str | None) -> None:
    assert strip_count(title) == (name or title)


def test_a_listings_title_loses_its_count_of_items_and_an_articles_keeps_it() -> None:
    def page(title: str) -> str:
        paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
        return f"<html><head><title>{title}</title></head><body><h1>Score</h1><main>{paragraphs}</main></body></html>"

    listing = clean(page("Best Books Ever (77141 books)"), input_format="html", page_type="listing")
    assert listing.article.title == "Best Books Ever"
    article = clean(page("Keto Diet Plan (14 days)"), input_format="html", page_type="article")
    assert article.article.title == "Keto Diet Plan (14 days)"


def test_on_a_forum_thread_title_case_names_the_forum_not_the_thread() -> None:
    """A forum prints its name (and its categories') in title case above a thread whose title, written
    by a user, is in sentence case: title case is no headline's mark there, but still is on an article."""
    lines = [
        "Debian Agents Community",
        "Multiple agents crashing",
        "jdoe",
        "March 3, 2024",
        "Since the upgrade last week several of our agents keep crashing every few hours and the logs show nothing.",
        "We run the agents on Debian servers and the crash happens on every one of them after a few hours.",
        "asmith",
        "March 4, 2024",
        "Could you share the output of the agent's error log from one of the servers right after a crash happens?",
        "Restarting the agents after the upgrade fixed the crashes on our side, so it may be worth trying first.",
    ]
    text = "\n\n".join(lines)
    assert clean(text, input_format="text", page_type="forum").article.title == "Multiple agents crashing"
    assert clean(text, input_format="text", page_type="article").article.title == "Debian Agents Community"


def shop_page(og_title: str) -> str:
    return (
        f'<html><head><meta property="og:title" content="{og_title}">'
        "<title>Classic II by Acme — Clean Men's Watches in Moon Silver | Acme</title></head><body>"
        "<h1>Classic II Moon Silver | 44MM</h1><article>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "</article></body></html>"
    )


def test_a_product_is_called_by_the_title_its_shop_stated_apart_from_the_title_tag() -> None:
    # og:title names the product; the <title> and the <h1> (which agrees with it) are stuffed.
    assert clean(shop_page("Moon Silver"), input_format="html", page_type="product").article.title == "Moon Silver"
    # Other page types keep the <h1>, and so does a product whose og:title is its <title>.
    heading = "Classic II Moon Silver | 44MM"
    assert clean(shop_page("Moon Silver"), input_format="html", page_type="article").article.title == heading
    same = "Classic II by Acme — Clean Men's Watches in Moon Silver"
    # (on a product, by the <h1>'s first field: the option after the bar leaves it)
    assert clean(shop_page(same), input_format="html", page_type="product").article.title == "Classic II Moon Silver"


def test_a_stated_title_is_apart_only_when_it_is_not_the_title_tag() -> None:
    assert stated_apart(["Moon Silver"], "Classic II in Moon Silver | Acme", "Acme")
    assert not stated_apart(["Joco Cup 4oz | Acme"], "Joco Cup 4oz | Acme", "Acme")
    assert not stated_apart(["Joco Cup 4oz"], "Joco Cup 4oz - Acme", None)
    assert not stated_apart([], "Joco Cup 4oz", None)
    assert not stated_apart(["Joco Cup 4oz"], None, None)


def test_on_a_page_reported_as_a_forum_the_threads_title_beats_the_forums_name_in_title_case() -> None:
    """On text the page may be cleaned as an article and reported as a forum (the reporting model
    reads its words too): the forum's name in title case then does not outweigh the thread's
    title, which its user wrote in sentence case."""
    from pagecleaner.features import make_blocks
    from pagecleaner.models import Kind, PageType
    from pagecleaner.rules.base import Label, Page, Verdict
    from pagecleaner.rules.metadata import Title
    from pagecleaner.segment import segment_text
    from pagecleaner.settings import Settings

    forum = "Netdata Community Forums"
    thread = "Multiple agents crashing after the update"
    posts = [
        "Since the update last week several of our Netdata agents keep crashing on the community edition servers.",
        "Same here: the agents crash a few minutes after start on every server we updated, the forums say nothing.",
        "Rolling back the update stopped the crashes for us; the community team is looking into the agents' logs.",
    ]
    blocks = make_blocks(segment_text("\n\n".join([forum, thread, *posts])))
    kept = Verdict("test.kept", Kind.LOW_CONTENT, "kept", Label.CONTENT)

    def titles(reported: PageType | None) -> dict[int, object]:
        page = Page(blocks, Settings(), [None, None, kept, kept, kept], reported_type=reported)
        return {j: v.data.get("title") for j, v in Title().judge(page)}

    assert titles(PageType.FORUM) == {1: thread}
    assert titles(None) == {0: forum}  # cleaned and reported as an article: title case still counts


MANUAL_MENU = ["Docs", "Guides", "Reference", "Community", "Blog", "Standard library", "Collections"]
MANUAL_BODY = [
    "Iterators let a program walk over the items of a collection one at a time, without knowing how it is stored.",
    "Every iterator has a next method that returns the following item, and signals the end once no item is left.",
    "Loops, comprehensions and many functions of the standard library accept any iterator in place of a list.",
]


def test_a_one_word_page_name_printed_twice_above_the_body_is_the_title() -> None:
    """A manual prints its page's name as the last step of its trail and again as its heading:
    one word, but printed twice in a row, where a menu's entries are printed once each."""
    assert title_of([*MANUAL_MENU, "Iterators", "Iterators¶", *MANUAL_BODY]) == "Iterators"
    assert title_of([*MANUAL_MENU, "Iterators", *MANUAL_BODY]) != "Iterators"  # once: a menu entry like the others


def test_a_headline_printed_twice_beats_a_section_name_above_it() -> None:
    """A headline printed as its trail's end and again as its heading, over the site's section
    name above it, set in title case, that agrees with the article as well."""
    lines = [
        "Home",
        "Coaching and Fitness Programs",
        "About",
        "Contact",
        "Why a personal coach helps you keep training",
        "Why a personal coach helps you keep training",
        "A coach helps you stay on track: every session is planned around your goals, for a race or for your back.",
        "Personal coaching starts with a free assessment of your fitness, your history and your programs so far.",
        "Sessions run in our studio or outdoors, and your coach adjusts the plan as your training progresses.",
    ]
    assert title_of(lines) == "Why a personal coach helps you keep training"


PROJECTOR_BODY = [
    "We tested portable projectors at home and outdoors for brightness, sound and battery life over three months.",
    "The best portable projectors are small enough to carry in a bag and still fill a wall with a sharp picture.",
    "Battery life matters most for portable projectors used outdoors, so we ran each one until it switched off.",
]


def test_a_headline_closing_with_its_year_beats_a_section_name_that_agrees_as_well() -> None:
    """A guide is headed by the year it is for; the section's name above it, whose words the
    article prints as often, names no year."""
    menu = ["Home", "Deals", "Best Portable Projectors"]
    # The disclosure between the headline and the text keeps the headline from being the line right
    # over the opening paragraph (``_lede``), which would make it win with or without its year.
    headline = "Best Portable Projectors of 2026"
    assert title_of([*menu, headline, "Advertiser disclosure", *PROJECTOR_BODY]) == headline
    # The same headline without its year: the section's name wins, as before.
    summer = "Best Portable Projectors of Summer"
    assert title_of([*menu, summer, "Advertiser disclosure", *PROJECTOR_BODY]) == "Best Portable Projectors"


@pytest.mark.parametrize(
    "line",
    [
        "Best EVs of 2026",
        "Best closed headphones as of 07/2024",
        "Comparison Guide (2025)",
        "Project Discovery July 2024",
    ],
)
def test_a_line_closing_with_a_year_is_dated_by_it(line: str) -> None:
    assert _closing_year(line)


@pytest.mark.parametrize(
    "line",
    [
        "Black Friday 2019: Grab Amazon's Hottest Early Black Friday Deals Here",  # a year inside: an event's
        "Boosted 2017 Nissan Sentra SR Turbo launched",  # a model's
        "Lemmy Development Update 2024-10-04",  # a numeric date, not a year
        "Order 12026 shipped",  # a number, not a year
        "Best Portable Projectors",
    ],
)
def test_a_line_without_a_closing_year_is_not(line: str) -> None:
    assert not _closing_year(line)


DOC_MENU = ["Documentation", "Search", "Topics", "Getting started", "Installation", "Reference"]
MODELS_DOC = [
    "A model is the single source of truth about your data: the fields and the behaviour of what you store.",
    "Each model maps to a single database table, and each attribute of the model is a field of that table.",
    "Quick example¶",
    "This example model defines a person, which has a first name and a last name stored in two fields.",
    "first_name = models.CharField(max_length=30)",
    "last_name = models.CharField(max_length=30)",
    "Each field is specified as a class attribute, and each attribute maps to a column of the database.",
]


def test_a_manuals_heading_marked_with_its_permalink_is_the_title_even_of_one_word() -> None:
    """Documentation generators print a permalink mark after every heading; the first one above
    the body is the page's own heading, the later ones its sections ("Quick example¶")."""
    assert title_of([*DOC_MENU, "Models¶", *MODELS_DOC]) == "Models"
    # Unmarked, one word is no candidate: another line is taken.
    assert title_of([*DOC_MENU, "Models", *MODELS_DOC]) != "Models"


def test_a_marked_heading_keeps_the_tail_a_site_name_would_lose() -> None:
    """A heading printed on the page carries no site's name: "Tutorial - User Guide¶" is the
    page's whole name, where an unmarked line loses a tail set as a name."""
    assert title_of([*DOC_MENU, "Tutorial - User Guide¶", *MODELS_DOC]) == "Tutorial - User Guide"
    assert title_of([*DOC_MENU, "Tutorial - User Guide", *MODELS_DOC]) == "Tutorial"


def test_on_a_page_reported_as_a_shops_a_short_name_beats_a_long_banner() -> None:
    """A product, or a collection of them, is called by its name, often of two words; the length
    that makes a story's headline says nothing there, so a shop's banner in title case above it
    does not win by its length (it still does where the page is reported as an article)."""
    from pagecleaner.features import make_blocks
    from pagecleaner.models import Kind, PageType
    from pagecleaner.rules.base import Label, Page, Verdict
    from pagecleaner.rules.metadata import Title
    from pagecleaner.segment import segment_text
    from pagecleaner.settings import Settings

    banner = "Free Shipping On Every Silver Watch Order"
    lines = [
        banner,
        "Moon Silver",
        "Moon Silver is a brushed silver watch with a steel case, a sapphire crystal and a silver dial.",
        "The silver case is water resistant to fifty metres and the strap is made of soft Italian leather.",
        "Every watch ships with a two year warranty and a gift box.",
    ]
    blocks = make_blocks(segment_text("\n\n".join(lines)))
    kept = Verdict("test.kept", Kind.LOW_CONTENT, "kept", Label.CONTENT)

    def titles(reported: PageType | None) -> dict[int, object]:
        page = Page(blocks, Settings(), [None, None, kept, kept, kept], reported_type=reported)
        return {j: v.data.get("title") for j, v in Title().judge(page)}

    assert titles(PageType.PRODUCT) == {1: "Moon Silver"}
    assert titles(PageType.COLLECTION) == {1: "Moon Silver"}
    assert titles(PageType.ARTICLE) == {0: banner}
    assert titles(None) == {0: banner}


CAMERA_MENU = ["Home", "News", "Lenses", "Tutorials", "About"]
CAMERA_BODY = [
    "Our camera gear reviews cover every type of camera, and this guide explains what sets each apart for digital"
    " photography.",
    "A compact camera is small and simple, though its sensor limits it in dim light, as our tests of such types found"
    " in digital photography.",
    "A mirrorless camera pairs a large sensor with interchangeable lenses in a body far lighter than a reflex camera.",
    "Reflex cameras remain popular types in this guide with students who like an optical viewfinder and a long battery"
    " life.",
]
CAMERA_FOOT = ["Camera & Gear Reviews", "Privacy policy", "Contact us"]


def test_a_section_name_beside_the_headline_over_their_byline_gives_way_to_it() -> None:
    """A section's name, printed in the site's menu too, set beside the headline over their byline:
    both are dated by it, and the section's name agrees with the article as well; the line printed
    only there is the headline."""
    head = "Types of Cameras for Digital Photography: A Guide"
    lines = [*CAMERA_MENU, "Camera & Gear Reviews", head, "By Jane Doe | May 3, 2024", *CAMERA_BODY, *CAMERA_FOOT]
    assert title_of(lines) == head
    # Without the byline nothing marks the two as one header; the headline still wins, as the line
    # right over the opening paragraph that shares its words (``_lede``); before that feature the
    # section's name did.
    lines = [*CAMERA_MENU, "Camera & Gear Reviews", head, *CAMERA_BODY, *CAMERA_FOOT]
    assert title_of(lines) == head


@pytest.mark.parametrize(
    "headline",
    [
        "7 camera types for digital photography, reviewed and ready for you!",
        "Would you ever buy a mirrorless camera? Why or why not?",
    ],
)
def test_a_first_line_that_calls_out_or_asks_twice_is_the_headline(headline: str) -> None:
    """The body's first line ended by "!" or by two questions is a headline, not the article's prose."""
    assert title_of([*CAMERA_MENU, headline, *CAMERA_BODY, *CAMERA_FOOT]) == headline


def test_a_first_line_of_sentences_ended_by_a_full_stop_is_not() -> None:
    opening = "We reviewed every camera type for digital photography. Here is the guide!"
    assert title_of([*CAMERA_MENU, opening, *CAMERA_BODY, *CAMERA_FOOT]) != opening


def test_a_headline_that_a_list_of_stories_repeats_keeps_its_place_over_its_summary() -> None:
    """A line of five words or more printed again elsewhere (a "Most read" list) is a headline, not a
    section's name: the summary under it, longer and printed once, does not win."""
    head = "Nelson's late goal lifts Islanders"
    summary = "New York completes a frantic comeback to extend its unbeaten streak to fifteen games"
    body = [
        "Brock Nelson scored in overtime and the Islanders came back from three goals down to beat the Penguins.",
        "New York trailed by three goals after two periods before a frantic comeback in the third tied the game.",
        "The unbeaten streak is the longest in the league this season and the longest for the Islanders in years.",
        "Nelson's goal came a minute into overtime, on a shot from the slot that the goalie never saw coming.",
    ]
    menu = ["Home", "News", "Sports", "Opinion", "About"]
    lines = [*menu, head, summary, "By Jane Doe | November 19, 2019", *body, "Most read", head, "Privacy policy"]
    assert title_of(lines) == head


def _numbers(*lines: str) -> frozenset[tuple[int, int]]:
    return _list_numbers(lines)


@pytest.mark.parametrize(
    ("line", "others"),
    [
        ("2. Conduct Smarter Keyword Research", ("1. Understand Search Intent", "Intro")),
        ("5) Recovery and Wellness Tools", ("6) Smart Gyms",)),
        ("3.5. Control Flow", ("3.4. Loops",)),
        ("12.2 How far apart are two quantum states?", ("12.3 Fidelity",)),
    ],
)
def test_a_line_numbered_beside_its_neighbour_is_a_lists_item(line: str, others: tuple[str, ...]) -> None:
    """An item or section of a numbered list, which a table of contents prints above the headline."""
    assert _numbered_item(line, _numbers(line, *others))


@pytest.mark.parametrize(
    ("line", "others"),
    [
        ("7 weight loss tips to shed pounds", ("6 ways to sleep better",)),  # a headline's count
        ("2024.4.4 → 2024.5.0 issue", ("2024.4.3 → 2024.4.4 issue",)),  # a version
        ("2. Conduct Smarter Keyword Research", ("4. Prioritize Technical SEO",)),  # no neighbour
        ("Conduct Smarter Keyword Research", ("1. Understand Search Intent",)),
    ],
)
def test_a_line_without_a_numbered_neighbour_is_not(line: str, others: tuple[str, ...]) -> None:
    assert not _numbered_item(line, _numbers(line, *others))


THREAD_HEADER = [
    "HifiGuides Forums",
    "Which cheap headphones to buy?",
    "Headphones Headphone Discussion / Help",
    "Noah_B August 31, 2023, 3:32pm",
    "Hey everyone, I need help choosing headphones for music at home and on the train, cheap ones under a hundred dollars.",
    "Here are the features I am hoping for: over ear, decent sound quality and passive noise canceling headphones.",
    "jkim September 1, 2023, 9:12am",
    "Good discussion: for that money closed headphones from the big brands help most, and need no amp for music.",
]


def test_on_a_thread_the_title_over_its_categorys_line_beats_it() -> None:
    """A forum prints the thread's title over its category's line, both over the first post's byline:
    the category's words fill the posts, yet the line above it is the title."""
    text = "\n\n".join(THREAD_HEADER)
    assert clean(text, input_format="text", page_type="forum").article.title == THREAD_HEADER[1]
    # On an article nothing says the two lines are a thread's header: the better-agreeing line wins.
    assert clean(text, input_format="text", page_type="article").article.title == THREAD_HEADER[2]


def test_a_lead_is_a_dated_line_above_another_never_the_pages_first() -> None:
    features = [{"dated": 1.0}, {"dated": 1.0}, {"dated": 1.0}, {"dated": 0.0}, {"dated": 1.0}]
    _mark_leads([0, 1, 2, 5, 6], features)
    # the site's name (first line) and the last of the run are no leads; nor is an undated line
    assert [f.get("lead", 0.0) for f in features] == [0.0, 1.0, 0.0, 0.0, 0.0]


XENFORO_THREAD = [
    "Travel Forums",
    "Nine hour layover in Doha",
    "Start date Oct 28, 2023",
    "Home",
    "Forums",
    "Airline Lounges Discussion",
    "We have a long layover in Doha next month: is an airline lounge worth it? Any discussion of the lounges welcome.",
    "Airline lounges in Doha are excellent: showers, quiet rooms and proper food, well worth it on a layover that long.",
    "The airline lounges differ a lot between terminals, so check which one your ticket allows before paying for a lounge.",
]


def _xenforo_titles(reported: PageType | None) -> dict[int, object]:
    blocks = make_blocks(segment_text("\n\n".join(XENFORO_THREAD)))
    kept = Verdict("test.kept", Kind.LOW_CONTENT, "kept", Label.CONTENT)
    dated = Verdict(Dateline.id, Kind.METADATA, "date")
    verdicts: list[Verdict | None] = [None, None, dated, None, None, None, kept, kept, kept]
    page = Page(blocks, Settings(), verdicts, reported_type=reported)
    return {j: v.data.get("title") for j, v in Title().judge(page)}


def test_on_a_thread_the_title_over_the_first_posts_date_beats_the_trail_under_it() -> None:
    """Forum software prints the thread's title over its first post's date ("Start date …"), then its
    trail ("Home" / "Forums" / the category) over the posts: the category's words fill the posts (main
    took it), yet the line over the date is the title."""
    assert _xenforo_titles(PageType.FORUM) == {1: XENFORO_THREAD[1]}


def test_on_an_article_a_line_under_the_date_is_not_weighed_down() -> None:
    # Nothing says the page is a thread: the category, which agrees better with the text, still wins.
    assert _xenforo_titles(None) == {5: XENFORO_THREAD[5]}


def test_posted_marks_only_lines_under_the_first_date_with_a_candidate_above_it() -> None:
    blocks = make_blocks(segment_text("\n\n".join(XENFORO_THREAD)))
    kept = Verdict("test.kept", Kind.LOW_CONTENT, "kept", Label.CONTENT)
    dated = Verdict(Dateline.id, Kind.METADATA, "date")
    page = Page(blocks, Settings(), [None, None, dated, None, None, None, kept, kept, kept])
    features: list[dict[str, float]] = [{}, {}, {}]
    _mark_posted(page, 6, [1, 5, 7], features, 40)
    assert [f.get("posted", 0.0) for f in features] == [0.0, 1.0, 1.0]
    # no candidate above the date: the first line under it may be the title, nothing is marked
    features = [{}, {}]
    _mark_posted(page, 6, [3, 5], features, 40)
    assert [f.get("posted", 0.0) for f in features] == [0.0, 0.0]
    # the date further over the body than the span: not the first post's
    features = [{}, {}]
    _mark_posted(page, 6, [1, 5], features, 3)
    assert [f.get("posted", 0.0) for f in features] == [0.0, 0.0]


ITERATOR_BODY = [
    "Iterators let a program walk over the items of a collection one at a time, without knowing how it is stored.",
    "Every iterator has a next method that returns the following item, and signals the end once no item is left.",
    "Loops, comprehensions and many functions of the standard library accept any iterator in place of a list.",
]
SIDEBAR = ["Docs", "Guides", "Getting started", "Sorting collections", "Reference", "Community", "Blog"]


def test_the_pages_name_printed_in_its_sidebar_and_over_its_text_is_the_title() -> None:
    """A manual's sidebar lists the page being read among the others, and the page prints the same
    name again as its heading right over the text: that heading beats a sidebar entry whose words
    the text shares more."""
    sidebar = [*SIDEBAR[:3], "Using iterators", *SIDEBAR[3:], "Iterators and generators in depth"]
    assert title_of([*sidebar, "Using iterators", *ITERATOR_BODY]) == "Using iterators"


def test_a_heading_over_the_text_printed_nowhere_above_gets_no_such_weight() -> None:
    sidebar = [*SIDEBAR, "Iterators and generators in depth"]
    assert title_of([*sidebar, "Using iterators", *ITERATOR_BODY]) == "Iterators and generators in depth"


def test_a_tag_printed_in_the_menu_and_under_the_byline_is_not_the_title() -> None:
    """A category's tag under the headline's byline and date, printed in the menu too, follows the
    date: it is no page's name."""
    lines = ["Home", "Programming", "Design", "About", "Why iterators make loops simpler", "By Jane Doe"]
    lines += ["March 3, 2024", "Programming", *ITERATOR_BODY]
    assert title_of(lines) == "Why iterators make loops simpler"


def _echo_page(lines: list[str], removed: dict[int, Verdict]) -> Page:
    """A page of ``lines`` whose last line is the body's start (kept); the others are removed as a
    menu unless ``removed`` says by what."""
    blocks = make_blocks(segment_text("\n\n".join(lines)))
    menu = Verdict("test.menu", Kind.NAVIGATION, "menu")
    verdicts: list[Verdict | None] = [removed.get(i, menu) for i in range(len(blocks) - 1)]
    verdicts.append(Verdict("test.kept", Kind.OTHER, "kept", label=Label.CONTENT))
    return Page(blocks, Settings(), verdicts)


def test_echoed_is_a_line_over_the_text_printed_in_the_menu_too() -> None:
    page = _echo_page([*SIDEBAR[:3], "Using iterators", *SIDEBAR[3:], "Using iterators", ITERATOR_BODY[0]], {})
    body = len(page.blocks) - 1
    assert _echoed(page, body, body - 1)
    assert not _echoed(page, body, 3)  # the sidebar's copy: far above the text


def test_echoed_is_not_a_menu_entry_printed_over_and_over_nor_a_line_printed_nowhere_above() -> None:
    again = _echo_page([*(["Using iterators", *SIDEBAR] * 4), "Using iterators", ITERATOR_BODY[0]], {})
    assert not _echoed(again, len(again.blocks) - 1, len(again.blocks) - 2)
    once = _echo_page([*SIDEBAR, "Using iterators", ITERATOR_BODY[0]], {})
    assert not _echoed(once, len(once.blocks) - 1, len(once.blocks) - 2)


def test_echoed_is_not_a_tag_under_the_byline_nor_a_teaser_over_its_summary() -> None:
    byline = Verdict("metadata.byline", Kind.METADATA, "byline")
    lines = ["Home", "Programming", "Why iterators make loops simpler", "By Jane Doe", "Programming", ITERATOR_BODY[0]]
    tag = _echo_page(lines, {3: byline})
    assert not _echoed(tag, 5, 4)
    assert _echoed(_echo_page(lines, {}), 5, 4)  # the same line with no byline above it
    summary = Verdict("related.excerpt", Kind.RELATED, "excerpt")
    lines = ["Home", "Generators in depth", "Sorting", "Generators in depth", "A generator pauses at each yield,..."]
    teaser = _echo_page([*lines, ITERATOR_BODY[0]], {4: summary})
    assert not _echoed(teaser, 5, 3)
    assert _echoed(_echo_page([*lines, ITERATOR_BODY[0]], {}), 5, 3)


CONTENTS = ["Why iterators", "Using iterators", "Generators", "Sorting collections", "Build your own iterator"]


def test_echoed_is_not_one_of_a_group_printed_twice() -> None:
    """A table of contents or a menu printed twice (for small and large screens) right over the text:
    its last entry is "echoed" line for line with its neighbours, no page's name."""
    lines = ["Iterators, explained from the ground up", *CONTENTS, *CONTENTS, ITERATOR_BODY[0]]
    page = _echo_page(lines, {})
    body = len(page.blocks) - 1
    assert not _echoed(page, body, body - 1)
    assert _copied_group(page.blocks, 5, body - 1)


def test_echoed_is_a_name_whose_trail_is_printed_twice() -> None:
    """A manual's trail printed in its sidebar and again over the heading shares three lines with it
    at most ("Docs" / "Guides" / "Using iterators"): the page's name is still echoed."""
    lines = ["Docs", "Guides", "Using iterators", "Reference", "Blog", "Docs", "Guides", "Using iterators"]
    page = _echo_page([*lines, ITERATOR_BODY[0]], {})
    body = len(page.blocks) - 1
    assert _echoed(page, body, body - 1)
    assert not _copied_group(page.blocks, 2, body - 1)


def test_the_headline_over_a_table_of_contents_printed_twice_is_the_title() -> None:
    """The contents' last entry, right over the text, no longer weighs as the page's name printed in
    its menu: the headline over its byline and date wins (the contents' entry won before)."""
    headline = "Iterators, explained from the ground up"
    contents = ["Contents", *CONTENTS]
    lines = ["Home", "Programming", headline, "By Jane Doe", "March 3, 2024", *contents, *contents]
    assert title_of([*lines, *ITERATOR_BODY]) == headline


COUNCIL_MENU = ["Home", "About us", "Events", "Press releases", "Contact"]


def test_the_pages_name_from_its_menu_stands_alone_with_no_word_of_the_text() -> None:
    """A listing's name ("Press releases") shares no word with the first story under it and is too
    short to stand alone as a headline; printed in the menu too, it is the page's name all the same."""
    assert title_of([*COUNCIL_MENU, "Press releases", *BODY[:3]]) == "Press releases"


def test_a_short_line_over_the_text_printed_nowhere_above_does_not_stand_alone() -> None:
    menu = [line for line in COUNCIL_MENU if line != "Press releases"]
    assert title_of([*menu, "Press releases", *BODY[:3]]) is None


def test_lede_is_the_nearest_line_over_an_opening_paragraph_that_shares_its_words() -> None:
    """The line right over the text that names what its first paragraph says ("Iterators in practice"
    over "Iterators let a program walk …") is the page's own name, not a sidebar entry further up."""
    page = _echo_page([*SIDEBAR, "Iterators in practice", "Share", ITERATOR_BODY[0]], {})
    body = len(page.blocks) - 1
    candidates = [(3, "before"), (body - 2, "before")]
    assert _lede(page, body, candidates, {}) == body - 2


def test_lede_is_not_a_line_sharing_no_word_nor_one_far_above_nor_over_a_short_opening() -> None:
    page = _echo_page([*SIDEBAR, "Sign up for our newsletter", ITERATOR_BODY[0]], {})
    body = len(page.blocks) - 1
    assert _lede(page, body, [(body - 1, "before")], {}) is None  # no word of the paragraph
    far = _echo_page(["Iterators in practice", *SIDEBAR, ITERATOR_BODY[0]], {})
    assert _lede(far, len(far.blocks) - 1, [(0, "before")], {}) is None  # a menu's length above the text
    short = _echo_page([*SIDEBAR, "Iterators in practice", "Iterators, briefly."], {})
    assert _lede(short, len(short.blocks) - 1, [(len(short.blocks) - 2, "before")], {}) is None


def test_a_short_lede_is_spared_half_the_short_labels_penalty() -> None:
    """"Iterators" right over the paragraph it names is the page's short name, not a label: it gets
    "short_lede" (weighed against half of "short"); a longer line, or one that is no lede, does not."""
    rule = Title()
    page = _echo_page([*SIDEBAR, "Iterators", ITERATOR_BODY[0]], {})
    body = len(page.blocks) - 1
    named = rule.features(page, body, body - 1, "before", 0, Counter(), lede=True)
    assert named["short"] == 1.0 and named["short_lede"] == 1.0
    assert rule.features(page, body, body - 1, "before", 0, Counter(), lede=False)["short_lede"] == 0.0
    longer = _echo_page([*SIDEBAR, "Iterators in practice", ITERATOR_BODY[0]], {})
    assert rule.features(longer, body, body - 1, "before", 0, Counter(), lede=True)["short_lede"] == 0.0


def _labelled(lines: list[str]) -> list[float]:
    """"labelled" as :func:`_mark_labelled` sets it on ``lines``, every one a candidate."""
    page = _echo_page([*lines, ITERATOR_BODY[0]], {})
    features: list[dict[str, float]] = [{"labelled": 0.0} for _ in lines]
    _mark_labelled(page, list(range(len(lines))), features)
    return [f["labelled"] for f in features]


def test_a_labelled_copy_of_another_candidate_is_marked() -> None:
    """"PROJECT: Weekend Coding Agent" over "Weekend Coding Agent": a card's labelled copy of the name
    the page prints plain too; the plain line is not marked."""
    assert _labelled(["PROJECT: Weekend Coding Agent", "Weekend Coding Agent"]) == [1.0, 0.0]


def test_a_labelled_line_with_no_plain_copy_is_not_marked() -> None:
    """A headline with a label of its own ("Subject: Deploy failed …"), or a two-word label, is not a copy."""
    assert _labelled(["Subject: Deploy failed for unknown reason", "Deploy failed"]) == [0.0, 0.0]
    assert _labelled(["Top pick: Weekend Coding Agent", "Weekend Coding Agent"]) == [0.0, 0.0]


def test_the_plain_line_wins_over_its_labelled_copy_nearer_the_text() -> None:
    assert title_of([*COUNCIL_MENU, HEADLINE, "NEWS: " + HEADLINE, *BODY[:3]]) == HEADLINE


MEDITATION = "What meditation can do for your mind, mood, and health"
MEDITATION_BODY = [
    "Taking a few minutes to focus your mind each day can reduce stress, pain and depression, research on meditation suggests.",
    "You cannot see or touch stress, but you can feel its effects on your mind and body, and meditation eases them.",
    "Although the practice of meditation is thousands of years old, research on its health benefits is recent.",
]
RECENT = ["Recent Articles", "Stopping a medication?", "How to fall without injury", "Healthy aging and longevity"]


def _teaser_page(lines: list[str], teasers: set[int], dated: int | None) -> Page:
    """A page of ``lines`` whose last three lines are kept (the body); ``teasers`` are a related
    list's lines, ``dated`` a date line, the others a menu."""
    blocks = make_blocks(segment_text("\n\n".join(lines)))
    body = len(blocks) - 3
    verdicts: list[Verdict | None] = []
    for i in range(len(blocks)):
        if i >= body:
            verdicts.append(Verdict("test.kept", Kind.OTHER, "kept", label=Label.CONTENT))
        elif i in teasers:
            verdicts.append(Verdict("related.teasers", Kind.RELATED, "teaser"))
        elif i == dated:
            verdicts.append(Verdict("metadata.dateline", Kind.METADATA, "date"))
        else:
            verdicts.append(Verdict("test.menu", Kind.NAVIGATION, "menu"))
    return Page(blocks, Settings(), verdicts)


def test_a_dated_teaser_right_over_the_text_is_a_headline_candidate() -> None:
    """A list of recent articles took the article's own headline, printed with its date right
    over the text, for its last item: it is a candidate, and the title."""
    lines = [*RECENT, MEDITATION, "July 16, 2014", "Share", *MEDITATION_BODY]
    page = _teaser_page(lines, {1, 2, 3, 4}, 5)
    body = len(page.blocks) - 3
    rule = Title()
    assert rule._last_teaser(page, body, 4)
    assert (4, "before") in rule._choices(page, body, {})
    assert [v.data["title"] for _, v in rule.judge(page) if "title" in v.data] == [MEDITATION]


def test_a_teaser_with_another_under_it_or_undated_or_short_is_no_candidate() -> None:
    rule = Title()
    lines = [*RECENT, MEDITATION, "July 16, 2014", "Share", *MEDITATION_BODY]
    body = len(lines) - 3
    assert not rule._last_teaser(_teaser_page(lines, {1, 2, 3, 4}, None), body, 4)  # no date under it
    assert not rule._last_teaser(_teaser_page(lines, {1, 2, 3, 4}, 5), body, 3)  # another teaser under it
    later = [*RECENT, MEDITATION, "July 16, 2014", "Sleep and memory in old age", *MEDITATION_BODY]
    assert not rule._last_teaser(_teaser_page(later, {1, 2, 3, 4, 6}, 5), body, 4)  # the list goes on under its date
    short = [*RECENT[:3], "Payam Montie 9", "July 16, 2014", "Share", *MEDITATION_BODY]
    assert not rule._last_teaser(_teaser_page(short, {1, 2, 3}, 4), len(short) - 3, 3)  # a poster's name


NEWS_MENU = ["Home", "World", "Business", "Film", "Sport", "Opinion"]
SAKE_MENU = ["Home", "Hakutsuru", "Our Story", "Recipes", "Find us Near You", "Shop Online"]
SAKE_BODY = "Since 1743, Hakutsuru has been crafting fine sake in the Nada district of Kobe, from rice polished by hand."


def _low_page(lines: list[str]) -> Page:
    """A page of ``lines`` whose last line is the body's start (kept); the others are removed as
    lines with too little content (as the menus of text renderings are)."""
    blocks = make_blocks(segment_text("\n\n".join(lines)))
    low = Verdict("test.low", Kind.LOW_CONTENT, "too little")
    verdicts: list[Verdict | None] = [low] * (len(blocks) - 1)
    verdicts.append(Verdict("test.kept", Kind.OTHER, "kept", label=Label.CONTENT))
    return Page(blocks, Settings(), verdicts)


def test_a_one_word_name_printed_in_the_menu_over_an_opening_paragraph_is_a_candidate() -> None:
    """"Hakutsuru" in the menu and again right over the paragraph that opens the page is its name."""
    page = _low_page([*SAKE_MENU, "Hakutsuru", "Japan's Top-Selling Sake Brand", SAKE_BODY])
    body = len(page.blocks) - 1
    assert (body - 2, "before") in Title()._choices(page, body, {})


def test_a_one_word_line_over_a_short_line_or_printed_nowhere_above_is_no_candidate() -> None:
    # A section's heading over a short line ("Attributes" / "This element includes the global attributes.").
    short = _low_page([*SAKE_MENU, "Hakutsuru", "Japan's Top-Selling Sake Brand", "Hakutsuru sake, since 1743."])
    assert (len(short.blocks) - 3, "before") not in Title()._choices(short, len(short.blocks) - 1, {})
    menu = [line for line in SAKE_MENU if line != "Hakutsuru"]
    once = _low_page([*menu, "Hakutsuru", "Japan's Top-Selling Sake Brand", SAKE_BODY])
    assert (len(once.blocks) - 3, "before") not in Title()._choices(once, len(once.blocks) - 1, {})


def test_a_one_word_section_over_a_storys_headline_and_byline_is_no_candidate() -> None:
    """"Business" in the menu and over a story's headline and its date is the story's section."""
    lines = [*NEWS_MENU, "Business", "Why My Friend Became a Grocery Store", "Dec 3, 2025", SAKE_BODY]
    page = _low_page(lines)
    body = len(page.blocks) - 1
    page.verdicts[body - 1] = Verdict("metadata.dateline", Kind.METADATA, "date")
    assert (body - 3, "before") not in Title()._choices(page, body, {})
    undated = _low_page(lines)
    assert (body - 3, "before") in Title()._choices(undated, body, {})  # the same line with no date under it


def test_a_headline_whose_word_the_text_prints_in_the_plural_stands_alone() -> None:
    """"Choosing a Web framework" over "It's been a big year for web frameworks …" names its text,
    though in sentence case and sharing its word only in the plural."""
    page = _low_page(["Choosing a Web framework", "It's been a big year for web frameworks and their users alike."])
    rule = Title()
    assert rule._may_stand_alone(page, 0, Counter({"frameworks": 1, "year": 1}))
    assert rule._may_stand_alone(_low_page(["Our frameworks", "Text"]), 0, Counter({"framework": 1}))
    assert not rule._may_stand_alone(page, 0, Counter({"year": 1, "users": 1}))  # no word in common


CAMERA_BODY = [
    "Compact digital cameras fit in a pocket and still take sharp pictures in good light, with a zoom lens built in.",
    "Our digital cameras and camera kits come with a memory card, a charger and a strap, ready to use out of the box.",
    "Compare the digital cameras below by sensor size, zoom range and price to find the one that suits you best.",
]


@pytest.mark.parametrize(
    ("line", "noise"),
    [
        ("Digital Point & Shoot Cameras (284)", 1.0),  # a shop's filter: a category and its count
        ("Mirrorless Cameras (1,897)", 1.0),
        ("Best Moving Companies in New York (2025)", 0.0),  # a guide's edition
        ("Best Books Ever (77141 books)", 0.0),  # a listing's name with its count and word
        ("Digital Cameras & Digital Camera Kits", 0.0),
    ],
)
def test_a_category_link_with_its_count_of_items_is_noise(line: str, noise: float) -> None:
    page = _echo_page([*SIDEBAR, line, CAMERA_BODY[0]], {})
    body = len(page.blocks) - 1
    assert Title().features(page, body, body - 1, "before", 0, Counter())["noise"] == noise


def test_the_collections_name_beats_its_filters_counted_items() -> None:
    """A shop's collection prints its name over its filters, each a category with its count of items:
    the filter nearest the products agrees with them as well, but it is a link, not the page's name."""
    filters = ["Mirrorless Cameras (897)", "Digital SLR Cameras (56)", "Digital Point & Shoot Cameras (284)"]
    name = "Digital Cameras & Digital Camera Kits"
    assert title_of([*SIDEBAR, name, "Filter by", *filters, *CAMERA_BODY]) == name


def test_a_line_is_weighed_by_the_title_it_would_give() -> None:
    """The words weighed against the text are those of the title the line gives: a site's name printed
    after the headline is not the article's; a cut that leaves fewer than three words (a glued menu),
    and a headline read off a byline, are weighed as they are."""
    order = Settings().date_order
    block = make_blocks(segment_text("Council Approves Budget After Debate | Riverside Gazette"))[0]
    assert _said(block, block.text, None, order) == "Council Approves Budget After Debate"
    short = make_blocks(segment_text("Budget Vote | Riverside Gazette"))[0]
    assert _said(short, short.text, None, order) == "Budget Vote | Riverside Gazette"
    assert _said(block, "Council Approves Budget", "Council Approves Budget", order) == "Council Approves Budget"
    plain = make_blocks(segment_text("Council Approves Budget After Debate"))[0]  # no mark: no cut to try
    assert not _may_cut(plain) and _said(plain, plain.text, None, order) == plain.text
    assert _may_cut(block) and _may_cut(make_blocks(segment_text("Quickstart¶"))[0])


def test_a_headline_with_its_sites_name_after_it_beats_a_section_name_over_it() -> None:
    """The site's name after the bar ("| Riverside Gazette") shares no word with the story and thinned
    the headline's agreement: the menu's "City Council Budget", all of whose words the story prints, won."""
    headline = "Council Approves Budget After Debate"
    lines = ["Home", "City Council Budget", f"{headline} | Riverside Gazette", *BODY]
    assert title_of(lines) == headline


BUDGET_TOC = ["Why the budget debate ran late", "What the council budget approved", "What happens to the budget next"]
BUDGET_TEXT = [
    "The city council approved the new budget on Tuesday after a debate that lasted well into the night, members said.",
    "Opposition members said the budget plan raised spending too quickly and promised to keep fighting the budget in the spring.",
    "The mayor said the city had to invest in its schools and roads even though the costs of the budget plan were high.",
    "Residents who spoke at the council meeting were divided, some praising the budget plan and others calling it reckless.",
]


def _sections(toc: list[str]) -> list[str]:
    """The text under a table of contents: its first paragraph, then each entry over a paragraph."""
    out = [BUDGET_TEXT[0]]
    for entry, paragraph in zip(toc, BUDGET_TEXT[1:], strict=False):
        out += [entry, paragraph]
    return out


def _kept_page(lines: list[str], body: int, kept: set[int]) -> Page:
    """A page of ``lines`` whose body starts at ``body``; the lines from there on are kept but for
    those not in ``kept`` (a footer), and those above are removed as a menu."""
    blocks = make_blocks(segment_text("\n\n".join(lines)))
    menu = Verdict("test.menu", Kind.NAVIGATION, "menu")
    keep = Verdict("test.kept", Kind.OTHER, "kept", label=Label.CONTENT)
    return Page(blocks, Settings(), [keep if i >= body and i in kept else menu for i in range(len(blocks))])


def test_reprinted_is_a_run_of_lines_over_the_text_that_come_back_as_its_sections() -> None:
    """A table of contents over the text ("Why the budget debate ran late" / …), each entry printed
    again below as its section's heading: the entries are marked, the headline over them is not."""
    lines = ["Home", "A late night for the city budget", *BUDGET_TOC, *_sections(BUDGET_TOC)]
    page = _kept_page(lines, 5, set(range(5, len(lines))))
    assert _reprinted(page, 5) == frozenset({2, 3, 4})


def test_reprinted_is_not_a_run_of_two_nor_lines_that_come_back_only_in_the_footer() -> None:
    """Two lines printed again (a headline and its deck quoted below) are no contents; nor are lines a
    footer prints again, removed below the text (a site's menu)."""
    two = ["Home", "A late night for the city budget", *BUDGET_TOC[:2], *_sections(BUDGET_TOC[:2])]
    assert _reprinted(_kept_page(two, 4, set(range(4, len(two)))), 4) == frozenset()
    menu = ["Home", "News", "Contact"]
    footer = ["A late night for the city budget", *menu, *BUDGET_TEXT, *menu]
    kept = set(range(4, 4 + len(BUDGET_TEXT)))
    assert _reprinted(_kept_page(footer, 4, kept), 4) == frozenset()


def test_the_headline_over_a_table_of_contents_beats_its_entries() -> None:
    """The headline over a table of contents whose entries head the text's sections below: an entry,
    nearer the text and sharing its words, won over the headline before "reprinted"."""
    lines = ["Home", "News", "Contact", "A late night for the city budget", *BUDGET_TOC, *_sections(BUDGET_TOC)]
    assert title_of(lines) == "A late night for the city budget"


WALLET = "Slim Travel Wallet"
WALLET_BANNER = "Free shipping on every travel wallet order this week"
WALLET_MENU = [
    f"{kind} {item}"
    for kind in ("Leather", "Canvas", "Metal", "Carbon", "Cotton", "Nylon")
    for item in ("Wallets", "Bags", "Belts", "Keyrings", "Cases")
]
WALLET_TEXT = [
    "The Slim Travel Wallet holds your passport, boarding pass and six cards in a case thinner than a phone.",
    "Its aluminium plates block card readers, and the elastic band stretches to hold up to twelve cards and bills.",
    "Every travel wallet is covered by a lifetime warranty and ships free within three days of your order.",
]
WALLET_SHOP = [WALLET_BANNER, *WALLET_MENU, WALLET, "$45.00", "Add to cart"]


def _given_back_page(lines: list[str], given_back: int) -> Page:
    """A page of ``lines`` all kept: the first ``given_back`` only because ``quality.too-little``
    gave them back (a shop's text left with too little), the others on their own merits."""
    blocks = make_blocks(segment_text("\n\n".join(lines)))
    back = Verdict(TooLittle.id, Kind.LOW_CONTENT, "given back", label=Label.CONTENT)
    keep = Verdict("test.kept", Kind.OTHER, "kept", label=Label.CONTENT)
    return Page(blocks, Settings(), [back if i < given_back else keep for i in range(len(blocks))])


def test_a_name_under_lines_given_back_is_sought_over_the_text_kept_on_its_own() -> None:
    """A shop's page left with too little gets its banner, menu and buy box back from its first line
    on: the product's name, 31 lines under the banner, was past the look-ahead from that start, and
    the banner, sharing the description's words, was the title; sought over the description, the
    first line kept on its own merits, the name is."""
    page = _given_back_page([*WALLET_SHOP, *WALLET_TEXT], len(WALLET_SHOP))
    assert _restored(page) == frozenset(range(len(WALLET_SHOP)))
    verdicts = list(Title().judge(page))
    assert [v.data["title"] for _, v in verdicts if "title" in v.data] == [WALLET]
    assert all(v.label is Label.CONTENT for _, v in verdicts)  # the name stays where it was given back


def test_lines_given_back_are_set_apart_only_beside_lines_kept_on_their_own() -> None:
    """Where every kept line was given back, or none, no line is set apart: the page is read as kept
    (its headline on its first line is its title, as before)."""
    lines = [HEADLINE, *BODY]
    assert _restored(_given_back_page(lines, 0)) == frozenset()
    every = _given_back_page(lines, len(lines))
    assert _restored(every) == frozenset()
    assert [v.data["title"] for _, v in Title().judge(every) if "title" in v.data] == [HEADLINE]


SHOP_MENU = [
    f"{kind} {thing}"
    for kind in ("Glass", "Steel", "Bamboo", "Ceramic", "Oak")
    for thing in ("cups", "plates", "bowls", "trays", "jars", "lids")
]
ORGANISER = "Walnut Desk Organiser"
ORGANISER_BODY = (
    "Our walnut desk organiser keeps pens, cards and cables in order, turned by hand from a single block of "
    "oiled walnut that darkens a little every year on your desk."
)


def _shop_page(lines: list[str]) -> Page:
    """A page of ``lines`` all kept: a shop's menu taken for the body's start, its product further down."""
    blocks = make_blocks(segment_text("\n\n".join(lines)))
    kept = Verdict("test.kept", Kind.OTHER, "kept", label=Label.CONTENT)
    return Page(blocks, Settings(), [kept] * len(blocks))


def test_the_line_over_the_first_paragraph_of_prose_past_the_window_is_a_candidate() -> None:
    """A body taken to start at a shop's menu: the product's name, right over the first paragraph of
    prose 30 kept lines further down, past the window, is a candidate ("over prose inside", its
    distance read from that paragraph) and, every word of it in the text, the title."""
    page = _shop_page([*SHOP_MENU, ORGANISER, "$49.00", ORGANISER_BODY])
    prose = len(page.blocks) - 1
    assert _first_prose(page, 0, [True] * len(page.blocks), Title.lookahead) == prose
    choices = Title()._choices(page, 0, {})
    assert (prose - 2, "over prose inside") in choices and (prose - 1, "over prose inside") not in choices
    rule = Title()
    near = rule.features(page, 0, prose - 2, "over prose inside", 40, Counter(), prose=prose)
    assert near["over_prose"] == 1.0 and near["rank"] == 0.0 and near["distance"] == 0.2
    assert [v.data["title"] for _, v in rule.judge(page) if "title" in v.data] == [ORGANISER]


def test_no_line_over_prose_within_the_window_nor_one_whose_words_the_text_does_not_say() -> None:
    # The paragraph within the window: the window's candidates are all there is.
    short = _shop_page([*SHOP_MENU[:10], ORGANISER, "$49.00", ORGANISER_BODY])
    assert _first_prose(short, 0, [True] * len(short.blocks), Title.lookahead) is None
    assert all(where != "over prose inside" for _, where in Title()._choices(short, 0, {}))
    # A slogan over the paragraph: a candidate, but a word of it ("Timeless") is not in the text below.
    slogan = "Timeless Walnut Desk Organiser"
    page = _shop_page([*SHOP_MENU, slogan, "$49.00", ORGANISER_BODY])
    prose = len(page.blocks) - 1
    assert (prose - 2, "over prose inside") in Title()._choices(page, 0, {})
    assert slogan not in [v.data["title"] for _, v in Title().judge(page) if "title" in v.data]


def test_a_line_in_capitals_over_the_headline_is_not_taken_for_title_case() -> None:
    """A text rendering prints a style's capitals as capitals: a category set so over the headline
    ("CITY COUNCIL BUDGET") has each word capitalised but is not title case, and the headline under it,
    which the byline dates, is the title (with the capitals read as title case the category won)."""
    category = "CITY COUNCIL BUDGET"
    assert title_of([category, HEADLINE, "By Jane Doe | March 3, 2024", *BODY]) == HEADLINE
    page = _shop_page([category, "City Council Budget", HEADLINE, *BODY])
    rule = Title()
    shouted = rule.features(page, 2, 0, "before", 1, Counter())
    titled = rule.features(page, 2, 1, "before", 0, Counter())
    assert shouted["titlecase"] == 0.0 and titled["titlecase"] == 1.0


def test_shouted_reads_the_share_of_capitals_of_the_line_or_of_its_glued_headline() -> None:
    blocks = make_blocks(segment_text("MOBILE APP DEVELOPMENT\n\nMobile App Development\n\nNASA Launches A New Rocket"))
    assert [_shouted(b, None) for b in blocks] == [True, False, False]
    # A headline read off a line glued to its date is weighed by its own letters, not the whole line's.
    assert _shouted(blocks[1], "FREE SHIPPING OVER $75 USD") and not _shouted(blocks[0], "Free Shipping Over $75")
    assert not _shouted(blocks[0], "2024 — 12")  # no letter: not in capitals


DECK = "The mayor said the city had to invest in its schools and roads, and the council agreed after the debate."
LONG_DECK = "Opposition members said the plan raised spending too quickly and promised to keep fighting the new budget on Tuesday"


@pytest.mark.parametrize("deck", [DECK, LONG_DECK])
@pytest.mark.parametrize(
    "byline", [["March 3, 2025"], ["By Jane Doe", "March 3, 2025"], ["Jane Doe", "Political reporter", "March 3, 2025"]]
)
def test_the_headline_over_its_standfirst_is_the_title(deck: str, byline: list[str]) -> None:
    """A news page prints its standfirst between the headline and the byline: the standfirst stands
    nearer the date and shares more words with the text, but the headline over it is the title."""
    assert title_of([*COUNCIL_MENU, HEADLINE, deck, *byline, *BODY]) == HEADLINE


def _decks(lines: list[str], stop: list[bool], titlecase: list[bool], dated: list[bool]) -> list[tuple[float, float]]:
    """("deck", "dated") as :func:`_mark_decks` leaves them on ``lines``, every one a candidate."""
    page = _echo_page([*lines, BODY[0]], {})
    features: list[dict[str, float]] = [
        {"deck": 0.0, "stop": float(s), "titlecase": float(t), "thread_titlecase": 0.0, "dated": float(d)}
        for s, t, d in zip(stop, titlecase, dated, strict=True)
    ]
    _mark_decks(page, list(range(len(lines))), features, {})
    return [(f["deck"], f["dated"]) for f in features]


def test_a_sentence_under_a_headline_is_its_standfirst_and_dates_it() -> None:
    assert _decks([HEADLINE, DECK], [False, True], [False, False], [False, True]) == [(0.0, 1.0), (1.0, 1.0)]
    assert _decks([HEADLINE, LONG_DECK], [False, False], [False, False], [False, True]) == [(0.0, 1.0), (1.0, 1.0)]


def test_no_standfirst_under_a_label_a_sentence_or_in_title_case() -> None:
    """Under a label of one to three words ("Local Politics"), under a line that ends in a full stop, a
    line in title case or one of about the headline's length, or a short line with no full stop, the
    line below is no standfirst."""
    assert _decks(["Local Politics", DECK], [False, True], [True, False], [False, True]) == [(0.0, 0.0), (0.0, 1.0)]
    assert _decks([HEADLINE + ".", DECK], [True, True], [False, False], [False, True]) == [(0.0, 0.0), (0.0, 1.0)]
    assert _decks([HEADLINE, DECK], [False, True], [False, True], [False, True]) == [(0.0, 0.0), (0.0, 1.0)]
    similar = "Council members argue over schools and roads spending"
    assert _decks([HEADLINE, similar + "."], [False, True], [False, False], [False, True]) == [(0.0, 0.0), (0.0, 1.0)]
    short = "Council members argue over schools and roads in a long debate"
    assert _decks([HEADLINE, short], [False, False], [False, False], [False, True]) == [(0.0, 0.0), (0.0, 1.0)]


SLUGGED = ["Home", "News", "Council Budget Debate", "Why the mayor wants new roads", *BODY]


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example.org/politics/2025/why-the-mayor-wants-new-roads",
        "https://news.example.org/politics/why-mayor-wants-new-roads.html",
        "https://news.example.org/local-politics-news/mayor-wants-new-roads/",
    ],
)
def test_the_line_the_address_names_is_the_title(url: str) -> None:
    """A text page's address names its article by a slug of its headline's words: the line that says
    most of them wins over a section's name in title case above it."""
    assert clean("\n".join(SLUGGED), input_format="text", url=url).article.title == "Why the mayor wants new roads"


@pytest.mark.parametrize(
    "url",
    [
        None,
        "https://news.example.org/politics/new-roads",  # two words: too few to name a page by
        "https://news.example.org/politics/council-budget-spending-plans",  # says the other line
    ],
)
def test_no_slug_or_a_slug_the_line_does_not_say_leaves_the_title_to_the_other_features(url: str | None) -> None:
    assert clean("\n".join(SLUGGED), input_format="text", url=url).article.title == "Council Budget Debate"


def test_says_slug_needs_most_of_the_slugs_words() -> None:
    rule = Title()
    slug = frozenset(slug_words("https://example.org/blog/an-introduction-to-software-development", last=True))
    assert rule._says_slug("An Introduction to Professional Software Development", slug)
    assert not rule._says_slug("AI & Machine Learning", slug)
    assert not rule._says_slug("Software Development", slug)  # 2 of 5
    assert not rule._says_slug("Software Development", frozenset({"software", "development"}))


def test_of_two_slugs_as_long_the_title_reads_the_later() -> None:
    url = "https://example.org/topic-library/computer-basics-for-beginners/what-is-a-smartphone"
    assert slug_words(url) == ["computer", "basics", "for", "beginners"]
    assert slug_words(url, last=True) == ["what", "is", "a", "smartphone"]


@pytest.mark.parametrize("url", ["http://[::1", "http://[bad/sofas-and-sectionals", "https://[/x"])
def test_an_address_that_does_not_parse_has_no_slug_and_cleans_as_without_one(url: str) -> None:
    """The caller's ``url`` is a hint: one that :func:`urllib.parse.urlsplit` refuses gives no slug words,
    and the page cleans as it does without an address (before, ``metadata.title`` failed on it with a
    ``RuleError`` wrapping urllib's ``ValueError``)."""
    assert slug_words(url) == []
    prose = "The council approved the new budget on Tuesday night after a long debate about roads. " * 4
    for src in ("Sofas\nSofas\n" + prose, "<html><body><h1>Sofas</h1><p>" + prose + "</p></body></html>"):
        with_bad = clean(src, url=url)
        without = clean(src)
        assert with_bad.article.title == without.article.title
        assert with_bad.article.paragraphs == without.article.paragraphs


@pytest.mark.parametrize("url", ["https://news.example.org/city-budget/", "https://news.example.org/city/budget"])
def test_the_line_a_short_address_names_whole_is_the_title(url: str) -> None:
    """An address of one or two words ("/services/plumbing", "/travel-insurance/") names a page whose
    title is those words: the line that says them and little more wins over a longer heading."""
    page = ["Home", "City Budget", "Council Budget Debate", *BODY]
    assert clean("\n".join(page), input_format="text", url=url).article.title == "City Budget"
    assert clean("\n".join(page), input_format="text").article.title == "Council Budget Debate"


def test_says_short_slug_needs_the_whole_line() -> None:
    rule = Title()
    assert rule._says_short_slug("Travel Insurance", frozenset({"travel", "insurance"}))
    assert rule._says_short_slug("Industry News", frozenset({"news"}))
    assert not rule._says_short_slug("Apple Watch and iPhone", frozenset({"watch"}))  # three words more
    assert not rule._says_short_slug("Travel tips", frozenset({"travel", "insurance"}))  # one word missing
    assert not rule._says_short_slug("News", frozenset())
    assert not rule._says_short_slug("Why the mayor wants roads", frozenset({"why", "mayor", "roads"}))  # long slug


SECTION = ["Home", "Budget", "Latest stories from the council", *BODY]


@pytest.mark.parametrize("url", ["https://news.example.org/budget/", "https://news.example.org/topic/budget"])
def test_a_one_word_line_a_one_word_address_names_is_a_candidate_and_the_title(url: str) -> None:
    """A one-word line is not heading-like ("Budget"), but where the page's address names that one word
    ("/topic/budget") it is the page's name: a candidate, which the short slug's weight makes the title."""
    assert clean("\n".join(SECTION), input_format="text", url=url).article.title == "Budget"
    assert clean("\n".join(SECTION), input_format="text").article.title == "Latest stories from the council"
    other = "https://news.example.org/topic/roads"  # the address names another word
    assert clean("\n".join(SECTION), input_format="text", url=other).article.title == "Latest stories from the council"


@pytest.mark.parametrize(
    "lines",
    [
        ["Home", "Budget", "Council Budget Debate", *BODY],
        ["Budget", "Home", "Budget plans of the council", *BODY],
    ],
)
def test_a_longer_line_nearer_the_text_saying_the_slug_word_drops_the_bare_word(lines: list[str]) -> None:
    """The bare word over a longer line that says it too, nearer the text, is the menu's or the trail's:
    the longer line is the page's name ("Our services" under "Services", "/services")."""
    url = "https://news.example.org/budget/"
    assert clean("\n".join(lines), input_format="text", url=url).article.title == lines[2]


def test_the_one_word_the_address_names_stands_alone_without_a_word_of_the_text() -> None:
    """A title shares a word with its text, or is set like a headline; the one word the address names
    stands alone as well ("Quickstart" over a page of code, under "/quickstart/")."""
    page = "\n".join(["Home", "Quickstart", *BODY])
    assert clean(page, input_format="text", url="https://docs.example.org/en/stable/quickstart/").article.title == (
        "Quickstart"
    )
    assert clean(page, input_format="text").article.title is None


def test_is_slug_needs_the_one_word_of_a_one_word_slug() -> None:
    rule = Title()
    block = make_blocks(segment_text("WALLETS"))[0]
    assert rule._is_slug(block, frozenset({"wallets"}))
    assert not rule._is_slug(block, frozenset({"wallets", "ridge"}))  # a slug of two words
    assert not rule._is_slug(block, frozenset({"wallet"}))  # no plural folded
    assert not rule._is_slug(block, frozenset())
    assert not rule._is_slug(make_blocks(segment_text("Ridge Wallets"))[0], frozenset({"wallets"}))


_SHOP_MENU = [
    f"{w} {k}"
    for k in ("deals", "brands", "new", "used", "kits", "parts", "gifts", "rental", "outlet")
    for w in ("Guitars", "Basses", "Drums", "Keys", "Studio", "Software", "Lighting", "Cables", "Cases", "Sale")
]
_HEADPHONES = [
    "Closed studio headphones keep the sound of the click track out of the microphone while you record.",
    "Open studio headphones sound more natural and suit long mixing sessions in a quiet room.",
    "Most studio headphones have a long cable, a large cushion and a flat response across the range.",
    "Our guide explains the difference between the models and helps you find the right headphones.",
]


def test_a_line_past_the_windows_that_says_the_slug_is_a_candidate() -> None:
    """A shop prints its page's name between the top blocks and the look-back, under a long menu and
    over another ("Studio Headphones" under "/studio_headphones.html"): past the windows only a line
    that says the address's slug is a candidate, so the wider reach brings in no menu line."""
    page = "\n".join([*_SHOP_MENU[:45], "Studio Headphones", *_SHOP_MENU[45:88], *_HEADPHONES])
    url = "https://shop.example.com/gb/studio_headphones.html"
    assert clean(page, input_format="text", url=url).article.title == "Studio Headphones"
    other = "https://shop.example.com/gb/studio_monitors.html"  # the address names something else
    assert clean(page, input_format="text", url=other).article.title != "Studio Headphones"
    assert clean(page, input_format="text").article.title != "Studio Headphones"


def test_lines_past_the_windows_are_sought_only_where_none_in_them_says_the_slug() -> None:
    """The wider reach is taken only where no candidate inside the windows says every word of the slug:
    there the page's name is near its text already, and a line far off saying it is a card's or a menu's."""
    rule = Title()
    lines = [*_SHOP_MENU[:45], "Studio Headphones", *_SHOP_MENU[45:88], *_HEADPHONES]
    blocks = make_blocks(segment_text("\n".join(lines)))
    body = len(lines) - len(_HEADPHONES)
    kept = [j >= body for j in range(len(blocks))]
    page = Page(blocks, Settings(), [None] * len(blocks))
    slug = frozenset({"studio", "headphones"})
    assert 45 in [j for j, _ in rule._choices(page, body, {}, kept=kept, slug=slug)]
    assert 45 not in [j for j, _ in rule._choices(page, body, {}, kept=kept, slug=frozenset({"studio", "monitors"}))]
    blocks[body - 2 : body - 1] = make_blocks(segment_text("Studio Headphones Buying Guide"))  # one in the window
    page = Page(blocks, Settings(), [None] * len(blocks))
    assert 45 not in [j for j, _ in rule._choices(page, body, {}, kept=kept, slug=slug)]


_CATEGORY_TEXT = [
    "Closed studio headphones keep the sound of the click track out of the microphone while you record.",
    "Open studio headphones sound more natural and suit long mixing sessions in a quiet room.",
    "Most studio headphones have a long cable, a large cushion and a flat response across the range.",
    "Our guide explains the difference between the models and helps you find the right headphones.",
]


def _category_page(copies: int) -> str:
    """A shop's category: its name at the top (``copies`` times in a row: its trail's last step and its
    heading), some seventy menu lines, a card's heading and the text."""
    name = ["Studio Headphones & Monitors"] * copies
    lines = [*_SHOP_MENU[:10], *name, *_SHOP_MENU[10 : 72 - copies], "Closed Studio Headphones", *_CATEGORY_TEXT]
    return "\n".join(lines)


def test_a_name_printed_twice_at_the_top_that_says_the_slug_is_the_title() -> None:
    """A category's name printed twice in a row at the top of a page of cards ("Sofas & sectionals" /
    "Sofas & sectionals" under "/cat/sofas-fu003/") is weighed without the top's penalty where it says a
    word of the address's slug: the page's name, not a menu's entry, and it beats a card's heading over
    the text (fails on main: "Closed Studio Headphones")."""
    url = "https://shop.example.com/cat/headphones-st01/"
    assert clean(_category_page(2), input_format="text", url=url).article.title == "Studio Headphones & Monitors"
    # Printed once, or under an address that names another thing, or with no address: a menu's line.
    assert clean(_category_page(1), input_format="text", url=url).article.title == "Closed Studio Headphones"
    other = "https://shop.example.com/cat/cables-st01/"
    assert clean(_category_page(2), input_format="text", url=other).article.title == "Closed Studio Headphones"
    assert clean(_category_page(2), input_format="text").article.title == "Closed Studio Headphones"


def test_the_top_penalty_is_lifted_only_from_a_line_printed_twice_that_says_the_slug() -> None:
    """The feature "top" is 0 for a line at the top printed twice in a row that says a word of the slug; a
    line printed once, one that says no word of it and any line without a slug keep it."""
    rule = Title()
    lines = ["Guitars deals", "Sofas & sectionals", "Sofas & sectionals", "Loveseats", *_CATEGORY_TEXT]
    blocks = make_blocks(segment_text("\n".join(lines)))
    page = Page(blocks, Settings(), [None] * len(blocks))
    slug = frozenset({"sofas", "fu003"})

    def top(j: int, where: str = "top", slug: frozenset[str] = slug) -> float:
        return rule.features(page, 4, j, where, 0, Counter(), slug=slug)["top"]

    assert top(1) == 0.0 and top(2) == 0.0
    assert top(3) == 1.0  # printed once
    assert top(1, slug=frozenset({"loveseats"})) == 1.0  # says no word of the slug
    assert top(1, slug=frozenset()) == 1.0  # no address (and HTML, where the slug is empty)
    assert top(1, where="before") == 0.0  # only a line at the top has the penalty
