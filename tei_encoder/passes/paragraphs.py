"""Paragraphs pass: every block no earlier pass claimed becomes ``p`` (or ``table``).

    The President said he          <p>The President said he appreciated the
    appreciated the message.  ->     message.</p>

Hard-wrapped lines are joined. A block whose every line holds a TAB is a table,
one ``row`` a line and one ``cell`` a TAB-separated field.
"""
from __future__ import annotations

from ..model import DocState, tei
from ._inline import new_element


def run(state: DocState) -> None:
    for block in state.blocks:
        if block.kind is not None:
            continue
        if len(block.lines) > 1 and all("\t" in line.text.strip() for line in block.lines):
            block.kind = "table"
            block.data["element"] = build_table(block)
        else:
            block.kind = "paragraph"
            block.data["element"] = new_element(tei("p"), {}, block.text)


def build_table(block):
    table = new_element(tei("table"))
    for line in block.lines:
        row = new_element(tei("row"))
        for cell in line.text.strip().split("\t"):
            row.append(new_element(tei("cell"), {}, cell.strip()))
        table.append(row)
    return table
