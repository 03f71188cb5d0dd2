"""The two builds: the hot modules compiled with mypyc, or pure Python (setup.py, pagecleaner._build)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pagecleaner import _build
from pagecleaner.cli import main

ROOT = Path(__file__).resolve().parent.parent
EVAL = Path(
    os.environ.get("PAGECLEANER_EVAL_DIR")
    or next(
        (p for p in (ROOT.parent / "shared" / "eval", ROOT.parent.parent / "shared" / "eval") if p.exists()),
        ROOT.parent / "shared" / "eval",
    )
)
"""The evaluation pages: where PAGECLEANER_EVAL_DIR says, else ../shared/eval beside the checkout or
beside the folder of worktrees that holds it (the same lookup as dev.py and bench/common.py)."""
COMPILED_HERE = bool(_build.compiled_modules())
DUMPS = os.environ.get("PAGECLEANER_PATHS_DUMPS")
"""Where ``dev.py test`` writes the two paths' dumps, made in the background once the build is
ready (``<path>.tsv``, or ``<path>.failed``); unset, the test makes them itself."""


def _env(*, pure: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != _build.PURE_ENV}
    return {**env, _build.PURE_ENV: "1"} if pure else env


def _run(code: str, *, pure: bool) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=_env(pure=pure), check=True
    ).stdout


def test_setup_py_compiles_the_modules_the_package_lists() -> None:
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    listed = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "COMPILED" for t in node.targets)
    )
    assert tuple(listed) == _build.COMPILED
    assert all((ROOT / "src" / "pagecleaner" / f"{name}.py").is_file() for name in listed)


def test_version_says_which_path_runs(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    out = capsys.readouterr().out
    assert out.startswith("pagecleaner ")
    assert ("compiled (mypyc: " in out) == COMPILED_HERE
    assert ("pure Python" in out) != COMPILED_HERE


def test_the_environment_switch_loads_every_module_from_its_source() -> None:
    code = (
        "import pagecleaner, sys\n"
        "from pagecleaner import _build\n"
        "print(_build.describe())\n"
        "print(all(sys.modules['pagecleaner.' + n].__file__.endswith('.py') for n in _build.COMPILED))\n"
    )
    described, from_source = _run(code, pure=True).splitlines()
    assert described == "pure Python (PAGECLEANER_PURE_PYTHON is set)"
    assert from_source == "True"


def test_blocks_stay_frozen_dataclasses_that_pickle_on_this_path() -> None:
    import dataclasses
    import pickle

    from pagecleaner.blocks import Block, DomInfo, DomNode, Role, Shape

    node = DomNode(3, "li", frozenset({"item"}))
    dom = DomInfo("li", ("ul",), frozenset({"item"}), 4, ("https://a.example/",), False, (node,), (("Home", "https://a.example/"),))
    block = Block(0, "Home", "Home", 1, 1, True, 4, 1, False, 0, 0.25, 1.0, 0.0, False, 1, False, dom, Shape(Role.LIST_ITEM, 1))
    assert pickle.loads(pickle.dumps(block)) == block
    assert dataclasses.replace(block, text="Away").text == "Away"
    assert [f.name for f in dataclasses.fields(block)][:3] == ["index", "text", "raw"]
    assert hash(block) == hash(pickle.loads(pickle.dumps(block)))
    with pytest.raises(dataclasses.FrozenInstanceError):
        block.text = "changed"  # type: ignore[misc]
    assert block.role is Role.LIST_ITEM and block.link_density == 1.0


def test_the_page_type_model_stays_a_frozen_dataclass_that_pickles_on_this_path() -> None:
    import dataclasses
    import pickle

    from pagecleaner.pagetype import default_models

    model = default_models()["html"]
    again = pickle.loads(pickle.dumps(model))
    assert again == model and again.probabilities({"blocks": 0.5}) == model.probabilities({"blocks": 0.5})
    assert dataclasses.replace(model, bias=model.bias) == model
    with pytest.raises(dataclasses.FrozenInstanceError):
        model.bias = ()  # type: ignore[misc]


def _dump_here(tmp_path: Path) -> dict[str, list[str]]:
    """Both paths' dumps, made now, side by side in two processes."""
    procs = {}
    for name, pure in (("compiled", False), ("pure", True)):
        sink = (tmp_path / f"{name}.tsv").open("w", encoding="utf-8")
        cmd = [sys.executable, str(ROOT / "tests" / "paths_dump.py"), str(EVAL)]
        procs[name] = (subprocess.Popen(cmd, stdout=sink, env=_env(pure=pure)), sink)
    outputs: dict[str, list[str]] = {}
    for name, (proc, sink) in procs.items():
        assert proc.wait(timeout=1800) == 0, f"the {name} dump failed"
        sink.close()
        outputs[name] = (tmp_path / f"{name}.tsv").read_text(encoding="utf-8").splitlines()
    return outputs


def _dump_from_dev(folder: Path) -> dict[str, list[str]]:
    """The dumps ``dev.py test`` started in the background: the same script, the same pages, made
    with this interpreter (the compiled build) on each path; waited for."""
    outputs: dict[str, list[str]] = {}
    deadline = time.monotonic() + 1800
    for name in ("compiled", "pure"):
        done, failed = folder / f"{name}.tsv", folder / f"{name}.failed"
        while not done.exists() and not failed.exists():
            assert time.monotonic() < deadline, f"the {name} dump did not finish"
            time.sleep(0.5)
        assert not failed.exists(), f"the {name} dump failed: {failed.read_text(encoding='utf-8')}"
        outputs[name] = done.read_text(encoding="utf-8").splitlines()
    return outputs


@pytest.mark.skipif(not COMPILED_HERE, reason="pure-Python build: there is no compiled path to compare")
@pytest.mark.skipif(not EVAL.is_dir(), reason=f"no evaluation pages at {EVAL}: the two paths are not compared")
def test_compiled_and_pure_python_give_the_same_json_on_every_evaluation_page(tmp_path: Path) -> None:
    outputs = _dump_from_dev(Path(DUMPS)) if DUMPS else _dump_here(tmp_path)
    compiled, pure = outputs["compiled"], outputs["pure"]
    assert len(compiled) == len(pure) > 3000
    differ = [a.rsplit("\t", 1)[0] for a, b in zip(compiled, pure, strict=True) if a != b]
    print(f"{len(compiled)} pages compared between the compiled and the pure-Python path, {len(differ)} differ")
    assert differ == [], f"{len(differ)} pages differ, first: {differ[:10]}"
