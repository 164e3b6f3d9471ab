"""Command line: ``tei-encoder convert|validate|render|build``."""
from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path

import click

from . import __version__
from .encoder import encode_file
from .model import Problem
from .report import Report
from .writer import serialize, write_atomic

PARALLEL_FROM = 24   # below this many files, one process is faster than a pool


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


def load_registers(persons, terms):
    from .registers import load_register
    return (load_register(persons, "person") if persons else None,
            load_register(terms, "term") if terms else None)


def _convert_one(args):
    """Worker: encode one file, return (serialized outputs, problems)."""
    path, persons_path, terms_path = args
    persons, terms = _worker_registers(persons_path, terms_path)
    outputs, problems = [], []
    for result in encode_file(path, persons, terms):
        problems.extend(result.problems)
        if result.ok:
            outputs.append((result.name, serialize(result.tree)))
    return outputs, problems


@lru_cache(maxsize=1)
def _worker_registers(persons_path, terms_path):
    """Registers are loaded once per worker process, not once per file."""
    return load_registers(persons_path, terms_path)


def run_convert(sources, outdir: Path, persons=None, terms=None, jobs=None, progress=False) -> Report:
    report = Report()
    files, problems = collect_inputs(sources, ".txt")
    report.add(problems)
    report.inputs = len(files)
    if persons or terms:
        load_registers(persons, terms)           # fail early, in the parent, on a bad register
    tasks = [(str(f), persons, terms) for f in files]
    jobs = jobs or os.cpu_count() or 1
    if jobs > 1 and len(tasks) >= PARALLEL_FROM:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = pool.map(_convert_one, tasks, chunksize=max(1, len(tasks) // (jobs * 8)))
            _collect(results, tasks, outdir, report, progress)
    else:
        _collect(map(_convert_one, tasks), tasks, outdir, report, progress)
    return report


def _collect(results, tasks, outdir: Path, report: Report, progress: bool) -> None:
    with click.progressbar(results, length=len(tasks), label="encoding", file=sys.stderr,
                           hidden=not progress) as bar:
        for outputs, problems in bar:
            report.add(problems)
            for name, data in outputs:
                target = outdir / f"{name}.xml"
                write_atomic(target, data)
                report.written.append(str(target))


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
@click.option("-j", "--jobs", type=int, default=None, help="worker processes (default: cores)")
@click.option("--progress/--no-progress", default=None, help="progress bar (default: on a terminal)")
def convert(sources, outdir, persons, terms, report_path, jobs, progress):
    """Encode SOURCES (.txt files or folders of them) as TEI P5 into OUTPUT."""
    outdir = Path(outdir)
    if progress is None:
        progress = sys.stderr.isatty()
    try:
        report = run_convert(sources, outdir, persons, terms, jobs, progress)
    except RegisterError as exc:
        raise click.ClickException(str(exc)) from None
    write_atomic(Path(report_path) if report_path else outdir / "report.json", report.to_json().encode())
    for line in report.summary_lines():
        click.echo(line, err=True)
    sys.exit(1 if report.errors else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def validate(paths, fmt):
    """Check TEI files: well-formedness and TEI P5 (tei_all). Exit 1 when errors are found."""
    import json
    from .validate import validate_file
    files, problems = collect_inputs(paths, ".xml")
    files = [f for f in files if f.name != "report.json"]
    for path in files:
        problems.extend(validate_file(path))
    errors = [p for p in problems if p.severity == "error"]
    if fmt == "json":
        click.echo(json.dumps({"files": len(files), "errors": len(errors),
                               "problems": [p.as_dict() for p in problems]}, indent=2))
    else:
        for problem in problems:
            click.echo(str(problem))
        click.echo(f"{len(files)} file(s) checked: {len(errors)} error(s)", err=True)
    sys.exit(1 if errors else 0)


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", "outdir", required=True, type=click.Path(file_okay=False))
@click.option("--view", type=click.Choice(["text"]), default="text", help="which reading view")
def render(sources, outdir, view):
    """Render TEI files (or folders) into a reading view."""
    from lxml import etree
    from .views import render_text
    files, problems = collect_inputs(sources, ".xml")
    for problem in problems:
        click.echo(str(problem), err=True)
    written = 0
    for path in files:
        try:
            tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
        except etree.XMLSyntaxError as exc:
            problems.append(Problem("error", "well-formed", exc.msg, str(path), exc.lineno or 0))
            click.echo(str(problems[-1]), err=True)
            continue
        write_atomic(Path(outdir) / f"{path.stem}.txt", render_text(tree).encode("utf-8"))
        written += 1
    click.echo(f"{written} {view} view(s) written to {outdir}", err=True)
    sys.exit(1 if problems else 0)


from .registers import RegisterError  # noqa: E402

if __name__ == "__main__":
    main()
