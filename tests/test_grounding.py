"""Answer sentences backed by their documents: invented numbers and names, and answers that only
restate the question, are caught; answers that quote the documents pass."""

from __future__ import annotations

import pytest

from chatbot.rag.answer import NO_ANSWER, abstaining
from chatbot.rag.grounding import asks_unsaid, checked, grounded
from chatbot.rag.verbs import forms

DOCUMENTS = [
    "The Moss Lantern inn at Carrow Ford has 14 rooms. It opens at 07:30 on weekdays and closes on"
    " 26 December. The landlord is Wystan Oddly; a single room costs 62 crowns. The cook is Søren Ådahl."
    " The inn stands 9 metres from the ford. Its door is painted red.",
]


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("The Moss Lantern has 14 rooms.", "How many rooms does the Moss Lantern have?"),
        ("It opens at 7:30.", "When does the Moss Lantern open on weekdays?"),
        ("The landlord is Wystan Oddly.", "Who runs the Moss Lantern?"),
        ("A single room costs 62 crowns.", "what does a single room cost at the moss lantern"),
        ("It is closed on 26 December.", "Which day is the inn closed?"),
        ("The inn at Carrow Ford is the Moss Lantern.", "Which inn is at Carrow Ford?"),
        ("The Moss Lantern is in Carrow Ford.", "Where is the Moss Lantern?"),
        ("The door of the Moss Lantern is red.", "What colour is the inn's door?"),
        ("The landlrod is Wystan Oddly.", "Who is the landlrod of the Moss Lantern?"),  # a slip, said again
        ("The Moss Lantern is located at Carrow Ford.", "Where is the Moss Lantern located?"),  # how it asks
        ("It closes on 26 Dec.", "When does the Moss Lantern close?"),  # a month written short
        ("You need 62 crowns for a single room.", "How much do I need for a single room?"),  # how it asks
        ("The cook is Søren Ådahl. The inn stands 9 metres from the ford.", "Who cooks at the Moss Lantern?"),
    ],
)
def test_sentences_that_quote_the_documents_are_grounded(sentence, question) -> None:
    assert grounded(sentence, question, DOCUMENTS)


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("The Moss Lantern has 40 rooms.", "How many rooms does the Moss Lantern have?"),  # number
        ("The landlord is Wystan Oddley.", "Who runs the Moss Lantern?"),  # a name one letter off
        ("The cook is Hilda Brenn.", "Who is the cook at the Moss Lantern?"),  # a name from nowhere
        ("The cook is Jörg Ødegård.", "Who is the cook at the Moss Lantern?"),  # in any alphabet
        ("The inn cost £9 million to build.", "What did the Moss Lantern cost?"),  # 9 metres, not £9
        ("It cost 9 million US dollars.", "What did the Moss Lantern cost?"),  # the unit past a qualifier
        ("It cost 14 million crowns.", "What did the Moss Lantern cost?"),  # 14 rooms, not millions
        ("The inn is painted green.", "What colour is the Moss Lantern?"),  # a colour from nowhere
        ("It opens at 07:30 on Sundays.", "When does the Moss Lantern open?"),  # a weekday too
        ("The bridge is 9 metres from the ford.", "How far is the bridge from the ford?"),  # no bridge
        ("The Moss Lantern was rebuilt with 14 rooms.", "When was the Moss Lantern rebuilt?"),
        ("The Moss Lantern opens on weekdays.", "When does the Moss Lantern open on weekdays?"),
        ("Rooms cost crowns.", "How much do rooms cost in crowns?"),  # the question, restated
    ],
)
def test_invented_values_and_restated_questions_are_not(sentence, question) -> None:
    assert not grounded(sentence, question, DOCUMENTS)


def test_a_name_of_the_question_said_again_counts_where_the_documents_say_it_again() -> None:
    documents = ["The capital of Kuwait is Kuwait.", "The capital of Samoa is Apia."]
    assert grounded("The capital of Kuwait is Kuwait.", "What is the capital of Kuwait?", documents)
    assert not grounded("Samoa is the capital of Samoa.", "What is the capital of Samoa?", documents)


def test_a_name_or_code_said_more_often_than_the_documents_say_it_stands_where_another_does() -> None:
    documents = ["The capital of Land00371 is Town250843.", "The capital of Maldives is Male."]
    question = "Land00371: what is its capital?"
    assert grounded("The capital of Land00371 is Town250843.", question, documents)
    assert not grounded("The capital of Town250843 is Town250843.", question, documents)
    assert not grounded("The capital of Male is Male.", "which town is the capital of maldives?", documents)


def test_numbers_meet_in_any_common_writing() -> None:
    documents = ["The reservoir holds 4,820 cubic metres."]
    assert grounded("It holds 4820 cubic metres.", "How much does the reservoir hold?", documents)


def test_an_answer_ends_at_its_first_unbacked_sentence() -> None:
    question = "How many rooms does the Moss Lantern have?"
    good, bad = "The Moss Lantern has 14 rooms.", "Breakfast costs 9 crowns."
    assert list(checked(iter([good, bad]), question, DOCUMENTS)) == [good]
    assert list(checked(iter([bad, good]), question, DOCUMENTS)) == [NO_ANSWER]
    assert list(checked(iter([NO_ANSWER]), question, DOCUMENTS)) == [NO_ANSWER]


def test_a_measure_the_question_gives_as_its_condition_is_not_swapped_for_another() -> None:
    """ "at 100%" is not answered by the level "at 50%"; "after 14 days" not by the fee "after 7
    days"; the question's own measure said again passes."""
    sheet = ["Datasheet › Specification: Sound power level: 34 dB(A) at 50% fan speed; Fee: £5 after 7 days"]
    question = "what's the sound power level when the fans run flat out at 100%"
    assert not grounded("The sound power level is 34 dB(A) at 50% fan speed.", question, sheet)
    assert not grounded("The fee is £5 after 7 days.", "What is the fee after 14 days?", sheet)
    assert grounded("The fee is £5 after 7 days.", "What is the fee after 7 days?", sheet)


def test_a_value_set_against_another_for_the_questions_group_is_not_its() -> None:
    """ "£28 a month, or £16 a month for students": students pay £16; the later part leaves
    "membership" unsaid, so its £16 is membership's too; the heading names no part."""
    welcome = ["Makerspace › Welcome: Full membership costs £28 a month, or £16 a month for students."]
    question = "how much is makerspace membership for students"
    assert not grounded("Membership costs £28 a month.", question, welcome)
    assert grounded("Membership costs £16 a month for students.", question, welcome)
    assert grounded("Full membership costs £28 a month.", "how much is full membership", welcome)
    hours = ["Café › Hours: The museum opens at 10:00, while the café opens at 9:30."]
    assert not grounded("It opens at 10:00.", "When does the café open?", hours)
    assert grounded("It opens at 9:30.", "When does the café open?", hours)
    dental = [
        "Dental › Hours: We are open Monday to Thursday from 8:15 am to 5:30 pm, "
        "and on Friday from 8:15 am to 1:00 pm."
    ]
    friday = "What time does the practice close on a Friday?"
    assert grounded("It is open on Friday from 8:15 am to 1:00 pm.", friday, dental)  # 8:15 is Friday's too
    assert not grounded("It closes at 5:30 pm.", friday, dental)
    # a number of another kind in the other part sets no value against the asked one
    fabric = [
        "Upholstery \u203a Fabric: For COM we add a handling charge of \u00a315 per job, and the fabric"
        " must reach the workshop at least 7 days before the start date."
    ]
    own = "if I give the upholsterer my own fabric, is there an extra charge?"
    assert grounded("You pay a handling charge of \u00a315 per job.", own, fabric)


def test_a_dates_day_is_no_other_number() -> None:
    """The 15 of "2024-10-15 (15 October 2024)" is no sowing depth; said as the date it is, or where
    the documents write it apart from a date, it stands."""
    row = ["seeds.csv — variety_nm: Saltmarsh Longpod; recv_dt: 2024-10-15 (15 October 2024); germ_pct: 90"]
    question = "What sowing depth is recommended for the Saltmarsh Longpod?"
    assert not grounded("The Saltmarsh Longpod is sown at depth 15.", question, row)
    assert grounded("It came in on 15 October 2024.", "When did the Saltmarsh Longpod come in?", row)
    sown = [row[0] + "; sow_depth_cm: 15"]
    assert grounded("The Saltmarsh Longpod is sown at depth 15.", question, sown)


def test_a_count_in_a_table_is_no_measure() -> None:
    """A room's "Capacity: 12" is no 12 hours of hire; it still counts 12 people."""
    room = ["hall.xlsx › Rates — Room: Committee Room; Capacity: 12; Charged per: hour; Min. hours: 1"]
    assert not grounded("The committee room is 12 hours.", "minimum hire time for the committee room?", room)
    assert grounded("The committee room holds 12 people.", "how many people fit in the committee room?", room)
    log = [
        "orchard.xlsx › Log — Date: 9 November 2024; Lead volunteer: Colm Ardagh; Volunteers: 9; Hours: 27"
    ]
    asked = "how many volunteer hours did the november session take"
    assert not grounded("Colm Ardagh volunteered 9 hours.", asked, log)  # 9 people, not hours
    assert grounded("The mulching took 27 hours.", asked, log)


def test_a_bound_the_documents_set_holds_the_questions_measure() -> None:
    """ "Orders under £25 are charged £3.50" answers of an order of £15, not one of £40."""
    shop = ["shop.json: ordering.delivery: Free delivery over £25. Orders under £25 are charged a £3.50 fee."]
    assert grounded("Delivery costs a £3.50 fee.", "my order is about £15, do you charge for delivery?", shop)
    assert not grounded(
        "Delivery costs a £3.50 fee.", "my order is about £40, do you charge for delivery?", shop
    )


def test_a_word_of_how_often_is_said_by_one_that_means_the_same() -> None:
    """ "yearly" says what "annual" does, "monthly" what "a month" does; "weekly" is not "annual"."""
    row = ["Vets › Vaccinations — Service: Cat annual booster; Fee (incl. VAT): £58.00"]
    question = "How much are the yearly booster jabs for a cat?"
    assert grounded("The yearly booster costs £58.00.", question, row)
    assert not grounded("The weekly booster costs £58.00.", "How much is the weekly booster for a cat?", row)
    plan = ["Care Club: Membership costs £14.50 a month for cats."]
    assert grounded("The monthly membership is £14.50.", "What is the monthly Care Club fee for a cat?", plan)


def test_the_rest_to_pay_is_the_balance() -> None:
    """ "the rest of the fee" asks what "the balance" of it tells; "the refund of the fee" does not."""
    terms = ["Hall › Payment: The balance of the hire fee must be paid 21 days before the event."]
    assert not asks_unsaid("How far ahead does the rest of the hire fee need to be paid?", terms)
    assert asks_unsaid("How far ahead is the refund of the hire fee paid?", terms)


def test_a_penalty_is_a_fee_or_a_charge() -> None:
    rules = ["Club › Membership: if your renewal is late, a £25 late fee is added."]
    assert not asks_unsaid("what's the penalty for a late renewal?", rules)
    assert asks_unsaid("what's the refund for a late renewal?", rules)


def test_a_number_plate_is_a_registration() -> None:
    vehicles = ["Team › Vehicles: Rescue 1 - Land Rover Defender 130, reg. TK21 MRT (stretcher and hill kit)"]
    assert not asks_unsaid("What's the number plate on Rescue 1?", vehicles)
    assert asks_unsaid("What's the mileage on Rescue 1?", vehicles)
    assert asks_unsaid("What's the registration fee for the fete?", ["Fete: Bring a plate of sandwiches."])


@pytest.mark.parametrize(
    ("question", "stating", "not_stating"),
    [
        (
            "What's the maximum number of hens I can keep on a full plot?",
            "Plots › Animals: Up to six hens may be kept on a full plot.",
            "Plots › Animals: Hens may be kept on a full plot.",
        ),
        (
            "What is the address of Fenwick Hall?",
            "Sessions › Venues: Fenwick Hall is at 2 Chapel Lane.",
            "Sessions › Venues: Fenwick Hall opens at 10:00.",
        ),
        (
            "What's the deadline for the early-payment discount on bowls fees?",
            "Bowls › Fees: 10% discount if paid in full by 28 February 2026.",
            "Bowls › Fees: 10% discount if paid in full.",
        ),
        (
            "What's the booking reference for the Farrelly wedding?",
            "Farrelly wedding (ref SWB-26-0919): Please hold Dairy Cottage.",
            "Farrelly wedding: Please hold Dairy Cottage.",
        ),
        (
            "Can you give me the phone number for Gareth Mulvaney?",
            "Contacts › Lift works: Gareth Mulvaney, Site Supervisor; Mobile: 07700 900418",
            "Contacts › Lift works: Gareth Mulvaney, Site Supervisor, on site 08:00-17:00 from 2026-03-02",
        ),
    ],
)
def test_a_word_for_a_kind_of_value_is_said_by_its_value(
    question: str, stating: str, not_stating: str
) -> None:
    """ "the maximum", "the address", "the deadline" of something are what a document gives by stating
    the value ("Up to six", "2 Chapel Lane", "by 28 February"), seldom by the word; a document that
    states no such value does not say them."""
    assert not asks_unsaid(question, [stating])
    assert asks_unsaid(question, [not_stating])


