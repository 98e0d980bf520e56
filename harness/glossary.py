"""The glossary, generated from the pages: every concept section (a ``##`` heading of a content
page other than the worked example, the exercises and the key formulas) opens with a one-line
summary, a paragraph whose last line is ``{ .summary }``. The glossary lists each concept with
its summary and a link to where it is taught; hooks/glossary.py writes it at build time."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

from markdown.extensions.toc import slugify

from harness.pages import pages

HEADING = re.compile(r"^## (?P<title>.+?)\s*$")
NOT_A_CONCEPT = re.compile(r"^(Worked example\b|Exercises$|Key formulas$)")
SUMMARY = re.compile(r"^\{:? *\.summary *\}$")
FENCE = re.compile(r"^\s*(```|~~~)")
LINK = re.compile(r"\]\((?P<target>[^)\s]+)\)")


class GlossaryError(ValueError):
    """A concept section without its one-line summary; the message names the page and line."""


@dataclass(frozen=True)
class Entry:
    term: str
    page: str  # linear_algebra/vectors
    anchor: str  # dot-product
    summary: str  # Markdown, one paragraph


def concepts(text: str, where: str) -> list[Entry]:
    """The concept sections of one page, each with the summary that must open it."""
    lines = text.split("\n")
    found, fence = [], None
    for number, line in enumerate(lines):
        if m := FENCE.match(line):
            fence = None if fence == m[1] else (fence or m[1])
            continue
        heading = HEADING.match(line)
        if fence or not heading or NOT_A_CONCEPT.match(heading["title"]):
            continue
        paragraph, after = [], number + 1
        while after < len(lines) and not lines[after].strip():
            after += 1
        while after < len(lines) and lines[after].strip():
            paragraph.append(lines[after].strip())
            after += 1
        if not paragraph or not SUMMARY.match(paragraph[-1]) or len(paragraph) < 2:
            raise GlossaryError(
                f"{where}:{number + 1}: the concept section {heading['title']!r} must open with its one-line "
                "summary, a paragraph ending in a line `{ .summary }` (CONTRIBUTING.md, 'Glossary')"
            )
        title = heading["title"]
        page = where.removeprefix("docs/").removesuffix(".md")
        found.append(Entry(title, page, slugify(title, "-"), " ".join(paragraph[:-1])))
    return found


def entries(docs_dir: Path, root: Path) -> list[Entry]:
    """Every concept of the site, alphabetically."""
    found = [
        entry
        for page in pages(docs_dir, root)
        for entry in concepts((docs_dir / f"{page}.md").read_text(encoding="utf-8"), f"docs/{page}.md")
    ]
    return sorted(found, key=lambda entry: entry.term.casefold())


def _from_root(page: str, target: str) -> str:
    """A link of a page's summary, as the glossary (at the site's root) must write it."""
    if "://" in target or target.startswith("#"):
        return f"{page}.md{target}" if target.startswith("#") else target
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), target))


def glossary_page(docs_dir: Path, root: Path) -> str:
    """glossary.md: a section a letter, a term a line, each linked to where it is taught."""
    lines = [
        "# Glossary",
        "",
        "Every concept of the site in one line, alphabetically, linked to the section that teaches it",
        "(hover a term on a desktop for a preview). Generated from the pages' own summaries. Symbols are",
        "on the [Notation](notation.md) page.",
    ]
    letter = None
    for entry in entries(docs_dir, root):
        first = entry.term[0].upper()
        if first != letter:
            letter = first
            lines += ["", f"## {letter}", ""]
        chapter = entry.page.split("/")[0]
        chapter_title = (docs_dir / chapter / "index.md").read_text(encoding="utf-8").split("\n", 1)[0].lstrip("# ")
        summary = LINK.sub(lambda m, e=entry: f"]({_from_root(e.page, m['target'])})", entry.summary)
        lines += [
            f"[**{entry.term}**]({entry.page}.md#{entry.anchor}) ({chapter_title})",
            f": {summary}",
            "",
        ]
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":  # python -m harness.glossary: every concept and its summary, without a build
    ROOT = Path(__file__).resolve().parent.parent
    try:
        for entry in entries(ROOT / "docs", ROOT):
            print(f"{entry.term} ({entry.page}#{entry.anchor}): {entry.summary}")
    except GlossaryError as error:
        raise SystemExit(f"error: {error}") from None
