"""The generation flags that ``ask``, ``serve`` and ``eval`` share, declared once.

Typer reads a command's options from its signature; :func:`generation_flags` appends these to it
and hands the command the ones the user gave as one ``generation`` dict of setting overrides.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import wraps
from typing import Annotated, Any

import typer

PANEL = "Generation (the seed's decoding controls)"

FLAGS: dict[str, Any] = {
    "greedy": Annotated[
        bool | None,
        typer.Option(
            "--greedy/--sample", help="Greedy decoding (default) or sampling.", rich_help_panel=PANEL
        ),
    ],
    "temperature": Annotated[
        float | None, typer.Option(help="Sampling temperature (seed: 0.9).", rich_help_panel=PANEL)
    ],
    "top_p": Annotated[
        float | None,
        typer.Option(
            help="Sample from the likeliest tokens holding this mass (seed: 0.5).", rich_help_panel=PANEL
        ),
    ],
    "frequency_penalty": Annotated[
        float | None,
        typer.Option(
            help="Logit minus this times the token's count so far (seed: 0.01).", rich_help_panel=PANEL
        ),
    ],
    "max_new_tokens": Annotated[
        int | None, typer.Option(help="Most tokens per answer.", rich_help_panel=PANEL)
    ],
    "seed": Annotated[
        int | None,
        typer.Option(help="Random seed: the same sampled answer every run.", rich_help_panel=PANEL),
    ],
    "draft_tokens": Annotated[
        int | None,
        typer.Option(
            help="Prompt-lookup drafts checked per model call; 0 turns it off.", rich_help_panel=PANEL
        ),
    ],
}


def generation_flags(command: Callable) -> Callable:
    """Add :data:`FLAGS` to ``command``, which receives the given ones as ``generation=``."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        given = {name: kwargs.pop(name, None) for name in FLAGS}
        return command(*args, generation={k: v for k, v in given.items() if v is not None}, **kwargs)

    own = [p for p in inspect.signature(command, eval_str=True).parameters.values() if p.name != "generation"]
    extra = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=kind)
        for name, kind in FLAGS.items()
    ]
    wrapper.__signature__ = inspect.Signature(own + extra)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in own + extra}
    return wrapper
