"""The ``pagecleaner`` command: ``pagecleaner clean PATH|- [--format json|text]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .cleaner import clean
from .errors import PageCleanerError
from .models import CleanedPage


def render_text(page: CleanedPage) -> str:
    """A human-readable rendering: metadata, body, teasers, and the removal account."""
    a = page.article
    lines = [
        f"{name}: {value}"
        for name, value in (
            ("title", a.title),
            ("source", a.source),
            ("published", a.published),
            ("byline", a.byline),
            ("credit", a.credit),
        )
        if value is not None
    ]
    lines += ["", a.text, ""]
    for t in page.related:
        lines.append(f"related: {t.title} | {t.source or '-'} | {t.age or '-'}")
    lines.append("")
    for r in page.removed:
        first = r.text.strip().splitlines()[0][:70] if r.text.strip() else ""
        lines.append(f"removed {r.start_line:>4}  {r.rule:<26} {r.kind.value:<14} {first}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pagecleaner", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("clean", help="clean one page")
    c.add_argument("path", help="a file, or - for standard input")
    c.add_argument("--format", choices=["json", "text"], default="json")
    c.add_argument("--input-format", choices=["auto", "text", "html"], default="auto")
    args = parser.parse_args(argv)
    data = sys.stdin.buffer.read() if args.path == "-" else Path(args.path).read_bytes()
    try:
        page = clean(data, input_format=args.input_format)
    except PageCleanerError as exc:
        print(f"pagecleaner: {exc}", file=sys.stderr)
        return 1
    print(page.model_dump_json(indent=2) if args.format == "json" else render_text(page))
    return 0
