"""Crash benchmark: SIGKILL ingestion at random points, check the store after every kill, then finish.

The harness is ``tests/harness/crash.py`` (shared with ``tests/test_crash.py``): a store holds
version 1 of a synthetic source, an ingestion of version 2 runs in a child process that prints a
marker before each embedding batch, Chroma write and collection-metadata change, and is SIGKILLed a
random delay after a random marker; after each kill a fresh process checks the store; the kills of
one round follow each other on the same store, then one run completes it to exactly version 2 and a
run after that embeds nothing. Rounds alternate plain ingestion and ``--rebuild``.

The kill points come from ``--seed`` (default ``$CRASH_SEED``, else 1901), printed with the results
and saved in the JSON, so a run that found a problem can be replayed. Run from the repository root::

    python -m benchmarks.crash --rounds 5 --kills 4 --seed 1901 --json artifacts/bench/crash.json
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from pathlib import Path

if not __package__:
    sys.exit("run it as a module from the repository root: python -m benchmarks.crash")

from benchmarks.report import print_table, save_json
from tests.harness.crash import (
    SEED_VARIABLE,
    Kill,
    crash_round,
    crash_seed,
    entry_point,
    random_kill,
    run_child,
    write_versions,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--kills", type=int, default=4, help="kills per round before completing it")
    parser.add_argument("--size", type=int, default=600, help="documents in version 1")
    parser.add_argument("--batch", type=int, default=32, help="embed_batch_size of the ingestion")
    parser.add_argument(
        "--seed",
        type=int,
        default=crash_seed(),
        help=f"seed of the random kill points (default: ${SEED_VARIABLE}, else 1901)",
    )
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    from vectorstore.config import StoreSettings
    from vectorstore.embedder import load_embedder

    print(f"crash seed {args.seed}", flush=True)
    embed = load_embedder("minilm", StoreSettings().models_dir).embeddings.embed_documents
    rng, rows = random.Random(args.seed), []
    with tempfile.TemporaryDirectory(prefix="crash-") as scratch:
        sources = write_versions(Path(scratch), args.size)
        pristine = Path(scratch) / "pristine"
        run_child(Kill("none"), pristine, sources[0], args.batch)
        for number in range(args.rounds):
            store = Path(scratch) / f"round{number}"
            shutil.copytree(pristine, store)
            rebuild = number % 2 == 1
            kills = [random_kill(rng, rebuild) for _ in range(args.kills)]
            result = crash_round(store, sources, kills, embed, args.batch)
            rows.append(_row(number, rebuild, kills, result))
    print_table(f"ingestion killed with SIGKILL, then completed (seed {args.seed})", rows)
    failed = sum(r["problems"] for r in rows)
    print(f"{sum(r['killed'] for r in rows)} kills in {len(rows)} rounds, {failed} problems found")
    if failed:
        replay = f"--rounds {args.rounds} --kills {args.kills} --size {args.size} --batch {args.batch}"
        print(f"replay the kill points with: python -m benchmarks.crash {replay} --seed {args.seed}")
    save_json(args.json, "crash", rows, settings={k: v for k, v in vars(args).items() if k != "json"})
    sys.exit(1 if failed else 0)


def _row(number: int, rebuild: bool, kills: list[Kill], result: dict) -> dict:
    """One table row for a round (problems printed below the table when there are any)."""
    for problem in result["problems"]:
        print("PROBLEM", problem)
    report = result["completion"]
    return {
        "round": number,
        "mode": "rebuild" if rebuild else "sync",
        "kill points": " ".join(f"{k.phase}#{k.nth}+{k.delay * 1000:.0f}ms" for k in kills),
        "killed": result["kills"].count("killed"),
        "finished first": result["kills"].count("finished"),
        "completion": f"+{report['added']} ~{report['updated']} -{report['deleted']} ={report['unchanged']}",
        "completion_s": round(result["completion_s"], 1),
        "problems": len(result["problems"]),
        "unreachable (chroma#7758)": len(result["unreachable"]),
    }


if __name__ == "__main__":
    # ``--child`` / ``--inspect``: the harness's entry points, still reachable under this name
    if not entry_point(sys.argv):
        main()
