"""``quality.per-post-line`` answers as it did with cheaper passes (speed39).

- The blocks beside a post's furniture are marked from each removal once, not found by asking every
  block's five neighbours (``Page.removed_by``).
- A line's key (``_post_line_key`` of a ``shaped`` line) is read once a page, however often it is
  printed, and no second pass runs when no line is printed ``min_prints`` times.
- ``shaped`` splits a line's words ``max_words`` times at most: a paragraph fails with one piece more.

The references below are the functions as they were (main 32e908b); the new ones must give the same
answers on random lines and pages.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator

import pytest

from pagecleaner import Cleaner
from pagecleaner.rules import quality
from pagecleaner.rules.base import Label, Page, Verdict
from pagecleaner.rules.quality import _LETTER, PerPostLine, _post_line_key


def _reference_shaped(rule: PerPostLine, text: str) -> bool:
    line = text.strip()
    return (
        0 < len(line.split()) <= rule.max_words
        and _LETTER.search(line) is not None
        and not line.endswith((".", "!", "?", ":"))
    )


def _reference_judge(rule: PerPostLine, page: Page) -> Iterator[tuple[int, Verdict]]:
    if page.is_html or not page.is_thread:
        return
    n = len(page.blocks)
    lines = [[line for line in block.raw.splitlines() if line.strip()] for block in page.blocks]
    beside = [
        any(page.removed_by(j, rule.furniture) for j in range(max(0, i - rule.reach), min(n, i + rule.reach + 1)))
        for i in range(n)
    ]
    printed: Counter[str] = Counter()
    for i in range(n):
        if beside[i] and len(lines[i]) <= rule.max_lines:
            printed.update({_post_line_key(line) for line in lines[i] if _reference_shaped(rule, line)})
    for i in range(n):
        if (
            page.label(i) is not Label.BOILERPLATE
            and 0 < len(lines[i]) <= rule.max_lines
            and all(
                _reference_shaped(rule, line) and printed[_post_line_key(line)] >= rule.min_prints for line in lines[i]
            )
        ):
            yield i, rule.shared_verdict("a line printed beside every post")


_WORDS = ("Member", "Thanks", "owns", "Toyota", "Offline", "reply", "Quote", "the", "kettle", "K", "MacRumors")
_GAPS = (" ", "  ", "\t", "\xa0", " \u2003")
_ENDS = ("", "", "", ".", "!", "?", ":", " ")


def _random_line(rng: random.Random) -> str:
    words = [rng.choice((*_WORDS, str(rng.randint(0, 9999)), "6502a", "[ 3 ]", "+")) for _ in range(rng.randint(0, 11))]
    line = "".join(w + rng.choice(_GAPS) for w in words).rstrip(" \t") + rng.choice(_ENDS)
    return rng.choice(("", " ", "\xa0")) + line


def test_shaped_answers_as_it_did() -> None:
    rule = PerPostLine()
    rng = random.Random(39)
    lines = [_random_line(rng) for _ in range(20_000)]
    lines += ["one two three four five six seven eight", "one two three four five six seven eight nine", "\xa0 x \xa0"]
    assert sum(rule.shaped(line) for line in lines) > 1_000
    for line in lines:
        assert rule.shaped(line) == _reference_shaped(rule, line), repr(line)


def _random_forum(rng: random.Random) -> str:
    # Posts under their posters' cards and dates, a rank, a counter or a signature printed beside some.
    card = rng.choice(("7+ Year Member", "MacRumors 6502a", "Big Board Owner", "K Offline"))
    sign = rng.choice(("owns 2024 Toyota Highlander LE AWD", f"[ {rng.randint(1, 9)} ] Thanks", "Reply Quote"))
    parts = []
    for n in range(rng.randint(1, 7)):
        parts += [f"poster{n}", card if rng.random() < 0.8 else _random_line(rng)]
        parts += [f"Messages: {rng.randint(1, 9999)}", f"Jan {n + 1}, 2024"]
        parts += [
            " ".join(rng.choice(_WORDS).lower() for _ in range(rng.randint(3, 30))) + rng.choice((".", "?", ""))
            for _ in range(rng.randint(1, 3))
        ]
        if rng.random() < 0.7:
            parts.append(sign if rng.random() < 0.8 else f"{sign}\n{_random_line(rng)}")
    return "\n\n".join(parts) + "\n"


def test_per_post_line_answers_as_it_did_on_random_forums(monkeypatch: pytest.MonkeyPatch) -> None:
    judged = {"pages": 0, "cut": 0}
    new_judge = PerPostLine.judge

    def both(self: PerPostLine, page: Page) -> Iterator[tuple[int, Verdict]]:
        expected = list(_reference_judge(self, page))
        got = list(new_judge(self, page))
        assert got == expected
        judged["pages"] += page.is_thread
        judged["cut"] += bool(got)
        yield from got

    monkeypatch.setattr(PerPostLine, "judge", both)
    cleaner = Cleaner(plugins=False)
    rng = random.Random(39)
    url = "https://forum.example.org/threads/how-do-i-descale-a-kettle.48213/"
    for _ in range(300):
        cleaner.clean(_random_forum(rng), input_format="text", url=url, page_type="forum")
    assert judged["pages"] >= 250
    assert judged["cut"] >= 50  # pages where lines go, not only the early returns


def test_per_post_line_reads_each_line_once_and_asks_no_neighbours(monkeypatch: pytest.MonkeyPatch) -> None:
    # The same signature under six posts: main keyed it twice a printing (12 calls) and asked every
    # block's neighbours through Page.removed_by; the rule now keys each distinct line once.
    sign = "owns 2024 Toyota Highlander LE AWD"
    text = "\n\n".join(
        line
        for n in range(6)
        for line in (f"poster{n}", f"Messages: {n * 97}", f"Jan {n + 1}, 2024", "I descaled it with vinegar.", sign)
    )
    keyed: Counter[str] = Counter()
    key = quality._post_line_key

    def counted(line: str) -> str:
        keyed[line] += 1
        return key(line)

    def asked(self: Page, i: int, rules: object) -> bool:
        raise AssertionError("Page.removed_by asked")

    monkeypatch.setattr(quality, "_post_line_key", counted)
    cut: list[int] = []
    new_judge = PerPostLine.judge

    def spy(self: PerPostLine, page: Page) -> Iterator[tuple[int, Verdict]]:
        with monkeypatch.context() as m:
            m.setattr(Page, "removed_by", asked)
            got = list(new_judge(self, page))
        cut.extend(i for i, _ in got)
        yield from got

    monkeypatch.setattr(PerPostLine, "judge", spy)
    # quality.furniture-twin (text113) keys the page's lines too: the count here is per-post-line's own.
    cleaner = Cleaner(plugins=False).disable("quality.furniture-twin")
    page = cleaner.clean(text + "\n", input_format="text", page_type="forum")
    assert len(cut) >= 5
    assert sign not in page.article.paragraphs
    assert keyed[sign] == 1
