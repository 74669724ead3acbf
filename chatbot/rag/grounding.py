"""Whether an answer sentence is backed by the documents it was read from.

Asked about something its documents do not say, a small model often answers anyway: with a value
from nowhere ("The population of Halvik is 10,000."), a name its documents do not hold, or the
question turned into a statement ("The first ferry leaves Brannock Quay in the morning."). Its own
"I don't know" catches few of these (measured by ``benchmarks/abstention.py``). A sentence is
*grounded* when every number, name, weekday, month or colour it adds to the question is written in
the documents, not only where they speak of another thing listed beside the one asked about, and it
adds at least one word of its own (or says one of the question's once more, as the documents do:
"The capital of Kuwait is Kuwait."). Example::

    grounded("The population of Halvik is 10,000.", "What is the population of Halvik?",
             ["The capital of Ostrand is Halvik."])  # False: no document says 10,000
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from difflib import get_close_matches

from chatbot.rag.answer import NO_ANSWER, abstaining
from chatbot.rag.answer_kind import (
    COLOURS,
    COUNT,
    MEASURED,
    PEOPLE,
    PERCENT,
    POSTCODE,
    UNIT,
    WH_WORDS,
    a_year_may_answer,
    asks_money,
    asks_who,
    fits,
    measures,
    rate_units,
    yes_or_no,
    yes_or_no_asked,
)
from chatbot.rag.listed import labelled_elsewhere, swapped_thing, told_of_another
from chatbot.rag.verbs import forms
from ingest.separators import ROW_SEPARATOR, body_of, heading_of
from vectorstore.spelling import plain
from vectorstore.words import (
    FILLER,
    MONTH_NAMES,
    MONTHS,
    PHONE_GROUPS,
    WEEKDAYS,
    calendar,
    clock_times,
    dated_weekdays,
    held,
    is_code,
    is_number,
    name_words,
    phone_numbers,
    stated,
    words,
)

_ENDING = re.compile(r"(?:ing|ed|es|e|s)$")
# a table row's label ("parts.csv — part: …"): the model reads it as a value now and then
_COLUMN = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")  # a column's name as an export writes it
_FILE_NAME = re.compile(r"\b[\w-]+\.(?:csv|tsv|xlsx|jsonl?|md|markdown|txt|pdf|html?|docx)\b", re.IGNORECASE)
# how a question asks rather than what, and units (checked by kind): an answer may say them where its
# documents do not ("How long is the bridge?" → "It is 300 m long." over "spans 300 m"; "grams" for "g";
# "How much flour do I need?" → "You need 450 g of flour." over a recipe's list)
ASKING = (
    frozenset(MEASURED)
    | {measure for measures in MEASURED.values() for measure in measures.split()}  # "length", "size"
    | set(UNIT)
    | {"located", "situated", "kept", "stored", "based", "called", "named", "known", "need"}
    | {"name", "number", "colour", "color", "date", "year", "time", "day", "kind", "type", "sort", "amount"}
    | {"numbers"}  # "the phone numbers for Sunita Hallam"
    | {"value"}  # "the default value of X"
    | {"charge", "charges", "fee", "fees", "fare", "fares"}  # "what's the charge for a dog": an amount
)
# words that make a role another: the "assistant warden", the "founding director" answer only for them
OTHER_ROLE = frozenset({"assistant", "deputy", "vice", "acting", "founding", "former", "first", "previous"})
# which of several a question asks of ("the first warning letter"): the document's second is not it
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "final", "next", "previous"})
_TIME = re.compile(
    r"(?<![\d£$€])(?<!\d[.:])(\d{1,2})[:.](\d{2})(?!\d)(?![.:]\d)"
)  # a time of day: 9:30, 09.30
# the two ends of a span, as questions ask them and answers tell them ("close" / "opened")
_ENDS = [
    (frozenset(asked.split()), frozenset(told.split()))
    for asked, told in [
        ("close closes closed closing shut shuts", "opens opened"),
        ("open opens opened opening", "closes closed shuts"),
        ("finish finishes finished end ends ended", "starts started begins began opens opened"),
        ("start starts started begin begins began", "finishes finished ends ended closes closed"),
        ("die died death", "born"),
        ("born birth", "died"),
        ("arrive arrives arrived arrival", "departs departed leaves left"),
        ("depart departs departed departure leave leaves", "arrives arrived"),
    ]
]
# a journey's two ends, as answers tell them and timetables write them ("arr.", "dep.")
_ARRIVING = frozenset({"arrive", "arrives", "arrived", "arriving", "arrival", "arr", "due"})
_LEAVING = frozenset(
    {
        "depart",
        "departs",
        "departed",
        "departing",
        "departure",
        "dep",
        "leave",
        "leaves",
        "left",
        "sailing",
        "sails",
    }
)
# a span's two ends, as columns and answers name them ("Tenancy start: …", "ends on …")
STARTING = frozenset({"start", "starts", "started", "starting", "begin", "begins", "began", "commences"})
ENDING = frozenset({"end", "ends", "ended", "ending", "finish", "finishes", "finished", "expires", "expiry"})
SPAN_ENDS = [(STARTING, ENDING), (ENDING, STARTING)]
_JOURNEY_ENDS = [(_ARRIVING, _LEAVING), (_LEAVING, _ARRIVING), *SPAN_ENDS]
_UNTIL = frozenset({"until", "till", "til", "late"})  # "until when is it open", "how late": its other end
_RANKS = frozenset({"second", "third", "fourth", "fifth"})  # places a list of winners never gives
# who a question asks of, not what: "what deposit does the person in the attic room pay"
_SOMEONE = frozenset({"person", "people", "someone", "somebody"})
# an amount's words that say it is added ("is there an extra charge for …": a charge)
_ADDED = frozenset({"extra", "additional", "further"})
# verbs that say when a thing happens, not which: "the auction, which starts at 4.30pm" ties no time to
# "when does the dog show start?"
_WHEN_VERBS = frozenset(
    {"start", "starts", "started", "begin", "begins", "began", "end", "ends", "ended", "finish", "finishes"}
)
_DUE_BACK = re.compile(r"\bdue back\b", re.IGNORECASE)
_MONEY_BACK = re.compile(r"\bmoney back\b", re.IGNORECASE)  # a refund: "back" is no word of its own
# who or what kind of a thing a price is for, which a price list need not word: "the fee for me", "the
# charge for my daughter", "the cost of a standard double room", "the fee for a lost card"
_PERSONS = frozenset(
    {"me", "us", "him", "her", "them", "you", "my", "our", "your", "his", "their", "myself", "ourselves"}
    | {"son", "daughter", "kid", "kids"}
    | {"family", "wife", "husband", "partner", "friend", "friends", "mum", "dad", "baby", "grandson"}
    | {"granddaughter", "grandchild", "child", "children"}
)
# a quantity of a thing, no thing of its own: "a pack of fibre paper", "a bag of logs"
_QUANTITIES = frozenset(
    {"pack", "packet", "bundle", "set"}  # not "a bottle of wine": a glass's price is no bottle's
    | {"few", "lots", "handful", "dozen", "bunch"}  # "a few of the toys" (not "a couple membership")
)
_VERB_PARTICLES = frozenset({"along", "around", "round"})  # no thing asked: "bring a friend along"
_A_COUPLE_OF = re.compile(r"\ba couple of\b", re.IGNORECASE)  # a number of things, no "couple" asked
_PLAIN = frozenset(
    {"standard", "normal", "regular", "usual", "basic", "ordinary", "typical", "full", "whole", "lost"}
    | {"new", "single", "current", "same", "own"}
)
# the months of each season (northern), and words that state every weekday
_SEASONS = {
    name: [MONTH_NAMES[(first + at) % 12] for at in range(3)]
    for name, first in [("spring", 2), ("summer", 5), ("autumn", 8), ("fall", 8), ("winter", 11)]
}
_PREPARED_FOR = re.compile(r"\bfor (?:the )?(spring|summer|autumn|fall|winter)\b")
_EVERY_DAY = frozenset({"daily", "weekday", "weekdays", "everyday"})
# an ordinal in figures, in words ("2nd prize": the second)
ORDINAL_FIGURES = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth"}
# words and those that say the same: how often ("yearly booster" of a "Cat annual booster"), what
# is left to pay ("the rest of the fee" of "the balance"), what is charged for a fault ("the
# penalty for being late" of "a £25 late fee"), what a lost thing's new one is ("a replacement")
_SAME = {
    "yearly": {"annual", "annually", "year"},
    "annual": {"yearly", "year"},
    "annually": {"yearly", "annual", "year"},
    "monthly": {"month"},
    "weekly": {"week"},
    "daily": {"day"},
    "hourly": {"hour", "hr", "hrs"},
    "rest": {"balance", "remainder", "remaining"},
    "remainder": {"balance", "rest", "remaining"},
    "balance": {"rest", "remainder", "remaining"},
    "penalty": {"fine", "fee", "charge", "charged", "surcharge"},
    "penalties": {"fines", "fees", "charges", "charged", "surcharges"},
    "age": {"aged", "ages"},  # too short a word for its forms to be found by its beginning
    "new": {"replacement", "replacements", "replace", "replaced", "replacing"},
    "reference": {"ref"},
    "plate": {"registration", "reg"},  # a vehicle's number plate is its registration
    "registration": {"reg"},
    "due": {"promised", "expected", "deadline"},  # "due back": a repair's promised (expected) date
    # "get your money back" of "we do not give cash refunds" (its "back" goes with "money":
    # :data:`_MONEY_BACK`)
    "money": {"refund", "refunds", "refunded", "refundable"},
    **{word: {figure} for figure, word in ORDINAL_FIGURES.items()},  # "first prize" of "1st prize"
    # a word documents often write short: "disposable barbecues" of "no disposable BBQs"
    **{word: {"bbq", "bbqs"} for word in ("barbecue", "barbecues")},
    **{word: {"bike", "bikes"} for word in ("bicycle", "bicycles")},
    **{word: {"photo", "photos"} for word in ("photograph", "photographs")},
    **{word: {"tv", "tvs"} for word in ("television", "televisions")},
}
# words that name a kind of value rather than a thing, which documents give by stating the value
# ("Fees due by 31 March 2026." is a deadline; "Up to six hens may be kept" a maximum; "Unit 4,
# Mill Lane, OB4 7TN" an address): such a word is said where its kind of value is
_WEEKDAY_OR_MONTH = (
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?"
    r"|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?"
    r"|dec(?:ember)?"
)
_BY_TIME = re.compile(  # "due by 31 March", "before noon on Friday", not "run by the parish"
    rf"\b(?:by|before|until|till|no later than|latest|due|closes?)\s+(?:the\s+(?=\d))?"
    rf"(?:noon|midday|midnight|\d|(?:{_WEEKDAY_OR_MONTH})\b)",
    re.IGNORECASE,
)
_COUNT = r"\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|hundred)"
_AT_MOST = re.compile(rf"\b(?:up to|at most|no more than|not more than){_COUNT}", re.IGNORECASE)
_AT_LEAST = re.compile(
    rf"\b(?:at least|no (?:fewer|less) than|not (?:fewer|less) than){_COUNT}|\w+ or more\b", re.IGNORECASE
)
_POSTCODE = POSTCODE.pattern
_STREET = (  # a house's number, no year ("© 2026 Knotwell Yard Yoga Ltd")
    r"\b(?!(?:19|20)\d\d\b)\d+[A-Za-z]?,?\s+(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:Street|St|Road|Rd|Lane|Avenue|Close|Way|Drive"
    r"|Place|Square|Terrace|Row|Hill|Yard|Court|Crescent|Gardens|Walk|Parade|Green|Mews|Estate)\b"
)
# an address as a sentence gives it: a postcode, or a street's, perhaps after a unit or flat
_ADDRESS = re.compile(rf"{_POSTCODE}|(?:\b(?:Unit|Flat)\s+)?{_STREET}")
# a phone number as written: "07700 900418", "+44 (0)1632 960215", "(01632) 960215"
_PHONE_NUMBER = re.compile(r"(?<![\w.])(?:\+\d{1,3}\s?(?:\(0\)\s?)?|\(?0)(?:\d[ )-]{0,2}){8,12}\d(?!\d)")
_VALUE_WORDS = {
    "deadline": _BY_TIME,
    "deadlines": _BY_TIME,
    "cutoff": _BY_TIME,
    "minimum": _AT_LEAST,
    "maximum": _AT_MOST,
    "limit": _AT_MOST,
    "cap": _AT_MOST,
    "postcode": re.compile(_POSTCODE),
    "address": re.compile(f"{_POSTCODE}|{_STREET}"),
    **dict.fromkeys(["phone", "telephone", "landline"], _PHONE_NUMBER),
}


# light verbs and their particles: the claim is in the words they go with ("takes place", "got …
# out", "putting out 61 W"), so a document need not use them (replayed over the raw answers of the
# mixed, fresh, fresh2, fresh3, fresh4 and unread sets: 11 right answers kept, 1 wrong, no invention)
# "can I bring my 6 yr old": what is brought is the claim ("Children under 8 are not accepted")
_LIGHT_TEXT = """get gets got getting take takes taking place care go goes going come comes came coming held
    used use uses put puts putting out up bring brings bringing brought still ahead"""
LIGHT = frozenset(_LIGHT_TEXT.split())
_YES_NO_OPENING = re.compile(r"\s*(?:yes|no)\b", re.IGNORECASE)
# what a count is counted in, no claim: "5 pairs of hairdressing scissors" of "qty: 5"
_COUNTED_IN = frozenset({"pair", "pairs", "set", "sets", "piece", "pieces"})
_RATE = frozenset({"per"})  # "£11.40 per week" of a column "Weekly": how a rate is said, no claim
# an amount per a period: "£60 per year", "£6 a month", "£4.50/hour"
_RATE_WORD = re.compile(
    r"[£$€]\s?(\d[\d,]*(?:\.\d+)?)\s*(?:per|a|an|each|every|/)\s*"
    r"(hour|day|night|week|fortnight|month|year|annum|session|visit|lesson|term)\b"
)
_SAME_PERIOD = {"annum": "year"}
# a length said with its measure ("28 metres high"), and measures said two ways
_MEASURE_WORD = re.compile(
    r"(\d[\d,.]*)\s*(km|kilometres|kilometers|metres|meters|m|cm|mm|feet|foot|ft|miles|yards)\s+"
    r"(long|wide|high|tall|deep|thick|across)\b"
)
_SAME_MEASURE = {"tall": "high", "across": "wide"}
# a number's scale: "£14 million" is not the "14 panes" its documents write
_SCALED = re.compile(r"(\d[\d,.]*)\s*(million|billion|thousand|bn)\b", re.IGNORECASE)
# a number that names rather than counts: "charity no. 1093386", "ref 20417", "tel 01632 960418"
_LABELLED = re.compile(
    r"\b(?:no\.?|number|nr|ref(?:erence)?|tel|telephone|phone|id|code)\s*[:#]?\s*(\d+)\b", re.IGNORECASE
)
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")  # a number that is a year, as words() writes it
_SLASHED = re.compile(r"\b\d+(?:/\d+)*/\d{3,}\b")  # a reference ("25/104", "25/01873") or a date, no fraction
# a telephone number, in groups ("01632 480 999", "+44 20 7946 0321"): its groups are no amounts
_PHONE = re.compile(r"(?<![\d.,£$€])(?:\+\d{1,3}[ -]?|0)\d{1,4}(?:[ -]\d{3,4}){2,}(?!\d|[.,]\d)")
_FIGURE = re.compile(r"\d+(?:[:.]\d+)*")  # a number or time as written: "20:40", "10.5"
_CELL = re.compile(r"(?:^|; |\u2014 )([^:;\u2014]{1,40}): ([^;]+)")  # a table row's "column: value"
_PERCENT = frozenset({"pct", "percent", "percentage"})
# a column named by a span of time holds a date or a count, not a duration: "year_saved", "day"
_NO_UNIT_COLUMN = frozenset({"year", "years", "day", "days", "week", "weeks", "month", "months", "l"})
_MONEY_COLUMN = re.compile(r"\([£$€]\)")  # "Cost (£)"
_ITEM_WORDS = 12  # a clause this short is one item of a list, its label and its value
# a verb and its preposition before a name: "… ordered from Brenchley", "… sold to Harlow"
_BEFORE_NAME = re.compile(r"(?<=[a-z] )([a-z]+) (from|to|in|at|by|with|for|on) ([A-Z][\w'’-]+)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")  # where a document's sentences part (a row is one)
_E_MAIL_ADDRESS = re.compile(r"\be-?mail address", re.IGNORECASE)
_CLAUSE_END = re.compile(r"(?<=[.!?;])\s+")  # where a document's sentences (and a row's cells) part
# and where days' clauses part: "closed on Mondays and open 8:00-17:30 on other days" (not "Friday and
# Saturday")
_DAY_CLAUSE_END = re.compile(
    r"(?<=[.!?;,])\s+|\s+and\s+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b)", re.IGNORECASE
)
_LABEL = re.compile(r"\b\w[\w ]{0,30}:")  # a row's column name, "Vet:": capitalized, yet no name
# a name of several capitalized words ("Gorrin Street", "Isle of Tessell"), not opening a sentence
_NAME_RUN = re.compile(
    r"(?<![.!?]\s)(?<!^)\b([A-Z][\w'’-]+(?:\s+(?:of\s+|the\s+|de\s+|van\s+|von\s+)?[A-Z][\w'’-]+)+)"
)
_QUESTION_WORD = re.compile(rf"\b(?:{WH_WORDS})\b", re.IGNORECASE)
# what a question asks of a thing it names: "the president of Serbia", "the largest city in Brunei", "the
# PIPA test tag number on the castle"
_RELATION = re.compile(  # "because of her age", "instead of a deposit": no thing's relation
    r"\b(?:the|a|an)\s+((?:[\w-]+\s+){0,3}?[\w-]+)(?<!\bbecause)(?<!\binstead)(?<!\bregardless)"
    r"(?<!\birrespective)\s+(?:of|in|on|at|for)\s",
    re.IGNORECASE,
)
# what a price is asked of: "the price of mince pies in the barn", "the charge for a replacement key?",
# "charge to move a grand piano"
_PRICED = re.compile(
    r"\b(?:prices?|costs?|charges?|fees?)\s+(?:of|for|to\s+(?!(?:be|get|have|do|come|go|take|make|the|an?)\b)"
    r"[a-z]+)\s+"
    r"((?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
    r"(?=\s+(?:in|at|on|from|with|to|for|by|per|each|if|when)\b|\s*[?,.!]|\s*$)",
    re.IGNORECASE,
)
_OWNER = re.compile(r"\b[\w-]+['\u2019]s\s+")  # whose a priced thing is, no word of it: "a dog's nails"
# what a question asks of someone or something it names by a possessive: "the Reverend Latch's wife"
# (not "What's planted", nor a code's: "T13's blade" may be written "Bld")
_POSSESSED = re.compile(
    r"\b(?!(?:What|Who|Where|When|How|Which|That|There|Here|It|Let|He|She"
    r"|Something|Someone|Somebody|Everything|Everyone|Nothing|Nobody)['’])[A-Z][a-z]+['’]s\s+([a-z][\w-]*)"
)
# a time after "the end of", "the start of": the words before it say when, not what is asked
_POSITIONS = frozenset({"end", "start", "beginning", "middle", "close", "turn"})
_TIME_AFTER = re.compile(
    r"(?:the\s+)?(?:year|month|week|day|season|term|quarter|\d{4}\b|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|january|february|march|april|june|july|august|"
    r"september|october|november|december)\b",
    re.IGNORECASE,
)


# a heading's section number ("Canopy Trails › 4. Weather and cancellations: …"): no value of the text
_SECTION_NUMBER = re.compile(r"(?<=\u203a )\d+(?:\.\d+)*[.)]\s+(?=[^\W\d])")
_SECTION_ASKED = re.compile(r"\b(?:section|part|clause|chapter|paragraph|item|point|rule)s?\b", re.IGNORECASE)


def _end_elsewhere(sentence: str, question: str, documents: list[str]) -> bool:
    """Whether a question asking when something ends ("What time do the Telescope Nights finish?") is
    answered by a time of day the documents give in no clause saying an end ("the decision is
    emailed by 16:00"; not "open 09:00-17:00", "until 21:30", "last entry 16:00")."""
    times = clock_times(sentence) - clock_times(question)
    if not times or not _ASKS_END.search(question):
        return False
    clauses = [clause for clause in _body_clauses(documents) if times & clock_times(clause)]
    return bool(clauses) and not any(_SAYS_END.search(clause) for clause in clauses)


_ASKS_END = re.compile(r"\b(?:what time|when)\b[^?]*\b(?:finish|end|close|shut|over|stop)", re.IGNORECASE)
_SAYS_END = re.compile(
    r"\b(?:until|till|til|to|finish\w*|ends?|ending|clos\w*|shut\w*|stop\w*|last|latest|over|free"
    r"|pick(?:ing)?[\s-]?ups?|collect\w*|home\s+time)\b"
    r"|\d(?:\s*[ap]\.?m\.?)?\s*[\u2013-]\s*\d",  # "10:00 am - 5:30 pm"
    re.IGNORECASE,
)


def _code_swapped(sentence: str, documents: list[str]) -> bool:
    """Whether the answer is a sentence of the documents told of another code than theirs: "CF-024 is
    the benchtop refrigerated centrifuge in room 2.11." where the log says it of CF-240, "S-44 is the
    Honey Barrow." where it is stall S-411 (the 135M reader moves a sentence onto the code asked
    about). Every sentence saying what the answer says must open on another code. A person is left
    alone: documents say things of one by a pronoun, a first name or a heading as often as by name."""
    code, said = _coded_subject(sentence)
    if not code or len(said) < _PREDICATE_WORDS:
        return False
    told = [_coded_subject(part) for document in documents for part in _SENTENCE_END.split(body_of(document))]
    whose = [who for who, what in told if what[: len(said)] == said]
    return bool(whose) and all(who and who != code for who in whose)


_PREDICATE_WORDS = 4  # what a sentence says of its subject, in words, at the least to be its own


def _coded_subject(sentence: str) -> tuple[str, list[str]]:
    """The code a sentence opens with, after its kind or not ("CF-024 is …", "Stall S-411 is …"), and
    the words of the rest; no code ("") for a sentence opening otherwise."""
    tokens = sentence.split()
    at = 1 if tokens[1:2] and tokens[0].istitle() and tokens[0].isalpha() else 0
    code = words(tokens[at]) if tokens[at:] else []
    if len(code) != 1 or not is_code(code[0]):
        return "", []
    return code[0], words(" ".join(tokens[at + 1 :]))


def _body_clauses(documents: list[str]) -> list[str]:
    """The sentences (and a row's cells) of the documents' text, their heading paths aside."""
    return [clause for document in documents for clause in _CLAUSE_END.split(body_of(document))]


def stem(word: str) -> str:
    """A crude stem, enough to see that "closes" says no more than "close" (or "weekdays" than "weekday")."""
    return (_ENDING.sub("", word) if len(word) > 3 else word)[:6]


def _asked_opening(sentence: str, asked: list[str]) -> set[str]:
    """The sentence's opening word when it is a word of the question in another form, capitalized only
    because it opens the sentence: "Pay the subs by Thursday 30 April." of "the deadline for paying the
    subs" gives an instruction, not a name "Pay"."""
    first = next(iter(words(sentence)), "")
    return {first} if _ENDING.sub("", first) in {_ENDING.sub("", word) for word in asked} else set()


def grounded(sentence: str, question: str, documents: list[str]) -> bool:
    """Whether ``sentence`` adds something to ``question``, every number, name or listed value
    (weekday, month, colour) it adds is written in ``documents`` (and not only of another thing listed
    beside the one asked about), and it names no file the question does not."""
    if any(name.casefold() not in question.casefold() for name in _FILE_NAME.findall(sentence)):
        return False  # a file's name is where a value stands, never the value asked for
    if _column_unasked(sentence, question):
        return False
    sectioned = _SECTION_ASKED.search(question)  # "Which section covers refunds?" asks the number
    text = " ".join(document if sectioned else _SECTION_NUMBER.sub("", document) for document in documents)
    asked, told, said = words(question), words(text), words(sentence)
    # and the months and weekdays a span states: "between December and February" says January
    known = with_parts(told) | (stated(told, counted=True) & (MONTHS | WEEKDAYS)) | dated_weekdays(text)
    question_words = set(asked)
    added = [w for w in said if w not in question_words]
    if any(not held(w, known) for w in added if any(c.isdigit() for c in w)):
        return False
    if any(not _figure_written(w, known) for w in added if w in FIGURES and w != "one"):
        return False  # "three wheelchair spaces" of a row's 2 ("one" is also a pronoun)
    values = {_value(w) for w in known if _is_value(w)}
    if any(_value(w) not in values for w in added if _is_value(w)):
        return False
    if (
        _unit_changed(sentence, question_words, text)
        or _amount_made_up(sentence, question_words, text)
        or _scale_added(sentence, text)
        or _measure_moved(sentence, text)
        or _rate_moved(sentence, text)
        or _year_priced(sentence, question, text)
        or _year_coded(sentence, question, documents)
        or _bound_flipped(sentence, question, documents)
        or _bound_added(sentence, question, documents)
    ):
        return False
    named = name_words(sentence) - question_words - FILLER - _asked_opening(sentence, asked)
    if any(not held(w, known) for w in named if not _is_value(w)):  # "Dec" is checked as a month
        return False
    if _letters_unwritten(sentence, question_words, known) or _address_for_someone(sentence, question):
        return False
    if _code_unwritten(sentence, f"{question} {text}"):
        return False
    if _phone_for_another_number(sentence, question):
        return False
    if _kind_unwritten(sentence, question, known):
        return False
    if _said_of_itself(sentence, question) or _rate_of_another_unit(said, asked):
        return False
    if _adds_nothing(sentence, question):
        return False
    if _name_unwritten(sentence, question, text) or _ordinal_moved(said, question, documents):
        return False
    if _code_swapped(sentence, documents):
        return False
    if _premise_changed(sentence, question) or _condition_changed(sentence, question, documents):
        return False
    if _measure_unstated(question, text) or _condition_elsewhere(sentence, question, documents):
        return False
    if _group_elsewhere(sentence, question) or _sender_named(named, question, documents):
        return False
    if _sent_time_given(sentence, question, documents) or _end_elsewhere(sentence, question, documents):
        return False
    uses = uses_word(known)  # built once: three checks below ask it
    if _rank_unsaid(question, said, uses) or _time_unwritten(sentence, question, text):
        return False
    if _range_unwritten(sentence, f"{text} {question}"):
        return False
    if _only_a_dates_day(sentence, question, text):
        return False
    if _turned_round(question, said) or _journey_end_swapped(sentence, documents):
        return False
    if _unread_yes_or_no(sentence, question, uses) or _duty_denied(sentence, documents):
        return False
    if _told_apart(question, said, named, documents) or _of_another_year(question, said, documents):
        return False
    if _of_another_day(question, said, named, documents) or _figure_moved(said, documents):
        return False
    if _figure_of_another_name(sentence, question, documents) or _figure_of_namesake(
        sentence, question, documents
    ):
        return False
    if _given_figure_swapped(sentence, question) or _extreme_flipped(sentence, question):
        return False
    if _figure_of_the_unnegated(sentence, question, documents) or _figure_for_another(
        sentence, question, documents
    ):
        return False
    if _figure_for_other_people(sentence, question, documents):
        return False
    if _given_amount_elsewhere(sentence, question, documents) or _price_for_tax(sentence, question):
        return False
    phoned = _phone_of_named(sentence, question, documents) or (
        bool(_PHONE_LABEL.search(question)) and _phone_labelled(sentence, question, documents)
    )
    if _claims_unsaid(question, said, uses, phoned) and not _tied(question, said, documents, named):
        return False
    if _said_too_often(said, told, named):
        return False
    if told_of_another(sentence, question, documents) or _value_of_another_part(
        sentence, question, documents
    ):
        return False
    if labelled_elsewhere(sentence, question, documents) or swapped_thing(sentence, question, documents):
        return False
    in_question, in_documents, in_sentence = _stems(asked), _stems(told), _stems(said)
    # a word of the question said once more counts where the documents say it as often ("The capital
    # of Kuwait is Kuwait."), not where the model only turned the question round ("Samoa is the
    # capital of Samoa.")
    return any(
        stem not in in_question or in_documents[stem] >= in_sentence[stem]
        for stem in in_sentence - in_question
    )


# letters in capitals standing alone, not before a number: no code's ("RX 420") nor currency's ("GBP 15")
_CAPITAL_LETTERS = re.compile(r"(?<![\w./-])[A-Z]{2,}(?![\w/-])(?!\s+\d)")


def _figure_written(number: str, known: set[str]) -> bool:
    """Whether the documents write a number said in words, in words or as its figure, alone or
    before a unit ("eleven" of "11am")."""
    figure = FIGURES[number]
    return held(number, known) or any(
        word.startswith(figure) and not word[len(figure) : len(figure) + 1].isdigit() for word in known
    )


def _letters_unwritten(sentence: str, question_words: set[str], known: set[str]) -> bool:
    """Whether ``sentence`` adds letters in capitals that neither the question nor the documents
    write: "Priya Hallworth is registered with the ITA." of a service record naming no such body
    (:func:`name_words` reads capitalized words, not capitals)."""
    return any(
        letters.casefold() not in question_words and not held(letters.casefold(), known)
        for letters in _CAPITAL_LETTERS.findall(sentence)
    )


def _code_unwritten(sentence: str, written: str) -> bool:
    """Whether ``sentence`` writes a code of hyphened parts, letters and figures, that the question and
    documents (``written``) never write, in any case, its parts joined by a hyphen, a dash, a space or
    nothing: the model's "EP-C2" of a register's "EICR C2" and "EPC F", whose words each are written."""
    parts = [part.upper() for part in _PART.findall(written)]
    known = {"".join(parts[at : at + size]) for size in range(1, _MOST_PARTS + 1) for at in range(len(parts))}
    return any(code.replace("-", "") not in known for code in _HYPHENED_CODE.findall(sentence))


_HYPHENED_CODE = re.compile(r"(?<![\w-])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)+(?![\w-])")
_PART = re.compile(r"[^\W_]+")  # a code's parts, however parted: "HG-P010", "HG\u2013P010", "KW 220"
_MOST_PARTS = 4  # parts of the longest code written apart ("HT 26 0219")


def _rate_of_another_unit(said: list[str], asked: list[str]) -> bool:
    """Whether the question asks a rate per one unit and the answer gives one per another only: "They
    charge £40 for each extra week." for a charge per extra tonne."""
    wanted, given = rate_units(asked), rate_units(said)
    return bool(wanted and given) and not wanted & given


_FILLER_STEMS = frozenset(stem(w) for w in FILLER)
_COPULA = re.compile(r"^(.*?)\s+(?:is|are|was|were)\s+(.*?)[.!]?$")  # "<subject> is <complement>"


def _said_of_itself(sentence: str, question: str) -> bool:
    """Whether ``sentence`` only says a thing is itself, of nothing the question asks: "The tug of war
    between the Plough Inn and the Cricket Club is a tug of war." for the dog show's classes (not
    "The capital of Kuwait is Kuwait.", whose subject is what was asked)."""
    said = _COPULA.match(sentence.strip())
    if not said:
        return False
    subject, complement = ({w for w in words(part) if w not in FILLER} for part in said.groups())
    return (
        bool(complement)
        and complement <= subject
        and not stem_keys(said[1]) & stem_keys(question) - _FILLER_STEMS
    )


def _adds_nothing(sentence: str, question: str) -> bool:
    """Whether ``sentence`` says only the question's own words back, three or more of them, and ends on
    no name: "The cash machine at Yelverdale Post Office is going to replace the cash machine." for
    what is replacing it (not "The capital of San Marino is San Marino.", whose name is the answer)."""
    said = stem_keys(" ".join(w for w in words(sentence) if w not in FILLER))
    if len(said) < _ADDS_LEAST or not said <= stem_keys(question):
        return False
    return not any(token[:1].isupper() for token in sentence.split()[1:][-_NAME_END:])


_ADDS_LEAST = 3  # words of a sentence that may say something ("Good morning!" says two)
_NAME_END = 3  # the last words of a sentence where a name answering it stands ("… is San Marino.")


def _address_for_someone(sentence: str, question: str) -> bool:
    """Whether a question asking who is answered with an address and no one's name: "The copperlea
    driver is Unit 4, Gadwell Trading Estate, Copperlea." (the firm's letterhead)."""
    if not asks_who(question):
        return False
    rest = _ADDRESS.sub(" ", sentence)
    return rest != sentence and not name_words(rest) - set(words(question))


def _phone_for_another_number(sentence: str, question: str) -> bool:
    """Whether a question asking a number of a kind no telephone's is ("registration number", "policy
    no.") is answered with a telephone number: "Bluebell is registered at 07700 900521." (the client's
    phone, in the booking's row that names the car)."""
    kinds = {m[1].casefold() for m in _NUMBER_KIND.finditer(question)}
    return bool(kinds & _NOT_PHONE_KINDS) and bool(phone_numbers(sentence))


# the kinds of number a question may ask that are no telephone's, and how it asks one ("reg no.")
_NOT_PHONE_TEXT = """registration reg policy account licence license reference ref order invoice
    membership member serial plate charity company vat tracking permit claim batch lot ticket flight
    part model badge stock job"""  # not "booking": a restaurant's "booking number" is a phone line
_NOT_PHONE_KINDS = frozenset(_NOT_PHONE_TEXT.split())
_NUMBER_KIND = re.compile(r"\b([a-z]+)\s+(?:number|no\.|no(?=\s*[:#?\d]|\s*$)|num\b)", re.IGNORECASE)


def _value_of_another_part(sentence: str, question: str, documents: list[str]) -> bool:
    """Whether a number the answer adds stands only in parts of a document's sentence that lack a
    word of the question which another part, with a number of its own, says: "Full membership
    costs £28 a month, or £16 a month for students" gives students £16, not £28."""
    asked = {stem(w) for w in words(question) if w not in FILLER and w not in ASKING}
    figures = set(_FIGURE.findall(sentence)) - set(_FIGURE.findall(question))
    for document in documents:
        for clause in _CLAUSE_END.split(body_of(document)):
            split = _PARTS.split(clause)
            for figure in figures:
                money = any(_money_figure(figure, part) for part in split)
                # each part's numbers of the figure's kind: "£15 per job, and … at least 7 days before"
                # sets no value against the charge
                parts = [
                    ({n for n in _FIGURE.findall(part) if _money_figure(n, part) == money}, stem_keys(part))
                    for part in split
                ]
                holding = [at for at, (numbers, _) in enumerate(parts) if figure in numbers]
                if holding and all(_lacks(parts, at, asked) for at in holding):
                    return True
    return False


def _money_figure(figure: str, part: str) -> bool:
    """Whether ``part`` writes ``figure`` as an amount of money ("£15")."""
    return any(m[0].replace(",", "").lstrip("£$€ ") == figure for m in _MONEY.finditer(part))


def _lacks(parts: list[tuple[set[str], set[str]]], at: int, asked: set[str]) -> bool:
    """Whether part ``at`` of a sentence (each part's numbers and word stems) lacks an ``asked`` word
    that another part with a number says. A later part is read with the first one's words, which it
    leaves unsaid ("or £16 a month for students": of membership)."""
    read = parts[at][1] | (parts[0][1] if at else set())
    elsewhere = {key for i, (numbers, keys) in enumerate(parts) if i != at and numbers for key in keys}
    return bool(asked & elsewhere - read)


# where a sentence sets one value against another: ", or £16 a month for students", "while …"
_PARTS = re.compile(r",?\s+(?:or|whereas|while|but)\s+|,\s+and\s+")


def _only_a_dates_day(sentence: str, question: str, text: str) -> bool:
    """Whether the answer, saying no date, gives a number (no year) that the documents write only as
    the day or month of a date: "sown at depth 15" from "2024-10-15 (15 October 2024)"."""
    said, asked = words(sentence), set(words(question))
    numbers = [w for w in said if w.isdigit() and not 1000 <= int(w) <= 2999 and w not in asked]
    if not numbers or _DATED.search(sentence) or any(calendar(w) for w in said):
        return False
    undated = set(words(_DATED.sub(" ", text)))  # the documents read again only for such a number
    return any(w not in undated for w in numbers)


_MONTH_TEXT = "|".join(name[:3] for name in MONTH_NAMES)
# a date as documents write it: "2024-10-15", "15/10/2024", "15 October 2024", "Oct 15th"
_DATED = re.compile(
    rf"\b\d{{4}}-\d{{1,2}}-\d{{1,2}}\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_TEXT})[a-z]*\.?"
    rf"|\b(?:{_MONTH_TEXT})[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)


def _column_unasked(sentence: str, question: str) -> bool:
    """Whether the answer names a table's column as written (``ins_cvr_gbp``) of which the question
    says nothing: no word of it, nor a word it shortens ("thumb" of "thumbnail"). The model reads the
    column nearest what it was asked: "How much money is outstanding …?" → "SB-0206 has an
    ins_cvr_gbp of 2000."."""
    asked = [w for w in words(question) if w not in FILLER]
    return any(
        not any(a.startswith(part) for a in asked for part in column.split("_") if len(part) > 1)
        for column in _COLUMN.findall(sentence)
    )


def _claims_unsaid(question: str, said: list[str], uses: Callable[[str], bool], phoned: bool = False) -> bool:
    """Whether the sentence says a word of the question that the documents never use, nor one near it:
    it then tells what was asked of a value the documents give for something else ("The Grey
    Herring was retired in 1951." from "built in 1951", "The logo was designed by Hal Wendover." from
    the log's supervisor). The question's names are left to the name checks (a slip in one is mended),
    words that only say how it asks (:data:`ASKING`) to the answer-kind check, and light verbs
    ("takes place") go with their words, as does the doer of a deed asked ("what does the band
    charge"). ``uses``: :func:`uses_word` of the documents' words, with their columns' parts;
    ``phoned``: the answer gives the telephone number written beside the asked name, however the
    documents call it ("Office: 01632 960215"). Of a yes-or-no question, the answer's words are the
    question's in any form ("Does the library deliver …?" → "The library delivers …")."""
    skipped = FILLER | ASKING | LIGHT | _RATE | _COUNTED_IN | name_words(question) | _doers(question)
    if _DUE_BACK.search(question) or _MONEY_BACK.search(question):
        skipped |= {"back"}  # "due back" asks the promised date, "due" its word; "money back" a refund
    if _E_MAIL_ADDRESS.search(question):
        skipped |= {"address"}  # "the email address": an e-mail written whole is one
    if phoned:
        skipped |= _PHONE_WORDS
    claimed = set(said)
    if yes_or_no(question):  # "Does the library deliver …?" → "The library delivers …": the asked deed
        stems = {stem(word): word for word in words(question) if len(word) >= 4}
        claimed = {stems.get(stem(word), word) for word in said}
    return any(
        not (any(c.isdigit() for c in word) or uses(word) or uses(FIGURES.get(word, word)))  # "two": a 2
        for word in claimed & set(words(question)) - skipped
    )


def _phone_of_named(sentence: str, question: str, documents: list[str]) -> bool:
    """Whether the answer gives a telephone number that a sentence of the documents writes beside the
    names the question asks of, which their headings do not say: "Sunita Hallam, Housing Officer;
    Office: 01632 960215" is her phone number, not a firm's number written under its name."""
    numbers = phone_numbers(sentence)
    if not numbers:
        return False
    for document in documents:
        named = name_words(question) - set(words(heading_of(document)))
        for part in _SENTENCE_END.split(body_of(document)):  # a contact's line: "…; Office: 01632 …"
            start = 0
            for number in PHONE_GROUPS.finditer(part):  # each number's entry: after the one before it
                if (
                    numbers & phone_numbers(number[0])
                    and named
                    and named <= set(words(part[start : number.start()]))
                ):
                    return True
                start = number.end()
    return False


_PHONE_WORDS = frozenset({"phone", "phones", "telephone", "number", "numbers", "mobile", "tel"})
# a number the documents themselves call a telephone number: "Telephone: 01632 771 455"
_PHONE_LABEL = re.compile(r"\b(?:tele)?phone|\btel\b|\bmobile\b", re.IGNORECASE)


def _phone_labelled(sentence: str, question: str, documents: list[str]) -> bool:
    """Whether the answer gives a number that the documents write straight after a word calling it a
    telephone number (a contacts table's "Telephone" column, "Tel: …"), in a row or clause that says
    every word the question asks of (their headings aside): asked for "the phone number", it is one,
    whatever the documents call it (not Alice's for Bob, nor the head's "Mobile" for the deputy, nor
    the reception's "Tel:" for "the out of hours phone number")."""
    numbers = phone_numbers(sentence)
    wanted = {stem(w) for w in words(question) if w not in FILLER | ASKING | _PHONE_WORDS}
    for document in documents if numbers else ():
        asked = wanted - {stem(w) for w in words(heading_of(document))}
        for number in PHONE_GROUPS.finditer(document):
            label = document[max(0, number.start() - 14) : number.start()]
            if not (numbers & phone_numbers(number[0]) and _PHONE_LABEL.search(label)):
                continue
            if "mobile" in words(question) and "mobile" not in words(label):
                continue  # "the warden's mobile number" is not the landline beside it
            row = ROW_SEPARATOR in document  # a row's cells are all its own; a clause's, up to its number
            clause = document if row else re.split(r"[.;]\s", document[: number.start()])[-1]
            if asked <= {stem(w) for w in words(clause)}:
                return True
    return False


def _condition_changed(sentence: str, question: str, documents: list[str]) -> bool:
    """Whether the sentence gives a measure of the kind the question gives as its condition, but
    another one, and not the question's: "at 100% fan speed" answered "34 dB(A) at 50% fan speed"
    (a number of things or a day is no such measure)."""
    given = measures(question)
    asked = {
        dimension: number for number, dimensions in given.items() for dimension in dimensions - {None, COUNT}
    }
    said = measures(sentence)
    return any(
        dimension in asked
        and asked[dimension] not in said
        and number not in given
        and not _bound_holds(number, asked[dimension], documents)
        for number, dimensions in said.items()
        for dimension in dimensions - {None, COUNT}
    )


def _measure_unstated(question: str, text: str) -> bool:
    """Whether the question gives a measure ("a 25 litre fish box") whose number the documents write
    only as another kind of measure ("per 25 kg bag"): what they say of that number is not of the
    thing asked."""
    written = measures(text)
    return any(
        number in written and not dimensions & written[number] and written[number] - {None, COUNT}
        for number, dimensions in measures(question).items()
        if dimensions - {None, COUNT} and not dimensions & {None}
    )


def _condition_elsewhere(sentence: str, question: str, documents: list[str]) -> bool:
    """Whether the question gives a number as its condition ("My son is 12"), and every clause part
    holding a figure the answer adds leaves it unstated while another part, with a figure of its
    own, holds it: "The Rink Pass costs £15 a year (£9 for under-16s)" gives a 12-year-old £9."""
    conditions = given_numbers(question) - stated(words(sentence))
    figures = set(_FIGURE.findall(sentence)) - set(_FIGURE.findall(question))
    if not conditions or not figures:
        return False
    for clause in _body_clauses(documents):
        parts = [
            (set(_FIGURE.findall(part)), stated(words(part), counted=True))
            for part in _CONDITION_PARTS.split(clause)
        ]
        holding = [at for at, (numbers, _) in enumerate(parts) if numbers & figures]
        if (
            holding
            and all(not conditions <= parts[at][1] for at in holding)
            and any(numbers and not numbers & figures and conditions <= held for numbers, held in parts)
        ):
            return True
    return False


def given_numbers(question: str) -> set[str]:
    """The bare numbers the question gives as its condition, as :func:`stated` writes them: an age
    or a count ("My son is 12"), not a measure ("10 inch", "(10-20kg)"), a year nor a house's
    number ("14 Corvell Road")."""
    spans = {n for m in _NUMBER_SPAN.finditer(question) for n in m.groups()}
    spans |= {
        m[1] for m in _HOUSE_NUMBER.finditer(question) if not calendar(m[2].casefold()) and m[2] not in _AGED
    }
    return stated(
        words(
            " ".join(
                n
                for n, dims in measures(question).items()
                if dims <= {None} and is_number(n) and float(n) < _YEARS and n not in spans
            )
        )
    )


def _sender_named(named: set[str], question: str, documents: list[str]) -> bool:
    """Whether the answer's names are those of a message's sender, whom the documents name only in its
    heading ("… › From Bethan Ashlow, Thu, 19 Mar 2026: If you choose quartz, our stone supplier has
    to template the units"), and the question asks nothing of who sent it: "The stone supplier is
    Bethan Ashlow." makes the writer what the message only mentions."""
    senders = {
        w for document in documents for m in _SENDER.finditer(heading_of(document)) for w in words(m[1])
    }
    bodies = {w for document in documents for w in words(body_of(document))}
    return bool(named) and named <= senders - bodies and not _SENDING.search(question)


def _sent_time_given(sentence: str, question: str, documents: list[str]) -> bool:
    """Whether the answer's times of day are those a message was sent at, which the documents write
    only in its heading ("… › From Ifor Castleton, Thu, 12 Mar 2026 16:42:10 +0000 › …"), and the
    question asks nothing of when it was sent: "The workshop closes at 16:42:10." of a quote."""
    given = {_hour_minute(m) for m in _ANY_TIME.finditer(sentence)}
    sent = {
        _hour_minute(m)
        for document in documents
        for line in _SENT_LINE.findall(heading_of(document))
        for m in _ANY_TIME.finditer(line)
    }
    bodies = {_hour_minute(m) for document in documents for m in _ANY_TIME.finditer(body_of(document))}
    return bool(given) and given <= sent - bodies and not _SENDING.search(question)


def _hour_minute(match: re.Match) -> tuple[int, int]:
    """A time of day's hour and minute, as :data:`_ANY_TIME` finds it."""
    return int(match[1]), int(match[2])


_ANY_TIME = re.compile(r"(?<![\d.:])(\d{1,2}):(\d{2})(?::\d{2})?(?!\d|[.:]\d)")  # "16:42", "16:42:10"
_SENT_LINE = re.compile(r"(?:^|\u203a )From [^\u203a]+")
# a message's heading as ingestion writes it (:mod:`ingest.text`): "From Bethan Ashlow, Thu, 19 Mar …"
_SENDER = re.compile(r"(?:^|\u203a )From ([^,\u203a]+),")
_SENDING = re.compile(
    r"\b(?:sent|send|sends|sender|wrote|write|writes|written|e-?mail(?:ed)?|repl(?:y|ied|ies)|signed|message)\b",
    re.IGNORECASE,
)


def _group_elsewhere(sentence: str, question: str) -> bool:
    """Whether the answer tells of a span or bound of numbers ("aged 14-17", "under 8") that does not
    hold the number the question gives ("I'm 12 - can my mum just drop me off?" → "Juniors aged
    14-17 need a signed consent form."): it is about another group."""
    given, said = given_numbers(question), words(sentence)
    counted = {n for n in stated(said, counted=True) if is_number(n)}  # not a "weekday"'s days
    return bool(given) and counted > stated(said) & counted and not given & counted


_YEARS = 1000  # a bare number from here up is a year, no condition of a thing
# a number that opens a name of two words or more: "14 Corvell Road" (not "I'm 12 Can I …")
_HOUSE_NUMBER = re.compile(r"\b(\d+)\s+([A-Z][\w'\u2019]+)\s+[A-Z]")
_AGED = frozenset({"Year", "Years", "Yr", "Yrs", "Month", "Months", "Week", "Weeks"})  # "my 9 Year old"
_NUMBER_SPAN = re.compile(r"(\d+)\s?[-\u2013]\s?(\d+)")
# where a clause sets a value apart by a condition: "£15 a year (£9 for under-16s)", ", or £6 for …"
_CONDITION_PARTS = re.compile(rf"\s*\(|\)|{_PARTS.pattern}")


def _bound_holds(number: str, condition: str, documents: list[str]) -> bool:
    """Whether a sentence of the documents gives ``number`` under a bound or span that holds the
    question's ``condition`` without writing it: "Orders under £25 are charged a £3.50 delivery
    fee." answers "my order is about £15, do they charge for delivery?"."""
    wanted, condition_stated = stated(words(number)), stated(words(condition))
    for clause in (clause for document in documents for clause in _CLAUSE_END.split(document)):
        written, counted = stated(words(clause)), stated(words(clause), counted=True)
        if wanted <= written and not condition_stated <= written and condition_stated <= counted:
            return True
    return False


def _journey_end_swapped(sentence: str, documents: list[str]) -> bool:
    """Whether the answer tells a time or number as one end of a journey or span (an arrival, an end)
    where every sentence or cell of the documents that holds it gives it as the other (a departure,
    a start): "The Twilight Steam trains arrive at 20:40." of "last departure from Pennock Bridge at
    20:40", "The tenancy ends on 1 March 2017." of "Tenancy start: 01/03/2017 (1 March 2017)", "The
    return ferry arrives at 15:20." of "depart Montvérac 07:30, Calais-Dover sailing 15:20, arrive …"."""
    told, values = set(words(sentence)), set(_FIGURE.findall(sentence))
    holding = [
        _end_part(part, clause)
        for document in documents
        for clause in _CLAUSE_END.split(document)
        for part in clause.split(", ")
        if values & set(_FIGURE.findall(part))
    ]
    return bool(holding) and any(
        told & end and all(written & other and not written & end for written in holding)
        for end, other in _JOURNEY_ENDS
    )


def _end_part(part: str, clause: str) -> set[str]:
    """The words of a clause's comma part that tells a journey's end itself ("Calais-Dover sailing
    15:20" of "depart Montvérac 07:30, Calais-Dover sailing 15:20, arrive …"), else the clause's
    ("Departure: Monday, 10:05")."""
    said = set(words(part))
    return said if any(said & end for end, _ in _JOURNEY_ENDS) else set(words(clause))


def _premise_changed(sentence: str, question: str) -> bool:
    """Whether the answer says a verb and its preposition that the question says before a name, with
    another name after them: "Which product has the association ordered from Brenchley?" → "It is
    ordered from Ossian." gainsays the question (a name spelt nearly alike is the question's,
    mended)."""
    for first, second, name in _BEFORE_NAME.findall(question):
        said = re.search(rf"\b(?i:{re.escape(first)} {second}) ([A-Z][\w'’-]+)", sentence)
        if said and get_close_matches(said[1].casefold(), [name.casefold()], cutoff=0.8) == []:
            return True
    return False


def _told_apart(question: str, said: list[str], named: set[str], documents: list[str]) -> bool:
    """Whether the answer gives a thing (``named``: its name words the question lacks) or a number for
    the numbers the question gives, where no sentence of the documents that holds those numbers does
    (a name may stand in the sentence before: "It was built in 1931."; a number in one after, as a
    log's entry goes on after its date; anywhere in a section whose heading holds them): "Which room
    seats 8 people?" is not answered by the Tamsin Room of "The Tamsin Room seats 24 people … The
    Reading Nook seats 8 people", nor "the population in 1901" by the 2,340 of "The census of 1801
    counted 2,340. By 1901 the figure had grown to 9,870."."""
    given = {w for w in words(question) if is_number(w)}  # numbers, not codes
    named = {w for w in named if not calendar(w)}
    added = {w for w in said if is_number(w)} - given
    if not given or not (named or added):
        return False
    holding = []  # (the words near enough for a name, for a number) of each place holding them
    for document in documents:
        if given <= set(words(heading_of(document))):
            holding.append((set(words(document)),) * 2)
            continue
        sentences = [set(words(sentence)) for sentence in _SENTENCE_END.split(document)]
        for at, sentence in enumerate(sentences):
            if given <= sentence:
                before = sentences[at - 1] if at else set()
                holding.append((before | sentence, set().union(*sentences[at:])))
    names_apart = bool(named) and not any(named & near for near, _ in holding)
    numbers_apart = bool(added) and not any(added & after for _, after in holding)
    return bool(holding) and (names_apart or numbers_apart)


def _of_another_year(question: str, said: list[str], documents: list[str]) -> bool:
    """Whether every number the answer adds stands, wherever the documents write it beside a year,
    nearer another year than the one the question asks of: "What does the contract cost for 2026?"
    is not "£6,120" of "renewed for 2026 at £6,450 per year, compared with £6,120 in 2025"."""
    asked = {w for w in words(question) if _YEAR.fullmatch(w)}
    added = {w for w in said if is_number(w) and not _YEAR.fullmatch(w)} - set(words(question))
    if not asked or not added:
        return False
    nearest_asked = []  # for each place an added number stands beside years: is an asked one nearest?
    for sentence in (s for document in documents for s in _SENTENCE_END.split(document)):
        written = words(sentence)
        years = [at for at, w in enumerate(written) if _YEAR.fullmatch(w)]
        for at in (at for at, w in enumerate(written) if w in added and years):
            apart = {at_year: abs(at_year - at) for at_year in years}
            closest = min(apart.values())
            nearest_asked.append(any(written[y] in asked for y, gap in apart.items() if gap == closest))
    return bool(nearest_asked) and not any(nearest_asked)


def _of_another_day(question: str, said: list[str], named: set[str], documents: list[str]) -> bool:
    """Whether a number or name the answer adds stands only in clauses that give weekdays, none of
    them the one the question asks of: "Sunday hours?" is not "9:00 and 11:00" of "Monday to Saturday
    between 9:00 and 11:00. On Sundays we are open from 10:00 to 11:00." (a time of day's ":00" aside;
    "closed on Mondays and open 8:00-17:30 on other days" gives the hours of no weekday it names), nor
    "who drives on Fridays?" "Des" of "Des drives Wednesdays, Maggie drives Fridays.". An answer that
    says "No" and names the other days itself ("No, you only get 10% off labour on Tuesdays and
    Wednesdays.") tells the figure of its own days, not of the one asked, where the documents give
    that day nothing ("Sunday 10:00-16:00" answers "Are you open on Sunday?")."""
    asked = stated(words(question)) & WEEKDAYS
    figures = {w for w in said if _figure(w) and w != "0"}  # "17:30", "7pm"
    added = (figures | (named - WEEKDAYS)) - set(words(question))
    if not asked or not added:
        return False
    clauses = [words(c) for document in documents for c in _DAY_CLAUSE_END.split(document)]
    days = [(set(written), stated(written) & WEEKDAYS) for written in clauses]
    if said[:1] == ["no"] and stated(said) & WEEKDAYS - asked and not any(held & asked for _, held in days):
        return False  # the days it holds on, of a day the documents give nothing
    for number in added:
        holding = [held for written, held in days if number in written]
        if holding and all(held and not held & asked for held in holding):
            return True
    return False


def _figure_moved(said: list[str], documents: list[str]) -> bool:
    """Whether the answer writes a figure after words that the documents write only before other
    figures, in sentences without it: "It adds a travel charge of £1.20 per mile." of "… we add a
    travel charge of £15. For anywhere else … we charge £1.20 per mile" (the model spliced two
    sentences; not "RX 241 leaves at 09:30" of "RX 205 leaves at 07:50, RX 241 at 09:30")."""
    written = [words(s) for document in documents for s in _SENTENCE_END.split(document)]
    for at in range(_LEAD, len(said)):
        lead, figure = said[at - _LEAD : at], said[at]
        if not _figure(figure) or any(map(_figure, lead)) or len(set(lead) - FILLER) < 2:
            continue
        leading = [
            (text[i + _LEAD], text)
            for text in written
            for i in range(len(text) - _LEAD)
            if text[i : i + _LEAD] == lead
        ]
        if leading and all(_figure(after) and figure not in text for after, text in leading):
            return True
    return False


_LEAD = 4  # words before a figure that say what it is


def _figure_of_another_name(sentence: str, question: str, documents: list[str]) -> bool:
    """Whether the answer gives a figure for a name the question and the answer say, where the
    documents give it in a clause alike but for naming another instead, and the clauses that say
    the name do not give it: "A lesson with Rhodri costs £38." of "Lessons with Rhodri cost £45 for
    30 minutes; lessons with Keeley cost £38 for 30 minutes."."""
    asked = set(words(question))
    names = {w for w in name_words(question) & set(words(sentence)) if not calendar(w)}
    figures = {w for w in words(sentence) if _figure(w)} - asked
    if not names or not figures:
        return False
    clauses = _body_clauses(documents)
    naming = [set(words(c)) for c in clauses if set(words(c)) & names]
    holding = [c for c in clauses if figures <= set(words(c))]
    if not naming or not holding or any(figures & said for said in naming):
        return False
    return all(
        name_words(c) - asked and any(len(set(words(c)) & said - FILLER - figures) >= 2 for said in naming)
        for c in holding
    )


def _figure_of_the_unnegated(sentence: str, question: str, documents: list[str]) -> bool:
    """Whether the question asks for those who are not something ("if I'm not a member", "for
    non-residents") and every clause of the documents giving the answer's figure gives it for those
    who are, saying no "not" or "non": "The annual permit costs £18." of "Members can buy an annual
    permit for £18" (the other side of the condition)."""
    negated = {stem(m[1]) for m in _NEGATED.finditer(question)}
    figures = {w for w in words(sentence) if _figure(w)} - set(words(question))
    if not negated or not figures:
        return False
    holding = [set(words(c)) for c in _body_clauses(documents) if figures & set(words(c))]
    return bool(holding) and all(
        negated & {stem(w) for w in said} and not said & _NEGATING for said in holding
    )


_NEGATED = re.compile(r"\b(?:[Nn]ot (?:yet )?an? (?:[A-Z][\w'\u2019-]* )*|[Nn]on-)([a-z]{3,})")
_NEGATING = frozenset({"not", "non", "no", "except", "without", "unless"})


def _figure_for_other_people(sentence: str, question: str, documents: list[str]) -> bool:
    """Whether the question asks for one kind of person ("an annual pass for a child") and every
    row or sentence of the documents giving the answer's figure names another kind and not it:
    "The annual pass costs £38.00." of "Ticket: Annual pass (adult); Price: £38.00"."""
    asked = {_PEOPLE_KINDS[w] for w in words(question) if w in _PEOPLE_KINDS}
    figures = {w for w in words(sentence) if _figure(w)} - set(words(question))
    if not asked or not figures:
        return False
    holding = [
        {_PEOPLE_KINDS[w] for w in words(unit) if w in _PEOPLE_KINDS}
        for unit in _units(documents)
        if figures & set(words(unit))
    ]
    return bool(holding) and all(kinds and not kinds & asked for kinds in holding)


# the kinds of person a price or a rule is for, each word as its kind: "kids" are children
_PEOPLE_KINDS = {
    **dict.fromkeys(["adult", "adults"], "adult"),
    **dict.fromkeys(["child", "children", "kid", "kids", "junior", "juniors"], "child"),
    **dict.fromkeys(["senior", "seniors", "pensioner", "pensioners"], "senior"),
    **dict.fromkeys(["student", "students"], "student"),
    **dict.fromkeys(["infant", "infants", "baby", "babies", "toddler", "toddlers"], "infant"),
}


def _figure_for_another(sentence: str, question: str, documents: list[str]) -> bool:
    """Whether every clause of the documents giving the answer's figure gives it for another name
    after the words the question puts before its own ("a family ticket for the Chandler's Lane
    Walk" of "A family ticket for the Family Lantern Trail costs £26"), never saying the asked one."""
    figures = {w for w in words(sentence) if _figure(w)} - set(words(question))
    asked = [(m[1], m[2]) for m in _NAME_AFTER.finditer(question)]
    if not figures or not asked:
        return False
    holding = [c for c in _body_clauses(documents) if figures & set(words(c))]
    return bool(holding) and all(
        any(
            set(words(name)) - set(words(clause))
            and any(set(words(other)).isdisjoint(words(name)) for other in _names_after(lead, clause))
            for lead, name in asked
        )
        for clause in holding
    )


def _names_after(lead: str, clause: str) -> list[str]:
    """The names ``clause`` writes right after the words ``lead`` (case aside)."""
    pattern = rf"\b(?i:{re.escape(lead.strip())})\s+((?:[A-Z][\w'\u2019-]*\s?)+)"
    return [m[1] for m in re.finditer(pattern, clause)]


# three or four words, then a name of capitalized words: "a family ticket for the Chandler's Lane Walk"
_NAME_AFTER = re.compile(r"\b((?:[a-z]+\s){2,3}(?:for|of|at|on|in)\s(?:the\s)?)((?:[A-Z][\w'\u2019-]*\s?)+)")


def _figure_of_namesake(sentence: str, question: str, documents: list[str]) -> bool:
    """Whether the answer gives a figure for a name of several words that the question and the
    answer say, where the documents give it only in clauses naming another that shares a word of it
    and never the whole name: "The Stourbeck Heritage Trust was founded in 1879." of "founded the
    Stourbeck Lace School in 1879"."""
    said = set(words(sentence))
    names = [set(words(run)) for run in _NAME_RUN.findall(question) if set(words(run)) <= said]
    figures = {w for w in said if _figure(w)} - set(words(question))
    if not names or not figures:
        return False
    holding = [c for c in _body_clauses(documents) if figures <= set(words(c))]
    return bool(holding) and all(
        not any(name <= set(words(c)) for name in names)
        and any(
            (run := set(words(other))) & name and run - name - _TITLES
            for other in _NAME_RUN.findall(c)
            for name in names
        )
        for c in holding
    )


_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "the"})  # "Mr Hartigan" is Oswin


