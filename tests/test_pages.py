"""Per page, without building the site: every formula typesets, and the companion notebook runs.

`make page PAGE=<chapter>/<page>` runs these for one page with its code blocks and prose numbers.
The notebook is executed through the build's own cache (hooks/notebooks.py), so a later
`mkdocs build` reuses the result instead of running it again.
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
import sys

import markdown
import nbformat
import pytest
from mkdocs.config import load_config

from harness.equations import registry, resolve
from harness.pages import pages
from hooks import typeset
from tests.conftest import ROOT

PAGES = [p for p in pages(ROOT / "docs", ROOT) if os.environ.get("PAGE") in (None, "", p)]


@functools.cache
def _markdown() -> markdown.Markdown:
    config = load_config(str(ROOT / "mkdocs.yml"))
    # Material's preview extension needs MkDocs' link processor, which only a build has; it adds
    # no markup that math depends on.
    extensions = [e for e in config.markdown_extensions if e != "material.extensions.preview"]
    return markdown.Markdown(extensions=extensions, extension_configs=config.mdx_configs)


@pytest.mark.parametrize("page", PAGES)
def test_every_formula_typesets(page):
    text = (ROOT / "docs" / f"{page}.md").read_text(encoding="utf-8")
    numbered = resolve(text, f"{page}.md", registry(ROOT / "docs", ROOT), keep_labels=True)  # as the build does
    html = _markdown().reset().convert(numbered)
    typeset.typeset(html, f"docs/{page}.md")  # raises naming the page and the formula
    # An HTML block Python-Markdown did not recognise keeps its markdown="..." attribute and its
    # math stays raw: typically an earlier `<letter` in math (write `i < j`) opened a fake tag.
    assert 'markdown="' not in html, f"docs/{page}.md: an HTML block (a <figure>?) was not parsed as one"
    # A list item right after a paragraph, without a blank line, stays a line of that paragraph.
    for paragraph in re.findall(r"<p>(.*?)</p>", html, re.S):
        item = re.search(r"\n\s*(?:[-*+]|\d+\.) (\S.{0,40})", paragraph)
        assert not item, f"docs/{page}.md: put a blank line before the list item {item[1]!r}"
    inline_math_open = False
    for number, line in enumerate(text.split("\n"), 1):
        # A line inside open inline math that starts like a list item ("+ x") starts a list in the
        # notebook's Markdown renderer: end the previous line with the operator instead.
        starts_like_a_list = re.match(r"\s*[-+*]\s", line)
        assert not (inline_math_open and starts_like_a_list), f"docs/{page}.md:{number}: move the operator up"
        if not line.strip() or line.strip() == "$$":
            inline_math_open = False
        elif len(re.findall(r"(?<![\\$])\$(?!\$)", line)) % 2:
            inline_math_open = not inline_math_open
        if line.lstrip().startswith("|"):  # a table row: a bare | inside math splits the cell
            math = re.split(r"(?<!\\)\$", line)[1::2]
            assert not any("|" in m for m in math), f"docs/{page}.md:{number}: write \\lvert, \\rvert for | in a table"


# In a process of its own, as the build runs it: a kernel client leaves sockets for the GC to close.
EXECUTE = """
import sys
from pathlib import Path
from hooks import notebooks
page, root = sys.argv[1], Path.cwd()
print(notebooks._executed(notebooks.notebook_source(root / "docs", root, page), page, root))
"""


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.timeout(300)
def test_companion_notebook_runs(page):
    run = subprocess.run([sys.executable, "-c", EXECUTE, page], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, f"notebooks/{page}.ipynb: " + (run.stderr.strip().splitlines() or ["failed"])[-1]
    executed = nbformat.read(run.stdout.strip(), as_version=4)
    errors = [cell for cell in executed.cells for out in cell.get("outputs", []) if out.output_type == "error"]
    assert not errors, f"notebooks/{page}.ipynb: {len(errors)} cells raised"


@pytest.mark.parametrize("page", PAGES)
def test_page_has_you_need_worked_example_exercises_and_key_formulas(page):
    text = (ROOT / "docs" / f"{page}.md").read_text(encoding="utf-8")
    first_section = text.find("\n## ")
    missing = [
        part
        for part, present in [
            ('a "You need" box before the first section', '!!! info "You need"' in text[:first_section]),
            ("a worked example", "\n## Worked example: " in text),
            ("at least two exercises", len(re.findall(r"^### Exercise \d+: ", text, re.MULTILINE)) >= 2),
            ('a "Key formulas" box at the end', '!!! abstract "Key formulas"' in text[text.rfind("\n## ") :]),
        ]
        if not present
    ]
    assert not missing, f"docs/{page}.md lacks " + ", ".join(missing)
