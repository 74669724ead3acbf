"""Hybrid retrieval on real stores with the real MiniLM: spelling slips, fusion, honest threshold,
and a lexical index that follows the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.run import ingest
from vectorstore.config import SHIPPED_DATA, StoreSettings
from vectorstore.embedder import Embedder
from vectorstore.hybrid import (
    HybridRetriever,
    _rare_first,
    asked_names,
    letter_codes,
    lexical_index,
    reciprocal_rank,
    unglued,
    word_pairs,
)
from vectorstore.lexical import LexicalIndex
from vectorstore.retriever import ScoredRetriever, make_retriever
from vectorstore.spelling import Vocabulary
from vectorstore.store import Store, open_store
from vectorstore.words import (
    bounded_sum,
    counts_of_units,
    dated_weekdays,
    identifiers,
    join_known,
    joined_counts,
    measured,
    only_as_money,
    size_pairs,
    stated,
    sums_of_money,
    within_spans,
    words,
    written_as_sum,
)

WEEKDAYS_MON_FRI = ("monday", "tuesday", "wednesday", "thursday", "friday")


@pytest.fixture(scope="module")
def shipped_store(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Store:
    """The 245 shipped documents in an embedded store, shared by this module's read-only tests."""
    settings = StoreSettings(
        home=tmp_path_factory.mktemp("home"), persist_dir=tmp_path_factory.mktemp("chroma")
    )
    ingest(settings, [SHIPPED_DATA], embedder=embedder)
    return open_store(settings, embedder, create=False)


def texts(retriever, question: str) -> list[str]:
    return [doc.page_content for doc in retriever.invoke(question)]


class TestSpelling:
    vocabulary = Vocabulary.from_texts(
        ["The capital of Germany is Berlin.", "The capital of Bulgaria is Sofia."]
    )

    def test_dropped_added_and_swapped_letters_are_mended(self) -> None:
        assert self.vocabulary.correct("capital of Gemany?") == "capital of germany?"
        assert self.vocabulary.correct("capital of Germanny?") == "capital of germany?"
        assert self.vocabulary.correct("capital of Geramny?") == "capital of germany?"

    def test_a_changed_letter_is_not_mended(self) -> None:
        """Vulgaria is an invented place one letter from Bulgaria: it must stay unknown."""
        assert self.vocabulary.correct("capital of Vulgaria?") == "capital of Vulgaria?"

    def test_known_short_and_ambiguous_words_stay(self) -> None:
        vocabulary = Vocabulary.from_texts(["Niger and Nigeria.", "Bern."])
        assert vocabulary.correct("Nigera") == "Nigera"  # Niger and Nigeria are both a slip away
        assert vocabulary.correct("Berlin bern ber") == "Berlin bern ber"

    def test_an_english_word_no_document_uses_is_meant_as_written(self) -> None:
        """A store that writes "log" and "signing" but never "long" or "singing": the question's
        words are words of their own, not slips, so it is searched as asked."""
        vocabulary = Vocabulary.from_texts(["Keep a log of every signing.", "Grey Harbour lasts 4:50."])
        question = "How long does Grey Harbour run, and who is singing?"
        assert vocabulary.correct(question) == question
        assert vocabulary.correct("Who is signnig?") == "Who is signing?"  # a slip is still mended
        assert vocabulary.correct("Which logs?") == "Which log?"  # searched as the documents write it

    def test_a_size_is_no_slip(self) -> None:
        """A price list writes "CV-2016" and "20 x 16 in": "20x16" is a size, not a slip of 2016."""
        vocabulary = Vocabulary.from_texts(
            ["Prints \u2014 Code: CV-2016; Size: 20 x 16 in; Price: \u00a3135"]
        )
        assert vocabulary.correct("How much is a 20x16 canvas?") == "How much is a 20x16 canvas?"

    def test_a_columns_words_are_known(self) -> None:
        """A table row writes "area_km2": "area" is a word of the store, not a slip of "are"."""
        vocabulary = Vocabulary.from_texts(
            ["islands.csv — island: Tessel; area_km2: 64.0", "Ferries are slow."]
        )
        assert vocabulary.correct("What is the area of Tessel?") == "What is the area of Tessel?"


class TestLexicalIndex:
    def test_the_closer_document_ranks_first(self) -> None:
        index = LexicalIndex(
            ["american", "samoa"],
            ["The capital of American Samoa is Fagatogo.", "The capital of Samoa is Apia."],
        )
        hits = index.search("what is the capital of samoa?", n=2)
        assert [id_ for id_, _ in hits] == ["samoa", "american"]
        assert 0 < hits[1][1] < hits[0][1] <= 1

    def test_an_empty_index_finds_nothing(self) -> None:
        assert LexicalIndex([], []).search("anything", n=3) == []

    def test_words_count_a_plural_and_a_month_one_way(self) -> None:
        """The table's "DVDs" is the question's "a DVD"; a log's "2024-10-09" its "9 Oct"."""
        index = LexicalIndex(
            ["dvd", "prose", "log"],
            [
                "Loans — Item type: DVDs; Loan period: 7 days",
                "You can borrow books from the library for a long period.",
                "log.csv — date: 2024-10-09; rain: 2.1",
            ],
        )
        assert [id_ for id_, _ in index.search_words("DVD", n=3)] == ["dvd"]
        assert [id_ for id_, _ in index.search_words("9 Oct", n=3)] == ["log"]

    def test_words_count_a_timetables_short_weekday_as_the_whole(self) -> None:
        """A timetable's "Fri only" and "Mon to Sat" are the question's Friday and Saturday."""
        index = LexicalIndex(
            ["friday", "weekdays", "prose"],
            [
                "Timetable — Depart Corrabeg: 18:45; Days: Fri only",
                "Timetable — Depart Corrabeg: 08:00; Days: Mon to Sat",
                "The ferry sails every day of the week but Christmas Day.",
            ],
        )
        assert [id_ for id_, _ in index.search_words("friday", n=3)] == ["friday"]
        assert [id_ for id_, _ in index.search_words("saturday", n=3)] == ["weekdays"]


def test_reciprocal_rank_fusion() -> None:
    fused = reciprocal_rank([["a", "b"], ["b", "c"]], rrf_k=60)
    assert fused == pytest.approx({"a": 1 / 61, "b": 1 / 62 + 1 / 61, "c": 1 / 62})


def test_settings_choose_the_retriever(shipped_store: Store) -> None:
    assert isinstance(make_retriever(shipped_store, StoreSettings(retrieval="vector")), ScoredRetriever)
    hybrid = make_retriever(shipped_store, StoreSettings(retrieval="hybrid", top_k=2, hybrid_candidates=7))
    assert isinstance(hybrid, HybridRetriever)
    assert (hybrid.k, hybrid.candidates, hybrid.score_threshold) == (2, 7, StoreSettings().score_threshold)


def test_a_typo_finds_the_right_document(shipped_store: Store) -> None:
    vector = ScoredRetriever(store=shipped_store, k=1, score_threshold=0.65)
    hybrid = HybridRetriever(store=shipped_store, k=1, score_threshold=0.65)

    assert texts(vector, "what is the capital of Geramny?") == []  # MiniLM alone scores it under 0.65
    [found] = hybrid.invoke("what is the capital of Geramny?")
    assert found.page_content == "The capital of Germany is Berlin."
    assert found.metadata["score"] >= 0.65
    assert 0 < found.metadata["lexical_score"] <= 1


def test_fusion_tells_congo_from_dr_congo(shipped_store: Store) -> None:
    hybrid = HybridRetriever(store=shipped_store, k=1, score_threshold=0.65)
    assert texts(hybrid, "What is the capital of Congo?") == ["The capital of Congo is Brazzaville."]
    assert texts(hybrid, "What is the capital of Samoa?") == ["The capital of Samoa is Apia."]


@pytest.mark.parametrize("place", ["Wakanda", "Vulgaria", "Latveria", "Bosnovia", "Atlantis"])
def test_a_fictional_place_finds_nothing(shipped_store: Store, place: str) -> None:
    hybrid = HybridRetriever(store=shipped_store, k=3, score_threshold=0.65)
    assert hybrid.invoke(f"what is the capital of {place}?") == []


def test_new_ingest_is_visible(
    store_settings: StoreSettings, embedder: Embedder, write_source, source_rows
) -> None:
    """Added, changed and removed documents show up at the next question (embedded store and server)."""
    ingest(store_settings, [write_source(source_rows)], embedder=embedder)
    hybrid = HybridRetriever(store=open_store(store_settings, embedder), k=1, score_threshold=0.65)
    assert hybrid.invoke("what is the capital of Itlay?") == []

    source_rows[0]["city"] = "Bonn"
    rows = [*source_rows[1:], source_rows[0], {"country": "Italy", "city": "Rome"}]
    ingest(store_settings, [write_source([r for r in rows if r["country"] != "France"])], embedder=embedder)

    assert texts(hybrid, "what is the capital of Itlay?") == ["The capital of Italy is Rome."]
    assert texts(hybrid, "what is the capital of Germnay?") == ["The capital of Germany is Bonn."]
    assert hybrid.invoke("what is the capital of France?") == []
    assert len(lexical_index(hybrid.store)) == 4


