"""The rule of ages a document sets for what a question asks someone of an age may do, read without
the model.

Asked "my 14 year old really wants to have a go on the scratter, is that ok?" over a co-op's safety
section ("Children under 12 must stay behind the rope line … Nobody under 16 may operate the scratter
(the electric fruit mill); 12 to 15 year olds may turn the press screw with a volunteer."), the 135M
reader answered "No, the scratter is the electric fruit mill.", or inverted the rule. A reader answers
by the rule: the one clause that bounds an age and says what the question asks about. So does this,
for a question asking leave for someone of one age, in the document's own words. Example::

    age_ruled("Can my 14 year old use the scratter?",
              "Co-op › Safety: Nobody under 16 may operate the scratter. Closed shoes are required.")
    # 'No: Nobody under 16 may operate the scratter.'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chatbot.rag.answer_kind import yes_or_no
from chatbot.rag.grounding import ASKING, LIGHT, stem_keys
from chatbot.rag.table_lookup import row_cells
from chatbot.rag.verbs import forms
from ingest.separators import PATH_SEPARATOR, body_of, heading_of
from ingest.text import sentences
from vectorstore.words import FILLER, stated, without_ages, words

# a number that is no age: a unit after it ("over 11 km", "under 6 months"), a currency's mark before it
_UNIT_AFTER = (
    r"(?![.,]\d|\s?(?:%|km|kg|m|mm|cm|mph|miles?|metres?|hours?|minutes?|days?|weeks?|months?|people)\b)"
)
_FROM_AGE = r"\b(?:from|starting at) (?:the )?age(?: of)? "  # "from age 6", "from the age of 6 to 10"
_FROM_TO = r"\s*(?:to|-|\u2013|up to|until)\s*"
_NO_COUNT = r"(?<![£$€\d.])(?<!\bof )"  # no sum ("£50 and over"), no count of things ("groups of 10+")
# a bound of ages, each way it is written, and the ages it holds ("under 16": younger than 16)
_BOUNDS: list[tuple[re.Pattern[str], Callable[[int, int, int], bool]]] = [
    (re.compile(r"\b(\d{1,2})\s*(?:to|-|\u2013)\s*(\d{1,2})[\s-]*(?:years?|yrs?)[\s-]*olds?\b", re.I),
     lambda age, a, b: a <= age <= b),
    (re.compile(rf"\baged\s+(\d{{1,2}})\s*(?:to|-|\u2013)\s*(\d{{1,2}})\b{_UNIT_AFTER}", re.I),
     lambda age, a, b: a <= age <= b),
    (re.compile(rf"\b(?:under|below|younger than)[\s-](\d{{1,2}})s?\b{_UNIT_AFTER}", re.I),
     lambda age, a, _: age < a),
    (re.compile(rf"\b(?:over|above|older than)\s+(\d{{1,2}})\b{_UNIT_AFTER}", re.I),
     lambda age, a, _: age > a),
    (re.compile(rf"\b(?:at least|minimum(?: age)?(?: of)?|min\.?)\s+(\d{{1,2}})\b{_UNIT_AFTER}", re.I),
     lambda age, a, _: age >= a),
    (re.compile(rf"{_FROM_AGE}(\d{{1,2}}){_FROM_TO}(?:age )?(\d{{1,2}})\b{_UNIT_AFTER}", re.I),
     lambda age, a, b: a <= age <= b),
    (re.compile(rf"{_FROM_AGE}(\d{{1,2}})\b{_UNIT_AFTER}(?!{_FROM_TO}(?:age )?\d)", re.I),
     lambda age, a, _: age >= a),
    (re.compile(rf"{_NO_COUNT}\b(\d{{1,2}})\s*(?:\+|(?:or|and) (?:over|older|above))", re.I),
     lambda age, a, _: age >= a),
    (re.compile(rf"{_NO_COUNT}\b(\d{{1,2}})\s*(?:or|and) (?:under|younger)\b", re.I),
     lambda age, a, _: age <= a),
]  # fmt: skip
# a rule that forbids what it bounds: "Nobody under 16 may …", "Under-8s are not allowed …"
FORBIDS = re.compile(r"\b(?:not|no|nobody|never|cannot|can't|mustn't|aren't|isn't|won't)\b", re.IGNORECASE)
# a yes-or-no clause after the scene: "My daughter is 13, can she fly …?", "…, is that ok?"
ASKS_IF = re.compile(r"[,;:\u2013-]\s*(?:can|could|may|is|are|does|do|will|would|should)\b", re.IGNORECASE)
# what asks leave to do something, not any yes or no ("does the café have nut-free options?")
LEAVE = re.compile(r"\b(?:can|could|may|allowed|ok|okay|able|let)\b", re.IGNORECASE)
# the verb a rule's modal rules ("may not be left", "cannot go", "may work on the till"): the doing it rules
RULED_VERB = re.compile(
    r"\b(?:may|can|cannot|can't|must|mustn't)\s+(?:not\s+)?(?:be\s+)?([a-z]+)", re.IGNORECASE
)
# the one doing a question asks leave for in so many words: "is he allowed to volunteer"
_ASKED_DOING = re.compile(r"\b(?:allowed|permitted|able|old enough)\s+to\s+([a-z]+)", re.IGNORECASE)
# a verb a clause says as a doing, after a modal or "to" ("may work", "over to drive", "apply to volunteer")
_DOING = re.compile(r"\b(?:to|may|can|cannot|must|not)\s+(?:be\s+)?([a-z]+)", re.IGNORECASE)
# words after a modal that rule no doing: "must be aged 18", "must be at least 18", "must be over 16"
_NO_DOING = frozenset({"aged", "at", "over", "under", "able", "allowed", "permitted", "welcome"})
# doings any rule of the place rules ("come", "join"), and the verbs of a state ("must be 14 or over")
_ANY_DOING = frozenset({"come", "go", "attend", "join", "take", "do", "be", "enter", "visit", "get", "have"})
# a rule that allows its ages one thing only: "12 to 15 year olds can only come to the Sunday sessions"
_ONLY = re.compile(r"\bonly\b", re.IGNORECASE)
# a duty to have a grown-up with them: "must have a parent or carer stay", "must be accompanied",
# "must be with an adult" (not "must have a consent form signed by a parent")
_ESCORT = re.compile(
    r"\b(?:must|ha(?:ve|s) to|needs? to|(?:is|are) required to)\b[^;]*?\b(?:accompan\w*|supervis\w*"
    r"|collected|signed (?:in|out)|(?:with|have|has) (?:a|an|their|his|her) (?:parent|adult|carer|guardian"
    r"|grown-up)s?)\b",
    re.IGNORECASE,
)
_GROWN_UPS = r"(?:parents?|adults?|carers?|guardians?|grown-ups?)\b"
_GROWN_UP = re.compile(rf"\b{_GROWN_UPS}", re.IGNORECASE)
_OF_GROWN_UPS = re.compile(rf"\s*(?:an?\s+|the\s+)?{_GROWN_UPS}", re.IGNORECASE)  # "Parents are welcome …"
# a question asking whether someone may go without such a grown-up: "on her own", "drop him off"
_ALONE = re.compile(
    r"\b(?:alone|unaccompanied|on (?:his|her|their|my|your|our) own|by (?:him|her|my|your)self"
    r"|by themselves|without (?:me|us|an? (?:parent|adult|grown-up|carer|guardian)"
    r"|(?:his|her|their|my|our) (?:parents?|mum|dad|carer|guardian)s?)"
    r"|(?:drop|leave) (?:him|her|them)(?=\s+(?:off|at|in|there|with|outside|alone|for|while)\b|\s*[?.,!]"
    r"|\s*$))",
    re.IGNORECASE,
)
# the words of a rule, not a statement of what an age group does: leave, duty, limit, fitness, or whom a
# place takes ("We see children aged 5 and over"; not "Beginners under 8 start on 30-minute lessons")
_RULES = re.compile(
    r"\b(?:may|can|cannot|can't|must|mustn't|allowed|permitted|welcome|only|not|no|nobody|never|minimum"
    r"|maximum|limit|suitable|open to|restricted|required|need|needs|for|see|accept|accepts|take|takes"
    r"|treat|treats|admit|admits|admitted|serve|serves)\b|\d\s?\+",
    re.IGNORECASE,
)
# a rule's words letting someone go without a grown-up: "may swim unsupervised", "may be dropped off"
_LETS_ALONE = re.compile(
    r"\b(?:alone|unsupervised|unattended|unaccompanied|independently|on their own|dropped off|be left"
    r"|without (?:adult |parental )?supervision|without an? (?:adult|parent|grown-up|carer|guardian))\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r";\s+")  # a rule's clauses each bound their own ages
# a reason given for a rule, which says nothing of what it is about: "…, because we will already have
# ordered stock"
_REASON = re.compile(r",?\s+because\b[^;]*?(?=;|$)", re.IGNORECASE)
EXCEPT = re.compile(r"\b(?:except|apart from|other than|with the exception of)\b", re.IGNORECASE)
# what may stand between an exception and its bound of ages: "from patients", "for children", "those"
_EXCEPTED_PEOPLE = re.compile(
    r"\s*(?:(?:from|for|by) )?(?:(?:the|those|any|people|children|[a-z]+s) )*(?:aged? )?", re.IGNORECASE
)
_FIELD_PATH = re.compile(r"^[a-z_]+(?:\.[a-z0-9_]+)+:\s+")  # a record's field: "policies.cancellation: "


def age_ruled(question: str, document: str) -> str | None:
    """The one clause of prose ``document`` that bounds an age and says the most of what a question
    asking leave for someone of one age asks about (its words less the age and the asking), among
    equals the one saying the most of its asking sentence, then the one whose bound holds the age
    (:func:`ruling_clause`); None for any other question, a table row, or no such clause or two
    alike."""
    age = _age_asked(question)
    if age is None:
        return None
    if (cells := row_cells(document)) is not None:
        return _row_ruled(question, cells)
    ruling = _ruling_clause(question, document, age)
    if ruling is None:
        return None
    clause, holds = ruling
    if _other_doing(question, clause):  # "allowed to volunteer": not "Only volunteers … may work on the till"
        return None
    rule = as_rule(clause)
    forbids = bool(FORBIDS.search(clause)) != _excepted(clause)
    if holds and _ONLY.search(clause) and not forbids:
        return rule  # leave on a condition: whether the question's case meets it is the rule's to say
    if _escorted(clause) and not forbids:  # the ages bounded must have a grown-up with them
        if _ALONE.search(question):  # asked whether they may go without one ("drop her off"): not they
            return f"{'No' if holds else 'Yes'}: {rule}"
        if not holds:
            return None  # a duty of other ages says nothing of what theirs may do
    allowed = holds != forbids
    if allowed and _ALONE.search(question) and not _LETS_ALONE.search(clause):
        return None  # "Children can start lessons from age 6" lets her come, not walk home by herself
    terms = _terms_of_age(document, age, clause) if allowed else None
    return f"{'Yes' if allowed else 'No'}: {rule}{f' {terms}' if terms else ''}"


def ages_another_doing(question: str, document: str) -> bool:
    """Whether prose ``document``'s rule of ages for what the question asks is of another doing than
    the one it asks leave for ("may work on the till" for "allowed to volunteer"), so says nothing
    of it: the rule of that doing may stand in another chunk of the file."""
    age = _age_asked(question)
    ruling = (
        None if age is None or row_cells(document) is not None else _ruling_clause(question, document, age)
    )
    return ruling is not None and _other_doing(question, ruling[0])


def _age_asked(question: str) -> int | None:
    """The one age a yes-or-no question asking leave gives ("my son is 14 - is he allowed to …"), or
    None."""
    aged = {a for a in stated(words(question)) - stated(words(without_ages(question))) if a.isdigit()}
    asks = yes_or_no(question) or ASKS_IF.search(question)
    return int(aged.pop()) if len(aged) == 1 and asks and LEAVE.search(question) else None


def _ruling_clause(question: str, document: str, age: int) -> tuple[str, bool] | None:
    """The clause of ``document`` that rules on ``age`` for what the question asks (see
    :func:`ruling_clause`), with whether its bound holds the age."""
    asked = asked_keys(without_ages(question))
    pressed = asked_keys(without_ages(asking_sentence(question)))
    return ruling_clause(asked, document, lambda clause: _ruling(clause, age), headed=True, pressed=pressed)


def _terms_of_age(document: str, age: int, clause: str) -> str | None:
    """The first other sentence of ``document`` that names the age asked as the rule's people, the
    terms of the leave the rule gives them ("Volunteers aged 14 and 15 need a signed consent form …"
    after "Volunteers must be 14 or over"; not "Swimmers aged 16 and under …" after a rule of
    members, nor "The 12-year-olds' trip to the zoo is on 4 August", which rules nothing); None where
    none does."""
    span = r"\d+\s*(?:-|\u2013|to|and)\s*"
    named = re.compile(
        rf"\b(?:aged?|ages)\s+(?:{span})?{age}\b"  # "aged 14 and 15", "ages 12-14"
        rf"|\b(?:{span})?{age}(?:\s*(?:-|\u2013|to|and)\s*\d+)?[- ]years?[- ]olds?\b"  # "14-year-olds"
        rf"|\b{age}-\s+and\s+\d+-years?-olds?\b",  # "14- and 15-year-olds"
        re.IGNORECASE,
    )
    ruled = stem_keys(clause)
    for sentence in sentences(body_of(document)):
        if clause in sentence or not (found := named.search(sentence)):
            continue
        whom = {key for w in words(sentence[: found.start()]) if w not in FILLER for key in stem_keys(w)}
        if (whom & ruled) if whom else _TERMS.search(sentence[found.end() :]):
            return sentence
    return None


# what a sentence opening on an age group lays on it: "14- and 15-year-olds need a consent form"
_TERMS = re.compile(r"^\W*(?:need|must|may|can|cannot|should|have to|are required)\b", re.IGNORECASE)


def _other_doing(question: str, clause: str) -> bool:
    """Whether the question asks leave to do one thing in so many words and the clause's modal rules
    another: "allowed to volunteer" of "may work on the till" (a place's every doing, "come", "join",
    aside)."""
    asked = _ASKED_DOING.search(question)
    if not asked or asked[1].casefold() in _ANY_DOING:
        return False
    doing = forms(asked[1].casefold())
    if {m[1].casefold() for m in _DOING.finditer(clause)} & doing:
        return False  # "must be aged 25 or over to drive the minibus", "can apply to volunteer"
    return bool({m[1].casefold() for m in RULED_VERB.finditer(clause)} - _ANY_DOING - _NO_DOING)


def _row_ruled(question: str, cells: list[tuple[str, str]]) -> str | None:
    """A table row's rule of ages, read as the sentence its named cells and its cell of a least or
    most age would make ("Black Holes: Edge of Forever: minimum age 10 years" of ``Show`` and ``Age
    guidance: min. 10 years``), told as the row writes them; None for a row with no such cell (a
    bare "7+" may be guidance only)."""
    named = [value for _, value in cells if value and not any(c.isdigit() for c in value)]
    bounds = [
        (column, value) for column, value in cells if _AGE_COLUMN.search(column) and _BARE_BOUND.match(value)
    ]
    if len(bounds) != 1 or not named:
        return None
    column, value = bounds[0]
    said = f"{named[0]}: {_LEAST_MOST.sub(lambda m: f'{m[1].casefold()}imum age ', value)}."
    ruled = age_ruled(question, said)
    return ruled and f"{ruled.split(':', 1)[0]}: {named[0]}: {column}: {value}."


_AGE_COLUMN = re.compile(r"\bages?\b", re.IGNORECASE)
_BOUND_WORD = r"(min|max)(?:imum|\.)?\s*(?:age\s*)?"  # "min.", "minimum age", "max"
_LEAST_MOST = re.compile(rf"\b{_BOUND_WORD}(?=\d)", re.IGNORECASE)
# a cell that is a bound and nothing else ("min. 10 years"; not "min. 7 (younger with a parent)")
_BARE_BOUND = re.compile(rf"^{_BOUND_WORD}\d+\s*(?:years?|yrs?)?\.?$", re.IGNORECASE)


def _escorted(clause: str) -> bool:
    """Whether the clause has the ages it bounds go with a grown-up: its bound stands before the duty
    and is no grown-up's ("Children under 8 must have a parent stay"; not "Children must be
    accompanied by an adult aged 18 or over", "A parent aged 18+ must stay with the children")."""
    duty = _ESCORT.search(clause)
    before = clause[: duty.start()] if duty else ""
    bound = min((m.start() for pattern, _ in _BOUNDS for m in pattern.finditer(before)), default=None)
    return bound is not None and not _GROWN_UP.search(before[:bound])


