"""A smaller search index. A browser fetches and parses the whole index on the main thread when
a page opens, which on a phone is the largest piece of work after the page itself. Left out:
the whole program behind each figure (its lesson part, shown above it, is indexed) and the
execution report (a table of every code block, which no reader searches)."""

from __future__ import annotations

import re

FIGURE_CODE = re.compile(r'<details class="note">\s*<summary>Code for the figure</summary>')


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri == "execution.md":
        page.meta["search"] = {"exclude": True}
    return markdown


def on_page_content(html, page, config, files):
    # The search plugin indexes the page after this (on_page_context) and skips an element that
    # carries data-search-exclude.
    return FIGURE_CODE.sub(lambda m: m[0].replace("<details ", "<details data-search-exclude ", 1), html)
