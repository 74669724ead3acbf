"""A "which <thing>" question answered by the one thing of that kind a document numbers.

Documents number their things after the word for them: "Stage 1: Quillan Loe to Fennet Bridge",
"parked in bay LG-P09", "using form EXP-2", "quote reference TRO/2025/017". Asked "Which stage of
the walk goes past Skellow Force?" or "Which form do I fill in to claim back my expenses?", the 135M
model repeats a sentence round the place ("Skellow Force is at its best after rain."); a reader
answers with the numbered thing. So does this, when the question asks "which/what <thing>", gives
no code of its own, says two words at least that the document uses and at most one it does not (so
a question about something the document does not mention is left to the model), and the document
numbers exactly one thing of that kind. A changelog numbers its releases by its headings ("Changelog ›
2.1.0 — 2024-11-19: Changed: the --tz default went from UTC to local."): "which release …" asked of
such a section is answered by its version. Example::

    numbered("Which bay is the car club car in?", "Car club: The car is parked in bay LG-P09.")
    # 'It is bay LG-P09.'
"""

from __future__ import annotations

import re

from chatbot.rag.grounding import ASKING, uses_word, with_parts
from ingest.separators import PATH_SEPARATOR
from vectorstore.words import FILLER, identifiers, words

# "which parking bay is …", "what form do I …", "what's the asset tag number on …", "which release
# switched …": the thing asked for, up to the verb or preposition
_ASKED = re.compile(
    r"^(?:.*?\s)?(?:which|what(?:['’]?s| is)?)\s+(?:the\s+)?((?:[a-z]+\s){0,2}?[a-z]+)\s+"
    r"(?:is|are|was|were|do|does|did|should|can|must|will|would|has|have|of|on|for|in|to|goes|go|\w+ed)\b",
    re.IGNORECASE,
)
# a number or a code: "1", "12b", "LG-P09", "TRO/2025/017"
_NUMBER = r"(?=[A-Z0-9/-]*\d)[A-Z0-9]+(?:[-/][A-Z0-9]+)*"
# words after a thing that ask for its number: "the asset tag number", "the bay code"
_SAID_BY = frozenset({"number", "no", "code", "id", "reference"})
# things a changelog numbers by its sections' headings, and a heading that is a version ("2.1.0 — …")
_RELEASES = frozenset({"version", "release", "update"})
_VERSION = re.compile(r"v?\d+(?:\.\d+)+\b")
# verbs and particles that carry nothing of their own: "goes past", "fill in", "put on"
_LIGHT = frozenset({"go", "goes", "put", "fill", "get", "use", "past", "back", "out", "up", "my", "i"})


def numbered(question: str, document: str) -> str | None:
    """ "It is <thing> <number>." when ``question`` asks which thing and ``document`` numbers exactly
    one thing of that kind ("Stage 1", "bay LG-P09") and uses two of the question's other words at
    least and all but one of them; else None."""
    asked = _ASKED.match(question.strip())
    if not asked or identifiers(question):
        return None
    named = asked.group(1).split()
    if len(named) > 1 and named[-1].casefold() in _SAID_BY:
        named = named[:-1]  # "the asset tag number": the tag's
    thing = named[-1] if named else ""
    if not thing or thing.casefold() in FILLER or thing.casefold() in ASKING:
        return None  # "what time", "which year": kinds of value, not numbered things
    numbering = rf"\b{re.escape(thing)}\s+{_NUMBER}\b(?![.,]\d|\s?[%°])"  # not "reading 17.6%": a measure
    found = {m.group(0) for m in re.finditer(numbering, document, re.IGNORECASE)} or _released(
        thing, document
    )
    if len({" ".join(words(f)) for f in found}) != 1:
        return None
    uses, kind = uses_word(with_parts(words(document))), set(words(asked.group(1))) | {"which", "what"}
    said = {w for w in words(question) if w not in FILLER | _LIGHT | ASKING | kind}
    unused = [w for w in said if not uses(w)]
    if len(unused) > 1 or len(said) - len(unused) < 2:
        return None  # one word written otherwise ("walk" of a walkers' guide) may pass beside two used
    return f"It is {found.pop()}."


def _released(thing: str, document: str) -> set[str]:
    """ "release 2.1.0" where a release, version or update is asked of a section headed by a version."""
    heading = document.partition(": ")[0].rpartition(PATH_SEPARATOR)[2]
    version = _VERSION.match(heading)
    return {f"{thing} {version.group(0)}"} if thing.casefold() in _RELEASES and version else set()
