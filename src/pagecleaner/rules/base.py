"""What a rule is: a named, documented value that judges blocks and returns a verdict with a reason.

Two stages run in order. ``block`` rules judge each block on its own (first
matching rule wins, in rule order). ``context`` rules then run one after the
other over the whole page, seeing every verdict so far, and may label or revise
blocks from their neighbours.
"""

from __future__ import annotations

import importlib
import inspect
from bisect import bisect_right
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from itertools import accumulate
from typing import Any

import regex

from .._slots import quick_init
from ..alternation import AUTOMATON_MAX_CHARS
from ..blocks import Block
from ..errors import RuleError
from ..models import Kind, PageType
from ..settings import Settings
from .branches import Branches

try:  # optional (the ``fast`` extra): all phrases of the rules in one pass over the page
    import ahocorasick_rs as _ahocorasick  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # the pure-Python path: one ``str.find`` per phrase, the same hits
    _ahocorasick = None  # type: ignore[assignment,unused-ignore]


class Label(str, Enum):
    """Where a block is headed."""

    CONTENT = "content"
    DOUBTFUL = "doubtful"
    """Not yet decided: the context pass settles it from the neighbours."""
    BOILERPLATE = "boilerplate"


class Stage(str, Enum):
    """When a rule runs."""

    BLOCK = "block"
    CONTEXT = "context"


MetaValue = str | date | datetime


LINEAR: set[tuple[str, int]] = set()
"""The (text, flags) of the built-in patterns that :meth:`Page.search` runs without
``Settings.regex_timeout``: each is one tests/adversarial proves linear on strings built to make
it backtrack (tests/adversarial/test_regex_backtracking.py checks every key here is in that
inventory). Keyed by what decides a match's cost, its text and flags: a caller's pattern of the
same text is the same regular expression. Every other pattern (declarative rule files, rules
users add) keeps the timeout."""


def linear(*patterns: regex.Pattern[str]) -> None:
    """Declare built-in ``patterns`` proven linear (see :data:`LINEAR`): searched without a timeout."""
    LINEAR.update((p.pattern, p.flags) for p in patterns)


@dataclass(frozen=True, slots=True)
class Verdict:
    """A rule's judgement of one block (or a run of blocks ending at ``through``)."""

    rule: str
    kind: Kind
    reason: str
    label: Label = Label.BOILERPLATE
    through: int | None = None
    """Index of the last block this verdict also covers; ``None`` for just the judged block."""
    data: Mapping[str, MetaValue] = field(default_factory=dict)
    """Metadata the rule read off the block: ``title``, ``source``, ``published``, ``byline``, ``credit``."""


quick_init(Verdict)  # built for most blocks of every page (see ``pagecleaner._slots``)


