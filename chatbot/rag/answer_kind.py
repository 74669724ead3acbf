"""Whether an answer gives the kind of value its question asks for.

Asked about an attribute its documents do not state, a small model answers with another attribute
of the same entity, and every word of it is in the documents, so the grounding check lets it pass:
"How much does a ticket cost?" → "It costs 38 nautical miles."; "Who built the Saltmill Lass?" →
"It was built in 1961."; "What is the email address?" → "The centre is at Curlew Hide.".
Question answering has long sorted questions by the kind of answer they expect (Li & Roth, 2002,
"Learning question classifiers"); a few coarse kinds read off the question's words catch these.
The kind is read from what the question asks, not from its conditions ("the part *that weighs*
38 kg" asks for a part); a question of no known kind fits every answer. Example::

    fits("It costs 38 nautical miles.", "How much does a ticket cost?")  # False: a length, not a price
    fits("It costs £12.", "How much does a ticket cost?")               # True
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from vectorstore.words import (
    FILLER,
    MONTHS,
    WEEKDAYS,
    calendar,
    identifiers,
    is_code,
    name_words,
    without_ages,
    words,
)

_UNITS = {
    "length": """m metre metres meter meters km nm kilometre kilometres kilometer kilometers mile miles
        nautical feet foot ft yard yards inch inches cm mm centimetres millimetres light hh""",
    "duration": """second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks
        month months year years decade decades century centuries""",
    "speed": "knot knots mph kph km/h",
    "area": "hectare hectares acre acres square sq km² m² km2 m2",
    "volume": "litre litres liter liters l ml gallon gallons m3 m³",
    "temperature": "° °c °f degree degrees celsius fahrenheit",
    "power": "w kw mw watt watts kilowatt kilowatts megawatt megawatts hp horsepower",
    "mass": "kg g gram grams kilogram kilograms kilo kilos tonne tonnes ton tons lb lbs ounces oz",
    # "pounds" is read as money: a price is asked for more often than a weight in pounds
    "money": """£ $ € ¥ ₹ pound pounds dollar dollars euro euros pence penny cent cents krone kroner
        krona kronor franc francs yen shilling shillings rupee rupees crown crowns kr eur usd gbp chf""",
}
UNIT = {unit: dimension for dimension, units in _UNITS.items() for unit in units.split()}
_PER = frozenset({"per", "each", "every"})
_PER_QUALIFIERS = frozenset({"extra", "additional", "further", "added"})
_UNIT_SHORT = {
    **dict.fromkeys(["hr", "hrs"], "hour"),
    **dict.fromkeys(["wk", "wks"], "week"),
    **dict.fromkeys(["min", "mins"], "minute"),
    **dict.fromkeys(["ton", "tons"], "tonne"),
    **dict.fromkeys(["kilo", "kilos", "kilogram", "kilograms"], "kg"),
}


def unit_name(unit: str) -> str:
    """A unit one way, however written: "hrs" and "hour" as "hour", "wk" as "week", "tonnes" as "tonne"."""
    return _UNIT_SHORT.get(unit, unit.removesuffix("s"))


def asks_why(question: str) -> bool:
    """Whether ``question`` asks for a reason ("Why has EHS-PSU-012 been quarantined?")."""
    return _WHY.search(question) is not None


_WHY = re.compile(r"\bwhy\b", re.IGNORECASE)


def rate_units(said: list[str]) -> set[str]:
    """The units words say a rate is per ("per extra tonne", "each additional hour": tonne, hour)."""
    after = (
        next((w for w in said[at + 1 : at + 3] if w not in _PER_QUALIFIERS), "")
        for at, w in enumerate(said)
        if w in _PER
    )
    return {unit_name(w) for w in after if w in UNIT}


COUNT = "count"  # a number of things ("40 passengers"): no measure
_CLOCK_UNITS = frozenset(["second", "seconds", "sec", "minute", "minutes", "min", "hour", "hours", "hr"])
PERCENT = "percent"  # a share: "15%", "90 per cent"
_PERCENT = re.compile(r"\s?(?:%|per ?cent\b|percent\b)")
# "what cost £9 on the booking?", "what on the booking cost £9?": which thing has the value given
WHAT_THING = re.compile(
    r"^what (?:(?:on|in|at|from) (?:the|this|that|my|our|your) (?:[\w'-]+ ){1,4}?)?"
    r"(?:costs?|weighs?|has|have)\b(?=.*\d)"
)
PRICE_WRITTEN = re.compile(r"[£$€]\s?\d")  # a price as written: "the course that costs £290"
# a share answers by how much a price changes, how much of a sum comes back ("how much of my money", "how
# much do I get back") or a deposit's size ("30% of the total")
_CHANGE = re.compile(
    r"\bby how much\b|\bhow much of\b|\b(?:increase|rise|risen|discount|reduction|reduced|off|up|down)\b"
    r"|\b(?:get|gets|getting|got|come|comes)\s+(?:\w+\s+){0,2}?back\b|\b(?:refunds?|refunded|deposits?|surcharges?)\b"
)
DAY = "day"  # a day of a month ("4 June", "9 May"): neither a count nor a measure
_MULTIPLIERS = {"hundred", "thousand", "million", "billion", "bn", "dozen"}
# words that say how whole a unit is, not what is counted: "3 full working days", "10 clear days"
_WHOLE = {"full", "clear", "whole", "complete", "consecutive", "calendar"}
_NO_THING = _MULTIPLIERS | _WHOLE  # words between a number and its unit that name nothing counted
_NUMBER_WORDS_TEXT = """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred thousand dozen"""
_NUMBER_WORDS = _NUMBER_WORDS_TEXT.split()
# a number with the currency mark before it; never the digits of a code ("KX-2041", "P-41", "17:50"'s 50)
_NUMBER = re.compile(
    r"([£$€¥₹])?\s?(?<![\w\-.:/])(\d(?:[\d,]*\d)?(?:\.\d+)?|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b)"
)
_PENCE = re.compile(r"p(?![a-z\d]|\.m\b)")  # pence written after the number, no space: "40p"; not "7p.m."
_UNIT_AFTER = re.compile(r"[\s-]?([a-z°²/£$€]+[23]?)(?:\s([a-z°²/]+))?(?:\s([a-z°²/]+))?")  # "km2" whole
# a year after a month is a year: "11 March 2025"
_MONTH_NAMES = sorted(MONTHS | {month[:3] for month in MONTHS} | {"sept"})
_DATED = re.compile(
    r"\b(?:in|by|until|till|from|after|before|around|circa|c\.|" + "|".join(_MONTH_NAMES) + r"),?\s+$"
)
_YEARLIKE = re.compile(r"^\d{3,4}$")
_DAY_MONTH = re.compile(r"\b\d{1,2}\s+([A-Za-z]+)|\b([A-Za-z]+)\s+\d{1,4}\b")  # "9 May", "May 2025"
# a time of day said unmistakably: "12:45", "7pm", "9.30 am" (not "84.50", a price)
_TIME_OF_DAY = re.compile(
    r"\b\d{1,2}:\d{2}\b(?:\s?(?:am|pm)\b)?|\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)"
)
_CLOCK = re.compile(
    r"(?<![£$€¥₹])\b\d{1,2}[:.]\d{2}(?:\s?(?:am|pm)\b|\b)|\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)|\bnoon\b|\bmidnight\b"
    r"|o'clock"
)
_WHEN_TEXT = """january february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays
    saturdays sundays spring summer autumn fall winter morning afternoon evening night dawn dusk
    daily weekly monthly yearly annually century decade weekend weekends weekday weekdays today
    tomorrow yesterday"""
_WHEN = frozenset(_WHEN_TEXT.split())
# people's ages as a sentence gives them: "aged 18-64", "aged 2 and 3", "5 to 11 year olds"
_AGES_SAID = re.compile(
    r"\baged?\s+\d{1,2}(?:\s*(?:-|\u2013|to|and)\s*\d{1,2})?\b(?!\s*(?:months?|weeks?|days?)\b)"
    r"|\b\d{1,2}(?:\s*(?:-|\u2013|to|and)\s*\d{1,2})?[\s-]*(?:years?|yrs?)[\s-]*olds?\b",
    re.IGNORECASE,
)
# 05/03/2024, 5.3.24, 2009-10-02, and a month of a year, its month in two figures: an expiry's "03/2029"
# (not a reference's "5/2024")
_NUMERIC_DATE = re.compile(
    r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b(?:19|20)\d\d-[01]\d-[0-3]\d\b|\b(?:0[1-9]|1[0-2])/(?:19|20)\d\d\b"
)
_COLOURS_TEXT = """black white grey gray red green blue yellow orange purple violet pink brown gold golden
    silver cream navy crimson scarlet maroon teal turquoise ochre beige tan ivory bronze copper"""
COLOURS = frozenset(_COLOURS_TEXT.split())
# what a question asks with an adjective or a verb, as a column names it: "How heavy …?" → weight
MEASURED = {
    "heavy": "weight", "weigh": "weight", "weighs": "weight", "big": "area size", "large": "area size",
    "high": "height", "tall": "height", "deep": "depth", "long": "length", "wide": "width",
    "old": "age", "far": "distance", "fast": "speed", "cost": "price", "costs": "price",
    "people": "population", "inhabitants": "population", "residents": "population",
}  # fmt: skip
WH_WORDS = "who|whom|whose|when|where|which|what|how"  # the words a question asks with
_WH = re.compile(rf"\b({WH_WORDS})\b")
_CONDITION_LEAD = r"^(?:when|if|once|after|before|while)\b[^,?]*,\s*"  # "If I book a job, …"
# question words that also join a condition to a yes-or-no question, and the verbs that make them ask
# within one ("Can you tell me when the shop opens?")
_JOINING = frozenset({"when", "where"})
_KNOWING = re.compile(
    r"\b(?:know|tell|say|show|remind|explain|find out|ask|check|wonder|sure)(?: (?:me|us|you|them))? $"
)
_LEAD_CLAUSE = re.compile(rf"{_CONDITION_LEAD}(?=(?:{WH_WORDS})\b)")
# things that have proper names or codes: "which town …?" is answered by naming one ("Ferrin"), not by
# turning the question round ("It is the main town of the island."); the noun must be what is asked
# (followed by the end, a verb or "of"), not a modifier ("what is the town's population?"). Capitals
# are not among them ("which town is the capital of …?" neither): the shipped data answers "The
# capital of Antarctica is unknown."
NAMED_THINGS_TEXT = """town village station port harbour harbor island ship vessel ferry boat company firm
    supplier maker manufacturer shipyard street road river lake mountain hotel inn school shop club
    team person technician director warden captain restaurant café cafe pub museum church venue
    theatre theater cinema gallery library farm park hospital airport bridge product brand model"""
_ASKED_NAMED = re.compile(
    r"^(?!.*\bcapital)(?:which|what)(?:'s| is| was| are| were)?(?: the| its| their)?(?: (?!of\b)[a-z]+){0,2}"
    r" (?:" + "|".join(NAMED_THINGS_TEXT.split()) + r")s?"
    r"(?=$|[?,.]| (?:of|is|was|are|were|does|did|do|has|had|can|will|makes?|supplies|holds?|serves?"
    r"|runs?|owns?|sells?|lies|leads?|directs?|manages?|\w+ed)\b)"
)
# roles, not people: "Who got elected chair?" is not answered by "Treasurer"
_ROLES_TEXT = """chair chairman chairwoman chairperson treasurer secretary president vice member members
    committee manager director officer trustee trustees volunteer volunteers coordinator lead"""
_ROLES = frozenset(_ROLES_TEXT.split())
# words for people: "which member of staff …?" asks for someone, as "who" does
_PEOPLE_TEXT = """person people man woman technician engineer worker staff member volunteer driver owner
    holder tenant director manager warden keeper captain coach player judge winner champion organiser
    organizer chef baker teacher author artist leader secretary vet doctor clinician nurse dentist
    instructor tutor trainer coordinator custodian caretaker treasurer chair chairman chairwoman clerk
    customer client patient guest borrower buyer resident passenger pupil student"""
PEOPLE = frozenset(_PEOPLE_TEXT.split())
_YES_NO_TEXT = "is are was were has have had does did do can could will would should may must shall"
_YES_NO_OPENERS = frozenset(_YES_NO_TEXT.split())
# words that open a condition on what is asked: "the part *that* weighs 38 kg"
_CONDITION = re.compile(r"\b(?:that|which|who|whom|whose|where|with|if)\b")


def quantities(sentence: str, question: str = "") -> list[str | None]:
    """The dimension of each number ``sentence`` adds to ``question`` ("length", "money", …;
    "year" for a year after "in"/"until"/…; :data:`DAY` for a day of a month, "4 June";
    :data:`COUNT` for a number of things, "40 passengers"; None for a bare number)."""
    asked, text = set(words(question)), sentence.casefold()
    found = []
    for match in _NUMBER.finditer(text):
        number = match.group(2)
        if words(number)[0] in asked:
            continue
        if _YEARLIKE.match(number) and _DATED.search(text[: match.start(2)]):
            found.append("year")
        else:
            found.append("money" if match.group(1) else _unit(text[match.end() :]))
    return found


def measures(text: str, counts: bool = False) -> dict[str, set[str | None]]:
    """Each number of ``text`` (as :func:`words` writes it) → the dimensions its units give it there
    (None: written bare, or counting things unless ``counts``: then :data:`COUNT`), e.g. ``{"1.8":
    {"length"}}`` for "a 1.8 m mirror"."""
    found: dict[str, set[str | None]] = {}
    lowered = text.casefold()
    for match in _NUMBER.finditer(lowered):
        dimension = "money" if match.group(1) else _unit(lowered[match.end() :])
        dimension = None if dimension == COUNT and not counts else dimension
        found.setdefault(words(match.group(2))[0], set()).add(dimension)
    return found


def holds_measure(text: str) -> bool:
    """Whether a number of ``text`` is written with a unit that gives it a dimension ("30 min", "a
    12-month", "£5"), not bare or counting things."""
    return any(kinds - {None} for kinds in measures(text).values())


def _unit(after: str) -> str | None:
    """The dimension of the unit that ``after`` opens with ("1.8 million pounds": money), past one
    word that qualifies it ("31 million US dollars", "6 square km") and any saying how whole it is
    ("3 full working days"); :data:`DAY` before a month
    ("11 March"); :data:`COUNT` when a word that is no unit follows ("12 large eggs", "40
    passengers"); None when none does."""
    if _PERCENT.match(after):
        return PERCENT  # "15% off", "90 per cent": a share, no money nor count
    if after[:1] in ('"', "\u2033"):
        return "length"  # inches: "24\" wheels"
    if _PENCE.match(after):
        return "money"  # "40p off", "24p a mile"
    match = _UNIT_AFTER.match(after)
    if match and match.group(1) in _MONTH_NAMES and not (match.group(1) == "may" and match.group(2)):
        return DAY  # "9 May", "9 May 2025"; not "6 may share"
    qualifiers, tokens = 1, match.groups() if match else ()
    for number, token in enumerate(tokens):
        if token in UNIT:
            return _per_time(UNIT[token], tokens[number + 1 :])
        if token not in _NO_THING:
            if (token in FILLER or token == "per") and not after[:1].isalpha():
                return None  # "10 per cent", "3 a day": no unit; "13A" (a socket's amps, a code) is one
            if not qualifiers:
                return COUNT
            qualifiers -= 1
    return COUNT if not qualifiers else None


def _per_time(dimension: str, after: tuple[str | None, ...]) -> str:
    """A length per second, minute or hour is a speed ("18 metres per second", "30 miles an hour");
    per day or year it is how far ("20 km a day")."""
    per, unit = (*after, None, None)[:2]
    timed = per in ("per", "a", "an") and unit in _CLOCK_UNITS
    return "speed" if dimension == "length" and timed else dimension


def _added(sentence: str, question: str) -> list[str]:
    """The words ``sentence`` adds to ``question`` (a word said more often than there counts: "The
    capital of Guinea-Bissau is Bissau."), filler left out."""
    added = Counter(words(sentence)) - Counter(words(question))
    return [w for w in added if w not in FILLER]


def _code(sentence: str, question: str) -> bool:
    """Whether the answer adds a code: letters with digits ("CORRIE10", "BR4 9QL"), a number of three
    digits or more ("4471"), not a date's day ("The code changes every 1 January."), or capitals
    alone or joined by a hyphen ("PF", "IND-LAT")."""
    return any(is_code(w) or (w.isdigit() and len(w) >= 3) for w in _added(sentence, question)) or any(
        code.casefold() not in question.casefold() for code in _LETTER_CODE.findall(sentence)
    )


_INITIALS = re.compile(r"(?<![\w-])[A-Z]{2,4}(?![\w-])")  # "AVD", "JRT"; no part of a code
_LETTER_CODE = re.compile(r"\b[A-Z]{2,}(?:-[A-Z]{2,})*\b")  # a code of capitals only: "PF", "IND-LAT"


def _measure(*dimensions: str) -> Callable[[str, str], bool]:
    """A check that the answer adds a number of one of ``dimensions`` or a bare one (none given: a count)."""

    def check(sentence: str, question: str) -> bool:
        return any(d is None or d in dimensions for d in quantities(sentence, question))

    return check


def _money(sentence: str, question: str) -> bool:
    """Whether the answer adds an amount of money (or a bare figure, not a time of day nor a date: "at
    7pm", "2009-10-02"); a share where the question asks by how much a price changes ("By how much is
    the service charge going up?" → "by 4%"), how much of a sum comes back ("how much of my money do
    I get back?" → "50%") or a deposit ("30% of the total"); a price said as a share of another or as
    none ("pay half the annual fee", "Under-5s go free")."""
    if _PRICE_SHARE.search(sentence):
        return True
    changing = _CHANGE.search(question.casefold())
    unpriced = _AGE_BOUND.sub(" ", _TIME_OF_DAY.sub(" ", _NUMERIC_DATE.sub(" ", sentence)))
    unpriced = _COUNT_OF_THINGS.sub(" ", unpriced)
    if not PRICE_WRITTEN.search(question):  # "the course that costs £290" asks which course
        unpriced = _WORDED.sub(" ", unpriced)
    return _measure("money", *([PERCENT] if changing else []))(unpriced, question)


# a price said as a share of another, or as none: "half the annual fee", "free of charge", "There is
# no extra charge for this" (not "no cost estimate", "no cost-of-living rise"; not a discount: "Members
# get 10% off" tells no price)
_PRICE_SHARE = re.compile(
    r"\b(?:(?:go|goes|come|comes|travel|travels|ride|rides|stay|stays) free\b"
    r"|free of charge|half[- ]price"
    r"|no (?:extra |additional |further )?(?:charges?|costs?)(?![\w-])(?!\s+(?:estimates?|of)\b)"
    r"|(?:half|a quarter|a third|\d+(?:\.\d+)?%)(?: of)? (?:the|their|your|its) (?:[\w-]+ ){0,2}"
    r"(?:fees?|prices?|cost|rates?|charges?|fares?|rent|subs?)\b)",
    re.IGNORECASE,
)


# a bare figure counting things prices nothing: "with 14 rollers and 4 berms" (a bare one may be a
# table's price: "Price: 84.50"; what a price verb says is money in any currency: "costs 6 crowns")
_COUNT_OF_THINGS = re.compile(
    r"(?<![£€$\d.,])(?<!\bcost )(?<!\bcosts )(?<!\bpay )(?<!\bpays )(?<!\bcharge )(?<!\bcharges )"
    r"(?<!\bis )(?<!\bare )(?<!\bat )(?<!\bonly )"
    r"\b\d+\s+(?!(?:pounds|pence|quid|euros|dollars|cents|plus|each)\b)[a-z]+s\b"
)


# a number in words with no money after it prices nothing: "maximum one dog per room" (a bare figure
# may be a table's price, a bare "one" hardly ever)
_WORDED = re.compile(
    rf"(?<![\w-])(?:{'|'.join(_NUMBER_WORDS)})(?:-(?:{'|'.join(_NUMBER_WORDS)}))?\b"
    r"(?![-\u2013]|\s*(?:pounds?|pence|quid|euros?|dollars?|p)\b)",
    re.IGNORECASE,
)


# an age said as a bound, no price: "Children under 8 must be accompanied", "aged 5 to 11"
_AGE_BOUND = re.compile(
    r"\b(?:under|over|aged?|ages)\s+\d{1,2}(?:\s*(?:to|-|\u2013)\s*\d{1,2})?\b(?![.,]\d)"
    r"(?!\s*(?:pounds?|pence|p\b|euros?|dollars?|quid|gbp|eur|usd))",
    re.IGNORECASE,
)


def _lasting(sentence: str, question: str) -> bool:
    """Whether the answer adds a length of time (or a bare number), not a time of day: "runs for 112
    minutes", not "is showing at 19:30"."""
    return _measure("duration")(_TIME_OF_DAY.sub(" ", _CLOCK.sub(" ", sentence)), question)


def _year(sentence: str, question: str) -> bool:
    """Whether the answer adds a year."""
    return any(_YEARLIKE.match(w) for w in _added(sentence, question))


def _time_taken(sentence: str, question: str) -> bool:
    """Whether the answer gives a time taken: no distance nor price the question does not give ("the
    boys 50m butterfly" of the question is no distance answered)."""
    given = set(words(question))
    return not any({"length", "money"} & kinds for n, kinds in measures(sentence).items() if n not in given)


def _clock(sentence: str, question: str) -> bool:
    """Whether the answer says a time of day."""
    return bool(_CLOCK.search(sentence.casefold()))


def _date(sentence: str, question: str) -> bool:
    """Whether the answer says a time: a date word, a clock time, a date in figures ("21/11/2020"),
    or a number that measures no amount ("£22.00" is a price, "40 passengers" a count: neither says
    when; nor, for someone of an age, "aged 18-64", whom it is for)."""
    if without_ages(question) != question:  # asked for someone of an age: ages say whom, not when
        sentence = _AGES_SAID.sub(" ", sentence)
    sentence = _COUNTED_OF.sub(" ", _uncoded(sentence))  # "bundles of 25": how many, not when
    added = _added(sentence, question)
    if _clock(sentence, question) or any(w in _WHEN for w in added) or _NUMERIC_DATE.search(sentence):
        return True
    timely = {None, DAY, "year", "duration"}
    return any(w.isdigit() for w in added) and any(d in timely for d in quantities(sentence, question))


_COUNTED_OF = re.compile(
    r"(?<!\d(?:st|nd|rd|th) )\b(?:of|pack|packs|set|sets|bundle|bundles|box|boxes) \d{1,3}\b(?![:.]\d)"
    r"(?!\s*(?:st|nd|rd|th)\b)"
)


def _calendar_date(sentence: str, question: str) -> bool:
    """Whether the answer says a date of the calendar, a month or a year: "From what date will the
    round run twice a week?" is not answered by "on Wednesdays and Fridays"."""
    sentence = _uncoded(sentence)
    added = _added(sentence, question)
    if any(w in _RELATIVE_DAYS or calendar(w) in MONTHS for w in added) or _NUMERIC_DATE.search(sentence):
        return True
    if _DAY_OF_MAY.search(sentence):
        return True  # a month, though "may" alone is no word of the calendar
    return any(_YEARLIKE.match(w) for w in added if w.isdigit())


_BANK_NUMBER = re.compile(
    r"\b\d{2}[-\u2013. ]\d{2}[-\u2013. ]\d{2}\b|(?<![\d.,£$€])\d{4} ?\d{4}(?!\d|[.,]\d)"
)
_RELATIVE_DAYS = frozenset({"today", "tomorrow", "yesterday"})
_DAY_OF_MAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)? May\b|\bMay \d{1,2}(?:st|nd|rd|th)?\b")
# a code of letters and figures joined by hyphens ("FR11-1808-00452"; not "14-May-2026", a date, nor
# "10am-12pm", "2026-04-13T09:30", times)
_CODE = re.compile(r"(?<![\w-])(?=[\w-]*[A-Za-z])(?=[\w-]*\d)[A-Za-z\d]+(?:-[A-Za-z\d]+)+(?![\w-])")
_OF_TIMES = frozenset({"am", "pm", "st", "nd", "rd", "th", "ish", "t", "z"})  # letters a time or date has


