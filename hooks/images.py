"""Figures cost a reader nothing until they scroll to them: every content image but a page's
first is loaded lazily, and every one carries its size, so the text does not move when it arrives.

Figures of chapter pages are files next to the page; a notebook page's figures come out of its
executed notebook inline, as data: URIs, which cannot load lazily: each is written out as a file of
its own beside the page (notebooks/<chapter>/<page>/figure-<n>.svg) and linked instead.
"""

from __future__ import annotations

import base64
import posixpath
import re
from pathlib import Path

from mkdocs.structure.files import File

IMG = re.compile(r"<img\b(?P<attrs>[^>]*?)\s*/?>")
SRC = re.compile(r'\ssrc="(?P<src>[^"]+)"')
INLINE_SVG = re.compile(r'\ssrc="data:image/svg\+xml;base64,(?P<data>[A-Za-z0-9+/=]+)"')
SIZE = re.compile(rb'<svg\b[^>]*?\swidth="(?P<w>[\d.]+)pt"[^>]*?\sheight="(?P<h>[\d.]+)pt"')
PT_TO_PX = 96 / 72


def _size(svg: bytes) -> str:
    """width and height attributes (CSS pixels) of a matplotlib SVG, whose size is in points."""
    match = SIZE.search(svg[:2000])
    if not match:
        return ""
    return f' width="{round(float(match["w"]) * PT_TO_PX)}" height="{round(float(match["h"]) * PT_TO_PX)}"'


def on_page_content(html, page, config, files):
    # The site directory of this page: its figures' files are written there.
    out = Path(config.site_dir) / page.url
    count = 0

    def replace(match: re.Match) -> str:
        nonlocal count
        attrs = match["attrs"]
        svg = None
        if inline := INLINE_SVG.search(attrs):
            svg = base64.b64decode(inline["data"])
            name = f"figure-{count + 1}.svg"
            out.mkdir(parents=True, exist_ok=True)
            (out / name).write_bytes(svg)
            attrs = attrs.replace(inline[0], f' src="{name}"')
        elif (src := SRC.search(attrs)) and src["src"].endswith(".svg") and "://" not in src["src"]:
            # Links in the page's HTML are relative to its address; an image's address is its path.
            file = files.get_file_from_path(posixpath.normpath(posixpath.join(page.url, src["src"])))
            svg = Path(file.abs_src_path).read_bytes() if isinstance(file, File) and file.abs_src_path else None
        if svg is not None and " width=" not in attrs:
            attrs += _size(svg)
        if count and " loading=" not in attrs:  # the first figure may be on screen at once
            attrs += ' loading="lazy" decoding="async"'
        count += 1
        return f"<img{attrs}>"

    return IMG.sub(replace, html)
