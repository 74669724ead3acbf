"""Text sources (.txt, .md, .csv, .pdf) are split into chunks, ingested, re-ingested and removed;
a bad file is refused with a clear message and changes nothing."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import pytest

from common.errors import SourceError
from ingest.documents import load_documents
from ingest.pdf import _rows
from ingest.remove import remove_source
from ingest.run import ingest
from ingest.text import CHUNK_CHARS, _greets
from vectorstore.config import StoreSettings
from vectorstore.store import open_store

ZUBROWKA = "The capital of Zubrowka is Lutz."


def write_pdf(path: Path, pages: list[str]) -> Path:
    """A real PDF with one line of text per page (matplotlib, TrueType fonts so the text is extractable)."""
    from matplotlib.backends.backend_pdf import PdfPages

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(path) as pdf:
        for text in pages:
            figure = plt.figure(figsize=(6, 2))
            figure.text(0.05, 0.5, text)
            pdf.savefig(figure)
            plt.close(figure)
    return path


def chunks(path: Path, text: str) -> list[str]:
    """The chunks' texts of ``text`` written to ``path``."""
    path.write_text(text, encoding="utf-8")
    return [d.page_content for d in load_documents(path)]


def test_txt_is_split_between_sentences_with_stable_ids(tmp_path):
    sentences = [f"Sentence {i} tells the quick brown fox to jump over the lazy dog." for i in range(40)]
    paragraphs = [" ".join(sentences[i : i + 8]) for i in range(0, 40, 8)]
    path = tmp_path / "notes.txt"
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    docs = load_documents(path)
    assert len(docs) >= 5
    assert all(len(d.page_content) <= CHUNK_CHARS for d in docs)
    assert all(d.page_content.startswith("Sentence") and d.page_content.endswith("dog.") for d in docs)
    assert {s for d in docs for s in sentences if s in d.page_content} == set(sentences)
    assert [d.metadata["chunk"] for d in docs] == list(range(len(docs)))
    assert {d.metadata["source"] for d in docs} == {"notes.txt"}
    assert [d.id for d in load_documents(path)] == [d.id for d in docs]


def test_chunks_are_not_cut_after_an_abbreviation_a_list_number_or_inside_a_label(tmp_path):
    """A full stop after "No.", "approx.", "excl.", an initial or a step's number ends no sentence,
    and a long "label: value;" line is cut between its items, never between a label and its value."""
    specs = "; ".join(f"Item {n} (excl. fitting): {n * 7} W" for n in range(1, 30))
    steps = " ".join(f"{n}. Check valve V-{n} with engineer T. Marsh, approx. {n} min." for n in range(1, 12))
    text = f"Specification: {specs}.\n\nSteps: {steps}\n\nVessel: MV Sorrel (Official No. 918244)"
    cut = chunks(tmp_path / "spec.txt", text)
    items = {item.rstrip(".") for chunk in cut for item in chunk.removeprefix("Specification: ").split("; ")}
    assert {f"Item {n} (excl. fitting): {n * 7} W" for n in range(1, 30)} <= items
    assert not [chunk for chunk in cut if chunk.startswith(("fitting", "Marsh", "918244"))]
    opening = ("Steps: ", *(f"{n}. Check" for n in range(1, 12)))
    assert all(chunk.startswith(opening) for chunk in cut if "valve" in chunk)
    assert "Vessel: MV Sorrel (Official No. 918244)" in cut
    halls = " ".join(f"Hall {n} seats {n + 40}. No. Its doors open at {n}:00." for n in range(1, 20))
    assert all(chunk.startswith(("Hall", "No.", "Its")) for chunk in chunks(tmp_path / "halls.txt", halls))


def test_a_short_txt_is_one_chunk(tmp_path):
    (tmp_path / "b.txt").write_text(ZUBROWKA, encoding="utf-8")
    assert [d.page_content for d in load_documents(tmp_path / "b.txt")] == [ZUBROWKA]


def test_markdown_chunks_carry_their_heading_path(tmp_path):
    text = (
        "# Harrowgate Ferry Company\n\nFounded in 1898 by **Ada Quill**, see [the archive](http://x).\n\n"
        "## Fleet\n\n### Northern Lantern\n\nShe carried 240 passengers.\n\nShe was launched in 1921.\n\n"
        "Her engine, *Old Ruby*, was 2 * 3 * 4 feet.\n"
    )
    assert chunks(tmp_path / "a.md", text) == [
        "Harrowgate Ferry Company: Founded in 1898 by Ada Quill, see the archive.",
        "Harrowgate Ferry Company › Fleet › Northern Lantern: She carried 240 passengers.",
        "Harrowgate Ferry Company › Fleet › Northern Lantern: She was launched in 1921.",
        # an emphasis's stars are no text; stars between spaces are
        "Harrowgate Ferry Company › Fleet › Northern Lantern: Her engine, Old Ruby, was 2 * 3 * 4 feet.",
    ]


def test_markdown_rules_and_quote_marks_are_no_text(tmp_path):
    """A rule between sections is no chunk of its own, and a quote's ">" marks are not its words."""
    text = "# Manual\n\n> Applies to six boats.\n> All have the KM-43i.\n\n---\n\n"
    text += "## Tools\n\n17 mm socket\n\n---\n"
    assert chunks(tmp_path / "manual.md", text) == [
        "Manual: Applies to six boats. All have the KM-43i.",
        "Manual › Tools: 17 mm socket",
    ]


def test_a_rule_ends_an_entry_and_the_line_under_it_heads_the_next(tmp_path):
    """Notes whose dated entries are set apart by rules: each entry's items stand under its own first
    line, however long, and never under the entry before."""
    text = (
        "RESIDENTS' NOTES\n\n-----\nMon 3 Feb 2025 - committee meeting, community room, 7pm\n"
        "Present: Bea, Stan\n\n- Treasurer: balance £1,126.40.\n- Next meeting 17 March.\n\n"
        "-----\nMon 14 Apr 2025 - committee meeting\n- Fun day fixed for 19 July.\n\n"
        "-----\nMon 2 Jun 2025 - committee meeting (long one)\n- Stan: balance £1,318.90.\n\n"
        "-----\nSun 20 July - thanks!\nAbout 140 people came.\n"
    )
    found = chunks(tmp_path / "notes.txt", text)
    assert (
        "Mon 3 Feb 2025 - committee meeting, community room, 7pm: Treasurer: balance £1,126.40."
        in " ".join(found)
    )
    assert any(
        c.endswith("› Mon 2 Jun 2025 - committee meeting (long one): Stan: balance £1,318.90.") for c in found
    )
    assert not any("Mon 14 Apr" in c and ("1,318.90" in c or "140 people" in c) for c in found)
    assert any(c.endswith("NOTES: Sun 20 July - thanks! About 140 people came.") for c in found)


def test_a_question_on_a_line_of_its_own_leads_its_answer(tmp_path):
    """A web page's FAQ (``<summary>``, then the answer): the question and its answer are one chunk,
    so neither is found without the other; a question with no answer after it stays."""
    text = "# Visit\n\n## FAQ\n\nIs there parking?\n\nYes: 42 spaces, £3.00 a day.\n\nCan I bring my dog?\n"
    assert chunks(tmp_path / "visit.md", text) == [
        "Visit › FAQ: Is there parking? Yes: 42 spaces, £3.00 a day.",
        "Visit › FAQ: Can I bring my dog?",
    ]


def test_a_lists_opening_line_leads_its_items_but_not_a_tables_rows(tmp_path):
    """ "Damage deposits are as follows:" and the list under it are one chunk (alone, the line
    answered nothing and the items did not say what they were); over a table, whose rows are
    documents of their own, the line stays alone."""
    text = (
        "# Hire\n\n## Payment\n\nDamage deposits are as follows:\n\n- Private hires: £75\n"
        "- Community hires: none\n\nRates per hour:\n\n| Room | Rate |\n|---|---|\n| Main Hall | £16 |\n"
    )
    assert chunks(tmp_path / "hire.md", text) == [
        "Hire › Payment: Damage deposits are as follows: Private hires: £75; Community hires: none",
        "Hire › Payment: Rates per hour:",
        "Hire › Payment — Room: Main Hall; Rate: £16",
    ]


def test_a_lone_short_line_before_the_first_heading_heads_every_section(tmp_path):
    """A web page's site name over its first heading is its title, not a chunk of its own; a
    breadcrumb trail or a sentence there is neither."""
    text = "Carrowmere Tin Mine Museum\n\n# Plan your visit\n\n## Parking\n\n42 spaces, £3.00 a day.\n"
    assert chunks(tmp_path / "visit.md", text) == [
        "Carrowmere Tin Mine Museum › Plan your visit › Parking: 42 spaces, £3.00 a day."
    ]
    trail = chunks(tmp_path / "trail.md", text.replace("Carrowmere Tin Mine Museum", "Home > Visit us"))
    assert trail == ["Home > Visit us", "Plan your visit › Parking: 42 spaces, £3.00 a day."]


def test_markdown_data_blocks_are_read_as_data(tmp_path):
    """A YAML or JSON code block's list of objects becomes rows under the heading path, its other
    values "path: value" lines; another language's block, or one that is no valid YAML, keeps its
    text without its fences."""
    text = (
        "# Greenhouse\n\n## Config\n\n```yaml\nsite: brackenfold\nbutt:\n  float_pin: 5\nzones:\n"
        '  - id: 1\n    name: tomatoes\n    times: ["07:00", "18:00"]\n  - id: 2\n    name: citrus-fig\n'
        "```\n\n## Maintenance\n\n```bash\nsudo systemctl restart water\n```\n\n"
        '```json\n{"pumps": [{"code": "P-1", "litres": 12.5}]}\n```\n\n```yaml\nkey: [unclosed\n```\n'
    )
    assert chunks(tmp_path / "notes.md", text) == [
        "Greenhouse › Config — id: 1; name: tomatoes; times: 07:00, 18:00",
        "Greenhouse › Config — id: 2; name: citrus-fig",
        "Greenhouse › Config: site: brackenfold; butt.float_pin: 5",
        "Greenhouse › Maintenance: sudo systemctl restart water",
        "Greenhouse › Maintenance — code: P-1; litres: 12.5",
        "Greenhouse › Maintenance: key: [unclosed",
    ]


def test_a_two_column_table_opening_with_a_value_is_a_form_of_fields(tmp_path):
    """A quote's details table has no header row: its first row is a field, "Quotation reference"
    and its value, so each row is a field of its own, not a row of a table headed by it."""
    text = (
        "# Quotation\n\n| Quotation reference | Q-26-0417 |\n|---|---|\n| Date of quotation | 2026-03-09 |\n"
        "| Crew leader on the day | Declan Glennister |\n| Notes | |\n\nThank you.\n"
    )
    assert chunks(tmp_path / "quote.md", text) == [
        "Quotation: Quotation reference: Q-26-0417",
        "Quotation: Date of quotation: 2026-03-09 (9 March 2026)",
        "Quotation: Crew leader on the day: Declan Glennister",
        "Quotation: Notes",  # a field left blank: its own paragraph, not joined to what follows
        "Quotation: Thank you.",
    ]
    headed = "# Fees\n\n| Item | 2026 |\n|---|---|\n| Membership | £40 |\n"  # a year heads a column
    assert chunks(tmp_path / "fees.md", headed) == ["Fees — Item: Membership; 2026: £40"]
    named = "# Fees\n\n| Item | 2025/26 fee |\n|---|---|\n| Membership | £40 |\n"  # so do a name's words
    assert chunks(tmp_path / "named.md", named) == ["Fees — Item: Membership; 2025/26 fee: £40"]


