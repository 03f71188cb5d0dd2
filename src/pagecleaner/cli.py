"""The ``pagecleaner`` command: ``clean``, ``batch``, ``rules`` and ``schema`` (see ``DESCRIPTION``)."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
import warnings
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from . import __version__
from ._build import describe
from .batch import BatchError, BatchResult, InputFormatArg, SerializedResult, pipe_serialized
from .cleaner import Cleaner, judged_blocks
from .decode import decode
from .errors import PageCleanerError, RuleFileError
from .inputs import DirectoryReader, JsonlReader, WarcReader, is_warc, read_page
from .models import CleanedPage
from .settings import Settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
_SUFFIX = {"json": ".json", "jsonl": ".jsonl", "text": ".txt", "markdown": ".md", "html": ".html"}

DESCRIPTION = """\
Clean scraped web pages (raw text or HTML) into typed articles.

  pagecleaner clean PAGE...           clean files, directories or - (standard input)
  pagecleaner batch IN -o OUT.jsonl   clean a JSONL file, a directory or a WARC file in parallel
  pagecleaner rules                   list every rule (and rule packs that failed to load)
  pagecleaner schema                  print the JSON Schema of the output

Run 'pagecleaner COMMAND --help' for a command's options."""

EPILOG = "exit codes: 0 every page cleaned; 1 some pages (or rule packs) failed, each reported; 2 usage error"


class UsageError(Exception):
    """A command line that cannot be carried out (exit code 2)."""


# -- renderings ------------------------------------------------------------
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


def render_markdown(page: CleanedPage) -> str:
    """The article as Markdown with its structure, links and images, then the related teasers."""
    return page.to_markdown(links=True, images=True, related=True)


def render_explain(page: CleanedPage, source: str | bytes, settings: Settings | None = None) -> str:
    """Every input line (text) or block (HTML) in page order: kept ones plain, removed ones with the
    rule id and kind beside them, each with its line number in the input."""
    s = settings or Settings()
    removed_by_line = {n: r for r in page.removed for n in range(r.start_line, r.end_line + 1)}
    n_removed = sum(r.end_line - r.start_line + 1 for r in page.removed)
    head = f"# kept {len(page.article.paragraphs)} paragraphs; removed {len(page.removed)} blocks ({n_removed} lines)"
    if page.input_format == "html":
        return "\n".join([head, *_explain_html(page, source, s)])
    text = decode(source, s.max_input_bytes).text
    lines = [head]
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        r = removed_by_line.get(number)
        mark, tag = ("-", _tag(r.rule, r.kind.value)) if r else ("+", "")
        lines.append(f"{number:>5} {mark} {tag:<36} {line.strip()}")
    return "\n".join(lines)


def _tag(rule: str, kind: str) -> str:
    return f"{rule} [{kind}]"


def _explain_html(page: CleanedPage, source: str | bytes, settings: Settings) -> list[str]:
    """The page's blocks in document order, each with its first line in the HTML source. The blocks are
    cut again as ``clean()`` cut them; a removed entry is the block with its line span and text."""
    html = decode(source, settings.max_input_bytes, "html").text
    blocks = judged_blocks(html, settings, page)
    removed = list(page.removed)
    lines = []
    for block in blocks:
        r = removed[0] if removed else None
        if r is not None and (r.start_line, r.end_line, r.text) == (block.start_line, block.end_line, block.raw):
            removed.pop(0)
            lines.append(f"{block.start_line:>5} - {_tag(r.rule, r.kind.value):<36} {block.text}")
        else:
            lines.append(f"{block.start_line:>5} + {'':<36} {block.text}")
    return lines


# -- pagecleaner clean -------------------------------------------------------
def _clean_inputs(paths: Sequence[str], glob: str) -> list[tuple[str, Path | None, Path]]:
    """(name, path, output name) for every input; path ``None`` for standard input. Directories are walked,
    and their files keep their place below the directory in an output directory."""
    found: list[tuple[str, Path | None, Path]] = []
    for arg in paths:
        if arg == "-":
            found.append(("-", None, Path("stdin")))
            continue
        path = Path(arg)
        if path.is_dir():
            found += [(str(p), p, p.relative_to(path)) for p in DirectoryReader(path, glob).files()]
        elif path.is_file():
            found.append((arg, path, Path(path.name)))
        else:
            raise UsageError(f"no such file or directory: {arg}")
    return found


def _render(result: BatchResult, fmt: str, explain: bool, source: str | bytes, settings: Settings) -> str:
    if fmt == "jsonl":
        return result.model_dump_json() + "\n"
    page = result.page
    assert page is not None
    if explain:
        return render_explain(page, source, settings) + "\n"
    if fmt == "json":
        return page.model_dump_json(indent=2) + "\n"
    if fmt == "html":
        return page.to_html(links=True, images=True)
    return render_markdown(page) if fmt == "markdown" else render_text(page) + "\n"


