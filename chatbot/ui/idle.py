"""A server that exits by itself once nobody has asked anything for a while.

The generation gate every answer passes through (chat, ``/chat`` API, ``/v1``) also tells how long
the server has been idle; a watcher thread interrupts the main thread (as Ctrl-C would, so the
server closes and its note is removed) once that exceeds the limit. ``chatbot ask`` leaves such a
server running to keep the models warm for the next ask. Example::

    gate = IdleGate(2)
    exit_when_idle(gate, seconds=600)   # in the server process
    with gate: ...                      # each answer
"""

from __future__ import annotations

import _thread
import threading
import time
from collections.abc import Callable


class IdleGate(threading.Semaphore):
    """A semaphore that knows since when no holder has held it."""

    def __init__(self, value: int) -> None:
        super().__init__(value)
        self._count = threading.Lock()
        self.holders = 0
        self.since = time.monotonic()

    def acquire(self, blocking: bool = True, timeout: float | None = None) -> bool:
        with self._count:
            self.holders += 1
        if not super().acquire(blocking, timeout):
            self._left()
            return False
        return True

    __enter__ = acquire

    def release(self, n: int = 1) -> None:
        super().release(n)
        self._left()

    def _left(self) -> None:
        with self._count:
            self.holders -= 1
            self.since = time.monotonic()

    def idle_s(self) -> float:
        """Seconds since the last answer ended (0 while one is being generated or waits)."""
        with self._count:
            return 0.0 if self.holders else time.monotonic() - self.since


def exit_when_idle(
    gate: IdleGate, seconds: float, stop: Callable[[], None] = _thread.interrupt_main
) -> threading.Thread:
    """Call ``stop`` once ``gate`` has been idle ``seconds`` (default: interrupt the main thread, as
    SIGINT would; a process that ignores SIGINT, as one started in the background does, must handle
    it again, which ``chatbot serve`` does)."""

    def watch() -> None:
        while (idle := gate.idle_s()) < seconds:
            time.sleep(min(seconds - idle, 5.0))
        stop()

    watcher = threading.Thread(target=watch, name="exit-when-idle", daemon=True)
    watcher.start()
    return watcher
