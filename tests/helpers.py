"""What the tests of several rules share: news prose, a line placed between paragraphs of it (as text or as
HTML), and which rule removed a line.

pytest puts ``tests/`` on ``sys.path`` (the folder has no ``__init__.py``) and mypy reads it through
``mypy_path``, so a test module imports this one as ``helpers``.
"""

from __future__ import annotations

from typing import Literal

from pagecleaner import CleanedPage

PROSE = (
    "The council voted on Tuesday to close the old library on Mill Street, citing repair costs that"
    " have risen every year for a decade and a roof that leaks in every storm."
)
MORE = (
    "Residents who packed the meeting said the building was the only quiet place in the neighbourhood"
    " where children could do homework after school, and asked for a delay of one year."
)


def prose_around(line: str, *, kind: Literal["text", "html"] = "text") -> str:
    """``line`` as the third of four paragraphs of prose (``PROSE``, ``MORE``, ``line``, ``PROSE`` again): as
    text, paragraphs apart by blank lines; as HTML, the ``<p>`` elements of an ``<article>`` in a whole page.
    The two forms hold the same paragraphs, so a rule's text and HTML tests read the same page."""
    paragraphs = [PROSE, MORE, line, f"{PROSE} Again."]
    if kind == "text":
        return "\n\n".join(paragraphs)
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><body><article>{body}</article></body></html>"


def para(topic: str, n: int = 30) -> str:
    """A prose paragraph of about ``n`` words on ``topic``."""
    words = " ".join(f"{topic}{k}" for k in range(n - 4))
    return f"The council said that {words} today."


def removed_by(result: CleanedPage, text: str) -> str | None:
    """Id of the rule that removed the block containing ``text`` (None when kept)."""
    for r in result.removed:
        if text in r.text:
            return r.rule
    assert any(text in p for p in result.article.paragraphs), f"{text!r} neither kept nor removed"
    return None
