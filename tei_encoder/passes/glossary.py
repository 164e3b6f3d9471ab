"""Glossary pass: abbreviations in the terms register become ``gloss``.

    approved in S/AL on   ->   approved in <gloss target="#t_SAL1">S/AL</gloss> on

Runs only with a terms register (``--terms``); see ``tei_encoder.registers``.
"""
from __future__ import annotations

from ..model import DocState


def run(state: DocState) -> None:
    if state.terms is None:
        return
    state.terms.tag_mentions(state)
