"""Crash safety: ingestion killed with SIGKILL during embedding and during writes, then completed.

The harness (child process with markers, checks from a fresh process) is ``benchmarks/crash.py``;
the benchmark runs more rounds, rebuilds included. Here one round: version 1 of a synthetic source
is in the store, an ingestion of version 2 is killed while embedding, while upserting and while
deleting; after each kill the store must open and hold only whole documents of either version
whose records and vectors agree (and whose revision changed if they did); then one run completes
to exactly version 2 and the next one embeds nothing.
"""

from __future__ import annotations

import random
import shutil

from benchmarks.crash import Kill, crash_round, versions, write_versions
from ingest.run import ingest
from vectorstore.config import StoreSettings


def test_ingestion_killed_at_random_points_completes_exactly(tmp_path, embedder):
    sources = write_versions(tmp_path, 240)
    # version 1 ingested here, in another folder, so this process never holds the store under test open
    ingest(StoreSettings(persist_dir=tmp_path / "v1"), [sources[0]], embedder=embedder)
    store = shutil.copytree(tmp_path / "v1", tmp_path / "store")
    rng = random.Random()
    kills = [
        Kill("embed", 2, rng.uniform(0, 0.3)),
        Kill("upsert", rng.randint(1, 2), rng.uniform(0, 0.02)),
        Kill("delete", 1, rng.uniform(0, 0.02)),
    ]
    result = crash_round(store, sources, kills, embedder.embeddings.embed_documents, batch=16)

    assert result["problems"] == [], kills
    assert result["kills"].count("killed") >= 2, result["kills"]
    report, new = result["completion"], versions(sources[1])
    assert report["added"] + report["updated"] + report["unchanged"] == len(new)
