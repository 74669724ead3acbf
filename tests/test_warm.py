"""A one-shot ``chatbot ask`` keeps the models loaded for the next asks: a real background
``chatbot serve`` that answers them, exits by itself once idle, and gives the store up to an
ingestion. The idle gate it exits by, with real threads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from chatbot.settings import Settings
from chatbot.ui.idle import IdleGate, exit_when_idle
from ingest.lock import running_server, server_note, store_held
from tests.harness.cli import run_cli

GERMANY = "What is the capital of Germany?"


def wait_for(condition, seconds: float) -> bool:
    """Whether ``condition()`` became true within ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.fixture
def warm_env(tmp_path, tiny_gpt2) -> dict:
    """A throw-away store and the tiny GPT-2; asks leave a server that waits 20 s for the next one."""
    return {
        **os.environ, "CHATBOT_HOME": str(tmp_path / "home"), "CHATBOT_PERSIST_DIR": str(tmp_path / "chroma"),
        "CHATBOT_MODEL": str(tiny_gpt2), "CHATBOT_MAX_NEW_TOKENS": "8", "CHATBOT_ASK_KEEP_WARM_S": "20",
    }  # fmt: skip


def settings_of(env: dict) -> Settings:
    return Settings(home=Path(env["CHATBOT_HOME"]), persist_dir=Path(env["CHATBOT_PERSIST_DIR"]))


def wait_for_warm_server(env: dict) -> None:
    """Wait until the background server the first ask left answers (or show its log)."""
    settings = settings_of(env)
    log = server_note(settings).with_suffix(".log")
    assert wait_for(lambda: running_server(settings) is not None, 240), log.read_text()


def test_the_next_ask_answers_through_the_warm_server_until_it_idles_out(warm_env, tmp_path):
    first = run_cli("ask", "--json", GERMANY, env=warm_env, timeout=300)
    assert first.returncode == 0, first.stderr
    assert "stay loaded in the background" in first.stderr
    wait_for_warm_server(warm_env)
    # the next ask cannot load a model of its own: only the server can answer it
    second = run_cli(
        "ask", "--json", GERMANY, env={**warm_env, "CHATBOT_MODEL": str(tmp_path / "none")}, timeout=300
    )
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout)["answer"] == json.loads(first.stdout)["answer"]
    assert "stay loaded" not in second.stderr  # one server per store
    settings = settings_of(warm_env)
    assert wait_for(lambda: not server_note(settings).exists(), 60)  # idle 20 s: it closes
    assert wait_for(lambda: not store_held(settings), 10)  # and lets go of the store


def test_an_ingestion_stops_the_warm_server_and_writes(warm_env, tmp_path):
    assert run_cli("ask", GERMANY, env=warm_env, timeout=300).returncode == 0
    wait_for_warm_server(warm_env)
    source = tmp_path / "more.json"
    source.write_text(json.dumps([{"country": "Wakanda", "city": "Birnin Zana"}]))
    done = run_cli("ingest", "--source", str(source), env=warm_env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "added 1" in done.stdout + done.stderr
    assert running_server(settings_of(warm_env)) is None  # it closed before the ingestion wrote


def test_a_chat_server_someone_started_is_not_stopped(warm_env, free_port):
    """Only a server an ask left behind is a cache; a user's own ``chatbot serve`` keeps the store."""
    settings = settings_of(warm_env)
    env = {**warm_env, "CHATBOT_ASK_KEEP_WARM_S": "0"}
    port = str(free_port())
    serve = subprocess.Popen(
        [sys.executable, "-m", "chatbot", "serve", "--port", port], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        assert wait_for(lambda: running_server(settings) is not None, 240)
        done = run_cli("ingest", env=env, timeout=300)
        assert done.returncode == 2 and "Another process is writing to this store" in done.stderr
        assert serve.poll() is None
    finally:
        serve.terminate()
        serve.wait(timeout=60)
    assert not server_note(settings).exists()  # SIGTERM closes it as Ctrl-C would


class TestIdleGate:
    def test_idle_counts_from_the_last_answer_and_not_while_one_runs(self):
        gate = IdleGate(2)
        with gate:
            time.sleep(0.2)
            assert gate.idle_s() == 0.0
        time.sleep(0.2)
        assert 0.15 < gate.idle_s() < 5

    def test_a_failed_acquire_leaves_it_idle(self):
        gate = IdleGate(1)
        with gate:
            assert gate.acquire(timeout=0.05) is False
        time.sleep(0.1)
        assert gate.idle_s() > 0.05

    def test_the_watcher_stops_only_after_the_idle_time(self):
        gate, stopped = IdleGate(1), threading.Event()
        gate.acquire()
        watcher = exit_when_idle(gate, 0.5, stopped.set)
        time.sleep(1.0)
        assert not stopped.is_set()  # busy for a second: never idle
        gate.release()
        assert stopped.wait(3) and watcher.join(3) is None
