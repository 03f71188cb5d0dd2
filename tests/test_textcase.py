"""``textcase.lower``: CPython's lower case in both builds (mypyc's own ``str.lower`` misses the final sigma)."""

from __future__ import annotations

import ast
import random
from pathlib import Path

import pytest

from pagecleaner import _build
from pagecleaner.textcase import lower

SRC = Path(__file__).resolve().parents[1] / "src" / "pagecleaner"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ΣΊΣΥΦΟΣ", "σίσυφος"),
        ("ΟΔΟΣ ΣΑΣ", "οδος σας"),
        ("ΑΣ.", "ας."),
        ("Σ", "σ"),  # no cased letter before it: not a word's end
        ("ΣΑ", "σα"),
        ("Hello World", "hello world"),
        ("İ", "i̇"),
        ("", ""),
    ],
)
def test_lower_is_cpythons_lower_case_with_the_final_sigma(text: str, expected: str) -> None:
    assert lower(text) == expected == text.lower()


def test_lower_agrees_with_str_lower_on_random_text_around_capital_sigmas() -> None:
    rng = random.Random(42)
    alphabet = "ΣσςΑαΟοΥυ ΊίabcABC.,'-\u0301\u00adİß0 \t"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
        assert lower(text) == str.lower(text), text


def test_lower_agrees_with_str_lower_on_every_code_point_after_a_letter_and_before_a_capital_sigma() -> None:
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        text = "Α" + chr(cp) + "Σ"
        assert lower(text) == str.lower(text), hex(cp)


def _lower_calls(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "lower"
    ]


def test_no_compiled_module_but_textcase_calls_str_lower() -> None:
    """A ``.lower()`` in a module the build compiles is mypyc's loop there and CPython's method in the
    pure build: the two paths could judge a page differently. Such modules lower through ``lower``."""
    found = {name: _lower_calls(SRC / f"{name}.py") for name in _build.COMPILED if name != "textcase"}
    assert {name: lines for name, lines in found.items() if lines} == {}
    assert "textcase" in _build.COMPILED


def test_the_guard_finds_a_lower_call(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f(s: str) -> str:\n    return s.strip().lower()\n", encoding="utf-8")
    assert _lower_calls(module) == [2]
