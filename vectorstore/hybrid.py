"""Hybrid retrieval: vectors, character n-grams and word BM25, fused by reciprocal rank, with a gate.

MiniLM scores "capital of Geramny?" low and ranks DR Congo's document above Congo's for "capital of
Congo?"; it sees "KX-2041" and "KX-2047" as nearly the same. Hybrid retrieval, per question:

1. mends spelling slips with the store's own words (:mod:`vectorstore.spelling`), and joins a
   lower-case code the store knows ("rx 204" → "rx204", :mod:`vectorstore.words`);
2. asks the vector store and the lexical index (:mod:`vectorstore.lexical`: character n-grams, and
   BM25 over words with codes kept whole) for their ``candidates`` best documents each, and fuses
   the three rankings by reciprocal rank (RRF, Cormack et al. 2009: ``sum 1 / (rrf_k + rank)``; ties
   go to the higher cosine + n-gram score);
3. gates each document: it must name what the question names (its capitalized words, a slip
   mended, accents and dates aside: a document about the Northern Lantern does not answer for the
   "Northern Lanthorn") and state what it states (its numbers and weekdays: a document that gives
   2022's winner does not answer for 2019, one about Saturday rides not for Sunday's); a question
   that names codes (words with letters and digits: KX-2047, P-41,
   Land03888) is answered only by documents that name them all, whatever the vectors say (so is one
   giving a whole date by those that state it: a log's entry of "5 March 2024", and one naming two
   words or more by the table rows that name them all: "Sportcomplex Den Akker" in a Dutch row); any other
   question by documents whose cosine similarity to it passes ``score_threshold`` (a lower
   ``named_threshold`` for one that names what the question names or states its numbers: a short
   question about a table row scores low with it, "Who sits in Room 312?"). The gate only
   keeps out the unrelated: whether a related document *answers* is the tuned model's judgement
   and the answer's grounding check (:mod:`chatbot.rag.grounding`).

The lexical index is built from the store's documents on first use, shared by every retriever of
the same store object, and rebuilt at the first question after the collection's revision changed
(each ingestion that changes a document bumps it, see :meth:`vectorstore.store.Store.bump_revision`;
a rebuilt collection has a new id). The check is one metadata read per question, against an
embedded store or a Chroma server alike. While an ingestion runs, the index may lag the store:
documents it names that are gone are dropped, and every kept document's score is read fresh.
Example::

    retriever = HybridRetriever(store=store, k=3, score_threshold=0.3)
    retriever.invoke("capital of geramny?")   # [Document("The capital of Germany is Berlin.", ...), ...]
"""

from __future__ import annotations

import itertools
import re
import threading
import weakref
from pathlib import Path

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from vectorstore.lexical import LexicalIndex, name_line, title_of
from vectorstore.spelling import plain
from vectorstore.store import Store
from vectorstore.words import (
    CAPITALS_CODE,
    MONTHS,
    OPENERS,
    TITLES,
    WEEKDAYS,
    bounded_sum,
    calendar,
    clock_times,
    counts_of_units,
    dated_weekdays,
    held,
    identifiers,
    is_number,
    join_known,
    joined_code,
    joined_counts,
    long_number,
    measured,
    names,
    only_as_money,
    ruled_counts,
    size_pairs,
    stated,
    sums_of_money,
    weighed_counts,
    whole_date,
    within_spans,
    without_ages,
    words,
    written_as_sum,
)

# a table row as ingestion writes it, "label — column: value; …" (ingest.text.table_row; read here
# by its shape, as retrieval comes before ingestion in the layers)
_ROW = re.compile(r"[^\n]*? \u2014 [^:;\u2014\n]{1,40}: ")
# a code of capitals only ("KNV", "PF", a prefix "LQW-"), no digit
# a rule of who may come by age, which answers for any age asked ("Adults only (18+)", "members aged 12
# and over", "min_age: 18", "must be 18 or over"); not a price's band alone ("Hearing assessment (over-65s)"),
# nor "Bookings must be 48 hours in advance"
_AGE_RULE = re.compile(
    r"\b(?:min(?:imum)?[ _]age|age limit|ages?|aged|adults? only|children)\b"
    r"|\bmust be (?:aged \d|\d{1,2}\s?(?:\+|or (?:over|older|under|younger))|at least \d{1,2} years)",
    re.IGNORECASE,
)
# a question asking yes or no, after any scene it sets: "Can he go …?", "…, do I get my deposit back?";
# not one asking a value ("Can you tell me how much …?", "What's the price for 3 nights? Is …?")
_ASKS_WHETHER = re.compile(
    r"(?:^|[,;:\u2013]\s*|\s-\s*|[.?!]\s+)(?:can|could|may|is|are|am|do|does|did|will|would|should|have|has)\b",
    re.IGNORECASE,
)
_ASKS_VALUE = re.compile(r"\b(?:how|what|what's|which|when|where|who|tell me|do you know)\b", re.IGNORECASE)
_LETTER_CODE = re.compile(rf"{CAPITALS_CODE}|(?<![\w-])[A-Z]{{2,5}}(?!\w|-\w)")  # "QF-JF", "KNV"