def _uncoded(sentence: str) -> str:
    """The sentence without its codes, whose figures say no date ("1808" of a serial number)."""
    return _CODE.sub(lambda code: code[0] if _names_a_day(code[0]) or _timed(code[0]) else " ", sentence)


def _timed(code: str) -> bool:
    """Whether a code's letters are only a time's or a date's: "10am-12pm", "2026-04-13T09:30"."""
    return set(re.findall(r"[a-z]+", code.casefold())) <= _OF_TIMES


def _names_a_day(code: str) -> bool:
    """Whether a code names a month or a weekday: "14-May-2026" is a date, no code."""
    days = MONTHS | WEEKDAYS
    return any(w in days or calendar(w) in days for w in re.findall(r"[a-z]+", code.casefold()))


def _day_date(sentence: str, question: str) -> bool:
    """Whether the answer says a day, a date or a year, not only a time of day ("What date is the
    AGM?" is not answered by "The meeting closed at 21:10.")."""
    added = _added(sentence, question)
    if any(w in _WHEN or calendar(w) for w in added) or _NUMERIC_DATE.search(sentence):
        return True
    return any(_YEARLIKE.match(w) for w in added if w.isdigit())


_EVERY_DAY = re.compile(r"\b(?:daily|every day|each day|weekdays|weekends?|7 days)\b")


