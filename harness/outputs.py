"""Shown output: ``# >`` comment lines under the top-level statement that printed them.

(pydantic's ``#>``, spelled the way ``ruff format`` writes it, so formatting never moves it.)

A snippet's shown output is part of its source. A fresh run gives, per top-level statement,
what it printed; :func:`render` writes that back under the statement, and :func:`drift`
compares a page's source with the fresh rendering: numbers within a tight tolerance,
everything else exactly after trimming trailing whitespace.
"""

from __future__ import annotations

import ast
import difflib
import math
import re

OUTPUT_LINE = re.compile(r"^\s*# >(?: |$)")
NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?|[-+]?\b(?:nan|inf)\b")

# Two shown numbers agree when math.isclose(a, b, rel_tol=REL_TOL, abs_tol=ABS_TOL).
# Tight on purpose: it forgives -0. vs 0. and 1. vs 1.0, never a changed digit, because a
# shown float may carry at most MAX_DIGITS significant digits (print rounded numbers).
REL_TOL = 1e-12
ABS_TOL = 1e-15
MAX_DIGITS = 11


def strip(source: str) -> str:
    """The code without its shown output."""
    return "".join(line for line in source.splitlines(keepends=True) if not OUTPUT_LINE.match(line))


def render(source: str, printed: dict[int, str]) -> str:
    """``source`` with its ``# >`` lines replaced by ``printed`` (top-level statement index -> text)."""
    lines = source.splitlines()
    ends = {stmt.end_lineno: i for i, stmt in enumerate(ast.parse(source).body)}
    out: list[str] = []
    for number, line in enumerate(lines, start=1):
        if OUTPUT_LINE.match(line):
            continue
        out.append(line)
        if number in ends and ends[number] in printed:
            text = printed[ends[number]]
            text = text[:-1] if text.endswith("\n") else text
            out.extend(f"# > {row}".rstrip() for row in text.split("\n"))
    return "\n".join(out) + "\n"


def too_precise(printed: str) -> list[str]:
    """Shown floats with more significant digits than the tolerance can police."""
    return [n for n in NUMBER.findall(printed) if _is_float(n) and _significant_digits(n) > MAX_DIGITS]


def drift(shown: str, fresh: str, shown_name: str, fresh_name: str) -> str | None:
    """A unified diff if ``shown`` and ``fresh`` disagree beyond the tolerance, else None."""
    a, b = shown.splitlines(), fresh.splitlines()
    if len(a) == len(b) and all(_same_line(x, y) for x, y in zip(a, b, strict=True)):
        return None
    return "\n".join(difflib.unified_diff(a, b, shown_name, fresh_name, lineterm="", n=2)) or None


def first_difference(shown: str, fresh: str) -> int:
    """1-based line of the code in ``shown`` whose output first disagrees with ``fresh``."""
    lines = shown.splitlines()
    pairs = zip(lines, fresh.splitlines(), strict=False)  # may differ in length
    differs = next((n for n, (x, y) in enumerate(pairs, start=1) if not _same_line(x, y)), len(lines) + 1)
    code_line = differs - 1
    while code_line > 1 and OUTPUT_LINE.match(lines[code_line - 1]):
        code_line -= 1
    return max(code_line, 1)


def _same_line(x: str, y: str) -> bool:
    x, y = x.rstrip(), y.rstrip()
    if x == y:
        return True
    if not (OUTPUT_LINE.match(x) and OUTPUT_LINE.match(y)):
        return False
    xs, ys = NUMBER.split(x), NUMBER.split(y)
    xn, yn = NUMBER.findall(x), NUMBER.findall(y)
    return (
        xs == ys
        and len(xn) == len(yn)
        and all(
            math.isclose(float(p), float(q), rel_tol=REL_TOL, abs_tol=ABS_TOL) or p == q
            for p, q in zip(xn, yn, strict=True)
        )
    )


def _is_float(token: str) -> bool:
    return any(c in token for c in ".eE") and "nan" not in token and "inf" not in token


def _significant_digits(token: str) -> int:
    mantissa = re.split(r"[eE]", token.lstrip("+-"))[0].replace(".", "")
    return len(mantissa.lstrip("0")) or 1  # trailing zeros count: changing one is a change
