"""Answers from every kind of document with the real default models (SmolLM2 + the shipped adapter):
prose under headings, table rows, codes with near-identical neighbours, two entities in one question,
and "I don't know" when related documents do not answer. The documents are invented here, so memory
cannot answer for the reader."""

from __future__ import annotations

import json

import pytest

from chatbot.rag.answer import NO_ANSWER
from chatbot.rag.chain import build_chain
from chatbot.settings import Settings
from ingest.run import ingest
from vectorstore.config import SHIPPED_DATA

pytestmark = pytest.mark.slow

HISTORY = """# Brindlemoor Ferry Company

## Fleet

### The Saltwren

The Saltwren was launched in 1908 at the Ossory yard. She carried up to 180 passengers between
Brindlemoor and the outer isles, and her captain for twenty years was Mirela Vost.

### The Kestrel Moon

The Kestrel Moon joined the fleet in 1931. She was smaller and could take 95 passengers.
"""
ISLANDS = """island,main_town,population,ferry_port
Quillan,Harrowdene,4820,Harrowdene Pier
Quillon,Marsby,1390,Marsby Slip
Tessaly,Ardwen,2675,Ardwen Harbour
"""
PARTS = """code,name,supplier,unit_price
KX-2041,impeller,Harlow & Pike,84.50
KX-2047,pump housing,Tamsin Fittings,212.00
KX-2074,injector nozzle,Harlow & Pike,39.90
"""
BAKERY = """item,code,price,weight_g
White sourdough loaf,BK-101,4.20,800
Almond croissant,BK-210,2.60,110
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("answers")
    files = {"history.md": HISTORY, "islands.csv": ISLANDS, "parts.csv": PARTS, "bakery.csv": BAKERY}
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    settings = Settings(home=root / "home", persist_dir=root / "chroma")
    sources = [SHIPPED_DATA, *(root / name for name in files)]
    ingest(settings, sources, embedder=embedder)
    return build_chain(settings, embedder=embedder)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many passengers could the Saltwren carry?", "180"),
        ("who was the captain of the saltwren", "Mirela Vost"),
        ("When did the Kestrel Moon join the fleet?", "1931"),
        ("What is the population of Quillan?", "4820"),
        pytest.param(
            "Which town is the ferry port of Tessaly?",
            "Ardwen Harbour",
            marks=pytest.mark.xfail(reason="the 135M model answers the row's main town (Ardwen)"),
        ),
        ("Who supplies KX-2047?", "Tamsin Fittings"),
        ("What does a KX-2074 cost?", "39.90"),
        ("The capital of Peru is what?", "Lima"),
    ],
)
def test_answers_quote_the_documents_value(chain, question, expected):
    result = chain.invoke(question)
    assert expected.casefold() in result["answer"].casefold(), result
    assert len(result["answer"]) < 160  # one concise sentence, not the chunk


def test_a_table_question_naming_a_column_is_answered_from_that_cell_without_the_model(chain):
    result = chain.invoke("Which island's ferry port is Marsby Slip?")
    assert result["answer"] == "The island is Quillon." and result["prompt"] is None
    asked = chain.invoke(
        {"question": "Which island's ferry port is Marsby Slip?", "options": {"table_lookup": False}}
    )
    assert asked["prompt"] is not None  # turned off, the model reads the row


def test_two_entities_in_one_question_are_both_answered(chain):
    result = chain.invoke("What are the capitals of Peru and Chile?")
    assert "Lima" in result["answer"] and "Santiago" in result["answer"], result
    assert {"The capital of Peru is Lima.", "The capital of Chile is Santiago de Chile."} <= {
        doc.page_content for doc in result["sources"]
    }


@pytest.mark.parametrize(
    "question",
    [
        "What colour was the hull of the Saltwren?",  # the same ship, another attribute: a colour invented
        "What is the population of Harrowdene?",  # a town that is only the island's row's main town
        "Who supplies KX-2048?",  # a code one digit from real ones
        "how much is a baguette",  # the nearest row is the sourdough loaf's, a row no cell of says
        "What does a rye roll cost?",
        "What is the capital of Atlantis?",  # a place no document names
    ],
)
def test_related_documents_that_do_not_answer_get_i_dont_know(chain, question):
    assert chain.invoke(question)["answer"] == NO_ANSWER


@pytest.fixture(scope="module")
def lands_chain(tmp_path_factory, embedder):
    """Near-identical invented names with six-digit town codes, as `data/eval/lands.json` has 4,000 of."""
    root = tmp_path_factory.mktemp("lands")
    cities = {"Land03212": "Town631180", "Land03213": "Town631108", "Land00371": "Town250843"}
    rows = [{"country": land, "city": town} for land, town in cities.items()]
    (root / "lands.json").write_text(json.dumps(rows), encoding="utf-8")
    # the model reads the one-fact sentences (lookups off): its copying is what is tested
    settings = Settings(home=root / "home", persist_dir=root / "chroma", table_lookup=False)
    ingest(settings, [root / "lands.json"], embedder=embedder)
    return build_chain(settings, embedder=embedder)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # the model alone writes "Town6311180" (a digit more), refused as a code no document holds
        ("which city is the capital of Land03212", "The capital of Land03212 is Town631180."),
        # the model alone writes "The capital of Town250843 is Town250843.", refused as garbled
        ("Land00371: what is its capital?", "The capital of Land00371 is Town250843."),
    ],
)
def test_codes_are_copied_whole_and_where_the_document_writes_them(lands_chain, question, answer):
    assert lands_chain.invoke(question)["answer"] == answer
    unguarded = lands_chain.invoke({"question": question, "options": {"copy_codes": False}})
    assert unguarded["answer"] == NO_ANSWER
