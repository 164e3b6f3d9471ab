"""Helpers shared by the inline passes: walk text slots, splice elements into text.

A *slot* is ``(element, "text")`` or ``(element, "tail")``: one run of character data
in the tree. Inline passes find matches in a slot and splice elements in, keeping
``.text`` and ``.tail`` right.
"""
from __future__ import annotations

from lxml import etree

Slot = tuple  # (element, "text" | "tail")


def slot_text(slot: Slot) -> str:
    element, attr = slot
    return getattr(element, attr) or ""


def text_slots(root, skip: frozenset = frozenset()) -> list[Slot]:
    """Every text slot under ``root`` in document order.

    Elements whose Clark tag is in ``skip`` are not entered, but their tails
    (text that follows them in the parent) are listed. The list is complete before the
    caller splices anything, so splicing while going through it is safe.
    """
    slots = [(root, "text")]
    walk = etree.iterwalk(root, events=("start", "end"))
    next(walk)                                   # root's own start
    for event, element in walk:
        if event == "end":
            slots.append((element, "tail"))
        elif element.tag in skip or not isinstance(element.tag, str):
            walk.skip_subtree()                  # its "end" still comes, for the tail
        else:
            slots.append((element, "text"))
    slots.pop()                                  # root's tail lies outside it
    return slots


def has_text(root, needle: str) -> bool:
    """Whether ``needle`` is in some text slot under ``root``: a quick test before a walk."""
    return needle.encode() in etree.tostring(root, method="text", encoding="utf-8", with_tail=False)


def splice(slot: Slot, start: int, end: int, new, keep_text: bool = True) -> Slot:
    """Put ``new`` in place of ``slot_text(slot)[start:end]``.

    With ``keep_text`` the replaced characters become ``new.text`` (wrapping, as
    for ``persName``); otherwise they are dropped (as for a note marker).

        splice((p, "text"), 3, 10, persName)   p.text "Mr. Mikoyan said"
        -> <p>Mr. <persName>Mikoyan</persName> said</p>

    Returns the slot holding the text before the splice, which is unchanged,
    so matches can be spliced right to left in one slot.
    """
    element, attr = slot
    text = slot_text(slot)
    before, middle, after = text[:start], text[start:end], text[end:]
    if keep_text:
        new.text = (new.text or "") + middle if len(new) == 0 else new.text
    new.tail = after or None
    if attr == "text":
        element.text = before or None
        element.insert(0, new)
    else:
        element.tail = before or None
        parent = element.getparent()
        parent.insert(parent.index(element) + 1, new)
    return slot


def line_of(slot: Slot) -> int:
    """The source line of a slot: that of its nearest element with a known line."""
    element = slot[0]
    while element is not None:
        if element.sourceline:
            return element.sourceline
        element = element.getparent()
    return 0


def new_element(tag: str, attrib: dict | None = None, text: str | None = None):
    element = etree.Element(tag, attrib or {})
    if text:
        element.text = text
    return element
