"""Questions about several entities, split into one question per entity.

"What are the capitals of Peru and Chile?" needs two documents; retrieval for the whole question finds
the nearer one and the model answers half. A rule splits it, the way a reader would: a list of names
joined by "and" (or commas and "and") is replaced by each name in turn, the rest of the question
kept and said of one: "What is the capital of Peru?", "What is the capital of Chile?". Each part is
retrieved and answered on its own (:mod:`chatbot.rag.chain`). A name is a capitalized word that does
not open the question, a code (a word with letters and digits), or a word the documents only ever
write capitalized inside a sentence (``names``), so "capital of peru and chile" splits too; so do
two things in lower case after "the" that the documents name each but not together ("how long are
the millrace loop and the quarry climb"). A list after "between" or "from"
("the distance between A and B"), or one the documents name as a whole ("Bosnia and Herzegovina",
``known``), stays one question. Two questions joined by "and" ("Who is the warden of X, and who
directs Y?") become two; a half that names nothing of its own is said of the first half's subject
("For Wendle Moor, who's the captain and where's their home venue?" → "… who's the captain?",
"Wendle Moor: where's their home venue?"; neither part then is named as an entity of its own, so
one left unanswered is told by its question, not as "I don't know about Wendle Moor"), unless it is
one word or speaks of a person the first half asks for ("Who founded X and when?", "… and when did
she die?" stay one). Two question words
joined ("When and where is the drop-in?") ask two things of one subject: "When is the drop-in?",
"Where is the drop-in?". Example::

    split("How many passengers could the Northern Lantern and the Grey Heron carry?")
    # [('How many passengers could the Northern Lantern carry?', 'the Northern Lantern'),
    #  ('How many passengers could the Grey Heron carry?', 'the Grey Heron')]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable

from chatbot.rag.answer_kind import UNIT
from vectorstore.words import FILLER, OPENERS, WEEKDAYS, calendar, is_code

_TOKEN = re.compile(r"[\w'’&.\u2013-]+|[^\w\s]")  # "3\u20134" one word, as "3-4" is
_ARTICLES = {"the", "a", "an"}
_JOINERS = {"and", ","}
_NOT_LISTS = {"between", "from", "both", "versus", "vs"}
# words that open another question after "and" ("… and who directs Y?")
_QUESTION_WORDS = {
    "what", "what's", "which", "who", "who's", "whom", "whose", "where", "where's", "when", "when's", "how",
}  # fmt: skip
_LEADING = frozenset({"at", "in", "on", "from", "to", "for", "with", "by"})  # "and at which pool"
_WHICH_THING = frozenset({"which", "what", "whose"})  # a thing asked after a preposition (not "for how long")
# a person the first half asks for, spoken of again ("Who founded X and when did she die?")
_PERSONS = {"he", "she", "him", "her", "his", "hers"}
_POSSESSIVES = {"their", "its", "his", "her"}
_THINGS_OWNERS = {"its", "their"}  # "the club's secretary and her husband": hers, not the club's
# what may open a lead that names the subject ("For Wendle Moor, …", "About the hut - …")
_LEADS = {"for", "about", "regarding", "re", "on", "as", "and"}
_PREPOSITIONS = {"for", "of", "at", "in", "on", "to", "from", "with", "about", "by"}
_VERBS = {"is", "are", "was", "were", "do", "does", "did", "can", "will", "would", "has", "have", "had"}
_TAIL = {"at", "in", "on"}  # what opens a place both things share
_BREAKS = {",", "-", "\N{EN DASH}", "\N{EM DASH}", ":"}

MAX_PARTS = 4
_DESCRIBING_WORDS = 7  # words after a name, "and" included, that say which of its things is meant
THING_WORDS = 3


_MEASURED = re.compile(r"^\d+(?:\.\d+)?-[a-z]+$")  # a number and its unit made one word: "30-minute"


def is_name(word: str, first: bool, names: Iterable[str]) -> bool:
    """A word that names something: capitalized (the question's first word only when it is not one
    that opens sentences), a code, or known to the documents as a name."""
    if word == "I" or _MEASURED.match(word):  # "a 30-minute lesson" names no thing
        return False
    if is_code(word):
        return True
    bare = _POSSESSIVE_END.sub("", word.casefold())  # "Who's", "What's" open as "Who", "What" do
    if word[:1].isupper() and not (first and (bare in OPENERS or bare in FILLER)):  # "By when …"
        return True
    return word.casefold() in names and bare not in OPENERS  # an FAQ's "Q: How …" names none


def _runs(tokens: list[str], names: set[str]) -> list[tuple[int, int]]:
    """The (start, end) spans of consecutive name words ("Harlow & Pike" one), an article before one
    included."""

    def named(i: int) -> bool:
        if i >= len(tokens) or tokens[i].casefold() in _JOINERS or _dated(tokens, i):
            return False
        return is_name(tokens[i], i == 0, names)

    runs, i = [], 0
    while i < len(tokens):
        if not named(i):
            i += 1
            continue
        start = i - 1 if i and tokens[i - 1].casefold() in _ARTICLES else i
        while named(i) or (tokens[i : i + 1] == ["&"] and named(i + 1)) or _code_number(tokens, i):
            i += 1
        runs.append((start, i))
    return runs


def _dated(tokens: list[str], i: int) -> bool:
    """Whether the token at ``i`` is a month after its day ("7 March"): a date, no name."""
    month = calendar(tokens[i].casefold())
    return bool(i and tokens[i - 1].isdigit() and month and month not in WEEKDAYS)


def _things(tokens: list[str], known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Two things named in lower case, each after an article, joined by "and", that the documents
    each name but not together: "the millrace loop and the quarry climb", "a simple extraction and a
    surgical extraction" (at most :data:`THING_WORDS` words each); the first may say more than the
    documents name ("the VPN idle disconnect time and the session timeout": "idle disconnect")."""
    for i, token in enumerate(tokens[:-2]):
        if token.casefold() != "and" or tokens[i + 1].casefold() not in _ARTICLES:
            continue
        first = max((s for s in range(i) if tokens[s].casefold() in _ARTICLES), default=-1)
        if first < 0 or not 0 < i - first - 1 <= THING_WORDS + 1 or not _words(tokens[first + 1 : i]):
            continue
        if numbered := _numbered_pair(tokens, first, i):
            return numbered
        ends = range(min(len(tokens), i + 2 + THING_WORDS + 2), i + 2, -1)
        end = next((e for e in ends if _words(tokens[i + 2 : e]) and _named_as(tokens[i + 2 : e], known)), 0)
        if end and _named(tokens[first + 1 : i], known):
            return [(first, i), (i + 1, end)]
        if _one_of_each(tokens, first, i):
            return [(first, i), (i + 1, 2 * i - first + 1)]
    return []


