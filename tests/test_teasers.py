"""Teasers from text and HTML on the layouts real pages use (issue 11's defects, one test each)."""

from __future__ import annotations

import pytest

import pagecleaner.teasers
from pagecleaner import CleanedPage, clean
from pagecleaner.blocks import Block

ARTICLE = "\n\n".join(
    [
        "Council approves budget after long night of talks",
        "The city council approved the new budget late on Tuesday after a session that ran for more "
        "than nine hours, with members trading amendments until the early morning.",
        "The plan raises spending on schools and road repairs while trimming the parks department, "
        "which had asked for a larger share of the capital fund this year.",
        "Several residents spoke against the cuts during the public comment period, saying the "
        "neighbourhood pools would close for the summer if the money was not restored.",
        "The mayor is expected to sign the budget on Friday, a spokesman said in a statement.",
    ]
)
BODY_HTML = (
    "<article><h1>Council approves budget after long night of talks</h1>"
    "<p>The city council approved the new budget late on Tuesday after a session that ran for more than "
    "nine hours, with members trading amendments until the early morning.</p>"
    "<p>The plan raises spending on schools and road repairs while trimming the parks department, which had "
    "asked for a larger share of the capital fund this year.</p>"
    "<p>Several residents spoke against the cuts during the public comment period, saying the neighbourhood "
    "pools would close for the summer if the money was not restored.</p></article>"
)


def titles(page: CleanedPage) -> list[str]:
    return [t.title for t in page.related]


def html_page(extra: str) -> bytes:
    return f"<html><head><title>Budget | Example News</title></head><body>{BODY_HTML}{extra}</body></html>".encode()


def test_rank_numbers_are_not_titles() -> None:
    page = clean(
        ARTICLE + "\n\nMost Read\n\n1\n\nFerry service resumes after winter storm damage\n\n2\n\n"
        "School board votes to extend the academic year\n\n3\n\nLocal bakery wins national award for sourdough"
    )
    assert titles(page) == [
        "Ferry service resumes after winter storm damage",
        "School board votes to extend the academic year",
        "Local bakery wins national award for sourdough",
    ]
    assert {t.block for t in page.related} == {"Most Read"}


def test_a_share_counter_is_not_a_title() -> None:
    page = clean(
        ARTICLE + "\n\nRelated Stories\n\nFerry service resumes after winter storm damage\n\n"
        "This story has been shared 44,976 times.\n\nSchool board votes to extend the academic year\n\n"
        "This story has been shared 1,204 times."
    )
    assert titles(page) == [
        "Ferry service resumes after winter storm damage",
        "School board votes to extend the academic year",
    ]


def test_controls_and_list_names_are_not_sources() -> None:
    page = clean(
        ARTICLE + "\n\nMore Stories\n\nFerry service resumes after winter storm damage\n\nsee also\n\n"
        "School board votes to extend the academic year\n\nSEE ALL\n\nPopular Shopping\n\n"
        "Best winter boots for every budget this year\n\nCheap flights to sunny places"
    )
    assert all(t.source is None for t in page.related)


def test_section_names_and_dates_are_not_teasers() -> None:
    page = clean(
        "U.S.\n\nWorld\n\nPolitics\n\nMore in U.S.\n\nNov 18\n\n"
        + ARTICLE
        + "\n\nMore in U.S.\n\nFerry service resumes after winter storm damage\n\nNov 18\n\n"
        "School board votes to extend the academic year\n\nNov 17"
    )
    got = titles(page)
    assert got == ["Ferry service resumes after winter storm damage", "School board votes to extend the academic year"]
    assert [t.age for t in page.related] == ["Nov 18", "Nov 17"]


def test_aside_related_list_gives_teasers_with_absolute_urls() -> None:
    aside = (
        "<aside><h2>Related Articles</h2><ul>"
        '<li><a href="/news/ferry">Ferry service resumes after winter storm damage</a></li>'
        '<li><a href="https://other.example/school">School board votes to extend the academic year</a></li>'
        "</ul></aside>"
    )
    page = clean(html_page(aside), url="https://example.org/news/budget")
    assert [(t.title, t.url, t.block) for t in page.related] == [
        ("Ferry service resumes after winter storm damage", "https://example.org/news/ferry", "Related Articles"),
        ("School board votes to extend the academic year", "https://other.example/school", "Related Articles"),
    ]
    assert "Ferry service" not in page.article.text


def test_cards_give_one_teaser_each_with_title_summary_and_url() -> None:
    cards = "".join(
        f'<div class="card"><a href="/story/{k}"><h4>{title}</h4><p>{summary}</p></a></div>'
        for k, (title, summary) in enumerate(
            [
                ("Ferry service resumes after winter storm damage", "Boats return to the island route on Monday."),
                ("School board votes to extend the academic year", "Pupils will have five more days of classes."),
                ("Local bakery wins national award for sourdough", "The judges praised its crust and its crumb."),
            ]
        )
    )
    page = clean(html_page(f'<section class="more">{cards}</section>'), url="https://example.org/a")
    assert titles(page) == [
        "Ferry service resumes after winter storm damage",
        "School board votes to extend the academic year",
        "Local bakery wins national award for sourdough",
    ]
    assert page.related[0].summary == "Boats return to the island route on Monday."
    assert [t.url for t in page.related] == [f"https://example.org/story/{k}" for k in range(3)]


def test_french_cards_split_title_source_and_age() -> None:
    cards = "".join(
        f'<li><a href="/{k}"><h3>{title}</h3><span>{source}</span> <span>{age}</span></a></li>'
        for k, (title, source, age) in enumerate(
            [
                ("Le prix du carburant baisse encore dans la région", "France Bleu", "il y a 20 minutes"),
                ("La ville rouvre la piscine municipale après travaux", "Ouest-France", "il y a 2 heures"),
            ]
        )
    )
    page = clean(html_page(f"<ul>{cards}</ul>"), url="https://example.fr/a")
    assert [(t.title, t.source, t.age) for t in page.related] == [
        ("Le prix du carburant baisse encore dans la région", "France Bleu", "il y a 20 minutes"),
        ("La ville rouvre la piscine municipale après travaux", "Ouest-France", "il y a 2 heures"),
    ]


def test_french_text_lines_glue_source_and_age() -> None:
    page = clean(
        ARTICLE
        + "\n\nÀ lire aussi\n\nLe prix du carburant baisse encore dans la région\nFrance Bleu il y a 20 minutes\n"
        "La ville rouvre la piscine municipale après travaux\nOuest-France il y a 2 heures"
    )
    assert [(t.title, t.source, t.age) for t in page.related] == [
        ("Le prix du carburant baisse encore dans la région", "France Bleu", "il y a 20 minutes"),
        ("La ville rouvre la piscine municipale après travaux", "Ouest-France", "il y a 2 heures"),
    ]


SPANISH = [
    ("El Gobierno aprueba el plan de vivienda para jóvenes", "hace 2 horas"),
    ("La selección gana el amistoso ante Portugal en Madrid", "hace 3 horas"),
    ("Suben las temperaturas en todo el país este fin de semana", "hace 5 horas"),
    ("Cierra la librería más antigua de la ciudad tras cien años", "hace 6 horas"),
]


def test_spanish_text_list_with_blank_lines() -> None:
    lines = "\n\n".join(f"{t}\n\n{a}" for t, a in SPANISH)
    page = clean(ARTICLE + "\n\nNoticias relacionadas\n\n" + lines)
    assert [(t.title, t.age) for t in page.related] == SPANISH


def test_spanish_text_list_without_blank_lines() -> None:
    lines = "\n".join(f"{t}\n{a}" for t, a in SPANISH)
    page = clean(ARTICLE + "\n\nNoticias relacionadas\n" + lines)
    assert [(t.title, t.age) for t in page.related] == SPANISH


def test_read_more_line_gives_its_headline() -> None:
    body = ARTICLE.split("\n\n")
    text = "\n\n".join([*body[:3], "Read more: Ferry service resumes after winter storm damage", *body[3:]])
    page = clean(text)
    assert titles(page) == ["Ferry service resumes after winter storm damage"]
    assert "Read more" not in page.article.text


def test_a_teaser_takes_no_neighbours_fields() -> None:
    page = clean(
        ARTICLE + "\n\nLatest News\n\nFerry service resumes after winter storm damage\n\nReuters\n\n5 minutes ago\n\n"
        "School board votes to extend the academic year\n\nLocal bakery wins national award for sourdough\n\n"
        "AP\n\n1 hour ago"
    )
    got = [(t.title, t.source, t.age) for t in page.related]
    assert got == [
        ("Ferry service resumes after winter storm damage", "Reuters", "5 minutes ago"),
        ("School board votes to extend the academic year", None, None),
        ("Local bakery wins national award for sourdough", "AP", "1 hour ago"),
    ]


def test_sponsored_lists_are_marked() -> None:
    page = clean(
        ARTICLE + "\n\nAround the Web\n\nDoctors stunned by this one simple kitchen trick\n\n"
        "Homeowners are switching to this cheaper insurance plan"
    )
    assert page.related and all(t.sponsored for t in page.related)


def test_ages_under_summaries_stay_with_their_own_teaser() -> None:
    page = clean(
        ARTICLE + "\n\nTrending News\n\nFerry service resumes after winter storm damage\n\n"
        "Boats returned to the island route on Monday after three weeks of repairs to the pier and\n\n5H ago\n\n"
        "School board votes to extend the academic year\n\n"
        "Pupils will spend five more days in class from next autumn under the plan approved by the\n\n7H ago"
    )
    assert [(t.title, t.age) for t in page.related] == [
        ("Ferry service resumes after winter storm damage", "5H ago"),
        ("School board votes to extend the academic year", "7H ago"),
    ]


def test_an_age_ending_a_headline_is_the_headlines_words_when_the_item_prints_its_own() -> None:
    # "… a visit 50 years ago" over "BBC • 1 day ago": the age line is the teaser's, the years the
    # headline's; with no age line under it the age glued to the headline is the teaser's.
    page = clean(
        ARTICLE + "\n\nRelated Articles\n\nThe town that time forgot: a visit 50 years ago\n\nBBC • 1 day ago\n\n"
        "School board votes to extend the academic year\n\nCNN • 5 hours ago\n\n"
        "Ferry service resumes after winter storm damage 9 hours ago"
    )
    assert [(t.title, t.source, t.age) for t in page.related] == [
        ("The town that time forgot: a visit 50 years ago", "BBC", "1 day ago"),
        ("School board votes to extend the academic year", "CNN", "5 hours ago"),
        ("Ferry service resumes after winter storm damage", None, "9 hours ago"),
    ]


