"""Cut the model's raw output down to the answer, also while it streams.

The model is trained to close its answer with ``</Response>`` and EOS; a base model may instead
run on into a new turn (``<Inst> ...``) or a second paragraph. Everything from the first such
marker on is dropped. Text is released a whole sentence at a time, so no part of a tag ever reaches
the user, and an answer cut at ``max_new_tokens`` ends at its last complete sentence. Example::

    "".join(clean_answer(iter([" The capital is", " Paris.</Resp", "onse> junk"])))
    # 'The capital is Paris.'
"""

from __future__ import annotations

import re
from collections.abc import Iterator

NO_ANSWER = "I don't know: none of my documents answer that."
# NO_ANSWER in the model's own words, after a "yes or no" opening: "No, none of my documents answer that."
_ABSTAINING = re.compile(
    r"(?:(?:yes|no|sorry)[,.]?\s+)?" + re.escape(NO_ANSWER.partition(": ")[2].casefold().rstrip(".")) + r"\.?"
)
STOP_MARKERS = ("</response>", "<response>", "<inst>", "<input>", "\n\n")
_STOP = re.compile("|".join(re.escape(m) for m in STOP_MARKERS), re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?][\"')\]]*(?=\s|$)")
# while streaming, a full stop is a sentence's end only once a space follows: "71." may become "71.80"
_SEEN_END = re.compile(r"[.!?][\"')\]]*(?=\s)")


# a full stop that ends no sentence: a title's ("Mrs K. Nowak"), an initial after a title or another
# initial, a number's "No." inside a sentence ("Lot No. 82011 sold for £230."); not "St." nor "Dr.",
# which end an address as often ("12 Fore St. It opens at 08:00.")
_ABBREVIATED = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Prof)|(?:\b(?:Mr|Mrs|Ms|Prof)\.?|\b[A-Z]\.)\s[A-Z]|\S\s+No)$")


def _sentence_end(text: str, pattern: re.Pattern = _SENTENCE_END) -> int:
    """Where the last complete sentence of ``text`` ends (0: none yet)."""
    ends = [m.end() for m in pattern.finditer(text) if not _ABBREVIATED.search(text[: m.start()])]
    return ends[-1] if ends else 0


def clean_answer(chunks: Iterator[str]) -> Iterator[str]:
    """Yield the answer from streamed ``chunks`` a sentence at a time, up to the first stop marker.

    A stream that ends without a stop marker was cut at ``max_new_tokens``: its unfinished last
    sentence is dropped (when the first sentence is unfinished, it ends at its last whole word with
    "…"), so an answer never stops mid-word. A model that says nothing gets :data:`NO_ANSWER`.
    """
    text, sent, complete = "", 0, False
    for chunk in chunks:
        text += chunk
        if stop := _STOP.search(text):
            text, complete = text[: stop.start()], True
            break
        if (end := _sentence_end(text, _SEEN_END)) > sent and text[sent:end].strip():
            yield text[sent:end] if sent else text[:end].lstrip()
            sent = end
    tail = text[sent:].rstrip()
    if not complete and _sentence_end(tail) < len(tail):  # cut mid-sentence
        tail = "" if sent else " ".join(tail.split()[:-1]) + "…" if len(tail.split()) > 1 else ""
    if tail.strip():
        yield tail if sent else tail.lstrip()
    elif not text[:sent].strip():
        yield NO_ANSWER


def abstaining(sentence: str) -> bool:
    """Whether a sentence says :data:`NO_ANSWER` in its own words ("No, none of my documents answer
    that."): the model declining after a "yes or no" opening."""
    return bool(_ABSTAINING.fullmatch(sentence.strip().casefold()))
