"""Where a place is, read from the address line a document gives.

"Where exactly is Knotwell Yard Yoga?" of a page's "Find us: Knotwell Yard Yoga; Unit 3, Knotwell Yard;
Ropewalk Lane, Emberley EM3 8QT": the 135M model garbles such a line ("Knotwell Yard is at the end of
the unit."); a reader copies it. So does this, when the question asks where a place is, or its
address, and a sentence of the document is an address line: a few parts ending in a postcode, the
place's own name before them left out. Example::

    addressed("Where exactly is Knotwell Yard Yoga?", "Yoga › Find us: Knotwell Yard Yoga; Unit 3,
    Knotwell Yard; Ropewalk Lane, Emberley EM3 8QT")
    # 'The address is Unit 3, Knotwell Yard, Ropewalk Lane, Emberley EM3 8QT.'
"""

from __future__ import annotations

import re

from chatbot.rag.answer_kind import POSTCODE
from ingest.separators import body_of
from ingest.text import sentences
from vectorstore.words import words

# "Where exactly is Knotwell Yard Yoga?", "the studio's address", "the postcode for the wall" (not
# "where is the key kept", nor an e-mail or web address)
LOCATED = re.compile(
    r"^\s*where(?:\s+exactly)?\s+(?:is|are)\b(?!.*\b(?:kept|stored|held|left|parked|hidden)\b)"
    r"|(?<!mail )(?<!web )(?<!site )(?<!ip )\baddress\b"
    r"|^\s*what(?:'s| is) (?:the |its |their |your )?post ?code\b|\bpost ?code (?:for|of)\b",
    re.IGNORECASE,
)
_PARTS = re.compile(r"\s*[;|\u00b7\n]\s*")  # what parts an address line: "Unit 3, …; Ropewalk Lane"
# words that make a line a sentence, not an address: "Please send cheques to …", "we are at …"
_VERBS = frozenset({"is", "are", "was", "be", "send", "post", "write", "come", "find", "visit", "please"})
_LINE_WORDS = 16  # an address line has at most so many words before its postcode


def addressed(question: str, document: str) -> str | None:
    """The address ``document`` writes as a line of its own, for a question asking where a place is."""
    if not LOCATED.search(question):
        return None
    asked = set(words(question))
    for sentence in sentences(body_of(document)):
        postcode = POSTCODE.search(sentence)
        if not postcode or postcode.end() < len(sentence.rstrip(" .")) - 1:
            continue  # the postcode ends the line: "… Emberley EM3 8QT"
        parts = [part for part in _PARTS.split(sentence[: postcode.end()]) if part]
        if len(parts) < 2 or any(word in _VERBS for word in words(sentence)):
            continue  # a line of parts, no sentence: "Please send cheques to …, EM3 8QT."
        while parts and not any(c.isdigit() for c in parts[0]) and set(words(parts[0])) <= asked:
            parts = parts[1:]  # the place's own name: "Knotwell Yard Yoga; Unit 3, …"
        if parts and len(" ".join(parts).split()) <= _LINE_WORDS:
            return f"The address is {', '.join(parts)}."
    return None