def _given_figure_swapped(sentence: str, question: str) -> bool:
    """Whether the answer to a question that gives a figure and asks which thing or who has it gives
    another figure written alike and not the given one: "Which room has a 1:4 staff ratio?" →
    "The Oak Room has a ratio of 1:8." names the thing of another value."""
    given = set(_PARTED_FIGURE.findall(question))
    if not given or ("which" not in words(question) and not asks_who(question)):
        return False
    said = set(_PARTED_FIGURE.findall(sentence))
    shapes = {_shape(figure) for figure in given}
    return not given & said and any(_shape(figure) in shapes for figure in said)


def _given_amount_elsewhere(sentence: str, question: str, documents: list[str]) -> bool:
    """Whether the answer to a question that gives an amount of money and asks which thing or who has
    it gives that amount of a thing whose every row or sentence in the documents gives another: "Which
    item has a hire rate of £40?" → "Item 6m x 3m has a hire rate of £40." of the row "Mess shelter
    6m x 3m; Hire rate: £35.00"."""
    given = _amounts(question)
    if not given & _amounts(sentence) or ("which" not in words(question) and not asks_who(question)):
        return False
    added = set(words(sentence)) - set(words(question)) - FILLER
    if not added:
        return False
    holding = [unit for unit in _units(documents) if added <= set(words(unit))]
    return bool(holding) and not any(given & _amounts(unit) for unit in holding)


