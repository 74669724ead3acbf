"""Web pages (.html, .htm) and Word documents (.docx) as Markdown, so they are chunked as Markdown is.

Headings become the heading path each chunk carries and tables become one line per row
(:func:`ingest.text.markdown_sections`), whatever format the file came in. HTML goes through
``markdownify`` (on BeautifulSoup) after what a reader never sees is removed: scripts, styles, the
page's head and navigation. A Word file is read with ``python-docx``: "Heading N" and "Title"
paragraphs become headings (under a Title, "Heading 1" is one level down, so every section carries
the title as Word shows it: above them), list paragraphs list items, tables Markdown tables. A page's
``<title>`` (a Word file's title property) heads the text when it has no top heading of its own.
Example::

    html_markdown(b"<h1>Fees</h1><table><tr><th>Item</th><th>Price</th></tr>...")
    # '# Fees\\n\\n| Item | Price |\\n| --- | --- |\\n...'
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import TYPE_CHECKING
from zipfile import BadZipFile

from common.errors import SourceError
from ingest.separators import PATH_SEPARATOR

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, Tag

# what a browser does not show as the page's text
_HIDDEN = ["head", "script", "style", "noscript", "template", "nav", "svg", "iframe"]
_HEADING_STYLE = re.compile(r"^(?:Heading (\d)|Title)$")
_MAX_SPAN = 50  # the most rows or columns a header cell is read to span (a page's colspan="1000")


def _titled(markdown: str, title: str | None) -> str:
    """``markdown`` under ``title`` as its top heading, unless it has one already."""
    title = " ".join((title or "").split())
    if not title or re.search(r"^# ", markdown, re.MULTILINE):
        return markdown
    return f"# {title}\n\n{markdown}"


def html_markdown(data: bytes | str) -> str:
    """The visible text of an HTML page as Markdown (BeautifulSoup finds the encoding of bytes; text
    already decoded, as an e-mail's part is, is read as it is)."""
    from bs4 import BeautifulSoup
    from markdownify import MarkdownConverter

    soup = BeautifulSoup(data, "html.parser")
    title = soup.title.get_text() if soup.title else None
    for element in soup(_HIDDEN):
        element.decompose()
    _site_above_page(soup, title)
    _footers_under_page(soup, title)
    for table in soup.find_all("table"):
        _header_rows_joined(soup, table)
    markdown = MarkdownConverter(heading_style="ATX", bullets="-").convert_soup(soup)
    return _titled(markdown, title)


def _site_above_page(soup, title: str | None) -> None:
    """The site's name (from the page's ``<title>``) put before the page's top heading when that does
    not name it: a page titled "Prices | Brenmoor Wash & Press" under "Prices & opening hours" is
    "Brenmoor Wash & Press › Prices & opening hours", so every chunk says whose prices they are."""
    top, site = soup.find("h1"), _site_name(title or "")
    if top is None or not site:
        return
    heading = " ".join(top.get_text().split())
    shown = {" ".join(text.split()) for text in top.find_all_previous(string=True)}  # a logo's
    if heading and site not in shown and not _capitalized(heading) & _capitalized(site):
        top.string = f"{site}{PATH_SEPARATOR}{heading}"


def _capitalized(text: str) -> set[str]:
    """The capitalized words of ``text``: the names it says ("Hollowmere" of "Hollowmere Veg Box
    Scheme"; a page's "Our rooms" says none of "Kestrel Moor Escape Rooms")."""
    return set(re.findall(r"\b[A-Z]\w+", text))


def _site_name(title: str) -> str:
    """The site's name in a page's ``<title>``: after its last bar ("Visit us | Carrowmere Tin Mine
    Museum"), without a tagline after a dash ("Brenmoor Wash & Press - Laundrette and Dry
    Cleaners"); "" for a title without a bar (its first part may be the page's, not the site's)."""
    if "|" not in title:
        return ""
    site = title.rsplit("|", 1)[1]
    return " ".join(re.split(r"\s[\u2013\u2014-]\s", site)[0].split())


def _footers_under_page(soup, title: str | None) -> None:
    """Each page-wide ``<footer>`` (not one inside an article or section) put under the page's top
    heading again: its address and telephone are the whole page's, not the last section's ("Paying ›
    Pick Your Own opens 20 June!" of a promo box before it)."""
    top = soup.find("h1")
    name = " ".join((top.get_text() if top else title or "").split())
    if not name:
        return
    for footer in soup.find_all("footer"):
        if footer.find_parent(["article", "section", "aside"]) is None:
            heading = soup.new_tag("h1")
            heading.string = name
            footer.insert(0, heading)


def _header_rows_joined(soup: BeautifulSoup, table: Tag) -> None:
    """A table headed over several rows ("Screen replacement" spanning "Standard" and "Original") headed
    by one row instead, each column by its labels from the top down ("Screen replacement, Original"):
    Markdown has one header row, and a second one would be read as the first row of values. Only a
    header whose cells span rows or columns is one of several rows (a table of header cells only, or
    a row's own header cells, are rows of values)."""
    rows = table.find_all("tr")
    leading = list(itertools.takewhile(lambda row: row.find("td") is None and row.find("th"), rows))
    titles = list(itertools.takewhile(lambda row: len(_cells(row)) == 1, leading))  # across the top
    header = list(itertools.takewhile(lambda row: len(_cells(row)) > 1, leading[len(titles) :]))
    for row in titles if header else []:  # the table's title, no column's label
        title = soup.new_tag("p")
        title.string = " ".join(row.extract().get_text().split())
        table.insert_before(title)
    if len(header) < 2 or not any(_span(cell, "colspan") > 1 for row in header for cell in _cells(row)):
        return  # (a one-cell row under the header is a section's: "Pastries")
    labels = _header_grid(header)
    joined = header[0]
    joined.clear()
    for column in range(max(c for _, c in labels) + 1):
        said = dict.fromkeys(labels.get((at, column), "") for at in range(len(header)))
        cell = soup.new_tag("th")
        cell.string = ", ".join(text for text in said if text)
        joined.append(cell)
    for row in header[1:]:
        row.decompose()


def _header_grid(header: list[Tag]) -> dict[tuple[int, int], str]:
    """Each (row, column) of a header's grid → the text of the cell that covers it, a cell spanning
    rows and columns covering each of them."""
    labels: dict[tuple[int, int], str] = {}
    for at, row in enumerate(header):
        column = 0
        for cell in _cells(row):
            while (at, column) in labels:
                column += 1
            down, across = min(_span(cell, "rowspan"), len(header) - at), _span(cell, "colspan")
            text = " ".join(cell.get_text().split())
            labels |= {(at + r, column + c): text for r in range(down) for c in range(across)}
            column += across
    return labels


def _cells(row: Tag) -> list[Tag]:
    """A table row's own cells, headers and values."""
    return row.find_all(["th", "td"], recursive=False)


def _span(cell: Tag, attribute: str) -> int:
    """How many rows or columns a cell spans (an unreadable span is one; none beyond
    :data:`_MAX_SPAN`)."""
    span = str(cell.get(attribute, "1")).strip()
    return min(int(span), _MAX_SPAN) if span.isdigit() and int(span) > 0 else 1


def docx_markdown(path: Path) -> str:
    """A Word document's paragraphs and tables, in order, as Markdown."""
    import docx
    from docx.opc.exceptions import OpcError
    from docx.table import Table

    try:
        document = docx.Document(str(path))
        blocks = list(document.iter_inner_content())
    except (OpcError, BadZipFile, KeyError, ValueError) as exc:
        raise SourceError(f"{path.name}: not a readable Word document ({exc.__class__.__name__})") from exc
    styles = [block.style.name if block.style else "" for block in blocks]
    below = int("Title" in styles)  # the levels a heading goes down: a Title heads the "Heading 1"s
    markdown = ""
    for block, style in zip(blocks, styles, strict=True):
        if isinstance(block, Table):
            markdown += "\n\n" + _table(block)
        elif text := " ".join(block.text.split()):
            line = _paragraph(text, style, below)
            # a list's items on consecutive lines, so they stay one paragraph as in Markdown
            joint = (
                "\n" if line.startswith("- ") and markdown.rsplit("\n", 1)[-1].startswith("- ") else "\n\n"
            )
            markdown += joint + line
    return _titled(markdown.strip(), document.core_properties.title)


def _paragraph(text: str, style: str, below: int) -> str:
    """One Word paragraph as a Markdown heading (a "Heading N" ``below`` levels further down), list
    item or paragraph, by its style."""
    heading = _HEADING_STYLE.match(style)
    if heading:
        level = int(heading.group(1)) + below if heading.group(1) else 1
        return "#" * min(level, 4) + " " + text
    return f"- {text}" if style.startswith("List") else text


def _table(table) -> str:
    """A Word table as a Markdown table, its first row the header; a cell merged across its top rows
    ("Ticket prices 2026" over "Ticket type | Advance | On the gate") is its title, written before it
    (Word repeats a merged cell in every column it covers); not one over two columns, a form's labels
    and values ("Please complete in capitals" over "Name | Jo Bloggs")."""
    rows = [[" ".join(cell.text.split()).replace("|", "/") for cell in row.cells] for row in table.rows]
    titles = list(itertools.takewhile(lambda row: len(row) > 2 and len(set(row)) == 1, rows[:-2]))
    rows = rows[len(titles) :]
    if not rows:
        return ""
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * len(rows[0])]
    table_text = "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows[1:]])
    return "\n\n".join([*(row[0] for row in titles if row[0]), table_text])