def _weekday(sentence: str, question: str) -> bool:
    """Whether the answer says days of the week ("Tuesdays and Thursdays", "daily"): "Which days is
    the seamstress in?" is not answered by "open since 2009" or "from 1 March"; dates, when the
    question names a month ("Which days in June is the show on?")."""
    if any(calendar(w) in MONTHS for w in words(question)):
        return _day_date(sentence, question)
    return any(calendar(w) in WEEKDAYS for w in words(sentence)) or bool(
        _EVERY_DAY.search(sentence.casefold())
    )


def _name(sentence: str, question: str) -> bool:
    """Whether the answer names someone or something the question does not (a weekday, or a month
    in a date, names no one: "It was on Monday, 9 May."; "June fitted it." names June; nor does a
    role written with a capital: "The chair of the committee is Treasurer."); initials name someone
    ("The fixer of BRC-2502-005 is AVD.")."""
    dated = {w.casefold() for pair in _DAY_MONTH.findall(sentence) for w in pair}
    named = {w for w in name_words(sentence) if not _day(w, dated) and w not in _ROLES | _PERSONAL}
    named |= {w.casefold() for w in _INITIALS.findall(sentence)}
    return bool(named - set(words(question)))


_PERSONAL = frozenset({"i", "you", "he", "she", "it", "we", "they"})  # "She is to unveil it …" names no one


