"""Numbered equations: numbers per chapter in reading order, references that link, and clear
errors for a label the build cannot resolve; then the same in the built site."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from harness.equations import EquationError, check, registry, resolve
from tests.conftest import ROOT, WAITS_FOR_SITE

PAGE_A = """# A

$$
a = b \\label{first}
$$

$$
c = d
$$

  $$
  e = f \\label{second}
  $$
"""
PAGE_B = """# B

By \\eqref{first} and \\eqref{third}, done.

$$
\\begin{aligned} g &= h \\end{aligned} \\label{third}
$$
"""


def chapter(tmp_path: Path, pages: dict[str, str]) -> Path:
    """A project with one chapter, calculus, holding ``pages`` (name: Markdown) in nav order."""
    root = tmp_path / "project"
    (root / "docs" / "calculus").mkdir(parents=True)
    (root / "docs" / "calculus" / "index.md").write_text("# Calculus\n")
    nav = ["nav:", "  - calculus/index.md"]
    for name, text in pages.items():
        (root / "docs" / "calculus" / f"{name}.md").write_text(text)
        (root / "snippets" / "calculus" / name).mkdir(parents=True)
        nav.append(f"  - calculus/{name}.md")
    (root / "mkdocs.yml").write_text("\n".join(nav) + "\n")
    return root


def test_equations_are_numbered_per_chapter_in_reading_order_and_references_link(tmp_path):
    root = chapter(tmp_path, {"a": PAGE_A, "b": PAGE_B})
    equations = registry(root / "docs", root)
    assert {name: e.number for name, e in equations.items()} == {"first": "CA.1", "second": "CA.2", "third": "CA.3"}
    site_b = resolve(PAGE_B, "calculus/b.md", equations, keep_labels=True)
    assert "By [(CA.1)](a.md#eq-first) and [(CA.3)](#eq-third), done." in site_b
    assert "\\end{aligned} \\tag{CA.3}\\label{third}\n$$" in site_b  # the hook makes the label an id
    site_a = resolve(PAGE_A, "calculus/a.md", equations, keep_labels=True)
    assert "  e = f \\tag{CA.2}\\label{second}\n  $$" in site_a  # indented, as in a box
    assert len(site_a.split("\n")) == len(PAGE_A.split("\n"))  # line numbers of errors stay right
    notebook_a = resolve(PAGE_A, "calculus/a.md", equations, keep_labels=False)
    assert "$$\na = b \\tag{CA.1}\n$$" in notebook_a and "\\label" not in notebook_a
    assert check(root / "docs", root) == equations


@pytest.mark.parametrize(
    "pages, message",
    [
        (
            {"a": PAGE_A, "b": PAGE_A},
            "docs/calculus/b.md:4: label 'first' is already used by (CA.1) on docs/calculus/a.md",
        ),
        ({"a": "# A\n\nText \\label{loose}.\n"}, "docs/calculus/a.md:3: \\label outside a $$ display formula"),
        ({"a": "# A\n\n$$\nx \\label{Bad_Name}\n$$\n"}, "docs/calculus/a.md:4: label 'Bad_Name' must be lowercase"),
        ({"a": "# A\n\n$$\nx \\label{p} \\label{q}\n$$\n"}, "docs/calculus/a.md:4: one \\label per display formula"),
        ({"a": "# A\n\nSee \\eqref{missing}.\n"}, "docs/calculus/a.md:3: \\eqref{missing} names no equation"),
    ],
    ids=["repeated", "outside-math", "bad-name", "two-labels", "unknown-reference"],
)
def test_a_label_the_build_cannot_resolve_is_an_error_naming_page_and_line(tmp_path, pages, message):
    root = chapter(tmp_path, pages)
    with pytest.raises(EquationError) as error:
        check(root / "docs", root)
    assert message in str(error.value)


def test_the_site_numbers_its_key_equations_and_every_reference_resolves():
    equations = check(ROOT / "docs", ROOT)  # raises on any unresolvable reference
    for prefix in ("LA", "CA", "PS", "MV", "OP", "IT"):
        numbers = sorted(int(e.number.split(".")[1]) for e in equations.values() if e.number.startswith(prefix))
        assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 10, f"{prefix}: {numbers}"
    pages_with_labels = {e.page for e in equations.values()}
    referenced = {
        page for page in pages_with_labels if "\\eqref{" in (ROOT / "docs" / f"{page}.md").read_text(encoding="utf-8")
    }
    assert pages_with_labels == referenced, f"pages that cite none of their equations: {pages_with_labels - referenced}"


@WAITS_FOR_SITE
def test_built_pages_show_numbers_and_links_land_on_their_equation(built_site):
    equations = registry(ROOT / "docs", ROOT)
    for name, equation in equations.items():
        html = (built_site / equation.page / "index.html").read_text(encoding="utf-8")
        block = re.search(rf'<div class="arithmatex" id="eq-{name}" tabindex="0">(.*?)</div>\s*(?:<|$)', html, re.S)
        assert block, f"{equation.page}: no typeset equation with id eq-{name}"
        assert f"({equation.number})" in re.sub(r"<[^>]+>", "", block[1]), f"eq-{name}: number not shown"
    html = (built_site / "linear_algebra" / "least_squares" / "index.html").read_text(encoding="utf-8")
    number = equations["normal-equations"].number
    assert re.search(rf'<a [^>]*href="#eq-normal-equations"[^>]*>\({number}\)</a>', html), "no link to (LA.n)"
