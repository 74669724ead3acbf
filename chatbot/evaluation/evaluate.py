"""Evaluation through the real chain: retrieval hit@1/hit@k/MRR, answer accuracy and latency, per kind.

A question set is JSON Lines of ``{"question", "expected", "kind"}``; ``expected`` is the text the
answer must contain (case, accents, thousands separators and leading zeros ignored), a list of texts
it must all contain (a question about several entities), or null when the documents do not answer:
then the answer is right when it says "I don't know" (an *abstention*; any other answer is
*invented*). Small talk is marked ``"abstain": false``: right when it is answered without naming
anything the store knows. Retrieval counts a document as a hit when it contains an expected text.
Example::

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
from common.errors import QuestionSetError
from common.jsontext import jsonl_objects


@dataclass
class Record:
    """One evaluated question."""

    question: str
    expected: str | list[str] | None
    kind: str
    answer: str
    sources: list[str]
    seconds: float
    rank: int | None  # 1-based rank of the first retrieved document containing ``expected``
    correct: bool
    abstained: bool
    unanswerable: bool = False  # the documents do not answer it: the right answer abstains
    retrieval_s: float = 0.0  # of ``seconds``, the time spent retrieving and gating documents


def load_questions(path: Path) -> list[dict]:
    """The question set, each row checked; a bad line raises a :class:`QuestionSetError` naming it."""
    rows = []
    for where, row in jsonl_objects(path, QuestionSetError):
        if not isinstance(row.get("question"), str):
            raise QuestionSetError(f"{where}: needs a 'question' string")
        expected = row.get("expected")
        if not (expected is None or isinstance(expected, str) or _texts(expected)):
            raise QuestionSetError(f"{where}: 'expected' must be a string, a list of strings or null")
        kind = str(row.get("kind", "all"))
        rows.append(
            {
                "question": row["question"],
                "expected": expected,
                "kind": kind,
                "abstain": row.get("abstain", True),
            }
        )
    if not rows:
        raise QuestionSetError(f"{path}: no questions")
    return rows


def _texts(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) and v for v in value)


def fold(text: str) -> str:
    """Lower case without accents, thousands separators or leading zeros, "&" as "and": so 'Bogotá'
    matches 'bogota', '4,820' matches '4820' and '08:15' matches '8:15'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    return re.sub(r"\b0+(?=\d)", "", text).replace("&", "and")


def mentions(text: str, value: str) -> bool:
    """Whether ``value`` appears in ``text`` as whole words (case and accents ignored)."""
    return re.search(rf"(?<!\w){re.escape(fold(value))}(?!\w)", fold(text)) is not None


def names(expected: str) -> list[str]:
    """The accepted names: the data writes alternatives in brackets, "Bruxelles [Brussel]", "A [B/C]"."""
    main, _, rest = expected.partition("[")
    return [expected] + [n.strip() for n in [main, *rest.rstrip("]").split("/")] if n.strip()]


NO_ANSWER_START = NO_ANSWER.split(":")[0]  # "I don't know"


def abstains(answer: str) -> bool:
    """Whether the answer says the documents do not answer (the whole question, or a part of it)."""
    return answer.startswith(NO_ANSWER_START)


def judge(row: dict, result: dict, seconds: float, known: set[str]) -> Record:
    """Score one chain result against its question row."""
    expected, answer = row["expected"], result["answer"] or ""
    wanted = [] if expected is None else [expected] if isinstance(expected, str) else expected
    sources = [doc.page_content for doc in result["sources"]]
    accepted = [n for e in wanted for n in names(e)]
    hit = (i for i, text in enumerate(sources, 1) if any(mentions(text, n) for n in accepted))
    rank = next(hit, None)
    if expected is not None:
        correct = all(any(mentions(answer, name) for name in names(e)) for e in wanted)
    elif row.get("abstain", True):
        correct = abstains(answer)
    else:  # small talk: answered, naming nothing the store knows
        correct = not abstains(answer) and not any(mentions(answer, value) for value in known)
    unanswerable = expected is None and row.get("abstain", True)
    return Record(
        row["question"], expected, row["kind"], answer, sources, seconds, rank, correct, abstains(answer),
        unanswerable, result.get("retrieval_s", 0.0),
    )  # fmt: skip


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
        "retrieval_p50_s": statistics.median(r.retrieval_s for r in records),
        "retrieval_p95_s": _percentile([r.retrieval_s for r in records], 0.95),
    }
    unanswerable = [r for r in records if r.unanswerable]
    if unanswerable:  # "invented": an answer where the documents hold none
        out["invented"] = sum(not r.abstained for r in unanswerable) / len(unanswerable)
    if answerable:
        out["answered"] = sum(r.correct for r in answerable) / len(answerable)
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
