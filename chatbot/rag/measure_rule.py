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
1.05 m child); and for a question whose measure sets a condition ("if I cancel 5 days before, how
much do I get back?"), the clause whose bound holds it. A measure the question gives as a bound
("with less than 48 hours' notice") is ruled on only where one clause holds all of it. Example::

    measure_ruled("My van is 2.7m tall - can you wash it inside?",
                  "Car wash › Height: Anything taller than 2.4 m cannot go inside; we wash it outside.")
    # 'No: Anything taller than 2.4 m cannot go inside.'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chatbot.rag.age_rule import ASKS_IF, FORBIDS, as_rule, asked_keys, ruling_clause
from chatbot.rag.answer_kind import yes_or_no
from chatbot.rag.grounding import FIGURES, stem_keys
from chatbot.rag.table_lookup import row_cells
from vectorstore.words import without_ages

# each unit a rule bounds, as its kind of measure and its size in that kind's smallest unit here
_UNITS = {
    **dict.fromkeys(["mm", "millimetre", "millimetres"], ("length", 0.001)),
    **dict.fromkeys(["cm", "centimetre", "centimetres"], ("length", 0.01)),
    **dict.fromkeys(["m", "metre", "metres", "meter", "meters"], ("length", 1.0)),
    **dict.fromkeys(["km", "kilometre", "kilometres"], ("length", 1000.0)),
    **dict.fromkeys(["g", "gram", "grams"], ("mass", 0.001)),
    **dict.fromkeys(["kg", "kilo", "kilos", "kilogram", "kilograms"], ("mass", 1.0)),
    **dict.fromkeys(["min", "mins", "minute", "minutes"], ("time", 1 / 60)),
    **dict.fromkeys(["hour", "hours", "hr", "hrs"], ("time", 1.0)),
    **dict.fromkeys(["day", "days"], ("time", 24.0)),
    **dict.fromkeys(["week", "weeks"], ("time", 168.0)),
    **dict.fromkeys(["mile", "miles"], ("miles", 1.0)),
}
_UNIT_KEYS = {key for unit in _UNITS for key in stem_keys(unit)}  # no word of what is asked of
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"  # "1,500", "2.4"
_NUMBER = rf"({_DIGITS})"
_UNIT = rf"\s?({'|'.join(sorted(_UNITS, key=len, reverse=True))})(?:['\u2019]|\b)"
_BARE = r"(?<![\w.,\u00a3$\u20ac])"  # a number of its own: no code's, decimal's or price's
_MAX = r"max(?:imum(?: of)?|\.)?"
_BEFORE = r"(?:before|in advance|prior)"
_NOTICE = r"(?:cancel|chang|refund|notice|amend|mov|withdraw|resched)"
_NOT = r"(?<!\bno )(?<!\bnot )"  # "no more than 10 kg" is no bound of more
# a number in words, whole ("two weeks before"; not "twenty-four", nor "one", also a pronoun)
_WORDED = rf"(?<![\w-])(?:{'|'.join(w for w in FIGURES if w != 'one')})(?![\w-])"
_MEASURE = re.compile(rf"{_BARE}({_DIGITS}|{_WORDED}){_UNIT}", re.IGNORECASE)
_N = rf"{_NUMBER}(?:{_UNIT})?"  # a span's first number, whose unit may be written once after both
# a bound on a measure, each way it is written, and the values it holds (a, b: its numbers)
_BOUNDS: list[tuple[re.Pattern[str], Callable[[float, float, float], bool]]] = [
    (re.compile(rf"\bbetween {_N} and {_NUMBER}{_UNIT}", re.I), lambda v, a, b: min(a, b) <= v <= max(a, b)),
    (re.compile(rf"{_BARE}{_N}\s?(?:-|\u2013|to) ?{_NUMBER}{_UNIT}", re.I), lambda v, a, b: a <= v <= b),
    (re.compile(rf"{_NOT}\b(?:less|fewer|shorter|lower|smaller|lighter) than {_NUMBER}{_UNIT}", re.I),
     lambda v, a, _: v < a),
    (re.compile(rf"\b(?:under|below|within) {_NUMBER}{_UNIT}", re.I), lambda v, a, _: v < a),
    (re.compile(rf"\b(?:at most|not? (?:more|longer|taller|heavier|larger|higher) than|{_MAX}) "
                rf"{_NUMBER}{_UNIT}", re.I), lambda v, a, _: v <= a),
    (re.compile(rf"\bup to {_NUMBER}{_UNIT}(?!\s+{_BEFORE})", re.I), lambda v, a, _: v <= a),
    # "cancel free up to 48 hours before": the notice is 48 hours or more (of a clause about notice;
    # "arrive up to 15 minutes before" bounds nothing asked)
    (re.compile(rf"\b{_NOTICE}\w*\b[^.;]*?\bup to {_NUMBER}{_UNIT}\s+{_BEFORE}", re.I),
     lambda v, a, _: v >= a),
    (re.compile(rf"{_NOT}\b(?:more|greater|taller|longer|higher|larger|heavier) than {_NUMBER}{_UNIT}", re.I),
     lambda v, a, _: v > a),
    (re.compile(rf"\b(?:over|above|exceeding) {_NUMBER}{_UNIT}", re.I), lambda v, a, _: v > a),
    (re.compile(rf"\b(?:at least|not? (?:less|shorter|lighter|smaller|lower) than|minimum(?: of)?|min\.?) "
                rf"{_NUMBER}{_UNIT}", re.I), lambda v, a, _: v >= a),
    (re.compile(rf"{_BARE}{_NUMBER}{_UNIT}\s?(?:or (?:more|longer|over)|\+)", re.I), lambda v, a, _: v >= a),
]  # fmt: skip
# a measure the question gives as a bound: above it (group 2) or below it, "no more than" the other way
_GIVEN_BOUND = re.compile(
    r"\b(not? |at )?(?:(more than|longer than|over|above|least)|less than|fewer than|shorter than|under|below"
    r"|within|most)\s*$",
    re.I,
)
_JUST_INSIDE = 1e-6
_FAR = 100.0  # times a bound: a measure as far beyond it as any rule reaches
# a condition the question sets with its measure, in the measure's clause: "If I cancel with 24 hours'
# notice, how much …?" (not "When does the 10 km race start?", which asks when)
_CONDITION = re.compile(r"(?<!^)\b(?:if|when|with|after|before)\b[^,;?]*$|^\s*(?:if|with)\b[^,;?]*$", re.I)
_NO_MORE = re.compile(
    r"\bnot? (?:more|less|longer|shorter|taller|heavier|lighter|larger|smaller|higher) than\b"
)
# a rule that requires its bound: "riders must be at least 1.1 m tall", "refunded only if …" (not
# "Children under 1.2 m must wear a helmet", which asks nothing of those over it)
_REQUIRES = re.compile(r"\b(?:must|needs? to|has to|have to) be\b|\bonly (?:if|when|with|for|from)\b", re.I)
# an exception a refusal makes, up to its clause's next comma: "not refundable, except where the booking
# is cancelled more than 14 days before", "Unless you cancel 7 days ahead, nothing is refunded"
_EXCEPTION = re.compile(r"\b(?:except|unless|apart from|other than)\b[^,;]*", re.I)


def measure_ruled(question: str, document: str) -> str | None:
    """The one clause of prose ``document`` that bounds the kind of the one measure a yes-or-no
    question gives and says the most of what it asks, among equals the one whose bound holds it;
    "No: " before it where it refuses what its bound holds or requires what it does not. Asked what
    follows on a condition the measure sets ("if I cancel 5 days before, …?"), the clause whose bound
    holds it. None for any other question, a table row, or no such clause or two alike."""
    asked = without_ages(question)
    given = list(_MEASURE.finditer(asked))
    if len(given) != 1 or row_cells(document) is not None:
        return None
    whether = yes_or_no(question) or ASKS_IF.search(question)
    if not whether and not _CONDITION.search(asked[: given[0].start()]):
        return None
    kind, values = _given(given[0], asked)
    keys = asked_keys(asked)
    rulings = {
        ruling_clause(keys, document, lambda clause, v=v: _holds(clause, kind, v), keys - _UNIT_KEYS)
        for v in values
    }
    ruling = rulings.pop() if len(rulings) == 1 else None  # a bound given: one rule for all it holds
    if ruling is None or not (whether or ruling[1]):
        return None
    clause, holds = ruling
    rule = as_rule(clause)
    if not whether:
        return rule  # what happens on the condition: the clause whose bound holds it
    return f"No: {rule}" if _refuses(clause, holds) else rule


def _refuses(clause: str, holds: bool) -> bool:
    """Whether the clause says no to the question's measure: it refuses what its bound holds, requires
    what its bound does not hold, or refuses all but an exception whose bound does not hold it (a
    refusal before the exception, or after one opening the sentence; not "All bags are accepted,
    except those over 23 kg, which cannot …", whose exception is the refused)."""
    exception = _EXCEPTION.search(clause)
    if exception and _bounded(exception[0]) and not FORBIDS.search(exception[0]):
        head, tail = clause[: exception.start()], clause[exception.end() :]
        opens = not head.strip() or head.rstrip().endswith((":", "."))  # "Unless you cancel …, nothing …"
        refusal = tail if opens else head
        if FORBIDS.search(refusal) and not _bounded(refusal):
            return not holds
    if holds:
        return bool(FORBIDS.search(_NO_MORE.sub("", clause)))
    return bool(_REQUIRES.search(clause))


def _bounded(text: str) -> bool:
    """Whether the text writes a bound on a measure."""
    return any(pattern.search(text) for pattern, _ in _BOUNDS)


def _given(match: re.Match[str], question: str) -> tuple[str, list[float]]:
    """The question's measure's kind and size; for one it writes as a bound ("with less than 48 hours'
    notice"), the sizes at both ends of what it holds: just inside the bound (on it, for "no more
    than", "at least") and far from it."""
    kind, size = _sized(match[1], match[2])
    bound = _GIVEN_BOUND.search(question[: match.start()])
    if not bound:
        return kind, [size]
    negated = (bound[1] or "").strip().casefold() in {"no", "not"}
    above = bool(bound[2]) != negated
    inside = 0.0 if bound[1] else _JUST_INSIDE  # "no more than", "at least", "at most" hold the bound
    return kind, [size + inside, size * _FAR] if above else [size - inside, 0.0]


def _sized(number: str, unit: str) -> tuple[str, float]:
    """A number and its unit as a kind of measure and a size in that kind's smallest unit."""
    kind, scale = _UNITS[unit.casefold()]
    return kind, float(FIGURES.get(number.casefold(), number).replace(",", "")) * scale


def _holds(clause: str, kind: str, value: float) -> bool | None:
    """Whether a bound the clause writes on measures of ``kind`` holds ``value`` (None: it writes
    none); each number of a span is sized by its own unit, or the one written after both."""
    held = []
    for pattern, holds in _BOUNDS:
        for m in pattern.finditer(clause):
            numbers = [(g, m.group(at + 2)) for at, g in enumerate(m.groups()) if g and g[0].isdigit()]
            sizes = [_sized(number, unit or m.groups()[-1]) for number, unit in numbers]
            if all(size_kind == kind for size_kind, _ in sizes):
                held.append(holds(value, sizes[0][1], sizes[-1][1]))
    return any(held) if held else None
