"""Codes copied exactly: an answer copying its context writes the codes and names it writes there.

A 135M model copies long codes digit by digit and slips. Asked for Land03212's capital it read
"Town631180" and wrote "Town6311180"; asked for Land00371's, it copied "The capital of" and then the
town's code where the land's stands: "The capital of Town250843 is Town250843." (and "The capital
of Male is Male." for the Maldives). No check downstream can mend such an answer, only refuse it.
So two rules steer the next token, each choosing the best of the model's likeliest tokens that
keeps it (when none does, the model's own choice stands):

- while the word the answer writes has letters and digits and is the start of a code of the
  prompt (its documents and question), it goes on with one of those codes or ends where one ends;
- when the answer's last three words are words of the prompt that a name or code follows there, a
  new word that starts a name or code of the prompt starts that one, or one the question says (a
  name: a capitalized word that opens no sentence; "RX 402 leaves" may go on with the station the
  question asks about, not the one the timetable names after those words).

A code the context does not hold is left alone (the answer's grounding refuses it). Example::

    guard = CopiedCodes(tokenizer, prompt_ids, start=len(prompt_ids))
    scores = guard(torch.tensor([ids]), scores)   # only tokens that keep copying "Town631180"
"""

from __future__ import annotations

import re

import torch
from transformers import LogitsProcessor, PreTrainedTokenizerBase

from chatbot.lm.layout import INST
from vectorstore.words import is_code

_WORD = re.compile(r"[\w-]+")
_TAIL = re.compile(r"[\w-]+$")
SPAN = 3  # words of the answer that must be the prompt's words before a name or code


def _opens(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens the text, a sentence, a line or a tag's part: capitalized
    there whatever it is, so no sign of a name."""
    end = start  # looked back for without copying the text
    while end and text[end - 1].isspace():
        end -= 1
    return not end or text[end - 1] in '.!?:;›—<>•*#|"('


class CopiedCodes(LogitsProcessor):
    """Keeps only the likeliest tokens that copy the prompt's codes as the prompt writes them, while
    the answer (the ids from ``start``) is writing one or is about to."""

    def __init__(
        self, tokenizer: PreTrainedTokenizerBase, prompt: list[int], start: int, top: int = 32
    ) -> None:
        self.tokenizer = tokenizer
        self.start, self.top = start, top
        text = tokenizer.decode(prompt, skip_special_tokens=True)
        said = [(match.group().strip("-"), _opens(text, match.start())) for match in _WORD.finditer(text)]
        self.codes = {word for word, _ in said if is_code(word)}
        self.names = self.codes | {word for word, opens in said if word[:1].isupper() and not opens}
        self.asked = {word.casefold() for word in _WORD.findall(text.rpartition(INST)[2])}  # the question
        self.before: dict[tuple[str, ...], set[str]] = {}  # three words → names and codes after them
        for at in range(SPAN, len(said)):
            if said[at][0] in self.names and not said[at][1]:
                last = tuple(word.casefold() for word, _ in said[at - SPAN : at])
                self.before.setdefault(last, set()).add(said[at][0])

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        answer = self.tokenizer.decode(input_ids[0, self.start :].tolist(), skip_special_tokens=True)
        tail = _TAIL.search(answer)
        writing = tail.group() if tail else ""
        copying = is_code(writing) and any(code.startswith(writing) for code in self.codes)
        expected = self.expected(answer)
        if not copying and not expected:
            return scores
        likeliest = scores[0].topk(min(self.top, scores.shape[-1])).indices.tolist()
        allowed = [token for token in likeliest if self.keeps(writing, copying, expected, token)]
        if not allowed:
            return scores
        kept = torch.full_like(scores, float("-inf"))
        kept[0, allowed] = scores[0, allowed]
        return kept

    def expected(self, answer: str) -> set[str]:
        """The names and codes that follow the answer's last three words where the prompt says them."""
        last = tuple(w.casefold() for w in _WORD.findall(answer)[-SPAN:])
        return self.before.get(last, set())

    def keeps(self, writing: str, copying: bool, expected: set[str], token: int) -> bool:
        """Whether ``token`` after ``writing`` (a code being copied, or not) goes on with that code or
        ends it where a code ends, and starts no name or code of the prompt but an ``expected`` one or
        one the question says."""
        text = self.tokenizer.decode([token])
        if head := _WORD.match(text):  # the word goes on
            return not copying or any(code.startswith(writing + head.group()) for code in self.codes)
        if copying and writing not in self.codes:
            return False
        new = _WORD.search(text)
        starting = [name for name in self.names if name.startswith(new.group())] if new else []
        if not expected or not starting:
            return True
        return any(name in expected or name.casefold() in self.asked for name in starting)
