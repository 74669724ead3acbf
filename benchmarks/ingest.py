"""Ingest benchmark: the shipped documents cold and re-ingested unchanged, synthetic stores of 10k and
100k documents, and the embedding batch size — docs/s, peak RSS, store size on disk.

Every case runs in a fresh subprocess (its own peak RSS, a cold store in a temporary folder) with
the real MiniLM embedder and an embedded Chroma store. Run from the repository root::

    python -m benchmarks.ingest --json artifacts/bench/ingest.json
    python -m benchmarks.ingest --sizes 10000 --batch-sizes 100 --keep artifacts/bench/stores
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if not __package__:
    sys.exit("run it as a module from the repository root: python -m benchmarks.ingest")

import psutil

from benchmarks.report import print_table, save_json
from tests.harness.synthetic import synthetic_rows, write_rows

COLUMNS = ["case", "docs", "batch", "cold_s", "docs_per_s", "again_s", "again_embedded", "rss_mb",
           "rss_growth_mb", "store_mb"]  # fmt: skip


def folder_mb(path: Path) -> float:
    """Size of every file under ``path``, in MB."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def measure(source: Path, store_dir: Path, batch_size: int, threads: int) -> dict:
    """In this process: load the embedder, ingest ``source`` into an empty store, then again unchanged."""
    import torch

    from ingest.run import ingest
    from vectorstore.config import StoreSettings
    from vectorstore.embedder import load_embedder

    torch.set_num_threads(threads)
    settings = StoreSettings(persist_dir=store_dir, embed_batch_size=batch_size)
    embedder = load_embedder(settings.embedder, settings.models_dir)
    loaded_mb = psutil.Process().memory_info().rss / 1e6
    started = time.perf_counter()
    cold = ingest(settings, [source], embedder=embedder)
    cold_s = time.perf_counter() - started
    started = time.perf_counter()
    again = ingest(settings, [source], embedder=embedder)
    again_s = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3  # Linux reports KiB
    return {
        "docs": cold.added,
        "batch": batch_size,
        "cold_s": cold_s,
        "docs_per_s": cold.embedded / cold_s,
        "again_s": again_s,
        "again_embedded": again.embedded,
        "rss_mb": peak_mb,
        "rss_growth_mb": peak_mb - loaded_mb,
        "store_mb": folder_mb(store_dir),
    }


def run_case(name: str, source: Path, batch_size: int, threads: int, keep: Path | None) -> dict:
    """One measurement in a fresh subprocess; the store goes under ``keep`` when given, else is deleted."""
    with tempfile.TemporaryDirectory() as tmp:
        store_dir = keep / name if keep else Path(tmp) / "chroma"
        job = {
            "source": str(source),
            "store_dir": str(store_dir),
            "batch_size": batch_size,
            "threads": threads,
        }
        command = [sys.executable, "-m", "benchmarks.ingest", "--worker", json.dumps(job)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{name} failed:\n{done.stderr[-3000:]}")
        result = {"case": name, **json.loads(done.stdout.strip().splitlines()[-1])}
    print(json.dumps(result), flush=True)
    return result


def cases(args: argparse.Namespace, data: Path) -> list[tuple[str, Path, int]]:
    """(name, source, batch size) for the shipped file, the batch-size sweep and each size."""
    from vectorstore.config import SHIPPED_DATA, StoreSettings

    default_batch = StoreSettings().embed_batch_size
    sources = {
        n: write_rows(synthetic_rows(n), data / f"synthetic-{n}.json") for n in {*args.sizes, args.sweep}
    }
    todo = [("shipped", SHIPPED_DATA, default_batch)]
    todo += [
        (f"sweep-{args.sweep}-b{b}", sources[args.sweep], b) for b in args.batch_sizes if b != default_batch
    ]
    return todo + [(f"synthetic-{n}", sources[n], default_batch) for n in args.sizes]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--sweep", type=int, default=10_000, help="Size at which batch sizes are compared.")
    parser.add_argument("--batch-sizes", type=int, nargs="*", default=[50, 100, 250, 500])
    parser.add_argument("--threads", type=int, default=2, help="torch threads of each run.")
    parser.add_argument("--keep", type=Path, help="Keep each case's store in this folder.")
    parser.add_argument("--json", type=Path, help="Save the results here.")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        job = json.loads(args.worker)
        print(
            json.dumps(
                measure(Path(job["source"]), Path(job["store_dir"]), job["batch_size"], job["threads"])
            )
        )
        return
    with tempfile.TemporaryDirectory() as data:
        rows = [
            run_case(name, src, batch, args.threads, args.keep)
            for name, src, batch in cases(args, Path(data))
        ]
    print_table("ingest (embedded Chroma, MiniLM)", rows, COLUMNS)
    save_json(args.json, "ingest", rows, threads=args.threads)


if __name__ == "__main__":
    main()