def _failed(name: str, exc: Exception) -> BatchResult:
    """Report an input that failed on standard error; its result carries the error."""
    print(f"pagecleaner: {name}: {type(exc).__name__}: {exc}", file=sys.stderr)
    return BatchResult(id=name, error=BatchError(type=type(exc).__name__, message=str(exc)))


def _clean_one(
    cleaner: Cleaner, name: str, source: bytes, input_format: InputFormatArg, url: str | None
) -> BatchResult:
    try:
        return BatchResult(id=name, page=cleaner.clean(source, input_format=input_format, url=url))
    except Exception as exc:  # report it and go on with the other inputs
        return _failed(name, exc)


def cmd_clean(args: argparse.Namespace) -> int:
    if args.explain and args.format in ("json", "jsonl"):
        raise UsageError("--explain prints a text view: use it with --format text or markdown")
    inputs = _clean_inputs(args.paths, args.glob)
    cleaner = _cleaner(args)
    out_dir = Path(args.output) if args.output and (Path(args.output).is_dir() or args.output.endswith("/")) else None
    several = len(inputs) > 1
    chunks: list[str] = []
    failed = 0
    for name, path, out_name in inputs:
        try:
            source = sys.stdin.buffer.read() if path is None else read_page(path, cleaner.settings.max_input_bytes)
        except (OSError, PageCleanerError) as exc:  # e.g. a corrupt .gz: that input fails, the rest go on
            result, source = _failed(name, exc), b""
        else:
            result = _clean_one(cleaner, name, source, args.input_format, args.url)
        failed += not result.ok
        if not result.ok and args.format != "jsonl":  # only JSONL has a place for an error record
            continue
        if out_dir is not None:
            target = out_dir / _strip_gz(out_name).with_suffix(_SUFFIX[args.format])
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(_render(result, args.format, args.explain, source, cleaner.settings), encoding="utf-8")
        elif args.format == "json" and several:
            chunks.append(result.model_dump_json())
        else:
            header = f"==> {name} <==\n" if several and args.format in ("text", "markdown") else ""
            chunks.append(header + _render(result, args.format, args.explain, source, cleaner.settings))
    if out_dir is None:
        _write(args.output, _join(chunks, args.format, several))
    return EXIT_FAILED if failed else EXIT_OK


def _strip_gz(name: Path) -> Path:
    return name.with_suffix("") if name.suffix.lower() == ".gz" else name


def _cleaner(args: argparse.Namespace) -> Cleaner:
    """The cleaner the options describe; rule packs that fail to load are reported on standard error."""
    options: dict[str, object] = {"load_plugins": not args.no_plugins}
    if getattr(args, "favor", None):  # `pagecleaner rules` has no --favor: the settings' default then
        options["favor"] = args.favor
    if getattr(args, "max_input_bytes", None):
        options["max_input_bytes"] = args.max_input_bytes
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cleaner = Cleaner(settings=Settings.model_validate(options))
    for w in caught:
        print(f"pagecleaner: warning: {w.message}", file=sys.stderr)
    for path in getattr(args, "rules_files", None) or []:
        try:
            cleaner.load(path)
        except RuleFileError as exc:
            raise UsageError(str(exc)) from exc
    return cleaner


def _join(chunks: list[str], fmt: str, several: bool) -> str:
    """Several pages: a JSON array for json, a blank line between text or markdown pages."""
    if fmt == "json" and several:
        return "[\n" + ",\n".join(chunks) + "\n]\n"
    return ("\n" if several and fmt in ("text", "markdown") else "").join(chunks)


def _write(output: str | None, text: str) -> None:
    if output is None or output == "-":
        sys.stdout.write(text)
    else:
        Path(output).write_text(text, encoding="utf-8")


# -- pagecleaner batch -------------------------------------------------------
@dataclass
class Tally:
    """Counts for the summary line."""

    pages_in: int = 0
    errors: int = 0
    timeouts: int = 0
    empty: int = 0
    removals: Counter[str] = field(default_factory=Counter)
    error_types: Counter[str] = field(default_factory=Counter)

    def add(self, result: SerializedResult) -> None:
        self.pages_in += 1
        if result.error is not None:
            self.errors += 1
            self.timeouts += result.error.type == "Timeout"
            self.error_types[result.error.type] += 1
        self.removals.update(result.removed)
        self.empty += result.empty

    def summary(self, seconds: float, skipped: int) -> str:
        rate = self.pages_in / seconds if seconds > 0 else 0.0
        lines = [
            f"pagecleaner: {self.pages_in} pages in, {self.pages_in} out, {self.pages_in - self.errors} cleaned, "
            f"{self.errors} errors ({self.timeouts} timeouts) in {seconds:.1f} s ({rate:.1f} pages/s)"
        ]
        if skipped:
            lines.append(f"  skipped {skipped} WARC records that are not HTML responses")
        if self.empty:
            lines.append(f"  {self.empty} pages cleaned into an empty article (empty input, or nothing kept)")
        if self.error_types:
            lines.append("  errors: " + ", ".join(f"{t} {n}" for t, n in self.error_types.most_common()))
        if self.removals:
            lines.append("  top rules by removals: " + ", ".join(f"{r} {n}" for r, n in self.removals.most_common(8)))
        return "\n".join(lines)


