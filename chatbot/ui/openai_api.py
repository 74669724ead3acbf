"""The chatbot as an OpenAI-compatible API beside the web app: ``GET /v1/models`` and
``POST /v1/chat/completions`` (whole answers, or ``"stream": true`` as server-sent events in OpenAI's
chunk format), so the ``openai`` SDK, LangChain's ``ChatOpenAI`` and chat front-ends can use it.

The last user message is the question; the earlier user messages make follow-ups work as in the chat
(:mod:`chatbot.rag.followup`). ``temperature`` (0: greedy), ``top_p``, ``frequency_penalty`` (OpenAI's
rule is the seed's additive one), ``max_tokens`` and ``seed`` apply to that request only. The answer's
sources travel in an extra ``sources`` field (the last chunk's, when streaming). The same login, the
same generation gate and queue limit as the web app; with a login, the API key is the UI password
(``Authorization: Bearer …``). Errors have OpenAI's shape: ``{"error": {"message", "type", "code"}}``.
Example::

    from openai import OpenAI
    client = OpenAI(base_url="http://127.0.0.1:7860/v1", api_key="unused")
    question = {"role": "user", "content": "capital of Peru?"}
    reply = client.chat.completions.create(model="rag-chatbot", messages=[question])
    reply.choices[0].message.content   # 'The capital of Peru is Lima.'
"""

from __future__ import annotations

import json
import secrets
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse
from langchain_core.runnables import Runnable
from starlette.concurrency import run_in_threadpool

from chatbot.rag.followup import standalone_questions
from chatbot.ui.replies import stream_reply
from common.errors import UserError

MODEL = "rag-chatbot"


