"""References pass: a cross-reference to another document of the volume becomes ``ref``.

    see Document 380.   ->   see <ref target="#d380">Document 380</ref>.
"""
from __future__ import annotations

import re

from ..model import DocState, tei
from ._inline import has_text, new_element, slot_text, splice, text_slots

DOCUMENT_REF_RE = re.compile(r"\bDocument (\d+)\b")
SKIP = frozenset({tei("ref")})


def run(state: DocState) -> None:
    if not has_text(state.root, "Document "):
        return
    for slot in text_slots(state.root, SKIP):
        text = slot_text(slot)
        if "Document " not in text:
            continue
        for m in reversed(list(DOCUMENT_REF_RE.finditer(text))):
            ref = new_element(tei("ref"), {"target": f"#d{m.group(1)}"})
            splice(slot, m.start(), m.end(), ref)
