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


# Material's script fetches the sitemap (for instant navigation) and the search index after the
# page has loaded: once both are in, the page has made every request it makes on its own.
SETTLED_JS = """() => {
  if (!document.querySelector('script[src*="javascripts/bundle"]')) return true;
  const fetched = performance.getEntriesByType('resource').map(e => e.name);
  return ['sitemap.xml', 'search/search_index.json'].every(f => fetched.some(n => n.endsWith(f)));
}"""


def visit(context, site: Site, page: str, figures: bool = True):
    """Open ``page``, recording requests that leave the site and errors in the console, and wait
    until it has made its requests; with ``figures``, every figure is loaded too (they load lazily)."""
    tab = context.new_page()
    tab.problems = []
    tab.on("request", lambda r: _outside(r.url, site) and tab.problems.append(f"request leaves the site: {r.url}"))
    tab.on("console", lambda m: m.type == "error" and tab.problems.append(f"console error: {m.text}"))
    tab.on("pageerror", lambda e: tab.problems.append(f"script error: {e}"))
    tab.goto(site.url(page))
    tab.wait_for_function(SETTLED_JS)
    if figures:
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


# What a copy button puts on the clipboard, as Material works it out (integrations/clipboard):
# the innerText of the button's code element while it carries data-md-copying, trimmed at the end.
COPY_TEXTS_JS = """() => Array.from(document.querySelectorAll('.md-content [data-clipboard-target]'), button => {
  const el = document.querySelector(button.getAttribute('data-clipboard-target'));
  el.setAttribute('data-md-copying', '');
  const copy = el.closest('[data-copy]');
  const text = copy ? copy.getAttribute('data-copy') : el.innerText;
  el.removeAttribute('data-md-copying');
  return text.trimEnd();
})"""


def copy_problems(tab, page: str) -> list[str]:
    """Each copy button copies exactly the code of one of the page's Python fences, and every fence
    can be copied. The code-block tests run each of those fences in a fresh namespace and hold it
    to the output the page shows, so what a reader copies runs and prints that. Every button's
    text is worked out as Material does; the first and the last button (in a collapsed block) are
    clicked, and the clipboard must hold that text. (Collapsed blocks are open and laid out.)"""
    texts = [text + "\n" for text in tab.evaluate(COPY_TEXTS_JS)]
    buttons = tab.locator(".md-content button.md-code__button[data-md-type='copy']")
    if not texts or buttons.count() != len(texts):
        return [f"{buttons.count()} copy buttons for {len(texts)} code blocks"]
    problems = []
    for index in (0, len(texts) - 1):
        button = buttons.nth(index)
        button.scroll_into_view_if_needed()
        button.locator("xpath=..").hover()  # Material shows the buttons of the block under the pointer
        button.click()
        clipboard = tab.evaluate("navigator.clipboard.readText()")
        if clipboard + "\n" != texts[index]:
            problems.append(f"copy button {index} copied {clipboard[:200]!r}")
    on_page = fences((ROOT / "docs" / f"{page.strip('/')}.md").read_text(encoding="utf-8"), ROOT)
    shown, tested = [f.code for f in on_page], [f.code for f in on_page if f.is_python]
    problems += [
        f"a copy button copies code that is no fence of the page: {text[:200]!r}" for text in texts if text not in shown
    ]
    problems += [
        f"no copy button copies the block starting {code.split(chr(10))[0]!r}" for code in tested if code not in texts
    ]
    return problems


def dark_palette_problems(tab, page: str) -> list[str]:
    """The palette toggle reaches the dark scheme, and every figure is inverted for it (a
    screenshot of the first figure in build/screenshots/ shows how it reads)."""
    scheme = tab.evaluate("document.body.getAttribute('data-md-color-scheme')")
    for _ in range(3):  # auto -> light -> dark: click until the dark scheme is on
        if scheme == "slate":
            break
        tab.locator("label.md-header__button[for^='__palette']:visible").click()
        scheme = tab.evaluate("document.body.getAttribute('data-md-color-scheme')")
    if scheme != "slate":
        return ["the palette toggle never switched to dark"]
    figures = tab.locator(".md-content img[src$='.svg']")
    filters = figures.evaluate_all("images => images.map(img => getComputedStyle(img).filter)")
    problems = [f"figure {i} is not adapted to the dark palette" for i, f in enumerate(filters) if "invert" not in f]
    if filters:  # show a figure in the screenshot, where legibility matters
        figures.first.scroll_into_view_if_needed()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SCREENSHOTS / f"{page.strip('/').replace('/', '-')}-dark.png"), full_page=False)
    return problems


