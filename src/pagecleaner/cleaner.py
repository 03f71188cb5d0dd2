"""The ``Cleaner``: an ordered, editable rule list and the one entry point that runs the pipeline.

raw input → decode → blocks → rule verdicts → assembly → ``CleanedPage``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import lxml.etree as etree

from ._collector import CollectorPause
from .assemble import assemble
from .batch import BatchItem, BatchResult, InputFormatArg, pipe
from .blocks import Block
from .decode import check_arguments, decode, detect_format
from .dom import html_segments, parse_html
from .engine import judge
from .errors import PluginError, RuleError, RuleNotFound
from .features import make_blocks
from .limits import Budget, cap_attributes, cap_lines, report_overflow
from .markup import Markup, read_markup
from .models import CleanedPage, PageType, Removed
from .pagetype import Detection, Models, detect_page
from .plugins import PackFailure, load_packs
from .rules import default_rules
from .rules.base import Rule, check_rule
from .rules.declarative import load_rules, rules_from_data
from .segment import segment_text
from .settings import Settings


def html_blocks(html: str, settings: Settings, url: str | None) -> tuple[list[Block], Markup, list[str]]:
    """Decoded HTML → its blocks, what its markup states, and the warnings of capping and parsing."""
    root, markup, warnings = _parse(html, settings, url)
    return _cut(root, markup), markup, warnings


def _parse(html: str, settings: Settings, url: str | None) -> tuple[etree._Element | None, Markup, list[str]]:
    """Decoded HTML → its parsed tree, what its markup states, and the warnings of capping and parsing."""
    capped_html, warnings = cap_attributes(html, settings)
    parsed = parse_html(capped_html)
    return parsed.root, read_markup(parsed.root, url), [*warnings, *parsed.warnings]


def _cut(root: etree._Element | None, markup: Markup, *, veils: bool = True) -> list[Block]:
    """The one place a parsed HTML page is cut into blocks, so that ``--explain`` sees the blocks
    ``clean()`` judged. ``veils``: whether ``aria-hidden="true"`` alone hides (off for a page cleaned
    as one of :data:`_VEILS_SHOWN`)."""
    return make_blocks(html_segments(root, markup.base, veils=veils))


def _veiled(blocks: list[Block]) -> bool:
    """Whether a block is hidden by ``aria-hidden`` alone: only then does a cut with it shown differ."""
    return any(b.dom is not None and b.dom.veiled for b in blocks)


_VEILS_SHOWN = frozenset((PageType.PRODUCT, PageType.COLLECTION))
"""Kinds of page on which ``aria-hidden="true"`` alone does not hide (it hides from screen readers,
not from the eye: a shop's price beside its screen-reader copy, a product's slides, a grid's
cards). A page cleaned as one of them, with a block hidden that way, is cut again with it shown
once its kind is known (``dom.hidden`` and every other rule then read those blocks as shown)."""


def judged_blocks(html: str, settings: Settings, page: CleanedPage) -> list[Block]:
    """The blocks ``clean()`` judged for ``page``, cleaned from ``html``: :func:`html_blocks`' cut,
    or the one with ``aria-hidden`` shown (:data:`_VEILS_SHOWN`). The page reports its kind, not
    always the one it was cleaned as: the cut of the kind it reports is taken when it holds every
    removed block, else the other one when that one does. For ``--explain`` and the loss reports."""
    removed = page.removed
    root, markup, _ = _parse(html, settings, page.article.url)
    blocks = _cut(root, markup)
    if not _veiled(blocks):
        return blocks
    shown = _cut(root, markup, veils=False)
    first, second = (shown, blocks) if page.page_type in _VEILS_SHOWN else (blocks, shown)
    return first if _holds(first, removed) or not _holds(second, removed) else second


def _holds(blocks: list[Block], removed: Sequence[Removed]) -> bool:
    spans = {(b.start_line, b.end_line, b.raw) for b in blocks}
    return all((r.start_line, r.end_line, r.text) in spans for r in removed)


class Cleaner:
    """An ordered list of rules and the settings they run with.

    >>> cleaner = Cleaner()                      # the built-in rules (and installed packs)
    >>> cleaner.disable("share.buttons")         # switch one off by id
    >>> page = cleaner.clean("...page text...")
    """

    def __init__(
        self,
        rules: Iterable[Rule] | None = None,
        *,
        settings: Settings | None = None,
        plugins: bool | None = None,
        plugin_ids: Iterable[str] = (),
        page_type_models: Models | None = None,
    ) -> None:
        check_arguments("auto", None, settings)
        self.settings = settings or Settings()
        self.page_type_models = page_type_models
        """The page-type models (``pagecleaner.pagetype``); None for the shipped ones."""
        use_plugins = self.settings.load_plugins if plugins is None else plugins
        chosen = list(default_rules() if rules is None else rules)
        self._plugin_ids = frozenset(plugin_ids)
        self.plugin_failures: tuple[PackFailure, ...] = ()
        """Installed rule packs that failed to load and were skipped (each also gave a ``PluginWarning``)."""
        if rules is None and use_plugins:
            packs = load_packs((r.id for r in chosen), strict=self.settings.strict_plugins)
            chosen.extend(packs.rules)
            self._plugin_ids, self.plugin_failures = frozenset(r.id for r in packs.rules), packs.failures
        self._rules: list[Rule] = []
        self._disabled: set[str] = set()
        self.fired: Counter[str] = Counter()
        """How often each rule has fired over this cleaner's life."""
        for r in chosen:
            self.add(r)

    # -- the rule list -------------------------------------------------
    @property
    def rules(self) -> tuple[Rule, ...]:
        """Every rule, in order, enabled or not."""
        return tuple(self._rules)

    @property
    def active_rules(self) -> tuple[Rule, ...]:
        """The rules that run, in order."""
        if not self._disabled:  # the usual case: every rule runs
            return tuple(self._rules)
        return tuple(r for r in self._rules if r.id not in self._disabled)

    @property
    def disabled(self) -> frozenset[str]:
        return frozenset(self._disabled)

    @property
    def plugin_ids(self) -> frozenset[str]:
        """The ids of the rules that came from installed rule packs."""
        return frozenset(self._plugin_ids)

    def _rules_for(self, settings: Settings | None) -> tuple[Rule, ...]:
        """The rules one call runs: a call's ``Settings(load_plugins=False)`` leaves out the packs' rules."""
        if settings is None or settings.load_plugins or not self._plugin_ids:
            return self.active_rules
        return tuple(r for r in self.active_rules if r.id not in self._plugin_ids)

    def _index(self, rule_id: str) -> int:
        for i, r in enumerate(self._rules):
            if r.id == rule_id:
                return i
        raise RuleNotFound(f"no rule with id {rule_id!r}")

    def get(self, rule_id: str) -> Rule:
        """The rule with this id."""
        return self._rules[self._index(rule_id)]

    def add(self, rule: Rule, *, before: str | None = None, after: str | None = None) -> Cleaner:
        """Add a rule at the end of the list, or just ``before`` / ``after`` the rule with that id."""
        check_rule(rule)
        if before is not None and after is not None:
            raise RuleError("give before= or after=, not both")
        if any(r.id == rule.id for r in self._rules):
            raise RuleError(f"a rule with id {rule.id!r} exists already; use replace()")
        if before is not None:
            self._rules.insert(self._index(before), rule)
        elif after is not None:
            self._rules.insert(self._index(after) + 1, rule)
        else:
            self._rules.append(rule)
        return self

    def replace(self, rule_id: str, rule: Rule) -> Cleaner:
        """Put ``rule`` in the place of the rule with id ``rule_id``."""
        check_rule(rule)
        i = self._index(rule_id)
        if rule.id != rule_id and any(r.id == rule.id for r in self._rules):
            raise RuleError(f"a rule with id {rule.id!r} exists already")
        self._rules[i] = rule
        return self

    def remove(self, rule_id: str) -> Cleaner:
        """Take the rule out of the list."""
        del self._rules[self._index(rule_id)]
        self._disabled.discard(rule_id)
        return self

    def disable(self, *rule_ids: str) -> Cleaner:
        """Switch rules off by id (they stay listed)."""
        for rule_id in rule_ids:
            self._index(rule_id)
            self._disabled.add(rule_id)
        return self

    def enable(self, *rule_ids: str) -> Cleaner:
        """Switch disabled rules back on."""
        for rule_id in rule_ids:
            self._index(rule_id)
            self._disabled.discard(rule_id)
        return self

    def load(
        self,
        source: str | Path | Mapping[str, Any] | list[Any],
        *,
        before: str | None = None,
        after: str | None = None,
    ) -> Cleaner:
        """Add declarative pattern rules from a dict/list or a ``.json`` / ``.toml`` file.

        Without ``before`` / ``after`` they go first, ahead of the built-in
        rules: a user's own wording is more specific than the defaults.
        """
        loaded = rules_from_data(source) if isinstance(source, (Mapping, list)) else load_rules(source)
        if before is None and after is None and self._rules:
            before = self._rules[0].id
        for r in loaded:
            self.add(r, before=before, after=after)
            if after is not None:
                after = r.id
        return self

    # -- batches -------------------------------------------------------
    def pipe(
        self,
        items: Iterable[str | bytes | BatchItem],
        *,
        workers: int = 1,
        timeout: float | None = None,
        chunksize: int = 4,
        input_format: InputFormatArg = "auto",
        start_method: str | None = "spawn",
    ) -> Iterator[BatchResult]:
        """Clean many pages in worker processes; one ``BatchResult`` per item, in input order.

        Like spaCy's ``nlp.pipe``: ``items`` (text, bytes or :class:`BatchItem`) are
        read lazily and results stream back. Each of the ``workers`` processes
        rebuilds this cleaner from its rules, so the rules must be picklable
        (``RuleError`` otherwise). A page that raises, or runs past ``timeout``
        seconds (its worker is then killed and replaced), yields a result with an
        ``error`` and the batch goes on. ``workers=0`` cleans in this process.
        Rule counts in ``fired`` are not updated by pages cleaned in workers.
        """
        return pipe(
            self,
            items,
            workers=workers,
            timeout=timeout,
            chunksize=chunksize,
            input_format=input_format,
            start_method=start_method,
        )

    # -- running -------------------------------------------------------
    def clean(
        self,
        source: str | bytes,
        *,
        input_format: InputFormatArg = "auto",
        url: str | None = None,
        settings: Settings | None = None,
        page_type: PageType | str | None = None,
    ) -> CleanedPage:
        """Clean one page of raw text or HTML (``auto`` tells them apart).

        ``page_type`` (a :class:`PageType` or its value, such as ``"forum"``) says what kind of page
        it is when the caller knows; otherwise it is detected.
        """
        check_arguments(input_format, url, settings)
        given = PageType(page_type) if page_type is not None else None
        s = settings or self.settings
        with CollectorPause(s.pause_collector):  # see ``_collector``: no output depends on it
            return self._clean(source, input_format, url, settings, s, given)

    def _clean(
        self,
        source: str | bytes,
        input_format: InputFormatArg,
        url: str | None,
        settings: Settings | None,
        s: Settings,
        given: PageType | None,
    ) -> CleanedPage:
        """:meth:`clean` once its arguments are checked: ``settings`` as passed, ``s`` the ones in force."""
        budget = Budget(s)
        decoded = decode(source, s.max_input_bytes, input_format)
        fmt = detect_format(decoded.text, input_format)
        warnings = list(decoded.warnings)
        overflow, markup = None, Markup()
        root: etree._Element | None = None
        if fmt == "html":
            # What html_blocks does, the tree kept for a second cut (_VEILS_SHOWN).
            root, markup, cut = _parse(decoded.text, s, url)
            blocks = _cut(root, markup)
            warnings += cut
        else:
            text, overflow = cap_lines(decoded.text, s)
            blocks = make_blocks(segment_text(text))
        found = (
            Detection(given, 1.0, given, 1.0) if given is not None else self._detect(blocks, url, markup, fmt == "html")
        )
        if fmt == "html" and found.kind in _VEILS_SHOWN and _veiled(blocks):
            blocks = _cut(root, markup, veils=False)
        chosen = markup.fields.get("title")
        page, fired = judge(
            blocks,
            self._rules_for(settings),
            s,
            budget,
            (found.kind, found.confidence),
            found.reported,
            markup.stated_title or (chosen if isinstance(chosen, str) else None),
            markup.url or url,
            markup.product_description,
        )
        self.fired.update(fired)
        result = assemble(
            page,
            fmt,
            decoded.encoding,
            markup.url or url,
            warnings,
            markup.fields,
            markup.stated_title,
            (found.reported, found.reported_confidence),
            markup.stated_apart,
            markup.description,
        )
        return report_overflow(result, overflow)

    def _detect(self, blocks: list[Block], url: str | None, markup: Markup, html: bool) -> Detection:
        page_url = url or markup.url
        title = markup.fields.get("title")
        return detect_page(
            blocks,
            page_url,
            markup.types,
            markup.og_type,
            html=html,
            models=self.page_type_models,
            title=title if isinstance(title, str) else None,
        )


