"""What the benchmark scripts share: where the evaluation data is, and importing its own scripts by path.

The scorers live beside the data (``../shared/eval/score.py``, ``teaser_score.py``) and are
imported, never copied, so every figure is the one their authors' code gives.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
# ../shared/eval beside the repository, or beside the folder of worktrees that holds it.
EVAL = next(
    (p for p in (ROOT.parent / "shared" / "eval", ROOT.parent.parent / "shared" / "eval") if p.exists()),
    ROOT.parent / "shared" / "eval",
)


def load_module(path: Path, name: str) -> ModuleType:
    """Import the Python file at ``path`` as a module called ``name``; exit with a message if it cannot be."""
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
