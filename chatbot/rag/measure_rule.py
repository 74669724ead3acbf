"""The rule a document sets by a measure the question gives (a height, a length of time, a weight),
read without the model.

Asked "my wedding is only 3 weeks away, can penhallow still alter my dress? is there an extra fee?"
over a tailor's bridal terms ("If the wedding is less than 4 weeks away when the dress is brought in,
a rush fee of £60 is added."), the 135M reader answered "No, the dress is brought in for 4 weeks.";
asked whether a camper van 2.7m tall can be washed in the covered bay, it read nothing of "taller than
2.4 m cannot go inside". A reader answers by the rule whose bound takes in the question's measure.
So does this, in the document's own words, for a yes-or-no question giving one measure: the clause
that bounds that kind of measure and says the most of what the question asks, with a "No" where
the clause refuses what its bound holds or requires what it does not ("at least 1.1 m tall" of a
1.05 m child). Example::

    measure_ruled("My van is 2.7m tall - can you wash it inside?",
                  "Car wash › Height: Anything taller than 2.4 m cannot go inside; we wash it outside.")
    # 'No: Anything taller than 2.4 m cannot go inside.'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chatbot.rag.age_rule import ASKS_IF, FORBIDS, asked_keys, ruling_clause
from chatbot.rag.answer_kind import yes_or_no
from chatbot.rag.table_lookup import row_cells
from vectorstore.words import without_ages

# each unit a rule bounds, as its kind of measure and its size in that kind's smallest unit here
_UNITS = {
    **dict.fromkeys(["mm", "millimetre", "millimetres"], ("length", 0.001)),
    **dict.fromkeys(["cm", "centimetre", "centimetres"], ("length", 0.01)),
    **dict.fromkeys(["m", "metre", "metres", "meter", "meters"], ("length", 1.0)),
    **dict.fromkeys(["km", "kilometre", "kilometres"], ("length", 1000.0)),
    **dict.fromkeys(["g", "grams"], ("mass", 0.001)),
    **dict.fromkeys(["kg", "kilo", "kilos", "kilograms"], ("mass", 1.0)),
    **dict.fromkeys(["min", "mins", "minute", "minutes"], ("time", 1 / 60)),
    **dict.fromkeys(["hour", "hours", "hrs"], ("time", 1.0)),
    **dict.fromkeys(["day", "days"], ("time", 24.0)),
    **dict.fromkeys(["week", "weeks"], ("time", 168.0)),
    **dict.fromkeys(["mile", "miles"], ("miles", 1.0)),
}
_NUMBER = r"(\d+(?:\.\d+)?)"
_UNIT = rf"\s?({'|'.join(sorted(_UNITS, key=len, reverse=True))})(?:['\u2019]|\b)"
_BARE = r"(?<![\w.\u00a3$\u20ac])"  # a number of its own: no code's, decimal's or price's
_MAX = r"max(?:imum(?: of)?|\.)?"
_MEASURE = re.compile(rf"{_BARE}{_NUMBER}{_UNIT}", re.IGNORECASE)
_N = rf"{_NUMBER}(?:{_UNIT})?"  # a bound's first number, whose unit may be written once after both
# a bound on a measure, each way it is written, and the values it holds (a, b: its numbers)
_BOUNDS: list[tuple[re.Pattern[str], Callable[[float, float, float], bool]]] = [
    (re.compile(rf"\bbetween {_N} and {_NUMBER}{_UNIT}", re.I), lambda v, a, b: min(a, b) <= v <= max(a, b)),
    (re.compile(rf"{_BARE}{_N}\s?(?:-|\u2013|to) ?{_NUMBER}{_UNIT}", re.I), lambda v, a, b: a <= v <= b),
    (re.compile(rf"\b(?:less|fewer|shorter|lower|smaller|lighter) than {_NUMBER}{_UNIT}", re.I),
     lambda v, a, _: v < a),
    (re.compile(rf"\b(?:under|below|within) {_NUMBER}{_UNIT}", re.I), lambda v, a, _: v < a),
    (re.compile(rf"\b(?:up to|at most|no more than|not more than|{_MAX}) {_NUMBER}{_UNIT}", re.I),
     lambda v, a, _: v <= a),
    (re.compile(rf"\b(?:more|greater|taller|longer|higher|larger|heavier) than {_NUMBER}{_UNIT}", re.I),
     lambda v, a, _: v > a),
    (re.compile(rf"\b(?:over|above|exceeding) {_NUMBER}{_UNIT}", re.I), lambda v, a, _: v > a),
    (re.compile(rf"\b(?:at least|no less than|minimum(?: of)?|min\.?) {_NUMBER}{_UNIT}", re.I),
     lambda v, a, _: v >= a),
    (re.compile(rf"{_BARE}{_NUMBER}{_UNIT}\s?(?:or (?:more|longer|over)|\+)", re.I), lambda v, a, _: v >= a),
]  # fmt: skip
# a rule that requires what it bounds: "riders must be at least 1.1 m tall", "refunded only if …"
_REQUIRES = re.compile(r"\b(?:must|need|needs|required|only)\b", re.IGNORECASE)


def measure_ruled(question: str, document: str) -> str | None:
    """The one clause of prose ``document`` that bounds the kind of the one measure a yes-or-no
    question gives and says the most of what it asks, among equals the one whose bound holds it;
    "No: " before it where it refuses what its bound holds or requires what it does not; None for
    any other question, a table row, or no such clause or two alike."""
    asked = without_ages(question)
    given = [_size(m) for m in _MEASURE.finditer(asked)]
    if len(given) != 1 or not (yes_or_no(question) or ASKS_IF.search(question)) or row_cells(document):
        return None
    kind, value = given[0]
    ruling = ruling_clause(
        asked_keys(asked), document, lambda clause: _holds(clause, kind, value), tiered=True
    )
    if ruling is None:
        return None
    clause, holds = ruling
    rule = f"{clause[0].upper()}{clause[1:]}."
    refused = (holds and FORBIDS.search(clause)) or (not holds and _REQUIRES.search(clause))
    return f"No: {rule}" if refused else rule


def _size(match: re.Match[str]) -> tuple[str, float]:
    """A measure's kind and its size in that kind's smallest unit."""
    kind, scale = _UNITS[match[2].casefold()]
    return kind, float(match[1]) * scale


def _holds(clause: str, kind: str, value: float) -> bool | None:
    """Whether a bound the clause writes on measures of ``kind`` holds ``value`` (None: it writes
    none)."""
    held = []
    for pattern, holds in _BOUNDS:
        for m in pattern.finditer(clause):
            numbers, units = (
                [g for g in m.groups() if g and g[0].isdigit()],
                [g for g in m.groups() if g and not g[0].isdigit()],
            )
            unit_kind, scale = _UNITS[units[-1].casefold()]
            if unit_kind == kind:
                first, second = float(numbers[0]) * scale, float(numbers[-1]) * scale
                held.append(holds(value, first, second))
    return any(held) if held else None
