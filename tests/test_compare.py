"""Two things compared by one measure of their table rows: the measure each comparison means, the
amounts in units that compare, and every way it is left to the model."""

from __future__ import annotations

import pytest

from chatbot.rag.compare import comparison, told_gap

S2 = "fares.csv — Route: S2; Crossing time: 1 h 10 min; Adult single (£): 11.80; Child single (£): 5.90"
S9 = "fares.csv — Route: S9; Crossing time: 45 min; Adult single (£): 8.30; Child single (£): 4.15"
RYE = "seeds.tsv — Accession: TV-188; Variety: Peverel Winter Rye; Seed held: 1.1 kg; Bay: 5"
BARLEY = "seeds.tsv — Accession: TV-122; Variety: Millbeck Pearl Barley; Seed held: 1,250 g; Bay: 4"
DATED = "seeds.tsv — Accession: TV-122; Variety: Millbeck Pearl Barley; Seed held: 19 Aug 2017"


@pytest.mark.parametrize(
    ("question", "things", "rows", "answer"),
    [
        (
            "Which crossing is quicker, S2 or S9?",
            ("S2", "S9"),
            [S2, S9],
            "S9 is quicker: its crossing time is 45 min, S2's is 1 h 10 min.",
        ),
        (
            "is S2 slower than S9",
            ("S2", "S9"),
            [S2, S9],
            "S2 is slower: its crossing time is 1 h 10 min, S9's is 45 min.",
        ),
        (
            "which is cheaper for an adult: S9 or S2?",
            ("S9", "S2"),
            [S9, S2],
            "S9 is cheaper: its adult single is £8.30, S2's is £11.80.",
        ),
        (
            "Is S2 more expensive than S9 for a child?",
            ("S2", "S9"),
            [S2, S9],
            "S2 is more expensive: its child single is £5.90, S9's is £4.15.",
        ),
        # kilograms against grams; "of" before each name
        (
            "Do we hold more seed of Peverel Winter Rye or of Millbeck Pearl Barley?",
            ("Peverel Winter Rye", "Millbeck Pearl Barley"),
            [RYE, BARLEY],
            "Millbeck Pearl Barley has more: its seed held is 1,250 g, Peverel Winter Rye's is 1.1 kg.",
        ),
        ("Which is cheaper, S2 or S9?", ("S2", "S9"), [S2, S9], None),  # adult or child fare: not said
        ("Which is heavier, S2 or S9?", ("S2", "S9"), [S2, S9], None),  # no weight column
        ("Which crossing is quicker, S2 or S9?", ("S2", "S9"), [S2, None], None),  # one row missing
        ("Which crossing is quicker, S2 or S9?", ("S2", "S9"), [S2, S2], None),  # a row of another
        (
            "Which crossing is quicker, S2 or S9?",
            ("S2", "S9"),
            [S2, S9.replace("45 min", "1 h 10 min")],
            "S2 and S9 have the same crossing time: 1 h 10 min.",
        ),
        (
            "Do we hold more seed of Peverel Winter Rye or of Millbeck Pearl Barley?",
            ("Peverel Winter Rye", "Millbeck Pearl Barley"),
            [RYE, DATED],
            None,
        ),  # no amount
    ],
)
def test_a_comparison_is_answered_from_the_measure_of_both_rows(question, things, rows, answer):
    compared = comparison(question)
    assert compared.things == things
    assert compared.answer(rows) == answer


@pytest.mark.parametrize(
    "question",
    ["What are the fares of S2 and S9?", "Is S2 or S9 the Brennock crossing?", "When does S2 sail?"],
)
def test_a_question_comparing_nothing_is_no_comparison(question):
    assert comparison(question) is None


PAPERWEIGHT = "glass.pdf — Code: GT-01; Session: Paperweight; Length: 30 min; Price: £55"
BAUBLE = "glass.pdf — Code: GT-02; Session: Blown bauble; Length: 30 min; Price: £48"
HALF_DAY = "falconry.docx — Code: QF-HD; Experience: Half-Day Falconer; Price: £145 per person"
FULL_DAY = "falconry.docx — Code: QF-FD; Experience: Full-Day Falconer; Price: £260 per person"
CUP = "trophies.pdf — Code: {}; Item: Silver-plated Harland cup; Size: {}; Price: {}"
SCRAP = "scrap.csv — Code: {}; Description: {}; Price per kg (GBP): {}"
PARTY = "parties.json — code: {}; name: {}; price_per_child: {}"


