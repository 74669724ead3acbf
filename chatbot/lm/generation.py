"""Choosing the next token: the seed's frequency penalty, temperature, nucleus (top-p) sampling, greedy.

The seed's frequency penalty subtracts ``alpha * (times the token already occurs in the context)``
from each logit; transformers' ``repetition_penalty`` is a different, multiplicative rule, hence
:class:`FrequencyPenalty`. Temperature and top-p are transformers' own warpers, applied after the
penalty as in the seed (penalty → softmax(logits / temperature) → top-p). Example::

    processors = logits_processors(settings)
    token = choose(processors(context_ids, logits), greedy=False, generator=torch.Generator().manual_seed(1))
"""

from __future__ import annotations

import torch
from transformers import (
    LogitsProcessor,
    LogitsProcessorList,
    TemperatureLogitsWarper,
    TopPLogitsWarper,
)

from chatbot.settings import Settings


class FrequencyPenalty(LogitsProcessor):
    """``logits - alpha * count(token in context)``, the seed's additive penalty."""

    def __init__(self, alpha: float) -> None:
        self.alpha = alpha

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        counts = torch.zeros_like(scores)
        counts.scatter_add_(1, input_ids, torch.ones_like(input_ids, dtype=scores.dtype))
        return scores - self.alpha * counts


def logits_processors(settings: Settings) -> LogitsProcessorList:
    """The seed's chain of logit changes for these settings (greedy skips temperature and top-p)."""
    processors = LogitsProcessorList()
    if settings.frequency_penalty:
        processors.append(FrequencyPenalty(settings.frequency_penalty))
    if not settings.greedy:
        processors.append(TemperatureLogitsWarper(settings.temperature))
        if settings.top_p < 1.0:
            processors.append(TopPLogitsWarper(settings.top_p))
    return processors


def choose(scores: torch.Tensor, *, greedy: bool, generator: torch.Generator | None = None) -> torch.Tensor:
    """The next token for each row of processed ``scores``: the best one, or a sample of the softmax."""
    if greedy:
        return scores.argmax(dim=-1)
    probabilities = torch.softmax(scores.float(), dim=-1)
    return torch.multinomial(probabilities, num_samples=1, generator=generator).squeeze(-1)


def sampler(settings: Settings) -> torch.Generator | None:
    """A random generator seeded from the settings (None: torch's global one)."""
    if settings.greedy or settings.seed is None:
        return None
    return torch.Generator().manual_seed(settings.seed)