def _day(word: str, dated: set[str]) -> bool:
    """Whether a name word is a weekday, or a month said in a date (among ``dated``)."""
    day = calendar(word) or (word if word in MONTHS else None)
    return day in WEEKDAYS or (day in MONTHS and word in dated)


def _named(sentence: str, question: str) -> bool:
    """Whether the answer names (or gives the code of) something the question does not (a name said
    more often than there counts: "The capital of Luxembourg is Luxembourg.")."""
    added = Counter(words(sentence)) - Counter(words(question))
    return any(word in added for word in _naming(sentence))


def _naming(sentence: str) -> set[str]:
    """The words of a sentence's names and codes: capitalized after its first word, accents and all
    ("Ålesund", "São Tomé"), or a code."""
    capitalized = {w for token in sentence.split()[1:] if token[:1].isupper() for w in words(token)}
    return capitalized | identifiers(sentence)


def _thing(sentence: str, question: str) -> bool:
    """Whether the answer adds something besides numbers and dates (a place, a thing, a code): "27
    Aug 2020" says when, not where."""
    return any(not w.isdigit() and calendar(w) is None for w in _added(sentence, question))


def _place(sentence: str, question: str) -> bool:
    """Whether the answer says where: a thing as :func:`_thing` and a place, named (a capitalized
    word past the first, a code, a path) or after a word of place ("at", "in", "behind" …): "The extractor
    must come back washed and dried." says how, not where."""
    named = {  # no month or weekday, nor a time of day ("7pm")
        w
        for w in _naming(sentence) & set(_added(sentence, question))
        if calendar(w) is None and not w[0].isdigit()
    }
    placed = _placed(sentence.casefold()) or any("/" in token for token in sentence.split())
    return _thing(sentence, question) and bool(named or placed)


