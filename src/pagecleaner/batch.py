"""Many pages at once: worker processes, input order kept, a per-page timeout, one result per item.

``Cleaner.pipe`` and ``clean_many`` live here. Each worker process rebuilds the
cleaner from its pickled rules and settings and cleans the items sent to it, one
result message per page. The parent keeps a deadline for the page each worker is
on; a worker that overruns it is killed and replaced, and that page becomes a
timeout error. Nothing is dropped: every item yields exactly one ``BatchResult``.
"""

from __future__ import annotations

import math
import multiprocessing as mp
import pickle
import queue
import select
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, model_validator

try:
    import fcntl
except ImportError:  # Windows: pipes keep their size
    fcntl = None  # type: ignore[assignment]

from .decode import InputFormatArg as InputFormatArg  # re-exported: batches were typed with it here first
from .decode import check_arguments
from .errors import InvalidArgument, RuleError, WorkerStartError
from .models import CleanedPage
from .pagetype import Models
from .rules.base import Rule
from .settings import Settings

Source = str | bytes


class CleanerLike(Protocol):
    """What a batch needs of a cleaner. ``cleaner.Cleaner`` is one; this module never imports it
    (the cleaner imports this module), so the modules import one way."""

    settings: Settings
    page_type_models: Models | None

    @property
    def rules(self) -> tuple[Rule, ...]: ...

    @property
    def disabled(self) -> frozenset[str]: ...

    @property
    def plugin_ids(self) -> frozenset[str]: ...

    def disable(self, *rule_ids: str) -> CleanerLike: ...

    def clean(
        self, source: Source, *, input_format: InputFormatArg = "auto", url: str | None = None
    ) -> CleanedPage: ...


_CONFIG = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class BatchError(BaseModel):
    """Why one item of a batch has no page."""

    model_config = _CONFIG

    type: str
    """The kind of failure: the name of the exception ``clean()`` raised for the page
    (``InputTooLarge``, ``BinaryInput``, ``CompressedInput``, ``UnsupportedInput``...), ``Timeout``,
    ``WorkerDied``, or a problem of the input record (``JSONDecodeError``, ``MissingField``,
    ``FieldType``...)."""
    message: str
    """What went wrong, for a person."""
    line: int | None = None
    """The input line (1-based) the item came from, when it came from a line-oriented file."""


class BatchResult(BaseModel):
    """One item's outcome: a cleaned page or an error, never both."""

    model_config = _CONFIG

    id: str | None = None
    """The item's id as given (or its position in the batch, counted from 0)."""
    page: CleanedPage | None = None
    """The cleaned page, when cleaning succeeded."""
    error: BatchError | None = None
    """Why there is no page."""

    @model_validator(mode="after")
    def _one_of(self) -> BatchResult:
        if (self.page is None) == (self.error is None):
            raise ValueError("a BatchResult has a page or an error, exactly one")
        return self

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(slots=True)
class BatchItem:
    """One page to clean in a batch, with its id and how to read it.

    An item built with ``error`` set failed before cleaning (an unreadable input
    line, say): it is not sent to a worker but yields that error in its place.
    """

    source: Source = ""
    id: str | None = None
    url: str | None = None
    input_format: InputFormatArg | None = None
    """``None``: the ``input_format`` given to ``pipe``."""
    line: int | None = None
    error: BatchError | None = None


@dataclass(frozen=True, slots=True)
class SerializedResult:
    """A result already as its JSON, made in the worker, for writers that need no model.

    The JSON is UTF-8 bytes, as an output file holds it: the parent passes them on without
    decoding, encoding or rebuilding anything (``pagecleaner batch`` spends a few microseconds a page).
    ``removed`` lists the rule id of every removal, for per-rule counts.
    """

    data: bytes
    """The ``BatchResult`` as one line of JSON (UTF-8, no newline)."""
    error: BatchError | None
    removed: tuple[str, ...]
    empty: bool = False
    """Whether the page was cleaned into an empty article (empty input, or nothing kept)."""

    @property
    def json(self) -> str:
        """The JSON line as text."""
        return self.data.decode("utf-8")

    def __reduce__(self) -> tuple[type[SerializedResult], tuple[bytes, BatchError | None, tuple[str, ...], bool]]:
        # Rebuilt from its fields by the constructor: cheaper to unpickle in the parent than a
        # frozen dataclass's generic state.
        return (SerializedResult, (self.data, self.error, self.removed, self.empty))

    @classmethod
    def of(cls, result: BatchResult) -> SerializedResult:
        removed = tuple(r.rule for r in result.page.removed) if result.page is not None else ()
        empty = result.page is not None and not result.page.article.paragraphs
        return cls(result.model_dump_json().encode("utf-8"), result.error, removed, empty)


