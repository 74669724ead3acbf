"""Questions about several entities are split into one question per entity; the parts' answers join."""

from __future__ import annotations

import pytest

from chatbot.rag.answer import NO_ANSWER
from chatbot.rag.chain import joined
from chatbot.rag.decompose import split
from vectorstore.spelling import Vocabulary


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        # each part asks of one: "the capitals of A and B" → "the capital of A", "… of B"
        (
            "What are the capitals of Peru and Chile?",
            ["What is the capital of Peru?", "What is the capital of Chile?"],
        ),
        (
            "what are the capitals of peru and chile",
            ["what is the capital of peru", "what is the capital of chile"],
        ),
        (
            "What were the addresses of Peru and Chile?",
            ["What was the address of Peru?", "What was the address of Chile?"],
        ),
        ("status of KX-2041 and KX-2047", ["status of KX-2041", "status of KX-2047"]),
        (
            "How many passengers could the Northern Lantern and the Grey Heron carry?",
            [
                "How many passengers could the Northern Lantern carry?",
                "How many passengers could the Grey Heron carry?",
            ],
        ),
        ("Who supplies KX-2041 and KX-2047?", ["Who supplies KX-2041?", "Who supplies KX-2047?"]),
        (
            "capitals of Veloria, Ostrand and Norvenia?",
            ["capital of Veloria?", "capital of Ostrand?", "capital of Norvenia?"],
        ),
        ("Who owns KX-2041 and KX-2047?", ["Who owns KX-2041?", "Who owns KX-2047?"]),
        ("Kilvaro's and Tessel's populations?", ["Kilvaro's populations?", "Tessel's populations?"]),
        (  # one noun, each time with its number
            "what are the entry fees for grade 1 and grade 8",
            ["what are the entry fees for grade 1", "what are the entry fees for grade 8"],
        ),
    ],
)
def test_a_list_of_names_becomes_one_question_per_name(question: str, parts: list[str]) -> None:
    assert [q for q, _ in split(question, names={"peru", "chile"})] == parts


@pytest.mark.parametrize(
    "question",
    [
        "What is the capital of France?",
        "What is the distance between Harrowby and Marrow Point?",  # one question about two places
        "Which is older, the Northern Lantern or the Grey Heron?",
        "what do bread and butter cost",  # not names
        "capital of Bosnia and Herzegovina?",  # the documents name it as one
    ],
)
def test_a_question_about_one_thing_stays_whole(question: str) -> None:
    known = {"bosnia and herzegovina"}
    assert split(question, known=lambda phrase: phrase.casefold() in known) == [(question, None)]


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Who is the warden at Wrenhallow Marsh, and who directs the Corvane Observatory?",
            [
                ("Who is the warden at Wrenhallow Marsh?", "Wrenhallow Marsh"),
                ("Who directs the Corvane Observatory?", "the Corvane Observatory"),
            ],
        ),
        (
            "what's the capital of tamsland and what's the capital of greater tamsland",
            [
                ("what's the capital of tamsland?", "tamsland"),
                ("what's the capital of greater tamsland?", "greater tamsland"),
            ],
        ),
        (  # a joined question that lists names splits further
            "What are the capitals of Peru and Chile, and when was KX-2041 fitted?",
            [
                ("What is the capital of Peru?", "Peru"),
                ("What is the capital of Chile?", "Chile"),
                ("When was KX-2041 fitted?", "KX-2041"),
            ],
        ),
    ],
)
def test_questions_joined_by_and_become_one_question_each(question: str, parts: list) -> None:
    assert split(question, names={"tamsland", "greater"}) == parts


@pytest.mark.parametrize(
    "question",
    [
        "Who founded Harlow & Pike and when?",  # the second half asks about the first's
        "Who founded the company and when did she die?",
        "How many items can I borrow at once and for how long?",  # no thing of its own after "for"
        "Is the entry fee for grade 1 the same as for grade 2?",  # set against each other
        "Can I book Court 3 and Court 4 together?",
        "Did the council approve the car park and why did they reject the bus lane?",  # "why": no half
        "What is the capital of Peru, and what is the capital of Chile, Ghana, Togo and Benin?",  # 5 parts
    ],
)
def test_a_second_question_about_the_same_thing_stays_whole(question: str) -> None:
    assert split(question) == [(question, None)]


