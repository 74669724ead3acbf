"""The seed's data format: a JSON list of ``{"country", "city"}`` rows, each the document
``The capital of {country} is {city}.`` (``unknown`` for a null city).

A document's id depends only on its source file name and country, so the same row keeps its id
across runs and a changed city is an update, not a new document. A JSON list of other objects is
read as records (:mod:`ingest.records`). Example::

    docs = list(iter_rows(Path("data/country_by_capital_city.json")))
    docs[0].page_content   # 'The capital of Afghanistan is Kabul.'
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from langchain_core.documents import Document

from common.errors import JsonError, SourceError
from common.jsontext import parse_json
from ingest.ids import content_hash, document_id
from ingest.objects import iter_object
from ingest.records import iter_records
from ingest.references import named_references

DOC_TEMPLATE = "The capital of {country} is {city}."
MAX_FIELD_CHARS = 500


def _clean_field(value: object, field: str, where: str) -> str:
    """A row's field as a trimmed one-line string, or a SourceError."""
    if not isinstance(value, str) or not value.strip():
        raise SourceError(f"{where}: {field!r} must be a non-empty string, got {value!r}")
    if len(value) > MAX_FIELD_CHARS:
        raise SourceError(f"{where}: {field!r} is longer than {MAX_FIELD_CHARS} characters")
    return " ".join(value.split())


def row_to_document(row: object, source: str, index: int) -> Document:
    """One ``{"country", "city"}`` row as the seed's document, with metadata (country, city, source)."""
    where = f"{source} row {index + 1}"
    if not isinstance(row, dict):
        raise SourceError(f"{where}: expected an object with 'country' and 'city', got {type(row).__name__}")
    if "country" not in row:
        raise SourceError(f"{where}: missing 'country'")
    country = _clean_field(row["country"], "country", where)
    city = "unknown" if row.get("city") is None else _clean_field(row["city"], "city", where)
    metadata = {"country": country, "city": city, "source": source}
    text = DOC_TEMPLATE.format(country=country, city=city)
    metadata["content_hash"] = content_hash(text, metadata)
    return Document(id=document_id(source, country), page_content=text, metadata=metadata)


def _read_json(path: Path) -> object:
    """Parse a JSON file, turning every way it can fail into a SourceError."""
    if not path.is_file():
        raise SourceError(f"{path}: no such file")
    try:
        return parse_json(path.read_bytes().decode("utf-8"), as_written=True)
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except JsonError as exc:
        raise SourceError(f"{path}: {exc}") from exc


def iter_rows(path: Path) -> Iterator[Document]:
    """The documents of a JSON file: the seed's rows, records when its first object has fields other
    than ``country`` and ``city``, or the tables and values of one object (:mod:`ingest.objects`)."""
    rows = _read_json(path)
    if isinstance(rows, dict):
        return iter_object(path, named_references(rows))
    if not isinstance(rows, list):
        raise SourceError(
            f"{path}: expected a JSON list of {{'country', 'city'}} rows or of records, or an object"
        )
    if rows and isinstance(rows[0], dict) and not set(rows[0]) <= {"country", "city"}:
        return iter_records(path, named_references(rows))
    return _seed_documents(path, rows)


def _seed_documents(path: Path, rows: list) -> Iterator[Document]:
    """The seed's documents, one at a time (a row repeated with the same contents once); a
    SourceError at the first bad row."""
    seen: dict[str, str] = {}
    for index, row in enumerate(rows):
        doc = row_to_document(row, path.name, index)
        digest = doc.metadata["content_hash"]
        if doc.id not in seen:
            seen[doc.id] = digest
            yield doc
        elif seen[doc.id] != digest:
            country = doc.metadata["country"]
            raise SourceError(
                f"{path} row {index + 1}: {country!r} appears more than once, with other contents"
            )
