"""The seed's instruction template, and the cleaning that keeps user text from forging it.

Template (exact): ``<Input> {input}`` only when there is an input, then ``<Inst> {instruction}<Response>``;
a training example appends ``{output} </Response>`` and the tokenizer's EOS token. Example::

    render_prompt("What is the capital of France?", ["The capital of France is Paris."])
    # '<Input> The capital of France is Paris.<Inst> What is the capital of France?<Response>'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from chatbot.lm.layout import prompt_segments

END_TAG = "</Response>"
# The template's control tags in any case/spacing, and tokenizer control tokens such as
# <|im_end|>, <|endoftext|>, <s>, </s>: in user text or documents they would be read as structure.
_CONTROL = re.compile(
    r"<\s*/?\s*(?:input|inst|response)\s*>|<\|[^<>|]{0,64}\|>|</?s>|<unk>|<pad>", re.IGNORECASE
)


# control characters (not whitespace), and lone surrogates: what is left of bytes that were not UTF-8
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def special_tokens(tokenizer: Any) -> tuple[str, ...]:
    """A tokenizer's special tokens as text (SmolLM2 also has ``<filename>``, ``<jupyter_code>`` …):
    written in a question or document, each would reach the model as its control token."""
    added = [t.content for t in getattr(tokenizer, "added_tokens_decoder", {}).values() if t.special]
    return tuple(dict.fromkeys([*added, *tokenizer.all_special_tokens]))


def sanitize(text: str, tokens: Iterable[str] = ()) -> str:
    """``text`` without template tags, tokenizer control tokens (common ones, and ``tokens``: a
    tokenizer's own, see :func:`special_tokens`), control characters or lone surrogates (shown as
    U+FFFD), whitespace folded."""
    literal = "|".join(re.escape(t) for t in sorted(tokens, key=len, reverse=True) if t)
    pattern = re.compile(f"{_CONTROL.pattern}|{literal}" if literal else _CONTROL.pattern, re.IGNORECASE)
    text = _CONTROL_CHARS.sub(" ", _SURROGATES.sub("\ufffd", text))
    previous = None
    while previous != text:  # removing one tag can expose another ("<<Inst>Inst>" → "<Inst>")
        previous, text = text, pattern.sub(" ", text)
    return " ".join(text.split())


def prompt_template(instruction: str, input_: str | None = None, output: str | None = None) -> str:
    """The seed's template over already-sanitized parts."""
    text = f"<Input> {input_}" if input_ else ""
    text += f"<Inst> {instruction}<Response>"
    if output:
        text += f"{output} {END_TAG}"
    return text


def render_prompt(question: str, documents: list[str], tokens: Iterable[str] = ()) -> str:
    """The RAG prompt: the documents as the input (if any were retrieved), the question as the
    instruction; both sanitized (``tokens``: the tokenizer's special tokens)."""
    return "".join(render_segments(question, documents, tokens))


def render_segments(question: str, documents: list[str], tokens: Iterable[str] = ()) -> list[str]:
    """The RAG prompt as the segments of :mod:`chatbot.lm.layout` (they join to :func:`render_prompt`)."""
    clean = [d for d in (sanitize(d, tokens) for d in documents) if d]
    return prompt_segments(sanitize(question, tokens), clean)
