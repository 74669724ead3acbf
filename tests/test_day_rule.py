"""The refusal a document writes for a day of the week, read for a yes-or-no question naming days."""

from __future__ import annotations

import pytest

from chatbot.rag.day_rule import day_ruled

KILN_ROW = (
    "kiln_rates.xlsx \u203a Rates \u2014 Code: KF-3; Service: Raku firing (outdoor); Price: \u00a318.00; "
    "Conditions: Not available on Sundays; glaze included"
)
PARISH = (
    "Parish \u203a Burials: Burials take place Monday to Friday between 10 am and 3 pm, and on Saturdays "
    "until noon; there are no burials on Sundays or bank holidays. The chapel is closed on Mondays, "
    "except during May."
)


@pytest.mark.parametrize(
    ("question", "document", "answer"),
    [
        (
            "can i book a raku firing on a sunday?",
            KILN_ROW,
            "No: Raku firing (outdoor): Not available on Sundays.",
        ),
        ("can i book a raku firing on a saturday?", KILN_ROW, None),  # the row refuses another day
        ("can i book a raku firing at the weekend?", KILN_ROW, None),  # one of the days only
        ("is the glaze included?", KILN_ROW, None),  # no day asked
        (
            "Can we have a burial on a Sunday?",
            PARISH,
            "No: There are no burials on Sundays or bank holidays.",
        ),
        ("Can we have a burial on a Saturday?", PARISH, None),  # named, not refused: no rule says yes
        ("is the chapel open on a monday?", PARISH, None),  # refused but for an exception
        (
            "Can I press apples on Saturday?",
            "Co-op \u203a Days: Pressing runs every Saturday; there is no pressing on Saturday 3 October.",
            None,
        ),  # one date refused, not the day
        ("can my dog come on a sunday?", PARISH, None),  # the refusal says nothing else asked
        (
            "Can I come swimming on a Saturday?",
            "Pool \u203a Info: No booking needed for swimming on Saturdays.",
            None,
        ),
        ("Is the cafe open on Sundays?", "Cafe \u203a Info: The cafe is never closed on Sundays.", None),
        (
            "Can dogs go on the beach on Sundays?",
            "Beach \u203a Dogs: No dogs on the beach on Sundays in summer.",
            None,
        ),
        (
            "Does the ferry run on Sundays?",
            "Ferry \u203a Times: The ferry doesn't run on Sundays.",
            "No: The ferry doesn't run on Sundays.",
        ),
    ],
)
def test_a_day_a_document_refuses_is_answered_no_with_its_words(question, document, answer):
    assert day_ruled(question, document) == answer


def test_the_chain_answers_by_the_refusal_of_a_day_without_the_model():
    from chatbot.rag.chain import stated_outright

    assert stated_outright("can i book a raku firing on a sunday?", KILN_ROW) == (
        "No: Raku firing (outdoor): Not available on Sundays."
    )
