"""Exposure of the web app: loopback by default, a warning when exposed without a login, every route
refused to a client that has not logged in, uploads served to no one else, oversized and
path-traversing uploads refused, and no stack trace in any response. The app is the real one
(``chatbot.ui.launch``) over the tiny GPT-2, served in this process on 127.0.0.1.
"""

from __future__ import annotations

import inspect
import re
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx
import psutil
import pytest
from pydantic import SecretStr

from chatbot.cli.main import serve
from chatbot.settings import Settings
from chatbot.ui import close, launch
from ingest.run import ingest
from vectorstore.config import SHIPPED_DATA

USER, PASSWORD = "ada", "correct horse battery staple"
# routes that answer without a login and hold nothing of the user's: the login page itself, static
# assets, and Gradio's session-less probes (which user am I: none; the app id; no start-up events)
PUBLIC = {
    "/",
    "/login",
    "/login/",
    "/logout",
    "/favicon.ico",
    "/theme.css",
    "/gradio_api/theme.css",
    "/robots.txt",
    "/manifest.json",
    "/openapi.json",
    "/gradio_api/user",
    "/gradio_api/user/",
    "/gradio_api/token",
    "/gradio_api/token/",
    "/gradio_api/app_id",
    "/gradio_api/app_id/",
    "/gradio_api/runs",
    "/gradio_api/runs/",
    "/gradio_api/startup-events",
    "/gradio_api/heartbeat/x",  # a keep-alive stream that only says "ALIVE"
}
TRACE = re.compile(r"Traceback \(most recent call last\)|File \"/[^\"]+\.py\", line \d+")


@pytest.fixture(scope="module")
def app_settings(tmp_path_factory, tiny_gpt2, embedder) -> Settings:
    root = tmp_path_factory.mktemp("exposure")
    settings = Settings(
        home=root / "home", persist_dir=root / "chroma", model=str(tiny_gpt2), max_new_tokens=2
    )
    ingest(settings, [SHIPPED_DATA], embedder=embedder)
    return settings


@pytest.fixture(scope="module")
def guarded(app_settings, free_port):
    """The app with a login, on a free port of 127.0.0.1; yields its URL."""
    settings = app_settings.model_copy(update={"ui_user": USER, "ui_password": SecretStr(PASSWORD)})
    port = free_port()
    app = launch(settings, host="127.0.0.1", port=port, block=False)
    try:
        yield app, f"http://127.0.0.1:{port}"
    finally:
        close(app)


def routes(app) -> list[tuple[str, str]]:
    """Every (method, path) the app's web server answers, path parameters filled with a dummy."""
    found: list[tuple[str, str]] = []

    def walk(items, prefix: str) -> None:
        for route in items:
            if hasattr(route, "original_router"):  # an included router (gradio_api/...)
                walk(route.original_router.routes, prefix + (route.include_context.prefix or ""))
            elif hasattr(route, "path"):
                path = re.sub(r"\{[^}]+\}", "x", prefix + route.path)
                found.extend((m, path) for m in sorted(getattr(route, "methods", None) or {"GET"}))

    walk(app.server_app.routes if hasattr(app, "server_app") else app.app.routes, "")
    return [(m, p) for m, p in found if m not in ("HEAD", "OPTIONS")]


def status_of(client: httpx.Client, method: str, url: str) -> tuple[int, str]:
    """Status and the start of the body (some routes stream and keep the connection open)."""
    with client.stream(method, url, timeout=5) as response:
        head = b""
        try:
            for chunk in response.iter_bytes():
                head += chunk
                if len(head) > 2000:
                    break
        except httpx.ReadTimeout:
            pass  # an event stream that stays open: its status is what counts
        return response.status_code, head.decode(errors="replace")


def test_default_bind_is_loopback():
    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"
    assert inspect.signature(launch).parameters["host"].default == "127.0.0.1"


def test_every_route_refuses_a_client_without_login(guarded):
    app, url = guarded
    table = routes(app)
    assert len(table) > 40 and ("POST", "/gradio_api/upload") in table
    let_through = []
    with httpx.Client() as client:
        for method, path in table:
            status, body = status_of(client, method, url + path)
            if 200 <= status < 300 and path not in PUBLIC:
                let_through.append((method, path, status, body[:80]))
            assert not TRACE.search(body), (method, path)
    assert let_through == []
    page = httpx.get(url + "/").text
    assert "Ask about a country" not in page and "capital of France" not in page  # no app in the login page


@contextmanager
def logged_in(url: str) -> Iterator[httpx.Client]:
    """An HTTP client that has logged in."""
    with httpx.Client(base_url=url, timeout=60) as client:
        response = client.post("/login", data={"username": USER, "password": PASSWORD})
        assert response.status_code in (200, 302, 303), response.text
        assert client.get("/config").status_code == 200
        yield client


