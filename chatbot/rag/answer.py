"""Cut the model's raw output down to the answer, also while it streams.

The model is trained to close its answer with ``</Response>`` and EOS; a base model may instead
run on into a new turn (``<Inst> ...``) or a second paragraph. Everything from the first such
marker on is dropped, and text that might be the start of a marker is held back until it is
known not to be one, so no part of a tag ever reaches the user. Example::

    "".join(clean_answer(iter([" The capital is", " Paris.</Resp", "onse> junk"])))
    # 'The capital is Paris.'
"""

from __future__ import annotations

import re
from collections.abc import Iterator

NO_ANSWER = "I don't know: none of my documents answer that."
STOP_MARKERS = ("</response>", "<response>", "<inst>", "<input>", "\n\n")
_STOP = re.compile("|".join(re.escape(m) for m in STOP_MARKERS), re.IGNORECASE)


def _pending(text: str) -> int:
    """Length of the longest end of ``text`` that could still grow into a stop marker."""
    lowered = text.lower()
    for size in range(min(len(text), max(map(len, STOP_MARKERS)) - 1), 0, -1):
        if any(marker.startswith(lowered[-size:]) for marker in STOP_MARKERS):
            return size
    return 0


def clean_answer(chunks: Iterator[str]) -> Iterator[str]:
    """Yield the answer's text from streamed ``chunks``, stopping at the first stop marker.

    A model that says nothing before a stop marker gets :data:`NO_ANSWER`, never an empty answer.
    """
    said = False
    for text in _cut(chunks):
        said = True
        yield text
    if not said:
        yield NO_ANSWER


def _cut(chunks: Iterator[str]) -> Iterator[str]:
    """The text of ``chunks`` up to the first stop marker, held back while it may be part of one."""
    buffer, started = "", False
    for chunk in chunks:
        buffer += chunk
        if not started:
            buffer = buffer.lstrip()
            started = bool(buffer)
        stop = _STOP.search(buffer)
        if stop:
            if head := buffer[: stop.start()].rstrip():
                yield head
            return
        ready = len(buffer.rstrip())
        ready = len(buffer[: ready - _pending(buffer[:ready])].rstrip())
        if ready > 0:
            yield buffer[:ready]
            buffer = buffer[ready:]
    if tail := buffer.strip():
        yield tail
