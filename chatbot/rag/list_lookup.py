"""A question about a labelled list answered from the one item whose label it says.

Ingestion parts a list's lines by "; " (:func:`ingest.text.list_lines`): opening hours by weekday,
fees by kind of member ("… › Opening hours: Monday: closed; Tuesday: 16:00-19:30; …"; a table's
row is :mod:`chatbot.rag.table_lookup`'s). Asked "When does the tool library open on Sundays?" over
such a list, the 135M model answers "Sunday closes." A reader looks up Sunday's item, and so does
this, when the question says exactly one item's label, asks nothing the document does not speak of,
and is no yes-or-no question, and no sentence around the list gives that label a number of its own;
anything else is left to the model. The other way round, a timeline's year is looked up by the
item that says everything the question asks about (:func:`labelled_by`). Example::

    listed("Pennick Tool Library: Saturday hours?",
           "Pennick Tool Library › Opening hours: Monday: closed; Saturday: 09:30-15:00; Sunday: 11:00-13:00")
    # 'Saturday: 09:30-15:00.'
"""

from __future__ import annotations

import re

from chatbot.rag.answer_kind import MONEY_ASKED, asks_money, asks_when, fits, yes_or_no
from chatbot.rag.grounding import ASKING, uses_word, with_parts
from chatbot.rag.table_lookup import (
    HOW_ASKED,
    Filed,
    gives_whole,
    match_key,
    row_cells,
    unbracketed,
    which_thing,
)
from vectorstore.words import FILLER, MONTHS, WEEKDAYS, calendar, is_code, name_words, stated, words

_LEAD = re.compile(r"[:.›]\s")  # what stands before a list's first label: its heading path or a sentence
_SENTENCE_END = re.compile(r"\.\s+(?=[A-Z])")  # a sentence after a list's last item
_PIECE = re.compile(r"(?<=[.;])\s+")  # a list's items and the sentences around it
# between a list's items, where "; " parts none: a sentence's end before the next label ("Tow float:
# £3 per session. Wetsuit: £8 per session, sizes S to XL"), not a section's number ("3. Joining: …")
_SENTENCE_APART = re.compile(
    r"; |(?<=\.)(?<!^\d\.)(?<!\s\d\.)(?<!^\d\d\.)(?<!\s\d\d\.) (?=[A-Z][\w'&()/ -]{0,40}: )"
)
_CLOCK = re.compile(r"(\d{1,2}[:.]\d{2})\s+(?=\S)")  # a programme's line: "09:30 Opening talk, Net Loft"
# the words that ask for a price, which a list's value gives rather than says ("£25/hr")
_PRICE_WORDS = MONEY_ASKED | {"rate", "rates", "prices", "costs", "fees"}
_MONEY_MARKS = "£$€"
_ASIDE_AMONG = 5  # pieces a list needs to hold one sentence that is no item
# between an item's label and value, the first all items have
_MARKS = (": ", " = ", " - ", " \u2013 ", " \u2014 ")
_PRICE = re.compile(rf"[{_MONEY_MARKS}]\s?\d[\d,]*(?:\.\d{{1,2}})?")  # a value that is a price, nothing else
# a price the question gives as what the thing costs: "priced at £148.00", "costs £35.50", "is £12"
_PRICE_GIVEN = re.compile(
    rf"\b(?:costs?|priced at|charged at|is|are|for)\s+[{_MONEY_MARKS}]\s?\d", re.IGNORECASE
)
_WHEN_THINGS = frozenset({"day", "date", "time", "week", "month", "year", "session", "slot"})


