#!/usr/bin/env python3
"""Set up a virtual environment and run one job; needs nothing but Python 3.10+.

    python3 dev.py demo    # clean the seed page in fixtures/ and print the result
    python3 dev.py test    # ruff, mypy and the test suite, on the pure-Python and the compiled build
    python3 dev.py bench   # the quality benchmark (needs ../shared/eval)

``.venv`` is an editable, pure-Python install (edits to src/ run as written); it is reinstalled
only when pyproject.toml changes. ``test`` also builds ``.venv-compiled``, a regular install whose
hot modules mypyc compiles (see setup.py), rebuilt when the source changes, and runs the suite
there too; there the suite also checks that both paths give the same JSON on every page of
../shared/eval (tests/test_build.py). The build runs in the background while the pure-Python
half runs, and the two paths' dumps of those pages start as soon as it is ready.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import threading
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
EVAL = Path(
    os.environ.get("PAGECLEANER_EVAL_DIR")
    or next(
        (p for p in (ROOT.parent / "shared" / "eval", ROOT.parent.parent / "shared" / "eval") if p.exists()),
        ROOT.parent / "shared" / "eval",
    )
)
"""The evaluation pages tests/test_build.py compares the two paths on (the same lookup as there):
PAGECLEANER_EVAL_DIR, else ../shared/eval beside the checkout or beside the folder of worktrees
that holds it (as bench/common.py looks)."""
DUMPS_ENV = "PAGECLEANER_PATHS_DUMPS"
EXTRAS = {"demo": "", "test": "[dev,dask,warc]", "bench": "[dev]"}
BUILD_INPUTS = ("pyproject.toml", "setup.py", "build_backend.py", "MANIFEST.in")


class BuildFailed(Exception):
    """A logged pip run failed (its log says why)."""


class Env:
    """One virtual environment under ROOT."""

    def __init__(self, name: str) -> None:
        self.dir = ROOT / name
        self.bin = self.dir / ("Scripts" if os.name == "nt" else "bin")
        self.py = self.bin / ("python.exe" if os.name == "nt" else "python")
        self.running: subprocess.Popen[bytes] | None = None
        """The logged pip run in progress (a build in the background), so that it can be stopped."""

    def create(self) -> None:
        if not self.py.exists():
            print(f"creating {self.dir.name} ...", file=sys.stderr)
            venv.create(self.dir, with_pip=True)
            self.pip("install", "-q", "--upgrade", "pip")

    def pip(self, *args: str, log: Path | None = None) -> None:
        if log is None:
            subprocess.run([str(self.py), "-m", "pip", *args], check=True)
            return
        with log.open("w", encoding="utf-8") as out:
            self.running = subprocess.Popen([str(self.py), "-m", "pip", *args], stdout=out, stderr=subprocess.STDOUT)
            code = self.running.wait()
        if code:
            raise BuildFailed(f"pip failed in {self.dir.name}; see {log}")

    def run(self, *args: str, environ: dict[str, str] | None = None) -> int:
        env = {**os.environ, **environ} if environ else None
        return subprocess.run([str(self.py), *args], cwd=ROOT, env=env).returncode

    def marker(self, name: str) -> Path:
        return self.dir / f".installed{name.replace('[', '-').replace(']', '').replace(',', '-')}"


def _stamp(extras: str, *, source: bool = False) -> str:
    digest = hashlib.sha256(extras.encode())
    files = [ROOT / f for f in BUILD_INPUTS if (ROOT / f).exists()]
    if source:
        files += sorted((ROOT / "src").rglob("*.py"))
    for f in files:
        digest.update(f.read_bytes())
    return digest.hexdigest()


def setup(extras: str) -> Env:
    """The editable, pure-Python ``.venv`` with ``extras``."""
    env = Env(".venv")
    marker = env.marker(extras)
    if marker.exists() and marker.read_text() == _stamp(extras):
        return env
    env.create()
    print(f"installing pagecleaner{extras} into .venv ...", file=sys.stderr)
    env.pip("install", "-q", "-e", f"{ROOT}{extras}")
    marker.write_text(_stamp(extras))
    return env


def setup_compiled(extras: str, env: Env | None = None) -> Env:
    """``.venv-compiled``: the package built as ``pip install .`` builds it, with ``extras``."""
    env = env or Env(".venv-compiled")
    deps, build = env.marker(extras), env.marker("-build")
    stamp = _stamp(extras, source=True)  # of the source as it is built, not as it is when the build ends
    if build.exists() and build.read_text() == stamp:
        return env
    env.create()
    log = env.dir / "build.log"
    print(f"building pagecleaner (compiled) into .venv-compiled, log in {log.relative_to(ROOT)} ...", file=sys.stderr)
    if deps.exists() and deps.read_text() == _stamp(extras):
        env.pip("install", "-v", "--no-deps", "--force-reinstall", str(ROOT), log=log)
    else:
        env.pip("install", "-v", f"{ROOT}{extras}", log=log)
        deps.write_text(_stamp(extras))
    build.write_text(stamp)
    return env


def _which_path(env: Env) -> str:
    code = "from pagecleaner._build import describe; print(describe())"
    done = subprocess.run([str(env.py), "-c", code], capture_output=True, text=True, check=True, cwd=env.dir)
    return done.stdout.strip()


class Dump:
    """tests/paths_dump.py on one path of the compiled build, in the background: ``<name>.tsv``
    when it succeeded, ``<name>.failed`` when not (tests/test_build.py waits for one of them)."""

    def __init__(self, env: Env, folder: Path, name: str) -> None:
        self.out = folder / f"{name}.tsv"
        self.out.unlink(missing_ok=True)
        (folder / f"{name}.failed").unlink(missing_ok=True)
        part = folder / f"{name}.part"
        environ = {k: v for k, v in os.environ.items() if k != "PAGECLEANER_PURE_PYTHON"}
        if name == "pure":
            environ["PAGECLEANER_PURE_PYTHON"] = "1"
        cmd = [str(env.py), str(ROOT / "tests" / "paths_dump.py"), str(EVAL)]
        with part.open("wb") as sink:
            self.proc = subprocess.Popen(cmd, stdout=sink, env=environ, cwd=ROOT)
        self.waiter = threading.Thread(target=self._finish, args=(part, folder / f"{name}.failed"), daemon=True)
        self.waiter.start()

    def _finish(self, part: Path, failed: Path) -> None:
        started = time.monotonic()
        code = self.proc.wait()
        if code == 0:
            part.replace(self.out)
            print(f"[dev.py] {self.out.stem} dump of the evaluation pages: {time.monotonic() - started:.0f} s", file=sys.stderr)
        else:
            failed.write_text(f"paths_dump.py exited with {code}\n", encoding="utf-8")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
        self.waiter.join()


class Background:
    """``setup_compiled`` in a thread: the build (mypyc, then gcc) takes one core for minutes, which
    it gets while ruff, mypy and the pure-Python suite run on the other. Once built, the build's two
    paths clean every evaluation page (tests/paths_dump.py), also in the background: the compiled
    suite's identical-JSON check (tests/test_build.py) then compares their output instead of
    cleaning the 3,565 pages twice while the rest of the suite waits."""

    def __init__(self, extras: str) -> None:
        self.env = Env(".venv-compiled")
        self.error: BaseException | None = None
        self.started = time.monotonic()
        self.seconds = 0.0
        self.dumps: list[Dump] = []
        self.stopped = False
        self.thread = threading.Thread(target=self._build, args=(extras,), daemon=True)
        self.thread.start()

    def _build(self, extras: str) -> None:
        try:
            setup_compiled(extras, self.env)
            self.seconds = time.monotonic() - self.started
            if not self.stopped and EVAL.is_dir() and _which_path(self.env).startswith("compiled"):
                folder = self.env.dir / "paths-dump"
                folder.mkdir(exist_ok=True)
                self.dumps = [Dump(self.env, folder, name) for name in ("compiled", "pure")]
        except BaseException as exc:  # reported by result(), in the main thread
            self.error = exc

    @property
    def dump_folder(self) -> Path | None:
        return self.dumps[0].out.parent if self.dumps else None

    def result(self) -> Env:
        self.thread.join()
        if self.error is not None:
            raise self.error
        return self.env

    def stop(self) -> None:
        """The pure-Python half failed: the build and the dumps are not needed."""
        self.stopped = True
        if self.thread.is_alive() and self.env.running is not None:
            self.env.running.terminate()
        self.thread.join()
        for dump in self.dumps:
            dump.stop()


def test_compiled(build: Background, rest: list[str]) -> int:
    """The suite again on the compiled build; a build that fell back to pure Python fails when a C
    compiler is there (mypyc rejected some code: see the log), and is skipped when none is."""
    try:
        env = build.result()
    except BuildFailed as exc:
        sys.exit(str(exc))
    path = _which_path(env)
    print(f"pagecleaner in .venv-compiled: {path}", file=sys.stderr)
    if not path.startswith("compiled"):
        log = env.dir / "build.log"
        notes = [line for line in log.read_text(encoding="utf-8").splitlines() if "pagecleaner build:" in line]
        print("\n".join(notes[-5:]), file=sys.stderr)
        if shutil.which(os.environ.get("CC", "cc")) or shutil.which("gcc"):
            print(f"the compiled build fell back to pure Python although a C compiler is here; see {log}", file=sys.stderr)
            env.marker("-build").unlink(missing_ok=True)
            return 1
        print("no C compiler: only the pure-Python path is tested", file=sys.stderr)
        return 0
    folder = build.dump_folder
    try:
        return env.run("-m", "pytest", *rest, environ={DUMPS_ENV: str(folder)} if folder else None)
    finally:
        for dump in build.dumps:
            dump.stop()


def main(argv: list[str]) -> int:
    job = argv[0] if argv else "demo"
    if job not in EXTRAS:
        sys.exit(f"usage: python3 dev.py [{'|'.join(EXTRAS)}] [args...]")
    # The compiled build starts first and runs in the background while the pure-Python half runs.
    build = Background(EXTRAS["test"]) if job == "test" else None
    try:
        env = setup(EXTRAS[job])
    except BaseException:
        if build is not None:
            build.stop()
        raise
    rest = argv[1:]
    if job == "demo":
        return env.run("-m", "pagecleaner", "clean", *(rest or ["fixtures/seed.txt"]), "--format", "text")
    if job == "bench":
        return env.run("bench/quality.py", *rest)
    assert build is not None
    started = time.monotonic()
    for step in (["-m", "ruff", "check", "."], ["-m", "mypy", "src", "tests", "bench", "dev.py"], ["-m", "pytest", *rest]):
        if code := env.run(*step):
            build.stop()
            return code
    pure = time.monotonic()
    print(f"\n[dev.py] pure-Python half: {pure - started:.0f} s; the same suite on the compiled build:", file=sys.stderr)
    code = test_compiled(build, rest)
    print(f"[dev.py] compiled half: {time.monotonic() - pure:.0f} s (build {build.seconds:.0f} s, begun with the pure half)", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
