#!/usr/bin/env python3
"""Batch throughput: a plain loop over clean() beside Cleaner.pipe and `pagecleaner batch`'s path with
1 and 2 workers, and a Dask LocalCluster.

    .venv/bin/python bench/batch.py                      # 181 benchmark pages repeated to 5,000
    .venv/bin/python bench/batch.py --pages 1000 --configs loop,pipe-2
    .venv/bin/python bench/batch.py --configs batch-1,batch-2

``pipe-N`` yields ``BatchResult`` models (the driver unpickles each page's model); ``batch-N`` is what
``pagecleaner batch --workers N`` does: workers return each result as its JSON line, and the driver
only writes it out (here to os.devnull) and counts it.

Each configuration runs in a fresh process so that peak RSS belongs to it. At
each checkpoint (1,000 and 5,000 pages) it records pages/s so far and the peak
RSS (VmHWM) of the driving process and of its worker processes. The Dask figure
excludes cluster start-up (a cluster is normally long-lived); the pipe figures
include worker start-up (about 0.3 s). A CPU-only peer (two processes burning
CPU beside one) shows how much parallelism the machine actually gives during
the run: on a shared machine the scaling ratios are bounded by it.

What the driver costs a page is measured in its steady state, between the first and the last
checkpoint (so worker start-up is left out), by figures that hardly depend on the machine's load:
its CPU milliseconds a page (all threads, and the main thread alone), the bytes it sends to and
reads from the workers a page (``/proc/self/io``, less what it writes out), its read and write
system calls a page, and how often it blocks (voluntary context switches, all threads) a page.
The 2-worker / 1-worker ratio is printed beside the CPU-bound ceiling on two free cores, the
figure to trust when the machine is shared (the raw ratio then mostly measures the others' load).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from common import EVAL  # noqa: E402  (the data beside the clone, or beside its folder of worktrees)

DEFAULT_DATA = EVAL / "scrapinghub" / "text-innertext"
CONFIGS = ("loop", "pipe-1", "pipe-2", "batch-1", "batch-2", "dask-2")


def load_pages(data: Path, n: int) -> list[str]:
    files = sorted(data.glob("*.txt"))
    if not files:
        sys.exit(f"bench/batch.py: no benchmark pages (*.txt) in {data}; pass --data DIR")
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    return [texts[i % len(texts)] for i in range(n)]


def _hwm_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    found, frontier = [], [pid]
    while frontier:
        p = frontier.pop()
        kids = [c for c, pp in parents.items() if pp == p]
        found += kids
        frontier += kids
    return found


def rss_mb() -> dict[str, float]:
    """Peak RSS of this process and of the largest worker process below it, in MB."""
    workers = [_hwm_kb(p) for p in _descendants(os.getpid())]
    return {"driver_mb": _hwm_kb(os.getpid()) / 1024, "worker_max_mb": max(workers, default=0) / 1024}


def probe() -> dict[str, float]:
    """This process's counters that a steady state is measured by: CPU seconds (all threads and the
    main one), bytes and read/write system calls through its file descriptors, and voluntary
    context switches (times a thread blocked) summed over its threads."""
    found: dict[str, float] = {"cpu": time.process_time(), "main_cpu": time.thread_time(), "blocked": 0.0}
    try:
        for line in Path("/proc/self/io").read_text().splitlines():
            key, value = line.split(":")
            found[key] = float(value)
        for status in Path("/proc/self/task").glob("*/status"):
            for line in status.read_text().splitlines():
                if line.startswith("voluntary_ctxt_switches:"):
                    found["blocked"] += float(line.split()[1])
    except OSError:  # not Linux: the CPU figures only
        pass
    return found


def timed(results: Iterable[Any], checkpoints: list[int], started: float) -> Iterator[dict[str, Any]]:
    """Count results; at each checkpoint yield pages, seconds, pages/s, peak RSS and the ``probe()``."""
    for done, _ in enumerate(results, start=1):
        if done in checkpoints:
            seconds = time.perf_counter() - started
            row = {"pages": done, "seconds": round(seconds, 2), "pages_s": round(done / seconds, 1), **rss_mb()}
            yield {**row, "probe": probe()}


def steady(rows: list[dict[str, Any]], written_out: dict[int, int]) -> dict[str, float]:
    """The driver's cost a page between the first and the last checkpoint (start-up left out).

    ``written_out`` is the bytes the driver had written out (its output) at each checkpoint, which
    ``wchar`` counts too: what is left of ``wchar`` went to the workers."""
    first, last = rows[0], rows[-1]
    n = last["pages"] - first["pages"]
    if n <= 0:
        return {}
    a, b = first["probe"], last["probe"]
    d = {k: b[k] - a[k] for k in b if k in a}
    out = {"steady_pages": n, "driver_ms": 1000 * d["cpu"] / n, "driver_main_ms": 1000 * d["main_cpu"] / n}
    if "rchar" in d:
        sent = d["wchar"] - (written_out.get(last["pages"], 0) - written_out.get(first["pages"], 0))
        out |= {
            "sent_kb": sent / n / 1024,
            "received_kb": d["rchar"] / n / 1024,
            # less the one write of each page's output line (batch-N)
            "syscalls": (d["syscr"] + d["syscw"]) / n - (1 if written_out else 0),
            "blocked": d["blocked"] / n,
        }
    return {k: round(v, 4) for k, v in out.items()}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def with_cpu(rows: list[dict[str, Any]], driver_s: float, workers_s: float) -> list[dict[str, Any]]:
    """Add CPU milliseconds per page (driver and workers) to the last checkpoint: a figure that, unlike
    pages/s, hardly depends on what else the machine is running."""
    n = rows[-1]["pages"]
    rows[-1].update(driver_cpu_ms=round(1000 * driver_s / n, 2), workers_cpu_ms=round(1000 * workers_s / n, 2))
    return rows


def run_one(config: str, pages: list[str], checkpoints: list[int], chunksize: int | None) -> list[dict[str, Any]]:
    from pagecleaner import Cleaner

    cleaner = Cleaner()
    cpu, children = time.process_time(), _children_cpu()
    out_bytes: dict[int, int] = {}
    chunks: dict[str, Any] = {} if chunksize is None else {"chunksize": chunksize}  # None: the driver's default
    if config == "loop":
        rows = list(timed((cleaner.clean(p) for p in pages), checkpoints, time.perf_counter()))
    elif config.startswith("pipe-"):
        started = time.perf_counter()
        rows = list(timed(cleaner.pipe(pages, workers=int(config[5:]), **chunks), checkpoints, started))
    elif config.startswith("batch-"):
        started = time.perf_counter()
        rows = list(timed(written(cleaner, pages, int(config[6:]), out_bytes, chunks), checkpoints, started))
    else:
        return run_dask(pages, checkpoints, int(config[5:]))
    rows = with_cpu(rows, time.process_time() - cpu, _children_cpu() - children)
    if config != "loop" and len(rows) > 1:
        rows[-1]["steady"] = steady(rows, out_bytes)
    for row in rows:
        row.pop("probe", None)
    return rows


def written(
    cleaner: Any, pages: list[str], workers: int, out_bytes: dict[int, int], chunks: dict[str, Any]
) -> Iterator[None]:
    """The driver's loop of ``pagecleaner batch``: write each worker-made JSON line, count it.
    ``out_bytes`` gets the bytes written out after each page (as ``/proc/self/io`` counts them)."""
    from pagecleaner.batch import pipe_serialized
    from pagecleaner.cli import Tally

    tally = Tally()
    total = 0
    with open(os.devnull, "wb", buffering=0) as out:  # unbuffered: each page's bytes are counted as written
        for done, result in enumerate(pipe_serialized(cleaner, pages, workers=workers, **chunks), start=1):
            out.write(result.data + b"\n")
            total += len(result.data) + 1
            out_bytes[done] = total
            tally.add(result)
            yield None


def run_dask(pages: list[str], checkpoints: list[int], workers: int) -> list[dict[str, Any]]:
    import dask.bag as db
    from distributed import Client, LocalCluster, as_completed

    from pagecleaner.integrations.dask import clean_bag

    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        bag = clean_bag(db.from_sequence(pages, partition_size=50))
        before = sum(client.run(time.process_time).values())  # workers are up before the clock starts
        cpu, started = time.process_time(), time.perf_counter()
        rows = list(timed(_stream(as_completed(client.compute(bag.to_delayed()))), checkpoints, started))
        driver = time.process_time() - cpu
        return with_cpu(rows, driver, sum(client.run(time.process_time).values()) - before)


def _stream(futures: Iterable[Any]) -> Iterator[Any]:
    """Rows of each partition as it completes, releasing it on the cluster once read."""
    for future in futures:
        yield from future.result()
        future.release()


def cpu_peer(seconds: float = 1.0) -> float:
    """How many CPUs two busy processes get together, relative to one (2.0 on an idle 2-core machine)."""
    code = f"import time\nt=time.perf_counter()\nn=0\nwhile time.perf_counter()-t<{seconds}: n+=1\nprint(n)"

    def burn(k: int) -> int:
        procs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True) for _ in range(k)]
        return sum(int(p.communicate()[0]) for p in procs)

    return round(burn(2) / burn(1), 2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help=f"folder of .txt pages (default {DEFAULT_DATA})"
    )
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--checkpoints", default="1000,5000")
    parser.add_argument("--configs", default=",".join(CONFIGS))
    parser.add_argument("--chunksize", type=int, help="pages a worker is sent at a time (default: the driver's)")
    parser.add_argument("--one", choices=CONFIGS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.data.is_dir():
        sys.exit(f"bench/batch.py: benchmark data not found at {args.data}; pass --data DIR (a folder of .txt pages)")
    checkpoints = sorted({int(c) for c in args.checkpoints.split(",") if int(c) <= args.pages} | {args.pages})
    if args.one:
        print(json.dumps(run_one(args.one, load_pages(args.data, args.pages), checkpoints, args.chunksize)))
        return 0
    return report(args, checkpoints)


def report(args: argparse.Namespace, checkpoints: list[int]) -> int:
    print(f"{args.pages} pages from {len(list(args.data.glob('*.txt')))} in {args.data}; checkpoints {checkpoints}")
    peer_before = cpu_peer()
    print(f"CPU peer before: two busy processes get {peer_before}x one (2.0 = two free cores)")
    rates: dict[str, float] = {}
    cpu_ms: dict[str, float] = {}
    driver_ms: dict[str, float] = {}
    for config in args.configs.split(","):
        cmd = [sys.executable, __file__, "--one", config, "--data", str(args.data), "--pages", str(args.pages)]
        cmd += ["--checkpoints", ",".join(map(str, checkpoints))]
        cmd += ["--chunksize", str(args.chunksize)] if args.chunksize else []
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(f"{config:<8} failed: {done.stderr.strip().splitlines()[-1:]}")
            continue
        for row in json.loads(done.stdout.strip().splitlines()[-1]):
            print(
                f"{config:<8} {row['pages']:>6} pages {row['seconds']:>7.1f} s {row['pages_s']:>7.1f} pages/s"
                f"   peak RSS driver {row['driver_mb']:>6.0f} MB, largest worker {row['worker_max_mb']:>6.0f} MB"
            )
            rates[config] = row["pages_s"]
            if "driver_cpu_ms" in row:
                total = row["driver_cpu_ms"] + row["workers_cpu_ms"]
                cpu_ms[config] = total
                print(
                    f"{'':<8} CPU per page: driver {row['driver_cpu_ms']:.2f} ms + workers {row['workers_cpu_ms']:.2f} ms"
                    f" = {total:.2f} ms"
                )
            if row.get("steady"):
                st = row["steady"]
                line = (
                    f"{'':<8} driver a page over its last {st['steady_pages']:.0f} pages (start-up left out): "
                    f"CPU {st['driver_ms']:.3f} ms (main thread {st['driver_main_ms']:.3f} ms)"
                )
                if "sent_kb" in st:
                    line += (
                        f", {st['sent_kb']:.1f} kB sent + {st['received_kb']:.1f} kB received, "
                        f"{st['syscalls']:.2f} read/write calls, blocked {st['blocked']:.2f} times"
                    )
                print(line)
                driver_ms[config] = st["driver_ms"]
    if driver_ms:
        print(
            "driver CPU a page (target <= 0.1 ms on a quiet machine): "
            + ", ".join(f"{c} {ms:.3f} ms" for c, ms in driver_ms.items())
        )
    peer_after = cpu_peer()
    peer = (peer_before + peer_after) / 2
    print(f"CPU peer after: {peer_after}x")
    for config, one in (("pipe-2", "pipe-1"), ("batch-2", "batch-1"), ("dask-2", "pipe-1"), ("loop", "pipe-1")):
        base = rates.get(one)
        if base and config in rates:
            ratio = rates[config] / base
            against = f"  ({ratio / peer:.0%} of the {peer:.2f}x the CPU peer got)" if config != "loop" else ""
            print(f"scaling {config} / {one} = {ratio:.2f}x{against}")
    if "loop" in rates and "pipe-2" in rates:
        print(f"scaling pipe-2 / loop = {rates['pipe-2'] / rates['loop']:.2f}x")
    # On two free cores a 2-process run can clean at most 2 / (CPU per page) pages per second.
    for config, one in (("pipe-2", "pipe-1"), ("batch-2", "batch-1"), ("dask-2", "pipe-1")):
        if one in cpu_ms and config in cpu_ms:
            print(f"CPU-bound ceiling on 2 free cores, {config} / {one}: {2 * cpu_ms[one] / cpu_ms[config]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
