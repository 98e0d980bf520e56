"""Typeset every formula at build time as MathML, so pages need no math JavaScript.

pymdownx.arithmatex (generic mode) wraps TeX in ``<span class="arithmatex">\\(..\\)</span>`` and
``<div class="arithmatex">\\[..\\]</div>``. This hook puts Temml's MathML in place of the TeX,
rendered by one long-lived node process (hooks/typeset_server.js). MathML Core is rendered by
every browser engine and read by screen readers, and it is a fraction of the markup of
HTML-rendered math, which a phone pays for in style and layout (README, "Performance"). A TeX
error fails the build, naming the page and the formula.

The math font is Latin Modern Math (hooks/fonts/, Computer Modern's OpenType MATH companion, the
font Temml's stylesheet is tuned for). At the end of a build it is cut down to the characters the
site's formulas use (fontTools), and a character it has no glyph for fails the build, naming the
page. Temml's stylesheet and fonts are served by the site itself.
"""

from __future__ import annotations

import atexit
import html
import io
import json
import re
import subprocess
import sys
import threading
import types
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parent.parent
TEMML_DIST = ROOT / "node_modules" / "temml" / "dist"
SERVER = Path(__file__).with_name("typeset_server.js")
FONT = Path(__file__).with_name("fonts") / "latinmodern-math.otf"
ASSET_DIR = "assets/temml"  # where the site serves Temml's stylesheet and the fonts
STYLESHEET = "Temml-Latin-Modern.css"
FONT_FILE = "latinmodernmath.woff2"  # the name that stylesheet gives the math font

LABEL = re.compile(r"\\label\{[^}]*\}")
MATH = re.compile(
    r'<(?P<tag>span|div) class="arithmatex"(?: id="(?P<id>[-a-z0-9]+)")?>'  # an id: a numbered equation
    r"(?:\\\((?P<inline>.*?)\\\)|\\\[(?P<block>.*?)\\\])</(?P=tag)>",
    re.DOTALL,
)
TAG = re.compile(r"<[^>]+>")
# Temml writes \bar's accent as U+203E OVERLINE, which Latin Modern Math lacks (a browser would
# take it from whatever other font it finds); the font draws the same accent as U+00AF MACRON.
SUBSTITUTES = str.maketrans({"\u203e": "\u00af"})
RADICAL = "\u221a"  # a root's sign is drawn from the font, but no text holds it
# Subscripts where TeX puts them. A browser drops a subscript by the larger of the font's
# SubscriptShiftDown, which Latin Modern Math sets to TeX's drop under a superscript (0.247 em; a
# lone one drops 0.15 em), and the base's depth plus SubscriptBaselineDropMin (0.2 em), which TeX
# ignores for a letter: beta_1 and g_i sat visibly low. (Units: 1/1000 em.)
MATH_CONSTANTS = {"SubscriptShiftDown": 150, "SubscriptBaselineDropMin": -50}


