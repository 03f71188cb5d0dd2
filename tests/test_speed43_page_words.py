"""``related.lists`` reads a text page's words (``teasers.page_words``) once a page, not once a list.

Each run of removed lines of a text page is read as a list (``teasers.read_list``); every run with two
or more lines that :func:`teasers.one_space_points` splits asked ``page_words`` of the whole page again.
The rule now hands every run one :class:`teasers.PageWordsOnce`, which reads the words when a list first
asks. The words are a function of the page's blocks alone, so each list gets what it got before.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence

import pytest

from pagecleaner import Cleaner, teasers
from pagecleaner.blocks import Block
from pagecleaner.features import make_blocks
from pagecleaner.rules.related import TeaserLists
from pagecleaner.segment import segment_text
from pagecleaner.teasers import PageWords, PageWordsOnce, page_words, read_list

_PURE = teasers.__file__ is not None and teasers.__file__.endswith(".py")
"""Counting ``page_words`` calls by replacing the module's function works only where the module is Python."""

_LISTS = (
    "Storm damage closes three schools across the county Repairs are expected to take most of the week, officials said on Monday",
    "Local bakery wins national award for its bread The owners said they were surprised and grateful for the support of their customers",
    "Road works begin on the main bridge next month Drivers are advised to plan other routes while the work goes on",
)
_MORE = (
    "Police appeal for witnesses after crash on the ring motorway Anyone who saw the crash is asked to call the station on the usual number",
    "New library opens its doors to readers of all generations The building has a cafe and a garden where readers can sit in the summer",
    "School choir to sing at the national festival in June The pupils have practised every week since the start of the year",
)
_PAGE = "\n\n".join(
    [
        "Home",
        "News",
        "Sport",
        "Weather",
        "Contact us",
        "Council approves new budget for city parks after long debate",
        "By Jane Smith",
        "March 3, 2021",
        "The city council approved a new budget for its parks on Tuesday, after a debate that lasted most of the evening and drew a large crowd of residents to the hall.",
        "Members voted seven to two in favour of the plan, which sets aside money for new playgrounds, repairs to paths and more staff during the summer months.",
        "The mayor said the vote showed that the council listened to residents, who had asked for better parks at several meetings over the past year.",
        "Parents said repairs to the paths were overdue, the owners of nearby shops agreed, and drivers asked for more parking; anyone can read the plan, the building is open all week, and pupils will use the new playgrounds.",
        "Related stories",
        *_LISTS,
        "Share",
        "Tweet",
        "Email",
        "Most read",
        *_MORE,
        "Privacy policy",
        "Terms of use",
        "© 2021 City News",
    ]
)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    if not _PURE:
        pytest.skip("teasers is compiled: its own calls to page_words are not replaced")
    calls: list[int] = []
    real: Callable[[Sequence[Block]], PageWords] = teasers.page_words

    def count(blocks: Sequence[Block]) -> PageWords:
        calls.append(len(blocks))
        return real(blocks)

    monkeypatch.setattr(teasers, "page_words", count)
    yield calls


def test_the_words_are_read_once_and_are_page_words() -> None:
    rng = random.Random(43)
    words = ("The", "Senate", "vote", "said", "after", "Even", "witnesses", "of", "end.", "Yes,", "14", "—")
    for _ in range(100):
        lines = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(rng.randint(1, 10))]
        blocks = make_blocks(segment_text("\n\n".join(lines)))
        once = PageWordsOnce(blocks)
        first = once.get()
        assert first == page_words(blocks)
        assert once.get() is first


def test_read_list_reads_the_same_items_from_the_shared_words() -> None:
    page = make_blocks(segment_text(_PAGE))
    once = PageWordsOnce(page)
    for run in (_LISTS, _MORE):
        blocks = make_blocks(segment_text("\n\n".join(run)))
        shared = [(i.title, i.summary) for i in read_list(blocks, False, page=once)]
        alone = [(i.title, i.summary) for i in read_list(blocks, False, page=page)]
        assert shared == alone
    # The split is taken where the page prints the summary's first word in small letters.
    blocks = make_blocks(segment_text("\n\n".join(_LISTS)))
    assert [i.title for i in read_list(blocks, False, page=once)][:2] == [
        "Storm damage closes three schools across the county",
        "Local bakery wins national award for its bread",
    ]


def test_two_lists_of_one_page_ask_the_page_words_once(counted: list[int]) -> None:
    # Main read them once for each of the two lists that split one-space leads.
    blocks = [make_blocks(segment_text("\n\n".join(run))) for run in (_LISTS, _MORE)]
    page = make_blocks(segment_text(_PAGE))
    once = PageWordsOnce(page)
    for b in blocks:
        read_list(b, False, page=once)
    assert counted == [len(page)]
    for b in blocks:
        read_list(b, False, page=page)  # the blocks themselves: read each time, as before
    assert counted == [len(page)] * 3


def test_related_lists_asks_the_page_words_once_a_text_page(counted: list[int]) -> None:
    page = Cleaner(plugins=False).clean(_PAGE, input_format="text")
    assert len(counted) == 1  # main asked twice: once for each list with two split lines
    titles = [t.title for t in page.related]
    assert "Storm damage closes three schools across the county" in titles


def test_every_run_of_a_text_page_gets_one_shared_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[PageWordsOnce | None] = []
    run = TeaserLists._run

    def spy(
        self: TeaserLists,
        page: object,
        start: int,
        end: int,
        html: bool,
        kept: object,
        buttons: frozenset[int],
        words: PageWordsOnce | None,
    ) -> object:
        seen.append(words)
        return run(self, page, start, end, html, kept, buttons, words)  # type: ignore[arg-type]

    monkeypatch.setattr(TeaserLists, "_run", spy)
    Cleaner(plugins=False).clean(_PAGE, input_format="text")
    assert len(seen) >= 2
    assert seen[0] is not None and all(w is seen[0] for w in seen)
    seen.clear()
    html = "<html><body><h1>Title of the page</h1><p>" + "Some words of the article. " * 20 + "</p>"
    html += "<ul><li><a href='/a'>Storm damage closes three schools across the county</a></li>"
    html += "<li><a href='/b'>Local bakery wins national award for its bread</a></li></ul></body></html>"
    Cleaner(plugins=False).clean(html, input_format="html")
    assert all(w is None for w in seen)  # HTML never splits one-space leads
