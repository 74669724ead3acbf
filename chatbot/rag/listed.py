"""Things the documents list side by side, and an answer that tells one's value as another's.

"The company operates four ferries: the Skerran Star, the Marrow Light, the Tessel Runner and the
Ottilie. The largest of them, the Marrow Light, carries 520 passengers and 60 cars." Asked how many
cars the Skerran Star carries, a small model answers "The Skerran Star carries 60 cars.": the value
is in its documents, so the other checks pass it, but it stands only where they speak of another
thing of the same list. Example::

    told_of_another("The Skerran Star carries 60 cars.", "How many cars does the Skerran Star carry?",
                    [text])  # True: 60 is said only of the Marrow Light, listed beside it
"""

from __future__ import annotations

import re

from ingest.separators import PATH_SEPARATOR, ROW_SEPARATOR, body_of
from vectorstore.words import FILLER, name_words, words

_NAME = r"[A-Z][\w'’-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w'’-]*)*"  # "Marrow Light", "Isle of Wight"
_ITEM = rf"(?:the\s+)?{_NAME}"
# three or more names in a row: "the Skerran Star, the Marrow Light and the Ottilie"
_LIST = re.compile(rf"{_ITEM}(?:,\s+{_ITEM})+,?\s+(?:and|or)\s+{_ITEM}")
_SEPARATOR = re.compile(r",\s+|\s+(?:and|or)\s+")
# where a document speaks of one thing rather than another: its sentences and their clauses
_CLAUSE_END = re.compile(r"(?<=[.!?;:])\s+")
# an item of a list written on one line, after its label: "Adult 10-visit card: £120, valid for …"
_LABELLED_ITEM = re.compile(r"^([^:;]{2,60}?):\s+\S")
_ASKING = frozenset({"how", "much", "many", "cost", "costs", "price", "pay", "charge", "is", "are"})


def told_of_another(sentence: str, question: str, documents: list[str]) -> bool:
    """Whether a number or name ``sentence`` adds to ``question`` stands in ``documents`` only where
    they name another thing of a list that holds the one the question asks about, never that one."""
    asked, others = _listed_with(question, " ".join(documents))
    if not others:
        return False
    question_words = set(words(question))
    named = name_words(sentence) - FILLER
    added = {w for w in words(sentence) if w not in question_words}
    values = {w for w in added if w in named or any(c.isdigit() for c in w)}
    clauses = [
        (clause, set(words(clause))) for document in documents for clause in _CLAUSE_END.split(document)
    ]
    for value in values:
        holding = [clause for clause, said in clauses if value in said]
        if holding and all(_names(clause, others) and not _names(clause, asked) for clause in holding):
            return True
    return False


def _listed_with(question: str, text: str) -> tuple[set[str], set[str]]:
    """The things of ``text``'s lists that ``question`` names (one per list), and the others listed
    beside them; casefolded, without "the"."""
    asked: set[str] = set()
    others: set[str] = set()
    for found in _LIST.finditer(text):
        items = {
            re.sub(r"^the\s+", "", item, flags=re.IGNORECASE).casefold()
            for item in _SEPARATOR.split(found[0])
        }
        named = {item for item in items if _names(question, {item})}
        if len(items) >= 3 and len(named) == 1:
            asked |= named
            others |= items - named
    return asked, others


def _names(text: str, things: set[str]) -> bool:
    """Whether ``text`` names one of ``things`` (any case)."""
    return any(re.search(rf"\b{re.escape(thing)}\b", text, re.IGNORECASE) for thing in things)


