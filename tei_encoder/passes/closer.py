"""Closer pass: a signature after the last paragraph becomes ``closer/signed``.

    Rusk            ->  <closer><signed>Rusk</signed></closer>

    Sincerely yours,    <closer>Sincerely yours,<lb/>
    Dean Acheson    ->    <signed>Dean Acheson</signed></closer>

Only the last body block is considered: one short line that reads like a name or
initials (no sentence punctuation at its end), or a short valediction block.
"""
from __future__ import annotations

import re

from ..model import DocState, tei
from ._inline import new_element

SIGNATURE_RE = re.compile(r"^[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\d{0,3}$")
VALEDICTION_RE = re.compile(r",\d{0,3}$")


def run(state: DocState) -> None:
    last = next((b for b in reversed(state.blocks) if b.kind != "pagebreak"), None)
    if last is None or last.kind is not None:
        return
    lines = [line.text.strip() for line in last.lines]
    if len(lines) == 1 and is_signature(lines[0]):
        closer = new_element(tei("closer"))
        closer.append(new_element(tei("signed"), {}, lines[0]))
    elif 2 <= len(lines) <= 4 and VALEDICTION_RE.search(lines[0]) and all(len(x) <= 40 for x in lines) \
            and is_signature(lines[1]):
        closer = new_element(tei("closer"), {}, lines[0])
        closer.append(new_element(tei("lb")))
        signed = new_element(tei("signed"), {}, lines[1])
        closer.append(signed)
        for extra in lines[2:]:
            lb = new_element(tei("lb"))
            lb.tail = extra
            closer.append(lb)
    else:
        return
    last.kind = "closer"
    last.data["element"] = closer


def is_signature(text: str) -> bool:
    words = text.split()
    bare = text.rstrip("0123456789")
    ends_with_initial = bool(re.search(r"(?:^|\s)[A-Z][a-zA-Z]?\.$", bare))
    return (len(text) <= 40 and bool(SIGNATURE_RE.match(text))
            and (ends_with_initial or not bare.endswith((".", ":", ";", "!", "?")))
            or (len(words) <= 3 and all(re.fullmatch(r"(?:[A-Z]\.){1,3}|[A-Z]{2,4}", w) for w in words)))
