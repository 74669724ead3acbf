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
        # one letter, a hyphen and digits, in a log row's notes
        (
            "What receipt number was issued for the Rotary's donation?",
            "log.csv — Ref_no: TFB-IN-26-0233; Donor_nm: Tenterbrook Rotary; Notes: receipt no. R-1152",
            "Receipt no. R-1152.",
        ),
    ],
)
def test_a_number_is_read_after_the_kind_the_question_asks(question: str, document: str, answer: str | None):
    assert referenced(question, document) == answer


@pytest.mark.parametrize(
    ("question", "document", "answer"),
    [
        # each person's number in their own sentence, "Label: value" text in the body
        (
            "What is Dr Wendlebury's GMC number?",
            "Clinic › Staff: Dr Wendlebury: GMC no. 1234567. Dr Pratt-Morrow: GMC no. 7654321.",
            "GMC no. 1234567.",
        ),
        (
            "What is the company number?",
            "Shop › Contact: Company no. 07734219 12 High St",
            "Company no. 07734219.",
        ),
        (
            "licence number?",
            "Cafe › Small print: Premises licence no. CAL/PL/0447",
            "Premises licence no. CAL/PL/0447.",
        ),
        (
            "What is the part number for a spare float switch?",
            "Manual › Care: spare float switches have the part number TW-F2.",
            "Part no. TW-F2.",
        ),
        ("What is the member no-show fee?", "Club › Fees: Member no. 4471 pays £5.", None),
        ("Is the charity number 1184562?", "Guide › About: Registered charity no. 1184562.", None),
    ],
)
def test_a_number_is_read_whole_with_only_its_kind(question: str, document: str, answer: str | None):
    assert referenced(question, document) == answer


@pytest.mark.parametrize(
    ("question", "document", "answer"),
    [
        (
            "What's the promo code for the new pupil offer?",
            "Motoring › New pupil offer: Your first two hours for £55. Quote code FIRST55K when you book.",
            "Quote code FIRST55K.",
        ),
        (
            "cattery council licence number",
            "Cattery terms: Licensed by Hessingford Council, licence ref. AWL/CB/2025/0147 (5-star rating)",
            "Licence ref. AWL/CB/2025/0147.",
        ),
        # a code named for another thing is not the one asked
        ("What's the promo code?", "Club › Gate: The gate code 4821 opens the yard.", None),
        ("What's the promo code?", "Motoring › Offer: Your first two hours for £55.", None),
    ],
)
def test_a_code_or_reference_is_read_after_its_kind_or_what_to_do_with_it(question, document, answer):
    """ "Quote code FIRST55K" gives the code a question asks by its kind; "licence ref." a licence's."""
    assert referenced(question, document) == answer
