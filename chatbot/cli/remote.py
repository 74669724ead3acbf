"""A one-shot ``chatbot ask`` asks the ``chatbot serve`` of the same store when one runs, instead of
importing and loading the models again (~10 s on a 2-core CPU; through the server ~1 s).

``chatbot serve`` leaves a note beside its store while it runs (:func:`ingest.lock.record_server`);
``ask`` finds it and sends the question to the server's OpenAI-compatible API with the standard
library only, streaming the answer back. Any failure to reach it falls back to answering in-process.
Example::

    if url := running_server(settings):
        for piece in ask_server(url, "capital of Peru?", {}, key=None):
            print(piece.get("content", ""), end="")
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

from common.errors import QuestionError

TIMEOUT_S = 120


def ask_server(url: str, question: str, options: dict[str, Any], key: str | None) -> Iterator[dict]:
    """The answer as the server streams it: ``{"content": ...}`` pieces, then ``{"sources": [...]}``."""
    body = {"model": "rag-chatbot", "messages": [{"role": "user", "content": question}], "stream": True}
    request = urllib.request.Request(
        f"{url}/v1/chat/completions",
        data=json.dumps({**body, **options}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {key or 'none'}"},
    )
    try:
        response = urllib.request.urlopen(request, timeout=TIMEOUT_S)
    except urllib.error.HTTPError as exc:  # the server refused the question: say why, as it would here
        error = json.loads(exc.read() or b"{}").get("error", {})
        raise QuestionError(error.get("message") or f"the server refused the question ({exc.code})") from exc
    with response:
        for line in response:
            data = line.decode("utf-8").strip().removeprefix("data: ")
            if not data or data == "[DONE]":
                continue
            event = json.loads(data)
            if content := event["choices"][0]["delta"].get("content"):
                yield {"content": content}
            if "sources" in event:
                yield {"sources": event["sources"]}


def api_options(settings: Any, given: dict[str, Any]) -> dict[str, Any]:
    """The request fields for the options the user gave on the command line."""
    fields: dict[str, Any] = {}
    if "greedy" in given or "temperature" in given:
        fields["temperature"] = 0 if settings.greedy else settings.temperature
    names = {"top_p": "top_p", "frequency_penalty": "frequency_penalty", "seed": "seed"}
    names |= {"max_new_tokens": "max_tokens", "top_k": "top_k", "score_threshold": "score_threshold"}
    return fields | {field: getattr(settings, name) for name, field in names.items() if name in given}
