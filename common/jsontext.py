"""Parse JSON that users hand us (sources, question sets, training rows, batch lines), so that every
way it can fail becomes one clear :class:`JsonError`.

Python's ``json`` raises ``JSONDecodeError`` for malformed text, but a plain ``ValueError`` for an
integer of more than 4,300 digits and ``RecursionError`` for arrays or objects nested ~1,000 deep;
code that caught only ``JSONDecodeError`` crashed with a stack trace on those. Example::

    parse_json("[" * 100_000)   # JsonError: nested too deeply (more than ~1,000 levels)
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from common.errors import JsonError, UserError


def parse_json(text: str, as_written: bool = False) -> object:
    """The value of the JSON ``text``, or :class:`JsonError`; ``as_written``, each number with a
    fraction as a :class:`~decimal.Decimal` that reads as the file writes it (a price of "24.10",
    not 24.1)."""
    try:
        return json.loads(text, parse_float=_as_written if as_written else float)
    except json.JSONDecodeError as exc:
        raise JsonError(f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from exc
    except RecursionError as exc:
        raise JsonError("JSON nested too deeply (more than ~1,000 levels)") from exc
    except ValueError as exc:  # e.g. "Exceeds the limit (4300 digits) for integer string conversion"
        raise JsonError(f"unreadable JSON value: {str(exc).split(':')[0]}") from exc


def _as_written(number: str) -> Decimal | float:
    """A JSON number with a fraction as its text writes it ("24.10"); one with an exponent as a float."""
    return float(number) if "e" in number.casefold() else Decimal(number)


def jsonl_objects(path: Path, error: type[UserError], as_written: bool = False) -> Iterator[tuple[str, dict]]:
    """The objects of a JSON Lines file with where each stands (``"FILE line N"``), blank lines
    skipped (numbers read as :func:`parse_json` does); a line that is not a JSON object raises
    ``error`` naming it."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path} line {number}"
        try:
            row = parse_json(line, as_written)
        except JsonError as exc:
            raise error(f"{where}: {exc}") from exc
        if not isinstance(row, dict):
            raise error(f"{where}: expected a JSON object, got {type(row).__name__}")
        yield where, row
