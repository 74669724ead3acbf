"""Words as lexical search and exact matching see them: codes kept whole, written one way.

People write one code several ways ("KX-2047", "KX 2047", "kx2047") and one number with or without
separators ("4,820", "4820"); a document and a question must meet on one form. A letter group joined
to a number by a hyphen, or a group of capitals before a number, becomes one word (``kx2047``,
``p41``, ``rx204``); a number loses its thousands separators and leading zeros; everything is lower
case. (A lower-case "rx 204" in a question is joined by the retriever when the store knows ``rx204``.)
*Identifiers* are the words with letters and digits: they must match exactly, never by similarity
(KX-2047 is not KX-2041). Example::

    words("Part KX-2047 weighs 4,820 g.")   # ['part', 'kx2047', 'weighs', '4820', 'g']
    words("2024-03-05")                     # ['5', 'march', '2024']
    identifiers("What does KX 2047 weigh?")  # {'kx2047'}
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Collection, Iterable

import regex

_THOUSANDS = re.compile(r"(?<=\d)[,\u202f\u00a0](?=\d{3}\b)")
_HYPHENED = re.compile(r"\b([A-Za-z]{1,6})-(\d+)\b")  # KX-2047, p-41
# a code of capitals only, its parts short, joined: "QF-JF" and "IND-LAT" (not "UK-wide", "Mon-Fri",
# a heading's "CHECK-IN" or "HALF-DAY")
CAPITALS_CODE = r"(?<![\w-])[A-Z]{2,3}[\u2013-][A-Z]{1,3}(?![\w-])"
_CAPITALS_CODE = re.compile(CAPITALS_CODE)
_DASH = re.compile(r"[\u2013-]")
# RX 204, TW 300 (capitals: not "in 1921", "Jan 2023"; nor a sentence's "A 10-visit card", "I 2")
_SPACED = re.compile(r"\b(?!(?:A|I) )([A-Z]{1,4}) (\d+)\b")
_WORD = re.compile(r"\w+(?:\.\d+)?")
# a telephone number in groups ("01632 960 275", "(01632) 960275", "07700-900318"): one word, however
# a document or a question groups it
PHONE_GROUPS = re.compile(
    r"(?<![\w.,:/+-])(?:\(?0\d{2,4}\)?(?:[ \u00a0-]\d{2,6}){1,3}|0\d{9,10})(?!\w|[.,:/-]\d)"
)
_E_MAIL = re.compile(r"\b[eE]-(?=[mM]ail)")  # "e-mail" is written "email" as often: one word
# a measure written without a space ("Dessler Box 12t", "7.5kg", "a 6-7ft spruce") is its number and its unit
# an age group: "U12", "U-12s" (ages 5 to 23; not a code's part, "U12D1-R09")
_AGE_GROUP = re.compile(r"(?<![\w-])[Uu]-?([5-9]|1\d|2[0-3])s?(?![\w-])")
_AND_OVER = re.compile(r"(?<![\w.])(\d{1,3})\+(?![\w+])")  # "Concession (65+)": 65 and over
_AGES_BOUND = re.compile(r"\b(under|over)[- ](\d{1,2})s\b", re.IGNORECASE)  # "under-16s", "over 60s"
# a span of whole numbers written with a dash, "Junior (5-15)", "ages 10-13" (not a time, date or code)
_DASHED_SPAN = re.compile(r"(?<![\w:.,/-])(\d{1,2})\s?[\u2013-]\s?(\d{1,3})(?![\w:.,/]|[\u2013-]\d)")
# a span of weekdays or months written with a dash, "Monday-Friday", "Mon-Fri", "April-September"
_DAY_NAME = (
    r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july"
    r"|august|september|october|november|december"
)
_NAMED_SPAN = re.compile(rf"\b({_DAY_NAME})\s?[\u2013-]\s?({_DAY_NAME})\b", re.IGNORECASE)
_UNITS = "t|kg|g|km|m|cm|mm|ml|cl|l|L|kW|kw|mph|kph|ft|lb|lbs|oz"
_UNIT_GLUED = re.compile(rf"(?<![\w.])(?<![A-Za-z]-)(\d+(?:\.\d+)?)({_UNITS})\b")
# a size as said, its sides apart (by an "x" or a times sign, a space either side or none): "20x16" is the
# "20 x 16 in" a price list writes (not a code's part: "CV-20X16", "10X200-B"; nor "960731 x204")
_SIZE = re.compile(
    r"(?<![\w.-])\d+(?:\.\d+)?(?:(?:[x\u00d7]| [x\u00d7] )\d+(?:\.\d+)?)+(?![\d.]|-\w)", re.IGNORECASE
)
_BY = re.compile(r" ?[x\u00d7] ?", re.IGNORECASE)  # a size's "x" between its sides
# a band of a measure written with a dash, "10.01-14.0m", "8-12 kg" (a boat's length, a parcel's weight)
_MEASURED_SPAN = re.compile(
    rf"(?<![\w:.,/-])(\d{{1,3}}(?:\.\d{{1,2}})?)\s?[\u2013-]\s?(\d{{1,3}}(?:\.\d{{1,2}})?)(?=\s?(?:{_UNITS})\b)"
)
_SHORT_AGE = re.compile(r"\b(\d{1,2}) ?(?:yo|y/o|y\.o)(?![\w-])\.?", re.IGNORECASE)  # "my 14yo", "a 9 y/o"
_ISO_DATE = re.compile(r"\b(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b")  # 2024-03-05
# a day first, as exports here write it: 14/04/2026, 14.04.2026 (a second part over 12 is the day)
SLASHED_DATE = re.compile(r"\b(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# a footnote's mark ("fee¹", "②"): a digit no number is written with (int() refuses it), no word's part
_MARKS = "".join(c for c in map(chr, range(0x3000)) if c.isdigit() and not c.isdecimal())  # "¹²³⁴①②"
_MARK = re.compile(f"[{_MARKS}]")
_WEEK = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH_NAMES = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]  # fmt: skip
WEEKDAYS, MONTHS = frozenset(_WEEK), frozenset(MONTH_NAMES)
# a month as logs and tables write it ("09 Jan 2023"), all but May: "may" is mostly the verb
_MONTH = {short: m for m in MONTHS - {"may"} for short in (m, m[:3])} | {"sept": "september"}
# a weekday as timetables and rotas write it ("Fri only", "Tues"), all but "sat" and "sun": mostly
# the verb and the star in a question (see :data:`WEEKEND_SHORT`)
_WEEKDAY = {
    **dict.fromkeys(["mon"], "monday"), **dict.fromkeys(["tue", "tues"], "tuesday"),
    **dict.fromkeys(["wed", "weds"], "wednesday"), **dict.fromkeys(["thu", "thur", "thurs"], "thursday"),
    "fri": "friday",
}  # fmt: skip
WEEKEND_SHORT = {"sat": "saturday", "sun": "sunday"}  # a weekend day as timetables write it
# a day of a month said as an ordinal ("the 3rd oct", "17th of October", "October 3rd"): its number
_MONTH_WORD = "(?:" + "|".join(sorted([*_MONTH, "may"], key=len, reverse=True)) + ")"
_ORDINAL_DAY = re.compile(
    rf"\b(?:([12]?\d|3[01])(?:st|nd|rd|th)(?=\s+(?:of\s+)?{_MONTH_WORD}\b)"
    rf"|({_MONTH_WORD}\s+)([12]?\d|3[01])(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)


def normalize(text: str) -> str:
    """Lower case, numbers without thousands separators, codes joined (``kx2047``, ``qfjf``), a telephone
    number's groups joined ("01632 960 275" as "01632960275"), a unit parted
    from its number ("12t" as "12 t"), an ISO or day-first date as people say it ("2024-03-05"
    and "05/03/2024" as "5 march 2024": a log's date meets the question's month), a day said as an
    ordinal as its number ("the 3rd oct" as "the 3 oct"), a footnote's mark apart ("fee¹" as "fee"),
    "e-mail" as "email", an age group as said ("U12" and "under-12s" as "under 12"), a dashed span of
    whole numbers as said ("5-15", en dash or hyphen, as "5 to 15"), and so of weekdays or months
    ("Monday-Friday" as "Monday to Friday"), a bound as said ("65+" as "65 and over"), an age written
    short as said ("14yo" as "14 year old"), a size's sides apart ("20x16" as "20 x 16")."""
    text = PHONE_GROUPS.sub(_joined_phone, _E_MAIL.sub("e", _MARK.sub(" ", text)))
    text = _ORDINAL_DAY.sub(lambda m: m.group(1) or m.group(2) + m.group(3), text)
    text = SLASHED_DATE.sub(_spoken_day_first, _ISO_DATE.sub(_spoken_date, text))
    text = _MEASURED_SPAN.sub(r"\1 to \2", _DASHED_SPAN.sub(r"\1 to \2", _NAMED_SPAN.sub(r"\1 to \2", text)))
    text = _AGE_GROUP.sub(r"under \1", _AGES_BOUND.sub(r"\1 \2", text))
    text = _AND_OVER.sub(r"\1 and over", _SHORT_AGE.sub(r"\1 year old", text))
    text = _UNIT_GLUED.sub(r"\1 \2", _SIZE.sub(lambda size: _BY.sub(" x ", size[0]), text))
    text = _SPACED.sub(r"\1\2", _HYPHENED.sub(r"\1\2", _THOUSANDS.sub("", text)))
    text = _CAPITALS_CODE.sub(lambda code: joined_code(code[0]), text)
    return text.casefold()


