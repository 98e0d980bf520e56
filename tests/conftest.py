from __future__ import annotations

import fcntl
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest

from harness.verdicts import site_tests_settled

# Broken fixture projects are inputs for tests/test_harness.py, not pages of this site.
collect_ignore = ["fixtures"]

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "build" / "site"


# A cold build executes every notebook and prints the PDF book: minutes on 2 busy cores.
BUILD_TIMEOUT = 1500
# A test that may wait for the run's site build (the first one to need it builds it).
WAITS_FOR_SITE = pytest.mark.timeout(BUILD_TIMEOUT + 300)


def mkdocs_build(
    project: Path, site_dir: Path, site_url: str | None = None, book: bool = True
) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict`, as `make build` runs it, capturing what it says. Without ``book``
    the PDF is not printed (the test run prints it apart, with print_book)."""
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "DISABLE_MKDOCS_2_WARNING": "true",
        **({"SITE_URL": site_url} if site_url else {}),
        **({} if book else {"SKIP_BOOK": "1"}),
    }
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
        timeout=BUILD_TIMEOUT,
    )


class Site:
    """A folder served on 127.0.0.1 (an ephemeral port) by a background thread."""

    def __init__(self, root: Path) -> None:
        handler = functools.partial(_QuietHandler, directory=str(root))
        self.server = _QuietServer(("127.0.0.1", 0), handler)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, page: str) -> str:
        return f"{self.origin}/{page}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        # A browser that navigates away drops the request it no longer needs: not an error.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class SharedSite:
    """build/site at the address the main pytest process serves it on, shared by xdist workers."""

    def __init__(self, origin: str) -> None:
        self.origin = origin

    def url(self, page: str) -> str:
        return f"{self.origin}/{page}"


@pytest.hookimpl(trylast=True)  # after harness/verdicts.py has read the earlier verdicts
def pytest_configure(config):
    """In the main process (before xdist starts its workers, which inherit the environment):
    serve build/site once, so every worker tests the same site at the same address, name this
    run, and start building the site (and then printing the book) in the background, so the
    build overlaps the tests that do not need it."""
    if hasattr(config, "workerinput") or "MATH_SITE_ORIGIN" in os.environ:
        return
    SITE.mkdir(parents=True, exist_ok=True)
    config._math_site = Site(SITE)
    os.environ["MATH_SITE_ORIGIN"] = config._math_site.origin
    os.environ["MATH_SITE_RUN"] = uuid.uuid4().hex
    if _runs_site_tests(config):
        config._math_build = BackgroundBuild(config._math_site.origin + "/", os.environ["MATH_SITE_RUN"])


def _runs_site_tests(config) -> bool:
    if config.getoption("--update-outputs", default=False) or config.getoption("markexpr", default=""):
        return False
    if site_tests_settled(config):  # an earlier run on these very inputs passed them all
        return False
    targets = [Path(target.split("::")[0]).name for target in config.args or config.getini("testpaths")]
    return any(name in ("tests", "test_browser.py", "test_site.py", "test_book.py") for name in targets)


def pytest_unconfigure(config):
    if hasattr(config, "_math_build"):
        config._math_build.stop()
    if hasattr(config, "_math_site"):
        config._math_site.close()
        del os.environ["MATH_SITE_ORIGIN"]


@pytest.fixture(scope="session")
def site():
    """build/site, served; the browser tests read the site through it."""
    return SharedSite(os.environ["MATH_SITE_ORIGIN"])


class Stage:
    """One product of a test run, made once: the built site, then the book printed from it. Its
    lock is held while it is made; its marker names the run that made it, then 'ok' or the error."""

    def __init__(self, name: str) -> None:
        self.lock_path = ROOT / "build" / f".{name}.lock"
        self.marker = ROOT / "build" / f".{name}-made-for"

    def made(self, run: str) -> str | None:
        """None if this run has not made it; else "ok" or what went wrong."""
        text = self.marker.read_text() if self.marker.exists() else ""
        return text.partition("\n")[2] if text.startswith(run + "\n") else None

    def record(self, run: str, outcome: str) -> None:
        self.marker.write_text(f"{run}\n{outcome}")

    def get(self, run: str, make) -> None:
        """Wait for whoever is making it for this run (the background build), or make it here."""
        with self.lock_path.open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if self.made(run) is None:
                self.record(run, make())
        outcome = self.made(run)
        assert outcome == "ok", outcome


SITE_STAGE, BOOK_STAGE = Stage("site-build"), Stage("book-print")


def build_site(origin: str) -> str:
    """The site, built for the address it is served at: Material's instant navigation only takes
    over links to pages its sitemap lists, and the sitemap holds absolute URLs."""
    result = mkdocs_build(ROOT, SITE, site_url=origin, book=False)
    return "ok" if result.returncode == 0 else f"mkdocs build --strict failed:\n{result.stderr}"


def print_book(origin: str) -> str:
    """The PDF book, as hooks/book.py prints it after `make build`."""
    run = subprocess.run(
        [sys.executable, "-m", "harness.book", str(SITE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "SITE_URL": origin},
        timeout=BUILD_TIMEOUT,
    )
    return "ok" if run.returncode == 0 else f"printing the book failed:\n{run.stderr}"


class BackgroundBuild:
    """The site and then the book, made in a thread of the main process while the first tests run.
    Both locks are taken before any worker starts, so a worker that needs the site waits for it."""

    def __init__(self, origin: str, run: str) -> None:
        ROOT.joinpath("build").mkdir(exist_ok=True)
        self.locks = [stage.lock_path.open("w") for stage in (SITE_STAGE, BOOK_STAGE)]
        for lock in self.locks:
            fcntl.flock(lock, fcntl.LOCK_EX)
        self.origin, self.run = origin, run
        self.thread = threading.Thread(target=self._make, daemon=True)
        self.thread.start()

    def _make(self) -> None:
        site_lock, book_lock = self.locks
        try:
            built = build_site(self.origin)
            SITE_STAGE.record(self.run, built)
        finally:
            site_lock.close()  # releases the lock: the site tests start
        try:
            BOOK_STAGE.record(self.run, print_book(self.origin) if built == "ok" else "no site, so no book")
        finally:
            book_lock.close()

    def stop(self) -> None:
        self.thread.join(timeout=BUILD_TIMEOUT)


@pytest.fixture(scope="session")
def built_site(site) -> Path:
    """build/site, built once per test run with --strict (in the background since the run began,
    or by the first worker that needs it)."""
    run = os.environ["MATH_SITE_RUN"]
    SITE_STAGE.get(run, lambda: build_site(site.origin + "/"))
    return SITE


@pytest.fixture(scope="session")
def built_book(built_site, site) -> Path:
    """build/site/pdf/: the book, printed once per test run from the built site."""
    BOOK_STAGE.get(os.environ["MATH_SITE_RUN"], lambda: print_book(site.origin + "/"))
    return built_site / "pdf"


def pytest_collection_modifyitems(config, items):
    """Tests that need the built site run after the others, so those overlap its build, and tests
    of the printed book run last. (Every xdist worker collects and sorts the same way.)"""

    def stage(item) -> int:
        needs = set(getattr(item, "fixturenames", ()))
        return 2 if "built_book" in needs else 1 if "built_site" in needs else 0

    items.sort(key=stage)


PHONE_REPORT = ROOT / "build" / "phone-overflows"  # tests/test_browser.py writes one count a page


def pytest_sessionstart(session):
    if not hasattr(session.config, "workerinput"):  # the main process, before any worker writes
        shutil.rmtree(PHONE_REPORT, ignore_errors=True)


def pytest_terminal_summary(terminalreporter):
    if PHONE_REPORT.is_dir():
        counts = {p.stem: int(p.read_text()) for p in PHONE_REPORT.glob("*.txt")}
        scrolling = sorted(page for page, n in counts.items() if n)
        terminalreporter.write_line(
            f"at 390 px, {sum(counts.values())} formulas or code blocks scroll sideways (each with a cue) "
            f"on {len(scrolling)} of {len(counts)} pages ({', '.join(scrolling) or 'none'})"
        )
