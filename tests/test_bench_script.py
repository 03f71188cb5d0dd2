"""The benchmark script fails clearly when the evaluation data is absent."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "quality.py"


def test_missing_data_exits_2_with_a_message(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(BENCH), "--data", str(tmp_path / "nowhere")], capture_output=True, text=True
    )
    assert run.returncode == 2
    assert "no evaluation data" in run.stderr


TEASERS = BENCH.parent / "teasers.py"


def test_teaser_bench_missing_data_exits_2_with_a_message(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(TEASERS), "--data", str(tmp_path / "nowhere")], capture_output=True, text=True
    )
    assert run.returncode == 2
    assert "missing" in run.stderr


def test_teaser_bench_halves_keep_one_site_on_one_side() -> None:
    sys.path.insert(0, str(TEASERS.parent))
    try:
        from teasers import half_of
    finally:
        sys.path.remove(str(TEASERS.parent))
    assert half_of("https://www.example.com/a") == half_of("https://example.com/b/c?d=1")
    halves = {half_of(f"https://site{k}.example/") for k in range(40)}
    assert halves == {"a", "b"}


MEMORY = BENCH.parent / "memory.py"


def test_memory_bench_cycles_the_pages_and_gives_a_verdict(tmp_path: Path) -> None:
    import gzip

    (tmp_path / "html").mkdir()
    (tmp_path / "text-innertext").mkdir()
    for k in range(2):
        body = f"<html><body><h1>Title {k}</h1><p>{'A sentence of the article body. ' * 20}</p></body></html>"
        (tmp_path / "html" / f"{k}.html.gz").write_bytes(gzip.compress(body.encode()))
        (tmp_path / "text-innertext" / f"{k}.txt").write_text(f"Title {k}\n\n" + "A sentence of prose. " * 20)
    run = subprocess.run(
        [sys.executable, str(MEMORY), "--data", str(tmp_path), "--pages", "12", "--every", "4"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert "12 pages: 4 distinct" in run.stdout
    assert "RSS from page 4 (after the first cycle) to page 12" in run.stdout and ": flat" in run.stdout


def test_structure_bench_counts_list_items_holding_a_paragraph_apart() -> None:
    sys.path.insert(0, str(BENCH.parent))
    try:
        from structure import score, targets
    finally:
        sys.path.remove(str(BENCH.parent))
    from pagecleaner import Paragraph, Role

    html = (
        b"<html><body><ul><li><p>Payroll runs every month</p></li><li>Benefits renew each year</li></ul></body></html>"
    )
    want = targets(html, "Payroll runs every month\nBenefits renew each year")
    assert want.held == {"Payroll runs every month"}
    body = [Paragraph(text="Payroll runs every month"), Paragraph(text="Benefits renew each year", role=Role.LIST_ITEM)]
    counts = score(body, want).counts
    assert (counts["held.found"], counts["held.right"], counts["list_item.right"]) == (1, 0, 1)


def test_structure_breakdown_counts_misses_by_page_type_without_their_lines(tmp_path: Path) -> None:
    import gzip
    import json

    (tmp_path / "html").mkdir()
    (tmp_path / "text-innertext").mkdir()
    html = (
        b"<html><body><h2>Opening hours</h2><p>We are open every day of the week from nine to five.</p></body></html>"
    )
    (tmp_path / "html" / "1.html.gz").write_bytes(gzip.compress(html))
    # Set apart over a blank line, the heading reads as a paragraph: one miss.
    (tmp_path / "text-innertext" / "1.txt").write_text(
        "Opening hours.\n\nWe are open every day of the week from nine to five.\n"
    )
    truth = {
        "1": {
            "articleBody": "Opening hours\nWe are open every day of the week from nine to five.",
            "url": "https://shop.example/",
        }
    }
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth))
    (tmp_path / "meta.json").write_text(json.dumps({"1": {"domain": "shop.example", "page_type": "service"}}))
    run = subprocess.run(
        [
            sys.executable,
            str(BENCH.parent / "structure.py"),
            "--data",
            str(tmp_path),
            "--renderings",
            "text-innertext",
            "--breakdown",
        ],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert "misses by page type and why" in run.stdout
    assert "service" in run.stdout
    assert "Opening hours" not in run.stdout and "shop.example" not in run.stdout


def _same_casefold(a: str, b: str) -> bool:
    """The title benches' sorting tests' own sameness: the texts alike but for case."""
    return a.casefold() == b.casefold()


def test_title_bench_sorts_a_miss_by_the_markup_fields_holding_the_truth_and_the_title_given() -> None:
    sys.path.insert(0, str(BENCH.parent))
    try:
        from titles import markup_fields, sort_miss
    finally:
        sys.path.remove(str(BENCH.parent))

    crumbs = (
        '{"@type": "BreadcrumbList", "itemListElement": ['
        '{"@type": "ListItem", "position": 2, "name": "11 SEO Strategies to Boost Rankings"},'
        '{"@type": "ListItem", "position": 1, "name": "Home"}]}'
    )
    html = (
        "<html><head><title>Top 11 SEO Strategies | Lucca</title>"
        '<meta property="og:title" content="Top 11 SEO Strategies | Lucca">'
        '<meta property="og:site_name" content="Lucca">'
        f'<script type="application/ld+json">{crumbs}</script></head>'
        "<body><h1>11 SEO Strategies to Boost Rankings</h1><p>Text.</p></body></html>"
    )
    fields = markup_fields(html)
    # The breadcrumb's last step by position, not by the order it is written in.
    assert fields["breadcrumb"] == ["11 SEO Strategies to Boost Rankings"]
    assert fields["<title> without suffix"] == ["Top 11 SEO Strategies"]
    where, given = sort_miss(fields, "11 SEO Strategies to Boost Rankings", "Top 11 SEO Strategies", _same_casefold)
    assert where == ["<h1>", "JSON-LD name", "breadcrumb"]
    # og:title holds the title given once its site suffix is gone; of the <title>'s readings, the first that does.
    assert given == ["og:title", "<title> without suffix"]
    assert sort_miss(fields, "Another page altogether", None, _same_casefold) == (["nowhere"], ["no title"])
    # The site's name given for the title: a field of the <title>, and og:site_name.
    assert sort_miss(fields, "Top 11 SEO Strategies", "Lucca", _same_casefold)[1] == ["<title> field", "site name"]


def test_title_bench_sorts_a_text_miss_by_the_lines_printing_the_truth_and_the_title_given() -> None:
    sys.path.insert(0, str(BENCH.parent))
    try:
        from titles import sort_text_miss
    finally:
        sys.path.remove(str(BENCH.parent))

    text = (
        "Home\nHeadphones\n  Studio Headphones  \nTravel Insurance | Allianz\n"
        "Best Moving Companies in New York (2025) – Top Local Movers\nWe compared forty movers.\n"
    )
    # A line whole (stripped), against the title given: another line.
    assert sort_text_miss(text, "studio headphones", "Headphones", _same_casefold) == (["a line"], ["a line"])
    # A line's first field, before the site's name.
    assert sort_text_miss(text, "Travel Insurance", None, _same_casefold) == (["a line's first field"], ["no title"])
    # The truth's words whole and in order inside a longer line (a headline's tail kept), not a field.
    assert sort_text_miss(text, "Companies in New York", "Home", _same_casefold)[0] == ["inside a longer line"]
    # Words in another order, or a part of a word, are nowhere.
    assert sort_text_miss(text, "New York Companies", "Home", _same_casefold)[0] == ["nowhere"]
    assert sort_text_miss(text, "Head", "Home", _same_casefold)[0] == ["nowhere"]


def test_quality_bench_gives_the_181_pages_their_url_only_when_asked() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    try:
        from quality import page_urls
    finally:
        sys.path.pop(0)
    truth = {"a": {"url": "https://example.com/a-story"}, "b": {}}
    assert page_urls(truth, False) == {}
    assert page_urls(truth, False, with_url=True) == {"a": "https://example.com/a-story", "b": None}
    assert page_urls(truth, True) == {"a": "https://example.com/a-story", "b": None}
    assert page_urls(truth, True, no_url=True) == {}
