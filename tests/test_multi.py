"""Several memoranda in one file: one output each, named d<number>.xml."""
from __future__ import annotations

from click.testing import CliRunner

from tei_encoder import convert_text
from tei_encoder.cli import main

TWO = ("10. Memorandum of Conversation1\n\n1. First numbered paragraph.\n\nRusk\n\n"
       "  1. Source: Files.\n\n[Page 20]\n\n11. Telegram From Moscow1\n\nText.\n\n  1. Source: Cables.")


def test_split_at_headings_after_footnotes():
    results = convert_text(TWO)
    assert [r.name for r in results] == ["d10", "d11"]
    second = results[1].tree.getroot()
    div = second.find(".//{http://www.tei-c.org/ns/1.0}div")
    assert div[0].tag.endswith("pb") and div[0].get("n") == "20"


def test_cli_names_outputs_by_number(tmp_path):
    (tmp_path / "volume.txt").write_text(TWO, encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(tmp_path / "volume.txt"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "o").glob("*.xml")) == ["d10.xml", "d11.xml"]