class TypesetServer:
    """One node process for the whole build (and for every rebuild under mkdocs serve)."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()

    def render(self, items: list[dict]) -> list[dict]:
        with self._lock:
            if self._proc is None or self._proc.poll() is not None:
                if not (TEMML_DIST / STYLESHEET).exists():
                    raise PluginError("Temml is not installed: run `npm ci` (make does it for you).")
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
            raise PluginError("the typesetting node process died; run `node hooks/typeset_server.js` to see why")
        return json.loads(answer)


# mkdocs serve reloads this hook on every rebuild; keep one node process for the whole session.
_state = sys.modules.setdefault("_typeset_hook_state", types.ModuleType("_typeset_hook_state"))
if not hasattr(_state, "server"):
    _state.server = TypesetServer()
    _state.chars = {}  # every character the formulas use -> the first page that uses it
    _state.script_chars = set()  # the characters set smaller: in scripts, limits and fractions
    _state.double_script_chars = set()  # ... and smaller still, in scripts of scripts
    _state.serving = False
SERVER_PROCESS = _state.server


def typeset(html_text: str, where: str) -> str:
    """Replace every arithmatex wrapper in ``html_text`` with MathML."""
    matches = list(MATH.finditer(html_text))
    if not matches:
        return html_text
    items = [
        {
            # A \label is the build's (hooks/equations.py), not the typesetter's.
            "tex": LABEL.sub("", html.unescape(m["inline"] if m["inline"] is not None else m["block"])).strip(),
            "display": m["block"] is not None,
        }
        for m in matches
    ]
    answers = SERVER_PROCESS.render(items)
    out, last = [], 0
    for answer in answers:
        if "mathml" in answer:
            answer["mathml"] = space_functions(answer["mathml"].translate(SUBSTITUTES))
    for m, item, answer in zip(matches, items, answers, strict=True):
        if "error" in answer:
            raise PluginError(f"{where}: LaTeX error in formula {item['tex']!r}: {answer['error']}")
        radical = RADICAL if "<msqrt" in answer["mathml"] or "<mroot" in answer["mathml"] else ""
        for char in html.unescape(TAG.sub("", answer["mathml"])) + radical:
            _state.chars.setdefault(char, where)
        scripts, double_scripts = script_text(answer["mathml"])
        _state.script_chars.update(scripts)
        _state.double_script_chars.update(double_scripts)
        out.append(html_text[last : m.start()])
        if item["display"]:  # may scroll sideways on narrow screens: let the keyboard reach it
            ident = f' id="{m["id"]}"' if m["id"] else ""  # a numbered equation (hooks/equations.py)
            out.append(f'<div class="arithmatex"{ident} tabindex="0">{answer["mathml"]}</div>')
        else:
            out.append(f'<span class="arithmatex">{answer["mathml"]}</span>')
        last = m.end()
    out.append(html_text[last:])
    return "".join(out)


FUNCTION = "\u2061"  # the invisible operator after a function name: log, exp, max, ...
SCRIPTED = ("mi", "msub", "msup", "munder")  # a function name, perhaps with a subscript or limits
FLEXIBLE = ("math", "mrow", "mtd", "mstyle", "mpadded", "msqrt", "menclose")  # take any number of children


def space_functions(mathml: str) -> str:
    """A thin space before a function name that follows an ordinary term or a closing bracket, as
    in TeX: p(x) log q(x), 1/2 exp(x). Temml spaces only a name that follows a letter or a digit."""
    if FUNCTION not in mathml:
        return mathml
    root = ET.fromstring(mathml)
    for parent in list(root.iter()):
        children = list(parent)
        for i in reversed(range(1, len(children))):
            child, before = children[i], children[i - 1]
            if before.tag == "mspace" or (before.tag == "mo" and before.get("form") != "postfix"):
                continue  # already spaced, or after an operator, which brings its own space
            space = ET.Element("mspace", width="0.1667em")
            if child.tag == "mrow" and len(child) > 1 and child[0].tag in SCRIPTED and child[1].text == FUNCTION:
                child.insert(0, space)
            elif (
                child.tag in SCRIPTED
                and i + 1 < len(children)
                and children[i + 1].tag == "mo"
                and children[i + 1].text == FUNCTION
                and parent.tag in FLEXIBLE
            ):
                parent.insert(i, space)
    return ET.tostring(root, encoding="unicode", short_empty_elements=False)


SCRIPTS = ("msub", "msup", "msubsup", "munder", "mover", "munderover", "mmultiscripts", "mroot")


def script_text(mathml: str) -> tuple[str, str]:
    """The text a browser sets in script size (scripts, limits, root indices, fractions in running
    text) and, of that, the text in scripts of scripts. The font's script-size forms are kept for
    these characters only."""
    found = ["", ""]

    def walk(element, depth: int) -> None:
        if depth:
            found[min(depth, 2) - 1] += element.text or ""
        smaller = element.tag in SCRIPTS or element.tag == "mfrac"
        for number, child in enumerate(element):
            walk(child, depth + (smaller and (number > 0 or element.tag == "mfrac")))
            if depth:
                found[min(depth, 2) - 1] += child.tail or ""

    walk(ET.fromstring(mathml), 0)
    return found[0] + found[1], found[1]


def _italic(char: str) -> str | None:
    """The mathematical italic a browser draws for ``char`` alone in an <mi> (MathML Core's
    auto-italic: x becomes U+1D465), or None."""
    rest = re.sub(r"^(?:LATIN|GREEK) |LETTER |LUNATE ", "", unicodedata.name(char, ""))
    try:
        return unicodedata.lookup(f"MATHEMATICAL ITALIC {rest}")
    except KeyError:
        return "\u210e" if char == "h" else None  # italic h is Planck's constant's letter


def _invisible(char: str) -> bool:
    return unicodedata.category(char) in ("Cc", "Cf", "Zs")  # function application, spaces, ...


def math_font(chars: dict[str, str], script_chars: set[str], double_script_chars: set[str]) -> bytes:
    """Latin Modern Math as WOFF2 with only the glyphs ``chars`` need: their auto-italics, the
    larger and stretched forms the font's MATH table gives them, and the script-size forms (the
    ssty feature) of the characters in scripts, and of those in scripts of scripts. A character
    the font lacks raises, naming the first page that uses it."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(FONT)
    cmap = font.getBestCmap()
    missing = [(char, page) for char, page in chars.items() if ord(char) not in cmap and not _invisible(char)]
    if missing:
        raise PluginError(
            "the math font has no glyph for "
            + ", ".join(f"{char!r} (U+{ord(char):04X}, first in {page})" for char, page in sorted(missing))
        )

    def glyphs(characters) -> set[str]:
        codes = {ord(c) for c in characters if not _invisible(c)}
        codes |= {ord(i) for c in characters if (i := _italic(c))}
        return {cmap[code] for code in codes if code in cmap}

    _keep_script_forms(font, glyphs(script_chars), glyphs(double_script_chars))
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["ssty", "dtls"]  # script-size forms; dotless i and j under accents
    options.drop_tables += ["FFTM"]  # FontForge's timestamps, which fontTools cannot subset
    options.desubroutinize = True  # smaller once compressed
    subsetter = subset.Subsetter(options)
    subsetter.populate(glyphs=glyphs(chars))
    subsetter.subset(font)
    for name, value in MATH_CONSTANTS.items():
        getattr(font["MATH"].table.MathConstants, name).Value = value
    # The font's licence (GUST) asks that a modified font carries another name.
    for record in font["name"].names:
        text = record.toUnicode()
        record.string = text.replace("Latin Modern Math", "Latin Modern Math Subset").replace(
            "LatinModernMath", "LatinModernMathSubset"
        )
    out = io.BytesIO()
    font.flavor = "woff2"
    font.save(out)
    return out.getvalue()


