"""The built site in a real browser (Debian's Chromium, driven by Playwright): what a reader gets.

Each check returns the problems it finds on one page, so the same checks run against the real
site and, in test_checks_catch_a_broken_page, against a deliberately broken one.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from harness.chromium import CHROMIUM, launch
from harness.pages import chapters, fences, pages
from tests.conftest import PHONE_REPORT, ROOT, WAITS_FOR_SITE, Site

# The first browser test also waits for the run's site build (notebooks executed cold).
pytestmark = [pytest.mark.browser, WAITS_FOR_SITE]

SCREENSHOTS = ROOT / "build" / "screenshots"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHAPTERS = chapters(ROOT / "docs", ROOT)
WITH_CODE = pages(ROOT / "docs", ROOT)
PAGES = (
    ["", "notation/", "glossary/", "execution/", "versions/"]
    + [f"{chapter}/" for chapter in CHAPTERS]
    + [f"{page}/" for page in WITH_CODE]
)
PAGES += [f"notebooks/{page}/" for page in WITH_CODE] + ["404.html"]
OLD_URLS = [line for line in (ROOT / "tests" / "old_urls.txt").read_text().splitlines() if not line.startswith("#")]
PHONE, DESKTOP = {"width": 390, "height": 844}, {"width": 1280, "height": 900}
MIN_ADMONITION_PX = 14

# Text nodes outside code and MathML that still look like TeX: the formula was not typeset.
RAW_TEX_JS = r"""() => {
  const walker = document.createTreeWalker(document.querySelector('.md-content') || document.body,
                                           NodeFilter.SHOW_TEXT);
  const raw = [];
  const tex = /\\\(|\\\[|\$\$|\$[^$\s][^$]*\$|\\(frac|mathbf|sum|begin)\b/;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest('pre, code, script, style, math, .highlight, .clipboard-copy-txt')) continue;
    if (tex.test(node.textContent)) raw.push(node.textContent.trim().slice(0, 60));
  }
  return raw;
}"""
BROKEN_IMAGES_JS = """() => Array.from(document.images)
  .filter(img => img.naturalWidth === 0).map(img => img.getAttribute('src').slice(0, 80))"""
# Figures load lazily (hooks/images.py): ask for all of them, then wait until each has settled.
LOAD_IMAGES_JS = "() => document.querySelectorAll('img[loading=lazy]').forEach(img => { img.loading = 'eager'; })"
IMAGES_SETTLED_JS = "() => Array.from(document.images).every(img => img.complete)"
# Blocks far off screen are not laid out (content-visibility, extra.css); measuring a page's
# layout means laying all of it out, as it is when the reader scrolls there.
LAY_OUT_ALL_CSS = "* { content-visibility: visible !important; }"
# Display formulas and code blocks wider than their box: what they are, and whether the scroll cue
# (the shadow extra.css draws at a cut edge) is on them.
OVERFLOW_JS = r"""() => Array.from(document.querySelectorAll(
    '.md-content div.arithmatex, .md-content pre > code, .jp-Cell .highlight pre'))
  .filter(el => el.scrollWidth > el.clientWidth + 1 && el.getClientRects().length)
  .map(el => ({
    what: el.closest('.highlight') && el.closest('.highlight').querySelector('.filename')
      ? el.closest('.highlight').querySelector('.filename').textContent.trim()
      : (el.querySelector('annotation') || el).textContent.trim().replace(/\s+/g, ' ').slice(0, 70),
    cue: getComputedStyle(el).backgroundImage.includes('radial-gradient'),
  }))"""
ADMONITION_TEXT_JS = """() => Array.from(document.querySelectorAll(
    '.md-typeset .admonition p, .md-typeset details p, .md-typeset .admonition code, .md-typeset details code'))
  .map(el => parseFloat(getComputedStyle(el).fontSize))"""


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"no browser at {CHROMIUM}: install Debian's chromium package (.ci/run does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture
def context(browser, site, built_site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.origin)
    yield context
    context.close()


def visit(context, site: Site, page: str, wait_until: str = "networkidle"):
    """Open ``page``, recording requests that leave the site and errors in the console. The
    full check of a page waits for the network to go quiet, so that every request is seen."""
    tab = context.new_page()
    tab.problems = []
    tab.on("request", lambda r: _outside(r.url, site) and tab.problems.append(f"request leaves the site: {r.url}"))
    tab.on("console", lambda m: m.type == "error" and tab.problems.append(f"console error: {m.text}"))
    tab.on("pageerror", lambda e: tab.problems.append(f"script error: {e}"))
    tab.goto(site.url(page), wait_until=wait_until)
    tab.evaluate(LOAD_IMAGES_JS)
    tab.wait_for_function(IMAGES_SETTLED_JS)  # conditions, never a sleep
    tab.evaluate("document.fonts.ready")  # a late font would still move the layout
    return tab


def _outside(url: str, site: Site) -> bool:
    return not url.startswith((site.origin + "/", "data:", "blob:", "about:"))


def page_problems(tab) -> list[str]:
    """Everything a reader would notice on the open page: leaks, errors, raw TeX, broken images."""
    tab.evaluate(LOAD_IMAGES_JS)  # a preview may have brought in figures since the page loaded
    tab.wait_for_function(IMAGES_SETTLED_JS)
    problems = list(tab.problems)
    problems += [f"formula not typeset: {text!r}" for text in tab.evaluate(RAW_TEX_JS)]
    problems += [f"image does not load: {src}" for src in tab.evaluate(BROKEN_IMAGES_JS)]
    return problems


def accessibility_problems(tab) -> list[str]:
    tab.add_script_tag(path=str(AXE))
    result = tab.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"axe {v['impact']}: {v['id']} ({v['help']}) at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def layout_problems(tab, page: str) -> list[str]:
    """At 1280 px nothing overflows; at 390 px every overflow shows the scroll cue; admonition
    text and code are at least 14 px. Collapsed blocks are opened first: a reader opens them."""
    tab.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    problems = [f"overflows at 1280 px: {o['what']!r}" for o in tab.evaluate(OVERFLOW_JS)]
    sizes = tab.evaluate(ADMONITION_TEXT_JS)
    problems += [f"admonition text at {min(sizes)} px" for _ in sizes[:1] if min(sizes) < MIN_ADMONITION_PX]
    tab.set_viewport_size(PHONE)
    tab.wait_for_function("() => window.innerWidth === 390")
    phone = tab.evaluate(OVERFLOW_JS)
    problems += [f"scrolls at 390 px without a cue: {o['what']!r}" for o in phone if not o["cue"]]
    _report_phone_overflows(page, len(phone))
    tab.set_viewport_size(DESKTOP)
    return problems


def _report_phone_overflows(page: str, count: int) -> None:
    """How many formulas and code blocks scroll (with a cue) at 390 px: one file a page (workers
    write in parallel); conftest prints the total."""
    PHONE_REPORT.mkdir(parents=True, exist_ok=True)
    (PHONE_REPORT / f"{(page or 'home').strip('/').replace('/', '-')}.txt").write_text(str(count))


@pytest.mark.parametrize("page", PAGES, ids=[p or "home" for p in PAGES])
def test_page_is_self_contained_typeset_loaded_accessible_and_fits(context, site, page):
    """One visit per page: requests, console, typeset math, images, axe-core, then layout."""
    tab = visit(context, site, page)
    problems = page_problems(tab)
    tab.add_style_tag(content=LAY_OUT_ALL_CSS)  # axe judges what a reader sees once scrolled there
    problems += accessibility_problems(tab) + layout_problems(tab, page)
    assert not problems, f"{page or 'home'}: " + json.dumps(problems, indent=1)


@pytest.mark.parametrize("old", OLD_URLS)
def test_old_addresses_land_on_their_concept(context, site, old):
    """<chapter>/#<anchor> from before the chapters became sections ends on the page holding it."""
    tab = context.new_page()
    tab.goto(site.url(old), wait_until="domcontentloaded")
    landed = "() => location.pathname !== arguments_0 && !!document.getElementById(location.hash.slice(1))"
    try:
        tab.wait_for_function(landed.replace("arguments_0", json.dumps("/" + old.partition("#")[0])), timeout=15_000)
    except Exception:
        pytest.fail(f"{old} did not land on its concept; it ended at {tab.url}")
    finally:
        tab.close()


