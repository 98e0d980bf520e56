"""Nothing is used before it is taught: a term the site defines may appear before its definition
(on an earlier page in reading order, or higher up on its own page) only in a paragraph that links
to where it is taught, the one-line reminder in place that CONTRIBUTING.md asks for."""

from __future__ import annotations

import os
import re

import pytest

from harness.pages import pages
from tests.conftest import ROOT
from tests.test_prose_values import NOT_PROSE

# term (a regular expression over prose, case-insensitive) -> where it is taught
TERMS = {
    r"\bdeterminant": "linear_algebra/matrices#determinant",
    r"\beigenvalues?\b": "linear_algebra/eigen#eigenvalues",
    r"\beigenvectors?\b": "linear_algebra/eigen#eigenvalues",  # Av = lambda v defines both at once
    r"\bpositive (?:semi-?)?definite": "linear_algebra/eigen#positive-definite-matrices-and-the-cholesky-decomposition",
    r"\bcholesky": "linear_algebra/eigen#positive-definite-matrices-and-the-cholesky-decomposition",
    r"\bsingular values?\b|\bSVD\b": "linear_algebra/svd#singular-value-decomposition",
    r"\bcondition number": "linear_algebra/least_squares#condition-number-and-numerical-stability",
    r"\bchain rule": "calculus/derivatives#the-chain-rule",
    r"\bsoftmax": "calculus/derivatives#derivatives-of-the-functions-ml-uses",
    r"\btaylor": "calculus/taylor_and_newton#taylor-series-and-linearisation",
    r"\bjacobian": "multivariable_calculus/gradients#jacobian-matrix",
    r"\bhessian": "multivariable_calculus/gradients#hessian-matrix",
    r"\bcovariance": "probability_statistics/expectation#covariance-and-correlation",
    r"\bconvex\b|\bconvexity": "optimization/problems#convex-sets-and-convex-functions",
    r"\bjensen": "optimization/problems#jensens-inequality",
    r"\bcross-entropy": "information_theory/divergences#cross-entropy",
    r"\bkullback|\bKL\b": "information_theory/divergences#kullback-leibler-divergence",
    r"\bmutual information": "information_theory/mutual_information#mutual-information",
}
ORDER = pages(ROOT / "docs", ROOT)
CHECKED = [p for p in ORDER if os.environ.get("PAGE") in (None, "", p)]
HEADING = re.compile(r"^#{2,3} (?P<text>.+)$", re.MULTILINE)


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, paragraph) of the page's prose: code, math and link targets blanked, so only what
    a reader reads is searched, but links are kept to see what a paragraph points to."""
    return [(m.start(), m[0]) for m in re.finditer(r"(?:[^\n]+\n?)+", text)]


def early_uses(page: str) -> list[str]:
    text = (ROOT / "docs" / f"{page}.md").read_text(encoding="utf-8")
    found = []
    for term, where in TERMS.items():
        home, _, anchor = where.partition("#")
        if home not in ORDER:
            continue
        if ORDER.index(page) > ORDER.index(home):
            continue  # taught on an earlier page
        taught_at = len(text)
        if page == home:
            heading = next((m for m in HEADING.finditer(text) if _slug(m["text"]) == anchor), None)
            taught_at = heading.start() if heading else len(text)
        target = f"#{anchor}" if page == home else f"{home.split('/')[-1]}.md#{anchor}"
        first_section = text.find("\n## ")  # the title, the intro that previews the page, "You need"
        for offset, paragraph in paragraphs(text):
            if offset < first_section or offset >= taught_at or paragraph.lstrip().startswith("#"):
                continue
            prose = NOT_PROSE.sub(" ", paragraph)
            if re.search(term, prose, re.IGNORECASE) and target not in paragraph:
                words = re.search(term, prose, re.IGNORECASE)[0]
                line = text.count("\n", 0, offset) + 1
                found.append(f"docs/{page}.md:{line}: '{words}' before it is taught; link {where.replace('#', '.md#')}")
    return found


def _slug(heading: str) -> str:
    return re.sub(r"[\s]+", "-", re.sub(r"[^\w\s-]", "", heading.lower())).strip("-")


@pytest.mark.parametrize("page", CHECKED)
def test_terms_are_taught_before_they_are_used_or_linked_where_used(page):
    problems = early_uses(page)
    assert not problems, "\n".join(problems)


def test_an_early_use_without_a_link_is_caught(tmp_path, monkeypatch):
    page = "linear_algebra/vectors"
    original = (ROOT / "docs" / f"{page}.md").read_text(encoding="utf-8")
    (tmp_path / "docs" / "linear_algebra").mkdir(parents=True)
    monkeypatch.setattr("tests.test_reading_order.ROOT", tmp_path)

    def hessian_problems(added: str) -> list[str]:
        (tmp_path / "docs" / f"{page}.md").write_text(f"{original}\n{added}\n", encoding="utf-8")
        return [p for p in early_uses(page) if "'Hessian'" in p]

    before = len(hessian_problems(""))
    assert len(hessian_problems("The Hessian of a loss is its curvature.")) == before + 1
    linked = "The [Hessian](../multivariable_calculus/gradients.md#hessian-matrix), the matrix of second derivatives."
    assert len(hessian_problems(linked)) == before
