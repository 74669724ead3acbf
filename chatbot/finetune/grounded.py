"""Generated grounded-QA training rows that teach the model to answer from its ``<Input>`` only.

In the spirit of RAFT (Zhang et al. 2024): each row asks about an entity, and its input holds the
one document that answers it among 0-4 distractors in random order — or, for a share of rows,
only distractors, and then the answer is the chain's "I don't know". Entities are invented
(pronounceable country and city names checked against the shipped documents), so no shipped
capital fact is ever a training answer and evaluation measures reading, not memory. A share of
rows puts a real country name next to an invented city so the document wins over what the model
believes. Questions come in the ways people type: lower case, no question mark, typos, "X's
capital?". Example::

    rows = grounded_rows(2000, seed=1901, reserved=shipped_names())
    rows[0]  # {"instruction": ..., "input": ..., "output": ...}
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from chatbot.answer import NO_ANSWER
from chatbot.smalltalk import REPLIES as SMALL_TALK_REPLIES

_ONSETS = "b br c d dr f g gr h j k kr l m n p pr r s st sh t tr v w z".split()  # noqa: SIM905
_VOWELS = "a e i o u a e o ia ei ou".split()  # noqa: SIM905
_CODAS = ["", "", "", "n", "r", "l", "s", "m", "k", "th"]
_COUNTRY_ENDINGS = ["ia", "land", "stan", "ora", "ova", "any", "ador", "istan", "onia", "ea"]
_CITY_ENDINGS = ["burg", "ville", "polis", "grad", "ton", "a", "ford", "o", "is", "heim", "port"]
_COUNTRY_FORMS = ["{}", "{}", "{}", "{}", "Republic of {}", "North {}", "{} Islands", "Saint {}"]
_CITY_FORMS = ["{}", "{}", "{}", "{}", "{}", "San {}", "Port {}", "New {}", "{} City"]


@dataclass(frozen=True)
class Relation:
    """One kind of fact: its document sentence, how people ask for it, and where its values come from."""

    name: str
    document: str
    questions: tuple[str, ...]
    value: str  # "city", "word" or "number"


CAPITAL = Relation(
    "capital",
    "The capital of {c} is {v}.",
    (
        "What is the capital of {c}?",
        "what's the capital of {c}",
        "capital of {c}?",
        "{c} capital",
        "{c}'s capital?",
        "Which city is the capital of {c}?",
        "Tell me the capital of {c}.",
        "What city is the capital of {c}?",
        "name the capital city of {c}",
        "Where is the capital of {c}?",
        "capital city of {c}",
        "Do you know the capital of {c}?",
        "I'd like to know the capital of {c}.",
        "what is {c} capital",
        "What's {c}'s capital city?",
        "which city serves as the capital of {c}?",
        "Can you tell me what the capital of {c} is?",
        "the capital of {c} is?",
    ),
    "city",
)
OTHER_RELATIONS = (
    Relation(
        "currency",
        "The currency of {c} is the {v}.",
        ("What is the currency of {c}?", "currency of {c}?", "what money do they use in {c}", "{c} currency"),
        "word",
    ),
    Relation(
        "language",
        "The official language of {c} is {v}.",
        ("What language is spoken in {c}?", "official language of {c}?", "what do people speak in {c}"),
        "word",
    ),
    Relation(
        "largest city",
        "The largest city of {c} is {v}.",
        ("What is the largest city of {c}?", "biggest city in {c}?", "largest city in {c}"),
        "city",
    ),
    Relation(
        "population",
        "The population of {c} is {v}.",
        ("What is the population of {c}?", "how many people live in {c}?", "population of {c}"),
        "number",
    ),
)
RELATIONS = (CAPITAL, *OTHER_RELATIONS)


def shipped_names(path: Path) -> set[str]:
    """Every country and city name (casefolded) in a seed-format JSON file: names never to invent."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    return {str(row.get(key) or "").casefold() for row in rows for key in ("country", "city")} - {""}


