"""What every command shares: errors a user can cause become one line on stderr and an exit code.

Example::

    @app.command()
    @friendly_errors
    def ingest(...): ...   # a UserError prints "error: <message>" and exits with code 2
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

import typer
from rich.console import Console

from common.errors import UserError

err = Console(stderr=True, soft_wrap=True)


def friendly_errors(command: Callable) -> Callable:
    """Turn :class:`~common.errors.UserError` into its message on stderr and its exit code."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except UserError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(exc.exit_code) from None

    return wrapper
