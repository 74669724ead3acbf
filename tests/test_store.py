"""Ingestion into a real Chroma store in a temporary folder, with the real MiniLM embedder."""

from __future__ import annotations

from dataclasses import replace

import pytest
from langchain_core.embeddings import Embeddings

from common.errors import EmbedderMismatchError, SourceError
from ingest.run import ingest
from vectorstore.config import SHIPPED_DATA, StoreSettings
from vectorstore.embedder import Embedder
from vectorstore.retriever import ScoredRetriever
from vectorstore.store import make_client, open_store


class SpyEmbeddings(Embeddings):
    """Delegates to real embeddings and records every text given to ``embed_documents``."""

    def __init__(self, inner: Embeddings) -> None:
        self.inner = inner
        self.embedded: list[str] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.embedded.extend(texts)
        return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


@pytest.fixture
def spy(embedder: Embedder) -> SpyEmbeddings:
    return SpyEmbeddings(embedder.embeddings)


@pytest.fixture
def spied(embedder: Embedder, spy: SpyEmbeddings) -> Embedder:
    """The session's embedder (same name and dimension) with its document embedding recorded."""
    return replace(embedder, embeddings=spy)


def stored(settings: StoreSettings, embedder: Embedder) -> dict[str, tuple[str, dict]]:
    """Everything in the collection: id -> (text, metadata)."""
    found = open_store(settings, embedder).chroma.get(include=["documents", "metadatas"])
    return {
        id_: (text, meta)
        for id_, text, meta in zip(found["ids"], found["documents"], found["metadatas"], strict=True)
    }


def test_first_ingest_adds_everything(store_settings, source_file, spied, spy) -> None:
    report = ingest(store_settings, [source_file], embedder=spied)

    assert (report.added, report.updated, report.deleted, report.unchanged) == (4, 0, 0, 0)
    assert report.embedded == 4
    assert report.sources == ["capitals.json"]
    assert sorted(spy.embedded) == sorted(
        [
            "The capital of Germany is Berlin.",
            "The capital of France is Paris.",
            "The capital of Japan is Tokyo.",
            "The capital of Antarctica is unknown.",
        ]
    )
    docs = stored(store_settings, spied)
    assert len(docs) == 4
    texts = {text: meta for text, meta in docs.values()}
    assert texts["The capital of Germany is Berlin."]["country"] == "Germany"
    assert texts["The capital of Antarctica is unknown."]["city"] == "unknown"


def test_reingest_unchanged_embeds_nothing(store_settings, source_file, spied, spy) -> None:
    ingest(store_settings, [source_file], embedder=spied)
    before = stored(store_settings, spied)
    spy.embedded.clear()

    report = ingest(store_settings, [source_file], embedder=spied)

    assert report.embedded == 0
    assert (report.added, report.updated, report.deleted, report.unchanged) == (0, 0, 0, 4)
    assert spy.embedded == []
    assert stored(store_settings, spied) == before


def test_changed_city_is_an_update(store_settings, write_source, source_rows, spied, spy) -> None:
    ingest(store_settings, [write_source(source_rows)], embedder=spied)
    before = stored(store_settings, spied)
    germany_id = next(id_ for id_, (_, meta) in before.items() if meta["country"] == "Germany")
    spy.embedded.clear()

    source_rows[0]["city"] = "Bonn"
    report = ingest(store_settings, [write_source(source_rows)], embedder=spied)

    assert (report.added, report.updated, report.deleted, report.unchanged) == (0, 1, 0, 3)
    assert report.embedded == 1
    assert spy.embedded == ["The capital of Germany is Bonn."]
    after = stored(store_settings, spied)
    assert set(after) == set(before)
    assert after[germany_id][0] == "The capital of Germany is Bonn."
    assert after[germany_id][1]["city"] == "Bonn"
    assert after[germany_id][1]["content_hash"] != before[germany_id][1]["content_hash"]


