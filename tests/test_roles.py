"""Block roles (heading, list item, quote, code, table, caption), Article.body, and the
Markdown / HTML renderings, which must parse back into the same structure."""

from __future__ import annotations

from pathlib import Path

import lxml.etree as etree
import pytest
from markdown_it import MarkdownIt
from pydantic import ValidationError

from pagecleaner import Article, CleanedPage, Paragraph, Role, clean
from pagecleaner.blocks import Shape
from pagecleaner.segment import segment_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PROSE = "The council approved the new budget on Tuesday night after a long debate about the schools."
PROSE2 = "Residents who spoke at the meeting asked for more money for the libraries and the parks."

ARTICLE_HTML = f"""<html><head><title>Dam bursts | Example</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Dam bursts</h1>
<p>{PROSE} It came <a href="/news/vote">after the vote</a> in March.</p>
<h2>What happened next</h2>
<p>{PROSE2}</p>
<h3>The numbers | so far</h3>
<ul><li>Three villages were flooded by the water</li><li>Two bridges were closed to traffic
<ol><li>The north bridge on the main road</li><li>The old rail bridge by the mill</li></ol></li></ul>
<blockquote><p>We lost everything in one night, said a farmer who lives by the river.</p></blockquote>
<pre><code>level = read_gauge("north")
if level &gt; 5:
    alert(  "flood")  # `two` spaces kept
</code></pre>
<table><tr><th>Day</th><th>Level (m)</th></tr><tr><td>Monday</td><td>3 | rising</td></tr>
<tr><td>Tuesday</td><td>5</td></tr></table>
<p># Not a heading, and 1. not a list: *stars* stay [text] &lt;b&gt; here, and it is long.</p>
<p>{PROSE2} The repairs will take most of the summer, officials said.</p>
</article><footer>&copy; 2025 Example News. All rights reserved.</footer></body></html>"""


@pytest.fixture(scope="module")
def page() -> CleanedPage:
    return clean(ARTICLE_HTML, url="https://example.org/dam")


def _roles(page: CleanedPage) -> list[tuple[str, str]]:
    return [(p.role.value, p.text[:20]) for p in page.article.body]


# -- the model --------------------------------------------------------------------------------
def test_paragraphs_are_the_texts_of_the_body(page: CleanedPage) -> None:
    assert page.article.paragraphs == [p.text for p in page.article.body]


def test_body_round_trips_through_json(page: CleanedPage) -> None:
    assert CleanedPage.model_validate_json(page.model_dump_json()) == page


def test_paragraphs_alone_give_a_plain_body() -> None:
    a = Article(paragraphs=["a", "b"])
    assert [(p.text, p.role) for p in a.body] == [("a", Role.PARAGRAPH), ("b", Role.PARAGRAPH)]


def test_body_alone_gives_the_paragraphs() -> None:
    a = Article(body=[Paragraph(text="Intro", role=Role.HEADING, level=2), Paragraph(text="x")])
    assert a.paragraphs == ["Intro", "x"]
    assert a.text == "Intro\n\nx"


def test_paragraphs_that_disagree_with_the_body_are_rejected() -> None:
    with pytest.raises(ValidationError, match="texts of body"):
        Article(paragraphs=["a"], body=[Paragraph(text="b")])


def test_readme_markdown_example_prints_what_the_readme_shows(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (FIXTURES.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Structure and Markdown") :]
    code = section[section.index("```python\n") + 10 : section.index("```\n", section.index("```python\n") + 10)]
    shown = section[section.index("```markdown\n") + 12 : section.index("```\n", section.index("```markdown\n") + 12)]
    monkeypatch.chdir(FIXTURES.parent)
    exec(compile(code, "README.md", "exec"), {})
    assert capsys.readouterr().out.rstrip("\n") == shown.rstrip("\n")


def test_seed_page_markdown_is_the_fixture(seed_text: str) -> None:
    assert clean(seed_text).to_markdown(related=True) == (FIXTURES / "seed.md").read_text(encoding="utf-8")


# -- roles from HTML ---------------------------------------------------------------------------
def test_html_headings_carry_their_level(page: CleanedPage) -> None:
    heads = [(p.text, p.level) for p in page.article.body if p.role is Role.HEADING]
    assert heads == [("What happened next", 2), ("The numbers | so far", 3)]


def test_html_list_items_carry_depth_and_order(page: CleanedPage) -> None:
    items = [(p.text, p.depth, p.ordered) for p in page.article.body if p.role is Role.LIST_ITEM]
    assert items == [
        ("Three villages were flooded by the water", 1, False),
        ("Two bridges were closed to traffic", 1, False),
        ("The north bridge on the main road", 2, True),
        ("The old rail bridge by the mill", 2, True),
    ]


def test_html_pre_keeps_its_white_space_exactly(page: CleanedPage) -> None:
    (code,) = [p for p in page.article.body if p.role is Role.CODE]
    assert code.text == 'level = read_gauge("north")\nif level > 5:\n    alert(  "flood")  # `two` spaces kept'


def test_html_table_is_one_block_with_rows_of_cells(page: CleanedPage) -> None:
    (table,) = [p for p in page.article.body if p.role is Role.TABLE]
    assert table.rows == [["Day", "Level (m)"], ["Monday", "3 | rising"], ["Tuesday", "5"]]
    assert table.text == "Day | Level (m)\nMonday | 3 | rising\nTuesday | 5"


def test_html_quote_and_links(page: CleanedPage) -> None:
    assert [p.role for p in page.article.body if p.text.startswith("We lost")] == [Role.QUOTE]
    first = page.article.body[0]
    assert [(link.text, link.url) for link in first.links] == [("after the vote", "https://example.org/news/vote")]


def test_layout_table_is_not_a_table() -> None:
    cells = "".join(f"<tr><td><p>{PROSE} Row {i}.</p><table><tr><td>a</td><td>b</td></tr></table></td></tr>" for i in range(3))
    page = clean(f"<html><body><table>{cells}</table></body></html>")
    assert all(p.role is not Role.TABLE or p.text == "a | b" for p in page.article.body)
    assert any(p.role is Role.PARAGRAPH and p.text.startswith("The council") for p in page.article.body)


@pytest.mark.parametrize(("where", "one_table"), [("caption", True), ("td", False)])
def test_heading_in_a_caption_titles_a_data_table(where: str, one_table: bool) -> None:
    rows = "".join(f"<tr><th>Plan {i}</th><td>${i}9 a month</td><td>{i} users</td></tr>" for i in range(1, 4))
    title = "<h2>Compare the plans</h2>"
    table = f"<table><caption>{title}</caption>{rows}</table>" if where == "caption" else f"<table><tr><td>{title}</td></tr>{rows}</table>"
    page = clean(f"<html><body><article><p>{PROSE}</p>{table}<p>{PROSE2}</p></article></body></html>")
    tables = [p for p in page.article.body if p.role is Role.TABLE]
    assert (len(tables) == 1 and tables[0].rows is not None and ["Plan 2", "$29 a month", "2 users"] in tables[0].rows) is one_table


def test_html_without_structure_is_all_paragraphs() -> None:
    page = clean(f"<html><body><div><p>{PROSE}</p><p>{PROSE2}</p></div></body></html>")
    assert [p.role for p in page.article.body] == [Role.PARAGRAPH, Role.PARAGRAPH]


# -- roles from text ---------------------------------------------------------------------------
def _text_roles(text: str) -> list[tuple[str, int, bool]]:
    return [
        (s.shape.role.value if s.shape else "paragraph", s.shape.level if s.shape else 0, s.shape.ordered if s.shape else False)
        for s in segment_text(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("• Apples\n• Pears", [("list_item", 1, False)] * 2),
        ("• Only one bullet", [("list_item", 1, False)]),
        ("- Apples\n- Pears\n  - Green pears", [("list_item", 1, False), ("list_item", 1, False), ("list_item", 2, False)]),
        ("1. Preheat the oven\n2. Mix the flour", [("list_item", 1, True)] * 2),
        ("a) the first case\nb) the second case", [("list_item", 1, True)] * 2),
        (f"{PROSE}\n\nWhat happens next\n\n{PROSE2}", [("paragraph", 0, False), ("heading", 2, False), ("paragraph", 0, False)]),
        (f"You will need:\nFlour\nSugar\n\n{PROSE}", [("paragraph", 0, False), ("list_item", 1, False), ("list_item", 1, False), ("paragraph", 0, False)]),
    ],
)
def test_text_shows_its_structure(text: str, expected: list[tuple[str, int, bool]]) -> None:
    assert _text_roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "- a dash that starts one line only",
        "1. A numbered line alone",
        f"{PROSE}\n\nThis short line ends with a stop.\n\n{PROSE2}",
        f"{PROSE}\n\nA short line at the end",
        "Short line\nAnother short line\nA third short one",
        f"{PROSE}  With two spaces.\n{PROSE2}  Again two.",
    ],
)
def test_text_without_structure_stays_paragraphs(text: str) -> None:
    assert {role for role, _, _ in _text_roles(text)} == {"paragraph"}


SPACED = f"{PROSE}\n\n{PROSE2}\n\n{PROSE}\n\n{PROSE2}\n\n"
"""Prose set apart by blank lines, as a browser's innerText prints ``<p>``."""


def test_stacked_lines_between_spaced_paragraphs_are_a_list() -> None:
    text = SPACED + "Flour from the mill\nSugar from the shop\nEggs from the farm\n\n" + PROSE
    assert [r for r, _, _ in _text_roles(text)][4:] == ["list_item", "list_item", "list_item", "paragraph"]


def test_stacked_sentences_under_a_lead_in_are_a_list() -> None:
    text = f"{PROSE}\n\nWe see two risks:\n\nThe costs may rise.\nThe staff may leave.\n\n{PROSE2}"
    assert [r for r, _, _ in _text_roles(text)] == ["paragraph", "paragraph", "list_item", "list_item", "paragraph"]


def test_heading_stacked_on_a_list_of_sentences() -> None:
    text = SPACED + "What we found\nThe costs may rise again next year.\nThe staff may leave for other towns.\n\n" + PROSE
    assert [r for r, _, _ in _text_roles(text)][4:] == ["heading", "list_item", "list_item", "paragraph"]


def test_title_case_line_standing_alone_is_a_heading() -> None:
    text = SPACED + "Second Meal of the Day\n\nEat every two hours\n\nSlow cooker chili, a cup of rice\n\n" + PROSE
    assert [r for r, _, _ in _text_roles(text)][4:6] == ["heading", "paragraph"]


@pytest.mark.parametrize(
    "text",
    [
        f"{PROSE}\n{PROSE2}\n{PROSE}\n{PROSE2}\nThe costs may rise.\nThe staff may leave.",  # nothing set apart
        SPACED + "The costs may rise.\n(2,000 jobs, 300 homes)\n\n" + PROSE,  # two lines, not parallel
    ],
)
def test_text_without_a_list_stays_paragraphs(text: str) -> None:
    assert {role for role, _, _ in _text_roles(text)} == {"paragraph"}


def test_two_lines_set_apart_not_in_title_case_are_no_list() -> None:
    # Not title case: no list of two. The lower-case line set apart over prose is its heading
    # since struct33 (see test_a_lower_case_line_set_apart_over_prose_is_its_heading); this case
    # asserted every line a paragraph before.
    roles = [r for r, _, _ in _text_roles(SPACED + "Eat every two hours\n\nsecond meal of the day\n\n" + PROSE)]
    assert "list_item" not in roles
    assert roles[-3:] == ["paragraph", "heading", "paragraph"]


def test_numbered_line_standing_alone_is_a_heading() -> None:
    text = SPACED + "3. Blue Moving\n\nIt has 313 reviews.\n\n" + PROSE
    assert [r for r, _, _ in _text_roles(text)][4:6] == ["heading", "paragraph"]


def test_title_case_label_with_a_colon_over_prose_is_a_heading() -> None:
    text = f"{PROSE}\n\nInstructions for Replacing Fuses:\n\n{PROSE2}"
    assert [r for r, _, _ in _text_roles(text)] == ["paragraph", "heading", "paragraph"]


