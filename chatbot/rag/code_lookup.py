"""What a code is, from the words a document writes before it: "barometer BP-1", "Wind vane WV-3".

Logs and manuals name a thing by its kind and its code together ("Annual calibration of barometer
BP-1: read 1013.9 hPa …", "Humidity sensor HS-12 was reading 8% high"). Asked "What is BP-1?", the
135M model repeats the entry round the code ("BP-1 is read 1013.9 hPa against reference 1014.3
hPa."); a reader answers with the kind. So does this, when the question asks only what the code is
(besides the code it says nothing but words of the document's headings, "at the weather station",
or of the kind itself, "which sensor is HS-12") and the document gives the code one kind. Labelled
lists ("P-41 = transfer pump") are answered by their own lookups first; a table row keyed by the code
is what the code is, told whole (the model named the price list's centre for "what is P2?"). Example::

    code_kind("what is BP-1?", "Station log: 2024-05-07 Calibration of barometer BP-1: read 1013.9 hPa.")
    # 'BP-1 is the barometer.'
"""

from __future__ import annotations

import re

from chatbot.rag.table_lookup import match_key, off_the_list, row_cells, row_label
from ingest.separators import body_of
from ingest.text import sentences
from vectorstore.words import FILLER, identifiers, name_words, words

# a code as documents write it (letters, a hyphen or none, digits, a letter after them: "G-7A"), whole
# (not "HT-26" of a booking's "HT-26-0219")
_CODE = re.compile(r"(?<![\w-])[A-Z]{1,4}-?\d+[A-Z]?(?![\w-])")
# the word or two before a code that say what it is, the last of them a noun in lower case
_KIND = re.compile(r"\b((?:[A-Za-z][a-z]+ )?[a-z]{3,}) $")
_DEED = re.compile(r"(?:ed|ing)$")  # "replaced SP-2", "servicing G-7": what was done to it, not its kind
_WHAT = frozenset({"what", "what's", "which", "whats"})
_FRESH = frozenset({"new", "spare"})  # "a new trimmer head": the trimmer head
# a thing named before its kind said again with the code: "a new agent authority form (form YPO-7)"
_RENAMED = re.compile(r"\b((?:[A-Za-z][a-z]+ ){0,2}([a-z]{3,})) \(\2 $")
# the kinds of a code that name no thing ("part KW-220"), and the thing named before one: "a new trimmer
# head, part KW-220", "the walnut veneer moulding (product MO-330)"
_CODE_KINDS = frozenset({"code", "part", "item", "product", "model", "ref", "reference"})
_NAMED_PART = re.compile(
    rf"\b((?:[A-Za-z][a-z]+ ){{0,2}}[a-z]{{3,}}),? \(?(?:{'|'.join(sorted(_CODE_KINDS))})(?: no\.?)? $"
)
# a code of parts joined by hyphens, letters and a digit among them ("PCO-D02", "BRC-2502-005")
_HYPHENED = re.compile(r"\b[A-Z0-9]+(?:-[A-Z0-9]+)+\b")
_NUMBERED = re.compile(r"^\d+(?:\.\d+)+\s+|^\d+\.\s+")  # an item's number: "3.4 The annual insurance …"
_TAIL = re.compile(r"(?<![\w-])(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]+\b")  # "D02", no "PCO-D02"


def whole_codes(sentence: str, documents: list[str]) -> str:
    """``sentence`` with a code's last part written for the whole code ("The Howgate Wonder is D02."
    → "… is PCO-D02."), where the documents write that part as the end of one code only: the model
    drops a register's prefix, and the user asked for the code the document gives."""
    codes = {code for document in documents for code in _HYPHENED.findall(document)}

    def whole(match: re.Match) -> str:
        ending = {code for code in codes if code.endswith("-" + match[0])}
        return ending.pop() if len(ending) == 1 else match[0]

    return _TAIL.sub(whole, sentence)


def _asked_code(question: str) -> str | None:
    """The one code of a question asking what something is, else None."""
    codes = identifiers(question)
    return next(iter(codes)) if len(codes) == 1 and not _WHAT.isdisjoint(words(question)) else None


def keyed_row(question: str, document: str) -> str | None:
    """The row whole where ``question`` asks only what its one code is and ``document`` is a table's
    row keyed by that code (the question may say its file's words and its key column's: "What is
    Tidyside job TSB-26-0521?" of ``job_ref`` in "tidyside_….csv"); else None."""
    code, cells = _asked_code(question), row_cells(document)
    if not code or not _keyed(question, code, cells):
        return None
    named = f"{row_label(document) or ''} {cells[0][0]} {cells[0][1]}".replace("_", " ")  # ``job_ref``
    if not _only_what(off_the_list(question, cells), code, named):
        return None  # "What is RC-INS on the Marlstone fee list?" asks what it is
    return f"{cells[0][1]}: {'; '.join(f'{column}: {value}' for column, value in cells[1:])}."


