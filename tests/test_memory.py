"""Memory over a long session, the cheap version (``benchmarks/memory.py`` runs 1,000 questions and a
200-turn chat with the real models): after a warm-up, 200 more questions through the chain over the
tiny GPT-2 must not keep Python memory (tracemalloc: what is still allocated after them) nor grow
resident memory by more than 10%."""

from __future__ import annotations

import gc
import tracemalloc

import psutil
import pytest

from chatbot.evaluation.evaluate import load_questions
from chatbot.rag.chain import build_chain
from chatbot.settings import Settings
from ingest.run import ingest
from vectorstore.config import SHIPPED_DATA

DEV = SHIPPED_DATA.parent / "eval" / "dev.jsonl"


@pytest.fixture(scope="module")
def chain(tmp_path_factory, tiny_gpt2, embedder):
    root = tmp_path_factory.mktemp("memory")
    settings = Settings(home=root / "home", persist_dir=root / "chroma", model=str(tiny_gpt2))
    settings = settings.model_copy(update={"max_new_tokens": 4, "table_lookup": False})  # the model answers
    ingest(settings, [SHIPPED_DATA], embedder=embedder)
    return build_chain(settings, embedder=embedder)


def test_questions_do_not_accumulate_memory(chain):
    questions = [row["question"] for row in load_questions(DEV)][:250]
    for question in questions[:50]:  # warm-up: lexical index, tokenizer and torch buffers
        chain.invoke(question)
    gc.collect()
    process = psutil.Process()
    rss_before = process.memory_info().rss
    tracemalloc.start()
    for question in questions[50:]:
        chain.invoke(question)
    gc.collect()
    kept, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert kept < 1_000_000, f"{kept / 1e6:.2f} MB of Python memory kept after 200 questions"
    assert process.memory_info().rss <= 1.10 * rss_before
