"""Newsletter platforms' stock promotion lines go, text and HTML; prose about newsletters stays."""

from __future__ import annotations

import pytest

from helpers import prose_around, removed_by
from pagecleaner import clean

PROMOS = [
    ("Thanks for reading The Weekly! Subscribe for free to receive new posts and support my work.", "subscription.promo"),
    ("Thanks for reading The Weekly! This post is public so feel free to share it.", "share.call"),
    ("Share this post", "share.buttons"),
    ("Get posts like this in your inbox.", "newsletter.signup"),
    ("Was this newsletter forwarded to you? Sign up to get it in your inbox.", "newsletter.signup"),
    ("Already have an account? Sign in", "subscription.call"),
    ("Already a Member? Sign In", "subscription.call"),
    ("Want more DIY home decor projects? Follow me on Pinterest to see what I'm pinning.", "share.call"),
    ("Follow us on social media to stay up to date with the latest news and trends", "share.call"),
    ("You can also connect with me here:", "share.call"),
]


@pytest.mark.parametrize(("line", "rule"), PROMOS)
def test_a_platform_promotion_line_goes_in_text(line: str, rule: str) -> None:
    result = clean(prose_around(line), input_format="text")
    assert line not in result.article.text
    assert removed_by(result, line) == rule


@pytest.mark.parametrize(("line", "rule"), PROMOS)
def test_a_platform_promotion_line_goes_in_html(line: str, rule: str) -> None:
    html = prose_around(line, kind="html")
    result = clean(html, input_format="html")
    assert line not in result.article.text
    assert removed_by(result, line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Readers who subscribe for free to the app get three articles a month, the publisher said on Monday.",
        "Spam filters get better every year at keeping unwanted mail out of your inbox, the researchers found.",
        "Already a member of the board since 2019, she was elected its chair by a vote of seven to two.",
        "Most writers on the platform share this post format because readers finish it more often than long essays.",
        "Connect with us today, and let's craft content that tells your brand's story in the year ahead.",
        "Hikers who follow us on the trail should connect with the ranger station below the pass before dark.",
    ],
)
def test_prose_about_newsletters_stays(line: str) -> None:
    result = clean(prose_around(line), input_format="text")
    assert line in result.article.text
