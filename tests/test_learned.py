"""The learned block scorer: a context rule with a score in every reason, a shipped model that loads
and scores deterministically, and a training script that runs end to end on a tiny data set."""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from pagecleaner import Block, Cleaner, Kind, PageType
from pagecleaner.dom import html_segments, parse_html
from pagecleaner.features import make_blocks
from pagecleaner.rules import default_rules
from pagecleaner.rules.base import Stage
from pagecleaner.rules.learned import (
    FEATURES,
    Learned,
    Model,
    Weights,
    bare_date,
    bare_link,
    feature_rows,
    shipped_model,
)
from pagecleaner.segment import segment_text

ROOT = Path(__file__).resolve().parent.parent
SCORE = re.compile(r"^learned content score (0|1)\.\d\d \((below|above) (0|1)\.\d\d\)")

PROSE = (
    "The council approved the new budget on Tuesday night after a debate that lasted more than four hours. "
    "Members said the plan would fund road repairs, two new libraries and longer opening hours at the pool."
)
MENU = "".join(f'<li><a href="/s{k}">Section {k}</a></li>' for k in range(12))


def html_page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>T</title></head><body>{body}</body></html>"


def page_blocks(html: str) -> list[Block]:
    parsed = parse_html(html)
    assert parsed.root is not None
    return make_blocks(html_segments(parsed.root, None))


# A forum-like page: a question and answers, each post with its author and date, which the comment
# rules read as a thread; and a menu the model should never keep.
FORUM = html_page(
    f"<nav><ul>{MENU}</ul></nav><main>"
    + "".join(
        f'<div class="post"><div class="author">user{k} on May {k + 1}, 2024 at 4:4{k} pm said:</div>'
        f"<p>{PROSE} Post number {k} adds that the vote was close and that the mayor spoke last.</p>"
        f"<p>Reply</p></div>"
        for k in range(10)
    )
    + "</main><footer><p>Copyright 2024 Example Forum. All rights reserved.</p></footer>"
)


def test_rule_is_in_the_default_list_as_a_context_rule() -> None:
    rule = next(r for r in default_rules() if r.id == "quality.learned")
    assert isinstance(rule, Learned)
    assert rule.stage is Stage.CONTEXT
    assert rule.kind is Kind.LOW_CONTENT
    assert rule.description.startswith("Scores every block")
    ids = [r.id for r in default_rules()]
    # After the positional rules it may overrule, before the title rule reads the article.
    assert ids.index("quality.main-run") < ids.index("quality.learned") < ids.index("metadata.title")


def test_shipped_model_loads_and_matches_the_feature_list() -> None:
    model = shipped_model()
    assert len(model.html.weights) == len(model.text.weights) == len(FEATURES)
    assert 0.0 <= model.html.remove_below < 1.0 and 0.0 <= model.text.remove_below < 1.0
    for part in (model.html, model.text):
        assert all("." in r and not r.startswith(("cookie", "share", "metadata")) for r in part.restorable)
    assert Model.from_dict(json.loads(json.dumps(model.to_dict()))) == model


def test_model_file_with_other_features_is_refused() -> None:
    data = shipped_model().to_dict()
    data["features"] = data["features"][:-1]
    with pytest.raises(ValueError, match="features"):
        Model.from_dict(data)


def test_scores_by_parts_equal_the_scores_of_the_rows() -> None:
    model = shipped_model()
    for blocks in (page_blocks(FORUM), make_blocks(segment_text(f"Home\nNews\nSport\n\n{PROSE}\n\n{PROSE} Again."))):
        weights = model.weights_for(blocks)
        for kind in PageType:
            by_rows = [weights.score(row) for row in feature_rows(blocks, kind)]
            assert model.scores(blocks, page_type=kind) == pytest.approx(by_rows, abs=1e-12)


def test_page_type_is_a_feature_of_every_block() -> None:
    blocks = page_blocks(FORUM)
    article, forum = feature_rows(blocks), feature_rows(blocks, PageType.FORUM)
    at = FEATURES.index("type.forum")
    assert all(row[at] == 0.0 for row in article) and all(row[at] == 1.0 for row in forum)
    # The shipped model weighs the kind: a thread's posts score otherwise than an article's comments.
    assert shipped_model().scores(blocks, page_type=PageType.FORUM) != shipped_model().scores(blocks)


