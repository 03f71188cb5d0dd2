"""What each kind of page keeps: forum posts inside forms and <noscript>, one-paragraph pages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pagecleaner import CleanedPage, Cleaner, Settings, clean
from pagecleaner.decode import InputFormatArg
from pagecleaner.dom import html_segments, parse_html
from pagecleaner.rules.quality import _PAGER, PagerEnd

POSTS = [
    "Fill it halfway with equal parts white vinegar and water, boil it, leave it for an hour and rinse it well twice.",
    "Citric acid works just as well as vinegar and leaves no smell behind, which matters if you make tea every day.",
    "Thanks both, the citric acid did the trick after two rounds and the water tastes normal again.",
]
JSON_LD = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "DiscussionForumPosting",'
    ' "headline": "How do I descale a kettle?"}</script>'
)
URL = "https://forum.example.org/threads/how-do-i-descale-a-kettle.48213/"


def _thread(posts: str) -> str:
    return (
        f"<html><head><title>How do I descale a kettle? | Kettle Forum</title>{JSON_LD}</head><body>"
        '<nav><a href="/">Forums</a> <a href="/new">New posts</a></nav><h1>How do I descale a kettle?</h1>'
        f"{posts}<footer>&copy; 2024 Kettle Forum</footer></body></html>"
    )


def _form_post(n: int, text: str) -> str:
    return (
        f'<div class="post"><a class="author">user{n}</a> <time datetime="2024-05-0{n + 1}">May {n + 1}, 2024</time>'
        f'<form class="usertext"><div class="md"><p>{text}</p></div><button>Save</button></form></div>'
    )


def test_forum_posts_printed_inside_forms_are_kept() -> None:
    page = clean(_thread("".join(_form_post(n, t) for n, t in enumerate(POSTS))), url=URL, page_type="forum")
    for text in POSTS:
        assert text in page.article.paragraphs
    assert "Save" not in page.article.paragraphs
    assert any(r.rule == "dom.form" and r.text == "Save" for r in page.removed)


def test_an_article_still_loses_the_text_of_a_form() -> None:
    article = "".join(f"<p>{t}</p>" for t in POSTS)
    form = "<form><p>Tell us what you think of this story in a few words and we will print the best replies.</p></form>"
    page = clean(f"<html><body><article>{article}</article>{form}</body></html>", page_type="article")
    assert not any("Tell us what you think" in p for p in page.article.paragraphs)


def test_a_page_shown_only_in_noscript_is_read_from_it() -> None:
    # A JavaScript forum's crawler view: nothing outside <noscript> but the app's shell.
    posts = "".join(f'<div class="crawler-post"><p>{t}</p></div>' for t in POSTS * 2)
    html = _thread(f'<div id="app">Loading</div><noscript><div id="main-outlet">{posts}</div></noscript>')
    page = clean(html, url=URL)
    for text in POSTS:
        assert text in page.article.paragraphs


def test_noscript_is_skipped_on_a_page_with_its_own_text() -> None:
    body = "".join(f"<p>{t}</p>" for t in POSTS * 3)
    noscript = (
        "<noscript><p>"
        + "Please switch on JavaScript to see the comments and the rest of this page. " * 5
        + "</p></noscript>"
    )
    segments = html_segments(parse_html(f"<html><body>{body}{noscript}</body></html>").root)
    assert not any("JavaScript" in s.text for s in segments)


def test_a_short_noscript_notice_does_not_replace_an_empty_page() -> None:
    html = "<html><body><div id='app'></div><noscript>You need to enable JavaScript to run this app.</noscript></body></html>"
    assert html_segments(parse_html(html).root) == []


GOOD = "The council approved the budget on Tuesday night."


@pytest.mark.parametrize(
    ("source", "fmt"),
    [
        (GOOD, "text"),
        (f"Home\nNews\nSport\n{GOOD}\nShare\nCopyright 2025 Example News", "text"),
        (f"<html><body><p>{GOOD}</p></body></html>", "html"),
        (
            '<html><body><nav><a href="/">Home</a> <a href="/n">News</a></nav><h1>Budget passes</h1>'
            f"<p>{GOOD}</p><footer>Copyright 2025 Example News</footer></body></html>",
            "html",
        ),
    ],
)
def test_a_page_that_is_one_good_paragraph_keeps_it(source: str, fmt: InputFormatArg) -> None:
    assert clean(source, input_format=fmt).article.paragraphs == [GOOD]


CARDS = [
    "Soundcore Q20i Hybrid Active Noise Cancelling Headphones",
    "Sennheiser HD 600 Open-Back Dynamic Wired Headphones",
    "Skullcandy Crusher Evo Wireless Bluetooth Headphones",
    "Bose QuietComfort Ultra Wireless Noise Cancelling Earbuds",
    "Sony WH-1000XM5 Wireless Over-Ear Headphones in Black",
]


def _grid(cards: list[str]) -> str:
    items = "".join(
        f'<li class="card"><h3 class="card-title"><a href="/p/{n}">{name}</a></h3><span class="price">EUR {20 + n}.99</span></li>'
        for n, name in enumerate(cards)
    )
    return (
        "<html><head><title>Headphones | Example Shop</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/audio">Audio</a></nav>'
        f'<main><h1>Headphones</h1><ul class="grid">{items}</ul></main>'
        "<footer>&copy; 2024 Example Shop</footer></body></html>"
    )


def test_a_collection_keeps_item_titles_printed_in_the_same_markup() -> None:
    page = clean(_grid(CARDS), page_type="collection")
    for name in CARDS:
        assert name in page.article.paragraphs


def test_items_need_the_page_to_repeat_them() -> None:
    # Two cards are not a grid: the type alone keeps nothing by this rule.
    page = clean(_grid(CARDS[:2]), page_type="collection")
    assert not any(r.rule == "quality.items" for r in page.removed)
    cleaner_page = Cleaner().disable("quality.items").clean(_grid(CARDS[:2]), page_type="collection")
    assert page.article.paragraphs == cleaner_page.article.paragraphs


def test_items_are_not_kept_on_an_article() -> None:
    page = Cleaner().clean(_grid(CARDS), page_type="article")
    assert (
        page.article.paragraphs
        == Cleaner().disable("quality.items").clean(_grid(CARDS), page_type="article").article.paragraphs
    )


SHOES = ["Nike Pegasus 41", "Nike Vomero Plus", "Nike Structure 26", "Nike Zoom Fly 6", "Nike Alphafly 3"]
CATALOGUE = (
    "Skip to main content\nMen\nWomen\nKids\nSale\n"
    + "".join(f"{name}\nMen's Road Running Shoes\n{3 + n} Colors\n${150 + 10 * n}\n" for n, name in enumerate(SHOES))
    + "Gift Cards\nFind a Store\nHelp\n© 2026 Example, Inc. All Rights Reserved\n"
)


def test_a_text_catalogue_without_prose_keeps_its_items() -> None:
    # innerText of a product grid: no line reads as prose, so the neighbour pass alone empties it.
    page = clean(CATALOGUE, input_format="text", page_type="collection")
    for name in SHOES:
        assert name in page.article.paragraphs
    assert "Skip to main content" not in page.article.paragraphs  # a phrase rule's removal stays
    emptied = Cleaner().disable("quality.too-little").clean(CATALOGUE, input_format="text", page_type="collection")
    assert emptied.article.paragraphs == []


SHOP_MENU = ["Men", "Women", "Kids", "New In", "Clothing", "Shoes", "Accessories", "Sale"]


def test_a_text_catalogue_gets_its_items_back_but_not_its_menu() -> None:
    # The page keeps nothing, so its items come back; the category menu above them (eight short
    # lines with no digit in a row) is a menu and stays removed.
    source = CATALOGUE.replace("Skip to main content\nMen\nWomen\nKids\nSale\n", "\n".join(SHOP_MENU) + "\n")
    page = clean(source, input_format="text", page_type="collection")
    for name in SHOES:
        assert name in page.article.paragraphs
    assert "Men's Road Running Shoes" in page.article.paragraphs
    for entry in SHOP_MENU:
        assert entry not in page.article.paragraphs
    assert any(r.rule == "quality.too-little" and r.text == "Accessories" for r in page.removed)


def test_a_short_menu_and_a_product_s_details_come_back() -> None:
    # Five short lines are no menu, and a specification's labels end in a colon: both break a run.
    details = [
        "Details",
        "Collar:",
        "Turn-down collar",
        "Fastening:",
        "Zip",
        "Pockets:",
        "Chest pocket",
        "Pattern:",
        "Plain",
    ]
    source = "\n".join(SHOP_MENU[:5]) + "\nBershka Faux leather jacket\n" + "\n".join(details) + "\nGift Cards\nHelp\n"
    page = clean(source, input_format="text", page_type="product")
    for line in [*SHOP_MENU[:5], *details]:
        assert line in page.article.paragraphs
    as_html = clean(
        "<html><body><ul>" + "".join(f"<li>{m}</li>" for m in SHOP_MENU) + "</ul></body></html>", page_type="product"
    )
    assert not any(r.rule == "quality.too-little" for r in as_html.removed)


FOOTER_COLUMN = [
    "Gift Cards",
    "Find a Store",
    "Privacy Policy",
    "Sustainability",
    "Terms of Use",
    "Investors",
    "Newsroom",
]


def test_a_footer_column_broken_by_its_legal_links_is_a_menu() -> None:
    # The footer's "Privacy Policy" and "Terms of Use" go by footer.legal; the link column around them
    # is still one menu of seven entries, so the short lines between them are not given back with the
    # items.
    source = CATALOGUE.replace("Gift Cards\nFind a Store\nHelp\n", "\n".join(FOOTER_COLUMN) + "\n")
    page = clean(source, input_format="text", page_type="collection")
    for name in SHOES:
        assert name in page.article.paragraphs
    assert any(r.rule == "footer.legal" and r.text == "Privacy Policy" for r in page.removed)
    for entry in ("Gift Cards", "Find a Store", "Sustainability", "Investors", "Newsroom"):
        assert entry not in page.article.paragraphs
        assert any(r.rule == "quality.too-little" and r.text == entry for r in page.removed)


def test_a_short_column_with_a_legal_link_still_comes_back() -> None:
    # Four short lines and one legal link are five entries, no menu: they come back as before.
    # (quality.help-footer, which ends the page at "Gift Cards" / "Find a Store", is not what this asks.)
    column = ["Gift Cards", "Find a Store", "Privacy Policy", "Sustainability", "Investors"]
    source = CATALOGUE.replace("Gift Cards\nFind a Store\nHelp\n", "\n".join(column) + "\n")
    page = Cleaner().disable("quality.help-footer").clean(source, input_format="text", page_type="collection")
    for entry in ("Gift Cards", "Find a Store", "Sustainability", "Investors"):
        assert entry in page.article.paragraphs
    assert "Privacy Policy" not in page.article.paragraphs  # a phrase rule's removal stays


def test_an_article_that_keeps_nothing_is_not_refilled() -> None:
    page = clean(CATALOGUE, input_format="text", page_type="article")
    assert not any(name in page.article.paragraphs for name in SHOES)


JOBS = [
    "Acme Robotics (YC W21) is hiring for engineering, growth and product roles (acme.io)",
    "Multifactor (YC F25) Is Hiring an Engineering Lead for its platform team (example.com)",
    "Stardex (YC S21) is hiring customer success engineers in New York (example.com)",
    "Structured Data Labs (YC F25) Is Hiring a founding designer (example.com)",
    "Roboflow (YC S20) Is Hiring a Security Engineer for AI Infra (roboflow.com)",
]
LISTING = (
    "These are jobs at startups. See more at the jobs board of the accelerator.\n"
    + "".join(f"{n + 1}. {job}\n{n + 1} days ago\n" for n, job in enumerate(JOBS))
    + "More\n"
)


def test_a_text_listing_keeps_its_dated_items() -> None:
    page = clean(LISTING, input_format="text", page_type="listing")
    for n, job in enumerate(JOBS):
        assert f"{n + 1}. {job}" in page.article.paragraphs
    assert page.related == []


def _table_listing(rank: bool = False) -> str:
    """A job board laid out as one table of link rows (a link aggregator's page): no prose anywhere.
    With ``rank``, each row's number stands in a cell of its own outside the link: a table of data."""
    rows = "".join(
        f"<tr><td>{f'{n + 1}.' if rank else ''}</td><td><a href='https://example.com/{n}'>{job}</a></td></tr>"
        f"<tr><td></td><td><a href='/item?id={n}'>{n + 1} days ago</a></td></tr>"
        for n, job in enumerate(JOBS)
    )
    menu = "<tr><td><a href='/'>Jobs</a> | <a href='/news'>News</a></td></tr>"
    return f"<html><body><table>{menu}<tr><td><table>{rows}</table></td></tr></table></body></html>"


def test_an_html_listing_the_rules_emptied_keeps_its_items() -> None:
    page = clean(_table_listing(), input_format="html", page_type="listing")
    assert all(job in page.article.text for job in JOBS)
    emptied = Cleaner().disable("quality.too-little").clean(_table_listing(), input_format="html", page_type="listing")
    assert emptied.article.paragraphs == []


def test_an_html_article_that_keeps_nothing_is_not_refilled() -> None:
    page = clean(_table_listing(), input_format="html", page_type="article")
    assert not any(job in page.article.text for job in JOBS)


def test_a_table_of_ranked_links_is_data_without_the_refill() -> None:
    # quality.classify: each row's number outside the link makes the rows data, not a menu.
    cleaner = Cleaner().disable("quality.too-little")
    page = cleaner.clean(_table_listing(rank=True), input_format="html", page_type="listing")
    assert all(job in page.article.text for job in JOBS)


def test_an_article_still_reads_dated_headlines_as_teasers() -> None:
    page = clean(LISTING, input_format="text", page_type="article")
    assert len(page.related) >= 3
    assert sum(f"{n + 1}. {job}" in page.article.paragraphs for n, job in enumerate(JOBS)) <= 1


DESCRIPTION = (
    "Our responsibly sourced Merino wool gives a cozy fit that is soft on the inside and durable outside.",
    "A sugarcane-based foam midsole offers cushioned support for a full day of walking around town.",
)
PRINTED_TWICE = (
    "Skip to main content\nMen\nWomen\nSale\nMen's Wool Runner\n$110\n"
    + "\n".join(DESCRIPTION)
    + "\nSelect a size\nAdd to cart\n"
    + "\n".join(DESCRIPTION)  # the same description again, as a hidden mobile layout prints it
    + "\nHelp\nReturns\n© 2026 Example, Inc. All Rights Reserved\n"
)


def test_a_text_product_keeps_a_paragraph_printed_twice_once() -> None:
    page = clean(PRINTED_TWICE, input_format="text", page_type="product")
    for line in DESCRIPTION:
        assert page.article.paragraphs.count(line) == 1
    assert any(r.rule == "quality.printed-twice" for r in page.removed)
    # quality.kept-twice, a final rule, would take the copy too: off with it, both copies stay.
    both = (
        Cleaner()
        .disable("quality.printed-twice", "quality.kept-twice")
        .clean(PRINTED_TWICE, input_format="text", page_type="product")
    )
    assert both.article.paragraphs.count(DESCRIPTION[0]) == 2


ARTICLE = [
    f"Paragraph {n} of the story says something new about the council's budget, which passed on Tuesday night."
    for n in ("one", "two", "three", "four", "five", "six")
]


def test_an_article_keeps_a_paragraph_it_prints_twice_but_not_a_copy_of_itself() -> None:
    # A recipe's meal plan or an interviewer's question may be printed twice on purpose.
    page = clean(PRINTED_TWICE, input_format="text", page_type="article")
    assert not any(r.rule == "quality.printed-twice" for r in page.removed)
    # The whole article printed again (a hidden second layout) is a copy: it is kept once.
    body = "\n".join(ARTICLE)
    copied = clean(f"Menu\nNews\n{body}\nShare this story\n{body}\nFooter\n", input_format="text", page_type="article")
    assert copied.article.paragraphs.count(ARTICLE[0]) == 1
    assert sum(r.rule == "quality.printed-twice" for r in copied.removed) == len(ARTICLE)
    short = "Black\nslim fit\n$36\nBlack\nslim fit\n$36\n"  # short lines of items repeat legitimately
    grid = clean(CATALOGUE + short, input_format="text", page_type="collection")
    assert not any(r.rule == "quality.printed-twice" for r in grid.removed)


FEATURES = (
    "Our team plans, builds and runs websites for small firms, from the first sketch to the daily updates.",
    "We answer every support request within one working day and fix what breaks at no extra cost to you.",
)
SERVICE = f"Acme Studio\n{FEATURES[0]}\nFast and friendly\n{FEATURES[1]}\nSee our work\n"


@pytest.mark.parametrize("kind", ["service", "product", "forum"])
def test_a_text_page_needs_two_prose_neighbours_for_a_short_line(kind: str) -> None:
    # Without markup, a short line beside one paragraph is as often a menu entry as the page's own.
    page = clean(SERVICE, input_format="text", page_type=kind)
    assert page.article.paragraphs == [FEATURES[0], "Fast and friendly", FEATURES[1]]


@pytest.mark.parametrize("kind", ["listing", "collection"])
def test_a_text_listing_keeps_a_short_line_beside_one_item(kind: str) -> None:
    page = clean(SERVICE, input_format="text", page_type=kind)
    assert "See our work" in page.article.paragraphs


OPENINGS = (
    "Every account is kept under the access rules your team sets, with a full record of who changed what and when,"
    " so that audits take an afternoon instead of a week of searching.",
    "Our engineers answer every request within one working day, and they stay with the problem until it is fixed,"
    " whether it lies in our platform or in the way it was set up.",
)
SECTIONS = (
    f"Pricing\nCustomers\nLearn more\nSecurity and governance\n{OPENINGS[0]}\n"
    f"Learn more\nSupport that answers\n{OPENINGS[1]}\nContact us\n"
)


@pytest.mark.parametrize("kind", ["service", "documentation", "product"])
def test_a_text_section_heading_over_its_prose_stays(kind: str) -> None:
    # The line above each heading is a button ("Learn more"): one prose neighbour, the one under
    # it, is enough for a heading on a text service, documentation or product page.
    page = clean(SECTIONS, input_format="text", page_type=kind)
    assert page.article.paragraphs == ["Security and governance", OPENINGS[0], "Support that answers", OPENINGS[1]]
    assert "Pricing" not in page.article.paragraphs


@pytest.mark.parametrize("kind", ["article", "forum"])
def test_other_text_kinds_still_need_two_neighbours_for_a_heading(kind: str) -> None:
    page = clean(SECTIONS, input_format="text", page_type=kind)
    assert page.article.paragraphs == list(OPENINGS)


def test_a_card_title_printed_twice_is_no_section_heading() -> None:
    # A card's title printed again (a carousel's clone) is judged by both neighbours, as before.
    text = f"Learn more\nSecurity and governance\n{OPENINGS[0]}\nSecurity and governance\nLearn more\n"
    page = clean(text, input_format="text", page_type="service")
    assert page.article.paragraphs == [OPENINGS[0]]


def test_a_headline_over_a_teaser_summary_is_no_section_heading() -> None:
    # A teaser card's headline stands over a one-sentence summary, shorter than a section's prose.
    summary = "Cyber risks are growing faster than ever, outpacing the security work of most firms."
    text = (
        f"Learn more\nThe platform\n{OPENINGS[0]}\nLearn more\nResearch\nFour actions to take now\n{summary}\nExpand\n"
    )
    page = clean(text, input_format="text", page_type="service")
    assert page.article.paragraphs[-1] == OPENINGS[0]
    headline = next(r for r in page.removed if r.text == "Four actions to take now")
    assert (headline.rule, headline.reason) == ("quality.neighbours", "short text away from the article")


PLANTS = (
    "Prayer plants are native to the rainforests of Brazil, and they fold their leaves at night as if in prayer,"
    " which gave them their name.",
    "Sago palms grow slowly, sometimes a single leaf a year, so the one you bring home will keep its size for a long"
    " time on a shelf.",
    "Jewel orchids are grown for their velvety leaves rather than their flowers, and they do well in the low light of"
    " a north window.",
)
CARE = ("Plant Care Tips", "Light: Medium, indirect light.", "Water: Weekly; let the soil dry halfway down.")
ROUNDUP = "\n".join(
    [
        "Prayer Plant (Maranta leuconeura)",
        "Firn | Getty Images",
        PLANTS[0],
        *CARE,
        "Sago Palm (Cycas revoluta)",
        "Kathyn8 | Getty Images",
        PLANTS[1],
        *CARE,
        "Jewel Orchid (Ludisia discolor)",
        "soniabonet | Getty Images",
        PLANTS[2],
    ]
)


def test_short_lines_look_past_a_photo_credit_to_the_prose_under_it() -> None:
    # Each plant's care lines stand between its paragraph and the next plant's heading and photo
    # credit; the credit sits right over kept prose, so the neighbour pass looks past it.
    page = clean(ROUNDUP + "\n", input_format="text", page_type="article")
    assert page.article.paragraphs == [PLANTS[0], *CARE, PLANTS[1], *CARE, PLANTS[2]]
    precise = clean(ROUNDUP + "\n", input_format="text", page_type="article", settings=Settings(favor="precision"))
    assert CARE[1] not in precise.article.paragraphs


def test_a_photo_credit_over_no_kept_prose_still_ends_the_short_lines() -> None:
    # A credit over a menu is no bridge: the care lines before it have one prose neighbour only.
    text = "\n".join([PLANTS[0], PLANTS[1], *CARE, "Kathyn8 | Getty Images", "Home", "Shop", "Contact", "Sign in"])
    page = clean(text + "\n", input_format="text", page_type="article")
    assert page.article.paragraphs == [PLANTS[0], PLANTS[1]]


MENU = ["Rings", "Necklaces", "Earrings", "Bracelets", "Charms", "Watches", "Gifts", "Engagement", "Bridal"]
SHOP = "\n".join([*FEATURES, "Sterling silver", "$120", "Ships in 2 days", *MENU, *ARTICLE[:2]]) + "\n"


def test_a_text_product_keeps_only_the_short_lines_near_its_prose() -> None:
    # A chain of short lines between paragraphs is kept line by line from the one before it; on a
    # text product page the chain stops three blocks from the prose: the rest is the shop's menu.
    page = clean(SHOP, input_format="text", page_type="product")
    assert page.article.paragraphs[:5] == [*FEATURES, "Sterling silver", "$120", "Ships in 2 days"]
    far = [r.text for r in page.removed if r.rule == "quality.neighbours"]
    assert far[:6] == MENU[:6]
    assert "more than 3 blocks" in next(r.reason for r in page.removed if r.text == "Rings")


FIGURED = "\n".join([FEATURES[0], "(104)", "Sterling silver", "$120", "4.8", "1,204", FEATURES[1]]) + "\n"


def test_a_text_product_loses_a_figure_alone_on_its_line() -> None:
    # innerText prints a review count, a rating and a grid's value each on a line of its own; the
    # product's own price alone stays on text, and so does a line with words beside its figure.
    page = clean(FIGURED, input_format="text", page_type="product")
    gone = [r.text.strip() for r in page.removed if r.rule == "quality.shop-figure"]
    assert gone == ["(104)", "4.8", "1,204"]
    assert all(r.reason == "a figure alone on its line" for r in page.removed if r.rule == "quality.shop-figure")
    assert page.article.paragraphs == [FEATURES[0], "Sterling silver", "$120", FEATURES[1]]
    kept = Cleaner().disable("quality.shop-figure").clean(FIGURED, input_format="text", page_type="product")
    assert "(104)" in kept.article.paragraphs


def test_a_figure_alone_goes_from_a_text_page_reported_as_a_product() -> None:
    # Cleaned as an article by its shape but reported as a product by its words: the figure goes.
    from pagecleaner.features import make_blocks
    from pagecleaner.models import Kind, PageType
    from pagecleaner.rules.base import Label, Page, Verdict
    from pagecleaner.rules.quality import ShopFigures
    from pagecleaner.segment import segment_text

    blocks = make_blocks(segment_text("\n\n".join([FEATURES[0], "(104)", FEATURES[1]])))
    kept = Verdict("test.kept", Kind.LOW_CONTENT, "kept", Label.CONTENT)

    def gone(reported: PageType | None) -> list[int]:
        page = Page(blocks, Settings(), [kept, kept, kept], page_type=PageType.ARTICLE, reported_type=reported)
        return [i for i, _ in ShopFigures().judge(page)]

    assert gone(PageType.PRODUCT) == [1]
    assert gone(PageType.ARTICLE) == []
    assert gone(None) == []


@pytest.mark.parametrize("kind", ["article", "collection", "listing", "service"])
def test_a_figure_alone_stays_on_other_text_pages(kind: str) -> None:
    page = clean(FIGURED, input_format="text", page_type=kind)
    assert not any(r.rule == "quality.shop-figure" for r in page.removed)


@pytest.mark.parametrize("kind", ["article", "service", "collection"])
def test_other_kinds_keep_the_whole_chain_between_paragraphs(kind: str) -> None:
    page = clean(SHOP, input_format="text", page_type=kind)
    assert set(MENU) <= set(page.article.paragraphs)
    assert ARTICLE[0] in page.article.paragraphs


TEE_DESCRIPTION = (
    "The Arrival T-Shirt is your admission to a new approach to training, with sweat-wicking fabric"
    " and a lightweight material that lets you move freely through every session."
)
TEE_REVIEW = (
    "I bought this two weeks ago and picked it up last Thursday. The order was nothing like what I"
    " had chosen: the colour was wrong, the size was wrong and the fabric felt thin and cheap."
    " Customer service took a week to answer and then asked me to pay for the return myself."
)


def _reviewed_tee(mark: str) -> str:
    return "\n\n".join([
        "Men", "Women", "Kids", "Arrival T-Shirt", "$25", TEE_DESCRIPTION, "- Slim fit", "- Crew neck",
        "Delivery & Returns", "Standard Shipping - $5", "Returns", "Reviews", "4.1", "Based on 407 reviews",
        "Sort by:", "Most recent", "Anonymous", mark, "2", "8 days ago", "Wrong product", TEE_REVIEW,
        "Helpful", "Report", "Help", "My Account", "Stores", "© 2026 Shop Limited",
    ]) + "\n"  # fmt: skip


def test_a_text_products_main_run_is_its_description_not_a_shoppers_review() -> None:
    # A review widget prints one long review under its "Verified Buyer" mark, longer than the
    # product's description: on a product page the review weighs nothing in the main run.
    page = clean(_reviewed_tee("Verified Buyer"), input_format="text", page_type="product")
    assert TEE_DESCRIPTION in page.article.paragraphs
    assert TEE_REVIEW not in page.article.paragraphs
    assert any(r.rule == "quality.main-run" and r.text.strip() == TEE_REVIEW for r in page.removed)
    german = clean(_reviewed_tee("Verifizierter Kauf"), input_format="text", page_type="product")
    assert TEE_DESCRIPTION in german.article.paragraphs


@pytest.mark.parametrize(("mark", "kind"), [("Verified Buyer", "article"), ("Jane from Leeds", "product")])
def test_a_review_weighs_in_the_main_run_unmarked_or_off_a_product(mark: str, kind: str) -> None:
    # An article's run is chosen as before, and so is a product's when nothing marks the review.
    page = clean(_reviewed_tee(mark), input_format="text", page_type=kind)
    assert TEE_REVIEW in page.article.paragraphs
    assert TEE_DESCRIPTION not in page.article.paragraphs


def test_a_reviews_text_is_read_after_its_mark_and_before_its_vote() -> None:
    from pagecleaner.features import make_blocks
    from pagecleaner.models import Kind
    from pagecleaner.rules.base import Label, Page, Verdict
    from pagecleaner.rules.quality import _review_bodies
    from pagecleaner.segment import segment_text

    texts = [
        TEE_DESCRIPTION, "Format: HardcoverVerified Purchase", TEE_REVIEW, "Great shirt, true to size.",
        "12 people found this helpful", "Report", TEE_DESCRIPTION,
        "Every shirt we sell is a verified purchase of organic cotton from farms we visit every year.",
        TEE_DESCRIPTION,
    ]  # fmt: skip
    blocks = make_blocks(segment_text("\n\n".join(texts)))
    assert [b.text for b in blocks] == texts
    kept = Verdict("test.kept", Kind.LOW_CONTENT, "kept", Label.CONTENT)
    gone = Verdict("test.gone", Kind.LOW_CONTENT, "gone", Label.BOILERPLATE)
    verdicts: list[Verdict | None] = [kept, gone, kept, kept, gone, gone, kept, kept, kept]
    page = Page(blocks, Settings(), verdicts)
    # After the mark, its review's two kept lines; before the vote, the same run; a long line of prose
    # that names a verified purchase is no mark, and the description after it stays.
    assert _review_bodies(page, reach=6, max_words=12) == {2, 3}


SHELF_DESCRIPTION = (
    "Standing or lying down, against the wall or as a room divider, this shelf unit adapts to your needs"
    " and holds your books, boxes and records in one simple, sturdy frame."
)
SHELF_ROWS = ['Width:\u00a030 1/8 "', 'Depth:\u00a015 3/8 "', 'Height:\u00a057 5/8 "', "Max load/shelf:\u00a029 lb"]


def _measured_shelf(rows: list[str]) -> str:
    return "\n\n".join([
        "Products", "Rooms", "Offers", "Kallax Shelf", SHELF_DESCRIPTION, "Add to bag", "Find in store",
        "Delivery", "Assembly", "Returns", "Measurements", *rows, "Help", "Stores", "Careers", "Privacy",
    ]) + "\n"  # fmt: skip


def test_a_text_products_specification_rows_stay() -> None:
    # innerText prints a specification table's rows as "Label: value" lines under their own heading,
    # far from the description: a run of four or more of them is the product's data, not a menu.
    page = clean(_measured_shelf(SHELF_ROWS), input_format="text", page_type="product")
    assert SHELF_DESCRIPTION in page.article.paragraphs
    assert all(row.replace("\u00a0", " ") in page.article.text for row in SHELF_ROWS)
    assert "Careers" not in page.article.paragraphs
    without = (
        Cleaner()
        .disable("quality.spec-rows")
        .clean(_measured_shelf(SHELF_ROWS), input_format="text", page_type="product")
    )
    assert not any(row.replace("\u00a0", " ") in without.article.text for row in SHELF_ROWS)


@pytest.mark.parametrize(
    ("rows", "kind"),
    [
        (SHELF_ROWS[:3], "product"),  # three rows are as often a size and colour picker
        (["Price:\u00a0$29.99", "Shipping:\u00a0$5.00", "Tax:\u00a0$2.40", "Total:\u00a0$37.39"], "product"),
        (SHELF_ROWS, "article"),
    ],
)
def test_specification_rows_need_four_unpriced_rows_on_a_product(rows: list[str], kind: str) -> None:
    page = clean(_measured_shelf(rows), input_format="text", page_type=kind)
    assert not any("specification rows" in r.reason for r in page.removed)
    assert not any(row.replace("\u00a0", " ") in page.article.text for row in rows)


BOARD_TEXT = [
    "Carved from a single block of walnut, this board keeps its edge sharp and its surface smooth, and the juice"
    " groove holds what the roast gives while you carve at the table.",
    "Every board is oiled by hand in our workshop, finished with beeswax and signed underneath by the maker who"
    " shaped it, so no two are quite the same.",
    "Wash it by hand in warm water, dry it standing up and oil it once a month, and the walnut will keep its"
    " colour and its grain for many years of carving.",
]
BOARD_CARDS = ["Oak Serving Tray", "$45.00", "Board Oil", "$12.50"]


def _board_page(heading: str, cards: list[str]) -> str:
    return "\n".join([
        "Shop", "Kitchen", "Walnut Carving Board", *BOARD_TEXT[:2], heading, *cards, BOARD_TEXT[2],
        "Help", "Contact", "\u00a9 2026 Woodshop",
    ]) + "\n"  # fmt: skip


def test_a_text_products_cards_of_other_products_go_with_their_heading() -> None:
    # innerText prints a "Customers also bought" carousel as lines between the product's paragraphs: the
    # heading and the cards up to their last price go, the product's text stays.
    page = clean(_board_page("Customers also bought", BOARD_CARDS), input_format="text", page_type="product")
    assert all(p in page.article.paragraphs for p in BOARD_TEXT)
    assert not any(line in page.article.paragraphs for line in ["Customers also bought", *BOARD_CARDS])
    assert {r.rule for r in page.removed if r.text.strip() in BOARD_CARDS} == {"related.offer-section"}
    without = (
        Cleaner()
        .disable("related.offer-section")
        .clean(_board_page("Customers also bought", BOARD_CARDS), input_format="text", page_type="product")
    )
    assert all(line in without.article.paragraphs for line in BOARD_CARDS)


def test_a_card_that_the_title_rule_took_for_the_title_goes_and_keeps_the_title() -> None:
    # The title rule runs first; when it took a card's name for the page's title (the product's name
    # printed again on its card in the carousel), the card's line goes and the title stays with it.
    from pagecleaner.features import make_blocks
    from pagecleaner.models import Kind, PageType
    from pagecleaner.rules.base import Label, Page, Verdict
    from pagecleaner.rules.related import OfferSection
    from pagecleaner.segment import segment_text

    lines = [*BOARD_TEXT, "Customers also bought", *BOARD_CARDS]
    blocks = make_blocks(segment_text("\n\n".join(lines)))
    keep = Verdict("test.kept", Kind.OTHER, "kept", label=Label.CONTENT)
    titled = Verdict(
        "metadata.title", Kind.METADATA, "headline", label=Label.CONTENT, data={"title": "Oak Serving Tray"}
    )
    at = lines.index("Oak Serving Tray")
    page = Page(blocks, Settings(), [titled if i == at else keep for i in range(len(blocks))])
    page.page_type = PageType.PRODUCT
    found = dict(OfferSection().judge(page))
    assert sorted(found) == list(range(len(BOARD_TEXT), len(lines)))
    assert found[at].data == {"title": "Oak Serving Tray"}
    assert all(v.data == {} for i, v in found.items() if i != at)


@pytest.mark.parametrize(
    ("heading", "cards", "kind"),
    [
        ("Product details", BOARD_CARDS, "product"),  # a heading of the product's own
        ("Customers also bought", ["Oak Serving Tray", "$45.00", "Board Oil", "Hand-finished"], "product"),
        ("Customers also bought", BOARD_CARDS, "article"),
    ],
)
def test_other_products_cards_need_their_heading_two_prices_and_a_product(
    heading: str, cards: list[str], kind: str
) -> None:
    page = clean(_board_page(heading, cards), input_format="text", page_type=kind)
    assert not any(r.rule == "related.offer-section" for r in page.removed)
    assert all(line in page.article.paragraphs for line in cards)


def test_other_products_cards_on_a_page_reported_as_a_product() -> None:
    from pagecleaner.features import make_blocks
    from pagecleaner.models import Kind, PageType
    from pagecleaner.rules.base import Label, Page, Verdict
    from pagecleaner.rules.related import OfferSection
    from pagecleaner.segment import segment_text

    texts = [
        *BOARD_TEXT[:2], "Recently viewed", "Orders", "Wish list", "Help", "Returns", "Gift cards", "Stores",
        "Account", "$10 off", BOARD_TEXT[2], "People who viewed this item also viewed", *BOARD_CARDS,
        "+ $7.50 delivery", "A note from the maker about the walnut we buy, the forests it grows in and the"
        " mill that saws it, printed under every board we sell.",
    ]  # fmt: skip
    blocks = make_blocks(segment_text("\n\n".join(texts)))
    assert [b.text for b in blocks] == texts
    kept = Verdict("test.kept", Kind.LOW_CONTENT, "kept", Label.CONTENT)
    rule = OfferSection()
    shop = Page(blocks, Settings(), [kept] * len(blocks), page_type=PageType.ARTICLE, reported_type=PageType.PRODUCT)
    gone = {blocks[i].text for i, _ in rule.judge(shop)}
    # The menu under "Recently viewed" has one price line only; the cards run to their delivery line.
    assert gone == {"People who viewed this item also viewed", *BOARD_CARDS, "+ $7.50 delivery"}
    article = Page(blocks, Settings(), [kept] * len(blocks), page_type=PageType.ARTICLE)
    assert not list(rule.judge(article))
    assert all(rule.heading(b) for b in make_blocks(segment_text("\n\n".join(rule.examples))))
    assert not any(rule.heading(b) for b in make_blocks(segment_text("\n\n".join(rule.counter_examples))))


def _board_in_two_layouts() -> str:
    # innerText prints the buy box once per layout (a desktop and a mobile copy) and the announcement
    # bar's slide again for its looping marquee: each line twice, around the product's description.
    box = ["Walnut Carving Board", "$89.00", "Free shipping over $65"]
    return "\n".join(["Shop", BOARD_TEXT[0], *box, BOARD_TEXT[1], *box, BOARD_TEXT[2], "Help"]) + "\n"


def test_a_text_product_keeps_a_line_printed_once_per_layout_once() -> None:
    page = clean(_board_in_two_layouts(), input_format="text", page_type="product")
    assert all(p in page.article.paragraphs for p in BOARD_TEXT)
    for line in ["Walnut Carving Board", "$89.00", "Free shipping over $65"]:
        assert page.article.paragraphs.count(line) <= 1, line
    assert any(r.rule == "quality.kept-twice" for r in page.removed)
    without = (
        Cleaner().disable("quality.kept-twice").clean(_board_in_two_layouts(), input_format="text", page_type="product")
    )
    assert without.article.paragraphs.count("Free shipping over $65") >= 2


@pytest.mark.parametrize("kind", ["article", "listing", "collection"])
def test_other_text_kinds_keep_a_line_printed_twice(kind: str) -> None:
    # An article repeats on purpose (a course's dates, a recipe's plan for two days); a listing's or a
    # collection's items share their attributes ("In stock") under each item.
    page = clean(_board_in_two_layouts(), input_format="text", page_type=kind)
    assert not any(r.rule == "quality.kept-twice" for r in page.removed)


def test_a_text_page_reported_as_a_product_keeps_its_lines_once_and_html_is_left_alone() -> None:
    from pagecleaner.features import make_blocks
    from pagecleaner.models import Kind, PageType
    from pagecleaner.rules.base import Label, Page, Verdict
    from pagecleaner.rules.quality import KeptTwice
    from pagecleaner.segment import segment_text

    texts = ["Men's Loke Jacket", BOARD_TEXT[0], "MEN'S LOKE JACKET ", "Size S", "Size M", "Men's Loke Jacket"]
    blocks = make_blocks(segment_text("\n\n".join(texts)))
    kept = Verdict("test.kept", Kind.LOW_CONTENT, "kept", Label.CONTENT)
    gone = Verdict("test.gone", Kind.NAVIGATION, "gone", Label.BOILERPLATE)
    rule = KeptTwice()
    shop = Page(blocks, Settings(), [kept] * len(blocks), page_type=PageType.ARTICLE, reported_type=PageType.PRODUCT)
    assert [i for i, _ in rule.judge(shop)] == [2, 5]
    # A copy of a line the rules removed is the first kept copy.
    first_gone = Page(blocks, Settings(), [gone, *[kept] * (len(blocks) - 1)], page_type=PageType.PRODUCT)
    assert [i for i, _ in rule.judge(first_gone)] == [5]
    # The title rule's headline kept in the body, a later copy: it goes and carries the title.
    titled = Verdict("metadata.title", Kind.METADATA, "headline", Label.CONTENT, data={"title": "Men's Loke Jacket"})
    headline = Page(blocks, Settings(), [*[kept] * 5, titled], page_type=PageType.PRODUCT)
    found = dict(rule.judge(headline))
    assert sorted(found) == [2, 5] and found[5].data == {"title": "Men's Loke Jacket"} and found[2].data == {}
    article = Page(blocks, Settings(), [kept] * len(blocks), page_type=PageType.ARTICLE)
    assert not list(rule.judge(article))
    assert all(rule.same(a, b) for a, b in zip(rule.examples[::2], rule.examples[1::2], strict=True))
    assert not any(
        rule.same(a, b) for a, b in zip(rule.counter_examples[::2], rule.counter_examples[1::2], strict=True)
    )
    html = clean(
        "<html><body><h1>Walnut Carving Board</h1>" + "".join(f"<p>{t}</p>" for t in BOARD_TEXT) + "</body></html>",
        page_type="product",
    )
    assert not any(r.rule == "quality.kept-twice" for r in html.removed)


def test_a_specification_row_is_a_short_label_and_a_value() -> None:
    from pagecleaner.features import make_blocks
    from pagecleaner.rules.quality import SpecRows
    from pagecleaner.segment import segment_text

    rule = SpecRows()
    assert all(
        rule.row(line) for line in ("Marque\tMartinsen", "Publisher \u200f : \u200e Avery", "Bit Metal\tS2 Steel")
    )
    assert not any(
        rule.row(line)
        for line in (
            "Total\tEUR 27.43",
            "https://example.com/a",
            "Men",
            "Colour:",
            "What our customers say about the shelf when they first set it up: it is sturdy",
            "Here is everything you need to know: a shelf for everyone",
        )
    )
    # innerText prints a table's rows as one block of lines: each line counts as a row.
    table = make_blocks(segment_text("Brand\tGUSILOR\nColor\tWhite\nEar Placement\tIn Ear\n"))
    assert [rule.rows(b) for b in table] == [3]
    assert [rule.rows(b) for b in make_blocks(segment_text("Brand\tGUSILOR\nSee more\n"))] == [1, 0]


CATEGORY_INTRO = (
    "Our charcoal grills are built from enamelled steel and stainless steel to last for years outdoors,"
    " in sizes for two people up to a whole garden party."
)
GRILL_CARDS = ["Kettle Grill 57 cm - Black", "$179.00", "In stock", "Kettle Grill 47 cm - Blue", "$149.00", "In stock"]
CATEGORY = "\n".join([*MENU, "Sale", "Gift cards", "Charcoal grills", CATEGORY_INTRO, *GRILL_CARDS]) + "\n"


def test_a_text_collection_drops_the_menu_above_its_intro() -> None:
    # One content neighbour keeps a short line on a collection, so the shop's menu above the
    # category's intro was kept line by line from it; now only the lines right over the intro lean on it.
    page = clean(CATEGORY, input_format="text", page_type="collection")
    assert page.article.paragraphs == ["Gift cards", "Charcoal grills", CATEGORY_INTRO, *GRILL_CARDS]
    menu = [r for r in page.removed if r.text in [*MENU, "Sale"]]
    assert [r.text for r in menu] == [*MENU, "Sale"]
    assert all("above the page's first content" in r.reason for r in menu)


@pytest.mark.parametrize(("kind", "favor"), [("listing", "balanced"), ("collection", "recall")])
def test_listings_and_the_recall_preset_keep_the_lines_above_the_intro(kind: str, favor: str) -> None:
    # A listing's items may all stand above its first prose (a news front page, a link aggregator).
    page = clean(CATEGORY, input_format="text", page_type=kind, settings=Settings(favor=favor))
    assert set(MENU) <= set(page.article.paragraphs)
    assert CATEGORY_INTRO in page.article.paragraphs


def test_forum_software_lines_between_text_posts_go() -> None:
    # innerText of a forum thread: the furniture between posts sits between two posts, so the
    # neighbour pass alone would keep it; the posts themselves stay.
    furniture = ["Click to expand...", "Reactions: user1, user2 and 3 others", "Save  Share", "Viewed 6k times"]
    lines = []
    for text, extra in zip(POSTS, furniture, strict=False):
        lines += [text, extra]
    lines.append(furniture[-1])
    page = clean("\n".join(lines) + "\n", input_format="text", url=URL, page_type="forum")
    for text in POSTS:
        assert text in page.article.text
    for extra in furniture:
        assert extra not in page.article.text
    assert {r.rule for r in page.removed} == {"metadata.post-furniture"}


CONTENTS_PAGE = """How to descale a kettle
A kettle that boils hard water every day slowly grows a crust on its element, and the crust makes it slower and louder.
{heading}
Why kettles scale
2. What you need
Step by step
The good news is that the fix costs almost nothing and takes about an hour, most of it waiting for the mixture to work.
Why kettles scale
Hard water leaves calcium carbonate on the element every time the water boils, and the layer grows week by week.
What you need
White vinegar or citric acid, water, and an hour of patience are all it takes to get the kettle clean again.
Step by step
Fill the kettle halfway with the mixture, bring it to the boil, leave it for an hour and then rinse it twice.
"""


@pytest.mark.parametrize("heading", ["Table of contents", "In this article", "Inhaltsverzeichnis:"])
def test_text_table_of_contents_goes_and_its_headings_stay(heading: str) -> None:
    text = CONTENTS_PAGE.format(heading=heading)
    page = clean(text, input_format="text", page_type="article")
    gone = [r.text for r in page.removed if r.rule == "quality.contents-list"]
    assert gone == [heading, "Why kettles scale", "2. What you need", "Step by step"]
    body = page.article.text
    # Each heading is kept once, where its section starts.
    assert body.count("Why kettles scale") == body.count("What you need") == body.count("Step by step") == 1
    assert heading not in body
    kept = Cleaner().disable("quality.contents-list").clean(text, input_format="text", page_type="article")
    assert heading in kept.article.text


def test_text_contents_heading_without_entries_printed_again_stays() -> None:
    # A "Contents" line over lines that are never printed again is not a table of contents.
    text = CONTENTS_PAGE.format(heading="Table of contents").replace(
        "Why kettles scale\n2. What", "Cold water\n2. Other", 1
    )
    page = clean(text, input_format="text", page_type="article")
    assert not any(r.rule == "quality.contents-list" for r in page.removed)


def test_text_contents_heading_over_prose_goes_alone() -> None:
    # A collapsed table of contents prints its heading only: the line after it is the story's prose,
    # which stays; the heading labels nothing the page keeps.
    lines = CONTENTS_PAGE.format(heading="Table of contents").splitlines()
    text = "\n".join(lines[:3] + lines[6:]) + "\n"
    page = clean(text, input_format="text", page_type="article")
    assert [r.text for r in page.removed if r.rule == "quality.contents-list"] == ["Table of contents"]
    assert "Table of contents" not in page.article.text
    assert "The good news is that the fix costs almost nothing" in page.article.text


_KETTLE = (
    "<p>Hard water leaves calcium carbonate on the element every time the water boils, and the layer "
    "grows week by week until the kettle is slow.</p>"
)


def _html_contents_page(label: str, after: str = "<h2>Why kettles scale</h2>") -> str:
    return (
        "<html><head><title>How to descale a kettle</title></head><body><article>"
        f"<h1>How to descale a kettle</h1>{_KETTLE}<h2>{label}</h2>{after}{_KETTLE}"
        "<p>White vinegar or citric acid, water, and an hour of patience are all it takes to get the kettle "
        f"clean again.</p><h2>What you need</h2>{_KETTLE}{_KETTLE}</article></body></html>"
    )


@pytest.mark.parametrize("label", ["Table of Contents", "Table of contents:", "Contents", "Inhaltsverzeichnis"])
def test_html_article_contents_label_goes_alone(label: str) -> None:
    # A contents widget's label kept on an HTML article, its entries removed with their <nav> (or
    # filled by a script): the label goes, even over the first section's heading, which stays.
    page = clean(_html_contents_page(label), input_format="html", page_type="article")
    assert [r.text for r in page.removed if r.rule == "quality.contents-list"] == [label]
    assert label not in page.article.text
    assert "Why kettles scale" in page.article.text and "What you need" in page.article.text


@pytest.mark.parametrize("label", ["In this guide", "Quick links", "On this page:"])
def test_html_article_place_label_over_prose_goes(label: str) -> None:
    # "In this guide" over the article's prose labels nothing the page keeps.
    page = clean(_html_contents_page(label, after=""), input_format="html", page_type="article")
    assert [r.text for r in page.removed if r.rule == "quality.contents-list"] == [label]


def test_html_contents_label_stays_over_own_list_off_articles_and_in_a_heading() -> None:
    # "In this guide" over a short line heads the page's own list; not on documentation (an MDN truth
    # holds its "In this article"); a heading that only mentions contents is no label.
    own = clean(_html_contents_page("In this guide"), input_format="html", page_type="article")
    assert "In this guide" in own.article.text
    doc = clean(_html_contents_page("Table of contents", after=""), input_format="html", page_type="documentation")
    assert "Table of contents" in doc.article.text
    page = clean(_html_contents_page("Contents of a kettle"), input_format="html", page_type="article")
    assert "Contents of a kettle" in page.article.text


def test_text_contents_heading_over_a_kept_short_line_stays() -> None:
    # "In this guide" over the page's own list of steps (a short title, then its summary) heads it.
    steps = "\n".join(
        f"Step {n} - {title}\nThe {title.lower()} step takes about ten minutes and needs no special tools at all."
        for n, title in enumerate(("Empty the kettle", "Mix the solution", "Boil and wait"), start=1)
    )
    text = CONTENTS_PAGE.splitlines()[1] + "\nIn this guide\n" + steps + "\n"
    page = clean(text, input_format="text", page_type="article")
    assert not any(r.rule == "quality.contents-list" for r in page.removed)
    assert "In this guide" in page.article.text


_BOOK = [
    ("Getting Started", ["Installation", "Hello, World!", "Hello, Cargo!"]),
    ("Common Programming Concepts", ["Variables and Mutability", "Data Types", "Functions"]),
    ("Understanding Ownership", ["What is Ownership?", "References and Borrowing", "The Slice Type"]),
    ("Using Structs to Structure Related Data", ["Defining and Instantiating Structs", "Methods"]),
    ("Error Handling", ["Unrecoverable Errors with panic!", "Recoverable Errors with Result"]),
]
_BOOK_TREE = [
    line
    for n, (chapter, sections) in enumerate(_BOOK, start=1)
    for line in (f"{n}. {chapter}", *(f"{n}.{k}. {section}" for k, section in enumerate(sections, start=1)))
]
_BOOK_CHAPTER = [
    "Recoverable Errors with Result",
    "Most errors aren't serious enough to require the program to stop entirely. Sometimes when a function fails it is"
    " for a reason that you can easily interpret and respond to, such as a file that does not exist yet.",
    "Recall from an earlier chapter that the Result enum is defined as having two variants, Ok and Err, and that its"
    " generic type parameters stand for the value returned on success and the error returned on failure.",
    "Let's call a function that returns a Result value because the function could fail. In the listing below we try"
    " to open a file, and the return type tells us whether opening it worked or what went wrong.",
    "The return type of the open function is a Result whose success value is a file handle and whose error value is"
    " an I/O error, so the caller has to handle both cases before it can use the file.",
]


def _book_page(tree: list[str], chapter: list[str]) -> str:
    lines = ["Keyboard shortcuts", "The Rust Programming Language", "Foreword", "Introduction", *tree, *chapter]
    return "\n".join([*lines, "Previous chapter", "Next chapter"]) + "\n"


@pytest.mark.parametrize("page_type", ["documentation", "article"])
def test_a_books_tree_of_chapters_goes_on_text(page_type: str) -> None:
    # mdBook and bookdown print the whole book's numbered contents before the chapter; innerText prints
    # it as lines of its own, and those next to the chapter's text stay without the rule. A chapter is
    # cleaned as documentation or as an article on text: the page type is not read.
    text = _book_page(_BOOK_TREE, _BOOK_CHAPTER)
    page = Cleaner().clean(text, input_format="text", page_type=page_type)
    assert not any(line in page.article.paragraphs for line in _BOOK_TREE)
    assert any(r.rule == "quality.contents-tree" for r in page.removed)
    assert all(line in page.article.text for line in _BOOK_CHAPTER[1:])
    without = Cleaner().disable("quality.contents-tree").clean(text, input_format="text", page_type=page_type)
    assert any(line in without.article.paragraphs for line in _BOOK_TREE)


def test_a_books_index_page_and_numbered_lists_keep_their_lines() -> None:
    # A book's index page, whose text is its contents (the tree outweighs the rest), a flat numbered
    # list (a listicle: no sections), and numbered steps (sentences ending in a full stop) are no tree.
    flat = [f"{n}. {chapter}" for n, (chapter, _) in enumerate(_BOOK * 2, start=1)]
    steps = [
        f"{n}.{k}. Open the {section} menu and click Save."
        for n, (_, sections) in enumerate(_BOOK, start=1)
        for k, section in enumerate(sections, start=1)
    ]
    index = ["Each chapter of this book builds on the one before it, so it is best read in order from the start."]
    for text in (_book_page(_BOOK_TREE, index), _book_page(flat, _BOOK_CHAPTER), _book_page(steps, _BOOK_CHAPTER)):
        for page_type in ("documentation", "article"):
            page = Cleaner().clean(text, input_format="text", page_type=page_type)
            without = Cleaner().disable("quality.contents-tree").clean(text, input_format="text", page_type=page_type)
            assert not any(r.rule == "quality.contents-tree" for r in page.removed)
            assert page.article.text == without.article.text


def test_a_books_tree_in_html_is_left_to_the_markup_rules() -> None:
    items = "".join(f"<li><a href='/ch{k}'>{line}</a></li>" for k, line in enumerate(_BOOK_TREE))
    paras = "".join(f"<p>{line}</p>" for line in _BOOK_CHAPTER[1:])
    html = f"<html><body><nav><ol>{items}</ol></nav><main><h1>{_BOOK_CHAPTER[0]}</h1>{paras}</main></body></html>"
    page = Cleaner().clean(html, input_format="html", page_type="documentation")
    assert not any(r.rule == "quality.contents-tree" for r in page.removed)


_SHORT_POSTS = ["Polaroid, baby, Polaroid.", "Next stop Paris!", "Not worth it"]
"""Posts too short to read as prose and without a fourth word to be a sentence on their own."""


def _text_thread(users: tuple[str, ...] = ("Irene", "Veteran")) -> str:
    """innerText of a thread: each post between its date line and "Reply", under its poster's lines."""
    lines = []
    for n, (text, post) in enumerate(zip(_SHORT_POSTS, POSTS, strict=True), start=11):
        lines += [*users, f"Jan {n}, 2024", f"#{n - 10}", post, text, "Reply", "Reactions: Ann, Bob and 3 others"]
    return "\n".join(lines) + "\n"


def test_short_text_posts_between_date_and_reply_are_kept() -> None:
    text = _text_thread()
    page = clean(text, input_format="text", url=URL, page_type="forum")
    assert set(_SHORT_POSTS) <= set(page.article.paragraphs)
    assert not {"Irene", "Veteran", "#2"} & set(page.article.paragraphs)
    # Without the rule the neighbour pass removes them: a post on one side, furniture on the other.
    without = Cleaner().disable("quality.post-body").clean(text, input_format="text", url=URL, page_type="forum")
    assert not set(_SHORT_POSTS) & set(without.article.paragraphs)


def test_short_text_posts_after_their_number_are_kept() -> None:
    # No action line under the posts: each opens with its number, and its text runs to the next
    # poster's name. After the last post that reads as prose, nothing else would keep them.
    lines = ["Irene", "Veteran", "Jan 11, 2024", "#1", POSTS[0], "Reactions: Ann, Bob and 3 others"]
    for n, text in enumerate(_SHORT_POSTS[:2], start=2):
        lines += ["Bob", "Member", f"Jan 1{n}, 2024", f"#{n}", text, "Reactions: Ann and Irene"]
    text = "\n".join(lines) + "\n"
    page = clean(text, input_format="text", url=URL, page_type="forum")
    assert set(_SHORT_POSTS[:2]) <= set(page.article.paragraphs)
    assert not {"Bob", "Member", "#2"} & set(page.article.paragraphs)
    without = Cleaner().disable("quality.post-body").clean(text, input_format="text", url=URL, page_type="forum")
    assert not set(_SHORT_POSTS[:2]) & set(without.article.paragraphs)


def _dated_thread() -> str:
    """innerText of a phpBB-style thread: each post opens with its date line and its text follows
    it, with no action line and no post number; the next poster's card follows the text."""
    lines = ["Post by ann » 11. Sep 2024, 18:36", POSTS[0]]
    for n, text in enumerate(_SHORT_POSTS[:2], start=12):
        lines += ["Top", "Bob", "Posts: 12", f"Post by bob » {n}. Sep 2024, 18:36", text]
    return "\n".join(lines) + "\n"


def test_short_text_posts_after_their_date_line_are_kept() -> None:
    text = _dated_thread()
    page = clean(text, input_format="text", url=URL, page_type="forum")
    assert set(_SHORT_POSTS[:2]) <= set(page.article.paragraphs)
    assert not {"Top", "Bob", "Posts: 12"} & set(page.article.paragraphs)
    # Without the rule the neighbour pass removes them: the poster's card on one side.
    without = Cleaner().disable("quality.post-body").clean(text, input_format="text", url=URL, page_type="forum")
    assert not set(_SHORT_POSTS[:2]) & set(without.article.paragraphs)


@pytest.mark.parametrize("greeting", ["Hi @ann", "Hey again!", "Hallo zusammen"])
def test_a_dated_post_opening_with_a_greeting_is_kept(greeting: str) -> None:
    # The greeting is two words, as short as the next poster's name: it must not end the post's
    # text before its sentences, or the post is read as the poster's lines between two posts.
    lines = ["Post by ann » 11. Sep 2024, 18:36", POSTS[0]]
    lines += ["Top", "Bob", "Posts: 12", "Post by bob » 12. Sep 2024, 18:36", greeting, POSTS[1]]
    lines += ["Top", "Ann", "Posts: 40", "Post by ann » 13. Sep 2024, 18:36", POSTS[2]]
    page = clean("\n".join(lines) + "\n", input_format="text", url=URL, page_type="forum")
    assert page.article.paragraphs == [POSTS[0], greeting, *POSTS[1:]]


def test_a_posters_name_is_no_greeting() -> None:
    lines = ["Post by ann » 11. Sep 2024, 18:36", POSTS[0]]
    lines += ["Top", "Hiroshi Tanaka", "Post by hiroshi » 12. Sep 2024, 18:36", POSTS[1]]
    page = clean("\n".join(lines) + "\n", input_format="text", url=URL, page_type="forum")
    assert "Hiroshi Tanaka" not in page.article.paragraphs


def test_a_date_line_followed_only_by_a_posters_card_opens_no_post() -> None:
    # A Q&A page prints the date under each answer, then the poster's card: no sentence follows the
    # date line, so it opens no post, and the card is not read as a post's text (the last one,
    # with no post after it, goes with the neighbour pass).
    lines = []
    for n, post in enumerate(POSTS, start=11):
        lines += [
            post,
            f"answered Jan {n}, 2024 at 10:{n}",
            "Vivian De Smedt",
            "1,136 bronze badges",
            "Add a comment |",
        ]
    text = "\n".join(lines) + "\n"
    page = clean(text, input_format="text", url=URL, page_type="forum")
    without = Cleaner().disable("quality.post-body").clean(text, input_format="text", url=URL, page_type="forum")
    assert page.article.paragraphs == without.article.paragraphs
    assert page.article.paragraphs[-1] == POSTS[-1]


def test_dated_posts_leave_article_comments_alone() -> None:
    page = clean(_dated_thread(), input_format="text", url=URL, page_type="article")
    assert not any(r.rule == "quality.post-body" for r in page.removed)


def test_posters_lines_between_text_posts_do_not_end_the_main_run() -> None:
    # Four lines about the poster between every two posts: the main run would keep only the first post.
    text = _text_thread(("Irene", "Veteran", "Location", "Cape Town"))
    page = clean(text, input_format="text", url=URL, page_type="forum")
    assert set(POSTS) <= set(page.article.paragraphs)
    assert "Location" not in page.article.paragraphs


def test_post_body_leaves_article_comments_alone() -> None:
    page = clean(_text_thread(), input_format="text", url=URL, page_type="article")
    assert not set(_SHORT_POSTS) & set(page.article.paragraphs)
    assert not any(r.rule == "quality.post-body" for r in page.removed)


def _profiled_thread(profile: tuple[str, ...]) -> str:
    """innerText of a thread whose posts each print the poster's details under them, with no actions."""
    lines = []
    for n, post in enumerate(POSTS, start=11):
        lines += [f"Jan {n}, 2024", post, *profile]
    return "\n".join(lines) + "\n"


def _without_poster_rules(text: str) -> CleanedPage:
    """The thread cleaned with the rules that take the poster's lines out disabled."""
    return (
        Cleaner()
        .disable("quality.poster-stats", "quality.post-body", "quality.per-post-line")
        .clean(text, input_format="text", url=URL, page_type="forum")
    )


def test_a_posters_counts_between_text_posts_go() -> None:
    text = _profiled_thread(("Messages", "12,094", "Reaction score", "10.2k", "Posts: 1725", "7,537 posts"))
    page = clean(text, input_format="text", url=URL, page_type="forum")
    assert page.article.paragraphs == POSTS
    # Without the rule the neighbour pass keeps them, between two posts (here the posts also open
    # with their date lines, and quality.post-body takes the poster's lines between them too).
    without = _without_poster_rules(text)
    assert "12,094" in without.article.paragraphs


def test_a_posts_number_join_date_and_rank_between_text_posts_go() -> None:
    profile = ("#2", "Senior Member", "Joined: Aug 2006", "1,316 posts · Joined 2013", "Original poster")
    text = _profiled_thread(profile)
    page = clean(text, input_format="text", url=URL, page_type="forum")
    assert page.article.paragraphs == POSTS
    reasons = {(r.text, r.reason) for r in page.removed if r.rule == "quality.poster-stats"}
    assert ("#2", "a post's number beside a post") in reasons
    assert ("Joined: Aug 2006", "a poster's join date beside a post") in reasons
    assert ("Senior Member", "a poster's rank beside a post") in reasons
    assert ("Original poster", "a poster's rank beside a post") in reasons
    # Without the rule the neighbour pass keeps them between two posts.
    without = _without_poster_rules(text)
    assert "Senior Member" in without.article.paragraphs and "#2" in without.article.paragraphs


def test_poster_details_read_whole_lines_only() -> None:
    from pagecleaner.rules.quality import _POSTER_RANK, _POSTER_SINCE

    for line in ("Joined: Aug 2006", "Joined Mar 12, 2019", "278 posts · Joined 2023", "Registriert: 12.03.2019"):
        assert _POSTER_SINCE.fullmatch(line), line
    for line in ("Joined the club in 2019", "Joined", "Posted Aug 2006 in the old forum"):
        assert not _POSTER_SINCE.fullmatch(line), line
    for line in ("Member", "New member", "Ultra Member", "Neues Mitglied", "Moderator", "Thread starter slow-poke"):
        assert _POSTER_RANK.fullmatch(line), line
    for line in ("Members", "I am a member of the board", "Remember", "Moderators are volunteers"):
        assert not _POSTER_RANK.fullmatch(line), line


def test_a_posters_status_and_a_posts_top_link_between_text_posts_go() -> None:
    text = _profiled_thread(("J Offline", "Top"))
    page = clean(text, input_format="text", url=URL, page_type="forum")
    assert page.article.paragraphs == POSTS
    reasons = {(r.text, r.reason) for r in page.removed if r.rule == "quality.poster-stats"}
    assert ("J Offline", "a poster's status or a post's top link beside a post") in reasons
    assert ("Top", "a poster's status or a post's top link beside a post") in reasons
    without = _without_poster_rules(text)
    assert "J Offline" in without.article.paragraphs


def test_a_posters_status_reads_whole_lines_printed_more_than_once() -> None:
    from pagecleaner.rules.quality import _POSTER_STATUS

    for line in ("Offline", "J Offline", "Online now", "Hors ligne", "Top", "Nach oben", "Back to top"):
        assert _POSTER_STATUS.fullmatch(line), line
    for line in ("Online shopping", "Top 10 drives", "Went offline at noon", "Offline mode works"):
        assert not _POSTER_STATUS.fullmatch(line), line
    # A line printed once is no furniture under every post: "Top" may head the page's own list.
    text = "\n".join(["Jan 11, 2024", POSTS[0], "Top", "Jan 12, 2024", POSTS[1], "Offline"]) + "\n"
    page = clean(text, input_format="text", url=URL, page_type="forum")
    assert not any(r.rule == "quality.poster-stats" for r in page.removed)


def test_a_posts_own_short_numbers_and_other_pages_figures_stay() -> None:
    # A year, a version or a vote count is no poster's count; a number inside a post's line stays.
    text = _profiled_thread(("2024", "1080", "Project Bidding is likely #2.", "Posts are welcome"))
    page = clean(text, input_format="text", url=URL, page_type="forum")
    assert not any(r.rule == "quality.poster-stats" for r in page.removed)
    # Off forums a figure alone on its line may be a table's cell.
    counted = _profiled_thread(("Messages", "12,094"))
    article = clean(counted, input_format="text", url=URL, page_type="article")
    assert not any(r.rule == "quality.poster-stats" for r in article.removed)


_DESKS_INTRO = (
    "Our standing desks are built to order in Austin and ship within five business days, with a fifteen-year"
    " warranty on every frame and a free return within thirty days."
)
_DESKS = ("Oak Standing Desk", "Walnut Standing Desk", "Bamboo Standing Desk", "Maple Corner Desk")


def _desk_grid(controls: tuple[str, ...], cards: int = 4) -> str:
    """A shop's category read as text: its intro, then each card's name, finish, price and controls."""
    grid = "\n".join(
        "\n".join((name, "Solid wood", f"${500 + 50 * k}.00", *controls)) for k, name in enumerate(_DESKS[:cards])
    )
    return f"Standing Desks\n{_DESKS_INTRO}\n{grid}\n"


def test_text_collection_drops_the_controls_printed_under_every_card() -> None:
    text = _desk_grid(("Quick ViewCompare", "Add to cart"))
    page = clean(text, input_format="text", page_type="collection")
    gone = [r.text for r in page.removed if r.rule == "quality.card-controls"]
    assert gone == ["Quick ViewCompare", "Add to cart"] * 4
    body = page.article.paragraphs
    # The items stay whole, their repeated finish too: an attribute is no control.
    assert all(name in body for name in _DESKS) and body.count("Solid wood") == 4 and "$650.00" in body
    kept = Cleaner().disable("quality.card-controls").clean(text, input_format="text", page_type="collection")
    assert kept.article.paragraphs.count("Add to cart") == 4


def test_text_card_control_kept_twice_stays() -> None:
    # Twice is a buy box printed in two layouts, not a grid's control under every item.
    page = clean(_desk_grid(("Add to cart",), cards=2), input_format="text", page_type="collection")
    assert not any(r.rule == "quality.card-controls" for r in page.removed)
    assert page.article.paragraphs.count("Add to cart") == 2


def test_card_controls_read_whole_lines_only() -> None:
    from pagecleaner.rules.quality import _card_controls

    for line in ("Add to cart", "Quick ViewCompare", "Comparer Ne plus comparer", "In den Warenkorb", "Back to Women",
                 "Read full story →"):  # fmt: skip
        assert _card_controls(line), line
    for line in ("Add to cart $19", "Solid wood", "Back to top of the page", "Compare the two desks side by side", ""):
        assert not _card_controls(line), line


_PICKS = (
    ("1. Fellow Stagg EKG", "The Stagg holds its temperature to the degree and pours slowly enough for a careful bloom,"
     " which is why it stays our first pick after two years of daily use."),
    ("2. Bonavita Interval", "The Bonavita heats a full litre in under four minutes and its hold button keeps the water"
     " ready for a second round of brewing without any fuss."),
    ("3. Hario Buono", "The Buono has no heater at all, but its thin spout gives the steadiest pour of any kettle we"
     " tested and it costs less than a bag of good beans."),
    ("4. Cosori Original", "The Cosori offers five presets and a keep-warm mode at a price well under the others,"
     " though its handle grows warm after a few minutes of pouring."),
)  # fmt: skip


def _roundup(buttons: tuple[str, ...], picks: int = 4) -> str:
    """innerText of a review site's round-up: an intro, each pick's name, verdict and buttons, a method."""
    body = "\n".join("\n".join((name, text, *buttons)) for name, text in _PICKS[:picks])
    return (
        "The Best Gooseneck Kettles of 2025\nWe tested eleven gooseneck kettles over three months of pour-over"
        " brewing, timing how fast each heats a litre and how steady its pour stays when the kettle is full.\n"
        f"{body}\nHow we tested\nEach kettle brewed the same coffee every morning for two weeks, and we measured its"
        " temperature with a probe thermometer against the setting it showed on its display.\n"
    )


def test_text_article_drops_the_buttons_printed_under_every_pick() -> None:
    text = _roundup(("Check Price", "See on AmazonRead full review"))
    page = clean(text, input_format="text")
    assert page.page_type.value == "article"
    gone = [r.text for r in page.removed if r.rule == "quality.pick-buttons"]
    assert gone == ["Check Price", "See on AmazonRead full review"] * 4
    body = page.article.paragraphs
    assert all(name in body and verdict in body for name, verdict in _PICKS) and "How we tested" in body
    kept = Cleaner().disable("quality.pick-buttons").clean(text, input_format="text")
    assert kept.article.paragraphs.count("Check Price") == 4


def test_text_pick_button_dialling_other_numbers_is_one_button() -> None:
    text = _roundup(("Get a Quote",)).replace("Get a Quote", "Get a Quote (212) 555-01{}")
    text = text.format(*range(10, 14))
    page = clean(text, input_format="text", page_type="article")
    gone = [r.text for r in page.removed if r.rule == "quality.pick-buttons"]
    assert gone == [f"Get a Quote (212) 555-01{n}" for n in range(10, 14)]


def test_text_pick_button_kept_twice_or_in_prose_stays() -> None:
    # Twice is an article's own links, not a button under every pick; a sentence is no button; a shop's
    # "Buy Now" is left to the truths, which keep it beside a deals post's deals; HTML reads the markup.
    for text in (
        _roundup(("Check Price",), picks=2),
        _roundup(("Check the price before you buy.",)),
        _roundup(("Buy Now",)),
    ):
        page = clean(text, input_format="text")
        assert not any(r.rule == "quality.pick-buttons" for r in page.removed), text
    html = (
        "<html><body><article>"
        + "".join(f"<h2>{name}</h2><p>{verdict}</p><p>Check Price</p>" for name, verdict in _PICKS)
        + "</article></body></html>"
    )
    assert not any(r.rule == "quality.pick-buttons" for r in clean(html, input_format="html").removed)


def test_pick_buttons_read_whole_lines_only() -> None:
    from pagecleaner.rules.quality import _pick_button

    for line in ("Check Price", "SEE ON AMAZON", "See on AmazonRead full review", "Get a Quote (212) 555-0199",
                 "Track price ", "Voir le prix", "Mehr erfahren"):  # fmt: skip
        assert _pick_button(line), line
    for line in ("Check Price $19 at Walmart", "Buy Now", "Learn more about the study", "Price: $49", "555-0199", ""):
        assert not _pick_button(line), line


_QUESTION = "How do I descale a kettle that has years of limescale inside it?"


def _asked_thread(before: tuple[str, ...] = (), after: tuple[str, ...] = ()) -> str:
    """innerText of a Q&A thread: its title over "Ask Question" and its counts, then dated posts."""
    lines = ["Kettle Forum", "Questions", *before, _QUESTION, "Ask Question", "Asked 2 years, 2 months ago"]
    for n, post in enumerate(POSTS, start=11):
        lines += ["ann" if n % 2 else "bob", f"Jan {n}, 2024", f"#{n - 10}", post, "Reply"]
    return "\n".join([*lines, *after]) + "\n"


def test_a_text_threads_title_is_its_title_not_its_first_post() -> None:
    # Forum truths leave the thread's title out of the thread (6 of 53 fold-0 pages print it).
    page = clean(_asked_thread(), input_format="text", url=URL, page_type="forum")
    assert page.article.title == _QUESTION
    assert _QUESTION not in page.article.paragraphs
    assert set(POSTS) <= set(page.article.paragraphs)
    assert any(r.rule == "metadata.title" and r.reason == "a thread's title over its posts" for r in page.removed)


def test_a_thread_title_stays_where_the_page_is_no_text_thread() -> None:
    article = clean(_asked_thread(), input_format="text", url=URL, page_type="article")
    assert not any(r.reason == "a thread's title over its posts" for r in article.removed)
    html = clean(_thread("".join(f"<p>{t}</p>" for t in POSTS)), url=URL, page_type="forum")
    assert not any(r.reason == "a thread's title over its posts" for r in html.removed)


def test_a_guests_invitation_to_join_goes_from_a_text_thread() -> None:
    guest = (
        "You're browsing the Kettle Forum as a guest. Sign up for free (or log in if you already have an account)"
        " to be able to post messages, change how messages are displayed, and view media in posts.",
    )
    join = (
        "Sign in or create your free account to comment, connect with other members and follow conversations.",
        "Want to join? Log in or sign up in seconds.",
    )
    page = clean(_asked_thread(before=guest, after=join), input_format="text", url=URL, page_type="forum")
    assert set(POSTS) <= set(page.article.paragraphs)
    for line in (*guest, *join):
        assert line not in page.article.paragraphs
        assert any(r.rule == "subscription.join-prompt" and r.text == line for r in page.removed)


_DESKS_MORE = (
    "Every desk in this range lifts from sitting to standing height in under twenty seconds, and its memory"
    " keypad stores four heights so that everyone who shares it finds their own setting again."
)


def _sorted_grid(menu: tuple[str, ...]) -> str:
    """A shop's category read as text with a sort menu (or a filter panel) between two paragraphs of its
    intro, then its cards: kept by the neighbour pass on a page cleaned as an article too."""
    grid = "\n".join("\n".join((name, "Solid wood", f"${500 + 50 * k}.00")) for k, name in enumerate(_DESKS))
    return "\n".join(("Standing Desks", _DESKS_INTRO, *menu, _DESKS_MORE, grid)) + "\n"


_SORT = ("Sort By:", "Featured Items", "Best Selling", "A to Z", "Price: Low to HighPrice: High to Low")


@pytest.mark.parametrize("page_type", ["collection", "article"])
def test_text_sort_menu_goes_with_its_options(page_type: str) -> None:
    text = _sorted_grid(_SORT)
    page = clean(text, input_format="text", page_type=page_type)
    assert [r.text for r in page.removed if r.rule == "quality.sort-menu"] == list(_SORT)
    body = page.article.paragraphs
    assert _DESKS_INTRO in body and _DESKS_MORE in body
    if page_type == "collection":
        assert all(name in body for name in _DESKS) and "$650.00" in body
    kept = Cleaner().disable("quality.sort-menu").clean(text, input_format="text", page_type=page_type)
    assert "Best Selling" in kept.article.paragraphs


def test_sort_menu_needs_its_name_and_two_options() -> None:
    # An option alone ("Featured" over the items) or the name over one option is no menu to cut.
    for menu in (("Featured", "Best Selling"), ("Sort by", "Featured"), ("Trier par", "Prix croissant")):
        page = clean(_sorted_grid(menu), input_format="text", page_type="collection")
        assert not any(r.rule == "quality.sort-menu" for r in page.removed), menu
    french = clean(_sorted_grid(("Trier par", "Pertinence", "De A à Z", "Prix décroissant")), input_format="text",
                   page_type="collection")  # fmt: skip
    assert [r.text for r in french.removed if r.rule == "quality.sort-menu"] == [
        "Trier par", "Pertinence", "De A à Z", "Prix décroissant",
    ]  # fmt: skip


_ANSWER_SORT = (
    "Sorted by: Reset to default",
    "Highest score (default)",
    "Trending (recent votes count more)",
    "Date modified (newest first)",
    "Date created (oldest first)",
)


def test_a_threads_sort_menu_goes_with_its_chosen_option() -> None:
    text = _sorted_grid(_ANSWER_SORT)
    page = clean(text, input_format="text", page_type="forum")
    assert [r.text for r in page.removed if r.rule == "quality.sort-menu"] == list(_ANSWER_SORT)
    assert _DESKS_INTRO in page.article.paragraphs and _DESKS_MORE in page.article.paragraphs
    kept = Cleaner().disable("quality.sort-menu").clean(text, input_format="text", page_type="forum")
    assert "Highest score (default)" in kept.article.paragraphs


def test_sort_heading_reads_a_name_and_its_chosen_option_only() -> None:
    from pagecleaner.rules.quality import _sort_heading

    for line in ("Sort by:", "Sorted by: Highest score", "Sort by Oldest first", "Ordenado por: Más votados"):
        assert _sort_heading(line), line
    for line in ("Sorted by hand", "Sorting hat", "Sort by the colour of the label", ""):
        assert not _sort_heading(line), line


def test_sort_options_read_whole_lines_only() -> None:
    from pagecleaner.rules.quality import _sort_options

    for line in ("Featured", "Price: Low to High", "Price: Low to HighPrice: High to Low", "A-Z", "Prix croissant"):
        assert _sort_options(line), line
    for line in ("Featured desks", "Low price", "Newest desk in the range", ""):
        assert not _sort_options(line), line


_STORIES = (
    ("Electric vehicle sales slowed in the spring as buyers waited for new tax credits", "By Clare Duffy, CNN"),
    ("Rental car prices are falling for the first time in three years across the country", "By Chris Isidore, CNN"),
)


def _story_list(bylines: tuple[str, ...]) -> str:
    items = "".join(
        f"<li><h3><a href='/s/{n}'>{title}</a></h3><p>{byline}</p></li>"
        for n, ((title, _), byline) in enumerate(zip(_STORIES, bylines, strict=True))
    )
    return f"<html><body><h1>Vehicle rental</h1><ul>{items}</ul></body></html>"


def _byline_rule(result: CleanedPage, text: str) -> str | None:
    return next((r.rule for r in result.removed if text in r.text), None)


def test_a_listings_items_keep_their_bylines() -> None:
    html = _story_list(tuple(b for _, b in _STORIES))
    listing = clean(html, input_format="html", page_type="listing")
    assert "By Clare Duffy, CNN" in listing.article.text
    assert "By Chris Isidore, CNN" in listing.article.text
    # The same items on a page cleaned as an article or a collection: the lines go as bylines.
    for kind in ("article", "collection"):
        assert _byline_rule(clean(html, input_format="html", page_type=kind), "By Clare Duffy") == "metadata.byline"


def test_a_listing_with_one_byline_printed_twice_still_loses_it() -> None:
    # The page's own byline, printed twice the same: no other byline is near, so it is the page's.
    html = _story_list(("By Clare Duffy, CNN", "By Clare Duffy, CNN"))
    listing = clean(html, input_format="html", page_type="listing")
    assert _byline_rule(listing, "By Clare Duffy") == "metadata.byline"


_SERVICE_SECTIONS = (
    "Cloud migration",
    "We move your applications and data to the cloud in planned stages, so that your teams keep working while"
    " each system is tested, switched over and watched for a month before the next one follows it.",
    "Contact sales",
    "Managed security",
    "Our analysts watch your networks day and night, answer every alert within fifteen minutes and send you a"
    " plain report each week of what they found, what they blocked and what you should change next.",
    "Book a free consultation",
    "Data platforms",
    "We build the pipelines, warehouses and dashboards your people need to answer their own questions, and we"
    " train them to run and extend all of it once our engineers have handed it over to your team.",
)


def test_a_text_services_calls_to_action_go_late() -> None:
    text = "\n".join(_SERVICE_SECTIONS) + "\n"
    page = clean(text, input_format="text", page_type="service")
    calls = ["Contact sales", "Book a free consultation"]
    assert [r.text for r in page.removed if r.rule == "quality.service-call"] == calls
    body = page.article.paragraphs
    assert all(line in body for line in _SERVICE_SECTIONS if line not in calls)
    # Without the rule the buttons stay; on an article they are the article's lines.
    kept = Cleaner().disable("quality.service-call").clean(text, input_format="text", page_type="service")
    assert "Contact sales" in kept.article.paragraphs
    article = clean(text, input_format="text", page_type="article")
    assert not any(r.rule == "quality.service-call" for r in article.removed)


def test_service_calls_read_whole_lines_only() -> None:
    from pagecleaner.rules.quality import _SERVICE_CALL

    for line in ("Contact sales", "See pricing", "Start your free trial →", "Get started today", "Demander un devis"):
        assert _SERVICE_CALL.fullmatch(line), line
    # Beyond English the wordings come from wordings.SERVICE_CALLS, each a whole line as the English ones.
    for line in (
        "Demo anfragen",
        "Jetzt starten!",
        "Solicitar una cotización",
        "Solicitar un presupuesto",
        "Experimente grátis",
    ):
        assert _SERVICE_CALL.fullmatch(line), line
    assert not _SERVICE_CALL.fullmatch("Wir möchten Sie bitten, die Demo anfragen zu dürfen.")
    for line in ("Get started with Python by installing the interpreter.", "Pricing", "Contact sales tax advisers"):
        assert not _SERVICE_CALL.fullmatch(line), line
    # The index of a service's proof and a booking button without its article (text88).
    for line in ("See all case studies", "View All Stories", "See all customer stories", "View all work →"):
        assert _SERVICE_CALL.fullmatch(line), line
    for line in ("Schedule Consultation", "Schedule a strategy call", "SCHEDULE YOUR FREE CONSULTATION"):
        assert _SERVICE_CALL.fullmatch(line), line
    # What the page itself lists, and the same words inside a sentence, stay.
    for line in ("See All Plan Features", "See all New York movers", "See all of our work", "Show all stories"):
        assert not _SERVICE_CALL.fullmatch(line), line
    assert not _SERVICE_CALL.fullmatch("Schedule a call with our team to see all case studies.")


_SERVICE_PROOF = (
    "Data platforms",
    "We build the pipelines, warehouses and dashboards your people need to answer their own questions, and we"
    " train them to run and extend all of it once our engineers have handed it over to your team.",
    "A retailer's forecasts",
    "We moved a national retailer's sales forecasts from spreadsheets to a warehouse that refreshes every hour, and"
    " its planners now see all case studies of their stores' demand in one place before they order stock.",
    "See all case studies",
    "Managed security",
    "Our analysts watch your networks day and night, answer every alert within fifteen minutes and send you a"
    " plain report each week of what they found, what they blocked and what you should change next.",
    "Schedule a strategy call",
    "Cloud migration",
    "We move your applications and data to the cloud in planned stages, so that your teams keep working while"
    " each system is tested, switched over and watched for a month before the next one follows it.",
)


def test_a_text_services_index_links_and_booking_buttons_go() -> None:
    text = "\n".join(_SERVICE_PROOF) + "\n"
    page = clean(text, input_format="text", page_type="service")
    calls = ["See all case studies", "Schedule a strategy call"]
    assert [r.text for r in page.removed if r.rule == "quality.service-call"] == calls
    # The prose that holds the same words stays, with the sections' headings.
    assert all(line in page.article.paragraphs for line in _SERVICE_PROOF if line not in calls)
    # On an article the lines are the article's: the rule reads services only.
    article = clean(text, input_format="text", page_type="article")
    assert not any(r.rule == "quality.service-call" for r in article.removed)


_ROUNDUP = (
    "The best espresso machines under five hundred dollars",
    "We pulled shots on eleven home machines over three months, timing how long each took to heat, steaming milk"
    " for flat whites, and noting how easily a beginner could clean and descale every one of them at home.",
    "Breville Bambino Plus",
    "The quickest to heat of the machines we tried, with an automatic steam wand that textures milk well enough"
    " for latte art and a small footprint that fits under kitchen cabinets without trouble.",
    "View Discount",
    "Gaggia Classic Evo Pro",
    "A commercial-style group head and a solid steel body make this the machine to grow with, though it asks for"
    " a separate grinder and some patience while you learn to dial in each new bag of beans.",
    "View Discount",
    "De'Longhi Dedica Arte",
    "Slim and inexpensive, it pulls a decent shot for its price and heats in under a minute, but its steam wand"
    " is weaker than the others and the drip tray fills quickly when you make several drinks.",
    "View Discount",
    "How we tested",
    "Each machine made forty shots with the same beans and grinder, and we weighed every shot to compare how"
    " consistent the temperature and pressure stayed from the first drink of the morning to the last one.",
)


def test_a_text_articles_card_button_printed_under_every_card_goes() -> None:
    text = "\n".join(_ROUNDUP) + "\n"
    page = clean(text, input_format="text", page_type="article")
    assert [r.text for r in page.removed if r.rule == "quality.card-button"] == ["View Discount"] * 3
    body = page.article.paragraphs
    assert "View Discount" not in body
    assert all(line in body for line in _ROUNDUP[1:] if line != "View Discount" and len(line.split()) > 8)
    # Without the rule the buttons stay with the cards.
    kept = Cleaner().disable("quality.card-button").clean(text, input_format="text", page_type="article")
    assert "View Discount" in kept.article.paragraphs


def test_a_card_button_printed_twice_or_on_a_service_stays() -> None:
    # Two copies are a section's own calls, not a grid's; a service keeps its buttons (held out, text
    # services' truths kept a repeated button as often as not: text61).
    lines = list(_ROUNDUP)
    del lines[lines.index("View Discount")]
    for text, kind in (("\n".join(lines) + "\n", "article"), ("\n".join(_ROUNDUP) + "\n", "service")):
        page = clean(text, input_format="text", page_type=kind)
        assert not any(r.rule == "quality.card-button" for r in page.removed), kind


def test_card_buttons_read_whole_lines_only() -> None:
    from pagecleaner.rules.quality import _CARD_BUTTON

    for line in ("Find out more", "Read Success Story", "View Discount", "Learn more ›", "Expand", "KNOW MORE"):
        assert _CARD_BUTTON.fullmatch(line), line
    for line in ("Read the documentation before you start.", "Pricing", "Get 3 months free", "Customer stories"):
        assert not _CARD_BUTTON.fullmatch(line), line


_RECORDS = [
    (
        "Reading tutors help prepare early learners for kindergarten",
        "Tutors in Florida meet four-year-olds every week to practise letters and sounds",
    ),
    (
        "Lawmakers get a tour of a newer tutoring program in Idaho",
        "While it has not been around long, it is already making a difference in the classroom",
    ),
    (
        "Volunteers sought for tutoring in the Hattiesburg area",
        "The program is looking for tutors to assist students in the public school system",
    ),
    (
        "Teacher voice: tutoring showed me I love teaching",
        "Tutoring can start careers for college graduates and help fill classrooms",
    ),
    (
        "On the importance of getting kids reading for fun",
        "Tips for getting your kids into books from the director of the program",
    ),
    ("World Tutor Day is this week", "With a reminder of the importance of tutors, the president of the program spoke"),
]
_ARTICLE = [
    "The district opened its new library on Monday after two years of building work, with room for four hundred readers"
    " and a children's wing that the town's schools will share during the week and families at the weekend.",
    "The mayor said the building had cost less than planned because local firms gave their work at cost, and that the"
    " savings would pay for longer opening hours in the evenings, which parents had asked for at every public meeting.",
    "Librarians will run reading hours for young children each morning, and volunteers from the high school will help"
    " older pupils with homework after classes; the first sessions were full within a day of being announced online.",
]


def _records_page(intro: list[str], separator: str = "Read more") -> str:
    lines = ["Home", "About", "Programs", "Get Involved", "In the news", *intro, separator]
    for title, summary in _RECORDS:
        lines += [title, summary, separator]
    lines += ["© 2025 Example Corps", "Privacy Policy", "Contact Us"]
    return "\n\n".join(lines) + "\n"


def test_a_text_page_of_records_keeps_its_items() -> None:
    # A digest of stories, each closed by "Read more", with a one-line intro: cleaned as an article,
    # the teaser rules read each "Read more" as a related box's heading and take the stories.
    text = _records_page(
        ["Our programs were in the news again this season, as schools across three states asked for more tutors."]
    )
    page = Cleaner().clean(text, input_format="text", page_type="article")
    for title, summary in _RECORDS:
        assert title in page.article.paragraphs and summary in page.article.paragraphs
    assert "Read more" not in page.article.paragraphs
    without = Cleaner().disable("quality.record-items").clean(text, input_format="text", page_type="article")
    assert _RECORDS[0][0] not in without.article.paragraphs


def test_an_article_keeps_out_a_box_of_records_it_outweighs() -> None:
    # The same records under a story that outweighs them are a related box.
    page = Cleaner().clean(_records_page(_ARTICLE), input_format="text", page_type="article")
    assert _ARTICLE[0] in page.article.paragraphs
    assert not any(title in page.article.paragraphs for title, _ in _RECORDS)
    assert not any(r.rule == "quality.record-items" for r in page.removed)


def test_records_are_not_read_on_other_kinds_or_under_a_byline() -> None:
    intro = ["Our programs were in the news again this season, as schools across three states asked for more tutors."]
    listing = Cleaner().clean(_records_page(intro), input_format="text", page_type="listing")
    plain = (
        Cleaner().disable("quality.record-items").clean(_records_page(intro), input_format="text", page_type="listing")
    )
    assert listing.article.text == plain.article.text
    # Each story signed "By Reuters": a feed of other stories beside a short report.
    bylined = _records_page(intro, separator="By Reuters")
    with_rule = Cleaner().clean(bylined, input_format="text", page_type="article")
    without = Cleaner().disable("quality.record-items").clean(bylined, input_format="text", page_type="article")
    assert with_rule.article.text == without.article.text


_CLIPS = [
    (
        "Scientists find a trove of dinosaur footprints in the mountains",
        "Thousands of footprints of two-legged dinosaurs have been found along an old riverbank, researchers say.",
    ),
    (
        "Rare porpoise calves spotted off the coast this spring",
        "The most endangered marine mammal in the world is still hanging on in the waters off the coast, a survey found.",
    ),
    (
        "Underwater cables may help protect endangered orcas",
        "Scientists laid about a mile of fibre-optic cable in the sound to test whether it can listen for whales nearby.",
    ),
    (
        "Tiny identity chips help save a rare salamander",
        "Researchers implanted small chips in eighty salamanders to follow them through the canals where they live.",
    ),
    (
        "Ice cores from mountain glaciers tell of past climates",
        "A team drilled deep cores in glaciers to collect centuries of records about the air and the weather there. (AP Video: Ana Ruiz)",
    ),
    (
        "Bees learn to count to four in a garden experiment",
        "Researchers trained bees to pick the card with four dots, and the insects kept choosing it days later.",
    ),
    (
        "A comet will be visible to the naked eye next week",
        "Astronomers say the comet will brighten as it nears the sun and can be seen low in the west at dusk.",
    ),
    (
        "A shipwreck on a remote island is finally identified",
        "When a boy out for a run found the ribs of a wooden ship in the dunes, local sleuths set to work on it.",
    ),
]


def _clips_page() -> str:
    lines = ["Menu", "World", "Science", "Sport", "Science"]
    for i, (title, summary) in enumerate(_CLIPS):
        lines += [title, summary, "On Now", f"1:{10 + 7 * i}"]
    lines += ["About", "Contact Us", "Terms of Use", "© 2026 Example News"]
    return "\n\n".join(lines) + "\n"


def test_a_text_page_of_kept_records_gets_back_the_ones_it_lost() -> None:
    # A section's clips (title / summary / "On Now" / running time), cleaned as an article: the page keeps
    # the clips as its body, but a summary ending in a credit goes as a caption, and its title, and the next
    # clip's, go with it as short text away from the body. Records like the ones kept come back.
    text = _clips_page()
    page = Cleaner().clean(text, input_format="text", page_type="article")
    without = Cleaner().disable("quality.record-items").clean(text, input_format="text", page_type="article")
    for title in (_CLIPS[4][0], _CLIPS[5][0]):
        assert title in page.article.paragraphs
        assert title not in without.article.paragraphs
    assert "World" not in page.article.paragraphs and "Contact Us" not in page.article.paragraphs


def test_records_under_a_story_that_outweighs_them_stay_as_judged() -> None:
    # The same clips under a long story: the page's body is the story, not the records, so the clips the
    # page lost stay out (the records' kept words are under half the page's).
    lines = ["Menu", "World", "Science", "Sport", "Science", *_ARTICLE, *_ARTICLE[::-1], *_ARTICLE]
    for i, (title, summary) in enumerate(_CLIPS):
        lines += [title, summary, "On Now", f"1:{10 + 7 * i}"]
    lines += ["About", "Contact Us", "Terms of Use", "© 2026 Example News"]
    text = "\n\n".join(lines) + "\n"
    page = Cleaner().clean(text, input_format="text", page_type="article")
    without = Cleaner().disable("quality.record-items").clean(text, input_format="text", page_type="article")
    assert _ARTICLE[0] in page.article.paragraphs
    assert page.article.text == without.article.text


_FILTERS = ("Filters", "Filter & Sort", "FilterFilter & Sort", "Clear All Sort By", "Tous les filtres")


def test_text_filter_buttons_go_on_a_shop_page() -> None:
    text = _sorted_grid(_FILTERS)
    page = clean(text, input_format="text", page_type="collection")
    assert [r.text for r in page.removed if r.rule == "quality.filter-controls"] == list(_FILTERS)
    body = page.article.paragraphs
    assert _DESKS_INTRO in body and _DESKS_MORE in body
    assert all(name in body for name in _DESKS)
    kept = Cleaner().disable("quality.filter-controls").clean(text, input_format="text", page_type="collection")
    assert "Filter & Sort" in kept.article.paragraphs and "Filters" in kept.article.paragraphs


def test_a_sort_menus_name_alone_goes_on_a_shop_page_only() -> None:
    shop = clean(_sorted_grid(("Sort by:",)), input_format="text", page_type="collection")
    assert [r.text for r in shop.removed if r.rule == "quality.filter-controls"] == ["Sort by:"]
    water = "\n".join((
        "How We Tested Water Pitchers",
        "We filled every pitcher from the same kitchen tap for two weeks and logged how long each one took"
        " to pour a full litre, how often its cartridge needed changing and what the water tasted like.",
        "Filters",
        "Most pitchers take a cartridge that lasts about two months; the ones we liked best print the date"
        " it was fitted on the lid, so that nobody has to guess when the next one is due.",
    )) + "\n"  # fmt: skip
    article = clean(water, input_format="text", page_type="article")
    assert not any(r.rule == "quality.filter-controls" for r in article.removed)


def test_filter_controls_read_whole_buttons_only() -> None:
    from pagecleaner.rules.quality import _filter_controls

    for line in ("Filters", "Filter by:", "All Filters", "filter & sort filter & sort", "Filtrar por", "Alle Filter"):
        assert _filter_controls(line), line
    for line in ("Air filters", "Filter style: Cone", "Filter and Sort men women", "Sort by date", "Clear", ""):
        assert not _filter_controls(line), line


_FACETS = ("Category", "Desks", "Frames", "Colour", "Oak", "Walnut", "Black", "Price", "Under $500", "$500 - $1,000")


def test_a_filter_panels_facets_go_on_a_text_collection() -> None:
    # Three facets' names, each printed once, with their values between: the names and the values
    # down to the last name go; the last facet's values, the intro and the cards stay.
    text = _sorted_grid(_FACETS)
    page = clean(text, input_format="text", page_type="collection")
    assert [r.text for r in page.removed if r.rule == "quality.facet-panel"] == list(_FACETS[:8])
    body = page.article.paragraphs
    assert _DESKS_INTRO in body and _DESKS_MORE in body and "Under $500" in body
    assert all(name in body for name in _DESKS)
    kept = Cleaner().disable("quality.facet-panel").clean(text, input_format="text", page_type="collection")
    assert "Category" in kept.article.paragraphs and "Colour" in kept.article.paragraphs


def test_card_fields_and_an_articles_facets_stay() -> None:
    # A card's field names print under every item: names printed more than once are no facets.
    grid = "\n".join(
        "\n".join((name, "Colour", "Oak", "Price", f"${500 + 50 * k}.00")) for k, name in enumerate(_DESKS)
    )
    cards = "\n".join(("Standing Desks", _DESKS_INTRO, _DESKS_MORE, "Category", grid)) + "\n"
    shop = clean(cards, input_format="text", page_type="collection")
    assert not any(r.rule == "quality.facet-panel" for r in shop.removed)
    assert "Colour" in shop.article.paragraphs
    # Two facets are no panel, and an article's lines are not this rule's.
    two = clean(_sorted_grid(_FACETS[:7]), input_format="text", page_type="collection")
    assert not any(r.rule == "quality.facet-panel" for r in two.removed)
    article = clean(_sorted_grid(_FACETS), input_format="text", page_type="article")
    assert not any(r.rule == "quality.facet-panel" for r in article.removed)


_FINE_PRINT = (
    "Sale ends 03/31/2026. While supplies last. Use coupon code SPRING at checkout.",
    "*Subject to credit approval. Minimum monthly payments required. See the store for details.",
    "Offre non cumulable, dans la limite des stocks disponibles.",
)


def test_a_text_collection_drops_the_terms_of_a_shops_offer() -> None:
    # innerText prints a sale's fine print as lines of its own between the intro and the grid; the
    # neighbour pass keeps them there, and a collection's truth keeps the items, not the terms.
    text = _sorted_grid(_FINE_PRINT)
    page = clean(text, input_format="text", page_type="collection")
    assert [r.text for r in page.removed if r.rule == "quality.offer-terms"] == list(_FINE_PRINT)
    body = page.article.paragraphs
    assert _DESKS_INTRO in body and _DESKS_MORE in body
    assert all(name in body for name in _DESKS)
    kept = Cleaner().disable("quality.offer-terms").clean(text, input_format="text", page_type="collection")
    assert _FINE_PRINT[0] in kept.article.paragraphs  # no other rule takes the fine print


@pytest.mark.parametrize("page_type", ["listing", "article", "product"])
def test_other_text_kinds_keep_the_terms_of_an_offer(page_type: str) -> None:
    # A listing's items may be deals whose codes are what it lists; a deal article quotes its terms.
    page = clean(_sorted_grid(_FINE_PRINT), input_format="text", page_type=page_type)
    assert not any(r.rule == "quality.offer-terms" for r in page.removed)
    assert all(line in page.article.paragraphs for line in _FINE_PRINT)


_FOOTNOTES = (
    "† Trade-in values will vary based on the condition, year and configuration of your device.",
    "Footnote\u00a0± Testing conducted in January 2026 using preproduction frames and keypads.",
    "‡^“$1 to start” is available for applications online and in select stores, taxes not included.",
)


def test_a_text_collection_drops_a_shops_marked_footnotes() -> None:
    # innerText prints a shop's footnotes, each opening with its dagger-like mark, as lines of their
    # own; the neighbour pass keeps them as prose beside the intro, and no wording rule reads them.
    text = _sorted_grid(_FOOTNOTES)
    page = clean(text, input_format="text", page_type="collection")
    assert [r.text for r in page.removed if r.rule == "quality.footnote-terms"] == list(_FOOTNOTES)
    body = page.article.paragraphs
    assert _DESKS_INTRO in body and _DESKS_MORE in body
    assert all(name in body for name in _DESKS)
    kept = Cleaner().disable("quality.footnote-terms").clean(text, input_format="text", page_type="collection")
    assert _FOOTNOTES[0] in kept.article.paragraphs  # no other rule takes them


@pytest.mark.parametrize("page_type", ["listing", "article", "product", "service"])
def test_other_text_kinds_keep_marked_footnotes(page_type: str) -> None:
    # An article's or a service's marked note may be the text's own (a survey's source, a plan's terms).
    page = clean(_sorted_grid(_FOOTNOTES), input_format="text", page_type=page_type)
    assert not any(r.rule == "quality.footnote-terms" for r in page.removed)


def test_asterisk_notes_and_short_flags_are_no_marked_footnotes() -> None:
    # An asterisk opens a shop's own note or a list's item as often; a short marked line is a card's flag.
    own = (
        "*Every desk is built to order in our workshop and ships within two weeks of purchase.",
        "* Solid oak frame with a natural oil finish and brass feet on every model",
        "† Sold out",
    )
    page = clean(_sorted_grid(own), input_format="text", page_type="collection")
    assert not any(r.rule == "quality.footnote-terms" for r in page.removed)
    assert own[0] in page.article.paragraphs


_CATEGORIES = (
    "Standing Desks (24)",
    "Desk Frames (12)",
    "Monitor Arms (1,032)",
    "Accessories138",
    "Desk Chairs96",
)


def test_a_text_collection_drops_a_category_list_with_counts() -> None:
    # innerText prints a shop's sidebar of departments, each with its count of products, as lines of
    # their own (the badge glued on or in brackets); the neighbour pass keeps them beside the intro.
    text = _sorted_grid(_CATEGORIES)
    page = clean(text, input_format="text", page_type="collection")
    assert [r.text for r in page.removed if r.rule == "quality.counted-list"] == list(_CATEGORIES)
    body = page.article.paragraphs
    assert _DESKS_INTRO in body and _DESKS_MORE in body
    assert all(name in body for name in _DESKS) and "$650.00" in body
    kept = Cleaner().disable("quality.counted-list").clean(text, input_format="text", page_type="collection")
    assert _CATEGORIES[0] in kept.article.paragraphs  # no other rule takes the list


@pytest.mark.parametrize("page_type", ["listing", "article", "documentation"])
def test_other_text_kinds_keep_lists_with_counts(page_type: str) -> None:
    # A manual's "pacman(8)" entries, a listing's or an article's own counted lines are not asked.
    page = clean(_sorted_grid(_CATEGORIES), input_format="text", page_type=page_type)
    assert not any(r.rule == "quality.counted-list" for r in page.removed)


def test_short_or_dated_counted_lines_are_no_category_list() -> None:
    # Three entries are a facet's few values, not a list; a year in brackets is no count of items.
    few = ("Standing Desks (24)", "Desk Frames (12)", "Monitor Arms (8)")
    years = ("Best Desks (2026)", "Best Desks (2025)", "Best Desks (2024)", "Best Desks (2023)")
    for lines in (few, years):
        page = clean(_sorted_grid(lines), input_format="text", page_type="collection")
        assert not any(r.rule == "quality.counted-list" for r in page.removed)
        assert lines[0] in page.article.paragraphs


def test_counted_entries_are_a_name_and_its_count() -> None:
    from pagecleaner.rules.quality import _counted_entry

    for line in ("Awnings & Accessories (16)", "Accessories1385", "Mirrorless Cameras (1,022)", "CapRax (0)"):
        assert _counted_entry(line, 8), line
    for line in ("Top 10 lists (2025)", "Canon R5", "Size 10", "$24.00", "2 (3)", "Reviews (3 of 12)", ""):
        assert not _counted_entry(line, 8), line
    assert not _counted_entry("Our standing desks are built to order in Austin, Texas (12)", 8)


def test_facet_names_are_whole_lines_without_figures() -> None:
    from pagecleaner.blocks import Block
    from pagecleaner.features import make_blocks
    from pagecleaner.rules.quality import _facet_name
    from pagecleaner.segment import segment_text

    def block(text: str) -> Block:
        return make_blocks(segment_text(text + "\n"))[0]

    for line in ("Brand", "Product Type:", "Prix ", "Farbe", "Tipo de producto", "Customer Rating"):
        assert _facet_name(block(line), 4) is not None, line
    for line in ("3 colors", "Gender (1)", "Shop by brand", "Price: $24.00", "Brand new arrivals this week"):
        assert _facet_name(block(line), 4) is None, line


_INDEX = {
    "A": ["ABAP", "ActionScript", "Ada", "Agda", "ALGOL 68", "APL"],
    "B": ["BASIC", "BCPL", "Beta", "Bash", "BLISS"],
    "C": ["C++", "Clojure", "COBOL", "CoffeeScript", "Crystal"],
    "D": ["Dart", "Datalog", "Delphi", "Dylan"],
    "E": ["Eiffel", "Elixir", "Elm", "Erlang", "Euphoria"],
    "F": ["Factor", "Forth", "Fortran", "F# (F sharp)"],
}
_INDEX_MENU = ["Main page", "Contents", "Current events", "Random article", "Contact us", "Donate"]


def _index_page(letters: list[str], body: list[str]) -> str:
    lines = [*_INDEX_MENU, "List of programming languages", *body]
    for letter in letters:
        lines += [letter, *_INDEX[letter]]
    lines += ["Privacy policy", "About Wikipedia", "Disclaimers", "Code of Conduct"]
    return "\n\n".join(lines) + "\n"


_INDEX_INTRO = [
    "This is an alphabetical list of notable programming languages, with dialects listed under their parent."
]


def test_a_text_pages_a_to_z_index_keeps_its_entries() -> None:
    # One letter alone on its line over the entries that start with it: the page's list. Its entries are
    # one-to-four-word lines like a menu's, and the neighbour pass removes them without the rule.
    text = _index_page(list(_INDEX), _INDEX_INTRO)
    page = Cleaner().clean(text, input_format="text", page_type="article")
    without = Cleaner().disable("quality.letter-index").clean(text, input_format="text", page_type="article")
    for entries in _INDEX.values():
        assert all(entry in page.article.paragraphs for entry in entries)
    assert "Fortran" not in without.article.paragraphs
    assert "Donate" not in page.article.paragraphs and "Disclaimers" not in page.article.paragraphs


def test_an_a_to_z_menu_beside_a_longer_text_stays_out() -> None:
    # The same index beside a story that outweighs it (a shop's designers from A to Z beside a product's
    # description), and an index of three letters only, stay as judged.
    for text in (_index_page(list(_INDEX), _ARTICLE * 3), _index_page(["A", "B", "C"], _INDEX_INTRO)):
        page = Cleaner().clean(text, input_format="text", page_type="article")
        without = Cleaner().disable("quality.letter-index").clean(text, input_format="text", page_type="article")
        assert page.article.text == without.article.text


def test_letters_that_do_not_head_their_entries_are_no_index() -> None:
    # Letters whose lines do not start with them (grades, options "A" / "B" over answers) are no index.
    lines = [*_INDEX_MENU, *_INDEX_INTRO]
    for letter, entries in zip("ABCDEF", list(_INDEX.values())[::-1], strict=True):
        lines += [letter, *entries]
    text = "\n\n".join(lines) + "\n"
    page = Cleaner().clean(text, input_format="text", page_type="article")
    without = Cleaner().disable("quality.letter-index").clean(text, input_format="text", page_type="article")
    assert page.article.text == without.article.text


def test_a_site_wide_a_to_z_widget_is_no_index() -> None:
    # A site's A-to-Z widget prints every letter, most over nothing ("G" / "H" / "I" …): its entries stay
    # as judged even where they would outweigh the page's own text.
    lines = [*_INDEX_MENU, *_INDEX_INTRO]
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        lines += [letter, *_INDEX.get(letter, [])]
    text = "\n\n".join(lines) + "\n"
    page = Cleaner().clean(text, input_format="text", page_type="article")
    without = Cleaner().disable("quality.letter-index").clean(text, input_format="text", page_type="article")
    assert page.article.text == without.article.text
    assert "Fortran" not in page.article.paragraphs


def test_bare_counts_between_text_posts_go_late() -> None:
    # A Q&A answer's vote count over its text and a poster's two counts printed without their labels:
    # the neighbour pass keeps them between two posts; quality.bare-count takes them out at the end.
    lines = []
    for n, post in enumerate(POSTS, start=11):
        lines += [f"Jan {n}, 2024", "13", post, "Irene", "887", "114"]
    text = "\n".join(lines) + "\n"
    page = clean(text, input_format="text", url=URL, page_type="forum")
    assert set(POSTS) <= set(page.article.paragraphs)
    assert not {"13", "887", "114"} & set(page.article.paragraphs)
    reasons = {(r.text, r.reason) for r in page.removed if r.rule == "quality.bare-count"}
    assert reasons == {(t, "a bare count beside a post") for t in ("13", "887", "114")}
    without = Cleaner().disable("quality.bare-count").clean(text, input_format="text", url=URL, page_type="forum")
    assert "13" in without.article.paragraphs and "887" in without.article.paragraphs


def test_a_programs_printed_figures_and_other_pages_numbers_stay() -> None:
    from pagecleaner.rules.quality import _BARE_COUNTS

    for line in ("13", "-2", "887 114", "0"):
        assert _BARE_COUNTS.fullmatch(line), line
    for line in ("#8", "12 apples", "0 1 2", "1.5", "2024 was a good year."):
        assert not _BARE_COUNTS.fullmatch(line), line
    # Three figure lines in a row are a program's output, which a post quotes: they stay.
    output = [POSTS[0], "0", "1", "2 3...", POSTS[1]]
    page = clean("\n".join(["Jan 11, 2024", *output]) + "\n", input_format="text", url=URL, page_type="forum")
    assert not any(r.rule == "quality.bare-count" for r in page.removed)
    # Off forums a number alone on its line may be a table's cell or a step's number.
    text = "\n".join(["Jan 11, 2024", "13", POSTS[0], "887", POSTS[1]]) + "\n"
    article = clean(text, input_format="text", url=URL, page_type="article")
    assert not any(r.rule == "quality.bare-count" for r in article.removed)


COMMENTS = ["Did you try lemon juice first?", "Vinegar leaves a smell for days.", "Which kettle is it, steel or glass?"]


def _answers_with_comments(signed: list[str], furniture: bool = True) -> str:
    # Q&A software's answers, each with its furniture under it and one short comment signed under that.
    lines = []
    for n, (post, comment, author) in enumerate(zip(POSTS, COMMENTS, signed, strict=True), start=11):
        lines += [f"answered Jan {n}, 2024 at 9:00", post]
        if furniture:
            lines += ["Share", "Follow", f"edited Jan {n}, 2024 at 9:30"]
        lines += [comment, *author.split("|")]
    return "\n\n".join(lines) + "\n"


def test_signed_comments_under_posts_go_on_text_forums() -> None:
    # The comment, the name printed as a link, "– name", the comment's date: under each answer.
    signed = [
        f"{name}|\u2013\u00a0 {name}|Commented Jan {n}, 2024 at 14:02"
        for n, name in ((11, "ann"), (12, "Bo Lee"), (13, "carl_9"))
    ]
    text = _answers_with_comments(signed)
    page = clean(text, input_format="text", url=URL, page_type="forum")
    assert page.article.paragraphs == POSTS
    gone = {r.text for r in page.removed if r.rule == "comments.signed"}
    assert set(COMMENTS) <= gone
    without = Cleaner().disable("comments.signed").clean(text, input_format="text", url=URL, page_type="forum")
    assert set(COMMENTS) <= set(without.article.paragraphs)
    # The author line's other shapes: a date in it, or the verb.
    for shape in ("\u2013 {name} Jan 12, 2024 at 14:02", "{name} commented 2 days ago"):
        other = [shape.format(name=name) for name in ("ann", "Bo Lee", "carl_9")]
        page = clean(_answers_with_comments(other), input_format="text", url=URL, page_type="forum")
        assert not set(COMMENTS) & set(page.article.paragraphs), shape
        assert set(POSTS) <= set(page.article.paragraphs), shape


def test_what_is_not_a_signed_comment_stays() -> None:
    from pagecleaner.rules.quality import _signer

    for line, name in (
        ("\u2013\u00a0 jldugger", "jldugger"),
        ("\u2013 ann Mar 3, 2021 at 14:02", "ann"),
        ("Ann Lee commented 2 days ago", "Ann Lee"),
    ):
        assert _signer(line) == name, line
    for line in (
        "\u2014 Mark Twain, on the weather.",
        "Commented",
        "Many users commented that it was fine",
        "\u2013 " + "word " * 6,
    ):
        assert _signer(line) is None, line
    signed = [
        f"{name}|\u2013\u00a0 {name}|Commented Jan {n}, 2024 at 14:02"
        for n, name in ((11, "ann"), (12, "Bo Lee"), (13, "carl_9"))
    ]
    # A short post with nothing between it and the comment under it: only the author lines go, the
    # comment stays with the post rather than the post go with it.
    page = clean(_answers_with_comments(signed, furniture=False), input_format="text", url=URL, page_type="forum")
    assert set(POSTS) <= set(page.article.paragraphs)
    # Fewer than three author lines, a post's list items after a dash, or a page that is no forum: nothing goes.
    two = _answers_with_comments([*signed[:2], "carl_9"])
    assert not any(
        r.rule == "comments.signed" for r in clean(two, input_format="text", url=URL, page_type="forum").removed
    )
    items = _answers_with_comments(["- good support for mobile", "- a simple theme", "- yet one more item"])
    assert not any(
        r.rule == "comments.signed" for r in clean(items, input_format="text", url=URL, page_type="forum").removed
    )
    article = clean(_answers_with_comments(signed), input_format="text", url=URL, page_type="article")
    assert not any(r.rule == "comments.signed" for r in article.removed)


_FILMS = [
    ("The Long Walk Home", "A widowed farmer crosses the country on foot to reach the daughter he never met."),
    ("Harbour Lights", "Two rival fishermen must share one boat through the worst storm season in decades."),
    ("Glass Orchard", "A botanist discovers that the trees in her late mother's garden remember every visitor."),
    ("Northbound", "A night train, a stolen violin and a conductor who knows more than he says."),
    ("Salt and Iron", "The last blacksmith of a mountain village trains an unlikely apprentice over one winter."),
    ("Paper Kingdoms", "Three children build a cardboard city that slowly begins to govern their street."),
]


def _chart(extra: Callable[[int], list[str]]) -> str:
    """A chart of films: a heading and an intro, then each film's rank and title, its summary and the
    lines ``extra`` gives for it, then a footer."""
    lines = ["Top rated films", "The films our readers rated highest this year, with a line on each."]
    for k, (title, summary) in enumerate(_FILMS):
        lines += [f"{k + 1}. {title}", summary, *extra(k)]
    lines += ["About us", "Contact", "Privacy policy"]
    return "\n".join(lines) + "\n"


def test_a_line_printed_in_every_card_goes_on_a_text_listing() -> None:
    # "Rate" / "Mark as watched" under every film, at the same place in each card: the card's buttons,
    # in no wording the rules know. Without the rule the neighbour pass keeps them between the items.
    text = _chart(lambda k: ["Rate", "Mark as watched"])
    page = clean(text, input_format="text", page_type="listing")
    gone = [r.text for r in page.removed if r.rule == "quality.card-labels"]
    assert gone == ["Rate", "Mark as watched"] * len(_FILMS)
    body = page.article.paragraphs
    assert all(f"{k + 1}. {title}" in body and summary in body for k, (title, summary) in enumerate(_FILMS))
    kept = Cleaner().disable("quality.card-labels").clean(text, input_format="text", page_type="listing")
    assert "Rate" in kept.article.paragraphs and "Mark as watched" in kept.article.paragraphs


def test_a_card_label_goes_when_a_card_here_and_there_prints_a_variant() -> None:
    # "Posts" under every film but the fourth, which prints its count ("Posts 2"): the copies stand one
    # card apart and once two, and the card between prints the label's variant at its place.
    text = _chart(lambda k: ["Posts 2" if k == 3 else "Posts"])
    page = clean(text, input_format="text", page_type="listing")
    gone = [r.text for r in page.removed if r.rule == "quality.card-labels"]
    assert gone == ["Posts"] * (len(_FILMS) - 1)
    body = page.article.paragraphs
    assert all(f"{k + 1}. {title}" in body and summary in body for k, (title, summary) in enumerate(_FILMS))
    # Without the cards-skipped reading (main's rule) the gap of two cards is too uneven and they stay.
    kept = Cleaner().disable("quality.card-labels").clean(text, input_format="text", page_type="listing")
    assert kept.article.paragraphs.count("Posts") == len(_FILMS) - 1


def test_a_value_between_other_values_or_in_few_cards_stays() -> None:
    # "Winner" in four of six films with "Honoree" between: the copies stand one or two cards apart in
    # two thirds of the cards, but the card between prints another value, not a variant.
    awards = ["Winner", "Honoree", "Winner", "Winner", "Honoree", "Winner"]
    page = clean(_chart(lambda k: [awards[k]]), input_format="text", page_type="listing")
    assert page.article.paragraphs.count("Winner") == 4
    # A variant between, but the copies in fewer than three cards of five they span (cards 1, 3, 5, 7, 9,
    # 11 and 12 of twelve): an item's value, not a card's label.
    lines = ["Films of the season", "Every film showing this season, and whether it is free to see."]
    for k in range(12):
        free = (
            "Free"
            if k in (0, 2, 4, 6, 8, 10, 11)
            else f"Free {('entry', 'today', 'preview', 'tickets', 'seats')[k // 2]}"
        )
        lines += [f"{k + 1}. {_FILMS[k % len(_FILMS)][0]} part {k + 1}", _FILMS[k % len(_FILMS)][1], free]
    alternating = clean("\n".join([*lines, "About us"]) + "\n", input_format="text", page_type="listing")
    assert not any(r.rule == "quality.card-labels" for r in alternating.removed)


def test_an_items_values_and_figures_stay() -> None:
    # An award printed under some films and not others stands at uneven gaps: an item's value, not a label.
    awards = ["Winner", "Honoree", "Winner", "Winner", "Honoree", "Winner"]
    text = _chart(lambda k: [awards[k]])
    page = clean(text, input_format="text", page_type="listing")
    assert not any(r.rule == "quality.card-labels" for r in page.removed)
    assert page.article.paragraphs.count("Winner") == 4
    # A line with a figure is an item's price or date, whatever its place.
    prices = clean(_chart(lambda k: ["$15"]), input_format="text", page_type="listing")
    assert not any(r.rule == "quality.card-labels" for r in prices.removed)
    # Printed three times only: not this rule's.
    few = clean(_chart(lambda k: ["Rate"] if k < 3 else []), input_format="text", page_type="listing")
    assert not any(r.rule == "quality.card-labels" for r in few.removed)
    # On a collection a line alike in every card is as often an attribute all the items share ("Solid
    # wood", "Women's"), which the truths keep; on an article, no grid's. Neither is this rule's.
    for kind in ("collection", "article"):
        other = clean(_chart(lambda k: ["Rate", "Mark as watched"]), input_format="text", page_type=kind)
        assert not any(r.rule == "quality.card-labels" for r in other.removed), kind


_ESSAYS = [
    (
        "Allocating on the Stack",
        "How the compiler now places more values on the stack, and what it saves your programs.",
    ),
    (
        "Using go fix to modernize code",
        "The rewritten fix command updates old idioms across a whole module in one pass.",
    ),
    (
        "Version 1.26 is released",
        "The new release brings a faster garbage collector and a handful of library additions.",
    ),
    (
        "Results from the developer survey",
        "Thousands of developers told us what they build, what they like and what hurts.",
    ),
    (
        "Sixteen years of the project",
        "A look back at where the language came from and where its community is going next.",
    ),
    (
        "A new garbage collector",
        "The collector now scans memory in larger pieces, which cuts pause times on big heaps.",
    ),
]
_DATES = [
    "27 February 2026",
    "17 February 2026",
    "10 February 2026",
    "21 January 2026",
    "14 November 2025",
    "29 October 2025",
]
_ABOUT = (
    "We are a small team of engineers who write about the language, its tools and the people who use them "
    "every day, and we publish a new essay every other week."
)


def _blog(top: list[str], pager: list[str]) -> str:
    """A blog's index as innerText: a heading, ``top``, six essays (title, summary, date), ``pager``, then
    the site's "about" paragraph, a sign-up line and the footer's links."""
    lines = ["The Blog", "News and essays from the team, newest first.", *top]
    for (title, summary), day in zip(_ESSAYS, _DATES, strict=True):
        lines += [title, summary, day]
    lines += [*pager, _ABOUT, "Subscribe to our newsletter to get every new essay in your inbox.", "About", "Contact"]
    return "\n".join(lines) + "\n"


def test_a_text_listing_ends_at_its_pager() -> None:
    # The "about" paragraph under "Load more" reads as prose, and the neighbour pass keeps it with the essays.
    text = _blog([], ["Load more"])
    page = clean(text, input_format="text", page_type="listing")
    assert [r.text for r in page.removed if r.rule == "quality.pager-end"] == [_ABOUT]
    body = page.article.paragraphs
    assert all(title in body and summary in body for title, summary in _ESSAYS)
    kept = Cleaner().disable("quality.pager-end").clean(text, input_format="text", page_type="listing")
    assert _ABOUT in kept.article.paragraphs
    # A pager glued under the last item's line (it opens in lower case) leaves that block and ends the list under it.
    glued = _blog([], []).replace(
        "big heaps.\n29 October 2025\n", "big heaps\nshow more\nshowing 6 out of 40 stories\n"
    )
    page = clean(glued, input_format="text", page_type="listing")
    assert [r.text for r in page.removed if r.rule == "quality.pager-end"] == [_ABOUT]
    assert page.article.paragraphs[-1].startswith("The collector now scans memory")


def test_a_pager_above_the_list_or_off_a_listing_ends_nothing() -> None:
    # A count of the results at the list's head has the list under it, which outweighs what is above.
    top = clean(_blog(["Showing 1 - 6 of 40 stories"], []), input_format="text", page_type="listing")
    assert not any(r.rule == "quality.pager-end" for r in top.removed)
    assert _ABOUT in top.article.paragraphs
    # A collection's copy under its grid is what some truths keep; an article is other rules' ground.
    for kind in ("collection", "article"):
        other = clean(_blog([], ["Load more"]), input_format="text", page_type=kind)
        assert not any(r.rule == "quality.pager-end" for r in other.removed)
    # A line that only opens like a pager's is none.
    for line in ("Show more sharing options", "Load more trucks onto the ferry", "Page Six"):
        assert _PAGER.fullmatch(line) is None
    assert all(_PAGER.fullmatch(line) for line in PagerEnd.examples)


def test_a_text_listing_ends_at_its_numbered_pager_or_a_glued_button() -> None:
    # A numbered pager ("1" / "2" / "3" / "…" / "14", each on its line, a "Next page" under it or not) and a
    # button whose hidden label innerText glues to it ("… contentShow more") end the list as "Load more" does.
    for pager in (["1", "2", "3", "4", "5", "…", "14"], ["1", "2", "3", "…", "9", "Next page"]):
        page = clean(_blog([], pager), input_format="text", page_type="listing")
        # "Next page" is a control, which `navigation.controls` takes first.
        assert [r.text for r in page.removed if r.rule == "quality.pager-end"] == [
            *(line for line in pager if line != "Next page"),
            _ABOUT,
        ]
        assert all(summary in page.article.paragraphs for _, summary in _ESSAYS)
    page = clean(_blog([], ["Click here to show more contentShow more"]), input_format="text", page_type="listing")
    assert [r.text for r in page.removed if r.rule == "quality.pager-end"] == [
        "Click here to show more contentShow more",
        _ABOUT,
    ]


def test_numbers_that_are_no_pager_end_nothing() -> None:
    # Not from the first page, fewer than three pages in a row, pages that do not rise, or a glued word that
    # only opens like a pager's button: the "about" paragraph stays, as on main.
    for pager in (
        ["2", "3", "4", "5"],
        ["1", "2"],
        ["1", "2", "4", "5"],
        ["1", "3", "2", "4"],
        ["Our storyShow more sharing"],
    ):
        page = clean(_blog([], pager), input_format="text", page_type="listing")
        assert not any(r.rule == "quality.pager-end" for r in page.removed), pager
        assert _ABOUT in page.article.paragraphs
    # A ranked list's numbers stand between its items, never in a run of their own.
    ranked = (
        _blog([], [])
        .replace("Allocating on the Stack", "1\nAllocating on the Stack")
        .replace("Using go fix", "2\nUsing go fix")
        .replace("Version 1.26", "3\nVersion 1.26")
    )
    page = clean(ranked, input_format="text", page_type="listing")
    assert not any(r.rule == "quality.pager-end" for r in page.removed)


def _posts_with_buttons(rows: list[str]) -> str:
    # A board's text: each post under its poster's name and date, its row of buttons under it.
    lines = []
    for n, (post, row) in enumerate(zip(POSTS, rows, strict=True), start=11):
        lines += [f"poster{n}", f"Jan {n}, 2024", post, *row.split("|")]
    return "\n\n".join(lines) + "\n"


def test_a_posts_row_of_buttons_under_every_post_goes_on_text_forums() -> None:
    # "Add to quote" and "Reply Quote Like" under each post: the neighbour pass keeps them between
    # two posts; quality.post-buttons takes them out at the end, and the posts stay.
    rows = ["Add to quote|1 Reply Last reply", "Add to quote|3 Reply Last reply", "Add to quote|Reply  Quote  Like"]
    text = _posts_with_buttons(rows)
    page = clean(text, input_format="text", url=URL, page_type="forum")
    assert set(POSTS) <= set(page.article.paragraphs)
    kept = "\n".join(page.article.paragraphs)
    assert "Add to quote" not in kept and "Last reply" not in kept
    gone = {r.text for r in page.removed if r.rule == "quality.post-buttons"}
    assert {"Add to quote", "1 Reply Last reply", "3 Reply Last reply"} <= gone
    # quality.per-post-line, which reads lines printed beside every post's date, would take them too.
    without = (
        Cleaner()
        .disable("quality.post-buttons", "quality.per-post-line")
        .clean(text, input_format="text", url=URL, page_type="forum")
    )
    assert "Add to quote" in "\n".join(without.article.paragraphs)


def test_a_button_word_printed_once_a_posts_own_line_and_other_pages_stay() -> None:
    from pagecleaner.rules.quality import PostButtons, _action_row

    for line in PostButtons.examples:
        assert _action_row(line), line
    for line in (*PostButtons.counter_examples, "Reply to all", "12 345", "See you there", "Add to cart"):
        assert not _action_row(line), line
    # A row printed once is a post's own line, not a row under every post: it stays.
    once = _posts_with_buttons(["Add to quote", "Thanks", "Thanks"])
    page = clean(once, input_format="text", url=URL, page_type="forum")
    assert "Add to quote" in page.article.paragraphs
    assert not any(r.rule == "quality.post-buttons" for r in page.removed)
    # Off forums the rule does not read the page.
    text = _posts_with_buttons(["Add to quote", "Add to quote", "Add to quote"])
    article = clean(text, input_format="text", url=URL, page_type="article")
    assert not any(r.rule == "quality.post-buttons" for r in article.removed)


_BOARD_NOTICES = [
    "Scam alert. Members are reminded never to send money to a stranger who offers a kettle for sale, and to meet "
    "in person instead.",
    "Our regional meetups are back this spring, and the northern group has already set a date for its first evening "
    "together.",
]


def _thread_text(top: list[str], posts: list[str] = POSTS, title: str = "How do I descale a kettle?") -> str:
    # A board's text: what it prints over the thread, the thread's title, then each post under its
    # poster's name and date.
    lines = [*top, title]
    for n, post in enumerate(posts, start=11):
        lines += [f"poster{n}", f"Jan {n}, 2024", post]
    return "\n\n".join(lines) + "\n"


def test_what_a_text_thread_keeps_above_its_title_goes() -> None:
    # The board's notices over the thread's title (the line that says what the address's slug
    # says): the neighbour pass keeps them beside the posts; quality.thread-start takes them out.
    text = _thread_text(_BOARD_NOTICES)
    page = clean(text, input_format="text", url=URL, page_type="forum")
    assert set(POSTS) <= set(page.article.paragraphs)
    gone = {r.text for r in page.removed if r.rule == "quality.thread-start"}
    assert gone == set(_BOARD_NOTICES)
    without = Cleaner().disable("quality.thread-start").clean(text, input_format="text", url=URL, page_type="forum")
    assert set(_BOARD_NOTICES) <= set(without.article.paragraphs)


def test_a_thread_start_needs_a_slug_a_title_under_the_top_and_a_forum() -> None:
    from pagecleaner.rules.quality import ThreadStart, slug_words

    rule = ThreadStart()
    for url in ThreadStart.examples:
        assert len(set(slug_words(url))) >= rule.min_slug, url
    for url in ThreadStart.counter_examples:
        assert len(set(slug_words(url))) < rule.min_slug, url
    assert slug_words(URL) == ["how", "do", "i", "descale", "a", "kettle"]

    def removed(text: str, url: str | None = URL, kind: str = "forum") -> list[str]:
        page = clean(text, input_format="text", url=url, page_type=kind)
        return [r.text for r in page.removed if r.rule == "quality.thread-start"]

    # The first post printed over the title too (a preview) and again under it: the copy above stays.
    assert removed(_thread_text([POSTS[0]])) == []
    # An address whose slug is too short to name the thread, or none at all: nothing goes.
    addresses: tuple[str | None, ...] = (
        "https://forum.example.org/t/descale-kettle/88771",
        "https://forum.example.org/viewtopic.php?t=112",
        None,
    )
    for address in addresses:
        assert removed(_thread_text(_BOARD_NOTICES), address) == []
    # A title printed at the foot only (a breadcrumb under the thread): what goes would outweigh
    # what the page keeps under it, so nothing goes.
    assert removed(_thread_text([*_BOARD_NOTICES, *POSTS], posts=[], title="» How do I descale a kettle?")) == []
    # Off forums the rule does not read the page.
    assert removed(_thread_text(_BOARD_NOTICES), kind="article") == []


_BRIDGE = [
    "The city council voted on Tuesday to rebuild the old footbridge over the river, ending a debate that had run "
    "for three years.",
    "Engineers said the new bridge would carry twice as many people and stand on the piers of the old one, which "
    "date from 1904.",
    "Residents who had asked for a wider crossing welcomed the plan, though some said the work should start before "
    "next winter.",
    "The council expects the bridge to open in the spring of 2028 and to cost about four million pounds, most of it "
    "from a grant.",
]
_DIALOG = [
    "We use Necessary cookies to make our website work. We'd also like to set optional Functional cookies to gather "
    "anonymous site visitation data.",
    "Cookies Settings",
    "Necessary",
    "These cookies are necessary for the website to function and cannot be switched off in our systems.",
    "Functional",
    "We may use a set of cookies to collect information and report site usage statistics for the website.",
]


def _with_dialog(before: list[str], after: list[str], closing: str = "Accept all cookies") -> str:
    """A story as innerText with a consent dialog between ``before`` and ``after``; the dialog's last
    line, ``closing``, is its button, which ``cookie.notice`` knows."""
    return "\n".join(["Council approves a new footbridge", *before, *_DIALOG, closing, *after]) + "\n"


def test_a_text_pages_consent_dialog_goes_with_its_notice() -> None:
    # The neighbour pass keeps the dialog's explanations and switches under the story; only its button
    # is a wording cookie.notice knows. On any kind of page read as text, the dialog around it goes.
    text = _with_dialog(_BRIDGE, [])
    for kind in ("article", "listing", "service"):
        page = clean(text, input_format="text", page_type=kind)
        assert [r.text for r in page.removed if r.rule == "quality.consent-dialog"] == _DIALOG, kind
        assert page.article.paragraphs[-4:] == _BRIDGE, kind
        kept = Cleaner().disable("quality.consent-dialog").clean(text, input_format="text", page_type=kind)
        assert _DIALOG[0] in kept.article.paragraphs, kind


def test_cookies_without_a_notice_or_inside_the_text_stay() -> None:
    # No line a cookie rule removed: the same lines are the page's own (a manual on HTTP cookies).
    alone = clean(_with_dialog(_BRIDGE, [], closing="Thanks for reading"), input_format="text")
    assert not any(r.rule == "quality.consent-dialog" for r in alone.removed)
    assert _DIALOG[3] in alone.article.paragraphs
    # With the story's paragraphs above and below it, the dialog is no overlay printed first or last.
    inside = clean(_with_dialog(_BRIDGE[:2], _BRIDGE[2:]), input_format="text")
    assert not any(r.rule == "quality.consent-dialog" for r in inside.removed)
    # A recipe's cookies say nothing a dialog says; a notice beside them leaves them.
    recipe = [
        "Bake the cookies for twelve minutes, then let them cool on a rack before you ice them.",
        "Store the cookies in a tin for up to a week.",
    ]
    text = "\n".join(["Ginger biscuits", "We use cookies to improve your experience.", *recipe, *_BRIDGE]) + "\n"
    page = clean(text, input_format="text")
    assert not any(r.rule == "quality.consent-dialog" for r in page.removed)
    assert set(recipe) <= set(page.article.paragraphs)


def test_consent_dialogs_at_the_edges_go_and_one_inside_the_text_stays() -> None:
    # Three dialogs on one page, each far enough from the next to be a chain of its own: the one
    # printed first and the one printed last go; the one between the story's paragraphs stays. The
    # rule reads the paragraphs above each dialog once, as it goes down the page.
    story = [
        f"Paragraph {n} of the council's report says the footbridge over the river will be rebuilt on its old "
        f"piers, and that the work on section {n} starts in the spring."
        for n in range(1, 33)
    ]
    dialog = [*_DIALOG, "Accept all cookies"]
    text = "\n".join(["Council approves a new footbridge", *dialog, *story[:16], *dialog, *story[16:], *dialog]) + "\n"
    page = clean(text, input_format="text", page_type="article")
    middle = range(len(dialog) + 18, 2 * len(dialog) + 18)  # its lines, counted from 1
    gone = [r.start_line for r in page.removed if r.rule == "quality.consent-dialog"]
    assert any(line < middle.start for line in gone) and any(line >= middle.stop for line in gone)
    assert not any(line in middle for line in gone)
    assert {_DIALOG[0], _DIALOG[3], _DIALOG[5]} <= set(page.article.paragraphs)
    assert set(story) <= set(page.article.paragraphs)
    # The first and the last dialog's explanations all go, by this rule or the neighbour pass.
    assert page.article.paragraphs.count(_DIALOG[3]) == 1


_STAT_MENU = ["Products", "Solutions", "Pricing", "Resources", "Log in"]
_STAT_INTRO = [
    "Workforce planning for hourly teams",
    "Schedule your hourly staff in minutes, forecast the hours each shift needs from last year's sales, and let"
    " your people swap shifts from their phones while the rota keeps every labour rule of your state in check.",
    "Request a demo",
    "Log in",
]
_STAT_CARDS = [
    "80% Gain",
    "in scheduling efficiency",
    "11% Decrease",
    "in customer labor costs",
    "5.2% Increase",
    "in revenue per labor hour",
    "Read the story",
]
_STAT_FOOT = ["Sign up for our newsletter", "Privacy Policy", "Terms of Service", "Careers", "Contact"]


def _stat_page(cards: list[str]) -> str:
    return "\n\n".join([*_STAT_MENU, *_STAT_INTRO, *cards, *_STAT_FOOT]) + "\n"


def test_a_text_services_stat_cards_come_back() -> None:
    # A band of figures, each over the line that says what it counts: the neighbour pass removes them
    # between a login button and a newsletter call; on a service they are the page's text.
    text = _stat_page(_STAT_CARDS)
    page = Cleaner().clean(text, input_format="text", page_type="service")
    assert all(line in page.article.paragraphs for line in _STAT_CARDS)
    without = Cleaner().disable("quality.figure-cards").clean(text, input_format="text", page_type="service")
    assert "80% Gain" not in without.article.paragraphs
    assert "Products" not in page.article.paragraphs and "Privacy Policy" not in page.article.paragraphs
    # On an article the same lines stay out (a forum's member counts, a site's "5K Training" menu).
    article = Cleaner().clean(text, input_format="text", page_type="article")
    assert "80% Gain" not in article.article.paragraphs
    assert not any(r.rule == "quality.figure-cards" for r in article.removed)


def test_bare_numbers_or_one_stat_card_do_not_come_back() -> None:
    # Bare numbers over labels (a year, a count of countries) are no stat cards, nor is one card alone.
    for cards in (
        ["2024", "Founded in Denver", "110", "Countries served", "300", "Team members"],
        ["80% Gain", "in scheduling efficiency", "Read the story"],
    ):
        text = _stat_page(cards)
        page = Cleaner().clean(text, input_format="text", page_type="service")
        without = Cleaner().disable("quality.figure-cards").clean(text, input_format="text", page_type="service")
        assert page.article.text == without.article.text


def test_figure_cards_read_whole_lines_only() -> None:
    from pagecleaner.rules.quality import _FIGURE_CARD, FigureCards

    assert all(_FIGURE_CARD.fullmatch(t) for t in FigureCards.examples)
    assert not any(_FIGURE_CARD.fullmatch(t) for t in FigureCards.counter_examples)


def test_text_contents_entry_not_printed_again_does_not_end_the_list() -> None:
    # A contents list's first entry names a section the page heads otherwise ("Quick comparison"):
    # the entries printed again after it still make the list, and it goes with them.
    text = CONTENTS_PAGE.format(heading="On this page").replace(
        "Why kettles scale\n2.", "Quick comparison\nWhy kettles scale\n2.", 1
    )
    page = clean(text, input_format="text", page_type="article")
    gone = [r.text for r in page.removed if r.rule == "quality.contents-list"]
    assert gone == ["On this page", "Quick comparison", "Why kettles scale", "2. What you need", "Step by step"]
    body = page.article.text
    assert body.count("Why kettles scale") == body.count("What you need") == body.count("Step by step") == 1
    assert "Fill the kettle halfway" in body
    kept = Cleaner().disable("quality.contents-list").clean(text, input_format="text", page_type="article")
    assert "On this page" in kept.article.text


def test_text_contents_heading_over_lines_mostly_not_printed_again_stays() -> None:
    # Under "Table of contents", three of five short lines are not printed again below (two in a
    # row, then one more): fewer than two thirds reappear, so it is not a contents list.
    text = CONTENTS_PAGE.format(heading="Table of contents").replace(
        "Why kettles scale\n2. What you need\n", "Cold water\nHard water\nWhy kettles scale\nOther tools\n", 1
    )
    page = clean(text, input_format="text", page_type="article")
    assert not any(r.rule == "quality.contents-list" for r in page.removed)
    assert "Table of contents" in page.article.text


_HELP_BLURB = (
    "Questions about a desk, an order or a delivery? Our team is happy to help you every day of the week,"
    " by phone or by chat."
)
_HELP_COLUMN = ("Customer Service", "Track Your Order", "Shipping & Delivery", "Return Policy")
_SHOWROOM = "Visit our showroom in Austin for a test drive of every desk and chair in the range."


def test_a_text_shop_page_ends_at_its_footers_help_column() -> None:
    # innerText prints the shop's footer under the grid: its help column and a blurb, which the
    # neighbour pass keeps beside the last card; the help column ends the collection.
    text = _sorted_grid(()) + "\n".join(("How Can We Help?", _HELP_BLURB, *_HELP_COLUMN, _SHOWROOM)) + "\n"
    page = clean(text, input_format="text", page_type="collection")
    assert [r.text for r in page.removed if r.rule == "quality.help-footer"] == [*_HELP_COLUMN, _SHOWROOM]
    body = page.article.paragraphs
    assert _DESKS_INTRO in body and _DESKS_MORE in body
    assert all(name in body for name in _DESKS) and "$650.00" in body
    kept = Cleaner().disable("quality.help-footer").clean(text, input_format="text", page_type="collection")
    assert _SHOWROOM in kept.article.paragraphs and "Track Your Order" in kept.article.paragraphs


@pytest.mark.parametrize("page_type", ["listing", "article", "service", "documentation"])
def test_other_text_kinds_keep_what_follows_help_links(page_type: str) -> None:
    # A listing ends at its pager; an article's or a service's "Returns" or "Contact us" is its own word as often.
    text = _sorted_grid(()) + "\n".join(("How Can We Help?", _HELP_BLURB, *_HELP_COLUMN, _SHOWROOM)) + "\n"
    page = clean(text, input_format="text", page_type=page_type)
    assert not any(r.rule == "quality.help-footer" for r in page.removed)


def test_a_help_line_alone_or_a_help_row_over_the_grid_ends_nothing() -> None:
    # One help line is a heading or a button; a header's help row has the grid under it, which outweighs it.
    alone = _sorted_grid(()) + "\n".join(("Returns", _HELP_BLURB, _SHOWROOM)) + "\n"
    top = "\n".join(("Customer Service", "Track Your Order", "Gift Cards")) + "\n" + _sorted_grid(())
    for text in (alone, top):
        page = clean(text, input_format="text", page_type="collection")
        assert not any(r.rule == "quality.help-footer" for r in page.removed)
        assert _DESKS_MORE in page.article.paragraphs
    assert _SHOWROOM in clean(alone, input_format="text", page_type="collection").article.paragraphs


def test_shop_help_lines_are_whole_lines_of_help_links() -> None:
    from pagecleaner.rules.quality import HelpFooter, _shop_help

    assert all(_shop_help(line) for line in HelpFooter.examples)
    assert not any(_shop_help(line) for line in HelpFooter.counter_examples)
    assert _shop_help("Gift CardsFind a StoreHelp Center") and _shop_help("Livraison et retours")


_SERVICE_PROSE = [
    "Our analytics team helps mid-sized firms turn scattered spreadsheets into one reporting model that finance, sales and operations can all trust every single week.",
    "We start with a two-week audit of your data sources, then build the pipelines, the dashboards and the training your people need to run them without us.",
    "Most clients see their month-end reporting cut from ten days to three within the first quarter, and keep improving as more teams join the platform.",
]
_RELATED_CARDS = [
    "Data Engineering",
    "Turn complexity into clarity with pipelines that your whole company can rely on.",
    "Learn More",
    "Cloud Migration",
    "Move your warehouse to the cloud with a plan that keeps every report running on the way.",
    "Learn More",
    "Managed Reporting",
    "Hand the monthly reporting cycle to a team that already knows your numbers by heart.",
    "Learn More",
]
_AFTER_CARDS = [
    "Frequently Asked Questions",
    "How long does an analytics engagement usually take?",
    "A first engagement usually runs eight to twelve weeks, from the audit of your sources to the handover of the dashboards and the training of the teams who will use them.",
]


def _card_page(heading: str, cards: list[str]) -> str:
    return "\n".join(
        ["Analytics Services", *_SERVICE_PROSE, heading, *cards, *_AFTER_CARDS, "© 2025 Example Analytics"]
    )


def test_a_related_heading_over_cards_with_one_button_goes_on_text_services() -> None:
    # "Related Services" over three cards, each a title, a summary and the same "Learn More": the site's
    # cards of its other services go up to the last button; the FAQ after the row stays.
    text = _card_page("Related Services", _RELATED_CARDS)
    page = Cleaner().clean(text, input_format="text", page_type="service")
    gone = [r.text for r in page.removed if r.rule == "related.card-section"]
    assert "Related Services" in gone and _RELATED_CARDS[4] in gone
    assert "Related Services" not in page.article.text and _RELATED_CARDS[7] not in page.article.text
    assert all(line in page.article.text for line in _SERVICE_PROSE)
    assert "How long does an analytics engagement usually take?" in page.article.text
    without = Cleaner().disable("related.card-section").clean(text, input_format="text", page_type="service")
    assert "Related Services" in without.article.text and _RELATED_CARDS[7] in without.article.text
    # The same on a service page read as an article.
    article = Cleaner().clean(text, input_format="text", page_type="article")
    assert _RELATED_CARDS[7] not in article.article.text


def test_a_related_heading_without_a_repeated_button_or_on_other_kinds_cuts_nothing() -> None:
    # No button printed again under the heading (the cards' buttons all differ, or it heads prose), a
    # wider heading ("More services"), another kind of page, or HTML: the rule does not fire.
    distinct = [line if line != "Learn More" else f"See {n}" for n, line in enumerate(_RELATED_CARDS)]
    for heading, cards, kind in (
        ("Related Services", distinct, "service"),
        ("Related Services", _SERVICE_PROSE[:1], "service"),
        ("More services", _RELATED_CARDS, "service"),
        ("Related Services", _RELATED_CARDS, "documentation"),
    ):
        page = Cleaner().clean(_card_page(heading, cards), input_format="text", page_type=kind)
        assert not any(r.rule == "related.card-section" for r in page.removed), (heading, kind)
    html = (
        "<html><body><main>"
        + "".join(f"<p>{line}</p>" for line in _card_page("Related Services", _RELATED_CARDS).splitlines())
        + "</main></body></html>"
    )
    page = Cleaner().clean(html, input_format="html", page_type="service")
    assert not any(r.rule == "related.card-section" for r in page.removed)


def test_a_card_section_that_outweighs_the_page_stays() -> None:
    # Read on its own with every line still kept: the section goes beside three paragraphs of the page's
    # own text, and stays when the cards hold more of the kept words than the rest of the page (its items).
    from pagecleaner.features import make_blocks
    from pagecleaner.models import PageType
    from pagecleaner.rules.base import Page
    from pagecleaner.rules.related import CardSection
    from pagecleaner.segment import segment_text

    def fired(lines: list[str]) -> list[str]:
        blocks = make_blocks(segment_text("\n".join(lines)))
        page = Page(blocks, Settings(), [None] * len(blocks), page_type=PageType.SERVICE)
        return [blocks[i].text for i, _ in CardSection().judge(page)]

    assert fired([*_SERVICE_PROSE, "Related Services", *_RELATED_CARDS])[0] == "Related Services"
    assert fired([_SERVICE_PROSE[0], "Related Services", *_RELATED_CARDS]) == []


def _poster_card(lines: list[tuple[str, str | None]], page_type: str = "forum") -> tuple[list[str], list[str]]:
    # A text page whose blocks carry the verdicts the earlier rules gave them (rule id or None for kept);
    # quality.poster-field judges it as the late rules find it. Returns what it removes and what it leaves.
    from pagecleaner.features import make_blocks
    from pagecleaner.models import Kind, PageType
    from pagecleaner.rules import default_rules
    from pagecleaner.rules.base import Page, Verdict
    from pagecleaner.segment import segment_text

    blocks = make_blocks(segment_text("\n\n".join(text for text, _ in lines) + "\n"))
    assert len(blocks) == len(lines)
    verdicts: list[Verdict | None] = [
        None if rule is None else Verdict(rule, Kind.METADATA, "set by the test") for _, rule in lines
    ]
    page = Page(blocks, Settings(), verdicts, page_type=PageType(page_type))
    rule = next(r for r in default_rules() if r.id == "quality.poster-field")
    gone = {i for i, v in rule.judge(page) if v.reason == "a poster's field inside the poster's card"}
    return [blocks[i].text for i in sorted(gone)], [b.text for i, b in enumerate(blocks) if i not in gone]


CARD = [
    (POSTS[0], None),
    ("irene", None),
    ("Sep 20, 2010", "metadata.dateline"),
    ("200", "quality.bare-count"),
    ("276", "quality.bare-count"),
    ("Vancouver, Canada", None),
    ("Jul 11, 2022", "metadata.dateline"),
    ("#6", "metadata.dateline"),
    (POSTS[1], None),
]


def test_a_posters_field_inside_the_card_goes_on_text_forums() -> None:
    # The poster's location under the counts other rules removed and over the post's date line.
    gone, kept = _poster_card(CARD)
    assert gone == ["Vancouver, Canada"]
    assert {POSTS[0], POSTS[1], "irene"} <= set(kept)
    # The rule runs late, after quality.bare-count, on the whole pipeline's order.
    from pagecleaner.rules import default_rules

    order = [r.id for r in default_rules()]
    assert order.index("quality.bare-count") < order.index("quality.poster-field")
    from pagecleaner.rules.quality import PosterField

    field = PosterField()
    assert all(field.field(text) for text in field.examples)
    assert not any(field.field(text) for text in field.counter_examples)


def test_a_posters_name_and_other_pages_short_lines_stay() -> None:
    # A name under the last post's end (one removed line above it, "Top"), not under two of the card's.
    name = [
        (POSTS[0], None),
        ("Top", "quality.poster-stats"),
        ("Stickybit", None),
        ("Posts: 79", "quality.poster-stats"),
        ("Joined: 23. Mar 2011, 09:44", "metadata.dateline"),
        (POSTS[1], None),
    ]
    assert _poster_card(name)[0] == []
    # A short reply that asks stays; so does the card's line on a page not cleaned as a forum.
    asks = [*CARD[:5], ("Why not?", None), *CARD[6:]]
    assert _poster_card(asks)[0] == []
    assert _poster_card(CARD, page_type="article")[0] == []
    # A post's line over a removed line, with kept text above it, stays.
    post = [
        (POSTS[0], None),
        ("200", "quality.bare-count"),
        ("Thanks, it works", None),
        ("Jul 11, 2022", "metadata.dateline"),
    ]
    assert _poster_card(post)[0] == []


_BADGES = ("New", "Best Seller", "Up to 20% off", "Online Only")


def _badged_grid(badges: tuple[str, ...]) -> str:
    """A shop's category read as text: its intro, then each card's badge over its name, finish and price."""
    grid = "\n".join(
        "\n".join((badge, name, "Solid wood", f"${500 + 50 * k}.00"))
        for k, (badge, name) in enumerate(zip(badges, _DESKS, strict=True))
    )
    return "\n".join(("Standing Desks", _DESKS_INTRO, grid, _DESKS_MORE)) + "\n"


def test_a_text_collection_drops_the_badges_on_its_cards() -> None:
    # innerText prints a card's merchandising badge as a line of its own over the item's name; the
    # neighbour pass keeps it with the card, each badge printed once.
    text = _badged_grid(_BADGES)
    page = clean(text, input_format="text", page_type="collection")
    assert [r.text for r in page.removed if r.rule == "quality.card-badges"] == list(_BADGES)
    body = page.article.paragraphs
    assert _DESKS_INTRO in body and _DESKS_MORE in body
    assert all(name in body for name in _DESKS) and "$500.00" in body
    kept = Cleaner().disable("quality.card-badges").clean(text, input_format="text", page_type="collection")
    assert all(badge in kept.article.paragraphs for badge in _BADGES)  # no other rule takes them


@pytest.mark.parametrize("page_type", ["listing", "article", "product", "service"])
def test_other_text_kinds_keep_card_badges(page_type: str) -> None:
    # A listing's "New" may be its items' flag; an article or a product may name its own novelty.
    page = clean(_badged_grid(_BADGES), input_format="text", page_type=page_type)
    assert not any(r.rule == "quality.card-badges" for r in page.removed)


def test_section_names_discounts_and_worded_lines_are_no_card_badges() -> None:
    # A plural names a section or a menu entry; a bare discount sits beside the price it cuts; a line
    # with other words is the shop's own.
    own = ("New Arrivals", "-30%", "Save $50", "New colours for spring")
    page = clean(_badged_grid(own), input_format="text", page_type="collection")
    assert not any(r.rule == "quality.card-badges" for r in page.removed)
    assert "New colours for spring" in page.article.paragraphs


def _service_in_two_layouts() -> str:
    # innerText prints a service's feature menu once per screen size, and a testimonial's name and role
    # again for each slide: each of those lines twice, around the service's own sections.
    menu = ["Publish API docs and SDKs", "Create, run, and manage API tests at scale"]
    role = "Head of Platform Engineering, Acme Freight"
    return (
        "\n".join([*menu, _SERVICE_SECTIONS[1], role, *menu, _SERVICE_SECTIONS[4], role, _SERVICE_SECTIONS[7]]) + "\n"
    )


def test_a_text_service_keeps_a_line_printed_once_per_layout_once() -> None:
    text = _service_in_two_layouts()
    page = clean(text, input_format="text", page_type="service")
    body = page.article.paragraphs
    assert all(_SERVICE_SECTIONS[i] in body for i in (1, 4, 7))
    for line in ["Publish API docs and SDKs", "Head of Platform Engineering, Acme Freight"]:
        assert body.count(line) == 1, line
    assert any(r.rule == "quality.service-copies" for r in page.removed)
    # Without the rule both copies stay.
    without = Cleaner().disable("quality.service-copies").clean(text, input_format="text", page_type="service")
    assert without.article.paragraphs.count("Head of Platform Engineering, Acme Freight") == 2


@pytest.mark.parametrize("kind", ["article", "listing", "documentation"])
def test_other_text_kinds_and_html_keep_a_service_line_printed_twice(kind: str) -> None:
    page = clean(_service_in_two_layouts(), input_format="text", page_type=kind)
    assert not any(r.rule == "quality.service-copies" for r in page.removed)
    html = clean(
        "<html><body>" + "".join(f"<p>{t}</p>" for t in _service_in_two_layouts().splitlines()) + "</body></html>",
        page_type="service",
    )
    assert not any(r.rule == "quality.service-copies" for r in html.removed)


def test_a_text_service_keeps_short_copies_and_code_printed_twice() -> None:
    from pagecleaner.features import make_blocks
    from pagecleaner.models import Kind, PageType
    from pagecleaner.rules.base import Label, Page, Verdict
    from pagecleaner.rules.quality import ServiceCopies
    from pagecleaner.segment import segment_text

    # A plan's four-word line and a code sample's comment, each printed twice on purpose, stay; a six-word
    # line's later copy goes, the first stays; a copy whose first copy was removed is the first kept one.
    texts = ["Monthly Reporting + Analysis", "// Set your Account SID and Auth Token here", "Read the full case study",
             "Monthly Reporting + Analysis", "// Set your Account SID and Auth Token here", "Read the full case study",
             "Read the full case study"]  # fmt: skip
    blocks = make_blocks(segment_text("\n\n".join(texts)))
    assert [b.text for b in blocks] == texts
    kept = Verdict("test.kept", Kind.LOW_CONTENT, "kept", Label.CONTENT)
    gone = Verdict("test.gone", Kind.NAVIGATION, "gone", Label.BOILERPLATE)
    rule = ServiceCopies()
    service = Page(blocks, Settings(), [kept] * len(blocks), page_type=PageType.SERVICE)
    assert [i for i, _ in rule.judge(service)] == [5, 6]
    first_gone = Page(blocks, Settings(), [*[kept] * 2, gone, *[kept] * 4], page_type=PageType.SERVICE)
    assert [i for i, _ in rule.judge(first_gone)] == [6]
    # Reported as a service but cleaned as an article (a course's dates, a fee page's rows): untouched.
    reported = Page(
        blocks, Settings(), [kept] * len(blocks), page_type=PageType.ARTICLE, reported_type=PageType.SERVICE
    )
    assert not list(rule.judge(reported))
    assert all(rule.copies(a, b) for a, b in zip(rule.examples[::2], rule.examples[1::2], strict=True))
    assert not any(
        rule.copies(a, b) for a, b in zip(rule.counter_examples[::2], rule.counter_examples[1::2], strict=True)
    )


def _posts_with_cards(card: str, sign: str, posts: list[str] | None = None) -> str:
    # A board's text: each post under its poster's name, rank and count and its date, a line under it.
    lines = []
    for n, post in enumerate(posts or POSTS, start=11):
        lines += [f"poster{n}", card, f"Messages: {n * 97}", f"Jan {n}, 2024", post, sign]
    return "\n\n".join(lines) + "\n"


def test_a_line_printed_beside_every_posts_furniture_goes_on_text_forums() -> None:
    # A one-line signature under each post, its date and the poster's count removed around it: the
    # neighbour pass keeps it between two posts; quality.per-post-line takes it out, and the posts stay.
    text = _posts_with_cards("7+ Year Member", "owns 2024 Toyota Highlander LE AWD")
    page = clean(text, input_format="text", url=URL, page_type="forum")
    assert set(POSTS) <= set(page.article.paragraphs)
    assert "owns 2024 Toyota Highlander LE AWD" not in page.article.paragraphs
    assert any(r.rule == "quality.per-post-line" for r in page.removed)
    without = Cleaner().disable("quality.per-post-line").clean(text, input_format="text", url=URL, page_type="forum")
    assert "owns 2024 Toyota Highlander LE AWD" in without.article.paragraphs


def test_a_line_printed_per_post_reads_figures_aside_and_the_cards_joined_lines() -> None:
    from pagecleaner.rules.quality import PerPostLine, _post_line_key

    rule = PerPostLine()
    for line in PerPostLine.examples:
        assert rule.shaped(line), line
    for line in (*PerPostLine.counter_examples, "", "one two three four five six seven eight nine"):
        assert not rule.shaped(line), line
    assert _post_line_key("[\xa03\xa0] Thanks") == _post_line_key("[ 12 ]  thanks")
    assert _post_line_key("7+ Year Member") == _post_line_key("10+ year member")
    assert _post_line_key("MacRumors 6502a") != _post_line_key("MacRumors G5")
    # Counts that differ from post to post are the same line: "[ 3 ] Thanks", "[ 1 ] Thanks".
    thanks = "\n\n".join(
        line
        for n, post in enumerate(POSTS, start=1)
        for line in (f"poster{n}", f"Messages: {n * 1234:,}", f"Jan {n}, 2024", post, f"[ {n} ] Thanks")
    )
    page = clean(thanks + "\n", input_format="text", url=URL, page_type="forum")
    assert set(POSTS) <= set(page.article.paragraphs)
    assert not any("Thanks" in p and p not in POSTS for p in page.article.paragraphs)


def test_a_posts_own_short_line_a_line_printed_twice_and_other_pages_stay() -> None:
    # Printed twice only: not under every post, it stays.
    twice = _posts_with_cards("7+ Year Member", "owns 2024 Toyota Highlander LE AWD", POSTS[:2])
    page = clean(twice, input_format="text", url=URL, page_type="forum")
    assert not any(r.rule == "quality.per-post-line" for r in page.removed)
    # A post's own short line printed in each post, three blocks or more from the furniture: it stays.
    body = [
        "Here is what I ran on the box this morning, line by line.\n\n"
        "I copied it from the docs and changed only the host name and the port.\n\nimport asyncio\n\n"
        "It printed the same error each time and the loop never started, which I did not expect.\n\n"
        "Then I tried the same thing on my laptop and it worked on the first try.",
    ] * 3
    posts = [f"{b} ({n})" for n, b in enumerate(body)]
    text = _posts_with_cards("7+ Year Member", "Sent from my phone using the app today", posts)
    page = clean(text, input_format="text", url=URL, page_type="forum")
    gone = {r.text for r in page.removed if r.rule == "quality.per-post-line"}
    assert "import asyncio" not in gone
    # Off forums the rule does not read the page.
    article = clean(
        _posts_with_cards("7+ Year Member", "owns 2024 Toyota Highlander LE AWD"),
        input_format="text",
        url=URL,
        page_type="article",
    )
    assert not any(r.rule == "quality.per-post-line" for r in article.removed)


_KETTLE_POSTS = [
    *POSTS,
    "I used the same trick on an old electric kettle and it came out looking new, though it took three boils.",
    "Be careful with the element on cheaper models, a soft brush is enough and anything harder scratches it.",
]
_BOARD_END = [
    "Your Answer",
    "Thanks for contributing an answer to Kettle Advice!",
    "Please be sure to answer the question. Provide details and share your research!",
    "Asking for help, clarification, or responding to other answers.",
    "To learn more, see our tips on writing great answers.",
    "A forum community dedicated to kettle owners and enthusiasts. Come join the discussion about descaling, "
    "limescale, water filters, element care, reviews, buying advice and more!",
]


def _closed_thread(*, last_footer: bool = True, quote: bool = False, posts: list[str] | None = None) -> str:
    # A board's text: each post under its poster's name and date, its buttons under it; the board's
    # closing under the last post.
    posts = posts or _KETTLE_POSTS
    lines = ["How do I descale a kettle?"]
    for n, post in enumerate(posts, start=11):
        last = n == 10 + len(posts)
        lines += [f"poster{n}", f"Jan {n}, 2024"]
        if quote and last:
            lines += [f"poster{n - 1} said:", posts[-2], "Click to expand..."]
        lines.append(post)
        if not last or last_footer:
            lines.append("Reply Quote Like")
    return "\n\n".join(lines + _BOARD_END) + "\n"


def test_what_a_text_forum_keeps_after_the_last_posts_footer_goes() -> None:
    text = _closed_thread()
    page = clean(text, input_format="text", url=URL, page_type="forum")
    assert page.article.paragraphs == _KETTLE_POSTS
    gone = {r.text.strip() for r in page.removed if r.rule == "quality.thread-end"}
    assert set(_BOARD_END[1:]) <= gone
    without = Cleaner().disable("quality.thread-end").clean(text, input_format="text", url=URL, page_type="forum")
    assert set(_BOARD_END[1:]) <= set(without.article.paragraphs)


def test_the_thread_end_stands_down_without_the_last_posts_footer_or_posts() -> None:
    # The last post's footer is not printed: nothing marks where the thread ends, nothing goes.
    bare = clean(_closed_thread(last_footer=False), input_format="text", url=URL, page_type="forum")
    assert not any(r.rule == "quality.thread-end" for r in bare.removed)
    # The last post quotes the one above it: "Click to expand..." closes the quote, not the post, and
    # the reply under it stays.
    quoted = clean(_closed_thread(last_footer=False, quote=True), input_format="text", url=URL, page_type="forum")
    assert not any(r.rule == "quality.thread-end" for r in quoted.removed)
    assert _KETTLE_POSTS[-1] in quoted.article.paragraphs
    # Two posts are no thread to end.
    two = clean(_closed_thread(posts=_KETTLE_POSTS[:2]), input_format="text", url=URL, page_type="forum")
    assert not any(r.rule == "quality.thread-end" for r in two.removed)
    # Off forums the rule does not read the page.
    article = clean(_closed_thread(), input_format="text", url=URL, page_type="article")
    assert not any(r.rule == "quality.thread-end" for r in article.removed)


def test_the_thread_end_reads_the_last_footer_after_the_last_header() -> None:
    from pagecleaner.features import make_blocks
    from pagecleaner.models import Kind, PageType
    from pagecleaner.rules.base import Label, Page, Verdict
    from pagecleaner.rules.quality import ThreadEnd
    from pagecleaner.segment import segment_text

    kept = Verdict("test.kept", Kind.LOW_CONTENT, "kept", Label.CONTENT)

    def gone(rule: str) -> Verdict:
        return Verdict(rule, Kind.METADATA, "gone", Label.BOILERPLATE)

    date, buttons, said, expand = (
        gone("metadata.dateline"), gone("comments.actions"), gone("comments.header"), gone("metadata.post-furniture")
    )  # fmt: skip
    rule = ThreadEnd()

    def judged(verdicts: list[Verdict], page_type: PageType = PageType.FORUM) -> list[int]:
        texts = [f"line {i} of the page, a few words long" for i in range(len(verdicts))]
        blocks = make_blocks(segment_text("\n\n".join(texts)))
        assert len(blocks) == len(verdicts)
        return [i for i, _ in rule.judge(Page(blocks, Settings(), list[Verdict | None](verdicts), page_type=page_type))]

    posts = [date, kept, buttons] * 3
    assert judged([*posts, kept, kept]) == [9, 10]
    # A footer before the last header only: the last post runs to the end.
    assert judged([*posts, date, kept, kept]) == []
    # The last footer closes a quote ("ann said:" … "Click to expand..."): the reply under it stays.
    assert judged([*posts, date, said, kept, expand, kept, kept]) == []
    # A footer after the quote's end closes the post.
    assert judged([*posts, date, said, kept, expand, kept, buttons, kept]) == [15]
    # More words after the footer than above it: stands down.
    assert judged([date, kept, date, kept, date, kept, buttons, kept, kept, kept, kept]) == []
    assert judged([*posts, kept, kept], PageType.ARTICLE) == []


def _html_linked_line_page(line: str) -> str:
    return (
        "<html><head><title>How to descale a kettle</title></head><body>"
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/guides">Guides</a></li></ul></nav><article>'
        f"<h1>How to descale a kettle</h1>{_KETTLE}{line}{_KETTLE}"
        "<p>White vinegar or citric acid, water, and an hour of patience are all it takes to get the kettle "
        f"clean again.</p>{_KETTLE}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("line", "linked"),
    [
        ('<p>Website: <a href="https://www.example.gov/water">https://www.example.gov/water</a></p>', "Website:"),
        ('<p>From <a href="https://news.example.com/">The Morning Ledger</a></p>', "From The Morning Ledger"),
        (
            '<ul><li>Citric acid powder, one sachet</li><li><a href="https://shop.example.com/brush">Bottle brush</a>'
            "</li><li>White vinegar, two cups</li></ul>",
            "Bottle brush",
        ),
    ],
)
def test_html_article_linked_line_between_plain_blocks_stays(line: str, linked: str) -> None:
    # A paragraph or list entry that is mostly links, with a plain block right before and right after
    # it, is the article's own: a contact line, a quotation's source, one linked entry of a plain list.
    page = clean(_html_linked_line_page(line), input_format="html", page_type="article")
    assert linked in page.article.text
    assert not any(r.rule == "quality.classify" for r in page.removed)


def test_html_article_run_of_links_beside_links_goes() -> None:
    # A run of links with another linked line beside it is no line of the text: it still goes.
    run = (
        '<p><a href="/a">Descaling tablets</a> | <a href="/b">Kettle reviews</a> | <a href="/c">Water filters</a>'
        '</p><p><a href="/d">Best kettles of the year</a></p>'
    )
    page = clean(_html_linked_line_page(run), input_format="html", page_type="article")
    assert [r.text for r in page.removed if r.rule == "quality.classify"] == [
        "Descaling tablets | Kettle reviews | Water filters"
    ]
    assert "Kettle reviews" not in page.article.text
    # A paragraph of three links or more is a run of them even between two plain paragraphs.
    alone = clean(_html_linked_line_page(run.split("</p>", 1)[0] + "</p>"), input_format="html", page_type="article")
    assert "Kettle reviews" not in alone.article.text
