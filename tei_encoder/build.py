"""``tei-encoder build``: a folder of memoranda -> a finished edition, incrementally.

    OUT/tei/<name>.xml     one TEI file per memorandum
    OUT/volume.xml         the volume: persons and terms lists as front matter, documents in order
    OUT/site/              the static site (contents, documents, persons index, style.css)
    OUT/persons.txt        the persons register built from the corpus (when none was given)
    OUT/report.json        every problem (encoding and validation), with file:line
    OUT/report.html        the same for an editor, linked to the documents and source lines
    OUT/.build-state.json  content hashes: an unchanged input with unchanged registers is not
                           re-encoded or re-validated; with nothing changed nothing is redone

    >>> from tei_encoder import build
    >>> result = build("corpus", "out")          # doctest: +SKIP
    >>> result.documents, result.errors          # doctest: +SKIP
"""
from __future__ import annotations

import hashlib
import html
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from . import __version__
from .model import TEI_NS, XML_ID, Problem
from .writer import serialize, write_atomic

STATE = ".build-state.json"


@dataclass
class BuildResult:
    outdir: Path
    documents: int = 0
    encoded: int = 0                 # documents encoded in this run (the others were up to date)
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0
    up_to_date: bool = False

    @property
    def errors(self) -> int:
        return sum(p.severity == "error" for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.severity == "warning" for p in self.problems)

    @property
    def site(self) -> Path:
        return self.outdir / "site" / "index.html"

    @property
    def volume(self) -> Path:
        return self.outdir / "volume.xml"

    def summary_lines(self) -> list[str]:
        kinds = Counter(p.code for p in self.problems if p.severity == "warning")
        return [
            f"{self.documents} document(s), {self.encoded} encoded in this run"
            + (" (everything was up to date)" if self.up_to_date else ""),
            f"{self.errors} error(s), {self.warnings} warning(s)"
            + (": " + ", ".join(f"{code} {n}" for code, n in kinds.most_common()) if kinds else ""),
            f"volume: {self.volume}", f"site: {self.site}", f"review report: {self.outdir / 'report.html'}",
            f"time: {self.seconds:.2f} s",
        ]


