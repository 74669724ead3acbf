"""Invented names and values for generated training rows: nothing here names a real place or person.

Pronounceable names (country, city, person, company …), identifier-like codes (``KX-2047``, ``P-41``,
``Land03888``) and their near-identical neighbours, and the values facts take (years, counts, money,
measures, dates). Every name is checked against ``reserved`` (the shipped documents' names) and never
repeats, so a generated fact is never a shipped one. Example::

    names = Names(random.Random(1), reserved={"france"})
    names.make("city"), names.make("code"), names.near("KX-2047")   # 'Drelbourg', 'TV-318', 'KX-2041'
"""

from __future__ import annotations

import random

_ONSETS = "b br c d dr f g gr h j k kr l m n p pr r s st sh t tr v w z".split()  # noqa: SIM905
_VOWELS = "a e i o u a e o ia ei ou".split()  # noqa: SIM905
_CODAS = ["", "", "", "n", "r", "l", "s", "m", "k", "th"]
_ENDINGS = {
    "country": ["ia", "land", "stan", "ora", "ova", "any", "ador", "istan", "onia", "ea"],
    "city": ["burg", "ville", "polis", "grad", "ton", "a", "ford", "o", "is", "heim", "port", "mere", "wick"],
    "place": ["dale", "moor", "field", "haven", "cross", "brook", "fell", "ness", "holm"],
    "word": ["", "", "o", "an", "el", "ix", "um"],
}
_FORMS = {
    "country": ["{}", "{}", "{}", "{}", "Republic of {}", "North {}", "{} Islands", "Saint {}"],
    "city": ["{}", "{}", "{}", "{}", "{}", "San {}", "Port {}", "New {}", "{} City"],
    "place": ["{}", "{}", "Upper {}", "Lake {}", "{} Bay", "{} Hill"],
    "word": ["{}"],
}
FIRST_NAMES = (  # noqa: SIM905
    "Mara Ilse Tomas Edda Rurik Sabel Oren Liesl Pavo Wren Ansel Dagny Corin Juna Hale Brisa Teo Nell "
    "Orla Kasimir Ysolde Fenn Agata Bram Selka Idris Mirela Lorcan Tamsin Vesna Ezra Runa Caspar Noor"
).split()
COMPANY_FORMS = ("{} Ltd", "{} & Sons", "{} Works", "{} Company", "{} Trading", "{} Instruments", "{} Marine")
SHIP_FORMS = ("the {} Star", "the Northern {}", "the {} Queen", "the Sea {}", "the {}", "the {} Spirit")
COLOURS = ("dark blue", "rust red", "pale green", "white", "black", "ochre", "grey", "teal")
MATERIALS = ("steel", "brass", "oak", "granite", "copper", "basalt", "cedar", "aluminium")
JOBS = ("engineer", "botanist", "ferry captain", "schoolteacher", "architect", "surveyor", "baker", "chemist")
MONTHS = (
    "January February March April May June July August September October November December".split()  # noqa: SIM905
)
PRODUCTS = ("valve", "sensor", "pump", "gasket", "relay", "bearing", "filter", "coupling", "lamp", "fuse")
ANIMALS = ("grey heron", "snow hare", "marsh owl", "red kite", "river otter", "sand lizard")


