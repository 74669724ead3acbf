"""Synthetic documents for the scale benchmarks and the crash harness: invented countries and capitals.

Names come from the fine-tuning data's name generator (pronounceable, never a shipped name), so a
synthetic store looks like the real one, only larger. Example::

    rows = synthetic_rows(10_000)          # [{"country": "Brostania", "city": "Port Kelville"}, ...]
    write_rows(rows, Path("/tmp/synthetic.json"))
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from chatbot.finetune.grounded import shipped_names
from chatbot.finetune.names import Names
from vectorstore.config import SHIPPED_DATA


def synthetic_rows(count: int, seed: int = 1901) -> list[dict]:
    """``count`` rows with unique invented country names and invented capitals."""
    names = Names(random.Random(seed), reserved=shipped_names(SHIPPED_DATA))
    return [{"country": names.make("country"), "city": names.make("city")} for _ in range(count)]


def write_rows(rows: list[dict], path: Path) -> Path:
    """Write rows as a seed-format JSON source file and return its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return path