def test_instant_navigation_keeps_math_and_figures(context, site):
    tab = visit(context, site, "")
    tab.evaluate("window.__stillHere = true")  # gone if the browser did a full page load
    for page in WITH_CODE:
        tab.evaluate(f"document.querySelector('nav.md-nav--primary a[href$=\"{page}/\"]').click()")
        tab.wait_for_url(f"**/{page}/")
        # Instant navigation changes the address before it swaps the content: wait for the new
        # page's title, then for its images. Conditions, never time.
        title = (ROOT / "docs" / f"{page}.md").read_text(encoding="utf-8").split("\n", 1)[0].lstrip("# ")
        tab.wait_for_function("t => document.querySelector('.md-content h1')?.textContent.startsWith(t)", arg=title)
        tab.evaluate(LOAD_IMAGES_JS)
        tab.wait_for_function(IMAGES_SETTLED_JS)
        assert tab.evaluate("window.__stillHere === true"), f"{page}: navigation reloaded the page"
        assert tab.locator(".md-content math").count() > 0, f"{page}: no typeset math after navigation"
        assert page_problems(tab) == [], f"{page}: {page_problems(tab)}"


def test_hover_previews_a_glossary_term_and_a_cross_page_link_on_desktop(context, site):
    for page, selector in [
        ("glossary/", ".md-content dl a[data-preview]"),
        ("linear_algebra/least_squares/", ".md-content .admonition.info a[data-preview][href*='vectors/#']"),
    ]:
        tab = visit(context, site, page)
        link = tab.locator(selector).first
        term = link.text_content().strip()
        link.hover()
        # The preview is the linked section of the other page, fetched and shown in a tooltip:
        # its heading, then the concept's one-line summary.
        tab.wait_for_function("() => document.querySelector('.md-tooltip2--active p.summary')")
        heading = tab.evaluate(
            "() => document.querySelector('.md-tooltip2--active :is(h1, h2, h3, h4)').textContent.replace('¶', '')"
        ).strip()
        if page == "glossary/":
            assert heading == term, f"glossary: hovering {term!r} previews {heading!r}"
        assert heading, f"{page}: the preview of {term!r} has no heading"
        assert page_problems(tab) == [], f"{page}: {page_problems(tab)}"
        tab.close()