def build(src, outdir, persons=None, terms=None, jobs=None, profile: str = "frus",
          progress: bool = False, title: str | None = None) -> BuildResult:
    """Convert, register, assemble, validate, render and report; see the module docstring."""
    from .cli import collect_inputs
    from .engine import Engine
    from .registers.harvest import Sighting, build_register, write_text_register
    started = time.perf_counter()
    outdir = Path(outdir)
    result = BuildResult(outdir)
    files, problems = collect_inputs([src] if isinstance(src, (str, Path)) else src, ".txt")
    result.problems.extend(problems)
    hashes = {str(f): _digest(f.read_bytes()) for f in files}
    registers = [Path(p) for p in (persons, terms) if p]
    key = _digest(json.dumps([__version__, profile, title, sorted(hashes.items()),
                              [_digest(p.read_bytes()) for p in registers]]).encode())
    state = _load_state(outdir)
    if state.get("key") == key and all((outdir / name).exists() for name in state.get("products", [])):
        result.documents = state["documents"]
        result.problems = [Problem(**p) for p in state["problems"]]
        result.up_to_date = True
        result.seconds = time.perf_counter() - started
        return result

    cached = state.get("files", {})
    with Engine(jobs, len(files), progress) as engine:
        engine.load_registers(persons, terms)
        if persons is None and files:
            stale = [str(f) for f in files if cached.get(str(f), {}).get("hash") != hashes[str(f)]
                     or "sightings" not in cached[str(f)]]
            found = engine.gather(stale)
            sightings = {path: found[path] if path in found else [Sighting(**s) for s in cached[path]["sightings"]]
                         for path in hashes}
            register = build_register([s for seen in sightings.values() for s in seen])
            persons = outdir / "persons.txt"
            write_atomic(persons, write_text_register(register).encode("utf-8"))
        else:
            sightings = {}
        register_key = _digest(b"".join(Path(p).read_bytes() for p in (persons, terms) if p))
        entries, todo = {}, []
        for f in files:
            path = str(f)
            previous = cached.get(path, {})
            file_key = _digest(f"{hashes[path]}{register_key}{__version__}".encode())
            if previous.get("key") == file_key and all((outdir / "tei" / f"{n}.xml").exists()
                                                        for n in previous.get("outputs", [])):
                entries[path] = previous
            else:
                todo.append(path)
                entries[path] = {"key": file_key}
            entries[path]["hash"] = hashes[path]
            if path in sightings:                  # names gathered for a corpus-built register
                entries[path]["sightings"] = [s._asdict() for s in sightings[path]]
            else:
                entries[path].pop("sightings", None)
        for path, (names, found_problems) in engine.finish(todo, persons, terms, outdir / "tei"):
            entries[path].update(outputs=names, problems=[p.as_dict() for p in found_problems])
            entries[path].pop("validation", None)
        result.encoded = sum(len(entries[p]["outputs"]) for p in todo)

    for entry in entries.values():
        result.problems.extend(Problem(**p) for p in entry.get("problems", []))
    names = [n for entry in entries.values() for n in entry.get("outputs", [])]
    result.documents = len(names)
    parse = lambda name: etree.parse(str(outdir / "tei" / f"{name}.xml"))
    volume = build_volume_file(((name, parse(name)) for name in sorted(names)),
                               title or f"{Path(str(src)).name} ({len(names)} documents)", profile)
    write_atomic(outdir / "volume.xml", serialize(volume))
    del volume
    result.problems.extend(_validate(outdir, entries, jobs))

    from .views import write_site
    page_of = write_site(((name, parse(name)) for name in sorted(names)), outdir / "site", title or "Contents",
                         move=True)
    pages = {str(outdir / "tei" / f"{name}.xml"): page for name, page in page_of.items()}
    for path, entry in entries.items():
        if entry.get("outputs"):
            pages[path] = pages.get(str(outdir / "tei" / f"{entry['outputs'][0]}.xml"), "")
    write_report(outdir, result, pages)
    result.seconds = time.perf_counter() - started
    products = ["volume.xml", "site/index.html", "report.json", "report.html"] + [f"tei/{n}.xml" for n in names]
    write_atomic(outdir / STATE, json.dumps({
        "key": key, "documents": result.documents, "products": products, "files": entries,
        "problems": [p.as_dict() for p in result.problems]},
        ensure_ascii=False).encode("utf-8"))
    return result


def build_volume_file(documents, title: str, profile: str = "frus"):
    """The volume, with the persons and terms the documents refer to as front matter.
    ``documents`` (``(name, tree)`` pairs, read once) give up their divs to the volume."""
    from .volume import E, build_volume, document_divs
    people, terms, divs = {}, {}, []
    for _, tree in documents:
        for person in tree.iterfind(f".//{{{TEI_NS}}}particDesc//{{{TEI_NS}}}person"):
            people.setdefault(person.get(XML_ID), person)
        for item in tree.iterfind(f".//{{{TEI_NS}}}back//{{{TEI_NS}}}item"):
            term = item.find(f"{{{TEI_NS}}}term")
            if term is not None:
                terms.setdefault(term.get(XML_ID), item)
        divs.extend(document_divs(tree))
    front = []
    if people:
        if profile == "tei":
            listing = E.listPerson(*[_copy(people[k]) for k in sorted(people)])
        else:
            listing = E.list(*[_frus_person(people[k]) for k in sorted(people, key=lambda k: _sort_name(people[k]))],
                             type="names")
        front.append(E.div(E.head("Persons"), listing, {XML_ID: "persons", "type": "section"}))
    if terms:
        front.append(E.div(E.head("Abbreviations and Terms"),
                           E.list(*[_copy(terms[k]) for k in sorted(terms)], type="terms"),
                           {XML_ID: "terms", "type": "section"}))
    return build_volume(divs, title, front, f"Assembled by tei-encoder {__version__} from {len(divs)} documents.",
                        move=True)


