"""pagecleaner: scraped page text or HTML in, a clean typed article out.

>>> from pagecleaner import clean
>>> page = clean(open("fixtures/seed.txt").read())
>>> page.article.title
'Watch: Kim Jong-un weeps over soldiers killed fighting for Putin'
"""

# First: with PAGECLEANER_PURE_PYTHON set, the compiled modules load from their source (see _build).
from . import _build  # noqa: F401  # isort: skip
from .batch import BatchError, BatchItem, BatchResult
from .blocks import Block
from .cleaner import Cleaner, clean, clean_many
from .errors import (
    BinaryInput,
    CompressedInput,
    InputTooLarge,
    InvalidArgument,
    LimitExceeded,
    PageCleanerError,
    PluginError,
    PluginWarning,
    RuleError,
    RuleFileError,
    RuleNotFound,
    TimeBudgetExceeded,
    UnsupportedInput,
    WorkerStartError,
)
from .models import Article, CleanedPage, Image, Kind, Link, PageType, Paragraph, Removed, Role, Teaser
from .rules.base import FunctionRule, Label, Page, PatternRule, Rule, Stage, Verdict, rule
from .settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Article",
    "BatchError",
    "BatchItem",
    "BatchResult",
    "BinaryInput",
    "Block",
    "CleanedPage",
    "Cleaner",
    "CompressedInput",
    "FunctionRule",
    "Image",
    "InputTooLarge",
    "InvalidArgument",
    "Kind",
    "Label",
    "LimitExceeded",
    "Link",
    "Page",
    "PageCleanerError",
    "PageType",
    "Paragraph",
    "PatternRule",
    "PluginError",
    "PluginWarning",
    "Removed",
    "Role",
    "Rule",
    "RuleError",
    "RuleFileError",
    "RuleNotFound",
    "Settings",
    "Stage",
    "Teaser",
    "TimeBudgetExceeded",
    "UnsupportedInput",
    "Verdict",
    "WorkerStartError",
    "__version__",
    "clean",
    "clean_many",
    "rule",
]
