"""Which of two things has more or less of something, read from their table rows.

"Which crossing is quicker, S8 or S9?" needs two rows and a comparison; retrieval for the whole
question finds one row, and the 135M model, given two, says "I don't know" or picks one at random.
A reader looks up the one measure the comparison is about in each row (a time for "quicker", a
price for "cheaper", the "Seed held" column for "more seed") and compares the amounts; so does this,
and says both: "S9 is quicker: its crossing time is 45 min, S8's is 50 min." It answers only when
each thing's row names it and has exactly one cell of that measure, and both amounts are in units it
can compare (minutes and hours, grams and kilograms); any other comparison is left to the chain's
usual reading. A question asking by how much they differ ("How much more does the paperweight cost
than the bauble?", "the price difference between the half-day and the full-day experiences") is
answered with both amounts and the difference, when both are written in one unit. Example::

    compared = comparison("Which crossing is quicker, S8 or S9?")
    compared.things      # ('S8', 'S9')
    compared.answer(["fares.csv — Route: S8; Crossing time: 50 min", "fares.csv — Route: S9; Time: 45 min"])
    # 'S9 is quicker: its crossing time is 45 min, S8's is 50 min.'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chatbot.rag.list_lookup import list_items
from chatbot.rag.table_lookup import (
    CURRENCIES,
    column_words,
    keyed,
    match_key,
    of_days,
    row_cells,
    unbracketed,
    with_unit,
)
from vectorstore.words import FILLER, words

MORE, LESS = 1, -1
# what each comparison measures, and which way: the column words it may be about, with the sign of
# "more" ("quicker" is less time, or more speed); "price" also stands for a column priced in £, € or $
_TIME = {"time": LESS, "duration": LESS, "speed": MORE}
_PRICE = {"price": LESS, "cost": LESS, "fare": LESS, "fee": LESS, "rent": LESS}
_COMPARATIVES: dict[str, dict[str, int]] = {
    "quicker": _TIME, "faster": _TIME,
    "slower": {word: -sign for word, sign in _TIME.items()},
    "heavier": {"weight": MORE, "mass": MORE}, "lighter": {"weight": LESS, "mass": LESS},
    "longer": {"length": MORE, "duration": MORE, "time": MORE, "distance": MORE},
    "shorter": {"length": LESS, "duration": LESS, "time": LESS, "distance": LESS},
    "cheaper": _PRICE, "dearer": {word: -sign for word, sign in _PRICE.items()},
    "bigger": {"size": MORE, "area": MORE, "capacity": MORE},
    "larger": {"size": MORE, "area": MORE, "capacity": MORE},
    "smaller": {"size": LESS, "area": LESS, "capacity": LESS},
    "taller": {"height": MORE}, "deeper": {"depth": MORE}, "wider": {"width": MORE},
    "further": {"distance": MORE}, "farther": {"distance": MORE},
}  # fmt: skip
_QUANTIFIERS = {"more": MORE, "less": LESS, "fewer": LESS, "higher": MORE, "lower": LESS}
_VERBS = {
    "weighs": "weight",
    "weigh": "weight",
    "costs": "price",
    "cost": "price",
    "pay": "price",
    "pays": "price",
    "takes": "time",
    "take": "time",
}
# units an amount may be given in, by dimension, with their size in that dimension's smallest unit
_SCALE = {
    **dict.fromkeys(["g", "gram", "grams"], ("mass", 1.0)),
    **dict.fromkeys(["kg", "kilo", "kilos", "kilograms"], ("mass", 1000.0)),
    **dict.fromkeys(["min", "mins", "minute", "minutes"], ("time", 1.0)),
    **dict.fromkeys(["h", "hr", "hrs", "hour", "hours"], ("time", 60.0)),
    **dict.fromkeys(["day", "days"], ("time", 1440.0)),
    **dict.fromkeys(["mm"], ("length", 0.001)), **dict.fromkeys(["cm"], ("length", 0.01)),
    **dict.fromkeys(["m", "metre", "metres", "meter", "meters"], ("length", 1.0)),
    **dict.fromkeys(["km", "kilometres", "kilometers"], ("length", 1000.0)),
    **dict.fromkeys(["£", "€", "$"], ("money", 1.0)),
}  # fmt: skip
_AMOUNT = re.compile(r"([£€$]?)\s*(\d+(?:\.\d+)?)\s*([^\W\d]+)?")
# by how much two things differ: "how much more/cheaper …", "the price difference between …"
_DIFFERENCE = re.compile(
    rf"\bhow much ({'|'.join(['more', 'less', 'extra', *_COMPARATIVES])})\b|\bdifference\b|\bgap\b",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\bbetween (.+?) and (.+)$", re.IGNORECASE)
_THAN = re.compile(r"\s(?:than|compared (?:to|with))\s", re.IGNORECASE)  # "A than B", "A compared to B"
_PER_UNIT = re.compile(r"[\s_]*per[\s_]*\w+$", re.IGNORECASE)  # "Peak per hour", ``peak_per_hour``
# the words of a priced column that name none of the things a question compares ("Peak per hour")
_RATE_WORDS = frozenset({"per", "hour", "day", "night", "week", "month", "year", "person", "each"})
# what stands between "how much more" and the first thing, or after it: "does …", "… cost"
_PER = r"per \w+"  # a rate asked before the thing: "how much more per kg is …"
_ASKING_HOW_MUCH = re.compile(
    rf"^\s*(?:expensive\s+|{_PER}\s+)?(?:is|are|was|were|does|do|did|will|would|could)\s+"
    rf"|\s+(?:{'|'.join([*_VERBS, 'be'])})(?:\s+(?:me|us|you|them))?\s*$",
    re.IGNORECASE,
)
# what a thing does in the question, after its name: "Kofi pay into the joint account each month"
_DOING = re.compile(rf"\s(?:{'|'.join(_VERBS)})\s.*$", re.IGNORECASE)
# a verb that stands for the first thing's, after the second: "than Jo does"
_STANDING_FOR = re.compile(r"\s+(?:does|do|did|is|are|was|were|will|would)$", re.IGNORECASE)
# "how much more is A than B", "how much more per kg is A": an amount of money, as "how much is A"
_HOW_MUCH_IS = re.compile(rf"\bhow much (?:more|less|extra)(?: {_PER})? (?:is|are|was|were)\b", re.IGNORECASE)
_ONE = re.compile(r"\bone$")  # "than the 260mm one": a thing of the first's kind (not "Tier One")
_RATE = re.compile(r"\s+(?:per|each|a|an)\b.*$", re.IGNORECASE)  # "£145 per person": the amount
_TRAILING = re.compile(r",\s|\s(?:for|per|during|in|at|on|by|with)\s", re.IGNORECASE)
# a row's code for its subject: "TUE-D", "MON-R2" (letters in it: no date, no "2025/26")
_CODE_CELL = re.compile(r"(?=[A-Z0-9/-]*[A-Z])[A-Z0-9]{1,8}(?:[-/][A-Z0-9]{1,8})+")
_LEADING = re.compile(r"^(?:(?:of|the|a|an|for|between)\s+)+", re.IGNORECASE)


@dataclass(frozen=True)
class Comparison:
    """A question comparing two things by one measure."""

    question: str
    word: str  # the comparison as the question says it ("quicker", "more")
    measure: dict[str, int]  # column word → the sign of "more" of it
    things: tuple[str, str]
    difference: bool = False  # asks by how much they differ, not which has more

    @property
    def questions(self) -> tuple[str, str]:
        """Each thing's own question, the other left out, to find its row by."""
        first, second = self.things
        return (
            self.question.replace(second, " ").replace(" or ", " "),
            self.question.replace(first, " ").replace(" or ", " "),
        )

    def answer(self, rows: list[str | None]) -> str | None:
        """The comparison answered from each thing's row (``rows``, in the order of ``things``), or
        None when a row is missing, names not its thing, or has no single cell of the measure."""
        found = [self._cell(row, thing) for row, thing in zip(rows, self.things, strict=True)]
        if None in found or found[0][1] != found[1][1] or found[0][2][0] != found[1][2][0]:
            return None  # a missing cell, two measures, or minutes against pounds
        (column, word, (_, first), first_said), (_, _, (_, second), second_said) = found
        a, b = self.things
        if first == second:
            return f"{a} and {b} have the same {column}: {first_said}."
        if self.difference:
            gap = _gap(first_said, second_said)
            return (
                f"The {column} of {a} is {first_said}, of {b} {second_said}: a difference of {gap}."
                if gap
                else None
            )
        winner, loser = (a, b) if (first > second) == (self.measure[word] == MORE) else (b, a)
        said = {a: first_said, b: second_said}
        verb = "has" if self.word in _QUANTIFIERS else "is"  # "has more", "is quicker"
        return f"{winner} {verb} {self.word}: its {column} is {said[winner]}, {loser}'s is {said[loser]}."

    def across(self, row: str) -> str | None:
        """By how much two cells of one row differ, each thing the question compares naming one's
        column ("How much more do non-members pay than members for a mobile press visit?": the row's
        "Member price" and "Non-member price"), where the question says most of the row's subject, or
        of another of its cells when the subject is a code ("At the Tuesday evening duplicate …" of
        "Code: TUE-D; Day: Tuesday evening; …"); else None."""
        cells = row_cells(row)
        asked = {match_key(w) for w in words(self.question)}
        if not self.difference or not cells:
            return None
        found = [_column_named(cells[1:], thing, self.measure) for thing in self.things]
        if None in found or found[0] == found[1]:
            return None
        named = _subject_named(cells, {column for column, _ in found}, asked)
        if not named:
            return None  # "Press hire (static)" is no "mobile press visit"
        (first_column, first), (second_column, second) = found
        gap = _gap(first, second)
        subject = cells[0][1] if named == cells[0][1] else f"{cells[0][1]} ({named})"
        said = f"For {subject}, the {first_column} is {first}, the {second_column} {second}"
        return f"{said}: a difference of {gap}." if gap else None

    def between_items(self, document: str) -> str | None:
        """By how much two items of one labelled list differ, each thing naming one's label ("How
        much more is adult membership than junior membership?" of "Adult membership (18 and over):
        \u00a332 per year; Junior membership (under 18): \u00a312 per year"); else None."""
        items = list_items(document) if self.difference else None
        found = [_item_named(items or [], thing) for thing in self.things]
        if None in found or found[0] == found[1]:
            return None
        (first_label, first), (second_label, second) = found
        if "price" in self.measure and not (first[:1] in CURRENCIES and second[:1] in CURRENCIES):
            return None
        gap = _gap(first, second)
        return f"{first_label}: {first}; {second_label}: {second}: a difference of {gap}." if gap else None

    def _cell(self, row: str | None, thing: str) -> tuple[str, str, tuple[str, float], str] | None:
        """The row's one cell of the measure: its column, the measure word it is about, its amount
        and its value as said."""
        cells = row_cells(row) if row else None
        if not cells or not {match_key(w) for w in words(thing)} <= {match_key(w) for w in words(row)}:
            return None  # ("falconer experiences" of "Experience: Full-Day Falconer")
        asked = {match_key(w) for w in words(self.question)}
        found = []
        for column, value in cells[1:]:
            named, unit = column_words(column)
            word = _measure_of(named, unit, self.measure, value)
            if word:
                found.append((" ".join(named), word, with_unit(value, unit)))
        if len(found) > 1:  # "cheaper for an adult" of adult and child fares: the one it says
            found = [cell for cell in found if {match_key(w) for w in cell[0].split()} & asked] or found
        if len(found) > 1 and (day := of_days(words(self.question), [cell[0] for cell in found])) is not None:
            found = [found[day]]  # "on a weekday": "Mon\u2013Thu", not "Fri\u2013Sun"
        if len(found) != 1:
            return None
        column, word, said = found[0]
        amount = _amount(_RATE.sub("", said) if self.difference else said)  # "£145 per person"
        return (column, word, amount, said) if amount else None