@pytest.mark.parametrize(
    "lead_in", ["Here is what the council decided:", "notes:", "Instructions for Replacing Fuses:\nThe fuse box is down in the cellar."]
)
def test_lead_in_with_a_colon_is_not_a_heading(lead_in: str) -> None:
    text = f"{PROSE}\n\n{lead_in}\n\n{PROSE2}"
    assert "heading" not in [r for r, _, _ in _text_roles(text)]


@pytest.mark.parametrize("label", ["Makeup:", "Shaving cream:"])
def test_a_word_or_two_with_a_colon_set_apart_over_prose_is_a_heading(label: str) -> None:
    text = f"{PROSE}\n\n{label}\n\n{PROSE2}"
    assert [r for r, _, _ in _text_roles(text)] == ["paragraph", "heading", "paragraph"]
    assert "heading" not in [r for r, _, _ in _text_roles(f"{PROSE}\n\n{label}\n\nthe end")]  # no prose under it


def test_short_label_with_a_colon_stacked_on_a_list_is_its_heading() -> None:
    items = "Online classes for a wide range of subjects\nTransparent prices on every tutor profile\n"
    cons = "No free demo lesson for new students\nIt may take time to find the right tutor.\n"
    text = SPACED + "Pros:\n" + items + "Cons:\n" + cons + "\n" + PROSE
    assert [r for r, _, _ in _text_roles(text)][4:] == ["heading", "list_item", "list_item", "heading", "list_item", "list_item", "paragraph"]
    three = items + "Some tutors cancel at the last minute.\n"
    assert [r for r, _, _ in _text_roles(SPACED + "Pros:\n" + three + "\n" + PROSE)][4:] == ["heading"] + ["list_item"] * 3 + ["paragraph"]
    long = SPACED + "Here is what the council decided:\n" + three + "\n" + PROSE  # stacked on the list: no lead-in <p>
    assert [r for r, _, _ in _text_roles(long)][4:] == ["heading"] + ["list_item"] * 3 + ["paragraph"]
    apart = SPACED + "Here is what the council decided:\n\n" + three + "\n" + PROSE  # set apart: a lead-in <p>
    assert [r for r, _, _ in _text_roles(apart)][4] == "paragraph"


def test_title_case_label_with_a_colon_stacked_on_a_list_is_its_heading() -> None:
    items = "Position the keyboard at or just below your elbows\nKeep the mouse close to your body\nUse a padded palm support under your palms.\n"
    text = SPACED + "Tips for Keyboard and Mouse Setup:\n" + items + "\n" + PROSE
    assert [r for r, _, _ in _text_roles(text)][4:] == ["heading"] + ["list_item"] * 3 + ["paragraph"]
    lead_in = SPACED + "Here are the tips for the setup:\n" + items + "\n" + PROSE  # a sentence, stacked on the list
    assert [r for r, _, _ in _text_roles(lead_in)][4:] == ["heading"] + ["list_item"] * 3 + ["paragraph"]
    long = SPACED + "Here are the tips that the council gave to every office worker in the town hall this spring:\n" + items
    assert [r for r, _, _ in _text_roles(long + "\n" + PROSE)][4:] == ["list_item"] * 4 + ["paragraph"]  # fifteen words: a lead-in


def test_numbered_sentences_standing_alone_over_prose_are_headings() -> None:
    text = f"1. Shop at bulk food stores.\n\n{PROSE}\n\n2. Carry your own containers.\n\n{PROSE2}"
    assert [r for r, _, _ in _text_roles(text)] == ["heading", "paragraph", "heading", "paragraph"]
    alone = f"{PROSE}\n\n1. Shop at bulk food stores.\n\n{PROSE2}"  # no number after it
    assert "heading" not in [r for r, _, _ in _text_roles(alone)]
    apart = f"1. Shop at bulk food stores.\n\n{PROSE}\n\n5. Carry your own containers.\n\n{PROSE2}"  # not numbered on
    assert "heading" not in [r for r, _, _ in _text_roles(apart)]


def test_short_line_over_a_longer_short_sentence_is_its_heading() -> None:
    text = f"{PROSE}\n\nTutor pricing\n\nTutors set their rates.\n\n{PROSE2}"
    assert [r for r, _, _ in _text_roles(text)] == ["paragraph", "heading", "paragraph", "paragraph"]
    for under in ("It is free.", "Free."):  # no longer than the line over it, or under three words
        assert "heading" not in [r for r, _, _ in _text_roles(f"{PROSE}\n\nTutor pricing\n\n{under}\n\n{PROSE2}")]


def _records(fields: list[str]) -> str:
    return "".join(f"{field}\n\n{PROSE}\n\n" for field in fields)


def test_fields_of_a_run_of_records_are_not_headings() -> None:
    text = _records(["Year Founded: 2018", "Team Size: 11 to 50", "Year Founded: 2005", "Team Size: 51 to 200", "Year Founded: 1994", "Team Size: 2 to 10"])
    assert "heading" not in [r for r, _, _ in _text_roles(text)]


@pytest.mark.parametrize(
    "fields",
    [
        ["Example: Creating a bucket", "Example: Listing the buckets", "Example: Deleting a bucket"],  # one label only
        ["Q: Which apps do you use?", "A: Maps and mail", "Q: Which phone do you have?", "A: An old one", "Q: Where do you live?", "A: Leeds"],
        ["Year Founded: 2018", "Team Size: 11 to 50", "Year Founded: 2005", "Team Size: 51 to 200"],  # two records are no run
    ],
)
def test_labelled_lines_that_are_no_fields_stay_headings(fields: list[str]) -> None:
    roles = [r for r, _, _ in _text_roles(_records(fields))]
    assert roles[0] == "heading"


def test_short_line_set_apart_over_a_stacked_list_is_not_a_heading() -> None:
    text = SPACED + "Over ear\n\nBluetooth and corded connectivity\nPassive noise canceling\nGood sound at any volume\n\n" + PROSE
    assert [r for r, _, _ in _text_roles(text)][4:] == ["paragraph"] + ["list_item"] * 3 + ["paragraph"]


@pytest.mark.parametrize(
    "run",
    [
        "What We Found\nThe costs may rise again.\nThe staff may leave town.\nThe parks may close.",  # stacked on the list
        "What We Found\n\nRecruiting pipelines\n\nPayroll runs\n\nBenefits renewals",  # over items each set apart
    ],
)
def test_heading_over_a_list_stays_a_heading(run: str) -> None:
    text = SPACED + run + "\n\n" + PROSE
    assert [r for r, _, _ in _text_roles(text)][4:] == ["heading"] + ["list_item"] * 3 + ["paragraph"]


LABELLED = "Licensing and credentials: Make sure the firm is licensed.\nPricing and estimates: Get a quote in person.\nService and reviews: Look for strong ratings."


def test_stacked_lines_each_opening_with_its_own_label_are_a_list() -> None:
    text = f"{PROSE}\n\n{LABELLED}\n\n{PROSE2}"
    assert [r for r, _, _ in _text_roles(text)] == ["paragraph"] + ["list_item"] * 3 + ["paragraph"]


def test_two_stacked_labelled_sentences_under_a_heading_are_a_list() -> None:
    text = f"""{PROSE}

1. Desktop Organizers
Pens, Pencils & Markers: A divided cup or tray keeps your writing tools at reach.
Sticky Notes & Notepads: Stack these flat in a shallow tray to grab a pad fast.
2. Drawer Dividers
Scissors, Clips & Hole Punchers: Use small bins to corral the cutting tools.
Batteries & Chargers: A sectioned drawer means no more rummaging for a battery.

{PROSE2}"""
    roles = [r for r, _, _ in _text_roles(text)]
    assert roles[2:4] == roles[5:7] == ["list_item"] * 2


@pytest.mark.parametrize(
    "pair",
    [
        "Facebook Live: Best for businesses\nTikTok Live: Best for influencers and ecommerce",  # titles, no sentences
        # stacked on prose, on a page of <div>s (no blank line: no other rule reads a list)
        f"{PROSE2}\nPricing: Get a quote in person before you sign.\nReviews: Look for strong ratings on two sites.\n{PROSE2}",
    ],
)
def test_two_labelled_lines_that_are_no_list_stay_unlisted(pair: str) -> None:
    text = f"{PROSE}\n{pair}\n{PROSE2}"
    assert "list_item" not in [r for r, _, _ in _text_roles(text)]


def test_labels_of_up_to_six_words_open_items() -> None:
    """A label may name its item in five or six words ("New York vs. New Jersey", "Freebird TKL
    Full Kit ($249.99)"): the lines are the items of a list all the same."""
    text = f"""{PROSE}

New York vs. New Jersey: The cost to file in New Jersey is $125.
New York vs. Delaware: Delaware has a few unique benefits for an LLC.
Freebird TKL Full Kit ($249.99): Tenkeyless layout with an aluminum case.

{PROSE2}"""
    assert [r for r, _, _ in _text_roles(text)] == ["paragraph"] + ["list_item"] * 3 + ["paragraph"]


@pytest.mark.parametrize(
    "text",
    [
        f"{PROSE}\n\n{LABELLED.replace(chr(10), chr(10) * 2)}\n\n{PROSE2}",  # set apart: as often <p>s
        # Stacked among stacked prose (a page of <div>s, so no other rule reads the stacked
        # lines as a list):
        f"{PROSE}\n{PROSE2}\n" + "\n".join(LABELLED.split("\n")[:2]) + f"\n{PROSE2}\n{PROSE}",  # two lines
        f"{PROSE}\n{PROSE2}\nPrice: $20 for the small box.\nPrice: $30 for the large box.\nPrice: $45 for the crate.\n{PROSE2}\n{PROSE}",  # one label: records
        f"{PROSE}\n{PROSE2}\n" + LABELLED.replace("Pricing and estimates", "Pricing and estimates for the whole move") + f"\n{PROSE2}\n{PROSE}",  # a label of seven words
    ],
)
def test_labelled_lines_that_are_no_list_stay_paragraphs(text: str) -> None:
    assert "list_item" not in [r for r, _, _ in _text_roles(text)]


def test_sentences_stacked_between_paragraphs_set_apart_are_a_list() -> None:
    """On a page that sets its paragraphs apart, two sentences stacked with no blank line
    between them print as ``innerText`` prints two ``<li>``s (a ``<p>`` gets blank lines)."""
    stacked = "\n".join(LABELLED.split("\n")[:2])
    text = f"{PROSE}\n\n{stacked}\n\n{PROSE2}"
    assert [r for r, _, _ in _text_roles(text)] == ["paragraph", "list_item", "list_item", "paragraph"]
    # Where the paragraphs are stacked too (a page of <div>s), nothing sets them apart.
    flat = f"{PROSE}\n{PROSE2}\n{stacked}\n{PROSE2}\n{PROSE}"
    assert "list_item" not in [r for r, _, _ in _text_roles(flat)]


@pytest.mark.parametrize("line", ["Skipping rope for 8 pounds at https://example.org/rope", "Read More at www.example.org"])
def test_line_with_a_web_address_is_not_a_heading(line: str) -> None:
    text = f"{PROSE}\n\n{line}\n\n{PROSE2}"
    assert [r for r, _, _ in _text_roles(text)] == ["paragraph"] * 3
    assert [r for r, _, _ in _text_roles(text.replace(line, "Skipping Rope"))][1] == "heading"


def test_question_stacked_over_answers_that_ask_nothing_is_a_heading() -> None:
    text = SPACED + "Which tutoring sites are best for kids?\nBrighterly\nPreply\nWyzant\n\n" + PROSE
    assert [r for r, _, _ in _text_roles(text)][4:] == ["heading"] + ["list_item"] * 3 + ["paragraph"]


def test_title_case_line_over_stacked_lines_heads_a_list_on_any_page() -> None:
    text = f"{PROSE}\n\n$217.99\nBuy Now\n\nApple Tablet Pro With Wi-Fi\nIt has a Liquid Retina display.\nIt has a Bionic chip with a Neural Engine.\nIt has Face ID for a secure login.\n\n{PROSE2}"
    assert [r for r, _, _ in _text_roles(text)][3:] == ["heading"] + ["list_item"] * 3 + ["paragraph"]


