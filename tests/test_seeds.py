"""The two real seeds in corpus/ encode as an editor would sign off (issue 2, must show 2)."""
from __future__ import annotations

from conftest import NS, ROOT, encode

SEED_000 = ROOT / "corpus" / "000_44e4dd7060efc471.txt"
SEED_003 = ROOT / "corpus" / "003_fce8dcada2bc6a68.txt"


def items(lst):
    return ["".join(i.itertext()).strip() for i in lst.findall("t:item", NS)]


def test_seed_000_notes_page_and_lists():
    div, problems = encode(SEED_000.read_text(encoding="utf-8"))
    notes = div.findall(".//t:note", NS)
    assert [n.get("n") for n in notes] == ["1", "2"]
    assert notes[0].get("type") == "source" and notes[0].getparent().tag.endswith("head")
    assert notes[1].getparent().tag.endswith("p")
    assert notes[1].getprevious() is None and notes[1].getparent().text.endswith("in English.")
    children = [c for c in div if isinstance(c.tag, str)]
    tags = [c.tag.split("}")[1] for c in children]
    first_p = tags.index("p")
    assert tags[first_p + 1] == "pb" and children[first_p + 1].get("n") == "837"
    assert tags[first_p + 2] == "p"
    participants = div.find("t:list[@type='participants']", NS)
    entries = items(participants)
    us, ussr = entries.index("US"), entries.index("USSR")
    assert ussr - us - 1 == 6 and len(entries) - ussr - 1 == 4
    assert len(items(div.find("t:list[@type='subject']", NS))) == 1
    assert {p.code for p in problems} == {"markers-shifted"}


def test_seed_003_lists_order_and_page_before_comment():
    div, problems = encode(SEED_003.read_text(encoding="utf-8"))
    lists = div.findall("t:list", NS)
    assert [lst.get("type") for lst in lists] == ["subject", "participants"]
    assert len(items(lists[1])) == 2
    paragraphs = div.findall("t:p", NS)
    pb = paragraphs[-1].getprevious()
    assert pb.tag.endswith("pb") and pb.get("n") == "215"
    assert paragraphs[-1].text.startswith("Comment:")
    assert [p.code for p in problems] == ["list-label-missing", "list-label-missing"]
