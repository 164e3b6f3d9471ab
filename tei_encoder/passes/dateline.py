"""Dateline pass: the place-and-date line under the heading becomes ``dateline``.

    Washington, November 26, 1963, 11:35 a.m.
      ->  <dateline><placeName>Washington</placeName>, <date when="1963-11-26T11:35:00"
          >November 26, 1963, 11:35 a.m.</date></dateline>

A time range adds ``<time from=".." to="..">``; ``1305Z`` keeps its zone. A date that
cannot be read is kept as text, gets no ``@when`` and is reported: never a guess.
"""
from __future__ import annotations

import calendar
import re

from ..model import DocState, tei
from ._inline import new_element

MONTHS = {m: i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], start=1)}
MONTH_ABBR = {m[:3]: i for m, i in MONTHS.items()} | {"Sept": 9}
MONTH_RE = "|".join(sorted(list(MONTHS) + [m + r"\.?" for m in MONTH_ABBR], key=len, reverse=True))
DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][^,\d]{1,60}?(?:, [A-Z][^,\d]{1,30}?)?),\s+"
    r"(?P<date>(?:(?:" + MONTH_RE + r")\s+\d{1,2}(?:\s*[–-]\s*\d{1,2})?,\s+\d{4}|undated|Undated)"
    r"(?:,\s+(?P<time>[^.]*?(?:[ap]\.m\.|noon|midnight|\d{4}Z|\d{1,2}:\d{2})))?)"
    r"(?P<end>\.?)$")
DAY_RE = re.compile(r"^(?P<month>" + MONTH_RE + r")\s+(?P<day>\d{1,2})(?:\s*[–-]\s*(?P<day2>\d{1,2}))?,\s+(?P<year>\d{4})")
CLOCK_RE = re.compile(r"^(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ap>[ap])\.m\.$")
ZULU_RE = re.compile(r"^(?P<h>\d{2})(?P<m>\d{2})Z$")
RANGE_RE = re.compile(r"^(?P<a>\d{1,2}(?::\d{2})?(?:\s*[ap]\.m\.)?)\s*[–-]\s*(?P<b>\d{1,2}(?::\d{2})?\s*[ap]\.m\.)$")
MAX_LOOKAHEAD = 3


def run(state: DocState) -> None:
    seen_heading = False
    looked = 0
    for block in state.blocks:
        if block.kind == "heading":
            seen_heading = True
            continue
        if not seen_heading or block.kind in ("pagebreak", "inline-note"):
            continue
        looked += 1
        if looked > MAX_LOOKAHEAD or block.kind is not None or len(block.lines) > 2:
            if block.kind is None:
                break
            continue
        m = DATELINE_RE.match(block.text)
        if not m:
            break
        block.kind = "dateline"
        block.data["element"] = build_dateline(state, m, block.lineno)
        return


def build_dateline(state: DocState, m, lineno: int):
    element = new_element(tei("dateline"))
    place = new_element(tei("placeName"), {}, m.group("place"))
    place.tail = ", "
    element.append(place)
    date_text = m.group("date")
    time_text = m.group("time")
    day = parse_day(date_text)
    if day is None:
        if date_text.lower() != "undated":
            state.warn("date-unparsed", f"dateline date {date_text!r} not understood; kept without @when",
                       lineno, "add date/@when by hand")
        element.append(new_element(tei("date"), {}, date_text))
    elif time_text and RANGE_RE.match(time_text):
        r = RANGE_RE.match(time_text)
        suffix = r.group("b")[-4:]
        start = clock(r.group("a") if "m." in r.group("a") else r.group("a") + " " + suffix)
        end = clock(r.group("b"))
        date_el = new_element(tei("date"), {"when": day}, date_text.split(", " + time_text)[0])
        element.append(date_el)
        date_el.tail = ", "
        attrib = {"from": start, "to": end} if start and end else {}
        element.append(new_element(tei("time"), attrib, time_text))
    else:
        when = day
        if time_text:
            t = clock(time_text)
            if t is None:
                state.warn("time-unparsed", f"dateline time {time_text!r} not understood; date kept without it",
                           lineno, "add the time to date/@when by hand")
            else:
                when = f"{day}T{t}"
        element.append(new_element(tei("date"), {"when": when}, date_text))
    if m.group("end"):
        element[-1].tail = m.group("end")
    return element


def parse_day(text: str) -> str | None:
    m = DAY_RE.match(text)
    if not m or m.group("day2"):
        return None
    month_word = m.group("month").rstrip(".")
    month = MONTHS.get(month_word) or MONTH_ABBR.get(month_word)
    day, year = int(m.group("day")), int(m.group("year"))
    if not month or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def clock(text: str) -> str | None:
    """``11:35 a.m.`` -> ``11:35:00``; ``noon`` -> ``12:00:00``; ``1305Z`` -> ``13:05:00Z``."""
    text = text.strip()
    if text == "noon":
        return "12:00:00"
    z = ZULU_RE.match(text)
    if z and int(z.group("h")) < 24 and int(z.group("m")) < 60:
        return f"{z.group('h')}:{z.group('m')}:00Z"
    c = CLOCK_RE.match(text)
    if not c:
        return None
    hour, minute = int(c.group("h")), int(c.group("m") or 0)
    if not 1 <= hour <= 12 or minute > 59:
        return None
    hour = hour % 12 + (12 if c.group("ap") == "p" else 0)
    return f"{hour:02d}:{minute:02d}:00"
