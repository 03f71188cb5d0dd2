"""The exceptions pagecleaner raises; all derive from :class:`PageCleanerError`."""

from __future__ import annotations


class PageCleanerError(Exception):
    """Base class of every error raised by pagecleaner."""


class InputTooLarge(PageCleanerError):
    """The input exceeds ``Settings.max_input_bytes``."""


class LimitExceeded(PageCleanerError):
    """A limit of ``Settings`` (``max_lines``, ``max_block_chars``) was reached and ``on_limit="raise"``."""


class TimeBudgetExceeded(LimitExceeded):
    """``Settings.time_budget`` was spent and ``on_limit="raise"`` (the default degrades with a warning)."""


class RuleError(PageCleanerError):
    """A rule is malformed: missing id, unknown kind, bad pattern, duplicate id."""


class RuleNotFound(RuleError, KeyError):
    """A rule id named in ``before=``, ``after=``, ``replace`` or ``disable`` does not exist."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class RuleFileError(RuleError):
    """A declarative rule file or dict could not be read."""


class UnsupportedInput(PageCleanerError):
    """The input is neither text nor HTML (a PDF, an image, an archive)."""