def test_markdown_table_rows_are_table_rows_under_their_heading_path(tmp_path):
    text = (
        "# Merrow Walks\n\n## At a glance\n\n| walk | length | starts at |\n|---|:--:|---|\n"
        "| Weavers' Lanes | 2.4 km | the clock |\n| Old Wall |  | Northgate |\n\nBook ahead.\n"
    )
    (tmp_path / "walks.md").write_text(text, encoding="utf-8")
    bare = "| walk | |\n|---|---|\n| Old Wall | 3.1 km |\n"  # no heading: the file names it
    (tmp_path / "bare.md").write_text(bare, encoding="utf-8")
    assert [d.page_content for d in load_documents(tmp_path / "walks.md")] == [
        "Merrow Walks › At a glance — walk: Weavers' Lanes; length: 2.4 km; starts at: the clock",
        "Merrow Walks › At a glance — walk: Old Wall; starts at: Northgate",
        "Merrow Walks › At a glance: Book ahead.",
    ]
    assert [d.page_content for d in load_documents(tmp_path / "bare.md")] == [
        "bare.md — walk: Old Wall; column 2: 3.1 km"  # a column without a name, as in a CSV file
    ]


def test_a_tables_codes_carry_the_meanings_the_documents_key_gives(tmp_path):
    """A menu's allergen codes ("G, Se") are written out from its key ("Se = sesame"), wherever the key
    stands; a cell that is not only codes, and a table without a key, stay as they are."""
    menu = (
        "# Bakehouse\n\n## Menu\n\n| Item | Allergens |\n|---|---|\n| Black rye | G, Se |\n"
        "| Flapjack | Oats, syrup |\n\n## Key\n\nG = gluten · M = milk · Se = sesame\n"
    )
    assert chunks(tmp_path / "menu.md", menu)[:2] == [
        "Bakehouse › Menu — Item: Black rye; Allergens: G (gluten), Se (sesame)",
        "Bakehouse › Menu — Item: Flapjack; Allergens: Oats, syrup",
    ]
    plain = menu.replace("G = gluten · M = milk · Se = sesame", "Ask us about allergens.")
    assert chunks(tmp_path / "plain.md", plain)[0] == "Bakehouse › Menu — Item: Black rye; Allergens: G, Se"


def test_plain_text_title_and_heading_lines_lead_their_chunks(tmp_path):
    text = (
        "Lake Venna Field Station\n\nOpening hours\nThe station opens at 8:00 and closes at\n"
        "18:00 on weekdays.\n\nStaff:\n\nThe warden is Ilse Marr.\n"
    )
    assert chunks(tmp_path / "handbook.txt", text) == [
        "Lake Venna Field Station › Opening hours: "
        "The station opens at 8:00 and closes at 18:00 on weekdays.",
        "Lake Venna Field Station › Staff: The warden is Ilse Marr.",
    ]


def test_a_lists_items_stay_apart_and_its_first_item_is_no_heading(tmp_path):
    text = (
        "Tollbar Lido\n\nOpening hours\n\nMonday: closed\nTuesday: 08:00-17:30\nSunday: 10:00-15:00\n"
        "The pool is closed on 25 December.\n\nFees\n- Adult swim: £6\n- Child swim: £3\n"
    )
    (tmp_path / "lido.txt").write_text(text, encoding="utf-8")
    markdown = "# Tollbar Lido\n\n## Fees\n\n- Adult swim: £6\n- Child swim: £3\n"
    (tmp_path / "lido.md").write_text(markdown, encoding="utf-8")
    assert [d.page_content for d in load_documents(tmp_path / "lido.txt")] == [
        "Tollbar Lido › Opening hours: Monday: closed; Tuesday: 08:00-17:30; Sunday: 10:00-15:00; "
        "The pool is closed on 25 December.",
        "Tollbar Lido › Fees: Adult swim: £6; Child swim: £3",
    ]
    assert [d.page_content for d in load_documents(tmp_path / "lido.md")] == [
        "Tollbar Lido › Fees: Adult swim: £6; Child swim: £3"
    ]


def test_unmarked_list_lines_and_a_programmes_timed_lines_stay_apart(tmp_path):
    text = (
        "Pump log\n\nStations:\nP-41 = pumping station, Pellam Dock\nP-14 = pumping station, Brannock Quay\n"
        "Q-7 = mooring station, Ardwick Harbour\n\nSaturday 4 May\n\n09:00  Welcome\n09:20  Keynote: "
        "Tides - Dr Osei\n10:30  Break\n\nThe warden, who has run the station for the county since May\n"
        "2009, is Ilse Marr and her deputy\nRuth Penn, who joined\nin 2015.\n"
    )
    assert chunks(tmp_path / "log.txt", text) == [
        "Pump log › Stations: P-41 = pumping station, Pellam Dock; P-14 = pumping station, Brannock Quay; "
        "Q-7 = mooring station, Ardwick Harbour",
        "Pump log › Saturday 4 May: 09:00 Welcome; 09:20 Keynote: Tides - Dr Osei; 10:30 Break",
        # wrapped prose goes on after a space, even where a line ends on a name
        "Pump log › Saturday 4 May: The warden, who has run the station for the county since May 2009, is "
        "Ilse Marr and her deputy Ruth Penn, who joined in 2015.",
    ]


def test_a_labelled_line_wrapped_at_the_width_goes_on_with_the_next(tmp_path):
    """A field line as wide as its paragraph, not ending like a sentence, was wrapped: the name it
    ends on goes on in the next line; a short field line is an item of its own."""
    text = (
        "Minutes\n\nPresent: Cllr Harriet Pellowe (Chair), Cllr Desmond Rook, Cllr Amara Quayle, "
        "Cllr Tobias\nFenwright and Cllr Lettice Marchbank.\n"
        "In attendance: Mr Ivor Standish (Parish Clerk and Treasurer), District Cllr\n"
        "Rosalind Achterberg and six members of the public.\nChair: Harriet Pellowe\nClerk: Ivor Standish\n"
    )
    assert chunks(tmp_path / "minutes.txt", text) == [
        "Minutes: Present: Cllr Harriet Pellowe (Chair), Cllr Desmond Rook, Cllr Amara Quayle, Cllr Tobias "
        "Fenwright and Cllr Lettice Marchbank. In attendance: Mr Ivor Standish (Parish Clerk and "
        "Treasurer), District Cllr Rosalind Achterberg and six members of the public. "
        "Chair: Harriet Pellowe; Clerk: Ivor Standish"
    ]


def test_an_email_threads_messages_head_their_lines_and_a_spaced_table_is_a_list(tmp_path):
    """Each message of a thread heads what follows its header with its subject, sender and date, so a
    sign-off ("Ossian") heads only its own message's lines; a greeting ("Dear all,") goes with the
    paragraph after it, no chunk of its own; a plain-text table's lines, cells apart by wide gaps,
    stay apart with their cells parted by commas."""
    text = (
        "From: Wilhelmina Carrow <sec@bees.example>\nTo: Committee <c@bees.example>\n"
        "Date: Mon, 2 Mar 2026 19:42\nSubject: Open day\n\nDear all,\n\nThe open day is on 13 June.\n\n"
        "From: Ossian Threlkeld <ot@example.net>\nDate: Tue, 3 Mar 2026 07:15\nSubject: Re: Open day\n\n"
        "Happy to do the demos.\n\nOssian\nApiary Manager\n\nThe volunteers are:\n\n"
        "  Ossian Threlkeld   - Hollins Moor, Malby         07700 900 318\n"
        "  Marta Kowalczyk    - Easby Bridge                07700 900 562\n"
    )
    first, second = (
        "Open day › From Wilhelmina Carrow, Mon, 2 Mar 2026 19:42",
        "Open day › From Ossian Threlkeld, Tue, 3 Mar 2026 07:15",  # "Re:" is no part of the subject
    )
    texts = chunks(tmp_path / "thread.txt", text)
    assert texts[1] == f"{first}: Dear all, The open day is on 13 June."
    assert texts[3:] == [
        f"{second}: Happy to do the demos.",
        f"{second} › Ossian: Apiary Manager",
        f"{second} › The volunteers are: Ossian Threlkeld - Hollins Moor, Malby, 07700 900 318; "
        "Marta Kowalczyk - Easby Bridge, 07700 900 562",
    ]


def test_a_fields_line_and_a_lists_first_line_are_no_headings(tmp_path):
    text = (
        "Estate service log\n\nG-7 = standby generator, Mill House\nG-7A = petrol generator, Orchard store"
        "\n\nLog kept by: Maren Ostby\n\n08 Jan 2024 - G-7 - engineer: Tobiah Wrenfield\nReplaced the fuel "
        "filter.\n\nPart 2: Valves\n\nTwo valves replaced.\n"
    )
    assert chunks(tmp_path / "log.txt", text) == [
        "Estate service log: G-7 = standby generator, Mill House; G-7A = petrol generator, Orchard store",
        "Estate service log: Log kept by: Maren Ostby",
        "Estate service log: 08 Jan 2024 - G-7 - engineer: Tobiah Wrenfield; Replaced the fuel filter.",
        "Estate service log › Part 2: Valves: Two valves replaced.",  # a numbered heading stays one
    ]


def test_ruled_headings_labels_and_hanging_lines_of_a_report(tmp_path):
    """Lines drawn over and under a heading part it from its text; a label ending in ":" heads its
    own lines only; a line indented under the one before goes on with it, unless a time leads it."""
    report = (
        "HARBOUR FERRIES LTD\nINCIDENT REPORT\n=========\n\n---------\n2. PERSONS ON BOARD\n---------\n\n"
        "Crew (3):\n  Ada Vance ..... Master\n  Tom Orr ....... Mate\n  Kit Blyth ..... Deckhand\n\n"
        "Passengers: 38.\n\n"
        "16:52  Coolant alarm (set point\n       95 C). Chief Engineer to the\n       engine room.\n"
        "17:28  Berthed.\n\n11:00  Session 1. Chair: Dr Lena Kovac\n       11:00  Zinc primers\n"
    )
    title = "HARBOUR FERRIES LTD - INCIDENT REPORT › 2. PERSONS ON BOARD"
    assert chunks(tmp_path / "report.txt", report) == [
        f"{title} › Crew (3): Ada Vance: Master; Tom Orr: Mate; Kit Blyth: Deckhand",  # leaders as colons
        f"{title}: Passengers: 38.",
        f"{title}: 16:52 Coolant alarm (set point 95 C). Chief Engineer to the engine room. 17:28 Berthed.",
        f"{title}: 11:00 Session 1. Chair: Dr Lena Kovac; 11:00 Zinc primers",
    ]


def test_a_title_keeps_its_subtitle_and_the_fields_below_it(tmp_path):
    """A title over its subtitle, or over fields, names every section (not only the first)."""
    handbook = "KESTREL ROW WORKSHOP\nMembers' Handbook (revised 2024)\n\n1. FEES\n\nA fob costs £15.\n"
    assert chunks(tmp_path / "handbook.txt", handbook) == [
        "KESTREL ROW WORKSHOP - Members' Handbook (revised 2024) › 1. FEES: A fob costs £15."
    ]
    log = (
        "FERRIN NESS AUTOMATIC WEATHER STATION - SITE MAINTENANCE LOG\nStation ID: FN-07\n\n"
        "2024-01-09 Site visit, Ailsa Cormack. Wind vane WV-3 freed.\n"
    )
    subtitle = "Revised edition, adopted at the General Meeting of 8 February 2025"  # more than eight words
    rules = f"PLOT RULES\n{subtitle}\n\n1. RENT\n\nIt is £48."
    assert (
        chunks(tmp_path / "rules.txt", rules)[-1] == "PLOT RULES › 1. RENT: It is £48."
    )  # a title in capitals
    assert chunks(tmp_path / "log.txt", log) == [
        "FERRIN NESS AUTOMATIC WEATHER STATION - SITE MAINTENANCE LOG: Station ID: FN-07",
        "FERRIN NESS AUTOMATIC WEATHER STATION - SITE MAINTENANCE LOG: "
        "2024-01-09 Site visit, Ailsa Cormack. Wind vane WV-3 freed.",
    ]