@dataclass(slots=True)
class Page:
    """What rules see: the blocks, the settings and the verdicts so far."""

    blocks: Sequence[Block]
    settings: Settings
    verdicts: list[Verdict | None]
    warnings: list[str] = field(default_factory=list)
    page_type: PageType = PageType.ARTICLE
    """What kind of page it is (``pagecleaner.pagetype``, or the caller's override): rules that
    assume an article (comment threads, teaser lists) consult it."""
    page_type_confidence: float = 1.0
    """The detection's probability for ``page_type`` (1.0 when the caller gave it)."""
    reported_type: PageType | None = None
    """The kind the page will be reported as (``pagetype.Detection.reported``), where the detector
    gave one: on text it reads the page's words as well as its shape and may differ from
    ``page_type``, which the page is cleaned as. Read by rules that weigh a line without
    cutting anything for it (the title's choice), and by the text-only rules of one kind of page,
    through :meth:`text_of_kind`: a documentation site's footer and furniture lines
    (``footer.doc-page``, ``navigation.doc-furniture``) go on a text page reported as documentation
    too, a shop's figures, specification rows and other products' cards on a text page reported as
    a product, a listing's pager and a collection's filter panel on a text page reported as one."""
    stated_title: str | None = None
    """The title the page's markup states for it (HTML only: ``Markup.stated_title``, else the
    title the markup chose), which a service page is called by; ``None`` on text. A heading that
    says the same names the page; one that says something else is part of its text."""
    url: str | None = None
    """The page's address, as the caller gave it or the markup states it (``None`` when neither
    does). Read by the rules a page's own address tells something to: a text thread's title is the
    line that says what the address's slug says (``quality.thread-start``)."""
    stated_description: str | None = None
    """The product's description as the page's JSON-LD states it (HTML only:
    ``Markup.product_description``); ``quality.stated-description`` gives back what says it."""
    _html: bool | None = field(default=None, init=False, repr=False, compare=False)
    """``is_html``, once read (a text page's answer scans every block)."""

    @property
    def is_article(self) -> bool:
        """An article page: the rules for comment threads, teasers and lead-ins apply."""
        return self.page_type is PageType.ARTICLE

    @property
    def is_html(self) -> bool:
        """Read from HTML: its blocks carry DOM features (a text page's never do)."""
        if self._html is None:
            self._html = any(b.dom is not None for b in self.blocks)
        return self._html

    @property
    def is_thread(self) -> bool:
        """A forum thread: its posts (headers, dates, "Reply" and all) are the content, not comments."""
        return self.page_type is PageType.FORUM

    @property
    def lists_items(self) -> bool:
        """A listing or collection: its items (linked titles, excerpts, prices) are the content."""
        return self.page_type in (PageType.LISTING, PageType.COLLECTION)

    def text_of_kind(self, kinds: Container[PageType]) -> bool:
        """Whether the page is text cleaned or reported (``reported_type``: many text category and
        shop pages are cleaned as articles) as one of ``kinds``: the pages the text-only shop, listing
        and product rules read."""
        return not self.is_html and (self.page_type in kinds or self.reported_type in kinds)

    def of_kind(self, kinds: Container[PageType]) -> bool:
        """Whether the page is cleaned as one of ``kinds``, or is text reported as one
        (:meth:`text_of_kind`): HTML reads the kind it is cleaned as only, its markup having typed it."""
        return self.page_type in kinds or self.text_of_kind(kinds)

    def label(self, i: int) -> Label | None:
        """The label of block ``i`` so far, or None if no rule has judged it."""
        v = self.verdicts[i]
        return v.label if v is not None else None

    def labels(self) -> list[Label | None]:
        """Every block's label so far (None where no rule has judged it), in page order: what
        :meth:`label` answers for each block, read in one pass. A rule that asks most blocks' labels
        reads this list once instead of calling :meth:`label` block by block (a method call a block,
        about a million a fold of pages over the context rules).

        A new list of the verdicts as they stand now: the verdicts a context rule yields are applied
        as it yields them, so a rule that reads a block's label after its own verdict may have
        changed it asks :meth:`label` (or reads this list again)."""
        return [v.label if v is not None else None for v in self.verdicts]

    def kind(self, i: int) -> Kind | None:
        v = self.verdicts[i]
        return v.kind if v is not None else None

    def removed_by(self, i: int, rules: Container[str]) -> bool:
        """Whether block ``i`` was removed (labelled boilerplate) by one of the rules whose ids are in
        ``rules``: what the rules that give back a positional pass's removals ask."""
        v = self.verdicts[i]
        return v is not None and v.label is Label.BOILERPLATE and v.rule in rules

    def carried_title(self, i: int) -> dict[str, Any]:
        """The page's title that block ``i``'s verdict carries (``{"title": ...}``), or an empty dict: a
        rule that removes the line the title rule kept as the headline passes this as its verdict's
        ``data``, so the line goes and the title stays."""
        v = self.verdicts[i]
        return {"title": v.data["title"]} if v is not None and "title" in v.data else {}

    def first_copies(self, counts: Callable[[Block], bool]) -> list[tuple[int, int]]:
        """Each block that ``counts`` selects and no rule removed, in page order, with the index
        of the first such block of the same text (its own index when it is the first): what the
        rules that keep a text printed twice only once read."""
        seen: dict[str, int] = {}
        return [
            (i, seen.setdefault(block.text, i))
            for i, (block, v) in enumerate(zip(self.blocks, self.verdicts, strict=True))
            if counts(block) and not (v is not None and v.label is Label.BOILERPLATE)
        ]

    def search(self, pattern: regex.Pattern[str], text: str, rule_id: str) -> regex.Match[str] | None:
        """``pattern.search`` bounded by ``Settings.regex_timeout``; a timeout becomes a warning.

        A built-in pattern proven linear (:data:`LINEAR`) runs unbounded: the timeout's set-up
        costs more than most searches of a short block, and it could fire on a loaded machine."""
        if (pattern.pattern, pattern.flags) in LINEAR:
            return pattern.search(text)
        try:
            return pattern.search(text, timeout=self.settings.regex_timeout)
        except TimeoutError:
            self.warnings.append(f"rule {rule_id}: pattern timed out on block of {len(text)} chars")
            return None


