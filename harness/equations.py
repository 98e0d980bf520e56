"""Numbered equations and references to them.

A display formula gets a number when its TeX carries ``\\label{name}``::

    $$
    X^\\top X\\,\\mathbf{w} = X^\\top \\mathbf{y} \\label{normal-equations}
    $$

Equations are numbered per chapter in reading order: (LA.1), (LA.2), ... through the pages of
linear algebra. Prose anywhere on the site refers to one with ``\\eqref{normal-equations}``
(outside math), which becomes a link "(LA.3)" to it. An unknown or repeated label is an error
naming the page, the line and the label. The site build (hooks/equations.py) and the notebooks
(harness/notebooks.py) both go through :func:`resolve`.
"""

from __future__ import annotations

import functools
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

from harness.pages import pages

# The chapter's letters in an equation number, in nav order of the chapters.
PREFIX = {
    "linear_algebra": "LA",
    "calculus": "CA",
    "probability_statistics": "PS",
    "multivariable_calculus": "MV",
    "optimization": "OP",
    "information_theory": "IT",
}
LABEL = re.compile(r"\\label\{(?P<name>[^}]*)\}")
EQREF = re.compile(r"\\eqref\{(?P<name>[^}]*)\}")
NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
FENCE = re.compile(r"^\s*(```|~~~)")


class EquationError(ValueError):
    """A label or reference the build cannot resolve; the message names the page and line."""


@dataclass(frozen=True)
class Equation:
    number: str  # "LA.3"
    page: str  # "linear_algebra/least_squares"


def anchor(name: str) -> str:
    """The HTML id of the equation labelled ``name``."""
    return f"eq-{name}"


def _display_blocks(lines: list[str]):
    """(first, last) line indexes of each ``$$`` display block outside code fences."""
    fence, start = None, None
    for number, line in enumerate(lines):
        stripped = line.strip()
        if start is None and (m := FENCE.match(line)):
            fence = None if fence == m[1] else (fence or m[1])
            continue
        if fence:
            continue
        if stripped == "$$":
            if start is None:
                start = number
            else:
                yield start, number
                start = None


def labels(text: str, where: str) -> list[tuple[str, int]]:
    """(label, line number) of every labelled display formula of a page, in order."""
    lines = text.split("\n")
    inside = set()
    found = []
    for first, last in _display_blocks(lines):
        inside.update(range(first, last + 1))
        names = [(m["name"], n + 1) for n in range(first, last + 1) for m in LABEL.finditer(lines[n])]
        if len(names) > 1:
            raise EquationError(f"{where}:{names[1][1]}: one \\label per display formula, found {len(names)}")
        found += names
    for number, line in enumerate(lines):
        if number not in inside and LABEL.search(line) and not FENCE.match(line):
            raise EquationError(f"{where}:{number + 1}: \\label outside a $$ display formula")
    for name, line in found:
        if not NAME.fullmatch(name):
            raise EquationError(f"{where}:{line}: label {name!r} must be lowercase words joined by '-'")
    return found


@functools.cache
def _registry(docs_dir: Path, root: Path, texts: tuple[str, ...]) -> dict[str, Equation]:
    registry: dict[str, Equation] = {}
    counters: dict[str, int] = {}
    for page, text in zip(pages(docs_dir, root), texts, strict=True):
        chapter = page.split("/")[0]
        for name, line in labels(text, f"docs/{page}.md"):
            if name in registry:
                first = registry[name]
                raise EquationError(
                    f"docs/{page}.md:{line}: label {name!r} is already used by ({first.number}) on docs/{first.page}.md"
                )
            counters[chapter] = counters.get(chapter, 0) + 1
            registry[name] = Equation(f"{PREFIX[chapter]}.{counters[chapter]}", page)
    return registry


def registry(docs_dir: Path, root: Path) -> dict[str, Equation]:
    """Every labelled equation of the site, by label (read afresh, cached while the pages are unchanged)."""
    texts = tuple((docs_dir / f"{page}.md").read_text(encoding="utf-8") for page in pages(docs_dir, root))
    return _registry(docs_dir, root, texts)


def resolve(text: str, src: str, equations: dict[str, Equation], *, keep_labels: bool) -> str:
    """``text`` (the Markdown of docs/``src``) with each labelled formula numbered (a ``\\tag``) and
    each ``\\eqref`` a link. Line numbers do not change.

    With ``keep_labels`` (the site), the ``\\label`` stays beside the tag: hooks/equations.py turns
    it into the formula's id while Markdown is parsed, so MkDocs knows the anchor and checks every
    link to it; a notebook gets the tag alone.
    """
    lines = text.split("\n")
    for first, last in reversed(list(_display_blocks(lines))):
        body = "\n".join(lines[first + 1 : last])
        match = LABEL.search(body)
        if not match:
            continue
        equation = equations.get(match["name"])
        if equation is None or f"{equation.page}.md" != src:
            raise EquationError(f"docs/{src}:{first + 1}: only a content page of a chapter numbers its equations")
        tag = f"\\\\tag{{{equation.number}}}" + (f"\\\\label{{{match['name']}}}" if keep_labels else "")
        lines[first + 1 : last] = LABEL.sub(tag, body).split("\n")

    def link(m: re.Match, line: int) -> str:
        name = m["name"]
        if name not in equations:
            known = ", ".join(sorted(equations)) or "none yet"
            raise EquationError(f"docs/{src}:{line}: \\eqref{{{name}}} names no equation (labels: {known})")
        equation = equations[name]
        here = posixpath.dirname(src)
        target = posixpath.relpath(f"{equation.page}.md", here or ".")
        target = "" if f"{equation.page}.md" == src else target
        return f"[({equation.number})]({target}#{anchor(name)})"

    fence = None
    for number, line in enumerate(lines):
        if m := FENCE.match(line):
            fence = None if fence == m[1] else (fence or m[1])
            continue
        if not fence and "\\eqref" in line:
            lines[number] = EQREF.sub(lambda m, n=number: link(m, n + 1), line)
    return "\n".join(lines)


def check(docs_dir: Path, root: Path) -> dict[str, Equation]:
    """Resolve every page of the site (content pages, overviews, Notation); raise on the first problem."""
    equations = registry(docs_dir, root)
    for path in sorted(docs_dir.rglob("*.md")):
        src = path.relative_to(docs_dir).as_posix()
        resolve(path.read_text(encoding="utf-8"), src, equations, keep_labels=True)
    return equations


if __name__ == "__main__":  # python -m harness.equations: the numbers, without a build
    ROOT = Path(__file__).resolve().parent.parent
    try:
        for name, equation in check(ROOT / "docs", ROOT).items():
            print(f"({equation.number})  {name}  docs/{equation.page}.md")
    except EquationError as error:
        raise SystemExit(f"error: {error}") from None
