"""The document store: embedder, Chroma client and collection, retriever."""

from common import offline  # noqa: F401  (must run before huggingface_hub or chromadb is imported)
