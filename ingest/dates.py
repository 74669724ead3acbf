"""A table cell's date said in words beside it, as people ask for it.

A weather log's row says "date: 2024-10-19"; people ask "how much rain fell on 19 October?" or "on
the 3rd oct". Neither the word index nor the embedder sees "19 October" in "2024-10-19", so every
day's row looks alike to them and another day's is read out. A cell that is an ISO date (or date and
time) keeps it and gets the date in words beside it. Example::

    with_spelled_date("2024-10-19")         # '2024-10-19 (19 October 2024)'
    with_spelled_date("2024-10-19 18:30")   # '2024-10-19 18:30 (19 October 2024)'
    with_spelled_date("03/2029")            # '03/2029 (March 2029)': a month of a year, as an expiry
    with_spelled_date("Opened 2024-10-19")  # as it is: only a cell that is a date
"""

from __future__ import annotations

import datetime as dt
import re

from vectorstore.words import MONTH_NAMES, SLASHED_DATE, day_first

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?")
_MONTH_YEAR = re.compile(r"(0[1-9]|1[0-2])/((?:19|20)\d\d)")  # an expiry, "03/2029" (not a ref's "5/2024")


def with_spelled_date(value: str) -> str:
    """``value`` with its date in words beside it, when the whole cell is a date (or a month of a
    year)."""
    if month := _MONTH_YEAR.fullmatch(value.strip()):
        return f"{value} ({MONTH_NAMES[int(month[1]) - 1].capitalize()} {month[2]})"
    day = _date(value.strip())
    return f"{value} ({spelled(day)})" if day else value


def spelled(day: dt.date) -> str:
    """The date in words, "3 April 2025" (English, whatever the locale)."""
    return f"{day.day} {MONTH_NAMES[day.month - 1].capitalize()} {day.year}"


def _date(text: str) -> dt.date | None:
    """The date that ``text`` is, or None ("2024-13-45" is no date)."""
    if match := _ISO.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := SLASHED_DATE.fullmatch(text):
        day, month = day_first(int(match.group(1)), int(match.group(3)))
        year = int(match.group(4))
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
