"""Generation speed: the seed's loop vs plain ``model.generate`` vs our engine on torch (the chat's
default) and on ONNX Runtime with 8-bit weights (``runtime = "onnx"``), side by side.

Same model (the default chat: SmolLM2-135M-Instruct + the shipped LoRA adapter, fp32), the same
RAG prompts with 3 documents (``--prompts capitals``: three capital sentences, ~60 tokens; ``prose``:
three chunks of an invented company history, ~400 tokens), the same settings, batch 1; all methods
take turns in one run and each number is the median over prompts x repeats. The engine with its
document cache is timed once each prompt's documents were read (a second question about them).
Time to first token (TTFT) runs from the call to the first new token; decode speed counts the
tokens after the first one. Greedy (the chat's default) and the seed's sampling settings (top-p .5,
temperature .9, frequency penalty .01) are measured separately. Example::

    python -m benchmarks.generate --threads 1 --prompts prose --json artifacts/bench/generate-prose.json
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
from rich.console import Console
from rich.table import Table
from transformers import DynamicCache
from transformers.generation.streamers import BaseStreamer

from chatbot.lm.doccache import DocumentCache
from chatbot.lm.engine import Engine
from chatbot.lm.generation import FrequencyPenalty, choose, logits_processors
from chatbot.lm.models import LoadedLM, load_for_chat, load_lm
from chatbot.rag.prompt import END_TAG, render_segments
from chatbot.settings import Settings
from ingest.documents import load_documents
from vectorstore.config import SHIPPED_DATA

QUESTIONS = {
    "Germany": "What is the capital of Germany?",
    "Japan": "capital of japan",
    "Peru": "peru's capital?",
    "Kenya": "Which city is the capital of Kenya?",
    "Norway": "what's norways capital city",
}
OTHER_DOCUMENTS = ("France", "Brazil")
PROSE = Path("data/eval/documents/harbour_company.md")
PROSE_QUESTIONS = {  # the chunk (by number) that answers, and the question
    1: "In what year was the Greyhallow Harbour Company founded?",
    5: "How long was the Northern Lantern from bow to stern?",
    6: "Who built the Northern Lanthorn?",
    7: "What was the Grey Heron?",
    3: "Who took control of the company after Edda died?",
}
Prompt = list[str]  # the prompt's segments (chatbot.lm.layout); joined, its text


@dataclass
class Timing:
    """One generation: time to first token, total time, new tokens, and the text."""

    ttft: float
    seconds: float
    tokens: int
    text: str

    @property
    def decode_rate(self) -> float:
        """Tokens per second after the first token."""
        return (self.tokens - 1) / max(self.seconds - self.ttft, 1e-9)


def capital_prompts() -> list[Prompt]:
    """One prompt per question: its country's document between two others, as the chain renders it."""
    cities = {row["country"]: row["city"] for row in json.loads(SHIPPED_DATA.read_text())}
    document = "The capital of {} is {}.".format
    prompts = []
    for country, question in QUESTIONS.items():
        others = [document(c, cities[c]) for c in OTHER_DOCUMENTS]
        prompts.append(render_segments(question, [others[0], document(country, cities[country]), others[1]]))
    return prompts


def prose_prompts() -> list[Prompt]:
    """One prompt per question: the chunk that answers it between the two chunks that follow it."""
    chunks = [d.page_content for d in load_documents(PROSE)]
    return [render_segments(q, chunks[n : n + 3]) for n, q in PROSE_QUESTIONS.items()]


def timed(ids: Iterator[int], tokenizer) -> Timing:
    """Consume new token ids until EOS or ``</Response>``, timing the first one and the whole."""
    started, first, produced = time.perf_counter(), 0.0, []
    for token in ids:
        first = first or time.perf_counter() - started
        produced.append(token)
        if token == tokenizer.eos_token_id or END_TAG in tokenizer.decode(produced[-6:]):
            break
    text = tokenizer.decode(produced, skip_special_tokens=True)
    return Timing(first, time.perf_counter() - started, len(produced), text)


def seed_loop(model, tokenizer, prompt: str, settings: Settings) -> Iterator[int]:
    """The seed notebook's loop: the whole context through the model for every new token, no cache."""
    processors = logits_processors(settings)
    context = tokenizer(prompt, return_tensors="pt").input_ids
    with torch.inference_mode():
        for _ in range(settings.max_new_tokens):
            logits = model(context).logits[:, -1]
            token = choose(processors(context, logits), greedy=settings.greedy)
            yield int(token)
            context = torch.cat([context, token[:, None]], dim=1)


