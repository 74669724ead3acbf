"""The lexical side of hybrid retrieval: character n-gram TF-IDF over the store's documents.

Word-level BM25 cannot match "Geramny" with "Germany"; overlapping three-letter pieces of words
mostly can, and they also tell "Samoa" from "American Samoa" (the shorter document shares a larger
share of its pieces with the question). Scores are cosine similarities in [0, 1]. Built with
scikit-learn's ``TfidfVectorizer`` (``char_wb`` analyzer: n-grams inside word boundaries).
Example::

    index = LexicalIndex(["id-1", "id-2"], ["The capital of Samoa is Apia.", "The capital of ..."])
    index.search("capital of samoa", n=5)      # [("id-1", 0.71), ...]
"""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from vectorstore.spelling import Vocabulary


class LexicalIndex:
    """Documents by id, searchable by character n-gram overlap; also their vocabulary."""

    def __init__(self, ids: list[str], texts: list[str]) -> None:
        self.ids = ids
        self.vocabulary = Vocabulary.from_texts(texts)
        self.vectorizer = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 3), sublinear_tf=True, dtype=np.float32
        )
        # n-gram → documents (one row per n-gram), so a question touches only its own n-grams' rows
        self.postings = self.vectorizer.fit_transform(texts).T.tocsr() if texts else None

    def __len__(self) -> int:
        return len(self.ids)

    def search(self, query: str, n: int) -> list[tuple[str, float]]:
        """The ``n`` best-matching document ids with their cosine similarity, best first (none scoring 0)."""
        if self.postings is None:
            return []
        scores = (self.vectorizer.transform([query]) @ self.postings).toarray()[0]
        n = min(n, len(scores))
        best = np.argpartition(-scores, n - 1)[:n]
        best = best[np.argsort(-scores[best], kind="stable")]
        return [(self.ids[i], float(scores[i])) for i in best if scores[i] > 0]
