"""ONNX Runtime for the chat model: the same llama-style network, exported once, read and decoded faster.

Measured on this 2-core AVX2 CPU, one thread, SmolLM2-135M (``benchmarks/generate.py``): ONNX Runtime
reads a prompt ~3 times faster than transformers in float32, and decodes ~4 times faster with 8-bit weights
(``MatMulNBits``, int8 compute). So the prompt is read by the float32 graph (exact keys and values)
and the answer decoded by the 8-bit one, over one key/value buffer. llama.cpp decodes as fast but
needs a 28-minute source build here; OpenVINO's LLM export needs optimum-intel and its toolchain.

The network is written out here (:class:`Network`, ~40 lines: embeddings, RMSNorm, rotary positions,
grouped-query attention, SwiGLU, tied head) rather than traced from transformers, whose cache and
mask code does not export cleanly; a test checks it against transformers' logits. Keys and values
live in one sequence-first buffer ``[position, layer, key|value, head, dim]``, so the past is a
slice without copies. Exported under ``<home>/models/onnx/<key>`` once per model + adapter. Example::

    runner = OnnxRunner(export(lm, folder))
    state, logits = runner.start(layout)
    logits = runner.step(state, [token])
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

from chatbot.lm.layout import Layout
from common.files import atomic_dir

FULL, FAST = "model.onnx", "model-int8.onnx"
MAX_TOKENS = 8192


class Network(nn.Module):
    """A llama-style causal LM (SmolLM2) over an external key/value buffer, from a transformers model."""

    def __init__(self, model: nn.Module) -> None:
        super().__init__()
        config = model.config
        self.heads, self.kv_heads = config.num_attention_heads, config.num_key_value_heads
        self.dim = config.hidden_size // self.heads
        self.eps = config.rms_norm_eps
        theta = (getattr(config, "rope_parameters", None) or {}).get("rope_theta") or config.rope_theta
        self.register_buffer("inv_freq", 1.0 / theta ** (torch.arange(0, self.dim, 2).float() / self.dim))
        self.embed, self.layers, self.norm = (
            model.model.embed_tokens.weight,
            model.model.layers,
            model.model.norm.weight,
        )

    def rms(self, x: torch.Tensor, weight: torch.Tensor) -> torch.Tensor:
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * weight

    def rotate(self, x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
        half = self.dim // 2
        return x * cos + torch.cat((-x[..., half:], x[..., :half]), -1) * sin

    def forward(self, ids: torch.Tensor, positions: torch.Tensor, past: torch.Tensor):
        """Logits of the last new token, and the new tokens' keys and values ``[n, layer, 2, head, dim]``."""
        n, seen = ids.shape[0], past.shape[0]
        x = self.embed[ids]
        angles = positions[:, None].float() * self.inv_freq[None]
        cos, sin = torch.cat((angles, angles), -1).cos()[None], torch.cat((angles, angles), -1).sin()[None]
        mask = torch.where(
            torch.arange(seen + n)[None] <= torch.arange(n)[:, None] + seen, 0.0, float("-inf")
        )
        new = []
        for number, layer in enumerate(self.layers):
            attention, h = layer.self_attn, self.rms(x, layer.input_layernorm.weight)
            q = (h @ attention.q_proj.weight.T).view(n, self.heads, self.dim).transpose(0, 1)
            k = (h @ attention.k_proj.weight.T).view(n, self.kv_heads, self.dim).transpose(0, 1)
            v = (h @ attention.v_proj.weight.T).view(n, self.kv_heads, self.dim).transpose(0, 1)
            q, k = self.rotate(q, cos, sin), self.rotate(k, cos, sin)
            new.append(torch.stack((k.transpose(0, 1), v.transpose(0, 1)), 1))
            keys = torch.cat((past[:, number, 0].transpose(0, 1), k), 1).repeat_interleave(
                self.heads // self.kv_heads, 0
            )
            values = torch.cat((past[:, number, 1].transpose(0, 1), v), 1).repeat_interleave(
                self.heads // self.kv_heads, 0
            )
            weights = torch.softmax(q @ keys.transpose(1, 2) / self.dim**0.5 + mask, -1)
            x = x + (weights @ values).transpose(0, 1).reshape(n, -1) @ attention.o_proj.weight.T
            h, mlp = self.rms(x, layer.post_attention_layernorm.weight), layer.mlp
            x = (
                x
                + (nn.functional.silu(h @ mlp.gate_proj.weight.T) * (h @ mlp.up_proj.weight.T))
                @ mlp.down_proj.weight.T
            )
        return self.rms(x[-1:], self.norm) @ self.embed.T, torch.stack(new, 1)


