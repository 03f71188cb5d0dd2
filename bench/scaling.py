#!/usr/bin/env python3
"""How ``clean()`` time grows with input size: 1x, 10x and 100x of a page, with the ratio to linear.

    .venv/bin/python bench/scaling.py               # base page of about 50 kB (100x = 5 MB)
    .venv/bin/python bench/scaling.py --base 20000

Inputs are made of distinct synthetic pages (article paragraphs, short headings, menus,
share bars, teaser lists), so a larger input has more of everything and no artificial
repetition; the seed page repeated is measured as well. HTML is measured the same way once
``clean(..., input_format="html")`` is implemented. A ratio to linear of 1.0 means time grew
exactly with size; the target is within 1.5 from 1x to 100x. Best of a few runs per size,
as the machine is shared.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from pagecleaner import Cleaner
from pagecleaner.decode import InputFormatArg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from adversarial.corpus import WORDS  # noqa: E402  (one word list for the corpus and this bench)

BOILERPLATE = ["Share this article", "Facebook Twitter Email", "Menu", "Sign in", "Related Articles", "Comments"]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
    return " ".join(words).capitalize() + "."


def synthetic_page(rng: random.Random) -> list[tuple[str, str]]:
    """One page as (tag, text) pairs: headline, menu, body with subheadings, teasers, footer."""
    blocks = [("h1", " ".join(rng.choice(WORDS) for _ in range(7)).title())]
    blocks += [("li", rng.choice(BOILERPLATE)) for _ in range(rng.randint(2, 6))]
    for _ in range(rng.randint(6, 14)):
        if rng.random() < 0.2:
            blocks.append(("h2", " ".join(rng.choice(WORDS) for _ in range(4)).title()))
        blocks.append(("p", " ".join(_sentence(rng) for _ in range(rng.randint(2, 6)))))
    blocks.append(("h2", "Related Articles"))
    for _ in range(rng.randint(2, 5)):
        blocks += [
            ("a", " ".join(rng.choice(WORDS) for _ in range(8)).title()),
            ("span", f"{rng.randint(1, 59)} minutes ago"),
        ]
    blocks.append(("footer", "© 2025 Example Media. All rights reserved."))
    return blocks


def synthetic(size: int, seed: int = 5) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    blocks: list[tuple[str, str]] = []
    total = 0
    while total < size:
        page = synthetic_page(rng)
        blocks += page
        total += sum(len(t) + 2 for _, t in page)
    return blocks


def as_text(blocks: list[tuple[str, str]]) -> str:
    return "\n\n".join(t for _, t in blocks)


def as_html(blocks: list[tuple[str, str]]) -> str:
    body = "".join(f"<{tag}>{text}</{tag}>" for tag, text in blocks)
    return f"<!DOCTYPE html><html><head><title>t</title></head><body><main>{body}</main></body></html>"


def best_of(runs: int, call: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - started)
    return best


def html_supported(cleaner: Cleaner) -> bool:
    try:
        cleaner.clean(b"<p>x</p>", input_format="html")
    except NotImplementedError:
        return False
    return True


def measure(label: str, make: Callable[[int], str], fmt: InputFormatArg, base: int, cleaner: Cleaner) -> None:
    cleaner.clean(make(base), input_format=fmt)  # warm up caches and imports
    first = 0.0
    print(f"\n{label} ({fmt})")
    print(f"{'size':>6} {'bytes':>12} {'seconds':>9} {'s/MB':>7} {'ratio to linear':>16}")
    for mult, runs in ((1, 5), (10, 3), (100, 3)):
        source = make(base * mult)
        seconds = best_of(runs, partial(cleaner.clean, source, input_format=fmt))
        size = len(source.encode("utf-8"))
        first = first or seconds
        ratio = seconds / (first * mult)
        print(f"{mult:>5}x {size:>12,} {seconds:>9.3f} {seconds / size * 1e6:>7.2f} {ratio:>16.2f}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", type=int, default=50_000, help="characters at 1x")
    args = parser.parse_args(argv)
    cleaner = Cleaner(plugins=False)
    seed = (ROOT / "fixtures" / "seed.txt").read_text(encoding="utf-8")
    measure("synthetic pages", lambda n: as_text(synthetic(n)), "text", args.base, cleaner)
    measure("seed page repeated", lambda n: (seed + "\n\n") * max(1, n // len(seed)), "text", args.base, cleaner)
    if html_supported(cleaner):
        measure("synthetic pages", lambda n: as_html(synthetic(n)), "html", args.base, cleaner)
    else:
        print("\nHTML: not measured (clean(..., input_format='html') raises NotImplementedError)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
