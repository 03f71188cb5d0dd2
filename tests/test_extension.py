"""Users add, place, replace, disable and load rules without editing the package."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pagecleaner import (
    Block,
    Cleaner,
    Kind,
    PatternRule,
    Rule,
    RuleError,
    RuleFileError,
    RuleNotFound,
    Verdict,
    rule,
)
from pagecleaner import plugins as plugins_module
from pagecleaner.rules.base import Page

PAGE = """Menu
Sponsored by Acme Widgets
The council approved the new budget on Tuesday after a long debate that lasted well into the night.
Officials said the plan would fund schools, roads and a new library in the town centre next year.
"""


@rule("test.sponsored", kind=Kind.AD)
def sponsored(block: Block) -> bool:
    """Removes "Sponsored by ..." lines."""
    return block.text.startswith("Sponsored by")


def removed_by(page_text: str, cleaner: Cleaner) -> dict[str, str]:
    return {r.text: r.rule for r in cleaner.clean(page_text).removed}


def test_function_rule_added_to_default_cleaner_fires() -> None:
    c = Cleaner(plugins=False).add(sponsored, before="image.alt-residue")
    assert removed_by(PAGE, c)["Sponsored by Acme Widgets"] == "test.sponsored"
    assert c.fired["test.sponsored"] == 1


def test_rule_is_placed_before_and_after() -> None:
    c = Cleaner(plugins=False).add(sponsored, after="metadata.credit")
    ids = [r.id for r in c.rules]
    assert ids.index("test.sponsored") == ids.index("metadata.credit") + 1
    c2 = Cleaner(plugins=False).add(sponsored, before="metadata.credit")
    ids2 = [r.id for r in c2.rules]
    assert ids2.index("test.sponsored") == ids2.index("metadata.credit") - 1


def test_unknown_anchor_raises_rule_not_found() -> None:
    with pytest.raises(RuleNotFound, match=r"no\.such"):
        Cleaner(plugins=False).add(sponsored, before="no.such")


def test_duplicate_id_is_refused() -> None:
    c = Cleaner(plugins=False).add(sponsored)
    with pytest.raises(RuleError, match="exists already"):
        c.add(sponsored)


def test_disable_by_id_keeps_the_line() -> None:
    c = Cleaner(plugins=False).disable("navigation.controls")
    assert "Menu" not in {r.text for r in c.clean(PAGE).removed if r.rule == "navigation.controls"}
    assert "navigation.controls" in {r.id for r in c.rules}
    assert "navigation.controls" not in {r.id for r in c.active_rules}
    c.enable("navigation.controls")
    assert removed_by(PAGE, c)["Menu"] == "navigation.controls"


def test_replace_by_id() -> None:
    class QuietMenu(Rule):
        """Removes only lines that say "Menu" exactly."""

        id = "navigation.controls"
        kind = Kind.NAVIGATION

        def match(self, page: Page, i: int) -> Verdict | None:
            return self.verdict("menu word") if page.blocks[i].text == "Menu" else None

    c = Cleaner(plugins=False).replace("navigation.controls", QuietMenu())
    assert isinstance(c.get("navigation.controls"), QuietMenu)
    assert removed_by(PAGE, c)["Menu"] == "navigation.controls"


def test_rule_without_docstring_is_refused() -> None:
    with pytest.raises(RuleError, match="docstring"):

        @rule("test.nodoc", kind="ad")
        def nodoc(block: Block) -> bool:
            return False


def test_rule_with_unknown_kind_is_refused() -> None:
    with pytest.raises(RuleError, match="kind"):
        PatternRule("test.kind", "spam", "x")


def test_bad_pattern_is_a_rule_error() -> None:
    with pytest.raises(RuleError, match="bad pattern"):
        PatternRule("test.bad", "ad", "(unclosed")


DECLARATIVE: dict[str, Any] = {
    "rules": [
        {
            "id": "mysite.sponsored",
            "kind": "ad",
            "pattern": "sponsored by .+",
            "scope": "full",
            "max_words": 10,
            "description": 'Sponsor lines such as "Sponsored by Acme Widgets".',
        }
    ]
}


def test_declarative_rules_from_dict() -> None:
    c = Cleaner(plugins=False).load(DECLARATIVE)
    assert removed_by(PAGE, c)["Sponsored by Acme Widgets"] == "mysite.sponsored"


def test_declarative_rules_from_json_file(tmp_path: Path) -> None:
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(DECLARATIVE))
    c = Cleaner(plugins=False).load(path)
    assert removed_by(PAGE, c)["Sponsored by Acme Widgets"] == "mysite.sponsored"


def test_declarative_rules_from_toml_file(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(
        '[[rules]]\nid = "mysite.sponsored"\nkind = "ad"\npattern = "sponsored by .+"\ndescription = "Sponsor lines."\n'
    )
    c = Cleaner(plugins=False).load(path)
    assert removed_by(PAGE, c)["Sponsored by Acme Widgets"] == "mysite.sponsored"


def test_declarative_rule_with_unknown_key_is_refused() -> None:
    with pytest.raises(RuleFileError, match="unknown keys"):
        Cleaner(plugins=False).load({"rules": [{"id": "x.y", "kind": "ad", "pattern": "x", "eval": "1"}]})


def test_unreadable_rule_file_is_a_rule_file_error(tmp_path: Path) -> None:
    path = tmp_path / "rules.json"
    path.write_text("{not json")
    with pytest.raises(RuleFileError, match="not valid"):
        Cleaner(plugins=False).load(path)


class _EntryPoint:
    def __init__(self, obj: object) -> None:
        self.obj = obj

    def load(self) -> object:
        return self.obj


def test_rule_packs_are_discovered_through_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_entry_points(group: str) -> list[_EntryPoint]:
        assert group == "pagecleaner.rules"
        return [_EntryPoint(lambda: [sponsored])]

    monkeypatch.setattr(plugins_module, "entry_points", fake_entry_points)
    assert "test.sponsored" in {r.id for r in Cleaner().rules}
    assert "test.sponsored" not in {r.id for r in Cleaner(plugins=False).rules}


def test_a_failing_user_rule_names_itself() -> None:
    @rule("test.broken", kind="other")
    def broken(block: Block) -> bool:
        """Always fails."""
        raise ValueError("boom")

    with pytest.raises(RuleError, match=r"test\.broken failed: ValueError: boom"):
        Cleaner(plugins=False).add(broken).clean(PAGE)


def test_fire_counts_accumulate_per_cleaner() -> None:
    c = Cleaner(plugins=False)
    c.clean(PAGE)
    c.clean(PAGE)
    assert c.fired["navigation.controls"] == 2


def test_a_decorated_rule_pickles_by_reference() -> None:
    import pickle

    assert pickle.loads(pickle.dumps(sponsored)) is sponsored
