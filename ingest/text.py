"""Text sources: .txt, .md, .csv, .tsv, .xlsx, .pdf, .html and .docx files split into documents that carry
their own context.

A small model reads a chunk without the rest of its file, so each chunk says where it stands:

- Markdown: sections by heading (LangChain's ``MarkdownHeaderTextSplitter``), each chunk led by its
  heading path: ``Harrowgate Ferry Company › Fleet: The Northern Lantern …``;
- plain text and PDF: paragraphs, split between sentences, never mid-sentence unless one sentence is
  longer than a chunk; a title line and short heading lines lead their chunks the same way. A PDF's
  pages are read as laid out (:mod:`ingest.pdf`: its tables' rows as a CSV's, running footers left
  out), its chunks keep their ``page``, and heading lines ("4. Discoveries", or a short line after a
  sentence's end) are also found among a paragraph's lines;
- CSV and TSV: one document per row that names its file and every column, the row's subject first
  (an ISO date with the date in words beside it, :mod:`ingest.dates`):
  ``islands.csv — island: Kilvaro; main_town: Dunmere; population: 4,120``; Excel workbooks the same,
  sheet by sheet (:mod:`ingest.spreadsheet`), with the sheet's name beside the file's when there are several;
- HTML pages and Word documents: turned into Markdown first (:mod:`ingest.markup`), then as Markdown;
- a table typed in plain text, its columns lined up with spaces under a header line: one document
  per row, as a CSV file's (:mod:`ingest.aligned`);
- a list's items (bulleted lines, or "Label: value" lines) stay apart, parted by "; ":
  ``Opening hours: Monday: closed; Tuesday: 08:00-17:30``.

Each document is keyed by its file name and position (``chunk``), so re-ingesting a changed file
updates the chunks that changed and deletes the ones that are gone. Example::

    docs = list(iter_chunks(Path("handbook.md")))
    docs[0].page_content   # 'Visitor handbook › Opening hours: The reserve opens at 8:00 …'
    docs[0].metadata       # {'source': 'handbook.md', 'chunk': 0, 'content_hash': ...}
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from langchain_core.documents import Document
from langchain_text_splitters import MarkdownHeaderTextSplitter, RecursiveCharacterTextSplitter

from common.errors import SourceError
from ingest.aligned import aligned_table
from ingest.datablocks import data_blocks
from ingest.dates import with_spelled_date
from ingest.ids import content_hash, document_id
from ingest.legend import legend, with_meanings
from ingest.mail import eml_text
from ingest.markup import docx_markdown, html_markdown
from ingest.pdf import pdf_pages
from ingest.separators import PATH_SEPARATOR, ROW_SEPARATOR
from ingest.spreadsheet import NOTE, xlsx_rows
from vectorstore.words import MONTHS, calendar

TABLE_SUFFIXES = {".csv": ",", ".tsv": "\t"}  # and their cell delimiters
MARKDOWN_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".docx")
SPREADSHEET_SUFFIXES = (".xlsx",)
TEXT_SUFFIXES = (".txt", ".eml", ".pdf", *TABLE_SUFFIXES, *SPREADSHEET_SUFFIXES, *MARKDOWN_SUFFIXES)
# A chunk is read whole by a 135M model and embedded by MiniLM (at most 256 word pieces): a few
# sentences on one topic, ~100 tokens.
CHUNK_CHARS = 400
CHUNK_OVERLAP = 60
MAX_HEADING_CHARS = 60
_FULL_LINE = 70  # a line at least this long may have been wrapped for width, an item or not
# a line ending in one of these was wrapped mid-sentence, it is not a heading
_CONTINUES = frozenset(
    "a an the of and or but by to in on at for with from as is was were are its per than".split()  # noqa: SIM905
)
# A full stop ends a sentence before a capital, a digit or a currency's mark, unless it ends an
# abbreviation ("approx. 3 km", "No. 4" but not "No. Only …"), a list's number ("6." after a
# sentence's end or at a line's start, not "seats 80.") or an initial ("T. Gallacher").
# by length (Python's look-behinds have a fixed width); not "min." or "etc.", which often end one
_ABBREVIATIONS = (
    "st mr ms dr vs ca co",
    "max tel ref vol fig mrs ext est ltd inc",
    "excl incl dept bros corp",
    "approx",
)
_ABBREVIATED = frozenset(" ".join([*_ABBREVIATIONS, "no nr"]).split())
_SENTENCE_END = (
    r"(?<=[.!?])(?<!\b[A-Z][.])(?<![.!?:]\s\d[.])(?<![.!?:]\s\d\d[.])(?<!^\d[.])(?<!^\d\d[.])"
    + "".join(rf"(?<!\b(?i:{'|'.join(words.split())})[.])" for words in _ABBREVIATIONS)
    + r"(?!(?<=\b(?i:no|nr)[.])\s+[^\s\d]*\d)"  # "No. 918244", "part no. SNC-0935"
    + r"\s+(?=[\"'\u2018\u201c(\[£$€]?[A-Z\d\u00c0-\u00de])"
)


def sentences(text: str) -> list[str]:
    """``text``'s sentences, as chunks are cut: each line apart, a line at its sentence ends (not
    after "No." before a number, an initial, an abbreviation or a step's number)."""
    return [s.strip() for line in text.split("\n") for s in re.split(_SENTENCE_END, line) if s.strip()]


