"""A question about a table row is answered from the one cell whose column it names; anything else is
left to the model."""

from __future__ import annotations

import pytest

from chatbot.rag.answer import NO_ANSWER
from chatbot.rag.table_lookup import (
    about_row,
    another_rows,
    column_words,
    keyed_otherwise,
    looked_up,
    names_row,
    row_cells,
    row_label,
    row_unnamed,
    table_of,
    which_thing,
)
from vectorstore.words import words

ISLAND = "islands.csv — island: Kilvara; main_town: Skellow; area_km2: 38.2; ferry_port: Skellow Slip"
CROISSANT = "bakery.csv — item: Almond croissant; code: BK-210; price: 2.60; weight_g: 110"
PART = "stock.xlsx › Parts — code: KX-2074; name: Fuel injector nozzle; supplier: Harlow & Pike; price: 39.90"
JUMPS = "jumpwell_bookings.json \u203a products \u2014 code: JMP90; name: Open Jump 90; price: 19.00"
FAIR = "fairs.csv — fair: Larkmoor Reed Fair; venue: Osier Barn; tickets_from: £12.50; baked_by: Wen Ros"
INN = "inns.csv — inn: Osier Inn; check_in: 15:00; check_out: 11:00"
FERRY = (
    "ferries.csv — route: TF1; from: Tallis Quay; to: Gorran Skerry; distance_nm: 3.5; adult_fare: £4.80; "
    "days: Daily"
)
STUDIO = "units.csv — unit: B-7; tenant: Ola Brandt; monthly_rent_gbp: 955"
SEED = "seeds.tsv — Accession: TV-173; Variety: Cairnfold Broad Bean; Seed held: 760 g; Vault bay: Bay 3"
WEATHER = (
    "weather.json — date: 2024-10-19 (19 October 2024); max_temp_c: 11.9; min_temp_c: 6.0; rain_mm: 14.6; "
    "max_gust_kmh: 63; gust_direction: SW"
)
FAMILY = "club.docx › Fees — Category: Family; Annual fee: £420; Dinghy space: £95 per boat"
HALF = "Service: Half day (AM or PM); Price: £22; Notes: max 5 hours"
FEES = "club.docx › Fees — Category: Crew; Annual fee: £140; Joining fee: £30"
MAY = "weather.json — date: 2024-05-19 (19 May 2024); rain_mm: 3.2; max_gust_kmh: 17"
WALK = "Merrow Walks › At a glance — walk: The Old Wall; length: 3.1 km; starts at: Northgate Tower"
RIDGE = (
    "Walks › At a glance — walk: The Long Ridge; length: 7.3 km; duration: 3.5 hours; starts at: Merrow Edge"
)
WINNERS = "Chess › Winners — year: 2022; champion: Jaspal Grewal; score: 5.5/7"
JOB = (
    "service_log.csv — job_no: J-1180; date: 4 May 2025; site: K-2; engineer: Tova Lind; "
    "appliance: steam oven; work_done: replaced the door seal"
)


@pytest.mark.parametrize(
    ("question", "document", "answer"),
    [
        (
            "Who is the supplier of the fuel injector nozzle?",
            PART,
            "The supplier of KX-2074 is Harlow & Pike.",
        ),
        ("price of KX-2074", PART, "The price of KX-2074 is 39.90."),
        ("How long is the Old Wall walk?", WALK, "The length of The Old Wall is 3.1 km."),  # Markdown
        # how long a thing takes is its duration; a name's words ("Long Ridge") ask for nothing
        ("How long does the Long Ridge walk take?", RIDGE, "The duration of The Long Ridge is 3.5 hours."),
        ("Which year did Jaspal Grewal win?", WINNERS, "The year is 2022."),
        ("Who won in 2022?", WINNERS, "The champion of 2022 is Jaspal Grewal."),  # "won": a winner
        ("Which island's ferry port is Skellow Slip?", ISLAND, "The island is Kilvara."),  # the asked column
        ("what's the main town of kilvara", ISLAND, "The main town of Kilvara is Skellow."),
        ("What is the area of Kilvara?", ISLAND, "The area of Kilvara is 38.2 km2."),  # unit after value
        ("How big is Kilvara in square kilometres?", ISLAND, "The area of Kilvara is 38.2 km2."),  # big: area
        ("What does KX-2074 cost?", PART, "The price of KX-2074 is 39.90."),
        (  # people: a population
            "How many people live on Tessell Beg?",
            "islands.csv — island: Tessell Beg; population: 310",
            "The population of Tessell Beg is 310.",
        ),
        (
            "KX-2074 - what part is that?",
            PART,
            "The name of KX-2074 is Fuel injector nozzle.",
        ),  # only the code
        (  # only the subject: the cell saying what it is
            "Who is Ada Quill?",
            "staff.csv — name: Ada Quill; title: Head of Research; room: B12",
            "The title of Ada Quill is Head of Research.",
        ),
        (  # a JSON record's nested key, by its last part
            "What is the width of KX-2041?",
            "parts.json — code: KX-2041; dimensions.width_mm: 120",
            "The width of KX-2041 is 120 mm.",
        ),
        # a column named by a word before its closing preposition, said in that order
        ("How much is a ticket to the Larkmoor Reed Fair?", FAIR, "Larkmoor Reed Fair: tickets from £12.50."),
        ("who bakes for the larkmoor reed fair", FAIR, "Larkmoor Reed Fair: baked by Wen Ros."),
        # no column named, but every word of the question is the row's: its one cell of the asked kind
        ("Who replaced the door seal on the steam oven at K-2?", JOB, "The engineer of J-1180 is Tova Lind."),
        ("When was the door seal of the K-2 steam oven replaced?", JOB, "The date of J-1180 is 4 May 2025."),
        (  # a price column's plain amount for "how much", the file naming the place
            "how much is a 90 minute jump at Jumpwell",
            JUMPS,
            "The price of JMP90 is 19.00.",
        ),
        (  # a time of day for "what time", the day of the month as an ordinal
            "what time is ada quint booked in on the 30th",
            "visits.tsv — ref: AP-32; date: 30 June 2026; start: 10:00; client: Ada Quint; status: booked",
            "The start of AP-32 is 10:00.",
        ),
        # columns of one head word: the one the question says whole
        ("What time is check-out at the Osier Inn?", INN, "The check out of Osier Inn is 11:00."),
        # "which …?" of what another cell's value (a number, code or name) singles out: the subject
        ("Which event has tickets from £12.50?", FAIR, "The fair is Larkmoor Reed Fair."),
        ("Osier Barn: which event is held there?", FAIR, "The fair is Larkmoor Reed Fair."),
        # a reference's name tells of the record it refers to, not of this row
        (
            "which yarn workshop costs £48?",
            "yarns.json — id: WS-15; title: Drop Spindle; kit: K-330 (Yarn starter pack); price_gbp: 48",
            "The title of WS-15 is Drop Spindle.",
        ),
        # "what" before a price's verb or a place asks which thing, as "which" does
        ("what cost £12.50 at the show?", FAIR, "The fair is Larkmoor Reed Fair."),
        ("what in the programme has tickets from £12.50?", FAIR, "The fair is Larkmoor Reed Fair."),
        # a code's row says the name it has beside the code
        ("Which nozzle costs 39.90?", PART, "The name of KX-2074 is Fuel injector nozzle."),
        ("Which part is the Fuel injector nozzle?", PART, "The code is KX-2074."),  # the name given
        # a person singled out by two cells of the row, not the row's code
        (
            "Which technician saw to the steam oven at K-2 on 4 May 2025?",
            JOB,
            "The engineer of J-1180 is Tova Lind.",
        ),
        (
            "who holds the 250 m2 allotment in row B4",
            "plots.csv — plot: C-2; holder: Ann Lee; size_m2: 250; row: B4",
            "The holder of C-2 is Ann Lee.",
        ),
        # beside a code, the next cell that reads as a name is its name, whatever its column is called
        ("what is TV-173?", SEED, "The variety of TV-173 is Cairnfold Broad Bean."),
        (
            "Who is staff member HYD-0288?",
            "staff.csv — ID: HYD-0288; Name: Greta Hollowmere; Role: GIS",
            "The name of HYD-0288 is Greta Hollowmere.",
        ),
        ("which bean is in bay 3", SEED, "The variety of TV-173 is Cairnfold Broad Bean."),
        # "where" asks for a venue, "pay" for a rent or a price, "far" for a distance (not the fare)
        ("Where is the Larkmoor Reed Fair held?", FAIR, "The venue of Larkmoor Reed Fair is Osier Barn."),
        # the subject's column ("fair") names what the row is about, not what is asked
        ("In Larkmoor, where's the reed fair held?", FAIR, "The venue of Larkmoor Reed Fair is Osier Barn."),
        ("What does B-7 pay per month?", STUDIO, "The monthly rent of B-7 is £955."),  # the unit's mark
        (  # a unit in brackets after the column's name
            "how much is an adult single on S5?",
            "fares.csv — route: S5; Adult single (£): 18.60; Depth (m): 4",
            "The adult single of S5 is £18.60.",
        ),
        (
            "How deep is S5?",
            "fares.csv — route: S5; Adult single (£): 18.60; Depth (m): 4",
            "The depth of S5 is 4 m.",
        ),
        ("How far is it from Tallis Quay to Gorran Skerry?", FERRY, "The distance of TF1 is 3.5 nm."),
        # a yes or no cell, a plural column
        (
            "has Ann Lee got a shed",
            "plots.csv — plot: C-2; holder: Ann Lee; shed: yes",
            "Shed of C-2: yes.",
        ),
        (
            "On which days does TF4 sail?",
            "ferries.csv — route: TF4; days: Sundays, May to September",
            "The days of TF4 are Sundays, May to September.",
        ),
        # a column's short word (``job_no``) and an ending's doubled consonant ("fitted" of "fit")
        ("What's the job number for the steam oven at K-2?", JOB, "The job number is J-1180."),
        (
            "When did Ana Velt fit the seal at K-4?",
            "log.csv — job_no: J-7; date: 4 March 2025; site: K-4; engineer: Ana Velt; work: fitted seal",
            "The date of J-7 is 4 March 2025.",
        ),
        # a row whose first cell is its position is said by its name
        (
            "who captains Wendle Moor",
            "league.csv — pos: 12; team_code: WDM10; team: Wendle Moor; captain: Yusra Penhaligon",
            "The captain of Wendle Moor is Yusra Penhaligon.",
        ),
        # two columns named, one of the kind asked: "where" is no count of games played
        (
            "Where do Brisk Harbour play their home matches?",
            "league.csv — pos: 5; team: Brisk Harbour; home_venue: Harbour Lights Social Club; played: 13",
            "The home venue of Brisk Harbour is Harbour Lights Social Club.",
        ),
        # a lead that sets the scene names no asked column ("the depot" is not the home depot asked)
        (
            "A van with registration YR68 KUE was seen outside the depot - who is its assigned driver?",
            "vans.csv — Fleet No: CV-7; Registration: YR68 KUE; Home Depot: Ulby; Assigned Driver: Bo Ince",
            "The assigned driver of CV-7 is Bo Ince.",
        ),
        # a column's short word, read whole, and said so by people too
        (
            "What's the appointment reference for Mr Haskett's rabbit?",
            "vets.csv — appt_ref: MV-24-0306; pet_name: Sprocket; species: rabbit; owner: Amos Haskett",
            "The appointment reference is MV-24-0306.",
        ),
        (
            "whats the reg plate on CV-009",
            "fleet.xlsx — Fleet No: CV-009; Registration: LM21 VQT; Make & Model: Minto Sprinta MWB",
            "The registration of CV-009 is LM21 VQT.",
        ),
        # a column the question names by another word
        (
            "What state is the stage monitor in at the moment?",
            "register.xlsx — Asset Code: TB-5; Item: Stage monitor; Location: Bay B; Condition: Poor",
            "The condition of TB-5 is Poor.",
        ),
        # a count's column named by what is counted and how many are left; a donor by the giving
        (
            "How many packets of Mousecombe Marigold are left?",
            "seeds.csv — accession_code: PSL-0456; variety: Mousecombe Marigold; donor: Ysella Chenoweth; "
            "packets_available: 25",
            "The packets available of PSL-0456 is 25.",
        ),
        (
            "Who donated the Mousecombe Marigold seeds?",
            "seeds.csv — accession_code: PSL-0456; variety: Mousecombe Marigold; donor: Ysella Chenoweth; "
            "packets_available: 25",
            "The donor of PSL-0456 is Ysella Chenoweth.",
        ),
        # a column named as the trade names it: a property's site, a train's traction
        (
            "Which property is planning application 25/01973/HOU about?",
            "Council › Planning — Reference: 25/01973/HOU; Site: 11 Mawdsley Row; Response: Object",
            "The site of 25/01973/HOU is 11 Mawdsley Row.",
        ),
        (
            "Which locomotive works train 2T41?",
            "Railway › Down — Train: 2T41; Lindenfold arr.: 14:24; Traction: Steam: No. 3 Brigadier Hume",
            "The traction of 2T41 is Steam: No. 3 Brigadier Hume.",
        ),
        (
            "Who is skipper for the home game against Sandmoor BC?",
            "fixtures.xlsx — Fixture ID: MBC-26-06; Opponent: Sandmoor BC; Venue: Home; Captain: S. Kaur",
            "The captain of MBC-26-06 is S. Kaur.",
        ),
        (
            "who drove the delivery to Sportcomplex Den Akker",
            "leveringen.csv — Leveringsnr: LV-250309; Klant: Sportcomplex Den Akker; Chauffeur: Koen Desmet",
            "The chauffeur of LV-250309 is Koen Desmet.",
        ),
        (
            "who teaches the thai street food day at larkhollow",
            "Courses \u2014 Code: LC-THA; Course: Thai Street Food; Length: 1 day; Tutor: Priya Raman-Hale",
            "The tutor of LC-THA is Priya Raman-Hale.",
        ),
        (  # a certificate's expiry, not the date it was given
            "When does the gas safety certificate for Flat 6, Beckside Court expire?",
            "register.csv \u2014 property_ref: HG-P010; address: Flat 6, Beckside Court; "
            "gas_cert_date: 2026-02-09; gas_cert_expiry: 2027-02-08",
            "The gas cert expiry of HG-P010 is 2027-02-08.",
        ),
        # where a thing is kept: its shelf
        (
            "Where is the cobalt carbonate kept in the studio?",
            "stock.xlsx › Stock — Item code: OX-0301; Description: Cobalt carbonate; Shelf: Locked cabinet",
            "The shelf of OX-0301 is Locked cabinet.",
        ),
        # a column whose name ends in a full stop: "Account no." is the account number
        (
            "What's our account number with Halsey & Thorne Glazes?",
            "stock.xlsx › Suppliers — Supplier: Halsey & Thorne Glazes; Phone: 0117 496 2208; "
            "Account no.: HT-5540",
            "The account number of Halsey & Thorne Glazes is HT-5540.",
        ),
        # models side by side, one column each (a manual's specifications): the model's column
        (
            "What's the supply voltage of the TW-300?",
            "Alarm Manual › 2. Specifications — Property: Supply voltage; TW-30: 12 V; TW-300: 24 V",
            "The Supply voltage of TW-300 is 24 V.",
        ),
        # a weather log's day: a column's unit said as people write it, short words meant whole
        (
            "what was the max temp on 19 oct",
            WEATHER,
            "The maximum temperature of 2024-10-19 (19 October 2024) is 11.9 °C.",
        ),
        (
            "What was the max temperature at the weather station on 19 Oct?",  # "max" is its "maximum"
            WEATHER,
            "The maximum temperature of 2024-10-19 (19 October 2024) is 11.9 °C.",
        ),
        (
            "strongest gust on 19 October?",
            WEATHER,
            "The maximum gust of 2024-10-19 (19 October 2024) is 63 km/h.",
        ),
        (
            "sail no. of SSK-Q03",  # "no." is the column's number
            "boats.csv — Boat_id: SSK-Q03; Boat_nm: Knot; Sail_no: 1733; Yr_blt: 2022",
            "The sail number of SSK-Q03 is 1733.",
        ),
        (
            "When are Tolland Band loans TB-L03 due back?",  # "loans" is the code's kind: no "Loan start"
            "tolland_band_loans.xlsx › Loans › Tolland Band loan register — Loan ID: TB-L03; Instrument: "
            "Tuba; Loan start: 13 Jan 2025; Return due: 19 Dec 2025",
            "The return due of TB-L03 is 19 Dec 2025.",
        ),
        (
            "How much is a night on the Wrayford visitor pontoon for a 12m boat?",  # a band holds 12m
            "wrayford_harbour_dues.csv — code: WH-V02; description: Visitor pontoon; size_band: 10.01-14.0m; "
            "period: per night; fee_gbp: 32.00",
            "The fee of WH-V02 is £32.00.",
        ),
    ],
)
def test_the_column_the_question_names_gives_the_answer(question, document, answer):
    assert looked_up(question, document) == answer


