"""A question about a thing by a number its documents give that kind of thing only with others.

Documents number kinds of things: "Route 3", "Room 12", "a 6-berth ridge tent", "Adult 10-visit
card". Asked "What is the Route 5 timetable?", "What do the scouts charge for a 4-berth tent?" or
"the price of a 20-visit card", the retrieved chunks hold Route 3's times, the 6-berth tent's rate
and the 10-visit card's price, and both the 135M model and the table lookup read them as the one
asked ("The hire rate of TS-101 is £25.00."). Where the documents write that kind with numbers but
never with the question's, they tell nothing of the thing asked. Spans and lists count whole
("Rooms 1-4", "Routes 3 and 5"), and measures are left to the measure checks: "a 12-month
membership" or "a 10-year-old" is a length of time, and bounds ("under 16", "up to 3 hours") hold
numbers they do not write. Example::

    renumbered("What is the Route 5 timetable?", ["Route 3 changes from 9 April: …"])  # True
"""

from __future__ import annotations

import re

from chatbot.rag.answer_kind import holds_measure
from chatbot.rag.grounding import stem
from chatbot.rag.table_lookup import figured
from vectorstore.words import FILLER, MONTHS, WEEKDAYS

# a number joined to the kind it counts: "6-berth", "10-visit", "2-person", "three-person"
_JOINED = re.compile(r"\b(\d+|[a-z]{3,5})-([a-z]{3,})\b", re.IGNORECASE)
# a number before a kind, as a name's bracket writes it: "Private office (2 person)"
_BEFORE_KIND = re.compile(r"\((\d+)\s+([a-z]{3,})\)")
# a kind written before its number, capitalised as a name ("Route 3", "Room 12b"), with what a span
# or list adds ("Rooms 1-4", "Routes 3 and 5", "Bays 2, 4 & 6")
_LABELLED = re.compile(
    r"\b([A-Z][a-z]{2,}) (\d+)[a-z]?\b((?:\s*(?:-|\u2013|to|and|or|,|&)\s*\d+[a-z]?\b)*)"
    r"(?![.:/]\d|%|°|-[a-z])"  # no decimal, time, percentage, temperature or "10-visit"
)
_SPANNED = re.compile(r"(\d+)\s*(?:-|\u2013|to)\s*(\d+)")
# a number written in two parts, the second with a leading zero: "26-006" is one incident's, no span
# (a span's first number has none: "01-08" are plots 1 to 8)
_REFERENCE = re.compile(r"([1-9]\d*)-(0\d+)\b")
_REFERENCE_SPAN = re.compile(r"([1-9]\d*)-(0\d+)\s*(?:\u2013|to|-)\s*\1-(0\d+)\b")
_NIGHTS = frozenset({"night", "nights"})  # "a 3-night stay": priced by the night, no kind of its own
# words before a number that bound or place it, no kind it numbers: "under 16", "aged 12", "Sunday 14"
_NO_KIND = FILLER | MONTHS | WEEKDAYS | {"under", "over", "below", "above", "aged", "age", "ages", "ext"}


def renumbered(question: str, documents: list[str]) -> bool:
    """Whether ``question`` names a kind of thing with a number ("route 5", "a 4-berth tent") that
    ``documents`` write only with other numbers."""
    text = " ".join(documents)
    written, asked = _numbers_by_kind(text, labelled=True), _numbers_by_kind(question, labelled=False)
    for number, kind in _BEFORE_KIND.findall(text):  # "(2 person)" numbers the kind a question joins
        if stem(kind.casefold()) in asked:
            written.setdefault(stem(kind.casefold()), set()).add(int(number))
    return any(kind in written and not numbers & written[kind] for kind, numbers in asked.items())


def _references(text: str) -> set[str]:
    """The references ``text`` writes ("26-002 and 26-004"), with each between the ends of a span of
    them ("26-001 to 26-007")."""
    found = {match[0] for match in _REFERENCE.finditer(text)}
    for span in _REFERENCE_SPAN.finditer(text):
        first, low, high = span[1], span[2], span[3]
        if int(high) - int(low) < 1000:
            found |= {f"{first}-{n:0{len(low)}d}" for n in range(int(low), int(high) + 1)}
    return found


def _numbers_by_kind(text: str, labelled: bool) -> dict[str, set[int | str]]:
    """The numbers ``text`` gives each kind (by its stem): joined to it ("6-berth"), or after it as a
    label ("Route 3"; in a question also written lower-case, "route 3"), with every number of a span
    between its ends."""
    found: dict[str, set[int | str]] = {}
    for said, kind in _JOINED.findall(text):
        number = figured([said.casefold()])[0]  # "three-person" as "3-person"
        if number.isdigit() and not holds_measure(f"{number} {kind}") and kind.casefold() not in _NIGHTS:
            found.setdefault(stem(kind.casefold()), set()).add(int(number))
    flags = 0 if labelled else re.IGNORECASE
    for match in re.finditer(_LABELLED.pattern, text, flags):
        kind, first, rest = match.groups()
        if kind.casefold() in _NO_KIND or int(first) >= 1000:  # "Year 2026" is a date
            continue
        if _REFERENCE.match(f"{first}{rest}"):  # "Incident 26-006": one number, no span
            found.setdefault(stem(kind.casefold()), set()).update(_references(f"{first}{rest}"))
            continue
        numbers = {int(first), *map(int, re.findall(r"\d+", rest))}
        for low, high in _SPANNED.findall(f"{first}{rest}"):
            numbers |= set(range(int(low), int(high) + 1)) if int(high) - int(low) < 1000 else set()
        found.setdefault(stem(kind.casefold()), set()).update(numbers)
    return found
