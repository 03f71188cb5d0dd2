#!/usr/bin/env python3
"""Throughput of pagecleaner on HTML and on text against trafilatura on HTML: same pages, same process, same run.

    python bench/speed.py [--data ../shared/eval/scrapinghub] [--text text-innertext] [--rounds 3] [--limit N]
                          [--stages] [--without RULE ...] [--no-text]

Prints pages/s of pagecleaner on the pages' HTML, of pagecleaner on a text rendering of the same
pages (``--text``, innertext by default; ``--no-text`` skips it) and of trafilatura on the HTML,
with the two ratios against trafilatura's HTML rate. Rounds alternate between the extractors so
that a busy machine slows all alike; the best round of each is kept. Peak memory is measured in
a separate pass (tracemalloc, so that tracing does not slow the timed runs; plus the process's peak
RSS, which also covers libxml2; ``bench/memory.py`` follows memory over 5,000 pages). ``--stages`` also times pagecleaner's stages one by one, in ms a
page, for both inputs: decode, parse, markup, walk (HTML) or segment (text), features, page type,
block rules, each context rule, assemble, in CPU time of this process (a busy machine disturbs
it less than the wall clock). trafilatura comes from the ``bench`` extra:
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

from pagecleaner import Cleaner, Settings
from pagecleaner._collector import CollectorPause
from pagecleaner.assemble import assemble
from pagecleaner.decode import InputFormatArg, decode
from pagecleaner.dom import html_segments, parse_html
from pagecleaner.engine import judge
from pagecleaner.features import make_blocks
from pagecleaner.limits import cap_attributes, cap_lines
from pagecleaner.markup import read_markup
from pagecleaner.pagetype import detect
from pagecleaner.rules.base import Page, Rule, Stage, Verdict
from pagecleaner.segment import segment_text

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parent.parent
Source = bytes | str
Extractor = Callable[[Source], str]


def _default_data() -> Path:
    for base in (ROOT.parent, ROOT.parent.parent):  # a clone beside shared/, or a worktree one level down
        if (base / "shared" / "eval" / "scrapinghub").is_dir():
            return base / "shared" / "eval" / "scrapinghub"
    return ROOT.parent / "shared" / "eval" / "scrapinghub"


def load_pages(data: Path, limit: int | None) -> list[bytes]:
    html_dir = data / "html"
    if not html_dir.is_dir():
        sys.exit(f"no benchmark pages at {html_dir}; pass --data DIR (a folder with html/<id>.html.gz)")
    files = sorted(html_dir.glob("*.html.gz"))[:limit]
    return [gzip.decompress(f.read_bytes()) for f in files]


def load_texts(data: Path, rendering: str, limit: int | None) -> list[str]:
    """The text rendering of the pages (``<data>/<rendering>/<id>.txt``); empty when absent."""
    folder = data / rendering
    if not folder.is_dir():
        return []
    return [f.read_text(encoding="utf-8") for f in sorted(folder.glob("*.txt"))[:limit]]


def pagecleaner_extractor(*disabled: str, input_format: str = "html") -> Extractor:
    cleaner = Cleaner(plugins=False).disable(*disabled)
    fmt: InputFormatArg = "html" if input_format == "html" else "text"
    return lambda source: cleaner.clean(source, input_format=fmt).article.text


def trafilatura_extractor() -> Extractor | None:
    try:
        import trafilatura
    except ImportError:
        return None
    return lambda html: trafilatura.extract(html) or ""


def timed(extract: Extractor, pages: list[Source]) -> float:
    """Seconds for one pass over the pages."""
    start = time.perf_counter()
    for page in pages:
        extract(page)
    return time.perf_counter() - start


def peak_mib(extract: Extractor, pages: list[Source]) -> float:
    tracemalloc.start()
    for page in pages:
        extract(page)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


class _TimedRule(Rule):
    """A context rule that adds the time spent inside its ``judge`` to its own clock."""

    stage = Stage.CONTEXT

    def __init__(self, rule: Rule, clocks: dict[str, float]) -> None:
        self.rule, self.clocks, self.id, self.kind = rule, clocks, rule.id, rule.kind
        clocks.setdefault(rule.id, 0.0)

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        found = iter(self.rule.judge(page))
        while True:
            start = time.process_time()
            try:
                item = next(found)
            except StopIteration:
                return
            finally:
                self.clocks[self.id] += time.process_time() - start
            yield item


def stages(sources: list[Source], html: bool, top: int) -> None:
    """Where pagecleaner's time goes, stage by stage, in ms per page (the steps ``Cleaner.clean`` takes)."""
    cleaner = Cleaner(plugins=False)
    settings = cleaner.settings
    clocks: dict[str, float] = {}
    block_rules = [r for r in cleaner.active_rules if r.stage is Stage.BLOCK]
    context_rules = [_TimedRule(r, clocks) for r in cleaner.active_rules if r.stage is Stage.CONTEXT]
    names = ("decode", "parse", "markup", "walk") if html else ("decode", "segment")
    spent: dict[str, float] = dict.fromkeys(
        (*names, "features", "page type", "block rules", "context rules", "assemble"), 0.0
    )
    for source in sources:
        # Paused as ``Cleaner.clean`` pauses it (``Settings.pause_collector``), so the stages add up to a call.
        with CollectorPause(settings.pause_collector):
            _time_stages(source, html, settings, block_rules, context_rules, clocks, spent)
    n = len(sources)
    print(f"pagecleaner {'HTML' if html else 'text'} stages (ms/page, total {1000 * sum(spent.values()) / n:.2f}):")
    print("  " + "  ".join(f"{k} {1000 * v / n:.2f}" for k, v in spent.items()))
    ranked = sorted(clocks.items(), key=lambda kv: -kv[1])[:top]
    print("  context rules, costliest first: " + "  ".join(f"{k} {1000 * v / n:.2f}" for k, v in ranked))