def _ruling(clause: str, age: int) -> bool | None:
    """Whether a clause's bound of ages holds ``age`` (None where it bounds none, says no leave, duty
    or limit, "Beginners under 8 start on 30-minute lessons", or rules grown-ups: "Parents are welcome
    to sit in on lessons for children under 10")."""
    return _holds(clause, age) if _RULES.search(clause) and not _OF_GROWN_UPS.match(clause) else None


def asking_sentence(question: str) -> str:
    """The sentence of a question that asks ("Can she book a pitch herself?" after "My daughter is 15
    and wants to sell her old toys."), or the whole question."""
    asking = [s for s in sentences(question) if s.rstrip().endswith("?")]
    return asking[-1] if asking else question


def _excepted(clause: str) -> bool:
    """Whether what the clause forbids it allows the ages its exception bounds: "We do not take
    requests by phone, except from patients aged 75 and over" (not "Apart from Sundays, children
    under 12 may not …", "… except with a parent aged 18 or over", "… except that under 16s must
    leave by 9pm": exceptions of something else)."""
    exception = EXCEPT.search(clause)
    if not exception or not FORBIDS.search(clause[: exception.start()]):
        return False
    rest = clause[exception.end() :]
    bound = min((m.start() for pattern, _ in _BOUNDS for m in pattern.finditer(rest)), default=None)
    return bound is not None and bool(_EXCEPTED_PEOPLE.fullmatch(rest[:bound]))


