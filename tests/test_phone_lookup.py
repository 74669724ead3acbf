"""Whose a telephone number is: the name written before it, not the role, the place or a list's
first person."""

import pytest

from chatbot.rag.phone_lookup import phone_owner
from vectorstore.words import phone_numbers

CONTACTS = (
    "Burials \u203a Contacts: All enquiries go to the Clerk to the Council, Mrs Rosalind Featherby, on"
    " 01632 960 742 (Mondays, 9:30 am to 1 pm). The warden, Mr Tobias Ingleden, marks out graves."
)
SWARMS = (
    "Apiary \u203a From Dominic Saltonstall, Fri, 6 Mar 2026: The volunteers are: Ossian Threlkeld -"
    " Hollins Moor, Malby, 07700 900 318; Marta Kowalczyk - Easby Bridge and the town centre, 07700 900 562"
)
SIGNATURE = (
    "Quote \u203a From Ifor Castleton, Thu, 12 Mar 2026 \u203a Ifor Castleton: Workshop Manager, Penlowe"
    " Mower Care; Unit 2, Cobbet's Barn; Workshop: 01632 960 275 | Mobile: 07700 900 318"
)
LETTER = (
    "Quote \u203a From Ifor Castleton, Thu, 12 Mar 2026 \u203a NEXT STEPS: You asked about Mr Pellow's"
    " mower. He is welcome to ring me on my mobile, 07700 900 318."
)


def test_a_number_is_one_word_however_it_is_grouped() -> None:
    assert phone_numbers("ring 07700 900318 or (01632) 960-742") == {"7700900318", "1632960742"}
    assert phone_numbers("07700 900 318") == phone_numbers("07700900318") == {"7700900318"}
    assert phone_numbers("in 2024, 12 of 30 rooms; 0.50 per 100 g") == set()


@pytest.mark.parametrize(
    ("question", "document", "owner"),
    [
        ("Who answers on 01632 960742?", CONTACTS, "Mrs Rosalind Featherby"),
        ("The swarm volunteer on 07700 900 562 is who?", SWARMS, "Marta Kowalczyk"),
        ("whose number is 07700 900318", SWARMS, "Ossian Threlkeld"),
        ("Whose mobile is 07700 900318?", SIGNATURE, "Ifor Castleton"),  # the line's label, not the role
        ("Whose mobile is 07700 900318?", LETTER, "Ifor Castleton"),  # the writer's "me", not Mr Pellow
        # a surname that is also a trade, an opening verb, an apostrophe, a role before a titled name
        ("Who is on 01632 960742?", "Club \u203a Contacts: Call Tom Baker on 01632 960 742.", "Tom Baker"),
        (
            "Who is on 01632 960742?",
            "Club \u203a Contacts: Ring Sean O'Brien on 01632 960 742.",
            "Sean O'Brien",
        ),
        (
            "Who is on 01632 960742?",
            "Council \u203a Useful Contacts: The Hall Manager, Mrs Jane Smith, on 01632 960 742.",
            "Mrs Jane Smith",
        ),
        (  # a list's earlier entry gives an e-mail address, not a number
            "Who has the mobile 07700 900318?",
            "Guide \u203a Who's who: Chair: Nadia Orrey \u2014 chair@club.org.uk; Coach: Jonty Pellew"
            " (Level 3) \u2014 07700 900 318; Welfare: Bryony Hask \u2014 07700 900 552.",
            "Jonty Pellew",
        ),
    ],
)
def test_the_owner_is_the_name_written_before_the_number(question: str, document: str, owner: str) -> None:
    assert phone_owner(question, document) == f"{owner} is on {phone_number(document, question)}."


def phone_number(document: str, question: str) -> str:
    """The number as the document writes it."""
    return next(
        g
        for g in ("01632 960 742", "07700 900 562", "07700 900 318")
        if g in document and phone_numbers(g) == phone_numbers(question)
    )


@pytest.mark.parametrize(
    "question",
    [
        "Who answers on 01632 960999?",  # a number the document does not write
        "What are the hours of 01632 960742?",  # no "who"
        "Who answers on 01632 960742 or 07700 900318?",  # two numbers
    ],
)
def test_no_owner_for_another_number_or_question(question: str) -> None:
    assert phone_owner(question, CONTACTS) is None


def test_no_owner_where_the_text_names_nobody_before_the_number() -> None:
    assert phone_owner("Who is on 01632 960547?", "Hall \u203a Bookings: Call us on 01632 960547.") is None