def test_a_second_question_of_the_person_a_first_asks_about_is_a_question_of_its_own() -> None:
    """ "she" is whom the first half asks about, not whom it asks for: two things asked of her; an
    opening "By" is no name to say the second half of."""
    assert split("How does Eluned Prydderch pay for her eggs, and what size does she get?") == [
        ("How does Eluned Prydderch pay for her eggs?", None),
        ("Eluned Prydderch: what size does she get?", None),
    ]
    assert split("By when does Mrs Wrayburn have to reply, and what's the total if she approves?") == [
        ("By when does Mrs Wrayburn have to reply?", None),
        ("Mrs Wrayburn: what's the total if she approves?", None),
    ]


def test_what_a_half_says_of_its_thing_is_no_part_of_the_things_name() -> None:
    """ "due" says when of the car insurance: the second half asks of "the car insurance"."""
    assert split("when's the car insurance due and how much was it") == [
        ("when's the car insurance due?", None),
        ("the car insurance: how much was it?", None),
    ]
    assert split("when's the open day and how much is it") == [
        ("when's the open day?", None),
        ("the open day: how much is it?", None),
    ]  # "open" of its name


def test_each_part_is_named_by_its_entity() -> None:
    assert split("Who founded Harlow & Pike and Tamsin Fittings?") == [
        ("Who founded Harlow & Pike?", "Harlow & Pike"),
        ("Who founded Tamsin Fittings?", "Tamsin Fittings"),
    ]
    # a question word the documents write capitalized mid-line ("Q: How much …?") names nothing;
    # two questions about one thing are told by their questions, not as "I don't know about X"
    assert split("How many bikes does Glenmorrow have, and how many docking stations?", ["how"]) == [
        ("How many bikes does Glenmorrow have?", None),
        ("Glenmorrow: how many docking stations?", None),
    ]
    # a name is said without the question word or the possessive the question writes it with
    assert [
        name for _, name in split("What's Fennick Tree Care's minimum charge, and what does Tollerby add?")
    ] == [
        "Fennick Tree Care",
        "Tollerby",
    ]
    assert (
        split("What is Pennock Stores' minimum order, and what does Tollerby add?")[0][1] == "Pennock Stores"
    )


def test_answers_of_the_parts_join_and_say_which_part_is_unknown() -> None:
    peru, chile = "The capital of Peru is Lima.", "The capital of Chile is Santiago."
    asked = [("Capital of Peru?", "Peru"), ("Capital of Chile?", "Chile")]
    assert joined([peru, chile], asked) == f"{peru} {chile}"
    assert joined([peru, NO_ANSWER], [asked[0], ("Capital of Atlantis?", "Atlantis")]) == (
        f"{peru} I don't know about Atlantis: none of my documents say."
    )
    assert joined([NO_ANSWER, NO_ANSWER], asked) == NO_ANSWER
    assert joined([peru, peru], [asked[0], ("capital of peru?", "peru")]) == peru
    # a part about no entity of its own is told by its question
    assert joined([peru, NO_ANSWER], [asked[0], ("Peru: where is it?", None)]) == (
        f"{peru} None of my documents answer “Peru: where is it?”"
    )


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (  # the second half names nothing: it is said of the first half's lead (both told by question)
            "For Wendle Moor, who's the captain and where's their home venue?",
            [
                ("For Wendle Moor, who's the captain?", None),
                ("Wendle Moor: where's their home venue?", None),
            ],
        ),
        (
            "For the theatre's mixing desk, what make is it and where is it stored?",
            [
                ("For the theatre's mixing desk, what make is it?", None),
                ("The theatre's mixing desk: where is it stored?", None),
            ],
        ),
        (  # … or of the thing the first half names
            "Who chairs the allotment association, and who is the site secretary?",
            [
                ("Who chairs the allotment association?", None),
                ("The allotment association: who is the site secretary?", None),
            ],
        ),
        (  # … and stands alone where the first half names no thing
            "How many days a week can I work from home, and what are the core hours?",
            [("How many days a week can I work from home?", None), ("What are the core hours?", None)],
        ),
        (  # two question words joined ask two things of one subject
            "When and where is the next residents' meeting?",
            [("When is the next residents' meeting?", None), ("Where is the next residents' meeting?", None)],
        ),
        (
            "how far and how steep is stage 2",
            [("how far is stage 2", None), ("how steep is stage 2", None)],
        ),
        (  # a preposition before "which" opens a half ("and at which pool")
            "For Ellis, what time is his lesson, and at which pool?",
            [("For Ellis, what time is his lesson?", None), ("Ellis: at which pool?", None)],
        ),
    ],
)
def test_a_question_asking_two_things_of_one_subject_becomes_two(question: str, parts: list) -> None:
    assert split(question, names={"i"}) == parts


