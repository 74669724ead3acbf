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
what the section is about, not what each sentence says, but for a section of one sentence
("DATE OF NEXT MEETING: Tuesday 2 June 2026 at 19:30, The Reading Room."). Example::

    quoted("How long do I hold the TEST button?", "Alarm › Testing: Hold the TEST button for 3 seconds.")
    # 'Hold the TEST button for 3 seconds.'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from chatbot.rag.answer_kind import (
    MONEY_ASKED,
    NAMED_THINGS_TEXT,
    PRICE_WRITTEN,
    WH_WORDS,
    asks_money,
    asks_when,
    asks_why,
    fits,
    known_kind,
    measures,
    quantities,
    yes_or_no,
)
from chatbot.rag.grounding import (
    LIGHT,
    asks_unsaid,
    given_numbers,
    season_months,
    stem,
    stem_keys,
    value_words,
    with_parts,
)
from chatbot.rag.table_lookup import row_cells
from chatbot.rag.verbs import forms
from ingest.separators import PATH_SEPARATOR, body_of, heading_of
from ingest.text import sentences
from vectorstore.words import FILLER, MONTHS, WEEKDAYS, calendar, identifiers, name_words, stated, words

# the words that say which kind of value is asked, not what about
_KIND_TEXT = "long many much year years time date day far big old often tall high wide deep heavy number"
_KIND_WORDS = frozenset(_KIND_TEXT.split())
# the words of who asks and how, which no answer says: "If I lose my card, what do I pay?", "Tell me …"
_ASKING_TEXT = "if my me our us your i'm tell please"
_ASKING = frozenset(_ASKING_TEXT.split())
# a journey's start said another way: "What time does the coach now leave?" of "will now depart at 05:15"
_LEAVING = frozenset({"leave", "leaves", "leaving", "depart", "departs", "departing", "departure"})
_ALIKE = dict.fromkeys(_LEAVING, _LEAVING)
# a value not known yet is none: "Next AGM: November 2024, date to be confirmed."
_UNSURE = re.compile(
    r"\b(?:to be (?:confirmed|announced|decided|agreed|arranged)|tb[cad]"
    r"|not yet (?:known|set|fixed|decided))\b",
    re.IGNORECASE,
)
_LONGEST = 40  # words: a longer sentence, or a list ("1887: …; 1891: …; …"), is no one statement
_HOW_LONG_IS = re.compile(r"\bhow long (?:is|are|was|were)\b", re.IGNORECASE)  # a thing's length
# unless the thing is a span of time: "how long is the lead time", "… the notice period", or something
# done that takes one: "how long is the crossing", "… the induction", or how long a thing holds: "how
# long is a quote valid", "how long are backups kept"
_SPAN = re.compile(
    r"\b(?:time|wait|delay|period|notice|gap|break|interval|term|crossing|journey|trip|flight|drive"
    r"|ride|voyage|sailing|session|lesson|class|appointment|induction|meeting|shift|tour|visit"
    r"|valid|available|kept|stored|retained)\b",
    re.IGNORECASE,
)
_PRONOUNS = frozenset(["He", "She", "It", "They"])  # a sentence's subject, said before (not "IT")
# and the writer's own words, opening a sentence that goes on about the one before: "We bake birthday
# … cakes to order. We need at least 72 hours' notice …" (not another's: "Their find extended the
# system to 6.3 km." tells no width of "the Lantern Hall was found in 1962")
_GOING_ON = _PRONOUNS | {"We", "Our"}
_HOW_MEASURED = re.compile(
    r"\bhow (long|far|deep|high|tall|wide|thick|heavy|big|large|old|fast)\b", re.IGNORECASE
)
_DIMENSIONS = {
    "long": {"long", "length"},
    "wide": {"wide", "width", "across"},
    "high": {"high", "height", "tall"},
    "tall": {"high", "height", "tall"},
    "deep": {"deep", "depth"},
}
_NAMED_THINGS = frozenset(NAMED_THINGS_TEXT.split())
# a clause before the question, ended by a comma or a dash: "If …, how long …?", "I am new - what …?"
_LEAD = re.compile(rf"^[^?]*?(?:,|\s[-\u2013\u2014])\s+(?=(?:{WH_WORDS})\b)", re.IGNORECASE)
# a name and a clause of who it is that did it: "Ltd, who will", "Ms Ray, who"
_NAMED_WHO = re.compile(
    r"[A-Z][\w.]*, who(?: (?:will|would|can|may|must|shall|should|also|then|now|\w+ly))?$"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WHO_DID = re.compile(r"^\s*who\s+(\w+)", re.IGNORECASE)  # "Who built …?": built is what was done


def quoted(question: str, document: str) -> str | None:
    """The one sentence of prose ``document`` that answers ``question`` (see the module's text), or None."""
    if row_cells(document) is not None or yes_or_no(question) or not known_kind(question):
        return None
    if asks_unsaid(question, [document]):
        return None
    heading, body = heading_of(document), body_of(document)
    sections = heading.split(PATH_SEPARATOR) if heading else []
    if sections[1:] and asks_when(question) and fits(_YEAR.sub("", sections[-1]), question):
        return None  # "5 April › …": the heading's date or the sentence's, which is meant? (not a
        # year's: "Plot Register 2025 › Rent … is due on 1 March")
    asked = _asked(question, _scene(question))
    title = sections[0].replace("_", " ") if sections else ""  # a file's name: its words apart
    given = stem_keys(title) | (stem_keys(heading) & _capitalized(question))
    stated = stem_keys(body) & _capitalized(question)  # names the chunk says in another sentence
    written = sentences(body)
    if len(written) == 1 and sections[1:]:  # a section of one sentence: its heading says what it is of
        given |= stem_keys(sections[-1])  # ("Date of next meeting: Tuesday 2 June 2026 at 19:30.")
    found = [
        sentence
        for at, sentence in enumerate(written)
        if _statement(sentence, question)
        and all_said(
            asked,
            stem_keys(sentence)
            | {stem(word) for word in value_words(sentence)}
            | given
            | _referred(written, at)
            | _unnamed(sentence, question, asked, stated),
        )
        and fits(sentence, question)
    ]
    return found[0] if len(found) == 1 else None


def quoted_instead(answer: str, question: str, document: str) -> str:
    """The chunk's one answering sentence (:func:`quoted`) in place of the model's ``answer`` when
    that gives a figure or name and none of the sentence's: asked "The deposit for a key and alarm fob
    is how much?", the model read "A lost fob costs £12 to replace." where the chunk says "Key holders
    pay a refundable deposit of £20 for the key and the alarm fob"; or the part of a sentence for the
    month asked (:func:`seasonal`), or the sentence that gives the reason a "why" asks
    (:func:`reasoned`); else ``answer``."""
    if reason := reasoned(answer, question, document):
        return reason
    quote = seasonal(question, document) or quoted(question, document)
    if not quote or quote == answer or quote.split(maxsplit=1)[0] in _PRONOUNS:
        return answer  # "She became the first secretary": the answer may say who she is
    given, quoting = _figures(answer, question), _figures(quote, question)
    # a year gives no other figure unless a date is asked: "Kestle Wind Farm - Service Notes, 2024: …"
    # counts no turbines
    telling = quoting if asks_when(question) else {w for w in quoting if not _YEAR.fullmatch(w)}
    return quote if given and telling and not given & quoting else answer


def reasoned(answer: str, question: str, document: str) -> str | None:
    """The chunk's one sentence that says what ``answer`` says and why, when the question asks why and
    the answer only says again what it asks of: asked "Why can't the undermount sink be used with the
    oak worktop?", the model answered "The undermount sink cannot be used with the oak worktop.",
    where the chunk goes on "…, because of the risk of water damage to the exposed end grain."."""
    if not asks_why(question) or _REASON.search(answer):
        return None
    said = {w for w in stem_keys(answer) if w not in FILLER}
    if not said or not said <= stem_keys(question) | _NEGATIONS:
        return None
    found = [
        sentence
        for sentence in sentences(body_of(document))
        if _REASON.search(sentence) and said - _NEGATIONS <= stem_keys(sentence)
    ]
    return found[0] if len(found) == 1 else None


# the words that give a reason ("since" also says when: "Since 2009 dogs are not allowed.")
_REASON = re.compile(r"\b(?:because|due to|owing to|as a result of|so that)\b", re.IGNORECASE)
_NEGATIONS = frozenset({"not", "cannot", "can't", "cant", "no", "never", "couldn't", "wasn't", "isn't"})


def seasonal(question: str, document: str) -> str | None:
    """The part of a prose sentence whose span of months holds the month the question names, when
    another part gives another span: asked "twilight tickets in october - from what time", over "from
    1 April to 30 September twilight tickets are valid for tee times after 4pm; from 1 October to 31
    March they are valid after 1pm.", the reader told the summer's time; the answer is "From 1
    October to 31 March they are valid after 1pm.". The chunk must say every word asked about but
    the month, the sentence one of them. So too for the weekday it names, of parts each giving their
    days ("Tuesday 18:00-22:00; …; Saturday 10:00-17:00"). A season asked is its months ("the summer
    day rate" of "£22 per day May-Sep; £12 per day Oct-Apr"); a table row's cells are read as its
    sentences."""
    seasons = season_months(question)
    said = stated(words(question)) | seasons
    kind = MONTHS if said & MONTHS else WEEKDAYS
    days = said & kind
    if not days:
        return None
    named = {w for w in words(question) if calendar(w) in days or (seasons and season_months(w))}
    asked = _asked(question, _scene(question) | named | _RATES)  # a price says "rate" by its value
    part_of = partial(_season_part, days=days, kind=kind, question=question)
    if (cells := row_cells(document)) is None:
        return _one_part(asked, document, part_of)
    found = (
        [part for _, value in cells[1:] if (part := part_of(value))]
        if all_said(asked, {stem(w) for w in with_parts(words(document))})  # "hut" of ``hut_code``
        else []
    )
    return found[0] if len(found) == 1 else None


_SEASON_PARTS = re.compile(r";\s+|,\s+(?=(?:from|between|in|during)\b)", re.IGNORECASE)


_RATES = MONEY_ASKED | {"rate", "rates"}


def _season_part(sentence: str, days: set[str], kind: frozenset[str], question: str) -> str | None:
    """``sentence``'s one part whose span of months (or weekdays: ``kind``) holds ``days``, told as a
    sentence, when another part spans others; None when there is no such part or it gives no value
    of the asked kind."""
    parts = [part.strip() for part in _SEASON_PARTS.split(sentence) if part.strip()]
    spans = [stated(words(part)) & kind for part in parts]
    holding = [part for part, span in zip(parts, spans, strict=True) if days <= span]
    spanning = [span for span in spans if span]
    if (
        len(holding) != 1
        or len(spanning) < 2
        or (kind == MONTHS and min(map(len, spanning)) < 2)
        or not fits(holding[0], question)
    ):
        return None  # a log's dates ("14 Mar 2024 - P-14 - …; 2 Apr 2024 - …") are no spans
    return holding[0][0].upper() + holding[0][1:].rstrip(".,;") + "."


def _figures(text: str, question: str) -> set[str]:
    """The words of ``text`` with a digit that ``question`` does not say ("£12", "1962", "7pm"), and
    of a name where it asks no amount nor date ("Florence Dacre-Willis")."""
    figures = {w for w in words(text) if any(c.isdigit() for c in w)}
    amount = _HOW.match(question) or asks_money(question) or asks_when(question)
    return (figures | (set() if amount else name_words(text))) - set(words(question))


_HOW = re.compile(r"\s*how\b", re.IGNORECASE)  # "how many …", "how long …": an amount


def _unnamed(sentence: str, question: str, asked: list[set[str]], stated: set[str]) -> set[str]:
    """The ``stated`` names (the question's, said elsewhere in the chunk) for a sentence that names
    nothing and no other code itself, yet says something the question asks ("The Summer Sprint Meet
    will be held on 12 July. Entries close on 20 June."): it goes on about what the chunk names. One
    naming something else is about that; one saying only a value of the asked kind ("Their find
    extended the system to 6.3 km." for "How wide is the Lantern Hall?") is about anything.
    ``asked``: the question's words as :func:`_asked` gives them."""
    tokens = sentence.split()
    if tokens[1:] and not tokens[1][:1].isupper():  # "Entries close …": capitalized as its opening
        tokens = tokens[1:]
    named = {w for w in name_words(" ".join(tokens)) if calendar(w) is None}
    if named or not identifiers(sentence) <= identifiers(question):
        return set()
    says = stem_keys(sentence)
    return stated if any(keys & says for keys in asked if not keys & stated) else set()


def conditioned(question: str, document: str) -> str | None:
    """The part of a prose sentence whose price holds the number a money question gives as its
    condition, when another part gives another price: asked "My son is 12 - how much would a Rink
    Pass cost him?" over "The Rink Pass costs £15 a year (£9 for under-16s) and …", the reader told
    the £15 (which grounding refuses); the answer is "The Rink Pass costs £9 for under-16s.". The
    chunk must say every word asked about (less the scene and the number) and the sentence one of
    them: the condition is the sentence's, the thing priced may be the chunk's."""
    given = given_numbers(question)
    if not given or not asks_money(question) or row_cells(document) is not None:
        return None
    asked = [keys for keys in _asked(question, _scene(question) | _told(question)) if not keys <= given]
    return _one_part(asked, document, lambda sentence: _conditioned_part(sentence, given))


def _one_part(asked: list[set[str]], document: str, part_of: Callable[[str], str | None]) -> str | None:
    """The one part (``part_of`` a sentence) of ``document``'s sentences that say an ``asked`` word,
    when the chunk says them all: the condition is the sentence's, the thing it is of may be the
    chunk's. None for no such part, or several."""
    if not all_said(asked, stem_keys(document)):
        return None
    found = [
        part
        for sentence in sentences(body_of(document))
        if any(all_said([keys], stem_keys(sentence)) for keys in asked) and (part := part_of(sentence))
    ]
    return found[0] if len(found) == 1 else None


def _told(question: str) -> set[str]:
    """The lower-case words of the statements before a question's last sentence ("My son is 12. What
    does his ticket cost?"): who asks, not what about (their names stay asked)."""
    *told, _ = _STATEMENT_END.split(question.strip())
    return {
        w for statement in told for token in statement.split() if token[:1].islower() for w in words(token)
    }


_STATEMENT_END = re.compile(r"(?<=[a-z0-9][.!])\s+(?=[A-Z])")  # "… is 12. What …", not "Mr. Smith"


def _conditioned_part(sentence: str, given: set[str]) -> str | None:
    """``sentence`` told with its one priced part whose bound or span holds ``given`` ("£5 for
    under-16s" holds 12), when another part has a price of its own and no such bound; the first
    priced part's words before its price lead a part that opens with one ("Tickets cost £5 for
    under-16s.")."""
    parts = [part.strip() for part in _PRICE_PARTS.split(sentence) if part.strip()]
    priced = [part for part in parts if PRICE_WRITTEN.search(part)]
    holding = [at for at, part in enumerate(priced) if _holds(part, given)]
    if len(holding) != 1 or len(priced) < 2:
        return None
    part, first = priced[holding[0]], priced[0]
    lead = first[: price.start()].strip() if (price := PRICE_WRITTEN.search(first)) else ""
    told = f"{lead} {part}" if holding[0] and lead and PRICE_WRITTEN.match(part) else part
    return told[0].upper() + told[1:].rstrip(".,;") + "."


def _holds(part: str, given: set[str]) -> bool:
    """Whether a part's bound or span holds the ``given`` numbers ("under-16s" holds 12, "aged 5 to
    11" holds 5, "12 and over" holds 12), not a number it only writes ("£5 for 12 months")."""
    written = words(part)
    counted = stated(written, counted=True)
    open_ends = {w for at, w in enumerate(written) if at and written[at - 1] in _OPEN_BOUNDS}
    return counted > stated(written) and given <= counted - stated(open_ends)


_OPEN_BOUNDS = frozenset({"under", "below", "over", "above"})  # "under 16" holds no 16
# where a sentence's priced parts part: "£15 a year (£9 for under-16s)", "£9 for adults and £5 for …"
# (not a bound's "65 and over", "3 or more", nor a span's "between 5 and 11")
_PRICE_PARTS = re.compile(
    r"\s*\(|\)|,?\s+(?:and|or|whereas|while|but)\s+(?!(?:over|above|under|below|older|younger|more|less)\b|\d)"
    r"|[,;]\s+"
)


def _asked(question: str, scene: set[str]) -> list[set[str]]:
    """What the question asks about: the stems of each of its words (every form of an irregular verb:
    "makes" is said by "made"), less small words, the words that ask for a kind of value, the
    thing a "which" or "what" asks for ("Which company makes …?" is answered by a name) and the
    ``scene`` words."""
    said = words(question)
    kind = {said[at + 1] for at, w in enumerate(said[:-1]) if w in ("which", "what")} & _NAMED_THINGS
    money = MONEY_ASKED if asks_money(question) else frozenset()
    # a light verb says how it is asked ("How many entries did the Spring Open get?"); "held" says where
    skipped = FILLER | _KIND_WORDS | _ASKING | LIGHT - {"held"} | money | kind | scene
    return [{stem(form) for form in forms(w) | _ALIKE.get(w, frozenset())} for w in said if w not in skipped]


def _scene(question: str) -> set[str]:
    """The lower-case words of a clause that sets the scene before the question ("If the board goes
    ahead with the new Cave mats, how long is …?"): who asks and why, which no answer says. Its
    names and numbers stay asked about."""
    lead = _LEAD.match(question)
    if not lead:
        return set()
    tokens = lead[0].split()
    named = {token for token in tokens[1:] if token[:1].isupper()}  # its first word opens the question
    return {w for token in tokens if token not in named for w in words(token) if w.isalpha()}


def _referred(written: list[str], at: int) -> set[str]:
    """The words of the sentence before ``written[at]`` when it opens with a pronoun ("She has worked
    at Wrenhallow since 2009." after "The warden is Mara Telling."), or another word that goes on
    about it (:data:`_GOING_ON`): what it refers to."""
    opening = written[at].split(maxsplit=1)[0]
    return stem_keys(written[at - 1]) if at and opening in _GOING_ON else set()


def _statement(sentence: str, question: str) -> bool:
    """Whether ``sentence`` can be quoted for ``question``: one short statement of a value known, a
    length for "how long is …" (not how long one stays in it) unless a span of time is asked ("how
    long is the lead time"), and, for "who did …", the doer."""
    if len(words(sentence)) > _LONGEST or sentence.count(";") > 1 or _UNSURE.search(sentence):
        return False
    measured = measures(sentence).values()
    lengths = any("length" in found for found in measured)
    spans = _SPAN.search(question) and any("duration" in found for found in measured)
    if _HOW_LONG_IS.search(question) and not (lengths or spans):
        return False
    if _HOW_MEASURED.search(question) and not any(quantities(sentence, question)):
        return False  # "nine children" measures nothing
    if asks_money(question) and "money" not in quantities(sentence, question):
        return False  # "bought … in 1994" names no price
    return _names_doer(question, sentence) and not _other_dimension(question, sentence)


def _other_dimension(question: str, sentence: str) -> bool:
    """Whether ``sentence`` gives other dimensions than the one asked and not it: "It measures 74
    metres long and 28 metres high." for "How wide …?"."""
    asked = _HOW_MEASURED.search(question)
    if not asked or asked[1].casefold() not in _DIMENSIONS:
        return False
    said = set(words(sentence))
    own = _DIMENSIONS[asked[1].casefold()]
    return not said & own and any(said & others for others in _DIMENSIONS.values())


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
        if _NAMED_WHO.search(" ".join(tokens[max(0, at - 3) : at])):
            return True  # "… by Bridgewell Dental Plans Ltd, who will collect …"
    return False


def all_said(asked: list[set[str]], said: set[str]) -> bool:
    """Whether each of the ``asked`` words (the stems of its forms) is said: a stem of ``said``, or one
    that begins it or is begun by it (4 letters at least: the crude stems write "pressing" "press"
    and "Press" "pres")."""
    return all(
        any(
            key in said
            or any(
                min(len(key), len(other)) >= 4 and other[: len(key)] == key[: len(other)] for other in said
            )
            for key in keys
        )
        for keys in asked
    )


def _capitalized(question: str) -> set[str]:
    """The stems of the words ``question`` capitalizes after its first: the names it says."""
    return {stem(w) for token in question.split()[1:] if token[:1].isupper() for w in words(token)}
