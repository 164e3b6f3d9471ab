"""Words that stand before a person's name: one vocabulary for the passes and the registers.

    HONORIFICS        Mr. Rusk, Ambassador Dobrynin, Colonel Smith  (a title, not a forename)
    OFFICE_MODIFIERS  Under Secretary Ball, Vice President Johnson   (open a title of office)
"""
from __future__ import annotations

HONORIFICS = frozenset(
    "Mr Mrs Ms Miss Messrs Dr Doctor Sir Lord Ambassador Secretary President Premier Chairman "
    "Minister Senator Congressman Governor Chancellor General Admiral Colonel Major Captain Marshal "
    "Professor Counselor Director Commissioner Judge Justice Prince King Queen Pope Bishop "
    "Cardinal".split())
ABBREVIATED = frozenset({"Mr", "Mrs", "Ms", "Dr", "Messrs"})       # written with a full stop
OFFICE_MODIFIERS = frozenset({"Under", "Assistant", "Deputy", "Vice", "Prime", "Foreign", "Acting"})


def written_honorifics() -> list[str]:
    """The honorifics as they are written before a name: ``Mr.``, ``Ambassador``."""
    return sorted(word + "." if word in ABBREVIATED else word for word in HONORIFICS)