def test_a_month_or_a_relation_is_no_subject() -> None:
    assert split("Who chaired the November 2023 AGM, and who took the minutes?") == [
        ("Who chaired the November 2023 AGM?", None),
        ("The November 2023 AGM: who took the minutes?", None),
    ]
    assert split("Who chaired the March committee meeting, and who sent their apologies?") == [
        ("Who chaired the March committee meeting?", None),
        ("The March committee meeting: who sent their apologies?", None),
    ]
    assert split("what's the capital of tamsland and what's the capital of greater tamsland") == [
        ("what's the capital of tamsland?", None),
        ("what's the capital of greater tamsland?", None),
    ]


def test_a_decade_is_no_subject() -> None:
    assert split("Who reopened the railway in the 1960s, and who led the group?") == [
        ("Who reopened the railway in the 1960s?", None),
        ("The railway: who led the group?", None),
    ]


def test_a_name_ends_before_the_full_stop_and_a_sentence_opener_is_no_name() -> None:
    """Only words the documents capitalize inside a sentence are names: "Hold" opening an instruction
    is none, so "Which stations hold …" keeps its verb in every part."""
    vocabulary = Vocabulary.from_texts(
        ["Hold the TEST button for 3 seconds.", "Station Q-7 keeps KX-2074; see Harlow & Pike."]
    )
    assert "hold" not in vocabulary.names and {"harlow", "pike"} <= vocabulary.names
    assert split("Which stations hold KX-2074 and KX-2470?", vocabulary.names) == [
        ("Which stations hold KX-2074?", "KX-2074"),
        ("Which stations hold KX-2470?", "KX-2470"),
    ]
    assert [name for _, name in split("Tell me the capitals of Veloria and Ostrand.")] == [
        "Veloria",
        "Ostrand",
    ]