def test_the_doer_a_deed_is_asked_of_need_not_be_written_but_the_phone_asked_must() -> None:
    """ "what does the band charge" asks the band's deed: the extras row need not say "band"; a phone
    number is given by the number, and "the phone number" by the number written on the asked
    person's line."""
    extras = ["Hobnails \u203a Extras \N{EM DASH} Extra: 45-minute dance workshop; Price: \u00a3110"]
    asked = "We'd like a dance workshop - what does the band charge for that?"
    assert grounded("The band charges \u00a3110 for the dance workshop.", asked, extras)
    asked = "What does the band charge for a sauna?"
    assert not grounded("The band charges \u00a3110 for a sauna.", asked, extras)
    # "does a dental implant cost": the thing priced, no doer: the documents must say it
    spread = [
        "Dental \u203a Payment: Treatment over \u00a3500 can be spread over 12 months, \u00a314.75 a month."
    ]
    asked = "how much does a dental implant cost at the practice?"
    assert not grounded("A dental implant costs \u00a314.75 a month.", asked, spread)
    contacts = ["Contacts \u203a Complaints: Sunita Hallam, Housing Officer; Office: 01632 960215"]
    asked = "Can you give me the phone number for Sunita Hallam?"
    assert grounded("Sunita Hallam is on 01632 960215.", asked, contacts)
    # "the phone number" is said by the number on her line, not by another's
    assert grounded("The phone number is 01632 960215.", asked, contacts)
    others = ["Contacts \u203a Complaints: Sunita Hallam, Housing Officer. Repairs office: 01632 960999"]
    assert not grounded("The phone number is 01632 960999.", asked, others)
    line = [
        "Contacts \u203a People: Sunita Hallam, Housing; Office: 01632 960215; Dave Pym; Mobile: 07700 900318"
    ]
    assert not grounded("The phone number is 07700 900318.", asked, line)  # Dave's, after hers
    # a contacts table calls it a "Telephone": "the phone number" of the asked service is it
    table = ["Leaflet \u203a Contacts \N{EM DASH} Service: Pre-assessment clinic; Telephone: 01632 771 455"]
    asked = "what's the phone number for the pre-assessment clinic?"
    assert grounded("The phone number is 01632 771 455.", asked, table)
    unlabelled = ["Leaflet \u203a Contacts \N{EM DASH} Service: Pre-assessment clinic; Bleep: 01632 771 455"]
    assert not grounded("The phone number is 01632 771 455.", asked, unlabelled)
    rows = [  # another's row, another's clause: not the one asked of
        "contacts.csv \N{EM DASH} name: Alice Hartley; telephone: 01632 771455",
        "contacts.csv \N{EM DASH} name: Bob Penrose; telephone: 01632 771999",
    ]
    assert not grounded(
        "Bob Penrose's phone number is 01632 771455.", "What is Bob Penrose's phone number?", rows
    )
    warden = ["wardens.csv \N{EM DASH} role: Warden; telephone: 01632 771455; out_of_hours: 07700 900123"]
    asked = "What is the warden's mobile number?"
    assert not grounded("The mobile number is 01632 771455.", asked, warden)  # the landline
    surgery = ["Surgery \u203a Contact: Reception Tel: 01632 960100. Out of hours please call NHS 111."]
    asked = "What is the out of hours phone number?"
    assert not grounded("The out of hours phone number is 01632 960100.", asked, surgery)


def test_the_one_of_a_kind_asked_is_written_in_the_documents() -> None:
    """ "What instrument does Rhodri play?" is not answered by an instrument the band's page never
    names for anyone; one it names is."""
    band = ["Band \u203a Who we are: Tamsin (fiddle) takes bookings. Our caller, Rhodri, will phone you."]
    asked = "What instrument does Rhodri play in the band?"
    assert not grounded("Rhodri plays the violin.", asked, band)
    assert grounded("Tamsin plays the fiddle.", "What instrument does Tamsin play in the band?", band)
    assert grounded("Tamsin plays the fiddle as well.", "What instrument does Tamsin play in the band?", band)


def test_a_new_one_of_a_lost_thing_is_its_replacement() -> None:
    """ "a new one" of a lost card is what the terms call "a replacement", not any card they price."""
    asked = "Lost my concession card on the bus, first time it's happened - what does a new one cost?"
    replaced = [
        "Buses › Lost Cards: 6.2 A replacement Card costs £10. A third or later replacement costs £20."
    ]
    priced = ["Buses › Lost Cards: 6.2 A second Card costs £10. A third or later Card costs £20."]
    assert grounded("A new Card costs £10.", asked, replaced)
    assert not grounded("A new Card costs £10.", asked, priced)


def test_documents_that_share_no_word_with_the_question_answer_nothing_of_it() -> None:
    """A chunk near the question only in the vectors' sense (a trip's costs for a dog walk's price)
    is not asked; one that says a word of it, in another form or typed with a slip, is."""
    trip = ["Trip › Costs: Minibus fuel and parking come to £486 total, £12 per student."]
    assert asks_unsaid("I want an hour-long solo walk for my spaniel, what would that cost?", trip)
    assert not asks_unsaid("How much does each student pay?", trip)
    assert not asks_unsaid("how much is the minibuss fuel?", trip)
    # "the club charge for": after "does", a doer and its deed, no relation the documents must say
    lockers = ["Gym › Lockers: \u00a35 a month, key deposit \u00a310."]
    assert not asks_unsaid("What does the club charge for a locker?", lockers)
    assert asks_unsaid("What does the club charge for a sauna?", lockers)
    crown = ["Dental Practice \u203a Fees \N{EM DASH} Treatment: Porcelain crown; Fee: \u00a3640.00"]
    asked = "How much does a porcelain crown cost at the dentist on Quillon Street?"
    assert not asks_unsaid(asked, crown)  # it asks no relation of the dentist's
    pool = ["Pool \u203a Friday: Aqua aerobics 18:00; Lane swimming 19:00."]
    assert asks_unsaid("What time does the toddler splash session on Friday start?", pool)  # a session


def test_a_month_weekday_or_season_the_documents_never_state_is_not_asked_of_them() -> None:
    """ "the spring survey" is not October's; "in June" is within "May to August", "in July" within
    summer, "on Tuesday" within "daily"; a season prepared for is no time asked of; a file's name
    says its season."""
    survey = ["Review › Setting: the October member survey on the new tags came back 71% positive."]
    assert asks_unsaid("What share of members liked the tags in the spring survey?", survey)
    assert not asks_unsaid("What share of members liked the tags in the autumn survey?", survey)
    assert asks_unsaid("What share of members liked the tags in the March survey?", survey)
    racing = ["Club › Racing: Wednesday evening racing runs May to August, first gun at 18:30."]
    assert not asks_unsaid("When is the first gun on a Wednesday in June?", racing)
    assert asks_unsaid("When is the first gun on a Thursday?", racing)
    assert not asks_unsaid("When is the first gun in the summer?", racing)
    hut = ["huts.tsv \N{EM DASH} hut_code: SBH-C06; notes: \u00a322 per day May\N{EN DASH}Sep"]
    assert not asks_unsaid("What's the summer day rate for the day-let hut?", hut)  # its months: the summer
    assert asks_unsaid("What's the winter day rate for the day-let hut?", hut)
    assert not asks_unsaid(
        "What time are the gates opened on Tuesday?", ["Park: gates opened daily at 08:00."]
    )
    drained = ["Allotments › Water: standpipes and troughs are drained by 31 October each year."]
    assert not asks_unsaid("when do the troughs get drained for the winter?", drained)
    show = "show_schedule.xlsx › Classes — Class: V8; Class description: Heaviest marrow; 1st prize: £10.00"
    asked = "What is the first prize for the heaviest marrow at the summer show?"
    assert not asks_unsaid(asked, [show.replace("show_schedule", "summer_show_schedule")])  # its file's name
    assert asks_unsaid(asked, [show])
    hires = ["hires.tsv \N{EM DASH} date: 16/05/2026 (16 May 2026); member_name: Ann Lee; scooter: SC-02"]
    assert not asks_unsaid("Which scooter did Ann Lee have on Saturday 16 May?", hires)  # its date's day
    assert asks_unsaid("Which scooter did Ann Lee have on Friday 16 May?", hires)
    valid = [
        "Buses \u203a Times: This timetable is valid from 16 May 2026. Buses leave at 07:10, Monday-Friday."
    ]
    assert asks_unsaid("What time is the first bus on Saturday?", valid)  # a sentence's date: no Saturday
    hours = ["Car wash \u203a Opening hours \u2014 Day: Saturday; Valet bay: 08:30 \u2013 16:00"]
    assert asks_unsaid("What time does the valet bay open on bank holidays?", hours)  # never said
    closed = [hours[0] + "; Bank holidays: closed"]
    assert not asks_unsaid("What time does the valet bay open on bank holidays?", closed)
    gym = ["Gym \u203a Membership: You can freeze your membership for up to two months a year."]
    assert not asks_unsaid("I'm going on holiday for a month, can I freeze my membership?", gym)  # no date


def test_grounded_sentences_before_the_asked_kind_of_value_lead_it() -> None:
    """A sentence that gives no price may lead the one that does; alone, or before an unbacked
    one, it is no answer to "how much"."""
    row = ["Licence › Fees — Unit code: BS-100; Floor area: 100 sq ft; Weekly fee: £27.90"]
    question = "weekly price for a 100 sq ft unit at brackwater"
    lead, price = "The unit code BS-100 is a standard unit at 100 sq ft.", "The weekly price is £27.90."
    assert list(checked(iter([lead, price]), question, row)) == [lead, price]
    assert list(checked(iter([lead]), question, row)) == [NO_ANSWER]
    assert list(checked(iter([lead, "The weekly price is £29.90."]), question, row)) == [NO_ANSWER]


def test_a_column_names_words_are_the_documents_words() -> None:
    row = ["fairs.csv — fair: Larkmoor Reed Fair; tickets_from: £12.50; floor_area_m2: 96"]
    assert grounded("Tickets cost £12.50.", "How much is a ticket for the Larkmoor Reed Fair?", row)
    assert grounded("The floor area is 96 m2.", "How big is the Larkmoor Reed Fair?", row)
    assert not grounded("Tickets cost £14.50.", "How much is a ticket for the Larkmoor Reed Fair?", row)


def test_another_form_of_an_irregular_verb_is_the_documents_word() -> None:
    walk = ["Walks › Weavers' Lanes: Led by Hetty Marchbank, this walk visits the weavers' cottages."]
    question = "Who leads the Weavers' Lanes walk?"
    assert grounded("Hetty Marchbank leads the walk.", question, walk)
    assert not grounded("Hetty Marchbank guides the walk.", "Who guides the Weavers' Lanes walk?", walk)
    pool = ["Swimming lessons are taught by Clemency Otway on Tuesdays."]
    assert grounded("Clemency Otway teaches the lessons.", "Who teaches swimming?", pool)
    assert {"run", "running", "ran"} <= forms("runs")
    assert forms("found") == {"found"}  # left out: "founded" is no "find"


def test_a_light_verb_of_the_question_needs_not_be_the_documents_word() -> None:
    """ "takes place" and "putting out" claim nothing their other words do not: the documents may say
    "is held" and "output"; a word with a claim of its own ("retired") must still be theirs."""
    hall = ["Festivals › Choir: The Thistlecombe Choir Festival is held at Thistlecombe Town Hall."]
    question = "Where does the Thistlecombe Choir Festival take place?"
    assert grounded("The festival takes place at Thistlecombe Town Hall.", question, hall)
    panel = ["Log: Solar panel SP-2 cracked; noon output only 61 W."]
    assert grounded("SP-2 was only putting out 61 W.", "Which panel was only putting out 61 W?", panel)
    visit = ["Log: 2025-06-20 The regional bee inspector, Caradoc Venn, visited; no foulbrood found."]
    question = "Who was the bee inspector who came to Hollin Ridge?"
    assert grounded("The regional bee inspector, Caradoc Venn, came to Hollin Ridge.", question, visit)
    boat = ["The Grey Herring was built in 1951."]
    assert not grounded("The Grey Herring was retired in 1951.", "When was the Grey Herring retired?", boat)


