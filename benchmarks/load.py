"""Load benchmark: many clients asking at once through the public ``/chat`` endpoint of a real
``chatbot serve`` on 127.0.0.1 (gradio_client, one client per thread).

Every request must end answered, or refused with a clear "busy" message when the bounded queue is
full; anything else is an error. Reports throughput, latency p50/p95 of answered requests, the
refusals, the server's peak resident memory (sampled every 0.5 s) and the latency of a health check
(``GET /``) made every 0.5 s during the run. Run from the repository root::

    python -m benchmarks.load --json artifacts/bench/load.json                # 16 clients x 25 questions
    python -m benchmarks.load --queue-size 4 --json artifacts/bench/load-q4.json   # refusals when full

Generation on an OpenAI-compatible server (README "Scaling out"): the same load with the chat
process sending its prompts to ``--llm-url`` and answering ``--concurrency`` requests at once::

    python -m benchmarks.load --llm-url http://127.0.0.1:8000/v1 --concurrency 16 \
        --json artifacts/bench/load-remote.json
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

if not __package__:
    sys.exit("run it as a module from the repository root: python -m benchmarks.load")

from benchmarks.report import percentile, print_table, save_json
from tests.harness.served import Server, served

ROOT = Path(__file__).resolve().parent.parent
BUSY_WORDS = ("busy", "queue is full", "too many")


def questions(count: int, offset: int) -> list[str]:
    """``count`` questions of the dev set, starting at ``offset`` (so clients ask different things)."""
    rows = [json.loads(line) for line in (ROOT / "data/eval/dev.jsonl").read_text().splitlines()]
    return [rows[(offset + i) % len(rows)]["question"] for i in range(count)]


def client_run(url: str, asked: list[str], results: list[dict]) -> None:
    """One client asking its questions one after another, recording each outcome."""
    from gradio_client import Client

    client = Client(url, verbose=False)
    for question in asked:
        started = time.perf_counter()
        try:
            reply = client.predict(question, api_name="/chat")
            outcome, detail = ("answered", "") if reply.get("answer") else ("error", "empty answer")
        except Exception as exc:  # gradio_client raises for refusals and errors alike
            message = str(exc)
            busy = any(word in message.lower() for word in BUSY_WORDS)
            outcome, detail = ("refused" if busy else "error"), message[:200]
        results.append({"outcome": outcome, "seconds": time.perf_counter() - started, "detail": detail})


def watch(server: Server, stop: threading.Event, samples: dict[str, list[float]]) -> None:
    """Every 0.5 s: the server's resident memory and the latency of a health check (GET /)."""
    while not stop.wait(0.5):
        samples["rss_mb"].append(server.rss_mb())
        started = time.perf_counter()
        try:
            urllib.request.urlopen(server.url, timeout=10).read()
            samples["health_s"].append(time.perf_counter() - started)
        except OSError:
            samples["health_failures"].append(time.perf_counter() - started)


def run(server: Server, clients: int, per_client: int) -> dict:
    """The load: ``clients`` threads of ``per_client`` questions each, with the watcher running."""
    results: list[dict] = []
    samples: dict[str, list[float]] = {"rss_mb": [server.rss_mb()], "health_s": [], "health_failures": []}
    stop = threading.Event()
    watcher = threading.Thread(target=watch, args=(server, stop, samples))
    threads = [
        threading.Thread(target=client_run, args=(server.url, questions(per_client, i * 40), results))
        for i in range(clients)
    ]
    started = time.perf_counter()
    watcher.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    stop.set()
    watcher.join()
    return summarize(results, samples, wall)


def summarize(results: list[dict], samples: dict[str, list[float]], wall: float) -> dict:
    """Counts, throughput, latency percentiles, memory and health-check numbers of one run."""
    answered = [r["seconds"] for r in results if r["outcome"] == "answered"]
    health = samples["health_s"] or [float("nan")]
    return {
        "requests": len(results),
        "answered": len(answered),
        "refused": sum(r["outcome"] == "refused" for r in results),
        "errors": sum(r["outcome"] == "error" for r in results),
        "wall_s": round(wall, 1),
        "answers_per_s": round(len(answered) / wall, 2),
        "p50_s": round(percentile(answered, 0.5), 2) if answered else None,
        "p95_s": round(percentile(answered, 0.95), 2) if answered else None,
        "rss_start_mb": round(samples["rss_mb"][0]),
        "rss_peak_mb": round(max(samples["rss_mb"])),
        "rss_end_mb": round(samples["rss_mb"][-1]),
        "health_p50_s": round(percentile(health, 0.5), 3),
        "health_p95_s": round(percentile(health, 0.95), 3),
        "health_max_s": round(max(health), 3),
        "health_over_1s": sum(h > 1.0 for h in health),
        "health_failures": len(samples["health_failures"]),
        "messages": sorted({r["detail"] for r in results if r["detail"]})[:5],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--questions", type=int, default=25, help="questions per client")
    parser.add_argument("--queue-size", type=int, help="the server's ui_queue_size (default: its own)")
    parser.add_argument("--llm-url", help="generate on this OpenAI-compatible server (its /v1 URL)")
    parser.add_argument("--concurrency", type=int, help="the server's ui_concurrency (default: its own)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    env = {"CHATBOT_UI_QUEUE_SIZE": str(args.queue_size)} if args.queue_size else {}
    env |= {"CHATBOT_LLM_URL": args.llm_url} if args.llm_url else {}
    env |= {"CHATBOT_UI_CONCURRENCY": str(args.concurrency)} if args.concurrency else {}
    with tempfile.TemporaryDirectory(prefix="load-") as scratch, served(Path(scratch), env) as server:
        row = {"clients": args.clients, "queue_size": args.queue_size or "default"}
        row |= {"generation": args.llm_url or "in process", "concurrency": args.concurrency or "default"}
        row |= run(server, args.clients, args.questions)
    messages = row.pop("messages")
    print_table(f"{args.clients} clients x {args.questions} questions through /chat", [row])
    for message in messages:
        print("message:", message)
    save_json(args.json, "load", [row | {"messages": messages}], settings=vars(args) | {"json": None})


if __name__ == "__main__":
    main()
