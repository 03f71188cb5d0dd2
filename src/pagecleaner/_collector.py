"""Python's cyclic garbage collector paused while ``clean()`` calls run (``Settings.pause_collector``).

Cleaning a page builds thousands of short-lived container objects (the walk's frames, segments,
blocks, verdicts, the rules' lists and sets) and no reference cycles: reference counting frees
them all when the call returns. The cyclic collector, which runs after every 700 or so container
objects made and not yet freed, meanwhile walks the young objects the call still holds, and every
few pages promotes some of them into the oldest generation, whose growth sets off a full collection
of the process's heap (every object the imports made). It frees nothing there (no cycles); pausing
it saves about 3 % of a call's CPU time (0.35-0.56 ms a page of the 181 scrapinghub pages). Paused
for the call, it finds nothing young left at the end: the objects are gone, and so are their counts
(a program that keeps the results still has them walked between calls).

The collector is process-wide: it is paused when the first call running starts and resumed when
the last one ends, and only if it was enabled when the first one started (a program that disabled
it keeps it disabled; one that disables it while calls run has it enabled again when they end). Cyclic
garbage made meanwhile, by the call or by other threads, is collected once the collector runs again.
Results never depend on it: collecting frees memory, it decides nothing.
"""

from __future__ import annotations

import gc
import os
import threading
from types import TracebackType


class _Paused:
    """How many calls hold the collector paused, and whether to resume it when the last one ends."""

    lock = threading.Lock()
    calls = 0
    resume = False


class CollectorPause:
    """A context manager: the collector paused from entry to exit (see the module's docstring)."""

    __slots__ = ("active",)

    def __init__(self, active: bool = True) -> None:
        self.active = active

    def __enter__(self) -> CollectorPause:
        if self.active:
            with _Paused.lock:
                if _Paused.calls == 0:
                    _Paused.resume = gc.isenabled()
                    gc.disable()
                _Paused.calls += 1
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self.active:
            with _Paused.lock:
                _Paused.calls -= 1
                if _Paused.calls == 0 and _Paused.resume:
                    gc.enable()


def _after_fork_in_child() -> None:
    """A process forked while calls ran runs none of them: the collector is resumed as the last of
    them would have resumed it, and the lock (which a thread of the parent may have held) is new."""
    _Paused.lock = threading.Lock()
    if _Paused.calls:
        _Paused.calls = 0
        if _Paused.resume:
            gc.enable()


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_after_fork_in_child)