@dataclass(frozen=True, slots=True)
class CleanerSpec:
    """What a worker needs to rebuild a cleaner: its rules, the disabled ids and the settings."""

    rules: tuple[Rule, ...]
    disabled: frozenset[str]
    settings: Settings
    factory: Callable[..., CleanerLike]
    """The cleaner's own class (pickled by reference: a worker imports it), so that this module
    never imports the one that calls it, and a subclass is rebuilt as itself."""
    plugin_ids: frozenset[str] = frozenset()
    """The ids of the rules that came from rule packs (run only while ``settings.load_plugins``)."""
    page_type_models: Models | None = None
    """The cleaner's page-type models (None: the shipped ones), so that a worker types pages as the
    cleaner it was built from does."""

    @classmethod
    def of(cls, cleaner: CleanerLike) -> CleanerSpec:
        return cls(
            cleaner.rules,
            cleaner.disabled,
            cleaner.settings,
            type(cleaner),
            cleaner.plugin_ids,
            cleaner.page_type_models,
        )

    def build(self, *, own_process: bool = False) -> CleanerLike:
        """The cleaner. ``own_process``: it runs in a worker process of its own that only cleans,
        one page at a time, so nothing else makes garbage there while a call runs, and it pauses the
        cyclic collector during calls unless the settings set ``pause_collector`` (not so in a
        Dask partition, whose scheduler may run several in threads of one process)."""
        settings = self.settings
        if own_process and "pause_collector" not in settings.model_fields_set:
            settings = settings.model_copy(update={"pause_collector": True})
        cleaner = self.factory(
            self.rules,
            settings=settings,
            plugins=False,
            plugin_ids=self.plugin_ids,
            page_type_models=self.page_type_models,
        )
        return cleaner.disable(*self.disabled)

    def dumps(self) -> bytes:
        """The pickled spec; a rule that cannot be pickled raises ``RuleError`` naming it."""
        for r in self.rules:
            try:
                _dumps(r)
            except Exception as exc:
                raise RuleError(
                    f"rule {r.id} cannot be sent to worker processes ({type(exc).__name__}: {exc}); "
                    "define its function at module level (not a lambda or a nested function)"
                ) from exc
        return _dumps(self)


def _dumps(obj: object) -> bytes:
    return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)


BatchSetupError = WorkerStartError  # the name this error had before it moved to errors.py


def clean_item(cleaner: CleanerLike, item: BatchItem, input_format: InputFormatArg) -> BatchResult:
    """Clean one item; any failure becomes the result's error."""
    if item.error is not None:
        return BatchResult(id=item.id, error=item.error)
    try:  # the input is classified where clean() classifies it (decode.decode), so the same input
        # gets the same outcome here as from clean(): BinaryInput, CompressedInput, an empty page...
        page = cleaner.clean(item.source, input_format=item.input_format or input_format, url=item.url)
    except Exception as exc:  # one bad page must not end the batch
        return BatchResult(id=item.id, error=BatchError(type=type(exc).__name__, message=str(exc), line=item.line))
    return BatchResult(id=item.id, page=page)


def as_item(obj: Source | BatchItem, index: int) -> BatchItem:
    if isinstance(obj, BatchItem):
        return (
            obj
            if obj.id is not None
            else BatchItem(obj.source, str(index), obj.url, obj.input_format, obj.line, obj.error)
        )
    return BatchItem(obj, str(index))


# -- the worker process --------------------------------------------------
Task = tuple[int, BatchItem]


@dataclass(frozen=True, slots=True)
class _Job:
    """What every worker is told: the pickled cleaner, the default input format, the result form."""

    payload: bytes
    input_format: InputFormatArg
    serialize: bool

    def finish(self, result: BatchResult) -> BatchResult | SerializedResult:
        return SerializedResult.of(result) if self.serialize else result


_READY, _FAILED = -1, -2
START_TIMEOUT = 120.0
"""Seconds a worker may take to start (import pagecleaner, rebuild the cleaner) before the batch
fails with ``WorkerStartError``: about 1 s on a quiet machine."""
_GUARD_HINT = (
    "worker processes are spawned and import the main module again, so a script must start the batch "
    'under if __name__ == "__main__": and be run from a file (not python - < script.py)'
)


