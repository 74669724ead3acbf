"""How a chunk's text joins its parts: "Title › Heading: text" and "Title › Sheet — Column: value; …".

Every chunk opens with its file's heading path, so a question about a section finds it and a reader
sees where it stands; a table row's cells follow a dash. Ingest writes these and the chain reads them
back (a row's cells, a section's heading).
"""

PATH_SEPARATOR = " › "  # between the headings of a chunk's path
ROW_SEPARATOR = " — "  # between a table row's label and its cells


def body_of(document: str) -> str:
    """A chunk's text after its heading path (:func:`heading_of`): what its sentences say."""
    heading = heading_of(document)
    return document[len(heading) + 2 :] if heading else document


def heading_of(document: str) -> str:
    """A chunk's heading path ("Chess Club › 2022" of "Chess Club › 2022: The 2022 event …"): what
    its every sentence is about."""
    last = document.find(PATH_SEPARATOR)
    end = document.find(": ", last)
    return document[:end] if last >= 0 and end >= 0 else ""
