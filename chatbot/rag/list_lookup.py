"""A question about a labelled list answered from the one item whose label it says.

Ingestion parts a list's lines by "; " (:func:`ingest.text.list_lines`): opening hours by weekday,
fees by kind of member ("… › Opening hours: Monday: closed; Tuesday: 16:00-19:30; …"; a table's
row is :mod:`chatbot.rag.table_lookup`'s). Asked "When does the tool library open on Sundays?" over
such a list, the 135M model answers "Sunday closes." A reader looks up Sunday's item, and so does
this, when the question says exactly one item's label, asks nothing the document does not speak of,
and is no yes-or-no question, and no sentence around the list gives that label a number of its own;
anything else is left to the model. Example::

    listed("Pennick Tool Library: Saturday hours?",
           "Pennick Tool Library › Opening hours: Monday: closed; Saturday: 09:30-15:00; Sunday: 11:00-13:00")
    # 'Saturday: 09:30-15:00.'
"""

from __future__ import annotations

import re

from chatbot.rag.answer_kind import fits, yes_or_no
from chatbot.rag.grounding import ASKING, uses_word, with_parts
from chatbot.rag.table_lookup import gives_whole, match_key, row_cells
from vectorstore.words import FILLER, calendar, words

_LEAD = re.compile(r"[:.›]\s")  # what stands before a list's first label: its heading path or a sentence
_SENTENCE_END = re.compile(r"\.\s+(?=[A-Z])")  # a sentence after a list's last item
_PIECE = re.compile(r"(?<=[.;])\s+")  # a list's items and the sentences around it


def list_items(document: str) -> list[tuple[str, str]] | None:
    """The (label, value) items of a labelled list as ingestion writes it, after its heading path
    ("… › Opening hours: Monday: closed; Tuesday: 16:00-19:30; …"), or None for any other
    document: a table's row, fewer than three items, or a piece that is no "label: value"."""
    if row_cells(document) is not None:
        return None  # a table's row: table_lookup reads it by its columns
    pieces = document.split("; ")
    head, separator, value = pieces[0].rpartition(": ")
    if len(pieces) < 3 or not separator:
        return None
    items = [(_LEAD.split(head)[-1], value)]
    if ": " not in pieces[-1] and pieces[-1][:1].isupper():
        pieces = pieces[:-1]  # a sentence after the list ("…; Sunday: 10:00-15:00; The hall is …")
    for piece in pieces[1:]:
        label, separator, value = piece.partition(": ")
        if not separator:
            return None
        items.append((label, value))
    items[-1] = (items[-1][0], _SENTENCE_END.split(items[-1][1])[0].rstrip("."))
    if any(not label.strip() or len(label.split()) > 5 or not value.strip() for label, value in items):
        return None
    return items


def listed(question: str, document: str) -> str | None:
    """The one item of ``document``'s labelled list whose label the question says ("on Sundays" of
    "Sunday: 11:00-13:00", "score" of a results row), as "Label: value.", when it is of the kind
    asked and the question's other words are the document's; None for no list, no such item, two,
    or a yes-or-no question."""
    items = list_items(document)
    if not items:
        return None
    asked = words(question)
    said = f" {' '.join(asked)} "
    keys = {_label_key(w) for w in asked if w not in FILLER}
    named = [
        (label, value)
        for label, value in items
        if (labelled := {_label_key(w) for w in words(label) if w not in FILLER})
        and labelled <= keys
        and not gives_whole(said, value)
    ]
    if len(named) != 1 or yes_or_no(question):
        return None
    label, value = named[0]
    if _said_again(document, label, value):
        return None
    uses = uses_word(with_parts(words(document)))
    rest = [w for w in asked if w not in FILLER and w not in ASKING and w not in words(label)]
    if not all(uses(w) or w[0].isdigit() for w in rest):
        return None  # it asks more than the label: "What prize does the runner-up get?"
    sentence = f"{label[:1].upper()}{label[1:]}: {value}."
    return sentence if fits(sentence, question) else None


def _said_again(document: str, label: str, value: str) -> bool:
    """Whether a sentence of ``document`` besides the item gives a number of the item's label: the
    item may not be the whole answer ("Monday: closed; … The hall is closed on Mondays, except on the
    four Mondays before Christmas, when it opens 09:00-16:00.")."""
    keys = {_label_key(w) for w in words(label) if w not in FILLER}
    return any(
        f"{label}: {value}" not in piece
        and any(c.isdigit() for c in piece)
        and not keys.isdisjoint(_label_key(w) for w in words(piece))
        for piece in _PIECE.split(document)
    )


def _label_key(word: str) -> str:
    """A word of a list's label or a question, a weekday or month written one way ("Sundays", "sunday")."""
    return calendar(word) or match_key(word)
