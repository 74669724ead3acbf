"""Retrieval quality on a question set, without the language model: vector vs hybrid retrieval.

For every question with an expected answer: hit@1 (the first retrieved document contains it, as
``chatbot eval`` counts it) with the configured threshold, and the ranking alone (threshold -1).
For questions without one (fictional places, chit-chat …): the share that gets no document, which
for fictional places must stay 100%. Run from the repository root::

    python -m benchmarks.retrieval_quality --json artifacts/bench/retrieval_quality.json
    python -m benchmarks.retrieval_quality --retrieval vector --embedder mpnet
    python -m benchmarks.retrieval_quality --held-out   # questions the dev set's generator did not make

``--held-out`` asks, instead of the dev set, about every shipped country with one slip of another
seed (``typo-slip``: dropped, doubled or swapped letter, as in the dev set), with one *changed*
letter (``typo-changed``, which hybrid retrieval deliberately does not mend), and about 200
invented countries (``invented``, which must get no document).
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from collections.abc import Callable
from pathlib import Path

from benchmarks.report import print_table, save_json
from chatbot.evaluation.evaluate import load_questions, mentions
from chatbot.finetune.grounded import shipped_names
from chatbot.finetune.names import Names, typo
from ingest.run import ingest
from vectorstore.config import SHIPPED_DATA, StoreSettings
from vectorstore.embedder import Embedder, load_embedder
from vectorstore.retriever import make_retriever
from vectorstore.store import open_store

DEV_SET = Path(__file__).resolve().parent.parent / "data" / "eval" / "dev.jsonl"
Retrieve = Callable[[str], list[str]]


def hit_or_abstain(row: dict, texts: list[str]) -> bool:
    """Right for this row: the top document holds the expected answer, or no document when none is."""
    if row["expected"] is None:
        return not texts
    return bool(texts) and mentions(texts[0], row["expected"])


def per_kind(rows: list[dict], retrieve: Retrieve) -> dict[str, float]:
    """Percentage of rows that are right, per kind and overall (answerable and unanswerable apart)."""
    right: dict[str, list[bool]] = {}
    for row in rows:
        outcome = hit_or_abstain(row, retrieve(row["question"]))
        right.setdefault(row["kind"], []).append(outcome)
        right.setdefault("answerable" if row["expected"] else "no answer", []).append(outcome)
    return {kind: round(100 * sum(values) / len(values), 1) for kind, values in right.items()}


def changed_letter(word: str, rng: random.Random) -> str:
    """``word`` with one letter replaced by another (never the first letter)."""
    i = rng.randrange(1, len(word))
    return word[:i] + rng.choice([c for c in "aeioulnrst" if c != word[i].lower()]) + word[i + 1 :]


def held_out_rows(seed: int = 7) -> list[dict]:
    """Typos and invented places made with another seed and, for ``typo-changed``, another kind of slip."""
    rng = random.Random(seed)
    data = [d for d in json.loads(SHIPPED_DATA.read_text(encoding="utf-8")) if len(d["country"]) >= 6]
    ask = "what is the capital of {}?"
    rows = [{"question": ask.format(typo(d["country"], rng)), "expected": d["city"] or "unknown",
             "kind": "typo-slip"} for d in data]  # fmt: skip
    rows += [{"question": ask.format(changed_letter(d["country"], rng)), "expected": d["city"] or "unknown",
              "kind": "typo-changed"} for d in data]  # fmt: skip
    names = Names(rng, reserved=shipped_names(SHIPPED_DATA))
    return rows + [
        {"question": ask.format(names.make("country")), "expected": None, "kind": "invented"}
        for _ in range(200)
    ]


def retriever_for(settings: StoreSettings, embedder: Embedder) -> Retrieve:
    """A function question → retrieved texts, through the configured retriever."""
    retriever = make_retriever(open_store(settings, embedder, create=False), settings)
    return lambda question: [doc.page_content for doc in retriever.invoke(question)]


def measure(rows: list[dict], store: StoreSettings, embedder: Embedder, retrieval: str) -> list[dict]:
    """Two result rows for one retrieval mode: with the threshold, and by ranking alone."""
    results = []
    for threshold in (store.score_threshold, -1.0):
        settings = store.model_copy(update={"retrieval": retrieval, "score_threshold": threshold})
        shares = per_kind(rows, retriever_for(settings, embedder))
        results.append({"embedder": embedder.name.split("/")[-1], "retrieval": retrieval,
                        "threshold": threshold, **shares})  # fmt: skip
    return results


def build_store(folder: Path, embedder: Embedder, sources: list[Path]) -> StoreSettings:
    """A fresh store of ``sources`` in ``folder`` (same collection settings as the chat's)."""
    settings = StoreSettings(persist_dir=folder, embedder=embedder.name)
    ingest(settings, sources, embedder=embedder)
    return settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=DEV_SET)
    parser.add_argument("--documents", type=Path, nargs="*", default=[SHIPPED_DATA])
    parser.add_argument("--embedder", default="minilm")
    parser.add_argument("--retrieval", nargs="*", default=["vector", "hybrid"])
    parser.add_argument("--held-out", action="store_true", help="Generated held-out questions instead.")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = held_out_rows() if args.held_out else load_questions(args.questions)
    embedder = load_embedder(args.embedder, StoreSettings().models_dir)
    with tempfile.TemporaryDirectory() as tmp:
        store = build_store(Path(tmp), embedder, args.documents)
        results = [r for mode in args.retrieval for r in measure(rows, store, embedder, mode)]
    questions = "held-out" if args.held_out else str(args.questions)
    print_table(f"retrieval hit@1 / abstention, % ({questions})", results)
    save_json(args.json, "retrieval_quality", results, questions=questions)


if __name__ == "__main__":
    main()
