"""Figures: the SVG a snippet's ``plt.show()`` draws lives next to its page.

``snippets/<chapter>/<page>/<concept>.py`` draws ``docs/<chapter>/<page>/<concept>.svg``; the
page that shows the snippet must embed that file with alt text that says what it shows.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

import resvg_py
from matplotlib.testing.compare import compare_images

IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)")
MIN_ALT_WORDS = 4
# Two SVGs show the same figure when their renders agree (matplotlib's compare_images, RMS of
# pixel values 0-255). Last-digit coordinate noise from another CPU's BLAS or SIMD renders to the
# same pixels; a marker moved by one pixel gives an RMS of about 1.5.
DPI = 192.0
RMS_TOLERANCE = 0.25
DIFFS = PurePosixPath("build") / "figure-diffs"
# A figure is downloaded by every reader who scrolls to it, on a phone too: plot what the eye can
# tell apart (a few hundred points on a curve), not every sample.
MAX_BYTES = 600_000


class FigureDrift(AssertionError):
    """A committed figure is not what its snippet draws now, or the page does not show it."""


def figure_path(snippet: str) -> PurePosixPath:
    return PurePosixPath("docs") / PurePosixPath(snippet).relative_to("snippets").with_suffix(".svg")


def check(page: Path, snippet: str, drawn: list[bytes], root: Path, *, update: bool, where: str) -> None:
    if not drawn:
        return
    if len(drawn) > 1:
        raise FigureDrift(f"{where}: {snippet} shows {len(drawn)} figures; draw one figure per snippet")
    relative = figure_path(snippet)
    target = root / relative
    _check_embedded(page, target, relative, snippet, where)
    if len(drawn[0]) > MAX_BYTES:
        raise FigureDrift(
            f"{where}: {snippet} draws {len(drawn[0]) // 1000} KB of SVG (at most {MAX_BYTES // 1000} KB): "
            "plot fewer points, e.g. a few hundred along a curve"
        )
    committed = target.read_bytes() if target.exists() else None
    if committed == drawn[0]:
        return
    if committed is None:
        if update:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(drawn[0])
            return
        raise FigureDrift(f"{where}: {relative} is missing; {snippet} draws it. Run `make outputs`.")
    difference = visible_difference(committed, drawn[0], root / DIFFS / relative.with_suffix(""))
    if difference is None:
        return  # the same picture: keep the committed bytes, so another machine's run changes nothing
    if update:
        target.write_bytes(drawn[0])
        return
    raise FigureDrift(f"{where}: figure {relative} looks different from what {snippet} draws now: {difference}")


def render(svg: bytes) -> bytes:
    """The SVG as PNG, on white (the site's light palette), text already paths: no fonts needed."""
    return resvg_py.svg_to_bytes(svg_string=svg.decode(), dpi=DPI, skip_system_fonts=True, background="#ffffff")


def visible_difference(committed: bytes, drawn: bytes, out: Path) -> str | None:
    """None when both SVGs render alike; else what differs, with the renders and a diff image in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    expected, actual = out / "committed.png", out / "fresh.png"
    expected.write_bytes(render(committed))
    actual.write_bytes(render(drawn))
    try:
        result = compare_images(str(expected), str(actual), tol=RMS_TOLERANCE, in_decorator=True)
    except Exception as err:  # ImageComparisonFailure: the sizes differ
        return f"{err}. Renders: {expected}, {actual}. Run `make outputs` if the change is intended."
    if result is None:
        return None
    return (
        f"RMS {result['rms']:.2f} over pixel values (tolerance {RMS_TOLERANCE}). Renders: {expected}, {actual}; "
        f"difference: {result['diff']}. Run `make outputs` if the change is intended."
    )


def _check_embedded(page: Path, target: Path, relative: PurePosixPath, snippet: str, where: str) -> None:
    for image in IMAGE.finditer(page.read_text(encoding="utf-8")):
        if (page.parent / image["src"]).resolve() == target.resolve():
            if len(image["alt"].split()) < MIN_ALT_WORDS:
                raise FigureDrift(f"{where}: give {relative} alt text that says what it shows")
            return
    raise FigureDrift(f"{where}: {snippet} draws {relative}, but the page does not embed it")
