"""Answers of the wrong kind for their question (a length for a price, a year for a name) are told
apart from answers of the asked kind, and a question's conditions do not count as what it asks."""

from __future__ import annotations

import pytest

from chatbot.rag.answer import NO_ANSWER
from chatbot.rag.answer_kind import COUNT, DAY, PERCENT, asked, asks_money, fits, quantities, yes_or_no
from chatbot.rag.grounding import checked


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("A single room costs 62 crowns.", "How much is a room at the Moss Lantern?"),
        ("No, you don't pay for school lunches.", "My son is in Year 2. Do we have to pay for his lunches?"),
        ("The service charge rises by 6.5%.", "By how much is our service charge going up?"),
        ("The fine is £70.", "What's the fine for parking without a permit?"),
        ("Each household can buy 60 visitor days a year.", "How many visitor days can a household buy?"),
        ("The fare is £4.50.", "what's the fare to Carrow Ford"),
        ("The unit price of KX-2041 is 84.50.", "price of KX-2041"),  # a bare number may be a price
        ("The bridge is 212 metres long.", "How long is the Carrow bridge?"),
        ("The crossing takes 40 minutes.", "How long does the crossing take?"),
        ("It took three hours and forty minutes.", "How many hours did the crossing take?"),
        ("The ferry carries 520 passengers.", "How many passengers does the ferry carry?"),
        ("Carrow has a population of 2040.", "What is Carrow's population?"),
        ("The tower is 48 m high.", "how tall is the signal tower"),
        ("The pump weighs 6.8 kg.", "How much does the pump weigh?"),
        ("The inn was built in 1887.", "In what year was the inn built?"),
        ("The inn opens at 07:30.", "What time does the inn open?"),
        ("Cold Iron Road runs for 112 minutes.", "What is the running time of Cold Iron Road?"),
        ("Callouts are attended within 4 hours.", "How quickly will they attend a callout?"),
        ("The meeting closed at 9:15pm.", "What time did the meeting close?"),
        ("The code is 4471.", "what's the code for the gate padlock?"),
        ("The postcode is BR4 9QL.", "what's the postcode for Pellow Rock?"),
        ("The password is Heron-Wharf-2291.", "What's this week's password for the visitor wifi?"),
        ("E7 means the relay is not responding.", "What does fault code E7 mean?"),  # no code asked
        ("It opens on Mondays.", "When does the inn open?"),
        ("The sort code is 20-45-77.", "What is the credit union's sort code?"),
        ("Our account number is 4321 8765.", "What are your bank details?"),
        ("The bank details are printed on every invoice.", "Where can I find your bank details?"),  # where
        ("The hall seats 2000: ideal for concerts.", "How many people does the hall seat?"),  # no heading
        ("The next meeting is on the 1st of 12.", "When is the next meeting?"),  # an ordinal's date
        ("The Ashmead's Kernel was planted on 21/11/20.", "When was the Ashmead's Kernel planted?"),
        ("The inn was built by Wystan Oddly.", "Who built the inn?"),
        ("The capital of Guinea-Bissau is Bissau.", "which city is guinea-bissau's capital"),
        ("KX-2047 weighs 38.0 kg.", "What's the code of the part that weighs 38.0 kg?"),  # a condition
        ("Visitors must book 21 days in advance.", "how far ahead do visitors have to book"),
        ("The balance is due 21 days before the event.", "how far ahead must the rest of the fee be paid"),
        ("You pay £50 when you book.", "How much do I pay in advance?"),  # a price, not how long
        ("We need at least 72 hours' notice.", "how much notice do you need for a birthday cake?"),
        ("Write to desk@carrow.example.", "What is the inn's email address?"),
        ("The tower is painted red and white.", "what colour is the tower"),
        ("The capital of Ostrand is Halvik.", "What is the capital of Ostrand?"),  # no known kind
        ("The capital of Antarctica is unknown.", "which town is the capital of antarctica?"),
        ("Harlow & Pike make them.", "Which company makes Tidewell bilge alarms?"),
        ("The main town of Vestland is Ålesund.", "which town is the main town of vestland"),
        ("The main town of Luxa is Luxa.", "What's the main town of Luxa?"),  # said once more
        ("KX-2041 is kept at station Q-71.", "Which station holds KX-2041?"),
        ("The town's population is 4,120.", "What is the town's population?"),  # "town" only qualifies
        ("Groups of up to 12 guests may book.", "How big can a group be?"),  # a size in guests
        ("A double room costs 90 eur.", "How much is a double room?"),  # a column's unit
        ("He cooks at the Salt Kitchen.", "At which restaurant does Wystan Oddly cook?"),
        ("They ordered Apivar strips from Brenchley.", "Which varroa treatment product did they order?"),
        ("The top-up delivers 12 l/min.", "how many litres per minute does the top-up put in"),  # a rate
        ("The hourly rate of the hall is £14.", "how much per hour is the hall?"),
        ("You collect it at the honey store.", "where do you pick up the extractor"),  # a place's word
        ("Clean it every six weeks in summer.", "How often should I clean the filter?"),
        ("The AGM is held once a year.", "how frequently is the AGM held"),
        ("It installs to ~/.local/bin by default.", "where does the binary end up"),  # a path
        ("The shelf of OX-0301 is Locked cabinet.", "Where is OX-0301 kept?"),  # a name
        ("The service charge will rise by 6.5% from April.", "By how much is our service charge going up?"),
        (
            "It is a narrowboat built in 1990.",
            "What kind of boat is the Greylag?",
        ),  # "kind of": no name asked
        ("The line is shut from November to March.", "At what time of year is the line shut?"),  # no clock
        ("No one climbs above 18 metres per second.", "Above what wind speed is climbing stopped?"),
        ("The lid gasket has part number RT-5521.", "What is the part number of the lid gasket?"),  # a code
        ("The premises licence number is PL-2231.", "premises licence number for the village hall"),
        ("The customer is Brennock Parish Council.", "Which customer has account number C-0477?"),
        ("Up to 6 may share a room.", "How many people can share a room?"),  # "may" the verb, no month
        ("Orders must reach the shop by 5pm the day before.", "the latest time to order for the van?"),
        (
            "From Wednesday 4 March 2026 it runs twice a week.",
            "From what date will the round run twice a week?",
        ),
        ("Walkers cover 20 km a day.", "How far do walkers go each day?"),  # a distance, no speed
        ("June fitted the pump.", "Who fitted the pump?"),  # a month's name as someone's
        ("Each heater gives 20 kW.", "What's the heat output (kW) of the heaters?"),
        ("Interest is 8% a year.", "what interest rate is charged on overdue fees?"),
        ("The total item count was 732.", "What was the total item count in the stock take?"),
        ("Priya Venn was elected chair.", "who got elected chair at the AGM?"),
        ("Under-16s must come with an adult.", "What's the minimum age to play Vault 1887?"),
        ("Each extra player is £12.", "how much extra to add a ninth player?"),
        ("The induction code is IND-LAT.", "what's the induction code for the wood lathe"),  # capitals
        ("The hall is at 4 Mill Lane, EM3 8QT.", "I need the post code of the hall for my satnav"),
        ("Under-5s go free.", "How much do under-5s pay?"),  # a price as none
        ("There is no extra charge for this.", "if they can't park near my house is there an extra charge?"),
        ("Gloves are lent at no additional cost.", "how much do the gloves cost?"),
        ("There are no charges for under-5s.", "How much do under-5s pay?"),
        ("No charge is made for cancellations.", "how much does it cost to cancel?"),
        ("There's no extra charge - just turn up.", "how much extra is it at weekends?"),
        ("A day ticket costs 6 crowns.", "How much is a day ticket?"),  # a price verb's currency
        ("Riders joining after 1 January pay half the annual fee.", "how much is it if I join in May?"),
        ("The combination is 4471.", "what's the combination for the side gate lock"),
        ("It cuts plywood up to 6 mm.", "what's the thickest material the laser can cut"),
        ("The closing bank balance was £3,412.60.", "What was the bank balance at the end of 2024?"),
        ("Adult Night runs 19:30-22:00.", "What are the hours of the over-18s session?"),
        ("The course is 12 hours long.", "How many hours is the course?"),
        ("The duty warden is Kemi Adeyemi.", "What is the name of the duty warden?"),
    ],
)
def test_answers_of_the_asked_kind_fit(sentence, question) -> None:
    assert fits(sentence, question)


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("The Moss Lantern has six rooms.", "How much is a double room at the Moss Lantern?"),  # a price
        ("The meeting closed at 9:15pm.", "How many members does the society have?"),  # a time of day
        ("The week commencing of Monday is 2026-04-20.", "How many calories are in Monday's bolognese?"),
        ("The padlock code changes every 1 January.", "what's the code for the gate padlock?"),  # a date
        (  # counts of things, no price
            "The Pro Line is a 140 m pump track with 14 rollers and 4 berms.",
            "Can we book the pump track, and what would it cost?",
        ),
        (  # a street and the row's code, no postcode
            "The address of BD-0822 is Marsh Road, past Callow church.",
            "What's the postcode for the lay-by where the samphire walk meets?",
        ),
        ("The password changes every Monday.", "What's this week's password for the visitor wifi?"),
        ("Dogs are welcome on every boat.", "what's the charge for bringing a dog?"),  # no amount
        ("An 8-inch sponge starts at £38.", "how much notice do you need for a birthday cake?"),  # a time
        ("You can park there without a time limit.", "What's the fine for parking without a permit?"),
        ("A ferry ticket costs 38 nautical miles.", "How much does a ferry ticket cost?"),
        ("The TW-300 costs 1.1 kg.", "How much does the TW-300 cost?"),  # the code's digits are no price
        ("The Skerran Star was built in 2009.", "Which shipyard built the Skerran Star?"),
        ("The inn was built in 1887.", "Who built the inn?"),
        ("The ferry was a 58-metre ship.", "What was the ferry's top speed?"),
        ("It was built in 1891 at the Cobbeck yard.", "How long was the ferry from bow to stern?"),
        ("It takes about three hours and forty minutes.", "How many nautical miles is the crossing?"),
        ("The part number is TW-F2.", "How much does the TW-F2 float switch weigh?"),
        ("The centre is at Curlew Hide.", "What's the email address of the visitor centre?"),
        ("Open nights are on the first Friday of every month.", "What time do open nights begin?"),
        ("There are no club nights in August.", "where does the chess club meet"),  # a month is no place
        ("Children under 8 must be accompanied by an adult.", "How much is a family ticket?"),  # an age
        ("Service: Emergency callout, weekdays 08:00-18:00; Price: £95.00", "How soon will they attend?"),
        ("The club meets at 7pm.", "where does the chess club meet"),
        (
            "The time of PP-2504-05 is 19:30.",
            "What is the running time of Cold Iron Road?",
        ),  # when, not how long
        ("The path is closed from 1 March to 31 May.", "What year did the path open?"),
        ("The company carries passengers and mail.", "What is the company's annual revenue?"),
        ("The premises licence number is 23:00.", "premises licence number for the village hall"),  # a time
        ("The light was automated in 1979.", "What colour is the lighthouse painted?"),
        ("Ostray is the main town of the island.", "Which town is the main town of Ostray?"),  # names none
        # a product asked after two words that say which: the answer names none
        ("It is ordered from Brenchley.", "Which varroa treatment product is ordered from Brenchley?"),
        ("Zone 1 has no probe.", "Which make and model of probe is fitted in zone 1?"),
        ("The butt holds about 650 litres.", "how many litres per minute does the top-up put in"),  # no rate
        ("Members get 10% off the Summer Camp.", "What's the price of the Summer Camp?"),  # a share, no price
        ("The course starts on Thursday 16 April at 7pm.", "What does the course cost per person?"),  # a time
        ("The extractor must come back washed and dried.", "where do you pick up the extractor"),  # no place
        (
            "It's the clear bowl between the butt and valve 1.",
            "How often should I clean the filter?",
        ),  # no often
        ("It is the nearest station to the observatory.", "Which station is closest to the observatory?"),
        ("Q-17 was the last one to work on 02 Feb 2023.", "which technician worked at Q-17 on 02 Feb 2023"),
        ("The barge weighs 12 crew.", "How heavy is the barge?"),  # a number of things, no weight
        ("Parking at the inn costs 30 spaces.", "How much does parking at the inn cost?"),
        ("The ride took 4 June 2024.", "How long did the ride take?"),  # a date, no duration
        ("The date of J-1180 is 4 May 2025.", "How many steam ovens are at K-2?"),  # a day, no count
        ("The pitch opened on 12 June.", "How big is the pitch?"),  # a day, no size
        ("The pump was fitted on Monday, 9 May.", "Who fitted the pump?"),  # a day names no one
        ("The store holds RT-5521.", "What is the number of gaskets in stock?"),  # a code is no count
        ("The wind is 18 metres from the hub.", "Above what wind speed is climbing stopped?"),  # a length
        ("The maximum is 40 kg.", "What is the maximum number of guests?"),  # a weight, no count
        ("Wystan Oddly is the landlord.", "At which restaurant does Wystan Oddly cook?"),  # names none
        ("Organ Week: tickets from £22.00.", "When is Organ Week?"),  # a price, not a clock's 22.00
        ("The ferry carries 40 passengers.", "When does the ferry sail?"),  # a count says no time
        ("Gorselow expects 25 hedging bundles of 25.", "When is more beech hedging due in?"),  # "of 25"
        ("The product code is SAV-PAY.", "What is the sort code for the credit union?"),  # no bank's
        ("Members' Guide 2026: The circle is a group of local families.", "How many families belong?"),
        ("You pay £12 a year for the admin fee.", "What bank details do I use to pay the admin fee?"),
        ("The gate lodge costs £2.", "the phone number for the gate lodge is what"),  # asked before "what"
        ("The meeting closed at 21:10.", "On what date is the 2024 AGM?"),  # a time of day is no date
        ("It was on 27 Aug 2020.", "where was the seed collected from?"),  # a date says no place
        ("The fuel in the diesel heaters is 2025/26.", "What's the heat output (kW) of the heaters?"),
        ("Larchmount charges 3.1 Fees are paid monthly.", "what interest rate is charged on overdue fees?"),
        ("The item is Pasta 500g.", "What was the total item count in the August stock take?"),
        ("The chair of the committee is Treasurer.", "who got elected chair at the AGM?"),  # a role
        ('Vault 1887 is rated as a "high-risk" game.', "What's the minimum age to play Vault 1887?"),
        ("The room opens at 10:00.", "how much extra to add a ninth player?"),  # a time is no price
        ("The induction code is given at the induction.", "what's the induction code for the lathe"),
        ("A new combination lock has been fitted.", "what's the combination for the side gate lock"),
        ("The laser can cut for 90 minutes.", "what's the thickest material the laser can cut"),
        ("The accounts were approved.", "What was the bank balance at the end of 2024?"),
        ("The van goes out on Wednesdays.", "What's the latest time I can get my order in for the van?"),
        ("The round goes out on Wednesdays and Fridays.", "From what date will the round run twice a week?"),
        ("The over-18s can book up to 14 days ahead.", "What are the hours of the over-18s session?"),
        ("Duty Warden: 07700 900 514.", "What is the name of the duty warden?"),  # no one named
        ("There will be no cost-of-living rise to the rent.", "How much is the rent?"),  # no price said
        ("The surveyor gave no cost estimate.", "How much is the survey?"),
    ],
)
def test_answers_of_another_kind_do_not(sentence, question) -> None:
    assert not fits(sentence, question)