def told_gap(question: str, told: list[str]) -> str | None:
    """By how much the two sums of money an answer tells differ, when ``question`` asks the difference
    of two things in money and ``told`` (the answer's sentences) gives each thing one sum in a
    sentence of its own that names it and not the other, at one rate ("Kofi pays £1,350 into the
    joint account each month. Jo pays £950 on the 1st." for "How much more does Kofi pay … than Jo
    does?": "That is a difference of £400."); else None."""
    compared = comparison(question)
    if not compared or not compared.difference or "price" not in compared.measure:
        return None
    if any(_RELATIVE.search(sentence) for sentence in told):
        return None  # "That is £400 more than Jo.", "a £50 discount": no one's own sum
    first, second = compared.things
    found = [_sum_told(told, first, second), _sum_told(told, second, first)]
    if None in found or found[0] == found[1]:
        return None
    asked = _rate_of(question)  # a sentence that says no rate says the question's ("each month")
    rates = {_rate_of(sentence) or asked for sentence, _ in found}
    gap = _gap(found[0][1], found[1][1]) if len(rates) == 1 else None
    return f"That is a difference of {gap}." if gap else None


def _sum_told(told: list[str], named: str, unnamed: str) -> tuple[str, str] | None:
    """The one sentence of ``told`` that names ``named`` and not ``unnamed`` and gives one sum of
    money, with the sum; None if none or two."""
    keys, others = ({match_key(w) for w in words(name)} for name in (named, unnamed))
    found = []
    for sentence in told:
        said = {match_key(w) for w in words(sentence)}
        sums = _SUM.findall(sentence)
        if keys <= said and not others <= said and len(sums) == 1:
            found.append((sentence, sums[0]))
    return found[0] if len(found) == 1 else None


