"""The execution report (execution.md): every code block of every page, what the tests check
about it (shown output lines, a figure), how long it ran in this build's notebook kernel, and the
library versions it was verified with. Generated at build time from the executed notebooks
(hooks/notebooks.py runs them), so it cannot drift from what was run.
"""

from __future__ import annotations

import sys
from datetime import datetime
from importlib.metadata import version
from pathlib import Path

import nbformat
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # mkdocs loads a hook as a lone file

from harness.figures import figure_path  # noqa: E402
from harness.outputs import OUTPUT_LINE  # noqa: E402
from harness.pages import fences, pages  # noqa: E402

REPORT = "execution.md"
LIBRARIES = ["numpy", "scipy", "sympy", "matplotlib"]


@event_priority(50)  # after hooks/notebooks.py (100) has executed and added the notebooks
def on_files(files, config):
    root = Path(config.config_file_path).resolve().parent
    times = {}
    for file in files:
        if file.src_uri.startswith("notebooks/") and file.src_uri.endswith(".ipynb"):
            for cell in nbformat.read(file.abs_src_path, as_version=4).cells:
                if cell.cell_type == "code" and "snippet" in cell.metadata:
                    times[cell.metadata["snippet"]] = _seconds(cell.metadata.get("execution", {}))
    content = report(Path(config.docs_dir), root, times)
    files.append(File.generated(config, REPORT, content=content))
    return files


def report(docs: Path, root: Path, times: dict[str, float | None]) -> str:
    rows, total, blocks, figures = [], 0.0, 0, 0
    for page in pages(docs, root):
        text = (docs / f"{page}.md").read_text(encoding="utf-8")
        title = text.split("\n", 1)[0].lstrip("# ").strip()
        rows += ["", f"## [{title}]({page}.md)", "", "| code block | shown | figure | run time |"]
        rows.append("| --- | --- | :---: | ---: |")
        for fence in fences(text, root):
            if not fence.snippet:
                continue
            blocks += 1
            lines = sum(1 for line in fence.code.splitlines() if OUTPUT_LINE.match(line))
            drawn = not fence.section and (root / figure_path(fence.snippet)).exists()
            figures += drawn
            seconds = None if fence.section else times.get(fence.snippet)
            total += seconds or 0.0
            name = fence.snippet.rsplit("/", 1)[-1] + (" (lesson part)" if fence.section else "")
            shown = f"{lines} output lines" if lines else "runs without error"
            run = "with the whole program" if fence.section else (f"{seconds:.2f} s" if seconds is not None else "—")
            rows.append(f"| `{name}` | {shown} | {'yes' if drawn else ''} | {run} |")
    versions = ", ".join(f"{name} {version(name)}" for name in LIBRARIES)
    head = [
        "# Execution report",
        "",
        "What “every code block runs” means, block by block. Generated when the site is built, from the",
        "notebooks the build executes, so it is the record of a real run. For every block, `make test` checks",
        "that it runs alone in a fresh Python and prints exactly the shown output lines (numbers to 12",
        "significant digits), and that a block which draws a figure draws one that looks like the one on",
        "the page (rendered and compared pixel by pixel); it checks the same again under other CPUs' kernels.",
        "",
        f"**{blocks} code blocks on {len(pages(docs, root))} pages, {figures} figures; {total:.1f} s of run time in",
        f"all**, verified with Python {sys.version_info.major}.{sys.version_info.minor} and {versions}.",
        "A lesson part runs as the first lines of its whole program; its time is in the program's.",
    ]
    return "\n".join(head + rows) + "\n"


def _seconds(execution: dict) -> float | None:
    try:
        start = datetime.fromisoformat(execution["iopub.execute_input"].replace("Z", "+00:00"))
        end = datetime.fromisoformat(execution["shell.execute_reply"].replace("Z", "+00:00"))
    except (KeyError, ValueError):
        return None  # not executed (mkdocs serve shows unexecuted notebooks)
    return (end - start).total_seconds()
