"""A volume: every document of a corpus in one TEI file, as the Office of the Historian
publishes a FRUS volume.

    TEI
      teiHeader        title, publication, source (the files it was built from)
      text
        front          div xml:id="persons" (the persons list), div xml:id="terms" (the terms list)
        body           div type="document" ..., in number order, with their page breaks
"""
from __future__ import annotations

import copy
import re

from lxml import etree
from lxml.builder import ElementMaker

from .model import TEI_NS

E = ElementMaker(namespace=TEI_NS, nsmap={None: TEI_NS})


def document_divs(tree):
    """The ``div[@type='document']`` elements of a TEI file, a teiCorpus or a bare div."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    if root.tag == f"{{{TEI_NS}}}div" and root.get("type") == "document":
        return [root]
    return root.findall(f".//{{{TEI_NS}}}div[@type='document']")


def build_volume(documents, title: str, front=(), source: str = "", move: bool = False) -> etree._ElementTree:
    """``documents``: TEI trees or document divs; ``front``: elements for the front matter
    (persons and terms lists). Documents are copied (moved with ``move``, to spare memory),
    sorted by their number."""
    divs = [div if move else copy.deepcopy(div) for tree in documents for div in document_divs(tree)]
    divs.sort(key=lambda div: _number_key(div.get("n", "")))
    header = E.teiHeader(
        E.fileDesc(
            E.titleStmt(E.title(title)),
            E.publicationStmt(E.p("Volume assembled with tei-encoder.")),
            E.sourceDesc(E.p(source or f"{len(divs)} documents."))))
    text = E.text()
    front = [copy.deepcopy(f) for f in front]
    if front:
        text.append(E.front(*front))
    text.append(E.body(*divs))
    return etree.ElementTree(E.TEI(header, text))


def _number_key(n: str):
    m = re.match(r"(\d+)(.*)", n)
    return (int(m.group(1)), m.group(2)) if m else (10**9, n)
