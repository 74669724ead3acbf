"""The rule of ages a document sets, read for a yes-or-no question that gives someone's age."""

from __future__ import annotations

import pytest

from chatbot.rag.age_rule import age_ruled
from chatbot.rag.chain import stated_outright

BARN = (
    "Co-op › Safety: Children under 12 must stay behind the rope line at all times. Nobody under 16 may "
    "operate the scratter (the electric fruit mill); 12 to 15 year olds may turn the press screw. The press "
    "runs just over 11 km from the village."
)
TUB = (
    "Hire › Safety: Children under 8 must not use the tub at all. Children aged 8 to 15 may use it only "
    "with an adult in the tub."
)


PHONE = (
    "Surgery › Repeat prescriptions: We do not take repeat prescription requests over the phone, except from "
    "patients aged 75 and over."
)
LESSONS = (
    "Swim school › Reminders: Children under 8 must have a parent or carer stay in the building for lessons."
)
PITCHES = (
    "Car boot › Who can sell: You must be 18 or over to book a pitch. Young people aged 14 to 17 may sell "
    "on a family pitch with an adult."
)


SHIFTS = (
    "Handbook \u203a Shifts: Volunteers must be 14 or over. Volunteers aged 14 and 15 need a signed consent "
    "form. Shifts last four hours."
)


