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

# Broken fixture projects are inputs for tests/test_harness.py, not pages of this site.
collect_ignore = ["fixtures"]

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "build" / "site"


# A cold build executes every notebook and prints the PDF book: minutes on 2 busy cores.
BUILD_TIMEOUT = 1500
# A test that may wait for the run's site build (the first one to need it builds it).
WAITS_FOR_SITE = pytest.mark.timeout(BUILD_TIMEOUT + 300)


def mkdocs_build(project: Path, site_dir: Path, site_url: str | None = None) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict`, as `make build` runs it, capturing what it says."""
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "DISABLE_MKDOCS_2_WARNING": "true",
        **({"SITE_URL": site_url} if site_url else {}),
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


def pytest_configure(config):
    """In the main process (before xdist starts its workers, which inherit the environment):
    serve build/site once, so every worker tests the same site at the same address, and name
    this run, so the first worker that needs the site builds it and the others reuse it."""
    if hasattr(config, "workerinput") or "MATH_SITE_ORIGIN" in os.environ:
        return
    SITE.mkdir(parents=True, exist_ok=True)
    config._math_site = Site(SITE)
    os.environ["MATH_SITE_ORIGIN"] = config._math_site.origin
    os.environ["MATH_SITE_RUN"] = uuid.uuid4().hex


def pytest_unconfigure(config):
    if hasattr(config, "_math_site"):
        config._math_site.close()
        del os.environ["MATH_SITE_ORIGIN"]


@pytest.fixture(scope="session")
def site():
    """build/site, served; the browser tests read the site through it."""
    return SharedSite(os.environ["MATH_SITE_ORIGIN"])


@pytest.fixture(scope="session")
def built_site(site) -> Path:
    """The site, built once per test run with --strict into build/site, by whichever worker
    needs it first (the others wait on the lock, then reuse it).

    It is built for the address it is served at, because Material's instant navigation only
    takes over links to pages its sitemap lists, and the sitemap holds absolute URLs.
    """
    marker = ROOT / "build" / ".site-built-for"
    with (ROOT / "build" / ".site-build.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        run = os.environ["MATH_SITE_RUN"]
        if not (marker.exists() and marker.read_text() == run):
            result = mkdocs_build(ROOT, SITE, site_url=f"{site.origin}/")
            assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr}"
            marker.write_text(run)
    return SITE


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
