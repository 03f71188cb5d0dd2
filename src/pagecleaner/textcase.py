"""Lower case as CPython gives it, in the compiled build too.

mypyc compiles ``str.lower()`` to a loop that lowers one character at a time, and so misses the one
rule of Unicode's lower-casing that reads a character's context: a capital sigma that ends a word
becomes "ς", not "σ" ("ΟΔΟΣ" → "οδος", where the compiled loop gives "οδοσ"). The compiled modules
lower page text through :func:`lower` so that the pure-Python path and the compiled one judge every
page alike. ``casefold()`` and ``upper()`` have no such rule and need no help.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

_PY_LOWER: Final[Callable[[str], str]] = str.lower
"""CPython's own ``str.lower``, called as an object so that mypyc does not replace it with its loop."""

_CAPITAL_SIGMA: Final = "\u03a3"


def lower(text: str) -> str:
    """``text.lower()``, exactly as CPython gives it ("ΣΊΣΥΦΟΣ" → "σίσυφος"); a text without a capital
    sigma takes the plain method, which mypyc compiles and which cannot differ there."""
    return text.lower() if _CAPITAL_SIGMA not in text else _PY_LOWER(text)
