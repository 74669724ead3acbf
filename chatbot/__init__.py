"""The chatbot: prompt, language model, RAG chain, CLI and web UI.

``from chatbot import build_chain`` is resolved lazily so that ``chatbot --help`` does not load torch.
"""

from typing import Any

import common  # noqa: F401  (offline environment first)

__all__ = ["Settings", "build_chain"]


def __getattr__(name: str) -> Any:
    if name == "build_chain":
        from chatbot.rag.chain import build_chain

        return build_chain
    if name == "Settings":
        from chatbot.settings import Settings

        return Settings
    raise AttributeError(name)