def test_quantities_read_units_currency_and_years() -> None:
    assert quantities("It costs $1.8 million, weighs 3 tonnes and was built in 1931.") == [
        "money",
        "mass",
        "year",
    ]
    assert quantities("Part KX-2041 is in stock.") == []  # a code's digits are not a number
    assert quantities("31 million US dollars, 6 square km, 12 large eggs") == ["money", "area", COUNT]
    assert quantities("It is 12. It is 12 a day, on 4 June 2024, or 9 May.") == [
        None,
        None,
        DAY,
        "year",
        DAY,
    ]  # no measure
    assert quantities("10 per cent, 15% off, 3 a day") == [
        PERCENT,
        PERCENT,
        None,
    ]  # a share; no unit past "a"
    assert quantities("83.4 km2, 57 m2, 3 m3") == ["area", "area", "volume"]  # a unit's power with it
    assert quantities("The inn has 14 rooms and 2 bars.", "Has the inn 14 rooms?") == [COUNT]  # 14 is asked


def test_what_is_asked_ends_where_a_condition_begins() -> None:
    assert (
        asked("Which part code has a unit price of 212.00?") == "which part code has a unit price of 212.00?"
    )
    assert asked("What's the code of the part that weighs 38.0 kg?") == "what's the code of the part "
    assert asked("price of KX-2041") == "price of kx-2041"
    assert asked("The capital of Greece is what?") == "the capital of greece is what?"  # all before "what"


