"""The ``chatbot`` command in a fresh process, as a user's shell runs it. Example::

done = run_cli("ask", "What is the capital of France?", "--json", env=os.environ.copy())
json.loads(done.stdout)["answer"]
"""

from __future__ import annotations

import subprocess
import sys


def run_cli(
    *args: str, env: dict, stdin: str | None = None, timeout: float = 600
) -> subprocess.CompletedProcess:
    """``python -m chatbot ARGS`` in a fresh process, like a user's shell."""
    return subprocess.run(
        [sys.executable, "-m", "chatbot", *args], input=stdin, capture_output=True, text=True, env=env,
        timeout=timeout,
    )  # fmt: skip
