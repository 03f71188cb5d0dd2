"""``Rule.shared_verdict``: the rules that judge most blocks with a few reasons build each verdict once.

A shared verdict must be the verdict :meth:`Rule.verdict` would have built (frozen, equal field by
field), the same instance when asked again, and the memo must stay bounded whatever reasons a page
makes up.
"""

from __future__ import annotations

from pagecleaner.models import Kind
from pagecleaner.rules.base import SHARED_VERDICTS, Label
from pagecleaner.rules.quality import Classify, Neighbours


def test_shared_verdict_equals_a_fresh_one() -> None:
    rule = Classify()
    for label, kind in ((Label.DOUBTFUL, None), (Label.CONTENT, None), (Label.BOILERPLATE, Kind.NAVIGATION)):
        assert rule.shared_verdict("short (2 words)", label=label, kind=kind) == rule.verdict(
            "short (2 words)", label=label, kind=kind
        )


def test_shared_verdict_is_built_once() -> None:
    rule = Neighbours()
    first = rule.shared_verdict("short text away from the article")
    assert rule.shared_verdict("short text away from the article") is first
    assert rule.shared_verdict("between article paragraphs", label=Label.CONTENT) is not first


def test_rules_do_not_share_their_verdicts() -> None:
    a, b = Classify(), Neighbours()
    assert a.shared_verdict("same words").rule == "quality.classify"
    assert b.shared_verdict("same words").rule == "quality.neighbours"


def test_shared_verdicts_are_bounded() -> None:
    rule = Classify()
    for k in range(SHARED_VERDICTS + 50):
        v = rule.shared_verdict(f"reason {k}")
        assert v.reason == f"reason {k}"
    assert len(rule.__dict__["_shared_verdicts"]) == SHARED_VERDICTS
    late = rule.shared_verdict(f"reason {SHARED_VERDICTS + 10}")
    assert late == rule.verdict(f"reason {SHARED_VERDICTS + 10}")
