"""The web app (``chatbot serve``): Chat, Documents and Inspector tabs, the ``/chat`` API endpoint, and
the OpenAI-compatible ``/v1`` routes (:mod:`chatbot.ui.openai_api`).

Loopback only unless asked; an optional login; never a share link; no analytics (set before gradio
is imported, see :mod:`common.offline`); a queue that lets ``ui_concurrency`` answers be
generated at once. Example::

    app = launch(Settings(), port=7860, block=False)   # http://127.0.0.1:7860 and .../v1
    close(app)                                         # from any thread
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

import gradio as gr  # the chatbot package imported common first: offline, analytics off

from chatbot.lm.inspector import Inspector
from chatbot.services import Services, load_services
from chatbot.settings import Settings
from chatbot.ui.api import chat_endpoint
from chatbot.ui.chat import EXAMPLES, responder, settings_controls
from chatbot.ui.documents import UPLOAD_TYPES, Library
from chatbot.ui.idle import IdleGate, exit_when_idle
from chatbot.ui.inspect_tab import inspector_tab
from chatbot.ui.openai_api import OpenAiApi, mount

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
TRACK_TQDM = gr.Progress(track_tqdm=True)  # a progress bar fed by ingestion's tqdm bar
STORE = "store"  # the concurrency group of every event that writes to the store


def chat_tab(services: Services, gate: threading.Semaphore, prompt_box: gr.Textbox) -> None:
    """The chat with its Settings panel; each answer's prompt goes to the Inspector's ``prompt_box``."""
    gr.ChatInterface(
        responder(services.chain, gate),
        chatbot=gr.Chatbot(height=520, show_label=False, buttons=["copy"]),
        textbox=gr.Textbox(placeholder="Ask about your documents…"),
        additional_inputs=settings_controls(services.settings),
        additional_inputs_accordion=gr.Accordion(
            "Settings (apply to your next question only)", open=False, render=False
        ),
        additional_outputs=[prompt_box],
        examples=[[e] for e in EXAMPLES],
        cache_examples=False,
        api_visibility="private",
        concurrency_limit=services.settings.ui_concurrency,
        flagging_mode="never",
        fill_height=False,
    )


def documents_tab(library: Library) -> tuple[Callable, list[gr.components.Component]]:
    """What the store holds (summary, sources, searchable table) and upload / re-ingest / delete."""
    summary = gr.Markdown(elem_id="store-summary")
    with gr.Row():
        with gr.Column(scale=2):
            files = gr.File(label=f"Upload: {', '.join(UPLOAD_TYPES)}", file_count="multiple",
                            file_types=UPLOAD_TYPES, type="filepath", height=160,
                            elem_id="upload")  # fmt: skip
            upload = gr.Button("Ingest the files", variant="primary")
        with gr.Column(scale=1):
            source = gr.Dropdown(label="Source to delete", choices=[], elem_id="source")
            delete = gr.Button("Delete this source", variant="stop")
            reingest = gr.Button("Re-ingest every source")
    status = gr.Markdown(elem_id="store-status")
    sources = gr.Dataframe(label="Sources", interactive=False, max_height=200)
    table = gr.Dataframe(label="Documents", interactive=False, show_search="search", wrap=True,
                         max_height=420, column_widths=["28%", "17%", "55%"])  # fmt: skip

    def refresh():
        line, per_source, rows, names = library.overview()
        return line, per_source, rows, gr.Dropdown(choices=names, value=None)

    def ingest_files(paths: list[str] | None, progress=TRACK_TQDM):
        progress(0, desc="checking the files")
        return library.upload([Path(p) for p in paths or []]), None

    def reingest_all(progress=TRACK_TQDM):
        progress(0, desc="checking the sources")
        return library.reingest()

    shown = [summary, sources, table, source]
    events = dict(concurrency_id=STORE, concurrency_limit=1, api_visibility="private")
    upload.click(ingest_files, [files], [status, files], **events).then(refresh, None, shown)
    delete.click(library.delete, [source], [status], **events).then(refresh, None, shown)
    reingest.click(reingest_all, None, [status], **events).then(refresh, None, shown)
    return refresh, shown


def create_app(services: Services, gate: threading.Semaphore) -> gr.Blocks:
    """The app's tabs and the named API endpoint ``/chat``; ``gate`` bounds the answers generated at
    once (the chat, ``/chat`` and the OpenAI-compatible API together)."""
    library = Library(services.settings, services.embedder)
    with gr.Blocks(title="RAG chatbot") as app:
        gr.Markdown(
            "## Document chatbot\nAnswers from its documents, shows them, and says when they don't answer."
        )
        prompt_box = gr.Textbox(label="RAG prompt of your last chat turn, exactly as the model read it",
                                lines=4, interactive=False, buttons=["copy"], render=False,
                                elem_id="last-prompt")  # fmt: skip
        with gr.Tabs():
            with gr.Tab("Chat"):
                chat_tab(services, gate, prompt_box)
            with gr.Tab("Documents") as documents:
                refresh, shown = documents_tab(library)
            with gr.Tab("Inspector"):
                inspector_tab(Inspector(services.lm), prompt_box)
        documents.select(refresh, None, shown, api_visibility="private")
        app.load(refresh, None, shown, api_visibility="private")
        gr.api(chat_endpoint(services.chain, gate), api_name="chat")
    return app


def login(settings: Settings) -> tuple[str, str] | None:
    """The login from the settings (``CHATBOT_UI_USER`` / ``CHATBOT_UI_PASSWORD``), or None."""
    if settings.ui_user and settings.ui_password:
        return settings.ui_user, settings.ui_password.get_secret_value()
    return None


def launch(
    settings: Settings,
    host: str = "127.0.0.1",
    port: int = 7860,
    *,
    block: bool = True,
    on_ready: Callable[[str], None] = lambda url: None,
    idle_exit_s: float = 0,
) -> gr.Blocks:
    """Load everything and serve the app on ``host:port`` (``on_ready`` gets its local URL once it
    answers; with ``idle_exit_s`` it closes after that many seconds without a question); warns when
    it is exposed without a login."""
    auth = login(settings)
    if host not in LOOPBACK and auth is None:
        print(
            f"warning: serving on {host} without a login: anyone who can reach this port can use the chat "
            "and change its documents. Set CHATBOT_UI_USER and CHATBOT_UI_PASSWORD.",
            file=sys.stderr,
        )
    services = load_services(settings)
    gate = IdleGate(settings.ui_concurrency)
    app = create_app(services, gate)
    app.queue(default_concurrency_limit=settings.ui_concurrency, max_size=settings.ui_queue_size)
    app.launch(server_name=host, server_port=port, share=False, auth=auth, prevent_thread_lock=True,
               max_file_size=f"{settings.ui_max_upload_mb}mb", quiet=not block)  # fmt: skip
    key = auth[1] if auth else None
    mount(app.server_app, OpenAiApi(services.chain, gate, key, settings.ui_queue_size))
    on_ready(f"http://127.0.0.1:{port}" if host in ("0.0.0.0", "::") else f"http://{host}:{port}")
    if idle_exit_s:
        exit_when_idle(gate, idle_exit_s)
    if block:
        app.block_thread()
    return app


def close(app: gr.Blocks, timeout_s: float = 5.0) -> None:
    """Stop a ``launch(block=False)`` app from any thread.

    Gradio's ``close`` sets the server's ``asyncio.Event`` that open heartbeat streams wait on from
    the calling thread, racing the server's loop over the event's waiters ("deque mutated during
    iteration"); so it is set on that loop first. The loop is the one the event bound to on its first
    wait (asyncio's ``_loop``; no public handle exists); an event nobody waited on has no waiters.
    """
    stop = app.server_app.stop_event
    loop = getattr(stop, "_loop", None)
    if loop is not None and loop.is_running():
        done: Future[None] = Future()
        loop.call_soon_threadsafe(lambda: (stop.set(), done.set_result(None)))
        done.result(timeout=timeout_s)
    app.close()
