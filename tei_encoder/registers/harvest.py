"""A persons register built from the corpus itself, for when no register is given.

Names are gathered from the encoded documents, strongest evidence first:

    list[@type=participants]/item  "Anatoliy F. Dobrynin, Soviet Ambassador"  -> Dobrynin, Anatoliy F.
    closer/signed                  "Llewellyn E. Thompson"                    -> Thompson, Llewellyn E.
    full names in any text         "... by Lyndon B. Johnson ..."             -> Johnson, Lyndon B.
    a title before a surname       "Ambassador Kohler", "Mr. Mikoyan"         -> Kohler / Mikoyan
    a drafter in a note            "Drafted by Akalovsky"                     -> Akalovsky

and clustered by surname: forenames that agree (``Anatoli F.``/``Anatoliy F.``/none) are one
person; forenames that disagree (``Lyndon B.``/``U. Alexis``) are two. IDs follow the FRUS
pattern (``p_`` + initials + number) and depend only on the names, so a rebuild keeps them.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import NamedTuple

from ..model import tei
from ..titles import OFFICE_MODIFIERS, written_honorifics
from . import Entry, Register, _new_id, initials
from .trie import words_regex

NAME_WORD = r"(?:Mc|Mac|O['’ʼ])?[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?"
FORENAME = r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?"
INITIAL = r"[A-Z]\."
PARTICLE = r"(?:de|van|von|du|da|di|der|den|le|la)"
TITLE_WORDS = written_honorifics()
TITLES = "|".join(map(re.escape, TITLE_WORDS))
ROLE_NOUNS = ("leader premier minister ambassador secretary chairman president marshal spokesman counselor "
              "senator").split()
SPEECH_VERBS = ("said stated told asked replied remarked agreed noted suggested observed responded explained "
                "emphasized added indicated inquired declared insisted commented continued").split()
# No pattern opens with a look-behind (that would defeat the regex engine's fast scan for the
# first character); where a match must start a word, ``_starts_word`` checks it, or the pattern
# opens with the character before the word. A pattern that opens with a literal is scanned for
# fast; one that opens with a class of characters is tried at every position of the class.
# Word lists are folded into tries (``words_regex``): one letter is tried, not every word.
FULL_NAME_RE = re.compile(rf"(?P<fn>[A-Z](?:[a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?(?:\s+{INITIAL})+|\.\s+{FORENAME}))"
                          rf"\s+(?P<sn>(?:{PARTICLE}\s+)?{NAME_WORD})(?![\w-])")
TITLED_RE = re.compile(rf"{words_regex(TITLE_WORDS)}\s+(?P<sn>(?:(?:{PARTICLE}|{PARTICLE.title()})\s+)?{NAME_WORD})"
                       rf"(?![\w-])(?!\s+(?:[A-Z]\.|[A-Z][a-z]))")
DRAFTER_RE = re.compile(rf"by\s+(?P<sn>{NAME_WORD})(?![\w-])(?!\s+[A-Z])")
DRAFTING_VERBS = {"drafted", "approved", "initialed", "cleared"}
ROLE_OR_PLACE = (rf"(?:{words_regex(ROLE_NOUNS)}\s+(?P<role>{NAME_WORD})(?![\w-])(?!\s+[A-Z])"
                 rf"|(?:in|at)\s+(?P<place>{NAME_WORD})(?![\w-]))")
# "premier Khrushchev", "in Germany": after a space or "("
ROLE_OR_PLACE_RES = (re.compile(" " + ROLE_OR_PLACE), re.compile(r"\(" + ROLE_OR_PLACE))
SPEECH_VERB_RE = re.compile(rf" {words_regex(SPEECH_VERBS)}\b")
SPEAKER_BEFORE_RE = re.compile(rf"(?<![\w.-])(?P<sn>{NAME_WORD})(?:['’ʼ]s)?$")
TITLE_PREFIX_RE = re.compile(rf"^(?:(?:the|The)\s+)?(?:(?:{TITLES}|{'|'.join(sorted(OFFICE_MODIFIERS))}|"
                             rf"Soviet|Special)\s+)*")
NOT_SURNAMES = frozenset(["Mr", "Mrs", "Miss", "Dr", "Ambassador", "Secretary", "President", "Premier", "Chairman", "Minister", "Senator", "Governor", "Chancellor", "General", "Admiral", "Professor", "Lord", "Sir", "Under", "Assistant", "Deputy", "Foreign", "Prime", "Vice", "Acting", "Soviet", "Soviets", "American", "Americans", "United", "States", "State", "Union", "Government", "Embassy", "Department", "Office", "Bureau", "Mission", "Delegation", "Party", "Committee", "Council", "Assembly", "House", "Staff", "Counselor", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "The", "This", "That", "These", "Those", "He", "She", "They", "We", "It", "And", "But", "If", "When", "While", "After", "Before", "Since", "During", "Although", "Because", "However", "Moreover", "Also", "General", "Secretariat", "Presidium", "Politburo", "Congress", "Senate", "Republic", "Kingdom", "Federal", "National", "In", "On", "At", "Of", "For", "To", "By", "As", "An", "From", "With", "Into", "Under", "Over", "Between", "Against"])


class Sighting(NamedTuple):
    """One piece of evidence of a person (a tuple: cheap to make, and to send between processes)."""
    surname: str
    forenames: str = ""
    role: str = ""
    strength: int = 1           # 3 participants/signature, 2 full name in text, 1 title or drafter


SPEAKS, PLACE = 0, -1           # weak evidence: "Brezhnev said"; counter-evidence: "in Germany"


def sightings(tree) -> list[Sighting]:
    """Every name the document (a TEI tree or its ``div``, notes placed) gives evidence of."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    found: list[Sighting] = []
    for item in root.iter(tei("item")):
        parent = item.getparent()
        if parent is not None and parent.get("type") == "participants":
            found.extend(_from_label(_own_text(item), strength=3))
    for signed in root.iter(tei("signed")):
        found.extend(_from_label(_own_text(signed), strength=3))
    text = _scan_text(next(root.iter(tei("body")), root))       # one scan per pattern a document
    for m in _full_names(text):
        forenames = _drop_titles(m.group("fn"))
        if m.group("fn")[:2] in ("I.", "V.", "X."):
            continue                                  # a numbered heading, "I. Factors Affecting"
        if _starts_word(text, m) and _is_surname(m.group("sn")) and forenames and not any(
                w in NOT_SURNAMES for w in forenames.split()):
            found.append(Sighting(m.group("sn"), forenames, strength=2))
    for pattern in (TITLED_RE, DRAFTER_RE):
        for m in pattern.finditer(text):
            if pattern is DRAFTER_RE and _word_before(text, m.start()).lower() not in DRAFTING_VERBS:
                continue
            if _starts_word(text, m) and _is_surname(m.group("sn")):
                found.append(Sighting(m.group("sn"), strength=1))
    roles, places = [], []
    for pattern in ROLE_OR_PLACE_RES:
        for m in pattern.finditer(text):
            (roles if m.group("role") else places).append((m.start(), m.group("role") or m.group("place")))
    found.extend(Sighting(sn, strength=1) for _, sn in sorted(roles) if _is_surname(sn))
    found.extend(Sighting(sn, strength=PLACE) for _, sn in sorted(places) if _is_surname(sn))
    for m in SPEECH_VERB_RE.finditer(text):
        speaker = _speaker_before(text, m.start())
        if speaker and _is_surname(speaker.group("sn")):
            found.append(Sighting(speaker.group("sn"), strength=SPEAKS))
    return found