@pytest.mark.parametrize(
    "run",
    [
        "Meeting Notes From Tuesday\nThe council met at six.\nBudget talks\nThe mayor spoke last.",  # items not alike
        "Meeting Notes From Tuesday\nFlour from the mill\nSugar from the shop",  # too short a run
    ],
)
def test_stacked_lines_without_a_titled_head_stay_paragraphs(run: str) -> None:
    text = f"{PROSE}\n\n$217.99\nBuy Now\n\n{run}\n\n{PROSE2}"
    assert "list_item" not in [r for r, _, _ in _text_roles(text)]


def test_heading_stacked_over_a_line_that_is_no_list_stands() -> None:
    text = SPACED + "Initializing a Repository\n# Create a new Git repository\n\ngit init my-project\n\n" + PROSE
    assert [r for r, _, _ in _text_roles(text)][4:] == ["heading", "paragraph", "paragraph", "paragraph"]


@pytest.mark.parametrize("head", ["initializing a repository", "Initializing a repository, then:", "Run this once."])
def test_line_stacked_over_a_line_that_is_no_list_is_no_heading_unless_it_reads_as_one(head: str) -> None:
    text = SPACED + head + "\n# Create a new Git repository\n\ngit init my-project\n\n" + PROSE
    assert "heading" not in [r for r, _, _ in _text_roles(text)]


def test_three_heading_like_lines_stacked_over_prose_are_a_list() -> None:
    text = f"{PROSE}\n{PROSE2}\nHistory of the town\nTypes of houses\nBenefits of the river\n{PROSE}"
    assert [r for r, _, _ in _text_roles(text)] == ["paragraph", "paragraph"] + ["list_item"] * 3 + ["paragraph"]


def test_list_stacked_over_a_heading_of_another_kind_keeps_the_heading() -> None:
    text = f"{PROSE}\n{PROSE2}\nHistory of the town\nTypes of houses\nBenefits of the river\nWhat The Council Decided\n{PROSE}"
    assert [r for r, _, _ in _text_roles(text)][2:] == ["list_item"] * 3 + ["heading", "paragraph"]


def test_title_case_line_stacked_over_a_list_of_heading_like_lines_is_its_heading() -> None:
    text = f"{PROSE}\n{PROSE2}\nMeal Prep Menu for Monday\nFlour from the mill\nSugar from the shop\nEggs from the farm\n{PROSE}"
    assert [r for r, _, _ in _text_roles(text)][2:] == ["heading"] + ["list_item"] * 3 + ["paragraph"]


def test_heading_stacked_over_a_subheading_stays_a_chain_of_two() -> None:
    text = f"{PROSE}\n{PROSE2}\nHistory of the town\nTypes of houses\n{PROSE}"
    assert [r for r, _, _ in _text_roles(text)] == ["paragraph", "paragraph", "heading", "heading", "paragraph"]


def test_stacked_lines_under_a_line_that_is_no_heading_are_no_titled_list() -> None:
    # No title-case head: the line above stays a paragraph; the three heading-like lines under
    # it are no chain of headings but a list (see _headings).
    run = "meeting notes from tuesday\nFlour from the mill\nSugar from the shop\nEggs from the farm"
    text = f"{PROSE}\n\n$217.99\nBuy Now\n\n{run}\n\n{PROSE2}"
    assert [r for r, _, _ in _text_roles(text)][-5:] == ["paragraph"] + ["list_item"] * 3 + ["paragraph"]


def test_a_word_or_two_in_a_stacked_list_over_longer_items_is_their_heading() -> None:
    text = SPACED + "Get the report\nKey results\nThe costs fell by a tenth in one year\nThe staff stayed on for two more years\n\n" + PROSE
    assert [r for r, _, _ in _text_roles(text)][4:] == ["list_item", "heading", "list_item", "list_item", "paragraph"]
    short = SPACED + "Flour\nSugar\nSalt\nEggs\n\n" + PROSE  # no longer lines under it
    assert [r for r, _, _ in _text_roles(short)][4:] == ["list_item"] * 4 + ["paragraph"]
    lower = SPACED + "Get the report\nresults\nThe costs fell by a tenth in one year\nThe staff stayed on for two more years\n\n" + PROSE
    assert "heading" not in [r for r, _, _ in _text_roles(lower)]


def test_mixed_lines_stacked_on_a_spaced_page_are_a_list() -> None:
    text = SPACED + "The costs may rise.\n(2,000 jobs, 300 homes)\nThe staff may leave.\n\n" + PROSE
    assert [r for r, _, _ in _text_roles(text)][4:] == ["list_item"] * 3 + ["paragraph"]


def test_heading_at_the_foot_of_a_list_over_prose() -> None:
    text = SPACED + "Flour from the mill\nSugar from the shop\nEggs from the farm\nWhat It Costs\n\n" + PROSE
    assert [r for r, _, _ in _text_roles(text)][4:] == ["list_item"] * 3 + ["heading", "paragraph"]


def test_short_lines_each_set_apart_are_a_list() -> None:
    text = SPACED + "Recruiting pipelines\n\nPayroll runs\n\nBenefits renewals\n\n" + PROSE
    assert [r for r, _, _ in _text_roles(text)][4:] == ["list_item"] * 3 + ["paragraph"]


def test_lines_of_up_to_a_dozen_words_each_set_apart_are_a_list() -> None:
    items = "Which countries they file taxes in\n\nHow they fund payroll in local currency\n\nHow journal entries post to your general ledger without edits\n\n"
    assert [r for r, _, _ in _text_roles(SPACED + items + PROSE)][4:] == ["list_item"] * 3 + ["paragraph"]
    longer = items.replace("without edits", "without any manual edits by the team at the end of the month")
    assert [r for r, _, _ in _text_roles(SPACED + longer + PROSE)][4:] == ["paragraph"] * 4  # a long line breaks the run
    linked = items.replace("in local currency", "at https://example.org/pay")
    assert "list_item" not in [r for r, _, _ in _text_roles(SPACED + linked + PROSE)]  # a web address: a note


def test_short_line_over_a_heading_across_a_blank_is_not_a_heading() -> None:
    text = SPACED + "Drink it before your workout\n\nThe Workout Drink\n\nsip it slowly\n\n" + PROSE
    assert [r for r, _, _ in _text_roles(text)][4:6] == ["paragraph", "heading"]


def test_tab_aligned_lines_are_one_table() -> None:
    (seg,) = segment_text("Day\tLevel\nMonday\t3\nTuesday\t5")
    assert seg.shape is not None and seg.shape.role is Role.TABLE
    assert seg.shape.rows == (("Day", "Level"), ("Monday", "3"), ("Tuesday", "5"))
    assert (seg.start_line, seg.end_line) == (1, 3)


def test_space_aligned_lines_are_a_table_only_when_their_columns_line_up() -> None:
    aligned = "Team      Won   Lost\nAlpha     10    2\nBravo     8     4"
    ragged = "Team   Won   Lost\nAlpha    10   2\nBravo     8     4"
    assert [s.shape.role if s.shape else None for s in segment_text(aligned)] == [Role.TABLE]
    assert all(s.shape is None for s in segment_text(ragged))


def _paragraph_cells(rows: list[list[str]]) -> str:
    """A table whose cells each hold a ``<p>``, as ``innerText`` prints it: each cell between
    blank lines, a lone tab line between two cells, four blank lines between rows."""
    return "\n\n\n\n\n".join("\n\n\t\n\n".join(row) for row in rows)


def test_cells_that_each_hold_a_paragraph_are_one_table() -> None:
    rows = [["Trend", "Impact"], ["Zero Trust", "Firms move beyond VPN-only access."], ["Cloud Security", "Spending on the cloud grows."]]
    segs = segment_text(f"{PROSE}\n\n{_paragraph_cells(rows)}\n\n{PROSE2}")
    assert [s.shape.role if s.shape else None for s in segs] == [None, Role.TABLE, None]
    table = segs[1]
    assert table.shape is not None and table.shape.rows == tuple(tuple(row) for row in rows)
    assert (table.start_line, table.end_line) == (3, 25)
    page = clean(f"{SPACED}{_paragraph_cells(rows)}\n\n{PROSE2}", input_format="text")
    (body_table,) = [p for p in page.article.body if p.role is Role.TABLE]
    assert body_table.text == "Trend Impact\nZero Trust Firms move beyond VPN-only access.\nCloud Security Spending on the cloud grows."


@pytest.mark.parametrize(
    "rows",
    [
        [["Trend", "Impact"]],  # one row: two paragraphs with a tab between them
        [["Trend", "Impact"], ["Zero Trust", "Firms move", "Beyond VPN"]],  # rows of different widths
    ],
)
def test_paragraphs_cut_by_a_lone_tab_are_no_table_without_two_rows_alike(rows: list[list[str]]) -> None:
    segs = segment_text(f"{PROSE}\n\n{_paragraph_cells(rows)}\n\n{PROSE2}")
    assert all(s.shape is None or s.shape.role is not Role.TABLE for s in segs)


def test_paragraph_cells_with_rows_one_blank_line_apart_are_no_table() -> None:
    text = "Trend\n\n\t\n\nImpact\n\nZero Trust\n\n\t\n\nFirms move"  # a row's cells, a paragraph, a row's cells
    assert all(s.shape is None or s.shape.role is not Role.TABLE for s in segment_text(text))


# -- Markdown ----------------------------------------------------------------------------------
def _parse_markdown(md: str) -> etree._Element:
    html = MarkdownIt("commonmark").enable("table").render(md)
    return etree.fromstring(f"<div>{html}</div>", etree.HTMLParser()).find(".//div")


