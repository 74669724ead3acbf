"""Generated grounded-QA training rows that teach the model to answer from its documents only.

In the spirit of RAFT (Zhang et al. 2024): a row asks about an entity, and its documents hold the one
that answers among distractors in random order, or, for about a third of the rows, only related
documents that do not answer, and then the answer is the chain's "I don't know". The documents take
the shapes ingestion gives real files (:mod:`ingest.text`): one-fact sentences like the shipped data,
paragraphs with several facts and pronouns under a heading path, and table rows that name their file
and columns. Hard cases on purpose:

- unanswerable with related context: the same entity without the asked attribute; other entities
  with it, some with a near-identical name or code (``KX-2041`` for ``KX-2047``); the asked name
  present only as another entity's value ("population of Dunmere" beside "Kilvaro; main_town:
  Dunmere; population: 4,120");
- two entities in one question, answered from two documents; reverse questions ("Which island has
  Dunmere as its main town?");
- questions the way people type them: lower case, no "?", statement form ("The capital of X is
  what?"), embedded in a message ("I'm travelling to X - which city is its capital?"). No typos: the
  retriever mends them with the store's words before the model reads the question.

Answers are one sentence that quotes the document's value, never the whole document. Entities are
invented (checked against the shipped names), so no shipped fact is ever a training answer and an
evaluation measures reading, not memory; some rows put a real country name beside an invented value,
so the document wins over what the model believes. Example::

    rows = grounded_rows(800, seed=1901, reserved=shipped_names(path))
    rows[0]  # {"instruction": ..., "documents": [...], "input": ..., "output": ...}
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from chatbot.finetune import catalogue as cat
from chatbot.finetune.names import Names
from chatbot.rag.answer import NO_ANSWER
from chatbot.rag.smalltalk import REPLIES as SMALL_TALK_REPLIES
from ingest.text import heading_path, table_row

CODE_KINDS = ("station", "part", "route")
SECTIONS = ("Overview", "History", "Facts and figures", "Notes", "Details", "Background")
TITLES = ("{} handbook", "A history of {}", "Annual report: {}", "Guide to {}", "{} records")


def shipped_names(path: Path) -> set[str]:
    """Every country and city name (casefolded) in a seed-format JSON file: names never to invent."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    return {str(row.get(key) or "").casefold() for row in rows for key in ("country", "city")} - {""}


@dataclass
class Entity:
    """An invented entity of a kind, with a value for each of the kind's attributes."""

    kind: cat.Kind
    name: str
    facts: dict[str, str] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """How documents and answers name it ("part KX-2047", "the Dunmere Festival")."""
        return self.kind.label.format(self.name)


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def possessive(pronoun: str) -> str:
    """``it`` → ``its``, ``she`` → ``her``, ``the company`` → ``the company's``."""
    return {"it": "its", "she": "her", "he": "his"}.get(pronoun, f"{pronoun}'s")


class Writer:
    """Renders facts as documents, questions and answers in varied words."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def sentence(self, entity: Entity, attribute: cat.Attribute, pronoun: bool = False) -> str:
        """One sentence stating one fact; with ``pronoun``, the entity named by its kind's pronoun."""
        says = [*attribute.says, cat.GENERIC_SAYS] if self.rng.random() < 0.85 else [cat.GENERIC_SAYS]
        subject = entity.label
        if pronoun:  # only sentences that open with the subject read well with a pronoun
            subject = entity.kind.pronoun
            says = [t for t in attribute.says if t.startswith("{s}")] or [cat.PRONOUN_SAYS]
            says = [t.replace("{s}'s", possessive(subject)) for t in says]
        text = self.rng.choice(says).format(
            s=subject, v=entity.facts[attribute.name], name=attribute.name, its=possessive(subject)
        )
        return capitalized(text)

    def paragraph(self, entity: Entity, attributes: list[cat.Attribute]) -> str:
        """Several facts about one entity; later sentences refer back to it; maybe under a heading path."""
        sentences = [self.sentence(entity, attributes[0])]
        for attribute in attributes[1:]:
            sentences.append(self.sentence(entity, attribute, pronoun=self.rng.random() < 0.5))
        text = " ".join(sentences)
        if self.rng.random() < 0.5:
            title = self.rng.choice(TITLES).format(self.rng.choice([entity.name, entity.kind.noun + "s"]))
            path = [capitalized(title), self.rng.choice([*SECTIONS, capitalized(entity.label)])]
            text = heading_path(path[: self.rng.randint(1, 2)], text)
        return text

    def row(self, entity: Entity, attributes: list[cat.Attribute]) -> str:
        """A table row naming its file and columns, the entity in the first column."""
        cells = [(entity.kind.noun, entity.name)] + [(a.column, entity.facts[a.name]) for a in attributes]
        return table_row(entity.kind.table, cells)

    def question(self, entity: Entity, attribute: cat.Attribute) -> str:
        """The question for one fact, the way some user would type it."""
        # no typos: the retriever mends them before the model reads the question, and a name one
        # letter off must read as another entity (the near-identical distractors)
        name = entity.name if entity.kind.names == "code" and self.rng.random() < 0.5 else entity.label
        forms = attribute.asks if self.rng.random() < 0.5 else cat.GENERIC_QUESTIONS
        question = capitalized(self.rng.choice(forms).format(e=name, name=attribute.name))
        return self.styled(question, name)

    def styled(self, question: str, name: str) -> str:
        """``question`` wrapped in a message, lower-cased or without its question mark, now and then."""
        if self.rng.random() < 0.1:
            question = self.rng.choice(cat.WRAPPERS).format(e=name, q=question)
        if self.rng.random() < 0.35:
            question = question.lower()
        if self.rng.random() < 0.25:
            question = question.rstrip("?.")
        return question

    def answer(self, entity: Entity, attribute: cat.Attribute) -> str:
        template = attribute.answer if self.rng.random() < 0.8 else cat.GENERIC_ANSWER
        return capitalized(
            template.format(e=entity.label, v=entity.facts[attribute.name], name=attribute.name)
        )


