"""The harness's own tests: feed it broken copies of tests/fixtures/project and check that
each fault fails, naming the file at fault, and that an intact project passes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT, mkdocs_build

FIXTURE = ROOT / "tests" / "fixtures" / "project"


def make_project(tmp_path: Path, pages: dict[str, str] | None = None, files: dict[str, str] | None = None) -> Path:
    """A copy of the fixture project, plus extra pages and snippet files."""
    project = tmp_path / "project"
    shutil.copytree(FIXTURE, project)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("HOOKS/", f"{ROOT / 'hooks'}/"))
    for name, text in {**(pages or {}), **(files or {})}.items():
        path = project / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return project


def edit(project: Path, name: str, old: str, new: str) -> None:
    path = project / name
    text = path.read_text()
    assert old in text, f"{name} has no {old!r}"
    path.write_text(text.replace(old, new))


def pytest_in(project: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], dict[str, str]]:
    """Run pytest in ``project`` (a fresh interpreter), returning the run and each item's failure text."""
    report = project / "report.xml"
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", f"--junitxml={report}", *args],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
    )
    failures = {}
    if report.exists():
        for case in ET.parse(report).iter("testcase"):
            for problem in [*case.iter("failure"), *case.iter("error")]:
                failures[f"{case.get('classname')}::{case.get('name')}"] = problem.get("message", "") + (
                    problem.text or ""
                )
    return run, failures


def only_failure(failures: dict[str, str], page: str) -> str:
    """The failure text of the one fence on ``page`` (e.g. "broken_output")."""
    mine = [text for name, text in failures.items() if name.startswith(f"docs.{page}.md::")]
    assert len(mine) == 1, f"expected one failure on {page}.md, got {sorted(failures)}"
    return mine[0]


def page_with(snippet: str, extra: str = "") -> str:
    return f'# Broken\n\n```python title="{snippet}"\n--8<-- "{snippet}"\n```\n{extra}'


def test_intact_fixture_passes_with_every_nested_fence_collected(tmp_path):
    project = make_project(tmp_path)
    run, failures = pytest_in(project, "-m", "markdown-docs")
    assert run.returncode == 0, run.stdout + run.stderr
    # plain fence, tab, admonition, collapsed details: four Python fences; the text fence is not run
    assert "4 passed" in run.stdout, run.stdout


# Each fault lives on its own page in one project, so one pytest run checks them all.
FAULTS = {
    "broken_output": (
        "import numpy as np\n\nprint(np.arange(3) * 2)\n# > [0 2 5]\n",
        ["docs/broken_output.md:3", "snippets/demo/broken_output.py:3", "-# > [0 2 5]", "+# > [0 2 4]", "make outputs"],
    ),
    "raises": (
        'x = 1\nprint("before")\n# > before\ny = x / 0\n',
        ["docs/raises.md:3", 'File "snippets/demo/raises.py", line 4', "ZeroDivisionError"],
    ),
    "global_rng": (
        "import numpy as np\n\nprint(np.random.normal())\n",
        ["docs/global_rng.md:3", "snippets/demo/global_rng.py", "np.random.normal draws from numpy's hidden global"],
    ),
    "unseeded_rng": (
        "import numpy as np\n\nrng = np.random.default_rng()\n",
        ["snippets/demo/unseeded_rng.py", "default_rng() needs a visible seed"],
    ),
    "scipy_global_rng": (
        "from scipy import stats\n\nprint(stats.norm.rvs())\n",
        ["snippets/demo/scipy_global_rng.py", "random_state="],
    ),
    "unrounded": (
        "print(0.1 + 0.2)\n# > 0.30000000000000004\n",
        ["snippets/demo/unrounded.py", "0.30000000000000004", "round shown floats"],
    ),
    "stderr": (
        'import sys\n\nprint("oops", file=sys.stderr)\n',
        ["snippets/demo/stderr.py wrote to stderr", "oops"],
    ),
    "wide": (
        'print("wide")  # ' + "a comment that runs on past the page's code column, " * 2 + "\n# > wide\n",
        ["snippets/demo/wide.py:1 is wider than the page's code column (80 characters)"],
    ),
    "warns": (
        "import numpy as np\n\nprint(np.log(0.0))\n",
        ["snippets/demo/warns.py", "RuntimeWarning", "divide by zero"],
    ),
}


def test_each_fault_fails_naming_page_and_snippet(tmp_path):
    pages = {f"docs/{name}.md": page_with(f"snippets/demo/{name}.py") for name in FAULTS}
    files = {f"snippets/demo/{name}.py": code for name, (code, _) in FAULTS.items()}
    project = make_project(tmp_path, pages, files)
    run, failures = pytest_in(project)
    assert run.returncode == 1, run.stdout
    for name, (_, expected) in FAULTS.items():
        message = only_failure(failures, name)
        for fragment in expected:
            assert fragment in message, f"{name}: {fragment!r} not in\n{message}"