def _text(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


def test_markdown_parses_back_into_the_same_structure(page: CleanedPage) -> None:
    doc = _parse_markdown(page.to_markdown())
    body = page.article.body
    assert [(_text(h), int(h.tag[1])) for h in doc.iter("h1", "h2", "h3", "h4", "h5", "h6")] == [
        ("Dam bursts", 1),
        *[(p.text, p.level) for p in body if p.role is Role.HEADING],
    ]
    items = [("".join(li.xpath("text()")).strip(), len(li.xpath("ancestor::ul|ancestor::ol"))) for li in doc.iter("li")]
    assert items == [(p.text, p.depth) for p in body if p.role is Role.LIST_ITEM]
    assert [li.getparent().tag for li in doc.iter("li")] == ["ul", "ul", "ol", "ol"]
    (code,) = doc.iter("code")
    assert code.text == next(p.text for p in body if p.role is Role.CODE) + "\n"
    rows = [[_text(c) for c in tr.iter("th", "td")] for tr in doc.iter("tr")]
    assert rows == next(p.rows for p in body if p.role is Role.TABLE)
    assert [_text(q) for q in doc.iter("blockquote")] == [p.text for p in body if p.role is Role.QUOTE]


def test_markdown_escapes_text_that_looks_like_markup(page: CleanedPage) -> None:
    doc = _parse_markdown(page.to_markdown())
    tricky = next(p.text for p in page.article.body if p.text.startswith("# Not"))
    assert tricky in [_text(p) for p in doc.iter("p")]
    assert not list(doc.iter("em", "b"))


def test_markdown_links_and_images_when_asked() -> None:
    html = f'<html><body><article><p><img src="/pic.jpg" alt="The dam [north]"></p><p>{PROSE} See <a href="/more">the report</a>.</p></article></body></html>'
    page = clean(html, url="https://example.org/a")
    plain = page.to_markdown()
    assert "](" not in plain
    md = page.to_markdown(links=True, images=True)
    doc = _parse_markdown(md)
    assert [(a.get("href"), _text(a)) for a in doc.iter("a")] == [("https://example.org/more", "the report")]
    assert [(i.get("src"), i.get("alt")) for i in doc.iter("img")] == [("https://example.org/pic.jpg", "The dam [north]")]


def test_markdown_ends_with_the_teasers_when_asked(seed_text: str) -> None:
    page = clean(seed_text)
    assert "## Related" not in page.to_markdown()
    doc = _parse_markdown(page.to_markdown(related=True))
    assert len(doc.xpath("//h2[.='Related']/following-sibling::ul/li")) == len(page.related) == 3


# -- HTML --------------------------------------------------------------------------------------
def test_to_html_escapes_every_text() -> None:
    evil = '<script>alert("x")</script> & friends'
    page = CleanedPage(article=Article(title=evil, body=[Paragraph(text=evil), Paragraph(text=evil, role=Role.CODE)]))
    out = page.to_html()
    assert "<script>" not in out
    assert out.count("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; friends") == 4  # <title>, <h1>, <p>, <pre>


def test_to_html_keeps_the_structure(page: CleanedPage) -> None:
    doc = etree.fromstring(page.to_html(), etree.HTMLParser())
    assert [_text(h) for h in doc.iter("h2", "h3")] == ["What happened next", "The numbers | so far"]
    assert len(doc.xpath("//ul/li/ol/li")) == 2
    assert [[_text(c) for c in tr.iter("td")] for tr in doc.iter("tr")][1] == ["Monday", "3 | rising"]
    assert doc.xpath("//pre/code")[0].text.endswith('alert(  "flood")  # `two` spaces kept')


FAQ = (
    "How can I retire early?\n"
    "Think about your retirement needs early in life and start saving soon, even if you start small.\n"
    "How long will my money last in retirement?\n"
    "It depends on your spending needs and how much you have saved over the years."
)


def test_questions_stacked_over_their_answers_are_headings() -> None:
    text = f"{PROSE}\n\n{FAQ}\n\n{PROSE2}"
    assert [r for r, _, _ in _text_roles(text)] == ["paragraph", "heading", "paragraph", "heading", "paragraph", "paragraph"]


@pytest.mark.parametrize(
    "run",
    [
        "\n".join(FAQ.split("\n")[:2]),  # one question and its answer
        # questions stacked among titles, with no answers between them: a table of contents
        "What is a mesh router?\nMesh networks: advantages and disadvantages\nHow do I set up mesh WiFi?\nMesh WiFi: an overview",
    ],
)
def test_questions_without_answers_in_pairs_are_no_headings_over_answers(run: str) -> None:
    roles = _text_roles(f"{PROSE}\n\n{run}\n\n{PROSE2}")
    assert not any(r == "heading" and level == 3 for r, level, _ in roles)


VERDICTS = "Pros\nLong battery life\nBeautiful OLED screen\nGreat webcam\nCons\nGlossy screen is hard to read outside\nSlow at heavy workloads"


@pytest.mark.parametrize(("pros", "cons"), [("Pros", "Cons"), ("Vorteile", "Nachteile"), ("Ventajas", "Desventajas")])
def test_verdict_labels_stacked_in_a_list_head_it(pros: str, cons: str) -> None:
    text = VERDICTS.replace("Pros", pros).replace("Cons", cons)
    roles = [r for r, _, _ in _text_roles(f"{PROSE}\n\n{text}\n\n{PROSE2}")]
    assert roles[1:7] == ["heading", "list_item", "list_item", "list_item", "heading", "list_item"]


@pytest.mark.parametrize(
    "run",
    [
        "Plans\nFree\nPro\nEnterprise",  # "Pro" is a plan's name as often
        "Our pros\nFast service\nFair prices",  # a label with more words is no verdict label
    ],
)
def test_other_lines_in_a_list_stay_items(run: str) -> None:
    roles = [r for r, _, _ in _text_roles(f"{PROSE}\n\n{run}\n\n{PROSE2}")]
    assert roles[2:4] == ["list_item", "list_item"]


def test_verdict_label_with_a_colon_set_apart_stays_a_lead_in() -> None:
    roles = [r for r, _, _ in _text_roles(f"{PROSE}\n\nPros:\n\nLong battery life\nBeautiful OLED screen\nGreat webcam\n\n{PROSE2}")]
    assert roles[1] == "paragraph"


ROLES_RUN = (
    "1. Project sponsor\nProvides the money for the project\nMakes the decisions on the budget\n"
    "2. Project manager\nOversees the project from start to finish\nDefines the goals and the plans\n"
)


def test_numbered_lines_apart_from_one_another_are_headings() -> None:
    roles = [r for r, _, _ in _text_roles(SPACED + ROLES_RUN + "\n" + PROSE)][4:]
    assert roles == ["heading", "list_item", "list_item", "heading", "list_item", "list_item", "paragraph"]


@pytest.mark.parametrize(
    "run",
    [
        "1. Preheat the oven\n2. Mix the flour\n3. Bake it for an hour\n",  # numbered lines next to one another: a list
        ROLES_RUN.replace("2. Project manager", "Project manager"),  # one number: nothing numbered on
    ],
)
def test_numbered_lines_without_a_numbered_neighbour_to_follow_are_no_headings(run: str) -> None:
    roles = [r for r, _, _ in _text_roles(SPACED + run + "\n" + PROSE)][4:]
    assert "heading" not in roles[:1]


@pytest.mark.parametrize(
    ("first", "second"),
    [("b. Their role in production", "c. Future prospects"), ("b) Leading companies", "c) The many others"), ("#1 Descriptive analysis", "#2 Diagnostic analysis")],
)
def test_lettered_sections_each_set_apart_over_prose_are_headings(first: str, second: str) -> None:
    text = f"{PROSE}\n\n{first}\n\n{PROSE2}\n\n{second}\n\n{PROSE}"
    assert [r for r, _, _ in _text_roles(text)] == ["paragraph", "heading", "paragraph", "heading", "paragraph"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("b. their role in production", "c. future prospects"),  # no capital after the letter
        ("b. Their role in production", "d. Future prospects"),  # not lettered on
        ("b. Their role in production", "#3 Future prospects"),  # a letter and a number
        ("#1 Descriptive analysis", "#3 Diagnostic analysis"),
    ],
)
def test_lines_not_lettered_on_are_no_section_headings(first: str, second: str) -> None:
    text = f"{PROSE}\n\n{first}\n\n{PROSE2}\n\n{second}\n\n{PROSE}"
    assert "heading" not in [r for r, _, _ in _text_roles(text)]


OUTLINE = (
    f"{PROSE}\n\n1. Robotics\n\na. About production robots\n\n{PROSE2}\n\nb. Their impact on crews\n\n{PROSE}"
    f"\n\n2. Virtual production\n\na. First looks\n\n{PROSE2}"
)


def test_a_numbered_line_over_its_first_lettered_subsection_heads_it() -> None:
    roles = [(s.shape.role.value if s.shape else "paragraph", s.text) for s in segment_text(OUTLINE)]
    assert [t for r, t in roles if r == "heading"] == [
        "1. Robotics", "a. About production robots", "b. Their impact on crews", "2. Virtual production", "a. First looks",
    ]


@pytest.mark.parametrize(
    "text",
    [
        OUTLINE.replace("\n\na. About", "\na. About").replace("\n\na. First", "\na. First"),  # stacked: a list
        OUTLINE.replace(f"a. First looks\n\n{PROSE2}", "a. First looks\n\nMore soon"),  # no prose under "a."
    ],
)
def test_a_numbered_line_over_a_lettered_one_without_the_outline_is_no_heading(text: str) -> None:
    roles = {s.text: s.shape.role.value if s.shape else "paragraph" for s in segment_text(text)}
    assert roles["2. Virtual production"] != "heading"


STEPS = [
    "1. First up we need to install the add-on, which takes a couple of clicks in the store.",
    "2. Then open the builder from the sidebar and create a new device with any name you like.",
    "3. Finally copy the configuration from the repository into the file and save it again.",
]


def test_long_marked_lines_each_set_apart_are_paragraphs() -> None:
    assert {r for r, _, _ in _text_roles("\n\n".join(STEPS))} == {"paragraph"}
    bullets = [line.replace(line[:2], "•", 1) for line in STEPS]
    assert {r for r, _, _ in _text_roles("\n\n".join(bullets))} == {"paragraph"}


def test_marked_lines_stacked_or_short_stay_list_items() -> None:
    assert {r for r, _, _ in _text_roles("\n".join(STEPS))} == {"list_item"}  # stacked
    short = "1. Preheat the oven\n\n2. Mix the flour and the sugar\n\n3. Bake it for an hour"
    assert {r for r, _, _ in _text_roles(short)} == {"list_item"}
    one_short = "\n\n".join([*STEPS[:2], "3. Bake it for an hour"])  # one short line: still a list
    assert {r for r, _, _ in _text_roles(one_short)} == {"list_item"}


def test_a_question_ending_a_stacked_list_heads_the_prose_after_it() -> None:
    items = "Some antidepressants\nSome mood stabilizers\nMigraine medications\n"
    text = SPACED + items + "How should these medicines be used with other treatment?\n\n" + PROSE
    assert [r for r, _, _ in _text_roles(text)][4:] == ["list_item"] * 3 + ["heading", "paragraph"]
    unanswered = SPACED + items + "How should these medicines be used with other treatment?"  # no prose after it
    assert [r for r, _, _ in _text_roles(unanswered)][-1] == "list_item"


def test_a_line_repeating_an_item_of_a_contents_list_is_a_heading() -> None:
    sections = ["A Focus on Storytelling", "Customized Menu and Paper Suites", "Bold Color Mixes"]
    # The first section's heading is stacked on the contents list, over a photo credit.
    text = SPACED + "Jump to:\n" + "\n".join(sections) + "\n" + "".join(f"{title}\nPhoto by Jane Roe\n\n{PROSE}\n\n" for title in sections)
    roles = [(s.text, s.shape.role.value if s.shape else "paragraph") for s in segment_text(text)][4:]
    assert roles[1:5] == [(t, "list_item") for t in sections] + [(sections[0], "heading")]


def test_items_that_come_back_in_a_block_or_many_times_are_no_headings() -> None:
    links = "Home Page\nOur Services\nOur Team\nContact Us\n\n"
    twice = _text_roles(SPACED + "Menu:\n" + links + PROSE + "\n\nLinks:\n" + links + PROSE)  # the same list twice
    assert twice[4:10] == twice[10:] and [r for r, _, _ in twice[5:8]] == ["list_item"] * 3
    weeks = "".join(f"Week {n}:\nMonday rest day\nTuesday run {n} miles\nFriday swim {n} laps\n\n{PROSE}\n\n" for n in range(1, 5))
    segs = segment_text(SPACED + weeks)  # one item every week: a plan, not a contents list
    assert {s.shape.role if s.shape else None for s in segs if s.text == "Monday rest day"} == {Role.LIST_ITEM}


def test_sentences_stacked_under_a_line_ending_with_a_colon_are_its_items() -> None:
    steps = "Get it delivered quickly with these simple steps:\nFilter by items in stock.\nSmall decor ships in five days.\nLarge items ship within one week.\n"
    roles = [r for r, _, _ in _text_roles("Shipping\n" + steps + "Returns and refunds\n\n" + PROSE)]
    assert roles[2:6] == ["list_item"] * 3 + ["heading"]  # a heading stacked under the list is none of its items
    mixed = "Here is what we found:\nPrices rose in May.\nThe biggest rise of the year\nRents fell.\n\n"  # mixed endings
    assert "list_item" not in [r for r, _, _ in _text_roles("Shipping\n" + mixed + PROSE)]


def test_lines_labelled_and_numbered_on_are_section_headings() -> None:
    steps = "".join(f"Step {n}: Cut the {part} to size!\n\n{PROSE}\n\n" for n, part in ((1, "legs"), (2, "top"), (3, "rails")))
    roles = [r for r, _, _ in _text_roles(SPACED + steps)][4:]
    assert roles == ["heading", "paragraph"] * 3
    lone = SPACED + "Step 1: Cut the legs to size!\n\n" + PROSE  # numbered on from nothing
    assert [r for r, _, _ in _text_roles(lone)][4] == "paragraph"
    weeks = "".join(f"Week {n}: Build endurance.\n  Monday rest day\n  Tuesday easy run\n" for n in (1, 2, 3))
    nested = segment_text(SPACED + "Plan:\n" + weeks + "\n" + PROSE)
    assert {s.shape.role if s.shape else None for s in nested if s.text.startswith("Week")} == {Role.LIST_ITEM}  # over a nested list


