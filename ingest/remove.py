"""Remove a source: delete every document that came from one source file, under the writer lock.

Example::

    report = remove_source(settings, "notes.txt")
    report.deleted   # how many documents were deleted (0: the store held nothing from it)
"""

from __future__ import annotations

from ingest.run import store_lock
from ingest.sync import SyncReport, sync_source
from vectorstore.config import StoreSettings
from vectorstore.embedder import Embedder, load_embedder
from vectorstore.store import open_store


def remove_source(settings: StoreSettings, source: str, embedder: Embedder | None = None) -> SyncReport:
    """Delete the documents of ``source`` (a source file name): a sync of that source to nothing."""
    embedder = embedder or load_embedder(settings.embedder, settings.models_dir)
    with store_lock(settings):
        store = open_store(settings, embedder, create=False)

        def mark_pending() -> None:  # before the first delete
            store.bump_revision(pending=True)

        report = sync_source(store, source, {}, [], settings.embed_batch_size, before_writing=mark_pending)
        if report.deleted:
            store.bump_revision()  # readers with a lexical index rebuild it
    return report
