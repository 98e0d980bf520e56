"""The book as PDF (hooks/book.py prints it after `make build`; a test run prints it beside the
browser tests): the whole site and one PDF a chapter, opened with pypdf and checked for what a
reader of paper needs."""

from __future__ import annotations

import re
import unicodedata

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from harness.book import BOOK, parts
from harness.equations import registry
from harness.pages import chapters
from tests.conftest import ROOT, WAITS_FOR_SITE

pytestmark = WAITS_FOR_SITE
# What a formula left untypeset, or a reference left unresolved, would print. (Code may hold TeX
# in matplotlib labels, "$\\mathbf{y}$", so single commands are not a sign.)
RAW_TEX = re.compile(r"\$\$|\\\[|\\\(|\\begin\{aligned\}|\\(?:tag|label|eqref)\{")


@pytest.fixture(scope="module")
def book(built_book):
    path = built_book / f"{BOOK}.pdf"
    # The text of each page, read by PDFium (pypdf takes half a minute for the book's 500 pages);
    # NFKC undoes the print's ligatures ("ﬁ" for "fi").
    document = pdfium.PdfDocument(path)
    texts = [unicodedata.normalize("NFKC", page.get_textpage().get_text_range()) for page in document]
    document.close()
    return PdfReader(path), texts


def outline_titles(reader: PdfReader) -> list[str]:
    titles = []

    def walk(items) -> None:
        for item in items:
            walk(item) if isinstance(item, list) else titles.append(item.title.strip())

    walk(reader.outline)
    return titles


def test_the_book_has_a_title_page_contents_with_page_numbers_and_every_page_in_order(book, built_site):
    reader, texts = book
    every = parts(built_site)
    assert len(reader.pages) > 10 * len(every), f"only {len(reader.pages)} pages for {len(every)} site pages"
    assert "Mathematics for ML & DL" in texts[0]
    titles = outline_titles(reader)
    positions = [titles.index(part.title) for part in every]  # every chapter and page is a bookmark
    assert positions == sorted(positions), "the parts are not in reading order"
    contents = "\n".join(texts[1:4])
    for part in every:
        # The contents line of a part ends with the page it starts on, and that page shows its title.
        line = re.search(rf"{re.escape(part.title)}\s*\.*\s*(\d+)", contents)
        assert line, f"contents: no line for {part.title!r}"
        start = texts[int(line[1]) - 1]
        assert part.title.split(",")[0] in start, f"{part.title!r}: not on page {line[1]}"


def test_the_book_has_typeset_math_numbered_equations_solutions_and_figures(book, built_site):
    reader, texts = book
    raw = [(number + 1, m[0]) for number, text in enumerate(texts) for m in [RAW_TEX.search(text)] if m]
    assert not raw, f"raw TeX on pages {raw[:10]}"
    text = "\n".join(texts)
    numbers = {e.number for e in registry(ROOT / "docs", ROOT).values()}
    shown = {n for n in numbers if f"({n})" in text}
    assert shown == numbers, f"equation numbers missing from the PDF: {sorted(numbers - shown)[:10]}"
    assert text.count("Solution") >= 2 * len(chapters(ROOT / "docs", ROOT)), "solutions are not printed"
    assert "# >" in text, "code with its shown output is missing"
    # Every figure is printed with its caption (a figure that does not load fails the print itself).
    flat = re.sub(r"\s+", " ", text)
    for part in parts(built_site):
        html = (built_site / part.path / "index.html").read_text(encoding="utf-8")
        for caption in re.findall(r"<figcaption[^>]*>(.*?)</figcaption>", html, re.S):
            words = re.split(r"<span class=\"arithmatex", caption)[0]  # the words before any math
            words = " ".join(re.sub(r"<[^>]+>", "", words).split()[:4])
            assert len(words) < 12 or words in flat, f"{part.path}: the figure captioned {words!r} is not in the PDF"


@pytest.mark.parametrize("chapter", chapters(ROOT / "docs", ROOT))
def test_each_chapter_pdf_holds_its_chapter_and_is_linked_from_its_overview(built_book, built_site, chapter):
    reader = PdfReader(built_book / f"{chapter}.pdf")
    titles = outline_titles(reader)
    for part in parts(built_site, chapter):
        assert part.title in titles, f"{chapter}.pdf: no {part.title!r}"
    others = [p.title for c in chapters(ROOT / "docs", ROOT) if c != chapter for p in parts(built_site, c)[:1]]
    assert not set(others) & set(titles), f"{chapter}.pdf holds other chapters"
    overview = (built_site / chapter / "index.html").read_text(encoding="utf-8")
    assert f'href="../pdf/{chapter}.pdf"' in overview, f"{chapter}/: no link to its PDF"
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert f'href="pdf/{chapter}.pdf"' in home and f'href="pdf/{BOOK}.pdf"' in home
