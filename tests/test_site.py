"""The strict build, and what the built HTML promises readers: typeset math, nothing from
outside the site."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(p.relative_to(ROOT / "docs").with_suffix("") for p in (ROOT / "docs").glob("*.md"))
# Where a browser would fetch something: src=, href= of <link>, url(...) in inline styles.
FETCHED = re.compile(r'<(?:script|img|iframe|source|audio|video)\b[^>]*\bsrc="([^"]+)"|<link\b[^>]*\bhref="([^"]+)"')


def page_html(site: Path, page: Path) -> str:
    path = site / "index.html" if page.name == "index" else site / page / "index.html"
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("page", PAGES, ids=[str(p) for p in PAGES])
def test_math_is_typeset_at_build_time(built_site, page):
    html = page_html(built_site, page)
    raw = re.findall(r'class="arithmatex">\s*\\[\(\[]', html)
    assert not raw, f"docs/{page}.md: {len(raw)} formulas left as raw TeX in the built page"


@pytest.mark.parametrize("page", PAGES, ids=[str(p) for p in PAGES])
def test_page_loads_nothing_from_outside_the_site(built_site, page):
    html = page_html(built_site, page)
    external = [
        url
        for pair in FETCHED.findall(html)
        for url in pair
        if url.startswith(("http:", "https:", "//")) and not _is_canonical(url, html)
    ]
    assert not external, f"docs/{page}.md: the built page fetches {external}"


def _is_canonical(url: str, html: str) -> bool:
    # <link rel="canonical"> names the page's own address; browsers do not fetch it.
    return f'<link rel="canonical" href="{url}"' in html
