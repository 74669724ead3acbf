"""A table cell's ISO date said in words beside it, as people ask for it.

A weather log's row says "date: 2024-10-19"; people ask "how much rain fell on 19 October?" or "on
the 3rd oct". Neither the word index nor the embedder sees "19 October" in "2024-10-19", so every
day's row looks alike to them and another day's is read out. A cell that is an ISO date (or date and
time) keeps it and gets the date in words beside it. Example::

    with_spelled_date("2024-10-19")         # '2024-10-19 (19 October 2024)'
    with_spelled_date("2024-10-19 18:30")   # '2024-10-19 18:30 (19 October 2024)'
    with_spelled_date("Opened 2024-10-19")  # as it is: only a cell that is a date
"""

from __future__ import annotations

import datetime as dt
import re

from vectorstore.words import MONTH_NAMES

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?")


def with_spelled_date(value: str) -> str:
    """``value`` with its date in words beside it, when the whole cell is an ISO date."""
    match = _ISO.fullmatch(value.strip())
    if not match:
        return value
    try:
        day = dt.date(*(int(part) for part in match.groups()))
    except ValueError:  # "2024-13-45" is no date
        return value
    return f"{value} ({day.day} {MONTH_NAMES[day.month - 1].capitalize()} {day.year})"  # not the locale's