@pytest.mark.parametrize(
    ("question", "document", "answer"),
    [
        (
            "my 14 year old really wants to have a go on the scratter, is that ok?",
            BARN,
            "No: Nobody under 16 may operate the scratter (the electric fruit mill).",
        ),
        (
            "My son is 17, can he operate the scratter?",
            BARN,
            "Yes: Nobody under 16 may operate the scratter (the electric fruit mill).",
        ),
        (
            "can my 14 year old turn the press screw?",
            BARN,
            "Yes: 12 to 15 year olds may turn the press screw.",
        ),
        (  # the clause that says most of what is asked, before one whose bound holds the age
            "can my 14 year old operate the scratter?",
            "Co-op › Safety: Children under 16 must wear shoes. Only those 18 and over may operate the "
            "scratter.",
            "No: Only those 18 and over may operate the scratter.",
        ),
        (
            "can my 4 year old go in the tub?",
            "Hire › Safety: Babies under 6 months must not use the tub.",
            None,
        ),
        (
            "can my 12 year old come to the club?",
            "Club › Booking: Groups of 10+ must book the club ahead.",
            None,
        ),
        (  # no leave asked
            "My 10 year old has a nut allergy - does the café have nut-free options?",
            "Café › Prices: Children under 12 eat free at the café.",
            None,
        ),
        ("can my 6 year old and my 9 year old use the tub?", TUB, None),  # two ages
        ("can my 6 year old go in the tub?", TUB, "No: Children under 8 must not use the tub at all."),
        (
            "can my 10 year old use the tub?",
            TUB,
            "Children aged 8 to 15 may use it only with an adult in the tub.",
        ),  # leave on a condition: the rule, no yes or no
        (
            "can my 13yo join a normal evening class at the forge?",
            "Forge › FAQ: The minimum age is 12. Smiths aged 12 to 15 can only come to the Saturday "
            "morning taster sessions, with a parent in the forge.",
            "Smiths aged 12 to 15 can only come to the Saturday morning taster sessions, with a parent in "
            "the forge.",
        ),  # an age written short
        (
            "can my 17 y/o operate the scratter?",
            BARN,
            "Yes: Nobody under 16 may operate the scratter (the electric fruit mill).",
        ),
        ("Can my 10 year old ride the pony?", BARN, None),  # no rule says anything asked
        (
            "My 14yo wants to come, can he use the gym?",
            "Club \u203a Gym: Nobody under 16 may use the gym, which is open to members only.",
            "No: Nobody under 16 may use the gym, which is open to members only.",
        ),  # a ban of its ages, though it says "only"
        ("how old must you be to use the scratter?", BARN, None),  # no one's age given
        (
            "can my 14 year old use the scratter?",
            "Co-op › Kit — Item: Scratter; Minimum age: 16",
            None,
        ),  # a row
        (
            "my clutch is being replaced and I'm 23, can I have one of the loan cars?",
            "Garage › 6. Loan cars: We have two Fiestas, free for long jobs. To drive one you must be "
            "aged 25 to 75 and have held a full licence for 3 years.",
            "No: To drive one you must be aged 25 to 75 and have held a full licence for 3 years.",
        ),  # the asker's own age; the rule says what is asked only by its section's heading
        (
            "I'm 23, can I have one of the loan cars?",
            "Garage: We have two Fiestas. To drive one you must be aged 25 to 75.",
            None,
        ),  # no section: the file's title is no heading of the rule
        ("I'm 5 minutes late, can I still join the class?", "Gym › Classes: Over 16s only.", None),  # no age
        (
            "I'm 10 - 15 minutes away, can I still join the ride?",
            "Club › Rides: Nobody under 16 may join the ride.",
            None,
        ),  # a span of minutes, no age
        (
            "I'm 16, can I come to the café?",
            "Farm › Café: Staff must be 18 or over.",
            None,
        ),  # a bound of others' ages under the heading
        (
            "I'm 6 foot 2, can I ride the karts?",
            "Track › Karts: Riders under 12 must ride with an adult.",
            None,
        ),
        (
            "My son is 10, can he bring his dog to the café?",
            "Farm › Café: Dogs are welcome on the terrace. Under 5s eat free.",
            None,
        ),  # a bound of ages no one must be, under the heading: no rule of who may come
        (
            "I'm 23, can I have a loan car?",
            "Garage › Loan cars: Two Fiestas. Children under 12 must sit in the back.",
            None,
        ),
        (
            "I'm 78 - can I still phone the surgery for my repeat prescription?",
            PHONE,
            f"Yes: {PHONE.split(': ', 1)[1]}",
        ),  # the ages a rule excepts from what it forbids may do it
        (
            "I'm 60 - can I phone the surgery for a repeat prescription?",
            PHONE,
            f"No: {PHONE.split(': ', 1)[1]}",
        ),
        (
            "My son is 10, can he use the pool on a Monday?",
            "Pool › Rules: Apart from Sundays, children under 12 may not use the pool.",
            "No: Apart from Sundays, children under 12 may not use the pool.",
        ),  # an exception of days, not of ages
        (
            "My son is 14, can he use the gym?",
            "Gym › Rules: Under-16s may not use the gym, except with a parent aged 18 or over.",
            "No: Under-16s may not use the gym, except with a parent aged 18 or over.",
        ),  # an exception of others' ages
        (
            "Can my 12 year old use the sauna?",
            "Leisure Club › Rules: Children under 14 may not use facilities such as the sauna.",
            "No: Children under 14 may not use facilities such as the sauna.",
        ),  # "such as" gives no reason
        (
            "My son is 15, can he come to the disco?",
            "Disco › Who: The disco is for everyone, except that under 16s must leave by 9pm.",
            "Yes: The disco is for everyone, except that under 16s must leave by 9pm.",
        ),  # nothing forbidden before the exception
        (
            "My daughter is 15 and wants to sell her old toys at the car boot. Can she book a pitch herself?",
            PITCHES,
            "No: You must be 18 or over to book a pitch.",
        ),  # of clauses saying as much of the question, the one saying what its asking sentence asks
        (
            "My daughter is 15, can she sell her old toys on our family pitch?",
            PITCHES,
            "Yes: Young people aged 14 to 17 may sell on a family pitch with an adult.",
        ),
        (
            "My daughter is 7 and has her lesson at the school pool. Can I drop her off and wait in the car?",
            LESSONS,
            f"No: {LESSONS.split(': ', 1)[1]}",
        ),  # a duty of the ages bounded: asked whether she may go without it
        ("My son is 9, can he come to his lessons on his own?", LESSONS, f"Yes: {LESSONS.split(': ', 1)[1]}"),
        ("My son is 9, can he have lessons?", LESSONS, None),  # a duty of other ages: no leave of his
        (
            "My daughter is 15, can she climb on her own at the wall?",
            "Wall › Juniors: Children climbing at the wall must be accompanied by an adult aged 18 or over.",
            "No: Children climbing at the wall must be accompanied by an adult aged 18 or over.",
        ),  # the adult's age, not hers: the bound stands after the duty
        (
            "My daughter is 11 and walks home by herself after her lesson, is that ok?",
            "Piano studio › About: Children can start lessons from age 6; adults are very welcome.",
            None,
        ),  # leave to come, no word of going alone
        (
            "My daughter is 15 - can she boulder without me?",
            "Wall › Juniors: Young people aged 14 to 17 may boulder without an adult.",
            "Yes: Young people aged 14 to 17 may boulder without an adult.",
        ),  # leave to go alone
        (
            "My son is 5, can he start lessons?",
            "Piano studio › Fees: Beginners under 8 start on 30-minute lessons.",
            None,
        ),  # what an age group does, no leave
        (
            "My son is 5, can he start lessons?",
            "Piano studio › Parents: Parents are welcome to sit in on lessons for children under 10.",
            None,
        ),  # leave given to parents
        (
            "My daughter is 4 - can the hearing centre see her?",
            "Hearing centre › Children: We see children aged 5 and over.",
            "No: We see children aged 5 and over.",
        ),  # whom a place takes
        (
            "My son is 16, can he use the gym on his own?",
            "Gym › Juniors: Members aged 16 and over can use the gym unsupervised.",
            "Yes: Members aged 16 and over can use the gym unsupervised.",
        ),
        (
            "My son is 12, can he join the Saturday class?",
            "Classes › Saturday: The Saturday class is for children from age 6 to 10.",
            "No: The Saturday class is for children from age 6 to 10.",
        ),
        (
            "My son is 2, can he come to the toddler group?",
            "Toddler group › Who: The toddler group welcomes children from age 18 months.",
            None,
        ),  # months, no age in years
        (
            "My son is 5 and desperate to learn the piano. Can he start lessons?",
            "Piano studio › About: Children can start lessons from age 6; adults are very welcome.",
            "No: Children can start lessons from age 6.",
        ),  # an age to start from
        ("My daughter is 7, can she have lessons?", LESSONS, f"Yes: {LESSONS.split(': ', 1)[1]}"),
        (  # a rule of another doing
            "My son is 14 - is he allowed to volunteer in a hospice shop?",
            "Handbook \u203a Tills: Only volunteers aged 18 or over who have done the till training may "
            "work on the till.",
            None,
        ),
        (  # the doing asked, after "to": a rule of it
            "My son is 19 - is he allowed to drive the minibus?",
            "Club \u203a Minibus: Volunteers must be aged 25 or over to drive the minibus.",
            "No: Volunteers must be aged 25 or over to drive the minibus.",
        ),
        (
            "My son is 14 - is he allowed to work on the till?",
            "Handbook \u203a Tills: Only volunteers aged 18 or over may work on the till.",
            "No: Only volunteers aged 18 or over may work on the till.",
        ),
        (  # the terms of the leave for the age asked, in the sentence after the rule
            "My son is 14 - is he allowed to volunteer in a hospice shop?",
            SHIFTS,
            "Yes: Volunteers must be 14 or over. Volunteers aged 14 and 15 need a signed consent form.",
        ),
        (
            "My son is 16 - is he allowed to volunteer in a hospice shop?",
            SHIFTS,
            "Yes: Volunteers must be 14 or over.",
        ),
        (
            "My son is 13 - is he allowed to volunteer in a hospice shop?",
            SHIFTS,
            "No: Volunteers must be 14 or over.",
        ),
        (  # a sentence of other people of the age, or ruling nothing, is no terms of the leave
            "I'm 16, can I use the gym?",
            "Gym \u203a Rules: Members must be 16 or over to use the gym. Swimmers aged 16 and under must "
            "be supervised in the diving pool. 14- and 15-year-olds need an induction.",
            "Yes: Members must be 16 or over to use the gym.",
        ),
        (
            "My son is 12 - can he come to the holiday club?",
            "Club \u203a Who: The holiday club is for children aged 5 to 12. The 12-year-olds' trip to the "
            "zoo is on 4 August. Children aged 12 must be collected by an adult.",
            "Yes: The holiday club is for children aged 5 to 12. Children aged 12 must be collected by an "
            "adult.",
        ),
        (
            "My son is 15 - can he volunteer?",
            "Shop \u203a Who: Volunteers must be 14 or over. 14- and 15-year-olds need a consent form.",
            "Yes: Volunteers must be 14 or over. 14- and 15-year-olds need a consent form.",
        ),
    ],
)
def test_a_yes_or_no_of_someones_age_is_answered_by_the_rule_that_holds_it(question, document, answer):
    assert age_ruled(question, document) == answer


