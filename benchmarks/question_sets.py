"""Write the evaluation question sets under data/eval/ (deterministic; rerun after changing the data).

- ``dev.jsonl``: every shipped country asked plainly and casually, 80 with a typo, fictional places,
  questions the documents cannot answer (other facts about real countries) and chit-chat.
- ``counterfactual.json`` + ``counterfactual.jsonl``: the shipped data with 22 capitals moved to
  another city of the same country (the seed's own example: Germany → Graz), and questions about them.
  A model that answers from memory fails these; one that reads its documents passes.
- ``lands.json`` + ``lands.jsonl``: 4,000 near-identical names, "The capital of Land00000 is
  Town000000." … Land03999, and 200 questions about them in several phrasings (a neighbour's
  document must never answer for the asked one).
- ``unread.jsonl``: the training questions of the rounds the shipped adapter never read
  (``data/training/questions-tables-codes.jsonl`` and ``-prose.jsonl``, 696 over 24 documents,
  written by helpers for documents of their own): the widest set of phrasings and file kinds we
  have, asked over those documents (``make eval``). An adapter trained on them makes it moot.

    python -m benchmarks.question_sets
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from chatbot.finetune.names import typo
from chatbot.finetune.reading import load_questions
from vectorstore.config import SHIPPED_DATA

OUT = Path(__file__).resolve().parent.parent / "data" / "eval"
TRAINING = OUT.parent / "training"
UNREAD = ("questions-tables-codes.jsonl", "questions-prose.jsonl")  # not read by the shipped adapter
CASUAL = (
    "capital of {c}?",
    "whats the capital of {c}",
    "{c} capital city?",
    "tell me {c}'s capital",
    "which city is {c}'s capital",
    "what's the capital city of {c}?",
    "capital city {c}",
    "and the capital of {c}?",
    "do u know the capital of {c}",
    "which town is the capital of {c}?",
)
FICTIONAL = (  # noqa: SIM905 (a list of 40 names reads better as one string)
    "Wakanda Narnia Westeros Genovia Latveria Elbonia Freedonia Sokovia Atlantis Mordor Gondor Lilliput "
    "Ruritania Florin Panem Qurac Bialya Kasnia Markovia Syldavia Borduria Agrabah Arendelle Krakozhia "
    "Molvania Pottsylvania Zamunda Kamistan Zubrowka Tomainia Vulgaria Slovetzia Carpania Osterlich "
    "Rohan Hyrule Latvaria Bosnovia Glubbdubdrib Brobdingnag"
).split()
UNANSWERABLE = (
    "What is the currency of {c}?",
    "what language do they speak in {c}",
    "How many people live in {c}?",
    "who is the president of {c}?",
    "what is the largest city in {c}?",
)
CHIT_CHAT = (
    "hi",
    "hello!",
    "thanks a lot",
    "who are you?",
    "good morning",
    "how are you doing?",
    "what can you do",
    "bye",
    "ok thanks",
    "nice, thank you!",
)
COUNTERFACTUAL = {
    "Germany": "Graz",
    "France": "Lyon",
    "Italy": "Milan",
    "Spain": "Barcelona",
    "Japan": "Osaka",
    "Australia": "Sydney",
    "Canada": "Toronto",
    "United States": "New York",
    "Brazil": "Rio de Janeiro",
    "India": "Mumbai",
    "China": "Shanghai",
    "Russia": "Saint Petersburg",
    "Turkey": "Istanbul",
    "Egypt": "Alexandria",
    "Nigeria": "Lagos",
    "Switzerland": "Zurich",
    "Netherlands": "Rotterdam",
    "Morocco": "Casablanca",
    "Vietnam": "Ho Chi Minh City",
    "Pakistan": "Karachi",
    "South Africa": "Johannesburg",
    "New Zealand": "Auckland",
}


def row(question: str, expected: str | None, kind: str) -> dict:
    return {"question": question, "expected": expected, "kind": kind}


def dev_set(data: list[dict], rng: random.Random) -> list[dict]:
    """Several phrasings per shipped country, plus places and questions with no answer."""
    rows = []
    for item in data:
        country, city = item["country"], item["city"] or "unknown"
        rows.append(row(f"What is the capital of {country}?", city, "plain"))
        rows.append(row(rng.choice(CASUAL).format(c=country.lower()), city, "casual"))
    for item in rng.sample([d for d in data if len(d["country"]) >= 6], 80):
        question = f"what is the capital of {typo(item['country'], rng)}?"
        rows.append(row(question, item["city"] or "unknown", "typo"))
    rows += [row(rng.choice(CASUAL[:6]).format(c=name), None, "fictional") for name in FICTIONAL]
    for item in rng.sample(data, 20):
        rows.append(row(rng.choice(UNANSWERABLE).format(c=item["country"]), None, "unanswerable"))
    # small talk is answered, not met with "I don't know"
    rows += [{**row(text, None, "chit-chat"), "abstain": False} for text in CHIT_CHAT]
    return rows


def counterfactual(data: list[dict], rng: random.Random) -> tuple[list[dict], list[dict]]:
    """The data with capitals moved, and three questions about each moved capital."""
    moved = [{**d, "city": COUNTERFACTUAL.get(d["country"], d["city"])} for d in data]
    questions = []
    for country, city in COUNTERFACTUAL.items():
        questions.append(row(f"What is the capital of {country}?", city, "counterfactual"))
        questions += [row(q.format(c=country.lower()), city, "counterfactual") for q in rng.sample(CASUAL, 2)]
    return moved, questions


LAND_QUESTIONS = (
    "What is the capital of {c}?",
    "capital of {c}?",
    "{c}: what is its capital?",
    "which city is the capital of {c}",
    "The capital of {c} is what?",
)


def lands(rng: random.Random, count: int = 4000, asked: int = 200) -> tuple[list[dict], list[dict]]:
    """``count`` lands named alike with towns named alike, and ``asked`` questions about them."""
    towns = rng.sample(range(1_000_000), count)
    data = [{"country": f"Land{i:05d}", "city": f"Town{towns[i]:06d}"} for i in range(count)]
    questions = [
        row(rng.choice(LAND_QUESTIONS).format(c=d["country"]), d["city"], "near-identical")
        for d in rng.sample(data, asked)
    ]
    return data, questions


def unread() -> list[dict]:
    """The training rounds the shipped adapter never read, as evaluation rows (kind: the round, or
    "unanswerable")."""
    rows = []
    for name in UNREAD:
        kind = name.removeprefix("questions-").removesuffix(".jsonl")
        for q in load_questions(TRAINING / name):
            asked = row(q["question"], q["value"], kind if q["value"] else "unanswerable")
            rows.append({"source": q["document"], **asked})  # first: the Makefile reads it
    return rows


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def main() -> None:
    data = json.loads(SHIPPED_DATA.read_text(encoding="utf-8"))
    assert set(COUNTERFACTUAL) <= {d["country"] for d in data}
    rng = random.Random(2024)
    OUT.mkdir(parents=True, exist_ok=True)
    write_jsonl(OUT / "dev.jsonl", dev_set(data, rng))
    moved, questions = counterfactual(data, rng)
    (OUT / "counterfactual.json").write_text(json.dumps(moved, indent=1, ensure_ascii=False) + "\n")
    write_jsonl(OUT / "counterfactual.jsonl", questions)
    land_data, land_questions = lands(random.Random(4000))
    (OUT / "lands.json").write_text(json.dumps(land_data, indent=0) + "\n")
    write_jsonl(OUT / "lands.jsonl", land_questions)
    write_jsonl(OUT / "unread.jsonl", unread())
    print(f"wrote {OUT}/dev.jsonl, counterfactual.json(l), lands.json(l), unread.jsonl")


if __name__ == "__main__":
    main()
