"""Every regular expression the library compiles, and strings built to make each one backtrack.

Patterns are found, not listed: the ``pattern`` of every rule in ``Cleaner().rules`` (and each
of its branches it searches alone) and every compiled pattern at module level in the package, so a new rule or module is covered the day it
lands. The hostile strings are derived from the pattern's own text (its words and characters,
glued and repeated, then a character that makes the match fail at the very end), which is the
shape that drives a backtracking engine to retry every split of the input.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import regex

import pagecleaner
from pagecleaner import Cleaner, PatternRule

_WORDS = re.compile(r"[A-Za-z]{2,}")


@dataclass(frozen=True)
class Found:
    name: str
    pattern: Any  # a compiled ``regex`` or ``re`` pattern


def all_patterns() -> list[Found]:
    """Rule patterns first, then module-level compiled patterns, by dotted name."""
    found: dict[str, Found] = {}
    for rule in Cleaner(plugins=False).rules:
        if isinstance(rule, PatternRule):
            found[f"rule {rule.id}"] = Found(f"rule {rule.id}", rule.pattern)
            # The rule searches a block with only the branches it may match, each compiled alone.
            for k, branch in enumerate(rule.branches.patterns() if rule.branches is not None else ()):
                found[f"rule {rule.id} branch {k}"] = Found(f"rule {rule.id} branch {k}", branch)
    for info in pkgutil.walk_packages(pagecleaner.__path__, "pagecleaner."):
        if info.name.endswith("__main__"):
            continue  # importing it would run the command line
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            if isinstance(value, (regex.Pattern, re.Pattern)):
                name = f"{info.name}.{attr}"
                found.setdefault(name, Found(name, value))
    return sorted(found.values(), key=lambda f: f.name)


def _pieces(pattern_text: str) -> list[str]:
    # Escapes such as \b or \p{L} are not words of the pattern.
    words = sorted(set(_WORDS.findall(re.sub(r"\\[A-Za-z](?:\{[^}]*\})?", " ", pattern_text))))[:12] or ["a"]
    chars = sorted({c for c in pattern_text if not c.isalnum() and c not in "\\()[]{}?*+^$|"})[:8]
    return words + chars


def hostile_strings(pattern_text: str | bytes, size: int) -> Iterator[str]:
    """Strings of about ``size`` characters that match almost all the way, then fail."""
    if isinstance(pattern_text, bytes):  # a bytes pattern (charset sniffing): read its text as Latin-1
        pattern_text = pattern_text.decode("latin-1")
    pieces = _pieces(pattern_text)
    glue = (" ", "", ",", "-", ". ")
    tails = ("§", "!", "\x00", "")
    for sep in glue:
        run = sep.join(pieces)
        body = (run + sep) * (size // max(1, len(run) + len(sep)) + 1)
        for tail in tails:
            yield body[:size] + tail
    for unit in ("a", "A", "1", " ", "a ", "A.", "-", "1-", "a'", "é", "中", "\u200b"):
        yield unit * (size // len(unit)) + "§"
    yield "By " + "A " * (size // 2) + "§"  # name lists, as bylines read them
    yield "Related " + "more " * (size // 5) + "§"


def search(found: Found, text: str) -> object:
    """One search, bounded when the engine supports a timeout (the ``regex`` module does)."""
    if isinstance(found.pattern.pattern, bytes):
        return found.pattern.search(text.encode("utf-8", "surrogatepass"))
    if isinstance(found.pattern, regex.Pattern):
        return found.pattern.search(text, timeout=30)
    return found.pattern.search(text)
