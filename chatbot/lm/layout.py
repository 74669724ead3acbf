"""How a RAG prompt is laid out for the model: each document encoded on its own.

The prompt is the seed's template, cut into segments: the shared head ``<Input>``, one segment per
document (`` {document}``), and the tail ``<Inst> {question}<Response>`` (in training, followed by
the answer). With *independent documents* (after TurboRAG, arXiv 2410.07590) a document's tokens
attend only to the head and to themselves, and its positions restart right after the head, so its
keys and values do not depend on which other documents share the prompt or where: they can be
computed once per document and reused (see the engine's document cache). The tail attends to
everything, at the positions that follow all documents. A model reads such prompts well only when it
was tuned on them; the adapter records it (``training.json``: ``"documents": "independent"``).
Joined (any other model), the head and the documents are still reusable as the prompt's whole
beginning (``Layout.reusable``): the next question about the same documents has the same tokens
there, at the same positions.

Segments are tokenized one by one, in training and in answering alike, so both see the same ids.
Example::

    segments = prompt_segments("capital of peru?", ["The capital of Peru is Lima."])
    layout = encode(tokenizer, segments)
    layout.ids, layout.positions, layout.segments   # segments: 0 head and tail, 1.. the documents
    allowed(layout)                                   # [n, n] bool: may token i attend to token j
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import torch

HEAD = "<Input>"
INST = "<Inst>"


@dataclass
class Layout:
    """Token ids with their positions and segments (0: the head or the tail; i > 0: document i)."""

    ids: list[int] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    segments: list[int] = field(default_factory=list)
    reusable: int = 0  # leading tokens (the head and the documents) that read nothing after them

    def extend(self, ids: list[int]) -> None:
        """Append tail tokens (the question, an answer) at the positions after every token so far
        (documents counted one after another, so the tail's positions are the plain prompt's)."""
        self.positions += range(len(self.ids), len(self.ids) + len(ids))
        self.ids += ids
        self.segments += [0] * len(ids)


def prompt_segments(question: str, documents: list[str]) -> list[str]:
    """The template's segments for already-sanitized parts (one segment when there is no document)."""
    tail = f"{INST} {question}<Response>"
    return [HEAD, *(f" {d}" for d in documents), tail] if documents else [tail]


def laid_out(tokenizer, prompt: str, segments: Sequence[str] | None, independent: bool = True) -> Layout:
    """``prompt`` as :func:`encode` lays it out: by its ``segments`` where they make it up, else as one
    text (a prompt built without them, e.g. for a bare instruct model)."""
    if segments and "".join(segments) == prompt:
        return encode(tokenizer, list(segments), independent)
    return encode(tokenizer, [prompt])


def encode(tokenizer, segments: list[str], independent: bool = True) -> Layout:
    """Tokenize ``segments`` (as :func:`prompt_segments` makes them) into a layout.

    Not ``independent``: one causal sequence. Independent: documents restart their positions after
    the head and see only the head and themselves.
    """
    pieces = [tokenizer(s, add_special_tokens=False).input_ids for s in segments]
    layout = Layout()
    if len(pieces) == 1 or not independent:
        layout.extend([i for piece in pieces for i in piece])
        layout.reusable = len(layout.ids) - len(pieces[-1]) if len(pieces) > 1 else 0
        return layout
    head, *documents, tail = pieces
    layout.ids, layout.positions, layout.segments = list(head), list(range(len(head))), [0] * len(head)
    for number, document in enumerate(documents, 1):
        layout.ids += document
        layout.positions += range(len(head), len(head) + len(document))
        layout.segments += [number] * len(document)
    layout.extend(tail)
    return layout


def allowed(layout: Layout) -> torch.Tensor:
    """``[n, n]`` bool: token i may attend to token j (causal; documents only to the head and themselves)."""
    n = len(layout.ids)
    causal = torch.ones(n, n, dtype=torch.bool).tril()
    segment = torch.tensor(layout.segments)
    same = segment[:, None] == segment[None, :]
    reads_all = (segment == 0)[:, None]  # the head and the tail (a document's row reads only its own)
    head_or_same = (segment == 0)[None, :] | same
    return causal & (reads_all | head_or_same)


def segment_spans(segments: list[int]) -> list[tuple[int, int]]:
    """The (start, end) of each run of one segment: the head, each document, the tail."""
    spans, start = [], 0
    for i in range(1, len(segments) + 1):
        if i == len(segments) or segments[i] != segments[start]:
            spans.append((start, i))
            start = i
    return spans
