"""``python -m ingest``: make the store match the source files, without loading the chatbot.

``chatbot ingest`` is this same command. Example::

    python -m ingest --source notes.md --source islands.csv
    python -m ingest --remove notes.md
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

import common  # noqa: F401  (offline environment first)
from common.cli import err, friendly_errors
from vectorstore.config import StoreSettings

app = typer.Typer(add_completion=False)


@app.command()
@friendly_errors
def ingest(
    source: Annotated[
        list[Path] | None, typer.Option(help="Source file(s); default: the shipped data.")
    ] = None,
    persist_dir: Annotated[
        Path | None,
        typer.Option("--persist-dir", help="Chroma folder (env CHATBOT_PERSIST_DIR).", show_default=False),
    ] = None,
    rebuild: Annotated[
        bool, typer.Option(help="Rebuild the collection (e.g. after changing embedder).")
    ] = False,
    remove: Annotated[
        list[str] | None, typer.Option(help="Delete every document of this source (its file name).")
    ] = None,
) -> None:
    """Add, update and delete documents so the store matches the sources."""
    from ingest.remove import remove_source
    from ingest.run import ingest as run_ingest

    overrides = {"persist_dir": persist_dir} if persist_dir else {}
    settings = StoreSettings(**overrides)
    where = settings.chroma_url or settings.store_dir
    for name in remove or []:
        report = remove_source(settings, name)
        err.print(f"removed {name}: {report.deleted} document(s) deleted → {where}", highlight=False)
    if remove and not source:
        return
    report = run_ingest(settings, source, rebuild=rebuild, progress=True)
    err.print(f"{report.summary()} → {where}", highlight=False)
