"""A reference number asked by its kind, read from the one "… no. 1184562" a document writes after it.

Leaflets, price lists and footers give their registration numbers in running text: "Registered
charity no. 1184562 · Unit 6, Tanyard Business Park", "company no. 07734219. VAT reg. no. GB 318
4476 21." Asked "Orrindale Community Transport registered charity number?", the 135M model reads the
address after it. A reader takes the number written after "charity no.", and so does this, when the
question asks a number of a kind (its word before "number", "no." or "num") and the document writes
exactly one number after that kind (the kind's word written whole or clipped: "reg." for
"registration"), in a sentence naming whom the question names, if its headings do not. Example::

    referenced("What's the VAT registration number?", "… company no. 07734219. VAT reg. no. GB 318 4476 21.")
    # 'VAT reg. no. GB 318 4476 21.'
"""

from __future__ import annotations

import re

from chatbot.rag.answer_kind import yes_or_no
from ingest.separators import body_of, heading_of
from vectorstore.words import FILLER, name_words, words

# the kind of number asked: "the VAT registration number", "charity no.", "company num"; not one the
# question gives ("Whose mobile number is 07700 931 044?") nor a "no-show"
_ASKED = re.compile(
    r"\b([A-Za-z]+)\s+(?:[Nn]umber|[Nn]um|[Nn]o|[Cc]ode|[Rr]ef|[Rr]eference)\b(?!-)\.?"
    r"(?!\s+(?:is\s+|was\s+)?[\w-]*\d)"
)
# a number written after its kind: up to three words ("VAT reg.", "Registered charity", "company"),
# "no." or "number", then digits in short groups ("GB 318 4476 21"), one run of them ("1184562",
# "R-1152") or a code ("CAL/PL/0447"); no street number after it ("no. 07734219 12 High St")
_WRITTEN = re.compile(
    r"((?:[A-Za-z][\w'’-]*\.? ){0,2}[A-Za-z][\w'’-]*\.?) ([Nn]o\.?|[Nn]umber|[Nn]um\.?|[Cc]ode|[Rr]ef\.?):? "
    r"((?:[A-Z]{1,3}[ -]?)?(?:\d{1,4}(?: \d{1,4})+\b|\d[\dA-Z/-]*)"
    r"|(?=[A-Z/-]*\d)[A-Z]{2,}[/-][\dA-Z/-]*[\dA-Z]|[A-Z]{2,}\d[\dA-Z]*)"
)
_USING = frozenset({"quote", "quoting", "use", "using", "enter", "entering", "apply"})  # "use code X"
_FILLED = re.compile(r"^.*\b(?:" + "|".join(sorted(FILLER, key=len, reverse=True)) + r") ", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<![Nn]o\.)(?<![Rr]ef\.)(?<=[.!?])\s+(?=[A-Z(])")  # not "no. GB 318 …"


def referenced(question: str, document: str) -> str | None:
    """The one number ``document`` writes after the kind ``question`` asks ("charity no. 1184562" for
    "… registered charity number?"), as the document writes it with its kind; None when the question
    asks no such number or the document writes none, or more than one, of that kind."""
    asked = _ASKED.search(question)
    if not asked or asked[1].casefold() in FILLER or yes_or_no(question):
        return None
    kind = asked[1].casefold()
    named = name_words(question) - set(words(heading_of(document)))  # the headings name the file's
    body = body_of(document)
    found = {
        (match[1], match[2], match[3])
        for sentence in _SENTENCE_END.split(body)
        if named <= set(words(sentence))  # Dr Pratt-Morrow's number is not Dr Wendlebury's beside her
        for match in _WRITTEN.finditer(sentence)
        if _says_kind(words(match[1]), kind)
    }
    if len(found) != 1:
        return None
    label, marker, number = found.pop()
    label = _FILLED.sub("", label)  # "part" of "have the part no. TW-F2"
    marker = "no." if marker.casefold().startswith("n") else marker.casefold()  # "number", "num."
    return f"{label[:1].upper()}{label[1:]} {marker} {number}."


def _says_kind(label: list[str], kind: str) -> bool:
    """Whether a number's label says ``kind``: its last word whole ("charity" of "Registered
    charity") or clipped ("reg" of "VAT reg" for "registration"), or its only word; or it names no
    kind, only what to do with it ("Quote code FIRST55K" for "the promo code")."""
    last = label[-1] if label else ""
    return last == kind or (len(last) >= 3 and kind.startswith(last)) or last in _USING
