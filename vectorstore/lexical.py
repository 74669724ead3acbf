"""The lexical side of hybrid retrieval: character n-grams and word-level BM25 over the store's documents.

- Character 3-gram TF-IDF (scikit-learn's ``TfidfVectorizer``, ``char_wb``): word-level search cannot
  match "Geramny" with "Germany"; overlapping three-letter pieces mostly can, and they tell "Samoa"
  from "American Samoa" (the shorter document shares a larger share of its pieces with the question).
  Scores are cosine similarities in [0, 1].
- Word BM25 (``bm25s``) over :func:`vectorstore.words.words`: a code or a rare name is one word, so
  "KX-2047", "P-41" or "Land03888" find the documents that contain exactly it, where vectors and
  n-grams see "KX-2041" as nearly the same.

Example::

    index = LexicalIndex(["id-1", "id-2"], ["The capital of Samoa is Apia.", "Part KX-2047 weighs 2 kg."])
    index.search("capital of samoa", n=5)      # [("id-1", 0.71), ...]
    index.search_words("kx-2047 weight", n=5)  # [("id-2", 1.38)]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

import bm25s
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from vectorstore.spelling import Vocabulary, plain
from vectorstore.words import WEEKEND_SHORT, calendar, held, words

# Every chunk of a file carries the file's title and heading path, so a document's chunks share its
# name words; with BM25's usual k1 1.5 / b 0.75 the shortest chunk that repeats the name (an intro)
# outranks the one holding the asked fact. Words counted once sooner (k1) and length weighed less (b)
# let the question's other words decide: hit@1 on prose 85.4 -> 89.3% (mixed set), 84.2 -> 89.5%
# (fresh), changed capitals 98.5 -> 100%, the capital dev set and 4,000 near-identical names unchanged.
BM25_K1, BM25_B = 0.5, 0.3
_TITLE = re.compile(r" \u203a | \u2014 |: ")  # what ends a chunk's title: a heading, a row, its text
_LOWER_CASE = re.compile(r"(?<![^\W\d_])[a-z]+(?![^\W\d_])")  # "weight" and "kg" of "weight_kg"


class LexicalIndex:
    """Documents by id, searchable by character n-gram overlap; also their vocabulary."""

    def __init__(self, ids: list[str], texts: list[str]) -> None:
        self.ids = ids
        self.texts = dict(zip(ids, (text.casefold() for text in texts), strict=True))
        self.vocabulary = Vocabulary.from_texts(texts)
        # words the documents write in lower case: ordinary words here, whatever case a question gives
        self.lower_case = {word for text in texts for word in _LOWER_CASE.findall(text)}
        self.vectorizer = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 3), sublinear_tf=True, dtype=np.float32
        )
        # n-gram → documents (one row per n-gram), so a question touches only its own n-grams' rows
        self.postings = self.vectorizer.fit_transform(texts).T.tocsr() if texts else None
        self.bm25 = bm25s.BM25(k1=BM25_K1, b=BM25_B)
        self.words: set[str] = set()
        self.spread: Counter[str] = Counter()  # a word → how many documents write it
        self._greeted: dict[str, set[str]] = {}  # a message's heading path → whom it greets
        # (how a heading is read, a heading, which documents count) → their words
        self._under: dict[tuple[Callable, str, Callable], set[str]] = {}
        self._titles: dict[str, set[str]] = {}  # a word → the titles of the documents that say it
        if texts:
            tokens = [words(text) for text in texts]
            self.spread = Counter(w for ts in tokens for w in set(ts))
            for text, said in zip(self.texts.values(), tokens, strict=True):
                title = title_of(text)
                for word in set(said):
                    self._titles.setdefault(word, set()).add(title)
            self.words = set(self.spread)
            self.bm25.index([_terms(ts) for ts in tokens], show_progress=False)

    def __len__(self) -> int:
        return len(self.ids)

    def search(self, query: str, n: int) -> list[tuple[str, float]]:
        """The ``n`` best-matching document ids with their cosine similarity, best first (none scoring 0)."""
        if self.postings is None:
            return []
        return self._best((self.vectorizer.transform([query]) @ self.postings).toarray()[0], n)

    def titled(self, word: str, document: str) -> bool:
        """Whether a document under ``document``'s title (its file's label or first heading, what
        every chunk of a file opens with) says ``word``, a name in :func:`~vectorstore.spelling.plain`
        form: the other sections of a runbook name the machine its fault table never names."""
        return self._said_under(title_of, word, document)

    def signed(self, word: str, document: str) -> bool:
        """Whether a line of names of ``document``'s section (its whole heading path), a chunk of
        :data:`NAME_LINE` words at most, says ``word``, in :func:`~vectorstore.spelling.plain` form:
        an e-mail's signature names the firm its other paragraphs never name (not the stops its
        timetable lists, each a thing of its own)."""
        return self._said_under(section_of, word, document, name_line)

    def sectioned(self, word: str, document: str) -> bool:
        """Whether a document of ``document``'s section (its whole heading path) says ``word``, in
        :func:`~vectorstore.spelling.plain` form: "Keeley Marrick" named in full before "lessons
        with Keeley cost £38", which a chunk of its own holds."""
        return self._said_under(section_of, word, document)

    def greeted(self, word: str, document: str) -> bool:
        """Whether ``document``'s message greets or is addressed to someone named ``word`` ("Dear Mrs
        Wrayburn", "To: Hester Wrayburn"), in :func:`~vectorstore.spelling.plain` form: a reply's
        every paragraph is for them. False for a document of no message."""
        key = message_of(document.casefold())
        if not key:
            return False
        if key not in self._greeted:
            texts = [text for text in self.texts.values() if message_of(text) == key]
            self._greeted[key] = {plain(w) for t in texts for m in _GREETING.finditer(t) for w in words(m[1])}
        return held(word, self._greeted[key])

    def _said_under(
        self, heading: Callable[[str], str], word: str, document: str, kept: Callable[[str], bool] = bool
    ) -> bool:
        """Whether a document under ``document``'s ``heading`` (one ``kept``) says ``word``."""
        key = heading, heading(document.casefold()), kept  # one heading's text may be another's
        if key not in self._under:
            texts = (text for text in self.texts.values() if heading(text) == key[1] and kept(text))
            self._under[key] = {plain(w) for text in texts for w in words(text)}
        return held(word, self._under[key])

    def owned(self, word: str, document: str) -> bool:
        """Whether documents under ``document``'s title (what every chunk of its file opens with) say
        ``word``, two or more, and none under another title does: a file's own short name ("DDBBA" of
        a brass band association's contest programme, whose rules never name it), not a town or name
        another file says too."""
        titles = self._titles.get(word, set())
        long_enough = len(word) >= _OWNED_LETTERS  # a class's "YH" is a code, which its own rows write
        return long_enough and self.spread[word] >= _OWNED and titles == {title_of(document.casefold())}

    def has_phrase(self, phrase: str) -> bool:
        """Whether some document contains ``phrase`` (case ignored), e.g. "Bosnia and Herzegovina"."""
        folded = phrase.casefold()
        return any(folded in self.texts[id_] for id_, _ in self.search(phrase, 5))

    def search_words(self, query: str, n: int) -> list[tuple[str, float]]:
        """The ``n`` best documents by BM25 over words (codes whole), best first (none scoring 0)."""
        if not self.words:
            return []
        return self._best(self.bm25.get_scores(_terms(words(query))), n)

    def _best(self, scores: np.ndarray, n: int) -> list[tuple[str, float]]:
        n = min(n, len(scores))
        best = np.argpartition(-scores, n - 1)[:n]
        best = best[np.argsort(-scores[best], kind="stable")]
        return [(self.ids[i], float(scores[i])) for i in best if scores[i] > 0]


