#!/usr/bin/env python3
"""Throughput of pagecleaner on HTML against trafilatura, same pages, same process, same run.

    python bench/speed.py [--data ../shared/eval/scrapinghub] [--rounds 2] [--limit N]

Prints pages/s for each, the ratio, and peak memory (tracemalloc, measured in a separate
pass so tracing does not slow the timed runs; plus the process's peak RSS). trafilatura comes from the ``bench`` extra:
``pip install -e .[bench]``.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

from pagecleaner import Cleaner
from pagecleaner.rules.base import Page, Rule, Stage, Verdict

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parent.parent
Extractor = Callable[[bytes], str]


def load_pages(data: Path, limit: int | None) -> list[bytes]:
    html_dir = data / "html"
    if not html_dir.is_dir():
        sys.exit(f"no benchmark pages at {html_dir}; pass --data DIR (a folder with html/<id>.html.gz)")
    files = sorted(html_dir.glob("*.html.gz"))[:limit]
    return [gzip.decompress(f.read_bytes()) for f in files]


def pagecleaner_extractor(*disabled: str) -> Extractor:
    cleaner = Cleaner(plugins=False).disable(*disabled)
    return lambda html: cleaner.clean(html, input_format="html").article.text


def trafilatura_extractor() -> Extractor | None:
    try:
        import trafilatura
    except ImportError:
        return None
    return lambda html: trafilatura.extract(html) or ""


def timed(extract: Extractor, pages: list[bytes]) -> float:
    """Seconds for one pass over the pages."""
    start = time.perf_counter()
    for html in pages:
        extract(html)
    return time.perf_counter() - start


def peak_mib(extract: Extractor, pages: list[bytes]) -> float:
    tracemalloc.start()
    for html in pages:
        extract(html)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


class _TimedRule(Rule):
    """A context rule that adds the time spent inside its ``judge`` to a clock."""

    stage = Stage.CONTEXT

    def __init__(self, rule: Rule, clock: list[float]) -> None:
        self.rule, self.clock, self.id, self.kind = rule, clock, rule.id, rule.kind

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        found = iter(self.rule.judge(page))
        while True:
            start = time.perf_counter()
            try:
                item = next(found)
            except StopIteration:
                return
            finally:
                self.clock[0] += time.perf_counter() - start
            yield item


def stages(pages: list[bytes]) -> None:
    """Where pagecleaner's time goes, stage by stage, in ms per page."""
    from pagecleaner.assemble import assemble
    from pagecleaner.decode import decode
    from pagecleaner.dom import html_segments, parse_html
    from pagecleaner.engine import judge
    from pagecleaner.features import make_blocks
    from pagecleaner.markup import read_markup

    cleaner = Cleaner(plugins=False)
    settings = cleaner.settings
    dom_clock = [0.0]  # the HTML-only rules' share of "rules"
    learned_clock = [0.0]  # the learned scorer's share
    rules = [
        _TimedRule(r, dom_clock)
        if r.stage is Stage.CONTEXT and r.id.startswith("dom.")
        else _TimedRule(r, learned_clock)
        if r.id == "quality.learned"
        else r
        for r in cleaner.active_rules
    ]
    spent: dict[str, float] = dict.fromkeys(("decode", "parse", "markup", "walk", "features", "rules", "assemble"), 0.0)
    for html in pages:
        t0 = time.perf_counter()
        decoded = decode(html, settings.max_input_bytes, "html")
        t1 = time.perf_counter()
        parsed = parse_html(decoded.text)
        t2 = time.perf_counter()
        markup = read_markup(parsed.root, None)
        t3 = time.perf_counter()
        segments = html_segments(parsed.root, markup.base)
        t4 = time.perf_counter()
        blocks = make_blocks(segments)
        t5 = time.perf_counter()
        page, _ = judge(blocks, rules, settings)
        t6 = time.perf_counter()
        assemble(page, "html", decoded.encoding, markup.url, [], markup.fields)
        t7 = time.perf_counter()
        for name, took in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t7 - t6), strict=True):
            spent[name] += took
    print("pagecleaner stages (ms/page): " + "  ".join(f"{k} {1000 * v / len(pages):.2f}" for k, v in spent.items()))
    print(f"  of which the DOM rules (rules/dom.py): {1000 * dom_clock[0] / len(pages):.2f}")
    print(f"  of which the learned scorer (quality.learned): {1000 * learned_clock[0] / len(pages):.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "scrapinghub")
    ap.add_argument("--rounds", type=int, default=3, help="timed passes per extractor, alternating (best is kept)")
    ap.add_argument("--limit", type=int, help="use only the first N pages")
    ap.add_argument("--stages", action="store_true", help="also time pagecleaner's stages one by one")
    ap.add_argument("--without", metavar="RULE", nargs="+", help="also time pagecleaner with these rules disabled")
    args = ap.parse_args(argv)
    pages = load_pages(args.data, args.limit)
    if args.stages:
        stages(pages)
    extractors = {"pagecleaner": pagecleaner_extractor(), "trafilatura": trafilatura_extractor()}
    if args.without:
        extractors["pagecleaner without " + " ".join(args.without)] = pagecleaner_extractor(*args.without)
    ready = {name: e for name, e in extractors.items() if e is not None}
    for name in extractors.keys() - ready.keys():
        print(f"{name:<12} not installed (pip install -e .[bench])")
    best = dict.fromkeys(ready, float("inf"))
    for extract in ready.values():
        extract(pages[0])  # warm up: imports, compiled patterns
    # Rounds alternate between the extractors so that a busy machine slows both alike.
    for _ in range(args.rounds):
        for name, extract in ready.items():
            best[name] = min(best[name], timed(extract, pages))
    rates = {name: len(pages) / seconds for name, seconds in best.items()}
    for name, extract in ready.items():
        print(f"{name:<12} {rates[name]:7.1f} pages/s   peak {peak_mib(extract, pages):6.1f} MiB (tracemalloc)")
    if "trafilatura" in rates:
        print(f"ratio        {rates['pagecleaner'] / rates['trafilatura']:.2f}x trafilatura on {len(pages)} pages")
    if resource is not None:  # libxml2's memory is not traced; the process peak covers it
        print(f"process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB (both runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