def phone_numbers(text: str) -> set[str]:
    """The telephone numbers ``text`` writes, each as :func:`words` writes it ("1632960742")."""
    joined = (words(match[0]) for match in PHONE_GROUPS.finditer(text))
    return {said[0] for said in joined if len(said) == 1}


def _joined_phone(match: re.Match) -> str:
    """A telephone number's groups joined, as many of them as make its 10 or 11 digits (the rest
    as written: "01632 960 275 12" is a number and a 12)."""
    groups = re.split(r"[ \u00a0-]", match[0])
    for end in range(len(groups), 1, -1):
        digits = re.sub(r"[()]", "", "".join(groups[:end]))  # "(01632)" of "(01632) 960275"
        if 10 <= len(digits) <= 11:
            return " ".join([digits, *groups[end:]])
    return match[0]


def _spoken_date(match: re.Match) -> str:
    year, month, day = match.groups()
    return f"{int(day)} {MONTH_NAMES[int(month) - 1]} {year}"


def day_first(first: int, second: int) -> tuple[int, int]:
    """The day and month of a slashed date's first two parts: the day first, as exports here write
    it, unless the second is no month ("10/19/2024": the month first)."""
    return (second, first) if second > 12 else (first, second)


def _spoken_day_first(match: re.Match) -> str:
    day, month = day_first(int(match.group(1)), int(match.group(3)))
    year = match.group(4)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return match.group(0)
    return f"{day} {MONTH_NAMES[month - 1]} {year}"


