"""Excel workbooks (.xlsx) as table rows, sheet by sheet, like CSV files.

Each worksheet's first row of two cells or more is its header (the lines of one cell above it are
the sheet's title, as people write a register's name over its table); every later row with a value
becomes one line naming the workbook (the sheet, when there are several; the title) and its
columns, as a CSV row does (:mod:`ingest.text` writes the line). Cells hold what Excel last
calculated (a formula's value, not its text); numbers are written as people read them ("960", not
"960.0"; "£112.50" where the cell is formatted as pounds, "12%" as a percentage), dates as their
format shows them with the date in words ("02/10/2025 (2 October 2025)"), or as ISO dates. Read with
``openpyxl`` in read-only mode, so a sheet of many thousand rows streams. Example::

    next(xlsx_rows(Path("islands.xlsx")))   # one sheet, no title over its header
    # (None, '', [('island', 'Kilvaro'), ('population', '4820')])
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
from openpyxl.cell.cell import Cell
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from common.errors import SourceError
from ingest.dates import spelled
from ingest.lookups import lookups, with_names
from ingest.separators import PATH_SEPARATOR

# a number format's currency ('"£"#,##0.00', '[$€-407]#,##0.00', '$#,##0') and decimal places
_CURRENCY = re.compile(r"[£$€¥]")
_DECIMALS = re.compile(r"0\.(0+)")
# a date format's parts: day, month and year by number or name ("dd/mm/yyyy", "d mmm yy"), what
# stands between them, and the locale or colour in brackets that leads some formats ("[$-809]")
_DATE_PART = re.compile(r"d{1,2}|m{1,4}|y{4}|y{2}|[ /.,-]+|\[[^]]*\]")
_NOTE_WORDS = 5  # a lone cell of so many words under a table is a note, not a value
_TITLE_LINES = 3  # at most so many one-cell lines over a sheet's header are its title
_TITLE_WORDS = 12  # a longer line over a header, or one of parts ("as at 14 Feb | coordinator: …"), is a note
_NAME_WORDS = 4  # a column's name has at most so many words
_PREAMBLE_LINES = 3  # at most so many lines of parts ("Prices valid from | 01/03/2026") over a header
NOTE = ""  # the column of a note's one cell (no header names a column so: an empty one is "column N")


def cell_text(value: object, number_format: str = "General") -> str:
    """A cell's value as a person reads it: whole numbers without ".0", money and percentages as
    their ``number_format`` shows them, dates as ISO dates, times as HH:MM, yes/no for booleans,
    text with its white space collapsed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float) and (shown := _formatted(value, number_format)):
        return shown
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime) and value.time() != dt.time():
        return value.isoformat(" ", "minutes")
    if isinstance(value, dt.date):
        day = value.date() if isinstance(value, dt.datetime) else value
        return _date_shown(day, number_format) or day.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat("minutes")
    return " ".join(str(value).split())


def _formatted(value: float, number_format: str) -> str | None:
    """A number as a money or percentage format shows it ("£112.50", "12.5%"), else None. By hand:
    openpyxl reads formats but does not apply them, and only these two change what a value means."""
    shown = number_format.split(";")[0]  # the format of positive numbers
    decimals = len(match.group(1)) if (match := _DECIMALS.search(shown)) else 0
    if shown.endswith("%"):
        return f"{value * 100:.{decimals}f}%"
    if currency := _CURRENCY.search(shown):
        grouped = "," if "#,##" in shown else ""
        return f"{currency.group(0)}{value:{grouped}.{decimals}f}"
    return None


def _date_shown(day: dt.date, number_format: str) -> str | None:
    """A date as a format of days, months and years shows it, with the date in words unless the
    month is a name ("02/10/2025 (2 October 2025)", "2 Oct 2025"); None for another format. By
    hand, as :func:`_formatted`."""
    parts = _DATE_PART.findall(number_format.casefold())
    if "".join(parts) != number_format.casefold() or not {"d", "m", "y"} <= {p[0] for p in parts}:
        return None
    month = day.strftime("%B")
    shown = {"d": str(day.day), "dd": f"{day.day:02}", "m": str(day.month), "mm": f"{day.month:02}"}
    shown |= {"mmm": month[:3], "mmmm": month, "yy": f"{day.year % 100:02}", "yyyy": str(day.year)}
    text = "".join(shown.get(part, "" if part.startswith("[") else part) for part in parts).strip()
    return text if any(len(part) > 2 and part[0] == "m" for part in parts) else f"{text} ({spelled(day)})"


def _workbook(path: Path) -> openpyxl.Workbook:
    """The workbook, or a SourceError saying it is not one."""
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise SourceError(f"{path.name}: not a readable Excel workbook ({exc})") from exc


