"""Fixes for what axe-core reports as serious in Material's own markup.

Material 9.8 gives its search dialog no accessible name. We add one to the built HTML; if a
Material upgrade changes that markup the build fails here, so the fix is never silently lost.
"""

from mkdocs.exceptions import PluginError

SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
NAMED_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog" aria-label="Search">'


def on_post_page(output, page, config):
    if SEARCH_DIALOG not in output:
        raise PluginError(f"{page.file.src_uri}: Material's search dialog markup changed: update this hook")
    return output.replace(SEARCH_DIALOG, NAMED_SEARCH_DIALOG)


def on_post_template(output_content, template_name, config):
    """404.html is a theme template, not a page; it carries the same search dialog."""
    if template_name == "404.html":
        return output_content.replace(SEARCH_DIALOG, NAMED_SEARCH_DIALOG)
    return output_content