def test_a_csv_file_delimited_by_semicolons_is_read_by_its_header(tmp_path):
    path = tmp_path / "prices.csv"
    path.write_text("item;price\nTea, black;3,50\n", encoding="utf-8")
    assert [d.page_content for d in load_documents(path)] == ["prices.csv — item: Tea, black; price: 3,50"]


def test_csv_rows_are_documents_naming_their_file_and_columns(tmp_path):
    path = tmp_path / "places.csv"
    path.write_text("country,capital\nZubrowka,Lutz\nFreedonia,\n\n", encoding="utf-8")
    assert [d.page_content for d in load_documents(path)] == [
        "places.csv — country: Zubrowka; capital: Lutz",
        "places.csv — country: Freedonia",
    ]


def test_a_ragged_csv_row_is_refused_with_its_line(tmp_path):
    path = tmp_path / "islands.csv"
    path.write_text("island,main_town\nKilvaro,Dunmere\nTessel,Lowen,4,120\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"islands\.csv line 3: 4 fields, but the header has 2"):
        load_documents(path)


def test_pdf_text_is_read_page_by_page(tmp_path):
    path = write_pdf(tmp_path / "atlas.pdf", [ZUBROWKA, "The capital of Freedonia is Fredville."])
    docs = load_documents(path)
    assert [(d.page_content, d.metadata["page"]) for d in docs] == [
        (ZUBROWKA, 1),
        ("The capital of Freedonia is Fredville.", 2),
    ]


def test_headings_inside_a_pdf_page_lead_their_chunks(tmp_path):
    """A PDF page has no blank lines between paragraphs: its numbered headings and a title wrapped
    over two lines are found among the lines, not read as list items of one long paragraph."""
    page = (
        "Lake Venna Field Station - Report on History and\nPeople\n1. Foundation\n"
        "The station was founded in 1931 by Ilse Marr.\n2. Staff\nThe station employs 12 people."
    )
    docs = load_documents(write_pdf(tmp_path / "report.pdf", [page]))
    title = "Lake Venna Field Station - Report on History and People"
    assert [d.page_content for d in docs] == [
        f"{title} › 1. Foundation: The station was founded in 1931 by Ilse Marr.",
        f"{title} › 2. Staff: The station employs 12 people.",
    ]


def test_a_pdfs_name_over_its_contact_line_titles_it_and_the_line_is_kept(tmp_path):
    """A first page opening with a name over its address, telephone and e-mail is no title wrapped
    over two lines: the name titles the file and the contact line is text (the town is asked)."""
    page = (
        "Halden Rye Portraits\nUnit 3, The Old Tannery, Wistlecombe WC4 8NR \u00b7 01632 960 731 \u00b7 "
        "studio@haldenrye.co.uk\n\nPortrait sessions\n\nEvery session takes place in our daylight studio."
    )
    docs = load_documents(write_pdf(tmp_path / "prices.pdf", [page]))
    assert [d.page_content for d in docs] == [
        "Halden Rye Portraits: Unit 3, The Old Tannery, Wistlecombe WC4 8NR \u00b7 01632 960 731 \u00b7 "
        "studio@haldenrye.co.uk",
        "Halden Rye Portraits › Portrait sessions: Every session takes place in our daylight studio.",
    ]


def test_a_line_after_an_abbreviations_full_stop_goes_on_with_it_not_a_heading(tmp_path):
    """ "… licence ref." wraps its value onto the next line: "AWL/CB/2025/0147 (inspected 2025)" is
    what it refers to, not a heading over the page's next paragraph."""
    page = (
        "Yarrow Cattery\nBoarding terms\n\nProprietor: R. Treharne | Licensed by Hessingford Council, "
        "licence ref.\nAWL/CB/2025/0147 (inspected 2025)\n\nThank you for choosing us. We have 22 chalets."
    )
    docs = load_documents(write_pdf(tmp_path / "terms.pdf", [page]))
    title = "Yarrow Cattery Boarding terms"
    assert [d.page_content for d in docs] == [
        f"{title}: Proprietor: R. Treharne | Licensed by Hessingford Council, licence ref. AWL/CB/2025/0147 "
        "(inspected 2025)",
        f"{title}: Thank you for choosing us. We have 22 chalets.",
    ]


def test_a_numbered_list_on_a_pdf_page_is_no_heading(tmp_path):
    page = "Venna Pickles\nMethod: Slice the cucumbers.\n1. Salt them\n2. Rinse them\nServe them cold."
    docs = load_documents(write_pdf(tmp_path / "pickles.pdf", [page]))
    assert [d.page_content for d in docs] == [
        "Venna Pickles: Method: Slice the cucumbers. 1. Salt them; 2. Rinse them; Serve them cold."
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"  \n\n ", "no text found"),
        ("latin1.txt", "Zürich".encode("latin-1"), "not UTF-8"),
        ("binary.md", b"\x00\x01\x02 PNG", "not a text file"),
        ("header.csv", b"country,city\n", "header row and at least one data row"),
        ("broken.pdf", b"%PDF-1.4 this is not really a pdf", "not a readable PDF"),
        ("image.png", b"\x89PNG", "unsupported file type .png"),
    ],
)
def test_bad_text_files_are_refused_clearly(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SourceError, match=message):
        load_documents(path)


@pytest.fixture
def settings(tmp_path) -> StoreSettings:
    return StoreSettings(home=tmp_path / "home", persist_dir=tmp_path / "chroma")


def test_ingest_reingest_and_remove_a_text_source(settings, embedder, tmp_path, source_file):
    ingest(settings, [source_file], embedder=embedder)
    notes = tmp_path / "notes.txt"
    notes.write_text(f"{ZUBROWKA}\n\n" + "Lutz lies on a river. " * 40, encoding="utf-8")
    first = ingest(settings, [notes], embedder=embedder)
    assert first.added >= 2 and open_store(settings, embedder).count() == 4 + first.added

    notes.write_text(ZUBROWKA, encoding="utf-8")
    again = ingest(settings, [notes], embedder=embedder)
    assert (again.added, again.updated, again.deleted) == (0, 0, first.added - 1)
    hits = open_store(settings, embedder).chroma.similarity_search("capital of Zubrowka", k=1)
    assert hits[0].page_content == ZUBROWKA

    removed = remove_source(settings, "notes.txt", embedder)
    assert removed.deleted == 1 and open_store(settings, embedder).count() == 4
    assert remove_source(settings, "notes.txt", embedder).deleted == 0


def test_a_bad_file_changes_nothing(settings, embedder, tmp_path, source_file):
    ingest(settings, [source_file], embedder=embedder)
    good, bad = tmp_path / "good.txt", tmp_path / "bad.pdf"
    good.write_text(ZUBROWKA, encoding="utf-8")
    bad.write_bytes(b"not a pdf")
    with pytest.raises(SourceError, match=r"bad\.pdf"):
        ingest(settings, [good, bad], embedder=embedder)
    assert open_store(settings, embedder).count() == 4


def test_a_50000_word_document_ingests_whole(settings, embedder, tmp_path):
    sentences = [
        f"Ship number {i} carried {i % 400} passengers to the island of Kilvaro." for i in range(5000)
    ]
    path = tmp_path / "ledger.txt"
    path.write_text(
        "Harbour ledger\n\n" + "\n\n".join(" ".join(sentences[i : i + 5]) for i in range(0, 5000, 5))
    )
    assert len(path.read_text().split()) > 50_000
    report = ingest(settings, [path], embedder=embedder)
    store = open_store(settings, embedder)
    texts = [r.text for r in store.records()]
    assert report.added == store.count() == len(texts) >= 1000  # a chunk per paragraph at least
    assert all(t.startswith("Harbour ledger: Ship number") and t.endswith("Kilvaro.") for t in texts)
    assert {s for t in texts for s in sentences if s in t} == set(sentences)  # every sentence, whole


def test_a_10000_row_csv_is_10000_documents_naming_file_and_columns(tmp_path):
    path = tmp_path / "parts.csv"
    rows = [f"KX-{i:05d},valve {i},{i * 3 % 997}.50" for i in range(10_000)]
    path.write_text("code,name,unit_price\n" + "\n".join(rows) + "\n", encoding="utf-8")
    docs = load_documents(path)
    assert len(docs) == 10_000 and len({d.id for d in docs}) == 10_000
    price = f"{2047 * 3 % 997}.50"
    assert docs[2047].page_content == f"parts.csv — code: KX-02047; name: valve 2047; unit_price: {price}"


def test_a_ragged_row_in_a_big_csv_changes_nothing(settings, embedder, tmp_path, source_file):
    ingest(settings, [source_file], embedder=embedder)
    path = tmp_path / "parts.csv"
    rows = [f"KX-{i:05d},valve {i}" for i in range(5_000)]
    rows[4321] += ",spare,field"
    path.write_text("code,name\n" + "\n".join(rows) + "\n", encoding="utf-8")
    before = [(r.id, r.text) for r in open_store(settings, embedder).records()]
    with pytest.raises(SourceError, match=r"parts\.csv line 4323: 4 fields, but the header has 2"):
        ingest(settings, [path], embedder=embedder)
    assert [(r.id, r.text) for r in open_store(settings, embedder).records()] == before


def test_a_pdf_without_a_text_layer_is_refused(settings, embedder, tmp_path, source_file):
    from pypdf import PdfWriter

    ingest(settings, [source_file], embedder=embedder)
    writer = PdfWriter()
    for _ in range(3):  # pages with nothing to extract, as a scan without OCR
        writer.add_blank_page(595, 842)
    path = tmp_path / "scan.pdf"
    writer.write(path)
    with pytest.raises(SourceError, match=r"scan\.pdf: no text found"):
        ingest(settings, [path], embedder=embedder)
    assert open_store(settings, embedder).count() == 4


def grid(
    rows: list[tuple[str, ...]], columns: tuple[float, ...], top: float
) -> list[tuple[float, float, str]]:
    """Each row's cells placed under ``columns``, a line apart from ``top`` down (empty cells left out)."""
    return [(x, top - 0.02 * row, cell) for row, cells in enumerate(rows)
            for x, cell in zip(columns, cells, strict=True) if cell]  # fmt: skip


def write_laid_out_pdf(path: Path, pages: list[list[tuple[float, float, str]]]) -> Path:
    """A real PDF whose pages hold text placed where given: (x, y, text), in a page's fractions."""
    from matplotlib.backends.backend_pdf import PdfPages

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(path) as pdf:
        for placed in pages:
            figure = plt.figure(figsize=(8.3, 11.7))
            for x, y, text in placed:
                figure.text(x, y, text, fontsize=10)
            pdf.savefig(figure)
            plt.close(figure)
    return path


