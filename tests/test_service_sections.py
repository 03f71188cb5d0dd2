"""quality.service-sections (text110): on a text page cleaned as a service, the short lines the neighbour pass
took out between the page's first and last kept paragraph come back (an offering's heading and summary, a
comparison table's rows, a case study's figures); above the first paragraph, under the last, removed by another
rule, or on another kind of page they stay out. A text listing reads the same (text111): its entries' titles,
authors, dates and tags between two kept excerpts come back."""

from __future__ import annotations

from pagecleaner import Cleaner
from pagecleaner.cleaner import html_blocks
from pagecleaner.features import make_blocks
from pagecleaner.models import Kind, PageType
from pagecleaner.rules.base import Label, Page, Verdict
from pagecleaner.rules.quality import LATE_RULES, HeadedDescription, ServiceSections
from pagecleaner.segment import segment_text
from pagecleaner.settings import Settings

RULE = ServiceSections()
PROSE = (
    "We build the data pipelines, warehouses and dashboards your teams need to answer their own questions every day."
)
SHORT = "A summary of eight words for each card."
KEPT = Verdict("test.kept", Kind.OTHER, "kept", label=Label.CONTENT)
GONE = Verdict("quality.neighbours", Kind.LOW_CONTENT, "short text beside boilerplate")
CALL = Verdict("quality.service-call", Kind.NAVIGATION, "a call to action alone on its line")


def _page(
    lines: list[tuple[str, Verdict]], kind: PageType = PageType.SERVICE, reported: PageType | None = None
) -> Page:
    blocks = make_blocks(segment_text("\n\n".join(line for line, _ in lines)))
    assert len(blocks) == len(lines)
    return Page(blocks, Settings(), [v for _, v in lines], page_type=kind, reported_type=reported or kind)


def _back(page: Page) -> list[str]:
    found = list(RULE.judge(page))
    assert all(v.label is Label.CONTENT for _, v in found)
    return [page.blocks[i].text for i, _ in found]


def _service(kind: PageType = PageType.SERVICE, inside: Verdict = GONE, reported: PageType | None = None) -> Page:
    return _page(
        [
            ("Services", GONE),
            ("Pricing", GONE),
            (PROSE, KEPT),
            ("Data Warehousing", inside),
            (SHORT, inside),
            ("95% Less Time", inside),
            (PROSE.replace("We build", "We also build"), KEPT),
            ("Careers", GONE),
            ("Locations", GONE),
        ],
        kind,
        reported,
    )


def test_the_short_lines_between_a_services_paragraphs_come_back() -> None:
    assert _back(_service()) == ["Data Warehousing", SHORT, "95% Less Time"]


def test_the_menu_above_and_the_links_under_the_paragraphs_stay_out() -> None:
    back = _back(_service())
    assert not {"Services", "Pricing", "Careers", "Locations"} & set(back)


def test_a_line_another_rule_removed_stays_out() -> None:
    assert _back(_service(inside=CALL)) == []


def test_a_page_with_one_paragraph_gives_nothing_back() -> None:
    page = _page([("Services", GONE), (PROSE, KEPT), ("Data Warehousing", GONE), ("Careers", GONE)])
    assert _back(page) == []


def test_a_short_kept_line_is_no_paragraph() -> None:
    page = _page([(SHORT, KEPT), ("Data Warehousing", GONE), (PROSE, KEPT), ("Careers", GONE), (SHORT, KEPT)])
    assert _back(page) == []


def test_other_kinds_of_page_keep_the_neighbour_pass_verdict() -> None:
    for kind in (PageType.ARTICLE, PageType.PRODUCT, PageType.COLLECTION, PageType.FORUM, PageType.DOCUMENTATION):
        assert _back(_service(kind)) == []


def test_a_text_listings_entries_between_its_excerpts_come_back() -> None:
    """text111: a listing cleaned and reported as one gets its entries' short lines back (a post's title,
    author, date and tags between two kept excerpts); its menu above and its footer under stay out."""
    assert _back(_service(PageType.LISTING)) == ["Data Warehousing", SHORT, "95% Less Time"]
    page = _service(PageType.LISTING)
    page.reported_type = None
    assert _back(page) == ["Data Warehousing", SHORT, "95% Less Time"]


def test_a_listing_the_reporter_reads_as_another_kind_gives_nothing_back() -> None:
    assert _back(_service(PageType.LISTING, reported=PageType.ARTICLE)) == []
    assert _back(_service(PageType.LISTING, reported=PageType.SERVICE)) == []
    assert _back(_service(PageType.SERVICE, reported=PageType.LISTING)) == []


def test_a_service_the_reporter_reads_as_another_kind_gives_nothing_back() -> None:
    assert _back(_service(reported=PageType.ARTICLE)) == []
    assert _back(_service(reported=PageType.LISTING)) == []
    page = _service()
    page.reported_type = None  # no reporting model: the cleaning kind alone
    assert _back(page) == ["Data Warehousing", SHORT, "95% Less Time"]


def test_it_runs_late_after_the_product_description() -> None:
    order = [type(rule) for rule in LATE_RULES]
    assert ServiceSections in order
    assert order.index(ServiceSections) == order.index(HeadedDescription) + 1


def test_html_is_not_this_rules() -> None:
    lines = ["Services", PROSE, "Data Warehousing", SHORT, PROSE.replace("We build", "We also build"), "Careers"]
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>"
    blocks, _, _ = html_blocks(html, Settings(), None)
    assert len(blocks) == len(lines)
    verdicts = [GONE, KEPT, GONE, GONE, KEPT, GONE]
    page = Page(blocks, Settings(), list(verdicts), page_type=PageType.SERVICE)
    assert page.is_html
    assert _back(page) == []


PARAGRAPHS = [
    "We build the data pipelines, warehouses and dashboards your teams need to answer their own questions every "
    "single day.",
    "Our consultants have helped more than four hundred retailers move their reporting to the cloud without a day "
    "of downtime.",
    "Every engagement starts with a free assessment of your current stack, your goals and the questions your teams "
    "cannot answer.",
    "Once the plan is agreed, a small team of engineers builds it with you and trains your analysts to run it on "
    "their own.",
]
OFFERINGS = ["Data Warehousing", "Dashboards and Reporting", "Data Migration"]
SERVICE_TEXT = "\n".join(
    [
        "Home",
        "Services",
        "Pricing",
        "Data Analytics Consulting",
        *PARAGRAPHS[:2],
        "Learn more",
        *OFFERINGS,
        "Learn more",
        *PARAGRAPHS[2:],
        "Privacy Policy",
        "Terms of Use",
    ]
)


def test_a_text_services_offerings_between_its_paragraphs_are_kept_end_to_end() -> None:
    kept = Cleaner().clean(SERVICE_TEXT, input_format="text", page_type="service")
    text = kept.article.text
    assert all(line in text for line in OFFERINGS)
    assert all(p in text for p in PARAGRAPHS)
    assert "Privacy Policy" not in text and "Pricing" not in text
    # Without the rule the neighbour pass takes the offerings as a menu between two buttons.
    without = (
        Cleaner().disable("quality.service-sections").clean(SERVICE_TEXT, input_format="text", page_type="service")
    )
    removed = {r.text: r.rule for r in without.removed}
    assert all(removed.get(line) == "quality.neighbours" for line in OFFERINGS)
    # As an article the neighbour pass's verdict stands.
    article = Cleaner().clean(SERVICE_TEXT, input_format="text", page_type="article")
    assert not any(line in article.article.text for line in OFFERINGS)