def is_number(word: str) -> bool:
    """Whether a word of :func:`words` is a number ("4820", "12.7"), not a code ("kx2047")."""
    return _NUMBER.fullmatch(word) is not None


def joined_code(code: str) -> str:
    """A code of capitals as one word: "QF-JF" as "QFJF"."""
    return _DASH.sub("", code)


def words(text: str) -> list[str]:
    """The normalized words of ``text``, in order (numbers without leading zeros: "09" is "9")."""
    return [w.lstrip("0") or "0" if w.isdigit() else w for w in _WORD.findall(normalize(text))]


_UNTIL = frozenset({"to", "until", "till", "through", "thru"})  # "April to September", "Tuesday till Friday"


def calendar(word: str) -> str | None:
    """The weekday or month a word of :func:`words` names, written one way ("sundays" and "sunday"
    as "sunday", "feb" as "february", "fri" as "friday"), or None ("may", "sat": mostly verbs)."""
    if word.rstrip("s") in WEEKDAYS:
        return word.rstrip("s")
    return _MONTH.get(word) or _WEEKDAY.get(word)


def one_way(word: str) -> str:
    """A word of :func:`words`, a number written one way ("212.00" as "212", "10.50" as "10.5")."""
    return str(float(word)).removesuffix(".0") if is_number(word) else word


def stated(written: Iterable[str], counted: bool = False) -> set[str]:
    """The numbers, weekdays and months among a text's :func:`words`, each written one way ("212.00"
    as "212", "Sundays" as "sunday", "Feb" as "february"): the conditions a question sets ("in 2019",
    "at 17:50", "on Sundays", "in February"). "May" is a month in a date ("16 May 2024", "May 2024")
    or a span; a span states every day or month in it ("April to September", "1 October to 31 March"
    state July and January, as a document's "between December and February" does; its "on or after 1
    March" the year's months from March), and, when
    ``counted`` (a document's, not a question's: "from 5 to 10 km" asks for none between), every
    whole number ("aged 5 to 11" states 7)."""
    found = set()
    written = list(written)
    for at, word in enumerate(written):
        if is_number(word):
            found.add(one_way(word))
            found |= _counted_span(written, at) if counted else set()
        elif counted and word in _WEEK_PARTS:  # "any job booked for a weekday" states a Tuesday
            found |= _WEEK_PARTS[word]
        elif day := _day_or_month(written, at):
            found.add(day)
            # a document's "between (1) December and …" (a question's asks for none between)
            opened = counted and "between" in written[max(at - 2, 0) : at]
            spanning = written[at + 1 : at + 2] and (
                written[at + 1] in _UNTIL or (written[at + 1] == "and" and opened)
            )
            if spanning and (last := _span_end(written, at + 2)):
                found |= _spanned(day, last)
            elif counted and day in MONTHS and _ONWARD & set(written[max(at - 2, 0) : at]):
                found |= _spanned(day, "december")  # "joining on or after 1 March" states April
    return found


def size_pairs(written: list[str]) -> set[frozenset[str]]:
    """The sizes among a text's :func:`words`, each the pair of its sides either way round ("20 x 16" as
    {"20", "16"}; "1 x 2 x 3" as its two pairs): a question's "20x40" canvas is no size a list of
    "20x30" and "30x40" ones gives, though it states 20 and 40."""
    return {
        frozenset({one_way(written[at - 1]), one_way(written[at + 1])})
        for at in range(1, len(written) - 1)
        if written[at] == "x" and is_number(written[at - 1]) and is_number(written[at + 1])
    }