def test_a_pdf_table_becomes_rows_and_its_running_footer_is_dropped(tmp_path):
    """A table laid out in columns is read as rows under its header (an empty cell left out, each row
    its own document labelled with its heading), a two-column table without a header as label lines;
    a footer on every page is no text of the document."""
    loans = [("Item type", "Loan period", "Max items", "Fee"), ("Adult books", "28 days", "15", "free")]
    loans += [("DVDs", "7 days", "4", "£1.80"), ("Board games", "14 days", "", "£2.50")]
    first = [
        (0.1, 0.95, "Venna Library"),
        (0.1, 0.9, "Loan periods"),
        (0.1, 0.86, "Items can be renewed twice."),
    ]
    first += [(x, 0.82 - 0.02 * row, cell) for row, cells in enumerate(loans)
              for x, cell in zip((0.1, 0.4, 0.6, 0.8), cells, strict=True) if cell]  # fmt: skip
    first += [(0.1, 0.05, "Venna Library leaflet - page 1 of 2")]
    hours = [("Monday", "9:30 am - 5:30 pm"), ("Tuesday", "Closed"), ("Friday", "10:00 am - 1:00 pm")]
    second = [(0.1, 0.9, "Opening hours")]
    second += [(x, 0.86 - 0.02 * row, cell) for row, cells in enumerate(hours)
               for x, cell in zip((0.1, 0.4), cells, strict=True)]  # fmt: skip
    second += [(0.1, 0.05, "Venna Library leaflet - page 2 of 2")]
    docs = load_documents(write_laid_out_pdf(tmp_path / "leaflet.pdf", [first, second]))
    texts = [doc.page_content for doc in docs]
    loans = "Venna Library › Loan periods"
    assert texts == [
        f"{loans}: Items can be renewed twice.",
        f"{loans} — Item type: Adult books; Loan period: 28 days; Max items: 15; Fee: free",
        f"{loans} — Item type: DVDs; Loan period: 7 days; Max items: 4; Fee: £1.80",
        f"{loans} — Item type: Board games; Loan period: 14 days; Fee: £2.50",
        "Venna Library › Opening hours: Monday: 9:30 am - 5:30 pm; Tuesday: Closed; "
        "Friday: 10:00 am - 1:00 pm",
    ]
    assert [doc.metadata["page"] for doc in docs] == [1, 1, 1, 1, 2]


def test_a_pdf_table_goes_on_over_blank_lines_and_a_page_under_its_heading(tmp_path):
    """Rows set a line apart are one table; the rows that open the next page, under the same
    columns, are its rows too; the title and the heading go on over the page."""
    rows = [("Reference", "Site", "Response"), ("25/01873/FUL", "Lower Pightle Farm", "Object")]
    rows += [("25/01902/HOU", "4 Mawdsley Row", "No objection"), ("25/01928/TCA", "Old Rectory", "Support")]
    first = [(0.1, 0.95, "UPPER VENNA PARISH COUNCIL"), (0.1, 0.9, "Planning")]
    first += [(x, 0.86 - 0.04 * row, cell) for row, cells in enumerate(rows)
              for x, cell in zip((0.1, 0.35, 0.7), cells, strict=True)]  # fmt: skip
    more = [("25/01937/FUL", "Venna Garage", "Support"), ("25/01973/HOU", "11 Mawdsley Row", "Object")]
    second = [(x, 0.95 - 0.04 * row, cell) for row, cells in enumerate(more)
              for x, cell in zip((0.1, 0.35, 0.7), cells, strict=True)]  # fmt: skip
    second += [(0.1, 0.8, "The objection to 25/01973/HOU is because the dormer would overlook a garden.")]
    docs = load_documents(write_laid_out_pdf(tmp_path / "minutes.pdf", [first, second]))
    label = "UPPER VENNA PARISH COUNCIL › Planning"
    assert [doc.page_content for doc in docs] == [
        f"{label} — Reference: 25/01873/FUL; Site: Lower Pightle Farm; Response: Object",
        f"{label} — Reference: 25/01902/HOU; Site: 4 Mawdsley Row; Response: No objection",
        f"{label} — Reference: 25/01928/TCA; Site: Old Rectory; Response: Support",
        f"{label} — Reference: 25/01937/FUL; Site: Venna Garage; Response: Support",
        f"{label} — Reference: 25/01973/HOU; Site: 11 Mawdsley Row; Response: Object",
        f"{label}: The objection to 25/01973/HOU is because the dormer would overlook a garden.",
    ]
    assert [doc.metadata["page"] for doc in docs] == [1, 1, 1, 2, 2, 2]


def test_a_pdf_tables_rows_a_line_below_their_header_and_set_a_little_aside_are_its_rows(tmp_path):
    """Rows a blank line under their header whose cells a proportional layout sets a few characters
    off the header's columns, each with as many cells, are the table's rows; a second header after a
    blank line, its columns elsewhere, heads a table of its own."""
    prices = [("Flu jab (adult)", "PS-101", "£19.00"), ("Ear wax removal - both ears", "PS-121", "£45.00")]
    prices += [("Travel consultation", "PS-140", "£15.00")]
    page = [(x, 0.86, name) for x, name in zip((0.1, 0.5, 0.7), ("Service", "Code", "Price"), strict=True)]
    shifts = (0.02, -0.03, 0.03)  # the code and price cells of each row, set aside by so much
    page += [(x + shift * (x > 0.1), 0.82 - 0.02 * row, cell)
             for row, (cells, shift) in enumerate(zip(prices, shifts, strict=True))
             for x, cell in zip((0.1, 0.5, 0.7), cells, strict=True)]  # fmt: skip
    clinics = [("Clinic", "Day", "Room"), ("Travel", "Tuesday", "2"), ("Ear wax", "Thursday", "1")]
    page += [(x, 0.7 - 0.02 * row, cell) for row, cells in enumerate(clinics)
             for x, cell in zip((0.1, 0.4, 0.6), cells, strict=True)]  # fmt: skip
    docs = load_documents(write_laid_out_pdf(tmp_path / "pharmacy.pdf", [[(0.1, 0.95, "Price list"), *page]]))
    texts = [doc.page_content.split(" — ", 1)[-1] for doc in docs]
    assert texts == [
        "Service: Flu jab (adult); Code: PS-101; Price: £19.00",
        "Service: Ear wax removal - both ears; Code: PS-121; Price: £45.00",
        "Service: Travel consultation; Code: PS-140; Price: £15.00",
        "Clinic: Travel; Day: Tuesday; Room: 2",
        "Clinic: Ear wax; Day: Thursday; Room: 1",
    ]


def test_a_pdf_tables_last_rows_laid_out_aside_on_the_next_page_are_its_rows(tmp_path):
    """Two rows that open the next page with as many cells as the header names, the page laid out a
    little aside (its columns a few characters right), are the table's rows, not a heading."""
    fares = [("Ticket type", "Single", "Return", "Resident"), ("Adult", "£6.40", "£11.20", "£5.60")]
    fares += [("Child (5-15)", "£3.20", "£5.60", "£2.80"), ("Car", "£24.50", "£42.00", "£19.00")]
    first = [(0.1, 0.95, "Ferry"), (0.1, 0.9, "Fares")]
    first += [(x, 0.86 - 0.02 * row, cell) for row, cells in enumerate(fares)
              for x, cell in zip((0.1, 0.45, 0.6, 0.75), cells, strict=True)]  # fmt: skip
    more = [("Motorcycle", "£11.00", "£19.50", "£8.50"), ("Campervan", "£38.00", "£66.00", "none")]
    second = [(x, 0.95 - 0.02 * row, cell) for row, cells in enumerate(more)
              for x, cell in zip((0.1, 0.5, 0.66, 0.82), cells, strict=True)]  # fmt: skip
    second += [(0.1, 0.85, "Resident fares need a Residents' Card.")]
    docs = load_documents(write_laid_out_pdf(tmp_path / "ferry.pdf", [first, second]))
    assert [doc.page_content for doc in docs] == [
        *(
            f"Ferry › Fares — Ticket type: {a}; Single: {b}; Return: {c}; Resident: {d}"
            for a, b, c, d in fares[1:]
        ),
        *(
            f"Ferry › Fares — Ticket type: {a}; Single: {b}; Return: {c}; Resident: {d}"
            for a, b, c, d in more
        ),
        "Ferry › Fares: Resident fares need a Residents' Card.",
    ]


def test_a_pdf_tables_header_alone_at_a_pages_foot_heads_the_rows_on_the_next(tmp_path):
    """A browser prints a table's header at the foot of a page and its rows on the next: the header
    is no heading of its own, and the rows are read under it, labelled with the table's heading."""
    first = [(0.1, 0.95, "Fees"), (0.1, 0.9, "Vaccinations")]
    first += [(x, 0.1, cell) for x, cell in zip((0.1, 0.5, 0.7), ("Service", "Fee", "Notes"), strict=True)]
    rows = [("Dog booster", "£62.00", "Annual"), ("Nail clip", "£12.00", "Nurse appointment")]
    rows += [("Cat booster", "£58.00", "Annual")]
    second = [(x, 0.95 - 0.04 * row, cell) for row, cells in enumerate(rows)
              for x, cell in zip((0.1, 0.5, 0.7), cells, strict=True)]  # fmt: skip
    docs = load_documents(write_laid_out_pdf(tmp_path / "fees.pdf", [first, second]))
    assert [doc.page_content for doc in docs] == [
        f"Fees › Vaccinations — Service: {name}; Fee: {fee}; Notes: {notes}" for name, fee, notes in rows
    ]


def test_a_pdf_tables_header_and_one_row_at_a_pages_foot_head_the_rows_on_the_next(tmp_path):
    """A browser prints a table's header and its first row at the foot of a page and the rest on the
    next: the two lines are no table of their own but the table's start, read with the rows below."""
    rows = [("Dog booster", "\u00a362.00", "Annual"), ("Nail clip", "\u00a312.00", "Nurse appointment")]
    rows += [("Cat booster", "\u00a358.00", "Annual")]
    first = [(0.1, 0.95, "Fees"), (0.1, 0.9, "Vaccinations")]
    first += [(x, 0.12 - 0.04 * row, cell) for row, cells in enumerate([("Service", "Fee", "Notes"), rows[0]])
              for x, cell in zip((0.1, 0.5, 0.7), cells, strict=True)]  # fmt: skip
    second = [(x, 0.95 - 0.04 * row, cell) for row, cells in enumerate(rows[1:])
              for x, cell in zip((0.1, 0.5, 0.7), cells, strict=True)]  # fmt: skip
    docs = load_documents(write_laid_out_pdf(tmp_path / "fees.pdf", [first, second]))
    expected = [
        f"Fees \u203a Vaccinations \u2014 Service: {name}; Fee: {fee}; Notes: {notes}"
        for name, fee, notes in rows
    ]
    assert [doc.page_content for doc in docs] == expected
    header = [(x, 0.95, cell) for x, cell in zip((0.1, 0.5, 0.7), ("Service", "Fee", "Notes"), strict=True)]
    repeated = header + [(x, y - 0.04, cell) for x, y, cell in second]  # the next page writes it again
    docs = load_documents(write_laid_out_pdf(tmp_path / "again.pdf", [first, repeated]))
    assert [doc.page_content for doc in docs] == expected