def _price_for_tax(sentence: str, question: str) -> bool:
    """Whether an answer to how much tax was added gives only prices the tax goes on top of: "How
    much VAT was added to the gasket job?" → "The gasket was charged at £85.00 + VAT." tells no VAT
    ("VAT of £17.00 was added to the £85.00 + VAT charge" does)."""
    if not _TAX_ASKED.search(question) or not _BEFORE_TAX.search(sentence):
        return False
    return len(_MONEY.findall(sentence)) == len(_BEFORE_TAX.findall(sentence))


# a question asking how much tax ("how much VAT", "what VAT amount"), not which tax nor its rate
_TAX_ASKED = re.compile(r"\bhow much\s+(?:vat|tax)\b|\bwhat\s+(?:vat|tax)\s+amount\b", re.IGNORECASE)


def _units(documents: list[str]) -> list[str]:
    """What the documents state apart: a table row whole, a prose chunk's sentences."""
    return [
        unit
        for document in documents
        for unit in ([document] if ROW_SEPARATOR in document else _SENTENCE_END.split(body_of(document)))
    ]


def _amounts(text: str) -> set[float]:
    """The amounts of money a text writes ("£40" and "£40.00" one)."""
    return {float(f"{pounds}{pence}".replace(",", "")) for pounds, pence in _MONEY.findall(text)}


