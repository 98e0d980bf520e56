"""pytest glue: pytest-markdown-docs collects every Python fence of every page; we make it
see pages as readers do and run each fence with the harness.

This is the one place that touches pytest-markdown-docs' private runner API (its version is
pinned exactly in requirements.txt).
"""

from __future__ import annotations

import traceback
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from pytest_markdown_docs._runners import _Runner, register_runner
from pytest_markdown_docs.plugin import MarkdownInlinePythonItem

from harness import figures, outputs
from harness.pages import SECTION_MARKER, PageError, fence_at, fences, without_markers
from harness.run import run_snippet

UPDATE, ROOT = "__harness_update_outputs__", "__harness_root__"
# The page's code column holds 80 characters at 1280 px (measured in Chromium): a longer line
# scrolls sideways on a desktop.
MAX_COLUMNS = 80


class ShownOutputDrift(AssertionError):
    """What the page shows is not what its code does now."""


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite every shown output (# > lines) and figure from a fresh run (make outputs)",
    )

    parser.addoption(
        "--whole-programs",
        action="store_true",
        help="leave out the fences that show a snippet's lesson part: its whole program runs that part too",
    )


def pytest_configure(config):
    config.pluginmanager.register(_SessionHooks(config), "math-docs-harness")


def pytest_collection_modifyitems(config, items):
    if not config.getoption("--whole-programs"):
        return
    root = config.rootpath
    lessons = [
        item
        for item in items
        if isinstance(item, MarkdownInlinePythonItem)
        and fence_at(Path(item.test_definition.source_path), item.start_line, root).section
    ]
    if lessons:
        items[:] = [item for item in items if item not in lessons]
        config.hook.pytest_deselected(items=lessons)


class _SessionHooks:
    def __init__(self, config: pytest.Config) -> None:
        self.config = config

    @pytest.hookimpl
    def pytest_markdown_docs_markdown_it(self):
        return _ReaderView(self.config.rootpath)

    @pytest.hookimpl
    def pytest_markdown_docs_globals(self):
        # The runner API hands a runner the fence's globals only; this is how it learns the
        # session's options. run_snippet still executes the code in a namespace of its own.
        return {UPDATE: self.config.getoption("--update-outputs"), ROOT: self.config.rootpath}


class _ReaderView:
    """Stands in for the MarkdownIt parser: yields fence tokens as a reader sees them."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def parse(self, text: str):
        tokens = []
        for fence in fences(text, self.root):
            (token,) = MarkdownIt("commonmark").parse(f"```{fence.info}\n```\n")
            token.content, token.map = fence.code, [fence.line - 1, fence.line]
            tokens.append(token)
        return tokens


@register_runner(default=True)
class SnippetRunner(_Runner):
    """Runs a fence's snippet and holds the page to what the run printed and drew."""

    def runtest(self, test, args, **kwargs):
        page, root, update = Path(test.source_path), args[ROOT], args[UPDATE]
        where = f"{page.relative_to(root)}:{test.start_line}"
        fence = fence_at(page, test.start_line, root)
        snippet = root / fence.snippet
        source = snippet.read_text(encoding="utf-8")
        name = f"{fence.snippet}:{fence.section}" if fence.section else fence.snippet
        if not fence.section and without_markers(source) != fence.code:
            raise ShownOutputDrift(f"{where}: the fence does not show {fence.snippet} as it is on disk")

        run = run_snippet(fence.code, fence.snippet)
        if run.stderr:
            raise ShownOutputDrift(f"{where}: {name} wrote to stderr:\n{run.stderr}")
        if -1 in run.printed:
            raise ShownOutputDrift(f"{where}: {name} printed from outside its own code: {run.printed[-1]!r}")
        for text in run.printed.values():
            if loose := outputs.too_precise(text):
                raise ShownOutputDrift(
                    f"{where}: {name} prints {', '.join(loose)}: round shown floats to at most "
                    f"{outputs.MAX_DIGITS} significant digits"
                )
        if fence.section and run.figures:
            raise ShownOutputDrift(f"{where}: {name} draws a figure; put the figure code after the lesson section")

        fresh = outputs.render(fence.code, run.printed)
        if not update and (wide := [n for n, line in enumerate(fence.code.splitlines(), 1) if len(line) > MAX_COLUMNS]):
            line = wide[0] + _offset(source, fence.section)
            raise ShownOutputDrift(
                f"{where}: {fence.snippet}:{line} is wider than the page's code column ({MAX_COLUMNS} characters): "
                "let `ruff format` wrap the code, and print shorter output lines"
            )
        diff = outputs.drift(fence.code, fresh, f"{name} (shown on {where})", "fresh run")
        if diff and update and not fence.section:  # the whole-file fence rewrites the file, markers kept
            snippet.write_text(outputs.render(source, run.printed), encoding="utf-8")
        elif diff and not update:
            line = outputs.first_difference(fence.code, fresh) + _offset(source, fence.section)
            raise ShownOutputDrift(
                f"{where}: the output shown for {fence.snippet}:{line} is not what the code prints now "
                f"(numbers agree within rel {outputs.REL_TOL:g}, abs {outputs.ABS_TOL:g}). "
                f"Run `make outputs` to rewrite it.\n{diff}"
            )
        figures.check(page, fence.snippet, run.figures, root, update=update, where=where)

    def repr_failure(self, test, excinfo, style=None):
        where = f"{_relative(Path(test.source_path))}:{test.start_line}"
        if isinstance(excinfo.value, (ShownOutputDrift, figures.FigureDrift, PageError)):
            return str(excinfo.value)
        frames = traceback.extract_tb(excinfo.tb)
        snippet_frames = [i for i, f in enumerate(frames) if f.filename.startswith("snippets/")]
        kept = frames[snippet_frames[0] :] if snippet_frames else frames
        shown = "".join(traceback.format_list(kept))
        return f"{where}: the code block raised\nTraceback (most recent call last):\n{shown}{excinfo.exconly()}"


def _relative(path: Path) -> Path:
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def _offset(source: str, section: str | None) -> int:
    """Lines of the file above a section's first line (0 for a whole file)."""
    if not section:
        return 0
    lines = source.splitlines()
    return next((i + 1 for i, line in enumerate(lines) if SECTION_MARKER.match(line) and f"start:{section}" in line), 0)
