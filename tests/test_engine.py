"""The generation engine: same tokens as transformers' ``generate``, prompt lookup that changes nothing
but the number of model calls, the stop rules while streaming, and reproducible sampling."""

from __future__ import annotations

import threading

import pytest
import torch
from transformers import DynamicCache

from chatbot.lm.doccache import DocumentCache
from chatbot.lm.engine import Engine, lookup
from chatbot.lm.models import LoadedLM, load_lm
from chatbot.settings import Settings

# Repeats give prompt lookup something to find; a tiny random model tends to loop, so drafts get accepted.
PROMPT = "<Input> The capital of Oz is Emerald. The capital of Oz is Emerald.<Inst> capital of oz?<Response>"


@pytest.fixture(scope="module")
def engine(tiny_gpt2, tmp_path_factory) -> Engine:
    settings = Settings(model=str(tiny_gpt2), home=tmp_path_factory.mktemp("home"), adapter="none")
    return Engine(load_lm(settings))


def settings_for(**changes) -> Settings:
    return Settings(**{"model": "unused", "adapter": "none", "max_new_tokens": 24, **changes})


def run(engine: Engine, settings: Settings, drafts: int) -> tuple[list[int], int]:
    """The new token ids and how many times the model was called."""
    calls = []
    hook = engine.model.register_forward_hook(lambda *_: calls.append(1))
    try:
        return list(
            engine.token_ids(engine.layout(PROMPT), settings.model_copy(update={"draft_tokens": drafts}))
        ), len(calls)
    finally:
        hook.remove()


def test_lookup_finds_what_followed_the_last_tokens() -> None:
    assert lookup([5, 6, 7, 8, 5, 6], size=2) == [7, 8]
    assert lookup([1, 2, 3, 9, 3], size=3) == [9, 3]  # one-token tail when the two-token one is new
    assert lookup([1, 2, 3], size=3) == []


def test_greedy_tokens_equal_generate_and_lookup_saves_model_calls(engine) -> None:
    settings = settings_for(greedy=True, frequency_penalty=0.0)
    ids = engine.tokenizer(PROMPT, return_tensors="pt").input_ids
    expected = engine.model.generate(ids, max_new_tokens=24, do_sample=False, pad_token_id=0)[
        0, ids.shape[1] :
    ]

    plain, plain_calls = run(engine, settings, drafts=0)
    drafted, drafted_calls = run(engine, settings, drafts=4)

    assert plain == drafted == expected.tolist()
    assert plain_calls == 24 and drafted_calls < plain_calls


def test_seeded_sampling_is_reproducible_and_lookup_keeps_the_samples(engine) -> None:
    settings = settings_for(greedy=False, temperature=1.5, top_p=0.9, seed=7)
    first, _ = run(engine, settings, drafts=0)
    again, _ = run(engine, settings, drafts=0)
    drafted, _ = run(engine, settings, drafts=4)
    other, _ = run(engine, settings.model_copy(update={"seed": 8}), drafts=0)
    assert first == again == drafted
    assert other != first


def test_frequency_penalty_stops_repeats(engine) -> None:
    looping, _ = run(engine, settings_for(greedy=True, frequency_penalty=0.0), drafts=4)
    assert len(set(looping)) < len(looping)  # the tiny model repeats itself without the penalty
    prompt_ids = set(engine.tokenizer(PROMPT).input_ids)
    penalized, _ = run(engine, settings_for(greedy=True, frequency_penalty=10.0), drafts=4)
    assert len(set(penalized)) == len(penalized) and not prompt_ids & set(penalized)


@pytest.mark.parametrize("limit", [1, 2, 7])
def test_max_new_tokens_is_exact_with_drafts(engine, limit) -> None:
    ids, _ = run(engine, settings_for(greedy=True, frequency_penalty=0.0).model_copy(
        update={"max_new_tokens": limit}), drafts=4)  # fmt: skip
    assert len(ids) == limit


def test_the_abstaining_opening_needs_the_threshold(engine) -> None:
    """The model opens with "I don't know" only when it gives that opening the threshold; the
    tiny model's own first token stands in for that opening here."""
    settings = settings_for(greedy=True, frequency_penalty=0.0)
    first = run(engine, settings, drafts=0)[0][0]
    with torch.inference_mode():
        logits = engine.prefill(engine.layout(PROMPT), DynamicCache())
    p = float(torch.softmax(logits.float(), dim=-1)[first])
    saved, engine.abstaining = engine.abstaining, first
    try:
        sure = run(engine, settings.model_copy(update={"abstain_threshold": p * 0.99}), drafts=0)[0]
        unsure = run(engine, settings.model_copy(update={"abstain_threshold": min(1.0, p * 1.01)}), 0)[0]
    finally:
        engine.abstaining = saved
    assert sure[0] == first
    assert unsure[0] != first  # ruled out: the next likeliest opening instead