def test_the_chain_answers_by_the_rule_of_ages_without_the_model():
    from chatbot.rag.chain import stated_outright

    assert (
        stated_outright("can my 6 year old go in the tub?", TUB)
        == "No: Children under 8 must not use the tub at all."
    )


def test_leaving_a_thing_is_no_going_without_a_grown_up():
    """ "leave her coat" asks nothing of a child going without the parent a rule has stay."""
    rule = "Swim school › Reminders: Children under 8 must have a parent stay in the changing rooms."
    said = age_ruled("My daughter is 7, can she leave her coat in the changing rooms?", rule) or ""
    assert not said.startswith("No")
    assert age_ruled("My daughter is 7, can I leave her in the changing rooms?", rule).startswith("No")


def test_a_measure_the_question_gives_that_the_rule_refuses_outweighs_an_age_it_allows():
    """Old enough but too short: "at least 6 years old and at least 1.1 m tall" for a 7-year-old
    1.05 m tall is a no, whichever bound the rule of ages reads."""
    rule = "Snowsports › Who can ride: Tubing: riders must be at least 6 years old and at least 1.1 m tall."
    said = stated_outright("my son is 7 but only 1.05m tall - can he go tubing?", rule)
    assert said == "No: Tubing: riders must be at least 6 years old and at least 1.1 m tall."
    assert stated_outright("my son is 7 and 1.25m tall - can he go tubing?", rule).startswith("Yes")


def test_a_table_rows_least_age_rules_on_an_age_asked() -> None:
    show = (
        "Planetarium \u203a Show programme \u2014 Code: OP-SH04; Show: Black Holes: Edge of Forever; "
        "Length: 45 min; Age guidance: min. 10 years; Daily times: 13:45, 17:30"
    )
    asked = "My daughter is 9 and loves space. Is she allowed into the Black Holes show?"
    assert age_ruled(asked, show) == "No: Black Holes: Edge of Forever: Age guidance: min. 10 years."
    assert age_ruled("My son is 12, can he see the Black Holes show?", show).startswith("Yes: ")
    assert age_ruled("My son is 12, can he see it?", "shows.csv \u2014 Show: Stars; Age: 7+") is None


def test_a_table_rows_age_cell_with_more_than_its_bound_is_left_to_the_reader() -> None:
    club = "clubs.csv \u2014 Club: Junior Chess; Age range: min. 7 (younger with a parent); Night: Tuesday"
    assert age_ruled("Can a 6 year old join Junior Chess?", club) is None
