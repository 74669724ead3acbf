"""A question about a labelled list (opening hours, a results row) is answered from the one item whose
label it says; anything else is left to the model."""

from __future__ import annotations

import pytest

from chatbot.rag.list_lookup import keyed_by, labelled_by, list_items, listed

HOURS = (
    "Pennick Tool Library: Members' Handbook › Opening hours: Monday: closed; Tuesday: 16:00-19:30; "
    "Saturday: 09:30-15:00; Sunday: 11:00-13:00. Bank holidays as Sundays."
)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("When does the tool library open on Sundays?", "Sunday: 11:00-13:00."),
        ("Pennick Tool Library: Saturday hours?", "Saturday: 09:30-15:00."),
        ("Is the tool library open on Sundays?", None),  # yes or no: the model reads it
        ("Who opens the tool library on Sundays?", None),  # hours are no person
        ("When does the tool shop open on Sundays?", None),  # "shop": more than the label
        ("When does the tool library open on Tuesday and Saturday?", None),  # two labels
        ("When does the tool library open?", None),  # no label
    ],
)
def test_a_labelled_list_answers_by_the_one_label_the_question_says(question, answer):
    assert list_items(HOURS)[0] == ("Monday", "closed") and list_items(HOURS)[-1][1] == "11:00-13:00"
    assert listed(question, HOURS) == answer


def test_prose_and_short_lists_are_no_labelled_lists():
    assert list_items("The hall: open daily; closed at Christmas; cafe: upstairs.") is None
    assert list_items("Hours › Opening: Monday: closed; Tuesday: 9:00") is None  # two items
    assert list_items("clubs.csv — club: Corsairs; town: Stenbury; colours: red") is None  # a table's row


MARKET = (
    "Scarrow Street Market Hall › Opening hours: The hall keeps different hours on each day. Monday: closed; "
    "Tuesday: 08:00-17:30; Saturday: 07:30-17:00; Sunday: 10:00-15:00; The hall is closed on Mondays, "
    "except on the four Mondays before Christmas, when it opens 09:00-16:00."
)


def test_a_sentence_after_the_list_ends_it_and_may_say_more_of_an_item():
    assert list_items(MARKET)[-1] == ("Sunday", "10:00-15:00")
    assert listed("Saturday hours at Scarrow Street?", MARKET) == "Saturday: 07:30-17:00."
    # the sentence gives Mondays hours of their own: the item is not the whole answer
    assert listed("What are the hours on the Mondays before Christmas?", MARKET) is None


STATIONS = (
    "Pump log › Stations: P-41 = pumping station, Pellam Dock; P-14 = pumping station, Brannock Quay; "
    "Q-7 = mooring station, Ardwick Harbour"
)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Where is station P-14?", "P-14: pumping station, Brannock Quay."),
        ("q-7 is at which harbour", "Q-7: mooring station, Ardwick Harbour."),
        ("where is P-14 kept", "P-14: pumping station, Brannock Quay."),  # "kept" asks where
        ("Where is station P-4?", None),  # no such label
        ("Who built station P-41?", None),  # "built": more than the label
    ],
)
def test_label_equals_value_lines_are_a_labelled_list(question, answer):
    assert list_items(STATIONS)[0] == ("P-41", "pumping station, Pellam Dock")
    assert listed(question, STATIONS) == answer


TIMELINE = (
    "Orrin Ferry Company › Timeline: 1887: company founded at Brannock Quay by Edda Marrow; 1903: Tobias "
    "Fenwright retires as harbour master; 1962: Grey Heron sold; 1977:"  # the chunk ends in an item
)
FAULTS = "Alarm Manual › 5. Fault codes: E1: lower float stuck; E2: upper float stuck; E4: supply voltage low"


@pytest.mark.parametrize(
    ("question", "document", "answer"),
    [
        (
            "When did Tobias Fenwright retire as harbour master?",
            TIMELINE,
            "1903: Tobias Fenwright retires as harbour master.",
        ),
        (
            "In what year was the Orrin Ferry Company founded?",
            TIMELINE,
            "1887: company founded at Brannock Quay by Edda Marrow.",
        ),
        ("what year was the grey heron sold", TIMELINE, "1962: Grey Heron sold."),
        ("When was the Grey Heron built?", TIMELINE, None),  # "built": no item says it
        ("When was the Grey Herring sold?", TIMELINE, None),  # another ship
        ("Who sold the Grey Heron?", TIMELINE, None),  # a year is no person
        ("Was the Grey Heron sold in 1962?", TIMELINE, None),  # yes or no: the model reads it
        ("What's the supply voltage?", FAULTS, None),  # asks no date: "E4" is no value of it
    ],
)
def test_a_timelines_year_is_looked_up_by_what_its_item_says(question, document, answer):
    assert list_items(TIMELINE)[-1] == ("1962", "Grey Heron sold")
    assert labelled_by(question, document) == answer