def _rate_of(text: str) -> frozenset[str]:
    """The units of time, people or use ``text`` gives a sum per ("month" of "each month",
    "annually" as a year, "a 10-session block"); "every" (three months …) is a rate of its own."""
    said = set(words(text))
    rates = {_PERIODS.get(word, word) for word in said if word in _RATE_WORDS or word in _PERIODS}
    return frozenset(rates - {"per", "each"} | ({"every"} & said))


_SUM = re.compile(  # "£1,350", "$ 9.50"; not "£35k", "£1.2 million"
    r"[£€$]\s?\d[\d,]*(?:\.\d+)?(?!\s?(?:k|m|bn|million|billion|thousand)\b)(?![\d.,]*\w)", re.IGNORECASE
)
# a sum told against another or less something: no one thing's own sum
_RELATIVE = re.compile(
    r"\b(?:more|less|extra|cheaper|dearer|than|difference|saving|save|off|discount|deposit|refund|supplement)\b",
    re.IGNORECASE,
)
# a rate said in one word, as a unit ("annually": a year), or a use sums are told per
_PERIODS = {
    "annually": "year", "yearly": "year", "annual": "year", "monthly": "month", "weekly": "week",
    "daily": "day", "nightly": "night", "hourly": "hour", "quarter": "quarter", "quarterly": "quarter",
    "fortnight": "fortnight", "fortnightly": "fortnight", "upfront": "upfront", "session": "session",
    "block": "block", "term": "term",
}  # fmt: skip


