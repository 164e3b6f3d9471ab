"""Writer: wraps the document in a TEI file with its teiHeader, serializes, writes atomically.

    <div type="document" n="381">...</div>
      ->  <TEI><teiHeader>title, source, encoder</teiHeader>
               <text><body><div type="document" n="381">...</div></body></text></TEI>
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from lxml import etree
from lxml.builder import ElementMaker

from ..model import TEI_NS, DocState, tei

T = ElementMaker(namespace=TEI_NS, nsmap={None: TEI_NS})


def E(tag: str, *children, **attrib):
    """``T.tag(*children)`` with None children left out."""
    return getattr(T, tag)(*[c for c in children if c is not None], **attrib)


def heading_title(state: DocState) -> str:
    head = state.root.find(tei("head"))
    if head is None:
        return state.title
    parts = [head.text or ""]
    for child in head:
        if child.tag != tei("note"):
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def marker_note(state: DocState):
    """Record renumbered note markers, so the text view can print them as the source did."""
    if not state.marker_offset:
        return None
    first = int(state.footnotes[0].n) + state.marker_offset
    return E("editorialDecl", E("normalization", E(
        "p", f"Note markers in the source are numbered from {first}; notes here carry the "
             "numbers of the footnote list."), n=f"marker-offset:{state.marker_offset}"))


def build_tei(state: DocState, first_line: int, last_line: int) -> etree._ElementTree:
    from .. import __version__
    name = Path(state.source).name
    profile = E("profileDesc")
    if state.persons is not None and state.mentioned:
        profile.append(state.persons.partic_desc(state))
    header = E(
        "teiHeader",
        E("fileDesc",
          E("titleStmt", E("title", heading_title(state))),
          E("publicationStmt", E("p", "Unpublished encoding made with tei-encoder.")),
          E("sourceDesc", E("p", f"Plain-text memorandum {name}, lines {first_line}–{last_line}."))),
        E("encodingDesc",
          marker_note(state),
          E("appInfo",
            E("application", E("label", "tei-encoder"), ident="tei-encoder", version=__version__))),
        profile if len(profile) else None,
    )
    frame = state.root.getroottree().getroot()          # TEI/text/body/div, made with the state
    frame.insert(0, header)
    if state.terms is not None and state.glossed:
        frame[-1].append(E("back", E("div", state.terms.list_element(state), type="terms")))
    return etree.ElementTree(frame)


def serialize(tree: etree._ElementTree) -> bytes:
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one.
    The file gets the usual permissions (0666 less the umask), as ``open`` would give it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


__all__ = ["TEI_NS", "build_tei", "serialize", "write_atomic"]
