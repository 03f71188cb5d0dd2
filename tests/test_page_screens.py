"""Screening whole pages at once (literals, keywords, cheap pre-checks) gives the same result as
asking every rule about every block."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator

import regex

from pagecleaner import Cleaner, PatternRule, Rule
from pagecleaner.dates import find_date
from pagecleaner.rules import default_rules, metadata
from pagecleaner.rules.base import FOLD_TRAPS, Page, Verdict
from pagecleaner.rules.boilerplate import KeywordPatternRule, LiteralPatternRule


class Plain(Rule):
    """Wraps a rule so that the engine's page-wide screens cannot apply to it."""

    def __init__(self, inner: Rule) -> None:
        self.inner = inner
        self.id, self.kind, self.stage = inner.id, inner.kind, inner.stage
        self.on_listings = inner.on_listings
        self.__doc__ = inner.__doc__ or inner.description

    def match(self, page: Page, i: int) -> Verdict | None:
        return self.inner.match(page, i)

    def judge(self, page: Page) -> Iterator[tuple[int, Verdict]]:
        return self.inner.judge(page)


class PatternOnly(PatternRule):
    """A user's subclass that overrides ``match``: it must be asked block by block."""

    def match(self, page: Page, i: int) -> Verdict | None:
        return PatternRule.match(self, page, i)


def _texts() -> list[str]:
    texts = [t for r in default_rules() for t in (*r.examples, *r.counter_examples)]
    texts += ["Read more: the full story", "Tags: one, two", 'Smith, "A title," Nov. 3, 2019', "About Jane Doe"]
    return texts


def _mutate(text: str, rng: random.Random) -> str:
    choice = rng.randrange(8)
    if choice == 0:
        return text.upper()
    if choice == 1:
        return text.replace("s", "ſ").replace("i", "\u0130")  # letters str.lower and regex fold differently
    if choice == 2:
        return f"“{text}”"
    if choice == 3:
        return text + " " + rng.choice(_TEXTS)
    if choice == 4:
        return text.replace(" ", "  ")
    return text


_TEXTS = _texts()


def _pages(n: int) -> list[str]:
    rng = random.Random(7)
    pages = []
    for _ in range(n):
        lines = [_mutate(rng.choice(_TEXTS), rng) for _ in range(rng.randrange(5, 60))]
        pages.append("\n\n".join(lines) if rng.random() < 0.5 else "\n".join(lines))
    return pages


def _user_rules() -> list[Rule]:
    return [
        PatternRule("user.search", "promo", r"\bbuy\b.{0,20}\bnow\b", scope="search", max_words=30),
        PatternOnly("user.override", "promo", r"share this", max_words=5),
        PatternRule("user.start", "promo", r"sponsored", scope="start"),
    ]


def test_screened_pages_equal_plain_pages(seed_text: str) -> None:
    rules = [*_user_rules(), *default_rules()]
    fast, slow = Cleaner(rules, plugins=False), Cleaner([Plain(r) for r in rules], plugins=False)
    for text in [seed_text, *_pages(60)]:
        a = fast.clean(text, input_format="text").model_dump_json()
        b = slow.clean(text, input_format="text").model_dump_json()
        assert a == b, text[:200]
    assert fast.fired == slow.fired


def test_literal_rules_hold_a_literal_or_open_with_an_opening_in_every_match() -> None:
    rules = [r for r in default_rules() if isinstance(r, LiteralPatternRule)]
    assert rules
    texts = [t for r in rules for t in r.examples] + _TEXTS
    for rule in rules:
        for text in texts:
            m = rule.pattern.search(text)
            if m is not None:
                found = m.group(0).lower()
                held = any(lit in found for lit in rule.literals)
                assert held or (m.start() == 0 and rule.openings.begins(found)), (rule.id, text)


def test_keyword_rules_pass_their_own_check_on_every_match() -> None:
    rules = [r for r in default_rules() if isinstance(r, KeywordPatternRule)]
    texts = [t for r in rules for t in r.examples] + _TEXTS
    for rule in rules:
        for text in texts:
            if rule.pattern.search(text) is not None:
                low = text.lower()
                assert any(k in low for k in rule.keywords) or rule.openings.begins(low), (rule.id, text)


def test_fold_traps_list_every_character_that_folds_onto_a_literal_differently(
    folding_differently: Callable[[Iterable[str]], set[str]],
) -> None:
    chars = {
        c
        for r in default_rules()
        if isinstance(r, LiteralPatternRule)
        for lit in (*r.literals, *r.openings.starts())
        for c in lit
    }
    traps = folding_differently(chars)
    assert traps <= set(FOLD_TRAPS)