def comparison(question: str) -> Comparison | None:
    """The comparison ``question`` asks ("Which crossing is quicker, S8 or S9?", "Do we hold more
    seed of A or of B?", "Is A heavier than B?", "How much more is A than B?"), or None."""
    if _DIFFERENCE.search(question) and (difference := _difference(question)):
        return difference
    asked = words(question)
    word, measure = _measure(asked)
    if not word:
        return None
    text = question.strip().rstrip("?.! ")
    if " than " in text:
        before, second = text.split(" than ", 1)
        first = before[: before.casefold().rfind(word)]
        first = re.sub(r"^\s*(?:is|are|was|were|does|do|did)\s+", "", first, flags=re.IGNORECASE)
    elif text.count(" or ") == 1:
        before, second = text.split(" or ")
        first = re.split(r"[,:]\s*|\s(?:of|between)\s", before)[-1]
    else:
        return None
    things = _things(first, second)
    return Comparison(question, word, measure, things) if things else None


def _difference(question: str) -> Comparison | None:
    """The comparison a question asking by how much two things differ makes: "How much more does A
    cost than B?", "What's the price difference between A and B?"; None when it names no measure
    (a comparative, a verb such as "cost", or a price's word) or not two things."""
    measure = _measured_by(question)
    text = question.strip().rstrip("?.! ")
    if (between := _BETWEEN.search(text)) and measure:
        first, second = between.groups()
    elif _THAN.search(text) and measure:
        before, second = _THAN.split(text, maxsplit=1)
        if not (asking := _DIFFERENCE.search(before)):
            return None
        first = _ASKING_HOW_MUCH.sub("", before[asking.end() :])  # "does the paperweight cost"
        doer = _DOING.sub("", first)  # "Kofi" of "Kofi pay into …"; not "the" of "the pay monthly plan"
        first = doer if _LEADING.sub("", f"{doer} ").strip() else first
    else:
        return None
    things = _things(first, second)
    if not things:
        return None
    kind = _ONE.sub(things[0].split()[-1], things[1])  # "than the 260mm one" of a cup: "the 260mm cup"
    if kind != things[1] and kind != things[0]:
        question, things = question.replace(things[1], kind), (things[0], kind)
    if headed := _with_head(*things):  # "between adult full and adult social membership"
        question = re.sub(rf"\b{re.escape(things[0])}\b(?= and )", headed, question, count=1)
        things = (headed, things[1])
    return Comparison(question, "difference", measure, things, difference=True)