def as_rule(clause: str) -> str:
    """A rule's ``clause`` told as a sentence of its own, less the record's field it is the value of
    ("policies.cancellation: sessions cancelled …")."""
    clause = _FIELD_PATH.sub("", clause).strip() or clause  # a field with nothing after it: as written
    return f"{clause[:1].upper()}{clause[1:]}."


def asked_keys(question: str) -> set[str]:
    """The stems of what a question asks about: its words less numbers and the asking."""
    return {
        key
        for w in words(question)
        if w.isalpha() and w not in FILLER | ASKING | LIGHT
        for key in stem_keys(w)
    }


def ruling_clause(
    asked: set[str],
    document: str,
    holds: Callable[[str], bool | None],
    tiers_of: set[str] = frozenset(),
    headed: bool = False,
    pressed: set[str] = frozenset(),
) -> tuple[str, bool] | None:
    """The one clause of ``document`` that writes a bound (``holds``: whether its bounds hold the
    question's value; None where it writes none) and says the most of ``asked``, among equals the
    one whose bound holds, with whether it does; None for no such clause or two alike. Where given
    ``tiers_of`` (what the question asks of, besides its measure), a rule's one tier whose bound
    holds is it, if its sentence or an earlier tier's says one of them, other than in a reason it
    gives ("Gin School: full refund with at least 7 days' notice; 50% refund with 3 to 6 days'
    notice" for 5 days; not "…, because we will already have ordered stock"), and no clause
    is that says none of them ("Returns are accepted within 28 days." for "open 7 days a week?").
    Where ``headed`` and no clause says anything asked, a clause requiring the asker's age says what
    its section's heading says (:func:`_ruled`). Among clauses that say as much of ``asked``, the
    one saying the most of ``pressed`` (what the question's asking sentence asks about) rules, and
    among those the one whose bound holds."""
    judged = [  # each sentence's clauses, with whether their bounds hold the value
        [(clause, holds(clause)) for c in _CLAUSE_END.split(s) if (clause := c.rstrip(".; "))]
        for s in sentences(body_of(document))
    ]
    tier = _tier(judged) if tiers_of else None
    if tier and tiers_of & _ruled_keys(" ".join(_tiers_sentences(judged, tier[1]))):
        return tier[0], True
    ruled = _ruled(judged, asked)
    ruled = ruled or (_ruled(judged, asked, _section_keys(document), _REQUIRED) if headed else [])
    ranked = [(said, len(pressed & stem_keys(clause)), held, clause) for said, held, clause in ruled]
    best = max((rank[:3] for rank in ranked), default=None)
    found = [clause for *rank, clause in ranked if tuple(rank) == best]
    if not best or len(found) != 1 or (tiers_of and not tiers_of & _ruled_keys(found[0])):
        return None
    return found[0], best[2]