# Characters that ``regex`` matches case-insensitively to a letter of a built-in literal
# (see ``LiteralPatternRule``) while ``str.lower`` maps them elsewhere ("ſ" matches "s" but
# stays "ſ"; "İ" lowers to two characters). A page holding one is screened block by block.
# tests/test_engine_speed_paths.py recomputes this set over all of Unicode.
FOLD_TRAPS = "\u0130\u017f\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85"


# The word limits the built-in phrase rules use cluster at 4-8, 10-16 and 24-40 (the 40 of the
# long multilingual tables): a bucket at each cluster's top keeps the text each find scans short.
_BUCKETS = (8, 16, 40, 128)


class Phrases:
    """The phrases (lower-case needles) that a rule set's block rules look up with
    :meth:`PageText.containing`, found all at once: one pass of an Aho-Corasick automaton over
    the page instead of one ``str.find`` per phrase (~300 phrases of 15 languages).

    The automaton comes from ``ahocorasick-rs`` (the ``fast`` extra); without it, or for a
    phrase not declared here, ``containing`` finds each phrase with ``str.find``. Both report
    every block that holds a phrase, so the candidates, and every verdict, are the same.
    """

    __slots__ = ("_automaton", "_sorted", "ids")

    def __init__(self, phrases: Iterable[str], *, automaton: bool = True) -> None:
        # An empty phrase or one holding a newline is left to ``str.find`` (see ``containing``).
        found = sorted({p for p in phrases if p and "\n" not in p})
        self.ids = {p: k for k, p in enumerate(found)}
        """Each phrase's number in the automaton."""
        self._automaton = (
            _ahocorasick.AhoCorasick(found, matchkind=_ahocorasick.MatchKind.Standard)
            if automaton and _ahocorasick is not None and found
            else None
        )

        self._sorted: dict[int, tuple[Sequence[str], frozenset[int], tuple[str, ...], bool]] = {}

    def sorted_out(self, needles: Sequence[str]) -> tuple[frozenset[int], tuple[str, ...], bool]:
        """A rule's needles as the numbers of those declared here, those not declared, and whether
        one holds a newline; worked out once for each tuple of needles (the rules ask on every page)."""
        entry = self._sorted.get(id(needles))
        if entry is None or entry[0] is not needles:
            ids = frozenset(k for n in needles if (k := self.ids.get(n)) is not None)
            undeclared = tuple(n for n in needles if n not in self.ids)
            # The needles are kept in the entry, so that their id is not reused while it is cached.
            entry = self._sorted[id(needles)] = (needles, ids, undeclared, any("\n" in n for n in needles))
        return entry[1], entry[2], entry[3]

    @property
    def active(self) -> bool:
        """Whether the automaton is in use (``ahocorasick-rs`` installed, phrases declared)."""
        return self._automaton is not None

    def where(self, text: str, starts: Sequence[int]) -> dict[int, set[int]] | None:
        """For each phrase found in ``text`` (blocks joined by newlines, each starting at
        ``starts``), the blocks that hold it. Overlapping matches count: every occurrence.

        None when the automaton is not used for this text: not installed, a text too long (its
        matches are listed whole, where ``str.find`` moves on to the next block after a hit), or
        one it cannot read (lone surrogates, which scraped text keeps)."""
        if self._automaton is None or len(text) > AUTOMATON_MAX_CHARS:
            return None
        try:
            matches = self._automaton.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:
            return None
        found: dict[int, set[int]] = {}
        for k, start, _end in matches:
            b = bisect_right(starts, start) - 1
            blocks = found.get(k)
            if blocks is None:
                found[k] = {b}
            else:
                blocks.add(b)
        return found


