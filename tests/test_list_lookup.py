"""A question about a labelled list (opening hours, a results row) is answered from the one item whose
label it says; anything else is left to the model."""

from __future__ import annotations

import pytest

from chatbot.rag.list_lookup import list_items, listed

HOURS = (
    "Pennick Tool Library: Members' Handbook › Opening hours: Monday: closed; Tuesday: 16:00-19:30; "
    "Saturday: 09:30-15:00; Sunday: 11:00-13:00. Bank holidays as Sundays."
)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("When does the tool library open on Sundays?", "Sunday: 11:00-13:00."),
        ("Pennick Tool Library: Saturday hours?", "Saturday: 09:30-15:00."),
        ("Is the tool library open on Sundays?", None),  # yes or no: the model reads it
        ("Who opens the tool library on Sundays?", None),  # hours are no person
        ("When does the tool shop open on Sundays?", None),  # "shop": more than the label
        ("When does the tool library open on Tuesday and Saturday?", None),  # two labels
        ("When does the tool library open?", None),  # no label
    ],
)
def test_a_labelled_list_answers_by_the_one_label_the_question_says(question, answer):
    assert list_items(HOURS)[0] == ("Monday", "closed") and list_items(HOURS)[-1][1] == "11:00-13:00"
    assert listed(question, HOURS) == answer


def test_prose_and_short_lists_are_no_labelled_lists():
    assert list_items("The hall: open daily; closed at Christmas; cafe: upstairs.") is None
    assert list_items("Hours › Opening: Monday: closed; Tuesday: 9:00") is None  # two items
    assert list_items("clubs.csv — club: Corsairs; town: Stenbury; colours: red") is None  # a table's row
