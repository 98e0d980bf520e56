"""The book as PDF: the whole site in reading order, and one PDF per chapter, printed by Chromium
from the built pages, so the PDF shows exactly what readers see (typeset math, the figures, code
with its shown output). Exercises keep their solutions right after them, opened and titled
"Solution"; collapsed blocks print open.

The book is assembled in the browser (each page's article, fetched from the built site, with its
ids and links made unique to the book) and printed once. Its outline (PDF bookmarks, from the
headings) gives the page each part starts on; the title page and contents are then printed
again with those numbers and put in place of the first print's, which had a placeholder as wide
as a number. A chapter's PDF is its own title page and contents followed by the chapter's pages
of the book, which keep the book's page numbers.

    python -m harness.book build/site     # writes build/site/pdf/*.pdf (hooks/book.py does it in a build)
"""

from __future__ import annotations

import functools
import html
import http.server
import os
import re
import sys
import threading
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from harness.chromium import CHROMIUM, launch
from harness.pages import chapters, pages

ROOT = Path(__file__).resolve().parent.parent
BOOK = "mathematics-for-ml-dl"  # pdf/<BOOK>.pdf is the whole site; pdf/<chapter>.pdf a chapter
TITLE = "Mathematics for ML & DL"
SCALE = 0.78  # the site's own layout, shrunk: body text 9.4 pt, an 80-column code line fits the A4 width
PLACEHOLDER = "000"  # a page number in the first print, as wide as the real ones
FOOTER = (
    '<div style="font: 8pt sans-serif; width: 100%; text-align: center; color: #555;">'
    '<span class="pageNumber"></span></div>'
)
PRINT_CSS = """
@page { size: A4; margin: 16mm 15mm 18mm; }
body { margin: 0; background: #fff; }
.md-typeset * { content-visibility: visible !important; }
.md-typeset h1 { margin-top: 0; font-size: 1.6em; color: #000; }
section.part, nav.toc { break-before: page; }
.md-typeset h2 { break-after: avoid; }
.md-typeset pre > code { white-space: pre-wrap; overflow: visible; }
.md-typeset .highlight, .md-typeset figure, .md-typeset div.arithmatex, .md-typeset table { break-inside: avoid; }
.md-typeset div.arithmatex { overflow: visible; }
.md-typeset details > summary::after { display: none; }
.md-typeset figure img { max-height: 95mm; }
.md-typeset p.page-refs { display: none; }
.title-page { height: 250mm; display: flex; flex-direction: column; justify-content: center; }
.title-page h1 { font-size: 2.6em; }
.toc ol { list-style: none; padding: 0; margin: 0; }
.toc li { margin: 0.2em 0; display: flex; }
.toc .chapter { margin-top: 0.8em; font-weight: 700; }
.toc .page { margin-left: 1.5em; }
.toc .dots { flex: 1; border-bottom: 1px dotted #999; margin: 0 0.4em 0.3em; }
"""
# Runs in the skeleton page: fetches every part, keeps its article, and returns the images that
# did not load (a missing figure fails the print).
ASSEMBLE_JS = """async ({parts, siteUrl}) => {
  const inBook = new Set(parts.map(p => p.path));
  const pageId = path => path.replace(/\\/$/, '').replaceAll('/', '--');
  const book = document.querySelector('#book');
  for (const part of parts) {
    const base = new URL(part.path, location.origin + '/');
    const doc = new DOMParser().parseFromString(await (await fetch(base)).text(), 'text/html');
    const article = doc.querySelector('article.md-content__inner');
    article.querySelectorAll(
      'a.headerlink, .md-content__button, .md-source-file, .md-feedback, a.md-button, script'
    ).forEach(el => el.remove());
    article.querySelectorAll('details').forEach(el => el.open = true);
    const prefix = pageId(part.path);
    article.querySelectorAll('[id]').forEach(el => el.id = `${prefix}--${el.id}`);
    article.querySelector('h1').id = prefix;
    article.querySelectorAll('[src]').forEach(el => el.src = new URL(el.getAttribute('src'), base).href);
    article.querySelectorAll('img[loading]').forEach(img => img.removeAttribute('loading'));  // print every figure
    article.querySelectorAll('a[href]').forEach(a => {
      const url = new URL(a.getAttribute('href'), base);
      const path = url.pathname.replace(/^\\//, '').replace(/index\\.html$/, '');
      if (url.origin === location.origin && inBook.has(path)) {
        a.href = url.hash ? `#${pageId(path)}--${url.hash.slice(1)}` : `#${pageId(path)}`;
      } else if (url.origin === location.origin) {
        a.href = new URL(path + url.hash, siteUrl).href;
      }
    });
    const section = document.createElement('section');
    section.className = 'part';
    section.append(...article.childNodes);
    book.append(section);
  }
  const images = [...document.images];
  await Promise.all(images.map(img => img.decode().catch(() => null)));
  await document.fonts.ready;
  return images.filter(img => !img.naturalWidth).map(img => img.getAttribute('src'));
}"""


