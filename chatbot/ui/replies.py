"""One chat turn, shared by the web chat and its API: the standalone question (condensed from the
chat's earlier questions), then the answer as it streams, its sources and the model's exact prompt.

Example::

    gate = threading.Semaphore(2)
    for reply in stream_reply(chain, ["What is the capital of Germany?"], "And of France?", {}, gate):
        print(reply.query, reply.answer)   # 'What is the capital of France?' 'The capital of ...'
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from langchain_core.documents import Document
from langchain_core.runnables import Runnable

from chatbot.rag.followup import condense
from chatbot.rag.sources import source_json


@dataclass
class Reply:
    """A chat turn so far: what was searched for, the answer's text, its sources, the model's prompt."""

    query: str
    answer: str = ""
    sources: list[Document] = field(default_factory=list)
    prompt: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The turn as plain JSON values (what the API returns)."""
        return {
            "question": self.query,
            "answer": self.answer,
            "sources": [source_json(d) for d in self.sources],
            "prompt": self.prompt,
        }


def stream_reply(
    chain: Runnable,
    previous: Sequence[str],
    message: str,
    options: dict[str, Any] | None,
    gate: threading.Semaphore,
) -> Iterator[Reply]:
    """Answer ``message`` (a follow-up of the standalone questions ``previous``) with this request's
    ``options``, yielding the growing reply at every answer piece. ``gate`` bounds how many answers
    the whole server generates at once (the chat and the API, the CPU's capacity). The chain's
    errors (an empty question, a bad option) propagate."""
    reply = Reply(condense(previous, message))
    with gate:
        for chunk in chain.stream({"question": reply.query, "options": options or {}}):
            reply.sources = chunk.get("sources", reply.sources)
            reply.prompt = chunk.get("prompt", reply.prompt)
            if "answer" in chunk:
                reply.answer += chunk["answer"]
                yield reply
