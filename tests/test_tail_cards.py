"""quality.tail-cards: labelled cards of other stories closing a text article go (text102), and closing a
text service (text105)."""

from __future__ import annotations

from helpers import para
from pagecleaner import Settings, clean
from pagecleaner.features import make_blocks
from pagecleaner.models import PageType
from pagecleaner.rules.base import Label, Page, Verdict
from pagecleaner.rules.quality import MainRun, Neighbours, TailCards
from pagecleaner.segment import segment_text

_BODY = [para(t) for t in ("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta")]
_TITLES = [
    "What is sustainable mobility?",
    "The top 5 sustainability trends of 2025",
    "Nature positive: what does it mean?",
    "Transitioning towards a fossil-free future",
]
_EXCERPTS = [
    "The term sustainable mobility goes far beyond reducing emissions and the sector could change many lives.",
    "As the urgency to tackle climate change continues to ramp up, so does the approach to sustainability.",
    "There is a new kid on the sustainability buzzword block, and businesses are talking about it now.",
    "Following the summit, the world has now set its sights on a future free of fossil fuels at last.",
]


def _cards(label: str = "Sustainability") -> list[str]:
    return [line for t, x in zip(_TITLES, _EXCERPTS, strict=True) for line in (label, t, x)]


def _judged(
    lines: list[str], removed: frozenset[int] = frozenset(), page_type: PageType = PageType.ARTICLE
) -> dict[int, Verdict]:
    """The verdicts the rule gives on a text page of ``lines`` (one block each; ``removed`` taken by the
    neighbour pass, the rest kept)."""
    blocks = make_blocks(segment_text("\n\n".join(lines)))
    assert len(blocks) == len(lines)
    kept = MainRun().verdict("kept", label=Label.CONTENT)
    gone = Neighbours().verdict("between boilerplate")
    verdicts: list[Verdict | None] = [gone if i in removed else kept for i in range(len(blocks))]
    judged = dict(TailCards().judge(Page(blocks, Settings(), verdicts, page_type=page_type)))
    assert all(v.rule == "quality.tail-cards" and v.label is Label.BOILERPLATE for v in judged.values())
    return judged


def test_labelled_cards_closing_the_article_go_and_are_teasers() -> None:
    lines = [*_BODY, *_cards(), "Home", "Contact"]
    judged = _judged(lines, removed=frozenset({len(lines) - 2, len(lines) - 1}))
    assert sorted(judged) == list(range(len(_BODY), len(_BODY) + 12))
    titles = [str(v.data["teaser.title"]) for v in judged.values() if "teaser.title" in v.data]
    assert titles == _TITLES
    assert judged[len(_BODY) + 1].data["teaser.summary"] == _EXCERPTS[0]


def test_a_label_after_the_title_and_a_first_card_another_rule_took() -> None:
    # Title / "Posted under Car Tires" / excerpt; the first card's title and label went to a related rule.
    cards = [line for t, x in zip(_TITLES, _EXCERPTS, strict=True) for line in (t, "Posted under Car Tires", x)]
    lines = [*_BODY, *cards]
    start = len(_BODY)
    judged = _judged(lines, removed=frozenset({start, start + 1}))
    assert sorted(judged) == list(range(start + 2, start + 12))


def test_title_and_excerpt_pairs_with_no_repeated_line_stay() -> None:
    # An article's last sections of a heading and a paragraph read the same.
    pairs = [line for t, x in zip(_TITLES, _EXCERPTS, strict=True) for line in (t, x)]
    assert _judged([*_BODY, *pairs]) == {}


def test_sections_too_long_for_an_excerpt_stay() -> None:
    sections = [line for t in _TITLES for line in (t, para(t.split()[0], 120), "Directions")]
    assert _judged([*_BODY, *sections]) == {}


def test_cards_that_do_not_close_the_article_stay() -> None:
    assert _judged([*_BODY, *_cards(), para("omega")]) == {}


def test_two_cards_a_letterless_label_and_four_line_cards_stay() -> None:
    assert _judged([*_BODY, *_cards()[6:]]) == {}
    assert _judged([*_BODY, *_cards("\u200d")]) == {}
    # A FAQ whose every answer opens on "Yes!": an answer, not a card's label.
    assert _judged([*_BODY, *_cards("Yes!")]) == {}
    four = [line for t, x in zip(_TITLES, _EXCERPTS, strict=True) for line in ("Webcam", t, x, "View Webcam")]
    assert _judged([*_BODY, *four]) == {}


def test_a_page_that_is_mostly_cards_and_other_kinds_stay() -> None:
    assert _judged([_BODY[0], *_cards()]) == {}
    for kind in (PageType.LISTING, PageType.FORUM, PageType.PRODUCT, PageType.COLLECTION):
        assert _judged([*_BODY, *_cards()], page_type=kind) == {}


def test_labelled_cards_closing_a_text_service_go() -> None:
    # text105: a service's page closing on its labelled cards of articles ("Posted under …") loses them too.
    judged = _judged([*_BODY, *_cards()], page_type=PageType.SERVICE)
    assert sorted(judged) == list(range(len(_BODY), len(_BODY) + 12))
    assert [str(v.data["teaser.title"]) for v in judged.values() if "teaser.title" in v.data] == _TITLES
    assert _judged([_BODY[0], *_cards()], page_type=PageType.SERVICE) == {}


def test_a_text_article_loses_its_closing_cards() -> None:
    text = "\n\n".join(["How Cities Adapt to a Warmer Climate", *_BODY, *_cards()])
    out = clean(text, page_type="article")
    assert "alpha1" in out.article.text and "theta1" in out.article.text
    assert not any(t in out.article.text for t in _TITLES)
    assert "Sustainability" not in out.article.text
    assert [t.title for t in out.related] == _TITLES
    assert out.related[0].summary == _EXCERPTS[0]
