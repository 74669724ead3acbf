"""How often the default chain answers a plain capital question with the document's city.

Runs the real chain (default models, no adapter unless configured) over the shipped countries
with one question each, in a throw-away store, and prints the rate; ``--json FILE`` saves the
details. A city written with alternatives in the data ("Helsinki [Helsingfors]") counts when its
first name appears. Example::

    python benchmarks/capital_accuracy.py --limit 120 --json artifacts/accuracy.json
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

import torch

from chatbot.rag.chain import build_chain
from chatbot.settings import Settings
from ingest.run import ingest
from vectorstore.config import SHIPPED_DATA

QUESTION = "What is the capital of {country}?"


def main_name(city: str) -> str:
    """The first spelling of a city given with alternatives, e.g. 'Helsinki [Helsingfors]' → 'Helsinki'."""
    return re.split(r"\s*[\[(]", city)[0].strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="Countries to ask about (0: all with a city).")
    parser.add_argument("--json", type=Path, help="Write the per-question results here.")
    args = parser.parse_args()
    torch.set_num_threads(1)
    rows = [r for r in json.loads(SHIPPED_DATA.read_text()) if r["city"]]
    if args.limit:
        rows = random.Random(1901).sample(rows, args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(persist_dir=Path(tmp) / "chroma")
        ingest(settings)
        chain = build_chain(settings)
        results = []
        for row in rows:
            started = time.perf_counter()
            answer = chain.invoke(QUESTION.format(country=row["country"]))["answer"]
            correct = main_name(row["city"]).casefold() in answer.casefold()
            results.append(
                {**row, "answer": answer, "correct": correct, "seconds": time.perf_counter() - started}
            )
    rate = sum(r["correct"] for r in results) / len(results)
    print(f"correct {sum(r['correct'] for r in results)}/{len(results)} = {rate:.1%}")
    print(f"median seconds per answer {statistics.median(r['seconds'] for r in results):.2f}")
    for r in results:
        if not r["correct"]:
            print(f"  wrong: {r['country']} → expected {r['city']!r}, got {r['answer']!r}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"rate": rate, "results": results}, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