def test_dates_printed_above_headlines_go_with_the_headline_below() -> None:
    page = clean(
        ARTICLE + "\n\nTennis latest\n\n20 Nov 2019, 9:42am\n\nFerry service resumes after winter storm damage\n\n"
        "19 Nov 2019, 9:25pm\n\nSchool board votes to extend the academic year\n\n18 Nov 2019, 4:33pm\n\n"
        "Local bakery wins national award for sourdough"
    )
    assert [t.age for t in page.related] == ["20 Nov 2019, 9:42am", "19 Nov 2019, 9:25pm", "18 Nov 2019, 4:33pm"]


def test_schedule_lines_sources_and_credits_are_not_headlines() -> None:
    from pagecleaner.features import make_blocks
    from pagecleaner.segment import segment_text
    from pagecleaner.teasers import Part, part

    def blocks_from_text(text: str) -> list[Block]:
        return make_blocks(segment_text(text))

    lines = [
        "Aug. 30 -- Pepsi Center, Denver, CO",
        'Tax Foundation, "Tracking the Economic Impact of U.S. Tariffs and Retaliatory Actions," May 31, 2019',
        "Protesters have worn masks to protect their identities (Image: GETTY )",
    ]
    for block in blocks_from_text("\n\n".join(lines)):
        assert part(block, html=False) is Part.OTHER, block.text
    (headline,) = blocks_from_text("Ferry service resumes after winter storm damage in May 2019")
    assert part(headline, html=False) is Part.TITLE


def test_an_age_naming_the_section_after_it_is_an_age() -> None:
    page = clean(
        ARTICLE
        + "\n\nMore Stories\n\nFerry service resumes after winter storm damage\n\n16 hours ago on Local Blog\n\n"
        "School board votes to extend the academic year\n\n2 days ago on Schools Blog"
    )
    assert titles(page) == [
        "Ferry service resumes after winter storm damage",
        "School board votes to extend the academic year",
    ]
    assert [t.age for t in page.related] == ["16 hours ago", "2 days ago"]
    assert [t.source for t in page.related] == [None, None]


def test_ages_without_digits_in_other_languages() -> None:
    page = clean(
        ARTICLE + "\n\nMás noticias\n\nEl ayuntamiento aprueba el presupuesto tras una larga noche\n\nhace una hora\n\n"
        "La junta escolar vota para ampliar el curso académico\n\nayer"
    )
    assert [t.age for t in page.related] == ["hace una hora", "ayer"]


def test_a_row_of_two_menu_links_is_not_a_headline() -> None:
    aside = (
        "<aside><h2>Related Articles</h2><ul>"
        '<li><a href="/news/ferry">Ferry service resumes after winter storm damage</a></li>'
        '<li><a href="/guides/slow">Slow Cooker Meals</a> <a href="/guides/pressure">Pressure Cooker Meals</a></li>'
        '<li><a href="/local">Local</a> <a href="/news/school">School board votes to extend the academic year</a></li>'
        "</ul></aside>"
    )
    page = clean(html_page(aside), url="https://example.org/news/budget")
    assert "Slow Cooker Meals Pressure Cooker Meals" not in titles(page)
    assert "Ferry service resumes after winter storm damage" in titles(page)
    assert any("School board votes" in t for t in titles(page))


def test_controls_credits_and_calls_to_the_reader_are_not_headlines() -> None:
    page = clean(
        ARTICLE + "\n\nMore Stories\n\nFerry service resumes after winter storm damage\n\n"
        "See all West Virginia Mostly True rulings\n\nFind us on Facebook and Twitter today\n\n"
        "Edited by: Louis Jacobson and Angie Holan\n\nPlease enable JavaScript to view the comments\n\n"
        "School board votes to extend the academic year\n\n"
        "SEE MORE: Local bakery wins national award for sourdough"
    )
    assert titles(page) == [
        "Ferry service resumes after winter storm damage",
        "School board votes to extend the academic year",
        "Local bakery wins national award for sourdough",
    ]


def test_sign_ups_stamps_tags_and_web_addresses_are_not_headlines() -> None:
    from pagecleaner.features import make_blocks
    from pagecleaner.segment import segment_text
    from pagecleaner.teasers import Part, part

    lines = [
        "Sign up for our local news in your inbox",
        "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019",
        "Topics Government and politics, Legal proceedings, Impeachments",
        "Follow our full coverage of the election at https://example.org/election",
        "Jump directly to the content of this page",
        "Places in this Story",
        "Politics Expand the sub menu",
        "Logo and links Return to Top",
    ]
    for block in make_blocks(segment_text("\n\n".join(lines))):
        assert part(block, html=False) is not Part.TITLE, block.text


def test_summaries_without_full_stops_under_their_headlines() -> None:
    page = clean(
        ARTICLE + "\n\nOur Latest Stories\nFerry service resumes after the storm\n"
        "Boats return to the island route on Monday after three weeks of repairs\n"
        "School board extends the year again\nPupils will have five more days of classes from next September\n"
        "Bakery wins a national award\n"
        "The judges praised its crust and its crumb, and the owners plan to open a second shop in the spring"
    )
    assert titles(page) == [
        "Ferry service resumes after the storm",
        "School board extends the year again",
        "Bakery wins a national award",
    ]
    assert page.related[1].summary == "Pupils will have five more days of classes from next September"


def test_a_headline_list_of_plain_lines_keeps_every_headline() -> None:
    page = clean(
        ARTICLE + "\n\nMost Read\nFerry service resumes after winter storm damage\n"
        "School board votes to extend the academic year by five days\n"
        "Local bakery wins national award for its sourdough\nRiver levels fall across the valley\n"
        "Council to review parking charges in the old town\n"
        "Police appeal for witnesses after a van hit a lamp post overnight"
    )
    assert len(page.related) == 6
    assert all(t.summary is None for t in page.related)


def test_linked_headline_with_its_summary_in_one_list_item() -> None:
    items = "".join(
        f'<li><a href="/{k}">{title}</a> {summary}</li>'
        for k, (title, summary) in enumerate(
            [
                (
                    "Ferry service resumes after winter storm damage",
                    "PORTSMOUTH: Boats return to the island route on Monday after three weeks of repairs to the pier.",
                ),
                (
                    "School board votes to extend the academic year",
                    "LEEDS: Pupils will have five more days of classes from next September, the board decided.",
                ),
            ]
        )
    )
    page = clean(html_page(f"<aside><h2>Breaking News</h2><ul>{items}</ul></aside>"), url="https://example.org/a")
    assert titles(page) == [
        "Ferry service resumes after winter storm damage",
        "School board votes to extend the academic year",
    ]
    assert page.related[0].summary is not None and page.related[0].summary.startswith("PORTSMOUTH: Boats")
    assert page.related[0].url == "https://example.org/0"


def test_unlinked_headlines_in_a_box_named_most_read() -> None:
    cards = "".join(
        f'<div class="teaser"><a href="/{k}"><img src="/{k}.jpg" alt=""></a><h3>{kicker}</h3><div>{title}</div></div>'
        for k, (kicker, title) in enumerate(
            [
                ("STORM", "Ferry service resumes after winter storm damage"),
                ("SCHOOLS", "School board votes to extend the academic year"),
            ]
        )
    )
    page = clean(
        html_page(f'<div class="related-stories"><h3>Most read in news</h3>{cards}</div>'), url="https://example.org/a"
    )
    assert titles(page) == [
        "Ferry service resumes after winter storm damage",
        "School board votes to extend the academic year",
    ]
    # The same plain lines in a box the markup does not name are not read as headlines.
    plain = clean(html_page(f'<div class="box"><h3>Most read in news</h3>{cards}</div>'), url="https://example.org/a")
    assert titles(plain) == []


def test_disabling_the_teaser_list_rule_turns_teasers_off(seed_text: str) -> None:
    from pagecleaner import Cleaner

    assert len(clean(seed_text).related) == 3
    page = Cleaner().disable("related.lists").clean(seed_text)
    assert page.related == []
    # The lines of the related section still leave the article (related.teasers), as before.
    assert "22 minutes ago" not in page.article.text
    both = Cleaner().disable("related.teasers", "related.lists").clean(seed_text)
    assert both.related == []


def test_four_word_lines_in_text_are_headlines_only_with_a_summary() -> None:
    page = clean(
        ARTICLE + "\n\nMore From Us\nBest of the Decade\nJobs at the Paper\nPlace a Classified Ad\n"
        "Contact the Newsroom Today\n\nLatest News\nBakery wins national award\n"
        "The judges praised its crust and its crumb, and the owners plan a second shop.\n"
        "Ferry service resumes again\n"
        "Boats return to the island route on Monday after three weeks of repairs."
    )
    assert titles(page) == ["Bakery wins national award", "Ferry service resumes again"]


def test_four_word_headlines_keep_summaries_without_full_stops() -> None:
    page = clean(
        ARTICLE + "\n\nOur Latest Stories\nFerry service resumes again\n"
        "Boats return to the island route on Monday after three weeks of repairs\n"
        "School board extends year\nPupils will have five more days of classes from next September\n"
        "Bakery wins national award\n"
        "The judges praised its crust and its crumb, and the owners plan to open a second shop in the spring"
    )
    assert titles(page) == ["Ferry service resumes again", "School board extends year", "Bakery wins national award"]
    assert page.related[1].summary == "Pupils will have five more days of classes from next September"


def test_on_a_listing_the_teaser_rules_do_not_run_and_the_headline_rule_removes_nothing() -> None:
    from pagecleaner.rules import related

    skipped = [related.Excerpt, related.TeaserSection, related.InlineTeaser]
    assert all(rule.on_listings is False for rule in skipped)
    text = ARTICLE + "\n\nRelated Articles\n\nFerry service resumes after winter storm damage\n\nThe Hill\n\n2 hours ago"
    article = clean(text, page_type="article")
    assert {"related.teasers", "metadata.title"} <= {r.rule for r in article.removed}
    listing = clean(text, page_type="listing")
    assert not {"related.teasers", "metadata.title"} & {r.rule for r in listing.removed}