def test_a_single_one_of_a_priced_thing_asks_its_price() -> None:
    row = "rates.xlsx › Rate Card — Code: HT-04; Service: Underwater treadmill session; Price (£): £36.00"
    assert (
        looked_up("How much is a single underwater treadmill session?", row)
        == "The price of HT-04 is £36.00."
    )
    assert looked_up("How much is a double underwater treadmill session?", row) is None


def test_when_a_place_closes_is_the_end_of_its_one_span_of_hours() -> None:
    row = "splitoak.html › Opening hours — Day: Friday; Open: 15:00 \u2013 23:00; Last session starts: 21:30"
    assert (
        looked_up("What time does Splitoak close on a Friday?", row) == "The closing time of Friday is 23:00."
    )
    assert looked_up("when does it shut on friday", row) == "The closing time of Friday is 23:00."
    two = row.replace("Last session starts: 21:30", "Bar: 17:00 \u2013 23:30")
    assert looked_up("What time does Splitoak close on a Friday?", two) is None  # which span: the model's


def test_a_part_of_a_records_cell_is_no_one_elses() -> None:
    """A nested record's ``client.phone`` is the client's: asked the chauffeur's number, there is none."""
    row = (
        "bookings.jsonl — booking_ref: SVW-0426; client.name: Beatrix Quiller; client.phone: 07700 900316; "
        "vehicle.name: Marigold; chauffeur: Ned Polglaze"
    )
    assert looked_up("What is the phone number of chauffeur Ned Polglaze?", row) == NO_ANSWER
    at = row.replace("vehicle.name: Marigold", "venue: Trevose Head")  # a place, not called by its column
    assert looked_up("What is the phone number for the Trevose Head booking?", at) == (
        "The phone of SVW-0426 is 07700 900316."
    )
    assert (
        looked_up("What is the phone number of Beatrix Quiller?", row)
        == "The phone of SVW-0426 is 07700 900316."
    )


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("how much is the disco dome on a saturday", "IB-125: £150 (Fri\u2013Sun & bank holidays)."),
        ("how much is the disco dome at the weekend?", "IB-125: £150 (Fri\u2013Sun & bank holidays)."),
        ("What does the disco dome cost on a Tuesday?", "IB-125: £125 (Mon\u2013Thu)."),
        ("how much is the disco dome?", None),  # which days: left to the model
    ],
)
def test_a_price_by_days_of_the_week_is_the_one_of_the_day_the_question_names(question, answer):
    row = "hire.pdf › Inflatables — Code: IB-125; Unit: Midnight Disco Dome; Mon\u2013Thu: £125; "
    assert looked_up(question, row + "Fri\u2013Sun & bank holidays: £150") == answer


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("How deep is the water at Skellow Slip?", ISLAND),  # no column named: the model reads it
        ("What are the name and the supplier of KX-2074?", PART),  # two columns named
        (  # an annual berth is no night's
            "How much is an annual berth on the Wrayford visitor pontoon for a 12m boat?",
            "wrayford_harbour_dues.csv — code: WH-V02; description: Visitor pontoon; size_band: 10.01-14.0m; "
            "period: per night; fee_gbp: 32.00",
        ),
        ("Which town is the ferry port of Kilvara?", ISLAND),  # "town" and "port": two again
        ("Who sets the price of KX-2074?", PART),  # a price is no answer to "who"
        ("What is KX-2074 made of?", PART),  # more than its name
        ("What is Kilvara?", ISLAND),  # no column says what an island is
        ("Who runs the harbour?", "Harbour › Staff: The harbour master is Ines Varrow."),  # prose
        ("When was the steam oven at K-2 bought?", JOB),  # a word the row does not say: not its event
        ("How many steam ovens are at K-2?", JOB),  # no cell counts anything (a day is no count)
        ("Who was at K-2?", JOB),  # one word to match the row by: too little to say it is the one
        ("What happened at K-2 on 4 May 2025?", JOB),  # two cells might answer: the model reads it
        ("What did Tova Lind do to the steam oven at K-2 on 4 May 2025?", JOB),  # no known kind
        ("Did Tova Lind replace the door seal at K-2?", JOB),  # yes or no: no cell says it
        ("How long is the Gold pass valid?", "passes.csv — pass: Gold; valid_to: 30 Sep; price: 40"),  # bare
        ("Which event runs daily?", FERRY),  # "Daily" singles no row out
        ("Does Ann Lee have a greenhouse on her plot?", "plots.csv — plot: C-2; holder: Ann Lee; shed: yes"),
        ("How much climbing is there on the Long Ridge?", RIDGE),  # "Long" is the walk's name
        ("How high is Merrow Edge?", RIDGE),  # a height: no length answers it
        ("What rating does Jaspal Grewal have?", WINNERS),  # not the year of his row
        ("How was the 2022 championship played?", WINNERS),  # a "championship" is no champion
        ("where was TV-173 collected from?", f"{SEED}; Collected: 02 Sep 2018"),  # a date says no place
        (
            "Who is the tenant at 312?",
            "staff.csv — name: Ada Venn; room: 312",
        ),  # one value: many rows may say it
        ("What is S8?", "fares.csv — Route: S8; From: Harnsey Quay; To: Calder Holm"),  # no name beside it
        (  # a vet is a person, never the row's reference; one value given: left to the model
            "Which vet saw Horace the tortoise?",
            "vets.csv — appt_ref: MV-10; pet_name: Horace; species: tortoise; clinician: Dr Rafe Alder",
        ),
        ("What is C-21?", "plots.csv — plot: C-21; holder: Isobel Varnum; size_m2: 250"),  # a person
        (  # "how old" asks an age: the column "won" names is no answer
            "How old was Jaspal Grewal when he won?",
            "Chess › Winners — year: 2023; champion: Ewan Thorley; runner-up: Jaspal Grewal",
        ),
        # the column's head word said of another kind: a final gravity is no original one
        (
            "what was the final gravity of BRW-24-111",
            "log.jsonl — batch_id: BRW-24-111; original_gravity: 1.052",
        ),
        ("monthly rent for room 4", "rooms.csv — room: 4; Annual rent: £6,360; Deposit: £571"),
        (  # "the 30th" is the day of a date, not any 30
            "what time is ada quint booked in on the 30th",
            "visits.tsv — ref: AP-12; date: 12 June 2026; start: 10:00; minutes: 30; client: Ada Quint",
        ),
        (  # a place the question names that neither the row nor its file says
            "how much is a 90 minute jump at Bouncebury",
            JUMPS,
        ),
        # where a thing came from is not where it is kept
        (
            "where was the little tarn onion seed collected from?",
            "seeds.tsv — Variety: Little Tarn Onion; Vault bay: Bay 1",
        ),
    ],
)
def test_anything_else_is_left_to_the_model(question, document):
    assert looked_up(question, document) is None


TOWNED = "islands.csv — island: Tessell Beg; main_town: Lowen; population: 310; area_km2: 9.4"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("How many people live in Lowen?", NO_ANSWER),  # the town's own, which the row does not give
        ("What is the area of Lowen?", NO_ANSWER),
        ("What is the population of Tessell Beg?", "The population of Tessell Beg is 310."),
        ("Population of the island whose main town is Lowen?", "The population of Tessell Beg is 310."),
        ("Which island has Lowen as its main town?", "The island is Tessell Beg."),
    ],
)
def test_a_place_the_row_holds_in_another_column_has_no_measure_of_the_rows(question, answer):
    assert looked_up(question, TOWNED) == answer


def test_only_table_rows_have_cells():
    assert row_cells(ISLAND)[1] == ("main_town", "Skellow")
    assert row_cells("The ferry — a small one: it carries; forty people") is None  # prose with a dash
    menu = "menu.tsv — Item: Falafel Bowl; Price (£): 9.20; Notes: Sesame, gluten; vegan"
    assert row_cells(menu)[2] == ("Notes", "Sesame, gluten; vegan")  # a value with "; " in it
    assert row_cells("Ferry Company › Fleet: The Saltwren carried 180 passengers.") is None
    assert row_cells(WALK)[2] == ("starts at", "Northgate Tower")  # labelled by a heading path
    assert row_cells("Walks: Book ahead. Or call — adult: £6; child: £3") is None  # a sentence's dash
    assert row_cells("29 April: Queen cells — seven, all capped. We split: moved the queen") is None
    # a title with a dash of its own, a numbered heading: still a row's label; a sheet's title is not
    flag = "skerrow — install guide › Usage › Flags — Flag: --tz <ZONE>; Default: local"
    assert row_cells(flag) == [("Flag", "--tz <ZONE>"), ("Default", "local")]
    room = "27 Ashvenny Road — Tenancy › 3. Rooms, Rent and Deposits — Room: Room 5; Deposit: £571"
    assert row_cells(room) == [("Room", "Room 5"), ("Deposit", "£571")]
    assert row_cells("plots.xlsx › Site Info — Allotments — Register 2025: Rent: £0.45 per m²") is None
    # a sheet's title with a dash over rows of three cells or more: each is a row
    log = "o.xlsx › Log › Orchard work log — season 2024/25 — Date: 09/11/2024; Volunteers: 9; Hours: 27"
    assert row_cells(log) == [("Date", "09/11/2024"), ("Volunteers", "9"), ("Hours", "27")]
    assert row_cells("tool — guide › Changelog › 2.1.0 — 2024-11-19: Changed: the default.") is None  # prose


@pytest.mark.parametrize(
    ("question", "document", "about"),
    [
        ("How much is a baguette?", PART, False),  # the nearest row, but not the baguette's
        ("How much is a fuel injector?", PART, True),
        ("Which part costs 39.90?", PART, True),  # a number is a cell too
        ("who supplies harlow and pike's parts", PART, True),
        ("What is the capital of Germany?", "The capital of Germany is Berlin.", True),  # no row
        ("What's the price of a chocolate croissant?", CROISSANT, False),  # another croissant
        ("price of the almond croissant", CROISSANT, True),
        ("how much is a croissant", CROISSANT, True),  # part of the name, nothing else beside it
        ("What does a croissant cost?", CROISSANT, True),  # the rest of the name is missing before it
        ("Which part costs 39.9?", PART, True),  # numbers by value
        ("population of Zurich", "cities.csv — city: Zürich; population: 421878", True),  # no accents
        ("population of tessell minor", "islands.csv — island: Tessell Beg; population: 310", False),
        ("How much rain fell on the 19th of October?", WEATHER, True),
        ("sunshine hours on the 19th oct", WEATHER, True),  # a month short
        ("How much rain fell on 17 October?", WEATHER, False),  # another day's row
        ("rain on 19 May", MAY, True),  # "may" beside a day is the month
        ("rain on May 17", MAY, False),
        # what the whole list is about (its label) is no other subject after the name; a word no
        # label nor cell says still is
        ("What does a half day of daycare cost?", f"Hound Club Daycare FAQ › Prices — {HALF}", True),
        ("What does a half day of livery cost?", f"Hound Club Daycare FAQ › Prices — {HALF}", False),
    ],
)
def test_a_row_answers_only_questions_about_it(question, document, about):
    assert about_row(question, document) is about


@pytest.mark.parametrize(
    ("question", "document", "names"),
    [
        ("What's the main town on Kilvara?", ISLAND, True),  # its subject and a column
        ("On which island is Skellow Slip the ferry port?", ISLAND, True),  # another cell, whole
        ("Who makes the fuel injector nozzle?", PART, False),  # no column named
        ("Who is the supplier of the fuel injector nozzle?", PART, True),
        ("What is the area of Kilvaro?", ISLAND, False),  # a name it only resembles
        ("What is the area of the island?", ISLAND, False),  # no cell named
        ("How many people live on Kilvara?", ISLAND, False),  # this row has no population column
        ("price of a chocolate croissant", CROISSANT, False),  # another croissant
        ("Old Wall walk length", WALK, True),  # its name without its article
        ("Which walk starts at Northgate?", WALK, False),  # part of a name
        ("How much rain fell on 19 October?", WEATHER, True),  # its date, the year unsaid
        ("How much rain fell on the 19th of May?", MAY, True),
        # another day's row, whose gust is the day asked
        (
            "rain on 12 October?",
            "w.json — date: 2024-10-04 (4 October 2024); rain_mm: 0.2; gust_kmh: 12",
            False,
        ),
        # the 30 of a 30-minute walk is a time, no joining fee of £30; £30 itself names it
        ("price of a 30-minute walk?", FEES, False),
        ("What is the annual fee where the joining fee is £30?", FEES, True),
    ],
)
def test_a_row_names_the_question_when_it_holds_the_asked_column_and_another_named_cell(
    question, document, names
):
    assert names_row(question, document) is names


def test_a_who_given_one_cell_no_other_row_holds_gets_the_rows_person() -> None:
    """One given cell answers "who" only where the store says no other row holds it: a register's
    item, not a log's site (many entries may write "K-2")."""
    row = "kit.xlsx — Asset Code: TB-1; Item: Sewing machine; Location: Wardrobe; Custodian: Ines Holt"
    question = "Who looks after the sewing machine?"
    assert looked_up(question, row, unique=lambda cell: cell == "Item: Sewing machine") == (
        "The custodian of TB-1 is Ines Holt."
    )
    assert looked_up(question, row, unique=lambda cell: False) is None


