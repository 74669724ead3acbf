"""A question about one table row, answered from the row when the question names one of its columns.

Ingestion writes a table row (CSV, TSV, Excel, JSON records) as ``file — column: value; …``
(:func:`ingest.text.table_row`), a Markdown table's as ``Title › Section — column: value; …``.
Asked about such a row, the 135M model often answers with the wrong cell: "Which island's ferry
port is Skellow Slip?" → "The ferry port is Skellow Slip.", "Who is the supplier of the fuel
injector nozzle?" → "KX-2074 is the supplier …". A reader of the table
looks up the column the question names instead, and so does this: exactly one column whose head
word ("supplier", "town" of ``main_town``, "area" of ``area_km2``) the question says (or means:
"How heavy …?" asks for a weight, "How big …?" an area or size, "How many people …?" a
population), leaving out the columns whose values the question already gives (its conditions:
"Skellow Slip"). A question of a known kind that says only the row's words gets the one cell of
that kind it does not give; one asking "which …" of a thing that another cell's value singles out
gets the row's subject. Anything else (no such column, or two) is left to the model. Example::

    looked_up("Which island's ferry port is Skellow Slip?",
              "islands.csv — island: Kilvara; main_town: Skellow; ferry_port: Skellow Slip")
    # 'The island is Kilvara.'
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import NamedTuple

from chatbot.rag.answer import NO_ANSWER
from chatbot.rag.answer_kind import (
    MEASURED,
    MONEY_ASKED,
    PEOPLE,
    PRICE_WRITTEN,
    UNIT,
    WH_WORDS,
    WHAT_THING,
    asks_money,
    asks_number,
    asks_when,
    asks_who,
    asks_why,
    fits,
    holds_measure,
    known_kind,
    measures,
    quantities,
    rate_units,
    unit_name,
    yes_or_no,
)
from chatbot.rag.grounding import ASKING, COUNTING, ORDINAL_FIGURES, SPAN_ENDS, ordinals, stem, uses_word
from ingest.references import REFERENCE
from ingest.separators import PATH_SEPARATOR, ROW_SEPARATOR
from vectorstore.spelling import plain
from vectorstore.words import (
    FILLER,
    MONTHS,
    WEEKDAYS,
    WEEKEND_SHORT,
    calendar,
    clock_times,
    identifiers,
    is_code,
    is_number,
    name_words,
    one_way,
    stated,
    words,
)

# "islands.csv", "stock.xlsx › Parts", a Markdown table's heading path "Heritage Walks › At a glance"
# (numbered headings among them: "Tenancy › 3. Rooms and Rent"), never a sentence
_LABEL = re.compile(r"^[^;\n]{1,200}$")
# a size or a number closing a thing's name: "Rice 1kg", "UHT milk 1L", "Tea bags (80s)", "Room 5"
_SIZE = re.compile(r"\s+\(?\d+(?:\.\d+)?\s?(?:kg|g|mg|l|ml|cl|litres?|m|cm|mm|oz|lb|s)?\)?$", re.IGNORECASE)
_SENTENCES = re.compile(r"\D[.!?] ")  # a sentence's end inside a label: prose, no row's label
_ABBREVIATED = re.compile(r"\b(?:co|ltd|inc|bros|corp|st|dr|mr|mrs|ms|no)\.", re.IGNORECASE)  # "Canvas Co."
# a column's name holds no sentence's end (an abbreviation's dot goes on in lower case: "Approx. time")
_COLUMN = re.compile(r"^(?!.*[.!?] (?![a-z]))[^—:\n]{1,100}$")
# unit suffixes of column names: "area_km2", "weight_kg", "price_eur" (the value's unit, said after it)
_UNITS = {
    *UNIT,
    "km2",
    "m2",
    "eur",
    "usd",
    "gbp",
    "chf",
    "pct",
    "percent",
    "mins",
    "hrs",
    "secs",
    "kmh",
    "kwh",
    "wk",
    "wks",
}
# a measure's nouns: ``distance_nm`` is in nautical miles, ``variety_nm`` a name
_MEASURE_NOUNS = frozenset(noun for nouns in MEASURED.values() for noun in nouns.split()) | {"range"}
_EXTREMES = frozenset({"max", "maximum", "min", "minimum", "peak", "top"})  # what a superlative asks
# units a column's name ends in that read otherwise after a value (``max_temp_c``: "11.9 °C")
_SPOKEN_UNITS = {"c": "°C", "f": "°F", "kmh": "km/h", "pct": "%", "percent": "%"} | dict.fromkeys(
    ["wk", "wks"], "weeks"
)
_PENNIES = re.compile(r"^\d+\.\d$")  # a price a program wrote as a number: 4.6 is £4.60
# columns that say what a row's subject is, and words that ask what kind of thing it is
_NAMING = frozenset({"name", "description", "title", "item", "product"})
_KINDS = frozenset({"part", "item", "product", "thing", "article", "equipment", "piece", "tool", "kit"})
_NAMES = _NAMING - {"description"}  # columns of short names: "name", "title", "item", "product"
# question words that name columns a table may have (besides answer_kind's measures): "Where is the
# fair held?" asks for its venue, "What does B-211 pay?" for its rent, "Who won …?" for its winner
_ASKS_FOR = {
    "where": "venue location place address site ground premises",
    **dict.fromkeys(["pay", "pays", "paid"], "rent price fee fare cost charge"),
    **dict.fromkeys(["price", "prices"], "price fee fare charge rent"),  # "the monthly price": "Monthly fee"
    **dict.fromkeys(["win", "wins", "won"], "winner champion"),
    "state": "condition status",  # "What state is the stage monitor in?"
    # how often a rate is charged: "the daily rate" is the ``Per day`` column (not "hourly": an
    # hourly rate's table says "hour" of its minimum hours too)
    "daily": "day",
    "weekly": "week",
    **dict.fromkeys(["happened", "became"], "status outcome result"),  # "what happened to the buzzard?"
    **dict.fromkeys(["big", "large", "hold", "holds"], "capacity"),  # "How big is the tank?": capacity
    # a column's short words, said by people too: "whats the reg plate on CV-009", "customer ref"
    "reg": "registration",
    "temp": "temperature",
    "ref": "reference",
    "qty": "quantity",
    "tel": "telephone",
    "addr": "address",
    "amt": "amount",
    "appt": "appointment",
    "avg": "average",
    "acct": "account",
    **dict.fromkeys(["num", "nr"], "number"),
    **dict.fromkeys(["donated", "donates", "donate", "gave"], "donor"),  # "who donated the seeds"
    "property": "site address premises",  # "which property is the application about"
    **dict.fromkeys(["locomotive", "loco"], "traction engine"),  # a timetable's "Traction" column
    **dict.fromkeys(["drove", "drives", "driven"], "driver chauffeur"),  # "who drove the delivery"
    # "how much did she pay altogether": the ``total`` she paid, as "in total" says it
    **dict.fromkeys(["altogether", "overall"], "total"),
    # "where is he picking up his order": its ``collection.point``
    **dict.fromkeys(["pick", "picks", "picking", "picked"], "collection collect pickup"),
    "found": "finder",  # "who found the barn owl": its ``finder_name`` (verbs leaves "found" out)
    "skipper": "captain",  # "Who is skipper for the home game?"
    **dict.fromkeys(["kid", "kids"], "child children"),  # "a kid's ticket": the ``Child single`` fare
    # "when does the gas certificate expire": its ``gas_cert_expiry``, not its ``gas_cert_date``
    **dict.fromkeys(["expire", "expires", "expired", "expiring"], "expiry"),
}
# columns named by a question word, and whether a question asks by it
_WH_COLUMNS: dict[str, Callable[[str], bool]] = {
    "when": asks_when,
    "who": asks_who,
    "where": lambda question: _asks_where(question),  # defined with the functions below
}
# number words as a column's name writes them in figures ("2 cats sharing"); not "one" ("which one")
_FIGURE_WORDS = "two three four five six seven eight nine ten"
_FIGURES = {w: str(n) for n, w in enumerate(_FIGURE_WORDS.split(), 2)}
_NAME_WORDS = 6  # a cell of more words is no one's name ("Prof. Elowen Hosking", "Harlow & Pike Ltd")
_WHEN_HEADS = frozenset({"date", "day", "time"})  # a column "when" asks for: "Due date", ``RetDt``
_GENERIC = frozenset({"number", "code", "name", "date", "reference", "id"})  # said of many things
_PARTICIPLE = re.compile(r"..[^e]ed$")  # "booked", "stored"; not "seed", "breed"
# a verb's particle ("went out", "due back", "picked up"): no name, though a cell may read so ("OUT")
_PARTICLES = frozenset({"out", "back", "up", "off", "down", "away"})
_KEPT = "shelf bin bay rack storage"  # where a thing is kept: "Where is the cobalt carbonate kept?"
HOW_ASKED = frozenset({"many", "much"})  # "how many packets": no word of the packets' own
_QUALIFYING = frozenset({"for", "of"})  # "the cut-off for Round B", "the price of a mug"
_PLACING = frozenset({"in", "on", "at", "to", "from", "into", "by", "with"})  # "… came in on 11 February"
_NOT_NAMING = FILLER | ASKING | HOW_ASKED  # words that name no thing a row could be about
# words of a money question that name no price of their own ("a single treadmill session": one, of a row
# with no single fare)
_NOT_PRICED = _NOT_NAMING | MONEY_ASKED | {"single"}
# words after a column's noun that say how many of it there are: "packets_available", "seats_left"
_STOCK = frozenset({"available", "remaining", "left", "spare", "free"})
# words of measure that name no column after "how", only mean one ("How far …?": a distance); the
# verbs never name one
_MEASURING = frozenset(
    {"heavy", "weigh", "weighs", "big", "large", "high", "tall", "deep", "long", "wide", "old", "far", "fast"}
)
_WEIGHING = frozenset({"weigh", "weighs"})
# nouns for people: "which technician …?" asks for a person, never a row's code
# columns that hold places of their own, and what a place has of its own: "How many people live in
# Lowen?" over an island's row whose main town is Lowen asks the town's population, not the island's
_PLACES = frozenset({"town", "city", "village", "port", "harbour", "harbor", "venue", "location", "station"})
_OWN_MEASURES = frozenset({"population", "area", "size", "height", "elevation", "altitude"})
# "what event *is* held …" asks which thing; "what happened *at* …" does not
_AUXILIARY = frozenset({"is", "are", "was", "were", "has", "have", "had", "does", "did", "can", "will"})
_COUNT_ENDS = _AUXILIARY | _QUALIFYING | _PLACING  # what ends the words "how many" counts
# a lead that sets the scene before the question proper: the columns it names are not asked
_AFTER_LEAD = re.compile(rf"^.*?(?:\s[-\u2013\u2014]\s|[.?!:]\s+)(?=(?:{WH_WORDS})\b)", re.IGNORECASE)
# whether the store holds one row only with a cell ("Item: Chain hoist"); rows alone cannot tell
Unique = Callable[[str], bool]
# whether the other parts of a document's file say a word (a name its register leaves to its heading)
Filed = Callable[[str], bool]
_YES_NO = frozenset({"yes", "no", "true", "false", "y", "n"})
_NAME_CELL_WORDS = 6  # a column's cells of at most this many words name things ("Pyrometric cones, cone 6")
_LASTING = frozenset({"take", "takes", "took", "last", "lasts", "lasted"})  # "how long does it take"
# a column whose length of time is how long a trip takes: "Est. journey", "Crossing time" (not a
# "Setup time", which no "how long is the bouncy castle" asks)
_TRIPS = frozenset({"journey", "trip", "crossing", "travel", "drive", "ride", "flight", "walk", "duration"})
_CURRENCY = {"gbp": "£", "eur": "€", "usd": "$"}  # unit suffixes said as a mark before the value
_MARKS = frozenset(_CURRENCY.values())
CURRENCIES = _MARKS | set(_CURRENCY)  # a column's unit that says it holds prices
# a unit in brackets: "Adult single (£)", "Depth (m)"
_BRACKETED = re.compile(r"\(\s*([^()\s]{1,5})\s*\)\s*$")
# a currency's mark written after a column's words without brackets: "Dep_£", "Fee £"
_TRAILING_MARK = re.compile(r"[\s_]+([£$€])\s*$")
_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")  # a column's closing words in brackets, no unit: "(ex VAT)"
# how column names shorten words: ``job_no``, ``order_num``, ``qty``, ``DueDt``, ``MbrNo``
_SHORT = {"no": "number", "num": "number", "nr": "number", "qty": "quantity", "desc": "description",
          "tel": "telephone", "addr": "address", "amt": "amount", "dept": "department",
          "appt": "appointment", "ref": "reference", "reg": "registration", "temp": "temperature",
          "max": "maximum", "dt": "date", "dep": "departure", "arr": "arrival", "cat": "category",
          "cond": "condition", "mbr": "member", "cust": "customer", "ret": "return", "yr": "year",
          "wk": "week", "avg": "average", "bal": "balance",
          "acct": "account", "loc": "location", "inv": "invoice", "mo": "monthly", "sz": "size",
          "min": "minimum", "flr": "floor", "ins": "insurance", "cvr": "cover", "nm": "name", "cd": "code",
          "recv": "received", "rcvd": "received", "pkt": "packet", "pkts": "packets", "rmk": "remark",
          "flg": "flag", "mgr": "manager", "conc": "concession", "typ": "type", "wt": "weight",
          "wgt": "weight", "val": "value", "est": "estimated", "chk": "check", "descr": "description",
          "pct": "percent", "ht": "height", "freq": "frequency", "svc": "service",
          **ORDINAL_FIGURES}  # fmt: skip
# of one family's columns, the one that says what the thing is: "which item" of Item_cat, Item_desc
_DESCRIBING = frozenset({"description", "name", "title"})
# words that ask a length along the ground, which no height, depth or climb answers
_ALONG = frozenset({"long", "far"})
_VERTICAL = frozenset({"ascent", "descent", "climb", "climbing", "elevation", "height", "altitude", "depth"})
# what a shop's item comes in, which its row need not say: "the large bag of Morning Ridge Black"
_CONTAINERS = frozenset(
    {"bag", "pack", "packet", "box", "tin", "jar", "bottle", "tub", "carton", "sack", "tray"}
)
_NUMBER_SIGN = re.compile(r"\bno\.(?=\s|\?|$)", re.IGNORECASE)  # "sail no." (not "No, …")
# "if you're not a member": the ``Non-members`` column, as "for non-members" says it
_NOT_A = re.compile(r"\bnot (?:yet )?an? ([a-z]{3,})", re.IGNORECASE)
_SHORT_MONEY = {"dep": "deposit"}  # in a column of money: "Dep (GBP)"
_VOWELS = frozenset("aeiou")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # where ``DueDt`` and ``LoanID`` part their words


_TITLED_ROW = 3  # cells a row needs under a heading with a dash of its own
_BRACKETED_PART = re.compile(r"\s*\([^)]*\)")


def unbracketed(text: str) -> str:
    """``text`` without its words in brackets: "E-Mountain Bike" of "E-Mountain Bike (21 Ah battery)"."""
    return _BRACKETED_PART.sub("", text)


def row_cells(document: str) -> list[tuple[str, str]] | None:
    """The (column, value) cells of a table-row document, or None for any other document."""
    parts = _row_parts(document)
    return parts[1] if parts else None


def row_label(document: str) -> str | None:
    """The label a table-row document opens with (its file and headings), or None for any other."""
    parts = _row_parts(document)
    return parts[0] if parts else None


def _row_parts(document: str) -> tuple[str, list[tuple[str, str]]] | None:
    """A table-row document's label and cells. A title in its label may hold a dash of its own
    ("skerrow — install guide › Flags — Flag: --tz; Default: local"), its last heading one only
    before a row of three cells or more (a sheet's title "Orchard work log — season 2024/25" over its
    rows; a sheet titled "Allotments — Register 2025" over one "Rent: …" is no row)."""
    start = 0
    while (at := document.find(ROW_SEPARATOR, start)) >= 0:
        label, body = document[:at], document[at + len(ROW_SEPARATOR) :]
        heading = label.rpartition(PATH_SEPARATOR)[2]
        plain_label = _ABBREVIATED.sub(lambda dotted: dotted[0][:-1], label)  # "Sorrelby Canvas Co."
        labelled = _LABEL.match(plain_label) and not _SENTENCES.search(plain_label)
        cells = _cells(body) if labelled else None
        if cells and ROW_SEPARATOR in heading and len(cells) < _TITLED_ROW:
            cells = None
        if cells and (start == 0 or len(cells) > 1):  # after a title's dash, one "date: text" is prose
            return label, cells
        start = at + 1
    return None


def _cells(body: str) -> list[tuple[str, str]] | None:
    """A row's "column: value; …" cells, or None where ``body`` is no row."""
    cells: list[list[str]] = []
    pieces = body.split("; ")
    for piece in pieces:
        column, sep, value = piece.partition(": ")
        # a column holds no heading path: "Meeple & Mug — House Guide › Borrowing: …" is prose
        if sep and _COLUMN.match(column) and PATH_SEPARATOR not in column and value:
            cells.append([column, value])
        elif cells:  # a value with "; " in it: "Allergens / Notes: Sesame, gluten; vegan"
            cells[-1][1] += f"; {piece}"
        else:
            return None
    if len(cells) < min(2, len(pieces)):
        return None  # prose after a dash: "The ferry — a small one: it carries; forty people"
    if len(cells) == 1 and _SENTENCES.search(cells[0][1]):
        return None  # a title's dash over prose: "Fridge — Donor & User Guide: The fridge is free. No …"
    return [(column, value) for column, value in cells]


