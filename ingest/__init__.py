"""Ingestion: source files → documents → the store, idempotently."""

import vectorstore  # noqa: F401  (offline environment first)