def test_things_in_lower_case_split_where_the_documents_name_each_but_not_both() -> None:
    phrases = {"millrace loop", "quarry climb", "hides", "boardwalk", "the hides and the boardwalk"}

    def known(phrase: str) -> bool:
        return phrase.casefold() in phrases

    assert split("how long are the millrace loop and the quarry climb", known=known) == [
        ("how long is the millrace loop", "the millrace loop"),
        ("how long is the quarry climb", "the quarry climb"),
    ]
    whole = "Who looks after the hides and the boardwalk at the reserve?"  # one thing to the documents
    assert split(whole, known=known) == [(whole, None)]
    walk = "How long does the Brewers and Tanners walk take?"  # the documents name it without "the"
    assert split(walk, known=lambda phrase: phrase == "Brewers and Tanners") == [(walk, None)]
    unknown = "how long are the millrace loop and the river walk"  # the documents name no river walk
    assert split(unknown, known=known) == [(unknown, None)]
    bare = "millrace loop and the quarry climb"  # no "the" before the first
    assert split(bare, known=known) == [(bare, None)]
    fees = {"simple extraction", "surgical extraction", "idle disconnect", "session timeout"}
    assert split("what do a simple extraction and a surgical extraction cost", known=fees.__contains__) == [
        ("what do a simple extraction cost", "a simple extraction"),
        ("what do a surgical extraction cost", "a surgical extraction"),
    ]
    # two things each after the same preposition, a place after the second said of both
    assert split("What are the minimum order values for Halsey & Thorne and for Bellbrook Wheel & Kiln?") == [
        ("What are the minimum order values for Halsey & Thorne?", None),
        ("What are the minimum order values for Bellbrook Wheel & Kiln?", None),
    ]
    assert split("what would Priya charge for a first home visit and then for follow-up visits?") == [
        ("what would Priya charge for a first home visit?", None),
        ("what would Priya charge for follow-up visits?", None),
    ]  # "and then": no more than "and"
    route = "How do I get from the station to the hotel and then to the venue?"
    assert split(route) == [(route, None)]  # the next leg of a way, no second thing
    assert split(
        "What are the prices for full membership and for concession membership at the workshop?"
    ) == [
        ("What are the prices for full membership at the workshop?", None),
        ("What are the prices for concession membership at the workshop?", None),
    ]
    # one word each after "a": one of each asked, whatever the documents call them ("Bicycles")
    assert split("What does it cost to take a dog and a bike on the railway?") == [
        ("What does it cost to take a dog on the railway?", "a dog"),
        ("What does it cost to take a bike on the railway?", "a bike"),
    ]
    assert split("What does it cost to take a dog and the bike?") == [
        ("What does it cost to take a dog and the bike?", None)
    ]  # not one of each
    # a measure before each word: still one of each
    assert split("how much is a 30-minute dry and a 10-minute top-up?") == [
        ("how much is a 30-minute dry?", "a 30-minute dry"),
        ("how much is a 10-minute top-up?", "a 10-minute top-up"),
    ]
    # a measure the question writes before a thing the documents name without it
    boxes = {"trangia stove", "stove set", "cool box"}
    assert split(
        "the hire rates for the Trangia stove set and the 50 L cool box?", known=boxes.__contains__
    ) == [
        ("the hire rates for the Trangia stove set?", "the Trangia stove set"),
        ("the hire rates for the 50 L cool box?", "the 50 L cool box"),
    ]
    assert (
        len(split("the hire rates for the Trangia stove set and the 50 L tent?", known=boxes.__contains__))
        == 1
    )
    # the first says more than the documents name: two of its words they do
    assert split(
        "what are the VPN idle disconnect time and the session timeout", known=fees.__contains__
    ) == [
        ("what is the VPN idle disconnect time", "the VPN idle disconnect time"),
        ("what is the session timeout", "the session timeout"),
    ]


def test_a_name_listed_with_lower_case_words_the_documents_write_with_it_is_one_thing() -> None:
    """ "Porthvean beach and Penhallick Stores": the documents write "Porthvean beach", so the
    question asks of two places; a lower-case word they never write with the name joins nothing."""
    known = {"porthvean beach", "penhallick stores"}
    question = "How far are Porthvean beach and Penhallick Stores from the cottage?"
    assert split(question, known=lambda phrase: phrase.casefold() in known) == [
        ("How far is Porthvean beach from the cottage?", "Porthvean beach"),
        ("How far is Penhallick Stores from the cottage?", "Penhallick Stores"),
    ]
    nice = "Is Porthvean nice and Penhallick Stores open?"
    assert split(nice, known=lambda phrase: phrase.casefold() in known) == [(nice, None)]


def test_two_words_qualifying_one_plural_noun_ask_of_each() -> None:
    """ "the adult and child tickets" asks of each ticket, said of one where the verb counts ("What
    were the max and min temperatures" → "What was the max temperature"); not where the documents
    write the two together ("bed and breakfast") or the first is a thing of its own ("the washing
    machines and tumble dryers")."""
    words = {"adult", "child", "max", "min", "bed", "breakfast", "washing", "tumble", "machines"}

    def known(phrase: str) -> bool:
        return phrase.casefold() in words

    assert split("What do the adult and child tickets cost?", known=known) == [
        ("What do the adult tickets cost?", "adult tickets"),
        ("What do the child tickets cost?", "child tickets"),
    ]
    assert split("What were the max and min temperatures on 9 Oct?", known=known) == [
        ("What was the max temperature on 9 Oct?", "max temperature"),
        ("What was the min temperature on 9 Oct?", "min temperature"),
    ]
    together = "How much are the bed and breakfast rates?"
    assert split(together, known=lambda phrase: known(phrase) or phrase == "bed and breakfast") == [
        (together, None)
    ]
    machines = "What do the washing machines and tumble dryers cost?"
    assert split(machines, known=known) == [(machines, None)]
    unknown = "What do the adult and senior tickets cost?"  # no document writes "senior"
    assert split(unknown, known=known) == [(unknown, None)]


