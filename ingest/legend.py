"""A document's key to the short codes its tables use, written out where they stand.

A menu lists allergens as "G, Se" and explains them elsewhere: "G = cereals containing gluten · Se =
sesame". A row read on its own then never says sesame, and "which bread has sesame in it?" finds
nothing. A key is three or more "code = meaning" entries (codes of one to three letters, parted by
"·", ";", "|" or lines); a cell made only of its codes gets each code's meaning beside it. Example::

    codes = legend("Key: G = gluten · M = milk · Se = sesame")
    with_meanings("G, Se", codes)   # 'G (gluten), Se (sesame)'
"""

from __future__ import annotations

import re

_ENTRY = re.compile(r"^\s*(?:[\w ]{1,20}:\s*)?([A-Z][A-Za-z]{0,2})\s?=\s?([^=]{2,60}?)\s*$")
_PARTS = re.compile(r"[·;|\n]")
_MIN_ENTRIES = 3


def legend(text: str) -> dict[str, str]:
    """The codes ``text`` explains ("G" → "gluten"), or none when it explains fewer than three."""
    entries = dict(m.groups() for part in _PARTS.split(text) if (m := _ENTRY.match(part)))
    return entries if len(entries) >= _MIN_ENTRIES else {}


def with_meanings(value: str, codes: dict[str, str]) -> str:
    """A cell made only of explained codes ("G, Se") with their meanings; any other cell as it is."""
    items = [item.strip() for item in value.split(",")]
    if not codes or not all(item in codes for item in items):
        return value
    return ", ".join(f"{item} ({codes[item]})" for item in items)