CARDS = [
    ("Ferry service resumes after winter storm damage", "Boats return to the island route on Monday"),
    ("School board votes to extend the academic year", "Pupils will have five more days of classes"),
    ("Local bakery wins national award for sourdough", "The judges praised its crust and its crumb"),
]


def test_one_link_around_headline_and_summary_side_by_side_gives_both_apart() -> None:
    # <a><span>headline</span><span>summary</span></a> prints as one line: the spans tell them apart.
    cards = "".join(
        f'<li><a href="/story/{k}"><div><img src="/i/{k}.jpg" alt=""></div><span class="body">'
        f'<span class="hed">{title}</span> <span class="blurb">{summary}</span></span></a></li>'
        for k, (title, summary) in enumerate(CARDS)
    )
    page = clean(html_page(f'<aside class="sidebar"><h2>More News</h2><ul>{cards}</ul></aside>'), url="https://example.org/a")
    assert titles(page) == [title for title, _ in CARDS]
    assert [t.summary for t in page.related] == [summary for _, summary in CARDS]
    assert [t.url for t in page.related] == [f"https://example.org/story/{k}" for k in range(3)]


def test_a_link_whose_label_runs_on_as_text_keeps_its_whole_headline() -> None:
    # "<a><b>Watch:</b> headline</a>": the label is no headline of its own, and the rest no summary.
    items = "".join(f'<li><a href="/v/{k}"><b>Watch:</b> {title}</a></li>' for k, (title, _) in enumerate(CARDS))
    page = clean(html_page(f'<aside class="sidebar"><h2>Videos</h2><ul>{items}</ul></aside>'), url="https://example.org/a")
    assert [t.summary for t in page.related] == [None, None, None]
    assert all(t.title.endswith(title) for t, (title, _) in zip(page.related, CARDS, strict=True))


def test_the_pages_own_headline_in_a_most_viewed_list_is_not_a_teaser() -> None:
    box = (
        "<aside><h2>Most Viewed</h2><ul>"
        '<li><a href="/news/ferry">Ferry service resumes after winter storm damage</a></li>'
        '<li><a href="/news/budget">Council approves budget after long night of talks</a></li>'
        '<li><a href="/news/school">School board votes to extend the academic year</a></li>'
        "</ul></aside>"
    )
    html = html_page(box).replace(b"<title>Budget |", b"<title>Council approves budget after long night of talks |")
    page = clean(html, url="https://example.org/news/budget")
    assert page.article.title == "Council approves budget after long night of talks"
    assert titles(page) == [
        "Ferry service resumes after winter storm damage",
        "School board votes to extend the academic year",
    ]


def test_same_headline_allows_a_cut_and_other_quote_marks_only() -> None:
    from pagecleaner.teasers import same_headline

    full = "Google Stadia Red Dead Redemption 2 doesn’t run at a stable 60fps"
    assert same_headline(full, "Google Stadia Red Dead Redemption 2 doesn't run at a stable 60fps")
    assert same_headline(full, "Google Stadia Red Dead Redemption 2 doesn't run at a stable")
    assert not same_headline(full, "Google Stadia Red Dead Redemption 2")
    assert not same_headline(full, "Red Dead Redemption 2 runs at a stable 60fps on Stadia")


def test_a_short_title_case_headline_between_headlines_is_one_of_them() -> None:
    page = clean(
        ARTICLE + "\n\nPopular Posts\nCloth Diapers for Older Kids, Teens, and Adults\nEasy Tres Leches Cake Recipe\n"
        "A New Twist On Homemade Laundry Detergent\nHow to Remove Yeast from Cloth Diapers"
    )
    assert "Easy Tres Leches Cake Recipe" in titles(page)
    # Alone between menu entries the same line stays a menu entry.
    menu = clean(ARTICLE + "\n\nHome\nRecipes\nEasy Tres Leches Cake Recipe\nAbout\nContact")
    assert titles(menu) == []


def test_gallery_teasers_with_their_photo_counts_and_photos_labels() -> None:
    galleries = "\n".join(
        [
            "Latest Galleries",
            "Nov 18 52 photos",
            "Photos: Crossgates Mall through the years",
            "A look back at the shops and crowds of the mall since it opened in 1984",
            "Nov 10 11 photos",
            "Photos: Million-dollar cars for auction",
            "The rarest cars of the collection go under the hammer this weekend in the city",
        ]
    )
    page = clean(ARTICLE + "\n\n" + galleries)
    assert titles(page) == ["Photos: Crossgates Mall through the years", "Photos: Million-dollar cars for auction"]
    assert [t.age for t in page.related] == ["Nov 18", "Nov 10"]


def test_a_byline_printed_over_two_lines_does_not_end_the_list() -> None:
    box = "\n".join(
        [
            "Copyright 2019 Example News. All rights reserved.\n",
            "Recent Content",
            "Navy says its plan to reduce risk from the fuel tanks will take some time",
            "People crowded into a public meeting on Tuesday to weigh in on the issue.",
            "By",
            "Lisa Kubota",
            "Conditions start to settle overnight after waves of wild weather",
            "The islands saw hail, thunderstorms, and even snow.",
            "By",
            "Ben Gutierrez",
            "Crash closes the island highway while the investigation goes on",
            "By",
            "Staff",
        ]
    )
    page = clean(ARTICLE + "\n\n" + box)
    assert titles(page) == [
        "Navy says its plan to reduce risk from the fuel tanks will take some time",
        "Conditions start to settle overnight after waves of wild weather",
        "Crash closes the island highway while the investigation goes on",
    ]
    assert all(t.source not in ("By", "Lisa Kubota", "Ben Gutierrez") for t in page.related)


def test_headline_and_summary_two_spaces_apart_on_one_line_of_text() -> None:
    box = "\n".join(
        [
            "Copyright 2019 Example News. All rights reserved.\n",
            "Latest news",
            "Armenia named most popular spot for Russian travelers in 2019  Armenia has been named the most "
            "popular destination among Russians in 2019, a booking site reveals.",
            "Historic church on the verge of destruction  The old church is in ruins due to raids by "
            "treasure hunters, the report says.",
        ]
    )
    page = clean(ARTICLE + "\n\n" + box)
    assert [(t.title, (t.summary or "")[:24]) for t in page.related] == [
        ("Armenia named most popular spot for Russian travelers in 2019", "Armenia has been named t"),
        ("Historic church on the verge of destruction", "The old church is in rui"),
    ]


def test_a_long_title_case_headline_is_not_the_summary_of_the_one_above() -> None:
    box = "\n".join(
        [
            "Copyright 2019 Example News. All rights reserved.\n",
            "Recent Stories",
            "How to Watch and Livestream This Week's Impeachment Hearings",
            "Golden Globes 2020 Predictions: Best Actor and Actress in a Limited Series or TV Movie",
            "Ferry service resumes after winter storm damage to the harbour",
        ]
    )
    page = clean(ARTICLE + "\n\n" + box)
    assert titles(page) == [
        "How to Watch and Livestream This Week's Impeachment Hearings",
        "Golden Globes 2020 Predictions: Best Actor and Actress in a Limited Series or TV Movie",
        "Ferry service resumes after winter storm damage to the harbour",
    ]
    assert all(t.summary is None for t in page.related)


HEADLINES = [
    "Ferry service resumes after winter storm damage",
    "School board votes to extend the academic year",
    "Local bakery wins national award for sourdough",
]


def test_a_box_printed_twice_in_a_row_gives_its_teasers_once() -> None:
    box = "Latest News\n\n" + "\n\n".join(HEADLINES)
    page = clean(ARTICLE + "\n\n" + box + "\n\n" + box)
    assert titles(page) == HEADLINES
    assert "Local bakery" not in page.article.text  # the second printing still leaves the article


def test_a_box_printed_before_and_after_the_article_gives_its_teasers_twice() -> None:
    items = "".join(f'<li><a href="/s/{k}">{h}</a></li>' for k, h in enumerate(HEADLINES))
    box = f"<aside><h2>Latest News</h2><ul>{items}</ul></aside>"
    html = f"<html><head><title>Budget</title></head><body>{box}{BODY_HTML}{box}</body></html>"
    page = clean(html.encode(), url="https://example.org/a")
    assert titles(page) == HEADLINES + HEADLINES


def _inline(line: str) -> bytes:
    paras = BODY_HTML.split("</p>")
    body = "</p>".join(paras[:2]) + "</p>" + line + "</p>".join(paras[2:])
    return f"<html><head><title>Budget | Example News</title></head><body>{body}</body></html>".encode()


# related.inline-link
def test_a_linked_headline_on_its_own_line_inside_the_article_is_a_teaser() -> None:
    line = (
        '<p><strong><a href="https://example.org/news/ferry">FERRY SERVICE RESUMES AFTER WINTER STORM DAMAGE'
        "</a></strong></p>"
    )
    menu = '<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>'
    page = clean(_inline(line).replace(b"<body>", f"<body>{menu}".encode()), url="https://example.org/news/budget")
    assert [(t.title, t.url) for t in page.related] == [
        ("FERRY SERVICE RESUMES AFTER WINTER STORM DAMAGE", "https://example.org/news/ferry")
    ]
    assert "FERRY SERVICE" not in page.article.text
    assert [r.rule for r in page.removed if "FERRY SERVICE" in r.text] == ["related.inline-link"]


def test_a_linked_product_or_a_sentence_with_a_link_inside_the_article_is_not_a_teaser() -> None:
    menu = '<nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>'
    for line in (
        '<h3><a href="https://shop.example.com/p/123">Acme Wireless Charging Pad Three In One</a></h3>',
        '<p>The council published <a href="/report">the full report on the budget</a> on its website.</p>',
    ):
        page = clean(_inline(line).replace(b"<body>", f"<body>{menu}".encode()), url="https://example.org/news/budget")
        assert page.related == []