def test_a_question_naming_another_rows_subject_is_not_about_this_row() -> None:
    """A results table: "the Year 1 skipping race" names the skipping race's rows, not the Year 1
    beanbag throw's, though it says its year group; a question naming the row's own subject is about
    it, whatever the other rows."""
    beanbag = "sports.tsv — Event: Beanbag throw; Year group: Year 1; Winner: Otis Fairweather"
    jump = "sports.tsv — Event: Standing long jump; Year group: Year 4; Winner: Amara Linfoot"
    rows = [beanbag, jump, "sports.tsv — Event: Skipping race; Year group: Year 1; Winner: Ola Brandt"]
    rows += ["sports.tsv — Event: Long jump; Year group: Year 3; Winner: Finley Okoye"]
    events = table_of(rows)
    assert another_rows("Who won the Year 1 skipping race?", beanbag, events)
    assert not another_rows("Who won the Year 1 beanbag throw?", beanbag, events)
    assert not another_rows("Who won in Year 1?", beanbag, events)  # no other subject named
    assert not another_rows("who won the year 4 standing long jump", jump, events)  # its own, too
    assert not another_rows("Who won the skipping race?", "Harbour › Staff: prose", events)
    # a note written in a table's rows is about no row: "winter" of "Winter storage" asks no other
    dues = [
        "dues.csv — code: PT-W01; category: Winter storage; description: Dinghy park; fee: 110.00",
        "dues.csv — code: PT-S01; category: Slipway; description: Launch and recovery; fee: 9.50",
    ]
    note = "dues.csv — code: NOTE; description: The office opens 09:00-13:00 weekdays October to March."
    assert not another_rows("harbour office opening hours in winter", note, table_of([*dues, note]))
    assert another_rows("slipway winter storage", dues[1], table_of([*dues, note]))
    # a row's number is no name: "13-14" is the age group asked, not event 13's row
    gala = [
        f"gala.pdf › Winners — Event: {n}; Event: Boys 50 m {stroke}; Age: 13-14"
        for n, stroke in ((13, "crawl"), (17, "butterfly"))
    ]
    assert not another_rows("winning time in the boys 50m butterfly 13-14", gala[1], table_of(gala))
    # a clipped column says its words: ``Nxt_svc_due`` is the "next service due" another row's notes say
    boats = [
        "boats.csv — Boat_id: SSK-D03; Boat_nm: Plover; Nxt_svc_due: 14/04/2026 (14 April 2026); Notes: ",
        "boats.csv — Boat_id: SSK-R01; Boat_nm: Grebe; Nxt_svc_due: 01/05/2026; Notes: Engine service due",
    ]
    asked = "Which sailing school boat has its next service due on 14/04/2026?"
    assert not another_rows(asked, boats[0], table_of(boats))
    # names with a note in brackets are names still; a measure the row holds is no word of its name
    lessons = [
        f"slope \u203a Prices \u2014 Code: {code}; Activity: {activity}; Length: {length}; Adult: {price}"
        for code, activity, length, price in (
            ("RS2", "Recreational skiing", "2 hours", "\u00a330"),
            ("T1", "Ski taster lesson (group of up to 8)", "1 hour", "\u00a326"),
            ("P1", "Private lesson, 1 person", "1 hour", "\u00a348"),
            ("P2", "Private lesson, 2 people", "1 hour", "\u00a362"),
        )
    ]
    assert another_rows("How much is a 2-hour private lesson?", lessons[0], table_of(lessons))
    assert not another_rows("How much is 2 hours of recreational skiing?", lessons[0], table_of(lessons))
    # another grade of the same name: "2nd Dan" is no "Shodan (1st Dan)"
    grades = [
        "club.docx \u203a Gradings \u2014 Grade: 1st kyu; Belt: Brown; Grading fee: \u00a340",
        "club.docx \u203a Gradings \u2014 Grade: Shodan (1st Dan); Belt: Black; Grading fee: \u00a395",
    ]
    assert another_rows("What's the grading fee for 2nd Dan?", grades[1], table_of(grades))
    assert not another_rows("What's the grading fee for 1st Dan?", grades[1], table_of(grades))
    # a word after the row's own description is its kind ("corned beef donation"), and a question
    # choosing among rows by their kind names none ("Which of the bouncy castles …?")
    intake = [
        f"intake.csv \u2014 Ref_no: TFB-{n}; Donor_nm: {donor}; Item_desc: {item} (tinned, 340g); Val: {v}"
        for n, donor, item, v in (
            ("0204", "St Aldhelm's Church", "Corned beef", "54.00"),
            ("0231", "St Aldhelm's Church", "Instant coffee", "27.50"),
            ("0240", "Year 6 donation drive", "Baked beans", "12.00"),
        )
    ]
    assert not another_rows(
        "Estimated value of St Aldhelm's corned beef donation?", intake[0], table_of(intake)
    )
    castles = [
        f"hire.pdf \u203a Inflatables \u2014 Code: IB-{n}; Unit: {unit}; Ages: {ages}; Price: \u00a3{price}"
        for n, unit, ages, price in (
            ("101", "Little Ducklings Toddler Castle (soft floor)", "1\u20134", "65"),
            ("102", "Big Bouncy Pirate Ship (with slide)", "4\u201312", "95"),
            ("103", "Jungle Run assault course", "6+", "150"),
        )
    ]
    assert not another_rows(
        "Which of the bouncy castles is for kids aged 1 to 4?", castles[0], table_of(castles)
    )
    assert another_rows("How much is the bouncy pirate ship?", castles[0], table_of(castles))


def test_a_who_question_is_never_answered_by_a_description() -> None:
    """A row's description is no one's name: "Who tutors the Writing the Weather workshop?" over a
    session row names no column of people, and its description does not answer, though the title
    the question gives is no other row's."""
    row = (
        "programme.json › sessions — session_id: S01; title: Writing the Weather; type: workshop; "
        "description: A hands-on nature-writing workshop. Bring a notebook; places are limited to 20.; "
        "start: 10:00"
    )
    assert looked_up("Who tutors the Writing the Weather workshop?", row, lambda cell: True) is None
    tutored = row.replace("start: 10:00", "tutor: Dr Piran Hocking")
    assert looked_up("Who is the tutor of the Writing the Weather workshop?", tutored) == (
        "The tutor of S01 is Dr Piran Hocking."
    )


def test_a_totals_row_and_a_note_name_no_row() -> None:
    """A register's TOTAL row and a note under it are no rows of their own: "total amount due" is
    said of a tenant's row, not of the totals'."""
    label = "rents.xlsx › Plot Rent Register"
    rows = [f"{label} — Plot No: AV-0{n}; Tenant: Tenant{n} Name{n}; Amount due: £70.50" for n in range(1, 6)]
    rows += [f"{label} — Plot No: TOTAL; Amount due: £352.50", f"{label} — note: Rents are due by 1 October."]
    register = table_of(rows)
    assert not another_rows("Tenant2 Name2's allotment - total amount due this year?", rows[1], register)
    assert "total" not in register.keys and "rents" not in register.keys


def test_a_question_saying_other_rows_name_words_is_not_about_this_row() -> None:
    """A word of other rows' names that this row never says ("pyrometric") takes the question to
    them, though this row holds its number ("10 kg bag" for "cone 10"); a row named by its code, or
    a word of a long note, keeps it."""
    label = "stock.xlsx › Stock — Item code:"
    clay = f"{label} CL-2077; Description: Black raku clay; Unit: 10 kg bag; Cost: 21.95"
    cones = f"{label} KS-0822; Description: Pyrometric cones, cone 6; Unit: Box; Cost: 26.8"
    note = f"{label} TL-0612; Description: Wire cutter; Notes: keep it dry in the top drawer of the bench"
    stock = table_of([clay, cones, note])
    assert another_rows("What does a box of cone 10 pyrometric cones cost?", clay, stock)
    assert not another_rows("What does a box of cone 6 pyrometric cones cost?", cones, stock)
    assert not another_rows("What does the black raku clay cost?", clay, stock)
    assert not another_rows("What do pyrometric cones cost at CL-2077?", clay, stock)  # its code
    assert not another_rows("Where is the black raku clay kept dry?", clay, stock)  # a note's words
    visits = [f"vets.csv — ref: V-{n}; pet: Pet{n}; reason: Vaccination; status: Completed" for n in range(8)]
    visits += ["vets.csv — ref: V-8; pet: Figaro; reason: Microchip implant; status: Completed"]
    visits += ["vets.csv — ref: V-9; pet: Blue; reason: Vaccination; status: Booked"]
    booked = table_of(visits)
    assert not another_rows("which pet was booked in for a microchip implant?", visits[8], booked)  # a verb
    assert another_rows("which pet came in for a microchip implant?", visits[9], booked)
    kit = [f"kit.xlsx — Code: S-{n}; Item: Lamp {n}; Location: Lighting Store" for n in range(2)]
    kit += ["kit.xlsx — Code: S-9; Item: Mixing desk; Location: Control Room"]
    gear = table_of(kit)
    mended = "the desk: where is it store?"  # the retriever's mending of "stored"
    assert another_rows(mended, kit[2], gear)
    assert not another_rows(mended, kit[2], gear, "the desk: where is it stored?")  # the user's words
    assert not another_rows("the mixing desk: where is it store?", kit[2], gear)  # its item named whole


def test_a_rows_label_may_hold_a_dash_of_its_own() -> None:
    """The label is all before the dash that opens the row's cells, a title's dash kept."""
    assert row_label("skerrow — install guide › Flags — Flag: --tz; Default: local") == (
        "skerrow — install guide › Flags"
    )
    assert row_label("Harbour › Staff: prose") is None


def test_short_column_names_are_read_as_their_words() -> None:
    """An export's clipped, run-together column names (``Cat``, ``DueDt``, ``Dep (GBP)``) say what
    their words say: a category, a due date, a deposit in money, its currency in brackets or not ("Dep"
    alone departs)."""
    loans = (
        "loans.csv — LoanID: LN-0461; Item: Bread maker; Cat: KIT; OutDt: 2025-10-18; DueDt: 2025-11-01; "
        "RetDt: 2025-10-30; Dep (GBP): 10.00"
    )
    assert (
        looked_up("Which category is the bread maker filed under?", loans)
        == "The category of LN-0461 is KIT."
    )
    assert looked_up("when's the bread maker due back", loans) == "The due date of LN-0461 is 2025-11-01."
    assert (
        looked_up("When was the bread maker returned?", loans) == "The return date of LN-0461 is 2025-10-30."
    )
    assert (
        looked_up("What deposit was paid on the bread maker?", loans) == "The deposit of LN-0461 is £10.00."
    )
    assert looked_up("When was the bread maker taken?", loans) is None  # no date column it names
    register = "loans.xlsx › WOODWIND — Inst_ID: PCO-OB650; Instr: Oboe; Ret_due: 06/01/2027; Dep_£: 150"
    assert column_words("Dep_£") == column_words("Dep (£)") == (["deposit"], "£")
    assert (
        looked_up("How much deposit was taken for the oboe?", register) == "The deposit of PCO-OB650 is £150."
    )
    units = "units.csv — unit_id: SB-0106; cust_ref: C-31102; tenant: Szalai, K; mo_rent_gbp: 128.00"
    assert (
        looked_up("what customer ref does Szalai have?", units)
        == "The customer reference of SB-0106 is C-31102."
    )
    train = "trains.csv — Train: 2K14; Dep: 09:12; Arr: 10:40"
    assert looked_up("What time is the departure of 2K14?", train) == "The departure of 2K14 is 09:12."


def test_a_column_is_named_by_its_other_words_when_its_kind_is_asked() -> None:
    """Three prices: "a year's" (or "yearly") names the annual one by its other word; a question
    that names none of them, or another kind, gets none."""
    fees = "club.docx › Fees — Category: Student; Annual fee: £110; Joining fee: none; Dinghy space: £48"
    expected = "The annual fee of Student is £110."
    assert looked_up("How much is a year's student membership?", fees) == expected
    assert looked_up("How much is a yearly student membership?", fees) == expected
    assert looked_up("How much is a student membership?", fees) is None
    assert looked_up("Who set the annual student membership?", fees) is None
    kiln = "kiln.xlsx — Batch Ref: KF-25-031; Firing type: Bisque; Member: Kezia Holloway; Charge: £24.00"
    assert looked_up("Whose work was in firing batch KF-25-031?", kiln) is None  # no "firing type" of anyone
    unit = "units.csv — unit: C-12; tenant: Juno Achebe-Ross; monthly_rent_gbp: 590; floor_area_m2: 33"
    assert looked_up("Which floor is C-12 on?", unit) is None  # a thing asked, no floor area


def test_a_rate_is_named_before_its_unit_and_a_verb_of_money_names_no_count() -> None:
    """``tariff_p_per_kwh`` is a tariff in pence per kWh; "What tariff will they charge?" asks money,
    which a row without its tariff lacks: its ``charge_points`` are no answer."""
    live = "sites.csv — site_id: VM-0104; site_name: Market Street; charge_points: 3; tariff_p_per_kwh: 72"
    assert looked_up("What is the tariff at Market Street?", live) == "The tariff of VM-0104 is 72p per kwh."
    planned = "sites.csv — site_id: VM-0108; site_name: Fenstow Quayside; charge_points: 4; max_power_kw: 120"
    assert (
        looked_up("What tariff will Voltmere charge at the planned Fenstow Quayside site?", planned) is None
    )


def test_a_price_is_named_by_its_bracketed_words_and_no_other_cell_answers_how_much() -> None:
    """Two prices told apart by their brackets: "in adult sizes" names "Price (adult XS-L)", not the
    ``Sizes`` cell; "in children's sizes" names neither, and sizes are no price."""
    polo = (
        "uniform.xlsx › Price List — Item code: AMB-PS2; Item: Polo shirt with logo;"
        " Sizes: 3-4 to 12-13; XS-L; Price (ages 3-13): £8.25; Price (adult XS-L): £9.95"
    )
    told = looked_up("How much is the polo shirt with logo in adult sizes?", polo)
    assert told == "The price (adult XS-L) of AMB-PS2 is £9.95."
    assert looked_up("How much is the polo shirt with logo in children's sizes?", polo) is None
    forge = "forge.md › Courses — Code: PRV-1; Course: Private one-to-one day; Length: 1 day; Price: £290"
    told = looked_up("anvil & ember course that costs £290", forge)  # a price given asks the course
    assert told == "The course of PRV-1 is Private one-to-one day."


def test_a_subject_is_named_without_its_bracketed_words_when_no_other_row_shares_it() -> None:
    """ "a cadet" names "Cadet (under 18)"; "a tent" names no row where a small and a large tent are."""
    cadet = "club.docx › Fees — Category: Cadet (under 18); Annual fee: £72; Dinghy space: £48"
    assert names_row("how much is a dinghy space for a cadet?", cadet, table_of([cadet, FEES]))
    assert not another_rows(
        "how much is a boat space for a cadet?", cadet, table_of([cadet, FEES, FAMILY])
    )  # though the family's "£95 per boat" says "boat" of the dinghy park
    small, large = (
        f"hire.csv — Item: Tent ({size}); Price: £{price}" for size, price in [("small", 9), ("large", 14)]
    )
    assert not names_row("What is the price of the tent?", small, table_of([small, large]))
    # brackets that measure tell one of a kind from another: an hour-long walk is no "(30 min)" one
    prices = [
        f"faq.md › Prices — Service: {service}; Price: £{price}; Notes: {notes}"
        for service, price, notes in [
            ("Full day daycare", 34, "7:15am to 6:45pm"),
            ("Half day (AM or PM)", 22, "max 5 hours"),
            ("Pack walk (1 hr)", 16, "groups of up to 6"),
            ("Solo walk (30 min)", 14, "reactive dogs, seniors"),
            ("Taxi pick-up", 5, "BR17 postcodes only"),
        ]
    ]
    question = "I'm thinking of an hour-long solo walk for my reactive spaniel, what would that cost?"
    assert not names_row(question, prices[3], table_of(prices))
    assert another_rows(question, prices[3], table_of(prices))


def test_a_value_given_by_its_first_words_is_no_cell_asked() -> None:
    """ "the japanese kana course" gives the course "Japanese Kana & Basics": its room is asked,
    never the course itself; "who" is left to the model, as a value given in part does not single
    out the row's person (an order's customer is not who approved its "wedding invitations")."""
    course = (
        "timetable.xlsx — Code: JP-A1-05; Course: Japanese Kana & Basics; Room: Room 3 (Damson); "
        "Tutor: Haruto Ikemizu-Bell"
    )
    assert (
        looked_up("What room is the japanese kana course in?", course)
        == "The room of JP-A1-05 is Room 3 (Damson)."
    )
    assert looked_up("who runs the japanese kana course", course, lambda cell: True) is None
    assert looked_up("who teaches the japanese kana course", course) == (  # "teaches" names the tutor
        "The tutor of JP-A1-05 is Haruto Ikemizu-Bell."
    )
    pottery = "classes.csv \u2014 Class: Pottery; Day: Monday; Tutor: Sam Fry; Covers: throwing and glazing"
    assert looked_up("What does the Monday pottery class teach?", pottery) is None  # what, not who


def test_how_big_a_thing_is_or_what_it_holds_asks_its_capacity() -> None:
    tank = (
        "export.json › water_sources — id: WS-2; type: rainwater tank; capacity_l: 42000; fill_level_pct: 64"
    )
    for question in ["How big is the rainwater tank, in litres?", "How much does the rainwater tank hold?"]:
        assert looked_up(question, tank) == "The capacity of WS-2 is 42000 l."
    assert looked_up("How full is the rainwater tank?", tank) is None


def test_a_status_that_is_another_columns_name_leaves_when_to_that_column() -> None:
    """ "Status: Closed" beside ``Closed``: "when was it closed?" asks the closing date, not the
    duration the other checks would fall back to."""
    order = "orders.csv — WO_ID: WO-2239; Est_hrs: 5; Status: Closed; Closed: 2025-02-05 (5 February 2025)"
    for question in ["When was WO-2239 closed?", "When was WO-2239 closed out?"]:
        assert looked_up(question, order) == "The closed of WO-2239 is 2025-02-05 (5 February 2025)."
    assert looked_up("What is the status of WO-2239?", order) == "The status of WO-2239 is Closed."