def test_the_deed_a_yes_or_no_asks_is_claimed_in_any_form() -> None:
    """ "Does the library deliver …?" → "The library delivers to your household." claims a deed the
    documents never name, however the answer inflects it."""
    guide = ["Toy library › Volunteering: Give 10 hours a term and your household gets Band E free."]
    question = "Does the toy library deliver to your house?"
    assert not grounded("The library delivers to your household.", question, guide)
    lends = ["Toy library › Borrowing: The library delivers toys to members' homes on Fridays."]
    assert grounded("The library delivers toys to members' homes on Fridays.", question, lends)


def test_a_file_name_is_never_the_value_asked_for() -> None:
    row = ["parts.csv — part: LM-0505; name: Starboard navigation lamp; unit_price: 31.80"]
    assert not grounded("The part code is parts.csv.", "What is the starboard navigation lamp's code?", row)
    assert not grounded("Parts.csv has a unit price of 31.80.", "Which part costs 31.80?", row)
    assert grounded(
        "The lamp is listed in parts.csv as LM-0505.", "Which code in parts.csv is the lamp?", row
    )


@pytest.mark.parametrize(
    ("question", "answer", "answered"),
    [
        ("Who is the president of Serbia?", "The capital of Serbia is Belgrade.", False),  # no president
        ("What is the largest city in Serbia?", "The capital of Serbia is Belgrade.", False),
        ("When does the café at the Moss Lantern open?", "It opens at 07:30.", False),  # a café: not the inn
        ("What's the capital city of Serbia?", "The capital of Serbia is Belgrade.", True),  # a capital
        ("What is the colour of the door at the Moss Lantern?", "Its door is red.", True),  # a kind of value
        ("What's the name of the cook at the Moss Lantern?", "The cook is Søren Ådahl.", True),
        ("Who is the landlrod of the Moss Lantern?", "The landlord is Wystan Oddly.", True),  # a slip
        # a lead before the question word only sets the scene: its "state of the roads" is not asked
        ("In the state of the roads, who is the landlord of the Moss Lantern?", "It is Wystan Oddly.", True),
        # the person in a room is who is asked of, not what: the price is asked
        ("What does the person in a single room at the Moss Lantern pay?", "It costs 62 crowns.", True),
        # "at the end of December" says when, not what is asked; "the end of the ford" is asked
        ("How many rooms were open at the end of December?", "The Moss Lantern had 14 rooms.", True),
        ("How deep is the water at the end of the ford?", "It stands 9 metres from the ford.", False),
    ],
)
def test_nothing_is_answered_of_a_thing_when_the_documents_never_name_what_is_asked(
    question, answer, answered
) -> None:
    documents = [*DOCUMENTS, "The capital of Serbia is Belgrade."]
    assert asks_unsaid(question, documents) is not answered
    assert grounded(answer, question, documents)  # only what is asked tells these apart


MILLS = [
    "The guild runs three mills: the Alder Mill, the Brook Mill and the Cinder Mill. The oldest of"
    " them, the Brook Mill, was built in 1712 and grinds 40 sacks a day. The Alder Mill grinds 25"
    " sacks a day. It was rebuilt in 1868."
]


@pytest.mark.parametrize(
    ("question", "answer", "answered"),
    [
        ("How many sacks a day does the Cinder Mill grind?", "The Cinder Mill grinds 40 sacks a day.", False),
        ("When was the cinder mill built?", "It was built in 1712.", False),  # the Brook Mill's year
        ("How many sacks does the Alder Mill grind a day?", "The Alder Mill grinds 25 sacks a day.", True),
        ("When was the Alder Mill rebuilt?", "It was rebuilt in 1868.", True),  # said of "it"
        ("When was the Brook Mill built?", "The Brook Mill was built in 1712.", True),
        ("Which mill is the oldest?", "The Brook Mill is the oldest.", True),  # no mill asked about
    ],
)
def test_a_value_told_only_of_another_thing_listed_beside_the_asked_one_is_not_its(
    question, answer, answered
) -> None:
    assert grounded(answer, question, MILLS) is answered


def test_a_length_said_as_another_measure_than_the_documents_is_not_theirs() -> None:
    hall = ["Discoveries: they named it the Lantern Hall. It measures 74 metres long and 28 metres high."]
    assert not grounded("It is 28 metres wide.", "How wide is the Lantern Hall?", hall)  # its height
    assert grounded("The Lantern Hall is 28 metres tall.", "How tall is the Lantern Hall?", hall)
    assert grounded("It is 74 metres long.", "How long is the Lantern Hall?", hall)


def test_a_number_told_where_the_document_says_a_word_of_the_question_is_told_of_what_was_asked() -> None:
    """ "deadline" is a word the notice never uses, but the sentence that gives the date says the
    question's "consultation": the date is told of it; the Grey Herring's year sits in a sentence
    that shares only its name with the question, so "retired" is still refused."""
    notice = ["Zone T › Have your say: The consultation runs from 3 March to 14 April 2025."]
    question = "When's the deadline to respond to the Zone T parking consultation?"
    assert grounded("The deadline is 14 April 2025.", question, notice)
    assert not grounded("The deadline is 14 April 2025.", "When's the deadline for the survey?", notice)
    boat = ["The Grey Herring was built in 1951."]
    assert not grounded("The Grey Herring was retired in 1951.", "when was the grey herring retired", boat)


def test_a_name_told_where_the_document_says_two_words_of_the_question_is_told_of_what_was_asked() -> None:
    """ "gather" is a word the handbook never uses, but its sentence with the bus shelter says the
    question's "fire" and "alarm"; a name beside only one of the question's words ("first") is not
    told of what was asked."""
    handbook = ["Safety: If the fire alarm sounds, leave and meet at the Gorrin Street bus shelter."]
    question = "If the fire alarm goes off during a shift, where are we supposed to gather?"
    assert grounded("You gather at the Gorrin Street bus shelter.", question, handbook)
    staff = ["Saltreach Lido › Staff: Our pool manager is Clemency Quarrendon, here since 2019."]
    question = "Who is the deputy pool manager at Saltreach Lido?"  # another role than the one named
    assert not grounded("The deputy pool manager is Clemency Quarrendon.", question, staff)
    history = ["Beginnings: A railway was first put forward in 1881 by Edwina Corrick, a quarry owner."]
    question = "who was the first stationmaster at Kelthwaite?"
    assert not grounded("The first stationmaster was Edwina Corrick.", question, history)


def test_a_name_of_several_words_is_given_as_the_documents_write_it() -> None:
    """Every word of "Vellmoor Hall" is written, the name is not: the hall is St Auden's."""
    row = ["concert.csv — Piece: Salt Road; Notes: Spring concert, 19:30, St Auden's Hall, Vellmoor"]
    question = "where's the spring concert being held?"
    assert not grounded("The concert is held in the Vellmoor Hall.", question, row)
    assert grounded("It is held in St Auden's Hall, Vellmoor.", question, row)


def test_a_value_of_another_of_several_is_not_the_asked_ones() -> None:
    """The register gives the second warning letter's date: the first one's is not written; the
    first director's name is told where the document says "first"; a show's "2nd prize" is its second."""
    row = ["plots.xlsx — Plot No.: 17; Holder: Prakash Loewen; Notes: Second warning letter sent 12 Jul 2025"]
    question = "When was the first warning letter sent to the holder of plot 17?"
    assert not grounded("The holder of plot 17 was sent it on 12 Jul 2025.", question, row)
    assert grounded(
        "It was sent on 12 Jul 2025.", "When was the second warning letter sent for plot 17?", row
    )
    history = ["Linnea Corvane served as the first director until 1958."]
    assert grounded("She served until 1958.", "Until when did the first director serve?", history)
    prizes = ["show.xlsx — Class: V2; Class description: Heaviest onion; 1st prize: £5.00; 2nd prize: £3.00"]
    first = "What is the first prize for the heaviest onion?"
    assert not grounded("The 2nd prize is £3.00.", first, prizes)  # an ordinal in figures is one too
    assert grounded("The 1st prize is £5.00.", first, prizes)
    assert grounded("The first prize is £5.00.", first, prizes)  # "first" is said by "1st"


def test_a_table_columns_name_ties_its_value_to_the_question() -> None:
    """ "Library Ref:" is capitalized as a column name, not a name of the question's thing: its
    value is told of the question's "library reference"."""
    row = ["choir.csv — Piece: Sea-Fret Canticle; Library Ref: VCC-N-2025-01; Notes: new commission"]
    question = "What is the library reference for the Sea-Fret Canticle score?"
    assert grounded("The library reference of Sea-Fret Canticle is VCC-N-2025-01.", question, row)


def test_a_row_holding_the_questions_numbers_ties_its_person_to_them() -> None:
    """A reverse question gives a row's values and asks for its person: the row holds them all, in
    cells apart from the name, so the name is told of what was asked; a number the row lacks ties
    nothing."""
    row = [
        "sports.tsv — Event: Hurdles 60 m; Year group: Year 6; House: Hare; Winner: Wren Castellane; "
        "Result: 12.7 s; Points: 10"
    ]
    said = "Wren Castellane ran the 60m hurdles in 12.7 seconds."
    assert grounded(said, "Who ran the 60m hurdles in 12.7 seconds?", row)
    assert not grounded(said, "Who ran the 60m hurdles in 12.9 seconds?", row)
    assert not grounded(said, "Who ran the hurdles fastest?", row)  # no number given: no tie
    up = [
        "Railway › Up trains — Train: 2U19; Lindenfold dep.: 13:35; Pennock Bridge arr.: 14:15; Runs: Daily"
    ]
    question = "If I catch the 13:35 from Lindenfold, when do I get back to Pennock Bridge?"
    assert grounded("You get back to Pennock Bridge at 14:15.", question, up)  # the row's own arrival
    assert not grounded("You get back to Pennock Bridge at 14:15.", question.replace("13:35", "12:25"), up)
    fares = ["Railway › Fares: Senior (65 and over) return : £14.90", "Railway › Fares: Dogs : £2.00 per dog"]
    said = "The ticket that costs £14.90 is the Senior (65 and over) return ticket."
    assert grounded(said, "The ticket that costs £14.90 is which one?", fares)  # a list's item ties it
    assert not grounded(said, "The ticket that costs £2.00 is which one?", fares)


def test_a_place_in_an_order_the_documents_never_give_is_not_claimed() -> None:
    """A results table names winners: "who came second" is not answered by its winner, though the
    row holds the question's year; "second" as a span of time is no place."""
    row = ["sports.tsv — Event: Sack race; Year group: Year 3; Winner: Zuzanna Kowal; Result: 15.1 s"]
    question = "who came second in the year 3 sack race"
    assert not grounded("Zuzanna Kowal came second in the year 3 sack race.", question, row)
    assert grounded("Zuzanna Kowal won it.", "who won the year 3 sack race", row)
    assert grounded("It took 15.1 seconds.", "how many seconds did the sack race take, to a second", row)


def test_a_time_of_day_is_written_whole_in_the_documents() -> None:
    """A time made of numbers that stand apart (the 13 of 13 May, the 30 of a 2:30 piece) is no time
    the documents give; one they write, in either form, is."""
    row = ["choir.csv — Piece: Homeward; Duration: 2:30; Notes: Dress rehearsal 2025-05-13"]
    question = "what time does the dress rehearsal on 13 May start?"
    assert not grounded("The dress rehearsal on 13 May starts at 13:30.", question, row)
    assert grounded("Homeward lasts 2:30.", "how long is Homeward?", row)
    assert grounded("It opens at 09:30.", "when does it open?", ["It opens at 9:30 on weekdays."])