def test_rule_reads_the_page_type_the_caller_gives() -> None:
    sure_on_forums = list(DOUBT.weights)
    sure_on_forums[FEATURES.index("type.forum")] = 20.0
    w = Weights(DOUBT.bias, tuple(sure_on_forums), remove_below=0.2, restore_above=0.9)
    rule = Learned(Model(w, w))
    rule.min_blocks = 1
    cleaner = Cleaner(plugins=False).replace("quality.learned", rule)
    text = f"{PROSE}\n\n{PROSE} Again."
    assert cleaner.clean(text).article.paragraphs == []
    assert len(cleaner.clean(text, page_type="forum").article.paragraphs) == 2


def test_scores_skip_unwanted_blocks() -> None:
    blocks = page_blocks(FORUM)
    wanted = [i % 2 == 0 for i in range(len(blocks))]
    full, some = shipped_model().scores(blocks), shipped_model().scores(blocks, wanted)
    assert [s for s, w in zip(some, wanted, strict=True) if not w] == [None] * wanted.count(False)
    assert [s for s, w in zip(some, wanted, strict=True) if w] == [s for s, w in zip(full, wanted, strict=True) if w]


def test_scores_are_identical_across_processes() -> None:
    code = (
        "import json,sys; from tests.test_learned import FORUM, page_blocks;"
        "from pagecleaner.rules.learned import shipped_model;"
        "print(json.dumps(shipped_model().scores(page_blocks(FORUM))))"
    )
    runs = [
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
        for _ in range(2)
    ]
    assert runs[0] == runs[1]
    assert json.loads(runs[0]) == shipped_model().scores(page_blocks(FORUM))


def test_menu_scores_below_prose() -> None:
    blocks = page_blocks(FORUM)
    scores = shipped_model().scores(blocks)
    menu = [s for b, s in zip(blocks, scores, strict=True) if b.text.startswith("Section")]
    posts = [s for b, s in zip(blocks, scores, strict=True) if b.text.startswith("The council")]
    assert menu and posts
    assert max(s for s in menu if s is not None) < min(s for s in posts if s is not None)


# A model whose every block scores high (bias 10, no weights) and one whose every block scores low:
# what the rule does with a confident score, whatever the shipped weights.
SURE = Weights(10.0, (0.0,) * len(FEATURES), remove_below=0.2, restore_above=0.9)
DOUBT = Weights(-10.0, (0.0,) * len(FEATURES), remove_below=0.2, restore_above=0.9)


def cleaner_with(weights: Weights, restorable: frozenset[str]) -> Cleaner:
    w = Weights(weights.bias, weights.weights, weights.remove_below, weights.restore_above, restorable)
    rule = Learned(Model(w, w))
    rule.min_blocks = 1  # the small pages below too
    return Cleaner(plugins=False).replace("quality.learned", rule)


def test_confident_content_restores_what_a_positional_rule_removed() -> None:
    # Read as an article, the thread's posts are comments to the positional rules.
    plain = Cleaner(plugins=False).disable("quality.learned").clean(FORUM, page_type="article")
    positional = {r.rule for r in plain.removed} & {"comments.thread", "quality.main-run", "quality.neighbours"}
    assert positional, "the page should lose blocks to positional rules"
    page = cleaner_with(SURE, frozenset(positional)).clean(FORUM, page_type="article")
    assert not {r.rule for r in page.removed} & positional
    assert len(page.article.text) > len(plain.article.text)


def test_phrase_rules_removals_are_never_restored() -> None:
    text = f"{PROSE}\n\nWe use cookies to improve your experience. Accept all cookies\n\n{PROSE} Again."
    page = cleaner_with(SURE, frozenset({"quality.main-run"})).clean(text)
    assert any(r.kind is Kind.COOKIE_NOTICE for r in page.removed)


def test_removal_carries_the_score_in_its_reason() -> None:
    page = cleaner_with(DOUBT, frozenset()).clean(f"{PROSE}\n\n{PROSE} Again.")
    learned = [r for r in page.removed if r.rule == "quality.learned"]
    assert learned and all(SCORE.match(r.reason) for r in learned)
    assert page.article.paragraphs == []


def test_pages_of_few_blocks_are_left_to_the_other_rules() -> None:
    rule = Learned(Model(DOUBT, DOUBT))
    assert rule.min_blocks > 2
    page = Cleaner(plugins=False).replace("quality.learned", rule).clean(f"{PROSE}\n\n{PROSE} Again.")
    assert len(page.article.paragraphs) == 2


# Short lines under an article, each an event's name and its date alone (an events list's cards):
# outside the article's element on HTML, away from its prose on text.
EVENTS = [x for k in range(4) for x in (f"Spring meetup {k}", f"Mar {k + 10} 26")]
EVENTS_HTML = html_page(
    f"<article><p>{PROSE}</p><p>{PROSE} Again.</p><p>{PROSE} Once more.</p></article>"
    + "".join(f"<div><p>{EVENTS[k]}</p><p>{EVENTS[k + 1]}</p></div>" for k in range(0, len(EVENTS), 2))
)
EVENTS_TEXT = "\n\n".join([PROSE, f"{PROSE} Again.", f"{PROSE} Once more.", *EVENTS])