def _keep_script_forms(font, small: set[str], smaller: set[str]) -> None:
    """Keep the script-size alternates (ssty: the first for scripts, the second for scripts of
    scripts) of the glyphs in ``small`` and ``smaller`` only: all of them would double the font."""
    gsub = font["GSUB"].table
    for record in gsub.FeatureList.FeatureRecord:
        if record.FeatureTag == "ssty":
            for index in record.Feature.LookupListIndex:
                for table in gsub.LookupList.Lookup[index].SubTable:
                    table.alternates = {
                        glyph: alternates if glyph in smaller else alternates[:1]
                        for glyph, alternates in table.alternates.items()
                        if glyph in small
                    }


def on_startup(command, dirty):
    _state.serving = command == "serve"


def on_pre_build(config):
    _state.chars, _state.script_chars, _state.double_script_chars = {}, set(), set()


def on_post_page(output, page, config):
    # After the search plugin has indexed the page (on_page_context): the index keeps the short
    # TeX source, and it does not have to parse the far larger MathML.
    return typeset(output, page.file.src_uri)


def on_files(files, config):
    """Temml's stylesheet and its small font (primes, script capitals), served by the site."""
    for name in (STYLESHEET, "Temml.woff2"):
        files.append(File.generated(config, f"{ASSET_DIR}/{name}", abs_src_path=str(TEMML_DIST / name)))
    return files


def on_post_build(config):
    """The math font, cut down to what the formulas use. Under `mkdocs serve` a rebuild sees only
    the pages that changed, so the whole font is served instead."""
    target = Path(config.site_dir) / ASSET_DIR / FONT_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    if _state.serving:
        if not target.exists():
            target.write_bytes(FONT.read_bytes())  # browsers read OpenType data whatever its name
        return
    target.write_bytes(math_font(_state.chars, _state.script_chars, _state.double_script_chars))