def test_headlines_glued_to_their_summaries_in_text() -> None:
    glued = [
        "Ferry service resumes after winter storm damageBoats return to the island route on Monday after "
        "three weeks of repairs.",
        "School board votes to extend the academic yearPupils will have five more days of classes from "
        "next September.",
        "Local bakery wins national award for sourdoughThe judges praised its crust, its crumb and its "
        "long fermentation.",
    ]
    footer = "\n\nNews\n\nSport\n\nWeather\n\nContact Us\n\nPrivacy Policy"
    page = clean(ARTICLE + "\n\nLatest News\n\n" + "\n\n".join(glued) + footer)
    assert titles(page) == HEADLINES
    assert page.related[0].summary == "Boats return to the island route on Monday after three weeks of repairs."


def test_a_word_in_camel_case_does_not_split_a_summary() -> None:
    lines = [
        "The biggest Apple news of this week was the launch of the new 16-inch MacBook Pro with its new keyboard.",
        "Amazon introduced a round of discounts on the 15-inch MacBook Pro models for the holidays.",
    ]
    footer = "\n\nNews\n\nSport\n\nWeather\n\nContact Us\n\nPrivacy Policy"
    page = clean(ARTICLE + "\n\nLatest News\n\n" + "\n\n".join(lines) + footer)
    assert all(not t.title.endswith("Mac") for t in page.related)


def test_entries_of_a_sources_list_are_not_teasers() -> None:
    sources = [
        'Customs and Border Protection, "U.S. Border Patrol Nationwide Drug Seizures," accessed Nov. 13, 2019',
        'U.S. Drug Enforcement Administration, "National Drug Threat Assessment," 2018',
        'Orange County Register, "Massive fentanyl bust highlights the opioid crisis," Oct. 2, 2019',
    ]
    page = clean(ARTICLE + "\n\nSources:\n\n" + "\n\n".join(sources) + "\n\nNews\n\nSport\n\nWeather")
    assert page.related == []


def test_linked_headlines_in_a_box_the_markup_calls_a_promo_are_teasers() -> None:
    items = "".join(
        f'<div class="core-promo"><h4><a href="/news/{k}">{h}</a></h4></div>' for k, h in enumerate(HEADLINES)
    )
    page = clean(html_page(f'<section><h2>Trending Now</h2>{items}</section>'), url="https://example.org/a")
    assert titles(page) == HEADLINES
    assert [t.url for t in page.related] == [f"https://example.org/news/{k}" for k in range(3)]


def test_the_pages_own_headline_reworded_in_a_list_is_not_a_teaser() -> None:
    from pagecleaner.teasers import headline_variant, headline_words

    own = headline_words("Key moments from Kurt Volker's and Tim Morrison's impeachment hearing testimony")
    assert headline_variant(headline_words("Key moments from Kurt Volker's and Tim Morrison's testimony"), own)
    assert headline_variant(headline_words("Google Stadia doesn't run at a stable 60fps by Lewis White"),
                            headline_words("Google Stadia doesn't run at a stable 60fps"))
    assert not headline_variant(headline_words("Kurt Volker testifies before the House committee"), own)
    assert not headline_variant(headline_words("Key moments"), own)


def test_links_to_a_home_page_or_a_section_are_not_teasers() -> None:
    links = "".join(
        f'<li><a href="{href}">{text}</a></li>'
        for href, text in [
            ("/news/2024/03/ferry-service-resumes", "Ferry service resumes after winter storm damage"),
            ("https://guide.example.org/", "Insider guide: Things to do this weekend"),
            ("/obituaries/", "Obituaries: remember the people you love"),
            ("/news/school-board-votes-42", "School board votes to extend the academic year"),
            ("/story.php?id=5120", "Local bakery wins national award for sourdough"),
        ]
    )
    page = clean(html_page(f'<div class="sidebar"><ul>{links}</ul></div>'), url="https://example.org/news/budget")
    assert titles(page) == [
        "Ferry service resumes after winter storm damage",
        "School board votes to extend the academic year",
        "Local bakery wins national award for sourdough",
    ]
    # Under a heading that names the list as related articles, a short link is still a story.
    headed = clean(
        html_page(f'<aside><h2>Related Articles</h2><ul>{links}</ul></aside>'), url="https://example.org/news/budget"
    )
    assert len(titles(headed)) == 5


def test_two_bare_headline_shaped_lines_of_text_are_no_list() -> None:
    pair = "Nothing Personal with a former team president\n\nDecoding sports stories from a front office perspective"
    assert titles(clean(ARTICLE + "\n\nPodcasts Home\n\nListen now\n\n" + pair)) == []
    # The same two lines under a heading of their own, or with an age, are a list of teasers.
    assert titles(clean(ARTICLE + "\n\nMost Read\n\n" + pair)) == [
        "Nothing Personal with a former team president",
        "Decoding sports stories from a front office perspective",
    ]
    aged = pair.replace("president", "president\n\n2 hours ago")
    assert len(titles(clean(ARTICLE + "\n\nPodcasts Home\n\nListen now\n\n" + aged))) == 2
    # Three headlines make a list by themselves.
    three = pair + "\n\nSchool board votes to extend the academic year"
    assert len(titles(clean(ARTICLE + "\n\nPodcasts Home\n\nListen now\n\n" + three))) == 3


def test_a_menu_printed_on_one_line_of_text_is_not_a_headline() -> None:
    page = clean(
        ARTICLE + "\n\nMore Stories\n\nFerry service resumes after winter storm damage\n\n"
        "Garden Tools Garden Furniture Kitchen Home Office\n\n"
        "School board votes to extend the academic year\n\n"
        "Local bakery wins national award for sourdough"
    )
    assert titles(page) == [
        "Ferry service resumes after winter storm damage",
        "School board votes to extend the academic year",
        "Local bakery wins national award for sourdough",
    ]


def test_lines_of_code_are_not_headlines() -> None:
    code = "\n\n".join(
        [
            "if err := store.Save(email, key); err != nil {",
            "result = self.fn(*self.args, **self.kwargs)",
            "SyntaxError: super() is only valid in derived class constructors",
            "makes_copy(x); // Because the type implements the Copy trait",
        ]
    )
    page = clean(
        ARTICLE + "\n\nMore Stories\n\nFerry service resumes after winter storm damage\n\n" + code + "\n\n"
        "School board votes to extend the academic year\n\nLocal bakery wins national award for sourdough"
    )
    assert titles(page) == [
        "Ferry service resumes after winter storm damage",
        "School board votes to extend the academic year",
        "Local bakery wins national award for sourdough",
    ]


def test_on_a_forum_product_manual_or_service_page_in_html_only_named_lists_give_teasers() -> None:
    links = "".join(
        f'<li><a href="/guide/{k}">{text}</a></li>'
        for k, text in enumerate(
            [
                "Install the command line tools on your machine",
                "Configure the project settings for a team",
                "Deploy your first application to production",
            ]
        )
    )
    sidebar = f'<div class="sidebar"><ul>{links}</ul></div>'
    url = "https://example.org/guide/budget"
    # On an article the sidebar's headline-shaped links are read as teasers ...
    assert len(titles(clean(html_page(sidebar), url=url, page_type="article"))) == 3
    # ... on a manual's page, a shop's, a forum's or a service's they are its menu, and stay out of the teasers
    for kind in ("documentation", "product", "forum", "service"):
        page = clean(html_page(sidebar), url=url, page_type=kind)
        assert page.related == [], kind
    # Under a heading that names them as related articles, they are teasers on those pages too.
    named = f"<aside><h2>Related Articles</h2><ul>{links}</ul></aside>"
    assert len(titles(clean(html_page(named), url=url, page_type="documentation"))) == 3
    # Text is not gated: a page type read from text is wrong too often to cost a news page its teasers.
    heads = [
        "Ferry service resumes after winter storm damage",
        "School board votes to extend the academic year",
        "Local bakery wins national award for sourdough",
    ]
    text = ARTICLE + "\n\nMore Stories\n\n" + "\n\n".join(heads)
    assert len(titles(clean(text, page_type="forum"))) == 3


def test_a_next_label_glued_after_a_headline_is_left_out() -> None:
    from pagecleaner.teasers import headline_text

    assert headline_text("How to Adopt an Online Leader Success MindsetNext") == (
        "How to Adopt an Online Leader Success Mindset"
    )
    assert headline_text("You’re Ready for the BIG League, and It’s Ready for YouNext") == (
        "You’re Ready for the BIG League, and It’s Ready for You"
    )
    assert headline_text("Five ways to fix a slow laptopPrevious Post") == "Five ways to fix a slow laptop"
    # A headline that ends in the word "Next" as a word, or too short to be a headline without it, is kept.
    assert headline_text("What the council plans to do Next") == "What the council plans to do Next"
    assert headline_text("Who is Next") == "Who is Next"


def test_author_cards_and_bylines_are_not_headlines() -> None:
    page = clean(
        ARTICLE + "\n\nMore Stories\n\nFerry service resumes after winter storm damage\n\n"
        "Marcus De GuzmanView More Articles\n\nRoger Gonzalez CBS Sports Writer follow\n\nby Lewis White 0\n\n"
        "School board votes to extend the academic year\n\nLocal bakery wins national award for sourdough"
    )
    assert titles(page) == [
        "Ferry service resumes after winter storm damage",
        "School board votes to extend the academic year",
        "Local bakery wins national award for sourdough",
    ]
    # A headline that only mentions following, or starts with a preposition "by", stays a headline.
    kept = clean(
        ARTICLE + "\n\nMore Stories\n\nFerry service resumes after winter storm damage\n\n"
        "By the numbers: how the city spends its budget\n\nFans flock to see the band they follow\n\n"
        "Local bakery wins national award for sourdough"
    )
    assert len(titles(kept)) == 4


