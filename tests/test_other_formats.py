"""Web pages (.html), Word documents (.docx), tab-separated tables (.tsv), Excel workbooks (.xlsx)
JSON records (.json lists of objects, .jsonl) and e-mails (.eml) become documents as their Markdown and CSV
counterparts do: the same heading paths, one document per row naming file and fields; what a reader
never sees (scripts, styles, navigation) is left out; a broken file is refused clearly and changes
nothing."""

from __future__ import annotations

import datetime as dt
import json
from email.message import EmailMessage
from pathlib import Path

import docx
import openpyxl
import pytest

from common.errors import SourceError
from ingest.dates import with_spelled_date
from ingest.documents import load_documents
from ingest.run import ingest
from ingest.spreadsheet import cell_text
from vectorstore.config import StoreSettings
from vectorstore.store import open_store

MARKDOWN = """# Greyhallow Harbour

The harbour opened in **1887** and is run by Ines Varrow.

## Fees

| Item | Price |
| --- | --- |
| Mooring | £12 |
| Crane hire | £40 |

## Opening hours

- Open daily from 7:00.
- Closed on 25 December.
"""

HTML = """<!doctype html><html><head><title>Ignored: the page has its own top heading</title>
<style>p { color: red }</style><script>var secret = "not text";</script></head>
<body><nav><a href="/">Home</a> | <a href="/about">About</a></nav>
<h1>Greyhallow Harbour</h1>
<p>The harbour opened in <b>1887</b> and is run by <a href="/staff">Ines Varrow</a>.</p>
<h2>Fees</h2>
<table><tr><th>Item</th><th>Price</th></tr><tr><td>Mooring</td><td>£12</td></tr>
<tr><td>Crane hire</td><td>£40</td></tr></table>
<h2>Opening hours</h2><ul><li>Open daily from 7:00.</li><li>Closed on 25 December.</li></ul>
</body></html>"""


def chunks(path: Path) -> list[str]:
    return [doc.page_content for doc in load_documents(path)]