# a figure of parts, a time, a ratio or an amount with pence, that no code holds: "1:4", "7.50"
_PARTED_FIGURE = re.compile(r"(?<![\w-])\d+(?:[:.]\d+)+(?![\w-])")


def _shape(figure: str) -> str:
    """How a figure is written, its digits aside: "1:4" and "1:8" alike, "10.50" and "9.95"."""
    return re.sub(r"\d+", "9", figure)


def _figure(word: str) -> bool:
    """Whether a word of :func:`words` holds a digit ("15", "1.20", "7pm")."""
    return any(c.isdigit() for c in word)


def stem_keys(text: str) -> set[str]:
    """The stems of ``text``'s words."""
    return {stem(w) for w in words(text)}


def _unread_yes_or_no(sentence: str, question: str, uses: Callable[[str], bool]) -> bool:
    """Whether a "yes" or "no" answers a yes-or-no question whose asked words the documents never use,
    nor one near them: "Are the veg boxes certified organic?" → "No, they are not." of a farm shop's
    address, which says nothing of "organic" either way. ``uses``: :func:`uses_word` of the
    documents' words."""
    if not yes_or_no(question) or not _YES_NO_OPENING.match(sentence):
        return False
    question = yes_or_no_asked(question)  # not the scene set before it ("Something's come up. Can …?")
    asked = set(words(_A_COUPLE_OF.sub(" ", question))) - FILLER - ASKING - LIGHT - name_words(question)
    asked -= _QUANTITIES | _VERB_PARTICLES | ({"back"} if _MONEY_BACK.search(question) else set())
    return any(not uses(word) for word in asked if word.isalpha() and len(word) >= 4)


