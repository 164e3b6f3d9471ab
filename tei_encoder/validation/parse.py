"""Layers 1 and 0: safe parsing (nothing fetched, no entity expansion, bounded size and depth)
and well-formedness with line and column.

    billion laughs, external entities   -> safety error: entity declarations are refused
    <!DOCTYPE TEI SYSTEM "http://...">  -> safety error: the DTD is not loaded (no network)
    200 MB of nesting                   -> well-formed error at depth 256 (libxml2's limit)
"""
from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from ..model import Problem, safe_parser

MAX_BYTES = 512 * 1024 * 1024     # a tree takes several times its file's size in memory
DOCTYPE_RE = re.compile(rb"<!DOCTYPE\s+[^\s>\[]+(?P<external>\s+(?:SYSTEM|PUBLIC)\s[^>\[]*)?\s*(?P<subset>\[)?")
ENTITY_RE = re.compile(rb"<!ENTITY\s")


class Parsed:
    """A parsed file: the tree (None when it could not be parsed), its lines, its problems."""

    def __init__(self, path: str, tree=None, lines=(), problems=()):
        self.path = path
        self.tree = tree
        self.lines = list(lines)
        self.problems = list(problems)


parser = safe_parser


def parse_file(path, max_bytes: int = MAX_BYTES) -> Parsed:
    """Parse a file as a stream: a pathological file fails early (at depth 256, at the first
    entity declaration) without being read whole."""
    path = str(path)
    try:
        size = Path(path).stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(65536)
    except OSError as exc:
        return Parsed(path, problems=[_problem("well-formed", "unreadable", exc.strerror or str(exc), path, 0, 0,
                                               "check the path and its permissions")])
    refused = _refuse_dtd(head, path)
    if refused:
        return Parsed(path, problems=[refused])
    strict = parser()
    try:
        tree = etree.parse(path, strict)
    except etree.XMLSyntaxError as exc:
        if not all("already defined" in e.message for e in strict.error_log):
            line, column = exc.position if exc.position else (exc.lineno or 0, 0)
            if "Excessive depth" in exc.msg:
                return Parsed(path, problems=[_problem(
                    "safety", "too-deep", "elements nested more than 256 deep; parsing stopped there "
                    "(no TEI document nests this deep: the file is broken or hostile)", path, line, column,
                    "check how the file was made")])
            return Parsed(path, problems=[_problem("well-formed", "not-well-formed", exc.msg, path, line, column,
                                                   "fix the XML syntax first; the other layers need a well-formed file")])
        # a repeated xml:id is not a syntax error: parse on and let the unique-id rule say where
        tree = etree.parse(path, parser(recover=True))
    if size > max_bytes:
        return Parsed(path, problems=[_problem("safety", "too-large", f"the file is {size:,} bytes, over the "
                                               f"limit of {max_bytes:,}", path, 0, 0,
                                               "raise --max-bytes if the file is trusted")])
    with open(path, encoding="utf-8", errors="replace") as handle:
        lines = handle.read().splitlines()
    return Parsed(path, tree, lines)


def _refuse_dtd(data: bytes, path: str) -> Problem | None:
    head = data[:65536]
    doctype = DOCTYPE_RE.search(head)
    if doctype is None:
        return None
    line = head[:doctype.start()].count(b"\n") + 1
    entity = ENTITY_RE.search(data, doctype.start()) if doctype.group("subset") else None
    if entity:
        return _problem("safety", "entity-declaration",
                        "the DOCTYPE declares entities; they are refused (entity expansion and external "
                        "entities are ways to attack a validator)", path,
                        data[:entity.start()].count(b"\n") + 1, 1, "TEI needs no DTD: remove the DOCTYPE")
    if doctype.group("external"):
        return _problem("safety", "external-dtd",
                        "the DOCTYPE names an external DTD; it is not loaded (no network, no local files)",
                        path, line, 1, "TEI is checked against its schemas: remove the DOCTYPE")
    return None


def _problem(layer, code, message, path, line, column, hint) -> Problem:
    return Problem("error", code, message, path, line, hint, column, layer)


def column_of(element, lines) -> int:
    """The column of an element's start tag on its line (1 when it cannot be told)."""
    line = element.sourceline or 0
    if not 0 < line <= len(lines):
        return 1
    qname = etree.QName(element).localname
    prefix = element.prefix
    found = lines[line - 1].find(f"<{prefix}:{qname}" if prefix else f"<{qname}")
    return found + 1 if found >= 0 else 1
