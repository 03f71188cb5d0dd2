"""Related-article sections: the teaser list that follows a "Related Articles" heading."""

from __future__ import annotations

from collections.abc import Iterator

from ..models import Kind
from ..teasers import read_items
from .base import Page, Rule, Stage, Verdict

HEADING_RULE = "related.heading"


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

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        n = len(page.blocks)
        for i in range(n):
            v = page.verdicts[i]
            if v is None or v.rule != HEADING_RULE:
                continue
            end = i + 1
            while end < n and page.verdicts[end] is None:
                end += 1
            items, used = read_items(page.blocks[i + 1 : end])
            if used:
                yield i + 1, self.verdict(f"{len(items)} teaser(s) under {page.blocks[i].text!r}", through=i + used)


RULES: list[Rule] = []
CONTEXT_RULES: list[Rule] = [TeaserSection()]
