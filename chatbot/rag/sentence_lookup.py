"""The one sentence of a prose chunk that answers, quoted when the model gave no answer.

With the right chunk first, the 135M reader still often writes another of its sentences: asked
"How long do I hold the TEST button on the bilge alarm?" over a manual's section that says "Hold
the TEST button for 3 seconds to test the sounder.", it answered "It should be tested once a
week.", which the grounding checks refuse. When the model's answer is refused (or it declines),
the chunk's one sentence that says every word the question asks about and gives the kind of value
it asks for is the answer, in the document's own words. Every word must be the sentence's, but
for the document's title ("bilge alarm" of "Tidewell Bilge Alarm: User Manual …") and a name the
question capitalizes standing in the section's heading ("Northern Lantern" of "Fleet › Northern
Lantern", whose sentences say "She"): a section's other words ("Staff", "Christmas lights") say
what the section is about, not what each sentence says. Example::

    quoted("How long do I hold the TEST button?", "Alarm › Testing: Hold the TEST button for 3 seconds.")
    # 'Hold the TEST button for 3 seconds.'
"""

from __future__ import annotations

import re

from chatbot.rag.answer_kind import asks_when, fits, known_kind, measures, yes_or_no
from chatbot.rag.grounding import asks_unsaid, heading_of, stem
from chatbot.rag.table_lookup import row_cells
from ingest.text import PATH_SEPARATOR, sentences
from vectorstore.words import FILLER, words

# the words that say which kind of value is asked, not what about
_KIND_TEXT = "long many much year years time date day far big old often tall high wide deep heavy number"
_KIND_WORDS = frozenset(_KIND_TEXT.split())
# a value not known yet is none: "Next AGM: November 2024, date to be confirmed."
_UNSURE = re.compile(
    r"\b(?:to be (?:confirmed|announced|decided|agreed|arranged)|tb[cad]"
    r"|not yet (?:known|set|fixed|decided))\b",
    re.IGNORECASE,
)
_LONGEST = 40  # words: a longer sentence, or a list ("1887: …; 1891: …; …"), is no one statement
_HOW_LONG_IS = re.compile(r"\bhow long (?:is|are|was|were)\b", re.IGNORECASE)  # a thing's length
_WHO_DID = re.compile(r"^\s*who\s+(\w+)", re.IGNORECASE)  # "Who built …?": built is what was done


def quoted(question: str, document: str) -> str | None:
    """The one sentence of prose ``document`` that answers ``question`` (see the module's text), or None."""
    if row_cells(document) is not None or yes_or_no(question) or not known_kind(question):
        return None
    if asks_unsaid(question, [document]):
        return None
    heading = heading_of(document)
    body = document[len(heading) + 2 :] if heading else document
    sections = heading.split(PATH_SEPARATOR) if heading else []
    if sections[1:] and asks_when(question) and fits(sections[-1], question):
        return None  # "5 April › …": the heading's date or the sentence's, which is meant?
    asked = {stem(w) for w in words(question) if w not in FILLER and w not in _KIND_WORDS}
    given = _keys(sections[0] if sections else "") | (_keys(heading) & _capitalized(question))
    found = [
        sentence
        for sentence in sentences(body)
        if _statement(sentence, question)
        and _all_said(asked, _keys(sentence) | given)
        and fits(sentence, question)
    ]
    return found[0] if len(found) == 1 else None


def _statement(sentence: str, question: str) -> bool:
    """Whether ``sentence`` can be quoted for ``question``: one short statement of a value known, a
    length for "how long is …" (not how long one stays in it), and, for "who did …", the doer."""
    if len(words(sentence)) > _LONGEST or sentence.count(";") > 1 or _UNSURE.search(sentence):
        return False
    lengths = any("length" in found for found in measures(sentence).values())
    if _HOW_LONG_IS.search(question) and not lengths:
        return False
    return _names_doer(question, sentence)


def _names_doer(question: str, sentence: str) -> bool:
    """Whether, for "who <did> …?", ``sentence`` says who did it: "issued by Lorcan Beattie", "Oskar
    Lind repaired …" (not "The Saltmill Lass, built in 1904, …", which only names what was built)."""
    did = _WHO_DID.match(question)
    if not did or did[1].casefold() in FILLER:
        return True
    tokens, done = sentence.split(), stem(did[1].casefold())
    for at, token in enumerate(tokens):
        if not words(token) or stem(words(token)[0]) != done:
            continue
        after = tokens[at + 1].casefold() if at + 1 < len(tokens) else ""
        before = tokens[at - 1] if at else ""
        named_before = before[:1].isupper() and before[-1:].isalpha()
        if after == "by" or (named_before and before.casefold() not in question.casefold()):
            return True
    return False


def _all_said(asked: set[str], said: set[str]) -> bool:
    """Whether every stem of ``asked`` is one of ``said``, or begins it or is begun by it (4 letters
    at least): the crude stems write "pressing" "press" and "Press" "pres"."""
    return all(
        key in said
        or any(min(len(key), len(other)) >= 4 and other[: len(key)] == key[: len(other)] for other in said)
        for key in asked
    )


def _keys(text: str) -> set[str]:
    """The stems of ``text``'s words."""
    return {stem(w) for w in words(text)}


def _capitalized(question: str) -> set[str]:
    """The stems of the words ``question`` capitalizes after its first: the names it says."""
    return {stem(w) for token in question.split()[1:] if token[:1].isupper() for w in words(token)}