def test_a_table_of_contents_listing_the_articles_own_headings_gives_no_teasers() -> None:
    sections = [
        ("How we picked and tested the earbuds", "We wore each pair for a week on the train, in the gym and at the desk."),
        ("Why you should trust our reviewer", "She has written about audio gear for more than a decade at three titles."),
        ("Who should buy wireless earbuds today", "Anyone who commutes, runs or works in an open office will find them handy."),
    ]
    toc = "".join(f'<li><a href="#s{k}">{head}</a></li>' for k, (head, _) in enumerate(sections))
    body = "".join(f'<h2 id="s{k}">{head}</h2><p>{para} {para}</p>' for k, (head, para) in enumerate(sections))
    related = "".join(
        f'<li><a href="/news/{k}">{text}</a></li>'
        for k, text in enumerate(
            ["Ferry service resumes after winter storm damage", "School board votes to extend the academic year"]
        )
    )
    html = (
        "<html><head><title>The best earbuds</title></head><body><article><h1>The best earbuds</h1>"
        f'<nav class="toc"><ul>{toc}</ul></nav>{body}</article>'
        f'<div class="sidebar"><ul>{related}</ul></div></body></html>'
    )
    page = clean(html.encode(), url="https://example.org/reviews/earbuds")
    assert titles(page) == [
        "Ferry service resumes after winter storm damage",
        "School board votes to extend the academic year",
    ]
    assert "How we picked and tested the earbuds" in page.article.text
    # The same list beside an article without those headings is read as teasers.
    other = "".join(f"<p>{para} {para}</p>" for _, para in sections)
    alone = html.replace(body, other).replace('href="#s', 'href="/reviews/s')
    assert len(titles(clean(alone.encode(), url="https://example.org/reviews/earbuds"))) == 5


def test_shop_lines_ingredients_and_category_lines_are_not_headlines() -> None:
    from pagecleaner.teasers import not_a_story

    for line in (
        "4.6 out of 5 stars (55.7K ratings for this item)",
        "List Price: EUR 14.62 for the black model",
        "Free express shipping on orders over €255",
        "The latest offers and discount codes from popular brands",
        "SAVE $250.00 - Save up to $438 on the new laptop",
        "$275.00 - Heavy duty air jack with a long handle",
        "6 tbsp fruit pectin powder",
        "250 g Mehl und eine Prise Salz",
        "2 cucharadas de aceite de oliva",
        "Day in the Life of a broker Related Articles arrow_forward_ios",
    ):
        assert not_a_story(line), line
    # Stories about prices, deals, stars and networks name them inside the headline.
    for line in (
        "Deal Alert: Save $50 on the new wireless sport headphones",
        "E-commerce giant raises $11 billion in share listing",
        "5G network rollout begins in three more cities",
        "Supermassive black hole ejects star from the galaxy",
        "3 Hospitalized After Wrong-Way Crash on the Highway",
    ):
        assert not not_a_story(line), line


def test_a_cards_category_line_is_a_field_of_its_teaser_not_a_headline() -> None:
    heads = [
        "Ferry service resumes after winter storm damage",
        "School board votes to extend the academic year",
        "Local bakery wins national award for sourdough",
    ]
    cats = ["Posted in: Local News", "Posted in: City Hall", "Posted in: Food Features"]
    # Between two headlines a four-word line would be read as a headline too; a category line is not one.
    text = ARTICLE + "\n\nMore Stories\n\n" + "\n\n".join(f"{h}\n\n{c}" for h, c in zip(heads, cats, strict=True))
    page = clean(text)
    assert titles(page) == heads
    assert [t.block for t in page.related] == ["More Stories"] * 3
    # A short title-case headline between two cards' category lines is still read between their headlines.
    short = [heads[0], cats[0], "How the Ferry Came Back", cats[1], heads[1], heads[2]]
    assert titles(clean(ARTICLE + "\n\nMore Stories\n\n" + "\n\n".join(short))) == [
        heads[0],
        "How the Ferry Came Back",
        heads[1],
        heads[2],
    ]


def test_a_table_of_contents_numbered_as_sections_gives_no_teasers() -> None:
    heads = [
        "Ferry service resumes after winter storm damage",
        "School board votes to extend the academic year",
        "Local bakery wins national award for sourdough",
    ]
    numbered = [f"{k}.{k + 2} {h}" for k, h in enumerate(heads, 1)]
    assert titles(clean(ARTICLE + "\n\nMore Stories\n\n" + "\n\n".join(numbered))) == []
    # One headline that opens with a decimal among plain ones stays a teaser.
    mixed = ["7.1 magnitude quake shakes the coast overnight", *heads[1:]]
    assert titles(clean(ARTICLE + "\n\nMore Stories\n\n" + "\n\n".join(mixed))) == mixed


def test_a_headline_with_a_price_by_it_is_a_product_not_a_teaser() -> None:
    heads = [
        "Ferry service resumes after winter storm damage",
        "School board votes to extend the academic year",
        "Local bakery wins national award for sourdough",
    ]
    products = [
        ("Wireless noise cancelling headphones with charging case", "$249.00"),
        ("Stainless steel insulated water bottle with straw lid", "From £12.99"),
        ("Ergonomic office chair with adjustable lumbar support", "199,99 €"),
    ]
    shop = "\n\n".join(f"{name}\n\n{price}" for name, price in products)
    text = ARTICLE + "\n\nMore Stories\n\n" + "\n\n".join(heads) + "\n\nShop the Look\n\n" + shop
    assert titles(clean(text)) == heads
    # The price printed above the name, as some grids do.
    above = "\n\n".join(f"{price}\n\n{name}" for name, price in products)
    assert titles(clean(ARTICLE + "\n\nMore Stories\n\n" + "\n\n".join(heads) + "\n\nDeals\n\n" + above)) == heads
    cards = "".join(
        f'<li><a href="/shop/item-{k}">{name}</a><span>{price}</span></li>' for k, (name, price) in enumerate(products)
    )
    stories = "".join(f'<li><a href="/local/story-{k}">{h}</a></li>' for k, h in enumerate(heads))
    page = clean(
        html_page(f"<aside><ul>{stories}</ul></aside><aside><ul>{cards}</ul></aside>"), url="https://example.org/a/b-1"
    )
    assert titles(page) == heads
    # A headline that names a price in its words is still a story.
    priced = [*heads, "Houses in the valley now sell for $2.3 million on average"]
    assert titles(clean(ARTICLE + "\n\nMore Stories\n\n" + "\n\n".join(priced))) == priced


def test_rows_printed_from_one_template_are_a_table_not_teasers() -> None:
    heads = [
        "Ferry service resumes after winter storm damage",
        "School board votes to extend the academic year",
        "Local bakery wins national award for sourdough",
    ]
    rows = [
        "England (Group A): 10th appearance",
        "Spain (Group F): 11th appearance",
        "Wales (Group E): Second appearance",
        "Finland (Group J): Zero appearances",
    ]
    text = ARTICLE + "\n\nMore Stories\n\n" + "\n\n".join(heads) + "\n\nQualified teams\n\n" + "\n\n".join(rows)
    assert titles(clean(text)) == heads
    links = "".join(f'<li><a href="/teams/{k}-team">{r}</a></li>' for k, r in enumerate(rows))
    stories = "".join(f'<li><a href="/local/story-{k}">{h}</a></li>' for k, h in enumerate(heads))
    page = clean(
        html_page(f"<aside><ul>{stories}</ul></aside><aside><ul>{links}</ul></aside>"), url="https://example.org/a/b-1"
    )
    assert titles(page) == heads
    # Headlines that share a form but not their length or marks stay teasers.
    varied = [
        "Price Point: $2.3 million in Lake Street district",
        "Price Point: $2.5 million in Berkeley",
        "Price Point: a cottage by the bay",
        "Price Point: $900,000 in Oakland",
    ]
    assert titles(clean(ARTICLE + "\n\nMore Stories\n\n" + "\n\n".join(varied))) == varied


def test_an_images_alt_text_stuffed_with_search_words_is_not_a_headline() -> None:
    heads = [
        "Ferry service resumes after winter storm damage",
        "School board votes to extend the academic year",
        "Local bakery wins national award for sourdough",
    ]
    alts = ["ferry news storm damage harbour latest winter weather", "school board vote academic year news latest"]
    lines = [heads[0], alts[0], heads[1], alts[1], heads[2]]
    assert titles(clean(ARTICLE + "\n\nMost Read\n\n" + "\n\n".join(lines))) == heads
    # A headline that opens with a brand set in small letters then a capital is still a headline.
    brand = [*heads, "iPhone sales slow as buyers wait for the next model"]
    assert titles(clean(ARTICLE + "\n\nMost Read\n\n" + "\n\n".join(brand))) == brand


def test_links_to_a_tag_an_author_or_a_show_page_are_not_teasers() -> None:
    from pagecleaner.rules.related import hub_link

    links = "".join(
        f'<li><a href="{href}">{text}</a></li>'
        for href, text in [
            ("/news/2024/03/ferry-service-resumes", "Ferry service resumes after winter storm damage"),
            ("/podcasts/state-of-the-city/", "State of the City with the council reporters"),
            ("https://example.org/author/jane-doe", "Jane Doe writes about schools and transport"),
            ("/news/school-board-votes-42", "School board votes to extend the academic year"),
            ("/tag/local-food", "Everything about local food and its makers"),
            ("/story.php?id=5120", "Local bakery wins national award for sourdough"),
        ]
    )
    page = clean(html_page(f'<div class="sidebar"><ul>{links}</ul></div>'), url="https://example.org/news/budget")
    assert titles(page) == [
        "Ferry service resumes after winter storm damage",
        "School board votes to extend the academic year",
        "Local bakery wins national award for sourdough",
    ]
    # A story filed under a hub's path (an episode, a dated story) is still a story.
    assert not hub_link("/podcasts/state-of-the-city/episode-12-budget")
    assert not hub_link("/tag/local-food?page=2")
    assert not hub_link("/news/2024/03/ferry-service-resumes")
    assert hub_link("https://example.org/Tags/budget/")
    # Under a heading that names the list as related articles, such a link is still a teaser.
    headed = clean(
        html_page(f"<aside><h2>Related Articles</h2><ul>{links}</ul></aside>"), url="https://example.org/news/budget"
    )
    assert len(titles(headed)) == 6


KICKER_CARDS = [
    (
        "Ferry service resumes after winter storm damage",
        "Boats return to the island route on Monday after three weeks of repairs to the pier",
        "Jane Doe",
    ),
    (
        "School board votes to extend the academic year",
        "Pupils will have five more days of classes from next September under the new plan",
        "John Roe",
    ),
    (
        "Local bakery wins national award for its sourdough",
        "The judges praised its crust and its crumb and asked for the recipe of its rye loaf",
        "Jane Doe",
    ),
]


