"""A real ``chatbot serve`` for the benchmarks that load it over HTTP: started on 127.0.0.1 with a
store of its own, watched (resident memory of the server), stopped at the end. Example::

    with served(Path("/tmp/store")) as server:
        Client(server.url).predict("What is the capital of France?", api_name="/chat")
        server.rss_mb()
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psutil

from chatbot.cli.warm import free_port


@dataclass
class Server:
    """A running ``chatbot serve``."""

    url: str
    process: psutil.Process

    def rss_mb(self) -> float:
        """Resident memory of the server process, MB."""
        return self.process.memory_info().rss / 1e6


def wait_ready(
    url: str,
    proc: subprocess.Popen,
    seconds: float = 600,
    name: str = "chatbot serve",
    log: Path | None = None,
) -> None:
    """Wait until the server ``proc`` answers at ``url`` (it loads models and may ingest first); if it
    exits first, say so with the end of its ``log``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = log.read_text(errors="replace")[-3000:] if log else ""
            raise RuntimeError(f"{name} exited with code {proc.returncode}\n{tail}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"{name} did not answer at {url} within {seconds} s")


@contextmanager
def served(store: Path, env: dict[str, str] | None = None, *args: str) -> Iterator[Server]:
    """``chatbot serve`` on a free port of 127.0.0.1 over ``store`` (extra ``env`` and ``args``)."""
    port = free_port()
    environment = {**os.environ, "CHATBOT_PERSIST_DIR": str(store), **(env or {})}
    proc = subprocess.Popen(
        [sys.executable, "-m", "chatbot", "serve", "--port", str(port), *args],
        env=environment,
        stdout=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_ready(url, proc)
        yield Server(url, psutil.Process(proc.pid))
    finally:
        proc.terminate()
        proc.wait(timeout=60)
