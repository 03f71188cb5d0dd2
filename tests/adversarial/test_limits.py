"""The limits in Settings: each one is reported in warnings (or raised on request), never silent,
and nothing past a limit is lost from the line accounting."""

from __future__ import annotations

import random

import pytest

from pagecleaner import Cleaner, LimitExceeded, Settings, TimeBudgetExceeded, clean, limits

from .checks import check_accounting

PROSE = "The council approved the new budget on Tuesday after a debate that lasted well into the night."


def test_lines_past_max_lines_are_one_removal_with_their_original_lines() -> None:
    text = f"{PROSE}\n\nMenu\n{PROSE}\n\n\nLast line\n\n"
    page = clean(text, settings=Settings(max_lines=2))
    tail = page.removed[-1]
    assert (tail.rule, tail.kind.value, tail.start_line, tail.end_line) == ("limit.max-lines", "other", 4, 7)
    assert tail.text == f"{PROSE}\n\n\nLast line"
    assert any("max_lines=2" in w for w in page.warnings)
    check_accounting(text, page)


def test_input_within_max_lines_has_no_limit_warning() -> None:
    page = clean(f"{PROSE}\n\n{PROSE}\n\n\n\n", settings=Settings(max_lines=2))
    assert page.warnings == [] and all(r.rule != "limit.max-lines" for r in page.removed)


def test_blank_lines_do_not_count_towards_max_lines() -> None:
    page = clean("\n" * 50 + PROSE + "\n" * 50, settings=Settings(max_lines=1))
    assert page.article.paragraphs == [PROSE] and page.warnings == []


def test_max_lines_raises_when_asked() -> None:
    with pytest.raises(LimitExceeded):
        clean("a\nb\nc\n", settings=Settings(max_lines=2, on_limit="raise"))


def test_a_block_past_max_block_chars_skips_block_rules_but_stays_judged() -> None:
    long_prose = " ".join([PROSE] * 20)
    page = clean(f"Share this article\n\n{long_prose}", settings=Settings(max_block_chars=500))
    assert page.article.paragraphs == [long_prose]
    assert any("max_block_chars=500" in w and "line 3" in w for w in page.warnings)
    with pytest.raises(LimitExceeded):
        clean(long_prose, settings=Settings(max_block_chars=500, on_limit="raise"))


@pytest.mark.parametrize("sep", [" ", "\n"])
@pytest.mark.parametrize("value", ["", "=x", '="a b"'])
def test_an_element_past_max_attributes_keeps_its_text_but_loses_its_attributes(sep: str, value: str) -> None:
    attrs = sep.join(f"a{k}{value}" for k in range(2_000))
    page = clean(f"<div><p{sep}{attrs}>{PROSE}</p><p class=x>{PROSE} Again.</p></div>", input_format="html")
    assert page.article.paragraphs == [PROSE, f"{PROSE} Again."]
    assert any("max_attributes=1000" in w for w in page.warnings)


def test_elements_within_max_attributes_are_parsed_as_written() -> None:
    attrs = " ".join(f'data-k{k}="{"v" * 10}"' for k in range(900))
    page = clean(f"<p {attrs}>{PROSE}</p>", input_format="html")
    assert page.article.paragraphs == [PROSE] and page.warnings == []


def test_a_long_run_of_white_space_after_a_lone_angle_bracket_is_text_not_a_crash() -> None:
    page = clean("<p>The council approved the budget on Tuesday night.</p><" + " " * 5000 + ">", input_format="html")
    assert page.article.text == "The council approved the budget on Tuesday night."
    assert not any("max_attributes" in w for w in page.warnings)


def test_max_attributes_raises_when_asked() -> None:
    attrs = " ".join(f"a{k}" for k in range(2_000))
    with pytest.raises(LimitExceeded):
        clean(f"<p {attrs}>{PROSE}</p>", input_format="html", settings=Settings(on_limit="raise"))


def test_a_spent_time_budget_keeps_unjudged_blocks_and_warns() -> None:
    text = "\n\n".join(["Share this article", PROSE] * 200)
    page = clean(text, settings=Settings(time_budget=1e-9))
    assert any("time_budget" in w for w in page.warnings)
    assert len(page.article.paragraphs) == 400  # nothing judged, so nothing removed
    check_accounting(text, page)


def test_a_spent_time_budget_raises_when_asked() -> None:
    with pytest.raises(TimeBudgetExceeded):
        clean(PROSE, settings=Settings(time_budget=1e-9, on_limit="raise"))


def test_no_time_budget_means_no_budget_warning() -> None:
    assert clean(PROSE, settings=Settings(time_budget=None)).warnings == []


def test_the_limit_errors_are_page_cleaner_errors() -> None:
    from pagecleaner import PageCleanerError

    assert issubclass(TimeBudgetExceeded, LimitExceeded) and issubclass(LimitExceeded, PageCleanerError)


def test_a_long_page_of_short_lines_is_settled_in_linear_time() -> None:
    """Every block of a long run of doubtful blocks is settled (quality.neighbours used to search
    the whole run for each block: 10,000 such blocks took 17 s, now well under one)."""
    text = "ab cd\n\n" * 10_000
    page = clean(text)
    assert len(page.removed) + len(page.article.paragraphs) == 10_000
    check_accounting(text, page)


def test_a_cleaner_keeps_its_limits_from_its_settings() -> None:
    cleaner = Cleaner(plugins=False, settings=Settings(max_lines=1))
    assert any("max_lines=1" in w for w in cleaner.clean("a\nb").warnings)


def _bombs_by_split(html: str, limit: int) -> list[tuple[int, int, str]]:
    """The plain reading of ``limits._bombs``: every piece between two ``>``, one by one."""
    found, offset = [], 0
    for piece in html.split(">"):
        lt = piece.rfind("<")
        if lt >= 0 and len(piece) - lt > limits._LONG:
            name, *attrs = piece[lt + 1 :].split(None, 1) or ("",)
            if attrs and limits._TAG_NAME.fullmatch(name) and len(limits._QUOTED.sub("", attrs[0]).split()) > limit:
                found.append((offset + lt, offset + len(piece) + 1, name))
        offset += len(piece) + 1
    return found


@pytest.mark.parametrize("seed", range(40))
def test_the_strided_search_for_attribute_bombs_finds_what_splitting_at_every_tag_finds(seed: int) -> None:
    rng = random.Random(seed)
    parts = []
    for _ in range(rng.randint(1, 25)):
        r = rng.random()
        if r < 0.25:  # a tag with many attributes, closed or left open
            parts.append("<p " + " ".join(f"a{k}=1" for k in range(rng.randint(0, 1_200))) + rng.choice([">", ""]))
        elif r < 0.45:  # a tag or a run without ">" right around the length that matters
            size = limits._LONG + rng.randint(-3, 3)
            parts.append(rng.choice(["<p" + " a" * (size // 2), rng.choice("x <") * size]))
        else:
            parts.append(
                "".join(rng.choice(["<", ">", " ", "a", 'x="q>"', "<div ", "\n"]) for _ in range(rng.randint(0, 60)))
            )
    html = "".join(parts)
    for limit in (1, 10, 1_000):
        assert limits._bombs(html, limit) == _bombs_by_split(html, limit)