def _kicker_cards() -> str:
    return "".join(
        f'<div class="row"><div class="img"><a href="/story/{k}"><img src="/i/{k}.jpg" alt=""></a></div>'
        f'<div class="desc"><label class="cat">LOCAL NEWS</label><a href="/story/{k}"><h5>{title}</h5></a>'
        f'<p class="excerpt">{summary}</p><label class="info">{author}</label></div></div>'
        for k, (title, summary, author) in enumerate(KICKER_CARDS)
    )


def test_a_link_around_a_block_after_a_kicker_belongs_to_the_headline_inside_it() -> None:
    # "<label>LOCAL NEWS</label><a href><h5>Headline</h5></a>": the link is the headline's, not the kicker's.
    from pagecleaner.cleaner import html_blocks
    from pagecleaner.settings import Settings

    blocks, _, _ = html_blocks(f"<html><body>{_kicker_cards()}</body></html>", Settings(), "https://example.org/a")
    by_text = {b.text: b for b in blocks}
    head = by_text[KICKER_CARDS[0][0]]
    assert head.dom is not None and head.dom.hrefs == ("https://example.org/story/0",)
    kicker = next(b for b in blocks if b.text == "LOCAL NEWS")
    assert kicker.dom is not None and kicker.dom.hrefs == ()
    # A link that holds text of the block it opens in stays that block's.
    blocks, _, _ = html_blocks(
        '<html><body><p>See <a href="/x">the report<div>Box</div></a></p></body></html>', Settings(), None
    )
    assert blocks[0].dom is not None and blocks[0].dom.hrefs == ("/x",)


def test_cards_with_a_kicker_an_unlinked_summary_and_a_byline_are_one_list() -> None:
    page = clean(
        html_page(f'<div class="recent"><h3>Recent articles</h3>{_kicker_cards()}</div>'), url="https://example.org/a"
    )
    assert titles(page) == [title for title, _, _ in KICKER_CARDS]
    # The summary without its full stop is read from the line under the linked headline, in the same card.
    assert [t.summary for t in page.related] == [summary for _, summary, _ in KICKER_CARDS]


def test_an_unlinked_line_outside_the_headlines_card_is_not_its_summary() -> None:
    items = "".join(f'<li><a href="/story/{k}"><h5>{title}</h5></a></li>' for k, (title, _, _) in enumerate(KICKER_CARDS))
    aside = (
        f'<div class="more"><div><div><div><ul>{items}</ul></div></div></div>'
        "<p>Our newsroom is part of a group of local papers across the region and the country</p></div>"
    )
    page = clean(html_page(aside), url="https://example.org/a")
    assert titles(page) == [title for title, _, _ in KICKER_CARDS]
    assert page.related[-1].summary is None


def test_calls_to_learn_more_links_to_new_windows_and_stock_photo_credits_are_not_headlines() -> None:
    from pagecleaner.teasers import not_a_story

    for line in (
        "PRICE MATCH GUARANTEE | Learn More ❯",
        "Career Opportunities Opens in New Window",
        "Join our mailing list and get the weekly digest",
        "Kevin Mohatt / The Washington Post via Getty Images",
        "Portrait of a smiling farmer in his field Shutterstock",
    ):
        assert not_a_story(line), line
    for line in (
        "Getty Images sues the maker of an image generator",
        "What we learned from a more careful study of the river",
        "Ferry service resumes after winter storm damage",
    ):
        assert not not_a_story(line), line


def test_linked_headlines_the_article_keeps_under_a_related_heading_are_teasers() -> None:
    # An inline "Related" box the quality pass kept: its linked headlines are read with the heading.
    from pagecleaner.cleaner import html_blocks
    from pagecleaner.models import Kind
    from pagecleaner.rules.base import Label, Page, Verdict
    from pagecleaner.rules.related import TeaserLists
    from pagecleaner.settings import Settings

    html = (
        "<html><body><article><p>The city council approved the new budget late on Tuesday after a long session.</p>"
        "<h4>Related</h4>"
        '<h5><a href="/story/1">Ferry service resumes after winter storm damage</a></h5>'
        '<h5><a href="/story/2">School board votes to extend the academic year</a></h5>'
        '<p>Members <a href="/minutes">read the minutes of the meeting aloud</a> before the final vote.</p>'
        "</article></body></html>"
    )
    blocks, _, _ = html_blocks(html, Settings(), "https://example.org/a")
    assert [b.text for b in blocks][1] == "Related"

    def judged(heading_rule: str) -> dict[int, Verdict]:
        verdicts: list[Verdict | None] = [Verdict("test.kept", Kind.OTHER, "kept", label=Label.CONTENT) for _ in blocks]
        verdicts[1] = Verdict(heading_rule, Kind.RELATED, "a related heading")
        return dict(TeaserLists().judge(Page(blocks, Settings(), verdicts)))

    found = judged("related.heading")
    assert [found[i].data["teaser.title"] for i in (2, 3)] == [blocks[2].text, blocks[3].text]
    assert 4 not in found  # a sentence with a link in it stays the article's
    assert not {2, 3} & set(judged("test.other-heading"))  # no related heading: the article's own links


def test_a_long_linked_headline_under_another_is_the_next_headline_not_its_summary() -> None:
    heads = [
        "Ferry service resumes after winter storm damage",
        "There is a storm heading towards the coast tonight that could close every ferry route for a week",
        "School board votes to extend the academic year",
    ]
    items = "".join(f'<div class="item"><a href="/story/{k}">{h}</a></div>' for k, h in enumerate(heads))
    page = clean(html_page(f"<footer><div>{items}</div></footer>"), url="https://example.org/a")
    assert titles(page) == heads
    assert page.related[0].summary is None


def test_a_cards_hidden_second_link_to_the_same_story_is_no_teaser_of_its_own() -> None:
    # A card's link laid over it for the mouse, hidden from screen readers, names the story again.
    cards = "".join(
        f'<div class="promo"><a href="/story/{k}"><h3>{title}</h3></a><p>{summary}</p>'
        f'<a href="/story/{k}" class="overlay" tabindex="-1" aria-hidden="true">Full article {title}</a></div>'
        for k, (title, summary) in enumerate(CARDS)
    )
    page = clean(html_page(f'<aside class="sidebar"><h2>More News</h2>{cards}</aside>'), url="https://example.org/a")
    assert titles(page) == [title for title, _ in CARDS]
    assert [t.url for t in page.related] == [f"https://example.org/story/{k}" for k in range(3)]


def test_a_hidden_link_to_a_story_the_page_links_nowhere_else_is_still_read() -> None:
    # Hidden by its markup but printed all the same (innerText shows aria-hidden text): read as before.
    items = "".join(
        f'<li aria-hidden="true"><a href="/story/{k}">{title}</a></li>' for k, (title, _) in enumerate(CARDS)
    )
    page = clean(html_page(f'<aside class="sidebar"><h2>More News</h2><ul>{items}</ul></aside>'), url="https://example.org/a")
    assert titles(page) == [title for title, _ in CARDS]


def test_a_linked_headline_with_its_time_stamp_after_it_in_one_element_is_a_teaser_with_its_age() -> None:
    # "<li><a>headline</a> Nov. 20, 2019 12:00 AM EST</li>": the stamp is the teaser's, not the page's own.
    items = "".join(
        f'<li><a href="/story/{k}">{title}</a> Nov. {18 + k}, 2019 12:00 AM EST</li>'
        for k, (title, _) in enumerate(CARDS)
    )
    page = clean(html_page(f'<aside class="sidebar"><h2>Local News</h2><ul>{items}</ul></aside>'), url="https://example.org/a")
    assert titles(page) == [title for title, _ in CARDS]
    assert [t.age for t in page.related] == [f"Nov. {18 + k}, 2019 12:00 AM EST" for k in range(3)]


def test_linked_headlines_in_a_box_the_markup_names_for_the_author_are_teasers() -> None:
    # "<li class='author-post'><a>headline</a></li>": the box's name reads as a byline's, its links are stories
    # (addresses with a story's slug); links there to the author's or the site's pages stay its metadata.
    items = "".join(
        f'<li class="c-author__post"><a href="/news/{title.lower().replace(" ", "-")}">{title}</a></li>'
        for title, _ in CARDS
    )
    aside = f'<div class="c-author"><h3>Most Recent Stories</h3><ul class="c-author__posts">{items}</ul></div>'
    page = clean(html_page(aside), url="https://example.org/a")
    assert titles(page) == [title for title, _ in CARDS]


def test_links_to_an_authors_or_a_policy_page_in_a_byline_box_are_not_teasers() -> None:
    items = "".join(
        f'<li class="c-author__post"><a href="{href}">{text}</a></li>'
        for href, text in (("/author/jane-doe/", "Reviewed by Jane Doe here"), ("/editorial-policy/", "Learn about our editorial policies"))
    )
    aside = f'<div class="c-author"><ul class="c-author__posts">{items}</ul></div>'
    assert titles(clean(html_page(aside), url="https://example.org/a")) == []


def test_text_cards_under_a_repeated_kicker_keep_their_summaries_and_bylines_in_one_list() -> None:
    # "AUTO NEWS" / headline / summary without its stop / byline / "AUTO NEWS" …: two short lines
    # between cards are a byline and the next card's kicker, not a menu that ends the list.
    cards = "\n\n".join(f"LOCAL NEWS\n{title}\n\n{summary}\n\n{author}" for title, summary, author in KICKER_CARDS)
    page = clean(ARTICLE + "\n\nRecent articles\n" + cards)
    assert titles(page) == [title for title, _, _ in KICKER_CARDS]
    assert [t.summary for t in page.related] == [summary for _, summary, _ in KICKER_CARDS]


