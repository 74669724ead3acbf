"""Every error a user can cause is a ``common.errors.UserError``: the CLI, the web app and its API catch
that one type, show its message and (CLI) exit with its code; anything else would be a bug."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chatbot.evaluation.evaluate import load_questions
from chatbot.finetune.data import load_file
from chatbot.lm.models import load_lm
from chatbot.settings import Settings
from common import errors
from common.errors import UserError
from common.jsontext import parse_json
from ingest.lock import claim_store, store_lock
from ingest.run import ingest
from vectorstore.config import StoreSettings
from vectorstore.embedder import load_embedder
from vectorstore.store import open_store


def test_every_error_class_is_a_user_error_with_exit_code_2():
    classes = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, Exception)]
    assert len(classes) >= 12
    assert all(issubclass(c, UserError) and c.exit_code == 2 for c in classes)
    assert not any(issubclass(c, ValueError) for c in classes)  # an `except ValueError` never swallows one


def bad_file(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


CAUSES = {
    "malformed JSON": lambda tmp: parse_json("[{"),
    "a source that is neither a list nor an object": lambda tmp: ingest(
        StoreSettings(home=tmp), [bad_file(tmp, "c.json", '"x"')]
    ),
    "a ragged CSV row": lambda tmp: ingest(StoreSettings(home=tmp), [bad_file(tmp, "t.csv", "a,b\n1,2,3\n")]),
    "an unsupported file": lambda tmp: ingest(StoreSettings(home=tmp), [bad_file(tmp, "x.docx", "x")]),
    "a setting out of range": lambda tmp: Settings(top_k=0),
    "an unknown request option": lambda tmp: Settings().with_options({"model": "gpt2"}),
    "a missing model": lambda tmp: load_lm(Settings(model=str(tmp / "nothing"), home=tmp)),
    "a missing embedder": lambda tmp: load_embedder(str(tmp / "nothing"), tmp),
    "a store that does not exist": lambda tmp: open_store(
        StoreSettings(home=tmp, collection="missing"), load_embedder("minilm", tmp), create=False
    ),
    "a bad question set": lambda tmp: load_questions(bad_file(tmp, "q.jsonl", '{"expected": 1}')),
    "bad training rows": lambda tmp: load_file(bad_file(tmp, "rows.json", json.dumps([{"instruction": 1}]))),
}


@pytest.mark.parametrize("cause", list(CAUSES))
def test_what_a_user_can_get_wrong_raises_a_user_error(cause, tmp_path):
    with pytest.raises(UserError) as raised:
        CAUSES[cause](tmp_path)
    assert str(raised.value) and "Traceback" not in str(raised.value)


def test_a_busy_store_is_a_user_error(tmp_path):
    settings = StoreSettings(home=tmp_path, persist_dir=tmp_path / "chroma")
    claim_store(settings)  # as `chatbot serve` does, for this process's life
    import subprocess
    import sys

    code = "from ingest.lock import store_lock; from vectorstore.config import StoreSettings as S\n"
    code += f"with store_lock(S(home={str(tmp_path)!r}, persist_dir={str(tmp_path / 'chroma')!r})): pass"
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert child.returncode != 0 and "StoreBusyError" in child.stderr
    with store_lock(settings):  # this process may still write
        pass