NO_PHRASES = Phrases(())


class PageText:
    """The page's block texts, lower-cased and joined by newlines, for screening all blocks at once.

    One ``str.find`` over the whole page is far cheaper than a test per block. Each joined text
    leaves out (as empty lines) the blocks over a word limit, which are never candidates.
    """

    __slots__ = ("_blocks", "_heads", "_joined", "_phrases", "_pieces", "_screened", "_timeout", "_traps", "_where")

    def __init__(self, blocks: Sequence[Block], timeout: float | None = None, phrases: Phrases = NO_PHRASES) -> None:
        self._blocks, self._timeout, self._phrases = blocks, timeout, phrases
        # Lower-cased one by one: ``str.lower`` may change a text's length ("İ"), so offsets
        # come from the lowered pieces.
        self._pieces = [b.text.lower() for b in blocks]
        self._joined: dict[int | None, tuple[str, list[int]]] = {}
        self._traps: bool | None = None
        self._heads: dict[str, list[int]] | None = None
        self._where: dict[int, set[int]] | None = None
        self._screened = False

    @property
    def blocks(self) -> Sequence[Block]:
        return self._blocks

    @property
    def pieces(self) -> Sequence[str]:
        """The blocks' texts, lower-cased."""
        return self._pieces

    @property
    def folds_oddly(self) -> bool:
        """Whether a block holds one of :data:`FOLD_TRAPS`."""
        if self._traps is None:
            # The original texts: lower-casing turns "İ" into "i̇", which no longer shows the trap.
            odd = "\n".join([b.text for b in self._blocks if not b.text.isascii()])
            self._traps = bool(odd) and any(c in odd for c in FOLD_TRAPS)
        return self._traps

    def joined(self, max_words: int | None) -> tuple[str, list[int]]:
        """The joined lower-cased texts of the blocks within ``max_words``, and where each starts."""
        found = self._joined.get(max_words)
        if found is None:
            pieces = self._pieces
            if max_words is not None:
                pieces = [p if b.words <= max_words else "" for p, b in zip(pieces, self._blocks, strict=True)]
            starts = list(accumulate([len(p) + 1 for p in pieces], initial=0))
            found = self._joined[max_words] = ("\n".join(pieces), starts[:-1])
        return found

    def heads(self) -> dict[str, list[int]]:
        """The blocks by the first one and the first two characters of their lower-cased text
        (each block is under both keys): rules that screen by how a block opens look up only
        the heads of their own wordings."""
        if self._heads is None:
            heads: dict[str, list[int]] = {}
            for i, piece in enumerate(self._pieces):
                if piece:
                    heads.setdefault(piece[:1], []).append(i)
                    if len(piece) > 1:
                        heads.setdefault(piece[:2], []).append(i)
            self._heads = heads
        return self._heads

    def matching(self, pattern: regex.Pattern[str], max_words: int | None) -> set[int] | None:
        """Indices of the blocks within ``max_words`` where ``pattern`` matches in the lower-cased text.

        Only for patterns that cannot span a newline and read no context (no anchors, no
        look-around). None when the search times out, or when a block holds one of
        :data:`FOLD_TRAPS` (its lower-cased text no longer shows what the rule's own search
        sees): the blocks are then asked one by one.
        """
        if self.folds_oddly:
            return None
        text, starts = self.joined(max_words)
        try:
            return {bisect_right(starts, m.start()) - 1 for m in pattern.finditer(text, timeout=self._timeout)}
        except TimeoutError:
            return None

    def containing(self, needles: Sequence[str], max_words: int | None) -> set[int] | None:
        """Indices of the blocks within ``max_words`` whose lower-cased text contains a needle.

        None when a needle holds a newline (it could span two blocks of the joined text), or when
        a block holds one of :data:`FOLD_TRAPS`: "Veröffentlİcht" lower-cases to
        "veröffentli̇cht", which holds no needle, while a rule's case-blind pattern matches it.
        """
        if self.folds_oddly:
            return None
        ids, undeclared, newline = self._phrases.sorted_out(needles)
        if newline:
            return None
        where = self._phrase_blocks()
        if where is None:
            return self._finding(needles, max_words)
        # The phrases found on the page are few: look up the rule's among them, not each of its own.
        hits: set[int] = set()
        for k in ids.intersection(where) if len(where) < len(ids) else (k for k in ids if k in where):
            hits |= where[k]
        if max_words is not None:
            blocks = self._blocks
            hits = {b for b in hits if blocks[b].words <= max_words}
        if undeclared:
            hits |= self._finding(undeclared, max_words)
        return hits

    def _phrase_blocks(self) -> dict[int, set[int]] | None:
        """The blocks of each declared phrase, from one pass over the page (made on first use);
        None where the automaton is not used (see :meth:`Phrases.where`)."""
        if not self._screened:
            self._where = self._phrases.where(*self.joined(None)) if self._phrases.active else None
            self._screened = True
        return self._where

    def _finding(self, needles: Sequence[str], max_words: int | None) -> set[int]:
        """:meth:`containing` by one ``str.find`` per needle (no needle holds a newline)."""
        # Word limits share a few joined texts (the next of ``_BUCKETS``); hits are then held
        # to the rule's own limit.
        bucket = None if max_words is None else next((b for b in _BUCKETS if b >= max_words), None)
        text, starts = self.joined(bucket)
        blocks, last = self._blocks, len(starts) - 1
        hits: set[int] = set()
        for needle in needles:
            at = text.find(needle)
            while at != -1:
                b = bisect_right(starts, at) - 1
                if max_words is None or blocks[b].words <= max_words:
                    hits.add(b)
                # The block is settled: look on from the next one.
                if b >= last:
                    break
                at = text.find(needle, starts[b + 1])
        return hits


