"""A reference number asked by its kind is read from the one number a document writes after that kind."""

from __future__ import annotations

import pytest

from chatbot.rag.reference_lookup import referenced

FOOTER = (
    "Brenmoor Wash & Press › Follow us: © 2026 Pennack Laundry Services Ltd, trading as Brenmoor Wash & "
    "Press. Registered in England and Wales, company no. 07734219. VAT reg. no. GB 318 4476 21."
)
TEAM = (
    "Quillon Street Dental Practice › Our team: Our principal dentist is Dr Kofi Wendlebury (GDC no. "
    "71834). Dr Ishana Pratt-Morrow is our associate dentist."
)


@pytest.mark.parametrize(
    ("question", "document", "answer"),
    [
        (
            "What's the VAT registration number for Brenmoor Wash & Press?",
            FOOTER,
            "VAT reg. no. GB 318 4476 21.",
        ),
        ("brenmoor company number", FOOTER, "Company no. 07734219."),
        ("What is Dr Kofi Wendlebury's GDC number?", TEAM, "GDC no. 71834."),
        # another dentist's number, written beside her name's sentence, is not hers
        ("What is Dr Ishana Pratt-Morrow's GDC number?", TEAM, None),
        ("What's the charity number of Brenmoor Wash & Press?", FOOTER, None),  # no such kind
        ("What's the phone number for Brenmoor Wash & Press?", FOOTER, None),
        ("Whose company number is 07734219?", FOOTER, None),  # the question gives it
    ],
)
def test_a_number_is_read_after_the_kind_the_question_asks(question: str, document: str, answer: str | None):
    assert referenced(question, document) == answer
