"""``python -m ingest``: the same as ``chatbot ingest``."""

from chatbot.cli import app

if __name__ == "__main__":
    app(["ingest", *__import__("sys").argv[1:]])
