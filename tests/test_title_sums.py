"""metadata.title's sums read only what they need (speed35): a candidate's agreement with the opening
reads each term's count once, with ``Counter.get`` (:func:`_agreement`), and its score weighs only the
features that are not 0. The same numbers as the sums they replaced, on random terms, openings and
features."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from pagecleaner.rules.metadata import Title, _agreement

WORDS = ("council", "budget", "debate", "night", "city", "plan", "2024", "学校", "予算", "spending")


def _old_agreement(terms: set[str], opening: Counter[str]) -> tuple[int, float]:
    """``Title.features``' two sums as they were: ``in`` for the shared terms, ``opening[t]`` for the counts."""
    shared = sum(1 for t in terms if t in opening)
    freq = sum(min(opening[t], 3) for t in terms) / (3 * len(terms)) if terms else 0.0
    return shared, freq


def _opening(rng: random.Random) -> Counter[str]:
    """An opening as ``Title._opening`` counts one: the terms of a few kept blocks, one update per block."""
    counts: Counter[str] = Counter()
    for _ in range(rng.randint(0, 8)):
        counts.update(set(rng.sample(WORDS, rng.randint(0, 5))))
    return counts


def test_agreement_is_the_two_sums_it_replaced() -> None:
    rng = random.Random(35)
    some = 0
    for _ in range(5_000):
        terms = set(rng.sample(WORDS, rng.randint(0, 6)))
        opening = _opening(rng)
        got = _agreement(terms, opening)
        assert got == _old_agreement(terms, opening), (terms, opening)
        some += got[0] > 0
    assert some > 1_000


def test_agreement_of_no_terms_or_no_opening_is_nothing() -> None:
    """Negative: nothing shared where the candidate has no term, or the opening holds none of its terms."""
    assert _agreement(set(), Counter({"council": 3})) == (0, 0.0)
    assert _agreement({"council", "budget"}, Counter()) == (0, 0.0)
    assert _agreement({"council", "budget"}, Counter({"night": 2})) == (0, 0.0)
    assert _agreement({"council", "budget"}, Counter({"council": 5, "night": 2})) == (1, 0.5)


def test_score_is_the_sum_over_every_feature() -> None:
    rule = Title()
    rng = random.Random(3535)
    names = list(rule.weights)
    for _ in range(2_000):
        features = {k: 0.0 for k in names}
        for k in rng.sample(names, rng.randint(0, 12)):
            features[k] = rng.choice((1.0, rng.random(), rng.randint(1, 9) / 10, -0.0))
        full = sum(rule.weights[k] * v for k, v in features.items())
        assert rule.score(features) == full


def test_score_does_not_read_the_weight_of_a_feature_that_is_0() -> None:
    """A feature at 0 adds nothing, so its weight is not looked up: a weight left out of the table is
    not asked for while its feature is 0 (the sum over every feature asked, and failed)."""
    rule = Title()
    weights = {k: w for k, w in rule.weights.items() if k != "posted"}
    rule.weights = weights  # type: ignore[misc]  # an instance's own table, for this test only
    features = {k: 0.0 for k in Title.weights}
    features["cover"] = 0.5
    assert rule.score(features) == Title.weights["cover"] * 0.5
    features["posted"] = 1.0
    with pytest.raises(KeyError):
        rule.score(features)
