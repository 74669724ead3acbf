"""Evaluation through the real chain: retrieval hit@1/hit@k/MRR, answer accuracy and latency, per kind.

A question set is JSON Lines of ``{"question", "expected", "kind"}``; ``expected`` is the text the
answer must contain (case and accents ignored), or null when no answer should be given — then the
answer is right when it names no city that is in the store. Retrieval counts a document as a hit
when it contains the expected text. Example::

    rows = load_questions(Path("data/eval/dev.jsonl"))
    records = run(chain, rows)
    summary = summarize(records)      # {"overall": {...}, "plain": {...}, ...}
"""

from __future__ import annotations

import json
import re
import statistics
import time
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

from langchain_core.runnables import Runnable

from chatbot.rag.answer import NO_ANSWER
from common.errors import JsonError, QuestionSetError
from common.jsontext import parse_json


@dataclass
class Record:
    """One evaluated question."""

    question: str
    expected: str | None
    kind: str
    answer: str
    sources: list[str]
    seconds: float
    rank: int | None  # 1-based rank of the first retrieved document containing ``expected``
    correct: bool
    abstained: bool


def load_questions(path: Path) -> list[dict]:
    """The question set, each row checked; a bad line raises a :class:`QuestionSetError` naming it."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = parse_json(line)
        except JsonError as exc:
            raise QuestionSetError(f"{path} line {number}: {exc}") from exc
        if not isinstance(row, dict) or not isinstance(row.get("question"), str):
            raise QuestionSetError(f"{path} line {number}: needs a 'question' string")
        if not isinstance(row.get("expected"), str | None):
            raise QuestionSetError(f"{path} line {number}: 'expected' must be a string or null")
        kind = str(row.get("kind", "all"))
        rows.append({"question": row["question"], "expected": row.get("expected"), "kind": kind})
    if not rows:
        raise QuestionSetError(f"{path}: no questions")
    return rows


def fold(text: str) -> str:
    """Lower case without accents, so 'Bogotá' matches 'bogota'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def mentions(text: str, value: str) -> bool:
    """Whether ``value`` appears in ``text`` as whole words (case and accents ignored)."""
    return re.search(rf"(?<!\w){re.escape(fold(value))}(?!\w)", fold(text)) is not None


def names(expected: str) -> list[str]:
    """The accepted names: the data writes alternatives in brackets, "Bruxelles [Brussel]", "A [B/C]"."""
    main, _, rest = expected.partition("[")
    return [expected] + [n.strip() for n in [main, *rest.rstrip("]").split("/")] if n.strip()]


def judge(row: dict, result: dict, seconds: float, known: set[str]) -> Record:
    """Score one chain result against its question row."""
    expected, answer = row["expected"], result["answer"] or ""
    sources = [doc.page_content for doc in result["sources"]]
    rank = next((i for i, text in enumerate(sources, 1) if expected and mentions(text, expected)), None)
    accepted = names(expected) if expected else []
    if expected is None:
        correct = not any(mentions(answer, city) for city in known)
    else:
        correct = any(mentions(answer, name) for name in accepted)
    return Record(
        row["question"], expected, row["kind"], answer, sources, seconds, rank, correct, answer == NO_ANSWER
    )


def run(chain: Runnable, rows: list[dict], known: set[str], progress: bool = False) -> list[Record]:
    """Ask every question through ``chain`` and judge it."""
    from tqdm import tqdm

    records = []
    for row in tqdm(rows, disable=not progress, desc="questions", unit="q"):
        started = time.perf_counter()
        result = chain.invoke(row["question"])
        records.append(judge(row, result, time.perf_counter() - started, known))
    return records


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def metrics(records: list[Record]) -> dict:
    """The numbers for one group of records (retrieval only over questions that have an answer)."""
    answerable = [r for r in records if r.expected is not None]
    seconds = [r.seconds for r in records]
    out = {
        "questions": len(records),
        "accuracy": sum(r.correct for r in records) / len(records),
        "abstained": sum(r.abstained for r in records) / len(records),
        "p50_s": statistics.median(seconds),
        "p95_s": _percentile(seconds, 0.95),
    }
    if answerable:
        out["hit@1"] = sum(r.rank == 1 for r in answerable) / len(answerable)
        out["hit@k"] = sum(r.rank is not None for r in answerable) / len(answerable)
        out["mrr"] = sum(1 / r.rank for r in answerable if r.rank) / len(answerable)
    return out


def summarize(records: list[Record]) -> dict[str, dict]:
    """Metrics per kind (in order of first appearance) and overall."""
    kinds = list(dict.fromkeys(r.kind for r in records))
    return {kind: metrics([r for r in records if r.kind == kind]) for kind in kinds} | {
        "overall": metrics(records)
    }


def as_json(summary: dict, records: list[Record], settings: dict) -> str:
    """The report file: settings, summary and every record."""
    return json.dumps(
        {"settings": settings, "summary": summary, "records": [asdict(r) for r in records]},
        indent=1,
        ensure_ascii=False,
    )


def known_cities(settings) -> set[str]:
    """Every city named in the store's metadata (what a "no answer" must not mention)."""
    from vectorstore.store import make_client

    collection = make_client(settings).get_collection(settings.collection)
    metadatas = collection.get(include=["metadatas"])["metadatas"] or []
    return {m["city"] for m in metadatas if m and m.get("city") and m["city"] != "unknown"}
