"""Workers that die before their first result end the batch with an error that says what to do;
the parent never waits for them without bound."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pagecleaner import PageCleanerError
from pagecleaner.errors import WorkerStartError

UNGUARDED = """\
from pagecleaner import clean_many

texts = ["The council approved the budget on Tuesday night after a long debate."] * 3
for result in clean_many(texts, workers=2, timeout=5):
    print(result.ok)
"""


def _run(args: list[str], script: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "unguarded.py"
    path.write_text(script, encoding="utf-8")
    stdin = script if args == ["-"] else None
    return subprocess.run(
        [sys.executable, *(args or [str(path)])],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,  # the defect was a hang: the test fails (TimeoutExpired) instead of waiting forever
    )


@pytest.mark.parametrize("how", ["script", "stdin"])
def test_a_script_without_the_main_guard_fails_fast_and_says_to_guard_it(tmp_path: Path, how: str) -> None:
    done = _run([] if how == "script" else ["-"], UNGUARDED, tmp_path)
    assert done.returncode != 0
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("pagecleaner.errors.WorkerStartError")
    assert 'if __name__ == "__main__":' in last


def test_the_start_up_error_is_a_page_cleaner_error() -> None:
    assert issubclass(WorkerStartError, PageCleanerError)
