"""A JSON object's references to its own records written with the name of what they point to.

Catalogues and programmes keep their people and products in lists of their own and point to them by
id: a workshop's ``"tutor": "T04"``, a walk's ``"leader_ids": ["L1", "L3"]``. A row read alone then
says "tutor: T04", and no reader, model or lookup, can tell who teaches; so each such value is
written with the name its record gives ("tutor: T04 (Lin Hartfield)"), as a person reading the file
would look it up. Only ids that are codes (letters and digits: "T04", "K-301") are followed, each
of one record only: a bare number might be a price or a count, an id two lists give means either. Example::

    named_references({"tutors": [{"id": "T04", "name": "Lin Hartfield"}], "workshops": [{"tutor": "T04"}]})
    # {'tutors': [{'id': 'T04', 'name': 'Lin Hartfield'}], 'workshops': [{'tutor': 'T04 (Lin Hartfield)'}]}
"""

from __future__ import annotations

import re

from vectorstore.words import is_code, words

# a value that refers to another record as written here: its code, that record's name in brackets
REFERENCE = re.compile(r"^(\S*\d\S*) \([^)]*\)$")
ID_KEYS = ("id", "code", "ref")  # the field that names a record, first found
NAME_KEYS = ("name", "title", "full_name")  # the field that says what it is, first found


def named_references(data: object) -> object:
    """``data`` with each string that is another record's id (a code) followed by that record's name
    in brackets; unchanged where it refers to nothing."""
    found: dict[str, set[str]] = {}
    for key, name in _names(data):
        found.setdefault(key, set()).add(name)
    names = {key: next(iter(named)) for key, named in found.items() if len(named) == 1}  # one record's
    return _named(data, names, None) if names else data


def _names(data: object) -> list[tuple[str, str]]:
    """(id, name) of every object at any depth that has both, its id a code."""
    found = []
    if isinstance(data, dict):
        key, name = _first(data, ID_KEYS), _first(data, NAME_KEYS)
        if key and name and _is_id(key):
            found.append((key, name))
        values = list(data.values())
    else:
        values = data if isinstance(data, list) else []
    return found + [pair for value in values for pair in _names(value)]


def _named(data: object, names: dict[str, str], own: str | None) -> object:
    """``data`` with its references named; ``own``: the id of the object holding it (not its own)."""
    if isinstance(data, dict):
        key = _first(data, ID_KEYS)
        return {
            field: value if field in ID_KEYS else _named(value, names, key) for field, value in data.items()
        }
    if isinstance(data, list):
        return [_named(item, names, own) for item in data]
    if isinstance(data, str) and data in names and data != own:
        return f"{data} ({names[data]})"
    return data


def _first(record: dict, keys: tuple[str, ...]) -> str | None:
    """The text of the first of ``keys`` that ``record`` gives as text."""
    return next((record[key] for key in keys if isinstance(record.get(key), str)), None)


def _is_id(value: str) -> bool:
    """Whether a record's id is a code: one word of letters and digits ("T04", "K-301")."""
    said = words(value)
    return len(said) == 1 and is_code(said[0])
