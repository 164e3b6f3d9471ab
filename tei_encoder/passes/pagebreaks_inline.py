"""Inline page-break pass: ``[Page N]`` inside a paragraph, item, head or note becomes ``pb``.

    <p>reaching an [Page 725] agreement</p>
      ->  <p>reaching an <pb n="725" xml:id="pg_725"/>agreement</p>

The space after the marker is dropped so the paragraph reads on across the break.
"""
from __future__ import annotations

import re

from ..model import DocState
from ._inline import has_text, line_of, slot_text, splice, text_slots
from .pagebreaks import make_pb, valid_page

INLINE_PAGE_RE = re.compile(r"\[Page\s+([^\]\s]+)\]\s?")     # opens with a literal: scanned fast


def run(state: DocState) -> None:
    if not has_text(state.root, "[Page"):
        return
    for slot in text_slots(state.root):
        text = slot_text(slot)
        if "[Page" not in text:
            continue
        for m in reversed(list(INLINE_PAGE_RE.finditer(text))):
            n = m.group(1)
            if not valid_page(n):
                state.warn("bad-page-number", f"[Page {n}] does not hold a page number; kept as text",
                           line_of(slot), "write it as [Page 837] (digits or roman numerals)")
                continue
            start = 0 if m.start() == 1 and text[0].isspace() else m.start()   # a slot's leading space goes too
            splice(slot, start, m.end(), make_pb(state, n), keep_text=False)

