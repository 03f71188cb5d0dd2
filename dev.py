#!/usr/bin/env python3
"""Set up a virtual environment and run one job; needs nothing but Python 3.10+.

    python3 dev.py demo    # clean the seed page in fixtures/ and print the result
    python3 dev.py test    # ruff, mypy and the test suite, on the pure-Python and the compiled build
    python3 dev.py bench   # the quality benchmark (needs ../shared/eval)

``.venv`` is an editable, pure-Python install (edits to src/ run as written); it is reinstalled
only when pyproject.toml changes. ``test`` also builds ``.venv-compiled``, a regular install whose
hot modules mypyc compiles (see setup.py), rebuilt when the source changes, and runs the suite
there too; there the suite also checks that both paths give the same JSON on every page of
../shared/eval (tests/test_build.py).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
EXTRAS = {"demo": "", "test": "[dev,dask,warc]", "bench": "[dev]"}
BUILD_INPUTS = ("pyproject.toml", "setup.py", "build_backend.py", "MANIFEST.in")


class Env:
    """One virtual environment under ROOT."""

    def __init__(self, name: str) -> None:
        self.dir = ROOT / name
        self.bin = self.dir / ("Scripts" if os.name == "nt" else "bin")
        self.py = self.bin / ("python.exe" if os.name == "nt" else "python")

    def create(self) -> None:
        if not self.py.exists():
            print(f"creating {self.dir.name} ...", file=sys.stderr)
            venv.create(self.dir, with_pip=True)
            self.pip("install", "-q", "--upgrade", "pip")

    def pip(self, *args: str, log: Path | None = None) -> None:
        if log is None:
            subprocess.run([str(self.py), "-m", "pip", *args], check=True)
            return
        with log.open("w", encoding="utf-8") as out:
            done = subprocess.run([str(self.py), "-m", "pip", *args], stdout=out, stderr=subprocess.STDOUT, check=False)
        if done.returncode:
            sys.exit(f"pip failed in {self.dir.name}; see {log}")

    def run(self, *args: str) -> int:
        return subprocess.run([str(self.py), *args], cwd=ROOT).returncode

    def marker(self, name: str) -> Path:
        return self.dir / f".installed{name.replace('[', '-').replace(']', '').replace(',', '-')}"


def _stamp(extras: str, *, source: bool = False) -> str:
    digest = hashlib.sha256(extras.encode())
    files = [ROOT / f for f in BUILD_INPUTS if (ROOT / f).exists()]
    if source:
        files += sorted((ROOT / "src").rglob("*.py"))
    for f in files:
        digest.update(f.read_bytes())
    return digest.hexdigest()


def setup(extras: str) -> Env:
    """The editable, pure-Python ``.venv`` with ``extras``."""
    env = Env(".venv")
    marker = env.marker(extras)
    if marker.exists() and marker.read_text() == _stamp(extras):
        return env
    env.create()
    print(f"installing pagecleaner{extras} into .venv ...", file=sys.stderr)
    env.pip("install", "-q", "-e", f"{ROOT}{extras}")
    marker.write_text(_stamp(extras))
    return env


def setup_compiled(extras: str) -> Env:
    """``.venv-compiled``: the package built as ``pip install .`` builds it, with ``extras``."""
    env = Env(".venv-compiled")
    deps, build = env.marker(extras), env.marker("-build")
    if build.exists() and build.read_text() == _stamp(extras, source=True):
        return env
    env.create()
    log = env.dir / "build.log"
    print(f"building pagecleaner (compiled) into .venv-compiled, log in {log.relative_to(ROOT)} ...", file=sys.stderr)
    if deps.exists() and deps.read_text() == _stamp(extras):
        env.pip("install", "-v", "--no-deps", "--force-reinstall", str(ROOT), log=log)
    else:
        env.pip("install", "-v", f"{ROOT}{extras}", log=log)
        deps.write_text(_stamp(extras))
    build.write_text(_stamp(extras, source=True))
    return env


def _which_path(env: Env) -> str:
    code = "from pagecleaner._build import describe; print(describe())"
    done = subprocess.run([str(env.py), "-c", code], capture_output=True, text=True, check=True, cwd=env.dir)
    return done.stdout.strip()


def test_compiled(rest: list[str]) -> int:
    """The suite again on the compiled build; a build that fell back to pure Python fails when a C
    compiler is there (mypyc rejected some code: see the log), and is skipped when none is."""
    env = setup_compiled(EXTRAS["test"])
    path = _which_path(env)
    print(f"pagecleaner in .venv-compiled: {path}", file=sys.stderr)
    if not path.startswith("compiled"):
        log = env.dir / "build.log"
        notes = [line for line in log.read_text(encoding="utf-8").splitlines() if "pagecleaner build:" in line]
        print("\n".join(notes[-5:]), file=sys.stderr)
        if shutil.which(os.environ.get("CC", "cc")) or shutil.which("gcc"):
            print(f"the compiled build fell back to pure Python although a C compiler is here; see {log}", file=sys.stderr)
            env.marker("-build").unlink(missing_ok=True)
            return 1
        print("no C compiler: only the pure-Python path is tested", file=sys.stderr)
        return 0
    return env.run("-m", "pytest", *rest)


def main(argv: list[str]) -> int:
    job = argv[0] if argv else "demo"
    if job not in EXTRAS:
        sys.exit(f"usage: python3 dev.py [{'|'.join(EXTRAS)}] [args...]")
    env = setup(EXTRAS[job])
    rest = argv[1:]
    if job == "demo":
        return env.run("-m", "pagecleaner", "clean", *(rest or ["fixtures/seed.txt"]), "--format", "text")
    if job == "bench":
        return env.run("bench/quality.py", *rest)
    for step in (["-m", "ruff", "check", "."], ["-m", "mypy", "src"], ["-m", "pytest", *rest]):
        if code := env.run(*step):
            return code
    print("\nthe same suite on the compiled build:", file=sys.stderr)
    return test_compiled(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