def test_a_column_clipped_short_is_named_by_the_word_it_opens() -> None:
    """``Turb``, ``Pri``: a column of one short word the question says whole; one that is a word
    of its own only a little shorter ("Age" of "agent") is not named so."""
    order = "orders.csv — WO_ID: WO-2241; Turb: T05; Pri: P1; Age: 34; Status: Closed"
    assert looked_up("Which turbine was WO-2241 raised against?", order) == "The turbine of WO-2241 is T05."
    assert looked_up("what priority is WO-2241?", order) == "The priority of WO-2241 is P1."
    assert looked_up("Which agent had WO-2241?", order) is None
    story = "festival.json — session_id: LB26-U01; type: children; tickets.child_gbp: 4.0"
    assert looked_up("The story hour is for children of what ages?", story) is None  # a plural, no clip


def test_a_doer_column_is_named_by_the_deed_and_a_code_or_initials_answer() -> None:
    """``fixer`` is named by "who fixed", and its initials name someone; a code of capitals only
    answers "what's the outcome code"."""
    ticket = "repairs.csv — tkt_no: BRC-2502-005; itm_desc: Mantel clock; fixer: AVD; outc: PF; mins: 70"
    assert looked_up("who fixed BRC-2502-005?", ticket) == "The fixer of BRC-2502-005 is AVD."
    assert looked_up("what's the outcome code on ticket BRC-2502-005?", ticket) == (
        "The outcome of BRC-2502-005 is PF."
    )
    assert looked_up("who ordered BRC-2502-005?", ticket) is None  # no column for it
    brew = "brews.csv — batch_id: BRW-136; brew: Wren's Errand; brewer: Priya Vant; aroma_hop: Centennial"
    assert looked_up("what's the batch ID of the Wren's Errand brew?", brew) != (
        "The brewer of BRW-136 is Priya Vant."
    )  # "brew" is a thing here, no deed of the brewer


def test_how_many_asks_the_last_word_before_its_verb() -> None:
    """ "how many volunteer hours" counts hours, not volunteers; "how many volunteers" the people."""
    log = (
        "o.xlsx › Log — Date: 09/11/2024; Task: Mulching; Lead volunteer: C. Ardagh; Volunteers: 9; Hours: 27"
    )
    assert (
        looked_up("how many volunteer hours did the mulching take", log) == "The hours of 09/11/2024 is 27."
    )
    assert looked_up("how many volunteers came to the mulching?", log) == "The volunteers of 09/11/2024 is 9."


def test_a_name_given_without_its_number_singles_out_the_row() -> None:
    """ "the Pellingford Scouts" gives "1st Pellingford Scouts", so "which tree" asks the row's name,
    read past a cell of one letter ("Row: C"), never the sponsor the question gave."""
    tree = (
        "orchard.xlsx › Trees — Tree ID: PCO-C03; Row: C; Variety: Kentish Fillbasket; "
        "Sponsor: 1st Pellingford Scouts; Condition: Good"
    )
    expected = "The variety of PCO-C03 is Kentish Fillbasket."
    assert looked_up("Which tree do the Pellingford Scouts sponsor?", tree) == expected
    assert looked_up("who sponsors PCO-C03?", tree) == "The sponsor of PCO-C03 is 1st Pellingford Scouts."


def test_an_objects_key_asks_all_its_cells() -> None:
    """ "the score" of ``score.home: 1; score.away: 4`` is both, each said by its own key."""
    match = "league.json › matches — match_id: R09-03; home: HLT; away: BRM; score.home: 1; score.away: 4"
    assert looked_up("What was the score in match R09-03?", match) == "The score of R09-03 is home 1, away 4."
    show = "shows.json › performances — perf_id: P-3; tickets.adult_gbp: 12; tickets.child_gbp: 6"
    assert looked_up("how much are tickets for P-3?", show) == "The tickets of P-3 are adult £12, child £6."
    assert looked_up("what was the result of R09-03?", match) is None  # no key says it
    account = (
        "orders.json › orders — order_id: QP-20; customer.name: Brennock Council; customer.account: C-0477"
    )
    assert looked_up("Which customer has account C-0477?", account) != (
        "The customer of QP-20 is name Brennock Council, account C-0477."
    )  # the account is given: the name is asked
    hive = "apiary.json › hives — hive_id: WB-12; queen.year: 2024; queen.marked: yes; frames: 9"
    assert looked_up("Which hive has no queen at the moment?", hive) is None  # a hive asked, not its queen


def test_a_columns_start_does_not_answer_the_spans_end() -> None:
    plot = "plots.xlsx — Plot: HR-14; Tenant: Kwabena Marsh; Tenancy start: 01/03/2017 (1 March 2017)"
    assert looked_up("When does Kwabena Marsh's tenancy end?", plot) is None
    assert looked_up("When did Kwabena Marsh's tenancy start?", plot) == (
        "The tenancy start of HR-14 is 01/03/2017 (1 March 2017)."
    )


def test_a_verbs_particle_and_a_names_old_are_no_other_rows_words() -> None:
    """ "went out" says no category "OUT" of other rows; the "Old" of a row's own name is a word it
    says (not only an age), so "the old rectory orchard" stays with its row."""
    loans = [
        "loans.csv — LoanID: LN-0455; Item: Chainsaw, electric; Cat: GDN; Dep (GBP): 35.00",
        "loans.csv — LoanID: LN-0452; Item: Camping stove; Cat: OUT; Dep (GBP): 10.00",
    ]
    assert not another_rows(
        "What deposit was taken when the electric chainsaw went out?", loans[0], table_of(loans)
    )
    sites = [
        "bees.json › apiaries — apiary_id: AP-05; name: Old Rectory Orchard; manager: Samuel Okonedo",
        "bees.json › apiaries — apiary_id: AP-08; name: Marsh Lane; manager: Lorna Beckwith; site: old mill",
    ]
    assert not another_rows("who looks after the old rectory orchard apiary", sites[0], table_of(sites))
    assert another_rows("who looks after the marsh lane apiary", sites[0], table_of(sites))


def test_a_size_after_a_rows_name_is_no_part_of_it_to_say() -> None:
    """ "the rice kept" is about the row "Rice 1kg" (its size unsaid); "the oat milk" is not about
    "Formula milk stage 1", whose first word it leaves unsaid and puts another in its place."""
    rice = "stock.xlsx › Stock — Item: Rice 1kg; Category: Dry goods; Qty in stock: 38; Shelf: B2"
    assert about_row("which shelf is the rice kept on?", rice)
    assert looked_up("which shelf is the rice kept on?", rice) == "The shelf of Rice 1kg is B2."
    formula = "stock.xlsx › Stock — Item: Formula milk stage 1; Category: Baby; Qty in stock: 6; Shelf: D2"
    assert not about_row("which shelf is the oat milk kept on?", formula)
    room = "terms.docx › Rooms — Room: Room 5; Location: Attic (second floor); Deposit: £571"
    assert about_row("what deposit does the person in the attic room pay", room)


def test_columns_named_alike_are_told_apart_by_their_bracketed_words() -> None:
    """ "POST OFFICE (new)" and "POST OFFICE (old)": the question saying "new" asks the first, one
    saying neither asks no one column."""
    row = (
        "Notice \u203a Hours \u2014 column 1: Saturday; SHOP: 07:00 - 20:00; "
        "POST OFFICE (new): 09:00 - 17:00; "
        "POST OFFICE (old): 09:00 - 12:30"
    )
    assert "09:00 - 17:00" in looked_up("When will the new post office counter close on Saturdays?", row)
    assert "09:00 - 12:30" in looked_up("what were the old post office hours on saturday", row)
    assert looked_up("what are the post office hours on saturday", row) is None


def test_the_rows_which_asks_among_by_their_names_plural_are_about_each() -> None:
    """ "which of the delivery zones gets …" asks among the rows "Zone A", "Zone B", "Zone C": the
    word after the plural is no other zone's name; after "which zone" it still may be, and a code's
    part ("HF-LOG-FULL") is no name's word."""
    zone = (
        "prices.xlsx \u203a Delivery \u2014 Zone: Zone C; Distance: 10 to 15 miles; Delivery days: Thursday"
    )
    assert about_row("which of the garden centre's delivery zones gets deliveries on a Thursday?", zone)
    assert not about_row("which zone gets deliveries on a Thursday?", zone)
    logs = "guide.md \u2014 Code: HF-LOG-FULL; Product: Seasoned hardwood logs; Moisture content: under 20%"
    assert not about_row("Which of the co-op's logs come in under 15% moisture?", logs)  # a code's "LOG"


def test_a_company_abbreviation_in_a_label_is_no_sentence_end() -> None:
    """ "Sorrelby Canvas Co. - Rates" labels rows; a label holding a sentence's end is prose."""
    row = (
        "Sorrelby Canvas Co. - Rates › Structures — Code: SC-S15; Structure: Sailcloth tent; Extra day: £360"
    )
    assert row_cells(row) == [("Code", "SC-S15"), ("Structure", "Sailcloth tent"), ("Extra day", "£360")]
    assert looked_up("Which structure has an extra day rate of £360?", row) == (
        "The structure of SC-S15 is Sailcloth tent."
    )
    assert row_cells("We hire tents. Our rates — Code: SC-S15; Structure: Sailcloth tent") is None


def test_a_columns_bracketed_qualifier_is_no_word_of_it_and_a_price_is_its_fee() -> None:
    """ "Monthly fee (ex VAT)" is a monthly fee: asked as a price, it answers."""
    plans = "terms.docx › Plans — Plan: Flexi Desk; Monthly fee (ex VAT): £210; Meeting room hours: 4 hours"
    assert column_words("Monthly fee (ex VAT)") == (["monthly", "fee"], "")
    expected = "The monthly fee of Flexi Desk is £210."
    assert looked_up("What is the monthly price of the Flexi Desk membership?", plans) == expected


def test_a_size_the_question_gives_is_no_code_naming_the_row() -> None:
    """ "a 12m x 21m pole tent" gives the marquee row's size, yet names a kind only other rows are."""
    rows = [
        "rates.pdf — Code: SC-M12; Structure: Clearspan marquee; Size: 12m x 21m; Hire: £3,960",
        "rates.pdf — Code: SC-P04; Structure: Traditional pole tent; Size: 4m x 8m; Hire: £720",
        "rates.pdf — Code: SC-S15; Structure: Sailcloth stretch tent; Size: 10m x 15m; Hire: £2,150",
    ]
    table = table_of(rows)
    assert another_rows("How much is a 12m x 21m pole tent for the weekend?", rows[0], table)
    assert not another_rows("How much is the 12m x 21m marquee for the weekend?", rows[0], table)


def test_a_category_many_rows_share_names_none_of_them() -> None:
    """ "how many tins": the tins' category "Tins" is every tin's, so it names no tin's row; the one
    row's item or a value no other row holds still names it."""
    rows = [
        f"stock.xlsx › Stock — Item: {item}; Category: {kind}; Qty in stock: {qty}; Shelf: {shelf}"
        for item, kind, qty, shelf in [
            ("Baked beans", "Tins", 96, "A1"),
            ("Tinned fish", "Tins", 41, "A3"),
            ("Pasta 500g", "Dry goods", 142, "B1"),
            ("Rice 1kg", "Dry goods", 38, "B2"),
            ("Tea bags", "Drinks", 22, "C1"),
            ("Instant coffee", "Drinks", 9, "C2"),
        ]
    ]
    table = table_of(rows)
    assert not names_row("how many tins does the pantry have in stock?", rows[0], table)
    assert names_row("how many tins does the pantry have in stock?", rows[0])  # no table known
    assert names_row("How many are in stock on shelf A1?", rows[0], table)


def test_a_price_per_length_is_a_price_not_a_length() -> None:
    """ "Price per length (£ ex VAT)" names a price; the length is the "Length (m)" column's."""
    boards = (
        "timber.tsv — Code: OV-1031; Product: Thermo-ash decking boards; Width (mm): 140; Length (m): 3.9; "
        "Price per length (£ ex VAT): 39.90"
    )
    assert looked_up("The thermo-ash decking boards are how long, in metres?", boards) == (
        "The length of OV-1031 is 3.9 m."
    )


def test_a_rate_per_hour_is_said_per_hour() -> None:
    hall = "hall.docx — Room: Garden Room; Community rate per hour: £11.00; Private rate per hour: £19.00"
    assert looked_up("What is the community rate per hour for the Garden Room?", hall) == (
        "The community rate of Garden Room is £11.00 per hour."
    )
    assert looked_up("Which room costs £19 an hour on the private rate?", hall) == "The room is Garden Room."


BAKERY = [
    "bakery.json — sku: CC-BR-01; name: Copper Loaf (white sourdough); weight_g: 800; price_gbp: 4.6",
    "bakery.json — sku: CC-PA-04; name: Almond Croissant; weight_g: 120; price_gbp: 3.15",
]


def test_a_money_question_naming_only_the_row_gets_its_one_price() -> None:
    """ "How much is …?" of a row with one price gives it, as money is written (4.6 is £4.60); a
    word the row does not say may name a price it lacks, and two prices leave it to the model."""
    assert looked_up("how much is the almond croissant", BAKERY[1]) == "The price of CC-PA-04 is £3.15."
    assert looked_up("how much is the copper loaf", BAKERY[0]) == "The price of CC-BR-01 is £4.60."
    assert looked_up("how much is the deposit on the almond croissant", BAKERY[1]) is None
    hall = "hall.xlsx — Room: Garden Room; Community rate (£): £9.00; Private rate (£): £13.50"
    assert looked_up("how much is the garden room", hall) is None


def test_a_name_column_beside_a_code_names_the_row() -> None:
    """A row's name in a ``name`` or ``variety_nm`` column (its first cell a code) names it as its
    subject would, without its bracketed words too; a column ending ``_nm`` is in nautical miles only
    after a measure's noun, and ``pct`` is said as a percentage."""
    assert names_row("how heavy is the Copper Loaf", BAKERY[0], table_of(BAKERY))
    seeds = [
        "seeds.csv — acc_no: PSL-0415; variety_nm: Mrs Calloway's Pink; germ_pct: 95; qty_pkts: 57",
        "seeds.csv — acc_no: PSL-0419; variety_nm: Quarrybank Fire; germ_pct: 58; qty_pkts: 6; rmk: packets",
    ]
    assert column_words("variety_nm") == (["variety", "name"], "")
    assert looked_up("What variety is accession PSL-0415?", seeds[0]) == (
        "The variety name of PSL-0415 is Mrs Calloway's Pink."
    )
    assert not another_rows("how many packets of Mrs Calloway's Pink do we have", seeds[0], table_of(seeds))
    assert looked_up("how many packets of Mrs Calloway's Pink are there", seeds[0]) == (
        "The quantity packets of PSL-0415 is 57."
    )
    assert looked_up("germination % of quarrybank fire", seeds[1]) == "The germination of PSL-0419 is 58%."
    bike = "hire.pdf › Prices — Code: QCH-E21; Bike: E-Mountain Bike (21 Ah battery); Half day: £38 / £47"
    assert looked_up("What is QCH-E21?", bike) == "The bike of QCH-E21 is E-Mountain Bike (21 Ah battery)."
    assert looked_up("half day price of QCH-E21?", bike) == "The half day of QCH-E21 is £38 / £47."  # no days


def test_a_question_sharing_only_the_files_name_with_a_row_is_not_about_it() -> None:
    """ "the chocolate brownie at Crumb & Copper" shares "Copper" with the Copper Loaf's row only
    through the shop's file name; a question about the shop itself still is about its record."""
    loaf = BAKERY[0].replace("bakery.json", "crumb_and_copper.json")
    assert not about_row("price of the chocolate brownie at crumb & copper", loaf)
    assert about_row("price of the copper loaf at crumb & copper", loaf)
    shop = "crumb_and_copper.json › shop — name: Crumb & Copper Bakehouse; phone: 01632 960418"
    assert about_row("what's the phone number of crumb & copper", shop)
    ttl = "skerrow guide › Environment variables — Variable: SKERROW_CACHE_TTL; Default: 86400"
    assert about_row("What is the default value of SKERROW_CACHE_TTL in the current release?", ttl)  # whole
    alarm = "Alarm: Manual for TW-30 and TW-300 › Specs — Property: Alarm volume; TW-30: 85 dB"
    assert about_row("How loud is the TW-30 alarm?", alarm)  # its column's code names the row


