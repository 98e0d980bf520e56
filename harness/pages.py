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
            fence = Fence(line, info, code, snippet=_whole_file_include(list(raw), info, line))
        found.append(fence)
    return tuple(found)


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


def _whole_file_include(raw: list[str], info: str, line: int) -> str:
    """Python on a page is always one whole snippet file, titled with its path."""
    include = INCLUDE.match(raw[0].strip()) if len(raw) == 1 else None
    if include is None or ":" in include["path"]:
        raise PageError(
            f"line {line}: a Python fence must hold exactly one whole-file include, "
            '--8<-- "snippets/<chapter>/<concept>.py": code lives in snippets/, where it is linted, '
            "run and rewritten by `make outputs`"
        )
    path = include["path"]
    title = TITLE.search(info)
    if title is None or title["title"] != path:
        raise PageError(f'line {line}: title the fence with its snippet\'s path: ```python title="{path}"')
    return path


def chapters(docs_dir: Path, root: Path) -> list[str]:
    """A chapter is a page with a snippets package of the same name."""
    return sorted(p.stem for p in docs_dir.glob("*.md") if (root / "snippets" / p.stem).is_dir())


def fence_at(page: Path, line: int, root: Path) -> Fence:
    for fence in fences(page.read_text(encoding="utf-8"), root):
        if fence.line == line:
            return fence
    raise LookupError(f"{page}: no fence starts at line {line}")
