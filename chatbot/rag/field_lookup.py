"""A "who" question answered from the one person a document names in a labelled field.

Logs, programmes and notices name their people in fields: "27 Oct 2023 - P-41 - tech: Sada Quill;
Fuel filter cartridge KX-2407 changed …", "Log supervisor: Hal Wendover.". Asked "Who changed the
fuel filter cartridge at P-41 in October?", the 135M model answers "The old filter was changed at
routine service." A reader takes the entry's one named person, and so does this, when the question
asks who, the document has exactly one such field, and it states every number, date and word the
question says (a question about another month, another part or another deed is left to the model).
Example::

    named_in_field("Who supervises the log?", "Station log › Log supervisor: Hal Wendover. Entries …")
    # 'Log supervisor: Hal Wendover.'

A role said beside a name answers too: "the Chair, Desmond Ollerenshaw," or, in a list of people,
"Hetty Carne (chair)" ("Who is chairing Crime on the Coast?" → 'Chair: Hetty Carne.').
"""

from __future__ import annotations

import re

from chatbot.rag.answer_kind import PEOPLE, asks_who
from chatbot.rag.grounding import ASKING, OTHER_ROLE, stem, uses_word, with_parts
from vectorstore.words import FILLER, MONTHS, calendar, identifiers, stated, words

# "tech: Rhys Amberley", "Log supervisor: Dr Hal Wendover": a label of one to three words, after the
# start, a heading, a sentence or a " - ", then two to four capitalized words up to the field's end
# or a note in brackets ("Chair: Marisol Quenneby (President)"); letters only ("Registration: WJ20 DGO"
# is no name)
_FIELD = re.compile(
    r"(?:^|(?<=[;:.›]\s)|(?<=\s-\s))([A-Za-z][a-z]+(?: [a-z]+){0,2}): "
    r"((?:Dr |Mr |Mrs |Ms )?[A-Z](?:[^\W\d_]|['’-])+(?: [A-Z](?:[^\W\d_]|['’-])+){1,3})(?=[;.,]|$| \()"
)

# "the Chair, Desmond Ollerenshaw,", "The Treasurer, Priya Venn-Holloway, reported", "the Parish
# Clerk, Mrs Helen Quantock,": a role of one to three words after "the", then two to four
# capitalized words set off by commas
_APPOSITIVE = re.compile(
    r"\b[Tt]he ((?:[A-Za-z][a-z]+ ){0,2}[A-Za-z][a-z]+), "
    r"((?:Dr |Mr |Mrs |Ms )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})(?=[,;.]|$)"
)

# "Hetty Carne (chair)": a name, then its role in brackets, as a list of people writes them
_BRACKETED = re.compile(
    r"((?:Dr |Mr |Mrs |Ms |Prof\. )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}) \(([a-z]+(?: [a-z]+){0,2})\)"
)
_MORE = re.compile(r"(?: \([^)]*\))?, (?:Dr |Mr |Mrs |Ms |Prof\. )?[A-Z]")  # another name follows


def named_in_field(question: str, document: str) -> str | None:
    """The one "label: Name" field of ``document``, as "Label: Name.", when ``question`` asks who (or
    "which <the label>": "which technician" of "tech"), does not name that person, and says nothing
    the document does not state, or pins the entry down by its code and date; else None."""
    fields = list(dict.fromkeys(_one_person_fields(document)))
    told, asked = words(document), words(question)
    if len(fields) != 1:  # several fields, or none but a role said beside a name
        roles = [*filter(_of_a_person, _APPOSITIVE.findall(document))]
        roles += [(role, name) for name, role in _BRACKETED.findall(document)]
        return _named_by_label(fields + roles, question, asked, told)
    label, name = fields[0]
    if not (asks_who(question) or _asks_for(label, asked)):
        return None
    if not set(words(name)).isdisjoint(asked) or not stated(asked) <= stated(told):
        return None  # the question names the person, or a number or date the document does not state
    uses = uses_word(with_parts(told))
    said = [w for w in asked if w not in FILLER and w not in ASKING and not stated([w])]
    return _said(label, name) if _dated_entry(asked, told) or all(map(uses, said)) else None