def _ruled(
    judged: list[list[tuple[str, bool | None]]],
    asked: set[str],
    section: frozenset[str] = frozenset(),
    requiring: re.Pattern[str] | None = None,
) -> list[tuple[int, bool, str]]:
    """The clauses that write a bound and say some of ``asked``, each with how much and whether
    its bound holds; with a ``section``'s heading, those ``requiring`` a bound of the asker's age,
    which say what its heading says ("To drive one you must be aged 25 to 75" under "Courtesy cars";
    not "Under 5s eat free" under "Café" for a dog at the café)."""
    return [
        (said, held, clause)
        for sentence in judged
        for clause, held in sentence
        if held is not None
        and (requiring is None or requiring.search(clause))
        and (said := len(asked & (_ruled_keys(clause) | section)))
    ]


# a clause that bounds the asker's age: "To drive one you must be aged 25 to 75" (not "Staff must be 18")
_REQUIRED = re.compile(r"\byou must be\b|\bminimum age\b", re.IGNORECASE)


def _ruled_keys(clause: str) -> set[str]:
    """The stems of what a rule's ``clause`` is about: its words less any reason it gives
    (:data:`_REASON`)."""
    return stem_keys(_REASON.sub("", clause))


def _section_keys(document: str) -> frozenset[str]:
    """The stems of the last heading over a chunk ("6. Courtesy cars" of "Price Guide › 6. Courtesy
    cars: …"), what its every clause is about; none for a chunk under its file's title only."""
    path = heading_of(document).split(PATH_SEPARATOR)
    return frozenset(stem_keys(path[-1])) if len(path) > 1 else frozenset()


