from __future__ import annotations

import functools
import http.server
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

# Broken fixture projects are inputs for tests/test_harness.py, not pages of this site.
collect_ignore = ["fixtures"]

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "build" / "site"


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
        timeout=600,
    )


class Site:
    """A folder served on 127.0.0.1 (an ephemeral port) by a background thread."""

    def __init__(self, root: Path) -> None:
        handler = functools.partial(_QuietHandler, directory=str(root))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
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


@pytest.fixture(scope="session")
def site():
    """build/site, served; the browser tests read the site through it."""
    served = Site(SITE)
    yield served
    served.close()


@pytest.fixture(scope="session")
def built_site(site) -> Path:
    """The site, built once per session with --strict into build/site.

    It is built for the address it is served at, because Material's instant navigation only
    takes over links to pages its sitemap lists, and the sitemap holds absolute URLs.
    """
    result = mkdocs_build(ROOT, SITE, site_url=f"{site.origin}/")
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr}"
    return SITE


def pytest_sessionstart(session):
    if not hasattr(session.config, "workerinput"):  # the controller, before any xdist worker writes it
        (ROOT / "build" / "phone-overflows.json").unlink(missing_ok=True)


def pytest_terminal_summary(terminalreporter):
    report = ROOT / "build" / "phone-overflows.json"
    if report.exists():
        counts = json.loads(report.read_text())
        scrolling = {page: n for page, n in counts.items() if n}
        terminalreporter.write_line(
            f"at 390 px, {sum(counts.values())} formulas or code blocks scroll sideways (each with a cue) "
            f"on {len(scrolling)} of {len(counts)} pages; details in build/phone-overflows.json"
        )