def _duty_denied(sentence: str, documents: list[str]) -> bool:
    """Whether the answer says something is not needed where the documents' sentences saying all it
    says make it a duty, with no exception, age or scope the answer could be within: "No gloves are
    required for the Giant Zip." of "Gloves are compulsory on the Giant Zip" (the 135M reader drops
    or adds a "not"; not of "Gloves are compulsory, except on the junior course", nor "Helmets must
    be worn by riders under 16" for adults; a "must" answered of a "no" is no such slip: "All
    vehicles must be off by 10:30" of "no vehicles after 10:30")."""
    said = _YES_NO_COMMA.sub("", sentence)
    if not _UNNEEDED.search(said) and not (_NEGATION.search(said) and _DUTY.search(said)):
        return False
    keys = {key for key in stem_keys(_NEGATION.sub(" ", said)) - _DUTY_KEYS if key not in _FILLER_STEMS}
    holding = [unit for unit in _units(documents) if keys <= stem_keys(unit)]
    return bool(keys and holding) and all(
        _DUTY.search(clause)
        and not _NEGATION.search(clause)
        and not _UNNEEDED.search(clause)
        and not _DUTY_BOUNDED.search(clause)
        for clause in holding
    )


# what bounds a duty to some cases: an exception, a condition, an age, "only"
_DUTY_BOUNDED = re.compile(
    r"\b(?:except|unless|apart from|other than|but|only|if|under|over|aged?)\b|\d\s*\+", re.IGNORECASE
)
_YES_NO_COMMA = re.compile(r"^\s*(?:yes|no)\s*[,.;:!]\s*", re.IGNORECASE)  # "No, …": the verdict, no "not"
_NEGATION = re.compile(r"\b(?:no|not|never|none|nobody|cannot)\b|n't\b", re.IGNORECASE)
_DUTY = re.compile(
    r"\b(?:compulsory|mandatory|required|must|essential|obligatory|need(?:s|ed)? to|ha(?:ve|s) to)\b", re.I
)
_UNNEEDED = re.compile(
    r"\b(?:optional|no need|needn't|not (?:required|compulsory|needed|necessary|essential))\b", re.I
)
_DUTY_KEYS = stem_keys(
    "compulsory mandatory required must essential obligatory need needed have has optional"
)


