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
BREAKS, FREE, PART, WHOLE = range(4)  # how a token keeps the rules (see CopiedCodes.fit)
Names = tuple[set[str], set[str]]  # the prompt's names expected where the answer is, the question's allowed


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
        targets = self.targets(writing, answer[: tail.start()] if tail else answer)
        following = self.following(answer)
        if not any(targets) and not any(following):
            return scores
        likeliest = scores[0].topk(min(self.top, scores.shape[-1])).indices.tolist()
        fit = {token: self.fit(writing, targets, following, token) for token in likeliest}
        dropped = {BREAKS, PART} if WHOLE in fit.values() else {BREAKS}  # " Alger", not " Alg" + "iers"
        allowed = [token for token in likeliest if fit[token] not in dropped]
        if not allowed:
            return scores
        kept = torch.full_like(scores, float("-inf"))
        kept[0, allowed] = scores[0, allowed]
        return kept

    def targets(self, writing: str, before: str) -> Names:
        """What the word being written may become: a code of the prompt it starts, or a name or code
        that may follow the three words ``before`` it ends with (:meth:`following`; none: no rule)."""
        if is_code(writing) and any(code.startswith(writing) for code in self.codes):
            return self.codes, set()
        expected, asked = self.following(before)
        starts = writing and any(name.startswith(writing) for name in expected | asked)
        return (expected, asked) if starts else (set(), set())

    def following(self, answer: str) -> Names:
        """The names and codes that may follow the answer's last three words: those the prompt says
        after them, and the question's names these words do not say, unless the last of them is a
        name being copied ("is Port" goes on with "Moresby", not with "New" of Papua New Guinea)."""
        said = _WORD.findall(answer)
        last = tuple(w.casefold() for w in said[-SPAN:])
        expected = self.before.get(last, set())
        if not expected or said[-1][:1].isupper():
            return expected, set()
        return expected, {n for n in self.names if n.casefold() in self.asked and n.casefold() not in last}

    def fit(self, writing: str, targets: Names, following: Names, token: int) -> int:
        """How ``token`` after ``writing`` keeps the rules: it ends the word where none of its
        ``targets`` ends, or starts a name or code (a capitalized word, letters with digits) that is no
        ``following`` one (BREAKS); it writes a name of the prompt there whole (WHOLE: " Alger" rather
        than " Alg", after which the model may go on with "iers") or in part (PART); or no rule applies,
        a name of the question included (FREE)."""
        text = self.tokenizer.decode([token])
        if head := _WORD.match(text):  # the word goes on
            return _towards(writing + head.group(), *targets) if any(targets) else FREE
        if any(targets) and writing not in targets[0] | targets[1]:
            return BREAKS
        new = _WORD.search(text)
        if not any(following) or not new or not (new.group()[:1].isupper() or is_code(new.group())):
            return FREE
        return _towards(new.group(), *following)


def _towards(word: str, expected: set[str], asked: set[str]) -> int:
    """Whether ``word`` is one of the ``expected`` names (WHOLE) or the start of one (PART), the start
    of one of the ``asked`` names (FREE), or none of these (BREAKS)."""
    if word in expected:
        return WHOLE
    if any(name.startswith(word) for name in expected):
        return PART
    return FREE if any(name.startswith(word) for name in asked) else BREAKS
