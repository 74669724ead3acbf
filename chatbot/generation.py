"""Generation: the seed's frequency penalty, the decoding settings, and the LangChain LLM.

The seed's frequency penalty subtracts ``alpha * (times the token already occurs in the context)``
from each logit. transformers' ``repetition_penalty`` is a different, multiplicative rule, hence
:class:`FrequencyPenalty`. Example::

    llm = make_llm(lm)
    llm.invoke(prompt, pipeline_kwargs=generation_kwargs(settings, lm.tokenizer))
"""

from __future__ import annotations

import torch
from langchain_huggingface import HuggingFacePipeline
from transformers import LogitsProcessor, LogitsProcessorList, PreTrainedTokenizerBase, pipeline

from chatbot.models import LoadedLM
from chatbot.prompt import END_TAG
from chatbot.settings import Settings


class FrequencyPenalty(LogitsProcessor):
    """``logits - alpha * count(token in context)``, the seed's additive penalty."""

    def __init__(self, alpha: float) -> None:
        self.alpha = alpha

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        counts = torch.zeros_like(scores)
        counts.scatter_add_(1, input_ids, torch.ones_like(input_ids, dtype=scores.dtype))
        return scores - self.alpha * counts


def generation_kwargs(settings: Settings, tokenizer: PreTrainedTokenizerBase) -> dict:
    """Keyword arguments for one ``generate`` call: length, decoding, penalty, and the stop rules."""
    kwargs: dict = {
        "max_new_tokens": settings.max_new_tokens,
        "stop_strings": [END_TAG],
        "tokenizer": tokenizer,
        "pad_token_id": tokenizer.pad_token_id,
    }
    if settings.frequency_penalty:
        kwargs["logits_processor"] = LogitsProcessorList([FrequencyPenalty(settings.frequency_penalty)])
    if settings.greedy:
        return {**kwargs, "do_sample": False, "temperature": None, "top_p": None, "top_k": None}
    return {
        **kwargs,
        "do_sample": True,
        "temperature": settings.temperature,
        "top_p": settings.top_p,
        "top_k": None,
    }


def make_llm(lm: LoadedLM) -> HuggingFacePipeline:
    """The text-generation pipeline as a LangChain LLM that returns only the new text."""
    generator = pipeline("text-generation", model=lm.model, tokenizer=lm.tokenizer, return_full_text=False)
    return HuggingFacePipeline(pipeline=generator)