class FirstTokenClock(BaseStreamer):
    """Notes when ``generate`` produces its first new token (its first ``put`` is the prompt)."""

    def __init__(self) -> None:
        self.calls, self.first = 0, 0.0

    def put(self, value: torch.Tensor) -> None:
        self.calls += 1
        if self.calls == 2:
            self.first = time.perf_counter()

    def end(self) -> None:
        pass


def plain_generate(model, tokenizer, prompt: str, settings: Settings) -> Timing:
    """``model.generate`` with its KV cache, the same decoding rules and the stop at ``</Response>``."""
    ids = tokenizer(prompt, return_tensors="pt").input_ids
    sampling = {} if settings.greedy else {"temperature": settings.temperature, "top_p": settings.top_p}
    clock, started = FirstTokenClock(), time.perf_counter()
    with torch.inference_mode():
        out = model.generate(
            ids,
            max_new_tokens=settings.max_new_tokens,
            do_sample=not settings.greedy,
            top_k=None,
            logits_processor=[FrequencyPenalty(settings.frequency_penalty)],
            stop_strings=[END_TAG],
            tokenizer=tokenizer,
            pad_token_id=tokenizer.pad_token_id,
            streamer=clock,
            **sampling,
        )
    new = out[0, ids.shape[1] :]
    text = tokenizer.decode(new, skip_special_tokens=True)
    return Timing(clock.first - started, time.perf_counter() - started, len(new), text)


def int8(lm: LoadedLM) -> LoadedLM:
    """A copy with dynamic int8 linear layers (per-channel weights): a reference row, it changes answers."""
    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    model = copy.deepcopy(Engine(lm).model)
    quantize_dynamic(model, {torch.nn.Linear: per_channel_dynamic_qconfig}, inplace=True)
    return LoadedLM(model=model, tokenizer=lm.tokenizer, name=lm.name + " int8")


def methods(
    settings: Settings, with_int8: bool
) -> tuple[dict[str, Callable[[Prompt, Settings], Timing]], object]:
    """The contenders by name (each answers one prompt under given settings), and the tokenizer."""
    peft = load_lm(settings)  # base + adapter as peft loads it: what a plain transformers app runs
    tokenizer = peft.tokenizer
    ours = Engine(load_lm(settings))
    cached = Engine(load_lm(settings), DocumentCache(settings.document_cache_mb))
    on_onnx = load_for_chat(settings.model_copy(update={"runtime": "onnx"}))
    onnx, onnx_cached = Engine(on_onnx), Engine(on_onnx, DocumentCache(settings.document_cache_mb))
    contenders = {
        "a seed loop, no KV cache": lambda p, s: timed(
            seed_loop(peft.model, tokenizer, "".join(p), s), tokenizer
        ),
        "b model.generate, KV cache": lambda p, s: plain_generate(peft.model, tokenizer, "".join(p), s),
        "b' model.generate, merged adapter": lambda p, s: plain_generate(
            ours.model, tokenizer, "".join(p), s
        ),
        "c ours, no prompt lookup": lambda p, s: engine_run(
            ours, p, s.model_copy(update={"draft_tokens": 0})
        ),
        "c ours": lambda p, s: engine_run(ours, p, s),
        "d ours, documents cached": lambda p, s: engine_run(cached, p, s, read_before=True),
        "e ours on ONNX Runtime, 8-bit": lambda p, s: engine_run(onnx, p, s),
        "f ours on ONNX, documents cached": lambda p, s: engine_run(onnx_cached, p, s, read_before=True),
    }
    if with_int8:
        quantized = Engine(int8(load_lm(settings)))
        contenders["c ours + int8 (changes answers)"] = lambda p, s: engine_run(quantized, p, s)
    return contenders, tokenizer


def engine_run(engine: Engine, prompt: Prompt, settings: Settings, read_before: bool = False) -> Timing:
    """Our engine on one prompt (``read_before``: its documents put in the engine's cache untimed)."""
    layout = engine.layout("".join(prompt), prompt)
    if read_before:
        with torch.inference_mode():
            engine.prefill(layout, DynamicCache())
    return timed(engine.token_ids(layout, settings), engine.tokenizer)