def _turned_round(question: str, said: list[str]) -> bool:
    """Whether the answer tells the other end of what the question asks and not the asked one: "When
    did the grammar school close?" → "The grammar school opened in 1618."; "When does the procession
    finish?" → "It starts at 18:00." (a value of one end is no value of the other)."""
    if yes_or_no(question):  # "Is the hall open on Mondays?" → "It is closed all day on Mondays."
        return False
    asked, told = set(words(question)), set(said)
    if asked & _UNTIL:  # "until what time is the café open?" asks when it closes
        return False
    return any(asked & ends and not told & ends and told & others for ends, others in _ENDS)


def _time_unwritten(sentence: str, question: str, text: str) -> bool:
    """Whether the sentence gives a time of day that neither the documents nor the question write:
    its hour and minutes each stand somewhere ("13:30" of a rehearsal on 13 May, piece 2:30 long),
    the time does not."""
    written = {_clock_time(m) for m in _TIME.finditer(f"{text} {question}")}
    return any(_clock_time(m) not in written for m in _TIME.finditer(sentence))


def _range_unwritten(sentence: str, text: str) -> bool:
    """Whether the sentence gives a range ("08:30-20:00", "10 to 12") whose ends the documents (or the
    question) never write together, the first a few words before the second: the model joined one
    range's start to another's end ("open 08:00-20:00"; "bread delivered at 08:30"), or one that ends
    where it starts ("between 12 noon and 12 noon")."""
    if _SAME_ENDS.search(sentence):
        return True
    for start, end in _RANGE.findall(sentence):
        together = rf"(?<![\d:.]){re.escape(start)}\W{{0,3}}(?:\w+\W+){{0,3}}?{re.escape(end)}(?![\d:])"
        if not re.search(together, text):
            return True
    return False


_SAME_ENDS = re.compile(
    r"\b(?:between|from) (\d{1,2}(?:[:.]\d{2})? ?(?:am|pm|noon|midday))"  # not "from 8 till 8"
    r" (?:and|to|until|till) \1(?!\w|[:.]\d)",
    re.IGNORECASE,
)
# a range of times or numbers as written: "08:30-20:00", "10:00 to 11:00", "6-8" (no date's parts)
_RANGE = re.compile(
    r"(?<![\d:.£$€-])(\d{1,2}(?:[:.]\d{2})?)\s*(?:[-\u2013\u2014]|to|until|till)\s*(\d{1,2}(?:[:.]\d{2})?)(?![\d:-]|\.\d)"
)


def _clock_time(match: re.Match) -> tuple[int, int]:
    return int(match.group(1)), int(match.group(2))


def _rank_unsaid(question: str, said: list[str], uses: Callable[[str], bool]) -> bool:
    """Whether the sentence gives a place in an order that the question asks of ("who came second",
    "the third race") and the documents never use: a winner is not the one who came second, however
    the row ties the name to the question ("second" a place, not "a second" of time)."""
    asked = words(question)
    ranks = {
        word
        for before, word in zip(["", *asked], asked, strict=False)
        if word in _RANKS and not (before.isdigit() or before in ("a", "one", "per", "each", "every"))
    }
    return any(not uses(word) for word in ranks & set(said))


def _tied(question: str, said: list[str], documents: list[str], named: set[str]) -> bool:
    """Whether a document sentence that holds a number the answer adds also says a word of the
    question besides its names, or two such words where it holds a name the answer adds (``named``;
    a name recurs in many sentences): the value is then told of what was asked, however the
    question words it ("The deadline is 14 April 2025." of "The consultation runs … to 14 April
    2025.", "You gather by the … Gorrin Street bus shelter." of "If the fire alarm sounds, …"). The
    question's names do not tie ("The Grey Herring was retired in 1951." of "The Grey Herring was
    built in 1951.") nor does when a thing starts (the auction's "starts at 4.30pm" for the dog
    show), a table's column names do ("Library Ref: VCC-N-2025-01"), and nothing ties
    where the question makes a role another that the documents never name ("the deputy pool
    manager" is not the pool manager a sentence names). A heading's number ("Members' Guide 2026") is
    the document's, tied to nothing its lines say."""
    asked = set(words(question))
    numbers = {w for w in said if any(c.isdigit() for c in w)} - asked
    if not (asked & OTHER_ROLE) <= set(words(" ".join(documents))):
        return False
    names = name_words(question) | {w for doc in documents for w in name_words(_LABEL.sub(" ", doc))}
    keys = {
        stem(w)
        for w in asked - FILLER - ASKING - LIGHT - _WHEN_VERBS - names
        if not any(c.isdigit() for c in w)
    }
    for sentence in _body_clauses(documents):
        written = set(words(sentence))
        shared = len(keys & {stem(w) for w in written})
        if (numbers & written and shared) or (named - asked & written and shared >= min(2, len(keys))):
            return True
    return any(
        _row_given(asked, named | numbers, document) or _item_given(asked, named, document)
        for document in documents
    )


def _item_given(asked: set[str], named: set[str], document: str) -> bool:
    """Whether a list's item (a short clause: "Senior (65 and over) return : £14.90") holds every
    number the question gives and the name the answer adds: "The ticket that costs £14.90 is which
    one?" is answered by its label, whatever the question calls it."""
    given = {w for w in asked if any(c.isdigit() for c in w)}
    found = named - asked
    return bool(given and found) and any(
        len(written) <= _ITEM_WORDS and given | found <= set(written)
        for written in map(words, _CLAUSE_END.split(document))
    )


def _row_given(asked: set[str], told: set[str], document: str) -> bool:
    """Whether a table row holds every number the question gives, the names and numbers the answer
    adds (``told``) and another word of the question: the row's person is told of what was asked by
    the row's values ("Who ran the 60m hurdles in 12.7 seconds?" of "Event: Hurdles 60 m; Winner:
    Wren Castellane; Result: 12.7 s"), a timetable's arrival of the departure the question gives
    ("If I catch the 13:35 from Lindenfold, when do I get back?"), though cells part them."""
    given = {w for w in asked if any(c.isdigit() for c in w)}
    keys = {stem(w) for w in asked - given - FILLER - ASKING - LIGHT}
    written = set(words(document))
    return (
        ROW_SEPARATOR in document
        and bool(given and told - asked)
        and given | (told - asked) <= written
        and bool(keys & {stem(w) for w in written})
    )


# what "have a … on" asks, no thing of its own: "can my 14 year old have a go on the scratter?"
_A_TURN = frozenset({"go", "turn", "try"})


def asks_unsaid(question: str, documents: list[str]) -> bool:
    """Whether what the question asks of the thing it names ("the president of Serbia", "the café at
    the visitor centre") is something the documents never name, nor anything near it: they share
    only the thing with the question ("The capital of Serbia is Belgrade."; "the Reverend Latch's
    wife" of a cast list without her), and an answer would be about something else, so the chain does
    not ask the model. So is every question the documents
    share no word with, nor one near it: they came near only in the vectors' sense (a school trip's
    costs for "what would an hour-long solo walk cost?"), and every question whose priced thing they
    name by none of its words ("the price of mince pies" of a farm's tree and grotto prices) or
    name but not the word before it ("a trimix fill" of a dive centre's air fills, "a shingles
    vaccination" of a pharmacy's others): replayed over every set's answers, no right one lost."""
    question = _A_COUPLE_OF.sub("some", question)
    opening = _QUESTION_WORD.search(question)  # a lead before it only sets the scene ("I'm getting
    relations = _RELATION.finditer(question, opening.start() if opening else 0)  # the bus to the start of …")
    relation = next((r for r in relations if not _when(question, r)), None)
    relation = None if relation and _doing(question, relation) else relation  # "does the band charge for"
    related = set(words(relation.group(1))) if relation else set()
    asked = (
        related - FILLER - ASKING - _SOMEONE - _QUANTITIES - _A_TURN - (_ADDED if related & ASKING else set())
    )
    told = words(" ".join(documents))
    used, valued = uses_word(with_parts(told)), set().union(*map(value_words, documents))
    months = stated(told, counted=True) | dated_weekdays(" ".join(documents))  # a row's date's day
    valued |= _seasons_held(months)  # "summer" of "£22 per day May-Sep"

    def uses(word: str) -> bool:
        return used(word) or word in valued

    said = set(words(question)) - FILLER - ASKING
    possessed = [{m[1]} - FILLER - ASKING for m in _POSSESSED.finditer(question)]
    priced = [
        [w for w in thing if w not in FILLER | ASKING | LIGHT | _PERSONS | _PLAIN | _QUANTITIES]
        for thing in (words(_uncoded(_OWNER.sub("", m[1]))) for m in _PRICED.finditer(question))
        if not any(FIGURES.get(w, w).isdigit() for w in thing)  # "for a two-year-old": an age, no thing
    ]
    return (
        _time_unstated(question, told, months)
        or any(
            bool(named) and not any(uses(word) or any(c.isdigit() for c in word) for word in named)
            for named in (asked, said, *possessed, *map(set, priced))
        )
        or any(len(thing) > 1 and uses(thing[-1]) and not uses(thing[-2]) for thing in priced)
    )