# paragraphs, lines, sentence ends, clause ends (";" before ":", so "label: value;" items stay
# whole), commas, words: the first that makes pieces small enough
_SEPARATORS = ["\n\n", "\n", _SENTENCE_END, r"(?<=;)\s+", r"(?<=:)\s+", r"(?<=,)\s+", " ", ""]
_SPLITTER = RecursiveCharacterTextSplitter(
    chunk_size=CHUNK_CHARS,
    chunk_overlap=CHUNK_OVERLAP,
    separators=_SEPARATORS,
    is_separator_regex=True,
    keep_separator="end",
)
# markup that says how text looks, not what: bold, code, a link's or image's target, an emphasis's stars
_MARKUP = re.compile(r"\*\*|__|`|!?\[([^\]]*)\]\([^)]*\)|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
# a list's line: bulleted ("- ", "* ", "• "; numbered, "3. ", "b) ", keeps its number) or a short label
# and its value ("Sunday: 11:00-16:00")
_BULLET = re.compile(r"^\s*[-*•]\s+")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][)])\s+")
_LABELLED = re.compile(r"^\s*[^:\s](?:[^:]|:(?=\d)){0,60}:\s+\S")  # "Late pick-up, 17:00-18:30: £12"
_EQUATED = re.compile(r"^\s*\S[^=]{0,60}\s=\s+\S")  # "P-41 = pumping station, Pellam Dock"
# a timetable's or programme's line, led by its time ("09:20  Keynote: …", "14.30 Tea")
# a line of a plain-text table, its cells set apart by wide gaps ("Marta Kowalczyk   - Easby Bridge
# 07700 900 562"): an item, each gap written as a comma (one beside a dash goes with it)
_SPACED = re.compile(r"^\s*\S.*?[^\s:-]\s{3,}[^\s-]")
_CELL_GAP = re.compile(r"(?<=[^\s:-])\s{3,}(?=[^\s-])")
# a total's line: a few words (no gap, comma or sum), a wide gap, a sum of money ("Subtotal      £400.00";
# not "Main hall     £20.00     £30.00", two prices, nor an item's wrapped line "Type 1 sub-base, laid …")
_SUMMED = re.compile(r"^(\s*[^\W\d](?:[^\s:,£$€]| (?! )){0,30})\s{3,}(-?[£$€]\s?\d[\d,]*(?:\.\d\d)?)\s*$")
_TIMED = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s")
_DASHED = re.compile(r"^\S+(?: \S+){0,3} [-\u2013] \S")  # "Rescue 1 - Land Rover …": a few words, a dash
# dots leading a label to its value ("Novice .......... Owain Pryce-Gillard"): the label's colon
_LEADER = re.compile(r"(?<=\S)[ \t]*\.{4,}[ \t]*(?=\S)")
_HEADER = re.compile(r"^\s*(From|To|Date|Sent|Subject):[ \t]*(.+?)\s*$", re.MULTILINE)  # an e-mail's
_REPLY = re.compile(r"^(?:\s*(?:re|fwd?|aw|sv)\s*:\s*)+", re.IGNORECASE)  # "Re: Fwd: " before a subject
# a line drawn across plain text ("-----", "=====") over or under a heading, or under each column of a
# table's header ("------  --------"): it parts paragraphs
_RULE = re.compile(
    r"^[ \t]*(?:([-=_*~#+])\1{2,}|([-=_*~#+])\2(?=[ \t]+\2\2))(?:[ \t]+(?:\1|\2){2,})*[ \t]*$", re.MULTILINE
)
_TITLE_WORDS = 8  # a lone line before the first heading of at most so many words is the title
# a line that leads the next paragraph: an FAQ's question, its answer under it; a list's opening
# line ("Damage deposits are as follows:"), its items under it
_LEADING_LINE = re.compile(r"[^\n]{3,200}[?:]")
# a quote's marks, one per level: a Markdown quote's text is the text, and so is an e-mail's quoted
# reply ("> > Prices for this year:"), whose headers then head its message as the first's do
# a quoted reply's opening line, the mail program's own header: "On 10 Mar 2026, at 16:18, Dai
# Prothero wrote:", "On Sat, 17 Jan 2026 at 09:27, Tomasz Wierzbicki <tw@example.com> wrote:"
_WROTE = re.compile(r"^On (?P<date>.+?\d.*?),\s*(?P<name>[^,<>]+?)(?:\s*<[^<>]*>)?\s+wrote:$")
_QUOTED = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)


def heading_path(headings: list[str], text: str) -> str:
    """``text`` led by the headings it stands under: ``A › B: text``."""
    return f"{PATH_SEPARATOR.join(headings)}: {text}" if headings else text


