"""Footnotes pass: take the numbered footnote list off the end of the memorandum.

    ...last paragraph.                      state.footnotes = [
                                   ->         Footnote("1", "Source: Department of State...", 41),
      1. Source: Department of State...       Footnote("2", "See Foreign Relations...", 42)]
      2. See Foreign Relations...           (the blocks are removed from state.blocks)

A footnote may wrap over several lines; a new one starts at ``N.`` when N is the
next number (so a wrapped ``1963. ...`` inside a note is not mistaken for a note).
"""
from __future__ import annotations

from ..model import DocState, Footnote, unwrap
from ..reader import FOOTNOTE_LINE_RE, is_footnote_block


def run(state: DocState) -> None:
    first = len(state.blocks)
    while first > 0 and _is_footnote_section(state.blocks[first - 1], first == len(state.blocks)):
        first -= 1
    section = state.blocks[first:]
    del state.blocks[first:]
    for block in section:
        block.kind = "footnotes"
    state.footnotes = parse_footnotes([line for block in section for line in block.lines])
    numbers = [int(f.n) for f in state.footnotes]
    expected = list(range(numbers[0], numbers[0] + len(numbers))) if numbers else []
    if numbers != expected:
        state.warn("footnote-numbering", f"footnotes are numbered {numbers}, not consecutively",
                   state.footnotes[0].lineno, "check for a missing or duplicated footnote")


def _is_footnote_section(block, is_last: bool) -> bool:
    return is_footnote_block(block) or (is_last and _all_numbered(block))


def _all_numbered(block) -> bool:
    """A last block of two or more consecutive ``N. text`` lines (unindented footnotes)."""
    numbers = [FOOTNOTE_LINE_RE.match(line.text) for line in block.lines]
    if len(numbers) < 2 or not all(numbers):
        return False
    values = [int(m.group(2)) for m in numbers]
    return values == list(range(values[0], values[0] + len(values))) and values[0] <= 1


def parse_footnotes(lines) -> list[Footnote]:
    notes: list[Footnote] = []
    pieces: list[list[str]] = []
    for line in lines:
        m = FOOTNOTE_LINE_RE.match(line.text)
        if m and (not notes or int(m.group(2)) == int(notes[-1].n) + 1):
            notes.append(Footnote(m.group(2), "", line.lineno))
            pieces.append([m.group(3)])
        elif notes:
            pieces[-1].append(line.text)
    for note, texts in zip(notes, pieces):
        note.text = unwrap(texts)
    return notes