def sheet_rows(rows: Iterator[tuple[Cell, ...]]) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """Each data row of one sheet as its title ("" without one) and (column, value) pairs, after
    its header row. A sheet of one column has no title: its first line heads it. A second table
    set under the first, after a blank line or a note, is read under its own header."""
    lines, title, cells = _filled(rows), [], None
    for cells in lines:
        if cells is None:
            continue
        if sum(map(bool, cells)) > 1 or len(title) == _TITLE_LINES:
            break
        title.append(cells)
    else:
        cells = None  # the sheet ended within its first lines
    if cells is not None and sum(map(bool, cells)) > 1:
        preamble, cells, lines = _past_preamble(cells, lines)
        heading, notes = _title_and_notes(title + preamble)
        for note in notes:
            yield heading, [(NOTE, note)]
        yield from _tables(heading, _header(cells), lines)
    elif title:
        header = _header(title[0])
        for line in itertools.chain(title[1:], [cells] if cells else [], lines):
            if line is not None:
                yield "", _zipped(header, line)


def _past_preamble(
    first: list[str], lines: Iterator[list[str] | None]
) -> tuple[list[list[str]], list[str], Iterator[list[str] | None]]:
    """The lines of parts over a sheet's header (each one text: "Prices valid from 01/03/2026 (1 March
    2026) until stocks last."), its header, and the lines after it. A first line of several cells
    that names no columns but says a sentence or a date is no header where one of the next few lines
    names other columns (asides in brackets aside: "Multibuy price (3 for)") and heads the row under
    it; else the first line is the header ("Item | 1 week | 2 weeks" names its columns by figures)."""
    if _names(first) or not any(_SENTENCE_END.search(cell) or _DATED.search(cell) for cell in first):
        return [], first, lines  # a line of parts says a sentence or a date ("Year 7", "1 week" name)
    ahead = list(itertools.islice(lines, _PREAMBLE_LINES + 1))
    written = [(at, line) for at, line in enumerate(ahead) if line is not None]
    filled = {i for i, cell in enumerate(first) if cell}
    for (at, line), (_, row) in itertools.pairwise(written):
        named = _names([_BRACKETED.sub("", cell) for cell in line])
        if named and _heads(line, row, set()) and {i for i, cell in enumerate(line) if cell} != filled:
            preamble = [[" ".join(cell for cell in part if cell)] for part in [first, *ahead[:at]] if part]
            return preamble, line, itertools.chain(ahead[at + 1 :], lines)
    return [], first, itertools.chain(ahead, lines)


def _tables(
    title: str, header: list[str], lines: Iterator[list[str] | None]
) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """The rows under ``header``, and under each later line of names that stands apart (after a
    blank line or a note) and heads the row after it (:func:`_heads`), as (title, cells)."""
    apart, waiting, numbered = False, None, set()  # numbered: the columns whose cells held numbers
    filled: set[int] = set()  # the columns the rows so far filled
    group, section = None, ""  # a group's name over its rows ("STRINGS"), and the one its rows are in
    for line in lines:
        if waiting is not None:  # a line of names: a header, if the row after it is no more names
            if _heads(waiting, line, numbered) or _narrower(waiting, line, filled):
                title, header, numbered, filled = "", _header(waiting), set(), set()  # the title was the
                # first table's
                section = ""
            else:
                yield _titled(title, section), _zipped(header, waiting)
            waiting = None
        if group is not None and (line is None or _note(line) or _group(line)):
            yield _titled(title, section), _zipped(header, group)  # no rows under it: a row ("TOTAL")
        elif group is not None:
            section = group[0]
        group = None
        if line is None or (note := _note(line)):
            apart = True
            if line is not None:
                yield title, [(NOTE, note)]
        elif apart and _names(line):
            waiting, apart = line, False
        elif _group(line):
            group, apart = line, False
        else:
            apart = False
            numbered |= {i for i, cell in enumerate(line) if _holds_number(cell)}
            filled |= {i for i, cell in enumerate(line) if cell}
            yield _titled(title, section), _zipped(header, line)
    for line in (waiting, group):
        if line is not None:
            yield _titled(title, section), _zipped(header, line)


def _group(line: list[str]) -> bool:
    """Whether a line names the group of the rows under it: a few words without a digit in its first
    cell and nothing else ("STRINGS", "Woodwind"), as registers part their rows."""
    first, *rest = line
    return bool(first) and not any(rest) and len(first.split()) < _NOTE_WORDS and not _holds_number(first)


def _titled(title: str, section: str) -> str:
    """A row's title: the sheet's, and the group it stands in."""
    return PATH_SEPARATOR.join(part for part in (title, section) if part)


def _names(line: list[str]) -> list[str]:
    """A line's cells if they could name columns: two or more, each a few words without a digit."""
    filled = [cell for cell in line if cell]
    short = all(len(cell.split()) <= _NAME_WORDS and not _holds_number(cell) for cell in filled)
    return filled if len(filled) > 1 and short else []


