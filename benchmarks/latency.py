"""The default chat as a user meets it: load time (cold and warm), answer latency, resident memory.

Runs the chat in a fresh Python process (``--child``) on a throw-away store holding the shipped
documents: it times the imports and the chain build (models and store from disk), then answers a
fixed sample of the dev questions one by one (end-to-end: retrieval + generation) and reports
the median and p95 per question, with the resident memory. The first process runs *cold* (the
OS page cache dropped first, where allowed: as after a boot), the second *warm* (files cached).
Also times ``chatbot ask QUESTION`` as one shell command: alone (each loads the models), and with
the server the first ask leaves to keep them loaded (``ask_keep_warm_s``). Example::

    python -m benchmarks.latency --threads 1 --json artifacts/bench/latency-1t.json
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if not __package__:
    sys.exit("run it as a module from the repository root: python -m benchmarks.latency")

from benchmarks.report import percentile, print_table, save_json
from ingest.lock import running_server, stop_warm_server
from vectorstore.config import StoreSettings

ROOT = Path(__file__).resolve().parents[1]
DEV_SET = ROOT / "data" / "eval" / "dev.jsonl"
QUESTION = "What is the capital of Peru?"


def sample_questions(count: int) -> list[str]:
    """A fixed random sample of the dev questions (all kinds, as people type them)."""
    rows = [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines()]
    return [row["question"] for row in random.Random(1901).sample(rows, count)]


def rss_mb() -> float:
    """This process's resident memory now."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def child(count: int) -> dict:
    """Measured inside one fresh process: imports, loads, answers."""
    started = time.perf_counter()
    from chatbot.rag.chain import build_chain
    from chatbot.settings import Settings
    from vectorstore.embedder import load_embedder

    imported = time.perf_counter()
    settings = Settings()
    chain = build_chain(settings, embedder=load_embedder(settings.embedder, settings.models_dir))
    loaded = time.perf_counter()
    rss_loaded = rss_mb()
    start = time.perf_counter()
    chain.invoke("What is the capital of France?")
    first_question = time.perf_counter() - start
    seconds, answered = [], []
    for question in sample_questions(count):
        start = time.perf_counter()
        result = chain.invoke(question)
        seconds.append(time.perf_counter() - start)
        answered.append(result["prompt"] is not None)
    asked = [s for s, a in zip(seconds, answered, strict=True) if a]
    return {
        "imports_s": imported - started,
        "load_s": loaded - imported,
        "first_question_s": first_question,
        "questions": count,
        "generated": len(asked),
        "median_s": statistics.median(seconds),
        "p95_s": percentile(seconds, 0.95),
        "median_generated_s": statistics.median(asked),
        "p95_generated_s": percentile(asked, 0.95),
        "rss_loaded_mb": rss_loaded,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def drop_page_cache() -> bool:
    """Empty the OS file cache so the next load reads from disk (root only; False when refused)."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def run_child(count: int, env: dict) -> dict:
    """:func:`child` in a fresh interpreter; its JSON is the last line it prints."""
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.latency", "--child", "--questions", str(count)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def one_shot(env: dict) -> float:
    """Seconds for ``chatbot ask QUESTION`` as one shell command (process start to exit)."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "chatbot", "ask", QUESTION], env=env, capture_output=True, check=True
    )
    return time.perf_counter() - start


def one_shots(env: dict, count: int) -> dict[str, list[float]]:
    """``count`` one-shot asks that each load the models, then ``count`` through the server that an
    ask leaves (stopped at the end)."""
    alone = [one_shot({**env, "CHATBOT_ASK_KEEP_WARM_S": "0"}) for _ in range(count)]
    leaving = one_shot({**env, "CHATBOT_ASK_KEEP_WARM_S": "600"})
    store = StoreSettings(persist_dir=Path(env["CHATBOT_PERSIST_DIR"]))
    deadline = time.monotonic() + 300
    while running_server(store) is None and time.monotonic() < deadline:
        time.sleep(0.5)
    kept_warm = [one_shot(env) for _ in range(count)]
    stop_warm_server(store)
    return {"alone": alone, "leaving_the_server": [leaving], "through_the_warm_server": kept_warm}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--threads", type=int, default=1, help="torch threads (OMP_NUM_THREADS)")
    parser.add_argument("--questions", type=int, default=40, help="dev questions answered after loading")
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.questions)))
        return
    with tempfile.TemporaryDirectory(prefix="latency-") as scratch:
        env = {**os.environ, "OMP_NUM_THREADS": str(args.threads), "CHATBOT_PERSIST_DIR": scratch}
        subprocess.run([sys.executable, "-m", "chatbot", "ingest"], env=env, capture_output=True, check=True)
        page_cache_dropped = drop_page_cache()
        cold = run_child(args.questions, env)
        warm = run_child(args.questions, env)
        shell = one_shots(env, 3)
    rows = [
        {"process": "cold (page cache dropped)" if page_cache_dropped else "first", **cold},
        {"process": "warm", **warm},
    ]
    print_table(f"default chat, {args.threads} thread(s): load and answer latency", rows)
    for how, seconds in shell.items():
        median = statistics.median(seconds)
        print(f"`chatbot ask QUESTION` as one command, {how.replace('_', ' ')}: median {median:.2f} s")
    save_json(
        args.json,
        "latency",
        rows,
        threads=args.threads,
        one_shot_ask_s=shell,
        page_cache_dropped=page_cache_dropped,
    )


if __name__ == "__main__":
    main()
