"""Parse JSON that users hand us (sources, question sets, training rows, batch lines), so that every
way it can fail becomes one clear :class:`JsonError`.

Python's ``json`` raises ``JSONDecodeError`` for malformed text, but a plain ``ValueError`` for an
integer of more than 4,300 digits and ``RecursionError`` for arrays or objects nested ~1,000 deep;
code that caught only ``JSONDecodeError`` crashed with a stack trace on those. Example::

    parse_json("[" * 100_000)   # JsonError: nested too deeply (more than ~1,000 levels)
"""

from __future__ import annotations

import json

from common.errors import JsonError


def parse_json(text: str) -> object:
    """The value of the JSON ``text``, or :class:`JsonError`."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise JsonError(f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from exc
    except RecursionError as exc:
        raise JsonError("JSON nested too deeply (more than ~1,000 levels)") from exc
    except ValueError as exc:  # e.g. "Exceeds the limit (4300 digits) for integer string conversion"
        raise JsonError(f"unreadable JSON value: {str(exc).split(':')[0]}") from exc
