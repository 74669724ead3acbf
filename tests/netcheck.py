"""Run the product with every network attempt recorded: ``python tests/netcheck.py OUT.json STORE PORT``.

Runs ``chatbot ingest``, ``chatbot ask`` and ``chatbot serve`` (opened by headless Chromium, which
asks a question in the chat) with an audit hook (PEP 578) in each Python process that logs every
``socket.connect``/``sendto`` address and every host name looked up, and records every URL the
browser requests. Meant to be started inside a network namespace with only loopback
(``unshare -n``), so that native code, which the audit hook cannot see, cannot reach out either.
Writes ``{"audit": [[event, address], ...], "browser": [url, ...], "steps": {...}}`` to OUT.json.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from harness.served import wait_ready  # run as a script: tests/ is on the path

# the audit hook, then the chatbot command; the log is appended to by every audited process
AUDITED = r"""
import json, os, runpy, sys
log = open(os.environ["NET_AUDIT_LOG"], "a", buffering=1)
def hook(event, args):
    if event in ("socket.connect", "socket.sendto"):
        log.write(json.dumps([event, repr(args[1])]) + "\n")
    elif event in ("socket.getaddrinfo", "socket.gethostbyname"):
        log.write(json.dumps([event, repr(args[0])]) + "\n")
sys.addaudithook(hook)
sys.argv = ["chatbot", *sys.argv[1:]]
runpy.run_module("chatbot", run_name="__main__", alter_sys=True)
"""
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"]  # fmt: skip


def chatbot(*args: str, env: dict, **kwargs) -> subprocess.CompletedProcess | subprocess.Popen:
    """``chatbot ARGS`` under the audit hook (a Popen when ``background`` is given)."""
    command = [sys.executable, "-c", AUDITED, *args]
    if kwargs.pop("background", False):
        return subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=600, check=False)


def browse(url: str) -> tuple[list[str], str]:
    """Open the chat in headless Chromium, ask a question; every URL requested, and the page's text."""
    from playwright.sync_api import sync_playwright

    requested: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS)
        page = browser.new_page()
        page.on("request", lambda request: requested.append(request.url))
        page.goto(url)
        box = page.get_by_placeholder("Ask about")
        box.fill("What is the capital of France?")
        box.press("Enter")
        page.get_by_text("Paris", exact=False).first.wait_for(timeout=180_000)
        text = page.inner_text("body")
        browser.close()
    return requested, text


def main(out: Path, store: Path, port: int) -> None:
    """Ingest, ask and serve + browse with every attempt recorded; the record goes to ``out``."""
    log = Path(tempfile.mkstemp(prefix="net-audit-", suffix=".jsonl")[1])
    env = {**os.environ, "NET_AUDIT_LOG": str(log), "CHATBOT_PERSIST_DIR": str(store)}
    steps = {
        "ingest": chatbot("ingest", env=env).returncode,
        "ask": chatbot("ask", "What is the capital of France?", "--json", env=env).stdout,
    }
    server = chatbot("serve", "--port", str(port), env=env, background=True)
    try:
        wait_ready(f"http://127.0.0.1:{port}/", server)
        requested, steps["page"] = browse(f"http://127.0.0.1:{port}/")
    finally:
        server.terminate()
        server.wait(timeout=60)
    audit = [json.loads(line) for line in log.read_text().splitlines()]
    out.write_text(json.dumps({"audit": audit, "browser": requested, "steps": steps}))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
