"""quality.lone-line (text104): on a text page cleaned as a service, a short line the page still keeps alone
between two removed ones goes (a heading whose section the rules took out, a contact band's phone number);
with kept text beside it, as a question or a sentence, longer, or on another kind of page it stays."""

from __future__ import annotations

from pagecleaner.features import make_blocks
from pagecleaner.models import Kind, PageType
from pagecleaner.rules.base import Label, Page, Verdict
from pagecleaner.rules.quality import FINAL_RULES, LoneLine
from pagecleaner.segment import segment_text
from pagecleaner.settings import Settings

RULE = LoneLine()
PROSE = (
    "We build the data pipelines, warehouses and dashboards your teams need to answer their own questions every day."
)
KEPT = Verdict("test.kept", Kind.OTHER, "kept", label=Label.CONTENT)
GONE = Verdict("quality.neighbours", Kind.NAVIGATION, "short lines beside boilerplate")
TITLED = Verdict("metadata.title", Kind.OTHER, "the headline", label=Label.CONTENT, data={"title": "Latest Insights"})


def _page(lines: list[tuple[str, Verdict]], kind: PageType = PageType.SERVICE) -> Page:
    blocks = make_blocks(segment_text("\n\n".join(line for line, _ in lines)))
    assert len(blocks) == len(lines)
    return Page(blocks, Settings(), [v for _, v in lines], page_type=kind)


def _gone(page: Page) -> list[str]:
    return [page.blocks[i].text for i, _ in RULE.judge(page)]


def _between(line: str, kind: PageType = PageType.SERVICE, above: Verdict = GONE, below: Verdict = GONE) -> Page:
    return _page(
        [(PROSE, KEPT), ("All blog posts", above), (line, KEPT), ("Privacy Policy", below), (PROSE, KEPT)], kind
    )


def test_a_short_line_kept_alone_between_removed_ones_goes_on_a_text_service() -> None:
    assert _gone(_between("Latest Insights")) == ["Latest Insights"]
    assert _gone(_between("415-263-9024")) == ["415-263-9024"]
    assert _gone(_between("Security & Compliance")) == ["Security & Compliance"]


def test_a_short_line_with_kept_text_beside_it_stays() -> None:
    assert _gone(_between("Latest Insights", below=KEPT)) == []
    assert _gone(_between("Latest Insights", above=KEPT)) == []


def test_a_question_a_sentence_or_a_longer_line_stays() -> None:
    assert _gone(_between("Why should I file my taxes?")) == []
    assert _gone(_between("We are here to help.")) == []
    assert _gone(_between("Learn how our data team can help your business")) == []
    assert _gone(_between("Included features:")) == []


def test_other_kinds_of_page_keep_the_line() -> None:
    for kind in (PageType.ARTICLE, PageType.PRODUCT, PageType.LISTING, PageType.FORUM):
        assert _gone(_between("Latest Insights", kind)) == []


def test_the_first_and_last_lines_of_the_page_are_not_read() -> None:
    page = _page(
        [("Latest Insights", KEPT), ("All blog posts", GONE), (PROSE, KEPT), ("Contact", GONE), ("Careers", KEPT)]
    )
    assert _gone(page) == []


def test_the_headline_goes_and_the_title_stays() -> None:
    page = _page([(PROSE, KEPT), ("All blog posts", GONE), ("Latest Insights", TITLED), ("Privacy Policy", GONE)])
    ((i, verdict),) = list(RULE.judge(page))
    assert page.blocks[i].text == "Latest Insights"
    assert verdict.label is not Label.CONTENT
    assert verdict.data == {"title": "Latest Insights"}


def test_it_is_a_final_rule() -> None:
    assert any(isinstance(rule, LoneLine) for rule in FINAL_RULES)
    assert RULE.id == "quality.lone-line"
