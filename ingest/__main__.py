"""``python -m ingest``: the same as ``chatbot ingest`` (see :mod:`ingest.cli`)."""

from ingest.cli import app

if __name__ == "__main__":
    app()
