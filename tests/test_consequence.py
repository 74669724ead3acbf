"""The rule whose condition a "what happens if" question names, read from prose without the model."""

from __future__ import annotations

from chatbot.rag.consequence import consequence

CONDUCT = (
    "Ringfield Chess Club - Handbook › Conduct: Mobile phones must be switched off in the playing room. "
    "If a phone rings during a game, the owner loses that game. Keep post-mortems quiet."
)
CANCELLING = (
    "Wenlow Balloons - Terms › Cancellations: If you need to cancel, give us at least 7 days' notice and we "
    "will rebook you once at no charge. If you cancel with less than 7 days' notice, or do not turn up, the "
    "flight is forfeited."
)


def test_the_rule_whose_condition_says_the_questions_is_the_answer() -> None:
    rule = "If a phone rings during a game, the owner loses that game."
    assert (
        consequence("What happens if my phone rings during a game at Ringfield Chess Club?", CONDUCT) == rule
    )
    assert consequence("what if my phone rings?", CONDUCT) == rule  # the club's name is the heading's
    late = "If you cancel with less than 7 days' notice, or do not turn up, the flight is forfeited."
    assert (
        consequence("wenlow balloons what happens if I cancel with less than 7 days notice", CANCELLING)
        == late
    )
    assert consequence("If I cancel with less than 7 days notice, what happens?", CANCELLING) == late


def test_no_rule_or_two_or_another_question_is_left_to_the_model() -> None:
    assert consequence("What happens if I talk during a game?", CONDUCT) is None  # no rule says talking
    assert consequence("What happens if I cancel?", CANCELLING) is None  # two rules do
    assert consequence("What happens if I cancel with less than 3 days notice?", CANCELLING) is None
    assert consequence("When must phones be switched off?", CONDUCT) is None  # no condition asked
    asked = "What happens if my phone rings at the Quillhurst Arms?"
    assert consequence(asked, CONDUCT) is None  # a name neither the heading nor the file says
    assert consequence(asked, CONDUCT, {"quillhurst", "arms"}.__contains__) is not None
