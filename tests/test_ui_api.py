"""The web app's named endpoint ``/chat`` through ``gradio_client``, alone and under 8 concurrent clients.

The tiny random GPT-2 answers (the content does not matter here; greedy decoding makes every answer
reproducible, so a mixed-up answer shows)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from gradio_client import Client

from chatbot.settings import Settings
from tests.harness.app import app_at

COUNTRIES = ["Germany", "France", "Japan", "Italy", "Spain", "Peru", "Chile", "Norway"]


@pytest.fixture(scope="module")
def url(tmp_path_factory, tiny_gpt2, free_port):
    root = tmp_path_factory.mktemp("ui-api")
    settings = Settings(
        home=root / "home", persist_dir=root / "chroma", model=str(tiny_gpt2), max_new_tokens=6
    )
    with app_at(settings, free_port()) as url:
        yield f"{url}/"


def test_the_named_endpoint_answers_with_sources_and_follow_ups(url):
    client = Client(url, verbose=False)
    reply = client.predict("What is the capital of Germany?", api_name="/chat")
    assert reply["question"] == "What is the capital of Germany?" and isinstance(reply["answer"], str)
    assert [s["text"] for s in reply["sources"]] == ["The capital of Germany is Berlin."]
    assert reply["sources"][0]["source"] == "country_by_capital_city.json"
    follow = client.predict(
        "And of France?", ["What is the capital of Germany?"], {"top_k": 2}, api_name="/chat"
    )
    assert follow["question"] == "What is the capital of France?"
    assert follow["sources"][0]["text"] == "The capital of France is Paris."
    none = client.predict("What is the capital of Atlantis?", api_name="/chat")
    assert none["sources"] == [] and none["prompt"] is None


def test_bad_options_get_a_clear_error(url):
    client = Client(url, verbose=False)
    with pytest.raises(Exception, match="Unknown request option"):
        client.predict("What is the capital of Germany?", None, {"colour": "red"}, api_name="/chat")
    with pytest.raises(Exception, match="empty"):
        client.predict("   ", api_name="/chat")


def test_eight_concurrent_clients_get_their_own_answers(url):
    question = "What is the capital of {}?"
    alone = {c: Client(url, verbose=False).predict(question.format(c), api_name="/chat") for c in COUNTRIES}

    def five_questions(first: int) -> list[tuple[str, dict]]:
        client = Client(url, verbose=False)
        countries = [COUNTRIES[(first + n) % len(COUNTRIES)] for n in range(5)]
        return [(c, client.predict(question.format(c), api_name="/chat")) for c in countries]

    with ThreadPoolExecutor(8) as pool:
        results = [pair for batch in pool.map(five_questions, range(8)) for pair in batch]
    assert len(results) == 40
    for country, reply in results:
        assert reply["question"] == question.format(country)
        assert reply["sources"][0]["text"].startswith(f"The capital of {country} is")
        assert reply["answer"] == alone[country]["answer"]