def test_removed_row_is_deleted(store_settings, write_source, source_rows, embedder) -> None:
    ingest(store_settings, [write_source(source_rows)], embedder=embedder)

    report = ingest(store_settings, [write_source(source_rows[1:])], embedder=embedder)

    assert (report.added, report.updated, report.deleted, report.unchanged) == (0, 0, 1, 3)
    docs = stored(store_settings, embedder)
    assert len(docs) == 3
    assert "Germany" not in {meta["country"] for _, meta in docs.values()}


def test_other_embedder_is_refused(store_settings, source_file, embedder) -> None:
    ingest(store_settings, [source_file], embedder=embedder)
    other = Embedder(name="other-model", dimension=768, embeddings=embedder.embeddings)

    with pytest.raises(EmbedderMismatchError) as caught:
        open_store(store_settings, other)

    message = str(caught.value)
    assert "--rebuild" in message
    assert "other-model" in message
    assert "sentence-transformers/all-MiniLM-L6-v2" in message
    with pytest.raises(EmbedderMismatchError):
        ingest(store_settings, [source_file], embedder=other)
    assert open_store(store_settings, embedder).count() == 4


def test_rebuild_switches_the_recorded_embedder(store_settings, source_file, embedder) -> None:
    """What the mismatch message advises: ``--rebuild`` replaces the collection for the new embedder."""
    ingest(store_settings, [source_file], embedder=embedder)
    other = Embedder(name="other-model", dimension=768, embeddings=embedder.embeddings)

    ingest(store_settings, [source_file], embedder=other, rebuild=True)

    assert open_store(store_settings, other).count() == 4
    with pytest.raises(EmbedderMismatchError):
        open_store(store_settings, embedder)


def test_bad_source_writes_nothing(store_settings, write_source, source_rows, embedder, tmp_path) -> None:
    good = write_source(source_rows)
    ingest(store_settings, [good], embedder=embedder)
    before = stored(store_settings, embedder)
    bad = tmp_path / "broken.json"
    bad.write_text('[{"country": "Atlantis", "city": ', encoding="utf-8")
    source_rows[0]["city"] = "Bonn"
    changed = write_source(source_rows, "more.json")

    with pytest.raises(SourceError, match=r"broken\.json: malformed JSON"):
        ingest(store_settings, [changed, bad], embedder=embedder)

    assert stored(store_settings, embedder) == before


def test_rebuild(store_settings, write_source, source_rows, embedder) -> None:
    ingest(store_settings, [write_source(source_rows)], embedder=embedder)
    source_rows.append({"country": "Italy", "city": "Rome"})

    report = ingest(store_settings, [write_source(source_rows)], embedder=embedder, rebuild=True)

    assert report.added == 5
    assert report.embedded == 5
    store = open_store(store_settings, embedder)
    assert store.count() == 5
    assert store.collection.metadata["embedder"] == embedder.name
    assert store.collection.metadata["dimension"] == embedder.dimension
    names = {c.name for c in make_client(store_settings).list_collections()}
    assert {n for n in names if store_settings.collection in n} == {store_settings.collection}
    # the rebuilt collection is in sync: a plain re-ingest changes nothing
    again = ingest(store_settings, [write_source(source_rows)], embedder=embedder)
    assert (again.unchanged, again.embedded) == (5, 0)


def test_retriever_on_shipped_data(store_settings, embedder) -> None:
    ingest(store_settings, [SHIPPED_DATA], embedder=embedder)
    store = open_store(store_settings, embedder, create=False)
    assert store.count() == 245
    retriever = ScoredRetriever(store=store, k=3, score_threshold=0.65)

    hits = retriever.invoke("What is the capital of Germany?")

    assert hits
    assert hits[0].page_content == "The capital of Germany is Berlin."
    assert hits[0].metadata["country"] == "Germany"
    assert 0.65 <= hits[0].metadata["score"] <= 1.0
    scores = [h.metadata["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert retriever.invoke("What is the capital of Wakanda?") == []
