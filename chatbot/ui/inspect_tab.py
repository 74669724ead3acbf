"""The Inspector tab's views: a text's tokens as colored spans with their ids, and the next-token
probabilities as a bar chart (see :class:`chatbot.lm.inspector.Inspector` for the model side)."""

from __future__ import annotations

import gradio as gr
import pandas as pd

from chatbot.lm.inspector import Inspector
from common.errors import UserError

MAX_SHOWN_TOKENS = 2000  # a longer text is tokenized whole but only its start is drawn


def visible(piece: str) -> str:
    """A token's text with its spaces and line breaks made visible (a leading space is part of a token)."""
    return piece.replace(" ", "␣").replace("\n", "↵")


def token_view(inspector: Inspector, text: str) -> tuple[list[tuple[str, str]], str]:
    """The tokens of ``text`` as (token text, id) spans, and a one-line summary."""
    tokens = inspector.tokens(text)
    spans = [(visible(piece), str(token_id)) for piece, token_id in tokens[:MAX_SHOWN_TOKENS]]
    summary = f"**{len(tokens)}** tokens, {len(text)} characters"
    if len(tokens) > MAX_SHOWN_TOKENS:
        summary += f" (the first {MAX_SHOWN_TOKENS} are shown)"
    return spans, summary


def next_token_view(inspector: Inspector, text: str, temperature: float, k: int) -> pd.DataFrame:
    """The ``k`` likeliest next tokens and their probabilities as a table for the bar chart."""
    try:
        top = inspector.next_tokens(text, float(temperature), int(k))
    except UserError as exc:
        raise gr.Error(str(exc), print_exception=False) from exc
    return pd.DataFrame(
        {
            "token": [f"{rank}. {visible(t)}" for rank, (t, _) in enumerate(top, 1)],
            "probability": [p for _, p in top],
        }
    )


def inspector_tab(inspector: Inspector, prompt_box: gr.Textbox) -> None:
    """Lay out the Inspector tab (inside an open ``gr.Tab``) and wire its events."""
    text = gr.Textbox("The capital of France is", label="Text", lines=2, elem_id="inspect-text")
    with gr.Row():
        temperature = gr.Slider(0.05, 3.0, 1.0, step=0.05, label="Temperature")
        k = gr.Slider(2, 30, 10, step=1, label="Top-k tokens")
        run = gr.Button("Inspect", variant="primary", scale=0)
    summary = gr.Markdown(elem_id="token-summary")
    tokens = gr.HighlightedText(
        label="Tokens (each color span is one token; the label is its id)",
        show_legend=False,
        elem_id="tokens",
    )
    chart = gr.BarPlot(
        x="token",
        y="probability",
        sort="-y",
        y_lim=[0, 1],
        label="Next token: probability at this temperature",
        elem_id="next-token-chart",
    )
    prompt_box.render()

    def inspect(value: str, temp: float, top: int):
        spans, line = token_view(inspector, value)
        return spans, line, next_token_view(inspector, value, temp, top)

    triggers = [run.click, text.submit, temperature.release, k.release]
    gr.on(triggers, inspect, [text, temperature, k], [tokens, summary, chart], api_visibility="private")