def figured(said: list[str]) -> list[str]:
    """Words with a number said in words as its figure: "two" as "2"."""
    return [_FIGURES.get(w, w) for w in said]


def about_row(question: str, document: str) -> bool:
    """Whether ``question`` can be about ``document``'s row (True when it is no table row): it says a
    word or number of one of the row's cells, and it does not name the row's subject only in part
    with another word where the rest of the name stands. The row the vectors find nearest is often
    not the one asked about: "How much is a baguette?" is not about the sourdough loaf's row, "a
    chocolate croissant" not the almond one's, "Tessell Minor" not Tessell Beg's, "tins of soup" not
    the tinned tomatoes'; the model would give their values. ``question`` should be the one
    retrieved with (slips mended, codes joined)."""
    cells = row_cells(document)
    if cells is None:
        return True
    asked, values = words(question), [w for _, value in cells for w in words(value)]
    letters = {w for w in _asked_words(question) if len(w) == 1}  # "Zone A", not "a Zone C journey"
    keys = {match_key(w) for w in asked if w not in FILLER} | letters
    says = {match_key(w) for w in values if w not in FILLER or w in letters} & keys
    return (
        bool(says or stated(figured(asked)) & stated(values, counted=True))  # "65+"
        # holds "I'm 67", "2" holds "two wheelchair spaces"
        and not _named_by_label(asked, cells, document)
        and not _other_subject(asked, cells, _label_keys(document), _capitalized_keys(question))
        and not _other_day(asked, cells)
    )


_FILE_NAME = re.compile(r"^\S+\.[A-Za-z0-9]{2,5}$")  # a label's file name: "crumb_and_copper.json"


def _named_by_label(asked: list[str], cells: list[tuple[str, str]], document: str) -> bool:
    """Whether the only words the question shares with the row's cells are its file's name's (its
    label opening with it), and it says others the row does not: "the chocolate brownie at Crumb &
    Copper" names no row of ``crumb_and_copper_products.json`` by its "Copper Loaf". Words are
    compared whole: "SKERROW_CACHE_TTL" is no "skerrow"; a column's code names the row."""
    shared = set(asked) & {w for _, value in cells for w in words(value)} - FILLER
    file_name = (row_label(document) or "").split(PATH_SEPARATOR)[0]
    if not shared or not _FILE_NAME.match(file_name) or not shared <= set(words(file_name.replace("_", " "))):
        return False
    if set(asked) & {w for column, _ in cells for w in words(column) if is_code(w)}:
        return False  # a code of a column names the row: "How loud is the TW-30 alarm?"
    known = _row_keys(cells) | _label_keys(document)
    return any(match_key(w) not in known for w in asked if w not in _NOT_NAMING and w.isalpha())


def _other_day(asked: list[str], cells: list[tuple[str, str]]) -> bool:
    """Whether the question asks of a day of a month ("on 17 October") and the row's dates are all
    other days: a weather log's 22 October is not the 17th it lacks."""
    wanted = _dates(asked)
    held = {date for _, value in cells for date in _dates(words(value))}
    return bool(wanted and held) and not wanted & held


def match_key(word: str) -> str:
    """A word as rows and questions are compared: stemmed, without accents ("Zürich" is "zurich"), a
    consonant doubled before an ending written once ("fitted" is "fit"), a month or weekday one way
    ("oct" is "october")."""
    key = stem(plain(calendar(word) or word))
    return key[:-1] if len(key) >= 4 and key[-1] == key[-2] and key[-1] not in "aeiouls" else key


def _label_keys(document: str) -> set[str]:
    """The keys of the words of a row's label (its file's name and headings): what all its rows are
    about, so no other subject a question could name ("daycare" of "Hound Club: Daycare FAQ")."""
    return {match_key(w) for w in words((row_label(document) or "").replace("_", " "))}


def _row_keys(cells: list[tuple[str, str]]) -> set[str]:
    """The keys of every word a row says, its columns' and the column words they mean included (a
    name's "Old" as itself and as an age)."""
    said = words(" ".join(f"{column.replace('_', ' ')} {value}" for column, value in cells))
    spelled = [w for column, _ in cells for w in column_words(column)[0]]  # ``Nxt_svc_due``: service
    return {match_key(w) for w in [*said, *meant(said), *spelled]}


def gives_whole(said: str, value: str) -> bool:
    """Whether a question's words (``said``, spaced at both ends) give a cell's whole ``value``, a
    number however many noughts it is written with ("£10" gives "£10.00")."""
    return f" {' '.join(map(one_way, words(value)))} " in f" {' '.join(map(one_way, said.split()))} "


def with_unit(value: str, unit: str) -> str:
    """A cell's value with its column's unit: after it ("38.2 km2", "92%" of ``germ_pct``), a
    currency's mark before it ("£955" of ``monthly_rent_gbp`` or ``Rent (£)``, "£4.60" of 4.6); none
    for a value without a number ("Wednesday" of "Delivery day", "free" of "Fee (£)")."""
    if not any(c.isdigit() for c in value):
        return value
    if " per " in unit:  # a rate: "72p per kwh" of ``tariff_p_per_kwh``, "£4.50 per kg"
        currency, per = unit.split(" per ", 1)
        rate = f"{value}p" if currency in _PENNIES_UNITS else with_unit(value, currency)
        return f"{rate} per {per}"
    mark = unit if unit in _MARKS else _CURRENCY.get(unit)
    if mark:
        value = f"{value}0" if _PENNIES.match(value) else value
        return value if value.startswith(mark) else f"{mark}{value}"
    spoken = _SPOKEN_UNITS.get(unit, unit)
    return f"{value}{'' if spoken == '%' else ' '}{spoken}" if unit else value


def _capitalized_keys(question: str) -> set[str]:
    """The keys of the words ``question`` capitalizes after its first: the names it says."""
    return {match_key(w) for token in question.split()[1:] if token[:1].isupper() for w in words(token)}


def _other_subject(
    asked: list[str], cells: list[tuple[str, str]], label: set[str], names: set[str] = frozenset()
) -> bool:
    """Whether the question's words name the row's subject (its first cell) only in part, with a word
    no cell or column of the row says where the rest of the name stands: before it ("chocolate
    croissant" for "Almond croissant", "single duvet" for "Duvet, king size") or after it ("tessell
    minor" for "Tessell Beg", "tins of soup" for "Tinned tomatoes"). A size or number after the
    name is no part of it to say: "the rice kept" is the row "Rice 1kg", "the attic room" "Room 5";
    nor is a word of the row's ``label`` keys ("a half day of daycare" in a daycare price list),
    unless it stands capitalized before the name written so (``names``: "Tarnwick Rovers" for
    "Ruthby Rovers" of ``tarnwick_valley_clubs.csv``; "the diesel heaters Sorrelby hire out" names
    Sorrelby's, and "the Ashcombe St Petroc grant fund" the Small Grants of Ashcombe's guidance). The
    rows "which" asks among by their name's plural say nothing after it: "which of the delivery zones
    gets …" may be "Zone C"'s."""
    keys = [match_key(w) for w in asked]
    subject = [match_key(w) for w in words(_SIZE.sub("", cells[0][1]) or cells[0][1]) if w not in FILLER]
    at = [i for i, key in enumerate(keys) if key in subject and asked[i] not in FILLER]  # "65 and over"
    if not at or {keys[i] for i in at} == set(subject):
        return False
    known = _row_keys(cells) | label
    qualified = bool(re.search(r", [a-z]", cells[0][1]))  # "Duvet, king size" (not "Patel, Anita")
    before = at[0] - 1 if subject[0] not in keys or qualified else -1
    after = at[-1] + 1 + (asked[at[-1] + 1 : at[-1] + 2] == ["of"])  # "tins of soup": "Tinned tomatoes"
    named = [w.strip(",.;:()") for w in cells[0][1].casefold().split()]  # not a code's parts ("HF-LOG-FULL")
    kinds = "which" in asked and asked[at[-1]] not in named and asked[at[-1]].removesuffix("s") in named
    beside = [before] + ([after] if subject[-1] not in keys and not kinds else [])  # "which zones gets"
    capitalized = keys[at[0]] in names  # "Tarnwick Rovers", one name; not "Ashcombe St Petroc grant fund"
    return any(
        0 <= i < len(asked)
        and asked[i] not in FILLER
        and asked[i] not in MONEY_ASKED  # "What do early drop-off cost?": what is asked, not who
        and (keys[i] not in known or (i == before and keys[i] in names - _row_keys(cells) and capitalized))
        and not asked[i][0].isdigit()
        for i in beside
    )


def names_row(question: str, document: str, table: Table | None = None) -> bool:
    """Whether ``question`` asks for one cell of ``document``'s row (:func:`looked_up` reads it) and names
    another of its cells whole: its subject ("main town of Skerran") or a value ("On which island is
    Harrowby the main town?") no other row of its ``table`` holds in that column ("Tins", a category,
    names none of the tins). Such a row answers the question though prose that mentions the
    subject often ranks above it (the railway notes for "What's the main town on Maddock?"); a row
    of a name the question only resembles ("Tessel" for "tessell minor") does not name it whole.
    ``question`` should be the one retrieved with (slips mended, codes joined)."""
    cells = row_cells(document)
    found = _asked_cell(question, cells, _label_keys(document)) if cells else None
    if not found or not fits(_said(cells, found), question) or not about_row(question, document):
        return False
    asked = _asked_words(question)
    days = {day for day, _ in _dates([plain(w) for w in words(question)])}
    measured = measures(question)
    names = _names(cells)
    said = [bare for bare in map(_bare, names) if bare not in names and _one_of(bare, table)]  # "Copper Loaf"
    said += [  # "Adult (18+), roped climbing and bouldering"
        plain
        for plain in map(_unaside, names)
        if plain not in names + said and _one_of(plain, table, _unaside)
    ]
    return any(
        value != found[1]
        and not _shared(column, value, table)
        and not _measured_apart(value, measured)
        and _says_whole(asked, value, days)
        for column, value in [*cells, *(("", name) for name in said)]
    )


def _names(cells: list[tuple[str, str]]) -> list[str]:
    """What a row is called: its subject (first cell) and the cells of its name columns ("Copper Loaf
    (white sourdough)" of ``name`` beside a ``sku``)."""
    return [cells[0][1], *(value for column, value in cells[1:] if _last_word(column) in _NAMES)]


def _bare(name: str) -> str:
    """A name without its closing words in brackets: "Student" of "Student (18-25, full-time)"; not
    without a measure, which tells one of a kind from another ("Solo walk (30 min)" is no hour's)."""
    closing = _QUALIFIER.search(name)
    if not closing or holds_measure(closing[0]):
        return name
    return name[: closing.start()] or name


def _unaside(name: str) -> str:
    """A name without its words in brackets anywhere ("Adult, roped climbing" of "Adult (18+), roped
    climbing"), unless one holds a measure, which tells one of a kind from another (as :func:`_bare`)."""
    asides = _BRACKETED_PART.findall(name)
    if any(map(holds_measure, asides)):
        return name
    return unbracketed(name)


def _one_of(bare: str, table: Table | None, cut: Callable[[str], str] = _bare) -> bool:
    """Whether no other of ``table``'s subjects or names is ``bare`` with its brackets ``cut`` ("Tent
    (small)" and "Tent (large)" are both "Tent"); True when the table is not known."""
    if table is None:
        return True
    return sum(cut(other).casefold() == bare.casefold() for other in [*table.subjects, *table.names]) <= 1


def _measured_apart(value: str, measured: dict[str, set[str | None]]) -> bool:
    """Whether a number of a cell's ``value`` is a measure of another kind than the question's same
    number (``measured``, of :func:`measures`): the 30 of "a 30-minute walk" names no price of £30."""
    return any(
        kinds - {None} and measured.get(number, set()) - {None} and not kinds & measured[number]
        for number, kinds in measures(value).items()
    )


def _shared(column: str, value: str, table: Table | None) -> bool:
    """Whether another row of ``table`` holds ``value`` in ``column`` too (a category, a status)."""
    return table is not None and (column.casefold(), value.casefold()) in table.shared


# a totals row's label: the sum of the rows above it, no row of its own
_SUMMARY = re.compile(r"(?:grand |sub-?)?totals?|sum|overall", re.IGNORECASE)


class Table(NamedTuple):
    """What a question may name of a table's rows: their subjects (first cells), the keys of the
    words that only a few rows' cells of names say (not notes, nor a kind many share), the (column,
    value) cells more than one row holds in a column of kinds, with half as many values as rows or
    fewer (a category, a status; case folded), the cells of their name columns, and the (column,
    value) cells of words that name a kind, of any column of names (case folded)."""

    subjects: frozenset[str]
    keys: frozenset[str]
    shared: frozenset[tuple[str, str]] = frozenset()
    names: tuple[str, ...] = ()  # the cells of a name column after the first ("name" beside a ``sku``)
    kinds: frozenset[tuple[str, str]] = frozenset()  # ("species", "hedgehog"), not a code or a number


