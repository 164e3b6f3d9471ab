"""Writes tests/validation/faults/*.xml: broken variants of base.xml (a valid output of
tei-encoder), one kind of fault each. The first line of each file says what must be found:

    <?xml version='1.0' encoding='UTF-8'?><!-- expect layer=rules code=unique-id line=57 -->

The line is where the fault is (the line of the marker text). Run from the checkout:
``python tests/validation/make_faults.py``; the files are committed.
"""
from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE = (HERE / "base.xml").read_text(encoding="utf-8")
DECL = "<?xml version='1.0' encoding='UTF-8'?>"


def sub(old, new, count=1):
    def apply(text):
        assert old in text, old
        return text.replace(old, new, count)
    return apply


def doctype(decl):
    return lambda text: text.replace(DECL + "\n", DECL + "\n" + decl + "\n", 1)


P1 = "<p>Mr. <persName corresp=\"#p_MAI1\">Mikoyan</persName> said"
NESTED = "<hi>" * 300 + "deep" + "</hi>" * 300
LAUGHS = ("<!DOCTYPE TEI [\n<!ENTITY lol \"lol\">\n" + "".join(
    f"<!ENTITY lol{i} \"{('&lol' + (str(i - 1) if i > 1 else '') + ';') * 10}\">\n" for i in range(1, 10)) + "]>")

