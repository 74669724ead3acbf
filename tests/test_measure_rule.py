"""The rule a document sets by a measure a yes-or-no question gives: a height, a length of time."""

from __future__ import annotations

import pytest

from chatbot.rag.measure_rule import measure_ruled

WASH = (
    "Car wash \u203a Height limit: The covered bay has a clear height of 2.4 metres. Anything taller "
    "than 2.4 m cannot go inside; we can only wash it in the open yard, on weekdays."
)
SLOPE = (
    "Slope \u203a Who can do what: Snowboard lessons: from age 8. Tubing: riders must be at least 1.1 m tall."
)
GIN = (
    "Distillery \u203a Cancellations: Gin School: full refund with at least 7 days' notice; 50% refund with "
    "3 to 6 days' notice; no refund with less than 72 hours' notice. You may pass your place to a friend "
    "if you tell us at least 24 hours before."
)
AXES = (
    "Axes \u203a FAQ: Cancel at least 72 hours before your session for a full refund. Between 72 and 24 "
    "hours before, we refund 50%. With less than 24 hours' notice there is no refund."
)


@pytest.mark.parametrize(
    ("question", "document", "answer"),
    [
        (
            "My camper van is about 2.7m tall - can you wash it in the covered bay?",
            WASH,
            "No: Anything taller than 2.4 m cannot go inside.",
        ),
        (
            "my son is 7 but only 1.05m tall - can he go tubing?",
            SLOPE,
            "No: Tubing: riders must be at least 1.1 m tall.",
        ),  # a bound required, not met
        ("my son is 125cm tall - can he go tubing?", SLOPE, "Tubing: riders must be at least 1.1 m tall."),
        (
            "My son is 1.05m tall - can he go tubing?",
            SLOPE,
            "No: Tubing: riders must be at least 1.1 m tall.",
        ),
        (
            "If I cancel my gin school place 5 days before, do I get anything back?",
            GIN,
            "50% refund with 3 to 6 days' notice.",
        ),  # the tier of a rule that holds the measure, in hours or days
        (
            "We have to cancel, it's about 30 hours away. Do we get any money back?",
            AXES,
            "Between 72 and 24 hours before, we refund 50%.",
        ),
        ("Is the covered bay 3 m wide?", SLOPE, None),  # no bound of lengths says what is asked
        ("How tall is the covered bay?", WASH, None),  # no measure given
        ("Can I bring a 12 kg dog?", WASH, None),  # no bound of weights
        ("can my 2m van and my 3m van go in?", WASH, None),  # two measures
        (
            "My bag weighs 8kg, can I bring it on board?",
            "Air \u203a Bags: Bags of no more than 10 kg may be taken on board.",
            "Bags of no more than 10 kg may be taken on board.",
        ),  # "no more than" is a bound of at most, and refuses nothing
        (
            "My son is only 1.5m tall, can he ride the go-karts?",
            "Karts \u203a Rules: Children under 1.2 m must wear a helmet on the go-karts.",
            "Children under 1.2 m must wear a helmet on the go-karts.",
        ),  # a rule for those within its bound requires nothing of others
        (
            "My son is 1.0m tall, can he ride the train?",
            "Train \u203a Rules: Riders must be 90 cm to 1.2 m tall to ride the train.",
            "Riders must be 90 cm to 1.2 m tall to ride the train.",
        ),  # each end of a span in its own unit
        (
            "Can I swim 1,500 m in the lake?",
            "Lake \u203a Rules: Swims of a maximum of 1,000 m are allowed in the lake.",
            "Swims of a maximum of 1,000 m are allowed in the lake.",
        ),
        (
            "Is the shop open 7 days a week?",
            "Shop \u203a Info: We are open Monday to Saturday. Returns are accepted within 28 days.",
            None,
        ),  # a bound that says nothing asked besides the measure
    ],
)
def test_a_yes_or_no_of_a_measure_is_answered_by_the_rule_that_bounds_it(question, document, answer):
    assert measure_ruled(question, document) == answer


def test_the_chain_answers_by_the_rule_of_a_measure_without_the_model():
    from chatbot.rag.chain import stated_outright

    assert stated_outright("my son is 7 but only 1.05m tall - can he go tubing?", SLOPE) == (
        "No: Tubing: riders must be at least 1.1 m tall."
    )


TREES = (
    "Tree care \u203a Cancelling: You may cancel free of charge up to 48 hours before the booked start. "
    "Cancellations with less than 48 hours' notice are charged \u00a390."
)


