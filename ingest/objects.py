"""A JSON file that holds one object (an API's answer, a programme, a catalogue) as documents.

Such a file nests its data: a festival holds its venues and its days, a day its sessions. Read as
one record it would be one huge row that a reader cannot take apart; so each list of objects
becomes table rows labelled with the path that reaches it (``programme.json › festival › venues —
venue_id: V1; name: The Pilchard Loft; capacity: 320``), and the plain values around them "path:
value" text under the same path. An object of a list too long for one row (a day of many sessions)
is split: its plain values make a row, and follow each of its inner rows' own fields, so a
session's row still says its day. Example::

    doc = next(iter_object(Path("fest.json"), {"venues": [{"id": "V1", "seats": 320}]}))
    doc.page_content   # 'fest.json › venues — id: V1; seats: 320'
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from langchain_core.documents import Document

from common.errors import SourceError
from ingest.dates import with_spelled_date
from ingest.fields import fields
from ingest.separators import PATH_SEPARATOR
from ingest.text import chunk_document, heading_path, split_text, table_row

ROW_CHARS = 800  # an object whose row would run longer, holding lists of objects, is split

Cells = list[tuple[str, str]]


def iter_object(path: Path, data: dict) -> Iterator[Document]:
    """The documents of a JSON file holding the object ``data``: rows whole, text in chunks."""
    number = 0
    for headings, text in _walk(data, [path.name], []):
        for piece in [text] if not headings else split_text(text):  # between fields, where it can
            yield chunk_document(path.name, number, heading_path(headings, piece.replace("\n", "; ")))
            number += 1
    if number == 0:
        raise SourceError(f"{path}: holds no values")


def _walk(data: dict, path: list[str], context: Cells) -> Iterator[tuple[list[str], str]]:
    """(heading path, text) of one object at ``path``, no heading path for a table row: its plain
    values a line each (those of inner objects without lists of objects too), then each inner
    object that holds such lists, then each list of objects."""
    plain = [cell for key, value in data.items() if not _holds_rows(value) for cell in fields(value, key)]
    if plain:
        yield path, "\n".join(f"{field}: {with_spelled_date(text)}" for field, text in plain)
    for key, value in data.items():
        if isinstance(value, dict) and _holds_rows(value):
            yield from _walk(value, [*path, str(key)], context)
        elif _holds_rows(value):
            yield from _rows(value, [*path, str(key)], context)


def _rows(items: list, path: list[str], context: Cells) -> Iterator[tuple[list[str], str]]:
    """A list's objects as table rows, each followed by ``context`` (the plain values of the objects
    it lies in); an object too long for a row gives a row of its plain values and its lists' rows."""
    label = PATH_SEPARATOR.join(path)
    for item in items:
        if not isinstance(item, dict):
            continue
        cells = list(fields(item))
        nested = [key for key, value in item.items() if _holds_rows(value)]
        if not nested or len(table_row(label, cells)) <= ROW_CHARS:
            if cells:
                yield [], table_row(label, [*cells, *_unnamed(context, cells)])
            continue
        own = [cell for key, value in item.items() if key not in nested for cell in fields(value, key)]
        inner = [*own, *_unnamed(context, own)]
        if own:
            yield [], table_row(label, inner)
        for key in nested:
            value = item[key]
            yield from (_walk if isinstance(value, dict) else _rows)(value, [*path, str(key)], inner)


def _holds_rows(value: object) -> bool:
    """Whether ``value`` is, or holds at any depth, a list of objects."""
    if isinstance(value, list):
        return any(isinstance(item, dict) for item in value)
    return isinstance(value, dict) and any(_holds_rows(inner) for inner in value.values())


def _unnamed(context: Cells, cells: Cells) -> Cells:
    """``context`` without the fields that ``cells`` name too (a row's own "date" before its day's)."""
    own = {field for field, _ in cells}
    return [(field, text) for field, text in context if field not in own]
