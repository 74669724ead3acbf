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


MARKET = (
    "Scarrow Street Market Hall › Opening hours: The hall keeps different hours on each day. Monday: closed; "
    "Tuesday: 08:00-17:30; Saturday: 07:30-17:00; Sunday: 10:00-15:00; The hall is closed on Mondays, "
    "except on the four Mondays before Christmas, when it opens 09:00-16:00."
)


def test_a_sentence_after_the_list_ends_it_and_may_say_more_of_an_item():
    assert list_items(MARKET)[-1] == ("Sunday", "10:00-15:00")
    assert listed("Saturday hours at Scarrow Street?", MARKET) == "Saturday: 07:30-17:00."
    # the sentence gives Mondays hours of their own: the item is not the whole answer
    assert listed("What are the hours on the Mondays before Christmas?", MARKET) is None
