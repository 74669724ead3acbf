"""A question about one table row, answered from the row when the question names one of its columns.

Ingestion writes a table row (CSV, TSV, Excel, JSON records) as ``file — column: value; …``
(:func:`ingest.text.table_row`). Asked about such a row, the 135M model often answers with the
wrong cell: "Which island's ferry port is Skellow Slip?" → "The ferry port is Skellow Slip.", "Who
is the supplier of the fuel injector nozzle?" → "KX-2074 is the supplier …". A reader of the table
looks up the column the question names instead, and so does this: exactly one column whose head
word ("supplier", "town" of ``main_town``, "area" of ``area_km2``) the question says (or means:
"How heavy …?" asks for a weight, "How big …?" an area or size, "How many people …?" a
population), leaving out the columns whose values the question already gives (its conditions:
"Skellow Slip"). Anything else (no such column, or two) is left to the model. Example::

    looked_up("Which island's ferry port is Skellow Slip?",
              "islands.csv — island: Kilvara; main_town: Skellow; ferry_port: Skellow Slip")
    # 'The island is Kilvara.'
"""

from __future__ import annotations

import re

from chatbot.rag.answer_kind import UNIT, fits
from chatbot.rag.grounding import stem
from ingest.text import ROW_SEPARATOR
from vectorstore.words import FILLER, words

_LABEL = re.compile(r"^[\w .()-]+\.\w{2,5}(?: › [^—;]+)?$")  # "islands.csv", "stock.xlsx › Parts"
# unit suffixes of column names: "area_km2", "weight_kg", "price_eur" (the value's unit, said after it)
_UNITS = {*UNIT, "km2", "m2", "eur", "usd", "gbp", "chf", "pct", "percent", "mins", "hrs", "secs"}
# what a question asks with an adjective or a verb, as a column names it: "How heavy …?" → weight
_MEASURED = {
    "heavy": "weight", "weigh": "weight", "weighs": "weight", "big": "area size", "large": "area size",
    "high": "height", "tall": "height", "deep": "depth", "long": "length", "wide": "width",
    "old": "age", "far": "distance", "fast": "speed", "cost": "price", "costs": "price",
    "people": "population", "inhabitants": "population", "residents": "population",
}  # fmt: skip


def row_cells(document: str) -> list[tuple[str, str]] | None:
    """The (column, value) cells of a table-row document, or None for any other document."""
    label, separator, body = document.partition(ROW_SEPARATOR)
    if not separator or not _LABEL.match(label):
        return None
    cells = [cell.partition(": ") for cell in body.split("; ")]
    if not all(sep and column and value for column, sep, value in cells):
        return None
    return [(column, value) for column, _, value in cells]


def about_row(question: str, document: str) -> bool:
    """Whether ``question`` can be about ``document``'s row (True when it is no table row): it says a
    word of one of the row's cells, and it does not name the row's subject only in part beside a word
    the row lacks. The row the vectors find nearest is often not the one asked about: "How much is a
    baguette?" is not about the sourdough loaf's row, "a chocolate croissant" not the almond one's,
    "Tessell Minor" not Tessell Beg's; the model would give their values."""
    cells = row_cells(document)
    if cells is None:
        return True
    said = {stem(w) for _, value in cells for w in words(value) if w not in FILLER}
    asked = words(question)
    return any(stem(w) in said and w not in FILLER for w in asked) and not _other_subject(asked, cells)


def _other_subject(asked: list[str], cells: list[tuple[str, str]]) -> bool:
    """Whether the question's words say part of the row's subject (its first cell) next to a word no
    cell or column of the row says: the name of another thing of the same kind."""
    subject = {stem(w) for w in words(cells[0][1])}
    at = [i for i, word in enumerate(asked) if stem(word) in subject]
    if not at or {stem(asked[i]) for i in at} == subject:
        return False
    known = {stem(w) for column, value in cells for w in words(f"{column.replace('_', ' ')} {value}")}
    beside = [asked[i] for i in (at[0] - 1, at[-1] + 1) if 0 <= i < len(asked)]
    return any(w not in FILLER and stem(w) not in known and not any(c.isdigit() for c in w) for w in beside)


def _column_words(column: str) -> tuple[list[str], str]:
    """A column's words (a JSON path's last key) and its unit suffix: ``area_km2`` → (["area"], "km2"),
    ``dimensions.width_mm`` → (["width"], "mm")."""
    said = words(column.rsplit(".", 1)[-1].replace("_", " "))
    unit = said[-1] if len(said) > 1 and said[-1] in _UNITS else ""
    return (said[:-1] if unit else said), unit


def looked_up(question: str, document: str) -> str | None:
    """The answer from ``document``'s one cell that ``question`` asks for, as a sentence, or None
    when ``document`` is no table row or the question names no column of it, or more than one."""
    cells = row_cells(document)
    if not cells:
        return None
    asked = words(question)
    meant = [w for word in asked for w in [word, *_MEASURED.get(word, "").split()]]
    stems, said = {stem(w) for w in meant if w not in FILLER}, f" {' '.join(asked)} "
    found = []
    for column, value in cells:
        named, unit = _column_words(column)
        if named and stem(named[-1]) in stems and f" {' '.join(words(value))} " not in said:
            found.append((" ".join(named), value, unit))
    if len(found) != 1:
        return None
    column, value, unit = found[0]
    subject = cells[0][1]
    whose = "" if subject == value else f" of {subject}"
    sentence = f"The {column}{whose} is {value}{' ' + unit if unit else ''}."
    return sentence if fits(sentence, question) else None
