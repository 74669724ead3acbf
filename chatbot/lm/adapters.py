"""LoRA adapters: the one that ships, and the metadata that ties an adapter to its base model.

``chatbot finetune`` writes ``training.json`` beside the peft files: base model, its fingerprint,
data sources and their hashes, hyperparameters, final losses and the date. Loading checks the
fingerprint, so an adapter made for another base model is refused with a clear message instead of
loading into garbage (peft only notices when the shapes differ).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # transformers takes seconds to import; the settings (which name the adapter) must not
    from transformers import PreTrainedModel

from common.errors import AdapterMismatchError

INFO_FILE = "training.json"
SHIPPED_DIR = Path(__file__).parent.parent / "adapters"  # chatbot/adapters/: the data folder
SHIPPED = {"smollm2-135m": SHIPPED_DIR / "smollm2-135m-grounded"}


def fingerprint(model: PreTrainedModel) -> str:
    """A short hash of the base model's architecture and the first rows of its input embeddings."""
    config = model.config.get_text_config()
    shape = [config.model_type, config.vocab_size, config.num_hidden_layers]
    weights = model.get_input_embeddings().weight[:8].detach().float().contiguous().numpy().tobytes()
    return hashlib.sha256(json.dumps(shape).encode() + weights).hexdigest()[:16]


def shipped_adapter(model: str) -> Path | None:
    """The adapter that ships for a model preset, if any."""
    folder = SHIPPED.get(model)
    return folder if folder and (folder / "adapter_config.json").is_file() else None


def read_info(adapter: Path) -> dict | None:
    """The adapter's ``training.json``, or None for an adapter made elsewhere."""
    path = adapter / INFO_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def check_adapter(adapter: Path, model: PreTrainedModel) -> None:
    """Raise :class:`AdapterMismatchError` when ``adapter`` was trained on a different base model."""
    info = read_info(adapter)
    if info is None:
        return
    if info.get("base_fingerprint") != fingerprint(model):
        raise AdapterMismatchError(
            f"The adapter {adapter} was trained on {info.get('base_model')!r}, not on this base model. "
            "Choose the matching --model, another --adapter, or --adapter none."
        )
