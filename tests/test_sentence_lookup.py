"""When the model gives no answer, the one sentence of the first chunk that says what the question
asks about and gives the kind of value it asks for is quoted; any doubt leaves "I don't know"."""

from __future__ import annotations

import pytest

from chatbot.rag.sentence_lookup import conditioned, quoted, quoted_instead, reasoned, seasonal

MANUAL = (
    "Tidewell Bilge Alarm: User Manual › 4. Using the alarm: When water lifts the float, the panel "
    "sounds. Hold the TEST button for 3 seconds to test the sounder. Press MUTE to silence it for "
    "10 minutes. The alarm should be tested once a week."
)
FLEET = (
    "Harbour Company › Fleet › Northern Lantern: The Northern Lantern was the company's first "
    "steamship. She was built in 1891 at the Cobbeck yard and measured 42 metres from bow to stern. "
    "She was retired in 1934 and broken up two years later."
)


@pytest.mark.parametrize(
    ("question", "document", "sentence"),
    [
        ("How long do I hold the TEST button on the bilge alarm?", MANUAL, "Hold the TEST button for 3"),
        ("how long does pressing MUTE silence the alarm", MANUAL, "Press MUTE to silence it for 10"),
        ("When was the Northern Lantern retired?", FLEET, "She was retired in 1934"),
        (  # "We need …" goes on about the cakes of the sentence before
            "how much notice do you need for a birthday cake?",
            "Bakehouse › Cakes: We bake birthday and wedding cakes to order. We need at least 72 hours'"
            " notice, and a 50% deposit secures your date.",
            "We need at least 72 hours' notice",
        ),
        (  # "Up to six" states the maximum the question asks, not the plots of another sentence
            "What's the maximum number of hens I can keep on a full plot?",
            "Rules › Animals: Up to six hens may be kept on a full plot. Beehives may be kept only on"
            " plots 51 to 58.",
            "Up to six hens",
        ),
        ("How long was the Northern Lantern from bow to stern?", FLEET, "She was built in 1891"),
        (
            "Who issues the membership cards?",
            "Club › Membership: Membership cards are issued by our secretary, Lorcan Beattie. Renew in May.",
            "Membership cards are issued by",
        ),
        (  # "She" is the warden the sentence before names
            "Since what year has the warden worked at Wrenhallow?",
            "Handbook › Staff: The warden is Mara Telling. She has worked at Wrenhallow since 2009.",
            "She has worked at Wrenhallow since 2009.",
        ),
        (  # "which company" is answered by a name; "makes" is said by "made"
            "Which company makes Tidewell bilge alarms?",
            "Tidewell Bilge Alarm › About: Tidewell bilge alarms are made by Brightwater Supply.",
            "Tidewell bilge alarms are made by",
        ),
    ],
)
def test_the_one_sentence_that_answers_is_quoted(question, document, sentence):
    assert quoted(question, document).startswith(sentence)


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("When was the Sea Thistle retired?", FLEET),  # another ship: no sentence names it
        ("How many crew did the Northern Lantern have?", FLEET),  # another attribute
        ("Is the TEST button held for 3 seconds?", MANUAL),  # yes or no: the model reads it
        ("How often should I clean the float?", MANUAL),  # "clean" is said nowhere
        (  # the section's heading is what the section is about, not what its sentence says
            "How many staff work at Wrenhallow Marsh?",
            "Handbook › Staff: The warden is Mara Telling. She has worked at Wrenhallow Marsh since 2009.",
        ),
        (  # built in 1904 is when, not who
            "Who built the Saltmill Lass?",
            "Railway › Rolling stock: The locomotive Saltmill Lass, built in 1904, is kept at Quenby Cross.",
        ),
        (  # a time spent in the pool is not the pool's length
            "How long is the plunge pool?",
            "Spa › Pools: Swimmers in the plunge pool should stay in for no more than 3 minutes.",
        ),
        (  # a value not known yet
            "On what date is the 2024 AGM of the society?",
            "Society › Meetings: Next AGM of the society: November 2024, date to be confirmed.",
        ),
        (  # the heading's date or the sentence's?
            "When did Oskar fix a toaster for Mr Quill?",
            "Repair café › 5 April: Oskar fixed a toaster for Mr Quill, the same fault as in January.",
        ),
        (  # a timeline is a list, not one statement
            "Who was harbour master after Tobias Fenwright retired?",
            "History › Timeline: 1887: founded by Edda Marrow; 1903: Tobias Fenwright retires as harbour "
            "master; 1919: Ottilie Marrow takes control.",
        ),
        ("How long is the TEST button held?", "islands.csv — island: Kilvara; area_km2: 38.2"),  # a row
        (  # a length and a height, no width
            "How wide is the Lantern Hall?",
            "Guide › Lantern Hall: The hall is the largest. It measures 74 metres long and 28 metres high.",
        ),
        (  # "His" is no one the sentence before names, and nine children measure nothing
            "How tall is the lighthouse at Polgrain Head?",
            "Polgrain Head › Keepers: Obadiah kept the lighthouse. His wife raised nine children there.",
        ),
        (  # "IT" is no pronoun: its extension is not the one of the sentence before
            "Whose extension is 214?",
            "Staff › Contacts: HR: Ngozi Hale, extension 215. IT helpdesk: extension 230.",
        ),
    ],
)
def test_any_doubt_leaves_it_unanswered(question, document):
    assert quoted(question, document) is None


