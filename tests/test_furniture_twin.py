"""``quality.furniture-twin``: on a text forum, a kept block whose every line the page removed as a post's
furniture elsewhere goes (text113)."""

from __future__ import annotations

from pagecleaner import Cleaner, Settings
from pagecleaner.features import make_blocks
from pagecleaner.models import Kind, PageType
from pagecleaner.rules.base import Label, Page, Verdict
from pagecleaner.rules.quality import FurnitureTwin
from pagecleaner.segment import segment_text

URL = "https://forum.example.org/threads/how-do-i-descale-a-kettle.48213/"
POSTS = [
    "Fill it halfway with equal parts white vinegar and water, boil it, leave it for an hour and rinse it well twice.",
    "Citric acid works just as well as vinegar and leaves no smell behind, which matters if you make tea every day.",
    "Thanks both, the citric acid did the trick after two rounds and the water tastes normal again.",
    "A descaling tablet from the supermarket does the same job and costs less than a cup of coffee these days.",
    "Lemon juice works too if you have nothing else in the house, though it takes a few rounds to clear it.",
]
NAMES = ["ann", "bob", "carol", "dave", "erin", "frank"]


def _thread(glued: str) -> str:
    # A board's text: each post under its number and date, its reactions and buttons under it, then the next
    # poster's name, counts and quote button. Under the third post the segmenter glues ``glued`` into one block.
    out = "How do I descale a kettle?\n\n"
    for n, post in enumerate(POSTS, start=1):
        out += f"#{n} · Jan {n}, 2024\n\n{post}\n\nReactions: {NAMES[n - 1]}\n\n"
        if n == 3:
            out += f"{glued}\n\n"
        else:
            out += f"  Save  Share\n\n Reply  Quote  Like\n\n{NAMES[n]}\n\n"
        out += f"{n * 1234:,} posts · Joined 2019\n\nAdd to quote\n\n"
    return out


def _kept(cleaner: Cleaner, text: str, page_type: str = "forum") -> list[str]:
    page = cleaner.clean(text, input_format="text", url=URL, page_type=page_type)
    assert set(POSTS) <= set(page.article.paragraphs)
    return [p for p in page.article.paragraphs if p not in POSTS]


def test_a_posts_buttons_glued_to_the_next_posters_name_go_where_the_page_removed_them_elsewhere() -> None:
    # quality.post-body would take the glued block here as the space between two posts; it is disabled
    # to stand for the boards where the neighbour pass keeps it (wcxb-dev fold 0: five boards).
    text = _thread("  Save  Share\n Reply  Quote  Like\ndave")
    base = Cleaner().disable("quality.post-body")
    assert "Save Share Reply Quote Like dave" not in _kept(base, text)
    page = base.clean(text, input_format="text", url=URL, page_type="forum")
    assert any(r.rule == "quality.furniture-twin" and "dave" in r.text for r in page.removed)
    without = Cleaner().disable("quality.post-body", "quality.furniture-twin")
    assert "Save Share Reply Quote Like dave" in _kept(without, text)


def test_a_posts_own_line_a_long_name_and_other_kinds_stay() -> None:
    base = Cleaner().disable("quality.post-body")
    # The buttons glued to a post's own sentence, or to a line of four words: not a poster's name.
    glued = "  Save  Share\n Reply  Quote  Like\nthe kettle man himself"
    assert "Save Share Reply Quote Like the kettle man himself" in _kept(base, _thread(glued))
    assert "Thanks, that fixed it." in _kept(
        base, _thread("  Save  Share\n Reply  Quote  Like\nThanks, that fixed it.")
    )
    # The same page cleaned as an article: the rule does not read it.
    text = _thread("  Save  Share\n Reply  Quote  Like\ndave")
    page = base.clean(text, input_format="text", url=URL, page_type="article")
    assert not any(r.rule == "quality.furniture-twin" for r in page.removed)


def test_furniture_twin_reads_one_line_furniture_not_dates_nor_glued_cards() -> None:
    texts = ["Reply  Quote  Like", "Jan 3, 2024", "  Save  Share\n Reply  Quote  Like\nann", "Reply Quote Like",
             "Jan 4, 2024", "ann", "  Save  Share\n Reply  Quote  Like\nbob", "[ 2 ] Thanks", "Save Share"]  # fmt: skip
    blocks = make_blocks(segment_text("\n\n".join(texts)))
    assert [b.raw for b in blocks] == texts
    kept = Verdict("test.kept", Kind.LOW_CONTENT, "kept", Label.CONTENT)

    def gone(rule: str) -> Verdict:
        return Verdict(rule, Kind.METADATA, "gone", Label.BOILERPLATE)

    verdicts: list[Verdict | None] = [
        gone("comments.actions"), gone("metadata.dateline"), gone("quality.poster-stats"), *[kept] * 5,
        gone("metadata.post-furniture"),
    ]  # fmt: skip
    rule = FurnitureTwin()
    forum = Page(blocks, Settings(), verdicts, page_type=PageType.FORUM)
    # The buttons go, alone and glued over a poster's name; a date line removed elsewhere is not read (its
    # twin stays), nor a name removed only inside a glued card; a counter no rule removed stays.
    assert [i for i, _ in rule.judge(forum)] == [3, 6]
    for other in (
        Page(blocks, Settings(), verdicts, page_type=PageType.ARTICLE),
        Page(blocks, Settings(), verdicts, page_type=PageType.FORUM, reported_type=PageType.ARTICLE),
    ):
        assert not list(rule.judge(other))