def labelled_elsewhere(sentence: str, question: str, documents: list[str]) -> bool:
    """Whether a number the answer adds stands only in items of a document's labelled list
    ("Junior monthly membership: £32 per month; Adult 10-visit card: £120") whose labels say no word
    of the answer or of the question: "A junior annual membership paid up front is £120." tells the
    10-visit card's price as another thing's; or only in items other than those whose labels the
    question says a word of ("re-slate the whole rear roof" names the quote's "slates, rear pitch",
    not the ridge's £585.00 the answer gives). A table row's cells are left to the table checks (a
    column's name, "Price", is how any answer says what it gives)."""
    figures = {w for w in words(sentence) if any(c.isdigit() for c in w)} - set(words(question))
    asked = set(words(question)) - FILLER - _ASKING
    meant = {_key(w) for w in [*words(sentence), *asked] if w not in FILLER and w not in figures}
    for document in documents:
        if ROW_SEPARATOR in document:
            continue
        items = [(_LABELLED_ITEM.match(item), set(words(item))) for item in body_of(document).split("; ")]
        if PATH_SEPARATOR not in document:  # the first "label" may be the file's title
            items[0] = (None, items[0][1])
        if sum(bool(label) for label, _ in items) < 2:
            continue
        named = [label for label, _ in items if label and _keys(label[1]) & _keys(" ".join(asked))]
        quoted = {label for label, said in items if label and _quotes(sentence, question, said, label[1])}
        for figure in figures:
            holding = [label for label, said in items if figure in said]
            if holding and all(
                label and label not in quoted and not {_key(w) for w in words(label[1])} & meant
                for label in holding
            ):
                return True
            if holding and named and not any(label in named for label in holding):
                return True
    return False


def _quotes(sentence: str, question: str, item: set[str], label: str) -> bool:
    """Whether ``sentence`` says two or more words of an item's text after its ``label``, besides
    figures and the question's words: it tells that item's value, whatever the label ("She was stuck
    on a ledge about 15 m below the rim." of "Details: Border collie stuck on a ledge about 15 m
    below the rim")."""
    own = item - FILLER - set(words(label)) - set(words(question))
    return len({w for w in own if not any(c.isdigit() for c in w)} & set(words(sentence))) >= 2


def swapped_thing(sentence: str, question: str, documents: list[str]) -> bool:
    """Whether ``sentence`` says the question's words around a thing with another thing between them,
    the question's thing said nowhere in it though the documents write it: "A replacement caddy
    costs £4." of "How much does a replacement padlock cost?" tells the caddy's price, "A Stannery
    Cross shirt costs £14." of "… a Stannery Cross club sweater cost?" the shirt's. A thing the
    documents never write, or write only in a heading, may be the asker's word for the one they name
    or what they are all about ("a junior tennis membership" of a tennis club's "Junior club
    membership"), and is left alone."""
    asked, said = words(question), words(sentence)
    told = {_bare_key(w) for document in documents for w in words(body_of(document))}
    keys = {_bare_key(w) for w in said}
    for left, right, between in _spans(asked):
        thing = {_bare_key(w) for w in between if w not in _HEDGES}
        if not thing or thing & keys or not thing <= told:
            continue
        for left_said, right_said, instead in _spans(said):
            other = {_bare_key(w) for w in instead}
            if (left_said, right_said) == (left, right) and other and not other & thing:
                return True
    return False


# how often or how surely, no thing: "a leasehold purchase normally takes" is "usually takes"
_HEDGES = frozenset(
    {"usually", "normally", "typically", "generally", "often", "always", "currently", "actually", "really"}
)


def _spans(said: list[str]) -> list[tuple[str, str, list[str]]]:
    """Each two words (their keys) with one or two words between them, all no filler, the two between
    letters only (a thing's words, no value), and those words."""
    return [
        (_bare_key(said[a]), _bare_key(said[b]), said[a + 1 : b])
        for a in range(len(said))
        for b in range(a + 2, min(a + 4, len(said)))
        if not any(w in FILLER for w in said[a : b + 1]) and all(w.isalpha() for w in said[a + 1 : b])
    ]


def _bare_key(word: str) -> str:
    """A word's key without a plural's or a verb's "s" ("costs" and "cost" alike)."""
    return _key(word[:-1] if word.endswith("s") and len(word) > 3 else word)


def _keys(text: str) -> set[str]:
    """The keys of a text's words of three letters or more ("re" of "re-point" says nothing)."""
    return {_key(w) for w in words(text) if len(w) > 2}


def _key(word: str) -> str:
    """What a word is matched by: its first five letters ("membership" is a member's)."""
    return word[:5]