def list_items(document: str) -> list[tuple[str, str]] | None:
    """The (label, value) items of a labelled list as ingestion writes it, after its heading path
    ("… › Opening hours: Monday: closed; Tuesday: 16:00-19:30; …"; or "label = value", "label -
    value" items: "P-41 = pumping station, Pellam Dock", "21:30 - Fireworks over the bay"; or a
    programme's lines led by their times: "09:30 Opening talk, Net Loft"; or a numbered list's items
    written as sentences: "1. CFH/PR — parish registers. 2. CFH/MI — …"), a piece in lower case going
    on with the item before it; items that are sentences, each ending in a full stop, likewise; or
    None for any other document: a table's row, fewer than three items, or a piece that is no item."""
    if row_cells(document) is not None:
        return None  # a table's row: table_lookup reads it by its columns
    head, mark, body = document.rpartition(" \u203a ")  # no sentence's end in the heading path ("2026 › 3.")
    sentences = [piece.removesuffix(".") for piece in _SENTENCE_APART.split(body)]
    return (
        _items(document.split("; "))
        or _items([head + mark + sentences[0], *sentences[1:]])
        or _numbered_items(_NUMBERED_ITEM.split(body)[1:])  # what leads the first number is no item
    )


# a numbered list's item written as a sentence, after its lead ("What we hold: 4. CFH/TD — …") or the
# item before ("… 1847. 5. CFH/WM — …")
_NUMBERED_ITEM = re.compile(r"(?:^|(?<=: )|(?<=\.)\s+)\d{1,2}\.\s+(?=\S)")
# an item's value that only points elsewhere: a table of contents' "Deposit - section 4"
_POINTER = re.compile(r"^(?:see\s+)?(?:section|page|p\.|part|chapter|clause)\s+\d", re.IGNORECASE)


_LEAST_ITEMS = 3  # a list's items at the least


def _numbered_items(pieces: list[str]) -> list[tuple[str, str]] | None:
    """The (label, value) items of a numbered list written as sentences, each value whole; None for
    no such list, for numbered sentences a dash between two numbers parts ("Children aged 5 - 7 swim
    on Mondays": a range, no label; "Room 1: 12 seats" is an item), or a table of contents ("Deposit
    - section 4")."""
    pieces = [piece.strip().removesuffix(".") for piece in pieces]
    items = len(pieces) >= _LEAST_ITEMS and _items(pieces, headed=False)
    if not items or all(_POINTER.match(value) for _, value in items):
        return None
    ranged = any(
        label[-1:].isdigit() and value[:1].isdigit() and not piece.startswith(f"{label}: ")
        for (label, value), piece in zip(items, pieces, strict=False)
    )
    return None if ranged else items


def _items(pieces: list[str], headed: bool = True) -> list[tuple[str, str]] | None:
    """The (label, value) items of a list's pieces (see :func:`list_items`), or None; ``headed``: the
    first piece has the heading path before it, and the last may run on into a sentence after the
    list (a numbered list's items are each whole)."""
    asides = 1 if len(pieces) >= _ASIDE_AMONG else 0  # "…; Handling lessons are free; Wedding ringing: …"
    mark = next((m for m in _MARKS if m in pieces[0] and _unmarked(pieces[1:-1], m) <= asides), None)
    items: list[tuple[str, str]] = []
    for number, piece in enumerate(pieces):
        if item := _item(piece, mark, first=headed and number == 0):
            items.append(item)
        elif items and piece and (piece[0].islower() or piece[0] in _MONEY_MARKS):  # the item's own "; …"
            # ("10:00 - Workshop; it lasts two hours", "Plasterboard: in a separate bag; £30 per bag")
            items[-1] = (items[-1][0], f"{items[-1][1]}; {piece}")
        elif number == len(pieces) - 1 and (piece[:1].isupper() or piece.endswith((":", "=", "-"))):
            break  # a sentence after the list ("…; The hall is …"), or a label the chunk cut off ("…; 1977:")
        elif items and asides and piece[:1].isupper():
            asides -= 1  # a sentence among the items, of none of them
        else:
            return None
    if len(items) < _LEAST_ITEMS or any(
        not label.strip() or _label_length(label) > 5 or not value.strip() for label, value in items
    ):
        return None
    if headed:
        items[-1] = (items[-1][0], _SENTENCE_END.split(items[-1][1])[0].rstrip(".;"))
    return items