def test_text_cards_whose_second_line_is_a_headline_are_not_read_as_summaries() -> None:
    from pagecleaner.features import make_blocks
    from pagecleaner.segment import segment_text
    from pagecleaner.teasers import Part, _card_summaries, read_part

    lines = ["LOCAL NEWS", "Ferry service resumes after winter storm damage", "Storm Damage Costs Rise Across The Island", "Jane Doe"]
    blocks = make_blocks(segment_text("\n\n".join(lines * 2)))
    parts = [read_part(b, False)[0] for b in blocks]
    assert parts[2] is Part.TITLE
    _card_summaries(blocks, parts, frozenset({0, 4}))
    assert parts[2] is Part.TITLE  # in headline case: a second story, not this one's summary


def test_a_short_title_case_headline_with_its_date_in_a_list_of_dated_headlines() -> None:
    dated = [
        ("Ferry service resumes after winter storm damage", "November 16, 2016"),
        ("The Harbour Lights Festival", "December 18, 2015"),
        ("School board votes to extend the academic year", "August 18, 2005"),
        ("2017 Riverside Half Marathon", "June 15, 2010"),
    ]
    text = "\n\n".join(f"FEATURES\n{title}\n\n{date}" for title, date in dated)
    page = clean(ARTICLE + "\n\nMore stories like this one\n" + text)
    assert titles(page) == [title for title, _ in dated]
    assert [t.age for t in page.related] == [date for _, date in dated]


def test_a_menu_of_short_title_case_lines_without_dates_stays_out() -> None:
    menu = "\n".join(["Local Business Directory", "Contact Customer Support", "Our Editorial Team", "Advertise With Us"])
    page = clean(ARTICLE + "\n\n" + menu)
    assert titles(page) == []


def test_html_a_short_linked_headline_with_its_date_in_a_list_of_dated_headlines() -> None:
    dated = [
        ("Ferry service resumes after winter storm damage", "November 16, 2016"),
        ("The Harbour Lights Festival", "December 18, 2015"),
        ("School board votes to extend the academic year", "August 18, 2005"),
        ("2017 Riverside Half Marathon", "June 15, 2010"),
    ]
    cards = "".join(
        f'<div class="card"><span>FEATURES</span><h4><a href="/story/{k}-x">{title}</a></h4><p>{date}</p></div>'
        for k, (title, date) in enumerate(dated)
    )
    page = clean(html_page(f"<aside><h3>More stories like this one</h3>{cards}</aside>"), url="https://example.org/a")
    assert titles(page) == [title for title, _ in dated]



# related.lists: a headline and its summary printed on one line, one space between them
def test_headlines_and_summaries_one_space_apart_in_text() -> None:
    lines = [
        "Ferry service resumes after winter storm damage The boats return to the island route on Monday "
        "after three weeks of repairs.",
        "School board votes to extend the school calendar The new term starts a week early from next September.",
        "Local bakery wins national award for sourdough The judges praised its crust, its crumb and its long "
        "fermentation.",
    ]
    footer = "\n\nNews\n\nSport\n\nWeather\n\nContact Us\n\nPrivacy Policy"
    page = clean(ARTICLE + "\n\nMost Read\n\n" + "\n\n".join(lines) + footer)
    assert titles(page) == [
        "Ferry service resumes after winter storm damage",
        "School board votes to extend the school calendar",
        "Local bakery wins national award for sourdough",
    ]
    assert [t.summary for t in page.related][1] == "The new term starts a week early from next September."


def test_a_name_after_a_headline_does_not_split_it_in_text() -> None:
    # The word after a possible split point is a name the page never prints in small letters.
    lines = [
        "Rescue teams searched flooded valleys around Riverton after heavy rain swept away two bridges",
        "Volunteers rebuilt the children's playground beside Lakewood within three days of the storm",
        "Engineers inspected every railway bridge crossing Millbrook before trains could run again",
    ]
    footer = "\n\nNews\n\nSport\n\nWeather\n\nContact Us\n\nPrivacy Policy"
    page = clean(ARTICLE + "\n\nMost Read\n\n" + "\n\n".join(lines) + footer)
    assert titles(page) == lines


# related.lists: a headline that ends with a stop, in a list printed headline, summary, age
def test_a_headline_ending_with_a_stop_is_read_before_its_summary() -> None:
    items = [
        ("Ferry service resumes after winter storm damage",
         "Boats return to the island route on Monday after three weeks of repairs and inspections", "25M ago"),
        ("Storm closes roads across northern parts of Calif.",
         "Crews expect to reopen the mountain passes by the weekend if the snow stops falling overnight", "43M ago"),
        ("School board votes to extend the academic year",
         "Pupils will have five more days of classes from next September in every district", "1H ago"),
        ("Local bakery wins national award for sourdough",
         "The judges praised its crust, its crumb and its long fermentation in the final round", "2H ago"),
    ]
    footer = "\n\nNews\n\nSport\n\nWeather\n\nContact Us\n\nPrivacy Policy"
    lines = "\n\n".join("\n\n".join(item) for item in items)
    page = clean(ARTICLE + "\n\nMore in U.S.\n\n" + lines + footer)
    assert [(t.title, t.summary, t.age) for t in page.related] == [(h, s, a) for h, s, a in items]


def test_a_list_whose_links_name_pages_not_stories_is_not_teasers() -> None:
    from pagecleaner.rules.related import page_link

    pages = [
        ("/roundup/laptops/", "Laptop Buyers Guide for the Holiday Season"),
        ("/sites/greenbank/", "Greenbank Business Voice and Partner Program"),
        ("/guide/health/", "Everything the Health App Can Do for You"),
        ("/news/2024/03/ferry-service-resumes", "Ferry service resumes after winter storm damage"),
    ]
    stories = [
        ("/news/2024/03/school-board-votes", "School board votes to extend the academic year"),
        ("/local/bakery-wins-national-award-for-sourdough", "Local bakery wins national award for sourdough"),
        ("/story.php?id=5120", "Council approves the new cycle lanes downtown"),
    ]

    def items(pairs: list[tuple[str, str]]) -> str:
        return "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in pairs)

    url = "https://example.org/news/budget"
    page = clean(html_page(f'<div class="sidebar"><ul>{items(pages)}</ul></div>'), url=url)
    assert titles(page) == []
    # A list of stories with one page among them is still a list of stories.
    mixed = clean(html_page(f'<div class="sidebar"><ul>{items([*stories, pages[0]])}</ul></div>'), url=url)
    assert titles(mixed) == [text for _, text in [*stories, pages[0]]]
    # Under a heading that names the list as related articles, the pages are teasers all the same.
    headed = clean(html_page(f"<aside><h2>Related Articles</h2><ul>{items(pages)}</ul></aside>"), url=url)
    assert titles(headed) == [text for _, text in pages]
    assert page_link("https://example.org/roundup/ipad-pro/")
    assert not page_link("/video/?vid=565167712")
    assert not page_link("/news/world-50459417")
    assert not page_link("/local/bakery-wins-national-award-for-sourdough")


def test_a_paragraph_of_story_links_under_a_related_heading_gives_a_teaser_per_link() -> None:
    stories = [
        ("/news/world/1188134/ferry-service-resumes", "Ferry service resumes after winter storm damage", "INSIGHT"),
        ("/news/uk/1188822/school-board-votes", "School board votes to extend the academic year", "VIDEO"),
        ("/news/uk/1187976/local-bakery-wins", "Local bakery wins national award for sourdough", "REACTION"),
    ]
    row = "<br>".join(f'<a href="{href}">{text}</a> [<strong>{tag}]</strong>' for href, text, tag in stories)
    after = (
        "<p>The mayor said the budget would be reviewed again in the spring, once the figures for the winter "
        "repairs and the school year are known, and that no further cuts were planned.</p>"
    )

    def page_with(box: str) -> CleanedPage:
        html = html_page("").replace(b"</article>", f"<p><strong>DON'T MISS</strong></p>{box}{after}</article>".encode())
        return clean(html, url="https://example.org/news/budget")

    page = page_with(f"<p>{row}</p>")
    assert [(t.title, t.url, t.block) for t in page.related] == [
        (text, f"https://example.org{href}", "DON'T MISS") for href, text, _ in stories
    ]
    assert "Ferry service" not in page.article.text
    assert "reviewed again in the spring" in page.article.text
    # Prose that links a few of its words under such a heading stays the article's.
    prose = (
        f'<p>The council said <a href="{stories[0][0]}">ferry service resumes after winter storm damage</a> and the'
        f' board added that <a href="{stories[1][0]}">school board votes to extend the academic year</a> as the'
        " town prepares its budget for the coming year and its many long debates about roads and schools.</p>"
    )
    page = page_with(prose)
    assert page.related == []
    assert "ferry service resumes" in page.article.text


def test_an_unlinked_line_cut_off_with_an_ellipsis_is_no_headline_in_html() -> None:
    # The excerpt rule names the line by its shape alone; in HTML a headline is a link.
    cut = clean(html_page("<p>I mean you can still watch the whole show…</p>"), url="https://example.org/a")
    assert titles(cut) == []
    assert any(r.rule == "related.excerpt" for r in cut.removed)
    linked = clean(
        html_page('<p><a href="/2019/11/18/watch-the-whole-show/">I mean you can still watch the whole show…</a></p>'),
        url="https://example.org/a",
    )
    assert titles(linked) == ["I mean you can still watch the whole show…"]


def test_a_previous_or_next_label_in_small_letters_or_printed_twice_is_left_out() -> None:
    from pagecleaner.teasers import headline_text

    assert headline_text("Previous article Kidnapped girl, 8, rescued by police") == "Kidnapped girl, 8, rescued by police"
    assert headline_text("Next post 2020 Mini JCW GP is a monster hatch") == "2020 Mini JCW GP is a monster hatch"
    # A screen reader's label before the shown one ("Prev" / "Previous" / the headline).
    assert headline_text("Prev Previous Native Advertising Survey 2015") == "Native Advertising Survey 2015"
    # "Previous" or "Next" as the headline's own first word is kept.
    assert headline_text("Previous owners sue the council over the land") == "Previous owners sue the council over the land"
    assert headline_text("Next steps for the harbour plan") == "Next steps for the harbour plan"


