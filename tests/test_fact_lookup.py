"""A one-sentence fact ("The capital of Estmarch is Orrindell.") is given back when the question names
its subject and attribute however it is worded, never for a near-miss name or another thing."""

from __future__ import annotations

import pytest

from chatbot.rag.fact_lookup import stated

FACT = "The capital of Estmarch is Orrindell."


@pytest.mark.parametrize(
    "question",
    [
        "I'm travelling to Estmarch - which city is its capital?",
        "my friend lives in the capital of Estmarch, which city is that",
        "Estmarch's capital city?",
        "The capital of Estmarch is what?",
    ],
)
def test_a_question_naming_the_subject_and_attribute_gets_the_fact(question):
    assert stated(question, FACT) == FACT


@pytest.mark.parametrize(
    "question",
    [
        "capital of Estmarsh?",  # a near-miss name is another place
        "What is the population of Estmarch?",  # another attribute
        "What is Estmarch's largest town?",  # another thing of the subject's
        "Who is the mayor of the capital of Estmarch?",  # a relation the document does not name
        "Is Orrindell the capital of Estmarch?",  # yes or no: the model reads it
    ],
)
def test_anything_else_is_left_unanswered(question):
    assert stated(question, FACT) is None


def test_only_a_one_fact_sentence_is_a_fact():
    prose = "The capital of Estmarch is Orrindell. It lies on the Venn."
    assert stated("capital of Estmarch?", prose) is None
    assert stated("capital of Land03888?", "The capital of Land03885 is Town039644.") is None
