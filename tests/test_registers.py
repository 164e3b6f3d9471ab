"""Registers: persons and terms in TEI or text; mentions tagged with titles and possessives outside."""
from __future__ import annotations

import pytest
from conftest import NS, canonical, encode

from tei_encoder.registers import RegisterError, load_register

PERSONS_XML = """<div xmlns="http://www.tei-c.org/ns/1.0"><list>
<item><hi><persName xml:id="p_MAI1">Mikoyan, Anastas I.</persName>,</hi> First Deputy Chairman</item>
<item><hi><persName xml:id="p_TLEJ1">Thompson, Llewellyn E.</persName>,</hi> Ambassador at Large</item>
<item><hi><persName xml:id="p_JLB1">Johnson, Lyndon B.</persName>,</hi> President</item>
<item><hi><persName xml:id="p_JUA1">Johnson, U. Alexis</persName>,</hi> Deputy Under Secretary</item>
<item><hi><persName xml:id="p_DAF1">Dobrynin, Anatoli F.</persName>,</hi> Soviet Ambassador</item>
<item><hi><persName xml:id="p_KNS1">Khrushchev, Nikita S.</persName>,</hi> Chairman</item>
<item><hi><persName xml:id="p_CF1">Castro, Fidel</persName>,</hi> Prime Minister of Cuba</item>
<item><hi><persName xml:id="p_dGC1">de Gaulle, Charles</persName>,</hi> President of France</item>
<item><hi><persName xml:id="p_BGN1">Bolshakov Georgi N.</persName>,</hi> Editor</item>
<item><hi><persName xml:id="p_HDH1">Henry, David H.</persName>,</hi> Deputy Director</item>
<item><hi><persName xml:id="p_DHSA1">Douglas-Home, Sir Alexander</persName>,</hi> Foreign Secretary</item>
<item><hi><persName xml:id="p_HOME1">Home</persName>,</hi> see <persName corresp="#p_DHSA1">Douglas-Home</persName></item>
</list></div>"""
TERMS_XML = """<div xmlns="http://www.tei-c.org/ns/1.0"><list>
<item><hi><term xml:id="t_EUR1">EUR</term>,</hi> Bureau of European Affairs</item>
<item><hi><term xml:id="t_SAL1">S/AL</term>,</hi> Ambassador at Large</item>
<item><hi><term xml:id="t_S1">S</term>,</hi> Office of the Secretary</item>
<item><hi><term xml:id="t_M1">M</term>,</hi> Office of the Under Secretary for Political Affairs</item>
<item><hi><term xml:id="t_U1">U</term>,</hi> Office of the Under Secretary</item>
<item><hi><term xml:id="t_US1">US</term>,</hi> United States</item>
<item><hi><term xml:id="t_USSR1">USSR</term>,</hi> Union of Soviet Socialist Republics</item>
</list></div>"""


@pytest.fixture
def registers(tmp_path):
    (tmp_path / "persons.xml").write_text(PERSONS_XML, encoding="utf-8")
    (tmp_path / "terms.xml").write_text(TERMS_XML, encoding="utf-8")
    return load_register(tmp_path / "persons.xml", "person"), load_register(tmp_path / "terms.xml", "term")


def paragraph(text, registers):
    persons, terms = registers
    div, problems = encode(f"5. Memorandum1\n\n{text}\n\n  1. Source: Files.", persons=persons, terms=terms)
    return canonical(div.find("t:p", NS)), problems


def test_titles_and_possessives_stay_outside(registers):
    p, _ = paragraph("Mr. Mikoyanʼs view and Ambassador Llewellyn E. Thompson agreed.", registers)
    assert p == ('<p xmlns="http://www.tei-c.org/ns/1.0">Mr. <persName corresp="#p_MAI1">Mikoyan</persName>ʼs'
                 ' view and Ambassador <persName corresp="#p_TLEJ1">Llewellyn E. Thompson</persName> agreed.</p>')


def test_not_a_person_before_institutional_noun(registers):
    p, _ = paragraph("The Johnson Act applies.", registers)
    assert "persName" not in p


def test_same_surname_decided_by_title_or_reported(registers):
    p, problems = paragraph("President Johnson spoke.", registers)
    assert 'corresp="#p_JLB1"' in p and not problems
    p, problems = paragraph("Johnson spoke.", registers)
    assert [x.code for x in problems] == ["person-ambiguous"] and problems[0].line == 3


def test_terms_glued_and_in_capitals(registers):
    p, _ = paragraph("Mr. TylerEUR approved in S/AL, not U.S. policy.", registers)
    assert p == ('<p xmlns="http://www.tei-c.org/ns/1.0">Mr. Tyler<gloss target="#t_EUR1">EUR</gloss> approved in '
                 '<gloss target="#t_SAL1">S/AL</gloss>, not U.S. policy.</p>')


def test_text_register_makes_frus_style_ids(tmp_path):
    path = tmp_path / "persons.txt"
    path.write_text("Mikoyan, Anastas I., First Deputy Chairman\nThompson, Llewellyn E., Ambassador\n")
    register = load_register(path, "person")
    assert [(e.id, e.surname, e.forenames) for e in register.entries] == [
        ("p_MAI1", "Mikoyan", "Anastas I."), ("p_TLE1", "Thompson", "Llewellyn E.")]


