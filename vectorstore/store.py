"""The Chroma store: client, collection and the embedder identity recorded with it.

The collection's metadata records which embedder filled it (name and dimension) and it is created
with cosine distance. Opening it with another embedder raises :class:`EmbedderMismatchError`
instead of mixing vectors from two models. Example::

    store = open_store(StoreSettings(), load_embedder("minilm", models_dir))
    store.chroma.similarity_search_with_relevance_scores("capital of France?", k=1)
    store.count(), [r.text for r in store.records()]
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings

from common.errors import EmbedderMismatchError, StoreError
from vectorstore.config import StoreSettings
from vectorstore.embedder import Embedder


def make_client(settings: StoreSettings) -> ClientAPI:
    """An embedded ``PersistentClient`` on disk, or an ``HttpClient`` when ``chroma_url`` is set."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        if url.scheme not in ("http", "https") or not url.hostname:
            raise StoreError(f"chroma_url must look like http://host:port, got {settings.chroma_url!r}")
        return chromadb.HttpClient(
            host=url.hostname,
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=chroma_settings,
        )
    settings.store_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.store_dir), settings=chroma_settings)


def describe(settings: StoreSettings) -> str:
    """Where the store is, for messages."""
    return settings.chroma_url or str(settings.store_dir)


def check_embedder(metadata: dict | None, embedder: Embedder, settings: StoreSettings) -> None:
    """Refuse a collection whose recorded embedder differs from ``embedder``."""
    metadata = metadata or {}
    recorded = (metadata.get("embedder"), metadata.get("dimension"))
    if recorded == (embedder.name, embedder.dimension):
        return
    raise EmbedderMismatchError(
        f"The store at {describe(settings)} (collection {settings.collection!r}) was built with "
        f"{recorded[0] or 'an unknown embedder'} ({recorded[1] or '?'}-d), but the configured embedder is "
        f"{embedder.name} ({embedder.dimension}-d). Vectors of different models cannot be mixed: "
        f"rebuild it with `chatbot ingest --rebuild`, or choose another --persist-dir / collection."
    )


@dataclass(frozen=True)
class Record:
    """One stored document: its id, text and metadata (what was asked for; None otherwise)."""

    id: str
    text: str | None
    metadata: dict


class Store:
    """An opened collection: LangChain's ``Chroma`` (``.chroma``) for similarity search, and the
    chromadb collection for everything else, through the methods below. The only place that reaches
    into Chroma's handles, so callers never touch private attributes."""

    def __init__(self, chroma: Chroma, client: ClientAPI) -> None:
        self.chroma = chroma
        self.client = client
        self.collection = chroma._collection  # langchain-chroma keeps the handle private

    @property
    def embeddings(self) -> Embeddings:
        return self.chroma.embeddings

    @property
    def name(self) -> str:
        return self.collection.name

    def count(self) -> int:
        """How many documents the collection holds."""
        return self.collection.count()

    def records(
        self,
        include: tuple[str, ...] = ("documents", "metadatas"),
        where: dict | None = None,
        page: int = 5000,
    ) -> Iterator[Record]:
        """Every stored document (or those matching ``where``), fetched a page at a time."""
        for offset in itertools.count(0, page):
            found = self.collection.get(where=where, include=list(include), limit=page, offset=offset)
            texts = found.get("documents") or [None] * len(found["ids"])
            metadatas = found.get("metadatas") or [None] * len(found["ids"])
            for id_, text, meta in zip(found["ids"], texts, metadatas, strict=True):
                yield Record(id_, text, meta or {})
            if len(found["ids"]) < page:
                return

    def get(self, ids: list[str], include: tuple[str, ...]) -> dict:
        """The documents ``ids`` that exist, with the fields in ``include`` (chromadb's result)."""
        return self.collection.get(ids=ids, include=list(include))

    def nearest(self, vector: np.ndarray, n: int) -> dict:
        """The ``n`` nearest documents to ``vector`` with texts, metadata and cosine distances."""
        return self.collection.query(
            query_embeddings=[vector], n_results=n, include=["documents", "metadatas", "distances"]
        )

    def upsert(self, docs: list[Document], vectors: list[list[float]]) -> None:
        """Write ``docs`` with their ``vectors`` (an existing id is overwritten)."""
        self.collection.upsert(
            ids=[d.id for d in docs],
            embeddings=vectors,
            documents=[d.page_content for d in docs],
            metadatas=[d.metadata for d in docs],
        )

    def delete(self, ids: list[str]) -> None:
        self.collection.delete(ids=ids)

    def _fresh(self) -> Collection:
        """The collection's handle read again (its metadata is cached in ``self.collection``)."""
        return self.client.get_collection(self.name)

    def revision(self) -> str:
        """Which version of the collection's documents the store holds now (read fresh, not cached).

        Changes whenever ingestion changed a document, and when the collection is replaced (rebuild),
        so indexes derived from the documents (the lexical index) know when to rebuild.
        """
        collection = self._fresh()
        return f"{collection.id}:{(collection.metadata or {}).get('revision', '')}"

    def bump_revision(self, *, pending: bool = False) -> None:
        """Record that the collection's documents changed (keeping the rest of its metadata).

        ``pending`` marks a change that has begun: if the writer is killed before it bumps the revision
        again, the next ingestion sees the mark and bumps it even when it has nothing left to write.
        """
        collection = self._fresh()
        value = ("pending-" if pending else "") + uuid.uuid4().hex
        collection.modify(metadata={**(collection.metadata or {}), "revision": value})

    def revision_pending(self) -> bool:
        """Whether a change of the documents began and was not finished (see :meth:`bump_revision`)."""
        return str((self._fresh().metadata or {}).get("revision", "")).startswith("pending-")


def open_store(settings: StoreSettings, embedder: Embedder, *, create: bool = True) -> Store:
    """Open (or create) the collection, after checking its embedder."""
    client = make_client(settings)
    existing = {c.name for c in client.list_collections()}
    if settings.collection in existing:
        check_embedder(client.get_collection(settings.collection).metadata, embedder, settings)
    elif not create:
        raise StoreError(
            f"No collection {settings.collection!r} at {describe(settings)}: run `chatbot ingest`."
        )
    chroma = Chroma(
        client=client,
        collection_name=settings.collection,
        embedding_function=embedder.embeddings,
        collection_metadata={"embedder": embedder.name, "dimension": embedder.dimension},
        collection_configuration={"hnsw": {"space": "cosine"}},
    )
    return Store(chroma, client)