class HybridRetriever(BaseRetriever):
    """The ``k`` best documents by fused rank whose cosine similarity passes ``score_threshold``."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    store: Store
    k: int = Field(1, ge=1)
    score_threshold: float = Field(0.3, ge=-1.0, le=1.0)
    named_threshold: float = Field(0.2, ge=-1.0, le=1.0)  # for a document naming what the question names
    candidates: int = Field(20, ge=1)
    rrf_k: int = Field(60, ge=1)

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        """Mend, search three ways, fuse, keep what passes the threshold and names the question's codes."""
        index = lexical_index(self.store)
        if unknown_subject(query, index):
            return []
        question = mended(query, index)
        vector = np.asarray(self.store.embeddings.embed_query(question), dtype=np.float32)
        nearest = self._nearest(vector, self.candidates)
        chars = dict(index.search(question, self.candidates))
        exact = dict(index.search_words(question, self.candidates))
        found = nearest | self._similarity([i for i in chars | exact if i not in nearest], vector)
        fused = reciprocal_rank([list(nearest), list(chars), list(exact)], self.rrf_k)
        codes, named = identifiers(question), subject(query, index)
        conditions = stated(words(question))
        aged = conditions - stated(words(without_ages(question)))  # someone's age: "my 14 year old"
        sizes, priced, counted = joined_counts(question), sums_of_money(question), counts_of_units(question)
        phrases, ordered = word_pairs(words(question)), name_runs(query, named)
        runs, initials = [set(run) for run in ordered], initialisms(ordered)
        lettered = letter_codes(query)
        rarely = {word for word in lettered if index.spread[word] == 1}  # "LQW-" of one document, not "PIN"
        said = (phrases, rare_words(question, index), rarely)
        asks_whether = _ASKS_WHETHER.search(question) and not _ASKS_VALUE.search(question)
        weighed = (
            {n: of for n, of in weighed_counts(question).items() if n not in aged} if asks_whether else {}
        )
        stating = (
            conditions,
            sizes,
            aged,
            priced,
            counted,
            clock_times(question),
            weighed,
            size_pairs(words(question)),
        )
        passing = [
            i
            for i in fused
            if i in found and self._passes(found[i], codes, (named, runs, initials), stating, said, index)
        ]
        passing.sort(
            key=lambda i: (
                _says_codes(lettered, found[i][0].page_content, index),
                fused[i],
                found[i][1] + chars.get(i, 0.0),
            ),
            reverse=True,
        )
        passing = _content_first(passing, {i: found[i][0] for i in passing}, question, named)
        texts = {i: found[i][0].page_content for i in passing[:_RIVALS]}
        passing = _rare_first(passing, texts, question, said[1] - named)
        return [scored(*found[i], chars.get(i, 0.0)) for i in passing[: self.k]]

    def _passes(
        self,
        found: tuple[Document, float],
        codes: set[str],
        naming: tuple[set[str], list[set[str]], dict[str, set[str]]],
        stating: tuple[
            set[str],
            dict[str, str],
            set[str],
            set[str],
            set[str],
            set[str],
            dict[str, tuple[str, str]],
            set[frozenset[str]],
        ],
        said: tuple[set[tuple[str, str]], set[str], set[str]],
        index: LexicalIndex,
    ) -> bool:
        """A question is answered only by documents that name what it names (Northern Lanthorn is not
        the Northern Lantern), state its numbers, weekdays and months (2022's winner is not 2019's) and name
        all its codes (KX-2041 never answers for KX-2047); a question with codes, a whole date ("on 5
        March 2024") or a telephone number whatever the vectors say, any other by a similar enough
        document (less similar where it names or states something the document does too, or says two
        of its words together:
        a register's row of the "chain hoist" scores low with "where's the chain hoist kept", and so
        does a row that writes a word of the question few documents write, ``said``'s second:
        "unwashed" of an export's note for "which member brought the cloths back unwashed"); one
        naming something ("Sportcomplex Den Akker", "Szalai") by table rows that name it all: an
        export's terse row ("tenant: Szalai, K; cust_ref: C-31102") resembles no question. A document
        may leave a name to the other parts of its file (:func:`_named_by_file`)."""
        named, runs, initials = naming
        conditions, sizes, aged, priced, counted, clocks, weighed, paired = stating
        # the question's numbers, weekdays and months; those joined to a thing; those it gives as someone's
        # age, which a rule of ages holds however it bounds them ("Adults only (18+)" answers for a
        # 14-year-old); those it gives as sums of money; those it gives as counts of a unit (no sum: "20
        # miles" of "Zone B: 8 to 15 miles, £20" is unstated); its times of day in figures ("11:44"); the
        # counts of a yes-or-no question, which a rule's bound answers either way ("at least 1.2 m tall"
        # for a 1.15 m child: no); its sizes, each side beside the other ("a 20x40 canvas" of a list of
        # 20x30 and 30x40 ones: none)
        phrases, rare, lettered = said
        text = found[0].page_content
        written = words(text)
        # a file's or column's name says its words ("crumb_and_copper_products.json" names Crumb &
        # Copper, ``retail_250g_bag`` states 250)
        parted = words(unglued(text)) if "_" in text else written
        dated = dated_weekdays(text) if conditions & WEEKDAYS else set()  # only a weekday asked needs it
        states = stated(parted, counted=True) | dated
        unaccented = {plain(word) for word in parted}
        if not states & MONTHS:  # a month is asked only of documents that write months by name
            conditions = conditions - MONTHS  # (not of one dating by numbers: 2023-02-09)
        coded = bool(codes) and codes <= set(written)
        unnamed = {w for w in named if not held(w, unaccented)}
        unnamed -= _compounded(named, unaccented)
        source = str(found[0].metadata.get("source", ""))
        if unnamed and initials:  # a name its file's name or the chunk's capitals write short: "ltc", "RMC"
            short = _file_words(source) | _capitals(text)
            unnamed -= {word for initial, spelled in initials.items() if initial in short for word in spelled}
        if unnamed & lettered:  # a short name in capitals its file writes, and no other ("DDBBA")
            unnamed -= {word for word in unnamed & lettered if index.owned(word, text)}
        bounded = {number for number in priced if bounded_sum(number, text)}  # "orders over £150": £250
        as_money = {number for number in counted if only_as_money(number, text)}
        unstated = conditions - (states - as_money) - (aged if _AGE_RULE.search(text) else set()) - bounded
        unstated -= ruled_counts(weighed, text)
        if unstated - within_spans(unstated, parted) or not measured(sizes, parted):
            return False
        if paired and (pairs := size_pairs(parted)) and not paired <= pairs:
            return False  # a size it writes whole elsewhere; one whose sides are cells of their own may be it
        if not all(n in bounded or written_as_sum(n, text) for n in priced):  # "48 hours": no £48
            return False
        if not _named_by_file(unnamed, runs, text, coded, index, source):
            return False
        if codes:
            return coded
        if whole_date(conditions) or long_number(conditions) or (named and _ROW.match(text)):
            return True  # a log's entry of that day, the row of a telephone number, a table row naming
            # "Sportcomplex Den Akker", however little its words resemble the question's (terse, say)
        if clocks and _ROW.match(text) and clocks <= clock_times(text):
            return True  # the row of "the 11:44 start time", an export's terse row as well
        related = (  # or it says the question's code in capitals ("LQW-"), which the vectors see little of
            named
            or conditions
            or phrases & word_pairs(written)
            or (_ROW.match(text) and rare & set(written))
            or lettered & set(written)
        )
        return found[1] >= (self.named_threshold if related else self.score_threshold)

    def _nearest(self, vector: np.ndarray, n: int) -> dict[str, tuple[Document, float]]:
        """The ``n`` nearest documents by cosine similarity, best first."""
        found = self.store.nearest(vector, n)
        rows = zip(
            found["ids"][0], found["documents"][0], found["metadatas"][0], found["distances"][0], strict=True
        )
        return {
            id_: (Document(id=id_, page_content=text, metadata=meta or {}), 1.0 - d)
            for id_, text, meta, d in rows
        }

    def _similarity(self, ids: list[str], vector: np.ndarray) -> dict[str, tuple[Document, float]]:
        """The documents ``ids`` that still exist, with their cosine similarity to ``vector``."""
        if not ids:
            return {}
        found = self.store.get(ids, include=("documents", "metadatas", "embeddings"))
        embeddings = np.asarray(found["embeddings"], dtype=np.float32)
        scores = embeddings @ vector / (np.linalg.norm(embeddings, axis=1) * np.linalg.norm(vector))
        rows = zip(found["ids"], found["documents"], found["metadatas"], scores, strict=True)
        return {
            id_: (Document(id=id_, page_content=text, metadata=meta or {}), float(s))
            for id_, text, meta, s in rows
        }