def _of_time(word: str) -> bool:
    """Whether a word of a field's value says when, not who: a weekday, a month, how often ("June
    Whitfield" is someone; "Fortnightly Mar-Oct" is not)."""
    return bool(calendar(word)) or word in _HOW_OFTEN


_HOW_OFTEN = frozenset({"daily", "weekly", "fortnightly", "monthly", "quarterly", "yearly", "annually"})


def _of_a_person(role_and_name: tuple[str, str]) -> bool:
    """Whether a role said beside a name is someone's: written in lower case ("the chair"), or
    capitalized as a title is ("the Parish Clerk") where it ends in a word for people or the name
    has a title ("Mrs"); "the Old Reading Room, Church Street," is a place."""
    role, name = role_and_name
    return role[:1].islower() or role.split()[-1].casefold() in PEOPLE or bool(_TITLE.match(name))


_TITLE = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof\.) ")


def _one_person_fields(document: str) -> list[tuple[str, str]]:
    """The "label: Name" fields of ``document`` that name one person, not the first of a list
    ("speakers: Morwenna Vyvyan (author), Hetty Carne (chair)"), a time ("Frequency: Fortnightly
    Mar-Oct") nor a place ("location: North Promenade")."""
    return [
        (match.group(1), match.group(2))
        for match in _FIELD.finditer(document)
        if not _MORE.match(document, match.end())
        and not all(map(_of_time, words(match.group(2))))
        and match.group(1).split()[-1].casefold() not in _PLACE_LABELS
    ]


_PLACE_LABELS = frozenset(
    {"location", "address", "venue", "site", "place", "town", "village", "city", "street", "road", "area"}
    | {"region", "county", "country", "station", "route", "destination", "origin", "where"}
)


def _named_by_label(
    fields: list[tuple[str, str]], question: str, asked: list[str], told: list[str]
) -> str | None:
    """Of a document's several "label: Name" fields ("Chair: Marisol Quenneby; Minutes: Harlan
    Oduya"), those whose labels a "who" question says in some form ("Who chaired …, and who took
    the minutes?"), when it names none of their people and states nothing the document does not."""
    keys = {stem(w) for w in asked}
    named = [
        (label, name)
        for label, name in fields
        if stem(label.split()[-1].casefold()) in keys
        and OTHER_ROLE & set(words(label)) == OTHER_ROLE & set(asked)  # "assistant warden" is no warden
    ]
    if not named or not asks_who(question) or not stated(asked) <= stated(told):
        return None
    if any(not set(words(name)).isdisjoint(asked) for _, name in named):
        return None
    return " ".join(_said(label, name) for label, name in named)


def _said(label: str, name: str) -> str:
    """A field as the answer says it: "Tech: Sada Quill."."""
    return f"{label[:1].upper()}{label[1:]}: {name}."


def _asks_for(label: str, asked: list[str]) -> bool:
    """Whether the question asks "which …" or "what …" of the field's label, or a word it shortens
    ("which technician" of "tech", "what engineer" of "engineer")."""
    last = label.split()[-1].casefold()
    return any(
        word in ("which", "what") and asked[at + 1 : at + 2] and asked[at + 1].startswith(last)
        for at, word in enumerate(asked)
    )


def _dated_entry(asked: list[str], told: list[str]) -> bool:
    """Whether the question names a code and a day of a month, all of them the document's: it asks
    about this entry of a log ("Who did the job at Q-7 on 2 February 2023?"), however it words the
    deed."""
    codes, dates = identifiers(" ".join(asked)), stated(asked)
    return bool(codes) and codes <= set(told) and bool(dates & MONTHS) and any(d.isdigit() for d in dates)