def test_a_when_that_joins_a_condition_to_a_yes_or_no_asks_no_time() -> None:
    question = "Can I wear shorts on the dry slope when it's hot?"
    assert asked(question) == question.casefold()
    assert fits("No shorts, no T-shirts, no fingerless gloves.", question)
    assert asked("Can you tell me when the shop opens?") == "when the shop opens?"  # asked within
    assert not fits("No shorts.", "Can you tell me when the shop opens?")
    assert asked("Can I check in when the desk is closed?") == "can i check in when the desk is closed?"


def test_an_answer_of_the_wrong_kind_becomes_no_answer() -> None:
    documents = ["The ferry route from Brannock Quay to Kilvaro is 38 nautical miles long."]
    question = "How much does a ferry ticket to Kilvaro cost?"
    answer = iter(["A ferry ticket to Kilvaro costs 38 nautical miles."])
    assert list(checked(answer, question, documents)) == [NO_ANSWER]


def test_a_question_that_opens_with_an_auxiliary_asks_yes_or_no() -> None:
    assert yes_or_no("Is there a student discount?") and yes_or_no("does plot C-2 have a shed")
    assert not yes_or_no("When is the fair?") and not yes_or_no("Which event is held there?")
    assert yes_or_no("I have a guide dog. Can she come into the flying area?")  # after a scene
    assert not yes_or_no("I'm running late. What time does it close?")
    assert yes_or_no("If six of us book together, do we get a group discount?")  # after a condition
    assert not yes_or_no("If I book today, what do I pay?")


