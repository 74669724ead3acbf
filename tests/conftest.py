"""Shared fixtures: the real MiniLM embedder (loaded once per session), store settings in a
temporary folder, and a small JSON source file in the seed's ``{"country", "city"}`` format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from vectorstore.config import StoreSettings
from vectorstore.embedder import Embedder, load_embedder

# one thread: faster and steadier on small CI boxes (the tests embed a few hundred short sentences)
torch.set_num_threads(1)

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


@pytest.fixture
def store_settings(tmp_path: Path) -> StoreSettings:
    """Store settings whose home and Chroma folder live in this test's temporary folder."""
    return StoreSettings(home=tmp_path / "home", persist_dir=tmp_path / "chroma")


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