def test_tolerance_forgives_float_noise_but_not_a_changed_digit(tmp_path):
    files = {
        "snippets/demo/close.py": "print(-0.0, 1.0)\n# > 0.0 1.\n",  # -0.0 vs 0.0, 1.0 vs 1.
        "snippets/demo/digit.py": 'print(f"{2 / 3:.6f}")\n# > 0.666668\n',
    }
    pages = {"docs/close.md": page_with("snippets/demo/close.py"), "docs/digit.md": page_with("snippets/demo/digit.py")}
    project = make_project(tmp_path, pages, files)
    run, failures = pytest_in(project)
    assert list(failures) == ["docs.digit.md::[CodeFence#1][line:3]"], failures
    assert "+# > 0.666667" in only_failure(failures, "digit")


def test_figure_drift_missing_figure_and_missing_alt_text_fail(tmp_path):
    project = make_project(tmp_path)
    edit(project, "snippets/demo/curve.py", "ax.plot([0, 1], [0, 1])", "ax.plot([0, 1], [0, 2])")
    run, failures = pytest_in(project)
    message = only_failure(failures, "demo")
    assert "figure docs/demo/curve.svg looks different from what snippets/demo/curve.py draws now" in message
    assert "build/figure-diffs/docs/demo/curve/fresh.png" in message  # the renders, to look at

    edit(project, "docs/demo.md", "![A straight line rising from the origin]", "![line]")
    run, failures = pytest_in(project)
    assert "give docs/demo/curve.svg alt text" in only_failure(failures, "demo")


def test_coordinate_noise_passes_but_a_small_visible_change_fails(tmp_path):
    """What another CPU's BLAS or SIMD changes (last digits of coordinates) is not a change of the
    figure; moving one point by about a pixel is."""
    project = make_project(tmp_path)
    figure = project / "docs" / "demo" / "curve.svg"
    noisy = re.sub(rb"(\d+\.\d{5})(\d)\b", lambda m: m[1] + str((int(m[2]) + 1) % 10).encode(), figure.read_bytes())
    assert noisy != figure.read_bytes()
    figure.write_bytes(noisy)
    run, failures = pytest_in(project, "docs/demo.md")
    assert run.returncode == 0, failures
    assert figure.read_bytes() == noisy, "a check must not rewrite a figure that looks the same"

    edit(project, "snippets/demo/curve.py", "ax.plot([0, 1], [0, 1])", "ax.plot([0, 1], [0, 0.99])")
    run, failures = pytest_in(project, "docs/demo.md")
    assert "looks different" in only_failure(failures, "demo")


def test_a_figure_too_heavy_for_a_phone_fails(tmp_path):
    project = make_project(tmp_path)
    many = "import numpy as np\n\nt = np.linspace(0, 1, 20_000)\nax.scatter(t, t, s=1)"  # a marker a point
    edit(project, "snippets/demo/curve.py", "ax.plot([0, 1], [0, 1])", many)
    run, failures = pytest_in(project, "docs/demo.md")
    assert "snippets/demo/curve.py draws" in only_failure(failures, "demo")
    assert "plot fewer points" in only_failure(failures, "demo")


LESSON = (
    "# --8<-- [start:lesson]\nimport numpy as np\n\nx = np.arange(3)\nprint(x.sum())\n# > 3\n# --8<-- [end:lesson]\n"
    "import matplotlib.pyplot as plt\n\nfig, ax = plt.subplots(figsize=(2, 2))\nax.plot(x, x)\nplt.show()\n"
)


def lesson_page(name: str, whole: bool = True) -> str:
    snippet = f"snippets/demo/{name}.py"
    page = f'# Lesson\n\n```python title="{snippet}"\n--8<-- "{snippet}:lesson"\n```\n\n'
    page += f"![A line through three points, drawn by the lesson](demo/{name}.svg)\n\n"
    if whole:
        page += f'??? note "Code for the figure"\n\n    ```python title="{snippet}"\n    --8<-- "{snippet}"\n    ```\n'
    return page


def test_a_lesson_section_runs_alone_and_the_whole_program_draws_the_figure(tmp_path):
    files = {"snippets/demo/lesson.py": LESSON}
    project = make_project(tmp_path, {"docs/lesson.md": lesson_page("lesson")}, files)
    run, failures = pytest_in(project, "docs/lesson.md", "--update-outputs")
    assert run.returncode == 0, failures
    assert "# --8<-- [start:lesson]" in (project / "snippets/demo/lesson.py").read_text(), "markers kept"
    run, failures = pytest_in(project, "docs/lesson.md")
    assert run.returncode == 0 and "2 passed" in run.stdout, failures

    edit(project, "snippets/demo/lesson.py", "# > 3\n", "# > 4\n")
    run, failures = pytest_in(project, "docs/lesson.md")
    assert len(failures) == 2, failures  # the lesson block and the whole program both show it
    assert any("snippets/demo/lesson.py:5" in text for text in failures.values()), failures  # the file's line