def test_a_value_the_question_gives_is_not_the_one_it_asks() -> None:
    """ "the boat that arrives at 07:45" gives the arrival: it is not the answer, the departure is."""
    row = "ferry.pdf › Timetable — Depart Portnacree: 07:10; Arrive Corrabeg: 07:45; Days: Daily"
    assert looked_up("what time does the 07:10 from Portnacree arrive", row) == (
        "The arrive corrabeg of 07:10 is 07:45."
    )
    assert looked_up("what time does the boat that arrives at 07:45 leave", row) == (
        "The depart portnacree is 07:10."
    )


def test_a_count_is_no_price() -> None:
    """ "how much extra to add a 9th player" is not answered by how many players a room takes."""
    room = "rooms.html — Room: Vault 1887; Players: 4-8; Time limit: 75 minutes; Price per group: £140"
    assert looked_up("how much extra to add a 9th player to Vault 1887?", room) is None
    assert looked_up("how many players can play Vault 1887?", room) == "The players of Vault 1887 is 4-8."


def test_a_name_the_file_says_is_still_another_rows_subject() -> None:
    """ "Tarnwick Rovers" is no "Ruthby Rovers", though the file's name says Tarnwick; said in lower
    case, a word of the file's name is what all its rows are about."""
    club = "tarnwick_valley_clubs.csv — club: Ruthby Rovers; town: Ruthby Magna; head_coach: Clara Fenwick"
    assert not about_row("Who is the head coach of Tarnwick Rovers?", club)
    assert about_row("Who is the head coach of Ruthby Rovers?", club)
    assert about_row("who coaches the tarnwick valley rovers", club)
    heater = "Sorrelby Rate Card › Extras — Item: Indirect diesel heater; Unit: each; Price: £145"
    assert about_row("What's the price of the diesel heaters Sorrelby hire out?", heater)  # the company's
    fund = "Ashcombe St Petroc Council › Grants — Fund: Small Grants; Decided by: Clerk and Chair"
    assert about_row("Which Ashcombe St Petroc grant fund is decided by the Clerk and Chair?", fund)
    assert not about_row("What is the maximum of the Ashcombe Large Grants?", fund)


def test_a_footnote_mark_on_a_cell_is_no_part_of_its_number() -> None:
    """ "£95¹" (a PDF table's footnoted fee) is 95 with a mark: asked on a day, the row is read, not
    refused with int("95¹")."""
    row = "evening_classes.pdf › Courses — course: Pottery; starts: 12 March; fee: £95¹"
    assert about_row("What is the fee for pottery on 12 March?", row)
    assert not about_row("What is the fee for pottery on 14 March?", row)


def test_a_column_named_by_a_word_without_its_vowels_is_that_word() -> None:
    """An export's ``Wks`` and ``pwr`` are the weeks and the power a question asks for, said back
    whole; a price is asked by what one is paying."""
    course = "classes.pdf › Timetable — Code: KAL-127; Course: Bookkeeping (Level 1); Wks: 12; Fee: £190"
    assert looked_up("how many weeks is the bookkeeping course", course) == "The weeks of KAL-127 is 12."
    pitch = "market.tsv — pitch: P08; business: Jerk Junction; pwr: 32A; fee_gbp: 110"
    assert looked_up("what power supply does Jerk Junction need", pitch) == "The power of P08 is 32A."
    assert looked_up("what does Jerk Junction pay", pitch) == "The fee of P08 is £110."
    # the pitch is what it pays for, not the money asked
    assert looked_up("What is Jerk Junction paying for its pitch?", pitch) == "The fee of P08 is £110."
    assert looked_up("which pitch is Jerk Junction on", pitch) == "The pitch is P08."


def test_a_code_asked_about_is_the_subject_wherever_its_column_stands() -> None:
    """ "Who is trader QNM-0299?" of a row that opens with the trader's pitch: the cell after the
    code's says who; the pitch asked about names nothing of the kind."""
    row = "market.tsv — pitch: P13; trader_id: QNM-0299; business: The Dosa Cart; cuisine: South Indian"
    assert looked_up("Who is trader QNM-0299?", row) == "The business of P13 is The Dosa Cart."
    assert looked_up("Who is trader QNM-0300?", row) is None


def test_a_letter_ending_a_rows_name_is_part_of_it() -> None:
    """ "which delivery round covers Oxley Green?" does not name "Round A" (its "A" is no article), so
    Round B's row, which covers it, is not another row's."""
    rows = [
        "veg.html › Rounds — Round: Round A; Areas covered: Wenslow town; Delivery day: Tuesday",
        "veg.html › Rounds — Round: Round B; Areas covered: Brackton, Oxley Green; Delivery day: Wednesday",
    ]
    table = table_of(rows)
    assert not another_rows("which delivery round covers Oxley Green?", rows[1], table)
    assert another_rows("what day is Round A delivered?", rows[1], table)


def test_a_column_of_a_rate_per_a_unit_is_named_by_that_unit() -> None:
    """ "Per hour", "Per mile": what a rate is per names the column (no unit of its value), so the
    question's "per mile" picks one of them; "a kilo" names ``per_kg``. The rate is said after its
    value ("Van: 24p per mile.")."""
    van = "club.docx › Tariff — Band: Van; Car ID: LCC-14; Per hour: £8.90; Per day (24h): £69; Per mile: 24p"
    assert looked_up("car club van per mile rate", van) == "Van: 24p per mile."
    assert looked_up("how much per day is the van", van) == "Van: £69 per day."
    beans = "beans.json › products — sku: ORW-S201; name: Kellam Ridge; prices.per_kg: 29.80; bag: 8.40"
    assert looked_up("How much is a kilo of Kellam Ridge?", beans) == "ORW-S201: 29.80 per kg."


ROUND = (
    "Veg boxes › Delivery rounds — Round: Round C; Areas covered: Fellside, Quarry End; "
    "Delivery day: Friday; "
    "Order / change cut-off: Wednesday noon; Delivery charge: £2.40"
)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # what the question asks comes before "for"; what it is about after
        (
            "What is the order cut-off for Round C deliveries?",
            "The order change cut off of Round C is Wednesday noon.",
        ),
        # a day-of-week value keeps its column's whole name, with no unit after it
        ("which day is delivery for round C", "The delivery day of Round C is Friday."),
        # "delivery charge" said whole names that column, not "Delivery day" whose words it holds
        ("delivery charge for round C orders", "The delivery charge of Round C is £2.40."),
    ],
)
def test_of_columns_sharing_words_the_one_asked_before_the_qualifier_answers(
    question: str, answer: str
) -> None:
    assert looked_up(question, ROUND) == answer


def test_a_title_with_a_dash_over_prose_makes_no_row() -> None:
    """ "Meeple & Mug — House Guide › Borrowing: …" is a section's prose under a title with a dash of
    its own: the dash ends no label of a row, whose columns hold no heading path."""
    prose = "Meeple & Mug — House Guide › Borrowing games: Member Hal Brightwater (MM-L0312) won the badge."
    assert row_cells(prose) is None
    assert about_row("What's Hal Brightwater's card number?", prose)


LOST = (
    "harbour_station_lost_property.csv — Ref: LP-0227; Item: Violin; Est_val_GBP: 900.00; Stat: Claimed; "
    "Claim_dt: 2026-02-27"
)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # each word of a column clipped or without vowels, said whole in a row by the question
        ("harbour station lost violin estimated value", "The estimated value of LP-0227 is £900.00."),
        ("violin claim date?", "The claim date of LP-0227 is 2026-02-27."),
        # "station" is the file's, no clipped ``Stat``
        ("harbour station violin", None),
    ],
)
def test_a_column_of_clipped_words_is_named_by_the_words_it_clips(question: str, answer: str | None) -> None:
    assert looked_up(question, LOST) == answer


def test_a_horses_height_is_in_hands() -> None:
    horse = "yard.json › horses — horse_id: QH-H041; stable_name: Goldie; height_hh: 16.2; foaled: 2014"
    assert looked_up("How tall is Goldie?", horse) == "The height of QH-H041 is 16.2 hh."


def test_the_article_a_names_no_row_of_the_letter_a() -> None:
    """ "a Zone C journey" names zone C's row, not zone A's; "Zone A" names A's."""
    zones = [
        f"guide.pdf › Fares — Zone: {zone}; Single: £{single}; Return: £{back}"
        for zone, single, back in (("A", "2.40", "4.20"), ("C", "5.30", "9.60"))
    ]
    table = table_of(zones)
    question = "What is the return fare for a Zone C journey?"
    assert [names_row(question, zone, table) for zone in zones] == [False, True]
    assert another_rows(question, zones[0], table)
    assert [names_row("Zone A return fare?", zone, table) for zone in zones] == [True, False]


def test_a_which_question_of_a_thing_another_cell_tells_of_asks_no_subject() -> None:
    """ "Which paddock …?" is answered in the notes that tell of the paddock, not by the horse's id or
    its stable name; "which bean …" is still the variety that names it."""
    horse = "yard.json › horses — horse_id: QH-H052; name: Cobalt Express; notes: turn out alone in paddock 6"
    assert looked_up("Which paddock does Cobalt Express go out in?", horse) is None
    assert looked_up("Which horse is Cobalt Express?", horse) == "The horse id is QH-H052."


def test_a_titles_dash_over_a_sentence_or_two_makes_no_row() -> None:
    """ "Fridge — Donor & User Guide: The fridge is free. No referral." is a title over prose, not a
    row of one "Donor & User Guide" cell; a one-cell row of a short value still is one."""
    assert row_cells("Fridge — Donor & User Guide: The fridge is free. No referral, no sign-up.") is None
    assert row_cells("prices.csv — Item: Duvet, king size") == [("Item", "Duvet, king size")]


def test_a_word_before_a_name_whose_qualifier_follows_a_comma_names_another_row() -> None:
    """ "single duvet" is not the row "Duvet, king size"; "king size duvet" is."""
    duvet = "Dry cleaning — Item: Duvet, king size; Price: £24.00; Turnaround: 4 working days"
    assert not about_row("single duvet dry cleaning price", duvet)
    assert about_row("king size duvet dry cleaning price", duvet)


def test_a_surname_first_name_is_no_qualified_name() -> None:
    """ "Patel, Anita" is a name written surname first, not a thing qualified after a comma."""
    member = "members.csv — Name: Patel, Anita; Phone: 07700 900 318"
    assert about_row("What is Mrs Patel's phone number?", member)


def test_a_size_said_as_an_adjective_names_its_column() -> None:
    """ "a large dog" names the Large column; "how large" asks a size and names none."""
    groom = "prices.html › Grooming — Service: Bath & brush; Small (up to 10kg): £26; Large (20-35kg): £40"
    assert looked_up("How much is a bath and brush for a large dog?", groom).endswith("£40.")
    assert looked_up("How large is the bath and brush?", groom) is None


INTAKE = (
    "tenterbrook_foodbank_intake_log.csv — Ref_no: TFB-IN-26-0219; Donor_nm: Mr D. Varga; "
    "Item_cat: TIN-MEAT; Item_desc: Chicken curry 392g; Qty_rcvd: 9; Wt_kg: 3.5"
)


@pytest.mark.parametrize(
    "question",
    [
        "food bank intake TFB-IN-26-0219 which item",  # the file's words, said apart
        "What item was TFB-IN-26-0219?",  # the naming column of the kind asked, not the donor's name
        "Which item was TFB-IN-26-0219?",  # of Item_cat and Item_desc, the one that says what it is
    ],
)
def test_the_item_asked_of_a_code_is_its_description(question: str) -> None:
    assert looked_up(question, INTAKE) == "The item description of TFB-IN-26-0219 is Chicken curry 392g."


def test_clipped_weight_column_is_spelled_out() -> None:
    assert looked_up("What did TFB-IN-26-0219 weigh?", INTAKE) == "The weight of TFB-IN-26-0219 is 3.5 kg."


def test_a_name_given_without_its_bracketed_role_singles_out_its_row() -> None:
    walk = (
        "walks.json › walks — walk_id: EWF26-09; title: Navigation Skills Morning; "
        "leader.name: Gareth Fennimore (Mountain Leader); booking.price_gbp: 20.0"
    )
    assert looked_up("Which walk is led by Gareth Fennimore?", walk) == (
        "The title of EWF26-09 is Navigation Skills Morning."
    )


def test_how_long_a_route_is_its_distance_not_its_climb() -> None:
    """A walk's length is its distance, not its ascent; a crossing with minutes beside its distance
    is left to the model ("how long" may ask either)."""
    walk = "walks.json › walks — walk_id: EWF26-07; title: Three Tarns; distance_km: 24.0; ascent_m: 890"
    assert looked_up("How long is the Three Tarns?", walk) == "The distance of EWF26-07 is 24.0 km."
    crossing = "ferries.csv — route: TF3; from: Tallis Quay; distance_nm: 11.0; crossing_minutes: 75"
    assert looked_up("How long is the crossing from Tallis Quay?", crossing) is None


def test_an_ordinal_and_a_price_are_read_however_written() -> None:
    """ "the first prize" asks the ``1st prize`` column and "£10" gives "£10.00": "Which class has a
    first prize of £10?" asks the class, not the prize."""
    row = "show.xlsx — Class No: V8; Class description: Heaviest marrow; 1st prize: £10.00; 2nd prize: £5.00"
    assert (
        looked_up("What is the first prize for the heaviest marrow?", row)
        == "The first prize of V8 is £10.00."
    )
    assert (
        looked_up("What's the 2nd prize for the heaviest marrow?", row) == "The second prize of V8 is £5.00."
    )
    assert (
        looked_up("Which class has a first prize of £10?", row)
        == "The class description of V8 is Heaviest marrow."
    )
    fourth = "show.xlsx — Class No: V8; Class description: Heaviest marrow; 4th prize: £1.00"
    said = "The fourth prize of V8 is £1.00."
    assert looked_up("What is the fourth prize for the heaviest marrow?", fourth) == said
    first = "show.xlsx — Class No: V8; Class description: Heaviest marrow; First prize: £10.00"
    assert looked_up("What's the prize for coming second in V8?", first) is None  # no second prize


def test_a_limit_asked_is_no_value_of_the_column_it_limits() -> None:
    """ "the time limit" is no ``Start time``; a maximum is a limit."""
    row = "trials.xlsx \u203a Classes \u2014 Class: Open; Start time: 10:45; Max points: 110"
    assert looked_up("What is the time limit for each run in the Open?", row) is None
    assert looked_up("What time does the Open start?", row) == "The start time of Open is 10:45."
    assert looked_up("What is the points limit in the Open?", row) == "The maximum points of Open is 110."


def test_what_a_customer_pays_per_dozen_is_the_price_not_the_dozens() -> None:
    """An export's column with a bracketed unit is read word by word (``price_per_dozen (£)``), and a
    question of money asks its money column, not the count beside it."""
    row = (
        "eggs.csv \u2014 cust_id: NH-024; customer: Cwmhendre Village Shop; dozens_per_week: 10;"
        " price_per_dozen (\u00a3): 2.70 (trade); payment: monthly invoice"
    )
    said = "The price per dozen of NH-024 is \u00a32.70 (trade)."
    assert looked_up("what does Cwmhendre Village Shop pay per dozen for its eggs", row) == said
    assert looked_up("how many dozens a week does Cwmhendre Village Shop get", row) == (
        "The dozens of NH-024 is 10 per week."
    )


def test_a_kids_ticket_is_the_child_fare() -> None:
    """ "a kid's ticket" asks the ``Child single`` fare, not the adult's."""
    fare = "fares.csv — Route: S4; From: Brennock; Adult single (£): 4.50; Child single (£): 2.25"
    said = "The child single of S4 is £2.25."
    assert looked_up("what does a kid's ticket cost from brennock?", fare) == said
    assert looked_up("what does a dog's ticket cost from brennock?", fare) is None