def dated_weekdays(text: str) -> set[str]:
    """The weekdays of the whole dates that are a field's whole value in ``text`` ("date: 16/05/2026
    (16 May 2026)", a log's row): that row is the one for "on Saturday 16 May". A date a sentence
    gives ("valid from 16 May 2026") dates something else, and states no day of it."""
    found = set()
    for field in _FIELD.split(text):
        label, colon, value = field.rpartition(": ")
        said = words(value) if colon and label.strip() else []
        dates = [said[at : at + 3] for at in range(0, len(said), 3)]
        if not dates or len(said) % 3 or not all(_weekday(*date) for date in dates):
            continue
        found |= {_weekday(*date) for date in dates}
    return found


_FIELD = re.compile(r";\s+|\s\u2014\s")  # where a row's fields part: "date: 16/05/2026; member: …"


def _weekday(day: str, month: str, year: str) -> str | None:
    """The weekday of a date as :func:`words` writes it ("16", "may", "2026"), or None for no date."""
    name = calendar(month) or month  # "may" beside a day and a year is the month
    if not (day.isdigit() and len(day) <= 2 and year.isdigit() and len(year) == 4 and name in MONTHS):
        return None
    try:
        return _WEEK[datetime.date(int(year), MONTH_NAMES.index(name) + 1, int(day)).weekday()]
    except ValueError:  # 31 June
        return None


_ONWARD = frozenset({"after", "since"})  # a month that opens a time with no end: "on or after 1 March"


# and "less than", "fewer than", "up to" (a bound of minutes says nothing of a 16-yard skip:
# :func:`joined_counts`)
_BELOW = frozenset({"under", "below"})
_ABOVE = frozenset({"over", "above", "more", "older"})  # "aged 70 and over", "5 or more nights"
_WEEK_PARTS = {
    part: frozenset(_WEEK[:5] if part.startswith("weekday") else _WEEK[5:])
    for part in ("weekday", "weekdays", "weekend", "weekends")
}


def _counted_span(written: list[str], at: int) -> set[str]:
    """The whole numbers a span of them opening at ``at`` states ("aged 5 to 11" states 7, a band
    "10.01-14.0m" 12; at most 50 of them, smaller to larger: not "9:30 to 10:45"), a bound below
    ("under 18" states 15: a 15-year-old is a cadet "under 18"; "less than 48 hours' notice" states
    24, "up to 30 people" 25; at most 50) or one above ("aged 70 and over", "more than 70" state 72;
    the 50 after it); "between 21 and 7 days" is a span either way round."""
    before = written[max(at - 2, 0) : at]
    if len(before) == 2 and before[1] == "than" and written[max(at - 3, 0) : at - 2] in (["no"], ["not"]):
        return set()  # "no more than 6 people": a bound the other way, read as none
    below = bool(before) and (
        before[-1] in _BELOW or before in (["less", "than"], ["fewer", "than"], ["up", "to"])
    )
    if below and written[at].isdigit() and 1 < int(written[at]) <= 50:
        return {str(n) for n in range(1, int(written[at]))}
    after = written[at + 1 : at + 3]
    bounded = len(after) == 2 and after[0] in ("and", "or") and after[1] in _ABOVE  # "70 and over"
    above = at and (
        (
            written[at - 1] in _ABOVE and written[at - 2 : at - 1] not in (["and"], ["or"])
        )  # not "65 and over £8"
        or before in (["more", "than"], ["longer", "than"])
    )
    if written[at].isdigit() and (above or bounded):
        return {str(n) for n in range(int(written[at]) + 1, int(written[at]) + 51)}
    span = written[at : at + 3]
    between = len(span) == 3 and span[1] == "and" and at > 0 and written[at - 1] == "between"
    if len(span) < 3 or not (span[1] in _UNTIL or between) or not (is_number(span[0]) and is_number(span[2])):
        return set()
    first, last = float(span[0]), float(span[2])
    first, last = (last, first) if between and last < first else (first, last)
    whole = range(math.floor(first) + 1, math.ceil(last))  # "10.01 to 14.0" states 11, 12 and 13
    return {str(n) for n in whole} if first < last <= first + 50 else set()