@pytest.mark.parametrize(
    ("question", "things", "rows", "answer"),
    [
        (
            "how much more does the paperweight cost than the bauble at emberwick?",
            ("paperweight", "bauble"),
            [PAPERWEIGHT, BAUBLE],
            "The price of paperweight is £55, of bauble £48: a difference of £7.",
        ),
        (
            "What's the price difference between the half-day and the full-day falconer experiences?",
            ("half-day", "full-day falconer experiences"),
            [HALF_DAY, FULL_DAY],
            "The price of half-day is £145 per person, of full-day falconer experiences £260 per person:"
            " a difference of £115.",
        ),
        (  # a length of time against a price: no difference to tell
            "how much longer is the paperweight than the bauble",
            ("paperweight", "bauble"),
            [PAPERWEIGHT, BAUBLE.replace("30 min", "1 hour")],
            None,
        ),
        (  # a comparative in a thing's name measures nothing: the verb does
            "how much more does the faster glass session cost than the bauble",
            ("faster glass session", "bauble"),
            [PAPERWEIGHT.replace("Paperweight", "Faster glass session"), BAUBLE],
            "The price of faster glass session is £55, of bauble £48: a difference of £7.",
        ),
        (  # the same amount: no difference to work out
            "What's the price difference between the paperweight and the bauble?",
            ("paperweight", "bauble"),
            [PAPERWEIGHT, BAUBLE.replace("£48", "£55")],
            "paperweight and bauble have the same price: £55.",
        ),
        (  # "how much more is": an amount of money; "the 260mm one": a cup
            "how much more is the 340mm Harland cup than the 260mm one?",
            ("340mm Harland cup", "260mm cup"),
            [CUP.format("PT-311", "340 mm", "£52.00"), CUP.format("PT-310", "260 mm", "£38.00")],
            "The price of 340mm Harland cup is £52.00, of 260mm cup £38.00: a difference of £14.",
        ),
        (  # a price per kilo asked before the things
            "how much more per kg is bright copper wire than copper pipe?",
            ("bright copper wire", "copper pipe"),
            [
                SCRAP.format("CU-101", "Bright copper wire", "6.85"),
                SCRAP.format("CU-102", "Copper pipe", "6.10"),
            ],
            "The price per kg of bright copper wire is £6.85, of copper pipe £6.10: a difference of £0.75.",
        ),
        (  # plain amounts: the difference written to their decimal places
            "How much more per child is the Mega party than the Classic party?",
            ("Mega party", "Classic party"),
            [PARTY.format("P-2", "Mega Party", "23.95"), PARTY.format("P-1", "Classic Party", "17.95")],
            "The price per child of Mega party is 23.95, of Classic party 17.95: a difference of 6.00.",
        ),
        (  # one amount per person, the other not: no one unit
            "How much cheaper is the bauble than the full-day falconer?",
            ("bauble", "full-day falconer"),
            [BAUBLE, FULL_DAY],
            None,
        ),
    ],
)
def test_by_how_much_two_things_differ_is_answered_in_their_one_unit(question, things, rows, answer):
    compared = comparison(question)
    assert compared.things == things
    assert compared.answer(rows) == answer


@pytest.mark.parametrize(
    "question",
    [
        "how much extra is a dog?",
        "What's the difference between a hawk walk and an owl encounter?",  # no measure
        "How much more does a dog cost?",  # no second thing
    ],
)
def test_a_difference_of_no_measure_or_of_no_two_things_is_no_comparison(question):
    assert comparison(question) is None


@pytest.mark.parametrize(
    ("question", "things"),
    [
        (
            "What's the difference in price between adult full and adult social membership?",
            ("adult full membership", "adult social membership"),
        ),  # the kind said once, after the second
        ("How much more is Duchess than the Marigold car?", ("Duchess", "Marigold car")),  # a name, whole
        (
            "How much more does the resin option cost than the block paving one, including VAT?",
            ("resin option", "block paving option"),
        ),  # what follows a comma is no part of the thing
        (
            "For a 1.4 petrol, how much extra would a full service cost me compared with an interim one?",
            ("full service", "interim service"),
        ),
        ("How much more does Kofi pay into the joint account each month than Jo does?", ("Kofi", "Jo")),
        (  # a verb in a thing's name
            "How much more does the pay monthly plan cost than the annual plan?",
            ("pay monthly plan", "annual plan"),
        ),
        ("what is the price difference between standard and standard plus", ("standard", "standard plus")),
        (
            "What's the price gap between the cascade bridal bouquet and the classic hand-tied one?",
            ("cascade bridal bouquet", "classic hand-tied bouquet"),
        ),
    ],
)
def test_a_difference_names_each_thing_whole(question, things):
    assert comparison(question).things == things


def test_a_name_ending_in_one_is_no_thing_of_the_others_kind():
    assert comparison("how much more is Tier Two than Tier One?").things == ("Tier Two", "Tier One")
    assert comparison("how much more is the large one than the small one?").things == (
        "large one",
        "small one",
    )


PRESS = (
    "terms.docx › Prices — Item: Mobile press visit (PK-40); Unit: per visit; Member price: £95.00; "
    "Non-member price: £130.00"
)
TABLE = (
    "rates.xlsx › Table Rates — Table type: Match table; Tables: 9; Off-peak per hour: £8.00; "
    "Peak per hour: £11.00; Members' peak per hour: £9.50"
)


