"""The top-level alternatives of a regular expression's text, for searching its branches one by one.

``regex`` tries every branch of an alternation at every position of a line, so a long alternation
searched whole is several times slower than its branches searched apart (or screened apart, as
:mod:`pagecleaner.rules.branches` does). Used by the rules' branch screens and by the teaser
patterns; it reads only the pattern's text and imports nothing of the package.
"""

from __future__ import annotations

from collections.abc import Iterable

try:  # optional (the ``fast`` extra): all of a screen's pieces in one pass over the text
    import ahocorasick_rs as _ahocorasick  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # the pure-Python path: one ``in`` per piece, the same answer
    _ahocorasick = None  # type: ignore[assignment,unused-ignore]

AUTOMATON_MAX_CHARS = 1_000_000
"""Texts longer than this are not given to an automaton that lists every overlapping match (its
list grows with the matches, a million tuples on a hostile page of currency signs): they are
searched with ``str.find``, which moves on to the next block after a hit, with the same answer.
Read by :class:`pagecleaner.rules.base.Phrases` and the page-type phrase counts."""


def split_branches(pattern: str) -> list[str] | None:
    """The top-level alternatives of ``pattern`` (split at ``|`` outside groups and sets), or None
    when its groups do not balance. A set is read to its first unescaped ``]`` (one right after ``[``
    or ``[^`` is a literal), so a POSIX class inside a set (``[[:alpha:]]``) is not read: callers that
    may meet one check for it first."""
    branches: list[str] = []
    depth, start, k, n = 0, 0, 0, len(pattern)
    while k < n:
        c = pattern[k]
        if c == "\\":
            k += 2
            continue
        if c == "[":  # a set: ``]`` right after ``[`` or ``[^`` is a literal
            k += 1
            if k < n and pattern[k] == "^":
                k += 1
            if k < n and pattern[k] == "]":
                k += 1
            while k < n and pattern[k] != "]":
                k += 2 if pattern[k] == "\\" else 1
            k += 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            branches.append(pattern[start:k])
            start = k + 1
        k += 1
    if depth != 0:
        return None
    branches.append(pattern[start:])
    return branches


class Pieces:
    """A screen's pieces of text: :meth:`any_in` says whether a text holds any of them. With
    ``ahocorasick-rs`` installed one automaton scans the text once; without it (or with
    ``automaton=False``) each piece is looked for with ``in``. Both give the same answer: a
    standard Aho-Corasick scan reports a match whenever some piece occurs."""

    __slots__ = ("_automaton", "pieces")

    def __init__(self, pieces: Iterable[str], *, automaton: bool = True) -> None:
        self.pieces = tuple(pieces)
        if any(not p for p in self.pieces):
            raise ValueError("an empty piece would let every text through")
        self._automaton = (
            _ahocorasick.AhoCorasick(list(self.pieces), matchkind=_ahocorasick.MatchKind.Standard)
            if automaton and _ahocorasick is not None and self.pieces
            else None
        )

    def any_in(self, text: str) -> bool:
        """Whether ``text`` holds one of the pieces. A text the automaton cannot read (a lone
        surrogate, which scraped text keeps) is looked through with ``in``, as
        :meth:`pagecleaner.rules.base.Phrases.where` falls back to ``str.find``."""
        if self._automaton is not None:
            try:
                return bool(self._automaton.find_matches_as_indexes(text))
            except UnicodeEncodeError:
                pass
        return any(map(text.__contains__, self.pieces))

    def found(self, text: str) -> list[int]:
        """The indexes of the pieces ``text`` holds (a piece found twice may be listed twice): every
        occurrence reported by an overlapping automaton scan, or each piece looked for with ``in``
        (without the automaton, on a text it cannot read, or on one over :data:`AUTOMATON_MAX_CHARS`)."""
        if self._automaton is not None and len(text) <= AUTOMATON_MAX_CHARS:
            try:
                return [k for k, _, _ in self._automaton.find_matches_as_indexes(text, overlapping=True)]
            except UnicodeEncodeError:
                pass
        return [k for k, piece in enumerate(self.pieces) if piece in text]
