"""Ingestion: source files → documents → the store, idempotently."""

import common  # noqa: F401  (offline environment first)
