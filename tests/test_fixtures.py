"""Before/after pairs: each ``fixtures/<feature>/<case>.txt`` must encode to ``<case>.xml``.

The expected XML is the document ``div``; whitespace between elements is not significant.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import canonical, encode
from lxml import etree

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(FIXTURES.glob("*/*.txt"))


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fixture(case: Path):
    div, _problems = encode(case.read_bytes().decode("utf-8"))
    expected = etree.fromstring(case.with_suffix(".xml").read_bytes())
    assert canonical(div) == canonical(expected)


def test_every_feature_has_fixtures():
    features = {p.parent.name for p in CASES}
    assert {"heading", "notes", "pagebreaks", "lists", "dateline", "closer", "reader"} <= features