def test_an_equation_reference_leads_to_its_numbered_equation(context, site):
    tab = visit(context, site, "linear_algebra/svd/")
    link = tab.locator(".md-content a[href*='svd/#eq-']").first  # Material makes links absolute
    number = link.text_content()
    assert re.fullmatch(r"\(LA\.\d+\)", number), number
    # A click at the link's coordinates can miss it while a busy page still moves (seen under
    # load); what is tested here is where the reference leads, so the link itself is clicked.
    link.evaluate("a => a.click()")
    # Material's instant navigation scrolls to the anchor itself (so :target does not change).
    tab.wait_for_function("() => location.hash.startsWith('#eq-')")
    shown = tab.evaluate(
        """() => { const t = document.getElementById(location.hash.slice(1)); const r = t.getBoundingClientRect();
        return {inView: r.top >= 0 && r.top < innerHeight, text: t.textContent}; }"""
    )
    assert shown["inView"], f"{number}: the equation is not on screen after the click"
    assert number in shown["text"], f"the equation reached does not show {number}"
    tab.close()


@pytest.mark.parametrize("page", WITH_CODE)
def test_copy_buttons_copy_code_that_runs_and_prints_what_the_page_shows(context, site, page):
    """Each copy button copies exactly the code of one of the page's Python fences, and every fence
    can be copied. The code-block tests run each of those fences in a fresh namespace and hold it
    to the output the page shows, so what a reader copies runs and prints that."""
    tab = visit(context, site, f"{page}/", wait_until="load")
    tab.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")  # as a reader does
    tab.add_style_tag(content=LAY_OUT_ALL_CSS)  # innerText is empty in a block not yet laid out
    copied = []
    for block in tab.locator(".md-content .highlight").all():
        if not block.locator("code").inner_text().strip():
            continue
        block.scroll_into_view_if_needed()
        block.hover()
        block.locator("button.md-code__button[data-md-type='copy']").click()
        copied.append(tab.evaluate("navigator.clipboard.readText()").rstrip("\n") + "\n")
    tab.close()
    assert copied, f"{page}: no copy buttons found"
    on_page = fences((ROOT / "docs" / f"{page}.md").read_text(encoding="utf-8"), ROOT)
    shown, tested = [f.code for f in on_page], [f.code for f in on_page if f.is_python]
    strangers = [text[:200] for text in copied if text not in shown]
    assert not strangers, f"{page}: a copy button copies code that is not a fence of the page: {strangers}"
    missed = [code.split("\n", 1)[0] for code in tested if code not in copied]
    assert not missed, f"{page}: no copy button copies the blocks starting {missed}"


