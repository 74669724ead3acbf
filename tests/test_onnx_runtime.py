"""The chat model on ONNX Runtime with 8-bit weights, against the torch reference engine: the real
SmolLM2 with the shipped adapter merged, built by onnxruntime-genai's builder in a temporary models
folder. The documents are invented here."""

from __future__ import annotations

import json

import pytest
import torch
from transformers import DynamicCache

from chatbot.lm.doccache import DocumentCache
from chatbot.lm.engine import Engine
from chatbot.lm.models import LoadedLM, load_for_chat
from chatbot.lm.onnx_runtime import build_onnx
from chatbot.rag.prompt import render_segments
from chatbot.settings import Settings
from common.errors import ModelMissingError, SettingsError

pytestmark = pytest.mark.slow

CAPITALS = ["The capital of Vellmark is Orsby.", "The capital of Ostrand is Halvik."]
PROMPTS = [
    ("What is the capital of Ostrand?", CAPITALS),
    ("capital of vellmark", CAPITALS),
    (
        "How many passengers could the Saltwren carry?",
        [
            "Brindlemoor Ferry Company › Fleet › The Saltwren: The Saltwren was launched in 1908 at the "
            "Ossory yard. She carried up to 180 passengers between Brindlemoor and the outer isles.",
            "Brindlemoor Ferry Company › Fleet › The Kestrel Moon: The Kestrel Moon joined the fleet in "
            "1931. She was smaller and could take 95 passengers.",
        ],
    ),
    ("Who supplies KX-2047?", ["parts.csv — code: KX-2047; name: pump housing; supplier: Tamsin Fittings"]),
    ("What colour is the Saltwren's hull?", ["The Saltwren was launched in 1908 at the Ossory yard."]),
]


@pytest.fixture(scope="module")
def models(tmp_path_factory) -> tuple[LoadedLM, LoadedLM]:
    """The default chat model twice: on torch (the default, the reference) and on ONNX Runtime."""
    settings = Settings(home=tmp_path_factory.mktemp("onnx") / "home", torch_threads=1)
    reference = load_for_chat(settings)
    onnx = load_for_chat(settings.model_copy(update={"runtime": "onnx"}))
    return reference, onnx


def test_the_chat_model_runs_on_onnx_with_8_bit_weights_when_asked(models) -> None:
    import onnx

    reference, on_onnx = models
    assert (reference.runtime, on_onnx.runtime) == ("torch", "onnx")
    graph = onnx.load(str(on_onnx.model.folder / "model.onnx"), load_external_data=False).graph
    quantized = [node for node in graph.node if node.op_type == "MatMulNBits"]
    bits = [a.i for node in quantized for a in node.attribute if a.name == "bits"]
    assert len(bits) >= 120  # the projections of the 30 layers (the head stays float32)
    assert set(bits) == {8}


def test_a_step_after_the_cache_reads_like_the_whole_prompt(models) -> None:
    """The keys and values the runtime hands back are the ones it reads on the next step."""
    _, onnx = models
    ids = onnx.tokenizer("".join(render_segments("capital of ostrand?", CAPITALS))).input_ids
    whole = onnx.model(torch.tensor([ids])).logits[0, -1]
    cache = DynamicCache()
    onnx.model(torch.tensor([ids[:-1]]), cache=cache)
    assert cache.get_seq_length() == len(ids) - 1
    stepped = onnx.model(torch.tensor([ids[-1:]]), cache=cache).logits[0, -1]
    assert cache.get_seq_length() == len(ids)
    # equal up to the 8-bit kernels' rounding of activations (a wrong cache gives cosine ~0.5)
    assert int(stepped.argmax()) == int(whole.argmax())
    assert torch.cosine_similarity(whole, stepped, dim=0) > 0.999


def test_next_token_logits_agree_with_torch(models) -> None:
    reference, onnx = models
    for question, documents in PROMPTS:
        ids = onnx.tokenizer("".join(render_segments(question, documents))).input_ids
        with torch.inference_mode():
            expected = reference.model(torch.tensor([ids])).logits[0, -1]
        got = onnx.model(torch.tensor([ids])).logits[0, -1]
        assert int(got.argmax()) == int(expected.argmax()), question
        assert torch.cosine_similarity(got, expected, dim=0) > 0.99, question


def test_greedy_answers_are_mostly_the_reference_engines(models) -> None:
    """8-bit weights move the logits a little: near-ties may break the other way (over the mixed set
    ~7% of answers differ, README "Benchmarks"), so one prompt in five may differ, not more."""
    reference, onnx = models
    settings = Settings()
    torch_engine, onnx_engine = Engine(reference), Engine(onnx)
    differing = []
    for question, documents in PROMPTS:
        segments = render_segments(question, documents)
        prompt = "".join(segments)
        expected = "".join(torch_engine.stream(prompt, settings, segments=segments))
        got = "".join(onnx_engine.stream(prompt, settings, segments=segments))
        if got != expected:
            differing.append((question, expected, got))
    assert len(differing) <= 1, differing


def test_documents_are_read_once_and_answer_as_without_the_cache(models) -> None:
    _, onnx = models
    settings = Settings()
    plain, cached = Engine(onnx), Engine(onnx, DocumentCache(budget_mb=64))
    question, documents = PROMPTS[2]
    segments = render_segments(question, documents)
    prompt = "".join(segments)
    expected = "".join(plain.stream(prompt, settings, segments=segments))
    first = "".join(cached.stream(prompt, settings, segments=segments))
    again = "".join(cached.stream(prompt, settings, segments=segments))
    assert first == again == expected
    assert cached.documents.stats()["hits"] == 1


def test_onnx_is_refused_for_a_model_it_was_not_checked_on(tiny_gpt2, tmp_path) -> None:
    settings = Settings(home=tmp_path, model=str(tiny_gpt2), adapter="none", runtime="onnx")
    with pytest.raises(SettingsError, match="CHATBOT_RUNTIME=torch"):
        load_for_chat(settings)
    assert load_for_chat(settings.model_copy(update={"runtime": "torch"})).runtime == "torch"
    assert not (tmp_path / "models" / "onnx").exists()


def test_a_failed_build_keeps_nothing(tmp_path) -> None:
    source = tmp_path / "broken"
    source.mkdir()
    (source / "config.json").write_text(json.dumps({"architectures": ["LlamaForCausalLM"]}))
    with pytest.raises(ModelMissingError, match="Cannot build the ONNX model"):
        build_onnx(source, tmp_path / "models")
    assert list((tmp_path / "models" / "onnx").iterdir()) == []