_DEFAULT: Cleaner | None = None


def clean(
    source: str | bytes,
    *,
    input_format: InputFormatArg = "auto",
    url: str | None = None,
    settings: Settings | None = None,
    page_type: PageType | str | None = None,
) -> CleanedPage:
    """Clean one page with the default rules (and the installed rule packs, unless
    ``settings.load_plugins`` is off). See :meth:`Cleaner.clean`."""
    global _DEFAULT
    check_arguments(input_format, url, settings)
    if _DEFAULT is None:
        _DEFAULT = Cleaner()
    if settings is not None and settings.load_plugins and settings.strict_plugins and _DEFAULT.plugin_failures:
        raise PluginError(str(_DEFAULT.plugin_failures[0]))
    return _DEFAULT.clean(source, input_format=input_format, url=url, settings=settings, page_type=page_type)


def clean_many(
    items: Iterable[str | bytes | BatchItem],
    *,
    workers: int = 1,
    timeout: float | None = None,
    chunksize: int = 4,
    input_format: InputFormatArg = "auto",
    settings: Settings | None = None,
) -> Iterator[BatchResult]:
    """Clean many pages with the default rules in worker processes. See :meth:`Cleaner.pipe`."""
    cleaner = Cleaner(settings=settings)
    return cleaner.pipe(items, workers=workers, timeout=timeout, chunksize=chunksize, input_format=input_format)