class ApiError(Exception):
    """A request the API refuses, with its HTTP status and OpenAI error type."""

    def __init__(
        self, status: int, message: str, kind: str = "invalid_request_error", code: str | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.kind, self.code = status, kind, code

    def response(self) -> JSONResponse:
        body = {"error": {"message": str(self), "type": self.kind, "param": None, "code": self.code}}
        return JSONResponse(body, status_code=self.status)


def options_from(body: dict[str, Any]) -> dict[str, Any]:
    """The chain's per-request options from OpenAI's sampling fields (absent fields keep the server's)."""
    options: dict[str, Any] = {}
    if body.get("temperature") is not None:
        temperature = body["temperature"]
        if not isinstance(temperature, int | float) or temperature < 0:
            raise ApiError(400, "temperature must be a number >= 0", code="invalid_value")
        greedy = temperature == 0
        options.update({"greedy": True} if greedy else {"greedy": False, "temperature": temperature})
    for field in ("top_p", "frequency_penalty", "seed", "top_k", "score_threshold"):  # the last two: ours
        if body.get(field) is not None:
            options[field] = body[field]
    limit = body.get("max_completion_tokens") or body.get("max_tokens")
    if limit is not None:
        options["max_new_tokens"] = limit
    return options


def question_from(body: Any) -> tuple[str, list[str]]:
    """The question (the last user message) and the earlier user messages, checked."""
    if not isinstance(body, dict):
        raise ApiError(400, "the request body must be a JSON object")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise ApiError(400, "messages must be a non-empty list", code="invalid_value")
    users = []
    for message in messages:
        if not isinstance(message, dict) or not isinstance(message.get("role"), str):
            raise ApiError(400, "each message needs a role and content", code="invalid_value")
        content = message.get("content")
        if isinstance(content, list):  # content parts: keep the text ones
            content = " ".join(p.get("text", "") for p in content if isinstance(p, dict))
        if not isinstance(content, str):
            raise ApiError(400, "message content must be text", code="invalid_value")
        if message["role"] == "user":
            users.append(content)
    if not users:
        raise ApiError(400, "there is no user message to answer", code="invalid_value")
    return users[-1], users[:-1]


class OpenAiApi:
    """The routes, over the web app's chain, generation gate and login."""

    def __init__(self, chain: Runnable, gate: threading.Semaphore, key: str | None, queue_size: int) -> None:
        self.chain, self.gate, self.key = chain, gate, key
        self.queue_size, self.waiting, self.lock = queue_size, 0, threading.Lock()

    def check(self, request: Request) -> None:
        """Refuse a client without the key (when a login is set)."""
        if self.key is None:
            return
        given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if not secrets.compare_digest(given.encode(), self.key.encode()):
            message = "invalid API key: send the web app's password as a Bearer token"
            raise ApiError(401, message, "authentication_error", "invalid_api_key")

    def models(self, request: Request) -> JSONResponse:
        try:
            self.check(request)
        except ApiError as exc:
            return exc.response()
        model = {"id": MODEL, "object": "model", "created": 0, "owned_by": "rag-chatbot"}
        return JSONResponse({"object": "list", "data": [model]})

    async def completions(self, request: Request):
        try:
            self.check(request)
            try:
                body = await request.json()
            except ValueError as exc:
                raise ApiError(400, f"the request body is not JSON ({exc})") from exc
            question, earlier = question_from(body)
            if body.get("model") not in (None, MODEL):
                message = f"The model {body.get('model')!r} does not exist; use {MODEL!r}"
                raise ApiError(404, message, code="model_not_found")
            options = options_from(body)
            with self.lock:
                if self.waiting >= self.queue_size:
                    raise ApiError(429, "too many requests are waiting; try again", "rate_limit_error")
                self.waiting += 1
        except ApiError as exc:
            return exc.response()
        replies = self.replies(question, earlier, options)
        try:  # the model runs in a worker thread, never on the server's event loop
            first = await run_in_threadpool(next, replies)  # bad options fail here, before a 200 is sent
        except ApiError as exc:
            return exc.response()
        if body.get("stream"):
            return StreamingResponse(self.events(first, replies), media_type="text/event-stream")
        last = await run_in_threadpool(lambda: [first, *replies][-1])
        return JSONResponse(completion(last))

    def replies(self, question: str, earlier: list[str], options: dict) -> Iterator[dict]:
        """The answer as it grows (each a ``Reply.as_json()``), then its last state once more."""
        try:
            previous = standalone_questions(earlier)
            reply = None
            for reply in stream_reply(self.chain, previous, question, options, self.gate):
                yield reply.as_json()
            yield reply.as_json() if reply else {"answer": "", "sources": [], "question": question}
        except UserError as exc:
            raise ApiError(400, str(exc), code="invalid_value") from exc
        finally:
            with self.lock:
                self.waiting -= 1

    def events(self, first: dict, rest: Iterator[dict]) -> Iterator[str]:
        """Server-sent events: the role, the answer's new text piece by piece, the sources, [DONE]."""
        ident, sent, last = f"chatcmpl-{uuid.uuid4().hex}", "", first
        yield sse(chunk(ident, {"role": "assistant", "content": ""}))
        for reply in (first, *rest):
            last = reply
            if new := reply["answer"][len(sent) :]:
                sent = reply["answer"]
                yield sse(chunk(ident, {"content": new}))
        yield sse({**chunk(ident, {}, finish="stop"), "sources": last["sources"]})
        yield "data: [DONE]\n\n"


def chunk(ident: str, delta: dict, finish: str | None = None) -> dict:
    choice = {"index": 0, "delta": delta, "finish_reason": finish}
    created = int(time.time())
    return {
        "id": ident,
        "object": "chat.completion.chunk",
        "created": created,
        "model": MODEL,
        "choices": [choice],
    }


def sse(data: dict) -> str:
    return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"


def completion(reply: dict) -> dict:
    """A whole answer as OpenAI's ``chat.completion`` (word counts stand in for token usage)."""
    message = {"role": "assistant", "content": reply["answer"]}
    used = {
        "prompt_tokens": len(reply["question"].split()),
        "completion_tokens": len(reply["answer"].split()),
    }
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": MODEL,
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": {**used, "total_tokens": sum(used.values())},
        "sources": reply["sources"],
    }


def mount(app: FastAPI, api: OpenAiApi) -> None:
    """Add the routes to the web app's server."""
    app.add_api_route("/v1/models", api.models, methods=["GET"])
    app.add_api_route("/v1/chat/completions", api.completions, methods=["POST"])
