"""Reading views: the XSLT stylesheets in ``xslt/`` applied with lxml (libxslt, no Java)."""
from __future__ import annotations

import copy
from functools import cache
from pathlib import Path

from lxml import etree

from ..model import TEI_NS, XML_ID
from ..resources import data_dir

VIEWS = {"text": "text.xsl", "html": "document.xsl", "persons": "persons.xsl", "toc": "toc.xsl"}


def xslt_dir() -> Path:
    return data_dir("xslt", "document.xsl")


@cache
def stylesheet(view: str) -> etree.XSLT:
    return etree.XSLT(etree.parse(str(xslt_dir() / VIEWS[view])))


def render_text(tree) -> str:
    """The plain-text view of a TEI document (input format of ``convert``)."""
    return str(stylesheet("text")(tree))


def render_html(tree, **links: str) -> str:
    """The HTML reading view of a TEI document; ``links`` override persons-href, contents-href, css-href."""
    return str(stylesheet("html")(tree, **_params(links)))


def corpus(documents, move: bool = False) -> etree._ElementTree:
    """A teiCorpus of ``(stem, tree)`` pairs for the corpus views: each TEI gets ``@n`` = its
    file stem (the page it is rendered to), the corpus header the union of the persons
    the documents list, once each."""
    root = etree.Element(f"{{{TEI_NS}}}teiCorpus", nsmap={None: TEI_NS})
    header = etree.SubElement(root, f"{{{TEI_NS}}}teiHeader")
    title_stmt = etree.SubElement(etree.SubElement(header, f"{{{TEI_NS}}}fileDesc"), f"{{{TEI_NS}}}titleStmt")
    etree.SubElement(title_stmt, f"{{{TEI_NS}}}title").text = "Corpus"
    listing = etree.SubElement(etree.SubElement(etree.SubElement(header, f"{{{TEI_NS}}}profileDesc"),
                                                f"{{{TEI_NS}}}particDesc"), f"{{{TEI_NS}}}listPerson")
    seen = set()
    for stem, tree in documents:
        tei_root = tree.getroot() if hasattr(tree, "getroot") else tree
        for person in tei_root.iterfind(f".//{{{TEI_NS}}}teiHeader//{{{TEI_NS}}}person"):
            key = person.get(XML_ID)
            if key and key not in seen:
                seen.add(key)
                listing.append(copy.deepcopy(person))
        document = tei_root if move else copy.deepcopy(tei_root)
        document.set("n", stem)
        _mark_mentions(document, stem)
        root.append(document)
    return etree.ElementTree(root)


VIEW_NS = "urn:x-tei-encoder:view"


def _mark_mentions(document, page_name: str) -> None:
    """Give each mention its document, the document's title and the printed page it is on
    (``te:page`` only on a person's first mention on that page)."""
    div = document.find(f".//{{{TEI_NS}}}div[@type='document']")
    head = div.find(f"{{{TEI_NS}}}head") if div is not None else None
    title = page_name
    if head is not None:
        title = " ".join("".join(head.xpath("text()|*[not(self::t:note)]//text()", namespaces={"t": TEI_NS})).split())
    page, seen = None, set()
    for element in document.iter(f"{{{TEI_NS}}}pb", f"{{{TEI_NS}}}persName"):
        if element.tag == f"{{{TEI_NS}}}pb":
            page = element.get("n")
        elif element.get("corresp"):
            element.set(f"{{{VIEW_NS}}}document", page_name)
            element.set(f"{{{VIEW_NS}}}title", title)
            if page and (element.get("corresp"), page) not in seen:
                seen.add((element.get("corresp"), page))
                element.set(f"{{{VIEW_NS}}}page", page)


def render_persons(corpus_tree, **links: str) -> str:
    return str(stylesheet("persons")(corpus_tree, **_params(links)))


def render_toc(corpus_tree, title: str = "Contents", **links: str) -> str:
    return str(stylesheet("toc")(corpus_tree, title=etree.XSLT.strparam(title), **_params(links)))


def css() -> bytes:
    return (xslt_dir() / "style.css").read_bytes()


def _params(links: dict) -> dict:
    return {name.replace("_", "-"): etree.XSLT.strparam(value) for name, value in links.items()}


def write_site(documents, outdir: Path, title: str = "Contents", move: bool = False) -> dict[str, str]:
    """A static site that opens from disk: index.html (contents), one page per document,
    persons.html, style.css. ``documents`` are ``(stem, tree)`` pairs (with ``move``, read once
    and given up to the corpus views, to spare memory); a document's page is named after its id
    (``d381.html``) when that is unique in the site, else after its stem.
    Returns {stem: page name}."""
    from ..writer import write_atomic
    outdir = Path(outdir)
    named = page_names(documents)
    pages = " " + " ".join(f"{doc_id}:{page}" for _, page, doc_id, _ in named if doc_id) + " "
    for _, page, _doc_id, tree in named:
        write_atomic(outdir / f"{page}.html", render_html(tree, pages=pages).encode("utf-8"))
    whole = corpus([(page, tree) for _, page, _, tree in named], move=move)
    for name, html in (("persons.html", render_persons(whole)), ("index.html", render_toc(whole, title))):
        write_atomic(outdir / name, html.encode("utf-8"))
    write_atomic(outdir / "style.css", css())
    return {stem: page for stem, page, _, _ in named}


def page_names(documents) -> list[tuple[str, str, str, object]]:
    """``(stem, page name, document id, tree)``: the page is named after the id where it is
    unique, else after the file stem."""
    rows = []
    for stem, tree in documents:
        div = tree.find(f".//{{{TEI_NS}}}div[@type='document']")
        rows.append((stem, div.get(XML_ID, "") if div is not None else "", tree))
    counts: dict[str, int] = {}
    for _, doc_id, _ in rows:
        counts[doc_id] = counts.get(doc_id, 0) + 1
    return [(stem, doc_id if doc_id and counts[doc_id] == 1 else stem, doc_id, tree) for stem, doc_id, tree in rows]
