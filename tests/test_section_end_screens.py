"""`quality.section-end` asks a line whether it is a break only where a break could end the article,
and asks a short line whether it is a byline only when it opens with a byline's first letter (speed36).

A break ends the article only with something kept above it and at most half of that kept below it (a
sources label's share; a quarter for the other breaks), so the lines above that point and the lines
after the last kept one are not searched with ``_sources_label`` and ``_announces``. The reference
below is the rule's loop as it was (main e70ffbf), which asked every line; the random pages mix
prose, menus, sources labels and cited works, announcing lines, bylines, name lines and bios.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator

import pytest
import regex

from pagecleaner import Cleaner
from pagecleaner.models import PageType
from pagecleaner.rules import quality
from pagecleaner.rules.base import Label, Page, Verdict
from pagecleaner.rules.quality import SectionEnd


def _para(topic: str, n: int = 30) -> str:
    words = " ".join(f"{topic}{k}" for k in range(n - 4))
    return f"The council said that {words} today."


def _reference_judge(rule: SectionEnd, page: Page) -> Iterator[tuple[int, Verdict]]:
    """``SectionEnd.judge`` as it was, every line asked whether it is a sources label or announces articles;
    with text90's chaining (a later break's cut settled first, then only an announcing line above it asked,
    its tail measured down to that cut, the whole tail within ``chain_share``)."""
    if page.is_html:
        return
    sources_only = not page.is_article
    if sources_only and page.page_type not in rule.sources_kinds:
        return
    weights = quality._kept_weights(page)
    bio = None if sources_only else rule._author_bio(page, weights)
    end = len(page.blocks)
    reasons: list[tuple[int, str]] = []
    while found := _reference_break(rule, page, weights, bio, sources_only, end, bool(reasons)):
        reasons.append(found)
        if sources_only or found[0] == 0:
            break
        end = found[0]
    for k, (start, reason) in enumerate(reasons):
        stop = reasons[k - 1][0] if k else len(page.blocks)
        for j in range(start, stop):
            if weights[j]:
                yield j, rule.verdict(reason)


def _reference_break(
    rule: SectionEnd, page: Page, weights: list[int], bio: int | None, sources_only: bool, end: int, chained: bool
) -> tuple[int, str] | None:
    total, before = sum(weights), 0
    below = sum(weights[end:])
    citing: list[tuple[int, int]] | None = None
    for i in range(end):
        v = page.verdicts[i]
        tail = total - before - (weights[i] if i != bio else 0)
        after = tail - below
        block = page.blocks[i]
        sources = block.words <= 5 and quality._sources_label(block.text)
        announces = (
            not sources_only and not sources and block.words <= rule.max_announce_words and quality._announces(block.text)
        )
        if announces:
            if citing is None:
                citing = rule._citing(page, weights)
            announces = citing[i + 1][0] >= rule.min_announced
        reach = rule.max_tail_share * before
        if sources and reach < after <= rule.max_sources_tail_share * before:
            if citing is None:
                citing = rule._citing(page, weights)
            kept, cited = citing[i + 1]
            if kept >= rule.min_citations and cited >= rule.citation_share * kept:
                reach = rule.max_sources_tail_share * before
        if not (before and 0 < after <= reach) or (chained and (not announces or tail > rule.chain_share * before)):
            before += weights[i]
            continue
        if sources or announces or i == bio:
            if sources:
                name = "a sources label"
            elif announces:
                name = "a line announcing other articles"
            elif block.words >= rule.min_bio_words:
                name = "a bio of the byline's author"
            else:
                name = "an author's name over their bio"
        elif (
            not sources_only
            and v is not None
            and v.label is Label.BOILERPLATE
            and v.rule.startswith(quality._SECTION_BREAK_RULES)
        ):
            name = v.rule
        else:
            name = ""
        if name:
            reason = f"after a section break ({name}): {after} words against {before} before it"
            return (i if sources or announces or i == bio else i + 1), reason
        before += weights[i]
    return None


def _reference_byline_bio(rule: SectionEnd, page: Page, weights: list[int]) -> int | None:
    """``SectionEnd._byline_bio`` as it was: every short line searched with ``_BYLINE``."""
    blocks = page.blocks
    bylines = (
        (i, match["name"])
        for i, block in enumerate(blocks)
        if block.words <= 8 and len(block.text) <= 60 and (match := quality._BYLINE.fullmatch(block.text.strip())) is not None
    )
    first, name = next(bylines, (len(blocks), ""))
    after = sum(weights)
    for j in range(len(blocks)):
        after -= weights[j]
        if after > rule.max_after_bio_words or j <= first or not weights[j]:
            continue
        if blocks[j].words >= rule.min_bio_words and quality._opens_with(blocks[j].text.strip(), name):
            return j
    return None


_BIO = "is a reporter who covers the city council, its budget and the schools for the paper since 2015."
_LINES = (
    "Home", "News", "Sport", "Share this article", "Advertisement", "References", "Sources:", "Footnotes",
    "Further reading", "On a related note, here are some interesting articles.", "Keep Exploring This Topic.",
    "By Jane Doe", "Written by: Chris Radich, Senior Analyst", "Author: Chris Radich", "Jane Doe", "Chris Radich",
    "ſy Jane Doe", "by Jane Doe and John Roe", "Related Posts", "Most Read",
    "Smith J, Jones K. (2021). Sleep and memory in adults. J Sleep Res, 30(2).",
    "https://www.example.org/reports/2023/sleep-survey.html",
    "Why Developers Build Unfinished Calculators", "Every developer knows the rush of a new idea on the drive home.",
    f"Jane Doe {_BIO}", f"Chris Radich {_BIO}", f"About the Author Jane Doe {_BIO}", f"I'm a gardener and {_BIO}",
)  # fmt: skip


def _random_page(rng: random.Random) -> str:
    lines: list[str] = []
    for _ in range(rng.randint(2, 30)):
        if rng.random() < 0.45:
            lines.append(_para(rng.choice(("alpha", "beta", "gamma", "delta")), rng.randint(8, 60)))
        else:
            lines.append(rng.choice(_LINES))
    return "\n\n".join(lines)


def test_section_end_answers_as_it_did_on_random_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    judged = {"pages": 0, "cut": 0, "bylines": 0}
    new_judge, new_byline_bio = SectionEnd.judge, SectionEnd._byline_bio

    def both(self: SectionEnd, page: Page) -> Iterator[tuple[int, Verdict]]:
        expected = list(_reference_judge(self, page))
        got = list(new_judge(self, page))
        assert got == expected
        judged["pages"] += 1
        judged["cut"] += bool(got)
        yield from got

    def byline_bio(self: SectionEnd, page: Page, weights: list[int]) -> int | None:
        expected = _reference_byline_bio(self, page, weights)
        got = new_byline_bio(self, page, weights)
        assert got == expected
        judged["bylines"] += got is not None
        return got

    monkeypatch.setattr(SectionEnd, "judge", both)
    monkeypatch.setattr(SectionEnd, "_byline_bio", byline_bio)
    cleaner = Cleaner(plugins=False)
    rng = random.Random(36)
    for k in range(600):
        kind = (PageType.ARTICLE, PageType.ARTICLE, PageType.DOCUMENTATION)[k % 3]
        cleaner.clean(_random_page(rng), input_format="text", page_type=kind.value)
    assert judged["pages"] >= 400  # the rule ran (most pages read as articles, a third as documentation)
    assert judged["cut"] >= 50  # and ended articles: the breaks are reached, not only the screens
    assert judged["bylines"] >= 5


def test_a_line_where_no_break_could_end_the_article_is_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    sources_label, announces = quality._sources_label, quality._announces

    def asked_sources(text: str) -> bool:
        asked.append(text)
        return sources_label(text)

    def asked_announces(text: str) -> bool:
        asked.append(text)
        return announces(text)

    monkeypatch.setattr(quality, "_sources_label", asked_sources)
    monkeypatch.setattr(quality, "_announces", asked_announces)
    menu = ["Home", "News", "Sport", "References"]  # above the article: nothing kept above them
    body = [_para(t) for t in ("alpha", "beta", "gamma", "delta", "epsilon")]
    cited = [
        "Smith J, Jones K. (2021). Sleep and memory in adults: a review of the evidence. J Sleep Res, 30(2).",
        "https://www.example.org/reports/2023/sleep-survey.html",
    ]
    page = Cleaner(plugins=False).clean(
        "\n\n".join([*menu, *body, "References", *cited]), input_format="text", page_type="article"
    )
    assert "References" in asked  # the label under the article is asked, and ends it
    assert not {"References", *cited} & set(page.article.paragraphs)
    assert _para("epsilon") in page.article.paragraphs
    assert not {"Home", "News", "Sport", *body[:3]} & set(asked)  # nothing or too much kept below them


def test_a_sources_label_halfway_down_is_not_searched_and_ends_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    # More than half of the text kept above the label is kept below it: no break, and no search.
    asked: list[str] = []
    sources_label = quality._sources_label

    def asked_sources(text: str) -> bool:
        asked.append(text)
        return sources_label(text)

    monkeypatch.setattr(quality, "_sources_label", asked_sources)
    body = [_para(t) for t in ("alpha", "beta")]
    rest = [_para(t) for t in ("gamma", "delta", "epsilon")]
    page = Cleaner(plugins=False).clean("\n\n".join([*body, "References", *rest]), input_format="text", page_type="article")
    assert "References" not in asked
    assert set(rest) <= set(page.article.paragraphs)
    assert not any(r.rule == "quality.section-end" for r in page.removed)


def test_every_byline_opens_with_one_of_its_openings() -> None:
    # The case-blind words of ``_BYLINE`` open with "w", "r", "b" or "a": no other character of Unicode
    # matches one of those letters case-blind, so a line opening with any other is no byline.
    first = regex.compile(r"(?i:[wrba])")
    matched = [c for c in map(chr, range(sys.maxunicode + 1)) if first.fullmatch(c)]
    assert sorted(matched) == sorted(quality._BYLINE_OPENINGS)
    for c in matched:
        assert any(
            quality._BYLINE.fullmatch(f"{c}{rest} Jane Doe") for rest in ("ritten by", "eviewed by", "y", "uthor:")
        ), c
    # ... and a line opening with anything else is turned away before the search (negative).
    assert "J" not in quality._BYLINE_OPENINGS and "ſ" not in quality._BYLINE_OPENINGS
    assert quality._BYLINE.fullmatch("ſy Jane Doe") is None