def test_search_finds_a_concept(context, site):
    tab = visit(context, site, "", wait_until="load")
    search = tab.locator(".md-search__input")
    search.click()
    search.press_sequentially("Hessian", delay=50)  # key events, as Material listens for them
    result = tab.locator(".md-search-result__item a").first
    result.wait_for(timeout=30_000)  # the index is built in a web worker on first use
    assert "multivariable_calculus/gradients/" in result.get_attribute("href")


def test_keyboard_reaches_search_and_copy_buttons(context, site):
    tab = visit(context, site, "linear_algebra/vectors/", wait_until="load")
    reached = set()
    for _ in range(150):
        tab.keyboard.press("Tab")
        reached.add(tab.evaluate("document.activeElement.className || document.activeElement.tagName"))
        if any("md-search__input" in r for r in reached) and any("md-code__button" in r for r in reached):
            return
    pytest.fail(f"Tab never reached both the search box and a copy button; reached {sorted(reached)}")


def test_dark_palette_toggle_inverts_figures(context, site):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for chapter in WITH_CODE:
        tab = visit(context, site, f"{chapter}/", wait_until="load")
        scheme = tab.evaluate("document.body.getAttribute('data-md-color-scheme')")
        for _ in range(3):  # auto -> light -> dark: click until the dark scheme is on
            if scheme == "slate":
                break
            tab.locator("label.md-header__button[for^='__palette']:visible").click()
            scheme = tab.evaluate("document.body.getAttribute('data-md-color-scheme')")
        assert scheme == "slate", f"{chapter}: the palette toggle never switched to dark"
        figures = tab.locator(".md-content img[src$='.svg']")
        for i in range(figures.count()):
            fig_filter = figures.nth(i).evaluate("img => getComputedStyle(img).filter")
            assert "invert" in fig_filter, f"{chapter}: figure {i} is not adapted to the dark palette"
        if figures.count():  # show a figure in the screenshot, where legibility matters
            figures.first.scroll_into_view_if_needed()
        tab.screenshot(path=str(SCREENSHOTS / f"{chapter.replace('/', '-')}-dark.png"), full_page=False)
        tab.close()


BROKEN_PAGE = """<!doctype html><html lang="en"><head><title>Broken</title>
<script src="https://cdn.example.invalid/lib.js"></script></head>
<body><main class="md-content"><p>Raw math: $x^2$ and \\(y\\).</p>
<img src="missing.svg" alt="a figure that is not there">
<script>console.error("boom")</script></main></body></html>"""


def test_checks_catch_a_broken_page(browser, tmp_path):
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "index.html").write_text(BROKEN_PAGE)
    served = Site(tmp_path)
    context = browser.new_context()
    try:
        problems = page_problems(visit(context, served, "broken/"))
    finally:
        context.close()
        served.close()
    text = "\n".join(problems)
    assert "request leaves the site: https://cdn.example.invalid/lib.js" in text
    assert "console error: boom" in text
    assert "formula not typeset: 'Raw math: $x^2$ and \\\\(y\\\\).'" in text
    assert "image does not load: missing.svg" in text


def test_browser_is_the_one_ci_installs():
    assert shutil.which(CHROMIUM) or Path(CHROMIUM).exists(), f"{CHROMIUM} missing"
