"""The rule a document writes for what a yes-or-no question asks leave to do."""

from __future__ import annotations

import pytest

from chatbot.rag.chain import stated_outright
from chatbot.rag.leave_rule import leave_ruled

SAFETY = (
    "Bonfire Night 2026 \u203a Safety rules: No personal fireworks, sparklers or sky lanterns may be brought "
    "onto the site. Dogs are not allowed, apart from assistance dogs. The ground is crowded."
)
SITTERS = (
    "Babysitting Circle \u203a How bookings work: Sitters may not bring their own children unless the family "
    "booking has agreed in advance; if they do, the family pays only the normal rate."
)
CRUISES = (
    "Cruises \u203a Dogs: Well-behaved dogs on a short lead are welcome on Kittiwake Lass, except on the "
    "Puffin Special. Dogs are not allowed on Storm Petrel."
)
WALK = "Long Ridge Walk: Welcome to the Long Ridge! Dogs on leads are welcome on this walk."


@pytest.mark.parametrize(
    ("question", "document", "answer"),
    [
        (
            "can we bring our dog to the bonfire night? he's fine with bangs",
            SAFETY,
            "No: Dogs are not allowed, apart from assistance dogs.",
        ),
        (  # the exception the question says
            "Can I bring my assistance dog?",
            SAFETY,
            "Yes: Dogs are not allowed, apart from assistance dogs.",
        ),
        (
            "Are we allowed to bring sparklers?",
            SAFETY,
            "No: No personal fireworks, sparklers or sky lanterns may be brought onto the site.",
        ),
        ("Can I bring a picnic?", SAFETY, None),  # no rule says a picnic
        ("If my ball lands in the crowd can I fetch it?", SAFETY, None),  # "it": no thing named
        ("Is the ground crowded?", SAFETY, None),  # no leave asked
        (
            "is our sitter allowed to bring her own kids along when she sits for us?",
            SITTERS,
            "No: Sitters may not bring their own children unless the family booking has agreed in advance.",
        ),
        ("Can I bring my dog on the Long Ridge?", WALK, None),  # "on leads": a condition in its subject
        ("My son is 9, can he bring his dog?", SAFETY, None),  # an age: the rule of ages reads it
        ("Can I bring my dog?", "walks.csv \u2014 walk: Long Ridge; dogs: not allowed", None),  # a row
        (
            "Can I swim in the lake?",
            "Park › Rules: Swimming in the lake is prohibited.",
            "No: Swimming in the lake is prohibited.",
        ),
        (
            "can I still pay cash for my lessons?",
            "School › Paying: Payment is by card; since 1 January 2026 we no longer accept cash.",
            "No: Since 1 January 2026 we no longer accept cash.",
        ),
        (
            "Can we bring our dog?",
            "Cottage › Pets: Dogs are welcome \u2013 there is no extra charge.",
            "Yes: Dogs are welcome \u2013 there is no extra charge.",
        ),
        (  # the condition the question says lets it in
            "Can I bring my dog on a lead?",
            "Park › Rules: Dogs are not allowed unless kept on a lead.",
            "Yes: Dogs are not allowed unless kept on a lead.",
        ),
        (
            "Can I bring my dog?",
            "Cottage › FAQ: Can I bring my dog? Sorry, dogs are not allowed.",
            "No: Sorry, dogs are not allowed.",
        ),
        (
            "Can I bring my dog to the garden?",
            "Café › Dogs: Dogs are welcome in the garden but not in the café.",
            None,
        ),
        ("Can I bring my dog?", "Café › Dogs: Only assistance dogs are allowed in the café.", None),  # "only"
        (
            "Can I bring my dog to the beach in August?",
            "Beach › Dogs: Dogs are banned between May and September.",
            None,
        ),
        (
            "Can I take my dog off the lead?",
            "Park › Rules: Dogs must be kept on a lead at all times.",
            None,
        ),  # a duty
        ("Can I bring my dog?", "Park › Rules: Dogs must not be left in cars.", None),  # another doing
        (
            "Are dogs allowed?",
            "Hall › Rules: Dogs are no longer banned from the hall.",
            None,
        ),  # refusals refused
        ("Can I book a court online and pay by card?", "Club › Courts: Courts may be booked online.", None),
        (
            "Can you tell me if I need to bring my own towel?",
            "Pool › Towels: Towels can be hired for £2.",
            None,
        ),
        (
            "Can I pay by card at the bar?",
            "Club › Subs: Subs may be paid by card online.",
            None,
        ),  # another place
        ("Can I pay by cheque?", "Stores › Paying: We don't accept cheques.", "No: We don't accept cheques."),
        (
            "Can I bring my dog?",
            "Café › Visiting: Dogs aren\u2019t allowed inside.",
            "No: Dogs aren\u2019t allowed inside.",
        ),
        (
            "Can I bring my own towel?",
            "Spa › Towels: No need to bring your own towels, we provide them.",
            None,
        ),
        ("Can I bring my dog?", "Tearoom › Access: Assistance dogs are welcome.", None),  # not any dog
        (
            "Can I park at the surgery?",
            "Surgery › Parking: Blue badge holders can park at the surgery.",
            None,
        ),
        ("Can I swim in the lake?", "Park › Lake: Fishing is permitted in the lake with a day ticket.", None),
        (
            "Are dogs allowed at the bonfire?",
            "Bonfire › Pets: Dogs can become very distressed by fireworks.",
            None,
        ),
        (
            "Can I wear trainers?",
            "Golf Club › Dress: Trainers are not permitted on the course; they may be worn in the clubhouse.",
            None,
        ),
        (
            "Can I pay by card?",
            "Shop › Paying: Sorry, our card machine doesn't accept American Express.",
            None,
        ),
        (  # the exception the question names refuses whatever dog it is
            "Can I bring my dog on the puffin trip?",
            CRUISES,
            "No: Well-behaved dogs on a short lead are welcome on Kittiwake Lass, except on the Puffin "
            "Special.",
        ),
        ("Can I bring my dog on the seal cruise?", CRUISES, None),  # a well-behaved dog on a lead: maybe
        (  # an exception to others' leave says nothing of the asker's
            "Can I use the pool during the adults-only session?",
            "Pool \u203a Rules: Children are welcome in the pool, except during the adults-only session.",
            None,
        ),
    ],
)
def test_a_rule_allowing_or_forbidding_the_thing_asked_answers_whether_one_may(question, document, answer):
    assert leave_ruled(question, document) == answer


def test_a_greeting_gives_no_leave() -> None:
    """ "Welcome to Larkspur Hollow!" welcomes no kayak."""
    assert (
        leave_ruled("Can I hire a kayak at Larkspur Hollow?", "Guide: Welcome to Larkspur Hollow kayaks!")
        is None
    )


def test_the_chain_reads_the_rule_without_the_model() -> None:
    assert (
        stated_outright("can we bring our dog?", SAFETY)
        == "No: Dogs are not allowed, apart from assistance dogs."
    )
