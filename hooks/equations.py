"""Numbered equations: ``\\label{name}`` in a display formula numbers it per chapter, (LA.3), and
``\\eqref{name}`` anywhere becomes a link to it. An unknown or repeated label fails the build,
naming the page, the line and the label. The rules live in harness/equations.py (the notebooks
use them too)."""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # mkdocs loads a hook as a lone file

from harness.equations import EquationError, registry, resolve  # noqa: E402


def on_page_markdown(markdown, page, config, files):
    root = Path(config.config_file_path).resolve().parent
    try:
        equations = registry(Path(config.docs_dir), root)
        return resolve(markdown, page.file.src_uri, equations, html_anchors=True)
    except EquationError as error:
        raise PluginError(str(error)) from None
