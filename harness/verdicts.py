"""Verdicts of earlier runs, reused when nothing changed: a test that passed in a run with exactly
the same inputs is not run again (`make test` on an unchanged tree takes seconds, not minutes).

The inputs are everything a verdict can depend on: the content of every file of the repository
(tracked, or new and not ignored), the installed Python distributions and their versions, the
interpreter, the machine and its CPU features, Node.js and Chromium versions, and the environment
variables that select BLAS kernels, SIMD paths or the browser. Change any byte of any of them and
every test runs again. A clean clone (CI) has no verdicts, so it runs everything; `--fresh`
(`make test FRESH=1`) ignores them, and `make clean` deletes them.

Verdicts live in build/.cache/verdicts/<fingerprint>.json: the tests that passed, and whether a
whole run (every test of the suite) passed.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

ENVIRONMENT = ("OPENBLAS_CORETYPE", "NPY_DISABLE_CPU_FEATURES", "CHROMIUM", "SITE_URL", "PAGE")
KEEP = 5  # fingerprints whose verdicts are kept
KEY = "math_verdicts_key"


def pytest_addoption(parser):
    parser.addoption("--fresh", action="store_true", help="run every test, even one that passed on the same inputs")


def fingerprint(root: Path) -> str | None:
    """A digest of every input a test verdict depends on, or None outside a git checkout."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=root,
            capture_output=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    digest = hashlib.sha256()
    for name in sorted(set(listed.decode().split("\0")) - {""}):
        path = root / name
        digest.update(name.encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest() if path.is_file() else b"(gone)")
    distributions = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())
    digest.update("\n".join(distributions).encode())
    digest.update(f"{sys.version}|{platform.platform()}|{platform.machine()}|{_cpu_features()}".encode())
    digest.update(json.dumps({name: os.environ.get(name) for name in ENVIRONMENT}).encode())
    for command in (["node", "--version"], [os.environ.get("CHROMIUM", "/usr/bin/chromium"), "--version"]):
        try:
            digest.update(subprocess.run(command, capture_output=True, timeout=30).stdout)
        except (OSError, subprocess.TimeoutExpired):
            digest.update(f"no {command[0]}".encode())
    return digest.hexdigest()[:20]


def _cpu_features() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if not cpuinfo.exists():
        return platform.processor()
    return next((line for line in cpuinfo.read_text().splitlines() if line.startswith(("flags", "Features"))), "")


class Verdicts:
    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.directory = Path(config.rootpath) / "build" / ".cache" / "verdicts"
        # The main process computes the fingerprint once and hands it to its xdist workers.
        worker = getattr(config, "workerinput", None)
        self.key = worker.get(KEY) if worker is not None else fingerprint(Path(config.rootpath))
        self.enabled = bool(self.key) and not config.getoption("--fresh") and not config.getoption("--update-outputs")
        saved = self._load()
        self.earlier: set[str] = set(saved.get("passed", ())) if self.enabled else set()
        self.complete = bool(saved.get("complete")) and self.enabled
        self.passed: set[str] = set()
        self.failed: set[str] = set()
        self.reused = 0

    @property
    def _file(self) -> Path:
        return self.directory / f"{self.key}.json"

    def _load(self) -> dict:
        try:
            return json.loads(self._file.read_text()) if self.key else {}
        except (OSError, ValueError):
            return {}

    @pytest.hookimpl(optionalhook=True)
    def pytest_configure_node(self, node):  # xdist, in the main process: a worker starts
        node.workerinput[KEY] = self.key

    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, config, items):
        reused = [item for item in items if item.nodeid in self.earlier]
        if reused:
            items[:] = [item for item in items if item.nodeid not in self.earlier]
            config.hook.pytest_deselected(items=reused)
        self.reused = len(reused)
        if hasattr(config, "workeroutput"):  # an xdist worker: tell the main process
            config.workeroutput[KEY] = self.reused

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node, error):  # xdist, in the main process: a worker is done
        self.reused = max(self.reused, getattr(node, "workeroutput", {}).get(KEY, 0))

    def pytest_runtest_logreport(self, report):
        if report.failed or report.skipped:
            self.failed.add(report.nodeid)
        elif report.when == "call":
            self.passed.add(report.nodeid)

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionfinish(self, session, exitstatus):
        if hasattr(self.config, "workerinput") or not self.key or self.config.getoption("--update-outputs"):
            return
        if exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED and self.earlier and not self.failed:
            session.exitstatus = exitstatus = pytest.ExitCode.OK  # every test passed before: nothing to run
        passed = (self.earlier | self.passed) - self.failed
        whole = self.config.args_source == pytest.Config.ArgsSource.TESTPATHS and not self.config.getoption("markexpr")
        complete = exitstatus == 0 and (self.complete or whole)
        self.directory.mkdir(parents=True, exist_ok=True)
        partial = self._file.with_suffix(".partial")
        partial.write_text(json.dumps({"complete": complete, "passed": sorted(passed)}, indent=0))
        partial.replace(self._file)
        for old in sorted(self.directory.glob("*.json"), key=lambda p: p.stat().st_mtime)[:-KEEP]:
            old.unlink()

    def pytest_terminal_summary(self, terminalreporter):
        if self.reused:
            terminalreporter.write_line(
                f"{self.reused} tests passed before on exactly these inputs and were not run again "
                "(make test FRESH=1 runs them; build/.cache/verdicts)"
            )


def pytest_configure(config):
    config.pluginmanager.register(Verdicts(config), "math-verdicts")


def site_tests_settled(config: pytest.Config) -> bool:
    """Whether an earlier run on these inputs passed the whole suite: then no test needs the site."""
    plugin = config.pluginmanager.get_plugin("math-verdicts")
    return bool(plugin and plugin.complete)
