"""What answering needs, loaded once: settings, embedder, the chat model, the chain.

The CLI (``ask``, ``eval``), the web app and the benchmarks all start here, so they load the same
way: the store gets the default sources when it is empty, and the chain is built on models loaded
once. Example::

    services = load_services(Settings())
    services.chain.invoke("What is the capital of France?")["answer"]
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

from langchain_core.runnables import Runnable

from chatbot.lm.models import LoadedLM, load_for_chat
from chatbot.rag.chain import build_chain
from chatbot.settings import Settings
from ingest.run import ensure_documents
from vectorstore.embedder import Embedder, load_embedder


@dataclass
class Services:
    """The settings, and the models and chain built from them."""

    settings: Settings
    embedder: Embedder
    lm: LoadedLM
    chain: Runnable


def load_services(settings: Settings, log: Callable[[str], None] | None = None) -> Services:
    """Load the embedder, ingest the default sources if the store is empty (saying so to ``log``,
    default stderr), load the model, build the chain."""
    log = log or (lambda line: print(line, file=sys.stderr))
    embedder = load_embedder(settings.embedder, settings.models_dir)
    if report := ensure_documents(settings, embedder):
        log(f"empty store: ingested the default sources ({report.summary()})")
    lm = load_for_chat(settings)
    return Services(settings, embedder, lm, build_chain(settings, lm=lm, embedder=embedder))