class LiveIndex:
    """One store's lexical index and the store revision it was built from."""

    def __init__(self) -> None:
        self.index: LexicalIndex | None = None
        self.revision: str | None = None
        self.lock = threading.Lock()

    def current(self, store: Store) -> LexicalIndex:
        """The index of the store's documents now: rebuilt when the store's revision changed."""
        with self.lock:
            now = store.revision()
            if self.index is None or now != self.revision:
                records = list(store.records(include=("documents",)))
                self.index = LexicalIndex([r.id for r in records], [r.text or "" for r in records])
                self.revision = now
            return self.index


# one live index per store object, shared by all its retrievers (the chat makes one per request)
_LIVE: weakref.WeakKeyDictionary[Store, LiveIndex] = weakref.WeakKeyDictionary()
_LIVE_LOCK = threading.Lock()


def lexical_index(store: Store) -> LexicalIndex:
    """The up-to-date lexical index of ``store``, built on first use and when the store changed."""
    with _LIVE_LOCK:
        live = _LIVE.setdefault(store, LiveIndex())
    return live.current(store)


def mended(question: str, index: LexicalIndex) -> str:
    """The question as it is searched: a slip in a word mended, a letter group and number the store
    writes as one code joined ("rx 204" → "rx204")."""
    return join_known(index.vocabulary.correct(question), index.words)


