"""Where a place is: the address line a document gives, copied whole, for a question asking where it
is or its address; no line of prose, nor a question of where a thing is kept."""

import pytest

from chatbot.rag.address_lookup import addressed
from chatbot.rag.chain import stated_outright

FIND_US = "Yoga \u203a Find us: Knotwell Yard Yoga; Unit 3, Knotwell Yard; Ropewalk Lane, Emberley EM3 8QT"
ADDRESS = "The address is Unit 3, Knotwell Yard, Ropewalk Lane, Emberley EM3 8QT."


@pytest.mark.parametrize(
    ("question", "address"),
    [
        ("Where exactly is Knotwell Yard Yoga?", ADDRESS),  # the name it asks of is left out
        ("what's the studio's address", ADDRESS.replace("is Unit", "is Knotwell Yard Yoga, Unit")),
        ("Where is it?", ADDRESS.replace("is Unit", "is Knotwell Yard Yoga, Unit")),
        ("what's the postcode for Knotwell Yard Yoga? for my satnav", ADDRESS),  # the line holds it
    ],
)
def test_an_address_line_answers_where_a_place_is(question: str, address: str) -> None:
    assert addressed(question, FIND_US) == address
    assert stated_outright(question, FIND_US) == address


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("Where is the spare key kept?", FIND_US),  # where a thing is kept, not the place
        ("What's the studio's e-mail address?", FIND_US),
        ("When does the studio open?", FIND_US),
        ("Do you deliver to my postcode EM4 2XY?", FIND_US),  # a postcode given, no place's asked
        # a sentence of prose that writes an address in passing is no address line
        (
            "Where is the hall?",
            "Hall \u203a About: Built in 1890 at 12 Mill Lane, Emberley EM3 8QT, it seats 120.",
        ),
        ("Where is the hall?", "Hall \u203a About: The hall seats 120 and has a kitchen."),
        (
            "What is the club address?",
            "Club \u203a Fees: Please send cheques to the Treasurer, 4 Mill Lane, EM3 8QT.",
        ),
        ("What is the website address?", FIND_US),
    ],
)
def test_no_address_for_another_question_or_without_an_address_line(question: str, document: str) -> None:
    assert addressed(question, document) is None
