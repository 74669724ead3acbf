"""Training examples as the model will read them: tokenized segment by segment, documents encoded
independently (:mod:`chatbot.lm.layout`), the loss on the answer only.

TRL's own collator builds a plain causal mask; reading independently encoded documents needs each
example's block mask and restarting positions, so the examples are tokenized here and batched by
:class:`SegmentCollator` (padding to the batch's longest example). Example::

    features = tokenize(to_example(row), tokenizer, independent=True)
    batch = SegmentCollator(pad_id=tokenizer.pad_token_id)([features])
    batch["attention_mask"].shape   # [1, 1, n, n], bool
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from chatbot.lm.layout import Layout, allowed, encode

IGNORE = -100  # the label of a token the loss skips


def tokenize(example: dict, tokenizer, independent: bool) -> dict[str, list[int]]:
    """One example's ids, positions, segments and labels (the prompt masked, EOS after the answer)."""
    layout = encode(tokenizer, example["segments"], independent)
    prompt = len(layout.ids)
    answer = tokenizer(example["completion"], add_special_tokens=False).input_ids
    layout.extend([*answer, tokenizer.eos_token_id])
    return {
        "input_ids": layout.ids,
        "position_ids": layout.positions,
        "segments": layout.segments,
        "labels": [IGNORE] * prompt + layout.ids[prompt:],
    }


@dataclass
class SegmentCollator:
    """Pads examples to a batch with a ``[batch, 1, n, n]`` boolean attention mask."""

    pad_id: int

    def __call__(self, features: list[dict]) -> dict[str, torch.Tensor]:
        n = max(len(f["input_ids"]) for f in features)
        batch = {"input_ids": [], "position_ids": [], "labels": [], "attention_mask": []}
        for f in features:
            pad = n - len(f["input_ids"])
            layout = Layout(list(f["input_ids"]), list(f["position_ids"]), list(f["segments"]))
            mask = torch.eye(n, dtype=torch.bool)  # padding attends to itself only (no empty rows)
            mask[: n - pad, : n - pad] = allowed(layout)
            batch["input_ids"].append(layout.ids + [self.pad_id] * pad)
            batch["position_ids"].append(layout.positions + [0] * pad)
            batch["labels"].append(list(f["labels"]) + [IGNORE] * pad)
            batch["attention_mask"].append(mask[None])
        tensors = {k: torch.tensor(v) for k, v in batch.items() if k != "attention_mask"}
        return {**tensors, "attention_mask": torch.stack(batch["attention_mask"])}
