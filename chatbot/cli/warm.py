"""After a one-shot ``chatbot ask`` has paid for loading the models (~10 s on a 2-core CPU, most of
it importing torch and transformers), a ``chatbot serve`` of the same store keeps them loaded in the
background, so the next asks answer through it in about a second (:mod:`chatbot.cli.remote`).

The server binds 127.0.0.1 on a free port, writes its log beside the store, and exits after
``ask_keep_warm_s`` seconds without a question; an ingestion that needs the store stops it
(:func:`ingest.lock.stop_warm_server`). ``CHATBOT_ASK_KEEP_WARM_S=0`` turns it off. Example::

    if start_warm_server(settings):
        ...  # `chatbot ask` in another process a few seconds later answers through it
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys

from chatbot.settings import Settings
from ingest.lock import running_server, server_note, store_held


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_warm_server(settings: Settings) -> bool:
    """Start the background server for this store, unless it is off, one already runs, or the
    store is held by another process (a chat server starting, an ingestion); True if started."""
    if not settings.ask_keep_warm_s or running_server(settings):
        return False
    command = [
        sys.executable, "-m", "chatbot", "serve", "--host", "127.0.0.1", "--port", str(free_port()),
        "--persist-dir", str(settings.store_dir), "--keep-warm", str(settings.ask_keep_warm_s),
    ]  # fmt: skip
    try:
        if store_held(settings):
            return False
        with server_note(settings).with_suffix(".log").open("w", encoding="utf-8") as log:
            subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True, env=os.environ.copy(),
            )  # fmt: skip
    except OSError:  # a store folder we cannot write to: the answer stands, nothing stays warm
        return False
    return True
