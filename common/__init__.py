"""Helpers every package shares; this package imports nothing of ours.

- :mod:`common.offline`: no hub look-ups, telemetry or analytics (imported first, before the libraries
  that read those switches);
- :mod:`common.errors`: the errors a user can cause, one hierarchy with the message and exit code;
- :mod:`common.jsontext`: JSON from users, every failure one clear error;
- :mod:`common.files`: folders written all at once.
"""

from common import offline  # noqa: F401  (must run before huggingface_hub, chromadb or gradio is imported)
