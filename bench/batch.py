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
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "scrapinghub" / "text-innertext"
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


def timed(results: Iterable[Any], checkpoints: list[int], started: float) -> Iterator[dict[str, Any]]:
    """Count results; at each checkpoint yield pages, seconds, pages/s and peak RSS."""
    for done, _ in enumerate(results, start=1):
        if done in checkpoints:
            seconds = time.perf_counter() - started
            yield {"pages": done, "seconds": round(seconds, 2), "pages_s": round(done / seconds, 1), **rss_mb()}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def with_cpu(rows: list[dict[str, Any]], driver_s: float, workers_s: float) -> list[dict[str, Any]]:
    """Add CPU milliseconds per page (driver and workers) to the last checkpoint: a figure that, unlike
    pages/s, hardly depends on what else the machine is running."""
    n = rows[-1]["pages"]
    rows[-1].update(driver_cpu_ms=round(1000 * driver_s / n, 2), workers_cpu_ms=round(1000 * workers_s / n, 2))
    return rows


def run_one(config: str, pages: list[str], checkpoints: list[int]) -> list[dict[str, Any]]:
    from pagecleaner import Cleaner

    cleaner = Cleaner()
    cpu, children = time.process_time(), _children_cpu()
    if config == "loop":
        rows = list(timed((cleaner.clean(p) for p in pages), checkpoints, time.perf_counter()))
    elif config.startswith("pipe-"):
        started = time.perf_counter()
        rows = list(timed(cleaner.pipe(pages, workers=int(config[5:])), checkpoints, started))
    elif config.startswith("batch-"):
        started = time.perf_counter()
        rows = list(timed(written(cleaner, pages, int(config[6:])), checkpoints, started))
    else:
        return run_dask(pages, checkpoints, int(config[5:]))
    return with_cpu(rows, time.process_time() - cpu, _children_cpu() - children)


def written(cleaner: Any, pages: list[str], workers: int) -> Iterator[None]:
    """The driver's loop of ``pagecleaner batch``: write each worker-made JSON line, count it."""
    from pagecleaner.batch import pipe_serialized
    from pagecleaner.cli import Tally

    tally = Tally()
    with open(os.devnull, "wb") as out:
        for result in pipe_serialized(cleaner, pages, workers=workers):
            out.write(result.data)
            out.write(b"\n")
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
    parser.add_argument("--one", choices=CONFIGS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.data.is_dir():
        sys.exit(f"bench/batch.py: benchmark data not found at {args.data}; pass --data DIR (a folder of .txt pages)")
    checkpoints = sorted({int(c) for c in args.checkpoints.split(",") if int(c) <= args.pages} | {args.pages})
    if args.one:
        print(json.dumps(run_one(args.one, load_pages(args.data, args.pages), checkpoints)))
        return 0
    return report(args, checkpoints)


def report(args: argparse.Namespace, checkpoints: list[int]) -> int:
    print(f"{args.pages} pages from {len(list(args.data.glob('*.txt')))} in {args.data}; checkpoints {checkpoints}")
    peer_before = cpu_peer()
    print(f"CPU peer before: two busy processes get {peer_before}x one (2.0 = two free cores)")
    rates: dict[str, float] = {}
    cpu_ms: dict[str, float] = {}
    for config in args.configs.split(","):
        cmd = [sys.executable, __file__, "--one", config, "--data", str(args.data), "--pages", str(args.pages)]
        cmd += ["--checkpoints", ",".join(map(str, checkpoints))]
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