def _placed(folded: str) -> bool:
    """Whether a sentence (case folded) says a word of place before a place: not before a day, a
    month or a number ("There are no club nights in August.", "at 19:00"), nor "there" opening "there
    are"."""
    for match in _WHERE_WORDS.finditer(folded):
        after = [w.strip(".,;:!?") for w in folded[match.end() :].split()[:3]]
        after = after[1:] if after[:1] in (["the"], ["a"], ["an"]) else after
        following = after[0] if after else ""
        if match.group(0) in _PLACES_ALONE:
            if following not in _BEING:
                return True
        elif following and calendar(following) is None and not following[0].isdigit():
            return True
    return False


_PLACES_ALONE = frozenset({"here", "there", "upstairs", "downstairs"})
_BEING = frozenset(
    {"is", "are", "was", "were", "will", "may", "must", "can", "could", "should", "has", "have"}
)


def _count(sentence: str, question: str) -> bool:
    """Whether the answer adds a number of what "how many …" names (a unit: "how many hours", "how
    many visitor days") or a bare count ("520 passengers"), not a measure of something else nor a
    time of day ("The meeting closed at 9:15pm." counts no members)."""
    unit = re.search(r"\bhow many\s+([a-z°²/]+)(?:\s+([a-z°²/]+))?", question.casefold())
    dimension = next((UNIT[w] for w in unit.groups() if w in UNIT), None) if unit else None  # "visitor days"
    undated = _CLOCK.sub(" ", _NUMERIC_DATE.sub(" ", sentence))  # "2026-04-20" counts no calories
    undated = _YEAR_ALONE.sub(" ", undated)  # "Members' Guide 2026: The circle …" counts no families
    return _measure(*filter(None, [dimension, COUNT]))(undated, question)


# a heading's year: "Members' Guide 2026: …"
_YEAR_ALONE = re.compile(r"^(?:[A-Z][\w'\u2019-]*\s+)+(?:19|20)\d\d(?=:\s)")


# how often a thing is done: "every six weeks", "twice a year", "weekly", "each night"
_OFTEN = re.compile(
    r"\b(?:every|each|per|once|twice|times|daily|nightly|weekly|fortnightly|monthly|quarterly"
    r"|yearly|annually|hourly|always|never|whenever)\b"
    r"|\b(?:a|an) (?:day|night|week|fortnight|month|year|hour|season)\b"
)
_WHERE_WORDS = re.compile(
    r"\b(?:at|in|on|near|by|behind|under|beside|outside|inside|opposite|above|below|beneath|between"
    r"|along|across|past|next to|from|upstairs|downstairs|here|there)\b"
)
# a rate asked: "how many litres per minute", "how much per hour"; the answer must say what it is per
_RATE = re.compile(r"\bhow (?:many|much)\b[^?]*?\bper (\w+)")
_PER_ADJECTIVE = {"day": "daily", "year": "yearly|annual|annually", "annum": "yearly|annual|annually"}