def _time_stages(
    source: Source,
    html: bool,
    settings: Settings,
    block_rules: list[Rule],
    context_rules: list[_TimedRule],
    clocks: dict[str, float],
    spent: dict[str, float],
) -> None:
    """One page through the stages ``Cleaner.clean`` takes, each one's CPU time added to ``spent``."""
    t = [time.process_time()]
    decoded = decode(source, settings.max_input_bytes, "html" if html else "text")
    t.append(time.process_time())
    url, types, og_type, fields = None, frozenset[str](), None, None
    if html:
        capped, _ = cap_attributes(decoded.text, settings)
        parsed = parse_html(capped)
        t.append(time.process_time())
        markup = read_markup(parsed.root, None)
        url, types, og_type, fields = markup.url, markup.types, markup.og_type, markup.fields
        t.append(time.process_time())
        segments = html_segments(parsed.root, markup.base)
    else:
        text, _ = cap_lines(decoded.text, settings)
        segments = segment_text(text)
    t.append(time.process_time())
    blocks = make_blocks(segments)
    t.append(time.process_time())
    kind = detect(blocks, url, types, og_type, html=html)
    t.append(time.process_time())
    page, _ = judge(blocks, block_rules, settings, page_type=kind)
    t.append(time.process_time())
    judge_start = sum(clocks.values())
    page, _ = judge(blocks, [*block_rules, *context_rules], settings, page_type=kind)
    # The context stage alone: the whole run less the block stage timed just above.
    t.append(t[-1] + sum(clocks.values()) - judge_start)
    s = time.process_time()
    assemble(page, "html" if html else "text", decoded.encoding, url, [], fields or {})
    t.append(t[-1] + time.process_time() - s)
    for name, a, b in zip(spent, t, t[1:], strict=False):
        spent[name] += b - a


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=_default_data())
    ap.add_argument(
        "--text", default="text-innertext", help="the text rendering timed beside the HTML (a folder of --data)"
    )
    ap.add_argument("--no-text", action="store_true", help="time the HTML only")
    ap.add_argument("--rounds", type=int, default=3, help="timed passes per extractor, alternating (best is kept)")
    ap.add_argument("--limit", type=int, help="use only the first N pages")
    ap.add_argument("--stages", action="store_true", help="also time pagecleaner's stages one by one")
    ap.add_argument("--top", type=int, default=12, help="how many context rules --stages lists")
    ap.add_argument("--without", metavar="RULE", nargs="+", help="also time pagecleaner with these rules disabled")
    args = ap.parse_args(argv)
    pages = load_pages(args.data, args.limit)
    texts = [] if args.no_text else load_texts(args.data, args.text, args.limit)
    if args.stages:
        stages(list(pages), html=True, top=args.top)
        if texts:
            stages(list(texts), html=False, top=args.top)
    runs: dict[str, tuple[Extractor | None, list[Source]]] = {
        "pagecleaner html": (pagecleaner_extractor(), list(pages))
    }
    if texts:
        runs[f"pagecleaner {args.text}"] = (pagecleaner_extractor(input_format="text"), list(texts))
    runs["trafilatura html"] = (trafilatura_extractor(), list(pages))
    if args.without:
        runs["pagecleaner html without " + " ".join(args.without)] = (pagecleaner_extractor(*args.without), list(pages))
        if texts:
            runs[f"pagecleaner {args.text} without " + " ".join(args.without)] = (
                pagecleaner_extractor(*args.without, input_format="text"),
                list(texts),
            )
    ready = {name: (e, p) for name, (e, p) in runs.items() if e is not None}
    for name in runs.keys() - ready.keys():
        print(f"{name:<24} not installed (pip install -e .[bench])")
    best = dict.fromkeys(ready, float("inf"))
    for extract, sources in ready.values():
        extract(sources[0])  # warm up: imports, compiled patterns
    # Rounds alternate between the extractors so that a busy machine slows all alike.
    for _ in range(args.rounds):
        for name, (extract, sources) in ready.items():
            best[name] = min(best[name], timed(extract, sources))
    rates = {name: len(ready[name][1]) / seconds for name, seconds in best.items()}
    width = max(len(name) for name in ready)
    for name, (extract, sources) in ready.items():
        print(
            f"{name:<{width}} {rates[name]:7.1f} pages/s  {1000 / rates[name]:6.2f} ms/page   peak {peak_mib(extract, sources):6.1f} MiB (tracemalloc)"
        )
    if "trafilatura html" in rates:
        base = rates["trafilatura html"]
        for name in rates:
            if name.startswith("pagecleaner"):
                print(
                    f"ratio {name:<{width}} {rates[name] / base:5.2f}x trafilatura's HTML pages/s ({len(ready[name][1])} pages)"
                )
    if resource is not None:  # libxml2's memory is not traced; the process peak covers it
        print(f"process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB (all runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
