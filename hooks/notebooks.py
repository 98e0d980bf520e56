"""Companion notebooks: every page ``<chapter>/<page>`` becomes ``notebooks/<chapter>/<page>.ipynb``
at build time, listed in the nav under its chapter.

The notebook is generated from the page (harness/notebooks.py), executed with nbclient once per
distinct content (cached in build/.cache/notebooks, so an unchanged chapter never re-runs), and
handed to mkdocs-jupyter to render as a page with a download button. A cell that fails fails
the build, naming the notebook, the cell and its snippet. Under ``mkdocs serve`` a page whose
notebook is not cached yet is shown unexecuted, so live reload stays fast.
"""

from __future__ import annotations

import fcntl
import hashlib
import html
import logging
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import mkdocs_jupyter
import nbformat
from jupyter_client.manager import KernelManager
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # mkdocs loads a hook as a lone file

from harness.figures import IMAGE  # noqa: E402
from harness.notebooks import page_to_notebook  # noqa: E402
from harness.pages import pages as harness_pages  # noqa: E402

# mkdocs-jupyter inlines its 575 KB stylesheet into every notebook page; we serve it once instead.
NOTEBOOK_CSS = Path(mkdocs_jupyter.__file__).parent / "templates" / "mkdocs_html" / "assets" / "index.css"
NOTEBOOK_CSS_URI = "assets/notebooks/index.css"
PURGE = Path(__file__).with_name("purge_css.js")
SITE = "https://site-url.invalid/"  # stands in for config.site_url while a notebook is cached
log = logging.getLogger("mkdocs.hooks.notebooks")
_serving = False


def project_root(config) -> Path:
    return Path(config.config_file_path).resolve().parent


def pages(config) -> list[str]:
    return harness_pages(Path(config.docs_dir), project_root(config))


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


def on_config(config):
    """Each chapter's section of the nav ends with a Notebooks section: one notebook per page."""
    with_code = set(pages(config))

    def add(items: list) -> None:
        for item in items:
            if not isinstance(item, dict):
                continue
            for children in item.values():
                if not isinstance(children, list):
                    continue
                add(children)
                notebooks = [
                    {f"{next(iter(child))} (notebook)": f"notebooks/{path.removesuffix('.md')}.ipynb"}
                    for child in children
                    if isinstance(child, dict)
                    and isinstance(path := next(iter(child.values())), str)
                    and path.removesuffix(".md") in with_code
                ]
                if notebooks:
                    children.append({"Notebooks": notebooks})

    add(config.nav or [])
    return config


@event_priority(100)  # before mkdocs-jupyter turns .ipynb files into pages
def on_files(files, config):
    root = project_root(config)
    sources = {}
    for page in pages(config):
        sources[page] = notebook_source(Path(config.docs_dir), root, page)
    # Kernels are processes: run as many notebooks at once as there are cores.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        executed = dict(zip(sources, pool.map(lambda p: _executed(sources[p], p, root), sources), strict=True))
    for page, path in executed.items():
        src_dir = path.parent.parent.parent
        # A plain File rooted in the cache, not File.generated: mkdocs-jupyter's wrapper needs src_dir.
        files.append(File(f"notebooks/{page}.ipynb", str(src_dir), config.site_dir, config.use_directory_urls))
    files.append(File.generated(config, NOTEBOOK_CSS_URI, abs_src_path=str(NOTEBOOK_CSS)))
    return files