def test_lines_in_capitals_label_the_items_of_an_announced_list() -> None:
    runs = "NOT SCARY\nWriting a blog post\nSpeaking on the phone\nKIND OF SCARY\nPublishing the post\nSpeaking on a video call\n"
    roles = [r for r, _, _ in _text_roles(SPACED + "For me the spectrum looked like this:\n\n" + runs + "\n" + PROSE)][5:]
    assert roles == ["heading", "list_item", "list_item", "heading", "list_item", "list_item", "paragraph"]
    menu = "HOME PAGE\nLATEST NEWS\nSPORT RESULTS\nWEATHER MAPS\n"  # every line in capitals: a list of them
    assert [r for r, _, _ in _text_roles(SPACED + "Sections:\n\n" + menu + "\n" + PROSE)][5:9] == ["list_item"] * 4


def test_a_line_that_is_no_sentence_among_sentence_items_heads_the_items_after_it() -> None:
    pros = "It can be cheap if you pick well.\nYou need not pay a doctor abroad.\n"
    cons = "It can be expensive upfront.\nPlans rarely cover old conditions.\nClaims take weeks to be paid.\n"
    for title in ("Cons of Buying Travel Insurance", "Cons of Buying Travel Insurance:"):
        roles = [r for r, _, _ in _text_roles(SPACED + "Pros of Buying Travel Insurance\n" + pros + title + "\n" + cons + "\n" + PROSE)][4:]
        assert roles == ["heading", "list_item", "list_item", "heading", "list_item", "list_item", "list_item", "paragraph"]
    one = "It can be expensive upfront.\n"  # one sentence under it: no list to head
    # (not "Cons of ...": a pair of verdict labels heads even one line, see _named_verdicts)
    roles = [r for r, _, _ in _text_roles(SPACED + "Pros of Buying Travel Insurance\n" + pros + "Downsides of Buying Travel Insurance\n" + one + "\n" + PROSE)]
    assert roles[4:] == ["heading"] + ["list_item"] * 4 + ["paragraph"]


MEDITATION = "Meditation is many things to the people who practise it every day:\n\nDeep rest with alertness\nMind in the present moment\nThe journey from sound to silence\n"
"""A lead-in set apart over three stacked items."""


def test_a_short_line_ending_with_a_colon_between_items_heads_the_items_after_it() -> None:
    for label in ("Meditation is not:", "Cons:"):
        roles = [r for r, _, _ in _text_roles(SPACED + MEDITATION + label + "\nMental gymnastics\nConcentration\nDeep sleep.\n\n" + PROSE)][4:]
        assert roles == ["paragraph"] + ["list_item"] * 3 + ["heading"] + ["list_item"] * 3 + ["paragraph"], label


def test_a_nested_lists_parent_item_with_a_colon_stays_an_item() -> None:
    under = "\nMental gymnastics\nConcentration\nDeep sleep.\n\n" + PROSE
    for parent in ("Tuesday. Intense Run (40-60mins):", "Thursday: a steady run:", "Sunday long run (90 minutes):", "Meditation is not"):
        roles = [r for r, _, _ in _text_roles(SPACED + MEDITATION + parent + under)][4:]
        assert roles == ["paragraph"] + ["list_item"] * 7 + ["paragraph"], parent
    one = "Meditation is not:\nDeep sleep.\n\n" + PROSE  # one line under it: no list to head
    assert "heading" not in [r for r, _, _ in _text_roles(SPACED + MEDITATION + one)][4:]


def test_a_short_line_ending_with_one_exclamation_mark_heads_a_stacked_list() -> None:
    items = "Never share your bank details on the phone.\nThe tax office does not send text messages.\n"
    last = _text_roles(SPACED + "Keep your refund safe\n" + items + "Watch out for tax scams!\n\n" + PROSE)
    assert [r for r, _, _ in last][4:] == ["heading", "list_item", "list_item", "heading", "paragraph"]
    first = _text_roles(SPACED + "Watch out for tax scams!\n" + items + "\n" + PROSE)
    assert [r for r, _, _ in first][4:] == ["heading", "list_item", "list_item", "paragraph"]
    cheers = "Great price!\nFast shipping!\nLove it!\n"  # a list of exclamations: items, none a heading
    assert [r for r, _, _ in _text_roles(SPACED + cheers + "\n" + PROSE)][4:] == ["list_item"] * 3 + ["paragraph"]


def test_a_heading_stacked_on_the_heading_after_a_list_of_sentences_is_a_heading_too() -> None:
    items = "You have run a website for some years.\nYou have a team that writes for it.\nYou want to rank on the first page.\n"
    roles = [r for r, _, _ in _text_roles(SPACED + items + "Who I Work With\nBusiness owners and executives\n\n" + PROSE)][4:]
    assert roles == ["list_item"] * 3 + ["heading", "heading", "paragraph"]
    names = "Flour from the mill\nSugar from the shop\nEggs from the farm\n"  # items that are no sentences: one more item
    roles = [r for r, _, _ in _text_roles(SPACED + names + "Butter from the dairy\nWhat To Bake First\n\n" + PROSE)][4:]
    assert roles == ["list_item"] * 4 + ["heading", "paragraph"]


def test_a_tab_table_keeps_its_empty_corner_cell_and_rows_whose_first_cell_breaks_a_line() -> None:
    corner = "\xa0\tLabor only\tFull service\nJackson\t$442\t$1,145\nTrenton\t$450\t$1,188"
    (seg,) = segment_text(corner)
    assert seg.shape is not None and seg.shape.rows == (("", "Labor only", "Full service"), ("Jackson", "$442", "$1,145"), ("Trenton", "$450", "$1,188"))
    broken = "Certificate\tCertification\nResult of a course\n\xa0\tResult of an exam\nFor newcomers\n\xa0\tRequires experience"
    (seg,) = segment_text(broken)
    assert seg.shape is not None and seg.shape.rows == (
        ("Certificate", "Certification"),
        ("Result of a course", "Result of an exam"),
        ("For newcomers", "Requires experience"),
    )
    assert (seg.start_line, seg.end_line) == (1, 5)
    ragged = "\tInterface\tAudio\tSubtitles\nEnglish\tyes\tyes\tyes\nCzech\tyes\t\t"  # a corner when the next row has one more cell
    shape = segment_text(ragged)[0].shape
    assert shape is not None and shape.rows[:2] == (("", "Interface", "Audio", "Subtitles"), ("English", "yes", "yes", "yes"))


def test_a_headline_stacked_under_a_count_is_no_item_of_the_lines_above() -> None:
    card = "Jane Smith 2 days ago\n14\nPhones get new colours for the spring season\n\n" + PROSE
    roles = [r for r, _, _ in _text_roles(SPACED + card)][4:]
    assert roles[2:] == ["heading", "paragraph"]
    names = "Flour from the mill\nSugar from the shop\nEggs from the farm and the dairy\n\n" + PROSE  # words: one more item
    assert [r for r, _, _ in _text_roles(SPACED + names)][4:] == ["list_item"] * 3 + ["paragraph"]


def test_short_lines_set_apart_under_a_verdict_label_are_its_items() -> None:
    pros = "Pros\nFast and accurate payroll.\n\nA library of videos for every feature.\n\nFriendly support.\n\n"
    roles = [r for r, _, _ in _text_roles(SPACED + pros + "Cons\nSlow reports.\n\nNo mobile app.\n\n" + PROSE)][4:]
    assert roles == ["heading"] + ["list_item"] * 3 + ["heading"] + ["list_item"] * 2 + ["paragraph"]
    one = [r for r, _, _ in _text_roles(SPACED + "Pros\nFast and accurate payroll.\n\n" + PROSE)][4:]
    assert one == ["heading", "paragraph", "paragraph"]  # one line is no list


def test_short_lines_stacked_under_a_verdict_label_are_its_items() -> None:
    """On a page not spaced throughout, a review's "Pros" / "Cons" stacked over their sentences
    (``innerText`` prints the ``<h4>`` and the ``<ul>`` with no blank line) were left paragraphs."""
    head = "Intro line\nMenu\n" + PROSE + "\n\n"
    pros = "Pros\nAffordable pricing for small teams.\nThe setup is easy and quick.\nCons\nFew mobile features.\nLimited integrations.\n\n"
    roles = [r for r, _, _ in _text_roles(head + pros + PROSE)][3:]
    assert roles == ["heading"] + ["list_item"] * 2 + ["heading"] + ["list_item"] * 2 + ["paragraph"]
    one = [r for r, _, _ in _text_roles(head + "Pros\nAffordable pricing for small teams.\n\n" + PROSE)][3:]
    assert one == ["heading", "paragraph", "paragraph"]  # one line is no list
    long = "Pros\n" + PROSE + "\n" + PROSE2 + "\n\n"  # sentences of a dozen words or more: prose
    assert [r for r, _, _ in _text_roles(head + long + PROSE)][4:6] == ["paragraph", "paragraph"]


def test_lines_of_signs_alone_are_read_as_if_they_were_not_there() -> None:
    card = "Launch your site fast\n→\n↗\n►\n\n" + PROSE
    segs = segment_text(SPACED + card)[4:]
    assert [(s.text, s.shape.role.value if s.shape else "paragraph") for s in segs] == [
        ("Launch your site fast", "heading"),
        ("→", "paragraph"),
        ("↗", "paragraph"),
        ("►", "paragraph"),
        (PROSE, "paragraph"),
    ]
    assert (segs[0].start_line, segs[4].blank_before) == (9, True)  # lines and spacing as printed
    items = "Flour from the mill\n→\nSugar from the shop\nEggs from the farm\n\n" + PROSE  # a sign inside a list
    roles = [r for r, _, _ in _text_roles(SPACED + items)][4:]
    assert roles == ["list_item", "paragraph", "list_item", "list_item", "paragraph"]


def test_names_between_lines_of_signs_are_headings_on_a_page_of_cards() -> None:
    """A shop's cards print each product's count and price as lines of their own around its
    ``<h3>``: the names stacked between them are no list's items once two or more stand so."""
    cards = "Parts for your repair\n196\n$34.99\nConsole Battery Kit\n389\n$39.99\nLaptop Battery Pack\n1620\n$79.99\nPhone Battery Set\n203\n\n"
    segs = segment_text(SPACED + cards + PROSE)[4:]
    got = [(s.text, s.shape.role.value if s.shape else "paragraph") for s in segs if any(c.isalpha() for c in s.text)]
    assert got == [
        ("Parts for your repair", "list_item"),
        ("Console Battery Kit", "heading"),
        ("Laptop Battery Pack", "heading"),
        ("Phone Battery Set", "heading"),
        (PROSE, "paragraph"),
    ]
    one = "Parts for your repair\n196\n$34.99\nConsole Battery Kit\n389\n$39.99\nLaptop Battery Pack\nPhone Battery Set\n\n"
    segs = segment_text(SPACED + one + PROSE)[4:]  # one name between signs: no page of cards
    assert [(s.text, s.shape.role.value if s.shape else "paragraph") for s in segs][3] == ("Console Battery Kit", "list_item")


def test_a_last_line_like_the_items_is_a_heading_when_it_names_the_prose_under_it() -> None:
    items = "Flour from the mill\nSugar from the shop\nEggs from the farm\nButter from the dairy\n\n"
    named = "Butter keeps the cake moist and gives it the rich taste that people remember."
    assert [r for r, _, _ in _text_roles(SPACED + items + named)][4:] == ["list_item"] * 3 + ["heading", "paragraph"]
    assert [r for r, _, _ in _text_roles(SPACED + items + PROSE)][4:] == ["list_item"] * 4 + ["paragraph"]  # names nothing
    stacked = f"{PROSE}\n{PROSE2}\n" + items.strip() + "\n"  # no blank lines: the heading-like lines as one chain
    assert [r for r, _, _ in _text_roles(stacked + named)][2:] == ["list_item"] * 3 + ["heading", "paragraph"]
    assert [r for r, _, _ in _text_roles(stacked + PROSE)][2:] == ["list_item"] * 4 + ["paragraph"]


