"""The ``chatbot`` command (Typer): ingest, ask, serve, models, finetune, eval."""

from chatbot.cli.main import app

__all__ = ["app"]