def test_an_empty_store_finds_nothing(tmp_path: Path, embedder: Embedder) -> None:
    store = open_store(StoreSettings(home=tmp_path, persist_dir=tmp_path / "chroma"), embedder)
    assert HybridRetriever(store=store).invoke("capital of France?") == []


class TestWords:
    def test_codes_and_numbers_have_one_written_form(self) -> None:
        assert words("Part KX-2047 weighs 4,820 g; RX 204 leaves at 06:40.") == [
            "part", "kx2047", "weighs", "4820", "g", "rx204", "leaves", "at", "6", "40",
        ]  # fmt: skip
        assert words("in 1921, on 2 May, Jan 2023") == ["in", "1921", "on", "2", "may", "jan", "2023"]
        assert words("A 10-visit card") == ["a", "10", "visit", "card"]  # an article, not code "A10"
        assert words("Box 12t, 7.5kg; flat 12B, 5G") == ["box", "12", "t", "7.5", "kg", "flat", "12b", "5g"]
        # a band of a measure is said as a span, however the dash is written; a code keeps its tail
        assert words("(10-20kg) (10\N{EN DASH}20kg) KX-20kg") == [
            "10", "to", "20", "kg", "10", "to", "20", "kg", "kx", "20kg",
        ]  # fmt: skip
        assert words("10.01-14.0m") == ["10.01", "to", "14.0", "m"]
        assert words("a 6-7ft spruce, 10lb") == ["a", "6", "to", "7", "ft", "spruce", "10", "lb"]  # no codes
        assert {"11", "12", "13"} <= stated(words("Visitor pontoon, 10.01-14.0m"), counted=True)
        assert "9" not in stated(words("a boat of 8.01-12.0m"))  # a question asks for no number between
        # a code of capitals only is one word, hyphened or not; a word joined to capitals is none
        assert words("QF-JF, IND-LAT; UK-wide, Mon-Fri, PAY-AS-YOU-GO") == [
            "qfjf", "indlat", "uk", "wide", "mon", "to", "fri", "pay", "as", "you", "go",
        ]  # fmt: skip
        assert words("the 3rd oct, 17th of May, June 2nd; the 3rd floor") == [
            "the", "3", "oct", "17", "of", "may", "june", "2", "the", "3rd", "floor",
        ]  # fmt: skip

    def test_identifiers_are_words_with_letters_and_digits(self) -> None:
        assert identifiers("What does kx-2047 weigh at station P-41 in 2023?") == {"kx2047", "p41"}
        assert identifiers("capital of Land03888?") == {"land03888"}
        assert identifiers("What is the capital of France?") == set()
        assert identifiers("Who opened the 2nd hall in the 1960s?") == set()  # an ordinal, a decade
        assert identifiers("What's QF-JF? Is it UK-wide, Mon-Fri?") == {"qfjf"}  # a code of capitals only
        assert identifiers("HOW MUCH IS THE SET-UP FEE?") == set()  # a shouted question writes no such code
        assert identifiers("is it open MON-FRI?") == set()  # a span of days

    def test_stated_numbers_weekdays_and_months_have_one_form(self) -> None:
        assert stated(words("Which train leaves at 17:50 on Sundays? 212.00 crowns, 4,820 g")) == {
            "17", "50", "sunday", "212", "4820",
        }  # fmt: skip
        assert stated(words("02 Feb 2023")) == stated(words("2 February 2023.")) == {"2", "2023", "february"}
        assert stated(words("You may visit in Sept.")) == {"september"}  # "may" is the verb
        assert stated(words("16 May 2024 - P-41")) == {"16", "may", "2024"}  # in a date "may" is the month
        assert stated(words("in may 2024")) == {"may", "2024"}
        assert words("2024-03-05") == words("5 March 2024") == ["5", "march", "2024"]  # an ISO date
        assert words("05/03/2024") == words("5.3.2024") == ["5", "march", "2024"]  # the day first
        assert words("10/19/2024") == ["19", "october", "2024"]  # the month first: 19 is no month
        assert words("45/13/2024") == ["45", "13", "2024"]  # no date
        assert words("All U12 matches") == words("all under 12 matches")  # an age group as said
        assert words("U-16s only") == ["under", "16", "only"]
        assert words("match U12D1-R09") == ["match", "u12d1", "r09"]  # a code's part stays
        # an age group or a dashed span states the ages in it: "my son is 12" meets both
        assert words("£9 for under-16s, over-60s half") == ["9", "for", "under", "16", "over", "60", "half"]
        assert words("Junior (5\N{EN DASH}15)") == words("junior 5 to 15") == ["junior", "5", "to", "15"]
        assert "12" in stated(words("£9 for under-16s"), counted=True)
        assert "67" in stated(words("Concession (65+): £72"), counted=True)  # 65 and over
        assert not {"9", "15"} & stated(words("Adult (16+): £8"), counted=True)  # not "over £8"
        assert "12" in stated(words("Junior (5\N{EN DASH}15): £6.50"), counted=True)
        # a dashed span of weekdays or months states the days between
        assert "tuesday" in stated(words("Group hire, Monday\N{EN DASH}Friday: £90"))
        assert {"june", "july"} <= stated(words("open April-September"))
        assert {"may", "july"} <= stated(words("£28 per day May\N{EN DASH}Sep"))
        assert words("sun-dried") == ["sun", "dried"]
        # "less than 48 hours' notice" holds 24 hours' notice, "more than 10 people" a group of 12
        assert "24" in stated(words("with less than 48 hours' notice we refund 50%"), counted=True)
        assert "12" in stated(words("groups of more than 10 people"), counted=True)
        assert "25" in stated(words("a dance workshop for up to 30 people"), counted=True)
        assert "7" not in stated(words("groups of no more than 6 people"), counted=True)  # at most 6
        assert "24" not in stated(words("cancel 48 hours before"), counted=True)
        # a number joined to what it counts is stated by a bound only beside words for that thing
        assert joined_counts("How much for a 16-yard skip, or a 3-Night stay?") == {
            "16": "yard",
            "3": "night",
        }
        assert joined_counts("KX-2047 on 10-12 May, a 2.5-tonne van for my 10-year-old") == {"2.5": "tonne"}
        assert not measured({"16": "yard"}, words("with less than 24 hours' notice we refund nothing"))
        assert not measured({"16": "yard"}, words("a 6-yard skip: we wait up to 45 minutes"))
        assert measured({"3": "night"}, words("stays of more than 2 nights: 10% off"))
        assert measured({"16": "yard"}, words("skips from 4 to 20 yards"))
        assert measured({"16": "yard"}, words("16 yd maxi"))  # written outright, in any unit
        # a span holds a number inside it however wide, and a count may be written with commas
        band = words("Septic tank empty, 4,501 to 9,000 litres")
        assert within_spans({"7000", "9500", "4000", "kx7"}, band) == {"7000"}
        assert within_spans({"2025"}, words("Grants of £100 to £10,000")) == set()  # a year is no amount
        assert within_spans({"3.95", "5"}, words("Prices valid 1-14 June")) == {"5"}  # no fraction of a day
        assert within_spans({"9.5"}, words("boats of 8-12 m")) == {"9.5"}
        assert within_spans({"3.95"}, words("valid June 1-14")) == set()
        # a sum of money a question asks of is stated only where a number is no count of time or measure
        assert sums_of_money("costs £48? or $ 9.50, £1,200") == {"48", "9.5", "1200"}
        assert not written_as_sum("48", "no refund within 48 hours") and written_as_sum("48", "price: 48")
        assert written_as_sum("48", "48 hours' notice; fee £48") and written_as_sum(
            "285", "Price: 285; Nights: 3"
        )
        assert not written_as_sum("64", "£1.95 each for 50 or more")  # a bound of a count holds no sum
        for dated in ("placed_on: 2026-11-12 (12 November 2026)", "slot: 12:00-13:00", "due 12/05/2026"):
            assert not written_as_sum("12", dated)  # a date's or a time's part is no sum
        assert written_as_sum("12", "Price per kg: 12.00; picked: 12 July")
        assert bounded_sum("250", "a deposit on orders over £150") and bounded_sum("9.5", "from £5 to £12")
        assert bounded_sum("12", "gifts up to £20") and not bounded_sum("20", "from £5 to £12")
        assert joined_counts("a 7,000-litre tank") == {"7000": "litre"}
        assert measured({"7000": "litre"}, band) and not measured({"9500": "litre"}, band)
        assert words("10:00\N{EN DASH}12:00, 01632-960772, KX-2041") == [
            "10", "0", "12", "0", "1632960772", "kx2041",
        ]  # fmt: skip
        # a span states each day or month in it
        assert {"july", "june"} <= stated(words("From April to September the gates open at 9:00"))
        assert "january" in stated(words("from 1 October to 31 March they are valid after 1pm"))  # days'
        assert stated(words("October to March")) == {
            "october",
            "november",
            "december",
            "january",
            "february",
            "march",
        }
        assert stated(words("Tuesday till Thursday")) == {"tuesday", "wednesday", "thursday"}
        winter = words("no pond cleans between December and February")  # a document's "between … and"
        assert "january" in stated(winter, counted=True) and "january" not in stated(winter)
        assert "january" in stated(words("between 1 December and 28 February"), counted=True)
        assert stated(words("between sessions on Monday and Friday")) == {"monday", "friday"}  # no span
        assert stated(words("a price difference between Monday and Friday")) == {"monday", "friday"}  # asked
        # a document's month that opens a time with no end states the year's months after it
        joining = words("Members joining on or after 1 March pay half the annual fee")
        assert {"april", "december"} <= stated(joining, counted=True) and "february" not in stated(
            joining, True
        )
        assert stated(joining) == {"1", "march"}  # a question's asks for none after
        assert stated(words("Saturdays and Sundays")) == {"saturday", "sunday"}  # two days, no span
        # "Sat" and "Sun" are days only among days: a rota's row, a weekend's span, a date
        assert stated(words("Day: Sun; Kitchen closes: 18:30")) == {"sunday", "18", "30"}
        assert stated(words("Sat - Sun")) == {"saturday", "sunday"}
        assert stated(words("Sat 14 March")) == {"saturday", "14", "march"}
        assert stated(words("The sun sat low over the bay.")) == set()
        assert {"saturday", "sunday"} <= stated(words("Mon - Fri 9:00-17:00, Sat 10:00-16:00, Sun closed"))
        assert stated(words("Enjoy the sun every day.")) == set()
        assert stated(words("Tues and Thurs, Fri only")) == {"tuesday", "thursday", "friday"}  # short
        assert stated(words("Who sat on the sun deck?")) == set()  # "sat" and "sun": a verb, the star
        assert stated(words("Who supplies KX-2047?")) == set()  # a code is no number
        # a document's span of whole numbers states each (a question's asks for none between)
        aged = words("for children aged 5 to 8, from 9:30 to 10:45")
        assert stated(aged, counted=True) == {"5", "6", "7", "8", "9", "30", "10", "45"}
        assert stated(aged) == {"5", "8", "9", "30", "10", "45"}
        # and a bound below states each whole number under it: a 15-year-old is "under 18"
        assert stated(words("Cadet (under 5)"), counted=True) == {"1", "2", "3", "4", "5"}
        assert stated(words("Cadet (under 5)")) == {"5"}
        assert stated(words("under 500 kg"), counted=True) == {"500"}  # no count of hundreds
        # a bound above, the 50 numbers over it: a 72-year-old is "aged 70 and over"
        assert {"71", "72", "120"} <= stated(words("aged 70 and over"), counted=True)
        assert "121" not in stated(words("aged 70 and over"), counted=True)
        assert "72" in stated(words("orders over 70"), counted=True)
        assert stated(words("aged 70 and over")) == {"70"}
        # a document's weekday is each of Monday to Friday, its weekend Saturday and Sunday
        assert stated(words("any job booked for a weekday"), counted=True) == set(WEEKDAYS_MON_FRI)
        assert stated(words("at weekends"), counted=True) == {"saturday", "sunday"}
        assert stated(words("on a weekday")) == set()  # a question's asks for none
        # a size's sides, however written, are the sides a price list writes apart
        said = " ".join(words("a 20x16 canvas, 10\u00d78 print, 3x3m"))
        assert said == "a 20 x 16 canvas 10 x 8 print 3 x 3 m"
        assert words("CV-20X16, 10X200-B, 960731 x204") == ["cv", "20x16", "10x200", "b", "960731", "x204"]
        assert size_pairs(words("20x16x5 cm")) == {frozenset({"20", "16"}), frozenset({"16", "5"})}
        assert stated(words("a 20X16 canvas")) == {"20", "16"} and identifiers("a 20x16 canvas") == set()
        # a whole date that is a field's value states its weekday; a date a sentence gives, a date of no
        # such day, or without its year, none
        assert dated_weekdays("log.tsv \u2014 ref: H-1; date: 16/05/2026 (16 May 2026); by: Ann") == {
            "saturday"
        }
        assert dated_weekdays("Due: 16 Sept 2026; Paid: 2026-05-16") == {"wednesday", "saturday"}
        assert dated_weekdays("Timetable: This timetable is valid from 16 May 2026.") == set()
        assert dated_weekdays("Due: 31 June 2026; Paid: 16 May; Ref: 123456789012345678901 May 2026") == set()
        # "between" two numbers joined by "and" spans them, whichever comes first
        assert {"8", "10", "20"} <= stated(words("Cancel between 21 and 7 days before"), counted=True)
        assert "10" not in stated(words("sizes 21 and 7"), counted=True)

    def test_a_lower_case_code_is_joined_when_the_store_knows_it(self) -> None:
        assert join_known("when does rx 204 leave", {"rx204"}) == "when does rx204 leave"
        assert join_known("is it open on 2 may", {"rx204"}) == "is it open on 2 may"


