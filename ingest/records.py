"""JSON records as documents: a JSON list of objects other than the seed's ``{"country", "city"}``
rows, or a JSON Lines file (``.jsonl``) of objects.

Each record becomes one document, written like a CSV row (:func:`ingest.text.table_row`): the file
name, then every field with a value; a nested object's fields by their path (``dimensions.width``),
a list of plain values joined (``tags: ferry, cargo``). Example::

    docs = list(iter_records(Path("parts.json"), json.loads(Path("parts.json").read_text())))
    docs[0].page_content   # 'parts.json — code: KX-2041; name: Bilge pump impeller; price: 84.5'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from langchain_core.documents import Document

from common.errors import SourceError
from common.jsontext import jsonl_objects
from ingest.fields import fields
from ingest.text import chunk_document, table_row


def iter_records(path: Path, records: Iterable[object]) -> Iterator[Document]:
    """One document per record of ``path``; a record that is not an object is refused with its number."""
    number = 0
    for index, record in enumerate(records, 1):
        if not isinstance(record, dict):
            raise SourceError(f"{path} record {index}: expected a JSON object, got {type(record).__name__}")
        if not (cells := list(fields(record))):
            continue
        yield chunk_document(path.name, number, table_row(path.name, cells))
        number += 1
    if number == 0:
        raise SourceError(f"{path}: holds no records with a value")


def iter_json_lines(path: Path) -> Iterator[Document]:
    """The records of a JSON Lines file (one object a line)."""
    if not path.is_file():
        raise SourceError(f"{path}: no such file")
    try:
        yield from iter_records(path, (row for _, row in jsonl_objects(path, SourceError, as_written=True)))
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
