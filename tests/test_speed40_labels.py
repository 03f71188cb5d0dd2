"""``Page.labels`` answers as ``Page.label`` did, and the rules that read it answer as before (speed40).

The rules whose loops asked ``Page.label`` for most blocks (a method call a block and a rule) read
``Page.labels()`` once. The list is of the moment it is read, while a context rule's verdicts are applied
as it yields them; so these tests clean pages with ``Page.labels`` replaced by a list that checks, at every
read, that what it holds for a block is what ``Page.label`` says of that block then, i.e. what the rule read
before the change. A rule that read a label its own verdict had changed since would fail here.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any, SupportsIndex

import pytest

from helpers import PROSE, para
from pagecleaner import Cleaner
from pagecleaner.features import make_blocks
from pagecleaner.models import Kind, PageType
from pagecleaner.rules.base import Label, Page, Verdict
from pagecleaner.segment import segment_text
from pagecleaner.settings import Settings

_VERDICTS = (
    None,
    Verdict("test.kept", Kind.OTHER, "kept", Label.CONTENT),
    Verdict("test.doubt", Kind.OTHER, "doubtful", Label.DOUBTFUL),
    Verdict("test.gone", Kind.NAVIGATION, "removed"),
)


def test_labels_are_each_blocks_label() -> None:
    rng = random.Random(40)
    blocks = make_blocks(segment_text("".join(f"Line {k}\n\n" for k in range(30))))
    for _ in range(200):
        n = rng.randint(0, len(blocks))
        page = Page(blocks[:n], Settings(), [rng.choice(_VERDICTS) for _ in range(n)])
        labels = page.labels()
        assert labels == [page.label(i) for i in range(n)]
        assert all(a is b for a, b in zip(labels, (page.label(i) for i in range(n)), strict=True))


def test_labels_is_a_new_list_of_the_verdicts_as_they_stand() -> None:
    blocks = make_blocks(segment_text("One\n\nTwo\n\nThree\n"))
    page = Page(blocks, Settings(), [None, _VERDICTS[1], _VERDICTS[3]])
    before = page.labels()
    assert before == [None, Label.CONTENT, Label.BOILERPLATE]
    before[0] = Label.BOILERPLATE  # the caller's list: the page is not changed by it
    assert page.label(0) is None
    page.verdicts[1] = _VERDICTS[2]
    assert page.labels() == [None, Label.DOUBTFUL, Label.BOILERPLATE]
    assert before[1] is Label.CONTENT  # a list read earlier keeps the labels of its moment


_LABELS = Page.labels


class _Checked(list[Label | None]):
    """``Page.labels()`` that checks each read against ``Page.label`` at the moment of the read, and each
    write (a rule following its own verdict) against the label the engine has just applied."""

    def __init__(self, page: Page, reads: dict[str, int]) -> None:
        super().__init__(_LABELS(page))
        self.page, self.reads = page, reads

    def _check(self, i: int) -> Label | None:
        held = super().__getitem__(i)
        assert held is self.page.label(i), f"block {i}: the list holds {held}, the page says {self.page.label(i)}"
        self.reads["read"] += 1
        return held

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            raise AssertionError("the rules read single blocks")
        return self._check(i if i >= 0 else len(self) + i)

    def __iter__(self) -> Iterator[Label | None]:
        for i in range(len(self)):
            yield self._check(i)

    def __setitem__(self, i: Any, value: Any) -> None:
        assert not isinstance(i, slice)
        assert value is self.page.label(i), "a rule's list follows the verdict the engine applied"
        self.reads["followed"] += 1
        super().__setitem__(i, value)

    def __reversed__(self) -> Iterator[Label | None]:
        raise AssertionError("not read backwards")

    def index(self, value: Any, start: SupportsIndex = 0, stop: SupportsIndex = 2**62) -> int:
        raise AssertionError("not searched")


_LINES = (
    "Sort by",
    "Sort by:",
    "Newest",
    "Price: Low to High",
    "Most popular",
    "Filters",
    "Filter & Sort",
    "(104)",
    "$19.95",
    "1,204",
    "Get it as soon as Monday, Mar 23",
    "Arrives by Today",
    "Posts: 1725",
    "Joined",
    "#12",
    "Reply Quote Like",
    "Reply",
    "Online",
    "Cookies Settings",
    "Necessary",
    "We use cookies to improve your experience. Accept all cookies or manage your consent.",
    "Accept",
    "Home",
    "Products",
    "About us",
    "Contact us",
    "Footer",
    "Privacy Policy",
    "Final standings after 36 races:",
    "1 Kyle Busch 5040 5 1 17 27",
    "How to bake a loaf of sourdough bread at home",
    "Why do some couples have similar drinking habits",
    "The best walks in the hills above the town",
    "Related Services",
    "Related products",
    "Learn more",
    "Book Now * Book Now * Book Now * Book Now * Book Now * Book Now * Book Now * Book Now",
)

_GROUPS = (
    ("Sort by", "Newest", "Price: Low to High", "Most popular"),
    ("Sort by:", "Newest", "Most popular"),
    ("Cookies Settings", "Necessary", _LINES[20], "Accept"),
)
"""Lines that come together: a sort menu, a consent dialog."""


def _random_page(rng: random.Random) -> str:
    lines: list[str] = []
    for _ in range(rng.randint(3, 60)):
        roll = rng.random()
        if roll < 0.2:
            lines.append(para(rng.choice(("road", "bridge", "school", "river")), rng.randint(12, 60)))
        elif roll < 0.25:
            lines.append(PROSE)
        elif roll < 0.3 and lines:
            lines.append(rng.choice(lines))  # a copy of a line above
        elif roll < 0.35:
            lines.extend(rng.choice(_GROUPS))
        else:
            lines.append(rng.choice(_LINES))
    gaps = [rng.choice(("\n", "\n\n")) for _ in lines]
    return "".join(line + gap for line, gap in zip(lines, gaps, strict=True))


_TYPES = tuple(PageType)


def test_the_rules_read_the_labels_they_read_before(monkeypatch: pytest.MonkeyPatch) -> None:
    reads = {"read": 0, "followed": 0}
    monkeypatch.setattr(Page, "labels", lambda page: _Checked(page, reads))
    cleaner = Cleaner(plugins=False)
    rng = random.Random(40)
    for k in range(600):
        text = _random_page(rng)
        kind = _TYPES[k % len(_TYPES)]
        if k % 5 == 4:
            html = "".join(f"<p>{line}</p>" for line in text.split("\n") if line)
            cleaner.clean(f"<html><body><main>{html}</main></body></html>", input_format="html", page_type=kind.value)
        else:
            cleaner.clean(text, input_format="text", page_type=kind.value)
    assert reads["read"] > 50_000
    assert reads["followed"] > 20  # quality.sort-menu and quality.consent-dialog follow their own verdicts


def test_the_rules_that_read_every_label_ask_page_label_a_few_times(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text article of 200 blocks: the rules once asked ``Page.label`` some fifteen times a block, now
    under two (those whose reads a verdict of their own may change, and the ones that read a few blocks)."""
    asked = {"n": 0}
    label = Page.label

    def counted(self: Page, i: int) -> Label | None:
        asked["n"] += 1
        return label(self, i)

    monkeypatch.setattr(Page, "label", counted)
    rng = random.Random(41)
    text = "\n\n".join(
        para("town", 40) if k % 4 == 0 else rng.choice(_LINES[:6] + _LINES[22:28] + _LINES[30:33]) for k in range(200)
    )
    blocks = len(make_blocks(segment_text(text + "\n")))
    Cleaner(plugins=False).clean(text, input_format="text")
    assert blocks >= 150
    assert asked["n"] < 3 * blocks
