"""Related-article sections: the teaser list that follows a "Related Articles" heading."""

from __future__ import annotations

from collections.abc import Iterator

from ..models import Kind
from ..teasers import read_items
from .base import Label, Page, PageText, Rule, Stage, Verdict

HEADING_RULE = "related.heading"


class Excerpt(Rule):
    """A teaser excerpt cut off with an ellipsis: "I want to tell you about another change in Last Man, […]"."""

    id = "related.excerpt"
    kind = Kind.RELATED
    examples = (
        "I want to tell you about another important change in Last Man, […]",
        "Windows 10 1909 is now available via Windows 10 Update Ass...",
    )
    counter_examples = (
        "Wait… what? She laughed and closed the door behind her.",
        "Not to get too Albert Einstein on you, but …",
    )
    brackets = ("[…]", "[...]")
    cuts = ("...", "…")
    min_words = 6
    max_words = 45

    def match(self, page: Page, i: int) -> Verdict | None:
        block = page.blocks[i]
        text = block.text
        if block.words > self.max_words or page.lists_items:
            return None  # on a listing the excerpts are the items
        if text.endswith(self.brackets):
            return self.verdict("excerpt cut off with a bracketed ellipsis")
        # A cut-off excerpt glues its ellipsis to the last word; a writer's pause ("So frustrating …") does not.
        for cut in self.cuts:
            if text.endswith(cut) and block.words >= self.min_words and not text[: -len(cut)].endswith(" "):
                return self.verdict("excerpt cut off with an ellipsis")
        return None

    def _candidates(self, text: PageText) -> set[int] | None:
        ends = (*self.brackets, *self.cuts)
        return {i for i, b in enumerate(text.blocks) if b.words <= self.max_words and b.text.endswith(ends)}


class TeaserSection(Rule):
    """The teasers under a related-articles heading: headlines (often twice), sources, ages, summaries.

    The section runs from the heading while blocks keep the shape of teasers,
    and ends at the first block another rule has claimed or at prose that has
    no teaser structure around it (so an inline "Related" box inside an
    article does not swallow the paragraphs after it).
    """

    id = "related.teasers"
    kind = Kind.RELATED
    stage = Stage.CONTEXT
    # Inside a teaser list a bare agency name is the teaser's source, not a photo credit.
    passes_through = (Kind.CAPTION,)
    # A teaser's age ("22 minutes ago") is part of the teaser.
    passes_through_rules = ("metadata.age",)

    def _open(self, v: Verdict | None) -> bool:
        return v is None or v.kind in self.passes_through or v.rule in self.passes_through_rules

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.lists_items:
            return  # under "Latest articles" a listing's items are its content
        n = len(page.blocks)
        for i in range(n):
            v = page.verdicts[i]
            if v is None or v.rule != HEADING_RULE:
                continue
            end = i + 1
            while end < n and self._open(page.verdicts[end]):
                end += 1
            items, used = read_items(page.blocks[i + 1 : end])
            if used:
                yield i + 1, self.verdict(f"{len(items)} teaser(s) under {page.blocks[i].text!r}", through=i + used)


class InlineTeaser(Rule):
    """A teaser dropped into the article: a headline printed twice (image link and text link)
    and the one-paragraph summary right after it.

    "Column: A vulture firm's bid for Gannett …" / "Column: A vulture firm's bid …" /
    "Among those who believe that the press provides value …". Only after the article has
    begun, so the page's own headline (also often printed twice) is left to the title rule.
    """

    id = "related.inline-teaser"
    kind = Kind.RELATED
    stage = Stage.CONTEXT
    max_title_words = 20
    max_summary_words = 60
    window = 2

    def _copy(self, page: Page, i: int) -> int | None:
        text = page.blocks[i].text
        for j in range(i + 1, min(len(page.blocks), i + 1 + self.window)):
            if page.blocks[j].text == text:
                return j
            if page.blocks[j].weight >= page.settings.min_prose_words:
                return None  # a paragraph between two copies: an image's alt text around the article's text
        return None

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        if page.lists_items:
            return  # a listing's items are headlines with their summaries
        begun = False
        for i, block in enumerate(page.blocks):
            label = page.label(i)
            if not begun:
                begun = label is Label.CONTENT and block.weight >= page.settings.min_prose_words
                continue
            if block.repeats < 2 or block.weight > self.max_title_words or block.terminal:
                continue
            if page.kind(i) not in (None, Kind.LOW_CONTENT):
                continue  # already claimed by a named rule (a teaser section, a menu)
            j = self._copy(page, i)
            if j is None:
                continue
            k = j + 1
            summary = (
                k < len(page.blocks)
                and page.label(k) is Label.CONTENT
                and page.blocks[k].repeats == 1
                and page.blocks[k].weight <= self.max_summary_words
            )
            yield i, self.verdict("headline printed twice inside the article", through=k if summary else j)


class CutEnding(Rule):
    """Keeps the article's last paragraph when the page cut it off ("… who was the first pick of…"):
    a paywall or a "read more" fold ends the visible article with an excerpt-like paragraph.

    An excerpt right after the article's last kept paragraph, reading as prose, with no other
    excerpt near it (teaser lists print one per item) is the article's own ending.
    """

    id = "related.cut-ending"
    kind = Kind.RELATED
    stage = Stage.CONTEXT
    window = 3
    """No other excerpt this many blocks either side."""
    min_words = 12

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        n = len(page.blocks)
        excerpts = [i for i in range(n) if (v := page.verdicts[i]) is not None and v.rule == Excerpt.id]
        last_kept = max((j for j in range(n) if page.label(j) is Label.CONTENT), default=-1)
        for k, i in enumerate(excerpts):
            lonely = (k == 0 or i - excerpts[k - 1] > self.window) and (
                k + 1 == len(excerpts) or excerpts[k + 1] - i > self.window
            )
            block = page.blocks[i]
            if not lonely or i == 0 or page.label(i - 1) is not Label.CONTENT or block.weight < self.min_words:
                continue
            if last_kept > i:
                continue  # the article goes on: this is a teaser inside it
            yield i, self.verdict("the article's last paragraph, cut off by the page", label=Label.CONTENT)


RULES: list[Rule] = [Excerpt()]
CONTEXT_RULES: list[Rule] = [TeaserSection()]
LATE_CONTEXT_RULES: list[Rule] = [InlineTeaser(), CutEnding()]
"""Run after the quality pass, once the article's blocks are known."""
