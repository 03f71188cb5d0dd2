#!/usr/bin/env python3
"""Memory over a long run: clean() on the benchmark pages cycled to 5,000, with the process's memory at intervals.

    .venv/bin/python bench/memory.py                       # 5,000 pages, HTML and innertext alternating
    .venv/bin/python bench/memory.py --pages 2000 --every 500 --formats html
    .venv/bin/python bench/memory.py --tracemalloc         # also Python's own allocations, and where they grew

One cleaner cleans the 181 scrapinghub pages (HTML, and their innertext rendering) over and over,
in one process, as a long-lived service or a batch worker does. At every ``--every`` pages it prints
the resident set (VmRSS), its peak so far (VmHWM) and, with ``--tracemalloc``, the bytes Python
holds and their peak. The pages repeat, so a cache without bound or a list that is never emptied
shows as memory that keeps growing after the first cycle; bounded caches fill in the first cycle
and stay. The verdict compares the last interval with the one after the first full cycle (the
growth allowed is 5 MiB plus 2 %: the allocator keeps some freed memory in its pools).
With ``--tracemalloc`` the verdict is on the bytes Python holds (tracemalloc's own tables grow the
RSS as it traces: 106 -> 132 MiB over 1,100 pages while the traced bytes stayed at 8.2 MiB) and
the sites whose allocations grew most between those two points are listed. tracemalloc slows
cleaning about threefold; libxml2's memory is in the RSS figures only.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from common import EVAL  # noqa: E402
from pagecleaner import Cleaner  # noqa: E402
from pagecleaner.decode import InputFormatArg  # noqa: E402

MiB = 1024 * 1024


def status_kib(field: str) -> int:
    """A ``/proc/self/status`` figure in KiB (0 where there is none)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def load(data: Path, formats: list[str]) -> list[tuple[InputFormatArg, bytes | str]]:
    """The pages as (input format, source), HTML and text alternating page by page."""
    by_format: dict[InputFormatArg, list[bytes | str]] = {}
    if "html" in formats:
        by_format["html"] = [gzip.decompress(f.read_bytes()) for f in sorted((data / "html").glob("*.html.gz"))]
    if "text" in formats:
        by_format["text"] = [f.read_text(encoding="utf-8") for f in sorted((data / "text-innertext").glob("*.txt"))]
    if not any(by_format.values()):
        sys.exit(f"bench/memory.py: no benchmark pages under {data}; pass --data DIR")
    pages: list[tuple[InputFormatArg, bytes | str]] = []
    for i in range(max(len(v) for v in by_format.values())):
        pages += [(fmt, pages_of[i]) for fmt, pages_of in by_format.items() if i < len(pages_of)]
    return pages


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=EVAL / "scrapinghub")
    ap.add_argument("--pages", type=int, default=5000)
    ap.add_argument("--every", type=int, default=500, help="print the memory every N pages")
    ap.add_argument("--formats", default="html,text", help="html, text or both (alternating)")
    ap.add_argument("--tracemalloc", action="store_true", help="also trace Python's allocations (slower)")
    args = ap.parse_args()
    pages = load(args.data, args.formats.split(","))
    cycle = len(pages)
    cleaner = Cleaner(plugins=False)
    print(f"{args.pages} pages: {cycle} distinct ({args.formats}) cycled; memory every {args.every} pages")
    if args.tracemalloc:
        tracemalloc.start()
    print(
        f"{'pages':>6} {'s':>6} {'RSS MiB':>8} {'peak RSS':>9}"
        + (f" {'traced MiB':>11} {'peak':>7}" if args.tracemalloc else "")
    )
    rows: list[tuple[int, float]] = []  # (pages, MiB judged: RSS, or what Python holds when traced)
    snapshots: dict[int, tracemalloc.Snapshot] = {}  # two only: held snapshots would grow the RSS themselves
    started = time.perf_counter()
    for done in range(1, args.pages + 1):
        fmt, source = pages[(done - 1) % cycle]
        cleaner.clean(source, input_format=fmt)
        if done % args.every == 0 or done == args.pages:
            gc.collect()  # what is still held, not garbage waiting for the cycle collector
            rss = status_kib("VmRSS") / 1024
            line = f"{done:>6} {time.perf_counter() - started:>6.0f} {rss:>8.1f} {status_kib('VmHWM') / 1024:>9.1f}"
            judged = rss
            if args.tracemalloc:
                current, peak = tracemalloc.get_traced_memory()
                line += f" {current / MiB:>11.1f} {peak / MiB:>7.1f}"
                judged = current / MiB  # tracemalloc's own tables grow the RSS as they trace
                if (done >= cycle and not snapshots) or done == args.pages:
                    snapshots[done] = tracemalloc.take_snapshot()
            print(line, flush=True)
            rows.append((done, judged))
    warm = next(((d, r) for d, r in rows if d >= cycle), None)
    if warm is None or warm[0] == rows[-1][0]:
        print(f"(no verdict: the run ends before a second interval after the first cycle of {cycle} pages)")
        return 0
    growth = rows[-1][1] - warm[1]
    allowed = 5 + 0.02 * warm[1]
    flat = growth <= allowed
    what = "traced" if args.tracemalloc else "RSS"
    print(
        f"{what} from page {warm[0]} (after the first cycle) to page {rows[-1][0]}: {warm[1]:.1f} -> {rows[-1][1]:.1f} MiB "
        f"({growth:+.1f} MiB; allowed {allowed:.1f}): {'flat' if flat else 'GROWING'}"
    )
    if args.tracemalloc and warm[0] in snapshots:
        diffs = snapshots[rows[-1][0]].compare_to(snapshots[warm[0]], "lineno")
        print("allocation sites that grew most since then (size change, count change):")
        for stat in diffs[:8]:
            frame = stat.traceback[0]
            print(f"  {stat.size_diff / 1024:+9.1f} KiB {stat.count_diff:+7d}  {frame.filename}:{frame.lineno}")
    return 0 if flat else 1


if __name__ == "__main__":
    sys.exit(main())