def test_a_wrapped_header_and_one_wrapped_row_at_a_pages_foot_head_the_rows_on_the_next(tmp_path):
    """A header written over two lines ("Off-" / "peak") and the first row, its cell wrapped, are all
    a page has room for at its foot: they are the table's start, not lines of their own."""
    columns = (0.1, 0.25, 0.6, 0.75)
    head = [("Code", "Session", "Off-", "Peak"), ("", "", "peak", "")]
    first = [(0.1, 0.95, "Karting"), (0.1, 0.9, "Sessions"), *grid(head, columns, 0.16)]
    first += grid([("AD15", "Arrive & Drive", "\u00a327", "\u00a333"), ("", "15", "", "")], columns, 0.1)
    second = grid(head, columns, 0.95)
    second += grid([("AD30", "Arrive & Drive", "\u00a346", "\u00a354"), ("", "30", "", "")], columns, 0.89)
    second += grid([("CD12", "Cadet 12", "\u00a318", "\u00a322")], columns, 0.83)
    second += grid([("CD24", "Cadet Double", "\u00a332", "\u00a338")], columns, 0.79)
    docs = load_documents(write_laid_out_pdf(tmp_path / "karting.pdf", [first, second]))
    rows = [
        ("AD15", "Arrive & Drive 15", "\u00a327", "\u00a333"),
        ("AD30", "Arrive & Drive 30", "\u00a346", "\u00a354"),
    ]
    rows += [("CD12", "Cadet 12", "\u00a318", "\u00a322"), ("CD24", "Cadet Double", "\u00a332", "\u00a338")]
    assert [doc.page_content for doc in docs] == [
        f"Karting \u203a Sessions \u2014 Code: {code}; Session: {name}; Off-peak: {off}; Peak: {peak}"
        for code, name, off, peak in rows
    ]
    first.pop()  # the first row on one line ("15" left out): the wrapped header still makes them its start
    docs = load_documents(write_laid_out_pdf(tmp_path / "unwrapped.pdf", [first, second]))
    assert docs[0].page_content == (
        "Karting \u203a Sessions \u2014 Code: AD15; Session: Arrive & Drive; Off-peak: \u00a327; "
        "Peak: \u00a333"
    )


def test_a_pdf_tables_header_set_right_over_its_first_wrapped_row_is_its_header(tmp_path):
    """With no blank line between the header and a first row whose cell wraps, rows then set a line
    apart, the header is still the header, not part of that row."""
    columns = (0.1, 0.25, 0.75)
    lines = [
        ("Code", "Extra", "Price"),
        ("X1", "Onboard video of your session (link by", "\u00a39 per session"),
    ]
    page = [(0.1, 0.95, "Extras"), *grid([*lines, ("", "email within 24 hours)", "")], columns, 0.9)]
    page += grid([("X2", "Race suit hire", "\u00a35")], columns, 0.82)
    page += grid([("X3", "Balaclava", "\u00a32.50")], columns, 0.78)
    docs = load_documents(write_laid_out_pdf(tmp_path / "extras.pdf", [page]))
    assert [doc.page_content for doc in docs] == [
        "Extras \u2014 Code: X1; Extra: Onboard video of your session (link by email within 24 hours); "
        "Price: \u00a39 per session",
        "Extras \u2014 Code: X2; Extra: Race suit hire; Price: \u00a35",
        "Extras \u2014 Code: X3; Extra: Balaclava; Price: \u00a32.50",
    ]


def test_a_pdf_tables_cells_wrapped_within_their_columns_stay_in_their_row(tmp_path):
    """A cell too long for its column wraps onto lines of its own, under that column with the
    first column empty (the header's too): they carry on the row above; a row with only its first
    cell empty (a second session the same day) is a row of its own."""
    lines = [("Code", "Service", "What's included", "Typical"), ("", "", "", "time")]
    lines += [("SV-150", "Hydraulic Brake", "Per brake; fresh fluid", "40 min")]
    lines += [("", "Bleed", "and pads inspected", "")]
    lines += [("SV-210", "Silver Service", "Bronze Service plus degrease", "2 hours")]
    lines += [("", "", "and new cables", ""), ("", "Gold Service", "Full strip", "1 day")]
    page = [(0.1, 0.95, "Our services")]
    page += [(x, 0.9 - 0.02 * row, cell) for row, cells in enumerate(lines)
             for x, cell in zip((0.1, 0.25, 0.45, 0.8), cells, strict=True) if cell]  # fmt: skip
    docs = load_documents(write_laid_out_pdf(tmp_path / "menu.pdf", [page]))
    head = "Our services — "
    assert [doc.page_content for doc in docs] == [
        f"{head}Code: SV-150; Service: Hydraulic Brake Bleed; What's included: Per brake; fresh fluid "
        "and pads inspected; Typical time: 40 min",
        f"{head}Code: SV-210; Service: Silver Service; What's included: Bronze Service plus degrease "
        "and new cables; Typical time: 2 hours",
        f"{head}Service: Gold Service; What's included: Full strip; Typical time: 1 day",
    ]


def test_pdf_rows_set_apart_and_two_set_together_are_each_whole_over_a_page(tmp_path):
    """Rows a blank line apart, their cells wrapped, with two of them set with no blank line between
    ("… on file for 3" / "years" / "EN-04 …" / "engraving"), are each a whole row; the row that ends
    a page and one like it that opens the next are the table's rows, no running header or footer."""
    rows = [[("EN-01", "Diamond drag", "£6.00", "Spaces are not"), ("", "engraving", "", "charged")]]
    rows += [[("EN-02", "Laser plate", "£4.20", "Text only")]]
    together = [("EN-03", "Logo set-up for", "£15.00", "Logo kept on"), ("", "laser work", "", "file")]
    rows += [
        [*together, ("EN-04", "Glass or crystal", "£22.00", "Up to 40 words"), ("", "sandblast", "", "")]
    ]
    rows += [[("EN-05", "Watch back", "£12.00", "Up to 3 lines")]]
    columns = (0.1, 0.25, 0.55, 0.7)
    first, y = [(0.1, 0.95, "Prices"), (0.1, 0.9, "Engraving")], 0.86
    for lines in [[("Code", "Service", "Price", "Notes")], *rows]:  # each row a blank line below the last
        first += grid(lines, columns, y)
        y -= 0.02 * (len(lines) + 1)
    first += grid([("EN-06", "Wood", "£9.50", "Own wood")], columns, 0.06)
    more = [("EN-07", "Wood", "£9.75", "Oak"), ("EN-08", "Slate", "£14.00", "Up to 2 lines")]
    second = [*grid(more, columns, 0.95), (0.1, 0.88, "Prices include VAT.")]
    docs = load_documents(write_laid_out_pdf(tmp_path / "engraver.pdf", [first, second]))
    rows_read = [doc.page_content.split(" — ", 1)[-1] for doc in docs]
    assert rows_read == [
        "Code: EN-01; Service: Diamond drag engraving; Price: £6.00; Notes: Spaces are not charged",
        "Code: EN-02; Service: Laser plate; Price: £4.20; Notes: Text only",
        "Code: EN-03; Service: Logo set-up for laser work; Price: £15.00; Notes: Logo kept on file",
        "Code: EN-04; Service: Glass or crystal sandblast; Price: £22.00; Notes: Up to 40 words",
        "Code: EN-05; Service: Watch back; Price: £12.00; Notes: Up to 3 lines",
        "Code: EN-06; Service: Wood; Price: £9.50; Notes: Own wood",
        "Code: EN-07; Service: Wood; Price: £9.75; Notes: Oak",
        "Code: EN-08; Service: Slate; Price: £14.00; Notes: Up to 2 lines",
        "Prices › Engraving: Prices include VAT.",
    ]


def test_a_pdf_tables_tight_rows_under_a_header_set_apart_keep_a_row_with_an_empty_cell(tmp_path):
    """Rows set with no blank line between them, under a header a blank line above, are each a row,
    one that leaves its last cell empty too (no part of the row above)."""
    rooms = [("Ashworth Room", "Drum kit", "Step-free"), ("Brook Room", "Piano", "Stairs")]
    rooms += [("Cedar Room", "PA system", ""), ("Dene Room", "Harp", "Lift"), ("Elm Room", "Organ", "Stairs")]
    columns = (0.1, 0.4, 0.7)
    page = [
        (0.1, 0.95, "Rooms"),
        *grid([("Room", "Kit", "Access")], columns, 0.9),
        *grid(rooms, columns, 0.86),
    ]
    docs = load_documents(write_laid_out_pdf(tmp_path / "rooms.pdf", [page]))
    assert [doc.page_content.split(" — ", 1)[-1] for doc in docs] == [
        f"Room: {room}; Kit: {kit}" + (f"; Access: {access}" if access else "") for room, kit, access in rooms
    ]


def test_a_pdf_rows_cells_wrapped_in_lower_case_in_several_columns_stay_in_their_row(tmp_path):
    """Cells of one row wrapped below it in two columns, the first among them, going on in lower case
    ("litres", "outlet"), end that row's cells: no row of their own."""
    lines = [
        ("Service", "What is included", "Price"),
        ("Tank empty, up to 4,500", "Full empty, check of", "£245"),
    ]
    lines += [("litres", "outlet", ""), ("Drain survey", "Camera survey", "£220")]
    page = [(0.1, 0.95, "Tariff")]
    page += [(x, 0.9 - 0.02 * row, cell) for row, cells in enumerate(lines)
             for x, cell in zip((0.1, 0.45, 0.8), cells, strict=True) if cell]  # fmt: skip
    docs = load_documents(write_laid_out_pdf(tmp_path / "tariff.pdf", [page]))
    assert [doc.page_content for doc in docs] == [
        "Tariff — Service: Tank empty, up to 4,500 litres; What is included: Full empty, check of outlet; "
        "Price: £245",
        "Tariff — Service: Drain survey; What is included: Camera survey; Price: £220",
    ]


def test_a_pdf_rows_cells_a_narrow_gap_apart_are_cut_where_the_columns_start():
    """Layout may set two cells only two spaces apart; a word starting where a column does starts
    its cell, but no cut splits a word."""
    header = "Reference     Proposal                                 Response"
    row = "25/01873/FUL  Conversion of barn to two dwellings      Object"
    narrow = "25/01873/FUL  Conversion of threshing barn to two dwellings  Object"
    narrow = narrow[: header.index("Response") - 2] + "  " + "Object"
    assert _rows([header, row]) == [
        "Reference: 25/01873/FUL; Proposal: Conversion of barn to two dwellings; Response: Object"
    ]
    assert _rows([header, narrow])[0].endswith("; Response: Object")
    assert _rows(["Item          Price     Notes", "Bell   Horn"]) == ["Item: Bell Horn"]  # no cell lost


def test_a_pdf_tables_header_may_name_a_number_and_be_repeated_over_the_next_page(tmp_path):
    """ "7 days" names a column (no amount, no time); a page that prints the header again over the
    table's next rows heads them itself (it is no row of the table)."""
    header = ("Code", "Bike", "Half day", "7 days")
    rows = [
        ("QCH-T01", "Tandem", "£30 / £40", "£175 / £220"),
        ("QCH-G01", "Gravel Bike", "£23 / £29", "£140"),
    ]
    more = [("QCH-K16", "Kids' Bike", "£8 / £10", "£45 / £55"), ("QCH-X01", "Hand-cycle", "£20", "£110")]
    columns = (0.05, 0.25, 0.5, 0.75)
    first = [(0.1, 0.95, "Cycle Hire"), (0.1, 0.9, "Hire prices")]
    first += [(x, 0.86 - 0.03 * row, cell) for row, cells in enumerate([header, *rows])
              for x, cell in zip(columns, cells, strict=True)]  # fmt: skip
    second = [(x, 0.95 - 0.03 * row, cell) for row, cells in enumerate([header, *more])
              for x, cell in zip(columns, cells, strict=True)]  # fmt: skip
    docs = load_documents(write_laid_out_pdf(tmp_path / "prices.pdf", [first, second]))
    assert [doc.page_content for doc in docs] == [
        f"Cycle Hire › Hire prices — Code: {a}; Bike: {b}; Half day: {c}; 7 days: {d}"
        for a, b, c, d in rows + more
    ]


