"""The rule a document writes for what a question asks leave to do, read without the model.

Asked "can we bring our dog to the cobbthwaite bonfire night? he's fine with bangs" over a safety
section ("No personal fireworks … may be brought onto the site. Dogs are not allowed, apart from
assistance dogs."), the 135M reader answered "Yes, he can be given a free wristband …", which the
grounding refuses, and the user got "I don't know". A reader answers by the rule: the one clause
that allows or forbids something and says the most of what the question asks about. So does this,
for a yes-or-no question asking leave (no age in it: :mod:`chatbot.rag.age_rule` reads those).
Example::

    leave_ruled("Can we bring our dog?", "Fireworks › Safety: Dogs are not allowed, except assistance dogs.")
    # 'No: Dogs are not allowed, except assistance dogs.'
"""

from __future__ import annotations

import re

from chatbot.rag.age_rule import (
    ASKS_IF,
    EXCEPT,
    LEAVE,
    RULED_VERB,
    as_rule,
    asked_keys,
    asking_sentence,
    ruling_clause,
)
from chatbot.rag.answer_kind import yes_or_no
from chatbot.rag.grounding import stem_keys
from chatbot.rag.sentence_lookup import all_said
from chatbot.rag.table_lookup import row_cells
from chatbot.rag.verbs import forms
from ingest.separators import body_of, heading_of
from ingest.text import sentences
from vectorstore.lexical import title_of
from vectorstore.words import FILLER, calendar, stated, words

# a clause that gives leave: "are allowed", "may bring", "are welcome" (not a greeting: "Welcome to …"),
# and the words that give it whatever is asked (not a bare "can" or "may": "Dogs can become distressed")
_ALLOWS = re.compile(r"\b(?:allowed|permitted|welcome(?! to\b)|accepted|accepts?|may|can)\b", re.IGNORECASE)
_LEAVE_WORDS = re.compile(
    r"\b(?:allowed|permitted|welcome(?! to\b)|accepted|accepts?|banned|prohibited|forbidden)\b", re.I
)
# a clause that refuses it, its "n't" written "not": "are not allowed", "may not", "cannot", "No dogs …",
# "no longer accept", "banned", "but not in the café" (not any "no": "there is no extra charge")
_REFUSES = re.compile(
    r"(?:(?:\b(?:may|can|must|will|do|does|did|are|is|was|were)\s+)?"
    r"\b(?:not|never|no longer|cannot|unable to)\b"
    r"(?:\s+(?:be\s+)?(?:allowed|permitted|welcome|accepted|accepts?|admitted|take|taken)\b)?)"
    r"|\bprohibited\b|\bbanned\b|\bforbidden\b|^\s*no\s+[a-z]",
    re.IGNORECASE,
)
_NO_OPENING = re.compile(r"^\s*no\s+[a-z]", re.IGNORECASE)  # "No fireworks … may be brought": one refusal
# a rule whose leave the question's case may fall either side of, or that is no leave: a span, a limit,
# "only", a condition ("without a licence"), a duty waived ("No need to bring towels"), a request
_BOUNDED = re.compile(
    r"\b(?:only|between|until|till|up to|at most|no more than|from \w+ to|without|need|needed|required"
    r"|necessary|please|ask|rather)\b",
    re.IGNORECASE,
)
# an exception or condition that lets in what the rule refuses: "apart from assistance dogs", "unless
# kept on a lead"
_EXCEPTION = re.compile(rf"{EXCEPT.pattern}|\bunless\b", re.IGNORECASE)
_GOING = frozenset({"come", "go", "enter", "get"})  # "can she come into the flying area": "cannot go into"
# the doings a question asks leave for; the thing done is the word after ("bring our dog": dog)
_DOINGS_TEXT = """bring take use come go have get put make do leave stay join book enter attend visit park
play wear eat drink sit stand walk ride pay hire fetch collect cook swap change cancel smoke camp fish swim
keep borrow order send"""
_DOINGS = frozenset(_DOINGS_TEXT.split())
# a thing asked leave for without a doing: "are dogs allowed", "is the flat ok for pets"
_THING_ALLOWED = re.compile(
    r"\b(?:are|is)\s+([\w' -]+?)\s+(?:allowed|permitted|welcome)\b|\bok(?:ay)?\s+for\s+([\w' -]+)"
)
_REQUEST = re.compile(r"\b(?:can|could|will|would)\s+you\b", re.IGNORECASE)  # "can you tell me …": a request
_ASKING_LEAVE = stem_keys("allowed permitted ok okay able let welcome")  # how it asks, not what about
# words between a doing and its thing, which say no thing ("bring our own dog along")
_NO_THING_TEXT = "my our your his her their own some any along back home still just me us"
_NO_THING = frozenset(_NO_THING_TEXT.split())


