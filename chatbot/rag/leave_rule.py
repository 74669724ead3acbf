"""The rule a document writes for what a question asks leave to do, read without the model.

Asked "can we bring our dog to the cobbthwaite bonfire night? he's fine with bangs" over a safety
section ("No personal fireworks … may be brought onto the site. Dogs are not allowed, apart from
assistance dogs."), the 135M reader answered "Yes, he can be given a free wristband …", which the
grounding refuses, and the user got "I don't know". A reader answers by the rule: the one clause
that allows or forbids something and says the most of what the question asks about. So does this,
for a yes-or-no question asking leave (no age in it: :mod:`chatbot.rag.age_rule` reads those).
Example::

    leave_ruled("Can we bring our dog?", "Fireworks › Safety: Dogs are not allowed, except assistance dogs.")
    # 'No: Dogs are not allowed, except assistance dogs.'
"""

from __future__ import annotations

import re

from chatbot.rag.age_rule import (
    ASKS_IF,
    EXCEPT,
    FORBIDS,
    LEAVE,
    as_rule,
    asked_keys,
    asking_sentence,
    ruling_clause,
)
from chatbot.rag.answer_kind import yes_or_no
from chatbot.rag.grounding import stem_keys
from chatbot.rag.sentence_lookup import all_said
from chatbot.rag.table_lookup import row_cells
from ingest.separators import heading_of
from vectorstore.words import FILLER, stated, without_ages, words

# a clause that gives or refuses leave: "are not allowed", "may bring", "are welcome", "cannot be" (not
# a greeting: "Welcome to Larkspur Hollow!")
_RULES = re.compile(
    r"\b(?:allowed|permitted|welcome(?! to\b)|may|can|cannot|can't|must|mustn't|accepted|accept|accepts"
    r"|prohibited|banned|forbidden)\b",
    re.IGNORECASE,
)
# the doings a question asks leave for; the thing done is the word after ("bring our dog": dog)
_DOINGS_TEXT = """bring take use come go have get put make do leave stay join book enter attend visit park
play wear eat drink sit stand walk ride pay hire fetch collect cook swap change cancel smoke camp fish swim
keep borrow order send"""
_DOINGS = frozenset(_DOINGS_TEXT.split())
# a thing asked leave for without a doing: "are dogs allowed", "is the flat ok for pets"
_THING_ALLOWED = re.compile(
    r"\b(?:are|is)\s+([\w' -]+?)\s+(?:allowed|permitted|welcome)\b|\bok(?:ay)?\s+for\s+([\w' -]+)"
)
_ASKING_LEAVE = stem_keys("allowed permitted ok okay able let welcome")  # how it asks, not what about
# words between a doing and its thing, which say no thing ("bring our own dog along")
_NO_THING_TEXT = "my our your his her their own some any along back home still just me us"
_NO_THING = frozenset(_NO_THING_TEXT.split())


def leave_ruled(question: str, document: str) -> str | None:
    """ "No" or "Yes" with the one clause of prose ``document`` that allows or forbids something and
    says the most of what a yes-or-no question asking leave asks about, the thing asked leave for
    among it ("dog" of "can we bring our dog"); "No" where it forbids it but for an exception the
    question does not say ("apart from assistance dogs"); None for any other question, a table row,
    a thing unsaid or said by a pronoun ("can I fetch it?"), or no such clause or two alike."""
    if row_cells(document) is not None or not (yes_or_no(question) or ASKS_IF.search(question)):
        return None
    asking = asking_sentence(question)
    if not LEAVE.search(asking.replace("n't", " not")) or stated(words(question)) != stated(
        words(without_ages(question))
    ):
        return None  # asks no leave, or asks it for an age: the rule of ages reads that
    thing = _thing(asking)
    asked = asked_keys(asking) - stem_keys(heading_of(document)) - _ASKING_LEAVE
    ruling = ruling_clause(asked, document, lambda clause: True if _RULES.search(clause) else None)
    if (
        thing is None
        or ruling is None
        or not all_said([stem_keys(_SAID_AS.get(thing, thing))], stem_keys(ruling[0]))
    ):
        return None
    clause = ruling[0]
    exception = EXCEPT.search(clause)
    excepted = bool(exception) and bool(_excepted_keys(clause, exception.start(), exception.end()) & asked)
    forbids = bool(FORBIDS.search(clause[: exception.start()] if exception else clause)) != excepted
    return f"{'No' if forbids else 'Yes'}: {as_rule(clause)}"


def _thing(asking: str) -> str | None:
    """The thing a question asks leave for: the word after its doing ("dog" of "can we bring our dog
    to …", "cash" of "can I pay cash"), or the thing it asks is allowed ("dogs" of "are dogs allowed");
    None for a pronoun ("it") or none."""
    said = words(asking)
    at = next((at for at, word in enumerate(said) if word in _DOINGS), None)
    if at is None:
        allowed = _THING_ALLOWED.search(asking.casefold())
        said, at = (words(allowed[1] or allowed[2]), -1) if allowed else ([], -1)
    after = [w for w in said[at + 1 :] if w not in FILLER and w not in _NO_THING]
    return after[0] if after and after[0] not in _PRONOUNS else None


_SAID_AS = dict.fromkeys(["kid", "kids"], "kid kids child children")  # "her own kids": "their own children"
_PRONOUNS = frozenset({"it", "them", "him", "her", "this", "that", "these", "those", "one"})


def _excepted_keys(clause: str, start: int, end: int) -> set[str]:
    """What a rule's exception names that its rule does not: "assistance" of "Dogs are not allowed,
    apart from assistance dogs"."""
    return stem_keys(clause[end:]) - stem_keys(clause[:start])
