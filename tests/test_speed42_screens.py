"""Two text-path steps answer as they did with less work (speed42).

- ``quality.pick-buttons`` (``_KeptCopies.key_of`` / ``is_copy``) counts a short kept line's letters
  first and asks whether they are buttons run together only of letters kept ``min_copies`` times: the
  answer is a function of the letters, so the same lines go.
- The DOM rules' page memo reads no block of a text page for prose or element names: a text page's
  blocks carry no DOM features, so :func:`_is_prose` is False and :func:`_read_names` finds nothing.

The references below are the code as it was (main 6d0f68e); the new code must give the same answers
on random pages.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator

import pytest

from pagecleaner import Cleaner
from pagecleaner.rules import dom, quality
from pagecleaner.rules.base import Label, Page, Verdict
from pagecleaner.rules.quality import PickButtons, _KeptCopies

_BUTTONS = (
    "Check Price",
    "See on Amazon",
    "Read Full Review",
    "Get a Quote (212) 555-0199",
    "Learn more",
    "Track price",
)
_OTHER_SHORT = ("Pros", "Cons", "Verdict", "Price: $49", "Buy Now", "Check the price", "Amazon", "Specs", "4.5/5")
_PROSE = (
    "This kettle boils a full litre in under three minutes and stays quiet while it does.",
    "We tested each pick for a month in a busy kitchen and noted every fault we found.",
    "The lid opens wide enough to clean inside, which most of the cheaper models lack.",
)


def _reference_judge(rule: _KeptCopies, page: Page) -> Iterator[tuple[int, Verdict]]:
    """``_KeptCopies.judge`` as it was: ``copy_of`` asked of every short kept line."""
    if page.is_html or page.page_type not in rule.kinds:
        return
    copies_of = {
        i: key
        for i, (block, label) in enumerate(zip(page.blocks, page.labels(), strict=True))
        if block.words <= rule.max_words and label is Label.CONTENT and (key := rule.copy_of(block.text))
    }
    copies = Counter(copies_of.values())
    for i, key in copies_of.items():
        if copies[key] >= rule.min_copies:
            yield i, rule.shared_verdict(f"{rule.named} kept {rule.min_copies} times or more")


def _random_roundup(rng: random.Random) -> str:
    parts = ["The best electric kettles of the year", rng.choice(_PROSE)]
    button = rng.choice(_BUTTONS)  # the page's own button, printed under most picks
    for n in range(rng.randint(2, 7)):
        parts.append(f"{n + 1}. Kettle model {rng.choice('ABCDEFG')}{n}")
        parts.extend(rng.choice(_PROSE) for _ in range(rng.randint(1, 2)))
        for _ in range(rng.randint(1, 2)):
            draw = rng.random()
            line = button if draw < 0.5 else rng.choice(_BUTTONS) if draw < 0.7 else rng.choice(_OTHER_SHORT)
            if rng.random() < 0.2:
                line = line.upper() if rng.random() < 0.5 else line + rng.choice(_BUTTONS)  # glued buttons
            parts.append(line)
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize("rule_class", [PickButtons, quality.CardControls, quality.CardButtons])
def test_kept_copies_answer_as_they_did_on_random_roundups(
    monkeypatch: pytest.MonkeyPatch, rule_class: type[_KeptCopies]
) -> None:
    judged = {"pages": 0, "cut": 0}
    new_judge = rule_class.judge

    def both(self: _KeptCopies, page: Page) -> Iterator[tuple[int, Verdict]]:
        expected = list(_reference_judge(self, page))
        got = list(new_judge(self, page))
        assert got == expected
        judged["pages"] += 1
        judged["cut"] += bool(got)
        yield from got

    monkeypatch.setattr(rule_class, "judge", both)
    cleaner = Cleaner(plugins=False)
    rng = random.Random(42)
    page_type = "article" if rule_class is not quality.CardControls else "collection"
    for _ in range(150):
        cleaner.clean(_random_roundup(rng), input_format="text", page_type=page_type)
    assert judged["pages"] == 150
    if rule_class is PickButtons:
        assert judged["cut"] >= 20  # pages where buttons go, not only pages where none is kept thrice


def test_pick_buttons_asks_only_letters_kept_three_times(monkeypatch: pytest.MonkeyPatch) -> None:
    # Main asked every short kept line whether it is buttons run together (``_pick_button``: "Kettle
    # model B" too); now only the letters the page keeps three times or more are asked, once each.
    asked: Counter[str] = Counter()
    run_together = quality._run_together

    def counted(squeezed: str, phrases: frozenset[str], lengths: tuple[int, ...]) -> bool:
        if phrases is quality._PICK_BUTTONS:
            asked[squeezed] += 1
        return run_together(squeezed, phrases, lengths)

    monkeypatch.setattr(quality, "_run_together", counted)
    picks = [f"Kettle model {c}\n\n{_PROSE[n % 3]}\n\nCheck Price" for n, c in enumerate("ABCDEF")]
    text = "\n\n".join(["The best kettles", *picks]) + "\n"
    page = Cleaner(plugins=False).clean(text, input_format="text", page_type="article")
    assert [r.text for r in page.removed if r.rule == PickButtons.id] == ["Check Price"] * 5
    assert "Kettle model B" in page.article.text
    assert asked == Counter({"checkprice": 1})


def test_a_text_pages_layout_memo_reads_no_block(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*args: object) -> bool:
        raise AssertionError("_is_prose asked on a text page")

    def never_names(*args: object) -> dom.PageNames:
        raise AssertionError("_read_names asked on a text page")

    monkeypatch.setattr(dom, "_is_prose", never)
    monkeypatch.setattr(dom, "_read_names", never_names)
    text = "\n\n".join(["Kettle review", *_PROSE, "Share", "Related: The best toasters"]) + "\n"
    for page_type in ("article", "service", "documentation", "forum", "collection"):
        Cleaner(plugins=False).clean(text, input_format="text", page_type=page_type)


def test_a_text_page_has_the_names_and_prose_the_blocks_give() -> None:
    # What the skipped reads would have found: a text page's blocks have no DOM features.
    from pagecleaner.features import make_blocks
    from pagecleaner.segment import segment_text
    from pagecleaner.settings import Settings

    rng = random.Random(7)
    for _ in range(40):
        blocks = make_blocks(segment_text(_random_roundup(rng)))
        page = Page(blocks, Settings(), [None] * len(blocks))
        assert not page.is_html
        memo = dom._PageLayouts(page)
        assert memo.prose == tuple(i for i, b in enumerate(blocks) if dom._is_prose(b, page.settings)) == ()
        assert dom.page_names(page) == dom._read_names(blocks) == dom._NO_NAMES
