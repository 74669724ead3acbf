"""Look inside the language model, as the seed notebook's first half does: how a text is tokenized,
and which tokens the model would write next, with their probabilities at a given temperature.

Example::

    inspector = Inspector(lm)
    inspector.tokens("The capital of France")        # [('The', 504), (' capital', 3575), ...]
    inspector.next_tokens("The capital of France is", temperature=0.9, k=5)   # [(' Paris', 0.62), ...]
"""

from __future__ import annotations

import torch

from chatbot.lm.models import LoadedLM
from common.errors import QuestionError, SettingsError

MAX_INSPECT_TOKENS = 512  # longer texts are cut from the left: the next token depends on the end


class Inspector:
    """Tokenizer and next-token view of one loaded language model."""

    def __init__(self, lm: LoadedLM) -> None:
        self.tokenizer = lm.tokenizer
        self.model = lm.model

    def tokens(self, text: str) -> list[tuple[str, int]]:
        """Each token of ``text`` as (its text, its id), in order; special tokens are not added."""
        ids = self.tokenizer(text, add_special_tokens=False).input_ids
        return [(self.tokenizer.decode([i]), i) for i in ids]

    def next_tokens(self, text: str, temperature: float, k: int) -> list[tuple[str, float]]:
        """The ``k`` likeliest next tokens after ``text`` and their probabilities, softmax(logits / T).

        Raises QuestionError for an empty text, SettingsError for a temperature that is not positive.
        """
        if temperature <= 0:
            raise SettingsError("The temperature must be greater than 0.")
        ids = self.tokenizer(text, add_special_tokens=False).input_ids[-MAX_INSPECT_TOKENS:]
        if not ids:
            raise QuestionError("Type a text to see which token the model would write next.")
        with torch.inference_mode():
            logits = self.model(torch.tensor([ids])).logits[0, -1].float()
        probabilities = torch.softmax(logits / temperature, dim=-1)
        top = torch.topk(probabilities, k=min(k, probabilities.numel()))
        return [
            (self.tokenizer.decode([int(i)]), float(p)) for p, i in zip(top.values, top.indices, strict=True)
        ]