def test_a_lesson_section_without_its_whole_program_or_with_a_figure_fails(tmp_path):
    end = "# --8<-- [end:lesson]\n"
    drawing = LESSON.replace(end, "").replace("plt.show()\n", f"plt.show()\n{end}")
    files = {"snippets/demo/alone.py": LESSON, "snippets/demo/drawing.py": drawing}
    pages = {"docs/alone.md": lesson_page("alone", whole=False), "docs/drawing.md": lesson_page("drawing")}
    project = make_project(tmp_path, pages, files)
    run, failures = pytest_in(project, "docs/alone.md")
    assert "must also show the whole program" in run.stdout, run.stdout
    run, failures = pytest_in(project, "docs/drawing.md", "--update-outputs")
    assert any("draws a figure; put the figure code after the lesson section" in t for t in failures.values()), failures


def test_update_outputs_rewrites_outputs_and_figures_then_check_passes(tmp_path):
    project = make_project(tmp_path)
    edit(project, "snippets/demo/sums.py", "# > 55 55", "# > 55 56")
    (project / "docs" / "demo" / "curve.svg").unlink()
    run, _ = pytest_in(project, "--update-outputs")
    assert run.returncode == 0, run.stdout
    assert "# > 55 55" in (project / "snippets/demo/sums.py").read_text()
    assert (project / "docs/demo/curve.svg").read_bytes() == (FIXTURE / "docs/demo/curve.svg").read_bytes()
    run, _ = pytest_in(project)
    assert run.returncode == 0, run.stdout


def test_a_block_that_never_ends_times_out(tmp_path):
    files = {"snippets/demo/forever.py": "while True:\n    pass\n"}
    project = make_project(tmp_path, {"docs/forever.md": page_with("snippets/demo/forever.py")}, files)
    run, failures = pytest_in(project, "--timeout=3", "docs/forever.md")
    assert "Timeout" in only_failure(failures, "forever")


@pytest.mark.parametrize(
    "fence, message",
    [
        ('```python\nprint("inline code")\n```\n', "must hold exactly one include of a snippet file"),
        ('```python title="wrong.py"\n--8<-- "snippets/demo/sums.py"\n```\n', "title the fence with its"),
        ('```python title="snippets/demo/gone.py"\n--8<-- "snippets/demo/gone.py"\n```\n', "missing file or section"),
    ],
    ids=["inline-code", "wrong-title", "missing-include"],
)
def test_pages_that_break_the_conventions_fail_collection(tmp_path, fence, message):
    project = make_project(tmp_path, {"docs/bad.md": f"# Bad\n\n{fence}"})
    run, failures = pytest_in(project, "docs/bad.md")
    assert run.returncode != 0
    assert "docs/bad.md" in run.stdout and message in run.stdout, run.stdout


@pytest.mark.parametrize(
    "page, needle",
    [
        ('# Bad\n\n```python title="snippets/demo/gone.py"\n--8<-- "snippets/demo/gone.py"\n```\n', "gone.py"),
        ('# Bad\n\n```python\n--8<-- "snippets/demo/sums.py:nosection"\n```\n', "nosection"),
        ("# Bad\n\nSee [nowhere](nowhere.md).\n", "bad.md"),
        ("# Bad\n\nSee [demo](demo.md#no-such-anchor).\n", "no-such-anchor"),
        ("# Bad\n\nBroken $\\frac{1}{$ math.\n", "bad.md: LaTeX error in formula '\\\\frac{1}{'"),
        ("# Bad\n\nAs \\eqref{no-such-label} shows.\n", "docs/bad.md:3: \\eqref{no-such-label} names no equation"),
        ("# Bad\n\n$\\text{\u2603}$\n", "the math font has no glyph for '\u2603' (U+2603, first in bad.md)"),
    ],
    ids=["missing-file", "missing-section", "dead-link", "dead-anchor", "latex-error", "unknown-equation", "no-glyph"],
)
def test_the_strict_build_fails_naming_the_fault(tmp_path, page, needle):
    project = make_project(tmp_path, {"docs/bad.md": page})
    edit(project, "mkdocs.yml", "  - demo.md\n", "  - demo.md\n  - bad.md\n")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert needle in result.stderr, result.stderr


def test_intact_fixture_builds(tmp_path):
    result = mkdocs_build(make_project(tmp_path), tmp_path / "site")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site" / "demo" / "index.html").read_text()
    assert "<math" in html and "\\frac" not in html  # typeset as MathML, no TeX left
    font = tmp_path / "site" / "assets" / "temml" / "latinmodernmath.woff2"
    assert 0 < font.stat().st_size < 60_000, "the math font is not cut down to the formulas' characters"
