"""One classification of input serves every entry point: binary, compressed, document, empty and
missing input give the same typed outcome from clean(), pipe, the command line and Dask."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path
from typing import Any

import pytest

from pagecleaner import Cleaner, PageCleanerError, UnsupportedInput, clean, cli
from pagecleaner.errors import BinaryInput, CompressedInput

CASES: dict[str, tuple[bytes, str]] = {
    # name: (input bytes, outcome: an exception name, or "empty" for a page with an empty article)
    "binary": (random.Random(7).randbytes(3000), "BinaryInput"),
    "gzip": (gzip.compress(b"The council approved the budget on Tuesday night."), "CompressedInput"),
    "pdf": (b"%PDF-1.7\n" + random.Random(8).randbytes(500), "UnsupportedInput"),
    "empty": (b"", "empty"),
    "blank": (b" \n\t\n", "empty"),
}


def outcome_of_clean(data: bytes) -> str:
    try:
        page = clean(data)
    except PageCleanerError as exc:
        return type(exc).__name__
    assert page.article.paragraphs == [] and any("empty" in w for w in page.warnings)
    return "empty"


def outcome_of_record(record: dict[str, Any]) -> str:
    if record.get("error"):
        return str(record["error"]["type"])
    assert record["page"]["article"]["paragraphs"] == []
    return "empty"


def test_the_errors_are_page_cleaner_errors() -> None:
    assert issubclass(BinaryInput, UnsupportedInput) and issubclass(CompressedInput, UnsupportedInput)
    assert issubclass(UnsupportedInput, PageCleanerError)


@pytest.mark.parametrize("name", list(CASES))
def test_clean_and_pipe_agree(name: str) -> None:
    data, expected = CASES[name]
    assert outcome_of_clean(data) == expected
    result = next(iter(Cleaner().pipe([data], workers=0)))
    assert (result.error.type if result.error else "empty") == expected


@pytest.mark.parametrize("name", list(CASES))
def test_cli_clean_and_batch_directory_agree(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, expected = CASES[name]
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "page.bin").write_bytes(data)
    cli.main(["clean", str(folder / "page.bin"), "--format", "jsonl"])
    assert outcome_of_record(json.loads(capsys.readouterr().out)) == expected
    out = tmp_path / "out.jsonl"
    cli.main(["batch", str(folder), "-o", str(out), "-q", "--workers", "0"])
    assert outcome_of_record(json.loads(out.read_text(encoding="utf-8"))) == expected


def test_empty_text_is_an_empty_page_in_a_jsonl_batch(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "e", "text": ""}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert cli.main(["batch", str(source), "-o", str(out), "-q", "--workers", "0"]) == 0
    assert outcome_of_record(json.loads(out.read_text(encoding="utf-8"))) == "empty"


def test_the_batch_summary_counts_empty_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "e", "text": ""}) + "\n", encoding="utf-8")
    assert cli.main(["batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--workers", "0"]) == 0
    assert "1 pages cleaned into an empty article" in capsys.readouterr().err


def test_a_record_without_its_field_is_missing_field_in_jsonl_and_dask(tmp_path: Path) -> None:
    db = pytest.importorskip("dask.bag")
    from pagecleaner.integrations.dask import clean_bag

    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "body": "text under another name"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    cli.main(["batch", str(source), "-o", str(out), "-q", "--workers", "0"])
    assert json.loads(out.read_text(encoding="utf-8"))["error"]["type"] == "MissingField"
    rows = clean_bag(db.from_sequence([{"id": "a", "body": "x"}]), field="text", id_field="id").compute(scheduler="sync")
    assert rows[0]["error"].startswith("MissingField:")


@pytest.mark.parametrize("name", ["binary", "gzip", "empty"])
def test_dask_agrees(name: str) -> None:
    db = pytest.importorskip("dask.bag")
    from pagecleaner.integrations.dask import clean_bag

    data, expected = CASES[name]
    rows = clean_bag(db.from_sequence([data], npartitions=1)).compute(scheduler="sync")
    assert (rows[0]["error"] or "empty:").split(":")[0] == expected
