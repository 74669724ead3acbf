"""Text sources: .txt, .md, .csv and .pdf files split into chunks small enough to embed and to quote.

Each chunk becomes a Document keyed by its file name and position (``chunk``, and ``page`` for a
PDF), so re-ingesting a changed file updates the chunks that changed and deletes the ones that are
gone. A CSV row becomes one line ``header: value; header: value``, so a chunk keeps what each value
means. Splitting is LangChain's ``RecursiveCharacterTextSplitter`` (paragraphs, then lines, then
words). Example::

    docs = list(iter_chunks(Path("notes.txt")))
    docs[0].page_content   # 'The capital of Zubrowka is Lutz.'
    docs[0].metadata       # {'source': 'notes.txt', 'chunk': 0, 'content_hash': ...}
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from langchain_core.documents import Document
from langchain_text_splitters import RecursiveCharacterTextSplitter

from ingest.documents import SourceError, content_hash, document_id

TEXT_SUFFIXES = (".txt", ".md", ".csv", ".pdf")
# MiniLM reads at most 256 word pieces (~1,000 characters); shorter chunks keep each one on one topic.
CHUNK_CHARS = 500
CHUNK_OVERLAP = 50


def _utf8(path: Path) -> str:
    """The file's text, or a SourceError for a binary or non-UTF-8 file."""
    data = path.read_bytes()
    if b"\x00" in data:
        raise SourceError(f"{path.name}: not a text file (it holds binary data)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path.name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def _csv_lines(path: Path) -> str:
    """The CSV's rows as ``header: value; …`` lines (the first row names the columns)."""
    try:
        rows = [row for row in csv.reader(io.StringIO(_utf8(path))) if any(cell.strip() for cell in row)]
    except csv.Error as exc:
        raise SourceError(f"{path.name}: malformed CSV: {exc}") from exc
    if len(rows) < 2:
        raise SourceError(f"{path.name}: a CSV needs a header row and at least one data row")
    header = [name.strip() or f"column {i + 1}" for i, name in enumerate(rows[0])]
    return "\n".join(
        "; ".join(
            f"{name}: {value.strip()}" for name, value in zip(header, row, strict=False) if value.strip()
        )
        for row in rows[1:]
    )


def _pdf_pages(path: Path) -> list[str]:
    """The text of each page of a PDF (pypdf), or a SourceError for a file pypdf cannot read."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise SourceError(f"{path.name}: the PDF is encrypted; save an unprotected copy")
        return [page.extract_text() or "" for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise SourceError(f"{path.name}: not a readable PDF ({exc.__class__.__name__}: {exc})") from exc


def sections(path: Path) -> list[tuple[str, dict]]:
    """The file's text in sections with their metadata: one per PDF page, else one for the file."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise SourceError(f"{path}: no such file")
    if suffix == ".pdf":
        return [(text, {"page": number}) for number, text in enumerate(_pdf_pages(path), 1)]
    if suffix == ".csv":
        return [(_csv_lines(path), {})]
    return [(_utf8(path), {})]


def iter_chunks(path: Path) -> Iterator[Document]:
    """The chunks of a text source as Documents with stable ids; a SourceError when it holds no text."""
    splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_CHARS, chunk_overlap=CHUNK_OVERLAP)
    number = 0
    for text, extra in sections(path):
        for piece in splitter.split_text(text):
            if not (chunk := piece.strip()):
                continue
            metadata = {"source": path.name, "chunk": number, **extra}
            metadata["content_hash"] = content_hash(chunk, metadata)
            yield Document(
                id=document_id(path.name, f"chunk {number}"), page_content=chunk, metadata=metadata
            )
            number += 1
    if number == 0:
        raise SourceError(f"{path.name}: no text found (an empty file, or a PDF of scanned images)")
