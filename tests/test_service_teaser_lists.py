"""related.lists on a text page cleaned as a service (text98): a run of headline-shaped lines is a teaser
list only under a related heading or in a box another related rule named, as in HTML; and a related
heading the page prints under every card ("Read More") is each card's button, which heads no list."""

from __future__ import annotations

from pagecleaner.features import make_blocks
from pagecleaner.models import Kind, PageType
from pagecleaner.rules.base import Label, Page, Verdict
from pagecleaner.rules.related import HEADING_RULE, TeaserLists
from pagecleaner.segment import segment_text
from pagecleaner.settings import Settings

RULE = TeaserLists()
CARDS = (
    "Faster decoding for long documents with a cache shared across requests",
    "A new attention kernel that keeps the tensor cores busy at every step",
    "How coding agents learn to plan with reinforcement learning at scale",
    "Fine-tuning with long contexts without running out of memory",
)
INTRO = "Our research team builds the systems that make large models fast and cheap to run in production every day."
KEPT = Verdict("test.kept", Kind.OTHER, "kept", label=Label.CONTENT)
BUTTON = Verdict("navigation.controls", Kind.NAVIGATION, "a control")
READ_MORE = Verdict(HEADING_RULE, Kind.RELATED, "a related heading")


def _page(separator: str, removed: Verdict, kind: PageType, heading: str | None = None) -> Page:
    """The intro, then (under ``heading``, removed as a related heading) each card's title followed by
    ``separator``, removed with ``removed``."""
    lines = [INTRO]
    verdicts: list[Verdict | None] = [KEPT]
    if heading is not None:
        lines.append(heading)
        verdicts.append(READ_MORE)
    else:
        lines.append(separator)
        verdicts.append(removed)
    for title in CARDS:
        lines += [title, separator]
        verdicts += [KEPT, removed]
    blocks = make_blocks(segment_text("\n\n".join(lines)))
    assert len(blocks) == len(verdicts)
    return Page(blocks, Settings(), verdicts, page_type=kind)


def _teasers(page: Page) -> list[str]:
    """The kept titles the rule takes out of the article."""
    return [page.blocks[j].text for j, v in RULE.judge(page) if page.label(j) is Label.CONTENT and v.rule == RULE.id]


def test_a_text_service_keeps_its_cards_between_removed_buttons() -> None:
    assert _teasers(_page("Learn more", BUTTON, PageType.SERVICE)) == []


def test_a_text_article_still_reads_them_as_teasers() -> None:
    assert _teasers(_page("Learn more", BUTTON, PageType.ARTICLE)) == list(CARDS)


def test_a_related_heading_printed_under_every_card_heads_no_list_on_a_text_service() -> None:
    assert _teasers(_page("Read More", READ_MORE, PageType.SERVICE)) == []
    assert RULE._buttons(_page("Read More", READ_MORE, PageType.SERVICE))  # the repeated "Read More" is a button


def test_a_related_heading_printed_once_still_heads_a_list_on_a_text_service() -> None:
    page = _page("Learn more", BUTTON, PageType.SERVICE, heading="More from our blog")
    assert _teasers(page) == list(CARDS)
    assert not RULE._buttons(page)


def test_a_related_heading_printed_under_every_card_still_heads_a_list_on_a_text_article() -> None:
    assert _teasers(_page("Read More", READ_MORE, PageType.ARTICLE)) == list(CARDS)