def test_a_part_of_a_place_is_no_area_asked() -> None:
    """ "the flying area" is a place a yes or no is asked of, "the area of Kilvarra" a measure."""
    assert fits("She cannot go into the flying area.", "Can my dog come into the flying area?")
    assert not fits("Kilvarra is an island.", "What is the area of Kilvarra?")


def test_which_member_of_staff_asks_for_someone() -> None:
    question = "Which member of staff has D1 on their driving licence?"
    assert fits("Felix Haverkamp has the D1.", question)
    assert not fits("The D1 is on your licence.", question)
    assert fits("The D1 licence is the minibus's.", "Which vehicle needs a D1 licence?")  # a thing


def test_subs_dues_and_rent_are_prices() -> None:
    assert fits("Subs are £2 a month per flat.", "what are the monthly subs per flat?")
    assert not fits("Subs are collected by standing order.", "what are the monthly subs per flat?")
    assert fits("SB-0206 owes £66.00.", "How much money is outstanding on SB-0206?")
    assert not fits("The access of SB-0206 is LIFT.", "How much money is outstanding on SB-0206?")
    assert not fits("The unit is on the ground floor.", "What rent does unit SB-0106 pay?")


def test_which_evening_of_the_week_asks_a_weekday() -> None:
    """ "Which evening of the week is KAL-163 held on?" is answered by its day, not by a thing."""
    question = "Which evening of the week is KAL-163 held on?"
    assert fits("It is on Fri 18:30-20:30.", question)
    assert not fits("It is the Creative Writing class.", question)