def _numbered_pair(tokens: list[str], first: int, i: int) -> list[tuple[int, int]]:
    """The two things of "and" at ``i`` when the first is only a number (a year, say) and the
    second opens with as many: "the 2022 and the 2025 annual services" asks of the 2022 annual
    service and of the 2025 one, what follows the second's numbers said of both; else none."""
    size = i - first - 1
    second = tokens[i + 2 : i + 2 + size]
    if len(second) < size or not all(_NUMBER.fullmatch(t) for t in (*tokens[first + 1 : i], *second)):
        return []
    return [(first, i), (i + 1, i + 2 + size)]


def _numbered_things(tokens: list[str]) -> list[tuple[int, int]]:
    """Two numbers joined by "and" after a plural noun, each a thing's number: "incidents 26-002 and
    26-004", "plots 7 and 9" ask of each (not a span, "between pages 3 and 5", nor two measures, "30
    and 60 minutes", nor two set against each other: "Do ages 5 and 11 cost the same?")."""
    if {t.casefold() for t in tokens} & _SET_AGAINST:
        return []
    for i, token in enumerate(tokens[2:-1], 2):
        noun, after = tokens[i - 2], tokens[i + 2].casefold() if i + 2 < len(tokens) else ""
        if token.casefold() != "and" or not noun.islower() or not noun.endswith("s") or len(noun) < 4:
            continue
        if (i > 2 and tokens[i - 3].casefold() in _NOT_LISTS) or after in UNIT:
            continue
        if all(_NUMBERED.fullmatch(t) for t in (tokens[i - 1], tokens[i + 1])):
            return [(i - 1, i), (i + 1, i + 2)]
    return []


def _one_noun_numbered_twice(tokens: list[str]) -> list[tuple[int, int]]:
    """Two things of one noun, each with its number: "Grade 1 and Grade 8", "week 2 and week 4", "No.
    82011 and No. 82101" ask of each (not two set against each other: "Is Grade 1 the same as Grade 2?")."""
    if {t.casefold() for t in tokens} & _SET_AGAINST:
        return []
    for i, token in enumerate(tokens[2:-2], 2):
        noun, number, again, other = tokens[i - 2], tokens[i - 1], tokens[i + 1], tokens[i + 2]
        same = noun.rstrip(".").isalpha() and noun.casefold() == again.casefold()  # "No. 82011 and No. 82101"
        if token.casefold() == "and" and same and _NUMBERED.fullmatch(number) and _NUMBERED.fullmatch(other):
            return [(i - 2, i), (i + 1, i + 3)]
    return []


_SET_AGAINST = frozenset({
    "same", "difference", "different", "compare", "compared", "than", "total", "both", "together", "combined",
    "altogether", "share", "apart", "between", "or", "swap", "switch", "exchange",
    "cheaper", "dearer", "bigger", "larger", "smaller", "longer", "shorter", "higher", "lower", "faster",
    "slower", "older", "newer", "better", "worse",
})  # fmt: skip


def _same_noun(tokens: list[str]) -> list[tuple[int, int]]:
    """Two things in lower case that say the same noun after a word of their own, joined by "and":
    "potato delivery and carrot delivery", "a day ticket and a week ticket", "a registered boat vs a
    visiting boat" (an article before the second kept with it)."""
    for i, token in enumerate(tokens[2:-2], 2):
        second = i + 2 if tokens[i + 1].casefold() in _ARTICLES else i + 1
        if token.casefold().rstrip(".") not in ("and", "vs", "versus") or second + 1 >= len(tokens):
            continue
        pair = [tokens[i - 2], tokens[i - 1], tokens[second], tokens[second + 1]]
        if all(_plain_word(t) for t in pair) and pair[1] == pair[3] and pair[0] != pair[2]:
            first = i - 3 if i > 2 and tokens[i - 3].casefold() in _ARTICLES else i - 2
            return [(first, i), (i + 1, second + 2)]
    return []


def _versus(tokens: list[str]) -> list[tuple[int, int]]:
    """Two words in lower case set against each other: "price manual vs automatic" asks the price of
    each (not names, which a match or a case is: "Wendle Moor vs Quorne")."""
    for i, token in enumerate(tokens[1:-1], 1):
        against = token.casefold().rstrip(".") in ("vs", "versus")
        if against and _plain_word(tokens[i - 1]) and _plain_word(tokens[i + 1]):
            return [(i - 1, i), (i + 1, i + 2)]
    return []