def test_a_subclass_overriding_match_is_asked_about_every_block() -> None:
    from pagecleaner.engine import plan_block_stage

    class Shouty(KeywordPatternRule):
        def match(self, page: Page, i: int) -> Verdict | None:
            return self.verdict("shouts") if page.blocks[i].text.isupper() else None

    shouty = Shouty("user.shouty", "promo", "never", scope="search", keywords=("never",))
    plan = plan_block_stage((shouty, PatternOnly("user.p", "promo", "x")))
    assert plan.paged == ()
    page = Cleaner([shouty], plugins=False).clean("HELLO THERE\n\nquiet words", input_format="text")
    assert [r.text for r in page.removed] == ["HELLO THERE"]


def _variants() -> list[str]:
    base = [*_TEXTS, "Yahoo30-06-2025\n", "Reuters 12/03/٢٠٢٤", "by Jane Doe", "BY JANE DOE", "Автор: Иван Петров"]
    return base + [t.upper() for t in base] + [t.lower() for t in base]


def test_every_age_holds_one_of_the_age_rules_screen_words() -> None:
    from pagecleaner import dates

    forms = [
        "2 days ago", "an hour ago", "5m ago", "1 yr ago", "vor 2 Stunden", "il y a 3 jours", "hace 2 horas",
        "há 3 dias", "3 ore fa", "2 hari yang lalu", "3 дня назад", "3시간 전", "3時間前", "yesterday", "Just now",
        "2 uur geleden", "godzinę temu", "2 saat önce", "2 giờ trước", "2小时前", "3 dias atrás", "gestern", "hôm qua",
    ]  # fmt: skip
    for form in forms:
        m = dates.AGE.search(form)
        assert m is not None, form
        assert any(w in m.group(0).lower() for w in dates.AGE_WORDS), form
        found = dates.find_age(form)
        assert found is not None and found.group(0) == m.group(0), form


def test_every_date_form_needs_a_four_digit_year() -> None:
    from pagecleaner import dates

    for pattern in (
        dates.ISO_DATE, dates.NUMERIC_DATE, dates.MONTH_FIRST, dates.MONTH_FIRST_ANY, dates.DAY_FIRST, dates.YEAR_FIRST, dates.VIETNAMESE_DATE,
        dates.CJK_DATE,
    ):  # fmt: skip
        assert r"\d{4}" in pattern.pattern  # the dateline rule's pre-check relies on it


def test_metadata_pre_checks_never_turn_away_a_match() -> None:
    for text in _variants():
        if metadata._SOURCE_DATE.search(text):
            assert metadata._may_end_in_digit(text), text
        if metadata._CREDIT.search(text):
            assert ":" in text or "：" in text, text
        if metadata._AGENCY_CREDIT.search(text):
            assert any(name in text for name in metadata._AGENCY_NAMES), text
        if metadata._CAPTION_HEAD.search(text[:80]):
            assert metadata._opens_like_caption(text), text
        if metadata._BYLINE.search(text):
            assert text[:1].lower() in metadata._BYLINE_FIRST, text
        if find_date(text) is not None:
            assert metadata._YEAR.search(text), text


def test_terminal_reads_only_the_tail_of_a_block() -> None:
    from pagecleaner.features import _TERMINAL

    tails = ["", ".", "!\n", "?”", ".”)", ".”)\n", ".”)”", "…»]", "a.b", "。", "x\n"]
    for text in [*_TEXTS, *(f"Some words{t}" for t in tails), *tails]:
        assert bool(_TERMINAL.search(text[-4:])) == bool(_TERMINAL.search(text)), text


def test_normalise_takes_the_same_ascii_shortcut_as_the_regex() -> None:
    from pagecleaner.segment import _WS, normalise

    texts = ["  a \t b\r\n", "a\x1cb", "\x1fa  b\x0b", "plain", "", " \x0c ", "é  b", "a\u200bb", "x\u3000\xa0y\ufeff"]
    for text in [*texts, *_TEXTS]:
        assert normalise(text) == str(_WS.sub(" ", text)).strip(), repr(text)


