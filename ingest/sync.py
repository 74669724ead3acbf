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

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from langchain_core.documents import Document
from tqdm import tqdm

from vectorstore.store import Store


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


def stored_hashes(store: Store, source: str) -> dict[str, str]:
    """The ids and content hashes already stored for ``source``."""
    records = store.records(include=("metadatas",), where={"source": source})
    return {r.id: r.metadata.get("content_hash", "") for r in records}


def batched(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Consecutive lists of at most ``size`` items, read from ``items`` as they are needed."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def write(store: Store, docs: Iterable[Document], total: int, batch_size: int, progress: bool) -> None:
    """Embed and upsert ``docs`` batch by batch (an upsert of an existing id overwrites it), so only
    one batch of documents and vectors is in memory at a time."""
    bar = tqdm(total=total, desc="embedding", unit="doc", disable=not progress or not total)
    with bar:
        for batch in batched(docs, batch_size):
            store.upsert(batch, store.embeddings.embed_documents([d.page_content for d in batch]))
            bar.update(len(batch))


def sync_source(
    store: Store,
    source: str,
    wanted: dict[str, str],
    documents: Iterable[Document],
    batch_size: int = 128,
    progress: bool = False,
    before_writing: Callable[[], None] = lambda: None,
) -> SyncReport:
    """Bring ``source``'s documents in the store in line with ``wanted`` (id → content hash).

    ``documents`` yields the source's documents (it may be lazy); only new and changed ones are
    embedded and written. Deletes come last. ``before_writing`` is called once before the first
    write, only when there is something to write.
    """
    stored = stored_hashes(store, source)
    fresh = {id_ for id_ in wanted if id_ not in stored}
    changed = {id_ for id_, digest in wanted.items() if id_ in stored and stored[id_] != digest}
    todo = fresh | changed
    gone = sorted(set(stored) - set(wanted))
    if todo or gone:
        before_writing()
    write(store, (d for d in documents if d.id in todo), len(todo), batch_size, progress)
    for batch in batched(gone, batch_size):
        store.delete(batch)
    return SyncReport(
        added=len(fresh),
        updated=len(changed),
        deleted=len(gone),
        unchanged=len(wanted) - len(todo),
        embedded=len(todo),
        sources=[source],
    )
