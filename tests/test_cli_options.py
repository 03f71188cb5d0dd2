"""The command line's options: --version, --url, --favor, --rules, --no-plugins, help texts that
read well, --explain on HTML in page order, single .gz pages."""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

import pytest

from pagecleaner import Settings, __version__, clean, cli

HTML = """<html><head><title>Dam bursts | Example News</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Dam bursts after storm</h1>
<p>A dam burst in the north after days of heavy rain, flooding three villages on Sunday morning.</p>
<p>Rescue teams reached the area by boat and moved more than two hundred people to safety.</p>
</article>
<footer>&copy; 2025 Example News. All rights reserved.</footer>
</body></html>
"""


def _out(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert cli.main(list(argv)) == 0
    return capsys.readouterr().out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith(f"pagecleaner {__version__}, ")  # then compiled / pure Python


def _parsers() -> list[argparse.ArgumentParser]:
    parser = cli.build_parser()
    subs = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return [parser, *subs.choices.values()]


@pytest.mark.parametrize("index", range(5))
def test_every_option_has_help_and_no_raw_markup(index: int) -> None:
    parser = _parsers()[index]
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            assert action.help, f"{parser.prog}: {action.option_strings or action.dest} has no help"
    text = parser.format_help()
    assert "``" not in text and ":class:" not in text


def test_url_sets_the_article_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(HTML, encoding="utf-8")
    out = _out(capsys, "clean", str(page), "--url", "https://example.org/dam")
    assert json.loads(out)["article"]["url"] == "https://example.org/dam"


def test_favor_chooses_the_preset(tmp_path: Path, seed_text: str, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "seed.txt"
    page.write_text(seed_text, encoding="utf-8")
    for favor in ("precision", "recall"):
        out = _out(capsys, "clean", str(page), "--favor", favor)
        expected = clean(seed_text.encode(), settings=Settings(favor=favor))
        assert json.loads(out)["article"]["paragraphs"] == expected.article.paragraphs
    with pytest.raises(SystemExit) as info:
        cli.main(["clean", str(page), "--favor", "everything"])
    assert info.value.code == 2


def test_rules_file_is_loaded_and_a_bad_one_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Read more at Example News\n\nThe council approved the budget on Tuesday night after a long debate.\n",
        encoding="utf-8",
    )
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rules]]\nid = "mysite.promo"\nkind = "promo"\npattern = "read more at example news"\n')
    out = _out(capsys, "clean", str(page), "--rules", str(rules))
    assert json.loads(out)["removed"][0]["rule"] == "mysite.promo"
    bad = tmp_path / "rules.yaml"
    bad.write_text("rules: []\n")
    assert cli.main(["clean", str(page), "--rules", str(bad)]) == 2
    assert ".json or .toml" in capsys.readouterr().err


def test_explain_on_html_lists_blocks_in_page_order_with_line_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_text(HTML, encoding="utf-8")
    lines = _out(capsys, "clean", str(page), "--format", "text", "--explain", "--no-plugins").splitlines()[1:]
    numbers = [int(line.split()[0]) for line in lines]
    assert numbers == sorted(numbers) and numbers[0] >= 1
    marks = [line.split()[1] for line in lines]
    nav = next(i for i, line in enumerate(lines) if "Home" in line)
    dam = next(i for i, line in enumerate(lines) if "A dam burst" in line)
    footer = next(i for i, line in enumerate(lines) if "All rights reserved" in line)
    assert nav < dam < footer
    assert marks[nav] == "-" and marks[dam] == "+" and marks[footer] == "-"
    assert numbers[dam] == HTML.splitlines().index(next(x for x in HTML.splitlines() if "A dam burst" in x)) + 1


@pytest.mark.parametrize(("name", "fmt"), [("page.html.gz", "html"), ("page.txt.gz", "text")])
def test_a_single_gzipped_page_is_read(tmp_path: Path, name: str, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    text = HTML if fmt == "html" else "The council approved the budget on Tuesday night after a long debate.\n"
    (tmp_path / name).write_bytes(gzip.compress(text.encode()))
    page = json.loads(_out(capsys, "clean", str(tmp_path / name)))
    assert page["input_format"] == fmt
    assert "council approved" in page["article"]["text"] or "A dam burst" in page["article"]["text"]
    out = tmp_path / "out.jsonl"
    assert cli.main(["batch", str(tmp_path), "--glob", "*.gz", "-o", str(out), "-q", "--workers", "0"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["page"]["input_format"] == fmt


def test_a_gzip_bomb_is_refused_by_the_size_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a " * 2_000_000))
    out = tmp_path / "out.jsonl"
    cli.main(["batch", str(tmp_path), "--glob", "*.gz", "-o", str(out), "-q", "--max-input-bytes", "100000"])
    assert json.loads(out.read_text(encoding="utf-8"))["error"]["type"] == "InputTooLarge"