def letter_codes(question: str) -> set[str]:
    """The words ``question`` writes in capitals only, when it writes others in lower case: codes
    without a digit ("which club has the code KNV", "outcome PF"), which the documents that write
    them answer before any that only resemble the question."""
    if not re.search(r"[a-z]", question):
        return set()
    return _capitals(question)


def _capitals(text: str) -> set[str]:
    """The codes of capitals only ``text`` writes, as :func:`vectorstore.words.words` does ("qfjf")."""
    return {joined_code(word).casefold() for word in _LETTER_CODE.findall(text)}


def is_date(word: str) -> bool:
    """Whether a capitalized word names a weekday or month ("Sundays", "Jan", "May") rather than a
    thing: documents write dates in many ways (9 Jan, 2023-01-09), so it is no name to look for."""
    return calendar(word.casefold()) is not None or word.casefold() == "may"


def asked_names(question: str, index: LexicalIndex) -> list[str]:
    """The names ``question`` gives, less its opening word when that is capitalized only because it
    opens the question: a word the documents write in lower case or an English function word
    ("Weight of the Corrie Shell 2?", "Until what time …?", "Above what group size …?"), or an
    adverb or participle that no document writes ("Roughly how long …?", "Estimated value of …")."""
    found = names(question, index.lower_case, ENGLISH_STOP_WORDS)
    if found and question.startswith(found[0]) and _adverb(found[0], index):
        return found[1:]
    return found


def _adverb(word: str, index: LexicalIndex) -> bool:
    """Whether ``word`` reads as an adverb or a participle ("Roughly", "Estimated") and no document
    writes it: not a name the documents give, such as "Italy"."""
    return word.endswith(("ly", "ed")) and len(word) > 4 and word.casefold() not in index.vocabulary.words


