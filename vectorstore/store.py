"""The Chroma store: client, collection and the embedder identity recorded with it.

The collection's metadata records which embedder filled it (name and dimension) and it is created
with cosine distance. Opening it with another embedder raises :class:`EmbedderMismatchError`
instead of mixing vectors from two models. Example::

    store = open_store(StoreSettings(), load_embedder("minilm", models_dir))
    store.similarity_search_with_relevance_scores("capital of France?", k=1)
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from urllib.parse import urlparse

import chromadb
from chromadb.api import ClientAPI
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma

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


def open_store(settings: StoreSettings, embedder: Embedder, *, create: bool = True) -> Chroma:
    """Open (or create) the collection as a LangChain vector store, after checking its embedder."""
    client = make_client(settings)
    existing = {c.name for c in client.list_collections()}
    if settings.collection in existing:
        check_embedder(client.get_collection(settings.collection).metadata, embedder, settings)
    elif not create:
        raise StoreError(
            f"No collection {settings.collection!r} at {describe(settings)}: run `chatbot ingest`."
        )
    return Chroma(
        client=client,
        collection_name=settings.collection,
        embedding_function=embedder.embeddings,
        collection_metadata={"embedder": embedder.name, "dimension": embedder.dimension},
        collection_configuration={"hnsw": {"space": "cosine"}},
    )


def count(store: Chroma) -> int:
    """How many documents the collection holds."""
    return store._collection.count()


def revision(store: Chroma) -> str:
    """Which version of the collection's documents the store holds now (read fresh, not cached).

    Changes whenever ingestion changed a document, and when the collection is replaced (rebuild),
    so indexes derived from the documents (the lexical index) know when to rebuild.
    """
    collection = store._client.get_collection(store._collection.name)
    return f"{collection.id}:{(collection.metadata or {}).get('revision', '')}"


def bump_revision(store: Chroma, *, pending: bool = False) -> None:
    """Record that the collection's documents changed (keeping the rest of its metadata).

    ``pending`` marks a change that has begun: if the writer is killed before it bumps the revision
    again, the next ingestion sees the mark and bumps it even when it has nothing left to write.
    """
    collection = store._client.get_collection(store._collection.name)
    value = ("pending-" if pending else "") + uuid.uuid4().hex
    collection.modify(metadata={**(collection.metadata or {}), "revision": value})


def revision_pending(store: Chroma) -> bool:
    """Whether a change of the documents began and was not finished (see :func:`bump_revision`)."""
    collection = store._client.get_collection(store._collection.name)
    return str((collection.metadata or {}).get("revision", "")).startswith("pending-")


def all_documents(store: Chroma, page: int = 5000) -> Iterator[tuple[str, str]]:
    """Every (id, text) of the collection, fetched a page at a time."""
    for offset in itertools.count(0, page):
        found = store._collection.get(include=["documents"], limit=page, offset=offset)
        yield from zip(found["ids"], found["documents"], strict=True)
        if len(found["ids"]) < page:
            return
