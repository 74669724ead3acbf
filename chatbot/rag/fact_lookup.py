"""A one-sentence fact is its own answer, whatever words the question wraps it in.

A document such as "The capital of Estmarch is Orrindell." states one attribute of one subject. The
135M model reads it well when asked plainly, but not always when the question is wrapped in talk
about something else: "I'm travelling to Estmarch - which city is its capital?" → "Estmarch is its
capital.", and "my friend lives in the capital of Greater Tamsland, which city is that" turned
round, both refused by the grounding checks. The document says what was asked, so it is the answer,
without the model, when the question names its subject (every word of it, so "Land03888" is never
answered with Land03885's fact) and its attribute, asks no yes or no, asks no relation the
document does not name ("Who is the mayor of the capital of Estmarch?", see
:func:`chatbot.rag.grounding.asks_unsaid`) and nothing else of the subject's ("Estmarch's largest
town"). Example::

    stated("I'm travelling to Estmarch - which city is its capital?", "The capital of Estmarch is Orrindell.")
    # 'The capital of Estmarch is Orrindell.'
"""

from __future__ import annotations

import re

from chatbot.rag.answer_kind import yes_or_no
from chatbot.rag.grounding import asks_unsaid
from vectorstore.words import words

# "The capital of Estmarch is Orrindell.", "The population of Halvik was 10,000."
_FACT = re.compile(
    r"^The (?P<attribute>[\w' -]{1,40}?) of (?P<subject>[^.;:]{1,80}?) (?:is|are|was|were)"
    r" (?:(?!\.\s)[^;:!?])+\.$"  # one sentence: no sentence end before its last full stop
)


def stated(question: str, document: str) -> str | None:
    """``document`` when it is one "The A of S is V." sentence whose attribute and subject the
    question says (and no other relation, nor another thing of S's); else None."""
    fact = _FACT.match(document.strip())
    if not fact or yes_or_no(question) or asks_unsaid(question, [document]):
        return None
    asked = set(words(question))
    attribute, subject = words(fact["attribute"]), words(fact["subject"])
    if not (set(attribute) | set(subject)) <= asked:
        return None
    possessive = re.search(rf"\b{re.escape(fact['subject'])}['’]s\s+([\w-]+)", question, re.IGNORECASE)
    if possessive and possessive.group(1).casefold() not in attribute:
        return None  # "Estmarch's largest town": something of the subject, not its attribute
    return document.strip()
