"""The chat model, adapter merged, in the forms serving engines load: a Hugging Face folder (vLLM,
TGI) and, for llama.cpp, a GGUF file written by llama.cpp's own converter.

The converter (``convert_hf_to_gguf.py`` with its ``conversion`` and ``gguf-py`` packages) is not on
PyPI as a tool; ``make gguf-converter`` takes it from the llama-cpp-python source archive (no build)
into ``.gguf-converter/``. It runs in a child process with that folder first on its path, so its
pinned ``gguf`` never meets ours. The GGUF is fp32: transformers reads it back to the very logits of
the folder (``tests/test_remote_generation.py``). Example::

    export_model(Settings(), Path("/srv/chatbot-model"), gguf=Path(".gguf-converter"))
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from chatbot.lm.models import merged_model
from chatbot.settings import Settings
from common.errors import UserError
from common.files import atomic_dir

GGUF_NAME = "model-f32.gguf"


def export_model(settings: Settings, output: Path, gguf: Path | None = None) -> Path:
    """Write the merged model to the new folder ``output`` (with ``gguf``, the converter's folder: a
    GGUF file in it too) and return the folder."""
    if output.exists():
        raise UserError(f"{output} exists already: give a new folder.")
    script = gguf / "convert_hf_to_gguf.py" if gguf else None
    if script and not script.is_file():
        raise UserError(f"No GGUF converter in {gguf}: run `make gguf-converter` (or give --converter).")
    merged = merged_model(settings)
    if merged is None:
        raise UserError(f"{settings.model} has no local adapter to merge: serve the model itself.")
    with atomic_dir(output) as scratch:
        shutil.copytree(merged, scratch, dirs_exist_ok=True)
        if script:
            convert(script, merged, scratch / GGUF_NAME)
    return output


def convert(script: Path, model: Path, target: Path) -> None:
    """Run llama.cpp's converter on the folder ``model`` into the fp32 GGUF file ``target``."""
    folder = script.parent.resolve()
    paths = [str(folder), str(folder / "gguf-py"), str(folder / "site")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    command = [sys.executable, str(script), str(model), "--outfile", str(target), "--outtype", "f32"]
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode:
        raise UserError(f"llama.cpp's converter failed: {done.stderr.strip()[-600:]}")
