"""Reader: bytes -> text -> blocks -> memoranda.

The reader knows nothing of TEI. It decodes the input (UTF-8, with or without a
BOM), normalizes line breaks (CRLF, CR), cuts the text into blocks at blank
lines, and cuts the blocks into memoranda at numbered headings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Block, EncodingError, Line, Problem

HEADING_RE = re.compile(r"^\s*(\d+[A-Za-z]?)\.\s*(\S.*)$")
FOOTNOTE_LINE_RE = re.compile(r"^(\s*)(\d+)\.\s+(\S.*)$")
PAGE_LINE_RE = re.compile(r"^\s*\[Page\s+([^\]\s]+)\]\s*$")
SENTENCE_END_RE = re.compile(r"[.!?;:,][\"”’')\]]*$")
MAX_HEADING_CHARS = 400


@dataclass
class Memo:
    """One memorandum's blocks, in input order, and the file they came from."""
    source: str
    blocks: list[Block]


def decode(data: bytes, source: str) -> str:
    """Decode input bytes; refuse binary data and invalid UTF-8 with a clear problem."""
    if not data.strip():
        raise EncodingError(Problem("error", "empty-input", "the file is empty", source, 1,
                                    "give a memorandum in plain text"))
    if b"\x00" in data[:8192]:
        raise EncodingError(Problem("error", "binary-input",
                                    "the file holds NUL bytes: it is binary, not text", source, 1,
                                    "convert it to UTF-8 plain text first"))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise EncodingError(Problem(
            "error", "invalid-utf8",
            f"byte 0x{data[exc.start]:02x} at offset {exc.start} is not valid UTF-8", source, line,
            "save the file as UTF-8 (e.g. iconv -f windows-1252 -t utf-8)")) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_blocks(text: str) -> list[Block]:
    """Cut text into blocks of non-blank lines, keeping 1-based line numbers."""
    blocks: list[Block] = []
    current: list[Line] = []
    for lineno, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip()
        if not line.strip():
            if current:
                blocks.append(Block(current))
                current = []
            continue
        current.append(Line(line, lineno))
    if current:
        blocks.append(Block(current))
    return blocks


def heading_match(block: Block):
    """The heading regex match when the block looks like ``381. Memorandum of ...``."""
    first = block.lines[0].text
    m = HEADING_RE.match(block.text)
    if not m or first[:1].isspace() or len(block.text) > MAX_HEADING_CHARS:
        return None
    title = m.group(2).rstrip("0123456789")
    if not title or SENTENCE_END_RE.search(title.rstrip()) or not title[0].isupper():
        return None
    return m


def is_footnote_block(block: Block) -> bool:
    """``  1. Source: ...``: an indented numbered line, or a numbered line opening with Source:."""
    m = FOOTNOTE_LINE_RE.match(block.lines[0].text)
    if not m:
        return False
    return bool(m.group(1)) or m.group(3).startswith("Source:")


def is_preamble_block(block: Block) -> bool:
    """Blocks that may stand before a heading: page markers and bracketed source notes."""
    text = block.text
    return bool(PAGE_LINE_RE.match(text)) or (text.startswith("[") and text.endswith("]"))


def split_memos(blocks: list[Block], source: str) -> list[Memo]:
    """Cut a file's blocks into memoranda.

    A memorandum starts at a heading block; a later heading starts a new one when it
    follows the previous memorandum's footnotes, or carries a higher number.
    Page markers and bracketed notes right before a heading go with that heading.
    """
    starts: list[int] = []
    current_number = None
    after_footnotes = False
    for i, block in enumerate(blocks):
        m = heading_match(block)
        if m and (not starts or after_footnotes or _higher(m.group(1), current_number)):
            start = i
            while start > (starts[-1] + 1 if starts else 0) and is_preamble_block(blocks[start - 1]):
                start -= 1
            if not starts:
                start = 0
            starts.append(start)
            current_number = m.group(1)
            after_footnotes = False
            continue
        if is_footnote_block(block):
            after_footnotes = True
        elif after_footnotes and not is_preamble_block(block):
            after_footnotes = False
    if not starts:
        return [Memo(source, blocks)]
    bounds = starts + [len(blocks)]
    return [Memo(source, blocks[a:b]) for a, b in zip(bounds, bounds[1:])]


def _higher(number: str, current: str | None) -> bool:
    def value(x: str) -> int:
        return int(re.match(r"\d+", x).group(0))
    return current is not None and value(number) > value(current)


def read(data: bytes, source: str) -> list[Memo]:
    """Bytes of one input file -> its memoranda."""
    return split_memos(split_blocks(decode(data, source)), source)


REGISTER_LINE_RE = re.compile(r"^[^\s,][^,]{0,60}, \S")


def looks_like_register(data: bytes) -> bool:
    """A persons or terms list in text form (one ``Surname, Forename, role`` a line)."""
    lines = [line for line in data.decode("utf-8", "replace").splitlines() if line.strip()]
    if not lines or any(HEADING_RE.match(line) for line in lines[:50]):
        return False
    return sum(bool(REGISTER_LINE_RE.match(line)) for line in lines) >= 0.8 * len(lines)
