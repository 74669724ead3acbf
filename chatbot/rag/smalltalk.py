"""Tell chit-chat ("hi", "thanks!", "who are you?") from questions that need a document.

When retrieval finds nothing, chit-chat goes to the model without an ``<Input>`` part, and
anything else gets an honest "not in my documents" instead of an invented fact. The test is the
cosine similarity of the message to a set of small-talk examples, embedded once with the store's
embedder, so paraphrases and typos of the examples count too. Example::

    SmallTalk(embedder.embeddings).is_small_talk("hey there, how's it going?")   # True
"""

from __future__ import annotations

import numpy as np
from langchain_core.embeddings import Embeddings

EXAMPLES = (
    "hi",
    "hello",
    "hey there",
    "good morning",
    "good evening",
    "how are you?",
    "how is it going?",
    "what's up?",
    "thanks",
    "thank you very much",
    "great, thanks for your help",
    "bye",
    "see you later",
    "who are you?",
    "what is your name?",
    "what can you do?",
    "can you help me?",
    "nice to meet you",
    "tell me a joke",
    "ok",
    "cool",
    "you are great",
)
THRESHOLD = 0.6
# What the tuned model learns to say to small talk (training rows without an <Input>).
_INTRO = "I answer questions from my documents: ask me about anything in them."
REPLIES = (
    ("hi", "Hello! " + _INTRO),
    ("hello there", "Hello! " + _INTRO),
    ("good morning", "Good morning! " + _INTRO),
    ("how are you?", "I'm fine, thank you. " + _INTRO),
    ("thanks", "You're welcome!"),
    ("thank you so much", "You're welcome!"),
    ("bye", "Goodbye!"),
    ("who are you?", "I'm a chatbot. " + _INTRO),
    ("what can you do?", _INTRO),
    ("what is your name?", "I'm a chatbot. " + _INTRO),
)


class SmallTalk:
    """Recognises small talk by its similarity to :data:`EXAMPLES`."""

    def __init__(self, embeddings: Embeddings, threshold: float = THRESHOLD) -> None:
        self.embeddings = embeddings
        self.threshold = threshold
        self.examples = np.asarray(embeddings.embed_documents(list(EXAMPLES)))

    def score(self, message: str) -> float:
        """Highest cosine similarity of ``message`` to an example (embeddings are normalized)."""
        return float(np.max(self.examples @ np.asarray(self.embeddings.embed_query(message))))

    def is_small_talk(self, message: str) -> bool:
        """True when ``message`` reads like one of the examples."""
        return self.score(message) >= self.threshold