def _unmarked(pieces: list[str], mark: str) -> int:
    """How many of the pieces are no item by ``mark`` nor go on with one in lower case."""
    return sum(mark not in piece and not piece[:1].islower() for piece in pieces)


def _label_length(label: str) -> int:
    """How many words a label has, its aside in brackets and its "&" aside ("Collection & delivery,
    within 5 miles", "Late collection, 17:00-18:30 (by prior arrangement only)"); a label of short
    qualifiers after commas counts its longest ("Private hire, up to 10 people, 90 minutes,
    Saturday-Sunday"), up to :data:`_QUALIFIED` words in all."""
    counts = [sum(token != "&" for token in part.split()) for part in unbracketed(label).split(",")]
    qualified = len(counts) >= _QUALIFIERS and counts[0] <= _HEAD and max(counts) <= _HEAD + 1
    return max(counts) if qualified and sum(counts) <= _QUALIFIED else sum(counts)


_QUALIFIED = 12  # words of a label of qualifiers at most
_QUALIFIERS = 3  # a label's comma-parted pieces, from which it is read as qualifiers
_HEAD = 3  # words of such a label's head ("Private hire"), each qualifier one more at most


def _item(piece: str, mark: str | None, first: bool) -> tuple[str, str] | None:
    """A piece's (label, value), parted by ``mark`` or, where no mark parts every item, by the time
    that leads it; the list's first piece has its heading path (or a sentence) before the label."""
    if mark is None:
        time = _CLOCK.match(_LEAD.split(piece)[-1] if first else piece)
        return (time.group(1), time.string[time.end() :]) if time else None
    if first and mark != ": ":  # the heading path may say the mark too: "Guide — 2026 › Rooms: …"
        piece = piece.rsplit(" › ", 1)[-1]
    head, separator, value = piece.rpartition(mark) if first and mark == ": " else piece.partition(mark)
    return ((_LEAD.split(head)[-1] if first else head), value) if separator else None


def listed(question: str, document: str, filed: Filed = lambda word: False) -> str | None:
    """The one item of ``document``'s labelled list whose label the question says ("on Sundays" of
    "Sunday: 11:00-13:00", "score" of a results row, "student" of "Students (with valid ID)"), as
    "Label: value.", when it is of the kind asked and the question's other words are the document's
    (its names may be its file's, ``filed``: "the Quillhurst Arms" of a pest control agreement's bait
    box register); None for no list, no such item, two, or a yes-or-no question."""
    items = list_items(document)
    if not items:
        return None
    asked = words(question)
    said = f" {' '.join(asked)} "
    keys = {_label_key(w) for w in asked if w not in FILLER}
    named = [
        (label, value)
        for label, value in items
        if (labelled := _label_keys(label))
        and (labelled <= keys or _head_keys(label) <= keys)
        and not gives_whole(said, value)
    ]
    coded = [(label, value) for label, value in named if is_code(label)]
    named = coded or named  # "bait box BX-11" asks the item "BX-11", not the heading "Box: Location"
    if len(named) > 1 and (days := stated(asked) & (WEEKDAYS | MONTHS)):  # "private hire on a Saturday"
        named = [item for item in named if days <= stated(words(item[0]))] or named  # "…, Saturday-Sunday"
    if len(named) != 1 or yes_or_no(question):
        return None
    label, value = named[0]
    if _said_again(document, label, value):
        return None
    uses = uses_word(with_parts(words(document)))
    priced = _PRICE_WORDS if asks_money(question) else frozenset()  # "the rate", "its price": the value
    told = {*words(label), *stated(words(label))}  # "Monday-Friday" tells of a Tuesday
    rest = [w for w in asked if w not in FILLER | ASKING | priced | HOW_ASKED and w not in told]
    names = name_words(question)
    if not all(uses(w) or w[0].isdigit() or (w in names and filed(w)) for w in rest):
        return None  # it asks more than the label: "What prize does the runner-up get?"
    sentence = _item_said(label, value)
    return sentence if fits(sentence, question) else None


