"""Numbered equations: ``\\label{name}`` in a display formula numbers it per chapter, (LA.3), and
``\\eqref{name}`` anywhere becomes a link to it. An unknown or repeated label fails the build,
naming the page, the line and the label. The rules live in harness/equations.py (the notebooks
use them too); this hook applies them to each page and gives each numbered formula its id
(``eq-<name>``) while Markdown is parsed, so MkDocs checks every link to it like any anchor."""

from __future__ import annotations

import sys
from pathlib import Path

from markdown import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString
from mkdocs.exceptions import PluginError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # mkdocs loads a hook as a lone file

from harness.equations import LABEL, EquationError, anchor, registry, resolve  # noqa: E402


class _EquationIds(Treeprocessor):
    """pymdownx.arithmatex's ``<div class="arithmatex">`` of a labelled formula gets its id (the
    label leaves the TeX). Runs before MkDocs collects the page's anchors (priority 5)."""

    def run(self, root) -> None:
        for element in root.iter("div"):
            if element.get("class") == "arithmatex" and element.text and (m := LABEL.search(element.text)):
                element.set("id", anchor(m["name"]))
                element.text = AtomicString(LABEL.sub("", element.text))


class EquationIds(Extension):
    def extendMarkdown(self, md) -> None:
        md.treeprocessors.register(_EquationIds(md), "equation_ids", 6)


def on_config(config):
    config.markdown_extensions.append(EquationIds())
    return config


def on_page_markdown(markdown, page, config, files):
    root = Path(config.config_file_path).resolve().parent
    try:
        equations = registry(Path(config.docs_dir), root)
        return resolve(markdown, page.file.src_uri, equations, keep_labels=True)
    except EquationError as error:
        raise PluginError(str(error)) from None
