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

from ..model import TEI_NS, DocState, tei


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


def add(parent, tag: str, text: str | None = None, **attrib):
    """``SubElement`` of a TEI element, with its text."""
    element = etree.SubElement(parent, tei(tag), attrib)
    if text is not None:
        element.text = text
    return element


def add_marker_note(encoding_desc, state: DocState) -> None:
    """Record renumbered note markers, so the text view can print them as the source did."""
    if not state.marker_offset:
        return
    first = int(state.footnotes[0].n) + state.marker_offset
    note = add(add(encoding_desc, "editorialDecl"), "normalization", n=f"marker-offset:{state.marker_offset}")
    add(note, "p", f"Note markers in the source are numbered from {first}; notes here carry the "
                   "numbers of the footnote list.")


def build_tei(state: DocState, first_line: int, last_line: int) -> etree._ElementTree:
    """The teiHeader is built in place, in front of the ``text`` made with the state:

        <TEI><text>...</text></TEI>  ->  <TEI><teiHeader>fileDesc, encodingDesc,
                                               profileDesc</teiHeader><text>...</text></TEI>
    """
    from .. import __version__
    frame = state.root.getroottree().getroot()          # TEI/text/body/div, made with the state
    header = frame.makeelement(tei("teiHeader"), {})
    frame.insert(0, header)
    file_desc = add(header, "fileDesc")
    add(add(file_desc, "titleStmt"), "title", heading_title(state))
    add(add(file_desc, "publicationStmt"), "p", "Unpublished encoding made with tei-encoder.")
    add(add(file_desc, "sourceDesc"), "p",
        f"Plain-text memorandum {Path(state.source).name}, lines {first_line}–{last_line}.")
    encoding_desc = add(header, "encodingDesc")
    add_marker_note(encoding_desc, state)
    add(add(add(encoding_desc, "appInfo"), "application", ident="tei-encoder", version=__version__),
        "label", "tei-encoder")
    if state.persons is not None and state.mentioned:
        add(header, "profileDesc").append(state.persons.partic_desc(state))
    if state.terms is not None and state.glossed:
        add(add(frame[-1], "back"), "div", type="terms").append(state.terms.list_element(state))
    return etree.ElementTree(frame)


def serialize(tree: etree._ElementTree) -> bytes:
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one.
    The file gets the usual permissions (0666 less the umask), as ``open`` would give it."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileNotFoundError:                    # the folder is made on first use
        path.parent.mkdir(parents=True, exist_ok=True)
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
