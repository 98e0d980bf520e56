"""Companion notebooks are generated from the chapter pages: nothing to drift, stable bytes."""

from __future__ import annotations

import nbformat

from harness.notebooks import page_to_notebook
from harness.outputs import strip
from tests.conftest import ROOT
from tests.test_harness import FIXTURE, edit, make_project, mkdocs_build


def notebook_of(project, page="docs/demo.md"):
    text = (project / page).read_text()
    return page_to_notebook(text, project, page.removeprefix("docs/").removesuffix(".md"), "https://example.org/")


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
    assert "> **In an admonition**" in prose  # boxes stay boxes: quotes under a bold title


EXERCISE_PAGE = """# Page

### Exercise 1: add

Add two and two.

??? success "Solution"

    Four, because two and two make four.

    ```python title="snippets/demo/sums.py"
    --8<-- "snippets/demo/sums.py"
    ```

## Key formulas
"""


def test_exercises_leave_a_cell_to_work_in_and_solutions_move_to_the_end(tmp_path):
    project = make_project(tmp_path, {"docs/exercise.md": EXERCISE_PAGE})
    cells = notebook_of(project, "docs/exercise.md").cells
    sources = [cell.source for cell in cells]
    turn = next(i for i, cell in enumerate(cells) if cell.cell_type == "code" and "Your turn" in cell.source)
    assert "Add two and two." in sources[turn - 1]
    assert sources.index("## Solutions") > sources.index("## Key formulas")
    solution = sources.index("### Solution to Exercise 1: add")
    assert (
        "Four, because" in sources[solution + 1] and cells[solution + 2].metadata["snippet"] == "snippets/demo/sums.py"
    )
    assert not any("Four, because" in source for source in sources[:solution]), "the solution is shown before the end"


def test_same_page_same_bytes_and_a_snippet_edit_changes_the_notebook(tmp_path):
    project = make_project(tmp_path)
    first = nbformat.writes(notebook_of(project))
    assert nbformat.writes(notebook_of(project)) == first  # stable cell ids: caches keep working
    edit(project, "snippets/demo/tabbed.py", 'print("from a tab")', 'print("from a tab, edited")')
    assert "from a tab, edited" in nbformat.writes(notebook_of(project))


NOTEBOOK_CONFIG = """\
plugins:
  - mkdocs-jupyter:
      include: ["notebooks/*/*.ipynb"]
      include_source: true
      cache_dir: build/.cache/mkdocs-jupyter
"""


def chapter_project(tmp_path):
    """The fixture's demo page as page ``pg`` of chapter ``ch``, with the notebooks hook."""
    project = make_project(tmp_path)
    (project / "docs" / "ch" / "pg").mkdir(parents=True)
    (project / "docs" / "ch" / "index.md").write_text("# Ch\n")
    (project / "docs" / "index.md").write_text("# Home\n")
    page = (project / "docs" / "demo.md").read_text().replace("snippets/demo/", "snippets/ch/pg/")
    (project / "docs" / "ch" / "pg.md").write_text(page.replace("](demo/curve.svg)", "](pg/curve.svg)"))
    (project / "docs" / "demo" / "curve.svg").rename(project / "docs" / "ch" / "pg" / "curve.svg")
    (project / "snippets" / "ch").mkdir()
    (project / "snippets" / "demo").rename(project / "snippets" / "ch" / "pg")
    (project / "docs" / "demo.md").unlink()
    config = project / "mkdocs.yml"
    hooks = f"hooks:\n  - {ROOT / 'hooks' / 'notebooks.py'}\n"
    text = config.read_text().replace("hooks:\n", NOTEBOOK_CONFIG + hooks).replace("  - demo.md\n", "")
    config.write_text(text + "  - Ch:\n      - ch/index.md\n      - Pg: ch/pg.md\n")
    return project


def test_a_failing_cell_fails_the_build_naming_notebook_cell_and_snippet(tmp_path):
    project = chapter_project(tmp_path)
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "notebooks" / "ch" / "pg" / "pg.ipynb").exists()
    assert 'href="../../notebooks/ch/pg/"' in (tmp_path / "site" / "ch" / "pg" / "index.html").read_text()

    edit(project, "snippets/ch/pg/tabbed.py", 'print("from a tab")', 'raise ValueError("boom")')
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "notebooks/ch/pg.ipynb: cell 5 (snippets/ch/pg/tabbed.py) failed: ValueError: boom" in result.stderr


def test_a_box_ends_before_the_next_heading(tmp_path):
    page = '# Page\n\n!!! note "Going deeper"\n    Inside the box.\n\n## Next\n\n- a list item\n'
    project = make_project(tmp_path, {"docs/box.md": page})
    source = "\n".join(cell.source for cell in notebook_of(project, "docs/box.md").cells)
    assert "> Inside the box.\n\n## Next" in source, source
