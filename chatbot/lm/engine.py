"""The generation engine: a causal LM answering one prompt at a time, token by token, fast on a CPU.

Written by hand instead of calling ``model.generate`` because, measured on a 2-core CPU with
SmolLM2-135M (``benchmarks/generate.py``), generate spends a large share of each step outside the
model (its ``stop_strings`` check alone), and its prompt-lookup mode verifies drafts with more overhead
than the model call saves at this size. What makes this engine fast:

- the LoRA adapter is merged into the weights once (peft's separate adapter matmuls cost ~30%);
- a KV cache, so each step feeds only the new tokens;
- *prompt lookup*: a RAG answer mostly copies the documents, so the tokens that followed the last
  token(s) where they occur earlier in the context are proposed as drafts and checked in the same
  model call as the next token. A draft is kept only when it is exactly the token the seed's rules
  pick at that place (the argmax, or the sample drawn from that place's distribution), so the
  output is what plain step-by-step decoding gives, only with fewer model calls;
- the answer's end tag `` </Response>`` is a draft source too: once the model starts it, the rest
  is checked in one call;
- codes the answer copies from the context are finished exactly, and a copied sentence keeps the
  name or code that stands there (:mod:`chatbot.lm.copying`);
- stop rules checked on the text while streaming, so no work is spent after ``</Response>``.

Example::

    engine = Engine(load_lm(settings))
    for piece in engine.stream("<Inst> Hi!<Response>", settings):
        print(piece, end="")
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import torch
from transformers import DynamicCache, PreTrainedModel

from chatbot.lm.copying import CopiedCodes
from chatbot.lm.doccache import DocumentCache, Layers
from chatbot.lm.generation import choose, logits_processors, sampler
from chatbot.lm.layout import Layout, allowed, laid_out, segment_spans
from chatbot.lm.models import LoadedLM
from chatbot.rag.answer import NO_ANSWER, STOP_MARKERS
from chatbot.rag.prompt import END_TAG
from chatbot.settings import Settings


def for_inference(model: PreTrainedModel) -> PreTrainedModel:
    """The model ready for fast answers: a LoRA adapter merged into its weights, eval mode (an ONNX
    model as it is)."""
    if hasattr(model, "merge_and_unload"):
        model = model.merge_and_unload()
    return model.eval() if isinstance(model, torch.nn.Module) else model


def lookup(context: list[int], size: int, longest: int = 2) -> list[int]:
    """Up to ``size`` tokens that followed the latest earlier occurrence of the context's last tokens.

    Tries the last ``longest`` tokens first, then shorter tails; empty when none occurred before.
    """
    for n in range(min(longest, len(context) - 1), 0, -1):
        tail = context[-n:]
        for start in range(len(context) - n - 1, -1, -1):
            if context[start : start + n] == tail:
                return context[start + n : start + n + size]
    return []


class Engine:
    """Streams a model's continuation of a prompt under the seed's decoding rules."""

    def __init__(self, lm: LoadedLM, documents: DocumentCache | None = None) -> None:
        self.tokenizer = lm.tokenizer
        self.model = for_inference(lm.model)
        self.independent = lm.independent_documents
        self.drafting = lm.runtime == "torch"  # the ONNX model gives the last position's logits only
        self.documents = documents
        self.heads: dict[tuple[int, ...], Layers] = {}
        self.ending = self.tokenizer(f" {END_TAG}", add_special_tokens=False).input_ids
        self.abstaining = self.tokenizer(NO_ANSWER, add_special_tokens=False).input_ids[0]
        eos = self.model.generation_config.eos_token_id
        self.eos = (set(eos if isinstance(eos, list) else [eos]) | {self.tokenizer.eos_token_id}) - {None}

    def layout(self, prompt: str, segments: Sequence[str] | None = None) -> Layout:
        """The prompt's tokens: its ``segments`` (see :mod:`chatbot.lm.layout`) with documents encoded
        independently when the model was tuned so, else one causal sequence."""
        return laid_out(self.tokenizer, prompt, segments, self.independent)

    def stream(
        self,
        prompt: str,
        settings: Settings,
        stop: Sequence[str] = STOP_MARKERS,
        segments: Sequence[str] | None = None,
    ) -> Iterator[str]:
        """The continuation as text pieces, ending at EOS, ``max_new_tokens`` or the first ``stop`` text.

        A model that ends its answer by EOS gets `` </Response>`` as its last piece, so the text ends
        with a stop marker exactly when the answer is complete (not cut at ``max_new_tokens``).
        Control tokens are never part of the text; a piece that ends inside a multi-byte
        character is held back until the character is complete.
        """
        produced: list[int] = []
        sent = ""
        for token in self.token_ids(self.layout(prompt, segments), settings):
            produced.append(token)
            text = self.tokenizer.decode(produced, skip_special_tokens=True)
            if text.endswith("\ufffd"):
                continue
            if text[len(sent) :]:
                yield text[len(sent) :]
                sent = text
            lowered = text[-64:].lower()
            if any(marker in lowered for marker in stop):
                return
        if produced and produced[-1] in self.eos:
            yield f" {END_TAG}"

    def prefill(self, layout: Layout, cache: DynamicCache) -> torch.Tensor:
        """Read the prompt into ``cache``; the logits of its last token.

        With a document cache, only the question is read here: the head's and the documents' keys
        and values come from the cache (computed at their first use). Joined documents are reused
        as the prompt's whole beginning (the same tokens at the same positions: exact for any
        model); independently encoded ones each on their own, in any order, else read in one pass
        under their block mask.
        """
        ids = torch.tensor([layout.ids])
        if not any(layout.segments):  # one causal sequence: the model's own mask and positions
            if self.documents is not None and layout.reusable:
                return self.prefill_reusing(layout, cache)
            return self.model(ids, cache=cache, logits_to_keep=1).logits[0, -1]
        if self.documents is not None:
            return self.prefill_cached(layout, cache)
        positions = torch.tensor([layout.positions])
        mask = allowed(layout)[None, None]
        return self.model(
            ids, attention_mask=mask, position_ids=positions, cache=cache, logits_to_keep=1
        ).logits[0, -1]

    def prefill_reusing(self, layout: Layout, cache: DynamicCache) -> torch.Tensor:
        """:meth:`prefill` with the keys and values of the head and the documents, as one sequence,
        from the document cache (read and kept on a miss)."""
        ahead = layout.ids[: layout.reusable]
        layers = self.documents.get(ahead)
        if layers is None:
            layers = self.keys_values(ahead)
            self.documents.put(ahead, layers)
        for number, (keys, values) in enumerate(layers):
            cache.update(keys, values, number)
        tail = torch.tensor([layout.ids[layout.reusable :]])
        return self.model(tail, cache=cache, logits_to_keep=1).logits[0, -1]

    def prefill_cached(self, layout: Layout, cache: DynamicCache) -> torch.Tensor:
        """:meth:`prefill` with the head's and each document's keys and values from the caches."""
        (_, head_end), *documents, (tail_start, _) = segment_spans(layout.segments)
        head = self.head(layout.ids[:head_end])
        layers = [([k], [v]) for k, v in head]
        for start, end in documents:
            ids = layout.ids[start:end]
            read = self.documents.get(ids) or self.read(head, ids)
            for (keys, values), (k, v) in zip(layers, read, strict=True):
                keys.append(k)
                values.append(v)
        for number, (keys, values) in enumerate(layers):
            cache.update(torch.cat(keys, dim=2), torch.cat(values, dim=2), number)
        tail = torch.tensor([layout.ids[tail_start:]])
        positions = torch.tensor([layout.positions[tail_start:]])
        return self.model(tail, position_ids=positions, cache=cache, logits_to_keep=1).logits[0, -1]

    def head(self, ids: list[int]) -> Layers:
        """The keys and values of the prompt's head (``<Input>``), computed once."""
        key = tuple(ids)
        if key not in self.heads:
            self.heads[key] = self.keys_values(ids)
        return self.heads[key]

    def keys_values(self, ids: list[int]) -> Layers:
        """The keys and values of ``ids`` read as a prompt's beginning (positions from 0)."""
        cache = DynamicCache()
        self.model(torch.tensor([ids]), cache=cache)
        return [(layer.keys, layer.values) for layer in cache.layers]

    def read(self, head: Layers, ids: list[int]) -> Layers:
        """A document's keys and values, read after the head at the positions that follow it; kept."""
        cache = DynamicCache()
        for number, (k, v) in enumerate(head):
            cache.update(k.clone(), v.clone(), number)
        start = head[0][0].shape[2]
        self.model(torch.tensor([ids]), position_ids=torch.arange(start, start + len(ids))[None], cache=cache)
        layers = [(layer.keys[:, :, start:], layer.values[:, :, start:]) for layer in cache.layers]
        self.documents.put(ids, layers)
        return layers

    def judged(self, logits: torch.Tensor, settings: Settings) -> torch.Tensor:
        """The first token's logits, the "I don't know" opening ruled out unless the model gives it at
        least ``settings.abstain_threshold``.

        A small tuned model hedges: it also opens with "I don't know" on a document it could read,
        when that opening is merely the likeliest of several. The threshold, calibrated on the dev
        sets (``benchmarks/abstention.py``), lets it abstain only when it is sure.
        """
        threshold = settings.abstain_threshold
        if not threshold or torch.softmax(logits.float(), dim=-1)[self.abstaining] >= threshold:
            return logits
        logits = logits.clone()
        logits[self.abstaining] = float("-inf")
        return logits

    def token_ids(self, layout: Layout, settings: Settings) -> Iterator[int]:
        """The new token ids one by one (prompt-lookup drafts checked in the same model call)."""
        processors, generator = logits_processors(settings), sampler(settings)
        ids, limit = list(layout.ids), len(layout.ids) + settings.max_new_tokens
        if settings.copy_codes:
            processors.insert(0, CopiedCodes(self.tokenizer, layout.ids, start=len(ids)))
        cache = DynamicCache()

        def pick(logits: torch.Tensor) -> int:
            scores = processors(torch.tensor([ids]), logits[None])
            return int(choose(scores, greedy=settings.greedy, generator=generator)[0])

        with torch.inference_mode():
            token = pick(self.judged(self.prefill(layout, cache), settings))
            while True:
                yield token
                ids.append(token)
                if token in self.eos or len(ids) >= limit:
                    return
                size = min(settings.draft_tokens, limit - len(ids) - 1) if self.drafting else 0
                drafts = lookup(self.ending + ids, size)
                logits = self.model(torch.tensor([[token, *drafts]]), cache=cache).logits[0]
                for place, draft in enumerate(drafts):
                    token = pick(logits[place])
                    if token != draft:
                        cache.crop(-(len(drafts) - place))
                        break
                    yield token
                    ids.append(token)
                    if token in self.eos:
                        return
                else:
                    token = pick(logits[len(drafts)])