def test_word_bm25_finds_the_exact_code(embedder: Embedder) -> None:
    codes = ["KX-2041", "KX-2047", "KX-2074", "KX-4027"]
    index = LexicalIndex(codes, [f"Part {c} is a bilge pump part." for c in codes])
    assert index.search_words("who supplies kx 2047", n=4) == []  # two words no document has
    assert [i for i, _ in index.search_words("who supplies KX-2047?", n=4)] == ["KX-2047"]
    assert index.has_phrase("bilge pump") and not index.has_phrase("pump bilge")


def files_store(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder, files: dict[str, str]) -> Store:
    """A store of the files named in ``files``, each holding its text, ingested in a folder of their own."""
    folder = tmp_path_factory.mktemp(next(iter(files)).split(".")[0])
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    settings = StoreSettings(home=folder / "home", persist_dir=folder / "chroma")
    ingest(settings, [folder / name for name in files], embedder=embedder)
    return open_store(settings, embedder, create=False)


@pytest.fixture(scope="module")
def parts_store(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Store:
    """Near-identical codes and names: a neighbour's document must never pass for the asked one."""
    parts = [
        (2041, "impeller", "Harlow"),
        (2047, "housing", "Tamsin"),
        (2074, "nozzle", "Harlow"),
        (4027, "valve", "Pike"),
    ]
    rows = "".join(f"KX-{n},{name},{supplier}\n" for n, name, supplier in parts)
    lands = [{"country": f"Land0388{i}", "city": f"Town{i}{i}{i}"} for i in range(10)]
    files = {"parts.csv": "code,name,supplier\n" + rows, "lands.json": json.dumps(lands)}
    return files_store(tmp_path_factory, embedder, files)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who supplies KX-2047?", "code: KX-2047;"),
        ("who supplies kx 2047", "code: KX-2047;"),
        ("What is KX2074?", "code: KX-2074;"),
        ("What is the capital of Land03885?", "Land03885 is Town555."),
        ("capital of land03888", "Land03888 is Town888."),
    ],
)
def test_a_question_naming_a_code_gets_only_documents_naming_it(parts_store, question, expected) -> None:
    found = texts(HybridRetriever(store=parts_store, k=3, score_threshold=0.3), question)
    assert len(found) == 1 and expected in found[0]


def test_a_code_no_document_names_finds_nothing(parts_store) -> None:
    hybrid = HybridRetriever(store=parts_store, k=3, score_threshold=0.0)
    assert hybrid.invoke("Who supplies KX-2048?") == []
    assert hybrid.invoke("What is the capital of Land03899?") == []


@pytest.mark.parametrize(
    "question",
    [
        "What is the capital of Wakanda?",
        "When did the Titanic sink?",
        "Narnia capital?",
        "What is the capital of Østmark?",  # names in any alphabet
        "Zürich: what is its population?",
    ],
)
def test_a_question_naming_only_things_no_document_mentions_finds_nothing(shipped_store, question) -> None:
    assert HybridRetriever(store=shipped_store, k=3, score_threshold=0.0).invoke(question) == []


def test_documents_must_name_what_the_question_names(shipped_store) -> None:
    """A document that does not name everything the question names is not about it; a slip in the
    name is mended first, and dates are no names."""
    hybrid = HybridRetriever(store=shipped_store, k=3, score_threshold=0.3)
    assert texts(hybrid, "Who is the President of Germany?") == []  # no document names a president
    assert (
        texts(hybrid, "What is the capital of North Korea?")[0] == "The capital of North Korea is Pyongyang."
    )
    assert texts(hybrid, "What is the capital of Grmany?")[0] == "The capital of Germany is Berlin."
    assert (
        texts(hybrid, "In March, what was the capital of Germany?")[0] == "The capital of Germany is Berlin."
    )
    assert texts(hybrid, "capital of wakanda")  # no capitals in the question: nothing to check
    # accents are no slip: typed with or without them, a name finds the document that writes it
    for question in (
        "Which country has Brasília as its capital?",
        "Which country has Brasilia as its capital?",
    ):
        assert texts(hybrid, question)[0] == "The capital of Brazil is Brasília."
    assert texts(hybrid, "What is the capital of Perú?")[0] == "The capital of Peru is Lima."


