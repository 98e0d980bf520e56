"""Read a page the way a reader sees it: the fences inside admonitions, details and tabs
lifted out, and every ``--8<--`` include expanded by pymdownx.snippets itself."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import markdown
from markdown_it import MarkdownIt
from mkdocs.utils.yaml import yaml_load

# `!!! note`, `??? example "Solution"`, `???+ tip`, `=== "Tab"`: their bodies are indented by 4.
CONTAINER = re.compile(r"^(?P<indent> *)(?:!!!|\?\?\?\+?|===)[ \t]")
INCLUDE = re.compile(r'^-+8<-+[ \t]+"(?P<path>[^"]+)"[ \t]*$')
LESSON = "lesson"  # the one section a page may include: the lesson part of a snippet, before its figure code
SECTION_MARKER = re.compile(r"^[ \t]*# -+8<-+ \[(?:start|end):[a-z][-_0-9a-z]*\][ \t]*$")
TITLE = re.compile(r'\btitle="(?P<title>[^"]*)"')
PYTHON = {"py", "python", "python3"}


class PageError(Exception):
    """A page breaks a convention the harness relies on."""


@dataclass(frozen=True)
class Fence:
    line: int  # 1-based line of the opening ``` on the page
    info: str
    code: str  # what the reader sees: includes expanded
    snippet: str | None  # repository-relative path of the included snippet, if any
    section: str | None = None  # "lesson" when the fence shows only the lesson part of the snippet

    @property
    def is_python(self) -> bool:
        lang = self.info.strip().strip("{}").split()
        return bool(lang) and lang[0].lstrip(".") in PYTHON


def unnest(text: str) -> str:
    """Dedent container bodies so CommonMark sees their fences, keeping every line in place."""
    out: list[str] = []
    open_indents: list[int] = []
    for line in text.split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        if line.strip():
            while open_indents and indent < open_indents[-1] + 4:
                open_indents.pop()
        body = line[min(indent, 4 * len(open_indents)) :] if line.strip() else ""
        if CONTAINER.match(line):
            open_indents.append(indent)
            body = ""  # the container's own line is not content
        out.append(body)
    return "\n".join(out)


@functools.cache
def snippet_preprocessor(root: Path):
    """pymdownx.snippets configured exactly as mkdocs.yml configures it for the site."""
    options: dict = {"base_path": ["."], "check_paths": True}
    config_path = root / "mkdocs.yml"
    if config_path.exists():
        with config_path.open(encoding="utf-8") as f:
            config = yaml_load(f)
        for ext in config.get("markdown_extensions", []):
            if isinstance(ext, dict) and "pymdownx.snippets" in ext:
                options.update(ext["pymdownx.snippets"] or {})
    options["base_path"] = [str(root / p) for p in options["base_path"]]
    md = markdown.Markdown(extensions=["pymdownx.snippets"], extension_configs={"pymdownx.snippets": options})
    return md.preprocessors["snippet"]


def fences(text: str, root: Path) -> tuple[Fence, ...]:
    """Every fence of a page, as rendered, with the snippet each Python fence shows."""
    found = []
    for line, info, raw in _raw_fences(text):
        try:
            code = "\n".join(snippet_preprocessor(root).run(list(raw))).rstrip("\n") + "\n"
        except Exception as err:  # SnippetMissingError, or a file that cannot be read
            raise PageError(f"line {line}: include of a missing file or section: {err}") from err
        fence = Fence(line=line, info=info, code=code, snippet=None)
        if fence.is_python:
            snippet, section = _snippet_include(list(raw), info, line)
            fence = Fence(line, info, code, snippet=snippet, section=section)
        found.append(fence)
    whole = {fence.snippet for fence in found if fence.snippet and not fence.section}
    for fence in found:
        if fence.section and fence.snippet not in whole:
            raise PageError(
                f"line {fence.line}: {fence.snippet}:{fence.section} shows the lesson part only; the page must "
                "also show the whole program (a collapsed 'Code for the figure' block), so all of it is run and checked"
            )
    return tuple(found)


def without_markers(source: str) -> str:
    """A snippet as a whole-file include shows it: section markers removed."""
    return "".join(line for line in source.splitlines(keepends=True) if not SECTION_MARKER.match(line))


def includes(text: str) -> list[str]:
    """Files the page's fences include, without reading them."""
    return [
        m["path"].split(":")[0] for _, _, raw in _raw_fences(text) for line in raw if (m := INCLUDE.match(line.strip()))
    ]