def test_a_full_line_going_on_in_lower_case_is_no_label_after_it(tmp_path):
    """A wrapped sentence whose next line opens "by: greetings, …" goes on after a space: no list
    item "by" (a printed prospectus wrapped "getting" / "by: greetings")."""
    text = (
        "Courses\n\nPortuguese\n\n"
        "Everyday European Portuguese for holidays, work trips, family visits and getting\n"
        "by: greetings, ordering food, directions and small talk.\n"
    )
    assert chunks(tmp_path / "courses.txt", text) == [
        "Courses › Portuguese: Everyday European Portuguese for holidays, work trips, family visits and "
        "getting by: greetings, ordering food, directions and small talk."
    ]


def test_an_email_threads_first_subject_heads_its_messages_of_another_subject(tmp_path):
    """A message sent under its own subject stays under the thread's first: the first-aid note of
    "Radios and first aid" is the Cradley Fell 10K's, which only the first subject names."""
    text = (
        "From: Keira Hale <k@race.example>\nDate: Mon, 30 Mar 2026 19:42\n"
        "Subject: Cradley Fell 10K marshals\n\n"
        "The briefing is at 08:45.\n\n"
        "From: Owen March <o@race.example>\nDate: Thu, 2 Apr 2026 21:10\nSubject: Radios and first aid\n\n"
        "First aid is by Ridgeway Medical Volunteers.\n"
    )
    texts = chunks(tmp_path / "thread.txt", text)
    assert (
        texts[1]
        == "Cradley Fell 10K marshals › From Keira Hale, Mon, 30 Mar 2026 19:42: The briefing is at 08:45."
    )
    assert texts[-1] == (
        "Cradley Fell 10K marshals › Radios and first aid › From Owen March, Thu, 2 Apr 2026 21:10: "
        "First aid is by Ridgeway Medical Volunteers."
    )


def test_a_pdf_pages_words_parted_at_a_kerned_gap_and_its_ligatures_are_mended():
    """Layout extraction parts "journey" at a wide kerned gap, which would also read as a table's
    cell gap; the page's plain text writes it whole, so it is joined ("in to", both words alone in
    the plain text, stays apart); "ﬁrst" is spelt with its letters."""
    from ingest.pdf import _mended

    laid_out = "   before your ﬁrst jour       ney. Ask us in to the\n   for e     xample ODR-20417"
    plain = "before your ﬁrst journey. Ask us in to the\nfor example ODR-20417"
    assert _mended(laid_out, plain) == (
        "   before your first journey. Ask us in to the\n   for example ODR-20417"
    )
    # a table's cells, run together by the plain text, stay apart
    assert _mended("Service wash     £4.50\nSize     10", "Service wash£4.50\nSize10") == (
        "Service wash     £4.50\nSize     10"
    )


def test_a_line_ending_in_a_colon_over_an_indented_list_heads_that_list_only(tmp_path):
    """ "Key times for marshals:" heads its indented times, not the paragraphs and sign-off after
    them, which would otherwise all claim to be key times."""
    text = (
        "Race notes\n\nKey times for marshals:\n\n  08:45  Marshal briefing\n  09:15  Marshals leave\n\n"
        "Tabards are handed out at the briefing.\n"
    )
    texts = chunks(tmp_path / "notes.txt", text)
    assert texts[0].startswith("Race notes › Key times for marshals: 08:45")
    assert texts[-1] == "Race notes: Tabards are handed out at the briefing."


def test_long_lines_each_naming_its_thing_before_a_dash_are_a_lists_items(tmp_path):
    """Three lines of a few words, a dash and what they tell are a list's items, however long: each
    vehicle's plate stays with its vehicle, not run on into the next."""
    text = (
        "Team log\n\nVehicles on the run:\n"
        "  Rescue 1  - Land Rover Defender 130, reg. TK21 MRT (stretcher and hill kit)\n"
        "  Rescue 2  - Mercedes Sprinter 4x4 ambulance, reg. WX68 HBR\n"
        '  Control   - Ford Transit control van "Tessie", reg. PN16 CVL\n'
    )
    assert chunks(tmp_path / "log.txt", text) == [
        "Team log › Vehicles on the run: Rescue 1 - Land Rover Defender 130, reg. TK21 MRT (stretcher and "
        "hill kit); Rescue 2 - Mercedes Sprinter 4x4 ambulance, reg. WX68 HBR; "
        'Control - Ford Transit control van "Tessie", reg. PN16 CVL'
    ]


def test_a_heading_in_capitals_heads_the_lines_indented_under_it(tmp_path):
    """ "SUBSCRIPTIONS 2026" over indented price lines heads them, where an indented line would
    otherwise go on with the line above, and only them (the paragraphs after a category's results are
    not the category's); a log's entry led by a date is no heading."""
    text = (
        "Club news\n\nNETS\nNets start on 7 April.\n\nSUBSCRIPTIONS 2026\n  Adult ........ £95\n"
        "  Social ....... £20\n\nSubs are due by 30 April.\n\n"
        "2025-11-24 08:30  *** INCIDENT ***\n        Pool cleared.\n"
    )
    assert chunks(tmp_path / "news.txt", text) == [
        "Club news › NETS: Nets start on 7 April.",
        "Club news › SUBSCRIPTIONS 2026: Adult: £95; Social: £20",
        "Club news: Subs are due by 30 April.",
        "Club news: 2025-11-24 08:30 *** INCIDENT *** Pool cleared.",
    ]
    keys = "News\n\nKEY HOLDERS\n  Ann Lee 01632 960111\n  Tom Pike 01632 960222\n\n"
    keys += "MON 08:30  PAGER TEST\n    Done.\n"
    assert chunks(tmp_path / "keys.txt", keys) == [
        "News › KEY HOLDERS: Ann Lee 01632 960111; Tom Pike 01632 960222",  # two items under it
        "News: MON 08:30 PAGER TEST Done.",  # a log's entry at a time is no heading
    ]


def test_a_colon_heading_over_prose_keeps_heading_what_follows(tmp_path):
    """ "Parking:" over a paragraph heads it and what comes after, as any heading does; an indented
    list further on, under a heading of its own, keeps that heading."""
    text = (
        "Race notes\n\nParking:\n\nUse the school car park.\n\nMarshal points\nMP1 is the gate.\n\n"
        "  MP2   Recreation Ground exit\n  MP3   Mill Row\n\nBring a whistle.\n"
    )
    texts = chunks(tmp_path / "notes.txt", text)
    assert texts[0] == "Race notes › Parking: Use the school car park."
    assert texts[-2].startswith("Race notes › Marshal points: MP2")
    assert texts[-1] == "Race notes › Marshal points: Bring a whistle."


def test_a_pdf_tables_cells_wrapped_above_and_below_their_row_are_read_whole(tmp_path):
    """A browser prints a cell too long for its column over two or three lines, centred on its row's
    middle line, the rows a blank line apart: each row is read whole ("Crannock Primary School"),
    the header too ("Capacity (kWp)"), and a word broken at its hyphen is joined again."""
    x = (0.08, 0.3, 0.45, 0.6)
    cells = [
        (0.0, ("", "", "Capacity", "")), (0.014, ("Site", "Type", "(kWp)", "Host")),
        (0.05, ("Crannock", "", "", "Crannock")), (0.064, ("Primary School", "Rooftop", "60", "School")),
        (0.078, ("", "", "", "governors")),
        (0.114, ("St Wenna's", "Ground-", "", "St Wenna's")), (0.128, ("Centre", "mount", "38", "Trust")),
        (0.164, ("Tallis Barn", "Rooftop", "22", "Tallis family")),
    ]  # fmt: skip
    page = [(0.08, 0.95, "Share offer"), (0.08, 0.92, "The sites")]
    page += [(at, 0.88 - dy, cell) for dy, row in cells for at, cell in zip(x, row, strict=True) if cell]
    docs = load_documents(write_laid_out_pdf(tmp_path / "offer.pdf", [page]))
    assert [doc.page_content for doc in docs] == [
        "Share offer › The sites — Site: Crannock Primary School; Type: Rooftop; Capacity (kWp): 60; "
        "Host: Crannock School governors",
        "Share offer › The sites — Site: St Wenna's Centre; Type: Ground-mount; Capacity (kWp): 38; "
        "Host: St Wenna's Trust",
        "Share offer › The sites — Site: Tallis Barn; Type: Rooftop; Capacity (kWp): 22; Host: Tallis family",
    ]


def test_a_pdf_rows_first_cell_wrapped_below_it_stays_in_its_row_and_a_file_name_is_no_title(tmp_path):
    """A first cell too long for its column goes on alone on the line under its row: it is that
    cell's end ("window shelf)"), not a heading that ends the table; a label holding a time
    ("Late collection, 17:00-18:30: £12.00") is an item of its list; and the title a browser gives
    an untitled page, its file's name, names nothing: the page's first line does."""
    from pypdf import PdfWriter

    x = (0.08, 0.5, 0.65, 0.8)
    rows = [("Room", "1 cat", "2 cats", "3 cats"), ("Standard chalet", "£17.50", "£28.00", "-")]
    rows += [("Garden suite (long run, window", "£21.00", "£33.50", "£44.00"), ("shelf)", "", "", "")]
    rows += [("Oakloft penthouse", "£25.50", "£39.00", "£51.00")]
    page = [(0.08, 0.95, "Yarrow Cattery"), (0.08, 0.92, "Tariff")]
    page += [(at, 0.88 - 0.016 * row, cell) for row, cells in enumerate(rows)
             for at, cell in zip(x, cells, strict=True) if cell]  # fmt: skip
    extras = [
        ("Grooming session", "£15.00"),
        ("Christmas and New Year supplement, per cat per night", "£3.00"),
    ]
    extras += [("Late collection, 17:00-18:30", "£12.00"), ("Special diet", "no charge")]
    page += [(0.08, 0.7, "Extras")]
    page += [(at, 0.67 - 0.016 * row, cell) for row, cells in enumerate(extras)
             for at, cell in zip((0.08, 0.7), cells, strict=True)]  # fmt: skip
    path = write_laid_out_pdf(tmp_path / "terms.pdf", [page])
    writer = PdfWriter(clone_from=path)
    writer.add_metadata({"/Title": "cattery.html"})
    writer.write(path)
    texts = [doc.page_content for doc in load_documents(path)]
    assert texts[:3] == [
        "Yarrow Cattery › Tariff — Room: Standard chalet; 1 cat: £17.50; 2 cats: £28.00; 3 cats: -",
        "Yarrow Cattery › Tariff — Room: Garden suite (long run, window shelf); 1 cat: £21.00; 2 cats: "
        "£33.50; 3 cats: £44.00",
        "Yarrow Cattery › Tariff — Room: Oakloft penthouse; 1 cat: £25.50; 2 cats: £39.00; 3 cats: £51.00",
    ]
    assert texts[3] == (
        "Yarrow Cattery › Extras: Grooming session: £15.00; Christmas and New Year supplement, per cat per "
        "night: £3.00; Late collection, 17:00-18:30: £12.00; Special diet: no charge"
    )


