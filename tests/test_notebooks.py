"""Companion notebooks are generated from the chapter pages: nothing to drift, stable bytes."""

from __future__ import annotations

import nbformat

from harness.notebooks import page_to_notebook
from harness.outputs import strip
from tests.conftest import ROOT
from tests.test_harness import FIXTURE, edit, make_project, mkdocs_build


def notebook_of(project, page="docs/demo.md"):
    text = (project / page).read_text()
    return page_to_notebook(text, project, "https://example.org/demo/", "https://example.org/")


def test_notebook_is_the_page_prose_and_its_snippets():
    notebook = notebook_of(FIXTURE)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"][1:]  # after the setup cell
    snippets = ["sums", "tabbed", "noted", "curve"]
    assert [cell.metadata["snippet"] for cell in code] == [f"snippets/demo/{name}.py" for name in snippets]
    for cell, name in zip(code, snippets, strict=True):
        assert cell.source == strip((FIXTURE / f"snippets/demo/{name}.py").read_text()).rstrip("\n")
    prose = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")
    assert "## Sums" in prose and "$a^2 + b^2$" in prose
    assert "--8<--" not in prose and "<figure" not in prose and "```" not in prose
    assert "**In an admonition**" in prose  # container titles survive as bold lines


def test_same_page_same_bytes_and_a_snippet_edit_changes_the_notebook(tmp_path):
    project = make_project(tmp_path)
    first = nbformat.writes(notebook_of(project))
    assert nbformat.writes(notebook_of(project)) == first  # stable cell ids: caches keep working
    edit(project, "snippets/demo/tabbed.py", 'print("from a tab")', 'print("from a tab, edited")')
    assert "from a tab, edited" in nbformat.writes(notebook_of(project))


NOTEBOOK_CONFIG = """\
plugins:
  - mkdocs-jupyter:
      include: ["notebooks/*.ipynb"]
      include_source: true
      cache_dir: build/.cache/mkdocs-jupyter
"""


def test_a_failing_cell_fails_the_build_naming_notebook_cell_and_snippet(tmp_path):
    project = make_project(tmp_path)
    config = project / "mkdocs.yml"
    hooks = f"hooks:\n  - {ROOT / 'hooks' / 'notebooks.py'}\n"
    config.write_text(config.read_text().replace("hooks:\n", NOTEBOOK_CONFIG + hooks) + "  - notebooks/demo.ipynb\n")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "notebooks" / "demo" / "demo.ipynb").exists()

    edit(project, "snippets/demo/tabbed.py", 'print("from a tab")', 'raise ValueError("boom")')
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "notebooks/demo.ipynb: cell 5 (snippets/demo/tabbed.py) failed: ValueError: boom" in result.stderr