def test_two_sentences_that_would_answer_leave_it_unanswered():
    twice = "Club › Fees: The adult fee is £40 a year. The adult fee for a family is £60 a year."
    assert quoted("How much is the adult fee?", twice) is None


def test_a_scene_set_before_the_question_is_no_word_the_answer_must_say():
    """ "If the board goes ahead with the new mats, …": who asks and why; "how long is" a lead time
    asks a span of time, not a length. The scene's names are still asked about."""
    review = (
        "Review › Matting: The Cave matting went in back in 2016. "
        "Fallbreak Surfaces Ltd quoted £18,640 including fitting, with a lead time of nine weeks from order."
    )
    quote = (
        "Fallbreak Surfaces Ltd quoted £18,640 including fitting, with a lead time of nine weeks from order."
    )
    assert (
        quoted("If the board goes ahead with the new mats, how long is Fallbreak's lead time?", review)
        == quote
    )
    assert quoted("If Harlow goes ahead, how long is Fallbreak's lead time?", review) is None
    assert quoted("How long is the Cave matting?", review) is None
    backups = "IT FAQ › Backups: The file server is backed up every night and backups are kept for 35 days."
    said = "The file server is backed up every night and backups are kept for 35 days."
    assert quoted("How long are the file server backups kept for?", backups) == said  # how long held


def test_how_long_a_journey_is_asks_the_time_it_takes() -> None:
    """ "How long is the crossing?" is answered by "the 35-minute crossing"; a thing with no time of
    its own ("the slipway") is still asked its length."""
    ferry = (
        "Ferry › About: The MV Ailsa Wren carries 96 passengers on the 35-minute crossing between "
        "Portnacree slipway and Corrabeg pier."
    )
    quote = ferry.split(": ", 1)[1]
    assert quoted("how long is the crossing from portnacree to corrabeg", ferry) == quote
    assert quoted("how long is the portnacree slipway", ferry) is None


def test_a_sentence_going_on_about_what_the_chunk_names_is_quoted() -> None:
    """ "Entries close on 20 June." speaks of the meet the chunk's sentence before names; a sentence
    naming another meet, or saying nothing the question asks but a date, is not quoted for it."""
    gala = (
        "Results › Next gala: The Summer Sprint Meet will be held on Saturday 12 July 2025. "
        "Entries close on 20 June 2025. The entry fee is £4.50 per event."
    )
    asked = "I want to enter my daughter in the Summer Sprint Meet - when's the closing date for entries?"
    assert quoted(asked, gala) == "Entries close on 20 June 2025."
    assert quoted("When do entries close for the Winter Gala?", gala) is None
    other = (
        "Galas › Next: The Summer Sprint Meet is on 12 July. Entries for the Autumn Cup close on 3 September."
    )
    assert quoted("When do entries close for the Summer Sprint Meet?", other) is None
    cave = "Caves › Survey: The Lantern Hall was found in 1962. Their find extended the system to 6.3 km."
    assert quoted("How wide is the Lantern Hall?", cave) is None