def test_titles_each_over_the_prose_they_name_are_headings_inside_a_list() -> None:
    cards = (
        "Increase developer agility\nAgility comes from writing less code and doing less upkeep.\n"
        "Boost application performance\nThe platform tunes performance for you at any scale.\n"
        "Strengthen your security posture\nIsolation keeps every function apart for better security.\n\n"
    )
    roles = [r for r, _, _ in _text_roles(SPACED + "Benefits of the platform\n" + cards + PROSE)][4:]
    assert roles == ["heading"] + ["heading", "list_item"] * 3 + ["paragraph"]
    plain = cards.replace("Agility comes", "It comes").replace("tunes performance", "tunes itself").replace("for better security", "for you")
    roles = [r for r, _, _ in _text_roles(SPACED + "Benefits of the platform\n" + plain + PROSE)][4:]
    assert roles == ["heading"] + ["list_item"] * 6 + ["paragraph"]  # titles that name nothing: items


def test_a_last_line_is_one_more_item_when_the_items_above_show_no_other_case_style() -> None:
    items = "Tenderness\nNumbness\nPain in the upper arms\nDisruptions in sleep\n\n"  # one-word items show no case style
    assert [r for r, _, _ in _text_roles(SPACED + items + PROSE)][4:] == ["list_item"] * 4 + ["paragraph"]
    titled = "Tenderness In The Wrists\nNumbness\nUpper Arm Pain\nDisruptions in sleep\n\n"  # title case above: a heading
    assert [r for r, _, _ in _text_roles(SPACED + titled + PROSE)][4:] == ["list_item"] * 3 + ["heading", "paragraph"]


def test_a_last_question_under_questions_is_one_more_item_of_the_checklist() -> None:
    lead = "Ask yourself a few questions first:\n\n"
    asked = "Do you move more than a few staff each year?\nDo you need help with housing?\nIs employee retention a concern?\n\n"
    assert [r for r, _, _ in _text_roles(SPACED + lead + asked + PROSE)][5:] == ["list_item"] * 3 + ["paragraph"]
    told = asked.replace("Do you move", "You move").replace("each year?", "each year.").replace("Do you need", "You need")
    told = told.replace("housing?", "housing.")  # the lines above tell: the last question heads the prose
    assert [r for r, _, _ in _text_roles(SPACED + lead + told + PROSE)][5:] == ["list_item"] * 2 + ["heading", "paragraph"]


def test_a_word_every_item_holds_is_the_lists_topic_and_names_nothing() -> None:
    items = "Compact Cameras\nMirrorless Cameras\nAction Cameras\nFilm Cameras\n\n"
    after = "Whoever you are, at least one of these camera types should fit the way you like to shoot."
    assert [r for r, _, _ in _text_roles(SPACED + items + after)][4:] == ["list_item"] * 4 + ["paragraph"]
    film = "Film keeps its place with those who like to shoot slowly, one frame at a time."  # a word of its own
    assert [r for r, _, _ in _text_roles(SPACED + items + film)][4:] == ["list_item"] * 3 + ["heading", "paragraph"]


def test_a_last_line_with_its_own_label_like_the_lines_above_is_one_more_item() -> None:
    fields = "Features and Components\nCase: Aluminum in black or white\nPCB: Hot-swappable with QMK\nPlate options: Aluminum, POM or FR4\n"
    after = "The gummy mount gives a softer typing feel than the top mount, and many people prefer it.\n\n"
    labelled = [r for r, _, _ in _text_roles(SPACED + fields + "Hardware: Screws and gummy O-rings\n\n" + after)][4:]
    assert labelled == ["heading"] + ["list_item"] * 4 + ["paragraph"]  # names the prose, but a field like the rest
    bare = [r for r, _, _ in _text_roles(SPACED + fields + "Screws and gummy O-rings\n\n" + after)][4:]
    assert bare == ["heading"] + ["list_item"] * 3 + ["heading", "paragraph"]  # no label: the heading it names
    dashed = "macOS – native app with every feature\nAndroid – native app available\nLinux – manual setup required\n\n"
    manual = "The manual setup takes an hour, which is far too long for most people today.\n\n"
    assert [r for r, _, _ in _text_roles(SPACED + dashed + manual)][4:] == ["list_item"] * 3 + ["paragraph"]


def test_a_quoted_last_line_under_quoted_lines_is_one_more_item() -> None:
    quoted = "“Licensed therapists near me today”\n“Psychologist for couples in town”\n“Virtual Therapy in Your State”\n\n"
    after = "Virtual sessions reach the people who live far from any office, so name them too.\n\n"
    assert [r for r, _, _ in _text_roles(SPACED + quoted + after)][4:] == ["list_item"] * 3 + ["paragraph"]
    bare = quoted.replace("“Virtual Therapy in Your State”", "Virtual Therapy in Your State")
    assert [r for r, _, _ in _text_roles(SPACED + bare + after)][4:] == ["list_item"] * 2 + ["heading", "paragraph"]


def test_an_announced_lists_short_first_line_labels_items_only_beside_another_label() -> None:
    lead = "Main features to look for:\n\n"
    items = "Built-in microphone\nComfortable fit for the many hours you wear them\nMinimal sound leakage into your microphone\n"
    assert [r for r, _, _ in _text_roles(SPACED + lead + items + "\n" + PROSE)][5:] == ["list_item"] * 3 + ["paragraph"]
    extras = "Nice extras\nA carrying case that fits in any backpack\nA spare cable for when the first one fails\n"
    roles = [r for r, _, _ in _text_roles(SPACED + lead + items + extras + "\n" + PROSE)][5:]
    assert roles == ["heading", "list_item", "list_item", "heading", "list_item", "list_item", "paragraph"]


def test_a_last_line_one_word_shorter_is_one_more_item_of_an_announced_list() -> None:
    items = "Regional labor markets and living costs\nAccess, material type, and permits\nEmergency or weekend availability\n\n"
    announced = [r for r, _, _ in _text_roles(SPACED + "Prices depend on:\n\n" + items + PROSE)][5:]
    assert announced == ["list_item"] * 3 + ["paragraph"]
    unannounced = [r for r, _, _ in _text_roles(SPACED + items + PROSE)][4:]  # one word shorter: a heading
    assert unannounced == ["list_item"] * 2 + ["heading", "paragraph"]
    much = items.replace("Emergency or weekend availability", "Windscreens")  # much shorter: a heading even so
    assert [r for r, _, _ in _text_roles(SPACED + "Prices depend on:\n\n" + much + PROSE)][5:] == ["list_item"] * 2 + ["heading", "paragraph"]


def test_stacked_sentences_between_paragraphs_are_a_list_when_the_one_below_leads_into_another() -> None:
    dense = f"{PROSE}\n{PROSE2}\n{PROSE}\n{PROSE2}\n{PROSE}\n{PROSE2}\n\n"  # a page not spaced throughout
    facts = "Nest says its users save ten percent on heating.\nEcobee says its users save a quarter of their costs.\n"
    below = f"{PROSE2}\nThe schools asked for new roofs first.\n"  # set apart above, stacked on what follows
    roles = [r for r, _, _ in _text_roles(dense + f"{PROSE}\n\n" + facts + "Is a Smart Thermostat Right for You?\n\n" + below)][7:]
    assert roles == ["list_item", "list_item", "heading", "paragraph", "paragraph"]
    glued = [r for r, _, _ in _text_roles(dense + f"{PROSE}\n" + facts + "Is a Smart Thermostat Right for You?\n\n" + below)]
    # No paragraph stands alone above, but the three stacked sentences over the question are a
    # list all the same, as the dense lines above are (see _sentence_runs); the question heads
    # the paragraph set apart under it.
    assert glued[6:10] == ["list_item"] * 3 + ["heading"]


def test_a_sentence_end_with_a_footnote_number_glued_to_it_still_ends_a_sentence() -> None:
    note = "If you do not meet your tax obligations on time, the IRS may charge a penalty:14"
    roles = [r for r, _, _ in _text_roles(f"{PROSE}\n\nPenalties for tax delinquency\n\n{note}\n\n{PROSE2}")]
    assert roles[:3] == ["paragraph", "heading", "paragraph"]
    for line in ("Up to $1,700 of the credit is refundable.2", "It was first recorded in the year 1820.[3]"):
        assert [r for r, _, _ in _text_roles(f"{PROSE}\n\nThe child tax credit\n\n{line}")] == ["paragraph", "heading", "paragraph"]


@pytest.mark.parametrize(
    "line",
    [
        "The average grade point of the admitted class: 3.7",  # a number after a colon and a digit
        "The perfume she wore was always Chanel No.5",  # a stop after a word of two letters
        "Up to $1,700 is refundable.2",  # under six words
    ],
)
def test_a_number_at_the_end_is_no_footnote_of_a_sentence(line: str) -> None:
    assert [r for r, _, _ in _text_roles(f"{PROSE}\n\nThe child tax credit\n\n{line}")][1] == "paragraph"


def test_a_pair_of_verdict_labels_naming_what_they_judge_head_their_items() -> None:
    block = (
        "Pros About Allianz\nCoverage for conditions on select plans\nTen plans for single trips\n"
        "Cons About Allianz\nUp to thirty days for claim reviews\nTricky to qualify for coverage\n"
    )
    roles = [r for r, _, _ in _text_roles(f"{PROSE}\n\nPros & Cons:\n{block}\n{PROSE2}")]
    assert roles[2:] == ["heading", "list_item", "list_item", "heading", "list_item", "list_item", "paragraph"]
    alone = block.replace("Cons About Allianz", "Some more points to weigh")  # one such line: no pair
    assert [r for r, _, _ in _text_roles(f"{PROSE}\n\nPros & Cons:\n{alone}\n{PROSE2}")][2] == "list_item"
    labelled = block.replace("Pros About", "Pros: About").replace("Cons About", "Cons: About")  # labelled items
    assert "heading" not in [r for r, _, _ in _text_roles(f"{PROSE}\n\nPros & Cons:\n{labelled}\n{PROSE2}")][3:]


FOLDED_FAQ = "Are trendy renovations a bad investment?\nHow can I tell if my windows need replacing?\nHow long does a porch take to build?\n"


def test_questions_stacked_under_a_heading_with_no_answers_are_its_headings() -> None:
    roles = [r for r, _, _ in _text_roles(SPACED + "Frequently Asked Questions\n" + FOLDED_FAQ + "\n" + PROSE)][4:]
    assert roles == ["heading"] * 4 + ["paragraph"]


@pytest.mark.parametrize(
    "text",
    [
        SPACED + "Ask yourself a few questions first:\n" + FOLDED_FAQ + "\n" + PROSE,  # a lead-in with a colon: a checklist
        SPACED + FOLDED_FAQ + "\n" + PROSE,  # no heading stacked on them
        SPACED + "Frequently Asked Questions\n" + FOLDED_FAQ + "\n" + PROSE + "\n\n" + FOLDED_FAQ.split("\n")[0] + "\n\n" + PROSE2,  # asked again
        SPACED + "Frequently Asked Questions\n" + "\n".join(FOLDED_FAQ.split("\n")[:2]) + "\nContact our team\n\n" + PROSE,  # two only
    ],
)
def test_questions_stacked_otherwise_stay_items(text: str) -> None:
    roles = [r for r, _, _ in _text_roles(text)]
    at = [t.text for t in segment_text(text)].index("How can I tell if my windows need replacing?")
    assert roles[at] == "list_item"


def test_a_long_question_ending_a_stacked_list_heads_the_prose_after_it() -> None:
    items = "Keep the bedroom dark and quiet.\nGive your child a favourite blanket.\nKeep a soothing routine every night.\n"
    asked = "I am thinking of sleep training my child, so is it okay to let my child cry a little before going to sleep?\n\n"
    assert [r for r, _, _ in _text_roles(SPACED + items + asked + PROSE)][4:] == ["list_item"] * 3 + ["heading", "paragraph"]
    longer = asked.replace("a little before", "a little while, say for five or ten minutes or even a quarter of an hour, before")
    assert [r for r, _, _ in _text_roles(SPACED + items + longer + PROSE)][7] != "heading"  # thirty words or more
    labelled = "Map out your first offer: decide what you will deliver and how you will deliver it. Will they be products or services?\n\n"
    assert [r for r, _, _ in _text_roles(SPACED + items + labelled + PROSE)][7] == "list_item"  # a labelled item that asks


