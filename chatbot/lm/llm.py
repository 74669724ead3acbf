"""The generation engine as a LangChain LLM, so the LCEL chain can invoke and stream it.

Replaces ``HuggingFacePipeline``: that one streams by running ``generate`` in a thread that keeps
going after the consumer has stopped reading (until ``max_new_tokens``), and it takes decoding
settings only as raw ``generate`` keyword arguments. Here each call carries its request's
:class:`~chatbot.settings.Settings`, so requests with different settings never affect each other,
and generation stops as soon as the stream is closed. Example::

    llm = EngineLLM(engine=engine)
    llm.stream(prompt, settings=settings.with_options({"temperature": 0.5, "greedy": False}))
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.llms import LLM
from langchain_core.outputs import GenerationChunk
from pydantic import ConfigDict

from chatbot.lm.engine import Engine
from chatbot.rag.answer import STOP_MARKERS
from chatbot.settings import Settings


class SettingsLLM(LLM):
    """A LangChain LLM whose every call carries its request's settings (``settings=``) and the
    prompt's segments where it was built in them (``segments=``); a subclass yields the text pieces."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    def pieces(
        self, prompt: str, settings: Settings, stop: list[str] | None, segments: list[str] | None
    ) -> Iterator[str]:
        """The continuation of ``prompt`` as text pieces."""
        raise NotImplementedError

    def _call(
        self,
        prompt: str,
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> str:
        return "".join(chunk.text for chunk in self._stream(prompt, stop, run_manager, **kwargs))

    def _stream(
        self,
        prompt: str,
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[GenerationChunk]:
        settings = kwargs.get("settings")
        if not isinstance(settings, Settings):
            name = type(self).__name__
            raise TypeError(f"{name} needs the request's settings: llm.stream(prompt, settings=...)")
        for text in self.pieces(prompt, settings, stop, kwargs.get("segments")):
            chunk = GenerationChunk(text=text)
            if run_manager:
                run_manager.on_llm_new_token(text, chunk=chunk)
            yield chunk


class EngineLLM(SettingsLLM):
    """A LangChain LLM over :class:`~chatbot.lm.engine.Engine`."""

    engine: Engine

    @property
    def _llm_type(self) -> str:
        return "rag-engine"

    def pieces(
        self, prompt: str, settings: Settings, stop: list[str] | None, segments: list[str] | None
    ) -> Iterator[str]:
        markers = tuple(m.lower() for m in stop) if stop else STOP_MARKERS
        yield from self.engine.stream(prompt, settings, stop=markers, segments=segments)
