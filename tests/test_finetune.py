"""Fine-tuning: the grounded-QA generator, the training data, the loss mask, and a real (tiny) LoRA run.

The runs train the tiny random GPT-2 with the real GPT-2 BPE, so they take seconds; what they check
(mask, checkpoints, resume, metadata, base-model check, merge, determinism) does not depend on size.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
import torch
import transformers.modeling_utils
from safetensors.torch import load_file
from torch.utils.checkpoint import checkpoint as torch_checkpoint
from transformers import GPT2LMHeadModel, TrainerCallback

from chatbot.finetune import train
from chatbot.finetune.data import load_file as load_rows
from chatbot.finetune.data import load_hub_dataset, to_example
from chatbot.finetune.grounded import grounded_rows, shipped_names
from chatbot.finetune.reading import reading_rows
from chatbot.finetune.recipe import Recipe
from chatbot.lm.adapters import read_info
from chatbot.lm.models import load_lm
from chatbot.rag.answer import NO_ANSWER
from chatbot.settings import Settings
from common.errors import AdapterMismatchError, DataError
from vectorstore.config import SHIPPED_DATA

SHIPPED = json.loads(SHIPPED_DATA.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return grounded_rows(
        600, seed=7, reserved=shipped_names(SHIPPED_DATA), real_countries=[r["country"] for r in SHIPPED]
    )


class TestGroundedQA:
    def test_no_shipped_capital_is_ever_a_training_answer(self, rows):
        facts = [f"The capital of {r['country']} is {r['city']}." for r in SHIPPED if r["city"]]
        cities = {r["city"] for r in SHIPPED if r["city"]}
        for row in rows:
            assert not any(fact in row["output"] or fact in row["input"] for fact in facts), row
            assert not any(row["output"].endswith(f" {city}.") for city in cities), row

    def test_answers_are_short_and_abstentions_have_related_documents(self, rows):
        answered = [r for r in rows if r["documents"] and r["output"] != NO_ANSWER]
        abstained = [r for r in rows if r["output"] == NO_ANSWER]
        assert all(r["documents"] for r in abstained)  # there were documents, just not the right one
        assert 0.2 < len(abstained) / len(rows) < 0.4
        paragraphs = [r for r in answered if max(d.count(". ") for d in r["documents"]) >= 2]
        assert len(paragraphs) > 50  # never the whole chunk: shorter than the longest document
        assert all(len(r["output"]) < max(map(len, r["documents"])) for r in paragraphs)
        assert all(r["output"].count(". ") <= 1 for r in answered)  # one sentence, two for two entities
        same_entity = [r for r in abstained if any(len(d) > 60 for d in r["documents"])]
        assert len(same_entity) > 40

    def test_documents_take_the_shapes_of_ingested_files(self, rows):
        documents = [d for r in rows for d in r["documents"]]
        assert sum(" — " in d and "; " in d for d in documents) > 150  # table rows naming file and columns
        assert sum(" › " in d for d in documents) > 30  # chunks under a heading path
        assert sum(d.count(". ") >= 2 for d in documents) > 200  # paragraphs of several facts
        assert sum(" its " in d.lower() or " she " in d.lower() for d in documents) > 50  # pronouns

    def test_near_identical_names_stand_side_by_side(self, rows):
        def near(a: str, b: str) -> bool:
            return a != b and len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1

        names = [[m.split(";")[0] for m in d.split(" — ")[1:]] for r in rows for d in r["documents"]]
        pairs = sum(
            any(near(a, b) for a in row_names for b in row_names)
            for row_names in (
                [n for d in r["documents"] if " — " in d for n in [d.split(" — ")[1].split(";")[0]]]
                for r in rows
            )
        )
        assert names and pairs > 20

    def test_questions_come_in_the_ways_people_type(self, rows):
        questions = [r["instruction"] for r in rows]
        assert sum(q == q.lower() for q in questions) > 150
        assert sum(not q.endswith("?") for q in questions) > 150
        assert sum(q.lower().endswith("is what?") or q.lower().endswith("is what") for q in questions) > 3
        assert (
            sum(" and " in q and r["output"].count(". ") == 1 for q, r in zip(questions, rows, strict=True))
            > 15
        )
        assert (
            sum(q.lower().startswith(("which", "whose")) or "of which" in q.lower() for q in questions) > 15
        )
        assert len(set(questions)) > 550

    def test_same_seed_same_rows_other_seed_other_rows(self, rows):
        names = shipped_names(SHIPPED_DATA)
        countries = [r["country"] for r in SHIPPED]
        assert grounded_rows(600, seed=7, reserved=names, real_countries=countries) == rows
        assert grounded_rows(50, seed=8, reserved=names, real_countries=countries) != rows[:50]


class TestData:
    def test_example_is_the_seed_template_split_at_the_response_tag(self):
        example = to_example(
            {
                "instruction": "Capital of Ruritania?",
                "input": "The capital of Ruritania is Strel.",
                "output": "Strel.",
            }
        )
        assert example == {
            "segments": [
                "<Input>",
                " The capital of Ruritania is Strel.",
                "<Inst> Capital of Ruritania?<Response>",
            ],
            "completion": "Strel. </Response>",
        }
        two = to_example({"instruction": "q", "documents": ["A.", "B."], "input": "A. B.", "output": "A."})
        assert "".join(two["segments"]) == "<Input> A. B.<Inst> q<Response>"
        assert to_example({"instruction": "hi", "input": "", "output": "Hello!"})["segments"] == [
            "<Inst> hi<Response>"
        ]

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("[{", "cannot read"),
            ('{"instruction": "x"}', "non-empty list"),
            ('[{"instruction": "x", "output": ""}]', "row 1 needs a non-empty text 'output'"),
            ('[{"instruction": 3, "output": "y"}]', "row 1 needs a text 'instruction'"),
        ],
    )
    def test_bad_files_are_refused_with_the_reason(self, tmp_path, text, message):
        path = tmp_path / "rows.json"
        path.write_text(text)
        with pytest.raises(DataError, match=message):
            load_rows(path)

    def test_jsonl_rows_load_with_their_hash(self, tmp_path):
        path = tmp_path / "rows.jsonl"
        path.write_text(
            '{"instruction": "a", "output": "b"}\n\n{"instruction": "c", "input": "d", "output": "e"}\n'
        )
        rows, source = load_rows(path)
        assert [r["input"] for r in rows] == ["", "d"] and source.rows == 2 and len(source.sha256) == 64

    def test_hub_dataset_without_a_hub_is_a_clear_error(self, monkeypatch):
        monkeypatch.setenv("HF_HUB_OFFLINE", "1")
        with pytest.raises(DataError, match="HF_HUB_OFFLINE"):
            load_hub_dataset("yahma/alpaca-cleaned")


def tiny_job(tmp_path: Path, **recipe) -> train.Job:
    """24 grounded rows, one epoch, a checkpoint every optimizer step."""
    return train.Job(
        output=tmp_path / "adapter", grounded=24, recipe=Recipe(epochs=1, save_steps=1, **recipe)
    )


@pytest.fixture
def tiny_settings(tiny_gpt2, tmp_path) -> Settings:
    return Settings(model=str(tiny_gpt2), home=tmp_path / "home", adapter="none")


def test_loss_is_on_the_answer_only_and_documents_do_not_see_each_other(tiny_settings, tmp_path):
    job = tiny_job(tmp_path, independent_documents=True)
    rows, _ = train.gather_rows(job)
    lm = load_lm(tiny_settings)
    data, dropped = train.datasets_for(rows, lm.tokenizer, job.recipe)
    assert dropped == 0 and len(data["train"]) + len(data["test"]) == 24
    trainer = train.trainer_for(job, lm.model, lm.tokenizer, data)
    expected = {to_example(r)["completion"] + lm.tokenizer.eos_token for r in rows}
    prompts = {"".join(to_example(r)["segments"]) for r in rows}
    crossed = 0
    for batch in trainer.get_train_dataloader():
        for ids, labels, mask, positions in zip(
            batch["input_ids"], batch["labels"], batch["attention_mask"], batch["position_ids"], strict=True
        ):
            first = int((labels != -100).nonzero()[0])
            answer = lm.tokenizer.decode(ids[labels != -100])
            assert answer in expected and answer.endswith("</Response><|endoftext|>")
            assert lm.tokenizer.decode(ids[:first]) in prompts
            head = len(lm.tokenizer("<Input>").input_ids)
            starts = [i for i in range(head, first) if positions[i] == head]  # each document restarts
            for a, b in itertools.pairwise(starts):
                assert not mask[0, b, a] and mask[0, b, 0] and mask[0, first - 1, a]
                crossed += 1
    assert crossed > 0  # some rows had two or more documents


class CrashAfterSecondCheckpoint(TrainerCallback):
    def on_save(self, args, state, control, **kwargs):
        if state.global_step == 2:
            raise KeyboardInterrupt


def test_interrupted_run_resumes_and_writes_a_validated_adapter(tiny_settings, tmp_path, monkeypatch):
    job = tiny_job(tmp_path)
    with pytest.raises(DataError, match="Nothing to resume"):
        train.finetune(train.Job(**{**job.__dict__, "resume": True}), tiny_settings)
    make_trainer = train.trainer_for

    def crashing(*args):
        trainer = make_trainer(*args)
        trainer.add_callback(CrashAfterSecondCheckpoint())
        return trainer

    monkeypatch.setattr(train, "trainer_for", crashing)
    with pytest.raises(KeyboardInterrupt):
        train.finetune(job, tiny_settings)
    assert not job.output.exists()  # nothing half-written
    assert sorted(p.name for p in job.checkpoints.glob("checkpoint-*")) == ["checkpoint-1", "checkpoint-2"]

    monkeypatch.setattr(train, "trainer_for", make_trainer)
    job.resume = True
    info = train.finetune(job, tiny_settings)
    assert not job.checkpoints.exists()
    assert read_info(job.output) == info
    assert info["base_model"] == str(tiny_settings.model) and info["rows"]["train"] == 21
    assert info["sources"][0]["name"] == "grounded:24" and info["validation_loss"] > 0
    assert info["recipe"]["rank"] == 16 and info["recipe"]["learning_rate"] == 2e-4

    tuned = load_lm(tiny_settings.model_copy(update={"adapter": str(job.output)}))
    ids = tuned.tokenizer("<Inst> hi<Response>", return_tensors="pt").input_ids
    bare = GPT2LMHeadModel.from_pretrained(tiny_settings.model)
    with torch.no_grad():
        assert not torch.allclose(tuned.model(ids).logits, bare(ids).logits, atol=1e-4)


def test_checkpointed_activations_train_the_same_adapter(tiny_settings, tmp_path, monkeypatch):
    recomputed = []

    def spy(function, *args, **kwargs):  # transformers' layers call this when they checkpoint
        recomputed.append(function)
        return torch_checkpoint(function, *args, **kwargs)

    monkeypatch.setattr(transformers.modeling_utils, "checkpoint", spy)
    plain, low = tiny_job(tmp_path / "plain"), tiny_job(tmp_path / "low", checkpoint_activations=True)
    train.finetune(plain, tiny_settings)
    assert not recomputed
    info = train.finetune(low, tiny_settings)
    assert recomputed and info["recipe"]["checkpoint_activations"] is True
    a = load_file(plain.output / "adapter_model.safetensors")
    b = load_file(low.output / "adapter_model.safetensors")
    assert a.keys() == b.keys() and all(torch.allclose(a[k], b[k], atol=1e-5) for k in a)


def test_training_goes_on_from_an_adapter_and_says_so(tiny_settings, tmp_path):
    first = tiny_job(tmp_path / "first")
    started = train.finetune(first, tiny_settings)
    still = train.Job(**{**tiny_job(tmp_path / "still", learning_rate=1e-12).__dict__, "start": first.output})
    info = train.finetune(still, tiny_settings)
    assert info["continued_from"] == started
    a = load_file(first.output / "adapter_model.safetensors")
    b = load_file(still.output / "adapter_model.safetensors")
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)  # began where it stopped
    fresh = tiny_job(tmp_path / "fresh", learning_rate=1e-12)
    train.finetune(fresh, tiny_settings)
    c = load_file(fresh.output / "adapter_model.safetensors")
    assert not all(torch.equal(a[k], c[k]) for k in a)  # a new LoRA would not


def test_adapter_for_another_base_model_is_refused(tiny_settings, tiny_gpt2, tmp_path):
    job = tiny_job(tmp_path)
    train.finetune(job, tiny_settings)
    other = tmp_path / "other-base"
    torch.manual_seed(1)
    GPT2LMHeadModel(GPT2LMHeadModel.from_pretrained(tiny_gpt2).config).save_pretrained(other)
    for name in ("vocab.json", "merges.txt", "tokenizer_config.json", "tokenizer.json"):
        if (tiny_gpt2 / name).exists():
            (other / name).write_bytes((tiny_gpt2 / name).read_bytes())
    with pytest.raises(AdapterMismatchError, match="trained on"):
        load_lm(tiny_settings.model_copy(update={"model": str(other), "adapter": str(job.output)}))


def test_same_seed_gives_the_same_adapter_and_merge_matches(tiny_settings, tmp_path):
    first, second = tiny_job(tmp_path / "a"), tiny_job(tmp_path / "b")
    second.merge = True
    train.finetune(first, tiny_settings)
    train.finetune(second, tiny_settings)
    a = load_file(first.output / "adapter_model.safetensors")
    b = load_file(second.output / "adapter_model.safetensors")
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)

    tuned = load_lm(tiny_settings.model_copy(update={"adapter": str(second.output)}))
    merged = GPT2LMHeadModel.from_pretrained(second.output.with_name("adapter-merged"))
    ids = tuned.tokenizer(
        "<Input> The capital of Oz is Emerald.<Inst> capital of oz?<Response>", return_tensors="pt"
    ).input_ids
    with torch.no_grad():
        assert torch.allclose(tuned.model(ids).logits, merged(ids).logits, atol=1e-4)


class TestReading:
    @pytest.fixture
    def folder(self, tmp_path) -> Path:
        documents = tmp_path / "reading" / "documents"
        documents.mkdir(parents=True)
        (documents / "bakery.md").write_text(
            "# Brandvik Bakery\n\nLotte Brandvik opened the bakery in 1987. She bakes the rye loaves.\n\n"
            "## Prices\n\nA rye loaf costs 4.20 crowns.\n",
            encoding="utf-8",
        )
        vans = "plate,depot\nKD-114,North\nKD-411,South\nKD-141,South\n"  # South twice: KD-141's is asked
        (documents / "vans.csv").write_text(vans, encoding="utf-8")
        questions = [
            ("bakery.md", "who started the bakery", "Lotte Brandvik opened it in 1987.", "Lotte Brandvik"),
            ("bakery.md", "price of rye bread?", "A rye loaf costs 4.20 crowns.", "4.20 crowns"),
            ("bakery.md", "When does the bakery close?", NO_ANSWER, None),
            ("vans.csv", "Which depot is KD-141 at?", "KD-141 is at the South depot.", "South"),
        ]
        keys = ("document", "question", "answer", "value")
        lines = "".join(json.dumps(dict(zip(keys, q, strict=True))) + "\n" for q in questions)
        (tmp_path / "reading" / "questions.jsonl").write_text(lines, encoding="utf-8")
        return tmp_path / "reading"

    def test_each_question_reads_the_chunk_that_holds_its_value(self, folder):
        rows, source = reading_rows(folder, seed=3)
        assert source.rows == len(rows) == 4 and source.name == "reading:reading"
        answered = [r for r in rows if r["output"] != NO_ANSWER]
        assert all(
            any(v in d for d in r["documents"])
            for r, v in zip(answered, ["Lotte Brandvik", "4.20", "KD-141"], strict=True)
        )
        assert any("KD-141" in d and "South" in d for d in answered[-1]["documents"])
        assert all(1 <= len(r["documents"]) <= 2 for r in rows)
        [abstain] = [r for r in rows if r["output"] == NO_ANSWER]
        assert abstain["documents"] and all("Brandvik" in d or "depot" in d for d in abstain["documents"])
        assert reading_rows(folder, seed=3)[0] == rows

    def test_a_questions_file_beside_the_documents_is_read_alone(self, folder):
        extra = folder / "more.jsonl"
        extra.write_text(
            json.dumps(
                {
                    "document": "bakery.md",
                    "question": "who bakes the rye?",
                    "answer": "Lotte Brandvik bakes them.",
                    "value": "Lotte Brandvik",
                }
            )
            + "\n"
        )
        rows, source = reading_rows(extra, seed=3)
        assert source.name == "reading:reading/more.jsonl" and [r["instruction"] for r in rows] == [
            "who bakes the rye?"
        ]
        assert "She bakes the rye loaves." in rows[0]["input"]

    def test_a_value_the_document_does_not_hold_is_refused(self, folder):
        path = folder / "questions.jsonl"
        path.write_text(path.read_text().replace('"South"', '"West"'))
        with pytest.raises(DataError, match=r"vans\.csv does not contain 'West'"):
            reading_rows(folder, seed=3)
