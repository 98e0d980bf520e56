"""Old addresses keep working: before the chapters became sections of pages, every concept lived
at <chapter>/#<anchor>. <chapter>/ is now the chapter's overview page, so this hook gives each
overview a tiny script that sends an anchor it does not have to the page that now holds it
(static: no server rules). Whole pages that moved are redirected by mkdocs-redirects (mkdocs.yml).
tests/test_browser.py opens every old address listed in tests/old_urls.txt.
"""

from __future__ import annotations

import json

MOVED = {  # anchors renamed when the chapters became sections of pages
    "calculus#exercise-2-probability-as-an-area": "integrals/#exercise-1-probability-as-an-area",
    "calculus#exercise-3-the-largest-stable-learning-rate": "taylor_and_newton/#exercise-1-the-largest-stable-learning-rate",
    "calculus#exercise-4-newton-heading-the-wrong-way": "taylor_and_newton/#exercise-2-newton-heading-the-wrong-way",
    "information_theory#exercise-2-information-gain-of-a-split": "mutual_information/#exercise-1-information-gain-of-a-split",
    "information_theory#exercise-3-cross-entropy-is-maximum-likelihood": "divergences/#exercise-1-cross-entropy-is-maximum-likelihood",
    "information_theory#exercise-4-softmax-temperature-and-entropy": "divergences/#exercise-2-softmax-temperature-and-entropy",
    "linear_algebra#exercise-2-solve-a-linear-system": "matrices/#exercise-1-solve-a-linear-system",
    "linear_algebra#exercise-3-power-iteration": "eigen/#exercise-1-power-iteration",
    "linear_algebra#worked-example-least-squares-and-pca": "least_squares/#worked-example-fitting-a-line-by-least-squares",
    "multivariable_calculus#exercise-4-backpropagation-on-a-batch": "backpropagation/#exercise-1-backpropagation-on-a-batch",
    "optimization#exercise-2-a-lagrange-multiplier-by-hand": "constrained/#exercise-1-a-lagrange-multiplier-by-hand",
    "optimization#exercise-3-projected-gradient-descent-on-a-box": "constrained/#exercise-2-projected-gradient-descent-on-a-box",
    "optimization#exercise-4-one-newton-step": "gradient_methods/#exercise-2-one-newton-step",
    "probability_statistics#exercise-2-maximum-likelihood-for-a-bernoulli": "estimation/#exercise-1-maximum-likelihood-for-a-bernoulli",
    "probability_statistics#exercise-3-standardise-features": "expectation/#exercise-1-standardise-features",
    "probability_statistics#exercise-4-independent-or-not": "probability/#exercise-2-independent-or-not",
}

_anchors: dict[str, dict[str, str]] = {}  # chapter -> {anchor: url relative to the chapter's overview}


def on_page_content(html, page, config, files):
    chapter, _, name = page.file.src_uri.partition("/")
    if name.endswith(".md") and name != "index.md":
        found = _anchors.setdefault(chapter, {})
        stack = list(page.toc.items)
        while stack:
            item = stack.pop()
            found.setdefault(item.id, f"{name.removesuffix('.md')}/#{item.id}")
            stack.extend(item.children)
    return html


def on_post_page(output, page, config):
    """Runs after every page's content is rendered, so the overview knows all its chapter's anchors."""
    chapter, _, name = page.file.src_uri.partition("/")
    if name != "index.md" or chapter not in _anchors:
        return output
    own = {item.id for item in page.toc.items}
    targets = {anchor: url for anchor, url in _anchors[chapter].items() if anchor not in own}
    targets.update({key.partition("#")[2]: url for key, url in MOVED.items() if key.startswith(f"{chapter}#")})
    script = (
        "<script>(function(){var m=" + json.dumps(targets, sort_keys=True, separators=(",", ":")) + ";"
        "var a=decodeURIComponent(location.hash.slice(1));if(m[a])location.replace(m[a]);})();</script>"
    )
    return output.replace("<head>", "<head>" + script, 1)
