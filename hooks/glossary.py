"""glossary.md, generated at build time from the one-line summary that opens every concept
section (harness/glossary.py), so it cannot drift from the pages. A concept without its summary
fails the build, naming the page and line."""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # mkdocs loads a hook as a lone file

from harness.glossary import GlossaryError, glossary_page  # noqa: E402

GLOSSARY = "glossary.md"


def on_files(files, config):
    root = Path(config.config_file_path).resolve().parent
    try:
        content = glossary_page(Path(config.docs_dir), root)
    except GlossaryError as error:
        raise PluginError(str(error)) from None
    files.append(File.generated(config, GLOSSARY, content=content))
    return files