def test_a_value_given_for_the_questions_numbers_stands_where_they_do() -> None:
    """The sentence holding the question's number names another room: the answer's room is not the
    one; a name the sentence before gives, or the section's heading year, is. A number the answer
    gives stands in that sentence or one after it (a log's entry goes on after its date), not in one
    before (the 1801 census is not 1901's)."""
    rooms = [
        "Library › Room hire: The Tamsin Room seats 24 people or 16 around tables. It costs £18.50 an "
        "hour. The Reading Nook seats 8 people and costs £9.50 an hour."
    ]
    question = "Which room at the library seats 8 people?"
    assert not grounded("The Tamsin Room seats 8 people.", question, rooms)
    assert grounded("The Reading Nook seats 8 people.", question, rooms)
    ship = ["Fleet › Ferries: The Grey Heron is a ferry. It was built in 1931."]
    assert grounded("The Grey Heron was built in 1931.", "Which ship was built in 1931?", ship)
    prize = ["Chess Club › 2022: The 2022 event drew 34 players. The best junior prize went to Finley Okoye."]
    assert grounded("Finley Okoye got it.", "Who got the best junior prize in 2022?", prize)
    census = [
        "Town › Population: The census of 1801 counted 2,340 people. By 1901 the figure had grown to 9,870."
    ]
    question = "population of Vellbridge in 1901"
    assert not grounded("The population of Vellbridge in 1901 was 2,340.", question, census)
    assert grounded("The population of Vellbridge in 1901 was 9,870.", question, census)
    log = ["Log: 09 Jan 2023 - P-41; Bilge pump ran dry. Impeller replaced. Pump back in service at 14:20."]
    assert grounded("It was back at 14:20.", "What time was the P-41 pump back on 9 January?", log)  # after


def test_a_value_nearer_another_year_is_not_the_asked_years() -> None:
    """One sentence gives two years' values: the one beside the asked year answers, the other not;
    asked of the other year, the other one does."""
    finance = [
        "Council › Finance: The grass cutting contract was renewed for 2026 at £6,450 per year, "
        "compared with £6,120 in 2025. The precept is £27,500."
    ]
    question = "The grass cutting contract for 2026 costs how much a year?"
    assert not grounded("It costs £6,120 per year.", question, finance)
    assert grounded("It costs £6,450 per year.", question, finance)
    assert grounded("It cost £6,120.", "What did grass cutting cost in 2025?", finance)
    assert grounded("The precept is £27,500.", "What is the precept for 2026?", finance)  # no year beside it


def test_a_table_columns_unit_is_its_numbers_measure() -> None:
    """A row's bare number takes its column's unit: a germination percentage is no height, an area
    in km2 is one, a year saved no duration."""
    seeds = [
        "seeds.csv — accession_code: PSL-0389; variety: Kenidjan Giant; year_saved: 2025; "
        "germination_pct: 90; packets_available: 16"
    ]
    assert not grounded("Kenidjan Giant grows to 90 cm.", "how tall does Kenidjan Giant grow", seeds)
    assert grounded("Its germination rate is 90%.", "germination rate of Kenidjan Giant?", seeds)
    assert grounded("It was saved in 2025.", "When was Kenidjan Giant saved?", seeds)
    islands = ["islands.csv — island: Wester Pell; area_km2: 83.4; highest_point_m: 530"]
    assert grounded("The area of Wester Pell is 83.4 km2.", "What is the area of Wester Pell?", islands)
    assert not grounded("Wester Pell is 530 kg.", "How heavy is Wester Pell?", islands)


def test_an_answer_that_gainsays_the_question_is_refused() -> None:
    """The question's verb and preposition before a name, said with another name after them, is the
    question gainsaid; the same name, or one spelt nearly alike (a slip mended), passes."""
    mail = ["From Priya: The varroa treatment is ordered separately from Brenchley - Ossian wants to treat."]
    question = "Which varroa treatment product has the association ordered from Brenchley?"
    assert not grounded("The varroa treatment is ordered from Ossian.", question, mail)
    assert grounded("Apivar is ordered from Brenchley.", question, [*mail, "Stock: Apivar"])
    ferry = ["Ferries: The Skerran Star sails to Kilvaro every day."]
    assert grounded("The Skerran Star sails to Kilvaro.", "Which ferry sails to Kilvara?", ferry)


def test_a_journeys_departure_is_no_arrival() -> None:
    """A time the documents give only as a departure is not told as an arrival, nor one a
    timetable's "arr." column gives as a departure; a time told as its own end passes."""
    events = ["Railway › Events: Twilight Steam, 22 August: last departure from Pennock Bridge at 20:40."]
    question = "what time does the Twilight Steam get back to Pennock Bridge"
    assert not grounded("The Twilight Steam trains arrive at 20:40.", question, events)
    assert grounded("The last departure is at 20:40.", "When does the Twilight Steam leave?", events)
    timetable = ["Railway › Down trains — Train: 2T14; Pennock Bridge dep.: 10:05; Lindenfold arr.: 10:44"]
    assert grounded("It arrives at 10:44.", "When does 2T14 reach Lindenfold?", timetable)
    assert not grounded("It departs at 10:44.", "When does 2T14 leave Lindenfold?", timetable)
    # a line of a journey's legs, each its own end: the ferry's sailing is no arrival, the coach's is
    legs = [
        "Trip › Timings: Return Mon 18 May - depart Montverac 07:30, Calais-Dover sailing 15:20 (French"
        " time), arrive Hallamford approx 21:30"
    ]
    asked = "What time does the return ferry from Calais arrive in Dover on 18 May?"
    assert not grounded("The return ferry from Calais arrives in Dover at 15:20.", asked, legs)
    assert grounded(
        "The coach arrives in Hallamford at 21:30.", "When does the coach arrive in Hallamford?", legs
    )


def test_the_other_end_of_a_span_is_no_answer() -> None:
    """ "When did it close?" is not answered by when it opened, nor "when does it finish" by its start;
    a yes-or-no question may be answered by the other end ("Is it open on Mondays?" → "closed")."""
    school = ["The grammar school opened in 1618 and closed in 1911."]
    question = "When did the grammar school close?"
    assert not grounded("The grammar school opened in 1618.", question, school)
    assert grounded("The grammar school closed in 1911.", question, school)
    hall = ["The market hall is closed all day on Mondays and open 8:00-17:30 on other days."]
    assert grounded(
        "The market hall is closed all day on Mondays.", "Is the market hall open on Mondays?", hall
    )
    assert grounded("It is open until 17:30.", "When does the market hall close?", hall)  # "open" no end
    assert grounded("It closes at 17:30.", "Until what time is the market hall open?", hall)
    assert grounded("It closes at 17:30.", "how late is the market hall open on Tuesdays", hall)


def test_a_number_the_documents_write_only_as_a_count_or_a_reference_is_no_amount() -> None:
    """ "over 180 problems" gives no height of 180 feet, and a charity's number no count of its
    volunteers; the same numbers said as the documents say them pass."""
    wall = ["Pellow Rock: We have over 180 problems across four walls."]
    assert not grounded("The walls are over 180 feet high.", "how tall are the walls at pellow rock?", wall)
    assert grounded("There are over 180 problems.", "how many problems are there at pellow rock?", wall)
    charity = ["Ardwyn Food Share is a registered charity (charity no. 1093386) run by volunteers."]
    question = "How many volunteers does Ardwyn Food Share have?"
    assert not grounded("Ardwyn Food Share has 1093386 volunteers.", question, charity)
    assert grounded("Its charity number is 1093386.", "What is Ardwyn Food Share's charity number?", charity)
    minutes = ["Council › 25/104 Public participation: Mrs Otterburn asked for a Speed Indicator Device."]
    question = "How much would the council pay to buy a speed indicator device?"
    assert not grounded("The cost is £104.", question, minutes)  # an agenda item's number
    plan = ["Council › Planning — Reference: 25/01902/HOU; Site: 4 Mawdsley Row; Response: No objection"]
    assert grounded("The reference is 25/01902/HOU.", "planning reference for 4 Mawdsley Row?", plan)
    vets = ["Vets › Hours: Out of hours, call Nightpaws (tel 01632 480 999); they add a call-out surcharge."]
    question = "How much is the out-of-hours surcharge at Nightpaws?"
    assert not grounded("The out-of-hours call-out surcharge is £999.", question, vets)  # a phone's digits
    assert grounded("Call 01632 480 999.", "What number do I ring out of hours?", vets)
    hose = ["parts.csv — part_code: HS-21; description: hose assembly 3/8 inch x 2 m; unit_price_eur: 27.35"]
    assert grounded("The hose is 3/8 inch.", "How wide is the HS-21 hose?", hose)  # a fraction is a measure


def test_a_refusal_in_the_models_own_words_is_no_answer() -> None:
    """ "No, none of my documents answer that." declines, whatever yes or no it opens with; after an
    answer, a refusal adds nothing."""
    docs = ["Hall › Parking: There are 22 parking spaces in the hall car park."]
    question = "Can volunteers claim mileage?"
    assert list(checked(iter(["No, none of my documents answer that."]), question, docs)) == [NO_ANSWER]
    parking = ["There are 22 parking spaces.", "None of my documents answer that."]
    assert list(checked(iter(parking), "How many parking spaces are there?", docs)) == parking[:1]
    assert not abstaining("None of my documents answer that directly, but there are 22 spaces.")


def test_a_column_named_as_written_must_be_one_the_question_asks_of() -> None:
    """The model names the column it read: one the question says nothing of is not what was asked."""
    row = ["units.csv — unit_id: SB-0206; mo_rent_gbp: 66.00; ins_cvr_gbp: 2000; status: overdue"]
    outstanding = "How much money is outstanding on the overdue account for SB-0206?"
    assert not grounded("SB-0206 has an ins_cvr_gbp of 2000.", outstanding, row)
    assert grounded("SB-0206 has an ins_cvr_gbp of 2000.", "What insurance cover does SB-0206 have?", row)
    assert grounded("The mo_rent_gbp of SB-0206 is 66.00.", "What rent does SB-0206 pay?", row)


def test_a_range_is_grounded_only_where_the_documents_write_its_ends_together() -> None:
    """ "08:30-20:00" joins a delivery's time to the reception's closing time: no such range is written."""
    shop = [
        "Campsite › Reception and shop: Reception is open 08:00\u201320:00, and until 21:00 on Fridays. "
        "Fresh bread from Dunnock Farm is delivered daily at 08:30."
    ]
    asked = "what time does the Dunnock Farm shop close"
    assert not grounded("Dunnock Farm is open 08:30\u201320:00.", asked, shop)
    assert grounded("Reception is open 08:00 to 20:00.", "when is reception open", shop)
    log = ["Log: The fix for the crash was released on 2025-06-03 in issue 412."]
    assert grounded("It was released on 2025-06-03.", "when was the fix for the crash released?", log)


def test_what_a_question_asks_of_someone_by_a_possessive_must_be_named() -> None:
    """ "the Reverend Latch's wife" of a cast list that names no wife: no answer is about her."""
    cast = ["play.json › cast — role: The Reverend Latch; actor: Desmond Quayle; acts: 2"]
    assert asks_unsaid("Who plays the Reverend Latch's wife?", cast)
    assert not asks_unsaid("Who plays the Reverend Latch?", cast)
    assert not asks_unsaid("What's Desmond Quayle's role?", cast)  # "role" is written
    assert not asks_unsaid("What's planted in the Reverend Latch's role?", cast)  # "What's" is no owner


def test_inches_written_as_a_mark_are_a_length_the_question_may_set() -> None:
    """'24" wheels' are 24 inches: no answer for "12 inch wheels"."""
    bikes = ["hire.pdf › Prices — Code: QCH-K24; Bike: Kids' Bike, 24\" wheels; Half day: £10 / £13"]
    said = "The kids' bike with 24\" wheels costs £10 / £13."
    assert not grounded(said, "price of a kids bike with 12 inch wheels", bikes)
    assert grounded(said, "price of a kids bike with 24 inch wheels", bikes)


def test_a_spans_start_is_no_answer_for_its_end() -> None:
    """ "Tenancy start: 01/03/2017" tells when a tenancy began; "ends on 1 March 2017" swaps its ends."""
    plot = ["plots.xlsx — Plot: HR-14; Tenant: Kwabena Marsh; Tenancy start: 01/03/2017 (1 March 2017)"]
    assert not grounded("His tenancy ends on 1 March 2017.", "When does Kwabena Marsh's tenancy end?", plot)
    assert grounded("His tenancy started on 1 March 2017.", "When did Kwabena Marsh's tenancy start?", plot)


def test_an_amount_per_a_period_is_the_documents_for_that_period() -> None:
    """ "£60 per year, or £6 per month": £60 is no monthly fee; "per week" of a "Weekly" column claims
    nothing the row does not say; "13A" (a socket's amps) is no fee."""
    club = "Car Club › Membership: Membership costs £60 per year, or £6 per month if you prefer."
    monthly = "How much does membership cost per month?"
    assert not grounded("Membership costs £60 per month.", monthly, [club])
    assert grounded("Membership costs £6 per month.", monthly, [club])
    box = "Veg Boxes › Choose your box — Code: VB-S1; Box: Solo Box; Weekly: £11.40; Fortnightly: £12.20"
    assert grounded("The Solo Box costs £11.40 per week.", "What does the Solo Box cost per week?", [box])
    pitch = "market.tsv — pitch: P10; business: Cloud Nine Coffee; pwr: 13A; fee_gbp: 55"
    fees = "What are the pitch fees for Cloud Nine Coffee?"
    assert list(checked(iter(["P10 is 13A."]), fees, [pitch])) == [NO_ANSWER]
    assert list(checked(iter(["The fee is £55."]), fees, [pitch])) == ["The fee is £55."]


