"""Folders of prepared models: written all at once, so an interrupted preparation never leaves half a
model behind, and named for their contents."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_dir(target: Path, replace: bool = False) -> Iterator[Path]:
    """Yield a scratch folder beside ``target``; it becomes ``target`` (by rename) only on success.

    With ``replace``, an existing ``target`` is swapped out and deleted only once the new one is in place.
    Without it, a ``target`` that another process finished meanwhile (two processes preparing the same
    cached model at once) is kept, and this copy dropped: both were built from the same inputs.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}-partial-"))
    old = target.with_name(f".{target.name}-old")
    try:
        yield scratch
        if replace and target.exists():
            shutil.rmtree(old, ignore_errors=True)
            target.rename(old)
        try:
            scratch.rename(target)
        except OSError:
            if replace or not target.exists():
                raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)


def fingerprint(folder: Path) -> str:
    """A name for a folder's files: changes when any of them is replaced, resized or touched."""
    digest = hashlib.sha256(str(folder.resolve()).encode())
    for path in sorted(folder.iterdir()):
        if path.is_file():
            stat = path.stat()
            digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]