@dataclass(frozen=True)
class Part:
    """One page of the site in the book: its address under the site and its title."""

    path: str  # "linear_algebra/" or "linear_algebra/svd/"
    title: str
    chapter: bool  # a chapter's overview page, which opens the chapter


def parts(site: Path, chapter: str | None = None) -> list[Part]:
    """The pages of the book (or of one chapter), in reading order."""
    docs = ROOT / "docs"
    found = []
    for name in chapters(docs, ROOT):
        if chapter in (None, name):
            found.append(Part(f"{name}/", _title(site, f"{name}/"), True))
            found += [
                Part(f"{p}/", _title(site, f"{p}/"), False) for p in pages(docs, ROOT) if p.startswith(name + "/")
            ]
    return found


def _title(site: Path, path: str) -> str:
    page = (site / path / "index.html").read_text(encoding="utf-8")
    heading = re.search(r"<article[^>]*>.*?<h1[^>]*>(.*?)</h1>", page, re.S)[1]
    return html.unescape(re.sub(r"<a [^>]*headerlink.*?</a>|<[^>]+>", "", heading, flags=re.S)).strip()


def skeleton(site: Path, title: str, body: str) -> str:
    """A printable HTML page with the site's stylesheets, ``body`` inside Material's typeset block."""
    sample = (site / "index.html").read_text(encoding="utf-8")
    styles = "".join(
        f'<link rel="stylesheet" href="/{href}">'
        for href in re.findall(r'<link rel="stylesheet" href="([^"]+)"', sample)
    )
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"{styles}<style>{PRINT_CSS}</style></head>"
        '<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="indigo" data-md-color-accent="indigo">'
        f'<div class="md-typeset">{body}</div></body></html>'
    )


def front_matter(title: str, book_parts: list[Part], numbers: dict[str, str]) -> str:
    """The title page and the contents, each part with its page number from ``numbers``."""
    entries = "".join(
        f'<li class="{"chapter" if part.chapter else "page"}"><span>{html.escape(part.title)}</span>'
        f'<span class="dots"></span><span>{numbers.get(part.title, PLACEHOLDER)}</span></li>'
        for part in book_parts
    )
    return (
        f'<section class="title-page"><h1>{html.escape(title)}</h1>'
        "<p>The mathematics behind machine learning and deep learning, with runnable, tested code for every"
        " concept. Every output and figure in this book was produced by the code printed beside it.</p></section>"
        f'<nav class="toc"><h1>Contents</h1><ol>{entries}</ol></nav>'
    )


class _Server:
    """The built site on 127.0.0.1, so the printed pages load as they do on the web."""

    def __init__(self, site: Path) -> None:
        handler = functools.partial(_QuietHandler, directory=str(site))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def print_pdf(
    browser, server: _Server, site: Path, page: str, *, numbered: bool, assemble: dict | None = None
) -> bytes:
    """``page`` (HTML text) printed to PDF by Chromium: A4, page numbers in the footer, headings
    as bookmarks, tagged for screen readers. With ``assemble``, the book's parts are put in first."""
    where = site / "pdf" / ".print.html"
    where.parent.mkdir(parents=True, exist_ok=True)
    where.write_text(page, encoding="utf-8")
    tab = browser.new_page()
    try:
        tab.goto(f"{server.origin}/pdf/.print.html", wait_until="load")
        if assemble:
            broken = tab.evaluate(ASSEMBLE_JS, assemble)
            if broken:
                raise RuntimeError(f"the book is missing figures: {broken}")
        tab.evaluate("document.fonts.ready")
        return tab.pdf(
            format="A4",
            print_background=True,
            display_header_footer=numbered,
            header_template="<span></span>",
            footer_template=FOOTER,
            margin={"top": "16mm", "bottom": "18mm", "left": "15mm", "right": "15mm"},
            outline=True,
            tagged=True,
            scale=SCALE,
        )
    finally:
        tab.close()
        where.unlink()


