"""The glossary: generated from the one-line summary that opens every concept section, so it
cannot drift; a section without one is an error naming the page and line."""

from __future__ import annotations

import re

import pytest

from harness.glossary import GlossaryError, concepts, entries
from tests.conftest import ROOT, WAITS_FOR_SITE

GOOD = """# Page

## Dot product

The dot product of two vectors is the sum of the products of their entries.
{ .summary }

**Intuition.** ...

## Worked example: not a concept

## Exercises
"""


def test_a_concept_section_opens_with_its_summary():
    (entry,) = concepts(GOOD, "docs/linear_algebra/vectors.md")
    assert (entry.term, entry.page, entry.anchor) == ("Dot product", "linear_algebra/vectors", "dot-product")
    assert entry.summary == "The dot product of two vectors is the sum of the products of their entries."


@pytest.mark.parametrize(
    "text",
    [
        GOOD.replace("{ .summary }\n", ""),  # no marker
        GOOD.replace("The dot product", "**Intuition.** first\n\nThe dot product"),  # not the first paragraph
        GOOD.replace("The dot product of two vectors is the sum of the products of their entries.\n", ""),  # empty
    ],
    ids=["no-marker", "not-first", "empty"],
)
def test_a_concept_section_without_its_summary_is_an_error_naming_page_and_line(text):
    with pytest.raises(GlossaryError, match=r"docs/linear_algebra/vectors.md:3: the concept section 'Dot product'"):
        concepts(text, "docs/linear_algebra/vectors.md")


def test_every_concept_of_the_site_has_a_summary():
    found = entries(ROOT / "docs", ROOT)  # raises naming the first section without one
    assert len(found) >= 80
    assert len({(e.page, e.anchor) for e in found}) == len(found)


@WAITS_FOR_SITE
def test_the_built_glossary_links_every_term_to_where_it_is_taught_with_a_preview(built_site):
    html = (built_site / "glossary" / "index.html").read_text(encoding="utf-8")
    for entry in entries(ROOT / "docs", ROOT):
        link = re.search(rf'<a [^>]*href="\.\./{entry.page}/#{entry.anchor}"[^>]*>', html)
        assert link, f"glossary: no link to {entry.page}#{entry.anchor}"
        assert "data-preview" in link[0], f"glossary: the link to {entry.term} has no hover preview"
        page = (built_site / entry.page / "index.html").read_text(encoding="utf-8")
        assert f'id="{entry.anchor}"' in page, f"{entry.page}: no section {entry.anchor}"
    assert "<math" in html and "{ .summary }" not in html