def test_stream_stops_at_a_stop_text_and_never_emits_control_tokens(engine) -> None:
    settings = settings_for(greedy=True, frequency_penalty=0.0)
    full = "".join(engine.stream(PROMPT, settings, stop=()))
    assert "<|endoftext|>" not in full and len(full) > 4
    marker = full[len(full) // 2 : len(full) // 2 + 3].lower()  # a text the model is known to produce
    cut = "".join(engine.stream(PROMPT, settings, stop=(marker,)))
    assert marker in cut.lower() and len(cut) < len(full)


def test_requests_with_different_settings_in_parallel_do_not_mix(engine) -> None:
    requests = [settings_for(greedy=False, temperature=t, top_p=0.95, seed=s) for t, s in
                [(0.7, 1), (1.5, 2), (1.0, 3), (2.0, 4)]]  # fmt: skip
    ids = engine.layout(PROMPT)
    alone = [list(engine.token_ids(ids, s)) for s in requests]
    together: dict[int, list[int]] = {}

    def answer(index: int) -> None:
        together[index] = list(engine.token_ids(ids, requests[index]))

    threads = [threading.Thread(target=answer, args=(i,)) for i in range(len(requests))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [together[i] for i in range(len(requests))] == alone


JOINED = ["<Input>", " The capital of Oz is Emerald. It lies on a river.", "<Inst> capital of oz?<Response>"]


def test_joined_documents_are_read_once_and_answer_as_without_the_cache(engine) -> None:
    """The head and documents of a plain model's prompt are reused as its beginning: the same tokens
    at the same positions, so the same answer, and only the question is read again."""
    assert not engine.independent
    cached = Engine(LoadedLM(engine.model, engine.tokenizer, "tiny"), DocumentCache(budget_mb=64))
    settings = settings_for(greedy=True, frequency_penalty=0.0, max_new_tokens=12)
    other = [*JOINED[:2], "<Inst> What river is it on?<Response>"]
    for segments in (JOINED, other, JOINED):
        prompt = "".join(segments)
        expected = list(engine.token_ids(engine.layout(prompt, segments), settings))
        assert list(cached.token_ids(cached.layout(prompt, segments), settings)) == expected
    assert cached.documents.stats()["misses"] == 1 and cached.documents.stats()["hits"] == 2
    read = []
    hook = cached.model.register_forward_pre_hook(lambda _, args: read.append(args[0].shape[1]))
    with torch.inference_mode():
        try:
            from_cache = cached.prefill(cached.layout("".join(JOINED), JOINED), DynamicCache())
        finally:
            hook.remove()
        whole = engine.prefill(engine.layout("".join(JOINED), JOINED), DynamicCache())
    assert read == [len(engine.tokenizer(JOINED[2]).input_ids)]  # the question alone
    assert torch.allclose(whole, from_cache, atol=1e-2)  # float16 storage


# --- documents encoded independently, and their cache -------------------------------------------


@pytest.fixture(scope="module")
def tuned(tiny_gpt2, tmp_path_factory):
    """A tiny GPT-2 with an adapter trained on independently encoded documents (training.json says so)."""
    from chatbot.finetune import train
    from chatbot.finetune.recipe import Recipe

    home = tmp_path_factory.mktemp("tuned")
    settings = Settings(model=str(tiny_gpt2), home=home, adapter="none")
    recipe = Recipe(epochs=1, save_steps=100, independent_documents=True)
    job = train.Job(output=home / "adapter", grounded=16, recipe=recipe)
    train.finetune(job, settings)
    return load_lm(settings.model_copy(update={"adapter": str(job.output)}))


SEGMENTS = [
    "<Input>",
    " The capital of Oz is Emerald. It lies on a river.",
    " The capital of Lilliput is Mildendo.",
    " Part KX-2047 weighs 4 kg.",
    "<Inst> capital of oz?<Response>",
]


def test_a_cached_document_reads_like_the_one_pass_reference(tuned) -> None:
    assert tuned.independent_documents
    reference, cached = Engine(tuned), Engine(tuned, DocumentCache(budget_mb=64))
    settings = settings_for(greedy=True, frequency_penalty=0.0, max_new_tokens=12)
    prompt = "".join(SEGMENTS)
    expected = "".join(reference.stream(prompt, settings, stop=(), segments=SEGMENTS))
    first = "".join(cached.stream(prompt, settings, stop=(), segments=SEGMENTS))
    assert cached.documents.stats()["misses"] == 3
    reordered = [SEGMENTS[0], SEGMENTS[3], SEGMENTS[1], SEGMENTS[2], SEGMENTS[4]]
    again = "".join(cached.stream("".join(reordered), settings, stop=(), segments=reordered))
    assert cached.documents.stats()["hits"] == 3  # every document read once, in any order
    assert first == expected
    assert again == "".join(reference.stream("".join(reordered), settings, stop=(), segments=reordered))
    with torch.inference_mode():
        one_pass = reference.prefill(reference.layout(prompt, SEGMENTS), DynamicCache())
        from_cache = cached.prefill(cached.layout(prompt, SEGMENTS), DynamicCache())
    assert torch.allclose(one_pass, from_cache, atol=1e-2)  # float16 storage


def test_documents_do_not_see_each_other(tuned) -> None:
    """A document's keys and values are the same whatever document comes before it."""
    engine = Engine(tuned, DocumentCache(budget_mb=64))
    settings = settings_for(greedy=True, max_new_tokens=1)
    for order in ([1, 2, 3], [3, 2, 1]):
        segments = [SEGMENTS[0], *(SEGMENTS[i] for i in order), SEGMENTS[4]]
        list(engine.stream("".join(segments), settings, segments=segments))
    assert engine.documents.stats()["entries"] == 3


def test_the_cache_drops_the_least_recently_used_beyond_its_budget() -> None:
    layers = [(torch.ones(1, 2, 10, 8), torch.ones(1, 2, 10, 8))]  # 640 bytes in float16
    cache = DocumentCache(budget_mb=1500 / 2**20)
    cache.put([1], layers)
    cache.put([2], layers)
    assert cache.get([1]) is not None  # 1 is now the most recently used
    cache.put([3], layers)
    assert cache.get([2]) is None and cache.get([1]) is not None and cache.get([3]) is not None
    stats = cache.stats()
    assert (stats["entries"], stats["tokens"], stats["mb"]) == (2, 2, round(1280 / 2**20, 2))
    assert (stats["hits"], stats["misses"], stats["evictions"]) == (3, 1, 1)
    torch.testing.assert_close(cache.get([3])[0][0], layers[0][0])
