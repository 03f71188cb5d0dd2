"""The kind an uncertain HTML page is cleaned as: the one whose cleaning costs least in expected F1."""

from __future__ import annotations

import math

import pytest

from pagecleaner import PageType
from pagecleaner.features import make_blocks
from pagecleaner.pagetype import Detection, Model, detect_page
from pagecleaner.segment import segment_text

LINES = [
    "Autumn boots",
    "Chelsea boot in suede",
    "$129.00",
    "Leather hiking boot",
    "$149.00",
    "Rain boot",
    "$59.00",
]


def _constant(probs: dict[PageType, float]) -> Model:
    """A model that reads no feature: every page gets ``probs`` (the other kinds share what is left)."""
    rest = (1.0 - sum(probs.values())) / (len(PageType) - len(probs))
    classes = [t.value for t in PageType]
    bias = [math.log(probs.get(t, rest)) for t in PageType]
    return Model.from_dict({"features": [], "classes": classes, "weights": [[] for _ in classes], "bias": bias})


def _blocks() -> list:  # type: ignore[type-arg]
    return make_blocks(segment_text("\n".join(LINES)))


def _long_blocks() -> list:  # type: ignore[type-arg]
    """A page of MIN_THREAD_BLOCKS blocks or more (the lines three times)."""
    return make_blocks(segment_text("\n".join(LINES * 3)))


def test_an_unsure_html_page_is_cleaned_as_the_kind_that_costs_least() -> None:
    # No kind reaches 0.5, so the most probable kind would send it to article; but cleaning a
    # collection as an article loses far more than the reverse, and a collection is the likelier kind.
    unsure = _constant({PageType.COLLECTION: 0.45, PageType.LISTING: 0.3, PageType.ARTICLE: 0.1})
    reporter = _constant({PageType.ARTICLE: 0.9})
    found = detect_page(_blocks(), html=True, models={"html": unsure, "html_report": reporter})
    assert found.kind is PageType.COLLECTION
    assert found.confidence == 0.45
    # The kind reported is the reporter's, as before.
    assert (found.reported, found.reported_confidence) == (PageType.ARTICLE, 0.9)
    # Without a reporter the cleaning model reports, by its own most probable kind under the floor.
    alone = detect_page(_blocks(), html=True, models={"html": unsure})
    assert (alone.kind, alone.reported) == (PageType.COLLECTION, PageType.ARTICLE)


def test_an_unsure_service_is_cleaned_as_one() -> None:
    unsure = _constant({PageType.SERVICE: 0.45, PageType.ARTICLE: 0.35})
    assert detect_page(_blocks(), html=True, models={"html": unsure}).kind is PageType.SERVICE


def test_a_page_read_as_an_article_is_not_cleaned_as_a_listing() -> None:
    # A news page's headline menus read as a listing's: it stays an article, however cheap the table
    # says cleaning an article as a listing is.
    from pagecleaner.pagetype import CLEANING_F1, cleaned_as

    newsy = _constant({PageType.ARTICLE: 0.4, PageType.LISTING: 0.35})
    assert detect_page(_blocks(), html=True, models={"html": newsy}).kind is PageType.ARTICLE
    probs = newsy.probabilities({})
    expected = {k: sum(probs[j] * row[k] for j, row in CLEANING_F1.items()) for k in CLEANING_F1}
    assert max(expected, key=expected.__getitem__) is PageType.LISTING  # the guard, not the table, keeps it
    assert cleaned_as(probs, PageType.ARTICLE) is PageType.ARTICLE


def test_a_sure_kind_and_kinds_outside_the_table_stay() -> None:
    from pagecleaner.pagetype import cleaned_as

    sure = _constant({PageType.ARTICLE: 0.9})
    assert detect_page(_blocks(), html=True, models={"html": sure}) == Detection(
        PageType.ARTICLE, 0.9, PageType.ARTICLE, 0.9
    )
    forum = _constant({PageType.FORUM: 0.55, PageType.COLLECTION: 0.4})
    assert detect_page(_blocks(), html=True, models={"html": forum}).kind is PageType.FORUM
    assert cleaned_as(forum.probabilities({}), PageType.PRODUCT) is PageType.PRODUCT


def test_text_is_cleaned_as_its_most_probable_kind_still() -> None:
    unsure = _constant({PageType.COLLECTION: 0.45, PageType.LISTING: 0.3, PageType.ARTICLE: 0.1})
    assert detect_page(_blocks(), models={"text": unsure}).kind is PageType.ARTICLE


def test_a_text_thread_the_reporter_reads_as_a_forum_is_cleaned_as_one() -> None:
    # The shape-only cleaning model is unsure (article at 0.3, under the 0.5 floor, forum at 0.2); the
    # reporter, which reads the words too, says forum: the page is cleaned as a forum (text91).
    unsure = _constant({PageType.ARTICLE: 0.3, PageType.FORUM: 0.2, PageType.LISTING: 0.2})
    reporter = _constant({PageType.FORUM: 0.7})
    found = detect_page(_long_blocks(), models={"text": unsure, "text_report": reporter})
    assert (found.kind, found.confidence) == (PageType.FORUM, 0.2)
    assert (found.reported, found.reported_confidence) == (PageType.FORUM, 0.7)
    # A cleaning model sure of an article is overruled the same way: the reporter reads forums better.
    sure = _constant({PageType.ARTICLE: 0.6, PageType.FORUM: 0.1})
    assert detect_page(_long_blocks(), models={"text": sure, "text_report": reporter}).kind is PageType.FORUM


