"""Benchmark: render every dev-set document (../shared/bench, web profile) as HTML and
text, plus the static site (contents, persons index), and time it.

    python bench/views.py            # prints seconds for encode (not timed), render, site
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tei_encoder import encode_file
from tei_encoder.registers import load_register
from tei_encoder.views import render_html, render_text, write_site

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        subprocess.run([sys.executable, str(BENCH / "tei2text.py"), str(BENCH / "gold"), "--out", str(tmp / "in"),
                        "--profile", "web"], check=True, capture_output=True)
        documents = []
        for volume in sorted(p for p in (tmp / "in").iterdir() if p.is_dir()):
            persons = load_register(BENCH / "gold" / volume.name / "persons.xml", "person")
            terms = load_register(BENCH / "gold" / volume.name / "terms.xml", "term")
            documents += [(f"{volume.name}-{p.stem}", encode_file(p, persons, terms)[0].tree)
                          for p in sorted(volume.glob("d*.txt"))]
        start = time.perf_counter()
        for _stem, tree in documents:
            render_html(tree)
            render_text(tree)
        views = time.perf_counter() - start
        start = time.perf_counter()
        write_site(documents, tmp / "site")
        site = time.perf_counter() - start
        print(f"{len(documents)} documents: html+text views {views:.2f} s, site (pages, persons, contents) "
              f"{site:.2f} s, total {views + site:.2f} s")


if __name__ == "__main__":
    main()