def test_str_split_and_regex_agree_on_white_space_but_for_four_controls() -> None:
    space = regex.compile(r"\s")
    differ = [cp for cp in range(0x110000) if chr(cp).isspace() != bool(space.match(chr(cp)))]
    assert differ == [0x1C, 0x1D, 0x1E, 0x1F]  # normalise's shortcut relies on it


def test_feature_counts_equal_the_unicode_classes_on_random_text() -> None:
    from pagecleaner.features import _counts

    classes = [regex.compile(p) for p in (r"\p{Lu}", r"\p{Ll}", r"\d", r"(?<!\S)\p{Lu}")]
    alphabet = ["A", "b", " ", "\t", "\x1c", "\n", "é", "É", "’", "\xa0", "\u3000", "1", "٣", "\ud800", "Ω", "日"]
    rng = random.Random(3)
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        assert _counts(text) == tuple(len(c.findall(text)) for c in classes), repr(text)


def test_blocks_with_markup_and_inner_newlines_are_screened_the_same() -> None:
    from pagecleaner import Settings
    from pagecleaner.blocks import DomInfo, Segment
    from pagecleaner.engine import judge
    from pagecleaner.features import make_blocks

    rng = random.Random(5)
    texts = [_mutate(rng.choice(_TEXTS), rng) for _ in range(80)]
    texts = [t.replace(" ", "\n", 1) if k % 3 == 0 else t for k, t in enumerate(texts)]
    dom = DomInfo(tag="p", ancestors=("article",), link_chars=3)
    blocks = make_blocks(Segment(t, t, k + 1, k + 1, False, dom if k % 2 else None) for k, t in enumerate(texts))
    rules = [*_user_rules(), *default_rules()]
    fast, fired_fast = judge(blocks, rules, Settings())
    slow, fired_slow = judge(blocks, [Plain(r) for r in rules], Settings())
    assert fast.verdicts == slow.verdicts
    assert fast.warnings == slow.warnings
    assert fired_fast == fired_slow


def test_a_dateline_whose_label_folds_oddly_is_found_on_the_screened_path() -> None:
    # "İ" lower-cases to "i̇", so the lower-cased page holds no "veröffentlicht" while the rule's
    # case-blind label pattern matches: the page-wide screen must not drop the line.
    text = "\n\n".join(["Veröffentl\u0130cht am 19.11.24", "Partager le pouvoir n'a jamais été son fort."])
    rules = default_rules()
    fast, slow = Cleaner(rules, plugins=False), Cleaner([Plain(r) for r in rules], plugins=False)
    assert slow.clean(text, input_format="text").article.published is not None
    assert fast.clean(text, input_format="text").model_dump_json() == slow.clean(text, input_format="text").model_dump_json()


def test_the_bylines_first_words_are_those_of_its_openings(
    folding_differently: Callable[[Iterable[str]], set[str]],
) -> None:
    # Each wording of the opening, its groups and white space flattened: its first word (an optional
    # group's words and the wording after it each open one).
    flat = metadata._BYLINE_OPENING.replace(r"\s+", " ").replace("[- ]?", " ")
    flat = flat.replace("(?:", "").replace(")?", "|").replace(")", "")
    firsts = {wording.split()[0] for wording in flat.split("|") if wording.strip()}
    assert firsts == {*metadata._BYLINE_WORDS, "a"}  # "a cura di": "a" and a space, screened apart
    assert folding_differently("".join(firsts)) <= set(FOLD_TRAPS)


def test_the_byline_screen_never_turns_away_an_opening() -> None:
    openings = [
        "By", "Written by", "Article written by", "Expertly reviewed by", "Fact-checked by", "Fact checked by",
        "Factchecked by", "Story by", "Geschrieben von", "Escrito por", "Écrit par", "Rédigé par", "A cura di",
        "A\u00a0cura di", "Napisane przez", "Autor", "Автор", "Door", "Oleh", "Di", "Words by",
    ]  # fmt: skip
    for opening in openings:
        for text in (opening, f"{opening} Jane Doe", f"{opening}: Jane Doe"):
            assert metadata._BYLINE.search(text) or metadata._BYLINE_LABEL.search(text), text
            for form in (text, text.upper(), text.lower()):
                assert metadata._opens_byline(form.lower()), form
    for text in _variants():
        if metadata._BYLINE.search(text) or metadata._BYLINE_LABEL.search(text):
            assert metadata._opens_byline(text.lower()), text
    for text in ("Jane Doe", "About the author", "and more", "Author: Jane Doe", "Alongside Jane"):
        assert not metadata._opens_byline(text.lower()), text
