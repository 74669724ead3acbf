"""Training data: alpaca rows from files and hub datasets, rendered as prompt/completion pairs.

A row is alpaca-format (``instruction``, ``input``, ``output``), optionally with ``documents``: the
input as the separate documents it joins (the generated rows have them; a plain row's input is one
document). :func:`to_example` renders it with the seed's template, as the segments of
:mod:`chatbot.lm.layout`, and the completion apart, so the loss can be put on the completion only. Example::

    rows, source = load_file(Path("my_rows.jsonl"))
    to_example(rows[0])
    # {"segments": ["<Input>", " ...", "<Inst> ...<Response>"], "completion": "... </Response>"}
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from chatbot.lm.layout import prompt_segments
from chatbot.rag.prompt import END_TAG, sanitize
from common.errors import DataError, JsonError
from common.jsontext import parse_json

FIELDS = ("instruction", "input", "output")


@dataclass(frozen=True)
class Source:
    """Where rows came from, recorded in the adapter's metadata."""

    name: str
    rows: int
    sha256: str

    def as_dict(self) -> dict:
        return asdict(self)


def rows_hash(rows: list[dict]) -> str:
    """A content hash of rows, independent of how they were stored."""
    return hashlib.sha256(json.dumps(rows, sort_keys=True).encode()).hexdigest()


def check_rows(rows: object, name: str) -> list[dict]:
    """``rows`` as alpaca dicts of strings, or a :class:`DataError` naming the first bad row."""
    if not isinstance(rows, list) or not rows:
        raise DataError(f"{name}: expected a non-empty list of rows")
    clean = []
    for number, row in enumerate(rows, 1):
        if not isinstance(row, dict) or not isinstance(row.get("instruction"), str):
            raise DataError(f"{name}: row {number} needs a text 'instruction'")
        if not isinstance(row.get("output"), str) or not row["output"].strip():
            raise DataError(f"{name}: row {number} needs a non-empty text 'output'")
        if not isinstance(row.get("input") or "", str):
            raise DataError(f"{name}: row {number} has an 'input' that is not text")
        documents = row.get("documents")
        if documents is not None and not (
            isinstance(documents, list) and all(isinstance(d, str) for d in documents)
        ):
            raise DataError(f"{name}: row {number} has 'documents' that are not a list of texts")
        input_ = row.get("input") or ""
        clean.append(
            {
                "instruction": row["instruction"],
                "input": input_,
                "documents": documents if documents is not None else [input_] if input_ else [],
                "output": row["output"],
            }
        )
    return clean


def load_file(path: Path) -> tuple[list[dict], Source]:
    """Rows from a JSON list or a JSON Lines file."""
    try:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            raw = [parse_json(line) for line in text.splitlines() if line.strip()]
        else:
            raw = parse_json(text)
    except (OSError, UnicodeDecodeError, JsonError) as exc:
        raise DataError(f"{path}: cannot read alpaca rows ({exc})") from exc
    rows = check_rows(raw, str(path))
    return rows, Source(str(path), len(rows), rows_hash(rows))


def load_hub_dataset(dataset_id: str) -> tuple[list[dict], Source]:
    """The ``train`` split of a Hugging Face dataset (needs a reachable hub, or its local cache)."""
    import datasets

    try:
        raw = datasets.load_dataset(dataset_id, split="train").to_list()
    except Exception as exc:  # datasets raises many types for "no hub / no such dataset"
        raise DataError(
            f"Cannot load the dataset {dataset_id!r} ({exc.__class__.__name__}). The hub is switched off "
            "(HF_HUB_OFFLINE=1) or unreachable: set HF_HUB_OFFLINE=0 where a hub is reachable, or download "
            "it elsewhere and pass the JSON file with --data."
        ) from exc
    rows = check_rows(raw, dataset_id)
    return rows, Source(f"hf:{dataset_id}", len(rows), rows_hash(rows))


def to_example(row: dict) -> dict:
    """The seed's template as prompt segments, and the completion the loss is computed on (the
    tokenizer's EOS is appended when it is tokenized)."""
    given = row.get("documents")
    documents = [d for d in (sanitize(d) for d in (given if given is not None else [row["input"]])) if d]
    return {
        "segments": prompt_segments(sanitize(row["instruction"]), documents),
        "completion": f"{sanitize(row['output'])} {END_TAG}",
    }
