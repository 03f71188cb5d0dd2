"""Cleaner.pipe / clean_many: worker processes, input order, one result per item, timeouts."""

from __future__ import annotations

import os
import time
from collections.abc import Generator

import pytest

from pagecleaner import BatchItem, BatchResult, Cleaner, Kind, RuleError, Settings, clean, clean_many, rule
from pagecleaner.blocks import Block


def variants(seed: str, n: int) -> list[str]:
    """Distinct pages made from the seed: one extra paragraph each, and a line dropped in turn."""
    lines = seed.splitlines()
    return [
        "\n".join(lines[: i % 20] + lines[i % 20 + 1 :]) + f"\n\nPage {i} adds a closing paragraph of its own words."
        for i in range(n)
    ]


@rule("test.slow", Kind.OTHER)
def slow_rule(block: Block) -> bool:
    """Sleeps on a block saying SLEEPFOREVER, to stand for a page that hangs: "SLEEPFOREVER"."""
    if "SLEEPFOREVER" in block.text:
        time.sleep(60)
    return False


@rule("test.crash", Kind.OTHER)
def crash_rule(block: Block) -> bool:
    """Ends the process on a block saying CRASHNOW, to stand for a worker that dies: "CRASHNOW"."""
    if "CRASHNOW" in block.text:
        os._exit(3)
    return False


def test_pipe_returns_one_result_per_item_in_input_order(seed_text: str) -> None:
    pages = variants(seed_text, 40)
    results = list(Cleaner().pipe(pages, workers=2, chunksize=3))
    assert [r.id for r in results] == [str(i) for i in range(40)]
    assert [r.page for r in results] == [clean(p) for p in pages]


def test_pipe_keeps_the_ids_given_with_items(seed_text: str) -> None:
    items = [BatchItem(seed_text, id="a"), BatchItem(seed_text, id="b", url="https://example.org/b")]
    results = list(Cleaner().pipe(items, workers=1))
    assert [r.id for r in results] == ["a", "b"]
    assert results[1].page is not None and results[1].page.article.url == "https://example.org/b"


def test_a_failing_page_becomes_an_error_and_the_batch_goes_on(seed_text: str) -> None:
    cleaner = Cleaner(settings=Settings(max_input_bytes=len(seed_text.encode()) + 100))
    items = [seed_text, seed_text * 3, seed_text]
    results = list(cleaner.pipe(items, workers=1))
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].error is not None and results[1].error.type == "InputTooLarge"


def test_empty_input_is_an_empty_page_and_binary_input_an_error(seed_text: str) -> None:
    results = list(Cleaner().pipe(["", "  \n ", bytes(range(256)) * 4, seed_text], workers=0))
    assert [r.error.type if r.error else None for r in results] == [None, None, "BinaryInput", None]
    assert [r.page.article.paragraphs for r in results[:2] if r.page] == [[], []]


def test_text_with_tabs_and_newlines_is_not_binary(seed_text: str) -> None:
    result = next(iter(Cleaner().pipe([seed_text.replace(" ", "\t").encode()], workers=0)))
    assert result.ok


def test_a_page_past_the_timeout_fails_and_its_worker_is_replaced(seed_text: str) -> None:
    cleaner = Cleaner().add(slow_rule)
    items = [seed_text, "SLEEPFOREVER and ever", seed_text, seed_text, seed_text]
    started = time.monotonic()
    results = list(cleaner.pipe(items, workers=1, timeout=2.0, chunksize=2))
    # Under the 60 s the hanging page sleeps, with room for a loaded machine's worker start-ups (two
    # spawns took 34 s at load 16 on 2 cores): a timeout that did not fire would also show as no error below.
    assert time.monotonic() - started < 55
    assert [r.error.type if r.error else None for r in results] == [None, "Timeout", None, None, None]
    assert [r.id for r in results] == ["0", "1", "2", "3", "4"]


def test_a_worker_that_dies_fails_only_its_page(seed_text: str) -> None:
    cleaner = Cleaner().add(crash_rule)
    results = list(cleaner.pipe([seed_text, "CRASHNOW please", seed_text], workers=1, chunksize=3))
    assert [r.error.type if r.error else None for r in results] == [None, "WorkerDied", None]


def test_a_worker_that_dies_mid_chunk_fails_the_page_it_was_on_and_the_others_are_cleaned(seed_text: str) -> None:
    """A worker sends one message per chunk: the pages it had cleaned before it died were lost with
    it, and are cleaned again; the page that failed is the one its shared progress named."""
    cleaner = Cleaner().add(crash_rule)
    pages = variants(seed_text, 6)
    pages[3] = "CRASHNOW please"
    results = list(cleaner.pipe(pages, workers=1, chunksize=5))
    assert [r.error.type if r.error else None for r in results] == [None, None, None, "WorkerDied", None, None]
    assert [r.page for i, r in enumerate(results) if i != 3] == [clean(p) for i, p in enumerate(pages) if i != 3]