def test_asking_to_be_told_what_a_question_word_asks_is_no_yes_or_no() -> None:
    assert not yes_or_no("Could you tell me which course Rory is running?")
    assert not yes_or_no("Do you know when the AGM is?")
    assert yes_or_no("Can you tell me if the shop is open?")
    assert not yes_or_no("Could you check which course Rory is running?")
    assert not yes_or_no("Do you happen to know when the AGM is?")
    assert yes_or_no("Do you know when the AGM is? Is it in May?")  # its last sentence asks
    assert yes_or_no("Could you book me in for Tuesday?")


def test_a_winning_or_journey_time_is_a_time_taken_not_a_distance() -> None:
    """ "What was the winning time on the Brown course?" is not answered by the course's length."""
    question = "What was the winning time on the Brown course at Scargill Wood?"
    assert not fits("The course of SWM26-012 is 6.9 km.", question)
    assert fits("The winning time was 42:13.", question)
    assert fits("The crossing takes 40 minutes.", "What is the crossing time to Corrabeg?")
    assert fits("It takes about an hour.", "What is the journey time to Corrabeg?")
    assert not fits("It is £3.", "What is the crossing time to Corrabeg?")  # a fare
    waiting = "Waiting time is charged at £0.30 per minute."
    assert fits(waiting, "What is the charge for waiting time?")  # a price asked of the time