def _worker_main(tasks: Connection, results: Connection, progress: Any) -> None:
    """Read the job, rebuild the cleaner, then clean each chunk of tasks and send back its results,
    one message of ``(seq, result)`` pairs per chunk, until ``None``.

    The job comes through the task pipe, not as a process argument: a process argument is written
    to the child while it starts, and a child that dies before reading it all would block the parent.

    One message per chunk rather than per page: the parent then wakes once per chunk, which is most
    of its work per page. What the parent still needs page by page (which page a worker is on and
    since when, for timeouts and for the page a dead worker fails) it reads from ``progress``, two
    doubles in shared memory: the start time of the current page, then its sequence number. The start
    is written first, so a read that sees a page's number sees its start (or a later one)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and ends its workers
    job: _Job = tasks.recv()
    try:
        spec: CleanerSpec = pickle.loads(job.payload)
        cleaner = spec.build(own_process=True)
    except Exception as exc:  # e.g. a rule's module cannot be imported here
        results.send((_FAILED, f"{type(exc).__name__}: {exc}"))
        return
    results.send((_READY, None))  # page deadlines start now, not while the worker imports
    clock = time.monotonic
    while (chunk := tasks.recv()) is not None:
        done: list[tuple[int, BatchResult | SerializedResult]] = []
        for seq, item in chunk:
            progress[1] = clock()
            progress[0] = seq
            done.append((seq, job.finish(clean_item(cleaner, item, job.input_format))))
        results.send(done)


class _Sender:
    """Writes one worker's tasks to its pipe from a thread of the parent, in the order given.

    A pipe write blocks while the worker is busy and the pipe is full; from a thread, the parent
    goes on reading results meanwhile (so neither side waits for the other). It is a plain pipe
    with one writer and one reader, rather than a ``multiprocessing.Queue``: a queue's locks are
    named semaphores, which the resource tracker reported as leaked when a batch ended with
    its workers killed.
    """

    _STOP = object()

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="pagecleaner-batch-sender", daemon=True)
        self._thread.start()

    def put(self, obj: object) -> None:
        self._queue.put(obj)

    def _run(self) -> None:
        while (obj := self._queue.get()) is not self._STOP:
            try:
                self.conn.send(obj)
            except (OSError, ValueError):  # the worker ended (or was killed): nothing more to send
                return

    def close(self) -> None:
        """Stop the thread (its worker has ended, so a blocked write fails) and close the pipe."""
        self._queue.put(self._STOP)
        self._thread.join(timeout=5)
        if not self._thread.is_alive():
            self.conn.close()


@dataclass(eq=False)
class _Worker:
    process: BaseProcess
    tasks: _Sender
    results: Connection
    progress: Any
    """The worker's shared ``[seq, started]`` of the page it is cleaning (see ``_worker_main``)."""
    pending: deque[Task] = field(default_factory=deque)
    since: float = 0.0
    """When the worker's current chunk started, as far as the parent knows: a page's deadline runs
    from this until the worker's ``progress`` names a page of ``pending``."""
    ready: bool = False
    """Whether the worker has built its cleaner; until then no page deadline runs (the start one does)."""
    started: float = field(default_factory=time.monotonic)
    """When the process was started, for ``START_TIMEOUT``."""