def test_a_rule_that_cannot_be_pickled_fails_with_a_clear_error(seed_text: str) -> None:
    @rule("test.local", Kind.OTHER)
    def local(block: Block) -> bool:
        """A rule defined inside a function cannot be sent to another process: "x"."""
        return False

    with pytest.raises(RuleError, match=r"test\.local.*module level"):
        list(Cleaner().add(local).pipe([seed_text], workers=1))


def test_workers_rebuild_the_cleaner_with_its_disabled_rules(seed_text: str) -> None:
    cleaner = Cleaner().disable("related.teasers")
    [result] = cleaner.pipe([seed_text], workers=1)
    assert result.page == cleaner.clean(seed_text)


def test_workers_zero_cleans_in_this_process(seed_text: str) -> None:
    [result] = Cleaner().pipe([seed_text], workers=0)
    assert result.page == clean(seed_text)


def test_a_timeout_needs_worker_processes() -> None:
    with pytest.raises(ValueError, match="timeout"):
        list(Cleaner().pipe(["x"], workers=0, timeout=1))


def test_clean_many_streams_from_a_generator(seed_text: str) -> None:
    results = clean_many((p for p in variants(seed_text, 10)), workers=2)
    first = next(results)
    assert first.id == "0" and first.ok
    assert len([first, *results]) == 10


def test_an_item_that_failed_before_cleaning_passes_through_in_its_place(seed_text: str) -> None:
    from pagecleaner import BatchError

    broken = BatchItem(id="x", error=BatchError(type="JSONDecodeError", message="bad", line=2))
    results = list(Cleaner().pipe([seed_text, broken, seed_text], workers=1))
    assert [r.id for r in results] == ["0", "x", "2"]
    assert results[1].error == broken.error


def test_a_batch_result_has_a_page_or_an_error_never_both() -> None:
    with pytest.raises(ValueError):
        BatchResult(id="x")


def test_serialized_results_are_the_json_of_the_results(seed_text: str) -> None:
    from pagecleaner.batch import pipe, pipe_serialized

    items: list[str | bytes] = [seed_text, bytes(range(256)) * 4, seed_text + "\n\nOne more paragraph here."]
    serialized = list(pipe_serialized(Cleaner(), items, workers=1))
    assert [s.json for s in serialized] == [r.model_dump_json() for r in pipe(Cleaner(), items, workers=0)]
    assert serialized[1].error is not None and serialized[0].removed


def test_stopping_early_ends_the_worker_processes(seed_text: str) -> None:
    import multiprocessing

    results = Cleaner().pipe(variants(seed_text, 50), workers=2)
    assert isinstance(results, Generator)  # typed as an Iterator; close() is what ends it early
    assert next(results).ok
    results.close()
    assert multiprocessing.active_children() == []


def test_a_worker_rebuilds_a_cleaner_subclass_as_itself() -> None:
    import pickle

    from pagecleaner.batch import CleanerSpec

    class Mine(Cleaner):
        pass

    spec = CleanerSpec.of(Mine().disable("metadata.title"))
    rebuilt = spec.build()
    assert type(rebuilt) is Mine and "metadata.title" in rebuilt.disabled
    assert type(pickle.loads(CleanerSpec.of(Cleaner()).dumps()).build()) is Cleaner


def test_workers_type_pages_with_the_cleaners_own_page_type_models() -> None:
    """A cleaner built with its own page-type models (here none at all: every page an article)
    types pages the same way in its workers as in the calling process; the workers used to fall
    back to the shipped models, which read this page as a forum."""
    prose = (
        "The council approved the new budget on Tuesday night after a debate that lasted more than four "
        "hours. Members said the plan would fund road repairs, two new libraries and longer pool hours."
    )
    posts = "".join(
        f'<div class="post"><div class="author">user{k} on May {k + 1}, 2024 at 4:4{k} pm said:</div>'
        f"<p>{prose} Post number {k} adds that the vote was close.</p><p>Reply</p></div>"
        for k in range(10)
    )
    forum = f"<!DOCTYPE html><html><head><title>T</title></head><body><main>{posts}</main></body></html>"
    assert clean(forum).page_type.value == "forum"  # the shipped models' reading
    cleaner = Cleaner(page_type_models={})
    here = cleaner.clean(forum)
    assert here.page_type.value == "article"
    [there] = list(cleaner.pipe([forum], workers=1, timeout=60))
    assert there.page is not None and there.page == here


def test_a_batch_creates_no_named_semaphores(seed_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers are fed through plain pipes: a ``multiprocessing.Queue``'s locks are named semaphores,
    and a batch that ended with its workers killed left the resource tracker warning of a leak on
    stderr (``pagecleaner batch --quiet`` printed it)."""
    import multiprocessing.synchronize as sync

    made: list[object] = []
    original = sync.SemLock.__init__

    def counting(self: sync.SemLock, *args: object, **kwargs: object) -> None:
        made.append(self)
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sync.SemLock, "__init__", counting)
    cleaner = Cleaner().add(slow_rule)
    pages = [*variants(seed_text, 6), "SLEEPFOREVER " * 20]
    results = list(cleaner.pipe(pages, workers=2, timeout=5, chunksize=2))
    assert [r.ok for r in results] == [True] * 6 + [False] and made == []