def _heads(names: list[str], row: list[str] | None, numbered: set[int]) -> bool:
    """Whether a line of names heads ``row``: a row of two cells or more (no note) with a number
    or a date where a name stands, in a column whose cells held none so far (where they did, the
    words were a row's values: "TBC" in a column of dates)."""
    return (
        row is not None
        and sum(map(bool, row)) > 1
        and any(
            name and i not in numbered and _holds_number(cell)
            for i, (name, cell) in enumerate(zip(names, row, strict=False))
        )
    )


def _narrower(names: list[str], row: list[str] | None, filled: set[int]) -> bool:
    """Whether a line of one-word names heads ``row`` as a narrower table's header: both fill the same
    columns, fewer than the rows so far did, and the row says more in one than a column's name does
    ("Term", "Detail" over "Balance", "Due 28 days before the event date" under a table of four
    columns; not a sparse row's "Sam Lee", "Volunteer")."""
    if row is None:
        return False
    named = {i for i, cell in enumerate(names) if cell}
    return (
        all(len(names[i].split()) == 1 for i in named)  # "Term", "Detail"; not a row's "Sam Lee"
        and named == {i for i, cell in enumerate(row) if cell}
        and named < filled
        and any(len(row[i].split()) > _NAME_WORDS for i in named)
    )


def _holds_number(cell: str) -> bool:
    """Whether a cell holds a number or a date (a digit)."""
    return any(c.isdigit() for c in cell)


def _zipped(header: list[str], line: list[str]) -> list[tuple[str, str]]:
    """A row's (column, value) pairs; cells past the header's under "column N"."""
    header = header + [f"column {i + 1}" for i in range(len(header), len(line))]
    return list(zip(header, line, strict=False))


def _note(line: list[str]) -> str:
    """The text of a line that is a note written under a table (one cell of five words or more:
    "Rents are due by 1 October."), not a row with one value; else ""."""
    filled = [cell for cell in line if cell]
    return filled[0] if len(filled) == 1 and len(filled[0].split()) >= _NOTE_WORDS else ""


def _filled(rows: Iterator[tuple[Cell, ...]]) -> Iterator[list[str] | None]:
    """The texts of each row, None for a row without a value."""
    for row in rows:
        cells = [cell_text(cell.value, getattr(cell, "number_format", None) or "General") for cell in row]
        yield cells if any(cells) else None


def _header(cells: list[str]) -> list[str]:
    """A header row's column names, "column N" where a cell is empty (as a CSV's)."""
    return [name or f"column {i + 1}" for i, name in enumerate(cells)]


def _title(lines: list[list[str]]) -> str:
    """The title that one-cell lines over a header make."""
    return " ".join(cell for line in lines for cell in line if cell)


def _title_and_notes(lines: list[list[str]]) -> tuple[str, list[str]]:
    """The title that one-cell lines over a header make, and the notes among them: a line of
    sentences ("Rent is charged at £0.25 per square metre … and is due on 1 March.") is a note of
    its own, its name before a dash kept for the title ("Work party rota 2025 - all tenants are
    asked …"), so the title over each row stays a name."""
    named, notes = [], []
    for text in (cell for line in lines for cell in line if cell):
        said = len(text.split())
        if said < _NOTE_WORDS or not (_SENTENCE_END.search(text) or " | " in text or said > _TITLE_WORDS):
            named.append(text)
            continue
        notes.append(text)
        parts = _DASH.split(text, maxsplit=1)
        if len(parts) > 1 and len(parts[0].split()) <= 2 * _NAME_WORDS and not _SENTENCE_END.search(parts[0]):
            named.append(parts[0])
    return " ".join(named), notes


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_DATED = re.compile(r"\(\d{1,2} [A-Z][a-z]+ \d{4}\)")  # a date cell as read: "01/03/2026 (1 March 2026)"
_BRACKETED = re.compile(r"\s*\([^()]*\)")  # a name's aside, which may hold a figure: "Multibuy (3 for)"
_DASH = re.compile(r"\s[-\u2013\u2014]\s")  # "Work party rota 2025 - all tenants …"


def _cells(sheet: ReadOnlyWorksheet) -> Iterator[list[tuple[str, str]]]:
    """A sheet's data rows' (column, value) pairs."""
    return (cells for _, cells in sheet_rows(sheet.iter_rows()))


def xlsx_rows(path: Path) -> Iterator[tuple[str | None, str, list[tuple[str, str]]]]:
    """(sheet name when the workbook has several, the sheet's title or "", (column, value) pairs) for
    each data row of every worksheet; a SourceError for a file that is not a workbook or has no data
    row in any sheet."""
    workbook = _workbook(path)
    try:
        sheets = workbook.worksheets
        keys = lookups(_cells(sheet) for sheet in sheets) if len(sheets) > 1 else {}
        found = 0
        for sheet in sheets:
            named = sheet.title if len(sheets) > 1 else None
            for title, cells in sheet_rows(sheet.iter_rows()):
                found += 1
                yield named, title, with_names(cells, keys)
    finally:
        workbook.close()
    if not found:
        raise SourceError(f"{path.name}: a table needs a header row and at least one data row")