def test_how_long_a_trip_takes_is_its_one_length_of_time() -> None:
    """ "How long does a taxi to Port Ellery take?" asks the row's one length of time, whatever its
    column is called (``Est. journey``); a note that tells of minutes is no length of time."""
    fare = (
        "fares.tsv — Route code: DC-P01; Destination: Port Ellery Ferry Terminal; Approx miles: 33; "
        "Est. journey: 50 min; Notes: No waiting charge for the first 45 min after a delayed sailing"
    )
    said = "The journey of DC-P01 is 50 min."
    assert looked_up("how long does a taxi to Port Ellery Ferry Terminal take", fare) == said
    assert looked_up("How long is the journey to Port Ellery Ferry Terminal?", fare) == said
    assert looked_up("How far is Port Ellery Ferry Terminal?", fare) is None
    waiting = fare.replace("Est. journey", "Free waiting")  # no trip's length
    assert looked_up("how long does a taxi to Port Ellery Ferry Terminal take", waiting) is None
    castle = "hire.csv — Item: Bouncy castle; Setup time: 30 min; Price: £90"
    assert looked_up("How long is the bouncy castle?", castle) is None
    timed = fare.replace("Est. journey: 50 min; ", "")
    assert looked_up("how long does a taxi to Port Ellery Ferry Terminal take", timed) is None


def test_how_many_of_the_rows_unit_is_its_quantity() -> None:
    """ "How many tins …?" of a log row with ``Unit: tin`` asks its quantity, whatever verb follows."""
    row = "log.csv — Ref_no: TFB-18; Item_desc: Chopped tomatoes 400g; Qty_rcvd: 64; Unit: tin; Wt_kg: 25.6"
    assert (
        looked_up("How many tins of chopped tomatoes came in?", row)
        == "The quantity received of TFB-18 is 64."
    )
    assert looked_up("How many jars of chopped tomatoes came in?", row) is None


def test_a_word_after_the_rows_own_name_is_no_other_rows_name() -> None:
    """ "St Aldhelm's corned beef donation" is about the corned beef's row, though "donation" is a
    word of the cash donations' rows; "a 12m x 21m pole tent" is not the marquee's row."""
    log = [
        "log.csv — Ref: T-04; Donor: St Aldhelm's Church; Item: Corned beef 340g; Value: 54.00",
        "log.csv — Ref: T-12; Donor: Tenterbrook Rotary; Item: Cash donation; Value: 250.00",
        "log.csv — Ref: T-31; Donor: St Aldhelm's Church; Item: Instant coffee 100g; Value: 27.50",
    ]
    table = table_of(log)
    assert not another_rows("Estimated value of St Aldhelm's corned beef donation?", log[0], table)
    tents = [
        "rates.pdf › Structures — Code: SC-M12; Structure: Clearspan marquee; Size: 12m x 21m",
        "rates.pdf › Structures — Code: SC-P04; Structure: Traditional pole tent; Size: 4m x 8m",
        "rates.pdf › Structures — Code: SC-P10; Structure: Traditional pole tent; Size: 10m x 20m",
    ]
    assert another_rows("How much is a 12m x 21m pole tent for the weekend?", tents[0], table_of(tents))


def test_what_an_item_comes_in_names_no_price_it_lacks() -> None:
    """ "the large bag of Morning Ridge Black" asks the row's price; "the deposit for …" does not."""
    tea = "prices.csv — code: CT-102; name: Morning Ridge Black (large); price_gbp: 11.20; weight: 250 g"
    assert (
        looked_up("how much is the large bag of Morning Ridge Black", tea) == "The price of CT-102 is £11.20."
    )
    assert looked_up("how much is the deposit for Morning Ridge Black", tea) is None


def test_clipped_export_columns_a_restated_date_and_a_things_own_name_answer() -> None:
    """``Freq_wk`` is a frequency in weeks; a date given as the export writes it, its spelled-out
    form in brackets aside, picks out its row ("which customer" gets ``Cust_nm``); "which site"
    of a JSON record gets ``site.name``, though its notes say "site" too."""
    row = (
        "round.csv — Cust_ID: SKD-0134; Cust_nm: Kestle Opticians; Freq_wk: 2; Price_GBP: 22.00; "
        "Nxt_due: 24/03/2026 (24 March 2026)"
    )
    assert (
        looked_up("Kestle Opticians window cleaning frequency", row)
        == "The frequency of SKD-0134 is 2 weeks."
    )
    assert (  # a customer, a person: singled out by a date no other row holds
        looked_up("Which window cleaning customer is next due on 24/03/2026?", row, lambda cell: True)
        == "The customer name of SKD-0134 is Kestle Opticians."
    )
    assert looked_up("Which window cleaning customer is next due on 25/03/2026?", row) is None
    party = (
        "parties.json › work_parties — id: WP26-014; site.name: Pendle Copse; site.grid_ref: ST 58740 42216; "
        "notes: Bonfire NOT permitted on this site."
    )
    assert (
        looked_up("Which site has the grid reference ST 58740 42216?", party)
        == "The site name of WP26-014 is Pendle Copse."
    )


def test_a_column_named_when_answers_what_time() -> None:
    """A programme's ``What``/``When`` columns: "What time …?" asks the ``When``; "Who …?" not."""
    row = "guide.md › When we ring — What: Sunday service ringing; When: 10:15-10:55; Notes: Service at 11:00"
    assert (
        looked_up("What time is the Sunday service ringing?", row)
        == "Sunday service ringing: when 10:15-10:55."
    )
    assert looked_up("when is sunday service ringing", row) == "Sunday service ringing: when 10:15-10:55."
    assert looked_up("Who rings for the Sunday service?", row) is None


def test_a_street_written_after_another_number_is_another_rows() -> None:
    """ "12 Cordwainer Row" is not the customer at "14 Cordwainer Row", though the row's price is 12.00."""
    rows = [
        "round.csv — Cust_ID: SKD-0101; Cust_nm: Mrs J Harr; Addr_ln1: 14 Cordwainer Row; Price_GBP: 12.00",
        "round.csv — Cust_ID: SKD-0102; Cust_nm: Mr T Hobb; Addr_ln1: 3 Tenter Hill; Price_GBP: 15.00",
    ]
    table = table_of(rows)
    assert another_rows("How much does 12 Cordwainer Row pay for its windows?", rows[0], table)
    assert not another_rows("How much does 14 Cordwainer Row pay for its windows?", rows[0], table)


def test_a_price_word_after_a_subject_named_in_part_asks_of_it() -> None:
    """ "early drop-off … cost" names the row "Early drop-off (8:00-9:00)": "cost" is what is asked,
    not another drop-off; "late drop-off" does not name it."""
    row = "Club › Prices — Booking type: Early drop-off (8:00-9:00); Price per child: £5; Each sibling: £5"
    assert about_row("What do early drop-off cost at the holiday club?", row)
    assert names_row("What do early drop-off cost at the holiday club?", row)
    assert not about_row("What does late drop-off cost at the holiday club?", row)


def test_a_number_word_names_a_column_written_in_figures() -> None:
    """ "for two cats sharing" names the column "2 cats sharing", not "1 cat"."""
    row = (
        "Cattery › Tariff — Accommodation: Garden suite (long run, window shelf); 1 cat: £21.00; "
        "2 cats sharing: £33.50; 3 cats sharing: £44.00"
    )
    assert looked_up("What does a garden suite cost per night for two cats sharing?", row) == (
        "The 2 cats sharing of Garden suite (long run, window shelf) is £33.50."
    )


def test_the_kind_word_of_a_given_code_names_no_column() -> None:
    """ "for pet PVP-0421": "pet" says what the code is (``pet_id``), not that its ``pet_nm`` is asked;
    the same words ask the pet's name when nothing else is asked."""
    row = (
        "hounds_vacc_export.csv — pet_id: HVX-3170; pet_nm: Biscuit; wt_kg: 12.5; vacc_cd: LEP-4; "
        "vacc_desc: Leptospirosis booster; due_dt: 2026-03-02 (2 March 2026)"
    )
    assert looked_up("Which vaccine is due for pet HVX-3170?", row) is None
    assert looked_up("What pet is HVX-3170?", row) == "The pet name of HVX-3170 is Biscuit."
    assert looked_up("pet HVX-3170 weight", row) == "The weight of HVX-3170 is 12.5 kg."


def test_what_piece_of_equipment_a_code_is_asks_its_description() -> None:
    """ "What piece of equipment is item code MIL-01?" asks what the row says the item is."""
    row = "press_share.tsv — item_code: MIL-01; item_desc: Hand scratter mill; hire_days: 1; fee_gbp: 6.00"
    assert looked_up("What piece of equipment is item code MIL-01?", row) == (
        "The item description of MIL-01 is Hand scratter mill."
    )


def test_an_age_the_rows_bound_holds_makes_the_question_about_it() -> None:
    """ "I'm 67 …" is about the "Concession (65+)" row, whose bound states 67: the "and" the question
    says is no word of that row's name for it to name in part."""
    row = (
        "Club › Membership — Membership type: Concession (65+, full-time student); Annual club fee: £72; "
        "NAA affiliation (extra, per year): £21"
    )
    question = "I'm 67 and planning to join the club - how much is the NAA affiliation on top?"
    assert about_row(question, row)
    assert not about_row(
        "I'm 40 and planning to join - how much is the annual club fee?", row.replace("65+", "65-70")
    )


def test_a_value_the_rows_label_says_may_be_the_name_of_what_the_table_is_about() -> None:
    """ "Heath", the course of other rows, is a word of the club's name too: asked "At Cleddon Heath
    Golf Club, what ticket is GF-SFAM?", the Spinney course's row is still the one asked about; of a
    table its label does not name so, "the Heath course" is another row's."""
    for label in ("Cleddon Heath Golf Club › Green fees —", "fees.csv —"):
        rows = [
            f"{label} Ticket: Adult 18 holes; Course: Heath; Code: GF-H18; Price: £48",
            f"{label} Ticket: Junior 18 holes; Course: Heath; Code: GF-HJ; Price: £20",
            f"{label} Ticket: Family round; Course: Spinney; Code: GF-SFAM; Price: £30",
        ]
        if label.startswith("Cleddon"):
            assert not another_rows(
                "At Cleddon Heath Golf Club, what ticket is GF-SFAM?", rows[2], table_of(rows)
            )
        else:
            assert another_rows("Which ticket is for the Heath course?", rows[2], table_of(rows))


def test_a_question_naming_another_rows_kind_is_not_about_this_row() -> None:
    """ "The hedgehog found in Pellock Woods" is no grey squirrel found there, though the place is
    this row's alone; a yes-or-no question may name the value it asks about."""
    label = "rescue.csv — case_id:"
    log = [f"{label} R-{n}; species: Hedgehog; found_at: Mill Lane; status: Released" for n in range(6)]
    log += [f"{label} R-7; species: Grey squirrel; found_at: Pellock Woods; status: Transferred"]
    log += [f"{label} R-8; species: Badger; found_at: Trewhella; status: Released"]
    rescue = table_of(log)
    squirrel = log[6]
    assert another_rows("What did the hedgehog found in Pellock Woods cost?", squirrel, rescue)
    assert not another_rows("What did the grey squirrel found in Pellock Woods cost?", squirrel, rescue)
    assert not another_rows("What did the animal found in Pellock Woods cost?", squirrel, rescue)
    assert not another_rows("Was the squirrel from Pellock Woods released?", squirrel, rescue)
    assert not another_rows("when was the badger released", log[7], rescue)
    cared = [f"{label} R-{n}; species: Otter; status: In care; care_cost_gbp: 389.00" for n in (20, 21)]
    seal = f"{label} R-9; species: Grey seal; status: Transferred; care_cost_gbp: 412.50"
    assert not another_rows("What was the care cost for the grey seal?", seal, table_of([*cared, seal]))
    label = "choir.csv — Order:"
    pieces = [f"{label} {n}; Piece: Song {n}; Soloist: Dev Malloch; A: Bryony Tull" for n in range(3)]
    pieces += [f"{label} 17; Piece: Keeper's Daughter; Soloist: Bryony Tull (alto); A: Wen Hartigan"]
    concert = table_of(pieces)
    assert not another_rows("which piece is Bryony Tull singing the solo in?", pieces[3], concert)


def test_who_asks_the_person_column_and_where_the_place() -> None:
    """ "Who found the owl?" asks its finder, not where it was found; "where … found?" the place."""
    row = (
        "rescue.csv — case_id: FWR-8; species: Barn owl; found_at: Pellock Farm; "
        "finder_name: Marion Treloar; status: Released"
    )
    assert looked_up("Who found the barn owl?", row) == "The finder name of FWR-8 is Marion Treloar."
    assert looked_up("Where was the barn owl found?", row) == "FWR-8: found at Pellock Farm."


def test_an_abbreviated_column_and_a_machine_named_by_its_doer() -> None:
    """ "Approx. time" is one column, its dot no sentence's end; "a hot wash" is priced by the row of
    a washer, and a cold wash, which no cell says, is not."""
    row = "Guide › Laundry — Machine: Standard washer (8 kg); Cycle: Hot 60°C; Price: £3.60; Approx. time: 52"
    assert row_cells(row)[-2:] == [("Price", "£3.60"), ("Approx. time", "52")]
    assert looked_up("How much is a hot 60°C wash?", row) == "The price of Standard washer (8 kg) is £3.60."
    assert looked_up("How much is a cold wash?", row) is None


def test_a_row_is_named_without_its_asides_but_with_its_only() -> None:
    """ "adult entry for roped climbing and bouldering" names "Adult (18+), roped climbing and
    bouldering" (its aside in brackets unsaid), not "Adult bouldering only", which it does not
    restrict so."""
    label = "Climbing › Entry prices — Entry (per visit):"
    both = f"{label} Adult (18+), roped climbing and bouldering; Peak: £14.50; Off-peak: £11.00"
    only = f"{label} Adult bouldering only; Peak: £11.50; Off-peak: £8.50"
    prices = table_of([both, only])
    asked = "How much is off-peak adult entry for roped climbing and bouldering?"
    assert names_row(asked, both, prices)
    assert not names_row(asked, only, prices)
    assert names_row("How much is adult bouldering only, off-peak?", only, prices)


def test_what_happened_to_a_thing_asks_its_status() -> None:
    row = "rescue.csv — case_id: FWR-13; species: Buzzard; status: Died; outcome_date: 2026-02-09"
    assert looked_up("what happened to the buzzard?", row) == "The status of FWR-13 is Died."


def test_who_someone_is_is_their_whole_name_where_a_row_writes_it_in_two_columns() -> None:
    """ "Who is entry SWM26-019?" is Luca Marchetti, of ``first_name`` and ``surname``; a part asked
    by its column is that part alone."""
    entry = (
        "entries_export.csv — entry_ref: SWM26-019; surname: Marchetti; first_name: Luca; "
        "club: KVO; course: Light Green"
    )
    assert looked_up("Who is entry SWM26-019?", entry) == "The name of SWM26-019 is Luca Marchetti."
    assert looked_up("What is the first name of entry SWM26-019?", entry) == (
        "The first name of SWM26-019 is Luca."
    )
    rota = "rota.csv — date: 4 May; first_reader: Ann Lee; last_reader: Tom Fox"
    assert looked_up("Who is the first reader on 4 May?", rota) == "The first reader of 4 May is Ann Lee."


def test_paid_altogether_is_no_one_part_of_a_total() -> None:
    """ "How much did she pay altogether?" is not answered by her entry fee alone (the row has a
    total beside it); "How much VAT … in total?" is still its VAT."""
    entry = (
        "entries.csv \u2014 entry_ref: SWM26-006; entry_fee_gbp: 11.00; hire_fee_gbp: 2.00; total_gbp: 13.00"
    )
    assert looked_up("How much did SWM26-006 pay altogether for the entry?", entry) != (
        "The entry fee of SWM26-006 is £11.00."
    )
    assert looked_up("What was the entry fee of SWM26-006?", entry) == "The entry fee of SWM26-006 is £11.00."
    invoice = "invoices.csv \u2014 invoice: A1; net_gbp: 10.00; vat_gbp: 2.00; total_gbp: 12.00"
    assert looked_up("How much VAT did A1 pay in total?", invoice) == "The vat of A1 is £2.00."


