"""The HTML-only rules (rules/dom.py): each removes what its markup names, and leaves the article."""

from __future__ import annotations

from collections.abc import Callable

import pytest

# Re-exported: test modules written before tests/helpers.py import these three from this one.
from helpers import MORE as MORE
from helpers import PROSE as PROSE
from helpers import prose_around as prose_around
from helpers import removed_by as removed_by
from pagecleaner import CleanedPage, Cleaner, Kind, clean
from pagecleaner.dom import html_segments, parse_html
from pagecleaner.features import make_blocks
from pagecleaner.rules.base import Page, Verdict
from pagecleaner.rules.dom import _widget_kind, layout, named_kind
from pagecleaner.settings import Settings


def page(extra: str, *, body_attrs: str = "", wrap: str = "div") -> str:
    """An article of three paragraphs, with ``extra`` markup after it."""
    return (
        f"<html><body {body_attrs}><{wrap}><p>{PROSE}</p><p>{MORE}</p><p>{PROSE} Again.</p>"
        f"</{wrap}>{extra}</body></html>"
    )


def run(html: str) -> CleanedPage:
    return clean(html, input_format="html")


def test_hidden_element_is_removed() -> None:
    r = run(page("<div style='display: none'>Secret offer for members only today</div>"))
    assert removed_by(r, "Secret offer") == "dom.hidden"


def test_a_service_pages_hidden_tab_panel_is_kept_on_service_pages_only() -> None:
    panel = (
        "<div style='display:none'><p>Sales and customer service: win new business and earn loyalty by delivering"
        " personalised experiences at scale across every messaging channel your customers already use every day"
        " Learn more</p></div>"
    )
    html = page(panel)
    assert "Sales and customer service" in clean(html, input_format="html", page_type="service").article.text
    assert removed_by(clean(html, input_format="html", page_type="article"), "Sales and customer") == "dom.hidden"
    # A link list or a short label hidden on a service page still goes.
    menu = page("<div style='display:none'><p>Pricing plans for teams</p></div>")
    assert removed_by(clean(menu, input_format="html", page_type="service"), "Pricing plans") == "dom.hidden"


def test_a_service_pages_hidden_feature_list_is_kept_as_one_panel_on_service_pages_only() -> None:
    panel = (
        "<div class='capabilities-data d-none'><p>We help you anticipate future outcomes from your data.</p>"
        "<ul><li>Predict future sales trends to plan inventory</li><li>Forecast customer behavior for marketing</li>"
        "<li>Identify potential challenges before they hit</li></ul></div>"
    )
    html = page(panel)
    service = clean(html, input_format="html", page_type="service").article.text
    assert "Predict future sales trends" in service and "anticipate future outcomes" in service
    assert removed_by(clean(html, input_format="html", page_type="article"), "Predict future") == "dom.hidden"
    # Too few words together, a hidden menu of links, or a pop-up: still removed on a service page.
    short = page("<div class='d-none'><p>Monthly plans</p><p>Yearly plans</p></div>")
    assert removed_by(clean(short, input_format="html", page_type="service"), "Yearly plans") == "dom.hidden"
    links = "".join(f"<li><a href='/s{k}'>Data strategy consulting service number {k}</a></li>" for k in range(6))
    menu = page(f"<ul class='d-none'>{links}</ul>")
    assert removed_by(clean(menu, input_format="html", page_type="service"), "number 3") == "dom.hidden"
    modal = page(panel.replace("capabilities-data", "modal"))
    assert removed_by(clean(modal, input_format="html", page_type="service"), "Predict future") == "dom.hidden"


CARD_TITLE = "Design and operationalize a secure business strategy"
CARD_TEXT = (
    "Cybersecurity is a critical business issue that needs a plan across every team, every system and every"
    " supplier you work with, from the board to the help desk."
)


def test_a_service_pages_hidden_copy_of_shown_text_goes_however_its_lines_are_cut() -> None:
    # The desktop grid shows a card's title and summary as two blocks; the mobile grid, hidden, prints
    # them as one: not the same block, so not a repeat, yet a copy of what the page shows.
    shown = f"<div class='grid'><h3>{CARD_TITLE}</h3><p>{CARD_TEXT}</p></div>"
    mobile = f"<div class='grid-mobile' style='display:none'><h3>{CARD_TITLE} {CARD_TEXT}</h3></div>"
    r = clean(page(shown + mobile), input_format="html", page_type="service")
    assert r.article.text.count("from the board to the help desk") == 1
    assert removed_by(r, f"{CARD_TITLE} Cybersecurity") == "dom.hidden"


def test_a_service_pages_hidden_panel_sharing_a_few_words_with_shown_text_stays() -> None:
    # A tab's panel that repeats a phrase of the shown text but says more is no copy: it stays.
    shown = f"<div class='grid'><h3>{CARD_TITLE}</h3><p>{CARD_TEXT}</p></div>"
    panel = (
        "<div class='tab-panel' style='display:none'><p>Cybersecurity is a critical business issue, so our"
        " incident responders join your team within hours, contain the breach, restore the systems it reached"
        " and report to your regulators on your behalf.</p></div>"
    )
    r = clean(page(shown + panel), input_format="html", page_type="service")
    assert "contain the breach" in r.article.text


def test_a_documentation_pages_hidden_tabs_stay_on_documentation_pages_only() -> None:
    tabs = (
        "<div role='tablist'><button role='tab'>npm</button><button role='tab'>pnpm</button></div>"
        "<div role='tabpanel'><pre><code>npm install --save-dev quillpress</code></pre></div>"
        "<div role='tabpanel' hidden><pre><code>pnpm add --save-dev quillpress</code></pre></div>"
        "<div role='tabpanel' style='display:none'><p>Run the installer from a terminal.</p></div>"
    )
    html = (
        f"<html><body><main><h1>Install</h1><p>{PROSE}</p>{tabs}<p>{MORE}</p>"
        "<div style='display:none'><p>Copied to clipboard</p></div></main></body></html>"
    )
    doc = clean(html, input_format="html", page_type="documentation")
    assert "pnpm add --save-dev quillpress" in doc.article.text
    assert "Run the installer from a terminal." in doc.article.text
    # A hidden element that is no tab still goes, and other page types keep hiding the tabs.
    assert removed_by(doc, "Copied to clipboard") == "dom.hidden"
    article = clean(html, input_format="html", page_type="article")
    assert removed_by(article, "pnpm add") == "dom.hidden"
    # A tab panel inside a pop-up is the pop-up's.
    modal = html.replace("<div role='tabpanel' hidden>", "<div class='modal'><div role='tabpanel' hidden>").replace(
        "quillpress</code></pre></div><div role='tabpanel' style", "quillpress</code></pre></div></div><div role='tabpanel' style"
    )
    assert removed_by(clean(modal, input_format="html", page_type="documentation"), "pnpm add") == "dom.hidden"


def test_a_page_hidden_whole_until_its_script_runs_keeps_its_text() -> None:
    """An app's root in ``display:none`` until hydrated holds the page: hiding then says nothing. A hidden
    part of a page that shows the rest still goes."""
    body = "".join(f"<p>{PROSE} Item {k}.</p><p>{MORE}</p>" for k in range(4))
    whole = f"<html><body><div id='app' style='display:none'>{body}<div>Hidden offer box</div></div></body></html>"
    r = run(whole)
    assert "Item 3." in r.article.text
    assert all(x.rule != "dom.hidden" for x in r.removed)
    part = f"<html><body><div>{body}</div><div style='display:none'>Secret offer for members only</div></body></html>"
    assert removed_by(run(part), "Secret offer") == "dom.hidden"


