"""The shape of a teaser list: which role each block plays, and how blocks group into items.

A teaser is a headline (often printed twice), a source ("The Hill", "• The
Hill"), an age ("time22 minutes ago": an icon's alt text glued to "22 minutes
ago") and a summary paragraph. Both the related-section rule (to find where a
list ends) and assembly (to build ``Teaser`` models) read blocks through here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

import regex

from .blocks import Block
from .dates import find_age

_BULLET_PREFIX = regex.compile(r"^[•·▪►▸‣◦●■*–—|-]\s*")


class Role(str, Enum):
    TITLE = "title"
    SOURCE = "source"
    AGE = "age"
    SUMMARY = "summary"


def strip_bullet(text: str) -> str:
    return str(_BULLET_PREFIX.sub("", text)).strip()


def role(block: Block) -> Role:
    """What part of a teaser this block would be."""
    if (
        block.words <= 6
        and (m := find_age(block.text)) is not None
        and len(m.group(0)) * 2 >= len(block.text.strip("• ")) - 8
    ):
        return Role.AGE
    text = strip_bullet(block.text)
    words = len(text.split())
    if (block.bullet or words <= 3) and not block.terminal and block.digit_ratio < 0.2 and words <= 4:
        return Role.SOURCE
    # A sentence of a dozen words is prose, not a headline (headlines rarely end in a full stop).
    if (block.terminal and (block.sentences >= 2 or block.weight >= 12)) or block.weight >= 40:
        return Role.SUMMARY
    return Role.TITLE


@dataclass
class Item:
    """A teaser being read: the blocks it spans and the fields found so far."""

    title: str
    blocks: list[int] = field(default_factory=list)
    source: str | None = None
    age: str | None = None
    summary: list[str] = field(default_factory=list)
    title_seen: int = 1

    def accepts_summary(self) -> bool:
        """Prose belongs to a teaser only once the item shows teaser structure."""
        return bool(self.source or self.age or self.title_seen > 1 or self.summary)


def read_items(blocks: Sequence[Block]) -> tuple[list[Item], int]:
    """Group blocks into teaser items; returns the items and how many blocks they used.

    Reading stops at the first block that does not fit (prose with no teaser
    around it), so the caller can end the section there.
    """
    items: list[Item] = []
    cur: Item | None = None
    used = 0
    for pos, block in enumerate(blocks):
        r = role(block)
        if r is Role.TITLE:
            if cur is not None and block.text == cur.title:
                cur.title_seen += 1
            elif cur is not None and not cur.title:
                cur.title = block.text
            else:
                cur = Item(block.text)
                items.append(cur)
        elif cur is None:
            if r is Role.SUMMARY:
                break
            # A source or age before the first headline: the item's title comes later.
            cur = Item("")
            items.append(cur)
        if r is Role.SOURCE and cur.source is None:
            cur.source = strip_bullet(block.text)
        elif r is Role.AGE and cur.age is None:
            m = find_age(block.text)
            cur.age = m.group(0) if m else block.text
        elif r is Role.SUMMARY:
            if not cur.accepts_summary():
                break
            if cur.summary and cur.blocks and cur.blocks[-1] == pos - 1 and role(blocks[pos - 1]) is Role.SUMMARY:
                # Two paragraphs in a row: the article has resumed after a teaser box; give back the first.
                cur.summary.pop()
                cur.blocks.pop()
                used = pos - 1
                break
            cur.summary.append(block.text)
        elif r is Role.SOURCE and cur.source is not None and strip_bullet(block.text) != cur.source:
            # A second, different source line opens the next item's metadata.
            cur = Item("")
            cur.source = strip_bullet(block.text)
            items.append(cur)
        cur.blocks.append(pos)
        used = pos + 1
    return [it for it in items if it.blocks], used