def test_a_text_page_reported_as_another_kind_keeps_its_cleaning_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    from pagecleaner import pagetype

    unsure = _constant({PageType.ARTICLE: 0.3, PageType.FORUM: 0.2, PageType.LISTING: 0.2})
    # The reporter says article or listing: cleaned as the cleaning model decides (article, by the floor).
    for said in (PageType.ARTICLE, PageType.LISTING, PageType.SERVICE):
        reporter = _constant({said: 0.7})
        assert detect_page(_long_blocks(), models={"text": unsure, "text_report": reporter}).kind is PageType.ARTICLE
    # HTML is not read this way: its cleaning kind is the cost table's.
    reporter = _constant({PageType.FORUM: 0.7})
    html = detect_page(_long_blocks(), html=True, models={"html": unsure, "html_report": reporter})
    assert (html.kind, html.reported) == (PageType.ARTICLE, PageType.FORUM)
    # A page of fewer than MIN_THREAD_BLOCKS blocks is not moved (a short article can read as a forum).
    assert len(_blocks()) < pagetype.MIN_THREAD_BLOCKS <= len(_long_blocks())
    found = detect_page(_blocks(), models={"text": unsure, "text_report": reporter})
    assert (found.kind, found.reported) == (PageType.ARTICLE, PageType.FORUM)
    monkeypatch.setattr(pagetype, "MIN_THREAD_BLOCKS", len(_blocks()))
    assert detect_page(_blocks(), models={"text": unsure, "text_report": reporter}).kind is PageType.FORUM
    # Switched off, the text page is cleaned as an article again.
    monkeypatch.setattr(pagetype, "TEXT_FORUM_CLEANING", False)
    found = detect_page(_long_blocks(), models={"text": unsure, "text_report": reporter})
    assert (found.kind, found.reported) == (PageType.ARTICLE, PageType.FORUM)


def test_a_page_the_model_reads_as_no_article_is_cleaned_as_a_listing() -> None:
    # No kind reaches the 0.5 floor, so the page is detected as an article; but the model gives an
    # article only 0.05 (a club's grid of trail cards): the news guard does not hold it, and it is
    # cleaned as the listing the cost table says it most likely is. Reported as the reporter says.
    grid = _constant(
        {PageType.LISTING: 0.47, PageType.SERVICE: 0.27, PageType.COLLECTION: 0.09, PageType.ARTICLE: 0.05}
    )
    found = detect_page(_blocks(), html=True, models={"html": grid, "html_report": _constant({PageType.ARTICLE: 0.9})})
    assert (found.kind, found.confidence) == (PageType.LISTING, 0.47)
    assert found.reported is PageType.ARTICLE
    from pagecleaner.pagetype import NOT_AN_ARTICLE

    assert 0.05 < NOT_AN_ARTICLE < 0.11
    # Text is cleaned as before: its most probable kind under the floor, an article.
    assert detect_page(_blocks(), models={"text": grid}).kind is PageType.ARTICLE


def test_a_page_with_an_articles_odds_is_still_not_cleaned_as_a_listing() -> None:
    # A news page whose headline menus read as a listing's: the model still gives it an article's odds
    # (the 181 news pages' HTML: 0.112 at the lowest), so the guard keeps it an article.
    from pagecleaner.pagetype import cleaned_as

    newsy = _constant({PageType.LISTING: 0.42, PageType.FORUM: 0.2, PageType.ARTICLE: 0.12})
    assert detect_page(_blocks(), html=True, models={"html": newsy}).kind is PageType.ARTICLE
    assert cleaned_as(newsy.probabilities({}), PageType.ARTICLE) is PageType.ARTICLE
    # The same page at an article's 0.05 is moved.
    grid = _constant({PageType.LISTING: 0.42, PageType.FORUM: 0.2, PageType.ARTICLE: 0.05})
    assert cleaned_as(grid.probabilities({}), PageType.ARTICLE) is PageType.LISTING


TRAILS = [
    ("Ridge Loop", "Intermediate to advanced", "5 miles"),
    ("Creek Trail", "Beginner", "3.5 miles"),
    ("Canyon Run", "Advanced", "7 miles"),
    ("Meadow Path", "Beginner", "2 miles"),
    ("Summit Climb", "Advanced", "9 miles"),
    ("Forest Flow", "Intermediate", "4 miles"),
]


def _trail_grid() -> str:
    cards = "".join(
        f'<div class="card"><h3><a href="/trails/{k}">{name}</a></h3><p>Difficulty: {level} Length: {length}</p>'
        f'<a class="btn" href="/trails/{k}">View trail</a></div>'
        for k, (name, level, length) in enumerate(TRAILS)
    )
    return (
        '<html><head><title>Trails</title></head><body><nav><a href="/">Home</a> <a href="/trails/">Trails</a> '
        f'<a href="/join/">Join</a></nav><main><h1>Our trails</h1><div class="grid">{cards}</div></main>'
        "<footer>© 2024 Trail Club</footer></body></html>"
    )


def test_a_grid_of_cards_read_as_no_article_keeps_its_cards() -> None:
    # End to end: cleaned as an article the grid of short cards is cut away whole; cleaned as the listing
    # the model most likely reads it as, every card's title and line stays.
    from pagecleaner import Cleaner

    grid = _constant(
        {PageType.LISTING: 0.47, PageType.SERVICE: 0.27, PageType.COLLECTION: 0.09, PageType.ARTICLE: 0.05}
    )
    page = Cleaner(page_type_models={"html": grid}).clean(_trail_grid(), input_format="html")
    for name, level, length in TRAILS:
        assert name in page.article.text
        assert f"Difficulty: {level} Length: {length}" in page.article.text
    # The kind reported is the model's own under its floor: an article, as before.
    assert page.page_type is PageType.ARTICLE
    as_article = Cleaner().clean(_trail_grid(), input_format="html", page_type="article")
    assert "Difficulty:" not in as_article.article.text  # what an article's cleaning does: the check can fail