def test_a_part_asking_of_what_an_unanswered_first_part_asks_exists_is_unanswered() -> None:
    """ "Is there a student rate …, and how much is it?": with no student rate, the membership's
    price is no answer to "how much is it?"; a first part answered leaves it be."""
    parts = [
        ("Is there a student rate for Riders Club membership?", None),
        ("Riders Club: how much is it?", None),
    ]
    price = "Membership of the Riders Club costs £25 a year."
    assert joined([NO_ANSWER, price], parts) == NO_ANSWER
    assert joined(["Yes, students pay £15.", price], parts) == f"Yes, students pay £15. {price}"
    other = [("Is there a student rate?", None), ("Who runs the Riders Club?", None)]
    assert joined([NO_ANSWER, "Ann Lee runs it."], other) == (
        "None of my documents answer “Is there a student rate?” Ann Lee runs it."
    )
    hire = [
        ("Can you hire binoculars on the Kittiwake Lass?", None),
        ("The Kittiwake Lass: what do they cost?", None),
    ]
    assert (
        joined([NO_ANSWER, "The Kittiwake Lass can be chartered for £420."], hire) == NO_ANSWER
    )  # no such hire


def test_a_half_asking_again_of_another_condition_is_the_first_with_it() -> None:
    """ "… cost per year, and how much per month?" asks the first half's question per month; a half
    with a verb of its own asks its own question."""
    assert split("how much does membership cost per year, and how much per month?") == [
        ("how much does membership cost per year?", None),
        ("how much does membership cost per month?", None),
    ]
    assert split("What is the fee for adults, and what for children?") == [
        ("What is the fee for adults?", None),
        ("What is the fee for children?", None),
    ]
    assert split("How much does membership cost per year, and how much is the joining fee?") == [
        ("How much does membership cost per year?", None),
        ("How much is the joining fee?", None),
    ]
    # another name after the same article: the first half's name in its place
    assert split("How much is it to enter the Novice class at Brackmoor, and how much for the Open?") == [
        ("How much is it to enter the Novice class at Brackmoor?", "the Novice"),
        ("How much is it to enter the Open class at Brackmoor?", "the Open"),
    ]


def test_names_sharing_the_noun_after_them_are_listed() -> None:
    """ "the Abbey piano and the Lantern Rooms piano": two pianos, each asked of; lower-case things
    sharing their noun are left to the documents' own phrases."""
    assert split("When were the Abbey piano and the Lantern Rooms piano tuned?") == [
        ("When was the Abbey piano tuned?", "the Abbey"),
        ("When was the Lantern Rooms piano tuned?", "the Lantern Rooms"),
    ]
    assert split("When were the Abbey piano and the Lantern Rooms organ tuned?")[0][0] == (
        "When were the Abbey piano and the Lantern Rooms organ tuned?"
    )


def test_a_name_the_documents_write_with_and_is_one_of_the_list() -> None:
    """ "Fish and Chips" is one dish when the documents name it so; unknown, each word is a name."""
    question = "What are the prices of Fish and Chips and Mushy Peas?"
    assert split(question, known=lambda phrase: phrase.casefold() == "fish and chips") == [
        ("What is the price of Fish and Chips?", "Fish and Chips"),
        ("What is the price of Mushy Peas?", "Mushy Peas"),
    ]
    assert len(split(question)) == 3
    # "for" inside a name the documents write whole: what follows it is no place both share
    flights = "price of the Standard Shared Flight and the Private Flight for Two?"
    assert split(flights, known=lambda phrase: phrase.casefold() == "private flight for two") == [
        ("price of the Standard Shared Flight?", "the Standard Shared Flight"),
        ("price of the Private Flight for Two?", "the Private Flight for Two"),
    ]


def test_a_possessive_of_the_second_thing_names_the_first_things_owner() -> None:
    """ "… of St Aldhelm's corned beef donation and of their instant coffee donation": the second
    part asks of St Aldhelm's, not of "their" (which retrieval cannot look up)."""
    assert split(
        "Estimated value of St Aldhelm's corned beef donation and of their instant coffee donation?"
    ) == [
        ("Estimated value of St Aldhelm's corned beef donation?", None),
        ("Estimated value of St Aldhelm's instant coffee donation?", None),
    ]
    assert split("What is the fee for full membership and for their concession rate?")[1] == (
        "What is the fee for their concession rate?",
        None,
    )


