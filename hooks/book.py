"""After `mkdocs build`: the book as PDF, the whole site and one a chapter, printed by Chromium
from the built pages into <site>/pdf/ (harness/book.py). `mkdocs serve` skips it: printing takes
a minute, and the links to the PDFs wait for `make build`."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # mkdocs loads a hook as a lone file

from harness.book import write_books  # noqa: E402

log = logging.getLogger("mkdocs.hooks.book")
_serving = False


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


def on_post_build(config):
    # The test suite prints the book itself (tests/conftest.py), beside the browser tests.
    if _serving or os.environ.get("SKIP_BOOK") == "1":
        return
    for path in write_books(Path(config.site_dir), config.site_url or "http://127.0.0.1:8000/"):
        log.info(f"printed {path.name}: {path.stat().st_size / 1e6:.1f} MB")