@pytest.fixture(scope="module")
def race_store(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Store:
    """Documents that differ only in the year, weekday or month they state, and one dating by numbers."""
    notes = (
        "# Club notes\n\n## Cup\n\nThe 2024 winner of the Barrow Cup was Juno Catt. The 2023 winner was"
        " Idris Morr.\n\n## Rides\n\nThe Saturday ride leaves the Market Cross at 08:30.\n\n## Repairs\n\n"
        "09 Jan 2023 - pump P-4 - tech: Ada Venn. Impeller replaced.\n\n## Duty\n\n"
        "On 2023-02-14 the duty officer at the clubhouse was Bram Olt.\n"
    )
    return files_store(tmp_path_factory, embedder, {"club.md": notes})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who won the Barrow Cup in 2024?", "Juno Catt"),
        ("who won the barrow cup in 2023", "Idris Morr"),
        ("When does the Saturday ride leave?", "08:30"),
        ("what leaves at 8:30 on saturdays", "08:30"),
        ("Who won the Barrow Cup in 2022?", None),
        ("When does the Sunday ride leave?", None),
        ("Who repaired pump P-4 in January?", "Ada Venn"),
        ("Who repaired pump P-4 in February?", None),
        ("Who repaired pump P-4 on 9 Jan?", "Ada Venn"),  # "Jan" is a month, not a name to look for
        ("Who was the duty officer at the clubhouse in February 2023?", "Bram Olt"),
    ],
)
def test_documents_must_state_the_questions_numbers_weekdays_and_months(race_store, question, expected):
    """A question's year, weekday or month is a condition: a document that does not state it cannot
    answer (a month only of documents that write months by name)."""
    found = texts(HybridRetriever(store=race_store, k=3, score_threshold=0.0), question)
    assert (expected in found[0]) if expected else found == []


def test_a_size_asked_is_one_the_document_gives_whole(tmp_path_factory, embedder) -> None:
    """ "a 20x16 canvas" is the price list's "20 x 16 in" one; "a 20x40 canvas" is none of its 20x30 and
    30x40 ones, though it states 20 and 40; a row giving thickness and width in columns of their own
    may be "47 x 150"."""
    prices = "Prints\n\nCanvases: 20x30 cm for \u00a325, 30x40 cm for \u00a335, 20 x 16 in for \u00a3135.\n"
    hybrid = HybridRetriever(store=files_store(tmp_path_factory, embedder, {"prints.txt": prices}), k=1)
    assert "\u00a3135" in texts(hybrid, "How much is a 20x16 canvas?")[0]
    assert texts(hybrid, "How much is a 20x40 canvas?") == []
    timber = "code,description,thickness_mm,width_mm,price\nOV-1002,Sawn carcassing C24,47,150,16.95\n"
    rows = HybridRetriever(store=files_store(tmp_path_factory, embedder, {"timber.csv": timber}), k=1)
    assert "16.95" in texts(rows, "price for 47 x 150 C24 carcassing")[0]  # its sides cells of their own


def test_a_logs_row_states_the_weekday_of_its_date(tmp_path_factory, embedder) -> None:
    """A hire log's row dated 16/05/2026 is Saturday's: "on Saturday 16 May" finds it, "on Friday 16
    May" nothing; a timetable "valid from" a Saturday says nothing of Saturdays."""
    log = "ref\tdate\tmember\tscooter\nH-1\t15/05/2026\tAnn Lee\tSC-04\nH-2\t16/05/2026\tAnn Lee\tSC-02\n"
    store = files_store(tmp_path_factory, embedder, {"hires.tsv": log})
    hybrid = HybridRetriever(store=store, k=1, score_threshold=0.9, named_threshold=0.2)
    assert "SC-02" in texts(hybrid, "Which scooter did Ann Lee have on Saturday 16 May?")[0]
    assert texts(hybrid, "Which scooter did Ann Lee have on Friday 16 May?") == []
    timetable = "Buses\n\nThis timetable is valid from 16 May 2026. Buses leave at 07:10, Monday to Friday.\n"
    buses = HybridRetriever(store=files_store(tmp_path_factory, embedder, {"bus.txt": timetable}), k=1)
    assert texts(buses, "What time is the first bus on Saturday?") == []


def test_a_whole_date_the_document_states_needs_no_similarity(race_store) -> None:
    """A log's entry of the day a question gives answers it, however little alike their words are;
    an entry of another day, or a date without its year, does not pass so."""
    strict = HybridRetriever(store=race_store, k=1, score_threshold=0.95, named_threshold=0.95)
    assert "Bram Olt" in texts(strict, "Who was on duty on 14 February 2023?")[0]  # written 2023-02-14
    assert texts(strict, "Who was on duty on 15 February 2023?") == []
    assert texts(strict, "Who was on duty on 14 February?") == []


def test_a_persons_age_is_held_by_any_rule_of_ages(tmp_path_factory, embedder) -> None:
    """ "my 14 year old" is answered by a rule's bound ("Adults only (18+)", which states no 14); a
    number of another kind ("14 people") must still be stated."""
    rules = (
        "# Walks\n\n## Ages\n\nThe seashore feast is for adults only (18+), as the walk crosses rocks.\n\n"
        "## Helpers\n\nYou must be 18 or over to marshal the road crossing.\n"
    )
    store = files_store(tmp_path_factory, embedder, {"walks.md": rules})
    hybrid = HybridRetriever(store=store, k=1, score_threshold=0.0)
    assert "adults only" in texts(hybrid, "can my 14 year old come on the seashore feast?")[0]
    assert "adults only" in texts(hybrid, "is the seashore feast ok for a 9-yr-old")[0]
    assert "adults only" in texts(hybrid, "my lad is 14, can he come on the seashore feast?")[0]
    assert texts(hybrid, "can 14 people come on the seashore feast?") == []
    # the asker's own age, and a rule that says the age one must be
    assert "must be 18" in texts(hybrid, "I'm 16, can I marshal the road crossing?")[0]


def test_a_yes_or_no_of_a_measure_is_answered_by_a_rule_bounding_it_either_way(tmp_path_factory, embedder):
    """ "only about 1.15m tall - can he go on the slide?" is answered by "must be at least 1.2 m tall",
    and "3 days before" by a deadline of 5 days or of weeks: a rule's bound of the same measure says
    no as well as yes. A question asking a value is not: a 14 m boat's berth is no 12 m one's."""
    rules = (
        "# Hire\n\n## Slides\n\nRiders on the Tidal Wave Slide must be at least 1.2 m tall.\n\n"
        "## Deposits\n\nThe £30 deposit is refunded if you cancel at least 5 days before your session.\n\n"
        "## Berths\n\nVisitor berths for boats up to 12 m cost £40 a night.\n"
    )
    store = files_store(tmp_path_factory, embedder, {"hire.md": rules})
    hybrid = HybridRetriever(store=store, k=1, score_threshold=0.0)
    assert "1.2 m" in texts(hybrid, "my son is only about 1.15m tall - can he go on the tidal wave slide?")[0]
    assert "5 days" in texts(hybrid, "If I cancel 3 days before, do I get the £30 deposit back?")[0]
    assert "5 days" in texts(hybrid, "we cancel 2 weeks before, do we get the £30 deposit back?")[0]
    assert texts(hybrid, "how much is a visitor berth for a 14 m boat?") == []
    assert texts(hybrid, "how much is the slide for riders 1.15m tall?") == []
    assert texts(hybrid, "can my 15 year old get the £30 deposit back?") == []  # an age, bounded by no rule
    assert texts(hybrid, "Can you tell me how much a visitor berth for a 14 m boat is?") == []  # a value
    assert texts(hybrid, "Can the 1.15 m long slide mat go on the tidal wave slide?") == []  # not tall


def test_a_price_asked_is_stated_by_no_count_of_hours(tmp_path_factory, embedder) -> None:
    """ "Which workshop costs £48?" is answered by the row of the £48 workshop, not by a policy that
    writes 48 only as a count of hours, however alike its words; nor a price of 3.95 by dates "1-14".
    A bound of money holds a sum ("orders over £150" one of £180)."""
    catalogue = {
        "workshops": [{"id": "WS-15", "title": "Drop Spindle Spinning", "price_gbp": 48}],
        "policies": {
            "cancellation": "Workshops cancelled within 48 hours are not refunded.",
            "deposit": "Kit orders over £150 need a 50% deposit.",
        },
        "prices": "Prices valid 1-14 June.",
    }
    store = files_store(tmp_path_factory, embedder, {"yarns.json": json.dumps(catalogue)})
    hybrid = HybridRetriever(store=store, k=3, score_threshold=0.0)
    assert [text for text in texts(hybrid, "which yarn workshop costs £48?") if "48" in text] == [
        next(text for text in texts(hybrid, "drop spindle spinning") if "WS-15" in text)
    ]
    assert texts(hybrid, "what costs £3.95 in june?") == []
    assert texts(hybrid, "which workshop costs £49?") == []
    assert "deposit" in texts(hybrid, "my kit order is £180, is there a deposit?")[0]  # a bound of money