def test_a_quoted_reply_in_an_email_is_text_under_its_own_sender(tmp_path):
    """Quote marks, one per level ("> > "), are no text, so a quoted list is a list again and a
    quoted header heads its message; a mail program's "On …, Dai Prothero wrote:" heads what he
    wrote (under the thread's subject), not the sign-off line before it."""
    text = (
        "From: Frances Hale <fh@example.net>\nSent: 11 March 2026 21:30\nSubject: RE: Sweep booking\n\n"
        "Thanks Dai, Wednesday is great.\n\nFrances\n\n"
        "> On 10 Mar 2026, at 16:18, Dai Prothero wrote:\n>\n> Prices for this year:\n>\n"
        "> - Woodburner: £65\n> - Open fire: £55\n> - Aga / range cooker: £80\n>\n"
        "> > -----Original Message-----\n> > From: Frances Hale <fh@example.net>\n"
        "> > Sent: 9 March 2026 19:51\n> > Subject: Sweep booking\n> >\n> > How much would it be?\n"
    )
    texts = chunks(tmp_path / "sweep.txt", text)
    dai = "Sweep booking › From Dai Prothero, 10 Mar 2026, at 16:18"
    assert (
        texts[3] == f"{dai} › Prices for this year: Woodburner: £65; Open fire: £55; Aga / range cooker: £80"
    )
    assert texts[-1] == "Sweep booking › From Frances Hale, 9 March 2026 19:51: How much would it be?"
    assert not any("> " in text for text in texts)


def test_a_paragraph_announcing_a_list_with_a_colon_is_read_with_it(tmp_path):
    """ "… Proposal:" over a list of dot-led lines ("Novice .......... Owain Pryce-Gillard") is one
    chunk with its list, each line a label and its value; a heading ending in a colon still heads."""
    text = (
        "Hedge match notes\n\nJudging. I'm happy to judge the Open again. Proposal:\n\n"
        "  Open ............ Clement Harroway\n  Novice .......... Owain Pryce-Gillard\n\n"
        "Key times:\n\nStart horn 08:30.\n"
    )
    assert chunks(tmp_path / "match.txt", text) == [
        "Hedge match notes: Judging. I'm happy to judge the Open again. Proposal: Open: Clement Harroway; "
        "Novice: Owain Pryce-Gillard",
        "Hedge match notes › Key times: Start horn 08:30.",
    ]


def test_sentences_over_a_table_typed_in_columns_are_text_not_its_rows_label(tmp_path):
    """A paragraph written straight over a table's header is text of its own; a short caption heads
    the rows."""
    menus = (
        "Menus\n\nWe have two menus. Both are unlimited pizza for 2.5 hours:\n"
        "MENU          PRICE PER HEAD   NOTES\n"
        "Margherita    \u00a311.00           Three set pizzas\n"
        "Feast         \u00a314.50           Seven pizzas\n"
    )
    assert chunks(tmp_path / "menus.txt", menus) == [
        "Menus: We have two menus. Both are unlimited pizza for 2.5 hours:",
        "Menus \u2014 MENU: Margherita; PRICE PER HEAD: \u00a311.00; NOTES: Three set pizzas",
        "Menus \u2014 MENU: Feast; PRICE PER HEAD: \u00a314.50; NOTES: Seven pizzas",
    ]
    for caption in ("Party menus", "Party menus (incl. VAT)"):  # an abbreviation ends no sentence
        captioned = menus.replace("We have two menus. Both are unlimited pizza for 2.5 hours", caption)
        assert chunks(tmp_path / "captioned.txt", captioned)[0] == (
            f"Menus \u203a {caption} \u2014 MENU: Margherita; PRICE PER HEAD: \u00a311.00; "
            "NOTES: Three set pizzas"
        )


def test_a_table_typed_in_columns_is_read_row_by_row_under_its_header(tmp_path):
    """A register lined up with spaces under a header line is one document per row, each value under
    its column's name (a location's own comma stays in its cell), a note wrapped under its column
    goes on with its row, and a line after the table that is no row is prose again."""
    text = (
        "PARISH DEFIBRILLATORS\n\n"
        "Ref       Location                                Guardian           Battery expires\n"
        "OW-DF01   Village Hall, Church Lane (front wall)  Gillian Rowntree   03/2029\n"
        "OW-DF04   Bus shelter, Mill Green                 Reg Tolhurst       12/2026\n\n"
        "Checks\n\n"
        "Date        Ref       Notes\n"
        "19/01/2026  OW-DF02   Unit used at The Wheatsheaf. Pads\n"
        "                      replaced from spare stock.\n"
        "20/01/2026  OW-DF05   All in order\n"
        "Next check due in April.\n"
    )
    assert chunks(tmp_path / "register.txt", text) == [
        "PARISH DEFIBRILLATORS — Ref: OW-DF01; Location: Village Hall, Church Lane (front wall); "
        "Guardian: Gillian Rowntree; Battery expires: 03/2029 (March 2029)",
        "PARISH DEFIBRILLATORS — Ref: OW-DF04; Location: Bus shelter, Mill Green; Guardian: Reg Tolhurst; "
        "Battery expires: 12/2026 (December 2026)",
        "PARISH DEFIBRILLATORS › Checks — Date: 19/01/2026 (19 January 2026); Ref: OW-DF02; "
        "Notes: Unit used at The Wheatsheaf. Pads replaced from spare stock.",
        "PARISH DEFIBRILLATORS › Checks — Date: 20/01/2026 (20 January 2026); Ref: OW-DF05; "
        "Notes: All in order",
        "PARISH DEFIBRILLATORS › Checks: Next check due in April.",
    ]
    register = text.split("\n\n")[1]
    ruled = register.replace("\nOW-DF01", "\n--  ----------------------  --------  ---------\nOW-DF01")
    assert chunks(tmp_path / "ruled.txt", f"Register\n\n{ruled}\n")[0].startswith(
        "Register — Ref: OW-DF01; Location: Village Hall"
    )  # a rule drawn under each column of the header is no row
    indented = "\n".join(f"    {line}" for line in register.splitlines())
    assert chunks(tmp_path / "indented.txt", f"Register\n\n{indented}\n")[0] == (
        "Register — Ref: OW-DF01; Location: Village Hall, Church Lane (front wall); "
        "Guardian: Gillian Rowntree; Battery expires: 03/2029 (March 2029)"
    )
    quote = (
        "Quote\n\n  Item                                 Part no.      Price\n"
        "  Worktop, solid oak                   WT-OAK-4030   £1,184.00\n"
        "  Worktop option B - quartz, 30 mm, x  WT-QTZ-3030   £2,960.00\n"
        "  Worktop option C - quartz, 40mm Pale WT-QTZ-4030   £3,160.00\n"
    )  # a value run up to the next column, one space before it, is still two cells
    assert chunks(tmp_path / "quote.txt", quote)[-1] == (
        "Quote — Item: Worktop option C - quartz, 40mm Pale; Part no.: WT-QTZ-4030; Price: £3,160.00"
    )
    totals = (
        "Order\n\n  Item      Qty  Price\n  Tea bags  2    £3.50\n  Milk      10   £12.00\n"
        "          Total  £15.50\n"
    )  # a line set off the columns after the rows is no row: the text after the table
    assert chunks(tmp_path / "order.txt", totals)[-1] == "Order: Total £15.50"
    committee = (
        "Committee\n\nChair       Margaret Hale   mh@club.org\nTreasurer   Dev Patel       dp@club.org\n"
    )
    assert not any(" — " in chunk for chunk in chunks(tmp_path / "committee.txt", committee))  # no header
    spaced = "Crew\n\nMarta Kowalczyk   - Easby Bridge   07700 900 562\nTom Reyes   - Low Fold   07700 118\n"
    assert not any(" — " in chunk for chunk in chunks(tmp_path / "crew.txt", spaced))  # no header: a list


def test_a_table_typed_with_rules_and_its_values_set_a_little_aside_is_read_row_by_row(tmp_path):
    """An e-mail's booking summary: a rule under the header and over the totals, and values set two
    characters right of their columns' names (a long item pushing them), is still the header's rows."""
    summary = (
        "BOOKING SUMMARY\n\n"
        "  Item                                         Code     Price\n"
        "  ---------------------------------------------------------------\n"
        '  Wood-fired tub "Bracken" (4-person), 3 nights  TB-04W   £285.00\n'
        "  Damage waiver                                 DW-3     £30.00\n"
        "  ---------------------------------------------------------------\n"
        "  Balance due by 7 August                                £259.00\n"
    )
    assert chunks(tmp_path / "booking.txt", summary) == [
        'BOOKING SUMMARY — Item: Wood-fired tub "Bracken" (4-person), 3 nights; Code: TB-04W; Price: £285.00',
        "BOOKING SUMMARY — Item: Damage waiver; Code: DW-3; Price: £30.00",
        "BOOKING SUMMARY — Item: Balance due by 7 August; Price: £259.00",
    ]
    places = (
        "YOUR PLACES\n-------------------------------------------\n"
        "Child   Class code   Stage  Venue      Term fee\n"
        "Ellis   BWP-TH-S4B   4      Brackwell  £111.00\n"
        "Maisie  MDS-SA-S2A   2      Merrowdown £91.80*\n"
        "-------------------------------------------\n"
        "* after the 10% sibling discount (£102.00 less £10.20)\n"
    )  # a note under the table, its words running on under the columns, is no row of it
    tight = "Payments\n\nDate       Ref      Amount\n2026-04-20 INV-0012 £45.00\n2026-04-27 INV-0013 £50.00\n"
    assert chunks(tmp_path / "tight.txt", tight)[1] == (
        "Payments — Date: 2026-04-27 (27 April 2026); Ref: INV-0013; Amount: £50.00"
    )  # a row typed one space apart under every column is still a row
    assert chunks(tmp_path / "places.txt", places) == [
        "YOUR PLACES — Child: Ellis; Class code: BWP-TH-S4B; Stage: 4; Venue: Brackwell; Term fee: £111.00",
        "YOUR PLACES — Child: Maisie; Class code: MDS-SA-S2A; Stage: 2; Venue: Merrowdown; Term fee: £91.80*",
        "YOUR PLACES: after the 10% sibling discount (£102.00 less £10.20)",
    ]


def test_a_date_wrapped_between_its_day_and_month_is_one_sentence(tmp_path):
    """ "… from 1 October to 31" / "March: 8.30am to 4pm." is one sentence wrapped at the width, not a
    list whose next item is labelled "March"; a list of months under a line ending in a count stays
    a list."""
    text = (
        "Site guide\n\nSummer hours apply from 1 April to 30 September: 8am to 6pm. "
        "Winter hours apply from 1 October to 31\n"
        "March: 8.30am to 4pm. The gates close 15 minutes before closing time.\n"
    )
    assert chunks(tmp_path / "guide.txt", text) == [
        "Site guide: Summer hours apply from 1 April to 30 September: 8am to 6pm. Winter hours apply from 1 "
        "October to 31 March: 8.30am to 4pm. The gates close 15 minutes before closing time."
    ]
    listed = "Dates\n\nSessions: 12\nMarch: 4 sessions\nApril: 8 sessions\n"
    assert chunks(tmp_path / "dates.txt", listed) == [
        "Dates: Sessions: 12; March: 4 sessions; April: 8 sessions"
    ]


def test_a_greeting_is_a_few_words_of_greeting_or_names_and_no_closing_or_address() -> None:
    assert all(map(_greets, ["Dear Mr Best,", "Des, Leonie,", "Morning all,", "Hello,"]))
    assert not any(map(_greets, ["Kind regards,", "Warmly,", "Flat 2, 14 Mill Lane,", "In summary,"]))