PROGRAMME = (
    "Lantern Festival › Programme › Saturday: 10:00 - Lantern workshop in the school hall; it lasts two "
    "hours; 12:30 - Harbour cook-off, judged by Rowan Kettering; 19:00 - Lantern procession from St Ivo; "
    "21:30 - Fireworks over the bay"
)


def test_a_programmes_time_dash_event_lines_are_a_list_that_an_items_own_semicolon_goes_on():
    assert list_items(PROGRAMME)[0] == ("10:00", "Lantern workshop in the school hall; it lasts two hours")
    assert (
        labelled_by("What time are the fireworks on Saturday?", PROGRAMME) == "21:30: Fireworks over the bay."
    )
    assert listed("What's on at 12:30?", PROGRAMME) == "12:30: Harbour cook-off, judged by Rowan Kettering."
    assert labelled_by("When is the lantern parade?", PROGRAMME) is None  # "parade": no item says it
    hours = "Hall › Hours: Monday: 9:00 - 17:00; Tuesday: 9:00 - 13:00; Sunday: closed"
    assert list_items(hours)[1] == ("Tuesday", "9:00 - 13:00")  # a label's ": " before a value's " - "


def test_a_programmes_lines_led_by_their_times_are_a_list():
    day = (
        "Rope Festival › SATURDAY 13 SEPTEMBER: 09:30 Opening talk by Eldra Quince, Net Loft; 11:30 Model "
        "boat race, Inner Basin; 15:00 Knot-tying contest, Quay Shed; 16:30 Sail-mending demonstration;"
    )
    assert list_items(day)[-1] == ("16:30", "Sail-mending demonstration")  # the chunk ended after "; "
    assert labelled_by("what time is the knot tying contest", day) == "15:00: Knot-tying contest, Quay Shed."
    assert labelled_by("what time does the boat race finish", day) is None  # no item says "finish"


def test_a_label_is_said_without_its_bracketed_aside():
    """ "student" says "Students (with valid ID)"; the list follows a sentence ending in a colon."""
    cover = (
        "Meeple & Mug › Cover charge: There's a cover charge per person for your whole visit: "
        "Adults: £6.00; Students (with valid ID): £4.00; Under-12s: £3.00 (under-4s free)"
    )
    assert listed("meeple & mug student cover charge", cover) == "Students (with valid ID): £4.00."
    assert listed("adult cover charge", cover) == "Adults: £6.00."
    assert listed("cover charge with a valid ID?", cover) is None  # the aside names no item


def test_em_dash_lines_are_a_list_whose_price_answers_a_rate():
    """ "Room — what it holds — £25/hr" lines: the heading's own dash parts no label, and "the hourly
    rate" is what the item's price gives, not a word it must say; a daily rate is not its hourly one."""
    rooms = (
        "The Quernhall — Member Guide › Meeting rooms: Loom Room — up to 8 people, screen — £25/hr; "
        "Shuttle Room — up to 4 people — £15/hr (was £12); Weft Hall — up to 30 people — £45/hr"
    )
    assert list_items(rooms)[0] == ("Loom Room", "up to 8 people, screen — £25/hr")
    assert listed("What are the hourly rates for the Loom Room?", rooms) == (
        "Loom Room: up to 8 people, screen — £25/hr."
    )
    assert listed("shuttle room price", rooms) == "Shuttle Room: up to 4 people — £15/hr (was £12)."
    assert listed("What's the daily rate for the Weft Hall?", rooms) is None


def test_a_price_lists_labels_may_qualify_their_item_after_a_comma_or_in_brackets():
    """ "a grooming session" names "Grooming session, long-haired cats"; a label's time and its aside
    in brackets make it no longer ("Late collection, 17:00-18:30 (by prior arrangement only)"); "how
    much" asks nothing the list must say. Two items qualified alike name none."""
    extras = (
        "Cattery terms › Tariff: Extras: Charge; Oral medication (tablets, liquids): £2.00 per day; "
        "Grooming session, long-haired cats: £15.00 per session; Late collection, 17:00-18:30 (by prior "
        "arrangement only): £12.00; Collection & delivery, within 5 miles: £18.00 each way"
    )
    assert listed("How much does the cattery charge for a grooming session?", extras) == (
        "Grooming session, long-haired cats: £15.00 per session."
    )
    assert listed("what's the late collection fee?", extras) == (
        "Late collection, 17:00-18:30 (by prior arrangement only): £12.00."
    )
    twice = extras.replace("Oral medication (tablets, liquids)", "Grooming session, short-haired cats")
    assert listed("How much does the cattery charge for a grooming session?", twice) is None