def write_docx(path: Path) -> Path:
    """The Markdown above as a real Word document (headings, a table, a bulleted list)."""
    document = docx.Document()
    document.add_heading("Greyhallow Harbour", 1)
    document.add_paragraph("The harbour opened in 1887 and is run by Ines Varrow.")
    document.add_heading("Fees", 2)
    table = document.add_table(rows=3, cols=2)
    for row, cells in zip(
        table.rows, [("Item", "Price"), ("Mooring", "£12"), ("Crane hire", "£40")], strict=True
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_heading("Opening hours", 2)
    document.add_paragraph("Open daily from 7:00.", style="List Bullet")
    document.add_paragraph("Closed on 25 December.", style="List Bullet")
    document.save(str(path))
    return path


@pytest.fixture
def markdown_chunks(tmp_path) -> list[str]:
    (tmp_path / "harbour.md").write_text(MARKDOWN, encoding="utf-8")
    found = chunks(tmp_path / "harbour.md")
    assert "Greyhallow Harbour › Fees — Item: Mooring; Price: £12" in found
    return found


def test_a_web_page_is_chunked_as_its_markdown_without_what_a_reader_never_sees(tmp_path, markdown_chunks):
    (tmp_path / "harbour.html").write_text(HTML, encoding="utf-8")
    found = chunks(tmp_path / "harbour.html")
    assert found == markdown_chunks
    assert not any(hidden in "\n".join(found) for hidden in ("secret", "color", "Home", "Ignored"))


def test_a_web_page_without_a_top_heading_is_headed_by_its_title(tmp_path):
    page = "<html><head><title>Lake Venna Field Station</title></head><body><p>The warden is Ilse Marr.</p>"
    (tmp_path / "station.htm").write_bytes(page.encode("latin-1"))
    assert chunks(tmp_path / "station.htm") == ["Lake Venna Field Station: The warden is Ilse Marr."]


def test_a_web_pages_footer_is_the_whole_pages_not_its_last_sections(tmp_path):
    """The address in a site's footer stands under the page's top heading, not under the promo box
    or FAQ question just before it."""
    page = (
        "<html><body><main><h1>Veg Boxes</h1><h2>Paying</h2><p>We collect by Direct Debit.</p>"
        "<aside><h3>Pick Your Own opens 20 June!</h3><p>Strawberries.</p></aside></main>"
        "<footer><p>Hollowmere Farm, Lower Brackton Lane, Wenslow</p></footer></body></html>"
    )
    (tmp_path / "veg.html").write_text(page, encoding="utf-8")
    assert chunks(tmp_path / "veg.html")[-1] == "Veg Boxes: Hollowmere Farm, Lower Brackton Lane, Wenslow"


def test_a_web_pages_site_named_in_its_title_heads_a_top_heading_that_does_not_name_it(tmp_path):
    """ "Prices | Brenmoor Wash & Press - Laundrette" over "Prices & opening hours": every chunk says
    whose prices they are; a top heading naming the site already, or a logo saying it above, is kept."""
    page = (
        "<html><head><title>Prices | Brenmoor Wash &amp; Press \u2013 Laundrette</title></head><body>"
        "<h1>Prices &amp; opening hours</h1><h2>Dry cleaning</h2><p>A suit is £16.50.</p></body></html>"
    )
    (tmp_path / "prices.html").write_text(page, encoding="utf-8")
    assert chunks(tmp_path / "prices.html") == [
        "Brenmoor Wash & Press › Prices & opening hours › Dry cleaning: A suit is £16.50."
    ]
    named = page.replace("<h1>Prices &amp; opening", "<h1>Brenmoor prices &amp; opening")
    (tmp_path / "named.html").write_text(named, encoding="utf-8")
    assert chunks(tmp_path / "named.html")[0].startswith("Brenmoor prices & opening hours › Dry cleaning:")
    logo = page.replace("<body>", '<body><a class="logo">Brenmoor Wash &amp; Press</a>')
    (tmp_path / "logo.html").write_text(logo, encoding="utf-8")
    assert not any(text.count("Brenmoor Wash & Press") > 1 for text in chunks(tmp_path / "logo.html"))


def test_a_web_tables_header_rows_head_each_column_by_their_labels_from_the_top_down(tmp_path):
    """ "Screen replacement" over "Standard" and "Original" heads two columns; a row of one cell across
    the top is the table's title."""
    page = (
        "<html><body><h1>Repair prices</h1><table><thead>"
        '<tr><th colspan="4">Prices from 1 March</th></tr>'
        '<tr><th rowspan="2">Device</th><th colspan="2">Screen replacement</th>'
        '<th rowspan="2">Battery</th></tr><tr><th>Standard</th><th>Original</th></tr></thead>'
        '<tbody><tr><th colspan="4">Samsung</th></tr>'
        "<tr><td>Galaxy S23</td><td>£135</td><td>£209</td><td>£64</td></tr></tbody></table></body></html>"
    )
    (tmp_path / "prices.html").write_text(page, encoding="utf-8")
    found = chunks(tmp_path / "prices.html")
    assert any(text.startswith("Repair prices: Prices from 1 March") for text in found)
    assert (
        "Device: Galaxy S23; Screen replacement, Standard: £135; Screen replacement, Original: £209; "
        "Battery: £64" in found[-1]
    )
    sections = page.replace("<tr><th>Standard</th><th>Original</th></tr>", "").replace('rowspan="2"', "")
    (tmp_path / "sections.html").write_text(sections.replace('colspan="2"', ""), encoding="utf-8")
    assert "Device: Samsung" in " ".join(chunks(tmp_path / "sections.html"))  # a section, no label
    headers_only = (
        "<html><body><h1>Hours</h1><table><tr><th>Day</th><th>Open</th></tr><tr><th>Monday</th><th>9-5</th>"
        "</tr><tr><th>Tuesday</th><th>9-1</th></tr></table></body></html>"
    )  # header cells only, none spanning: a row of values each
    (tmp_path / "hours.html").write_text(headers_only, encoding="utf-8")
    assert "Day: Tuesday; Open: 9-1" in chunks(tmp_path / "hours.html")[-1]


def test_a_word_document_is_chunked_as_its_markdown(tmp_path, markdown_chunks):
    assert chunks(write_docx(tmp_path / "harbour.docx")) == markdown_chunks


def test_a_word_tables_cell_merged_across_its_top_is_its_title_not_its_header(tmp_path):
    """ "Ticket prices 2026" merged across the top row is written before the table, and the row under
    it names the columns; a row whose cells only say the same ("Free" merged over two) stays a row."""
    document = docx.Document()
    document.add_heading("Tickets", 1)
    table = document.add_table(rows=4, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Ticket prices 2026"
    rows = [("Ticket type", "Advance", "On the gate"), ("Adult", "£8.00", "£10.00"), ("Under 5", "Free", "")]
    for row, cells in zip(table.rows[1:], rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    table.cell(3, 1).merge(table.cell(3, 2)).text = "Free"
    form = document.add_table(rows=3, cols=2)  # a form's labels and values: its title row heads them
    form.cell(0, 0).merge(form.cell(0, 1)).text = "Please complete"
    for row, cells in zip(form.rows[1:], [("Name", "Jo Bloggs"), ("Phone", "01632 960222")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.save(str(tmp_path / "fireworks.docx"))
    assert chunks(tmp_path / "fireworks.docx") == [
        "Tickets: Ticket prices 2026",
        "Tickets — Ticket type: Adult; Advance: £8.00; On the gate: £10.00",
        "Tickets — Ticket type: Under 5; Advance: Free; On the gate: Free",
        "Tickets — Please complete: Name; Please complete: Jo Bloggs",
        "Tickets — Please complete: Phone; Please complete: 01632 960222",
    ]


def test_a_word_documents_title_heads_its_heading_1_sections(tmp_path):
    """Word puts a "Title" above its "Heading 1"s; every section's chunks carry it (the policy's
    "2. Annual leave" names the firm a question asks about)."""
    document = docx.Document()
    document.add_heading("Vellmore & Tock Ltd", 0)  # level 0: the Title style
    document.add_heading("1. Annual leave", 1)
    document.add_paragraph("Every employee starts with 27 days of paid leave.")
    document.add_heading("Carrying over", 2)
    document.add_paragraph("Up to 5 days may be carried over.")
    document.save(str(tmp_path / "policy.docx"))
    assert chunks(tmp_path / "policy.docx") == [
        "Vellmore & Tock Ltd › 1. Annual leave: Every employee starts with 27 days of paid leave.",
        "Vellmore & Tock Ltd › 1. Annual leave › Carrying over: Up to 5 days may be carried over.",
    ]


def test_tsv_rows_are_documents_like_csv_rows(tmp_path):
    (tmp_path / "islands.csv").write_text('island,main_town\nKilvaro,Dunmere\n"Tessel, Beg",Lowen\n')
    (tmp_path / "islands.tsv").write_text("island\tmain_town\nKilvaro\tDunmere\nTessel, Beg\tLowen\n")
    as_csv, as_tsv = chunks(tmp_path / "islands.csv"), chunks(tmp_path / "islands.tsv")
    assert as_tsv == [text.replace("islands.csv", "islands.tsv") for text in as_csv]
    assert as_tsv[1] == "islands.tsv — island: Tessel, Beg; main_town: Lowen"


def write_xlsx(path: Path, sheets: dict[str, list[list]]) -> Path:
    """A real Excel workbook with these sheets (name → rows)."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def test_spreadsheet_rows_are_documents_like_csv_rows(tmp_path):
    """One document per row (blank rows skipped), as a CSV row names file and columns; numbers and
    dates as people write them (an ISO date said in words beside it); the sheet named beside the file
    where a workbook has several."""
    (tmp_path / "islands.csv").write_text('island,main_town\nKilvaro,Dunmere\n"Tessel, Beg",Lowen\n')
    rows = [["island", "main_town"], ["Kilvaro", "Dunmere"], [None, None], ["Tessel, Beg", "Lowen"]]
    one = write_xlsx(tmp_path / "islands.xlsx", {"Islands": rows})
    assert chunks(one) == [
        text.replace("islands.csv", "islands.xlsx") for text in chunks(tmp_path / "islands.csv")
    ]
    assert "sheet" not in load_documents(one)[0].metadata
    survey = [
        ["island", "population", "area_km2", "surveyed", "inhabited", "ferry"],
        ["Ostray", 960.0, 27.1, dt.date(2021, 5, 3), True, None],
        ["Skerran", 540, 15.6, dt.datetime(2022, 7, 1, 9, 30), False, "Cullow Slip"],
    ]
    several = write_xlsx(tmp_path / "survey.xlsx", {"Survey": survey, "Notes": [["note"], ["  wet  year "]]})
    docs = load_documents(several)
    assert [doc.page_content for doc in docs] == [
        "survey.xlsx › Survey — island: Ostray; population: 960; area_km2: 27.1; surveyed: 2021-05-03 "
        "(3 May 2021); inhabited: yes",
        "survey.xlsx › Survey — island: Skerran; population: 540; area_km2: 15.6; surveyed: 2022-07-01 "
        "09:30 (1 July 2022); inhabited: no; ferry: Cullow Slip",
        "survey.xlsx › Notes — note: wet year",
    ]
    assert [doc.metadata["sheet"] for doc in docs] == ["Survey", "Survey", "Notes"]


def test_a_code_a_lookup_sheet_names_is_named_where_another_sheet_writes_it(tmp_path):
    """A sheet of classes ("Class code: OP; Class: Open") names the codes a results sheet writes, so
    its row says "Open" too; a code no lookup names, and the lookup's own rows, stay as written."""
    results = [["Run", "Class", "Dog", "Points"], [9, "OP", "Moss", 96], [10, "XX", "Glen", 104]]
    classes = [["Class code", "Class", "Fee"], ["OP", "Open", 15], ["NV", "Novice", 8]]
    path = write_xlsx(tmp_path / "trials.xlsx", {"Results": results, "Classes": classes})
    assert chunks(path) == [
        "trials.xlsx \u203a Results \u2014 Run: 9; Class: OP (Open); Dog: Moss; Points: 96",
        "trials.xlsx \u203a Results \u2014 Run: 10; Class: XX; Dog: Glen; Points: 104",
        "trials.xlsx \u203a Classes \u2014 Class code: OP; Class: Open; Fee: 15",
        "trials.xlsx \u203a Classes \u2014 Class code: NV; Class: Novice; Fee: 8",
    ]
    members = [["ID", "Name"], [1, "Ann Lee"], [2, "Bob Lee"]]  # a bare ID codes nothing another sheet means
    orders = [["ID", "Item"], [2, "Teapot"]]
    path = write_xlsx(tmp_path / "shop.xlsx", {"Orders": orders, "Members": members})
    assert chunks(path)[0] == "shop.xlsx \u203a Orders \u2014 ID: 2; Item: Teapot"
    repeated = [["Class code", "Class"], ["OP", "Open"], ["OP", "Open again"]]  # no lookup: codes repeat
    path = write_xlsx(tmp_path / "repeated.xlsx", {"Results": results, "Classes": repeated})
    assert "Class: OP;" in chunks(path)[0]


def test_a_sheets_title_over_its_header_labels_its_rows_and_notes_under_it_are_notes(tmp_path):
    """A register's name written over its table (one cell, a blank line) is its title, not its
    header; a sentence in one cell under the table is a note, not a value of the first column; a
    sheet of one column is still headed by its first line."""
    rows = [
        ["Plot Rent Register 2025/26"],
        [],
        ["Plot No", "Tenant", "Date paid"],
        ["AV-01", "Margaret Pilbeam", dt.date(2025, 10, 2)],
        ["TOTAL", None, None],
        ["Rents are due by 1 October 2025."],
    ]
    path = write_xlsx(tmp_path / "rents.xlsx", {"Rents": rows, "Jobs": [["job"], ["mow"], ["weed"]]})
    workbook = openpyxl.load_workbook(path)
    workbook["Rents"]["C4"].number_format = "dd/mm/yyyy"
    workbook.save(path)
    assert chunks(path) == [
        "rents.xlsx › Rents › Plot Rent Register 2025/26 — Plot No: AV-01; Tenant: Margaret Pilbeam; "
        "Date paid: 02/10/2025 (2 October 2025)",
        "rents.xlsx › Rents › Plot Rent Register 2025/26 — Plot No: TOTAL",
        "rents.xlsx › Rents › Plot Rent Register 2025/26: Rents are due by 1 October 2025.",
        "rents.xlsx › Jobs — job: mow",
        "rents.xlsx › Jobs — job: weed",
    ]


def test_a_line_of_sentences_over_a_header_is_a_note_and_no_part_of_the_title(tmp_path):
    """A note written over a table ("Rent is charged at £0.25 … and is due on 1 March.") is prose of
    its own: the rows' title stays the register's name (a name before a dash is kept)."""
    plots = [
        ["Hollinsgate Allotments - Plot Register 2025"],
        ["Rent is charged at £0.25 per square metre and is due on 1 March. Seniors pay half."],
        [],
        ["Plot", "Tenant", "Size (sq m)"],
        ["HR-08", "Ewan Castlemaine", 375],
    ]
    rota = [["Work party rota 2025 - all tenants attend two work parties a year."], ["Date", "Task"]]
    rota += [["8 March", "Clear brambles"], ["12 April", "Spread woodchip"]]
    path = write_xlsx(tmp_path / "plots.xlsx", {"Plots": plots, "Rota": rota})
    title = "plots.xlsx › Plots › Hollinsgate Allotments - Plot Register 2025"
    assert chunks(path) == [
        f"{title}: Rent is charged at £0.25 per square metre and is due on 1 March. Seniors pay half.",
        f"{title} — Plot: HR-08; Tenant: Ewan Castlemaine; Size (sq m): 375",
        "plots.xlsx › Rota › Work party rota 2025: Work party rota 2025 - all tenants attend two work "
        "parties a year.",
        "plots.xlsx › Rota › Work party rota 2025 — Date: 8 March; Task: Clear brambles",
        "plots.xlsx › Rota › Work party rota 2025 — Date: 12 April; Task: Spread woodchip",
    ]


def test_a_line_of_parts_over_a_header_is_a_note_and_the_line_of_names_heads(tmp_path):
    """A line of several cells over the table that names no columns ("Prices valid from", a date,
    a sentence) is a note, and the line of names under it (a figure in a name's brackets) heads the
    rows; with no such line under it, the first line of several cells heads them still."""
    prices = [
        ["Spring Plant Price List 2026"],
        ["Prices valid from", dt.date(2026, 3, 1), "until stocks last."],
        [],
        ["Code", "Plant", "Price each", "Multibuy (3 for)"],
        ["GG-1041", "Lavender", 6.99, 18],
    ]
    years = [["Club", 2024, 2025], ["Ashby", 12, 14]]
    weeks = [["Item", "1 week", "2 weeks"], ["Marquee", "POA", "POA"], ["Gazebo", "£40", "£70"]]
    path = write_xlsx(tmp_path / "prices.xlsx", {"Prices": prices, "Years": years, "Hire": weeks})
    title = "prices.xlsx › Prices › Spring Plant Price List 2026"
    assert chunks(path) == [
        f"{title}: Prices valid from 2026-03-01 (1 March 2026) until stocks last.",
        f"{title} — Code: GG-1041; Plant: Lavender; Price each: 6.99; Multibuy (3 for): 18",
        "prices.xlsx › Years — Club: Ashby; 2024: 12; 2025: 14",
        "prices.xlsx › Hire — Item: Marquee; 1 week: POA; 2 weeks: POA",  # names with figures head
        "prices.xlsx › Hire — Item: Gazebo; 1 week: £40; 2 weeks: £70",
    ]


def test_a_second_table_under_the_first_is_read_under_its_own_header(tmp_path):
    """Two tables on one sheet, a note and a blank line between them: the second's line of names
    heads its rows (a number stands under a name where the first table had none); a row of words
    after a blank line, over a row with numbers where the table has them, is still a row."""
    rows = [
        ["Firing charges from 1 July 2025"],
        ["Firing type", "Cone", "Price per shelf"],
        ["Bisque", "04", 6],
        [],
        ["Lustre", "Glaze room", "Ask"],
        ["Full-kiln bookings get 10% off the shelf price."],
        [],
        ["Kiln", "Type", "Shelves", "Location", "Serviced"],
        ["Nightjar", "Electric top-loader", 8, "Back yard shed", 2025],
    ]
    events = [["Date", "Event", "Notes"], ["3 May", "Walk", "Boots"], [], ["TBC", "Quiz night", "Pens"]]
    events += [["12 May", "Picnic", "Rugs"]]
    path = write_xlsx(tmp_path / "kilns.xlsx", {"Rates": rows, "Events": events})
    title = "kilns.xlsx › Rates › Firing charges from 1 July 2025"
    assert chunks(path) == [
        f"{title} — Firing type: Bisque; Cone: 04; Price per shelf: 6",
        f"{title} — Firing type: Lustre; Cone: Glaze room; Price per shelf: Ask",
        f"{title}: Full-kiln bookings get 10% off the shelf price.",
        "kilns.xlsx › Rates — Kiln: Nightjar; Type: Electric top-loader; Shelves: 8; Location: Back yard "
        "shed; Serviced: 2025",
        "kilns.xlsx › Events — Date: 3 May; Event: Walk; Notes: Boots",
        "kilns.xlsx › Events — Date: TBC; Event: Quiz night; Notes: Pens",
        "kilns.xlsx › Events — Date: 12 May; Event: Picnic; Notes: Rugs",
    ]


def test_a_narrower_table_under_a_blank_line_is_read_under_its_own_header(tmp_path):
    """A sheet's terms ("Term", "Detail") under its delivery zones: the line of one-word names fills
    two of the zones' four columns, as its rows do, whose details are longer than names; sparse rows
    of the zones' own after a blank line are still theirs."""
    rows = [
        ["Zone", "Area", "Charge", "Notes"],
        ["A", "Within 10 miles", 0, "Free"],
        [],
        ["Sam Lee", "Volunteer"],
        ["Ann Bell", "Coordinator for the north side"],
        [],
        ["Term", "Detail"],
        ["Balance", "Due 28 days before the event date"],
    ]
    path = write_xlsx(tmp_path / "hire.xlsx", {"Terms": rows})
    assert chunks(path) == [
        "hire.xlsx — Zone: A; Area: Within 10 miles; Charge: 0; Notes: Free",
        "hire.xlsx — Zone: Sam Lee; Area: Volunteer",
        "hire.xlsx — Zone: Ann Bell; Area: Coordinator for the north side",
        "hire.xlsx — Term: Balance; Detail: Due 28 days before the event date",
    ]


@pytest.mark.parametrize(
    ("number_format", "shown"),
    [
        ("dd/mm/yyyy", "02/10/2025 (2 October 2025)"),
        ("m/d/yy", "10/2/25 (2 October 2025)"),
        ("[$-809]d mmmm yyyy", "2 October 2025"),
        ("d-mmm-yy", "2-Oct-25"),
        ("General", "2025-10-02"),
        ("dd/mm/yyyy hh:mm", "2025-10-02"),
    ],
)
def test_a_date_cell_reads_as_its_format_shows_it(number_format, shown):
    """People ask for the date the sheet shows them; a format of days, months and years is applied
    (with the date in words where the month is a number), any other gives the ISO date."""
    assert cell_text(dt.datetime(2025, 10, 2), number_format) == shown


def test_spreadsheet_money_and_percentages_read_as_their_cells_show_them(tmp_path):
    """A rent formatted as pounds is "£112.50", not 112.5; a share formatted as a percentage "12.5%";
    a plain number stays as it is."""
    path = write_xlsx(
        tmp_path / "plots.xlsx", {"Plots": [["plot", "rent", "let", "size"], ["14", 112.5, 0.125, 90]]}
    )
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Plots"]
    sheet["B2"].number_format, sheet["C2"].number_format = '"£"#,##0.00', "0.0%"
    workbook.save(path)
    assert chunks(path) == ["plots.xlsx — plot: 14; rent: £112.50; let: 12.5%; size: 90"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("stock.xlsx", b"PK\x03\x04 not really a zip", r"stock\.xlsx: not a readable Excel workbook"),
        (
            "notes.xlsx",
            b"plain text saved under the wrong name",
            r"notes\.xlsx: not a readable Excel workbook",
        ),
        ("report.docx", b"PK\x03\x04 not really a zip", r"report\.docx: not a readable Word document"),
        (
            "notes.docx",
            b"plain text saved under the wrong name",
            r"notes\.docx: not a readable Word document",
        ),
        ("page.html", b"<html>\x00\x01\x02</html>", r"page\.html: not a text file"),
        (
            "empty.html",
            b"<html><head><script>x()</script></head><body></body></html>",
            r"empty\.html: no text",
        ),
        ("empty.tsv", b"island\tmain_town\n", r"empty\.tsv: a table needs a header row and at least one"),
        ("note.eml", b"Just some text saved under the wrong name.\n", r"note\.eml: not an e-mail"),
        (
            "blank.eml",
            b"From: Dai <dai@example.org>\nDate: Tue, 3 Mar 2026 21:03\nSubject: Hi\n\n\n",
            r"blank\.eml: an e-mail without text",
        ),
    ],
)
def test_broken_files_are_refused_clearly(tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(SourceError, match=message):
        load_documents(tmp_path / name)


def _email(tmp_path: Path, html: bool) -> Path:
    """An e-mail as a mail program saves it: a quoted-printable body (a plain and an HTML part, or
    HTML alone) and an attached file."""
    message = EmailMessage()
    message["From"] = "Bethan Ashlow <bethan@ashlow.example>"
    message["To"] = "Priya Vantrell <priya@mailbox.example>"
    message["Date"] = "Thu, 19 Mar 2026 16:42:10 +0000"
    message["Subject"] = "RE: Revised quote AD-Q-2611-B"
    said = "Colm Astbury will be your lead fitter. The quartz total is \u00a313,922.00."
    page = f"<html><head><style>p {{color: red}}</style></head><body><p>{said}</p></body></html>"
    if html:
        message.set_content(page, "html", cte="quoted-printable")
    else:
        message.set_content(f"Dear Priya,\n\n{said}\n\nKind regards,\nBethan", cte="quoted-printable")
        message.add_alternative(page, subtype="html")
    message.add_attachment(b"SECRET attachment bytes", maintype="application", subtype="octet-stream")
    path = tmp_path / "quote.eml"
    path.write_bytes(bytes(message))
    return path


@pytest.mark.parametrize("html", [False, True])
def test_an_email_is_read_as_its_header_and_text_without_attachments(tmp_path, html):
    """Its subject ("RE:" left out), sender and date head each chunk of its text, as a pasted
    e-mail's do; its HTML alone is read as the page's visible text; an attachment is no text."""
    chunks = [doc.page_content for doc in load_documents(_email(tmp_path, html))]
    fitter = next(chunk for chunk in chunks if "lead fitter" in chunk)
    assert fitter.startswith(
        "Revised quote AD-Q-2611-B › From Bethan Ashlow, Thu, 19 Mar 2026 16:42:10 +0000: "
    )
    assert "\u00a313,922.00" in fitter and "=" not in fitter  # the quoted-printable body decoded
    assert not any("SECRET" in chunk or "color" in chunk for chunk in chunks)


def test_a_workbook_without_a_data_row_is_refused(tmp_path):
    empty = write_xlsx(tmp_path / "empty.xlsx", {"Parts": [["code", "name"]], "Blank": []})
    with pytest.raises(SourceError, match=r"empty\.xlsx: a table needs a header row and at least one"):
        load_documents(empty)


def test_web_pages_and_word_documents_ingest_and_a_broken_one_changes_nothing(embedder, tmp_path):
    settings = StoreSettings(home=tmp_path / "home", persist_dir=tmp_path / "chroma")
    page, word, broken = tmp_path / "harbour.html", write_docx(tmp_path / "fees.docx"), tmp_path / "x.docx"
    sheet = write_xlsx(tmp_path / "moorings.xlsx", {"Moorings": [["berth", "fee"], ["A1", 12], ["A2", 14.5]]})
    page.write_text(HTML, encoding="utf-8")
    broken.write_bytes(b"not a Word file")
    report = ingest(settings, [page, word, sheet], embedder=embedder)
    stored = open_store(settings, embedder).chroma.get()
    assert report.added == len(stored["ids"]) == len(chunks(page)) + len(chunks(word)) + 2
    with pytest.raises(SourceError, match="not a readable Word document"):
        ingest(settings, [page, broken, sheet], embedder=embedder)
    assert sorted(open_store(settings, embedder).chroma.get()["ids"]) == sorted(stored["ids"])


PARTS = [
    {"code": "KX-2041", "name": "Bilge pump impeller", "price": 84.5, "discontinued": None,
     "tags": ["pump", "bilge"], "dimensions": {"width_mm": 120, "material": "bronze"}},
    {"code": "KX-2047", "name": "Bilge pump housing", "price": 212, "suppliers": [{"name": "Harlow & Pike"}]},
]  # fmt: skip
PARTS_TEXT = [
    "parts.json — code: KX-2041; name: Bilge pump impeller; price: 84.5; tags: pump, bilge; "
    "dimensions.width_mm: 120; dimensions.material: bronze",
    "parts.json — code: KX-2047; name: Bilge pump housing; price: 212; suppliers: Harlow & Pike",
]


PROGRAMME = {
    "status": "ok",
    "festival": {
        "name": "Lowen Book Festival",
        "dates": {"start": "2026-05-22"},
        "venues": [{"venue_id": "V1", "name": "Pilchard Loft", "capacity": 320}],
        "days": [
            {
                "date": "2026-05-23",
                "label": "Saturday",
                "sessions": [
                    {"session_id": f"S0{n}", "title": f"Talk {n}",
                     "speakers": [{"name": f"Speaker {n}", "role": "host"}],
                     "description": "A long description of what the session is about. " * 6}
                    for n in (1, 2)
                ],
            }
        ],
    },
}  # fmt: skip


def test_a_json_object_becomes_its_tables_rows_and_its_values_text(tmp_path):
    """An API's answer nests lists of objects in objects: each list's objects are rows labelled by
    the path that reaches them; a day too long for one row is split, its date and label following
    each session's own fields; the other values are "path: value" text under their path."""
    (tmp_path / "programme.json").write_text(json.dumps(PROGRAMME), encoding="utf-8")
    texts = chunks(tmp_path / "programme.json")
    long = "A long description of what the session is about. " * 6
    assert texts == [
        "programme.json: status: ok",
        "programme.json › festival: name: Lowen Book Festival; dates.start: 2026-05-22 (22 May 2026)",
        "programme.json › festival › venues — venue_id: V1; name: Pilchard Loft; capacity: 320",
        "programme.json › festival › days — date: 2026-05-23 (23 May 2026); label: Saturday",
        *(
            f"programme.json › festival › days › sessions — session_id: S0{n}; title: Talk {n}; "
            f"speakers: Speaker {n} (host); description: {long.strip()}; date: 2026-05-23 (23 May 2026); "
            "label: Saturday"
            for n in (1, 2)
        ),
    ]


def test_a_json_records_reference_to_another_by_its_code_is_written_with_its_name(tmp_path):
    """A workshop's ``"tutor": "T04"`` and a walk's ``leader_ids`` say whom they mean by the name the
    file's own records give; a bare number (a price, a count) and an unknown code stay as written."""
    catalogue = {
        "tutors": [{"id": "T04", "name": "Lin Hartfield"}, {"id": "T05", "name": "Osei Grant"}],
        "workshops": [
            {"id": "WS-15", "title": "Drop Spindle", "tutor": "T04", "kit": "K-9", "price_gbp": 48},
            {"id": "WS-16", "title": "Dyeing", "tutor_ids": ["T04", "T05"], "places": "8"},
        ],
        "kits": [{"code": "K-9", "title": "Spindle kit"}, {"code": "8", "title": "Eight"}],
        "rooms": [{"id": "R1", "name": "Studio"}, {"id": "R2", "name": "Loft", "kit": "R1"}],
        "yarns": [{"id": "R1", "name": "Rib"}],  # R1 again: which is meant, no one can say
    }
    (tmp_path / "yarns.json").write_text(json.dumps(catalogue), encoding="utf-8")
    texts = chunks(tmp_path / "yarns.json")
    assert "yarns.json › tutors — id: T04; name: Lin Hartfield" in texts  # its own id: no name after it
    assert "yarns.json › rooms — id: R2; name: Loft; kit: R1" in texts
    assert (
        "yarns.json › workshops — id: WS-15; title: Drop Spindle; tutor: T04 (Lin Hartfield); "
        "kit: K-9 (Spindle kit); price_gbp: 48"
    ) in texts
    assert (
        "yarns.json › workshops — id: WS-16; title: Dyeing; tutor_ids: T04 (Lin Hartfield), "
        "T05 (Osei Grant); places: 8"
    ) in texts


def test_json_records_are_documents_naming_file_and_fields(tmp_path):
    (tmp_path / "parts.json").write_text(json.dumps(PARTS), encoding="utf-8")
    (tmp_path / "parts.jsonl").write_text("\n".join(json.dumps(p) for p in PARTS) + "\n\n", encoding="utf-8")
    assert chunks(tmp_path / "parts.json") == PARTS_TEXT
    assert chunks(tmp_path / "parts.jsonl") == [t.replace("parts.json", "parts.jsonl") for t in PARTS_TEXT]


def test_json_numbers_read_as_their_file_writes_them(tmp_path):
    """A price written "24.10" reads "24.10" (not the 24.1 a float prints), in JSON and JSON Lines."""
    text = '[{"sku": "ORW-D301", "per_kg": 24.10, "bags": 3, "in_stock": true, "discount": 0.050}]'
    (tmp_path / "prices.json").write_text(text, encoding="utf-8")
    (tmp_path / "prices.jsonl").write_text(text[1:-1], encoding="utf-8")
    row = "sku: ORW-D301; per_kg: 24.10; bags: 3; in_stock: true; discount: 0.050"
    assert chunks(tmp_path / "prices.json") == [f"prices.json \N{EM DASH} {row}"]
    assert chunks(tmp_path / "prices.jsonl") == [f"prices.jsonl \N{EM DASH} {row}"]


def test_country_and_city_alone_are_the_seeds_rows_with_more_fields_records(tmp_path):
    (tmp_path / "seed.json").write_text('[{"country": "Peru", "city": "Lima"}]')
    (tmp_path / "towns.json").write_text('[{"country": "Peru", "city": "Cusco", "population": 428450}]')
    assert chunks(tmp_path / "seed.json") == ["The capital of Peru is Lima."]
    assert chunks(tmp_path / "towns.json") == ["towns.json — country: Peru; city: Cusco; population: 428450"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "parts.json",
            b'[{"code": "A-1"}, ["B-2"]]',
            r"parts\.json record 2: expected a JSON object, got list",
        ),
        ("parts.json", b'[{"code": null}, {"tags": []}]', r"parts\.json: holds no records with a value"),
        ("parts.jsonl", b'{"code": "A-1"}\n{"code": \n', r"parts\.jsonl line 2: malformed JSON"),
        ("parts.jsonl", b'{"code": "A-1"}\n[1]\n', r"parts\.jsonl line 2: expected a JSON object, got list"),
        ("parts.jsonl", b'{"code": "\xff"}\n', r"parts\.jsonl: not UTF-8 text"),
    ],
)
def test_broken_records_are_refused_clearly(tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(SourceError, match=message):
        load_documents(tmp_path / name)


def test_an_iso_date_cell_is_said_in_words_beside_it():
    """A log's "2024-10-19" is asked for as "19 October": the words stand beside the date; a cell that
    only holds a date among other text, or no real date, stays as it is."""
    assert with_spelled_date("2024-10-19") == "2024-10-19 (19 October 2024)"
    assert with_spelled_date("2024-10-19T18:30") == "2024-10-19T18:30 (19 October 2024)"
    assert with_spelled_date("Opened 2024-10-19") == "Opened 2024-10-19"
    assert with_spelled_date("2024-13-45") == "2024-13-45"
    assert with_spelled_date("03/04/2025") == "03/04/2025 (3 April 2025)"  # the day first
    assert with_spelled_date("03/2029") == "03/2029 (March 2029)"  # a month of a year: an expiry
    assert with_spelled_date("13/2029") == "13/2029"
    assert with_spelled_date("5/2024") == "5/2024"  # a reference's number: a month has two figures
    assert with_spelled_date("10/19/2024") == "10/19/2024 (19 October 2024)"  # 19 is no month
    assert with_spelled_date("5.3.2025") == "5.3.2025 (5 March 2025)"
    assert with_spelled_date("31/02/2025") == "31/02/2025"


def test_a_long_line_of_parts_over_a_header_is_a_note_and_group_lines_head_their_rows(tmp_path):
    """A line of parts over the header ("as at … | coordinator: …") is a note, not part of every row's
    title; a group's name in the first cell ("BRASS") heads the rows under it instead of being a row,
    while a lone word with no rows under it ("TOTAL") stays a row."""
    rows = [
        ["Brindle Band - Instrument Register"],
        ["Register as at 3 Mar 2026 | Coordinator: Ada Vell | Deposits refundable on return"],
        [],
        ["Inst_ID", "Instr", "Dep"],
        ["STRINGS", None, None],
        ["BB-V1", "Violin", 60],
        ["BRASS", None, None],
        ["BB-T1", "Trumpet", 50],
        ["BB-T2", "Tuba", 150],
        ["TOTAL", None, None],
    ]
    path = write_xlsx(tmp_path / "band.xlsx", {"Loans": rows})
    title = "band.xlsx › Brindle Band - Instrument Register"
    assert chunks(path) == [
        f"{title}: Register as at 3 Mar 2026 | Coordinator: Ada Vell | Deposits refundable on return",
        f"{title} › STRINGS — Inst_ID: BB-V1; Instr: Violin; Dep: 60",
        f"{title} › BRASS — Inst_ID: BB-T1; Instr: Trumpet; Dep: 50",
        f"{title} › BRASS — Inst_ID: BB-T2; Instr: Tuba; Dep: 150",
        f"{title} › BRASS — Inst_ID: TOTAL",
    ]


def test_an_emails_html_in_another_charset_and_a_blank_plain_part_read_as_the_html(tmp_path):
    """A Latin-1 HTML part whose page names its charset reads as written; a blank plain-text part
    leaves the text to the HTML part."""
    message = EmailMessage()
    message["From"] = "Café Lune <info@lune.example>"
    message["Date"] = "Thu, 19 Mar 2026 16:42:10 +0000"
    message["Subject"] = "Prices"
    message.set_content(" \n", cte="quoted-printable")
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>A café crème is £5.</p></body></html>'
    message.add_alternative(page, subtype="html", charset="iso-8859-1")
    path = tmp_path / "prices.eml"
    path.write_bytes(bytes(message))
    assert any("A café crème is £5." in doc.page_content for doc in load_documents(path))


@pytest.mark.parametrize(
    "header",
    [
        b"From: A <a@example.org>\nTo: a@[=?utf-8?b?",
        b'From: Group: a@b, c@d;"a" <a@b> (c',
    ],  # the parser's own errors
)
def test_an_email_with_a_malformed_header_is_refused_clearly(tmp_path, header):
    path = tmp_path / "broken.eml"
    path.write_bytes(header + b"\nDate: Tue, 3 Mar 2026 21:03\n\nHello.\n")
    with pytest.raises(SourceError, match=r"broken\.eml: not a readable e-mail"):
        load_documents(path)
