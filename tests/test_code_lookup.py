"""A question asking only what a code is gets the kind its document writes before it ("barometer
BP-1"); a question asking something of the code, or a document giving it no kind or two, is left to
the model. A code's last part in an answer is written as the document's whole code."""

from __future__ import annotations

import pytest

from chatbot.rag.chain import stated_outright
from chatbot.rag.code_lookup import code_kind, keyed_row, whole_codes

LOG = (
    "WEATHER STATION - SITE LOG: 2024-05-07 Site visit, Ailsa Cormack. Annual calibration of barometer"
    " BP-1: read 1013.9 hPa. Humidity sensor HS-12 was reading 8% high; swapped for HS-19."
)
REPLACED = "Station log: 2024-03-19 Site visit. SP-2 removed and replaced with SP-4 (100 W)."
FITTED = "Station log: 2024-03-19 Engineer fitted SP-4 to the mast."
QUOTE = "Quote \u203a Strimmer: The spool is cracked: fit a new trimmer head, part KW-220, at \u00a312."
TWO_KINDS = "Station log: Solar panel SP-2 cracked. The spare panel SP-2 was fitted later. Old battery SP-2."


@pytest.mark.parametrize(
    ("question", "document", "answer"),
    [
        ("What is BP-1?", LOG, "BP-1 is the barometer."),  # the words before it only lead up to it
        ("what's hs-12 at the weather station", LOG, "HS-12 is the humidity sensor."),  # the heading's words
        ("Which sensor is HS-12?", LOG, "HS-12 is the humidity sensor."),
        ("What is BP-1's reading?", LOG, None),  # something of the code, not what it is
        ("What replaced HS-12?", LOG, None),
        ("What is HS-19?", LOG, None),  # "swapped for HS-19": no kind
        ("What is SP-4?", REPLACED, None),
        ("What is SP-4?", FITTED, None),  # a deed before it is no kind
        ("What is SP-2?", TWO_KINDS, None),  # two kinds: the model reads it
        ("What is BP-2?", LOG, None),  # a code the document does not write
        ("What is stall S-14?", "Market: Stall S-14 is Pettigrew's Butchers.", None),  # not "tall"
        ("What are BP-1 and HS-12?", LOG, None),  # two codes
        ("What is booking HT-26-0219?", "Booking confirmation HT-26-0219: Hi Ross", None),  # a longer code
        # a part number's thing is named before its kind; whose part it is may be said
        ("What is Penlowe part KW-220?", QUOTE, "KW-220 is the trimmer head."),
        (  # a thing named before its kind said again with the code
            "What is form YPO-7 from Yelverdale Post Office?",
            "Post office \u203a Help: You must fill in a new agent authority form (form YPO-7) by 28 August.",
            "YPO-7 is the agent authority form.",
        ),
        (  # a verb before "form" is no name of it
            "What is form HR-3?",
            "Staff \u203a Leave: Ask your manager for form HR-3 before booking holiday.",
            "HR-3 is the form.",
        ),
        ("What does KW-220 cost?", QUOTE, None),
        ("What's RT-5512 for?", "Stores: Spares: part number RT-5512, two kept.", None),  # a label, no kind
        ("What is C-14?", "Gym: Keep your locker number C-14 safe.", "C-14 is the locker number."),
        ("What's on the menu for Y3?", "Newsletter: Lunches: Year 3 class Y3 eat at 12:15.", None),
    ],
)
def test_a_code_is_what_its_document_writes_before_it(question, document, answer):
    assert code_kind(question, document) == answer


def test_the_chain_answers_what_a_code_is_without_the_model():
    assert stated_outright("what is BP-1?", LOG) == "BP-1 is the barometer."


REGISTER = [
    "Tree Register — Tree ID: PCO-D02; Row: D; Variety: Howgate Wonder; Planted: 2019",
    "Tree Register — Tree ID: PCO-D03; Row: D; Variety: Bramley; Planted: 2019",
    "Tree Register — Tree ID: PCO-E03; Row: E; Variety: Discovery; Planted: 2021",
]


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("The Howgate Wonder is D02.", "The Howgate Wonder is PCO-D02."),
        ("The Howgate Wonder is PCO-D02.", "The Howgate Wonder is PCO-D02."),  # whole already
        ("It is in row D, planted in 2019.", "It is in row D, planted in 2019."),  # no code part
        ("The Bramley is E03.", "The Bramley is PCO-E03."),  # one code ends so: grounding judges it
        ("The tree is X03.", "The tree is X03."),  # no code ends so
    ],
)
def test_a_codes_last_part_is_written_whole(sentence, written):
    assert whole_codes(sentence, REGISTER) == written


def test_a_part_that_ends_two_codes_is_left_as_it_is():
    assert whole_codes("It is D03.", [*REGISTER, "Hedge ID: HGE-D03"]) == "It is D03."