def _batch_reader(args: argparse.Namespace) -> JsonlReader | DirectoryReader | WarcReader:
    if args.input == "-":
        return JsonlReader(None, args.field, args.id_field, args.url_field, args.input_format)
    path = Path(args.input)
    if path.is_dir():
        if args.max_input_bytes:
            return DirectoryReader(path, args.glob, args.input_format, args.max_input_bytes)
        return DirectoryReader(path, args.glob, args.input_format)
    if not path.is_file():
        raise UsageError(f"no such file or directory: {args.input}")
    if is_warc(path):
        return WarcReader(path)
    return JsonlReader(path, args.field, args.id_field, args.url_field, args.input_format)


def _progress(total: int | None, quiet: bool) -> Any:
    from tqdm import tqdm

    show = not quiet and sys.stderr.isatty()
    # A terminal that reports no size (0 x 0) would make tqdm draw nothing: fall back to 100 x 20.
    size = shutil.get_terminal_size((100, 20))
    return tqdm(
        total=total, unit="page", file=sys.stderr, disable=not show, ncols=size.columns, nrows=size.lines, smoothing=0.1
    )


def cmd_batch(args: argparse.Namespace) -> int:
    reader = _batch_reader(args)
    cleaner = _cleaner(args)
    show = not args.quiet and sys.stderr.isatty()
    total = reader.count() if show else None
    tally = Tally()
    started = time.perf_counter()
    results = pipe_serialized(
        cleaner, iter(reader), workers=args.workers, timeout=args.timeout, chunksize=args.chunksize
    )
    with _open_output(args.output) as out, _progress(total, args.quiet) as bar:
        bar.set_postfix(errors=0, refresh=False)
        for result in results:
            out.write(result.data)
            out.write(b"\n")
            tally.add(result)
            bar.update(1)
            if result.error is not None:
                bar.set_postfix(errors=tally.errors, refresh=False)
    if not args.quiet:
        skipped = reader.skipped if isinstance(reader, WarcReader) else 0
        print(tally.summary(time.perf_counter() - started, skipped), file=sys.stderr)
    return EXIT_FAILED if tally.errors else EXIT_OK


def _open_output(output: str) -> IO[bytes]:
    """Where ``batch`` writes its JSON lines; binary, since workers send them as UTF-8 bytes."""
    if output == "-":
        sys.stdout.flush()
        return open(sys.stdout.fileno(), "wb", closefd=False)
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    return open(output, "wb")