def labelled_by(question: str, document: str) -> str | None:
    """The one item of ``document``'s labelled list whose value says every word the question asks
    about (its heading path aside), as "Label: value.", when the question asks when and the label is
    a date, year or time: "When did Tobias Fenwright retire?" over a timeline ("1903: Tobias Fenwright
    retires as harbour master"); None for no list, no such item, two, or a question of another kind."""
    items = list_items(document)
    if not items or not asks_when(question):
        return None
    heading = uses_word(set(words(document[: document.find(items[0][0])])))
    asked = [w for w in words(question) if w not in FILLER and w not in ASKING and not heading(w)]
    found = [
        (label, value) for label, value in items if asked and all(map(uses_word(set(words(value))), asked))
    ]
    if len(found) != 1:
        return None
    label, value = found[0]
    if not fits(label, question) or _said_again(document, label, value):
        return None  # a label of another kind ("E4: supply voltage below 20 V"), or not the whole answer
    return _item_said(label, value)


def keyed_by(question: str, document: str) -> str | None:
    """The one item of ``document``'s labelled list whose value the question gives whole, when it asks
    "which <thing>" and the item's label names that thing, as "Label: value.": "Which week of the
    club has the Space Cadets theme?" over "Week 1 (27-31 July): Pirates; Week 2 (3-7 August): Space
    Cadets"; or whose price it gives, whatever its label (a price list's "Rabbit spay: £148.00" for
    "Which operation is priced at £148.00?"); None for no list, no such item, two, or a question of
    another kind."""
    items = list_items(document)
    asked = words(question)
    thing = which_thing(asked)
    if not items or thing is None or yes_or_no(question):
        return None
    said, key = f" {' '.join(asked)} ", _label_key(thing)
    priced = bool(_PRICE_GIVEN.search(question)) and not calendar(thing) and thing not in _WHEN_THINGS
    found = [
        (label, value)
        for label, value in items
        if gives_whole(said, value)
        and (
            (key in _label_keys(label) and any(c.isalpha() for c in value))
            or (priced and _PRICE.fullmatch(value))  # "Which operation is priced at £148.00?"
        )
    ]
    if len(found) != 1:
        return None
    label, value = found[0]
    return _item_said(label, value)


def _item_said(label: str, value: str) -> str:
    """An item as its answer: "Label: value."."""
    return f"{label[:1].upper()}{label[1:]}: {value}."


def _said_again(document: str, label: str, value: str) -> bool:
    """Whether a sentence of ``document`` besides the item gives a number of the item's label: the
    item may not be the whole answer ("Monday: closed; … The hall is closed on Mondays, except on the
    four Mondays before Christmas, when it opens 09:00-16:00.")."""
    keys = {_label_key(w) for w in words(label) if w not in FILLER}
    item = [f"{label}{mark}{value}" for mark in (*_MARKS, " ")]
    return any(
        not any(text in piece or piece.rstrip(" .;") in text for text in item)
        and any(c.isdigit() for c in piece)
        and keys <= {_label_key(w) for w in words(piece)}
        for piece in _PIECE.split(document)
    )


def _label_keys(label: str) -> set[str]:
    """The keys of the words that name an item, its aside in brackets aside ("student" says "Students
    (with valid ID)")."""
    return {_label_key(w) for w in words(unbracketed(label) or label) if w not in FILLER}


def _head_keys(label: str) -> set[str]:
    """The keys of the words a label opens with before a comma that qualifies them ("grooming
    session" of "Grooming session, long-haired cats"), when they are two or more; else none."""
    head = unbracketed(label).split(", ", 1)[0] if ", " in label else ""
    keys = {_label_key(w) for w in words(head) if w not in FILLER}
    return keys if len(keys) > 1 else {""}


def _label_key(word: str) -> str:
    """A word of a list's label or a question, a weekday or month written one way ("Sundays", "sunday")."""
    return calendar(word) or match_key(word)
