"""The ingestion job: validate every source, then sync each one into the store under a lock.

Example::

    report = ingest(StoreSettings(persist_dir=Path("/tmp/store")))
    print(report.summary())   # added 245 / updated 0 / deleted 0 / unchanged 0 ...
"""

from __future__ import annotations

import fcntl
import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ingest.documents import iter_documents, source_hashes
from ingest.sync import SyncReport, sync_source
from vectorstore.config import StoreSettings
from vectorstore.embedder import Embedder, load_embedder
from vectorstore.store import StoreError, bump_revision, make_client, open_store


class IngestBusyError(StoreError):
    """Another ingestion holds the store's lock."""


@contextmanager
def store_lock(settings: StoreSettings) -> Iterator[None]:
    """Hold an exclusive lock on the store for one ingestion; a second one fails at once, clearly."""
    if settings.chroma_url:
        tag = hashlib.sha256(settings.chroma_url.encode()).hexdigest()[:12]
        path = settings.home / f"ingest-{tag}-{settings.collection}.lock"
    else:
        path = settings.store_dir / f"ingest-{settings.collection}.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise IngestBusyError(
                f"Another ingestion is writing to this store ({path}); try again later."
            ) from exc
        yield


def _sync_all(
    settings: StoreSettings, embedder: Embedder, checked: dict[Path, dict[str, str]], progress: bool
) -> SyncReport:
    """Sync every checked source (path → its documents' ids and hashes) into the configured collection."""
    store = open_store(settings, embedder)
    report = SyncReport()
    for path, wanted in checked.items():
        docs = iter_documents(path)
        report += sync_source(store, path.name, wanted, docs, settings.embed_batch_size, progress)
    if report.added or report.updated or report.deleted:
        bump_revision(store)  # readers with a lexical index rebuild it
    return report


def _rebuild(
    settings: StoreSettings, embedder: Embedder, checked: dict[Path, dict[str, str]], progress: bool
) -> SyncReport:
    """Fill a fresh collection, then swap it in, so an interrupted rebuild leaves the old one intact."""
    client = make_client(settings)
    staging = settings.model_copy(update={"collection": f"{settings.collection}-rebuild"})
    if staging.collection in {c.name for c in client.list_collections()}:
        client.delete_collection(staging.collection)
    report = _sync_all(staging, embedder, checked, progress)
    if settings.collection in {c.name for c in client.list_collections()}:
        client.delete_collection(settings.collection)
    client.get_collection(staging.collection).modify(name=settings.collection)
    return report


def ingest(
    settings: StoreSettings,
    sources: Sequence[Path] | None = None,
    *,
    rebuild: bool = False,
    progress: bool = False,
    embedder: Embedder | None = None,
) -> SyncReport:
    """Ingest ``sources`` (default: the settings' sources). Nothing is written if any source is bad."""
    paths = [Path(p) for p in (settings.sources if sources is None else sources)]
    if not paths:
        raise StoreError("No sources given: name at least one file to ingest.")
    checked: dict[Path, dict[str, str]] = {}
    for path in paths:
        if path.name in {p.name for p in checked}:
            raise StoreError(f"Two sources share the file name {path.name!r}; documents are keyed by it.")
        checked[path] = source_hashes(path)
    embedder = embedder or load_embedder(settings.embedder, settings.models_dir)
    with store_lock(settings):
        if rebuild:
            return _rebuild(settings, embedder, checked, progress)
        return _sync_all(settings, embedder, checked, progress)


def ensure_documents(settings: StoreSettings, embedder: Embedder) -> SyncReport | None:
    """Ingest the default sources when the collection is missing or empty; None when it has documents."""
    client = make_client(settings)
    names = {c.name for c in client.list_collections()}
    if settings.collection in names and client.get_collection(settings.collection).count() > 0:
        return None
    return ingest(settings, embedder=embedder, progress=True)
