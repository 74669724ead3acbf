"""Spelling slips in a question, mended with the store's own words.

A word of the question that no document contains, and that is one typing slip away from exactly
one word that some document does contain, is replaced by that word: "capital of Geramny?" →
"capital of germany?". A slip is a dropped, an added (or doubled) or two swapped letters — the
slips people make most on a keyboard. A *changed* letter is deliberately not mended: an invented
place one letter away from a real one (Vulgaria, Bulgaria) must stay unknown, and the chat must
say "I don't know" about it rather than answer for the real one. A word of English is meant as
written, even where no document uses it ("How long …" is no slip for a log's "log", "singing" none
for "signing"; the embedder's own word list says which words are English), but searched in the form
the documents write it ("telescopes" as "telescope", "look" as "looks"). Words under four letters (too
many neighbours) and ambiguous slips (two store words one slip away) are left alone. Accents are no
slip: "Peru" and "Perú", "Brasilia" and "Brasília" are one word to someone typing a question. Example::

    vocabulary = Vocabulary.from_texts(["The capital of Germany is Berlin."])
    vocabulary.correct("what is the capital of Geramny?")   # 'what is the capital of germany?'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from vectorstore.embedder import minilm_path

WORD = re.compile(r"\w+")
_SIZE = re.compile(r"\d+x\d+[a-z]*")  # "20x16", "3x3m": read as its sides, no slip of "2016"
MIN_LETTERS = 4


@dataclass(frozen=True)
class Vocabulary:
    """Every word (case-folded) that appears in the store's documents, and the names among them:
    the words the documents only ever write capitalized, and so at least once inside a sentence
    ("Peru", "Kilvaro"; not "The", nor "Hold" that only opens instructions)."""

    words: frozenset[str]
    alphabet: str
    names: frozenset[str] = frozenset()
    unaccented: dict[str, str] = field(default_factory=dict)  # "peru" → "perú" where only one word folds so

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> Vocabulary:
        seen, capitalized = set(), set()
        for text in texts:
            for match in WORD.finditer(text):
                seen.add(word := match.group(0))
                seen.update(filter(None, word.split("_")))  # a column's words: "area_km2" writes "area"
                if (
                    word[:1].isupper()
                    and not _opens_sentence(text, match.start())
                    and not _column(text, match)
                ):
                    capitalized.add(word.casefold())
        words = frozenset(word.casefold() for word in seen)
        lower = {word.casefold() for word in seen if word[:1].islower()}
        names = frozenset(capitalized - lower)
        alphabet = "".join(sorted({char for word in words for char in word}))
        return cls(words, alphabet, names, _unaccented(words))

    def correct(self, text: str) -> str:
        """``text`` with each unknown word replaced by the one store word a slip away, if there is one."""
        return WORD.sub(lambda match: self._mend(match.group(0)), text)

    def _mend(self, word: str) -> str:
        folded = word.casefold()
        if folded in self.words or folded.isdigit() or _SIZE.fullmatch(folded):
            return word
        if (form := plain(folded)) in self.unaccented:
            return self.unaccented[form]
        if len(folded) < MIN_LETTERS:
            return word
        candidates = slips(folded, self.alphabet) & self.words
        if folded in english_words():  # a word of its own: only another form of it is searched for
            candidates = {candidate for candidate in candidates if _inflected(folded, candidate)}
        return candidates.pop() if len(candidates) == 1 else word


def _inflected(word: str, other: str) -> bool:
    """Whether one of two words is the other with an "s" or "d" added: "telescopes", "telescope"."""
    longer, shorter = sorted((word, other), key=len, reverse=True)
    return longer[:-1] == shorter and longer[-1] in "sd"


@cache
def english_words() -> frozenset[str]:
    """The whole words of the packaged MiniLM's WordPiece vocabulary (~22,500, most of them English):
    a word that comes whole in a tokenizer's list is a word of the language, not a slip. Read from
    the installed file, not a word-list package: it is there for every store, and offline."""
    with (minilm_path() / "vocab.txt").open(encoding="utf-8") as vocabulary:
        return frozenset(line.strip() for line in vocabulary if line.strip().isalpha())


def slips(word: str, alphabet: str) -> set[str]:
    """Every string one slip from ``word``: a letter dropped, a letter added, two neighbours swapped."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    dropped = {head + tail[1:] for head, tail in splits if tail}
    swapped = {head + tail[1] + tail[0] + tail[2:] for head, tail in splits if len(tail) > 1}
    added = {head + char + tail for head, tail in splits for char in alphabet}
    return dropped | swapped | added


def _column(text: str, match: re.Match) -> bool:
    """Whether the word of ``match`` opens a row's column after a semicolon ("…; Refilled: After each
    use"): capitalized as a label, no name (a list's item after one, "; Hollins Bakery bread", may be)."""
    return _mark_before(text, match.start()) == ";" and bool(_LABEL_REST.match(text, match.end()))


_LABEL_REST = re.compile(r"[^;:.]{0,30}:")  # the rest of a column's name, up to its colon


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens its text, a sentence, a heading or a list item: capitalized
    there whatever it is ("Hold the button …"), so no sign of a name."""
    mark = _mark_before(text, start)
    return not mark or mark in _SENTENCE_ENDS


def _mark_before(text: str, start: int) -> str:
    """The last character before ``start`` that is no space ("" at the text's start), looked back
    for without copying the text: a long table row has many capitals."""
    end = start
    while end and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end else ""


_SENTENCE_ENDS = '.!?›—\u2013-•*#|>"“(\n'


def plain(word: str) -> str:
    """``word`` without accents: "côte" and "cote" are one word to someone typing a question."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _unaccented(words: Iterable[str]) -> dict[str, str]:
    """Each word's accent-free form → the word, where no other word has the same form."""
    forms: dict[str, set[str]] = {}
    for word in words:
        forms.setdefault(plain(word), set()).add(word)
    return {form: next(iter(same)) for form, same in forms.items() if len(same) == 1}