# -- pagecleaner rules / schema ----------------------------------------------
def cmd_rules(args: argparse.Namespace) -> int:
    cleaner = _cleaner(args)  # a pack that fails to load is reported on standard error, and listed
    rules = cleaner.rules
    failed = EXIT_FAILED if cleaner.plugin_failures else EXIT_OK
    if args.json:
        rows = [
            {
                "id": r.id,
                "kind": r.kind.value,
                "stage": r.stage.value,
                "description": r.description,
                "enabled": r.id not in cleaner.disabled,
            }
            for r in rules
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return failed
    width = max((len(r.id) for r in rules), default=2)
    for r in rules:
        pack = "  (rule pack)" if r.id in cleaner.plugin_ids else ""
        print(f"{r.id:<{width}}  {r.kind.value:<14} {r.stage.value:<8} {r.description}{pack}")
    if cleaner.plugin_failures:
        print("\nrule packs that failed to load (skipped):")
        for f in cleaner.plugin_failures:
            print(f"  {f.name}  ({f.value})  {f.error}")
    return failed


def cmd_schema(args: argparse.Namespace) -> int:
    model = BatchResult if args.batch else CleanedPage
    print(json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


# -- the parser --------------------------------------------------------------
def _positive(kind: type[float] | type[int]) -> Any:
    def parse(text: str) -> float | int:
        value = kind(text)
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be positive, not {text}")
        return value

    return parse


def _common_options(p: argparse.ArgumentParser) -> None:
    """The options that choose how pages are cleaned, shared by clean and batch."""
    p.add_argument(
        "--input-format",
        choices=["auto", "text", "html"],
        default="auto",
        help="read the input as text or HTML; auto tells them apart by the markup (default auto)",
    )
    p.add_argument(
        "--favor",
        choices=["precision", "balanced", "recall"],
        default="balanced",
        help="precision drops doubtful blocks, recall keeps them (default balanced)",
    )
    p.add_argument(
        "--rules",
        dest="rules_files",
        action="append",
        metavar="FILE",
        help="add the declarative rules of a .json or .toml file ahead of the built-in ones (repeatable)",
    )
    p.add_argument("--no-plugins", action="store_true", help="run the built-in rules only, not installed rule packs")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pagecleaner",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"pagecleaner {__version__}, {describe()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", title="commands")

    c = sub.add_parser(
        "clean",
        help="clean files, directories or standard input",
        description="Clean pages one by one and print (or write) the result of each.",
        epilog=EPILOG,
    )
    c.add_argument(
        "paths",
        nargs="+",
        metavar="PAGE",
        help="a file (.gz is decompressed), a directory (walked recursively) or - for standard input",
    )
    c.add_argument(
        "--format",
        choices=list(_SUFFIX),
        default="json",
        help="json: the whole result; jsonl: one record per page, errors included; text or markdown "
        "to read; html: a minimal article page (default json)",
    )
    _common_options(c)
    c.add_argument("--url", help="the page's address: resolves teaser links, and is the article's url")
    c.add_argument("--glob", default="*", metavar="PATTERN", help="file-name pattern inside directories (default *)")
    c.add_argument(
        "--explain",
        action="store_true",
        help="print every line (text) or block (HTML) in page order with its line number; "
        "removed ones with rule id and kind (with --format text or markdown)",
    )
    c.add_argument("-o", "--output", metavar="OUT", help="output file, or a directory (ending in /) for one file per input")
    c.set_defaults(run=cmd_clean)

    b = sub.add_parser(
        "batch",
        help="clean a JSONL file, a directory or a WARC file into JSONL, in parallel",
        description="Clean many pages in worker processes into one JSONL record per input record, "
        "in input order; a page that fails becomes a record with an error and the batch goes on.",
        epilog=EPILOG,
    )
    b.add_argument(
        "input",
        metavar="IN",
        help="a .jsonl file (- for standard input), a directory (.gz files decompressed), or a .warc / .warc.gz file",
    )
    b.add_argument("-o", "--output", required=True, metavar="OUT", help="output JSONL file (- for standard output)")
    _common_options(b)
    b.add_argument("--field", default="text", metavar="NAME", help="JSONL field holding the page (text or html; default text)")
    b.add_argument("--id-field", default="id", metavar="NAME", help="JSONL field holding the record id (default id)")
    b.add_argument("--url-field", default="url", metavar="NAME", help="JSONL field holding the page URL (default url)")
    b.add_argument("--glob", default="*", metavar="PATTERN", help="file-name pattern inside a directory (default *)")
    b.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (default 1; 0 = in this process)")
    b.add_argument("--timeout", type=_positive(float), metavar="SECONDS", help="seconds a page may take before it fails (needs workers)")
    b.add_argument(
        "--chunksize",
        type=_positive(int),
        default=16,
        metavar="N",
        help="pages sent to a worker at a time, and whose results come back in one message (default 16)",
    )
    b.add_argument("--max-input-bytes", type=_positive(int), metavar="BYTES", help="reject larger pages (default 64 MiB)")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    b.set_defaults(run=cmd_batch)

    r = sub.add_parser(
        "rules",
        help="list every rule: id, kind, stage, description",
        description="List every rule in the order it runs, and the rule packs that failed to load "
        "(exit code 1 when one did).",
    )
    r.add_argument("--json", action="store_true", help="print a JSON list of id, kind, stage, description, enabled")
    r.add_argument("--rules", dest="rules_files", action="append", metavar="FILE", help="include a rule file's rules")
    r.add_argument("--no-plugins", action="store_true", help="list the built-in rules only")
    r.set_defaults(run=cmd_rules)

    s = sub.add_parser(
        "schema",
        help="print the JSON Schema of the output",
        description="Print the JSON Schema of what clean prints (a CleanedPage), or with --batch of a batch record.",
    )
    s.add_argument("--batch", action="store_true", help="of a batch output record instead of a CleanedPage")
    s.set_defaults(run=cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "workers", 0) < 0:
        parser.error("--workers must be 0 or more")
    if getattr(args, "timeout", None) is not None and args.workers == 0:
        parser.error("--timeout needs --workers 1 or more")
    try:
        code: int = args.run(args)
    except UsageError as exc:
        print(f"pagecleaner: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # e.g. piped into head
        return EXIT_OK
    except KeyboardInterrupt:  # the batch's workers are ended by its generator's clean-up
        print("pagecleaner: interrupted", file=sys.stderr)
        return 130
    return code
