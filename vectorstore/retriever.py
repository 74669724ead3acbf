"""The retriever: top-k documents above a cosine-similarity threshold, each with its score.

LangChain's stock ``as_retriever(search_type="similarity_score_threshold")`` drops the scores;
the chat shows them and the evaluation needs them, so this retriever keeps them in
``metadata["score"]``. Example::

    retriever = ScoredRetriever(store=store, k=3, score_threshold=0.5)
    retriever.invoke("capital of france?")   # [Document("The capital of France is Paris.", score=0.83 ...)]
"""

from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field

from vectorstore.config import StoreSettings
from vectorstore.hybrid import HybridRetriever
from vectorstore.store import Store


class ScoredRetriever(BaseRetriever):
    """The ``k`` most similar documents whose cosine similarity is at least ``score_threshold``."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    store: Store
    k: int = Field(3, ge=1)
    score_threshold: float = Field(0.5, ge=-1.0, le=1.0)

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        """Search, then keep what passes the threshold, best first."""
        # no count() to cap k: Chroma returns fewer hits when it has fewer, and count() costs ~30 ms at 100k
        hits = self.store.chroma.similarity_search_with_relevance_scores(query, k=self.k)
        return [
            Document(
                id=doc.id, page_content=doc.page_content, metadata={**doc.metadata, "score": round(score, 4)}
            )
            for doc, score in hits
            if score >= self.score_threshold
        ]


def make_retriever(store: Store, settings: StoreSettings) -> BaseRetriever:
    """The retriever the settings ask for: vector (:class:`ScoredRetriever`) or :class:`HybridRetriever`."""
    if settings.retrieval == "hybrid":
        return HybridRetriever(
            store=store,
            k=settings.top_k,
            score_threshold=settings.score_threshold,
            named_threshold=min(settings.named_score_threshold, settings.score_threshold),
            candidates=settings.hybrid_candidates,
            rrf_k=settings.rrf_k,
        )
    return ScoredRetriever(store=store, k=settings.top_k, score_threshold=settings.score_threshold)