def _terms(written: list[str]) -> list[str]:
    """Words as BM25 counts them: a month or weekday one way ("oct" and "october", "sundays" and
    "sunday", "Sat" as "saturday"), so "on 9 Oct" meets a log's "2024-10-09"; a plural as its
    singular ("DVDs" and "a DVD", "boats" and "boat": the table's row and the question's word). A
    name joined by underscores stays one word: "wild_food_walks_2026.json" opens every chunk of its
    file, and read as its words it made every row of a job log answer for the business it names
    (over every set: two right answers lost and one invented, for one or two gained)."""
    return [calendar(word) or WEEKEND_SHORT.get(word) or _singular(word) for word in written]


def _singular(word: str) -> str:
    """A plural word's singular, by its ending only ("ies" → "y", "s" → ""); other words as they are
    ("class", "status", "analysis", codes with digits)."""
    if len(word) <= 3 or not word.isalpha() or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def title_of(document: str) -> str:
    """What every chunk of ``document``'s file opens with: its file's label or first heading."""
    return _TITLE.split(document, maxsplit=1)[0]


_OWNED = 2  # documents of one file saying a short name, and no other file's, that make it the file's
_OWNED_LETTERS = 4  # letters of a short name at the least ("DDBBA", "RUFC"), fewer a code's ("YH", "PF")

NAME_LINE = 12  # words of a chunk's own that make a line of names: a signature, a letterhead


def name_line(document: str) -> bool:
    """Whether a chunk says no more than a line of names after its heading path (:data:`NAME_LINE`
    words, its numbers aside: "Best wishes, Dewi Tarrant; Estimator, Tarrant & Pole Roofing; Office:
    01632 960418 (Mon-Fri 08:00-16:30)"), or is a message's header lines, who wrote to whom ("From:
    Bethan Ashlow <…>; To: Priya Vantrell <…>; Subject: …")."""
    own = document[len(section_of(document)) :]
    return sum(word.isalpha() for word in words(own)) <= NAME_LINE or bool(_HEADER_LINES.match(own))


# a message's header lines as ingestion writes them, a forwarded one's rule before them
_HEADER_LINES = re.compile(
    r": (?:-+ ?Original Message ?-+; )?From: [^;]+; (?:Sent: [^;]+; )?To: ", re.IGNORECASE
)


# a message's heading path, to its sender's line as ingestion writes it ("… › From Ifor Castleton, Thu,
# 12 Mar 2026 16:42:10 +0000"), before its section's heading or its text
_MESSAGE = re.compile(r"^.* \u203a [Ff]rom [^\u203a]*?(?= \u203a |: (?!\d)|$)")  # the last: a quoted one


_NAME = r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*"  # a name's word, folded: "okafor-bright", "o'neill" one name
# whom a message greets or is addressed to, in its folded text: "dear mrs wrayburn", "to: hester wrayburn"
_GREETING = re.compile(rf"\b(?:dear|hi|hello|to:)\s+((?:(?:mr|mrs|ms|miss|dr)\.?\s+)?{_NAME}(?:\s+{_NAME})?)")


def message_of(document: str) -> str:
    """``document``'s message's heading path (see :data:`_MESSAGE`), or "" when it is of none."""
    found = _MESSAGE.match(document)
    return found[0] if found else ""


def section_of(document: str) -> str:
    """What every chunk of ``document``'s section opens with: its heading path, as ingestion writes
    it ("Thread › From Dewi Tarrant, 22 May 2025 09:14: …", read by its shape as
    :func:`ingest.separators.heading_of` does, retrieval coming before ingestion), else its title."""
    path = document.find(" \u203a ")
    end = document.find(": ", path)
    return document[:end] if path >= 0 and end >= 0 else title_of(document)
