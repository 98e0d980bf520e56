"""make bench: the site's speed, for readers and for contributors, measured side by side in one run.

This machine is noisy (2 shared cores), so figures are medians of several runs and comparisons
are ratios of two figures taken in the same run.

1. code-block tests vs floor: `pytest -m markdown-docs` vs one Python process that imports the
   libraries once and executes every code block once.
2. build vs bare build: `mkdocs build --strict` as `make build` runs it (notebooks cached, the book
   printed) vs the same pages on bare Material (its defaults, search on; no hooks, no other
   plugins, math left as TeX); and the build with every notebook executed.
3. rebuild after one snippet edit under `mkdocs serve`: edit to updated page served.
4. `make test` cold (build/ deleted: notebooks executed, the site built, no earlier verdicts) by
   stage and per page, then warm (nothing changed).
5. `make page` for one page, its notebook executed and cached.
6. Lighthouse (mobile: a mid-range phone on slow 4G; and desktop) on every page of a chapter and
   every notebook page, served gzipped as a static host serves them, beside bare Material.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import functools
import gzip
import http.server
import io
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from harness.chromium import ARGS as CHROMIUM_ARGS  # noqa: E402
from harness.chromium import CHROMIUM  # noqa: E402
from harness.pages import chapters, fences, pages  # noqa: E402

BUILD = ROOT / "build" / "bench"
PY = sys.executable
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
CHAPTERS = chapters(ROOT / "docs", ROOT)
WITH_CODE = pages(ROOT / "docs", ROOT)


def timed(command: list[str], **kwargs) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=ENV, check=True, capture_output=True, **kwargs)
    return time.perf_counter() - start


def median(runs: int, measure) -> float:
    return statistics.median(measure() for _ in range(runs))


# 1 ─ code-block tests vs floor ──────────────────────────────────────────────────────────────
FLOOR = """
import contextlib, io, sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt, numpy, scipy, sympy  # the libraries, imported once
# Running a plotting block means drawing its figure, as a reader's plt.show() does.
plt.show = lambda *args, **kwargs: [plt.figure(n).canvas.draw() for n in plt.get_fignums()]
blocks = [compile(open(path).read(), path, "exec") for path in sys.argv[1:]]
for code in blocks:
    with contextlib.redirect_stdout(io.StringIO()):
        exec(code, {"__name__": "__main__"})
    plt.close("all")
"""


def snippet_paths() -> list[str]:
    paths = []
    for page in sorted((ROOT / "docs").rglob("*.md")):
        paths += [f.snippet for f in fences(page.read_text(encoding="utf-8"), ROOT) if f.snippet and not f.section]
    return paths


def bench_code_blocks(runs: int) -> dict:
    paths = snippet_paths()
    tests = median(runs, lambda: timed([PY, "-m", "pytest", "-m", "markdown-docs", "-q", "--fresh"]))
    floor = median(runs, lambda: timed([PY, "-c", FLOOR, *paths]))
    return {"blocks": len(paths), "tests": tests, "floor": floor}


# 2 ─ build vs bare build ────────────────────────────────────────────────────────────────────
def bare_config() -> Path:
    """The same pages and Markdown on bare Material: its defaults (search on), no hooks, no other
    plugins, math left as TeX."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"^plugins:\n(?:  .*\n|      .*\n)*", "plugins:\n  - search\n", config, flags=re.M)
    config = re.sub(r"^hooks:\n(?:  - .*\n)*", "", config, flags=re.M)
    config = re.sub(r"^  - Notebooks:\n(?:      - .*\n)*", "", config, flags=re.M)
    config = config.replace(
        "  - assets/temml/Temml-Latin-Modern.css # served from node_modules by hooks/typeset.py\n", ""
    )
    # Pages the hooks generate (glossary, execution report) do not exist here: links to them dangle.
    config = config.replace("strict: true", "strict: false")
    path = ROOT / "mkdocs.bench-bare.yml"  # beside mkdocs.yml, so relative paths resolve the same
    path.write_text(config, encoding="utf-8")
    return path