@dataclass
class Mark:
    """A bookmark of the PDF: a heading, the page it is on (0-based) and the headings under it."""

    title: str
    page: int
    children: list[Mark]


def outline(pdf: bytes) -> list[Mark]:
    """The PDF's bookmarks, which Chromium makes from the headings."""
    from pypdf import PdfReader

    reader = PdfReader(BytesIO(pdf))

    def marks(items) -> list[Mark]:
        found: list[Mark] = []
        for item in items:
            if isinstance(item, list):
                found[-1].children = marks(item)
            else:
                found.append(Mark(_clean(item.title), reader.get_destination_page_number(item), []))
        return found

    return marks(reader.outline)


def _clean(title: str) -> str:
    # Chromium 156 writes the text of some headings twice ("CalculusCalculus").
    title = title.strip()
    half = len(title) // 2
    return title[:half] if len(title) % 2 == 0 and title[:half] == title[half:] else title


def page_numbers(marks: list[Mark]) -> dict[str, str]:
    """The page number of each top-level heading: the title page, the contents and every part."""
    return {mark.title: str(mark.page + 1) for mark in reversed(marks)}


def write_books(site: Path, site_url: str) -> list[Path]:
    """pdf/<BOOK>.pdf (the whole site) and pdf/<chapter>.pdf, under ``site``."""
    from playwright.sync_api import sync_playwright
    from pypdf import PdfReader, PdfWriter

    if not Path(CHROMIUM).exists():
        raise SystemExit(f"the PDF is printed by Chromium, not found at {CHROMIUM}: apt-get install chromium")
    out = site / "pdf"
    every = parts(site)
    server = _Server(site)
    written = []
    try:
        with sync_playwright() as playwright:
            browser = launch(playwright)
            book_page = skeleton(site, TITLE, front_matter(TITLE, every, {}) + '<div id="book"></div>')
            assemble = {"parts": [{"path": part.path} for part in every], "siteUrl": site_url.rstrip("/") + "/"}
            body = print_pdf(browser, server, site, book_page, numbered=True, assemble=assemble)
            marks = outline(body)
            numbers = page_numbers(marks)
            missing = [part.title for part in every if part.title not in numbers]
            if missing:
                raise RuntimeError(f"{BOOK}.pdf: the outline has no entry for {missing}")
            body_reader = PdfReader(BytesIO(body))
            starts = [int(numbers[part.title]) - 1 for part in every]  # 0-based first page of each part

            def write(name: str, title: str, book_parts: list[Part], numbered: bool) -> Path:
                front_page = skeleton(site, title, front_matter(title, book_parts, numbers))
                front = PdfReader(BytesIO(print_pdf(browser, server, site, front_page, numbered=numbered)))
                first = every.index(book_parts[0])
                after = every.index(book_parts[-1]) + 1
                start = starts[first]
                end = starts[after] if after < len(every) else len(body_reader.pages)
                if name == BOOK and len(front.pages) != start:
                    raise RuntimeError(f"{name}.pdf: title and contents took {len(front.pages)} pages, not {start}")
                writer = PdfWriter()
                writer.append(front, import_outline=False)
                writer.append(body_reader, pages=(start, end), import_outline=False)
                # Bookmarks: the contents, then each part with its sections (Chromium's, cleaned).
                writer.add_outline_item("Contents", min(1, len(front.pages) - 1))
                shift = len(front.pages) - start
                for mark in marks:
                    if start <= mark.page < end:
                        parent = writer.add_outline_item(mark.title, mark.page + shift)
                        for child in mark.children:
                            writer.add_outline_item(child.title, child.page + shift, parent=parent)
                writer.add_metadata({"/Title": title})
                path = out / f"{name}.pdf"
                with path.open("wb") as f:
                    writer.write(f)
                return path

            written.append(write(BOOK, TITLE, every, True))
            for chapter in chapters(ROOT / "docs", ROOT):
                chapter_parts = [part for part in every if part.path.startswith(f"{chapter}/")]
                written.append(write(chapter, f"{TITLE}: {chapter_parts[0].title}", chapter_parts, False))
            browser.close()
    finally:
        server.close()
    return written


if __name__ == "__main__":
    site = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "build" / "site")
    for path in write_books(site, os.environ.get("SITE_URL", "http://127.0.0.1:8000/")):
        print(f"{path}: {path.stat().st_size / 1e6:.1f} MB")
