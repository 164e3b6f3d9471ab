"""Heading pass: the numbered heading becomes the document's ``head``.

    381. Memorandum of Conversation0   ->  <div type="document" n="381" xml:id="d381">
                                             <head>381. Memorandum of Conversation0</head>

The marker (here ``0``) stays in the text; the notes pass turns it into a note.
Blocks before the heading: ``[Page N]`` lines are left to the page-break pass,
a bracketed ``[Source: ...]`` line becomes ``<note rend="inline" type="source">``.
"""
from __future__ import annotations

from ..model import XML_ID, DocState, tei
from ..reader import PAGE_LINE_RE, heading_match
from ._inline import new_element


def run(state: DocState) -> None:
    for index, block in enumerate(state.blocks):
        m = heading_match(block)
        if m:
            break
        if PAGE_LINE_RE.match(block.text):
            continue
        if block.text.startswith("[") and block.text.endswith("]"):
            block.kind = "inline-note"
            attrib = {"rend": "inline"}
            if block.text[1:].lstrip().startswith("Source:"):
                attrib["type"] = "source"
            block.data["element"] = new_element(tei("note"), attrib, block.text)
            continue
        state.fail("no-heading",
                   f"the memorandum does not start with a numbered heading: {block.text[:60]!r}",
                   block.lineno, "the first line should read like '381. Memorandum of Conversation'")
    else:
        state.fail("no-heading", "no numbered heading found", 1,
                   "the first line should read like '381. Memorandum of Conversation'")
    state.number = m.group(1)
    state.title = m.group(2)
    block.kind = "heading"
    block.data["element"] = new_element(tei("head"), {}, block.text)
    state.root.set("n", state.number)
    state.root.set(XML_ID, state.ids.take(state.doc_id))
