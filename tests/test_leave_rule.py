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
        ("Can I bring my dog on the Long Ridge?", WALK, "Yes: Dogs on leads are welcome on this walk."),
        ("My son is 9, can he bring his dog?", SAFETY, None),  # an age: the rule of ages reads it
        ("Can I bring my dog?", "walks.csv \u2014 walk: Long Ridge; dogs: not allowed", None),  # a row
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