def test_a_single_previous_post_link_in_a_post_navigation_box_is_a_teaser() -> None:
    nav = (
        '<div class="{cls}"><div class="nav-previous"><a href="/2019/11/18/ferry-service-resumes/" rel="prev">'
        "<span>Previous</span> <span>Ferry service resumes after winter storm damage</span></a></div></div>"
    )
    page = clean(html_page(nav.format(cls="navigation post-navigation")), url="https://example.org/a")
    assert titles(page) == ["Ferry service resumes after winter storm damage"]
    # A lone link in a box the markup calls only a navigation is a menu's entry, not a list (unless its
    # address names a dated post: test_a_lone_link_to_a_dated_post_is_a_teaser).
    undated = nav.replace("/2019/11/18/", "/")
    plain = clean(html_page(undated.format(cls="navigation").replace("nav-previous", "item")), url="https://example.org/a")
    assert titles(plain) == []


def test_links_to_a_retailers_products_are_not_teasers() -> None:
    from pagecleaner.rules.related import shop_link

    assert shop_link("https://www.amazon.com/dp/B01N1UWJAW?tag=site-20")
    assert shop_link("https://amzn.to/3w6OI1m")
    assert shop_link("https://www.amazon.co.uk/Some-Book/dp/B094WQ6YT6")
    assert not shop_link("https://example.org/2019/11/18/amazon-opens-new-warehouse")
    assert not shop_link("https://www.amazonfrontier.org/news/river-levels")
    assert not shop_link("http://[bad")
    items = [
        ("Fellow Clara French Press with a double wall", "B094WQ6YT6"),
        ("Coffee Gator French Press Coffee Maker in steel", "B01N1UWJAW"),
    ]
    shop = [(f"https://www.amazon.com/dp/{code}?tag=x-20", t) for t, code in items]
    assert _sidebar_titles("Our picks", shop) == []
    own = [(f"https://example.org/2019/11/{code}/", t) for t, code in items]
    assert _sidebar_titles("Our picks", own) == [t for t, _ in items]


def _sidebar_titles(heading: str, links: list[tuple[str, str]]) -> list[str]:
    """The teasers' titles read from a sidebar box of ``links`` (address, text) under ``heading``."""
    rows = "".join(f'<li><a href="{url}">{text}</a></li>' for url, text in links)
    box = f'<aside class="sidebar"><h3>{heading}</h3><ul>{rows}</ul></aside>'
    return titles(clean(html_page(box), url="https://example.org/a"))


def test_a_link_address_that_does_not_parse_is_no_host_and_no_crash() -> None:
    from pagecleaner.rules.related import _host

    assert _host("http://[bad") == ""
    assert _host("https://www.Example.org/a") == "example.org"
    # related.inline-link reads the site's host from every link of the page: a malformed one is skipped.
    body = "<p>" + "The council approved the budget on Tuesday night after a long debate about roads. " * 5 + "</p>"
    html = (
        f"<html><body><article><h1>Council approves budget</h1>{body}"
        f"<p><a href='http://[bad'>Five words of linked headline here</a></p>{body}</article></body></html>"
    )
    page = clean(html, input_format="html", url="https://example.org/a")
    assert "The council approved the budget" in page.article.paragraphs[0]


def test_links_to_social_networks_app_stores_and_mail_are_not_teasers() -> None:
    from pagecleaner.rules.related import away_link

    assert away_link("https://twitter.com/intent/tweet?text=Ferry+service+resumes")
    assert away_link("https://www.facebook.com/examplenews")
    assert away_link("https://apps.apple.com/us/app/example-news/id123456789")
    assert away_link("mailto:tips@example.org")
    assert not away_link("https://example.org/2019/11/18/facebook-changes-its-privacy-rules/")
    assert not away_link("https://www.youtube.com/watch?v=tXVm1dxnBuE")  # a video may be a story
    assert not away_link("http://[bad")
    items = [
        ("https://www.facebook.com/examplenews", "Like Example News on Facebook today"),
        ("https://twitter.com/examplenews", "Example News on Twitter for breaking alerts"),
    ]
    assert _sidebar_titles("Most read", items) == []
    own = [(f"https://example.org/2019/11/{k}/story-{k}", t) for k, (_, t) in enumerate(items)]
    assert _sidebar_titles("Most read", own) == [t for _, t in items]


def test_a_wordpress_post_navigation_landmark_is_a_related_box() -> None:
    nav = (
        '<nav class="{cls}" aria-label="Posts"><div class="nav-links"><div class="{item}">'
        '<a href="/ferry-service-resumes/" rel="prev"><span>Previous</span> '
        "<span>Ferry service resumes after winter storm damage</span></a></div></div></nav>"
    )
    page = clean(html_page(nav.format(cls="navigation post-navigation", item="nav-previous")), url="https://example.org/a")
    assert titles(page) == ["Ferry service resumes after winter storm damage"]
    # A lone link in a <nav> named for nothing else is a menu's entry.
    plain = clean(html_page(nav.format(cls="navigation", item="item")), url="https://example.org/a")
    assert titles(plain) == []


def test_the_sites_own_legal_and_corporate_pages_are_not_stories() -> None:
    from pagecleaner.teasers import not_a_story

    assert not_a_story("Privacy Policy and Your California Privacy Rights")
    assert not_a_story("Do Not Sell My Personal Information")
    assert not_a_story("Public File for WWJ-TV / WWJ-TV/CBS 62")
    assert not_a_story("Advertise with us on Example News")
    assert not not_a_story("Facebook changes its privacy policy after outcry")
    assert not not_a_story("Public schools file suit against the state over funding")
    assert not_a_story("Why you can trust BBC News")
    assert not_a_story("Editorial Policy and Corrections")
    assert not not_a_story("Why trust in vaccines is falling among parents")


def test_links_to_places_in_one_page_are_its_sections_not_stories() -> None:
    items = [
        ("how-we-picked-the-ferries", "How we picked and tested the ferry routes"),
        ("the-best-route-for-families", "The best ferry route for families with children"),
    ]
    box = '<aside class="sidebar"><h3>Most read</h3><ul>{}</ul></aside>'
    toc = "".join(f'<li><a href="https://example.org/guide#{anchor}">{t}</a></li>' for anchor, t in items)
    assert titles(clean(html_page(box.format(toc)), url="https://example.org/guide")) == []
    # A tracking code after the "#" names no place: each link is its own story.
    tracked = "".join(
        f'<li><a href="https://example.org/2019/11/{k}/{anchor}/#4db241f2362{k}">{t}</a></li>'
        for k, (anchor, t) in enumerate(items)
    )
    assert titles(clean(html_page(box.format(tracked)), url="https://example.org/guide")) == [t for _, t in items]


def test_a_lone_link_to_a_dated_post_is_a_teaser() -> None:
    box = '<div class="sidebar"><p><a href="{}">Ferry service resumes after winter storm damage</a></p></div>'
    dated = clean(html_page(box.format("/2019/11/18/ferry-service-resumes-after-storm/")), url="https://example.org/a")
    assert titles(dated) == ["Ferry service resumes after winter storm damage"]
    # An address with no date names no post: one link alone there is a menu's or a box's entry.
    plain = clean(html_page(box.format("/ferry-service-resumes-after-storm/")), url="https://example.org/a")
    assert titles(plain) == []


def test_page_links_count_each_list_once_and_only_its_own_items() -> None:
    from pagecleaner.dom import html_segments, parse_html
    from pagecleaner.features import make_blocks
    from pagecleaner.rules.related import _page_links
    from pagecleaner.teasers import ListItem

    links = [
        ("/roundup/laptops/", "Laptop Buyers Guide for the Holiday Season"),  # a page
        ("/guide/health/", "Everything the Health App Can Do for You"),  # a page
        ("/news/2024/03/school-board-votes", "School board votes to extend the academic year"),  # a story
        ("/sites/greenbank/", "Greenbank Business Voice and Partner Program"),  # a page
    ]
    body = "".join(f'<p><a href="{href}">{text}</a></p>' for href, text in links) + "<p>No link on this line at all</p>"
    root = parse_html(f"<html><body>{body}</body></html>").root
    blocks = make_blocks(html_segments(root, "https://example.org/news/budget"))
    assert len(blocks) == 5
    items = [ListItem(b.text, k, 0 if k < 3 else 1, None, [k]) for k, b in enumerate(blocks)]
    members: dict[int, list[ListItem]] = {}
    for item in items:
        members.setdefault(item.list_id, []).append(item)
    counts: dict[int, int] = {}
    assert _page_links(members, blocks, 0, counts) == 2  # the story is not counted
    assert _page_links(members, blocks, 1, counts) == 1  # the line without a link is not counted
    assert counts == {0: 2, 1: 1}
    counts[0] = 7  # asked again, the list's count is read, not counted anew
    assert _page_links(members, blocks, 0, counts) == 7
    assert _page_links(members, blocks, 2, counts) == 0  # a list with no items


def test_a_category_line_with_either_colon_is_read_as_one() -> None:
    from pagecleaner.features import make_blocks
    from pagecleaner.segment import segment_text
    from pagecleaner.teasers import Part, read_part

    # ``_FILED`` is asked only of lines holding a colon, ASCII or full width: both must still be found.
    lines = ["Posted in: Music Features", "Kategorie：Politik", "Tags: budget, council", "Posted in Music Features"]
    parts = [read_part(b, False)[0] for b in make_blocks(segment_text("\n\n".join(lines)))]
    assert parts[:3] == [Part.COUNTER] * 3
    assert parts[3] is not Part.COUNTER


@pytest.mark.skipif(
    not pagecleaner.teasers.__file__.endswith(".py"), reason="compiled: a native call does not see a patched module global"
)
def test_a_run_without_a_headline_stops_before_the_item_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    import pagecleaner.teasers as teasers
    from pagecleaner.features import make_blocks
    from pagecleaner.segment import segment_text

    def never(*_args: object) -> None:
        raise AssertionError("read past a run without a headline")

    monkeypatch.setattr(teasers, "_pair_summaries", never)
    menu = ["Home", "Local News", "Contact Customer Support", "Advertise With Us", "2 hours ago"]
    assert teasers.read_list(make_blocks(segment_text("\n\n".join(menu))), False) == []
    # A run with a headline goes on to the passes (and so to the stub).
    lines = ["Ferry service resumes after winter storm damage", "School board votes to extend the academic year"]
    with pytest.raises(AssertionError):
        teasers.read_list(make_blocks(segment_text("\n\n".join(lines))), False)
