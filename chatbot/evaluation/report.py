"""Show an evaluation summary: a table in the terminal and a bar chart PNG."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

COLUMNS = (
    "questions", "hit@1", "hit@k", "mrr", "accuracy", "answered", "abstained", "invented",
    "p50_s", "p95_s", "retrieval_p50_s", "retrieval_p95_s",
)  # fmt: skip


def _cell(value: float | int | None, column: str) -> str:
    if value is None:
        return "-"
    if column == "questions":
        return str(value)
    if column.endswith("_s"):
        return f"{value:.2f}"
    return f"{value:.3f}" if column == "mrr" else f"{100 * value:.1f}%"


def print_table(summary: dict[str, dict], console: Console, title: str = "evaluation") -> None:
    """One row per kind, the overall row last."""
    table = Table(title=title)
    table.add_column("kind", no_wrap=True)
    for column in COLUMNS:
        table.add_column(column, justify="right")
    for kind, row in summary.items():
        table.add_row(kind, *(_cell(row.get(c), c) for c in COLUMNS), end_section=kind == "overall")
    console.print(table)


def save_chart(summary: dict[str, dict], path: Path, title: str = "evaluation") -> None:
    """Grouped bars of hit@1 and answer accuracy per kind."""
    import matplotlib

    matplotlib.use("Agg")  # files only, no display
    import matplotlib.pyplot as plt

    kinds = list(summary)
    fig, ax = plt.subplots(figsize=(max(6, 1.1 * len(kinds)), 4))
    width = 0.38
    for offset, metric in ((-width / 2, "hit@1"), (width / 2, "accuracy")):
        values = [100 * summary[k].get(metric, 0) for k in kinds]
        bars = ax.bar([i + offset for i in range(len(kinds))], values, width, label=metric)
        ax.bar_label(bars, fmt="%.0f", fontsize=7)
    ax.set_xticks(range(len(kinds)), kinds, rotation=20)
    ax.set_ylim(0, 110)
    ax.set_ylabel("%")
    ax.set_title(title)
    ax.legend(loc="lower left")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