def _speaker_before(text: str, end: int):
    """``SPEAKER_BEFORE_RE.search(text, end - 40, end)``, tried only at the capitals of the run
    of word characters before ``end`` (the name is inside that run)."""
    start, first = max(0, end - 40), end
    while first > start and (text[first - 1].isalnum() or text[first - 1] in "_-'’ʼ"):
        first -= 1
    for position in range(first, end):
        if text[position].isupper():
            m = SPEAKER_BEFORE_RE.match(text, position, end)
            if m:
                return m
    return None


def _word_before(text: str, position: int) -> str:
    words = text[max(0, position - 12):position].split()
    return words[-1] if words else ""


def _starts_word(text: str, m) -> bool:
    return m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".-")


FORENAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-" + "".join(map(chr, range(0xE0, 0x100))))


def _scan_text(body) -> str:
    """The text of a document's body, its elements separated by spaces."""
    return " ".join(_texts(body))


def _full_names(text: str):
    """``FULL_NAME_RE.finditer(text)``, without trying the pattern at every capital: each full
    name holds an initial and a space ("F. "), so it starts at that initial ("J. Robert
    Oppenheimer") or in the word before it ("John F. Kennedy")."""
    starts = set()
    dot = text.find(". ")
    while dot != -1:
        if dot and "A" <= text[dot - 1] <= "Z":
            starts.add(dot - 1)
            end = dot - 2
            while end >= 0 and text[end] == " ":
                end -= 1
            if end < dot - 2:                        # a space before the initial: the word before it
                start = end
                while start > 0 and text[start - 1] in FORENAME_CHARS:
                    start -= 1
                starts.update(i for i in range(start, end + 1) if "A" <= text[i] <= "Z")
        dot = text.find(". ", dot + 2)
    taken = 0
    for start in sorted(starts):
        if start >= taken:
            m = FULL_NAME_RE.match(text, start)
            if m:
                taken = m.end()
                yield m


