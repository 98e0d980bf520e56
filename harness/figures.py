"""Figures: the SVG a snippet's ``plt.show()`` draws lives next to its chapter page.

``snippets/<chapter>/<concept>.py`` draws ``docs/<chapter>/<concept>.svg``; the page that shows
the snippet must embed that file with alt text that says what it shows.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path, PurePosixPath

IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)")
MIN_ALT_WORDS = 4


class FigureDrift(AssertionError):
    """A committed figure is not what its snippet draws now, or the page does not show it."""


def figure_path(snippet: str) -> PurePosixPath:
    path = PurePosixPath(snippet)
    return PurePosixPath("docs") / path.parent.name / f"{path.stem}.svg"


def check(page: Path, snippet: str, drawn: list[bytes], root: Path, *, update: bool, where: str) -> None:
    if not drawn:
        return
    if len(drawn) > 1:
        raise FigureDrift(f"{where}: {snippet} shows {len(drawn)} figures; draw one figure per snippet")
    relative = figure_path(snippet)
    target = root / relative
    _check_embedded(page, target, relative, snippet, where)
    committed = target.read_bytes() if target.exists() else None
    if committed == drawn[0]:
        return
    if update:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(drawn[0])
        return
    if committed is None:
        raise FigureDrift(f"{where}: {relative} is missing; {snippet} draws it. Run `make outputs`.")
    diff = difflib.unified_diff(
        committed.decode().splitlines(), drawn[0].decode().splitlines(), str(relative), "fresh run", lineterm="", n=1
    )
    excerpt = "\n".join(list(diff)[:24])
    raise FigureDrift(
        f"{where}: figure {relative} differs from what {snippet} draws now. Run `make outputs`.\n{excerpt}"
    )


def _check_embedded(page: Path, target: Path, relative: PurePosixPath, snippet: str, where: str) -> None:
    for image in IMAGE.finditer(page.read_text(encoding="utf-8")):
        if (page.parent / image["src"]).resolve() == target.resolve():
            if len(image["alt"].split()) < MIN_ALT_WORDS:
                raise FigureDrift(f"{where}: give {relative} alt text that says what it shows")
            return
    raise FigureDrift(f"{where}: {snippet} draws {relative}, but the page does not embed it")
