"""The web app: Chat (with sources and per-request settings), Documents and Inspector tabs, and the
``/chat`` API endpoint; see :mod:`chatbot.ui.app`."""

from chatbot.ui.app import Services, close, create_app, launch, load_services

__all__ = ["Services", "close", "create_app", "launch", "load_services"]
