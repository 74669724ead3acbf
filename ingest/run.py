"""The ingestion job: validate every source, then sync each one into the store under a lock.

Example::

    report = ingest(StoreSettings(persist_dir=Path("/tmp/store")))
    print(report.summary())   # added 245 / updated 0 / deleted 0 / unchanged 0 ...

An ingestion killed at any point (SIGKILL included) leaves a store that opens and holds whole
documents, each either as it was or as the source has it; running it again completes it
(``tests/test_crash.py``, ``benchmarks/crash.py`` with ``tests/harness/crash.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from chromadb.api import ClientAPI

from common.errors import SourceError, StoreError
from ingest.documents import iter_documents, source_hashes
from ingest.lock import store_lock
from ingest.sync import SyncReport, sync_source
from vectorstore.config import StoreSettings
from vectorstore.embedder import Embedder, load_embedder
from vectorstore.store import make_client, open_store

__all__ = ["ensure_documents", "ingest", "recover", "store_lock"]

STAGING_SUFFIX = "-rebuild"
COMPLETE = "rebuild_complete"  # collection metadata key: the staging collection holds every document


def _sync_all(
    settings: StoreSettings, embedder: Embedder, checked: dict[Path, dict[str, str]], progress: bool
) -> SyncReport:
    """Sync every checked source (path → its documents' ids and hashes) into the configured collection.

    The collection's revision is marked pending before the first write and bumped after the last,
    so readers rebuild indexes derived from the documents, also after a run that was killed.
    """
    store = open_store(settings, embedder)
    interrupted = store.revision_pending()
    marked: list[bool] = []

    def mark_pending() -> None:
        if not marked:
            store.bump_revision(pending=True)
            marked.append(True)

    report = SyncReport()
    for path, wanted in checked.items():
        docs = iter_documents(path)
        report += sync_source(
            store, path.name, wanted, docs, settings.embed_batch_size, progress, before_writing=mark_pending
        )
    if marked or interrupted:
        store.bump_revision()
    return report


def _names(client: ClientAPI) -> set[str]:
    return {c.name for c in client.list_collections()}


def _swap_in(client: ClientAPI, target: str, staging: str) -> None:
    """Replace collection ``target`` by the complete ``staging`` one."""
    if target in _names(client):
        client.delete_collection(target)
    collection = client.get_collection(staging)
    metadata = {k: v for k, v in (collection.metadata or {}).items() if k != COMPLETE}
    collection.modify(name=target, metadata=metadata)


def _rebuild(
    settings: StoreSettings, embedder: Embedder, checked: dict[Path, dict[str, str]], progress: bool
) -> SyncReport:
    """Fill a fresh collection, mark it complete, then swap it in: a rebuild killed before the mark
    leaves the old collection as it was; one killed after it is finished by :func:`recover`."""
    client = make_client(settings)
    staging = settings.model_copy(update={"collection": settings.collection + STAGING_SUFFIX})
    if staging.collection in _names(client):
        client.delete_collection(staging.collection)
    report = _sync_all(staging, embedder, checked, progress)
    collection = client.get_collection(staging.collection)
    collection.modify(metadata={**(collection.metadata or {}), COMPLETE: True})
    _swap_in(client, settings.collection, staging.collection)
    return report


def recover(settings: StoreSettings) -> None:
    """Finish a rebuild that was killed between completing its new collection and swapping it in."""
    client = make_client(settings)
    staging = settings.collection + STAGING_SUFFIX
    if staging in _names(client) and (client.get_collection(staging).metadata or {}).get(COMPLETE):
        _swap_in(client, settings.collection, staging)


def ingest(
    settings: StoreSettings,
    sources: Sequence[Path] | None = None,
    *,
    rebuild: bool = False,
    progress: bool = False,
    embedder: Embedder | None = None,
) -> SyncReport:
    """Ingest ``sources`` (default: the settings' sources). Nothing is written if any source is bad,
    or while another process writes to the store (:class:`~common.errors.StoreBusyError`)."""
    paths = [Path(p) for p in (settings.sources if sources is None else sources)]
    if not paths:
        raise StoreError("No sources given: name at least one file to ingest.")
    checked: dict[Path, dict[str, str]] = {}
    for path in paths:
        if path.name in {p.name for p in checked}:
            raise StoreError(f"Two sources share the file name {path.name!r}; documents are keyed by it.")
        checked[path] = source_hashes(path)
        if not checked[path]:  # syncing it would delete everything an earlier version of it added
            raise SourceError(
                f"{path}: holds no documents; nothing was changed (to drop a source, remove it)"
            )
    embedder = embedder or load_embedder(settings.embedder, settings.models_dir)
    with store_lock(settings):
        recover(settings)
        if rebuild:
            return _rebuild(settings, embedder, checked, progress)
        return _sync_all(settings, embedder, checked, progress)


def _has_documents(settings: StoreSettings) -> bool:
    client = make_client(settings)
    return settings.collection in _names(client) and client.get_collection(settings.collection).count() > 0


def ensure_documents(settings: StoreSettings, embedder: Embedder) -> SyncReport | None:
    """Ingest the default sources when the collection is missing or empty (after finishing an
    interrupted rebuild); None when it has documents. Takes the writer lock only when it must write."""
    if _has_documents(settings):
        return None
    with store_lock(settings):
        recover(settings)
        if _has_documents(settings):
            return None
        return ingest(settings, embedder=embedder, progress=True)
