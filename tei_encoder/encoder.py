"""The pipeline: reader -> passes (in registered order) -> writer.

    >>> result = convert_text("381. Memorandum of Conversation1\\n\\nText.\\n\\n  1. Source: X.")[0]
    >>> result.name, result.tree.getroot().tag.endswith("TEI")
    ('d381', True)

The passes run in two stretches: those that need no register (``begin``) and those that tag
mentions from the registers (``finish``). A corpus whose persons register is built from the
documents themselves runs the first stretch, gathers the names, and then finishes the same
states, so no document is encoded twice (see ``tei_encoder.engine``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from . import reader
from .model import TEI_NS, DocState, EncodingError, Problem, tei
from .passes import PASSES
from .writer import build_tei

_NAMES = [name for name, _ in PASSES]
TEXT_PASSES = PASSES[:_NAMES.index("persons")]           # everything a register does not change
REGISTER_PASSES = PASSES[_NAMES.index("persons"):]


@dataclass
class Result:
    """One memorandum's outcome: its output name, TEI tree (None on error) and problems."""
    name: str
    tree: etree._ElementTree | None
    problems: list[Problem] = field(default_factory=list)
    first_line: int = 1

    @property
    def ok(self) -> bool:
        return self.tree is not None


@dataclass
class Pending:
    """A memorandum part-way through the passes: its state and where it lies in the input."""
    state: DocState
    first_line: int
    last_line: int
    name: str = ""


def new_state(memo: reader.Memo, persons=None, terms=None) -> DocState:
    state = DocState(source=memo.source, blocks=list(memo.blocks), problems=[],
                     persons=persons, terms=terms)
    # The document div is made inside its TEI frame from the start: moving a finished tree
    # into another document costs a walk over all of it.
    frame = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
    body = etree.SubElement(etree.SubElement(frame, tei("text")), tei("body"))
    state.root = etree.SubElement(body, tei("div"), {"type": "document"})
    return state


def begin(memo: reader.Memo, passes=TEXT_PASSES) -> Pending | Result:
    """Run the passes that need no register; a memorandum that cannot be encoded gives a Result."""
    state = new_state(memo)
    first_line = memo.blocks[0].lineno if memo.blocks else 1
    try:
        for _name, run in passes:
            run(state)
    except EncodingError as exc:
        state.problems.append(exc.problem)
        return Result(state.doc_id if state.number else "", None, state.problems, first_line)
    last_line = memo.blocks[-1].lines[-1].lineno if memo.blocks else 1
    state.blocks = []                # in the tree now; a kept state should not hold every line twice
    return Pending(state, first_line, last_line, state.doc_id)


def finish(pending: Pending | Result, persons=None, terms=None, passes=REGISTER_PASSES) -> Result:
    """Tag mentions from the registers and build the TEI document."""
    if isinstance(pending, Result):
        return pending
    state = pending.state
    state.persons, state.terms = persons, terms
    try:
        for _name, run in passes:
            run(state)
    except EncodingError as exc:
        state.problems.append(exc.problem)
        return Result(pending.name, None, state.problems, pending.first_line)
    tree = build_tei(state, pending.first_line, pending.last_line)
    return Result(pending.name, tree, state.problems, pending.first_line)


def begin_bytes(data: bytes, source: str) -> list[Pending | Result]:
    """All memoranda of one input file, through the passes that need no register.
    A file-level problem gives one failed Result."""
    try:
        memos = reader.read(data, source)
    except EncodingError as exc:
        return [Result("", None, [exc.problem])]
    begun = [begin(memo) for memo in memos]
    if (len(begun) == 1 and isinstance(begun[0], Result) and begun[0].problems
            and begun[0].problems[-1].code == "no-heading" and reader.looks_like_register(data)):
        return [Result("", None, [Problem(
            "warning", "register-skipped", "this file is a register ('Surname, Forename, role' "
            "or 'ABBR, expansion' lines), not a memorandum; skipped", source, 1,
            "pass it with --persons or --terms, or move it out of the input folder")])]
    if len(begun) == 1 and isinstance(begun[0], Pending):
        begun[0].name = Path(source).stem         # one memorandum: named after its file
    return begun


def begin_file(path: str | Path) -> list[Pending | Result]:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [Result("", None, [Problem("error", "unreadable", str(exc.strerror or exc), str(path), 0,
                                          "check the path and its permissions")])]
    return begin_bytes(data, str(path))


def encode_bytes(data: bytes, source: str, persons=None, terms=None) -> list[Result]:
    return [finish(p, persons, terms) for p in begin_bytes(data, source)]


def encode_file(path: str | Path, persons=None, terms=None) -> list[Result]:
    return [finish(p, persons, terms) for p in begin_file(path)]


def convert_text(text: str, source: str = "<text>", persons=None, terms=None) -> list[Result]:
    """Encode memoranda given as a string (for notebooks and tests)."""
    return encode_bytes(text.encode("utf-8"), source, persons, terms)
