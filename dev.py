#!/usr/bin/env python3
"""Set up a virtual environment and run one job; needs nothing but Python 3.10+.

    python3 dev.py demo    # clean the seed page in fixtures/ and print the result
    python3 dev.py test    # ruff, mypy and the test suite
    python3 dev.py bench   # the quality benchmark (needs ../shared/eval)

The environment lives in .venv and is reinstalled only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
EXTRAS = {"demo": "", "test": "[dev,dask,warc]", "bench": "[dev]"}


def _stamp(extras: str) -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()


def setup(extras: str) -> None:
    marker = VENV / f".installed{extras.replace('[', '-').replace(']', '').replace(',', '-')}"
    if marker.exists() and marker.read_text() == _stamp(extras):
        return
    if not PY.exists():
        print("creating .venv ...", file=sys.stderr)
        venv.create(VENV, with_pip=True)
    print(f"installing pagecleaner{extras} into .venv ...", file=sys.stderr)
    subprocess.run([str(PY), "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
    subprocess.run([str(PY), "-m", "pip", "install", "-q", "-e", f"{ROOT}{extras}"], check=True)
    marker.write_text(_stamp(extras))


def run(*args: str) -> int:
    return subprocess.run([str(PY), *args], cwd=ROOT).returncode


def main(argv: list[str]) -> int:
    job = argv[0] if argv else "demo"
    if job not in EXTRAS:
        sys.exit(f"usage: python3 dev.py [{'|'.join(EXTRAS)}] [args...]")
    setup(EXTRAS[job])
    rest = argv[1:]
    if job == "demo":
        return run("-m", "pagecleaner", "clean", *(rest or ["fixtures/seed.txt"]), "--format", "text")
    if job == "bench":
        return run("bench/quality.py", *rest)
    for step in (["-m", "ruff", "check", "."], ["-m", "mypy", "src"]):
        if code := run(*step):
            return code
    return run("-m", "pytest", *rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
