"""Run one snippet the way a reader would: a fresh namespace, as ``__main__``.

While it runs we record what each top-level statement prints, catch every figure handed to
``plt.show()`` as a deterministic SVG, and refuse numpy's unseeded global generator.
"""

from __future__ import annotations

import ast
import bisect
import contextlib
import io
import sys
import warnings
from dataclasses import dataclass, field

import matplotlib

matplotlib.use("Agg")  # before pyplot is imported anywhere: no window, ever

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

# Byte-identical SVGs need a fixed hash salt, no date, and fonts matplotlib ships itself.
FIGURE_RC = {
    "svg.hashsalt": "math-for-ml",
    "svg.fonttype": "path",
    "font.family": "DejaVu Sans",
    "savefig.transparent": True,  # the site's dark palette inverts figures (extra.css)
}


class UnseededRandomness(RuntimeError):
    """A snippet drew from a generator whose seed the reader cannot see."""


@dataclass
class Run:
    printed: dict[int, str] = field(default_factory=dict)  # top-level statement index -> stdout
    stderr: str = ""
    figures: list[bytes] = field(default_factory=list)  # SVG of each plt.show(), in order


class _StatementStdout(io.TextIOBase):
    """stdout that files each write under the top-level statement running at the time."""

    def __init__(self, code, starts: list[int], run: Run) -> None:
        self._code, self._starts, self._run = code, starts, run

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        frame = sys._getframe(1)
        while frame is not None and frame.f_code is not self._code:
            frame = frame.f_back
        # -1: printed from outside the snippet's own frames; the check reports it.
        index = bisect.bisect_right(self._starts, frame.f_lineno) - 1 if frame is not None else -1
        self._run.printed[index] = self._run.printed.get(index, "") + text
        return len(text)


def run_snippet(source: str, filename: str) -> Run:
    """Execute ``source`` (compiled as ``filename``, so tracebacks name the snippet file)."""
    tree = ast.parse(source, filename)
    code = compile(tree, filename, "exec", dont_inherit=True)
    run = Run()
    namespace = {"__name__": "__main__", "__file__": filename, "__builtins__": __builtins__}
    stdout = _StatementStdout(code, [stmt.lineno for stmt in tree.body], run)
    stderr = io.StringIO()
    plt.close("all")
    try:
        with (
            contextlib.redirect_stdout(stdout),
            contextlib.redirect_stderr(stderr),
            warnings.catch_warnings(),
            matplotlib.rc_context(FIGURE_RC),
            _capture_figures(run),
            _seeded_randomness_only(filename),
        ):
            warnings.simplefilter("error")  # a warning on the page is a bug in the snippet
            exec(code, namespace)
    finally:
        plt.close("all")
    run.stderr = stderr.getvalue()
    return run


@contextlib.contextmanager
def _capture_figures(run: Run):
    def show(*args, **kwargs) -> None:
        for number in plt.get_fignums():
            buffer = io.BytesIO()
            plt.figure(number).savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
            run.figures.append(buffer.getvalue())
        plt.close("all")

    original = plt.show
    plt.show = show
    try:
        yield
    finally:
        plt.show = original


@contextlib.contextmanager
def _seeded_randomness_only(filename: str):
    """Make numpy's legacy global generator, and an unseeded default_rng() in the snippet, raise."""
    legacy = np.random.mtrand._rand
    names = [n for n in dir(np.random) if getattr(getattr(np.random, n), "__self__", None) is legacy]
    saved = {n: getattr(np.random, n) for n in [*names, "default_rng"]}

    def refuse(name: str):
        def call(*args, **kwargs):
            raise UnseededRandomness(
                f"np.random.{name} draws from numpy's hidden global generator, so the shown output "
                f"cannot be reproduced from the code; use rng = np.random.default_rng(0) and rng.{name}(...)"
            )

        return call

    def default_rng(seed=None):
        # Libraries may seed from entropy for their own ends (scipy.stats does, on import).
        if seed is None and sys._getframe(1).f_code.co_filename == filename:
            raise UnseededRandomness("np.random.default_rng() needs a visible seed, e.g. default_rng(0)")
        return saved["default_rng"](seed)

    class _Refuse:  # stands in for the global RandomState that scipy falls back to
        def __getattr__(self, name):
            raise UnseededRandomness(
                "a library drew from numpy's global generator (e.g. scipy.stats ... .rvs() without "
                "random_state=); pass random_state=rng with rng = np.random.default_rng(0)"
            )

    for name in names:
        setattr(np.random, name, refuse(name))
    np.random.default_rng = default_rng
    np.random.mtrand._rand = _Refuse()
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(np.random, name, value)
        np.random.mtrand._rand = legacy