def _uncoded(text: str) -> str:
    """``text`` without its codes and figures ("moorings PT-M10" as "moorings"): names of no kind."""
    return " ".join(token for token in text.split() if not any(c.isdigit() for c in token))


def _kind_unwritten(sentence: str, question: str, known: set[str]) -> bool:
    """Whether the question asks which of a kind of thing ("What instrument does Rhodri play?") and
    the sentence adds no word the documents write ("Rhodri plays the violin." of a band whose
    caller plays none)."""
    kind = _KIND_ASKED.match(question)
    if not kind or kind[1].casefold() in ASKING | FILLER:
        return False
    asked = set(words(question))
    added = {w for w in words(sentence) if w.isalpha() and w not in asked and w not in FILLER | LIGHT}
    return bool(added) and not any(held(w, known) for w in added)


_KIND_ASKED = re.compile(r"\s*(?:what|which)\s+([a-z]+)\s+(?:does|do|did|is|are|was|were)\b", re.IGNORECASE)


def season_months(question: str) -> set[str]:
    """The months of the seasons ``question`` names ("the summer rate": June, July, August)."""
    return {month for word in words(question) for month in _SEASONS.get(word, [])}


def gives_address(text: str) -> bool:
    """Whether ``text`` gives a postal address: a postcode, or a street's number and name."""
    return bool(_ADDRESS.search(text))


def value_words(text: str) -> set[str]:
    """The words naming a kind of value (:data:`_VALUE_WORDS`) whose value ``text`` states."""
    return {word for word, value in _VALUE_WORDS.items() if value.search(text)}


def _time_unstated(question: str, told: list[str], months: set[str]) -> bool:
    """Whether the question asks of a month, weekday or season the documents (whose words are
    ``told``, whose :func:`stated` numbers, weekdays and months, counted, are ``months``) never
    state, nor one they hold it in (a span of months, a season's months, "daily"), or of holidays
    they never name: "in February" of a log whose entries are all March's, "the spring survey" of
    October's, "on bank holidays" of a week's opening hours. A season
    the question prepares for ("drained for the winter") is no time it asks of; a file's or column's
    name says its words ("…_summer_show_schedule.xlsx" is of the summer show)."""
    asked = words(question)
    stated_there = months | with_parts(told)
    for day in stated(asked) & (MONTHS | WEEKDAYS) - stated_there:
        if day in WEEKDAYS and not _EVERY_DAY & stated_there:
            return True
        if day in MONTHS and not any(
            day in its and season in stated_there for season, its in _SEASONS.items()
        ):
            return True
    if _HOLIDAYS.search(question) and not {"holiday", "holidays"} & stated_there:
        return True  # "open on bank holidays?" of opening hours that never say them
    during = set(asked) & set(_SEASONS) - set(_PREPARED_FOR.findall(question.casefold()))
    held = _seasons_held(stated_there)
    return any(season not in stated_there and season not in held for season in during)


_HOLIDAYS = re.compile(r"\b(?:bank|public) holidays?\b", re.IGNORECASE)  # not "going on holiday"


def _seasons_held(months: set[str]) -> set[str]:
    """The seasons some of whose months are among ``months`` ("May-Sep" holds the summer)."""
    return {season for season, held_in in _SEASONS.items() if months & set(held_in)}


def _doing(question: str, relation: re.Match) -> bool:
    """Whether a relation the question says is a doer and its deed: "what does the band charge for
    a workshop" asks no "band charge" (the words after "does" are its subject and verb: a deed of
    a price or an offer; "does the evening class on Tuesday start" says a class)."""
    said = relation.group(1).split()
    doer = _AUXILIARY_BEFORE.search(question, 0, relation.start())
    return len(said) > 1 and said[-1].casefold() in _DEEDS and bool(doer)


# what a doer does of a price or an offer (not "cost": "does a dental implant cost" says the thing)
_DEEDS = frozenset(
    {"charge", "charges", "charged", "pay", "pays", "paid", "offer", "sell", "provide", "ask", "want", "take"}
)


def _doers(question: str) -> set[str]:
    """The words of a doer the question asks a deed of ("band" of "what does the band charge for
    that"), :func:`_doing`."""
    return {
        word
        for relation in _RELATION.finditer(question)
        if _doing(question, relation)
        for word in words(relation.group(1))[:-1]
    }


_AUXILIARY_BEFORE = re.compile(r"\b(?:does|do|did|will|would|can|could|should)\s+$", re.IGNORECASE)


def _when(question: str, relation: re.Match) -> bool:
    """Whether a relation the question says only tells when: "at the end of December", "by the
    start of the season", not "the start of the trail"."""
    return relation.group(1).casefold() in _POSITIONS and bool(_TIME_AFTER.match(question, relation.end()))


def uses_word(told: set[str]) -> Callable[[str], bool]:
    """Whether documents whose words are ``told`` (with their columns' parts, :func:`with_parts`) use a
    word or one near it: by its stem or another form of its irregular verb ("leads" of "led"), a
    word of how often that means the same ("yearly" of "annual", "monthly" of "a month"), or for a
    longer word written another way ("visited", "visitors") or typed with a slip, a word a column's
    name clips ("inspected" of ``Insp_by``), or a verb by its doer ("winning" of "Winner")."""
    stems, prefixes = {stem(w) for w in told}, {w[:5] for w in told if len(w) >= 5}
    clipped = tuple({part for w in told if "_" in w for part in w.split("_") if len(part) >= 3})

    def uses(word: str) -> bool:
        if (
            stem(word) in stems
            or not forms(word).isdisjoint(told)
            or not _SAME.get(word, set()).isdisjoint(told)
            or word.startswith(clipped)
            or any(f"{form}{end}" in told for form in forms(word) for end in _DOER_ENDS)
        ):
            return True
        return len(word) >= 5 and (
            word[:5] in prefixes or bool(get_close_matches(word, told, n=1, cutoff=0.8))
        )

    return uses


_DOER_ENDS = ("er", "ers", "ner", "ners")  # "winning" of "Winner": who did it


def with_parts(found: Iterable[str]) -> set[str]:
    """The words, with those of each table column's name among them ("unit_price": "unit", "price"):
    an answer says "The unit price is …" or "Tickets cost …" of ``tickets_from``."""
    return {part for word in found for part in (word, *word.split("_"))}


def _ordinal_moved(said: list[str], question: str, documents: list[str]) -> bool:
    """Whether the question asks the first (second, last …) of something and every document clause
    that holds a number the answer adds says another one: "When was the first warning letter sent?"
    is not answered by the date of "Second warning letter sent 12 Jul 2025"."""
    asked = set(words(question))
    which, numbers = ordinals(asked), {w for w in said if any(c.isdigit() for c in w)} - asked
    if not which or not numbers:
        return False
    holding = [
        ordinals(words(clause))
        for document in documents
        for clause in _CLAUSE_END.split(document)
        if numbers & set(words(clause))
    ]
    return bool(holding) and all(written and not written & which for written in holding)


def ordinals(written: Iterable[str]) -> set[str]:
    """The ordinals among words, in words whether written so or in figures ("2nd prize": second)."""
    return {ORDINAL_FIGURES.get(word, word) for word in written} & _ORDINALS


def _name_unwritten(sentence: str, question: str, documents: str) -> bool:
    """Whether the sentence gives a name of several words that neither the documents nor the question
    write so: each word is theirs, the name is not ("the Vellmoor Hall" from "St Auden's Hall,
    Vellmoor"; "the Tamsey Cut" from "the Vellbridge Cut … joined the Tamsey"). Replayed over every
    set's raw answers: 2 wrong answers refused, and one right only by its year."""
    written = f"{_squashed(documents)} {_squashed(question)}"
    return any(_squashed(re.sub(r"['’]s$", "", name)) not in written for name in _NAME_RUN.findall(sentence))


def _squashed(text: str) -> str:
    """``text`` in lower case, its punctuation gone and its spaces single: names compared as written."""
    return " ".join(re.sub(r"[^\w\s'’-]", " ", text.casefold()).split())


def _said_too_often(said: list[str], told: list[str], named: set[str]) -> bool:
    """Whether the sentence says a name it adds (``named``) or any code (letters with digits) more than
    once and more often than all the documents together: the model wrote it where another one stands
    ("The capital of Town577147 is Town577147." from "The capital of Land01612 is Town577147."; the
    documents' "The capital of Kuwait is Kuwait." says its name twice)."""
    counts = Counter(plain(w) for w in said if w in named or is_code(w))
    written = Counter(plain(w) for w in told)  # without accents: "Sao Tome and Principe is São Tomé."
    return any(n > written[w] for w, n in counts.items() if n > 1)


def _is_value(word: str) -> bool:
    """Whether ``word`` is a weekday, month or colour: a value from a closed list, checked like a
    number ("The hull was black." adds no digit and no capital letter)."""
    return word in COLOURS or calendar(word) is not None


def _value(word: str) -> str:
    """A weekday or month written one way ("Dec" as "december", "Sundays" as "sunday"); a colour as it is."""
    return calendar(word) or word


def _unit_changed(sentence: str, asked: set[str], documents: str) -> bool:
    """Whether the sentence gives a number (not one of the ``asked`` words) with a unit that the
    documents write it with only in units of another kind: "$1.8 million" from "a 1.8 m mirror",
    "38 kg" from "38 nautical miles"."""
    written = measures(documents)
    for number, dimensions in _column_measures(documents).items():
        written[number] = (written.get(number, set()) - {None}) | dimensions
    for number, dimensions in measures(sentence).items():
        if number in asked or number not in written or None in written[number]:
            continue
        if any(d is not None and d not in written[number] for d in dimensions):
            return True
    return False


def _column_measures(documents: str) -> dict[str, set[str | None]]:
    """Each bare number of a table row's cell (as :func:`words` writes it) → the dimension its column's
    unit gives it ("germination_pct: 90" a percentage, "weight_kg: 38" a mass, "Cost (£): 21.95"
    money, "Capacity: 12" a count), for the columns that name one."""
    found: dict[str, set[str | None]] = {}
    for column, value in _CELL.findall(documents):
        said, number = words(column.replace("_", " ")), words(value)
        unit = said[-1] if said and (said[-1] in UNIT or said[-1] in _PERCENT) else None
        if len(number) == 1 and is_number(number[0]) and unit and unit not in _NO_UNIT_COLUMN:
            squared = len(said) > 1 and said[-2] in ("sq", "square")  # "area_sq_km"
            found.setdefault(number[0], set()).add(
                PERCENT if unit in _PERCENT else "area" if squared else UNIT[unit]
            )
        elif len(number) == 1 and is_number(number[0]) and _MONEY_COLUMN.search(column):
            found.setdefault(number[0], set()).add("money")
        elif len(number) == 1 and is_number(number[0]) and said and _counting(said[-1]):
            found.setdefault(number[0], set()).add(COUNT)  # "Capacity: 12" is no "12 hours"
    return found


# columns whose bare numbers count things or people, no measure: "Capacity: 12", ``qty``
COUNTING = frozenset(
    {"capacity", "seats", "places", "spaces", "quantity", "qty", "players", "guests", "people"}
)


def _counting(word: str) -> bool:
    """Whether a column named by ``word`` counts things or people: :data:`COUNTING`, or people by
    their plural ("Volunteers: 9" is no "9 hours")."""
    return word in COUNTING or (word.endswith("s") and word[:-1] in PEOPLE)


def _codes(text: str) -> list[str]:
    """The references and telephone numbers ``text`` writes, whose numbers are no amounts."""
    return _SLASHED.findall(text) + _PHONE.findall(text)


_COLON_TIME = re.compile(r"(?<![\d£$€.:])\d{1,2}:\d{2}(?!\d)(?!:\d)")  # "17:20", never a price's "7.85"


