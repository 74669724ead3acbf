"""Calibrate ``abstain_threshold``: answers and abstentions of the tuned model at each threshold.

The chain answers every question once with the model made to answer (threshold 1), and for each
part of the question the model's probability of opening with "I don't know" is read from the same
prompt. At threshold t the model abstains on a part when that opening is its likeliest and has at
least t (t = 0: its likeliest, i.e. plain greedy); otherwise it gives the forced answer, checked
against the documents as the chain does with ``--grounding``. So one run prints the whole curve:
answered (answerable questions answered right), abstained (unanswerable ones), per threshold.
Example::

    python -m benchmarks.abstention --questions data/eval/mixed.jsonl \
        --documents data/country_by_capital_city.json --documents data/eval/documents/islands.csv \
        --grounding --json artifacts/abstention-mixed.json
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import torch
from transformers import DynamicCache

from chatbot.evaluation.evaluate import judge, known_cities, load_questions
from chatbot.lm.models import load_for_chat
from chatbot.rag.chain import Rag
from chatbot.settings import Settings
from ingest.run import ingest
from vectorstore.embedder import load_embedder

FORCED = {"abstain_threshold": 1.0}  # the model made to answer; "grounding" from --grounding
THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0)


def opening(rag: Rag, question: str) -> list[tuple[float, bool] | None]:
    """Per part of ``question``: the probability of the "I don't know" opening and whether it is the
    likeliest; None for a part answered "I don't know" without the model, (0, False) for one answered
    without it from a table row or as small talk (it never abstains)."""
    step = rag.prompt(rag.retrieve(rag.question(question)))
    engine = rag.llm.engine
    out = []
    for part in step.parts:
        if part.prompt is None:  # answered without the model (a table's cell, small talk), or not at all
            out.append((0.0, False) if part.given else None)
            continue
        with torch.inference_mode():
            logits = engine.prefill(engine.layout(part.prompt.text, part.prompt.segments), DynamicCache())
        probabilities = torch.softmax(logits.float(), dim=-1)
        p = float(probabilities[engine.abstaining])
        out.append((p, int(probabilities.argmax()) == engine.abstaining))
    return out


def at(row: dict, threshold: float) -> tuple[bool, bool]:
    """(correct, abstained) of one measured question at ``threshold``."""
    stops = [o is None or (o[1] and o[0] >= threshold) for o in row["openings"]]
    abstained = stops[0] or all(stops) or row["forced_abstained"]
    if row["expected"] is not None:
        return row["forced_correct"] and not any(stops), abstained
    if row["abstain"]:
        return abstained, abstained
    return row["forced_correct"] and not abstained, abstained


def curve(rows: list[dict]) -> list[dict]:
    """Answered / abstained / accuracy per threshold."""
    answerable = [r for r in rows if r["expected"] is not None]
    unanswerable = [r for r in rows if r["expected"] is None and r["abstain"]]
    points = []
    for t in THRESHOLDS:
        point = {"threshold": t, "accuracy": sum(at(r, t)[0] for r in rows) / len(rows)}
        if answerable:
            point["answered"] = sum(at(r, t)[0] for r in answerable) / len(answerable)
        if unanswerable:
            point["abstained"] = sum(at(r, t)[1] for r in unanswerable) / len(unanswerable)
        points.append(point)
    return points


def measure(settings: Settings, questions: list[dict], grounding: bool) -> list[dict]:
    """Every question's openings and forced answer (checked when ``grounding``)."""
    rag = Rag(settings, load_for_chat(settings), load_embedder(settings.embedder, settings.models_dir))
    chain, known = rag.runnable(), known_cities(settings)
    rows = []
    for row in questions:
        options = {**FORCED, "grounding": grounding}
        forced = chain.invoke({"question": row["question"], "options": options})
        record = judge(row, forced, 0.0, known)
        rows.append(
            {**row, "openings": opening(rag, row["question"]), "forced": record.answer,
             "forced_correct": record.correct, "forced_abstained": record.abstained,
             "sources": record.sources}
        )  # fmt: skip
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, required=True)
    parser.add_argument("--documents", type=Path, action="append", required=True)
    parser.add_argument("--top-k", type=int, default=None)
    parser.add_argument("--threshold", type=float, default=None, help="score_threshold of retrieval")
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--grounding", action="store_true",
        help="check the forced answers as the chain does by default (off: the model's answer as it is)",
    )  # fmt: skip
    args = parser.parse_args()
    torch.set_num_threads(1)
    given = {"top_k": args.top_k, "score_threshold": args.threshold}
    with tempfile.TemporaryDirectory(prefix="abstention-") as scratch:
        settings = Settings(
            persist_dir=Path(scratch), chroma_url=None, sources=args.documents,
            **{k: v for k, v in given.items() if v is not None},
        )  # fmt: skip
        ingest(settings)
        rows = measure(settings, load_questions(args.questions), args.grounding)
    points = curve(rows)
    print(f"{'threshold':>9} {'accuracy':>9} {'answered':>9} {'abstained':>10}")
    for p in points:
        cells = [f"{p.get(k, float('nan')):>9.1%}" for k in ("accuracy", "answered", "abstained")]
        print(f"{p['threshold']:>9.2f} " + " ".join(cells))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"curve": points, "rows": rows}, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
