"""Judged blocks → the public models: article, teasers, metadata and the removal account."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from .blocks import Block
from .dates import age_to_datetime, find_date
from .models import Article, CleanedPage, InputFormat, Kind, Teaser
from .rules.base import Label, MetaValue, Page
from .rules.related import HEADING_RULE
from .teasers import read_items

_META_FIELDS = ("title", "source", "published", "byline", "credit")


def _metadata(page: Page) -> dict[str, MetaValue]:
    found: dict[str, MetaValue] = {}
    for v in page.verdicts:
        if v is not None and v.data:
            for key, value in v.data.items():
                if key in _META_FIELDS:
                    found.setdefault(key, value)
    return found


def _teaser_runs(page: Page) -> list[list[Block]]:
    runs: list[list[Block]] = []
    last = -2
    for i, v in enumerate(page.verdicts):
        if v is None or v.kind is not Kind.RELATED or v.rule == HEADING_RULE:
            continue
        if i != last + 1 or not runs:
            runs.append([])
        runs[-1].append(page.blocks[i])
        last = i
    return runs


def _published(age: str | None, text: str, page: Page) -> date | datetime | None:
    found = find_date(text, page.settings.date_order)
    if found is not None:
        return found.value
    if age and page.settings.reference_time is not None:
        return age_to_datetime(age, page.settings.reference_time)
    return None


def _first_href(block: Block) -> str | None:
    return block.dom.hrefs[0] if block.dom is not None and block.dom.hrefs else None


def teasers(page: Page) -> list[Teaser]:
    """Teaser models for every related-articles run on the page."""
    out: list[Teaser] = []
    for run in _teaser_runs(page):
        items, _ = read_items(run)
        for item in items:
            if not item.title:
                continue
            # A shown age is the teaser's date; without one, a date printed in its blocks.
            dated = item.age or " ".join(run[p].text for p in item.blocks)
            out.append(
                Teaser(
                    title=item.title,
                    source=item.source,
                    age=item.age,
                    published=_published(item.age, dated, page),
                    summary="\n\n".join(item.summary) or None,
                    url=_first_href(run[item.blocks[0]]),
                )
            )
    return out


def removed_rows(page: Page) -> list[dict[str, Any]]:
    """One entry per block that left the article, with its original lines: the fields of a
    :class:`Removed`, validated with the whole page in one call (a page removes a hundred blocks,
    and one validation of them all costs half of a hundred model constructions)."""
    return [
        {
            "rule": v.rule,
            "kind": v.kind,
            "text": block.raw,
            "start_line": block.start_line,
            "end_line": block.end_line,
            "reason": v.reason,
        }
        for block, v in zip(page.blocks, page.verdicts, strict=True)
        if v is not None and v.label is Label.BOILERPLATE
    ]


def kept(page: Page) -> Sequence[Block]:
    """The article's blocks: every block no rule removed."""
    return [b for b, v in zip(page.blocks, page.verdicts, strict=True) if v is None or v.label is not Label.BOILERPLATE]


def assemble(
    page: Page,
    input_format: InputFormat,
    encoding: str | None,
    url: str | None,
    warnings: list[str],
    markup: Mapping[str, MetaValue] | None = None,
) -> CleanedPage:
    """Build the ``CleanedPage`` from a judged page. ``markup`` is metadata read from HTML
    markup (title, published, byline, source); where present it wins over the text's."""
    meta = {**_metadata(page), **{k: v for k, v in (markup or {}).items() if k in _META_FIELDS}}
    article = Article(
        paragraphs=[b.text for b in kept(page)],
        url=url,
        **meta,
    )
    return CleanedPage.model_validate(
        {
            "article": article,
            "related": teasers(page),
            "removed": removed_rows(page),
            "input_format": input_format,
            "encoding": encoding,
            "warnings": [*warnings, *page.warnings],
            "page_type": page.page_type,
            "page_type_confidence": page.page_type_confidence,
        }
    )
