"""Choosing the next token: the seed's additive frequency penalty, temperature, top-p, greedy."""

from __future__ import annotations

import torch

from chatbot.lm.generation import FrequencyPenalty, choose, logits_processors
from chatbot.settings import Settings


def test_frequency_penalty_hand_computed() -> None:
    # row 0 has seen token 0 once and token 2 twice; row 1 has seen token 1 three times
    input_ids = torch.tensor([[0, 2, 2], [1, 1, 1]])
    scores = torch.tensor([[1.0, 2.0, 3.0, 4.0], [0.5, 0.5, 0.5, 0.5]])
    original = scores.clone()

    penalized = FrequencyPenalty(0.5)(input_ids, scores)

    expected = torch.tensor(
        [
            [1.0 - 0.5 * 1, 2.0, 3.0 - 0.5 * 2, 4.0],
            [0.5, 0.5 - 0.5 * 3, 0.5, 0.5],
        ]
    )
    assert torch.equal(penalized, expected)
    assert torch.equal(scores, original)


def test_frequency_penalty_zero_alpha_changes_nothing() -> None:
    input_ids = torch.tensor([[3, 3], [0, 1]])
    scores = torch.tensor([[0.1, 0.2, 0.3, 0.4], [1.0, 1.0, 1.0, 1.0]])

    assert torch.equal(FrequencyPenalty(0.0)(input_ids, scores), scores)


def test_frequency_penalty_keeps_dtype_and_shape() -> None:
    input_ids = torch.tensor([[1, 1]])
    scores = torch.zeros(1, 3, dtype=torch.float16)

    penalized = FrequencyPenalty(2.0)(input_ids, scores)

    assert penalized.dtype == torch.float16
    assert penalized.tolist() == [[0.0, -4.0, 0.0]]


def seed_top_p(probs: torch.Tensor, p: float) -> torch.Tensor:
    """The seed notebook's nucleus filter, as a distribution: sort, cut where the mass before exceeds p."""
    sorted_probs, order = torch.sort(probs, descending=True)
    sorted_probs[torch.cumsum(sorted_probs, dim=-1) - sorted_probs > p] = 0.0
    kept = torch.zeros_like(probs).scatter(-1, order, sorted_probs)
    return kept / kept.sum(dim=-1, keepdim=True)


def distribution(settings: Settings, logits: torch.Tensor, context: torch.Tensor) -> torch.Tensor:
    return torch.softmax(logits_processors(settings)(context, logits), dim=-1)


def test_top_p_hand_computed() -> None:
    logits = torch.log(torch.tensor([[0.05, 0.5, 0.15, 0.3]]))
    context = torch.tensor([[0]])
    kept = distribution(
        Settings(greedy=False, temperature=1.0, top_p=0.6, frequency_penalty=0), logits, context
    )
    assert torch.allclose(kept, torch.tensor([[0.0, 0.625, 0.0, 0.375]]))
    kept = distribution(
        Settings(greedy=False, temperature=1.0, top_p=0.9, frequency_penalty=0), logits, context
    )
    assert torch.allclose(kept, torch.tensor([[0.0, 0.5, 0.15, 0.3]]) / 0.95)


def test_temperature_then_top_p_hand_computed() -> None:
    logits = torch.tensor([[2.0, 1.0, 0.0]])
    settings = Settings(greedy=False, temperature=0.5, top_p=1.0, frequency_penalty=0)
    expected = torch.softmax(torch.tensor([[4.0, 2.0, 0.0]]), dim=-1)  # logits / 0.5
    assert torch.allclose(distribution(settings, logits, torch.tensor([[0]])), expected)


def test_penalty_comes_before_temperature_as_in_the_seed() -> None:
    logits = torch.tensor([[1.0, 1.0, 1.0]])
    context = torch.tensor([[1, 1]])  # token 1 seen twice: 1 - 0.5 * 2 = 0
    settings = Settings(greedy=False, temperature=2.0, top_p=1.0, frequency_penalty=0.5)
    expected = torch.softmax(torch.tensor([[0.5, 0.0, 0.5]]), dim=-1)
    assert torch.allclose(distribution(settings, logits, context), expected)


def test_top_p_matches_the_seeds_rule_on_random_distributions() -> None:
    generator = torch.Generator().manual_seed(0)
    for _ in range(200):
        logits = torch.randn(1, 50, generator=generator) * 3
        p = float(torch.rand(1, generator=generator)) * 0.98 + 0.01
        settings = Settings(greedy=False, temperature=1.0, top_p=p, frequency_penalty=0)
        ours = distribution(settings, logits, torch.tensor([[0]]))
        assert torch.allclose(ours, seed_top_p(torch.softmax(logits, dim=-1), p), atol=1e-6)


def test_greedy_takes_the_best_and_sampling_follows_the_distribution() -> None:
    scores = torch.log(torch.tensor([[0.2, 0.7, 0.1]]))
    assert choose(scores, greedy=True).tolist() == [1]
    generator = torch.Generator().manual_seed(0)
    draws = torch.stack([choose(scores, greedy=False, generator=generator) for _ in range(4000)])
    shares = torch.bincount(draws.flatten(), minlength=3) / 4000
    assert torch.allclose(shares, torch.tensor([0.2, 0.7, 0.1]), atol=0.03)
