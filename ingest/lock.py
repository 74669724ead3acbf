"""One writer per store: a lock file held while an ingestion writes, and for the whole life of a
chat server (whose uploads write to the store).

Chroma's embedded store is not process-safe: each process keeps the vector index in memory, so a
process does not see another one's writes in its searches until it restarts, and a stale process
that writes later can save its outdated index over the newer one on disk (chroma-core/chroma#3792).
So one process at a time may write to an embedded store: a second one waits up to
``lock_timeout`` seconds, then fails with :class:`~common.errors.StoreBusyError` and writes nothing.
Threads of one process take turns. Example::

    with store_lock(settings):   # raises StoreBusyError while `chatbot serve` holds the store
        ...write...
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from common.errors import StoreBusyError
from vectorstore.config import StoreSettings

_GUARD = threading.Lock()
_TURNS: dict[Path, threading.RLock] = {}  # lock file → the turn of this process's threads
_HELD: dict[Path, tuple[FileLock, int]] = {}  # lock file → (this process's hold, how many users)


def lock_path(settings: StoreSettings) -> Path:
    """The lock file of the configured store (beside it; under ``home`` for a Chroma server)."""
    if settings.chroma_url:
        tag = hashlib.sha256(settings.chroma_url.encode()).hexdigest()[:12]
        return settings.home / f"ingest-{tag}-{settings.collection}.lock"
    return settings.store_dir / f"ingest-{settings.collection}.lock"


def _acquire(path: Path, timeout: float) -> None:
    """Take the file lock for this process (or count one more user of the hold it has)."""
    with _GUARD:
        if path in _HELD:
            lock, users = _HELD[path]
            _HELD[path] = (lock, users + 1)
            return
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(path, timeout=timeout, thread_local=False)
    try:
        lock.acquire()
    except Timeout as exc:
        raise StoreBusyError(
            f"Another process is writing to this store (an ingestion, or a running `chatbot serve` "
            f"holding it); nothing was written. Wait for it, stop it, or add documents through the "
            f"running chat. Lock: {path}"
        ) from exc
    with _GUARD:
        _HELD[path] = (lock, 1)


def _release(path: Path) -> None:
    """Drop one user of this process's hold; the last one releases the file lock."""
    with _GUARD:
        lock, users = _HELD.pop(path)
        if users > 1:
            _HELD[path] = (lock, users - 1)
            return
    lock.release()


@contextmanager
def store_lock(settings: StoreSettings) -> Iterator[None]:
    """Hold the store's writer lock for one ingestion (other threads of this process queue for it;
    the same thread may nest it)."""
    path = lock_path(settings)
    with _GUARD:
        turn = _TURNS.setdefault(path, threading.RLock())
    with turn:
        _acquire(path, settings.lock_timeout)
        try:
            yield
        finally:
            _release(path)


def claim_store(settings: StoreSettings) -> None:
    """Hold the store's writer lock until this process exits (a chat server that may ingest uploads),
    so no other process writes to a store whose index this one keeps in memory."""
    if not settings.chroma_url:  # a Chroma server is safe to share between processes
        _acquire(lock_path(settings), settings.lock_timeout)
