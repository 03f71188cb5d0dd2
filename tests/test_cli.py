"""The ``pagecleaner`` console script, run as a user would: a subprocess through its entry point."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from pagecleaner import BatchResult, CleanedPage, Cleaner, clean

SCRIPT = Path(sys.executable).with_name("pagecleaner")


def run(*args: str | Path, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), *map(str, args)],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


def records(path: Path) -> list[BatchResult]:
    return [BatchResult.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def seed_file(tmp_path: Path, seed_text: str) -> Path:
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    return path


# -- clean -------------------------------------------------------------------
def test_clean_prints_the_page_as_json(seed_file: Path, seed_text: str) -> None:
    done = run("clean", seed_file)
    assert done.returncode == 0
    assert json.loads(done.stdout) == json.loads(clean(seed_text.encode()).model_dump_json())


def test_clean_reads_standard_input(seed_text: str) -> None:
    done = run("clean", "-", "--format", "text", stdin=seed_text.encode())
    assert done.returncode == 0
    assert done.stdout.startswith("title: Watch: Kim Jong-un weeps")


def test_clean_renders_markdown(seed_file: Path) -> None:
    done = run("clean", seed_file, "--format", "markdown")
    assert done.stdout.startswith("# Watch: Kim Jong-un weeps")
    assert "## Related" in done.stdout


def test_clean_explain_shows_each_removed_line_with_its_rule_and_kind(seed_file: Path) -> None:
    done = run("clean", seed_file, "--format", "text", "--explain")
    assert done.returncode == 0
    assert "- promo.app-download [app_promo]" in done.stdout
    assert "+                                      Kim Jong-un appeared to weep" in done.stdout


def test_clean_walks_a_directory_with_a_glob_into_an_output_directory(tmp_path: Path, seed_text: str) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(seed_text)
    (tmp_path / "in" / "sub" / "b.txt").write_text(seed_text)
    (tmp_path / "in" / "skip.md").write_text("not matched")
    out = tmp_path / "out"
    out.mkdir()
    done = run("clean", tmp_path / "in", "--glob", "*.txt", "--format", "jsonl", "-o", out)
    assert done.returncode == 0
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.jsonl")) == ["a.jsonl", "sub/b.jsonl"]


def test_clean_of_several_files_as_jsonl_gives_one_record_each(seed_file: Path) -> None:
    done = run("clean", seed_file, seed_file, "--format", "jsonl")
    lines = done.stdout.splitlines()
    assert [BatchResult.model_validate_json(x).id for x in lines] == [str(seed_file)] * 2


def test_explain_with_json_is_a_usage_error(seed_file: Path) -> None:
    assert run("clean", seed_file, "--explain").returncode == 2


def test_a_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    done = run("clean", tmp_path / "nope.txt")
    assert done.returncode == 2
    assert "no such file" in done.stderr


def test_an_unknown_option_is_a_usage_error() -> None:
    assert run("clean", "--format", "pdf", "x").returncode == 2


# -- batch -------------------------------------------------------------------
BROKEN = {
    # line number (1-based) -> (raw line, expected error type)
    7: (b"\x89PNG\x1a\x00\x00\x00\rIHDR\x00\x00\xff\xd8\xff\xe0", "InvalidUTF8"),  # binary bytes, no newline
    80: (json.dumps({"id": "null", "text": None}).encode(), "FieldType"),
    150: (json.dumps({"id": "list", "text": ["a", "b"]}).encode(), "FieldType"),
    222: (b"", "EmptyLine"),
    # The 30 MB record fails because the run lowers --max-input-bytes to 1 MB (the default limit is 64 MB).
    300: (json.dumps({"id": "huge", "text": "word " * 6_000_000}).encode(), "InputTooLarge"),
    410: (b'{"id": "latin1", "text": "caf\xe9 cr\xe8me"}', "InvalidUTF8"),
    512: (b"this line is not JSON at all", "JSONDecodeError"),
    640: (b'{"id": "truncated", "text": "Kim Jong', "JSONDecodeError"),
    777: (json.dumps({"id": "nofield", "body": "text under another name"}).encode(), "MissingField"),
    901: (json.dumps({"id": "number", "text": 42}).encode(), "FieldType"),
}


def make_jsonl(path: Path, seed: str, n: int = 1000) -> None:
    with path.open("wb") as f:
        for number in range(1, n + 1):
            line, _ = BROKEN.get(number, (None, None))
            if line is None:
                line = json.dumps({"id": f"page-{number}", "text": f"{seed}\n\nPage {number} ends here."}).encode()
            f.write(line + b"\n")


def test_batch_of_1000_records_with_10_broken_gives_1000_records_and_exit_1(tmp_path: Path, seed_text: str) -> None:
    make_jsonl(tmp_path / "in.jsonl", seed_text)
    out = tmp_path / "out.jsonl"
    done = run("batch", tmp_path / "in.jsonl", "-o", out, "--workers", "2", "--max-input-bytes", "1000000")
    assert done.returncode == 1
    results = records(out)
    assert len(results) == 1000
    assert sum(r.ok for r in results) == 990
    errors = {r.error.line: r.error.type for r in results if r.error is not None}
    assert errors == {number: kind for number, (_, kind) in BROKEN.items()}
    assert all(r.error.message for r in results if r.error is not None)
    assert results[0].id == "page-1" and results[-1].id == "page-1000"
    assert "1000 pages in, 1000 out, 990 cleaned, 10 errors (0 timeouts)" in done.stderr


def test_batch_output_equals_cleaning_each_page_alone(tmp_path: Path, seed_text: str) -> None:
    pages = [f"{seed_text}\n\nPage {i} ends here." for i in range(6)]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps({"text": p}) + "\n" for p in pages))
    done = run("batch", tmp_path / "in.jsonl", "-o", tmp_path / "out.jsonl", "--workers", "2")
    assert done.returncode == 0
    results = records(tmp_path / "out.jsonl")
    assert [r.id for r in results] == [f"line-{i}" for i in range(1, 7)]
    # Compared as JSON: a date-only ``published`` comes back from JSON as a datetime (see models.py).
    written = [json.loads(line)["page"] for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert written == [json.loads(clean(p).model_dump_json()) for p in pages]


def test_batch_reads_jsonl_from_standard_input(tmp_path: Path, seed_text: str) -> None:
    lines = "".join(json.dumps({"id": f"s{i}", "text": seed_text}) + "\n" for i in range(3))
    done = run("batch", "-", "-o", "-", "--quiet", stdin=lines.encode())
    assert done.returncode == 0
    assert [BatchResult.model_validate_json(x).id for x in done.stdout.splitlines()] == ["s0", "s1", "s2"]


def test_batch_summary_names_the_top_rules(tmp_path: Path, seed_text: str) -> None:
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "x", "text": seed_text}) + "\n")
    done = run("batch", tmp_path / "in.jsonl", "-o", tmp_path / "out.jsonl")
    assert "top rules by removals: related.teasers" in done.stderr


def test_batch_quiet_prints_nothing(tmp_path: Path, seed_text: str) -> None:
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "x", "text": seed_text}) + "\n")
    done = run("batch", tmp_path / "in.jsonl", "-o", tmp_path / "out.jsonl", "--quiet")
    assert done.returncode == 0 and done.stderr == ""


def test_batch_reads_a_directory(tmp_path: Path, seed_text: str) -> None:
    (tmp_path / "in").mkdir()
    for name in ("b.txt", "a.txt"):
        (tmp_path / "in" / name).write_text(seed_text)
    done = run("batch", tmp_path / "in", "-o", tmp_path / "out.jsonl", "--workers", "0")
    assert done.returncode == 0
    assert [r.id for r in records(tmp_path / "out.jsonl")] == ["a.txt", "b.txt"]


def test_batch_reads_html_responses_from_a_warc_file(tmp_path: Path, seed_text: str) -> None:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = tmp_path / "crawl.warc.gz"
    with warc.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for i, ctype in enumerate(["text/html; charset=utf-8", "image/png", "text/html"]):
            prose = f"Page {i}: the council approved the new budget on Tuesday after a long debate."
            body = (
                f"<html><body><nav><a href='/'>Home</a></nav><article><p>{prose}</p></article></body></html>".encode()
            )
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                f"https://example.org/{i}", "response", payload=BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
    done = run("batch", warc, "-o", tmp_path / "out.jsonl")
    results = records(tmp_path / "out.jsonl")
    assert done.returncode == 0
    assert len(results) == 2
    assert [r.id for r in results] == ["https://example.org/0", "https://example.org/2"]  # the target URI
    pages = [r.page for r in results if r.page is not None]
    assert [p.input_format for p in pages] == ["html", "html"]
    assert [p.article.text.split(":")[0] for p in pages] == ["Page 0", "Page 2"]
    assert [p.article.url for p in pages] == ["https://example.org/0", "https://example.org/2"]
    assert "skipped 1 WARC records that are not HTML responses" in done.stderr


def test_batch_shows_a_progress_bar_on_a_terminal(tmp_path: Path, seed_text: str) -> None:
    (tmp_path / "in.jsonl").write_text("".join(json.dumps({"text": seed_text}) + "\n" for _ in range(3)))
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [str(SCRIPT), "batch", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl")],
        stderr=follower,
        stdout=subprocess.DEVNULL,
    )
    os.close(follower)
    assert proc.wait(timeout=120) == 0
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert b"3/3" in shown and b"page/s" in shown


# -- rules / schema ----------------------------------------------------------
def test_rules_lists_every_rule_with_kind_stage_and_description() -> None:
    done = run("rules", "--json")
    listed = json.loads(done.stdout)
    assert [r["id"] for r in listed] == [r.id for r in Cleaner().rules]
    assert all(r["kind"] and r["stage"] in ("block", "context") and r["description"] for r in listed)


def test_rules_prints_a_table() -> None:
    done = run("rules")
    assert done.returncode == 0
    assert "promo.app-download" in done.stdout


def test_schema_prints_the_json_schema_of_a_cleaned_page() -> None:
    done = run("schema")
    assert json.loads(done.stdout) == CleanedPage.model_json_schema()


def test_batch_times_out_a_page_and_goes_on(tmp_path: Path, seed_text: str) -> None:
    big = "\n\n".join(f"Paragraph {i} is a long sentence of plain words that goes on and on." for i in range(150_000))
    lines = [{"id": "a", "text": seed_text}, {"id": "slow", "text": big}, {"id": "b", "text": seed_text}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))
    done = run("batch", tmp_path / "in.jsonl", "-o", tmp_path / "out.jsonl", "--timeout", "1")
    assert done.returncode == 1
    results = records(tmp_path / "out.jsonl")
    assert [r.error.type if r.error else None for r in results] == [None, "Timeout", None]
    assert "(1 timeouts)" in done.stderr