def test_whom_a_clinic_is_for_by_age_is_no_time_of_it() -> None:
    """ "When is the nasal flu clinic for my 3 year old?" is not answered by the ages it is for; asked
    with no age, an age may say when ("at 7 years old")."""
    question = "When is the nasal flu clinic for my 3 year old?"
    assert not fits("The clinic is at-risk adults aged 18-64.", question)
    assert not fits("It is for 2 and 3 year olds.", question)
    assert fits("The clinic for 2 and 3 year olds is on Wed 7 Oct.", question)
    assert fits(
        "Girls can join Brownies at 7 years old.", "When can my daughter join Brownies?"
    )  # no age given


def test_which_days_asks_weekdays_not_any_date() -> None:
    """ "Which days is the seamstress in?" is answered by weekdays, not by a year or a date; "which
    days in June" by dates."""
    question = "Which days is the seamstress in?"
    assert fits("She is in on Tuesdays and Thursdays.", question)
    assert fits("The counter is open daily.", question)
    assert not fits("We have been washing for Brenmoor since 2009; prices from 1 March 2026.", question)
    assert fits("The show is on 12 June and 13 June.", "Which days in June is the show on?")


def test_a_deposit_asks_money_and_when_a_fee_is_due_a_date() -> None:
    assert fits("Members get a fob for a refundable £20 deposit.", "canoe club key fob deposit")
    assert not fits("The fob must not be lent to non-members.", "canoe club key fob deposit")
    assert fits("The fee is due on 1 March.", "When is the fee due?")
    assert fits("The battery expires in 03/2029.", "When does the battery expire?")  # a month of a year
    assert not fits("The battery is unit 3/2.", "When does the battery expire?")
    assert not fits("Planning application 5/2024 was approved.", "When is the case heard?")  # a reference


