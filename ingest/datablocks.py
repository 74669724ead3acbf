"""A Markdown file's YAML and JSON code blocks read as the data they hold.

A setup guide's configuration block ("zones:", "- id: 4", "name: citrus-fig", "pin: 23", …) read as
text runs every zone's settings together, and a reader cannot tell which pin is which zone's. Read
as data, each object of a list becomes a table row of its fields (``id: 4; name: citrus-fig; pin:
23; …``: :mod:`ingest.text` labels it with its heading path, as a Markdown table's row) and every
other value a "path: value" line. A block that is not valid YAML or JSON, or another language's,
keeps its text without its fences. Example::

    text, rows = data_blocks("```yaml\\nzones:\\n  - id: 1\\n    name: tomatoes\\n```\\n")
    text   # 'id: 1; name: tomatoes\\n'
"""

from __future__ import annotations

import re

import yaml

from ingest.fields import fields

_FENCE = re.compile(r"^[ \t]*```[ \t]*([\w+-]*)[^\n]*\n(.*?)^[ \t]*```[ \t]*$", re.MULTILINE | re.DOTALL)
_DATA = frozenset({"yaml", "yml", "json"})


def data_blocks(text: str) -> tuple[str, set[str]]:
    """``text`` with each fenced block's fences dropped and a YAML or JSON block's data written as
    rows and field lines; and the set of those rows."""
    rows: set[str] = set()

    def written(block: re.Match) -> str:
        language, body = block.group(1).casefold(), block.group(2)
        data = _parsed(body) if language in _DATA else None
        if not isinstance(data, dict | list):
            return body
        lines = _lines(data, rows)
        return "\n\n".join(lines) + "\n" if lines else body

    return _FENCE.sub(written, text), rows


def _parsed(body: str) -> object:
    """The data of a block's text, or None where it is not valid YAML (JSON is YAML too)."""
    try:
        return yaml.safe_load(body)
    except yaml.YAMLError:
        return None


def _lines(data: dict | list, rows: set[str]) -> list[str]:
    """A block's paragraphs: a row per object of a list of objects (added to ``rows``), then the
    other values as one paragraph of "path: value" lines."""
    out, other = [], []
    items = data.items() if isinstance(data, dict) else [("", data)]
    for key, value in items:
        if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            for item in value:
                if row := "; ".join(f"{name}: {text}" for name, text in fields(item)):
                    rows.add(row)
                    out.append(row)
        else:
            other += [f"{name}: {text}" for name, text in fields(value, str(key))]
    return [*out, "\n".join(other)] if other else out
