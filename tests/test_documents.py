"""Source rows become the seed's documents with stable ids; bad sources fail with a SourceError."""

from __future__ import annotations

from pathlib import Path

import pytest

from common.errors import SourceError
from ingest.documents import load_documents
from vectorstore.config import SHIPPED_DATA


def by_country(docs) -> dict:
    return {d.metadata["country"]: d for d in docs}


def test_rows_become_seed_sentences(source_file: Path) -> None:
    docs = by_country(load_documents(source_file))

    assert set(docs) == {"Germany", "France", "Japan", "Antarctica"}
    assert docs["Germany"].page_content == "The capital of Germany is Berlin."
    assert docs["France"].page_content == "The capital of France is Paris."
    assert docs["Antarctica"].page_content == "The capital of Antarctica is unknown."


def test_metadata(source_file: Path) -> None:
    docs = by_country(load_documents(source_file))

    germany = docs["Germany"].metadata
    assert germany["country"] == "Germany"
    assert germany["city"] == "Berlin"
    assert germany["source"] == "capitals.json"
    assert docs["Antarctica"].metadata["city"] == "unknown"
    assert all(d.metadata["content_hash"] for d in docs.values())


def test_ids_are_stable_and_distinct(source_file: Path) -> None:
    first = by_country(load_documents(source_file))
    second = by_country(load_documents(source_file))

    assert {c: d.id for c, d in first.items()} == {c: d.id for c, d in second.items()}
    assert all(first[c].id for c in first)
    assert len({d.id for d in first.values()}) == len(first)


def test_changed_city_keeps_id_and_changes_hash(write_source, source_rows: list[dict]) -> None:
    before = by_country(load_documents(write_source(source_rows)))
    source_rows[0]["city"] = "Bonn"
    after = by_country(load_documents(write_source(source_rows)))

    assert after["Germany"].page_content == "The capital of Germany is Bonn."
    assert after["Germany"].id == before["Germany"].id
    assert after["Germany"].metadata["content_hash"] != before["Germany"].metadata["content_hash"]
    assert after["France"].metadata["content_hash"] == before["France"].metadata["content_hash"]


def test_same_country_twice_with_same_city_is_one_document(write_source, source_rows: list[dict]) -> None:
    docs = load_documents(write_source([*source_rows, {"country": "Germany", "city": "Berlin"}]))

    assert len(docs) == len(source_rows)


def test_malformed_json(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('[{"country": "Germany", "city": "Berlin"', encoding="utf-8")

    with pytest.raises(SourceError, match=r"broken\.json: malformed JSON at line 1"):
        load_documents(path)


def test_row_without_country(write_source) -> None:
    path = write_source([{"country": "France", "city": "Paris"}, {"city": "Berlin"}])

    with pytest.raises(SourceError, match=r"capitals\.json row 2: missing 'country'"):
        load_documents(path)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes('[{"country": "Côte d\'Ivoire", "city": "Yamoussoukro"}]'.encode("latin-1"))

    with pytest.raises(SourceError, match=r"latin1\.json: not UTF-8 text"):
        load_documents(path)


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"nowhere\.json: no such file"):
        load_documents(tmp_path / "nowhere.json")


@pytest.mark.parametrize("content", ["Germany", 3])
def test_neither_a_list_nor_an_object(write_source, content: object) -> None:
    with pytest.raises(SourceError, match=r"capitals\.json: expected a JSON list .* or an object"):
        load_documents(write_source(content))


def test_conflicting_duplicate_country(write_source, source_rows: list[dict]) -> None:
    path = write_source([*source_rows, {"country": "germany", "city": "Bonn"}])

    with pytest.raises(SourceError, match=r"row 5: 'germany' appears more than once, with other contents"):
        load_documents(path)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"country": "", "city": "Berlin"}, r"'country' must be a non-empty string"),
        ({"country": 7, "city": "Berlin"}, r"'country' must be a non-empty string"),
        ({"country": "Germany", "city": ["Berlin"]}, r"'city' must be a non-empty string"),
        (["Germany", "Berlin"], r"expected an object with 'country' and 'city', got list"),
    ],
)
def test_bad_field_values(write_source, row: object, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        load_documents(write_source([row]))


def test_shipped_data() -> None:
    docs = load_documents(SHIPPED_DATA)

    assert len(docs) == 245
    assert sum(d.metadata["city"] == "unknown" for d in docs) == 7
    assert len({d.id for d in docs}) == 245
    assert docs[0].page_content == "The capital of Afghanistan is Kabul."
