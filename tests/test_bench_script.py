"""The benchmark script fails clearly when the evaluation data is absent."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "quality.py"


def test_missing_data_exits_2_with_a_message(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(BENCH), "--data", str(tmp_path / "nowhere")], capture_output=True, text=True
    )
    assert run.returncode == 2
    assert "no evaluation data" in run.stderr
