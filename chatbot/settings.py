"""The product's one settings object: the store settings plus the language model and generation.

Example::

    from chatbot.settings import Settings
    settings = Settings(top_k=1, temperature=0.7)   # or CHATBOT_TOP_K=1 in the environment
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr

from chatbot.lm.adapters import shipped_adapter
from common.errors import SettingsError
from vectorstore.config import StoreSettings


class Settings(StoreSettings):
    """Everything the chat needs; the seed notebook's values where it had one."""

    model: str = Field("smollm2-135m", description="Preset (smollm2-135m, gpt2), HF id or local folder.")
    adapter: str = Field(
        "auto",
        description="LoRA adapter folder; 'auto': the one shipped for the model preset; 'none': base only.",
    )
    system_prompt: str = Field(
        "You answer questions using only the text after <Input>. "
        "Copy names exactly as they are written there. Reply with one sentence.",
        description="System message for a bare instruct model (no adapter), inside its chat template.",
    )
    torch_threads: int | None = Field(
        None, ge=1, le=256, description="Threads for the model (torch and ONNX Runtime); default: theirs."
    )
    # measured (README "Benchmarks"): 8-bit ONNX decodes ~2x torch float32 but changes ~7% of the mixed
    # set's answers (near-ties broken the other way) and garbles more long codes, so torch stays default
    runtime: Literal["torch", "onnx"] = Field(
        "torch",
        description="How the chat model runs: 'torch' (float32, the reference) or 'onnx' (ONNX Runtime, "
        "8-bit weights, built once from the merged model: faster decoding, slightly different answers).",
    )
    draft_tokens: int = Field(
        3, ge=0, le=16, description="Prompt-lookup draft tokens checked per model call; 0 turns it off."
    )
    # SmolLM2-135M keeps ~23 KB per document token (float16): 256 MB holds ~11,000 tokens, e.g. all
    # 245 shipped sentences 30 times over, or ~100 prose chunks of 100 tokens
    document_cache_mb: float = Field(
        256, ge=0, le=65536, description="Memory for documents' keys and values (reused); 0 turns it off."
    )

    # seed's RAG call: top_p .5, temperature .9, frequency penalty alpha .01
    max_new_tokens: int = Field(48, ge=1, le=1024)
    greedy: bool = Field(True, description="Greedy decoding (reproducible); false samples with the below.")
    temperature: float = Field(0.9, gt=0.0, le=5.0)
    top_p: float = Field(0.5, gt=0.0, le=1.0)
    frequency_penalty: float = Field(0.01, ge=0.0, le=10.0)
    seed: int | None = Field(None, description="Random seed for reproducible sampling.")
    # the tuned model opens with "I don't know" at p 0.4-0.6 on many documents it reads right; with the
    # grounding checks on, 0.9 answers one more question than 0.8 on each of the mixed, unread and
    # capital dev sets and abstains as often (benchmarks/abstention.py --grounding; README "Measured")
    abstain_threshold: float = Field(
        0.9,
        ge=0.0,
        le=1.0,
        description="The model may open with 'I don't know' only when it gives that this probability; "
        "below, it answers from the documents (0: its likeliest opening, whatever it is).",
    )
    # the model often answers with another cell of the row; looked up, the mixed set's table questions
    # went 76.5 -> 91.2% and reverse lookups 72.7 -> 95.5%, no invented answer added (README "Measured")
    table_lookup: bool = Field(
        True,
        description="Answer without the model what a document states outright: a table row's (CSV, Excel, "
        "JSON record) one cell whose column the question names, a labelled list's one item whose label it "
        "says (or a timeline's year of what its item says), the one person a field names for a 'who' "
        "question (or the fields whose labels it says), what a code is by the kind written before it, two "
        "things compared by a measure of their rows, a one-sentence fact ('The capital of X is Y.') whose "
        "subject and attribute it names; other questions go to the model.",
    )
    # 4,000 near-identical names: 77 -> 199 of 200 answers name the asked land with its town (the model
    # alone wrote "The capital of Town250843 is Town250843." or a digit more); other sets unchanged
    copy_codes: bool = Field(
        True,
        description="An answer that starts writing a code of its documents or question (letters and "
        "digits: Town631180, KX-2047) finishes that code exactly, never with a digit more or less.",
    )
    # a row that answers by its column often ranks below prose about its subject; first, the mixed set's
    # table questions 88.2 -> 100%, two-entity 66.7 -> 85.7%, no answer lost (README "Measured")
    row_candidates: int = Field(
        5,
        ge=1,
        le=100,
        description="With table_lookup, the documents searched for a table row that names a cell of the "
        "question and the column it asks for, else a labelled list whose item answers it; it is put first.",
    )
    # "How long is the Ridge Way in total?": the guide's opening paragraph ranks above the overview that
    # gives 47 km; the question asks a length, so a document that gives one goes first
    kind_candidates: int = Field(
        3,
        ge=1,
        le=100,
        description="Of this many best documents, those that give a value of the kind the question asks "
        "(a length, a price, a date, a time of day …) go first, each kept in its order.",
    )
    grounding: bool = Field(
        True,
        description="Keep only answer sentences backed by the documents: one that adds a number or name "
        "no document holds, or nothing to the question, ends the answer (the first: 'I don't know').",
    )
    # generation elsewhere: retrieval, the gates, the checks and the sources stay in this process
    llm_url: str | None = Field(
        None,
        pattern=r"^https?://",
        description="An OpenAI-compatible server's base URL (e.g. http://gpu-box:8000/v1: vLLM, llama.cpp) "
        "to generate on instead of this process; it serves the model exported by `chatbot export`.",
    )
    llm_model: str = Field("", description="The model's name on that server; empty: the first it lists.")
    llm_api_key: SecretStr | None = Field(None, description="API key for that server, if it wants one.")
    llm_timeout: float = Field(60.0, gt=0, le=3600, description="Seconds to wait for that server.")
    use_adapter: bool = Field(
        True, description="Answer with the adapter; false: the base model alone (loaded on first use)."
    )
    max_question_chars: int = Field(2000, ge=16, le=100_000, description="Longer questions are cut.")
    ask_keep_warm_s: int = Field(
        600,
        ge=0,
        le=86_400,
        description="After a one-shot `chatbot ask` loads the models, a server of the store keeps them "
        "loaded in the background for the next asks until this many seconds pass without one (0: never).",
    )

    # web UI (chatbot serve): a 2-core CPU generates about two answers at once at full speed
    ui_concurrency: int = Field(2, ge=1, le=64, description="Answers generated at once; others queue.")
    ui_queue_size: int = Field(64, ge=1, le=10_000, description="Requests waiting at most; more are refused.")
    ui_max_upload_mb: int = Field(20, ge=1, le=2048, description="Largest file the Documents tab accepts.")
    ui_user: str | None = Field(None, description="Login name for the web UI (with ui_password).")
    ui_password: SecretStr | None = Field(None, description="Login password for the web UI (with ui_user).")

    def with_options(self, options: dict[str, Any] | None) -> Settings:
        """These settings with one request's ``options`` applied and validated.

        Only :data:`PER_REQUEST` settings may change per request, so one user's choice never
        reaches another's answer nor reloads a model.
        """
        if not options:
            return self
        if not isinstance(options, dict):
            raise SettingsError(
                f"Request options must be an object of settings, got {type(options).__name__}."
            )
        unknown = sorted(set(options) - PER_REQUEST)
        if unknown:
            raise SettingsError(f"Unknown request option(s) {unknown}; allowed: {sorted(PER_REQUEST)}")
        return type(self)(**{**self.model_dump(), **options})

    def adapter_path(self) -> Path | None:
        """The adapter folder to load, or None for the base model alone."""
        if self.adapter.strip().lower() in ("", "none", "off"):
            return None
        if self.adapter == "auto":
            return shipped_adapter(self.model)
        return Path(self.adapter).expanduser()


PER_REQUEST = frozenset(
    {
        "temperature",
        "top_p",
        "frequency_penalty",
        "max_new_tokens",
        "greedy",
        "seed",
        "top_k",
        "score_threshold",
        "use_adapter",
        "abstain_threshold",
        "grounding",
        "table_lookup",
        "copy_codes",
        "kind_candidates",
    }
)
