"""Which build of pagecleaner runs: the hot modules compiled with mypyc, or pure Python.

``pip install .`` compiles the modules in ``COMPILED`` when it can (see setup.py) and ships their
``.py`` source beside them. ``PAGECLEANER_PURE_PYTHON=1`` in the environment *when pagecleaner is
imported* loads that source instead of the compiled modules, so one installation runs either path
(the test suite compares their output page by page). Imported first by ``pagecleaner/__init__``,
before any of those modules.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

COMPILED = (
    "blocks",
    "blockscore",
    "classnames",
    "dates",
    "dom",
    "engine",
    "features",
    "markup",
    "pagetype",
    "segment",
    "teasers",
    "textcase",
)
"""The modules setup.py compiles (the same list; tests/test_build.py checks it)."""
PURE_ENV = "PAGECLEANER_PURE_PYTHON"
_PACKAGE = __name__.rpartition(".")[0]
_HERE = Path(__file__).resolve().parent


def pure_requested() -> bool:
    """Whether the environment asks for the pure-Python path."""
    return os.environ.get(PURE_ENV, "").strip() not in ("", "0")


class _SourceFirst(importlib.abc.MetaPathFinder):
    """Finds the compiled modules' ``.py`` source ahead of their extension modules."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        source = _HERE / f"{name}.py"
        if package != _PACKAGE or name not in COMPILED or not source.is_file():
            return None
        return importlib.util.spec_from_file_location(fullname, source)


def _install() -> None:
    if pure_requested() and not any(isinstance(f, _SourceFirst) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceFirst())


def compiled_modules() -> tuple[str, ...]:
    """The modules of ``COMPILED`` that run as compiled code in this process."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    found = []
    for name in COMPILED:
        module = sys.modules.get(f"{_PACKAGE}.{name}") or importlib.import_module(f"{_PACKAGE}.{name}")
        if (module.__file__ or "").endswith(suffixes):
            found.append(name)
    return tuple(found)


def describe() -> str:
    """One line saying which path runs, as ``pagecleaner --version`` prints it."""
    done = compiled_modules()
    if len(done) == len(COMPILED):
        return f"compiled (mypyc: {', '.join(done)})"
    if done:
        return f"partly compiled (mypyc: {', '.join(done)}; the rest pure Python)"
    if pure_requested():
        return f"pure Python ({PURE_ENV} is set)"
    return "pure Python (installed without the compiled modules)"


_install()