def table_row(file: str, cells: list[tuple[str, str]]) -> str:
    """A table row as one line naming its file and columns (empty cells left out)."""
    return (
        file
        + ROW_SEPARATOR
        + "; ".join(f"{column}: {with_spelled_date(value)}" for column, value in cells if value)
    )


def _text_bytes(path: Path) -> bytes:
    """The file's bytes, or a SourceError for a binary file."""
    data = path.read_bytes()
    if b"\x00" in data:
        raise SourceError(f"{path.name}: not a text file (it holds binary data)")
    return data


def _utf8(path: Path) -> str:
    """The file's text, or a SourceError for a binary or non-UTF-8 file."""
    data = _text_bytes(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path.name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def _delimiter(text: str, usual: str) -> str:
    """The cells' delimiter: the file kind's ``usual`` one, unless the header line lacks it and has
    one other ("name;price" from a spreadsheet set to a comma for decimals)."""
    header = text.lstrip().partition("\n")[0]  # the first line with text
    others = [d for d in ",;\t|" if d != usual and d in header]
    return others[0] if usual not in header and len(others) == 1 else usual


def csv_rows(path: Path) -> Iterator[str]:
    """One line per data row (see :func:`table_row`); a row with more cells than the header is refused."""
    text = _utf8(path)
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(text, TABLE_SUFFIXES[path.suffix.lower()]))
    try:
        header = next((row for row in reader if any(cell.strip() for cell in row)), None)
        header = [name.strip() or f"column {i + 1}" for i, name in enumerate(header or [])]
        rows = 0
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(header):
                raise SourceError(
                    f"{path.name} line {reader.line_num}: {len(row)} fields, but the header has "
                    f"{len(header)}; fix the row (a comma inside a value needs quotes)"
                )
            rows += 1
            yield table_row(path.name, [(h, " ".join(v.split())) for h, v in zip(header, row, strict=False)])
    except csv.Error as exc:
        raise SourceError(f"{path.name}: malformed CSV at line {reader.line_num}: {exc}") from exc
    if not rows:
        raise SourceError(f"{path.name}: a table needs a header row and at least one data row")


# a sentence's end: "… three menus. All are unlimited pizza …" (not "incl. VAT", "e.g. …")
_WRITES_SENTENCES = re.compile(
    r"\b(?!(?i:incl|excl|approx|hrs|mins|etc|tel|ref|max|min|nos?|vs|st|dr|mr|mrs|ms)\.)\w{2,}\)?[.!?](?:\s+[A-Z]|$)"
)


def is_heading(line: str) -> bool:
    """A short line that does not end like a sentence (nor like a line wrapped mid-sentence), nor gives
    a field's value ("Log kept by: Maren Ostby"; "Part 2: Repairs", numbered, is a heading): a title or
    a section heading of plain text."""
    words = line.split()
    field = _LABELLED.match(line) and not any(c.isdigit() for c in line.split(":")[0])
    field = field or bool(_SUMMED.match(line))  # "Subtotal        £400.00": a total's line
    return (
        0 < len(line.strip()) <= MAX_HEADING_CHARS
        and len(words) <= 8
        and line.strip()[-1] not in ".!?;,"
        and words[-1].casefold() not in _CONTINUES
        and not field
    )


def _summed(line: str) -> str:
    """A total's line as a field: "TOTAL          £382.50" as "TOTAL: £382.50"."""
    return _SUMMED.sub(r"\1: \2", line)


def is_item(line: str) -> bool:
    """Whether a line is one item of a list: bulleted, numbered, a short label with its value ("Venue:
    Net Loft", "P-41 = pumping station"), or led by a time of day."""
    return any(form.match(line) for form in (_BULLET, _NUMBERED, _LABELLED, _EQUATED, _TIMED, _SPACED))


def list_lines(lines: list[str]) -> str:
    """A paragraph's lines as one line, a list's items parted by "; " and their bullets dropped:
    "Monday: closed; Tuesday: 08:00-17:30", not "Monday: closed Tuesday: 08:00-17:30", which a
    small model reads as "closed Tuesday". A line wrapped mid-sentence (the next goes on in lower
    case, is indented deeper without a bullet or number of its own, or neither is an item) goes on
    after a space."""
    texts = [" ".join(_CELL_GAP.sub(", ", _BULLET.sub("", _summed(line)).strip()).split()) for line in lines]
    listed = _unmarked_list(texts, 2 if all(line[:1].isspace() for line in lines) else 3)
    width = max(len(text) for text in texts)
    out = []
    for number, text in enumerate(texts[:-1]):
        following = lines[number + 1]
        goes_on = texts[number + 1][:1].islower() and _fills(text, width)  # "… and getting" / "by: …"
        parted = (is_item(following) and not goes_on) or (
            is_item(lines[number]) and not texts[number + 1][:1].islower() and not _fills(text, width)
        )
        parted = (
            parted and not _wraps(text, texts[number + 1]) and not _hangs(lines[number], following)
        ) or ({number, number + 1} <= listed)
        out.append(f"{text};" if parted and text and text[-1] not in ".!?;:," else text)
    return " ".join(t for t in [*out, *texts[-1:]] if t)