def test_unreadable_register_names_file_and_line(tmp_path):
    path = tmp_path / "bad.xml"
    path.write_text("<div><item>", encoding="utf-8")
    with pytest.raises(RegisterError, match=r"bad.xml:1: the register is not well-formed"):
        load_register(path, "person")


def test_referenced_people_listed_in_header(registers):
    persons, terms = registers
    from tei_encoder import convert_text
    tree = convert_text("5. Memo1\n\nMr. Mikoyan came.\n\n  1. Source: Files.", persons=persons)[0].tree
    ids = tree.getroot().xpath("//t:particDesc//t:person/@xml:id", namespaces=NS)
    assert ids == ["p_MAI1"]


def test_two_terms_glued_by_a_lost_dash(registers):
    """The dash comes back as ``supplied``: the reading text has it, the text view (the input) does not."""
    p, problems = paragraph("Central Files, POL 17 USUSSR. Confidential.", registers)
    assert ('<gloss target="#t_US1">US</gloss><supplied reason="lost-in-copy">\u2013</supplied>'
            '<gloss target="#t_USSR1">USSR</gloss>.') in p
    [restored] = [x for x in problems if x.code == "dash-restored"]
    assert (restored.severity, restored.line) == ("info", 3)
    assert "'USUSSR' read as 'US\u2013USSR'" in restored.message


def test_office_symbol_glued_to_a_name_gets_its_dash_back(registers):
    p, _ = paragraph("Mr. ThompsonEUR and USUN staff.", registers)
    assert p == ('<p xmlns="http://www.tei-c.org/ns/1.0">Mr. <persName corresp="#p_TLEJ1">Thompson</persName>'
                 '<supplied reason="lost-in-copy">\u2014</supplied><gloss target="#t_EUR1">EUR</gloss> and USUN staff.</p>')


def test_restored_dashes_are_left_out_of_the_text_view(registers):
    from tei_encoder import convert_text
    from tei_encoder.views import render_text
    persons, terms = registers
    text = "5. Memorandum1\n\nMr. ThompsonEUR on USUSSR relations.\n\n  1. Source: POL 17 USUSSR."
    [result] = convert_text(text, persons=persons, terms=terms)
    assert len(result.tree.findall(".//{*}supplied")) == 3
    assert render_text(result.tree) == text


def tagged(p):
    """(text, corresp) of every persName of a canonical paragraph."""
    from lxml import etree
    return [("".join(e.itertext()), e.get("corresp")) for e in etree.fromstring(p).iter("{*}persName")]


def test_forename_in_another_spelling_or_with_initials_joins_the_name(registers):
    p, _ = paragraph("Anatoliy F. Dobrynin, Ambassador; Nikita Khrushchev; Nikita S. Khrushchev.", registers)
    assert tagged(p) == [("Anatoliy F. Dobrynin", "#p_DAF1"), ("Nikita Khrushchev", "#p_KNS1"),
                         ("Nikita S. Khrushchev", "#p_KNS1")]


def test_other_person_with_a_register_surname_is_left_untagged_and_reported(registers):
    p, problems = paragraph("Dr. Sergo A. Mikoyan, the son of Mikoyan, came.", registers)
    assert tagged(p) == [("Mikoyan", "#p_MAI1")]
    assert [(x.code, x.severity) for x in problems] == [("person-not-in-register", "info")]


def test_surname_used_as_a_forename_is_not_that_person(registers):
    p, _ = paragraph("Drafted by Henry T. Snowden; Henry De Wolf Smyth agreed with Henry.", registers)
    assert tagged(p) == [("Henry", "#p_HDH1")]


def test_hyphenated_names(registers):
    p, _ = paragraph("the anti-Khrushchev group, the Castro-Khrushchev talks, Castro-promoted riots, "
                     "and Sir Alec Douglas-Home.", registers)
    assert tagged(p) == [("Khrushchev", "#p_KNS1"), ("Castro", "#p_CF1"), ("Khrushchev", "#p_KNS1"),
                         ("Douglas-Home", "#p_DHSA1")]


def test_particle_surname_opening_a_sentence_and_cross_reference_entries(registers):
    p, _ = paragraph("De Gaulle said so to de Gaulle. Lord Home agreed.", registers)
    assert tagged(p) == [("De Gaulle", "#p_dGC1"), ("de Gaulle", "#p_dGC1"), ("Home", "#p_DHSA1")]


def test_inverted_register_name_without_comma(registers):
    persons, _ = registers
    entry = persons.by_id["p_BGN1"]
    assert (entry.surname, entry.forenames) == ("Bolshakov", "Georgi N.")
    p, _ = paragraph("Jack N. Behrman met Bolshakov.", registers)
    assert tagged(p) == [("Bolshakov", "#p_BGN1")]


def test_one_letter_terms_are_not_initials_honorifics_or_isotopes(registers):
    p, _ = paragraph("Luther H. Hodges told M. Couve de Murville that U Thant and U-235 were approved in "
                     "U on May 1 and in S, then M.", registers)
    assert '<gloss target="#t_U1">U</gloss> on' in p and '<gloss target="#t_S1">S</gloss>,' in p
    assert p.count("<gloss") == 3


def test_terms_joined_by_a_dash(registers):
    p, _ = paragraph("Soviet-US relations and US-USSR talks, not US-made.", registers)
    assert p.count('target="#t_US1"') == 2 and p.count('target="#t_USSR1"') == 1
