"""``dom.landmark`` screens an element's class and id tokens for a landmark role before the cached
``_landmark_role`` (most elements name none, and their many class lists would churn the cache): it
answers as the unscreened lookup did, on random token sets with and without roles."""

from __future__ import annotations

import random

from pagecleaner.blocks import DomNode
from pagecleaner.models import Kind
from pagecleaner.rules.dom import _LANDMARK_ROLES, Landmark, _landmark_role

_TOKENS = (*_LANDMARK_ROLES, "role:main", "role:button", "nav", "menu", "footer", "navigation", "banner", "x", "role")


def test_landmark_screen_answers_as_the_lookup() -> None:
    rule = Landmark()
    rng = random.Random(17)
    roles = 0
    for _ in range(5000):
        tokens = frozenset(rng.sample(_TOKENS, rng.randint(0, 4)))
        node = DomNode(1, rng.choice(("div", "section", "span")), tokens)
        expected = _landmark_role(tokens) if tokens else None
        assert rule.kind_at((node,), 0) == expected
        roles += expected is not None
    assert roles > 500


def test_a_role_marks_a_landmark_and_a_class_alone_does_not() -> None:
    rule = Landmark()
    assert rule.kind_at((DomNode(1, "div", frozenset({"role:navigation", "menu"})),), 0) is Kind.NAVIGATION
    assert rule.kind_at((DomNode(1, "div", frozenset({"navigation", "menu"})),), 0) is None


def test_a_banner_role_inside_main_marks_no_landmark() -> None:
    rule = Landmark()
    banner = DomNode(1, "div", frozenset({"role:banner"}))
    assert rule.kind_at((banner, DomNode(2, "main", frozenset())), 0) is None
    assert rule.kind_at((banner, DomNode(2, "body", frozenset())), 0) is Kind.NAVIGATION
