"""Retrieval latency: p50/p95 per question through the real retrievers, on the shipped 245
documents and on a 100k-document store (the shipped documents plus synthetic ones).

Each question of the dev set is asked once (after one warm-up question, which for hybrid
retrieval also builds the lexical index: its build time is reported on its own); a question's
time includes embedding it. The large store is the one ``benchmarks.ingest --keep`` leaves, or is
built here. Run from the repository root::

    python -m benchmarks.retrieval --json artifacts/bench/retrieval.json
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import torch

from benchmarks.report import percentile, print_table, save_json
from benchmarks.retrieval_quality import DEV_SET, hit_or_abstain
from chatbot.evaluation.evaluate import load_questions
from ingest.run import ingest
from tests.harness.synthetic import synthetic_rows, write_rows
from vectorstore.config import SHIPPED_DATA, StoreSettings
from vectorstore.embedder import Embedder, load_embedder
from vectorstore.retriever import make_retriever
from vectorstore.store import open_store

LARGE_STORE = Path("artifacts/bench/stores/synthetic-100000")


def large_store(folder: Path, size: int, embedder: Embedder) -> StoreSettings:
    """The store in ``folder`` holding the shipped documents plus synthetic ones (built if missing)."""
    settings = StoreSettings(persist_dir=folder)
    synthetic = write_rows(synthetic_rows(size), folder.parent / f"synthetic-{size}.json")
    ingest(settings, [synthetic, SHIPPED_DATA], embedder=embedder, progress=True)  # only what is missing
    return settings


def latency(settings: StoreSettings, embedder: Embedder, rows: list[dict], retrieval: str) -> dict:
    """Ask every question once: per-question seconds, the first question's time, and hit@1 over the
    questions that have an answer (at 100k, are real countries still found among invented ones?)."""
    settings = settings.model_copy(update={"retrieval": retrieval})
    store = open_store(settings, embedder, create=False)
    retriever = make_retriever(store, settings)
    started = time.perf_counter()
    retriever.invoke("warm-up: what is the capital of France?")
    first_s = time.perf_counter() - started
    seconds, hits = [], []
    for row in rows:
        started = time.perf_counter()
        docs = retriever.invoke(row["question"])
        seconds.append(time.perf_counter() - started)
        if row["expected"] is not None:
            hits.append(hit_or_abstain(row, [doc.page_content for doc in docs]))
    return {
        "docs": store.count(),
        "retrieval": retrieval,
        "questions": len(rows),
        "p50_ms": 1000 * percentile(seconds, 0.5),
        "p95_ms": 1000 * percentile(seconds, 0.95),
        "first_s": first_s,
        "hit@1_%": round(100 * sum(hits) / len(hits), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large-store", type=Path, default=LARGE_STORE)
    parser.add_argument("--size", type=int, default=100_000, help="Synthetic documents if it is built here.")
    parser.add_argument("--retrieval", nargs="*", default=["vector", "hybrid"])
    parser.add_argument("--threads", type=int, default=1, help="torch threads (query embedding).")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    rows = load_questions(DEV_SET)
    embedder = load_embedder("minilm", StoreSettings().models_dir)
    with tempfile.TemporaryDirectory() as tmp:
        small = StoreSettings(persist_dir=Path(tmp))
        ingest(small, [SHIPPED_DATA], embedder=embedder)
        results = [latency(small, embedder, rows, mode) for mode in args.retrieval]
    large = large_store(args.large_store, args.size, embedder)
    results += [latency(large, embedder, rows, mode) for mode in args.retrieval]
    print_table("retrieval latency per question (dev set, MiniLM, embedded Chroma)", results)
    save_json(args.json, "retrieval", results, threads=args.threads)


if __name__ == "__main__":
    main()