def test_two_things_saying_the_same_noun_after_their_own_word_are_listed() -> None:
    """ "potato delivery and carrot delivery": two deliveries; "bread and butter pudding" is one."""
    assert split("What did Greyleaze Farm's potato delivery and carrot delivery weigh?") == [
        ("What did Greyleaze Farm's potato delivery weigh?", "potato delivery"),
        ("What did Greyleaze Farm's carrot delivery weigh?", "carrot delivery"),
    ]
    assert split("How much are a day ticket and a week ticket?") == [
        ("How much is a day ticket?", "a day ticket"),
        ("How much is a week ticket?", "a week ticket"),
    ]
    assert split("price of bread and butter pudding") == [("price of bread and butter pudding", None)]


def test_two_lower_case_things_the_documents_name_each_or_set_against_each_other_are_listed() -> None:
    """ "early drop-off and late pick-up" (no articles) asks of each when the documents name each but
    not the two together; "manual vs automatic" asks of each, a match between names stays whole."""
    named = {"early drop-off", "late pick-up", "salt", "pepper", "fish and chips", "mushy peas"}

    def known(phrase: str) -> bool:
        return phrase.casefold() in named

    assert split("What do early drop-off and late pick-up cost at the club?", known=known) == [
        ("What do early drop-off cost at the club?", "early drop-off"),
        ("What do late pick-up cost at the club?", "late pick-up"),
    ]
    together = "How much are fish and chips?"
    assert split(together, known=known) == [(together, None)]
    unnamed = "What do early arrival and late pick-up cost?"  # no document names "early arrival"
    assert split(unnamed, known=known) == [(unnamed, None)]
    assert split("single lesson price manual vs automatic") == [
        ("single lesson price manual", "manual"),
        ("single lesson price automatic", "automatic"),
    ]
    assert split("how much to hire a sheet of ice off-peak vs peak") == [  # hyphened words too
        ("how much to hire a sheet of ice off-peak", "off-peak"),
        ("how much to hire a sheet of ice peak", "peak"),
    ]
    match = "What was the score in Wendle Moor vs Quorne?"
    assert split(match) == [(match, None)]
    accented = "What was the score in \u00c1lvaro vs \u00d3scar?"  # names, whatever their first letter
    assert split(accented) == [(accented, None)]


def test_two_names_each_with_its_own_words_after_it_ask_of_each() -> None:
    """ "X hedge laying on 7 March and Y balsam clearing on 12 March": the head asks of each, each
    name keeps its own words; a month after its day is a date, no name to list."""
    question = (
        "Who leads the Carrick Meadow hedge laying on 7 March and the Wyndle Brook balsam clearing on "
        "12 March?"
    )
    assert split(question) == [
        ("Who leads the Carrick Meadow hedge laying on 7 March?", None),
        ("Who leads the Wyndle Brook balsam clearing on 12 March?", None),
    ]
    assert split("Who won the Cup in 2019 and the Shield in 2020?") == [
        ("Who won the Cup in 2019?", None),
        ("Who won the Shield in 2020?", None),
    ]
    between = "How far is it between Ashby Cross by the river and the Old Mill?"
    assert split(between) == [(between, None)]


def test_a_contracted_question_word_opens_a_half_and_names_nothing() -> None:
    """ "Who's" and "what's" are question words: the second half opens at "and what's", and the
    first half's subject is what it names ("the Bb clarinet", the lead "For press booking …"),
    never "Who"; a verb closing a half asked with "does" is no part of its subject."""
    assert split("Who's borrowing the Bb clarinet, and when is it due back?") == [
        ("Who's borrowing the Bb clarinet?", None),
        ("The Bb clarinet: when is it due back?", None),
    ]
    assert split("For press booking CPS-26020, when was it due back and what's its status?") == [
        ("For press booking CPS-26020, when was it due back?", None),
        ("Press booking CPS-26020: what's its status?", None),
    ]
    assert split("What does the Tamsey Mill Company make and where is it based?")[1] == (
        "The Tamsey Mill Company: where is it based?",
        None,
    )