def test_who_did_it_is_the_name_a_relative_clause_follows() -> None:
    """ "… by Bridgewell Dental Plans Ltd, who will collect your payments" says who collects them."""
    plan = (
        "Practice › Care Plan: Plans run for 12 months. The plan is administered by Bridgewell Dental "
        "Plans Ltd, who will collect your monthly payments by direct debit."
    )
    assert (
        quoted("Who collects the payments for the Care Plan?", plan)
        == plan.split(": ", 1)[1].split(". ", 1)[1]
    )
    assert (
        quoted("Who collects the payments?", "Shop › Post: Amy, who collects the post, lives here.") is None
    )


def test_a_file_names_words_parted_by_underscores_are_its_title() -> None:
    """ "hollinsgate_allotments_2025.xlsx" says "allotments": a note under it that says the rest is quoted."""
    note = (
        "hollinsgate_allotments_2025.xlsx › Plots › Plot Register 2025: Rent is charged at £0.25 per "
        "square metre per year and is due on 1 March. Tenants aged 65 or over pay half."
    )
    assert quoted("when is allotment rent due", note) == (
        "Rent is charged at £0.25 per square metre per year and is due on 1 March."
    )
    assert quoted("when is garage rent due", note) is None  # no garage is written


def test_a_section_of_one_sentence_is_what_its_heading_says() -> None:
    """Minutes' "DATE OF NEXT MEETING: Tuesday 2 June 2026 at 19:30, The Reading Room." answer when
    the next meeting is; a section of more sentences leaves its heading's words to the sentences."""
    minutes = "FLOOD GROUP \u203a DATE OF NEXT MEETING: Tuesday 2 June 2026 at 19:30, The Reading Room."
    assert quoted("when is the next flood group meeting", minutes) == (
        "Tuesday 2 June 2026 at 19:30, The Reading Room."
    )
    assert quoted("when is the next committee walk", minutes) is None
    longer = minutes.replace("Room.", "Room. Apologies to the clerk by 1 June.")
    assert quoted("when is the next flood group meeting", longer) is None


def test_the_words_asking_a_price_and_who_asks_need_not_be_said() -> None:
    """ "What did they pay for …?" is answered by the sentence giving the price ("bought … for
    £2,300"), "Please tell me …" by the one that says the rest; a price is still a price."""
    history = (
        "Tarrow Cave Club › Huts: In 1981 the club bought Fennick Barn, a stone barn above the village, "
        "for £3,150. Since 1994 the hut has been run by the Fennick Trust, which bought the cottages."
    )
    assert quoted("what did the club pay for fennick barn", history) == (
        "In 1981 the club bought Fennick Barn, a stone barn above the village, for £3,150."
    )
    assert quoted("How much did the trust pay for the cottages?", history) is None  # only "1994"
    card = "Orley Library › Cards: A replacement card costs £1.80. Cards are free for under-16s."
    assert quoted("Please tell me what a replacement card costs", card) == ("A replacement card costs £1.80.")


def test_how_long_a_thing_is_valid_is_a_span_of_time() -> None:
    terms = (
        "Tree Care › Terms: 1. Quotations. Every quotation is given in writing after a free site visit and "
        "is valid for 60 days from the date on it. Quotations are for the work described only."
    )
    assert quoted("How long is a written quote from Tree Care valid?", terms) == (
        "Every quotation is given in writing after a free site visit and is valid for 60 days from the "
        "date on it."
    )


