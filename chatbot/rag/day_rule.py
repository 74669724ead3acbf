"""The refusal a document writes for a day of the week, read without the model.

Asked "can i book a fun swim for my whippet on a saturday at calder moss" over a clinic's rate card
row ("Service: Fun swim (no clinical need); … Conditions: Not available on Saturdays; no referral
needed"), the 135M reader answered "No, no referral needed.", which the grounding refuses as naming
no rule, and the user got "I don't know". A reader answers by the phrase that names the day and
refuses it. So does this, for a yes-or-no question naming days of the week. Only a refusal is read so:
a phrase that names the day without refusing it does not let the question's case in ("From Tuesday to
Friday we run Evening Roll" says nothing of inline skates at it). Example::

    day_ruled("Do you do burials on a Sunday?",
              "Parish › Burials: Burials take place Monday to Saturday. There are no burials on Sundays.")
    # 'No: There are no burials on Sundays.'
"""

from __future__ import annotations

import re

from chatbot.rag.age_rule import ASKS_IF, as_rule, asked_keys
from chatbot.rag.answer_kind import yes_or_no
from chatbot.rag.grounding import stem_keys
from chatbot.rag.table_lookup import row_cells
from ingest.separators import body_of
from ingest.text import sentences
from vectorstore.words import MONTHS, WEEKDAYS, stated, words

# what refuses a day: "Not available on Saturdays", "no burials on Sundays", "closed Mondays" (not "No
# booking needed on Saturdays", "no extra charge for …", "never closed on Sundays")
_REFUSES = re.compile(
    r"(?:\bnot|n't) (?:available|open|offered|run|running|operate|operating|possible|allowed|permitted)\b"
    r"|\bunavailable\b|(?<!never )(?<!not )\bclosed\b|\bcannot\b|\bcan't\b"
    r"|\bno (?:[a-z-]+ )?(?:on|at|during)\b",
    re.IGNORECASE,
)
# a refusal only some of the day's dates or hours keep ("no pressing on Saturday 3 October", "closed
# 12:00-13:00 on Fridays", "except during May"), which does not refuse the day
_PARTLY = re.compile(
    r"\b(?:except|unless|apart from|other than|first|second|third|fourth|last|alternate|every other"
    r"|spring|summer|autumn|winter|term time|school holidays)\b"
    r"|\d{1,2}[:.]\d{2}|\b\d{1,2}\s?[ap]m\b",
    re.IGNORECASE,
)
_PHRASE_END = re.compile(r"[,;()]|\s[\u2013-]\s")


def day_ruled(question: str, document: str) -> str | None:
    """A "no" with the one phrase of ``document`` that names every day of the week a yes-or-no question
    names and refuses it whole, in a clause (or a table row) that says something else the question
    asks about; None for any other question, or no such phrase or two."""
    asked_days = _days(question)
    if not asked_days or not (yes_or_no(question) or ASKS_IF.search(question)):
        return None
    asked = asked_keys(" ".join(w for w in words(question) if not _days(w)))
    refused = _refusals(document, asked, asked_days)
    return f"No: {refused.pop()}" if len(refused) == 1 else None


def _refusals(document: str, asked: set[str], days: set[str]) -> set[str]:
    """What ``document`` refuses of ``days`` where it says something else the question asks about
    (``asked``): a table row's phrase, after the row's cell that names it; or a prose clause whole."""
    if (cells := row_cells(document)) is not None:
        named = [value for _, value in cells if asked & stem_keys(value)]
        phrases = (phrase.strip() for _, value in cells for phrase in _PHRASE_END.split(value))
        return {f"{named[0]}: {phrase}." for phrase in phrases if _refuses(phrase, days)} if named else set()
    clauses = (c.rstrip(".; ") for s in sentences(body_of(document)) for c in s.split("; ") if c)
    return {
        as_rule(clause)
        for clause in clauses
        if asked & stem_keys(clause)
        and not _PARTLY.search(clause)
        and any(_refuses(phrase, days) for phrase in _PHRASE_END.split(clause))
    }


def _refuses(phrase: str, days: set[str]) -> bool:
    """Whether ``phrase`` names all ``days`` and refuses them whole."""
    return (
        days <= _days(phrase)
        and bool(_REFUSES.search(phrase))
        and not _PARTLY.search(phrase)
        and not _dated(phrase)
    )


def _days(text: str) -> set[str]:
    """The days of the week ``text`` names, a span's or the weekend's each."""
    return stated(words(text), counted=True) & WEEKDAYS


def _dated(phrase: str) -> bool:
    """Whether ``phrase`` names a month: a refusal of one date, not of the day ("no pressing on
    Saturday 3 October")."""
    return bool(stated(words(phrase)) & MONTHS)