def test_a_yes_or_no_needs_documents_that_speak_of_what_is_asked() -> None:
    """ "Are the veg boxes certified organic?" is not answered "No" by a farm shop's address, which
    says nothing of organic either way; a document that does speak of it may answer."""
    question = "Are the Hollowmere veg boxes certified organic?"
    address = "Hollowmere Veg Boxes › Contact: Hollowmere Farm Shop; Lower Brackton Lane; Wenslow"
    assert list(checked(iter(["No, they are not."]), question, [address])) == [NO_ANSWER]
    said = "Hollowmere Veg Boxes › Growing: Our veg is grown without sprays but is not certified organic."
    assert list(checked(iter(["No, they are not."]), question, [said])) == ["No, they are not."]


def test_a_word_the_documents_write_short_is_spoken_of() -> None:
    """ "disposable barbecues" are the rule's "disposable BBQs"; "a couple of" them and bringing them
    "along" name nothing the rule must write."""
    rule = ["Street party › Food: The BBQ is the big gas one - gas only, no charcoal or disposable BBQs."]
    question = "Can we bring a couple of disposable barbecues along to the street party?"
    assert not asks_unsaid(question, rule)
    assert grounded("No, no disposable BBQs anywhere on the street.", question, rule)
    assert not grounded("No, no disposable BBQs.", "Can we bring a couple of disposable gazebos along?", rule)
    prices = ["Gym › Prices: Single membership £30 a month; family membership £55 a month."]
    assert not grounded("No.", "Do you do a couple membership at the gym?", prices)  # a couple, no number


def test_still_going_ahead_asks_nothing_the_documents_must_say() -> None:
    """ "Is the Spargo booking still going ahead?" asks whether it is on: a record that says it was
    cancelled answers it; "going ahead" and "still" name nothing the record must write."""
    record = "bookings.jsonl — ref: SVW-0415; status: cancelled; event_type: wedding; client.name: Spargo"
    said = "No, the Spargo wedding booking is cancelled."
    assert grounded(said, "Is the Spargo wedding booking still going ahead?", [record])
    assert not grounded(said, "Is the Spargo wedding booking insured?", [record])


def test_having_a_go_on_a_thing_asks_of_the_thing() -> None:
    """ "can my 14 year old have a go on the scratter?" asks of the scratter, which the rule names; a
    "go" is no thing of its own the documents must name."""
    rules = ["Co-op › Safety: Nobody under 16 may operate the scratter (the electric fruit mill)."]
    assert not asks_unsaid("my 14 year old really wants to have a go on the scratter, is that ok?", rules)
    assert asks_unsaid("can my 14 year old have a ride on the tractor?", rules)


def test_a_thing_of_four_words_asked_of_a_row_must_be_spoken_of() -> None:
    """ "the PIPA test tag number on the Pirate Cove Castle" asks what no word of the castle's row names
    (its code is no tag number); a document that speaks of test tags may answer it."""
    row = "hire.pdf › Inflatables — Code: IB-112; Unit: Pirate Cove Castle; Ages: 4-12; Price: £95"
    tags = "hire.pdf › About us: Every unit carries a current PIPA test tag; we show you the tag number."
    question = "What is the PIPA test tag number on the Pirate Cove Castle?"
    assert asks_unsaid(question, [row])
    assert not asks_unsaid(question, [row, tags])


def test_a_month_within_a_span_the_documents_give_is_spoken_of() -> None:
    """ "…in January?" is answered by a rule "between December and February", which says January; a
    month no span holds is still unread."""
    rule = ["Pond services › Winter: We do not carry out pond cleans between December and February."]
    said = "No, we don't carry out pond cleans between December and February."
    assert grounded(said, "can you come and clean out my pond in january?", rule)
    assert not grounded(said, "can you come and clean out my pond in june?", rule)


def test_a_number_given_only_for_other_weekdays_is_no_answer_for_the_day_asked() -> None:
    """ "Sunday hours?" is not answered by Monday to Saturday's times; Sunday's own are."""
    hours = (
        "Cattery › Arrival and collection: Cats may be brought in Monday to Saturday between 9:00 and 11:00 "
        "or between 15:00 and 17:00. On Sundays we are open for collections only, from 10:00 to 11:00."
    )
    question = "yarrowcombe cattery sunday hours"
    assert not grounded("Cats are brought in between 9:00 and 11:00.", question, [hours])
    assert grounded("On Sundays it is open from 10:00 to 11:00.", question, [hours])
    assert grounded("Cats are brought in between 9:00 and 11:00.", "cattery saturday hours", [hours])


def test_a_no_that_names_the_other_weekdays_tells_their_figure_not_the_days_asked() -> None:
    """ "Do I get the pensioner discount on a Thursday?" is answered by "No" and the days it holds on;
    a "No" that names no other day, or the day asked, still gives another day's figure as its own."""
    discounts = [
        "Garage › Discounts: Customers aged 60 and over get 10% off labour on Tuesdays and Wednesdays. "
        "Discounts are on labour only."
    ]
    question = "I'm 64 - if I come in on a Thursday do I get the pensioner discount?"
    assert grounded("No, you only get 10% off labour on Tuesdays and Wednesdays.", question, discounts)
    assert not grounded("No, you get 10% off labour.", question, discounts)
    assert not grounded("No, you get 10% off labour on Thursdays.", question, discounts)
    classes = ["Studio › Classes: Pilates is at 7pm on Thursdays and 6pm on Tuesdays."]
    said = "No, Pilates is at 6pm on Tuesdays."
    assert not grounded(said, "Is Thursday Pilates at 7pm?", classes)  # the day asked has its own time


def test_an_email_address_asked_is_answered_by_the_e_mail_written() -> None:
    """ "What email address …?" is answered by a guide's "Tower e-mail: tower@…", which says no
    "address"; a postal address it does not give is still unsaid."""
    guide = ["Guide › Who's who: Tower e-mail: tower@stbrannock.example · Hilary's mobile: 07700 900517"]
    question = "What email address do I use to contact the ringers?"
    assert grounded("Use the email address: tower@stbrannock.example.", question, guide)
    assert not grounded("The address is 07700 900517.", "What is the ringers' postal address?", guide)


def test_a_name_given_only_for_another_weekday_is_no_answer_for_the_day_asked() -> None:
    """ "Who drives on Fridays?" is not answered by the Wednesday driver; nor Saturday's hours by
    Tuesday's times written as "7pm"."""
    rota = ["Delivery round › Drivers: Des drives Wednesdays, Maggie Fulbright drives Fridays."]
    question = "who drives the friday pennock stores round"
    assert not grounded("Des drives Fridays.", question, rota)
    assert grounded("Maggie Fulbright drives Fridays.", question, rota)
    hours = [
        "Club › Rooms: The rooms are open on Tuesday evenings from 7pm to 10pm and on Saturdays from 10am."
    ]
    asked = "When is the club room open on a Saturday?"
    assert not grounded("The club rooms are open on Tuesday evenings from 7pm to 10pm.", asked, hours)
    assert grounded("The club rooms are open on Saturdays from 10am.", asked, hours)


def test_a_figure_spliced_after_another_figures_words_is_no_answer() -> None:
    """The model wrote the per-mile rate after the words that give the villages' flat charge."""
    travel = [
        "Locksmith › Call-out and travel: For jobs in Ashby Vell, Gorsley and Pindle Cross we add a travel "
        "charge of £15. For anywhere else within 20 miles of the shop we charge £1.20 per mile."
    ]
    question = "What travel charge does Tollerby add for Pindle Cross?"
    assert not grounded("It adds a travel charge of £1.20 per mile.", question, travel)
    assert grounded("It adds a travel charge of £15.", question, travel)
    assert grounded("It charges £1.20 per mile.", "What is the charge per mile further out?", travel)


def test_an_extra_charge_asks_a_charge_and_a_count_may_be_said_in_pairs() -> None:
    """ "Is there an extra charge for …" asks of a charge the documents give as "a travel charge";
    "5 pairs of scissors" of a row's "qty: 5" claims no "pairs"; "inspected" is said by ``Insp_by``."""
    travel = "Locksmith › Travel: For jobs in Gorsley we add a travel charge of £15."
    assert not asks_unsaid("I live in Gorsley - is there an extra charge for coming out to me?", [travel])
    assert asks_unsaid("I live in Gorsley - is there an extra parking permit for me?", [travel])
    job = [
        "log.json › jobs — received: 2026-01-13; customer.name: Curl Up Salon; items.1.type: scissors; "
        "items.1.qty: 5"
    ]
    question = "I'm checking the Curl Up Salon's drop-off - how many pairs of scissors were in it?"
    assert grounded("The Curl Up Salon received 5 pairs of scissors.", question, job)
    boat = ["boats.csv — Boat_id: SSK-K01; Insp_by: MK; Loc: Mooring M4"]
    assert grounded("She was inspected by MK.", "Who last inspected SSK-K01?", boat)
    assert not grounded("She was repainted by MK.", "Who last repainted SSK-K01?", boat)


def test_a_year_is_no_price() -> None:
    """ "for sale at 2011" gives the boat's build year as its asking price; a price the documents
    write, or a year beside one, stays."""
    boat = ["boats.csv — Boat_id: SSK-R03; Boat_nm: Shag; Yr_blt: 2011; Notes: for sale"]
    asked = "asking price for the sailing school's RIB Shag that's for sale"
    assert not grounded("The RIB of the boat SSK-R03 is for sale at 2011.", asked, boat)
    barn = ["Society › History: In 1975 the society bought Hask Barn for £2,300."]
    said = "In 1975 the society bought Hask Barn for £2,300."
    assert grounded(said, "what did the society pay for hask barn", barn)


def test_a_figure_given_within_a_bound_is_no_answer_beyond_it() -> None:
    """ "more than 20 miles" is not answered by the rate "within 20 miles"; "within" is."""
    travel = ["Locksmith › Travel: For anywhere else within 20 miles of the shop we charge £1.20 per mile."]
    assert not grounded(
        "It is £1.20 per mile.", "per mile charge for jobs more than 20 miles from the shop", travel
    )
    assert grounded("It is £1.20 per mile.", "per mile charge for jobs within 20 miles of the shop", travel)
    both = ["Travel: Within 20 miles we charge £1.20 per mile; over 20 miles, £1.20 per mile plus £10."]
    assert grounded("It is £1.20 per mile.", "per mile charge for jobs more than 20 miles away", both)


def test_a_tables_top_band_is_no_answer_beyond_it() -> None:
    """A row whose band closes at 9,000 litres prices no tank bigger than that; a band above it, or
    words that carry the table on past it, may."""
    top = "Tariff \u203a Tariff \u2014 Service: Septic tank, 4,501 to 9,000 litres; Price: \u00a3310.00"
    said, asked = "It costs \u00a3310.00.", "How much to empty a septic tank bigger than {} litres?"
    assert not grounded(said, asked.format("9,000"), [top])
    assert grounded(said, asked.format("5,000"), [top])
    assert grounded(said, asked.format("9,000"), [top + "; Larger tanks: same price per load"])
    assert grounded(said, asked.format("9000"), [top.replace("4,501 to 9,000", "over 9,000")])


def test_a_figure_for_members_is_no_answer_for_those_who_are_not() -> None:
    """ "if I'm not a member" is not answered by what members pay; a clause that says "non-members"
    may answer it."""
    permit = ["Swim Guide \u203a Parking: Members can buy an annual parking permit for \u00a318."]
    said = "The annual permit costs \u00a318."
    assert not grounded(said, "How much is the parking permit if I'm not a Dippers member?", permit)
    assert not grounded(said, "parking permit price for non-members", permit)
    assert grounded(said, "How much is the parking permit for members?", permit)
    both = [permit[0].replace("Members can", "Members and non-members can")]
    assert grounded(said, "parking permit price for non-members", both)


def test_money_back_is_a_refund() -> None:
    """ "get your money back" says what "refunds" says; of a text that says neither, it is unsaid."""
    weather = ["Centre \u203a Weather: If we cancel, we do not give cash refunds for weather cancellations."]
    said = "No, you cannot get your money back for weather cancellations."
    question = "if you call off my experience because of high winds do i get my money back"
    assert grounded(said, question, weather)
    assert not grounded(said, question, [weather[0].replace("we do not give cash refunds for", "see")])