def _tier(judged: list[list[tuple[str, bool | None]]]) -> tuple[str, int] | None:
    """The one clause whose bound holds the question's value, with its sentence's place, of all the
    document's (``judged``: its sentences' clauses, with whether their bounds hold it; None: none)
    or else of the one sentence that writes several bounds, tiers of one rule."""
    holding = [[clause for clause, held in sentence if held] for sentence in judged]
    if sum(map(len, holding)) == 1:
        return next((clauses[0], at) for at, clauses in enumerate(holding) if clauses)
    tiers = [
        (held[0], at)
        for at, (sentence, held) in enumerate(zip(judged, holding, strict=True))
        if len(held) == 1 and sum(bound is not None for _, bound in sentence) > 1
    ]
    return tiers[0] if len(tiers) == 1 else None


def _tiers_sentences(judged: list[list[tuple[str, bool | None]]], at: int) -> list[str]:
    """The clauses of a tier's sentence (at ``at``), and of the one before where that writes a
    bound too, an earlier tier of the rule ("Cancel at least 72 hours before … Between 72 and 24
    hours before, we refund 50%.")."""
    before = judged[at - 1] if at else []
    tiers = judged[at] + (before if any(held is not None for _, held in before) else [])
    return [clause for clause, _ in tiers]


def _holds(sentence: str, age: int) -> bool | None:
    """Whether a bound of ages the sentence writes holds ``age`` (None: it writes none)."""
    bounds = [
        holds(age, int(m[1]), int(m[2]) if m.lastindex and m.lastindex > 1 else 0)
        for pattern, holds in _BOUNDS
        for m in pattern.finditer(sentence)
    ]
    return any(bounds) if bounds else None