def build(config: Path | None, site: Path) -> float:
    command = [PY, "-m", "mkdocs", "build", "--site-dir", str(site)] + ([] if config else ["--strict"])
    return timed(command + (["--config-file", str(config)] if config else []))


def clear_notebook_caches() -> None:
    for cache in ("notebooks", "mkdocs-jupyter"):
        shutil.rmtree(ROOT / "build" / ".cache" / cache, ignore_errors=True)


def bench_build(runs: int, bare: Path) -> dict:
    build(None, BUILD / "site")  # warm the notebook execution cache
    cached = median(runs, lambda: build(None, BUILD / "site"))
    plain = median(runs, lambda: build(bare, BUILD / "bare"))

    def uncached() -> float:
        clear_notebook_caches()
        return build(None, BUILD / "site")

    cold = median(max(1, runs - 1), uncached)
    return {"cached": cached, "bare": plain, "uncached": cold}


# 3 ─ rebuild after one snippet edit, under mkdocs serve ───────────────────────────────────
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def bench_rebuild(runs: int) -> float:
    snippet = ROOT / "snippets" / "linear_algebra" / "vectors" / "dot_product.py"
    original = snippet.read_text(encoding="utf-8")
    port = free_port()
    serve = subprocess.Popen(
        [PY, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}", "--dirty"],  # as make serve
        cwd=ROOT,
        env={**ENV, "SITE_URL": f"http://127.0.0.1:{port}/"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/linear_algebra/vectors/"
    try:
        wait_for(url, lambda html: "dot_product" in html, timeout=180)
        times = []
        for run in range(runs):
            marker = f"bench-marker-{run}-{time.time_ns()}"
            start = time.perf_counter()
            snippet.write_text(original + f"# {marker}\n", encoding="utf-8")
            wait_for(url, lambda html, m=marker: m in html, timeout=120)
            times.append(time.perf_counter() - start)
            snippet.write_text(original, encoding="utf-8")
            wait_for(url, lambda html, m=marker: m not in html, timeout=120)
        return statistics.median(times)
    finally:
        snippet.write_text(original, encoding="utf-8")
        os.killpg(serve.pid, signal.SIGTERM)
        serve.wait(timeout=30)


def wait_for(url: str, ready, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(url, timeout=5) as response:
                if ready(response.read().decode("utf-8", "replace")):
                    return
        time.sleep(0.05)
    raise TimeoutError(f"{url} not ready within {timeout} s")


# 6 ─ Lighthouse, mobile and desktop, served gzipped ─────────────────────────────────────────
class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """A static host as readers meet it: text compressed with gzip when the browser asks."""

    COMPRESS = (".html", ".css", ".js", ".svg", ".json", ".xml", ".ipynb")

    def send_head(self):
        path = Path(self.translate_path(self.path))
        path = path / "index.html" if path.is_dir() else path
        if not (path.suffix in self.COMPRESS and path.is_file() and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        data = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        return io.BytesIO(data)

    def log_message(self, *args) -> None:
        pass


LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
AUDITS = {
    "score": lambda r: r["categories"]["performance"]["score"] * 100,
    "LCP s": lambda r: r["audits"]["largest-contentful-paint"]["numericValue"] / 1000,
    "TBT ms": lambda r: r["audits"]["total-blocking-time"]["numericValue"],
    "DOM elements": lambda r: r["audits"]["dom-size-insight"]["numericValue"],
    "KB transferred": lambda r: r["audits"]["total-byte-weight"]["numericValue"] / 1024,
}


def lighthouse(site_dir: Path, pages: list[str], runs: int, desktop: bool) -> dict[str, dict[str, float]]:
    """Lighthouse's performance audit of each page (its default mobile emulation: a mid-range
    phone on slow 4G, or --preset=desktop), medians over ``runs``."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(GzipHandler, directory=str(site_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    flags = " ".join(CHROMIUM_ARGS)
    results = {}
    try:
        for page in pages:
            measured = []
            for _ in range(runs):
                command = [str(LIGHTHOUSE), f"{origin}/{page}", "--quiet", "--output=json", "--output-path=stdout"]
                command += ["--only-categories=performance", f"--chrome-flags={flags}"]
                command += ["--preset=desktop"] if desktop else []
                run = subprocess.run(
                    command, capture_output=True, text=True, check=True, env={**ENV, "CHROME_PATH": CHROMIUM}
                )
                report = json.loads(run.stdout)
                (BUILD / "lighthouse").mkdir(parents=True, exist_ok=True)  # the last report of each page, to read
                name = f"{'desktop' if desktop else 'mobile'}-{site_dir.name}-{page.strip('/').replace('/', '-')}.json"
                (BUILD / "lighthouse" / name).write_text(run.stdout)
                measured.append({name: get(report) for name, get in AUDITS.items()})
            results[page] = {name: statistics.median(m[name] for m in measured) for name in AUDITS}
    finally:
        server.shutdown()
        server.server_close()
    return results


# 5 ─ make test, cold and warm; make page ────────────────────────────────────────────────────
def bench_make_test() -> dict:
    """`make test` cold (build/ deleted, as on a clean clone whose .venv and node_modules exist),
    split by stage from pytest's durations; then again with nothing changed."""
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    start = time.perf_counter()
    subprocess.run(["make", "lint"], cwd=ROOT, env=ENV, check=True, capture_output=True)
    stages = {"lint": time.perf_counter() - start, "code blocks": 0.0, "other CPUs": 0.0}
    stages |= {"build, notebooks and book (waited for)": 0.0, "browser": 0.0, "other tests": 0.0}
    pytest = [PY, "-m", "pytest", "-n", "auto", "--dist", "worksteal", "-q", "--durations=0", "--durations-min=0"]
    run = subprocess.run(pytest, cwd=ROOT, env={**ENV, "CHROMIUM": CHROMIUM}, capture_output=True, text=True)
    if run.returncode:
        raise SystemExit(f"make test failed:\n{run.stdout[-3000:]}")
    cold = time.perf_counter() - start
    for seconds, phase, test in re.findall(r"^([\d.]+)s (setup|call|teardown)\s+(\S+)", run.stdout, re.M):
        if phase == "setup" and float(seconds) > 5:  # a worker waiting for the site or the book
            stage = "build, notebooks and book (waited for)"
        elif test.startswith("docs/"):
            stage = "code blocks"
        elif "test_portability" in test:
            stage = "other CPUs"
        elif "test_browser" in test:
            stage = "browser"
        else:
            stage = "other tests"
        stages[stage] += float(seconds)
    warm = timed(["make", "test"])
    return {"cold": cold, "warm": warm, "stages": stages, "tests": int(re.search(r"(\d+) passed", run.stdout)[1])}


def bench_page(page: str) -> dict:
    """`make page` as a contributor runs it after an edit: every check runs (FRESH), first with
    the page's notebook not executed yet, then with it cached."""
    for done in (ROOT / "build" / ".cache" / "notebooks").glob(f"*/notebooks/{page}.ipynb"):
        done.unlink()
    command = ["make", "page", f"PAGE={page}", "FRESH=1"]
    return {"uncached": timed(command), "cached": timed(command)}


def lighthouse_table(phones: dict, bare: dict, desks: dict, runs: int) -> str:
    lines = [
        f"Lighthouse performance, served gzipped: mobile (medians of {runs}) beside bare Material, and desktop.",
        "",
        "| page | mobile score (bare) | LCP s (bare) | TBT ms (bare) | DOM elements (bare) | KB (bare) | desktop |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for page, ours in phones.items():
        plain = bare.get(page)

        def cell(name: str, digits: int, ours=ours, plain=plain) -> str:
            text = f"{ours[name]:.{digits}f}"
            return f"{text} ({plain[name]:.{digits}f})" if plain else text

        cells = [
            cell("score", 0),
            cell("LCP s", 1),
            cell("TBT ms", 0),
            cell("DOM elements", 0),
            cell("KB transferred", 0),
        ]
        lines.append(f"| {page} | {' | '.join(cells)} | {desks[page]['score']:.0f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (the median is reported)")
    parser.add_argument("--write-readme", action="store_true", help="write the tables into README.md")
    parser.add_argument("--only-lighthouse", action="store_true", help="only Lighthouse (builds the site first)")
    args = parser.parse_args()
    BUILD.mkdir(parents=True, exist_ok=True)
    bare = bare_config()
    chapter_pages = [f"{page}/" for page in WITH_CODE]
    notebook_pages = [f"notebooks/{page}/" for page in WITH_CODE]
    try:
        if args.only_lighthouse:
            build(None, BUILD / "site")
            build(bare, BUILD / "bare")
        else:
            tests = bench_make_test()  # first: it starts from an empty build/
            page = bench_page(WITH_CODE[0])
            blocks = bench_code_blocks(args.runs)
            builds = bench_build(args.runs, bare)
            rebuild = bench_rebuild(args.runs)
        phones = lighthouse(BUILD / "site", chapter_pages + notebook_pages, args.runs, desktop=False)
        phones_bare = lighthouse(BUILD / "bare", chapter_pages, args.runs, desktop=False)
        desks = lighthouse(BUILD / "site", chapter_pages + notebook_pages, 1, desktop=True)
    finally:
        bare.unlink(missing_ok=True)
    lighthouse_text = lighthouse_table(phones, phones_bare, desks, args.runs)
    print(lighthouse_text)
    if args.only_lighthouse:
        return

    n = len(WITH_CODE)
    stages = tests["stages"]
    rows = [
        (
            "make test, cold (build/ deleted)",
            f"{tests['cold']:.0f} s ({tests['tests']} tests)",
            "≤ 300 s",
            tests["cold"] <= 300,
        ),
        ("make test, warm (nothing changed)", f"{tests['warm']:.1f} s", "≤ 90 s", tests["warm"] <= 90),
        (
            f"make page PAGE={WITH_CODE[0]} (notebook executed / cached)",
            f"{page['uncached']:.1f} s / {page['cached']:.1f} s",
            "≤ 20 s",
            page["uncached"] <= 20,
        ),
        (
            "code-block tests vs floor",
            f"{blocks['tests']:.1f} s vs {blocks['floor']:.1f} s ({blocks['blocks']} programs): "
            f"{blocks['tests'] / blocks['floor']:.2f}×",
            "—",
            None,
        ),
        (
            "build (notebooks cached, book printed) vs bare Material",
            f"{builds['cached']:.1f} s vs {builds['bare']:.1f} s: {builds['cached'] / builds['bare']:.1f}×",
            "—",
            None,
        ),
        ("build, every notebook executed", f"{builds['uncached']:.1f} s", "—", None),
        ("rebuild after one snippet edit (make serve)", f"{rebuild:.2f} s", "≤ 2 s", rebuild <= 2),
    ]
    # How each cost grows: test seconds of each stage per page of a chapter (both workers' time).
    growth = ", ".join(f"{name} {seconds / n:.1f} s" for name, seconds in stages.items() if name != "lint")
    rows.append((f"make test, test seconds per page ({n} pages)", growth, "—", None))

    when = datetime.date.today().isoformat()
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    lines = [
        f"Measured {when} on {machine}; medians of {args.runs} runs where a figure is repeated.",
        "",
        "| measurement | figures | target | holds |",
        "| --- | --- | --- | --- |",
    ]
    for name, text, target, holds in rows:
        lines.append(f"| {name} | {text} | {target} | {'—' if holds is None else 'yes' if holds else 'no'} |")
    lines += ["", lighthouse_text]
    table = "\n".join(lines)
    print(table)
    if args.write_readme:
        readme = ROOT / "README.md"
        text = readme.read_text(encoding="utf-8")
        start, end = "<!-- bench:start -->", "<!-- bench:end -->"
        text = re.sub(f"{start}.*?{end}", lambda _: f"{start}\n{table}\n{end}", text, flags=re.S)
        readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
