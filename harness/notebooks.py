"""A page as a Jupyter notebook: prose becomes Markdown cells and every snippet a code cell, so
the notebook holds no code of its own and cannot drift from the page."""

from __future__ import annotations

import hashlib
import posixpath
import re
from pathlib import Path

import nbformat
from markdown_it import MarkdownIt

from harness.outputs import strip
from harness.pages import CONTAINER, fences, unnest

FIRST_CELL = """\
# Figures as crisp SVG, like on the site.
%config InlineBackend.figure_formats = ["svg"]"""
PAGE_LINK = re.compile(r"\]\((?P<target>[a-z0-9_./]*?\.md)?(?P<anchor>#[^)\s]*)?\)")
CONTAINER_TITLE = re.compile(r'^ *(?:!!!|\?\?\?\+?|===)[ \t]+(?:[\w-]+[ \t]*)?(?:"(?P<title>[^"]*)")?')


def page_to_notebook(text: str, root: Path, page: str, site_url: str) -> nbformat.NotebookNode:
    """The notebook of ``page`` (``<chapter>/<page>``, the Markdown file's path under docs/ without .md)."""
    page_url = f"{site_url}{page}/"
    flat = unnest(text).split("\n")
    for number, line in enumerate(text.split("\n")):
        if CONTAINER.match(line):  # keep an admonition's or tab's title as a bold line
            title = CONTAINER_TITLE.match(line)
            flat[number] = f"**{title['title']}**" if title and title["title"] else ""
    # The whole program of each snippet; a lesson-only fence repeats part of it, so it is left out.
    code_at = {fence.line - 1: fence for fence in fences(text, root) if fence.snippet and not fence.section}
    skip = set()
    for token in MarkdownIt("commonmark").parse("\n".join(flat)):
        if token.map and (token.type == "fence" or token.content.lstrip().startswith("<figure")):
            skip.update(range(*token.map))  # code comes from the snippet; figures from running it

    intro = f"*Generated from [the page]({page_url}); run the cells in order.*"
    cells = [nbformat.v4.new_markdown_cell(intro), nbformat.v4.new_code_cell(FIRST_CELL)]
    prose: list[str] = []

    def flush() -> None:
        body = "\n".join(prose).strip()
        if body:
            cells.append(nbformat.v4.new_markdown_cell(PAGE_LINK.sub(_site_link(site_url, page), body)))
        prose.clear()

    for number, line in enumerate(flat):
        if number in code_at:
            flush()
            fence = code_at[number]
            cell = nbformat.v4.new_code_cell(strip(fence.code).rstrip("\n"), metadata={"snippet": fence.snippet})
            cells.append(cell)
        elif number not in skip:
            prose.append(line)
    flush()

    for index, cell in enumerate(cells):  # stable ids: the same page gives the same bytes
        digest = hashlib.sha1(f"{cell.cell_type}\n{cell.source}".encode()).hexdigest()[:10]
        cell.id = f"{index:03d}-{digest}"
        if cell.cell_type == "code":
            cell.execution_count = None
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata = {
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
    }
    return notebook


def _site_link(site_url: str, page: str):
    """A link of the page, relative to its Markdown file, as an absolute link to the site."""

    def link(match: re.Match) -> str:
        if not match["target"] and not match["anchor"]:
            return match[0]
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), match["target"] or f"{page}.md"))
        url = "" if target == "index.md" else target.removesuffix("index.md").removesuffix(".md").rstrip("/") + "/"
        return f"]({site_url}{url}{match['anchor'] or ''})"

    return link