FAULTS = {
    # layer well-formed: (transform, code, marker)
    "mismatched-end-tag": ("well-formed", "not-well-formed", sub("noted the exchange.</p>", "noted the exchange.</para>"), "</para>"),
    "undefined-entity": ("well-formed", "not-well-formed", sub("noted the exchange.", "noted the&nbsp;exchange."), "&nbsp;"),
    "bare-ampersand": ("well-formed", "not-well-formed", sub("noted the exchange.", "noted AT&T exchange."), "AT&T"),
    "lt-in-attribute": ("well-formed", "not-well-formed", sub('<pb n="46"', '<pb n="4<6"'), 'n="4<6"'),
    "duplicate-attribute": ("well-formed", "not-well-formed", sub('<pb n="46"', '<pb n="46" n="47"'), 'n="47"'),
    "unquoted-attribute": ("well-formed", "not-well-formed", sub('<pb n="46"', '<pb n=46'), "<pb n=46"),
    "text-after-root": ("well-formed", "not-well-formed", lambda t: t.rstrip() + "\ntrailing text\n", "trailing text"),
    "control-character": ("well-formed", "not-well-formed", sub("noted the exchange.", "noted the\x01exchange."), "\x01"),
    "double-hyphen-comment": ("well-formed", "not-well-formed", sub("<pb n=\"46\"", "<!-- a -- b --><pb n=\"46\""), "<!-- a --"),
    "invalid-element-name": ("well-formed", "not-well-formed", sub("noted the exchange.", "noted <1p>the</1p> exchange."), "<1p>"),
    "excessive-nesting": ("safety", "too-deep", sub("noted the exchange.", f"noted {NESTED} exchange."), "<hi><hi>"),
    "missing-end-tags": ("well-formed", "not-well-formed", lambda t: t[:t.index("</text>")], None),
    # layer safety
    "billion-laughs": ("safety", "entity-declaration", doctype(LAUGHS), "<!ENTITY lol "),
    "external-entity-file": ("safety", "entity-declaration",
                             doctype('<!DOCTYPE TEI [\n<!ENTITY secret SYSTEM "file:///etc/passwd">\n]>'), "<!ENTITY secret"),
    "network-dtd": ("safety", "external-dtd", doctype('<!DOCTYPE TEI SYSTEM "http://example.com/tei.dtd">'), "<!DOCTYPE"),
    # layer tei_all (libxml2 reports a content-model failure at the parent of the element whose
    # content failed: a closer before a paragraph is reported at <body>, which holds that div)
    "unknown-element": ("tei_all", "tei_all", sub("noted the exchange.", "noted <foo>the</foo> exchange."), "<foo>"),
    "unknown-attribute": ("tei_all", "tei_all", sub("<p>Mr. <persName corresp=\"#p_TLE1\">", "<p colour=\"red\">Mr. <persName corresp=\"#p_TLE1\">"), "colour="),
    "paragraph-in-head": ("tei_all", "tei_all", sub("12. Memorandum of Conversation<note", "12. Memorandum <p>of</p> Conversation<note"), "<p>of</p>"),
    "wrong-namespace": ("tei_all", "tei_all", sub("<p>Mr. <persName corresp=\"#p_TLE1\">", "<p xmlns=\"http://example.com/\">Mr. <persName corresp=\"#p_TLE1\">"), "example.com"),
    "closer-before-paragraph": ("tei_all", "tei_all", sub("<pb n=\"46\" xml:id=\"pg_46\"/>", "<closer>Signed</closer>\n        <pb n=\"46\" xml:id=\"pg_46\"/>"), "<body>"),
    "when-not-a-date": ("tei_all", "tei_all", sub('when="1963-11-26T11:35:00"', 'when="26 Nov 1963"'), "26 Nov 1963"),
    # layer project (valid TEI, outside what tei-encoder writes)
    "quote-element": ("project", "project", sub("noted the exchange.", "noted <quote>the</quote> exchange."), "<quote>"),
    "rend-on-paragraph": ("project", "project", sub("<p>Mr. <persName corresp=\"#p_TLE1\">", "<p rend=\"indent\">Mr. <persName corresp=\"#p_TLE1\">"), 'rend="indent"'),
    # layer rules
    "duplicate-id": ("rules", "unique-id", sub('xml:id="pg_46"', 'xml:id="pg_45"'), '<pb n="46"'),
    "dangling-pointer": ("rules", "pointer-resolves", sub('Mr. <persName corresp="#p_TLE1">Thompson</persName> noted', 'Mr. <persName corresp="#p_XYZ1">Thompson</persName> noted'), "p_XYZ1"),
    "pointer-to-wrong-person": ("rules", "name-register", sub(P1, '<p>Mr. <persName corresp="#p_TLE1">Mikoyan</persName> said'), 'p_TLE1">Mikoyan'),
    "stray-gt-after-name": ("rules", "stray-after-name", sub("Thompson</persName> noted", "Thompson</persName>&gt; noted"), "&gt; noted"),
    "note-id-prefix": ("rules", "note-id-prefix", sub('xml:id="d12fn2"', 'xml:id="d99fn2"'), "d99fn2"),
    "note-order": ("rules", "note-order", sub('<note n="2"', '<note n="1"'), '<note n="1" xml:id="d12fn2"'),
    "page-order": ("rules", "page-order", sub('<pb n="46"', '<pb n="44"'), '<pb n="44"'),
    "page-range-descending": ("rules", "page-range", sub("pp. 311–313", "pp. 313–311"), "pp. 313–311"),
    "impossible-date": ("rules", "iso-date", sub('when="1963-11-26T11:35:00"', 'when="1963-02-30"'), "1963-02-30"),
    "from-after-to": ("rules", "iso-date", sub('when="1963-11-26T11:35:00"', 'from="1963-11-27" to="1963-11-26"'), 'from="1963-11-27"'),
    "empty-paragraph": ("rules", "empty-paragraph", sub('<pb n="46" xml:id="pg_46"/>', '<pb n="46" xml:id="pg_46"/>\n        <p/>'), "<p/>"),
    "two-heads": ("rules", "one-head", sub("</note></head>", "</note></head>\n        <head>Second head</head>"), '<div type="document"'),
    "source-note-text": ("rules", "source-note", sub(">Source: Department", ">Sources: Department"), '<div type="document"'),
    "unknown-list-type": ("rules", "list-type", sub('<list type="subject">', '<list type="subjects">'), 'type="subjects"'),
    "page-break-without-number": ("rules", "pb-number", sub('<pb n="46" xml:id="pg_46"/>', '<pb xml:id="pg_46"/>'), '<pb xml:id="pg_46"/>'),
    "empty-name": ("rules", "empty-name", sub('Mr. <persName corresp="#p_TLE1">Thompson</persName> noted', 'Mr. <persName corresp="#p_TLE1"></persName> noted'), '"#p_TLE1"></persName>'),
    "page-break-splits-word": ("rules", "word-break", sub('<pb n="45" xml:id="pg_45"/>agreed', 'agr<pb n="45" xml:id="pg_45"/>eed'), "agr<pb"),
    "no-source-note": ("rules", "source-note-missing", lambda t: re.sub(r'<note n="1" xml:id="d12fn1" type="source">.*?</note>', "", t, flags=re.DOTALL), '<div type="document"'),
    "document-number-differs": ("rules", "document-number", sub('n="12" xml:id="d12"', 'n="13" xml:id="d12"'), 'n="13"'),
    "pointer-without-hash": ("rules", "pointer-form", sub('Mr. <persName corresp="#p_TLE1">Thompson</persName> noted', 'Mr. <persName corresp="p_TLE1">Thompson</persName> noted'), 'corresp="p_TLE1"'),
}

def line_of(text: str, marker: str | None) -> int:
    """The marker's line; no marker: the fault is at the end of the file."""
    return _line(text, marker) if marker else text.count("\n") + 1


def _line(text: str, marker: str) -> int:
    return text[:text.index(marker)].count("\n") + 1


def main() -> None:
    out = HERE / "faults"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.xml"):
        old.unlink()
    for name, (layer, code, transform, marker) in FAULTS.items():
        text = transform(BASE)
        line = line_of(text, marker)
        text = re.sub(re.escape(DECL), DECL + f"<!-- expect layer={layer} code={code} line={line} -->", text, count=1)
        (out / f"{name}.xml").write_bytes(text.encode("utf-8"))
    print(f"{len(FAULTS)} fault files in {out}")


if __name__ == "__main__":
    main()
