"""`tei-encoder validate`: layers, rules, the fault suite, hostile input, a whole gold volume.

* tests/validation/base.xml (an output of convert) passes every layer and every rule: the
  passing fixture of each rule; tests/validation/faults/*.xml are its failing fixtures, one kind
  of fault each, with the layer, rule and line that must be reported in their first line;
* every output of convert on the dev set passes all layers with 0 errors;
* tei_all pruned to a batch's vocabulary gives the same verdicts as the whole schema.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BENCH, rendered_bench

from tei_encoder.validation import RULE_IDS, validate_file, validate_files
from tei_encoder.validation.schemas import pruned_tei_all, tei_all, vocabulary
from tei_encoder.volume import build_volume
from tei_encoder.writer import serialize, write_atomic

HERE = Path(__file__).resolve().parent / "validation"
FAULTS = sorted((HERE / "faults").glob("*.xml"))


def expectation(path: Path) -> tuple[str, str, int]:
    m = re.search(rb"expect layer=(\S+) code=(\S+) line=(\d+)", path.read_bytes()[:300])
    return m.group(1).decode(), m.group(2).decode(), int(m.group(3))


def test_base_document_passes_every_layer_and_rule():
    assert validate_file(HERE / "base.xml") == []


def test_fault_suite_covers_thirty_kinds_and_every_rule():
    assert len(FAULTS) >= 30
    assert {expectation(p)[1] for p in FAULTS} >= set(RULE_IDS)


@pytest.mark.parametrize("path", FAULTS, ids=[p.stem for p in FAULTS])
def test_fault_is_caught_by_its_layer_at_its_line(path):
    layer, code, line = expectation(path)
    found = validate_file(path)
    assert any(p.layer == layer and p.code == code and p.line == line for p in found), \
        [(p.layer, p.code, p.line, p.message) for p in found]


def test_rule_selection_and_messages():
    found = validate_file(HERE / "faults" / "duplicate-id.xml", schema="none", rules=("unique-id",))
    assert [str(p) for p in found] == [
        f"{HERE / 'faults' / 'duplicate-id.xml'}:58:9: error: unique-id: xml:id \"pg_45\" is used again "
        "(first on line 57) (give each element its own xml:id)"]


def test_cli_json_and_exit_codes(tmp_path):
    run = [sys.executable, "-m", "tei_encoder.cli", "validate"]
    clean = subprocess.run([*run, str(HERE / "base.xml")], capture_output=True, text=True)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    broken = subprocess.run([*run, "--format", "json", str(HERE / "faults" / "page-order.xml")],
                            capture_output=True, text=True)
    assert broken.returncode == 1
    report = json.loads(broken.stdout)
    assert report["errors"] == 1 and report["by_layer"]["rules"] == 1
    assert report["problems"][0]["code"] == "page-order" and report["problems"][0]["column"] == 9
    missing = subprocess.run([*run, str(tmp_path / "nothing.xml")], capture_output=True, text=True)
    assert missing.returncode == 2


@pytest.mark.parametrize("kind", ["billion-laughs", "external-entity-file", "network-dtd"])
def test_hostile_documents_are_refused_not_expanded(kind):
    found = validate_file(HERE / "faults" / f"{kind}.xml")
    assert [p.layer for p in found] == ["safety"]
    assert "refused" in found[0].message or "not loaded" in found[0].message


def test_two_hundred_megabytes_of_nesting(tmp_path):
    path = tmp_path / "deep.xml"
    chunk = b"<hi>" * 1024
    with path.open("wb") as out:
        out.write(b'<TEI xmlns="http://www.tei-c.org/ns/1.0">')
        for _ in range(200 * 1024 * 1024 // len(chunk)):
            out.write(chunk)
    result = subprocess.run([sys.executable, "-m", "tei_encoder.cli", "validate", str(path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert re.search(r"deep\.xml:1:\d+: error: too-deep: elements nested more than 256 deep", result.stdout)


def convert_dev_set(tmp_path, profile: str) -> list[Path]:
    outputs = []
    for volume in sorted(p for p in rendered_bench(profile).iterdir() if p.is_dir()):
        gold = BENCH / "gold" / volume.name
        out = tmp_path / profile / volume.name
        subprocess.run([sys.executable, "-m", "tei_encoder.cli", "convert", str(volume), "-o", str(out),
                        "--persons", str(gold / "persons.xml"), "--terms", str(gold / "terms.xml")],
                       capture_output=True, check=False)
        outputs += sorted(out.glob("d*.xml"))
    return outputs


@pytest.mark.parametrize("profile", ["seed", "web"])
def test_every_dev_set_output_passes_all_layers(tmp_path, profile):
    outputs = convert_dev_set(tmp_path, profile)
    assert len(outputs) >= 100
    errors = [str(p) for p in validate_files(outputs) if p.severity == "error"]
    assert errors == []


def test_pruned_tei_all_agrees_with_the_whole_schema():
    from lxml import etree
    whole = tei_all()
    trees = [etree.parse(str(HERE / "base.xml"))] + [
        etree.parse(str(p)) for p in FAULTS if expectation(p)[0] in ("tei_all", "project", "rules")
        and p.stem != "duplicate-id"]
    pruned = pruned_tei_all(*vocabulary(trees))
    assert [pruned.validate(t) for t in trees] == [whole.validate(t) for t in trees]


@pytest.fixture(scope="module")
def gold_volume(tmp_path_factory):
    """frus1961-63v05 as one volume: persons and terms as front matter, documents in the body."""
    from lxml import etree
    gold = BENCH / "gold" / "frus1961-63v05"
    if not gold.exists():
        pytest.skip("../shared/bench/gold is not beside the checkout")
    documents = [etree.parse(str(p)) for p in sorted(gold.glob("d*.xml"))]
    front = [etree.parse(str(gold / name)).getroot() for name in ("persons.xml", "terms.xml")]
    volume = build_volume(documents, "FRUS 1961-63 vol. V (gold)", front)
    path = tmp_path_factory.mktemp("volume") / "frus1961-63v05.xml"
    write_atomic(path, serialize(volume))
    return path


def test_gold_volume_is_valid_tei_and_its_known_faults_are_found(gold_volume):
    found = validate_file(gold_volume, schema="tei_all")
    assert [p for p in found if p.layer == "tei_all"] == []
    lines = gold_volume.read_text(encoding="utf-8").splitlines()
    stray = [p for p in found if p.code == "stray-after-name"]
    assert stray and all("&gt;" in lines[p.line - 1] for p in stray)
    wrong = [p for p in found if p.code == "name-register"]
    assert wrong
    for p in wrong:
        pointer = re.search(r"points to (#\S+),", p.message).group(1)
        assert f'corresp="{pointer}"' in lines[p.line - 1]
    # the volume holds 52 of the volume's documents: references to the others cannot resolve
    others = [p for p in found if p.severity == "error" and p.code != "name-register"
              and not (p.code == "pointer-resolves" and re.search(r'@target="#d\d+fn\d+"', p.message))]
    assert others == []