_SUM = r"[£$€]\s?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?)(?!\d)"  # "£48", "$ 9.50", "£1,200.50"
_MONEY = re.compile(_SUM)
_FIGURE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,])")  # any number written
_WORD_AFTER = re.compile(r"[ \t]*([A-Za-z]+)")  # the word straight after a number, in its own cell
_MONTH_STARTS = frozenset(month[:3] for month in MONTH_NAMES)  # "12 Nov", "12 November"
_COUNT = re.compile(r"(?<![\w.,£$€])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?([A-Za-z]+)\b")  # "20 miles"
# what a number counts that is no sum of money ("48 hours", "300 mm", "12 people"), by what it measures:
# a rule's bound in one unit speaks of a count in another of the same ("6 weeks before" of "3 days")
_MEASURES = {
    "time": ["second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day",
             "days", "night", "nights", "week", "weeks", "month", "months", "year", "years"],
    "length": ["mm", "cm", "m", "km", "ft", "miles", "metres", "meters"],
    "weight": ["t", "kg", "g", "lb", "lbs", "oz"],
    "volume": ["l", "ml", "litre", "litres"],
    "speed": ["mph"],
    "people": ["people", "guests", "players", "adults", "children"],
    "share": ["percent"],
}  # fmt: skip
_MEASURE_OF = {unit: measure for measure, units in _MEASURES.items() for unit in units}
_NOT_MONEY = frozenset(_MEASURE_OF)
# a rule's bound on a count, with the word after its unit that says what it is of: "at least 1.2 m tall",
# "a minimum of 5 days", "no more than 7 days", "2 nights or more", a deadline ("6 weeks before", "48
# hours' notice")
_UNITS_OF = (
    r"(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s?([A-Za-z]+)['\u2019]?"
)
_AMOUNT = rf"{_UNITS_OF}(?:\s+([A-Za-z]+))?"
_RULE_BOUND = re.compile(
    r"\b(?:at\s+(?:least|most)|(?:a\s+)?(?:min|max)(?:imum)?(?:\s+of)?|(?:no|not|more|less|fewer|longer|later)"
    rf"\s+than|under|over|above|below|up\s+to|beyond|exceeding)\s+{_AMOUNT}"
    rf"|\b{_UNITS_OF}\s+(before|beforehand|in(?=\s+advance)|ahead|notice|prior)\b",
    re.IGNORECASE,
)
_WEIGHED = re.compile(rf"(?<![\w.,£$€]){_AMOUNT}")  # "3 days before", "1.15m tall"
# what a deadline's count is said with: "3 days before", "48 hours' notice", "in advance", "5 weeks away"
_DEADLINE = frozenset(["before", "beforehand", "in", "advance", "ahead", "notice", "prior", "away"])


def sums_of_money(text: str) -> set[str]:
    """The numbers ``text`` writes as sums of money ("£48" as ``48``)."""
    return {one_way(number.replace(",", "")) for number in _MONEY.findall(text)}


def counts_of_units(text: str) -> set[str]:
    """The numbers ``text`` writes as counts of a unit that is no money ("20 miles", "3 nights", "30 m")."""
    return {one_way(m[1].replace(",", "")) for m in _COUNT.finditer(text) if m[2].casefold() in _NOT_MONEY}


def weighed_counts(question: str) -> dict[str, tuple[str, str]]:
    """The numbers ``question`` writes as counts of a unit ("1.15m tall", "3 days before"), each with
    what its unit measures and what the count is of: the word after its unit, a deadline's as
    "before"."""
    return {
        one_way(m[1]): (_MEASURE_OF[m[2].casefold()], _said_of(m[3]))
        for m in _WEIGHED.finditer(question)
        if m[2].casefold() in _NOT_MONEY
    }


def _said_of(word: str | None) -> str:
    """What a count is of, by the word after its unit: "tall", or any deadline's as "before"."""
    word = (word or "").casefold()
    return "before" if word in _DEADLINE else word


def ruled_counts(weighed: dict[str, tuple[str, str]], text: str) -> set[str]:
    """Those of a question's :func:`weighed_counts` that a rule of ``text`` bounds in a unit of the same
    measure and of the same thing, whichever side of the bound they fall ("1.15m tall" by "must be at
    least 1.2 m tall", "3 days before" by "cancel at least 5 days before" or "6 weeks before"): the
    rule answers for them, yes or no; not "within 2 m of the kerb" for a 5 km run."""
    bounds = {
        (_MEASURE_OF.get((m[2] or m[5] or "").casefold()), _said_of(m[3] or m[6]))
        for m in _RULE_BOUND.finditer(text)
    }
    return {number for number, weighed_as in weighed.items() if weighed_as in bounds}


def only_as_money(number: str, text: str) -> bool:
    """Whether ``text`` states ``number`` (written one way) only as a sum of money ("£20"): so it
    states no count of 20 ("20 miles"), neither outright nor within a bound or span ("over 15 miles")."""
    return number in sums_of_money(text) and number not in stated(words(_MONEY.sub(" ", text)), counted=True)


# sums a bound or span of money holds: "orders over £150", "£50 or more", "up to £20", "£100 to £500"
# (not "from £5" that opens such a span)
_SUMS_ABOVE = re.compile(
    rf"\b(?:over|above|more than|from|at least)\s+{_SUM}(?!\s?(?:[\u2013-]|to)\s?[£$€]?\d)"
    rf"|{_SUM}\s?(?:\+|or more|and over|and above)",
    re.IGNORECASE,
)
_SUMS_BELOW = re.compile(rf"\b(?:under|below|less than|up to)\s+{_SUM}|{_SUM}\s?(?:or less|and under)", re.I)
_SUMS_BETWEEN = re.compile(rf"{_SUM}\s?(?:[\u2013-]|to)\s?{_SUM}")