def _says_rate(sentence: str, per: str) -> bool:
    """Whether the sentence says a value is per ``per``: "per minute", "a minute", "/min", "hourly"."""
    adjective = _PER_ADJECTIVE.get(per, f"{per}ly")
    said = rf"(?:\b(?:per|a|an|each|every)\s+|/\s*){per[:3]}|\b(?:{adjective})\b"
    return re.search(said, sentence, re.IGNORECASE) is not None


# a unit of "power" (or another dimension with few everyday words) asked by name
_ASKED_UNIT = re.compile(r"\((?:kw|w|mw|hp|kwh)\)|\b(?:kilo|mega)?watts\b|\bhorsepower\b")


def _in_asked_unit(sentence: str, question: str) -> bool:
    """Whether the answer gives a number in the dimension of the unit the question names."""
    named = next(filter(None, (UNIT.get(w) for w in words(_ASKED_UNIT.search(question.casefold())[0]))), None)
    return named in quantities(sentence, question) if named else True


def _share(sentence: str, question: str) -> bool:
    """Whether the answer gives a share ("8%", "2 per cent"), not a bare number ("3.1", a clause's)."""
    return PERCENT in quantities(sentence, question)


def _adds_number(sentence: str, question: str) -> bool:
    """Whether the answer adds a number, as ages are written ("16", "aged 12+", "Under-16s")."""
    return any(any(c.isdigit() for c in w) for w in _added(sentence, question))


def _amount(sentence: str, question: str) -> bool:
    """Whether the answer adds an amount: a number ("200 kWh"), in words too ("two sacks"), a
    share ("half the hire") or none ("It is free."); a time of day is none ("Teas are served at 4pm."
    does not tell how much can be claimed back)."""
    untimed = sentence if "time" in words(question) else _TIME_OF_DAY.sub(" ", sentence.casefold())
    return any(
        any(c.isdigit() for c in w) or w in _NUMBER_WORDS or w in _SHARES for w in _added(untimed, question)
    )


_SHARES = frozenset({"half", "quarter", "third", "thirds", "all", "none", "nothing", "free", "whole"})


