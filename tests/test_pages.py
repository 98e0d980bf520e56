"""Per page, without building the site: every formula typesets, and the companion notebook runs.

`make page PAGE=<chapter>/<page>` runs these for one page with its code blocks and prose numbers.
The notebook is executed through the build's own cache (hooks/notebooks.py), so a later
`mkdocs build` reuses the result instead of running it again.
"""

from __future__ import annotations

import functools
import os

import markdown
import nbformat
import pytest
from mkdocs.config import load_config

from harness.notebooks import page_to_notebook
from harness.pages import pages
from hooks import katex, notebooks
from tests.conftest import ROOT

PAGES = [p for p in pages(ROOT / "docs", ROOT) if os.environ.get("PAGE", p) == p]


@functools.cache
def _markdown() -> markdown.Markdown:
    config = load_config(str(ROOT / "mkdocs.yml"))
    return markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)


@pytest.mark.parametrize("page", PAGES)
def test_every_formula_typesets(page):
    html = _markdown().reset().convert((ROOT / "docs" / f"{page}.md").read_text(encoding="utf-8"))
    katex.typeset(html, f"docs/{page}.md")  # raises naming the page and the formula


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.timeout(300)
def test_companion_notebook_runs(page):
    text = (ROOT / "docs" / f"{page}.md").read_text(encoding="utf-8")
    notebook = page_to_notebook(text, ROOT, page, notebooks.SITE)
    executed = nbformat.read(notebooks._executed(nbformat.writes(notebook), page, ROOT), as_version=4)
    errors = [cell for cell in executed.cells for out in cell.get("outputs", []) if out.output_type == "error"]
    assert not errors, f"notebooks/{page}.ipynb: {len(errors)} cells raised"
