"""The rule of ages a document sets for what a question asks someone of an age may do, read without
the model.

Asked "my 14 year old really wants to have a go on the scratter, is that ok?" over a co-op's safety
section ("Children under 12 must stay behind the rope line … Nobody under 16 may operate the scratter
(the electric fruit mill); 12 to 15 year olds may turn the press screw with a volunteer."), the 135M
reader answered "No, the scratter is the electric fruit mill.", or inverted the rule. A reader answers
by the rule: the one sentence that bounds an age and says what the question asks about. So does this,
for a yes-or-no question that gives someone's age, in the document's own words. Example::

    age_ruled("Can my 14 year old use the scratter?",
              "Co-op › Safety: Nobody under 16 may operate the scratter. Closed shoes are required.")
    # 'No: Nobody under 16 may operate the scratter.'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chatbot.rag.answer_kind import yes_or_no
from chatbot.rag.grounding import ASKING, LIGHT, stem_keys
from chatbot.rag.table_lookup import row_cells
from ingest.separators import body_of
from ingest.text import sentences
from vectorstore.words import FILLER, stated, without_ages, words

_UNIT_AFTER = r"(?![.,]\d|\s?(?:%|km|kg|m|mm|cm|mph|miles?|metres?|hours?|minutes?|days?|people)\b)"
# a bound of ages, each way it is written, and the ages it holds ("under 16": younger than 16)
_BOUNDS: list[tuple[re.Pattern[str], Callable[[int, int, int], bool]]] = [
    (re.compile(r"\b(\d{1,2})\s*(?:to|-|\u2013)\s*(\d{1,2})[\s-]*(?:years?|yrs?)[\s-]*olds?\b", re.I),
     lambda age, a, b: a <= age <= b),
    (re.compile(rf"\baged\s+(\d{{1,2}})\s*(?:to|-|\u2013)\s*(\d{{1,2}})\b{_UNIT_AFTER}", re.I),
     lambda age, a, b: a <= age <= b),
    (re.compile(rf"\b(?:under|below|younger than)[\s-](\d{{1,2}})s?\b{_UNIT_AFTER}", re.I),
     lambda age, a, _: age < a),
    (re.compile(rf"\b(?:over|above|older than)\s+(\d{{1,2}})\b{_UNIT_AFTER}", re.I),
     lambda age, a, _: age > a),
    (re.compile(rf"\b(?:at least|minimum(?: age)?(?: of)?|min\.?)\s+(\d{{1,2}})\b{_UNIT_AFTER}", re.I),
     lambda age, a, _: age >= a),
    (re.compile(r"\b(\d{1,2})\s*(?:\+|(?:or|and) (?:over|older|above))", re.I), lambda age, a, _: age >= a),
    (re.compile(r"\b(\d{1,2})\s*(?:or|and) (?:under|younger)\b", re.I), lambda age, a, _: age <= a),
]  # fmt: skip
# a rule that forbids what it bounds: "Nobody under 16 may …", "Under-8s are not allowed …"
_FORBIDS = re.compile(r"\b(?:not|no|nobody|never|cannot|can't|mustn't|aren't|isn't|won't)\b", re.IGNORECASE)
# a yes-or-no clause after the scene: "My daughter is 13, can she fly …?", "…, is that ok?"
_ASKS_IF = re.compile(r"[,;:\u2013-]\s*(?:can|could|may|is|are|does|do|will|would|should)\b", re.IGNORECASE)


def age_ruled(question: str, document: str) -> str | None:
    """The one sentence of prose ``document`` that bounds an age and says the most of what a yes-or-no
    ``question`` giving someone's age asks about (its words less the age and the asking); None for
    any other question, a table row, or no such sentence or two alike."""
    aged = stated(words(question)) - stated(words(without_ages(question)))
    if not aged or not (yes_or_no(question) or _ASKS_IF.search(question)) or row_cells(document) is not None:
        return None
    asked = {
        key
        for w in words(without_ages(question))
        if w.isalpha() and w not in FILLER | ASKING | LIGHT
        for key in stem_keys(w)
    }
    age = int(min(aged, key=len))
    ruled = [
        (holds, len(asked & stem_keys(sentence)), sentence)
        for sentence in sentences(body_of(document))
        if (holds := _holds(sentence, age)) is not None and asked & stem_keys(sentence)
    ]
    best = max(((holds, said) for holds, said, _ in ruled), default=(False, 0))
    found = [sentence for holds, said, sentence in ruled if (holds, said) == best]
    if not best[1] or len(found) != 1:
        return None
    allowed = best[0] != bool(_FORBIDS.search(found[0]))
    return f"{'Yes' if allowed else 'No'}: {found[0]}"


def _holds(sentence: str, age: int) -> bool | None:
    """Whether a bound of ages the sentence writes holds ``age`` (None: it writes none)."""
    bounds = [
        holds(age, int(m[1]), int(m[2]) if m.lastindex and m.lastindex > 1 else 0)
        for pattern, holds in _BOUNDS
        for m in pattern.finditer(sentence)
    ]
    return any(bounds) if bounds else None