def _unmarked_list(texts: list[str], least: int = 3) -> set[int]:
    """The numbers of the lines that make a list without bullets or labels: ``least`` or more short
    lines in a row (two where all are indented under a heading: "KEY HOLDERS"), none ending like a
    sentence or a line wrapped mid-sentence, none followed by lower case ("P-41 = pumping station,
    Pellam Dock", "P-14 = pumping station, Brannock Quay", …); a line whose few words before a dash
    name what it tells may be longer ("Rescue 1 - Land Rover Defender 130, reg. TK21 MRT")."""
    bare = [
        0 < len(text) <= (2 * MAX_HEADING_CHARS if _DASHED.match(text) else MAX_HEADING_CHARS)
        and text[-1] not in ".!?;:,"
        and not (_wraps(text, following) or text[:1].islower() or following[:1].islower())
        for text, following in zip(texts, [*texts[1:], ""], strict=True)
    ]
    listed: set[int] = set()
    start = 0
    for end in range(len(texts) + 1):
        if end == len(texts) or not bare[end]:
            if end - start >= least:
                listed.update(range(start, end))
            start = end + 1
    return listed


def _hangs(line: str, following: str) -> bool:
    """Whether ``following`` goes on with ``line`` under a hanging indent ("16:52  Alarm (set point",
    "       95 C). Gauge reading 97 C"): indented deeper, with no bullet, number or time of its own (a
    programme's session over its talks, "       11:00  Zinc-rich primers …")."""
    indent = len(following) - len(following.lstrip())
    deeper = indent > len(line) - len(line.lstrip())
    return deeper and not any(form.match(following) for form in (_BULLET, _NUMBERED, _TIMED))


def _fills(text: str, width: int) -> bool:
    """Whether a long line not ending like a sentence runs as wide as its paragraph's widest
    (``width``): wrapped there, so the next line goes on with it ("Present: Cllr Amara Quayle, Cllr
    Tobias", "Fenwright and Cllr Lettice Marchbank.")."""
    return len(text) >= _FULL_LINE and len(text) >= width - 15 and text[-1] not in ".!?;:,"


def _wraps(text: str, following: str = "") -> bool:
    """Whether a line ends mid-sentence, on a word that needs the next ("… and closes at"), or,
    wrapped at the width, on a day whose month opens the next ("… from 1 October to 31", "March:
    8.30am to 4pm")."""
    if not text:
        return False
    last, first = text.split()[-1], next(iter(following.split()), "").strip(":,.")
    day = last.isdigit() and int(last) <= 31 and len(text) >= _FULL_LINE
    return last.casefold() in _CONTINUES or (day and calendar(first.casefold()) in MONTHS)


def is_title(paragraph: str) -> bool:
    """A file's first paragraph that is one line not ending like a sentence names the whole file."""
    return "\n" not in paragraph and len(paragraph) <= 2 * MAX_HEADING_CHARS and paragraph[-1] not in ".!?;,"


def text_sections(text: str) -> Iterator[tuple[list[str], str]]:
    """Paragraphs of plain text with the headings they stand under: the title (a first line on its
    own) and the latest heading line; an e-mail's quote marks are no text."""
    for headings, paragraph, _ in _sections([_QUOTED.sub("", text)], None, pdf=False, rows=frozenset()):
        yield headings, paragraph


def pdf_sections(
    pages: list[str], title: str | None, rows: frozenset[str]
) -> Iterator[tuple[list[str], str, int]]:
    """A PDF's paragraphs with the headings they stand under and their page numbers: the title
    (``title``, else the first page's first line on its own) and the latest heading, which go on
    over a page (a section ends where the next heading is, not where the page does); a paragraph
    that is one of a table's ``rows`` written whole, labelled with them, as a CSV file's rows are.
    A page may lack blank lines between its paragraphs: its heading lines are looked for among the
    lines."""
    yield from _sections(pages, title, pdf=True, rows=rows)


