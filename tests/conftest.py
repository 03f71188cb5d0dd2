from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
import regex
from hypothesis import settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (FIXTURES / "seed.txt").read_text(encoding="utf-8")


def _folding_differently(chars: Iterable[str]) -> set[str]:
    """Every character of Unicode that a case-blind pattern matches as one of ``chars`` but that
    lower-cases to another character: what screening on ``str.lower`` texts would miss."""
    chars = set(chars)
    any_of = regex.compile("(?i)[" + "".join(regex.escape(c) for c in chars) + "]", regex.VERSION0)
    single = {c: regex.compile("(?i)" + regex.escape(c), regex.VERSION0) for c in chars}
    traps: set[str] = set()
    for cp in range(0x110000):
        c = chr(cp)
        if not 0xD800 <= cp <= 0xDFFF and any_of.fullmatch(c):
            traps.update(c for a, p in single.items() if p.fullmatch(c) and c.lower() != a)
    return traps


@pytest.fixture(scope="session")
def folding_differently() -> Callable[[Iterable[str]], set[str]]:
    """:func:`_folding_differently`, for the tests of the screens that compare lower-cased text."""
    return _folding_differently


# CI runs the property tests on a fixed set of examples (the same every run); locally hypothesis
# explores new ones each time and keeps any failure it finds in .hypothesis/.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
