"""Generation on an OpenAI-compatible server we did not write: vLLM's CPU build (``make vllm``)
serving the folder ``chatbot export`` writes. The chain keeps retrieval, the gates, the checks and
the sources here; the answers must be the in-process engine's at greedy decoding, the stop marker
must end the server's output, and a server that is down or silent must give a clear error at once."""

from __future__ import annotations

import os
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer
from typer.testing import CliRunner

from chatbot.cli import app
from chatbot.lm.export import GGUF_NAME
from chatbot.lm.models import load_for_chat
from chatbot.lm.remote import remote_llm
from chatbot.rag.answer import NO_ANSWER
from chatbot.rag.chain import build_chain
from chatbot.settings import Settings
from common.errors import GenerationError
from ingest.run import ingest
from tests.harness.served import wait_ready
from vectorstore.config import SHIPPED_DATA

pytestmark = pytest.mark.slow

VLLM_PYTHON = Path(__file__).parents[1] / ".vllm-venv" / "bin" / "python"
CONVERTER = Path(__file__).parents[1] / ".gguf-converter"  # make gguf-converter
NOTES = """# Tollmere Lock Keepers

The Tollmere lock was opened in 1874. Its first keeper was Oswin Harrable, who kept it until 1902.
The lock chamber is 46 metres long and lifts boats 3.2 metres.

Anders Pellow keeps the lock today; a passage costs 6 crowns for a narrowboat.
"""
QUESTIONS = [
    "What is the capital of Peru?",
    "capital of mongolia",
    "The capital of Kenya is what?",
    "When was the Tollmere lock opened?",
    "Who was the first keeper of the Tollmere lock?",
    "How long is the Tollmere lock chamber?",
    "How much does a passage through the Tollmere lock cost?",
    "Who keeps the Tollmere lock today?",
    "What is the capital of Ostrandia?",
    "What colour are the Tollmere lock gates?",
]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default chat model with its adapter merged, written by ``chatbot export`` (with the GGUF)."""
    folder = tmp_path_factory.mktemp("export") / "chatbot-model"
    result = CliRunner().invoke(
        app, ["export", "--output", str(folder), "--gguf", "--converter", str(CONVERTER)]
    )
    assert result.exit_code == 0, result.output
    return folder


@pytest.fixture(scope="module")
def vllm_url(exported: Path, free_port, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real vLLM server (CPU build, eager mode, one thread) on 127.0.0.1 serving ``exported``."""
    if not VLLM_PYTHON.exists():
        pytest.fail("vLLM is not installed: run `make vllm` (`make test` does)")
    port = free_port()
    env = {**os.environ, "OMP_NUM_THREADS": "1", "VLLM_CPU_KVCACHE_SPACE": "1", "VLLM_NO_USAGE_STATS": "1"}
    command = [str(VLLM_PYTHON), "-m", "vllm.entrypoints.openai.api_server", "--model", str(exported)]
    command += ["--served-model-name", "chatbot", "--host", "127.0.0.1", "--port", str(port)]
    command += ["--dtype", "float32", "--max-model-len", "2048", "--enforce-eager"]
    log = tmp_path_factory.mktemp("vllm") / "server.log"
    with log.open("wb") as output:
        server = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        wait_ready(f"{url}/models", server, seconds=300, name="vLLM", log=log)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=60)


@pytest.fixture(scope="module")
def chains(tmp_path_factory, embedder, vllm_url):
    """The same store and model read by two chains: one generating here, one on the vLLM server."""
    root = tmp_path_factory.mktemp("remote")
    (root / "notes.md").write_text(NOTES, encoding="utf-8")
    settings = Settings(persist_dir=root / "chroma", table_lookup=False)  # the model answers every question
    ingest(settings, [SHIPPED_DATA, root / "notes.md"], embedder=embedder)
    lm = load_for_chat(settings)
    local = build_chain(settings, lm=lm, embedder=embedder)
    remote = build_chain(settings.model_copy(update={"llm_url": vllm_url}), lm=lm, embedder=embedder)
    return local, remote


