from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Broken fixture projects are inputs for tests/test_harness.py, not pages of this site.
collect_ignore = ["fixtures"]

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "build" / "site"


def mkdocs_build(project: Path, site_dir: Path) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict`, as `make build` runs it, capturing what it says."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=600,
    )


@pytest.fixture(scope="session")
def built_site() -> Path:
    """The site, built once per session with --strict into build/site."""
    result = mkdocs_build(ROOT, SITE)
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr}"
    return SITE
