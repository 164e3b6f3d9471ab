"""A regular expression for "any of these words", folded into a trie.

    words_regex(["US", "USSR", "USUN"])  ->  "US(?:SR|UN)?"

Python's regex engine tries the branches of ``US|USSR|USUN`` one by one at every position;
the trie form tries one letter at a time, so its cost does not grow with the number of
words. Longer words win, as in a longest-first alternation.
"""
from __future__ import annotations

import re


def words_regex(words) -> str:
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_regex(trie)


def _node_regex(node: dict) -> str:
    """A run of single children is written as plain letters (``ADENAUER``, not nested groups),
    so a large register compiles fast."""
    branches = [re.escape(char) + _node_regex(child) for char, child in sorted(node.items()) if char]
    optional = "" in node
    if not branches:
        return ""
    if len(branches) == 1 and not optional:
        return branches[0]
    body = branches[0] if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + "|".join(branches) + ")"
    return body + "?" if optional else body