def notebook_source(docs_dir: Path, root: Path, page: str) -> str:
    """The notebook of ``page`` as it is executed and cached. Links point at the site, but its
    address must not change what is executed or rendered (both are cached): the notebook carries
    a placeholder until the site is written out."""
    text = (docs_dir / f"{page}.md").read_text(encoding="utf-8")
    return nbformat.writes(page_to_notebook(text, root, page, SITE))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _executed(source: str, page: str, root: Path) -> Path:
    """notebooks/<chapter>/<page>.ipynb of ``source``, executed: from the cache or a fresh kernel."""
    cache = root / "build" / ".cache" / "notebooks"
    done = cache / _digest(source) / "notebooks" / f"{page}.ipynb"
    if done.exists():
        return done
    if _serving:
        pending = cache / "unexecuted" / "notebooks" / f"{page}.ipynb"
        pending.parent.mkdir(parents=True, exist_ok=True)
        pending.write_text(source, encoding="utf-8")
        log.info("notebooks/%s.ipynb shown unexecuted under serve; `make build` executes it", page)
        return pending
    done.parent.mkdir(parents=True, exist_ok=True)
    # Another process (a parallel test worker) may be running this very notebook: wait for it.
    with (done.parent / f".{done.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            _execute(source, page, root, done)
    return done


def _execute(source: str, page: str, root: Path, done: Path) -> None:
    """Run the notebook in a fresh kernel; write it to ``done`` atomically, or fail naming the cell."""
    notebook = nbformat.reads(source, as_version=4)
    # IPC sockets (short paths: a socket path has ~100 bytes) instead of TCP ports, which also
    # spares us the kernel's "running over TCP without encryption" warning.
    sockets = tempfile.TemporaryDirectory(prefix="nb-")
    kernel = KernelManager(kernel_name="python3", transport="ipc", ip=f"{sockets.name}/kernel")
    client = NotebookClient(notebook, km=kernel, timeout=120, resources={"metadata": {"path": str(root)}})
    try:
        with client.setup_kernel():
            for index, cell in enumerate(notebook.cells):
                try:
                    client.execute_cell(cell, index)
                except CellExecutionError as err:
                    snippet = cell.metadata.get("snippet", "no snippet")
                    raise PluginError(
                        f"notebooks/{page}.ipynb: cell {index} ({snippet}) failed: {err.ename}: {err.evalue}"
                    ) from None
    finally:
        if kernel.has_kernel:
            kernel.shutdown_kernel(now=True)  # we own the kernel manager, so we stop it
        sockets.cleanup()
    partial = done.with_suffix(".partial")
    partial.write_text(nbformat.writes(notebook), encoding="utf-8")
    partial.replace(done)  # readers never see half a notebook


# What mkdocs-jupyter's HTML carries that this site must not: a Python list repr of JupyterLab's
# whole stylesheet (~570 KB), an empty MathJax loader and its config, and a module script that
# would import mermaid from a CDN. Math is typeset like everywhere else, by hooks/typeset.py.
UNWANTED = re.compile(
    r"<style>\s*\[.*?</style>"
    r'|<script src="">\s*</script>'
    r'|<script type="text/x-mathjax-config">.*?</script>'
    r"|<!-- (?:Load mathjax|MathJax configuration|End of mathjax configuration) -->"
    r'|<script type="module">(?:(?!</script>).)*?cdnjs.*?</script>',
    re.DOTALL,
)
MARKDOWN_CELL = re.compile(r'(data-mime-type="text/markdown">)(.*?)(</div>)', re.DOTALL)
DISPLAY_MATH = re.compile(r"\$\$(.+?)\$\$", re.DOTALL)
INLINE_MATH = re.compile(r"(?<![\\$])\$(?!\$)((?:[^$\n]|\n(?!\n))+?)(?<!\\)\$")
NO_ALT = 'alt="No description has been provided for this image"'


def on_page_markdown(markdown, page, config, files):
    """Under a page's title: links to its notebook page and to the .ipynb itself."""
    name = page.file.src_uri.removesuffix(".md")
    if name not in pages(config):
        return markdown
    title, _, rest = markdown.partition("\n")
    stem = name.split("/")[-1]
    links = (
        f"[Run this page as a notebook](../notebooks/{name}.ipynb){{ .md-button }} "
        f'<a href="../../notebooks/{name}/{stem}.ipynb" download class="md-button">Download the .ipynb</a>'
    )
    return f"{title}\n\n{links}\n{rest}"


@event_priority(50)  # before hooks/typeset.py typesets the arithmatex wrappers made here
def on_page_content(html_text, page, config, files):
    if not page.file.src_uri.startswith("notebooks/"):
        return html_text
    # A notebook repeats its chapter: keep it out of search, so a query finds the chapter once.
    page.meta["search"] = {"exclude": True}
    html_text = UNWANTED.sub("", html_text).replace(SITE, config.site_url or "/")
    inline_css = f'<style type="text/css">\n{NOTEBOOK_CSS.read_text(encoding="utf-8")}</style>'
    shared_css = f'<link rel="stylesheet" href="{get_relative_url(NOTEBOOK_CSS_URI, page.url)}">'
    html_text = html_text.replace(inline_css, shared_css)
    html_text = MARKDOWN_CELL.sub(_wrap_math, html_text)
    # Code cells scroll sideways: make them focusable so keyboard users can scroll them too.
    html_text = html_text.replace('<div class="highlight-ipynb', '<div tabindex="0" class="highlight-ipynb')
    # Each figure keeps the alt text its chapter page gives it (figures come in page order).
    source_page = Path(config.docs_dir) / page.file.src_uri.removeprefix("notebooks/").replace(".ipynb", ".md")
    for image in IMAGE.finditer(source_page.read_text(encoding="utf-8")):
        if image["src"].endswith(".svg"):
            html_text = html_text.replace(NO_ALT, f'alt="{html.escape(image["alt"])}"', 1)
    return html_text


def _wrap_math(match: re.Match) -> str:
    body = DISPLAY_MATH.sub(lambda m: f'<div class="arithmatex">\\[{m[1]}\\]</div>', match[2])
    body = INLINE_MATH.sub(lambda m: f'<span class="arithmatex">\\({m[1]}\\)</span>', body)
    return match[1] + body + match[3]


def on_post_build(config):
    """The downloadable copies get the site's address in their links too; the notebooks'
    stylesheet keeps only the rules their pages use (575 KB of JupyterLab's become about 13 KB,
    which a phone otherwise downloads before it shows anything)."""
    if not _serving:
        css = Path(config.site_dir) / NOTEBOOK_CSS_URI
        purge = ["node", str(PURGE), str(css), f"{config.site_dir}/notebooks/**/index.html"]
        run = subprocess.run(purge, capture_output=True, text=True, cwd=project_root(config))
        if run.returncode:
            raise PluginError(f"{NOTEBOOK_CSS_URI}: PurgeCSS failed: {run.stderr.strip()}")
    for page in pages(config):
        copy = Path(config.site_dir) / "notebooks" / page / f"{page.split('/')[-1]}.ipynb"
        if copy.exists():
            copy.write_text(copy.read_text(encoding="utf-8").replace(SITE, config.site_url or "/"), encoding="utf-8")