@pytest.mark.parametrize(
    ("question", "row", "answer"),
    [
        (
            "How much more do non-members pay than members for a mobile press visit?",
            PRESS,
            "For Mobile press visit (PK-40), the Non-member price is £130.00, the Member price £95.00: "
            "a difference of £35.",
        ),
        (  # the row named inside a thing; "for non-members" of the second is no column of its own
            "how much cheaper is the match table off-peak than at peak for non-members?",
            TABLE,
            "For Match table, the Off-peak is £8.00 per hour, the Peak £11.00 per hour: a difference of £3.",
        ),
        (  # a row the question does not name
            "How much more do non-members pay than members for a mobile press visit?",
            TABLE.replace("Off-peak", "Non-member").replace("Peak per", "Member per"),
            None,
        ),
        ("how much cheaper is the match table off-peak than at the weekend?", TABLE, None),  # no column
        (  # a row whose subject the question says little of
            "How much more do non-members pay than members for a mobile press visit?",
            PRESS.replace("Mobile press visit (PK-40)", "Press hire (static)"),
            None,
        ),
        (  # a row whose subject is a code: the question names another of its cells
            "At the Tuesday evening duplicate, how much more does a visitor pay than a member?",
            "club.html › Sessions — Code: TUE-D; Day: Tuesday evening; Start: 19:15; Members: £4.00; "
            "Visitors: £6.00",
            "For TUE-D (Tuesday evening), the Visitors is £6.00, the Members £4.00: a difference of £2.",
        ),
        (  # … and not another day's row of it
            "At the Tuesday evening duplicate, how much more does a visitor pay than a member?",
            "club.html › Sessions — Code: TUE-A; Day: Tuesday afternoon; Start: 13:15; Members: £3.00; "
            "Visitors: £5.00",
            None,
        ),
        (  # nor a row that says one word of it, which other rows may say too
            "At the Tuesday evening duplicate, how much more does a visitor pay than a member?",
            "club.html › Sessions — Code: TUE-A; Day: Tuesday; Start: 13:15; Members: £3.00; Visitors: £5.00",
            None,
        ),
        (  # a column's rate written as a JSON key
            "how much cheaper is the match table off-peak than at peak?",
            "rates.json — table_type: Match table; off_peak_per_hour: £8.00; peak_per_hour: £11.00",
            "For Match table, the off_peak is £8.00 per hour, the peak £11.00 per hour: a difference of £3.",
        ),
    ],
)
def test_by_how_much_two_columns_of_one_row_differ_when_each_thing_names_one(question, row, answer):
    assert comparison(question).across(row) == answer


def test_the_price_of_the_days_the_question_names_is_compared():
    """Prices by days of the week, the question naming a day: its column's ("on a weekday": "Mon-Thu")."""
    row = "hire.pdf › Inflatables — Code: {}; Unit: {}; Mon\u2013Thu: £{}; Fri\u2013Sun & bank holidays: £{}"
    rows = [row.format("IB-150", "Assault course", 240, 285), row.format("IB-160", "Bungee run", 150, 180)]
    asked = "how much more does the assault course cost than the bungee run{}?"
    assert comparison(asked.format(" on a weekday")).answer(rows).endswith("a difference of £90.")
    assert comparison(asked.format(" at the weekend")).answer(rows).endswith("a difference of £105.")
    assert comparison(asked.format("")).answer(rows) is None  # which days: left to the model


FEES = (
    "guide.md › Fees: Adult membership (18 and over): £32 per year; "
    "Junior membership (under 18): £12 per year; "
    "Family membership (two adults and their children): £45 per year; Day visitor fee: £6 per flyer"
)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "How much more is adult membership than junior membership at the rocketry club?",
            "Adult membership (18 and over): £32 per year; Junior membership (under 18): £12 per year: "
            "a difference of £20.",
        ),
        ("how much more is family membership than the day visitor fee", None),  # per year, per flyer
        ("How much more is senior membership than junior membership?", None),  # no such item
    ],
)
def test_by_how_much_two_items_of_a_list_differ_when_each_thing_names_ones_label(question, answer):
    assert comparison(question).between_items(FEES) == answer


@pytest.mark.parametrize(
    ("told", "gap"),
    [
        (
            ["Kofi pays £1,350 into the joint account each month.", " Jo pays £950 on the 1st."],
            "That is a difference of £400.",
        ),  # the second says no rate: the question's
        (["Kofi pays £1,350 a month.", " Jo pays £950 a year."], None),  # two rates
        (["Kofi pays £1,350 and Jo £950."], None),  # one sentence for both
        (["Kofi pays £1,350 each month."], None),  # one sum
        (["Kofi pays £1,350 or £1,400.", " Jo pays £950."], None),  # two sums of one thing
        (["Kofi pays £1,350 each month.", " That is £400 more than Jo."], None),  # a sum against another
        (["Kofi pays £1,350.", " Jo gets a £50 discount."], None),  # a sum off, no one's own
        (["Kofi pays £35k.", " Jo pays £28k."], None),  # sums in thousands
        (["Kofi pays £1,350.", " Jo pays £950 annually."], None),  # a rate in one word
    ],
)
def test_by_how_much_two_sums_an_answer_tells_differ(told, gap):
    question = "How much more does Kofi pay into the joint account each month than Jo does?"
    assert told_gap(question, told) == gap


def test_a_question_asking_no_difference_of_money_gets_none():
    assert told_gap("Which crossing is quicker, S8 or S9?", ["S8 takes 50 min.", " S9 takes 45 min."]) is None