@functools.lru_cache(maxsize=64)
def _raw_fences(text: str) -> tuple[tuple[int, str, tuple[str, ...]], ...]:
    """(line, info, lines) of every fence, before includes are expanded: a pure function of
    the page text, so it is parsed once however many of its fences run."""
    return tuple(
        (token.map[0] + 1, token.info, tuple(token.content.rstrip("\n").split("\n")))
        for token in MarkdownIt("commonmark").parse(unnest(text))
        if token.type == "fence" and token.map
    )


def _snippet_include(raw: list[str], info: str, line: int) -> tuple[str, str | None]:
    """Python on a page is always one snippet file, whole or its lesson section, titled with its path."""
    include = INCLUDE.match(raw[0].strip()) if len(raw) == 1 else None
    path, _, section = include["path"].partition(":") if include else ("", "", "")
    if include is None or section not in ("", LESSON):
        raise PageError(
            f"line {line}: a Python fence must hold exactly one include of a snippet file, whole or its "
            f'lesson section: --8<-- "snippets/<chapter>/<page>/<concept>.py" (or ...py:{LESSON}); code lives in '
            "snippets/, where it is linted, run and rewritten by `make outputs`"
        )
    title = TITLE.search(info)
    if title is None or title["title"] != path:
        raise PageError(f'line {line}: title the fence with its snippet\'s path: ```python title="{path}"')
    return path, section or None


# The one rule for what the site's structure is; tests, hooks and benchmarks call these.
# A chapter is a folder docs/<chapter>/ with an overview page index.md and a snippets package
# snippets/<chapter>/. A page of a chapter is docs/<chapter>/<page>.md with a snippets package
# snippets/<chapter>/<page>/; its figures live in docs/<chapter>/<page>/ and its notebook is
# notebooks/<chapter>/<page>.ipynb on the site.


def chapters(docs_dir: Path, root: Path) -> list[str]:
    """Chapter folder names, in the order mkdocs.yml's nav lists them (else alphabetical)."""
    found = [p.parent.name for p in docs_dir.glob("*/index.md") if (root / "snippets" / p.parent.name).is_dir()]
    order = _nav_order(root)
    return sorted(found, key=lambda c: (order.get(f"{c}/index.md", len(order)), c))


def pages(docs_dir: Path, root: Path) -> list[str]:
    """``<chapter>/<page>`` of every page with code, in nav order."""
    found = [
        f"{p.parent.name}/{p.stem}"
        for chapter in chapters(docs_dir, root)
        for p in (docs_dir / chapter).glob("*.md")
        if p.stem != "index" and (root / "snippets" / chapter / p.stem).is_dir()
    ]
    order = _nav_order(root)
    return sorted(found, key=lambda page: (order.get(f"{page}.md", len(order)), page))


@functools.cache
def _nav_order(root: Path) -> dict[str, int]:
    config_path = root / "mkdocs.yml"
    if not config_path.exists():
        return {}
    with config_path.open(encoding="utf-8") as f:
        nav = yaml_load(f).get("nav") or []
    order: list[str] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, str):
                order.append(item)
            elif isinstance(item, dict):
                for value in item.values():
                    walk(value) if isinstance(value, list) else order.append(value)

    walk(nav)
    return {path: index for index, path in enumerate(order)}


def fence_at(page: Path, line: int, root: Path) -> Fence:
    for fence in fences(page.read_text(encoding="utf-8"), root):
        if fence.line == line:
            return fence
    raise LookupError(f"{page}: no fence starts at line {line}")
