"""No outbound traffic: ingest, ask and serve (opened and used by headless Chromium) run with every
network attempt of their Python processes recorded (``tests/netcheck.py``), inside a network
namespace with only loopback where we may create one (root: ``unshare -n``), so native code cannot
reach out either. Every attempt must be to a loopback address: no telemetry, analytics or hub
look-ups; every URL the page loads must be the server's own.

The product's offline defaults are what is tested: the child environment drops the offline
variables the Makefile exports.
"""

from __future__ import annotations

import ast
import ipaddress
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
NETCHECK = Path(__file__).with_name("netcheck.py")
OFFLINE_VARIABLES = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_HUB_DISABLE_TELEMETRY",
                     "ANONYMIZED_TELEMETRY", "GRADIO_ANALYTICS_ENABLED")  # fmt: skip


def loopback_only() -> list[str]:
    """The command prefix that runs a command in a new network namespace with only loopback up,
    or nothing where this user cannot create one."""
    if not shutil.which("unshare") or not shutil.which("ip"):
        return []
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, check=False)
    return (
        ["unshare", "-n", "sh", "-c", 'ip link set lo up && exec "$@"', "sh"] if probe.returncode == 0 else []
    )


def is_loopback(event: str, address: str) -> bool:
    """Whether an audited attempt stays on this machine (loopback, a Unix socket, or no host)."""
    value = ast.literal_eval(address)
    if event in ("socket.getaddrinfo", "socket.gethostbyname"):
        host = value.decode() if isinstance(value, bytes) else value
    elif isinstance(value, tuple):
        host = value[0]
    else:
        return True  # a Unix socket path
    if host in (None, "", "localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name other than localhost: a look-up of something outside


@pytest.mark.skipif(
    not Path("/usr/bin/chromium").exists(), reason="needs Debian chromium for the browser step"
)
def test_ingest_ask_and_serve_reach_nothing_outside(tmp_path, free_port):
    env = {k: v for k, v in os.environ.items() if k not in OFFLINE_VARIABLES}
    out = tmp_path / "net.json"
    command = [sys.executable, str(NETCHECK), str(out), str(tmp_path / "store"), str(free_port())]
    done = subprocess.run(loopback_only() + command, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    record = json.loads(out.read_text())

    assert record["steps"]["ingest"] == 0
    assert "Paris" in json.loads(record["steps"]["ask"])["answer"]
    assert "Paris" in record["steps"]["page"]
    outside = [attempt for attempt in record["audit"] if not is_loopback(*attempt)]
    assert outside == []
    assert record["audit"], "the audit hook recorded nothing: it did not run"
    assert record["browser"] and all(
        url.startswith(("http://127.0.0.1", "data:", "blob:")) for url in record["browser"]
    )
