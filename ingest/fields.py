"""A record's fields as text: every value of a JSON or YAML object with the path that reaches it.

Records (:mod:`ingest.records`) and the data blocks of Markdown files (:mod:`ingest.datablocks`)
become table rows of these fields. Example::

    list(fields({"code": "KX-2041", "dimensions": {"width_mm": 120}, "tags": ["ferry", "cargo"]}))
    # [('code', 'KX-2041'), ('dimensions.width_mm', '120'), ('tags', 'ferry, cargo')]
"""

from __future__ import annotations

import json
from collections.abc import Iterator


def fields(value: object, name: str = "") -> Iterator[tuple[str, str]]:
    """``(field path, text)`` for every value in ``value``, nulls and empty strings left out."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from fields(inner, f"{name}.{key}" if name else str(key))
    elif isinstance(value, list) and any(isinstance(item, dict | list) for item in value):
        for number, inner in enumerate(value, 1):
            yield from fields(inner, f"{name}.{number}")
    elif isinstance(value, list):
        if texts := [_text(item) for item in value if _text(item)]:
            yield name, ", ".join(texts)
    elif text := _text(value):
        yield name, text


def _text(value: object) -> str:
    """A plain value as one line of text ("" for null; true and false as JSON writes them; a YAML
    date as ISO)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return " ".join(value.split())
    return json.dumps(value) if isinstance(value, bool | int | float) else str(value)
