"""pagecleaner: scraped page text or HTML in, a clean typed article out.

>>> from pagecleaner import clean
>>> page = clean(open("fixtures/seed.txt").read())
>>> page.article.title
'Watch: Kim Jong-un weeps over soldiers killed fighting for Putin'
"""

from .batch import BatchError, BatchItem, BatchResult
from .blocks import Block
from .cleaner import Cleaner, clean, clean_many
from .errors import (
    InputTooLarge,
    LimitExceeded,
    PageCleanerError,
    RuleError,
    RuleFileError,
    RuleNotFound,
    TimeBudgetExceeded,
    UnsupportedInput,
)
from .models import Article, CleanedPage, Kind, PageType, Removed, Teaser
from .rules.base import FunctionRule, Label, Page, PatternRule, Rule, Stage, Verdict, rule
from .settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Article",
    "BatchError",
    "BatchItem",
    "BatchResult",
    "Block",
    "CleanedPage",
    "Cleaner",
    "FunctionRule",
    "InputTooLarge",
    "Kind",
    "Label",
    "LimitExceeded",
    "Page",
    "PageCleanerError",
    "PageType",
    "PatternRule",
    "Removed",
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
    "__version__",
    "clean",
    "clean_many",
    "rule",
]
