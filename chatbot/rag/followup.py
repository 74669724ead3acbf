"""Follow-up questions: an elliptical question rewritten, from the chat history, into one that stands alone.

"What is the capital of Germany?" then "And of France?" must search for France's capital, not for
"And of France?". The 135M model cannot rewrite questions reliably, so a rule does it, the one a
reader applies: a question that opens like a continuation ("and …", "what about …", "how about …",
"same for …") names only a new subject, which takes the place of the subject of the previous
standalone question (what follows its first "of"/"for"/"in"/"about", or a possessive "X's").
Anything else stands alone and is left as it is. Example::

    condense(["What is the capital of Germany?"], "And of France?")   # 'What is the capital of France?'
    condense(["What is the capital of Germany?"], "what about japan")  # 'What is the capital of japan?'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Openers of an elliptical follow-up, then an optional preposition; what remains is the new subject.
_FOLLOW_UP = re.compile(
    r"^\s*(?:(?:and|but|ok(?:ay)?|so|also|now)[\s,]+)?"
    r"(?:(?:and\s+)?(?:what|how)\s+about|what\s+of|(?:the\s+)?same\s+(?:for|with)|and|also)\s+"
    r"(?:(?:of|for|in|about|with)\s+)?(?P<subject>.+?)(?:'s)?(?:\s+then)?[\s?.!]*$",
    re.IGNORECASE,
)
# The subject of a standalone question: after its first of/for/in/about …, or a possessive.
_OF_SLOT = re.compile(r"\b(?:of|for|in|about)\s+(?P<slot>[^?.!]+?)(?P<end>[\s?.!]*)$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?P<slot>\b[\w-]+)'s\b")
# A "subject" that opens like a question of its own ("and what is …?") is not a follow-up's subject.
_QUESTION_OPENER = re.compile(
    r"^(?:what|which|who|whom|whose|where|when|why|how|is|are|was|were|do|does|did|can|could|tell|give)\b",
    re.IGNORECASE,
)


def _subject(message: str) -> str | None:
    """The new subject of an elliptical follow-up, or None when ``message`` stands alone."""
    match = _FOLLOW_UP.match(message)
    if not match or len(match["subject"].split()) > 6 or _QUESTION_OPENER.match(match["subject"]):
        return None
    return match["subject"]


def _substitute(previous: str, subject: str) -> str | None:
    """``previous`` with its subject replaced by ``subject``; None when it has no recognisable subject."""
    if match := _OF_SLOT.search(previous):
        end = match["end"].strip() or "?"
        return f"{previous[: match.start('slot')]}{subject}{end}"
    if match := _POSSESSIVE.search(previous):
        return f"{previous[: match.start('slot')]}{subject}{previous[match.end('slot') :]}"
    return None


def condense(previous_questions: Sequence[str], message: str) -> str:
    """The standalone form of ``message`` given the earlier standalone questions of the chat (oldest
    first); ``message`` itself when it is not an elliptical follow-up or there is nothing to follow."""
    subject = _subject(message)
    if subject is None or not previous_questions:
        return message
    return _substitute(previous_questions[-1], subject) or message


def standalone_questions(user_messages: Sequence[str]) -> list[str]:
    """Every user message of a chat in its standalone form, each condensed against the ones before."""
    questions: list[str] = []
    for message in user_messages:
        questions.append(condense(questions, message))
    return questions