def test_which_thing_asks_the_column_of_its_name_not_its_measure() -> None:
    """ "Which course is Rory running?" asks ``course``, not ``course_km``, which "how many km" asks;
    so does a question put as asking to be told."""
    entry = "entries.csv — entry_ref: SWM26-005; first_name: Rory; course: Blue; course_km: 5.6"
    assert looked_up("Which course is Rory running?", entry) == "The course of SWM26-005 is Blue."
    assert looked_up("How many km is Rory's course?", entry) == "The course of SWM26-005 is 5.6 km."
    told = looked_up("Could you tell me which course Rory is running?", entry)
    assert told == "The course of SWM26-005 is Blue."


def test_a_time_the_question_gives_is_asked_only_of_a_row_holding_it() -> None:
    """ "Which runner has the 11:44 start time?" is not answered by a row starting at 11:26."""
    entry = "entries.csv — entry_ref: SWM26-018; first_name: Bisi; course: Green; start_time: 11:26"
    assert looked_up("Which runner has the 11:44 start time?", entry) is None
    assert looked_up("Which runner has the 11:26 start time?", entry) == (
        "The first name of SWM26-018 is Bisi."
    )


def test_when_someone_picks_up_an_order_is_its_collection() -> None:
    """ "picking up" names an order's ``collection`` fields, told together."""
    order = (
        "orders.jsonl — order_ref: GD-X26-018; customer.name: Mr Gwilym Price-Evans; collection.date: "
        "2026-12-23; collection.slot: 15:00-18:00; collection.point: Stannard's Green village hall"
    )
    told = looked_up("When is Gwilym Price-Evans picking up his order?", order)
    assert told is not None and "15:00-18:00" in told and "Stannard's Green" in told


def test_who_a_side_plays_is_the_fixtures_other_side() -> None:
    """A fixture's home and away teams: who one plays is the other; where they play is no team."""
    fixture = (
        "League › Fixtures — Week: 4; Date: 24 Feb 2026; Home team: Agatha Quiztie; Away team: Quizzly Bears;"
        " Venue: Cresswater Cricket Club"
    )
    told = looked_up("Who do the Quizzly Bears play on 24 Feb 2026?", fixture)
    assert told == "Quizzly Bears play Agatha Quiztie (home team)."
    assert "is Quizzly Bears" in looked_up("Which team are Agatha Quiztie playing in week 4?", fixture)
    venue = "The venue of Agatha Quiztie is Cresswater Cricket Club."
    assert looked_up("Where do the Quizzly Bears play on 24 Feb 2026?", fixture) == venue
    refereed = f"{fixture}; Referee: Jo Bell; Home score: 41; Away score: 38"  # no sides of their own
    assert looked_up("Who is the referee when the Quizzly Bears play?", refereed).endswith("is Jo Bell.")
    assert looked_up("Who do the Quizzly Bears play on 24 Feb 2026?", refereed).startswith(
        "Quizzly Bears play"
    )
    assert looked_up("Who do the Grizzly Quizzers play on 24 Feb 2026?", fixture) is None


def test_words_naming_the_rows_sheet_name_no_column() -> None:
    """ "on the uniform price list" names the sheet "Price List 2026", so "which item" asks the item,
    not one of the row's prices."""
    row = (
        "uniform_orders.xlsx › Price List 2026 — Item code: AMB-PB1; Item: PE drawstring bag;"
        " Price (ages 3-13): £5.25; Price (adult XS-L): n/a"
    )
    question = "Which item is AMB-PB1 on the uniform price list?"
    assert looked_up(question, row) == "The item of AMB-PB1 is PE drawstring bag."
    assert names_row(question, row)


def test_a_cell_led_by_the_name_of_what_it_gives_answers_that_name() -> None:
    """ "Gate code 4471" in a beat's ``Access`` column answers "the gate code for Lower Kesterley", and
    the row names what is asked; a thing and its measure ("Rice 1kg") names nothing asked."""
    beat = (
        "Handbook › Beats — Beat: B4; Name: Lower Kesterley; Length: 2.6 km; Access: Gate code 4471;"
        " Rules: Any method"
    )
    question = "what's the gate code for Lower Kesterley on the angling waters"
    assert looked_up(question, beat) == "The gate code of B4 is 4471."
    assert names_row(question, beat)
    plot = "plots.xlsx — Plot no.: 5; Holder: Fenella Gaunt; Notes: polytunnel, permit PT-2024-07"
    said = looked_up("what's the polytunnel permit number on Fenella Gaunt's plot?", plot)
    assert said == "The permit of Fenella Gaunt is PT-2024-07."  # not the plot's number
    bike = "schedule.docx — Item ref: SI-02; Description: Road bicycle; Serial: Frame no. WX-88213-K"
    assert (
        looked_up("What's the frame number of the road bike?", bike)
        == "The frame number of SI-02 is WX-88213-K."
    )
    assert (
        looked_up("What's the phone number of the Mill Leat beat?", "beats.csv — Beat: Mill Leat; Peg: No. 4")
        is None
    )
    pantry = "stock.xlsx — Item: Rice 1kg; Qty in stock: 38; Shelf: B2"
    assert looked_up("which shelf is the rice kept on?", pantry) == "The shelf of Rice 1kg is B2."
    booking = "bookings.csv — booking_ref: BE-0504; court: Court 4; member_name: Harriet Oakley"
    assert looked_up("what court did Harriet Oakley book", booking) == "The court of BE-0504 is Court 4."


def test_how_a_question_asks_names_no_column() -> None:
    """ "actually expected" asks of the roof renewal's expected cost, not the ``Actual 2025-26`` spend."""
    reserve = (
        "budget.xlsx — Code: WC-18; Budget line: Reserve fund contribution; Actual 2025-26 (£): 7200;"
        " Budget 2026-27 (£): 8000; Notes: For roof renewal (expected 2031)"
    )
    assert looked_up("how much is the roof renewal actually expected to cost?", reserve) is None


def test_a_column_of_alternatives_is_named_by_either() -> None:
    """ "the contractor" names ``Contractor / supplier``, and the answer calls it what was asked."""
    row = "budget.xlsx — Code: WC-04; Budget line: Gardening; Contractor / supplier: Fernlow Landscapes"
    said = "The contractor of WC-04 is Fernlow Landscapes."
    assert looked_up("In the service charge budget, who is the contractor for gardening?", row) == said
    menu = "menu.csv — Item: Falafel Bowl; Description: Falafel; Allergens / Notes: Sesame"
    assert (
        looked_up("what allergens are in the Falafel Bowl", menu)
        == "The allergens of Falafel Bowl is Sesame."
    )


def test_a_price_with_tax_and_without_is_the_side_the_question_asks() -> None:
    """ "once VAT is added" asks ``Price inc VAT``, "before VAT" ``Price ex VAT``; a question that
    says neither leaves the two to the model."""
    row = "t.pdf \N{EM DASH} Service: CCTV survey; Price ex VAT: \u00a3220.00; Price inc VAT: \u00a3264.00"
    assert "\u00a3264.00" in looked_up("What does a CCTV survey cost once VAT is added?", row)
    assert "\u00a3264.00" in looked_up("how much is a CCTV survey including VAT", row)
    assert "\u00a3220.00" in looked_up("CCTV survey price before VAT?", row)
    assert looked_up("how much is a CCTV survey", row) is None


def test_a_column_named_by_a_vague_last_word_is_named_by_the_words_before() -> None:
    """ "What colour" names ``colour_scheme``; ``licence_type`` is still named by its type."""
    hut = "huts.tsv — hut_code: SBH-C01; licence_holder: Agnes Maybury; licence_type: Resident annual; "
    hut += "licence_end: 2027-03-31; colour_scheme: Cornflower / white"
    said = "The colour of SBH-C01 is Cornflower / white."
    assert looked_up("What colour is Agnes Maybury's beach hut painted?", hut) == said
    assert looked_up("when does Agnes Maybury's licence end", hut).startswith("The licence end of")
    hire = "hires.tsv — hire_ref: CSM-1418; member_name: Raj Bhogal; time_out: 10:25; time_returned: 16:25"
    asked = "What time did Raj Bhogal bring the scooter back?"  # "bring back" names the return
    assert looked_up(asked, hire) == "The time returned of CSM-1418 is 16:25."
    kennel = "kennels.csv — dog: Biscuit; owner: Jo Bell; drop_off_date: 07/08/2026; return_date: 14/08/2026"
    assert looked_up("When should Jo Bell bring Biscuit in?", kennel) is None  # no return
    loan = "api.json › loans — product_code: LN-FAM; name: Family Loan; apr_representative_percent: 12.7"
    assert looked_up("what's the APR on the family loan", loan) == "The apr of LN-FAM is 12.7%."


@pytest.mark.parametrize(
    ("question", "price"),
    [
        ("What does HF-KILN-BAG cost for non-members?", "£155"),
        ("What does HF-KILN-BAG cost for members?", "£135"),
        ("non-member price of HF-KILN-BAG", "£155"),
        ("what does HF-KILN-BAG cost if you're not a member", "£155"),
        ("HF-KILN-BAG price if you are not yet a member?", "£155"),
        ("I am a member, not a trader: what does HF-KILN-BAG cost?", "£135"),  # no Non-trader column
    ],
)
def test_of_two_columns_of_one_family_the_one_the_question_says_whole_answers(question, price):
    row = (
        "Fuel Co-op Guide › Products — Code: HF-KILN-BAG; Product: Kiln-dried ash logs, bulk bag; "
        "Member price: £135; Non-member price: £155"
    )
    assert price in looked_up(question, row)
    assert looked_up("What does HF-KILN-BAG cost?", row) is None  # which price is left to the model


def test_not_a_member_is_asked_of_the_column_that_names_no_members() -> None:
    """Beside ``Members' peak``, "if you're not a member" asks the plain ``Peak`` rate."""
    row = "rates.xlsx › Table Rates — Table type: Full-size snooker; Peak per hour: £8.80; "
    row += "Members' peak per hour: £7.00"
    assert "£8.80" in looked_up("peak rate for a full-size snooker table if you're not a member?", row)
    assert "£7.00" in looked_up("peak rate for a full-size snooker table for members?", row)


def test_a_rate_per_one_unit_is_not_answered_by_a_column_per_another() -> None:
    skip = "skips.pdf — Code: MAXI-12; Max weight: 3 tonnes; 7-day hire: £395; Each extra week: £40"
    assert looked_up("What do they charge per extra tonne for MAXI-12?", skip) is None
    assert "£40" in looked_up("What do they charge for each extra week for MAXI-12?", skip)


def test_who_did_what_a_column_says_was_done_is_the_rows_one_person() -> None:
    log = (
        "calibration.tsv — Asset ID: EHS-BAL-014; Item: Analytical balance (0.001 g); Lab: C2; "
        "Last calibrated: 2026-01-12; Technician: Ruth Adeyemi-Holt; Status: In service"
    )
    assert "Ruth Adeyemi-Holt" in looked_up(
        "Who calibrates the analytical balance in the science department?", log
    )
    assert "2026-01-12" in looked_up("When was the analytical balance last calibrated?", log)
    assert looked_up("Who calibrates the pH meter in lab C2?", log) is None  # another item of the lab


def test_a_number_said_in_words_is_about_the_row_holding_it() -> None:
    marigold = "minibuses.xlsx › Vehicles — Fleet code: WX-2; Name: Marigold; Seats: 12; Wheelchair spaces: 2"
    heron = "minibuses.xlsx › Vehicles — Fleet code: WX-3; Name: Heron; Seats: 9; Wheelchair spaces: 0"
    asked = "Which of the minibuses has two wheelchair spaces?"
    assert about_row(asked, marigold) and not about_row(asked, heron)


def test_a_daily_or_weekly_rate_is_the_per_day_or_per_week_column() -> None:
    van = "vans.html — Code: KF-E8; Vehicle: Electric van; Max payload: 700 kg; Per day: £79; Per week: £379"
    assert "£79" in looked_up("What is the daily rate for the KF-E8?", van)
    assert "£379" in looked_up("KF-E8 weekly rate?", van)


def test_an_all_day_rate_is_a_column_and_a_codes_column_is_no_amount() -> None:
    """ "All day (8am-6pm)" names a rate, not a count of days; the ParkFen location number is asked
    only by saying it: it is no length of a stay nor a price of parking."""
    park = (
        "tariffs.xlsx › Tariffs — Car park code: FN03; Car park: Tollgate Multi-Storey; Spaces: 380; "
        "Up to 1 hr: £1.50; All day (8am\u20136pm): £8.00; Overnight: £2.00; ParkFen location no.: 7703"
    )
    assert "£8.00" in looked_up("How much is all-day parking at Tollgate Multi-Storey?", park)
    assert "7703" in looked_up("What's the ParkFen location number for Tollgate?", park)
    assert looked_up("With a blue badge, how long can I park for free at Tollgate?", park) is None
    contact = "club.csv — Name: Dave Brook; Role: Treasurer; Contact no.: 07700 900123"
    assert "07700 900123" in looked_up("What is Dave Brook's contact phone?", contact)  # no amount asked


def test_a_date_column_said_by_the_rows_noun_is_not_asked_beside_the_column_said() -> None:
    """ "the payment status on the Grimaldi-Ward booking" asks the status: "booking" names the row,
    not its ``booked_on`` date."""
    row = (
        "waste.tsv — booking_ref: BW-260615; booked_on: 2026-06-02 (2 June 2026); surname: Grimaldi-Ward; "
        "fee_gbp: 28.00; payment_status: Awaiting payment; crew_notes: Payment link resent 2026-06-05"
    )
    asked = "What's the payment status on the Grimaldi-Ward booking?"
    assert looked_up(asked, row) == "The payment status of BW-260615 is Awaiting payment."
    assert "2026-06-02" in looked_up("When was the Grimaldi-Ward booking made?", row)
    hire = "bookings.csv — Hirer: Scouts; Room: Main hall; Date: Sat 4 July; Start: 10am; End: 4pm"
    assert "10am" not in (looked_up("What's the start date of the Scouts' booking?", hire) or "")


def test_asked_why_a_row_holds_a_state_its_one_note_answers() -> None:
    log = (
        "calibration.tsv — Asset ID: EHS-PSU-012; Item: Low-voltage power supply; Lab: P2; "
        "Status: Quarantined; Notes: Gives 14.1 V on the 12 V setting"
    )
    assert (
        looked_up("Why has EHS-PSU-012 been quarantined?", log)
        == "EHS-PSU-012: Gives 14.1 V on the 12 V setting."
    )
    assert looked_up("Why was EHS-PSU-012 bought?", log) is None  # no state of the row, nor the note's
    # a column the question names ("mounted": ``mount.colour``) says no reason
    order = (
        "orders.jsonl \u2014 order_id: HG-5540; customer.name: Harriet Colquist; mount.colour: burgundy;"
        " mount.double: false; notes: Mount the medals so they can be taken out for Remembrance Sunday"
    )
    assert looked_up("Why does Harriet want her medals mounted so they can be taken out?", order) == (
        "HG-5540: Mount the medals so they can be taken out for Remembrance Sunday."
    )


def test_a_doers_column_answers_who_and_a_rate_per_unit_is_read_however_the_unit_is_written() -> None:
    assert "Tom Pike" in looked_up(
        "Who serviced the boiler?", "kit.csv — Item: Boiler; Serviced by: Tom Pike; Supplier: Baxi"
    )
    assert "£25" in looked_up(
        "What is the Luton van rate per hr?", "vans.csv — Van: Luton van; Rate per hour: £25"
    )


