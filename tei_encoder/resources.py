"""Where the XSLT views and the project's schemas are: ``xslt/`` and ``schemas/`` at the top of a
checkout, or the copies a regular install puts inside the package."""
from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str, probe: str) -> Path:
    """The folder ``name`` that holds ``probe``: installed copy first, then the checkout's.
    (Other packages may install a top-level folder of the same name, so the file is checked.)"""
    for candidate in (PACKAGE / name, PACKAGE.parent / name):
        if (candidate / probe).is_file():
            return candidate
    raise FileNotFoundError(f"the {name}/ folder of tei-encoder is missing (no {probe}); reinstall tei-encoder")