@pytest.mark.parametrize("page", PAGES, ids=[p or "home" for p in PAGES])
def test_page_is_self_contained_typeset_loaded_accessible_and_fits(context, site, page):
    """One visit per page: requests, console, typeset math, images, axe-core, then layout; on a
    page of a chapter, its copy buttons and its figures in the dark palette too."""
    tab = visit(context, site, page)
    problems = page_problems(tab)
    tab.add_style_tag(content=LAY_OUT_ALL_CSS)  # axe judges what a reader sees once scrolled there
    problems += accessibility_problems(tab) + layout_problems(tab, page)  # layout opens every block
    if page.strip("/") in WITH_CODE:
        problems += copy_problems(tab, page) + dark_palette_problems(tab, page)
    assert not problems, f"{page or 'home'}: " + json.dumps(problems, indent=1)


def test_old_addresses_land_on_their_concept(context, site):
    """<chapter>/#<anchor> from before the chapters became sections ends on the page holding it:
    every address of tests/old_urls.txt, one after the other in one tab (figures, fonts and the
    search index are not fetched: landing needs the page and its script only)."""
    context.route(re.compile(r"\.(svg|woff2|png)$|search_index\.json$"), lambda route: route.abort())
    tab = context.new_page()
    landed = "old => location.pathname !== old && !!document.getElementById(location.hash.slice(1))"
    lost = []
    for old in OLD_URLS:
        tab.goto(site.url(old), wait_until="commit")
        try:
            tab.wait_for_function(landed, arg="/" + old.partition("#")[0], timeout=15_000)
        except Exception:
            lost.append(f"{old} ended at {tab.url}")
    tab.close()
    assert not lost, f"{len(lost)} of {len(OLD_URLS)} old addresses did not land on their concept: {lost}"


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
    # Material's instant navigation scrolls to the anchor itself (so :target does not change),
    # and the page may still lay out the blocks it passed: wait until the equation is on screen.
    in_view = """() => { const t = location.hash.startsWith('#eq-') && document.getElementById(location.hash.slice(1));
      const top = t && t.getBoundingClientRect().top; return t && top >= 0 && top < innerHeight; }"""
    try:
        tab.wait_for_function(in_view, timeout=15_000)
    except Exception:
        pytest.fail(f"{number}: the equation is not on screen after the click (address {tab.url})")
    shown = tab.evaluate("() => ({text: document.getElementById(location.hash.slice(1)).textContent})")
    assert number in shown["text"], f"the equation reached does not show {number}"
    tab.close()


def test_search_finds_a_concept(context, site):
    tab = visit(context, site, "")
    search = tab.locator(".md-search__input")
    search.click()
    search.press_sequentially("Hessian", delay=50)  # key events, as Material listens for them
    result = tab.locator(".md-search-result__item a").first
    result.wait_for(timeout=30_000)  # the index is built in a web worker on first use
    assert "multivariable_calculus/gradients/" in result.get_attribute("href")


def test_keyboard_reaches_search_and_copy_buttons(context, site):
    tab = visit(context, site, "linear_algebra/vectors/")
    reached = set()
    for _ in range(150):
        tab.keyboard.press("Tab")
        reached.add(tab.evaluate("document.activeElement.className || document.activeElement.tagName"))
        if any("md-search__input" in r for r in reached) and any("md-code__button" in r for r in reached):
            return
    pytest.fail(f"Tab never reached both the search box and a copy button; reached {sorted(reached)}")


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