@pytest.mark.parametrize(
    ("question", "document", "answer"),
    [
        (
            "If I cancel my gin school place 5 days before, how much do I get back?",
            GIN,
            "50% refund with 3 to 6 days' notice.",
        ),
        (
            "what do you charge if I cancel with less than 48 hours notice",
            TREES,
            "Cancellations with less than 48 hours' notice are charged \u00a390.",
        ),  # a measure given as a bound is just inside it; "up to 48 hours before" is 48 hours or more
        (
            "What happens if I cancel 3 days before?",
            TREES,
            "You may cancel free of charge up to 48 hours before the booked start.",
        ),
        ("How much is a 2 hour session?", AXES, None),  # the measure sets no condition
        (
            "If I cancel my gin school place two weeks before, what do I get back?",
            GIN,
            "Gin School: full refund with at least 7 days' notice.",
        ),  # a number in words
    ],
)
def test_what_follows_on_a_measure_set_as_a_condition_is_the_rule_that_holds_it(question, document, answer):
    assert measure_ruled(question, document) == answer


def test_a_rule_in_a_records_field_is_told_without_the_fields_name():
    record = (
        "tuition_roster.json: term.start: 2026-04-20; policies.cancellation: Sessions cancelled with less "
        "than 24 hours' notice are charged in full."
    )
    assert measure_ruled("What happens if I cancel with only 3 hours' notice?", record) == (
        "Sessions cancelled with less than 24 hours' notice are charged in full."
    )


@pytest.mark.parametrize(
    ("question", "document", "answer"),
    [
        (
            "When does the 10 km race start?",
            "Race \u203a Info: The 10 km race starts at 9:30. Runners in races over 5 km must carry water.",
            None,
        ),  # a "when" that asks sets no condition
        ("If I cancel thirty-six hours before, how much do you refund?", AXES, None),  # no "six hours"
        ("what happens if I cancel with less than 72 hours' notice?", AXES, None),  # two tiers hold
        ("what happens if I cancel with more than 24 hours' notice?", AXES, None),
        (
            "If I cancel with more than 80 hours' notice, what do I get?",
            AXES,
            "Cancel at least 72 hours before your session for a full refund.",
        ),  # one tier holds all of it
        (
            "what do you charge if I cancel with not less than 48 hours notice",
            TREES,
            "You may cancel free of charge up to 48 hours before the booked start.",
        ),
        (
            "If I book the hall 8 weeks ahead, what do I pay?",
            "Hall \u203a Booking: You can book the hall up to 6 weeks before. Deposits are \u00a350.",
            None,
        ),  # "up to 6 weeks before" is a bound of notice only in a clause about cancelling
    ],
)
def test_a_measure_given_as_a_condition_is_ruled_on_only_where_one_rule_holds_all_of_it(
    question, document, answer
):
    assert measure_ruled(question, document) == answer


def test_a_rule_says_nothing_asked_in_the_reason_it_gives() -> None:
    """Taking bouquets off an order five weeks before is not ruled by the cancellation tier whose
    reason says "ordered stock"; asked of paying on cancelling, that tier rules."""
    terms = (
        "Florist › Cancellations: If you cancel more than 6 months before the wedding you lose the deposit "
        "only. Less than 8 weeks before, the full amount is due, because we will already have ordered stock."
    )
    bouquets = "Our wedding is 5 weeks away. Can we take two bouquets off the florist order?"
    assert measure_ruled(bouquets, terms) is None
    assert measure_ruled(
        "Can I take a 25 kg suitcase?", "Flights › Bags: One bag of up to 20 kg, such as a suitcase."
    )
    assert measure_ruled("If we cancel 5 weeks before the wedding, do we pay the full amount?", terms) == (
        "Less than 8 weeks before, the full amount is due, because we will already have ordered stock."
    )


DEPOSIT = (
    "Parties \u203a Cancellations: The \u00a350 deposit is not refundable, except where the booking is "
    "cancelled more than 14 days before the party date."
)
UNLESS = "Deposits: Unless you cancel at least 7 days before, the deposit is not refunded."
BAGS = "Airline \u203a Baggage: All bags are accepted, except those over 23 kg, which cannot be checked in."


@pytest.mark.parametrize(
    ("question", "document", "refused"),
    [
        ("If I cancel 20 days before the party, can I get the deposit back?", DEPOSIT, False),
        ("we have to cancel 3 weeks before, is the deposit refunded?", DEPOSIT, False),
        ("If I cancel 5 days before the party, do I get my deposit back?", DEPOSIT, True),
        ("If we cancel 10 days before, is the deposit refunded?", UNLESS, False),
        ("If we cancel 2 days before, is the deposit refunded?", UNLESS, True),
        ("My suitcase weighs 30 kg - can I check it in?", BAGS, True),  # the exception is the refused
        ("My suitcase weighs 15 kg - can I check it in?", BAGS, False),
    ],
)
def test_a_refusal_with_an_exception_says_no_only_outside_the_exceptions_bound(question, document, refused):
    answer = measure_ruled(question, document)
    assert answer is not None
    assert answer.startswith("No: ") is refused