def subject(question: str, index: LexicalIndex) -> set[str]:
    """The words of what ``question`` names (its capitalized words, a slip mended, without accents),
    leaving out question words, dates and a person's title ("Sister", "Dr")."""
    found = set()
    for name in asked_names(question, index):
        for word in words(index.vocabulary.correct(name)):
            if word not in OPENERS and word not in TITLES and not is_date(word):
                found.add(plain(word))
    return found


def unknown_subject(question: str, index: LexicalIndex) -> bool:
    """Whether the question names things (capitalized words) and the store knows none of them, even
    with a slip mended: no document can be about "Wakanda" or "the Titanic" when none names it. A
    month or weekday is no such thing ("in January" of a log that writes "09 Jan")."""
    asked = [name for name in asked_names(question, index) if not is_date(name)]
    known = index.vocabulary.words
    return bool(asked) and not any(index.vocabulary.correct(name).casefold() in known for name in asked)


def name_runs(question: str, named: set[str]) -> list[list[str]]:
    """The question's names as runs of their ``named`` words, in order, an "&" or "and" between words
    going on ("Imogen Tarrant", "Quenby Heath Livery & Riding Centre"): one name's words, which a
    document may say in part and its file in whole."""
    runs: list[list[str]] = [[]]
    for token in question.split():
        said = [plain(w) for w in words(_POSSESSIVE.sub("", token))]  # "Club's": the club's name
        if said and set(said) <= named:
            runs[-1].extend(said)
        elif token not in ("&", "and") and runs[-1]:
            runs.append([])
    return [run for run in runs if run]


_POSSESSIVE = re.compile(r"['\u2019]s\b")  # a name's possessive ending, straight or curly


def initialisms(runs: list[list[str]]) -> dict[str, set[str]]:
    """The initials of each span of three to five words of the question's names (:func:`name_runs`),
    with the words: a file's name or a document's capitals may write the name by them ("ltc" of
    "bramling_edge_ltc_bookings.csv" for "Bramling Edge Lawn Tennis Club", "RMC" for "Residents'
    Management Company"; not "the" of a sentence for "Tarn House Estate")."""
    found: dict[str, set[str]] = {}
    for run in runs:
        for start, end in itertools.combinations(range(len(run) + 1), 2):
            if 3 <= end - start <= 5:
                found["".join(word[0] for word in run[start:end])] = set(run[start:end])
    return found


def _named_by_file(
    unnamed: set[str],
    runs: list[set[str]],
    text: str,
    coded: bool,
    index: LexicalIndex,
    source: str = "",
) -> bool:
    """Whether the other parts of ``text``'s file (``index``) say the ``unnamed`` words of the
    question's names that it does not: when it names all the question's codes (the fault table's
    row "Display: E-14" answers "Bertha's display is showing E-14", where the runbook's other
    sections name the machine Bertha), or when its title or its file's name (``source``) says most
    of that name (the horse's row in "quenby_heath_livery.json" for "… at Quenby Heath Livery & Riding
    Centre", its yard record's name; a wedding thread's reply in "swallowcote_tithe_barn_emails.txt"
    for "… at Swallowcote Tithe Barn", named in its signature), or its file's name says all of it
    ("Gorrick" of "gorrick_linthouse_member_guide.md"); or, for prose whose title or file's name says
    one of the question's names, when a line of names of its own section says the others (a roofer's
    e-mail about "4 Kestle Row" giving the start date, its signature "Tarrant & Pole Roofing"; not
    the customer's reply, which never names the firm, nor a stop its timetable lists); or, for
    prose saying a name in part, capitalized, when its section says the rest ("lessons with Keeley
    cost £38" for "… with Keeley Marrick", named in full a chunk before; not "a family-run small
    animal practice" for the "Practice Standards Scheme"). Two of a question's words said together
    are too little: a timetable's fares for "a single ticket from Harrowby Harbour to Saltmill",
    Saltmill named in its other sections, gave another journey's fare."""
    if not unnamed:
        return True
    filed = _file_words(source)
    title = filed | {plain(word) for word in words(title_of(text).replace("_", " "))}
    identifying = [run for run in runs if _mostly_titled(run, title) or run <= filed]
    partly = {word for run in identifying for word in run}
    prose = not _ROW.match(text) and text.rstrip().endswith((".", "!", "?"))  # no record's fields
    sectioned = bool(identifying) and prose
    capitalized = {plain(w) for token in text.split() if token[:1].isupper() for w in words(token)}
    shortened = {word for run in runs if run & capitalized for word in run} if prose else set()
    return all(
        ((coded or word in partly) and index.titled(word, text))
        or (sectioned and index.signed(word, text))
        or (word in shortened and index.sectioned(word, text))
        or (prose and index.greeted(word, text))
        for word in unnamed
    )


