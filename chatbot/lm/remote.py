"""Generation on an OpenAI-compatible server (vLLM, llama.cpp's server, TGI) as a LangChain LLM.

One process answers about two questions at a time on a 2-core CPU; past that, generation moves to a
serving engine while retrieval, the gates, the grounding checks and the sources stay here. The seed
template is plain text, not chat messages, so the prompt goes to ``/v1/completions`` with the stop
marker and the request's sampling settings, as token ids: the adapter was tuned on prompts tokenized
a segment at a time (:mod:`chatbot.lm.layout`), and the server's own tokenizing of the whole text
differs at the joins and changes answers (7 of 60 on the fresh set). Two rules differ from the local
engine and are kept as close as the API allows:

- the model may open with "I don't know" only at p ≥ ``abstain_threshold``: its first token is asked
  for alone with its likeliest alternatives (``logprobs``), and where it is the abstaining token
  below the threshold the next-likeliest one is taken; the rest streams from the prompt plus it;
- OpenAI's ``frequency_penalty`` counts only the answer's own tokens (the seed's rule also counts the
  prompt's); at the default 0.01 greedy answers agree (``tests/test_remote_generation.py``).

The ``openai`` client does the HTTP, streaming and timeouts. Example::

    llm = RemoteLLM(url="http://127.0.0.1:8000/v1", tokenizer=lm.tokenizer)
    "".join(llm.stream(prompt, settings=settings, segments=segments))
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import cached_property
from typing import Any

import openai
from pydantic import PrivateAttr, SecretStr

from chatbot.lm.layout import laid_out
from chatbot.lm.llm import SettingsLLM
from chatbot.rag.answer import NO_ANSWER
from chatbot.settings import Settings
from common.errors import GenerationError

# OpenAI's API takes at most four stop sequences; the answer cleaner stops at the rest
STOP = ["</Response>", "<Inst>", "<Input>", "\n\n"]


class RemoteLLM(SettingsLLM):
    """A LangChain LLM that generates on an OpenAI-compatible ``/v1/completions`` endpoint."""

    url: str
    model: str = ""
    api_key: SecretStr | None = None
    timeout: float = 60.0
    tokenizer: Any  # the served model's, to send the ids the local engine would read
    _client: openai.OpenAI | None = PrivateAttr(None)

    @property
    def _llm_type(self) -> str:
        return "openai-compatible-remote"

    def pieces(
        self, prompt: str, settings: Settings, stop: list[str] | None, segments: list[str] | None
    ) -> Iterator[str]:
        try:
            yield from self.completion(laid_out(self.tokenizer, prompt, segments).ids, settings)
        except openai.APITimeoutError as exc:
            raise GenerationError(
                f"The generation server {self.url} did not answer within {self.timeout:g} s."
            ) from exc
        except openai.APIConnectionError as exc:
            raise GenerationError(
                f"Cannot reach the generation server {self.url} ({exc.__cause__ or exc})."
            ) from exc
        except openai.APIStatusError as exc:
            raise GenerationError(
                f"The generation server {self.url} refused the request ({exc.status_code}): {exc.message}"
            ) from exc

    def completion(self, ids: list[int], settings: Settings) -> Iterator[str]:
        """The answer's text pieces: the first token (judged), then the rest as it streams."""
        first, finished = self.first_token(ids, settings)
        yield first
        if finished or settings.max_new_tokens == 1:
            return
        ids = ids + self.tokenizer(first, add_special_tokens=False).input_ids
        stream = self.client().completions.create(
            **self.request(ids, settings, settings.max_new_tokens - 1), stream=True
        )
        with stream:
            for event in stream:
                if event.choices and event.choices[0].text:
                    yield event.choices[0].text

    def first_token(self, ids: list[int], settings: Settings) -> tuple[str, bool]:
        """The answer's first token, "I don't know"'s only where the model gives it p ≥ the
        threshold, and whether the answer ends there."""
        reply = self.client().completions.create(**self.request(ids, settings, 1), logprobs=5)
        choice = reply.choices[0]
        token, threshold = choice.text, settings.abstain_threshold
        top = (choice.logprobs.top_logprobs or [{}])[0] if choice.logprobs else {}
        if threshold and token == self.abstaining and math.exp(top.get(token, 0.0)) < threshold:
            others = sorted(((p, t) for t, p in top.items() if t != token), reverse=True)
            if others:
                return others[0][1], False
        return token, choice.finish_reason == "stop"

    @cached_property
    def abstaining(self) -> str:
        """The text of the first token of "I don't know: …"."""
        return self.tokenizer.decode(self.tokenizer(NO_ANSWER, add_special_tokens=False).input_ids[:1])

    def request(self, prompt: list[int], settings: Settings, max_tokens: int) -> dict[str, Any]:
        """The ``/v1/completions`` parameters for ``settings`` (greedy: temperature 0)."""
        params: dict[str, Any] = {
            "model": self.served_model(),
            "prompt": prompt,
            "max_tokens": max_tokens,
            "stop": STOP,
            "temperature": 0.0 if settings.greedy else settings.temperature,
            "top_p": 1.0 if settings.greedy else settings.top_p,
            "frequency_penalty": settings.frequency_penalty,
        }
        if settings.seed is not None:
            params["seed"] = settings.seed
        return params

    def client(self) -> openai.OpenAI:
        """The HTTP client (one per LLM; no retries: a down server is reported at once)."""
        if self._client is None:
            key = self.api_key.get_secret_value() if self.api_key else "none"
            self._client = openai.OpenAI(base_url=self.url, api_key=key, timeout=self.timeout, max_retries=0)
        return self._client

    def served_model(self) -> str:
        """The configured model name, or the first the server lists."""
        if not self.model:
            try:
                self.model = self.client().models.list().data[0].id
            except IndexError as exc:
                raise GenerationError(f"The generation server {self.url} serves no model.") from exc
        return self.model


def remote_llm(settings: Settings, tokenizer: Any) -> RemoteLLM:
    """The remote LLM that ``settings.llm_url`` names, serving the model ``tokenizer`` belongs to."""
    return RemoteLLM(
        url=settings.llm_url or "",
        model=settings.llm_model,
        api_key=settings.llm_api_key,
        timeout=settings.llm_timeout,
        tokenizer=tokenizer,
    )
