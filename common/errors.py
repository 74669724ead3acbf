"""Every error a user can cause, in one hierarchy: the message says what went wrong and what to do.

The CLI prints a :class:`UserError`'s message on one line and exits with its ``exit_code``; the web
app and its API show the message. Anything else escaping is a bug. Example::

    try:
        ingest(settings, [Path("broken.pdf")])
    except UserError as exc:
        print(f"error: {exc}")   # 'error: broken.pdf: not a readable PDF (...)'
        raise SystemExit(exc.exit_code)
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix (bad input, a missing model, a busy or mismatched store)."""

    exit_code = 2


class JsonError(UserError):
    """Text that is not JSON this program can read (no file name: callers that know it add it)."""


class SourceError(UserError):
    """A source file cannot be ingested; the message names the file and the problem."""


class StoreError(UserError):
    """The store cannot be used as asked."""


class EmbedderMismatchError(StoreError):
    """The collection was built with another embedder than the one configured."""


class StoreBusyError(StoreError):
    """Another process holds the store's writer lock."""


class ModelMissingError(UserError):
    """A model's files are not installed; the message says which package brings them."""


class AdapterMismatchError(UserError):
    """A LoRA adapter that does not fit the configured base model."""


class QuestionError(UserError):
    """A question that cannot be asked as given (empty, or not text)."""


class SettingsError(UserError):
    """Settings, or one request's options, with a value out of range or of the wrong kind."""


class DataError(UserError):
    """Training data that cannot be used."""


class QuestionSetError(UserError):
    """An evaluation question set that cannot be read."""


class GenerationError(UserError):
    """The generation server (``llm_url``) cannot be reached, is too slow, or refuses the request."""