SHARED_VERDICTS = 1024
"""How many verdicts :meth:`Rule.shared_verdict` keeps for one rule."""


class Rule:
    """Base class of every rule. Subclasses set ``id``, ``kind``, a docstring and ``match``."""

    id: str = ""
    kind: Kind = Kind.OTHER
    stage: Stage = Stage.BLOCK
    examples: tuple[str, ...] = ()
    """Block texts the rule must remove (block-stage rules; the test suite checks them)."""
    counter_examples: tuple[str, ...] = ()
    """Block texts the rule must leave alone."""
    on_listings: bool = True
    """Whether the rule runs on listings and collections (``Page.lists_items``), whose items
    (linked headlines with their excerpts) are the content: the teaser rules, which would take
    those items for related teasers, set it False (``metadata.title`` runs there but leaves its
    line's verdict as it was)."""
    phrases: tuple[str, ...] = ()
    """The lower-case needles its ``_candidates`` looks up with :meth:`PageText.containing`, declared
    so that the engine finds the phrases of all rules in one pass over the page (see :class:`Phrases`).
    Optional: a needle not declared is found on its own, with the same result."""

    def match(self, page: Page, i: int) -> Verdict | None:
        """Judge block ``i`` of ``page``; None when the rule has nothing to say."""
        raise NotImplementedError

    def _candidates(self, text: PageText) -> set[int] | None:
        """The blocks :meth:`match` may fire on (a superset), or None when every block must be asked.

        The engine uses it only when this method is defined in the class that defines ``match``
        or below it, so a subclass that overrides ``match`` is always asked block by block.
        """
        return None

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        """Every ``(block index, verdict)`` the rule gives on the page, in order.

        The engine applies each verdict before asking for the next, so a
        context rule sees its own earlier verdicts. The default calls
        :meth:`match` on each block, skipping the blocks a verdict covers.
        """
        i, n = 0, len(page.blocks)
        while i < n:
            v = self.match(page, i)
            if v is None:
                i += 1
                continue
            yield i, v
            i = max(i, v.through or i) + 1

    def verdict(
        self,
        reason: str,
        *,
        label: Label = Label.BOILERPLATE,
        through: int | None = None,
        kind: Kind | None = None,
        data: Mapping[str, MetaValue] | None = None,
    ) -> Verdict:
        """A verdict signed by this rule."""
        return Verdict(self.id, kind or self.kind, reason, label, through, data or {})

    def shared_verdict(self, reason: str, *, label: Label = Label.BOILERPLATE, kind: Kind | None = None) -> Verdict:
        """:meth:`verdict` without ``through`` or ``data``, made once per reason, label and kind and
        given again after: for the rules that judge most blocks of every page with a few reasons
        (``quality.classify``, ``quality.neighbours``, ``quality.main-run``: 40,846 verdicts on the 181
        innertext pages, 53 distinct ones). A verdict is frozen and its ``data`` here is empty, so sharing one changes
        nothing but the cost of building it. At most :data:`SHARED_VERDICTS` are kept per rule, so a
        reason that names a page's own text cannot grow the memo."""
        key = (self.id, kind or self.kind, reason, label)
        memo: dict[tuple[str, Kind, str, Label], Verdict] = self.__dict__.setdefault("_shared_verdicts", {})
        found = memo.get(key)
        if found is None:
            found = Verdict(key[0], key[1], reason, label)
            if len(memo) < SHARED_VERDICTS:
                memo[key] = found
        return found

    @property
    def description(self) -> str:
        """The first line of the rule's docstring."""
        doc = inspect.getdoc(self)
        return doc.strip().splitlines()[0] if doc and doc.strip() else ""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id} ({self.kind.value}, {self.stage.value})>"