class GroundedQA:
    """Generates rows; ``real_countries`` (names only, never their cities) feed the counterfactual share."""

    def __init__(self, seed: int, reserved: set[str], real_countries: Iterable[str] = ()) -> None:
        self.rng = random.Random(seed)
        self.names = Names(self.rng, reserved)
        self.real_countries = sorted(real_countries)
        self.write = Writer(self.rng)

    def entity(self, kind: cat.Kind, name: str | None = None) -> Entity:
        """A fresh entity of ``kind`` with a value for every attribute."""
        if name is None and kind is cat.COUNTRY and self.real_countries and self.rng.random() < 0.15:
            name = self.rng.choice(self.real_countries)
        entity = Entity(kind, name or self.names.make(kind.names))
        entity.facts = {a.name: self.names.value(a.value) for a in kind.attributes}
        if kind is cat.COUNTRY and self.rng.random() < 0.04:
            entity.facts[cat.CAPITAL.name] = "unknown"  # as the shipped data says for a null city
        return entity

    def neighbours(self, target: Entity, n: int) -> list[Entity]:
        """``n`` other entities of the target's kind, half of them named almost like it."""
        near = target.kind.names == "code" or self.rng.random() < 0.5
        return [
            self.entity(target.kind, self.names.near(target.name) if near and i % 2 == 0 else None)
            for i in range(n)
        ]

    def document(self, shape: str, entity: Entity, must: cat.Attribute | None, without=None) -> str:
        """A document about ``entity`` in ``shape`` that states ``must`` (if given) and never ``without``."""
        others = [a for a in entity.kind.attributes if a is not must and a is not without]
        extra = self.rng.sample(others, k=min(len(others), self.rng.randint(1, 3)))
        chosen = [must, *extra] if must else extra
        if shape == "sentence":
            return self.write.sentence(entity, chosen[0])
        if shape == "row":
            return self.write.row(entity, sorted(chosen, key=entity.kind.attributes.index))
        self.rng.shuffle(chosen)
        return self.write.paragraph(entity, chosen)

    def kind(self) -> cat.Kind:
        """Countries a third of the time (the shipped data's kind), else any other kind."""
        if self.rng.random() < 0.33:
            return cat.COUNTRY
        return self.rng.choice([k for k in cat.KINDS.values() if k is not cat.COUNTRY])

    def shape(self, kind: cat.Kind) -> str:
        """sentence (like the shipped data), paragraph (prose under headings) or row (a table's)."""
        weights = (6, 2, 2) if kind is cat.COUNTRY else (1, 5, 4)
        return self.rng.choices(("sentence", "paragraph", "row"), weights)[0]

    def distractors(self, target: Entity, attribute: cat.Attribute, shape: str, n: int) -> list[str]:
        """``n`` documents that do not answer: other entities (some named almost like the target) with
        the attribute or without it, and now and then an entity of another kind."""
        docs = []
        for other in self.neighbours(target, n):
            if self.rng.random() < 0.2:
                other = self.entity(self.kind())
                docs.append(self.document(shape, other, None))
            else:
                docs.append(self.document(shape, other, attribute if self.rng.random() < 0.7 else None))
        return docs

    def unanswerable(self, target: Entity, attribute: cat.Attribute, shape: str) -> tuple[str, list[str]]:
        """The question and documents of a row whose documents are related but do not answer."""
        mode = self.rng.random()
        named = [a for a in target.kind.attributes if a.value in ("city", "place") and a is not attribute]
        if mode < 0.15 and named and target.kind.label == "{}":
            holder = self.entity(target.kind)  # the asked name is only another entity's value
            holder.facts[named[0].name] = target.name
            doc = self.document("row" if shape == "sentence" else shape, holder, attribute, None)
            if target.name not in doc:
                doc = self.write.row(holder, [named[0], attribute])
            return self.write.question(target, attribute), [doc]
        if mode < 0.55:  # the same entity, other attributes
            return self.write.question(target, attribute), [self.document(shape, target, None, attribute)]
        return self.write.question(target, attribute), []  # others only: the distractors

    def single(self) -> dict:
        """A question about one fact of one entity; answerable about two times in three."""
        kind = self.kind()
        shape, target = self.shape(kind), self.entity(kind)
        capital_first = kind is cat.COUNTRY and self.rng.random() < 0.6
        attribute = cat.CAPITAL if capital_first else self.rng.choice(kind.attributes)
        limit = {"sentence": 4, "paragraph": self.rng.choice((2, 2, 3)), "row": 3}[shape]
        if self.rng.random() < 0.68:
            docs = [self.document(shape, target, attribute)]
            question, answer = self.write.question(target, attribute), self.write.answer(target, attribute)
            docs += self.distractors(target, attribute, shape, self.rng.randint(0, limit - 1))
        else:
            question, docs = self.unanswerable(target, attribute, shape)
            docs += self.distractors(target, attribute, shape, self.rng.randint(1, limit) - len(docs) + 1)
            answer = NO_ANSWER
        return self.finish(question, docs, answer)

    def pair(self) -> dict:
        """One attribute of two entities, asked in one question and answered from two documents."""
        kind = self.kind()
        shape = self.shape(kind)
        attribute = cat.CAPITAL if kind is cat.COUNTRY else self.rng.choice(kind.attributes)
        first = self.entity(kind)
        second = self.neighbours(first, 1)[0]
        docs = [self.document(shape, e, attribute) for e in (first, second)]
        names = attribute.name + ("es" if attribute.name.endswith("s") else "s")
        template = self.rng.choice(cat.TWO_QUESTIONS)
        question = template.format(e1=first.label, e2=second.label, name=attribute.name, names=names)
        answer = f"{self.write.answer(first, attribute)} {self.write.answer(second, attribute)}"
        return self.finish(self.write.styled(capitalized(question), first.label), docs, answer)

    def reverse(self) -> dict:
        """Which entity has this value? Answered from the document that states it, or not at all."""
        kind = self.rng.choice([k for k in cat.KINDS.values() if any(a.reversible for a in k.attributes)])
        attribute = self.rng.choice([a for a in kind.attributes if a.reversible])
        shape, target = self.shape(kind), self.entity(kind)
        docs = self.distractors(target, attribute, shape, self.rng.randint(1, 2))
        value, answer = target.facts[attribute.name], NO_ANSWER
        if self.rng.random() < 0.75:
            docs.append(self.document(shape, target, attribute))
            answer = capitalized(cat.REVERSE_ANSWER.format(v=value, name=attribute.name, e=target.label))
        template = self.rng.choice(cat.REVERSE_QUESTIONS)
        question = capitalized(template.format(noun=kind.noun, v=value, name=attribute.name))
        return self.finish(self.write.styled(question, value), docs, answer)

    def finish(self, question: str, docs: list[str], answer: str) -> dict:
        """The alpaca row, documents in random order (``input``: them as the prompt joins them)."""
        self.rng.shuffle(docs)
        return {"instruction": question, "input": " ".join(docs), "documents": docs, "output": answer}

    def row(self) -> dict:
        """One training row: mostly single facts, some pairs, reverse questions and small talk."""
        draw = self.rng.random()
        if draw < 0.03:
            question, answer = self.rng.choice(SMALL_TALK_REPLIES)
            return {"instruction": question, "input": "", "documents": [], "output": answer}
        if draw < 0.09:
            return self.pair()
        if draw < 0.14:
            return self.reverse()
        return self.single()


def grounded_rows(n: int, seed: int, reserved: set[str], real_countries: Iterable[str] = ()) -> list[dict]:
    """``n`` generated rows, the same for the same arguments."""
    generator = GroundedQA(seed, reserved, real_countries)
    return [generator.row() for _ in range(n)]
