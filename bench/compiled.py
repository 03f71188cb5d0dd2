#!/usr/bin/env python3
"""The compiled build against the pure-Python path and trafilatura, same pages, same run.

    .venv-compiled/bin/python bench/compiled.py [--data ../shared/eval/scrapinghub] [--rounds 3]

Needs an installation with the compiled modules (``pip install .``; ``python3 dev.py test`` builds
one in .venv-compiled) and trafilatura (``pip install trafilatura`` or the ``bench`` extra). Each
round runs one child process per path (``PAGECLEANER_PURE_PYTHON=1`` for pure Python), alternating,
and each child times, after a warm-up, pagecleaner on the HTML pages, trafilatura on the same HTML
pages, and pagecleaner on the innertext pages; the best round of each is kept. Figures are pages/s
of wall time, plus the CPU time per page, which depends less on what else the machine runs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PURE_ENV = "PAGECLEANER_PURE_PYTHON"


def _load(data: Path, limit: int | None) -> tuple[list[bytes], list[bytes]]:
    html = [gzip.decompress(f.read_bytes()) for f in sorted((data / "html").glob("*.html.gz"))[:limit]]
    text = [f.read_bytes() for f in sorted((data / "text-innertext").glob("*.txt"))[:limit]]
    return html, text


def _time(run: Callable[[bytes], object], pages: list[bytes]) -> dict[str, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    for page in pages:
        run(page)
    return {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}


def child(data: Path, limit: int | None) -> dict[str, object]:
    """One timed pass of each measurement in this process."""
    import trafilatura

    from pagecleaner import Cleaner
    from pagecleaner._build import describe

    html, text = _load(data, limit)
    cleaner = Cleaner(plugins=False)
    runs: dict[str, Callable[[bytes], object]] = {
        "html": lambda p: cleaner.clean(p, input_format="html"),
        "trafilatura": lambda p: trafilatura.extract(p),
        "innertext": lambda p: cleaner.clean(p, input_format="text"),
    }
    for name, run in runs.items():  # warm up: imports, compiled patterns, caches
        for page in (text if name == "innertext" else html)[:10]:
            run(page)
    times = {name: _time(run, text if name == "innertext" else html) for name, run in runs.items()}
    return {"path": describe(), "pages": {"html": len(html), "innertext": len(text)}, "times": times}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "scrapinghub")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--limit", type=int, help="use only the first N pages of each rendering")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if not (args.data / "html").is_dir():
        sys.exit(f"no benchmark pages at {args.data}/html; pass --data DIR")
    if args.child:
        print(json.dumps(child(args.data, args.limit)))
        return 0
    best: dict[str, dict[str, dict[str, float]]] = {}
    described: dict[str, str] = {}
    pages: dict[str, int] = {}
    for _ in range(args.rounds):
        for path in ("compiled", "pure"):
            env = {k: v for k, v in os.environ.items() if k != PURE_ENV}
            if path == "pure":
                env[PURE_ENV] = "1"
            cmd = [sys.executable, __file__, "--child", "--data", str(args.data)]
            cmd += ["--limit", str(args.limit)] if args.limit else []
            got = json.loads(subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout)
            described[path], pages = got["path"], got["pages"]
            for name, t in got["times"].items():
                old = best.setdefault(path, {}).get(name)
                best[path][name] = {k: min(t[k], old[k]) if old else t[k] for k in t}
    if not described["compiled"].startswith("compiled"):
        print(f"warning: this installation is not compiled ({described['compiled']})")
    for path in ("compiled", "pure"):
        print(f"{path}: {described[path]}")
        for name in ("html", "trafilatura", "innertext"):
            n = pages["innertext" if name == "innertext" else "html"]
            t = best[path][name]
            print(f"  {name:<12} {n / t['wall']:7.1f} pages/s   {1000 * t['cpu'] / n:6.2f} ms CPU a page")
        ratio = best[path]["trafilatura"]["wall"] / best[path]["html"]["wall"]
        text_ratio = (pages["innertext"] / best[path]["innertext"]["wall"]) / (
            pages["html"] / best[path]["trafilatura"]["wall"]
        )
        print(f"  HTML {ratio:.2f}x trafilatura; innertext {text_ratio:.2f}x trafilatura's HTML pages/s")
    for name in ("html", "innertext"):
        gain = best["pure"][name]["cpu"] / best["compiled"][name]["cpu"]
        print(f"compiled / pure Python, {name}: {gain:.2f}x (CPU time a page)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
