"""A per-request setting on and off, side by side: answer latency and the answers that change.

Loads the chain once over a throw-away store of ``--documents``, then asks each question of
``--questions`` twice in a row, with the boolean request option ``--option`` off and on (which goes
first alternates: the second meets the documents already read, and both meet the same machine
noise), and reports the median and p95 latency of each and their
ratio, with how many answers differ. Example::

    python -m benchmarks.options --option copy_codes --questions data/eval/mixed.jsonl \
        --documents data/country_by_capital_city.json --documents data/eval/documents/islands.csv \
        --limit 60 --json artifacts/bench/copy-codes.json
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.report import percentile, print_table, save_json
from chatbot.evaluation.evaluate import load_questions
from chatbot.rag.chain import build_chain
from chatbot.settings import PER_REQUEST, Settings
from ingest.run import ingest


def timed(chain, question: str, options: dict) -> tuple[str, float]:
    """The answer to ``question`` under ``options`` and the seconds it took."""
    started = time.perf_counter()
    answer = chain.invoke({"question": question, "options": options})["answer"]
    return answer, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--option", required=True, choices=sorted(PER_REQUEST), help="a boolean request option"
    )
    parser.add_argument("--questions", type=Path, required=True, help="a question set (JSON lines)")
    parser.add_argument("--documents", type=Path, action="append", required=True, help="files to ingest")
    parser.add_argument("--limit", type=int, default=60, help="questions asked (the set's first ones)")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args()

    rows = load_questions(args.questions)[: args.limit]
    with tempfile.TemporaryDirectory() as root:
        settings = Settings(persist_dir=Path(root) / "chroma")  # the models prepared in the usual home
        ingest(settings, args.documents)
        chain = build_chain(settings)
        timed(chain, rows[0]["question"], {})  # warm up: first-use work is no answer's
        seconds: dict[bool, list[float]] = {False: [], True: []}
        changed = 0
        for number, row in enumerate(rows):
            answers = {}
            for value in (False, True) if number % 2 else (True, False):
                answers[value], took = timed(chain, row["question"], {args.option: value})
                seconds[value].append(took)
            changed += answers[False] != answers[True]

    results = [
        {
            args.option: value,
            "p50_s": statistics.median(seconds[value]),
            "p95_s": percentile(seconds[value], 0.95),
            "mean_s": statistics.fmean(seconds[value]),
        }
        for value in (False, True)
    ]
    ratio = results[1]["mean_s"] / results[0]["mean_s"]
    print_table(f"{args.option} off / on: {len(rows)} questions, {changed} answers differ", results)
    print(f"mean latency on / off: {ratio:.3f}")
    save_json(
        args.json, "options", results, option=args.option, questions=len(rows), changed=changed, ratio=ratio
    )


if __name__ == "__main__":
    main()