def leave_ruled(question: str, document: str) -> str | None:
    """ "No" or "Yes" with the one clause of prose ``document`` that allows or forbids something and
    says the most of what a yes-or-no question asking leave asks about, the thing asked leave for
    among it ("dog" of "can we bring our dog") and, where it rules a doing, the one asked; "No"
    where it forbids it but for an exception the question does not say ("apart from assistance
    dogs"). None for any other question (a request, "can you tell me …"; two doings; a day, month
    or number, which a rule's span may or may not hold), a table row, a thing unsaid or said by a
    pronoun ("can I fetch it?"), a clause that both allows and forbids, or bounds its leave ("only",
    "between April and October"), or no such clause or two alike."""
    if row_cells(document) is not None or not (yes_or_no(question) or ASKS_IF.search(question)):
        return None
    asking = asking_sentence(question)
    doings = [w for w in words(asking) if w in _DOINGS]
    if not LEAVE.search(asking.replace("n't", " not")) or _REQUEST.search(asking) or len(doings) > 1:
        return None
    if stated(words(asking)):
        return None  # "in August", "for 12", "my 9 year old": a rule's span or the rule of ages reads it
    thing = _thing(asking)
    asked = asked_keys(asking) - stem_keys(heading_of(document)) - _ASKING_LEAVE
    ruling = ruling_clause(asked, document, _rules)
    if (
        thing is None
        or ruling is None
        or not all_said([stem_keys(_SAID_AS.get(thing, thing))], stem_keys(ruling[0]))
    ):
        return None
    clause = ruling[0]
    doing = doings[0] if doings else None
    if not _rules_doing(clause, doing) or _elsewhere(asking, clause, document):
        return None
    exception = _EXCEPTION.search(clause)
    ruled = _NOT.sub(" not", clause[: exception.start()] if exception else clause)
    excepted = bool(exception) and bool(_excepted_keys(clause, exception.start(), exception.end()) & asked)
    if not _plain(ruled, _sentence_of(clause, document), asking, thing, doing, excepted):
        return None
    forbids = bool(_REFUSES.search(ruled)) != excepted
    return f"{'No' if forbids else 'Yes'}: {as_rule(clause.rstrip('!'))}"


def _plain(
    ruled: str, sentence: str, asking: str, thing: str, doing: str | None, excepted: bool = False
) -> bool:
    """Whether a rule gives or refuses leave plainly, whatever the question's case: not bounded (a
    span, "only", a condition, a duty waived), not both giving and refusing in its sentence ("not
    permitted on the course; they may be worn in the clubhouse"), not refusing twice ("no longer
    banned"), of the question's own subject ("Assistance dogs are welcome" says nothing of a pet dog)
    unless the question names its exception and the rule is of its thing (``excepted``: "Well-behaved
    dogs on a short lead are welcome, except on the Puffin Special" refuses any dog that trip;
    "Children are welcome in the pool, except during the adults-only session" says nothing of an
    adult), and giving leave in words that give it (not a bare "can") or by the doing asked."""
    whole = _NOT.sub(" not", sentence)
    both = (
        _REFUSES.search(whole) and not _NO_OPENING.match(ruled) and _ALLOWS.search(_REFUSES.sub(" ", whole))
    )
    if _BOUNDED.search(ruled) or both or len(_REFUSES.findall(ruled)) > 1:
        return False
    if not (excepted and _says_thing(_opening(ruled), thing)) and not _own_subject(ruled, asking, thing):
        return False
    return bool(_LEAVE_WORDS.search(ruled) or _REFUSES.search(ruled)) or (
        doing is not None and bool(RULED_VERB.search(ruled))
    )


def _opening(ruled: str) -> str:
    """A rule's words before its leave, which say whom or what it rules ("Well-behaved dogs on a short
    lead" of "… are welcome on Kittiwake Lass")."""
    return _LEAVE_OPENS.split(ruled, maxsplit=1)[0]


def _says_thing(opening: str, thing: str) -> bool:
    """Whether a rule's opening words say the thing asked leave for ("Well-behaved dogs on a short
    lead" of a dog; not "Children" of the pool)."""
    return all_said([stem_keys(_SAID_AS.get(thing, thing))], stem_keys(opening))


