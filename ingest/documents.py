"""Turn source files into LangChain Documents with stable ids: the seed's JSON rows
(:mod:`ingest.rows`), JSON records (:mod:`ingest.records`) or the chunks of a text file
(:mod:`ingest.text`). Example::

    docs = load_documents(Path("data/country_by_capital_city.json"))
    docs[0].page_content   # 'The capital of Afghanistan is Kabul.'
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from langchain_core.documents import Document

from common.errors import SourceError
from ingest.records import iter_json_lines
from ingest.rows import iter_rows
from ingest.text import TEXT_SUFFIXES, iter_chunks

SUFFIXES = (".json", ".jsonl", *TEXT_SUFFIXES)


def iter_documents(path: Path) -> Iterator[Document]:
    """The documents of one source file, one at a time.

    Raises SourceError at the first bad row or chunk; :func:`source_hashes` reads the whole file that
    way before anything is written.
    """
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return iter_chunks(path)
    if suffix == ".json":
        return iter_rows(path)
    if suffix == ".jsonl":
        return iter_json_lines(path)
    raise SourceError(
        f"{path}: unsupported file type {path.suffix or '(none)'}; expected {', '.join(SUFFIXES)}"
    )


def load_documents(path: Path) -> list[Document]:
    """All documents of one source file; raises SourceError for a bad file."""
    return list(iter_documents(path))


def source_hashes(path: Path) -> dict[str, str]:
    """Check a whole source file and return its documents' ids and content hashes (not the documents,
    so a large source is validated without holding all of it in memory)."""
    return {doc.id: doc.metadata["content_hash"] for doc in iter_documents(path)}
