"""The chat's API endpoint ``/chat`` for ``gradio_client``: one question (with the earlier questions
of the conversation, for follow-ups, and per-request options) in, the answer streamed out.

Example::

    from gradio_client import Client
    client = Client("http://127.0.0.1:7860/")
    client.predict("What is the capital of Germany?", api_name="/chat")["answer"]
    client.predict("And of France?", ["What is the capital of Germany?"], {"top_k": 2}, api_name="/chat")
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import gradio as gr
from langchain_core.runnables import Runnable

from chatbot.rag.followup import standalone_questions
from chatbot.ui.replies import stream_reply
from common.errors import UserError


def chat_endpoint(chain: Runnable, gate: threading.Semaphore) -> Callable[..., Iterator[dict[str, Any]]]:
    """The function behind ``/chat``; its type hints are the endpoint's schema."""

    def chat(
        question: str, history: list[str] | None = None, options: dict[str, Any] | None = None
    ) -> Iterator[dict[str, Any]]:
        """Answer ``question`` from the documents. ``history``: the conversation's earlier questions,
        oldest first (a follow-up such as "And of France?" is read against them); ``options``:
        per-request settings (temperature, top_p, frequency_penalty, max_new_tokens, greedy, seed,
        top_k, score_threshold, use_adapter). Yields {question, answer, sources, prompt} as the
        answer grows; ``question`` is the standalone question that was searched for."""
        if not isinstance(options, dict | None) or not isinstance(history, list | None):
            raise gr.Error(
                "history must be a list of questions and options an object.", print_exception=False
            )
        previous = standalone_questions([str(q) for q in history or []])
        try:
            for reply in stream_reply(chain, previous, question, options, gate):
                yield reply.as_json()
        except UserError as exc:
            raise gr.Error(str(exc), print_exception=False) from exc

    return chat
