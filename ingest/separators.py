"""How a chunk's text joins its parts: "Title › Heading: text" and "Title › Sheet — Column: value; …".

Every chunk opens with its file's heading path, so a question about a section finds it and a reader
sees where it stands; a table row's cells follow a dash. Ingest writes these and the chain reads them
back (a row's cells, a section's heading).
"""

PATH_SEPARATOR = " › "  # between the headings of a chunk's path
ROW_SEPARATOR = " — "  # between a table row's label and its cells
