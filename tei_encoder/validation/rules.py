"""Layer 4: editorial rules. Schematron (``schemas/tei-encoder.sch``, lxml's ISO Schematron)
for what XPath 1.0 can say, and one Python function a rule for the rest.

Each rule: ``rule(tree) -> [(element, message, severity)]``. The runner turns findings into
``file:line:col`` problems; Schematron's SVRL locations (XPaths) are resolved against the tree
to get back to source lines, which lxml's report does not give.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time
from functools import cache
from pathlib import Path

from lxml import etree
from lxml.isoschematron import Schematron

from ..model import TEI_NS, XML_ID, Problem
from ..resources import data_dir
from .parse import column_of

T = f"{{{TEI_NS}}}"
SVRL = "http://purl.oclc.org/dsdl/svrl"
SCHEMATRON_RULES = ("one-head", "source-note", "source-note-missing", "document-number", "note-id-prefix", "empty-paragraph",
                    "list-type", "pb-number", "empty-name", "stray-after-name")


def unique_id(tree):
    """Every xml:id occurs once in the file."""
    seen = {}
    for element in tree.iter():
        value = element.get(XML_ID) if isinstance(element.tag, str) else None
        if value is None:
            continue
        if value in seen:
            yield element, f'xml:id "{value}" is used again (first on line {seen[value].sourceline})', "error"
        else:
            seen[value] = element


def _ids(tree) -> set[str]:
    return {e.get(XML_ID) for e in tree.iter() if isinstance(e.tag, str) and e.get(XML_ID)}


def _pointers(tree):
    """(element, attribute, pointer) for every pointer in @corresp, @target, @ref."""
    for element in tree.iter():
        if isinstance(element.tag, str):
            for attribute in ("corresp", "target", "ref"):
                for pointer in (element.get(attribute) or "").split():
                    yield element, attribute, pointer


def pointer_resolves(tree):
    """Every local pointer (``#id`` in @corresp, @target, @ref) names an xml:id of the file.
    A ``ref`` to another document (``#d380``) is resolved in the volume: in a single document
    it is not checked, in a volume a missing document is a warning (the corpus may be partial)."""
    ids = _ids(tree)
    single = tree.getroot().tag == T + "TEI" and sum(
        1 for d in tree.iter(T + "div") if d.get("type") == "document") <= 1
    for element, attribute, pointer in _pointers(tree):
        if not pointer.startswith("#") or pointer[1:] in ids:
            continue
        if element.tag == T + "ref" and DOCUMENT_ID_RE.fullmatch(pointer):
            if not single:
                yield element, f"document {pointer[1:]} is not in this volume", "warning"
        else:
            yield element, f'@{attribute}="{pointer}" points to no xml:id in this file', "error"


DOCUMENT_ID_RE = re.compile(r"#d\d+[a-z]?")


def pointer_form(tree):
    """A pointer written as a bare id (``corresp="p_TLE1"``) where ``#p_TLE1`` was meant."""
    ids = _ids(tree)
    for element, attribute, pointer in _pointers(tree):
        if pointer in ids:
            yield element, f'@{attribute}="{pointer}" names an xml:id without "#"', "error"


def note_order(tree):
    """Numbered notes run in order within each document."""
    for div in tree.iter(T + "div"):
        if div.get("type") == "document":
            yield from _out_of_order(div.iter(T + "note"), "note {} comes after note {}")


def page_order(tree):
    """Numbered page breaks increase through the file."""
    yield from _out_of_order(tree.iter(T + "pb"), "page {} comes after page {}")


def _out_of_order(elements, message: str):
    previous = None
    for element in elements:
        number = _number(element.get("n"))
        if number is None:
            continue
        if previous is not None and number <= previous:
            yield element, message.format(element.get("n"), previous), "error"
        previous = number


PAGE_RANGE_RE = re.compile(r"\bpp?\.\s*(\d+)\s*[-–—]\s*(\d+)\b")


def page_range(tree):
    """Page ranges in the text ascend (``pp. 313–311`` is a typo or a lost digit)."""
    for element in tree.iter(T + "p", T + "note", T + "item", T + "cell"):
        for text in [element.text or ""] + [child.tail or "" for child in element]:
            for m in PAGE_RANGE_RE.finditer(text):
                first, last = int(m.group(1)), int(m.group(2))
                if last < first and not (len(m.group(2)) < len(m.group(1))
                                         and int(m.group(1)[:-len(m.group(2))] + m.group(2)) > first):
                    yield element, f'page range "{m.group(0)}" descends', "warning"


def iso_dates(tree):
    """@when, @from, @to, @notBefore, @notAfter are real ISO 8601 dates; @from is not after @to."""
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        values = {}
        for attribute in ("when", "from", "to", "notBefore", "notAfter"):
            value = element.get(attribute)
            if value is None:
                continue
            parsed = parse_iso(value)
            if parsed is None:
                yield element, f'@{attribute}="{value}" is not a valid ISO 8601 date or time', "error"
            else:
                values[attribute] = parsed
        for start, end in (("from", "to"), ("notBefore", "notAfter")):
            if start in values and end in values and type(values[start]) is type(values[end]) \
                    and values[start] > values[end]:
                yield element, f'@{start}="{element.get(start)}" is after @{end}="{element.get(end)}"', "error"


def word_break(tree):
    """A page break or note between two letters splits a word (``inter<pb/>national``)."""
    for element in tree.iter(T + "pb", T + "note"):
        parent = element.getparent()
        if parent is None or parent.tag not in (T + "p", T + "item", T + "head", T + "cell"):
            continue
        previous = element.getprevious()
        before = (previous.tail if previous is not None else parent.text) or ""
        after = element.tail or ""
        if before[-1:].isalpha() and after[:1].isalpha() and element.tag == T + "pb":
            yield element, "the page break splits a word", "warning"


def name_matches_register(tree):
    """A persName's text contains a name of the person it points to (surname or forename),
    when the file holds that person (``listPerson`` or a FRUS persons list)."""
    people = _people(tree)
    for name in tree.iter(T + "persName"):
        pointer = name.get("corresp") or name.get("ref") or ""
        if not pointer.startswith("#") or pointer[1:] not in people:
            continue
        text = _words(" ".join(name.itertext()))
        if text and not text & people[pointer[1:]]:
            yield name, (f'persName "{" ".join(name.itertext()).strip()}" points to {pointer}, '
                         f'whose names are {", ".join(sorted(people[pointer[1:]]))}'), "error"


PYTHON_RULES = {
    "unique-id": unique_id,
    "pointer-resolves": pointer_resolves,
    "pointer-form": pointer_form,
    "note-order": note_order,
    "page-order": page_order,
    "page-range": page_range,
    "iso-date": iso_dates,
    "word-break": word_break,
    "name-register": name_matches_register,
}
RULE_IDS = (*SCHEMATRON_RULES, *PYTHON_RULES)


def run_rules(tree, lines, source: str, selected=None) -> list[Problem]:
    selected = set(selected or RULE_IDS)
    problems = []
    for rule_id, rule in PYTHON_RULES.items():
        if rule_id in selected:
            for element, message, severity in rule(tree):
                problems.append(_finding(rule_id, element, message, severity, lines, source))
    if selected & set(SCHEMATRON_RULES):
        problems.extend(p for p in run_schematron(tree, lines, source) if p.code in selected)
    return sorted(problems, key=lambda p: (p.line, p.column, p.code))


@cache
def schematron() -> Schematron:
    return Schematron(etree.parse(str(schemas_dir() / "tei-encoder.sch")), store_report=True)


def run_schematron(tree, lines, source: str) -> list[Problem]:
    checker = schematron()
    checker.validate(tree)
    report = checker.validation_report
    problems = []
    for failure in report.iter(f"{{{SVRL}}}failed-assert", f"{{{SVRL}}}successful-report"):
        located = tree.xpath(failure.get("location"))
        element = located[0] if located else tree.getroot()
        message = " ".join("".join(failure.itertext()).split())
        problems.append(_finding(failure.get("id", "schematron"), element, message,
                                 failure.get("role", "error"), lines, source))
    return problems


def schemas_dir() -> Path:
    return data_dir("schemas", "tei-encoder.xsd")


def _finding(rule_id, element, message, severity, lines, source) -> Problem:
    return Problem(severity, rule_id, message, source, element.sourceline or 0, RULE_HINTS.get(rule_id, ""),
                   column_of(element, lines), "rules")


RULE_HINTS = {
    "unique-id": "give each element its own xml:id",
    "pointer-resolves": "point to an xml:id that exists, or add the entry",
    "name-register": "check persName/@corresp: it may point to the wrong person",
    "stray-after-name": "delete the stray character",
    "iso-date": "use YYYY-MM-DD or YYYY-MM-DDThh:mm:ss",
    "note-order": "renumber the notes or move the misplaced one",
    "page-order": "check the page numbers",
}


def parse_iso(value: str):
    for parse in (_date, _datetime, _time):
        try:
            return parse(value)
        except ValueError:
            continue
    return None


def _date(value):
    if re.fullmatch(r"-?\d{4}", value):
        return date(int(value), 1, 1)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return date.fromisoformat(value + "-01")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value)
    raise ValueError(value)


def _datetime(value):
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?", value):
        raise ValueError(value)
    return datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)


def _time(value):
    if not re.fullmatch(r"\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?", value):
        raise ValueError(value)
    return time.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)


def _number(value):
    return int(value) if value and value.isdigit() else None


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]{2,}", re.sub(r"['’ʼ]s\b", "", text))}


def _people(tree) -> dict[str, set[str]]:
    """Register entries in the file: listPerson/person and FRUS lists (persName[@xml:id])."""
    people = {}
    for person in tree.iter(T + "person"):
        if person.get(XML_ID):
            people[person.get(XML_ID)] = _words(" ".join(person.find(T + "persName").itertext())
                                                if person.find(T + "persName") is not None else "")
    for name in tree.iter(T + "persName"):
        if name.get(XML_ID) and name.getparent().tag != T + "person":
            people[name.get(XML_ID)] = _words(" ".join(name.itertext()))
    return {key: words for key, words in people.items() if words}