def _content_first(
    ids: list[str], documents: dict[str, Document], question: str, named: set[str]
) -> list[str]:
    """``ids`` with the first put behind the prose of its file that says the most words the question
    asks about, when it is a line of names (:data:`NAME_LINE` words at most) saying none of them:
    an e-mail's signature ("Kind regards, Dewi Tarrant, Tarrant & Pole Roofing") tells nothing of
    "When will Tarrant & Pole start the work?", which the message above it answers. The words of
    its file's name say which file, not what it says: a quote's letterhead "Glennister Brothers
    Removals & Storage Ltd" says no "removals" asked of "glennister_brothers_removals_quote.docx".
    (Not a table row: a menu's flat white "at no extra charge" says nothing of a delivery charge;
    nor behind a paragraph, which may say the question's thing is not there: an FAQ's opening page.)"""
    asked = {_stem(plain(w)) for w in words(question) if w not in ENGLISH_STOP_WORDS and not is_number(w)}
    asked -= {_stem(w) for w in named}
    if not ids or not named or not asked:
        return ids
    first = documents[ids[0]].page_content
    if not name_line(first) or not named & {plain(w) for w in words(first)}:
        return ids  # most first documents are no line of names: the cheapest test goes first
    asked -= {_stem(w) for w in _file_words(documents[ids[0]].metadata.get("source"))}
    title = title_of(first)
    if _says(first[len(title) :], asked):
        return ids
    said = {
        i: len(_says(documents[i].page_content[len(title) :], asked))
        for i in ids[1:]
        if title_of(documents[i].page_content) == title and not _ROW.match(documents[i].page_content)
    }
    better = max(said, key=lambda i: said[i], default=None)  # the first of the best
    return [better, *(i for i in ids if i != better)] if better and said[better] else ids


def _says_codes(lettered: set[str], text: str, index: LexicalIndex) -> bool:
    """Whether ``text`` writes the question's codes of capitals, or its file does where one is the
    file's own short name (see :meth:`~vectorstore.lexical.LexicalIndex.owned`)."""
    unsaid = lettered - set(words(text))
    return all(index.owned(word, text) for word in unsaid)


def _file_words(source: object) -> set[str]:
    """The words of a source file's name, underscores apart ("glennister", "brothers", "removals" …)."""
    return {plain(word) for word in words(_GLUED.sub(r"\1 ", Path(str(source or "")).stem).replace("_", " "))}


# a group's word and its number written as one in a file's name: "year9", "week2", "stage3" (not a
# column's "address_line1", "floor_area_m2", "q1_sales", nor "top10_walks")
_GLUED = re.compile(
    r"(?<![^\W_])(year|yr|week|wk|term|grade|stage|level|class|group|round|day|block|phase|unit|zone)(?=\d)"
)
_FILE_NAME = re.compile(r"[\w.-]*_[\w.-]*\.[a-z]{2,5}\b")  # "quenmore_ridge_academy_year9_….csv"


def unglued(text: str) -> str:
    """``text`` with its names of files and columns in words: underscores apart, and in a file's name
    a group's word apart from the number it is glued to ("quenmore_ridge_academy_year9_…" says Year 9)."""
    return _FILE_NAME.sub(lambda name: _GLUED.sub(r"\1 ", name[0]), text).replace("_", " ")


def _says(text: str, asked: set[str]) -> set[str]:
    """The ``asked`` stems ``text`` says."""
    return asked & {_stem(plain(w)) for w in words(text)}