def test_whose_row_it_is_asks_its_person_not_the_column_the_question_says() -> None:
    ticket = (
        "repairs.csv — ticket_no: WS-4103; customer: Sophie Marchbank; item: Leather handbag; "
        "repair: Strap re-stitch; price: £18.00"
    )
    assert "Sophie Marchbank" in looked_up("Whose repair ticket is WS-4103?", ticket)
    assert "Sophie Marchbank" in looked_up("Who is ticket WS-4103 for?", ticket)
    assert "Strap re-stitch" in looked_up("What repair is WS-4103?", ticket)
    assert looked_up("Who repaired WS-4103?", ticket) is None  # a repairer the row does not have
    order = (
        "orders.csv \u2014 order_id: SO-0417; date_ordered: 2026-05-13 (13 May 2026); patient_name: Percy "
        "Almond; lens_type: Varifocal; care_plan_member: Y; status: In lab; dispenser: TM"
    )  # not the date it was ordered, nor the flag of a column for people
    assert "Percy Almond" in looked_up("whose order is SO-0417?", order)


def test_what_is_left_to_pay_or_still_owed_is_the_balance_not_a_price() -> None:
    order = (
        "orders.csv \u2014 order_id: SO-0415; patient_name: Nikhil Raman; lens_type: Varifocal premium; "
        "lens_price_gbp: 260.00; care_plan_discount_gbp: 0.00; total_gbp: 439.00; deposit_paid_gbp: 219.50; "
        "balance_gbp: 219.40"
    )
    for asked in (
        "How much is left to pay on Nikhil Raman's varifocals?",
        "How much does Nikhil Raman still owe?",
        "how much is outstanding on Nikhil Raman's order?",
    ):
        assert looked_up(asked, order) == "The balance of SO-0415 is \u00a3219.40."
    assert looked_up("How much did Nikhil Raman pay for the lenses?", order) == (
        "The lens price of SO-0415 is \u00a3260.00."
    )
    due = (
        "orders.jsonl \u2014 order_ref: GD-X26-007; customer.name: Mr Ian Hallworth; collection.date: "
        "2026-12-24; order_total_gbp: 198.30; deposit_paid_gbp: 40.00; balance_due_gbp: 158.30"
    )
    assert looked_up("how much is still owed on the Hallworth order", due) == (
        "The balance due of GD-X26-007 is \u00a3158.30."
    )


def test_a_rate_per_hour_is_asked_hourly_and_peak_is_not_off_peak() -> None:
    room = (
        "Studios › Rooms — Code: S2; Room: The Loft; Size: 30 m²; Off-peak per hour: £14; Peak per hour: £19"
    )
    assert looked_up("Peak hourly rate for the Loft?", room) == "The peak of S2 is £19 per hour."
    assert looked_up("off-peak hourly rate for the Loft", room) == "The off peak of S2 is £14 per hour."


def test_which_named_thing_is_the_rows_subject() -> None:
    """ "which Harnley plaque": the plaque, past the town that says whose."""
    plaque = "plaques.xlsx › Register — Plaque no.: HP-04; Commemorates: Edith Moule; Location: 12 Kiln Lane"
    assert "HP-04" in looked_up("which Harnley plaque is at 12 Kiln Lane", plaque)


def test_which_thing_is_the_last_of_the_words_before_its_verb() -> None:
    """ "which babysitting circle member is HBC-031": the member, the head of the words before "is"."""
    rota = "Guide › Rota — Month: March; Sitting Secretary: Aoife Kendrick-Lowe; Member no.: HBC-031"
    assert which_thing(words("which babysitting circle member is HBC-031?")) == "member"
    assert which_thing(words("Which event has tickets from £35.50?")) == "event"
    assert which_thing(words("Which events last year were sold out?")) == "events"  # no "year" thing
    assert which_thing(words("Which riders pony is 13.2hh?")) == "riders"  # whose pony
    assert "Aoife Kendrick-Lowe" in looked_up(
        "which babysitting circle member is HBC-031?", rota, lambda cell: True
    )


def test_which_thing_is_the_cell_of_its_column_whose_words_in_brackets_are_given() -> None:
    """ "which pony is 13.2hh": the pony allocated, whose brackets say its height; a cell's name given
    whole asks something else of it."""
    place = "Booking — Rider: Lily Harcourt; Group: Silver; Pony allocated: Biscuit (13.2hh Connemara cross)"
    assert "Biscuit" in looked_up("which sennowen pony is 13.2hh", place)
    assert looked_up("which pony is Biscuit (13.2hh)?", place) is None
    assert looked_up("Which pony is the Welsh cross?", place) is None  # "cross" says no Connemara


def test_a_row_only_mentioning_a_code_or_not_picked_out_tells_nothing_of_it() -> None:
    """The notes of FC-0310's row name the saddle FC-0311: its price is FC-0310's; a row the question
    names neither by its code nor by its name answers nothing about a shop's address or late fees."""
    pram = (
        "hire.jsonl — code: FC-0310; item: Victorian pram; weekly_hire_gbp: 35.0; rack: B2; notes: with "
        "rug; matching bonnet FC-0311."
    )
    assert keyed_otherwise("How much is it to hire the bonnet FC-0311 that goes with the pram?", [pram])
    assert not keyed_otherwise("Which item comes with bonnet FC-0311?", [pram])
    assert not keyed_otherwise("How much is FC-0310?", [pram])
    assert looked_up("Where is the prop hire shop? I need the address.", pram) is None
    assert row_unnamed("FC-0310 costs 35.0.", "what's the fee if I bring a prop back late", [pram])
    assert not row_unnamed("FC-0310 costs 35.0.", "how much is the victorian pram", [pram])
    assert looked_up("what prop is on rack B2", pram) == "The item of FC-0310 is Victorian pram."


def test_how_big_asks_a_measure_and_names_no_big_room() -> None:
    """ "how big is the quiet lounge" asks R4's size: "big" after "how" names no Big Room."""
    table = table_of(
        [
            "Rooms — Code: R3; Room: The Big Room; Size: 40 m²",
            "Rooms — Code: R4; Room: Quiet Lounge; Size: 28 m²",
        ]
    )
    lounge = "Rooms — Code: R4; Room: Quiet Lounge; Size: 28 m²"
    assert not another_rows("how big is the quiet lounge", lounge, table)
    assert another_rows("how big is the Big Room", lounge, table)


def test_what_make_is_a_thing_asks_its_make_not_the_row() -> None:
    room = "Studios › Rooms — Code: S3; Room: Garden Room; Size: 22 m²; Backline included: Drum kit, bass amp"
    assert looked_up("What make is the drum kit in the Garden Room?", room) is None
    assert looked_up("Which room has a size of 22 m²?", room) == "The room of S3 is Garden Room."


def test_which_asks_for_the_row_wherever_it_stands() -> None:
    """ "… - which beat is fly only" asks for the beat, a lead before it; "Which skip is £395?" asks
    for a row whose size cell ends on "skip" (what kind of skip it is, no skip told of)."""
    beat = "Handbook › Beats — Beat: B3; Name: Weir Pool; Method rules: Fly only all season"
    assert (
        looked_up("kestle anglers - which beat is fly only for the whole season", beat) == "The beat is B3."
    )
    skip = "Prices — Code: MIDI-6; Skip size: 6-yard midi skip; 7-day hire: £255"
    assert "MIDI-6" in looked_up("Which skip is £255 for a week?", skip)
    batch = "batches.jsonl — batch_id: BRW-09; beer: Kestle IPA; tank: FV3; status: fermenting"
    assert looked_up("which fermenter is the Kestle IPA sitting in", batch) != "The batch id is BRW-09."


def test_a_time_keyed_row_is_no_coded_row() -> None:
    """A timetable keyed by its times ("2pm") names no code a question must say."""
    timetable = "timetable.csv — Time: 2pm; Class: Yoga; Day: Tuesday"
    assert looked_up("What time is the Tuesday class?", timetable) == "The time is 2pm."


def test_a_date_named_for_one_event_is_no_date_of_another_the_row_says_happened() -> None:
    order = (
        "orders.csv \u2014 order_id: SO-0423; date_ordered: 2026-05-19 (19 May 2026); patient_name: Wendy "
        "Callaghan; status: Cancelled"
    )
    assert looked_up("On what date was Wendy Callaghan's order cancelled?", order) == NO_ANSWER
    assert "19 May 2026" in looked_up("What date was Wendy Callaghan's order placed?", order)
    assert "19 May 2026" in looked_up("When did Alfred Callaghan order?", order.replace("Wendy", "Alfred"))
    job = "jobs.csv \u2014 job: J-2074; date: 30 April 2025; work: door seal replaced"
    assert "30 April 2025" in looked_up("When was the door seal of J-2074 replaced?", job)  # a plain date


def test_what_a_code_on_a_price_list_is_or_means_asks_its_description() -> None:
    """ "What's R-150 on the garage price list?" names the list it read, no price; "what does the code
    EN-03 mean?" asks what it is, as "What is EN-03?" does."""
    garage = "Price Guide › Repairs — Code: R-150; Job: Diagnostic - engine management light; Price: £60"
    job = "The job of R-150 is Diagnostic - engine management light."
    assert looked_up("What's R-150 on the garage price list?", garage) == job
    assert looked_up("what does the code R-150 mean?", garage) == job
    assert looked_up("what is the price of R-150 on your price list?", garage) == "The price of R-150 is £60."
    assert (
        looked_up("What's R-150 on the diagnostic price list?", garage) == job
    )  # a word of a cell, no column
    trade = "Price Guide › Repairs — Code: R-150; Job: Diagnostic; Trade price: £50; Retail price: £60"
    assert looked_up("What is R-150 on the trade price list?", trade) == "The trade price of R-150 is £50."


def test_who_is_the_column_for_someone_asks_that_column_not_whose_the_row_is() -> None:
    row = (
        "entries.csv \u2014 entry_ref: NB26-0111; candidate: Saoirse Delacroix-Hunt; grade: 8; "
        "teacher: M. Tregarthen; room: Recital Room; accompanist: Felix Ambrose; entry_fee: \u00a3101.00"
    )
    asked = "Who is the accompanist for Saoirse Delacroix-Hunt's Grade 8 singing exam?"
    assert looked_up(asked, row) == "The accompanist of NB26-0111 is Felix Ambrose."


def test_a_codes_kind_named_as_its_own_column_asks_what_the_code_is() -> None:
    job = (
        "jobs.jsonl \u2014 job_ref: BXA-26-0501; customer.name: Mrs Gwendolyn Farrant; "
        "parts.1.part_no: HAL-DP-0913; parts.1.desc: Drain pump assembly; parts.1.price: 38.60; "
        "charges.callout: 49.00; charges.parts: 38.60; charges.total: 119.60"
    )
    told = "The description of BXA-26-0501 is Drain pump assembly."
    assert looked_up("What is HAL-DP-0913?", job) == told
    assert looked_up("What is part number HAL-DP-0913?", job) == told  # not ``charges.parts``


def test_of_columns_named_alike_the_one_whose_json_path_the_question_says_answers() -> None:
    job = (
        "jobs.jsonl \u2014 job_ref: BXA-26-0505; customer.name: Mr Desmond Pargeter; "
        "appliance.serial: FR11-1808-00452; visit.date: 2026-05-06 (6 May 2026); "
        "return_visit.date: 2026-05-14 (14 May 2026); return_visit.slot: AM 08:00-12:00"
    )
    assert looked_up("what date was the return visit?", job) == (
        "The date of BXA-26-0505 is 2026-05-14 (14 May 2026)."
    )
    assert looked_up("what was the visit date of BXA-26-0505?", job) == (
        "The date of BXA-26-0505 is 2026-05-06 (6 May 2026)."
    )
    visits = "appts.jsonl \u2014 ref: A-1; patient: Ann Lee; date: 2026-03-02; return_visit.date: 2026-04-13"
    assert looked_up("What date is Ann Lee's follow-up appointment?", visits) is None  # no path said


def test_what_time_a_rows_thing_is_asks_when_it_starts() -> None:
    """ "What time is Ellis's French appointment?" names no column of a slot's start and end: it asks
    when the slot starts; "when does it finish?" asks neither."""
    row = (
        "bookings.csv \u2014 booking_ref: QR9-0414; slot_start: 17:20; slot_end: 17:25; subject: French; "
        "student: Ellis Fenwright"
    )
    started = "The slot start of QR9-0414 is 17:20."
    assert looked_up("What time is Ellis Fenwright's French appointment?", row) == started
    assert looked_up("When is Ellis Fenwright's French appointment?", row) is None  # its date too
    assert looked_up("When does Ellis Fenwright's French appointment finish?", row) is None
    assert looked_up("When is Ellis Fenwright's French appointment over?", row) is None
    club = "club.csv \u2014 session: Multi-sport; day: Monday; start_time: 09:00; end_time: 15:30"
    assert looked_up("What time is Multi-sport on Monday?", club) == "The start time of Multi-sport is 09:00."
    assert looked_up("What time is lunch at Multi-sport?", club) is None  # no slot of the row's
    assert looked_up("When should I collect my child from Multi-sport?", club) is None


def test_a_yes_or_no_whether_a_row_has_what_a_column_names_is_told_by_its_cell() -> None:
    """ "is there parking at Kittiwake Flat?" is told by its ``Parking`` cell, whatever it says; a
    thing no column names is not ("Does Kittiwake Flat have a lift?")."""
    row = (
        "cottages.xlsx \u203a Register \u2014 Code: WCC-155; Property: Kittiwake Flat; Sleeps: 2; "
        "Parking: None - Quay Road public car park, \u00a36 per day; Notes: Second-floor flat, no lift"
    )
    told = "The parking of WCC-155 is None - Quay Road public car park, \u00a36 per day."
    assert looked_up("is there parking at kittiwake flat", row) == told
    assert looked_up("Does Kittiwake Flat have parking?", row) == told
    assert looked_up("Does Kittiwake Flat have a lift?", row) is None
    classes = "classes.csv \u2014 class: Pottery; discount: 10% for students; fee: \u00a320 joining fee"
    assert looked_up("Is there a discount for pensioners on Pottery?", classes) is None  # not the students'
    assert looked_up("Is there a monthly fee at Pottery?", classes) is None


def test_what_time_names_no_time_column_where_another_is_named() -> None:
    """ "what time … start" asks the ``est_start`` column, not the ``marshal_time`` its asking words
    name; a question naming marshalling still asks that."""
    row = (
        "head_entries.tsv \u2014 entry_id: TWH26-018; crew_name: Fennimere Ladies; marshal_time: 12:45; "
        "est_start: 13:30:40; paid: Y"
    )
    started = "The estimated start of TWH26-018 is 13:30:40."
    assert looked_up("what time are the fennimere ladies expected to start?", row) == started
    assert looked_up("what time do the fennimere ladies start", row) == started
    assert looked_up("what time is marshalling for the fennimere ladies", row) == (
        "The marshal time of TWH26-018 is 12:45."
    )
    job = "jobs.csv \u2014 job: J-12; est_hours: 14; finish date: 2026-05-01"
    assert looked_up("When is job J-12 expected to finish?", job) == "The finish date of J-12 is 2026-05-01."


def test_a_question_of_money_is_not_answered_by_a_count_of_days() -> None:
    """ "day rates for an apprentice" asks a sum; an estimate's ``Est. days on site`` (its lead an
    apprentice) counts days, which the model's bare figure check would have let pass."""
    row = (
        "estimates.xlsx \u2014 Estimate No: ORS-26-011; Est. days on site: 3; Estimate (\u00a3 ex VAT): "
        "\u00a32,240.00; Lead thatcher: Kit Amberley (apprentice)"
    )
    assert looked_up("What are Orlingham's day rates for an apprentice?", row) is None
    assert looked_up("How many days on site is ORS-26-011?", row) == "The days on site of ORS-26-011 is 3."
    cottage = "cottages.csv \u2014 cottage: Rose Cottage; sleeps: 4; price_3_nights: 255; price_7_nights: 520"
    assert looked_up("How much is a 7 night stay at Rose Cottage?", cottage) == (
        "The price 7 nights of Rose Cottage is 520."
    )  # a price by its nights is a price


def test_a_place_given_by_its_first_name_singles_out_its_row() -> None:
    """ "from Graz" gives "Graz, Austria" as people say it; a town no row holds gives none."""
    row = "homestay.eml \u203a STUDENTS \u2014 Name: Lukas Brandtner; Age: 17; From: Graz, Austria"
    assert looked_up("Which of the homestay students comes from Graz?", row) == "The name is Lukas Brandtner."
    assert looked_up("Which student is from Vienna?", row) is None