def _sections(
    pages: list[str], title: str | None, pdf: bool, rows: frozenset[str]
) -> Iterator[tuple[list[str], str, int]]:
    """The paragraphs of ``pages`` with their headings and page numbers (see :func:`pdf_sections`)."""
    paragraphs = _led_on(
        [
            (number, _RULE.sub("", p).strip("\n"), bool(_RULE.match(p)))
            for number, page in enumerate(pages, 1)
            for p in re.split(r"\n\s*\n", _LEADER.sub(": ", page))
            if _RULE.sub("", p).strip()
        ]
    )
    blocks = [
        (number, block, ruled and at == 0)
        for number, p, ruled in paragraphs
        for at, block in enumerate(_blocks(p.splitlines()) if pdf else [p.splitlines()])
    ]
    opening = _opening_title(blocks[0][1], paragraphs[0][1], title, pdf) if len(blocks) > 1 else None
    if opening:  # its lines of contact details kept as text under it: "Unit 3, … · studio@…"
        number, first, _ = blocks[0]
        at = _contact_at(first)
        title = title or (" ".join(line.strip() for line in first[:at]) if at < len(first) else opening)
        blocks = [(number, first[at:], False)] * (at < len(first)) + blocks[1:]
    elif blocks and not title and _heads_fields(blocks[0][1]):
        title, blocks = blocks[0][1][0].strip(" :"), [(blocks[0][0], blocks[0][1][1:], False), *blocks[1:]]
    section = message = leading = None
    subject = ""
    for number, lines, ruled in blocks:
        led, leading = leading, None  # a heading ending in ":" leads the block right after it only
        if ruled:  # a rule above: a new entry ("Mon 2 Jun 2025 - committee meeting (long one)")
            section = led = None
            if len(lines) > 1 and _opens_entry(lines[0]):
                section, lines = lines[0].strip(" :"), lines[1:]
        if sender := _message_from(lines):  # an e-mail's header: what follows is that message's
            subject, sent = sender[0] or subject, sender[1]  # a quoted reply's: the thread's subject
            title = title or subject  # a thread's first subject heads all its messages
            message, section = PATH_SEPARATOR.join(h for h in (subject, sent) if h and h != title), None
            yield [h for h in (title, message) if h], list_lines(lines), number
            continue
        if len(lines) == 1 and lines[0] in rows:
            yield [], PATH_SEPARATOR.join(h for h in (title, section) if h) + ROW_SEPARATOR + lines[0], number
            continue
        if not pdf and (table := aligned_table(lines)):  # a register typed in columns: rows as a CSV's
            titled = not _WRITES_SENTENCES.search(" ".join(table.caption).rstrip(" :"))  # else text, no label
            # under other lines, a last line leading into the rows labels them ("Your places:"), not the
            # last of a list above ("AGM - Tue 20 May, 7.30pm")
            titled = titled and (len(table.caption) <= 1 or table.caption[-1].rstrip().endswith(":"))
            told = table.caption[:-1] if titled else table.caption  # a caption's last line labels the rows
            headings = [h for h in (title, message, section) if h]
            if told:
                yield headings, list_lines(told), number
            headings += [table.caption[-1].strip(" :")] if titled and table.caption else []
            yield from (([], table_row(PATH_SEPARATOR.join(headings), cells), number) for cells in table.rows)
            if table.after:
                yield headings, list_lines(table.after), number
            continue
        if len(lines) == 1 and is_heading(lines[0]):
            section, leading = lines[0].strip(" :"), lines[0].rstrip().endswith(":")
            continue
        label = None
        if len(lines) > 1 and _heads(lines[0], lines[1]):
            if lines[0].rstrip().endswith(":"):  # "Crew (4):" heads its own lines only
                label, lines = lines[0].strip(" :"), lines[1:]
            elif _hangs(lines[0], lines[1]):  # "BEGINNERS" over its indented results: those only
                section, label, lines = None, lines[0].strip(" :"), lines[1:]
            else:
                section, lines, led = lines[0].strip(" :"), lines[1:], None
        yield [h for h in (title, message, section, label) if h], list_lines(lines), number
        if led and all(line[:1].isspace() for line in lines):  # "Key times:" over an indented list
            section = None  # heads that list only, not the sign-off after it


