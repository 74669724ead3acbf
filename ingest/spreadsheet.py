"""Excel workbooks (.xlsx) as table rows, sheet by sheet, like CSV files.

Each worksheet's first non-empty row is its header; every later row with a value becomes one line
naming the workbook (and the sheet, when there are several) and its columns, as a CSV row does
(:mod:`ingest.text` writes the line). Cells hold what Excel last calculated (a formula's value, not its
text); numbers are written as people read them ("960", not "960.0"; "£112.50" where the cell is
formatted as pounds, "12%" as a percentage), dates as ISO dates. Read with
``openpyxl`` in read-only mode, so a sheet of many thousand rows streams. Example::

    next(xlsx_rows(Path("islands.xlsx")))
    # ('Islands', [('island', 'Kilvaro'), ('population', '4820')], False)
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
from openpyxl.cell.cell import Cell
from openpyxl.utils.exceptions import InvalidFileException

from common.errors import SourceError

# a number format's currency ('"£"#,##0.00', '[$€-407]#,##0.00', '$#,##0') and decimal places
_CURRENCY = re.compile(r"[£$€¥]")
_DECIMALS = re.compile(r"0\.(0+)")


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
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ", "minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
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


def _workbook(path: Path) -> openpyxl.Workbook:
    """The workbook, or a SourceError saying it is not one."""
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise SourceError(f"{path.name}: not a readable Excel workbook ({exc})") from exc


def sheet_rows(rows: Iterator[tuple[Cell, ...]]) -> Iterator[list[tuple[str, str]]]:
    """Each data row of one sheet as (column, value) pairs, after its header row."""
    header: list[str] | None = None
    for row in rows:
        cells = [cell_text(cell.value, getattr(cell, "number_format", None) or "General") for cell in row]
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
            for cells in sheet_rows(sheet.iter_rows()):
                found += 1
                yield sheet.title, cells, len(sheets) > 1
    finally:
        workbook.close()
    if not found:
        raise SourceError(f"{path.name}: a table needs a header row and at least one data row")