def measure(
    contenders: dict, settings: Settings, prompts: list[Prompt], repeats: int
) -> dict[str, list[Timing]]:
    """Every method on every prompt, ``repeats`` times, methods taking turns (after one warm-up each)."""
    for run in contenders.values():
        run(prompts[0], settings)
    results: dict[str, list[Timing]] = {name: [] for name in contenders}
    for _ in range(repeats):
        for prompt in prompts:
            for name, run in contenders.items():
                results[name].append(run(prompt, settings))
    return results


def summary(results: dict[str, list[Timing]]) -> list[dict]:
    """Median TTFT and decode speed per method, the ratios to (a) and (b), and answer agreement."""
    rows = []
    reference = [t.text for t in results["b model.generate, KV cache"]]
    ours = [t.text for t in results["c ours"]]  # tokenized a segment at a time, as the adapter was tuned
    for name, runs in results.items():
        rows.append(
            {
                "method": name,
                "ttft_ms": 1000 * statistics.median(t.ttft for t in runs),
                "decode_tok_s": statistics.median(t.decode_rate for t in runs),
                "answer_s": statistics.median(t.seconds for t in runs),
                "tokens": statistics.median(t.tokens for t in runs),
                "same_answer_as_b": sum(t.text == r for t, r in zip(runs, reference, strict=True)),
                "same_answer_as_c": sum(t.text == r for t, r in zip(runs, ours, strict=True)),
                "runs": len(runs),
            }
        )
    a, b = rows[0], rows[1]
    for row in rows:
        row["decode_x_a"] = row["decode_tok_s"] / a["decode_tok_s"]
        row["decode_x_b"] = row["decode_tok_s"] / b["decode_tok_s"]
        row["answer_x_b"] = b["answer_s"] / row["answer_s"]
    return rows


def print_table(rows: list[dict], title: str) -> None:
    """The summary as a table."""
    table = Table(title=title)
    for column in (
        "method",
        "TTFT ms",
        "decode tok/s",
        "x (a)",
        "x (b)",
        "answer s",
        "x (b)",
        "same as (b)",
        "as (c)",
    ):
        table.add_column(column, justify="left" if column == "method" else "right")
    for r in rows:
        table.add_row(
            r["method"],
            f"{r['ttft_ms']:.0f}",
            f"{r['decode_tok_s']:.1f}",
            f"{r['decode_x_a']:.2f}",
            f"{r['decode_x_b']:.2f}",
            f"{r['answer_s']:.2f}",
            f"{r['answer_x_b']:.2f}",
            f"{r['same_answer_as_b']}/{r['runs']}",
            f"{r['same_answer_as_c']}/{r['runs']}",
        )
    Console(width=140).print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=1, help="torch threads.")
    parser.add_argument("--repeats", type=int, default=3, help="Runs of every prompt per method.")
    parser.add_argument("--int8", action="store_true", help="Add a dynamic-int8 row (for reference).")
    parser.add_argument(
        "--prompts", choices=("capitals", "prose"), default="capitals", help="Which RAG prompts."
    )
    parser.add_argument("--json", type=Path, help="Write the results here.")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    # the seed's decoding rules alone, as generate has them (the chat's abstain threshold is no decoding rule)
    settings = Settings(torch_threads=args.threads, abstain_threshold=0.0)
    contenders, tokenizer = methods(settings, args.int8)
    prompts = capital_prompts() if args.prompts == "capitals" else prose_prompts()
    tokens = statistics.median(len(tokenizer("".join(p)).input_ids) for p in prompts)
    report = {
        "threads": args.threads,
        "repeats": args.repeats,
        "prompts": prompts,
        "prompt_tokens": tokens,
        "modes": {},
    }
    modes = {"greedy": settings, "seed sampling": settings.model_copy(update={"greedy": False, "seed": 1901})}
    for mode, mode_settings in modes.items():
        results = measure(contenders, mode_settings, prompts, args.repeats)
        rows = summary(results)
        print_table(
            rows,
            f"{mode}, {args.threads} thread(s), 3-document {args.prompts} prompts (~{tokens:.0f} tokens)",
        )
        report["modes"][mode] = {
            "summary": rows,
            "runs": {k: [asdict(t) for t in v] for k, v in results.items()},
        }
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
