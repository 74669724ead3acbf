"""Tables in plain text whose columns are lined up with spaces under a header line.

A register or log typed in a text file or an e-mail sets its cells in columns::

    Ref       Location                                  Guardian
    OW-DF01   Village Hall, Church Lane (front wall)    Gillian Rowntree
    OW-DF02   The Wheatsheaf, Ferry Road (car park)     Owen Castellan

Read as lines, a row's cells lose their columns ("OW-DF01, Village Hall, Church Lane (front wall),
Gillian Rowntree") and a cell's own commas run into the gaps between cells: no reader can tell which
value is the guardian. Each row becomes the header's (column, value) cells instead, as a CSV file's
row does. A cell's start says its column (a value may stand a little left of its header, set right);
an indented line under a row with nothing in the first column goes on with that row's cells (a long
note wrapped under its column).
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

_CELL = re.compile(r"\S+(?: \S+)*")  # words parted by single spaces: a gap of two or more parts cells
_SLACK = 2  # a value set right may start this many characters before its column's header
_MOST_HEADER_WORDS = 4  # a header's cell is a column's short name ("Pads expire", "Serial no.")


class AlignedTable(NamedTuple):
    """A table found in a paragraph's lines: the caption lines above its header, its rows as
    (column, value) cells, and the lines after it that are no row of it."""

    caption: list[str]
    rows: list[list[tuple[str, str]]]
    after: list[str]


def aligned_table(lines: list[str]) -> AlignedTable | None:
    """The table of a paragraph with a header line of three or more columns (under caption lines:
    a title, "For 2026-27 the groups are:") and whose next lines (two or more rows) set their cells
    under its columns, figures in one column at least where its header has none; else None. The
    blank lines that rules drawn across it leave ("-----" under the header, over a total:
    :mod:`ingest.text` takes them out) are no lines of it."""
    lines = [line for line in lines if line.strip()]
    for at in range(max(0, len(lines) - 2)):
        header = _cornered(_cells(lines[at]), _cells(lines[at + 1]))
        if not _is_header(header):
            continue
        starts = [start for start, _ in header]
        rows: list[dict[int, str]] = []
        end = at + 1
        while end < len(lines) and (row := _row(lines[end], starts, rows[-1] if rows else None)) is not None:
            if row.pop(-1, None) is None:  # a row of its own
                rows.append(row)
            else:  # a column's words wrapped under the row above go on with its cells
                _wrap_into(rows[-1], row, lines[end], starts)
            end += 1
        if len(rows) >= 2 and _figured(rows, [name for _, name in header]):
            names = [name for _, name in header]
            cells = [[(names[c], row[c]) for c in sorted(row)] for row in rows]
            return AlignedTable(lines[:at], cells, lines[end:])
    return None


def _cells(line: str) -> list[tuple[int, str]]:
    """A line's cells with where each starts (tabs set at every eighth column)."""
    return [(match.start(), match.group()) for match in _CELL.finditer(line.expandtabs())]


