"""Concurrent writers and readers: the chat answers while an ingestion writes, and a second writer
(another ingestion, or an ingestion while a chat server holds the store) waits or fails clearly."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from chatbot.rag.chain import build_chain
from chatbot.settings import Settings
from common.errors import StoreBusyError
from ingest.ids import content_hash
from ingest.rows import DOC_TEMPLATE
from ingest.run import ingest
from tests.harness.crash import ROOT, versions, write_versions
from vectorstore.config import StoreSettings
from vectorstore.store import open_store


@pytest.fixture
def two_versions(tmp_path) -> tuple[Path, Path]:
    """Version 1 and 2 of a 240-document source (a third of the cities changed, rows added and removed)."""
    return write_versions(tmp_path, 240)


def whole(doc) -> bool:
    """A retrieved document is whole: its text is its metadata's sentence and its hash matches."""
    meta = {k: v for k, v in doc.metadata.items() if k not in ("score", "lexical_score", "content_hash")}
    text = DOC_TEMPLATE.format(country=meta["country"], city=meta["city"])
    return doc.page_content == text and doc.metadata["content_hash"] == content_hash(text, meta)


def test_chat_answers_while_an_ingestion_writes(tmp_path, two_versions, tiny_gpt2, embedder):
    settings = Settings(persist_dir=tmp_path / "store", model=str(tiny_gpt2), max_new_tokens=2, top_k=3)
    settings = settings.model_copy(update={"embed_batch_size": 8, "table_lookup": False})  # the model reads
    ingest(settings, [two_versions[0]], embedder=embedder)
    chain = build_chain(settings, embedder=embedder)
    old, new = versions(two_versions[0]), versions(two_versions[1])
    countries = [meta["country"] for _, meta in list(new.values())[::7]]
    answered, errors, sources = [], [], []

    def write() -> None:
        try:
            ingest(settings, [two_versions[1]], embedder=embedder)
        except Exception as exc:  # the test records any failure
            errors.append(repr(exc))

    writer = threading.Thread(target=write)

    def ask() -> None:
        while writer.is_alive() or len(answered) < 4:
            try:
                result = chain.invoke(f"What is the capital of {countries[len(answered) % len(countries)]}?")
            except Exception as exc:  # the test records any failure
                errors.append(repr(exc))
                return
            answered.append(result["answer"])
            sources.extend(result["sources"])

    readers = [threading.Thread(target=ask) for _ in range(2)]
    writer.start()
    for reader in readers:
        reader.start()
    for thread in [writer, *readers]:
        thread.join(timeout=300)

    assert errors == []
    assert len(answered) >= 4 and sources
    assert all(whole(doc) for doc in sources)
    assert all((doc.page_content, _meta(doc)) in (old.get(doc.id), new.get(doc.id)) for doc in sources)
    # once the ingestion is done, the same chain answers from the new version (lexical index rebuilt)
    changed = next(meta for id_, (_, meta) in new.items() if id_ in old and old[id_][1] != meta)
    result = chain.invoke(f"What is the capital of {changed['country']}?")
    assert result["sources"][0].page_content == DOC_TEMPLATE.format(**changed)


def _meta(doc) -> dict:
    return {k: v for k, v in doc.metadata.items() if k not in ("score", "lexical_score")}


HOLD = """
import sys, time
from ingest.lock import claim_store
from vectorstore.config import StoreSettings
claim_store(StoreSettings(persist_dir=sys.argv[1]))
print("held", flush=True)
time.sleep(600)
"""


@pytest.fixture
def holder(tmp_path):
    """Another process holding the store's writer lock, as a running `chatbot serve` does."""
    store = tmp_path / "store"
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(store)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert proc.stdout.readline().strip() == "held"
    yield store, proc
    proc.kill()
    proc.wait()


def test_ingest_while_another_process_holds_the_store_fails_clearly(holder, source_file, embedder):
    store, proc = holder
    settings = StoreSettings(persist_dir=store)
    with pytest.raises(StoreBusyError, match="Another process is writing to this store"):
        ingest(settings, [source_file], embedder=embedder)
    assert not (store / "chroma.sqlite3").exists()  # nothing was written

    proc.kill()  # the holder dies without cleaning up: its lock goes with it
    proc.wait()
    assert ingest(settings, [source_file], embedder=embedder).added == 4


def test_second_ingestion_waits_for_the_first(tmp_path, two_versions, source_file, embedder):
    """Two ingestions at once: with lock_timeout the second waits, then finds the work done."""
    store = tmp_path / "store"
    first = subprocess.Popen(
        [sys.executable, "-m", "tests.harness.crash", "--child", str(store), str(two_versions[0]), "16"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )
    next(line for line in first.stdout if line.strip() == "embed")  # the first one is writing now
    settings = StoreSettings(persist_dir=store)
    with pytest.raises(StoreBusyError):
        ingest(settings, [two_versions[0]], embedder=embedder)
    report = ingest(settings.model_copy(update={"lock_timeout": 300}), [two_versions[0]], embedder=embedder)
    first.stdout.read()
    assert first.wait() == 0
    assert (report.added, report.unchanged, report.embedded) == (0, 240, 0)
    assert open_store(settings, embedder).count() == 240