def bounded_sum(number: str, text: str) -> bool:
    """Whether a document's ``text`` holds ``number`` within a bound or span of money it writes
    ("orders over £150" holds an order of £250; "for 50 or more" no price of £64)."""

    def sums(match: re.Match) -> list[float]:
        return [float(group.replace(",", "")) for group in match.groups() if group]

    value = float(number)
    return (
        any(value > sums(m)[0] for m in _SUMS_ABOVE.finditer(text))
        or any(value < sums(m)[0] for m in _SUMS_BELOW.finditer(text))
        or any(min(sums(m)) < value < max(sums(m)) for m in _SUMS_BETWEEN.finditer(text))
    )


def _dated_or_timed(text: str, figure: re.Match[str]) -> bool:
    """Whether a figure is a part of a date or a time of day ("12 November", "2026-11-12", "12:00"),
    no amount of anything."""
    after = text[figure.end() :]
    word = _WORD_AFTER.match(after)
    return bool(
        re.match(r"[:/-]\d", after)
        or re.search(r"\d[:/-]$", text[: figure.start()])
        or (word and word[1].casefold()[:3] in _MONTH_STARTS)
    )


def written_as_sum(number: str, text: str) -> bool:
    """Whether a document's ``text`` writes ``number`` itself as a sum: with a currency sign, or
    anywhere not as a count of time or a measure, nor in a date or a time of day ("within 48 hours"
    states no price of £48, a bound "50 or more" none of £64, "12 November" or "12:00" none of £12;
    "price_gbp: 48; hours: 3" does state £48)."""
    if number in sums_of_money(text):
        return True
    for figure in _FIGURE.finditer(text):
        if one_way(figure[0].replace(",", "")) == number and not _dated_or_timed(text, figure):
            unit = _WORD_AFTER.match(text, figure.end())
            if not unit or unit[1].casefold() not in _NOT_MONEY:
                return True
    return False


# "a 16-yard skip", "a 3-night stay"; not an age ("my 10-year-old" is "under 12", however few years it says)
_MEASURE = re.compile(r"(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)-(?![Yy]ears?\b)([A-Za-z]{3,})\b")


def joined_counts(text: str) -> dict[str, str]:
    """The numbers a question joins to what they count ("a 16-yard skip": 16 yards), each with that
    word: a bound states them only where it counts the same thing ("less than 24 hours' notice" says
    nothing of a 16-yard skip; "more than 2 nights" does of a 3-night stay)."""
    return {one_way(number.replace(",", "")): unit.casefold() for number, unit in _MEASURE.findall(text)}


_UNIT_AFTER = 4  # words after a bound's or span's first number that may name what it counts


def measured(found: dict[str, str], written: list[str]) -> bool:
    """Whether a document's :func:`words` state each of a question's :func:`joined_counts`: written
    outright, or within a bound or span of that thing ("more than 2 nights" states a 3-night stay;
    "a 6-yard skip, we wait up to 45 minutes" no 16-yard one)."""
    literal = stated(written)

    def bounded(number: str, unit: str) -> bool:  # the unit after the bound or span ("4 to 20 yards")
        return any(
            word.isdigit()
            and (number in _counted_span(written, at) or within_spans({number}, written[at : at + 3]))
            and any(after.startswith(unit) for after in written[at + 1 : at + 1 + _UNIT_AFTER])
            for at, word in enumerate(written)
        )  # fmt: skip

    return all(number in literal or bounded(number, unit) for number, unit in found.items())


def within_spans(numbers: set[str], written: list[str]) -> set[str]:
    """Those of ``numbers`` inside a span of numbers the words write, however wide ("4,501 to 9,000
    litres" holds a 7,000-litre tank): :func:`stated` counts out only the whole numbers of a span
    no wider than 50. A span of days holds no fraction ("1-14 June", "June 1-14" hold no price of 3.95)."""
    spans = [
        (float(written[at]), float(written[at + 2]), _dated(written, at))
        for at in range(len(written) - 2)
        if written[at + 1] in _UNTIL and is_number(written[at]) and is_number(written[at + 2])
    ]
    inside = {
        n
        for n in numbers
        if is_number(n)
        and any(first < float(n) < last and (not day or float(n).is_integer()) for first, last, day in spans)
    }
    return {n for n in inside if not 1900 <= float(n) <= 2100}  # a year is no amount within "£100 to £10,000"


def _dated(written: list[str], at: int) -> bool:
    """Whether the span of numbers opening at ``at`` is one of days: a month just before or after it
    ("1-14 June", "June 1-14", "1-14 Jun")."""
    beside = [*written[at - 1 : at], *written[at + 3 : at + 4]]
    return any(calendar(word) in MONTHS for word in beside)


def whole_date(conditions: set[str]) -> bool:
    """Whether :func:`stated` conditions hold a whole date: a day, a month and a year ("5 March 2024")."""
    numbers = [float(c) for c in conditions if is_number(c)]
    return (
        bool(conditions & MONTHS)
        and any(1000 <= n <= 2999 for n in numbers)
        and any(1 <= n <= 31 and n.is_integer() for n in numbers)
    )


