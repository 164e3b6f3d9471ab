"""Assemble pass: the elements the block passes made go into the document ``div``, in order.

    blocks [heading, dateline, label, list, paragraph, pagebreak, paragraph]
      ->  <div type="document"><head/><dateline/><list/><p/><pb/><p/></div>

Labels are already inside their list's ``head``; footnotes wait for the notes pass.
"""
from __future__ import annotations

from ..model import DocState


def run(state: DocState) -> None:
    for block in state.blocks:
        element = block.data.get("element")
        if element is not None:
            element.sourceline = block.lineno
            state.root.append(element)
