"""Memory benchmark: does resident memory grow over a long session? Two runs, default models:

1. 1,000 sequential questions (the dev set, cycled) through the chain in this process;
2. a 200-turn chat through the ``/chat`` endpoint of a real ``chatbot serve``, each turn sending the
   conversation's earlier questions as the web chat does (the server's memory is measured).

Growth is measured from a baseline taken after a warm-up (the first questions build caches: the
lexical index, tokenizer and torch buffers), and the target is at most 10%. Run from the root::

    python -m benchmarks.memory --json artifacts/bench/memory.json
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

if not __package__:
    sys.exit("run it as a module from the repository root: python -m benchmarks.memory")

import psutil

from benchmarks.report import print_table, save_json
from chatbot.evaluation.evaluate import load_questions
from tests.harness.served import served

ROOT = Path(__file__).resolve().parent.parent


def dev_questions(count: int) -> list[str]:
    """``count`` dev-set questions, cycled."""
    rows = load_questions(ROOT / "data/eval/dev.jsonl")
    return [rows[i % len(rows)]["question"] for i in range(count)]


def growth(name: str, rss: list[float], warmup: int, every: int) -> dict:
    """The row of one run: memory at load, after the warm-up, at the end, and the growth from then."""
    baseline = rss[warmup // every]
    return {
        "run": name,
        "steps": (len(rss) - 1) * every,
        "rss_loaded_mb": round(rss[0]),
        "rss_after_warmup_mb": round(baseline),
        "rss_end_mb": round(rss[-1]),
        "rss_peak_mb": round(max(rss)),
        "growth_pct": round(100 * (rss[-1] - baseline) / baseline, 2),
        "trajectory_mb": [round(x) for x in rss],
    }


def sequential_questions(count: int, warmup: int, every: int) -> dict:
    """``count`` questions through the chain in this process; RSS every ``every`` questions."""
    from chatbot.services import load_services
    from chatbot.settings import Settings

    with tempfile.TemporaryDirectory(prefix="memory-") as scratch:
        chain = load_services(Settings(persist_dir=Path(scratch))).chain
        process, rss = psutil.Process(), []
        for number, question in enumerate(dev_questions(count)):
            if number % every == 0:
                rss.append(process.memory_info().rss / 1e6)
            chain.invoke(question)
        rss.append(process.memory_info().rss / 1e6)
    return growth(f"{count} sequential questions (in process)", rss, warmup, every)


def long_chat(turns: int, warmup: int, every: int) -> dict:
    """A ``turns``-long conversation through ``/chat`` of a served app; the server's RSS."""
    from gradio_client import Client

    with tempfile.TemporaryDirectory(prefix="memory-") as scratch, served(Path(scratch)) as server:
        client, history, rss = Client(server.url, verbose=False), [], []
        for turn, question in enumerate(dev_questions(turns)):
            if turn % every == 0:
                rss.append(server.rss_mb())
            client.predict(question, history, api_name="/chat")
            history.append(question)
        rss.append(server.rss_mb())
    return growth(f"{turns}-turn chat (server, /chat)", rss, warmup, every)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--turns", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=100, help="steps before the baseline is taken")
    parser.add_argument("--every", type=int, default=50, help="steps between memory samples")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = [
        sequential_questions(args.questions, args.warmup, args.every),
        long_chat(args.turns, min(args.warmup, args.turns // 4), args.every),
    ]
    print_table("resident memory over a long session", [{**r, "trajectory_mb": None} for r in rows])
    save_json(args.json, "memory", rows, settings=vars(args) | {"json": None})


if __name__ == "__main__":
    main()
