"""The keys and values of documents the model has read, kept for the next question that retrieves them.

The keys and values of a prompt's beginning depend only on the tokens there: the head and the
documents of a joined prompt (reused when the same documents are retrieved again, in the same order),
or, with documents encoded independently (:mod:`chatbot.lm.layout`), each document on its own
(reused in any company, after TurboRAG, arXiv 2410.07590). Either way a question's prefill then
covers only the question and the template. Entries are keyed by their token ids, so a changed
document is a new entry and the old one ages out; least recently used entries are dropped beyond
``budget_mb``. Stored in float16 (half of float32's memory; the engine computes in float32).
Example::

    cache = DocumentCache(budget_mb=256)
    cache.get(ids) or cache.put(ids, layers)   # layers: [(keys, values)] per layer, [1, heads, n, dim]
    cache.stats()                               # entries, tokens, MB, hits, misses, evictions
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass

import torch

Layers = list[tuple[torch.Tensor, torch.Tensor]]
STORED = torch.float16


@dataclass
class Entry:
    layers: Layers
    tokens: int
    nbytes: int


class DocumentCache:
    """An LRU map from a document's token ids to its keys and values, under a memory budget."""

    def __init__(self, budget_mb: float) -> None:
        self.budget = int(budget_mb * 2**20)
        self.entries: OrderedDict[bytes, Entry] = OrderedDict()
        self.nbytes = 0
        self.hits = self.misses = self.evictions = 0
        self.lock = threading.Lock()

    @staticmethod
    def key(ids: list[int]) -> bytes:
        return hashlib.blake2b(
            torch.tensor(ids, dtype=torch.int64).numpy().tobytes(), digest_size=16
        ).digest()

    def get(self, ids: list[int]) -> Layers | None:
        """The document's keys and values in float32, or None when they are not kept."""
        with self.lock:
            entry = self.entries.get(self.key(ids))
            if entry is None:
                self.misses += 1
                return None
            self.entries.move_to_end(self.key(ids))
            self.hits += 1
        return [(k.float(), v.float()) for k, v in entry.layers]

    def put(self, ids: list[int], layers: Layers) -> None:
        """Keep the document's keys and values, dropping the least recently used beyond the budget."""
        stored = [(k.to(STORED).contiguous(), v.to(STORED).contiguous()) for k, v in layers]
        nbytes = sum(k.nbytes + v.nbytes for k, v in stored)
        if nbytes > self.budget:
            return
        with self.lock:
            key = self.key(ids)
            if key in self.entries:
                return
            self.entries[key] = Entry(stored, len(ids), nbytes)
            self.nbytes += nbytes
            while self.nbytes > self.budget:
                _, dropped = self.entries.popitem(last=False)
                self.nbytes -= dropped.nbytes
                self.evictions += 1

    def stats(self) -> dict[str, float]:
        """What the cache holds and how it has been used."""
        with self.lock:
            tokens = sum(e.tokens for e in self.entries.values())
            return {
                "entries": len(self.entries),
                "tokens": tokens,
                "mb": round(self.nbytes / 2**20, 2),
                "budget_mb": round(self.budget / 2**20, 2),
                "hits": self.hits,
                "misses": self.misses,
                "evictions": self.evictions,
            }
