"""Two things compared by one measure of their table rows: the measure each comparison means, the
amounts in units that compare, and every way it is left to the model."""

from __future__ import annotations

import pytest

from chatbot.rag.compare import comparison

S2 = "fares.csv — Route: S2; Crossing time: 1 h 10 min; Adult single (£): 11.80; Child single (£): 5.90"
S9 = "fares.csv — Route: S9; Crossing time: 45 min; Adult single (£): 8.30; Child single (£): 4.15"
RYE = "seeds.tsv — Accession: TV-188; Variety: Peverel Winter Rye; Seed held: 1.1 kg; Bay: 5"
BARLEY = "seeds.tsv — Accession: TV-122; Variety: Millbeck Pearl Barley; Seed held: 1,250 g; Bay: 4"
DATED = "seeds.tsv — Accession: TV-122; Variety: Millbeck Pearl Barley; Seed held: 19 Aug 2017"


@pytest.mark.parametrize(
    ("question", "things", "rows", "answer"),
    [
        (
            "Which crossing is quicker, S2 or S9?",
            ("S2", "S9"),
            [S2, S9],
            "S9 is quicker: its crossing time is 45 min, S2's is 1 h 10 min.",
        ),
        (
            "is S2 slower than S9",
            ("S2", "S9"),
            [S2, S9],
            "S2 is slower: its crossing time is 1 h 10 min, S9's is 45 min.",
        ),
        (
            "which is cheaper for an adult: S9 or S2?",
            ("S9", "S2"),
            [S9, S2],
            "S9 is cheaper: its adult single is £8.30, S2's is £11.80.",
        ),
        (
            "Is S2 more expensive than S9 for a child?",
            ("S2", "S9"),
            [S2, S9],
            "S2 is more expensive: its child single is £5.90, S9's is £4.15.",
        ),
        # kilograms against grams; "of" before each name
        (
            "Do we hold more seed of Peverel Winter Rye or of Millbeck Pearl Barley?",
            ("Peverel Winter Rye", "Millbeck Pearl Barley"),
            [RYE, BARLEY],
            "Millbeck Pearl Barley has more: its seed held is 1,250 g, Peverel Winter Rye's is 1.1 kg.",
        ),
        ("Which is cheaper, S2 or S9?", ("S2", "S9"), [S2, S9], None),  # adult or child fare: not said
        ("Which is heavier, S2 or S9?", ("S2", "S9"), [S2, S9], None),  # no weight column
        ("Which crossing is quicker, S2 or S9?", ("S2", "S9"), [S2, None], None),  # one row missing
        ("Which crossing is quicker, S2 or S9?", ("S2", "S9"), [S2, S2], None),  # a row of another
        (
            "Do we hold more seed of Peverel Winter Rye or of Millbeck Pearl Barley?",
            ("Peverel Winter Rye", "Millbeck Pearl Barley"),
            [RYE, DATED],
            None,
        ),  # no amount
    ],
)
def test_a_comparison_is_answered_from_the_measure_of_both_rows(question, things, rows, answer):
    compared = comparison(question)
    assert compared.things == things
    assert compared.answer(rows) == answer


@pytest.mark.parametrize(
    "question",
    ["What are the fares of S2 and S9?", "Is S2 or S9 the Brennock crossing?", "When does S2 sail?"],
)
def test_a_question_comparing_nothing_is_no_comparison(question):
    assert comparison(question) is None
