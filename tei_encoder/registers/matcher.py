"""Finding register entries in a document's text and tagging them.

    Mr. Mikoyan's view      ->  Mr. <persName corresp="#p_MAI1">Mikoyan</persName>'s view
    Llewellyn E. Thompson   ->  <persName corresp="#p_TLEJ1">Llewellyn E. Thompson</persName>
    approved in S/AL on     ->  approved in <gloss target="#t_SAL1">S/AL</gloss> on

Titles and honorifics stay outside the name; possessives stay outside; an
all-capitals surname (``MIKOYAN``) is found too. A surname followed by a
capitalized institutional noun (``Johnson Act``, ``Kennedy Round``) is not a person.
When two entries share a surname, the choice is made from the forenames in the
mention, then an earlier mention in the same document, then the title before it
matched against the entries' descriptions; an unsure choice is reported.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..model import tei
from ..passes._inline import line_of, slot_text, splice, text_slots
from ..titles import HONORIFICS, OFFICE_MODIFIERS
from .trie import words_regex

NOT_PERSON_AFTER = {
    "Act", "Acts", "Round", "Administration", "Administrations", "Library", "Doctrine", "Plan",
    "Center", "Centre", "Foundation", "Institute", "Memorial", "Airport", "Street", "Avenue",
    "Building", "Hall", "Museum", "University", "College", "School", "Papers", "Committee",
    "Commission", "Report", "Amendment", "Bill", "Line", "Era", "Years", "Government",
    "Corporation", "Company", "Fund", "Prize", "Award", "Bridge", "Square", "Station", "Park",
}
TITLE_HINTS = ("President", "Vice President", "Secretary", "Ambassador", "Chairman", "Minister",
               "Senator", "General", "Admiral", "Governor", "Premier", "Chancellor", "Director")
PERSNAME = tei("persName")
SKIP_TAGS = frozenset({tei("persName"), tei("gloss"), tei("placeName"), tei("pb"), tei("ref"),
                       tei("date"), tei("time")})
WORD_CHAR = r"A-Za-zÀ-ÖØ-öø-ÿĀ-žА-я"
WORD_CHARS = frozenset(re.sub(r"(.)-(.)", lambda m: "".join(map(chr, range(ord(m.group(1)), ord(m.group(2)) + 1))),
                              WORD_CHAR))      # a surname found inside a word is not a mention


SLOT_SEPARATOR = "\x00"          # never in XML text, so no form spans two slots
NEXT_WORD_RE = re.compile(r"\s+([A-Z][a-z]+)")
FORENAME_USE_RE = re.compile(r"\s+(?:[A-Z]\.|[Dd]e|[Vv]an|[Vv]on|[Dd]u|[Ll]e|[Ll]a)\s*[A-Z]")
WORD_BEFORE_HYPHEN_RE = re.compile(r"([" + WORD_CHAR + r"]+)-$")
TITLE_BEFORE_RE = re.compile(r"(" + "|".join(TITLE_HINTS) + r")\s+$")


class PersonMatcher:
    def __init__(self, entries, resolve=lambda entry: entry):
        self.by_surname: dict[str, list] = {}
        for entry in entries:
            for surname in _surname_forms(entry.surname):
                self.by_surname.setdefault(surname, []).append(entry)
        self.resolve = resolve
        self.scanner = FormScanner(self.by_surname, left="", right="[a-zà-ÿ]")
        # per surname: entries with most forenames first, each with its forename forms + " "
        self.with_forms = {surname: [(entry, [form + " " for form in _forename_forms(entry.forenames)])
                                     for entry in sorted(entries, key=lambda e: -len(e.forenames))]
                           for surname, entries in self.by_surname.items()}
        self.any_form = {surname: tuple(form for _, forms in with_forms for form in forms)
                         for surname, with_forms in self.with_forms.items()}

    def is_mention(self, text: str, start: int, end: int) -> bool:
        """Not ``Johnson Act``, not ``Henry T. Snowden``; ``anti-Khrushchev`` and
        ``Castro-Khrushchev`` yes, ``Castro-promoted`` and ``Douglas-Home`` (for Home) no."""
        nxt = NEXT_WORD_RE.match(text, end, end + 40)
        if nxt and nxt.group(1) in NOT_PERSON_AFTER:
            return False
        if FORENAME_USE_RE.match(text, end, end + 40):
            return False                           # a forename: "Henry T. Snowden", "Henry De Wolf Smyth"
        if text.startswith("-", end) and not text[end + 1:end + 2].isupper():
            return False
        if start and text[start - 1] == "-":
            word = WORD_BEFORE_HYPHEN_RE.search(text, max(0, start - 40), start)
            if word and not (word.group(1).islower() or word.group(1) in self.by_surname):
                return False
        return True

    def tag(self, state, register) -> None:
        if not self.by_surname:
            return
        remembered: dict[str, object] = {}
        for slot, text, hits in _hits_by_slot(text_slots(state.root, SKIP_TAGS), self.scanner):
            found = []
            for m_start, m_end, surname in hits:
                if (m_start and text[m_start - 1] in WORD_CHARS) or not self.is_mention(text, m_start, m_end):
                    continue
                entry, start = self.choose(state, slot, text, m_start, surname, remembered)
                if entry is not None:
                    found.append((start, m_end, self.resolve(entry)))
            for start, end, entry in reversed(_without_overlaps(found)):
                name = slot[0].makeelement(PERSNAME, {"corresp": "#" + entry.id})
                splice(slot, start, end, name)
                state.mentioned[entry.id] = state.mentioned.get(entry.id, 0) + 1

    def choose(self, state, slot, text, start, surname, remembered):
        candidates = self.by_surname[surname]
        before = text[max(0, start - 120):start]          # enough for any forenames and title
        if before.endswith(self.any_form[surname]):
            for entry, forms in self.with_forms[surname]:
                for form in forms:
                    if before.endswith(form):
                        remembered[surname.upper()] = entry
                        return entry, start - len(form)
        other = (FORENAME_BEFORE_RE.search(before, max(0, len(before) - 48))
                 if before[-1:].isspace() and _may_end_forenames(before) else None)
        if other:
            for entry in candidates:
                variant = _forename_variant(other, entry.forenames)
                if variant:
                    remembered[surname.upper()] = entry
                    return entry, start - len(variant)
        if other and other.group(2) and other.group(1) not in TITLE_WORDS:
            state.warn("person-not-in-register",
                       f"'{other.group(0).strip()} {surname}' is not in the register "
                       f"(its {surname} has other forenames); left untagged",
                       line_of(slot), "add the person to the register if they should be linked",
                       severity="info")
            return None, start
        if len(candidates) == 1:
            return candidates[0], start
        if surname.upper() in remembered:
            return remembered[surname.upper()], start
        title = TITLE_BEFORE_RE.search(before, max(0, len(before) - 24))
        if title:
            fitting = [e for e in candidates if title.group(1).lower() in e.description.lower()]
            if len(fitting) == 1:
                return fitting[0], start
        entry = candidates[0]
        state.warn("person-ambiguous",
                   f"'{surname}' may be any of {', '.join(e.id for e in candidates)}; took {entry.id}",
                   line_of(slot), "check persName/@corresp")
        return entry, start


def _hits_by_slot(slots, scanner):
    """``(slot, its text, [(start, end, form)])`` for the slots where ``scanner`` finds something.
    The document's text is scanned once, as one string, rather than slot by slot."""
    texts = [slot_text(slot) for slot in slots]
    offsets, at = [], 0
    for text in texts:
        offsets.append(at)
        at += len(text) + 1
    hits: dict[int, list] = {}
    for start, end, form in scanner.finditer(SLOT_SEPARATOR.join(texts)):
        index = bisect_right(offsets, start) - 1
        hits.setdefault(index, []).append((start - offsets[index], end - offsets[index], form))
    return [(slots[i], texts[i], found) for i, found in sorted(hits.items())]


