"""The Documents tab's work: what the store holds, uploading files, re-ingesting, deleting a source.

All writes go through :mod:`ingest` (validation first, so a bad file changes nothing; the writer
lock; the store's revision, so the chat's hybrid retriever sees new documents at its next
question). Uploaded files are kept under ``<home>/uploads/<collection>`` so "Re-ingest" can sync
every source again from its file. Example::

    library = Library(settings, embedder)
    library.upload([Path("/tmp/zubrowka.txt")])   # 'Ingested zubrowka.txt: added 1 / updated 0 / ...'
    library.delete("zubrowka.txt")                 # 'Deleted zubrowka.txt: 1 document(s).'
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from common.errors import UserError
from ingest.documents import SUFFIXES
from ingest.remove import remove_source
from ingest.run import ingest
from vectorstore.config import StoreSettings
from vectorstore.embedder import Embedder
from vectorstore.store import open_store

MAX_TABLE_ROWS = 5000  # the table is searched in the browser; beyond this it would be slow to send
UPLOAD_TYPES = list(SUFFIXES)


class Library:
    """The store's documents, as the Documents tab shows and changes them."""

    def __init__(self, settings: StoreSettings, embedder: Embedder) -> None:
        self.settings = settings
        self.embedder = embedder
        self.uploads = settings.home / "uploads" / settings.collection

    def overview(self) -> tuple[str, pd.DataFrame, pd.DataFrame, list[str]]:
        """A summary line, the documents per source, the documents table and the source names."""
        per_source: Counter[str] = Counter()
        rows = []
        for record in open_store(self.settings, self.embedder, create=False).records():
            text, meta = record.text, record.metadata
            source = str(meta.get("source", "?"))
            per_source[source] += 1
            if len(rows) < MAX_TABLE_ROWS:
                rows.append((source, meta.get("country") or meta.get("chunk", ""), text))
        total = sum(per_source.values())
        summary = f"**{total}** documents from **{len(per_source)}** source(s)"
        if total > MAX_TABLE_ROWS:
            summary += f" (the table shows the first {MAX_TABLE_ROWS})"
        sources = pd.DataFrame(sorted(per_source.items()), columns=["source", "documents"])
        table = pd.DataFrame(rows, columns=["source", "key", "text"])
        return summary, sources, table, sorted(per_source)

    def upload(self, files: Sequence[Path]) -> str:
        """Ingest the uploaded files (each one a source, keyed by its file name) and keep them; a
        bad file gets a message and nothing is written."""
        if not files:
            return "Choose one or more files first."
        try:
            report = ingest(self.settings, list(files), progress=True, embedder=self.embedder)
        except UserError as exc:
            return f"**Error:** {exc}\n\nNothing was changed."
        self.uploads.mkdir(parents=True, exist_ok=True)
        for path in files:
            shutil.copyfile(path, self.uploads / Path(path).name)
        return f"Ingested {', '.join(Path(p).name for p in files)}: {report.summary()}"

    def sources(self) -> list[Path]:
        """The files "Re-ingest" syncs: the configured default sources and every kept upload."""
        kept = sorted(self.uploads.iterdir()) if self.uploads.is_dir() else []
        defaults = [p for p in self.settings.sources if p.name not in {k.name for k in kept}]
        return [*defaults, *kept]

    def reingest(self) -> str:
        """Sync every source again from its file (restores deleted documents, applies edited files)."""
        try:
            report = ingest(self.settings, self.sources(), progress=True, embedder=self.embedder)
        except UserError as exc:
            return f"**Error:** {exc}\n\nNothing was changed."
        return f"Re-ingested every source: {report.summary()}"

    def delete(self, source: str | None) -> str:
        """Delete every document of ``source`` and forget its uploaded file."""
        if not source:
            return "Choose a source to delete."
        try:
            report = remove_source(self.settings, source, self.embedder)
        except UserError as exc:
            return f"**Error:** {exc}"
        (self.uploads / Path(source).name).unlink(missing_ok=True)
        if not report.deleted:
            return f"The store holds no documents from {source!r}."
        return f"Deleted {source}: {report.deleted} document(s)."