class _Pool:
    """Worker processes with one task queue each, so the parent knows which page each is on."""

    def __init__(self, job: _Job, workers: int, start_method: str | None) -> None:
        self._ctx: Any = mp.get_context(start_method)  # typeshed's BaseContext lacks Process
        self.job = job
        self.waiter = _Waiter()
        self.workers = [self._start() for _ in range(workers)]

    def _start(self) -> _Worker:
        task_out, task_in = self._ctx.Pipe(duplex=False)
        receive, send = self._ctx.Pipe(duplex=False)
        _widen(receive)
        progress = self._ctx.RawArray("d", 2)  # shared memory without a lock (no named semaphore)
        progress[0] = -1.0
        proc = self._ctx.Process(target=_worker_main, args=(task_out, send, progress), daemon=True)
        proc.start()
        send.close()
        task_out.close()
        tasks = _Sender(task_in)
        tasks.put(self.job)
        worker = _Worker(proc, tasks, receive, progress)
        self.waiter.add(worker)
        return worker

    def submit(self, worker: _Worker, chunk: list[Task]) -> None:
        if not worker.pending:
            worker.since = time.monotonic()
        worker.pending.extend(chunk)
        worker.tasks.put(chunk)

    def replace(self, worker: _Worker) -> list[Task]:
        """Kill ``worker``, start another in its place; the tasks it still held are returned."""
        self._stop(worker, kill=True)
        self.workers[self.workers.index(worker)] = self._start()
        return list(worker.pending)

    def _stop(self, worker: _Worker, *, kill: bool) -> None:
        if kill:
            worker.process.kill()
        else:
            worker.tasks.put(None)
        worker.process.join(timeout=None if kill else 5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        self.waiter.remove(worker)
        worker.results.close()
        worker.tasks.close()

    def close(self, *, kill: bool = False) -> None:
        for w in self.workers:
            self._stop(w, kill=kill or w.process.exitcode is not None)


def _widen(conn: Connection) -> None:
    """Let a result pipe hold a whole chunk's results (their JSON is about 40 kB a page), so that
    neither side blocks, nor the parent wakes, partway through a message: a Linux pipe holds 64 kB
    unless asked for more (up to ``/proc/sys/fs/pipe-max-size``, 1 MiB by default). Elsewhere, or
    when refused, the pipe keeps its size and messages just cross it in several parts."""
    setsize: int | None = getattr(fcntl, "F_SETPIPE_SZ", None)
    if setsize is None:
        return
    for size in (1 << 20, 1 << 18):
        try:
            fcntl.fcntl(conn.fileno(), setsize, size)
            return
        except OSError:
            continue


class _Waiter:
    """Which workers have a result to read or have ended.

    Where the platform has ``select.poll``, one poll object is kept for the whole batch (and one per
    worker for "is there more?"), so waiting costs one system call instead of building a selector
    over every handle each time: the parent's work per page stays a few tens of microseconds.
    Elsewhere it falls back to ``multiprocessing.connection.wait``.
    """

    def __init__(self) -> None:
        self._poll = select.poll() if hasattr(select, "poll") else None
        self._by_fd: dict[int, _Worker] = {}
        self._own: dict[int, Any] = {}
        """Per worker (by ``id``), a poll object over its result pipe alone."""

    def add(self, worker: _Worker) -> None:
        if self._poll is None:
            return
        fds = (worker.results.fileno(), worker.process.sentinel)
        for fd in fds:
            self._poll.register(fd, select.POLLIN)
            self._by_fd[fd] = worker
        own = select.poll()
        own.register(fds[0], select.POLLIN)
        self._own[id(worker)] = own

    def remove(self, worker: _Worker) -> None:
        """Forget ``worker`` (before its handles are closed)."""
        if self._poll is None:
            return
        for fd in [fd for fd, w in self._by_fd.items() if w is worker]:
            self._poll.unregister(fd)
            del self._by_fd[fd]
        self._own.pop(id(worker), None)

    def ready(self, busy: list[_Worker], timeout: float | None) -> list[_Worker]:
        """The workers of ``busy`` with something to read or that ended, waiting up to ``timeout`` s."""
        if self._poll is None:
            by_handle: dict[Any, _Worker] = {}
            for w in busy:
                by_handle[w.results] = w
                by_handle[w.process.sentinel] = w
            return list({id(by_handle[h]): by_handle[h] for h in wait(list(by_handle), timeout=timeout)}.values())
        events = self._poll.poll(-1 if timeout is None else math.ceil(timeout * 1000))
        found = {id(w): w for w in (self._by_fd.get(fd) for fd, _ in events) if w is not None}
        return [w for w in busy if id(w) in found]

    def readable(self, worker: _Worker) -> bool:
        """Whether a message from ``worker`` is waiting (an ended pipe counts: reading it raises)."""
        own = self._own.get(id(worker))
        return bool(own.poll(0)) if own is not None else worker.results.poll()


def _timeout_result(item: BatchItem, timeout: float) -> BatchResult:
    message = f"cleaning took longer than {timeout:g} s; the worker was stopped"
    return BatchResult(id=item.id, error=BatchError(type="Timeout", message=message, line=item.line))


def _died_result(item: BatchItem, exitcode: int | None) -> BatchResult:
    message = f"the worker process ended (exit code {exitcode}) while cleaning this page"
    return BatchResult(id=item.id, error=BatchError(type="WorkerDied", message=message, line=item.line))


def pipe(
    cleaner: CleanerLike,
    items: Iterable[Source | BatchItem],
    *,
    workers: int = 1,
    timeout: float | None = None,
    chunksize: int = 4,
    input_format: InputFormatArg = "auto",
    start_method: str | None = "spawn",
) -> Iterator[BatchResult]:
    """Clean ``items`` in ``workers`` processes; yield one ``BatchResult`` per item, in input order.

    ``workers=0`` cleans in this process (no timeout then). Items are read
    lazily, so an unbounded iterator streams in bounded memory.
    """
    job = _check(cleaner, workers, timeout, chunksize, input_format, serialize=False)
    yield from _run(cleaner, job, items, workers, timeout, chunksize, start_method)


def pipe_serialized(
    cleaner: CleanerLike,
    items: Iterable[Source | BatchItem],
    *,
    workers: int = 1,
    timeout: float | None = None,
    chunksize: int = 16,
    input_format: InputFormatArg = "auto",
    start_method: str | None = "spawn",
) -> Iterator[SerializedResult]:
    """:func:`pipe`, with each result already a JSON line: the parent then has no model to rebuild,
    which keeps it from competing with the workers for CPU (``pagecleaner batch`` uses this).

    Chunks are of 16 pages by default (``pipe``'s are of 4): the driver's work is mostly per chunk
    (a wake-up, a message read and unpickled), so this takes it from about 0.13 to 0.08 ms a page."""
    job = _check(cleaner, workers, timeout, chunksize, input_format, serialize=True)
    yield from _run(cleaner, job, items, workers, timeout, chunksize, start_method)


def _check(
    cleaner: CleanerLike, workers: int, timeout: float | None, chunksize: int, input_format: InputFormatArg, serialize: bool
) -> _Job:
    check_arguments(input_format, None, None)
    for name, value in (("workers", workers), ("chunksize", chunksize)):
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if timeout is not None and (not isinstance(timeout, (int, float)) or isinstance(timeout, bool)):
        raise TypeError(f"timeout must be a number or None, not {type(timeout).__name__}")
    if workers < 0 or chunksize < 1:
        raise InvalidArgument("workers must be >= 0 and chunksize >= 1")
    if timeout is not None and timeout <= 0:
        raise InvalidArgument("timeout must be positive")
    if workers == 0 and timeout is not None:
        raise InvalidArgument("a timeout needs worker processes (workers >= 1)")
    payload = CleanerSpec.of(cleaner).dumps() if workers else b""
    return _Job(payload, input_format, serialize)


def _run(
    cleaner: CleanerLike,
    job: _Job,
    items: Iterable[Source | BatchItem],
    workers: int,
    timeout: float | None,
    chunksize: int,
    start_method: str | None,
) -> Iterator[Any]:
    if workers == 0:
        for index, obj in enumerate(items):
            yield job.finish(clean_item(cleaner, as_item(obj, index), job.input_format))
        return
    yield from _run_pool(job, items, workers, timeout, chunksize, start_method)


def _run_pool(
    job: _Job,
    items: Iterable[Source | BatchItem],
    workers: int,
    timeout: float | None,
    chunksize: int,
    start_method: str | None,
) -> Iterator[Any]:
    feed = _Feed(enumerate(items), job, chunksize, ahead=max(64, workers * chunksize * 8))
    pool = _Pool(job, workers, start_method)
    try:
        while True:
            feed.top_up(pool)
            while feed.next_out in feed.done:
                yield feed.done.pop(feed.next_out)
                feed.next_out += 1
            busy = [w for w in pool.workers if w.pending]
            if not busy:
                if feed.finished:
                    return
                continue
            _collect(pool, busy, feed, timeout)
    finally:
        pool.close(kill=True)


@dataclass
class _Feed:
    """The parent's book-keeping: items read, tasks taken back, results waiting for their turn."""

    source: Iterator[tuple[int, Source | BatchItem]]
    job: _Job
    chunksize: int
    ahead: int
    """At most this many items are read beyond the next one to yield, which bounds memory."""
    backlog: deque[Task] = field(default_factory=deque)
    done: dict[int, Any] = field(default_factory=dict)
    """Results (as the job finishes them) by position, until their turn to be yielded."""
    next_out: int = 0
    read: int = 0
    exhausted: bool = False

    @property
    def finished(self) -> bool:
        return self.exhausted and not self.backlog and not self.done

    def top_up(self, pool: _Pool) -> None:
        """Give every worker up to two chunks: one to work on, one queued so it never waits."""
        for index, worker in enumerate(pool.workers):
            if not worker.pending and worker.process.exitcode is not None:  # ended between pages
                pool.replace(worker)
                worker = pool.workers[index]
            while len(worker.pending) < 2 * self.chunksize:
                chunk = self._chunk()
                if not chunk:
                    return
                pool.submit(worker, chunk)

    def _chunk(self) -> list[Task]:
        chunk: list[Task] = []
        while len(chunk) < self.chunksize and self.backlog:
            chunk.append(self.backlog.popleft())
        while len(chunk) < self.chunksize and not self.exhausted and self.read - self.next_out < self.ahead:
            try:
                seq, obj = next(self.source)
            except StopIteration:
                self.exhausted = True
                break
            self.read += 1
            item = as_item(obj, seq)
            if item.error is not None:  # failed before cleaning: no worker needed
                self.done[seq] = self.job.finish(BatchResult(id=item.id, error=item.error))
            else:
                chunk.append((seq, item))
        return chunk


def _current(worker: _Worker) -> tuple[int, float]:
    """Where in ``worker.pending`` the page the worker is cleaning stands, and when it started.

    The worker's shared ``progress`` names the page; when it names none of ``pending`` (the worker
    has not begun the chunk it was sent), the head of ``pending`` and the time the parent last heard
    from the worker stand in, as when results came page by page."""
    started, seq = worker.progress[1], int(worker.progress[0])  # the start first: written first
    for index, (pending_seq, _) in enumerate(worker.pending):
        if pending_seq == seq:
            return index, max(started, worker.since)
    return 0, worker.since


def _fail_current(pool: _Pool, worker: _Worker, feed: _Feed, fail: Callable[[BatchItem], BatchResult]) -> None:
    """Replace ``worker``: the page it was on gets ``fail``'s result, its other pages go back to the
    backlog, in order (those it had cleaned were lost with it, their chunk's message unsent)."""
    index, _ = _current(worker)
    seq, item = worker.pending[index]
    feed.done[seq] = pool.job.finish(fail(item))
    held = pool.replace(worker)
    feed.backlog.extendleft(reversed(held[:index] + held[index + 1 :]))


def _collect(pool: _Pool, busy: list[_Worker], feed: _Feed, timeout: float | None) -> None:
    """Wait for results (or a deadline); record them, and replace workers that overran or died."""
    deadlines = [w.started + START_TIMEOUT for w in busy if not w.ready]
    if timeout is not None:
        deadlines += [_current(w)[1] + timeout for w in busy if w.ready]
    wait_for = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
    for worker in pool.waiter.ready(busy, wait_for):
        _receive(pool, worker, feed)
    for worker in busy:
        if not worker.ready and time.monotonic() - worker.started >= START_TIMEOUT:
            raise WorkerStartError(f"a worker process did not start within {START_TIMEOUT:g} s; {_GUARD_HINT}")
    if timeout is not None:
        now = time.monotonic()
        for worker in busy:
            if worker in pool.workers and worker.ready and worker.pending and now - _current(worker)[1] >= timeout:
                _fail_current(pool, worker, feed, lambda item: _timeout_result(item, timeout))


def _receive(pool: _Pool, worker: _Worker, feed: _Feed) -> None:
    """Take every message the worker has sent; if it died, its current page fails and the rest go back."""
    try:
        while worker.pending and pool.waiter.readable(worker):
            message = worker.results.recv()
            if isinstance(message, tuple):  # (_READY, None) or (_FAILED, why)
                if message[0] == _FAILED:
                    raise WorkerStartError(f"a worker process could not rebuild the cleaner: {message[1]}")
                worker.ready, worker.since = True, time.monotonic()
                continue
            for seq, result in message:  # one chunk's results, in the order it was sent
                worker.pending.popleft()
                feed.done[seq] = result
            worker.since = time.monotonic()
    except (EOFError, OSError):
        pass
    if worker.pending and not worker.process.is_alive():
        worker.process.join()
        if not worker.ready:
            code = worker.process.exitcode
            raise WorkerStartError(f"a worker process ended before its first page (exit code {code}); {_GUARD_HINT}")
        code = worker.process.exitcode
        _fail_current(pool, worker, feed, lambda item: _died_result(item, code))