def test_one_sentence_among_five_or_more_pieces_is_an_aside_of_the_list():
    """ "Handling lessons are free …" between the items is of none of them; the list is still read."""
    money = (
        "Guide for New Ringers › Money: Guild subscription (Lower Hessing Guild): £18 a year for adults, £6 "
        "for juniors under 18; Tower fund: £2 per practice night; Handling lessons are free for anyone; "
        "Wedding ringing: ringers are paid £12 each per wedding; funerals are £10 each"
    )
    assert listed("Guild subscription for an adult?", money) == (
        "Guild subscription (Lower Hessing Guild): £18 a year for adults, £6 for juniors under 18."
    )
    short = "Money: Guild subscription: £18; Handling lessons are free; Tower fund: £2"  # three pieces
    assert list_items(short) is None


def test_which_thing_a_list_gives_a_value_of_is_its_labelled_item():
    """ "Which week has the Space Cadets theme?" is answered by the item whose value it gives and whose
    label says "week"; a value no item has, or a thing no label says, is left to the model."""
    themes = (
        "Holiday Club › Weekly themes: Week 1 (27-31 July): Pirates & Pieces of Eight; Week 2 (3-7 August): "
        "Space Cadets; Week 3 (10-14 August): Dinosaur Dig"
    )
    assert keyed_by("Which week of the summer club has the Space Cadets theme?", themes) == (
        "Week 2 (3-7 August): Space Cadets."
    )
    assert keyed_by("Which week has the Jungle Trek theme?", themes) is None
    assert keyed_by("Which day has the Space Cadets theme?", themes) is None
    assert keyed_by("Is Space Cadets in week 2?", themes) is None
    fees = (
        "Vets › Surgery: Procedure: Fee (incl. VAT); Cat spay: £135.00; Rabbit castration: £112.00; "
        "Rabbit spay: £148.00; Dental scale & polish: from £285.00"
    )  # a price list's item is keyed by its price, whatever its label says
    assert keyed_by("Which operation on the vets' list costs £148.00?", fees) == "Rabbit spay: £148.00."
    assert keyed_by("Which operation is priced at £150.00?", fees) is None
    assert keyed_by("Which day can I book the operation priced at £148.00?", fees) is None  # a day asked
    assert keyed_by("Which discount applies to the £148.00 operation?", fees) is None  # not what costs it


def test_a_lists_items_may_be_sentences_each_led_by_its_label():
    """Items ending in full stops, a Markdown list's ("Tow float: \u00a33 per session. Wetsuit: \u00a38 per
    session, sizes S to XL; book by Friday"), are items too, an item's own "; ..." in it."""
    kit = (
        "Guide \u203a Kit hire: Tow float: \u00a33 per session (replacement charge \u00a318 if lost). "
        "Wetsuit: \u00a38 per session, sizes S to XL; book by Friday 20:00 for weekend sessions. "
        "Neoprene gloves and socks: \u00a32 per set per session."
    )
    said = "Wetsuit: \u00a38 per session, sizes S to XL; book by Friday 20:00 for weekend sessions."
    assert listed("How much is it to hire a wetsuit for a session?", kit) == said
    assert listed("How much is it to hire a drysuit for a session?", kit) is None
    cards = (  # a section's number is no sentence's end: the heading path and its paragraph are no list
        "Lido: Terms 2026 \u203a 3. Joining and membership cards: You can join online. A replacement card "
        "costs \u00a36. Cards are not transferable: lending your card leads to a suspension."
    )
    assert listed("How much is a replacement membership card at the Lido?", cards) is None


def test_a_code_the_question_says_is_the_item_asked_and_its_names_may_be_the_files():
    """ "bait box BX-11" asks the item "BX-11", not the register's heading "Box: Location"; "the
    Quillhurst Arms", which the register leaves to the agreement's other sections, is said by its file."""
    register = (
        "Pest Control Agreement › 4. Bait station register: Principal locations: Box: Location; "
        "BX-03: Cellar, beside keg store; BX-11: Rear yard, bin compound"
    )
    assert listed("Where is bait box BX-11?", register) == "BX-11: Rear yard, bin compound."
    asked = "Where is bait box BX-11 at the Quillhurst Arms?"
    assert listed(asked, register) is None
    assert listed(asked, register, {"quillhurst", "arms"}.__contains__) == "BX-11: Rear yard, bin compound."
    assert (
        listed("Where is bait box BX-11 at the quillhurst arms loft?", register, {"loft"}.__contains__)
        is None
    )


