"""Security: no network access ever, and declarative rule files are data that execute nothing."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from pagecleaner import Cleaner, RuleFileError, clean

REMOTE_TEXT = """Council approves the budget

![chart](http://127.0.0.1:9/chart.png)
<img src="http://127.0.0.1:9/tracker.gif">
<link rel="stylesheet" href="https://127.0.0.1:9/style.css">
<iframe src="http://127.0.0.1:9/embed"></iframe>
@import url("http://127.0.0.1:9/more.css");

The council approved the new budget on Tuesday after a debate that lasted well into the night.

Read more at http://127.0.0.1:9/story and file:///etc/passwd
"""


def test_the_network_guard_itself_refuses_sockets(no_network: list[str]) -> None:
    with pytest.raises(AssertionError):
        socket.create_connection(("127.0.0.1", 9))
    assert no_network


def test_cleaning_text_with_remote_urls_opens_no_socket(no_network: list[str]) -> None:
    for source in (REMOTE_TEXT, REMOTE_TEXT.encode()):
        page = clean(source, input_format="text")
        assert "council approved the new budget" in page.article.text.lower()
    assert no_network == []


def test_a_new_cleaner_with_plugins_opens_no_socket(no_network: list[str]) -> None:
    Cleaner().clean(REMOTE_TEXT)
    assert no_network == []


def test_text_that_looks_like_a_local_file_url_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER")
    page = clean(f"See file://{secret} for details of the plan the council approved on Tuesday night.")
    assert "TOP-SECRET-MARKER" not in page.model_dump_json()


# -- declarative rule files ---------------------------------------------------

MARKER = "pagecleaner-pwned"

WEIRD_RULES: list[object] = [
    {"rules": [{"id": "x.y", "kind": "ad", "pattern": "(?{__import__('os').system('touch MARKER')})"}]},
    {"rules": [{"id": "x.y", "kind": "ad", "pattern": "a", "max_words": "__import__('os')"}]},
    {"rules": [{"id": "x.y", "kind": "ad", "pattern": "a", "max_words": True}]},
    {"rules": [{"id": "x.y", "kind": "ad", "pattern": "a", "examples": "not a list"}]},
    {"rules": [{"id": "x.y", "kind": "ad", "pattern": "a", "examples": [1, 2]}]},
    {"rules": [{"id": "x.y", "kind": {"__class__": "os.system"}, "pattern": "a"}]},
    {"rules": [{"id": "x.y", "kind": "ad", "pattern": ["a"]}]},
    {"rules": [{"id": None, "kind": "ad", "pattern": "a"}]},
    {"rules": [{"id": "", "kind": "ad", "pattern": "a"}]},
    {"rules": [{"id": "x.y", "kind": "ad", "pattern": "a", "scope": "eval"}]},
    {"rules": [{"id": "x.y", "kind": "ad", "pattern": "a", "__init__": "os.system"}]},
    {"rules": [{"id": "x.y", "kind": "ad", "pattern": "a", "ignore_case": "no"}]},
    {"rules": "rm -rf /"},
    {"rules": [42]},
    {"__class__": "x"},
    [["nested"]],
]


@pytest.mark.parametrize("data", WEIRD_RULES, ids=lambda d: json.dumps(d)[:60])
def test_weird_json_rule_files_raise_rule_file_error(data: object, tmp_path: Path) -> None:
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(data).replace("MARKER", str(tmp_path / MARKER)))
    with pytest.raises(RuleFileError):
        Cleaner(plugins=False).load(path)
    assert not (tmp_path / MARKER).exists()


@pytest.mark.parametrize(
    "text",
    [
        '[[rules]]\nid = "x.y"\nkind = "ad"\npattern = "a"\nmax_words = inf\n',
        '[[rules]]\nid = "x.y"\nkind = "ad"\npattern = "a"\nmax_words = 1979-05-27\n',
        '[[rules]]\nid = 5\nkind = "ad"\npattern = "a"\n',
        '[[rules]]\nid = "x.y"\nkind = "ad"\npattern = "(unclosed"\n',
        "rules = \"__import__('os').system('touch MARKER')\"\n",
        "this is = not [ toml",
        "\xff\xfe not utf-8",
    ],
)
def test_weird_toml_rule_files_raise_rule_file_error(text: str, tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    text = text.replace("MARKER", str(tmp_path / MARKER))
    path.write_bytes(text.encode("latin-1") if text.startswith("\xff") else text.encode())
    with pytest.raises(RuleFileError):
        Cleaner(plugins=False).load(path)
    assert not (tmp_path / MARKER).exists()


def test_a_deeply_nested_json_rule_file_raises_rule_file_error(tmp_path: Path) -> None:
    path = tmp_path / "rules.json"
    path.write_text("[" * 200_000 + "]" * 200_000)
    with pytest.raises(RuleFileError):
        Cleaner(plugins=False).load(path)


def test_a_rule_file_pattern_is_only_ever_a_regular_expression(tmp_path: Path) -> None:
    target = tmp_path / MARKER
    code = f"__import__('os').system('touch {target}')"
    path = tmp_path / "rules.json"
    path.write_text(json.dumps({"rules": [{"id": "x.code", "kind": "ad", "pattern": code, "scope": "search"}]}))
    cleaner = Cleaner(plugins=False).load(path)
    cleaner.clean(f"{code}\n\nThe council approved the new budget on Tuesday after a long debate.")
    assert not target.exists()