def test_a_count_asked_is_stated_by_no_sum_of_money(tmp_path_factory, embedder) -> None:
    """ "We live 20 miles away: what's the delivery charge?" is answered by the zone whose span holds
    20 miles, not by the one that charges £20."""
    zones = "zone,distance,charge\nA,up to 8 miles,free\nB,8 to 15 miles,£20\nC,15 to 25 miles,£35\n"
    store = files_store(tmp_path_factory, embedder, {"delivery_zones.csv": zones})
    hybrid = HybridRetriever(store=store, k=3, score_threshold=0.0)
    found = texts(hybrid, "we live 20 miles from the depot, what is the delivery charge?")
    assert [text for text in found if "zone: B" in text or "zone: C" in text][:1] == [
        next(text for text in found if "zone: C" in text)
    ]
    assert not any("zone: B" in text for text in found)  # it states no count of 20
    assert "zone: B" in texts(hybrid, "which zone's delivery charge is £20?")[0]
    assert counts_of_units("20 miles, 3 nights, a 30 m slide, £40, 10:30") == {"20", "3", "30"}
    assert only_as_money("20", "8 to 15 miles: £20") and not only_as_money("20", "£20 for 20 miles")
    assert not only_as_money("20", "over 15 miles: £20")  # a bound states 20 miles


def test_a_telephone_number_the_document_states_needs_no_similarity(tmp_path_factory, embedder) -> None:
    """A contacts list's entry of the number a question gives answers it, however few words they share
    (a bare "whose number is …?" resembles no row); another number, or a short one, does not pass so."""
    rows = "role,name,contact\nCafe manager,Hester Quayle,01632 960 519\nWarden,Ivo Penn,01632 960 744\n"
    store = files_store(tmp_path_factory, embedder, {"contacts.csv": rows})
    strict = HybridRetriever(store=store, k=1, score_threshold=0.95, named_threshold=0.95)
    assert "Hester Quayle" in texts(strict, "Whose number is 01632 960519?")[0]
    assert texts(strict, "Whose number is 01632 960520?") == []
    assert texts(strict, "Whose is 960519?") == []


def test_a_time_of_day_a_table_row_holds_needs_no_similarity(tmp_path_factory, embedder) -> None:
    """An entries export's terse row of the start time a question gives answers it, however little
    alike their words are; a row of another time, or prose, does not pass so."""
    rows = "ref,surname,course,start_time\nE-10,Barraclough,Orange,11:44\nE-18,Oyelaran,Green,11:26\n"
    store = files_store(
        tmp_path_factory, embedder, {"entries.csv": rows, "notes.txt": "Starts from 11:44.\n"}
    )
    strict = HybridRetriever(store=store, k=3, score_threshold=0.95, named_threshold=0.95)
    assert [text for text in texts(strict, "Which runner has the 11:44 start time?")] == [
        next(text for text in texts(strict, "Barraclough") if "E-10" in text)
    ]
    assert texts(strict, "Which runner has the 11:45 start time?") == []


def test_an_opening_word_is_a_name_only_where_the_documents_write_it_as_one() -> None:
    """Capitalized only because it opens the question, an ordinary word is no name to look for."""
    index = LexicalIndex(
        ["bike", "town"],
        ["bikes.csv — model: Corrie Shell 2; weight_kg: 9.8", "Dunmore is the main town of Ballastey."],
    )
    assert asked_names("Weight of the Corrie Shell 2?", index) == ["Corrie", "Shell"]  # "weight_kg"
    assert asked_names("Until what time is the Corrie shop open?", index) == ["Corrie"]  # a function word
    assert asked_names("Dunmore is the main town of which island?", index) == ["Dunmore"]
    assert asked_names("Wakanda capital city?", index) == ["Wakanda"]
    # a second sentence opens too: "Until" there is no name
    assert asked_names("Corrie shop hours? Until what time is it open?", index) == ["Corrie"]
    # an opening contraction or lead word: "We'd", "According"
    assert asked_names("We'd like to hire the Corrie Shell 2, how much?", index) == ["Corrie", "Shell"]
    assert asked_names("According to the leaflet, where is Dunmore?", index) == ["Dunmore"]
    # the kind of the code it opens with, and an adverb no document writes, are no names
    assert asked_names("Delivery LV-250313 - which beer was on it?", index) == []
    assert asked_names("Roughly how long is the Corrie Shell 2?", index) == ["Corrie", "Shell"]
    assert asked_names("Estimated weight of the Corrie Shell 2?", index) == [
        "Corrie",
        "Shell",
    ]  # a participle
    assert asked_names("Italy capital city?", LexicalIndex(["Italy"], ["The capital of Italy is Rome."])) == [
        "Italy"
    ]