# a size said in words: "large", "king", "XL"
_SIZE_WORD = re.compile(
    r"\b(?:small|medium|large|extra[ -]large|jumbo|mini|king|queen|double|single"
    r"|xs|xl|xxl)\b",
    re.IGNORECASE,
)
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")  # a UK postcode: "EM3 8QT"
# (what the question asks, what the answer must do); the first that matches decides
KINDS: list[tuple[re.Pattern, Callable[[str, str], bool]]] = [
    (re.compile(r"\be-?mail\b"), lambda s, q: "@" in s),
    (re.compile(r"\b(?:tele)?phone\b"), lambda s, q: len(re.sub(r"\D", "", s)) >= 5),
    (
        re.compile(r"\b(?:website|web site|web address|url)\b"),
        lambda s, q: bool(re.search(r"\w\.[a-z]{2,}", s)),
    ),
    (re.compile(r"\bcolou?rs?\b"), lambda s, q: any(w in COLOURS for w in words(s))),
    # a postcode, not the street or a code of the row ("The address of BD-0822 is Marsh Road"); "Is
    # the postcode EM3 8QT?" may be answered "Yes, it is."
    (re.compile(r"\bpost ?codes?\b"), lambda s, q: bool(POSTCODE.search(s)) or yes_or_no(q)),
    # a bank's sort code ("20-45-77") or the details to pay into: an account's numbers, never a code
    # of the documents' own ("The product code is SAV-PAY.") nor a price ("You pay £12 a year.")
    (
        re.compile(
            r"^(?:what|which)(?:'s| is| are)?\b(?:(?! name\b)[^?])*?\b(?:sort ?codes?|bank details)\b"
        ),
        lambda s, q: bool(_BANK_NUMBER.search(s)),
    ),
    # "what's the gate code", "what is the postcode", "what's the wifi password", "what's the
    # combination for the lock" (not "what does code E7 mean": a code's meaning)
    (
        re.compile(
            r"^(?:what|which)(?!\s(?:does|do|did)\b)(?:'s| is| are)?(?: the)?(?: [a-z']+){0,2}"
            r" (?:(?:post ?|zip )?code|pin|pass ?(?:word|code)|combination)s?\b"
        ),
        _code,
    ),
    # "the premises licence number", "account no.": a reference, never a time or an amount (not
    # one the question gives: "Which customer has account number C-0477?")
    (
        re.compile(
            r"\b(?:licen[cs]e|registration|reference|account|policy|serial|charity|company|invoice"
            r"|booking|membership|member|card|customer|client|order|ticket|tracking|vat|passport"
            r"|phone|telephone|mobile)\s+(?:no|number|num)\b(?!-)(?!\.?\s+(?:is\s+|was\s+)?[\w-]*\d)"
        ),
        _code,
    ),
    (re.compile(r"\btime of (?:the )?year\b"), _date),  # "November to March"
    # how long a film or a show runs, not when: "the running time of Cold Iron Road"
    (re.compile(r"\b(?:running|run) ?times?\b|\bruntimes?\b|\bduration\b"), _lasting),
    # how long until: "How quickly will they attend a callout?" ("within 4 hours"), "how soon"
    (re.compile(r"\bhow (?:quickly|soon)\b"), _lasting),
    (re.compile(r"\b(?:what|which) time\b|\bat what hour\b|\b(?:latest|earliest) time\b"), _clock),
    # what a time taken is, asked of it: "What was the winning time …?", "what's the journey time" (a
    # clock's "42:13", "45 minutes", "about an hour"; not a distance, "6.9 km", nor a price)
    (
        re.compile(
            r"^(?:what|which)(?:'s| is| was| are| were)? (?:the |their |his |her |its )?"
            r"(?:winning|finishing|fastest|slowest|record|lap|race|journey|travel|crossing|flight"
            r"|walking|driving|cycling|waiting|cooking|baking) times?(?= on| in| for| of| to| from|\?|$)"
        ),
        _time_taken,
    ),
    # the hours something is open or runs: its times of day ("What are the hours of the over-18s
    # session?"; not "how many hours", a length of time)
    (re.compile(r"^(?:what|which)(?:'s| is| are)? (?:the |its |their )?(?:[a-z-]+ )?hours\b"), _clock),
    (re.compile(r"\b(?:what|which) year\b|\byear did\b"), _year),
    # days that recur ("Which days is the seamstress in?", "what day of the week are bins collected")
    (re.compile(r"\b(?:what|which) days\b|\bdays? of the week\b"), _weekday),
    (re.compile(r"\b(?:what|which) dates?\b"), _calendar_date),  # not a weekday alone
    (re.compile(r"\b(?:what|which) (?:date|day|month)s?\b"), _day_date),
    # "which evening of the week": a weekday, as "which day"
    (re.compile(r"\b(?:what|which) (?:morning|afternoon|evening|night)s? of the week\b"), _day_date),
    (re.compile(r"^(?:who|whom|whose)\b"), _name),
    (re.compile(rf"^which (?:{'|'.join(sorted(PEOPLE))})s?\b"), _name),  # "Which member of staff …?"
    # "what's the name of the duty warden?" is not answered by the warden's phone line
    (re.compile(r"\b(?:what|which)(?:'s| is| was| are| were)? (?:the )?(?:full )?names? of\b"), _name),
    (_ASKED_NAMED, _named),
    (re.compile(r"\bhow often\b|\bhow frequently\b"), lambda s, q: bool(_OFTEN.search(s.casefold()))),
    (re.compile(r"^where\b"), _place),
    (re.compile(r"^which\b"), _thing),
    (WHAT_THING, _thing),
    (re.compile(r"^when\b"), _date),  # before money: "When is the fee due?" asks a date
    # before money: "What's the deadline for paying subs?" asks a date, "What reference should I put
    # on my bank transfer?" a code
    (re.compile(r"^(?:what|which)(?:'s| is| was)? (?:the )?(?:[a-z-]+ )?(?:deadline|closing date)\b"), _date),
    (
        re.compile(
            r"^(?:what|which)(?:'s| is)? (?:the |my |our )?(?:[a-z-]+ )?ref(?:erence)?\b(?!\s+books?\b)"
        ),
        _code,
    ),
    # a share, before money: "what interest rate … on overdue fees", "the VAT rate", "what percentage"
    (re.compile(r"\b(?:interest|vat|tax|commission|discount|tip) rate\b|\bpercentage\b"), _share),
    # before money: "how far ahead must the fee be paid" asks how long before, not how much
    (
        re.compile(r"\bhow far (?:ahead|in advance|back)\b|\bhow much (?:notice|warning)\b"),
        _measure("duration"),
    ),
    # "How is she paying for her eggs?", "how do I pay the deposit": by what means, not how much
    (
        re.compile(
            r"^how (?:is|are|was|were|do|does|did|will|would|can|could|should|shall) (?!.*\bmuch\b)"
            r"(?:[\w'-]+ ){0,4}pa(?:y|ys|id|ying)\b"
        ),
        lambda s, q: _thing(s, q) and not _money(s, q),
    ),
    (
        re.compile(
            r"\bcosts?\b|\bprices?\b(?! lists?\b)|\bfees?\b|\bfares?\b|\brevenue\b|\bsalary\b|\bbudget\b"
            r"|\bpa(?:y|ys|id|ying)\b|\bsubs\b|\bsubscriptions?\b|\bdues\b|\brent\b"
            r"|\bmoney\b(?! back)|\bbank balance\b|\bdeposits?\b"
            r"|\b(?:estimated|insured|insurance|resale|market|retail|replacement) values?\b"
            r"|\b(?:the|a) fines?\b|\b(?:the|a) charges\b"
            # a price per time or by whom: "the hourly rates", "the member rate"; not "heart rate"
            r"|\b(?:hourly|daily|weekly|monthly|nightly|annual|day|hire|room|member|members|standard"
            r"|reduced|concession|concessionary|group|student|adult|child|senior|family|private|community"
            r"|corporate|mileage|weekend|evening|peak|off-peak|flat) rates?\b"
            r"|\brates? of (?:pay|hire)\b"
            r"|\brates? per (?:hour|day|mile|night|week|month|person|head|session)\b"
            r"|\bper (?:hour|day|mile|night|week|month|person|head|session) rates?\b"
            # "the cover charge", "what was she charged"; not "in charge of", "charge points", "take to
            # charge", "are the e-bikes charged overnight?"
            r"|(?<!\bin )(?<!\bto )(?<!\btake )(?<!\btakes )\bcharge\b"
            r"(?!\s+(?:points?|levels?|cables?|ports?|up)\b)"
            r"|^(?:what|how much)\b.*\bcharged\b(?!\s+(?:up|overnight)\b)"
        ),
        _money,
    ),
    (re.compile(r"\bhow (?:heavy|light)\b|\bweigh|\bmass\b"), _measure("mass")),
    # a unit asked by name: "the heat output (kW)", "in kilowatts", "how many watts"
    (_ASKED_UNIT, _in_asked_unit),
    (re.compile(r"\bhow much (?:extra|more)\b"), _money),  # "how much extra to add a 9th player"
    (re.compile(r"\b(?:minimum|maximum|min|max|youngest|oldest|lowest) age\b"), _adds_number),
    (re.compile(r"\bin advance\b"), _measure("duration")),  # after money: "How much do I pay in advance?"
    (re.compile(r"\bhow fast\b|\bspeed\b"), _measure("speed")),
    (
        re.compile(
            r"\bhow (?:far|deep|high|tall|wide|thick)\b"
            r"|\b(?:distance|depth|height|width|elevation|altitude|thickness|thickest|thinnest)\b"
        ),
        _measure("length"),
    ),
    (re.compile(r"\bhow long\b|\blength\b"), _measure("length", "duration")),
    # "what size does she get?" may be answered in words: "large", "king-size"
    (
        re.compile(r"\b(?:what|which) sizes?\b"),
        lambda s, q: _SIZE_WORD.search(s) is not None or _measure("area", "length", "volume", COUNT)(s, q),
    ),
    # a place's measure ("the area of Kilvarra", "floor area"), not a part of a place ("the flying area")
    (
        re.compile(r"\bhow (?:big|large)\b|\b(?:the|floor|total|land) area\b|['\u2019]s area\b|\bsize\b"),
        _measure("area", "length", "volume", COUNT),
    ),
    (re.compile(r"\btemperature\b|\bhow (?:hot|cold|warm)\b"), _measure("temperature")),
    (re.compile(r"\bhow old\b"), _measure("duration", "year")),
    # "the number of staff" counts; "the part number of the gasket" is a code
    (
        re.compile(
            r"\bhow many\b|\bpopulation\b|(?:^|\b(?:the|a|total|what|maximum|minimum)\s)number of\b"
            r"|\b(?:total|item|head|visitor|attendance) count\b"
        ),
        _count,
    ),
    # "How much is a double room?" asks a price, once no measure was asked ("how much does it weigh")
    (re.compile(r"^how much (?:is|are|was|were|will|would)\b"), _money),
    # any other amount: "How much battery storage will be installed?" is not answered by a sentence
    # without a number ("It has a grid connection offer.")
    (re.compile(r"\bhow much\b"), _amount),
]


