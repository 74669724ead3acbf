"""The seed's instruction template, and the cleaning that keeps user text from forging it.

Template (exact): ``<Input> {input}`` only when there is an input, then ``<Inst> {instruction}<Response>``;
a training example appends ``{output} </Response>`` and the tokenizer's EOS token. Example::

    render_prompt("What is the capital of France?", ["The capital of France is Paris."])
    # '<Input> The capital of France is Paris.<Inst> What is the capital of France?<Response>'
"""

from __future__ import annotations

import re

END_TAG = "</Response>"
# The template's control tags in any case/spacing, and tokenizer control tokens such as
# <|im_end|>, <|endoftext|>, <s>, </s>: in user text or documents they would be read as structure.
_CONTROL = re.compile(
    r"<\s*/?\s*(?:input|inst|response)\s*>|<\|[^<>|]{0,64}\|>|</?s>|<unk>|<pad>", re.IGNORECASE
)


def sanitize(text: str) -> str:
    """``text`` without template tags or tokenizer control tokens, whitespace folded."""
    previous = None
    while previous != text:  # removing one tag can expose another ("<<Inst>Inst>" → "<Inst>")
        previous, text = text, _CONTROL.sub(" ", text)
    return " ".join(text.split())


def prompt_template(instruction: str, input_: str | None = None, output: str | None = None) -> str:
    """The seed's template over already-sanitized parts."""
    text = f"<Input> {input_}" if input_ else ""
    text += f"<Inst> {instruction}<Response>"
    if output:
        text += f"{output} {END_TAG}"
    return text


def render_prompt(question: str, documents: list[str]) -> str:
    """The RAG prompt: the documents as the input (if any were retrieved), the question as the instruction."""
    context = " ".join(filter(None, map(sanitize, documents)))
    return prompt_template(sanitize(question), context or None)