def build_register(all_sightings) -> Register:
    """One entry per person: sightings clustered by surname, then by agreeing forenames."""
    by_surname: dict[str, list[Sighting]] = defaultdict(list)
    for s in all_sightings:
        by_surname[s.surname].append(s)
    people = []
    for surname, seen in by_surname.items():
        if all(s.strength <= SPEAKS for s in seen):
            if any(s.strength == PLACE for s in seen) or sum(s.strength == SPEAKS for s in seen) < 2:
                continue                     # a place, or too little evidence of a person
        seen = [s for s in seen if s.strength > PLACE]
        groups: list[list[Sighting]] = []
        for s in sorted((s for s in seen if s.forenames), key=lambda s: (-len(s.forenames), s.forenames)):
            group = next((g for g in groups if forenames_agree(g[0].forenames, s.forenames)), None)
            if group is None:
                groups.append([s])
            else:
                group.append(s)
        if not groups:
            groups = [list(seen)]
        for group in groups:
            best = max(group, key=lambda s: (s.strength, len(s.forenames), s.forenames))
            role = next((s.role for s in sorted(group, key=lambda s: -s.strength) if s.role), "")
            people.append((surname, best.forenames, role))
    entries, ids = [], set()
    for surname, forenames, role in sorted(people):
        label = f"{surname}, {forenames}" if forenames else surname
        entries.append(Entry(_new_id("p_", initials(surname, forenames), ids), "person", label,
                             surname, forenames, role))
    return Register("person", entries, "corpus")


def forenames_agree(a: str, b: str) -> bool:
    """``Anatoli F.`` ~ ``Anatoliy F.`` ~ ``A. F.``; ``Lyndon B.`` !~ ``U. Alexis``."""
    wa, wb = a.replace(".", ". ").split(), b.replace(".", ". ").split()
    if not wa or not wb:
        return True
    first_a, first_b = wa[0].rstrip("."), wb[0].rstrip(".")
    if first_a[0] != first_b[0]:
        return False
    if len(first_a) > 1 and len(first_b) > 1 and first_a[:4].lower() != first_b[:4].lower():
        return False
    return all(x[0] == y[0] for x, y in zip(wa[1:], wb[1:]))


def write_text_register(register: Register) -> str:
    """The register in the text form ``load_register`` reads back with the same IDs."""
    lines = []
    for e in register.entries:
        fields = [e.surname, e.forenames] + ([e.description] if e.description else [])
        lines.append(", ".join(fields).rstrip(", ") + "\n")
    return "".join(lines)


def _from_label(text: str, strength: int) -> list[Sighting]:
    """``Anatoliy F. Dobrynin, Soviet Ambassador`` -> Dobrynin, Anatoliy F. (role kept)."""
    cut = re.search(r",|\s+[-–—]\s+|\s+\(", text)
    head, role = (text[:cut.start()], text[cut.end():]) if cut else (text, "")
    head = " ".join(head.split())
    titled = TITLE_PREFIX_RE.match(head).group(0)
    name = head[len(titled):]
    words = name.split()
    glued = re.fullmatch(rf"({NAME_WORD})[A-Z]{{2,}}\S*", words[-1]) if words else None
    if glued:
        words[-1] = glued.group(1)                  # "TylerEUR": an office symbol lost its dash
    if not words or len(words) > 5 or (len(words) == 1 and not titled):
        return []
    particle_at = next((i for i, w in enumerate(words[:-1]) if re.fullmatch(PARTICLE, w)), len(words) - 1)
    surname, forenames = " ".join(words[particle_at:]), " ".join(words[:particle_at])
    if not re.fullmatch(NAME_WORD, words[-1]) or not _is_surname(words[-1]) or not all(re.fullmatch(rf"{FORENAME}|{INITIAL}", w)
                                             for w in words[:particle_at]):
        return []
    return [Sighting(surname, forenames, " ".join(role.split()).rstrip(")"), strength)]


def _is_surname(word: str) -> bool:
    return word.split()[-1] not in NOT_SURNAMES and not word.isupper()


def _drop_titles(forenames: str) -> str:
    words = forenames.split()
    while words and words[0].rstrip(".") in NOT_SURNAMES:
        words.pop(0)
    return " ".join(words)


def _own_text(element) -> str:
    """Text of an element without its notes."""
    parts = [element.text or ""]
    for child in element:
        if child.tag != tei("note"):
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return "".join(parts)


def _texts(body):
    for element in body.iter(tei("p"), tei("note"), tei("head"), tei("item"), tei("cell")):
        yield "".join(t for t in element.itertext()) if element.tag == tei("note") else _own_text(element)