@pytest.fixture(scope="module")
def staff_store(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Store:
    """A staff table: short questions about its rows score low with them."""
    rows = "Ada Venn,312,4411,VN-2\nBram Olt,314,4420,VN-5\nCleo Marsh,210,4302,VN-1\n"
    return files_store(tmp_path_factory, embedder, {"staff.csv": "name,room,extension,van\n" + rows})


def test_a_document_stating_what_the_question_states_needs_less_similarity(staff_store) -> None:
    """ "who picks up extension 4420" scores 0.27 with the row that has it: below the threshold for
    any document, above the one for a document that states the question's number; a question that
    names and states nothing still needs the first ("Who is the caretaker?": 0.21 with a row)."""
    strict = HybridRetriever(store=staff_store, k=1, score_threshold=0.3, named_threshold=0.3)
    hybrid = HybridRetriever(store=staff_store, k=1, score_threshold=0.3, named_threshold=0.2)
    assert texts(strict, "who picks up extension 4420") == []
    assert "extension: 4420" in texts(hybrid, "who picks up extension 4420")[0]
    assert texts(hybrid, "Who is the caretaker?") == []


def test_a_persons_title_is_no_part_of_the_name_a_document_must_give(tmp_path_factory, embedder) -> None:
    """ "Sister Bernadette Clay" is the export's "Sr Bernadette Clay": the title, written out or
    short, is not asked of the row; her name is."""
    rows = "Sr Bernadette Clay,198\nTobiah Renshaw,86\n"
    store = files_store(tmp_path_factory, embedder, {"pressings.csv": "member_name,juice_l\n" + rows})
    hybrid = HybridRetriever(store=store, k=1, score_threshold=0.3, named_threshold=0.2)
    assert "juice_l: 198" in texts(hybrid, "How many litres of juice did Sister Bernadette Clay get?")[0]
    assert texts(hybrid, "How many litres of juice did Sister Bernadette Vane get?") == []


@pytest.fixture(scope="module")
def register_store(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Store:
    """An equipment register: a row scores low with a question in other words than its own."""
    rows = "TB-1,Chain hoist,Fly Gallery,Good\nTB-2,Haze machine,Bay B,Fair\nTB-3,Ladder,Scene Dock,Good\n"
    return files_store(tmp_path_factory, embedder, {"register.csv": "code,item,location,condition\n" + rows})


def test_a_document_saying_two_of_the_questions_words_together_needs_less_similarity(register_store) -> None:
    """ "where's the chain hoist kept" scores below the threshold with the hoist's row; the row says
    "chain hoist" as the question does, so the lower threshold applies; two words the question says
    apart ("chain" and "hoist" of another row) do not count."""
    strict = HybridRetriever(store=register_store, k=1, score_threshold=0.3, named_threshold=0.3)
    hybrid = HybridRetriever(store=register_store, k=1, score_threshold=0.3, named_threshold=0.15)
    assert texts(strict, "where's the chain hoist kept") == []
    assert "item: Chain hoist" in texts(hybrid, "where's the chain hoist kept")[0]
    assert texts(hybrid, "where is the hoist for the chain kept") == []
    # a longer word of the question that few documents write sets a row apart, however low it scores
    rare = HybridRetriever(store=register_store, k=1, score_threshold=0.95, named_threshold=0.1)
    assert "item: Haze machine" in texts(rare, "which one is a machine")[0]
    assert texts(rare, "which one is in good condition") == []  # "condition": every row's column
    # a plural says the pair too: "skip a duty day" of "three duty days"
    assert word_pairs(words("if you skip a duty day")) & word_pairs(words("three duty days a season"))
    assert not word_pairs(words("a glass door")) & word_pairs(words("the glas doors"))


@pytest.fixture(scope="module")
def deliveries_store(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Store:
    """A Belgian brewery's deliveries (its words Dutch, the questions English), and a history."""
    rows = "LV-01;Sportcomplex Den Akker;Koen Desmet\nLV-02;Hotel Ter Duinen;Jana Wouters\n"
    history = "The Tamsey Mill Company was founded in 1798 by Josiah Pruett and the engineer Hester Vaill.\n"
    files = {"leveringen.csv": "Leveringsnr;Klant;Chauffeur\n" + rows, "history.txt": history}
    return files_store(tmp_path_factory, embedder, files)


def test_a_document_naming_all_of_a_name_of_several_words_needs_no_similarity(deliveries_store) -> None:
    """ "who drove the delivery to Sportcomplex Den Akker" is far from a Dutch row by its vectors;
    the row names all three words of the name, so it answers; a row naming part of it does not,
    nor does prose, which is not terse as a row is ("When did Josiah Pruett die?" of his mill)."""
    strict = HybridRetriever(store=deliveries_store, k=1, score_threshold=0.95, named_threshold=0.95)
    assert "Koen Desmet" in texts(strict, "who drove the delivery to Sportcomplex Den Akker")[0]
    assert texts(strict, "who drove the delivery to Sportcomplex Den Haag") == []
    assert texts(strict, "When did Josiah Pruett die?") == []


def test_a_row_naming_the_one_name_asked_needs_no_similarity(deliveries_store) -> None:
    """An export's row names a driver the question names alone ("Desmet"): it answers however little
    its terse Dutch resembles the question; a name no row holds finds nothing."""
    strict = HybridRetriever(store=deliveries_store, k=1, score_threshold=0.95, named_threshold=0.95)
    assert "Koen Desmet" in texts(strict, "which delivery did Desmet drive?")[0]
    assert texts(strict, "which delivery did Peeters drive?") == []


@pytest.fixture(scope="module")
def runbook_store(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Store:
    """A machine's runbook whose fault table never names the machine, beside another machine's notes."""
    runbook = (
        "# Resurfacer runbook\n\n## Before you start\n\nBertha needs 60°C water in her tank.\n\n"
        "## Fault codes\n\n| Display | Meaning |\n|---|---|\n| E-14 | Low hydraulic pressure |\n"
        "| E-22 | Blade motor overload |\n\n"
        "## Parts\n\n| Part | Size |\n|---|---|\n| Hot water tank | 300 l |\n"
    )
    files = {"runbook.md": runbook, "sweeper.txt": "Zelda the floor sweeper charges overnight.\n"}
    return files_store(tmp_path_factory, embedder, files)


def test_a_row_naming_the_code_may_leave_a_name_to_its_files_other_parts(runbook_store) -> None:
    """ "Bertha's display shows E-14": the fault row names the code, the runbook's other section the
    machine, so it answers; a machine only another file names (Zelda), or none names, does not, nor
    does a row that only says two of the question's words together."""
    hybrid = HybridRetriever(store=runbook_store, k=1, score_threshold=0.3, named_threshold=0.2)
    assert (
        "Low hydraulic pressure" in texts(hybrid, "Bertha's display is showing E-14, what does that mean?")[0]
    )
    assert texts(hybrid, "Zelda's display is showing E-14, what does that mean?") == []
    assert texts(hybrid, "Wilma's display is showing E-14, what does that mean?") == []
    # two of the question's words said together do not (another journey's fare, another part's size)
    wider = HybridRetriever(store=runbook_store, k=3, score_threshold=0.3, named_threshold=0.2)
    assert not any("Hot water tank" in text for text in texts(wider, "How big is Bertha's hot water tank?"))


@pytest.fixture(scope="module")
def bakery_store(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Store:
    """A bakery's JSON catalogue whose file name alone names the shop, beside another shop's notes."""
    catalogue = {
        "ordering": {"delivery": "Orders under £25 are charged a £3.50 delivery fee."},
        "products": [{"sku": "CC-PA-02", "name": "Cardamom Knot", "price_gbp": 2.85, "box_of_6_gbp": 15.5}],
    }
    files = {
        "crumb_and_copper_catalogue.json": json.dumps(catalogue),
        "kettle_notes.txt": "The Kettle & Crust cafe charges £4.00 for delivery.\n",
    }
    return files_store(tmp_path_factory, embedder, files)


def test_a_files_name_joined_by_underscores_names_what_its_chunks_are_about(bakery_store) -> None:
    """ "crumb_and_copper_catalogue.json" names Crumb & Copper for each of its chunks, which never
    write the shop's name; a shop no file names finds nothing."""
    hybrid = HybridRetriever(store=bakery_store, k=1, score_threshold=0.9, named_threshold=0.2)
    assert "Cardamom Knot" in texts(hybrid, "Which item at Crumb & Copper costs £2.85?")[0]
    assert "£3.50" in texts(hybrid, "Does Crumb & Copper charge for delivery?")[0]
    assert texts(hybrid, "Does Flour & Ember charge for delivery?") == []
    # a column's name states its numbers: ``box_of_6_gbp`` states 6
    assert "Cardamom Knot" in texts(hybrid, "What's a box of 6 Cardamom Knots at Crumb & Copper?")[0]


def test_two_words_of_a_name_the_file_writes_as_one_are_named_by_it(tmp_path_factory, embedder) -> None:
    """ "Tenterbrook Food Bank" is named by "tenterbrook_foodbank_log.csv", whose rows never say it;
    "Tenterbrook Soup Kitchen" is not."""
    log = "Ref,Item,Qty\nTFB-01,Chopped tomatoes 400g,64\nTFB-02,Baked beans 410g,48\n"
    store = files_store(tmp_path_factory, embedder, {"tenterbrook_foodbank_log.csv": log})
    hybrid = HybridRetriever(store=store, k=1, score_threshold=0.9, named_threshold=0.2)
    assert "64" in texts(hybrid, "How many tins of chopped tomatoes came into Tenterbrook Food Bank?")[0]
    assert texts(hybrid, "How many tins of chopped tomatoes came into Tenterbrook Soup Kitchen?") == []


@pytest.fixture(scope="module")
def league_store(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Store:
    """A league's JSON whose clubs go by codes of capitals only, and whose header says "club" and
    "code" more than any club's row does."""
    league = {
        "league": {"name": "Greyholt Junior Football League", "short_code": "GJFL", "club_count": 3},
        "clubs": [
            {"club_code": code, "name": name, "ground": ground}
            for code, name, ground in [
                ("KNV", "Kennaway Vale FC", "Vale Sports Ground"),
                ("BR-M", "Bramhurst Colts", "Colts Meadow"),
                ("HLT", "Holt End Athletic", "Holt Rec"),
            ]
        ],
    }
    return files_store(tmp_path_factory, embedder, {"gjfl_clubs.json": json.dumps(league)})


def test_a_code_of_capitals_only_puts_the_rows_writing_it_first(league_store) -> None:
    """ "KNV" has no digit, so it is no code to the word index; yet the row that writes it answers
    before the league's header, which only resembles the question."""
    hybrid = HybridRetriever(store=league_store, k=2, score_threshold=0.2, named_threshold=0.2)
    assert "Kennaway Vale FC" in texts(hybrid, "which club has the code KNV in the football league?")[0]
    assert "Holt End Athletic" in texts(hybrid, "Which club is HLT?")[0]
    assert "Bramhurst Colts" in texts(hybrid, "what does club code BR-M stand for")[0]  # a hyphened one


def test_capitals_of_a_code_with_digits_or_a_shouted_question_are_no_code_of_capitals() -> None:
    assert letter_codes("which club has the code KNV?") == {"knv"}
    assert letter_codes("How loud is the TW-30 alarm?") == set()  # part of a code: the word index has it
    assert letter_codes("WHICH CLUB IS KNV") == set()  # all capitals: no word is set apart
    assert letter_codes("What are codes starting LQW- for?") == {"lqw"}  # a code's prefix


def test_a_paragraph_writing_the_questions_capitals_needs_less_similarity(league_store) -> None:
    """A code's prefix the question asks of ("LQW-") is a word of its own, as a name is: a paragraph
    that writes it answers with less likeness than one that only resembles the question."""
    strict = HybridRetriever(store=league_store, k=1, score_threshold=0.95, named_threshold=0.0)
    assert "Kennaway Vale FC" in texts(strict, "what does KNV stand for")[0]
    assert texts(strict, "what does XQZ stand for") == []


@pytest.fixture(scope="module")
def livery_store(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Store:
    """A livery yard's register whose file name says most of the yard's name and whose yard record
    says it whole, beside a club list whose rows name other clubs like the one asked."""
    register = {
        "yard": {"name": "Quenby Heath Livery & Riding Centre", "phone": "01632 960 771"},
        "horses": [
            {"name": "Cobalt Express", "owner": {"name": "Imogen Tarrant", "member_no": "QHL-1107"}},
            {"name": "Old Tom Cobbler", "owner": {"name": "Margaret Oduya", "member_no": "QHL-1009"}},
        ],
    }
    clubs = "club,coach\nRuthby Rovers,Dan Hale\nTarnwick Vale RFC,Sue Amis\n"
    files = {"quenby_heath_livery_register.json": json.dumps(register), "tarnwick_valley_clubs.csv": clubs}
    return files_store(tmp_path_factory, embedder, files)


def test_a_name_mostly_in_the_files_title_may_leave_its_other_words_to_the_file(livery_store) -> None:
    """The horse's row says "Imogen Tarrant" and its file's name "Quenby Heath Livery": the yard
    record says the rest, "Riding Centre", so the row answers; a name the title does not say is
    named by no row saying part of it ("Ruthby Vale" is neither Ruthby Rovers nor Tarnwick Vale RFC)."""
    hybrid = HybridRetriever(store=livery_store, k=1, score_threshold=0.3, named_threshold=0.2)
    question = "What is Imogen Tarrant's member number at Quenby Heath Livery & Riding Centre?"
    assert "QHL-1107" in texts(hybrid, question)[0]
    assert texts(hybrid, "Who is the coach of Ruthby Vale?") == []


def test_a_name_said_by_the_files_name_is_said_for_its_every_chunk(tmp_path_factory, embedder) -> None:
    """An e-mail thread whose replies never name the venue but its file's name and a signature do:
    "… at Swallowcote Tithe Barn" finds the reply about corkage."""
    thread = (
        "Subject: Final details - Farrelly wedding\n\nHi Niamh,\n\n"
        "You can bring your own wine. Corkage is £12 per bottle of wine or fizz.\n\n"
        "The bar closes at 11:30pm and music must stop at 11:45pm.\n\n"
        "--\nRosalind Penhale | Events Coordinator, Swallowcote Tithe Barn | 01632 960547\n"
    )
    store = files_store(tmp_path_factory, embedder, {"swallowcote_tithe_barn_emails.txt": thread})
    hybrid = HybridRetriever(store=store, k=3, score_threshold=0.9, named_threshold=0.2)
    found = texts(hybrid, "What's the corkage charge per bottle at Swallowcote Tithe Barn?")
    assert any("Corkage is £12" in text for text in found)  # beside the signature that names it
    found = texts(hybrid, "What's the corkage charge per bottle at Swallowcote?")  # a name of one word
    assert any("Corkage is £12" in text for text in found)
    found = texts(hybrid, "What is Swallowcote Tithe Barn's corkage charge per bottle?")  # possessive
    assert any("Corkage is £12" in text for text in found)


def test_what_a_message_and_a_section_say_are_kept_apart() -> None:
    """A message's greeting and its later section share the message's heading path: what the
    message says is not what its first section says, whichever is asked first."""
    greeting = "Quote \u203a From Ifor Castleton, Thu, 12 Mar 2026 16:42: Dear Mrs Wrayburn, thank you."
    later = "Quote \u203a From Ifor Castleton, Thu, 12 Mar 2026 16:42 \u203a NEXT STEPS: Ready on Friday."
    index = LexicalIndex(["a", "b"], [greeting, later])
    assert index.greeted("wrayburn", later) and not index.greeted("friday", later)
    assert index.titled("friday", greeting)
    assert not index.sectioned("friday", greeting)


def test_a_hyphened_or_apostrophed_name_greeted_is_one_name() -> None:
    """ "Dear Mrs Okafor-Bright", "Hi Sean O'Neill": each word of the name is greeted."""
    greeting = (
        "Booking \u203a From Thrushbeck Care, Tue, 12 May 2026 16:42: Dear Mrs Okafor-Bright, thank you."
    )
    later = "Booking \u203a From Thrushbeck Care, Tue, 12 May 2026 16:42 \u203a STAINS: We re-treat free."
    index = LexicalIndex(["a", "b"], [greeting, later])
    assert index.greeted("okafor", later) and index.greeted("bright", later)
    hello = "Rota \u203a From Ann, Mon, 4 May 2026 09:00: Hi Sean O'Neill, here is the rota."
    assert LexicalIndex(["c"], [hello]).greeted("neill", hello)


def test_a_messages_greeting_names_whom_its_every_paragraph_is_for(tmp_path_factory, embedder) -> None:
    """A reply greets "Mrs Wrayburn" once; its paragraph saying when the machines will be ready is for
    her too, though it never names her. The message she wrote, quoted under it, is hers alone."""
    thread = (
        "From: Ifor Castleton\nDate: Thu, 12 Mar 2026 16:42\nSubject: Spring service quote\n\n"
        "Dear Mrs Wrayburn,\n\nThank you for booking your spring service with Penlowe Mower Care.\n\n"
        "If we hear from you by Monday, both machines will be ready on Friday 20 March.\n\n"
        "-----Original Message-----\nFrom: Dewi Pellow\nDate: Sun, 8 Mar 2026 19:05\n"
        "Subject: Spring service\n\nWill my ride-on mower be ready by Friday 20 March too?\n"
    )
    store = files_store(tmp_path_factory, embedder, {"penlowe_quote.txt": thread})
    hybrid = HybridRetriever(store=store, k=5, score_threshold=0.9, named_threshold=0.2)
    found = texts(hybrid, "When will Mrs Wrayburn's mower and strimmer be ready?")
    assert any("will be ready on Friday 20 March" in text for text in found)
    assert not any("ride-on" in text for text in found)


def test_a_messages_signature_may_name_the_firm_its_other_paragraphs_answer_for(
    tmp_path_factory, embedder
) -> None:
    """A roofer's thread about "4 Kestle Row": the firm is named only in each message's signature.
    Asked "When will Tarrant & Pole start the work at Kestle Row?", the message's paragraph that
    says when goes before the signature, which says nothing asked; the customer's reply, which
    never names the firm, answers for it not at all."""
    thread = (
        "From: Dewi Tarrant\nDate: Thu, 22 May 2025 09:14\nSubject: Roof repairs - 4 Kestle Row\n\n"
        "We can start the work on Monday 16 June 2025. The job is about 4 working days.\n\n"
        "Guarantees: 10 years on the lead flashing, 5 years on all other work.\n\n"
        "Best wishes,\nDewi Tarrant\nEstimator, Tarrant & Pole Roofing\n\n"
        "-----Original Message-----\nFrom: Niamh Castellan\nDate: Wed, 21 May 2025 20:47\n"
        "Subject: RE: Roof repairs - 4 Kestle Row\n\nCould you start the work before June? Could you use a "
        "tower instead of scaffolding?\n\nNiamh\n"
    )
    store = files_store(tmp_path_factory, embedder, {"kestle_row_roof_emails.txt": thread})
    hybrid = HybridRetriever(store=store, k=1, score_threshold=0.9, named_threshold=0.2)
    assert (
        "16 June 2025" in texts(hybrid, "When will Tarrant & Pole Roofing start the work at 4 Kestle Row?")[0]
    )
    wider = HybridRetriever(store=store, k=5, score_threshold=0.9, named_threshold=0.2)
    assert not any(
        "tower" in text for text in texts(wider, "Can Tarrant & Pole Roofing use a tower at 4 Kestle Row?")
    )


def test_e_mail_and_email_are_one_word() -> None:
    """A guide's "Tower e-mail:" is what a question's "email address" asks for, and the other way."""
    assert words("Tower E-mail: tower@example.org") == ["tower", "email", "tower", "example", "org"]
    assert "email" in words("What email address do I use?")
    assert words("e-mails") == ["emails"]
    assert words("an e-bike") == ["an", "e", "bike"]  # only mail is written either way so often


def test_a_letterhead_naming_the_firm_goes_behind_the_paragraph_that_says_what_is_asked(
    tmp_path_factory, embedder
) -> None:
    """A removals quote opens with the firm's letterhead, "Glennister Brothers Removals & Storage
    Ltd", and closes with a signature: asked the deposit on "the Glennister Brothers removals quote",
    the letterhead's "Removals" is its file's name, which says which file, not the word asked, and
    the paragraph that says the deposit goes first, not the signature, which says as little."""
    quote = (
        "# Quotation Q-26-0417 - Oakshott\n\nGlennister Brothers Removals & Storage Ltd\n\n"
        "Thank you for inviting us to survey your home on 5 March.\n\n## 5. Deposit and payment\n\n"
        "A deposit of 25% of the total, which is £730.95, is payable on acceptance of this quotation.\n\n"
        "## 8. Items we cannot move\n\nPets must travel with you, not on the vehicle.\n\n"
        "Dominic Glennister Estimator, Glennister Brothers Removals & Storage Ltd\n"
    )
    store = files_store(
        tmp_path_factory, embedder, {"glennister_brothers_removals_quotation_oakshott.md": quote}
    )
    hybrid = HybridRetriever(store=store, k=1, score_threshold=0.9, named_threshold=0.2)
    question = "How much is the deposit on the Glennister Brothers removals quote for Mrs Oakshott?"
    assert "£730.95" in texts(hybrid, question)[0]


def test_a_files_name_says_the_number_it_glues_to_a_word(tmp_path_factory, embedder) -> None:
    """ "…_academy_year9_parents_evening_….csv" says Year 9: its rows answer "… at the Year 9 parents'
    evening?", which names a year and a number they do not write themselves."""
    rows = (
        "booking_ref,teacher,subject,room,student,parent_guardian,notes\n"
        "QR9-0404,Miss A. Penrose,Maths,M41,Zofia Wrobel,Agnieszka Wrobel,Interpreter (Polish) requested\n"
        "QR9-0405,Mr D. Hale,History,H02,Tom Berry,Sue Berry,\n"
    )
    store = files_store(tmp_path_factory, embedder, {"quenmore_academy_year9_parents_evening.csv": rows})
    hybrid = HybridRetriever(store=store, k=1, score_threshold=0.3, named_threshold=0.2)
    found = texts(hybrid, "Which parent asked for a Polish interpreter at the Year 9 parents' evening?")
    assert found and "Agnieszka Wrobel" in found[0]
    # a column's name states no number glued in it ("address_line1"), nor does "top10" in a file's name
    assert (
        unglued("top10_walks.csv \u2014 address_line1: Mill Lane")
        == "top10 walks.csv \u2014 address line1: Mill Lane"
    )


def test_a_paragraph_saying_the_questions_rare_word_goes_before_its_files_opening(
    tmp_path_factory, embedder
) -> None:
    """A dance school's web page opens with who founded it, which the vectors find nearer to "who's
    the safeguarding lead at kelderwick school of dance" than the welfare paragraph that says the one
    rare word asked, "safeguarding"."""
    name = "kelderwick_school_of_dance_summer_term_2026_timetable_and_fees.html"
    page = (Path(__file__).parents[1] / "data/eval/fresh26" / name).read_text(encoding="utf-8")
    store = files_store(tmp_path_factory, embedder, {name: page})
    hybrid = HybridRetriever(store=store, k=1, score_threshold=0.3, named_threshold=0.2)
    assert "Carys Ollerton" in texts(hybrid, "who's the safeguarding lead at kelderwick school of dance")[0]


def test_a_rare_word_brings_first_only_a_paragraph_saying_more_of_the_question() -> None:
    """ "written" is rare in a tree surgeon's tariff, yet the row saying "written report" says no more
    of "How long is a written quote valid?" than the paragraph saying how long a quotation is valid;
    the welfare paragraph says "safeguarding" and "lead", the school's opening neither."""
    tariff = {
        "terms": "Tree Care Tariff: Every quotation is given in writing and is valid for 60 days.",
        "row": "Tree Care Tariff — Code: SV-1; Service: Tree survey; Notes: written report in 10 days",
    }
    question = "How long is a written quote from Fennick Tree Care valid?"
    assert _rare_first(["terms", "row"], tariff, question, {"written"}) == ["terms", "row"]
    school = {
        "opening": "Dance School: Founded in 1998 by Miss Warrender, it teaches 240 pupils a week.",
        "welfare": "Dance School › Contact: Our safeguarding lead is Mrs Ollerton.",
    }
    found = _rare_first(
        ["opening", "welfare"], school, "who's the safeguarding lead at the dance school", {"safeguarding"}
    )
    assert found == ["welfare", "opening"]


def test_a_name_a_file_writes_by_its_initials_is_named_by_them(tmp_path_factory, embedder) -> None:
    """A club's bookings export names it "ltc" in the file's name: "Bramling Edge Lawn Tennis Club"
    finds its rows; a "Lawn Bowls Club" of the same place ("lbc") none."""
    rows = (
        "booking_ref,member_name,member_no,fee_gbp\n"
        "BE-0504,Harriet Oakley,M-2219,4.00\nBE-0518,Iona Pell,M-3301,15.50\n"
    )
    store = files_store(tmp_path_factory, embedder, {"bramling_edge_ltc_bookings.csv": rows})
    hybrid = HybridRetriever(store=store, k=3, score_threshold=0.9, named_threshold=0.2)
    question = "Which Bramling Edge Lawn Tennis Club member has the membership number M-2219?"
    assert "Harriet Oakley" in texts(hybrid, question)[0]
    assert not texts(hybrid, question.replace("Tennis", "Bowls"))
    notes = files_store(tmp_path_factory, embedder, {"gate_notes.txt": "Keep the gate shut after 6pm."})
    gate = HybridRetriever(store=notes, k=3, score_threshold=0.9, named_threshold=0.2)
    assert not texts(gate, "When must the gate at Tarn House Estate be shut?")  # "the" spells no name


def test_a_name_said_in_part_is_named_where_its_section_says_it_whole(tmp_path_factory, embedder) -> None:
    """A page names the golf pro in full, then a chunk later by her first name alone: "a lesson with
    Keeley Marrick" finds the chunk with her price; "Keeley Barraclough", whom no chunk names in
    full, none."""
    page = (
        "# Cleddon Heath Golf Club\n\n## Booking a tee time\n\n"
        "Visitor tee times can be booked up to 21 days ahead by calling the pro shop on 01632 970 155. "
        "Head professional Rhodri Vanstone and assistant professional Keeley Marrick run the shop, which "
        "is open 7:30am to 6pm from April to September and 8am to 4pm from October to March. Trolleys "
        "and buggies are booked at the same counter.\n\n"
        "Lessons with Rhodri cost £45 for 30 minutes; lessons with Keeley cost £38 for 30 minutes.\n"
    )
    store = files_store(tmp_path_factory, embedder, {"cleddon_visitors.md": page})
    hybrid = HybridRetriever(store=store, k=1, score_threshold=0.9, named_threshold=0.2)
    assert "£38" in texts(hybrid, "How much is a 30-minute lesson with Keeley Marrick?")[0]
    assert not texts(hybrid, "How much is a 30-minute lesson with Keeley Barraclough?")


def test_a_messages_header_names_whom_each_of_its_paragraphs_is_written_to(
    tmp_path_factory, embedder
) -> None:
    """A kitchen firm's quote names its customer only in the header's "To:": the paragraph on the
    sink answers "… in Ashlow & Dorne's quote for Priya Vantrell", not her own message, which names
    her by its heading; a customer the header does not name finds no paragraph of it."""
    thread = (
        "From: Bethan Ashlow <bethan@ashlow.example>\nTo: Priya Vantrell <priya@mailbox.example>\n"
        "Date: Thu, 19 Mar 2026 16:42\nSubject: Revised quote - kitchen refit\n\n"
        "Thank you for coming into the showroom on Tuesday. As promised, here is the revised quotation. "
        "The cabinet specification is unchanged: shaker doors, 14 units in total, soft-close hinges "
        "throughout, and the tall larder unit to the left of the fridge space. The two worktop options "
        "are priced separately so you can decide before we confirm the start date.\n\n"
        "Please note the undermount sink cannot be used with the oak worktop, because of the risk of "
        "water damage to the exposed end grain.\n\nKind regards,\nBethan Ashlow\nAshlow & Dorne Kitchens\n"
    )
    store = files_store(tmp_path_factory, embedder, {"ashlow_dorne_quote.txt": thread})
    hybrid = HybridRetriever(store=store, k=1, score_threshold=0.9, named_threshold=0.2)
    asked = (
        "Why can't the undermount sink be used with the oak worktop in Ashlow & Dorne's quote for Priya"
        " Vantrell?"
    )
    assert "end grain" in texts(hybrid, asked)[0]
    assert not any(
        "end grain" in text for text in texts(hybrid, asked.replace("Priya Vantrell", "Owen Marsh"))
    )


def test_a_common_word_is_no_part_of_a_name_said(tmp_path_factory, embedder) -> None:
    """ "a family-run small animal practice" says no part of the "Practice Standards Scheme": only the
    letterhead that names the scheme answers for its reference."""
    page = (
        "Pellworth Lane Vets\n\n14 Pellworth Lane, Calderbrook · Practice Standards Scheme ref PSS-30917\n\n"
        "Welcome to our fees page. We are an independent, family-run small animal practice that has been "
        "looking after the cats, dogs and rabbits of Calderbrook since 1987, and we are proud of it.\n"
    )
    store = files_store(tmp_path_factory, embedder, {"pellworth_vets.txt": page})
    hybrid = HybridRetriever(store=store, k=3, score_threshold=0.9, named_threshold=0.2)
    found = texts(hybrid, "What is the vet practice's Practice Standards Scheme reference number?")
    assert found and all("PSS-30917" in text for text in found)


def test_a_short_name_in_capitals_that_only_its_file_writes_names_its_every_chunk(
    tmp_path_factory, embedder
) -> None:
    """A contest programme writes "DDBBA" in two of its records, not in its rule of lateness: "… at the
    DDBBA spring contest" finds the rule; a short name another file writes too names no chunk that
    does not say it."""
    contest = {
        "association": {"name": "Dallowfield & District Brass Band Association", "short_name": "DDBBA"},
        "rules": [
            {"rule": "R7", "text": "Borrowed players must be registered with another DDBBA band."},
            {"rule": "R9", "text": "A band that is not ready on stage within 5 minutes loses 3 points."},
            {"rule": "R15", "text": "Recording or filming a performance is forbidden in the hall."},
        ],
    }
    files = {"dallowfield_contest_2026.json": json.dumps(contest)}
    store = files_store(tmp_path_factory, embedder, files)
    hybrid = HybridRetriever(store=store, k=1, score_threshold=0.3, named_threshold=0.2)
    late = "what happens if a band isn't ready on stage in time at the DDBBA spring contest"
    assert "R9" in texts(hybrid, late)[0]
    files["other_club.txt"] = "Wrenthorpe Band \u203a News: The DDBBA AGM is in May. The DDBBA fees went up."
    shared = files_store(tmp_path_factory, embedder, files)
    widely = HybridRetriever(store=shared, k=1, score_threshold=0.3, named_threshold=0.2)
    assert "R9" not in " ".join(texts(widely, late))


def test_a_code_of_two_capitals_is_no_files_short_name() -> None:
    """ "YH" in two rows of a trials programme is a class's code, which its own rows answer for, not
    the file's name; "DDBBA" in two of a programme's chunks, and no other file's, is."""
    texts = [
        "trials.md \u203a Classes: YH is Young Handlers, under 16.",
        "trials.md \u203a Field: YH is taken on the field before 08:00.",
        "trials.md \u203a Entry: Entries close on 1 May.",
        "contest.json \u203a rules: DDBBA bands only. R9: A late band loses 3 points.",
        "contest.json \u203a about: The DDBBA was founded in 1921.",
    ]
    index = LexicalIndex([str(i) for i in range(len(texts))], texts)
    assert not index.owned("yh", texts[2])
    assert index.owned("ddbba", texts[3]) and not index.owned("ddbba", texts[0])
