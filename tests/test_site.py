"""The strict build, and what the built HTML promises readers: typeset math, nothing from
outside the site."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from harness.pages import fences, pages
from tests.conftest import WAITS_FOR_SITE

pytestmark = WAITS_FOR_SITE

ROOT = Path(__file__).resolve().parent.parent
WITH_CODE = pages(ROOT / "docs", ROOT)
NOTEBOOKS = [Path("notebooks") / page for page in WITH_CODE]
PAGES = sorted(p.relative_to(ROOT / "docs").with_suffix("") for p in (ROOT / "docs").rglob("*.md")) + NOTEBOOKS
# Where a browser would fetch something: src=, href= of <link>, url(...) in inline styles.
FETCHED = re.compile(r'<(?:script|img|iframe|source|audio|video)\b[^>]*\bsrc="([^"]+)"|<link\b[^>]*\bhref="([^"]+)"')


def page_html(site: Path, page: Path) -> str:
    path = site / page.parent / "index.html" if page.name == "index" else site / page / "index.html"
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("page", PAGES, ids=[str(p) for p in PAGES])
def test_math_is_typeset_at_build_time(built_site, page):
    html = page_html(built_site, page)
    raw = re.findall(r'class="arithmatex">\s*\\[\(\[]', html)
    raw += [cell for cell in re.findall(r'data-mime-type="text/markdown">(.*?)</div>', html, re.DOTALL) if "$" in cell]
    assert not raw, f"{page}: {len(raw)} formulas left as raw TeX in the built page"


@pytest.mark.parametrize("page", PAGES, ids=[str(p) for p in PAGES])
def test_page_loads_nothing_from_outside_the_site(built_site, page):
    html = page_html(built_site, page)
    external = [
        url
        for pair in FETCHED.findall(html)
        for url in pair
        if url.startswith(("http:", "https:", "//")) and not _is_canonical(url, html)
    ]
    assert not external, f"{page}: the built page fetches {external}"
    assert "cdnjs" not in html and "mathjax" not in html.lower(), f"{page}: a CDN script or MathJax remains"


@pytest.mark.parametrize("page", WITH_CODE)
def test_each_page_links_to_its_notebook_which_downloads(built_site, page):
    html, stem = page_html(built_site, Path(page)), page.split("/")[-1]
    assert f'href="../../notebooks/{page}/"' in html, f"{page}: no link to its notebook page"
    assert f'href="../../notebooks/{page}/{stem}.ipynb" download' in html
    notebook_page = page_html(built_site, Path("notebooks") / page)
    assert f'<a href="{stem}.ipynb" download' in notebook_page, f"notebooks/{page}: no download button"
    assert (built_site / "notebooks" / page / f"{stem}.ipynb").is_file()


def _is_canonical(url: str, html: str) -> bool:
    # <link rel="canonical"> names the page's own address; browsers do not fetch it.
    return f'<link rel="canonical" href="{url}"' in html


def test_execution_report_lists_every_code_block_with_its_run_time(built_site):
    html = page_html(built_site, Path("execution"))
    blocks = [f for page in WITH_CODE for f in fences((ROOT / "docs" / f"{page}.md").read_text(), ROOT) if f.snippet]
    assert f"<strong>{len(blocks)} code blocks on {len(WITH_CODE)} pages" in html
    timed = re.findall(r"<td[^>]*>(\d+\.\d\d) s</td>", html)
    assert len(timed) == sum(1 for f in blocks if not f.section), "a block without its run time"


@pytest.mark.parametrize("page", PAGES, ids=[str(p) for p in PAGES])
def test_every_page_links_to_notation_glossary_and_the_pdf(built_site, built_book, page):
    html = page_html(built_site, page)
    if page != Path("notation"):
        assert re.search(r'<a href="(?:\.\./)*notation/"', html), f"{page}: no link to the Notation page"
    assert re.search(r'<a href="(?:\.\./)*glossary/"', html), f"{page}: no link to the Glossary"
    for target in re.findall(r'href="([^"]+\.pdf)"', html):
        base = page.parent if page.name == "index" else page
        path = (built_site / base / target).resolve()
        assert path.is_file(), f"{page}: the link {target} leads to no PDF"
