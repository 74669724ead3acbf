"""Follow-up questions are rewritten from the chat history; standalone ones are left alone."""

from __future__ import annotations

import pytest

from chatbot.rag.followup import condense, standalone_questions

GERMANY = "What is the capital of Germany?"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("And of France?", "What is the capital of France?"),
        ("and of france", "What is the capital of france?"),
        ("what about japan", "What is the capital of japan?"),
        ("How about Italy?", "What is the capital of Italy?"),
        ("And what about Peru?", "What is the capital of Peru?"),
        ("ok, and for Spain?", "What is the capital of Spain?"),
        ("And in Chile?", "What is the capital of Chile?"),
        ("And France then?", "What is the capital of France?"),
        ("and Norway's?", "What is the capital of Norway?"),
        ("same for the United States of America", "What is the capital of the United States of America?"),
        ("What of Zubrowka?", "What is the capital of Zubrowka?"),
    ],
)
def test_elliptical_follow_up_takes_the_previous_question(message, expected):
    assert condense([GERMANY], message) == expected


@pytest.mark.parametrize(
    ("previous", "message", "expected"),
    [
        ("capital of japan?", "and of france", "capital of france?"),
        ("tell me germany's capital", "what about france?", "tell me france's capital"),
        ("Who is the president of Serbia?", "And of Chile?", "Who is the president of Chile?"),
        ("which city is the capital of the Czech Republic", "and for Slovakia",
         "which city is the capital of Slovakia?"),
    ],
)  # fmt: skip
def test_the_subject_of_any_phrasing_is_replaced(previous, message, expected):
    assert condense([previous], message) == expected


@pytest.mark.parametrize(
    "message",
    [
        "What is the capital of Spain?",
        "And what is the capital of Spain?",
        "Thanks!",
        "capital of peru",
        "andorra?",
        "Hi, how are you?",
    ],
)
def test_standalone_messages_are_left_as_they_are(message):
    assert condense([GERMANY], message) == message


def test_a_follow_up_with_nothing_to_follow_is_left_as_it_is():
    assert condense([], "And of France?") == "And of France?"
    assert condense(["Hi!"], "And of France?") == "And of France?"


def test_a_chain_of_follow_ups_keeps_the_first_question_shape():
    assert standalone_questions([GERMANY, "And of France?", "what about japan", "Thanks!"]) == [
        GERMANY,
        "What is the capital of France?",
        "What is the capital of japan?",
        "Thanks!",
    ]
