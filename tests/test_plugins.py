"""Rule packs (``pagecleaner.rules`` entry points): every entry point honours
``Settings.load_plugins``; a pack that fails to load is skipped with a warning naming it, or raises
``PluginError`` under ``strict_plugins``; ``pagecleaner rules`` lists the packs that failed."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path

import pytest

from pagecleaner import Block, Cleaner, Kind, PageCleanerError, Settings, clean, clean_many, cli, plugins, rule
from pagecleaner import cleaner as cleaner_module
from pagecleaner.errors import PluginError, PluginWarning
from pagecleaner.models import CleanedPage

PAGE = (
    "PACKMARK line\n\n"
    "The council approved the new budget on Tuesday after a long debate that lasted well into the night.\n\n"
    "Officials said the plan would fund schools, roads and a new library in the town centre next year.\n"
)


@rule("pack.mark", kind=Kind.AD)
def pack_mark(block: Block) -> bool:
    """A pack's rule: removes "PACKMARK line"."""
    return block.text.startswith("PACKMARK")


class FakeEntryPoint:
    def __init__(self, name: str, load: Callable[[], object]) -> None:
        self.name, self.value, self._load = name, f"{name}.rules:RULES", load

    def load(self) -> object:
        return self._load()


def _raise_import_error() -> object:
    raise ImportError("No module named 'brokenpack'")


GOOD = FakeEntryPoint("goodpack", lambda: [pack_mark])
IMPORT_FAILS = FakeEntryPoint("brokenpack", _raise_import_error)
NOT_RULES = FakeEntryPoint("intpack", lambda: 42)


def install(monkeypatch: pytest.MonkeyPatch, *eps: FakeEntryPoint) -> None:
    monkeypatch.setattr(plugins, "entry_points", lambda group: list(eps) if group == "pagecleaner.rules" else [])
    monkeypatch.setattr(cleaner_module, "_DEFAULT", None)  # clean() builds its default cleaner afresh


def pack_removed(page_rules: list[str]) -> bool:
    return "pack.mark" in page_rules


def rules_of(page: CleanedPage | None) -> list[str]:
    assert page is not None
    return [r.rule for r in page.removed]


def test_clean_runs_installed_packs(monkeypatch: pytest.MonkeyPatch) -> None:
    install(monkeypatch, GOOD)
    assert pack_removed(rules_of(clean(PAGE)))


def test_clean_honours_load_plugins_false(monkeypatch: pytest.MonkeyPatch) -> None:
    install(monkeypatch, GOOD)
    assert not pack_removed(rules_of(clean(PAGE, settings=Settings(load_plugins=False))))


def test_a_cleaner_call_honours_load_plugins_false(monkeypatch: pytest.MonkeyPatch) -> None:
    install(monkeypatch, GOOD)
    cleaner = Cleaner()
    assert pack_removed(rules_of(cleaner.clean(PAGE)))
    assert not pack_removed(rules_of(cleaner.clean(PAGE, settings=Settings(load_plugins=False))))


@pytest.mark.parametrize(("ep", "error"), [(IMPORT_FAILS, "ImportError"), (NOT_RULES, "not int")])
def test_a_pack_that_fails_is_skipped_with_a_warning_naming_its_entry_point(
    monkeypatch: pytest.MonkeyPatch, ep: FakeEntryPoint, error: str
) -> None:
    install(monkeypatch, ep, GOOD)
    with pytest.warns(PluginWarning, match=rf"{ep.name}.*{ep.value}.*{error}"):
        page = clean(PAGE)
    assert pack_removed(rules_of(page))  # the good pack still runs
    assert page.article.paragraphs[0].startswith("The council approved")


def test_strict_plugins_raises_a_plugin_error_naming_the_pack(monkeypatch: pytest.MonkeyPatch) -> None:
    install(monkeypatch, IMPORT_FAILS)
    with pytest.raises(PluginError, match="brokenpack") as info:
        Cleaner(settings=Settings(strict_plugins=True))
    assert isinstance(info.value, PageCleanerError)
    with warnings.catch_warnings(), pytest.raises(PluginError, match="brokenpack"):
        warnings.simplefilter("ignore", PluginWarning)
        clean(PAGE, settings=Settings(strict_plugins=True))


def test_a_pack_whose_rule_id_is_taken_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    install(monkeypatch, GOOD, FakeEntryPoint("again", lambda: [pack_mark]))
    with pytest.warns(PluginWarning, match="again.*already in use: pack.mark"):
        cleaner = Cleaner()
    assert [f.name for f in cleaner.plugin_failures] == ["again"]


@pytest.mark.parametrize("workers", [0, 1])
def test_clean_many_honours_load_plugins(monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    install(monkeypatch, GOOD)
    on = next(iter(clean_many([PAGE], workers=workers)))
    off = next(iter(clean_many([PAGE], workers=workers, settings=Settings(load_plugins=False))))
    assert on.page is not None and off.page is not None
    assert pack_removed(rules_of(on.page)) and not pack_removed(rules_of(off.page))


def test_workers_leave_out_pack_rules_when_the_cleaner_settings_say_so(monkeypatch: pytest.MonkeyPatch) -> None:
    install(monkeypatch, GOOD)
    cleaner = Cleaner(plugins=True, settings=Settings(load_plugins=False))
    assert "pack.mark" in cleaner.plugin_ids
    result = next(iter(cleaner.pipe([PAGE], workers=1)))
    assert result.page is not None and pack_removed(rules_of(result.page))  # plugins=True was explicit


def _cli_page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_cli_no_plugins_on_clean_and_batch(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    install(monkeypatch, GOOD)
    page = _cli_page(tmp_path)
    assert cli.main(["clean", str(page), "--format", "text", "--explain"]) == 0
    assert "pack.mark" in capsys.readouterr().out
    assert cli.main(["clean", str(page), "--format", "text", "--explain", "--no-plugins"]) == 0
    assert "pack.mark" not in capsys.readouterr().out
    for flags, expected in (([], True), (["--no-plugins"], False)):
        out = tmp_path / f"out{len(flags)}.jsonl"
        assert cli.main(["batch", str(tmp_path), "--glob", "*.txt", "-o", str(out), "-q", *flags]) == 0
        assert ("pack.mark" in out.read_text(encoding="utf-8")) is expected


def test_cli_rules_lists_failed_packs_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    install(monkeypatch, IMPORT_FAILS, GOOD)
    code = cli.main(["rules"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "pack.mark" in out
    assert "brokenpack" in out and "ImportError" in out
    assert "Traceback" not in err


def test_dask_honours_load_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    db = pytest.importorskip("dask.bag")
    from pagecleaner.integrations.dask import clean_bag

    install(monkeypatch, GOOD)
    bag = db.from_sequence([PAGE], npartitions=1)
    on = clean_bag(bag).compute(scheduler="sync")
    off = clean_bag(bag, settings=Settings(load_plugins=False)).compute(scheduler="sync")
    assert "pack.mark" in on[0]["json"] and "pack.mark" not in off[0]["json"]