def test_a_lead_before_the_first_question_word_is_every_halfs() -> None:
    """ "Entry fees: how much for the Open class, and how much for the Pairs?" asks both of the
    entry fees, the half that names a thing of its own too."""
    parts = split("Match entry fees: how much for the Open class, and how much for the Under-25 Pairs?")
    assert [question for question, _ in parts] == [
        "Match entry fees: how much for the Open class?",
        "Match entry fees: how much for the Under-25 Pairs?",
    ]


def test_two_things_of_one_noun_set_against_each_other_are_asked_each() -> None:
    """ "for a registered boat vs a visiting boat" asks of each boat, as "and" would."""
    assert [q for q, _ in split("Landing dues for a registered boat vs a visiting boat?")] == [
        "Landing dues for a registered boat?",
        "Landing dues for a visiting boat?",
    ]


def test_a_span_written_with_an_en_dash_stays_one_word_in_each_part() -> None:
    question = "Little Acorns morning session price for an under-2 and for a 3\u20134 year old"
    assert [part for part, _ in split(question)] == [
        "Little Acorns morning session price for an under-2",
        "Little Acorns morning session price for a 3\u20134 year old",
    ]


def test_a_word_the_first_thing_ends_with_is_not_said_again() -> None:
    """ "the claims line number and the home emergency line number": the number the second leaves
    to the end is the first's own last word, not one more."""
    known = {"home emergency line", "claims line"}.__contains__  # each, never both
    question = "what are the claims line number and the home emergency line number?"
    assert split(question, known=known) == [
        ("what is the claims line number?", "the claims line number"),
        ("what is the home emergency line number?", "the home emergency line"),
    ]


def test_a_number_and_its_unit_made_one_word_names_no_part() -> None:
    """ "a 30-minute lesson" is what both halves ask of; the people are what each names."""
    question = "How much is a 30-minute lesson with Rhodri Vanstone, and how much with Keeley Marrick?"
    assert [name for _, name in split(question, {"rhodri", "vanstone", "keeley", "marrick"})] == [
        "Rhodri Vanstone",
        "Keeley Marrick",
    ]


def test_a_year_alone_before_and_takes_the_noun_after_the_second_year() -> None:
    assert split("How much were the 2022 and the 2025 annual boiler services at Tansy Row?") == [
        ("How much was the 2022 annual boiler services at Tansy Row?", "the 2022"),
        ("How much was the 2025 annual boiler services at Tansy Row?", "the 2025"),
    ]


def test_two_portions_of_things_the_documents_name_apart_are_asked_each() -> None:
    said = {"net", "kindling", "full load", "hardwood", "the society", "chair", "secretary"}
    question = "Member prices for a net of kindling and a full load of hardwood, please?"
    assert split(question, known=said.__contains__) == [
        ("Member prices for a net of kindling, please?", "a net of kindling"),
        ("Member prices for a full load of hardwood, please?", "a full load of hardwood"),
    ]
    unnamed = "Member prices for a net of kindling and a sack of coal, please?"  # no coal in the documents
    assert split(unnamed, known=said.__contains__) == [(unnamed, None)]
    officers = "who are the chair and the secretary of the society"
    assert split(officers, known=said.__contains__)[0] == ("who is the chair of the society", "the chair")


def test_a_name_the_documents_write_with_an_ampersand_is_one_thing() -> None:
    question = "Kelbrook and Finch excess reduction cover - what does it cost per day?"
    firm = "Kelbrook & Finch"
    assert split(question, ["Kelbrook", "Finch"], known=lambda p: p == firm) == [(question, None)]
    assert len(split(question, ["Kelbrook", "Finch"])) == 2  # two firms to documents that never join them


def test_a_number_with_its_unit_joined_takes_no_noun_from_the_other() -> None:
    question = "Compare the 2 and the 3-bedroom flats"
    assert split(question) == [(question, None)]