def _with_head(first: str, second: str) -> str | None:
    """The first of two things with the word that names the kind of both, which a question may say
    once, after the second ("between adult full and adult social membership": "adult full
    membership"); None when the first is whole. Only of things in lower case that open alike, the
    first of two words or more and one word shorter: "Duchess" of "between Duchess and the Marigold
    car" is a name, whole, "the bauble" no kind of "full-day falconer", "standard" of "standard
    plus" whole."""
    said, kind = first.split(), second.split()
    if first != first.casefold() or second != second.casefold() or len(kind) != len(said) + 1:
        return None
    if len(said) < 2 or said[0] != kind[0] or kind[-1] in said or said == kind[:-1]:
        return None  # "between standard and standard plus": two things, whole
    return f"{first} {kind[-1]}"


def _things(first: str, second: str) -> tuple[str, str] | None:
    """The two things compared, as the question names them, the words around them aside ("… than S9
    for a child", "the bauble at Emberwick"); None when either is missing or too long for a name."""
    second = _STANDING_FOR.sub("", _TRAILING.split(second, 1)[0].strip(" ,"))
    things = tuple(_LEADING.sub("", part.strip(" ,")).strip() for part in (first, second))
    if not all(things) or any(len(thing.split()) > 6 for thing in things):
        return None
    return things  # type: ignore[return-value]


def _measured_by(question: str) -> dict[str, int] | None:
    """What a difference asked is of: the comparative of "how much longer", else a verb's measure
    ("cost"), else a price's ("the price difference", "more expensive"); a comparative elsewhere is
    part of a thing's name ("the faster ferry"). None when the question names none."""
    asked = words(question)
    said = _DIFFERENCE.search(question)
    comparative = said[1].casefold() if said and said[1] else None
    if comparative in _COMPARATIVES:
        return _COMPARATIVES[comparative]
    verb = next((w for w in asked if w in _VERBS), None)
    if verb:
        return {_VERBS[verb]: MORE}
    return _PRICE if {"expensive", *_PRICE} & set(asked) or _HOW_MUCH_IS.search(question) else None


def _gap(first: str, second: str) -> str | None:
    """How much two amounts written in one unit differ, written in it ("£55", "£48": "£7"; "£145 per
    person", "£260 per person": "£115"); None when their units or rates differ or either is no plain
    amount."""
    if len({(_RATE.search(said) or [""])[0].casefold() for said in (first, second)}) > 1:
        return None  # "£100 per pair" against "£55"
    a, b = (_AMOUNT.fullmatch(_RATE.sub("", said).replace(",", "").strip()) for said in (first, second))
    if not a or not b or (a[1], a[3]) != (b[1], b[3]):
        return None
    gap = abs(float(a[2]) - float(b[2]))
    places = max(len(n.partition(".")[2]) for n in (a[2], b[2]))  # "23.95" and "17.95": "6.00"
    number = f"{gap:,.2f}".removesuffix(".00") if a[1] else f"{gap:.{places}f}"
    return f"{a[1]}{number}{f' {a[3]}' if a[3] else ''}"


