"""setuptools' build backend, asking for mypy only when the build will compile (see setup.py).

A wheel is compiled unless ``PAGECLEANER_PURE_PYTHON=1``. An editable install (``pip install -e``)
is always pure Python: compiled modules beside the source would shadow the edits made to it. So the
pure-Python builds need nothing beyond setuptools and never download mypy.
"""

from __future__ import annotations

import os
from typing import Any

from setuptools import build_meta
from setuptools.build_meta import *  # noqa: F403  (the rest of the backend, unchanged)

MYPYC = "mypy>=1.15"
PURE_ENV = "PAGECLEANER_PURE_PYTHON"


def _pure() -> bool:
    return os.environ.get(PURE_ENV, "").strip() not in ("", "0")


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    return [*build_meta.get_requires_for_build_wheel(config_settings), *([] if _pure() else [MYPYC])]


def build_editable(
    wheel_directory: str, config_settings: dict[str, Any] | None = None, metadata_directory: str | None = None
) -> str:
    os.environ[PURE_ENV] = "1"  # this build's own process: setup.py then compiles nothing
    return str(build_meta.build_editable(wheel_directory, config_settings, metadata_directory))