def test_the_answering_sentence_replaces_a_figure_read_from_another() -> None:
    """The model read the lost fob's price for the deposit; an answer whose figure the answering
    sentence gives, or one without a figure, stays."""
    rooms = (
        "Society › Club rooms: Key holders pay a refundable deposit of £20 for the key and the alarm fob. "
        "A lost fob costs £12 to replace."
    )
    question = "The deposit for a key and alarm fob is how much?"
    assert quoted_instead("A lost fob costs £12 to replace.", question, rooms).startswith("Key holders pay")
    assert quoted_instead("The deposit is £20.", question, rooms) == "The deposit is £20."
    assert quoted_instead("It is refundable.", question, rooms) == "It is refundable."
    # a name as a figure; not a sentence opening with a pronoun, whose subject the answer may say
    mayors = (
        "Town › Mayors: Clement Obuya was mayor in 1931. Florence Dacre-Willis, the first woman to hold "
        "the office, was mayor from 1946 until 1953."
    )
    first = "Who was the first woman mayor of the town?"
    assert quoted_instead("Clement Obuya was the first woman to hold the office.", first, mayors).startswith(
        "Florence Dacre-Willis"
    )
    club = "Club › History: Wenna Charlock joined in 1950. She became the first secretary in 1952."
    said = "Wenna Charlock became the first secretary."
    assert quoted_instead(said, "who was the club's first secretary", club) == said
    # a year is no figure the quote gives of what is asked, unless a date is
    notes = "Wind Farm › Notes: The Service Notes of 2024 cover the turbines of Kestle Wind Farm."
    assert quoted_instead("There are 21 turbines.", "How many turbines are there at Kestle?", notes) == (
        "There are 21 turbines."
    )


def test_a_light_verb_says_how_it_is_asked() -> None:
    """ "get" need not be said; "held" must."""
    club = "Camera Club › Spring Open: We had 87 entries from 29 members, which is a record."
    assert quoted("How many entries did the Spring Open get this year?", club) == (
        "We had 87 entries from 29 members, which is a record."
    )
    supper = "Recipes › Leek soup: This thick soup is served at the harvest supper every year."
    assert quoted("where is the harvest supper held", supper) is None


_PASS = (
    "Drummock Wheels Roller Rink › Prices › Rink Pass: The Rink Pass costs £15 a year (£9 for under-16s)"
    " and gives £1 off every public session. Passes are personal."
)
_TICKETS = (
    "Ostley Observatory › Visitors: Public visitor nights run on Fridays from 19:30."
    " Tickets cost £9 for adults and £5 for under-16s and must be booked in advance."
)


@pytest.mark.parametrize(
    ("question", "document", "told"),
    [
        (
            "My son is 12 - how much would a Rink Pass cost him?",
            _PASS,
            "The Rink Pass costs £9 for under-16s.",
        ),
        (
            "My son is 12. What does his visitor night ticket cost?",
            _TICKETS,
            "Tickets cost £5 for under-16s.",
        ),
        (
            "I am 70 - what is the swim fee?",
            "Pool › Prices: A swim costs £5, or £3 for those aged 65 and over.",
            "A swim costs £3 for those aged 65 and over.",
        ),
        (
            "My daughter is 9, how much is a lesson?",
            "Pool › Lessons: Lessons cost £12 for adults; children aged 5 to 15 pay £8.",
            "Children aged 5 to 15 pay £8.",
        ),
        (  # a bound's own number it holds
            "I am 12 - how much is a swim?",
            "Pool › Prices: A swim costs £6, or £4 for those aged 12 and over.",
            "A swim costs £4 for those aged 12 and over.",
        ),
        (  # a span's "and" parts no prices
            "My son is 7 - how much is a lesson?",
            "Pool › Lessons: Lessons for children aged between 5 and 11 cost £4, adults £8.",
            "Lessons for children aged between 5 and 11 cost £4.",
        ),
        (  # led by the first priced part's words, not the sentence's opening
            "My son is 12. What does his ticket cost?",
            "Zoo › Visits: Open daily, tickets cost £9 for adults and £5 for under-16s.",
            "Tickets cost £5 for under-16s.",
        ),
    ],
)
def test_the_price_whose_bound_holds_the_age_given_is_told(question, document, told) -> None:
    assert conditioned(question, document) == told


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("My son is 12. What does his telescope course cost?", _TICKETS),  # no course in the chunk
        ("My son is 19. What does his visitor night ticket cost?", _TICKETS),  # no price's bound holds 19
        ("How much would a Rink Pass cost?", _PASS),  # no age given
        ("My son is 12 - when does the Rink Pass run out?", _PASS),  # no price asked
        (
            "My son is 12 - how much is a Rink Pass?",
            "Rink › Rink Pass: The Rink Pass costs £9 for under-16s.",
        ),
    ],
)
def test_without_one_price_bound_to_the_age_given_nothing_is_told(question, document) -> None:
    assert conditioned(question, document) is None