def check_rule(rule: Rule) -> Rule:
    """Reject a rule without id, kind, stage or docstring."""
    if not isinstance(rule, Rule):
        raise RuleError(f"not a rule: {rule!r} (subclass pagecleaner.Rule or use @rule)")
    if not rule.id or not isinstance(rule.id, str):
        raise RuleError(f"rule {rule!r} has no id")
    if not isinstance(rule.kind, Kind):
        raise RuleError(f"rule {rule.id}: kind must be a pagecleaner.Kind, not {rule.kind!r}")
    if not isinstance(rule.stage, Stage):
        raise RuleError(f"rule {rule.id}: stage must be a pagecleaner.Stage, not {rule.stage!r}")
    if not rule.description:
        raise RuleError(f"rule {rule.id}: a docstring saying what it catches is required")
    return rule


FunctionResult = bool | str | Verdict | None


def _load_global(module: str, qualname: str) -> Any:
    """The object ``module`` defines under ``qualname`` (how a decorated rule is unpickled)."""
    obj: Any = importlib.import_module(module)
    for part in qualname.split("."):
        obj = getattr(obj, part)
    return obj


class FunctionRule(Rule):
    """A rule made from a plain function by :func:`rule`."""

    def __reduce__(self) -> str | tuple[Any, ...]:
        # ``@rule`` rebinds the function's name to this rule, so pickle cannot find the function by
        # name; the rule itself is found there instead (worker processes rebuild it by import).
        module, qualname = getattr(self.func, "__module__", None), getattr(self.func, "__qualname__", "")
        if module and "<" not in qualname:
            try:
                bound = _load_global(module, qualname)
            except (ImportError, AttributeError):
                bound = None
            if bound is self:
                return _load_global, (module, qualname)
        return FunctionRule, (self.func, self.id, self.kind, self.stage)

    def __init__(self, func: Callable[..., FunctionResult], id: str, kind: Kind, stage: Stage) -> None:
        self.id, self.kind, self.stage = id, kind, stage
        self.func = func
        self.__doc__ = func.__doc__
        self._with_page = len(inspect.signature(func).parameters) >= 2

    def match(self, page: Page, i: int) -> Verdict | None:
        block = page.blocks[i]
        result = self.func(block, page) if self._with_page else self.func(block)
        if result is None or result is False:
            return None
        if isinstance(result, Verdict):
            return result
        reason = result if isinstance(result, str) else self.description
        return self.verdict(reason)