def test_how_much_of_anything_asks_an_amount() -> None:
    """ "How much battery storage …?" is answered by an amount (in figures or words, a share, none),
    not by a sentence about the site without one."""
    question = "How much battery storage will be installed at Pollard's Meadow?"
    assert fits("It will have 200 kWh of storage.", question)
    assert not fits("Pollard's Meadow has a grid connection offer.", question)
    assert fits("You lose half of the hire.", "If I cancel, how much of the hire do I lose?")


def test_a_charge_asks_money_and_a_card_or_member_number_a_code() -> None:
    """ "the cover charge", "what do they charge" ask an amount; "in charge of" and "charge points"
    do not; "card number", "member number" ask a code, not a count, unless the question gives it."""
    assert fits("It is £4.00.", "meeple & mug student cover charge")
    assert not fits("There's a one-off cover charge per person for students.", "student cover charge")
    assert fits("Tamsin Oyelaran runs it.", "Who is in charge of the lending library?")
    assert fits("Her card is MM-L0312.", "What's Hal Brightwater's lending library card number?")
    assert not fits("Hal Brightwater has 74 loans.", "What's Hal Brightwater's lending library card number?")
    assert fits("It is Terry Moult's.", "Whose mobile number is 07700 931 044?")
    assert asks_money("What was Harriet Quayle charged?")
    assert not asks_money("Are the e-bikes charged overnight?")
    assert not asks_money("How is Bethan Oldcastle paying for her eggs?")  # by what means
    assert not asks_money("How did the society pay for the refractor?")
    assert asks_money("How much does Bethan pay for her eggs?")
    assert not fits("She pays \u00a33.20 for her eggs.", "How is Bethan Oldcastle paying for her eggs?")
    # a size may be said in words
    assert fits("Eluned gets large eggs.", "Eluned Prydderch: what size does she get?")
    assert not fits("The shed is blue.", "what size is the shed?")
    assert fits("She pays by standing order.", "How is Bethan Oldcastle paying for her eggs?")
    assert not asks_money("What is UP-320 on the Tresillow price list?")  # where it stands, no price
    assert asks_money("What's the price of UP-320?")
    # a leading clause only sets the scene: the question word after it asks
    assert asked("When I book a job, what percentage deposit do they want?") == (
        "what percentage deposit do they want?"
    )
    assert asked("If my shopping comes when the lift is out, where is it left?") == "where is it left?"
    # money back asks for a refund, not an amount
    assert fits("No, we cannot give refunds.", "I can't make it now - can I get my money back?")


def test_a_time_of_day_is_no_amount() -> None:
    claim = "how much can the tea makers claim back from the bar till?"
    assert not fits("Teas are served at 4pm, or between innings if that comes first.", claim)
    assert not fits("Teas are served at 16:00.", claim)
    assert fits("Tea makers can claim back up to £35 by 5pm.", claim)


def test_a_deadline_asks_a_date_and_a_reference_a_code_though_paying_is_said() -> None:
    deadline = "What's the deadline for paying subs before a late fee is added?"
    assert fits("Subs are due by Thursday 30 April.", deadline)
    assert not fits("The late fee is £10.", deadline)
    reference = "What reference should I put on my bank transfer when paying my subs?"
    assert fits("Use the reference SXCC26 followed by your surname.", reference)
    assert not fits("Subs are £95.", reference)
    assert fits("Two character references are needed.", "What references do I need for the application?")
    booking = "what's the booking ref for the Ashdown 40th?"  # a reference, written short
    assert not fits("The booking is from Neil Ashdown.", booking)
    assert fits("Booking ref EMB-0613-AS.", booking)


def test_pence_written_after_the_number_are_money() -> None:
    """ "40p off" answers how much comes off a price; "5pm" is no money, nor "3 pages"."""
    question = "If I bring my own detergent, how much comes off the cycle price?"
    assert fits("You get 40p off the cycle.", question)
    assert quantities("It is 24p a mile.") == ["money"]
    assert "money" not in quantities("Doors open at 5pm with 3 pages of rules.")


