"""One writer per store: a lock file held while an ingestion writes, and for the whole life of a
chat server (whose uploads write to the store).

Chroma's embedded store is not process-safe: each process keeps the vector index in memory, so a
process does not see another one's writes in its searches until it restarts, and a stale process
that writes later can save its outdated index over the newer one on disk (chroma-core/chroma#3792).
So one process at a time may write to an embedded store: a second one waits up to
``lock_timeout`` seconds, then fails with :class:`~common.errors.StoreBusyError` and writes nothing.
Threads of one process take turns.

A chat server also leaves a note beside the store (``serve-<collection>.json``: its URL and process
id) while it runs, so a one-shot ``chatbot ask`` can ask it instead of loading the models again. A
server that a one-shot ask left running to keep the models warm says so in its note: it is a cache,
not someone's chat, so a writer stops it instead of waiting for it. Example::

    with store_lock(settings):   # raises StoreBusyError while `chatbot serve` holds the store
        ...write...
    running_server(settings)     # 'http://127.0.0.1:7860' while one runs, else None
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import signal
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
WARM_EXIT_S = 30.0  # how long a writer waits for a stopped warm server to let go of the store


def lock_path(settings: StoreSettings) -> Path:
    """The lock file of the configured store (beside it; under ``home`` for a Chroma server)."""
    if settings.chroma_url:
        tag = hashlib.sha256(settings.chroma_url.encode()).hexdigest()[:12]
        return settings.home / f"ingest-{tag}-{settings.collection}.lock"
    return settings.store_dir / f"ingest-{settings.collection}.lock"


def _acquire(settings: StoreSettings) -> None:
    """Take the store's file lock for this process (or count one more user of the hold it has); a
    warm server holding it is stopped and waited for."""
    path = lock_path(settings)
    with _GUARD:
        if path in _HELD:
            lock, users = _HELD[path]
            _HELD[path] = (lock, users + 1)
            return
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(path, timeout=settings.lock_timeout, thread_local=False)
    if not _took(lock) and not (
        stop_warm_server(settings) and _took(lock, max(settings.lock_timeout, WARM_EXIT_S))
    ):
        raise StoreBusyError(
            f"Another process is writing to this store (an ingestion, or a running `chatbot serve` "
            f"holding it); nothing was written. Wait for it, stop it, or add documents through the "
            f"running chat. Lock: {path}"
        )
    with _GUARD:
        _HELD[path] = (lock, 1)


def _took(lock: FileLock, timeout: float | None = None) -> bool:
    """Whether ``lock`` was acquired within ``timeout`` seconds (default: the lock's own)."""
    try:
        lock.acquire(timeout=timeout)
    except Timeout:
        return False
    return True


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
        _acquire(settings)
        try:
            yield
        finally:
            _release(path)


def claim_store(settings: StoreSettings) -> None:
    """Hold the store's writer lock until this process exits (a chat server that may ingest uploads),
    so no other process writes to a store whose index this one keeps in memory."""
    if not settings.chroma_url:  # a Chroma server is safe to share between processes
        _acquire(settings)


def store_held(settings: StoreSettings) -> bool:
    """Whether a process holds the store's writer lock now (an ingestion, or a chat server)."""
    if settings.chroma_url:
        return False
    lock = FileLock(lock_path(settings), timeout=0, thread_local=False)
    if not _took(lock):
        return True
    lock.release()
    return False


def server_note(settings: StoreSettings) -> Path:
    """Where a running server of this store leaves its address."""
    return lock_path(settings).with_name(f"serve-{settings.collection}.json")


def record_server(settings: StoreSettings, url: str | None, *, warm: bool = False) -> None:
    """Leave a note beside the store that this server holds it (``url``: where it answers, once it
    does; ``warm``: it only keeps the models loaded for one-shot asks), removed when it exits."""
    note = server_note(settings)
    note.parent.mkdir(parents=True, exist_ok=True)
    note.write_text(json.dumps({"url": url, "pid": os.getpid(), "warm": warm}), encoding="utf-8")
    atexit.register(note.unlink, missing_ok=True)


def _note(settings: StoreSettings) -> dict | None:
    """The note of a live server of this store, or None."""
    try:
        note = json.loads(server_note(settings).read_text(encoding="utf-8"))
        os.kill(int(note["pid"]), 0)  # raises when no such process
        return note
    except (OSError, ValueError, KeyError, TypeError):
        return None


def running_server(settings: StoreSettings) -> str | None:
    """The URL of a live server of this store that answers, or None."""
    note = _note(settings)
    return str(note["url"]) if note and note.get("url") else None


def stop_warm_server(settings: StoreSettings) -> bool:
    """Ask a warm server of this store (one that another process left running) to exit; True if
    there was one."""
    note = _note(settings)
    if not note or not note.get("warm") or note["pid"] == os.getpid():
        return False
    os.kill(int(note["pid"]), signal.SIGTERM)
    return True
