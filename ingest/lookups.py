"""A workbook's lookup sheet: the codes its other sheets write, named where they stand.

A results sheet writes each run's class as "OP" and a sheet of classes says "Class code: OP; Class:
Open"; a row read on its own never says Open, and "which dog scored 104 in the Open?" finds nothing.
A lookup is a sheet's column of distinct short codes headed as codes of a thing ("Class code", "Hut
ref") beside a column headed by that thing ("Class"); a cell of another sheet under either heading
that holds one of its codes gets the name beside it (a bare "ID" beside "Name" codes nothing another
sheet's "ID" is sure to mean). Example::

    keys = lookups([[[("Class code", "OP"), ("Class", "Open")], [("Class code", "NV"), ("Class", "Novice")]]])
    with_names([("Run", "9"), ("Class", "OP")], keys)   # [('Run', '9'), ('Class', 'OP (Open)')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable

Cells = list[tuple[str, str]]  # a row's (column, value) pairs, as ingest.objects writes them

_CODE_WORDS = frozenset({"code", "id", "ref", "reference", "key", "abbreviation", "abbr", "short"})
_CODE = re.compile(r"[A-Za-z0-9][\w/-]{0,7}")  # one short word: "OP", "NV", "C-12"
MAX_ROWS = 500  # a sheet of more rows is data, not a lookup (and is not held in memory for one)


def lookups(sheets: Iterable[Iterable[Cells]]) -> dict[str, dict[str, str]]:
    """The codes each lookup sheet names, by the headings a cell of another sheet may stand under
    ("class" and "class code" → {"OP": "Open", …})."""
    found: dict[str, dict[str, str]] = {}
    for rows in sheets:
        table = []
        for cells in rows:
            table.append(dict(cells))
            if len(table) > MAX_ROWS:
                break
        else:
            found |= _lookup(table)
    return found


def _lookup(table: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    """The one sheet's codes by its headings (see :func:`lookups`), or none."""
    if len(table) < 2:
        return {}
    for code in table[0]:
        said = _words(code)
        values = [row.get(code, "") for row in table]
        if not said & _CODE_WORDS or not all(map(_CODE.fullmatch, values)) or len(set(values)) < len(values):
            continue
        thing = said - _CODE_WORDS  # what the codes are of: "Class code" codes classes (a bare "ID" nothing)
        for name in table[0]:
            if name != code and thing and _words(name) == thing and all(row.get(name) for row in table):
                codes = {row[code]: row[name] for row in table}
                return {_key(code): codes, _key(name): codes}
    return {}


def with_names(cells: Cells, keys: dict[str, dict[str, str]]) -> Cells:
    """A row's cells, each code a lookup names (under a heading of its) with its name beside it,
    unless the row says the name already (the lookup's own row)."""
    said = {value for _, value in cells}
    return [
        (column, f"{value} ({name})")
        if (name := keys.get(_key(column), {}).get(value)) and name not in said
        else (column, value)
        for column, value in cells
    ]


def _words(heading: str) -> set[str]:
    """A heading's words, lower case ("Class code" → {"class", "code"})."""
    return set(re.findall(r"[a-z]+", heading.casefold()))


def _key(heading: str) -> str:
    """A heading as a lookup is keyed, its words in order however written ("Class Code", "code_class")."""
    return " ".join(sorted(_words(heading)))