def test_leaving_is_departing() -> None:
    """A coach that "will now depart … at 05:15" answers when it leaves."""
    notice = (
        "Twinning trip › Change to timings: The coach will now depart Hallamford Leisure Centre at 05:15."
        " Please be there 15 minutes early."
    )
    told = "The coach will now depart Hallamford Leisure Centre at 05:15."
    assert quoted("What time does the coach now leave Hallamford for the twinning trip?", notice) == told


TWILIGHT = (
    "Golf Club › Green fees: Twilight times: from 1 April to 30 September twilight tickets are valid"
    " for tee times after 4pm; from 1 October to 31 March they are valid after 1pm. Twilight tickets"
    " are not sold on competition days."
)


def test_the_part_of_a_sentence_for_the_month_asked_answers() -> None:
    """Asked of October, the part whose months hold it answers, in place of the summer's time the model
    read; a question naming no month, or a sentence of one span, has no such part."""
    question = "golf club twilight tickets in october - from what time"
    assert seasonal(question, TWILIGHT) == "From 1 October to 31 March they are valid after 1pm."
    assert quoted_instead("Twilight tickets are valid after 4pm.", question, TWILIGHT).endswith("after 1pm.")
    assert seasonal("golf club twilight tickets - from what time", TWILIGHT) is None
    one_span = TWILIGHT.replace("; from 1 October to 31 March they are valid after 1pm", "")
    assert seasonal(question, one_span) is None


def test_a_why_is_answered_by_the_sentence_that_gives_the_reason() -> None:
    """Asked why, the model said again what the question asks of; the chunk's sentence that says it
    and why answers. An answer with a reason of its own, or another claim, is left as it is."""
    quote = (
        "Quote › From Bethan Ashlow: With the oak worktop the total is £12,031.00. Please note the"
        " undermount sink cannot be used with the oak worktop, because of the risk of water damage."
    )
    asked = "Why can't the undermount sink be used with the oak worktop?"
    restated = "The undermount sink cannot be used with the oak worktop."
    assert quoted_instead(restated, asked, quote).endswith("because of the risk of water damage.")
    assert reasoned("It is because of water damage.", asked, quote) is None
    assert reasoned("The oak worktop costs £12,031.00.", asked, quote) is None
    assert reasoned(restated, "Can the undermount sink be used with the oak worktop?", quote) is None


def test_the_part_of_a_weeks_times_for_the_weekday_asked() -> None:
    """Of opening times listed day by day, the one part of the day asked."""
    times = (
        "Pottery studio — Opening times: The studio opens three days a week: Monday 18:00-21:00 "
        "(evening class); Wednesday 18:00-21:00 (open studio); Saturday 09:30-16:00 (open studio)"
    )
    asked = "I'm going to the pottery studio on Saturday - what time does it open?"
    assert seasonal(asked, times) == "Saturday 09:30-16:00 (open studio)."
    assert seasonal("I'm going to the pottery studio on Friday - what time does it open?", times) is None


def test_the_part_of_a_rows_cell_for_the_season_asked() -> None:
    """A season asked is its months: "the summer day rate" is the part of a row's notes for May-Sep;
    spring, part in each span, is neither."""
    hut = (
        "huts.tsv \N{EM DASH} hut_code: SBH-C06; location: Cliff Path; licence_type: Council day let; "
        "notes: \u00a322 per day May\N{EN DASH}Sep; \u00a312 per day Oct\N{EN DASH}Apr"
    )
    summer = "What's the summer day rate for the council's day-let hut on the Cliff Path?"
    assert seasonal(summer, hut) == "\u00a322 per day May\N{EN DASH}Sep."
    assert seasonal("winter day rate for the day-let hut on the Cliff Path?", hut) == (
        "\u00a312 per day Oct\N{EN DASH}Apr."
    )
    assert seasonal("spring day rate for the day-let hut on the Cliff Path?", hut) is None