def test_an_estimated_or_insured_value_is_money() -> None:
    """An item's estimated value is an amount, not its description."""
    question = "estimated value of the knitted scarf in the lost property log"
    assert fits("It is £12.00.", question)
    assert not fits("The item is a hand-knitted wool scarf.", question)


def test_charging_a_battery_and_hand_towels_are_no_money_nor_length() -> None:
    assert fits("It takes about 4 hours.", "How long does the mobility scooter take to charge?")
    assert "money" not in quantities("Doors open at 7p.m.")
    assert quantities("We give out 4 hand towels.") != ["length"]


def test_a_price_rate_asks_money_and_another_rate_does_not() -> None:
    """ "the hourly rates", "the student rate", "rate per mile" ask a price; a success or flow rate not."""
    assert fits("The Loom Room is £25/hr.", "What are the hourly rates for the Loom Room?")
    assert not fits("Non-members pay the same rates plus 20%.", "What are the hourly rates for the Loom?")
    assert fits("Mileage is paid at 38p per mile.", "at what rate per mile can volunteers claim mileage?")
    assert fits("The success rate was 72%.", "What was the success rate for the quarter?")


def test_a_number_in_words_with_no_money_after_it_is_no_price() -> None:
    """ "maximum one dog per room" does not say how much extra a dog costs; "twenty pounds" does, and
    a question that writes the price itself asks which thing has it."""
    dog = "how much extra to bring my dog to saltings end"
    assert not fits("Dogs are welcome in rooms marked dog_friendly, maximum one dog per room.", dog)
    assert fits("A dog costs twenty pounds a night.", dog)
    assert fits("A dog costs twenty-five pounds a night.", dog)  # a number in words, hyphens and all
    assert fits("There is a charge of £15 per night.", dog)
    assert fits("The course of PRV-1 is Private one-to-one day.", "anvil & ember course that costs £290")


def test_a_date_is_no_price_and_a_pronoun_names_no_one() -> None:
    """ "2011-06-14" is when, not how much; "She" names nobody a "who" asks for; a share answers how
    much of a sum comes back."""
    assert not fits("The new bell was 2011-06-14.", "how much did the new bell for the chapel cost")
    assert fits("It was cast on 2011-06-14.", "When was the chapel bell cast?")
    assert not fits("She will open it on 9 May 2027.", "Who is going to open the Harnley bandstand?")
    assert fits("Cllr Ruth Ambler will open it.", "Who is going to open the Harnley bandstand?")
    refund = "If I drop out of the pottery course a week before, how much of my money do I get back?"
    assert fits("You get 40% back.", refund)
    assert not fits("You get 40% back.", "How much is the pottery course?")


def test_a_deposit_or_a_refund_may_be_a_share() -> None:
    deposit = "How much deposit does the kiln repairer want before starting?"
    assert fits("The deposit is 25% of the total.", deposit)
    assert fits("You get 50% back.", "If I cancel with a day's notice, how much do I get back?")
    assert not fits("The deposit is due within 14 days.", deposit)


def test_a_back_massage_asks_no_share() -> None:
    assert not fits("Members get 10% off.", "How much is a back massage?")
    assert fits("You get 50% back.", "how much do I get back if I cancel the day before?")


def test_a_codes_figures_say_no_date() -> None:
    asked = "what date was the return visit?"
    assert not fits("It is FR11-1808-00452.", asked)  # a serial number's "1808" is no year
    assert not fits("It is BXA-26-0505.", asked)
    assert fits("It is 2026-05-14 (14 May 2026).", asked)
    assert fits("It was on Monday 14 May, job BXA-26-0505.", asked)


def test_times_joined_by_hyphens_are_no_codes() -> None:
    assert fits("It runs 10am-12pm.", "When is the drop-in session?")
    assert fits("The return visit is booked for 2026-04-13T09:30.", "What date is the return visit?")