@pytest.mark.parametrize(
    ("source", "positional"), [(EVENTS_HTML, "dom.outside-main"), (EVENTS_TEXT, "quality.neighbours")]
)
def test_a_date_alone_is_never_restored(source: str, positional: str) -> None:
    """A block that is only a day of a month has no word of its own: however sure the model is, what
    a positional rule removed of it stays removed, while the event names beside it come back."""
    plain = Cleaner(plugins=False).disable("quality.learned").clean(source)
    assert {r.text for r in plain.removed if r.rule == positional} >= set(EVENTS)
    page = cleaner_with(SURE, frozenset({positional})).clean(source)
    removed = {r.text: r.rule for r in page.removed}
    assert all(removed.get(f"Mar {k + 10} 26") == positional for k in range(4))
    assert not any(f"Spring meetup {k}" in removed for k in range(4))
    assert "Spring meetup 3" in page.article.text and "Mar 13 26" not in page.article.text


def test_a_bare_date_is_only_a_day_of_a_month() -> None:
    for text in ("Mar 14 26", "Mar 16-20 26", "Mar 7", "Mar 7 ·", "6 Mar", "Sept. 3, 2024", "12 mars", "3 Okt"):
        assert bare_date(text), text
    for text in ("7", "2024", "$39", "4.58", "March", "May 2024", "Mar 7: talks open", "Spring meetup 3", "06-29"):
        assert not bare_date(text), text


def test_disabling_the_rule_changes_the_output() -> None:
    on = cleaner_with(SURE, frozenset({"comments.thread", "quality.main-run"})).clean(FORUM, page_type="article")
    off = (
        cleaner_with(SURE, frozenset({"comments.thread", "quality.main-run"}))
        .disable("quality.learned")
        .clean(FORUM, page_type="article")
    )
    assert on.article.paragraphs != off.article.paragraphs
    assert not any(r.rule == "quality.learned" for r in off.removed)


def test_shipped_model_acts_on_some_page_with_a_scored_reason() -> None:
    # Read as an article, the thread loses posts to the positional rules; the model restores some.
    on = Cleaner(plugins=False).clean(FORUM, page_type="article")
    off = Cleaner(plugins=False).disable("quality.learned").clean(FORUM, page_type="article")
    assert on.article.paragraphs != off.article.paragraphs
    for r in on.removed:
        if r.rule == "quality.learned":
            assert SCORE.match(r.reason)


# -- the training script on a tiny synthetic data set ------------------------------------------


def load_train() -> ModuleType:
    pytest.importorskip("numpy")  # the `train` extra (installed with `dev`)
    spec = importlib.util.spec_from_file_location("train", ROOT / "bench" / "train.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train"] = module  # dataclasses look their module up
    sys.path.insert(0, str(ROOT / "bench"))  # where the script finds bench/common.py
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return module


TINY_SCORER = '''
import re
from collections import Counter
def page_counts(truth, pred):
    t, p = Counter(re.findall(r"\\w+", truth)), Counter(re.findall(r"\\w+", pred))
    tp, fp, fn = sum((t & p).values()), sum((p - t).values()), sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)
def score(truth, pred):
    c = [page_counts(v["articleBody"], (pred.get(k) or {}).get("articleBody", "")) for k, v in truth.items()]
    p = sum(x[0] / (x[0] + x[1]) if x[0] + x[1] else 0.0 for x in c) / max(len(c), 1)
    r = sum(x[0] / (x[0] + x[2]) if x[0] + x[2] else 0.0 for x in c) / max(len(c), 1)
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0}
'''


