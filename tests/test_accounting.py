"""Property: every non-blank input line ends up in exactly one place, with its text unchanged."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pagecleaner import CleanedPage, clean
from pagecleaner.segment import normalise

SEED_LINES = [
    "logo",
    "Related Articles",
    "The Hill",
    "time22 minutes ago",
    "  • The Hill",
    "Comments",
    "DOWNLOAD THE APP",
    "By Jane Doe",
    "Credit: Reuters",
    "Yahoo30-06-2025",
    "The council approved the new budget on Tuesday after a debate that lasted well into the night.",
    "and then continued the sentence in lower case",
    "Officials said the plan would fund schools, roads and a new library.",
]

lines = st.lists(
    st.one_of(st.sampled_from(SEED_LINES), st.text(max_size=80), st.just("")),
    max_size=40,
)


def check_accounting(text: str, page: CleanedPage) -> None:
    source = text.replace("\x00", "").splitlines()  # NUL removal is the one documented repair (with a warning)
    taken: set[int] = set()
    for r in page.removed:
        span = set(range(r.start_line, r.end_line + 1))
        assert not span & taken, "a line was removed twice"
        taken |= span
        assert r.text == "\n".join(source[r.start_line - 1 : r.end_line])
    kept = [normalise(source[n - 1]) for n in range(1, len(source) + 1) if n not in taken]
    kept = [k for k in kept if k]
    assert " ".join(kept) == " ".join(page.article.paragraphs)


@settings(max_examples=300, deadline=None)
@given(lines)
def test_every_line_is_in_the_article_or_removed_exactly_once(page_lines: list[str]) -> None:
    text = "\n".join(page_lines)
    check_accounting(text, clean(text))


def test_seed_accounting(seed_text: str) -> None:
    check_accounting(seed_text, clean(seed_text))