def test_a_page_is_weighed_as_hidden_whole_only_when_a_block_is_hidden_by_attribute(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Counting every element's words (``_hidden_page``) is skipped when no block the rule found is hidden by
    an attribute: only such a block can be kept for it. The verdicts are those of the full count."""
    from pagecleaner.rules import dom

    counted: list[int] = []
    whole = dom._hidden_page

    def counting(p: Page) -> bool:
        counted.append(1)
        return whole(p)

    monkeypatch.setattr(dom, "_hidden_page", counting)
    by_class = run(page("<div class='sr-only'>Printed citation line for members</div>"))
    assert removed_by(by_class, "Printed citation line") == "dom.hidden"
    assert counted == []
    by_attribute = run(page("<div style='display:none'>Secret offer for members only</div>"))
    assert removed_by(by_attribute, "Secret offer") == "dom.hidden"
    assert counted == [1]


def test_an_item_cards_hidden_rating_stays_on_collection_pages() -> None:
    card = (
        "<div class='card'><h3>Wireless earbuds</h3><div class='sr-only'>4.4 out of 5 stars</div>"
        "<div class='sr-only'>Sort by</div></div>"
    )
    html = page(card)
    shop = clean(html, input_format="html", page_type="collection")
    assert removed_by(shop, "4.4 out of 5 stars") != "dom.hidden"
    assert removed_by(shop, "Sort by") == "dom.hidden"
    news = clean(html, input_format="html", page_type="article")
    assert removed_by(news, "4.4 out of 5 stars") == "dom.hidden"


def test_visible_element_is_not_hidden() -> None:
    r = run(page(f"<div style='color: red'><p>{MORE} Visible.</p></div>", wrap="section"))
    assert removed_by(r, "Visible.") is None


def test_aria_hidden_and_screen_reader_text_are_removed() -> None:
    r = run(page("<p aria-hidden='true'>Icon label text</p><div class='sr-only'>Opens in new window</div>"))
    assert removed_by(r, "Icon label") == "dom.hidden"
    assert removed_by(r, "Opens in new window") == "dom.hidden"


def test_nav_footer_aside_are_landmarks() -> None:
    r = run(
        page(
            "<nav><a href='/'>Home</a> <a href='/w'>World</a></nav><footer>Printed on recycled paper in Leeds</footer>"
        )
    )
    assert removed_by(r, "Home") == "dom.landmark"
    assert removed_by(r, "Printed on recycled") == "dom.landmark"
    assert next(x for x in r.removed if "Printed on" in x.text).kind is Kind.FOOTER


def test_role_landmarks_are_removed() -> None:
    r = run(page("<div role='complementary'><p>Weather for the coast tomorrow</p></div>"))
    assert removed_by(r, "Weather for the coast") == "dom.landmark"


def test_header_inside_article_is_not_a_landmark() -> None:
    html = f"<html><body><article><header><p>{MORE} Standfirst.</p></header><p>{PROSE}</p><p>{MORE}</p></article></body></html>"
    r = run(html)
    assert removed_by(r, "Standfirst.") is None


def test_header_outside_article_is_a_landmark() -> None:
    r = run(page("<header><p>Sections and services of the site</p></header>"))
    assert removed_by(r, "Sections and services") == "dom.landmark"


def test_a_banner_role_inside_main_is_the_contents_section() -> None:
    # A shop marks a feature section of the product's own text role="banner" inside <main>.
    html = (
        f"<html><body><main><p>{PROSE}</p><div role='banner'><p>{MORE} Magnets inside.</p></div>"
        f"<p>{PROSE} Again.</p></main></body></html>"
    )
    assert removed_by(run(html), "Magnets inside.") is None


def test_a_banner_role_outside_main_is_a_landmark() -> None:
    html = (
        "<html><body><div role='banner'><p>Sections and services of the site</p></div>"
        f"<main><p>{PROSE}</p><p>{MORE}</p><p>{PROSE} Again.</p></main></body></html>"
    )
    assert removed_by(run(html), "Sections and services") == "dom.landmark"


def test_widget_names_are_removed_with_their_kind() -> None:
    r = run(
        page(
            f"<div id='comments'><p>{MORE} First comment.</p></div><div class='social-share'>Tell a friend about it</div>"
        )
    )
    assert removed_by(r, "First comment.") == "dom.named"
    assert next(x for x in r.removed if "First comment." in x.text).kind is Kind.COMMENTS
    assert removed_by(r, "Tell a friend") == "dom.named"


def test_widget_names_in_one_word_are_removed() -> None:
    # DocBook's navigation rows, MediaWiki's site notice, a comment section and an author box
    # whose names run the words together.
    r = run(
        page(
            "<div class='navfooter'><table><tr><td>Prev</td><td>Up</td><td>Next</td></tr></table></div>"
            "<div class='sitenotice'><p>Want to edit? Log in first.</p></div>"
            f"<div class='doccomments'><p>{MORE} Spotted an error in this chapter.</p></div>"
            "<div class='_authordescription_15srf_27'><p>Jo Smith is the co-founder of a consultancy.</p></div>"
        )
    )
    assert removed_by(r, "Prev") == "dom.named"
    assert removed_by(r, "Want to edit?") == "dom.named"
    assert removed_by(r, "Spotted an error") == "dom.named"
    assert next(x for x in r.removed if "Spotted an error" in x.text).kind is Kind.COMMENTS
    assert removed_by(r, "Jo Smith is the co-founder") == "dom.named"


def _wiki_category_page() -> str:
    """A MediaWiki category page: its list of pages, then the "Retrieved from" line and the category box."""
    items = "".join(
        f"<li><a href='/wiki/Lang{k}'>{name} programming language</a></li>"
        for k, name in enumerate(["Ada", "Basic", "Cobol", "Dart", "Eiffel", "Forth", "Go", "Haskell", "Icon", "Julia"])
    )
    return (
        "<html><body><main id='content' class='mw-body'><h1>Category:Programming languages</h1>"
        "<div id='bodyContent' class='vector-body'><div id='mw-content-text' class='mw-body-content'>"
        "<p>This category lists the programming languages that have an article of their own, from the oldest"
        " to the newest.</p>"
        f"<div id='mw-pages'><h2>Pages in category \"Programming languages\"</h2><ul>{items}</ul></div>"
        "<div class='printfooter'>Retrieved from"
        " \"https://en.example.org/w/index.php?title=Category:Programming_languages\"</div>"
        "</div><div id='catlinks' class='catlinks'><div id='mw-normal-catlinks' class='mw-normal-catlinks'>"
        "<a href='/wiki/Special:Categories'>Categories</a>: <ul>"
        "<li><a href='/wiki/Category:Computer_languages'>Computer languages</a></li>"
        "<li><a href='/wiki/Category:Computer_programming'>Computer programming</a></li></ul></div>"
        "<div id='mw-hidden-catlinks' class='mw-hidden-catlinks mw-hidden-cats-hidden'>Hidden categories: <ul>"
        "<li><a href='/wiki/Category:Commons_link'>Commons category link is on Wikidata</a></li>"
        "<li><a href='/wiki/Category:Automatic_TOC'>Automatic category TOC generates standard Category TOC</a></li>"
        "</ul></div></div></div></main></body></html>"
    )


def test_mediawikis_category_box_and_retrieved_from_line_are_named() -> None:
    # Inside <main>, under a category page's list of pages (kept as a listing's items), MediaWiki
    # prints the page's categories ("catlinks") and the "Retrieved from" line ("printfooter").
    r = clean(_wiki_category_page(), input_format="html", page_type="listing")
    assert removed_by(r, "Retrieved from") == "dom.named"
    assert removed_by(r, "Computer languages Computer programming") == "dom.named"
    assert removed_by(r, "Hidden categories:") == "dom.named"
    assert removed_by(r, "Commons category link is on Wikidata") == "dom.named"
    assert removed_by(r, "Ada programming language") is None
    assert removed_by(r, "This category lists the programming languages") is None
    assert named_kind("mw-hidden-catlinks") is Kind.TAGS
    assert named_kind("printfooter") is Kind.FOOTER


def test_a_category_line_named_in_two_words_is_not_mediawikis_box() -> None:
    # WordPress's "cat-links" (a post's "Posted in News" line) is two words, neither a widget's name;
    # MediaWiki's names are whole words of a token only.
    assert named_kind("cat-links") is None
    assert named_kind("catlinksgrid") is None
    assert named_kind("printfooters") is None


def test_a_page_builders_author_box_is_named_but_its_layout_classes_are_not() -> None:
    assert named_kind("elementor-widget-author-box") is Kind.METADATA
    assert named_kind("elementor-author-box__bio") is Kind.METADATA
    assert named_kind("elementor-share-buttons") is Kind.SHARE
    assert named_kind("elementor-widget-container") is None
    assert named_kind("nocomments") is None
    assert named_kind("authored") is None
    builder = (
        "<div class='elementor-widget-author-box elementor-widget'><div class='elementor-author-box__bio'>"
        "<p>Pat Lee is a fee-only financial planner who began the practice in 2004.</p></div></div>"
    )
    r = run(page(builder))
    assert removed_by(r, "Pat Lee is a fee-only") == "dom.named"
    assert removed_by(r, "Again.") is None


def test_a_price_tag_names_a_price_not_a_tag_list() -> None:
    assert named_kind("price-tag-sm") is None
    assert named_kind("price-tag-column-reverse") is None
    assert named_kind("product-price-tags") is None
    assert named_kind("post-tags") is Kind.TAGS
    assert named_kind("tag-list") is Kind.TAGS
    assert named_kind("price-promo") is Kind.AD  # only the tag word is spared beside a price


def test_shared_and_a_posts_tag_slugs_name_no_widget() -> None:
    # "shared-styles" are a design system's common styles, not a share bar; "sharedaddy" still is.
    assert named_kind("contentsystem-shared-styles__body-sc-82e72239-7") is None
    assert named_kind("share-buttons") is Kind.SHARE
    assert named_kind("sharedaddy") is Kind.SHARE
    # WordPress's post classes carry the post's tag slugs; an element named "tag-list" is a tag list.
    post = frozenset({"post-7", "type-post", "status-publish", "format-standard", "hentry", "tag-arcades"})
    assert _widget_kind(post) is None
    assert _widget_kind(frozenset({"tag-list"})) is Kind.TAGS
    r = run(page("<article class='post-7 type-post status-publish hentry tag-arcades'><p>Arcades ranked.</p></article>"))
    assert removed_by(r, "Arcades ranked.") != "dom.named"


def test_a_listings_popular_module_is_kept_and_an_articles_goes() -> None:
    items = "".join(
        f"<li><a href='/s/{n}'>Story number {n} about the harbour and its new ferry line</a></li>" for n in range(4)
    )
    html = page(f"<div class='popular-stories'><ul>{items}</ul></div>")
    assert "Story number 2 about" in clean(html, input_format="html", page_type="listing").article.text
    article = clean(html, input_format="html", page_type="article")
    assert removed_by(article, "Story number 2 about") == "dom.named"
    # An article inside a named body that the page type took for a listing: the module is its sidebar.
    body = f"<div class='article-body'><p>{PROSE}</p><p>{MORE}</p><p>{PROSE} Again.</p></div>"
    named = f"<html><body>{body}<div class='popular-stories'><ul>{items}</ul></div></body></html>"
    assert removed_by(clean(named, input_format="html", page_type="listing"), "Story number 2 about") == "dom.named"


def test_a_widget_name_on_the_article_itself_does_not_remove_it() -> None:
    # <body class="has-comments">: the element holds the article, so its name says nothing.
    r = run(page("", body_attrs="class='single has-comments'"))
    assert removed_by(r, "Again.") is None


def test_figure_caption_is_removed() -> None:
    r = run(page("<figure><img src='a.jpg'><figcaption>The library in 1910, before the fire.</figcaption></figure>"))
    assert removed_by(r, "The library in 1910") == "dom.caption"


def test_paragraph_outside_figure_is_not_a_caption() -> None:
    r = run(page(f"<p>{MORE} Not a caption.</p>", wrap="section"))
    assert removed_by(r, "Not a caption.") is None


def test_h1_headline_goes_to_title_not_body() -> None:
    r = run(page("").replace("<body >", "<body ><h1>Library to close</h1>"))
    assert removed_by(r, "Library to close") == "dom.headline"
    assert r.article.title == "Library to close"


def test_a_product_pages_h1_is_the_products_name_and_stays() -> None:
    # The description is about the named product; the page's main content opens with its name.
    html = (
        "<html><body><h1>Arrival T-Shirt</h1><div><p>The Arrival T-Shirt is a lightweight training top"
        " with sweat-wicking fabric, flatlock seams and a straight hem, made of recycled polyester.</p>"
        "<ul><li>Slim fit</li><li>Crew neck</li><li>Set-in sleeves</li></ul></div></body></html>"
    )
    product = clean(html, input_format="html", page_type="product")
    assert removed_by(product, "Arrival T-Shirt") is None
    assert product.article.text.startswith("Arrival T-Shirt")
    assert product.article.title == "Arrival T-Shirt"
    assert removed_by(clean(html, input_format="html", page_type="article"), "Arrival T-Shirt") == "dom.headline"


def test_a_service_pages_h1_that_is_not_its_stated_title_is_its_slogan_and_stays() -> None:
    # A service page is called by its stated title; an <h1> that says something else is its text.
    body = (
        "<h1>Build fast. Run any code fearlessly.</h1><div><p>The platform for developers who want to ship"
        " their apps close to their users, with servers started in milliseconds in thirty regions.</p>"
        "<p>Pay only for what you run, scale to zero when nobody calls, and keep your data near it.</p></div>"
    )
    head = "<head><title>{}</title><meta property='og:title' content='{}'></head>"
    apart = f"<html>{head.format('Deploy app servers | Fly', 'Deploy app servers')}<body>{body}</body></html>"
    service = clean(apart, input_format="html", page_type="service")
    assert removed_by(service, "Build fast.") is None
    assert service.article.text.startswith("Build fast. Run any code fearlessly.")
    assert service.article.title == "Deploy app servers"
    # The same <h1> on an article is its headline; on a service page that states the same title, too.
    assert removed_by(clean(apart, input_format="html", page_type="article"), "Build fast.") == "dom.headline"
    same = "Build fast. Run any code fearlessly."
    named = f"<html>{head.format(same, same)}<body>{body}</body></html>"
    assert removed_by(clean(named, input_format="html", page_type="service"), "Build fast.") == "dom.headline"


def test_a_subheading_is_not_the_headline() -> None:
    r = run(page(f"<h2>What happens next</h2><p>{MORE} After the subheading.</p>"))
    assert removed_by(r, "What happens next") != "dom.headline"


def test_form_text_is_removed() -> None:
    r = run(page("<form><label>Your postcode</label><button>Go</button></form>"))
    assert removed_by(r, "Your postcode") == "dom.form"


def test_an_accordions_question_in_its_button_is_kept_and_other_buttons_go() -> None:
    faq = (
        "<div class='faq'><button><h3>How long can I rent the equipment for?</h3></button>"
        f"<div><p>{MORE}</p></div>"
        "<button>Which bits does the repair kit include?</button>"
        "<button>Load more stories</button><button>Need help?</button></div>"
    )
    r = run(page(faq))
    assert removed_by(r, "How long can I rent") is None
    assert removed_by(r, "Which bits does the repair kit") is None
    assert removed_by(r, "Need help?") == "dom.form"
    assert removed_by(r, "Load more stories") is not None
    # A collapsed panel: the answer is hidden, and its question goes too.
    collapsed = "<div class='faq'><button>Which bits does the repair kit include?</button><div hidden><p>Sixty four bits.</p></div></div>"
    assert removed_by(run(page(collapsed)), "Which bits does the repair kit") == "dom.form"


def test_an_accordions_button_inside_its_heading_is_kept_and_goes_with_a_hidden_panel() -> None:
    # The WAI-ARIA accordion pattern (and Bootstrap's accordion): the heading wraps the button that
    # opens the panel, so the button's label is the panel's title.
    shown = (
        "<div class='accordion'><h2 class='accordion-header'><button class='accordion-button'>"
        "Specifications of the repair kit</button></h2><div class='accordion-collapse'><p>Sixty four "
        "precision bits in a magnetic case, with a driver handle, a flex extension and a sorting tray.</p></div>"
        "<h3><button type='button'><span>What comes in the box</span></button></h3><div><p>The kit, a spudger, "
        "tweezers, an opening pick and a printed guide to the tools for the most common repairs.</p></div>"
        "<div><button>Compare models</button></div></div>"
    )
    r = run(page(shown))
    assert removed_by(r, "Specifications of the repair kit") is None
    assert removed_by(r, "What comes in the box") is None
    assert removed_by(r, "Compare models") == "dom.form"
    # A collapsed panel: the panel is hidden, and its title goes with it.
    collapsed = (
        "<h3><button>Shipping and returns</button></h3><div hidden><p>Free returns within thirty days.</p></div>"
    )
    assert removed_by(run(page(collapsed)), "Shipping and returns") == "dom.form"


def test_a_service_pages_faq_question_keeps_its_heading_whatever_its_element_is_named() -> None:
    # A switcher's question sits in an element named as a menu; an accordion's title is named for how
    # it opens ("ask-ads" reads as an ad). On a service page both are the FAQ's questions.
    switcher = (
        "<div class='faq_tabs-menu'><div class='faq_tabs-menu-mobile'><h3>Is identity theft protection"
        " worth it?</h3></div><div class='faq_tabs-menu-mobile'><h3>Plans and pricing</h3></div>"
        "<div class='faq_tabs-menu-mobile'><p>Which plan suits a family of four?</p></div></div>"
    )
    accordion = (
        "<div class='accordion faqaccordion5'><div class='accordion-card'><h3 class='accordion-button ask-ads"
        " collapsed'>Who benefits from our data analytics service?</h3><div class='accordion-body'><p>Retailers,"
        " insurers and hospitals that hold years of records and want to plan stock, staff and prices from them"
        " rather than from guesses.</p></div></div></div>"
    )
    menu = "<div class='site-menu'><h3>Why choose our movers today?</h3></div>"
    html = page(switcher + accordion + menu)
    service = clean(html, input_format="html", page_type="service")
    assert removed_by(service, "Is identity theft protection worth it?") is None
    assert removed_by(service, "Who benefits from our data analytics") is None
    # Not a heading that asks nothing, a question that is no heading, nor a menu that names no FAQ.
    assert removed_by(service, "Plans and pricing") == "dom.named"
    assert removed_by(service, "Which plan suits a family") == "dom.named"
    assert removed_by(service, "Why choose our movers today?") == "dom.named"
    # On an article the same questions are the publisher's box beside the story: they still go.
    article = clean(html, input_format="html", page_type="article")
    assert removed_by(article, "Is identity theft protection worth it?") == "dom.named"
    assert removed_by(article, "Who benefits from our data analytics") == "dom.named"


def test_page_wrapped_in_one_form_keeps_its_article() -> None:
    r = run(f"<html><body><form><div><p>{PROSE}</p><p>{MORE}</p></div></form></body></html>")
    assert removed_by(r, "Residents who packed") is None


def test_text_outside_the_article_container_is_removed() -> None:
    html = (
        f"<html><body><div>{MORE} Outside.</div>"
        f"<article><p>{PROSE}</p><p>{MORE}</p><p>{PROSE}</p><p>{MORE}</p></article></body></html>"
    )
    r = run(html)
    assert removed_by(r, "Outside.") == "dom.outside-main"


def test_without_a_container_nothing_is_outside() -> None:
    html = f"<html><body><div><p>{PROSE}</p><p>{MORE}</p></div><div><p>{MORE} Elsewhere.</p></div></body></html>"
    r = run(html)
    assert removed_by(r, "Elsewhere.") is None
    assert not any(x.rule == "dom.outside-main" for x in r.removed)


# dom.inside-main
def test_short_lines_inside_the_article_body_are_kept() -> None:
    html = (
        f"<html><body><div itemprop='articleBody'><p>{PROSE}</p><table><tr><td>1 Smith 2040</td></tr></table>"
        f"<p>{MORE}</p></div><div><p>Tiny</p></div></body></html>"
    )
    r = run(html)
    assert removed_by(r, "1 Smith 2040") is None


def test_link_lists_inside_the_article_body_are_not_kept_for_it() -> None:
    html = (
        f"<html><body><div class='article-body'><p>{PROSE}</p><p><a href='/a'>Read this other story</a></p>"
        f"<p>{MORE}</p></div></body></html>"
    )
    r = run(html)
    assert removed_by(r, "Read this other story") is not None


def test_a_linked_heading_between_the_articles_paragraphs_is_kept() -> None:
    html = (
        f"<html><body><div class='entry'><p>{PROSE}</p><h2><a href='#step-2'>Step 2 - Backing up your data</a></h2>"
        f"<p>{MORE}</p></div></body></html>"
    )
    for kind in ("article", "service", "listing"):
        assert removed_by(clean(html, input_format="html", page_type=kind), "Step 2 - Backing up") is None, kind
    # On a product page or a forum a linked heading is another product's or thread's card.
    for kind in ("product", "forum"):
        assert removed_by(clean(html, input_format="html", page_type=kind), "Step 2 - Backing up") is not None, kind


def test_a_linked_heading_after_the_article_goes_with_the_links_under_it() -> None:
    html = (
        f"<html><body><div class='entry'><p>{PROSE}</p><p>{MORE}</p></div>"
        "<div><h3><a href='/other-story'>How to plan a garden in winter</a></h3>"
        "<p><a href='/a'>Gardening</a> <a href='/b'>Winter</a></p></div></body></html>"
    )
    r = clean(html, input_format="html", page_type="article")
    assert removed_by(r, "How to plan a garden") is not None



def test_a_list_of_linked_headings_inside_the_article_is_not_its_sections() -> None:
    html = (
        f"<html><body><div class='entry'><p>{PROSE}</p><div class='embedded'><ul><li><h3>"
        "<a href='/news/mayor-withdraws-from-senate-race'>Mayor withdraws from the senate race</a></h3></li></ul></div>"
        f"<p>{MORE}</p></div></body></html>"
    )
    r = clean(html, input_format="html", page_type="article")
    assert removed_by(r, "Mayor withdraws from") is not None


def test_dom_rules_leave_text_input_alone() -> None:
    r = clean(f"Home\n\n{PROSE}\n\n{MORE}\n", input_format="text")
    assert not any(x.rule.startswith("dom.") for x in r.removed)


def test_an_article_body_split_around_an_ad_is_one_container() -> None:
    html = (
        "<html><body><div class='chunks'>"
        f"<div class='grid'><div class='article-body'><p>{PROSE}</p><p>{MORE}</p><p>{PROSE} One.</p></div></div>"
        "<div class='grid'><div class='slot'>Sponsored</div></div>"
        f"<div class='grid'><div class='article-body'><p>{MORE} Two.</p><p>{PROSE} Three.</p></div></div>"
        f"</div><div><p>{MORE} Elsewhere.</p></div></body></html>"
    )
    r = run(html)
    assert removed_by(r, "Two.") is None
    assert removed_by(r, "Three.") is None
    assert removed_by(r, "Elsewhere.") == "dom.outside-main"


def test_bootstrap_d_none_hides_unless_shown_at_a_breakpoint() -> None:
    r = run(
        page(
            "<div class='d-none d-print-block'>Printed citation line</div><div class='d-none d-md-block'><p>Wide screens see this text.</p></div>"
        )
    )
    assert removed_by(r, "Printed citation") == "dom.hidden"
    assert removed_by(r, "Wide screens") != "dom.hidden"


def test_an_embedded_post_is_content_even_inside_a_widget() -> None:
    r = run(page(f"<div class='article-tweet article-widget'><p>{MORE} Tweeted.</p></div>", wrap="section"))
    assert removed_by(r, "Tweeted.") != "dom.named"


def test_an_element_with_two_widget_names_gets_the_same_kind_every_run() -> None:
    r = run(page("<div class='share comments'>Two names on one element</div>"))
    assert next(x for x in r.removed if "Two names" in x.text).kind is Kind.COMMENTS


def test_articles_nested_in_a_feed_article_are_related_items() -> None:
    cards = "".join(f"<article><p>{MORE} Card {i}.</p></article>" for i in range(3))
    html = f"<html><body><article><p>{PROSE}</p><p>{MORE}</p></article><article class='feed'>{cards}</article></body></html>"
    r = run(html)
    assert removed_by(r, "Card 1.") == "dom.nested-articles"
    assert removed_by(r, "roof that leaks") is None


def test_one_article_inside_a_page_article_is_the_story() -> None:
    html = f"<html><body><article><div>Site strap</div><article><p>{PROSE}</p><p>{MORE} Story.</p></article></article></body></html>"
    r = run(html)
    assert removed_by(r, "Story.") is None


def test_layout_is_measured_again_when_a_rule_removes_prose() -> None:

    html = (
        f"<html><body><article><p>{PROSE}</p><p>{MORE}</p></article><div><p>{PROSE} Elsewhere.</p></div></body></html>"
    )
    blocks = make_blocks(html_segments(parse_html(html).root))
    p = Page(blocks, Settings(), [None] * len(blocks))
    before = layout(p)
    assert layout(p) is before  # nothing removed: the same measurement
    p.verdicts[0] = Verdict("test.rule", Kind.OTHER, "test")
    after = layout(p)
    assert after.total < before.total


def test_layout_of_another_page_is_its_own() -> None:

    def measured(html: str) -> int:
        blocks = make_blocks(html_segments(parse_html(html).root))
        return layout(Page(blocks, Settings(), [None] * len(blocks))).total

    one = measured(f"<html><body><p>{PROSE}</p></body></html>")
    two = measured(f"<html><body><p>{PROSE}</p><p>{MORE}</p></body></html>")
    assert two > one


def test_main_container_share_follows_the_settings() -> None:
    html = (
        f"<html><body><div class='article-body'><p>{PROSE}</p><p>{MORE}</p></div>"
        f"<div><p>{PROSE} Elsewhere.</p><p>{MORE} Elsewhere.</p><p>{PROSE} Also.</p></div></body></html>"
    )
    blocks = make_blocks(html_segments(parse_html(html).root))

    def main_of(settings: Settings) -> str | None:
        lay = layout(Page(blocks, settings, [None] * len(blocks)))
        return lay.main.tag if lay.main is not None else None

    assert main_of(Settings()) == "div"  # the named body holds 40% of the prose: enough
    assert main_of(Settings(dom_strong_share=0.5)) is None


# dom.main-over-run
OPENING = "Google launches its streaming service tomorrow, and the first reviews are mixed on the picture."
BREAK = (
    "<p>Sign up for our daily newsletter to get the news straight to your inbox every morning</p>"
    "<p>Related: Stadia pricing for games announced ahead of launch</p>"
)


def test_an_opening_paragraph_cut_off_by_a_promo_stays_beside_its_siblings() -> None:
    html = (
        f"<html><body><div><p>{OPENING}</p>{BREAK}<p>{PROSE}</p><p>{MORE}</p><p>{PROSE} Again.</p></div></body></html>"
    )
    assert removed_by(run(html), OPENING) is None


def test_a_paragraph_in_another_element_is_left_to_the_main_run() -> None:
    html = (
        f"<html><body><h1>Stadia falls short</h1><div><p>{OPENING}</p></div>{BREAK}"
        f"<div><p>{PROSE}</p><p>{MORE}</p><p>{PROSE} Again.</p></div></body></html>"
    )
    assert removed_by(run(html), OPENING) == "quality.main-run"


def test_tailwind_hidden_shown_at_a_breakpoint_is_visible() -> None:
    r = run(
        page(
            "<div class='hidden lg:block'><p>Desktop readers see this paragraph.</p></div>"
            "<div class='hidden'><p>Nobody sees this hidden label text.</p></div>"
        )
    )
    assert removed_by(r, "Desktop readers") != "dom.hidden"
    assert removed_by(r, "Nobody sees") == "dom.hidden"


def test_a_utility_class_is_not_a_widget_name() -> None:
    html = f"<html><body><div class='lg:pt-[var(--banner-height)]'><p>{PROSE}</p><p>{MORE}</p></div></body></html>"
    r = run(html)
    assert removed_by(r, "The council voted") is None


def test_an_article_built_of_widget_modules_is_kept() -> None:
    # A page builder names every module "widget": together they hold the article.
    modules = "".join(f"<div class='so-panel widget widget_text'><p>{a}</p><p>{b}</p></div>" for a, b in ((PROSE, MORE), (MORE, PROSE)))
    html = (
        f"<html><body>{modules}<div class='so-panel widget'><p>{PROSE} Third.</p></div>"
        "<div class='widget'><a href='/a'>Home</a> <a href='/b'>Shop</a></div></body></html>"
    )
    r = run(html)
    assert removed_by(r, "The council voted") is None
    assert removed_by(r, "Residents who packed") is None
    assert removed_by(r, "Shop") == "dom.named"


def test_a_sidebar_widget_beside_the_article_still_goes() -> None:
    r = run(page(f"<div class='widget widget_text'><p>{MORE} About us.</p></div>", wrap="section"))
    assert removed_by(r, "About us.") == "dom.named"


def test_a_section_named_for_its_heading_is_not_a_widget() -> None:
    html = (
        f"<html><body><div><p>{PROSE}</p></div><section id='respond-to-review-comments'>"
        f"<h2>Respond to review comments</h2><p>{MORE} Reviewed.</p></section>"
        f"<section id='comments'><h3>12 thoughts</h3><p>{MORE} Great post!</p></section></body></html>"
    )
    r = run(html)
    assert removed_by(r, "Respond to review") is None
    assert removed_by(r, "Reviewed.") is None
    assert removed_by(r, "Great post!") == "dom.named"


def test_hidden_tab_panel_prose_is_kept() -> None:
    panels = f"<div role='tabpanel'><p>{MORE}</p></div><div role='tabpanel' hidden><p>{PROSE} Specifications.</p></div>"
    r = run(page(panels, wrap="section"))
    assert removed_by(r, "Specifications.") != "dom.hidden"


def test_hidden_menus_modals_and_copies_stay_removed() -> None:
    r = run(
        page(
            "<div style='display:none'><a href='/a'>Home</a> <a href='/b'>Shop</a> <a href='/c'>Sale</a></div>"
            f"<div class='modal' style='display:none'><p>{MORE} Join today.</p></div>"
            f"<div hidden><p>{PROSE}</p></div>"
        )
    )
    assert removed_by(r, "Sale") == "dom.hidden"
    assert removed_by(r, "Join today.") == "dom.hidden"
    assert sum(p == PROSE for p in r.article.paragraphs) == 1  # the hidden copy is not kept too


def test_a_product_keeps_one_copy_of_its_description_printed_twice() -> None:
    description = (
        "<p>The classic tee, cut in a regular fit from heavyweight combed cotton with neck ribbing and"
        " double needle hems for durability and minimal shrinkage after every wash.</p>"
    )
    links = "<div><a href='/s'>Size guide</a> <a href='/b'>Bulk order</a></div>"
    html = (
        f"<html><body><div><p>{PROSE}</p></div>{links}<div>{description}</div>{links}"
        f"<div>{description}</div>{links}</body></html>"
    )
    product = clean(html, input_format="html", page_type="product")
    assert sum("classic tee" in p for p in product.article.paragraphs) == 1
    article = clean(html, input_format="html", page_type="article")
    assert not any(r.rule == "dom.printed-once" for r in article.removed)


def test_a_figure_quoting_a_customer_is_text_not_a_caption() -> None:
    r = run(
        page(
            f"<figure><blockquote><p>{MORE} Quoted.</p></blockquote><figcaption>Jane Doe, Head of Design</figcaption></figure>"
            "<figure><img src='/a.jpg'><figcaption>The harbour at dawn. Photo: J. Doe</figcaption></figure>",
            wrap="section",
        )
    )
    assert removed_by(r, "Quoted.") != "dom.caption"
    assert removed_by(r, "Jane Doe, Head of Design") != "dom.caption"
    assert removed_by(r, "The harbour at dawn") == "dom.caption"


def test_a_table_in_a_figure_is_text_not_a_caption() -> None:
    r = run(
        page(
            "<figure class='wp-block-table'><table><tr><th>Job</th><th>Price range</th></tr>"
            "<tr><td>Faucet install</td><td>$150 to $535</td></tr></table>"
            "<figcaption>Typical prices in 2025</figcaption></figure>"
            "<figure><img src='/a.jpg'><figcaption>The harbour at dawn. Photo: J. Doe</figcaption></figure>",
            wrap="section",
        )
    )
    assert removed_by(r, "Faucet install") != "dom.caption"
    assert removed_by(r, "Typical prices in 2025") != "dom.caption"
    assert removed_by(r, "The harbour at dawn") == "dom.caption"


def test_a_product_page_drops_its_shoppers_reviews_but_keeps_its_description() -> None:
    review = "Love this mug, it keeps my coffee hot for ages and the glaze is lovely. Would buy again for sure."
    blurb = "A thoughtful, practical book that every reader will enjoy, according to the publisher's own editors."
    html = (
        "<html><body><main><h1>Stoneware mug</h1>"
        f"<div class='product-description'><p>{PROSE}</p><p>{MORE}</p></div>"
        f"<div class='editorial-reviews'><p>{blurb}</p></div>"
        f"<div class='image-preview'><p>{PROSE} Previewed.</p></div>"
        f"<section class='customer-reviews'><div class='review-card'><p>{review}</p></div></section>"
        "</main></body></html>"
    )
    product = clean(html, input_format="html", page_type="product")
    assert removed_by(product, "Love this mug") == "dom.reviews"
    assert removed_by(product, "The council voted") != "dom.reviews"
    assert removed_by(product, "according to the publisher") != "dom.reviews"
    assert removed_by(product, "Previewed.") != "dom.reviews"
    # An article may be a review: only product pages lose the reviews by name.
    article = clean(html, input_format="html", page_type="article")
    assert not any(r.rule == "dom.reviews" for r in article.removed)


def test_reviews_around_the_products_name_are_the_product() -> None:
    html = (
        "<html><body><div class='reviews-enabled'><h1>Stoneware mug</h1>"
        f"<p>{PROSE}</p><p>{MORE}</p></div></body></html>"
    )
    product = clean(html, input_format="html", page_type="product")
    assert not any(r.rule == "dom.reviews" for r in product.removed)


def test_a_cookie_dialog_goes_whole_but_other_dialogs_and_cookie_recipes_stay() -> None:
    kinds = "Performance cookies collect information about how you use a website, like which pages you visited."
    guide = "Measure your chest at its widest point and pick the size whose range holds that measurement."
    html = page(
        f"<section role='dialog' class='privacy-modal'><p>Accept all cookies</p><p>{kinds}</p></section>"
        f"<div role='dialog' class='size-guide'><p>{guide}</p></div>"
    )
    r = run(html)
    assert removed_by(r, "Performance cookies") == "dom.consent"
    assert removed_by(r, "Measure your chest") != "dom.consent"
    banner = run(page("<section class='gdpr-banner'><p>We use cookies and other technologies that are"
                      " essential to provide our services, as described in our notice.</p></section>"))
    assert removed_by(banner, "We use cookies and other") in ("dom.consent", "dom.named", "cookie.notice")
    recipe = (
        "<html><body><h2>Baking</h2><article class='cookies-recipe'>"
        + "".join(f"<p>{PROSE} Cookie step {n}.</p>" for n in range(5))
        + "</article></body></html>"
    )
    assert not any(x.rule == "dom.consent" for x in run(recipe).removed)


def test_a_consent_managers_preference_centre_goes_with_its_banner() -> None:
    # The manager's element holds two dialogs: the banner (its notice line marks it) and the
    # preference centre, which explains each kind of cookie at length and holds no notice line.
    kinds = "".join(
        f"<h4>{name} Cookies</h4><p>These technologies {what}, and they help us understand how the site is"
        " used and how visitors move around it over time.</p>"
        for name, what in (("Performance", "count visits"), ("Functional", "remember choices"),
                           ("Targeting", "build a profile"), ("Social Media", "let you share"))
    )
    # Its prose outweighs a short page's own, so no rule looks past the manager's element by name.
    html = (
        f"<html><body><div><p>{PROSE}</p></div>"
        "<div id='onetrust-consent-sdk'>"
        "<div id='onetrust-banner-sdk' role='dialog'><p>Accept All Cookies</p></div>"
        f"<div id='onetrust-pc-sdk' class='otPcCenter'><div role='dialog'>{kinds}</div></div></div></body></html>"
    )
    r = run(html)
    assert removed_by(r, "These technologies count visits") == "dom.consent"
    assert removed_by(r, "These technologies build a profile") == "dom.consent"
    assert removed_by(r, "The council voted") is None
    # A named element of much prose about cookies with no dialog in it stays (a recipe, a policy).
    recipe = page(
        "<div class='cookie-recipes'>"
        + "".join(f"<p>{PROSE} Cookie batch {n}.</p>" for n in range(5))
        + "</div>"
    )
    assert not any(x.rule == "dom.consent" for x in run(recipe).removed)


def _thread(post_class: str, signature_class: str) -> str:
    post = "I have been turning bowls on this lathe for three years and the bearings never gave trouble until last week."
    reply = "Check the drive belt tension first; a loose belt hums like that, and it costs nothing to adjust before you pull them."
    sig = "Woodturner since 1998 and proud of it, visit my shop for handmade bowls and pens"
    return (
        "<html><head><script type='application/ld+json'>{\"@type\": \"DiscussionForumPosting\"}</script></head>"
        "<body><h1>Lathe hums</h1>"
        + "".join(
            f"<div class='{post_class}'><div class='message-body'><p>{text}</p></div>"
            f"<div class='{signature_class}'><p>{sig}</p></div></div>"
            for text in (post, reply)
        )
        + "</body></html>"
    )


def test_a_forum_posts_signature_goes_but_not_the_post() -> None:
    r = run(_thread("message", "message-signature"))
    assert r.page_type.value == "forum"
    assert removed_by(r, "Woodturner since 1998") == "dom.signature"
    assert removed_by(r, "I have been turning bowls") is None
    assert removed_by(r, "Check the drive belt") is None
    # Off forums a "signature" is something else: a function's, or a shop's signature range.
    doc = clean(_thread("message", "message-signature"), input_format="html", page_type="documentation")
    assert not any(x.rule == "dom.signature" for x in doc.removed)
    # A post named for what it holds ("post-with-signature") is not a signature: the word must stand alone.
    r = run(_thread("post-signatured", "message-footer-line"))
    assert not any(x.rule == "dom.signature" for x in r.removed)


def test_a_footer_outweighing_the_scant_prose_above_it_is_still_the_footer() -> None:
    fine = "Testing conducted in January using preproduction systems with the configurations listed here. "
    notes = "".join(f"<li>{fine * 2}Note {n}.</li>" for n in range(4))
    html = (
        "<html><body><h1>Laptop Air</h1><div><p>The thinnest laptop we have made, with a battery that lasts all day, a bright screen and a keyboard that is quiet enough for the library.</p></div>"
        f"<footer role='contentinfo'><ol>{notes}</ol></footer></body></html>"
    )
    r = clean(html, input_format="html", page_type="product")
    assert removed_by(r, "Note 2.") == "dom.landmark"
    # A footer that holds the headline holds the page: the guard stands.
    inside = (
        f"<html><body><footer><h1>Laptop Air</h1><p>{PROSE}</p><p>{MORE}</p></footer></body></html>"
    )
    assert removed_by(clean(inside, input_format="html"), "The council voted") != "dom.landmark"
    # Nor is a footer released when it holds all the prose: nothing would be left to guard.
    alone = f"<html><body><h1>Laptop Air</h1><footer role='contentinfo'><ol>{notes}</ol></footer></body></html>"
    assert removed_by(clean(alone, input_format="html", page_type="product"), "Note 2.") != "dom.landmark"


def test_a_tooltip_is_not_the_article() -> None:
    tip = "Your order should arrive by this date if you buy today, counting the days the seller needs to ship."
    r = run(page(f"<div class='estimate'><span>Arrives soon</span><div role='tooltip'><p>{tip}</p></div></div>"))
    assert removed_by(r, "Your order should arrive") == "dom.landmark"
    assert removed_by(r, "The council voted") is None


def test_a_dialog_shown_over_the_page_is_not_the_article() -> None:
    policy = "".join(
        f"<p>{n}. We process personal information for the purposes of running our services, of keeping your"
        " account safe and of telling you about offers, as the law of the place where you live allows it.</p>"
        for n in range(1, 9)
    )
    dialog = f"<div role='dialog' class='modal-privacy-policy'><h2>Privacy policy</h2>{policy}</div>"
    r = run(page(dialog).replace("<body >", "<body ><h1>Library to close</h1>"))
    assert removed_by(r, "We process personal information") == "dom.dialog"
    assert removed_by(r, "The council voted") is None
    # A dialog that holds the page's <h1> is the page (a product's quick view opened on its own).
    own = run(f"<html><body><div role='dialog'><h1>Library to close</h1><p>{PROSE}</p><p>{MORE}</p></div></body></html>")
    assert removed_by(own, "The council voted") is None


def test_a_service_pages_tab_panels_named_as_a_menu_are_kept() -> None:
    answer = (
        "An identity protection plan watches the places where stolen data is traded and tells you at once,"
        " so that you can freeze your credit before anyone opens an account in your name."
    )
    tabs = (
        f"<div class='faq_tabs-menu-link'><h3>What does it cost?</h3><p>{answer}</p></div>"
        "<div class='site-menu'><a href='/a'>Plans</a> <a href='/b'>Pricing</a></div>"
    )
    html = page(tabs)
    service = clean(html, input_format="html", page_type="service")
    assert removed_by(service, "An identity protection plan") is None
    assert removed_by(service, "Pricing") is not None  # a menu of links still goes
    article = clean(html, input_format="html", page_type="article")
    assert removed_by(article, "An identity protection plan") == "dom.named"


def test_a_follow_up_is_not_a_follow_button() -> None:
    assert named_kind("follow-up-88530904") is None
    assert named_kind("question_follow_up") is None
    assert named_kind("follow-us") is Kind.SHARE
    assert named_kind("social-follow") is Kind.SHARE


def test_a_documents_table_of_contents_in_its_main_container_is_kept() -> None:
    toc = "<ul>" + "".join(f"<li><a href='#s{n}'>{n}. Section {n}</a></li>" for n in range(1, 5)) + "</ul>"
    html = (
        "<html><body><nav><a href='/'>Home</a> <a href='/docs'>Docs</a></nav>"
        f"<main><h1>Indexes</h1>{toc}<p>{PROSE}</p><p>{MORE}</p></main></body></html>"
    )
    doc = clean(html, input_format="html", page_type="documentation")
    assert removed_by(doc, "2. Section 2") is None
    assert removed_by(doc, "Docs") is not None
    article = clean(html, input_format="html", page_type="article")
    assert removed_by(article, "2. Section 2") is not None


def test_a_line_kept_twice_is_kept_once_except_on_documentation() -> None:
    # A shop prints its product's name, sizes and price (with words: a price alone is
    # quality.shop-figure's, a price under its label quality.price-label's) once for the desktop and
    # once for the mobile layout.
    copy = "<div><h2>Classic Tee</h2><p>Black</p><p>$22 in four colours</p><p>Sizes XS to XXL, regular fit.</p></div>"
    html = f"<html><body><main><p>{PROSE}</p>{copy}<p>{MORE}</p>{copy}</main></body></html>"
    product = clean(html, input_format="html", page_type="product")
    assert sum(p == "$22 in four colours" for p in product.article.paragraphs) == 1
    assert sum(p == "Sizes XS to XXL, regular fit." for p in product.article.paragraphs) == 1
    assert any(r.rule == "dom.kept-twice" and r.text == "$22 in four colours" for r in product.removed)
    doc = clean(html, input_format="html", page_type="documentation")  # a note repeated on purpose
    assert sum(p == "$22 in four colours" for p in doc.article.paragraphs) == 2
    article = clean(html, input_format="html", page_type="article")  # an article repeats on purpose
    assert sum(p == "Sizes XS to XXL, regular fit." for p in article.article.paragraphs) == 2


def test_an_items_rating_printed_by_two_cards_is_kept_on_a_collection() -> None:
    # Two products of a shop's category share a rating: each card's rating is its own line.
    cards = "".join(
        f"<li><h3><a href='/p/{n}'>{name}</a></h3><p>4.6 out of 5 stars</p><p>Wireless, with a charging case.</p></li>"
        for n, name in enumerate(("Wireless earbuds", "Bluetooth headphones", "Sports earbuds"))
    )
    html = f"<html><body><main><h1>Headphones</h1><p>{PROSE}</p><ul>{cards}</ul></main></body></html>"
    shop = clean(html, input_format="html", page_type="collection")
    assert sum(p == "4.6 out of 5 stars" for p in shop.article.paragraphs) == 3
    assert sum(p == "Wireless, with a charging case." for p in shop.article.paragraphs) == 1
    product = clean(html, input_format="html", page_type="product")  # a product page's rating is printed once per layout
    assert sum(p == "4.6 out of 5 stars" for p in product.article.paragraphs) <= 1


def test_a_section_printed_once_per_screen_size_is_kept_once_on_an_article() -> None:
    # A site builder prints the body once for the desktop and once for the phone layout.
    section = f"<h2>Why it closed</h2><p>{PROSE}</p><p>{MORE}</p>"
    html = (
        "<html><body><main><h1>Library to close</h1>"
        f"<div class='variant desktop'>{section}</div><div class='variant phone'>{section}</div>"
        "</main></body></html>"
    )
    article = clean(html, input_format="html", page_type="article")
    assert sum(p == PROSE for p in article.article.paragraphs) == 1
    assert sum(p == MORE for p in article.article.paragraphs) == 1
    assert sum(r.rule == "dom.section-copy" for r in article.removed) == 3
    assert all("a copy of the section at block" in r.reason for r in article.removed if r.rule == "dom.section-copy")
    doc = clean(html, input_format="html", page_type="documentation")  # repeated on purpose
    assert sum(p == PROSE for p in doc.article.paragraphs) == 2


def test_a_copy_of_two_blocks_or_a_part_of_a_section_is_not_a_section_copy() -> None:
    # Two paragraphs printed again (a pull quote, a card): short of a section.
    two = f"<p>{PROSE}</p><p>{MORE}</p>"
    html = f"<html><body><main><h1>Library to close</h1><div>{two}</div><p>Other news follows.</p><div>{two}</div></main></body></html>"
    assert not any(r.rule == "dom.section-copy" for r in clean(html, input_format="html", page_type="article").removed)
    # The second element holds the paragraphs of the first and one of its own: not a copy of it.
    first = f"<div><h2>Why it closed</h2><p>{PROSE}</p><p>{MORE}</p></div>"
    second = f"<div><h2>Why it closed</h2><p>{PROSE}</p><p>{MORE}</p><p>The vote was seven to two.</p></div>"
    html = f"<html><body><main>{first}<p>Other news follows.</p>{second}</main></body></html>"
    removed = clean(html, input_format="html", page_type="article").removed
    assert not any(r.rule == "dom.section-copy" for r in removed)


def test_a_documents_contents_are_kept_where_no_main_container_is_named() -> None:
    # No <main>: the table of contents lies in the element that holds the document's prose.
    toc = "<ul>" + "".join(f"<li><a href='/docs/{n}'>11.{n}. Section {n}</a></li>" for n in range(1, 5)) + "</ul>"
    side = "<div><ul>" + "".join(f"<li><a href='/x/{n}'>Chapter {n}</a></li>" for n in range(1, 9)) + "</ul></div>"
    html = (
        f"<html><body>{side}<div id='docContent'><h1>Indexes</h1>{toc}<p>{PROSE}</p><p>{MORE}</p>"
        f"<p>{PROSE} Again.</p></div></body></html>"
    )
    doc = clean(html, input_format="html", page_type="documentation")
    assert removed_by(doc, "11.2. Section 2") is None
    assert removed_by(doc, "Chapter 3") is not None  # outside the element that holds the document
    article = clean(html, input_format="html", page_type="article")
    assert removed_by(article, "11.2. Section 2") is not None


def test_the_sources_under_an_article_go_but_not_its_text_or_an_api_reference() -> None:
    entries = (
        "<li>Haff G, Triplett NT. (2016). Essentials of strength training and conditioning. Fourth edition.</li>"
        "<li>Smith J. (2020). Libraries and their roofs. Journal of Buildings 4(2), 11-19.</li>"
    )
    html = (
        f"<html><body><article><h1>Library closes</h1><p>{PROSE}</p><p>{MORE}</p>"
        f"<h2>References</h2><ol>{entries}</ol><h2>What comes next</h2><p>{PROSE} Next.</p></article>"
        "</body></html>"
    )
    r = run(html)
    assert removed_by(r, "Haff G, Triplett NT") == "dom.sources"
    assert removed_by(r, "Libraries and their roofs") == "dom.sources"
    # The section ends at the next heading of its level: the text after it is the article's.
    assert removed_by(r, "Next.") is None
    assert removed_by(r, "The council voted") is None
    # A label alone on its line opens the section too ("Article Sources:").
    label = run(page(f"<div><p>Article Sources:</p><ul>{entries}</ul></div>", wrap="article"))
    assert removed_by(label, "Haff G, Triplett NT") == "dom.sources"
    # "Reference" is an API document's section, not a list of sources.
    api = run(
        f"<html><body><main><h1>useState</h1><p>{PROSE}</p><h2>Reference</h2><p>{MORE}</p></main></body></html>"
    )
    assert removed_by(api, "Residents who packed") is None
    # A page that is mostly a bibliography keeps it.
    biblio = run(
        "<html><body><main><h1>Reading list</h1><h2>Sources</h2><ul>"
        + "".join(f"<li>{PROSE} Volume {n}.</li>" for n in range(6))
        + "</ul></main></body></html>"
    )
    assert not any(x.rule == "dom.sources" for x in biblio.removed)


def test_a_streamed_segment_is_the_pages_text_not_hidden() -> None:
    # React's server rendering sends late parts of the page in <div hidden id="S:n">, which its
    # inline script moves into place at once: the reader sees that text.
    html = (
        "<html><body><main><h1>Deploy in minutes</h1><template id='B:0'></template></main>"
        f"<div hidden id='S:0'><p>{PROSE}</p><p>{MORE}</p></div>"
        "<div hidden id='S:menu'><p>Pricing Docs Blog Careers Menu copy</p></div>"
        "<div hidden id='signup'><p>Log in Register Help Status</p></div>"
        "</body></html>"
    )
    r = run(html)
    assert removed_by(r, "The council voted") is None
    assert removed_by(r, "Residents who packed") is None
    assert removed_by(r, "Menu copy") == "dom.hidden"
    assert removed_by(r, "Log in Register") == "dom.hidden"


def test_a_forums_notices_go_but_not_its_posts_and_not_an_articles_notice() -> None:
    notice = "Scam alert: members are reminded never to send money to buy anything from a stranger here."
    html = _thread("message", "message-footer-line").replace(
        "<body><h1>Lathe hums</h1>", f"<body><h1>Lathe hums</h1><ul class='notices'><li class='notice'>{notice}</li></ul>"
    )
    r = run(html)
    assert removed_by(r, "Scam alert") == "dom.forum-notice"
    assert removed_by(r, "I have been turning bowls") is None
    # On an article a "notice" may be its correction: no forum rule reads it.
    article = run(page(f"<div class='notice'><p>{MORE} Corrected.</p></div>", wrap="article"))
    assert not any(x.rule == "dom.forum-notice" for x in article.removed)


def _topic_list(name: str, item: str = "") -> str:
    # Another thread's title and its opening lines, as a board prints them under the thread.
    teaser = "Hi everyone, so I currently run a small agency and clients book a call before I pitch them a plan."
    return (
        f"<ul class='{name}'><li class='{item}'><a href='/t/2'>Will simple methods still work</a>"
        f"<p>{teaser}</p></li><li class='{item}'><a href='/t/3'>Lathe belts compared</a>"
        f"<p>{teaser} Second.</p></li></ul>"
    )


def test_a_boards_list_of_other_topics_under_a_thread_goes_but_not_the_posts() -> None:
    html = _thread("message", "message-footer-line").replace("</body>", _topic_list("topiclist", "topiclist-item") + "</body>")
    r = run(html)
    assert r.page_type.value == "forum"
    assert removed_by(r, "I currently run a small agency") == "dom.topic-list"
    assert removed_by(r, "I have been turning bowls") is None
    assert removed_by(r, "Check the drive belt") is None
    # vBulletin's spelling.
    vb = run(_thread("message", "message-footer-line").replace("</body>", _topic_list("threadlist") + "</body>"))
    assert removed_by(vb, "I currently run a small agency") == "dom.topic-list"


def test_a_topic_list_that_holds_the_thread_or_stands_off_a_forum_is_not_the_topic_lists() -> None:
    # The posts inside an element so named: it holds the thread, and stays.
    wrapped = _thread("message", "message-footer-line").replace("<body>", "<body><div class='topic-list'>")
    wrapped = wrapped.replace("</body>", "</div></body>")
    assert not any(x.rule == "dom.topic-list" for x in run(wrapped).removed)
    # A "list" word that names no list of topics (a "checklist" in a post) is not one.
    other = run(_thread("message", "message-footer-line").replace("</body>", _topic_list("checklist") + "</body>"))
    assert not any(x.rule == "dom.topic-list" for x in other.removed)
    # Off forums a list of topics is the page's own index: no forum rule reads it.
    article = run(page(_topic_list("topiclist"), wrap="article"))
    assert not any(x.rule == "dom.topic-list" for x in article.removed)


def _qa_page(answer_prop: str = "suggestedAnswer") -> str:
    # A question and two answers in schema.org's QAPage microdata (Stack Exchange's markup), a
    # reader's comment under the question and under each answer.
    question = "My lathe hums at low speed since last week, although the bearings were replaced in spring. What else could cause it?"
    answers = (
        "Check the drive belt tension first; a loose belt hums like that, and it costs nothing to adjust before you pull the bearings.",
        "Look at the motor mount too: worn rubber feet pass the motor's hum into the bed, which then rings at low speed.",
    )

    def comments(text: str) -> str:
        return (
            f"<ul class='comments-list'><li class='comment' itemprop='comment'><div class='comment-body'>"
            f"<span class='comment-copy'>{text}</span> – <a class='comment-user'>ann</a>"
            "<span class='comment-date'>May 2, 2009 at 0:53</span></div></li></ul>"
        )

    return (
        "<html><body><main itemscope itemtype='https://schema.org/QAPage'>"
        "<div class='question' itemprop='mainEntity' itemscope itemtype='https://schema.org/Question'>"
        f"<h1 itemprop='name'>Lathe hums at low speed</h1><div class='post-body' itemprop='text'><p>{question}</p></div>"
        + comments("Which lathe is it, and did the hum start right after you changed the bearings or some days later?")
        + "".join(
            f"<div class='answer' itemprop='{prop}' itemscope itemtype='https://schema.org/Answer'>"
            f"<div class='post-body' itemprop='text'><p>{text}</p></div>"
            + comments(f"Thanks, this worked for me on an old Delta lathe as well, number {n} of many.")
            + "</div>"
            for n, (prop, text) in enumerate(zip((answer_prop, "suggestedAnswer"), answers, strict=True))
        )
        + "</div></main></body></html>"
    )


def test_the_comments_under_a_qa_pages_question_and_answers_go_but_not_the_posts() -> None:
    for prop in ("suggestedAnswer", "acceptedAnswer"):
        r = clean(_qa_page(prop), input_format="html", page_type="forum")
        assert removed_by(r, "Which lathe is it") == "dom.qa-comments"
        assert removed_by(r, "number 0 of many") == "dom.qa-comments"
        assert removed_by(r, "number 1 of many") == "dom.qa-comments"
        assert removed_by(r, "My lathe hums at low speed") is None
        assert removed_by(r, "Check the drive belt tension") is None
        assert removed_by(r, "Look at the motor mount") is None


def test_comments_without_a_qa_pages_answers_or_off_a_forum_are_not_the_qa_comments() -> None:
    # A board that marks every reply as a comment (Discourse) and marks no answer: its replies stay.
    board = _qa_page().replace("suggestedAnswer", "comment")
    r = clean(board, input_format="html", page_type="forum")
    assert not any(x.rule == "dom.qa-comments" for x in r.removed)
    assert removed_by(r, "Check the drive belt tension") is None
    # Off forums no forum rule reads the marks.
    article = clean(_qa_page(), input_format="html", page_type="article")
    assert not any(x.rule == "dom.qa-comments" for x in article.removed)


def test_a_wrapper_named_for_the_sidebar_does_not_condemn_the_main_element_inside_it() -> None:
    # A theme's wrapper of the content and its sidebar (Genesis's "content-sidebar-wrap") is named
    # for the sidebar too; what is inside <main> is the page's own content, the sidebar still goes.
    html = (
        "<html><body><div class='content-sidebar-wrap'><main class='content'>"
        f"<article><h2>Mill Street library</h2><p>{PROSE}</p></article>"
        "<article><h2>Homework after school</h2><p>Parents asked the council for one more year.</p></article>"
        "</main><div class='sidebar'><p>About the author of this blog and her recipes.</p></div></div>"
        f"<div class='site-intro'><p>{MORE}</p><p>{MORE} Twice.</p><p>{PROSE} Thrice.</p></div></body></html>"
    )
    r = clean(html, input_format="html", page_type="listing")
    assert removed_by(r, "The council voted on Tuesday to close the old library on Mill Street, citing") is None
    assert removed_by(r, "About the author") == "dom.named"
    role = html.replace("<main class='content'>", "<div role='main'>").replace("</main>", "</div>")
    assert removed_by(clean(role, input_format="html", page_type="listing"), "Mill Street library") is None
def test_a_forum_posters_details_go_but_not_the_post() -> None:
    html = _thread("message", "message-footer-line").replace(
        "<div class='message-body'>",
        "<div class='message-userDetails'><h5 class='userTitle'>Well-known member since the spring of 2019</h5>"
        "</div><div class='message-body'>",
    )
    r = run(html)
    assert r.page_type.value == "forum"
    assert removed_by(r, "Well-known member") == "dom.poster"
    assert removed_by(r, "I have been turning bowls") is None
    # Off forums a user-info element may be a profile page's own text.
    doc = clean(html, input_format="html", page_type="documentation")
    assert not any(x.rule == "dom.poster" for x in doc.removed)


_AUTHOR_BOX = (
    "<div class='post_author'><div class='author_information'>Big Board Owner</div>"
    "<div class='author_statistics'>Posts: 116 Threads: 23 Joined: Feb 2019 Reputation: 7</div></div>"
)


def test_a_forum_posters_box_named_for_the_author_goes_but_not_the_post() -> None:
    html = _thread("message", "message-footer-line").replace(
        "<div class='message-body'>", f"{_AUTHOR_BOX}<div class='message-body'>"
    )
    r = run(html)
    assert r.page_type.value == "forum"
    assert removed_by(r, "Big Board Owner") == "dom.post-author"
    assert removed_by(r, "Posts: 116 Threads: 23") == "dom.post-author"
    assert removed_by(r, "I have been turning bowls") is None
    # Off forums an author's element is an author box, which is dom.named's (or a profile's text).
    doc = clean(html, input_format="html", page_type="documentation")
    assert not any(x.rule == "dom.post-author" for x in doc.removed)


def test_an_element_named_for_the_author_that_holds_a_post_stays() -> None:
    # WordPress prints "comment-author-admin" on the reply itself: an element with a long block is a post.
    r = run(_thread("message comment-author-admin", "message-footer-line"))
    assert r.page_type.value == "forum"
    assert removed_by(r, "I have been turning bowls") is None
    assert removed_by(r, "Check the drive belt") is None
    assert not any(x.rule == "dom.post-author" for x in r.removed)


def _voted_thread(score: str) -> str:
    return _thread("message", "message-footer-line").replace(
        "<div class='message-body'>", f"<div class='votecell'><div class='js-vote-count'>{score}</div></div><div class='message-body'>"
    )


def test_a_forum_posts_vote_count_goes_but_not_the_post() -> None:
    r = run(_voted_thread("131"))
    assert r.page_type.value == "forum"
    assert removed_by(r, "131") == "dom.vote-count"
    assert removed_by(r, "I have been turning bowls") is None
    assert removed_by(r, "Check the drive belt") is None


def test_only_a_bare_count_goes_as_a_vote_count_and_only_on_forums() -> None:
    # Words inside an element named "score" are not a count: other rules judge them.
    words = run(_voted_thread("Scored by the community as the most helpful answer in this thread"))
    assert not any(x.rule == "dom.vote-count" for x in words.removed)
    # Off forums a score is the page's own (a match report's, a review's).
    doc = clean(_voted_thread("131"), input_format="html", page_type="article")
    assert not any(x.rule == "dom.vote-count" for x in doc.removed)


_UNFURL = (
    "<div class='bbCodeBlock bbCodeBlock--unfurl js-unfurl'><div class='contentRow'>"
    "<h3 class='contentRow-header js-unfurl-title'>Radeon RX 7900 XTX Magnetic Air Review</h3>"
    "<div class='contentRow-snippet js-unfurl-desc'>The card comes with fans that pop out without any tools, "
    "held in place by magnets, and it runs quieter than the reference design in every test we ran.</div>"
    "<div class='contentRow-minor'>www.techpowerup.com</div></div></div>"
)


def test_a_link_preview_card_in_a_forum_post_goes_but_not_the_post() -> None:
    html = _thread("message", "message-footer-line").replace(
        "bearings never gave trouble until last week.</p>", f"bearings never gave trouble until last week.</p>{_UNFURL}"
    )
    r = run(html)
    assert r.page_type.value == "forum"
    assert removed_by(r, "The card comes with fans that pop out") == "dom.link-preview"
    assert removed_by(r, "Radeon RX 7900 XTX Magnetic Air Review") is not None
    assert removed_by(r, "I have been turning bowls") is None
    assert removed_by(r, "Check the drive belt") is None
    # Discourse names its card "onebox".
    onebox = html.replace("bbCodeBlock bbCodeBlock--unfurl js-unfurl", "onebox-body")
    assert removed_by(run(onebox), "The card comes with fans that pop out") == "dom.link-preview"


def test_a_link_preview_card_is_the_rules_only_on_forums() -> None:
    # On an article the card is the author's own embed; a class that only contains the letters
    # ("unfurled-menu") names no card.
    html = _thread("message", "message-footer-line").replace(
        "bearings never gave trouble until last week.</p>", f"bearings never gave trouble until last week.</p>{_UNFURL}"
    )
    doc = clean(html, input_format="html", page_type="article")
    assert not any(x.rule == "dom.link-preview" for x in doc.removed)
    other = run(html.replace("bbCodeBlock bbCodeBlock--unfurl js-unfurl", "unfurled-menu"))
    assert not any(x.rule == "dom.link-preview" for x in other.removed)


def _profiled_html_thread(details: tuple[str, ...]) -> str:
    """A board's thread whose posts each print the poster's details as elements of their own (FluxBB's
    "Posts: 710" and "Offline", a "Thread starter" badge) beside the post's text."""
    profile = "".join(f"<dd class='postdetail'>{d}</dd>" for d in details)
    return _thread("message", "message-footer-line").replace(
        "<div class='message-body'>", f"<dl class='postleft'>{profile}</dl><div class='message-body'>"
    )


def test_a_posters_details_beside_html_posts_go_but_not_the_posts() -> None:
    html = _profiled_html_thread(("Posts: 710", "Thread starter slow-poke", "Original poster", "#2", "Offline"))
    r = run(html)
    assert r.page_type.value == "forum"
    for detail in ("Posts: 710", "Thread starter slow-poke", "Original poster", "#2", "Offline"):
        assert removed_by(r, detail) == "quality.poster-stats", detail
    assert removed_by(r, "I have been turning bowls") is None
    assert removed_by(r, "Check the drive belt") is None
    # Without the rule the DOM rules keep them with the posts.
    without = Cleaner().disable("quality.poster-stats").clean(html, input_format="html")
    assert "Posts: 710" in without.article.paragraphs and "Original poster" in without.article.paragraphs


def test_a_posters_details_go_only_on_html_forums_and_as_whole_blocks() -> None:
    # A post's own short line and an article's figures stay.
    own = run(_profiled_html_thread(("Posts are welcome", "2024", "Project Bidding is likely #2.")))
    assert not any(x.rule == "quality.poster-stats" for x in own.removed)
    doc = clean(_profiled_html_thread(("Posts: 710", "Original poster")), input_format="html", page_type="article")
    assert not any(x.rule == "quality.poster-stats" for x in doc.removed)


def test_a_page_builders_widget_inside_main_is_the_pages_own_text() -> None:
    # SiteOrigin names each module of a page "so-panel widget"; inside <main> the module holds the
    # page's own text (a price guide's rows), not a sidebar's widget. Shops' widgets in <main>
    # are carousels of other products and still go, as do a widget outside <main> and one that no
    # page builder laid out (a site's box after the story).
    html = (
        "<html><body><main><h1>What an electrician charges</h1>"
        f"<p>{PROSE}</p><p>{MORE}</p>"
        "<div class='so-panel widget'><div class='textwidget'><h3>Panels and breakers</h3>"
        "<p>Replacing a circuit breaker in the panel costs between three and nine hundred dollars.</p>"
        "<p>Upgrading the whole panel to two hundred amps costs more, and the city asks for a permit.</p>"
        f"</div></div><p>{PROSE} Again, for the second part of the guide.</p></main>"
        "<div class='widget'><p>Recent posts from the blog archive</p></div></body></html>"
    )
    r = clean(html, input_format="html", page_type="article")
    assert removed_by(r, "Replacing a circuit breaker") is None
    assert removed_by(r, "Recent posts") is not None
    shop = clean(html, input_format="html", page_type="product")
    assert removed_by(shop, "Replacing a circuit breaker") == "dom.named"
    # A widget under an element named for what it is (a sidebar) inside <main> still goes.
    side = html.replace("<div class='so-panel widget'>", "<div class='sidebar'><div class='so-panel widget'>").replace(
        "</div></div><p>", "</div></div></div><p>"
    )
    assert removed_by(clean(side, input_format="html", page_type="article"), "Replacing a circuit breaker") == "dom.named"
    zone = html.replace("so-panel widget", "zone-widget content-after")
    assert removed_by(clean(zone, input_format="html", page_type="article"), "Replacing a circuit breaker") == "dom.named"


def test_teaser_boxes_named_in_two_words_are_related() -> None:
    for token in ("most-read", "tmpl-rhside-mostread", "mostpopular--list", "c-editors-picks__list", "read-next",
                  "latest-news-box", "recent_entries", "post-navigation", "nav-previous", "next-post"):
        assert named_kind(token) is Kind.RELATED, token
    for token in ("most", "next-button", "latest-comments", "almostreadable", "newsroom", "nav-links"):
        assert named_kind(token) is not Kind.RELATED, token
    # An element named both a navigation and a teaser box is the teaser box.
    assert _widget_kind(frozenset({"navigation", "post-navigation"})) is Kind.RELATED
    assert _widget_kind(frozenset({"navigation", "main-menu"})) is Kind.NAVIGATION


def test_a_wrappers_setting_for_a_sidebar_names_no_sidebar() -> None:
    # A theme states on the article's wrapper whether the layout has a sidebar: the wrapper is
    # not one ("sidebar-enabled--false", "has-sidebar", "no-sidebar").
    assert named_kind("sidebar-enabled--false") is None
    assert named_kind("has-sidebar") is None
    assert named_kind("ast-no-sidebar") is None
    assert named_kind("right-sidebar") is Kind.NAVIGATION
    assert named_kind("sidebar-widget") is Kind.NAVIGATION
    html = page("").replace("<div>", "<div class='blog-article__main sidebar-enabled--false'>", 1)
    html = html.replace("</body>", "<div class='sidebar-left'><p>Popular posts this week on our blog</p></div></body>")
    r = run(html)
    assert removed_by(r, "The council voted") is None
    assert removed_by(r, "Popular posts this week") == "dom.named"


def test_a_pages_hero_is_no_widget_by_its_other_names() -> None:
    # A shop's opening banner named for its layout ("landing-hero--nav": the menu over it) holds the
    # page's name and its introduction; a menu named "nav" alone is still the menu.
    intro = "Our bike locks are built to deter thieves, so whether you choose a cable lock or a U-lock you ride with confidence."
    html = (
        "<html><body><div class='site-nav'><a href='/'>Home</a> <a href='/locks'>Locks</a> <a href='/help'>Help</a></div>"
        f"<div class='landing-hero--nav'><h2>Bike Locks</h2><p>{intro}</p></div>"
        f"<div class='products'><p>{PROSE}</p><p>{MORE}</p></div></body></html>"
    )
    shop = clean(html, input_format="html", page_type="collection")
    assert removed_by(shop, "Our bike locks are built") is None
    assert removed_by(shop, "Home Locks Help") == "dom.named"
    article = clean(html, input_format="html", page_type="article")
    assert removed_by(article, "Our bike locks are built") is not None


PRODUCT_WITH_SIMILAR = (
    "<html><body><main><h1>Steel chain lock 120 cm</h1><h2>About this item</h2>"
    f"<p>{PROSE}</p><p>{MORE}</p>"
    "<h2>Similar items</h2>"
    "<div><h3>Folding bike lock with two keys and a frame mount</h3><p>New · Business</p><p>$103.40</p>"
    "<div hidden><h2>Why you are seeing this ad</h2><p>Advertiser: lockshop</p></div></div>"
    "<div><h3>Heavy chain lock with a cover that saves the paint</h3><p>Pre-owned · Private</p><p>$20.12</p></div>"
    "<h2>Item specifics</h2><p>Every lock ships with three keys and a key number card for a later copy.</p>"
    "</main></body></html>"
)


def test_a_product_pages_similar_items_go_up_to_the_next_kept_heading_of_its_level() -> None:
    shop = clean(PRODUCT_WITH_SIMILAR, input_format="html", page_type="product")
    assert removed_by(shop, "Similar items") == "related.section"
    assert removed_by(shop, "Folding bike lock") == "related.section"
    # The hidden pop-up's heading is removed: it does not end the section.
    assert removed_by(shop, "Heavy chain lock") == "related.section"
    assert removed_by(shop, "The council voted") is None
    assert removed_by(shop, "three keys and a key number") is None  # the next kept <h2> ends the section


def test_a_similar_section_stays_on_other_page_types_and_under_longer_headings() -> None:
    for kind in ("article", "listing"):
        page = clean(PRODUCT_WITH_SIMILAR, input_format="html", page_type=kind)
        assert all(r.rule != "related.section" for r in page.removed)
    # A heading of five words or more names the page's own product, not other pages.
    own = PRODUCT_WITH_SIMILAR.replace("Similar items", "Similar locks we also make here")
    shop = clean(own, input_format="html", page_type="product")
    assert removed_by(shop, "Folding bike lock") != "related.section"


SERVICE_WITH_FEED = (
    "<html><body><main><h1>HR consulting for growing firms</h1><h2>What we do</h2>"
    "<p>We audit your hiring, payroll and compliance, then run the HR work your team has no time for,"
    " from job descriptions and onboarding to reviews, policies and the handbook every employee signs.</p>"
    "<p>Each client gets one senior consultant who knows the business and answers within a working day,"
    " with specialists in benefits, compensation and employment law behind them when a case needs it.</p>"
    "<h2>Latest Insights</h2>"
    "<div class='card'><h3>Five payroll mistakes that cost small firms the most in 2026</h3>"
    "<p>Missed filing dates and misclassified contractors top the list, and both are simple to prevent.</p></div>"
    "<div class='card'><h3>What a fractional HR director does in the first ninety days</h3>"
    "<p>An outline of the audit, the quick fixes and the plan a part-time director hands the owners.</p></div>"
    "<h2>Start the conversation</h2><p>Tell us where your HR work stands and we will call you back within a day.</p>"
    "</main></body></html>"
)


def test_a_service_pages_feed_of_latest_posts_goes_up_to_the_next_kept_heading_of_its_level() -> None:
    page = clean(SERVICE_WITH_FEED, input_format="html", page_type="service")
    assert removed_by(page, "Latest Insights") == "related.section"
    assert removed_by(page, "Five payroll mistakes") == "related.section"
    assert removed_by(page, "An outline of the audit") == "related.section"
    assert removed_by(page, "We audit your hiring") is None
    assert removed_by(page, "Tell us where your HR work stands") is None  # the next kept <h2> ends the section


def test_a_latest_section_stays_on_products_articles_and_under_a_services_own_headings() -> None:
    for kind in ("product", "article"):
        page = clean(SERVICE_WITH_FEED, input_format="html", page_type=kind)
        assert all(r.rule != "related.section" for r in page.removed)
    own = SERVICE_WITH_FEED.replace("Latest Insights", "Our latest work")
    page = clean(own, input_format="html", page_type="service")
    assert all(r.rule != "related.section" for r in page.removed)


def product_with_offers(cards: int) -> str:
    offers = "".join(
        f"<li class='item'><a href='/p/{k}'>Lock accessory number {k}</a><p>${k}9.95</p><p>Ships in {k} days</p></li>"
        for k in range(1, cards + 1)
    )
    return (
        "<html><body><main><h1>Steel chain lock 120 cm</h1><p>$89.00</p>"
        f"<p>{PROSE}</p><p>{MORE}</p>"
        "<table><tr><th>Length</th><td>120 cm</td></tr><tr><th>Weight</th><td>2.1 kg</td></tr>"
        "<tr><th>Keys</th><td>3</td></tr></table>"
        f"<h2>Customers also bought</h2><ul class='row'>{offers}</ul>"
        "</main></body></html>"
    )


def test_a_product_pages_row_of_priced_linked_cards_goes() -> None:
    shop = clean(product_with_offers(3), input_format="html", page_type="product")
    assert removed_by(shop, "$19.95") is not None  # a price alone: quality.shop-figure takes it first
    assert removed_by(shop, "Ships in 3 days") == "related.offer-cards"
    assert removed_by(shop, "The council voted") is None
    assert removed_by(shop, "$89.00") != "related.offer-cards"  # the product's own price is no row of cards
    assert removed_by(shop, "2.1 kg") is None  # the specification rows hold no link and no price



def shop_with_figures(kind_of_page: str) -> CleanedPage:
    # A product's own price, and a review count and a comparison grid's value printed apart from
    # their labels, each alone on its line among the page's prose.
    html = (
        "<html><body><main><h1>Folding bike lock</h1><p>$98.00 $130.00</p>"
        f"<p>{PROSE}</p><div class='stars'><span>(104)</span></div><p>{MORE}</p>"
        "<div class='grid'><p>Bit count</p><div>48</div><p>Save $1.94 on this lock</p></div>"
        f"<p>{PROSE} Again.</p></main></body></html>"
    )
    return clean(html, input_format="html", page_type=kind_of_page)


def test_a_shop_page_drops_a_figure_alone_and_a_product_its_lines_of_prices() -> None:
    product = shop_with_figures("product")
    assert removed_by(product, "(104)") == "quality.shop-figure"
    assert removed_by(product, "48") == "quality.shop-figure"
    assert removed_by(product, "$98.00 $130.00") == "quality.shop-figure"
    assert removed_by(product, "Save $1.94") is None  # a price with words is a sentence about it
    assert removed_by(product, "The council voted") is None
    collection = shop_with_figures("collection")
    assert removed_by(collection, "(104)") == "quality.shop-figure"
    assert removed_by(collection, "$98.00 $130.00") != "quality.shop-figure"  # an item's price stays


@pytest.mark.parametrize("kind", ["article", "listing", "documentation"])
def test_other_kinds_keep_their_figures_alone(kind: str) -> None:
    page = shop_with_figures(kind)
    assert all(r.rule != "quality.shop-figure" for r in page.removed)


def shop_with_price_labels(kind_of_page: str, cleaner: Cleaner | None = None) -> CleanedPage:
    # A product's buy box prints its price under a label, a card its delivery cost, among the
    # product's prose; a price with another word beside it says something about the price.
    html = (
        "<html><body><main><h1>Folding bike lock</h1><p>Sale price $24.95</p>"
        f"<p>{PROSE}</p><p>Starting from $19.99</p><p>Save $1.94 on this lock</p><p>{MORE}</p>"
        "<div class='card'><span>+ $5.00 delivery</span></div>"
        f"<p>{PROSE} Again.</p><p>Free shipping on orders over $75</p><p>{MORE} Again.</p>"
        "</main></body></html>"
    )
    return (cleaner or Cleaner()).clean(html, input_format="html", page_type=kind_of_page)


def test_a_product_drops_a_price_under_its_label() -> None:
    product = shop_with_price_labels("product")
    assert removed_by(product, "Sale price $24.95") == "quality.price-label"
    assert removed_by(product, "Starting from $19.99") == "quality.price-label"
    assert removed_by(product, "+ $5.00 delivery") == "quality.price-label"
    assert removed_by(product, "Save $1.94") is None  # a price with another word says something about it
    assert removed_by(product, "Free shipping on orders over $75") is None
    assert removed_by(product, "The council voted") is None
    kept = shop_with_price_labels("product", Cleaner().disable("quality.price-label"))
    assert removed_by(kept, "Sale price $24.95") is None  # no other rule takes it
    assert removed_by(kept, "+ $5.00 delivery") is None


@pytest.mark.parametrize("kind", ["collection", "listing", "article", "service"])
def test_other_kinds_keep_a_price_under_its_label(kind: str) -> None:
    # A collection's or a listing's truths print an item's price with its name as often as not.
    page = shop_with_price_labels(kind)
    assert all(r.rule != "quality.price-label" for r in page.removed)


def shop_with_delivery_dates(kind_of_page: str, cleaner: Cleaner | None = None) -> CleanedPage:
    # A product's buy box prints when this visit's order would come, among the product's prose;
    # a shipping policy with no day, and the product's own sentence about a day, stay.
    html = (
        "<html><body><main><h1>Folding bike lock</h1><p>Get it as soon as Monday, Mar 23</p>"
        f"<p>{PROSE}</p><p>Order today to get by Mar 17-27</p><p>Arrives by Today</p><p>{MORE}</p>"
        "<div class='card'><span>Standard Delivery (4-7 Working Days)</span></div>"
        f"<p>{PROSE} Again.</p><p>Same day shipping if ordered by 4PM Eastern.</p>"
        f"<p>The lock was first released on Monday, March 3.</p><p>{MORE} Again.</p>"
        "</main></body></html>"
    )
    return (cleaner or Cleaner()).clean(html, input_format="html", page_type=kind_of_page)


def test_a_product_drops_its_delivery_estimate() -> None:
    product = shop_with_delivery_dates("product")
    assert removed_by(product, "Get it as soon as Monday, Mar 23") == "quality.delivery-date"
    assert removed_by(product, "Order today to get by Mar 17-27") == "quality.delivery-date"
    assert removed_by(product, "Arrives by Today") == "quality.delivery-date"
    assert removed_by(product, "Standard Delivery (4-7 Working Days)") == "quality.delivery-date"
    assert removed_by(product, "Same day shipping if ordered by 4PM Eastern.") is None  # a policy names no day
    assert removed_by(product, "The lock was first released on Monday, March 3.") is None  # no delivery
    assert removed_by(product, "The council voted") is None
    kept = shop_with_delivery_dates("product", Cleaner().disable("quality.delivery-date"))
    assert removed_by(kept, "Get it as soon as Monday, Mar 23") is None  # no other rule takes it
    assert removed_by(kept, "Arrives by Today") is None


@pytest.mark.parametrize("kind", ["collection", "listing", "article", "service"])
def test_other_kinds_keep_a_delivery_estimate(kind: str) -> None:
    # Measured on products only: a listing's or a collection's cards are their items.
    page = shop_with_delivery_dates(kind)
    assert all(r.rule != "quality.delivery-date" for r in page.removed)


def _text_shop(kind_of_page: str, cleaner: Cleaner | None = None) -> CleanedPage:
    # The same buy box as innerText: each estimate a line of its own among the product's prose.
    text = (
        f"Folding bike lock\n\n{PROSE}\n\nGet it as soon as Monday, Mar 23\n\nOrder today to get by Mar 17-27\n\n"
        f"Standard Delivery (4-7 Working Days)\n\n{MORE}\n\nSame day shipping if ordered by 4PM Eastern.\n\n"
        f"The lock was first released on Monday, March 3.\n\n{PROSE} Again."
    )
    return (cleaner or Cleaner()).clean(text, input_format="text", page_type=kind_of_page)


def test_a_text_product_drops_its_delivery_estimate() -> None:
    # Text products too (text85: fold 0 innertext 3 pages up on 2 shops, none down; fold 1 1 up).
    product = _text_shop("product")
    assert removed_by(product, "Get it as soon as Monday, Mar 23") == "quality.delivery-date"
    assert removed_by(product, "Order today to get by Mar 17-27") == "quality.delivery-date"
    assert removed_by(product, "Standard Delivery (4-7 Working Days)") == "quality.delivery-date"
    assert removed_by(product, "Same day shipping if ordered by 4PM Eastern.") is None  # a policy names no day
    assert removed_by(product, "The lock was first released on Monday, March 3.") is None  # no delivery
    kept = _text_shop("product", Cleaner().disable("quality.delivery-date"))
    assert removed_by(kept, "Get it as soon as Monday, Mar 23") is None  # no other rule takes it


def test_a_text_collection_keeps_its_cards_delivery_lines() -> None:
    # A marketplace's category grid prints "EUR 9.72 delivery Wed, Mar 25" under every card, and its
    # truths keep the cards whole: on text as on HTML, products only.
    page = _text_shop("collection")
    assert all(r.rule != "quality.delivery-date" for r in page.removed)


def test_text_keeps_a_price_under_its_label() -> None:
    text = "Folding bike lock\n\nSale price $24.95\n\n" + PROSE
    page = clean(text, input_format="text", page_type="product")
    assert all(r.rule != "quality.price-label" for r in page.removed)

def shop_with_offer_terms(kind_of_page: str, cleaner: Cleaner | None = None) -> CleanedPage:
    # A category's grid of three linked, priced cards, its intro, and the fine print of a sale under
    # the grid.
    cards = "".join(
        f"<div class='card'><h3><a href='/p{k}'>Standing desk model {k}</a></h3><p>${k}99.00</p>"
        f"<p>A sturdy frame with a quiet motor and room for two monitors, model {k}.</p></div>"
        for k in range(1, 4)
    )
    html = (
        "<html><body><main><h1>Standing desks</h1><p>Desks that rise with you, from compact frames to"
        f" wide tops for a whole office.</p><div class='grid'>{cards}</div>"
        "<p>Sale ends 03/31/2026. While supplies last. Use coupon code SPRING at checkout.</p>"
        "<p>Offre non cumulable, dans la limite des stocks disponibles.</p>"
        f"<p>{PROSE}</p></main></body></html>"
    )
    return (cleaner or Cleaner()).clean(html, input_format="html", page_type=kind_of_page)


def test_a_collection_drops_the_terms_of_a_shops_offer() -> None:
    collection = shop_with_offer_terms("collection")
    assert removed_by(collection, "While supplies last") == "quality.offer-terms"
    assert removed_by(collection, "Offre non cumulable") == "quality.offer-terms"
    assert removed_by(collection, "Standing desk model 2") is None
    assert removed_by(collection, "Desks that rise with you") is None
    assert removed_by(collection, "The council voted") is None
    kept = shop_with_offer_terms("collection", Cleaner().disable("quality.offer-terms"))
    assert removed_by(kept, "While supplies last") is None  # no other rule takes the fine print


@pytest.mark.parametrize("kind", ["listing", "product", "article", "service"])
def test_other_kinds_keep_the_terms_of_an_offer(kind: str) -> None:
    # A listing's items may be deals whose codes are what it lists; products are judged apart.
    page = shop_with_offer_terms(kind)
    assert all(r.rule != "quality.offer-terms" for r in page.removed)


_HTML_BADGES = ("New", "Best seller", "Up to 20% off", "Online Only")


def shop_with_badges(kind_of_page: str, badges: tuple[str, ...] = _HTML_BADGES, cleaner: Cleaner | None = None) -> CleanedPage:
    # A category's intro and a grid of linked, priced cards, each with a merchandising badge in an
    # element of its own over the item's name (a theme's "product-label" box, IKEA's "plp-product-badge").
    cards = "".join(
        f"<div class='product-card'><div class='product-label-wrapper'>{badge}</div>"
        f"<h3><a href='/p{k}'>Standing desk model {k}</a></h3><p>Solid oak top, dual motor</p><p>${k}99.00</p></div>"
        for k, badge in enumerate(badges, start=1)
    )
    html = (
        "<html><body><main><h1>Standing desks</h1><p>Desks that rise with you, from compact frames to"
        f" wide tops for a whole office.</p><div class='grid'>{cards}</div><p>{PROSE}</p></main></body></html>"
    )
    return (cleaner or Cleaner()).clean(html, input_format="html", page_type=kind_of_page)


def test_an_html_collection_drops_the_badges_on_its_cards() -> None:
    page = shop_with_badges("collection")
    assert [r.text for r in page.removed if r.rule == "quality.card-badges"] == list(_HTML_BADGES)
    assert removed_by(page, "Standing desk model 2") is None
    assert removed_by(page, "$299.00") is None
    assert removed_by(page, "Desks that rise with you") is None
    kept = shop_with_badges("collection", cleaner=Cleaner().disable("quality.card-badges"))
    assert all(removed_by(kept, badge) is None for badge in _HTML_BADGES)  # no other rule takes them


@pytest.mark.parametrize("kind", ["listing", "product", "article", "service"])
def test_other_html_kinds_keep_card_badges(kind: str) -> None:
    # A listing's "New" may be its items' flag; an article or a product may name its own novelty.
    page = shop_with_badges(kind)
    assert all(r.rule != "quality.card-badges" for r in page.removed)


def test_section_names_and_discounts_are_no_card_badges_on_html() -> None:
    # A plural names a section; a bare discount sits beside the price it cuts; a saving in money and a
    # line with other words are the shop's own.
    page = shop_with_badges("collection", ("New Arrivals", "-30%", "Save $50", "New colours for spring"))
    assert all(r.rule != "quality.card-badges" for r in page.removed)


_HTML_FILTERS = ("Filter by:", "Sort by:", "Filters")


def shop_with_filter_buttons(
    kind_of_page: str, controls: tuple[str, ...] = _HTML_FILTERS, cleaner: Cleaner | None = None
) -> CleanedPage:
    # A category's intro, a filter drawer's toggle and a sort menu's label in elements named for their
    # layout only (a CSS-in-JS class no markup rule reads), then a grid of linked, priced cards.
    bar = "".join(f"<div class='css-1q2w3e'><span>{control}</span></div>" for control in controls)
    cards = "".join(
        f"<div class='product-card'><h3><a href='/p{k}'>Standing desk model {k}</a></h3>"
        f"<p>Solid oak top, dual motor</p><p>${k}99.00</p></div>"
        for k in range(1, 5)
    )
    html = (
        "<html><body><main><h1>Standing desks</h1><p>Desks that rise with you, from compact frames to"
        f" wide tops for a whole office.</p>{bar}<div class='grid'>{cards}</div><p>{PROSE}</p></main></body></html>"
    )
    return (cleaner or Cleaner()).clean(html, input_format="html", page_type=kind_of_page)


def test_an_html_collection_drops_its_filter_and_sort_buttons() -> None:
    page = shop_with_filter_buttons("collection")
    assert [r.text for r in page.removed if r.rule == "quality.filter-controls"] == list(_HTML_FILTERS)
    assert removed_by(page, "Standing desk model 2") is None
    assert removed_by(page, "$299.00") is None
    assert removed_by(page, "Desks that rise with you") is None
    kept = shop_with_filter_buttons("collection", cleaner=Cleaner().disable("quality.filter-controls"))
    assert all(removed_by(kept, control) is None for control in _HTML_FILTERS)  # no other rule takes them


@pytest.mark.parametrize("kind", ["listing", "product", "article", "service"])
def test_other_html_kinds_keep_filter_buttons(kind: str) -> None:
    # On HTML the rule reads the kind the page is cleaned as, collections only.
    page = shop_with_filter_buttons(kind)
    assert all(r.rule != "quality.filter-controls" for r in page.removed)


def test_lines_that_say_more_are_no_filter_buttons_on_html() -> None:
    page = shop_with_filter_buttons("collection", ("Air filters", "Filter style: Cone", "Price range"))
    assert all(r.rule != "quality.filter-controls" for r in page.removed)


def test_a_listing_drops_a_clips_running_time_alone() -> None:
    # Three stories, each with a video whose length the thumbnail prints alone on its line, and a
    # "most read" box's rank printed apart from its story.
    items = "".join(
        f"<article><h3><a href='/s{k}'>Story number {k} about the council vote</a></h3>"
        f"<span class='duration'>1:0{k}</span><p>{PROSE}</p></article>"
        for k in range(1, 4)
    )
    html = f"<html><body><main><h1>Science</h1>{items}<div class='rank'>7</div><p>{MORE}</p></main></body></html>"
    listing = clean(html, input_format="html", page_type="listing")
    assert removed_by(listing, "1:02") == "quality.shop-figure"
    assert removed_by(listing, "7") != "quality.shop-figure"  # a figure alone may be a listing's rank
    assert removed_by(listing, "Story number 2") is None
    article = clean(html, input_format="html", page_type="article")
    assert removed_by(article, "1:02") != "quality.shop-figure"


def test_priced_cards_stay_on_collections_and_in_a_pair() -> None:
    for kind in ("collection", "listing", "article"):
        page = clean(product_with_offers(3), input_format="html", page_type=kind)
        assert all(r.rule != "related.offer-cards" for r in page.removed)
    pair = clean(product_with_offers(2), input_format="html", page_type="product")
    assert all(r.rule != "related.offer-cards" for r in pair.removed)


def test_a_collections_priced_cards_stay_inside_a_wrapper_named_as_a_pager() -> None:
    # A grid rendered inside the element that also holds the pager ("pagination") is what the page
    # lists; a badge named as a promo inside a card, and the pager's own links outside the row, are not.
    cards = "".join(
        f"<article class='card'><h4><a href='/p/{k}'>Running tee number {k}</a></h4><p>{fit} fit</p>"
        f"<p>Regular price: ${k}6.00</p><div class='promo-badge'><p>{k}0% off</p></div></article>"
        for k, fit in enumerate(("slim", "regular", "oversized", "muscle"), start=1)
    )
    html = (
        f"<html><body><h1>T-Shirts</h1><p>{PROSE}</p><div class='pagination'><div class='grid'>{cards}</div>"
        "<nav class='pager'><a href='?page=2'>Next page</a></nav></div></body></html>"
    )
    shop = clean(html, input_format="html", page_type="collection")
    assert removed_by(shop, "Regular price: $36.00") is None
    assert removed_by(shop, "oversized fit") is None
    assert removed_by(shop, "30% off") == "dom.named"
    assert removed_by(shop, "Next page") is not None
    # On an article the wrapper still names a pager.
    article = clean(html, input_format="html", page_type="article")
    assert removed_by(article, "Regular price: $36.00") == "dom.named"


def test_skip_links_and_loading_placeholders_go_and_the_grid_stays() -> None:
    grid = "".join(
        f"<li><h3>{name} desk lamp</h3><p>Price $ {price}.00</p></li>"
        for name, price in (("ARKA", 39), ("BERG", 59), ("CIRRUS", 79))
    )
    html = (
        "<html><body><a href='#grid'>Skip to product list</a>"
        "<div><a href='#main'>skip to main content</a> <a href='#footer'>skip to footer</a></div>"
        f"<main><h1>Desk lamps</h1><p>{PROSE}</p><div>Loading...</div><ul id='grid'>{grid}</ul>"
        f"<div>Loading</div><p>{MORE}</p></main></body></html>"
    )
    shop = clean(html, input_format="html", page_type="collection")
    assert removed_by(shop, "Skip to product list") == "navigation.skip-links"
    assert removed_by(shop, "skip to main content skip to footer") == "navigation.skip-links"
    assert removed_by(shop, "Loading...") == "notice.placeholder"
    assert removed_by(shop, "BERG desk lamp") is None
    assert removed_by(shop, "The council voted") is None
    # A sentence that opens with the same words is the page's own.
    told = html.replace("<div>Loading</div>", "<p>Skip to the last chapter, where the plot finally turns</p>")
    assert "Skip to the last chapter" in clean(told, input_format="html", page_type="collection").article.text


def _shop(extra_top: str, items: int = 6) -> str:
    cards = "".join(
        f"<li><a href='/p/{i}'>Oak bookcase number {i} with five shelves</a><p>Solid oak, 180 cm tall, "
        f"adjustable shelves, ${100 + i}.00</p></li>"
        for i in range(items)
    )
    return f"<html><body>{extra_top}<h1>Bookcases</h1><main><ul>{cards}</ul></main></body></html>"


def test_a_collections_lines_above_its_headline_go() -> None:
    # The shop's announcement bar sits over the category's name; the items are listed under it.
    bar = "<div><p>Free shipping on all orders above $100 every day</p></div>"
    for kind in ("collection", "product"):
        shop = clean(_shop(bar), input_format="html", page_type=kind)
        assert removed_by(shop, "Free shipping") == "dom.above-headline"
        assert "Solid oak, 180 cm tall, adjustable shelves, $105.00" in shop.article.text
    # Not on an article or a service, whose text may open above the <h1> (other rules may judge it).
    for kind in ("article", "service"):
        assert removed_by(clean(_shop(bar), input_format="html", page_type=kind), "Free shipping") != "dom.above-headline"


def test_a_headline_printed_low_cuts_nothing_above_it() -> None:
    # As much kept above the headline as below it: the <h1> is no heading over the items.
    top = "".join(f"<p>Featured story {i}: the council voted to keep the old library open all year.</p>" for i in range(6))
    shop = clean(_shop(top, items=2), input_format="html", page_type="listing")
    assert removed_by(shop, "Featured story 3") is None


def test_every_main_element_stops_the_named_rule() -> None:
    """``_below_main`` adds each ``<main>`` and ``role="main"`` element around a block to the stops,
    and no other element."""
    from pagecleaner.rules.dom import _below_main, _is_main

    html = (
        f"<html><body><div class='sidebar-wrap'><main class='content'><p>{PROSE}</p></main>"
        f"<aside class='sidebar'><p>{MORE}</p></aside></div>"
        f"<div role='main' class='comments'><p>{PROSE} Again.</p></div><section><p>{MORE} Again.</p></section></body></html>"
    )
    blocks = make_blocks(html_segments(parse_html(html).root))
    p = Page(blocks, Settings(), [None] * len(blocks))
    lay = layout(p)
    mains = {n.id for b in blocks if b.dom is not None for n in b.dom.nodes if _is_main(n)}
    assert len(mains) == 2
    assert _below_main(p, lay).stops == lay.stops | mains


_CTA_BOX = (
    "<div class='post-cta'><h3>Want to win more jobs with less effort?</h3>"
    "<p>Grow your business and send quick quotes with our home service software.</p></div>"
)


def test_an_articles_call_to_action_box_goes_and_the_article_stays() -> None:
    r = clean(page(_CTA_BOX), input_format="html", page_type="article")
    assert removed_by(r, "Want to win more jobs") == "dom.call-to-action"
    assert removed_by(r, "Grow your business") == "dom.call-to-action"
    assert removed_by(r, "The council voted") is None
    # Set into the text too ("inline-cta").
    html = page("").replace(f"<p>{MORE}</p>", f"<p>{MORE}</p>{_CTA_BOX.replace('post-cta', 'inline-cta')}")
    inline = clean(html, input_format="html", page_type="article")
    assert removed_by(inline, "Want to win more jobs") == "dom.call-to-action"


def test_a_call_to_action_box_named_in_words_spelled_out_goes() -> None:
    # "call-to-action", "calltoactionbox_text__qdtgi", "call_to_action": the same box, the name spelled out.
    for name in ("call-to-action", "calltoactionbox_text__qdtgi", "post_call_to_action"):
        r = clean(page(_CTA_BOX.replace("post-cta", name)), input_format="html", page_type="article")
        assert removed_by(r, "Want to win more jobs") == "dom.call-to-action", name
        assert removed_by(r, "The council voted") is None
    # Not a word that only holds "action" ("action-items", "transaction-list"), nor a builder's widget.
    for name in ("action-items", "transaction-list", "wp-block-call-to-action"):
        r = clean(page(_CTA_BOX.replace("post-cta", name)), input_format="html", page_type="article")
        assert removed_by(r, "Want to win more jobs") != "dom.call-to-action", name
    # A wrapper so named around the whole article condemns nothing.
    html = page("").replace("<div>", "<div class='has-call-to-action'>", 1)
    assert removed_by(clean(html, input_format="html", page_type="article"), "The council voted") is None


def test_a_call_to_action_box_stays_off_articles_and_around_the_article() -> None:
    # A service page's calls to action are its own pitch.
    service = clean(page(_CTA_BOX), input_format="html", page_type="service")
    assert not any(x.rule == "dom.call-to-action" for x in service.removed)
    # An element named "cta" that holds the article is not a box beside it.
    wrapped = clean(page("").replace("<div>", "<div class='above-cta'>", 1), input_format="html", page_type="article")
    assert removed_by(wrapped, "The council voted") is None
    # A page builder's widget ("elementor-cta") is a layout the author fills, not a pitch.
    builder = clean(page(_CTA_BOX.replace("post-cta", "elementor-cta")), input_format="html", page_type="article")
    assert not any(x.rule == "dom.call-to-action" for x in builder.removed)


def _product_page(tail: str) -> str:
    return (
        "<html><body><main><h1>Walnut writing desk</h1>"
        "<p>A solid walnut desk with two drawers, hand finished in oil and made to last a lifetime of work.</p>"
        "<h2>Dimensions</h2><p>Width 120 cm, depth 60 cm, height 75 cm; the top and the legs are solid walnut.</p>"
        f"{tail}</main></body></html>"
    )


def test_a_products_closing_headings_over_nothing_go() -> None:
    # The shop's closing sections, whose cards the script fills in later: only their titles are left.
    tail = "<h2>Recently viewed</h2><div><h3>More to explore</h3></div>"
    shop = clean(_product_page(tail), input_format="html", page_type="product")
    assert removed_by(shop, "Recently viewed") == "dom.closing-heading"
    assert removed_by(shop, "More to explore") == "dom.closing-heading"
    # The headings over text the page keeps stay, and the <h1> is not this rule's.
    assert removed_by(shop, "Dimensions") is None
    assert not any(x.rule == "dom.closing-heading" and "Walnut writing desk" in x.text for x in shop.removed)


def test_a_heading_with_text_under_it_or_off_products_stays() -> None:
    # A heading with a kept line after it heads that line.
    tail = "<h2>Care</h2><p>Wipe the desk with a dry cloth and oil the top twice a year to keep it fresh.</p>"
    shop = clean(_product_page(tail), input_format="html", page_type="product")
    assert removed_by(shop, "Care") is None
    # On a service a closing heading may be the page's own slogan; not on other kinds.
    for kind in ("service", "article", "collection"):
        other = clean(_product_page("<h2>Recently viewed</h2>"), input_format="html", page_type=kind)
        assert not any(x.rule == "dom.closing-heading" for x in other.removed)


def _cards_page(kind: str, removed: dict[int, str]) -> tuple[Page, list[str]]:
    """A grid of seven story cards (title, date line, summary), judged so far with ``removed``: the
    index of a card's date line → the rule that took it out."""
    from pagecleaner.models import PageType

    cards = "".join(
        f"<div class='card'><h3><a href='/s{k}'>Story number {k} about the council vote</a></h3>"
        f"<p class='date'>{k} March 2026 by Ann Lee</p><p class='summary'>{PROSE}</p></div>"
        for k in range(7)
    )
    html = f"<html><body><main><div class='grid'>{cards}</div></main></body></html>"
    blocks = make_blocks(html_segments(parse_html(html).root, None))
    texts = [b.text for b in blocks]
    verdicts: list[Verdict | None] = [None] * len(blocks)
    for k, rule in removed.items():
        i = texts.index(f"{k} March 2026 by Ann Lee")
        verdicts[i] = Verdict(rule=rule, kind=Kind.METADATA, reason="test")
    return Page(blocks, Settings(), verdicts, page_type=PageType(kind)), texts


def test_a_cards_line_that_most_sibling_cards_kept_is_given_back_on_listings() -> None:
    from pagecleaner.rules.base import Label
    from pagecleaner.rules.quality import SiblingCards

    rule = SiblingCards()
    for kind in ("listing", "collection"):
        page, texts = _cards_page(kind, {1: "metadata.dateline", 2: "dom.form"})
        verdicts = list(rule.judge(page))
        assert all(v.rule == "quality.sibling-cards" and v.label is Label.CONTENT for _, v in verdicts)
        given = {texts[i] for i, _ in verdicts}
        assert given == {"1 March 2026 by Ann Lee"}, kind  # a markup rule's removal stays
    # Half the cards lost the line: it is not plainly the cards' field, nothing comes back.
    page, _ = _cards_page("listing", {k: "metadata.dateline" for k in range(4)})
    assert not list(rule.judge(page))
    # A product's cards are not its content.
    page, _ = _cards_page("product", {1: "metadata.dateline"})
    assert not list(rule.judge(page))


def test_an_articles_line_comes_back_only_from_real_cards() -> None:
    from pagecleaner.models import PageType
    from pagecleaner.rules.quality import SiblingCards

    rule = SiblingCards()
    # Cards of a linked title, a date line and a summary: the line one card lost comes back.
    page, texts = _cards_page("article", {1: "metadata.dateline"})
    assert {texts[i] for i, _ in rule.judge(page)} == {"1 March 2026 by Ann Lee"}
    # Not a reader's prompt, nor a line the article's main run left out.
    for kind, rule_id in ((Kind.SHARE, "share.call"), (Kind.LOW_CONTENT, "quality.main-run")):
        page, texts = _cards_page("article", {})
        i = texts.index("1 March 2026 by Ann Lee")
        page.verdicts[i] = Verdict(rule=rule_id, kind=kind, reason="test")
        assert not list(rule.judge(page)), rule_id
    # The body's sibling paragraphs are no cards: the related story's excerpt between them stays out.
    body = "".join(f"<p>Paragraph {k} of the story. {PROSE}</p>" for k in range(7))
    html = f"<html><body><main><div class='body'>{body}</div></main></body></html>"
    blocks = make_blocks(html_segments(parse_html(html).root, None))
    verdicts: list[Verdict | None] = [None] * len(blocks)
    verdicts[3] = Verdict(rule="related.excerpt", kind=Kind.RELATED, reason="test")
    article = Page(blocks, Settings(), verdicts, page_type=PageType.ARTICLE)
    assert not list(rule.judge(article))
    # The same paragraphs on a listing are its cards.
    listing = Page(blocks, Settings(), list(verdicts), page_type=PageType.LISTING)
    assert [i for i, _ in rule.judge(listing)] == [3]


SERVICE_CARDS = (
    "<div class='cards'>"
    "<a href='/hr/compliance'><div class='card'><h3>Compliance</h3>"
    "<p>Conducting full human resources check-ups that allow us to identify gaps in your policies and"
    " practices</p></div></a>"
    "<a href='/hr/technology'><div class='card'><h3>Technology</h3>"
    "<p>Providing cloud-based solutions for people tracking, employee services and benefits enrolment for"
    " every site</p></div></a>"
    "</div>"
)


def test_a_service_pages_card_wholly_inside_a_link_keeps_its_text() -> None:
    # Each card is one link to the service it describes: its ten words or more say what the service is.
    r = clean(page(SERVICE_CARDS), input_format="html", page_type="service")
    assert removed_by(r, "Conducting full human resources check-ups") is None
    assert removed_by(r, "Providing cloud-based solutions") is None


def test_a_linked_card_stays_link_text_off_services_and_a_short_link_on_services() -> None:
    # On an article the same linked cards are other pages' teasers: removed as links.
    r = clean(page(SERVICE_CARDS), input_format="html", page_type="article")
    assert removed_by(r, "Conducting full human resources check-ups") is not None
    # On a service page, a short linked line (a menu entry, a button) is still a link.
    short = "<ul><li><a href='/a'>Talk to an expert about your plan</a></li><li><a href='/b'>Pricing</a></li></ul>"
    r = clean(page(short), input_format="html", page_type="service")
    assert removed_by(r, "Talk to an expert") is not None


def _marked_thread(mark: str) -> str:
    """A board's thread of four posts (poster's card, date line, body, footer), the third a short list of
    links whose body the board marks, or not, with ``mark`` (schema.org's ``itemprop="text"``)."""
    posts = (
        "I have been turning bowls on this lathe for three years and the bearings never gave trouble until last "
        "week, when it began to hum at every speed.",
        "Check the drive belt tension first; a loose belt hums like that, and it costs nothing to adjust before you "
        "pull the bearings out of the headstock.",
        "Mine was the belt:<ul><li>Get a new one from <a href='https://example.com/belts/poly-v'>the Jet parts "
        "catalogue belts page</a></li><li>See also <a href='https://example.com/guides/belt-tension'>this belt "
        "tension guide for lathes</a></li></ul>",
        "Mine did the same last spring and it was the motor's fan rubbing on its cover; a washer under the cover "
        "fixed it for good, so look there as well.",
    )
    return (
        "<html><head><script type='application/ld+json'>{\"@type\": \"DiscussionForumPosting\"}</script></head>"
        "<body><h1>Lathe hums</h1>"
        + "".join(
            f"<article class='message'><div class='message-user'><h4 class='message-name'>turner{n}</h4>"
            "<div class='message-userExtras'><dl><dt>Joined</dt><dd>Mar 3, 2019</dd></dl>"
            "<dl><dt>Messages</dt><dd>1,204</dd></dl></div></div>"
            f"<div class='message-main'><ul hidden><li>Add to quote</li></ul><header><time>Jan {n}, 2024</time>"
            f"<a>#{n}</a></header><div class='message-body' {mark}><div class='bbWrapper'>{text}</div></div>"
            "<footer class='message-footer'><p>owns a 2019 Jet lathe</p><div class='actionBar'><a>Save</a> "
            "<a>Share</a></div></footer></div></article>"
            for n, text in enumerate(posts, start=1)
        )
        + "</body></html>"
    )


def test_a_posts_marked_text_that_a_scoring_pass_removed_comes_back() -> None:
    html = _marked_thread("itemprop='text'")
    r = run(html)
    assert r.page_type.value == "forum"
    assert removed_by(r, "See also this belt tension guide for lathes") is None
    assert removed_by(r, "I have been turning bowls") is None
    # Its neighbours stay as the furniture rules judged them.
    assert removed_by(r, "owns a 2019 Jet lathe") is not None
    # Without the rule the link-density classifier removes the post's list item.
    without = Cleaner().disable("quality.post-text").clean(html, input_format="html")
    assert removed_by(without, "See also this belt tension guide for lathes") == "quality.classify"


def test_a_posts_text_comes_back_only_where_marked_on_a_forum() -> None:
    # An unmarked body, and the marked one on an article (a comment there), are not the rule's.
    unmarked = run(_marked_thread(""))
    assert removed_by(unmarked, "See also this belt tension guide for lathes") == "quality.classify"
    doc = clean(_marked_thread("itemprop='text'"), input_format="html", page_type="article")
    assert not any(x.rule == "quality.post-text" for x in doc.removed)
    assert "See also this belt tension guide for lathes" not in doc.article.text


def test_the_sources_under_a_wrapped_heading_go() -> None:
    # MediaWiki (and many themes) wrap each heading in an element of its own, with its "[edit]" link:
    # the entries sit beside the wrapper, not in it, and still are the sources.
    entries = (
        "<li>Haff G, Triplett NT. (2016). Essentials of strength training and conditioning. Fourth edition.</li>"
        "<li>Smith J. (2020). Libraries and their roofs. Journal of Buildings 4(2), 11-19.</li>"
    )
    wrapped = (
        "<div class='mw-heading mw-heading2'><h2 id='References'>References</h2>"
        "<span class='mw-editsection'><a href='/edit'>edit</a></span></div>"
    )
    next_section = "<div class='mw-heading mw-heading2'><h2>What comes next</h2></div>"
    html = (
        f"<html><body><main><div class='mw-parser-output'><h1>Library closes</h1><p>{PROSE}</p><p>{MORE}</p>"
        f"{wrapped}<ol class='references'>{entries}</ol>{next_section}<p>{PROSE} Next.</p></div></main></body></html>"
    )
    r = run(html)
    assert removed_by(r, "Haff G, Triplett NT") == "dom.sources"
    assert removed_by(r, "Libraries and their roofs") == "dom.sources"
    assert removed_by(r, "Next.") is None
    assert removed_by(r, "The council voted") is None


def test_a_heading_that_shares_its_element_with_prose_is_no_wrapper() -> None:
    # The label's element holds a paragraph after it: the element is a section, not a heading's
    # wrapper, and the entries outside it are not read as its sources.
    entries = "<ul><li>Haff G, Triplett NT. (2016). Essentials of strength training. Fourth edition.</li></ul>"
    html = (
        f"<html><body><main><h1>Library closes</h1><p>{PROSE}</p>"
        f"<section><h2>Sources</h2><p>{MORE}</p></section>{entries}<p>{PROSE} Next.</p></main></body></html>"
    )
    r = run(html)
    assert removed_by(r, "Haff G, Triplett NT") != "dom.sources"



def _numbered_cards_page(opener: Callable[[int], str]) -> tuple[Page, list[str]]:
    """A listing of seven story cards, each opened by ``opener(k)`` (its ``<article>`` tag), the
    second card's date line taken out by ``metadata.dateline``."""
    from pagecleaner.models import PageType

    cards = "".join(
        opener(k) + f"<h3><a href='/s{k}'>Story number {k} about the council vote</a></h3>"
        f"<p class='date'>{k} March 2026 by Ann Lee</p><p class='summary'>{PROSE}</p></article>"
        for k in range(7)
    )
    html = f"<html><body><main><div class='grid'>{cards}</div></main></body></html>"
    blocks = make_blocks(html_segments(parse_html(html).root, None))
    texts = [b.text for b in blocks]
    verdicts: list[Verdict | None] = [None] * len(blocks)
    verdicts[texts.index("1 March 2026 by Ann Lee")] = Verdict(rule="metadata.dateline", kind=Kind.METADATA, reason="t")
    return Page(blocks, Settings(), verdicts, page_type=PageType.LISTING), texts


def test_numbered_cards_are_one_row() -> None:
    # WordPress numbers each post's card (id="post-101", class "post-101"); a CMS numbers its
    # list items ("card-list-items_11-0"): the cards are still one row of one class.
    from pagecleaner.rules.quality import SiblingCards

    openers: tuple[Callable[[int], str], ...] = (
        lambda k: f"<article id='post-10{k}' class='post-10{k} post type-post status-publish'>",
        lambda k: f"<article class='card mntl-card-list-items mntl-card-list-items_{k}-0'>",
    )
    for opener in openers:
        page, texts = _numbered_cards_page(opener)
        assert {texts[i] for i, _ in SiblingCards().judge(page)} == {"1 March 2026 by Ann Lee"}, opener(1)


def test_cards_of_other_classes_are_not_one_row_for_their_numbers() -> None:
    # Cards that differ by a word besides their number are no one row: nothing comes back.
    from pagecleaner.rules.quality import SiblingCards

    names = ("news", "sport", "weather", "opinion", "travel", "money", "style")
    page, _ = _numbered_cards_page(lambda k: f"<article class='post-{k} card-{names[k]}'>")
    assert not list(SiblingCards().judge(page))


def _blog_front_page(read_line: str) -> str:
    """A blog's front page: eight post cards, each a title, an author, tags and ``read_line``."""
    titles = (
        "Drift to determinism in agent loops",
        "The women who helped me grow as a developer",
        "Procedural gradients, hotfixes and the power of QA",
        "Why I replaced free thinking with structured blackboards",
        "A desktop cat that lives on my dock",
        "What a week of rebuilding taught me about tests",
        "Friction is an engineering prerequisite",
        "Running an agent for six months: the numbers",
    )
    cards = "".join(
        f"<div class='story'><h2 class='story__title'><a href='/p/{k}'>{t}</a></h2>"
        f"<div class='story__tags'><a href='/t/ai'>#ai</a> <a href='/t/webdev'>#webdev</a></div>"
        f"<div class='story__save'>{read_line.format(k + 2)}</div></div>"
        for k, t in enumerate(titles)
    )
    return f"<html><body><main><h1>Posts</h1>{cards}</main></body></html>"


def test_a_cards_reading_time_goes_from_a_listing() -> None:
    # A blog's front page (dev.to's Forem, Medium, Ghost) prints "3 min read" under every card: the
    # cards' titles stay, their reading times go (kept by the listing's item rules on main).
    result = clean(_blog_front_page("{} min read"), page_type="listing")
    assert "Friction is an engineering prerequisite" in result.article.text
    assert "min read" not in result.article.text
    assert removed_by(result, "4 min read") == "metadata.read-time"


def test_a_cards_reading_time_goes_from_a_text_listing() -> None:
    # The same front page as innerText: title, author, date and reading time, card after card. Text
    # too since text85 (fold 0 innertext 3 articles up, none down; fold 1 all up).
    titles = (
        "Drift to determinism in agent loops",
        "The women who helped me grow as a developer",
        "Procedural gradients, hotfixes and the power of QA",
        "Why I replaced free thinking with structured blackboards",
        "A desktop cat that lives on my dock",
        "What a week of rebuilding taught me about tests",
    )
    text = "\n".join(f"{t}\nJess Lee\nMar {k + 2}\n{k + 2} min read\n" for k, t in enumerate(titles))
    result = clean(text, input_format="text", page_type="listing")
    assert "A desktop cat that lives on my dock" in result.article.text
    assert "min read" not in result.article.text
    assert removed_by(result, "4 min read") == "metadata.read-time"


def test_a_text_line_that_only_names_minutes_stays() -> None:
    # On text as on HTML: a recipe's times and a reading time with its summary after it are not taken.
    text = (
        f"Weeknight lentil soup\n\nPrep time: 10 minutes\n\nReady in 30 min\n\n{PROSE}\n\n"
        f"Reading time: 3 minutes Discover how the grants fund the schools' new laptops.\n\n{MORE}"
    )
    result = clean(text, input_format="text", page_type="article")
    for line in ("Prep time: 10 minutes", "Ready in 30 min", "Discover how the grants"):
        assert removed_by(result, line) != "metadata.read-time", line


def test_a_line_that_only_names_minutes_stays() -> None:
    # A recipe's times and a card's summary that follows its reading time are text, not a reading time.
    html = page(
        "<div><p>Prep time: 10 minutes</p><p>Ready in 30 min</p>"
        "<p>Reading time: 3 minutes Discover how the grants fund the schools' new laptops.</p></div>"
    )
    result = clean(html, page_type="article")
    for line in ("Prep time: 10 minutes", "Ready in 30 min", "Discover how the grants"):
        assert removed_by(result, line) != "metadata.read-time", line


# related.cut-ending: a writer's pause inside an HTML article
_PAUSE = "But maybe you have a wife or husband, three kids, a dog, two jobs, and no robot butler…"


def test_an_unlinked_line_ending_in_an_ellipsis_inside_an_html_article_stays() -> None:
    # Between the article's paragraphs and linked nowhere, the ellipsis is the writer's pause.
    r = clean(prose_around(_PAUSE, kind="html"), input_format="html", page_type="article")
    assert removed_by(r, "no robot butler") is None
    assert removed_by(r, "The council voted") is None


def test_a_linked_line_ending_in_an_ellipsis_inside_an_html_article_is_still_a_teaser() -> None:
    # A teaser's cut summary links to its story: the pause's exception does not reach it.
    linked = f'<a href="https://example.org/2024/05/robot-butler/">{_PAUSE}</a>'
    r = clean(prose_around(linked, kind="html"), input_format="html", page_type="article")
    assert removed_by(r, "no robot butler") is not None
    # (On text, with no links, the kept paragraphs either side decide: tests/test_text_interruptions.py.)


_KETTLE_POSTS = (
    "Fill it halfway with equal parts white vinegar and water, boil it, leave it for an hour and rinse it well twice.",
    "Citric acid works just as well as vinegar and leaves no smell behind, which matters if you make tea every day.",
    "Thanks both, the citric acid did the trick after two rounds and the water tastes normal again.",
)


def _scored_thread() -> str:
    # Each post's score printed alone in an element that names no vote (Stack Exchange's answer
    # score when its block is the "post-layout" element), over the post's text.
    posts = "".join(
        f"<div class='post'><div class='post-layout'><div>{n}</div></div><div class='post-body'><p>{text}</p></div></div>"
        for n, text in zip((13, 2, 5), _KETTLE_POSTS, strict=True)
    )
    return f"<html><body><main><h1>How do I descale a kettle?</h1>{posts}</main></body></html>"


def test_a_bare_count_beside_html_posts_goes_late() -> None:
    r = clean(_scored_thread(), input_format="html", page_type="forum")
    for count in ("13", "2", "5"):
        assert (count, "quality.bare-count") in {(x.text, x.rule) for x in r.removed}
    assert set(_KETTLE_POSTS) <= set(r.article.paragraphs)
    without = Cleaner().disable("quality.bare-count").clean(_scored_thread(), input_format="html", page_type="forum")
    assert "13" in without.article.paragraphs


def test_a_bare_number_off_a_forum_is_not_a_count() -> None:
    # On an article a number alone in its element may be a step's number or a table's figure.
    r = clean(_scored_thread(), input_format="html", page_type="article")
    assert not any(x.rule == "quality.bare-count" for x in r.removed)
    assert "13" in r.article.paragraphs


def _marquee_page(marquee: str) -> str:
    return (
        f"<html><body><main><h1>Cosmetic packaging design</h1><p>{PROSE}</p>"
        f"<div class='marquee'>{marquee}</div><p>{MORE}</p></main></body></html>"
    )


def test_a_marquee_of_one_call_printed_over_and_over_goes() -> None:
    # A ticker sets its text twenty times in one element so that it scrolls without a gap.
    marquee = "Book Now * " * 20
    for kind in ("service", "article", "forum"):
        r = clean(_marquee_page(marquee), input_format="html", page_type=kind)
        assert removed_by(r, "Book Now * Book Now") == "quality.repeated-words", kind
        assert removed_by(r, "The council voted on Tuesday") is None
        assert removed_by(r, "Residents who packed the meeting") is None
    # Text reads the same line.
    text = f"Cosmetic packaging design\n\n{PROSE}\n\n{marquee}\n\n{MORE}\n"
    assert removed_by(clean(text, input_format="text", page_type="service"), "Book Now") == "quality.repeated-words"


def test_a_pasted_log_printing_one_traceback_again_and_again_goes() -> None:
    trace = (
        "2024-05-03 10:09:38 ERROR (MainThread) [homeassistant] Error doing job: Future exception was never retrieved "
        "Traceback (most recent call last): File thread.py, line 58, in run result = self.fn(*self.args) "
    )
    html = (
        f"<html><body><main><h1>Stuck on starting</h1><div class='post'><p>{_KETTLE_POSTS[0]}</p>"
        f"<pre><code>{trace * 8}</code></pre></div><div class='post'><p>{_KETTLE_POSTS[1]}</p></div></main></body></html>"
    )
    r = clean(html, input_format="html", page_type="forum")
    assert removed_by(r, "Future exception was never retrieved") == "quality.repeated-words"
    assert removed_by(r, "Citric acid works just as well") is None


def test_repeated_words_leave_prose_sets_short_chants_and_documentation() -> None:
    # A running plan repeats its set, prose repeats a phrase now and then: far more than a fifth of
    # their 4-grams are distinct. A short chant is under the rule's 20 words. Documentation's printed
    # output and reference tables are the page's own, however they repeat.
    plan = (
        "Main Set. 1 mile at 10k race pace, 3.5 minutes easy walking, 1 mile at 10k race pace, 3.5 minutes "
        "easy walking, 1 mile at 10k race pace, then 10 minutes easy jogging to cool down."
    )
    for line in (plan, "Ha ha ha ha ha ha ha ha ha ha ha ha.", f"{PROSE} {PROSE}"):
        r = clean(_marquee_page(line), input_format="html", page_type="article")
        assert not any(x.rule == "quality.repeated-words" for x in r.removed), line
    docs = clean(_marquee_page("0x00 0x00 0x00 0x00 " * 8), input_format="html", page_type="documentation")
    assert not any(x.rule == "quality.repeated-words" for x in docs.removed)
    service = clean(_marquee_page("0x00 0x00 0x00 0x00 " * 8), input_format="html", page_type="service")
    assert removed_by(service, "0x00 0x00") == "quality.repeated-words"
    # A page that keeps nothing else is that text: it stays.
    alone = clean("<html><body><main><p>" + "Book Now * " * 20 + "</p></main></body></html>", input_format="html")
    assert not any(x.rule == "quality.repeated-words" for x in alone.removed)