class Names:
    """Fresh invented names (never in ``reserved``, never repeated) and values, from one random source."""

    def __init__(self, rng: random.Random, reserved: set[str]) -> None:
        self.rng = rng
        self.used = set(reserved)

    def _stem(self, syllables: int) -> str:
        parts = [self.rng.choice(_ONSETS) + self.rng.choice(_VOWELS) for _ in range(syllables)]
        return ("".join(parts) + self.rng.choice(_CODAS)).capitalize()

    def fresh(self, make) -> str:
        """A value of ``make()`` that was not used before (names stay unique across a run)."""
        while True:
            name = make()
            if name.casefold() not in self.used:
                self.used.add(name.casefold())
                return name

    def _word(self, kind: str) -> str:
        stem = self._stem(self.rng.randint(1, 2))
        ending = self.rng.choice(_ENDINGS[kind]) if self.rng.random() < 0.6 else ""
        return self.rng.choice(_FORMS[kind]).format(stem + ending)

    def person(self) -> str:
        surname = self._stem(self.rng.randint(1, 2)) + self.rng.choice(["", "er", "sen", "ing"])
        return f"{self.rng.choice(FIRST_NAMES)} {surname}"

    def code(self) -> str:
        """An identifier like ``KX-2047``, ``P-41``, ``RX 204`` or ``Land03888``."""
        letters = "".join(self.rng.choice("ABCDEFGHKLMNPRSTVXZ") for _ in range(self.rng.randint(1, 2)))
        shape = self.rng.random()
        if shape < 0.15:
            return f"{self.rng.choice(['Land', 'Zone', 'Unit', 'Site'])}{self.rng.randint(0, 9999):05d}"
        digits = self.rng.randint(10, 99) if shape < 0.5 else self.rng.randint(100, 9999)
        return f"{letters}{self.rng.choice(['-', '-', ' ', ''])}{digits}"

    def make(self, kind: str) -> str:
        """A fresh name of ``kind``: country, city, place, word, person, company, ship or code."""
        makers = {
            "person": self.person,
            "code": self.code,
            "company": lambda: self.rng.choice(COMPANY_FORMS).format(self._stem(self.rng.randint(1, 2))),
            "ship": lambda: self.rng.choice(SHIP_FORMS).format(self._stem(self.rng.randint(1, 2))),
        }
        return self.fresh(makers.get(kind, lambda: self._word(kind)))

    def near(self, name: str) -> str:
        """A fresh name one small slip from ``name``: a digit or letter changed, or two digits swapped."""
        digits = [i for i, c in enumerate(name) if c.isdigit()]

        def variant() -> str:
            if digits:
                i = self.rng.choice(digits)
                if len(digits) > 1 and self.rng.random() < 0.3 and i + 1 in digits and name[i] != name[i + 1]:
                    return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
                return name[:i] + self.rng.choice([d for d in "0123456789" if d != name[i]]) + name[i + 1 :]
            letters = [i for i, c in enumerate(name) if c.islower() and i > 0]
            if not letters:
                return name + self.rng.choice("abcdefghkmnprstv")
            i = self.rng.choice(letters)
            return name[:i] + self.rng.choice([c for c in "aeiourlnst" if c != name[i]]) + name[i + 1 :]

        return self.fresh(variant)

    def value(self, kind: str) -> str:
        """A value of ``kind`` as a document would write it."""
        r = self.rng
        values = {
            "year": lambda: str(r.randint(1820, 2021)),
            "count": lambda: f"{r.randint(2, 95) * 10 ** r.randint(1, 5) + r.randint(0, 9):,}",
            "small": lambda: str(r.randint(2, 480)),
            "money": lambda: r.choice(["€", "$", "£"]) + f"{r.randint(1, 900)}.{r.randint(0, 99):02d}",
            "length": lambda: f"{r.randint(12, 240)} metres",
            "km": lambda: f"{r.randint(3, 900)} km",
            "height": lambda: f"{r.randint(80, 4800):,} m",
            "area": lambda: f"{r.randint(2, 900)} km²",
            "kg": lambda: f"{r.randint(1, 90)}.{r.randint(1, 9)} kg",
            "date": lambda: f"{r.randint(1, 28)} {r.choice(MONTHS)} {r.randint(1950, 2024)}",
            "month": lambda: r.choice(MONTHS),
            "time": lambda: f"{r.randint(5, 21):02d}:{r.choice(['00', '15', '30', '45'])}",
            "duration": lambda: f"{r.randint(2, 9)} hours {r.choice([10, 15, 20, 30, 40, 45])} minutes",
            "colour": lambda: r.choice(COLOURS),
            "material": lambda: r.choice(MATERIALS),
            "job": lambda: r.choice(JOBS),
            "animal": lambda: r.choice(ANIMALS),
            "product": lambda: f"{self._stem(1)} {r.choice(PRODUCTS)}",
        }
        if kind in values:
            return values[kind]()
        return self.make(kind)


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
