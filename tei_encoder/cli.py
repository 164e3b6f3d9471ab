"""Command line: ``tei-encoder convert|validate|render|build``."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .engine import Engine
from .model import Problem, safe_parser
from .report import Report
from .writer import write_atomic


def collect_inputs(sources, suffix: str) -> tuple[list[Path], list[Problem]]:
    files, problems = [], []
    for src in sources:
        path = Path(src)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob(f"*{suffix}") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            problems.append(Problem("error", "no-such-input", "no such file or folder", str(path), 0,
                                    "check the path"))
    return files, problems


def run_convert(sources, outdir: Path, persons=None, terms=None, jobs=None, progress=False,
                harvest_persons=True) -> Report:
    """Encode every input. With no persons register, one is built from the corpus first
    (``registers.harvest``) and written to ``OUTDIR/persons.txt``."""
    report = Report()
    files, problems = collect_inputs(sources, ".txt")
    report.add(problems)
    report.inputs = len(files)
    paths = [str(f) for f in files]
    found = {}
    with Engine(jobs, len(paths), progress) as engine:
        engine.load_registers(persons, terms)
        if persons is None and harvest_persons and paths:
            persons = write_corpus_register(engine.gather(paths).values(), outdir)
        for _path, (names, problems) in engine.finish(paths, persons, terms, outdir):
            found[_path] = (names, problems)
    for path in paths:                           # the report in input order
        names, problems = found[path]
        report.add(problems)
        report.written.extend(str(outdir / f"{name}.xml") for name in names)
    return report


def write_corpus_register(found, outdir: Path) -> Path | None:
    """Cluster the names gathered from every document into persons; write the register."""
    from .registers.harvest import build_register, write_text_register
    seen = [s for sightings in found for s in sightings]
    if not seen:
        return None
    target = outdir / "persons.txt"
    write_atomic(target, write_text_register(build_register(seen)).encode("utf-8"))
    return target


@click.group()
@click.version_option(__version__, prog_name="tei-encoder")
def main():
    """Turn plain-text memoranda into TEI P5, validate TEI, render reading views."""


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", "outdir", required=True, type=click.Path(file_okay=False),
              help="folder for the TEI files (one per memorandum)")
@click.option("--persons", type=click.Path(exists=True, dir_okay=False),
              help="persons register: FRUS persons.xml, TEI listPerson, or text 'Surname, Forename, role'")
@click.option("--terms", type=click.Path(exists=True, dir_okay=False),
              help="terms register: FRUS terms.xml, TEI list, or text 'ABBR, expansion'")
@click.option("--report", "report_path", type=click.Path(dir_okay=False),
              help="JSON review report (default: OUTPUT/report.json)")
@click.option("--build-persons/--no-build-persons", default=True,
              help="with no --persons, build a persons register from the corpus (OUTPUT/persons.txt)")
@click.option("-j", "--jobs", type=int, default=None, help="worker processes (default: cores)")
@click.option("--progress/--no-progress", default=None, help="progress bar (default: on a terminal)")
def convert(sources, outdir, persons, terms, build_persons, report_path, jobs, progress):
    """Encode SOURCES (.txt files or folders of them) as TEI P5 into OUTPUT."""
    outdir = Path(outdir)
    if progress is None:
        progress = sys.stderr.isatty()
    try:
        report = run_convert(sources, outdir, persons, terms, jobs, progress, build_persons)
    except RegisterError as exc:
        raise click.ClickException(str(exc)) from None
    write_atomic(Path(report_path) if report_path else outdir / "report.json", report.to_json().encode())
    for line in report.summary_lines():
        click.echo(line, err=True)
    sys.exit(1 if report.errors else 0)


@main.command()
@click.argument("source", type=click.Path(exists=True))
@click.option("-o", "--output", "outdir", required=True, type=click.Path(file_okay=False),
              help="folder of the edition: tei/, volume.xml, site/, report.json, report.html")
@click.option("--persons", type=click.Path(exists=True, dir_okay=False),
              help="persons register (default: built from the corpus into OUTPUT/persons.txt)")
@click.option("--terms", type=click.Path(exists=True, dir_okay=False), help="terms register")
@click.option("-j", "--jobs", type=int, default=None, help="worker processes (default: cores)")
@click.option("--profile", type=click.Choice(["frus", "tei"]), default="frus",
              help="volume front matter: a FRUS persons list, or a TEI listPerson")
@click.option("--title", default=None, help="title of the volume and its contents page")
@click.option("--progress/--no-progress", default=None, help="progress bars (default: on a terminal)")
def build(source, outdir, persons, terms, jobs, profile, title, progress):
    """Build an edition from SOURCE (a folder of .txt memoranda): TEI per document, the volume,
    validation of everything, the static site and the review report. Unchanged inputs are not
    redone. Exit 1 when a file could not be encoded or a validation error was found."""
    from .build import build as run_build
    if progress is None:
        progress = sys.stderr.isatty()
    try:
        result = run_build(source, outdir, persons, terms, jobs, profile, progress, title)
    except RegisterError as exc:
        raise click.ClickException(str(exc)) from None
    for problem in [p for p in result.problems if p.severity == "error"][:20]:
        click.echo(str(problem), err=True)
    for line in result.summary_lines():
        click.echo(line, err=True)
    sys.exit(1 if result.errors else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--schema", type=click.Choice(["tei_all", "project", "both", "none"]), default="both",
              help="schema layers: TEI P5 tei_all (RELAX NG), the project's XSD, both, or none")
@click.option("--rules", default="all",
              help="editorial rules to run: 'all', 'none', or ids separated by commas (see --list-rules)")
@click.option("--list-rules", is_flag=True, help="list the editorial rules and exit")
@click.option("-j", "--jobs", type=int, default=None, help="worker processes for folders (default: cores)")
@click.option("--max-bytes", type=int, default=512 * 1024 * 1024, show_default=True,
              help="refuse files larger than this (memory bound)")
def validate(paths, fmt, schema, rules, list_rules, jobs, max_bytes):
    """Check TEI files (TEI or teiCorpus) layer by layer: well-formedness and safety, TEI P5
    tei_all, the project schema, editorial rules. Exit 0 when clean, 1 when errors were
    found, 2 for usage errors or unreadable input."""
    import json

    from .validation import RULE_IDS, summary, validate_files
    if list_rules:
        click.echo("\n".join(RULE_IDS))
        return
    selected = None if rules == "all" else () if rules == "none" else tuple(r.strip() for r in rules.split(","))
    unknown = [r for r in selected or () if r not in RULE_IDS]
    if unknown:
        raise click.UsageError(f"unknown rule(s): {', '.join(unknown)}; see --list-rules")
    files, missing = collect_inputs(paths, ".xml")
    files = [f for f in files if f.name != "report.json"]
    problems = validate_files(files, schema, selected, jobs, max_bytes)
    counts = summary(problems, len(files))
    if fmt == "json":
        click.echo(json.dumps({**counts, "problems": [p.as_dict() for p in missing + problems]}, indent=2))
    else:
        for problem in missing + problems:
            click.echo(str(problem))
        click.echo(f"{len(files)} file(s) checked: {counts['errors']} error(s), {counts['warnings']} warning(s)",
                   err=True)
    unreadable = missing or any(p.code == "unreadable" for p in problems)
    sys.exit(2 if unreadable else 1 if counts["errors"] else 0)


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", "outdir", required=True, type=click.Path(file_okay=False))
@click.option("--view", type=click.Choice(["html", "text", "persons", "toc", "site"]), default="site",
              help="html: one page a document; text: the input format; persons: persons index; "
                   "toc: contents; site: all of these plus style.css, browsable from disk")
@click.option("--title", default="Contents", help="title of the contents page")
def render(sources, outdir, view, title):
    """Render TEI files (or folders) into reading views."""
    from . import views
    outdir = Path(outdir)
    documents, problems = read_tei_files(sources)
    for problem in problems:
        click.echo(str(problem), err=True)
    written = []
    if view == "site":
        pages = views.write_site(documents, outdir, title)
        written = [outdir / f"{page}.html" for page in pages.values()] + [
            outdir / name for name in ("index.html", "persons.html", "style.css")]
    elif view in ("html", "text"):
        render_one = views.render_html if view == "html" else views.render_text
        for stem, tree in documents:
            written.append(outdir / f"{stem}.{'html' if view == 'html' else 'txt'}")
            write_atomic(written[-1], render_one(tree).encode("utf-8"))
        if view == "html":
            written.append(outdir / "style.css")
            write_atomic(written[-1], views.css())
    else:
        whole = views.corpus(documents)
        name, html = (("persons.html", views.render_persons(whole)) if view == "persons"
                      else ("index.html", views.render_toc(whole, title)))
        written.append(outdir / name)
        write_atomic(written[-1], html.encode("utf-8"))
    click.echo(f"{len(documents)} document(s) rendered ({view}): {len(written)} file(s) in {outdir}", err=True)
    sys.exit(1 if problems else 0)


def read_tei_files(sources) -> tuple[list, list[Problem]]:
    """``(stem, tree)`` of every TEI file under ``sources``; unreadable ones become problems."""
    from lxml import etree
    files, problems = collect_inputs(sources, ".xml")
    documents = []
    for path in files:
        try:
            documents.append((path.stem, etree.parse(str(path), safe_parser())))
        except etree.XMLSyntaxError as exc:
            problems.append(Problem("error", "well-formed", exc.msg, str(path), exc.lineno or 0,
                                    "fix the XML, or re-run convert"))
        except OSError as exc:
            problems.append(Problem("error", "unreadable", str(exc), str(path), 0, "check the path"))
    return documents, problems


from .registers import RegisterError

if __name__ == "__main__":
    main()