def test_a_code_bracketed_beside_other_words_is_told_by_its_sentence():
    """A code in brackets beside a name ("(Thistledown Mutual, policy TM-88410)") is of what the sentence
    is about, the insurance renewal: its sentence tells what it is, not its kind alone."""
    minutes = (
        "Trust minutes › Finance: 3.3 Flour sales totalled £3,914.40. 3.4 The annual insurance renewal "
        "(Thistledown Mutual, policy TM-88410) is due on 1 May at £1,148.00. DA to pay."
    )
    assert code_kind("What is TM-88410?", minutes) == (
        "TM-88410: The annual insurance renewal (Thistledown Mutual, policy TM-88410) is due on 1 May "
        "at £1,148.00."
    )
    counted = minutes.replace("3.4 The annual insurance renewal", "2 claims were made on the policy")
    assert code_kind("What is TM-88410?", counted).startswith(
        "TM-88410: 2 claims were made"
    )  # no item number
    alone = minutes.replace("Thistledown Mutual, policy TM-88410", "policy TM-88410")
    assert code_kind("What is TM-88410?", alone) == "TM-88410 is the policy."


def test_a_table_row_keyed_by_the_code_is_what_it_is_told_whole():
    row = (
        "Snowsports \u203a Lessons and prices \u203a Prices \u2014 Code: P2; Activity: Private lesson, "
        "2 people; Length: 1 hour; Adult: \u00a362"
    )
    told = "P2: Activity: Private lesson, 2 people; Length: 1 hour; Adult: \u00a362."
    assert keyed_row("what is P2 on the snowsports prices?", row) == told
    assert keyed_row("what is P2's price?", row) is None  # something of the code, not what it is
    assert keyed_row("what is P2 on the snowsports fee list?", row) == told  # where it was read
    assert keyed_row("what is P2 on the snowsports fee card?", row) is None  # no list of fees
    extras = "Handbook \u203a Extras \u2014 Code: XT-20; Extra: Training top-up; Price: \u00a311.00"
    told = "XT-20: Extra: Training top-up; Price: \u00a311.00."
    assert keyed_row("What is XT-20 on the dog handbook extras list?", extras) == told  # three words
    assert keyed_row("whats code XT-20 on my Handbook invoice", extras) == told  # where it was read
    other = row.replace("Code: P2; ", "Code: P3; ")
    assert keyed_row("what is P2?", other) is None  # another code's row
    log = "log.csv \u2014 date: 2024-05-07; entry: Calibration of barometer BP-1: read 1013.9 hPa"
    assert code_kind("what is BP-1?", log) == "BP-1 is the barometer."  # a row of another key: its kind


def test_a_row_keyed_by_the_code_is_told_whole_when_asked_by_its_key_columns_kind() -> None:
    """ "What was job J-7240?" names the code by its column's kind (``job_no``), "Tidyside job" by its
    file's words too; a code of several parts is the row's only where the question writes it whole."""
    log = "service_log.csv — job_no: J-7240; date: 11 March 2025; work_done: replaced the heating element"
    assert keyed_row("What was job J-7240?", log) == (
        "J-7240: date: 11 March 2025; work_done: replaced the heating element."
    )
    assert keyed_row("What was invoice J-7240?", log) is None  # a kind the row does not say
    rounds = "tidyside_rounds_export.csv — job_ref: TSB-26-0521; customer: Harbourside Residents"
    told = "TSB-26-0521: customer: Harbourside Residents."
    assert keyed_row("What is Tidyside job TSB-26-0521?", rounds) == told
    assert keyed_row("What is Tidyside job TSB-26-0522?", rounds) is None  # another job of that round
    assert keyed_row("What is job TSB-26?", rounds) is None  # the code's first part alone
    assert keyed_row("What is Tidyside job TSB-26-521?", rounds) == told  # its zero dropped
    sessions = "Studio › Portrait sessions — Code: HR-LOC; Session: On location; Length: 90 minutes"
    told = "HR-LOC: Session: On location; Length: 90 minutes."
    assert keyed_row("what's session code HR-LOC", sessions) == told  # the heading's "sessions", one


def test_a_row_keyed_by_a_code_of_letters_is_told_whole_whatever_the_question_says_of_its_file() -> None:
    """ "QA-T1" is read as two words, and "on a Quint & Abberley quote" says where it was read; the
    file's words before the code ("Orlingham thatching estimate") name no column ("Lead thatcher")."""
    fees = (
        "Fees 2026 \u203a Quint & Abberley LLP \u2014 Fee code: QA-T1; Transaction: Transfer of equity; "
        "Legal fee: \u00a3450"
    )
    told = "QA-T1: Transaction: Transfer of equity; Legal fee: \u00a3450."
    assert keyed_row("What is fee code QA-T1 on a Quint & Abberley quote?", fees) == told
    assert keyed_row("What is fee code QA-T1 on a Quint & Abberley quote?", fees.replace("T1", "T2")) is None
    assert keyed_row("What is the legal fee for QA-T1?", fees) is None  # something of the code
    estimates = (
        "orlingham_thatchers_estimates_2026.xlsx \u203a Estimates 2026 \u203a Orlingham Reed & Spar "
        "Thatchers \u2014 Estimate No: ORS-26-016; Property: 4-6 Estate Cottages; Lead thatcher: Jed Hale"
    )
    told = "ORS-26-016: Property: 4-6 Estate Cottages; Lead thatcher: Jed Hale."
    assert stated_outright("What is Orlingham thatching estimate ORS-26-016?", estimates) == told
    assert stated_outright("Who is the lead thatcher for ORS-26-016?", estimates) != told
    grants = "grants.csv \u203a Ashcombe grants \u2014 Code: GA-26; Fund: Green Ashcombe; Max: \u00a3500"
    told = "The fund of GA-26 is Green Ashcombe."
    assert stated_outright("ashcombe grants - what is fund GA-26?", grants) == told  # the column's name