def tiny_data(root: Path) -> None:
    wcxb = root / "wcxb-dev"
    (wcxb / "html").mkdir(parents=True)
    (wcxb / "text-innertext").mkdir()
    truth, meta = {}, {}
    for k in range(8):
        body = f"{PROSE} Page {k} of site {k % 4}."
        nav = "".join(f'<li><a href="/{j}">Link {j} of site {k % 4}</a></li>' for j in range(8))
        html = html_page(f"<nav><ul>{nav}</ul></nav><article><p>{body}</p><p>{body} More.</p></article>")
        (wcxb / "html" / f"{k:04d}.html.gz").write_bytes(gzip.compress(html.encode()))
        text = "\n".join(f"Link {j} of site {k % 4}" for j in range(8)) + f"\n\n{body}\n\n{body} More.\n"
        (wcxb / "text-innertext" / f"{k:04d}.txt").write_text(text, encoding="utf-8")
        truth[f"{k:04d}"] = {"articleBody": f"{body}\n\n{body} More.", "url": f"https://site{k % 4}.example/{k}"}
        meta[f"{k:04d}"] = {"page_type": "article" if k % 2 else "forum", "domain": f"site{k % 4}.example"}
    (wcxb / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    (wcxb / "meta.json").write_text(json.dumps(meta), encoding="utf-8")


def test_training_script_runs_on_a_tiny_data_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    train = load_train()
    tiny_data(tmp_path)
    scorer = tmp_path / "score.py"
    scorer.write_text(TINY_SCORER, encoding="utf-8")
    out = tmp_path / "model.json"
    args = ["--data", str(tmp_path), "--score", str(scorer), "--folds", "2", "--write", "--out", str(out)]
    assert train.main(args) == 0
    printed = capsys.readouterr().out
    assert "fold 1/2" in printed and "fold 2/2" in printed and "wcxb html forum" in printed
    model = Model.from_dict(json.loads(out.read_text(encoding="utf-8")))
    # The same data gives the same file: training is deterministic.
    again = tmp_path / "again.json"
    assert train.main([*args[:-1], str(again), "--no-cv"]) == 0
    assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")
    # The links score lower than the article on a page of the same shape.
    blocks = page_blocks(html_page("<nav><ul><li><a href='/x'>Link 1 of site 9</a></li></ul></nav>" f"<p>{PROSE}</p>"))
    scores = model.scores(blocks)
    assert scores[0] is not None and scores[-1] is not None and scores[0] < scores[-1]


def test_folds_are_stable_and_keep_a_domain_together() -> None:
    train = load_train()
    assert train.fold_of("example.org", 5) == train.fold_of("example.org", 5)
    assert {train.fold_of(f"site{k}.example", 2) for k in range(20)} == {0, 1}
    assert train.host("https://www.Example.org/a/b") == "example.org"


# A shop's cards, each a linked name, a line of its own and a linked price: the classifier takes
# the lone prices for navigation.
CARDS_HTML = html_page(
    f"<main><h1>Desks</h1><p>{PROSE}</p>"
    + "".join(
        f'<div class="card"><h3><a href="/p/{k}">Walnut desk model {k}</a></h3>'
        f'<p>A solid walnut top on a steel frame, model {k}.</p><p><a href="/p/{k}">${k + 10}.99</a></p></div>'
        for k in range(6)
    )
    + "</main>"
)


@pytest.mark.parametrize("page_type", ["collection", "listing"])
def test_a_bare_link_on_a_collection_or_listing_is_never_restored(page_type: str) -> None:
    """On a collection or a listing, a block that is one link saying no word (a card's price, a
    pager's number) that the classifier took for navigation stays removed however sure the model
    is; on an article the same prices come back."""
    plain = Cleaner(plugins=False).disable("quality.learned").clean(CARDS_HTML, page_type=page_type)
    removed = {r.text: r.rule for r in plain.removed}
    assert {removed.get(f"${k + 10}.99") for k in range(6)} == {"quality.classify"}
    sure = cleaner_with(SURE, frozenset({"quality.classify"}))
    page = sure.clean(CARDS_HTML, page_type=page_type)
    removed = {r.text: r.rule for r in page.removed}
    assert {removed.get(f"${k + 10}.99") for k in range(6)} == {"quality.classify"}
    assert "Walnut desk model 2" in page.article.text and "$12.99" not in page.article.text
    article = sure.clean(CARDS_HTML, page_type="article")
    assert "$12.99" in article.article.text


def test_a_bare_link_is_one_link_without_a_letter() -> None:
    blocks = page_blocks(
        html_page(
            f"<p>{PROSE}</p>".join(
                [
                    '<p><a href="/p/1">$11.99</a></p>',
                    '<p><a href="/p/1/r">(104)</a></p>',
                    '<p><a href="/p/2">2</a> </p>',
                    '<p><a href="/p/3">Scream 7</a></p>',
                    '<p><a href="/p/4">80 Reviews</a></p>',
                    "<p>$11.99</p>",
                    '<p><a href="/a">1</a> <a href="/b">2</a></p>',
                    '<p>From $ <a href="/c">9.99</a></p>',
                ]
            )
        )
    )
    bare = [bare_link(b) for b in blocks if b.text != PROSE]
    assert bare == [True, True, True, False, False, False, False, False]
    assert not any(bare_link(b) for b in make_blocks(segment_text("$11.99\n\n2")))
