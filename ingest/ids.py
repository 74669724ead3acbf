"""Stable identities of documents: the id that keys a document in the store, and the hash that says
whether its stored copy must be rewritten. Example::

    document_id("capitals.json", "France")   # the same uuid on every machine and run
"""

from __future__ import annotations

import hashlib
import json
import uuid

ID_NAMESPACE = uuid.UUID("5f1d3c4e-9a6b-4c1e-8f2a-1b7e6d0c9a31")


def document_id(source: str, key: str) -> str:
    """A stable id for the document ``key`` of ``source`` (same inputs, same id, on any machine)."""
    return str(uuid.uuid5(ID_NAMESPACE, f"{source}\x1f{key.casefold()}"))


def content_hash(text: str, metadata: dict) -> str:
    """What decides whether a stored document must be rewritten."""
    payload = json.dumps([text, metadata], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()[:32]