def test_remote_answers_are_the_local_engines(chains) -> None:
    local, remote = chains
    here = [local.invoke(q)["answer"] for q in QUESTIONS]
    there = [remote.invoke(q)["answer"] for q in QUESTIONS]
    assert there == here
    assert any(answer == NO_ANSWER for answer in there) and any("Lima" in answer for answer in there)


def test_remote_answers_stream_with_their_sources(chains) -> None:
    chunks = list(chains[1].stream("What is the capital of Peru?"))
    answer = "".join(chunk.get("answer", "") for chunk in chunks)
    sources = next(chunk["sources"] for chunk in chunks if "sources" in chunk)
    assert answer == chains[0].invoke("What is the capital of Peru?")["answer"]
    assert "Lima" in answer
    assert any("Peru" in doc.page_content for doc in sources)


def test_the_server_stops_at_the_end_marker(vllm_url, exported) -> None:
    settings = Settings(llm_url=vllm_url, max_new_tokens=200)
    tokenizer = AutoTokenizer.from_pretrained(exported)
    llm = remote_llm(settings, tokenizer)
    prompt = "<Input> The capital of Ostrand is Halvik.<Inst> What is the capital of Ostrand?<Response>"
    text = llm.invoke(prompt, settings=settings)
    assert "Halvik" in text
    assert "</Response>" not in text and "<Inst>" not in text
    assert len(text) < 100  # it stopped at the marker, not at 200 tokens


def test_a_server_that_is_down_is_a_clear_error(free_port, tiny_gpt2) -> None:
    tokenizer = AutoTokenizer.from_pretrained(tiny_gpt2)
    settings = Settings(llm_url=f"http://127.0.0.1:{free_port()}/v1", llm_model="chatbot")
    with pytest.raises(GenerationError, match="Cannot reach the generation server"):
        remote_llm(settings, tokenizer).invoke("<Inst> Hello<Response>", settings=settings)


def test_a_silent_server_times_out_with_a_clear_error(tiny_gpt2) -> None:
    tokenizer = AutoTokenizer.from_pretrained(tiny_gpt2)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted: list[socket.socket] = []
    threading.Thread(target=lambda: accepted.append(listener.accept()[0]), daemon=True).start()
    port = listener.getsockname()[1]
    settings = Settings(llm_url=f"http://127.0.0.1:{port}/v1", llm_model="chatbot", llm_timeout=1)
    started = time.monotonic()
    try:
        with pytest.raises(GenerationError, match="did not answer within 1 s"):
            remote_llm(settings, tokenizer).invoke("<Inst> Hello<Response>", settings=settings)
    finally:
        listener.close()
        for connection in accepted:
            connection.close()
    assert time.monotonic() - started < 10


def test_the_gguf_export_reads_back_to_the_same_model(exported: Path) -> None:
    """llama.cpp's GGUF of the merged model (fp32) is the same model: transformers, which reads GGUF,
    gives the folder's logits and tokens."""
    prompt = "<Input> The capital of Ostrand is Halvik.<Inst> What is the capital of Ostrand?<Response>"
    folder = AutoModelForCausalLM.from_pretrained(exported, dtype=torch.float32).eval()
    gguf = AutoModelForCausalLM.from_pretrained(exported, gguf_file=GGUF_NAME, dtype=torch.float32).eval()
    tokenizer = AutoTokenizer.from_pretrained(exported)
    assert (
        AutoTokenizer.from_pretrained(exported, gguf_file=GGUF_NAME)(prompt).input_ids
        == tokenizer(prompt).input_ids
    )
    ids = tokenizer(prompt, return_tensors="pt").input_ids
    with torch.no_grad():
        assert torch.allclose(folder(ids).logits, gguf(ids).logits, atol=1e-4)


def test_export_refuses_a_folder_that_exists(tmp_path: Path) -> None:
    (tmp_path / "model").mkdir()
    result = CliRunner().invoke(app, ["export", "--output", str(tmp_path / "model")])
    assert result.exit_code == 2
    assert "exists already" in result.output
    assert list((tmp_path / "model").iterdir()) == []


def test_export_without_the_converter_says_how_to_get_it(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["export", "--output", str(tmp_path / "model"), "--gguf", "--converter", str(tmp_path)]
    )
    assert result.exit_code == 2
    assert "make gguf-converter" in result.output
    assert not (tmp_path / "model").exists()
