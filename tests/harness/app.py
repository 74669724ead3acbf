"""The web app served in this process on 127.0.0.1 for a test module (closed afterwards). Example::

with app_at(settings, free_port()) as url:
    Client(f"{url}/").predict("What is the capital of France?", api_name="/chat")
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from chatbot.settings import Settings
from chatbot.ui import close, launch


@contextmanager
def app_at(settings: Settings, port: int, **options: Any) -> Iterator[str]:
    """``chatbot serve`` of ``settings`` on ``port``, without blocking; yields its URL (no trailing /)."""
    app = launch(settings, port=port, block=False, **options)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        close(app)
