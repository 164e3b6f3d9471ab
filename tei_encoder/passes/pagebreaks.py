"""Page-break pass: a ``[Page N]`` line between blocks becomes ``pb``.

    [Page 837]   ->   <pb n="837" xml:id="pg_837"/>

Markers inside a paragraph, a list item or a note are left for the inline pass
(``pagebreaks_inline``); both make their ``pb`` with :func:`make_pb`.
"""
from __future__ import annotations

import re

from ..model import XML_ID, DocState, tei
from ..reader import PAGE_LINE_RE
from ._inline import new_element

PAGE_NUMBER_RE = re.compile(r"^(\d+[a-z]?|[ivxlcdm]+|[IVXLCDM]+)$")


def make_pb(state: DocState, n: str):
    return new_element(tei("pb"), {"n": n, XML_ID: state.ids.take(f"pg_{n}")})


def valid_page(n: str) -> bool:
    return bool(PAGE_NUMBER_RE.match(n))


def run(state: DocState) -> None:
    for block in state.blocks:
        if block.kind:
            continue
        m = PAGE_LINE_RE.match(block.text)
        if not m:
            continue
        n = m.group(1)
        if not valid_page(n):
            continue              # kept as a paragraph; the inline pass reports it
        block.kind = "pagebreak"
        block.data["element"] = make_pb(state, n)