def export(model: nn.Module, folder: Path) -> Path:
    """Write ``folder`` with the float32 graph and its 8-bit-weights twin (once; returns at once after)."""
    if (folder / FAST).is_file():
        return folder
    from onnxruntime.quantization.matmul_nbits_quantizer import (
        DefaultWeightOnlyQuantConfig,
        MatMulNBitsQuantizer,
    )

    network = Network(model).eval()
    shape = (2, len(network.layers), 2, network.kv_heads, network.dim)
    example = (torch.tensor([1, 2]), torch.tensor([2, 3]), torch.zeros(shape))
    tokens, seen = (
        torch.export.Dim("tokens", min=1, max=MAX_TOKENS),
        torch.export.Dim("seen", min=0, max=MAX_TOKENS),
    )
    with atomic_dir(folder) as scratch, torch.no_grad():
        torch.onnx.export(
            network, example, scratch / FULL, input_names=["ids", "positions", "past"],
            output_names=["logits", "new"], dynamic_shapes={"ids": {0: tokens}, "positions": {0: tokens},
            "past": {0: seen}}, dynamo=True, external_data=False, verbose=False,
        )  # fmt: skip
        import onnx

        config = DefaultWeightOnlyQuantConfig(block_size=32, is_symmetric=True, accuracy_level=4, bits=8)
        quantizer = MatMulNBitsQuantizer(onnx.load(scratch / FULL), algo_config=config)
        quantizer.process()
        quantizer.model.save_model_to_file(str(scratch / FAST), use_external_data_format=False)
    return folder


@dataclass
class State:
    """One answer's keys and values: a buffer, and how many positions of it are filled."""

    buffer: np.ndarray
    length: int = 0


class OnnxRunner:
    """Reads prompts with the float32 graph and decodes with the 8-bit one (ONNX Runtime, one thread)."""

    def __init__(self, folder: Path, threads: int = 1) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads, options.inter_op_num_threads = threads, 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.read = ort.InferenceSession(str(folder / FULL), options, providers=["CPUExecutionProvider"])
        self.decode = ort.InferenceSession(str(folder / FAST), options, providers=["CPUExecutionProvider"])
        past = self.read.get_inputs()[2].shape
        self.shape = tuple(past[1:])

    def run(self, session, state: State, ids: list[int], positions: list[int]) -> torch.Tensor:
        """Feed ``ids`` after the state's past; their keys and values are appended; the last logits."""
        if state.length + len(ids) > len(state.buffer):
            grown = np.zeros((2 * (state.length + len(ids)), *self.shape), np.float32)
            grown[: state.length] = state.buffer[: state.length]
            state.buffer = grown
        feed = {
            "ids": np.asarray(ids, np.int64),
            "positions": np.asarray(positions, np.int64),
            "past": state.buffer[: state.length],
        }
        logits, new = session.run(None, feed)
        state.buffer[state.length : state.length + len(ids)] = new
        state.length += len(ids)
        return torch.from_numpy(logits[0])

    def start(self, layout: Layout) -> tuple[State, torch.Tensor]:
        """Read the whole prompt (one causal sequence); the state and the last token's logits."""
        state = State(np.zeros((len(layout.ids) + 64, *self.shape), np.float32))
        return state, self.run(self.read, state, layout.ids, list(range(len(layout.ids))))

    def step(self, state: State, token: int) -> torch.Tensor:
        """Decode one token; its logits."""
        return self.run(self.decode, state, [token], [state.length])
