"""The resource limits of one ``clean()`` call, from ``Settings``: input lines, block size, time.

Every limit degrades loudly: what it leaves unjudged is kept (or listed in
``removed`` with its original lines) and a warning says so; with
``on_limit="raise"`` it raises instead. ``max_input_bytes`` is checked in
``decode`` and always raises ``InputTooLarge``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import regex

from .errors import LimitExceeded, TimeBudgetExceeded
from .models import CleanedPage, Kind, Removed
from .segment import normalise
from .settings import Settings

MAX_LINES_RULE = "limit.max-lines"
# Only a start tag longer than this may hold more attributes than ``max_attributes`` allows.
_LONG = 4096
_TAG_NAME = regex.compile(r"[A-Za-z][\w:-]{0,64}")
_QUOTED = regex.compile(r"\"[^\"]*\"|'[^']*'")
# What ``str.splitlines`` breaks lines at ("\r\n" counts twice here, which only overestimates).
_LINE_BREAKS = ("\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


@dataclass(frozen=True, slots=True)
class Overflow:
    """Text lines past ``max_lines``: never judged, reported as one removal."""

    text: str
    """The original lines from ``start_line`` to ``end_line``, joined by newlines."""
    start_line: int
    end_line: int
    limit: int


def cap_lines(text: str, settings: Settings) -> tuple[str, Overflow | None]:
    """Split ``text`` after its ``max_lines``-th non-blank line (lines as ``str.splitlines`` cuts them)."""
    limit = settings.max_lines
    # Cheap test first: a text with fewer line breaks than the limit has at most ``limit`` lines.
    if len(text) <= limit or sum(text.count(c) for c in _LINE_BREAKS) < limit:
        return text, None
    lines = text.splitlines()
    cut, seen = len(lines), 0
    for k, line in enumerate(lines):
        if normalise(line):
            seen += 1
            if seen > limit:
                cut = k
                break
    if cut == len(lines):
        return text, None
    if settings.on_limit == "raise":
        raise LimitExceeded(f"input has more than max_lines={limit} non-blank lines")
    tail = lines[cut:]
    last = max(k for k, line in enumerate(tail) if normalise(line))
    overflow = Overflow("\n".join(tail[: last + 1]), cut + 1, cut + last + 1, limit)
    return "\n".join(lines[:cut]), overflow


def _bombs(html: str, limit: int) -> list[tuple[int, int, str]]:
    """(start, end, tag name) of each start tag with more than ``limit`` attributes. Only a piece
    between two ``>`` longer than ``_LONG`` can hold such a tag; they are found by striding: when the
    next ``_LONG + 1`` characters hold a ``>``, no piece that starts before the last of them is long
    enough, so the search moves on past it (a few ``str.rfind`` a page instead of a split and a
    loop over every tag)."""
    found: list[tuple[int, int, str]] = []
    offset, size = 0, len(html)
    while size - offset > _LONG:
        gt = html.rfind(">", offset, offset + _LONG + 1)
        if gt >= 0:
            offset = gt + 1
            continue
        end = html.find(">", offset)
        if end < 0:
            end = size
        piece = html[offset:end]
        if (lt := piece.rfind("<")) >= 0 and len(piece) - lt > _LONG:
            tag = piece[lt + 1 :]
            name, *attrs = tag.split(None, 1) or ("",)  # "<" and white space only: no tag
            if attrs and _TAG_NAME.fullmatch(name) and len(_QUOTED.sub("", attrs[0]).split()) > limit:
                found.append((offset + lt, end + 1, name))
        offset = end + 1
    return found


def cap_attributes(html: str, settings: Settings) -> tuple[str, list[str]]:
    """Drop the attributes of any element with more than ``max_attributes`` of them (see Settings)."""
    limit = settings.max_attributes
    bombs = _bombs(html, limit)
    if not bombs:
        return html, []
    message = f"{len(bombs)} element(s) had more than max_attributes={limit} attributes: their attributes were dropped"
    if settings.on_limit == "raise":
        raise LimitExceeded(message)
    parts: list[str] = []
    last = 0
    for start, end, name in bombs:
        parts += (html[last:start], f"<{name}>")
        last = end
    parts.append(html[last:])
    return "".join(parts), [message]


def report_overflow(page: CleanedPage, overflow: Overflow | None) -> CleanedPage:
    """Add the unjudged tail to ``removed`` and say so in ``warnings``."""
    if overflow is None:
        return page
    removal = Removed(
        rule=MAX_LINES_RULE,
        kind=Kind.OTHER,
        text=overflow.text,
        start_line=overflow.start_line,
        end_line=overflow.end_line,
        reason=f"past max_lines={overflow.limit}; not judged",
    )
    warning = (
        f"input has more than max_lines={overflow.limit} lines: lines {overflow.start_line}-"
        f"{overflow.end_line} were not judged and are listed in removed as {MAX_LINES_RULE}"
    )
    return page.model_copy(update={"removed": [*page.removed, removal], "warnings": [*page.warnings, warning]})


def too_long(chars: int, start_line: int, settings: Settings, warnings: list[str]) -> bool:
    """Whether a block is past ``max_block_chars`` (block rules then pass it by); warns once per block."""
    if chars <= settings.max_block_chars:
        return False
    message = (
        f"line {start_line}: block of {chars} characters is longer than max_block_chars="
        f"{settings.max_block_chars}; block rules skipped, judged from its features only"
    )
    if settings.on_limit == "raise":
        raise LimitExceeded(message)
    warnings.append(message)
    return True


class Budget:
    """The per-call time budget: a deadline on the monotonic clock, checked between steps."""

    def __init__(self, settings: Settings) -> None:
        self.seconds = settings.time_budget
        self.deadline = None if self.seconds is None else time.monotonic() + self.seconds
        self.spent = False
        self._raise = settings.on_limit == "raise"

    __slots__ = ("_raise", "deadline", "seconds", "spent")

    def due(self) -> bool:
        """Whether :meth:`exhausted` would now say True, without its warning: the budget is spent, or
        its deadline has passed. A caller asks it first where the warning's text costs something to make."""
        return self.spent or (self.deadline is not None and time.monotonic() >= self.deadline)

    def exhausted(self, where: str, warnings: list[str]) -> bool:
        """True once the deadline has passed; the first time, warns (or raises) saying ``where``."""
        if self.spent:
            return True
        if self.deadline is None or time.monotonic() < self.deadline:
            return False
        self.spent = True
        message = (
            f"time_budget={self.seconds}s spent {where}; the remaining rules did not run and "
            "blocks not yet judged were kept unjudged"
        )
        if self._raise:
            raise TimeBudgetExceeded(message)
        warnings.append(message)
        return True