def test_a_line_naming_an_faq_stacked_on_a_question_heads_it() -> None:
    menu = "Shop all tents\nCamping stoves\n"
    faq = "Frequently asked questions about tents\nWhat are the best brands for tents?\n\n"
    assert [r for r, _, _ in _text_roles(SPACED + menu + faq + PROSE)][4:] == ["list_item", "list_item", "heading", "heading", "paragraph"]
    spanish = faq.replace("Frequently asked questions about tents", "Preguntas frecuentes")
    assert [r for r, _, _ in _text_roles(SPACED + menu + spanish + PROSE)][6] == "heading"
    contents = "Introduction\nPricing\nFAQs\nConclusion\n\n"  # a contents list: no question under it
    assert [r for r, _, _ in _text_roles(SPACED + contents + PROSE)][4:] == ["list_item"] * 4 + ["paragraph"]


@pytest.mark.parametrize(
    ("line", "named"),
    [("FAQs", True), ("FAQ's", True), ("Frequently Asked Questions (FAQs)", True), ("Häufig gestellte Fragen", True), ("FAQtory", False), ("Our FAQs", False)],
)
def test_names_of_an_faq(line: str, named: bool) -> None:
    from pagecleaner.segment import _names_faq

    assert _names_faq(line) is named


def test_a_long_question_over_its_answer_among_questions_and_answers_is_a_heading() -> None:
    asked = "How does the council plan to pay for the new schools, the libraries, the parks and the roads over the next ten years?"
    text = f"{PROSE}\n\n{asked}\n{PROSE}\nHow long will the money last?\n{PROSE2}\n\n{PROSE}"
    assert [r for r, _, _ in _text_roles(text)] == ["paragraph", "heading", "paragraph", "heading", "paragraph", "paragraph"]
    longer = asked.replace("over the next ten years", "over the next ten years, and who will decide which of them come first when the money runs short")
    assert [r for r, _, _ in _text_roles(text.replace(asked, longer))][1] == "paragraph"  # thirty words or more


def test_a_question_under_a_name_over_its_answer_is_a_heading() -> None:
    block = "Learn more\nCyber Industry\nIs your cyber resilience fit for your industry?\n"
    answer = "Cyber resilience must be customized to fit the unique needs of your industry.\nLearn more\n\n"
    assert [r for r, _, _ in _text_roles(SPACED + block + answer + PROSE)][6:8] == ["heading", "list_item"]
    menu = "Learn more\nCyber Industry\nNeed help getting started?\nContact sales\nFind a partner\n\n"  # short lines under it
    assert [r for r, _, _ in _text_roles(SPACED + menu + PROSE)][6] == "list_item"
    checklist = "Do you move staff often?\nIs your cyber resilience fit for your industry?\n"  # among questions
    assert [r for r, _, _ in _text_roles(SPACED + "Learn more\n" + checklist + answer + PROSE)][6] == "list_item"


def test_title_case_last_line_set_apart_under_lines_in_sentence_case_is_a_heading() -> None:
    text = SPACED + "Book a free consultation\nOr call us today\nWhat Our Customers Are Saying\n\nJane from Ohio\n\n" + PROSE
    assert [r for r, _, _ in _text_roles(text)][4:7] == ["list_item", "list_item", "heading"]


@pytest.mark.parametrize(
    "run",
    [
        "Book a free consultation\nOr call us today\nWhat our customers are saying",  # the last line in sentence case
        "Book A Free Consultation\nOr call us today\nWhat Our Customers Are Saying",  # a line above in title case
    ],
)
def test_last_line_of_a_stacked_run_in_the_case_of_its_run_stays_an_item(run: str) -> None:
    text = SPACED + run + "\n\nJane from Ohio\n\n" + PROSE
    roles = [r for r, _, _ in _text_roles(text)]
    assert roles[4 + run.count("\n")] != "heading"


def test_stacked_sentences_are_a_list_on_a_page_not_spaced() -> None:
    # innerText prints a <ul> of sentences stacked and a <p> with a blank line on each side, so
    # three or more stacked sentences are a list even where the page's prose is not set apart.
    items = "Cut every trip's cost.\nKeep one team calendar.\nPay only for bookings.\n"  # too short to count as prose
    assert [r for r, _, _ in _text_roles(PROSE + "\n\nWhy teams switch\n" + items + "\n" + PROSE2)] == ["paragraph", "heading"] + ["list_item"] * 3 + ["paragraph"]
    # A heading set apart over them stays a heading (the lines of a <p> broken with <br>).
    apart = [r for r, _, _ in _text_roles(PROSE + "\n\nWhy teams switch\n\n" + items + "\n" + PROSE2)]
    assert apart == ["paragraph", "heading"] + ["list_item"] * 3 + ["paragraph"]
    # Two sentences, or a run with a line ending with ":", stay paragraphs.
    two = "Cut every trip's cost.\nPay only for bookings.\n"
    assert [r for r, _, _ in _text_roles(PROSE + "\n\n" + two + "\n" + PROSE2)] == ["paragraph"] * 4
    colon = items.replace("Pay only for bookings.", "Pay only for bookings:")
    assert [r for r, _, _ in _text_roles(PROSE + "\n\n" + colon + "\n" + PROSE2)] == ["paragraph"] * 5


_TIPS = "Choose your grouping style by function or by colour.\nList your categories and keep them few.\nAssign each category a spot on your shelves.\n"
_BIO = "Hey, I'm Jessica! " + " ".join(["Welcome to my blog where organizing is made simple and doable for busy families and for everyone who ever lost a pen."] * 2)


def test_stacked_sentences_inside_a_longer_run_are_a_list() -> None:
    # Three stacked sentences under two stacked headings and over a line of forty words or more:
    # the whole run is no run of sentences, but the sentences are a <ul> all the same.
    text = f"{PROSE}\n\nOrganize Your Space eBook Series\nWhere To Store Office Supplies\n{_TIPS}{_BIO}\n\n{PROSE2}"
    assert [r for r, _, _ in _text_roles(text)] == ["paragraph", "heading", "heading"] + ["list_item"] * 3 + ["paragraph"] * 2
    # Two sentences there (broken by a line of another kind), or three broken by a labelled
    # line, stay paragraphs.
    tips = _TIPS.splitlines(keepends=True)
    broken = text.replace(_TIPS, tips[0] + tips[1] + "Read the full guide\n" + tips[2])
    assert "list_item" not in [r for r, _, _ in _text_roles(broken)]
    labelled = _TIPS.replace("List your", "Step two: List your")
    assert "list_item" not in [r for r, _, _ in _text_roles(text.replace(_TIPS, labelled))]
    # In a text with no blank line the lines stay paragraphs, as whole runs of sentences do.
    assert "list_item" not in [r for r, _, _ in _text_roles(text.replace("\n\n", "\n"))]


def test_stacked_sentences_are_a_list_where_another_rule_gave_their_run_a_heading() -> None:
    # A title-case line heads four stacked lines or more; its run also holds a line that is no
    # sentence and a line of forty words or more, so it is no list as a whole, and its heading was
    # all that came of it. The three sentences in it are a <ul> all the same.
    text = f"{PROSE}\n\nWhere To Store Office Supplies\nShop the organizing kit\n{_TIPS}{_BIO}\n\n{PROSE2}"
    assert [r for r, _, _ in _text_roles(text)] == ["paragraph", "heading", "heading"] + ["list_item"] * 3 + ["paragraph"] * 2
    # Two of them, broken by a line of another kind, stay paragraphs.
    tips = _TIPS.splitlines(keepends=True)
    broken = text.replace(_TIPS, tips[0] + tips[1] + "Read the full guide\n" + tips[2])
    assert "list_item" not in [r for r, _, _ in _text_roles(broken)]
    # Sentences of more than twenty words there are a story printed one paragraph a line, not a list.
    long = "".join(line.replace(".", ", which we found works best for most busy families we met this year.") for line in tips)
    assert "list_item" not in [r for r, _, _ in _text_roles(text.replace(_TIPS, long))]


def test_two_lists_of_the_same_sentences_do_not_break_a_contents_list() -> None:
    # A contents list of three packages, then each package's section with a list of deliverables,
    # the first two the same: the sentences the second list repeats are no contents entries, so they do not
    # break the order of the packages' names coming back, which stay the sections' headings.
    from pagecleaner import segment

    names = ["Starter Package (6th-8th grades)", "Growth Package (9th-10th grades)", "Elite Package (11th-12th grades)"]
    shared = ["Thorough analysis of the student's transcript.", "Detailed review of the admissions process.", "Curated list of colleges to research."]
    lines = ["Select Page", *names, "Register Now", ""]
    for n, name in enumerate(names):
        lines += [name, "", PROSE, "", *(shared if n < 2 else ["Essay editing by our senior staff."] * 3), "Z"]
    segs = list(segment._segments("\n".join(lines)))
    texts = [p.text for p in segs]
    shapes: list[Shape | None] = [None] * len(segs)
    for k, p in enumerate(segs):
        if k < len(names) + 2 or p.text in shared:
            shapes[k] = segment._ITEM
    segment._contents_repeated(segs, shapes, texts)
    later = [k for k, text in enumerate(texts) if text in names and k > texts.index("Register Now")]
    assert len(later) == 3 and all(shapes[k] is not None and shapes[k].role is Role.HEADING for k in later)  # type: ignore[union-attr]


def test_questions_closed_by_a_quote_or_bracket_are_headings_over_their_answers() -> None:
    # Whether a line asks is read once per page for the question passes: a "?" before a closing
    # quote or bracket asks, as it did when each pass read the line itself.
    closed = FAQ.replace("early?\n", "early?”\n").replace("retirement?\n", "retirement?)\n")
    assert closed != FAQ
    text = f"{PROSE}\n\n{closed}\n\n{PROSE2}"
    assert [r for r, _, _ in _text_roles(text)] == ["paragraph", "heading", "paragraph", "heading", "paragraph", "paragraph"]


_POSTING = "View Company Profile\n{title}\n\n{age}d\n\nAcme {n}\n\nRemote\n\nFeatured\n\nFull-Time\n\n$50,000 - $74,999 USD\n\n"
_JOBS = ("Software Engineer", "Senior Ruby on Rails Developer", "Staff Product Engineer", "Test Engineer", "UX Content Analyst")


def test_titles_stacked_under_each_copy_of_a_records_separator_are_headings() -> None:
    text = "Remote jobs\n\n" + "".join(_POSTING.format(title=t, age=n + 3, n=n) for n, t in enumerate(_JOBS))
    roles = {s.text: s.shape.role if s.shape else None for s in segment_text(text)}
    assert all(roles[t] is Role.HEADING for t in _JOBS)


def test_a_line_set_apart_under_each_copy_of_a_repeated_line_is_no_title() -> None:
    # a product card's colour under its fit, a blank line between: the colour is no heading
    text = "Shop\n\n" + "".join(f"Power T-Shirt {n}\n\noversized fit\n\n{c}\n\nRegular Price: $36\n\n" for n, c in enumerate(("GS Black", "Onyx Grey", "White", "Mushroom Grey", "Black/White")))
    roles = {s.text: s.shape.role if s.shape else None for s in segment_text(text)}
    assert all(roles[c] is not Role.HEADING for c in ("GS Black", "Onyx Grey", "White", "Mushroom Grey", "Black/White"))


_STORIES = ("The top five trends of the year", "What a fossil free future needs", "Five steps to a greener supply chain", "How cities cut their traffic", "Nature positive and what it means")


def test_titles_set_apart_under_each_copy_of_a_records_label_are_headings() -> None:
    # a story card's category label, a blank line, its title, a blank line, its teaser: innerText
    # sets the card's <h3> apart when the label over it is a block of its own
    text = "Latest stories\n\n" + "".join(f"Sustainability\n\n{t}\n\n{PROSE}\n\n" for t in _STORIES)
    roles = {s.text: s.shape.role if s.shape else None for s in segment_text(text)}
    assert all(roles[t] is Role.HEADING for t in _STORIES)
    # a shop's grid: each card's "Quick view" link set apart over its product's name and price
    chairs = [f"Mesh Back Task Chair Model {n}" for n in "ABCDE"]
    grid = "Office chairs\n\n" + "".join(f"Quick view\n\n{c}\n\n$434.00\n\nSitOnIt\n\n" for c in chairs)
    roles = {s.text: s.shape.role if s.shape else None for s in segment_text(grid)}
    assert all(roles[c] is Role.HEADING for c in chairs)


