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


class BinaryInput(UnsupportedInput):
    """Bytes that are not text in any encoding pagecleaner reads: control characters, not letters."""


class CompressedInput(UnsupportedInput):
    """Compressed bytes (gzip): decompress them first. The command line reads ``.gz`` files itself."""


class InvalidArgument(PageCleanerError, ValueError):
    """An argument has the right type but a value pagecleaner does not accept (``input_format="pdf"``).
    Checked before any work is done."""


class PluginError(PageCleanerError):
    """A rule pack (a ``pagecleaner.rules`` entry point) failed to load and ``Settings.strict_plugins``
    is on; the message names the entry point. Without ``strict_plugins`` the pack is skipped with a
    ``PluginWarning``."""


class PluginWarning(UserWarning):
    """A rule pack failed to load and was skipped; the message names its entry point."""


class WorkerStartError(PageCleanerError):
    """A worker process of ``pipe`` / ``clean_many`` ended or hung before it could clean a page: the
    batch cannot run. The usual cause is a script that starts the batch without an
    ``if __name__ == "__main__":`` guard (worker processes import the main module again)."""
