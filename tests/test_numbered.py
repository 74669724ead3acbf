"""A "which <thing>" question is answered by the one thing of that kind its document numbers, and
left to the model when the document numbers none or several, or does not say what else it asks."""

from __future__ import annotations

import pytest

from chatbot.rag.numbered import numbered

GUIDE = (
    "Ridge Way Walkers' Guide › The Stages › Stage 1: Quillan Loe to Fennet Bridge (11 km): The path"
    " climbs through birch woods and passes Skellow Force, a waterfall."
)
CAR_CLUB = "Newsletter › CAR CLUB: The estate has a car club car, parked in bay LG-P09 by Block A."
CONSULTATION = "Zone T › Have your say: Please quote reference TRO/2025/017 in any written response."


@pytest.mark.parametrize(
    ("question", "document", "answer"),
    [
        ("Which stage of the walk goes past Skellow Force?", GUIDE, "It is Stage 1."),
        ("which parking bay is the car club car in?", CAR_CLUB, "It is bay LG-P09."),
        ("What reference goes on my written response?", CONSULTATION, "It is reference TRO/2025/017."),
        (  # "what's the … number": the number of the thing before it
            "what's the asset tag number on the 10 inch dobsonian?",
            "Minutes › Equipment: The 10-inch Dobsonian (asset tag SAA-T03) has a chipped mirror.",
            "It is tag SAA-T03.",
        ),
        (  # a changelog's section headed by its version
            "which skerrow release switched the --tz default from UTC to local?",
            "skerrow › Changelog › 2.1.0 — 2024-11-19: Changed: the --tz default went from UTC to local.",
            "It is release 2.1.0.",
        ),
    ],
)
def test_the_one_numbered_thing_of_the_asked_kind_answers(question, document, answer) -> None:
    assert numbered(question, document) == answer


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("Which bay do visitors use?", CAR_CLUB),  # the document never mentions visitors
        ("Which bay is kept for disabled drivers at Block A?", CAR_CLUB),  # nor disabled drivers
        ("Which stage has a ferry crossing?", GUIDE),
        ("Which bay is the car club car in?", CAR_CLUB.replace("by Block A", "or bay LG-P10")),  # two
        ("Which platform is the car club car at?", CAR_CLUB),  # no platform is numbered
        ("What time is the car club car in bay LG-P09?", CAR_CLUB),  # a kind of value; and a code
        ("What is the car club car's bay?", CAR_CLUB),  # not "which <thing>": the model reads it
        ("what moisture reading did the rape honey give?", "Rape honey: moisture reading 17.6% - fine."),
        ("what temperature reading did the hive give?", "Hive 2: temperature reading 34 °C, calm bees."),
    ],
)
def test_anything_else_is_left_to_the_model(question, document) -> None:
    assert numbered(question, document) is None
