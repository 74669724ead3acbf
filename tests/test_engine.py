"""The generation engine: same tokens as transformers' ``generate``, prompt lookup that changes nothing
but the number of model calls, the stop rules while streaming, and reproducible sampling."""

from __future__ import annotations

import threading

import pytest

from chatbot.lm.engine import Engine, lookup
from chatbot.lm.models import load_lm
from chatbot.settings import Settings

# Repeats give prompt lookup something to find; a tiny random model tends to loop, so drafts get accepted.
PROMPT = "<Input> The capital of Oz is Emerald. The capital of Oz is Emerald.<Inst> capital of oz?<Response>"


@pytest.fixture(scope="module")
def engine(tiny_gpt2, tmp_path_factory) -> Engine:
    settings = Settings(model=str(tiny_gpt2), home=tmp_path_factory.mktemp("home"), adapter="none")
    return Engine(load_lm(settings))


def settings_for(**changes) -> Settings:
    return Settings(model="unused", adapter="none", max_new_tokens=24, **changes)


def run(engine: Engine, settings: Settings, drafts: int) -> tuple[list[int], int]:
    """The new token ids and how many times the model was called."""
    calls = []
    hook = engine.model.register_forward_hook(lambda *_: calls.append(1))
    try:
        ids = engine.tokenizer(PROMPT, add_special_tokens=False).input_ids
        return list(engine.token_ids(ids, settings.model_copy(update={"draft_tokens": drafts}))), len(calls)
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
    ids = engine.tokenizer(PROMPT, add_special_tokens=False).input_ids
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
