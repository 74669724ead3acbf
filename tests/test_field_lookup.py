"""A "who" question is answered from the one person a document names in a labelled field, when the
question says nothing the document does not; anything else is left to the model."""

from __future__ import annotations

import pytest

from chatbot.rag.chain import stated_outright
from chatbot.rag.field_lookup import named_in_field

ENTRY = (
    "Station log 2023 › Entries: 27 Oct 2023 - P-41 - tech: Sada Quill; Fuel filter cartridge KX-2407 "
    "changed at routine service. Old filter heavily fouled."
)
SUPERVISOR = "Station log 2023 › Log supervisor: Hal Wendover. Entries are written by the technician on duty."
JOB = "Station log 2023 › 02 Feb 2023 - Q-7 - tech: Rhys Amberley; Generator 2 lost power under load."
RULES = "Rules › 6. DISPUTES: Appeals may be made to the Chair, Desmond Ollerenshaw, within one month."
CONTACT = (
    "Grants › 7. Contact: Before you apply, contact the Parish Clerk, Mrs Helen Quantock, by email. "
    "The office at the Old Reading Room, Church Street, is open on Tuesdays."
)
VISIT = "Apiary log › 2025-06-20: The regional bee inspector, Caradoc Venn, came; no foulbrood found."
WARDENS = "Fen › Staff: The warden, Maude Catchlove, and the assistant warden, Lucan Renfrew, run the hides."
AGM = (
    "Club › AGM minutes: Date: 16 November 2023; Chair: Ada Quill (President); Minutes: Hal Orme (Secretary)"
)
TWO = "Station log 2023 › 3 May 2023 - Q-7 - tech: Olwen Tarr; checked by: Benedikt Loom. Winch load-tested."
PANEL = (
    "programme.json › sessions — session_id: S02; title: Crime on the Coast; "
    "speakers: Morwenna Vyvyan (author), Declan Ashby-Frost (author), Hetty Carne (chair); start: 14:00"
)


@pytest.mark.parametrize(
    ("question", "document", "answer"),
    [
        ("Who changed the fuel filter cartridge at P-41 in October?", ENTRY, "Tech: Sada Quill."),
        ("who changed the filter at p-41 on 27 october 2023", ENTRY, "Tech: Sada Quill."),
        ("Who supervises the station log?", SUPERVISOR, "Log supervisor: Hal Wendover."),
        ("Who changed the filter at P-41 in March?", ENTRY, None),  # another month
        ("Who changed the filter at P-14?", ENTRY, None),  # another station
        ("Who designed the company's logo?", SUPERVISOR, None),  # a deed the document never names
        ("When did Sada Quill change the filter?", ENTRY, None),  # asks no person
        ("Is Sada Quill the technician at P-41?", ENTRY, None),  # yes or no
        ("Who load-tested the winch at Q-7?", TWO, None),  # two people named: the model reads it
        # an entry named by its code and its day is what the question is about, whatever the deed
        ("Who did the job at Q-7 on 2 February 2023?", JOB, "Tech: Rhys Amberley."),
        ("which technician worked at Q-7 on 02 Feb 2023", JOB, "Tech: Rhys Amberley."),
        ("Who did the job at Q-7 on 3 February 2023?", JOB, None),  # another day
        ("Who did the job at Q-17 on 2 February 2023?", JOB, None),  # another station
        ("Who did the job at Q-7?", JOB, None),  # no day: "job" is a word the entry never says
        # of several fields, those whose labels the question says
        ("Who chaired the 2023 AGM, and who took the minutes?", AGM, "Chair: Ada Quill. Minutes: Hal Orme."),
        ("who was the chair", AGM, "Chair: Ada Quill."),
        ("Who chaired the 2022 AGM?", AGM, None),  # another year
        ("Who is the treasurer?", AGM, None),  # no such field
        ("Who was chair in 2023, Ada Quill?", AGM, None),  # names the person it asks for
        # a role said beside a name in a sentence, when the question says the role
        ("Who chairs the association?", RULES, "Chair: Desmond Ollerenshaw."),
        ("who is the bee inspector", VISIT, "Regional bee inspector: Caradoc Venn."),
        ("Who is the warden?", WARDENS, "Warden: Maude Catchlove."),  # the assistant warden is another
        ("Who is the assistant warden?", WARDENS, "Assistant warden: Lucan Renfrew."),
        ("Who is the treasurer?", RULES, None),  # no such role
        # a role written as a title: someone's where it is a word for people, not a place's
        ("Who is the parish clerk?", CONTACT, "Parish Clerk: Mrs Helen Quantock."),
        ("Who runs the Old Reading Room?", CONTACT, None),
        # a list of people, each with a role in brackets: no one person of a field, but roles
        ("Who is chairing Crime on the Coast?", PANEL, "Chair: Hetty Carne."),
        ("Who are the speakers at Crime on the Coast?", PANEL, None),  # three: the model reads them
        ("Who is the host of Crime on the Coast?", PANEL, None),  # no such role
        # a code is no name: the van's registration does not answer who drives it
        ("Who drives the box truck?", "van.csv — Fleet: CV-2; Registration: WJ20 DGO; Body: Box van", None),
    ],
)
def test_a_who_question_is_answered_by_the_one_person_a_field_names(question, document, answer):
    assert named_in_field(question, document) == answer


def test_the_chain_reads_a_field_without_the_model():
    question = "Who changed the fuel filter cartridge at P-41 in October?"
    assert stated_outright(question, ENTRY) == "Tech: Sada Quill."


def test_a_time_written_in_capitals_is_no_person() -> None:
    """ "Fortnightly Mar-Oct" is how often, not who: a "who" question gets no field of it."""
    row = "budget.xlsx — Code: WC-04; Budget line: Gardening; Frequency: Fortnightly Mar-Oct"
    assert named_in_field("Who is the contractor for gardening?", row) is None
    assert (
        named_in_field("Who is the coach?", "Team › Staff: Coach: June Whitfield.")
        == "Coach: June Whitfield."
    )


def test_a_place_a_field_names_is_no_person() -> None:
    """ "location: North Promenade" says where, not who: "who is number 14 on the waiting list" gets
    no field of it."""
    row = "huts.tsv \N{EM DASH} hut_code: SBH-N003; location: North Promenade; notes: For waiting list no. 14"
    assert named_in_field("Who is number 14 on the beach hut waiting list?", row) is None
    assert named_in_field(
        "Who holds hut N3?", "Huts \N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK} N3: holder: Ada Venn."
    )
