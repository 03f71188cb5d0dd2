"""``Settings.pause_collector``: when set, a ``clean()`` call pauses Python's cyclic garbage collector
while it runs, resumes it when the last call running ends, leaves it disabled if the program
disabled it, and changes no result. Off by default; on in ``pagecleaner batch``'s worker processes."""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Iterator

import pytest

from pagecleaner import Cleaner, Kind, Rule, Settings
from pagecleaner._collector import CollectorPause, _Paused
from pagecleaner.errors import InputTooLarge
from pagecleaner.rules.base import Page, Stage, Verdict

PAUSE = Settings(pause_collector=True)
PAGE = "Menu\nHome\n\nThe council met on Tuesday and agreed the new budget for the coming year after a long debate.\n"


class Watch(Rule):
    """Removes nothing: notes whether the collector runs while the page is judged."""

    id = "test.watch-collector"
    kind = Kind.OTHER
    stage = Stage.CONTEXT

    def __init__(self) -> None:
        self.seen: list[bool] = []

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        self.seen.append(gc.isenabled())
        return iter(())


@pytest.fixture(autouse=True)
def _collector_enabled() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    gc.enable() if was else gc.disable()


def test_paused_during_a_call_and_resumed_after() -> None:
    watch = Watch()
    cleaner = Cleaner(plugins=False, settings=PAUSE).add(watch)
    cleaner.clean(PAGE)
    assert watch.seen == [False]
    assert gc.isenabled()


def test_off_by_default_and_when_set_off() -> None:
    watch = Watch()
    Cleaner(plugins=False).add(watch).clean(PAGE)
    cleaner = Cleaner(plugins=False, settings=Settings(pause_collector=False)).add(watch)
    cleaner.clean(PAGE)
    Cleaner(plugins=False, settings=PAUSE).add(watch).clean(PAGE, settings=Settings(pause_collector=False))
    assert watch.seen == [True, True, True]


def test_a_batch_worker_pauses_it_unless_the_settings_say() -> None:
    from pagecleaner.batch import CleanerSpec

    assert not CleanerSpec.of(Cleaner(plugins=False)).build().settings.pause_collector
    assert CleanerSpec.of(Cleaner(plugins=False)).build(own_process=True).settings.pause_collector
    told = Cleaner(plugins=False, settings=Settings(pause_collector=False))
    assert not CleanerSpec.of(told).build(own_process=True).settings.pause_collector


def test_a_disabled_collector_stays_disabled() -> None:
    gc.disable()
    Cleaner(plugins=False, settings=PAUSE).clean(PAGE)
    assert not gc.isenabled()


def test_resumed_when_a_call_raises() -> None:
    with pytest.raises(InputTooLarge):
        Cleaner(plugins=False, settings=Settings(max_input_bytes=10, pause_collector=True)).clean(PAGE)
    assert gc.isenabled()


def test_resumed_only_when_the_last_call_ends() -> None:
    first, second = CollectorPause(), CollectorPause()
    with first:
        with second:
            assert not gc.isenabled()
        assert not gc.isenabled()  # the first call still runs
    assert gc.isenabled()


def test_calls_in_threads_resume_it_once_all_end() -> None:
    inside, release = threading.Barrier(3), threading.Event()

    def call() -> None:
        with CollectorPause():
            inside.wait()
            release.wait()

    threads = [threading.Thread(target=call) for _ in range(2)]
    for t in threads:
        t.start()
    inside.wait()
    assert not gc.isenabled()
    release.set()
    for t in threads:
        t.join()
    assert gc.isenabled()


def test_same_result_either_way() -> None:
    html = (
        "<html><body><nav><a href='/'>Home</a></nav><article><h1>Budget</h1><p>" + PAGE + "</p></article></body></html>"
    )
    for source in (PAGE, html):
        paused = Cleaner(plugins=False, settings=PAUSE).clean(source)
        running = Cleaner(plugins=False, settings=Settings(pause_collector=False)).clean(source)
        assert paused == running


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX fork only")
def test_a_child_forked_during_a_call_runs_the_collector() -> None:
    with CollectorPause():
        pid = os.fork()
        if pid == 0:  # the child: no call of its own runs
            os._exit(0 if gc.isenabled() and _Paused.calls == 0 and not _Paused.lock.locked() else 1)
        assert not gc.isenabled()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert gc.isenabled()