def _frus_person(person):
    """``<item><hi rend="strong"><persName xml:id="p_X">Surname, Forename</persName>,</hi> role</item>``."""
    from .volume import E
    name = person.find(f"{{{TEI_NS}}}persName")
    surname = name.findtext(f"{{{TEI_NS}}}surname") or ""
    forename = name.findtext(f"{{{TEI_NS}}}forename") or ""
    label = f"{surname}, {forename}" if forename else surname
    strong = E.hi(E.persName(label, {XML_ID: person.get(XML_ID)}), rend="strong")
    description = person.findtext(f"{{{TEI_NS}}}note")
    if description:
        strong[-1].tail = ","
        strong.tail = " " + description
    return E.item(strong)


def _sort_name(person) -> str:
    return " ".join(person.find(f"{{{TEI_NS}}}persName").itertext()).strip().lower()


def _copy(element):
    import copy
    return copy.deepcopy(element)


def _validate(outdir: Path, entries: dict, jobs) -> list[Problem]:
    """Every document (validation cached with its encoding), then the volume: tei_all and the
    rules over the whole file; the project schema over its header and front matter, since its
    documents are copies of files that have just passed it."""
    from .validation import validate_files
    stale = [outdir / "tei" / f"{n}.xml" for e in entries.values() if "validation" not in e
             for n in e.get("outputs", [])]
    found = validate_files(stale, jobs=jobs)
    by_file: dict[str, list] = {}
    for p in found:
        by_file.setdefault(p.file, []).append(p.as_dict())
    for entry in entries.values():
        if "validation" not in entry:
            entry["validation"] = [p for n in entry.get("outputs", [])
                                   for p in by_file.get(str(outdir / "tei" / f"{n}.xml"), [])]
    volume = outdir / "volume.xml"
    return [Problem(**p) for e in entries.values() for p in e["validation"]] + \
        validate_files([volume], schema="tei_all", jobs=1) + _project_frame(volume)


def _project_frame(volume: Path) -> list[Problem]:
    """The volume's header and front matter against the project schema (documents left out;
    the elements kept have the volume's own line numbers)."""
    from .validation import project_layer
    from .validation.parse import parse_file
    parsed = parse_file(volume)
    if parsed.tree is None:
        return parsed.problems
    body = parsed.tree.find(f".//{{{TEI_NS}}}body")
    for div in body[1:]:
        body.remove(div)
    return project_layer(parsed)


def write_report(outdir: Path, result: BuildResult, pages: dict[str, str]) -> None:
    problems = sorted(result.problems, key=lambda p: (p.severity != "error", p.file, p.line))
    summary = {"documents": result.documents, "errors": result.errors, "warnings": result.warnings,
               "by_code": dict(Counter(p.code for p in problems).most_common())}
    write_atomic(outdir / "report.json", (json.dumps(
        {"summary": summary, "problems": [p.as_dict() for p in problems]},
        indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    rows = []
    for p in problems:
        source = Path(p.file)
        link = f'<a href="{html.escape(source.resolve().as_uri())}">{html.escape(source.name)}:{p.line}</a>' \
            if p.file and source.exists() else html.escape(p.where())
        page = f'<a href="site/{html.escape(pages[p.file])}.html">{html.escape(pages[p.file])}</a>' \
            if pages.get(p.file) else ""
        rows.append(f'<tr class="{p.severity}"><td>{p.severity}</td><td>{link}</td><td>{page}</td>'
                    f"<td><code>{html.escape(p.code)}</code></td><td>{html.escape(p.message)}</td>"
                    f"<td>{html.escape(p.hint)}</td></tr>")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Review report</title>
<link rel="stylesheet" href="site/style.css"></head><body><main>
<h1>Review report</h1>
<p>{result.documents} documents: {result.errors} errors, {result.warnings} warnings.
<a href="site/index.html">Contents</a> · <a href="volume.xml">Volume</a></p>
<table class="toc"><thead><tr><th>severity</th><th>where</th><th>document</th><th>rule</th><th>what</th>
<th>what to check</th></tr></thead><tbody>
{chr(10).join(rows)}
</tbody></table></main></body></html>
"""
    write_atomic(outdir / "report.html", page.encode("utf-8"))


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:24]


def _load_state(outdir: Path) -> dict:
    try:
        return json.loads((outdir / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
