"""The passes, in the order they run.

Block passes classify the reader's blocks and make one element per block;
``assemble`` puts those elements in the document; inline passes then work on the
tree's text. Each pass is ``run(state: DocState) -> None`` in a module of its own.
"""
from __future__ import annotations

from . import (
               assemble,
               closer,
               dateline,
               footnotes,
               glossary,
               heading,
               lists,
               notes,
               pagebreaks,
               pagebreaks_inline,
               paragraphs,
               persons,
               references,
)

PASSES = (
    ("footnotes", footnotes.run),
    ("heading", heading.run),
    ("pagebreaks", pagebreaks.run),
    ("lists", lists.run),
    ("dateline", dateline.run),
    ("closer", closer.run),
    ("paragraphs", paragraphs.run),
    ("assemble", assemble.run),
    ("notes", notes.run),
    ("pagebreaks-inline", pagebreaks_inline.run),
    ("references", references.run),
    ("persons", persons.run),
    ("glossary", glossary.run),
)
