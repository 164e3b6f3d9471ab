"""Reading views (xslt/document.xsl, persons.xsl, toc.xsl) and the static site.

The site is built from every dev-set document (web profile, with each volume's gold persons
and terms registers) and checked: HTML5 parse errors = 0, every internal link resolves, the
persons index counts documents as the TEI does, and the seed's page works in a real browser.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from functools import cache
from urllib.parse import urlsplit

import pytest
from conftest import BENCH, NS, ROOT, rendered_bench

from tei_encoder import encode_file
from tei_encoder.registers import load_register
from tei_encoder.views import corpus, render_html, render_persons, write_site

SEED_000 = ROOT / "corpus" / "000_44e4dd7060efc471.txt"


@cache
def dev_documents():
    documents = []
    for volume in sorted(p for p in rendered_bench("web").iterdir() if p.is_dir()):
        gold = BENCH / "gold" / volume.name
        persons = load_register(gold / "persons.xml", "person")
        terms = load_register(gold / "terms.xml", "term")
        for path in sorted(volume.glob("d*.txt")):
            result = encode_file(path, persons, terms)[0]
            documents.append((f"{volume.name}-{path.stem}", result.tree))
    return documents


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    seed_persons = load_register(BENCH / "gold" / "frus1961-63v05" / "persons.xml", "person")
    seed = encode_file(SEED_000, seed_persons)[0]
    write_site([*dev_documents(), ("seed-000", seed.tree)], out)
    return out


def test_every_page_is_html5_without_parse_errors(site):
    html5lib = pytest.importorskip("html5lib")
    pages = sorted(site.glob("*.html"))
    assert len(pages) >= 100
    failing = {}
    for page in pages:
        parser = html5lib.HTMLParser(strict=False)
        parser.parse(page.read_bytes())
        if parser.errors:
            failing[page.name] = parser.errors[:3]
    assert failing == {}


def test_no_broken_internal_links(site):
    ids = {page.name: set(re.findall(r'\bid="([^"]+)"', page.read_text(encoding="utf-8")))
           for page in site.glob("*.html")}
    broken = []
    for page in site.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        for href in re.findall(r'\bhref="([^"]+)"', html):
            parts = urlsplit(href)
            assert not parts.scheme, f"{page.name} links outside the site: {href}"
            target = parts.path or page.name
            if not (site / target).exists() or parts.fragment and parts.fragment not in ids.get(target, ()):
                broken.append((page.name, href))
    assert broken == []


def test_persons_index_counts_documents_as_the_tei_does(site):
    documents = dev_documents()
    expected = {}
    for _stem, tree in documents:
        for ref in {e.get("corresp") for e in tree.iterfind(".//t:text//t:persName[@corresp]", NS)}:
            expected[ref.lstrip("#")] = expected.get(ref.lstrip("#"), 0) + 1
    html = render_persons(corpus(documents))
    listed = {pid: int(n) for pid, n in re.findall(r'<dt id="([^"]+)">.*?data-documents="(\d+)"', html)}
    assert listed == expected
    assert len(listed) > 50


def test_document_view_links_notes_pages_persons_and_terms(site):
    html = (site / "seed-000.html").read_text(encoding="utf-8")
    assert '<a class="noteref" id="d381fn2-ref" href="#d381fn2">2</a>' in html
    assert re.search(r'<li id="d381fn2" value="2">.*?<a class="back" href="#d381fn2-ref"', html, re.DOTALL)
    assert '<span class="pb" id="pg_837"><a href="#pg_837">[Page 837]</a></span>' in html
    assert '<div class="source-note" id="d381fn1">Source: ' in html
    assert re.search(r'Mr\. <a class="person" href="persons.html#p_MAI1">Mikoyan</a>', html)
    page = (site / "frus1961-63v05-d381.html").read_text(encoding="utf-8")
    assert re.search(r'<abbr title="[^"]+">[A-Z]', page)


def test_html_view_of_a_small_memo():
    from tei_encoder import convert_text
    tree = convert_text("7. Memo1\n\nWashington, May 1, 1963.\n\nText [Page 9] goes on.2\n\n"
                        "  1. Source: X.\n  2. Y.")[0].tree
    html = render_html(tree)
    assert html.startswith("<!DOCTYPE html>")
    assert '<p class="dateline">Washington, <time datetime="1963-05-01">May 1, 1963</time>.</p>' in html
    assert re.search(r'<p>Text <span class="pb" id="pg_9">.*?</span>goes on\.<span class="noteref-wrap">', html)


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


HARNESS = """<!DOCTYPE html><html><body><iframe id="f" src="%s" width="1000" height="800"></iframe>
<script>
const frame = document.getElementById('f');
const out = {};
const wait = ms => new Promise(r => setTimeout(r, ms));
frame.onload = async () => {
  frame.onload = null;
  const doc = frame.contentDocument, win = frame.contentWindow;
  doc.querySelector('a.noteref[href="#d381fn2"]').click(); await wait(200);
  out.afterNote = win.location.hash;
  out.noteText = doc.getElementById('d381fn2').textContent.slice(0, 30);
  doc.querySelector('#d381fn2 a.back').click(); await wait(200);
  out.afterBack = win.location.hash;
  out.page = !!doc.getElementById('pg_837');
  const person = doc.querySelector('a.person[href*="p_MAI1"]');
  out.personHref = person.getAttribute('href');
  frame.src = person.href; await wait(800);
  const entry = frame.contentDocument.getElementById('p_MAI1');
  out.personEntry = entry ? entry.textContent.trim().slice(0, 40) : null;
  document.body.setAttribute('data-result', JSON.stringify(out));
};
</script></body></html>"""


def test_seed_page_in_a_real_browser(site, tmp_path):
    browser = chromium()
    if browser is None:
        pytest.skip("chromium is not installed (.ci/run installs it with apt-get)")
    harness = site / "harness.html"
    harness.write_text(HARNESS % "seed-000.html", encoding="utf-8")
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
             "--virtual-time-budget=5000"]
    dom = subprocess.run([*flags, "--dump-dom", harness.as_uri()], capture_output=True, text=True,
                         timeout=120).stdout
    found = re.search(r"data-result=\"([^\"]+)\"", dom)
    assert found, f"the harness did not finish: {dom[-500:]}"
    result = json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    assert result["afterNote"] == "#d381fn2"
    assert result["noteText"].startswith("See Foreign Relations")
    assert result["afterBack"] == "#d381fn2-ref"
    assert result["page"] is True
    assert result["personHref"] == "persons.html#p_MAI1"
    assert result["personEntry"].startswith("Mikoyan, Anastas")
    shots = ROOT / "out" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    subprocess.run([*flags, "--window-size=1200,1600", f"--screenshot={shots / 'd381.png'}",
                    (site / "seed-000.html").as_uri()], capture_output=True, timeout=120)
    assert (shots / "d381.png").stat().st_size > 10_000


def test_render_command_writes_each_view(tmp_path):
    from tei_encoder import convert_text
    from tei_encoder.writer import serialize, write_atomic
    tree = convert_text("7. Memo1\n\nMr. Text.\n\n  1. Source: X.")[0].tree
    write_atomic(tmp_path / "tei" / "d7.xml", serialize(tree))
    run = [sys.executable, "-m", "tei_encoder.cli", "render", str(tmp_path / "tei"), "-o"]
    for view, expected in (("html", ["d7.html", "style.css"]), ("text", ["d7.txt"]), ("persons", ["persons.html"]),
                           ("toc", ["index.html"]), ("site", ["d7.html", "index.html", "persons.html", "style.css"])):
        out = tmp_path / view
        result = subprocess.run([*run, str(out), "--view", view], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        assert sorted(p.name for p in out.iterdir()) == sorted(expected)
    assert "7. Memo" in (tmp_path / "toc" / "index.html").read_text(encoding="utf-8")
