"""A question that numbers a kind of thing the documents number only otherwise is not answered."""

from __future__ import annotations

import pytest

from chatbot.rag.renumbered import renumbered

ROUTE = ["Library › Spring timetable: Route 3 changes from 9 April; the Route 3 van calls at Kettleby."]
KIT = ["kit.xlsx › TENTS — Item Code: TS-101; Item: Icelandic 6-berth ridge tent; Hire rate: £25.00"]
CARDS = ["Climbing › Membership: Adult 10-visit card: £120, valid for 12 months from first use"]
ROOMS = ["Centre › Rooms: Rooms 1\u20134 are on the ground floor; Room 9 is upstairs."]


@pytest.mark.parametrize(
    ("question", "documents"),
    [
        ("What is the Route 5 timetable?", ROUTE),
        ("what does the route 4 van cost", ROUTE),
        ("What do the scouts charge to hire a 4-berth tent?", KIT),
        ("What's the price of a 20-visit card?", CARDS),
        ("Is Room 7 free on Friday?", ROOMS),
    ],
)
def test_a_number_the_documents_never_give_its_kind_is_another_thing(question, documents) -> None:
    assert renumbered(question, documents)


@pytest.mark.parametrize(
    ("question", "documents"),
    [
        ("which route 3 stop is being withdrawn", ROUTE),
        ("How much is the 6-berth tent?", KIT),
        ("price of a 10-visit card", CARDS),
        ("Is Room 3 free on Friday?", ROOMS),  # inside the span "Rooms 1-4"
        ("Is Room 9 upstairs?", ROOMS),
        ("How much is a 6-month card?", CARDS),  # a length of time, left to the measure checks
        ("I'm 12 - how much is entry under 16?", ["Prices: Under 16: £5; Under 5 free"]),
        ("What is on Sunday 21 June?", ["Events: Sunday 14 June: fete"]),
        ("What is the Route 5 timetable?", ["Library › Routes: every route calls weekly."]),
    ],
)
def test_a_number_the_documents_give_or_leave_open_is_asked_of_them(question, documents) -> None:
    assert not renumbered(question, documents)


def test_a_reference_in_two_parts_is_one_number_not_a_span() -> None:
    """ "Incident 26-006" numbers one incident: a log of 26-001 to 26-007 holds no 26-008, and its
    own references, one or two asked together, are its."""
    log = ["Call-outs › Incident 26-006: Date: 2 March", "Call-outs › Incident 26-007: Date: 9 March"]
    assert renumbered("Who led Tresswick incident 26-008?", log)
    assert not renumbered("Who led incident 26-006?", log)
    assert not renumbered("Who led incidents 26-006 and 26-007?", log)
    assert not renumbered("Who led incident 26-004?", ["Incidents 26-001 to 26-007 were on the hill."])
    assert not renumbered(
        "What happened in incidents 26-003 to 26-005?", ["Log › Incident 26-004: Date: 2 May"]
    )
    assert not renumbered("Is plot 4 let?", ["Plots 01-08 are let."])  # a span, no reference


def test_a_kind_numbered_in_words_or_in_brackets() -> None:
    """ "a three-person office" of offices for 2 and 4 people (written "(2 person)") is none of them."""
    plans = [
        "Cowork guide › Plans — Plan: Private office (2 person); Price: £640 / month",
        "Cowork guide › Plans — Plan: Private office (4 person); Price: £1,150 / month",
    ]
    assert renumbered("How much is a three-person private office?", plans)
    assert not renumbered("How much is a two-person private office?", plans)
    assert not renumbered("How much is a 4-person private office?", plans)
    assert not renumbered("Is there a one-off joining fee?", plans)


def test_a_number_before_a_word_outside_brackets_numbers_no_kind() -> None:
    """ "Only 2 seats remain" does not number tables by their seats."""
    assert not renumbered(
        "Can I book a 4-seat table?", ["Tables seat up to 4. Only 2 seats remain at the bar."]
    )
