"""Tell chit-chat ("hi", "thanks!", "who are you?") from questions that need a document.

When retrieval finds nothing, chit-chat gets the reply of the nearest example, without the model,
and anything else an honest "not in my documents" instead of an invented fact. The test is the
cosine similarity of the message to a set of small-talk examples, embedded once with the store's
embedder, so paraphrases and typos of the examples count too. Example::

    SmallTalk(embedder.embeddings).reply("hey there, how's it going?")   # "Hello! I answer …"
"""

from __future__ import annotations

import numpy as np
from langchain_core.embeddings import Embeddings

_INTRO = "I answer questions from my documents: ask me about anything in them."
_HELLO, _MORNING, _FINE = "Hello! " + _INTRO, "Good morning! " + _INTRO, "I'm fine, thank you. " + _INTRO
_WELCOME, _BYE, _ME = "You're welcome!", "Goodbye!", "I'm a chatbot. " + _INTRO
# What the tuned model learns to say to small talk (training rows without an <Input>).
REPLIES = (
    ("hi", _HELLO),
    ("hello there", _HELLO),
    ("good morning", _MORNING),
    ("how are you?", _FINE),
    ("thanks", _WELCOME),
    ("thank you so much", _WELCOME),
    ("bye", _BYE),
    ("who are you?", _ME),
    ("what can you do?", _INTRO),
    ("what is your name?", _ME),
)
# small talk and its reply: the chatbot's, given without the model
EXAMPLES = {
    "hi": _HELLO,
    "hello": _HELLO,
    "hey there": _HELLO,
    "good morning": _MORNING,
    "good evening": "Good evening! " + _INTRO,
    "how are you?": _FINE,
    "how is it going?": _FINE,
    "what's up?": _HELLO,
    "thanks": _WELCOME,
    "thank you very much": _WELCOME,
    "great, thanks for your help": _WELCOME,
    "okay, thank you": _WELCOME,
    "thank you!": _WELCOME,
    "nice one, thanks": _WELCOME,
    "bye": _BYE,
    "goodbye": _BYE,
    "see you later": _BYE,
    "who are you?": _ME,
    "what is your name?": _ME,
    "what can you do?": _INTRO,
    "can you help me?": "Yes: " + _INTRO,
    "nice to meet you": "Nice to meet you too! " + _INTRO,
    "tell me a joke": "I only know what my documents say: ask me about anything in them.",
    "ok": _INTRO,
    "cool": _INTRO,
    "you are great": "Thank you! " + _INTRO,
}
# small talk scores 0.5 and more ("see ya" 0.54); no question of the evaluation sets over 0.29
THRESHOLD = 0.5


class SmallTalk:
    """Recognises small talk by its similarity to :data:`EXAMPLES`."""

    def __init__(self, embeddings: Embeddings, threshold: float = THRESHOLD) -> None:
        self.embeddings = embeddings
        self.threshold = threshold
        self.examples = np.asarray(embeddings.embed_documents(list(EXAMPLES)))

    def scores(self, message: str) -> np.ndarray:
        """The cosine similarity of ``message`` to each example (embeddings are normalized)."""
        return self.examples @ np.asarray(self.embeddings.embed_query(message))

    def reply(self, message: str) -> str | None:
        """The reply to small talk (that of the nearest example), or None for anything else. Given
        without the model: the tuned model, trained to read documents, answers "bye" with a capital
        city now and then, and "ok thanks" with "I don't know"."""
        scores = self.scores(message)
        nearest = int(np.argmax(scores))
        return list(EXAMPLES.values())[nearest] if scores[nearest] >= self.threshold else None
