"""`tei-encoder build` / `tei_encoder.build`: a folder of memoranda -> a finished edition."""
from __future__ import annotations

import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from conftest import NS, ROOT, rendered_bench
from lxml import etree

from tei_encoder import build
from tei_encoder.validation import validate_file


@cache
def dev_sources(tmp: str) -> Path:
    """Every dev-set document rendered to text (seed profile), both volumes in one folder."""
    folder = Path(tmp) / "sources"
    folder.mkdir(parents=True, exist_ok=True)
    for path in rendered_bench("seed").glob("*/d*.txt"):
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def dev_build(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("build")
    result = build(dev_sources(str(tmp)), tmp / "out")
    return tmp, result


def test_volume_is_valid_and_lists_each_mentioned_person_once(dev_build):
    tmp, result = dev_build
    assert result.documents >= 100 and result.errors == 0, [str(p) for p in result.problems if p.severity == "error"]
    assert [p for p in validate_file(result.volume) if p.severity == "error"] == []
    volume = etree.parse(str(result.volume))
    listed = volume.xpath("//t:front//t:persName/@xml:id", namespaces=NS)
    mentioned = {ref.lstrip("#") for ref in volume.xpath("//t:body//t:persName/@corresp", namespaces=NS)}
    assert len(listed) == len(set(listed)) and set(listed) == mentioned
    numbers = [int(n) for n in volume.xpath("//t:body/t:div[@type='document']/@n", namespaces=NS)]
    assert numbers == sorted(numbers)
    assert (tmp / "out" / "site" / "index.html").exists() and (tmp / "out" / "report.html").exists()


def test_rebuild_redoes_nothing_then_only_what_changed(dev_build):
    tmp, _ = dev_build
    again = build(dev_sources(str(tmp)), tmp / "out")
    assert again.up_to_date and again.encoded == 0
    source = sorted(dev_sources(str(tmp)).glob("d*.txt"))[3]
    source.write_text(source.read_text(encoding="utf-8") + " ", encoding="utf-8")
    changed = build(dev_sources(str(tmp)), tmp / "out")
    assert not changed.up_to_date and changed.encoded == 1 and changed.errors == 0


def test_a_bad_file_stops_nothing_else_and_leaves_no_partial_files(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for seed in (ROOT / "corpus").glob("*.txt"):
        shutil.copy(seed, src / seed.name)
    (src / "002_broken.txt").write_bytes(b"no heading here\n\nJust text.")
    run = subprocess.run([sys.executable, "-m", "tei_encoder.cli", "build", str(src), "-o", str(tmp_path / "out")],
                         capture_output=True, text=True)
    assert run.returncode == 1
    assert "002_broken.txt:1: error: no-heading" in run.stderr
    assert sorted(p.name for p in (tmp_path / "out" / "tei").glob("*.xml")) == [
        "000_44e4dd7060efc471.xml", "003_fce8dcada2bc6a68.xml"]
    assert not list((tmp_path / "out").rglob("*.tmp"))
    assert "site: " in run.stderr and (tmp_path / "out" / "site" / "index.html").exists()


def test_switching_from_a_given_register_to_a_built_one_gathers_names_again(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for seed in (ROOT / "corpus").glob("*.txt"):
        shutil.copy(seed, src / seed.name)
    register = tmp_path / "persons.txt"
    register.write_text("Mikoyan, Anastas I., First Deputy Chairman\n", encoding="utf-8")
    build(src, tmp_path / "out", persons=register)
    built = build(src, tmp_path / "out")
    assert built.encoded == 2
    names = (tmp_path / "out" / "persons.txt").read_text(encoding="utf-8")
    assert "Dobrynin" in names and "Thompson, Llewellyn E." in names
