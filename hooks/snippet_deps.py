"""Fast live reload: under `mkdocs serve --dirty` (what `make serve` runs) only changed pages are
rebuilt, and mkdocs only knows about Markdown files. This hook also counts a page as changed
when a snippet it includes (or a figure it embeds) is newer than the page's built HTML.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # mkdocs loads a hook as a lone file

from harness.figures import IMAGE  # noqa: E402
from harness.pages import includes  # noqa: E402


def on_startup(command, dirty):
    if command == "serve" and dirty:
        # mkdocs warns that a dirty build may leave stale links, and strict mode turns that warning
        # into a failure. This hook is what keeps a dirty build correct, so drop that one warning.
        logging.getLogger("mkdocs.commands.build").addFilter(lambda r: "'dirty' build" not in r.getMessage())


def on_files(files, config):
    root = Path(config.config_file_path).resolve().parent
    for file in files.documentation_pages():
        if not file.src_uri.endswith(".md") or not os.path.isfile(file.abs_dest_path):
            continue
        text = Path(file.abs_src_path).read_text(encoding="utf-8")
        deps = [root / path for path in includes(text)]
        deps += [Path(file.abs_src_path).parent / m["src"] for m in IMAGE.finditer(text)]
        built = os.path.getmtime(file.abs_dest_path)
        if any(dep.is_file() and dep.stat().st_mtime > built for dep in deps):
            file.is_modified = lambda: True  # mkdocs asks this before rebuilding a page
    return files
