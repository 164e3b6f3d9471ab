"""Persons pass: mentions of people in the register become ``persName``.

    Mr. Mikoyan said   ->   Mr. <persName corresp="#p_MAI1">Mikoyan</persName> said

Runs only with a persons register (``--persons``); see ``tei_encoder.registers``.
"""
from __future__ import annotations

from ..model import DocState


def run(state: DocState) -> None:
    if state.persons is None:
        return
    state.persons.tag_mentions(state)
