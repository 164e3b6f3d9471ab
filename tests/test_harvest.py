"""A persons register built from the corpus when none is given (``registers.harvest``)."""
from __future__ import annotations

from conftest import NS
from hypothesis import given, settings
from hypothesis import strategies as st

from tei_encoder import convert_text
from tei_encoder.registers import harvest, load_register
from tei_encoder.registers.harvest import (
    build_register,
    forenames_agree,
    sightings,
    write_text_register,
)

MEMO_A = """12. Memorandum of Conversation1

PARTICIPANTS

  • Anatoliy F. Dobrynin, Soviet Ambassador
  • Llewellyn E. Thompson, Ambassador at Large

Ambassador Dobrynin said that Mr. Thompson and Lyndon B. Johnson had met in Germany. Brezhnev said
nothing; Brezhnev said so again.

  1. Source: Files. Drafted by Akalovsky."""
MEMO_B = """13. Telegram1

Ambassador Anatoli F. Dobrynin met U. Alexis Johnson.

  1. Source: Files."""


def register_of(*memos):
    found = [s for memo in memos for result in convert_text(memo) for s in sightings(result.tree)]
    return build_register(found)


def test_names_come_from_participants_titles_full_names_and_drafters():
    register = register_of(MEMO_A, MEMO_B)
    assert [(e.id, e.label, e.description) for e in register.entries] == [
        ("p_A1", "Akalovsky", ""),
        ("p_B1", "Brezhnev", ""),
        ("p_DAF1", "Dobrynin, Anatoliy F.", "Soviet Ambassador"),
        ("p_JLB1", "Johnson, Lyndon B.", ""),
        ("p_JUA1", "Johnson, U. Alexis", ""),
        ("p_TLE1", "Thompson, Llewellyn E.", "Ambassador at Large"),
    ]


def test_a_place_is_not_a_person_and_one_said_is_not_enough():
    labels = [e.label for e in register_of(MEMO_A).entries]
    assert "Germany" not in labels
    once = MEMO_A.replace("Brezhnev said so again.", "so again.")
    assert "Brezhnev" not in [e.label for e in register_of(once).entries]


def test_forenames_agree():
    assert forenames_agree("Anatoli F.", "Anatoliy F.") and forenames_agree("Anatoli F.", "")
    assert not forenames_agree("Lyndon B.", "U. Alexis") and not forenames_agree("Sergo A.", "Anastas I.")


def test_written_register_reads_back_with_the_same_ids(tmp_path):
    register = register_of(MEMO_A, MEMO_B)
    path = tmp_path / "persons.txt"
    path.write_text(write_text_register(register), encoding="utf-8")
    again = load_register(path, "person")
    assert [(e.id, e.surname, e.forenames, e.description) for e in again.entries] == [
        (e.id, e.surname, e.forenames, e.description) for e in register.entries]


def test_convert_without_register_builds_one_and_links_mentions(tmp_path):
    from click.testing import CliRunner

    from tei_encoder.cli import main
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "d12.txt").write_text(MEMO_A, encoding="utf-8")
    (tmp_path / "in" / "d13.txt").write_text(MEMO_B, encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "Dobrynin, Anatoliy F., Soviet Ambassador" in (tmp_path / "out" / "persons.txt").read_text()
    from lxml import etree
    tree = etree.parse(str(tmp_path / "out" / "d13.xml"))
    names = [(e.text, e.get("corresp")) for e in tree.iterfind(".//t:body//t:persName", NS)]
    assert names == [("Anatoli F. Dobrynin", "#p_DAF1"), ("U. Alexis Johnson", "#p_JUA1")]


def test_office_symbol_glued_to_a_participant_is_not_part_of_the_name():
    memo = "1. Memorandum1\n\nPARTICIPANTS\n\n  • Mr. TylerEUR\n  • Mr. AkalovskyACDA/IR\n\nText.\n\n  1. Source: X."
    assert [e.label for e in register_of(memo).entries] == ["Akalovsky", "Tyler"]


# The fast scans give what the plain patterns give (they only skip places no match can start).
NAME_TEXT = st.lists(st.sampled_from(["John", "F.", "Kennedy", "J.", "Robert", "de", "Gaulle", "O'Brien",
                                      "McCone", "Jean-Paul", "said", "Mr.", "USSR.", "(", ",", "-", "x",
                                      "Ab", "I.", "’s", "MacArthur"]), max_size=14).map(
    lambda words: "".join(w if w in ",(-’s" else " " + w for w in words))


@settings(max_examples=300, deadline=None)
@given(NAME_TEXT)
def test_full_names_found_from_initials_are_the_patterns_matches(text):
    assert [m.span() for m in harvest._full_names(text)] == [m.span() for m in harvest.FULL_NAME_RE.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(NAME_TEXT, st.integers(min_value=0, max_value=200))
def test_speaker_found_from_the_word_run_is_the_patterns_match(text, end):
    end = min(end, len(text))
    fast = harvest._speaker_before(text, end)
    plain = harvest.SPEAKER_BEFORE_RE.search(text, max(0, end - 40), end)
    assert (fast and fast.span()) == (plain and plain.span())
