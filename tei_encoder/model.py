"""The data that flows through the pipeline: source lines, blocks, problems, state.

A memorandum goes  text -> [Block] (reader) -> TEI tree (passes) -> bytes (writer).
Every block keeps the source lines it came from, so any pass can cite ``file:line``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_ID = "{%s}id" % XML_NS


def tei(tag: str) -> str:
    """Clark name of a TEI element: ``tei('p') == '{http://www.tei-c.org/ns/1.0}p'``."""
    return "{%s}%s" % (TEI_NS, tag)


class Line(NamedTuple):
    """One physical input line, without its line break (a tuple: there is one per input line)."""
    text: str
    lineno: int


@dataclass
class Block:
    """A run of non-blank lines, as the reader found it.

    ``kind`` starts as None and is set by the block passes
    (``heading``, ``pagebreak``, ``label``, ``list``, ``dateline``, ``closer``, ``paragraph``...).
    """
    lines: list[Line]
    kind: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    _text: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def lineno(self) -> int:
        return self.lines[0].lineno

    @property
    def text(self) -> str:
        """The block's lines unwrapped into one line (hard wraps joined). Blocks are read once
        and their lines never change, so this is worked out once."""
        if self._text is None:
            self._text = unwrap([line.text for line in self.lines])
        return self._text


def unwrap(lines: list[str]) -> str:
    """Join hard-wrapped lines: a space between them, none after a word-internal hyphen."""
    out = ""
    for raw in lines:
        piece = raw.strip()
        if not piece:
            continue
        if not out:
            out = piece
        elif len(out) >= 2 and out[-1] == "-" and out[-2].isalpha() and piece[0].isalpha():
            out += piece
        else:
            out += " " + piece
    return out


@dataclass
class Problem:
    """Something an editor should look at. ``error`` means no output was written."""
    severity: str
    code: str
    message: str
    file: str = ""
    line: int = 0
    hint: str = ""
    column: int = 0
    layer: str = ""                # validation layer: well-formed, safety, tei_all, project, rules

    def where(self) -> str:
        if not self.line:
            return self.file or "-"
        return f"{self.file}:{self.line}:{self.column}" if self.column else f"{self.file}:{self.line}"

    def as_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "column": self.column, "severity": self.severity,
                "code": self.code, "message": self.message, "hint": self.hint, "layer": self.layer}

    def __str__(self) -> str:
        tail = f" ({self.hint})" if self.hint else ""
        return f"{self.where()}: {self.severity}: {self.code}: {self.message}{tail}"


class EncodingError(Exception):
    """A memorandum cannot be encoded; carries the Problem that says why."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


@dataclass
class Footnote:
    """A footnote from the list at the end: its number as printed, its text, its line."""
    n: str
    text: str
    lineno: int
    placed: bool = False


class IdAllocator:
    """Hands out unique xml:ids within one document."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def take(self, wanted: str) -> str:
        candidate, k = wanted, 1
        while candidate in self.used:
            k += 1
            candidate = f"{wanted}_{k}"
        self.used.add(candidate)
        return candidate


@dataclass
class DocState:
    """Per-memorandum state shared by the passes (never module-level)."""
    source: str
    blocks: list[Block]
    problems: list[Problem]
    persons: Any = None           # a registers.Register or None
    terms: Any = None
    number: str = ""
    title: str = ""
    footnotes: list[Footnote] = field(default_factory=list)
    ids: IdAllocator = field(default_factory=IdAllocator)
    root: Any = None              # the div[@type='document'] being built
    marker_offset: int = 0        # markers printed as footnote number + offset (seed 000: -1)
    mentioned: dict[str, int] = field(default_factory=dict)   # register id -> mentions
    glossed: dict[str, int] = field(default_factory=dict)

    @property
    def doc_id(self) -> str:
        return "d" + self.number if self.number else "d0"

    def warn(self, code: str, message: str, line: int = 0, hint: str = "",
             severity: str = "warning") -> None:
        self.problems.append(Problem(severity, code, message, self.source, line, hint))

    def fail(self, code: str, message: str, line: int = 0, hint: str = "") -> None:
        raise EncodingError(Problem("error", code, message, self.source, line, hint))


def safe_parser(recover: bool = False):
    """The one parser for XML from outside: no network, no DTD, no entity expansion."""
    from lxml import etree
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, recover=recover)
