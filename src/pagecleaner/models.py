"""The public contract: the pydantic models ``clean()`` returns.

Every model is frozen, rejects unknown fields and round-trips through JSON
exactly (``CleanedPage.model_validate_json(page.model_dump_json()) == page``).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator


class Kind(str, Enum):
    """What kind of boilerplate a rule removes."""

    NAVIGATION = "navigation"
    PROMO = "promo"
    APP_PROMO = "app_promo"
    SUBSCRIPTION = "subscription"
    NEWSLETTER = "newsletter"
    COOKIE_NOTICE = "cookie_notice"
    COMMENTS = "comments"
    SHARE = "share"
    RELATED = "related"
    FOOTER = "footer"
    AD = "ad"
    IMAGE_RESIDUE = "image_residue"
    CAPTION = "caption"
    TAGS = "tags"
    DUPLICATE = "duplicate"
    METADATA = "metadata"
    LOW_CONTENT = "low_content"
    """Text that is not boilerplate of a known family but does not read as article prose."""
    OTHER = "other"


InputFormat = Literal["text", "html"]


class PageType(str, Enum):
    """What kind of page it is, which decides what its main content is (``CleanedPage.page_type``)."""

    ARTICLE = "article"
    """A news story, blog post, guide or review: the article body."""
    FORUM = "forum"
    """A discussion thread: the question and every post (posts are the content, not comments)."""
    PRODUCT = "product"
    """One product: its description and specifications."""
    LISTING = "listing"
    """An index of content (articles, courses, events, reviews): the listed items."""
    COLLECTION = "collection"
    """A category or product grid: the items."""
    DOCUMENTATION = "documentation"
    """API docs, references, manuals, tutorials: the text and the code."""
    SERVICE = "service"
    """A company's own marketing, feature or pricing page: the page's own text."""


def _date_or_datetime(value: Any) -> Any:
    # A plain union would read "2025-06-30" back as a datetime; the string's shape decides instead.
    if isinstance(value, str):
        text = value.strip()
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    return value


DateOrDatetime = Annotated[datetime | date, BeforeValidator(_date_or_datetime)]
"""A calendar date when the page gives only the day, a timestamp when it gives the time."""

_CONFIG = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class Article(BaseModel):
    """The main article of the page."""

    model_config = _CONFIG

    title: str | None = None
    """The headline, once, as printed on the page."""
    source: str | None = None
    """The publisher shown on the page (e.g. "Yahoo")."""
    published: DateOrDatetime | None = None
    """Publication date or timestamp, when the page shows one."""
    byline: str | None = None
    """The author(s) as printed, without the leading "By"."""
    credit: str | None = None
    """Image or photo credit (e.g. "Reuters")."""
    url: str | None = None
    """Canonical URL: from the markup for HTML, else the ``url`` passed to ``clean()``."""
    paragraphs: list[str] = Field(default_factory=list)
    """The body paragraphs, in page order, text unchanged but for whitespace and glued-token repair."""
    text: str = ""
    """The paragraphs joined by a blank line: the body only, no title, byline or credit."""

    @model_validator(mode="before")
    @classmethod
    def _derive_text(cls, data: Any) -> Any:
        if isinstance(data, dict):
            joined = "\n\n".join(data.get("paragraphs") or [])
            if "text" not in data:
                data = {**data, "text": joined}
            elif data["text"] != joined:
                raise ValueError("text must be the paragraphs joined by a blank line")
        return data


class Teaser(BaseModel):
    """One item of a related-articles list."""

    model_config = _CONFIG

    title: str
    """The teaser's headline, given once even where the page prints it twice."""
    source: str | None = None
    """The publisher of the linked article (e.g. "The Hill")."""
    age: str | None = None
    """The age as shown (e.g. "22 minutes ago")."""
    published: DateOrDatetime | None = None
    """An absolute date shown, or ``age`` resolved against ``Settings.reference_time``."""
    summary: str | None = None
    """The teaser's summary paragraph."""
    url: str | None = None
    """The link target (HTML input only), absolute."""
    block: str | None = None
    """The heading of the list the teaser came from (e.g. "Related Articles", "Most Read"), if it has one."""
    sponsored: bool = False
    """Marked as promoted or sponsored on the page ("Sponsored", "Promoted", "Around the web" lists)."""


class Removed(BaseModel):
    """A run of input lines left out of the article, and the rule that took it out."""

    model_config = _CONFIG

    rule: str
    """Id of the rule that removed it (e.g. ``promo.app-download``)."""
    kind: Kind
    """The kind of boilerplate."""
    text: str
    """The original input lines, unchanged, joined by newlines."""
    start_line: int
    """First line of the input it covers (1-based)."""
    end_line: int
    """Last line of the input it covers (inclusive)."""
    reason: str = ""
    """Why the rule fired."""


class CleanedPage(BaseModel):
    """What ``clean()`` returns."""

    model_config = _CONFIG

    article: Article = Field(default_factory=Article)
    """The main article."""
    related: list[Teaser] = Field(default_factory=list)
    """Related-article teasers, in page order."""
    removed: list[Removed] = Field(default_factory=list)
    """Everything left out of the article, in page order, each with the rule that removed it."""
    input_format: InputFormat = "text"
    """How the input was read."""
    encoding: str | None = None
    """The encoding bytes input was decoded from (``None`` for ``str`` input)."""
    warnings: list[str] = Field(default_factory=list)
    """Non-fatal problems: undecodable bytes, limits reached, ambiguous dates, rule timeouts."""
    page_type: PageType = PageType.ARTICLE
    """What kind of page it is (detected from the markup, the URL and the text's shape, or given
    to ``clean(page_type=...)``); the rules keep the main content of that kind."""
    page_type_confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    """How sure the detection is (the model's probability of ``page_type``); 1.0 when given."""
