"""The pipeline: reader -> passes (in registered order) -> writer.

    >>> result = convert_text("381. Memorandum of Conversation1\\n\\nText.\\n\\n  1. Source: X.")[0]
    >>> result.name, result.tree.getroot().tag.endswith("TEI")
    ('d381', True)
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from . import reader
from .model import DocState, EncodingError, Problem, tei
from .passes import PASSES
from .writer import build_tei


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


STRUCTURE_PASSES = PASSES[:[name for name, _ in PASSES].index("assemble") + 1]


def new_state(memo: reader.Memo, persons=None, terms=None) -> DocState:
    state = DocState(source=memo.source, blocks=list(memo.blocks), problems=[],
                     persons=persons, terms=terms)
    state.root = etree.Element(tei("div"), {"type": "document"})
    return state


def encode_memo(memo: reader.Memo, persons=None, terms=None, passes=PASSES) -> Result:
    state = new_state(memo, persons, terms)
    first_line = memo.blocks[0].lineno if memo.blocks else 1
    try:
        for _name, run in passes:
            run(state)
    except EncodingError as exc:
        state.problems.append(exc.problem)
        return Result(state.doc_id if state.number else "", None, state.problems, first_line)
    problems = state.problems
    tree = build_tei(state, first_line, memo.blocks[-1].lines[-1].lineno if memo.blocks else 1)
    return Result(state.doc_id, tree, problems, first_line)


def encode_bytes(data: bytes, source: str, persons=None, terms=None) -> list[Result]:
    """All memoranda of one input file. A file-level problem gives one failed Result."""
    try:
        memos = reader.read(data, source)
    except EncodingError as exc:
        if exc.problem.code == "no-heading" and reader.looks_like_register(data):
            return [Result("", None, [Problem(
                "warning", "register-skipped", "this file is a register ('Surname, Forename, role' "
                "or 'ABBR, expansion' lines), not a memorandum; skipped", source, 1,
                "pass it with --persons or --terms, or move it out of the input folder")])]
        return [Result("", None, [exc.problem])]
    results = [encode_memo(memo, persons, terms) for memo in memos]
    stem = Path(source).stem
    if len(results) == 1 and results[0].ok:
        results[0].name = stem
    return results


def encode_file(path: str | Path, persons=None, terms=None) -> list[Result]:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [Result("", None, [Problem("error", "unreadable", str(exc.strerror or exc), str(path), 0,
                                          "check the path and its permissions")])]
    return encode_bytes(data, str(path), persons, terms)


def convert_text(text: str, source: str = "<text>", persons=None, terms=None) -> list[Result]:
    """Encode memoranda given as a string (for notebooks and tests)."""
    return encode_bytes(text.encode("utf-8"), source, persons, terms)
