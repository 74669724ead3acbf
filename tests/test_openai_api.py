"""The OpenAI-compatible API of a real ``chatbot serve`` on 127.0.0.1, through the official ``openai``
client and LangChain's ``ChatOpenAI``: answers with sources, streaming that joins to the same answer,
follow-ups through the messages, no-match, clear 4xx errors, and the login.

The tiny random GPT-2 answers (greedy decoding makes every answer reproducible, so the same question
must get the same text through every route)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import openai
import pytest
from gradio_client import Client
from langchain_openai import ChatOpenAI
from openai import OpenAI

from chatbot.rag.answer import NO_ANSWER
from chatbot.settings import Settings
from ingest.lock import record_server, server_note
from tests.harness.app import app_at

PASSWORD = "s3cret-key"
GERMANY = "What is the capital of Germany?"


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    return tmp_path_factory.mktemp("openai-api")


@pytest.fixture(scope="module")
def url(root, tiny_gpt2, free_port):
    settings = Settings(
        home=root / "home", persist_dir=root / "chroma", model=str(tiny_gpt2), max_new_tokens=12,
        ui_user="ada", ui_password=PASSWORD,
    )  # fmt: skip
    with app_at(settings, free_port(), on_ready=lambda url: record_server(settings, url)) as url:
        yield url
    server_note(settings).unlink(missing_ok=True)


@pytest.fixture(scope="module")
def client(url) -> OpenAI:
    return OpenAI(base_url=f"{url}/v1", api_key=PASSWORD, max_retries=0, timeout=120)


def ask(client: OpenAI, *questions: str, **options):
    messages = [
        m for q in questions for m in ({"role": "user", "content": q}, {"role": "assistant", "content": "…"})
    ]
    return client.chat.completions.create(model="rag-chatbot", messages=messages[:-1], **options)


def test_models_lists_the_chatbot(client):
    assert [m.id for m in client.models.list()] == ["rag-chatbot"]


def test_an_answer_with_its_sources_is_the_web_apps_answer(client, url):
    reply = ask(client, GERMANY)
    sources = reply.model_extra["sources"]
    assert [s["text"] for s in sources] == ["The capital of Germany is Berlin."]
    assert reply.choices[0].finish_reason == "stop" and reply.usage.completion_tokens >= 1
    web = Client(f"{url}/", auth=("ada", PASSWORD), verbose=False).predict(GERMANY, api_name="/chat")
    assert reply.choices[0].message.content == web["answer"]


def test_streamed_chunks_join_to_the_same_answer(client):
    whole = ask(client, GERMANY).choices[0].message.content
    chunks = list(ask(client, GERMANY, stream=True))
    assert chunks[0].choices[0].delta.role == "assistant"
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == whole
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert chunks[-1].model_extra["sources"][0]["text"] == "The capital of Germany is Berlin."


def test_a_follow_up_reads_the_earlier_user_messages(client):
    reply = ask(client, GERMANY, "And of France?")
    assert [s["text"] for s in reply.model_extra["sources"]] == ["The capital of France is Paris."]


def test_no_matching_document_is_said_honestly(client):
    reply = ask(client, "What is the capital of Atlantis?")
    assert reply.choices[0].message.content == NO_ANSWER and reply.model_extra["sources"] == []


@pytest.mark.parametrize(
    ("request_", "error", "message"),
    [
        (
            {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]},
            openai.NotFoundError,
            "does not exist",
        ),
        ({"model": "rag-chatbot", "messages": []}, openai.BadRequestError, "non-empty list"),
        (
            {"model": "rag-chatbot", "messages": [{"role": "user", "content": 5}]},
            openai.BadRequestError,
            "text",
        ),
        (
            {"model": "rag-chatbot", "messages": [{"role": "user", "content": "  "}]},
            openai.BadRequestError,
            "empty",
        ),
        (
            {"model": "rag-chatbot", "messages": [{"role": "user", "content": "hi"}], "temperature": -1},
            openai.BadRequestError,
            "temperature",
        ),
        (
            {"model": "rag-chatbot", "messages": [{"role": "user", "content": "hi"}], "top_p": 7},
            openai.BadRequestError,
            "top_p",
        ),
    ],
)
def test_bad_requests_get_a_4xx_with_a_message(client, request_, error, message):
    with pytest.raises(error, match=message):
        client.chat.completions.create(**request_)


def test_the_login_is_enforced(url):
    anonymous = OpenAI(base_url=f"{url}/v1", api_key="wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError, match="invalid API key"):
        anonymous.models.list()
    with pytest.raises(openai.AuthenticationError):
        anonymous.chat.completions.create(model="rag-chatbot", messages=[{"role": "user", "content": "hi"}])


def test_langchain_chat_openai_invokes_and_streams(client, url):
    chat = ChatOpenAI(
        base_url=f"{url}/v1", api_key=PASSWORD, model="rag-chatbot", temperature=0, max_retries=0
    )
    whole = ask(client, GERMANY).choices[0].message.content
    assert chat.invoke(GERMANY).content == whole
    assert "".join(chunk.content for chunk in chat.stream(GERMANY)) == whole


def test_a_one_shot_ask_goes_to_the_running_server(client, root, tmp_path):
    """``chatbot ask`` in a fresh process answers through the server: its own model could not even load."""
    env = {**os.environ, "CHATBOT_HOME": str(root / "home"), "CHATBOT_PERSIST_DIR": str(root / "chroma"),
           "CHATBOT_MODEL": str(tmp_path / "no-model-here"), "CHATBOT_UI_PASSWORD": PASSWORD}  # fmt: skip
    command = [str(Path(sys.executable).with_name("chatbot")), "ask", "--json", GERMANY]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["answer"] == ask(client, GERMANY).choices[0].message.content
    assert result["sources"][0]["text"] == "The capital of Germany is Berlin."
    empty = subprocess.run([*command[:-1], "   "], env=env, capture_output=True, text=True, timeout=120)
    assert empty.returncode == 2 and "The question is empty" in empty.stderr