def rule(
    id: str, kind: Kind | str, *, stage: Stage | str = Stage.BLOCK
) -> Callable[[Callable[..., FunctionResult]], FunctionRule]:
    """Make a rule from a function ``f(block)`` or ``f(block, page)``.

    The function returns a falsy value to pass, ``True`` or a reason string to
    remove the block as ``kind``, or a full :class:`Verdict`. Its docstring is
    the rule's description and is required.
    """

    def wrap(func: Callable[..., FunctionResult]) -> FunctionRule:
        made = FunctionRule(func, id, Kind(kind), Stage(stage))
        check_rule(made)
        return made

    return wrap


class PatternRule(Rule):
    """A rule that removes blocks matching a regular expression (the declarative form).

    ``scope`` is ``full`` (the whole block matches), ``start`` (the block
    begins with a match) or ``search`` (a match anywhere). ``max_words`` keeps
    the rule off long prose that merely mentions the phrase.
    """

    SCOPES = ("full", "start", "search")

    def __init__(
        self,
        id: str,
        kind: Kind | str,
        pattern: str,
        *,
        scope: str = "full",
        max_words: int | None = None,
        ignore_case: bool = True,
        description: str = "",
        stage: Stage | str = Stage.BLOCK,
        examples: tuple[str, ...] = (),
        counter_examples: tuple[str, ...] = (),
    ) -> None:
        if scope not in self.SCOPES:
            raise RuleError(f"rule {id}: scope must be one of {self.SCOPES}, not {scope!r}")
        try:
            self.kind = Kind(kind)
        except ValueError as exc:
            raise RuleError(f"rule {id}: unknown kind {kind!r}") from exc
        self.id, self.stage = id, Stage(stage)
        self.scope, self.max_words, self.pattern_text = scope, max_words, pattern
        flags = regex.IGNORECASE if ignore_case else 0
        body = {"full": rf"^(?:{pattern})$", "start": rf"^(?:{pattern})", "search": pattern}[scope]
        try:
            self.pattern = regex.compile(body, flags | regex.VERSION0)
        except regex.error as exc:
            raise RuleError(f"rule {id}: bad pattern {pattern!r}: {exc}") from exc
        self.branches = Branches.of(self.pattern) if scope == "search" else None
        """The pattern's top-level branches, each screened by strings its every match holds: a
        block is searched only with those it may match, with the same first match."""
        self.__doc__ = description or f"Removes blocks where {scope} matches /{pattern}/."
        self.examples, self.counter_examples = tuple(examples), tuple(counter_examples)

    def match(self, page: Page, i: int) -> Verdict | None:
        block = page.blocks[i]
        return self._matched(page, block, None)

    def _matched(self, page: Page, block: Block, low: str | None) -> Verdict | None:
        """The verdict on ``block`` (``low``: its text lower-cased, when at hand)."""
        if self.max_words is not None and block.words > self.max_words:
            return None
        m = self._search(page, block.text, low)
        if m is None:
            return None
        return self.verdict(f"matches {m.group(0)[:60]!r}")

    def _search(self, page: Page, text: str, low: str | None) -> regex.Match[str] | None:
        """``self.pattern``'s first match in ``text``, searched with only the branches the text
        may match (see :mod:`~pagecleaner.rules.branches`)."""
        branches = self.branches
        if branches is None or (not text.isascii() and any(c in text for c in FOLD_TRAPS)):
            return page.search(self.pattern, text, self.id)
        first: regex.Match[str] | None = None
        for pattern in branches.chosen(text.lower() if low is None else low):
            m = page.search(pattern, text, self.id)
            if m is None:
                continue
            if not m.start():
                return m  # at the block's start: no branch after it can come first
            if first is None or m.start() < first.start():
                first = m
        return first

    def _candidates(self, text: PageText) -> set[int] | None:
        return None  # screened by the engine's anchored pre-filter instead

    def as_dict(self) -> dict[str, Any]:
        """The declarative form of this rule."""
        return {
            "id": self.id,
            "kind": self.kind.value,
            "pattern": self.pattern_text,
            "scope": self.scope,
            "max_words": self.max_words,
            "description": self.description,
            "examples": list(self.examples),
            "counter_examples": list(self.counter_examples),
        }
