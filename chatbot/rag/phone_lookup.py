"""Whose a telephone number is, read from the name written before it.

"Who answers on 01632 960742?", "Whose mobile is 07700 900318?": documents write a number after the
one it reaches ("go to the Clerk to the Council, Mrs Rosalind Featherby, on 01632 960 742"; a list's
"…; Marta Kowalczyk - Easby Bridge and the town centre, 07700 900 562"; a signature's "Rosalind
Penhale | Events Coordinator | … 01632 960547"), and the 135M model reads the role, the place or the
list's first person instead. A reader takes the first full name of the sentence before the number,
after any number or semicolon before it (a list's earlier entries), and so does this; a signature line's label
when its text opens with a role ("Ifor Castleton: Workshop Manager, …; Mobile: 07700 900 318"); the
e-mail's sender for "ring me on my mobile, 07700 900 318". Example::

    phone_owner("Who answers on 01632 960742?", "Burials › Contacts: Enquiries go to the Clerk, Mrs Rosalind
    Featherby, on 01632 960 742.")   # 'Mrs Rosalind Featherby is on 01632 960 742.'
"""

from __future__ import annotations

import regex

from chatbot.rag.answer_kind import asks_who
from ingest.separators import PATH_SEPARATOR, body_of, heading_of
from ingest.text import sentences
from vectorstore.words import OPENERS, PHONE_GROUPS, phone_numbers, words

# two or three capitalized words, after a title if it has one: "Mrs Rosalind Featherby", "Ifor Castleton",
# "Sean O'Brien", "Sarah McDonald"
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Revd|Rev|Prof)\.? "
_WORD = r"(?:\p{Lu}['\u2019]\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:(?:['\u2019-]\p{Lu}?|\p{Lu})\p{Ll}+)?)"
_FULL_NAME = regex.compile(rf"\b(?:{_TITLE})?{_WORD}(?: {_WORD}){{1,2}}\b")
_TITLED = regex.compile(_TITLE)
# words naming a job, not a surname, in a capitalized run: "Workshop Manager", "Events Coordinator"
_ROLES = frozenset(
    {"manager", "coordinator", "officer", "secretary", "supervisor", "director", "treasurer", "chair"}
    | {"chairman", "chairwoman", "chairperson", "administrator", "assistant", "technician", "engineer"}
    | {"warden", "caretaker", "instructor", "tutor", "trainer", "organiser", "organizer", "leader"}
    | {"captain", "volunteer", "receptionist", "clerk"}
)
# what opens a sentence before a name, no part of it: "Call Tom Baker on …", "Ring Sean O'Brien …"
_ASKING_TO = frozenset({"call", "ring", "phone", "contact", "text", "ask", "see", "email", "try"})
_SENDER = regex.compile(r"\bFrom (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})\b")  # an e-mail's heading
_WHO = regex.compile(r"\b(?:who|whose)\b", regex.IGNORECASE)  # "Who at the venue answers …", "… is who?"
_WRITER = frozenset({"me", "my", "i"})  # the writer's own number: "ring me on my mobile"


def phone_owner(question: str, document: str) -> str | None:
    """Who ``document`` says is on the one telephone number a "who" ``question`` gives, or None."""
    asked = phone_numbers(question)
    if len(asked) != 1 or not (asks_who(question) or _WHO.search(question)):
        return None
    for sentence in sentences(body_of(document)):
        for number in (m for m in PHONE_GROUPS.finditer(sentence) if phone_numbers(m[0]) == asked):
            if owner := _owner(sentence[: number.start()], document):
                return f"{owner} is on {number[0]}."
    return None


def _owner(before: str, document: str) -> str | None:
    """The person the text ``before`` a number names as its owner (see the module's docstring)."""
    entry = before[max((m.end() for m in PHONE_GROUPS.finditer(before)), default=0) :]
    # a list's entry: "Chair: Nadia Orrey, chair@…; Coach: Jonty Pellew, …"
    item = entry[entry.rfind(";") + 1 :]
    runs = _runs(item) or _runs(entry) or _runs(before)  # a line's second number is its first one's too
    titled = [run for run in runs if _TITLED.match(run)]
    people = [run for run in runs if not set(words(run)) & _ROLES]
    label = heading_of(document).rpartition(PATH_SEPARATOR)[2]
    if titled:
        return titled[0]  # "the Clerk to the Council, Mrs Rosalind Featherby, on …"
    if runs and runs[0] not in people and before.lstrip().startswith(runs[0]) and _FULL_NAME.fullmatch(label):
        return label  # a signature's line: "Ifor Castleton: Workshop Manager, Penlowe Mower Care; …"
    if people:
        return people[0]
    senders = _SENDER.findall(heading_of(document))  # the last: a quoted message's own
    return senders[-1] if senders and set(words(entry)) & _WRITER else None


def _runs(text: str) -> list[str]:
    """The full names ``text`` writes, in order, or what looks like them ("Workshop Manager")."""
    runs = []
    for run in (found[0] for found in _FULL_NAME.finditer(text)):
        first, _, rest = run.partition(" ")
        if first.casefold() in _ASKING_TO and _FULL_NAME.fullmatch(rest):
            run = rest  # "Call Tom Baker": Tom Baker
        if words(run)[0] not in OPENERS:
            runs.append(run)
    return runs
