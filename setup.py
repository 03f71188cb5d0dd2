"""Build pagecleaner: the hot modules compiled with mypyc when that works, pure Python otherwise.

The compiled modules are the same typed Python as the source (mypyc, as black and mypy build
themselves); the ``.py`` files ship beside them, so a build that cannot compile still installs and
behaves the same. Nothing here is needed to *use* pagecleaner: ``pyproject.toml`` holds the metadata.

- ``PAGECLEANER_PURE_PYTHON=1`` at build time skips compiling (and ``build_backend.py`` then does
  not even ask for mypy).
- No mypy, a type error mypyc rejects, no C compiler, or a compile error: a warning, and the
  package installs as pure Python. All or nothing: one failed module removes every compiled one.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
# The per-block and per-node work: the block classes (native classes, built and read without
# Python's attribute protocol), cutting text and HTML into blocks, their features, the markup,
# dates and teaser lists, the page-type detection (and the class-name vocabulary it shares with
# the learned scorer), and the engine's loops. Rules stay plain Python (users read,
# write and subclass them). Keep in step with ``src/pagecleaner/_build.py`` (a test checks).
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


def _say(message: str) -> None:
    print(f"pagecleaner build: {message}", file=sys.stderr, flush=True)


def pure_requested() -> bool:
    return os.environ.get("PAGECLEANER_PURE_PYTHON", "").strip() not in ("", "0")


def building() -> bool:
    """Whether this run builds the package (not only its metadata or build requirements: pip runs
    setup.py for those too, and compiling there would only double the build time)."""
    return any(cmd in sys.argv for cmd in ("bdist_wheel", "build", "build_ext", "install", "editable_wheel", "develop"))


def clear_stale_builds() -> None:
    """A wheel packs the whole ``build/lib*`` folder: modules compiled by an earlier build must not
    ride along in this one (a pure-Python build, or one whose compiling fails)."""
    for folder in (ROOT / "build").glob("lib*"):
        shutil.rmtree(folder, ignore_errors=True)


def mypyc_extensions() -> list[Any]:
    """The compiled modules as setuptools extensions, or none (with the reason) when mypyc cannot make them."""
    if not building():
        return []
    clear_stale_builds()
    if pure_requested():
        _say("PAGECLEANER_PURE_PYTHON is set: pure Python")
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _say("mypyc is not installed: pure Python")
        return []
    paths = [f"src/pagecleaner/{name}.py" for name in COMPILED]
    # No config file: the project's mypy settings load the pydantic plugin, and the build
    # environment has none of the runtime dependencies (their modules are typed as Any here).
    flags = ["--config-file=", "--ignore-missing-imports", "--follow-imports=silent", "--python-version=3.10"]
    cwd = os.getcwd()
    try:
        os.chdir(ROOT)
        return list(mypycify([*flags, *paths], opt_level="3", debug_level="0"))
    except (Exception, SystemExit) as exc:  # mypyc exits on a type error it cannot compile
        _say(f"mypyc could not compile ({type(exc).__name__}: {exc}): pure Python")
        return []
    finally:
        os.chdir(cwd)


class OptionalBuildExt(build_ext):
    """Builds the compiled modules, or none of them: on any failure the package stays pure Python."""

    def run(self) -> None:
        self.force = True  # never reuse objects of an earlier build: the source has changed since
        try:
            super().run()
        except Exception as exc:  # no compiler, missing headers, a compile error
            _say(f"compiling failed ({type(exc).__name__}: {exc}): pure Python")
            self._remove_outputs()
            self.extensions = []

    def _remove_outputs(self) -> None:
        for path in self.get_outputs():
            Path(path).unlink(missing_ok=True)
        if self.inplace:
            for ext in self.extensions:
                inplace, _ = self._get_inplace_equivalent(self.get_finalized_command("build_py"), ext)
                Path(inplace).unlink(missing_ok=True)

    def get_outputs(self) -> list[str]:
        return super().get_outputs() if self.extensions else []


setup(ext_modules=mypyc_extensions(), cmdclass={"build_ext": OptionalBuildExt})
