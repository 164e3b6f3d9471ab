"""Lists pass: bulleted blocks become ``list`` with ``head``, items and group items.

    PARTICIPANTS               <list type="participants">
                                 <head>PARTICIPANTS</head>
      • US            ->         <item><hi rend="italic">US</hi></item>
        • The President          <item>The President</item>
    [Page 14]                    <pb n="14" xml:id="pg_14"/>
        • Mr. Tyler              <item>Mr. Tyler</item>
                               </list>

Bullets may be ``•``, ``-``, ``*``, ``·`` or ``–``; depth comes from indentation
(tabs count as four spaces). A short top-level item followed by deeper items is a
group item (FRUS style: italic, items kept flat); deeper nesting becomes a nested
``list`` inside the item. A lost label (``PARTICIPANTS``/``SUBJECT``) is inferred
from the items and reported.
"""
from __future__ import annotations

import re

from ..model import Block, DocState, tei
from ..reader import PAGE_LINE_RE
from ..titles import HONORIFICS, OFFICE_MODIFIERS
from ._inline import new_element
from .pagebreaks import make_pb, valid_page

BULLET_RE = re.compile(r"^(\s*)[•\-*·▪◦‣–]\s+(.*)$")
LABEL_RE = re.compile(r"^[A-Z][A-Z .,'’&/()-]{1,60}:?$|^[A-Z][A-Za-z ]{1,40}:$")
TYPE_WORDS = (("PARTICIPANT", "participants"), ("PRESENT", "participants"),
              ("ATTEND", "participants"), ("SUBJECT", "subject"), ("TOPIC", "subject"),
              ("REF", "references"), ("DISTRIBUTION", "distribution"), ("ENCLOSURE", "enclosures"),
              ("ATTACHMENT", "attachments"))
TITLE_WORDS = HONORIFICS | OFFICE_MODIFIERS
NAME_ROLE_RE = re.compile(r"^[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]*){1,4},\s")
NAME_WORD = r"[A-Z][\w’'.-]*"
TITLED_NAME_RE = re.compile(r"^(?:The\s+)?(?:[A-Z][a-z]+\.?\s+){1,3}(?:" + NAME_WORD + r"\s*){0,3}(?:,|—|–|$)")
BARE_NAME_RE = re.compile(r"^(?:[A-Z]\.\s*|[A-Z][a-z]+\s+){1,3}[A-Z]\.?\s*[A-Z]?[\w’'-]*$")


def is_bullet_block(block: Block) -> bool:
    return bool(BULLET_RE.match(block.lines[0].text))


def is_label_block(block: Block) -> bool:
    return len(block.lines) == 1 and bool(LABEL_RE.match(block.text.strip()))


def run(state: DocState) -> None:
    blocks = state.blocks
    for index, block in enumerate(blocks):
        if block.kind:
            continue
        lines = block.lines
        label = None
        if not is_bullet_block(block):
            # "PARTICIPANTS:" glued on top of its bullets, with no blank line between
            if len(lines) > 1 and LABEL_RE.match(lines[0].text.strip()) and BULLET_RE.match(lines[1].text):
                label, lines = lines[0], lines[1:]
            else:
                continue
        elif index > 0 and blocks[index - 1].kind is None and is_label_block(blocks[index - 1]):
            label_block = blocks[index - 1]
            label_block.kind = "label"
            label = label_block.lines[0]
        block.kind = "list"
        block.data["element"] = build_list(state, block, lines, label)


def list_type(state: DocState, label_text: str | None, items: list[str], grouped: bool, lineno: int) -> str:
    if label_text:
        upper = label_text.upper()
        for word, kind in TYPE_WORDS:
            if word in upper:
                return kind
        return "simple"                       # any other label: kept as the list's head
    personal = sum(1 for text in items if looks_personal(text))
    kind = "participants" if grouped or personal * 2 >= len(items) else "subject"
    state.warn("list-label-missing",
               f"list has no label; taken as '{kind}' from its {len(items)} item(s)", lineno,
               f"check that this is the {kind} list")
    return kind


def looks_personal(text: str) -> bool:
    """``Mr. N. Halaby, Administrator``, ``The Secretary``, ``W. Averell Harriman``: a person.
    ``Mr. Halaby's Trip to Moscow`` is not (a possessive makes it a topic)."""
    if re.search(r"[’'ʼ]s\b", text):
        return False
    first = text.split(" ")[0].rstrip(".,")
    titled = (first in TITLE_WORDS or text.startswith("The ")) and bool(TITLED_NAME_RE.match(text))
    bare = bool(BARE_NAME_RE.match(text)) and bool(re.search(r"\b[A-Z]\.", text))
    return titled or bool(NAME_ROLE_RE.match(text)) or bare


def build_list(state: DocState, block: Block, lines, label) -> object:
    entries = []   # (depth_columns, text_lines, lineno) or ("pb", n, lineno)
    for line in lines:
        page = PAGE_LINE_RE.match(line.text)
        bullet = BULLET_RE.match(line.text)
        if page and valid_page(page.group(1)):
            entries.append(("pb", page.group(1), line.lineno))
        elif bullet:
            entries.append((len(bullet.group(1).expandtabs(4)), [bullet.group(2)], line.lineno))
        elif entries and entries[-1][0] != "pb":
            entries[-1][1].append(line.text)          # a hard-wrapped item
        else:
            entries.append((0, [line.text], line.lineno))
    levels = sorted({e[0] for e in entries if e[0] != "pb"})
    flat = [(e if e[0] == "pb" else (levels.index(e[0]), " ".join(t.strip() for t in e[1]), e[2]))
            for e in entries]
    element = new_element(tei("list"))
    item_texts = [e[1] for e in flat if e[0] != "pb"]
    grouped = _fill(state, element, flat, top=True)
    kind = list_type(state, label.text.strip() if label else None, item_texts, grouped, block.lineno)
    element.set("type", kind)
    if label is not None:
        element.insert(0, new_element(tei("head"), {}, label.text.strip()))
    return element


def _fill(state: DocState, parent, entries, top: bool = False) -> bool:
    """Append items of ``entries`` (``(level, text, lineno)`` or ``("pb", n)``) to ``parent``;
    deeper entries after an item become its nested list."""
    grouped = False
    i = 0
    while i < len(entries):
        entry = entries[i]
        if entry[0] == "pb":
            parent.append(make_pb(state, entry[1]))
            i += 1
            continue
        level, text, _lineno = entry
        j = i + 1
        while j < len(entries) and (entries[j][0] == "pb" or entries[j][0] > level):
            j += 1
        children = entries[i + 1:j]
        has_deeper = any(e[0] != "pb" for e in children)
        while children and children[-1][0] == "pb":   # a trailing page break stays at this level
            j -= 1
            children = children[:-1]
        item = new_element(tei("item"))
        parent.append(item)
        if has_deeper and top and is_group_label(text):
            grouped = True
            hi = new_element(tei("hi"), {"rend": "italic"}, text)
            item.append(hi)
            _fill(state, parent, children)
        elif has_deeper:
            item.text = text
            nested = new_element(tei("list"))
            item.append(nested)
            _fill(state, nested, children)
        else:
            item.text = text
        i = j
    return grouped


def is_group_label(text: str) -> bool:
    """``US``, ``U.S.S.R.``, ``United States``: short, no comma, no digits."""
    return len(text.split()) <= 4 and "," not in text and not re.search(r"\d", text)
