"""Property: any memorandum hypothesis can write survives text -> TEI -> text, and is valid TEI."""
from __future__ import annotations

from conftest import squash, tei_all
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tei_encoder import convert_text
from tei_encoder.views import render_text

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzÀéü", min_size=1, max_size=9)
CAP = st.builds(lambda w: w[0].upper() + w[1:], WORD)


@st.composite
def memoranda(draw):
    number = draw(st.integers(1, 999))
    n_notes = draw(st.integers(1, 4))
    shift = draw(st.sampled_from([0, -1]))
    title = " ".join([draw(CAP)] + draw(st.lists(WORD, max_size=4)))
    blocks = [f"{number}. {title}{1 + shift}"]
    if draw(st.booleans()):
        people = draw(st.lists(st.builds(lambda a, b: f"Mr. {a} {b}", CAP, CAP), min_size=1, max_size=4))
        label = draw(st.sampled_from(["PARTICIPANTS\n\n", "\n"]))
        blocks.append(label + "\n".join("  • " + p for p in people))
    page = draw(st.integers(1, 900))
    marker = 2
    for _ in range(draw(st.integers(1, 5))):
        words = draw(st.lists(WORD, min_size=3, max_size=25))
        words[0] = words[0].capitalize()
        if marker <= n_notes and draw(st.booleans()):
            words[-1] += "." + str(marker + shift)
            marker += 1
        if draw(st.booleans()):
            page += 1
            words.insert(len(words) // 2, f"[Page {page}]")
        blocks.append(" ".join(words) + ".")
        if draw(st.booleans()):
            page += 1
            blocks.append(f"[Page {page}]")
    notes = [f"  1. Source: {draw(CAP)} files."]
    notes += [f"  {k}. {draw(CAP)} note text." for k in range(2, marker)]
    return "\n\n".join(blocks) + "\n\n" + "\n".join(notes)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(memoranda())
def test_text_tei_text_round_trip(text):
    results = convert_text(text)
    assert len(results) == 1 and results[0].ok, [str(p) for p in results[0].problems]
    tree = results[0].tree
    assert squash(render_text(tree)) == squash(text)
    assert tei_all().validate(tree), tei_all().error_log.last_error
