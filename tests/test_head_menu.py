"""quality.head-menu: a run of menu entries kept above a text article's first paragraph goes (text97)."""

from __future__ import annotations

from helpers import para
from pagecleaner import Settings, clean
from pagecleaner.features import make_blocks
from pagecleaner.models import PageType
from pagecleaner.rules.base import Label, Page, Verdict
from pagecleaner.rules.metadata import Title
from pagecleaner.rules.quality import HeadMenu, MainRun, Neighbours
from pagecleaner.segment import segment_text

_MENU = ["kasa", "tapo", "omada", "Wireless", "Switches", "Gateways", "Accessories", "Where to Buy"]
_TITLE = "What is Mesh WiFi?"


def _judged(
    lines: list[str], removed: frozenset[int] = frozenset(), page_type: PageType = PageType.ARTICLE
) -> list[str]:
    """The lines of a text page of ``lines`` (one block each; ``removed`` taken by the neighbour pass,
    the rest kept) that the rule takes."""
    blocks = make_blocks(segment_text("\n\n".join(lines)))
    assert len(blocks) == len(lines)
    kept = MainRun().verdict("kept", label=Label.CONTENT)
    gone = Neighbours().verdict("between boilerplate")
    verdicts: list[Verdict | None] = [gone if i in removed else kept for i in range(len(blocks))]
    judged = list(HeadMenu().judge(Page(blocks, Settings(), verdicts, page_type=page_type)))
    assert all(v.rule == "quality.head-menu" and v.label is Label.BOILERPLATE for _, v in judged)
    return [lines[i] for i, _ in judged]


def test_a_menu_above_the_first_paragraph_goes() -> None:
    lines = [*_MENU, _TITLE, para("mesh"), para("node")]
    assert _judged(lines) == _MENU


def test_lines_the_rules_removed_do_not_break_the_run() -> None:
    lines = [*_MENU[:4], "Support", "Contact Sales", *_MENU[4:], _TITLE, para("mesh")]
    assert _judged(lines, removed=frozenset({4, 5})) == _MENU


def test_the_title_and_a_short_run_stay() -> None:
    # Seven entries: a kicker, a breadcrumb and a short list are not a menu.
    assert _judged([*_MENU[:7], _TITLE, para("mesh")]) == []


def test_the_same_lines_below_the_first_paragraph_are_the_article_s_list() -> None:
    assert _judged([_TITLE, para("mesh"), *_MENU, para("node")]) == []


def test_lines_with_digits_or_a_closing_stop_are_no_menu_entries() -> None:
    ingredients = [
        "2 cups flour",
        "1 egg",
        "3 apples",
        "1 cup sugar",
        "2 tbsp butter",
        "1 lemon",
        "4 cloves",
        "1 pinch salt",
    ]
    assert _judged([*ingredients, para("cake")]) == []
    questions = [f"Why {w}?" for w in _MENU]
    assert _judged([*questions, para("mesh")]) == []


def test_a_japanese_paragraph_is_no_menu_entry() -> None:
    # Written without spaces, a paragraph counts as one word.
    lines = [f"報道によると、今回販売されたのは{k}いわゆる改造したものです" for k in range(9)]
    assert _judged(lines) == []


def test_other_kinds_are_left_alone() -> None:
    assert _judged([*_MENU, _TITLE, para("mesh")], page_type=PageType.LISTING) == []


def test_a_text_article_loses_its_header_menu() -> None:
    # Under a menu's blurb the neighbour pass keeps the entries and the main run opens on them.
    menu = [
        "Home Networking",
        "Smart Home",
        "Business",
        "Support",
        "Online Stores",
        "Distribution Partners",
        "Retailers",
    ]
    body = [para(t) for t in ("alpha", "beta", "gamma", "delta", "epsilon", "zeta")]
    text = "\n".join(["Learn how we make networks faster for every family.", *menu, "Reseller Partners", _TITLE, *body])
    out = clean(text, page_type="article").article.text
    assert _TITLE in out and "alpha1" in out and "zeta1" in out
    assert not any(entry in out for entry in (*menu, "Reseller Partners"))


def test_a_headline_kept_in_the_run_goes_with_the_title_carried_over() -> None:
    lines = [*_MENU, "Mesh Networks Explained", para("mesh")]
    blocks = make_blocks(segment_text("\n\n".join(lines)))
    kept = MainRun().verdict("kept", label=Label.CONTENT)
    headline = Title().verdict(
        "headline kept in the body", label=Label.CONTENT, data={"title": "Mesh Networks Explained"}
    )
    verdicts: list[Verdict | None] = [headline if i == len(_MENU) else kept for i in range(len(blocks))]
    judged = dict(HeadMenu().judge(Page(blocks, Settings(), verdicts, page_type=PageType.ARTICLE)))
    assert sorted(judged) == list(range(len(_MENU) + 1))
    assert judged[len(_MENU)].data == {"title": "Mesh Networks Explained"}
    assert judged[0].data == {}
