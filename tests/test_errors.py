"""Bad input gets a clear message with file and line, a non-zero exit, and no partial file."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tei_encoder import convert_text
from tei_encoder.cli import main

GOOD = "5. Memorandum1\n\nText.\n\n  1. Source: Files."


def run(tmp_path, files: dict[str, bytes]):
    src = tmp_path / "in"
    src.mkdir()
    for name, data in files.items():
        (src / name).write_bytes(data)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["convert", str(src), "-o", str(out)])
    return result, out


@pytest.mark.parametrize("data, code, line", [
    (b"", "empty-input", 1),
    (b"\x00\x01\x02binary", "binary-input", 1),
    (b"5. Memorandum1\n\nCaf\xe9 text.\n", "invalid-utf8", 3),
    (b"Just some text without a heading.\n\nMore.", "no-heading", 1),
])
def test_file_errors_exit_nonzero_and_write_nothing(tmp_path, data, code, line):
    result, out = run(tmp_path, {"bad.txt": data, "good.txt": GOOD.encode()})
    assert result.exit_code == 1
    assert f"bad.txt:{line}: error: {code}" in result.output
    assert not (out / "bad.xml").exists()
    assert (out / "good.xml").exists()          # the rest of the folder still converts
    report = json.loads((out / "report.json").read_text())
    assert report["summary"]["errors"] == 1
    assert not list(out.glob(".*.tmp"))


def test_footnote_without_marker_is_kept_and_reported():
    result = convert_text("5. Memorandum1\n\nText.\n\n  1. Source: Files.\n  2. An orphan note.")[0]
    problem = next(p for p in result.problems if p.code == "note-unanchored")
    assert problem.line == 6 and "footnote 2" in problem.message
    notes = result.tree.getroot().findall(".//{http://www.tei-c.org/ns/1.0}note")
    assert [n.get("n") for n in notes] == ["1", "2"]


def test_page_marker_that_is_not_a_number(tmp_path):
    result = convert_text("5. Memorandum1\n\nText [Page ??] more.\n\n  1. Source: Files.")[0]
    problem = next(p for p in result.problems if p.code == "bad-page-number")
    assert problem.line == 3 and "[Page ??]" in problem.message
    assert "[Page ??]" in "".join(result.tree.getroot().itertext())


def test_missing_source_path(tmp_path):
    result = CliRunner().invoke(main, ["convert", str(tmp_path / "nope"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1 and "no-such-input" in result.output


def test_outputs_are_written_whole_with_the_usual_permissions(tmp_path):
    import os
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "memo.txt").write_text("5. Memorandum\n\nText.1\n\n  1. Source: X.", encoding="utf-8")
    old = os.umask(0o022)
    try:
        result = CliRunner().invoke(main, ["convert", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    written = tmp_path / "out" / "memo.xml"
    assert oct(written.stat().st_mode & 0o777) == oct(0o644)
    assert not [p.name for p in (tmp_path / "out").iterdir() if p.name.endswith(".tmp")]


def test_a_register_in_the_input_folder_is_skipped_with_a_warning(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "d5.txt").write_text("5. Memorandum\n\nText.1\n\n  1. Source: X.", encoding="utf-8")
    (tmp_path / "in" / "persons.txt").write_text(
        "Abel, Rudolf I., Colonel\nAdenauer, Konrad, Chancellor of the Federal Republic of Germany\n",
        encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(tmp_path / "in"), "-o", str(tmp_path / "out"),
                                       "--no-build-persons"])
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    [skipped] = [p for p in report["problems"] if p["code"] == "register-skipped"]
    assert (skipped["severity"], skipped["file"].endswith("persons.txt")) == ("warning", True)
    assert sorted(p.name for p in (tmp_path / "out").glob("*.xml")) == ["d5.xml"]


def test_a_bad_register_is_refused_before_anything_is_written(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "d1.txt").write_text("1. Memorandum\n\nText.\n\n  1. Source: Files.", encoding="utf-8")
    (tmp_path / "persons.xml").write_text("<list/>", encoding="utf-8")
    for command in ("convert", "build"):
        out = tmp_path / command
        result = CliRunner().invoke(main, [command, str(tmp_path / "in"), "-o", str(out),
                                           "--persons", str(tmp_path / "persons.xml")])
        assert result.exit_code == 1
        assert "persons.xml:1: no person entries found" in result.output
        assert not out.exists()
