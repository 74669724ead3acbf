"""Codes the answer copies from its context are finished exactly (a real GPT-2 BPE tokenizer)."""

from __future__ import annotations

import pytest
import torch
from transformers import AutoTokenizer

from chatbot.lm.copying import CopiedCodes
from vectorstore.words import is_code

PROMPT = (
    "<Input> The capital of Land03212 is Town631180. Part KX-2047 is held at Q-71. The capital of Maldives"
    " is Male. RX 402 leaves Harrowby at 12:05 and reaches Saltmill at 12:41.<Inst> When does RX 402 reach"
    " Saltmill?<Response>"
)


@pytest.fixture(scope="module")
def tokenizer(tiny_gpt2):
    return AutoTokenizer.from_pretrained(tiny_gpt2)


def best_after(tokenizer, answer: str, favoured: str, also: str, prompt: str = PROMPT) -> str:
    """The token the guard leaves best after ``answer`` when the model favours ``favoured`` over ``also``."""
    prompt = tokenizer(prompt).input_ids
    ids = prompt + tokenizer(answer).input_ids
    scores = torch.zeros(1, len(tokenizer))
    scores[0, tokenizer(favoured).input_ids[0]] = 10.0
    scores[0, tokenizer(also).input_ids[0]] = 5.0
    guarded = CopiedCodes(tokenizer, prompt, start=len(prompt))(torch.tensor([ids]), scores)
    return tokenizer.decode([int(guarded.argmax())])


def test_a_code_being_copied_is_finished_as_the_context_writes_it(tokenizer):
    assert best_after(tokenizer, " It is Town6", favoured="9", also="31180") == tokenizer.decode(
        tokenizer("31180").input_ids[:1]
    )
    assert best_after(tokenizer, " Held at Q-7", favoured=".", also="1") == "1"  # Q-7 is no code here


def first_token(tokenizer, text: str) -> str:
    return tokenizer.decode(tokenizer(text).input_ids[:1])


def test_a_sentence_being_copied_gets_the_name_or_code_that_stands_there(tokenizer):
    assert best_after(tokenizer, " The capital of", favoured=" Male", also=" Maldives") == first_token(
        tokenizer, " Maldives"
    )
    assert best_after(tokenizer, " The capital of", favoured=" Town", also=" Land") == " Land"
    assert best_after(tokenizer, " The capital of", favoured=" the", also=" Land") == " the"  # no name
    # a name the question says may stand there: the answer is about it
    assert best_after(tokenizer, " RX 402 leaves", favoured=" Saltmill", also=" Harrowby") == first_token(
        tokenizer, " Saltmill"
    )


def test_the_name_that_stands_there_is_written_whole(tokenizer):
    capitals = (
        "<Input> The capital of Algeria is Alger. The capital of Greece is Athenai."
        "<Inst> What is the capital of Algeria?<Response>"
    )
    # not the name the model knows, the one its document writes
    assert best_after(tokenizer, " The capital of Greece is", " Athens", " Ath", capitals) == " Ath"
    # the question's name, once the copied words say it, is no name to write there again
    assert best_after(tokenizer, " The capital of Algeria is Al", "geria", "ger", capitals) == "ger"
    assert best_after(tokenizer, " The capital of Algeria is Alger", "ia", ".", capitals) == "."
    assert best_after(tokenizer, " The capital of Algeria is", " the", " Al", capitals) == " the"  # no name


def test_a_name_being_copied_goes_on_as_the_document_writes_it(tokenizer):
    capitals = (
        "<Input> The capital of Papua New Guinea is Port Moresby."
        "<Inst> Capital of Papua New Guinea?<Response>"
    )
    # "New" is a name of the question, but not the rest of the name "Port" began
    assert (
        best_after(tokenizer, " The capital of Papua New Guinea is Port", " New", " Mor", capitals) == " Mor"
    )
    # a name of the question may still stand where the copied words end with none being written
    assert best_after(tokenizer, " RX 402 leaves", favoured=" Saltmill", also=" Harrowby") == first_token(
        tokenizer, " Saltmill"
    )


def test_a_finished_code_may_end(tokenizer):
    assert best_after(tokenizer, " Part KX-2047", favoured=" is", also="1") == " is"


def test_words_that_are_no_code_of_the_context_are_left_alone(tokenizer):
    assert best_after(tokenizer, " The capital is", favoured=" Paris", also=" Town") == " Paris"
    assert best_after(tokenizer, " It is Town9", favoured="9", also="1") == "9"  # no code starts so


def test_codes_have_letters_and_digits():
    assert is_code("KX-2047") and is_code("Town631180") and is_code("P-41")
    assert not is_code("1887") and not is_code("Harrowby") and not is_code("-")
