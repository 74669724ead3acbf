"""What every benchmark script shares: print results as a rich table, save them as JSON, percentiles."""

from __future__ import annotations

import json
import platform
from pathlib import Path

from rich.console import Console
from rich.table import Table


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of ``values`` lie (nearest rank, no interpolation)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def print_table(title: str, rows: list[dict], columns: list[str] | None = None) -> None:
    """One table row per result dict; floats shown with three significant digits."""
    columns = columns or list(dict.fromkeys(key for row in rows for key in row))
    table = Table(title=title)
    for column in columns:
        table.add_column(column, justify="left" if column == columns[0] else "right")
    for row in rows:
        table.add_row(*(_cell(row.get(column)) for column in columns))
    Console(width=200).print(table)


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    return str(value)


def save_json(path: Path | None, name: str, rows: list[dict], **context: object) -> None:
    """Write the results with what they were measured on (no-op without a path)."""
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    machine = {"python": platform.python_version(), "machine": platform.machine(), "cpus": _cpus()}
    payload = {"benchmark": name, "machine": machine, **context, "results": rows}
    path.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0))
