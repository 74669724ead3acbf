"""Make the store hold exactly the documents of a source: add new, rewrite changed, delete removed.

Written by hand rather than with LangChain's indexing API (``index`` + a record manager) for two
reasons: that API keys documents by a hash of their content, so a changed city shows up as one
delete plus one add and is never an *update*; and it keeps its records in a second database that
can disagree with the store after a crash and is not shared when the store is a Chroma server.
Here the store is its own record: every document carries its ``content_hash`` in metadata, writes
are idempotent upserts by stable id, and deletes come last, so an interrupted run leaves a store
that the next run completes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from langchain_chroma import Chroma
from langchain_core.documents import Document
from tqdm import tqdm


@dataclass
class SyncReport:
    """What one ingestion changed."""

    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    embedded: int = 0
    sources: list[str] = field(default_factory=list)

    def __iadd__(self, other: SyncReport) -> SyncReport:
        self.added += other.added
        self.updated += other.updated
        self.deleted += other.deleted
        self.unchanged += other.unchanged
        self.embedded += other.embedded
        self.sources += other.sources
        return self

    def summary(self) -> str:
        """The one-line summary the CLI prints."""
        return (
            f"added {self.added} / updated {self.updated} / deleted {self.deleted} / "
            f"unchanged {self.unchanged} ({self.embedded} embedded) from {len(self.sources)} source(s)"
        )


def stored_hashes(store: Chroma, source: str) -> dict[str, str]:
    """The ids and content hashes already stored for ``source``."""
    found = store.get(where={"source": source}, include=["metadatas"])
    return {
        id_: (meta or {}).get("content_hash", "")
        for id_, meta in zip(found["ids"], found["metadatas"], strict=True)
    }


def batched(items: list[Document], size: int) -> Iterator[list[Document]]:
    """Consecutive slices of at most ``size`` items."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def write(store: Chroma, docs: list[Document], batch_size: int, progress: bool) -> None:
    """Embed and upsert ``docs`` batch by batch (an upsert of an existing id overwrites it)."""
    bar = tqdm(total=len(docs), desc="embedding", unit="doc", disable=not progress or not docs)
    with bar:
        for batch in batched(docs, batch_size):
            vectors = store.embeddings.embed_documents([d.page_content for d in batch])
            store._collection.upsert(
                ids=[d.id for d in batch],
                embeddings=vectors,
                documents=[d.page_content for d in batch],
                metadatas=[d.metadata for d in batch],
            )
            bar.update(len(batch))


def sync_source(
    store: Chroma, source: str, docs: Iterable[Document], batch_size: int = 128, progress: bool = False
) -> SyncReport:
    """Bring ``source``'s documents in the store in line with ``docs``."""
    docs = list(docs)
    stored = stored_hashes(store, source)
    fresh = [d for d in docs if d.id not in stored]
    changed = [d for d in docs if d.id in stored and stored[d.id] != d.metadata["content_hash"]]
    gone = sorted(set(stored) - {d.id for d in docs})
    write(store, fresh + changed, batch_size, progress)
    if gone:
        store.delete(ids=gone)
    return SyncReport(
        added=len(fresh),
        updated=len(changed),
        deleted=len(gone),
        unchanged=len(docs) - len(fresh) - len(changed),
        embedded=len(fresh) + len(changed),
        sources=[source],
    )