def test_a_price_after_a_semicolon_goes_on_with_its_item() -> None:
    skips = (
        "Skip Hire Terms › What you cannot put in a skip: Some items cost extra: Mattresses: £25 each; "
        "Tyres (car or van): £12 each; Plasterboard: must be put in a separate bag; £30 per bag;"
    )
    assert list_items(skips)[-1] == ("Plasterboard", "must be put in a separate bag; £30 per bag")
    # "putting" is a form of "put", which the list says
    assert listed("whats the extra charge for putting a mattress in a skip", skips) == "Mattresses: £25 each."


def test_a_label_of_short_qualifiers_is_a_label() -> None:
    """ "Group hire, up to 12 people, 2 hours, Monday-Friday" is one label of qualifiers, so the
    prices beside it are a list and "towel hire" is found among them."""
    prices = (
        "Lido guide › Ticket Price: Adult swim: £6; Group hire, up to 12 people, 2 hours, Monday-Friday: "
        "£90; Group hire, up to 12 people, 2 hours, weekends: £120; Towel hire: £2; Locker: £1"
    )
    assert listed("How much does it cost to hire a towel at the lido?", prices) == "Towel hire: £2."
    assert (
        list_items(
            "Notes: We opened the pool in 1990, after the old one closed, and rebuilt it: twice; x: 1; y: 2"
        )
        is None
    )


def test_of_two_items_with_one_head_the_one_whose_days_hold_the_day_asked() -> None:
    prices = (
        "Lido guide › Ticket Price: Adult swim: £6; Group hire, up to 12 people, Monday\N{EN DASH}Friday: "
        "£90; Group hire, up to 12 people, Saturday\N{EN DASH}Sunday: £120; Towel hire: £2"
    )
    assert listed("How much is group hire on a Saturday?", prices) == (
        "Group hire, up to 12 people, Saturday\N{EN DASH}Sunday: £120."
    )
    assert listed("How much is group hire on a Tuesday?", prices).endswith("£90.")
    assert listed("How much is group hire?", prices) is None


def test_a_numbered_lists_items_written_as_sentences_are_a_labelled_list() -> None:
    """ "1. CFH/PR — …. 2. CFH/MI — …" is a list of shelf codes and what each holds; the model read
    the next item's books into "what's in CFH/TD"."""
    held = (
        "Research room guide \u203a What we hold: 4. CFH/TD \u2014 trade and street directories, 1847. "
        "5. CFH/WM \u2014 the admission books of the workhouse. 6. CFH/NP \u2014 the Mercury on microfilm."
    )
    assert list_items(held) == [
        ("CFH/TD", "trade and street directories, 1847"),
        ("CFH/WM", "the admission books of the workhouse"),
        ("CFH/NP", "the Mercury on microfilm"),
    ]
    assert listed("what's in CFH/TD?", held) == "CFH/TD: trade and street directories, 1847."
    prose = "Guide \u203a History: The society began in 1971. 2. It moved in 1980. 3. It grew."
    assert list_items(prose) is None  # numbered sentences, no labels
    contents = "Terms \u203a Contents: 1. Deposit - section 4. 2. Balance - page 5. 3. Damage - section 7."
    assert list_items(contents) is None  # a table of contents points elsewhere
    ranged = "Swim \u203a Times: 1. Children aged 5 - 7 swim on Monday. 2. Children aged 8 - 10 swim at 4pm. "
    assert list_items(ranged + "3. Children aged 11 - 13 swim on Friday.") is None  # a range, no label
    rooms = "Hall \u203a Rooms: 1. Room 1: 12 seats. 2. Room 2: 20 seats. 3. Room 3: 8 seats."
    assert listed("how many seats in room 2?", rooms) == "Room 2: 20 seats."  # a colon parts no range
    unled = "Toys \u203a 1. Renewing: once, by phone. 2. Cleaning: a wipe. 3. Batteries: we fit them."
    assert list_items(unled)[0] == ("Renewing", "once, by phone")  # no lead before the first number
    rules = (
        "Toys \u203a Borrowing: 1. Renewing: once, by phone. 2. Cleaning: a wipe is fine. 3. Batteries: we "
        "fit them. Please leave them in."
    )
    assert list_items(rules) == [  # the heading is no item, and the last is whole
        ("Renewing", "once, by phone"),
        ("Cleaning", "a wipe is fine"),
        ("Batteries", "we fit them. Please leave them in"),
    ]
