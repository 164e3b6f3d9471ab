"""Notes pass: each footnote goes where its marker stood, as ``note``.

    <p>...in English.1</p>        <p>...in English.<note n="2" xml:id="d381fn2">See Foreign
      2. See Foreign ...    ->        Relations...</note></p>

Markers are glued to the word before them and may be glued to a number
(``Nov 305`` is ``Nov 30`` + marker 5). All markers of a document are placed at
once, in order, by a shortest-path over the candidate positions: a marker glued to
a letter or punctuation costs nothing, one glued to digits costs more (less when
what remains reads as a year or a day), a marker not found costs most. Markers
numbered from 0 against a footnote list from 1 are matched by order and reported.
A footnote whose marker is in an earlier footnote is nested in that note; one with
no marker anywhere is kept at the end of the document and reported.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..model import XML_ID, DocState, Footnote, tei
from ._inline import new_element, slot_text, splice, text_slots

# Markers are ASCII digits. A pattern that opens with a single class, not a repeat ("[0-9]+"),
# lets the regex engine skip to the next digit: 40 % faster here.
DIGITS_RE = re.compile(r"[0-9][0-9]*")
GLUE_BEFORE = set(".,;:!?)]\"”’'*%")
MONTH_BEFORE_RE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|"
                             r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? $")
UNPLACED = 20.0
SHIFTED_PENALTY = 0.5


class Candidate(NamedTuple):
    order: int        # position in the document-order stream
    slot_index: int
    start: int
    end: int
    cost: float


def run(state: DocState) -> None:
    notes = state.footnotes
    if not notes:
        return
    slots = text_slots(state.root)
    readings = {shift: [marker_for(note.n, shift) for note in notes] for shift in (0, -1)}
    readings = {shift: markers for shift, markers in readings.items() if None not in markers}
    candidates = find_candidates(slots, {m for markers in readings.values() for m in markers})
    best = None
    for shift, markers in readings.items():
        cost, placement = place(markers, candidates)
        cost += SHIFTED_PENALTY if shift else 0
        if best is None or cost < best[0]:
            best = (cost, shift, placement)
    _, shift, placement = best
    state.marker_offset = shift
    if shift:
        state.warn("markers-shifted", "note markers are numbered from "
                   f"{int(notes[0].n) + shift}, the footnotes from {notes[0].n}; matched by order",
                   notes[0].lineno, "check that every note sits at its marker")
    elements = [make_note(state, note) for note in notes]
    for index in sorted(range(len(notes)), key=lambda i: placement[i].order if placement[i] else -1,
                        reverse=True):
        cand = placement[index]
        if cand is None:
            continue
        splice(slots[cand.slot_index], cand.start, cand.end, elements[index], keep_text=False)
        notes[index].placed = True
    for index, note in enumerate(notes):
        if note.placed:
            continue
        marker = marker_for(note.n, shift)
        host = nest_in_earlier_note(elements[:index], marker)
        if host is not None:
            slot, start, end = host
            splice(slot, start, end, elements[index], keep_text=False)
            note.placed = True
            continue
        state.warn("note-unanchored", f"footnote {note.n} has no marker in the text; "
                   "kept at the end of the document", note.lineno,
                   f"find where marker {marker} belongs and move the note there")
        target = state.root[-1] if len(state.root) else state.root
        target.append(elements[index])


def marker_for(n: str, shift: int) -> str | None:
    value = int(n) + shift
    return str(value) if value >= 0 else None


def make_note(state: DocState, note: Footnote):
    attrib = {"n": note.n, XML_ID: state.ids.take(f"{state.doc_id}fn{note.n}")}
    if note.text.startswith("Source:"):
        attrib["type"] = "source"
    element = new_element(tei("note"), attrib, note.text)
    element.sourceline = note.lineno
    return element


def find_candidates(slots, markers: set[str]) -> dict[str, list[Candidate]]:
    """Every place where a marker may stand, per marker string, in document order."""
    found: dict[str, list[Candidate]] = {m: [] for m in markers}
    order = 0
    for slot_index, slot in enumerate(slots):
        text = slot_text(slot)
        if not text:
            continue
        for m in DIGITS_RE.finditer(text):
            run_text, start, end = m.group(0), m.start(), m.end()
            after = text[end:end + 1]
            if start == 0 or (after and after.isalnum()) or text[max(0, start - 6):start] == "[Page ":
                continue
            before = text[start - 1]
            for size in range(1, len(run_text) + 1):
                marker = run_text[-size:]
                if marker not in found:
                    continue
                if size == len(run_text):
                    if before and (before.isalpha() or before in GLUE_BEFORE):
                        found[marker].append(Candidate(order, slot_index, start, end, 0.0))
                        order += 1
                elif marker[0] != "0" or marker == "0":
                    prefix = run_text[:-size]
                    if prefix.startswith("0"):
                        continue
                    cost = digit_glued_cost(prefix, run_text, text[max(0, start - 12):start])
                    found[marker].append(Candidate(order, slot_index, end - size, end, cost))
                    order += 1
    return found


def digit_glued_cost(prefix: str, whole: str, before: str) -> float:
    """How unlikely ``whole`` = number ``prefix`` + a marker is (lower is likelier)."""
    cost = 2.0
    if len(prefix) == 4 and 1700 <= int(prefix) <= 2099:
        cost -= 1.0                       # 19633 -> 1963 + 3
    elif len(whole) == 4 and 1700 <= int(whole) <= 2099:
        cost += 3.0                       # 1963 is a year, not 196 + 3
    if MONTH_BEFORE_RE.search(before):
        if 1 <= int(prefix) <= 31:
            cost -= 0.5                   # August 12 -> August 1 + 2
        if int(whole) > 31:
            cost -= 0.5
    return cost


def place(markers: list[str], candidates: dict[str, list[Candidate]]):
    """Choose one candidate per marker, in increasing order, at least cost.

    States are (last order, cost, choices); only states on the cost/position
    staircase are kept, so the search stays small.
    """
    states = [(-1, 0.0, ())]
    for marker in markers:
        options = candidates.get(marker, [])
        grown = []
        for last, cost, chosen in states:
            grown.append((last, cost + UNPLACED, chosen + (None,)))
            for cand in options:
                if cand.order > last:
                    grown.append((cand.order, cost + cand.cost, chosen + (cand,)))
        grown.sort(key=lambda s: (s[0], s[1]))
        states = []
        for state in grown:
            if not states or state[1] < states[-1][1]:
                states.append(state)
    best = min(states, key=lambda s: s[1])
    return best[1], list(best[2])


def nest_in_earlier_note(earlier, marker: str):
    """A marker glued to a word inside an earlier footnote's text: (slot, start, end)."""
    pattern = re.compile(r"(?<=[^\s\d(\[])" + re.escape(marker) + r"(?![\w])")
    for note in earlier:
        for slot in text_slots(note):
            text = slot_text(slot)
            found = list(pattern.finditer(text))
            if found:
                return slot, found[-1].start(), found[-1].end()
    return None
