"""Registers of persons and terms: loading them, and tagging their mentions.

Formats read (``load_register``):

* a FRUS list in TEI: ``item``s holding ``persName xml:id="p_MAI1"`` (or ``term xml:id=..``)
  followed by a description;
* a TEI ``listPerson``/``person`` file (``persName`` with ``forename``/``surname``);
* plain text, one entry a line: ``Surname, Forename, role`` or ``ABBR, expansion``.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..model import TEI_NS, XML_ID, safe_parser, tei
from .matcher import PersonMatcher, TermMatcher


class RegisterError(Exception):
    """A register file that cannot be read; the message says where and why."""


@dataclass
class Entry:
    id: str
    kind: str                      # "person" or "term"
    label: str                     # "Mikoyan, Anastas I." or "ACDA"
    surname: str = ""
    forenames: str = ""
    description: str = ""
    variants: list[str] = field(default_factory=list)
    see: str = ""                  # a cross-reference entry: mentions go to this ID


class Register:
    """The entries of one register, with the matcher that finds their mentions."""

    def __init__(self, kind: str, entries: list[Entry], source: str = ""):
        self.kind = kind
        self.entries = entries
        self.source = source
        self.by_id = {e.id: e for e in entries}
        self.matcher = PersonMatcher(entries, self.resolve) if kind == "person" else TermMatcher(entries)
        self._elements: dict[str, etree._Element] = {}

    def resolve(self, entry: Entry) -> Entry:
        """Follow a cross-reference entry (``Home, see Douglas-Home``) to the entry it names."""
        return self.by_id.get(entry.see, entry) if entry.see else entry

    def tag_mentions(self, state) -> None:
        self.matcher.tag(state, self)

    def partic_desc(self, state):
        """``particDesc/listPerson`` of the people this document mentions."""
        desc = etree.Element(tei("particDesc"))
        desc.append(self.list_element(state))
        return desc

    def list_element(self, state):
        """The entries this document refers to, with the IDs used in it: a ``listPerson`` of
        ``person``, or a ``list type="terms"`` of ``item``. An entry's element is made once per
        register, then copied (lxml copies a subtree faster than it builds one)."""
        if self.kind == "person":
            used, listing = state.mentioned, etree.Element(tei("listPerson"))
        else:
            used, listing = state.glossed, etree.Element(tei("list"), {"type": "terms"})
        listing.extend(copy.deepcopy(self._entry_element(entry_id)) for entry_id in sorted(used))
        return listing

    def _entry_element(self, entry_id: str):
        element = self._elements.get(entry_id)
        if element is None:
            element = self._elements[entry_id] = entry_element(self.by_id[entry_id])
        return element


def entry_element(entry: Entry):
    """``person`` (persName with surname and forename, note) or ``item`` (term, gloss)."""
    if entry.kind == "person":
        element = etree.Element(tei("person"), {XML_ID: entry.id}, nsmap={None: TEI_NS})
        name = etree.SubElement(element, tei("persName"))
        if entry.surname:
            etree.SubElement(name, tei("surname")).text = entry.surname
        if entry.forenames:
            etree.SubElement(name, tei("forename")).text = entry.forenames
        if entry.description:
            etree.SubElement(element, tei("note")).text = entry.description
        return element
    element = etree.Element(tei("item"), nsmap={None: TEI_NS})
    etree.SubElement(element, tei("term"), {XML_ID: entry.id}).text = entry.label
    if entry.description:
        etree.SubElement(element, tei("gloss")).text = entry.description
    return element


def load_registers(persons, terms) -> tuple[Register | None, Register | None]:
    """The persons and the terms register at these paths (None where no path is given)."""
    return (load_register(persons, "person") if persons else None,
            load_register(terms, "term") if terms else None)


def load_register(path, kind: str) -> Register:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RegisterError(f"{path}: cannot read the register: {exc.strerror}") from None
    if data.lstrip().startswith(b"<"):
        entries = _from_xml(data, path, kind)
    else:
        entries = _from_text(data, path, kind)
    if not entries:
        raise RegisterError(f"{path}:1: no {kind} entries found "
                            f"(expected FRUS TEI, TEI listPerson, or one 'Surname, Forename, role' a line)")
    return Register(kind, entries, str(path))


def _local(element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _text(element) -> str:
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


def _from_xml(data: bytes, path: Path, kind: str) -> list[Entry]:
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as exc:
        raise RegisterError(f"{path}:{exc.lineno}: the register is not well-formed XML: {exc.msg}") from None
    entries: list[Entry] = []
    if kind == "person" and any(_local(e) == "person" for e in root.iter()):
        for person in (e for e in root.iter() if _local(e) == "person"):
            pid = person.get(XML_ID) or f"p_{len(entries) + 1}"
            names = [e for e in person if _local(e) == "persName"]
            if not names:
                continue
            surname = next((_text(e) for e in names[0].iter() if _local(e) == "surname"), "")
            forenames = " ".join(_text(e) for e in names[0].iter() if _local(e) == "forename")
            label = f"{surname}, {forenames}" if surname else _text(names[0])
            if not surname:
                surname, forenames = split_name(label)
            notes = [_text(e) for e in person if _local(e) in ("note", "occupation", "roleName")]
            entries.append(Entry(pid, kind, label, surname, forenames, "; ".join(notes),
                                 [_text(n) for n in names[1:]]))
        return entries
    wanted = "persName" if kind == "person" else "term"
    for element in root.iter():
        if _local(element) != wanted or not element.get(XML_ID):
            continue
        item = next((a for a in element.iterancestors() if _local(a) == "item"), None)
        label = _text(element)
        description = ""
        if item is not None:
            description = _text(item)[len(label):].lstrip(" ,")
        surname, forenames = split_name(label) if kind == "person" else ("", "")
        entries.append(Entry(element.get(XML_ID), kind, label, surname, forenames, description,
                             see=_see_target(item, element)))
    return entries


def _see_target(item, element) -> str:
    """``Home, see Douglas-Home``: the entry a cross-reference sends its mentions to."""
    if item is None or not re.match(r"\s*,?\s*see\b", _text(item)[len(_text(element)):]):
        return ""
    pointer = next((e.get("corresp") or e.get("target") or "" for e in item.iter()
                    if e is not element and (e.get("corresp") or e.get("target"))), "")
    return pointer.lstrip("#")


def _from_text(data: bytes, path: Path, kind: str) -> list[Entry]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RegisterError(f"{path}: byte offset {exc.start} is not valid UTF-8") from None
    entries: list[Entry] = []
    ids: set[str] = set()
    for lineno, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(",")]
        if kind == "term":
            label, description = parts[0], ", ".join(parts[1:])
            entries.append(Entry(_new_id("t_", re.sub(r"[^A-Za-z0-9]", "", label).upper() or "X", ids),
                                 kind, label, description=description))
            continue
        surname = parts[0]
        forenames = parts[1] if len(parts) > 1 and looks_like_forenames(parts[1]) else ""
        rest = parts[2:] if forenames or (len(parts) > 2 and not parts[1]) else parts[1:]
        label = f"{surname}, {forenames}" if forenames else surname
        entries.append(Entry(_new_id("p_", initials(surname, forenames), ids), kind, label,
                             surname, forenames, ", ".join(rest)))
    return entries


def split_name(label: str) -> tuple[str, str]:
    """``Thompson, Llewellyn E.`` -> (``Thompson``, ``Llewellyn E.``)."""
    if "," in label:
        surname, forenames = label.split(",", 1)
        return surname.strip(), forenames.strip()
    words = label.split()
    if len(words) > 1 and INITIAL_RE.fullmatch(words[-1]):
        return words[0], " ".join(words[1:])      # "Bolshakov Georgi N.": inverted, comma lost
    return (words[-1], " ".join(words[:-1])) if words else ("", "")


INITIAL_RE = re.compile(r"[A-Z]\.?")


def looks_like_forenames(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 4 and all(w[0].isupper() for w in words) and not any(
        w.lower() in {"of", "the", "and", "to", "for", "in"} for w in words)


def initials(surname: str, forenames: str) -> str:
    letters = [w[0] for w in re.findall(r"[A-Za-zÀ-ÿ]+", surname + " " + forenames) if w[0].isupper()]
    return "".join(letters).upper() or "X"


def _new_id(prefix: str, stem: str, used: set[str]) -> str:
    k = 1
    while f"{prefix}{stem}{k}" in used:
        k += 1
    used.add(f"{prefix}{stem}{k}")
    return f"{prefix}{stem}{k}"


__all__ = ["TEI_NS", "Entry", "Register", "RegisterError", "load_register", "load_registers"]