def test_the_scene_set_before_a_yes_or_no_question_is_no_word_it_asks() -> None:
    """ "Something's come up … Can we get our money back?" asks of a refund only: neither the scene's
    words (the writer's "foraging walk") nor "can't"'s "t" must be the documents'."""
    policy = ["walks.json: cancellation: With fewer than 10 days' notice there is no refund."]
    question = (
        "Something's come up and we can't make our foraging walk - it's only 6 days away."
        " Can we get our money back?"
    )
    assert grounded("No, you can't get your money back.", question, policy)
    assert not asks_unsaid(question, policy)


def test_a_figure_for_adults_is_no_answer_for_a_child() -> None:
    """A price whose row is for adults does not answer what a child pays; one whose row says both,
    or no kind of person at all, may."""
    row = ["Falconry \u203a Visiting \u2014 Ticket: Annual pass (adult); Price: \u00a338.00"]
    said = "The annual pass costs \u00a338.00."
    assert not grounded(said, "How much is an annual pass for a child?", row)
    assert not grounded(said, "annual pass price for my kids", row)
    assert grounded(said, "How much is an adult annual pass?", row)
    assert grounded(
        said, "How much is an annual pass for a child?", [row[0].replace("(adult)", "(adult or child)")]
    )
    assert grounded(said, "How much is an annual pass for a child?", [row[0].replace(" (adult)", "")])


def test_the_time_a_message_was_sent_is_no_time_it_tells() -> None:
    """A time written only in a message's heading, when it was sent, is no closing time; written in
    its text too, it may be the answer."""
    quote = [
        "Job 312 \u203a From Ifor Castleton, Thu, 12 Mar 2026 16:42:10 +0000 \u203a Ifor Castleton: Workshop"
        " Manager, Penlowe Mower Care; Workshop: 01632 960 275"
    ]
    said = "The workshop closes at 16:42:10."
    assert not grounded(said, "What time does the workshop shut on weekdays?", quote)
    told = [quote[0] + ". The workshop closes at 16:42 on weekdays."]
    assert grounded("The workshop closes at 16:42.", "What time does the workshop shut on weekdays?", told)


def test_a_range_that_ends_where_it_starts_is_no_answer() -> None:
    burials = ["Burials \u203a Times: Burials take place on Saturdays between 10 am and 12 noon."]
    asked = "when are saturday burials"
    assert not grounded("Burials take place on Saturdays between 12 noon and 12 noon.", asked, burials)
    assert grounded("Burials take place on Saturdays between 10 am and 12 noon.", asked, burials)
    shop = ["Shop \u203a Hours: We're open from 8 till 8 every day."]
    assert grounded("It is open from 8 till 8.", "What are the shop's hours?", shop)  # twelve hours


def test_a_figure_given_for_another_name_after_the_asked_words_is_not_the_asked_ones() -> None:
    """ "A family ticket for the Family Lantern Trail costs £26" prices no family ticket for the
    Chandler's Lane Walk, which the documents name elsewhere."""
    walks = [
        "Walks \u203a Prices: A family ticket for the Family Lantern Trail costs \u00a326. The Chandler's"
        " Lane Walk is not for children under 8."
    ]
    said = "The Chandler's Lane Walk costs \u00a326."
    assert not grounded(said, "How much is a family ticket for the Chandler's Lane Walk?", walks)
    assert grounded("It costs \u00a326.", "How much is a family ticket for the Family Lantern Trail?", walks)


def test_a_number_written_beside_the_asked_name_is_their_phone_number() -> None:
    """ "Office: 01632 960215" on Sunita Hallam's line is her phone number, though the documents never
    say "phone"; a firm's number under its heading is no person's."""
    contacts = [
        "Lift Notice \u203a Who to contact \u203a Complaints: Sunita Hallam, Housing Officer, Harlbury"
        " Homes; Office: 01632 960215 (Mon-Thu 09:00-16:30)"
    ]
    said = "Her phone number is 01632 960215."
    assert grounded(said, "Can you give me the phone number for Sunita Hallam?", contacts)
    assert not grounded(said, "What is the phone number for Harlbury Lifts?", contacts)


def test_a_year_of_the_documents_dates_is_no_number_asked() -> None:
    """ "VAT registration number 2026" of a tariff dated 2026; a number written as no date's year
    may be the one asked."""
    tariff = ["Tree Care - 2026 Tariff › Terms: This tariff applies from 1 January 2026 to 31 December 2026."]
    asked = "What is Fennick Tree Care's VAT registration number?"
    assert not grounded("Fennick Tree Care has VAT registration number 2026.", asked, tariff)
    licence = ["Tree Care › Licence: Our waste carrier registration number is 2026, renewed in May 2025."]
    assert grounded(
        "The registration number is 2026.", "What is the waste carrier registration number?", licence
    )


def test_days_said_full_or_clear_are_a_time_not_a_count() -> None:
    """ "3 full working days" is how long a prescription takes, as "3 working days" is; "3 full
    sessions" still counts sessions."""
    surgery = [
        "Surgery › Repeat prescriptions: Please allow 3 full working days for a repeat prescription to be "
        "processed. Over Easter, please allow 5 working days."
    ]
    question = "how many days does the surgery need for a repeat prescription now"
    assert grounded("The procedure takes 3 working days.", question, surgery)
    sessions = ["Hall › Repeat prescription clinics: The surgery has booked 3 full sessions."]
    assert not grounded("The procedure takes 3 working days.", question, sessions)


def test_a_year_of_the_documents_heading_answers_only_a_date_asked() -> None:
    """ "Booking terms are 2026." of a florist's terms headed 2026 says nothing of what in the bouquets
    a cat owner should worry about; it is the year asked of the terms."""
    terms = [
        "Wedding Flowers: Booking Terms 2026 › 7. Pets: We remove the stamens from lilies as standard, but "
        "lilies are very poisonous to cats."
    ]
    worry = "We have two cats - is there anything in the bouquets we should worry about taking home?"
    assert not grounded("Booking terms are 2026.", worry, terms)
    assert grounded("Booking terms are 2026.", "What year are the florist's booking terms for?", terms)
    fixtures = ["Fixtures 2025 › Home games: Saturday 12 April v Ashby Vell."]
    assert grounded("These are the 2025 fixtures.", "Which season are these fixtures for?", fixtures)
    assert not grounded("There are 2025 home games.", "How many home games are there?", fixtures)


def test_a_doers_noun_says_its_verb() -> None:
    """ "the winning time" asks of a results row whose column is "Winner"; a word no form of which
    the row says is still unsaid."""
    row = "Gala › Winners — Event: Boys 50 m butterfly; Age: 13-14; Winner: Idris Calloway-Penn; Time: 29.85"
    assert not asks_unsaid("what was the winning time in the boys 50m butterfly 13-14", [row])
    assert asks_unsaid("what was the qualifying time in the boys 50m butterfly 13-14", [row])


def test_which_thing_has_a_given_figure_is_not_answered_with_another_figure_of_its_kind() -> None:
    """ "Which room has a 1:4 ratio?" is not answered by a room of 1:8; nor "Which charge is £7.50?"
    by one of £6.50; the thing of the given figure is."""
    rooms = [
        "Nursery › Rooms: Acorns - babies (ratio 1:3); Willows - toddlers (ratio 1:4); Oaks (ratio 1:8)."
    ]
    question = "Which room at the nursery has a 1:4 staff ratio?"
    assert not grounded("The Oaks room has a ratio of 1:8.", question, rooms)
    assert grounded("The Willows room has a ratio of 1:4.", question, rooms)
    assert grounded("Willows.", question, rooms)
    charges = ["Market › Charges: Ice per box £6.50; Waste disposal £7.50; Tank sampling £12.00."]
    assert not grounded("Ice costs £6.50 per box.", "Which charge is £7.50?", charges)
    assert grounded("Ice costs £6.50 per box.", "How much is ice at £6.50 or £7.50?", charges)


def test_the_least_asked_is_not_answered_by_the_most_allowed() -> None:
    """ "the shortest booking" is not "up to 8 weeks ahead", nor "the most people" a minimum; an
    answer that says the asked bound is kept."""
    terms = ["Car club › Booking: Book from 1 hour at a time, up to 8 weeks ahead; groups of at least 2."]
    assert not grounded("Booking up to 8 weeks ahead.", "What's the shortest booking I can make?", terms)
    assert grounded("The shortest booking is 1 hour.", "What's the shortest booking I can make?", terms)
    assert not grounded("Groups of at least 2.", "What is the maximum group size?", terms)


def test_a_measure_the_documents_write_only_as_another_kind_is_not_the_one_asked() -> None:
    """ "a 25 litre fish box" is not answered from "per 25 kg bag"; a document that writes 25 litres
    answers it."""
    question = "how much to hire a 25 litre fish box at the market"
    ice = ["Market › Charges — Service: Flake ice, bagged; Unit: per 25 kg bag; Price: £1.90"]
    boxes = ["Market › Charges — Service: Fish box hire; Unit: per 25 litre box; Price: £0.60"]
    assert not grounded("A 25 litre fish box costs £1.90.", question, ice)
    assert grounded("A 25 litre fish box costs £0.60.", question, boxes)


def test_a_figure_set_apart_for_the_questions_condition_is_the_one_asked() -> None:
    """ "My son is 12": "£15 a year (£9 for under-16s)" gives him £9, not £15; a condition no part
    holds, or a measure's range ("10-20kg"), leaves the answer alone."""
    rink = ["Rink › Rink Pass: The Rink Pass costs £15 a year (£9 for under-16s) and gives £1 off."]
    question = "My son is 12 - how much would a Rink Pass cost him?"
    assert not grounded("The Rink Pass costs £15 a year.", question, rink)
    assert grounded("The Rink Pass costs £9 a year.", question, rink)
    assert grounded("The Rink Pass costs £15 a year.", "I'm 40 - how much is a Rink Pass?", rink)
    groom = ["Grooming › De-shed: small dogs £28, or £36 for medium dogs (10-20kg)."]
    assert grounded("A medium dog costs £36.", "de-shed price for a medium dog (10-20kg)", groom)


def test_a_group_whose_span_misses_the_given_age_is_another_group() -> None:
    """ "I'm 12 - …" is not answered by what "juniors aged 14-17" need; the group that holds 12 is
    asked of, and a weekday's days are no span of numbers, nor is a house's number ("14 Corvell
    Road") an age or a count."""
    rules = [
        "Archery › Juniors: Juniors aged 14-17 need a signed consent form. Ages 10-13 need a parent on site."
    ]
    question = "I'm 12 - can my mum just drop me off at the course?"
    assert not grounded("Juniors aged 14-17 need a signed consent form.", question, rules)
    assert grounded("No, ages 10-13 need a parent on site.", question, rules)
    guests = ["House › Guests: Overnight guests can stay for up to 3 consecutive nights."]
    question = "My boyfriend wants to stay at 14 Corvell Road - how many nights in a row is he allowed?"
    assert grounded("He can stay for up to 3 consecutive nights.", question, guests)  # a house's 14
    assert not grounded(
        "Juniors aged 14-17 need a signed consent form.", "I'm 12 Can my mum drop me off?", rules
    )
    weekday = ["Locks › Offers: Over-65s get 10% off the labour of any job booked for a weekday."]
    assert grounded(
        "You get 10% off the labour of any job booked for a weekday.", "I'm 72 - any discount?", weekday
    )


def test_a_number_written_only_in_a_time_of_day_is_no_amount() -> None:
    """The "20" of a message's "17:20" is no price: "The Open class costs £20." is made up; a price
    written with pence ("£7.85") is no time."""
    message = [
        "Match › From Clement, Sat, 14 Feb 2026 at 17:20: Chainsaws are allowed for the Open class only."
    ]
    assert not grounded("The Open class costs £20.", "how much for the Open class?", message)
    teas = ["Teas — name: Silver Fern Green; price: 7.85"]
    assert grounded("The price of Silver Fern Green is £7.85.", "price of silver fern green?", teas)


MEMBERSHIP = [
    "Climbing Centre › Prices › Membership: Adult monthly membership: £48 per month; Junior monthly "
    "membership: £32 per month; Adult annual membership, paid up front: £480; Adult 10-visit card: £120, "
    "valid for 12 months from first use"
]