def _rare_first(ids: list[str], texts: dict[str, str], question: str, rare: set[str]) -> list[str]:
    """``ids`` with the first of its best ``texts`` that says every ``rare`` word of the question, and
    more of its other words than the first, put first, when the first says none of them and is of the
    same file: a dance school's page that opens "Kelderwick School of Dance was founded in 1998 …" is
    nearer in the vectors' sense to "who's the safeguarding lead at kelderwick school of dance" than
    its welfare paragraph, which says "safeguarding" and "lead". The rare words must be written in
    lower case, not in a name; the words of the file's title count for none. (A rare word only
    another file says leaves the order to the gate and the model.)"""
    if not rare or not ids or rare & set(words(texts[ids[0]])):
        return ids
    title = title_of(texts[ids[0]])
    asked = {_stem(plain(w)) for w in words(question) if w not in ENGLISH_STOP_WORDS}
    asked -= {_stem(plain(w)) for w in words(title)}
    first = len(_says(texts[ids[0]][len(title) :], asked))
    better = next(
        (
            i
            for i in ids[1:_RIVALS]
            if title_of(texts[i]) == title
            and rare <= _common(texts[i])
            and len(_says(texts[i][len(title) :], asked)) > first
        ),
        None,
    )
    return [better, *(i for i in ids if i != better)] if better else ids


def _common(text: str) -> set[str]:
    """The words ``text`` writes in lower case, or capitalized only to open a sentence: not a name's
    ("Football" of "Greyholt Junior Football League" is the league's, not the football asked of)."""
    tokens = text.split()
    return {
        w
        for at, token in enumerate(tokens)
        if token.lstrip(_OPENING_MARKS)[:1].islower() or not at or tokens[at - 1][-1:] in ".!?:"
        for w in words(token)
    }


_RIVALS = 5  # the best documents a rare word may bring one of first
_OPENING_MARKS = "(\"'\u2018\u201c"  # before a word: "(safeguarding", "\u201cwritten"


def _stem(word: str) -> str:
    """A word's first five letters: "berthed" says the "berth" asked, "captains" the "captain"."""
    return word[:5]


def _compounded(named: set[str], known: set[str]) -> set[str]:
    """The ``named`` words a document writes joined to another of them: "Food Bank" as "foodbank",
    "Boat House" as "boathouse"."""
    return {word for a in named for b in named if a != b and held(a + b, known) for word in (a, b)}


def _mostly_titled(run: set[str], title: set[str]) -> bool:
    """Whether a document's ``title`` says most of a name's words, two at least: the name is its
    file's ("Quenby Heath Livery & Riding Centre" of "quenby_heath_livery_register.json"), not one of
    a row like it ("Tarnwick Rovers" of "tarnwick_valley_rugby_clubs.csv", "Tallis Quay" of
    "tallis_ferry_fares.csv", whose rows name other clubs and quays)."""
    said = sum(held(word, title) for word in run)
    return said >= 2 and 2 * said > len(run)


def rare_words(question: str, index: LexicalIndex) -> set[str]:
    """The question's longer words that at most :data:`RARE_DOCUMENTS` documents write: what sets a
    terse row apart ("unwashed", "pinblock"), where the vectors see little of it."""
    return {w for w in words(question) if len(w) >= _RARE_LENGTH and 0 < index.spread[w] <= RARE_DOCUMENTS}


RARE_DOCUMENTS = 2
_RARE_LENGTH = 6


def word_pairs(said: list[str]) -> set[tuple[str, str]]:
    """Two words said together, neither a function word ("chain hoist" of "where's the chain hoist
    kept"), each as its singular ("a duty day" is said by "three duty days")."""
    return {
        (_singular(a), _singular(b))
        for a, b in itertools.pairwise(said)
        if a not in ENGLISH_STOP_WORDS and b not in ENGLISH_STOP_WORDS and a.isalpha() and b.isalpha()
    }


def _singular(word: str) -> str:
    """A plural in -s as its singular, roughly ("days" as "day"; not "glass")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def scored(doc: Document, score: float, lexical: float) -> Document:
    """The document with its cosine similarity and its lexical score in metadata (as the chat shows them)."""
    metadata = {**doc.metadata, "score": round(score, 4), "lexical_score": round(lexical, 4)}
    return Document(id=doc.id, page_content=doc.page_content, metadata=metadata)


def reciprocal_rank(rankings: list[list[str]], rrf_k: int) -> dict[str, float]:
    """Reciprocal-rank fusion: each id scores the sum of ``1 / (rrf_k + rank)`` over the rankings it is in."""
    fused: dict[str, float] = {}
    for ranking in rankings:
        for rank, id_ in enumerate(ranking, 1):
            fused[id_] = fused.get(id_, 0.0) + 1.0 / (rrf_k + rank)
    return fused
