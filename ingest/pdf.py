"""A PDF's pages as plain text that keeps what the page shows: its tables' columns, its paragraphs.

pypdf's plain extraction runs a table's cells together ("DVDs 7 days 4 1 £1.80"), so no reader can
tell the loan period from the number of items, and it drops the gaps between paragraphs. Its layout
mode keeps the page's spacing; from it a table is found as three or more lines whose cells stand
apart by wide gaps, and written the way a CSV's rows are: with a header line, each row its own
``column: value; …`` line (:data:`ROWS` lists them, so a row becomes its own document); a two-column
table without a header ("Monday      9:30 am - 5:30 pm") as ``Monday: 9:30 am - 5:30 pm`` lines. A line
that opens or closes most pages alike ("Leaflet - page 2 of 3") is a running header or footer and is
left out. Example::

    title, pages, rows = pdf_pages(Path("leaflet.pdf"))
    pages[1]   # '… Loan periods and allowances\\n\\nItem type: DVDs; Loan period: 7 days; …\\n\\n…'
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from common.errors import SourceError

_GAP = re.compile(r"\s{3,}")  # between a table's cells on a laid-out line; words part by one or two
_CELL = re.compile(r"\S+(?:\s{1,2}\S+)*")  # a cell's words, where it stands
_FILE_NAME = re.compile(r"^[\w.-]+\.(?:html?|pdf|docx?|odt|rtf|txt|md|xlsx?|pptx?)$", re.IGNORECASE)
_MIN_TABLE_LINES = 3  # a header and two rows, or three label-value lines
_TAIL_CHARS = 30  # the longest end of a cell a page break may carry to the next page
_STACKED_LINES = 4  # the most lines one row's wrapped cells take
_ASIDE = 2  # characters a cell may stand off its column's start
_REBUILT_WIDTH = 40  # a rebuilt table's column: wider than most cells, alike on every page


def pdf_pages(path: Path) -> tuple[str | None, list[str], set[str]]:
    """A PDF's title (from its metadata, if any), the text of each page, and the table rows written
    in it as lines of their own (see the module's docstring)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise SourceError(f"{path.name}: the PDF is encrypted; save an unprotected copy")
        title = (reader.metadata or {}).get("/Title")
        laid_out = [
            _mended(p.extract_text(extraction_mode="layout") or "", p.extract_text() or "")
            for p in reader.pages
        ]
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise SourceError(f"{path.name}: not a readable PDF ({exc.__class__.__name__}: {exc})") from exc
    rows: set[str] = set()
    pages, carried = [], []
    for lines in _without_running_lines(laid_out):
        text, carried = _page_text(_continued(_unstacked(lines), carried), rows)
        pages.append(text)
    if pages and carried[1:]:  # a header and a row the last page ends with: lines, as any short table's
        pages[-1] += "\n" + "\n".join(" ".join(line.split()) for line in carried)
    return _title(title), pages, rows


def _title(title: object) -> str | None:
    """The metadata's title, unless it is none or a file's name: a browser prints a page without a
    title of its own under its file's name ("cattery.html"), which names nothing for a reader."""
    text = str(title or "").strip()
    return None if not text or _FILE_NAME.match(text) else text


def _mended(laid_out: str, plain: str) -> str:
    """A laid-out page with its ligatures spelt out ("ﬁrst") and its words whole again where the
    layout parted one at a kerned gap ("jour      ney.", "e   xample"): two pieces of letters are one
    word where the page's plain text writes them joined and not both alone (so "in to" stays apart,
    and a table's cells the plain text runs together, "wash£4.50", stay cells)."""
    laid_out, plain = laid_out.translate(_LIGATURES), plain.translate(_LIGATURES)
    said = set(plain.split())
    return "\n".join(_rejoined(line, said) for line in laid_out.splitlines())


def _rejoined(line: str, said: set[str]) -> str:
    """``line`` with each two pieces the plain text writes as one word joined (see :func:`_mended`)."""
    pieces = re.findall(r"\S+|\s+", line)
    out: list[str] = []
    for piece in pieces:
        if len(out) >= 2 and _word_piece(out[-2]) and _word_piece(piece):
            joined = out[-2] + piece
            if out[-1].isspace() and joined in said and not (out[-2] in said and piece in said):
                out[-2:] = [joined]
                continue
        out.append(piece)
    return "".join(out)


def _word_piece(piece: str) -> bool:
    """Whether ``piece`` is letters (a closing stop or comma aside): a word's part, no table cell."""
    return piece.rstrip(".,;:!?)").isalpha()


_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"})


def _continued(lines: list[str], carried: list[str]) -> list[str]:
    """A page's lines, with ``carried`` (the header of a table the page before ended with, and the
    row it had room for, if any) put over them where the page opens with rows standing under its
    columns, or with as many cells as it names (three or more: a page laid out a few characters aside):
    a table going on over a page, unless the page writes the header again itself. A short line over
    such rows, the end of a cell the page break cut off ("Units 3-7" of "Trelask Business Park,"), is
    let go: it belongs to no row here. Over a page that goes on otherwise, a carried header alone is
    let go, and one with its row are lines."""
    written = [at for at, line in enumerate(lines) if line.strip()]
    first = lines[written[0]] if written else ""
    if not carried:
        return lines
    if _cells(first) == _cells(carried[0]):  # the page repeats the header: the row goes under it
        return [*lines[: written[0] + 1], *carried[1:], *lines[written[0] + 1 :]]
    header = carried[0]
    if len(written) > 1 and _tail(first) and len(_cells(lines[written[1]])) == len(_cells(header)) >= 3:
        return [*carried, *lines[written[1] :]]  # the last row's cell's end, cut off by the page: let go
    as_wide = len(_cells(first)) == len(_cells(header)) >= 3
    continued = as_wide or _aligned(first, _starts(header))
    return [*carried, *lines] if continued or carried[1:] else lines  # a header alone heads nothing


def _tail(line: str) -> bool:
    """Whether a page's first line reads as the end of a cell the page before cut off: one short cell."""
    return len(_cells(line)) == 1 and len(line.strip()) <= _TAIL_CHARS


def _unstacked(lines: list[str]) -> list[str]:
    """A page's lines with each table whose rows stand apart by blank lines, their cells wrapped over
    several lines above and below the row's middle line ("Crannock" / "Primary School  Rooftop  60"
    / "governors"), written one line per row, each cell whole ("Crannock Primary School governors")
    and its columns a wide gap apart; the header's lines likewise ("Capacity" over "(kWp)"). So is
    the header and the one row a page has room for at its foot: the table goes on over the page."""
    groups = _row_split(lines, _groups(lines))
    out: list[str] = []
    done = at = 0
    while at < len(groups):
        end = _stacked_run(lines, groups, at)
        footed = end == len(groups) and at > 0 and _header_over(lines, *groups[at - 1 : at + 1])
        if (end - at >= _MIN_TABLE_LINES or footed) and any(b - a > 1 for a, b in groups[at - footed : end]):
            head = (
                at - 1
                if at and groups[at - 1][0] >= done and _header_over(lines, *groups[at - 1 : at + 1])
                else at
            )
            out += (
                lines[done : groups[head][0]]
                + _rebuilt(lines, groups[head:at])
                + _rebuilt(lines, groups[at:end])
            )
            done, at = groups[end - 1][1], end
        else:
            at += 1
    return out + lines[done:]


def _header_over(lines: list[str], group: tuple[int, int], row: tuple[int, int]) -> bool:
    """Whether a group of lines is a table's header, its names wrapped over several lines ("Max" /
    "users at" / "once"), over a group that is the table's first row: as many cells as that row."""
    group_lines, starts = lines[slice(*group)], _starts(lines[group[0]])
    return (
        1 < len(group_lines) <= _STACKED_LINES
        and _has_header(group_lines[0])
        and len(_cells(group_lines[0])) == len(_cells(_widest(lines, row)))
        and all(_under(line, starts) for line in group_lines)
    )


def _groups(lines: list[str]) -> list[tuple[int, int]]:
    """The (start, end) of each run of lines with text between blank lines."""
    groups, start = [], None
    for at, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = at
        elif not line.strip() and start is not None:
            groups.append((start, at))
            start = None
    return groups


def _row_split(lines: list[str], groups: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``groups`` with each that holds several table rows set with no blank line between them cut
    into its rows (:func:`_rows_of`), where a group beside it is rows too: a table whose rows mostly
    stand apart ("EN-03  Logo set-up …  Logo kept on file for 3" / "years" / "EN-04  Glass …" /
    "engraving" between rows set apart). A table set with no blank line at all is left whole, to be
    read line by line."""
    rows: list[list[tuple[int, int]]] = []
    for at, group in enumerate(groups):
        rows.append(_rows_of(lines, group, opens=not (at and rows[at - 1])))
    out: list[tuple[int, int]] = []
    for at, group in enumerate(groups):
        beside = any(rows[n] for n in (at - 1, at + 1) if 0 <= n < len(groups))
        out += rows[at] if rows[at] and beside else [group]
    return out


def _rows_of(lines: list[str], group: tuple[int, int], opens: bool = False) -> list[tuple[int, int]]:
    """The table rows a group of lines holds, each cut before its line of two or more cells that
    opens in the first column (a row may leave a later cell empty: "Cedar Room  PA system"), or []
    where a piece is no row (:func:`_row_group`), or the group's first line opens none (a heading
    over the table, a cell wrapped above its row's line). A group that ``opens`` a table (no rows
    before it) and reads as one row whose first line names every column ("Code  Extra  Price") is
    the header over its first row, set with no blank line between them."""
    widest = _widest(lines, group)
    first = _starts(widest)[0]
    opening = [
        at
        for at in range(*group)
        if len(_cells(lines[at])) >= 2 and abs(_starts(lines[at])[0] - first) <= _ASIDE
    ]
    head = lines[group[0]]
    headed = opens and opening[1:] and _has_header(head) and len(_cells(head)) == len(_cells(widest))
    if _row_group(lines, group) and not headed:
        return [group]
    if len(_cells(widest)) < 3 or not opening or opening[0] > group[0]:
        return []
    pieces = list(zip(opening, [*opening[1:], group[1]], strict=True))
    return pieces if all(_row_group(lines, piece) for piece in pieces) else []


def _row_group(lines: list[str], group: tuple[int, int]) -> bool:
    """Whether a run of lines between blank ones reads as one table row: two or more cells on a line,
    at most :data:`_STACKED_LINES` lines, no column given two values."""
    group_lines, widest = lines[slice(*group)], _widest(lines, group)
    return (
        len(_cells(widest)) >= 2
        and len(group_lines) <= _STACKED_LINES
        and not _values_stacked(group_lines, _starts(widest))
    )


def _stacked_run(lines: list[str], groups: list[tuple[int, int]], at: int) -> int:
    """Where a run of row groups from ``at`` ends: each group of at most four lines, one of two or
    more cells (no more than the first group's), every line standing under the first group's
    columns, and no column given two values (two numbers are two rows, never one wrapped cell)."""
    starts = _starts(_widest(lines, groups[at]))
    end = at
    while end < len(groups):
        group = lines[slice(*groups[end])]
        widest = _widest(lines, groups[end])
        if not (2 <= len(_cells(widest)) <= len(starts) and len(group) <= _STACKED_LINES):
            break
        if not all(_under(line, starts) for line in group) or _values_stacked(group, starts):
            break
        end += 1
    return end


def _values_stacked(group: list[str], starts: list[int]) -> bool:
    """Whether two lines of a group each give a value (a number, an amount) under one column; a cell
    that ends in a joining mark goes on in the line below, one value ("3.0 \u00d7" / "2.4 m")."""
    placed: Counter[int] = Counter()
    open_ended: set[int] = set()
    for line in group:
        for column, cell in _placed(line, starts):
            if _VALUE.search(cell) and column not in open_ended:
                placed[column] += 1
            (open_ended.add if _JOINER.search(cell) else open_ended.discard)(column)
    return any(count > 1 for count in placed.values())


def _widest(lines: list[str], group: tuple[int, int]) -> str:
    """The line of a group with the most cells (the first of those)."""
    return max(lines[slice(*group)], key=lambda line: len(_cells(line)))


def _rebuilt(lines: list[str], groups: list[tuple[int, int]]) -> list[str]:
    """One laid-out line per group, each column's words from all its lines joined, the columns set
    a wide gap apart at the same places on every line (and on the next page's, where the table goes
    on under the header carried over: each column as wide, unless a cell is wider)."""
    if not groups:
        return []
    starts = _starts(_widest(lines, groups[0]))
    rows = [
        _join({}, [cell for line in lines[slice(*group)] for cell in _placed(line, starts)])
        for group in groups
    ]
    widths = [
        max(_REBUILT_WIDTH, *(len(row.get(column, "")) + 3 for row in rows)) for column in range(len(starts))
    ]
    return [
        "".join(row.get(column, "").ljust(width) for column, width in enumerate(widths)).rstrip()
        for row in rows
    ]


def _without_running_lines(pages: list[str]) -> list[list[str]]:
    """Each page's lines less those that open most pages alike, or close them alike, numbers aside (a
    running header or footer: "Leaflet - page 2 of 3"); not a table's row that closes one page and
    one like it that opens the next ("PT-310 … £38.00" and "PT-311 … £52.00")."""
    lines = [[line.rstrip() for line in page.splitlines()] for page in pages]
    running: set[str] = set()
    for end in (0, -1):
        shapes = Counter(_shape(written[end]) for page in lines if (written := _written(page)))
        running |= {shape for shape, count in shapes.items() if len(pages) > 1 and count * 2 > len(pages)}
    return [[line for line in page if _shape(line) not in running] for page in lines]


def _written(page: list[str]) -> list[str]:
    """A page's lines with text."""
    return [line for line in page if line.strip()]


def _shape(line: str) -> str:
    """A line as a running header or footer repeats it: its words, any number alike."""
    return re.sub(r"\d+", "#", " ".join(line.split()))


def _page_text(lines: list[str], rows: set[str]) -> tuple[str, list[str]]:
    """A laid-out page as plain text: tables written as rows (each a paragraph, added to ``rows``) or
    label lines, each other line without the page's spacing; and the header of a table the page
    ends with (or of one whose rows all stand on the next, but for one it had room for, which goes
    with it), which may go on over the next."""
    out: list[str] = []
    at, carried = 0, []
    while at < len(lines):
        run = _table_run(lines, at) or 1
        table = [line for line in lines[at : at + run] if line.strip()]
        rest = [line for line in lines[at + 1 :] if line.strip()]
        short = run == 1 and table and _has_header(table[0]) and len(rest) < _MIN_TABLE_LINES - 1
        if short and all(_beneath(table[0], row) for row in rest):  # it heads the next page's rows
            return "\n".join(out), [table[0], *rest]
        last = not any(line.strip() for line in lines[at + run :])
        if not table:
            out.append("")
        elif run == 1:
            carried = []
            out.append(" ".join(table[0].split()))
        elif _has_header(table[0]):
            written = _rows(table)
            rows.update(written)
            out.extend(line for row in written for line in ("", row, ""))
            carried = [table[0]] if last else []
        else:
            carried = []
            out.extend(
                "; ".join(cells) if len(cells) > 2 else ": ".join(cells) for cells in map(_cells, table)
            )
        at += run
    return "\n".join(out), carried


def _beneath(header: str, line: str) -> bool:
    """Whether a line reads as a row of the table ``header`` heads: under its columns, or as wide."""
    return _aligned(line, _starts(header)) or len(_cells(line)) == len(_cells(header))


def _cells(line: str) -> list[str]:
    return _GAP.split(line.strip()) if line.strip() else []


def _starts(line: str) -> list[int]:
    """Where each cell of a laid-out line starts."""
    return [m.start() for m in _CELL.finditer(line)]


def _aligned(line: str, starts: list[int]) -> bool:
    """Whether a line of two or more cells has each start where a column of ``starts`` does."""
    return len(_cells(line)) >= 2 and _under(line, starts)


def _under(line: str, starts: list[int]) -> bool:
    """Whether each cell of a laid-out line starts where a column of ``starts`` does."""
    return all(min(abs(a - s) for s in starts) <= 2 for a in _starts(line))


def _table_run(lines: list[str], at: int) -> int:
    """How many lines from ``at`` make a table: lines of two or more cells each, no more than the
    first has, maybe with blank lines between rows that stand under its columns; 0 when fewer than
    :data:`_MIN_TABLE_LINES` lines have cells."""
    width, starts = len(_cells(lines[at])), _starts(lines[at])
    end = count = at
    while True:
        gap = next((n for n in range(end, len(lines)) if lines[n].strip()), len(lines))
        row = lines[gap] if gap < len(lines) else ""
        if gap == end > at and (_continues(row, starts) or _wrapped_first(lines, gap, starts)):
            end += 1  # the row above's cells go on: part of it, no row of its own
            continue
        first = count == at + 1 and _has_header(lines[at])  # the row under a header
        if not 2 <= len(_cells(row)) <= width or (gap > end and not _spaced_row(row, starts, width, first)):
            break
        end, count = gap + 1, count + 1
    return end - at if width >= 2 and count - at >= _MIN_TABLE_LINES else 0


def _spaced_row(line: str, starts: list[int], width: int, first: bool = False) -> bool:
    """Whether a line after a blank one still belongs to the table: its cells stand under the first
    line's columns, or it has as many cells as that line, three or more, and is no header of a table of
    its own (a proportional font's layout sets a row's cells a few characters off its header's:
    "Code" over "PS-101"); the ``first`` row under a header may read as one ("A  Up to 8 miles  Free")."""
    return _aligned(line, starts) or (len(_cells(line)) == width >= 3 and (first or not _has_header(line)))


def _has_header(line: str) -> bool:
    """Whether a table's first line names its columns: three or more cells, none a value (a number,
    an amount, a time: "7 days" names a column, "£6 / £8" and "9:30" are values)."""
    cells = _cells(line)
    return len(cells) >= 3 and not any(_VALUE.search(cell) for cell in cells)


# a cell that holds a value, no column's name: a bare number, an amount, a time, a decimal
_VALUE = re.compile(r"^[\d,.:/\s-]+$|[£$€%]|\d[:.]\d")
# the end of a cell that goes on in the line below: an operator, a dash after a number, "to", "and" ("3.0
# \u00d7", "10 to"; not a lone "-", an empty cell's mark)
_JOINER = re.compile(r"(?:[\u00d7*+/]|(?<=\d)\s?[\u2013\u2014-]|(?<!\S)(?:x|to|and|&))$", re.IGNORECASE)
_DASHED = re.compile(r"\w\u2013$")  # a word broken at its en dash: "Mon\u2013" of "Mon\u2013Thu"


def _rows(lines: list[str]) -> list[str]:
    """A table's rows under its header line, each as ``column: value; …``; a line that carries on the
    cells above (:func:`_continues`: words wrapped within their columns) is joined to them."""
    header = _cells(lines[0])
    starts = _starts(lines[0])  # not ``index``: two columns may share a name ("Minimum", "Minimum")
    rows: list[dict[int, str]] = [dict(enumerate(header))]
    for line in lines[1:]:
        if _continues(line, starts) or _in_first(line, starts):  # a wrapped cell
            _join(rows[-1], _placed(line, starts))
        else:
            rows.append(_row(header, starts, line))
    names = rows[0]
    return ["; ".join(f"{names[c]}: {row[c]}" for c in sorted(row)) for row in rows[1:]]


def _continues(line: str, starts: list[int]) -> bool:
    """Whether a laid-out line carries on the row above, its cells' words wrapped within their
    columns, each cell where one starts: the first column empty and at most half the columns
    written, or some column empty and every cell going on in lower case ("litres" and "outlet" under
    "Septic tank empty, up to 4,500" and "Full empty, visual check of baffles and")."""
    cells = _cells(line)
    indent = len(line) - len(line.lstrip())
    if cells and all(cell[:1].islower() for cell in cells) and len(cells) < len(starts):
        return _under(line, starts)
    return 1 <= len(cells) <= max(1, len(starts) // 2) and indent > starts[0] + 2 and _under(line, starts)


def _wrapped_first(lines: list[str], at: int, starts: list[int]) -> bool:
    """Whether line ``at``, straight under a row, carries on that row's first cell
    (:func:`_in_first`), going on in lower case or followed straight by the next row ("Garden
    suite (extra-long run, window" over "shelf)")."""
    line = lines[at] if at < len(lines) else ""
    after = lines[at + 1] if at + 1 < len(lines) else ""
    return _in_first(line, starts) and (line.lstrip()[:1].islower() or _aligned(after, starts))


def _in_first(line: str, starts: list[int]) -> bool:
    """Whether a laid-out line is one cell within the first column: where it starts, ending before
    the second."""
    if len(_cells(line)) != 1 or len(starts) < 2:
        return False
    return abs(_starts(line)[0] - starts[0]) <= 2 and len(line.rstrip()) <= starts[1] - 2


def _placed(line: str, starts: list[int]) -> list[tuple[int, str]]:
    """Each cell of a line with the number of the column that starts nearest to it."""
    return [(_nearest(starts, m.start()), m.group()) for m in _CELL.finditer(line)]


def _row(header: list[str], starts: list[int], line: str) -> dict[int, str]:
    """One row's cells by column number: a row with every cell zipped with the header; one cut where
    each column starts, when a word starts there (cells a narrow gap apart: "two dwellings  Object");
    else each cell under the column that starts nearest to it (a row with empty cells)."""
    cells = _cells(line)
    if len(cells) == len(header):
        return dict(enumerate(cells))
    if cut := _cut(line, starts):
        return {column: cell for column, cell in enumerate(cut) if cell}
    return _join({}, _placed(line, starts))  # two cells nearest one column: both kept


def _join(row: dict[int, str], cells: list[tuple[int, str]]) -> dict[int, str]:
    """``row`` with each (column, cell) added after what its column holds (straight after a word
    broken at its hyphen: "Ground-" and "mount" as "Ground-mount")."""
    for column, cell in cells:
        held = row.get(column, "")
        joined = held.endswith("-") or _DASHED.search(held)  # "Ground-" / "mount", "Mon\u2013" / "Thu"
        row[column] = f"{held}{cell}" if joined else f"{held} {cell}".strip()
    return row


def _cut(line: str, starts: list[int]) -> list[str]:
    """A line cut where each column starts, or none where a cut would split a word or a piece would
    hold two cells."""
    if any(0 < at < len(line) and line[at - 1] != " " for at in starts):
        return []
    cut = [line[a:b].strip() for a, b in zip(starts, [*starts[1:], len(line)], strict=True)]
    return cut if not any(_GAP.search(piece) for piece in cut) else []


def _nearest(starts: list[int], at: int) -> int:
    """The number of the column whose start is nearest ``at``."""
    return min(range(len(starts)), key=lambda i: abs(starts[i] - at))