def _keyed(question: str, code: str, cells: list[tuple[str, str]] | None) -> bool:
    """Whether ``cells`` are a table row keyed by ``code``, which the question writes whole
    ("TSB-26-0521", "QA-T1"; not "TSB-26" of it)."""
    if not cells or not cells[1:] or code not in words(cells[0][1]):
        return False
    return words(cells[0][1]) == [code] or _said_whole(cells[0][1], question)


def code_kind(question: str, document: str) -> str | None:
    """ "<code> is the <kind>." when ``question`` asks only what its one code is and ``document``
    writes that code after one kind (every time it writes one); else None."""
    code = _asked_code(question)
    if not code or _keyed(question, code, row_cells(document)):
        return None  # what the row says of it: :func:`keyed_row`
    kinds = {kind for kind in _kinds(document, code) if kind}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    if set(words(kind)) <= _LABELS | _CODE_KINDS:
        return None  # "RT-5512 is the part number." tells nothing of what it is ("locker number" does)
    head, colon, _ = document.partition(": ")  # the heading path: "Station log: 2024-05-07 …"
    if not _only_what(question, code, head if colon else "", kind):
        return None  # "What is P-14's flow rate?" asks something of the code, not what it is
    mention = next(m for m in _CODE.finditer(document) if words(m.group(0)) == [code])
    return _bracketed(document, mention, kind) or f"{mention.group(0)} is the {kind.casefold()}."


def _said_whole(code: str, question: str) -> bool:
    """Whether ``question`` writes ``code`` whole, all its parts in a row ("TSB-26-0521",
    "TSB-26-521"; not "TSB-26" alone)."""
    return f" {' '.join(words(code))} " in f" {' '.join(words(question))} "


_LABELS = frozenset(["number", "no", "code", "ref", "reference", "id"])  # a kind that is only a label
# where the asker read a code: "What is X-TRAIN on the extras list?", "fee code HVD on my invoice"
_READ_ON = re.compile(
    r"\s+(?:on|in|from)\s+(?:the|my|our|your|this|a|an)\s+(?:[\w&'\u2019-]+\s+){0,3}?"
    r"(?:list|invoice|bill|receipt|statement|sheet|leaflet|menu|quote|quotation|estimate|e-?mail|letter"
    r"|form|notice|confirmation)\b",
    re.IGNORECASE,
)


def _only_what(question: str, code: str, heading: str, kind: str = "") -> bool:
    """Whether ``question`` asks only what ``code`` is: besides it, it says only the headings' words
    (for a row, its file's and its key column's; just before the code, in any form: "session code
    HR-LOC" of "Portrait sessions"), its kind's, whose it is ("Penlowe part KW-220") and, after the
    code, where it was read ("on my invoice"; not "What's on the menu for Y3?")."""
    question = _READ_ON.sub(lambda m: "" if code in identifiers(m.string[: m.start()]) else m[0], question)
    allowed = {*words(heading), *words(kind), *name_words(question), code, "that", "this", *_CODE_KINDS}
    said = words(question)
    at = said.index(code) if code in said else 0
    headed = {match_key(w) for w in words(heading)}  # "session code HR-LOC" of "Portrait sessions"
    allowed |= {w for w in said[max(0, at - 2) : at] if match_key(w) in headed}
    return all(w in FILLER or w in _WHAT or w in allowed for w in said)


def _bracketed(document: str, mention: re.Match[str], kind: str) -> str | None:
    """The sentence that writes a code in brackets beside other words than its kind, which tell what
    it is of: "TM-88410: The annual insurance renewal (Thistledown Mutual, policy TM-88410) is due on 1
    May at \u00a31,148.00." (not "TM-88410 is the policy."); None for a code bracketed alone."""
    opened = document.rfind("(", 0, mention.start())
    closed = document.find(")", mention.end())
    if opened < 0 or opened < document.rfind(")", 0, mention.start()) or closed < 0:
        return None
    inside = (
        set(words(document[opened : closed + 1])) - set(words(kind)) - set(words(mention.group(0))) - FILLER
    )
    if not inside:
        return None
    sentence = next((s for s in sentences(body_of(document)) if mention.group(0) in s), None)
    return f"{mention.group(0)}: {_NUMBERED.sub('', sentence)}" if sentence else None


def _kinds(document: str, code: str) -> list[str | None]:
    """The kind written before each mention of ``code`` (None where no kind is: "replaced with SP-4",
    "fitted SP-4"), without the words before it that only lead up to it ("calibration of barometer"
    → "barometer")."""
    found = []
    for match in _CODE.finditer(document):
        if words(match.group(0)) != [code]:
            continue
        lead = document[max(0, match.start() - 60) : match.start()]
        renamed = _RENAMED.search(lead)  # its three words: "agent authority form (form YPO-7)"
        before = renamed or _NAMED_PART.search(lead) or _KIND.search(lead)
        kind = before.group(1).split()[-3 if renamed else -2 :] if before else []
        while kind and (kind[0].casefold() in FILLER | _FRESH or _DEED.search(kind[0])):
            kind = kind[1:]
        found.append(" ".join(kind) if kind and not _DEED.search(kind[-1]) else None)
    return found
