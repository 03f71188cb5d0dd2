"""quality.list-in-article: a text article's own list that related.lists read as teasers comes back; and
quality.section-end measures a line announcing other articles down to a later break's cut (text90)."""

from __future__ import annotations

from helpers import para
from pagecleaner import Settings
from pagecleaner.features import make_blocks
from pagecleaner.models import Kind, PageType
from pagecleaner.rules.base import Label, Page, Verdict
from pagecleaner.rules.quality import ListInArticle, MainRun, SectionEnd
from pagecleaner.rules.related import TeaserLists
from pagecleaner.segment import segment_text

_ITEMS = [
    "Assess: Evaluating the effectiveness of your current social media efforts",
    "Build: Pinpointing areas for improvement and creating a roadmap",
    "Launch: Implementing the strategies over 180 days and measuring them",
]


def _page(lines: list[str], teasers: set[int], page_type: PageType = PageType.ARTICLE) -> Page:
    """A text page of ``lines`` (one block each), ``teasers`` taken by related.lists, the rest kept."""
    blocks = make_blocks(segment_text("\n\n".join(lines)))
    assert len(blocks) == len(lines)
    kept = MainRun().verdict("kept", label=Label.CONTENT)
    teaser = TeaserLists().verdict("part of a teaser: 'x'")
    verdicts: list[Verdict | None] = [teaser if i in teasers else kept for i in range(len(blocks))]
    return Page(blocks, Settings(), verdicts, page_type=page_type)


def _judged(lead: str, after: int, page_type: PageType = PageType.ARTICLE) -> set[int]:
    body = [para(t) for t in ("alpha", "beta", "gamma", "delta", "epsilon", "zeta")]  # 180 words
    rest = [para(t) for t in ("eta", "theta", "iota", "kappa")[:after]]
    lines = [*body, lead, *_ITEMS, *rest]
    first = len(body) + 1
    page = _page(lines, set(range(first, first + len(_ITEMS))), page_type)
    judged = list(ListInArticle().judge(page))
    assert all(v.rule == "quality.list-in-article" and v.label is Label.CONTENT for _, v in judged)
    return {i - first for i, _ in judged}


def test_a_list_under_a_colon_with_the_article_going_on_comes_back() -> None:
    assert _judged("The firm follows a five-step approach to marketing:", after=2) == {0, 1, 2}


def test_a_teaser_list_at_the_article_end_stays_removed() -> None:
    # Nothing (or too little) of the article after it: other stories, not the article's list.
    assert _judged("The firm follows a five-step approach to marketing:", after=0) == set()
    assert _judged("The firm follows a five-step approach to marketing:", after=1) == set()  # 30 < 0.25 x 190


def test_a_list_under_a_line_that_announces_nothing_stays_removed() -> None:
    # Headlines after a full stop (a news page's inline "more stories" box) are teasers.
    assert _judged("The firm follows a five-step approach to marketing.", after=2) == set()


def test_other_kinds_and_html_are_left_alone() -> None:
    assert _judged("The firm follows a five-step approach to marketing:", after=2, page_type=PageType.LISTING) == set()


_ANNOUNCED = [
    "Why Developers Build Unfinished Calculators",
    "Every developer knows the rush of a new idea on the drive home, and then the work starts.",
    "When Solutions Get Fixed",
    "As a company grows, so do its processes, its rules and the meetings about its rules.",
]
_ANNOUNCE = "On a related note, here are some interesting articles."


def _section_end(comment_words: int) -> dict[int, str]:
    """SectionEnd over a kept article of 240 words, a line announcing articles over four kept teaser lines, and
    a "Comments" heading (a section break) over a kept comment of ``comment_words`` words: what it cuts."""
    body = [para(f"topic{k}x") for k in range(8)]
    lines = [*body, _ANNOUNCE, *_ANNOUNCED, "Comments", para("comment", comment_words)]
    page = _page(lines, set())
    page.verdicts[len(lines) - 2] = Verdict("comments.widget", Kind.COMMENTS, "matches 'Comments'", Label.BOILERPLATE)
    return {i - len(body): v.reason for i, v in SectionEnd().judge(page)}


def test_teasers_announced_above_the_comments_go() -> None:
    # Teasers (33 words) and the comment (30) together are more than a quarter of the article's 240 words,
    # the teasers alone are not: the comments' break is settled first, and the announcing line is then
    # measured down to it; all that goes stays within chain_share (0.35) of the article.
    cut = _section_end(30)
    assert set(cut) == {0, 1, 2, 3, 4, 6}
    assert all("announcing" in cut[k] for k in range(5)) and "comments.widget" in cut[6]


def test_teasers_announced_above_a_long_tail_stay() -> None:
    # What would go in all (teasers and comment) is more than chain_share of the article: only the
    # comment goes, at its own break.
    assert set(_section_end(60)) == {6}
