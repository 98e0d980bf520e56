"""Numbers quoted in prose come from the code: every decimal number a chapter's prose states
must be what one of its snippets prints (after rounding to the digits the prose gives)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from harness.outputs import NUMBER, OUTPUT_LINE
from harness.pages import fences, pages

ROOT = Path(__file__).resolve().parent.parent
PAGES = [p for p in pages(ROOT / "docs", ROOT) if os.environ.get("PAGE") in (None, "", p)]

# What is not prose: fences, math, inline code, URLs and attribute lists.
NOT_PROSE = re.compile(
    r"^(?P<q> *)(```|~~~).*?^(?P=q)\2[ \t]*$"  # fenced code (any indentation)
    r"|\$\$.*?\$\$|\$[^$\n]+\$"  # display and inline math
    r"|`[^`\n]+`"  # inline code
    r"|\]\([^)]*\)|\{[^}\n]*\}|<[^>\n]+>",  # link targets, attr lists, HTML tags
    re.DOTALL | re.MULTILINE,
)
DECIMAL = re.compile(r"(?<![\w.])\d+\.\d+(?![\w.])")


def prose_decimals(page_text: str) -> list[str]:
    return DECIMAL.findall(NOT_PROSE.sub(" ", page_text))


def shown_numbers(page_text: str) -> set[str]:
    shown = set()
    for fence in fences(page_text, ROOT):
        for line in fence.code.splitlines():
            if OUTPUT_LINE.match(line):
                shown.update(n.lstrip("+-") for n in NUMBER.findall(line))
    return shown


def unsupported(page_text: str) -> list[str]:
    """Prose decimals that no shown output prints, at the precision the prose gives."""
    shown = shown_numbers(page_text)
    missing = []
    for quoted in prose_decimals(page_text):
        digits = len(quoted.split(".")[1])
        if not any(_rounds_to(value, digits, quoted) for value in shown):
            missing.append(quoted)
    return missing


def _rounds_to(value: str, digits: int, quoted: str) -> bool:
    try:
        return f"{abs(float(value)):.{digits}f}" == quoted
    except ValueError:
        return False


@pytest.mark.parametrize("page", PAGES)
def test_prose_numbers_are_printed_by_the_code(page: str):
    path = ROOT / "docs" / f"{page}.md"
    missing = unsupported(path.read_text(encoding="utf-8"))
    assert not missing, (
        f"docs/{page}.md: the prose quotes {', '.join(missing)}, but no shown output prints "
        "that value; print it in a snippet, fix the number, or put an input in $math$"
    )


def test_a_number_no_snippet_prints_is_caught():
    page = "# T\n\nThe entropy is about 0.971 bits, $p = 0.6$ is an input, `x = 1.5` is code.\n"
    assert unsupported(page) == ["0.971"]
