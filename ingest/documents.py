"""Turn source files into LangChain Documents with stable ids.

The seed's data file is a JSON list of ``{"country", "city"}`` rows; each row becomes the seed's
sentence ``The capital of {country} is {city}.`` (``unknown`` for a null city). A document's id
depends only on its source file name and country, so the same row keeps its id across runs and a
changed city is an update, not a new document. Example::

    docs = load_documents(Path("data/country_by_capital_city.json"))
    docs[0].page_content   # 'The capital of Afghanistan is Kabul.'
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

from langchain_core.documents import Document

from ingest.jsontext import JsonError, parse_json

DOC_TEMPLATE = "The capital of {country} is {city}."
ID_NAMESPACE = uuid.UUID("5f1d3c4e-9a6b-4c1e-8f2a-1b7e6d0c9a31")
MAX_FIELD_CHARS = 500


class SourceError(ValueError):
    """A source file cannot be ingested; the message names the file and the problem."""


def document_id(source: str, key: str) -> str:
    """A stable id for the document ``key`` of ``source`` (same inputs, same id, on any machine)."""
    return str(uuid.uuid5(ID_NAMESPACE, f"{source}\x1f{key.casefold()}"))


def content_hash(text: str, metadata: dict) -> str:
    """What decides whether a stored document must be rewritten."""
    payload = json.dumps([text, metadata], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()[:32]


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
        return parse_json(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except JsonError as exc:
        raise SourceError(f"{path}: {exc}") from exc


def iter_documents(path: Path) -> Iterator[Document]:
    """The documents of one source file, one at a time: the rows of a seed-format JSON file (a row
    repeated with the same contents once), or the chunks of a text file (:mod:`ingest.text`).

    Raises SourceError at the first bad row; :func:`source_hashes` reads the whole file that way
    before anything is written.
    """
    from ingest.text import TEXT_SUFFIXES, iter_chunks  # imports this module: here, not at the top

    if path.suffix.lower() in TEXT_SUFFIXES:
        yield from iter_chunks(path)
        return
    if path.suffix.lower() != ".json":
        raise SourceError(
            f"{path}: unsupported file type {path.suffix or '(none)'}; "
            f"expected .json, {', '.join(TEXT_SUFFIXES)}"
        )
    rows = _read_json(path)
    if not isinstance(rows, list):
        raise SourceError(f"{path}: expected a JSON list of {{'country', 'city'}} rows")
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


def load_documents(path: Path) -> list[Document]:
    """All documents of one source file; raises SourceError for a bad file."""
    return list(iter_documents(path))


def source_hashes(path: Path) -> dict[str, str]:
    """Check a whole source file and return its documents' ids and content hashes (not the documents,
    so a large source is validated without holding all of it in memory)."""
    return {doc.id: doc.metadata["content_hash"] for doc in iter_documents(path)}