# someone's age as a question gives it: "my 14 year old", "a 6-yr-old", "my 14yo", "aged 9", "my lad is 11",
# "I'm 64 - …", "I'm 23, …" (an age said alone; not "I'm 5 minutes late", "I'm 2 in the queue")
_AGE = re.compile(
    r"\b(\d{1,2})[\s-]*(?:years?|yrs?)[\s-]*olds?\b|\b(\d{1,2}) ?(?:yo|y/o|y\.o)(?![\w-])\.?"
    r"|\baged (\d{1,2})\b"
    r"|\b(?:son|daughter|lad|boy|girl|kid|child|grandson|granddaughter|nephew|niece|he|she)"
    r"(?:['\u2019]s| is) (\d{1,2})\b(?! weeks)(?![.,]\d)(?!\s?(?:c?m|mm|kg)\b)"  # not "is 1.05m tall"
    r"|\bI(?:['\u2019]m| am) (\d{1,2})(?![.,:]\d)(?!\s*[\u2013-]\s*\d)"  # "I'm 23,", not "I'm 2.5 miles"
    r"(?=\s*(?:[,.;!?(]|[\u2013-]\s|$|and\b|years?[\s-]old\b))",
    re.IGNORECASE,
)


_CLOCK_TIME = re.compile(r"(?<![\d:.])(\d{1,2}):([0-5]\d)(?![\d:])")  # "11:44", not "1:2:3"


def without_ages(text: str) -> str:
    """``text`` without the ages of people it gives: no condition a document must state, since rules
    write ages as bounds ("Adults only (18+)" answers for a 14-year-old, "Children under 8 are not
    accepted" for a 6-year-old); its other numbers stay ("my 14-year-old … on 14 May")."""
    return _AGE.sub(" ", text)


def clock_times(text: str) -> set[str]:
    """The times of day ``text`` writes in figures with a colon, each one way ("09:05" as "9:05")."""
    return {f"{int(hour)}:{minute}" for hour, minute in _CLOCK_TIME.findall(text)}


def long_number(conditions: set[str]) -> bool:
    """Whether :func:`stated` conditions hold a number of seven digits or more: a telephone number
    ("01632 960 519"), an account's or a licence's, which no other document writes by chance."""
    return any(c.isdigit() and len(c) >= 7 for c in conditions)


def _span_end(written: list[str], at: int) -> str | None:
    """The weekday or month that ends a span at ``at``, after its day's number if it has one ("to 31
    March")."""
    dated = at + 1 < len(written) and written[at].isdigit() and 1 <= int(written[at]) <= 31
    return _day_or_month(written, at + 1 if dated else at)


def _day_or_month(written: list[str], at: int) -> str | None:
    """The weekday or month the word at ``at`` names, "may" only in a date or a span of months, "sat"
    and "sun" only among days."""
    word = written[at] if at < len(written) else ""
    if word in WEEKEND_SHORT:
        return WEEKEND_SHORT[word] if _among_days(written, at) else None
    if word != "may":
        return calendar(word)
    before, after = written[at - 1 : at] if at else [], written[at + 1 : at + 3]
    dated = (bool(before) and before[0].isdigit() and 1 <= int(before[0]) <= 31) or (
        bool(after) and after[0].isdigit() and len(after[0]) == 4
    )
    spanning = (before and before[0] in _UNTIL) or (
        len(after) == 2 and after[0] in _UNTIL and calendar(after[1]) in MONTHS  # "May-Sep"
    )
    return "may" if dated or spanning else None


def _among_days(written: list[str], at: int) -> bool:
    """Whether the word at ``at`` ("sat" or "sun") is among days: a word saying "day" two or fewer
    before it ("Day: Sun"), a weekday two or fewer either side ("Fri - Sun", "Sat - Sun"), or a time,
    a date or "closed" after it ("Sat 10:00-16:00", "Sat 14 March", "Sun closed"); not in "the sun
    sat low" nor "the sun every day"."""
    before, after = written[max(0, at - 2) : at], written[at + 1 : at + 3]
    return (
        any(w in _DAY_WORDS for w in before)
        or any(calendar(w) in WEEKDAYS for w in before + after)
        or (written[at] == "sat" and "sun" in after)
        or (written[at] == "sun" and "sat" in before)
        or bool(after[:1] and (after[0].isdigit() or after[0] in _HOURS_WORDS))
    )


_DAY_WORDS = frozenset({"day", "days", "weekday", "weekdays", "weekend", "weekends"})
_HOURS_WORDS = frozenset({"closed", "open", "only"})  # "Sun closed", "Sat only"


def _spanned(first: str, last: str) -> set[str]:
    """The weekdays or months from ``first`` to ``last``, both included ("october" to "march" goes
    round the year's end)."""
    for cycle in (_WEEK, MONTH_NAMES):
        if first in cycle and last in cycle:
            start, length = cycle.index(first), (cycle.index(last) - cycle.index(first)) % len(cycle)
            return {cycle[(start + step) % len(cycle)] for step in range(length + 1)}
    return set()


