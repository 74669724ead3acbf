"""The ``chatbot`` command as a user runs it: ingest, ask (text, --json, --batch), bad input."""

from __future__ import annotations

import json
import os

import pytest

from chatbot.lm.models import prepare_smollm2
from chatbot.rag.answer import NO_ANSWER
from chatbot.settings import Settings
from tests.harness.cli import run_cli

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cli_env(tmp_path_factory) -> dict:
    """Environment for a throw-away store; the default model and adapter, as ``make models`` prepared them."""
    root = tmp_path_factory.mktemp("cli")
    prepare_smollm2(Settings().models_dir)
    return {**os.environ, "CHATBOT_PERSIST_DIR": str(root / "chroma")}


def test_ingest_reports_and_is_idempotent(cli_env, tmp_path):
    env = {**cli_env, "CHATBOT_PERSIST_DIR": str(tmp_path / "chroma")}
    first = run_cli("ingest", env=env)
    assert first.returncode == 0, first.stderr
    assert "added 245 / updated 0 / deleted 0 / unchanged 0" in first.stderr
    again = run_cli("ingest", env=env)
    assert "added 0 / updated 0 / deleted 0 / unchanged 245 (0 embedded)" in again.stderr


def test_ask_json_and_batch(cli_env, tmp_path):
    one = run_cli("ask", "What is the capital of France?", "--json", env=cli_env)
    assert one.returncode == 0, one.stderr
    result = json.loads(one.stdout)
    assert result["question"] == "What is the capital of France?" and "Paris" in result["answer"]
    assert result["sources"][0]["metadata"]["country"] == "France" and result["sources"][0]["score"] > 0.65

    lines = [
        {"question": "What is the capital of Japan?", "id": 1},
        {"question": "What is the capital of Atlantis?", "id": 2, "kind": "fictional"},
        {"question": "   ", "id": 3},
    ]
    batch = tmp_path / "questions.jsonl"
    batch.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n")
    out = run_cli("ask", "--batch", str(batch), env=cli_env)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r.get("id") for r in rows] == [1, 2, 3, None]
    assert "Tokyo" in rows[0]["answer"] and rows[0]["seconds"] > 0
    assert rows[0]["sources"][0]["text"] == "The capital of Japan is Tokyo."
    assert rows[1]["kind"] == "fictional" and rows[1]["sources"] == [] and rows[1]["answer"] == NO_ANSWER
    assert "empty" in rows[2]["error"] and "answer" not in rows[2]
    assert rows[3]["line"] == 4 and rows[3]["error"].startswith("not JSON")


def test_generation_flags_reach_the_model(cli_env):
    # the raw model output: hot samples and cut answers are what the grounding check exists to refuse
    env = {**cli_env, "CHATBOT_GROUNDING": "false", "CHATBOT_TABLE_LOOKUP": "false"}  # the model answers

    def answer(*flags: str) -> str:
        out = run_cli("ask", "What is the capital of France?", "--json", *flags, env=env)
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)["answer"]

    def sampled(temperature: str, seed: str) -> str:
        flags = ("--sample", "--temperature", temperature, "--top-p", "1", "--seed", seed)
        return answer(*flags, "--draft-tokens", "0")

    greedy = answer()
    assert "Paris" in greedy
    # At temperature 3 (top-p 1) SmolLM2 samples near-random tokens, so two seeds, or a sample and the
    # greedy answer, agree by chance essentially never; at 1.5 most seeds still give the greedy
    # answer, so a test there would pass with --sample ignored.
    hot = sampled("3", "7")
    assert hot != greedy  # --sample reaches the model
    assert sampled("3", "7") == hot  # the same seed: the same sample, in another process
    assert sampled("3", "8") != hot  # another seed: another sample
    # near-zero temperature makes sampling pick the likeliest token: the greedy answer again, which
    # it would not be if --temperature were ignored (the same seed at one temperature gave `hot`)
    assert sampled("0.001", "7") == greedy
    short = answer("--max-new-tokens", "3")
    # the greedy answer cut after 3 tokens, at its last whole word
    assert short.endswith("…") and greedy.startswith(short[:-1]) and short[:-1] != greedy


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ask", ""], "empty"),
        (["ask", "hi", "--top-k", "0"], "top_k"),
        (["ask", "hi", "--top-p", "2"], "top_p"),
        (["ask", "hi", "--sample", "--temperature", "-1"], "temperature"),
        (["ingest", "--source", "/nonexistent/capitals.json"], "no such file"),
    ],
)
def test_bad_input_gets_one_clear_line(cli_env, args, message):
    out = run_cli(*args, env=cli_env)
    assert out.returncode == 2
    assert message in out.stderr and "Traceback" not in out.stderr


def test_bad_source_changes_nothing(cli_env, tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('[{"country": "Utopia", "city": "Nowhere"}, {"city": "no country"}]')
    before = run_cli("ingest", env=cli_env)
    out = run_cli("ingest", "--source", str(bad), env=cli_env)
    assert out.returncode == 2 and "missing 'country'" in out.stderr
    after = run_cli("ingest", env=cli_env)
    assert before.returncode == 0 and "unchanged 245 (0 embedded)" in after.stderr


def test_eval_on_changed_documents_reports_per_kind(cli_env, tmp_path):
    questions = tmp_path / "questions.jsonl"
    rows = [
        {"question": "What is the capital of Germany?", "expected": "Graz", "kind": "counterfactual"},
        {"question": "capital of france", "expected": "Paris", "kind": "plain"},
        {"question": "What is the capital of Atlantis?", "expected": None, "kind": "fictional"},
    ]
    questions.write_text("".join(json.dumps(r) + "\n" for r in rows))
    moved = tmp_path / "moved.json"
    moved.write_text(
        json.dumps([{"country": "Germany", "city": "Graz"}, {"country": "France", "city": "Paris"}])
    )
    report, chart = tmp_path / "report.json", tmp_path / "chart.png"
    args = [
        "--questions",
        str(questions),
        "--documents",
        str(moved),
        "--json",
        str(report),
        "--chart",
        str(chart),
    ]
    done = run_cli("eval", *args, env=cli_env)
    assert done.returncode == 0, done.stderr
    assert "hit@1" in done.stdout and "counterfactual" in done.stdout
    summary = json.loads(report.read_text())["summary"]
    assert list(summary) == ["counterfactual", "plain", "fictional", "overall"]
    assert summary["counterfactual"]["hit@1"] == 1.0 and summary["overall"]["accuracy"] == 1.0
    assert chart.read_bytes().startswith(b"\x89PNG")