def test_uploads_are_served_only_to_the_logged_in_user(guarded, tmp_path):
    _, url = guarded
    with logged_in(url) as client:
        files = {"files": ("../../../evil.json", b'[{"country": "Freedonia", "city": "Fredville"}]')}
        stored = client.post("/gradio_api/upload", files=files).json()[0]
        assert ".." not in Path(stored).parts and Path(stored).name == "evil.json"
        assert not (tmp_path / "evil.json").exists()
        assert client.get(f"/gradio_api/file={stored}").status_code == 200
        assert client.get("/gradio_api/file=/etc/passwd").status_code in (403, 404)
    assert httpx.get(f"{url}/gradio_api/file={stored}").status_code == 401


def test_oversized_upload_is_refused(guarded):
    _, url = guarded

    def zeros(megabytes: int):
        for _ in range(megabytes):
            yield b"\0" * 1_000_000

    with logged_in(url) as client:
        body = b"".join(zeros(1))  # small enough: accepted
        assert client.post("/gradio_api/upload", files={"files": ("ok.json", body)}).status_code == 200
        big = client.post("/gradio_api/upload", files={"files": ("big.json", b"".join(zeros(200)))})
    assert big.status_code == 413, big.status_code
    assert not TRACE.search(big.text)


def test_no_stack_traces_in_api_errors(guarded):
    _, url = guarded
    payloads = [
        {"data": [{"a": [1]}, 5, "x"]},
        {"data": ["hi", None, {"temperature": -1}]},
        {"data": "x"},
        {},
    ]
    with logged_in(url) as client:
        for payload in payloads:
            started = client.post("/gradio_api/call/chat", json=payload)
            text = started.text
            if started.status_code == 200:
                event = started.json()["event_id"]
                text += client.get(f"/gradio_api/call/chat/{event}").text
            assert not TRACE.search(text), (payload, text[:500])
        reply = client.post("/gradio_api/call/chat", json={"data": ["hi", None, {"top_p": 2}]}).json()
        events = client.get(f"/gradio_api/call/chat/{reply['event_id']}").text
    assert "top_p" in events and not TRACE.search(events)


def listening_on(port: int) -> list[str]:
    """The addresses this process listens on at ``port`` (TCP, IPv4 and IPv6). Only LISTEN sockets:
    the server's end of a connection to it (Gradio's start-up request to its own URL, often still in
    CLOSE_WAIT) has the port as its local one too, listed before or after the listener; counting it
    once found ``['127.0.0.1', '127.0.0.1']``."""
    return [
        c.laddr.ip
        for c in psutil.Process().net_connections("tcp")
        if c.laddr and c.laddr.port == port and c.status == psutil.CONN_LISTEN
    ]


def test_exposed_without_login_warns_and_binds_where_asked(app_settings, free_port, capsys):
    port = free_port()
    app = launch(app_settings, host="0.0.0.0", port=port, block=False)
    try:
        assert "warning: serving on 0.0.0.0 without a login" in capsys.readouterr().err
        assert listening_on(port) == ["0.0.0.0"]
    finally:
        close(app)
    port = free_port()
    app = launch(app_settings, port=port, block=False)
    try:
        assert listening_on(port) == ["127.0.0.1"]
        assert "warning" not in capsys.readouterr().err
    finally:
        close(app)


def test_close_from_another_thread_ends_open_heartbeats_and_frees_the_port(app_settings, free_port):
    """Browsers keep a heartbeat stream open; closing from a thread that is not the server's (as a
    test fixture or an embedding program does) must end every one of them, raise nothing, and
    release the port."""
    port = free_port()
    app = launch(app_settings, port=port, block=False)
    url = f"http://127.0.0.1:{port}/gradio_api/heartbeat"
    with httpx.Client(timeout=10) as client, ExitStack() as streams:
        opened = [streams.enter_context(client.stream("GET", f"{url}/s{i}")) for i in range(8)]
        lines = [response.iter_lines() for response in opened]
        assert all(next(stream) == "data: ALIVE" for stream in lines)
        failures: list[BaseException] = []
        closer = threading.Thread(target=lambda: _record(failures, close, app))
        closer.start()
        closer.join(timeout=30)
        assert not closer.is_alive() and failures == []
        assert all(set(stream) <= {"", "data: ALIVE"} for stream in lines)  # each ends
    assert app.server_app.stop_event.is_set() and listening_on(port) == []


def _record(failures: list[BaseException], call, *args) -> None:
    """``call(*args)``, keeping what it raised in ``failures`` (a thread's exception is otherwise lost)."""
    try:
        call(*args)
    except BaseException as error:
        failures.append(error)