def _amount_made_up(sentence: str, asked: set[str], documents: str) -> bool:
    """Whether the sentence gives as an amount (a count or a measure) a number that the documents
    write only as one: a count of other things ("over 180 problems" → "The walls are 180 feet
    high."), a part of a time of day ("17:20" → "The Open class costs £20.") or a reference
    ("charity no. 1093386" → "It has 1093386 volunteers."; agenda item "25/104" → "The cost is
    £104."; "tel 01632 480 999" → "The surcharge is £999.")."""
    written, times = measures(documents, counts=True), Counter(words(documents))
    labelled = Counter(words(number)[0] for number in _LABELLED.findall(documents))
    labelled += Counter(part for code in _codes(documents) for part in words(code))
    labelled += Counter(
        part for time in _COLON_TIME.finditer(documents) for part in words(time[0])
    )  # "17:20"
    coded = {part for code in _codes(sentence) for part in words(code)}  # "25/01902/HOU", a phone number
    for number, dimensions in measures(sentence, counts=True).items():
        amounts = dimensions - {None}
        if number in asked or number in coded or not amounts:
            continue
        if 0 < times[number] <= labelled[number]:
            return True  # a reference wherever it is written, never an amount
        if amounts - {COUNT} and written.get(number) == {COUNT}:
            return True
    return False


def _measure_moved(sentence: str, documents: str) -> bool:
    """Whether the sentence gives a length as one measure ("28 metres wide") that the documents give
    only as others ("74 metres long and 28 metres high"): the height read as the asked width."""
    said = _MEASURE_WORD.findall(sentence.casefold())
    written = _MEASURE_WORD.findall(documents.casefold())
    lengths = {(n, u) for n, u, _ in written}
    return any(
        (number, unit) in lengths
        and not any(
            (n, u) == (number, unit) and _SAME_MEASURE.get(m, m) == _SAME_MEASURE.get(way, way)
            for n, u, m in written
        )
        for number, unit, way in said
    )


def _year_coded(sentence: str, question: str, documents: list[str]) -> bool:
    """Whether what is asked is no year (:func:`a_year_may_answer`) and the answer's one number is a
    year the documents write only in dates and headings: "VAT registration number 2026" of "2026 Tariff
    … 1 January 2026", "Booking terms are 2026." of "Wedding Flowers: Booking Terms 2026 › …" for what
    in the bouquets a cat owner should worry about (not "These are the 2025 fixtures." for which
    season they are)."""
    if a_year_may_answer(question):
        return False
    figures = {w for w in words(sentence) if is_number(w)} - set(words(question))
    if len(figures) != 1 or not _BARE_YEAR.search(sentence):
        return False
    year = next(iter(figures))
    for document in documents:
        written = words(body_of(document))
        if any(w == year and not MONTHS & set(written[max(0, at - 2) : at]) for at, w in enumerate(written)):
            return False  # written once as no date's year: it may be the number asked
    return True


def _bound_flipped(sentence: str, question: str, documents: list[str]) -> bool:
    """Whether the question asks beyond a number ("more than 20 miles") and every clause of the
    documents that gives the answer's figure with that number gives it within it ("within 20 miles
    … £1.20 per mile"): the other side of the bound."""
    beyond = _bounds(_BEYOND, question)
    figures = {w for w in words(sentence) if _figure(w)} - set(words(question))
    if not beyond or not figures:
        return False

    def holds(text: str) -> bool:
        return bool(figures & set(words(text)) and beyond & set(words(text)))

    clauses = [c for document in documents for c in _CLAUSE_END.split(document)]
    # else a row whose cells part the figure from its band ("4,501 to 9,000 litres; …; Price: £310")
    holding = [c for c in clauses if holds(c)] or [
        d for d in documents if holds(d) and not _UPWARD.search(body_of(d))
    ]
    return bool(holding) and all(
        _bounds(_WITHIN, c) & beyond and not _bounds(_BEYOND, c) & beyond for c in holding
    )


def _bounds(bound: re.Pattern[str], text: str) -> set[str]:
    """The numbers ``text`` bounds so, as :func:`~vectorstore.words.words` writes them ("9000")."""
    return {m[1].replace(",", "") for m in bound.finditer(text)}


def _bound_added(sentence: str, question: str, documents: list[str]) -> bool:
    """Whether the answer gives a number as a bound ("up to 4", "at least 3") that the question does
    not and no clause of the documents bounds, in figures or words ("Up to six hens"): "--jobs now
    defaults to the number of CPU cores instead of 4" says no "You can pass up to 4 CPU cores."."""
    bounded = {w for m in _BOUNDED.finditer(sentence) for w in words(m[1])} - set(words(question))
    if not bounded:
        return False
    clauses = [c for c in _body_clauses(documents) if _BOUNDING.search(c)]
    return any(not any(number in _numbers(c) for c in clauses) for number in bounded)


def _numbers(text: str) -> set[str]:
    """The words of ``text``, its number words as figures too ("six" as "6")."""
    said = words(text)
    return set(said) | {FIGURES[w] for w in said if w in FIGURES}


_NUMBER_NAMES = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)
FIGURES = {w: str(n) for n, w in enumerate(_NUMBER_NAMES, 1)}
_BOUNDED = re.compile(
    r"\b(?:up to|at (?:most|least)|no (?:more|fewer|less) than|(?:max|min)(?:imum)?(?: of)?"
    r"|not exceed(?:ing)?)\s+(\d[\d,.]*)",
    re.IGNORECASE,
)
# how documents bound a number: "up to 6", "under 16", "within 20 miles", "must not exceed 4"
_BOUNDING = re.compile(
    r"\b(?:at (?:least|most)|up to|no (?:more|fewer|less) than|or (?:more|fewer|less)|min(?:imum)?"
    r"|max(?:imum)?|limit(?:ed)?|within|under|over|below|above|exceed\w*|(?:less|more|fewer) than)\b",
    re.IGNORECASE,
)


def _extreme_flipped(sentence: str, question: str) -> bool:
    """Whether the question asks the least of something and the answer tells only the most, or the
    other way round: "What's the shortest booking I can make?" → "Booking up to 8 weeks ahead."
    (what the documents allow at most is no minimum)."""
    return any(
        asked.search(question)
        and told.search(sentence)
        and not asked.search(sentence)
        and not told.search(question)
        for asked, told in ((_LEAST, _MOST), (_MOST, _LEAST))
    )


_LEAST = re.compile(
    r"\b(?:min(?:imum)?|at least|shortest|smallest|fewest|lowest|no less than)\b", re.IGNORECASE
)
_MOST = re.compile(
    r"\b(?:max(?:imum)?|at most|up to|longest|largest|biggest|highest|no more than)\b", re.IGNORECASE
)
_BEYOND = re.compile(
    r"\b(?:(?:more|greater|bigger|larger|longer|heavier|higher|further|older) than|over|beyond|above)"
    r"\s+(\d[\d,]*)\b",
    re.IGNORECASE,
)
# within a bound, or closing a band ("4,501 to 9,000 litres", "10-20 miles")
_WITHIN = re.compile(
    r"(?:\b(?:within|up to|under|less than|below|no more than)\s+|\d\s*(?:to|-|\u2013)\s*)(\d[\d,]*)\b",
    re.IGNORECASE,
)
# what says a document goes on past its bands: "larger tanks", "over that", "£1.20 per extra mile"
_UPWARD = re.compile(
    r"\b(?:more|over|above|beyond|further|greater|bigger|larger|longer|heavier|higher|extra|additional"
    r"|excess|exceed\w*|plus|per)\b",
    re.IGNORECASE,
)


def _year_priced(sentence: str, question: str, documents: str) -> bool:
    """Whether a price is asked and the answer's one figure is a bare year-like number (no currency
    mark) that the documents never write as money: "for sale at 2011" of a boat's ``Yr_blt: 2011``."""
    if not asks_money(question) or _MONEY.search(sentence):
        return False
    figures = {w for w in words(sentence) if is_number(w)} - set(words(question))  # codes aside
    bare = {m[1] for m in _BARE_YEAR.finditer(sentence)}
    priced = {m[1].replace(",", "") for m in _MONEY.finditer(documents)}
    return bool(bare) and figures <= bare and bool(bare - priced)


_BARE_YEAR = re.compile(r"(?<![\w£$€,.-])((?:19|20)\d\d)(?![\w,.-]?\d)")
_MONEY = re.compile(r"[£$€]\s?(\d[\d,]*)(\.\d+)?")  # its whole pounds, then any pence
# a sum the tax is added to: "£85.00 + VAT", "£40 plus VAT", "£12 ex VAT", "£9.50 excluding VAT"
_BEFORE_TAX = re.compile(
    rf"{_MONEY.pattern}\s*(?:\+|plus|ex\.?|excl\.?|excluding|before)\s*(?:vat|tax)\b", re.IGNORECASE
)


def _rate_moved(sentence: str, documents: str) -> bool:
    """Whether the sentence gives an amount per a period ("£60 per month") that the documents give only
    per another ("£60 per year, or £6 per month"): the yearly fee read as the asked monthly one."""
    said, written = _rates(sentence), _rates(documents)
    return any(rate not in written and any(a == rate[0] for a, _ in written) for rate in said)


def _rates(text: str) -> set[tuple[str, str]]:
    """The (amount, period) pairs ``text`` writes: "£6 a month" as ("6", "month")."""
    found = _RATE_WORD.findall(text.casefold())
    return {(amount, _SAME_PERIOD.get(period, period)) for amount, period in found}


def _scale_added(sentence: str, documents: str) -> bool:
    """Whether the sentence gives a number in millions, billions or thousands that the documents do
    not write so ("It cost £14 million." from "smashed 14 panes")."""
    return any(
        not re.search(rf"{re.escape(number)}\s*{scale}", documents, re.IGNORECASE)
        for number, scale in _SCALED.findall(sentence)
    )


def _stems(found: Iterable[str]) -> Counter[str]:
    """How often each stem occurs among ``found``, filler left out."""
    return Counter(stem(w) for w in found if w not in FILLER)


def _in_their_currency(sentence: str, documents: list[str]) -> str:
    """The sentence with a sum's currency sign as the documents write that sum: the reader turns
    "£460.50" into "$460.50"."""
    text = " ".join(documents)

    def signed(found: re.Match[str]) -> str:
        sign, amount = found[0][0], found[1] + (found[2] or "")
        written = re.search(rf"([\u00a3$\u20ac])\s?{re.escape(amount)}(?!\d)", text)
        return f"{written[1]}{amount}" if written and sign not in text else found[0]

    return _MONEY.sub(signed, sentence)


def _currency_unwritten(sentence: str, question: str, documents: list[str]) -> bool:
    """Whether the sentence gives a sum in a currency neither the documents nor the question write
    (by its sign or its code: "GBP 8.00" is in pounds)."""
    said = f"{question} {' '.join(documents)}"
    named = {sign for sign, code in _CODES.items() if code.search(said)}
    written = set(_CURRENCY_SIGN.findall(said)) | named  # "GBP 8.00", ``fee_gbp``
    return any(sum_[0][0] not in written for sum_ in _MONEY.finditer(sentence))


_CURRENCY_SIGN = re.compile(r"[\u00a3$\u20ac]")
_CODES = {  # a currency written by name or code: "GBP 8.00", ``fee_gbp``, "25 euro", "90p"
    "\u00a3": re.compile(r"(?<![a-z])(?:gbp|pounds?|sterling)(?![a-z])|\d\s?p\b", re.IGNORECASE),
    "$": re.compile(r"(?<![a-z])(?:usd|dollars?)(?![a-z])", re.IGNORECASE),
    "\u20ac": re.compile(r"(?<![a-z])(?:eur|euros?)(?![a-z])", re.IGNORECASE),
}


def checked(sentences: Iterator[str], question: str, documents: list[str]) -> Iterator[str]:
    """An answer's ``sentences`` up to the first that is not grounded in ``documents``; when that
    comes before any gives the kind of value the question asks for (a price, not a length or the
    unit's code: "The unit BS-100 is 100 sq ft. The weekly price is £27.90." passes, "The unit BS-100
    is 100 sq ft." alone does not), :data:`NO_ANSWER` instead."""
    leading: list[str] | None = []  # grounded sentences before the first that gives the kind asked
    for sentence in sentences:
        if sentence == NO_ANSWER or abstaining(sentence):  # "No, none of my documents answer that."
            if leading is not None:
                yield NO_ANSWER  # unless an answer was given
            return
        sentence = _in_their_currency(sentence, documents)
        if not grounded(sentence, question, documents) or _currency_unwritten(sentence, question, documents):
            break
        if leading is not None and not fits(sentence, question):
            leading.append(sentence)
            continue
        yield from leading or ()
        leading = None
        yield sentence
    if leading is not None:
        yield NO_ANSWER