def _cornered(header: list[tuple[int, str]], first: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A header's cells, with its blank corner's column named as a CSV's empty one is ("column 1") where
    the first row's label stands wholly left of the header's first cell: a timetable's days under
    nothing, its columns "SHOP", "POST OFFICE" to their right."""
    if len(header) < 2 or not first or first[0][0] + len(first[0][1]) + _SLACK > header[0][0]:
        return header
    return [(first[0][0], CORNER), *header]


CORNER = "column 1"  # the name of a blank corner's column


def _is_header(cells: list[tuple[int, str]]) -> bool:
    """Whether a line's cells may name columns: three or more, each a few words opening with a
    letter, none with a digit but one name of three words or more ("Age on 3 Aug"; a row of values
    has digits: "MP1   Start/finish gate   - Dave")."""
    names = [name for _, name in cells if name != CORNER]
    figured = [name for name in names if _has_figure(name)]
    return (
        len(cells) >= 3
        and all(name[0].isalpha() and len(name.split()) <= _MOST_HEADER_WORDS for name in names)
        and (not figured or (len(figured) == 1 and len(figured[0].split()) >= 3))
    )


def _has_figure(text: str) -> bool:
    """Whether the text holds a digit."""
    return any(c.isdigit() for c in text)


def _figured(rows: list[dict[int, str]], names: list[str]) -> bool:
    """Whether some column's values all hold a figure, which its name does not: the line names the
    columns, it is no first row ("Chair   Margaret Hale   margaret@club.org" over the treasurer's
    line is a list, not a table of chairs)."""
    return any(
        not _has_figure(name) and all(_has_figure(row.get(column, "x")) for row in rows)
        for column, name in enumerate(names)
    )


def _goes_on(row: dict[int, str], above: dict[int, str]) -> bool:
    """Whether a line with nothing in the first column goes on with the row above: each of its cells
    under a cell left open there ("Silver (walk/trot/" over "canter, small jumps)")."""
    return 0 not in row and all(_is_open(above.get(column, "")) for column in row)


def _is_open(cell: str) -> bool:
    """Whether a cell's words break off: a bracket left open, or a last word that joins on (not a
    lone "-", an empty cell's mark)."""
    joins = cell.endswith((",", "/", "&", " and", " or")) or (cell.endswith("-") and cell[-2:-1].isalpha())
    return cell.count("(") > cell.count(")") or joins


def _wrap_into(above: dict[int, str], row: dict[int, str], line: str, starts: list[int]) -> None:
    """The words of a wrapped ``line`` put after the cells of the row above; a bracket it closes
    for one cell, with more words after it under the next column, left open, leaves them to that
    column ("canter, small jumps) Connemara cross)" under "Silver (walk/trot/" and "Biscuit
    (13.2hh")."""
    for column, value in row.items():
        cell = above.get(column, "")
        shut = _shut_at(cell, value)
        spill = column + 1
        if shut is not None and spill not in row and _is_open(above.get(spill, "")):
            rest = value[shut:].lstrip()
            if line.expandtabs().find(rest) >= starts[spill] - _SLACK:
                value, above[spill] = value[:shut].rstrip(), f"{above[spill]} {rest}"
        above[column] = f"{cell} {value}".lstrip()


def _shut_at(cell: str, value: str) -> int | None:
    """Where in ``value`` the bracket ``cell`` left open is closed, with words after it; else None."""
    depth = cell.count("(") - cell.count(")")
    for at, char in enumerate(value):
        depth += (char == "(") - (char == ")")
        if depth == 0 and char == ")":
            return at + 1 if value[at + 1 :].strip() else None
    return None


def _row(line: str, starts: list[int], above: dict[int, str] | None) -> dict[int, str] | None:
    """A line's values by column number when it sets them under the header's columns (``starts``):
    a row (its first cell may be left blank, as a log leaves a repeated date), or, under a row
    (``above``), one cell's words alone under a later column, or words under cells it left open,
    going on with it (marked by the key -1); None for a line of another kind."""
    whole = _cells(line)
    parted = [part for cell in whole for part in _parted(cell, starts)]
    if len(whole) == 1 and whole[0][0] == starts[0] and len(parted) < len(starts):
        return None  # one run of words from the first column, short of the last: a note under the table
    for cells in (parted, whole):  # a part under another cell's column: the cell was whole
        columns = [_column(start, starts) for start, _ in cells]
        if cells and columns == sorted(set(columns)):
            break
    else:
        return None  # two values under one column: prose, not a row
    values = {column: value for column, (_, value) in zip(columns, cells, strict=True)}
    lined_up = sum(any(abs(start - s) <= _SLACK for s in starts[1:]) for start, _ in cells[1:])
    if cells[0][0] == starts[0]:
        return values if len(cells) >= 2 and lined_up >= min(2, len(cells) - 1) else None
    if columns[0] == 0 or not any(abs(cells[0][0] - s) <= _SLACK for s in starts[1:]):
        return None
    if len(cells) >= 2 and lined_up == len(cells):
        return values  # "            OW-DF05   All in order", "           Total   £15.50": rows of their own
    wrapped = len(cells) == 1 or (lined_up == len(cells) - 1 and _goes_on(values, above or {}))
    return {**values, -1: ""} if above is not None and wrapped else None


def _parted(cell: tuple[int, str], starts: list[int]) -> list[tuple[int, str]]:
    """A cell parted where a word of it starts right under a column's header: a value that ran up to
    the next column left one space before it ("Worktop option B - quartz, 30 mm, Pale Flint
    WT-QTZ-3030", its part number under "Part no."); never within a phrase, after a word that joins
    on, nor within a date ("BALANCE DUE by Friday 10 July 2026" under a total's line)."""
    start, text = cell
    cuts = [at - start for at in starts if start < at < start + len(text) and text[at - start - 1] == " "]
    if len(cuts) >= 2:  # a line of words run across the table ("Studio A 18:00" is two cells)
        cuts = [at for at in cuts if not _within_phrase(text, at)]
    bounds = [0, *cuts, len(text)]
    parts = [(start + a, text[a:b].strip()) for a, b in itertools.pairwise(bounds)]
    return [(at, part) for at, part in parts if part]


def _within_phrase(text: str, at: int) -> bool:
    """Whether ``text`` goes on across ``at``: the word before joins on ("by", "of"), or a date spans it."""
    last = text[:at].split()[-1].casefold() if text[:at].split() else ""
    return last in _JOINING or any(date.start() < at < date.end() for date in _DATE.finditer(text))


_JOINING = frozenset({"by", "of", "the", "a", "an", "to", "and", "or", "for", "in", "on", "at", "from"})
_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? \d{4}\b", re.I
)


def _column(start: int, starts: list[int]) -> int:
    """The number of the column a cell starting at ``start`` stands under."""
    return max(number for number, column in enumerate(starts) if column <= start + _SLACK or number == 0)
