"""Whose a telephone number is, read from the name written before it.

"Who answers on 01632 960742?", "Whose mobile is 07700 900318?": documents write a number after the
one it reaches ("go to the Clerk to the Council, Mrs Rosalind Featherby, on 01632 960 742"; a list's
"…; Marta Kowalczyk - Easby Bridge and the town centre, 07700 900 562"; a signature's "Rosalind
Penhale | Events Coordinator | … 01632 960547"), and the 135M model reads the role, the place or the
list's first person instead. A reader takes the first full name of the sentence before the number,
after any number before it (a list's earlier entries), and so does this; a signature line's label
when its text opens with a role ("Ifor Castleton: Workshop Manager, …; Mobile: 07700 900 318"); the
e-mail's sender for "ring me on my mobile, 07700 900 318". Example::

    phone_owner("Who answers on 01632 960742?", "Burials › Contacts: Enquiries go to the Clerk, Mrs Rosalind
    Featherby, on 01632 960 742.")   # 'Mrs Rosalind Featherby is on 01632 960 742.'
"""

from __future__ import annotations

import regex

from chatbot.rag.answer_kind import PEOPLE, asks_who
from ingest.separators import PATH_SEPARATOR, body_of, heading_of
from ingest.text import sentences
from vectorstore.words import OPENERS, PHONE_GROUPS, phone_numbers, words

# two or three capitalized words, after a title if it has one: "Mrs Rosalind Featherby", "Ifor Castleton"
_FULL_NAME = regex.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?\p{Lu}\p{Ll}+(?:['\u2019-]\p{Lu}?\p{Ll}+)?"
    r"(?: \p{Lu}\p{Ll}+(?:['\u2019-]\p{Lu}?\p{Ll}+)?){1,2}\b"
)
_SENDER = regex.compile(r"\bFrom (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})\b")  # an e-mail's heading
_WHO = regex.compile(r"\b(?:who|whose)\b", regex.IGNORECASE)  # "Who at the venue answers …", "… is who?"
_WRITER = frozenset({"me", "my", "i"})  # the writer's own number: "ring me on my mobile"


def phone_owner(question: str, document: str) -> str | None:
    """Who ``document`` says is on the one telephone number a "who" ``question`` gives, or None."""
    asked = phone_numbers(question)
    if len(asked) != 1 or not (asks_who(question) or _WHO.search(question)):
        return None
    for sentence in sentences(body_of(document)):
        numbers = [m for m in PHONE_GROUPS.finditer(sentence) if phone_numbers(m[0]) == asked]
        if numbers:
            owner = _owner(sentence[: numbers[0].start()], document)
            return f"{owner} is on {numbers[0][0]}." if owner else None
    return None


def _owner(before: str, document: str) -> str | None:
    """The person the text ``before`` a number names as its owner (see the module's docstring)."""
    entry = before[max((m.end() for m in PHONE_GROUPS.finditer(before)), default=0) :]
    runs = _runs(entry) or _runs(before)  # a line's second number is its first one's person's too
    people = [run for run in runs if not set(words(run)) & PEOPLE]
    label = heading_of(document).rpartition(PATH_SEPARATOR)[2]
    if runs and runs[0] not in people and _FULL_NAME.fullmatch(label):
        return label  # "Ifor Castleton: Workshop Manager, …"
    if people:
        return people[0]
    sender = _SENDER.search(heading_of(document))
    return sender[1] if sender and set(words(entry)) & _WRITER else None


def _runs(text: str) -> list[str]:
    """The full names ``text`` writes, in order, or what looks like them ("Workshop Manager")."""
    return [run[0] for run in _FULL_NAME.finditer(text) if words(run[0])[0] not in OPENERS]
