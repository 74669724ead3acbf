"""The web chat: a Gradio ChatInterface that streams answers and lists their sources.

Callable over the API too: ``gradio_client.Client(url).predict("What is the capital of France?",
api_name="/chat")`` returns the answer with its sources.
"""

from __future__ import annotations

from collections.abc import Iterator

import gradio as gr
from langchain_core.runnables import Runnable

import vectorstore  # noqa: F401  (offline environment, analytics off, before gradio is imported)
from chatbot.chain import EmptyQuestionError

EXAMPLES = ["What is the capital of Germany?", "capital of japan?", "What is the capital of Atlantis?", "Hi!"]


def sources_markdown(sources: list) -> str:
    """The sources under an answer: text, score, file; or the 'no matching documents' note."""
    if not sources:
        return "\n\n---\n*No matching documents.*"
    lines = [
        f"- {d.page_content} — score {d.metadata['score']:.2f}, {d.metadata.get('source', '?')}"
        for d in sources
    ]
    return "\n\n---\n**Sources**\n" + "\n".join(lines)


def respond(chain: Runnable, message: str) -> Iterator[str]:
    """Stream the answer to ``message``, then append its sources."""
    answer, sources = "", []
    try:
        for chunk in chain.stream(message):
            sources = chunk.get("sources", sources)
            answer += chunk.get("answer", "")
            if "answer" in chunk:
                yield answer
    except EmptyQuestionError as exc:
        yield str(exc)
        return
    yield answer + sources_markdown(sources)


def create_app(chain: Runnable) -> gr.Blocks:
    """The chat UI around ``chain``."""

    def chat(message: str, history: list) -> Iterator[str]:
        yield from respond(chain, message)

    return gr.ChatInterface(
        chat,
        title="Capital-city RAG chatbot",
        description="Answers from its documents, with sources; says so when they don't hold the answer.",
        examples=EXAMPLES,
        cache_examples=False,
        api_name="chat",
        concurrency_limit=2,
        flagging_mode="never",
    )


def launch(chain: Runnable, host: str = "127.0.0.1", port: int = 7860) -> None:
    """Serve the UI; never through a share link."""
    app = create_app(chain)
    app.queue(max_size=64).launch(server_name=host, server_port=port, share=False, show_error=False)