def test_a_line_set_apart_under_a_field_or_a_label_in_turn_with_values_is_no_title() -> None:
    # under a figure (a posting's age): each company's name is the next field, not a title
    companies = ("Orga Soft", "Ebg Group", "WeVote", "Agility Technologies", "Cotiviti")
    text = "Jobs\n\n" + "".join(f"Senior engineer number {n}\n\n30d\n\n{c}\n\nMainz, Remote\n\n" for n, c in enumerate(companies))
    roles = {s.text: s.shape.role if s.shape else None for s in segment_text(text)}
    assert all(roles[c] is not Role.HEADING for c in companies)
    # a spec sheet's label and value in turn: no records, so no titles
    values = ("Rubber and Nylon", "Polyester", "Rubber", "Silicone", "Cotton")
    sheet = "Compare\n\n" + "".join(f"Construction\n\n{v}\n\n" for v in values)
    roles = {s.text: s.shape.role if s.shape else None for s in segment_text(sheet)}
    assert all(roles[v] is not Role.HEADING for v in values)
    # a repository card's tabs stacked, its description set apart under the last tab
    about = [f"Open Source Framework for Machine Learning Number {n}" for n in range(5)]
    cards = "Topics\n\n" + "".join(f"Star 12k\nCode\nIssues\nPull requests\n\n{a}\n\nUpdated Mar 8, 2026\n\n" for a in about)
    roles = {s.text: s.shape.role if s.shape else None for s in segment_text(cards)}
    assert all(roles[a] is not Role.HEADING for a in about)


def test_a_field_under_each_copy_of_a_repeated_line_is_no_title() -> None:
    # the same line after every copy: a field of each record, not its title
    text = "Jobs\n\n" + "".join(f"Job number {n} is open now.\nView Company Profile\nRemote\n\nAcme\n\n" for n in range(5))
    roles = [s.shape.role if s.shape else None for s in segment_text(text) if s.text == "Remote"]
    assert Role.HEADING not in roles


def test_numbered_subsections_standing_alone_are_headings() -> None:
    # "2.2." and "2.3." set apart over prose, numbered on from each other: a numbered document's
    # subsections, even written as sentences or set apart among items.
    text = f"{PROSE}\n\n2.2. Special handling of CROSS JOIN.\n\n{PROSE2}\n\n2.3. WHERE clause filtering.\n\n{PROSE}"
    assert [r for r, _, _ in _text_roles(text)] == ["paragraph", "heading", "paragraph", "heading", "paragraph"]
    # One such line (a decimal, "3.5 Million users") has no sibling; a contents list prints its
    # numbers stacked: neither is a heading.
    lone = f"{PROSE}\n\n3.5 Million users joined the service this year.\n\n{PROSE2}"
    assert "heading" not in [r for r, _, _ in _text_roles(lone)]
    contents = f"{PROSE}\n\nOn this page\n2.2. Special handling of CROSS JOIN\n2.3. WHERE clause filtering\n2.4. Result rows\n\n{PROSE2}"
    roles = [r for r, _, _ in _text_roles(contents)]
    assert roles[2:5] == ["list_item"] * 3


def test_a_lettered_section_stacked_under_its_sections_heading_is_a_heading() -> None:
    # "Market 1: Data center GPUs" set apart, "a) Market overview" stacked under it over prose,
    # "b) Leading companies" set apart later: the lettered lines are the subsections' headings.
    text = f"{PROSE}\n\nMarket 1: Data center GPUs\na) Market overview\n\n{PROSE2}\n\nb) Leading data center GPU companies\n\n{PROSE}"
    assert [r for r, _, _ in _text_roles(text)] == ["paragraph", "heading", "heading", "paragraph", "heading", "paragraph"]
    # Under a sentence (no heading over it) the stacked lettered line is left as it was.
    under = text.replace("Market 1: Data center GPUs\n", "We looked at three markets this year in some detail.\n")
    assert [r for r, _, _ in _text_roles(under)][2] != "heading"


def test_a_lower_case_line_set_apart_over_prose_is_its_heading() -> None:
    # A wiki names its sections after commands and a blog after a brand spelled in lower case:
    # innerText prints the <h2> set apart like a <p>, and only its capital was missing.
    # "six people came in from the cold" was asserted a paragraph (test_text_without_structure_stays_paragraphs)
    # until struct33: set apart over prose it reads as these do, and on wcxb-dev's half A such lines
    # given no role held 16 headings and no <p>.
    for title in ("pacman crashes during an upgrade", "glsa-check", "iOS App", "error: GPGME error: No data", "six people came in from the cold"):
        text = f"{PROSE}\n\n{title}\n\n{PROSE2}"
        assert [r for r, _, _ in _text_roles(text)] == ["paragraph", "heading", "paragraph"], title


def test_a_lower_case_line_that_is_code_a_name_or_announced_stays_a_paragraph() -> None:
    # A lone word over prose is a poster's name over a review or an option's value over its meaning.
    # A line holding code or a path, a byline, a line announced by a lead-in ending with ":", and the
    # last line of a <pre> (two blank lines under it) are no headings either.
    cases = [
        f"{PROSE}\n\nrandomconformity\n\n{PROSE2}",
        f"{PROSE}\n\nsetObj(obj); // does nothing\n\n{PROSE2}",
        f"{PROSE}\n\nby Stanford News\n\n{PROSE2}",
        f"{PROSE}\n\ncould not determine cachedir /var/cache/pacman/pkg\n\n{PROSE2}",
        "Use the following command to encrypt the local settings file:\n\nfunc settings encrypt\n\n" + PROSE2,
        f"{PROSE}\n\ngit stash save\n\n\n{PROSE2}",
        f"{PROSE}\n\ncan we assume that the change is a non-breaking one?\n\n{PROSE2}",
    ]
    for text in cases:
        assert "heading" not in [r for r, _, _ in _text_roles(text)], text


def test_two_stacked_lines_each_with_its_own_label_are_fields_not_a_heading_and_subheading() -> None:
    # a review's speed test: two measurements stacked under a lead-in set apart, prose below
    text = (
        "Our baseline test showed 98.71 Mbps download and 53 Mbps upload speeds on this line.\n\n"
        "Connected to a server in the Netherlands:\n\n"
        "Download: 62.21 Mbps (37% slower than baseline)\n"
        "Upload: 18.62 Mbps (65% slower than baseline)\n\n"
        "Performance degraded further when we connected to distant servers in other countries.\n\n"
        "Then we tested the same service on a server in New York, far from the baseline.\n\n"
        "Download: 32.78 Mbps (67% slower than baseline)\n"
        "Upload: 33.27 Mbps (37% slower than baseline)\n\n"
        "These results place the service below the performance we expect from premium products.\n"
    )
    roles = {s.text: s.shape.role if s.shape else None for s in segment_text(text)}
    assert all(roles[t] is Role.LIST_ITEM for t in roles if t.startswith(("Download:", "Upload:")))
    # a round-up's verdict fields under each pick, set apart between its paragraphs
    picks = "".join(
        f"{name} is the tool we reach for first when a small team needs its data in one place.\n\n"
        f"Best for: {best}\nTradeoffs: {cost}\n\n"
        for name, best, cost in (
            ("Klaviyo", "ecommerce and B2C brands", "not designed for complex B2B sales pipelines"),
            ("HubSpot", "B2B companies with sales teams", "higher cost and implementation complexity"),
        )
    )
    roles = {s.text: s.shape.role if s.shape else None for s in segment_text("My top CRM picks\n\n" + picks + PROSE)}
    assert all(roles[t] is Role.LIST_ITEM for t in roles if t.startswith(("Best for:", "Tradeoffs:")))


def test_a_titled_label_over_fields_or_under_them_and_labelled_questions_keep_their_roles() -> None:
    # a title with a label of its own heads the fields stacked under it
    text = (
        "I value reliability, image quality and practicality above all else in a first telescope.\n\n"
        "Fast Facts: Beginner Astrophotography Telescopes\n"
        "Best type: Small apochromatic refractor on a tracking mount\n"
        "Ideal focal length: About 250 to 600 mm for wide-field imaging\n"
        "Typical budget: Around $1,000 for a complete imaging-ready telescope\n\n"
        "The above setup is a fantastic choice for beginners who want to start imaging soon.\n"
    )
    roles = {s.text: s.shape.role if s.shape else None for s in segment_text(text)}
    assert roles["Fast Facts: Beginner Astrophotography Telescopes"] is Role.HEADING
    # a title-case heading stacked under the last labelled line, over its section's prose
    text = (
        "Historically the switches of a mechanical keyboard were soldered onto its circuit board.\n\n"
        "Fixed Switches: The switches that came with the keyboard were permanent.\n"
        "Difficult Repairs: A switch that failed had to be unsoldered from the board.\n"
        "Hot-Swappable Keyboards: The Plug-and-Play Revolution\n\n"
        "A hot-swappable keyboard has sockets on the board for each switch, so they pull out.\n"
    )
    roles = {s.text: s.shape.role if s.shape else None for s in segment_text(text)}
    assert roles["Hot-Swappable Keyboards: The Plug-and-Play Revolution"] is Role.HEADING
    # a question and its answer, each behind a "Q:" / "A:" label, are no two fields of one thing
    text = (
        "Meditation is simpler than most people think, and a few minutes a day is enough to start.\n\n"
        "Q: How long does it take for meditation to work?\n"
        "A: A practice should start yielding results from the first few sessions for most people.\n\n"
        "Sometimes less is more, and the fewer ideas we hold about meditation the better it goes.\n"
    )
    roles = {s.text: s.shape.role if s.shape else None for s in segment_text(text)}
    assert roles["Q: How long does it take for meditation to work?"] is not Role.LIST_ITEM


def test_a_title_case_line_set_apart_whose_stop_closes_an_abbreviation_is_a_heading() -> None:
    # A restaurant guide names its sections after the places ("HunnyBunny Biscuit Co."), a
    # manufacturers' ranking and a coffee history end their titles with "U.S.A." and "U.S.":
    # innerText prints the <h2> set apart like a <p>, and only the abbreviation's stop made the
    # line end like a sentence. On wcxb-dev's half A, 5 headings on 4 domains (struct37).
    for title in (
        "HunnyBunny Biscuit Co.",
        "Top 10 Household Appliance Manufacturers in the U.S.A.",
        "20th-21st Centuries: Growing the Coffee Community in the U.S.",
        "Wellness Creative Co.",
        "Best Museums in Washington, D.C.",
    ):
        text = f"{PROSE}\n\n{title}\n\n{PROSE2}"
        assert [r for r, _, _ in _text_roles(text)] == ["paragraph", "heading", "paragraph"], title


def test_a_sentence_stacked_line_or_signature_ending_with_an_abbreviation_stays_a_paragraph() -> None:
    # A sentence that ends with "U.S." is in sentence case; a footer's or an address block's
    # "Etsy, Inc." is stacked on its neighbours; an initial ("Lora D.", a reviewer's signature),
    # a personal suffix ("Jr.") and a street ("St.") close no company or initialism; a title-case
    # line ending with a plain stop is a sentence as before.
    for line, text in (
        ("We moved the whole company to the U.S.", None),
        ("Etsy, Inc.", f"{PROSE}\n\nHeadquartered in Brooklyn, New York\nEtsy, Inc.\n\n{PROSE2}"),
        ("Lora D.", None),
        ("Mrs. Laura Badonka, Jr.", None),
        ("7173 S. Havana St.", None),
        ("Build Your Moving Plan and Book Online in Minutes.", None),
    ):
        roles = {s.text: s.shape.role if s.shape else None for s in segment_text(text or f"{PROSE}\n\n{line}\n\n{PROSE2}")}
        assert roles[line] is not Role.HEADING, line
