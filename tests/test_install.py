"""A regular (non-editable) install carries the XSLT views and the project's schemas."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tei_encoder import resources

ROOT = Path(__file__).resolve().parent.parent


def test_the_wheel_holds_schemas_and_views(tmp_path):
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path),
                            str(ROOT)], capture_output=True, text=True)
    if built.returncode and ("No matching distribution" in built.stderr or "Could not find" in built.stderr):
        pytest.skip(f"pip cannot fetch the build backend here: {built.stderr.strip()[-200:]}")
    assert built.returncode == 0, built.stderr
    names = set(zipfile.ZipFile(next(tmp_path.glob("tei_encoder-*.whl"))).namelist())
    for shipped in ("schemas/tei-encoder.xsd", "schemas/tei-encoder.sch", "xslt/document.xsl",
                    "xslt/text.xsl", "xslt/persons.xsl", "xslt/toc.xsl", "xslt/style.css"):
        assert f"tei_encoder/{shipped}" in names
    assert not any(name.startswith(("schemas/", "xslt/")) for name in names)   # nothing at the top level


def test_a_same_named_folder_without_our_files_is_passed_over(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "tei_encoder"
    (package / "schemas").mkdir(parents=True)
    (tmp_path / "site-packages" / "schemas").mkdir()            # another package's top-level "schemas"
    (tmp_path / "site-packages" / "schemas" / "tei_all.rng").write_text("<grammar/>")
    monkeypatch.setattr(resources, "PACKAGE", package)
    with pytest.raises(FileNotFoundError, match="schemas/ folder"):
        resources.data_dir("schemas", "tei-encoder.xsd")
    (package / "schemas" / "tei-encoder.xsd").write_text("<schema/>")
    assert resources.data_dir("schemas", "tei-encoder.xsd") == package / "schemas"