def _without_overlaps(found):
    """Mentions in text order; of two that overlap (``Griffith`` inside ``G. Griffith Johnson``),
    the longer stays."""
    kept = []
    for span in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if kept and span[0] < kept[-1][1]:
            if span[1] - span[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = span
            continue
        kept.append(span)
    return kept


class TermMatcher:
    def __init__(self, entries):
        self.by_label = {e.label: e for e in entries if e.label}
        self.scanner = FormScanner(self.by_label, left="",
                                   right=r"[A-Za-z0-9]|\.[A-Za-z]|/[A-Za-z]")

    def tag(self, state, register) -> None:
        if not self.by_label:
            return
        for slot in text_slots(state.root, SKIP_TAGS):
            text = slot_text(slot)
            if not text:
                continue
            found = self.glued_pairs(text)
            taken = {i for start, end, _, _ in found for i in range(start, end)}
            for start, end, label in self.scanner.finditer(text):
                if start in taken or not _left_boundary(text, start, label):
                    continue
                if not _right_boundary(text[end:], label):
                    continue
                name = _name_glued_before(slot, label) if start == 0 else ""
                found.append((start, end, self.by_label[label], (EM_DASH, name) if name else None))
                taken.update(range(start, end))
            found.sort(key=lambda f: f[0])
            for start, end, entry, lost in reversed(found):
                splice(slot, start, end, slot[0].makeelement(tei("gloss"), {"target": "#" + entry.id}))
                state.glossed[entry.id] = state.glossed.get(entry.id, 0) + 1
                if lost:
                    restore_dash(state, slot, start, *lost, entry.label)

    def glued_pairs(self, text: str) -> list:
        """``USUSSR`` (a dash lost between two terms) -> US + USSR, when only one split fits;
        the second carries the dash to restore before it."""
        out = []
        for m in GLUED_CAPS_RE.finditer(text):
            token = m.group(0)
            if m.start() and (text[m.start() - 1].isascii() and text[m.start() - 1].isalnum()
                              or text[m.start() - 1] == "/"):
                continue
            if token in self.by_label:
                continue
            splits = [k for k in range(2, len(token) - 1)
                      if token[:k] in self.by_label and token[k:] in self.by_label]
            if len(splits) == 1:
                k = splits[0]
                out.append((m.start(), m.start() + k, self.by_label[token[:k]], None))
                out.append((m.start() + k, m.end(), self.by_label[token[k:]], (EN_DASH, token[:k])))
        return out


EN_DASH, EM_DASH = "\u2013", "\u2014"


def _name_glued_before(slot, label: str) -> str:
    """``<persName>Tyler</persName>EUR``: an office symbol right after a name lost its dash.
    Returns the name ("" when there is none)."""
    element, attr = slot
    if attr != "tail" or element.tag != tei("persName") or not label[:2].isupper():
        return ""
    name = "".join(element.itertext())
    return name if name[-1:].islower() else ""


def restore_dash(state, slot, position: int, dash: str, left: str, right: str) -> None:
    """Put back a dash lost in copying, as ``supplied`` (the text view leaves it out, so the
    input still comes back character for character):

        US<gloss>USSR</gloss>  ->  US<supplied reason="lost-in-copy">–</supplied><gloss>USSR</gloss>
    """
    supplied = slot[0].makeelement(tei("supplied"), {"reason": "lost-in-copy"})
    supplied.text = dash
    splice(slot, position, position, supplied)
    state.warn("dash-restored", f"'{left}{right}' read as '{left}{dash}{right}': a dash lost in copying "
               "was restored", line_of(slot), "check the dash; it is marked supplied", severity="info")



class FormScanner:
    """Finds any of many fixed strings, longest first, as ``(?<left)(form1|form2|...)(?!right)``
    would, but with the alternation folded into a trie (``U(?:SSR|S)``), which Python's
    regex engine scans in time independent of the register's size.
    """

    def __init__(self, forms, left: str, right: str):
        self.pattern = re.compile(f"{left}({words_regex(forms)})(?!{right})") if forms else None

    def finditer(self, text: str):
        if self.pattern is not None:
            for m in self.pattern.finditer(text):
                yield m.start(), m.end(), m.group(1)


GLUED_CAPS_RE = re.compile(r"[A-Z][A-Z]{3,11}(?![A-Za-z0-9])")   # after a word start: see glued_pairs


def _left_boundary(text: str, start: int, term: str) -> bool:
    """A term starts a word, or follows a lowercase letter when it is in capitals (``TylerEUR``)."""
    if start == 0:
        return True
    left = text[start - 1]
    if not left.isalnum():
        if len(term) == 1:
            return left in " ,;("
        return left not in "/." and (left != "-" or _word_before(text, start - 1)[:1].isupper())
    return left.islower() and term[:2].isupper()


def _right_boundary(after: str, term: str) -> bool:
    """``US-South Vietnamese`` yes; a one-letter term is not an initial (``Luther H. Hodges``,
    ``M. Couve de Murville``), an honorific (``U Thant``) or an isotope (``U-235``)."""
    if len(term) > 1:
        return not re.match(r"-[a-z]", after)
    return not re.match(r"\.\s*[A-Z]|\s+[A-Z][a-z]|[-–—]?\d|-", after)


def _word_before(text: str, end: int) -> str:
    m = re.search(r"(\w+)$", text[:end])
    return m.group(1) if m else ""


def _surname_forms(surname: str) -> list[str]:
    surname = surname.strip()
    if not surname:
        return []
    forms = [surname]
    if surname.upper() != surname:
        forms.append(surname.upper())
    if surname[0].islower():
        forms.append(surname[0].upper() + surname[1:])     # "de Gaulle" opening a sentence
    return forms


FORENAME_BEFORE_RE = re.compile(r"([A-Z][a-zà-ÿ]+)((?:\s+[A-Z]\.)*)\s+$")


def _may_end_forenames(before: str) -> bool:
    """A quick test before FORENAME_BEFORE_RE: what precedes the spaces is a word's last
    letter or an initial ("Lyndon ", "Lyndon B. "), not "Mr. " or "said, "."""
    last = before.rstrip()[-2:]
    return last[-1:] in FORENAME_END or (last[-1:] == "." and "A" <= last[:1] <= "Z")


FORENAME_END = frozenset("abcdefghijklmnopqrstuvwxyz" + "".join(map(chr, range(0xE0, 0x100))))


def _forename_variant(m, forenames: str) -> str:
    """The forename written before a surname (``m``, a FORENAME_BEFORE_RE match) in another
    spelling or with initials: ``Anatoliy F.`` for ``Anatoli F.``, ``Lyndon B.`` for
    ``Lyndon Baines``, ``Freddie`` for ``Frederick C.``. Returns the matched text with its
    trailing space."""
    words = forenames.replace(".", ". ").split()
    if not words or m.group(1) in TITLE_WORDS:
        return ""
    first, given = words[0].rstrip("."), m.group(1)
    if len(first) < 3 or given[:4].lower() != first[:4].lower():
        return ""
    initials = m.group(2).split()
    rest = [w[0] for w in words[1:]]
    if initials and [i[0] for i in initials] != rest[:len(initials)]:
        return ""
    return m.group(0)


TITLE_WORDS = HONORIFICS | OFFICE_MODIFIERS          # before a surname, not a forename


def _forename_forms(forenames: str) -> list[str]:
    forenames = forenames.strip()
    if not forenames:
        return []
    words = forenames.split()
    forms = [forenames]
    if len(words) > 1 and len(words[0].rstrip(".")) > 1:
        forms.append(words[0])
    return forms

