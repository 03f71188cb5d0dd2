"""Where batches come from: JSONL records, directory trees and WARC files, read lazily as ``BatchItem``s.

A record that cannot be read (not UTF-8, not JSON, no text field) still yields
an item, carrying the error and its line number, so that the output has one
record per input record and nothing is dropped unnoticed.
"""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .batch import BatchError, BatchItem, InputFormatArg
from .errors import InputTooLarge, UnsupportedInput
from .settings import Settings


def _failed(line: int, type_: str, message: str, id_: str | None = None) -> BatchItem:
    return BatchItem(id=id_ or f"line-{line}", line=line, error=BatchError(type=type_, message=message, line=line))


@dataclass(slots=True)
class JsonlReader:
    """One item per line of a JSON Lines file (``None``: standard input): the text (or HTML) in ``field``,
    the id in ``id_field``."""

    path: Path | None
    field: str = "text"
    id_field: str = "id"
    url_field: str = "url"
    input_format: InputFormatArg = "auto"

    def count(self) -> int | None:
        """The number of records, for a progress bar (one quick pass over the bytes)."""
        if self.path is None:
            return None
        with self.path.open("rb") as f:
            return sum(1 for _ in f)

    def __iter__(self) -> Iterator[BatchItem]:
        if self.path is None:
            yield from self._lines(sys.stdin.buffer)
            return
        with self.path.open("rb") as f:
            yield from self._lines(f)

    def _lines(self, f: IO[bytes]) -> Iterator[BatchItem]:
        for number, raw in enumerate(f, start=1):
            yield self.item(number, raw)

    def item(self, number: int, raw: bytes) -> BatchItem:
        """The item for one input line; an unreadable line becomes an item with an error."""
        line = raw.rstrip(b"\r\n")
        if not line.strip():
            return _failed(number, "EmptyLine", "the line is blank; a JSON object was expected")
        try:
            record: Any = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            return _failed(number, "InvalidUTF8", f"the line is not valid UTF-8: {exc.reason} at byte {exc.start}")
        except json.JSONDecodeError as exc:
            return _failed(number, "JSONDecodeError", f"the line is not valid JSON: {exc.msg} at column {exc.colno}")
        if not isinstance(record, dict):
            return _failed(number, "NotAnObject", f"expected a JSON object, found {type(record).__name__}")
        return record_item(record, self.field, self.id_field, self.url_field, self.input_format, number)


def record_item(
    record: Mapping[str, Any],
    field: str = "text",
    id_field: str | None = "id",
    url_field: str | None = "url",
    input_format: InputFormatArg = "auto",
    line: int | None = None,
) -> BatchItem:
    """The item for one record (a JSONL line, a Dask bag element): the page in ``field``. A record
    without it is a ``MissingField`` error, one whose page is not a string a ``FieldType`` error,
    wherever the record came from."""
    raw_id = record.get(id_field) if id_field else None
    id_ = str(raw_id) if raw_id is not None else (f"line-{line}" if line is not None else None)
    if field not in record:
        error = BatchError(type="MissingField", message=f"the record has no {field!r} field", line=line)
        return BatchItem(id=id_, line=line, error=error)
    source = record[field]
    if not isinstance(source, (str, bytes)):
        message = f"{field!r} is a {type(source).__name__}, not a string"
        return BatchItem(id=id_, line=line, error=BatchError(type="FieldType", message=message, line=line))
    url = record.get(url_field) if url_field else None
    fmt: InputFormatArg = "html" if field == "html" and input_format == "auto" else input_format
    return BatchItem(source, id_, url if isinstance(url, str) else None, fmt, line)


def read_page(path: Path, max_bytes: int) -> bytes:
    """A page file's bytes; a ``.gz`` file (other than a WARC) is decompressed, reading at most
    ``max_bytes`` of it (``InputTooLarge`` past that, so a gzip bomb costs nothing)."""
    if path.suffix.lower() != ".gz" or is_warc(path):
        return path.read_bytes()
    try:
        with gzip.open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise UnsupportedInput(f"{path.name} is not a readable gzip file: {exc}") from exc
    if len(data) > max_bytes:
        raise InputTooLarge(f"{path.name} decompresses to more than max_input_bytes={max_bytes}")
    return data


@dataclass(slots=True)
class DirectoryReader:
    """One item per file under ``root`` whose name matches ``glob`` (recursive), in sorted order;
    ``.gz`` files are decompressed (see :func:`read_page`)."""

    root: Path
    glob: str = "*"
    input_format: InputFormatArg = "auto"
    max_bytes: int = field(default_factory=lambda: Settings().max_input_bytes)
    """Larger files (after decompression) fail with ``InputTooLarge``; the settings' default."""

    def files(self) -> list[Path]:
        return sorted(p for p in self.root.rglob(self.glob) if p.is_file())

    def count(self) -> int:
        return len(self.files())

    def __iter__(self) -> Iterator[BatchItem]:
        for path in self.files():
            id_ = path.relative_to(self.root).as_posix()
            try:
                data = read_page(path, self.max_bytes)
            except (OSError, InputTooLarge, UnsupportedInput) as exc:
                err = BatchError(type=type(exc).__name__, message=str(exc))
                yield BatchItem(id=id_, error=err)
                continue
            yield BatchItem(data, id_, None, self.input_format)


@dataclass(slots=True)
class WarcReader:
    """One item per HTML ``response`` record of a WARC or WARC.gz file (needs the ``warc`` extra).

    The id and the url are the record's ``WARC-Target-URI`` (the id falls back to its ``WARC-Record-ID``).
    Records that are not HTML responses are not pages: they are counted in ``skipped``.
    """

    path: Path
    skipped: int = 0

    def count(self) -> int | None:
        return None  # unknown without reading the whole archive

    def __iter__(self) -> Iterator[BatchItem]:
        try:
            from warcio.archiveiterator import ArchiveIterator
        except ImportError as exc:
            raise ImportError("reading WARC files needs warcio: pip install 'pagecleaner[warc]'") from exc
        with self.path.open("rb") as f:
            for record in ArchiveIterator(f):
                content_type = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
                if record.rec_type != "response" or "html" not in content_type.lower():
                    self.skipped += 1
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                id_ = url or record.rec_headers.get_header("WARC-Record-ID")
                yield BatchItem(record.content_stream().read(), id_, url, "html")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith((".warc", ".warc.gz"))
