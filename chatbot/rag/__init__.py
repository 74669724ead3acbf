"""Retrieval-augmented answering: the seed's prompt, the LCEL chain, follow-ups, small talk, and the
cleaning of the model's answer."""
