"""``python -m chatbot``: the ``chatbot`` command."""

from chatbot.cli import app

app()