def held(word: str, known: set[str]) -> bool:
    """Whether ``word``, or its singular or plural, is one of the ``known`` words."""
    return word in known or word.rstrip("s") in known or f"{word}s" in known


def is_code(word: str) -> bool:
    """Whether a word is a code: letters and digits ("KX-2047", ``kx2047``, "Town631180", "P-41"),
    never a decade or an ordinal ("1960s", "2nd")."""
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word) and not _COUNTED.match(word)


_COUNTED = re.compile(r"^\d+(?:s|st|nd|rd|th)$", re.IGNORECASE)


def identifiers(text: str) -> set[str]:
    """The codes of ``text``: words with letters and digits (``kx2047``, ``p41``, ``land03888``), and
    capitals joined by a hyphen ("QF-JF" as ``qfjf``)."""
    said = words(text)
    shouted = not re.search(r"[a-z]", text)  # "HOW MUCH IS THE SET-UP FEE?" writes no code so
    lettered = set() if shouted else {joined_code(code).casefold() for code in _CAPITALS_CODE.findall(text)}
    return {w for w in said if is_code(w)} | (lettered & set(said))  # not "MON-FRI": "mon to fri"


_LOOSE_CODE = re.compile(r"\b([A-Za-z]{1,4}) (\d+)\b")


def join_known(text: str, known: set[str]) -> str:
    """``text`` with a letter group and the number after it joined where ``known`` has the joined
    word ("rx 204" → "rx204" when some document names RX 204), so a lower-case code still matches."""
    return _LOOSE_CODE.sub(lambda m: m[1] + m[2] if (m[1] + m[2]).casefold() in known else m[0], text)


# words that carry no answer: a sentence made only of these and the question's words says nothing (with
# the tails of "it's", "can't", "we'll", "you're", "I've")
_FILLER = """a an the this that these those it its it's he she they them their his her hers him we you i
    is are was were be been being has have had do does did will would can could shall should may
    might must of in on at to for from by with about as into over under after before between than
    and or but not so there here then also only very just all some any each every one
    who what which when where why how whose whom s t ll re ve actually exactly really"""
FILLER = frozenset(_FILLER.split())


# a person's title, written out or short: no part of the name a document gives ("Sister Bernadette
# Clay" is the export's "Sr Bernadette Clay")
_TITLE_WORDS = (
    "mr mrs ms miss dr doctor sr sister st saint rev revd reverend fr father prof professor capt captain"
)
TITLES = frozenset(_TITLE_WORDS.split())

# words that open a question: capitalized there, they name nothing
OPENERS = frozenset(
    [
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "when",
        "why",
        "how",
        "is",
        "are",
        "was",
        "were",
        "do",
        "does",
        "did",
        "can",
        "could",
        "will",
        "would",
        "should",
        "tell",
        "give",
        "list",
        "name",
        "show",
        "please",
        "find",
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "for",
        "of",
        "from",
        "and",
        "but",
        "hi",
        "hello",
        "hey",
        "quick",
        "so",
        "ok",
        "okay",
        "also",
        "during",
        "after",
        "before",
        "since",
        "between",
        "about",
        "if",
        "my",
        "our",
        "your",
        "i",
        "i'm",
        "im",
        "according",
        "regarding",
        "as",
        "just",
        "sorry",
        "thanks",
        "suppose",
        "assuming",
    ]
)
# a capital then lower case, in any alphabet ("Zürich", "Østmark", "São"), inner capitals ("McDonald")
# and an apostrophe ("O'Brien", "Hogan's") included; all capitals ("KX", "TEST") are codes, not names.
# The stdlib's re has no Unicode letter classes; ``regex`` (a dependency of transformers) has.
_CAPITALIZED = regex.compile(r"\b(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*(?:['’]\p{Ll}+)?\b")


def name_words(text: str) -> set[str]:
    """The words of the names ``text`` gives (see :func:`names`), normalized."""
    return {w for name in names(text) for w in words(name)}


def names(text: str, *ordinary: Collection[str]) -> list[str]:
    """The capitalized words of ``text`` that name something (not "What" opening a question, not "I";
    nor an opening word of the ``ordinary`` ones, lower case, capitalized only because it opens a
    sentence of ``text``, nor one opening it before a code, which it names the kind of)."""
    found = []
    for match in _CAPITALIZED.finditer(text):
        word, name = match.group(0), re.sub(r"['’]s$", "", match.group(0))
        before = text[: match.start()].rstrip(" \"'-")
        opening = not before or before.endswith((".", "?", "!"))  # "… under? Need to check …"
        base = re.split(r"['’]", word)[0].casefold()  # "We'd", "I'll": their word before the apostrophe
        if opening and any(w in OPENERS or any(w in s for s in ordinary) for w in (name.casefold(), base)):
            continue
        if opening and is_code(next(iter(words(text[match.end() :])), "")):
            continue  # the kind of the code it opens with: "Delivery LV-250313 - which beer …?"
        if len(word) > 2:
            found.append(name)
    return found
