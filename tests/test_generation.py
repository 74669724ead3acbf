"""The seed's additive frequency penalty."""

from __future__ import annotations

import torch

from chatbot.generation import FrequencyPenalty


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