def _subject_named(cells: list[tuple[str, str]], compared: set[str], asked: set[str]) -> str | None:
    """What the question names the row by: most of its subject (its first cell), or, where that is a
    code ("TUE-D"), all of another cell of two words or more ("Tuesday evening"; not "Tuesday" alone,
    which other rows may say too); None if neither."""
    if not _CODE_CELL.fullmatch(cells[0][1]):
        keys = keyed(unbracketed(cells[0][1]))
        return cells[0][1] if keys and 2 * len(keys & asked) > len(keys) else None
    others = [value for column, value in cells[1:] if column not in compared]
    return next(
        (value for value in others if len(keys := keyed(unbracketed(value))) > 1 and keys <= asked), None
    )


def _column_named(
    cells: list[tuple[str, str]], thing: str, measure: dict[str, int]
) -> tuple[str, str] | None:
    """The one cell of the measure whose column's own words the thing names most fully ("non-members":
    "Non-member price", not "Member price"), as (column, value with its unit); None if none or two."""
    named = keyed(thing)
    found = []
    for column, value in cells:
        said, unit = column_words(column)
        if said[-1:] == ["per"]:  # "Peak per hour": "£11.00 per hour"
            column, said, value, unit = _PER_UNIT.sub("", column), said[:-1], f"{value} per {unit}", ""
        value = with_unit(value, unit)
        if not _measure_of(said, unit, measure, value):
            continue
        own = keyed(" ".join(said)) - {match_key(w) for w in [*measure, *_RATE_WORDS]}
        if own and own <= named:
            found.append((len(own), column, value))
    best = [cell for cell in found if cell[0] == max(size for size, *_ in found)] if found else []
    return (best[0][1], best[0][2]) if len(best) == 1 else None


def _item_named(items: list[tuple[str, str]], thing: str) -> tuple[str, str] | None:
    """The one item whose label names the thing: by its words outside brackets ("Adult membership",
    not "Family membership (two adults …)"), else by all of them."""
    named = keyed(thing)
    for label_of in (unbracketed, str):
        found = [(label, value) for label, value in items if named <= keyed(label_of(label))]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _measure(asked: list[str]) -> tuple[str | None, dict[str, int]]:
    """The comparison word of a question and what it measures: a comparative ("heavier"), or "more"
    / "less" of a noun ("more seed"), after a verb ("weighs more") or of "expensive"."""
    for at, word in enumerate(asked):
        if word in _COMPARATIVES:
            return word, _COMPARATIVES[word]
        if word not in _QUANTIFIERS:
            continue
        sign, before = _QUANTIFIERS[word], asked[at - 1] if at else ""
        after = next((w for w in asked[at + 1 :] if w not in FILLER), "")
        if before in _VERBS:
            return word, {_VERBS[before]: sign}
        if after == "expensive":
            return f"{word} expensive", {key: -value * sign for key, value in _PRICE.items()}
        if after:
            return word, {after: sign}
    return None, {}


def _measure_of(named: list[str], unit: str, measure: dict[str, int], value: str = "") -> str | None:
    """The word of ``measure`` a column (its words ``named``, its ``unit``) is about: one of its
    words, or "price" for a column priced in a currency or a ``value`` that is ("Mon\u2013Thu: \u00a3240")."""
    keys = {match_key(w) for w in named}
    found = next((word for word in measure if match_key(word) in keys), None)
    if not found and "price" in measure and (unit in CURRENCIES or value.lstrip()[:1] in CURRENCIES):
        return "price"
    return found


def _amount(value: str) -> tuple[str, float] | None:
    """A value's dimension and size in its smallest unit ("1 h 10 min" → ("time", 70.0)), or None
    when it says anything but amounts ("19 Aug 2017", "All year")."""
    text = value.replace(",", "")
    total, dimension, end = 0.0, None, 0
    for match in _AMOUNT.finditer(text):
        if text[end : match.start()].strip():
            return None
        mark, number, unit = match.groups()
        scale = _SCALE.get(mark or (unit or "").casefold())
        if (unit and scale is None) or (dimension and scale and scale[0] != dimension):
            return None
        dimension = scale[0] if scale else "number"
        total += float(number) * (scale[1] if scale else 1.0)
        end = match.end()
    return (dimension, total) if dimension and not text[end:].strip() else None
