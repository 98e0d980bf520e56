"""A page as a Jupyter notebook: prose becomes Markdown cells and every snippet a code cell, so
the notebook holds no code of its own and cannot drift from the page."""

from __future__ import annotations

import hashlib
import posixpath
import re
from pathlib import Path

import nbformat
from markdown_it import MarkdownIt

from harness.equations import registry, resolve
from harness.outputs import strip
from harness.pages import CONTAINER, fences, unnest

FIRST_CELL = """\
# Figures as crisp SVG, like on the site.
%config InlineBackend.figure_formats = ["svg"]"""
PAGE_LINK = re.compile(r"\]\((?P<target>[a-z0-9_./]*?\.md)?(?P<anchor>#[^)\s]*)?\)")
EXERCISE = re.compile(r"^#{2,4} (?P<title>Exercise \d+.*)$")
YOUR_TURN = "# Your turn: work the exercise here, then compare with the solution at the end."
SUMMARY_MARK = re.compile(r"^[ \t]*\{:? *\.summary *\}[ \t]*$", re.MULTILINE)
FIGURE_CODE = "Code for the figure"
CONTAINER_TITLE = re.compile(r'^ *(?:!!!|\?\?\?\+?|===)[ \t]+(?:[\w-]+[ \t]*)?(?:"(?P<title>[^"]*)")?')


def page_to_notebook(text: str, root: Path, page: str, site_url: str) -> nbformat.NotebookNode:
    """The notebook of ``page`` (``<chapter>/<page>``, the Markdown file's path under docs/ without .md).

    An exercise book: boxes (pitfalls, ML notes) stay boxes, as quotes; each exercise gets an empty
    cell to work in, and its solution moves to a Solutions section at the end.
    """
    page_url = f"{site_url}{page}/"
    # Numbered equations keep their numbers; references become links (line numbers are kept).
    text = resolve(text, f"{page}.md", registry(root / "docs", root), keep_labels=False)
    text = SUMMARY_MARK.sub("", text)  # the attribute list of a concept's one-line summary
    lines = text.split("\n")
    flat = unnest(text).split("\n")
    boxes = _boxes(lines)
    for number, line in enumerate(lines):
        if CONTAINER.match(line):  # a box's or tab's title as a bold line
            title = CONTAINER_TITLE.match(line)
            flat[number] = f"**{title['title']}**" if title and title["title"] else ""
    # The whole program of each snippet; a lesson-only fence repeats part of it, so it is left out.
    code_at = {fence.line - 1: fence for fence in fences(text, root) if fence.snippet and not fence.section}
    skip = set()
    for token in MarkdownIt("commonmark").parse("\n".join(flat)):
        if token.map and (token.type == "fence" or token.content.lstrip().startswith("<figure")):
            skip.update(range(*token.map))  # code comes from the snippet; figures from running it

    intro = f"*Generated from [the page]({page_url}); run the cells in order. Solutions are at the end.*"
    cells = [nbformat.v4.new_markdown_cell(intro), nbformat.v4.new_code_cell(FIRST_CELL)]
    solutions: list = []
    prose: list[str] = []
    exercise, answered = None, False

    def flush(into: list) -> None:
        body = "\n".join(prose).strip()
        if body:
            into.append(nbformat.v4.new_markdown_cell(PAGE_LINK.sub(_site_link(site_url, page), body)))
        prose.clear()

    for number, line in enumerate(flat):
        kind, in_solution = boxes[number]
        into = solutions if in_solution else cells
        if heading := EXERCISE.match(line):
            exercise, answered = heading["title"], False
        if in_solution and not answered and exercise:  # the solution begins: leave room to try first
            flush(cells)
            cells.append(nbformat.v4.new_code_cell(YOUR_TURN))
            solutions.append(nbformat.v4.new_markdown_cell(f"### Solution to {exercise}"))
            answered = True
            continue  # the "Solution" title line itself
        if number in code_at:
            flush(into)
            fence = code_at[number]
            cell = nbformat.v4.new_code_cell(strip(fence.code).rstrip("\n"), metadata={"snippet": fence.snippet})
            into.append(cell)
        elif number not in skip:
            prose.append(f"> {line}".rstrip() if kind == "box" else line)
            if kind == "box" and CONTAINER.match(lines[number]):
                prose.append(">")  # the title is a paragraph of its own: a list may follow
        if number + 1 < len(flat) and boxes[number + 1][1] != in_solution:
            flush(into)
    flush(cells)
    if solutions:
        cells += [nbformat.v4.new_markdown_cell("## Solutions"), *solutions]

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


def _boxes(lines: list[str]) -> list[tuple[str | None, bool]]:
    """Per line: whether it is inside a box (an admonition or collapsed block other than the figure
    code) and whether it is inside an exercise's solution."""
    out: list[tuple[str | None, bool]] = []
    open_blocks: list[tuple[int, str, str]] = []  # (indent, marker, title)
    for line in lines:
        indent = len(line) - len(line.lstrip(" "))
        if line.strip():
            while open_blocks and indent < open_blocks[-1][0] + 4:
                open_blocks.pop()
        if CONTAINER.match(line):
            title = CONTAINER_TITLE.match(line)
            open_blocks.append((indent, line.strip()[:3], (title and title["title"]) or ""))
        solution = any(title.startswith("Solution") for _, _, title in open_blocks)
        box = any(marker != "===" and title != FIGURE_CODE for _, marker, title in open_blocks)
        out.append(("box" if box and not solution else None, solution))
    # A blank line belongs to a box only if the box goes on after it: the blank line that ends a
    # box must end the quote too, or the next heading or list runs into it.
    following: tuple[str | None, bool] = (None, False)
    for number in range(len(lines) - 1, -1, -1):
        if lines[number].strip():
            following = out[number]
        elif out[number][0] == "box" and following[0] != "box":
            out[number] = (None, out[number][1])
    return out


def _site_link(site_url: str, page: str):
    """A link of the page, relative to its Markdown file, as an absolute link to the site."""

    def link(match: re.Match) -> str:
        if not match["target"] and not match["anchor"]:
            return match[0]
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), match["target"] or f"{page}.md"))
        url = "" if target == "index.md" else target.removesuffix("index.md").removesuffix(".md").rstrip("/") + "/"
        return f"]({site_url}{url}{match['anchor'] or ''})"

    return link
