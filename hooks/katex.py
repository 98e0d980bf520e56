"""Typeset every formula at build time with KaTeX, so pages need no math JavaScript.

pymdownx.arithmatex (generic mode) wraps TeX in ``<span class="arithmatex">\\(..\\)</span>``
and ``<div class="arithmatex">\\[..\\]</div>``. This hook replaces each wrapper with KaTeX's
HTML + MathML, rendered by one long-lived node process (hooks/katex_server.js), and ships
KaTeX's stylesheet and woff2 fonts from node_modules with the site. A TeX error fails the
build, naming the page and the formula.
"""

from __future__ import annotations

import atexit
import html
import json
import re
import subprocess
import sys
import threading
import types
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parent.parent
KATEX_DIST = ROOT / "node_modules" / "katex" / "dist"
SERVER = Path(__file__).with_name("katex_server.js")
ASSET_DIR = "assets/katex"  # where the site serves katex.min.css and its fonts

LABEL = re.compile(r"\\label\{[^}]*\}")
MATH = re.compile(
    r'<(?P<tag>span|div) class="arithmatex"(?: id="(?P<id>[-a-z0-9]+)")?>'  # an id: a numbered equation
    r"(?:\\\((?P<inline>.*?)\\\)|\\\[(?P<block>.*?)\\\])</(?P=tag)>",
    re.DOTALL,
)


class KatexServer:
    """One node process for the whole build (and for every rebuild under mkdocs serve)."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()

    def render(self, items: list[dict]) -> list[dict]:
        with self._lock:
            if self._proc is None or self._proc.poll() is not None:
                if not (KATEX_DIST / "katex.min.css").exists():
                    raise PluginError("KaTeX is not installed: run `npm ci` (make does it for you).")
                self._proc = subprocess.Popen(
                    ["node", str(SERVER)],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    text=True,
                    encoding="utf-8",
                    cwd=ROOT,
                )
                atexit.register(self._proc.kill)
            assert self._proc.stdin and self._proc.stdout
            self._proc.stdin.write(json.dumps(items) + "\n")
            self._proc.stdin.flush()
            answer = self._proc.stdout.readline()
        if not answer:
            raise PluginError("the KaTeX node process died; run `node hooks/katex_server.js` to see why")
        return json.loads(answer)


# mkdocs serve reloads this hook on every rebuild; keep one node process for the whole session.
_state = sys.modules.setdefault("_katex_hook_state", types.ModuleType("_katex_hook_state"))
if not hasattr(_state, "server"):
    _state.server = KatexServer()
SERVER_PROCESS = _state.server


def typeset(html_text: str, where: str) -> str:
    """Replace every arithmatex wrapper in ``html_text`` with KaTeX output."""
    matches = list(MATH.finditer(html_text))
    if not matches:
        return html_text
    items = [
        {
            # A \label is the build's (hooks/equations.py), not KaTeX's.
            "tex": LABEL.sub("", html.unescape(m["inline"] if m["inline"] is not None else m["block"])).strip(),
            "display": m["block"] is not None,
        }
        for m in matches
    ]
    answers = SERVER_PROCESS.render(items)
    out, last = [], 0
    for m, item, answer in zip(matches, items, answers, strict=True):
        if "error" in answer:
            raise PluginError(f"{where}: LaTeX error in formula {item['tex']!r}: {answer['error']}")
        out.append(html_text[last : m.start()])
        if item["display"]:  # may scroll sideways on narrow screens: let the keyboard reach it
            ident = f' id="{m["id"]}"' if m["id"] else ""  # a numbered equation (hooks/equations.py)
            out.append(f'<div class="arithmatex"{ident} tabindex="0">{answer["html"]}</div>')
        else:
            out.append(f'<span class="arithmatex">{answer["html"]}</span>')
        last = m.end()
    out.append(html_text[last:])
    return "".join(out)


def on_post_page(output, page, config):
    # After the search plugin has indexed the page (on_page_context): the index keeps the short
    # TeX source, and it does not have to parse KaTeX's far larger markup.
    return typeset(output, page.file.src_uri)


def on_files(files, config):
    """Serve KaTeX's stylesheet and woff2 fonts from the site itself (no CDN)."""
    assets = [KATEX_DIST / "katex.min.css", *sorted((KATEX_DIST / "fonts").glob("*.woff2"))]
    for path in assets:
        uri = f"{ASSET_DIR}/{path.relative_to(KATEX_DIST).as_posix()}"
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files