def table_of(rows: Iterable[str]) -> Table:
    """The :class:`Table` of a table's row documents: the keys of its names are those few rows say
    (a kind or a status many rows share, "Booked", "Store", is no name of one; nor are the words of
    a totals row or of a note written under the table)."""
    cells = [
        found
        for found in map(row_cells, rows)
        if found and len(found) > 1 and not _SUMMARY.fullmatch(found[0][1])
    ]
    longest: dict[str, int] = {}
    for row in cells:
        for column, value in row:
            longest[column] = max(longest.get(column, 0), len(words(_bare(value))))  # "Taster (group of 8)"
    rows_saying = Counter(
        key
        for row in cells
        for key in {
            key
            for column, value in row
            if longest[column] <= _NAME_CELL_WORDS  # a column of names, not of notes
            for key in _name_keys(value)
        }
    )
    few = max(2, len(cells) // 5)
    held = Counter(  # a code many rows hold ("M-1128", a member's) still names what it is of
        (column.casefold(), value.casefold())
        for row in cells
        for column, value in row
        if not identifiers(value)
    )
    kinds = Counter(column for column, _ in held)  # a column of few values is of kinds: a category
    return Table(
        frozenset(row[0][1] for row in cells),
        frozenset(key for key, count in rows_saying.items() if count <= few),
        frozenset(cell for cell, count in held.items() if count > 1 and 2 * kinds[cell[0]] <= len(cells)),
        tuple(value for row in cells for column, value in row[1:] if _last_word(column) in _NAMES),
        frozenset(
            (column.casefold(), value.casefold())
            for row in cells
            for column, value in row[1:]
            if longest[column] <= _NAME_CELL_WORDS and _name_keys(value) and not identifiers(value)
        ),
    )


def _name_keys(value: str) -> set[str]:
    """The keys of a cell's words that name something: no numbers, no small words."""
    return {match_key(w) for w in words(value) if w.isalpha() and len(w) > 2 and w not in FILLER}


def another_rows(question: str, document: str, table: Table, written: str = "") -> bool:
    """Whether the question is about another row of ``document``'s table (``table``), not this one:
    it says whole another row's subject and not this row's ("Who won the Year 1 skipping race?" is
    not the Year 1 beanbag throw's, though it names its year group), or it says a word of other
    rows' names that nothing of this row says, and names neither this row's subject nor a code of
    it ("the cone 10 pyrometric cones" is not the raku clay's "10 kg bag" row). ``question`` is the
    one retrieved with (slips mended), ``written`` the user's, whose words are weighed (a mended
    "stored" is "store", another row's place)."""
    cells = row_cells(document)
    if not cells or _note(cells):
        return False
    asked, own = _asked_words(question), cells[0][1]
    names = _names(cells)
    if any(_says_whole(asked, name, set()) for name in {*names, *map(_bare, names)}):
        return False  # "a cadet" names "Cadet (under 18)", "Mrs Calloway's Pink" a ``variety_nm``
    if any(
        words(other) != words(own)
        and not all(map(is_number, words(other)))
        and _says_whole(asked, other, set())
        for other in table.subjects
    ):  # a row's number is no name: "Event: 13" is not the "13-14" age group asked
        return True
    if any(identifiers(value) and _says_whole(asked, value, set()) for _, value in cells):
        return False
    label = _label_keys(document)
    if _renumbered(words(question), cells) or _of_another_kind(asked, question, cells, table, label):
        return True
    asking = words(written or question)
    said = [  # "booked": how, not which; "how big": a measure asked, no Big Room
        w
        for at, w in enumerate(asking)
        if not _PARTICIPLE.search(w) and w not in _PARTICLES and asking[at - 1 : at] != ["how"]
    ]
    known = _row_keys(cells)  # and the label's words: "Tenterbrook Food Bank" of its ``foodbank`` log
    own = {key for _, name in [cells[0], *_naming(cells)] for w in words(name) for key in _name_keys(w)}
    said = _unlabelled(said, label)
    return not _CHOOSING.search(question) and any(
        key in table.keys and key not in known
        for at, w in enumerate(said)
        if not _said_after_own(said, at, own)  # "2-hour private lesson": "2 hours" names no row
        for key in _name_keys(w)
    )


# a question that chooses among rows by their kind: "Which of the bouncy castles is for toddlers?"
_CHOOSING = re.compile(r"\bwhich (?:one )?of (?:the|your|their)\b", re.IGNORECASE)


def _note(cells: list[tuple[str, str]]) -> bool:
    """Whether a row is a note written in a table's rows ("code: NOTE; description: Harbour office …
    open 09:00-13:00 weekdays October to March."): two cells, one of them sentences, about no row."""
    return len(cells) <= 2 and any(
        len(words(value)) >= _NOTE_WORDS and value.endswith(".") for _, value in cells
    )


_NOTE_WORDS = 8


def _of_another_kind(
    asked: set[str], question: str, cells: list[tuple[str, str]], table: Table, label: set[str]
) -> bool:
    """Whether the question names whole a value other rows hold in a column where this row holds
    another that it does not name: "the hedgehog found in Pellock Woods" is not the grey squirrel
    found there. A yes-or-no question may name a value to ask whether the row holds it ("Is the
    otter released?"), a verb or its particle says how, not which ("booked in", "went out"), and a
    value this row says in another column is its own too ("Bryony Tull", the alto lead of other
    rows, is this one's soloist), and one said by a column's name is that column's ("the care cost"
    names ``care_cost_gbp``, not the status "In care"), and one the row's ``label`` says (its keys)
    may be the question's name of what all rows are about ("Heath", another row's course, in "At
    Cleddon Heath Golf Club, what ticket is GF-SFAM?")."""
    if yes_or_no(question):
        return False
    asked = {w for w in asked if not _PARTICIPLE.search(w) and w not in _PARTICLES}
    own = {column.casefold(): value.casefold() for column, value in cells[1:]}
    said = {w for _, value in cells for w in words(value)}
    columns = {w for column, _ in cells for w in words(column.replace("_", " "))} | FILLER
    return any(
        column in own
        and own[column] != value
        and not set(words(value)) <= said
        and not set(words(value)) <= columns
        and not {match_key(w) for w in words(value)} <= label
        and _says_whole(asked, value, set())
        and not _says_whole(asked, own[column], set())
        for column, value in table.kinds
    )


def _renumbered(asked: list[str], cells: list[tuple[str, str]]) -> bool:
    """Whether the question writes a cell's words after another number than the cell's ("12
    Cordwainer Row" of a row at "14 Cordwainer Row": another house, unit or pitch of the street;
    "2nd Dan" of a grade "Shodan (1st Dan)"): the words that end a cell after a number, or all of it."""
    said = f" {' '.join(map(_figure, asked))} "
    for _, value in cells:
        written = [_figure(w) for w in words(value)]
        numbered = [at for at, w in enumerate(written) if w.isdigit()]
        at = numbered[-1] if numbered else -1
        if 0 <= at < len(written) - 1 and all(w.isalpha() for w in written[at + 1 :]):
            if at and not (len(written) - at <= 3 and all(w.isalpha() for w in written[:at])):
                continue  # "Shodan 1 dan" ends so; not "Tuesday 10 to 12 noon"
            named = re.escape(" ".join(written[at + 1 :]))
            if any(number != written[at] for number in re.findall(rf" (\d+) {named} ", said)):
                return True
    return False


def _figure(word: str) -> str:
    """A word with an ordinal in figures as its number ("2nd" as "2"), else the word."""
    return ordinal[1] if (ordinal := _ORDINAL_FIGURE.fullmatch(word)) else word


_ORDINAL_FIGURE = re.compile(r"(\d+)(?:st|nd|rd|th)")


def _said_after_own(said: list[str], at: int, known: set[str]) -> bool:
    """Whether a question's word follows a word of the row's own name, as the kind of thing it is
    ("donation" of "St Aldhelm's corned beef donation" over the corned beef's row), not another row's
    name word."""
    named = _name_keys(said[at - 1]) if at else set()  # a word of a name: no "m" of "21m"
    return bool(named) and named <= known


def _asked_words(question: str) -> set[str]:
    """The question's words as cells are matched with them: without accents, a month or weekday one
    way ("oct" as "october"), and "a" only where it is a capital letter past the first word (the
    article of "a Zone C journey" names no zone A)."""
    asked = {calendar(w) or w for w in (plain(w) for w in words(question))}
    return asked if _LETTER_A.search(question.strip()[1:]) else asked - {"a"}


_LETTER_A = re.compile(r"(?<![\w'-])A(?![\w'-])")
_RESTRICTING = frozenset({"only"})  # "Adult bouldering only" is not named by "adult … bouldering"


def _says_whole(asked: set[str], value: str, days: set[str]) -> bool:
    """Whether the question's words ``asked`` hold every word of ``value`` but its articles and the
    like ("Old Town Wall walk length" names "The Old Town Wall"); a date's year may go unsaid ("on
    19 October" names "2024-10-19"), and a number the question gives as a day of a month (``days``)
    names no other cell (the 19 of "on 19 October" is not a gust of 19 km/h)."""
    said = words(value)
    last = set(said[-1:]) if said and len(said[-1]) == 1 else set()  # "Round A": a letter, no article
    named = {plain(w) for w in said if w not in FILLER or w in MONTHS | last | _RESTRICTING}  # "may" too
    if named & MONTHS:
        named -= {w for w in named if len(w) == 4 and w.isdigit() and w not in asked}
    elif named <= days:
        return False
    return bool(named) and named <= asked


def _dates(written: list[str]) -> set[tuple[str, str]]:
    """The days of months that words give, as (day, month): "19 October", "October 19", "the 3 of
    oct", "2 May" (ordinals are numbers in :func:`words`; "may" beside a day is the month)."""

    def month(at: int) -> str | None:
        word = written[at] if 0 <= at < len(written) else ""
        found = "may" if word == "may" else calendar(word)
        return found if found in MONTHS else None

    return {
        (word, named)
        for at, word in enumerate(written)
        if word.isdigit() and 1 <= int(word) <= 31
        for named in [
            month(at + 1) or month(at - 1) or (written[at + 1 : at + 2] == ["of"] and month(at + 2))
        ]
        if named
    }


def meant(asked: list[str]) -> list[str]:
    """The words, each with the column words it means ("heavy": weight, "people": population); a
    word of measure asked with "how" only by what it means ("how far" names no ``fare`` column; "a
    large dog" names the ``Large`` column), and "how long" a time when something takes or lasts
    that long."""
    lasting, origin = not _LASTING.isdisjoint(asked), "from" in asked
    owing = bool(_STILL_OWED.search(f" {' '.join(asked)} "))
    teacher = "who" in asked  # "who teaches the Thai street food day": its ``Tutor`` (not "what … teach")
    return [
        w
        for at, word in enumerate(asked)
        for w in [
            *([] if _measuring(asked, at) else [word]),
            *(_BALANCE if owing and word in _OWING else _means(word, lasting, origin)).split(),
            *(_TEACHER.split() if teacher and word in _TEACHING else []),
        ]
    ]


_TEACHING = frozenset({"teach", "teaches", "teaching", "taught"})
_TEACHER = "tutor teacher instructor"


# what is still to be paid, the ``balance`` (:data:`_BALANCE`): "how much is left to pay", "does she
# still owe" (no price)
_STILL_OWED = re.compile(
    r" (?:left|still) to (?:pay|be paid) | still (?:owe|owes|owed|due) | owing | outstanding "
)
_OWING = frozenset({"left", "pay", "paid", "owe", "owes", "owed", "owing", "outstanding", "due"})
_BALANCE = "balance due"  # what is owed names a ``balance`` column, or ``balance_due``


def _measuring(asked: list[str], at: int) -> bool:
    """Whether the word at ``at`` asks a measure and names nothing: "weigh", or "far", "large" …
    after "how"."""
    return asked[at] in _MEASURING and (asked[at] in _WEIGHING or (at > 0 and asked[at - 1] == "how"))


def _means(word: str, lasting: bool, origin: bool = False) -> str:
    """The column words ``word`` means, if any ("long": a length, or a duration when ``lasting``;
    "where": a place, or where a thing is kept unless asked where it came ``from``; "a kilo": the
    ``per_kg`` column)."""
    if word == "long" and lasting:
        return "duration time"
    if word == "where" and not origin:
        return f"{_ASKS_FOR[word]} {_KEPT}"
    return f"{MEASURED.get(word, '')} {_ASKS_FOR.get(word, '')} {_UNIT_NAMES.get(word, '')}".strip()


# a unit's name as a column writes it short
_UNIT_NAMES = dict.fromkeys(["kilo", "kilos", "kilogram", "kilograms"], "kg") | dict.fromkeys(
    ["kilometre", "kilometres", "kilometer", "kilometers"], "km"
)


# a cell's value led by the name of what it gives: "Gate code 4471", "Cawder Lane track, gate code 2093"
_LABELLED_VALUE = re.compile(r"(?:^|,\s+)([A-Za-z][A-Za-z' ]{1,30}?)\s+((?=[\w/-]*\d)[\w/-]+)$")
_MEASURE_WRITTEN = re.compile(r"\d+(?:[.,]\d+)?[a-z]+$")


def _value_labelled(said: str, value: str) -> tuple[str, str] | None:
    """The words of a cell's value that name what it gives, and what it gives, where the question
    (``said``, spaced at both ends) says those words and not the value: "the gate code for Lower
    Kesterley" of ``Access: Gate code 4471`` is ("gate code", "4471"), "the frame number" of
    ``Serial / identifier: Frame no. WX-88213-K`` ("frame number", "WX-88213-K")."""
    match = _LABELLED_VALUE.search(_NUMBER_SIGN.sub("number", value))  # "Frame no. WX-88213-K"
    if not match or _MEASURE_WRITTEN.match(match[2]) or f" {' '.join(words(match[2]))} " in said:
        return None  # "Rice 1kg", "Chopped tomatoes 400g": a thing and its measure
    label = words(match[1])
    own = [w for w in label if w not in FILLER and w not in _BARE_LABELS]  # "No. 4" names no number asked
    return (" ".join(label), match[2]) if own and f" {' '.join(label)} " in said else None


_BARE_LABELS = frozenset({"number", "no", "nr", "code", "ref", "reference", "id"})
# a question asking an amount, which no code's column ("ParkFen location no.") holds
_AMOUNT_ASKED = re.compile(r"\bhow (?:long|many|much)\b|\b(?:cost|price|charge|fee)s?\b", re.IGNORECASE)
_DATE_ASKED = re.compile(r"\b(?:dates?|day)\b", re.IGNORECASE)  # "What's the collection date …?"
_HOW_MUCH_OF = frozenset({"all", "half", "full", "whole"})  # of a unit a column is named by ("All day")


def _gives(said: str, value: str) -> bool:
    """Whether the question's words (``said``, spaced at both ends) give a cell's value: whole (but
    for a number before its words: "the Pellingford Scouts" gives "1st Pellingford Scouts"), or its
    first two words of three or more ("the japanese kana course" gives "Japanese Kana & Basics", so
    it asks another cell of its row)."""
    written = words(value)
    return _gives_named(said, value) or (len(written) > 2 and f" {' '.join(written[:2])} " in said)


def _gives_named(said: str, value: str) -> bool:
    """Whether the question's words give a cell's value whole, or all its words but a number before
    them ("the Pellingford Scouts" of "1st Pellingford Scouts") or but its words in brackets, a
    name of two or more left ("Gareth Fennimore" of "Gareth Fennimore (Mountain Leader)"; not
    "wedding invitations" of "Wedding invitations (folded A6)", which many rows may say), or its name
    before a comma ("Graz" of "Graz, Austria")."""
    written, bare = words(value), unbracketed(value)
    named = [w for w in written if w.isalpha()]
    named_bare = len(bare.split()) > 1 and _titled(bare)  # a name: "Gareth Fennimore (…)"
    if bare != value and (named_bare or _numbered(bare)) and gives_whole(said, bare):
        return True  # or a number: "24/03/2026" of "24/03/2026 (24 March 2026)"
    place = value.split(",")[0]  # "Graz" of "Graz, Austria": a place by its first name
    if place != value and _titled(place) and gives_whole(said, place):
        return True
    return gives_whole(said, value) or (
        len(named) > 1
        and len(named) + 1 == len(written)
        and not written[0].isalpha()
        and f" {' '.join(named)} " in said
    )


def _numbered(text: str) -> bool:
    """Whether ``text`` is written with digits only and their marks ("24/03/2026", "10:15"), a value
    that singles a row out."""
    return any(c.isdigit() for c in text) and not any(c.isalpha() for c in text)


def _titled(text: str) -> bool:
    """Whether each word of ``text`` opens with a capital, as a name's do ("Gareth Fennimore")."""
    return all(word[:1].isupper() for word in text.split())


def _without_values(said: str, cells: list[tuple[str, str]], when: bool = False) -> list[str]:
    """The question's words (``said``, spaced at both ends) less each cell value it gives whole, but,
    asked ``when``, a value that is another column's name ("Status: Closed" beside ``Closed``: "When
    was WO-2239 closed?" names the column; "Which work order is closed?" the status)."""
    columns = {" ".join(column_words(column)[0]) for column, _ in cells} if when else set()
    for column, value in cells:
        written = " ".join(words(value))
        if written not in columns:
            kind = "|".join(re.escape(w) for w in column_words(column)[0])
            # "Which vaccine is due for pet PVP-0421?", "When are loans HPS-L03 and … due back?": "pet"
            # and "loans" say what the code is (``pet_id``, "Loan ID")
            said = (
                re.sub(rf" (?:(?:{kind})s? )?{re.escape(written)} ", " ", said, count=1)
                if kind
                else said.replace(f" {written} ", " ", 1)
            )
    return said.split()


def _without_label_phrases(said: list[str], label: set[str]) -> list[str]:
    """The question's words less each run of two or more that the row's ``label`` says (keys
    compared) after "on", "in", "from" or "at" and an article: "on the Ambleworth Primary uniform
    price list" names the sheet "Price List 2026", not a price ("Which Ashcombe St Petroc grant fund
    …?" still asks the fund)."""
    kept, at = [], 0
    while at < len(said):
        start = at + 1 + (said[at + 1 : at + 2] in (["the"], ["a"], ["an"], ["our"]))
        end = start
        while end < len(said) and match_key(said[end]) in label:
            end += 1
        if said[at] in _LISTED_AT and end - start >= 2:
            kept, at = kept + said[at:start], end
        else:
            kept, at = [*kept, said[at]], at + 1
    return kept


_LISTED_AT = frozenset({"on", "in", "from", "at"})  # where a thing is listed: "on the price list"


def _by_stem(asked: list[str]) -> dict[str, list[str]]:
    """The question's words by their stems, stemmed once for every column they are matched with."""
    stems: dict[str, list[str]] = {}
    for w in asked:
        stems.setdefault(stem(w), []).append(w)
    return stems


def _says(stems: dict[str, list[str]], head: str) -> bool:
    """Whether one of the question's words (``stems``: by stem) is a column's ``head`` word in another
    form ("supplies" of "supplier", "located" of "location"), not another word that begins alike
    ("championship" is no ``champion``, "department" no ``depart``), or the deed a doer column is named
    for ("fixed" of ``fixer``, "leads" of "Leader", "supervised" of "supervisor")."""
    doer = head[:-2] if len(head) > 4 and head.endswith(("er", "or")) else None
    deeds = [w for w in stems.get(stem(doer), []) if w != doer] if doer else []  # "brew" is no deed
    if any(_endings_differ(w, head) for w in stems.get(stem(head), []) + deeds):
        return True
    return any(_abbreviates(head, w) for said in stems.values() for w in said)


def _spelled_out(word: str, stems: dict[str, list[str]]) -> str:
    """A column's ``word`` as the question writes it when it is short for it ("weeks" for "Wks")."""
    return next((w for said in stems.values() for w in said if _abbreviates(word, w)), word)


def _counts(head: str, counted: str) -> bool:
    """Whether a column named by ``head`` counts the ``counted`` things ("Wks" the weeks)."""
    return match_key(head) == match_key(counted) or _abbreviates(head, counted)


def _abbreviates(short: str, word: str) -> bool:
    """Whether ``short``, a column's word without vowels ("wks", "pwr", "hrs", "bldg"), is ``word``
    with its vowels and some other letters dropped: its first letter and the rest in order."""
    if len(short) < 3 or set(short) & _VOWELS or len(word) < len(short) + 2 or word[0] != short[0]:
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in short[1:])


