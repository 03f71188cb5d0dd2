"""The public contract: the pydantic models ``clean()`` returns.

Every model is frozen, rejects unknown fields and round-trips through JSON
exactly (``CleanedPage.model_validate_json(page.model_dump_json()) == page``).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from .blocks import Role
from .render import to_html, to_markdown

__all__ = ["Article", "CleanedPage", "Image", "InputFormat", "Kind", "Link", "Paragraph", "Removed", "Role", "Teaser"]


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


class Link(BaseModel):
    """A link inside a paragraph (HTML input only)."""

    model_config = _CONFIG

    text: str
    """The link's text, as it appears in the paragraph's text."""
    url: str
    """The target, absolute."""


class Image(BaseModel):
    """An image inside or just before a paragraph (HTML input only)."""

    model_config = _CONFIG

    url: str
    """The image source, absolute."""
    alt: str = ""
    """Its alternative text."""


class Paragraph(BaseModel):
    """One block of the article body with its role in the article's structure."""

    model_config = _CONFIG

    text: str
    """The text, as in ``Article.paragraphs``: white space normalised, except that code keeps its
    white space exactly and a table gives one line per row (from HTML, cells joined by " | ")."""
    role: Role = Role.PARAGRAPH
    """paragraph, heading, list_item, quote, code, table or caption."""
    level: int | None = None
    """A heading's level, 1-6 (headings only)."""
    ordered: bool | None = None
    """Whether the list is numbered (list items only)."""
    depth: int | None = None
    """A list item's nesting depth, 1 for the outer list (list items only)."""
    rows: list[list[str]] | None = None
    """A table's cells, row by row (tables only)."""
    start_line: int | None = None
    """First input line of the block (1-based; for HTML, a line of the markup); ``None`` when unknown."""
    end_line: int | None = None
    """Last input line of the block (inclusive)."""
    links: list[Link] = Field(default_factory=list)
    """The links in the text, in order (HTML input only)."""
    images: list[Image] = Field(default_factory=list)
    """Images in or just before the block (HTML input only)."""


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
    body: list[Paragraph] = Field(default_factory=list)
    """The paragraphs with their roles (heading, list item, table ...) and line spans:
    ``paragraphs == [p.text for p in body]``. Given paragraphs alone, each becomes a plain one."""

    @model_validator(mode="before")
    @classmethod
    def _derive_text(cls, data: Any) -> Any:
        if isinstance(data, dict):
            data = _derive_body(data)
            joined = "\n\n".join(data.get("paragraphs") or [])
            if "text" not in data:
                data = {**data, "text": joined}
            elif data["text"] != joined:
                raise ValueError("text must be the paragraphs joined by a blank line")
        return data


def _derive_body(data: dict[str, Any]) -> dict[str, Any]:
    """Fill ``paragraphs`` from ``body`` or ``body`` from ``paragraphs``; check them when both are given."""
    body, paragraphs = data.get("body"), data.get("paragraphs")
    if body is None:
        return {**data, "body": [{"text": t} for t in paragraphs or []]}
    texts = [p.text if isinstance(p, Paragraph) else p.get("text") if isinstance(p, dict) else None for p in body]
    if paragraphs is None:
        return {**data, "paragraphs": texts}
    if list(paragraphs) != texts:
        raise ValueError("paragraphs must be the texts of body")
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
    """What kind of page it is (detected from the markup, the URL, the text's shape and words, or
    given to ``clean(page_type=...)``); the rules keep the main content of a kind. Detected on text,
    the kind reported reads the page's words as well as its shape, while the page is cleaned as the
    kind its shape alone says, so a page reported as, say, a listing may have been cleaned as an
    article (``pagetype.Detection``). Another kind than article is cleaned as only when its model
    gives it at least ``pagetype.MIN_CONFIDENCE``, and reported only when it reaches its floor
    (``pagetype.REPORT_FLOORS`` on text, which has a reporting model of its own; the same
    ``MIN_CONFIDENCE`` on HTML)."""
    page_type_confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    """How sure the detection is of ``page_type`` (the reporting model's probability of it); 1.0 when
    given, 0.5 on a page too short to judge (reported as an article)."""

    def to_markdown(self, *, links: bool = False, images: bool = False, related: bool = False) -> str:
        """The article as CommonMark: the title as ``#``, a metadata line, then the body with its
        headings, lists, quotes, fenced code and pipe tables. ``links`` and ``images`` add those of
        HTML input inline; ``related`` ends with the teasers as a list of links."""
        return to_markdown(self.article, self.related if related else (), links=links, images=images)

    def to_html(self, *, links: bool = False, images: bool = False) -> str:
        """The article as a clean, minimal HTML document (every text escaped); ``links`` and
        ``images`` as for :meth:`to_markdown`."""
        return to_html(self.article, links=links, images=images)