def _known_pair(tokens: list[str], known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Two things of two or more words in lower case, without articles, joined by "and", that the
    documents name each but not together: "early drop-off and late pick-up" (the longest each side)."""
    for i, token in enumerate(tokens):
        if token.casefold() != "and":
            continue
        sizes = range(THING_WORDS, 1, -1)
        left = next((n for n in sizes if _lower_thing(tokens[max(0, i - n) : i], n, known)), 0)
        right = next((n for n in sizes if _lower_thing(tokens[i + 1 : i + 1 + n], n, known)), 0)
        if left and right and not known(_detok(tokens[i - left : i + 1 + right])):
            return [(i - left, i), (i + 1, i + 1 + right)]
    return []


def _lower_thing(thing: list[str], size: int, known: Callable[[str], bool]) -> bool:
    """Whether ``thing`` is ``size`` words in lower case (hyphens allowed) that open and close on no
    small word, and the documents name it."""
    if len(thing) != size or not all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", t) for t in thing):
        return False
    return thing[0] not in FILLER and thing[-1] not in FILLER and known(_detok(thing))


def _plain_word(token: str) -> bool:
    """Whether a token is a lower-case word that says something (no small word), hyphened or not
    ("off-peak")."""
    return bool(_HYPHENED_WORD.fullmatch(token)) and token.islower() and token not in FILLER


_HYPHENED_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _each_qualified(tokens: list[str], at: int) -> list[tuple[str, str | None]]:
    """The question once for each of the two words joined at ``at`` before their noun, said of one
    where a verb says how many ("What were the max and min temperatures …?" → "What was the max
    temperature …?", "What was the min temperature …?")."""
    before, noun, after = tokens[: at - 1], tokens[at + 2], tokens[at + 3 :]
    verbs = [i for i, token in enumerate(before) if token.casefold() in ("are", "were")]
    if verbs:
        before = [
            *before[: verbs[-1]],
            _SAID_OF_ONE[before[verbs[-1]].casefold()],
            *before[verbs[-1] + 1 :],
        ]
        noun = _SINGULAR_NOUN.sub(lambda m: _singular_ending(m[1]), noun)
    return [
        (_detok([*before, word, noun, *after]), f"{word} {noun}") for word in (tokens[at - 1], tokens[at + 1])
    ]


_SINGULAR_NOUN = re.compile(r"(ies|sses|[xz]es|[cs]hes|s)$")


def _modifiers(tokens: list[str], known: Callable[[str], bool]) -> int | None:
    """Where "and" joins two words before the plural noun they both qualify, each a word the documents
    write but not the two together: "the adult and child tickets" asks of adult tickets and of child
    tickets, "the member and non-member prices" of each price (the first no plural itself)."""
    for i in range(1, len(tokens) - 2):
        if tokens[i].casefold() != "and":
            continue
        first, second, noun = tokens[i - 1], tokens[i + 1], tokens[i + 2]
        qualifiers = [w.casefold() for w in (first, second)]
        if not all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", w) and w not in FILLER for w in qualifiers):
            continue
        if _plural(qualifiers[0]) or not _plural(noun) or noun in FILLER:
            continue  # "the washing machines and tumble dryers": two things, each with its own noun
        if known(first) and known(second) and not known(_detok(tokens[i - 1 : i + 2])):
            return i
    return None


def _plural(word: str) -> bool:
    """Whether a word in lower case reads as a plural noun ("tickets"; not "class")."""
    return word.isalpha() and word.islower() and word.endswith("s") and not word.endswith("ss")


def _one_of_each(tokens: list[str], first: int, i: int) -> bool:
    """Whether "and" at ``i`` joins two things of one word each, each after "a" or "an" and perhaps
    a measure: "a dog and a bike", "a 30-minute dry and a 10-minute top-up" ask of one and of the
    other, whatever words the documents use for them."""
    indefinite = {"a", "an"}
    size = i - first - 1
    return (
        size in (1, 2)
        and tokens[first].casefold() in indefinite
        and tokens[i + 1].casefold() in indefinite
        and _words(tokens[first + 1 : i])
        and _words(tokens[i + 2 : i + 2 + size])
        and all(_MEASURE.fullmatch(t) for t in (*tokens[first + 1 : i - 1], *tokens[i + 2 : i + size]))
    )


def _named_as(thing: list[str], known: Callable[[str], bool]) -> bool:
    """Whether the documents name a thing, a measure it opens with aside (no more than
    :data:`THING_WORDS` words then): "the 50 L cool box" is the "Cool box 50 L" they list."""
    at = 1 if _MEASURE.fullmatch(thing[0]) else 0
    if at and thing[0][-1].isdigit() and len(thing) > 2 and thing[1].casefold() in UNIT:
        at = 2  # the unit written after the number
    named = thing[at:]
    return bool(named) and (_portion(named, known) or (len(named) <= THING_WORDS and known(_detok(named))))


def _named(thing: list[str], known: Callable[[str], bool]) -> bool:
    """Whether the documents name a thing: the words of a short one together, two of a longer one's,
    or each side of a portion's "of" (:func:`_portion`)."""
    if len(thing) <= 2:
        return known(_detok(thing))
    return _portion(thing, known) or any(known(_detok(thing[at : at + 2])) for at in range(len(thing) - 1))


def _portion(thing: list[str], known: Callable[[str], bool]) -> bool:
    """Whether ``thing`` is a portion of something, "<amount> of <stuff>", whose two sides the
    documents name, if not together: "net of kindling", "full load of hardwood" of a price list's
    "Kindling, net" and "Seasoned hardwood logs, full load"."""
    if "of" not in thing[1:-1]:
        return False
    at = thing.index("of")
    amount, stuff = thing[:at], thing[at + 1 :]
    if len(amount) > 2 or len(stuff) > 2 or not all(map(_plain_word, amount + stuff)):
        return False  # "the secretary of the society": no portion
    return known(_detok(amount)) and known(_detok(stuff))


def _words(tokens: list[str]) -> bool:
    """Words and measures only, the last no filler: "the boardwalk", "a 10-minute top-up", not "the
    boardwalk at"."""
    return (
        all(_WORD.fullmatch(t) or _MEASURE.fullmatch(t) for t in tokens)
        and tokens[-1].casefold() not in FILLER
    )


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_MEASURE = re.compile(r"\d+(?:\.\d+)?(?:-[^\W\d_]+)?")  # "50", "2.5", "30-minute"
_NUMBER = re.compile(r"\d+(?:\.\d+)?")  # "2022", "2.5": no unit joined to it ("3-bedroom")
_NUMBERED = re.compile(r"\d+(?:[-/]\d+)*")  # a thing's number: "7", "26-002"


def _code_number(tokens: list[str], i: int) -> bool:
    """A number that completes a code written with a space: the 204 of "RX 204"."""
    previous = tokens[i - 1] if i else ""
    return (
        i < len(tokens)
        and tokens[i].isdigit()
        and previous.isupper()
        and previous.isalpha()
        and len(previous) <= 4
    )


def _known_whole(
    runs: list[tuple[int, int]], tokens: list[str], known: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """``runs`` with two joined by "and", "for" or "of" made one where the documents name them so:
    "Fish and Chips" is one dish of "the prices of Fish and Chips and Mushy Peas", "the Private
    Flight for Two" one flight."""
    merged: list[tuple[int, int]] = []
    for run in runs:
        if merged and [t.casefold() for t in tokens[merged[-1][1] : run[0]]] in (["and"], ["for"], ["of"]):
            whole = (merged[-1][0], run[1])
            if _one_thing(tokens[slice(*whole)], known):
                merged[-1] = whole
                continue
        merged.append(run)
    return merged


def _listed(tokens: list[str], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest sequence of runs separated only by "and" / "," (with an "and" somewhere)."""
    best: list[tuple[int, int]] = []
    group = runs[:1]
    for previous, run in itertools.pairwise(runs):
        between = {t.casefold() for t in tokens[previous[1] : run[0]]}
        if between and between <= _JOINERS:
            group.append(run)
        else:
            group = [run]
        joined = any(t.casefold() == "and" for t in tokens[group[0][1] : group[-1][0]])
        if len(group) > len(best) and joined:
            best = list(group)
    return best


def split(
    question: str, names: Iterable[str] = (), known: Callable[[str], bool] = lambda phrase: False
) -> list[tuple[str, str | None]]:
    """One (question, name) per joined question and per listed name, or ``[(question, None)]`` when
    it joins and lists none (at most :data:`MAX_PARTS`)."""
    names = {n.casefold() for n in names}
    tokens = _TOKEN.findall(question)
    paired = _paired(tokens) or _prepositions_twice(tokens) or _possessed_twice(tokens)
    if paired:
        return [(_detok(part), None) for part in paired]
    clauses = _clauses(tokens)
    clauses = [clauses[0], *(_echoed(clauses[0], clause) or clause for clause in clauses[1:])]
    named = [_runs(clause, names) for clause in clauses]
    if len(clauses) == 1 or not (all(named) or _apart(clauses[1:], _asks_who(clauses[0]))):
        listed = _listed_names(question, names, known)
        described = _described_twice(tokens, names) if len(listed) == 1 else None
        return [(_detok(part), None) for part in described] if described else listed
    capital, subject, lead = question[:1].isupper(), _subject(clauses[0], named[0]), _lead(clauses[0])
    referring = {t.casefold() for clause in clauses[1:] for t in clause} & _REFERRING
    they = any(_THEY_DO.search(_detok(clause)) for clause in clauses[1:])  # "… do they have to …": doers
    doer = _doer(clauses[0], they) if referring else None
    if doer and (subject in (None, lead) or (they and subject and subject in doer)):  # "who runs it?"
        subject = f"{lead}, {doer}" if lead else doer
    parts = [
        part
        for at, (clause, runs) in enumerate(zip(clauses, named, strict=True))
        for part in (
            _listed_names(
                _asked(_said_of(lead if at else None, clause), capital), names, known, _name(clause, runs)
            )
            if runs
            else [(_asked(_said_of(subject if at else None, clause), capital), None)]
        )
    ]
    if not all(named[1:]):  # a half said of the first's subject: the parts ask about one thing
        first = _name(clauses[0], named[0])
        parts = [(part, None if name == first else name) for part, name in parts]
    return parts if len(parts) <= MAX_PARTS else [(question, None)]


def leans_on(first: str, later: str) -> bool:
    """Whether a later part asks of the thing the first part asks exists ("Is there a student rate
    …?", "… how much is it?"): with the first unanswered, it has no answer of its own (the
    membership's price is no student rate's)."""
    opening = [t.casefold() for t in _TOKEN.findall(first)[:2]]
    exists = opening in (["is", "there"], ["are", "there"]) or bool(_HAVE.search(first))
    return (
        exists and first != later and not _REFERRING.isdisjoint(t.casefold() for t in _TOKEN.findall(later))
    )


_HAVE = re.compile(
    r"^(?:do|does|did|can|could|will)\b.*\b(?:(?:have|offer|sell|provide|do)\s+(?:a|an|any)"
    r"|(?:hire|rent|borrow|buy)\s+(?:a|an|any|some)?\s*[a-z]+)\b",
    re.IGNORECASE,
)  # "Does it have a …?", "Can you hire binoculars …?": whether there is such a thing
_REFERRING = frozenset({"it", "its", "they", "them", "their", "one", "that"})
# "they" doing something of their own: "how long do they have to put in a claim", "can they bring …" (not
# "when do they expire", "when are they harvested", "where can we buy them": the things asked)
_THEY_DO = re.compile(
    r"\b(?:(?:do|did)\s+they\s+(?:have|need)\s+to|they\s+(?:have|need)\s+to|(?:can|could|must|should|may)\s+they)\b",
    re.IGNORECASE,
)
# words after "and" that join no other thing before "for" ("and then for …"; "and then to …" is the
# next leg of a way, no second thing)
_THEN = frozenset({"then", "also"})


def _closing(tokens: list[str]) -> list[str]:
    """The question's closing mark ("?"), as a list of it or of none."""
    return tokens[-1:] if tokens and tokens[-1] in ("?", ".", "!") else []


def _prepositions_twice(tokens: list[str]) -> list[list[str]] | None:
    """The question once for each of two things when "and" joins them each after the same
    preposition ("… the minimum order values for Halsey & Thorne and for Bellbrook Wheel & Kiln?":
    "… for Halsey & Thorne?", "… for Bellbrook Wheel & Kiln?"; what follows the second at a
    place's preposition is said of both: "… for full membership and for concession membership at
    the workshop?"; "and then for …" as "and for …"), else None."""
    end = _closing(tokens)
    tokens = [  # "… for a first home visit and then for follow-up visits?": its "then" says no more
        token
        for at, token in enumerate(tokens)
        if not (
            token.casefold() in _THEN
            and [t.casefold() for t in tokens[at - 1 : at]] == ["and"]
            and [t.casefold() for t in tokens[at + 1 : at + 2]] == ["for"]
        )
    ]
    for at, token in enumerate(tokens[:-1]):
        preposition = tokens[at + 1].casefold()
        if token.casefold() != "and" or preposition not in _PREPOSITIONS:
            continue
        first = max((i for i in range(at - 1) if tokens[i].casefold() == preposition), default=-1)
        if first >= 0:
            before = tokens[: at - 1] if tokens[at - 1] == "," else tokens[:at]
            tail = next((i for i in range(at + 3, len(tokens)) if tokens[i].casefold() in _TAIL), None)
            shared = tokens[tail:] if tail is not None else end  # "… at the Kestrel Row workshop?"
            second = _owner_said(tokens[first + 1 : at], tokens[at + 2 :])
            return [before + shared, tokens[:first] + tokens[at + 1 : at + 2] + second]
    return None


def _possessed_twice(tokens: list[str]) -> list[list[str]] | None:
    """The question once for each of two things one owner has, the second said with a possessive
    word: "who are the darkroom's treasurer and its chemicals and safety officer" → "who are the
    darkroom's treasurer", "who are the darkroom's chemicals and safety officer"; else None."""
    if not tokens or tokens[0].casefold() not in _QUESTION_WORDS:
        return None
    for at, token in enumerate(tokens[:-2]):
        if token.casefold() != "and" or tokens[at + 1].casefold() not in _THINGS_OWNERS:
            continue
        owner = max((i for i in range(at) if tokens[i].endswith(("'s", "\u2019s"))), default=None)
        thing = tokens[owner + 1 : at] if owner is not None else []
        if thing and len(thing) <= THING_WORDS and all(_plain_word(t) for t in thing):
            return [tokens[:at] + _closing(tokens), tokens[: owner + 1] + tokens[at + 2 :]]
    return None


def _described_twice(tokens: list[str], names: set[str]) -> list[list[str]] | None:
    """The question once for each of its first two names when "and" joins them each with its own
    words after it: "Who leads the Carrick Meadow hedge laying on 7 March and the Wyndle Brook balsam
    clearing on 12 March?" → "Who leads the Carrick Meadow hedge laying on 7 March?", "Who leads the
    Wyndle Brook balsam clearing on 12 March?" (the question's head, which names nothing, said of
    both); else None."""
    runs = _runs(tokens, names)
    end = _closing(tokens)
    if len(runs) < 2 or runs[0][0] == 0 or runs[1][1] >= len(tokens) - len(end):
        return None
    (start, first_end), (second, _) = runs[:2]
    between = [t.casefold() for t in tokens[first_end:second]]
    if not 2 <= len(between) <= _DESCRIBING_WORDS or between[-1] != "and" or between.count("and") > 1:
        return None
    head = tokens[:start]
    if head[0].casefold() not in _QUESTION_WORDS or {",", "between", "from"} & set(between):
        return None
    if not _PREPOSITIONS & set(between):  # its own words end on a phrase of their own ("in 2019"),
        return None  # not waiting for the head's verb ("the Abbey piano and … organ tuned")
    return [tokens[: second - 1] + end, head + tokens[second:]]


def _owner_said(thing: list[str], other: list[str]) -> list[str]:
    """The second thing with its possessive word said as the first thing's owner ("of their instant
    coffee donation" after "of St Aldhelm's corned beef donation": "St Aldhelm's instant coffee
    donation"), else as it is."""
    owner = next((i for i, t in enumerate(thing) if t.endswith(("'s", "’s"))), None)
    if owner is None or not other or other[0].casefold() not in _POSSESSIVES:
        return other
    return [*thing[: owner + 1], *other[1:]]


def _paired(tokens: list[str]) -> list[list[str]] | None:
    """The question once per question word when it opens with two joined ("When and where is …?",
    "how far and how high is …"), else None."""
    for i in range(len(tokens) - 2):
        first = _wh_phrase(tokens, i)
        if first and tokens[i + first].casefold() == "and" and (second := _wh_phrase(tokens, i + first + 1)):
            rest = tokens[i + first + 1 + second :]
            if len(rest) < 2:
                return None
            asked = tokens[i + first + 1 : i + first + 1 + second]
            asked = [asked[0][:1].upper() + asked[0][1:], *asked[1:]] if tokens[i][:1].isupper() else asked
            return [tokens[:i] + tokens[i : i + first] + rest, tokens[:i] + asked + rest]
    return None


def _wh_phrase(tokens: list[str], i: int) -> int:
    """The length of the question word at ``i`` ("how" with the word after it: "how far"), or 0."""
    word = tokens[i].casefold() if i < len(tokens) else ""
    if word == "how":
        return 2 if i + 1 < len(tokens) and tokens[i + 1].isalpha() else 0
    return 1 if word in _QUESTION_WORDS else 0


def _apart(clauses: list[list[str]], who: bool) -> bool:
    """Whether each later half asks a question of its own ("… and where's their home venue?"): more
    than a question word, and, after a first half asking ``who``, no person it asks for ("… and when
    did she die?"; "How does Eluned pay, and what size does she get?" asks two things of her)."""
    return all(
        sum(_POSSESSIVE_END.sub("", token).isalpha() for token in clause) >= 3  # "what's its status"
        and not (who and {t.casefold() for t in clause} & _PERSONS)
        for clause in clauses
    )


def _asks_who(clause: list[str]) -> bool:
    """Whether a half asks for a person ("Who founded the mill …")."""
    return any(token.casefold() in {"who", "whom", "whose", "who's"} for token in clause)


def _subject(clause: list[str], runs: list[tuple[int, int]]) -> str | None:
    """What a half asks about: its lead before the question word ("For Wendle Moor, who's …"), else
    its names (not only months or weekdays) with the numbers between them, else the last thing it
    names after "the" ("Who first proposed the railway"; not a relation, "the capital of …")."""
    if lead := _lead(clause):
        return lead
    if name := _name(clause, runs):
        start, end = runs[0][0], runs[-1][1]
        inside = {i for first, last in runs for i in range(first, last)}
        if all(i in inside or clause[i].isdigit() for i in range(start, end)):
            return _detok(
                clause[start : _noun_end(clause, end)]
            )  # "the November 2023 AGM", "the Bb clarinet"
        return name
    for the in reversed([i for i, token in enumerate(clause) if token.casefold() == "the"]):
        thing = list(
            itertools.takewhile(lambda t: t.isalpha() and t.casefold() not in FILLER, clause[the + 1 :])
        )
        if len(thing) > 1 and thing[-1].casefold() in _SAID_OF_IT and the + 1 + len(thing) == len(clause):
            thing = thing[:-1]  # "when's the car insurance due": what the half says of it, at its end
        after = [t.casefold() for t in clause[the + 1 + len(thing) : the + 2 + len(thing)]]
        if thing and len(thing) <= THING_WORDS and after != ["of"]:
            return _detok(clause[the : the + 1 + len(thing)])  # "the railway"; not "the capital" of …
    return None


def _doer(clause: list[str], they: bool = False) -> str | None:
    """What a half's verb is said of, after "do"/"does"/"did", with where and when the half says it
    ("adult gymnastics on tuesdays at ulverwick" of "what time does adult gymnastics start on
    tuesdays at ulverwick", "the U12s" of "what night do the U12s train"), or None; after a thing
    asked ("what mileage rate do …"), only doers ``they`` of a later half may be ("Thornacre volunteer
    van drivers"), not the thing "it" is ("What kit do players need and where can we buy it?")."""
    lower = [t.casefold() for t in clause]
    opens = next((i for i, t in enumerate(lower) if t in _QUESTION_WORDS), None)
    helper = next((i for i, t in enumerate(lower) if t in _DOES), None)
    if opens is None or helper is None or helper <= opens:
        return None
    asked_thing = not set(lower[opens + 1 : helper]) <= _WHEN_ASKED  # "what kit do players need"
    rest = [t for t in clause[helper + 1 :] if t != "?"]
    ends = (i for i, t in enumerate(rest) if t.casefold() in _PREPOSITIONS or not t[0].isalnum())
    verb = next(ends, len(rest))
    doer = rest[: verb - 1]  # a few words, no pronoun
    most = _DOER_WORDS + they  # "Thornacre volunteer van drivers", whom a later "they" names
    if not 0 < len(doer) <= most or {t.casefold() for t in doer} & (_REFERRING | _PERSONS | _ASKERS):
        return None
    if asked_thing and not (they and _plural(doer[-1])):
        return None  # "What kit do players need and where can we buy it?": "it" is the kit
    return _detok([*doer, *rest[verb:]])


_DOES = frozenset({"do", "does", "did"})
_WHEN_ASKED = frozenset(
    {"time", "times", "day", "days", "night", "nights", "date", "dates", "often", "long", "and"}
)
_ASKERS = frozenset({"i", "we", "you", "me", "us"})  # "How many tickets do I need …": the asker does
_DOER_WORDS = 3  # "Marrowby Lane library"; "the relief ferry leave" (of "… leave inchcarrow") is no doer
# what a half says of its thing after it, at its end, no part of its name: "when's the car insurance
# due" (not "the open day")
_SAID_OF_IT = frozenset({"due", "open", "closed", "ready", "available", "valid", "payable", "late", "over"})


def _lead(clause: list[str]) -> str | None:
    """A half's lead before its question word, which the other halves share ("For Wendle Moor, who's
    …", "Hedge-laying match entry fees: how much for …"), or None."""
    opens = next((i for i, token in enumerate(clause) if token.casefold() in _QUESTION_WORDS), 0)
    if opens > 1 and clause[opens - 1] in _BREAKS:
        lead = clause[: opens - 1]
        lead = lead[1:] if lead[0].casefold() in _LEADS else lead
        if lead and len(lead) <= 2 * THING_WORDS:
            return _detok(lead)
    return None


def _noun_end(clause: list[str], end: int) -> int:
    """Where the thing a name at ``clause[:end]`` qualifies ends: a noun or two closing the half after
    it ("the Open class", "the orchestra's Bb clarinet"), else ``end``."""
    after = list(itertools.takewhile(lambda t: t.isalpha() and t.islower() and t not in FILLER, clause[end:]))
    closes = end + len(after) == len(clause) - len(_closing(clause))
    helped = any(t.casefold() in _VERBS for t in clause[:end])  # "What does the Mill Company make"
    return end + len(after) if after and closes and len(after) <= 2 and not helped else end


def _name(clause: list[str], runs: list[tuple[int, int]]) -> str | None:
    """The first of a half's names that is no month or weekday ("AGM" of "the November 2023 AGM"),
    or None ("the March committee meeting" names no thing)."""
    named = [run for run in runs if calendar(clause[run[1] - 1].casefold()) is None]
    return _POSSESSIVE_END.sub("", _OPENER.sub("", _detok(clause[slice(*named[0])]))) if named else None


# what a name as the question writes it carries that is no part of it: "What's Fennick Tree Care's",
# "Pennock Stores'" name Fennick Tree Care and Pennock Stores
_OPENER = re.compile(r"^(?:what|who|where|when|how|which)['’]s\s+", re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _echoed(first: list[str], clause: list[str]) -> list[str] | None:
    """A later half that asks the first's question again of another condition, its question word
    and a preposition's phrase only ("how much per month" after "How much does membership cost per
    year"), as the first with that phrase in place of its own; else None."""
    asked = _wh_phrase(clause, 0)
    if (
        not asked
        or asked >= len(clause)
        or [t.casefold() for t in first[:asked]] != [t.casefold() for t in clause[:asked]]
    ):
        return None
    rest = clause[asked:]
    preposition = rest[0].casefold()
    if preposition not in _PREPOSITIONS | {"per"} or any(t.casefold() in _VERBS for t in rest):
        return None
    at = max((i for i, token in enumerate(first) if token.casefold() == preposition), default=0)
    return [*first[:at], *rest] if at > asked else _renamed(first[asked:], rest, first[:asked])


def _renamed(first: list[str], rest: list[str], asking: list[str]) -> list[str] | None:
    """The first half with its one name after the article the later half's name follows in place of
    that name ("How much to enter a dog in the Novice class at Brackmoor, and how much for the
    Open?": "… in the Open class …"); None when either names no such one."""
    wanted = [(at, run) for at, run in _name_runs(rest) if at and rest[at - 1].casefold() in _ARTICLES]
    if len(wanted) != 1:
        return None
    article, name = rest[wanted[0][0] - 1].casefold(), wanted[0][1]
    own = [(at, run) for at, run in _name_runs(first) if at and first[at - 1].casefold() == article]
    if len(own) != 1:
        return None
    at, run = own[0]
    return [*asking, *first[:at], *name, *first[at + len(run) :]]


def _name_runs(tokens: list[str]) -> list[tuple[int, list[str]]]:
    """Where each run of capitalized words stands, with its words."""
    runs: list[tuple[int, list[str]]] = []
    for at, token in enumerate(tokens):
        if token[:1].isupper() and token.isalpha():
            if runs and runs[-1][0] + len(runs[-1][1]) == at:
                runs[-1][1].append(token)
            else:
                runs.append((at, [token]))
    return runs


def _said_of(subject: str | None, clause: list[str]) -> list[str]:
    """A half that names nothing of its own, said of ``subject`` ("Wendle Moor: where's their home
    venue")."""
    if not subject or subject.casefold() in _detok(clause).casefold():  # an echoed half says it
        return clause
    return [*_TOKEN.findall(subject), ":", *clause]


def _clauses(tokens: list[str]) -> list[list[str]]:
    """The question cut before each "and" (", and") that opens another question ("and who …")."""
    clauses, start = [], 0
    for i, token in enumerate(tokens[:-1]):
        after = [t.casefold() for t in tokens[i + 1 : i + 3]]
        asks = _POSSESSIVE_END.sub("", after[0]) in _QUESTION_WORDS  # "and what's …"
        asks = asks or (after[0] in _LEADING and len(after) > 1 and after[1] in _WHICH_THING)
        if token.casefold() == "and" and asks and i > start:
            clauses.append(tokens[start : i - 1 if tokens[i - 1] == "," else i])
            start = i + 1
    return [*clauses, tokens[start:]]


def _asked(clause: list[str], capital: bool) -> str:
    """A clause as a question of its own, with a question mark (``capital``: and a capital letter)."""
    text = _detok(clause).rstrip(" ,")
    text = text[:1].upper() + text[1:] if capital else text
    return text if text.endswith("?") else f"{text}?"


def _listed_names(
    question: str, names: set[str], known: Callable[[str], bool], name: str | None = None
) -> list[tuple[str, str | None]]:
    """One (question, name) per listed name, or ``[(question, name)]`` when it lists none."""
    tokens = _TOKEN.findall(question)
    tokens = _shared_noun_dropped(tokens, _runs(tokens, names))
    runs = _known_whole(
        [_with_common_words(tokens, run, known) for run in _runs(tokens, names)], tokens, known
    )
    listed = _listed(tokens, runs) or _things(tokens, known) or _same_noun(tokens) or _versus(tokens)
    listed = listed or _numbered_things(tokens) or _one_noun_numbered_twice(tokens)
    listed = listed or _known_pair(tokens, known)
    if not listed and (qualified := _modifiers(tokens, known)):
        return _each_qualified(tokens, qualified)
    if len(listed) < 2 or len(listed) > MAX_PARTS:
        return [(question, name)]
    head, tail = listed[0][0], listed[-1][1]
    if (head and tokens[head - 1].casefold() in _NOT_LISTS) or _one_thing(tokens[head:tail], known):
        return [(question, name)]
    before, after = _one_each(_detok(tokens[:head])), _detok(tokens[tail:])
    listed_names = [_detok(tokens[start:end]).rstrip(".") for start, end in listed]  # "… Norvania."
    return [(_join(before, listed_name, after), listed_name) for listed_name in listed_names]


def _with_common_words(
    tokens: list[str], run: tuple[int, int], known: Callable[[str], bool]
) -> tuple[int, int]:
    """A run of name words with the lower-case words after it (at most two) that the documents write
    with it, up to a listing's "and" or comma: "Porthvean beach" of "Porthvean beach and Penhallick
    Stores", where the documents write "Porthvean beach"."""
    start, end = run
    more = end
    while more < min(len(tokens), end + 2) and tokens[more].islower() and tokens[more] not in _JOINERS:
        more += 1
    listing = more < len(tokens) and tokens[more].casefold() in _JOINERS
    return (start, more) if more > end and listing and known(_detok(tokens[start:more])) else run


def _shared_noun_dropped(tokens: list[str], runs: list[tuple[int, int]]) -> list[str]:
    """``tokens`` without the noun a listed name shares with the last before its "and" or comma ("the
    Abbey piano and the Lantern Rooms piano tuned" → "the Abbey and the Lantern Rooms piano tuned"):
    what follows the last is said of each."""
    if len(runs) < 2 or not all(tokens[end - 1][:1].isupper() for _, end in runs):
        return tokens  # names written as names: not "a simple extraction and a surgical extraction"
    last = runs[-1][1]
    dropped: set[int] = set()
    for _, end in runs[:-1]:
        for size in (1, 2):
            noun = tokens[end : end + size]
            if (
                all(t.islower() for t in noun)
                and tokens[end + size : end + size + 1] in (["and"], [","])
                and tokens[last : last + size] == noun
            ):
                dropped |= set(range(end, end + size))
    return [token for at, token in enumerate(tokens) if at not in dropped]


def _one_thing(tokens: list[str], known: Callable[[str], bool]) -> bool:
    """Whether the documents name the listed things as one, with or without their article ("the
    Brewers and Tanners" walk), "and" or "&" ("Kelbrook and Finch" of "Kelbrook & Finch Van Hire")."""
    bare = tokens[1:] if tokens[0].casefold() in _ARTICLES else tokens
    ampersand = ["&" if t.casefold() == "and" else t for t in bare]
    return any(known(_detok(written)) for written in (tokens, bare, ampersand))


_PLURAL_OF = re.compile(r"(?:\b(are|were)\b(?=\s+the\b)(.*?))?\b(\w+?)(ies|sses|[sxz]es|[cs]hes|s)(\s+of)$")
_SINGULAR = {"ies": "y", "sses": "ss", "s": ""}
_SAID_OF_ONE = {"are": "is", "were": "was"}  # a verb of several, said of one


def _singular_ending(ending: str) -> str:
    """A plural's ending said of one: "ies" as "y", "ches" as "ch", "s" as nothing."""
    return _SINGULAR.get(ending, ending[:-2] if ending.endswith("es") else "")


def _one_each(before: str) -> str:
    """What a question asks of each listed name, said of one: "What are the main towns of" (Ostray
    and Skerran) → "What is the main town of" (Ostray)."""

    def singular(match: re.Match) -> str:
        if (match.group(3) + match.group(4)).endswith(("ss", "us", "is")):  # status, address, basis
            return match.group(0)
        verb = _SAID_OF_ONE.get((match.group(1) or "").casefold(), match.group(1) or "")
        stem = match.group(3) + _singular_ending(match.group(4))
        return f"{verb}{match.group(2) or ''}{stem}{match.group(5)}"

    before = _PLURAL_OF.sub(singular, before, count=1)
    return re.sub(r"\b(are|were)$", lambda m: _SAID_OF_ONE[m.group(1).casefold()], before)


def _detok(tokens: list[str]) -> str:
    text = " ".join(tokens)
    return re.sub(r"\s+([?.!,;:)])", r"\1", text)


def _join(before: str, name: str, after: str) -> str:
    """One part's question: what comes before the list, the listed ``name``, what comes after it; a
    word the name ends with that also opens what comes after is said once ("the claims line number"
    before the "number?" the last item left to the end)."""
    ending, opening = name.split()[-1:], after.split()[:1]
    if ending and opening and ending[0].casefold() == opening[0].rstrip("?.!,;:").casefold():
        after = after[len(opening[0].rstrip("?.!,;:")) :]
    text = " ".join(part for part in (before, name, after) if part)
    return re.sub(r"\s+([?.!,;:)])", r"\1", text)
