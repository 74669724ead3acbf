"""The chat model on ONNX Runtime with 8-bit weights (``runtime = "onnx"``): about twice torch's
decode speed on a CPU, at the price of slightly different answers.

Decoding a 135M model on one core is bound by reading its weights for every token (540 MB in
float32). ONNX Runtime's ``MatMulNBits`` keeps them as 8-bit blocks (16 weights per scale) and
multiplies with int8 kernels that AVX2 runs well, so a token reads about a third of the bytes
(``benchmarks/generate.py`` measures it side by side with torch). The rounding moves the logits a
little, and the tuned 135M model's answers are often near-ties: over the mixed eval set ~7% of the
answers differ from torch's, and long codes are garbled more often (README "Benchmarks"). So torch
stays the default and the reference: it trains, merges the adapter, and answers by default.

The ONNX model is built once from the merged model folder by onnxruntime-genai's model builder, the
maintained exporter for Llama-family models (fused attention with rotary positions, RMSNorm,
8-bit weights), and kept under ``<home>/models/onnx/<key>/``; a changed adapter or base model gets
a new key. It is built with ``prune_lm_head``: only the last position's logits are computed, so
reading a 400-token prompt never multiplies every token by the 49k-word head. :class:`OnnxCausalLM`
answers the same call as a transformers model (ids and a ``DynamicCache`` in, logits out, the cache
extended), so the engine, its document cache and the inspector run on it unchanged. Its positions
follow the cache, so documents encoded independently (own positions and mask) need torch.

Example::

    model = OnnxCausalLM(build_onnx(merged_folder, models_dir), merged_folder)  # built once (~20 s)
    model(torch.tensor([ids]), cache=DynamicCache()).logits   # [1, 1, vocab]; the cache extended
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import torch
from transformers import AutoConfig, DynamicCache, GenerationConfig
from transformers.modeling_outputs import CausalLMOutputWithPast

from common.errors import ModelMissingError, SettingsError
from common.files import atomic_dir, fingerprint

# what the builder's Llama graph was checked against (tests/test_onnx_runtime.py)
SUPPORTED = frozenset({"LlamaForCausalLM"})
# 8-bit blocks of 16 weights, the head (the tied embedding) left in float32, last-position logits only:
# of the builds measured, the one closest to torch's answers (README "Benchmarks"); the kept folder's
# name carries these options, so changing them builds anew
OPTIONS = ("prune_lm_head=true", "block_size=16", "nodes_to_exclude=/lm_head/MatMul")


def convertible(folder: Path) -> bool:
    """Whether ``folder`` holds a model this runtime was checked on."""
    config = folder / "config.json"
    return config.is_file() and bool(SUPPORTED & set(json.loads(config.read_text()).get("architectures", [])))


def build_onnx(source: Path, models_dir: Path) -> Path:
    """The ONNX model (8-bit weights) of the plain model folder ``source``, built once and kept.

    The builder runs in a subprocess (its documented command line; it loads a second copy of the
    weights) into a scratch folder that becomes the kept one only when complete.
    """
    options = hashlib.sha256(" ".join(OPTIONS).encode()).hexdigest()[:8]
    target = models_dir / "onnx" / f"{fingerprint(source)}-int8-{options}"
    if (target / "model.onnx").is_file():
        return target
    with atomic_dir(target) as scratch:
        command = [
            sys.executable, "-m", "onnxruntime_genai.models.builder",
            "-i", str(source), "-o", str(scratch), "-p", "int8", "-e", "cpu",
            "-c", str(scratch / "builder-cache"), "--extra_options", *OPTIONS,
        ]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0 or not (scratch / "model.onnx").is_file():
            last = (done.stderr or done.stdout).strip().splitlines()[-1:]
            raise ModelMissingError(f"Cannot build the ONNX model of {source}: {' '.join(last)}")
        shutil.rmtree(scratch / "builder-cache", ignore_errors=True)
    return target


class OnnxCausalLM:
    """An ONNX Runtime session behind a transformers causal LM's call: last-position logits only."""

    def __init__(self, folder: Path, source: Path, threads: int | None = None) -> None:
        import onnxruntime

        self.folder = folder
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads or 0  # 0: ONNX Runtime's default (the cores)
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(
            str(folder / "model.onnx"), options, providers=["CPUExecutionProvider"]
        )
        self.config = AutoConfig.from_pretrained(source)
        self.generation_config = GenerationConfig.from_pretrained(source)
        self.outputs = [output.name for output in self.session.get_outputs()]
        config = self.config
        size = getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads
        self.empty = np.zeros((1, config.num_key_value_heads, 0, size), np.float32)

    def __call__(
        self,
        input_ids: torch.Tensor,
        cache: DynamicCache | None = None,
        logits_to_keep: int = 1,
        position_ids: torch.Tensor | None = None,
        attention_mask: torch.Tensor | None = None,
    ) -> CausalLMOutputWithPast:
        """The logits after ``input_ids`` (``[1, 1, vocab]``) read after what ``cache`` holds, which is
        extended by their keys and values. Positions continue the cache's: no own positions or mask.
        ``logits_to_keep`` is taken for the call's shape: the graph computes the last position only."""
        if position_ids is not None or attention_mask is not None:
            raise SettingsError("Documents encoded independently need CHATBOT_RUNTIME=torch.")
        past = cache.get_seq_length() if cache is not None else 0
        feed = {
            "input_ids": input_ids.numpy().astype(np.int64),
            "attention_mask": np.ones((1, past + input_ids.shape[1]), np.int64),
        }
        for number in range(self.config.num_hidden_layers):
            layer = cache.layers[number] if past else None
            feed[f"past_key_values.{number}.key"] = layer.keys.numpy() if layer else self.empty
            feed[f"past_key_values.{number}.value"] = layer.values.numpy() if layer else self.empty
        results = dict(zip(self.outputs, self.session.run(self.outputs, feed), strict=True))
        if cache is not None:
            for number in range(self.config.num_hidden_layers):
                keys = torch.from_numpy(results[f"present.{number}.key"][:, :, past:])
                cache.update(keys, torch.from_numpy(results[f"present.{number}.value"][:, :, past:]), number)
        return CausalLMOutputWithPast(logits=torch.from_numpy(results["logits"]))
