"""A record's fields as text: every value of a JSON or YAML object with the path that reaches it,
a list of small objects written as a list ("speakers: Hetty Carne (chair), Jory Pascoe (poet)").

Records (:mod:`ingest.records`) and the data blocks of Markdown files (:mod:`ingest.datablocks`)
become table rows of these fields. Example::

    list(fields({"code": "KX-2041", "dimensions": {"width_mm": 120}, "tags": ["ferry", "cargo"]}))
    # [('code', 'KX-2041'), ('dimensions.width_mm', '120'), ('tags', 'ferry, cargo')]
    list(fields({"speakers": [{"name": "Hetty Carne", "role": "chair"}, {"name": "Jory Pascoe"}]}))
    # [('speakers', 'Hetty Carne (chair), Jory Pascoe')]
"""

from __future__ import annotations

import json
from collections.abc import Iterator

BRIEF_FIELDS = 3  # a list's objects of so many plain values at most are written as a list


def fields(value: object, name: str = "") -> Iterator[tuple[str, str]]:
    """``(field path, text)`` for every value in ``value``, nulls and empty strings left out."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from fields(inner, f"{name}.{key}" if name else str(key))
    elif isinstance(value, list) and value and all(briefs := [_brief(item) for item in value]):
        yield name, ", ".join(briefs)
    elif isinstance(value, list) and any(isinstance(item, dict | list) for item in value):
        for number, inner in enumerate(value, 1):
            yield from fields(inner, f"{name}.{number}")
    elif isinstance(value, list):
        if texts := [_text(item) for item in value if _text(item)]:
            yield name, ", ".join(texts)
    elif text := _text(value):
        yield name, text


def _brief(item: object) -> str:
    """A small object of a list as people list it, its first value and the others in brackets
    ("Hetty Carne (chair)" of ``{"name": "Hetty Carne", "role": "chair"}``), or "" for an item that
    is no such object (of more than :data:`BRIEF_FIELDS` values, or of nested ones)."""
    if not isinstance(item, dict) or not 0 < len(item) <= BRIEF_FIELDS:
        return ""
    if any(isinstance(inner, dict | list) for inner in item.values()):
        return ""
    first, *rest = [text for text in map(_text, item.values()) if text] or [""]
    return f"{first} ({', '.join(rest)})" if rest else first


def _text(value: object) -> str:
    """A plain value as one line of text ("" for null; true and false as JSON writes them; a YAML
    date as ISO; a number with a fraction as its file writes it: "24.10")."""
    if value is None:
        return ""
    if isinstance(value, str):
        return " ".join(value.split())
    return json.dumps(value) if isinstance(value, bool | int | float) else str(value)
