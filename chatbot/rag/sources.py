"""A retrieved document as JSON, the same for the CLI (``ask --json``, ``--batch``) and the web API.

Example::

    source_json(doc)
    # {"text": "The capital of France is Paris.", "score": 0.84, "source": "capitals.json",
    #  "metadata": {"country": "France", "city": "Paris", "source": "capitals.json", ...}}
"""

from __future__ import annotations

from typing import Any

from langchain_core.documents import Document

HIDDEN = ("score", "content_hash")  # shown apart (score) or of no use to a reader (the sync hash)


def source_json(doc: Document) -> dict[str, Any]:
    """The document's text, cosine score, source file and the rest of its metadata (page, chunk …)."""
    metadata = {k: v for k, v in doc.metadata.items() if k not in HIDDEN}
    return {
        "text": doc.page_content,
        "score": doc.metadata.get("score"),
        "source": doc.metadata.get("source"),
        "metadata": metadata,
    }


def where(doc: Document) -> str:
    """Where a document comes from, for people: ``handbook.pdf, p. 3``, ``stock.xlsx, sheet Parts``."""
    page, sheet = doc.metadata.get("page"), doc.metadata.get("sheet")
    return (
        f"{doc.metadata.get('source', '?')}"
        + (f", p. {page}" if page else "")
        + (f", sheet {sheet}" if sheet else "")
    )
