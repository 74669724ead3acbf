"""The RAG chain: question → retriever → the seed's prompt → the LM → answer + sources.

``build_chain().invoke("What is the capital of France?")`` returns a dict with ``question``,
``settings``, ``sources`` (Documents, score in ``metadata["score"]``), ``prompt`` (exactly what the
model read, or None) and ``answer``; ``.stream(...)`` yields the same keys, then the answer piece by
piece. A request may also be ``{"question": ..., "options": {"temperature": 0.5, "top_k": 3, ...}}``:
those settings (see :data:`chatbot.settings.PER_REQUEST`) apply to that request only, and travel with
it from step to step (:class:`Request` → :class:`Retrieved` → :class:`Prompted`).

When no document passes the score threshold, small talk still goes to the model (without an
``<Input>`` part) but any other question gets :data:`NO_ANSWER`: a small model asked for a fact it
has no document for invents one.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass

from langchain_core.documents import Document
from langchain_core.runnables import Runnable, RunnableConfig, RunnableGenerator, RunnableLambda
from langchain_core.runnables.utils import AddableDict

from chatbot.lm.engine import Engine
from chatbot.lm.llm import EngineLLM
from chatbot.lm.models import LoadedLM, load_for_chat, load_lm
from chatbot.rag.answer import NO_ANSWER, clean_answer
from chatbot.rag.prompt import render_prompt, sanitize, special_tokens
from chatbot.rag.smalltalk import SmallTalk
from chatbot.settings import Settings
from common.errors import QuestionError
from vectorstore.embedder import Embedder, load_embedder
from vectorstore.retriever import make_retriever
from vectorstore.store import open_store


@dataclass(frozen=True)
class Request:
    """A question ready to answer: sanitized and cut to size, with this request's settings."""

    question: str
    settings: Settings


@dataclass(frozen=True)
class Retrieved(Request):
    """The request and the documents retrieved for it (best first)."""

    sources: list[Document]


@dataclass(frozen=True)
class Prompted(Retrieved):
    """The request, its documents and the model's prompt (None: the answer is :data:`NO_ANSWER`)."""

    prompt: str | None


class Rag:
    """The chain's parts, loaded once and shared by every request."""

    def __init__(self, settings: Settings, lm: LoadedLM, embedder: Embedder) -> None:
        self.settings = settings
        self.lm = lm
        self.tokens = special_tokens(lm.tokenizer)  # never let user text or documents forge them
        self.store = open_store(settings, embedder, create=False)
        self.small_talk = SmallTalk(embedder.embeddings)
        self.llm = EngineLLM(engine=Engine(lm))
        self.base: tuple[LoadedLM, EngineLLM] | None = None
        self.base_lock = threading.Lock()
        config = lm.model.config
        self.context_tokens = getattr(config, "max_position_embeddings", None) or getattr(
            config, "n_positions", 1024
        )

    def question(self, request: str | dict) -> Request:
        """The request: the question sanitized, cut to ``max_question_chars`` and never empty; the
        settings with the request's options applied."""
        raw = request.get("question", "") if isinstance(request, dict) else request
        if not isinstance(raw, str):
            raise QuestionError(f"The question must be text, got {type(raw).__name__}.")
        limit = self.settings.max_question_chars
        question = sanitize(raw[: limit * 2], self.tokens)[:limit]
        if not question:
            raise QuestionError("The question is empty: type a question.")
        options = request.get("options") if isinstance(request, dict) else None
        return Request(question, self.settings.with_options(options))

    def retrieve(self, request: Request) -> Retrieved:
        """The documents for the question, under this request's retrieval settings (vector or hybrid)."""
        sources = make_retriever(self.store, request.settings).invoke(request.question)
        return Retrieved(request.question, request.settings, sources)

    def model_for(self, settings: Settings) -> tuple[LoadedLM, EngineLLM]:
        """The model that answers a request: the tuned one, or the base model when the request turns
        the adapter off (for side-by-side comparison; loaded on the first such request, ~0.5 GB)."""
        if settings.use_adapter or self.lm.adapter is None:
            return self.lm, self.llm
        with self.base_lock:
            if self.base is None:
                lm = load_lm(self.settings.model_copy(update={"adapter": "none"}))
                self.base = lm, EngineLLM(engine=Engine(lm))
        return self.base

    def fit(self, question: str, documents: list[str], settings: Settings) -> str:
        """The prompt for the model, with the question shortened until it fits the context window."""
        lm = self.model_for(settings)[0]
        budget = self.context_tokens - settings.max_new_tokens
        prompt = self.format(render_prompt(question, documents, self.tokens), lm)
        excess = len(lm.tokenizer(prompt).input_ids) - budget
        if excess > 0:
            ids = lm.tokenizer(question, add_special_tokens=False).input_ids
            question = lm.tokenizer.decode(ids[: max(1, len(ids) - excess - 8)])
            prompt = self.format(render_prompt(question, documents, self.tokens), lm)
        return prompt

    def format(self, prompt: str, lm: LoadedLM) -> str:
        """The seed prompt as ``lm`` reads it.

        As is with an adapter (trained on it); inside the chat template for a bare instruct model.
        """
        tokenizer = lm.tokenizer
        if lm.adapter or not tokenizer.chat_template:
            return prompt
        messages = [
            {"role": "system", "content": self.settings.system_prompt},
            {"role": "user", "content": prompt},
        ]
        return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)

    def prompt(self, retrieved: Retrieved) -> Prompted:
        """The model's prompt, or None when the honest answer is :data:`NO_ANSWER`."""
        documents = [doc.page_content for doc in retrieved.sources]
        prompt = None
        if documents or self.small_talk.is_small_talk(retrieved.question):
            prompt = self.fit(retrieved.question, documents, retrieved.settings)
        return Prompted(retrieved.question, retrieved.settings, retrieved.sources, prompt)

    def answer(self, steps: Iterator[Prompted], config: RunnableConfig) -> Iterator[AddableDict]:
        """The chain's output: the request's parts, then the answer piece by piece (chunks that add up)."""
        for step in steps:
            yield AddableDict(
                question=step.question, settings=step.settings, sources=step.sources, prompt=step.prompt
            )
            if step.prompt is None:
                yield AddableDict(answer=NO_ANSWER)
                continue
            llm = self.model_for(step.settings)[1]
            pieces = (c for c in llm.stream(step.prompt, config, settings=step.settings))
            for text in clean_answer(pieces):
                yield AddableDict(answer=text)

    def runnable(self) -> Runnable:
        """The LCEL chain."""
        return (
            RunnableLambda(self.question)
            | RunnableLambda(self.retrieve)
            | RunnableLambda(self.prompt)
            | RunnableGenerator(self.answer)
        ).with_config(run_name="rag_chain")


def build_chain(
    settings: Settings | None = None, *, lm: LoadedLM | None = None, embedder: Embedder | None = None
) -> Runnable:
    """Load the configured models and store and return the chain (nothing is indexed here)."""
    settings = settings or Settings()
    embedder = embedder or load_embedder(settings.embedder, settings.models_dir)
    lm = lm or load_for_chat(settings)
    return Rag(settings, lm, embedder).runnable()
