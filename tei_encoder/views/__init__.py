"""Reading views: the XSLT stylesheets in ``xslt/`` applied with lxml (libxslt, no Java)."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

VIEWS = {"text": "text.xsl", "html": "document.xsl", "persons": "persons.xsl", "toc": "toc.xsl"}


def xslt_dir() -> Path:
    """``xslt/`` beside the package in a checkout, or the copy installed inside it."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent.parent / "xslt", here / "xslt"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the xslt/ folder of tei-encoder is missing")


@cache
def stylesheet(view: str) -> etree.XSLT:
    return etree.XSLT(etree.parse(str(xslt_dir() / VIEWS[view])))


def render_text(tree) -> str:
    """The plain-text view of a TEI document (input format of ``convert``)."""
    return str(stylesheet("text")(tree))