class Names:
    """Invented, pronounceable names that are not in ``reserved`` and never repeat."""

    def __init__(self, rng: random.Random, reserved: set[str]) -> None:
        self.rng = rng
        self.used = set(reserved)

    def _stem(self, syllables: int) -> str:
        parts = [self.rng.choice(_ONSETS) + self.rng.choice(_VOWELS) for _ in range(syllables)]
        return ("".join(parts) + self.rng.choice(_CODAS)).capitalize()

    def _fresh(self, endings: list[str], forms: list[str]) -> str:
        while True:
            stem = self._stem(self.rng.randint(1, 2))
            ending = self.rng.choice(endings) if self.rng.random() < 0.6 else ""
            name = self.rng.choice(forms).format(stem + ending)
            if name.casefold() not in self.used:
                self.used.add(name.casefold())
                return name

    def country(self) -> str:
        return self._fresh(_COUNTRY_ENDINGS, _COUNTRY_FORMS)

    def city(self) -> str:
        return self._fresh(_CITY_ENDINGS, _CITY_FORMS)

    def value(self, kind: str) -> str:
        if kind == "number":
            return f"{self.rng.randint(1, 90) * 10 ** self.rng.randint(3, 7):,}"
        if kind == "word":
            return self._stem(self.rng.randint(1, 3))
        return self.city()


def typo(word: str, rng: random.Random) -> str:
    """``word`` with one typing slip: a dropped, doubled or swapped letter."""
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 2)
    slip = rng.choice(("drop", "double", "swap"))
    if slip == "drop":
        return word[:i] + word[i + 1 :]
    if slip == "double":
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def ask(relation: Relation, country: str, rng: random.Random) -> str:
    """A question about ``country`` the way people type it."""
    name = typo(country, rng) if rng.random() < 0.15 else country
    question = rng.choice(relation.questions).format(c=name)
    if rng.random() < 0.4:
        question = question.lower()
    if rng.random() < 0.25:
        question = question.rstrip("?.")
    return question


class GroundedQA:
    """Generates rows; ``real_countries`` (names only, never their cities) feed the counterfactual share."""

    def __init__(self, seed: int, reserved: set[str], real_countries: Iterable[str] = ()) -> None:
        self.rng = random.Random(seed)
        self.names = Names(self.rng, reserved)
        self.real_countries = sorted(real_countries)

    def fact(self, relation: Relation, country: str | None = None) -> tuple[str, str]:
        """A (country, document) pair: a fresh fact, ``unknown`` capitals included."""
        country = country or self.names.country()
        value = self.names.value(relation.value)
        if relation is CAPITAL and self.rng.random() < 0.04:
            value = "unknown"
        return country, relation.document.format(c=country, v=value)

    def distractors(self, country: str, relation: Relation, n: int) -> list[str]:
        """``n`` documents that do not answer ``relation`` for ``country`` (some about ``country`` itself)."""
        docs = []
        same_country = self.rng.sample([r for r in RELATIONS if r is not relation], k=len(RELATIONS) - 1)
        for _ in range(n):
            if same_country and self.rng.random() < 0.2:
                docs.append(self.fact(same_country.pop(), country)[1])
            else:
                docs.append(self.fact(relation if self.rng.random() < 0.7 else self.rng.choice(RELATIONS))[1])
        return docs

    def row(self) -> dict[str, str]:
        """One training row (alpaca format)."""
        draw = self.rng.random()
        if draw < 0.04:
            question, answer = self.rng.choice(SMALL_TALK_REPLIES)
            return {"instruction": question, "input": "", "output": answer}
        relation = CAPITAL if self.rng.random() < 0.7 else self.rng.choice(OTHER_RELATIONS)
        real = self.real_countries and self.rng.random() < 0.15
        country = self.rng.choice(self.real_countries) if real else self.names.country()
        answerable = draw >= 0.24
        docs = self.distractors(country, relation, self.rng.randint(0 if answerable else 1, 4))
        answer = NO_ANSWER
        if answerable:
            _, document = self.fact(relation, country)
            docs.append(document)
            answer = document
        self.rng.shuffle(docs)
        return {"instruction": ask(relation, country, self.rng), "input": " ".join(docs), "output": answer}


def grounded_rows(n: int, seed: int, reserved: set[str], real_countries: Iterable[str] = ()) -> list[dict]:
    """``n`` generated rows, the same for the same arguments."""
    generator = GroundedQA(seed, reserved, real_countries)
    return [generator.row() for _ in range(n)]
