"""Excel workbooks (.xlsx) as table rows, sheet by sheet, like CSV files.

Each worksheet's first non-empty row is its header; every later row with a value becomes one line
naming the workbook (and the sheet, when there are several) and its columns, as a CSV row does
(:mod:`ingest.text` writes the line). Cells hold what Excel last calculated (a formula's value, not its
text); numbers are written as people read them ("960", not "960.0"), dates as ISO dates. Read with
``openpyxl`` in read-only mode, so a sheet of many thousand rows streams. Example::

    next(xlsx_rows(Path("islands.xlsx")))
    # ('Islands', [('island', 'Kilvaro'), ('population', '4820')], False)
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException

from common.errors import SourceError


def cell_text(value: object) -> str:
    """A cell's value as a person reads it: whole numbers without ".0", dates as ISO dates, times as
    HH:MM, yes/no for booleans, text with its white space collapsed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ", "minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat("minutes")
    return " ".join(str(value).split())


def _workbook(path: Path) -> openpyxl.Workbook:
    """The workbook, or a SourceError saying it is not one."""
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise SourceError(f"{path.name}: not a readable Excel workbook ({exc})") from exc


def sheet_rows(rows: Iterator[tuple]) -> Iterator[list[tuple[str, str]]]:
    """Each data row of one sheet as (column, value) pairs, after its header row."""
    header: list[str] | None = None
    for row in rows:
        cells = [cell_text(value) for value in row]
        if not any(cells):
            continue
        if header is None:
            header = [name or f"column {i + 1}" for i, name in enumerate(cells)]
            continue
        header += [f"column {i + 1}" for i in range(len(header), len(cells))]
        yield list(zip(header, cells, strict=False))


def xlsx_rows(path: Path) -> Iterator[tuple[str, list[tuple[str, str]], bool]]:
    """(sheet name, (column, value) pairs, whether the workbook has several sheets) for each data row
    of every worksheet; a SourceError for a file that is not a workbook or has no data row in any sheet."""
    workbook = _workbook(path)
    try:
        sheets = workbook.worksheets
        found = 0
        for sheet in sheets:
            for cells in sheet_rows(sheet.iter_rows(values_only=True)):
                found += 1
                yield sheet.title, cells, len(sheets) > 1
    finally:
        workbook.close()
    if not found:
        raise SourceError(f"{path.name}: a table needs a header row and at least one data row")