def test_a_pdf_tables_header_wrapped_over_lines_and_cells_of_numbers_wrapped_at_a_sign_are_read_whole(
    tmp_path,
):
    """A browser wraps a long column name over lines under its first ("Size (L" / "x W x" / "H)") and a
    cell of sizes at its signs ("3.0 x" / "3.0 x" / "2.4 m"): the header and each row are read whole,
    one value per cell, the name broken at its dash joined ("Mon\u2013Thu"); and a row under a header a
    blank line below it is the table's even where it holds no value ("A  Up to 8 miles  Free")."""
    x = (0.08, 0.2, 0.45, 0.6, 0.75)
    cells = [
        (0.0, ("Code", "Unit", "Size (L", "Mon\u2013", "Fri\u2013Sun &")),
        (0.014, ("", "", "\u00d7 W \u00d7", "Thu", "bank")), (0.028, ("", "", "H)", "", "holidays")),
        (0.064, ("IB-101", "Little Ducklings", "3.0 \u00d7", "\u00a365", "\u00a380")),
        (0.078, ("", "Toddler Castle", "3.0 \u00d7", "", "")), (0.092, ("", "", "2.4 m", "", "")),
        (0.128, ("IB-160", "Bungee Run", "12.0 \u00d7", "\u00a3150", "\u00a3180")),
        (0.142, ("", "", "3.6 \u00d7", "", "")), (0.156, ("", "", "2.6 m", "", "")),
    ]  # fmt: skip
    page = [(0.08, 0.95, "Bounce hire"), (0.08, 0.92, "Inflatables")]
    page += [(at, 0.88 - dy, cell) for dy, row in cells for at, cell in zip(x, row, strict=True) if cell]
    zones = [(0.0, ("Zone", "Distance from depot", "Charge"))]
    zones += [(0.036 + 0.014 * n, row) for n, row in enumerate([("A", "Up to 8 miles", "Free")])]
    zones += [(0.05, ("B", "8 to 15 miles", "\u00a320")), (0.064, ("C", "15 to 25 miles", "\u00a335"))]
    page += [(0.08, 0.6, "Delivery zones")]
    page += [
        (at + (0.1 if column == 2 else 0.0) * (dy > 0), 0.56 - dy, cell)
        for dy, row in zones
        for column, (at, cell) in enumerate(zip((0.08, 0.2, 0.6), row, strict=True))
    ]  # the charges set right, off their column's name
    docs = load_documents(write_laid_out_pdf(tmp_path / "hire.pdf", [page]))
    assert [doc.page_content for doc in docs] == [
        "Bounce hire › Inflatables — Code: IB-101; Unit: Little Ducklings Toddler Castle; "
        "Size (L \u00d7 W \u00d7 H): 3.0 \u00d7 3.0 \u00d7 2.4 m; Mon\u2013Thu: \u00a365; "
        "Fri\u2013Sun & bank holidays: \u00a380",
        "Bounce hire › Inflatables — Code: IB-160; Unit: Bungee Run; Size (L \u00d7 W \u00d7 H): "
        "12.0 \u00d7 3.6 \u00d7 2.6 m; Mon\u2013Thu: \u00a3150; Fri\u2013Sun & bank holidays: \u00a3180",
        "Bounce hire › Delivery zones — Zone: A; Distance from depot: Up to 8 miles; Charge: Free",
        "Bounce hire › Delivery zones — Zone: B; Distance from depot: 8 to 15 miles; Charge: \u00a320",
        "Bounce hire › Delivery zones — Zone: C; Distance from depot: 15 to 25 miles; Charge: \u00a335",
    ]


def test_a_rows_cells_wrapped_under_their_columns_go_on_with_it(tmp_path):
    """An e-mail's table whose header names a column with a figure ("Age on 3 Aug") and whose cells
    wrap onto the next line, under cells their row left open, reads each row whole; a bracket closed
    with words after it leaves them to the next open cell."""
    summary = (
        "YOUR PLACES\n\n"
        "  Rider          Age on 3 Aug   Group               Pony allocated       Price\n"
        "  -------------  -------------  ------------------  -------------------  --------\n"
        "  Lily Harcourt  10             Silver (walk/trot/  Biscuit (13.2hh      \u00a3345.00\n"
        "                                canter, small jumps) Connemara cross)\n"
        "  Sam Harcourt   7              Bronze (lead-rein   Pickle (11.1hh       \u00a3295.00\n"
        "                                and first trots)     Shetland x Welsh)\n"
        "  Total                                                                \u00a3640.00\n"
        "  BALANCE DUE by Friday 10 July 2026                                   \u00a3490.00\n"
    )
    assert chunks(tmp_path / "places.txt", summary) == [
        "YOUR PLACES \u2014 Rider: Lily Harcourt; Age on 3 Aug: 10; Group: Silver (walk/trot/ canter, small "
        "jumps); Pony allocated: Biscuit (13.2hh Connemara cross); Price: \u00a3345.00",
        "YOUR PLACES \u2014 Rider: Sam Harcourt; Age on 3 Aug: 7; Group: Bronze (lead-rein and first trots); "
        "Pony allocated: Pickle (11.1hh Shetland x Welsh); Price: \u00a3295.00",
        "YOUR PLACES \u2014 Rider: Total; Price: \u00a3640.00",
        "YOUR PLACES \u2014 Rider: BALANCE DUE by Friday 10 July 2026; Price: \u00a3490.00",
    ]  # a line's words are cut under the columns nowhere within a phrase ("by | Friday") or a date


def test_a_pdf_tables_columns_of_one_name_wrapped_over_two_lines_keep_their_own_names():
    lines = [
        "Code    Course          Minimum   Minimum   Maximum   Price",
        "                        age       height    weight",
        "CT-JN   Junior Canopy   6         1.2 m     120 kg    \u00a322.00",
        "CT-CL   Classic Canopy  10        1.4 m     127 kg    \u00a338.50",
    ]
    assert _rows(lines)[1] == (
        "Code: CT-CL; Course: Classic Canopy; Minimum age: 10; Minimum height: 1.4 m; "
        "Maximum weight: 127 kg; Price: \u00a338.50"
    )


def test_a_totals_line_under_a_typed_table_is_a_field_not_a_heading(tmp_path):
    """A booking's totals set under its items, a wide gap before each sum: "Subtotal   £400.00" is no
    heading over them, and each total reads as its field."""
    text = (
        "BOOKING SUMMARY\n\n"
        "Code     Item                 Price\n"
        "CC-LR    Lounge carpet        \u00a378.00\n"
        "CC-ST    Stairs and landing   \u00a355.00\n\n"
        "                              Subtotal       \u00a3133.00\n"
        "                              TOTAL          \u00a3133.00\n"
        "                              BALANCE DUE    \u00a383.00\n"
    )
    assert chunks(tmp_path / "booking.txt", text)[-1] == (
        "BOOKING SUMMARY: Subtotal: \u00a3133.00; TOTAL: \u00a3133.00; BALANCE DUE: \u00a383.00"
    )
    prices = "Hire\n\nMain hall     \u00a320.00    \u00a330.00\nSmall room    \u00a310.00    \u00a315.00\n"
    item = "Quote\n\nA2   Excavate to 250 mm\n     Sub-base, compacted in layers     \u00a32,030.00\n"
    assert chunks(tmp_path / "quote.txt", item)[-1].endswith(
        "compacted in layers, \u00a32,030.00"
    )  # an item's
    assert chunks(tmp_path / "hire.txt", prices) == [  # two prices a line: no total's
        "Hire: Main hall, \u00a320.00, \u00a330.00; Small room, \u00a310.00, \u00a315.00"
    ]


def test_a_table_typed_with_a_blank_corner_names_its_first_column_as_a_csv_does(tmp_path):
    """Opening hours typed with the days under no header, the places to their right: each day is a row,
    its column named as a CSV's empty one is; a time wrapped under its column goes on with its row."""
    text = (
        "NEW OPENING HOURS\n\n"
        "                     SHOP             POST OFFICE (new)   POST OFFICE (old)\n"
        "  Monday - Friday    07:00 - 20:00    09:00 - 19:30       09:00 - 13:00 and\n"
        "                                                          14:00 - 17:30\n"
        "  Saturday           07:00 - 20:00    09:00 - 17:00       09:00 - 12:30\n"
    )
    assert chunks(tmp_path / "hours.txt", text) == [
        "NEW OPENING HOURS \u2014 column 1: Monday - Friday; SHOP: 07:00 - 20:00; "
        "POST OFFICE (new): 09:00 - 19:30; "
        "POST OFFICE (old): 09:00 - 13:00 and 14:00 - 17:30",
        "NEW OPENING HOURS \u2014 column 1: Saturday; SHOP: 07:00 - 20:00; "
        "POST OFFICE (new): 09:00 - 17:00; "
        "POST OFFICE (old): 09:00 - 12:30",
    ]


def test_a_table_typed_in_columns_under_lines_of_prose_is_read_row_by_row(tmp_path):
    notice = (
        "Rugby club\n\n"
        "2. AGE GROUPS\n"
        "   Age groups are set by date of birth. The cut-off date is 31 August.\n"
        "   For 2026-27 the groups are:\n"
        "       Group   Born between                Training night          Coach lead\n"
        "       U10     1 Sep 2016 - 31 Aug 2017    Wednesday 18:00-19:15   Farah Lindqvist\n"
        "       U12     1 Sep 2014 - 31 Aug 2015    Tuesday 18:15-19:45     Callum Brierley\n"
        "   A player may only play one age group up.\n"
    )
    read = chunks(tmp_path / "notice.txt", notice)
    assert (
        "Rugby club \u2014 Group: U12; Born between: 1 Sep 2014 - 31 Aug 2015; Training night: Tuesday "
        "18:15-19:45; Coach lead: Callum Brierley"
    ) in read
    assert read[-1] == "Rugby club: A player may only play one age group up."


def test_words_wrapped_under_a_cell_stay_in_it_unless_they_stand_under_the_next_open_one(tmp_path):
    """A bracket closed with words after it leaves them in its cell where they stand under it ("hall)
    upstairs"), a lone "-" marks an empty cell, not an open one, and a list above the table's header
    is text, no label of its rows."""
    events = (
        "Events\n\n"
        "Date        Venue (room)        Notes              Seats\n"
        "Sat 3 May   Village Hall (main  Tea, coffee and    120\n"
        "            hall) upstairs      cake\n"
        "Sun 4 May   Church Rooms (back  -                  40\n"
        "            room) upstairs\n"
    )
    assert chunks(tmp_path / "events.txt", events) == [
        "Events \u2014 Date: Sat 3 May; Venue (room): Village Hall (main hall) upstairs; "
        "Notes: Tea, coffee and cake; Seats: 120",
        "Events \u2014 Date: Sun 4 May; Venue (room): Church Rooms (back room) upstairs; Notes: -; Seats: 40",
    ]
    diary = (
        "Newsletter\n\nDates for your diary\nQuiz night - Fri 9 May, Village Hall\nAGM - Tue 20 May, 7.30pm\n"
        "Raffle prize      Donated by          Ticket no.\n"
        "Hamper            Corner Shop         0412\n"
        "Bottle of wine    Mrs Hale            0988\n"
    )
    read = chunks(tmp_path / "diary.txt", diary)
    assert "AGM - Tue 20 May, 7.30pm" in read[0]
    assert read[1] == "Newsletter \u2014 Raffle prize: Hamper; Donated by: Corner Shop; Ticket no.: 0412"


def test_a_value_run_up_to_one_column_is_cut_there_even_after_a_short_word(tmp_path):
    classes = (
        "Classes\n\n"
        "Class           Room     Time     Teacher      Price\n"
        "Yoga            Studio A 18:00   Jo Barnes    \u00a36.00\n"
        "Pilates         Studio B  19:00   Al Dean      \u00a37.00\n"
    )
    assert chunks(tmp_path / "classes.txt", classes)[0] == (
        "Classes \u2014 Class: Yoga; Room: Studio A; Time: 18:00; Teacher: Jo Barnes; Price: \u00a36.00"
    )
