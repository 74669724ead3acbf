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

from vectorstore.words import FILLER, name_words, words

# the kind of number asked: "the VAT registration number", "charity no.", "company num"; not one the
# question gives ("Whose mobile number is 07700 931 044?")
_ASKED = re.compile(r"\b([a-z]+)\s+(?:number|no\.?|num)\b(?!\.?\s+(?:is\s+|was\s+)?[\w-]*\d)", re.IGNORECASE)
# a number written after its kind: up to three words ("VAT reg.", "Registered charity", "company"),
# "no." or "number", then digits in groups or a code ("GB 318 4476 21", "1184562", "CAL/PL/0447")
_WRITTEN = re.compile(
    r"((?:[A-Za-z][\w'’-]*\.? ){0,2}[A-Za-z][\w'’-]*\.?) (?:no\.|number|num\.)\s*:?\s*"
    r"((?:[A-Z]{1,3} ?)?\d[\dA-Z/-]*(?: \d[\dA-Z/-]*)*)",
    re.IGNORECASE,
)


_SENTENCE_END = re.compile(r"(?<![Nn]o\.)(?<=[.!?])\s+(?=[A-Z(])")  # not "no. GB 318 …"


def referenced(question: str, document: str) -> str | None:
    """The one number ``document`` writes after the kind ``question`` asks ("charity no. 1184562" for
    "… registered charity number?"), as the document writes it with its kind; None when the question
    asks no such number or the document writes none, or more than one, of that kind."""
    asked = _ASKED.search(question)
    if not asked or asked[1].casefold() in FILLER:
        return None
    kind = asked[1].casefold()
    heading, _, body = document.rpartition(": ")  # the chunk's heading path names the whole file's
    named = name_words(question) - set(words(heading))
    found = {
        (match[1], match[2])
        for sentence in _SENTENCE_END.split(body)
        if named <= set(words(sentence))  # Dr Pratt-Morrow's number is not Dr Wendlebury's beside her
        for match in _WRITTEN.finditer(sentence)
        if _says_kind(words(match[1]), kind)
    }
    if len(found) != 1:
        return None
    label, number = found.pop()
    return f"{label[:1].upper()}{label[1:]} no. {number}."


def _says_kind(label: list[str], kind: str) -> bool:
    """Whether a number's label says ``kind``: its last word whole ("charity" of "Registered
    charity") or clipped ("reg" of "VAT reg" for "registration"), or its only word."""
    last = label[-1] if label else ""
    return last == kind or (len(last) >= 3 and kind.startswith(last))
