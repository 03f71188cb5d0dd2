"""The top-level alternatives of a regular expression's text, for searching its branches one by one.

``regex`` tries every branch of an alternation at every position of a line, so a long alternation
searched whole is several times slower than its branches searched apart (or screened apart, as
:mod:`pagecleaner.rules.branches` does). Used by the rules' branch screens and by the teaser
patterns; it reads only the pattern's text and imports nothing of the package.
"""

from __future__ import annotations


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