def _led_on(paragraphs: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """The paragraphs, one that leads into the next with a colon ("… I shouldn't judge the
    Intermediate. Proposal:") joined to it, so the list it announces is read with it, as is a
    greeting ("Dear Mrs Ashgrove,"), no chunk of its own; a heading line ending in a colon ("Key
    times:") heads what follows instead."""
    joined: list[tuple[int, str, bool]] = []
    for number, text, ruled in paragraphs:
        greeted = joined and _greets(joined[-1][1]) and not _heading_line(text)
        if joined and not ruled and (_leads_on(joined[-1][1]) or greeted):
            joined[-1] = (joined[-1][0], f"{joined[-1][1]}\n{text}", joined[-1][2])
        else:
            joined.append((number, text, ruled))
    return joined


def _leads_on(paragraph: str) -> bool:
    """Whether a paragraph of sentences ends in a colon: what follows is what it announces (not a
    heading, nor a mail program's "On 10 Mar 2026, Dai Lee wrote:", which head what follows)."""
    return paragraph.rstrip().endswith(":") and bool(re.search(_SENTENCE_END, paragraph))


def _greets(paragraph: str) -> bool:
    """Whether a paragraph is a letter's greeting: a few words ending in a comma, opening with a word
    of greeting ("Dear Mrs Ashgrove,", "Morning all,") or names alone ("Des, Leonie,"), not its
    closing ("Kind regards,", "Warmly,": the signature after it is a section of its own), nor an
    address's line ("Flat 2, 14 Mill Lane,")."""
    line = paragraph.strip()
    said = line.rstrip(",").replace(",", " ").split()
    if "\n" in line or not line.endswith(",") or not said or len(said) > 5 or any(c.isdigit() for c in line):
        return False
    return said[0].casefold() in _GREETINGS or (
        all(word[:1].isupper() for word in said) and not _CLOSING.search(line)
    )


_GREETINGS = frozenset({"dear", "hi", "hello", "hey", "morning", "afternoon", "evening", "good", "greetings"})


def _heading_line(paragraph: str) -> bool:
    """Whether a paragraph opens with a line ending in a colon, which heads what follows ("Finance
    side is fine:" over its items): a greeting before it is left alone rather than take its place."""
    return paragraph.split("\n", 1)[0].rstrip().endswith(":")


_CLOSING = re.compile(
    r"\b(?:regards|wishes|thanks?|cheers|best|yours|sincerely|faithfully|love|warmly|respectfully)\b", re.I
)


def _opens_entry(line: str) -> bool:
    """Whether a line under a rule heads the entry it opens: a heading, or a longer line that does not
    end like a sentence, nor gives a field or an item ("Mon 3 Feb 2025 - committee meeting,
    community room, 7pm")."""
    text = line.strip()
    return is_heading(line) or (
        len(text) <= 2 * MAX_HEADING_CHARS
        and text[-1] not in ".!?;,:"
        and not _LABELLED.match(line)
        and not is_item(line)
    )


def _message_from(lines: list[str]) -> tuple[str, str] | None:
    """The subject and the heading an e-mail's header lines give the message after them ("From:
    Priya Nettleship <priya.n@example.org>", "Date: Tue, 3 Mar 2026 21:03", "Subject: Re: Swarm at
    Malby" → "Swarm at Malby", "From Priya Nettleship, Tue, 3 Mar 2026 21:03": what it is about, over
    who wrote it when): a thread's messages each have theirs, so a sign-off line ("Ossian") heads
    nothing after it; the subject is "" where none is given. None for lines that are no such header."""
    fields = dict(_HEADER.findall("\n".join(lines)))
    if wrote := _WROTE.match(lines[0].strip()) if lines else None:  # "On 10 Mar 2026, Dai Lee wrote:"
        return "", f"From {wrote['name']}, {wrote['date']}"
    if "From" not in fields or not ({"Date", "Sent"} & fields.keys()):
        return None
    sender = fields["From"].split("<")[0].strip(' "') or fields["From"]
    subject = _REPLY.sub("", fields.get("Subject", "")).strip()
    return subject, f"From {sender}, {fields.get('Date') or fields['Sent']}"


def _heads(line: str, following: str) -> bool:
    """Whether a paragraph's first line is a heading over the lines after it: not a list's first
    item, nor a line the next goes on with under a hanging indent (a label's lines are indented
    under it: "Crew (4):")."""
    hangs = _hangs(line, following) and not (line.rstrip().endswith(":") or _in_capitals(line))
    return is_heading(line) and not (is_item(line) and is_item(following)) and not hangs


def _in_capitals(line: str) -> bool:
    """Whether a line's words, up to any bracket, are in capitals ("SUBSCRIPTIONS 2026", "TEAS ROTA (1st
    XI home games)"): a heading, whatever is indented under it, never a sentence's words going on (a
    line led by a date or giving a time is a log's entry: "2025-11-24 08:30  *** INCIDENT ***")."""
    letters = [c for c in line.split("(")[0] if c.isalpha()]
    if not line.lstrip()[:1].isalpha() or _CLOCK.search(line):
        return False
    return len(letters) >= 3 and all(c.isupper() for c in letters)


_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")  # a time of day: "MON 08:30  PAGER TEST" is a log's entry


def _opening_title(block: list[str], paragraph: str, title: str | None, pdf_page: bool) -> str | None:
    """The title a text's first block of lines gives: a line on its own or with its subtitle (where no
    ``title`` is given), or lines wrapping one on a PDF's page ("Corvane Observatory - Report on
    History, Instruments and", "People", then "1. Foundation"); None when it is no title."""
    wrapped = len(block) > 1 and (pdf_page or block != paragraph.splitlines())
    if not (wrapped or title) and _subtitled(block):
        return " - ".join(line.strip(" :") for line in block)
    joined = " ".join(line.strip() for line in block)
    return joined.strip(" :") if is_title(joined) and (wrapped or (len(block) == 1 and not title)) else None


def _contact_at(block: list[str]) -> int:
    """Where a text's first lines turn from a name to its contact details ("Halden Rye Portraits",
    "Unit 3, The Old Tannery, Wistlecombe · 01632 960 731 · studio@haldenrye.co.uk"), which are text
    under the title, not a part of it; the block's length where they do not."""
    at = next((at for at, line in enumerate(block) if at and _CONTACT_LINE.search(line)), len(block))
    named = all(
        is_heading(line) and not is_item(line) and not _CONTACT_LINE.search(line) for line in block[:at]
    )
    return at if named else len(block)


# a line of contact details under a name: an e-mail address, or parts set apart by dots or bars
_CONTACT_LINE = re.compile(r"\S@\S|\s[\u00b7\u2022|]\s")


def _heads_fields(block: list[str]) -> bool:
    """Whether a text's first line is its title over the lines that follow it: over fields ("FERRIN
    NESS WEATHER STATION - SITE MAINTENANCE LOG", "Station ID: FN-07"), or in capitals over anything
    ("PENNACK VALLEY ALLOTMENT ASSOCIATION - RULES FOR PLOT HOLDERS", "Revised edition, adopted …")."""
    first, rest = block[0], block[1:]
    if not rest or not is_title(first) or is_item(first):
        return False
    return first.isupper() or all(is_item(line) for line in rest)


def _subtitled(block: list[str]) -> bool:
    """Whether a text's first lines are a title and its subtitle ("KESTREL ROW COMMUNITY WORKSHOP",
    "Members' Handbook and House Rules"): two heading lines, neither a field nor an item. Both name
    the file, so every section keeps them (not only the first, as a heading would be kept)."""
    return len(block) == 2 and all(is_heading(line) and not is_item(line) for line in block)


def _blocks(lines: list[str]) -> Iterator[list[str]]:
    """A paragraph's lines parted before each heading line inside it or closing it: a PDF page may
    lack blank lines ("… a tour of the dome.", "4. Discoveries", "The observatory's best known
    discovery …"), or have one only after a heading ("… closing time.", "Joining the library", "")."""
    start, padded = 0, [*lines, ""]
    for number in range(1, len(lines)):
        if _inner_heading(*padded[number - 1 : number + 2]):
            yield lines[start:number]
            start = number
    yield lines[start:]


def _inner_heading(before: str, line: str, after: str) -> bool:
    """Whether ``line``, between two lines of a paragraph, is a heading: short, not ending like a
    sentence, followed by a new sentence, and either numbered ("4. Discoveries", not within a numbered
    list) or after a sentence's end (not a list's item, nor a line of an address)."""
    if not is_heading(line) or after[:1].islower():
        return False
    if _NUMBERED.match(line):
        return not (is_item(before) or is_item(after))
    return not is_item(line) and before.rstrip()[-1:] in (".", "!", "?") and not _abbreviated(before)


def _abbreviated(line: str) -> bool:
    """Whether a line ends with an abbreviation's full stop ("… licence ref.", "Tel."): the next line
    goes on with what it names, and is no heading."""
    last = line.split()[-1].casefold() if line.split() else ""
    return last.endswith(".") and last[:-1] in _ABBREVIATED


def markdown_rows(text: str) -> tuple[str, set[str]]:
    """Markdown tables turned into one paragraph per row, ``column: value; …`` (a reader sees what
    each value means without the header row; a cell of codes the text explains with their meanings,
    :mod:`ingest.legend`), a two-column table without a header (:func:`_paired`) into one field
    paragraph per row, other text unchanged; and the set of those rows."""
    codes = legend(text)

    def cells(line: str) -> list[str]:
        return [c.strip() for c in line.strip().strip("|").split("|")]

    out, rows, header, paired = [], set(), None, False
    for line in text.splitlines():
        if not line.lstrip().startswith("|"):
            out.append(line)
            header = None
        elif header is None:
            paired = _paired(cells(line))
            header = [name or f"column {i + 1}" for i, name in enumerate(cells(line))]  # as a CSV's
            if paired:
                out.append(f"{header[0]}: {with_spelled_date(header[1])}\n")
        elif set(line.replace("|", "").strip()) <= set("-: "):
            continue
        elif paired:  # no header: each line a label and its value, a paragraph of its own
            label, value = [*cells(line), ""][:2]
            value = with_meanings(with_spelled_date(value), codes) if value else ""
            if label or value:
                out.append((f"{label}: {value}" if label and value else label or value) + "\n")
        else:
            values = zip(header, cells(line), strict=False)
            row = "; ".join(f"{h}: {with_meanings(with_spelled_date(v), codes)}" for h, v in values if v)
            out.append(row + "\n")
            rows.add(row)
    return "\n".join(out), rows


def _paired(header: list[str]) -> bool:
    """Whether a table's first row is a label and its value, not a header: two cells, the second a
    figure other than a year and no word but a month's or a day's ("| Quotation reference |
    Q-26-0417 |", "| Date | 9 March 2026 |", not "| Membership | 2025/26 fee |"); a Word or web
    page's table of a form's fields has no header row."""
    worded = [w for w in re.findall(r"[^\W\d_]{3,}", header[1]) if calendar(w.casefold()) is None]
    return (
        len(header) == 2
        and all(header)
        and any(c.isdigit() for c in header[1])
        and not _YEAR.fullmatch(header[1])
        and not worded  # "2025/26 fee", "Under 16": words of a column's name
    )


_YEAR = re.compile(r"(?:19|20)\d\d")


def markdown_sections(text: str, name: str) -> Iterator[tuple[list[str], str]]:
    """Markdown sections with their heading paths (markup such as ``**bold**`` and links, rules and
    quote marks removed); a table's row written whole as a table row labelled with its heading path
    (or the file's ``name``), as a CSV file's rows are, so it is looked up and said as one; a
    question on a line of its own (an FAQ's, a web page's ``<summary>``) leading its answer, a list's
    opening line ("… as follows:") its items; a lone short line before the first heading heading
    every section."""
    splitter = MarkdownHeaderTextSplitter([("#", "1"), ("##", "2"), ("###", "3"), ("####", "4")])
    text, data_rows = data_blocks(text)
    text = _QUOTED.sub("", _RULE.sub("", text))  # rules part nothing the headings do not; ">" marks
    text, rows = markdown_rows(_MARKUP.sub(lambda m: m.group(1) or m.group(2) or "", text))
    rows |= data_rows
    sections = splitter.split_text(text)
    title = _lone_title(sections[0]) if sections and sections[0].page_content.strip() not in rows else None
    for section in sections[1:] if title else sections:
        path = [section.metadata[level] for level in "1234" if section.metadata.get(level)]
        path = [title, *path] if title else path
        leading = ""  # a question or a list's opening on a line of its own: it leads what follows
        for paragraph in re.split(r"\s*\n\s*\n\s*|  \n", section.page_content):
            if paragraph.strip() in rows:
                if leading:  # a table's opening line: the rows say what they are on their own
                    yield path, leading
                    leading = ""
                yield [], (PATH_SEPARATOR.join(path) or name) + ROW_SEPARATOR + paragraph.strip()
            elif _LEADING_LINE.fullmatch(paragraph.strip()) and not leading:
                leading = list_lines([paragraph.strip()])
            elif paragraph.strip():
                yield path, " ".join(filter(None, [leading, list_lines(paragraph.splitlines())]))
                leading = ""
        if leading:
            yield path, leading


def _lone_title(section: Document) -> str | None:
    """The one short line a document opens with before its first heading, when nothing else comes
    before that heading: a web page's site name over its "Plan your visit", which then heads every
    section (alone, it was a chunk no question could use)."""
    text = section.page_content.strip()
    if section.metadata or not text or "\n" in text or text[-1] in ".!?:;,":
        return None
    return text if len(text.split()) <= _TITLE_WORDS and not set(text) & set("|>/") else None  # no trail


def _as_markdown(path: Path) -> str:
    """The file's text as Markdown: a Markdown file as it is, a web page or Word file converted."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return docx_markdown(path)
    if suffix in (".html", ".htm"):
        return html_markdown(_text_bytes(path))
    return _utf8(path)


def sections(path: Path) -> Iterator[tuple[list[str], str, dict]]:
    """The file's text as (heading path, text, extra metadata) pieces, in order."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise SourceError(f"{path}: no such file")
    if suffix == ".pdf":
        title, pages, rows = pdf_pages(path)
        for headings, text, number in pdf_sections(pages, title, frozenset(rows)):
            yield headings, text, {"page": number}
    elif suffix in TABLE_SUFFIXES:
        for row in csv_rows(path):
            yield [], row, {}
    elif suffix in SPREADSHEET_SUFFIXES:
        for sheet, title, cells in xlsx_rows(path):  # a workbook's one sheet goes unnamed, as a CSV's
            label = PATH_SEPARATOR.join(part for part in (path.name, sheet, title) if part)
            noted = [value for column, value in cells if column == NOTE]
            text = f"{label}: {noted[0]}" if noted else table_row(label, cells)  # a note is prose
            yield [], text, {"sheet": sheet} if sheet else {}
    elif suffix in MARKDOWN_SUFFIXES:
        for headings, text in markdown_sections(_as_markdown(path), path.name):
            yield headings, text, {}
    elif suffix == ".eml":
        for headings, text in text_sections(eml_text(path)):
            yield headings, text, {}
    else:
        for headings, text in text_sections(_utf8(path)):
            yield headings, text, {}


def chunk_document(source: str, number: int, text: str, extra: dict | None = None) -> Document:
    """The ``number``-th document of ``source`` (0-based), keyed by the two: a changed file updates
    its changed positions."""
    metadata = {"source": source, "chunk": number, **(extra or {})}
    metadata["content_hash"] = content_hash(text, metadata)
    return Document(id=document_id(source, f"chunk {number}"), page_content=text, metadata=metadata)


def split_text(text: str) -> list[str]:
    """``text`` in chunks of about :data:`CHUNK_CHARS`, cut between paragraphs, lines or sentences
    before words."""
    return _SPLITTER.split_text(text)


def iter_chunks(path: Path) -> Iterator[Document]:
    """The chunks of a text source as Documents with stable ids; a SourceError when it holds no text."""
    number, rows = 0, path.suffix.lower() in (*TABLE_SUFFIXES, *SPREADSHEET_SUFFIXES)
    for headings, text, extra in sections(path):
        pieces = [text] if rows else split_text(text)
        for piece in pieces:
            if not (chunk := piece.strip()):
                continue
            yield chunk_document(path.name, number, heading_path(headings, chunk), extra)
            number += 1
    if number == 0:
        raise SourceError(f"{path.name}: no text found (an empty file, or a PDF of scanned images)")
