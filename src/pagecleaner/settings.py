"""Every threshold and limit of the pipeline, in one model passed in explicitly."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Favor = Literal["precision", "balanced", "recall"]


class Settings(BaseModel):
    """Thresholds, presets and limits. Pass one to ``clean()`` or ``Cleaner``; there are no globals."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    favor: Favor = "balanced"
    """Trade-off preset: ``precision`` drops doubtful blocks, ``recall`` keeps them."""
    date_order: Literal["DMY", "MDY"] = "DMY"
    """How an ambiguous numeric date such as 03-04-2025 is read (unambiguous ones are read as written)."""
    reference_time: datetime | None = None
    """"Now" for turning a teaser's age ("22 minutes ago") into ``published``; left unset, no date is computed."""

    # Block classification (jusText-style), in words.
    min_prose_words: int = Field(default=12, ge=1)
    """A block with at least this many words and sentence punctuation reads as prose."""
    short_block_words: int = Field(default=4, ge=1)
    """A block with fewer words is short: judged from its neighbours."""
    max_link_density: float = Field(default=0.5, ge=0.0, le=1.0)
    """HTML only: a block with a larger share of its text in links is navigation-like."""
    context_window: int = Field(default=3, ge=1)
    """How many blocks either side the context pass looks at."""

    run_block_penalty: int = Field(default=8, ge=0)
    """Main-run search: what each boilerplate block costs on top of its words."""
    run_word_cap: int = Field(default=40, ge=0)
    """Main-run search: a boilerplate block costs at most this many of its words."""
    run_break_penalty: int = Field(default=25, ge=0)
    """Main-run search: the cost of a comments or related-articles heading, which opens a new section."""

    run_gap_blocks: int = Field(default=3, ge=1)
    """Main-run search: within one stretch of boilerplate, only this many blocks cost in full."""
    lead_in_share: float = Field(default=0.25, ge=0.0, le=1.0)
    """Text above the first byline or date line is dropped as a standfirst when it is at most this share of the text below."""
    run_gap_tail_cost: int = Field(default=3, ge=0)
    """Main-run search: what each further boilerplate block of a long stretch costs."""
    standfirst_max_words: int = Field(default=40, ge=0)
    """A single paragraph of at most this many words right above the byline is a standfirst."""
    list_min_items: int = Field(default=3, ge=2)
    """A byline or date line printed this many times marks a list (teasers, comments), not an article."""
    item_title_words: int = Field(default=4, ge=1)
    """Listings and collections: a link-dense block of at least this many words is an item's title
    (judged by its neighbours), not a menu entry."""
    thread_max_gap: int = Field(default=10, ge=1)
    """Blocks that may stand between two post headers of one comment thread (a post's paragraphs)."""

    # Limits. Each one bounds the time and memory of one call; none drops text silently. Measured on a
    # 2-core machine: 50 MB of prose cleans in about 15 s with a peak of about 460 MB.
    max_input_bytes: int = Field(default=64 * 1024 * 1024, ge=1)
    """Larger input (in bytes; a ``str`` counts by its UTF-8 size) raises ``InputTooLarge``."""
    max_lines: int = Field(default=250_000, ge=1)
    """Text input: non-blank lines past this many are not judged. They are listed as one ``Removed``
    entry (rule ``limit.max-lines``, kind ``other``, with their original lines) and a warning says so.
    (Each judged line costs time and memory in the result; 50 MB of prose is about 200,000 lines.)"""
    max_block_chars: int = Field(default=100_000, ge=1)
    """A block longer than this skips the block-stage (pattern) rules, with a warning; the context
    rules still judge it from its features, so a giant paragraph of prose is still kept."""
    max_attributes: int = Field(default=1_000, ge=1)
    """HTML: an element with more attributes than this keeps its tag but loses its attributes, with a
    warning. (Parsing checks each attribute against the earlier ones of its element, so an "attribute
    bomb" of 50,000 costs seconds; real elements carry a few dozen at most.)"""
    time_budget: float | None = Field(default=60.0, gt=0)
    """Seconds one ``clean()`` call may spend judging blocks (``None``: no budget). When spent, the
    rules stop: blocks not yet judged are kept in the article unjudged and a warning says so. Only a
    slow machine or a pathological rule pack reaches it; a result cut short is never silent."""
    on_limit: Literal["warn", "raise"] = "warn"
    """``warn`` degrades as described for each limit; ``raise`` raises ``LimitExceeded`` (for the time
    budget its subclass ``TimeBudgetExceeded``) instead. ``max_input_bytes`` always raises."""
    regex_timeout: float = Field(default=0.5, gt=0)
    """Seconds a single regular-expression match may take before its rule is skipped with a warning.
    It bounds every pattern a rule supplies (declarative rule files, rules you add) except the
    built-in patterns tests/adversarial proves linear on strings built to make them backtrack
    (``pagecleaner.rules.base.LINEAR``), which run unbounded: the timeout's set-up costs more than
    their searches of a short block, and on a loaded machine it could change a verdict."""
    pause_collector: bool = False
    """Whether a ``clean()`` call pauses Python's cyclic garbage collector while it runs. A page makes
    thousands of short-lived objects and no reference cycles, so collecting meanwhile frees nothing;
    pausing saves about 3 % of the call's CPU time. The collector is resumed when the last call running
    ends (unless it was disabled before the first began); cyclic garbage other threads make meanwhile
    waits until then, so a program whose threads clean pages without pause could hold it paused for
    good: hence off by default for calls in your process. ``pagecleaner batch``'s workers, processes
    of their own that only clean, turn it on unless the settings given set it. Results are the same
    either way."""
    load_plugins: bool = True
    """Whether cleaning runs the rule packs installed under the ``pagecleaner.rules`` entry-point group
    (``clean()``, ``Cleaner``, ``clean_many``, the command line and the Dask adapter all honour it)."""
    strict_plugins: bool = False
    """A rule pack that fails to load raises ``PluginError`` instead of being skipped with a ``PluginWarning``."""

    # HTML only (rules/dom.py): where the page's prose is. Prose is a visible block of at least 20 words
    # (8 when it ends like a sentence) whose link density is at most dom_prose_max_link_density.
    dom_prose_max_link_density: float = Field(default=0.3, ge=0, le=1)
    """HTML: a block with more of its text in links than this share is not prose when measuring the page."""
    dom_article_share: float = Field(default=0.5, ge=0, le=1)
    """HTML: an element holding this share of the page's prose is the article: no rule condemns its
    text for what an element around it is called (``<body class="has-comments">``)."""
    dom_container_share: float = Field(default=0.6, ge=0, le=1)
    """HTML: a region named as usually holding the article (``<main>``, ``class="content"``) must hold
    this share of the prose to become the main container."""
    dom_strong_share: float = Field(default=0.25, ge=0, le=1)
    """HTML: ... or this share when the markup names it the article body (``itemprop="articleBody"``)."""
    dom_inner_share: float = Field(default=0.9, ge=0, le=1)
    """HTML: among candidate containers, the innermost one holding this share of the best one's prose wins."""
