"""Training rows from real-looking documents and questions about them: reading in natural language.

Templated rows teach the answer's form, but a small model tuned on them alone learns to match
templates and stops reading prose it has not seen in that shape. A folder of written documents with
questions (``questions.jsonl``, or another JSON Lines file beside ``documents/``: ``{"document",
"question", "answer", "value"}``, ``value`` null for a question the document does not answer) gives it
paraphrase: each document is chunked the way
ingestion chunks files (:mod:`ingest.documents`), and each question becomes a row whose documents are
the chunk that holds the value (of several, the one sharing the most words with the question and its
answer: a table's value may sit in other rows too) plus chunks that do not (other chunks of the same
file first, they are the hardest), in random order; an unanswerable question gets only related
chunks and the "I don't know" answer. Example::

    rows, source = reading_rows(Path("data/training"), seed=1901)
    rows[0]  # {"instruction": ..., "documents": [...], "input": ..., "output": ...}
"""

from __future__ import annotations

import random
from pathlib import Path

from chatbot.finetune.data import Source, rows_hash
from chatbot.rag.answer import NO_ANSWER
from common.errors import DataError
from common.jsontext import jsonl_objects
from ingest.documents import load_documents
from vectorstore.words import words

MAX_DOCUMENTS = 2  # the answering chunk and one more: long rows cost CPU time


def load_questions(path: Path) -> list[dict]:
    """The question rows, each checked (a bad line names its number)."""
    rows = []
    for where, row in jsonl_objects(path, DataError):
        if not all(isinstance(row.get(k), str) for k in ("document", "question", "answer")):
            raise DataError(f"{where}: needs 'document', 'question' and 'answer' strings")
        if not isinstance(row.get("value"), str | None):
            raise DataError(f"{where}: 'value' must be a string or null")
        rows.append(row)
    return rows


def related(chunks: list[str], question: str, rng: random.Random, n: int) -> list[str]:
    """``n`` of ``chunks``, those sharing the most words with the question first (ties at random)."""
    asked = set(words(question))
    ranked = sorted(chunks, key=lambda c: (-len(asked & set(words(c))), rng.random()))
    return ranked[:n]


def reading_rows(source: Path, seed: int) -> tuple[list[dict], Source]:
    """Rows for every question of ``source`` (a questions file, or a folder's ``questions.jsonl``)
    over the ``documents/`` folder beside it."""
    rng = random.Random(seed)
    path = source / "questions.jsonl" if source.is_dir() else source
    folder = path.parent
    questions = load_questions(path)
    files = sorted((folder / "documents").iterdir())
    chunks = {path.name: [d.page_content for d in load_documents(path)] for path in files}
    rows = []
    for q in questions:
        own = chunks.get(q["document"])
        if own is None:
            raise DataError(f"{folder}: no document {q['document']!r} for the question {q['question']!r}")
        value = q["value"]
        holding = [c for c in own if value and value.casefold() in c.casefold()]
        if value and value.casefold() not in " ".join(own).casefold():
            raise DataError(f"{folder}: {q['document']} does not contain {value!r} ({q['question']!r})")
        if value and not holding:
            continue  # the value spans two chunks: no single document answers it
        others = [c for c in own if c not in holding]
        n = rng.randint(0 if value else 1, MAX_DOCUMENTS - (1 if value else 0))
        docs = related(others, q["question"], rng, n)
        if len(docs) < n or rng.random() < 0.3:  # now and then a chunk of another file
            name = rng.choice([k for k in chunks if k != q["document"]])
            docs.append(rng.choice(chunks[name]))
        docs = [*related(holding, f"{q['question']} {q['answer']}", rng, 1), *docs][:MAX_DOCUMENTS]
        rng.shuffle(docs)
        answer = q["answer"] if value else NO_ANSWER
        rows.append(
            {"instruction": q["question"], "documents": docs, "input": " ".join(docs), "output": answer}
        )
    name = folder.name if source.is_dir() else f"{folder.name}/{path.name}"
    return rows, Source(f"reading:{name}", len(rows), rows_hash(rows))
