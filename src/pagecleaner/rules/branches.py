"""A search pattern cut into its top-level branches, each with the strings one of which its every
match holds: a block is searched only with the branches whose strings it contains.

A phrase rule's pattern is one alternation of a dozen wordings ("©", "all rights reserved", a
table of legal links in fifteen languages ...), and ``regex`` tries every branch at every
position of the block. Most blocks a rule is asked about hold the keyword of one branch at most,
so searching them with only the branches they can match gives the same first match (the
leftmost, and at that position the first branch in order that matches: a branch left out matches
nowhere in the block) at a fraction of the cost, and a block that holds no branch's strings is
turned away without a search.

The strings are read off the pattern itself (parsed by Python's own ``re`` parser), never
declared by hand, so they cannot drift from the wording they screen: a literal run that every
match of the branch must contain (a choice of such runs where the branch forks). A branch whose
every match need hold no such run (it starts with ``\\w+``), or that ``re`` cannot parse (``regex``
syntax such as ``\\p{L}``), is always searched. Screening compares ``str.lower`` texts, which
case-insensitive matching agrees with except on the characters of
:data:`~pagecleaner.rules.base.FOLD_TRAPS`; a block holding one is searched with the whole
pattern.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from typing import Any

import regex

from .. import alternation

try:  # Python 3.11+: the parser ``re`` itself uses (``sre_parse`` warns on import there)
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # Python 3.10
    _parser = importlib.import_module("sre_parse")

_MAX_EXACT = 64
"""Literal expansions larger than this (a fork of forks) stop being spelled out."""
_MAX_FACTORS = 64
"""A branch screened by more strings than this is cheaper to search than to screen."""
_QUANTIFIER = regex.compile(r"\{(?!\d*(?:,\d*)?\})")
"""A ``{`` that is not a plain repeat count: ``regex`` may read it (fuzzy matching) where ``re``
takes it for a literal."""

_WHOLE = regex.compile(r"\\[1-9]|\\g<|\(\?P=|\(\?\(|\(\?[a-zA-Z]+\)|\\Q")
"""What ties one branch to the whole pattern, so that it cannot be searched alone: a
back-reference or a condition (group numbers), a flag set for the whole pattern (``(?i)``),
a quoted span."""

Strings = frozenset[str]


def split_branches(pattern: str) -> list[str] | None:
    """The top-level alternatives of ``pattern`` (:func:`pagecleaner.alternation.split_branches`), or
    None when the pattern holds syntax the split cannot read safely (POSIX classes, unbalanced groups)."""
    if "[:" in pattern:
        return None
    return alternation.split_branches(pattern)


def _pick(candidates: Iterable[Strings | None]) -> Strings | None:
    """The most selective usable screen: longest shortest string, then fewest strings."""
    best: Strings | None = None
    for c in candidates:
        if not c or "" in c or len(c) > _MAX_FACTORS:
            continue
        if best is None or (min(map(len, c)), -len(c)) > (min(map(len, best)), -len(best)):
            best = c
    return best


def _info(items: Any) -> tuple[Strings | None, Strings | None]:
    """For a parsed sequence: every string it can match when there are few (else None), and a
    set of strings one of which its every match contains (else None)."""
    run: set[str] = {""}
    exact = True
    candidates: list[Strings | None] = []
    for op, av in items:
        e, f = _node(str(op), av)
        candidates.append(f)
        if e is not None and len(run) * len(e) <= _MAX_EXACT:
            run = {a + b for a in run for b in e}
            continue
        exact = False
        candidates.append(frozenset(run))
        run = set(e) if e is not None else {""}
    candidates.append(frozenset(run))
    return (frozenset(run) if exact else None), _pick(candidates)


def _lowers_alike(low: str) -> bool:
    """Whether every case of the character ``low`` lower-cases to it: "ı" does not (its capital
    "I", which a case-blind pattern matches, lower-cases to "i"), so it screens nothing."""
    return len(low) == 1 and all(len(c) > 1 or c.lower() == low for c in (low.upper(), low.title()))


def _node(op: str, av: Any) -> tuple[Strings | None, Strings | None]:
    if op == "LITERAL":
        low = chr(av).lower()
        return (frozenset((low,)), None) if _lowers_alike(low) else (None, None)
    if op in ("AT", "ASSERT", "ASSERT_NOT"):
        return frozenset(("",)), None  # zero-width: no text of its own
    if op == "SUBPATTERN":
        return _info(av[-1])
    if op == "ATOMIC_GROUP":
        return _info(av)
    if op == "BRANCH":
        infos = [_info(alt) for alt in av[1]]
        exacts = [e for e, _ in infos]
        exact: Strings | None = None
        if all(e is not None for e in exacts):
            union = frozenset(s for e in exacts if e is not None for s in e)
            exact = union if len(union) <= _MAX_EXACT else None
        screens = [_pick((f, e)) for e, f in infos]
        either = frozenset(s for f in screens if f is not None for s in f) if all(screens) else None
        return exact, _pick((exact, either))
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, sub = av
        if low == 0:
            return None, None
        e, f = _info(sub)
        return (e if low == high == 1 else None), _pick((f, e))
    return None, None  # a class, a category, any character, a back-reference: no literal text


def _minimal(strings: Strings) -> Strings:
    """Without the strings that hold another one (finding the shorter one is enough)."""
    return frozenset(s for s in strings if not any(o != s and o in s for o in strings))


def branch_screen(branch: str) -> Strings | None:
    """Lower-case strings one of which every match of ``branch`` contains; None when none is known."""
    if _QUANTIFIER.search(branch):
        return None
    try:
        parsed = _parser.parse(branch, 0)
    except Exception:
        return None  # ``regex`` syntax that ``re`` does not read: the branch is always searched
    exact, screen = _info(parsed)
    found = _pick((screen, exact))
    return _minimal(found) if found is not None else None


class Branches:
    """A search pattern's top-level branches, each with its screen and compiled on its own (on
    first use).

    The branches a block may match are searched one by one: the whole pattern's first match is
    the leftmost of theirs, and at a tie the one of the branch that comes first (the branches
    left out match nowhere in the block). One pattern per combination of branches would be
    searched once, but each combination a page shows is another compilation of the multilingual
    tables (tens of milliseconds)."""

    __slots__ = ("_always", "_compiled", "_flags", "_lists", "_pieces", "_strings", "_whole", "screens")

    _MAX_LISTS = 4096
    """At most this many sets of branches are remembered; past it the memory starts again, so a
    long crawl of hostile pages cannot grow it without bound."""

    def __init__(self, whole: regex.Pattern[str], pieces: Sequence[str]) -> None:
        self._whole = whole
        self._pieces = tuple(pieces)
        self._flags = whole.flags
        self.screens: tuple[Strings | None, ...] = tuple(branch_screen(p) for p in pieces)
        # Branches as bits: those never screened, and for each screening string the branches it opens.
        self._always = sum(1 << k for k, screen in enumerate(self.screens) if screen is None)
        opens: dict[str, int] = {}
        for k, screen in enumerate(self.screens):
            for s in screen or ():
                opens[s] = opens.get(s, 0) | 1 << k
        self._strings = tuple(opens.items())
        self._lists: dict[int, list[regex.Pattern[str]]] = {}
        """The patterns to search with, for each set of branches a block may match."""
        self._compiled: list[regex.Pattern[str] | None] = [None] * len(self._pieces)
        """Each branch compiled on its own, on first use."""

    @classmethod
    def of(cls, pattern: regex.Pattern[str]) -> Branches | None:
        """The branches of a search ``pattern`` (searched unframed); None when it has a single branch, none is
        screened, or a branch cannot be searched alone.

        Only for patterns searched anywhere in the block: one anchored at the block's start
        fails at once everywhere else, and its alternation, tried once, costs less than its
        branches tried one by one."""
        if _WHOLE.search(pattern.pattern):
            return None
        pieces = split_branches(pattern.pattern)
        if pieces is None or len(pieces) < 2:
            return None
        made = cls(pattern, pieces)
        return made if any(s is not None for s in made.screens) else None

    def chosen(self, low: str) -> list[regex.Pattern[str]]:
        """The patterns to search the lower-cased block ``low`` with, in order: the branches it
        may match, or the whole pattern when it may match them all."""
        bits = self._always
        for s, opened in self._strings:
            if s in low:
                bits |= opened
        found = self._lists.get(bits)
        if found is None:
            ks = [k for k in range(len(self._pieces)) if bits >> k & 1]
            found = [self._whole] if len(ks) == len(self._pieces) else [self._branch(k) for k in ks]
            if len(self._lists) >= self._MAX_LISTS:
                self._lists.clear()
            self._lists[bits] = found
        return found

    def patterns(self) -> list[regex.Pattern[str]]:
        """Every branch compiled alone: the patterns :meth:`chosen` may return besides the whole."""
        return [self._branch(k) for k in range(len(self._pieces))]

    def _branch(self, k: int) -> regex.Pattern[str]:
        """Branch ``k`` compiled alone (once)."""
        made = self._compiled[k]
        if made is None:
            made = self._compiled[k] = regex.compile(self._pieces[k], self._flags)
        return made
