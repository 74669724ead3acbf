"""Evaluation: matching answers, judging, and the metrics, checked against hand-computed values."""

from __future__ import annotations

import pytest
from langchain_core.documents import Document

from chatbot.evaluation.evaluate import Record, judge, load_questions, mentions, metrics, summarize
from chatbot.rag.answer import NO_ANSWER
from common.errors import QuestionSetError


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("The capital of Colombia is Bogotá.", "Bogota", True),
        ("the capital is PARIS", "Paris", True),
        ("The capital of Niger is Niamey.", "Nia", False),  # whole words only
        ("Ciudad de México it is", "Ciudad de México", True),
        ("I don't know", "Rome", False),
    ],
)
def test_mentions_ignores_case_and_accents_but_not_word_edges(text, value, expected):
    assert mentions(text, value) is expected


def result(answer: str, *texts: str) -> dict:
    return {"answer": answer, "sources": [Document(page_content=t) for t in texts]}


def test_judge_finds_the_rank_of_the_answering_document():
    row = {"question": "q", "expected": "Lima", "kind": "plain"}
    record = judge(
        row,
        result("It is Lima.", "The capital of Chile is Santiago.", "The capital of Peru is Lima."),
        0.5,
        set(),
    )
    assert record.rank == 2 and record.correct and not record.abstained


def test_the_rank_counts_a_document_naming_an_alternative():
    row = {"question": "q", "expected": "£1,250 [1250 pounds]", "kind": "plain"}
    record = judge(row, result("It is £1,250.", "Rent: 900 pounds.", "Rent: 1250 pounds."), 0.5, set())
    assert record.rank == 2


def test_no_answer_expected_is_right_only_when_the_answer_abstains():
    row = {"question": "capital of Wakanda?", "expected": None, "kind": "fictional"}
    assert judge(row, result(NO_ANSWER), 0.1, {"Lima"}).correct
    assert judge(row, result(NO_ANSWER), 0.1, {"Lima"}).abstained
    assert not judge(row, result("The capital of Wakanda is Lima."), 0.1, {"Lima"}).correct
    invented = judge(row, result("The capital of Wakanda is Birnin Zana."), 0.1, {"Lima"})
    assert not invented.correct and invented.unanswerable and invented.rank is None


def test_small_talk_is_right_when_answered_without_naming_the_store():
    row = {"question": "hi", "expected": None, "kind": "chit-chat", "abstain": False}
    assert judge(row, result("Hello! Ask me about my documents."), 0.1, {"Lima"}).correct
    assert not judge(row, result(NO_ANSWER), 0.1, {"Lima"}).correct
    assert not judge(row, result("Hello from Lima!"), 0.1, {"Lima"}).correct


def test_every_expected_value_of_a_list_must_be_named():
    row = {"question": "capitals of Peru and Chile?", "expected": ["Lima", "Santiago"], "kind": "two-entity"}
    both = "The capital of Peru is Lima. The capital of Chile is Santiago."
    assert judge(row, result(both, "The capital of Chile is Santiago."), 0.1, set()).rank == 1
    assert not judge(row, result("The capital of Peru is Lima."), 0.1, set()).correct
    assert judge(row, result(both), 0.1, set()).correct


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("It has 4,820 inhabitants.", "4820"),
        ("It leaves at 8:15.", "08:15"),
        ("Made by Harlow and Pike.", "Harlow & Pike"),
    ],
)
def test_numbers_and_ampersands_are_matched_however_written(answer, value):
    assert mentions(answer, value) and not mentions(answer, "4821")


def record(kind: str, rank: int | None, correct: bool, seconds: float, expected: str | None = "x") -> Record:
    return Record("q", expected, kind, "a", [], seconds, rank, correct, False)


def test_metrics_match_hand_computed_values():
    records = [
        record("plain", 1, True, 1.0),
        record("plain", 2, True, 2.0),
        record("plain", None, False, 3.0),
        record("plain", 1, False, 4.0),
        record("fictional", None, True, 0.1, expected=None),
    ]
    plain = metrics(records[:4])
    assert plain["hit@1"] == 0.5 and plain["hit@k"] == 0.75
    assert plain["mrr"] == pytest.approx((1 + 0.5 + 0 + 1) / 4)
    assert plain["accuracy"] == 0.5 and plain["p50_s"] == 2.5 and plain["p95_s"] == 4.0
    summary = summarize(records)
    assert list(summary) == ["plain", "fictional", "overall"]
    assert "hit@1" not in summary["fictional"] and summary["fictional"]["accuracy"] == 1.0
    assert summary["overall"]["questions"] == 5 and summary["overall"]["accuracy"] == 0.6


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "malformed JSON"),
        ('{"expected": "x"}', "'question'"),
        ('{"question": "q", "expected": 3}', "'expected'"),
    ],
)
def test_bad_question_files_name_the_line(tmp_path, line, message):
    path = tmp_path / "q.jsonl"
    path.write_text('{"question": "ok", "expected": null}\n' + line + "\n")
    with pytest.raises(QuestionSetError, match=f"line 2: .*{message}"):
        load_questions(path)


def test_shipped_question_sets_are_valid_and_large_enough():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "data" / "eval"
    dev = load_questions(root / "dev.jsonl")
    assert len(dev) >= 300
    assert {"plain", "casual", "typo", "fictional", "unanswerable", "chit-chat"} <= {r["kind"] for r in dev}
    assert len(load_questions(root / "counterfactual.jsonl")) >= 45
    for path in root.glob("*.jsonl"):  # every set loads (mixed, fresh, fresh2, unread, lands …)
        assert load_questions(path), path.name


def test_bracketed_alternative_names_count_as_the_city():
    row = {"question": "capital of finland", "expected": "Helsinki [Helsingfors]", "kind": "plain"}
    assert judge(row, result("The capital of Finland is Helsinki."), 0.1, set()).correct
    row = {"question": "capital of luxembourg", "expected": "Luxembourg [Luxemburg/L", "kind": "plain"}
    assert judge(row, result("It is Luxemburg."), 0.1, set()).correct
    assert not judge(row, result("It is Paris."), 0.1, set()).correct