def test_a_value_of_another_labelled_item_is_not_the_one_asked() -> None:
    """On a line of labelled items, a price stands for its own label: £120 is the 10-visit card's, so
    it is no junior annual membership; each item's own value is told of it."""
    junior = "How much is a junior annual membership paid up front?"
    assert not grounded("A junior annual membership paid up front is £120.", junior, MEMBERSHIP)
    adult = "How much is an adult annual membership?"
    assert grounded("An adult annual membership paid up front is £480.", adult, MEMBERSHIP)
    assert grounded("A 10-visit card costs £120.", "How much is a ten-visit card?", MEMBERSHIP)
    assert grounded("Juniors pay £32 per month.", "what do juniors pay a month?", MEMBERSHIP)
    prices = ["Sweep › From Dai: Prices: Open fire: £55; Aga / range cooker: £80; Call-out: £10"]
    assert grounded("It charges £80.", "What does Sootworth charge to sweep an Aga?", prices)  # a name
    # the question names another item than the one whose price the answer gives, restating its label
    quote = [
        "Roof › From Dewi: Slipped slates, rear pitch: £420.00; Re-bed and re-point ridge (9 m): £585.00"
    ]
    reslate = "How much would they charge to re-slate the whole rear roof?"
    assert not grounded("Re-bed and re-point ridge at 9 m would cost £585.00.", reslate, quote)
    assert grounded("Re-pointing the ridge costs £585.00.", "How much to re-point the ridge?", quote)
    # an item's own words told with its figure tell its value, whatever its label ("Details")
    log = ["Call-outs › Incident 6: Location: Raven Scar; Details: Collie stuck on a ledge 15 m below rim"]
    where = "Where was the collie stuck?"
    assert grounded("She was stuck on a ledge about 15 m below the rim.", where, log)
    assert not grounded("She was stuck 15 m up a tree.", where, log)


def test_a_given_amount_said_of_a_thing_whose_row_gives_another_is_not_its() -> None:
    """ "Which item has a hire rate of £40?" is not answered by the mess shelter, whose row says
    £35.00; the generator's row says £40.00, the same amount."""
    rows = [
        "kit.xlsx › TENTS — Code: TS-110; Item: Mess shelter 6m x 3m; Hire Rate: £35.00; Deposit: £75",
        "kit.xlsx › POWER — Code: LP-405; Item: Petrol generator 2 kW; Hire Rate: £40.00; Deposit: £100",
    ]
    asked = "Which item in the kit store has a hire rate of £40?"
    assert not grounded("Item 6m x 3m has a hire rate of £40.", asked, rows)
    assert grounded("The petrol generator has a hire rate of £40.", asked, rows)


def test_a_price_the_tax_goes_on_is_no_amount_of_tax() -> None:
    """ "How much VAT was added?" is not answered by a price written "+ VAT"; the VAT itself, or the
    VAT rate asked for, is."""
    job = ["jobs.jsonl — job_ref: BX-507; part: door gasket; charge: £85.00 + VAT; vat: £17.00"]
    asked = "How much VAT was added to the door gasket job?"
    assert not grounded("The door gasket was charged at £85.00 + VAT.", asked, job)
    assert grounded("The VAT on the door gasket job was £17.00.", asked, job)
    assert grounded("The door gasket costs £85.00 + VAT.", "How much is the door gasket?", job)
    assert grounded("VAT of £17.00 was added to the £85.00 + VAT charge.", asked, job)
    hall = ["Hall › Hire: Room hire is £40 plus VAT."]
    assert grounded("Room hire is £40 plus VAT.", "What tax is added to the room hire?", hall)  # which tax
    services = ["Garage › Prices: The full service is £180 + VAT and the interim service £120 + VAT."]
    which = "Which services have VAT added?"
    assert grounded("The full service is £180 + VAT and the interim service £120 + VAT.", which, services)


def test_a_duty_the_documents_set_is_not_said_to_be_unneeded() -> None:
    """ "No gloves are required" of "Gloves are compulsory" drops the rule's sense; the rule said,
    or a "must" said of a "no", stands."""
    rules = [
        "Trails › Safety: Gloves are compulsory on the Giant Zip. Helmets are optional on the Tree Walk."
    ]
    gloves = "Do we need to bring our own gloves for the Giant Zip?"
    assert not grounded("No gloves are required for the Giant Zip.", gloves, rules)
    assert grounded("Gloves are compulsory on the Giant Zip.", gloves, rules)
    assert grounded(  # a duty with an exception, or of some ages, may not be the answer's case
        "No gloves are required on the junior course.",
        "Do I need gloves on the junior course?",
        ["Trails › Safety: Gloves are compulsory on all zip lines, except on the junior course."],
    )
    assert grounded(
        "No, adults do not have to wear helmets.",
        "Do I have to wear a helmet? I'm 30.",
        ["Track › Rules: Helmets must be worn by all riders under 16."],
    )
    green = ["Fete › Stalls: No vehicles on the green after 10:30am."]
    assert grounded(
        "All vehicles must be off the green by 10:30am.", "When must vehicles leave the green?", green
    )


def test_a_messages_sender_is_not_what_its_message_only_mentions() -> None:
    """The heading of an e-mail's chunk names its sender: "our stone supplier" in her message is not
    her, though she is who sent it."""
    message = [
        "Revised quote AD-Q-2611-B › From Bethan Ashlow, Thu, 19 Mar 2026 16:42: If you choose quartz,"
        " our stone supplier has to template the units once they are installed."
    ]
    asked = "What's the name of the stone supplier that templates the quartz worktops?"
    assert not grounded("The stone supplier is Bethan Ashlow.", asked, message)
    assert grounded("Bethan Ashlow.", "Who sent the message about the quartz worktops?", message)


def test_a_bound_the_documents_do_not_set_is_refused() -> None:
    """ "up to 4" where the changelog only says the default was 4 is a limit made up; one the
    documents set ("Up to six hens may be kept") is theirs."""
    changelog = ["Tool › Changelog: Changed: --jobs now defaults to the number of CPU cores instead of 4."]
    asked = "what's the maximum number you're allowed to pass to --jobs?"
    assert not grounded("You can pass up to 4 CPU cores.", asked, changelog)
    rules = ["Rules › Animals: Up to 6 hens may be kept on a full plot with Committee approval."]
    assert grounded("You can keep up to 6 hens.", "What's the maximum number of hens on a full plot?", rules)


def test_a_figure_of_a_clause_alike_but_for_another_name_is_refused() -> None:
    """ "£38" is Keeley's lesson, in a clause like Rhodri's but for his name: not Rhodri's price."""
    page = [
        "Golf Club › Booking: Lessons with Rhodri cost £45 for 30 minutes; lessons with Keeley cost £38"
        " for 30 minutes."
    ]
    assert not grounded("A lesson with Rhodri costs £38.", "How much is a lesson with Rhodri Vanstone?", page)
    assert grounded("A lesson with Keeley costs £38.", "How much is a lesson with Keeley Marrick?", page)
    assert grounded("A lesson with Rhodri costs £45.", "How much is a lesson with Rhodri Vanstone?", page)


def test_letters_in_capitals_the_documents_never_write_are_refused() -> None:
    record = ["Boiler Record › 2023 service: Engineer: Priya Hallworth (Pellaston). Train RX 420 ran."]
    asked = "What is Priya Hallworth's engineer registration number?"
    assert not grounded("Priya Hallworth is registered with the ITA.", asked, record)
    assert grounded("RX 420 ran.", "Which train ran?", record)  # a code's letters


def test_a_code_the_documents_never_write_is_refused_though_its_parts_are_written() -> None:
    """ "EP-C2" of a register's "EICR C2" and "EPC F": made up; "Q-4502" is written, "q4502" too."""
    row = [
        "register.csv \u2014 ref: HG-P015; notes: EICR C2: damaged socket. Quote Q-4502 (\u00a3640.00); EPC F"
    ]
    asked = "For the remedial work at Lower Farm Cottage, what is the quote number?"
    assert not grounded("The quote number is EP-C2.", asked, row)
    assert grounded("The quote number is Q-4502.", asked, row)
    assert grounded("It is Q4502 for HG-P015.", asked, row)
    assert grounded("It is HG-P010.", asked, ["register \u2014 ref: HG\u2013P010"])  # written with a dash
    assert grounded("It is HT-26-0219.", asked, ["bookings \u2014 ref: HT 26 0219"])  # or apart


def test_an_address_and_no_name_does_not_answer_who() -> None:
    page = [
        "Skips › Contact: Copperlea Skips, Unit 4, Gadwell Trading Estate. Our driver Tom Hale lives at"
        " 4 Mill Lane."
    ]
    asked = "what's the name of the copperlea driver who does deliveries round gadwell?"
    assert not grounded("The copperlea driver is Unit 4, Gadwell Trading Estate.", asked, page)
    assert grounded("The copperlea driver is Tom Hale.", asked, page)
    assert grounded("Tom Hale, of 4 Mill Lane, is the driver.", asked, page)


def test_a_telephone_number_is_no_answer_to_a_number_of_another_kind() -> None:
    row = (
        "cars.jsonl \u2014 booking_ref: WC-0455; client.name: Piran Angwin; client.phone: 07700 900521; "
        "vehicle.name: Bluebell; vehicle.model: 1958 Austin Princess"
    )
    asked = "What's the registration number of Bluebell, the Austin Princess?"
    assert not grounded("Bluebell is registered at 07700 900521.", asked, [row])
    assert grounded(
        "Piran Angwin's phone number is 07700 900521.", "What's Piran Angwin's phone number?", [row]
    )
    assert not grounded("Bluebell's is 07700 900521.", "What's the reg no. of Bluebell?", [row])
    asked = "My booking no longer works - what's Piran Angwin's phone number?"  # "no longer": no number
    assert grounded("Piran Angwin's phone number is 07700 900521.", asked, [row])


def test_because_of_is_no_relation_the_documents_must_name() -> None:
    terms = ["Van Hire › Who can drive: Drivers aged 21 or 22 pay a young driver surcharge of £15 per day."]
    assert not asks_unsaid("My daughter is 22. Is there an extra charge because of her age?", terms)
    assert asks_unsaid("Who is the insurer of the vans?", terms)  # a relation they never name


def test_a_number_in_words_from_the_question_is_no_claim_the_documents_must_word() -> None:
    fleet = ["minibuses.xlsx › Vehicles — Fleet code: WX-2; Name: Marigold; Seats: 12; Wheelchair spaces: 2"]
    asked = "Which of the minibuses has two wheelchair spaces?"
    assert grounded("The WX-2 has two wheelchair spaces.", asked, fleet)
    assert not grounded("The WX-2 has three wheelchair spaces.", asked, fleet)  # a number in words is checked
    offices = ["Guide › Plans — Plan: Private office (4 person); Price: £1,150 / month"]
    three = "How much is a three-person private office?"  # the documents write no 3
    assert not grounded("A three-person private office costs £1,150 / month.", three, offices)


def test_a_name_after_a_flat_and_a_figure_before_its_unit_are_read() -> None:
    flats = ["Flats › Rent: Flat 2 is let to Priya Hallworth, who pays the rent monthly."]
    assert grounded(
        "The tenant of Flat 2, Priya Hallworth, pays the rent.", "Who pays the rent for Flat 2?", flats
    )
    assert grounded(
        "Check-in opens at eleven.", "When does check-in open?", ["Hotel › Check-in opens at 11am daily."]
    )


def test_a_thing_said_to_be_itself_of_nothing_asked_is_refused() -> None:
    fete = [
        "Fete › About: plus the dog show at 2pm and the tug of war between the Plough Inn and the"
        " Cricket Club."
    ]
    war = "The tug of war between the Plough Inn and the Cricket Club is a tug of war."
    assert not grounded(war, "What classes are there in the fete dog show?", fete)
    assert grounded(
        "The capital of Kuwait is Kuwait.",
        "What is the capital of Kuwait?",
        ["The capital of Kuwait is Kuwait."],
    )


def test_a_rate_per_another_unit_than_asked_is_refused() -> None:
    skips = ["Skips › Code: MAXI-12; Max weight: 3 tonnes; 7-day hire: £395; Each extra week: £40"]
    assert not grounded("They charge £40 for each extra week.", "What do they charge per extra tonne?", skips)
    assert grounded("They charge £40 for each extra week.", "What do they charge per extra wk?", skips)