def test_two_numbers_after_a_plural_noun_are_two_things_asked() -> None:
    """ "incidents 26-002 and 26-004" asks of each incident; a span ("between pages 3 and 5") and a
    count ("rooms that hold 12 and 14 people") ask of no two things."""
    asked = "How many team members attended incidents 26-002 and 26-004?"
    assert [part for part, _ in split(asked)] == [
        "How many team members attended incidents 26-002?",
        "How many team members attended incidents 26-004?",
    ]
    assert len(split("What are the rents of plots 7 and 9?")) == 2
    assert split("What is on between pages 3 and 5?") == [("What is on between pages 3 and 5?", None)]
    assert len(split("Which rooms hold 12 and 14 people?")) == 1
    assert len(split("Do tickets for ages 5 and 11 cost the same?")) == 1  # set against each other
    assert len(split("Are lessons 30 and 60 minutes long?")) == 1  # two measures
    # one noun written short, numbered twice: "No. 82011 and No. 82101"
    assert [part for part, _ in split("How much did the Hornby locos go for - No. 82011 and No. 82101?")] == [
        "How much did the Hornby locos go for - No. 82011?",
        "How much did the Hornby locos go for - No. 82101?",
    ]


def test_a_rows_column_names_no_thing_so_a_word_after_the_last_name_is_asked_of_each() -> None:
    """A row's "Refilled:" opens its column after a semicolon, as a sentence's first word opens it: no
    name, so "GB-01 and GB-05 refilled" asks "refilled" of both bins."""
    vocabulary = Vocabulary.from_texts(
        ["Grit bins — Bin no.: GB-01; Volunteer: Paul Grimshaw; Refilled: After each use"]
    )
    assert "refilled" not in vocabulary.names and "grimshaw" in vocabulary.names
    stalls = Vocabulary.from_texts(["Fete › Stalls: Bramley Farm cakes; Hollins Bakery bread; Priory Cheese"])
    assert {"hollins", "priory"} <= stalls.names  # a list's item after a semicolon may open with a name
    assert split("How often are grit bins GB-01 and GB-05 refilled?", vocabulary.names) == [
        ("How often are grit bins GB-01 refilled?", "GB-01"),
        ("How often are grit bins GB-05 refilled?", "GB-05"),
    ]


def test_two_things_of_one_owner_the_second_said_by_a_possessive_are_two_questions() -> None:
    """ "the guild's secretary and its health and safety lead": the second thing has an "and" of its
    own, and "its" says whose it is."""
    assert split("who are the guild's secretary and its health and safety lead") == [
        ("who are the guild's secretary", None),
        ("who are the guild's health and safety lead", None),
    ]
    assert split("What are the hall's opening hours and its hire rates?") == [
        ("What are the hall's opening hours?", None),
        ("What are the hall's hire rates?", None),
    ]


def test_her_after_an_owner_is_a_persons_not_the_owners() -> None:
    assert split("Who is the club's secretary and her husband?") == [
        ("Who is the club's secretary and her husband?", None)
    ]


def test_a_half_that_refers_back_is_said_of_what_the_first_halfs_verb_is_said_of() -> None:
    assert split("what time does adult gymnastics start on tuesdays at ulverwick and who runs it") == [
        ("what time does adult gymnastics start on tuesdays at ulverwick?", None),
        ("adult gymnastics on tuesdays at ulverwick: who runs it?", None),
    ]
    assert split("At Gartholme RUFC, what night do the U12s train, and who is their coach lead?")[1] == (
        "At Gartholme RUFC, the U12s: who is their coach lead?",
        None,
    )
    assert split("what time did the relief ferry leave inchcarrow and when did it get to port aske?")[1] == (
        "when did it get to port aske?",
        None,
    )  # "the relief ferry leave" of a verb with an object is no doer
    asked = "What mileage rate do Thornacre van drivers get, and how long do they have to put in a claim?"
    assert split(asked, ["thornacre"])[1] == (  # the doers "they" are, after the thing asked of them
        "Thornacre van drivers: how long do they have to put in a claim?",
        None,
    )
    assert split("What boots do players need and where can we buy them?")[1] == (
        "Where can we buy them?",
        None,
    )
    vouchers = "What vouchers do Thornacre volunteers get, and when do they expire?"  # the vouchers expire
    assert split(vouchers, ["thornacre"])[1] == ("Thornacre: when do they expire?", None)


def test_a_half_that_refers_back_to_what_the_asker_does_or_to_the_thing_asked_is_not_said_of_a_doer() -> None:
    assert split("How many tickets do I need and how much are they?")[1] == ("How much are they?", None)
    assert split("What kit do players need and where can we buy it?")[1] == ("Where can we buy it?", None)