def _own_subject(ruled: str, asking: str, thing: str) -> bool:
    """Whether the words a rule opens with, before its leave, are the question's or its thing's (or
    a list holding the thing: "No personal fireworks, sparklers or sky lanterns"): "Blue badge
    holders can park …" rules others than the asker."""
    opening = _ASIDE_OPENING.sub("", _opening(ruled))  # "Sorry, our card machine …": no list
    said = [w for w in words(opening) if w not in FILLER and w not in _PRONOUNS_ALL and not w[:1].isdigit()]
    said = [w for w in said if calendar(w) is None]
    if not said or "," in opening or " or " in opening:
        return not said or _says_thing(opening, thing)
    keys = stem_keys(f"{asking} {_SAID_AS.get(thing, thing)}")
    return all(all_said([stem_keys(w)], keys) for w in said)


def _sentence_of(clause: str, document: str) -> str:
    """The sentence of ``document`` that holds ``clause``."""
    return next((s for s in sentences(body_of(document)) if clause in s), clause)


# where a rule's leave opens, after the words saying whom or what it rules
_LEAVE_OPENS = re.compile(
    r"\b(?:allowed|permitted|welcome|accepted|accepts?|may|can|cannot|not|never|no longer"
    r"|is|are|must|banned|prohibited|forbidden)\b"
)
_NOT = re.compile(r"\s*n[\u2019']t\b", re.IGNORECASE)  # "don't", "aren’t": "do not", "are not"
_ASIDE_OPENING = re.compile(r"^\s*(?:sorry|unfortunately|please note|note|however|also)\b\W*", re.IGNORECASE)
_PRONOUNS_ALL = frozenset({"we", "you", "they", "i", "he", "she", "it", "since", "no", "sorry"})


def _elsewhere(asking: str, clause: str, document: str) -> bool:
    """Whether the question asks leave at a place neither the clause nor the chunk's headings say
    ("at the bar" of "Subs may be paid by card online."), which the rule may not be of; the file's
    title says where its every rule holds ("on the Long Ridge" of "Long Ridge Walk: …")."""
    said = stem_keys(f"{clause} {heading_of(document)} {title_of(document)}")
    return any(not all_said([stem_keys(place)], said) for place in _PLACE.findall(asking))


_PLACE = re.compile(r"\b(?:at|in|on|into|inside|to)\s+(?:the|our|your|my|a|an)\s+([a-z]+)", re.IGNORECASE)


def _rules(clause: str) -> bool | None:
    """Whether a clause gives or refuses leave (True), or says something else (None); no question
    ("Can I bring my dog?" of a page of questions and answers)."""
    return True if (_ALLOWS.search(clause) or _REFUSES.search(clause)) and "?" not in clause else None


def _rules_doing(clause: str, doing: str | None) -> bool:
    """Whether a clause's modal rules the doing asked ("may be brought" for "bring"; "cannot go"
    for "come"), or none: "Dogs must not be left in cars" rules no bringing of dogs."""
    ruled = [m[1].casefold() for m in RULED_VERB.finditer(clause)]
    if doing is None or not ruled:
        return True
    allowed = forms(doing) | (_GOING if doing in _GOING else frozenset())
    return any(verb in allowed or any(verb in forms(going) for going in allowed) for verb in ruled)


def _thing(asking: str) -> str | None:
    """The thing a question asks leave for: the word after its doing ("dog" of "can we bring our dog
    to …", "cash" of "can I pay cash"), or the thing it asks is allowed ("dogs" of "are dogs allowed");
    None for a pronoun ("it") or none."""
    said = words(asking)
    at = next((at for at, word in enumerate(said) if word in _DOINGS), None)
    if at is None:
        allowed = _THING_ALLOWED.search(asking.casefold())
        said, at = (words(allowed[1] or allowed[2]), -1) if allowed else ([], -1)
    after = [w for w in said[at + 1 :] if w not in FILLER and w not in _NO_THING]
    return after[0] if after and after[0] not in _PRONOUNS else None


_SAID_AS = dict.fromkeys(["kid", "kids"], "kid kids child children")  # "her own kids": "their own children"
_PRONOUNS = frozenset({"it", "them", "him", "her", "this", "that", "these", "those", "one"})


def _excepted_keys(clause: str, start: int, end: int) -> set[str]:
    """What a rule's exception names that its rule does not: "assistance" of "Dogs are not allowed,
    apart from assistance dogs"."""
    return stem_keys(clause[end:]) - stem_keys(clause[:start])
