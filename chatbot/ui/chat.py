"""The Chat tab: streamed answers, each followed by its sources in a compact expandable block, and
a Settings panel whose values apply to the request that carries them (so two users with
different settings never affect each other)."""

from __future__ import annotations

import html
import threading
from collections.abc import Callable, Iterator
from typing import Any

import gradio as gr
from langchain_core.runnables import Runnable

from chatbot.rag.followup import standalone_questions
from chatbot.rag.sources import where
from chatbot.settings import Settings
from chatbot.ui.replies import Reply, stream_reply
from common.errors import UserError

EXAMPLES = ["What is the capital of Germany?", "capital of japan?", "What is the capital of Atlantis?", "Hi!"]
# The per-request options the Settings panel sets, in the order of its controls.
OPTIONS = (
    "temperature",
    "top_p",
    "frequency_penalty",
    "max_new_tokens",
    "greedy",
    "top_k",
    "score_threshold",
    "use_adapter",
)


def settings_controls(settings: Settings) -> list[gr.Component]:
    """The Settings panel's controls, one per :data:`OPTIONS` entry, starting at the server's settings
    (not rendered here: the ChatInterface puts them in its Settings accordion)."""
    has_adapter = settings.adapter_path() is not None
    return [
        gr.Slider(0.05, 2.0, settings.temperature, step=0.05, label="Temperature (sampling)", render=False),
        gr.Slider(0.05, 1.0, settings.top_p, step=0.05, label="Top-p (sampling)", render=False),
        gr.Slider(0.0, 2.0, settings.frequency_penalty, step=0.01, label="Frequency penalty", render=False),
        gr.Slider(1, 256, settings.max_new_tokens, step=1, label="Max new tokens", render=False),
        gr.Checkbox(
            settings.greedy, label="Greedy decoding (off: sample with temperature and top-p)", render=False
        ),
        gr.Slider(
            1, 10, settings.top_k, step=1, label="Retrieval top-k (documents per question)", render=False
        ),
        gr.Slider(
            0.0, 1.0, settings.score_threshold, step=0.01, label="Score threshold (min. cosine)", render=False
        ),
        gr.Checkbox(
            has_adapter,
            label="Tuned adapter (off: the base model, to compare)",
            interactive=has_adapter,
            render=False,
        ),
    ]


def user_texts(history: list[dict[str, Any]]) -> list[str]:
    """The text of every user message of a Gradio chat history (plain or normalized content)."""
    texts = []
    for message in history:
        if message.get("role") != "user":
            continue
        content = message.get("content")
        parts = content if isinstance(content, list) else [content]
        texts.append(" ".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in parts))
    return texts


def sources_message(reply: Reply, options: dict[str, Any]) -> gr.ChatMessage:
    """The expandable block under an answer: the question searched for, then each source with its
    score and file, or the visible "no matching documents" state."""
    searched = f"Searched for: *{html.escape(reply.query)}*"
    if not reply.sources:
        note = (
            f"No document scored at least {options['score_threshold']:.2f}, "
            "so this answer does not come from the documents."
        )
        return gr.ChatMessage(
            content=f"{note}\n\n{searched}", metadata={"title": "No matching documents", "status": "done"}
        )
    lines = [
        f"{n}. {html.escape(d.page_content)}  \n   <small>score **{d.metadata.get('score', 0):.2f}** · "
        f"{html.escape(where(d))}</small>"
        for n, d in enumerate(reply.sources, 1)
    ]
    title = f"Sources ({len(reply.sources)}): {html.escape(where(reply.sources[0]))}"
    return gr.ChatMessage(
        content="\n".join([*lines, "", searched]), metadata={"title": title, "status": "done"}
    )


def responder(
    chain: Runnable, gate: threading.Semaphore
) -> Callable[..., Iterator[tuple[list[gr.ChatMessage], str]]]:
    """The ChatInterface function: (message, history, *settings values) → (messages, the model's prompt)."""

    def respond(message: str, history: list[dict[str, Any]], *values: Any):
        options = dict(zip(OPTIONS, values, strict=True))
        options["top_k"], options["max_new_tokens"] = int(options["top_k"]), int(options["max_new_tokens"])
        previous = standalone_questions(user_texts(history))
        reply = None
        try:
            for reply in stream_reply(chain, previous, message, options, gate):
                yield [gr.ChatMessage(content=reply.answer)], gr.skip()
        except UserError as exc:
            yield [gr.ChatMessage(content=f"Sorry, I can't answer that: {exc}")], gr.skip()
            return
        if reply is not None:
            prompt = reply.prompt or (
                "(no prompt: the answer is a table row's cell, read off the row without the model)"
                if reply.sources
                else "(no prompt: no document matched, so the model was not asked)"
            )
            yield [gr.ChatMessage(content=reply.answer), sources_message(reply, options)], prompt

    return respond