def test_another_thing_said_between_the_questions_words_is_not_the_one_asked() -> None:
    """ "A replacement caddy costs £4." does not price the replacement padlock asked about, which the
    documents write of something else; the caddy asked, or a thing the documents never write (the
    asker's own word for one), is left to the other checks."""
    guide = ["Guide › Fees: A replacement caddy costs £4. Padlock codes change on 1 April."]
    padlock = "How much does a replacement padlock cost?"
    assert not grounded("A replacement caddy costs £4.", padlock, guide)
    assert grounded("A replacement caddy costs £4.", "How much does a replacement caddy cost?", guide)
    kit = ["Kit: New club caps are £14. Playing shirts and sweaters are still the old design."]
    assert not grounded(
        "A Stannery Cross shirt costs £14.", "How much does a Stannery Cross club sweater cost?", kit
    )
    assert grounded("A Stannery Cross cap costs £14.", "How much does a Stannery Cross club hat cost?", kit)
    fees = [
        "Tennis club › Fees: Junior club membership £40; Adult club membership £90"
    ]  # "tennis": its heading
    assert grounded("A junior club membership is £40.", "How much is a junior tennis membership?", fees)
    times = ["Timing: A leasehold purchase typically takes 14 to 20 weeks. A remortgage is normally quicker."]
    leasehold = "how long does a leasehold purchase normally take?"  # "normally": how often, no thing
    assert grounded("A leasehold purchase usually takes 14 to 20 weeks.", leasehold, times)


def test_an_instruction_opening_with_the_questions_verb_names_nothing() -> None:
    """ "Pay … by Thursday 30 April." answers "the deadline for paying"; its opening "Pay" is the
    question's verb, no name the documents must write. A name the question does not say is still one."""
    subs = ["Cricket club › SUBSCRIPTIONS 2026: Subs are due by Thursday 30 April. After that a £10 fee."]
    deadline = "What's the deadline for paying the cricket subs before a late fee is added?"
    assert grounded("Pay the cricket subs by Thursday 30 April.", deadline, subs)
    assert not grounded("Payton collects the cricket subs by Thursday 30 April.", deadline, subs)


def test_due_back_is_said_by_a_promised_date() -> None:
    """A repair "due back" on a ticket's ``promised_date`` is what the row promises; a return date the
    row does not give is still refused."""
    ticket = ["repairs.csv — customer: Ellen Brough; item: Boots; promised_date: 2026-04-10"]
    asked = "when are Ellen Brough's boots due back from the cobblers?"
    assert grounded("Ellen Brough's boots are due back on 2026-04-10.", asked, ticket)
    assert not grounded("Ellen Brough's boots are due back on 2026-04-12.", asked, ticket)
    hall = ["Hall › Parking: Return the key to the office after use."]
    assert asks_unsaid("Is there parking at the back of the hall?", hall)  # "back" is no return
    collected = ["repairs.csv — customer: Ellen Brough; item: Boots; collected_date: 2026-04-10"]
    assert not grounded("Ellen Brough's boots are due back on 2026-04-10.", asked, collected)


def test_a_price_asked_of_a_thing_the_documents_never_name_is_not_asked_of_them() -> None:
    """ "the price of mince pies" is asked of nothing a farm's grotto prices name, nor "a trimix
    fill" of a dive centre's air fills; a grotto visit is,
    and so is "the fee for me" or "the cost for a two-year-old" (a person, an age: no thing)."""
    farm = ["Farm › Grotto: Grotto visits cost £9 per child, including a small gift."]
    assert asks_unsaid("What's the price of mince pies in the barn?", farm)
    assert asks_unsaid("what do they charge for rectangular trestle tables?", farm)
    assert not asks_unsaid("What's the price of a grotto visit in the barn?", farm)
    assert not asks_unsaid("What's the fee for me if I bring a child to the grotto?", farm)
    assert not asks_unsaid("What is the cost for a two-year-old at the grotto?", farm)
    rooms = ["Guest house — Room: Double; Price per night: £85"]
    assert not asks_unsaid("What is the cost of a standard double room?", rooms)  # a plain "standard"
    assert not asks_unsaid("What's the charge for my daughter at the grotto?", farm)  # for whom
    dive = ["Dive centre — Code: BT-21; Trip or service: Cylinder fill (air, 12 litre); Price: £7"]
    assert asks_unsaid("How much does the dive centre charge for a trimix fill?", dive)  # "trimix": unsaid
    assert not asks_unsaid("How much does the dive centre charge for an air fill?", dive)
    piano = [
        "Quotation › Services — Item: 4; Description: Upright piano: specialist handling; Price: £175.00"
    ]
    assert asks_unsaid("How much would they charge to move a grand piano for Mrs Oakshott?", piano)
    assert not asks_unsaid("How much would they charge to move an upright piano?", piano)
    curtains = [
        "Alterations \u2014 Code: G01; Item: Curtain shorten; Description: Per drop; Price: \u00a322.00"
    ]
    assert asks_unsaid("How much does Penhallow charge to shorten a wedding veil?", curtains)  # any verb
    assert not asks_unsaid("How much does Penhallow charge to shorten a curtain?", curtains)
    assert not asks_unsaid("How much does Penhallow charge to shorten a customer's curtain?", curtains)
    berths = ["port_treverrow_dues.csv — code: PT-M10; category: Pontoon berth; period: annual; fee: 1260.00"]
    assert not asks_unsaid("What are the annual fees for Port Treverrow moorings PT-M10?", berths)  # named


def test_when_another_thing_starts_is_no_time_of_the_thing_asked() -> None:
    """The auction's "starts at 4.30pm" tells nothing of when the dog show starts, which the documents
    never name; the auction's own start is told."""
    info = ["Show information — Item: Produce auction; Details: The auction starts at 4.30pm."]
    assert not grounded("The dog show starts at 4.30pm.", "What time does the dog show start?", info)
    assert grounded("The auction starts at 4.30pm.", "What time does the produce auction start?", info)
    ends = ["Show information — Item: Produce auction; Details: The auction ends at 6pm."]
    assert not grounded("The dog show ends at 6pm.", "What time does the dog show end?", ends)


def test_a_namesakes_figure_is_not_the_ones_asked() -> None:
    """An instruction in the question's verb ("Pay …") answers it; a year the documents give of the
    Harnley Brass Band, which shares a word with the Harnley Civic Society, tells nothing of when the
    society was founded."""
    subs = ["Club e-mail: Fees are due by Friday 3 July. Late payment adds £5."]
    assert grounded(
        "Pay the Orrin Vale fees by Friday 3 July.", "When is the deadline for paying Orrin Vale fees?", subs
    )
    band = ["Register — Name: Edith Moule; Why: founded the Harnley Brass Band in 1902"]
    asked = "When was the Harnley Civic Society founded?"
    assert not grounded("The Harnley Civic Society was founded in 1902.", asked, band)
    assert grounded(
        "The Harnley Brass Band was founded in 1902.", "When was the Harnley Brass Band founded?", band
    )
    own = ["Harnley Civic Society › History: The Society was founded in 1931 by Walter Pym."]
    assert grounded("The Harnley Civic Society was founded in 1931.", asked, own)


def test_a_quantity_of_a_thing_is_no_thing_of_its_own() -> None:
    """ "a pack of fibre paper" asks the paper's price; the documents need not say "pack"."""
    paper = ["Darkroom guide › Paper: 10 sheets of 8x10 inch fibre paper cost £16."]
    assert not asks_unsaid("price of a pack of fibre paper at the darkroom", paper)
    assert not asks_unsaid("price of a pack of paper at the darkroom", paper)
    assert asks_unsaid("price of a pack of film at the darkroom", paper)


def test_a_headings_year_ties_nothing_the_question_asks() -> None:
    """ "Members' Guide 2026" dates the guide, not when its chair was elected."""
    guide = ["Kiln Club — Members' Guide 2026 › Who's who: Chair: Odile Brant; Treasurer: Sam Vey"]
    asked = "When was Odile Brant elected chair of the kiln club?"
    assert not grounded("The chair of the kiln club was elected in 2026.", asked, guide)
    minutes = ["Kiln Club — Minutes › AGM: Odile Brant was elected chair at the AGM in 2024."]
    assert grounded("Odile Brant was elected chair in 2024.", asked, minutes)


def test_a_name_shortened_or_titled_is_no_namesake() -> None:
    """ "Mr Hartigan" is Oswin Hartigan, "the Stourbeck Trust" the Stourbeck Heritage Trust."""
    about = ["About us: Mr Hartigan began restoring clocks in 1998."]
    asked = "When did Oswin Hartigan start restoring clocks?"
    assert grounded("Oswin Hartigan started restoring clocks in 1998.", asked, about)
    trust = ["History: The Stourbeck Trust, as locals call it, was founded in 1879."]
    asked = "When was the Stourbeck Heritage Trust founded?"
    assert grounded("The Stourbeck Heritage Trust was founded in 1879.", asked, trust)


def test_a_bottle_is_priced_apart_from_a_glass() -> None:
    assert asks_unsaid("How much is a bottle of house wine?", ["Bar: House wine: £6 a glass."])


def test_a_headings_section_number_is_no_value_the_text_gives() -> None:
    section = (
        "Canopy Trails \u203a 4. Weather, cancellations and refunds: You can change the date of your "
        "booking once, free of charge, up to 48 hours before."
    )
    question = "How much does it cost to change a booking date a second time?"
    assert not grounded("It costs \u00a34.", question, [section])
    told = "You can change the date once, free of charge, up to 48 hours before."
    assert grounded(told, question, [section])
    assert grounded("4. Weather, cancellations and refunds.", "Which section covers refunds?", [section])


def test_a_sums_currency_is_the_documents() -> None:
    row = "Booking \u203a Summary \u2014 Rider: BALANCE DUE by Friday 10 July 2026; Price: \u00a3460.50"
    asked = "when is the balance due"
    assert list(checked(iter(["The balance of $460.50 is due by Friday 10 July 2026."]), asked, [row])) == [
        "The balance of \u00a3460.50 is due by Friday 10 July 2026."
    ]  # the reader's sign, mended to the one the documents write that sum with
    job = "jobs.jsonl \u2014 job_ref: BXA-26-0501; charges.callout: 49.00; charges.total: 119.60"
    assert list(checked(iter(["Mrs Farrant paid $49.00."]), "How much did she pay?", [job])) == [NO_ANSWER]


def test_a_time_asked_as_an_end_is_one_the_documents_give_as_an_end() -> None:
    nights = (
        "Planetarium \u203a Before you come: Telescope Nights run on Thursdays from 20:00, weather "
        "permitting; the decision is emailed by 16:00 on the day."
    )
    asked = "What time do the Thursday Telescope Nights finish?"
    assert not grounded("The decision is emailed by 16:00 on the day.", asked, [nights])
    hours = "Library \u203a Hours: Friday: 10:00 am - 5:30 pm; Saturday until 13:00."
    assert grounded("Friday: 10:00 am - 5:30 pm.", "What time does the library close on Fridays?", [hours])
    assert grounded("It closes at 13:00.", "When does the library close on Saturday?", [hours])


def test_a_currency_written_by_name_is_written() -> None:
    prices = "Zoo \u203a Prices: Adult: 25 euro; Child: 12 euro"
    assert list(
        checked(iter(["The adult ticket is \u20ac25."]), "How much is an adult ticket?", [prices])
    ) == ["The adult ticket is \u20ac25."]
    cafe = "Caf\u00e9 prices: tea 90p, coffee 1.20"
    assert list(checked(iter(["Coffee is \u00a31.20."]), "How much is coffee?", [cafe])) == [
        "Coffee is \u00a31.20."
    ]
    match = "Fixtures \u203a Saturday: Kick-off 15:00; the match should be over by 16:45."
    assert grounded("The match should be over by 16:45.", "What time does the match finish?", [match])


def test_a_documents_sentence_told_of_another_code_is_refused() -> None:
    """The 135M reader moves a sentence onto the code asked about: "CF-024 is the benchtop …
    centrifuge" where the log says it of CF-240, "S-44 is the Honey Barrow" where it is stall S-411.
    The code it is said of may say it; a person is left alone (documents say things of one by a
    pronoun, a first name or a heading as often as by name)."""
    kit = ["Lab \u203a Instruments: CF-240 is the benchtop centrifuge in room 2.11. CF-024 is the old spare."]
    assert not grounded("CF-024 is the benchtop centrifuge in room 2.11.", "What is CF-024?", kit)
    assert grounded("CF-240 is the benchtop centrifuge in room 2.11.", "What is CF-240?", kit)
    stalls = [
        "Market \u203a Stalls: Stall S-44 is Tamsin's Tea. Stall S-411 is the Honey Barrow, run by Reuben."
    ]
    assert not grounded("S-44 is the Honey Barrow.", "S-44 stall name", stalls)
    meals = [
        "Homestay \u203a Meals: Ines is 15. She does not eat meat but is happy with fish. Lukas does too."
    ]
    assert grounded("Ines does not eat meat but is happy with fish.", "does ines eat meat?", meals)