def asked(question: str) -> str:
    """What ``question`` asks, lower case: from its question word to the first condition after it
    (the whole question when it has none: "price of KX-2041")."""
    text = question.casefold()
    lead = _LEAD_CLAUSE.match(text)  # "When I book a job, what deposit …": the scene, then the question
    wh = _WH.search(text, lead.end() if lead else 0)
    if not wh or not text[wh.end() :].strip(" ?.!"):
        return text  # none, or last: "the phone number for the gate lodge is what" asks all before it
    if wh[1] in _JOINING and yes_or_no(question) and not _KNOWING.search(text[: wh.start()]):
        return text  # a yes or no with a condition: "Can I wear shorts when it's hot?" asks no time
    rest = text[wh.end() :]
    condition = _CONDITION.search(rest)
    return text[wh.start() : wh.end() + (condition.start() if condition else len(rest))]


def yes_or_no(question: str) -> bool:
    """Whether ``question`` asks yes or no ("Is there a student discount?", "does plot C-2 have a
    shed"): it opens with an auxiliary verb, or its last sentence does, after others that set the
    scene ("I have a guide dog. Can she come into the flying area?"); not one asking to be told what
    a question word asks ("Could you tell me which course Isla is running?")."""
    asking = yes_or_no_asked(question)
    opening, last = words(asking)[:1], _SENTENCE_START.split(asking.strip())[-1]
    return bool(opening) and opening[0] in _YES_NO_OPENERS and not _ASKS_TO_TELL.match(last)


def yes_or_no_asked(question: str) -> str:
    """The sentence of ``question`` that asks: the whole when it opens with an auxiliary, else its last
    ("Can she come …?" of "I have a guide dog. Can she come …?"), after any condition opening it ("If
    six of us book together, do we get a discount?")."""
    opening = words(question)[:1]
    if opening and opening[0] in _YES_NO_OPENERS:
        return question
    last = _SENTENCE_START.split(question.strip())[-1]
    return last[lead.end() :] if (lead := _LEAD_IF.match(last)) else last


_SENTENCE_START = re.compile(r"(?<=[.?!])\s+(?=[A-Z])")
# a question put as asking to be told: "Could you tell me which …", "Do you know when …"
_ASKS_TO_TELL = re.compile(
    r"\s*(?:can|could|would|will|do|does)\s+(?:you|anyone|someone|somebody)\s+(?:please\s+)?"
    r"(?:happen\s+to\s+)?(?:tell|let|know|say|show|remind|check|find\s+out)\b(?:\s+(?:me|us))?"
    rf"(?:\s+know)?(?:\s+please)?,?\s+(?:{WH_WORDS})\b",
    re.IGNORECASE,
)
_LEAD_IF = re.compile(_CONDITION_LEAD, re.IGNORECASE)


def known_kind(question: str) -> bool:
    """Whether ``question`` asks for a kind of value :func:`fits` knows (a person, a date, a price …)."""
    asking = asked(question)
    return any(pattern.search(asking) for pattern, _ in KINDS)


def asks_when(question: str) -> bool:
    """Whether ``question`` asks for a date, a year or a time of day ("When did …?", "In what year …?")."""
    return _check(question) in (_date, _year, _clock)


def a_year_may_answer(question: str) -> bool:
    """Whether ``question`` asks for something a year may be: a date or a year, or which thing ("Which
    season are these fixtures for?"); not a count, a price, a place, someone, a code."""
    return asks_when(question) or _check(question) in (_thing, _named)


def asks_who(question: str) -> bool:
    """Whether ``question`` asks for someone ("Who changed the filter …?")."""
    return _check(question) is _name


def asks_number(question: str) -> bool:
    """Whether ``question`` asks for a value written with a number (an amount, a measure, a count, a
    date or a time), not for a name, place, thing or code ("Which floor is C-12 on?")."""
    check = _check(question)
    return check is not None and check not in (_name, _named, _place, _thing, _code)


# the words that ask for an amount of money, which an answer gives rather than says: "costs how much",
# "What is Jerk Junction paying for its pitch?"
_MONEY_TEXT = "cost costs charge charges charged price priced fee pay pays paid paying"
MONEY_ASKED = frozenset(_MONEY_TEXT.split())


def asks_money(question: str) -> bool:
    """Whether ``question`` asks for an amount of money ("How much is the almond croissant?")."""
    return _check(question) is _money


def _check(question: str) -> Callable[[str, str], bool] | None:
    """How an answer to ``question`` is checked for the kind of value it asks (None: no known kind)."""
    asking = asked(question)
    return next((check for pattern, check in KINDS if pattern.search(asking)), None)


def fits(sentence: str, question: str) -> bool:
    """Whether ``sentence`` gives the kind of value ``question`` asks for (any, for a question of no
    known kind); a rate ("how many litres per minute") said for what it is per."""
    asking = asked(question)
    if (rate := _RATE.search(asking)) and not _says_rate(sentence, rate[1]):
        return False
    if words(sentence)[:1] in (["yes"], ["no"]) and yes_or_no(question):
        return True  # "Do we have to pay for his lunches?" asks no sum: "No, you don't pay for them."
    return next((check(sentence, question) for pattern, check in KINDS if pattern.search(asking)), True)
