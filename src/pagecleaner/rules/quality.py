"""The jusText-style passes: classify what no phrase rule claimed, settle doubtful blocks
from their neighbours, then keep the one main run of article text."""

from __future__ import annotations

from collections.abc import Iterator

from ..blocks import Block
from ..models import Kind
from ..settings import Settings
from .base import Label, Page, Rule, Stage, Verdict


def _is_prose(block: Block, s: Settings) -> bool:
    if block.weight >= 2 * s.min_prose_words:
        return True
    return block.weight >= s.min_prose_words and (block.terminal or block.sentences >= 1)


class Classify(Rule):
    """Labels each unclaimed block by its own features: prose is content, link lists are
    navigation, everything else is doubtful ("Sign up today", "Chris Davies - Nov 19")."""

    id = "quality.classify"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT

    def match(self, page: Page, i: int) -> Verdict | None:
        if page.verdicts[i] is not None:
            return None
        block, s = page.blocks[i], page.settings
        if block.dom is not None and block.link_density > s.max_link_density:
            return self.verdict(f"{block.link_density:.0%} of the text is links", kind=Kind.NAVIGATION)
        if _is_prose(block, s):
            return self.verdict("reads as prose", label=Label.CONTENT)
        return self.verdict(f"short ({block.weight} words)", label=Label.DOUBTFUL)


class Neighbours(Rule):
    """Settles doubtful blocks from the nearest decided blocks either side: a short line between
    article paragraphs stays (a subheading), a short line beside boilerplate goes (a menu item)."""

    id = "quality.neighbours"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT

    def _nearest(self, page: Page, i: int, step: int) -> Label | None:
        j = i + step
        while 0 <= j < len(page.blocks):
            label = page.label(j)
            if label is not Label.DOUBTFUL:
                return label
            j += step
        return None

    def match(self, page: Page, i: int) -> Verdict | None:
        if page.label(i) is not Label.DOUBTFUL:
            return None
        return self._settle(page, i, self._nearest(page, i, 1))

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        # Every block of a run of doubtful blocks has the same next decided block: find it once per
        # run, not once per block, so a page of many short lines stays linear. (The look back stops
        # at once: the blocks before ``i`` are settled by the time ``i`` is.)
        n, after = len(page.blocks), -1
        for i in range(n):
            if page.label(i) is not Label.DOUBTFUL:
                continue
            if after <= i:
                after = next((j for j in range(i + 1, n) if page.label(j) is not Label.DOUBTFUL), n)
            yield i, self._settle(page, i, page.label(after) if after < n else None)

    def _settle(self, page: Page, i: int, next_label: Label | None) -> Verdict:
        before = self._nearest(page, i, -1) is Label.CONTENT
        after = next_label is Label.CONTENT
        block, favor = page.blocks[i], page.settings.favor
        near_good = block.terminal and block.weight >= page.settings.short_block_words
        keep = (before and after) if favor != "recall" else (before or after)
        if favor == "balanced" and near_good and (before or after):
            keep = True
        if favor == "precision" and not near_good and block.weight < page.settings.short_block_words:
            keep = False
        if keep:
            return self.verdict("between article paragraphs", label=Label.CONTENT)
        return self.verdict("short text away from the article")


class MainRun(Rule):
    """Keeps the one main run of article text: content blocks far from it, across long
    stretches of boilerplate (a comment thread, a footer blurb), are removed."""

    id = "quality.main-run"
    kind = Kind.LOW_CONTENT
    stage = Stage.CONTEXT

    def _score(self, page: Page, i: int) -> int:
        label, weight = page.label(i), page.blocks[i].weight
        if label is Label.CONTENT:
            return weight
        if label is Label.BOILERPLATE:
            return -(min(weight, 40) + 3)
        return 0

    def _best_run(self, page: Page) -> tuple[int, int] | None:
        best, best_span, run, start = 0, None, 0, 0
        for i in range(len(page.blocks)):
            if run <= 0:
                run, start = 0, i
            run += self._score(page, i)
            if run > best:
                best, best_span = run, (start, i)
        return best_span

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        span = self._best_run(page)
        if span is None:
            return
        lo, hi = span
        for i in range(len(page.blocks)):
            if (i < lo or i > hi) and page.label(i) is Label.CONTENT:
                yield i, self.verdict("outside the main run of article text")


RULES: list[Rule] = []
CONTEXT_RULES: list[Rule] = [Classify(), Neighbours(), MainRun()]