def _endings_differ(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ only past their common beginning by short endings (≤ 3 letters)."""
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return len(a) - common <= 3 and len(b) - common <= 3


def _qualified(
    asked: list[str], cells: list[tuple[str, str]], found: list[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """Of the ``found`` cells of columns named alike but for their closing words in brackets, the one
    whose bracketed words the question says ("the new post office counter" of "POST OFFICE (new)" and
    "POST OFFICE (old)"); none when it says no one's."""
    said = set(asked) - FILLER
    kept = [
        cell
        for column, value in cells
        if (qualifier := _QUALIFIER.search(column)) and set(words(qualifier[0])) & said
        for named, unit in [column_words(column)]
        if (cell := (" ".join(named), value, unit)) in found
    ]
    return kept if len(kept) == 1 else []


def column_words(column: str) -> tuple[list[str], str]:
    """A column's words (a JSON path's last key) and its unit suffix or bracketed unit: ``area_km2`` →
    (["area"], "km2"), ``dimensions.width_mm`` → (["width"], "mm"), "Adult single (£)" → (["adult",
    "single"], "£"), "Account no." → (["account", "number"], ""), ``DueDt`` → (["due", "date"], ""),
    "Monthly fee (ex VAT)" → (["monthly", "fee"], ""), ``Dep_£`` → (["deposit"], "£"),
    ``tariff_p_per_kwh`` → (["tariff"], "p per kwh")."""
    column = _TRAILING_MARK.sub(r" (\1)", column)
    bracketed = _BRACKETED.search(column)
    unit = bracketed.group(1).casefold() if bracketed else ""
    if unit in _MARKS or unit in _UNITS:
        money = _SHORT_MONEY if unit in CURRENCIES else {}
        named = words(_CAMEL.sub(" ", column[: bracketed.start()]).replace("_", " "))
        said = [money.get(w) or _SHORT.get(w, w) for w in named]
        return said, unit
    column = _QUALIFIER.sub("", column) or column  # "Monthly fee (ex VAT)": a fee
    key = column.rstrip(".").rsplit(".", 1)[-1]  # a JSON path's last key; "Account no." whole
    written = words(_CAMEL.sub(" ", key).replace("_", " "))
    said = [_SHORT.get(w, w) for w in written]  # "min" is a minimum, but "duration_min" in minutes
    if len(written) > 3 and written[-2] == "per" and written[-1] in _UNITS and written[-3] in {*_UNITS, "p"}:
        return said[:-3], " ".join(written[-3:])  # a rate's unit: ``tariff_p_per_kwh``, ``price_gbp_per_kg``
    unit = written[-1] if len(said) > 1 and (written[-1] in _UNITS or _degrees(said)) else ""
    unit = "" if said[:1] == ["per"] else unit  # "Per mile": what a rate is per, not its unit
    unit = "" if said[-2:-1] and said[-2] in _HOW_MUCH_OF else unit  # "All day", "Half day": no unit
    unit = "" if unit == "nm" and said[-2] not in _MEASURE_NOUNS else unit
    return (said[:-1] if unit else said), unit


def _degrees(said: list[str]) -> bool:
    """Whether a column's words end in a temperature's scale ("max temperature c"; not "section c")."""
    return said[-1] in ("c", "f") and "temperature" in said


def _last_word(column: str) -> str:
    """The last of a column's words ("" for a column without any): "name" of "Full name"."""
    return (column_words(column)[0] or [""])[-1]


def _heading_said(column: str, named: list[str], meaning: dict[str, list[str]]) -> list[str]:
    """The words of ``column`` (``named``) whose head the question says (``meaning``), or of the one
    of its alternatives it says ("contractor" of ``Contractor / supplier``), or those before a vague
    last word ("colour" of ``colour_scheme``, "roast" of ``roast_level``); [] for none."""
    if not named:
        return []
    plain_column = _BRACKETED_PART.sub("", column)  # "Price (adult/child)" is one price
    parts = _ALTERNATIVES.split(plain_column) if _ALTERNATIVES.search(plain_column) else []
    options = [named, *(column_words(part)[0] for part in parts)]
    options += [named[:-1]] if named[-1] in _VAGUE_HEADS else []
    return next((option for option in options if option and _says(meaning, _head(option))), [])


# what a column's last word says little of: ``colour_scheme``, ``roast_level``, ``apr_representative_percent``
_VAGUE_HEADS = frozenset({"scheme", "level", "representative"})
_ALTERNATIVES = re.compile(r"(?<=[A-Za-z])\s*/\s*(?=[A-Za-z])")  # "Contractor / supplier", not "£/kg"


def _head(named: list[str]) -> str:
    """The word a column is named by: its last, or the last before a closing preposition
    ("tickets" of ``tickets_from``, "baked" of ``baked_by``) or a word of how many there are
    ("packets" of ``packets_available``), the word before "per" ("price" of "Price per length"), or
    the thing a name is of ("variety" of "variety name"; not of "first name")."""
    if "per" in named[1:]:  # "rate" of "community rate per" ("… per hour", whose unit is the hour)
        named = named[: named.index("per")]
    if named[-1] == "name" and len(named) > 1 and named[-2] not in _NAME_KINDS:
        named = named[:-1]  # "variety" of ``variety_nm``: "What variety is PSL-0427?"
    return next((w for w in reversed(named) if w not in FILLER and w not in _STOCK), named[-1])


_NAME_KINDS = frozenset({"first", "last", "full", "given", "family", "middle", "user", "file", "nick"})


def _asked_cell(
    question: str, cells: list[tuple[str, str]], label: set[str] = frozenset()
) -> tuple[str, str, str] | None:
    """The one cell ``question`` asks for: its column's words, its value and its unit; None when the
    question names no column of the row, or more than one, leaving out the cells whose values it gives.
    ``label``: the keys of the row's label words, which name no other thing."""
    question = _unnegated(_NUMBER_SIGN.sub("number", question), cells)  # "sail no." asks ``Sail_no``
    question = _BROUGHT_BACK.sub(r"\1 returned", question)  # "bring the scooter back": ``time_returned``
    asked = figured(words(question))  # "two cats sharing" names "2 cats sharing"
    said = f" {' '.join(asked)} "
    rest = _without_values(said, cells, asks_when(question))  # "How much climbing is there on …?": no length
    rest = _without_label_phrases(rest, label)  # "on the … uniform price list": the sheet, no price
    meaning = _by_stem([w for w in meant(rest) if w not in FILLER])
    found = []
    for column, value in cells:
        named, unit = column_words(column)
        heading = _heading_said(column, named, meaning)
        labelled = not heading and _value_labelled(said, value)
        if labelled:
            found.append((*labelled, ""))  # "the gate code" of ``Access: Gate code 4471``
            continue
        if not named or _gives(said, value):
            continue
        if heading:
            found.append((" ".join(_spelled_out(w, meaning) for w in heading), value, unit))
        elif phrase := _clipped_phrase(named, rest):
            found.append((" ".join(phrase), value, unit))  # "estimated value" of ``Est_val``
    named = name_words(question)  # the label's names ("Hexworth Philharmonic … due") say no "due" of theirs
    unlabelled = [w for w in rest if w not in named or match_key(w) not in label]
    found = [cell for cell in found if not _modified_otherwise(unlabelled, cell[0].split())]
    found = [cell for cell in found if not _other_place(asked, cell[0].split())]  # a second prize
    found = [cell for cell in found if not _limit_of(asked, cell[0].split())]  # a time limit
    if asks_why(question):  # "Why does she want her medals mounted …?": a note, no ``mount`` column
        found = [cell for cell in found if _last_word(cell[0]) in _NOTES]
        return found[0] if len(found) == 1 else _reason_cell(question, cells)
    subject = " ".join(column_words(cells[0][0])[0])
    found = [cell for cell in found if _measures(asked, cell)]  # "How old was she when she won?"
    found = [cell for cell in found if not _per_another_unit(asked, cell[2])]  # "per extra tonne"
    if len(found) > 1 and found[0][0] == subject != which_thing(asked):
        found = found[1:]  # "where's the blues festival held": the festival is what the row is about
    if len(found) > 1 and (kind := _KIND_ASKED.search(question)):  # "what time … start": ``est_start``
        kinds = {kind[1].casefold()}  # not ``marshal_time``, named by the asking alone
        named = [cell for cell in found if not {w for w in cell[0].split() if stem(w) in meaning} <= kinds]
        found = [cell for cell in named if fits(f"It is {cell[1]}.", question)] or found  # not "Class: Yoga"
    first = _named_before_qualifier(rest, found)
    if len(found) > 1 and first and len(first) == 1:  # the order cut-off, not the delivery day
        found = first
    if first == [] and asks_money(question) and not any(map(_of_money, found)):
        found = []  # "What is Jerk Junction paying for its pitch?": money, not the pitch's number
    if len(found) > 1 and asks_money(question):  # "pay per dozen": the price, not the dozens a week
        found = [cell for cell in found if _of_money(cell)] or found
    if len(found) > 1:  # "where do they play their home matches": the venue, not the games played
        found = [cell for cell in found if fits(f"It is {cell[1]}.", question)] or found
    if len(found) > 1 and (asks_who(question) or _asks_where(question)):  # "who found …": the finder
        someone = [cell for cell in found if _of_someone(cell[0].split())]  # "where …": not the finder
        found = (someone if asks_who(question) else [cell for cell in found if cell not in someone]) or found
    if len(found) > 1 and (counted := _counted(asked)):  # "how many volunteer hours": the hours
        found = [cell for cell in found if _counts(_head(cell[0].split()), counted)] or found
    if len(found) > 1:  # "Price ex VAT", "Price inc VAT": the one "once VAT is added" asks
        found = _taxed_side(asked, found) or found
    if len(found) > 1:  # "the date of the return visit": ``return_visit.date``, not ``visit.date``
        found = _of_said_parent(asked, cells, found) or found
    if len(found) > 1 and len({cell[0] for cell in found}) == 1:  # "POST OFFICE (new)", "… (old)"
        found = _qualified(asked, cells, found) or found
    if len(found) > 1 and set.intersection(*(set(cell[0].split()) for cell in found)):
        # columns of one family (check_in, check_out): the one the question says whole
        spelled = f" {' '.join(_SHORT.get(w, w) for w in asked)} "  # "max temp" says "maximum temperature"
        whole = [  # "for non-members" says ``Non-member price`` whole, as "cost" says price
            cell
            for cell in found
            if all(f" {w} " in spelled or stem(w) in meaning for w in cell[0].split() if w != "per")
        ]  # "per" of "Peak per hour" goes with its unit: "hourly" says it
        found = whole or [cell for cell in found if _DESCRIBING & set(cell[0].split())]
        longest = max(found, key=lambda cell: len(cell[0].split()), default=None)
        if longest and all(
            set(cell[0].split()) < set(longest[0].split()) for cell in found if cell != longest
        ):
            found = [longest]  # "delivery charge" said whole, and "delivery" (of "Delivery day") in it
    # "the payment status on the … booking": a question asking no date asks no ``booked_on``
    if len(found) > 1 and not (asks_when(question) or _DATE_ASKED.search(question)):
        found = [cell for cell in found if not _a_date(cell[1])] or found
    if len(found) > 1 and len({cell[0] for cell in found}) == 1 and not asks_number(question):
        # "which course": ``course``, not ``course_km``
        found = [cell for cell in found if not cell[2]] or found
    if (
        asks_money(question)
        and found
        and not any(map(_of_money, found))
        and not PRICE_WRITTEN.search(question)
    ):
        # "how much … in adult sizes": a price named by its bracketed words, not the sizes; a row
        # with prices none of which the question names leaves it to the model
        if bracketed := _bracketed_cell(asked, cells):
            return bracketed
        if any(map(_of_money, _spoken_cells(cells))):
            return None
    if found:
        return found[0] if len(found) == 1 else None
    return (
        _dated_cell(asked, meaning, cells)
        or _day_cell(asked, cells)
        or _closing_cell(asked, cells)
        or _grouped_cell(asked, meaning, cells)
        or _qualified_cell(question, cells)
        or _priced_cell(question, cells, label)
        or _clipped_cell(asked, cells, label)
        or _naming_cell(asked, cells, label)
        or _unit_counted(asked, cells)
        or _wh_cell(question, cells)
        or _start_cell(question, cells, label)
        or _reason_cell(question, cells)
        or _lasting_cell(asked, cells)
    )


# bringing a thing back, its return (not "bring Biscuit in", nor "due back": its due date)
_BROUGHT_BACK = re.compile(r"\b(?:bring|brings|bringing|brought)\b([^?.,]{0,40}?)\s+back\b", re.IGNORECASE)


def _of_said_parent(
    asked: list[str], cells: list[tuple[str, str]], found: list[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """Of the cells found, those whose JSON path's keys before the last the question says the most
    of, saying all of them (``return_visit.date``, not ``visit.date``, of "the date of the return
    visit"; ``parts.1`` says "parts")."""
    said = {match_key(w) for w in asked}
    parents: dict[str, set[str]] = {}
    for column, value in cells:
        path = column.rsplit(".", 1)[0] if "." in column.rstrip(".") else ""
        parents.setdefault(value, set()).update(match_key(w) for w in words(path.replace("_", " ")))
    said_of = [len(keys) if (keys := parents.get(cell[1], set())) <= said else -1 for cell in found]
    most = max(said_of)  # none said: no narrowing ("follow-up appointment" is no ``return_visit``)
    return [cell for cell, count in zip(found, said_of, strict=True) if count == most] if most > 0 else []


def _unnegated(question: str, cells: list[tuple[str, str]]) -> str:
    """The question with its "not a member" as "non-member" where a column of the row says it so
    (``Non-members``); without it where a column says only "member" (``Members' peak``: the one
    column it is not); else as it is ("I am a member, not a trader")."""
    columns = [{match_key(w) for w in words(column)} for column, _ in cells]

    def said(found: re.Match) -> str:
        key = match_key(found[1])
        if any({"non", key} <= column for column in columns):
            return f"non-{found[1]}"
        return "" if any(key in column for column in columns) else found[0]

    return _NOT_A.sub(said, question)


def _taxed_side(asked: list[str], found: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Of columns of a price with tax and without ("Price inc VAT", "Price ex VAT"), those on the side
    the question asks ("once VAT is added", "before VAT"); [] where it asks no side."""
    said = set(asked)
    if not said & _TAXES:
        return []
    sides = [side for side in _TAX_SIDES if said & side]
    return [cell for cell in found if set(cell[0].split()) & sides[0]] if len(sides) == 1 else []


_TAXES = frozenset({"vat", "tax", "gst"})
_TAX_SIDES = (
    frozenset({"inc", "incl", "including", "inclusive", "with", "added", "plus", "gross", "after"}),
    frozenset({"ex", "excl", "excluding", "exclusive", "without", "before", "net", "pre"}),
)


def _spoken_cells(cells: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """The row's cells past its first as (column words, value, unit)."""
    return [
        (" ".join(named), value, unit)
        for column, value in cells[1:]
        for named, unit in [column_words(column)]
    ]


def _bracketed_cell(asked: list[str], cells: list[tuple[str, str]]) -> tuple[str, str, str] | None:
    """The one cell of money whose column's bracketed words the question says, others aside: "the
    polo shirt with logo in adult sizes" of "Price (adult XS-L)" beside "Price (ages 3-13)"."""
    keys, found = {match_key(w) for w in asked}, []
    for column, value in cells[1:]:
        named, unit = column_words(column)
        bracket = _QUALIFIER.search(column)
        said = bracket and any(
            match_key(w) in keys for w in words(bracket[0]) if w.isalpha() and w not in FILLER
        )
        if said and _of_money((" ".join(named), value, unit)):
            found.append((f"{' '.join(named)} {bracket[0].strip()}", value, unit))
    return found[0] if len(found) == 1 else None


def _wh_cell(question: str, cells: list[tuple[str, str]]) -> tuple[str, str, str] | None:
    """The cell of a column named by the question word it is asked by, as a programme's table names
    them ("What: Sunday service ringing; When: 10:15"): "When …?" and "What time …?" ask its
    ``When``, "Who …?" its ``Who``, "Where …?" its ``Where``."""
    for column, value in cells[1:]:
        asks = _WH_COLUMNS.get(" ".join(words(column)))
        if asks and asks(question):
            return column.casefold(), value, ""
    return None


def _has_column(question: str, cells: list[tuple[str, str]], column: str) -> bool:
    """Whether a yes-or-no question asks whether the row has what its column names, in its words and
    no others but the row's own: "is there parking at Kittiwake Flat?" is answered by ``Parking: None
    - Quay Road public car park`` (not "Is there a discount for pensioners on Pottery?" by its
    ``Discount: 10% for students``, nor "Is there a monthly fee?" by a joining ``Fee``); the row's own
    words are its names, not what another cell says ("parking for disabled visitors" of a ramp's)."""
    thing = _HAS_THING.search(question)
    if not thing:
        return False
    asked = words(thing[1])
    named = column.split()
    called = [value for _, value in cells if value.istitle() and len(value.split()) <= _NAME_WORDS]
    said = {w for name in [*_names(cells), *called] for w in words(name)} | _ROW_PLACES | FILLER
    return asked[: len(named)] == named and set(asked[len(named) :]) <= said


# asking whether a thing is there: "is there parking …", "does the flat have parking", "… offer …"
_HAS_THING = re.compile(
    r"\b(?:(?:is|are) there|(?:does|do)\b.*\b(?:have|offer|include))\s+(?:(?:an?|any|the)\s+)?([^?]*)",
    re.IGNORECASE,
)
_ROW_PLACES = frozenset({"at", "in", "on", "for", "with"})  # "parking at Kittiwake Flat": the row's own


def _start_cell(question: str, cells: list[tuple[str, str]], label: set[str]) -> tuple[str, str, str] | None:
    """The row's one time of day that starts it, when the question asks when the row's thing is and
    names none of its columns, nor anything but the row's words, its ``label``'s and a slot's
    (:data:`_EVENTS`): "What time is Ellis's French appointment?" of ``slot_start: 17:20; slot_end:
    17:25`` (not "what time does it finish?", "what time is lunch?")."""
    asked = _WHEN_IS.match(question)
    if not asked or _SAYS_END.search(question):
        return None
    given = {w for w in words(question[asked.end() :]) if w not in FILLER | ASKING}
    said = {w for _, value in cells for w in words(value)}
    if not given & said or not {w for w in given - said if match_key(w) not in label} <= _EVENTS:
        return None  # "What time is lunch at Multi-sport?": lunch, no slot of the row's; "Tom's" of Ellis's
    timed = [(column, value) for column, value in cells[1:] if clock_times(value)]
    starts = [(column, value) for column, value in timed if set(column_words(column)[0]) & _STARTS]
    if len(starts) != 1 or len(timed) < 2:
        return None
    return " ".join(column_words(starts[0][0])[0]), starts[0][1], ""


_STARTS = frozenset({"start", "starts", "from", "begin", "begins", "in"})  # ``slot_start``, ``time_in``
_SAYS_END = re.compile(
    r"\b(?:end|ends|finish|finishes|over|until|till|close|closes|done|out)\b", re.IGNORECASE
)
_WHEN_IS = re.compile(r"\s*what time\s+(?:is|are)\b", re.IGNORECASE)  # not "when is …?", a date as well
# what a row's slot of time is for: "What time is Ellis's French appointment?"
_EVENTS = frozenset({
    "appointment", "appointments", "session", "sessions", "slot", "class", "lesson", "booking", "meeting",
    "visit", "call", "interview", "match", "game", "fixture", "heat", "race", "talk", "tour", "consultation",
    "family", "group", "party", "team",  # whose slot: "the Lowther family's trampoline session"
})  # fmt: skip


def _reason_cell(question: str, cells: list[tuple[str, str]]) -> tuple[str, str, str] | None:
    """The row's one note when the question asks why it holds a state it says ("Why has EHS-PSU-012
    been quarantined?" of ``Status: Quarantined; Notes: Gives 14.1 V on the 12 V setting``), or why
    of what the note speaks of ("Why wasn't Colin's piano tuned?" of "not economic to tune"); not
    of the row's name alone, whose note may tell of anything."""
    if not asks_why(question):
        return None
    keys = keyed(question)
    notes = [(column, value) for column, value in cells[1:] if _last_word(column) in _NOTES]
    names = _names(cells)
    states = [  # a state is said in words: "Quarantined", "Postponed" (not "Lab 3")
        value
        for _, value in cells[1:]
        if value not in names and not any(c.isdigit() for c in value) and keyed(value) <= keys
    ]
    if len(notes) != 1 or not (states or (keyed(notes[0][1]) & keys) - keyed(" ".join(names))):
        return None
    return " ".join(column_words(notes[0][0])[0]), notes[0][1], ""


def keyed(text: str) -> set[str]:
    """The match keys of ``text``'s words but its small ones."""
    return {match_key(w) for w in words(text) if w not in FILLER}


_NOTES = frozenset({"notes", "note", "comments", "comment", "remarks", "reason"})


def _doer(cells: list[tuple[str, str]]) -> tuple[str, str, str] | None:
    """The row's one cell of a person (past its subject) as (column words, value, unit), the doer of
    what its other columns say was done; None for none or several."""
    people = [cell for cell in _spoken_cells(cells) if _of_someone(cell[0].split())]
    return people[0] if len(people) == 1 else None


def _dated_deed(cell: tuple[str, str, str]) -> bool:
    """Whether a cell tells when or how often a deed was done, no one's name: ``Last calibrated:
    2026-01-12`` (not ``Serviced by: Tom Pike``)."""
    return not _of_someone(cell[0].split()) and any(c.isdigit() for c in cell[1])


def _names_whole(question: str, cells: list[tuple[str, str]]) -> bool:
    """Whether the question says the whole of the row's subject or of a name cell, its brackets aside
    ("the analytical balance" of ``Item: Analytical balance (0.001 g)``)."""
    asked = _asked_words(question)
    return any(_says_whole(asked, unbracketed(name), set()) for name in _names(cells))


def _a_date(value: str) -> bool:
    """Whether a cell's value is a date ("2026-06-02 (2 June 2026)", "Sat 4 July")."""
    return any(c.isdigit() for c in value) and any(calendar(w) in MONTHS for w in words(value))


def _of_someone(named: list[str]) -> bool:
    """Whether a column's words name a person: a name, a doer ("finder"), or a word for people."""
    head = [w for w in named if w != "name"] or named
    return "name" in named or head[-1] in PEOPLE or (len(head[-1]) > 4 and head[-1].endswith(("er", "or")))


def _named_before_qualifier(
    rest: list[str], found: list[tuple[str, str, str]]
) -> list[tuple[str, str, str]] | None:
    """The cells of ``found`` the question names before its first "for" or "of": what it asks, what
    comes after saying what it is about ("the order cut-off for Round B deliveries" asks the cut-off,
    not the delivery day; "paying for its pitch" asks no pitch). None without such a word."""
    at = next((i for i, w in enumerate(rest) if i and w in _QUALIFYING), None)
    if at is None:
        return None
    before = _by_stem([w for w in meant(rest[:at]) if w not in FILLER])
    return [cell for cell in found if _says(before, _head(cell[0].split()))]


def _grouped_cell(
    asked: list[str], meaning: dict[str, list[str]], cells: list[tuple[str, str]]
) -> tuple[str, str, str] | None:
    """The cells of one object the question names by its key, together: "the score" of a JSON row's
    ``score.home: 1; score.away: 4`` is "home 1, away 4" (each cell is named by its own key only);
    not when the question gives one of them ("Which customer has account C-0477?" asks the name) or
    asks which thing of another kind ("Which hive has no queen?")."""
    said, thing = f" {' '.join(asked)} ", which_thing(asked)
    groups: dict[str, list[tuple[str, str]]] = {}
    for column, value in cells:
        parent, dot, _ = column.rpartition(".")
        if dot and parent:
            groups.setdefault(parent, []).append((column, value))
    found = []
    for parent, grouped in groups.items():
        named = column_words(parent)[0]
        if any(_gives(said, value) for _, value in grouped):
            continue
        if thing and match_key(thing) != match_key(_head(named or [""])):
            continue
        if len(grouped) > 1 and named and _says(meaning, _head(named)):
            found.append((" ".join(named), ", ".join(_part(column, value) for column, value in grouped), ""))
    return found[0] if len(found) == 1 else None


def _part(column: str, value: str) -> str:
    """One cell of an object, said by its key: "home 1", "adult £12"."""
    named, unit = column_words(column)
    return f"{' '.join(named)} {with_unit(value, unit)}"


def _counted(asked: list[str]) -> str | None:
    """What "how many" or "how much" counts: the last word before the verb or a preposition ("hours"
    of "how many volunteer hours did …", "tins" of "how many tins of chopped tomatoes came in"), or
    None."""
    for at in range(len(asked) - 2):
        if asked[at] == "how" and asked[at + 1] in ("many", "much"):
            counted = list(itertools.takewhile(lambda w: w not in _COUNT_ENDS, asked[at + 2 :]))
            return counted[-1] if counted else None
    return None


def _unit_counted(asked: list[str], cells: list[tuple[str, str]]) -> tuple[str, str, str] | None:
    """The row's one quantity when "how many" counts what its unit cell names ("How many tins …?"
    of ``Qty_rcvd: 64; Unit: tin``)."""
    counted = _counted(asked)
    units = [
        v for c, v in cells if _last_word(c) == "unit" and counted and match_key(counted) == match_key(v)
    ]
    quantities = [(c, v) for c, v in cells if COUNTING & set(column_words(c)[0])]  # "Qty_rcvd"
    if not units or len(quantities) != 1:
        return None
    named, unit = column_words(quantities[0][0])
    return " ".join(named), quantities[0][1], unit


def _dated_cell(
    asked: list[str], meaning: dict[str, list[str]], cells: list[tuple[str, str]]
) -> tuple[str, str, str] | None:
    """For "when", the one cell of a date column the question names by its other words: "when's the
    bread maker due back" of ``DueDt`` beside ``OutDt`` and ``RetDt``."""
    if "when" not in asked:
        return None
    found = []
    for column, value in cells:
        named, unit = column_words(column)
        if len(named) > 1 and named[-1] in _WHEN_HEADS and any(_says(meaning, w) for w in named[:-1]):
            found.append((" ".join(named), value, unit))
    return found[0] if len(found) == 1 else None


def _day_cell(asked: list[str], cells: list[tuple[str, str]]) -> tuple[str, str, str] | None:
    """For a question naming a day or a part of the week, the cell whose column's days take in most
    of them ("how much is it on a Saturday": "Fri\u2013Sun & bank holidays", not "Mon\u2013Thu")."""
    spoken = _spoken_cells(cells[1:])
    at = of_days(asked, [cell[0] for cell in spoken])
    return spoken[at] if at is not None else None


def _closing_cell(asked: list[str], cells: list[tuple[str, str]]) -> tuple[str, str, str] | None:
    """For when a place closes, the end of the row's one span of hours ("What time does Splitoak close
    on a Friday?" of ``Day: Friday; Open: 15:00 \u2013 23:00; Last session starts: 21:30``)."""
    if not _CLOSING & set(asked) or not {"when", "time"} & set(asked):
        return None
    ends = [m[2] for _, value in cells[1:] if (m := _HOURS.fullmatch(value.strip()))]
    return ("closing time", ends[0], "") if len(ends) == 1 else None


_CLOSING = frozenset({"close", "closes", "closing", "shut", "shuts"})
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s?[ap]m)?|\d{1,2}\s?[ap]m"
_HOURS = re.compile(rf"({_CLOCK})\s*(?:[\u2013-]|to)\s*({_CLOCK})", re.IGNORECASE)  # "15:00 \u2013 23:00"


def of_days(asked: list[str], columns: list[str]) -> int | None:
    """Which of two or more ``columns`` (their names) the days a question names (``asked``: "on a
    Saturday", "at the weekend") fall in most; None when it names no day, fewer than two columns name
    days, or two take in as many."""
    wanted = stated(asked, counted=True) & WEEKDAYS
    days = [stated(words(column), counted=True) & WEEKDAYS for column in columns]
    if not wanted or sum(map(bool, days)) < 2:
        return None
    shared = [len(held & wanted) for held in days]
    best = max(shared)
    return shared.index(best) if best and shared.count(best) == 1 else None


def _modified_otherwise(rest: list[str], named: list[str]) -> bool:
    """Whether the question says a column's head word right after a word of its own where the column
    has other words: "final gravity" is not the ``original_gravity``, "monthly rent" not the "Annual
    rent", "the polytunnel permit number on her plot" not the "Plot no." (``rest``: the question's
    words less the row's values it gives)."""
    head, others = _head(named), {stem(w) for w in named if w != _head(named)} - {stem(w) for w in FILLER}
    stems = [stem(_SHORT.get(w, w)) for w in rest]  # "max temperature" is the maximum one
    before = [rest[at - 1] for at, key in enumerate(stems) if at and key == stem(head)]
    extreme = not _EXTREMES.isdisjoint(named)  # "strongest gust" is the ``max_gust``

    def own(word: str) -> bool:
        superlative = extreme and word.endswith("est")
        return not (word in FILLER or word in ASKING or word in HOW_ASKED or word[0].isdigit() or superlative)

    if head in _TAXES:  # "including VAT", "once VAT is added": which side of the tax, :func:`_taxed_side`
        return False
    if head in _GENERIC:  # "permit number": its word before says which number, whatever else is said
        return bool(others) and any(own(w) and stem(w) not in others for w in before)
    return bool(others) and not others & set(stems) and any(own(w) for w in before)


def _other_place(asked: list[str], named: list[str]) -> bool:
    """Whether a column names a place in an order ("First prize") and the question another one
    ("the prize for coming second")."""
    return bool(ordinals(named)) and bool(ordinals(asked)) and ordinals(named).isdisjoint(ordinals(asked))


def _limit_of(asked: list[str], named: list[str]) -> bool:
    """Whether the question asks a limit of what a column names ("the time limit for each run") and
    the column is no limit ("Start time")."""
    limited = {asked[at - 1] for at, word in enumerate(asked) if at and word in _LIMITS}
    return bool(limited & set(named)) and not (_LIMITS | _BOUNDS) & set(named)


_LIMITS = frozenset({"limit", "limits", "allowance", "allowed"})
_BOUNDS = frozenset({"max", "maximum", "min", "minimum", "most", "least"})


def _qualified_cell(question: str, cells: list[tuple[str, str]]) -> tuple[str, str, str] | None:
    """For a question of a number's kind that names no column by its head word, the one cell of that
    kind, with a number, whose column's other words it says, or words that mean the same: "How much
    is a year's student membership?" of ``Annual fee`` beside ``Joining fee`` and ``Dinghy space``."""
    if not asks_number(question):  # "Which floor is C-12 on?" is no floor area's
        return None
    said = [w for w in meant(words(question)) if w not in FILLER]  # "a kid's ticket": the child fare
    question_uses, found, spaced = uses_word(set(said)), [], f" {' '.join(words(question))} "
    for column, value in cells[1:]:
        named, unit = column_words(column)
        others = [w for w in named if w != _head(named) and w not in FILLER]
        column_uses = uses_word(set(others))
        if _gives(spaced, value):
            continue  # "the boat that arrives at 07:45" gives its arrival: another cell is asked
        matched = [w for w in said if column_uses(w)] + [w for w in others if question_uses(w)]
        if not others or not matched:
            continue
        cell = (" ".join(named), value, unit)
        if set(matched) <= MONEY_ASKED and not _of_money(cell):
            continue  # "What tariff will they charge?" asks money, not the ``charge_points``
        if (
            asks_money(question)
            and _COUNTED & set(named)
            and not _PRICED & set(named)
            and not _of_money(cell)
        ):
            continue  # "the day rate for an apprentice" asks no ``Est. days on site`` (``price_7_nights`` is)
        found.append(cell)
    # a number's kind is checked closely; a capitalised word passes as anyone's name ("Bisque")
    found = [
        cell for cell in found if any(c.isdigit() for c in cell[1]) and fits(_said(cells, cell), question)
    ]
    if len(found) != 1 or (_head(found[0][0].split()) in _BARE_LABELS and _AMOUNT_ASKED.search(question)):
        return None  # a code's column ("ParkFen location no.") holds no amount of what it is of
    return found[0]


# what a column counts that no sum is: days, hours, people …
_COUNTED = COUNTING | frozenset({"days", "hours", "weeks", "nights", "minutes", "months", "years", "visits"})
_PRICED = frozenset({"price", "cost", "fee", "rate", "charge", "rent", "fare"})  # a column of money by name


def _priced_cell(question: str, cells: list[tuple[str, str]], label: set[str]) -> tuple[str, str, str] | None:
    """For a question of money that says nothing but the row's own words, its ``label``'s and the
    words asking money ("How much is the almond croissant?", "What is Jerk Junction paying at the
    night market?", "how much is the large bag of Morning Ridge Black", a container's word aside),
    the row's one cell of money (``price_gbp``, "Fee (£)", "£3.15"). A word the row does not say may
    name a price it lacks ("how much is the deposit for …"): then none."""
    if not asks_money(question):
        return None
    unsaid = (w for w in _unsaid(question, cells) if match_key(w) not in label)
    if any(w not in _NOT_PRICED and w.removesuffix("s") not in _CONTAINERS for w in unsaid):
        return None
    found = [cell for cell in _spoken_cells(cells) if _of_money(cell)]
    return found[0] if len(found) == 1 else None


def _of_money(cell: tuple[str, str, str]) -> bool:
    """Whether a cell (column words, value, unit) holds money: in a currency's column, marked, or in
    pence ("24p")."""
    currency = cell[2].split(" per ")[0]  # a rate's: ``tariff_p_per_kwh``, ``price_gbp_per_kg``
    return (
        currency in CURRENCIES | _PENNIES_UNITS
        or cell[1].lstrip().startswith(tuple(_MARKS))
        or bool(_PENCE.match(cell[1]))
    )


_PENCE = re.compile(r"\s*\d+(?:\.\d+)?p\b")
_PENNIES_UNITS = frozenset({"p", "pence"})  # a rate in pence: ``tariff_p_per_kwh``


def _unsaid(question: str, cells: list[tuple[str, str]]) -> list[str]:
    """The question's words that no cell or column of the row says (keys compared), nor its doer ("a
    hot wash" of a "Standard washer", "a 30-minute dry" of a "Dryer")."""
    known, asked = _row_keys(cells), words(question)
    banded = _banded(asked, cells)
    return [
        w
        for at, w in enumerate(asked)
        if at not in banded and match_key(w) not in known and match_key(f"{w}er") not in known
    ]


def _banded(asked: list[str], cells: list[tuple[str, str]]) -> set[int]:
    """Where the question gives a measure that a band of the row holds, and the thing it measures:
    "a 12m boat" of a row with "size_band: 10.01-14.0m", "my 7 year old" of "Ages: 5-11"."""
    values = words(" ".join(value for _, value in cells))
    within = stated(values, counted=True) - stated(values)
    found: set[int] = set()
    for at in (at for at, word in enumerate(asked) if word in within):
        found.add(at)
        after = asked[at + 1 : at + 3]
        unit = bool(after) and after[0] in UNIT
        if after[unit:] and after[unit] not in FILLER:
            found |= set(range(at + 1, at + 2 + unit))  # its unit and the thing measured
    return found


def _clipped_phrase(named: list[str], asked: list[str]) -> list[str] | None:
    """The words of the question, as many in a row as a column has, that say whole a column of
    several words clipped or without vowels: "estimated value" of ``Est_val``, "claim date" of
    ``Claim_dt`` (not "annual fees" of "Annual fee", a plural); None if none."""
    for at in range(len(asked) - len(named) + 1 if len(named) > 1 else 0):
        said = asked[at : at + len(named)]
        pairs = list(zip(named, said, strict=True))
        if all(w == short or _shortened(short, w) for short, w in pairs) and said != named:
            return said
    return None


def _shortened(short: str, word: str) -> bool:
    """Whether a column's word ``short`` is ``word`` clipped by two letters or more ("val" of
    "value") or written without its vowels ("pd" of "paid", "dt" of "date")."""
    return (word.startswith(short) and len(word) - len(short) >= 2) or _abbreviates(short, word)


def _clipped_cell(
    asked: list[str], cells: list[tuple[str, str]], label: set[str]
) -> tuple[str, str, str] | None:
    """The one cell whose column is one word clipped short (``Turb``, ``Sys``, ``Pri``) and the
    question says it whole ("which turbine …", "what priority …"): a word of 3 to 5 letters that
    opens one of the question's (:func:`_clipped`; "age" is no "agent"), not one of the row's
    ``label`` ("station" of "bus_station_lost_property.csv" is no ``Stat``)."""
    said = [w for w in asked if w not in FILLER and w not in ASKING and match_key(w) not in label]
    found = []
    for column, value in cells:
        named, unit = column_words(column)
        clipped = named[0] if len(named) == 1 and 3 <= len(named[0]) <= 5 else ""
        whole = [w for w in said if clipped and _clipped(clipped, w)]
        if whole:
            found.append((whole[0], value, unit))  # said as the question says it: "The turbine of …"
    return found[0] if len(found) == 1 else None


def _clipped(short: str, word: str) -> bool:
    """Whether ``short`` is ``word`` clipped: its opening, at least 3 letters shorter, and not the
    word of which ``word`` is the plural ("child" of "children")."""
    return word.startswith(short) and len(word) - len(short) >= 3 and word[len(short) :] not in ("ren", "ses")


def _naming_cell(
    asked: list[str], cells: list[tuple[str, str]], label: set[str] = frozenset()
) -> tuple[str, str, str] | None:
    """The cell that says what the row's subject is (its ``name``, ``description`` …) when the question
    names the subject and nothing else but its file ("What is KX-2041?", "KX-2041 - what part is
    that?", "Who is Ada Quill?" of a staff row's ``title``, "food bank intake TFB-IN-26-0219 which
    item"): the model, given the row, often says "I don't know". Of several such cells, the one
    whose column says the kind asked (``Item_desc`` for "which item", not ``Donor_nm``)."""
    keys = {match_key(w) for w in _unlabelled(asked, label) if w not in FILLER}
    cells = cells[_coded_at(keys, cells) :]  # "Who is trader QNM-0299?" of a row that opens with its pitch
    subject = {match_key(w) for w in words(cells[0][1])}
    naming = {match_key(w) for w in _NAMING} | {
        match_key(w) for c, _ in cells[:1] for w in column_words(c)[0]
    }
    kinds = {match_key(w) for w in _KINDS | PEOPLE}  # "what part is KX-2041?", "who is staff member …?"
    if not subject <= keys or keys - subject - naming - kinds:
        return None  # "what allergens are in …" names another column
    naming = _naming(cells)
    if not naming:
        return None
    column, value = next((cell for cell in naming if keys & _column_keys(cell[0])), naming[0])
    named, unit = column_words(column)
    return " ".join(named), value, unit


def _unlabelled(asked: list[str], label: set[str]) -> list[str]:
    """The question's words less those of the row's label (keys ``label``), said apart or as one
    word there ("food" and "bank" of a file named ``foodbank``)."""
    joined = {word for pair in itertools.pairwise(asked) if _joined_in(pair, label) for word in pair}
    return [w for w in asked if match_key(w) not in label and w not in joined]


def _joined_in(pair: tuple[str, str], label: set[str]) -> bool:
    """Whether two words written as one are a label's word ("foodbank"): not merely the first
    word's key again (keys are clipped: "product" and "productcc" are both "produc")."""
    key = match_key("".join(pair))
    return all(w.isalpha() for w in pair) and key in label and key not in map(match_key, pair)


def _column_keys(column: str) -> set[str]:
    """The keys of a column's words ("item", "description" of ``Item_desc``)."""
    return {match_key(w) for w in column_words(column)[0]}


def _coded_at(keys: set[str], cells: list[tuple[str, str]]) -> int:
    """Where the row's cell of a code the question says (``keys``) stands: the subject it asks about
    (0 when none: the row's first cell is)."""
    for at, (_, value) in enumerate(cells):
        said = {match_key(w) for w in words(value)}
        if any(is_code(w) for w in words(value)) and said <= keys:
            return at
    return 0


def _naming(cells: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The cells after the subject that say what it is: those of a naming column (``name``, ``title``
    …), else, beside a code, the next cell when it reads as a name ("Accession: TV-173; Variety:
    Cairnfold Broad Bean": a code's name column is called many things; its bracketed words aside),
    after one of a letter ("Tree ID: PCO-C03; Row: C; Variety: Kentish Fillbasket")."""
    naming = [(c, v) for c, v in cells[1:] if _last_word(c) in _NAMING]
    if naming or len(cells) < 3 or not any(is_code(w) for w in words(cells[0][1])):
        return naming
    column, value = cells[2] if len(cells[1][1]) == 1 and len(cells) > 3 else cells[1]
    named = column_words(column)[0]
    if not named or named[-1] in FILLER or named[-1] in PEOPLE:  # "From: Harnsey Quay", "holder: Ada"
        return []
    bare = unbracketed(value)  # "E-Mountain Bike (21 Ah battery)" reads as a name
    reads = bare[:1].isupper() and not any(c.isdigit() for c in bare) and len(bare.split()) <= 6
    return [(column, value)] if reads and len(value) > 1 else []


def _covered_cell(
    question: str, cells: list[tuple[str, str]], label: set[str] = frozenset()
) -> tuple[str, str, str] | None:
    """The one cell of the kind ``question`` asks for (a person for "who", a date for "when"), when the
    question names no column but says nothing the row does not: a log's row answers "Who cleared a
    blocked drain on the K-9 ice machine on 3 February 2025?" by its engineer. Cells the question
    gives, those saying what the subject is (a description answers no "how many") and bare numbers
    (a price is no answer to "how long") are left out, but for a time of day ("start: 10:00") and a
    plain amount in a column of money ("price: 19.00"); a question of no known kind (yes or no, why),
    two or more cells of the kind, or fewer than two words to match the row by leave it to the model.
    The names the row's file says are said ("at Jumpwell" of ``jumpwell_bookings.json``)."""
    asked = words(question)
    thing = which_thing(asked)
    if not known_kind(question) or (thing and (_asks_subject(thing, cells) or _thing_name(thing, cells, ""))):
        return None  # "which site" asks the row's subject, or its ``site.name``
    known = _row_keys(cells) | {key for key in label if key in {match_key(w) for w in name_words(question)}}
    content = [w for w in asked if w not in FILLER | ASKING | {"much"}]
    if len(content) < 2 or not all(match_key(w) in known or _day_said(w, cells) for w in content):
        return None
    said, found = f" {' '.join(asked)} ", []
    for column, value in cells[1:]:
        named, unit = column_words(column)
        if not named or _head(named) in _NAMING or gives_whole(said, value):
            continue
        measured = with_unit(value, unit)
        if _valued(value, measured, named, question) and fits(f"It is {measured}.", question):
            found.append((" ".join(named), value, unit))
    if _ALONG & set(asked):  # "How long is the walk?": its distance, not its ascent
        found = [cell for cell in found if not _VERTICAL & set(cell[0].split())]
    if not all(_measures(asked, cell) for cell in found):
        return None  # "How high is Northgate Tower?" is not answered by a walk's length
    return found[0] if len(found) == 1 else None


def _day_said(word: str, cells: list[tuple[str, str]]) -> bool:
    """Whether ``word`` is an ordinal ("the 30th") of the day of a date a cell writes ("30 June")."""
    day = _figure(word)
    if day == word:
        return False
    for _, value in cells:
        said = words(value)
        if any(w == day and {calendar(n) for n in said[at - 1 : at] + said[at + 1 : at + 2]} & MONTHS
               for at, w in enumerate(said)):  # fmt: skip
            return True
    return False


def _valued(value: str, measured: str, named: list[str], question: str) -> bool:
    """Whether a cell holds a value of a kind, not a bare number: a measure, a time of day asked of
    ("start: 10:00"), a plain amount in a column of money asked of ("price: 19.00")."""
    if _TIME_OF_DAY.fullmatch(value):
        return asks_when(question)
    if asks_money(question) and MONEY_ASKED & set(named) and _AMOUNT.fullmatch(value):
        return True
    return None not in quantities(measured)


_TIME_OF_DAY = re.compile(r"\d{1,2}:\d{2}")
_AMOUNT = re.compile(r"\d+(?:\.\d\d)?")


def _measures(asked: list[str], cell: tuple[str, str, str]) -> bool:
    """Whether the question's words ``asked`` may be answered by ``cell``: each "how <measure>" it
    asks ("how high", "how old"; not "high-limit") is what the cell's column is ("height", "age",
    ``highest_point``; a distance for "how long")."""
    column = cell[0].split()
    how = [w for w in _how(asked) if w in _MEASURING]
    lasting = not _LASTING.isdisjoint(asked)
    return all(
        set(_means(w, lasting).split()) & set(column)
        or any(c.startswith(w) for c in column)
        or (w in _ALONG and "distance" in column)  # a route's length
        or (w == "long" and _TRIPS & set(column) and _lasts(cell[1]))  # ``Est. journey: 50 min``
        for w in how
    )


def _how(asked: list[str]) -> list[str]:
    """The words the question's words ``asked`` say right after "how" ("how long", "how high")."""
    return [w for at, w in enumerate(asked[1:]) if asked[at] == "how"]


def _lasts(value: str) -> bool:
    """Whether a cell's value is a length of time and nothing else ("50 min", "1 hr 35 min"; not a
    note that tells of one, "No waiting charge for the first 45 min")."""
    found, said = measures(value), words(value)
    only = all(is_number(w) or UNIT.get(w) == "duration" for w in said)
    return bool(found) and only and all(kinds == {"duration"} for kinds in found.values())


def _lasting_cell(asked: list[str], cells: list[tuple[str, str]]) -> tuple[str, str, str] | None:
    """The row's one cell of a length of time, in a column of a trip's length, when the question asks
    how long something takes or lasts: "how long does a taxi to Port Ellery take" of ``Est.
    journey: 50 min``."""
    if not _LASTING & set(asked) or "long" not in _how(asked):
        return None
    lasting = [(column_words(column)[0], value) for column, value in cells[1:] if _lasts(value)]
    if len(lasting) != 1 or not _TRIPS & set(lasting[0][0]):
        return None  # a "Free waiting: 10 min" is no trip's length
    return " ".join(lasting[0][0]), lasting[0][1], ""


def _per_another_unit(asked: list[str], unit: str) -> bool:
    """Whether the question's words ``asked`` ask a rate per one unit ("per extra tonne", "each
    additional hour") and a cell's ``unit`` is another one: ``Each extra week`` is no charge per
    tonne."""
    said = rate_units(asked)
    return bool(said) and unit in _UNITS and unit_name(unit) not in said


def _keyed_cell(question: str, cells: list[tuple[str, str]], unique: Unique) -> tuple[str, str, str] | None:
    """The row's subject (its first cell) when the question asks which thing another cell's value,
    given whole, singles out: "Which event has tickets from £35.50?", "Which cylinder weighs 29.4
    kg?"; its person when it asks who of two such values ("Which technician saw to the steam oven at
    K-2 on 4 May 2025?"), or of one that ``unique`` says no other row holds ("Who looks after the
    industrial sewing machine?"). The value must be a number, a code or a name (not "yes" or
    "daily"), and the question must not give the subject itself (then it asks something else of it),
    nor ask a thing another cell's words tell of ("Which paddock does Cobalt Express go out in?"
    over "notes: … turn out alone in paddock 6" asks no horse)."""
    asked = words(question)
    thing, said, subject = which_thing(asked, name_words(question)), f" {' '.join(asked)} ", cells[0][1]
    given = [(column, value) for column, value in cells[1:] if _specific(value) and _gives_named(said, value)]
    if thing is not None and not given and (aside := _aside_given(thing, cells, said)):
        return aside  # "which pony is 13.2hh?" of "Pony allocated: Biscuit (13.2hh Connemara cross)"
    if gives_whole(said, subject) or not given:
        return None
    if asks_who(question) or thing in PEOPLE:  # a person: singled out by two cells, or by one no
        # other row holds ("Who was at K-2?" may be written in many rows of a log)
        alone = len(given) == 1 and unique(f"{given[0][0]}: {given[0][1]}")
        return _person_cell(cells, said) if len(given) > 1 or alone else None
    if thing is not None and (own := _thing_name(thing, cells, said)):
        return own  # "Which site …?" of ``site.name: Pendle Copse``, whatever else says "site"
    if thing is None and WHAT_THING.match(" ".join(asked)):
        thing = cells[0][0]  # "what on the booking cost £9?": the row's own thing
    elif thing is None or thing in _ATTRIBUTES or _told_of(thing, cells):
        return None  # "What make is the drum kit in the Ashworth Room?" asks the kit's make, not the room
    named, unit = column_words(cells[0][0])
    if subject.isdigit() and match_key(thing) not in {match_key(w) for w in named}:
        return None  # "What rating does Jaspal have?" is not answered by the year of his row
    if not named:
        return None
    return (None if named[-1] in _NAMING else _name_cell(cells, said)) or (" ".join(named), subject, unit)


# what "what … is …" asks of a thing, not which thing: "What make is …?", "What colour is …?"
_ATTRIBUTES = frozenset(
    {"make", "brand", "model", "manufacturer", "colour", "color", "breed", "material", "shape"}
)


def _aside_given(thing: str, cells: list[tuple[str, str]], said: str) -> tuple[str, str, str] | None:
    """The one cell of a column named by the ``thing`` asked "which …" of whose words in brackets
    the question (``said``) gives whole and whose name before them it does not: "Biscuit (13.2hh
    Connemara cross)" for "which pony is 13.2hh?" of "Pony allocated"."""
    key = match_key(thing)
    found = [
        (" ".join(column_words(column)[0]), value, "")
        for column, value in cells[1:]
        if key in {match_key(w) for w in column_words(column)[0]}
        and (aside := _ASIDE.search(value))
        and any(_specific(part) and _gives_named(said, part) for part in aside[1].split())
        and not gives_whole(said, value[: aside.start()])
    ]
    return found[0] if len(found) == 1 else None


_ASIDE = re.compile(r"\(([^()]+)\)")  # a cell's words in brackets: "Biscuit (13.2hh Connemara cross)"


def _thing_name(thing: str, cells: list[tuple[str, str]], said: str) -> tuple[str, str, str] | None:
    """The cell that names the ``thing`` asked "which …" of, by its column: ``site.name``,
    "Site name", ``Site_nm`` for "which site", unless the question gives it."""
    key = match_key(thing)
    for column, value in cells[1:]:
        written = [_SHORT.get(w, w) for w in words(_CAMEL.sub(" ", column).replace("_", " "))]
        if written[-1:] == ["name"] and key in map(match_key, written[:-1]) and not gives_whole(said, value):
            return " ".join(written), value, ""
    return None


def _told_of(thing: str, cells: list[tuple[str, str]]) -> bool:
    """Whether a cell other than the row's subject and its names says ``thing`` ("paddock" of "notes:
    … in paddock 6"; not "bean" of "Variety: Cairnfold Broad Bean", nor "skip" of "Skip size: 12-yard
    maxi skip", a cell of words ending on the thing, which says what kind of it the subject is; a
    "status: fermenting" still tells of a fermenter; nor the name a reference to another record
    carries, "kit: K-330 (Fleece to Yarn starter pack)", which tells of that record)."""
    naming = {column for column, _ in _naming(cells)}
    key = match_key(thing)
    told = [words(REFERENCE.sub(r"\1", value)) for column, value in cells[1:] if column not in naming]
    return any(
        key in {match_key(w) for w in said} and not (len(said) > 1 and match_key(said[-1]) == key)
        for said in told
    )


def _person_cell(cells: list[tuple[str, str]], said: str) -> tuple[str, str, str] | None:
    """The person a row is about, for a "who" that gives another of its cells: its subject when that
    is a person's name (a ``name`` column, or a column for people), else its one cell for a person
    ("holder"), else its name cell beside a code."""
    named, unit = column_words(cells[0][0])
    if named and (named[-1] in _NAMING or named[-1] in PEOPLE):
        return " ".join(named), cells[0][1], unit
    people = [(c, v) for c, v in cells[1:] if _last_word(c) in PEOPLE and v.casefold() not in _YES_NO]
    if len(people) == 1 and not gives_whole(said, people[0][1]):  # "plot: C-2; holder: Ann Lee", no flag
        return " ".join(column_words(people[0][0])[0]), people[0][1], ""
    found = _name_cell(cells, said)
    return found if found and found[1][:1].isupper() else None


def _name_cell(cells: list[tuple[str, str]], said: str) -> tuple[str, str, str] | None:
    """The row's cell that names its subject (``name``, ``title`` …), said with the subject, unless the
    question (``said``) gives it: "which tea" of a code's row asks its name ("The name of CT-152 is
    Golden Tip Reserve.")."""
    for column, value in _naming(cells):
        named, unit = column_words(column)
        if not gives_whole(said, value):
            return " ".join(named), value, unit
    return None


def which_thing(asked: list[str], named: set[str] = frozenset()) -> str | None:
    """The thing a question asks for by "which …" or "what … is/has/does …" ("event" of "Which event
    has …?" and of "What event is held …?"), past the names (``named``) that say whose ("plaque" of
    "which Stourbeck plaque …?"), the last of a few words before its verb ("member" of "which
    babysitting circle member is HBC-031?"), or None."""
    for at, word in enumerate(asked):
        if word == "which" or (word == "what" and asked[at + 2 : at + 3] and asked[at + 2] in _AUXILIARY):
            after = [w for w in asked[at + 1 :] if w not in FILLER]
            while len(after) > 1 and after[0] in named and after[1] not in named | _AUXILIARY:
                after = after[1:]
            run = asked[at + 1 : at + 1 + _HEAD_WORDS]
            verb = next((n for n, w in enumerate(run) if w in _AUXILIARY), 0)
            if (
                verb > 1
                and not _UNHEADED.intersection(run[:verb])
                and not any(  # "riders pony": whose
                    w.endswith("s") and not w.endswith("ss") for w in run[: verb - 1]
                )
            ):
                return run[verb - 1]  # a run of words before its verb, its last the head
            if after:
                return after[0]
    return None


_HEAD_WORDS = 4  # "which babysitting circle member is …": a run of words before its verb, the last its head
# words of a run that make no thing's name: "which events last year were …", "which rooms tomorrow are …"
_UNHEADED_TEXT = "year term month week today tomorrow tonight yesterday currently already still now next last"
_UNHEADED = FILLER | frozenset(_UNHEADED_TEXT.split())


def _asks_subject(thing: str, cells: list[tuple[str, str]]) -> bool:
    """Whether the thing a question asks "which …" of is the row's subject: its column's word ("which
    plot"), a kind of thing ("which part") or a word of what the row says it is ("which hose" of a
    hose assembly's row)."""
    said = words(" ".join([cells[0][0].replace("_", " "), *(value for _, value in _naming(cells))]))
    return thing in _KINDS or match_key(thing) in {match_key(w) for w in said}


def _specific(value: str) -> bool:
    """Whether a cell's value singles its row out: it has a digit, or a capitalized word that is no
    weekday, month or filler word ("Merchant's Yard", "FLOOR-2", "29.4"; not "yes", "Daily")."""
    return any(c.isdigit() for c in value) or any(
        w[0].isupper()
        and w.casefold() not in FILLER
        and w.casefold() not in ("daily", "weekly")
        and calendar(w.casefold()) is None
        for w in value.split()
    )


def looked_up(question: str, document: str, unique: Unique = lambda cell: False) -> str | None:
    """The answer from ``document``'s one cell that ``question`` asks for, as a sentence, or None
    when ``document`` is no table row, or the question names no column of it (nor only words of
    the row and one cell of the kind it asks for), or more than one; :data:`NO_ANSWER` when it asks
    a place's own measure of a place the row holds only in another column (its subject's town)."""
    cells = row_cells(document)
    if not cells or _time_unheld(question, cells):
        return None  # "Which runner has the 11:44 start time?" is no row starting at 11:26
    question = off_the_list(question, cells)  # "What's R-150 on the garage price list?" asks no price
    question = _kind_unsaid(question, cells)  # "What is part number HAL-DP-0913?" asks no ``parts``
    label = _label_keys(document)
    question = _filed_unsaid(question, cells, label)  # "Orlingham thatching estimate ORS-26-016"
    question = _MEANING.sub(r"What is \1?", question)  # "what does EN-03 mean?" asks what it is
    asking = _AFTER_LEAD.sub("", question)  # "A van … was seen outside the depot - who is its driver?"
    found = (asking != question and _asked_cell(asking, cells, label)) or _asked_cell(question, cells, label)
    if not found and (opponent := _opponent(question, cells)):
        return opponent  # "Who is the referee when they play?" asks the referee
    found = found or _covered_cell(question, cells, label) or _keyed_cell(question, cells, unique)
    doer = asks_who(question) and not _WHOSE.match(question)  # "Whose order …?" asks for no deed's doer
    if found and doer and _dated_deed(found) and _names_whole(question, cells):
        found = _doer(cells) or found  # "Who calibrates …?": the Technician, not "Last calibrated"
    elif found and asks_who(question):
        found = _someone_for(question, cells, found)
        found = found and _whole_name(cells, found)  # "Luca Marchetti", not "Luca" of ``first_name``
    if not found or (
        yes_or_no(question)
        and found[1].casefold() not in _YES_NO
        and not _has_column(question, cells, found[0])
    ):
        return None  # "Does Isobel have a greenhouse?" is not answered by her plot's number
    if _other_end(question, found[0]):
        return None  # "When does the tenancy end?" is not answered by "Tenancy start"
    if _of_another_place(question, cells, found):
        return NO_ANSWER  # the model reads "Lowen has a population of 310." into the row
    if _of_another_person(question, cells, found):
        return NO_ANSWER  # "the phone number of chauffeur Ned Polglaze" is no ``client.phone``
    if _of_another_event(question, cells, found):
        return NO_ANSWER  # "On what date was the order cancelled?" is no ``date_ordered``
    sentence = _said(cells, found)
    if _asks_where(question) and not fits(f"It is {found[1]}.", question):
        return None  # "where … collected from?" is not answered by the date of the row's code
    if asks_who(question) and len(found[1].split()) > _NAME_WORDS:
        return None  # "Who tutors the workshop?" is not answered by its description
    if asks_money(question) and _head(found[0].split()) in COUNTING:
        return None  # "how much extra to add a 9th player" is not answered by "Players: 4-8"
    if row_unnamed(sentence, question, [document]):
        return None  # "Where is the shop?" is not answered by one costume's rack
    return sentence if fits(sentence, question) else None


_WHICH = re.compile(r"\bwhich\b", re.IGNORECASE)  # "Which item comes with MCH-1202?" asks for the row


def _time_unheld(question: str, cells: list[tuple[str, str]]) -> bool:
    """Whether the question gives a time of day ("11:44") that no cell of the row holds: a time is
    as particular as a code, and the row is another's."""
    return not clock_times(question) <= set().union(*(clock_times(value) for _, value in cells))


# what a code means: "what does the code EN-03 mean?", "what does TSB stand for"
_MEANING = re.compile(
    r"^\s*what\s+(?:does|do)\s+(?:the\s+)?(?:code\s+)?(.+?)\s+(?:mean|stand\s+for)\s*\??\s*$", re.IGNORECASE
)
# where the question says it read the row: the document ("on the garage price list", "in your rate
# card"), its words before the list's ("garage") in its group
_ON_THE_LIST = re.compile(
    r"\s+(?:on|in|from)\s+(?:the|your|their|this)\s+((?:[\w'\u2019-]+\s+){0,2}?)"
    r"(?:(?:price|fees?)\s+)?(?:list|guide|sheet|rate card|brochure|leaflet)\b",
    re.IGNORECASE,
)


def off_the_list(question: str, cells: list[tuple[str, str]]) -> str:
    """The question without where it says it read the row, when its words before the list's kind
    name none of the row's columns: "on the garage price list" (or "fee list") names the document,
    no price; "on the trade price list" may name a ``Trade price`` column, and stays."""
    listed = _ON_THE_LIST.search(question)
    if not listed:
        return question
    columns = {match_key(w) for column, _ in cells for w in words(column.replace("_", " "))}
    if {match_key(w) for w in words(listed[1])} & columns:
        return question
    return question[: listed.start()] + question[listed.end() :]


def _kind_unsaid(question: str, cells: list[tuple[str, str]]) -> str:
    """The question without the kind it gives a code of the row where that kind is the code's own
    column's name: "What is part number HAL-DP-0913?" asks what HAL-DP-0913 is (``parts.1.part_no``),
    not the row's ``charges.parts``."""
    for column, value in cells:
        code = _written_at(value, question)
        named = column_words(column)[0]
        if not code or not is_code(value.strip().casefold()) or not named:
            continue
        kind = re.search(rf"(?:[\w.'’-]+\s+){{{len(named)}}}$", question[: code.start()])
        if kind and column_words(kind[0].strip())[0] == named:
            return question[: kind.start()] + question[code.start() :]
    return question


# the kind of value a question asks for, in its asking words: "what time" names no ``time`` column of
# its own where another column is named
_KIND_ASKED = re.compile(r"\b(?:what|which)\s+(time|date|day|year)\b", re.IGNORECASE)


def _written_at(value: str, question: str) -> re.Match[str] | None:
    """Where ``question`` writes a cell's ``value`` whole (case aside, no word or code going on)."""
    return re.search(rf"(?<![\w-]){re.escape(value.strip())}(?![\w-])", question, re.IGNORECASE)


def _filed_unsaid(question: str, cells: list[tuple[str, str]], label: set[str]) -> str:
    """The question without the words it writes just before a code of the row that are all its
    label's (``label``: their keys) and no column's whole name, which say whose file and what kind
    of row it is, no column:
    "What is Orlingham thatching estimate ORS-26-016?" of "Orlingham Reed & Spar Thatchers — Job
    Estimates" asks no ``Lead thatcher``."""
    codes, columns = identifiers(question), _one_word_columns(cells)
    for _, value in cells:
        code = _written_at(value, question)
        if not code or not codes & set(words(value)):
            continue
        lead = re.search(r"(?:[\w&'\u2019-]+\s+)+$", question[: code.start()])
        said = lead[0].split() if lead else []
        at = len(said)
        while at and (said[at - 1] == "&" or _filed_word(said[at - 1], label, columns)):
            at -= 1
        if at < len(said):  # "What is Orlingham thatching estimate ORS-26-016?": "What is ORS-26-016?"
            kept = " ".join([question[: lead.start()].strip(), *said[:at]]).strip()
            return f"{kept} {question[code.start() :]}".lstrip()
    return question


def _one_word_columns(cells: list[tuple[str, str]]) -> set[str]:
    """The keys of the row's columns named by one word ("Fund")."""
    named = [column_words(column)[0] for column, _ in cells]
    return {match_key(said[0]) for said in named if len(said) == 1}


def _filed_word(word: str, label: set[str], columns: set[str]) -> bool:
    """Whether a question's word is its row label's (keys in ``label``) and no column's whole name
    (keys in ``columns``): "fund GA-26" names the ``Fund``."""
    keys = {match_key(w) for w in words(word)}
    return bool(keys) and keys <= label and not keys & columns


def keyed_otherwise(question: str, documents: list[str]) -> bool:
    """Whether the question names a code that ``documents`` write only in table rows keyed by another
    code of its shape (the notes of MCH-1201's row: "shield MCH-1202"): they tell nothing of its own
    thing. A "which" question may ask for such a row ("Which item comes with MCH-1202?")."""
    if _WHICH.search(question):
        return False
    for code in identifiers(question):
        holding = [document for document in documents if code in words(document)]
        if holding and all(_key_beside(code, row_cells(document)) for document in holding):
            return True
    return False


def _key_beside(code: str, cells: list[tuple[str, str]] | None) -> bool:
    """Whether a row's key (its first cell) is a code of ``code``'s shape, but another."""
    key = words(cells[0][1]) if cells else []
    return (
        len(key) == 1
        and key[0] != code
        and bool(_LETTERED.match(key[0]))
        and _code_shape(key[0]) == _code_shape(code)
    )


_LETTERED = re.compile(r"[a-z]+\d")  # a code that opens with letters ("mch1201", "r5"), no time ("2pm")


def row_unnamed(sentence: str, question: str, documents: list[str]) -> bool:
    """Whether ``sentence`` tells of a row by its code, of ``documents``' rows keyed by it, that the
    question picks out by neither that code nor a word of its name, nor by another of its cells
    given whole: "MCH-1033 costs 29.0." of a beaded flapper dress, for "what's the fee if I bring a
    costume back late"; "The rack of MCH-1001 is R3." for "Where is the shop?". A "which" question
    asks for the row."""
    if _WHICH.search(question):
        return False
    asked = words(question)
    said, keys = f" {' '.join(asked)} ", set(asked) - FILLER
    for code in sorted(code for code in identifiers(sentence) - set(asked) if _LETTERED.match(code)):
        cells = next(
            (
                cells
                for document in documents
                if (cells := row_cells(document)) and words(cells[0][1]) == [code]
            ),
            None,
        )
        naming = _naming(cells) if cells else []
        picked = bool(cells) and any(_specific(value) and gives_whole(said, value) for _, value in cells[1:])
        if naming and not picked and not any(set(words(value)) & keys for _, value in naming):
            return True
    return False


def _code_shape(code: str) -> str:
    """A code with each figure as 9: "mch1202" and "mch1201" are codes of one shape."""
    return re.sub(r"\d", "9", code)


def _opponent(question: str, cells: list[tuple[str, str]]) -> str | None:
    """The other side of a fixture whose one side the question names whole, asked who it plays: "Who
    do the Quizzly Bears play on 24 Feb 2026?" of ``Home team: Agatha Quiztie; Away team: Quizzly
    Bears`` is "Quizzly Bears play Agatha Quiztie (home team).". The sides are the columns named
    only by "home" or "away" and a word for a side ("Home team", not "Home score")."""
    if not _PLAYING.search(question) or not (asks_who(question) or _WHICH_SIDE.search(question)):
        return None  # "Where do they play?" asks the venue
    sides = [(column, value) for column, value in cells if _side(column)]
    said = f" {' '.join(words(question))} "
    given = [at for at, (_, value) in enumerate(sides) if gives_whole(said, value)]
    if len(sides) != 2 or len(given) != 1:
        return None
    column, other = sides[1 - given[0]]
    return f"{sides[given[0]][1]} play {other} ({' '.join(column_words(column)[0])})."


def _side(column: str) -> bool:
    """Whether a column names a fixture's side: "Home team", "Away", ``away_club``."""
    named = set(column_words(column)[0])
    return bool(named & _SIDES) and named <= _SIDES | _SIDE_WORDS


_PLAYING = re.compile(r"\b(?:play|plays|playing|against|face|faces|facing|opponents?)\b", re.IGNORECASE)
_SIDES = frozenset({"home", "away"})  # a fixture's two sides
_SIDE_WORDS = frozenset({"team", "side", "club", "player", "players", "pair"})
_WHICH_SIDE = re.compile(r"\bwhich (?:team|side|club|opponents?)\b", re.IGNORECASE)


def _asks_where(question: str) -> bool:
    """Whether ``question`` opens with "where"."""
    return question.lstrip().casefold().startswith("where")


def _someone_for(
    question: str, cells: list[tuple[str, str]], found: tuple[str, str, str]
) -> tuple[str, str, str] | None:
    """For "who", the cell that names someone: asked whose the row is ("Whose repair ticket is
    WS-4103?", "Who is it for?"), the row's person the question does not name (its customer, not its
    ``repair``, whatever column the question says: "order" of ``date_ordered``); ``found`` where it
    names someone (a dated deed's cell, "Last calibrated", is :func:`_doer`'s to judge); none where
    the question says the found column as its verb ("Who repaired WS-4103?" asks a repairer the row
    does not have); else ``found`` ("Who is Ada Quill?": her title)."""
    said = f" {' '.join(words(question))} "
    if _WHOSE.match(question):  # whatever column it names: "Whose order is …?" of ``date_ordered``
        person = _person_cell(cells, said)
        return person if person and not gives_whole(said, person[1]) else found
    if _dated_deed(found) or _of_someone(found[0].split()) or _a_name(found[1]):
        return found
    verbs = {stem(w) for w in words(question) if w not in found[0].split()}  # "repaired" of ``repair``
    return None if stem(_head(found[0].split())) in verbs else found


# "Whose ticket …", "Who is … for?" (not "Who is the accompanist for Saoirse's exam?": the accompanist)
_WHOSE = re.compile(
    r"^\s*(?:whose\b|who\b.*\bfor(?:\W+(?:please|tonight|today|tomorrow|(?:on|at|in)\b.*))?\W*$)",
    re.IGNORECASE,
)
# the columns that hold a part of someone's name: ``first_name``, ``Forename``; ``surname``, ``Last name``
_GIVEN_NAME = re.compile(r"^(?:(?:first|given|christian)[ _]?names?|forenames?)$", re.IGNORECASE)
_FAMILY_NAME = re.compile(r"^(?:(?:last|family)[ _]?names?|surnames?)$", re.IGNORECASE)


def _whole_name(cells: list[tuple[str, str]], found: tuple[str, str, str]) -> tuple[str, str, str]:
    """For "who", someone's whole name where the row writes it in two columns ("Luca Marchetti" of
    ``first_name`` and ``surname``; not "first_reader" and "last_reader"); else ``found``."""
    parts = [
        [value for column, value in cells if value.strip() and part.match(column.strip())]
        for part in (_GIVEN_NAME, _FAMILY_NAME)
    ]
    column = found[0].strip()
    if not (_GIVEN_NAME.match(column) or _FAMILY_NAME.match(column)) or any(len(p) != 1 for p in parts):
        return found
    return "name", f"{parts[0][0]} {parts[1][0]}", found[2]


def _a_name(value: str) -> bool:
    """Whether a cell reads as someone's name: each of its words capitalised ("Sophie Marchbank", not
    "Strap re-stitch" nor "Leather handbag")."""
    named = [w for w in value.split() if w[:1].isalpha()]
    return bool(named) and all(w[:1].isupper() for w in named)


def _other_end(question: str, column: str) -> bool:
    """Whether the question asks one end of a span and the column is named for the other only."""
    asked, named = set(words(question)), set(column.split())
    return any(asked & end and named & other and not named & end for end, other in SPAN_ENDS)


def _of_another_place(question: str, cells: list[tuple[str, str]], cell: tuple[str, str, str]) -> bool:
    """Whether the question asks a place's own measure (population, area, height …) of a place the
    row only holds in another column (the island's main town), not of the row's subject: "How many
    people live in Lowen?" over ``island: Tessell Beg; main_town: Lowen; population: 310``."""
    if not _OWN_MEASURES & set(cell[0].split()):
        return False
    asked = words(question)
    said, keys = f" {' '.join(asked)} ", {match_key(w) for w in asked}
    subject_column, subject = cells[0]
    if gives_whole(said, subject) or keys & {match_key(w) for w in column_words(subject_column)[0]}:
        return False  # "the island whose main town is Lowen" asks the island's
    return any(
        _PLACES & set(column_words(column)[0]) and gives_whole(said, value) for column, value in cells[1:]
    )


_NAMES_RECORD = frozenset({"name", "title"})  # a column naming the record itself ("stable_name: Percy")


def _of_another_person(question: str, cells: list[tuple[str, str]], cell: tuple[str, str, str]) -> bool:
    """Whether the asked cell belongs to one part of a record that has a name of its own (``client.phone``
    beside ``client.name``) and the question names, by its column's word, someone the record holds
    only outside that part ("What is the phone number of chauffeur Ned Polglaze?" over ``client.name:
    Callum Pascoe; client.phone: …; chauffeur: Ned Polglaze``)."""
    owner = _column_named(cells, cell[0], "").rpartition(".")[0]
    said = f" {' '.join(words(question))} "
    named = {c: gives_whole(said, value) for c, value in cells[1:] if name_words(value)}
    naming = {c for c in named if _NAMES_RECORD & set(column_words(c)[0])}
    own = [c for c in naming if c.startswith(f"{owner}.")]  # the part's own name: ``client.name``
    asked = {match_key(w) for w in words(question)}
    others = [  # someone the question calls by the column's word: "chauffeur Ned Polglaze"
        c for c in named if not c.startswith(f"{owner}.") and c not in naming and _column_keys(c) & asked
    ]
    return bool(owner and own) and any(named[c] for c in others) and not any(named[c] for c in own)


def _of_another_event(question: str, cells: list[tuple[str, str]], cell: tuple[str, str, str]) -> bool:
    """Whether the asked cell is named for one event (``date_ordered``) and the question asks of
    another that the row's status says happened ("Cancelled"), which it gives no cell of (a name
    such as "Alfred" is none)."""
    named = {stem(w) for w in cell[0].split()}
    if not any(w.endswith("ed") for w in cell[0].split()) or not (asks_when(question) or "date" in cell[0]):
        return False  # a row's plain ``date`` dates all it says; a ``quantity_received`` is no date
    events = {w for w in words(question) if w.endswith("ed") and len(w) > _EVENT_CHARS} - name_words(question)
    states = {w for column, value in cells if _last_word(column) in _STATES for w in words(value)}
    return any(stem(w) not in named and w in states for w in events)


_EVENT_CHARS = 4  # a past participle that names an event: "cancelled", "returned" (not "used", "red")
_STATES = frozenset({"status", "state", "stage", "outcome", "result"})  # what happened to a row's thing


def _said(cells: list[tuple[str, str]], cell: tuple[str, str, str]) -> str:
    """The asked ``cell`` (column words, value, unit) said as a sentence with the row's subject."""
    column, value, unit = cell
    if unit and column.endswith(" per"):  # "community rate per" of "Community rate per hour"
        column, value, unit = column[: -len(" per")], f"{with_unit(value, '')} per {unit}", ""
    if UNIT.get(unit) == "duration" and (  # "Full day: £46", "Delivery day: Wednesday": no days
        value.lstrip().startswith(tuple(_MARKS)) or not any(c.isdigit() for c in value)
    ):
        column, unit = f"{column} {unit}", ""
    subject, measured = _spoken_subject(cells), with_unit(value, unit)
    named = _column_named(cells, column, column)
    if any(is_code(word) for word in column.split()):  # a table of models side by side: "TW-300"
        return f"The {subject} of {named} is {measured}."
    if _days_only(column):  # "IB-125: \u00a3150 (Fri\u2013Sun & bank holidays).", not "The fri to sun … of"
        return f"{subject}: {measured} ({named})."
    if column.split()[0] == "per":  # ``per_kg``: "ORW-S201: 29.80 per kg.", not "The per kg of …"
        return f"{subject}: {measured} {column}."
    if column.split()[-1] in FILLER:  # "baked by", "tickets from": said before the value
        return f"{subject}: {column} {measured}."
    if column.split()[-1] in _NOTES:  # a note is no thing the row has: "EHS-PSU-012: Gives 14.1 V …"
        return f"{subject}: {measured.rstrip('.')}."
    whose = "" if subject == value else f" of {subject}"
    if value.casefold() in _YES_NO:  # "has Kasimir got a shed": not "The shed of C-2 is yes."
        return f"{column.capitalize()}{whose}: {value}."
    several = column.endswith("s") and ("," in value or " and " in value)  # "The colours … are"
    return f"The {column}{whose} {'are' if several else 'is'} {measured}."


def _column_named(cells: list[tuple[str, str]], said: str, default: str) -> str:
    """The column of a row whose words are ``said`` (a cell's column as :func:`column_words` says it,
    "fri to sun bank holidays"), as the row writes it ("Fri\u2013Sun & bank holidays"); else ``default``."""
    return next((column for column, _ in cells if " ".join(column_words(column)[0]) == said), default)


def _days_only(column: str) -> bool:
    """Whether a column's words name days of the week and nothing else ("mon to thu", "fri to sun bank
    holidays"; not "weekend hire")."""
    said = column.split()
    days = [w for w in said if (calendar(w) or WEEKEND_SHORT.get(w)) in WEEKDAYS]
    return bool(days) and all(w in days or w in _DAY_JOINS for w in said)


_DAY_JOINS = frozenset({"to", "and", "bank", "holiday", "holidays"})


def _spoken_subject(cells: list[tuple[str, str]]) -> str:
    """What a row is said to be about: its first cell, or, when that is a bare number (a league
    table's position, a list's "No."), the first cell that reads as a name ("The captain of Wendle
    Moor is …", not "The captain of 12 is …")."""
    first = cells[0][1]
    if not (first.isdigit() and len(first) <= 3):
        return first
    names = (v for _, v in cells[1:] if v[:1].isupper() and not any(c.isdigit() for c in v))
    return next(names, first)
