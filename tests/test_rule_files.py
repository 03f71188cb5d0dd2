"""Declarative rule files say which suffixes they read, point at the right place of a bad pattern,
refuse an empty pattern, and name only the keys that are wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from pagecleaner import Cleaner, RuleFileError


def rule(**overrides: object) -> dict[str, object]:
    return {"rules": [{"id": "mysite.promo", "kind": "promo", "pattern": "read more", **overrides}]}


@pytest.mark.parametrize("name", ["rules.yaml", "rules.yml", "rules.txt", "rules"])
def test_an_unread_suffix_is_refused_naming_the_accepted_ones(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("rules:\n  - id: mysite.promo\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"\.json or \.toml") as info:
        Cleaner(plugins=False).load(path)
    assert "Expecting value" not in str(info.value)


def test_a_json_file_with_an_upper_case_suffix_is_read(tmp_path: Path) -> None:
    path = tmp_path / "RULES.JSON"
    path.write_text('{"rules": [{"id": "mysite.promo", "kind": "promo", "pattern": "read more"}]}', encoding="utf-8")
    assert Cleaner(plugins=False).load(path).rules[0].id == "mysite.promo"


def test_a_bad_pattern_error_gives_a_position_inside_the_pattern() -> None:
    with pytest.raises(RuleFileError) as info:
        Cleaner(plugins=False).load(rule(pattern="abc(def"))
    message = str(info.value)
    assert "abc(def" in message and "position 7" in message


@pytest.mark.parametrize("pattern", ["", "   "])
def test_an_empty_pattern_is_refused(pattern: str) -> None:
    with pytest.raises(RuleFileError, match="empty"):
        Cleaner(plugins=False).load(rule(pattern=pattern))


def test_only_the_wrong_keys_are_named() -> None:
    with pytest.raises(RuleFileError) as info:
        Cleaner(plugins=False).load(rule(colour="red"))
    assert str(info.value) == "rule mysite.promo: unknown keys ['colour']"
    with pytest.raises(RuleFileError) as info:
        Cleaner(plugins=False).load({"rules": [{"id": "x.y", "kind": "ad"}]})
    assert str(info.value) == "rule x.y: missing keys ['pattern']"
