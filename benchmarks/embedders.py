"""MiniLM (the default) vs the seed's mpnet, side by side: retrieval hit@1 on the dev set and speed.

For each embedder: docs/s of a cold ingest of the shipped documents into an empty store, the median
time to embed one question, and retrieval-only hit@1 / abstention per kind (as in
``benchmarks.retrieval_quality``), with the configured threshold and by ranking alone. mpnet needs
``make mpnet`` once. Run from the repository root::

    python -m benchmarks.embedders --json artifacts/bench/embedders.json
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import torch

from benchmarks.report import print_table, save_json
from benchmarks.retrieval_quality import DEV_SET, build_store, measure
from chatbot.evaluation.evaluate import load_questions
from vectorstore.config import SHIPPED_DATA, StoreSettings
from vectorstore.embedder import Embedder, load_embedder


def speed(embedder: Embedder, folder: Path, questions: list[str]) -> tuple[StoreSettings, dict]:
    """Ingest the shipped documents cold (docs/s) and embed questions one by one (median ms)."""
    started = time.perf_counter()
    settings = build_store(folder, embedder, [SHIPPED_DATA])
    docs_per_s = 245 / (time.perf_counter() - started)
    seconds = []
    for question in questions:
        started = time.perf_counter()
        embedder.embeddings.embed_query(question)
        seconds.append(time.perf_counter() - started)
    return settings, {"docs_per_s": docs_per_s, "query_ms": 1000 * statistics.median(seconds)}


def compare(name: str, rows: list[dict], retrieval: list[str]) -> list[dict]:
    """The result rows of one embedder: speed, then quality per retrieval mode and threshold."""
    embedder = load_embedder(name, StoreSettings().models_dir)
    with tempfile.TemporaryDirectory() as tmp:
        settings, timing = speed(embedder, Path(tmp), [r["question"] for r in rows[:100]])
        quality = [r for mode in retrieval for r in measure(rows, settings, embedder, mode)]
    return [{**row, "dimension": embedder.dimension, **timing} for row in quality]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embedders", nargs="*", default=["minilm", "mpnet"])
    parser.add_argument("--retrieval", nargs="*", default=["vector"])
    parser.add_argument("--threads", type=int, default=2, help="torch threads.")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    rows = load_questions(DEV_SET)
    results = [row for name in args.embedders for row in compare(name, rows, args.retrieval)]
    columns = ["embedder", "dimension", "docs_per_s", "query_ms", "retrieval", "threshold", "plain", "casual",
               "typo", "answerable", "fictional", "no answer"]  # fmt: skip
    print_table("embedders on the dev set (retrieval only; % right per kind)", results, columns)
    save_json(args.json, "embedders", results, threads=args.threads)


if __name__ == "__main__":
    main()
